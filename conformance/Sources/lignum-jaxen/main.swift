// lignum-jaxen: runs the Jaxen XPath test suite ($LIGNUM_SUITES/jaxen-xpath/xml/test/tests.xml)
// through LignumXPath and compares the failures with a committed baseline.
//
//   lignum-jaxen [--suites DIR] [--baseline FILE] [--update-baseline] [--verbose] [--list]
//
// Tests that call Jaxen's own functions (evaluate, document, upper-case, lower-case, ends-with)
// are reported on their own line and are not part of the count or the baseline.
// Exit status: 0 when the failures are exactly the baseline's, 1 on a new failure or a listed
// test that passes, 2 on a usage or set-up error.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Lignum
import LignumKernel

struct Arguments {
  var suites: String?
  var baseline = "conformance/expected/jaxen-failures.txt"
  var updateBaseline = false
  var verbose = false
  var list = false

  static let usage = """
    usage: lignum-jaxen [options]
      --suites DIR       folder holding jaxen-xpath/ (default: $LIGNUM_SUITES)
      --baseline FILE    known failures (default: conformance/expected/jaxen-failures.txt)
      --update-baseline  rewrite the baseline with the current failures
      --list             print "ID<TAB>document<TAB>context<TAB>select<TAB>expectation<TAB>vars<TAB>ns"
                         for every test (a nested valueOf as PARENT.vN after its parent), and exit
      --verbose          print every result
    """

  init(_ argv: [String]) throws(UsageError) {
    var i = 1
    func value(_ flag: String) throws(UsageError) -> String {
      i += 1
      guard i < argv.count else { throw UsageError(text: "\(flag) needs a value") }
      return argv[i]
    }
    while i < argv.count {
      switch argv[i] {
      case "--suites": suites = try value("--suites")
      case "--baseline": baseline = try value("--baseline")
      case "--update-baseline": updateBaseline = true
      case "--verbose", "-v": verbose = true
      case "--list": list = true
      case "--help", "-h": print(Self.usage); exit(0)
      default: throw UsageError(text: "unknown argument \(argv[i])\n\(Self.usage)")
      }
      i += 1
    }
  }
}

struct UsageError: Error { var text: String }

func standardError(_ text: String) { _ = FileIO.write(Array((text + "\n").utf8), to: 2) }

func main() -> Int32 {
  let arguments: Arguments
  do { arguments = try Arguments(CommandLine.arguments) } catch {
    standardError("lignum-jaxen: \(error.text)")
    return 2
  }
  guard let suites = arguments.suites ?? FileIO.environment("LIGNUM_SUITES") else {
    standardError("lignum-jaxen: set LIGNUM_SUITES or pass --suites DIR (a folder holding jaxen-xpath/)")
    return 2
  }
  let root = (suites.hasPrefix("/") ? suites : FileIO.currentDirectory() + "/" + suites) + "/jaxen-xpath"
  let testsPath = root + "/xml/test/tests.xml"
  let documents: [JaxenDocument]
  do { documents = try Suite.read(testsPath) } catch {
    standardError("lignum-jaxen: cannot read \(testsPath): \(error)")
    return 2
  }
  if arguments.list { List.print(documents, root: root); return 0 }
  print("jaxen: \(testsPath)")

  let baseline = Baseline(path: arguments.baseline)
  let known = baseline?.ids ?? []
  let runner = Runner(suiteRoot: root)
  var failures: [(id: String, reason: String)] = []
  var passed = 0, extensionPassed = 0, extensionFailed: [String] = []
  var ran = Set<String>()

  for document in documents {
    let doc: Document
    do { doc = try Document(contentsOfFile: root + "/" + document.url) } catch {
      standardError("lignum-jaxen: cannot parse \(document.url): \(error)")
      return 2
    }
    let nav = DocumentNavigator(doc)
    for context in document.contexts {
      let nodes: [NavigatorNode]
      do { nodes = try Runner.contextNodes(context.select, nav, context.namespaces) } catch {
        nodes = []
        print("note: context \(context.select) in \(document.url) failed: \(error)")
      }
      for test in context.tests {
        var why: String? = nodes.isEmpty ? "context \(context.select) selects nothing" : nil
        for node in nodes where why == nil {
          why = test.usesExtensions ? runner.runWithDocuments(test, on: nav, url: document.url, context: node)
                                    : runner.run(test, on: nav, context: node)
        }
        if test.usesExtensions {
          if let why { extensionFailed.append("\(test.id) \(test.select): \(why)") } else { extensionPassed += 1 }
          continue
        }
        ran.insert(test.id)
        if let why {
          failures.append((test.id, "\(document.url) \(context.select) | \(test.select) | \(why)"))
          print("\(known.contains(test.id) ? "FAIL (known)" : "FAIL (new)") \(test.id) [\(document.url), context \(context.select)] \(test.select): \(why)")
        } else {
          passed += 1
          if known.contains(test.id) { print("PASS (listed in baseline) \(test.id) \(test.select)") }
          else if arguments.verbose { print("ok \(test.id) \(test.select)") }
        }
      }
    }
  }

  print("")
  print("Passed: \(passed) / Failed: \(failures.count)")
  print("Jaxen extension functions (not counted): \(extensionPassed) passed, \(extensionFailed.count) failed")
  for line in extensionFailed { print("  extension: \(line)") }

  if arguments.updateBaseline {
    let entries = failures.map { f in (f.id, baseline?.reason(for: f.id).flatMap { $0.isEmpty ? nil : $0 } ?? f.reason) }
    guard FileIO.writeFile(arguments.baseline, Baseline(entries: entries).serialized()) else {
      standardError("lignum-jaxen: cannot write \(arguments.baseline)")
      return 2
    }
    print("baseline: wrote \(entries.count) known failures to \(arguments.baseline)")
    return 0
  }
  let failed = Set(failures.map(\.id))
  let newFailures = failures.filter { !known.contains($0.id) }
  let nowPassing = known.filter { ran.contains($0) && !failed.contains($0) }.sorted()
  let stale = known.filter { !ran.contains($0) }.sorted()
  print("baseline: \(known.count) known failures; \(newFailures.count) new, \(nowPassing.count) now passing, \(stale.count) stale")
  for f in newFailures { print("  new failure: \(f.id)") }
  for id in nowPassing { print("  now passes (remove it from the baseline): \(id)") }
  for id in stale { print("  stale baseline entry (not a test that runs): \(id)") }
  return newFailures.isEmpty && nowPassing.isEmpty && stale.isEmpty ? 0 : 1
}

exit(main())
