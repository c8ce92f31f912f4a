#!/bin/sh
# Build Companion for macOS: dist/Companion.app (one-folder app in a bundle) and a dmg.
# Needs macOS 13+ (PySide6 6.11 wheels; 6.12 would need 14+) and Python 3.11+. Signing: packaging/macos/sign_and_notarize.sh.
#   packaging/build_macos.sh
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
# The build's own environment, made afresh each time: never the development .venv.
VENV=${VENV:-$ROOT/build/venv}
VPY=$VENV/bin/python
CONSTRAINTS=$ROOT/packaging/constraints-build.txt
pip_() { "$VPY" -m pip --disable-pip-version-check "$@"; }

"$PYTHON" -m venv --clear "$VENV"
# Exactly the pinned wheels: pip first, then every pin, then the app built by the pinned setuptools.
pip_ install --quiet --no-deps --only-binary=:all: -c "$CONSTRAINTS" pip
pip_ install --quiet --no-deps --only-binary=:all: -r "$CONSTRAINTS"
pip_ install --quiet --no-deps --no-build-isolation --no-index "$ROOT"
pip_ check
"$VPY" packaging/pins.py check-env

VERSION=$("$VPY" packaging/buildinfo.py --print-version)
"$VPY" packaging/buildinfo.py build/packaging >/dev/null
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/companion.spec

APP=dist/Companion.app
plutil -lint "$APP/Contents/Info.plist"
"$APP/Contents/MacOS/companion" --version
"$APP/Contents/MacOS/companion" self-test
packaging/macos/make_dmg.sh "$VERSION"
