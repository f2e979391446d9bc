/// An XPath expression could not be compiled or evaluated.
///
/// A *static* error is found before any node is visited: a syntax error, a call to a function
/// that does not exist or with the wrong number of arguments, a prefix with no namespace bound,
/// an expression nested too deeply. A *dynamic* error depends on the data: an undefined variable,
/// an operand of the wrong type, an exhausted step budget.
///
/// ```swift
/// do { _ = try XPathExpression("1 +") } catch {
///   print(error.code == .invalidExpression, error.position)   // true, Optional(3)
/// }
/// ```
public struct XPathError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong. Raw values equal libxml2's `xmlXPathError`; append only.
  public struct Code: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// A malformed number. (`XPATH_NUMBER_ERROR`)
    public static let numberError = Code(rawValue: 1)
    /// A string literal has no closing quote. (`XPATH_UNFINISHED_LITERAL_ERROR`)
    public static let unfinishedLiteral = Code(rawValue: 2)
    /// `$` is not followed by a name. (`XPATH_VARIABLE_REF_ERROR`)
    public static let variableReference = Code(rawValue: 4)
    /// A variable has no value bound. (`XPATH_UNDEF_VARIABLE_ERROR`)
    public static let undefinedVariable = Code(rawValue: 5)
    /// A predicate is not closed. (`XPATH_INVALID_PREDICATE_ERROR`)
    public static let invalidPredicate = Code(rawValue: 6)
    /// The expression does not follow the grammar. (`XPATH_EXPR_ERROR`)
    public static let invalidExpression = Code(rawValue: 7)
    /// A parenthesis is not closed. (`XPATH_UNCLOSED_ERROR`)
    public static let unclosed = Code(rawValue: 8)
    /// No function of this name exists. (`XPATH_UNKNOWN_FUNC_ERROR`)
    public static let unknownFunction = Code(rawValue: 9)
    /// An operand has the wrong type. (`XPATH_INVALID_OPERAND`)
    public static let invalidOperand = Code(rawValue: 10)
    /// A value has the wrong type, e.g. a number where a node-set is needed. (`XPATH_INVALID_TYPE`)
    public static let invalidType = Code(rawValue: 11)
    /// A function is called with the wrong number of arguments. (`XPATH_INVALID_ARITY`)
    public static let invalidArity = Code(rawValue: 12)
    /// A prefix has no namespace bound. (`XPATH_UNDEF_PREFIX_ERROR`)
    public static let undefinedPrefix = Code(rawValue: 19)
    /// A character that cannot start a token. (`XPATH_INVALID_CHAR_ERROR`)
    public static let invalidCharacter = Code(rawValue: 21)
    /// The evaluation took more steps than ``XPathEvaluationLimits/maxSteps``. (`XPATH_OP_LIMIT_EXCEEDED`)
    public static let stepLimitExceeded = Code(rawValue: 25)
    /// The expression nests deeper than ``XPathExpression/maxDepth``. (`XPATH_RECURSION_LIMIT_EXCEEDED`)
    public static let depthLimitExceeded = Code(rawValue: 26)
    /// An extension function failed. (Lignum's own code.)
    public static let extensionFunctionFailed = Code(rawValue: 1000)
  }

  /// Whether the error was found before evaluation started or during it.
  public enum Phase: Hashable, Sendable { case `static`, dynamic }

  public var code: Code
  public var phase: Phase
  /// Byte offset in the expression where the problem was found, when there is one.
  public var position: Int?
  /// Detail for people, e.g. `"unknown function foo()"`.
  public var detail: String

  public init(_ code: Code, _ phase: Phase, position: Int? = nil, detail: String) {
    self.code = code; self.phase = phase; self.position = position; self.detail = detail
  }

  /// Whether the error is static (syntax, unknown function, unbound prefix, arity, depth).
  public var isStatic: Bool { phase == .static }

  /// libxml2's short message for the code (`XPath error : <message>`).
  public var message: String {
    switch code.rawValue {
    case 1: return "Number encoding"
    case 2: return "Unfinished literal"
    case 4: return "Expected $ for variable reference"
    case 5: return "Undefined variable"
    case 6: return "Invalid predicate"
    case 7: return "Invalid expression"
    case 8: return "Missing closing curly brace"
    case 9: return "Unregistered function"
    case 10: return "Invalid operand"
    case 11: return "Invalid type"
    case 12: return "Invalid number of arguments"
    case 19: return "Undefined namespace prefix"
    case 21: return "Char out of XML range"
    case 25: return "Operation limit exceeded"
    case 26: return "Recursion limit exceeded"
    default: return "Extension function failed"
    }
  }

  public var description: String {
    "XPath error \(code.rawValue)" + (position.map { " at offset \($0)" } ?? "") + ": \(message): \(detail)"
  }

  static func syntax(_ code: Code, at position: Int, _ detail: String) -> XPathError {
    XPathError(code, .static, position: position, detail: detail)
  }
}
