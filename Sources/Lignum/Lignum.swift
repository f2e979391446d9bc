@_exported import LignumTokenizer
@_exported import LignumDOM
@_exported import LignumXPath
@_exported import LignumDOMXPath
@_exported import LignumValidation
