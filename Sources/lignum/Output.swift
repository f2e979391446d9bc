import LignumKernel

/// Writing to the standard streams without Foundation.
enum Output {
  /// Writes bytes to standard output; `false` on an I/O error.
  @discardableResult
  static func stdout(_ bytes: [UInt8]) -> Bool { FileIO.write(bytes, to: 1) }
  static func stdout(_ text: String) { _ = FileIO.write(Array(text.utf8), to: 1) }
  static func stderr(_ text: String) { _ = FileIO.write(Array(text.utf8), to: 2) }
}
