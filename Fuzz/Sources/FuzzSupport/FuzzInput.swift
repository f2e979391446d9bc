import LignumTokenizer

/// How every target reads its input:
///
/// ```
/// byte 0  option bits: 0 namespaces off, 1 substituteEntities, 2 defaultAttributes,
///         3 loadExternalDTD, 4 huge (capped, see below), 5 baseURI set,
///         6–7 forced encoding (0/1: none, 2: UTF-16LE, 3: ISO-8859-1)
/// byte 1  a parameter: the push parser's chunking (FuzzTokenizer), the number of mutations
///         in its top 3 bits (FuzzDOM)
/// rest    the document (FuzzDOM: 3 bytes per mutation first)
/// ```
/// Inputs shorter than two bytes are documents with all bits clear.
/// `Fuzz/make-seeds` writes seeds in this shape.
public struct FuzzInput {
  public var flags: UInt8
  public var parameter: UInt8
  /// Everything after the two header bytes.
  public var body: [UInt8]

  public init(_ data: [UInt8]) {
    if data.count < 2 {
      flags = 0; parameter = 0; body = data
    } else {
      flags = data[0]; parameter = data[1]; body = Array(data[2...])
    }
  }

  /// The options the header asks for, with `resolver` serving the in-memory resources.
  public func options(document: [UInt8]) -> ParseOptions {
    var o = ParseOptions()
    o.namespaces = flags & 0x01 == 0
    o.substituteEntities = flags & 0x02 != 0
    o.defaultAttributes = flags & 0x04 != 0
    o.loadExternalDTD = flags & 0x08 != 0
    if flags & 0x10 != 0 { o.limits = Self.cappedHuge }
    if flags & 0x20 != 0 { o.baseURI = "mem:/fuzz/doc.xml" }
    switch flags >> 6 {
    case 2: o.forcedEncoding = "UTF-16LE"
    case 3: o.forcedEncoding = "ISO-8859-1"
    default: break
    }
    o.resolver = InMemoryResolver(document: document)
    return o
  }

  /// `Limits.huge` with entity expansion held to 16 MiB: with the real `huge` limits, 64 KiB of
  /// input may legitimately expand to 2 GiB, which is an out-of-memory report, not a bug.
  public static let cappedHuge: Limits = {
    var l = Limits.huge
    l.maxEntityExpansion = 16 << 20
    l.entityAmplificationThreshold = 1 << 20
    l.maxTextLength = 16 << 20
    return l
  }()
}
