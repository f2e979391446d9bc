// swift-tools-version:6.2
// The benchmark programs for Lignum (issue #7). A package of its own so that benchmark settings
// stay out of the root build; it depends on the root package by path. Build it through
// `Benchmarks/run`, which uses the scratch folder `.build-bench` at the root of the repository
// (git-ignored, and skipped by scripts/check-unsafe.sh).
import PackageDescription

/// The root package, `..` unless LIGNUM_ROOT points elsewhere (e.g. a git worktree of HEAD while
/// the working tree does not compile).
let rootPath = Context.environment["LIGNUM_ROOT"] ?? ".."
/// SwiftPM names a path dependency after its directory, so find that name rather than assume it.
let rootIdentity: String = {
  var path = rootPath
  if !path.hasPrefix("/") { path = Context.packageDirectory + "/" + path }
  var parts = path.split(separator: "/").map(String.init)
  var resolved: [String] = []
  for p in parts where p != "." { if p == ".." { _ = resolved.popLast() } else { resolved.append(p) } }
  parts = resolved
  return parts.last ?? "Lignum"
}()

let package = Package(
  name: "LignumBenchmarks",
  dependencies: [.package(path: rootPath)],
  targets: [
    .executableTarget(
      name: "lignum-bench",
      dependencies: [.product(name: "Lignum", package: rootIdentity)]),
  ]
)
