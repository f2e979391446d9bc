import CLignumLibXML2
import LignumXPath

// XPath result objects and node-sets (xpath.h) in libxml2's structs. A namespace node in a
// node-set is, as in libxml2, a copy of its xmlNs whose `next` points at its element; the set
// owns those copies and frees them with itself.

/// A new object of `type`, zero-filled, from `xmlMalloc`.
func newObject(_ type: xmlXPathObjectType) -> xmlXPathObjectPtr? {
  guard let o = unsafe CMemory.allocateZeroed(xmlXPathObject.self) else { return nil }
  unsafe o.pointee.type = type
  return unsafe o
}

/// A node-set struct holding `nodes` (tab from xmlMalloc; none for an empty set).
func newNodeSet(_ nodes: [xmlNodePtr]) -> xmlNodeSetPtr? {
  guard let set = unsafe CMemory.allocateZeroed(xmlNodeSet.self) else { return nil }
  guard unsafe !nodes.isEmpty else { return unsafe set }
  let size = unsafe nodes.count * MemoryLayout<xmlNodePtr?>.stride
  // SAFETY: the block holds nodes.count pointers; each slot is written before the set is used.
  guard let raw = unsafe lignumMalloc(size) else { return unsafe set }
  let tab = unsafe raw.bindMemory(to: xmlNodePtr?.self, capacity: nodes.count)
  for unsafe (i, n) in unsafe nodes.enumerated() { unsafe tab[i] = n }
  unsafe set.pointee.nodeTab = tab
  unsafe set.pointee.nodeNr = Int32(nodes.count)
  unsafe set.pointee.nodeMax = Int32(nodes.count)
  return unsafe set
}

/// The C node for an XPath node: the struct itself, or a namespace node's xmlNs copy.
func cNode(_ n: CNode, _ navigator: CNavigator) -> xmlNodePtr? {
  guard n.owner != 0 else { return unsafe navigator.ptr(n) }
  let original = unsafe navigator.ns(n)
  guard let copy = unsafe CMemory.allocateZeroed(xmlNs.self) else { return nil }
  unsafe copy.pointee.type = XML_NAMESPACE_DECL
  unsafe copy.pointee.href = UnsafePointer(original.pointee.href.flatMap { unsafe exported_xmlStrdup($0) })
  unsafe copy.pointee.prefix = UnsafePointer(original.pointee.prefix.flatMap { unsafe exported_xmlStrdup($0) })
  // SAFETY: libxml2's convention: the copy's `next` holds its element (an xmlNode, not an xmlNs).
  unsafe copy.pointee.next = UnsafeMutableRawPointer(bitPattern: n.owner)?.assumingMemoryBound(to: xmlNs.self)
  return unsafe UnsafeMutableRawPointer(copy).assumingMemoryBound(to: xmlNode.self)
}

/// The C object for an XPath value.
func cObject(_ value: XPathValue<CNode>, _ navigator: CNavigator) -> xmlXPathObjectPtr? {
  switch value {
  case .nodeSet(let nodes):
    guard let o = unsafe newObject(XPATH_NODESET) else { return nil }
    unsafe o.pointee.nodesetval = newNodeSet(nodes.compactMap { unsafe cNode($0, navigator) })
    return unsafe o
  case .boolean(let b):
    return unsafe exported_xmlXPathNewBoolean(b ? 1 : 0)
  case .number(let d):
    return unsafe exported_xmlXPathNewFloat(d)
  case .string(let s):
    guard let o = unsafe newObject(XPATH_STRING) else { return nil }
    unsafe o.pointee.stringval = CMemory.string(s)
    return unsafe o
  }
}

/// The XPath node for a node-set entry.
func xpathNode(_ p: xmlNodePtr) -> CNode {
  if unsafe p.pointee.type == XML_NAMESPACE_DECL {
    // SAFETY: a node-set's XML_NAMESPACE_DECL entries are xmlNs copies whose next is the element.
    let ns = unsafe UnsafeMutableRawPointer(p).assumingMemoryBound(to: xmlNs.self)
    return unsafe CNode(UInt(bitPattern: p), owner: UInt(bitPattern: ns.pointee.next))
  }
  return unsafe CNavigator.node(p)
}

