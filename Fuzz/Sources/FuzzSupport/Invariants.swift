import LignumDOM
import LignumTokenizer

/// The canonical forms the targets compare: C14N 1.0 with and without comments, 1.1, exclusive
/// without and with inclusive prefixes.
public let canonicalForms: [(CanonicalizationMethod, Bool)] = [
  (.c14n10, false), (.c14n10, true), (.c14n11, true),
  (.exclusive(inclusivePrefixes: []), true), (.exclusive(inclusivePrefixes: ["#default", "p"]), false),
]

/// Options for re-reading Lignum's own output: the same namespace mode, DTD handling and
/// resolver, but no forced encoding (the output says what it is), and namespace errors
/// recovered from: an attribute the DTD defaults may have a name that is no QName (`id:`),
/// which the output then writes on its element as libxml2 does
/// (`Fuzz/FailCases/c14n-default-attribute-bad-qname.xml`).
public func reparseOptions(_ options: ParseOptions) -> ParseOptions {
  var o = options
  o.forcedEncoding = nil
  o.recoverNamespaceErrors = true
  return o
}

/// Parses bytes Lignum wrote; they must be well-formed.
public func reparse(_ bytes: [UInt8], options: ParseOptions, what: String, source: [UInt8]) -> Document {
  do {
    return try Document(parsing: bytes, options: options)
  } catch {
    fuzzFailure("\(what) does not re-parse: \(error)\n  output: \(excerpt(bytes))\n  from: \(excerpt(source))")
  }
}
