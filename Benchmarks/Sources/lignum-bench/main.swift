// lignum-bench MODE FILE [XPATH-FILE]
//
// One timed run of one Lignum API over one file held in memory. MODE is
//   pull       PullParser over the whole buffer, every event
//   push       PushParser fed 64 KiB chunks
//   dom        Document(parsing:)
//   serialize  Document.serialized() of a document parsed beforehand (not timed)
//   c14n       Document.canonicalized(.c14n10) of a document parsed beforehand (not timed)
//   xpath      the expressions of XPATH-FILE (one a line) on a document parsed beforehand
//   stream     PullParser(path:) reading FILE (`-`: standard input) in chunks, every event;
//              the time includes reading
// Prints one line of key=value pairs (see Benchmarks/README.md): seconds, elements, attributes
// (namespace declarations excluded), text (bytes of character data after entity expansion),
// rss_kb (peak RSS of the process), base_kb (peak RSS before the timed part, input included).
// Every mode parses like `xmllint --noent --dtdattr --huge`: entities substituted, default
// attributes added, namespaces on, limits raised (the deep shape nests 10,000 levels).
import Glibc
import Lignum

func fail(_ message: String) -> Never {
  var line = "lignum-bench: " + message + "\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  exit(2)
}

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Peak RSS in KiB: VmHWM of /proc/self/status (getrusage's ru_maxrss keeps the parent's peak
/// across fork and exec on Linux, so it is only the fallback).
func peakRSSKiB() -> Int {
  let fd = open("/proc/self/status", O_RDONLY)
  if fd >= 0 {
    var buf = [UInt8](repeating: 0, count: 8192)
    let n = buf.withContiguousMutableStorageIfAvailable { read(fd, $0.baseAddress, $0.count) } ?? -1
    close(fd)
    if n > 0 {
      let text = String(decoding: buf[..<n], as: UTF8.self)
      for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        if let kb = Int(line.dropFirst(6).filter { $0.isNumber }) { return kb }
      }
    }
  }
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Int(usage.ru_maxrss)
}

func readFile(_ path: String) -> [UInt8] {
  let fd = open(path, O_RDONLY)
  if fd < 0 { fail("cannot open \(path)") }
  var st = stat()
  if fstat(fd, &st) != 0 { fail("cannot stat \(path)") }
  var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
  var done = 0
  while done < bytes.count {
    let n = bytes[done...].withContiguousMutableStorageIfAvailable { read(fd, $0.baseAddress, $0.count) } ?? -1
    if n <= 0 { fail("cannot read \(path)") }
    done += n
  }
  close(fd)
  return bytes
}

struct Counts {
  var elements = 0
  var attributes = 0
  var text = 0
}

func options() -> ParseOptions {
  var o = ParseOptions()
  o.substituteEntities = true
  o.defaultAttributes = true
  o.huge = true
  return o
}

/// Counts a document's elements, attributes and character data (outside the timed part).
func count(_ doc: Document) -> Counts {
  var c = Counts()
  for id in doc.descendants(of: .document) {
    switch doc.kind(of: id) {
    case .element:
      c.elements += 1
      c.attributes += doc.attributes(of: id).count
    case .text, .cdata:
      c.text += doc.contentBytes(of: id).count
    default:
      break
    }
  }
  return c
}

@inline(never)
func pull(_ bytes: [UInt8]) throws(XMLSyntaxError) -> Counts {
  var parser = PullParser(bytes: bytes, options: options())
  return try countEvents(&parser)
}

/// Every event of the parser, counted.
func countEvents(_ parser: inout PullParser) throws(XMLSyntaxError) -> Counts {
  var c = Counts()
  while true {
    switch try parser.next() {
    case .startElement(let tag):
      c.elements += 1
      c.attributes += tag.attributes.count
    case .text(let r), .cdata(let r):
      c.text += r.count
    case .endDocument:
      return c
    default:
      break
    }
  }
}

@inline(never)
func push(_ bytes: [UInt8]) throws(XMLSyntaxError) -> Counts {
  var c = Counts()
  var parser = PushParser(options: options())
  var offset = 0
  var finished = false
  while true {
    while let event = try parser.next() {
      switch event {
      case .startElement(let tag):
        c.elements += 1
        c.attributes += tag.attributes.count
      case .text(let r), .cdata(let r):
        c.text += r.count
      case .endDocument:
        return c
      default:
        break
      }
    }
    if finished { fail("push parser ended without endDocument") }
    if offset < bytes.count {
      let end = min(offset + 65536, bytes.count)
      parser.feed(Array(bytes[offset..<end]))
      offset = end
    } else {
      parser.finish()
      finished = true
    }
  }
}

/// XPath results written the same way by every benchmark program, so the runner can compare them.
func describe(_ value: XPathResult) -> String {
  switch value {
  case .nodeSet(let nodes): return "n:\(nodes.count)"
  case .boolean(let b): return "b:\(b ? 1 : 0)"
  case .number(let x):
    if x.isNaN { return "num:NaN" }
    return "num:\(Int64((x * 100).rounded()))"
  case .string(let s): return "s:\(s.utf8.count)"
  }
}

/// The pull parser reading a file (or `-`, standard input) in chunks: the streaming case,
/// whose memory must not grow with the document.
@inline(never)
func stream(_ path: String) throws(XMLSyntaxError) -> Counts {
  var parser = try PullParser(path: path, options: options())
  return try countEvents(&parser)
}

let args = CommandLine.arguments
if args.count < 3 { fail("usage: lignum-bench pull|push|dom|serialize|c14n|xpath|stream FILE [XPATH-FILE]") }
let mode = args[1]
let input = mode == "stream" ? [] : readFile(args[2])
var expressions: [String] = []
if mode == "xpath" {
  if args.count < 4 { fail("xpath needs an expressions file") }
  let text = String(decoding: readFile(args[3]), as: UTF8.self)
  expressions = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
}

var counts = Counts()
var extra = ""
var seconds = 0.0
var base = 0
do {
  switch mode {
  case "stream":
    base = peakRSSKiB()
    let t0 = now()
    counts = try stream(args[2])
    seconds = now() - t0
  case "pull", "push", "dom":
    base = peakRSSKiB()
    let t0 = now()
    if mode == "pull" {
      counts = try pull(input)
    } else if mode == "push" {
      counts = try push(input)
    } else {
      let doc = try Document(parsing: input, options: options())
      seconds = now() - t0
      counts = count(doc)
      withExtendedLifetime(doc) {}
    }
    if mode != "dom" { seconds = now() - t0 }
  case "serialize", "c14n", "xpath":
    let doc = try Document(parsing: input, options: options())
    counts = count(doc)
    base = peakRSSKiB()
    let t0 = now()
    if mode == "serialize" {
      let out = try doc.serialized()
      seconds = now() - t0
      extra = " out_bytes=\(out.count)"
    } else if mode == "c14n" {
      let out = try doc.canonicalized(.c14n10)
      seconds = now() - t0
      extra = " out_bytes=\(out.count)"
    } else {
      var results: [String] = []
      for e in expressions { results.append(describe(try doc.evaluate(e))) }
      seconds = now() - t0
      extra = " xpath=" + results.joined(separator: "|")
    }
  default:
    fail("unknown mode \(mode)")
  }
} catch {
  fail("\(mode) \(args[2]): \(error)")
}
print("seconds=\(seconds) elements=\(counts.elements) attributes=\(counts.attributes) text=\(counts.text) rss_kb=\(peakRSSKiB()) base_kb=\(base)\(extra)")
