import CLignumLibXML2
import LignumDOM

// Canonical XML (c14n.h) of a whole C document, by the DOM's canonicalizer: the C tree is read
// back into a Document. Canonicalizing a node-set subset is not supported yet (-1, last error).

/// The canonical bytes, or nil after reporting the error as libxml2 does ("C14N error : …").
func canonical(_ doc: xmlDocPtr, _ nodes: xmlNodeSetPtr?, _ mode: Int32, _ prefixes: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
               _ withComments: Int32) -> [UInt8]? {
  if let nodes = unsafe nodes, unsafe nodes.pointee.nodeNr > 0 || nodes.pointee.nodeTab != nil {
    unsafe lignumUnimplemented("C14N of a node-set")
    return nil
  }
  let method: CanonicalizationMethod
  switch mode {
  case 0: method = .c14n10
  case 2: method = .c14n11
  case 1:
    var inclusive: [String] = []
    if let prefixes = unsafe prefixes {
      var i = 0
      while let p = unsafe prefixes[i] { unsafe inclusive.append(CString.string(p)); i += 1 }
    }
    method = .exclusive(inclusivePrefixes: inclusive)
  default:
    return nil
  }
  let d = unsafe CTreeReader.document(of: doc)
  do { return try d.canonicalized(method, withComments: withComments != 0) } catch {
    unsafe lignumSetLastError(21, 1950, 2, nil, 0, 0, error.message + "\n")   // XML_FROM_C14N
    unsafe lignumReportError("C14N error : \(error.message)\n", 1)
    return nil
  }
}

/// Writes the canonical form into a new `xmlMalloc` string; its length, or -1.
@_cdecl("xmlC14NDocDumpMemory")
public func exported_xmlC14NDocDumpMemory(_ doc: xmlDocPtr?, _ nodes: xmlNodeSetPtr?, _ mode: Int32,
                                          _ inclusive_ns_prefixes: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                          _ with_comments: Int32, _ doc_txt_ptr: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?) -> Int32 {
  guard let doc = unsafe doc, let out = unsafe doc_txt_ptr else { return -1 }
  unsafe out.pointee = nil
  guard let bytes = unsafe canonical(doc, nodes, mode, inclusive_ns_prefixes, with_comments),
        let p = unsafe CMemory.string(bytes) else { return -1 }
  unsafe out.pointee = p
  return Int32(clamping: bytes.count)
}

/// Writes the canonical form through an output buffer (not closed); the bytes written, or -1.
@_cdecl("xmlC14NDocSaveTo")
public func exported_xmlC14NDocSaveTo(_ doc: xmlDocPtr?, _ nodes: xmlNodeSetPtr?, _ mode: Int32,
                                      _ inclusive_ns_prefixes: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                      _ with_comments: Int32, _ buf: xmlOutputBufferPtr?) -> Int32 {
  guard let doc = unsafe doc, let buf = unsafe buf,
        let bytes = unsafe canonical(doc, nodes, mode, inclusive_ns_prefixes, with_comments) else { return -1 }
  return unsafe write(bytes, to: buf)
}

/// Writes the canonical form to a file (`-`: standard output); the bytes written, or -1.
@_cdecl("xmlC14NDocSave")
public func exported_xmlC14NDocSave(_ doc: xmlDocPtr?, _ nodes: xmlNodeSetPtr?, _ mode: Int32,
                                    _ inclusive_ns_prefixes: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                    _ with_comments: Int32, _ filename: UnsafePointer<CChar>?, _ compression: Int32) -> Int32 {
  guard let doc = unsafe doc,
        let bytes = unsafe canonical(doc, nodes, mode, inclusive_ns_prefixes, with_comments),
        let out = unsafe exported_xmlOutputBufferCreateFilename(filename, nil, 0) else { return -1 }
  _ = unsafe write(bytes, to: out)
  return unsafe exported_xmlOutputBufferClose(out)
}
