import CLignumLibXML2

// libxml2's string functions (xmlstring.h) over NUL-terminated UTF-8 `xmlChar` strings. Results
// that are new strings come from `xmlMalloc`, for the program to `xmlFree`. NULL arguments are
// handled as libxml2 handles them (mostly: NULL is the empty or the absent string).

/// Duplicates a string (`NULL` for `NULL`).
@_cdecl("xmlStrdup")
public func exported_xmlStrdup(_ cur: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let cur = unsafe cur else { return nil }
  return unsafe CMemory.string(CString.bytes(cur))
}

/// Duplicates the first `len` bytes (NULs included, as libxml2 copies them).
@_cdecl("xmlStrndup")
public func exported_xmlStrndup(_ cur: UnsafePointer<xmlChar>?, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let cur = unsafe cur, len >= 0 else { return nil }
  // SAFETY: the caller promises `len` readable bytes at cur (libxml2's contract).
  return unsafe CMemory.string(UnsafeBufferPointer(start: cur, count: Int(len)))
}

/// `xmlStrdup` for `char *`.
@_cdecl("xmlCharStrdup")
public func exported_xmlCharStrdup(_ cur: UnsafePointer<CChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let cur = unsafe cur else { return nil }
  // SAFETY: char and xmlChar (unsigned char) have the same size; the string is only read.
  return unsafe cur.withMemoryRebound(to: xmlChar.self, capacity: 1) { unsafe exported_xmlStrdup($0) }
}

/// `xmlStrndup` for `char *`.
@_cdecl("xmlCharStrndup")
public func exported_xmlCharStrndup(_ cur: UnsafePointer<CChar>?, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let cur = unsafe cur else { return nil }
  // SAFETY: as in xmlCharStrdup.
  return unsafe cur.withMemoryRebound(to: xmlChar.self, capacity: 1) { unsafe exported_xmlStrndup($0, len) }
}

/// The length in bytes; 0 for `NULL`.
@_cdecl("xmlStrlen")
public func exported_xmlStrlen(_ str: UnsafePointer<xmlChar>?) -> Int32 {
  guard let str = unsafe str else { return 0 }
  return Int32(truncatingIfNeeded: unsafe CString.length(str))
}

/// Byte-wise comparison: the difference of the first differing bytes; `NULL` sorts first.
@_cdecl("xmlStrcmp")
public func exported_xmlStrcmp(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?) -> Int32 {
  if unsafe a == b { return 0 }
  guard let a = unsafe a else { return -1 }
  guard let b = unsafe b else { return 1 }
  var i = 0
  while true {
    // SAFETY: both strings are NUL-terminated; reading stops at the first NUL of either.
    let x = unsafe Int32(a[i]), y = unsafe Int32(b[i])
    if x != y { return x - y }
    if x == 0 { return 0 }
    i += 1
  }
}

/// 1 when the strings are equal (two `NULL`s are), else 0.
@_cdecl("xmlStrEqual")
public func exported_xmlStrEqual(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?) -> Int32 {
  if unsafe a == b { return 1 }
  guard unsafe a != nil, unsafe b != nil else { return 0 }
  return unsafe exported_xmlStrcmp(a, b) == 0 ? 1 : 0
}

/// Compares at most `len` bytes.
@_cdecl("xmlStrncmp")
public func exported_xmlStrncmp(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?, _ len: Int32) -> Int32 {
  if len <= 0 { return 0 }
  if unsafe a == b { return 0 }
  guard let a = unsafe a else { return -1 }
  guard let b = unsafe b else { return 1 }
  for i in 0..<Int(len) {
    // SAFETY: reading stops at the first NUL or after len bytes.
    let x = unsafe Int32(a[i]), y = unsafe Int32(b[i])
    if x != y { return x - y }
    if x == 0 { return 0 }
  }
  return 0
}

