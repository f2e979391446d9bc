import Testing
import LignumDOM
import Lignum

/// Nothing recurses on depth: a 1,000,000-deep tree builds, serializes, canonicalizes, computes
/// its string-value and is torn down on the default stack, in linear time.
@Suite struct DeepDocumentTests {
  static let depth = 1_000_000

  @Test func deepTreeFromTheMutationAPI() throws {
    var doc = Document()
    var parent = NodeID.document
    for _ in 0..<Self.depth {
      let e = doc.createElement("e")
      doc.append(e, to: parent)
      parent = e
    }
    doc.append(doc.createText("x"), to: parent)
    let out = try doc.serialized()
    #expect(out.count == 22 + Self.depth * 7 + 2)
    #expect(doc.textContent(of: doc.root!) == "x")
    let c14n = try doc.canonicalized()
    #expect(c14n.count == Self.depth * 7 + 1)
    let formatted = try doc.serialized(SerializationOptions(format: true))
    #expect(formatted.count > out.count)
  }

  @Test func deepTreeFromTheParser() throws {
    var input: [UInt8] = []
    input.reserveCapacity(Self.depth * 7 + 1)
    for _ in 0..<Self.depth { input += Array("<e>".utf8) }
    input.append(UInt8(ascii: "x"))
    for _ in 0..<Self.depth { input += Array("</e>".utf8) }
    var options = ParseOptions()
    options.huge = true
    let doc = try Document(parsing: input, options: options)
    #expect(doc.nodeCount == Self.depth + 2)
    #expect(try doc.serialized(SerializationOptions(xmlDeclaration: false)) == input + [0x0A])
  }

  @Test func depthLimitStillApplies() {
    var input: [UInt8] = []
    for _ in 0..<300 { input += Array("<e>".utf8) }
    for _ in 0..<300 { input += Array("</e>".utf8) }
    #expect(throws: XMLSyntaxError.self) { try Document(parsing: input) }
  }
}
