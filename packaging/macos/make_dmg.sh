#!/bin/sh
# Pack dist/Companion.app into dist/Companion-VERSION-macos-ARCH.dmg (a compressed, read-only image
# with an Applications shortcut). Uses only hdiutil, which every Mac has.
#   packaging/macos/make_dmg.sh [VERSION]
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
APP=dist/Companion.app
VERSION=${1:-$(.venv/bin/python packaging/buildinfo.py --print-version)}
ARCH=$(uname -m)
DMG=dist/Companion-$VERSION-macos-$ARCH.dmg
STAGE=build/dmg

[ -d "$APP" ] || { echo "make_dmg: $APP is missing; run packaging/build_macos.sh first" >&2; exit 1; }
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
# ditto keeps the signature's extended attributes and symlinks intact.
ditto "$APP" "$STAGE/Companion.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Companion $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "$DMG"
