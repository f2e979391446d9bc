/// An ``Event`` with its payload copied out of the parser: for tests, logging and callers that
/// keep events past the next call to `next()`.
public enum OwnedEvent: Hashable, Sendable {
  public struct Name: Hashable, Sendable, CustomStringConvertible {
    public var qualified: String
    public var prefix: String?
    public var local: String
    public var namespaceURI: String?
    public var description: String { namespaceURI.map { "{\($0)}\(qualified)" } ?? qualified }
  }
  public struct Attribute: Hashable, Sendable {
    public var name: Name
    public var value: String
    public var isSpecified: Bool
    /// The value as text and entity references (`"&e;"` entries), when it referenced entities
    /// that were not substituted.
    public var segments: [String]? = nil
  }
  public struct NamespaceDeclaration: Hashable, Sendable {
    public var prefix: String?
    public var uri: String
  }
  case xmlDeclaration(XMLDeclaration)
  case doctype(name: String, publicID: String?, systemID: String?)
  case startElement(Name, attributes: [Attribute], namespaces: [NamespaceDeclaration])
  case endElement(Name)
  case text(String)
  case cdata(String)
  case comment(String)
  case processingInstruction(target: String, data: String)
  case startEntity(String)
  case endEntity
  case endDocument
}

extension Tokenizer {
  func owned(_ name: NameRef) -> OwnedEvent.Name {
    OwnedEvent.Name(qualified: string(name.qualified), prefix: name.prefix.map(string), local: string(name.local),
                    namespaceURI: name.namespaceURI.map(string))
  }

  func owned(_ event: Event) -> OwnedEvent {
    switch event {
    case .xmlDeclaration: return .xmlDeclaration(xmlDeclaration ?? XMLDeclaration(version: "1.0"))
    case .doctype: return .doctype(name: doctype?.name ?? "", publicID: doctype?.publicID, systemID: doctype?.systemID)
    case .startElement(let tag):
      return .startElement(
        owned(tag.name),
        attributes: attributes[tag.attributes].map {
          OwnedEvent.Attribute(name: owned($0.name), value: string($0.value), isSpecified: $0.isSpecified,
                               segments: $0.segments.map { attributeSegments[$0].map { s in
                                 switch s {
                                 case .text(let r): return string(r)
                                 case .entityReference(let n): return "&" + string(n) + ";"
                                 }
                               } })
        },
        namespaces: namespaceDeclarations[tag.namespaceDeclarations].map {
          OwnedEvent.NamespaceDeclaration(prefix: $0.prefix.map(string), uri: string($0.uri))
        })
    case .endElement(let name): return .endElement(owned(name))
    case .text(let r): return .text(string(r))
    case .cdata(let r): return .cdata(string(r))
    case .comment(let r): return .comment(string(r))
    case .processingInstruction(let t, let d): return .processingInstruction(target: string(t), data: string(d))
    case .startEntity(let n): return .startEntity(string(n))
    case .endEntity: return .endEntity
    case .endDocument: return .endDocument
    }
  }
}

extension PullParser {
  /// The event with its payload copied out of the scratch buffer.
  public func owned(_ event: Event) -> OwnedEvent { core.owned(event) }
}

extension PushParser {
  /// The event with its payload copied out of the scratch buffer.
  public func owned(_ event: Event) -> OwnedEvent { core.owned(event) }
}
