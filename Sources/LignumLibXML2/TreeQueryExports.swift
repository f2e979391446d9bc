import CLignumLibXML2

// Inherited properties of nodes (tree.h): xml:space, xml:lang, xml:base, the namespaces in
// scope, the line; and text merging.

/// The value of `xml:NAME` on the nearest element at or above `cur` that has one (new string).
func inheritedXMLAttribute(_ cur: xmlNodePtr, _ name: String) -> UnsafeMutablePointer<xmlChar>? {
  var n: xmlNodePtr? = unsafe cur
  while let x = unsafe n {
    if unsafe x.pointee.type == XML_ELEMENT_NODE,
       let v = unsafe exported_xmlGetNsProp(x, name, "http://www.w3.org/XML/1998/namespace") {
      return unsafe v
    }
    unsafe n = x.pointee.parent
  }
  return nil
}

/// 1 for `xml:space="preserve"`, 0 for `default`, -1 when no ancestor says.
@_cdecl("xmlNodeGetSpacePreserve")
public func exported_xmlNodeGetSpacePreserve(_ cur: xmlNodePtr?) -> Int32 {
  guard let cur = unsafe cur, unsafe cur.pointee.type == XML_ELEMENT_NODE || cur.pointee.parent != nil else { return -1 }
  var n: xmlNodePtr? = unsafe cur
  while let x = unsafe n {
    if unsafe x.pointee.type == XML_ELEMENT_NODE, let v = unsafe exported_xmlGetNsProp(x, "space", "http://www.w3.org/XML/1998/namespace") {
      defer { unsafe CMemory.free(v) }
      if unsafe exported_xmlStrEqual(v, "preserve") == 1 { return 1 }
      if unsafe exported_xmlStrEqual(v, "default") == 1 { return 0 }
    }
    unsafe n = x.pointee.parent
  }
  return -1
}

/// The `xml:lang` in effect (new string), or NULL.
@_cdecl("xmlNodeGetLang")
public func exported_xmlNodeGetLang(_ cur: xmlNodePtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let cur = unsafe cur else { return nil }
  return unsafe inheritedXMLAttribute(cur, "lang")
}

/// The namespaces in scope on `node`, nearest declaration of each prefix first, as a
/// NULL-terminated array the caller frees (the xmlNs structs stay the tree's); NULL for none.
@_cdecl("xmlGetNsList")
public func exported_xmlGetNsList(_ doc: UnsafePointer<xmlDoc>?, _ node: UnsafePointer<xmlNode>?) -> UnsafeMutablePointer<xmlNsPtr?>? {
  guard let node = unsafe node else { return nil }
  var found: [xmlNsPtr] = unsafe []
  var n: UnsafePointer<xmlNode>? = unsafe node
  while let x = unsafe n {
    if unsafe x.pointee.type == XML_ELEMENT_NODE {
      var d = unsafe x.pointee.nsDef
      while let ns = unsafe d {
        if unsafe !found.contains(where: { unsafe exported_xmlStrEqual($0.pointee.prefix, ns.pointee.prefix) == 1 }) {
          unsafe found.append(ns)
        }
        unsafe d = ns.pointee.next
      }
    }
    unsafe n = x.pointee.parent.map { unsafe UnsafePointer($0) }
  }
  guard unsafe !found.isEmpty else { return nil }
  let count = unsafe found.count + 1
  // SAFETY: a block of `count` pointers; all are written before it is handed out.
  guard let raw = unsafe lignumMalloc(count * MemoryLayout<xmlNsPtr?>.stride) else { return nil }
  let list = unsafe raw.bindMemory(to: xmlNsPtr?.self, capacity: count)
  for unsafe (i, ns) in unsafe found.enumerated() { unsafe list[i] = ns }
  unsafe list[count - 1] = nil
  return unsafe list
}

/// The node's line in its document (0 when unknown).
@_cdecl("xmlGetLineNo")
public func exported_xmlGetLineNo(_ node: UnsafePointer<xmlNode>?) -> Int {
  guard let node = unsafe node else { return -1 }
  return unsafe Int(node.pointee.line)
}

/// Appends `len` bytes to a text, CDATA, comment or PI node; 0 or -1.
@_cdecl("xmlTextConcat")
public func exported_xmlTextConcat(_ node: xmlNodePtr?, _ content: UnsafePointer<xmlChar>?, _ len: Int32) -> Int32 {
  guard let node = unsafe node else { return -1 }
  let t = unsafe node.pointee.type
  guard t == XML_TEXT_NODE || t == XML_CDATA_SECTION_NODE || t == XML_COMMENT_NODE || t == XML_PI_NODE else { return -1 }
  unsafe node.pointee.content = exported_xmlStrncat(node.pointee.content, content, len)
  return 0
}

/// Merges `second` into `first` (both text nodes of the same name): `second` is freed.
@_cdecl("xmlTextMerge")
public func exported_xmlTextMerge(_ first: xmlNodePtr?, _ second: xmlNodePtr?) -> xmlNodePtr? {
  guard let first = unsafe first else { return unsafe second }
  guard let second = unsafe second else { return unsafe first }
  guard unsafe first.pointee.type == XML_TEXT_NODE, unsafe second.pointee.type == XML_TEXT_NODE,
        unsafe first.pointee.name == second.pointee.name else { return unsafe first }
  unsafe first.pointee.content = exported_xmlStrcat(first.pointee.content, second.pointee.content)
  unsafe exported_xmlUnlinkNode(second)
  unsafe exported_xmlFreeNode(second)
  return unsafe first
}
