import Lignum
import LignumKernel

/// Prints validity errors in xmllint's shape:
///
/// ```
/// a.xml:14: element note: validity error : Element note content does not follow the DTD, …
/// </note>
///        ^
/// ```
///
/// libxml2 reports where its parser stands when it notices the error: at the `>` of a start
/// tag (after `/>` for an empty-element tag), after the `>` of an end tag. The validator
/// gives the start of the event, so the printer reads the file (once, on the first error) and
/// moves to that place. IDREF errors found at the end of the document, and errors after
/// parsing (`--postvalid`, `--dtdvalid`), carry no source context, as in xmllint.
struct ValidityPrinter {
  let file: String
  let withContext: Bool
  /// The file's lines, read on the first error that needs them.
  var lines: [[UInt8]]?

  init(file: String, withContext: Bool) {
    self.file = file
    self.withContext = withContext
  }

  /// Errors libxml2 finds once an empty-element tag `<a/>` is consumed (its end-of-element checks).
  static let reportedAfterTag: Set<ValidityError.Code> = [
    .unknownElement, .contentModel, .notEmpty, .notPCDATA, .invalidChild, .missingAttribute,
    .contentNotDeterministic, .standaloneWhiteSpace,
  ]

  /// Errors held back for ``flush()`` (after-parse validation).
  var held: [ValidityError] = []

  /// `--postvalid`, `--dtdvalid`: libxml2 validates the finished tree element by element, in
  /// document order — each element's content and required attributes, then its attribute
  /// values, at its start tag's line — and IDREFs last. Errors are held and printed so.
  mutating func hold(_ error: ValidityError) { held.append(error) }

  mutating func flush() {
    func key(_ e: ValidityError, _ i: Int) -> (Int, Int, Int, Int) {
      if e.code == .unknownID { return (2, 0, 0, i) }
      guard let start = e.elementPosition else { return (0, 0, 0, i) }
      return (1, start.offset, Self.reportedAfterTag.contains(e.code) ? 0 : 1, i)
    }
    // libxml2's xmlValidateDocument stops after a root name mismatch.
    if let root = held.first(where: { $0.code == .rootName }) { held = [root] }
    let ordered = held.enumerated().sorted { key($0.element, $0.offset) < key($1.element, $1.offset) }
    held = []
    for (_, e) in ordered {
      var e = e
      if let start = e.elementPosition { e.position = start }
      if e.code == .noDTD {
        Output.stderr("validity error : no DTD found!\n")   // xmlValidateDocument's wording
        continue
      }
      // Errors libxml2 reports without a node carry line -1 after parsing.
      if e.element == nil && e.file == nil { e.position.line = -1 }
      print(e)
    }
  }

  mutating func print(_ error: ValidityError) {
    var line = error.position.line
    var context: (text: [UInt8], column: Int)?
    if error.file == nil, line > 0, let place = libxml2Place(error) {
      line = place.line
      if withContext && error.code != .unknownID { context = (place.text, place.column) }
    }
    let element = error.element.map { "element \($0): " } ?? ""
    // libxml2 reports undeclared entities as (recoverable) parser errors, even when validating.
    let kind = error.code == .undeclaredEntity && error.message.hasPrefix("Entity '") ? "parser error" : "validity error"
    var text = "\(error.file ?? file):\(line): \(element)\(kind) : \(error.message)\n"
    if let context {
      text += XMLErrorReport.context(line: String(decoding: context.text, as: UTF8.self), column: context.column)
    }
    Output.stderr(text)
  }

  /// The line, its text and the column where libxml2 would stand for this error.
  mutating func libxml2Place(_ error: ValidityError) -> (line: Int, text: [UInt8], column: Int)? {
    if lines == nil {
      guard file != "-", let bytes = FileIO.readFile(file) else { return nil }
      lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }
    guard let lines, error.position.line <= lines.count else { return nil }
    var row = error.position.line - 1
    var col = max(0, error.position.column - 1)
    guard col < lines[row].count, lines[row][col] == UInt8(ascii: "<") else {
      return (row + 1, lines[row], col + 1)
    }
    let isEndTag = col + 1 < lines[row].count && lines[row][col + 1] == UInt8(ascii: "/")
    // Find the `>` closing the tag, outside attribute values, possibly on a later line.
    var quote: UInt8? = nil
    var previous: UInt8 = 0
    while row < lines.count {
      let bytes = lines[row]
      while col < bytes.count {
        let c = bytes[col]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
          quote = c
        } else if c == UInt8(ascii: ">") {
          let after = isEndTag || (previous == UInt8(ascii: "/") && Self.reportedAfterTag.contains(error.code))
          return (row + 1, bytes, after ? col + 2 : col + 1)
        }
        previous = c
        col += 1
      }
      row += 1
      col = 0
    }
    return (error.position.line, lines[error.position.line - 1], error.position.column)
  }
}
