// swift-tools-version:6.2
// Fuzz targets for Lignum: a package of its own so that sanitizer flags stay out of the root build.
// Build and run through `Fuzz/run TARGET SECONDS` (see SECURITY.md, "Fuzzing").
import PackageDescription

let package = Package(
  name: "LignumFuzz",
  products: [
    .executable(name: "FuzzTokenizer", targets: ["FuzzTokenizer"]),
    .executable(name: "FuzzDOM", targets: ["FuzzDOM"]),
    .executable(name: "FuzzC14N", targets: ["FuzzC14N"]),
    .executable(name: "FuzzXPath", targets: ["FuzzXPath"]),
    .executable(name: "FuzzValidation", targets: ["FuzzValidation"]),
    .executable(name: "FuzzLibXML2", targets: ["FuzzLibXML2"]),
  ],
  dependencies: [.package(name: "Lignum", path: "..")],
  targets: [
    // libFuzzer's LLVMFuzzerRunDriver, declared in C so the call uses the C calling convention.
    .target(name: "CFuzzDriver"),
    .target(name: "FuzzSupport", dependencies: [
      "CFuzzDriver",
      .product(name: "LignumTokenizer", package: "Lignum"),
      .product(name: "LignumDOM", package: "Lignum"),
    ]),
    .executableTarget(name: "FuzzTokenizer", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzDOM", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzC14N", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzXPath", dependencies: ["FuzzSupport", .product(name: "Lignum", package: "Lignum")]),
    .executableTarget(name: "FuzzValidation", dependencies: ["FuzzSupport", .product(name: "LignumValidation", package: "Lignum")]),
    // The C library through its C API, from a C harness.
    .target(name: "CFuzzLibXML2", dependencies: [.product(name: "LignumLibXML2", package: "Lignum")]),
    .executableTarget(name: "FuzzLibXML2", dependencies: ["FuzzSupport", "CFuzzLibXML2"]),
  ]
)
