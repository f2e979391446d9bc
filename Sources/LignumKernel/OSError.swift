#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The C library's description of the last failed call (`strerror(errno)`), for messages such
/// as xmllint's `I/O error : No such file or directory`.
package enum OSError {
  package static func lastDescription() -> String {
    guard let text = strerror(errno) else { return "Unknown error" }
    // SAFETY: strerror returns a NUL-terminated string in static or thread-local storage,
    // read at once before any other libc call can change it.
    return unsafe String(cString: text)
  }
}
