import LignumTokenizer

/// An element content model (`children`, [XML 1.0 §3.2.1](https://www.w3.org/TR/xml/#sec-element-content))
/// compiled to its Glushkov position automaton.
///
/// Each occurrence of a name in the model is a state ("position"); state 0 is the start.
/// Reading a child element moves from a state to the positions that may follow it with that
/// name. The model is deterministic (Appendix E, "Deterministic Content Models") exactly when
/// no state has two successors with the same name; then a run is one state, otherwise the run
/// tracks a set of states, so non-deterministic models (an error libxml2 and the spec report)
/// still validate correctly.
///
/// ```
///  (a, b*, c?)      0 ──a──▶ 1 ──b──▶ 2 ─┐     accepting: 1, 2, 3
///                            │ ╰──c──▶ 3  b (2 → 2), c (2 → 3)
/// ```
/// - Complexity: building is O(n²) in the number of positions at worst (follow sets), capped
///   by a budget of follow entries shared by all the models of one DTD (a DoS guard:
///   ``maxFollowEntriesPerDTD``).
struct ContentAutomaton: Sendable {
  /// Follow-set entries one DTD's models may use in all; a model past the budget is
  /// reported as too complex and left unchecked. About 16 bytes each.
  static let maxFollowEntriesPerDTD = 1_000_000

  /// `transitions[state][symbol]`: the successor states.
  var transitions: [[Int: [Int]]]
  var accepting: [Bool]
  var isDeterministic: Bool
  /// The model had more follow entries than ``maxFollowEntries`` and accepts nothing.
  var isTooComplex = false

  /// Compiles `particle`; `symbol` maps element names to the DTD's symbol numbers.
  init(_ particle: ContentParticle, budget: inout Int, symbol: (String) -> Int) {
    var builder = Builder(budget: budget)
    let root = builder.build(particle)
    builder.symbols = builder.names.map(symbol)
    var transitions = [[Int: [Int]]](repeating: [:], count: builder.symbols.count + 1)
    var deterministic = true
    func add(_ from: Int, _ to: Int) {
      let s = builder.symbols[to - 1]
      if var list = transitions[from][s] {
        if !list.contains(to) { list.append(to); deterministic = false }
        transitions[from][s] = list
      } else {
        transitions[from][s] = [to]
      }
    }
    for p in root.first { add(0, p) }
    for (from, follow) in builder.follow.enumerated() { for to in follow.sorted() { add(from + 1, to) } }
    var accepting = [Bool](repeating: false, count: builder.symbols.count + 1)
    accepting[0] = root.nullable
    for p in root.last { accepting[p] = true }
    self.transitions = transitions
    self.accepting = accepting
    self.isDeterministic = deterministic
    budget -= min(budget, builder.followEntries)
    if builder.followEntries > builder.budget {
      self.transitions = [[:]]
      self.accepting = [false]
      self.isTooComplex = true
    }
  }

  /// The states reached from `states` by reading `symbol` (empty: the child is not allowed).
  func step(_ states: [Int], _ symbol: Int) -> [Int] {
    if states.count == 1 { return transitions[states[0]][symbol] ?? [] }
    var out: [Int] = []
    for s in states { for t in transitions[s][symbol] ?? [] where !out.contains(t) { out.append(t) } }
    return out
  }

  func accepts(_ states: [Int]) -> Bool { states.contains { accepting[$0] } }

  /// Glushkov's construction: nullable, first, last per subexpression; follow per position.
  struct Builder {
    /// Follow entries this model may use.
    let budget: Int
    var names: [String] = []
    var symbols: [Int] = []
    var follow: [Set<Int>] = []
    var followEntries = 0

    struct Part {
      var nullable: Bool
      var first: [Int]
      var last: [Int]
    }

    mutating func link(_ from: [Int], _ to: [Int]) {
      for f in from {
        guard followEntries <= budget else { return }
        for t in to where follow[f - 1].insert(t).inserted { followEntries += 1 }
      }
    }

    // Recursion is bounded by the DTD parser's content-model depth limit (128, 2048 with huge).
    mutating func build(_ particle: ContentParticle) -> Part {
      // Past the budget the model is refused anyway: stop doing quadratic work on it.
      guard followEntries <= budget else { return Part(nullable: false, first: [], last: []) }
      switch particle {
      case .name(let name, let occurrence):
        names.append(name)
        follow.append([])
        let p = names.count
        return apply(occurrence, Part(nullable: false, first: [p], last: [p]))
      case .sequence(let items, let occurrence):
        var result = Part(nullable: true, first: [], last: [])
        for item in items {
          let next = build(item)
          link(result.last, next.first)
          followEntries += next.first.count + next.last.count   // the copying below is work too
          if result.nullable { result.first += next.first }
          result.last = next.nullable ? result.last + next.last : next.last
          result.nullable = result.nullable && next.nullable
        }
        return apply(occurrence, result)
      case .choice(let items, let occurrence):
        var result = Part(nullable: false, first: [], last: [])
        for item in items {
          let next = build(item)
          followEntries += next.first.count + next.last.count
          result.first += next.first
          result.last += next.last
          result.nullable = result.nullable || next.nullable
        }
        return apply(occurrence, result)
      }
    }

    mutating func apply(_ occurrence: ContentParticle.Occurrence, _ part: Part) -> Part {
      var part = part
      switch occurrence {
      case .once: break
      case .optional: part.nullable = true
      case .zeroOrMore: part.nullable = true; link(part.last, part.first)
      case .oneOrMore: link(part.last, part.first)
      }
      return part
    }
  }
}
