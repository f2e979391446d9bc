import Testing
import Lignum

/// Compiling, errors, bindings, extension functions, limits and the DOM convenience API.
@Suite struct XPathAPITests {
  @Test(arguments: [
    ("1 +", XPathError.Code.invalidExpression, 3), ("'abc", .unfinishedLiteral, 0), ("(1", .unclosed, 2),
    ("a[1", .invalidPredicate, 3), ("$", .variableReference, 0), ("/a/b[c > d]efg", .invalidExpression, 11),
    ("/numbers numbers", .invalidExpression, 9), ("/inv/child::", .invalidExpression, 12),
    ("foo:bar::x", .invalidExpression, 7), ("count()", .invalidArity, 0), ("concat('a')", .invalidArity, 0),
    ("1 ! 2", .invalidExpression, 2), ("#", .invalidCharacter, 0), ("/descendant::()", .invalidExpression, 13),
    ("unknown-axis::a", .invalidExpression, 0), ("", .invalidExpression, 0),
  ])
  func staticErrors(_ expr: String, _ code: XPathError.Code, _ position: Int) {
    let error = #expect(throws: XPathError.self) { try XPathExpression(expr) }
    #expect(error?.code == code, "\(expr)")
    #expect(error?.position == position, "\(expr)")
    #expect(error?.isStatic == true)
  }

  @Test func resolutionErrors() throws {
    let doc = try Document.parse(sample)
    for (expr, code) in [("//x:a", XPathError.Code.undefinedPrefix), ("foo()", .unknownFunction),
                         ("1 or foo()", .unknownFunction), ("$x:v", .undefinedPrefix)] {
      let error = #expect(throws: XPathError.self) { try doc.evaluate(expr) }
      #expect(error?.code == code && error?.phase == .static, "\(expr)")
    }
    let error = #expect(throws: XPathError.self) { try doc.evaluate("$nope") }
    #expect(error?.code == .undefinedVariable && error?.phase == .dynamic)
  }

  @Test func expressionDepthIsLimited() throws {
    let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
    let error = #expect(throws: XPathError.self) { try XPathExpression(deep) }
    #expect(error?.code == .depthLimitExceeded)
    let chain = Array(repeating: "1", count: 100_000).joined(separator: "+")
    #expect((#expect(throws: XPathError.self) { try XPathExpression(chain) })?.code == .depthLimitExceeded)
    let negations = String(repeating: "-", count: 100_000) + "1"
    #expect((#expect(throws: XPathError.self) { try XPathExpression(negations) })?.code == .depthLimitExceeded)
    _ = try XPathExpression(String(repeating: "(", count: 50) + "1" + String(repeating: ")", count: 50))
  }

  @Test func variablesNamespacesAndFunctions() throws {
    let doc = try Document.parse(sample)
    let root = doc[doc.root!]
    #expect(try root.select("./a[@id=$v]", variables: ["v": .string("2")]).map(\.id) == [doc.evaluate("/r/a[2]").nodes![0].id])
    #expect(try root.select("q:c", namespaces: ["q": "urn:p"]).isEmpty)
    #expect(try root.select("a/q:c", namespaces: ["q": "urn:p"]).count == 1)
    var env = XPathEnvironment<DocumentNavigator>()
    env.namespaces = ["f": "urn:f"]
    env.variables[XPathName("n", namespaceURI: "urn:f")] = .number(2)
    env.functions[XPathName("twice", namespaceURI: "urn:f")] = XPathFunction { ctx, args throws(XPathError) in
      .string(String(repeating: ctx.string(args[0]), count: 2))
    }
    env.functions[XPathName("where")] = XPathFunction { ctx, _ throws(XPathError) in .number(Double(ctx.position)) }
    let e = try XPathExpression("concat(f:twice(string($f:n)), '-', count(//b[where() = 1]))")
    #expect(try doc.evaluate(e, environment: env) == .string("22-2"))
    #expect(render(try doc.evaluate(XPathExpression("//b/text()[f:twice(.) = 'twotwo']"), environment: env), doc) == "#two")
  }

  @Test func compiledExpressionsAreReusable() throws {
    let e = try XPathExpression("count(//item)")
    for n in 0..<5 {
      let doc = try Document.parse("<l>" + String(repeating: "<item/>", count: n) + "</l>")
      #expect(try doc.evaluate(e) == .number(Double(n)))
    }
  }

  @Test func stepBudget() throws {
    let doc = try Document.parse("<l>" + String(repeating: "<i/>", count: 1000) + "</l>")
    var env = XPathEnvironment<DocumentNavigator>()
    env.maxSteps = 5000
    #expect(try doc.evaluate(XPathExpression("count(//i)"), environment: env) == .number(1000))
    let error = #expect(throws: XPathError.self) { try doc.evaluate(XPathExpression("count(//i/following::i)"), environment: env) }
    #expect(error?.code == .stepLimitExceeded && error?.phase == .dynamic)
  }

  @Test func mutatedDocumentsKeepDocumentOrder() throws {
    var doc = try Document.parse("<r><a/><c/></r>")
    let b = doc.createElement("b")
    let c = try doc.evaluate("/r/c").nodes![0].id
    doc.insert(b, before: c)
    #expect(render(try doc.evaluate("/r/* | /r/b"), doc) == "a b c")
    #expect(render(try doc.evaluate("//c/preceding::*"), doc) == "a b")
  }
}
