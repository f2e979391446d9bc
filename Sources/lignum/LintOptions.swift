import Lignum

/// `lignum lint`'s command line, parsed as xmllint parses it: options may come before or after
/// the files, with one dash or two (`-noout` = `--noout`), and `-` names standard input.
struct LintOptions {
  var files: [String] = []
  var noout = false
  var format = false
  var keepBlanks = true
  var recover = false
  var stream = false
  var nowarning = false
  var canonical: CanonicalizationMethod?
  var withComments = true
  var encoding: String?
  var output: String?
  /// xmllint's parser: namespace errors are reported and parsing goes on, and so it does after
  /// the errors libxml2 recovers from (without `--recover` they fail the document but later
  /// errors are still reported, as libxml2 reports them with its SAX callbacks off).
  var parse: ParseOptions = {
    var p = ParseOptions()
    p.recoverNamespaceErrors = true
    p.recover = true
    return p
  }()
  /// `--valid`, `--postvalid`, `--dtdvalid`, `--insert`, `--dropdtd`, `--path`, `--catalogs` (Validation.swift).
  var validation = ValidationOptions()
  /// `--xpath EXPR`: print the result instead of the document.
  var xpath: String?
  var xpathContexts: [String] = []
  var xpathVariables: [(String, String)] = []
  var xpathNamespaces: [String: String] = [:]
  enum XPathFormat { case xmllint, json }
  var xpathFormat = XPathFormat.xmllint
  /// `--xpath-batch FILE`: evaluate each line of FILE as an expression on the same parsed
  /// document, as `--xpath` would, each output followed by a record separator (U+001E) and the
  /// expression's exit status on a line (for differential tests, one process per document).
  var xpathBatch: String?

  enum ParseError: Error { case unknown(String), missingValue(String), badValue(String, String) }

  init(arguments: [String]) throws(ParseError) {
    var i = 0
    func value(_ option: String) throws(ParseError) -> String {
      i += 1
      guard i < arguments.count else { throw .missingValue(option) }
      return arguments[i]
    }
    while i < arguments.count {
      let arg = arguments[i]
      defer { i += 1 }
      guard arg.hasPrefix("-"), arg != "-" else { files.append(arg); continue }
      let name = arg.hasPrefix("--") ? String(arg.dropFirst(2)) : String(arg.dropFirst())
      switch name {
      case "noout": noout = true
      case "format": format = true; keepBlanks = false
      case "noblanks": keepBlanks = false
      case "recover": recover = true
      case "stream": stream = true
      case "nowarning": nowarning = true
      case "noent": parse.substituteEntities = true
      case "loaddtd": parse.loadExternalDTD = true
      case "dtdattr": parse.defaultAttributes = true; parse.loadExternalDTD = true
      case "nonet": parse.noNetwork = true
      case "huge": parse.huge = true
      case "nsclean", "nocdata", "noxincludenode", "nofixup-base-uris", "pedantic", "quiet": break
      case "c14n": canonicalize(.c14n10, comments: true)
      case "c14n11": canonicalize(.c14n11, comments: true)
      case "exc-c14n": canonicalize(.exclusive(inclusivePrefixes: []), comments: true)
      case "encode": encoding = try value(arg)
      case "o", "output": output = try value(arg)
      case "xpath": xpath = try value(arg); noout = true
      case "xpath-context": xpathContexts.append(try value(arg))
      case "xpath-batch": xpathBatch = try value(arg); noout = true
      case "xpath-var":
        let v = try value(arg)
        guard let eq = v.firstIndex(of: "=") else { throw .badValue(arg, v) }
        xpathVariables.append((String(v[..<eq]), String(v[v.index(after: eq)...])))
      case "xpath-ns":
        let v = try value(arg)
        guard let eq = v.firstIndex(of: "=") else { throw .badValue(arg, v) }
        xpathNamespaces[String(v[..<eq])] = String(v[v.index(after: eq)...])
      case "xpath-format":
        switch try value(arg) {
        case "xmllint": xpathFormat = .xmllint
        case "json": xpathFormat = .json
        case let other: throw .badValue(arg, other)
        }
      default:
        guard try validation.accept(name, value: { () throws(ParseError) -> String in try value(arg) }) else {
          throw .unknown(arg)
        }
      }
    }
    validation.configure(&parse)
  }

  /// xmllint parses for C14N with `XML_PARSE_NOENT | XML_PARSE_DTDATTR | XML_PARSE_DTDLOAD`.
  mutating func canonicalize(_ method: CanonicalizationMethod, comments: Bool) {
    canonical = method
    withComments = comments
    parse.substituteEntities = true
    parse.defaultAttributes = true
    parse.loadExternalDTD = true
  }

  static let usage = """
    Usage : lignum lint [options] XMLfiles ...
    \tParse the XML files and output the result of the parsing (xmllint's options)
    \t--noout : don't output the result tree
    \t--format : reformat/reindent the output
    \t--encode encoding : output in the given encoding
    \t--output file or -o file: save to a given file
    \t--c14n : save in W3C canonical format v1.0 (with comments)
    \t--c14n11 : save in W3C canonical format v1.1 (with comments)
    \t--exc-c14n : save in W3C exclusive canonical format (with comments)
    \t--noent : substitute entity references by their value
    \t--loaddtd : fetch external DTD
    \t--dtdattr : loaddtd + populate the tree with inherited attributes
    \t--noblanks : drop (ignorable?) blanks spaces
    \t--nonet : refuse to fetch DTDs or entities over network (always on)
    \t--huge : remove any internal arbitrary parser limits
    \t--recover : output what was parsable on broken XML documents
    \t--stream : use the streaming interface to process very large files
    \t--nowarning : do not emit warnings from parser/validator
    \t--valid : validate the document in addition to std well-formed check
    \t--postvalid : do a posteriori validation, i.e after parsing
    \t--dtdvalid URL : do a posteriori validation against a given DTD
    \t--insert : ad-hoc test for valid insertions
    \t--dropdtd : remove the DOCTYPE of the input docs
    \t--path 'paths': provide a set of paths for resources
    \t--catalogs : use the XML Catalogs of $XML_CATALOG_FILES (default /etc/xml/catalog)
    \t--nocatalogs : deactivate all catalogs (also those of XML_CATALOG_FILES)
    \t--xpath expr: evaluate the XPath expression, print the result as xmllint does
    \t--xpath-context expr: (repeatable) move the context node to the first node selected
    \t--xpath-var name=value: bind $name to the string value
    \t--xpath-ns prefix=uri: bind a namespace prefix for --xpath
    \t--xpath-format xmllint|json: output format of --xpath (default xmllint)
    \t--xpath-batch file: evaluate each line of file as --xpath does, each result followed by
    \t\tU+001E and its exit status on a line (one parse for many expressions)
    \tA file name of - reads standard input.
    Exit codes: 0 ok, 1 parse error or unreadable file, 2 --dtdvalid DTD unusable, 3 invalid
    (--postvalid, --dtdvalid), 4 invalid (--valid), 6 output error, 10 XPath error or empty
    node-set; with --xpath-format json: 0 evaluated, 2 static XPath error, 3 dynamic XPath error.

    """
}
