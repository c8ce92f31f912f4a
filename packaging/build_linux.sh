#!/bin/sh
# Build Companion for Linux: the one-folder app (dist/companion), its desktop metadata and icons,
# and dist/companion-VERSION-linux-ARCH.tar.gz. Needs only Python 3.11+ and what pip installs.
#
#   packaging/build_linux.sh            # build, then run the frozen app's self-test
#   SKIP_SELF_TEST=1 packaging/build_linux.sh
#   PYTHON=python3.12 packaging/build_linux.sh
#   VENV=/tmp/companion-build packaging/build_linux.sh   # the build venv elsewhere (default build/venv)
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
# Exactly the pinned wheels: pip first, then every pin, then the app itself built by the pinned
# setuptools. Nothing is compiled and nothing else is resolved.
pip_ install --quiet --no-deps --only-binary=:all: -c "$CONSTRAINTS" pip
pip_ install --quiet --no-deps --only-binary=:all: -r "$CONSTRAINTS"
pip_ install --quiet --no-deps --no-build-isolation --no-index "$ROOT"
pip_ check
"$VPY" packaging/pins.py check-env

VERSION=$("$VPY" packaging/buildinfo.py --print-version)
ARCH=$(uname -m)
echo "Building Companion $VERSION for Linux ($ARCH)"
"$VPY" packaging/buildinfo.py build/packaging >/dev/null

start=$(date +%s)
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/companion.spec
echo "PyInstaller took $(($(date +%s) - start)) s"

# Desktop integration files sit beside the app, laid out as under a prefix (share/...).
APP=dist/companion
APP_ID=org.companionapp.Companion
SHARE=$APP/share
rm -rf "$SHARE"
install -Dm644 packaging/linux/$APP_ID.desktop "$SHARE/applications/$APP_ID.desktop"
install -Dm644 packaging/linux/$APP_ID.metainfo.xml "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 assets/icons/companion.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in assets/icons/companion-*.png; do
    size=$(basename "$png" .png | sed 's/companion-//')
    install -Dm644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m755 packaging/linux/install-user.sh "$APP/install-user.sh"

if [ "${SKIP_SELF_TEST:-0}" != 1 ]; then
    "$APP/companion" --version
    # A throwaway vault in a temp folder; offscreen because the self-test never needs a display.
    QT_QPA_PLATFORM=offscreen "$APP/companion" self-test
fi

TARBALL=dist/companion-$VERSION-linux-$ARCH.tar.gz
tar -C dist -czf "$TARBALL" companion
du -sh "$APP" "$TARBALL"
