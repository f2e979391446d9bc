import Lignum

/// Serves external entities from a dictionary keyed by system identifier.
struct MemoryResolver: ResourceResolver {
  var files: [String: String]
  func resolve(systemID: String, publicID: String?, baseURI: String?) throws -> (uri: String, bytes: [UInt8]) {
    guard let text = files[systemID] else { throw ResourceError(uri: systemID, reason: "not in memory") }
    return (systemID, Array(text.utf8))
  }
}

func options(_ files: [String: String] = [:]) -> ParseOptions {
  var options = ParseOptions()
  options.loadExternalDTD = true
  options.substituteEntities = true
  options.defaultAttributes = true
  if !files.isEmpty { options.resolver = MemoryResolver(files: files) }
  return options
}

/// Validates `xml` while pulling its events; also byte-at-a-time through the push parser,
/// and checks both give the same errors.
func validate(_ xml: String, _ parseOptions: ParseOptions = options()) throws -> [ValidityError] {
  var parser = PullParser(bytes: Array(xml.utf8), options: parseOptions)
  var validator = Validator()
  validator.namespaces = parseOptions.namespaces
  while true {
    let event = try parser.next()
    validator.validate(event, in: parser)
    if event == .endDocument { break }
  }
  var push = PushParser(options: parseOptions)
  var pushed = Validator()
  pushed.namespaces = parseOptions.namespaces
  var done = false
  func drain() throws {
    while !done, let event = try push.next() {
      pushed.validate(event, in: push)
      if event == .endDocument { done = true }
    }
  }
  for byte in xml.utf8 {
    push.feed([byte])
    try drain()
  }
  push.finish()
  try drain()
  if pushed.errors.map(\.message) != validator.errors.map(\.message) {
    throw ValidityError(.contentModel, "push and pull disagree: \(pushed.errors) vs \(validator.errors)")
  }
  return validator.errors
}

func codes(_ xml: String, _ parseOptions: ParseOptions = options()) throws -> [ValidityError.Code] {
  try validate(xml, parseOptions).map(\.code)
}

func messages(_ xml: String, _ parseOptions: ParseOptions = options()) throws -> [String] {
  try validate(xml, parseOptions).map(\.message)
}
