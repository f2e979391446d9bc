#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `lignum SUBCOMMAND …`. Subcommands parse their own arguments, xmllint-style.
let usage = """
  Usage: lignum <subcommand> [options] FILE...

  Subcommands:
    lint    parse, check and re-serialize XML files (xmllint's options: --noout, --format,
            --c14n, --c14n11, --exc-c14n, --encode ENC, -o FILE, --noent, --loaddtd, --dtdattr,
            --nonet, --huge, --stream, --nowarning, --recover)

  Run `lignum lint --help` for the options of lint.

  """

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case nil, "--help", "-h", "help":
  Output.stdout(usage)
  exit(0)
case "lint":
  let rest = Array(arguments.dropFirst())
  if rest == ["--help"] || rest == ["-h"] { Output.stdout(LintOptions.usage); exit(0) }
  exit(Lint.main(rest))
default:
  Output.stderr("lignum: unknown subcommand '\(arguments[0])'\n\n" + usage)
  exit(1)
}
