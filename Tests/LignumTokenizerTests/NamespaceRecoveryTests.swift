import Testing
import LignumTokenizer
import LignumTestSupport

/// With `recoverNamespaceErrors` (lignum lint, the C library) a Namespaces in XML error is
/// reported as libxml2 reports it — same code, words, line and column — and parsing goes on
/// with libxml2's tree; without it the first such error stops the parser.
struct NamespaceRecoveryTests {
  static var recovering: ParseOptions {
    var o = ParseOptions()
    o.recoverNamespaceErrors = true
    return o
  }

  /// Events and warnings (`code@column: message`) of a document, read whole or pushed in chunks.
  static func run(_ text: String, chunkSize: Int = Int.max) throws -> (events: [OwnedEvent], warnings: [String]) {
    let input = Array(text.utf8)
    var events: [OwnedEvent] = []
    var warnings: [XMLSyntaxError] = []
    if chunkSize >= input.count {
      var parser = PullParser(bytes: input, options: recovering)
      while true {
        let e = try parser.next()
        events.append(parser.owned(e))
        if e == .endDocument { break }
      }
      warnings = parser.warnings
    } else {
      var parser = PushParser(options: recovering)
      var offset = 0
      outer: while true {
        while let e = try parser.next() {
          events.append(parser.owned(e))
          if e == .endDocument { break outer }
        }
        if offset >= input.count { parser.finish(); continue }
        parser.feed(Array(input[offset..<min(input.count, offset + chunkSize)]))
        offset += chunkSize
      }
      warnings = parser.warnings
    }
    return (events, warnings.map { "\($0.code.rawValue)@\($0.position.column): \($0.message)" })
  }

  static func start(_ events: [OwnedEvent], _ n: Int) -> (name: OwnedEvent.Name, attributes: [OwnedEvent.Attribute])? {
    var seen = 0
    for e in events {
      if case .startElement(let name, let attributes, _) = e {
        if seen == n { return (name, attributes) }
        seen += 1
      }
    }
    return nil
  }

  @Test func unboundElementPrefixKeepsTheQualifiedNameWithoutNamespace() throws {
    let (events, warnings) = try Self.run(#"<x:root xmlns:x="urn:x" xmlns="urn:d"><y:child/></x:root>"#)
    #expect(warnings == ["201@47: Namespace prefix y on child is not defined"])
    let child = try #require(Self.start(events, 1))
    #expect(child.name.qualified == "y:child" && child.name.local == "y:child")
    #expect(child.name.prefix == nil && child.name.namespaceURI == nil)
    // The end tag agrees: no namespace, not the default one in scope.
    #expect(render(events).contains("<y:child> </y:child>"))
  }

  @Test func unboundAttributePrefixIsReportedBeforeTheElements() throws {
    let (events, warnings) = try Self.run(#"<p:a x:b="1"   />"#)
    #expect(warnings == ["201@16: Namespace prefix x for b on a is not defined",
                         "201@16: Namespace prefix p on a is not defined"])
    let a = try #require(Self.start(events, 0))
    #expect(a.attributes.map(\.name.local) == ["x:b"])
    #expect(a.attributes[0].name.namespaceURI == nil)
  }

