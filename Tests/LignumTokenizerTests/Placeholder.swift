import Testing
@testable import LignumTokenizer
@Test func placeholder() { #expect(true) }
