import CLignumLibXML2
import Synchronization

// String dictionaries (dict.h): interned, NUL-terminated strings that live as long as the
// dictionary, so programs compare names by pointer. A sub-dictionary looks strings up in its
// parent first. Reference counted; thread-safe like libxml2's (a lock per dictionary).

/// What an `xmlDictPtr` points at.
// SAFETY: the table's pointers are blocks this dictionary allocated and frees on its last
// release; the lock serialises every access.
@safe final class StringDictionary: Sendable {
  struct Storage {
    var strings: [[UInt8]: UInt] = [:]
    var owned: Set<UInt> = []
    var references = 1
  }
  let storage = Mutex(Storage())
  let parent: StringDictionary?
  init(parent: StringDictionary?) { self.parent = parent }

  /// The interned copy of `bytes`, adding it when `add`.
  func lookup(_ bytes: [UInt8], add: Bool) -> UInt? {
    if let found = parent?.lookup(bytes, add: false) { return found }
    return storage.withLock { s -> UInt? in
      if let p = s.strings[bytes] { return p }
      guard add, let copy = unsafe CMemory.string(bytes) else { return nil }
      let p = UInt(bitPattern: copy)
      s.strings[bytes] = p
      s.owned.insert(p)
      return p
    }
  }

  func owns(_ p: UInt) -> Bool { storage.withLock { $0.owned.contains(p) } || parent?.owns(p) == true }

  /// Drops a reference; on the last one frees the strings. Whether it was the last.
  func release() -> Bool {
    let strings: [UInt]? = storage.withLock { s in
      s.references -= 1
      return s.references == 0 ? Array(s.owned) : nil
    }
    guard let strings else { return false }
    for p in strings { unsafe CMemory.free(UnsafeMutableRawPointer(bitPattern: p)) }
    return true
  }
}

func dictionary(_ dict: OpaquePointer?) -> StringDictionary? {
  guard let dict = unsafe dict else { return nil }
  // SAFETY: dict came from xmlDictCreate and still has a reference (the caller's contract).
  return unsafe Unmanaged<StringDictionary>.fromOpaque(UnsafeRawPointer(dict)).takeUnretainedValue()
}

@_cdecl("xmlDictCreate")
public func exported_xmlDictCreate() -> OpaquePointer? {
  // SAFETY: the retain is balanced by the xmlDictFree that drops the last reference.
  unsafe OpaquePointer(Unmanaged.passRetained(StringDictionary(parent: nil)).toOpaque())
}

@_cdecl("xmlDictCreateSub")
public func exported_xmlDictCreateSub(_ sub: OpaquePointer?) -> OpaquePointer? {
  // SAFETY: as in xmlDictCreate.
  unsafe OpaquePointer(Unmanaged.passRetained(StringDictionary(parent: dictionary(sub))).toOpaque())
}

@_cdecl("xmlDictReference")
public func exported_xmlDictReference(_ dict: OpaquePointer?) -> Int32 {
  guard let d = unsafe dictionary(dict) else { return -1 }
  d.storage.withLock { $0.references += 1 }
  return 0
}

@_cdecl("xmlDictFree")
public func exported_xmlDictFree(_ dict: OpaquePointer?) {
  guard let dict = unsafe dict, let d = unsafe dictionary(dict) else { return }
  // SAFETY: balances the retain of xmlDictCreate once the last reference is gone.
  if d.release() { unsafe Unmanaged<StringDictionary>.fromOpaque(UnsafeRawPointer(dict)).release() }
}

/// The bytes of `name` (`len` of them, all when `len` < 0).
func dictionaryKey(_ name: UnsafePointer<xmlChar>, _ len: Int32) -> [UInt8] {
  if len < 0 { return unsafe CString.bytes(name) }
  // SAFETY: len readable bytes at name (the caller's contract).
  return unsafe Array(UnsafeBufferPointer(start: name, count: Int(len)))
}

@_cdecl("xmlDictLookup")
public func exported_xmlDictLookup(_ dict: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ len: Int32) -> UnsafePointer<xmlChar>? {
  guard let d = unsafe dictionary(dict), let name = unsafe name, let p = unsafe d.lookup(dictionaryKey(name, len), add: true) else { return nil }
  return unsafe UnsafePointer(bitPattern: p)
}

@_cdecl("xmlDictExists")
public func exported_xmlDictExists(_ dict: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ len: Int32) -> UnsafePointer<xmlChar>? {
  guard let d = unsafe dictionary(dict), let name = unsafe name, let p = unsafe d.lookup(dictionaryKey(name, len), add: false) else { return nil }
  return unsafe UnsafePointer(bitPattern: p)
}

@_cdecl("xmlDictQLookup")
public func exported_xmlDictQLookup(_ dict: OpaquePointer?, _ prefix: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
  guard let d = unsafe dictionary(dict), let name = unsafe name else { return nil }
  var key = unsafe CString.bytes(name)
  if let prefix = unsafe prefix { key = unsafe CString.bytes(prefix) + [0x3A] + key }
  return unsafe d.lookup(key, add: true).flatMap { unsafe UnsafePointer(bitPattern: $0) }
}

/// 1 when `str` is one of the dictionary's strings (or its parent's), else 0; -1 for NULL.
@_cdecl("xmlDictOwns")
public func exported_xmlDictOwns(_ dict: OpaquePointer?, _ str: UnsafePointer<xmlChar>?) -> Int32 {
  guard let d = unsafe dictionary(dict), let str = unsafe str else { return -1 }
  return d.owns(UInt(bitPattern: str)) ? 1 : 0
}

@_cdecl("xmlDictSize")
public func exported_xmlDictSize(_ dict: OpaquePointer?) -> Int32 {
  guard let d = unsafe dictionary(dict) else { return -1 }
  return Int32(clamping: d.storage.withLock { $0.strings.count })
}

@_cdecl("xmlDictCleanup")
public func exported_xmlDictCleanup() {}