/// The XPath value of a C object (a variable's); nil for types XPath 1.0 has no value for.
func swiftValue(_ o: xmlXPathObjectPtr) -> XPathValue<CNode>? {
  switch unsafe o.pointee.type {
  case XPATH_NODESET, XPATH_XSLT_TREE:
    var nodes: [CNode] = []
    if let set = unsafe o.pointee.nodesetval, let tab = unsafe set.pointee.nodeTab {
      for i in 0..<Int(unsafe set.pointee.nodeNr) { if let n = unsafe tab[i] { unsafe nodes.append(xpathNode(n)) } }
    }
    return .nodeSet(nodes)
  case XPATH_BOOLEAN: return .boolean(unsafe o.pointee.boolval != 0)
  case XPATH_NUMBER: return .number(unsafe o.pointee.floatval)
  case XPATH_STRING: return .string(unsafe string(o.pointee.stringval) ?? "")
  default: return nil
  }
}

/// Frees a node-set's namespace copies, its table and the struct.
@_cdecl("xmlXPathFreeNodeSet")
public func exported_xmlXPathFreeNodeSet(_ set: xmlNodeSetPtr?) {
  guard let set = unsafe set else { return }
  if let tab = unsafe set.pointee.nodeTab {
    for i in 0..<Int(unsafe set.pointee.nodeNr) {
      guard let n = unsafe tab[i], unsafe n.pointee.type == XML_NAMESPACE_DECL else { continue }
      // SAFETY: an XML_NAMESPACE_DECL entry is an xmlNs copy owned by the set.
      let ns = unsafe UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlNs.self)
      if let owner = unsafe ns.pointee.next, unsafe owner.pointee.type != XML_NAMESPACE_DECL {
        unsafe ns.pointee.next = nil
        unsafe exported_xmlFreeNs(ns)
      }
    }
    unsafe CMemory.free(tab)
  }
  unsafe CMemory.free(set)
}

@_cdecl("xmlXPathFreeObject")
public func exported_xmlXPathFreeObject(_ obj: xmlXPathObjectPtr?) {
  guard let obj = unsafe obj else { return }
  unsafe exported_xmlXPathFreeNodeSet(obj.pointee.nodesetval)
  unsafe CMemory.free(obj.pointee.stringval)
  unsafe CMemory.free(obj)
}

/// Frees the object, not its node-set's nodes' table (libxml2's list variant).
@_cdecl("xmlXPathFreeNodeSetList")
public func exported_xmlXPathFreeNodeSetList(_ obj: xmlXPathObjectPtr?) {
  unsafe exported_xmlXPathFreeObject(obj)
}

@_cdecl("xmlXPathNewFloat")
public func exported_xmlXPathNewFloat(_ val: Double) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_NUMBER) else { return nil }
  unsafe o.pointee.floatval = val
  return unsafe o
}

@_cdecl("xmlXPathNewBoolean")
public func exported_xmlXPathNewBoolean(_ val: Int32) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_BOOLEAN) else { return nil }
  unsafe o.pointee.boolval = val != 0 ? 1 : 0
  return unsafe o
}

@_cdecl("xmlXPathNewString")
public func exported_xmlXPathNewString(_ val: UnsafePointer<xmlChar>?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_STRING) else { return nil }
  unsafe o.pointee.stringval = val.map { unsafe exported_xmlStrdup($0) } ?? CMemory.string([])
  return unsafe o
}

@_cdecl("xmlXPathNewCString")
public func exported_xmlXPathNewCString(_ val: UnsafePointer<CChar>?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_STRING) else { return nil }
  unsafe o.pointee.stringval = CMemory.string(optionalString(val) ?? "")
  return unsafe o
}

/// A node-set object holding `val` (empty for NULL).
@_cdecl("xmlXPathNewNodeSet")
public func exported_xmlXPathNewNodeSet(_ val: xmlNodePtr?) -> xmlXPathObjectPtr? {
  guard let o = unsafe newObject(XPATH_NODESET) else { return nil }
  unsafe o.pointee.nodesetval = newNodeSet(val.map { unsafe [$0] } ?? [])
  return unsafe o
}

