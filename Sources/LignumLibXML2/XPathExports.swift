import CLignumLibXML2
import LignumKernel
import LignumXPath
import Synchronization

// XPath over C trees (xpath.h): contexts, compiled expressions and result objects in libxml2's
// structs, evaluated by the Swift XPath engine through CNavigator. A context's registered
// namespaces and variables are kept here by context address (libxml2 keeps them in hash
// tables the struct points at); registered C functions are not supported yet.

/// What a context has registered: prefixes and variables (values owned by the context).
struct XPathContextState {
  var namespaces: [String: String] = [:]
  /// NUL-terminated copies handed out by xmlXPathNsLookup, freed with the context.
  var namespaceStrings: [String: UInt] = [:]
  var variables: [XPathName: UInt] = [:]
  /// Registered C functions (xmlXPathFunction addresses) and the lookup for the others.
  var functions: [XPathName: UInt] = [:]
  var functionLookup: (UInt, UInt)?
}

let xpathContexts = Mutex<[UInt: XPathContextState]>([:])

@_cdecl("xmlXPathInit")
public func exported_xmlXPathInit() {}

@_cdecl("xmlXPathNewContext")
public func exported_xmlXPathNewContext(_ doc: xmlDocPtr?) -> xmlXPathContextPtr? {
  guard let ctxt = unsafe CMemory.allocateZeroed(xmlXPathContext.self) else { return nil }
  unsafe ctxt.pointee.doc = doc
  unsafe ctxt.pointee.contextSize = -1
  unsafe ctxt.pointee.proximityPosition = -1
  let key = UInt(bitPattern: ctxt)
  xpathContexts.withLock { $0[key] = XPathContextState() }
  return unsafe ctxt
}

@_cdecl("xmlXPathFreeContext")
public func exported_xmlXPathFreeContext(_ ctxt: xmlXPathContextPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  let key = UInt(bitPattern: ctxt)
  if let state = xpathContexts.withLock({ $0.removeValue(forKey: key) }) { release(state) }
  unsafe CMemory.free(ctxt)
}

/// Frees what a context's registrations own.
func release(_ state: XPathContextState) {
  for p in state.namespaceStrings.values { unsafe CMemory.free(UnsafeMutableRawPointer(bitPattern: p)) }
  for p in state.variables.values { unsafe exported_xmlXPathFreeObject(UnsafeMutablePointer(bitPattern: p)) }
}

func string(_ p: UnsafePointer<xmlChar>?) -> String? { unsafe p.map { unsafe CString.string($0) } }

/// Binds `prefix` to `ns_uri` for the context's expressions (`NULL` URI: unbinds); 0 or -1.
@_cdecl("xmlXPathRegisterNs")
public func exported_xmlXPathRegisterNs(_ ctxt: xmlXPathContextPtr?, _ prefix: UnsafePointer<xmlChar>?,
                                        _ ns_uri: UnsafePointer<xmlChar>?) -> Int32 {
  guard let ctxt = unsafe ctxt, let prefix = unsafe string(prefix), !prefix.isEmpty else { return -1 }
  let key = UInt(bitPattern: ctxt)
  let uri = unsafe string(ns_uri)
  let old: UInt? = xpathContexts.withLock { table in
    let old = table[key]?.namespaceStrings.removeValue(forKey: prefix)
    table[key, default: XPathContextState()].namespaces[prefix] = uri
    return old
  }
  if let old { unsafe CMemory.free(UnsafeMutableRawPointer(bitPattern: old)) }
  return 0
}

/// The URI bound to `prefix` (registered, or `xml`), or `NULL`.
@_cdecl("xmlXPathNsLookup")
public func exported_xmlXPathNsLookup(_ ctxt: xmlXPathContextPtr?, _ prefix: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
  guard let ctxt = unsafe ctxt, let prefix = unsafe string(prefix) else { return nil }
  if prefix == "xml" { return unsafe xmlNamespace(of: ctxt.pointee.doc)?.pointee.href }
  let key = UInt(bitPattern: ctxt)
  return unsafe xpathContexts.withLock { table -> UnsafePointer<xmlChar>? in
    guard let uri = table[key]?.namespaces[prefix] else { return nil }
    if let p = table[key]?.namespaceStrings[prefix] { return unsafe UnsafePointer(bitPattern: p) }
    guard let copy = unsafe CMemory.string(uri) else { return nil }
    table[key]?.namespaceStrings[prefix] = UInt(bitPattern: copy)
    return unsafe UnsafePointer(copy)
  }
}

@_cdecl("xmlXPathRegisteredNsCleanup")
public func exported_xmlXPathRegisteredNsCleanup(_ ctxt: xmlXPathContextPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  let key = UInt(bitPattern: ctxt)
  let strings = xpathContexts.withLock { table -> [UInt] in
    let s = Array(table[key]?.namespaceStrings.values ?? [:].values)
    table[key]?.namespaces = [:]
    table[key]?.namespaceStrings = [:]
    return s
  }
  for p in strings { unsafe CMemory.free(UnsafeMutableRawPointer(bitPattern: p)) }
}

