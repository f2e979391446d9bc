import Lignum
import LignumKernel

/// What happened to one test.
struct TestResult {
  enum Verdict: Equatable {
    case passed
    case failed(reason: String)
    case skipped(reason: String)
  }
  var test: TestCase
  var verdict: Verdict
  /// `nil` when the test was skipped.
  var accepted: Bool?
  /// The parser's error when it rejected the document.
  var error: String?
  /// Validating run: the validity errors found (empty when valid or not validated).
  var validityErrors: [ValidityError] = []
  /// `nil` when there is no output to compare (rejected, or no `OUTPUT`).
  var outputIdentical: Bool?

  var isFailure: Bool { if case .failed = verdict { true } else { false } }
  var isSkipped: Bool { if case .skipped = verdict { true } else { false } }
}

/// Parses test documents the way a non-validating XML 1.0 processor that reads all external
/// markup would, and judges the outcome.
struct Runner {
  /// A tokenizer that never reaches `endDocument` must not hang the runner in a loop of events.
  static let maxEvents = 50_000_000

  /// The options every test document is parsed with.
  static func options(for test: TestCase) -> ParseOptions {
    var options = ParseOptions()
    options.substituteEntities = true
    options.loadExternalDTD = true
    options.defaultAttributes = true
    options.namespaces = test.namespaces
    options.baseURI = test.path
    return options
  }

  /// Parses the document; on success returns the canonical writer that saw every event.
  /// With `validator`, every event is validated too (the validating run).
  static func parse(_ test: TestCase, validator: inout Validator?) -> Result<CanonicalWriter, XMLSyntaxError> {
    do {
      var parser = try PullParser(path: test.path, options: options(for: test))
      var writer = CanonicalWriter()
      var count = 0
      while true {
        let event = try parser.next()
        writer.write(event, from: parser)
        validator?.validate(event, in: parser)
        if event == .endDocument { return .success(writer) }
        count += 1
        if count > maxEvents {
          return .failure(XMLSyntaxError(.internalError, "runner: more than \(maxEvents) events, giving up"))
        }
      }
    } catch {
      return .failure(error)
    }
  }

  static func parse(_ test: TestCase) -> Result<CanonicalWriter, XMLSyntaxError> {
    var none: Validator? = nil
    return parse(test, validator: &none)
  }

  static func run(_ test: TestCase, validating: Bool = false) -> TestResult {
    if let reason = test.skipReason {
      return TestResult(test: test, verdict: .skipped(reason: reason))
    }
    guard FileIO.exists(test.path) else {
      return TestResult(test: test, verdict: .failed(reason: "catalog: document \(test.path) missing"))
    }
    var validator: Validator? = nil
    if validating {
      validator = Validator()
      validator?.namespaces = test.namespaces
    }
    let parsed = parse(test, validator: &validator)
    if validating, case .success = parsed {
      return judgeValidity(test, validator?.errors ?? [], output: run(test, validating: false))
    }
    switch parsed {
    case .failure(let error):
      let message = "error \(error.code.rawValue) at \(error.position): \(error.message)"
      var result = TestResult(test: test, verdict: .passed, accepted: false, error: message)
      switch test.kind {
      case .valid, .invalid: result.verdict = .failed(reason: "rejected (\(test.kind.rawValue)): \(message)")
      case .notWellFormed, .error: break
      }
      return result
    case .success(let writer):
      var result = TestResult(test: test, verdict: .passed, accepted: true)
      if test.kind == .notWellFormed {
        result.verdict = .failed(reason: "accepted, but it is not well-formed")
        return result
      }
      guard let outputPath = test.outputPath, test.kind != .error else { return result }
      guard let expected = FileIO.readFile(outputPath) else {
        result.verdict = .failed(reason: "catalog: output \(outputPath) missing")
        return result
      }
      // Canonical text escapes every `<`, so `<!DOCTYPE` can only be the second form's DTD.
      let withNotations = contains(expected, Array("<!DOCTYPE ".utf8))
      let actual = writer.output(withNotations: withNotations)
      result.outputIdentical = actual == expected
      if actual != expected {
        result.verdict = .failed(reason: "output differs: " + describeDifference(expected: expected, actual: actual))
      }
      return result
    }
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// Where two outputs first differ, with a little context, on one line.
  static func describeDifference(expected: [UInt8], actual: [UInt8]) -> String {
    var i = 0
    while i < expected.count && i < actual.count && expected[i] == actual[i] { i += 1 }
    func excerpt(_ bytes: [UInt8]) -> String {
      let start = max(0, i - 20)
      let end = min(bytes.count, i + 30)
      if start >= end { return "(end)" }
      var s = ""
      for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
        switch scalar {
        case "\n": s += "\\n"
        case "\t": s += "\\t"
        case "\r": s += "\\r"
        default: s.unicodeScalars.append(scalar)
        }
      }
      return "\"" + s + "\""
    }
    return "at byte \(i): expected \(excerpt(expected)), got \(excerpt(actual))"
  }
}