/// ASCII case-folded byte.
@inline(__always) func folded(_ c: xmlChar) -> Int32 {
  Int32(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
}

/// Comparison ignoring ASCII case.
@_cdecl("xmlStrcasecmp")
public func exported_xmlStrcasecmp(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?) -> Int32 {
  unsafe exported_xmlStrncasecmp(a, b, Int32.max)
}

/// Comparison of at most `len` bytes ignoring ASCII case.
@_cdecl("xmlStrncasecmp")
public func exported_xmlStrncasecmp(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?, _ len: Int32) -> Int32 {
  if len <= 0 { return 0 }
  if unsafe a == b { return 0 }
  guard let a = unsafe a else { return -1 }
  guard let b = unsafe b else { return 1 }
  var i = 0
  while i < Int(len) {
    // SAFETY: reading stops at the first NUL or after len bytes.
    let x = unsafe folded(a[i]), y = unsafe folded(b[i])
    if x != y { return x - y }
    if x == 0 { return 0 }
    i += 1
  }
  return 0
}

/// Whether `str` is `pref:name` (or `name` when `pref` is `NULL`).
@_cdecl("xmlStrQEqual")
public func exported_xmlStrQEqual(_ pref: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>?, _ str: UnsafePointer<xmlChar>?) -> Int32 {
  guard let pref = unsafe pref else { return unsafe exported_xmlStrEqual(name, str) }
  guard let name = unsafe name, let str = unsafe str else { return 0 }
  let whole = unsafe CString.bytes(pref) + [0x3A] + CString.bytes(name)
  return unsafe (whole == CString.bytes(str)) ? 1 : 0
}

/// The first occurrence of byte `val`, or `NULL`.
@_cdecl("xmlStrchr")
public func exported_xmlStrchr(_ str: UnsafePointer<xmlChar>?, _ val: xmlChar) -> UnsafePointer<xmlChar>? {
  guard let str = unsafe str else { return nil }
  var i = 0
  // SAFETY: reading stops at the NUL.
  while unsafe str[i] != 0 {
    if unsafe str[i] == val { return unsafe str + i }
    i += 1
  }
  return nil
}

/// The first occurrence of `val` in `str` (`str` itself when `val` is empty), or `NULL`.
@_cdecl("xmlStrstr")
public func exported_xmlStrstr(_ str: UnsafePointer<xmlChar>?, _ val: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
  unsafe search(str, val, fold: false)
}

/// `xmlStrstr` ignoring ASCII case.
@_cdecl("xmlStrcasestr")
public func exported_xmlStrcasestr(_ str: UnsafePointer<xmlChar>?, _ val: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
  unsafe search(str, val, fold: true)
}

func search(_ str: UnsafePointer<xmlChar>?, _ val: UnsafePointer<xmlChar>?, fold: Bool) -> UnsafePointer<xmlChar>? {
  guard let str = unsafe str, let val = unsafe val else { return nil }
  let needle = unsafe CString.bytes(val)
  if needle.isEmpty { return unsafe str }
  let hay = unsafe CString.bytes(str)
  guard hay.count >= needle.count else { return nil }
  for start in 0...(hay.count - needle.count) {
    var k = 0
    while k < needle.count,
          fold ? folded(hay[start + k]) == folded(needle[k]) : hay[start + k] == needle[k] { k += 1 }
    // SAFETY: start < hay.count, inside the string.
    if k == needle.count { return unsafe str + start }
  }
  return nil
}

/// `len` bytes from byte `start`, as a new string; `NULL` when the string is shorter.
@_cdecl("xmlStrsub")
public func exported_xmlStrsub(_ str: UnsafePointer<xmlChar>?, _ start: Int32, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let str = unsafe str, start >= 0, len >= 0 else { return nil }
  let bytes = unsafe CString.bytes(str)
  guard Int(start) < bytes.count || (Int(start) == bytes.count && len == 0) else { return nil }
  let end = min(bytes.count, Int(start) + Int(len))
  return unsafe CMemory.string(bytes[Int(start)..<end])
}

/// Appends `add` to `cur`, reallocating `cur` (a new string when `cur` is `NULL`).
@_cdecl("xmlStrcat")
public func exported_xmlStrcat(_ cur: UnsafeMutablePointer<xmlChar>?, _ add: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let add = unsafe add else { return unsafe cur }
  return unsafe exported_xmlStrncat(cur, add, Int32(truncatingIfNeeded: CString.length(add)))
}

/// Appends the first `len` bytes of `add` to `cur`, reallocating `cur`.
@_cdecl("xmlStrncat")
public func exported_xmlStrncat(_ cur: UnsafeMutablePointer<xmlChar>?, _ add: UnsafePointer<xmlChar>?, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let add = unsafe add, len != 0 else { return unsafe cur }
  if len < 0 { return nil }
  guard let cur = unsafe cur else { return unsafe exported_xmlStrndup(add, len) }
  let size = unsafe CString.length(cur)
  let n = Int(len)
  // SAFETY: cur came from the program's allocator (libxml2's contract for xmlStrncat); on
  // failure it is returned unchanged. The new block holds size + n + 1 bytes, written below.
  guard let raw = unsafe lignumRealloc(cur, size + n + 1) else { return unsafe cur }
  let p = unsafe raw.bindMemory(to: xmlChar.self, capacity: size + n + 1)
  for i in 0..<n { unsafe p[size + i] = add[i] }
  unsafe p[size + n] = 0
  return unsafe p
}

/// A new string: `str1` followed by `len` bytes of `str2` (all of it when `len` < 0).
@_cdecl("xmlStrncatNew")
public func exported_xmlStrncatNew(_ str1: UnsafePointer<xmlChar>?, _ str2: UnsafePointer<xmlChar>?, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  var len = len
  if len < 0 { len = unsafe exported_xmlStrlen(str2) }
  guard let str2 = unsafe str2, len != 0 else { return unsafe exported_xmlStrdup(str1) }
  guard let str1 = unsafe str1 else { return unsafe exported_xmlStrndup(str2, len) }
  // SAFETY: len readable bytes at str2 (the caller's contract).
  let tail = unsafe UnsafeBufferPointer(start: str2, count: Int(len))
  return unsafe CMemory.string(CString.bytes(str1) + tail)
}
