#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CLignumLibXML2
import LignumDOM
import LignumKernel

// Output buffers (xmlIO.h): an `xmlOutputBuffer` hands every write to its write callback at
// once, counts the bytes in `written`, and calls the close callback when closed. One without a
// callback (xmlAllocOutputBuffer) collects the bytes in memory, in its `buffer` (read with
// xmlBufContent/xmlBufUse or xmlOutputBufferGetContent). Text a program writes is UTF-8 and is
// converted to the buffer's encoder; the library's own writers pass bytes already encoded.

/// What the `buffer` of a memory output buffer points at.
final class MemoryOutput {
  var bytes: [UInt8] = []
  /// The NUL-terminated copy xmlBufContent last handed out (freed on the next change or close).
  var published: UInt = 0
  func invalidate() {
    if published != 0 { unsafe CMemory.free(UnsafeMutableRawPointer(bitPattern: published)); published = 0 }
  }
}

func memoryOutput(_ buf: OpaquePointer?) -> MemoryOutput? {
  guard let buf = unsafe buf else { return nil }
  // SAFETY: a buffer field set by xmlAllocOutputBuffer holds a retained MemoryOutput until close.
  return unsafe Unmanaged<MemoryOutput>.fromOpaque(UnsafeRawPointer(buf)).takeUnretainedValue()
}

/// Writes to the `FILE *` in the context.
let fileWriteCallback: xmlOutputWriteCallback = { context, buffer, len in
  guard let context = unsafe context, let buffer = unsafe buffer, len >= 0 else { return -1 }
  // SAFETY: the context is the FILE * given to xmlOutputBufferCreateFile; buffer holds len bytes.
  let file = unsafe context.assumingMemoryBound(to: FILE.self)
  return unsafe Int32(fwrite(buffer, 1, Int(len), file)) == len ? len : -1
}

/// Flushes the `FILE *` in the context (the program closes the file itself).
let fileCloseCallback: xmlOutputCloseCallback = { context in
  guard let context = unsafe context else { return -1 }
  // SAFETY: as in fileWriteCallback.
  return unsafe fflush(context.assumingMemoryBound(to: FILE.self))
}

/// Writes to the descriptor `Int(bitPattern: context) - 1` (0 would be a NULL context).
let fdWriteCallback: xmlOutputWriteCallback = { context, buffer, len in
  guard let buffer = unsafe buffer, len >= 0 else { return -1 }
  let fd = Int32(truncatingIfNeeded: Int(bitPattern: context) - 1)
  // SAFETY: buffer holds len bytes (the callback's contract); they are copied at once.
  let bytes = unsafe Array(UnsafeRawBufferPointer(start: buffer, count: Int(len)))
  return FileIO.write(bytes, to: fd) ? len : -1
}

/// Closes the descriptor when the buffer owns it (the filename constructors open one).
let fdCloseCallback: xmlOutputCloseCallback = { context in
  let fd = Int32(truncatingIfNeeded: Int(bitPattern: context) - 1)
  return close(fd)
}

/// A new output buffer with these callbacks, from `xmlMalloc`.
func makeOutputBuffer(context: UnsafeMutableRawPointer?, write: xmlOutputWriteCallback?,
                      close: xmlOutputCloseCallback?) -> xmlOutputBufferPtr? {
  guard let out = unsafe CMemory.allocateZeroed(xmlOutputBuffer.self) else { return nil }
  unsafe out.pointee.context = context
  unsafe out.pointee.writecallback = write
  unsafe out.pointee.closecallback = close
  return unsafe out
}

/// Writes UTF-8 text, converted to the buffer's encoder first.
func writeText(_ utf8: [UInt8], to out: xmlOutputBufferPtr) -> Int32 {
  guard let name = unsafe encodingName(out.pointee.encoder), OutputEncoding.normalized(name) != "UTF8" else {
    return unsafe write(utf8, to: out)
  }
  guard let encoded = OutputEncoding.encode(utf8, as: name) else {
    unsafe out.pointee.error = 1
    return -1
  }
  return unsafe write(encoded, to: out)
}

