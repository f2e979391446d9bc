import Lignum

/// Parses `text` or fails the test with the syntax error.
func parse(_ text: String, _ configure: (inout ParseOptions) -> Void = { _ in },
           keepBlankText: Bool = true) throws -> Document {
  var options = ParseOptions()
  configure(&options)
  return try Document(parsing: Array(text.utf8), options: options, build: BuildOptions(keepBlankText: keepBlankText))
}

/// The document serialized as xmllint would print it, as a string.
func serialize(_ doc: Document, format: Bool = false, encoding: String? = nil) throws -> String {
  String(decoding: try doc.serialized(SerializationOptions(format: format, encoding: encoding)), as: UTF8.self)
}

/// The canonical form as a string.
func canonical(_ doc: Document, _ method: CanonicalizationMethod = .c14n10, comments: Bool = true) throws -> String {
  String(decoding: try doc.canonicalized(method, withComments: comments), as: UTF8.self)
}

/// The document parsed as xmllint --c14n parses it (entities substituted, DTD defaults added).
func parseForC14N(_ text: String) throws -> Document {
  try parse(text) { $0.substituteEntities = true; $0.defaultAttributes = true }
}
