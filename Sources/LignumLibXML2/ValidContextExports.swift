import CLignumLibXML2

// Validation contexts (valid.h): the struct programs allocate to pass to xmlValidate* and
// xmlAdd*Decl (whose messages go to its callbacks). Validating through them is not
// implemented yet (xmlValidateDocument fails cleanly); the context itself is real.

/// A zeroed validation context from xmlMalloc.
@_cdecl("xmlNewValidCtxt")
public func exported_xmlNewValidCtxt() -> xmlValidCtxtPtr? {
  unsafe CMemory.allocateZeroed(xmlValidCtxt.self)
}

/// Frees a context and the stacks a validation left in it.
@_cdecl("xmlFreeValidCtxt")
public func exported_xmlFreeValidCtxt(_ cur: xmlValidCtxtPtr?) {
  guard let cur = unsafe cur else { return }
  unsafe CMemory.free(UnsafeMutableRawPointer(cur.pointee.vstateTab))
  unsafe CMemory.free(cur.pointee.nodeTab)
  unsafe CMemory.free(cur)
}

/// Nothing to release: the library keeps no global state that needs it (libxml2 frees its
/// global mutex here).
@_cdecl("xmlCleanupGlobals")
public func exported_xmlCleanupGlobals() {}