/// Binds a variable (the context takes the value; `NULL` unbinds); 0 or -1.
@_cdecl("xmlXPathRegisterVariableNS")
public func exported_xmlXPathRegisterVariableNS(_ ctxt: xmlXPathContextPtr?, _ name: UnsafePointer<xmlChar>?,
                                                _ ns_uri: UnsafePointer<xmlChar>?, _ value: xmlXPathObjectPtr?) -> Int32 {
  guard let ctxt = unsafe ctxt, let local = unsafe string(name) else { return -1 }
  let key = UInt(bitPattern: ctxt)
  let qname = unsafe XPathName(local, namespaceURI: string(ns_uri) ?? "")
  let newValue = unsafe value.map { UInt(bitPattern: $0) }
  let old = xpathContexts.withLock { table -> UInt? in
    let old = table[key]?.variables.removeValue(forKey: qname)
    if let newValue { table[key, default: XPathContextState()].variables[qname] = newValue }
    return old
  }
  if let old { unsafe exported_xmlXPathFreeObject(UnsafeMutablePointer(bitPattern: old)) }
  return 0
}

@_cdecl("xmlXPathRegisterVariable")
public func exported_xmlXPathRegisterVariable(_ ctxt: xmlXPathContextPtr?, _ name: UnsafePointer<xmlChar>?,
                                              _ value: xmlXPathObjectPtr?) -> Int32 {
  unsafe exported_xmlXPathRegisterVariableNS(ctxt, name, nil, value)
}

@_cdecl("xmlXPathRegisteredVariablesCleanup")
public func exported_xmlXPathRegisteredVariablesCleanup(_ ctxt: xmlXPathContextPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  let key = UInt(bitPattern: ctxt)
  let values = xpathContexts.withLock { table -> [UInt] in
    let v = Array(table[key]?.variables.values ?? [:].values)
    table[key]?.variables = [:]
    return v
  }
  for p in values { unsafe exported_xmlXPathFreeObject(UnsafeMutablePointer(bitPattern: p)) }
}

// MARK: compiling and evaluating

/// What an `xmlXPathCompExprPtr` points at.
final class CompiledExpression {
  let expression: XPathExpression
  init(_ expression: XPathExpression) { self.expression = expression }
}

/// Parses an expression; on a syntax error reports it as libxml2 does and gives `nil`.
func compile(_ str: UnsafePointer<xmlChar>?) -> XPathExpression? {
  guard let source = unsafe string(str) else { return nil }
  do { return try XPathExpression(source) } catch {
    report(error, source: source)
    return nil
  }
}

/// `XPath error : MESSAGE`, with the expression and a caret for a syntax error, through the
/// program's error handlers, and as the thread's last error (domain XML_FROM_XPATH).
func report(_ error: XPathError, source: String) {
  var text = ""
  if error.code == .unknownFunction, let name = error.detail.split(separator: " ").last {
    // libxml2 names the function by its local part.
    let local = name.dropLast(2).split(separator: ":").last ?? name.dropLast(2)
    text += "xmlXPathCompOpEval: function \(local) not found\n"
  }
  text += "XPath error : \(error.message)\n"
  // libxml2 shows the expression and a caret when the error lies inside it (before its end).
  if error.isStatic, error.code != .unknownFunction, error.code != .undefinedPrefix, let position = error.position,
     position < source.utf8.count, position < 100 {
    text += source + "\n" + String(repeating: " ", count: max(0, position)) + "^\n"
  }
  unsafe lignumSetLastError(12, 1200 + error.code.rawValue, 2, nil, 0, 0, error.message + "\n")
  unsafe lignumReportError(text, 1)
}

@_cdecl("xmlXPathCompile")
public func exported_xmlXPathCompile(_ str: UnsafePointer<xmlChar>?) -> OpaquePointer? {
  guard let expression = unsafe compile(str) else { return nil }
  // SAFETY: released by xmlXPathFreeCompExpr, the only way to end a compiled expression.
  return unsafe OpaquePointer(Unmanaged.passRetained(CompiledExpression(expression)).toOpaque())
}

@_cdecl("xmlXPathCtxtCompile")
public func exported_xmlXPathCtxtCompile(_ ctxt: xmlXPathContextPtr?, _ str: UnsafePointer<xmlChar>?) -> OpaquePointer? {
  unsafe exported_xmlXPathCompile(str)
}

@_cdecl("xmlXPathFreeCompExpr")
public func exported_xmlXPathFreeCompExpr(_ comp: OpaquePointer?) {
  guard let comp = unsafe comp else { return }
  // SAFETY: balances xmlXPathCompile's passRetained; the pointer is not used afterwards.
  unsafe Unmanaged<CompiledExpression>.fromOpaque(UnsafeRawPointer(comp)).release()
}

