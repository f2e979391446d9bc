#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Lignum
import LignumKernel
@testable import LignumValidation
import Testing

/// Validating a large document streamed from a file keeps memory bounded by the DTD, the
/// element depth and the ID table: the parser holds a window of the file, the validator one
/// record per open element, and an IDREF only while its ID has not been seen.
@Suite struct StreamingValidationTests {
  @Test func largeFileIsValidatedInBoundedMemory() throws {
    let path = "/tmp/lignum-streaming-validation-\(getpid()).xml"
    var text = "<!DOCTYPE a [<!ELEMENT a (b*)><!ELEMENT b (#PCDATA)>"
      + "<!ATTLIST b id ID #REQUIRED ref IDREF #IMPLIED>]>\n<a>\n"
    let count = 60_000
    text.reserveCapacity(count * 48)
    for i in 0..<count {
      text += i == 0 ? "<b id=\"i0\">first</b>\n" : "<b id=\"i\(i)\" ref=\"i\(i - 1)\">some text</b>\n"
    }
    text += "</a>\n"
    #expect(FileIO.writeFile(path, Array(text.utf8)))
    defer { _ = unlink(path) }

    var parser = try PullParser(path: path)
    var validator = Validator()
    var maxBuffered = 0
    var maxOpen = 0
    var maxPending = 0
    while true {
      let event = try parser.next()
      validator.validate(event, in: parser)
      maxBuffered = max(maxBuffered, parser.bufferedByteCount)
      maxOpen = max(maxOpen, validator.openElementCount)
      maxPending = max(maxPending, validator.pendingReferences.count)
      if event == .endDocument { break }
    }
    #expect(validator.isValid, "\(validator.errors.prefix(3))")
    #expect(text.utf8.count > 2_000_000)
    #expect(maxBuffered < 1 << 18, "the parser holds a window, not the file")
    #expect(maxOpen == 2)
    #expect(maxPending == 0, "references to IDs already seen are not kept")
    #expect(validator.ids.count == count)
  }
}
