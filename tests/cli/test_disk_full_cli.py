"""A full disk through the command line: opening the vault with 0 bytes free, and a restore that
runs out of space, each give one plain line (exit 1) and leave the vault as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from companion.facade import Companion
from companion.storage.backup import backup_now
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, cli_env, make_vault, run_cli, snapshot


def _fill(folder: Path) -> None:
    """Write until the disk says it is full: 0 bytes free."""
    fd = os.open(folder / "ballast", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    assert os.statvfs(folder).f_bavail == 0


def _vault(root: Path) -> dict[str, str]:
    """The vault's own files; SQLite may leave its -wal and -shm working files beside them."""
    return {k: v for k, v in snapshot(root).items() if not k.endswith(("-wal", "-shm"))}


def _one_plain_line(done) -> str:
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


@pytest.mark.real  # a tmpfs mounted as root (the tiny_disk fixture)
def test_opening_with_no_space_left_is_one_plain_line(tiny_disk: Path) -> None:
    made = make_vault(tiny_disk / "profile")
    with Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore()) as c:
        c.journal.write("written before the disk filled up")
    _fill(tiny_disk)
    before = _vault(made.root)
    env = cli_env(COMPANION_PASSPHRASE=PASSPHRASE)
    for command in (["info"], ["people"], ["due"]):
        done = run_cli("--profile", str(made.root), *command, env=env)
        if done.returncode == 0:
            continue  # it managed with no space at all: also fine
        assert done.returncode == 1, done.stderr
        assert "disk is full" in _one_plain_line(done)
        assert _vault(made.root) == before


@pytest.mark.real
def test_a_restore_that_runs_out_of_space_is_one_plain_line(
    tiny_disk: Path,
    tmp_path: Path,
) -> None:
    # A backup bigger than the space left: its vault holds 300 kB of notes that don't compress.
    big = make_vault(tmp_path / "big")
    with Companion.unlock(big.root, passphrase=big.passphrase, keystore=NoKeyStore()) as c:
        for _ in range(30):
            c.journal.write(os.urandom(5000).hex())
        backup = backup_now(c, tmp_path / "big.companion-backup")
    made = make_vault(tiny_disk / "profile")
    (tiny_disk / "ballast").write_bytes(b"\0" * (200 * 1024))
    before = snapshot(made.root)
    done = run_cli(
        "--profile",
        str(made.root),
        "restore",
        str(backup),
        env=cli_env(COMPANION_PASSPHRASE=PASSPHRASE),
    )
    assert done.returncode == 1, done.stdout
    assert "disk is full" in _one_plain_line(done)
    assert snapshot(made.root) == before
    with Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore()) as c:
        c.vault.verify()
        assert c.counts()["people"] == 1
