#!/usr/bin/env bash
# Builds Lignum's libxml2-compatible C library and installs it into a prefix:
#   PREFIX/lib/libxml2.so.2.9.14, libxml2.so.2 and libxml2.so (links), PREFIX/lib/pkgconfig/libxml-2.0.pc,
#   PREFIX/include/libxml2/libxml/*.h, PREFIX/bin/xml2-config.
# The library has SONAME libxml2.so.2, libxml2's version nodes (Sources/LignumLibXML2/linker/libxml2.map)
# and the Swift runtime linked in statically, so it depends on libc (and the C/C++ runtime) only.
#
#   scripts/build-libxml2.sh PREFIX        (LIGNUM_BUILD_PATH=DIR: SwiftPM build directory, default
#                                           .build-libxml2, apart from .build as the flags differ)
#   LD_LIBRARY_PATH=PREFIX/lib xmllint …   runs an existing program on it
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:?usage: scripts/build-libxml2.sh PREFIX}"
mkdir -p "$prefix"
prefix="$(cd "$prefix" && pwd)"
build="${LIGNUM_BUILD_PATH:-.build-libxml2}"
map="$PWD/Sources/LignumLibXML2/linker/libxml2.map"

swift build -c release --build-path "$build" --product xml2 -Xswiftc -static-stdlib \
  -Xlinker -soname=libxml2.so.2 -Xlinker "--version-script=$map"
bin="$(swift build -c release --build-path "$build" --show-bin-path)"

mkdir -p "$prefix/lib/pkgconfig" "$prefix/include/libxml2/libxml" "$prefix/bin"
install -m 0755 "$bin/libxml2.so" "$prefix/lib/libxml2.so.2.9.14"
ln -sf libxml2.so.2.9.14 "$prefix/lib/libxml2.so.2"
ln -sf libxml2.so.2 "$prefix/lib/libxml2.so"
install -m 0644 Sources/CLignumLibXML2/include/libxml/*.h "$prefix/include/libxml2/libxml/"

cat > "$prefix/lib/pkgconfig/libxml-2.0.pc" <<PC
prefix=$prefix
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: libXML
Version: 2.9.14
Description: libxml2-compatible XML library (Lignum)
Libs: -L\${libdir} -lxml2
Cflags: -I\${includedir}/libxml2
PC

cat > "$prefix/bin/xml2-config" <<CONFIG
#!/bin/sh
# xml2-config for Lignum's libxml2-compatible library in $prefix.
for arg in "\$@"; do
  case "\$arg" in
    --prefix) echo "$prefix" ;;
    --exec-prefix) echo "$prefix" ;;
    --version) echo "2.9.14" ;;
    --cflags) echo "-I$prefix/include/libxml2" ;;
    --libs) echo "-L$prefix/lib -lxml2" ;;
    --help|*) echo "usage: xml2-config [--prefix] [--exec-prefix] [--version] [--cflags] [--libs]"; [ "\$arg" = --help ] || exit 1 ;;
  esac
done
CONFIG
chmod 0755 "$prefix/bin/xml2-config"
echo "installed Lignum's libxml2 into $prefix"
