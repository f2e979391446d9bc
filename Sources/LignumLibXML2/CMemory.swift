import CLignumLibXML2

/// Allocation through the program's `xmlMalloc`/`xmlFree` hooks, so that whatever the library
/// hands out (strings, tree structs) can be freed and replaced by the program itself.
enum CMemory {
  /// A zero-filled block for one `T`, from `xmlMalloc`; `nil` when the allocator fails.
  static func allocateZeroed<T>(_ type: T.Type) -> UnsafeMutablePointer<T>? {
    let size = MemoryLayout<T>.size
    // SAFETY: lignumMalloc returns nil or a block of at least `size` bytes, aligned as malloc's
    // are (16 bytes on x86-64: enough for every libxml2 struct). It is zeroed before it is
    // bound to T, and T is a C struct (trivial), so binding raw zero bytes is a valid value.
    guard let raw = unsafe lignumMalloc(size) else { return nil }
    unsafe raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
    return unsafe raw.bindMemory(to: T.self, capacity: 1)
  }

  /// A NUL-terminated copy of `bytes`, from `xmlMalloc`; `nil` when the allocator fails.
  static func string(_ bytes: some Collection<UInt8>) -> UnsafeMutablePointer<xmlChar>? {
    let n = bytes.count
    // SAFETY: the block has n + 1 bytes; exactly n are copied and the last is set to 0.
    guard let raw = unsafe lignumMalloc(n + 1) else { return nil }
    let p = unsafe raw.bindMemory(to: xmlChar.self, capacity: n + 1)
    var i = 0
    for b in bytes { unsafe p[i] = b; i += 1 }
    unsafe p[n] = 0
    return unsafe p
  }

  /// A NUL-terminated copy of a Swift string's UTF-8.
  static func string(_ s: String) -> UnsafeMutablePointer<xmlChar>? { unsafe string(s.utf8) }

  /// Frees a block from the library or the program's allocator (nil is ignored).
  static func free(_ p: UnsafeMutableRawPointer?) {
    // SAFETY: p is nil or was allocated through the same hooks and is not used afterwards.
    unsafe lignumFree(p)
  }
}

/// Reading C strings a program passes in.
enum CString {
  /// The length of a NUL-terminated string.
  static func length(_ p: UnsafePointer<xmlChar>) -> Int {
    var n = 0
    // SAFETY: the caller's contract (libxml2's): p points at a NUL-terminated string.
    while unsafe p[n] != 0 { n += 1 }
    return n
  }

  /// The bytes of a NUL-terminated string, copied into an array.
  static func bytes(_ p: UnsafePointer<xmlChar>) -> [UInt8] {
    let n = unsafe length(p)
    // SAFETY: the n bytes before the NUL are readable (length(_:) just read them).
    return unsafe Array(UnsafeBufferPointer(start: p, count: n))
  }

  /// The string, decoded as UTF-8 (ill-formed sequences replaced).
  static func string(_ p: UnsafePointer<xmlChar>) -> String {
    String(decoding: unsafe bytes(p), as: UTF8.self)
  }
}
