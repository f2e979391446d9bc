/// Name ids of a document by the bytes the parser reports, so that building a tree interns a
/// repeated element or attribute name without making a `String` or hashing one.
///
/// The key is the qualified name and the namespace URI (the same `p:a` can be bound to two
/// URIs); prefix and local part follow from the qualified name. An open-addressing table of
/// entry indices over one byte pool: a hit costs one hash of the key's bytes and one compare.
struct NameCache {
  private struct Entry {
    var hash: UInt64
    var start: Int
    var qualifiedCount: Int
    /// -1 for no namespace.
    var uriCount: Int
    var id: UInt32
  }

  private var slots: [Int32] = Array(repeating: -1, count: 256)
  private var entries: [Entry] = []
  private var pool: [UInt8] = []

  static func hash(_ qualified: ArraySlice<UInt8>, _ uri: ArraySlice<UInt8>?) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in qualified { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    if let uri {
      h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3
      for b in uri { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    }
    return h
  }

  /// The id cached for this name, or `nil`.
  func lookup(_ qualified: ArraySlice<UInt8>, _ uri: ArraySlice<UInt8>?, hash: UInt64) -> UInt32? {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: hash) & mask
    while true {
      let e = slots[i]
      if e < 0 { return nil }
      let entry = entries[Int(e)]
      if entry.hash == hash && entry.qualifiedCount == qualified.count && entry.uriCount == (uri?.count ?? -1) {
        let q = pool[entry.start..<entry.start + entry.qualifiedCount]
        if q.elementsEqual(qualified) {
          if let uri {
            let u = pool[entry.start + entry.qualifiedCount..<entry.start + entry.qualifiedCount + entry.uriCount]
            if u.elementsEqual(uri) { return entry.id }
          } else {
            return entry.id
          }
        }
      }
      i = (i + 1) & mask
    }
  }

  /// Remembers `id` for this name (not already cached).
  mutating func insert(_ qualified: ArraySlice<UInt8>, _ uri: ArraySlice<UInt8>?, hash: UInt64, id: UInt32) {
    if (entries.count + 1) * 2 > slots.count { grow() }
    let start = pool.count
    pool.append(contentsOf: qualified)
    if let uri { pool.append(contentsOf: uri) }
    entries.append(Entry(hash: hash, start: start, qualifiedCount: qualified.count, uriCount: uri?.count ?? -1, id: id))
    place(Int32(entries.count - 1), hash: hash)
  }

  private mutating func place(_ entry: Int32, hash: UInt64) {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: hash) & mask
    while slots[i] >= 0 { i = (i + 1) & mask }
    slots[i] = entry
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    for (k, e) in entries.enumerated() { place(Int32(k), hash: e.hash) }
  }
}
