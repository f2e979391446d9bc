import CLignumLibXML2

// Qualified names (tree.h) and a few parser-context helpers.

/// `prefix:ncname` in `memory` when it fits in `len` bytes, else a new string; `ncname` itself
/// when there is no prefix.
@_cdecl("xmlBuildQName")
public func exported_xmlBuildQName(_ ncname: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
                                   _ memory: UnsafeMutablePointer<xmlChar>?, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let ncname = unsafe ncname else { return nil }
  guard let prefix = unsafe prefix else { return unsafe UnsafeMutablePointer(mutating: ncname) }
  let bytes = unsafe CString.bytes(prefix) + [0x3A] + CString.bytes(ncname)
  if let memory = unsafe memory, bytes.count < Int(len) {
    for (i, b) in bytes.enumerated() { unsafe memory[i] = b }
    unsafe memory[bytes.count] = 0
    return unsafe memory
  }
  return unsafe CMemory.string(bytes)
}

/// Splits `prefix:local`: the local part (new string) and `*prefix` (new string); NULL when
/// the name has no prefix.
@_cdecl("xmlSplitQName2")
public func exported_xmlSplitQName2(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let prefix = unsafe prefix else { return nil }
  unsafe prefix.pointee = nil
  guard let name = unsafe name else { return nil }
  let bytes = unsafe CString.bytes(name)
  guard bytes.first != 0x3A, let colon = bytes.firstIndex(of: 0x3A), colon < bytes.count - 1 else { return nil }
  unsafe prefix.pointee = CMemory.string(bytes[..<colon])
  return unsafe CMemory.string(bytes[(colon + 1)...])
}

/// The local part of `prefix:local` inside `name`, with the prefix's length in `*len`; NULL
/// when the name has no prefix.
@_cdecl("xmlSplitQName3")
public func exported_xmlSplitQName3(_ name: UnsafePointer<xmlChar>?, _ len: UnsafeMutablePointer<Int32>?) -> UnsafePointer<xmlChar>? {
  guard let name = unsafe name, let len = unsafe len else { return nil }
  let bytes = unsafe CString.bytes(name)
  guard bytes.first != 0x3A, let colon = bytes.firstIndex(of: 0x3A), colon < bytes.count - 1 else { return nil }
  unsafe len.pointee = Int32(colon)
  return unsafe name + colon + 1
}

@_cdecl("xmlCopyNamespace")
public func exported_xmlCopyNamespace(_ cur: xmlNsPtr?) -> xmlNsPtr? {
  guard let cur = unsafe cur, unsafe cur.pointee.type == XML_NAMESPACE_DECL else { return nil }
  return unsafe exported_xmlNewNs(nil, cur.pointee.href, cur.pointee.prefix)
}

@_cdecl("xmlCopyNamespaceList")
public func exported_xmlCopyNamespaceList(_ cur: xmlNsPtr?) -> xmlNsPtr? {
  var first: xmlNsPtr?, last: xmlNsPtr?
  var n = unsafe cur
  while let x = unsafe n {
    if let c = unsafe exported_xmlCopyNamespace(x) {
      if let l = unsafe last { unsafe l.pointee.next = c } else { unsafe first = c }
      unsafe last = c
    }
    unsafe n = x.pointee.next
  }
  return unsafe first
}

/// The context's last error, or NULL when it had none.
@_cdecl("xmlCtxtGetLastError")
public func exported_xmlCtxtGetLastError(_ ctx: UnsafeMutableRawPointer?) -> xmlErrorPtr? {
  guard let ctxt = unsafe parserContext(ctx), unsafe ctxt.pointee.lastError.code != 0 else { return nil }
  return unsafe withUnsafeMutablePointer(to: &ctxt.pointee.lastError) { unsafe $0 }
}

/// Stops a parse from a callback: no more callbacks, the document is not well-formed.
@_cdecl("xmlStopParser")
public func exported_xmlStopParser(_ ctxt: xmlParserCtxtPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  unsafe ctxt.pointee.disableSAX = 1
  unsafe ctxt.pointee.wellFormed = 0
  unsafe ctxt.pointee.errNo = 111   // XML_ERR_USER_STOP
}

/// Evaluates an expression with `node` as the context node.
@_cdecl("xmlXPathNodeEval")
public func exported_xmlXPathNodeEval(_ node: xmlNodePtr?, _ str: UnsafePointer<xmlChar>?, _ ctx: xmlXPathContextPtr?) -> xmlXPathObjectPtr? {
  guard let node = unsafe node, let ctx = unsafe ctx else { return nil }
  unsafe ctx.pointee.node = node
  return unsafe exported_xmlXPathEval(str, ctx)
}

@_cdecl("xmlSAX2GetLineNumber")
public func exported_xmlSAX2GetLineNumber(_ ctx: UnsafeMutableRawPointer?) -> Int32 { lignumSAXLine() }

@_cdecl("xmlSAX2GetColumnNumber")
public func exported_xmlSAX2GetColumnNumber(_ ctx: UnsafeMutableRawPointer?) -> Int32 { 0 }
