import CLignumLibXML2
import LignumXPath

// Node-set operations and value conversions of xpathInternals.h, for programs that build and
// combine XPath values themselves (libxslt, extension functions).

/// The nodes of a set, in order.
func nodes(_ set: xmlNodeSetPtr?) -> [xmlNodePtr] {
  guard let set = unsafe set, let tab = unsafe set.pointee.nodeTab else { return unsafe [] }
  return unsafe (0..<Int(set.pointee.nodeNr)).compactMap { unsafe tab[$0] }
}

/// Replaces a set's nodes.
func store(_ list: [xmlNodePtr], in set: xmlNodeSetPtr) -> Int32 {
  if unsafe Int(set.pointee.nodeMax) < list.count {
    let capacity = unsafe max(10, list.count * 2)
    // SAFETY: nodeTab is nil or this set's own block, resized to `capacity` pointers.
    guard let raw = unsafe lignumRealloc(set.pointee.nodeTab, capacity * MemoryLayout<xmlNodePtr?>.stride) else { return -1 }
    unsafe set.pointee.nodeTab = raw.bindMemory(to: xmlNodePtr?.self, capacity: capacity)
    unsafe set.pointee.nodeMax = Int32(capacity)
  }
  for unsafe (i, n) in unsafe list.enumerated() { unsafe set.pointee.nodeTab[i] = n }
  unsafe set.pointee.nodeNr = Int32(list.count)
  return 0
}

@_cdecl("xmlXPathNodeSetAddUnique")
public func exported_xmlXPathNodeSetAddUnique(_ cur: xmlNodeSetPtr?, _ val: xmlNodePtr?) -> Int32 {
  guard let cur = unsafe cur, let val = unsafe val else { return -1 }
  return unsafe store(nodes(cur) + [val], in: cur)
}

@_cdecl("xmlXPathNodeSetAdd")
public func exported_xmlXPathNodeSetAdd(_ cur: xmlNodeSetPtr?, _ val: xmlNodePtr?) -> Int32 {
  guard let cur = unsafe cur, let val = unsafe val else { return -1 }
  if unsafe nodes(cur).contains(val) { return 0 }
  return unsafe exported_xmlXPathNodeSetAddUnique(cur, val)
}

@_cdecl("xmlXPathNodeSetContains")
public func exported_xmlXPathNodeSetContains(_ cur: xmlNodeSetPtr?, _ val: xmlNodePtr?) -> Int32 {
  guard let val = unsafe val else { return 0 }
  return unsafe nodes(cur).contains(val) ? 1 : 0
}

@_cdecl("xmlXPathNodeSetDel")
public func exported_xmlXPathNodeSetDel(_ cur: xmlNodeSetPtr?, _ val: xmlNodePtr?) {
  guard let cur = unsafe cur, let val = unsafe val else { return }
  _ = unsafe store(nodes(cur).filter { unsafe $0 != val }, in: cur)
}

/// `val1` with the nodes of `val2` it lacks appended (a new set when `val1` is NULL).
@_cdecl("xmlXPathNodeSetMerge")
public func exported_xmlXPathNodeSetMerge(_ val1: xmlNodeSetPtr?, _ val2: xmlNodeSetPtr?) -> xmlNodeSetPtr? {
  guard let target = unsafe val1 ?? newNodeSet([]) else { return nil }
  var list = unsafe nodes(target)
  for unsafe n in unsafe nodes(val2) where unsafe !list.contains(n) { unsafe list.append(n) }
  _ = unsafe store(list, in: target)
  return unsafe target
}

/// Sorts a set into document order.
@_cdecl("xmlXPathNodeSetSort")
public func exported_xmlXPathNodeSetSort(_ set: xmlNodeSetPtr?) {
  guard let set = unsafe set else { return }
  let list = unsafe nodes(set)
  guard let first = unsafe list.first else { return }
  let navigator = unsafe CNavigator(doc: first.pointee.doc)
  let sorted = unsafe list.sorted { a, b in unsafe navigator.precedes(xpathNode(a), xpathNode(b)) }
  _ = unsafe store(sorted, in: set)
}

/// 1 when `node1` comes before `node2` in document order, -1 when after, 0 when the same.
@_cdecl("xmlXPathCmpNodes")
public func exported_xmlXPathCmpNodes(_ node1: xmlNodePtr?, _ node2: xmlNodePtr?) -> Int32 {
  guard let a = unsafe node1, let b = unsafe node2 else { return -2 }
  if unsafe a == b { return 0 }
  let navigator = unsafe CNavigator(doc: a.pointee.doc)
  return unsafe navigator.precedes(xpathNode(a), xpathNode(b)) ? 1 : -1
}

