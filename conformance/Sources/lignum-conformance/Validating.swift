import Lignum

extension Runner {
  /// The validating run's verdict for a well-formed document: valid tests must have no
  /// validity error, invalid tests at least one; not-wf and error tests are judged as in the
  /// non-validating run (`output`, which also compared the canonical output).
  static func judgeValidity(_ test: TestCase, _ errors: [ValidityError], output: TestResult) -> TestResult {
    var result = output
    result.validityErrors = errors
    switch test.kind {
    case .valid:
      if let first = errors.first {
        result.accepted = false
        result.verdict = .failed(reason: "valid, but the validator reports \(errors.count) error(s), first: " + describe(first))
      }
    case .invalid:
      if errors.isEmpty {
        result.verdict = .failed(reason: "invalid, but the validator found no error")
      } else {
        result.accepted = false
        result.error = describe(errors[0])
        result.verdict = .passed
      }
    case .notWellFormed, .error:
      break
    }
    return result
  }

  static func describe(_ error: ValidityError) -> String {
    "error \(error.code.rawValue) at \(error.position): " + (error.element.map { "element \($0): " } ?? "") + error.message
  }
}

/// The validating run's headline: XML 1.0 valid tests accepted and invalid tests rejected.
enum ValidatingSummary {
  static func lines(_ results: [TestResult]) -> [String] {
    let run = results.filter { !$0.isSkipped }
    let xml = run.filter { !$0.test.recommendation.hasPrefix("NS") }
    return [
      "validating: " + counts(run) + " (all applicable tests)",
      "validating: " + counts(xml) + " (XML 1.0 recommendations and errata, without the Namespaces tests)",
      "  (libxml2 2.9.14 xmllint --valid: 3 valid and 19 invalid failures)",
    ]
  }

  static func counts(_ run: [TestResult]) -> String {
    let valid = run.filter { $0.test.kind == .valid }
    let invalid = run.filter { $0.test.kind == .invalid }
    let validAccepted = valid.filter { !$0.isFailure }.count
    let invalidRejected = invalid.filter { !$0.isFailure }.count
    return "valid accepted \(validAccepted)/\(valid.count), invalid rejected \(invalidRejected)/\(invalid.count)"
  }
}
