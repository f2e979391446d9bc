import Lignum
import LignumKernel

/// `lignum lint`: xmllint's behavior for the options ``LintOptions`` knows.
///
/// Exit status as xmllint 2.9: 0, 1 (a file did not parse or could not be read), 6 (output
/// failed); with several files the highest wins. Namespace errors are reported and parsing
/// goes on, as in xmllint. One deliberate difference: a failed write to standard output is status 6.
struct Lint {
  var options: LintOptions

  static func main(_ arguments: [String]) -> Int32 {
    let options: LintOptions
    do { options = try LintOptions(arguments: arguments) } catch {
      switch error {
      case .unknown(let arg): Output.stderr("Unknown option \(arg)\n")
      case .missingValue(let arg): Output.stderr("Option \(arg) needs a value\n")
      case .badValue(let arg, let value): Output.stderr("Option \(arg): bad value '\(value)'\n")
      }
      Output.stderr(LintOptions.usage)
      return 1
    }
    guard !options.files.isEmpty else { Output.stderr(LintOptions.usage); return 1 }
    let lint = Lint(options: options)
    var status: Int32 = 0
    for file in options.files { status = max(status, lint.runValidating(file)) }
    return status
  }

  func parseOptions(for file: String) -> ParseOptions {
    var p = options.parse
    p.baseURI = file == "-" ? nil : file
    return p
  }

  func report(_ error: XMLSyntaxError, file: String) {
    Output.stderr(XMLErrorReport.fatal(error, file: file))
  }

  /// A problem that did not stop parsing, in xmllint's words (`--nowarning` hides only warnings).
  func reportWarning(_ warning: XMLSyntaxError, file: String) {
    if let text = XMLErrorReport.nonFatal(warning, file: file, warnings: !options.nowarning) { Output.stderr(text) }
  }

  /// Parses `file` and prints what xmllint prints for it. `afterParse` runs once the document
  /// parsed and its warnings are printed, before any output (xmllint's `--valid` errors and
  /// `--insert` come there); its status joins the result.
  func run(_ file: String, afterParse: (() -> Int32)? = nil) -> Int32 {
    if options.stream { return stream(file) }
    let build = BuildOptions(keepBlankText: options.keepBlanks)
    // Read as in recover mode either way, so that the problems noted before a fatal error are
    // printed before it, as xmllint prints each as it comes; without --recover that error fails.
    let result = Document.recovering(contentsOfFile: file, options: parseOptions(for: file), build: build)
    for warning in result.document?.parseWarnings ?? [] { reportWarning(warning, file: file) }
    if let error = result.error { report(error, file: file) }
    if !result.isWellFormed && !options.recover { return 1 }
    guard let document = result.document, document.root != nil || result.error == nil else { return 1 }
    let checked = afterParse?() ?? 0
    if let batch = options.xpathBatch { return max(checked, XPathCommand.runBatch(batch, on: document, options: options)) }
    if options.xpath != nil { return max(checked, XPathCommand(options: options).run(on: document)) }
    if options.noout { return checked }
    return max(checked, write(options.validation.dropDTD ? Self.droppingDTD(document) : document))
  }

  func write(_ document: Document) -> Int32 {
    if let method = options.canonical {
      // xmllint writes canonical output to standard output, whatever --output says.
      do {
        let bytes = try document.canonicalized(method, withComments: options.withComments)
        return Output.stdout(bytes) ? 0 : 6
      } catch {
        Output.stderr("C14N error : \(error.message)\nFailed to canonicalize\n")
        return 6
      }
    }
    let bytes: [UInt8]
    do {
      // xmllint takes the indentation of --format from XMLLINT_INDENT.
      bytes = try document.serialized(SerializationOptions(format: options.format, encoding: options.encoding,
                                                           indentation: FileIO.environment("XMLLINT_INDENT") ?? "  "))
    } catch {
      Output.stderr("output error : unknown encoding \(error.encoding)\n")
      return 6
    }
    if let path = options.output {
      guard FileIO.writeFile(path, bytes) else {
        let reason = OSError.lastDescription()
        Output.stderr("I/O error : \(reason)\nI/O error : \(reason)\n")
        return 6
      }
      return 0
    }
    guard Output.stdout(bytes) else {
      Output.stderr("I/O error : \(OSError.lastDescription())\n")
      return 6
    }
    return 0
  }

  /// `--stream`: pull every event through the tokenizer without building a tree.
  func stream(_ file: String) -> Int32 {
    var parser: PullParser
    do { parser = try PullParser(path: file, options: parseOptions(for: file)) } catch {
      Output.stderr("Unable to open \(file)\n")
      return 1
    }
    var reported = 0
    var wellFormed = true
    func reportNewWarnings() {
      let warnings = parser.warnings
      while reported < warnings.count {
        reportWarning(warnings[reported], file: file)
        if warnings[reported].isRecoveredFatalError { wellFormed = false }
        reported += 1
      }
    }
    do {
      while true {
        let event = try parser.next()
        if parser.warnings.count > reported { reportNewWarnings() }
        // xmllint's reader stops at the first well-formedness error, recovered or not.
        if !wellFormed && !options.recover {
          Output.stderr("\(file) : failed to parse\n")
          return 1
        }
        if case .endDocument = event { break }
      }
    } catch {
      reportNewWarnings()
      report(error, file: file)
      Output.stderr("\(file) : failed to parse\n")
      return 1
    }
    return 0
  }
}

