import CLignumLibXML2
import LignumTokenizer

// Checking names (tree.h): NCName, QName, Name and Nmtoken by XML 1.0 (5th edition) and
// Namespaces in XML. 0 when valid, 1 when not; with `space`, surrounding blanks are allowed.

/// The scalars of a C string, without surrounding blanks when `space`; nil for bad UTF-8.
func scalars(_ value: UnsafePointer<xmlChar>, space: Int32) -> [UInt32]? {
  let bytes = unsafe CString.bytes(value)
  var s = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
  guard Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes else { return nil }
  if space != 0 {
    let blank: (UInt32) -> Bool = { $0 == 0x20 || $0 == 0x9 || $0 == 0xA || $0 == 0xD }
    while let f = s.first, blank(f) { s.removeFirst() }
    while let l = s.last, blank(l) { s.removeLast() }
  }
  return s
}

func isName(_ s: ArraySlice<UInt32>, allowColon: Bool) -> Bool {
  guard let first = s.first, XMLChar.isNameStart(first), allowColon || first != 0x3A else { return false }
  return s.dropFirst().allSatisfy { XMLChar.isNameChar($0) && (allowColon || $0 != 0x3A) }
}

@_cdecl("xmlValidateNCName")
public func exported_xmlValidateNCName(_ value: UnsafePointer<xmlChar>?, _ space: Int32) -> Int32 {
  guard let value = unsafe value else { return -1 }
  guard let s = unsafe scalars(value, space: space) else { return 1 }
  return isName(s[...], allowColon: false) ? 0 : 1
}

@_cdecl("xmlValidateQName")
public func exported_xmlValidateQName(_ value: UnsafePointer<xmlChar>?, _ space: Int32) -> Int32 {
  guard let value = unsafe value else { return -1 }
  guard let s = unsafe scalars(value, space: space) else { return 1 }
  let parts = s.split(separator: 0x3A, omittingEmptySubsequences: false)
  guard parts.count <= 2 else { return 1 }
  return parts.allSatisfy { isName($0, allowColon: false) } ? 0 : 1
}

@_cdecl("xmlValidateName")
public func exported_xmlValidateName(_ value: UnsafePointer<xmlChar>?, _ space: Int32) -> Int32 {
  guard let value = unsafe value else { return -1 }
  guard let s = unsafe scalars(value, space: space) else { return 1 }
  return isName(s[...], allowColon: true) ? 0 : 1
}

@_cdecl("xmlValidateNMToken")
public func exported_xmlValidateNMToken(_ value: UnsafePointer<xmlChar>?, _ space: Int32) -> Int32 {
  guard let value = unsafe value else { return -1 }
  guard let s = unsafe scalars(value, space: space), !s.isEmpty else { return 1 }
  return s.allSatisfy { XMLChar.isNameChar($0) } ? 0 : 1
}
