import FuzzSupport
import LignumTokenizer
#if canImport(Glibc)
import Glibc
#endif

/// The pull parser over the whole input and the push parser fed in input-derived chunks, run in
/// lockstep: both must give the same events and fail with the same error code. Any crash, trap,
/// hang or memory blow-up is a finding too.
@main
enum FuzzTokenizer {
  static func main() { runFuzzer(fuzzTokenizer) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = FuzzInput(bytes(data, size))
  compareParsers(input.body, options: input.options(document: input.body), chunking: input.parameter)
  return 0
}

/// Chunk sizes for the push parser: parameter 0 feeds one byte at a time; otherwise sizes are
/// drawn from 1...2^(parameter % 13) by a small PRNG seeded with the parameter.
struct Chunker {
  var state: UInt32
  let maxSize: Int

  init(_ parameter: UInt8) {
    state = UInt32(parameter) &* 2_654_435_761 | 1
    maxSize = parameter == 0 ? 1 : 1 << Int(parameter % 13)
  }

  mutating func next() -> Int {
    state ^= state << 13; state ^= state >> 17; state ^= state << 5
    return 1 + Int(state % UInt32(maxSize))
  }
}

/// One event or the error that ended the parse, with the payload copied out.
enum Step: Equatable {
  case event(OwnedEvent)
  case failure(XMLSyntaxError.Code, String)

  static func == (a: Step, b: Step) -> Bool {
    switch (a, b) {
    case (.event(let x), .event(let y)): return x == y
    case (.failure(let x, _), .failure(let y, _)): return x == y
    default: return false
    }
  }
}

struct PushSide {
  var parser: PushParser
  let input: [UInt8]
  var chunker: Chunker
  var offset = 0
  var finished = false

  mutating func next() -> Step {
    while true {
      do {
        if let e = try parser.next() { return .event(parser.owned(e)) }
      } catch {
        return .failure(error.code, error.description)
      }
      if offset < input.count {
        let end = min(input.count, offset + chunker.next())
        parser.feed(Array(input[offset..<end]))
        offset = end
      } else if !finished {
        parser.finish()
        finished = true
      } else {
        fuzzFailure("push parser returned nil after finish() without endDocument")
      }
    }
  }
}

func compareParsers(_ document: [UInt8], options: ParseOptions, chunking: UInt8) {
  var pull = PullParser(bytes: document, options: options)
  var push = PushSide(parser: PushParser(options: options), input: document, chunker: Chunker(chunking))
  var count = 0
  while true {
    let a: Step
    do {
      let e = try pull.next()
      // Known finding (Fuzz/FailCases/tokenizer-position-quadratic.xml): `position` scans the
      // buffer from its start, so asking after every event is quadratic. Only the first events.
      if count < 64 { _ = pull.position }
      a = .event(pull.owned(e))
    } catch {
      a = .failure(error.code, error.description)
    }
    let b = push.next()
    if a != b && !(count == 0 && isKnownDeclarationFinding(a, b, document)) {
      fuzzFailure("pull and push parsers differ at event \(count) (chunking \(chunking)):\n  pull: \(a)\n  push: \(b)")
    }
    count += 1
    switch a {
    case .failure: return
    case .event(.endDocument):
      // After endDocument every call gives endDocument again.
      do {
        if try pull.next() != .endDocument { fuzzFailure("pull parser: an event after endDocument") }
      } catch {
        fuzzFailure("pull parser: error after endDocument: \(error)")
      }
      return
    case .event: break
    }
    if count > 50_000_000 { fuzzFailure("runaway parser: more than 50M events") }
  }
}

/// Known finding, not yet fixed (Fuzz/FailCases/tokenizer-unclosed-declaration-encoding.xml):
/// with an unclosed XML declaration the encoding sniffer searches for `?>` in all it holds (the
/// whole document for the pull parser, at most 8 KiB for the push parser), so the two can fail
/// with different codes. Tolerated when both fail at once and no `?>` is in the first 8 KiB.
/// FUZZ_KNOWN=1 reports it anyway.
func isKnownDeclarationFinding(_ a: Step, _ b: Step, _ document: [UInt8]) -> Bool {
  guard getenv("FUZZ_KNOWN") == nil, case .failure = a, case .failure = b else { return false }
  let head = document.prefix(8192 + 8)
  var i = head.startIndex
  while i + 1 < head.endIndex {
    if head[i] == UInt8(ascii: "?") && head[i + 1] == UInt8(ascii: ">") { return false }
    i += 1
  }
  return true
}
