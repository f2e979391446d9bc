// lignum-conformance: runs the W3C XML Conformance Test Suite (xmlconf) against Lignum's
// non-validating parser and compares the failures with a committed baseline.
//
//   lignum-conformance [--suites DIR] [--baseline FILE] [--update-baseline] [--verbose]
//                      [--filter TEXT] [--list-files]
//
// Exit status: 0 when the failures are exactly the baseline's, 1 when a test fails that the
// baseline does not list or a listed test passes, 2 on a usage or set-up error.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Lignum
import LignumKernel

struct Arguments {
  var suites: String?
  var baseline = "conformance/expected/xmlconf-failures.txt"
  var updateBaseline = false
  var verbose = false
  var listFiles = false
  var filter: String?
  /// `--validating`: the validating run, with its own baseline.
  var validating = false
  var baselineGiven = false

  static let usage = """
    usage: lignum-conformance [options]
      --suites DIR       folder holding xmlconf/ (default: $LIGNUM_SUITES)
      --baseline FILE    known failures (default: conformance/expected/xmlconf-failures.txt)
      --update-baseline  rewrite the baseline with the current failures
      --filter TEXT      run only tests whose ID contains TEXT (no baseline check for others)
      --list-files       print "ID<TAB>path" of every applicable test document Lignum accepts, and exit
      --verbose          print each test as it starts (on stderr) and every result
      --validating       validate too: valid tests must have no validity error, invalid tests
                         at least one (baseline: conformance/expected/xmlconf-validating-failures.txt)
    """

  init(_ argv: [String]) throws(CatalogError) {
    var i = 1
    func value(_ flag: String) throws(CatalogError) -> String {
      i += 1
      guard i < argv.count else { throw CatalogError(description: "\(flag) needs a value") }
      return argv[i]
    }
    while i < argv.count {
      switch argv[i] {
      case "--suites": suites = try value("--suites")
      case "--baseline": baseline = try value("--baseline"); baselineGiven = true
      case "--validating": validating = true
      case "--update-baseline": updateBaseline = true
      case "--verbose", "-v": verbose = true
      case "--list-files": listFiles = true
      case "--filter": filter = try value("--filter")
      case "--help", "-h": print(Self.usage); exit(0)
      default: throw CatalogError(description: "unknown argument \(argv[i])\n\(Self.usage)")
      }
      i += 1
    }
    if validating && !baselineGiven { baseline = "conformance/expected/xmlconf-validating-failures.txt" }
  }
}

func standardError(_ text: String) { _ = FileIO.write(Array((text + "\n").utf8), to: 2) }

func absolute(_ path: String) -> String {
  path.hasPrefix("/") ? path : FileIO.currentDirectory() + "/" + path
}

