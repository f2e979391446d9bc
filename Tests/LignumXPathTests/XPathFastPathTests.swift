import Testing
import Lignum

/// The shortcuts the evaluator takes on a parsed document (descendants as a scan of rows,
/// string-values as bytes of the document, numbers without building strings) must give what the
/// general walk gives, including after mutations end the row order.
@Suite struct XPathFastPathTests {
  let source = """
    <!DOCTYPE r [<!ENTITY e "<i n='3'>in entity</i>">]>
    <r a="1"><i n="1">x<j/></i><!--c--><i n="2">&e;y</i><k><i n="4"/></k></r>
    """

  /// The descendant axis of every node, from the evaluator's axis and from a walk through the
  /// links, as names.
  func descendantsAgree(_ doc: Document, _ label: Comment) throws {
    let nav = DocumentNavigator(doc)
    guard case .nodeSet(let all) = try doc.evaluate("//node() | //@*") else { Issue.record("no node-set"); return }
    for n in all + [.root] {
      var fast: [NavigatorNode] = []
      var walk = nav.descendants(of: n)
      while let x = walk.next() { fast.append(x) }
      var slow: [NavigatorNode] = []
      var links = XPathPreorderIterator(nav, below: n)
      while let x = links.next() { slow.append(x) }
      #expect(fast == slow, label)
    }
  }

  @Test func rowScanEqualsTheLinkWalk() throws {
    let doc = try Document.parse(source)
    try descendantsAgree(doc, "parsed")
    #expect(try doc.evaluate("count(//i)") == .number(4))
    #expect(try doc.evaluate("count(/r/descendant::node())") == .number(10))
  }

  @Test func mutationsEndTheRowScan() throws {
    var doc = try Document.parse(source)
    let k = try doc.evaluate("/r/k")
    guard case .nodeSet(let ks) = k, let kNode = ks.first else { Issue.record("no k"); return }
    doc.remove(kNode.id)                                 // its rows stay in the table
    try descendantsAgree(doc, "after remove")
    #expect(try doc.evaluate("count(//i)") == .number(3))
    let loose = doc.createElement("i")                   // a row outside the tree
    try descendantsAgree(doc, "after create")
    #expect(try doc.evaluate("count(//i)") == .number(3))
    doc.append(loose, to: doc.root!)
    try descendantsAgree(doc, "after append")
    #expect(try doc.evaluate("count(//i)") == .number(4))
    #expect(try doc.evaluate("name(//i[last()]/..)") == .string("r"))
  }

  @Test func byteComparisonsMatchStringComparisons() throws {
    let xml = "<r><p>König</p><p>12.50</p><p> 7 </p><p>a<b/>b</p><q x='ab'/></r>"
    #expect(try eval("count(//p[. = 'König'])", on: xml) == "1")
    #expect(try eval("count(//p[contains(., 'ni')])", on: xml) == "1")
    #expect(try eval("count(//p[starts-with(., 'Kö')])", on: xml) == "1")
    #expect(try eval("count(//p[. = 'ab'])", on: xml) == "1")        // two text children
    #expect(try eval("count(//p[. != 'ab'])", on: xml) == "3")
    #expect(try eval("sum(//p[2] | //p[3])", on: xml) == "19.5")
    #expect(try eval("//q/@x = 'ab'", on: xml) == "true")
    #expect(try eval("count(//q[@x = 'a'])", on: xml) == "0")
    #expect(try eval("count(//q[@x])", on: xml) == "1")
    #expect(try eval("count(//p[. > 10])", on: xml) == "1")
    #expect(try eval("contains(//zzz, '')", on: xml) == "true")
    #expect(try eval("starts-with(//zzz, 'a')", on: xml) == "false")
  }

  @Test(arguments: [
    "0", "-0", "1", "12", " 12 ", "1.5", ".5", "5.", "-.5", "007", "0.1", "0.3", "123456789012345",
    "1234567890123456", "12345678901234567890", "0.000000000000000000001", "0.0000000000000000000000123",
    "3.14159265358979323846", "99999999999999999999.5", "1.7976931348623157", "\t4\n",
    "", "-", ".", "..", "1.2.3", "+1", "1e3", "Infinity", "NaN", "1 2", "٣",
  ])
  func numberFromBytesMatchesTheDecimalReading(_ text: String) {
    let expected: Double
    var t = text.trimmingXMLSpace
    let negative = t.hasPrefix("-")
    if negative { t.removeFirst() }
    if !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), t.contains(where: \.isNumber),
       t.filter({ $0 == "." }).count <= 1, let v = Double("0" + t + (t.hasSuffix(".") ? "0" : "")) {
      expected = negative ? -v : v
    } else {
      expected = .nan
    }
    let got = XPathConversion.number(text)
    #expect(got.isNaN == expected.isNaN && (got.isNaN || (got == expected && got.sign == expected.sign)), "\(text)")
  }
}

extension String {
  fileprivate var trimmingXMLSpace: String {
    let space: Set<Character> = [" ", "\t", "\n", "\r"]
    return String(drop(while: space.contains).reversed().drop(while: space.contains).reversed())
  }
}