@_cdecl("xmlXPathNodeSetCreate")
public func exported_xmlXPathNodeSetCreate(_ val: xmlNodePtr?) -> xmlNodeSetPtr? {
  unsafe newNodeSet(val.map { unsafe [$0] } ?? [])
}

/// The value as XPath's `boolean()` would give it.
@_cdecl("xmlXPathCastToBoolean")
public func exported_xmlXPathCastToBoolean(_ val: xmlXPathObjectPtr?) -> Int32 {
  guard let val = unsafe val, let v = unsafe swiftValue(val) else { return 0 }
  switch v {
  case .nodeSet(let n): return n.isEmpty ? 0 : 1
  case .boolean(let b): return b ? 1 : 0
  case .number(let d): return XPathConversion.boolean(d) ? 1 : 0
  case .string(let s): return s.isEmpty ? 0 : 1
  }
}

/// The value as XPath's `string()` would give it, a new string.
@_cdecl("xmlXPathCastToString")
public func exported_xmlXPathCastToString(_ val: xmlXPathObjectPtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let val = unsafe val, let v = unsafe swiftValue(val) else { return unsafe CMemory.string([]) }
  return unsafe CMemory.string(text(v))
}

/// The string-value of an XPath value.
func text(_ v: XPathValue<CNode>) -> String {
  switch v {
  case .nodeSet(let nodes):
    guard let first = nodes.first else { return "" }
    return unsafe CNavigator(doc: nil).stringValue(of: first)
  case .boolean(let b): return b ? "true" : "false"
  case .number(let d): return XPathConversion.string(d)
  case .string(let s): return s
  }
}

/// The value as XPath's `number()` would give it.
@_cdecl("xmlXPathCastToNumber")
public func exported_xmlXPathCastToNumber(_ val: xmlXPathObjectPtr?) -> Double {
  guard let val = unsafe val, let v = unsafe swiftValue(val) else { return .nan }
  switch v {
  case .number(let d): return d
  case .boolean(let b): return b ? 1 : 0
  default: return XPathConversion.number(text(v))
  }
}

@_cdecl("xmlXPathCastNodeToString")
public func exported_xmlXPathCastNodeToString(_ node: xmlNodePtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let node = unsafe node else { return unsafe CMemory.string([]) }
  return unsafe CMemory.string(CNavigator(doc: node.pointee.doc).stringValue(of: xpathNode(node)))
}

@_cdecl("xmlXPathCastNumberToString")
public func exported_xmlXPathCastNumberToString(_ val: Double) -> UnsafeMutablePointer<xmlChar>? {
  unsafe CMemory.string(XPathConversion.string(val))
}

@_cdecl("xmlXPathCastStringToNumber")
public func exported_xmlXPathCastStringToNumber(_ val: UnsafePointer<xmlChar>?) -> Double {
  XPathConversion.number(unsafe string(val) ?? "")
}

@_cdecl("xmlXPathCastBooleanToString")
public func exported_xmlXPathCastBooleanToString(_ val: Int32) -> UnsafeMutablePointer<xmlChar>? {
  unsafe CMemory.string(val != 0 ? "true" : "false")
}

@_cdecl("xmlXPathIsNaN")
public func exported_xmlXPathIsNaN(_ val: Double) -> Int32 { val.isNaN ? 1 : 0 }

/// 1 for +Infinity, -1 for -Infinity, else 0.
@_cdecl("xmlXPathIsInf")
public func exported_xmlXPathIsInf(_ val: Double) -> Int32 { val.isInfinite ? (val > 0 ? 1 : -1) : 0 }

/// A copy of an object (a node-set's namespace nodes copied again).
@_cdecl("xmlXPathObjectCopy")
public func exported_xmlXPathObjectCopy(_ val: xmlXPathObjectPtr?) -> xmlXPathObjectPtr? {
  guard let val = unsafe val, let v = unsafe swiftValue(val) else { return nil }
  return unsafe cObject(v, CNavigator(doc: nil))
}
