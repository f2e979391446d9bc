import LignumDOM
import LignumTokenizer

extension Document {
  /// Validates the tree against its DTD (``Document/doctype``), or against `dtd` when given
  /// (libxml2's `xmlValidateDocument` / `xmlValidateDtd`; `xmllint --postvalid`, `--dtdvalid`).
  ///
  /// The tree keeps no source positions, so errors have line 0. Attributes count as specified
  /// (a tree does not record which were defaulted), so VC: Standalone Document Declaration is
  /// checked only for white space. Undeclared entity references are reported by the parser,
  /// not here.
  ///
  /// ```swift
  /// let doc = try Document(parsing: xml, options: options)
  /// for error in doc.validate() { print(error) }
  /// ```
  /// `namespaces` says whether the tree was parsed with ``ParseOptions/namespaces`` (IDs,
  /// IDREFs, entity and notation names may then not contain colons), so that validating the
  /// tree judges names as validating the parse did.
  /// - Complexity: O(nodes); the walk uses an explicit stack, not recursion.
  public func validate(against dtd: CompiledDTD? = nil, namespaces: Bool = true) -> [ValidityError] {
    var validator: Validator
    let standalone = xmlDeclaration?.standalone == true
    if let dtd {
      validator = Validator(dtd: dtd, standalone: standalone)
      validator.namespaces = namespaces
    } else {
      validator = Validator()
      validator.namespaces = namespaces
      if let doctype { validator.useDoctype(doctype, standalone: standalone, at: Self.noPosition) }
    }
    guard let root else {
      validator.endDocument(at: Self.noPosition)
      return validator.errors
    }
    // Explicit stack of (node, children visited?) so that deep trees cannot overflow.
    var stack: [(NodeID, Bool)] = [(root, false)]
    while let (id, visited) = stack.popLast() {
      if visited {
        if kind(of: id) == .entityReference { validator.endEntity() } else { validator.endElement(at: Self.noPosition) }
        continue
      }
      switch kind(of: id) {
      case .element:
        let attributes = self.attributes(of: id).map {
          Validator.Attribute(name: name(of: $0) ?? "", value: value(of: $0) ?? "")
        }
        let namespaces = namespaceDeclarations(of: id).map {
          Validator.Attribute(name: $0.prefix.map { "xmlns:" + $0 } ?? "xmlns", value: $0.uri)
        }
        validator.startElement(name(of: id) ?? "", attributes: attributes + namespaces, at: Self.noPosition)
        stack.append((id, true))
        for child in children(of: id).reversed() { stack.append((child, false)) }
      case .text: validator.characters(contentBytes(of: id), at: Self.noPosition)
      case .cdata: validator.characters(contentBytes(of: id), isCDATA: true, at: Self.noPosition)
      case .entityReference:
        // The name lets an unread external entity leave the content model unchecked, as the
        // streaming validator does.
        validator.startEntity(name(of: id), at: Self.noPosition)
        stack.append((id, true))
        for child in children(of: id).reversed() { stack.append((child, false)) }
      case .comment, .processingInstruction: validator.markup(at: Self.noPosition)
      default: break
      }
    }
    validator.endDocument(at: Self.noPosition)
    return validator.errors
  }

  static var noPosition: SourcePosition { SourcePosition(line: 0, column: 0, offset: 0) }
}
