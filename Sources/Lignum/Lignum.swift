@_exported import LignumTokenizer
@_exported import LignumDOM
