#!/bin/sh
# Redraw the AppStream screenshots (packaging/linux/screenshots/*.png) from a demo profile, in a
# real X server (Xvfb). Run from the repository root after `make setup`; commit the results.
#   xvfb-run -a -s "-screen 0 1600x1000x24" packaging/linux/make_screenshots.sh
set -eu
PYTHON=${PYTHON:-.venv/bin/python}
OUT=packaging/linux/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private home: no keyring, nothing written to the real profile.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export DBUS_SESSION_BUS_ADDRESS=disabled: PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
mkdir -p "$HOME"
"$PYTHON" -m companion --profile "$WORK/profile" demo >/dev/null
export COMPANION_PASSPHRASE="demo passphrase" QT_QPA_PLATFORM=xcb
for page in today people mood insights; do
    "$PYTHON" -m ui.screenshot --profile "$WORK/profile" --page "$page" --scheme light \
        --size 1200x760 --out "$OUT/$page.png"
done