/// A node-set object holding a copy of `val`'s nodes.
@_cdecl("xmlXPathNewNodeSetList")
public func exported_xmlXPathNewNodeSetList(_ val: xmlNodeSetPtr?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_NODESET) else { return nil }
  unsafe o.pointee.nodesetval = newNodeSet(nodes(val))
  return unsafe o
}

/// A result-tree fragment holding `val` (libxslt's XPATH_XSLT_TREE).
@_cdecl("xmlXPathNewValueTree")
public func exported_xmlXPathNewValueTree(_ val: xmlNodePtr?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_XSLT_TREE) else { return nil }
  unsafe o.pointee.nodesetval = newNodeSet(val.map { unsafe [$0] } ?? [])
  return unsafe o
}

/// Converts an object to a string object (the old one is freed, or returned if it is one).
@_cdecl("xmlXPathConvertString")
public func exported_xmlXPathConvertString(_ val: xmlXPathObjectPtr?) -> xmlXPathObjectPtr? {
  guard let val = unsafe val else { return unsafe exported_xmlXPathNewCString("") }
  if unsafe val.pointee.type == XPATH_STRING { return unsafe val }
  let s = unsafe exported_xmlXPathCastToString(val)
  unsafe exported_xmlXPathFreeObject(val)
  return unsafe exported_xmlXPathWrapString(s)
}

@_cdecl("xmlXPathConvertNumber")
public func exported_xmlXPathConvertNumber(_ val: xmlXPathObjectPtr?) -> xmlXPathObjectPtr? {
  guard let val = unsafe val else { return unsafe exported_xmlXPathNewFloat(0) }
  if unsafe val.pointee.type == XPATH_NUMBER { return unsafe val }
  let d = unsafe exported_xmlXPathCastToNumber(val)
  unsafe exported_xmlXPathFreeObject(val)
  return unsafe exported_xmlXPathNewFloat(d)
}

@_cdecl("xmlXPathConvertBoolean")
public func exported_xmlXPathConvertBoolean(_ val: xmlXPathObjectPtr?) -> xmlXPathObjectPtr? {
  guard let val = unsafe val else { return unsafe exported_xmlXPathNewBoolean(0) }
  if unsafe val.pointee.type == XPATH_BOOLEAN { return unsafe val }
  let b = unsafe exported_xmlXPathCastToBoolean(val)
  unsafe exported_xmlXPathFreeObject(val)
  return unsafe exported_xmlXPathNewBoolean(b)
}

@_cdecl("xmlXPathCastNodeSetToString")
public func exported_xmlXPathCastNodeSetToString(_ ns: xmlNodeSetPtr?) -> UnsafeMutablePointer<xmlChar>? {
  let list = unsafe nodes(ns)
  guard let first = unsafe list.min(by: { a, b in unsafe exported_xmlXPathCmpNodes(a, b) == 1 }) else { return unsafe CMemory.string([]) }
  return unsafe exported_xmlXPathCastNodeToString(first)
}

@_cdecl("xmlXPathCastNodeToNumber")
public func exported_xmlXPathCastNodeToNumber(_ node: xmlNodePtr?) -> Double {
  guard let s = unsafe exported_xmlXPathCastNodeToString(node) else { return .nan }
  defer { unsafe CMemory.free(s) }
  return unsafe XPathConversion.number(CString.string(s))
}

@_cdecl("xmlXPathCastBooleanToNumber")
public func exported_xmlXPathCastBooleanToNumber(_ val: Int32) -> Double { val != 0 ? 1 : 0 }

@_cdecl("xmlXPathStringEvalNumber")
public func exported_xmlXPathStringEvalNumber(_ str: UnsafePointer<xmlChar>?) -> Double {
  guard let str = unsafe str else { return 0 }
  return unsafe XPathConversion.number(CString.string(str))
}

@_cdecl("xmlXPathFreeParserContext")
public func exported_xmlXPathFreeParserContext(_ ctxt: xmlXPathParserContextPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  while unsafe ctxt.pointee.valueNr > 0 { unsafe exported_xmlXPathFreeObject(exported_valuePop(ctxt)) }
  unsafe CMemory.free(ctxt.pointee.valueTab)
  unsafe CMemory.free(ctxt)
}
