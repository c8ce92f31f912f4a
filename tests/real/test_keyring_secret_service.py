"""The data key in a real Secret Service keyring (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, cli_env

pytestmark = pytest.mark.real

# Runs inside `dbus-run-session`: unlock a fresh keyring, then drive the CLI.
SESSION = r"""
set -eu
echo -n "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID 2>/dev/null || true
PY="$PYTHON -m companion --profile $PROFILE"
COMPANION_PASSPHRASE="seven blue kites" $PY init
echo "--- info"
$PY info --json
echo "--- info without passphrase"
$PY info --json
echo "--- self-test"
$PY self-test
"""


# keyring's own SecretService backend and Companion's (companion/vault/secret_service.py) find
# each other's items: a key stored before Companion went to secretstorage directly still opens
# the vault, and one stored now is where keyring would look.
BOTH_WAYS = r"""
set -eu
echo -n "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$PYTHON" - <<'PY'
import sys
from companion.vault.keystore import SystemKeyStore
from companion.vault.secret_service import SecretServiceKeyring

ours = SystemKeyStore("org.example.companion-test")
assert ours.get("nothing yet") is None
assert isinstance(ours._keyring(), SecretServiceKeyring), ours.describe()
# Start-up asks the keyring like this: neither keyring nor an HTTP or TLS module comes with it.
loaded = sorted({"keyring", "jaraco.context", "urllib.request", "http.client", "ssl"} & set(sys.modules))
assert not loaded, loaded

from keyring.backends.SecretService import Keyring

theirs = Keyring()
theirs.set_password("org.example.companion-test", "vault-one", "11" * 32)
assert ours.get("one") == bytes([0x11]) * 32
ours.set("two", bytes([0x22]) * 32)
assert theirs.get_password("org.example.companion-test", "vault-two") == "22" * 32
ours.set("two", bytes([0x33]) * 32)  # replaced, never doubled
assert theirs.get_password("org.example.companion-test", "vault-two") == "33" * 32
ours.delete("one")
ours.delete("one")  # nothing left to delete is not an error
assert theirs.get_password("org.example.companion-test", "vault-one") is None
assert ours.get("missing") is None
# A damaged entry (not hex, or not text at all) is never taken for a key: not hex reads as no
# key, bytes that are not text are one plain situation; the entry itself is left as it was.
import secretstorage
from companion.domain.errors import KeyringUnavailable

with secretstorage.dbus_init() as bus:
    collection = secretstorage.get_default_collection(bus)
    for account, secret in (("vault-nothex", b"not a key"), ("vault-bytes", b"\xff\xfe\x00")):
        attributes = {"service": "org.example.companion-test", "username": account}
        collection.create_item("damaged", attributes, secret, replace=True)
assert ours.get("nothex") is None
try:
    ours.get("bytes")
except KeyringUnavailable as exc:
    assert "\n" not in str(exc) and "UnicodeDecodeError" in str(exc), str(exc)
else:
    raise AssertionError("bytes that are not text were taken for a key")
assert theirs.get_password("org.example.companion-test", "vault-nothex") == "not a key"
print("both ways: ok")
PY
"""


def _in_keyring_session(tmp_path: Path, script: str) -> subprocess.CompletedProcess:
    for program in ("dbus-run-session", "gnome-keyring-daemon", "timeout"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (Debian: gnome-keyring, dbus, coreutils)")
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    env = cli_env(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        KEYRING_PASSWORD="test keyring password",
        PROFILE=str(tmp_path / "profile"),
        PYTHON=sys.executable,
    )
    (tmp_path / "run").mkdir(mode=0o700)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("DISPLAY", None)
    done = subprocess.run(
        ["timeout", "-k", "5", "120", "dbus-run-session", "--", "bash", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    return done


def test_keyring_and_companion_find_each_others_keys(tmp_path: Path) -> None:
    done = _in_keyring_session(tmp_path, BOTH_WAYS)
    assert "both ways: ok" in done.stdout


def test_key_lives_in_gnome_keyring(tmp_path: Path) -> None:
    done = _in_keyring_session(tmp_path, SESSION)
    out = done.stdout
    import json

    created, rest = out.split("--- info\n", 1)
    first_info, rest = rest.split("--- info without passphrase\n", 1)
    second_info, self_test = rest.split("--- self-test\n", 1)
    assert "Created a new vault" in created
    info = json.loads(first_info)
    assert info["keyring_backend"] == "companion.vault.secret_service.SecretServiceKeyring", info
    assert info["keyring_has_key"] is True
    # No COMPANION_PASSPHRASE this time: the keyring alone unlocked it.
    assert json.loads(second_info)["keyring_has_key"] is True
    assert self_test.strip() == "companion self-test: ok"
    assert "Traceback" not in done.stderr, shlex.quote(done.stderr)
    assert os.environ.get("PYTHON_KEYRING_BACKEND") == "keyring.backends.fail.Keyring"
