import CLignumLibXML2

// Hash tables (hash.h): values (`void *` payloads the program owns) under one to three string
// keys. Lookups are by key bytes; scans visit the entries in insertion order and tolerate the
// scanner removing the entry it is given.

/// What an `xmlHashTablePtr` points at.
// SAFETY: payloads are opaque to the table (handed back, never dereferenced); key copies are
// blocks the table allocated and frees when the entry goes.
@safe final class HashTable {
  struct Key: Hashable { var a: [UInt8]; var b: [UInt8]?; var c: [UInt8]? }
  struct Entry { var payload: UInt; var keys: (UInt, UInt, UInt) }
  var entries: [Key: Entry] = [:]
  var order: [Key] = []

  func copy(_ bytes: [UInt8]?) -> UInt { unsafe bytes.flatMap { unsafe CMemory.string($0) }.map { UInt(bitPattern: $0) } ?? 0 }
  func pointer(_ p: UInt) -> UnsafePointer<xmlChar>? { unsafe UnsafePointer(bitPattern: p) }

  func insert(_ key: Key, _ payload: UInt) {
    entries[key] = Entry(payload: payload, keys: (copy(key.a), copy(key.b), copy(key.c)))
    order.append(key)
  }

  /// Takes an entry out; its payload (the caller deallocates it).
  func remove(_ key: Key) -> (Entry)? {
    guard let e = entries.removeValue(forKey: key) else { return nil }
    if let i = order.firstIndex(of: key) { order.remove(at: i) }
    return e
  }

  /// Calls `body` with each entry still present when its turn comes (the body may remove it).
  func forEach(_ body: (Entry) -> Void) {
    for key in order { if let e = entries[key] { body(e) } }
  }

  func freeKeys(_ e: Entry) {
    for p in [e.keys.0, e.keys.1, e.keys.2] where p != 0 { unsafe CMemory.free(UnsafeMutableRawPointer(bitPattern: p)) }
  }
}

