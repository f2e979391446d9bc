import Lignum
import LignumKernel

/// `lignum lint`'s validation and resolver options, with xmllint's meaning:
///
/// - `--valid`: load the DTD and validate while parsing; exit status 4 when invalid.
/// - `--postvalid`: validate after parsing; status 3.
/// - `--dtdvalid FILE`: validate against the DTD in FILE; status 3, or 2 when FILE cannot be parsed.
/// - `--insert`: after parsing, list the element types that could be appended to the root.
/// - `--dropdtd`: leave the DOCTYPE out of the output.
/// - `--path "DIR DIR…"`: look for DTDs and entities that fail to load in these directories.
/// - `--catalogs`: resolve public and system identifiers through the XML Catalogs named by
///   `XML_CATALOG_FILES` (default `/etc/xml/catalog`); `--nocatalogs` turns them off. Unlike
///   xmllint, Lignum reads no catalog unless asked (with `--catalogs` or `XML_CATALOG_FILES`).
struct ValidationOptions {
  var valid = false
  var postvalid = false
  var dtdvalid: String?
  var insert = false
  var dropDTD = false
  var paths: [String] = []
  var catalogs = false
  var noCatalogs = false

  /// Takes `name` (without dashes) if it is one of these options; `value` reads its argument.
  mutating func accept(_ name: String, value: () throws(LintOptions.ParseError) -> String) throws(LintOptions.ParseError) -> Bool {
    switch name {
    case "valid": valid = true
    case "postvalid": postvalid = true
    case "dtdvalid": dtdvalid = try value()
    case "insert": insert = true
    case "dropdtd": dropDTD = true
    case "path": paths += SearchPathResolver.parsePathList(try value())
    case "catalogs": catalogs = true
    case "nocatalogs": noCatalogs = true
    default: return false
    }
    return true
  }

  /// Whether a validation pass runs before or after the ordinary one.
  var validates: Bool { valid || postvalid || dtdvalid != nil }

  /// What these options change in how documents are parsed.
  func configure(_ parse: inout ParseOptions) {
    if valid || postvalid || dtdvalid != nil { parse.loadExternalDTD = true }
    var resolver = parse.resolver
    if !noCatalogs, catalogs || FileIO.environment("XML_CATALOG_FILES") != nil {
      let files = FileIO.environment("XML_CATALOG_FILES").map(XMLCatalog.parseFileList) ?? ["/etc/xml/catalog"]
      resolver = CatalogResolver(catalog: XMLCatalog(files: files), base: resolver)
    }
    if !paths.isEmpty { resolver = SearchPathResolver(base: resolver, paths: paths) }
    parse.resolver = resolver
  }
}

extension Lint {
  /// One file with the validation options applied around ``run(_:)``. Exit status as
  /// xmllint 2.9: 4 for a validity error under `--valid`, 3 under `--postvalid` or
  /// `--dtdvalid`, 2 when the `--dtdvalid` DTD cannot be parsed; a parse error (1) wins.
  func runValidating(_ file: String) -> Int32 {
    let v = options.validation
    guard v.validates || v.insert else { return run(file) }
    // The ordinary pass first: it prints the parser's warnings (a DTD that failed to load
    // comes first in xmllint's output too), then the validating pass prints validity errors
    // and --insert its lists, all before the document is written, as xmllint does; --postvalid
    // and --dtdvalid come after it. A document that is not well-formed stops at the parse
    // error, without validity errors.
    var parsedWell = false
    var status = run(file) {
      parsedWell = true
      var checked: Int32 = 0
      if v.valid, case .invalid = validate(file, against: nil, withContext: true) { checked = 4 }
      if v.insert { printInsertableElements(file) }
      return checked
    }
    if !parsedWell { return status }
    if let dtdFile = v.dtdvalid {
      guard let dtd = loadDTD(dtdFile) else {
        Output.stderr("Could not parse DTD \(dtdFile)\n")
        return max(status, 2)
      }
      if case .invalid = validate(file, against: dtd, withContext: false) {
        Output.stderr("Document \(file) does not validate against \(dtdFile)\n")
        status = max(status, 3)
      }
    } else if v.postvalid {
      if case .invalid = validate(file, against: nil, withContext: false) {
        Output.stderr("Document \(file) does not validate\n")
        status = max(status, 3)
      }
    }
    return status
  }

  enum Validity { case valid, invalid, notWellFormed }

  /// A streaming validation pass over `file`, printing each validity error as xmllint does.
  func validate(_ file: String, against dtd: CompiledDTD?, withContext: Bool) -> Validity {
    var validator = dtd.map { Validator(dtd: $0) } ?? Validator()
    validator.namespaces = options.parse.namespaces
    validator.storesParserWarnings = false   // ``run(_:)`` prints the parser's warnings
    var printer = ValidityPrinter(file: file, withContext: withContext)
    var counted = 0
    guard var parser = try? PullParser(path: file, options: parseOptions(for: file)) else { return .notWellFormed }
    do {
      while true {
        let event = try parser.next()
        validator.validate(event, in: parser)
        for error in validator.takeErrors() {
          // After parsing, libxml2 no longer sees what the parser found (undeclared entities).
          if !withContext && error.code == .undeclaredEntity { continue }
          counted += 1
          if withContext { printer.print(error) } else { printer.hold(error) }
        }
        if event == .endDocument { break }
      }
    } catch {
      printer.flush()
      return .notWellFormed
    }
    printer.flush()
    return (withContext ? validator.isValid : counted == 0) ? .valid : .invalid
  }

  /// `--dtdvalid FILE`: the DTD read on its own, or `nil` (after xmllint's warning).
  func loadDTD(_ path: String) -> CompiledDTD? {
    guard let bytes = FileIO.readFile(path) else {
      Output.stderr("warning: failed to load external entity \"\(path)\"\n")
      return nil
    }
    do {
      return CompiledDTD(try DoctypeDeclaration(externalSubset: bytes, uri: path, options: parseOptions(for: path)))
    } catch {
      report(error, file: path)
      return nil
    }
  }

  /// `--insert`: the element types that may follow the root's last child (libxml2's
  /// `xmlValidGetValidElements`), on standard error.
  func printInsertableElements(_ file: String) {
    guard let document = try? Document(contentsOfFile: file, options: parseOptions(for: file)),
          let root = document.root, let doctype = document.doctype,
          let names = InsertableElements.after(lastChildOf: root, in: document, dtd: CompiledDTD(doctype)) else {
      Output.stderr("could not get valid list of elements\n")
      return
    }
    if names.isEmpty {
      Output.stderr("No element can be inserted under root\n")
    } else {
      Output.stderr("\(names.count) element types can be inserted under root:\n" + names.map { $0 + "\n" }.joined())
    }
  }

  /// `--dropdtd`: the document without its DOCTYPE.
  static func droppingDTD(_ document: Document) -> Document {
    var document = document
    for child in document.children(of: NodeID.document) where document.kind(of: child) == .documentType {
      document.remove(child)
    }
    document.doctype = nil
    return document
  }
}
