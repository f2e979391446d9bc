extension DoctypeDeclaration {
  /// Reads a DTD on its own, as an external subset (`extSubset`, XML 1.0 §2.8): what
  /// `xmllint --dtdvalid FILE` validates against.
  ///
  /// The declarations land in ``externalSubset``; every one of them counts as externally
  /// declared. Parameter entities the DTD declares are expanded; external ones are read
  /// through `options.resolver` (relative to `uri`).
  ///
  /// ```swift
  /// let dtd = try DoctypeDeclaration(externalSubset: Array("<!ELEMENT a EMPTY>".utf8), uri: "a.dtd")
  /// ```
  /// - Parameters:
  ///   - bytes: the DTD's bytes in any supported encoding, with an optional text declaration.
  ///   - uri: the DTD's URI, the base for its own references and the file named in errors.
  ///   - name: the root element type to record (a DTD file does not name one).
  /// - Throws: ``XMLSyntaxError`` when the DTD is not well-formed.
  public init(externalSubset bytes: [UInt8], uri: String, name: String = "",
              options: ParseOptions = ParseOptions()) throws(XMLSyntaxError) {
    var options = options
    options.loadExternalDTD = true
    let text = try ExternalText.decode(bytes, uri: uri, options: options)
    var parser = DTDParser(text: [], options: options, standalone: false, baseURI: uri, expandedBytes: 0)
    parser.b = text
    parser.p = 0
    parser.current = DTDParser.Input(bytes: [], pos: 0, entity: nil, isExternal: true, baseURI: uri,
                                     isDeclarationLevel: false)
    parser.readingExternalSubset = true
    do throws(DTDParser.Failure) {
      try parser.parseDeclarations()
      if parser.p < parser.b.count {
        throw parser.fail(.extSubsetNotFinished, "Content error in the external subset")
      }
      if parser.includeDepth > 0 { throw parser.fail(.condSecNotFinished, "XML conditional section not closed") }
    } catch let failure {
      var error = failure.error
      if error.file == nil { error.file = uri }
      throw error
    }
    self = parser.dtd
    self.name = name
    self.systemID = uri
  }
}