  @Test func forbiddenDeclarationsAreDroppedWhereTheyEnd() throws {
    let (events, warnings) = try Self.run(#"<a xmlns:p=""   b="c" xmlns:xmlns="u" xmlns:xml="urn:x"/>"#)
    #expect(warnings == ["204@14: xmlns:p: Empty XML namespace is not allowed",
                         "200@38: redefinition of the xmlns prefix is forbidden",
                         "200@56: xml namespace prefix mapped to wrong URI"])
    #expect(render(events).contains(#"<a b="c">"#))
  }

  @Test func duplicateExpandedNamesAreBothKept() throws {
    let (events, warnings) = try Self.run(#"<a p:b="1" xmlns:p="u" xmlns:q="u" q:b="2"/>"#)
    #expect(warnings == ["203@43: Namespaced Attribute b in 'u' redefined"])
    #expect(try #require(Self.start(events, 0)).attributes.count == 2)
  }

  @Test func malformedQNamesSplitAsLibxml2Splits() throws {
    let (events, warnings) = try Self.run(#"<a:b:c xmlns:a="urn:a" :d="1" e:="2"/>"#)
    #expect(warnings == ["202@5: Failed to parse QName 'a:b:'", "202@26: Failed to parse QName ':d'",
                         "202@33: Failed to parse QName 'e:'"])
    let e = try #require(Self.start(events, 0))
    #expect(e.name.prefix == "a" && e.name.local == "b:c" && e.name.namespaceURI == "urn:a")
    #expect(e.attributes.map(\.name.local) == [":d", "e:"])
  }

  @Test func namespaceNamesAreCheckedAsURIs() throws {
    let (events, warnings) = try Self.run(#"<a xmlns="rel"><b xmlns:p="bar baz"/></a>"#)
    #expect(warnings == ["100@15: xmlns: URI rel is not absolute", "99@36: xmlns:p: 'bar baz' is not a valid URI"])
    // Both are still bound: the namespace names are only noted.
    #expect(render(events).hasPrefix(#"<{rel}a xmlns="rel"> <{rel}b xmlns:p="bar baz">"#))
  }

  @Test(arguments: [1, 2, 5])
  func pushedInPiecesReportsEachOnce(chunkSize: Int) throws {
    let text = #"<x:root xmlns:x="urn:x" xmlns="urn:d"><y:child/></x:root>"#
    let whole = try Self.run(text)
    let pushed = try Self.run(text, chunkSize: chunkSize)
    #expect(pushed.warnings == whole.warnings)
    #expect(render(pushed.events) == render(whole.events))
  }

  @Test func withoutRecoveryTheFirstErrorStopsAtLibxml2sPlace() {
    do {
      _ = try tokenizeAll(#"<a x:b="1"   c="d"  />"#)
      Issue.record("an unbound prefix was accepted")
    } catch {
      #expect(error.code == .nsUndefinedNamespace && error.position.column == 21)
    }
  }

  @Test(arguments: [
    ("urn:x", "absolute"), ("http://a.b/c?d#e", "absolute"), ("#frag", "relative"), ("%41", "relative"),
    ("?q#f[]", "relative"), ("a b", "invalid"), ("%zz", "invalid"), ("http://a:b", "invalid"),
    ("http://a:", "invalid"), ("//[::1", "invalid"), ("http://é.com/", "invalid"), ("http://x/%", "invalid"),
  ])
  func namespaceNamesAreJudgedAsLibxml2Judges(uri: String, verdict: String) throws {
    let (_, warnings) = try Self.run("<a xmlns=\"\(uri)\"/>")
    switch verdict {
    case "absolute": #expect(warnings.isEmpty)
    case "relative": #expect(warnings.first?.hasPrefix("100@") == true)
    default: #expect(warnings.first?.hasPrefix("99@") == true)
    }
  }

  @Test func colonsInPIEntityAndNotationNamesAreReportedAndKept() throws {
    let text = #"<!DOCTYPE r [<!ENTITY a:b "x"><!NOTATION n:m SYSTEM "u"><?p:i d?>]><r><?q:t?></r>"#
    let (events, warnings) = try Self.run(text)
    #expect(warnings == ["205@26: colons are forbidden from entities names 'a:b'",
                         "205@45: colons are forbidden from notation names 'n:m'",
                         "205@62: colons are forbidden from PI names 'p:i'",
                         "205@76: colons are forbidden from PI names 'q:t'"])
    #expect(render(events).contains("<?q:t ?>"))
    do {
      _ = try tokenizeAll("<r><?q:t?></r>")
      Issue.record("a colon in a PI target was accepted without recovery")
    } catch {
      #expect(error.code == .nsColon)
    }
  }
}
