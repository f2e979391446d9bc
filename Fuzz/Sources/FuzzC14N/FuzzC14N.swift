import FuzzSupport
import LignumDOM
import LignumTokenizer

/// For documents that parse: canonicalize, re-parse the canonical form, canonicalize again; the
/// two canonical forms must be equal (C14N is idempotent), for C14N 1.0 with and without
/// comments, 1.1 and exclusive C14N.
@main
enum FuzzC14N {
  static func main() { runFuzzer(fuzzC14N) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzC14N(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = FuzzInput(bytes(data, size))
  let options = input.options(document: input.body)
  guard let doc = try? Document(parsing: input.body, options: options) else { return 0 }
  let again = reparseOptions(options)
  for (method, comments) in canonicalForms {
    // C14N refuses some documents (a relative namespace URI); that is not a finding.
    guard let first = try? doc.canonicalized(method, withComments: comments) else { continue }
    let doc2 = reparse(first, options: again, what: "canonical form (\(method), comments \(comments))",
                       source: input.body)
    let second: [UInt8]
    do { second = try doc2.canonicalized(method, withComments: comments) } catch {
      fuzzFailure("re-parsed canonical form cannot be canonicalized (\(method)): \(error)\n  \(excerpt(first))")
    }
    if first != second {
      fuzzFailure("C14N not idempotent (\(method), comments \(comments)):\n  first:  \(excerpt(first))\n  second: \(excerpt(second))\n  input:  \(excerpt(input.body))")
    }
  }
  return 0
}