func main() -> Int32 {
  let arguments: Arguments
  do { arguments = try Arguments(CommandLine.arguments) } catch {
    standardError("lignum-conformance: \(error)")
    return 2
  }
  guard let suites = arguments.suites ?? FileIO.environment("LIGNUM_SUITES") else {
    standardError("lignum-conformance: set LIGNUM_SUITES or pass --suites DIR (a folder holding xmlconf/)")
    return 2
  }
  let root = absolute(suites) + "/xmlconf"
  let catalogPath = root + "/xmlconf.xml"
  guard FileIO.exists(catalogPath) else {
    standardError("lignum-conformance: no \(catalogPath)")
    return 2
  }

  var reader = CatalogReader(catalogPath: catalogPath)
  var tests: [TestCase]
  do { tests = try reader.read() } catch {
    standardError("lignum-conformance: \(error)")
    return 2
  }
  let filtered = arguments.filter != nil
  if let filter = arguments.filter { tests = tests.filter { $0.id.contains(filter) } }
  func relative(_ path: String) -> String {
    path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
  }

  if arguments.listFiles {
    for test in tests where test.skipReason == nil && FileIO.exists(test.path) {
      if arguments.verbose { standardError("list \(test.id)") }
      if case .success = Runner.parse(test) { print("\(test.id)\t\(test.path)") }
    }
    return 0
  }

  print("xmlconf: \(catalogPath): \(tests.count) tests")
  for note in reader.notes { print("note: \(note)") }

  let baseline = Baseline(path: arguments.baseline)
  if baseline == nil && !arguments.updateBaseline {
    print("note: no baseline at \(arguments.baseline); every failure counts as new")
  }
  let known = baseline?.ids ?? []

  var results: [TestResult] = []
  results.reserveCapacity(tests.count)
  for (n, test) in tests.enumerated() {
    if arguments.verbose { standardError("[\(n + 1)/\(tests.count)] \(test.id) \(relative(test.path))") }
    let result = Runner.run(test, validating: arguments.validating)
    results.append(result)
    switch result.verdict {
    case .failed(let reason):
      let tag = known.contains(test.id) ? "FAIL (known)" : "FAIL (new)"
      print("\(tag) \(test.id) [\(test.kind.rawValue), \(test.recommendation), \(relative(test.path))]: \(reason)")
    case .passed where known.contains(test.id):
      print("PASS (listed in baseline) \(test.id) [\(test.kind.rawValue), \(relative(test.path))]")
    case .passed where arguments.verbose:
      let how = result.accepted == true ? "accepted" : "rejected: \(result.error ?? "")"
      print("ok \(test.id) [\(test.kind.rawValue)] \(how)\(result.outputIdentical == true ? ", output identical" : "")")
    case .skipped(let reason) where arguments.verbose:
      print("skip \(test.id): \(reason)")
    default:
      break
    }
  }

  print("")
  print(Report.table("recommendation", results) { $0.test.recommendation })
  print(Report.table("ENTITIES", results) { $0.test.entities })
  print(Report.table("suite", results) { $0.test.suite(relativeTo: root) })
  print(Report.table("namespaces", results) { $0.test.namespaces ? "namespaces on" : "NAMESPACE=\"no\"" })

  let run = results.filter { !$0.isSkipped }
  let failures = run.filter(\.isFailure)
  if arguments.validating { for line in ValidatingSummary.lines(results) { print(line) } }
  print("Passed: \(run.count - failures.count) / Failed: \(failures.count) (skipped: \(results.count - run.count), not applicable to XML 1.0 5th edition)")

  // Tests that produced output not listed in the baseline, or stopped failing.
  let ranIDs = Set(run.map(\.test.id))
  let allIDs = Set(results.map(\.test.id))
  let newFailures = failures.filter { !known.contains($0.test.id) }
  let nowPassing = run.filter { known.contains($0.test.id) && !$0.isFailure }
  let stale = filtered ? [] : known.filter { !allIDs.contains($0) || !ranIDs.contains($0) }.sorted()

  if arguments.updateBaseline {
    let entries = failures.map { result -> (id: String, reason: String) in
      if let old = baseline?.reason(for: result.test.id), !old.isEmpty { return (result.test.id, old) }
      guard case .failed(let reason) = result.verdict else { return (result.test.id, "") }
      return (result.test.id, reason.count > 200 ? String(reason.prefix(200)) + "…" : reason)
    }
    if filtered {
      standardError("lignum-conformance: --update-baseline needs a full run (no --filter)")
      return 2
    }
    guard FileIO.writeFile(arguments.baseline, Baseline(entries: entries).serialized(suite: arguments.validating ? "xmlts20130923, validating" : "xmlts20130923")) else {
      standardError("lignum-conformance: cannot write \(arguments.baseline)")
      return 2
    }
    print("baseline: wrote \(entries.count) known failures to \(arguments.baseline)")
    return 0
  }

  print("baseline: \(known.count) known failures; \(newFailures.count) new, \(nowPassing.count) now passing, \(stale.count) stale")
  for result in newFailures { print("  new failure: \(result.test.id)") }
  for result in nowPassing { print("  now passes (remove it from the baseline): \(result.test.id)") }
  for id in stale { print("  stale baseline entry (not a test that runs): \(id)") }
  return newFailures.isEmpty && nowPassing.isEmpty && stale.isEmpty ? 0 : 1
}

exit(main())
