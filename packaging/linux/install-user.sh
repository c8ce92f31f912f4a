#!/bin/sh
# Install this unpacked Companion folder for the current user (no root): the app goes to
# ~/.local/opt/companion, the command to ~/.local/bin, menu entry and icons to ~/.local/share.
# Run it again to update; `install-user.sh --uninstall` removes the program but never your data.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.companionapp.Companion
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/companion
BIN=$HOME/.local/bin

remove_program() {
    rm -rf "$OPT"
    rm -f "$BIN/companion" "$DATA_HOME/applications/$APP_ID.desktop" \
        "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    find "$DATA_HOME/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_program
    echo "Companion was removed. Your vault is still in $DATA_HOME/Companion."
    exit 0
fi

remove_program
mkdir -p "$OPT" "$BIN"
cp -a "$HERE/companion" "$HERE/_internal" "$OPT/"
ln -sf "$OPT/companion" "$BIN/companion"
(cd "$HERE/share" && find . -type f) | while read -r file; do
    install -Dm644 "$HERE/share/$file" "$DATA_HOME/$file"
done
# Menus find the command through PATH; point the entry at the real path in case ~/.local/bin isn't.
sed -i "s|^Exec=companion|Exec=$OPT/companion|; s|^TryExec=companion|TryExec=$OPT/companion|" \
    "$DATA_HOME/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_HOME/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
echo "Companion is installed. Open it from your applications menu, or run: companion"
