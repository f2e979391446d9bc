import CLignumLibXML2
import LignumXPath

// Functions and variables a program registers on an XPath context (xpath.h, xpathInternals.h),
// called with libxml2's convention: the arguments are pushed as xmlXPathObjects on the parser
// context's value stack, the function pops them and pushes its result. The Swift engine sees
// each as an extension function whose body does that marshalling.

@_cdecl("xmlXPathRegisterFuncNS")
public func exported_xmlXPathRegisterFuncNS(_ ctxt: xmlXPathContextPtr?, _ name: UnsafePointer<xmlChar>?, _ ns_uri: UnsafePointer<xmlChar>?,
                                            _ f: xmlXPathFunction?) -> Int32 {
  guard let ctxt = unsafe ctxt, let local = unsafe string(name) else { return -1 }
  let key = UInt(bitPattern: ctxt)
  let qname = unsafe XPathName(local, namespaceURI: string(ns_uri) ?? "")
  let address = unsafe f.map { unsafe UInt(bitPattern: unsafeBitCast($0, to: UnsafeRawPointer.self)) }
  xpathContexts.withLock { table in
    if let address { table[key, default: XPathContextState()].functions[qname] = address }
    else { table[key]?.functions.removeValue(forKey: qname) }
  }
  return 0
}

@_cdecl("xmlXPathRegisterFunc")
public func exported_xmlXPathRegisterFunc(_ ctxt: xmlXPathContextPtr?, _ name: UnsafePointer<xmlChar>?, _ f: xmlXPathFunction?) -> Int32 {
  unsafe exported_xmlXPathRegisterFuncNS(ctxt, name, nil, f)
}

@_cdecl("xmlXPathRegisteredFuncsCleanup")
public func exported_xmlXPathRegisteredFuncsCleanup(_ ctxt: xmlXPathContextPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  let key = UInt(bitPattern: ctxt)
  xpathContexts.withLock { $0[key]?.functions = [:] }
}

/// Asks `f(funcCtxt, name, uri)` for functions that are not registered.
@_cdecl("xmlXPathRegisterFuncLookup")
public func exported_xmlXPathRegisterFuncLookup(_ ctxt: xmlXPathContextPtr?, _ f: xmlXPathFuncLookupFunc?, _ funcCtxt: UnsafeMutableRawPointer?) {
  guard let ctxt = unsafe ctxt else { return }
  let key = UInt(bitPattern: ctxt)
  let entry = unsafe f.map { unsafe (UInt(bitPattern: unsafeBitCast($0, to: UnsafeRawPointer.self)), UInt(bitPattern: funcCtxt)) }
  unsafe ctxt.pointee.funcLookupFunc = f
  unsafe ctxt.pointee.funcLookupData = funcCtxt
  xpathContexts.withLock { $0[key, default: XPathContextState()].functionLookup = entry }
}

/// Asks `f(data, name, uri)` for variables that are not registered (it returns a new object).
@_cdecl("xmlXPathRegisterVariableLookup")
public func exported_xmlXPathRegisterVariableLookup(_ ctxt: xmlXPathContextPtr?, _ f: xmlXPathVariableLookupFunc?, _ data: UnsafeMutableRawPointer?) {
  guard let ctxt = unsafe ctxt else { return }
  unsafe ctxt.pointee.varLookupFunc = f
  unsafe ctxt.pointee.varLookupData = data
}

/// The function registered (or found by the lookup) for a name, or NULL.
@_cdecl("xmlXPathFunctionLookupWithURI")
public func exported_xmlXPathFunctionLookupWithURI(_ ctxt: xmlXPathContextPtr?, _ name: UnsafePointer<xmlChar>?,
                                                   _ ns_uri: UnsafePointer<xmlChar>?) -> xmlXPathFunction? {
  guard let ctxt = unsafe ctxt, let local = unsafe string(name) else { return nil }
  if let lookup = unsafe ctxt.pointee.funcLookupFunc, let f = unsafe lookup(ctxt.pointee.funcLookupData, name, ns_uri) { return unsafe f }
  let key = UInt(bitPattern: ctxt)
  let qname = unsafe XPathName(local, namespaceURI: string(ns_uri) ?? "")
  guard let address = xpathContexts.withLock({ $0[key]?.functions[qname] }) else { return nil }
  // SAFETY: the address is a function pointer a program registered with this signature.
  return unsafe unsafeBitCast(UnsafeRawPointer(bitPattern: address)!, to: xmlXPathFunction.self)
}

