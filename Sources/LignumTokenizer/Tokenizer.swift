/// STUB: replaced by the real state machine.
struct Tokenizer {
  var options: ParseOptions
  var scratch: [UInt8] = []
  var attributes: [AttributeRef] = []
  var namespaceDeclarations: [NamespaceDeclarationRef] = []
  var xmlDeclaration: XMLDeclaration?
  var doctype: DoctypeDeclaration?
  var elementStack: [Int] = []
  init(options: ParseOptions) { self.options = options }
  mutating func feed(_ bytes: [UInt8], isFinal: Bool) {}
  mutating func next() throws(XMLSyntaxError) -> Event? { throw error(.internalError, "not implemented") }
  func error(_ code: XMLSyntaxError.Code, _ message: String) -> XMLSyntaxError { XMLSyntaxError(code, message) }
  func eventPosition() -> SourcePosition { SourcePosition(line: 1, column: 1, offset: 0) }
  func string(_ r: TextRange) -> String { String(decoding: scratch[r.start..<r.end], as: UTF8.self) }
}
