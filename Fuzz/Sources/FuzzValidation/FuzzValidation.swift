import FuzzSupport
import LignumDOM
import LignumTokenizer
import LignumValidation

/// Validating parse of the input (the in-memory resolver serves the external DTDs and
/// entities), three ways that must agree:
///
/// 1. the pull parser feeding a ``Validator`` event by event;
/// 2. the push parser, fed in chunks of input-derived sizes, feeding another validator: the
///    same validity errors (code and message) when both parsers accept the document;
/// 3. the tree built from the same input, validated with `Document.validate()`: valid exactly
///    when the streaming validator found no error other than an undeclared entity (which only
///    the parser reports). For this comparison the stream validator is fed through
///    ``TreeVisibleFacts``, which hides what a tree does not record (character references,
///    replaced entity references, normalized attribute values), as after-parse validation in
///    libxml2 cannot see them either.
///
/// The input is also read as a DTD on its own (`--dtdvalid`) and compiled. Any crash, trap,
/// hang or memory blow-up is a finding too.
@main
enum FuzzValidation {
  static func main() { runFuzzer(fuzzValidation) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidation(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = FuzzInput(bytes(data, size))
  let options = input.options(document: input.body)
  let pulled = validatePulling(input.body, options)
  let pushed = validatePushing(input.body, options, chunk: 1 + Int(input.parameter % 64))
  if let pulled, let pushed, pulled.map(\.message) != pushed.map(\.message) {
    fuzzFailure("pull and push validators disagree on \(excerpt(input.body)):\n\(pulled)\n\(pushed)")
  }
  if pulled != nil, let document = try? Document(parsing: input.body, options: options),
     let treeVisible = validatePulling(input.body, options, treeVisibleOnly: true) {
    // Undeclared entity references are facts of the parse; the tree validator sees only those
    // the DTD parser recorded (PE references), so they are left out on both sides.
    let streamed = treeVisible.filter { $0.code != .undeclaredEntity }
    let tree = document.validate(namespaces: options.namespaces).filter { $0.code != .undeclaredEntity }
    if tree.isEmpty != streamed.isEmpty {
      fuzzFailure("tree and stream validators disagree on \(excerpt(input.body)):\n\(streamed)\n\(tree)")
    }
  }
  if let dtd = try? DoctypeDeclaration(externalSubset: input.body, uri: "mem:/fuzz/a.dtd", options: options) {
    _ = CompiledDTD(dtd).errors.count
  }
  return 0
}

/// The validity errors, or `nil` when the document is not well-formed.
func validatePulling(_ body: [UInt8], _ options: ParseOptions, treeVisibleOnly: Bool = false) -> [ValidityError]? {
  var parser = PullParser(bytes: body, options: options)
  var validator = Validator()
  validator.namespaces = options.namespaces
  var events = 0
  do {
    while true {
      let event = try parser.next()
      if treeVisibleOnly { validator.validate(event, in: TreeVisibleFacts(parser: parser)) } else {
        validator.validate(event, in: parser)
      }
      events += 1
      if event == .endDocument || events > 5_000_000 { break }
    }
  } catch {
    return nil
  }
  return validator.errors
}

func validatePushing(_ body: [UInt8], _ options: ParseOptions, chunk: Int) -> [ValidityError]? {
  var parser = PushParser(options: options)
  var validator = Validator()
  validator.namespaces = options.namespaces
  var offset = 0
  var events = 0
  do {
    while true {
      while let event = try parser.next() {
        validator.validate(event, in: parser)
        events += 1
        if event == .endDocument || events > 5_000_000 { return validator.errors }
      }
      if offset >= body.count {
        parser.finish()
        while let event = try parser.next() {
          validator.validate(event, in: parser)
          if event == .endDocument { return validator.errors }
        }
        return validator.errors
      }
      let end = min(body.count, offset + chunk)
      parser.feed(Array(body[offset..<end]))
      offset = end
    }
  } catch {
    return nil
  }
}

/// A pull parser as a tree sees it: no character references in text, no replaced entity
/// references, no attribute values marked as normalized.
struct TreeVisibleFacts: ValidationEventSource {
  let parser: PullParser
  func bytes(_ range: TextRange) -> ArraySlice<UInt8> { parser.bytes(range) }
  func string(_ range: TextRange) -> String { parser.string(range) }
  var attributes: [AttributeRef] { parser.attributes.map { var a = $0; a.wasNormalized = false; return a } }
  var namespaceDeclarations: [NamespaceDeclarationRef] { parser.namespaceDeclarations }
  var xmlDeclaration: XMLDeclaration? { parser.xmlDeclaration }
  var doctype: DoctypeDeclaration? { parser.doctype }
  var position: SourcePosition { parser.position }
  var warnings: [XMLSyntaxError] { parser.warnings }
  var textHasCharacterReference: Bool { false }
  var replacedEntityReferenceCount: Int { 0 }
}
