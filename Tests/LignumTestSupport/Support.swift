import LignumTokenizer

/// Tokenizes `input` whole (chunkSize nil/Int.max) or fed in chunks of `chunkSize` bytes through
/// the push parser, returning every event with its payload copied out.
public func tokenizeAll(_ input: [UInt8], chunkSize: Int = Int.max, options: ParseOptions = ParseOptions()) throws(XMLSyntaxError) -> [OwnedEvent] {
  var events: [OwnedEvent] = []
  if chunkSize >= input.count {
    var parser = PullParser(bytes: input, options: options)
    while true {
      let e = try parser.next()
      events.append(parser.owned(e))
      if e == .endDocument { return events }
      if events.count > 10_000_000 { fatalError("runaway parser") }
    }
  }
  var parser = PushParser(options: options)
  var offset = 0
  while true {
    while let e = try parser.next() {
      events.append(parser.owned(e))
      if e == .endDocument { return events }
    }
    if offset >= input.count {
      parser.finish()
      while let e = try parser.next() {
        events.append(parser.owned(e))
        if e == .endDocument { return events }
      }
      return events
    }
    let end = min(input.count, offset + chunkSize)
    parser.feed(Array(input[offset..<end]))
    offset = end
  }
}

public func tokenizeAll(_ input: String, chunkSize: Int = Int.max, options: ParseOptions = ParseOptions()) throws(XMLSyntaxError) -> [OwnedEvent] {
  try tokenizeAll(Array(input.utf8), chunkSize: chunkSize, options: options)
}

/// A compact, readable rendering of events for assertions: `<a x="1">`, `"text"`, `</a>`.
public func render(_ events: [OwnedEvent]) -> String {
  events.map { e -> String in
    switch e {
    case .xmlDeclaration(let d): return "<?xml \(d.version) \(d.encoding ?? "-") \(d.standalone.map { $0 ? "yes" : "no" } ?? "-")?>"
    case .doctype(let n, let p, let s): return "<!DOCTYPE \(n) \(p ?? "-") \(s ?? "-")>"
    case .startElement(let n, let attrs, let ns):
      let a = attrs.map { " \($0.name)=\"\($0.value)\"\($0.isSpecified ? "" : "(default)")\($0.segments.map { "{" + $0.joined(separator: "|") + "}" } ?? "")" }.joined()
      let d = ns.map { " xmlns\($0.prefix.map { ":" + $0 } ?? "")=\"\($0.uri)\"" }.joined()
      return "<\(n)\(d)\(a)>"
    case .endElement(let n): return "</\(n)>"
    case .text(let t): return "\"\(t)\""
    case .cdata(let t): return "[CDATA[\(t)]]"
    case .comment(let t): return "<!--\(t)-->"
    case .processingInstruction(let t, let d): return "<?\(t) \(d)?>"
    case .startEntity(let n): return "&\(n);["
    case .endEntity: return "]"
    case .endDocument: return "EOF"
    }
  }.joined(separator: " ")
}
