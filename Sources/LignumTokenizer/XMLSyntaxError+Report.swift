import Lignum

/// xmllint's error shape: `FILE:LINE: parser error : MESSAGE`, then the source line and a
/// caret under the column (libxml2's `xmlParserPrintFileContextInternal`: a window of at most
/// 80 bytes of the line, tabs kept in the caret line so it lines up).
enum Diagnostics {
  static func format(_ error: XMLSyntaxError, file: String) -> String {
    let kind = error.isNamespaceError ? "namespace error" : "parser error"
    var text = "\(error.file ?? file):\(error.position.line): \(kind) : \(error.message)\n"
    if let line = error.sourceLine { text += context(line: line, column: error.position.column) }
    return text
  }

  static func context(line: String, column: Int) -> String {
    let bytes = Array(line.utf8.prefix { $0 != 0x0A && $0 != 0x0D })
    let col = max(0, column - 1)
    let start = min(max(0, col - 80), bytes.count)
    let shown = Array(bytes[start..<min(bytes.count, start + 80)])
    var caret: [UInt8] = []
    var n = 0
    while n < col - start && n < 79 && n < shown.count {
      caret.append(shown[n] == 0x09 ? 0x09 : 0x20)
      n += 1
    }
    caret.append(UInt8(ascii: "^"))
    return String(decoding: shown, as: UTF8.self) + "\n" + String(decoding: caret, as: UTF8.self) + "\n"
  }
}
