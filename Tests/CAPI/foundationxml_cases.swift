// What Swift's FoundationXML (XMLDocument over libxml2.so.2) gives for each input document:
// the root element, its children and attributes, and the document written back.
// scripts/test-consumers.sh compiles it with swiftc and runs it on Lignum's library and on
// libxml2. (XMLParser is left out: on this toolchain it crashes inside FoundationXML itself,
// on libxml2 as on Lignum.)
import Foundation
import FoundationXML

for path in CommandLine.arguments.dropFirst() {
  print("== \((path as NSString).lastPathComponent)")
  guard let data = FileManager.default.contents(atPath: path) else { continue }
  do {
    let doc = try XMLDocument(data: data, options: [])
    let root = doc.rootElement()
    print("root", root?.name ?? "-", root?.uri ?? "-", root?.childCount ?? -1)
    print("attributes", (root?.attributes ?? []).map { "\($0.name ?? "")=\($0.stringValue ?? "")" })
    print("children", (root?.children ?? []).map { "\($0.kind.rawValue):\($0.name ?? "")" })
    print("text", root?.stringValue ?? "-")
    print(doc.xmlString)
    print(doc.xmlString(options: [.nodePrettyPrint]))
  } catch {
    print("XMLDocument error", (error as NSError).code)
  }
}
