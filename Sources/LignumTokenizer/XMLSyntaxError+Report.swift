/// libxml2's error shape, shared by `lignum lint` (xmllint's stderr) and the C library (what
/// libxml2's default error handler prints): `FILE:LINE: parser error : MESSAGE`, then the
/// source line and a caret under the column.
public enum XMLErrorReport {
  /// The report of a syntax error read from `file` (the error's own file wins when it has one).
  public static func format(_ error: XMLSyntaxError, file: String) -> String {
    let kind = error.isNamespaceError ? (error.isWarning ? "namespace warning" : "namespace error")
      : error.isWarning ? "parser warning" : "parser error"
    var text = "\(error.file ?? file):\(error.position.line): \(kind) : \(error.message)\n"
    if let line = error.sourceLine { text += context(line: line, column: error.position.column) }
    return text
  }

  /// What libxml2 prints for an error that stopped parsing: a failed load of the document
  /// itself is a warning line, anything else ``format(_:file:)``.
  public static func fatal(_ error: XMLSyntaxError, file: String) -> String {
    if error.code == .ioLoadError && error.position.line == 0 && (error.file == nil || error.file == file) {
      return "warning: failed to load external entity \"\(file)\"\n"
    }
    return format(error, file: file)
  }

  /// What libxml2 prints for a problem that did not stop parsing: failed loads are warnings
  /// (`nil` when warnings are off), recovered errors and undeclared entities parser errors.
  public static func nonFatal(_ warning: XMLSyntaxError, file: String, warnings: Bool = true) -> String? {
    if warning.isWarning && !warnings { return nil }
    guard warning.code == .ioLoadError else { return format(warning, file: file) }
    if !warnings { return nil }
    guard warning.position.line > 0 else { return "warning: \(warning.message)\n" }
    var text = "\(warning.file ?? file):\(warning.position.line): warning: \(warning.message)\n"
    if let line = warning.sourceLine { text += context(line: line, column: warning.position.column) }
    return text
  }

  /// The source line and the caret line under `column` (libxml2's
  /// `xmlParserPrintFileContextInternal`: a window of at most 80 bytes of the line, tabs kept in
  /// the caret line so it lines up).
  public static func context(line: String, column: Int) -> String {
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