/// Writes bytes through the buffer's callback (or into its memory); the count, or -1 (and
/// `error` set) on failure.
func write(_ bytes: [UInt8], to out: xmlOutputBufferPtr) -> Int32 {
  if unsafe out.pointee.error != 0 { return -1 }
  guard !bytes.isEmpty else { return 0 }
  if unsafe out.pointee.writecallback == nil, let memory = unsafe memoryOutput(out.pointee.buffer) {
    memory.invalidate()
    memory.bytes += bytes
    unsafe out.pointee.written &+= Int32(bytes.count)
    return Int32(bytes.count)
  }
  guard let callback = unsafe out.pointee.writecallback else {
    unsafe out.pointee.error = 1   // XML_IO_UNKNOWN: no way to write
    return -1
  }
  // SAFETY: the pointer lends the array's bytes for the call only.
  let n = unsafe bytes.withUnsafeBufferPointer { p in
    unsafe p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
      unsafe callback(out.pointee.context, $0, Int32(bytes.count))
    }
  }
  if n < 0 {
    unsafe out.pointee.error = 1
    return -1
  }
  unsafe out.pointee.written &+= Int32(bytes.count)
  return Int32(bytes.count)
}

/// A buffer that collects its output in memory, converted to `encoder`.
@_cdecl("xmlAllocOutputBuffer")
public func exported_xmlAllocOutputBuffer(_ encoder: xmlCharEncodingHandlerPtr?) -> xmlOutputBufferPtr? {
  guard let out = unsafe makeOutputBuffer(context: nil, write: nil, close: nil) else { return nil }
  unsafe out.pointee.encoder = encoder
  // SAFETY: released by xmlOutputBufferClose, which frees the buffer.
  unsafe out.pointee.buffer = OpaquePointer(Unmanaged.passRetained(MemoryOutput()).toOpaque())
  return unsafe out
}

/// The bytes collected so far (NUL-terminated, valid until the next write or the close).
@_cdecl("xmlBufContent")
public func exported_xmlBufContent(_ buf: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  guard let memory = unsafe memoryOutput(buf) else { return nil }
  if memory.published == 0, let copy = unsafe CMemory.string(memory.bytes) { memory.published = UInt(bitPattern: copy) }
  return unsafe UnsafeMutablePointer(bitPattern: memory.published)
}

@_cdecl("xmlBufUse")
public func exported_xmlBufUse(_ buf: OpaquePointer?) -> Int {
  unsafe memoryOutput(buf)?.bytes.count ?? 0
}

@_cdecl("xmlOutputBufferGetContent")
public func exported_xmlOutputBufferGetContent(_ out: xmlOutputBufferPtr?) -> UnsafePointer<xmlChar>? {
  guard let out = unsafe out else { return nil }
  return unsafe UnsafePointer(exported_xmlBufContent(out.pointee.buffer))
}

@_cdecl("xmlOutputBufferGetSize")
public func exported_xmlOutputBufferGetSize(_ out: xmlOutputBufferPtr?) -> Int {
  guard let out = unsafe out else { return 0 }
  return unsafe exported_xmlBufUse(out.pointee.buffer)
}

@_cdecl("xmlOutputBufferCreateFile")
public func exported_xmlOutputBufferCreateFile(_ file: UnsafeMutablePointer<FILE>?, _ encoder: xmlCharEncodingHandlerPtr?) -> xmlOutputBufferPtr? {
  guard let file = unsafe file else { return nil }
  return unsafe makeOutputBuffer(context: UnsafeMutableRawPointer(file), write: fileWriteCallback, close: fileCloseCallback)
}

