import Lignum

/// Runs Jaxen tests through the Swift API.
struct Runner {
  let suiteRoot: String

  /// Jaxen's own functions, bound through the extension hook (`document()` is bound only with a
  /// ``MultiNavigator``, see `MultiDocument.swift`).
  static func extensions<N: XPathNavigator>(_ more: [XPathName: XPathFunction<N>] = [:]) -> [XPathName: XPathFunction<N>] {
    var f = more
    f["upper-case"] = XPathFunction { ctx, args throws(XPathError) in .string(ctx.string(args.first ?? .string("")).uppercased()) }
    f["lower-case"] = XPathFunction { ctx, args throws(XPathError) in .string(ctx.string(args.first ?? .string("")).lowercased()) }
    f["ends-with"] = XPathFunction { ctx, args throws(XPathError) in
      guard args.count == 2 else { throw XPathError(.invalidArity, .dynamic, detail: "ends-with() takes 2 arguments") }
      return .boolean(ctx.string(args[0]).utf8.reversed().starts(with: ctx.string(args[1]).utf8.reversed()))
    }
    f["evaluate"] = XPathFunction { ctx, args throws(XPathError) in
      guard args.count == 1 else { throw XPathError(.invalidArity, .dynamic, detail: "evaluate() takes 1 argument") }
      let e = try XPathExpression(ctx.string(args[0]))
      var env = XPathEnvironment<N>()
      env.functions = Runner.extensions(more)
      return try e.evaluate(on: ctx.navigator, context: ctx.node, environment: env)
    }
    return f
  }

  func environment<N: XPathNavigator>(_ test: JaxenTest, _ functions: [XPathName: XPathFunction<N>]) -> XPathEnvironment<N> {
    var env = XPathEnvironment<N>()
    for (k, v) in test.variables { env.variables[XPathName(k)] = .string(v) }
    env.namespaces = test.namespaces
    env.functions = Runner.extensions(functions)
    return env
  }

  /// `nil` when the test passes, else why not.
  func run(_ test: JaxenTest, on nav: DocumentNavigator, context: NavigatorNode) -> String? {
    run(test, on: nav, context: context, functions: [:])
  }

  /// The same with a ``MultiNavigator`` that starts with `nav`'s document, and `document()`.
  func runWithDocuments(_ test: JaxenTest, on nav: DocumentNavigator, url: String, context: NavigatorNode) -> String? {
    let multi = MultiNavigator(store: DocumentStore(nav, url: url, base: suiteRoot))
    return run(test, on: multi, context: MultiNode(document: 0, node: context),
               functions: [XPathName("document"): multi.documentFunction()])
  }

  func run<N: XPathNavigator>(_ test: JaxenTest, on nav: N, context: N.Node, functions: [XPathName: XPathFunction<N>]) -> String? {
    let result: XPathValue<N.Node>
    do {
      let e = try XPathExpression(test.select)
      result = try e.evaluate(on: nav, context: context, environment: environment(test, functions))
    } catch {
      if case .error = test.expectation { return nil }
      return "error: \(error)"
    }
    switch test.expectation {
    case .error:
      return "expected an error, got \(Runner.describe(result, nav, context))"
    case .value(let expected):
      let got = XPathFunctionContext(navigator: nav, node: context, position: 1, size: 1).string(result)
      return got == expected ? nil : "expected \"\(expected)\", got \"\(got)\""
    case .count(let n, let nested):
      guard case .nodeSet(let nodes) = result else { return "expected a node-set, got a \(result.typeName)" }
      if let n, nodes.count != n { return "expected \(n) nodes, got \(nodes.count)" }
      for node in nodes {
        for t in nested { if let why = run(t, on: nav, context: node, functions: functions) { return "nested \(t.id) \(t.select): \(why)" } }
      }
      return nil
    }
  }

  static func describe<N: XPathNavigator>(_ v: XPathValue<N.Node>, _ nav: N, _ node: N.Node) -> String {
    switch v {
    case .nodeSet(let n): return "\(n.count) nodes"
    default: return "\(v.typeName) \"\(XPathFunctionContext(navigator: nav, node: node, position: 1, size: 1).string(v))\""
    }
  }

  /// The context nodes a `<context select>` names.
  static func contextNodes(_ select: String, _ nav: DocumentNavigator, _ namespaces: [String: String]) throws(XPathError) -> [NavigatorNode] {
    var env = XPathEnvironment<DocumentNavigator>()
    env.namespaces = namespaces
    let v = try XPathExpression(select).evaluate(on: nav, context: .root, environment: env)
    return v.nodes ?? []
  }
}
