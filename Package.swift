// swift-tools-version:6.2
import PackageDescription

/// Every module except LignumKernel and LignumLibXML2: unsafe code is a build error.
let safe: [SwiftSetting] = [.strictMemorySafety(), .treatWarning("StrictMemorySafety", as: .error)]
/// The audited core: `unsafe` is allowed but must be spelled out at every use.
let audited: [SwiftSetting] = [.strictMemorySafety()]

let package = Package(
  name: "Lignum",
  products: [
    .library(name: "Lignum", targets: ["Lignum"]),
    .library(name: "LignumTokenizer", targets: ["LignumTokenizer"]),
    .library(name: "LignumDOM", targets: ["LignumDOM"]),
    .library(name: "LignumXPath", targets: ["LignumXPath"]),
    .library(name: "LignumValidation", targets: ["LignumValidation"]),
    /// The libxml2-compatible C library, `libxml2.so`: build it with scripts/build-libxml2.sh,
    /// which adds the SONAME, the version script and the static Swift runtime.
    .library(name: "xml2", type: .dynamic, targets: ["LignumLibXML2"]),
    /// The same C library linked statically, for in-process harnesses (Fuzz/FuzzLibXML2).
    .library(name: "LignumLibXML2", targets: ["LignumLibXML2"]),
    .executable(name: "lignum", targets: ["lignum"]),
    .executable(name: "lignum-conformance", targets: ["lignum-conformance"]),
    .executable(name: "lignum-jaxen", targets: ["lignum-jaxen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // MARK: audited core
    .target(name: "LignumKernel", swiftSettings: audited),
    // MARK: the C library (audited: it builds and hands out C structs)
    .target(name: "CLignumLibXML2"),
    .target(name: "LignumLibXML2", dependencies: ["CLignumLibXML2", "LignumKernel", "LignumTokenizer", "LignumDOM", "LignumXPath"],
            exclude: ["linker"],
            swiftSettings: audited),
    // MARK: safe library modules
    .target(name: "LignumTokenizer", dependencies: ["LignumKernel"], swiftSettings: safe),
    .target(name: "LignumDOM", dependencies: ["LignumTokenizer"], swiftSettings: safe),
    .target(name: "LignumXPath", swiftSettings: safe),
    .target(name: "LignumDOMXPath", dependencies: ["LignumDOM", "LignumXPath"], swiftSettings: safe),
    .target(name: "LignumValidation", dependencies: ["LignumTokenizer", "LignumDOM"], swiftSettings: safe),
    .target(name: "Lignum", dependencies: ["LignumTokenizer", "LignumDOM", "LignumXPath", "LignumDOMXPath", "LignumValidation"],
            swiftSettings: safe),
    // MARK: tools
    .executableTarget(
      name: "lignum",
      dependencies: ["Lignum", "LignumKernel", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: safe),
    .executableTarget(
      name: "lignum-conformance", dependencies: ["Lignum", "LignumKernel"],
      path: "conformance/Sources/lignum-conformance", swiftSettings: safe),
    .executableTarget(
      name: "lignum-jaxen", dependencies: ["Lignum", "LignumKernel"],
      path: "conformance/Sources/lignum-jaxen", swiftSettings: safe),
    // MARK: tests
    .target(name: "LignumTestSupport", dependencies: ["Lignum"], path: "Tests/LignumTestSupport"),
    .testTarget(name: "LignumTokenizerTests", dependencies: ["LignumTokenizer", "LignumKernel", "LignumTestSupport"]),
    .testTarget(name: "LignumDOMTests", dependencies: ["LignumDOM", "LignumTestSupport"]),
    .testTarget(name: "LignumXPathTests", dependencies: ["Lignum", "LignumTestSupport"]),
    .testTarget(name: "LignumValidationTests", dependencies: ["Lignum", "LignumKernel", "LignumTestSupport"]),
  ]
)