@_cdecl("xmlOutputBufferCreateFd")
public func exported_xmlOutputBufferCreateFd(_ fd: Int32, _ encoder: xmlCharEncodingHandlerPtr?) -> xmlOutputBufferPtr? {
  guard fd >= 0 else { return nil }
  // The descriptor stays the program's: no close callback.
  return unsafe makeOutputBuffer(context: UnsafeMutableRawPointer(bitPattern: Int(fd) + 1), write: fdWriteCallback, close: nil)
}

@_cdecl("xmlOutputBufferCreateIO")
public func exported_xmlOutputBufferCreateIO(_ iowrite: xmlOutputWriteCallback?, _ ioclose: xmlOutputCloseCallback?,
                                             _ ioctx: UnsafeMutableRawPointer?, _ encoder: xmlCharEncodingHandlerPtr?) -> xmlOutputBufferPtr? {
  guard let iowrite = unsafe iowrite else { return nil }
  return unsafe makeOutputBuffer(context: ioctx, write: iowrite, close: ioclose)
}

/// Opens (creates, truncates) a file for writing; `-` is standard output.
func openForWriting(_ name: String) -> Int32? {
  if name == "-" { return 1 }
  // SAFETY: open reads the NUL-terminated path Swift passes for the call.
  let fd = unsafe open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
  return fd < 0 ? nil : fd
}

@_cdecl("xmlOutputBufferCreateFilename")
public func exported_xmlOutputBufferCreateFilename(_ URI: UnsafePointer<CChar>?, _ encoder: xmlCharEncodingHandlerPtr?,
                                                   _ compression: Int32) -> xmlOutputBufferPtr? {
  guard let name = unsafe optionalString(URI), let fd = openForWriting(name) else { return nil }
  return unsafe makeOutputBuffer(context: UnsafeMutableRawPointer(bitPattern: Int(fd) + 1), write: fdWriteCallback,
                                 close: fd == 1 ? nil : fdCloseCallback)
}

@_cdecl("xmlOutputBufferWrite")
public func exported_xmlOutputBufferWrite(_ out: xmlOutputBufferPtr?, _ len: Int32, _ buf: UnsafePointer<CChar>?) -> Int32 {
  guard let out = unsafe out, let buf = unsafe buf, len >= 0 else { return -1 }
  // SAFETY: buf holds len bytes (the caller's contract); they are copied at once.
  return unsafe writeText(Array(UnsafeRawBufferPointer(start: buf, count: Int(len))), to: out)
}

@_cdecl("xmlOutputBufferWriteString")
public func exported_xmlOutputBufferWriteString(_ out: xmlOutputBufferPtr?, _ str: UnsafePointer<CChar>?) -> Int32 {
  guard let out = unsafe out, let str = unsafe str else { return -1 }
  return unsafe writeText(Array(unsafe String(cString: str).utf8), to: out)
}

@_cdecl("xmlOutputBufferFlush")
public func exported_xmlOutputBufferFlush(_ out: xmlOutputBufferPtr?) -> Int32 {
  guard let out = unsafe out else { return -1 }
  return unsafe out.pointee.error != 0 ? -1 : 0
}

/// Closes the buffer: the close callback, then the struct is freed. The bytes written, or -1.
@_cdecl("xmlOutputBufferClose")
public func exported_xmlOutputBufferClose(_ out: xmlOutputBufferPtr?) -> Int32 {
  guard let out = unsafe out else { return -1 }
  if let close = unsafe out.pointee.closecallback { _ = unsafe close(out.pointee.context) }
  let result = unsafe out.pointee.error != 0 ? -1 : out.pointee.written
  if unsafe out.pointee.writecallback == nil, let buffer = unsafe out.pointee.buffer {
    // SAFETY: balances xmlAllocOutputBuffer's retain; the buffer is not used afterwards.
    let memory = unsafe Unmanaged<MemoryOutput>.fromOpaque(UnsafeRawPointer(buffer)).takeRetainedValue()
    memory.invalidate()
  }
  unsafe CMemory.free(out)
  return result
}
