import LignumDOM
import LignumTokenizer

/// Which element types could be added to an element without breaking its content model:
/// libxml2's `xmlValidGetValidElements`, behind `xmllint --insert`.
public enum InsertableElements {
  /// The declared element types that may be appended after the last child of `parent`, in
  /// name order, or `nil` when `parent`'s type is not declared.
  ///
  /// ```swift
  /// let names = InsertableElements.after(lastChildOf: root, in: document, dtd: CompiledDTD(doctype))
  /// ```
  /// - Complexity: O(declared types × children of `parent`).
  public static func after(lastChildOf parent: NodeID, in document: Document, dtd: CompiledDTD) -> [String]? {
    guard let name = document.name(of: parent), let symbol = dtd.symbols[name], let rule = dtd.rule(symbol) else {
      return nil
    }
    let children = document.children(of: parent).filter { document.kind(of: $0) == .element }
      .map { document.name(of: $0).flatMap { dtd.symbols[$0] } ?? -1 }
    let declared = dtd.doctype.elements.keys.sorted()
    switch rule.content {
    case .empty: return []
    case .any: return declared
    case .mixed(let allowed, _):
      return declared.filter { dtd.symbols[$0].map(allowed.contains) ?? false }
    case .children(let automaton):
      var states = [0]
      for child in children {
        states = child < 0 ? [] : automaton.step(states, child)
        if states.isEmpty { return [] }
      }
      return declared.filter { candidate in
        guard let s = dtd.symbols[candidate] else { return false }
        return automaton.accepts(automaton.step(states, s))
      }
    }
  }
}
