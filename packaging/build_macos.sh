#!/bin/sh
# Build Companion for macOS: dist/Companion.app (one-folder app in a bundle) and a dmg.
# Needs macOS 14+ (PySide6 6.12 wheels) and Python 3.11+. Signing: packaging/macos/sign_and_notarize.sh.
#   packaging/build_macos.sh
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VENV=${VENV:-$ROOT/.venv}
VPY=$VENV/bin/python
CONSTRAINTS=$ROOT/packaging/constraints-build.txt

[ -x "$VPY" ] || "$PYTHON" -m venv "$VENV"
"$VPY" -m pip install --quiet --disable-pip-version-check --only-binary=:all: -c "$CONSTRAINTS" \
    pyinstaller pyinstaller-hooks-contrib
"$VPY" -c "import companion, PySide6, sqlcipher3" 2>/dev/null ||
    "$VPY" -m pip install --quiet --disable-pip-version-check -c "$CONSTRAINTS" -e "$ROOT"

VERSION=$("$VPY" packaging/buildinfo.py --print-version)
"$VPY" packaging/buildinfo.py build/packaging >/dev/null
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/companion.spec

APP=dist/Companion.app
plutil -lint "$APP/Contents/Info.plist"
"$APP/Contents/MacOS/companion" --version
"$APP/Contents/MacOS/companion" self-test
packaging/macos/make_dmg.sh "$VERSION"
