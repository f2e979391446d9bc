import LignumKernel

/// Counts for one row of the summary tables.
struct Tally {
  var tests = 0
  var skipped = 0
  var notWellFormed = 0, notWellFormedRejected = 0
  var validOrInvalid = 0, validOrInvalidAccepted = 0
  var errorTests = 0, errorTestsAccepted = 0
  var withOutput = 0, outputsIdentical = 0
  var failed = 0

  mutating func add(_ result: TestResult) {
    tests += 1
    if result.isSkipped { skipped += 1; return }
    if result.isFailure { failed += 1 }
    let accepted = result.accepted == true
    switch result.test.kind {
    case .notWellFormed:
      notWellFormed += 1
      if !accepted { notWellFormedRejected += 1 }
    case .valid, .invalid:
      validOrInvalid += 1
      if accepted { validOrInvalidAccepted += 1 }
      if result.test.outputPath != nil {
        withOutput += 1
        if result.outputIdentical == true { outputsIdentical += 1 }
      }
    case .error:
      errorTests += 1
      if accepted { errorTestsAccepted += 1 }
    }
  }
}

enum Report {
  static let columns = ["tests", "skipped", "not-wf rejected", "valid+invalid accepted", "outputs identical",
                        "error accepted", "failed"]

  /// A table of tallies grouped by `key`, rows in first-seen order, with a total row.
  static func table(_ title: String, _ results: [TestResult], key: (TestResult) -> String) -> String {
    var order: [String] = []
    var rows: [String: Tally] = [:]
    var total = Tally()
    for result in results {
      let k = key(result)
      if rows[k] == nil { order.append(k) }
      rows[k, default: Tally()].add(result)
      total.add(result)
    }
    func cells(_ t: Tally) -> [String] {
      ["\(t.tests)", "\(t.skipped)", "\(t.notWellFormedRejected)/\(t.notWellFormed)",
       "\(t.validOrInvalidAccepted)/\(t.validOrInvalid)", "\(t.outputsIdentical)/\(t.withOutput)",
       "\(t.errorTestsAccepted)/\(t.errorTests)", "\(t.failed)"]
    }
    var lines: [[String]] = [[title] + columns]
    for k in order { lines.append([k] + cells(rows[k]!)) }
    lines.append(["total"] + cells(total))
    var widths = [Int](repeating: 0, count: lines[0].count)
    for line in lines { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
    var out = ""
    for (n, line) in lines.enumerated() {
      var text = ""
      for (i, cell) in line.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        text += i == 0 ? cell + pad : "  " + pad + cell
      }
      out += text + "\n"
      if n == 0 || n == lines.count - 2 {
        out += String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n"
      }
    }
    return out
  }
}

/// `conformance/expected/xmlconf-failures.txt`: the tests known to fail, one per line, as
/// `ID  # reason`. Lines starting with `#` are comments.
struct Baseline {
  /// Reason by test ID, in file order.
  var entries: [(id: String, reason: String)] = []

  var ids: Set<String> { Set(entries.map(\.id)) }

  init(entries: [(id: String, reason: String)]) { self.entries = entries }

  init?(path: String) {
    guard let bytes = FileIO.readFile(path) else { return nil }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let id = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "#" }
      var reason = ""
      if let hash = trimmed.firstIndex(of: "#") {
        reason = String(trimmed[trimmed.index(after: hash)...].drop { $0 == " " })
      }
      entries.append((String(id), reason))
    }
  }

  func reason(for id: String) -> String? { entries.first { $0.id == id }?.reason }

  func serialized(suite: String) -> [UInt8] {
    var text = """
      # Tests of the W3C XML Conformance Test Suite (\(suite)) that lignum-conformance knows to fail.
      # One test ID per line, then `# reason`. CI fails on a failure not listed here and on a listed
      # test that passes, so this file only shrinks. Regenerate with
      # `swift run lignum-conformance --update-baseline` (reasons already written here are kept).

      """
    let width = min(40, entries.map(\.id.count).max() ?? 0)
    for entry in entries {
      text += entry.id + String(repeating: " ", count: max(0, width - entry.id.count)) + "  # " + entry.reason + "\n"
    }
    return Array(text.utf8)
  }
}
