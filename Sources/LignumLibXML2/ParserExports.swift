import CLignumLibXML2
import LignumDOM
import LignumKernel
import LignumTokenizer

// Reading documents into C trees (parser.h): xmlRead*, xmlParse*, with libxml2's option bits.

/// `xmlParserOption` bits this library acts on.
enum ParserOption {
  static let recover: Int32 = 1 << 0
  static let noEntities: Int32 = 1 << 1        // XML_PARSE_NOENT: substitute entities
  static let dtdLoad: Int32 = 1 << 2
  static let dtdAttributes: Int32 = 1 << 3
  static let noError: Int32 = 1 << 5
  static let noWarning: Int32 = 1 << 6
  static let noBlanks: Int32 = 1 << 8
  static let noNet: Int32 = 1 << 11
  static let noCDATA: Int32 = 1 << 14
  static let huge: Int32 = 1 << 19
}

/// Parses `bytes` (or the file at `path`) with libxml2's options into a C tree; reports errors
/// on stderr and in `xmlLastError` as libxml2 does. `nil` when the document is not well-formed
/// (and recovery was not asked for or found no root).
/// `stopAtFirstError`: as libxml2's reader, report no error after the first well-formedness
/// error (the whole-document parser goes on after those it can recover from).
func readDocument(bytes: [UInt8]?, path: String?, url: String?, encoding: String?, options: Int32,
                  context: xmlParserCtxtPtr? = nil, stopAtFirstError: Bool = false) -> xmlDocPtr? {
  if let ctxt = unsafe context, let sax = unsafe ctxt.pointee.sax, unsafe !isDefaultHandler(sax) {
    return unsafe parseThroughHandler(ctxt, sax, bytes: bytes, path: path, url: url, encoding: encoding, options: options)
  }
  let outcome = unsafe parse(bytes: bytes, path: path, url: url, encoding: encoding, options: options,
                             stopAtFirstError: stopAtFirstError)
  if let ctxt = unsafe context {
    // What programs read back from a context after a parse: well-formedness, the last problem
    // reported (lxml judges a document by its level), the error code.
    let error = unsafe xmlGetLastError()
    unsafe ctxt.pointee.wellFormed = outcome.failed ? 0 : 1
    unsafe ctxt.pointee.nsWellFormed = outcome.namespaceError ? 0 : 1
    unsafe ctxt.pointee.valid = 1
    unsafe ctxt.pointee.errNo = outcome.failed ? (error?.pointee.code ?? 1) : outcome.lastErrorCode
    if outcome.reported, let error = unsafe error { _ = unsafe xmlCopyError(error, &ctxt.pointee.lastError) }
  }
  return unsafe outcome.doc
}

/// What a parse gave and what it reported.
// SAFETY: `doc` is a tree the parse built and hands to its caller; the struct only carries it.
@safe struct ParseOutcome {
  var doc: xmlDocPtr?
  /// A fatal error was reported (the document is not well-formed; with recovery `doc` may exist).
  var failed = false
  /// Something was reported, so the thread's last error is this parse's.
  var reported = false
  /// A namespace error was recovered from.
  var namespaceError = false
  /// The code of the last error (not warning) reported, 0 for none.
  var lastErrorCode: Int32 = 0
}

