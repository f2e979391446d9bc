#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files and streams through libc, without Foundation.
package enum FileIO {
  /// The whole content of the file at `path`, or `nil` when it cannot be opened or read.
  /// `"-"` reads standard input.
  package static func readFile(_ path: String) -> [UInt8]? {
    let fd: Int32
    if path == "-" { fd = 0 } else {
      fd = open(path, O_RDONLY)
      if fd < 0 { return nil }
    }
    defer { if fd != 0 { close(fd) } }
    var st = stat()
    // SAFETY: `st` is a local, fully initialised struct that fstat only writes into.
    let isDirectory = unsafe fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    if isDirectory { return nil }
    var result: [UInt8] = []
    var chunk = FileStream(fd: fd, ownsDescriptor: false)
    // A regular file's size is known: read it in one go (plus one byte to see the end).
    let size = (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
    var step = size > 0 ? size + 1 : 1 << 16
    while true {
      guard let n = chunk.read(into: &result, max: step) else { return nil }
      if n == 0 { break }
      step = 1 << 16
    }
    return result
  }

  /// Writes all of `bytes` to the file descriptor; `false` on an I/O error.
  package static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
    var written = 0
    while written < bytes.count {
      // SAFETY: the buffer pointer is valid for `bytes.count` bytes inside the closure, and
      // `written < bytes.count` keeps `base + written` and the remaining length in bounds.
      let n = unsafe bytes.withUnsafeBytes { buf -> Int in
        unsafe Glibc.write(fd, buf.baseAddress! + written, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      written += n
    }
    return true
  }

  /// Creates or truncates `path` and writes `bytes`; `false` on failure.
  package static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if fd < 0 { return false }
    defer { close(fd) }
    return write(bytes, to: fd)
  }

  /// Whether `path` names an existing regular file or directory.
  package static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  /// Entries of a directory (without `.` and `..`), or `nil`.
  package static func listDirectory(_ path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      // SAFETY: `entry` points at the dirent readdir returned, valid until the next readdir;
      // d_name is NUL-terminated within the struct.
      let name = unsafe withUnsafePointer(to: entry.pointee.d_name) { p in
        unsafe p.withMemoryRebound(to: CChar.self, capacity: 256) { unsafe String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// The value of an environment variable.
  package static func environment(_ name: String) -> String? {
    guard let v = getenv(name) else { return nil }
    // SAFETY: getenv returns a NUL-terminated string owned by the environment.
    return unsafe String(cString: v)
  }

  /// The current working directory.
  package static func currentDirectory() -> String {
    var buf = [CChar](repeating: 0, count: 4096)
    // SAFETY: getcwd writes at most `buf.count` bytes into the array's storage.
    let ok = unsafe buf.withUnsafeMutableBufferPointer { unsafe getcwd($0.baseAddress, $0.count) } != nil
    guard ok else { return "." }
    return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// A file descriptor read in chunks, for streaming large inputs in constant memory.
package struct FileStream {
  package let fd: Int32
  let ownsDescriptor: Bool

  package init(fd: Int32, ownsDescriptor: Bool) { self.fd = fd; self.ownsDescriptor = ownsDescriptor }

  /// Opens `path` (`"-"` for standard input), or `nil`.
  package init?(path: String) {
    if path == "-" { self.init(fd: 0, ownsDescriptor: false); return }
    let fd = open(path, O_RDONLY)
    if fd < 0 { return nil }
    var st = stat()
    // SAFETY: `st` is a local struct that fstat only writes into.
    if unsafe fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { _ = Glibc.close(fd); return nil }
    self.init(fd: fd, ownsDescriptor: true)
  }

  /// Appends up to `max` bytes to `buffer`; returns how many (0 at end of file), or `nil` on error.
  package mutating func read(into buffer: inout [UInt8], max: Int) -> Int? {
    let old = buffer.count
    buffer.append(contentsOf: [UInt8](repeating: 0, count: max))
    while true {
      // SAFETY: the array was just grown by `max` bytes, so `base + old` has `max` writable bytes.
      let n = unsafe buffer.withUnsafeMutableBytes { buf -> Int in
        unsafe Glibc.read(fd, buf.baseAddress! + old, max)
      }
      if n < 0 && errno == EINTR { continue }
      buffer.removeLast(max - Swift.max(n, 0))
      return n < 0 ? nil : n
    }
  }

  package func close() { if ownsDescriptor { _ = Glibc.close(fd) } }
}