func hashTable(_ p: OpaquePointer?) -> HashTable? {
  guard let p = unsafe p else { return nil }
  // SAFETY: p came from xmlHashCreate and is not freed yet (the caller's contract).
  return unsafe Unmanaged<HashTable>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

func hashKey(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?, _ c: UnsafePointer<xmlChar>?) -> HashTable.Key? {
  guard let a = unsafe a else { return nil }
  return unsafe HashTable.Key(a: CString.bytes(a), b: b.map { unsafe CString.bytes($0) }, c: c.map { unsafe CString.bytes($0) })
}

@_cdecl("xmlHashCreate")
public func exported_xmlHashCreate(_ size: Int32) -> OpaquePointer? {
  // SAFETY: released by xmlHashFree.
  unsafe OpaquePointer(Unmanaged.passRetained(HashTable()).toOpaque())
}

@_cdecl("xmlHashCreateDict")
public func exported_xmlHashCreateDict(_ size: Int32, _ dict: OpaquePointer?) -> OpaquePointer? {
  unsafe exported_xmlHashCreate(size)
}

/// Frees the table, calling `f` on each payload.
@_cdecl("xmlHashFree")
public func exported_xmlHashFree(_ table: OpaquePointer?, _ f: xmlHashDeallocator?) {
  guard let table = unsafe table, let t = unsafe hashTable(table) else { return }
  for key in t.order {
    guard let e = t.entries[key] else { continue }
    if let f = unsafe f { unsafe f(UnsafeMutableRawPointer(bitPattern: e.payload), t.pointer(e.keys.0)) }
    t.freeKeys(e)
  }
  t.entries = [:]
  t.order = []
  // SAFETY: balances xmlHashCreate's retain; the pointer is not used afterwards.
  unsafe Unmanaged<HashTable>.fromOpaque(UnsafeRawPointer(table)).release()
}

@_cdecl("xmlHashAddEntry3")
public func exported_xmlHashAddEntry3(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                      _ name3: UnsafePointer<xmlChar>?, _ userdata: UnsafeMutableRawPointer?) -> Int32 {
  guard let t = unsafe hashTable(table), let key = unsafe hashKey(name, name2, name3), t.entries[key] == nil else { return -1 }
  t.insert(key, UInt(bitPattern: userdata))
  return 0
}

@_cdecl("xmlHashAddEntry2")
public func exported_xmlHashAddEntry2(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                      _ userdata: UnsafeMutableRawPointer?) -> Int32 {
  unsafe exported_xmlHashAddEntry3(table, name, name2, nil, userdata)
}

@_cdecl("xmlHashAddEntry")
public func exported_xmlHashAddEntry(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ userdata: UnsafeMutableRawPointer?) -> Int32 {
  unsafe exported_xmlHashAddEntry3(table, name, nil, nil, userdata)
}

/// Adds or replaces (the old payload goes to `f`).
@_cdecl("xmlHashUpdateEntry3")
public func exported_xmlHashUpdateEntry3(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                         _ name3: UnsafePointer<xmlChar>?, _ userdata: UnsafeMutableRawPointer?, _ f: xmlHashDeallocator?) -> Int32 {
  guard let t = unsafe hashTable(table), let key = unsafe hashKey(name, name2, name3) else { return -1 }
  if var e = t.entries[key] {
    if let f = unsafe f { unsafe f(UnsafeMutableRawPointer(bitPattern: e.payload), t.pointer(e.keys.0)) }
    e.payload = UInt(bitPattern: userdata)
    t.entries[key] = e
  } else {
    t.insert(key, UInt(bitPattern: userdata))
  }
  return 0
}

@_cdecl("xmlHashUpdateEntry2")
public func exported_xmlHashUpdateEntry2(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                         _ userdata: UnsafeMutableRawPointer?, _ f: xmlHashDeallocator?) -> Int32 {
  unsafe exported_xmlHashUpdateEntry3(table, name, name2, nil, userdata, f)
}

@_cdecl("xmlHashUpdateEntry")
public func exported_xmlHashUpdateEntry(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ userdata: UnsafeMutableRawPointer?,
                                        _ f: xmlHashDeallocator?) -> Int32 {
  unsafe exported_xmlHashUpdateEntry3(table, name, nil, nil, userdata, f)
}

@_cdecl("xmlHashLookup3")
public func exported_xmlHashLookup3(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                    _ name3: UnsafePointer<xmlChar>?) -> UnsafeMutableRawPointer? {
  guard let t = unsafe hashTable(table), let key = unsafe hashKey(name, name2, name3), let e = t.entries[key] else { return nil }
  return unsafe UnsafeMutableRawPointer(bitPattern: e.payload)
}

@_cdecl("xmlHashLookup2")
public func exported_xmlHashLookup2(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?) -> UnsafeMutableRawPointer? {
  unsafe exported_xmlHashLookup3(table, name, name2, nil)
}

@_cdecl("xmlHashLookup")
public func exported_xmlHashLookup(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?) -> UnsafeMutableRawPointer? {
  unsafe exported_xmlHashLookup3(table, name, nil, nil)
}

@_cdecl("xmlHashRemoveEntry3")
public func exported_xmlHashRemoveEntry3(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                         _ name3: UnsafePointer<xmlChar>?, _ f: xmlHashDeallocator?) -> Int32 {
  guard let t = unsafe hashTable(table), let key = unsafe hashKey(name, name2, name3), let e = t.remove(key) else { return -1 }
  if let f = unsafe f { unsafe f(UnsafeMutableRawPointer(bitPattern: e.payload), t.pointer(e.keys.0)) }
  t.freeKeys(e)
  return 0
}

@_cdecl("xmlHashRemoveEntry2")
public func exported_xmlHashRemoveEntry2(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ name2: UnsafePointer<xmlChar>?,
                                         _ f: xmlHashDeallocator?) -> Int32 {
  unsafe exported_xmlHashRemoveEntry3(table, name, name2, nil, f)
}

@_cdecl("xmlHashRemoveEntry")
public func exported_xmlHashRemoveEntry(_ table: OpaquePointer?, _ name: UnsafePointer<xmlChar>?, _ f: xmlHashDeallocator?) -> Int32 {
  unsafe exported_xmlHashRemoveEntry3(table, name, nil, nil, f)
}

/// Calls `f(payload, data, name, name2, name3)` for each entry still present when its turn comes.
@_cdecl("xmlHashScanFull")
public func exported_xmlHashScanFull(_ table: OpaquePointer?, _ f: xmlHashScannerFull?, _ data: UnsafeMutableRawPointer?) {
  guard let t = unsafe hashTable(table), let f = unsafe f else { return }
  t.forEach { e in unsafe f(UnsafeMutableRawPointer(bitPattern: e.payload), data, t.pointer(e.keys.0), t.pointer(e.keys.1), t.pointer(e.keys.2)) }
}

@_cdecl("xmlHashScan")
public func exported_xmlHashScan(_ table: OpaquePointer?, _ f: xmlHashScanner?, _ data: UnsafeMutableRawPointer?) {
  guard let t = unsafe hashTable(table), let f = unsafe f else { return }
  t.forEach { e in unsafe f(UnsafeMutableRawPointer(bitPattern: e.payload), data, t.pointer(e.keys.0)) }
}

@_cdecl("xmlHashSize")
public func exported_xmlHashSize(_ table: OpaquePointer?) -> Int32 {
  guard let t = unsafe hashTable(table) else { return -1 }
  return Int32(clamping: t.entries.count)
}

/// A new table with `f`'s copy of each payload.
@_cdecl("xmlHashCopy")
public func exported_xmlHashCopy(_ table: OpaquePointer?, _ f: xmlHashCopier?) -> OpaquePointer? {
  guard let t = unsafe hashTable(table), let f = unsafe f, let copy = unsafe exported_xmlHashCreate(Int32(t.entries.count)),
        let c = unsafe hashTable(copy) else { return nil }
  for key in t.order {
    guard let e = t.entries[key] else { continue }
    let payload = unsafe f(UnsafeMutableRawPointer(bitPattern: e.payload), t.pointer(e.keys.0))
    c.insert(key, UInt(bitPattern: payload))
  }
  return unsafe copy
}