/// A parse whose events go to a program's SAX callbacks; the document is what they built
/// (`myDoc`), dropped when the input is not well-formed and recovery was not asked for.
func parseThroughHandler(_ ctxt: xmlParserCtxtPtr, _ sax: xmlSAXHandlerPtr, bytes: [UInt8]?, path: String?, url: String?,
                         encoding: String?, options: Int32) -> xmlDocPtr? {
  let options = options | defaultOptions()
  var parse = parseOptions(options, url: url ?? path, encoding: encoding)
  // libxml2 hands SAX handlers the attributes the DTD defaults, last (nb_defaulted).
  parse.reportDefaultAttributes = true
  var parser: PullParser
  if let path {
    do { parser = try PullParser(path: path, options: parse) } catch {
      report(error, file: url ?? path, fatal: true, options: options)
      unsafe ctxt.pointee.wellFormed = 0
      unsafe ctxt.pointee.errNo = error.code.rawValue
      return nil
    }
  } else {
    parser = PullParser(bytes: bytes ?? [], options: parse)
  }
  unsafe ctxt.pointee.options = options
  unsafe ctxt.pointee.replaceEntities = options & ParserOption.noEntities != 0 ? 1 : 0
  // A fresh start: no document or open element from an earlier parse with this context.
  unsafe ctxt.pointee.myDoc = nil
  unsafe ctxt.pointee.node = nil
  unsafe ctxt.pointee.wellFormed = 1
  unsafe ctxt.pointee.nsWellFormed = 1
  unsafe ctxt.pointee.errNo = 0
  unsafe ctxt.pointee.disableSAX = 0
  let wellFormed = unsafe SAXDriver(ctxt: ctxt, sax: sax).run(&parser, url: url ?? path, options: options)
  unsafe ctxt.pointee.node = nil
  unsafe ctxt.pointee.wellFormed = wellFormed ? 1 : 0
  let doc = unsafe ctxt.pointee.myDoc
  unsafe ctxt.pointee.myDoc = nil
  if !wellFormed && options & ParserOption.recover == 0 {
    unsafe exported_xmlFreeDoc(doc)
    return nil
  }
  return unsafe doc
}

/// Lignum's parse options for libxml2's option bits.
func parseOptions(_ options: Int32, url: String?, encoding: String?) -> ParseOptions {
  var parse = ParseOptions()
  parse.recoverNamespaceErrors = true   // libxml2 reports them and goes on
  // libxml2 goes on after a mismatched end tag or an undeclared entity too, reporting later
  // errors; without XML_PARSE_RECOVER the document is then dropped (its SAX callbacks are off).
  parse.recover = true
  parse.substituteEntities = options & ParserOption.noEntities != 0
  parse.loadExternalDTD = options & (ParserOption.dtdLoad | ParserOption.dtdAttributes) != 0
  parse.defaultAttributes = options & ParserOption.dtdAttributes != 0
  if options & ParserOption.huge != 0 { parse.huge = true }
  parse.baseURI = url
  parse.forcedEncoding = encoding
  return parse
}

func parse(bytes: [UInt8]?, path: String?, url: String?, encoding: String?, options: Int32,
           stopAtFirstError: Bool = false) -> ParseOutcome {
  let options = options | defaultOptions()
  var parse = parseOptions(options, url: url ?? path, encoding: encoding)
  if stopAtFirstError && options & ParserOption.recover == 0 { parse.recover = false }
  let build = BuildOptions(keepBlankText: options & ParserOption.noBlanks == 0)
  let file = url ?? path
  // Read as in recover mode either way, so that the problems noted before a fatal error are
  // reported (libxml2 reports each as it comes); without XML_PARSE_RECOVER the tree is dropped.
  let result = path.map { Document.recovering(contentsOfFile: $0, options: parse, build: build) }
    ?? Document.recovering(bytes: bytes ?? [], options: parse, build: build)
  var document = result.document
  let failure = result.error
  var outcome = ParseOutcome()
  for warning in result.document?.parseWarnings ?? [] {
    report(warning, file: file, fatal: false, options: options)
    outcome.reported = true
    if !warning.isWarning { outcome.lastErrorCode = warning.code.rawValue }
    if warning.isNamespaceError && !warning.isWarning { outcome.namespaceError = true }
  }
  if let failure {
    report(failure, file: file, fatal: true, options: options)
    outcome.reported = true
    outcome.lastErrorCode = failure.code.rawValue
  }
  outcome.failed = !result.isWellFormed
  if outcome.failed && (options & ParserOption.recover == 0 || document?.root == nil) { document = nil }
  guard let document else { return outcome }
  var builder = CTreeBuilder(document: document, options: options)
  builder.wellFormed = !outcome.failed
  unsafe outcome.doc = builder.build(url: url ?? path)
  return outcome
}

