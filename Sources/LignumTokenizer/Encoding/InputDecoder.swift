import LignumKernel

/// Turns the bytes of one entity, in whatever encoding it is in, into the UTF-8 the tokenizer
/// reads: validated, every character an XML `Char`, and line ends normalized (§2.11).
///
/// It detects the encoding from a byte order mark or the first bytes (XML 1.0 Appendix F),
/// then from the `encoding` of the XML or text declaration, and can be fed in chunks of any
/// size: a partial character or a lone CR at the end of a chunk waits for the next chunk.
struct InputDecoder {
  enum Scheme { case undecided, utf8, utf16LE, utf16BE, latin1, ascii, iconv }
  private(set) var scheme = Scheme.undecided
  /// The encoding named by the declaration or forced by the caller, as written.
  private(set) var encodingName: String?
  private var forced: String?
  private var iconv: IconvDecoder?
  /// Undecoded input: the start of the document while undecided, or a partial sequence.
  private var pending: [UInt8] = []
  private var pendingCR = false
  /// A byte order mark was present (and removed).
  private(set) var hadByteOrderMark = false
  /// The first decoding error; everything before it was delivered.
  private(set) var error: (code: XMLSyntaxError.Code, message: String)?
  /// The raw bytes from the error to the end of its line (UTF-8 input only).
  private(set) var errorLineTail: [UInt8] = []
  /// The character that is not an XML `Char`, when that was the error.
  private(set) var invalidScalar: UInt32?
  /// Bytes of raw input consumed so far (for error reports of encoding problems).
  private(set) var rawOffset = 0

  init(forcedEncoding: String? = nil) { forced = forcedEncoding }

  /// Decodes `input` (appended to what is pending) into `out`.
  mutating func decode(_ input: [UInt8], isFinal: Bool, into out: inout [UInt8]) {
    if error != nil { return }
    if pending.isEmpty { pending = input } else { pending.append(contentsOf: input) }
    if scheme == .undecided {
      guard decideScheme(isFinal: isFinal) else { return }
    }
    // In-memory UTF-8 that needs no repair is taken as it stands: no copy.
    if scheme == .utf8 && out.isEmpty && !pendingCR && ByteScan.cleanUTF8End(pending.span, from: 0) == pending.count {
      rawOffset += pending.count
      out = pending
      pending = []
      return
    }
    var start = 0
    switch scheme {
    case .undecided: return
    case .utf8: start = decodeUTF8(pending, into: &out)
    case .utf16LE: start = decodeUTF16(pending, littleEndian: true, into: &out)
    case .utf16BE: start = decodeUTF16(pending, littleEndian: false, into: &out)
    case .latin1, .ascii: start = decodeSingleByte(pending, into: &out)
    case .iconv: start = decodeIconv(pending, into: &out)
    }
    if error != nil && errorLineTail.isEmpty { errorLineTail = Self.lineTail(pending, from: start, scheme: scheme) }
    rawOffset += start
    if start == pending.count { pending.removeAll(keepingCapacity: true) } else { pending.removeFirst(start) }
    if isFinal && !pending.isEmpty && error == nil {
      fail(.invalidChar, "Input is not proper \(encodingName ?? "UTF-8"), indicate encoding ! (truncated character at end of input)")
    }
  }

  private mutating func fail(_ code: XMLSyntaxError.Code, _ message: String) {
    if error == nil { error = (code, message) }
  }

  // MARK: detection

