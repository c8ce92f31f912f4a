"""A full disk is the user's situation, not a bug: a plain StorageError, and every record committed
before it is still there afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlmodel import select

from companion.errors import StorageError
from companion.facade import Companion
from companion.keystore import NoKeyStore
from companion.models import Person
from tests.helpers import T0

# Enough for a new vault and a few dozen records, small enough to fill in well under a second.
TMPFS_SIZE = "600k"


@pytest.fixture
def tiny_disk(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs that can fill up")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount/umount are not installed")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_disk_full_is_a_plain_storage_error_and_loses_nothing(tiny_disk: Path) -> None:
    profile = tiny_disk / "profile"
    companion, code = Companion.create(profile, "seven blue kites", keystore=NoKeyStore())
    committed: list[int] = []
    failure: StorageError | None = None
    filler = os.urandom(3000).hex()  # 6 kB of text that doesn't compress or repeat
    try:
        for n in range(2000):
            try:
                with companion.vault.session() as session:
                    person = Person(name=f"person {n}", notes=filler, created_at=T0, updated_at=T0)
                    session.add(person)
                    session.flush()
                    new_id = person.id
            except StorageError as exc:
                failure = exc
                break
            assert new_id is not None
            committed.append(new_id)
    finally:
        companion.close()
    assert failure is not None, "the 600 kB disk never filled up"
    assert committed, "not even one record fitted"
    message = str(failure)
    assert "disk is full" in message
    assert "\n" not in message

    # Reopen on the still-full disk: it opens, passes the integrity check, and has every record.
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()) as again:
        again.vault.verify()
        with again.vault.session() as session:
            ids = set(session.exec(select(Person.id)))
        assert set(committed) <= ids
        assert len(ids - set(committed)) == 0


@pytest.mark.parametrize("fill_kib", [0, 200, 450, 560])
def test_disk_full_while_creating_leaves_no_half_vault(tiny_disk: Path, fill_kib: int) -> None:
    """Whatever is left free, creating either succeeds or says "disk is full" and leaves no vault."""
    if fill_kib:
        (tiny_disk / "ballast").write_bytes(b"\0" * (fill_kib * 1024))
    profile = tiny_disk / "profile"
    try:
        companion, code = Companion.create(profile, "seven blue kites", keystore=NoKeyStore())
    except StorageError as exc:
        assert "disk is full" in str(exc)
        assert not (profile / "companion.db").exists()
        return
    companion.close()
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()) as again:
        again.vault.verify()