/// Evaluates on the context's node (the document when none is set); the result object or NULL.
func evaluate(_ expression: XPathExpression, _ ctxt: xmlXPathContextPtr) -> xmlXPathObjectPtr? {
  let doc = unsafe ctxt.pointee.doc
  let navigator = unsafe CNavigator(doc: doc)
  guard let start = unsafe ctxt.pointee.node ?? doc.map({ unsafe asNode($0) }) else { return nil }
  var environment = XPathEnvironment<CNavigator>()
  let key = UInt(bitPattern: ctxt)
  let state = xpathContexts.withLock { $0[key] } ?? XPathContextState()
  environment.namespaces = state.namespaces
  // The context's own namespace list (`namespaces`, `nsNr`: libxslt sets it to an
  // instruction's in-scope namespaces) comes before registered ones, as in xmlXPathNsLookup.
  if let list = unsafe ctxt.pointee.namespaces {
    for i in (0..<Int(max(0, ctxt.pointee.nsNr))).reversed() {
      guard let ns = unsafe list[i], let prefix = unsafe string(ns.pointee.prefix), let href = unsafe string(ns.pointee.href) else { continue }
      environment.namespaces[prefix] = href
    }
  }
  // With a variable lookup installed, libxml2 asks only the lookup (registered ones are ignored).
  for (name, p) in state.variables where unsafe ctxt.pointee.varLookupFunc == nil {
    if let object = unsafe UnsafeMutablePointer<xmlXPathObject>(bitPattern: p), let value = unsafe swiftValue(object) {
      environment.variables[name] = value
    }
  }
  unsafe bindExtensions(expression, ctxt, &environment, navigator)
  do {
    let value = try expression.evaluate(on: navigator, context: unsafe CNavigator.node(start), environment: environment)
    return unsafe cObject(value, navigator)
  } catch {
    report(error, source: expression.source)
    return nil
  }
}

@_cdecl("xmlXPathCompiledEval")
public func exported_xmlXPathCompiledEval(_ comp: OpaquePointer?, _ ctx: xmlXPathContextPtr?) -> xmlXPathObjectPtr? {
  guard let comp = unsafe comp, let ctx = unsafe ctx else { return nil }
  // SAFETY: comp came from xmlXPathCompile and is not freed yet (the caller's contract).
  let compiled = unsafe Unmanaged<CompiledExpression>.fromOpaque(UnsafeRawPointer(comp)).takeUnretainedValue()
  return unsafe evaluate(compiled.expression, ctx)
}

@_cdecl("xmlXPathCompiledEvalToBoolean")
public func exported_xmlXPathCompiledEvalToBoolean(_ comp: OpaquePointer?, _ ctxt: xmlXPathContextPtr?) -> Int32 {
  guard let object = unsafe exported_xmlXPathCompiledEval(comp, ctxt) else { return -1 }
  defer { unsafe exported_xmlXPathFreeObject(object) }
  return unsafe exported_xmlXPathCastToBoolean(object)
}

@_cdecl("xmlXPathEval")
public func exported_xmlXPathEval(_ str: UnsafePointer<xmlChar>?, _ ctx: xmlXPathContextPtr?) -> xmlXPathObjectPtr? {
  guard let ctx = unsafe ctx, let expression = unsafe compile(str) else { return nil }
  return unsafe evaluate(expression, ctx)
}

@_cdecl("xmlXPathEvalExpression")
public func exported_xmlXPathEvalExpression(_ str: UnsafePointer<xmlChar>?, _ ctxt: xmlXPathContextPtr?) -> xmlXPathObjectPtr? {
  unsafe exported_xmlXPathEval(str, ctxt)
}

@_cdecl("xmlXPathOrderDocElems")
public func exported_xmlXPathOrderDocElems(_ doc: xmlDocPtr?) -> Int {
  // Document order comes from a numbering built per evaluation, so nothing is stored in the
  // tree; the count of elements is returned as libxml2 returns it.
  guard let doc = unsafe doc else { return -1 }
  let navigator = unsafe CNavigator(doc: doc)
  var count = 0
  var walk = unsafe navigator.descendants(of: CNavigator.node(asNode(doc)))
  while let n = walk.next() { if navigator.kind(of: n) == .element { count += 1 } }
  return count
}

/// Lignum keeps no cache of XPath objects; turning one on or off is accepted and changes
/// nothing. 0.
@_cdecl("xmlXPathContextSetCache")
public func exported_xmlXPathContextSetCache(_ ctxt: xmlXPathContextPtr?, _ active: Int32, _ value: Int32, _ options: Int32) -> Int32 {
  unsafe ctxt == nil ? -1 : 0
}
