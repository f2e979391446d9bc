import Foundation
import Synchronization
import Testing
import Lignum

/// Every expression the parser accepts evaluates without exhausting a thread's stack.
///
/// Regression for a FuzzXPath finding (`Fuzz/FailCases/xpath-deep-binary-chain-stack-overflow.xml`):
/// a chain of ~565 `*` and `mod` operators, within the parser's depth limit, recursed once per
/// operator in the evaluator and overflowed an 8 MiB stack under AddressSanitizer. Operator
/// chains are now walked with loops; only nesting (parentheses, predicates, calls) recurses, and
/// the parser bounds it. Each shape is grown to the deepest the parser accepts, then evaluated on
/// a thread with a 2 MiB stack, a quarter of Linux's default (a debug build's frames are larger than
/// a release build's). A step budget keeps nested absolute paths from running for ever.
@Suite struct XPathStackDepthTests {
  static let shapes: [(String, @Sendable (Int) -> String)] = [
    ("* and mod chain", { n in "$v" + String(repeating: " * a mod b", count: n) }),
    ("+ chain", { n in Array(repeating: "1", count: n).joined(separator: "+") }),
    ("or chain", { n in Array(repeating: "0", count: n).joined(separator: " or ") }),
    ("and chain", { n in Array(repeating: "1", count: n).joined(separator: " and ") }),
    ("= chain", { n in Array(repeating: "1", count: n).joined(separator: " = ") }),
    ("union chain", { n in Array(repeating: "//b", count: n).joined(separator: " | ") }),
    ("negations", { n in String(repeating: "-", count: n) + "1" }),
    ("nested parentheses", { n in String(repeating: "1*(", count: n) + "1" + String(repeating: ")", count: n) }),
    ("nested calls", { n in String(repeating: "not(", count: n) + "1" + String(repeating: ")", count: n) }),
    ("nested concat", { n in String(repeating: "concat('a',", count: n) + "'b'" + String(repeating: ")", count: n) }),
    ("nested predicates", { n in String(repeating: "*[", count: n) + "1" + String(repeating: "]", count: n) }),
    ("nested filters", { n in String(repeating: "(", count: n) + "//*" + String(repeating: ")[1]", count: n) }),
    ("nested path predicates", { n in String(repeating: ".//*[", count: n) + "1" + String(repeating: "]", count: n) }),
  ]

  /// The largest `n` in 1...limit whose expression compiles (compiling is monotonic in `n`).
  static func deepest(_ make: (Int) -> String, limit: Int = 20_000) -> Int {
    var lo = 1, hi = limit
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if (try? XPathExpression(make(mid))) != nil { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  @Test(arguments: shapes.map(\.0))
  func deepestAcceptedExpressionEvaluatesOnASmallStack(_ shape: String) throws {
    let make = Self.shapes.first { $0.0 == shape }!.1
    let n = Self.deepest(make)
    #expect(n >= 20, "\(shape): the parser should accept some nesting")
    #expect(n < 20_000, "\(shape): the parser should bound the depth")
    let source = make(n)
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      defer { done.signal() }
      do {
        let doc = try Document.parse("<a><b>1</b><b>2</b></a>")
        var env = XPathEnvironment<DocumentNavigator>()
        env.variables[XPathName("v")] = .string("3")
        env.maxSteps = 1_000_000
        _ = try doc.evaluate(XPathExpression(source), environment: env)
        outcome.set("evaluated")
      } catch let error as XPathError where error.code == .stepLimitExceeded {
        outcome.set("evaluated")
      } catch {
        outcome.set("\(error)")
      }
    }
    thread.stackSize = 2 << 20
    thread.start()
    done.wait()
    #expect(outcome.value == "evaluated", "\(shape) at depth \(n)")
  }
}

/// A result handed from the evaluating thread back to the test.
private final class Outcome: Sendable {
  private let text = Mutex("")
  func set(_ s: String) { text.withLock { $0 = s } }
  var value: String { text.withLock { $0 } }
}
