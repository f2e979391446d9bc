import Testing
import LignumDOM
@Test func domPlaceholder() { #expect(true) }