@_cdecl("xmlXPathFunctionLookup")
public func exported_xmlXPathFunctionLookup(_ ctxt: xmlXPathContextPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlXPathFunction? {
  unsafe exported_xmlXPathFunctionLookupWithURI(ctxt, name, nil)
}

/// The extension functions and variables an expression needs from the C context: registered
/// ones, then what the context's lookups give.
func bindExtensions(_ expression: XPathExpression, _ ctxt: xmlXPathContextPtr, _ environment: inout XPathEnvironment<CNavigator>,
                    _ navigator: CNavigator) {
  for f in expression.functionNames {
    guard let local = f.local else { continue }
    let uri = f.prefix.flatMap { environment.namespaces[$0] } ?? ""
    let name = XPathName(local, namespaceURI: uri)
    guard environment.functions[name] == nil else { continue }
    let function: xmlXPathFunction? = unsafe uri.isEmpty
      ? exported_xmlXPathFunctionLookupWithURI(ctxt, local, nil)
      : exported_xmlXPathFunctionLookupWithURI(ctxt, local, uri)
    guard let function = unsafe function else { continue }
    environment.functions[name] = XPathFunction { context, arguments throws(XPathError) in
      unsafe try call(function, name: name, arguments, context, ctxt, navigator)
    }
  }
  guard let lookup = unsafe ctxt.pointee.varLookupFunc else { return }
  for v in expression.variableNames {
    guard let local = v.local else { continue }
    let uri = v.prefix.flatMap { environment.namespaces[$0] } ?? ""
    let name = XPathName(local, namespaceURI: uri)
    guard environment.variables[name] == nil else { continue }
    let object = unsafe uri.isEmpty ? lookup(ctxt.pointee.varLookupData, local, nil) : lookup(ctxt.pointee.varLookupData, local, uri)
    guard let object = unsafe object else { continue }
    if let value = unsafe swiftValue(object) { environment.variables[name] = value }
    unsafe exported_xmlXPathFreeObject(object)
  }
}

/// Calls a C extension function: a parser context with the arguments on its stack, the
/// context node and position set on the XPath context, the result popped and converted.
func call(_ function: xmlXPathFunction, name: XPathName, _ arguments: [XPathValue<CNode>], _ context: XPathFunctionContext<CNavigator>,
          _ ctxt: xmlXPathContextPtr, _ navigator: CNavigator) throws(XPathError) -> XPathValue<CNode> {
  guard let parser = unsafe CMemory.allocateZeroed(xmlXPathParserContext.self) else {
    throw XPathError(.extensionFunctionFailed, .dynamic, detail: "out of memory calling \(name)()")
  }
  defer {
    while unsafe parser.pointee.valueNr > 0 { unsafe exported_xmlXPathFreeObject(exported_valuePop(parser)) }
    unsafe CMemory.free(parser.pointee.valueTab)
    unsafe CMemory.free(parser)
  }
  unsafe parser.pointee.context = ctxt
  let savedNode = unsafe ctxt.pointee.node
  let (savedSize, savedPosition) = unsafe (ctxt.pointee.contextSize, ctxt.pointee.proximityPosition)
  unsafe ctxt.pointee.node = context.node.owner != 0 ? nil : navigator.ptr(context.node)
  unsafe ctxt.pointee.contextSize = Int32(clamping: context.size)
  unsafe ctxt.pointee.proximityPosition = Int32(clamping: context.position)
  defer {
    unsafe ctxt.pointee.node = savedNode
    unsafe (ctxt.pointee.contextSize, ctxt.pointee.proximityPosition) = (savedSize, savedPosition)
  }
  for a in arguments { _ = unsafe exported_valuePush(parser, cObject(a, navigator)) }
  let functionName = unsafe CMemory.string(name.local)
  let functionURI = name.namespaceURI.isEmpty ? nil : unsafe CMemory.string(name.namespaceURI)
  unsafe ctxt.pointee.function = UnsafePointer(functionName)
  unsafe ctxt.pointee.functionURI = UnsafePointer(functionURI)
  unsafe function(parser, Int32(arguments.count))
  unsafe ctxt.pointee.function = nil
  unsafe ctxt.pointee.functionURI = nil
  unsafe CMemory.free(functionName)
  unsafe CMemory.free(functionURI)
  if unsafe parser.pointee.error != 0 {
    throw XPathError(XPathError.Code(rawValue: unsafe parser.pointee.error), .dynamic, detail: "in \(name)()")
  }
  guard let result = unsafe exported_valuePop(parser) else {
    throw XPathError(.extensionFunctionFailed, .dynamic, detail: "\(name)() returned no value")
  }
  defer { unsafe exported_xmlXPathFreeObject(result) }
  guard let value = unsafe swiftValue(result) else {
    throw XPathError(.invalidType, .dynamic, detail: "\(name)() returned a value XPath 1.0 has no type for")
  }
  return value
}

// MARK: the value stack

/// Pushes an object; its index on the stack, or -1.
@_cdecl("valuePush")
public func exported_valuePush(_ ctxt: xmlXPathParserContextPtr?, _ value: xmlXPathObjectPtr?) -> Int32 {
  guard let ctxt = unsafe ctxt, let value = unsafe value else { return -1 }
  if unsafe ctxt.pointee.valueNr >= ctxt.pointee.valueMax {
    let capacity = unsafe max(10, Int(ctxt.pointee.valueMax) * 2)
    // SAFETY: valueTab is nil or this stack's own block; it is resized to `capacity` pointers.
    guard let raw = unsafe lignumRealloc(ctxt.pointee.valueTab, capacity * MemoryLayout<xmlXPathObjectPtr?>.stride) else {
      unsafe ctxt.pointee.error = 15   // XPATH_MEMORY_ERROR
      return -1
    }
    unsafe ctxt.pointee.valueTab = raw.bindMemory(to: xmlXPathObjectPtr?.self, capacity: capacity)
    unsafe ctxt.pointee.valueMax = Int32(capacity)
  }
  let n = unsafe Int(ctxt.pointee.valueNr)
  unsafe ctxt.pointee.valueTab[n] = value
  unsafe ctxt.pointee.value = value
  unsafe ctxt.pointee.valueNr += 1
  return Int32(n)
}

/// Pops the top object (the caller owns it), or NULL with a stack error.
@_cdecl("valuePop")
public func exported_valuePop(_ ctxt: xmlXPathParserContextPtr?) -> xmlXPathObjectPtr? {
  guard let ctxt = unsafe ctxt, let tab = unsafe ctxt.pointee.valueTab,
        unsafe ctxt.pointee.valueNr > ctxt.pointee.valueFrame else {
    if let ctxt = unsafe ctxt { unsafe ctxt.pointee.error = 23 }   // XPATH_STACK_ERROR
    return nil
  }
  unsafe ctxt.pointee.valueNr -= 1
  let n = unsafe Int(ctxt.pointee.valueNr)
  let value = unsafe tab[n]
  unsafe tab[n] = nil
  unsafe ctxt.pointee.value = n > 0 ? tab[n - 1] : nil
  return unsafe value
}

/// Records an XPath error on the parser context.
@_cdecl("xmlXPathErr")
public func exported_xmlXPathErr(_ ctxt: xmlXPathParserContextPtr?, _ error: Int32) {
  guard let ctxt = unsafe ctxt else { return }
  unsafe ctxt.pointee.error = error
}

@_cdecl("xmlXPathPopBoolean")
public func exported_xmlXPathPopBoolean(_ ctxt: xmlXPathParserContextPtr?) -> Int32 {
  guard let obj = unsafe exported_valuePop(ctxt) else { unsafe exported_xmlXPathErr(ctxt, 10); return 0 }
  defer { unsafe exported_xmlXPathFreeObject(obj) }
  return unsafe exported_xmlXPathCastToBoolean(obj)
}

@_cdecl("xmlXPathPopNumber")
public func exported_xmlXPathPopNumber(_ ctxt: xmlXPathParserContextPtr?) -> Double {
  guard let obj = unsafe exported_valuePop(ctxt) else { unsafe exported_xmlXPathErr(ctxt, 10); return 0 }
  defer { unsafe exported_xmlXPathFreeObject(obj) }
  return unsafe exported_xmlXPathCastToNumber(obj)
}

@_cdecl("xmlXPathPopString")
public func exported_xmlXPathPopString(_ ctxt: xmlXPathParserContextPtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let obj = unsafe exported_valuePop(ctxt) else { unsafe exported_xmlXPathErr(ctxt, 10); return nil }
  defer { unsafe exported_xmlXPathFreeObject(obj) }
  return unsafe exported_xmlXPathCastToString(obj)
}

/// Pops a node-set (the caller owns it); NULL with a type error for other values.
@_cdecl("xmlXPathPopNodeSet")
public func exported_xmlXPathPopNodeSet(_ ctxt: xmlXPathParserContextPtr?) -> xmlNodeSetPtr? {
  guard let obj = unsafe exported_valuePop(ctxt) else { unsafe exported_xmlXPathErr(ctxt, 10); return nil }
  defer { unsafe exported_xmlXPathFreeObject(obj) }
  guard unsafe obj.pointee.type == XPATH_NODESET || obj.pointee.type == XPATH_XSLT_TREE else {
    unsafe exported_xmlXPathErr(ctxt, 11)   // XPATH_INVALID_TYPE
    return nil
  }
  let set = unsafe obj.pointee.nodesetval
  unsafe obj.pointee.nodesetval = nil
  return unsafe set
}

@_cdecl("xmlXPathPopExternal")
public func exported_xmlXPathPopExternal(_ ctxt: xmlXPathParserContextPtr?) -> UnsafeMutableRawPointer? {
  guard let obj = unsafe exported_valuePop(ctxt) else { unsafe exported_xmlXPathErr(ctxt, 10); return nil }
  defer { unsafe exported_xmlXPathFreeObject(obj) }
  return unsafe obj.pointee.user
}

@_cdecl("xmlXPathWrapString")
public func exported_xmlXPathWrapString(_ val: UnsafeMutablePointer<xmlChar>?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_STRING) else { return nil }
  unsafe o.pointee.stringval = val
  return unsafe o
}

@_cdecl("xmlXPathWrapNodeSet")
public func exported_xmlXPathWrapNodeSet(_ val: xmlNodeSetPtr?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_NODESET) else { return nil }
  unsafe o.pointee.nodesetval = val
  return unsafe o
}

@_cdecl("xmlXPathWrapExternal")
public func exported_xmlXPathWrapExternal(_ val: UnsafeMutableRawPointer?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_USERS) else { return nil }
  unsafe o.pointee.user = val
  return unsafe o
}
