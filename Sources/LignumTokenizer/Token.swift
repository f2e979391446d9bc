/// What a scanner found: an ``Event`` as the tokenizer passes it between its own functions.
///
/// Tags are the large payloads; they stay in ``Tokenizer/startTag`` and ``Tokenizer/endName``,
/// so that a token is a few words and the public ``Event`` is built once, at the end.
enum Token {
  case xmlDeclaration
  case doctype
  /// Payload in ``Tokenizer/startTag``.
  case startElement
  /// Payload in ``Tokenizer/endName``.
  case endElement
  case text(TextRange)
  case cdata(TextRange)
  case comment(TextRange)
  case processingInstruction(target: TextRange, data: TextRange)
  case startEntity(name: TextRange)
  case endEntity
  case endDocument
}
