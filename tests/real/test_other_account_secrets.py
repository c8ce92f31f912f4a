"""Another account on the same computer sees no secret in any process's command line or environment
while a restore waits for its recovery code (it reads every /proc/PID/cmdline it can)."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion.facade import Companion
from companion.vault.keystore import NoKeyStore
from tests.cli.secret_procs import blocked_reading, start_cli, wait_until
from tests.helpers import cli_env, make_vault

pytestmark = pytest.mark.real

PEER = "companion-peer"
ENV_CANARY = "canary-env-passphrase-0b7c"
CONTROL_CANARY = "control-canary-in-argv-4d19"

# Run as the other account: every command line (and environment, where allowed) it can read,
# searched for the secrets given on stdin, one per line.
SCAN = r"""
import json, os, sys
secrets = [s.encode() for s in sys.stdin.read().splitlines() if s]
hits, scanned, environ_denied = [], 0, 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    for name in ("cmdline", "environ"):
        try:
            data = open(f"/proc/{pid}/{name}", "rb").read()
        except PermissionError:
            environ_denied += name == "environ"
            continue
        except OSError:
            continue
        scanned += name == "cmdline"
        hits += [[pid, name, s.decode()] for s in secrets if s in data]
print(json.dumps({"hits": hits, "scanned": scanned, "environ_denied": environ_denied}))
"""


@pytest.fixture(scope="module")
def as_peer() -> list[str]:
    """The command prefix that runs a program as an ordinary, non-root account."""
    if os.geteuid() != 0:
        pytest.skip("needs root to run a command as another account (runuser or setpriv)")
    try:
        pwd.getpwnam(PEER)
    except KeyError:
        if shutil.which("useradd") is None:
            pytest.skip("useradd is not installed, so there is no second account to test with")
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PEER],
            capture_output=True,
        )
    try:
        entry = pwd.getpwnam(PEER)
    except KeyError:
        pytest.skip(f"couldn't create the account {PEER} with useradd")
    if shutil.which("runuser"):
        return ["runuser", "-u", PEER, "--"]
    if shutil.which("setpriv"):
        return [
            "setpriv",
            f"--reuid={entry.pw_uid}",
            f"--regid={entry.pw_gid}",
            "--clear-groups",
        ]
    pytest.skip("neither runuser nor setpriv is installed (Debian: util-linux)")


def _peer_python(as_peer: list[str]) -> str:
    """A Python the other account may run (this one may sit in a folder only root can enter)."""
    for candidate in (sys.executable, os.path.realpath(sys.executable), "/usr/bin/python3"):
        probe = subprocess.run([*as_peer, candidate, "-I", "-c", "pass"], capture_output=True)
        if probe.returncode == 0:
            return candidate
    pytest.skip(
        f"no Python interpreter that the account {PEER} may run (a system python3 would do)"
    )


def _scan(as_peer: list[str], *secrets: str) -> dict:
    done = subprocess.run(
        [*as_peer, _peer_python(as_peer), "-I", "-c", SCAN],
        input="\n".join(secrets) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd="/",
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_scan_finds_a_secret_on_a_command_line(as_peer: list[str]) -> None:
    """The check can fail: a command line holding the canary is seen by the other account."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()", CONTROL_CANARY],
        stdin=subprocess.PIPE,
    )
    try:
        found = _scan(as_peer, CONTROL_CANARY)
    finally:
        holder.communicate(b"")
    if found["scanned"] < 2:
        pytest.skip("/proc hides other accounts' processes here (hidepid): nothing to prove")
    assert [h[:2] for h in found["hits"]] == [[str(holder.pid), "cmdline"]]


def test_another_account_cannot_see_the_recovery_code(as_peer: list[str], tmp_path: Path) -> None:
    from companion.storage.backup import backup_now

    vault = make_vault(tmp_path / "profile")
    backup = tmp_path / "mine.companion-backup"
    with Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore()) as c:
        backup_now(c, backup)
    process = start_cli(
        "--profile",
        str(tmp_path / "there"),
        "restore",
        str(backup),
        "--recovery-code-stdin",
        env=cli_env(COMPANION_PASSPHRASE=ENV_CANARY),
    )
    try:
        wait_until(lambda: blocked_reading(process.pid, 0), "it reads the code", process)
        compact = vault.recovery_code.replace("-", "").replace(" ", "")
        found = _scan(as_peer, vault.recovery_code, compact, ENV_CANARY, vault.passphrase)
        _out, err = process.communicate((vault.recovery_code + "\n").encode(), timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert found["scanned"] > 1
    assert found["hits"] == []
    assert found["environ_denied"] >= 1  # the restoring process's environment is not theirs
    assert process.returncode == 0, err