/// The option bits this thread's parser defaults add (`xmlKeepBlanksDefault(0)`,
/// `xmlLoadExtDtdDefaultValue`, `xmlGetWarningsDefaultValue`), as a libxml2 parser context
/// starts from them. `xmlSubstituteEntitiesDefault` is not among them: xmlRead* and
/// xmlCtxtUseOptions set entity substitution from XML_PARSE_NOENT alone (libxml2's
/// xmlCtxtUseOptionsInternal); only the older entry points follow it (``legacyEntityOption()``).
func defaultOptions() -> Int32 {
  var bits: Int32 = 0
  // SAFETY: the accessors return this thread's settings, valid for the thread's lifetime.
  if unsafe __xmlKeepBlanksDefaultValue().pointee == 0 { bits |= ParserOption.noBlanks }
  let loadDTD = unsafe __xmlLoadExtDtdDefaultValue().pointee
  if loadDTD != 0 { bits |= ParserOption.dtdLoad }
  if loadDTD & 4 != 0 { bits |= ParserOption.dtdAttributes }   // XML_COMPLETE_ATTRS
  if unsafe __xmlGetWarningsDefaultValue().pointee == 0 { bits |= ParserOption.noWarning }
  return bits
}

/// Prints an error as libxml2's default handler does (unless `XML_PARSE_NOERROR`/`NOWARNING`)
/// and records it as this thread's last error.
func report(_ error: XMLSyntaxError, file: String?, fatal: Bool, options: Int32) {
  let text = reportText(error, file: file, fatal: fatal, warnings: options & ParserOption.noWarning == 0)
  record(error, file: file, fatal: fatal)
  // Handlers that print where the error is read it from error->ctxt->input.
  unsafe lignumSetErrorSource(error.sourceLine, Int32(clamping: error.position.column))
  unsafe lignumReportError(text, options & ParserOption.noError == 0 && text != nil ? 1 : 0)
}

/// A report for input without a name (`:LINE: …` from XMLErrorReport): libxml2 says where as
/// `Entity: line N` for parser errors and not at all for namespace errors.
func unnamed(_ text: String, _ error: XMLSyntaxError) -> String {
  guard text.hasPrefix(":") else { return text }
  if error.isNamespaceError {
    let rest = text.dropFirst()
    guard let colon = rest.firstIndex(of: ":") else { return text }
    return String(rest[rest.index(after: colon)...].drop { $0 == " " })
  }
  return "Entity: line " + text.dropFirst()
}

/// Makes a syntax error this thread's last error, with libxml2's domain and level.
func record(_ error: XMLSyntaxError, file: String?, fatal: Bool) {
  let domain: Int32 = error.isNamespaceError ? 3 : 1          // XML_FROM_NAMESPACE, XML_FROM_PARSER
  let level: Int32 = (error.code == .ioLoadError && !fatal) || error.isWarning ? 1 : error.isNamespaceError ? 2 : 3
  unsafe lignumSetLastError(domain, error.code.rawValue, level, file, Int32(clamping: error.position.line),
                            Int32(clamping: error.position.column), error.message + "\n")
}

/// The report text libxml2 prints for an error (`Entity: line N` when the input has no name).
func reportText(_ error: XMLSyntaxError, file: String?, fatal: Bool, warnings: Bool) -> String? {
  var text = fatal ? XMLErrorReport.fatal(error, file: file ?? "") : XMLErrorReport.nonFatal(error, file: file ?? "", warnings: warnings)
  if file == nil, let t = text { text = unnamed(t, error) }
  return text
}

/// The string of a C `char *` argument, if not NULL.
func optionalString(_ p: UnsafePointer<CChar>?) -> String? {
  guard let p = unsafe p else { return nil }
  // SAFETY: char and xmlChar have the same size; the NUL-terminated string is only read.
  return unsafe p.withMemoryRebound(to: xmlChar.self, capacity: 1) { unsafe CString.string($0) }
}

