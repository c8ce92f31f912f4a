"""Another account on the same computer can neither list the profile folder nor read any file in
it: checked as a real second user (`nobody`, through setpriv or runuser), with the profile made
under umask 022 inside a folder everyone may pass through (as a home folder often is).

Needs root, to act as the other account; skips with the reason otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.facade import Companion
from companion.storage.backup import maybe_auto_backup
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, add_sample_records

pytestmark = [
    pytest.mark.real,
    pytest.mark.skipif(os.name != "posix", reason="POSIX accounts"),
]

NOBODY = 65534

# Runs as the other account: tries to list each folder and read each file, and says what worked.
PROBE = """
import json, os, sys
found = {}
for path in sys.argv[1:]:
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            with open(path, "rb") as fh:
                fh.read(16)
        found[path] = "read"
    except PermissionError:
        found[path] = "refused"
    except OSError as exc:
        found[path] = f"error {exc.errno}"
print(json.dumps(found))
"""


def _as_other_account() -> list[str]:
    if os.geteuid() != 0:
        pytest.skip("acting as a second account needs root (CI runs as root)")
    if shutil.which("setpriv"):
        return [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            "--inh-caps=-all",
            "--",
        ]
    if shutil.which("runuser"):
        return ["runuser", "-u", "nobody", "--"]
    pytest.skip("neither setpriv nor runuser is installed (Debian: util-linux)")


def _probe(paths: list[Path]) -> dict[str, str]:
    python = os.path.realpath(sys.executable)  # the interpreter itself, not the venv's folder
    done = subprocess.run(
        [*_as_other_account(), python, "-I", "-c", PROBE, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def open_home() -> Iterator[Path]:
    """A folder the other account may pass through and list, like a 0755 home folder."""
    home = Path(tempfile.mkdtemp(prefix="companion-home-"))
    home.chmod(0o755)
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _everything(root: Path) -> list[Path]:
    return [root, *sorted(root.rglob("*"))]


def test_the_probe_reads_what_is_readable(open_home: Path) -> None:
    """The check can fail: a 0644 file and a 0755 folder are read by the other account."""
    folder = open_home / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    note = folder / "note.txt"
    note.write_text("hello")
    note.chmod(0o644)
    assert _probe([folder, note]) == {str(folder): "read", str(note): "read"}


def test_another_account_can_read_no_profile_file(open_home: Path) -> None:
    root = open_home / "profile"
    old = os.umask(0o022)
    try:
        companion, _code = Companion.create(root, PASSPHRASE, keystore=NoKeyStore())
        try:
            with companion.vault.session() as session:
                add_sample_records(session)
            companion.settings.set("backup.auto", True)
            maybe_auto_backup(companion)
            paths = _everything(root)
            names = {p.name for p in paths}
            assert {"companion.db-wal", "companion.db-shm", "companion.lock"} <= names
            while_open = _probe(paths)
        finally:
            companion.close()
        after = _probe(_everything(root))
    finally:
        os.umask(old)
    assert set(while_open.values()) == {"refused"}, while_open
    assert set(after.values()) == {"refused"}, after