  /// Picks the scheme once enough of the start is here; `false` to wait for more input.
  private mutating func decideScheme(isFinal: Bool) -> Bool {
    let b = pending
    if b.count < 4 && !isFinal { return false }
    func at(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0xAA }
    var skip = 0
    var family = Scheme.utf8
    if at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF { skip = 3 }
    else if at(0) == 0xFE && at(1) == 0xFF { family = .utf16BE; skip = 2 }
    else if at(0) == 0xFF && at(1) == 0xFE && !(at(2) == 0 && at(3) == 0) { family = .utf16LE; skip = 2 }
    else if at(0) == 0x00 && at(1) == 0x3C && at(2) == 0x00 && at(3) == 0x3F { family = .utf16BE }
    else if at(0) == 0x3C && at(1) == 0x00 && at(2) == 0x3F && at(3) == 0x00 { family = .utf16LE }
    else if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) == 0x3C) || (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
      return chooseIconv(forced ?? "UCS-4BE", skip: 0)
    } else if (at(0) == 0x3C && at(1) == 0 && at(2) == 0 && at(3) == 0) || (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
      return chooseIconv(forced ?? "UCS-4LE", skip: 0)
    } else if at(0) == 0x4C && at(1) == 0x6F && at(2) == 0xA7 && at(3) == 0x94 {
      return chooseIconv(forced ?? "IBM037", skip: 0)
    }
    hadByteOrderMark = skip > 0
    if family != .utf8 {
      // UTF-16 declarations can only name UTF-16 (or UCS-2); the byte order mark decides.
      if let f = forced, !Self.isUTF16Name(f), let s = Self.builtIn(f) { family = s }
      scheme = family
      pending.removeFirst(skip)
      rawOffset += skip
      return true
    }
    // ASCII-compatible: read the declaration's encoding from the raw bytes.
    var name = forced
    if name == nil && b.count < skip + 6 && !isFinal { return false }
    // `<?xml` followed by white space starts the declaration (`<?xml-stylesheet` is a PI); it
    // ends at the first `>`, which must follow `?` — otherwise it is no declaration to read.
    if name == nil, b.count >= skip + 6, Array(b[skip..<skip + 5]) == Array("<?xml".utf8), XMLChar.isSpace(b[skip + 5]) {
      guard let gt = b[(skip + 5)...].firstIndex(of: UInt8(ascii: ">")) else {
        if !isFinal && b.count < 8192 { return false }
        scheme = .utf8; pending.removeFirst(skip); rawOffset += skip; return true
      }
      if b[gt - 1] == UInt8(ascii: "?") { name = Self.declaredEncoding(Array(b[skip..<(gt - 1)])) }
    }
    pending.removeFirst(skip)
    rawOffset += skip
    guard let name else { scheme = .utf8; return true }
    encodingName = name
    // A UTF-8 byte order mark decides; a contradicting declaration is reported by `mismatch`.
    if hadByteOrderMark && forced == nil { scheme = .utf8; return true }
    if let s = Self.builtIn(name) {
      scheme = Self.isUTF16Name(name) ? .utf8 : s
      return true
    }
    return chooseIconv(name, skip: 0)
  }

  private mutating func chooseIconv(_ name: String, skip: Int) -> Bool {
    encodingName = name
    guard let decoder = IconvDecoder(from: name) else {
      fail(.unsupportedEncoding, "Unsupported encoding \(name)")
      scheme = .utf8
      return false
    }
    iconv = decoder
    scheme = .iconv
    return true
  }

  /// The rest of the line from `start`, as UTF-8 without any checking, for diagnostics
  /// (libxml2 shows the line the error is on, bad character and all).
  static func lineTail(_ b: [UInt8], from start: Int, scheme: Scheme) -> [UInt8] {
    var out: [UInt8] = []
    var i = start
    while i < b.count && out.count < 80 {
      var c: UInt32
      switch scheme {
      case .utf8:
        c = UInt32(b[i]); if c == 0x0A { break }; out.append(b[i]); i += 1; continue
      case .utf16LE, .utf16BE:
        guard i + 1 < b.count else { return out }
        c = scheme == .utf16LE ? UInt32(b[i]) | UInt32(b[i + 1]) << 8 : UInt32(b[i]) << 8 | UInt32(b[i + 1])
        i += 2
      case .latin1, .ascii:
        c = UInt32(b[i]); i += 1
      default:
        return out
      }
      if c == 0x0A { break }
      if c >= 0xD800 && c <= 0xDFFF { c = 0xFFFD }
      XMLChar.appendUTF8(c, to: &out)
    }
    return out
  }

  /// Why the declared encoding contradicts what the bytes showed (§4.3.3), or `nil`.
  func mismatch(declared: String) -> String? {
    switch scheme {
    case .utf16LE, .utf16BE:
      if !Self.isUTF16Name(declared) { return "Document labelled \(declared) but has UTF-16 content" }
    case .utf8:
      if Self.isUTF16Name(declared) { return "Document labelled UTF-16 but has UTF-8 content" }
      if hadByteOrderMark && Self.builtIn(declared) != .utf8 { return "Document with a UTF-8 byte order mark labelled \(declared)" }
    default: break
    }
    return nil
  }

  static func isUTF16Name(_ n: String) -> Bool {
    let u = n.uppercased()
    return u == "UTF-16" || u == "UTF16" || u == "ISO-10646-UCS-2" || u == "UCS-2" || u == "UTF-16LE" || u == "UTF-16BE"
  }

  static func builtIn(_ name: String) -> Scheme? {
    switch name.uppercased() {
    case "UTF-8", "UTF8": return .utf8
    case "UTF-16LE": return .utf16LE
    case "UTF-16BE": return .utf16BE
    case "UTF-16", "UTF16", "ISO-10646-UCS-2", "UCS-2": return .utf16LE
    case "ISO-8859-1", "ISO_8859-1", "LATIN1", "LATIN-1", "ISO-LATIN-1", "ISO8859-1", "L1", "CP819", "IBM819": return .latin1
    case "US-ASCII", "ASCII", "ANSI_X3.4-1968", "US": return .ascii
    default: return nil
    }
  }

  static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
    var i = from
    while i + needle.count <= b.count {
      if b[i] == needle[0] && Array(b[i..<i + needle.count]) == needle { return i }
      i += 1
    }
    return nil
  }

  /// The value of `encoding="…"` in an XML or text declaration, if present.
  static func declaredEncoding(_ decl: [UInt8]) -> String? {
    guard let e = find(Array("encoding".utf8), in: decl, from: 0) else { return nil }
    var i = e + 8
    while i < decl.count, XMLChar.isSpace(decl[i]) { i += 1 }
    guard i < decl.count, decl[i] == UInt8(ascii: "=") else { return nil }
    i += 1
    while i < decl.count, XMLChar.isSpace(decl[i]) { i += 1 }
    guard i < decl.count, decl[i] == UInt8(ascii: "\"") || decl[i] == UInt8(ascii: "'") else { return nil }
    let q = decl[i]
    i += 1
    let s = i
    while i < decl.count, decl[i] != q { i += 1 }
    guard i < decl.count else { return nil }
    return String(decoding: decl[s..<i], as: UTF8.self)
  }

  // MARK: decoding

  /// Appends one scalar, normalizing line ends and checking it is a `Char`. `false` stops.
  @inline(__always)
  private mutating func emit(_ c: UInt32, into out: inout [UInt8]) -> Bool {
    if c == 0x0A {
      if pendingCR { pendingCR = false; return true }
      out.append(0x0A); return true
    }
    pendingCR = false
    if c == 0x0D { pendingCR = true; out.append(0x0A); return true }
    if !XMLChar.isChar(c) {
      fail(.invalidChar, "Char 0x\(String(c, radix: 16, uppercase: true)) out of allowed range")
      invalidScalar = c
      return false
    }
    XMLChar.appendUTF8(c, to: &out)
    return true
  }

  /// Returns how many bytes of `b` were consumed.
  private mutating func decodeUTF8(_ b: [UInt8], into out: inout [UInt8]) -> Int {
    var i = 0
    let n = b.count
    out.reserveCapacity(out.count + n)
    while i < n {
      // Fast path: a run of well-formed UTF-8 without carriage returns or other control
      // characters needs no attention, except a line feed right after a carriage return
      // (already written as a line feed).
      if pendingCR && b[i] == 0x0A { pendingCR = false; i += 1; continue }
      let start = i
      i = ByteScan.cleanUTF8End(b.span, from: i)
      if i > start { pendingCR = false; out.append(contentsOf: b[start..<i]) }
      if i >= n { break }
      let b0 = b[i]
      if b0 < 0x80 {
        guard emit(UInt32(b0), into: &out) else { return i }
        i += 1
        continue
      }
      let need: Int
      var c: UInt32
      switch b0 {
      case 0xC2...0xDF: need = 1; c = UInt32(b0 & 0x1F)
      case 0xE0...0xEF: need = 2; c = UInt32(b0 & 0x0F)
      case 0xF0...0xF4: need = 3; c = UInt32(b0 & 0x07)
      default:
        fail(.invalidChar, "Input is not proper UTF-8, indicate encoding !\nBytes: 0x\(hex(b0))")
        return i
      }
      if i + need >= n {
        // Partial sequence at the end of the chunk: keep it for the next one.
        var j = i + 1
        while j < n { if b[j] & 0xC0 != 0x80 { break }; j += 1 }
        if j == n { return i }
        fail(.invalidChar, "Input is not proper UTF-8, indicate encoding !\nBytes: 0x\(hex(b0))")
        return i
      }
      var ok = true
      for k in 1...need {
        let cb = b[i + k]
        if cb & 0xC0 != 0x80 { ok = false; break }
        c = c << 6 | UInt32(cb & 0x3F)
      }
      // Overlong, surrogate and out-of-range forms.
      if ok && ((need == 2 && c < 0x800) || (need == 3 && c < 0x10000) || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) { ok = false }
      guard ok else {
        fail(.invalidChar, "Input is not proper UTF-8, indicate encoding !\nBytes: 0x\(hex(b0))")
        return i
      }
      guard emit(c, into: &out) else { return i }
      i += need + 1
    }
    return i
  }

  private func hex(_ b: UInt8) -> String {
    let s = String(b, radix: 16, uppercase: true)
    return s.count == 1 ? "0" + s : s
  }

  private mutating func decodeUTF16(_ b: [UInt8], littleEndian: Bool, into out: inout [UInt8]) -> Int {
    var i = 0
    while i + 1 < b.count {
      let u = littleEndian ? UInt32(b[i]) | UInt32(b[i + 1]) << 8 : UInt32(b[i]) << 8 | UInt32(b[i + 1])
      if u >= 0xD800 && u <= 0xDBFF {
        guard i + 3 < b.count else { return i }
        let l = littleEndian ? UInt32(b[i + 2]) | UInt32(b[i + 3]) << 8 : UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
        guard l >= 0xDC00 && l <= 0xDFFF else { fail(.invalidChar, "Invalid UTF-16 surrogate pair"); return i }
        guard emit(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00), into: &out) else { return i }
        i += 4
      } else if u >= 0xDC00 && u <= 0xDFFF {
        fail(.invalidChar, "Invalid UTF-16 surrogate"); return i
      } else {
        guard emit(u, into: &out) else { return i }
        i += 2
      }
    }
    return i
  }

  private mutating func decodeSingleByte(_ b: [UInt8], into out: inout [UInt8]) -> Int {
    for (i, x) in b.enumerated() {
      if scheme == .ascii && x >= 0x80 {
        fail(.invalidChar, "Input is not proper US-ASCII, indicate encoding !\nBytes: 0x\(hex(x))")
        return i
      }
      guard emit(UInt32(x), into: &out) else { return i }
    }
    return b.count
  }

  private mutating func decodeIconv(_ b: [UInt8], into out: inout [UInt8]) -> Int {
    guard let iconv else { return b.count }
    var utf8: [UInt8] = []
    let (consumed, outcome) = iconv.convert(b, from: 0, into: &utf8)
    // Re-run the converted text through the UTF-8 path for line ends and Char checks.
    let used = decodeUTF8(utf8, into: &out)
    if used < utf8.count && error == nil { fail(.invalidChar, "Input is not proper \(encodingName ?? "")") }
    if case .invalidSequence = outcome {
      fail(.invalidChar, "input conversion failed due to input error (\(encodingName ?? "unknown encoding"))")
    }
    return consumed
  }
}
