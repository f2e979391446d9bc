import FuzzSupport
import LignumTokenizer

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
      // Asked after every event: it once scanned from the buffer start, which made this
      // quadratic (Fuzz/FailCases/tokenizer-position-quadratic.xml, a timeout).
      _ = pull.position
      a = .event(pull.owned(e))
    } catch {
      a = .failure(error.code, error.description)
    }
    let b = push.next()
    if a != b {
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

