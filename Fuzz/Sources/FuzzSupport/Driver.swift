import CFuzzDriver
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The signature of `LLVMFuzzerTestOneInput`.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

/// Hands the process over to libFuzzer, which parses the command line (`-max_len=`, corpus
/// folders, a crash file to replay) and calls `callback` once per input.
public func runFuzzer(_ callback: FuzzCallback) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  let status = LLVMFuzzerRunDriver(&argc, &argv, callback)
  exit(status)
}

/// The bytes libFuzzer passes in, copied into an array (the only pointer the harness touches).
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Reports a broken invariant and aborts, which libFuzzer records as a crash (with the input
/// written to the artifact folder).
public func fuzzFailure(_ message: String) -> Never {
  var text = "FUZZ INVARIANT BROKEN: \(message)\n"
  text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  abort()
}

/// A short, printable excerpt of a byte string for failure messages.
public func excerpt(_ bytes: [UInt8], limit: Int = 300) -> String {
  let s = String(decoding: bytes.prefix(limit), as: UTF8.self)
  return bytes.count > limit ? s + "…(\(bytes.count) bytes)" : s
}