/// Parses `size` bytes at `buffer`; `URL` names the document in errors and `doc->URL`.
@_cdecl("xmlReadMemory")
public func exported_xmlReadMemory(_ buffer: UnsafePointer<CChar>?, _ size: Int32, _ URL: UnsafePointer<CChar>?,
                                   _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let buffer = unsafe buffer, size >= 0 else { return nil }
  // SAFETY: the caller promises `size` readable bytes at buffer; they are copied at once.
  let bytes = unsafe UnsafeRawBufferPointer(start: buffer, count: Int(size))
  return unsafe readDocument(bytes: Array(bytes), path: nil, url: optionalString(URL), encoding: optionalString(encoding), options: options)
}

/// Parses a NUL-terminated document.
@_cdecl("xmlReadDoc")
public func exported_xmlReadDoc(_ cur: UnsafePointer<xmlChar>?, _ URL: UnsafePointer<CChar>?,
                                _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let cur = unsafe cur else { return nil }
  return unsafe readDocument(bytes: CString.bytes(cur), path: nil, url: optionalString(URL), encoding: optionalString(encoding), options: options)
}

/// Parses a file (`-`: standard input).
@_cdecl("xmlReadFile")
public func exported_xmlReadFile(_ filename: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let name = unsafe optionalString(filename) else { return nil }
  if name == "-" {
    return unsafe readDocument(bytes: readAll(fd: 0), path: nil, url: name, encoding: optionalString(encoding), options: options)
  }
  return unsafe readDocument(bytes: nil, path: name, url: nil, encoding: optionalString(encoding), options: options)
}

/// XML_PARSE_NOENT when this thread's `xmlSubstituteEntitiesDefault(1)` is in force: what the
/// older entry points (and a context before xmlCtxtUseOptions) substitute by.
func legacyEntityOption() -> Int32 {
  // SAFETY: the accessor returns this thread's setting, valid for the thread's lifetime.
  unsafe __xmlSubstituteEntitiesDefaultValue().pointee != 0 ? ParserOption.noEntities : 0
}

/// The older entry points: default options.
@_cdecl("xmlParseMemory")
public func exported_xmlParseMemory(_ buffer: UnsafePointer<CChar>?, _ size: Int32) -> xmlDocPtr? {
  unsafe exported_xmlReadMemory(buffer, size, nil, nil, legacyEntityOption())
}

@_cdecl("xmlParseDoc")
public func exported_xmlParseDoc(_ cur: UnsafePointer<xmlChar>?) -> xmlDocPtr? {
  unsafe exported_xmlReadDoc(cur, nil, nil, legacyEntityOption())
}

@_cdecl("xmlParseFile")
public func exported_xmlParseFile(_ filename: UnsafePointer<CChar>?) -> xmlDocPtr? {
  unsafe exported_xmlReadFile(filename, nil, legacyEntityOption())
}

/// Nothing to set up: the library has no global parser state to initialize.
@_cdecl("xmlInitParser")
public func exported_xmlInitParser() {}

/// Frees this thread's last error; the library keeps no other global state.
@_cdecl("xmlCleanupParser")
public func exported_xmlCleanupParser() { xmlResetLastError() }

/// Warns, as libxml2 does, when a program was compiled against other major (fatal) or newer
/// minor headers than 2.9.14.
@_cdecl("xmlCheckVersion")
public func exported_xmlCheckVersion(_ version: Int32) {
  let mine: Int32 = 20914
  if mine / 10000 != version / 10000 {
    _ = FileIO.write(Array("Fatal: program compiled against libxml \(version) using libxml \(mine)\n".utf8), to: 2)
  }
  if mine / 100 < version / 100 {
    _ = FileIO.write(Array("Warning: program compiled against libxml \(version) using older \(mine)\n".utf8), to: 2)
  }
}
