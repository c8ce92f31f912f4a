"""The profile folder is the user's alone: on POSIX the folder (and `backups/`) 0700 and every file
Companion makes in it 0600, whatever the umask; older profiles are tightened when opened. The
Windows owner-only ACL is checked against a fake of the Win32 calls."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.facade import Companion
from companion.storage.backup import backup_now, maybe_auto_backup, restore
from companion.storage.rotation import rotate_key
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, add_sample_records

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def modes(root: Path) -> dict[str, str]:
    """Every folder and file under `root` (itself included) with its permission bits."""
    found = {".": oct(stat.S_IMODE(root.lstat().st_mode))}
    for path in sorted(root.rglob("*")):
        found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def not_private(root: Path) -> dict[str, str]:
    """What is readable, writable or listable by anyone but the owner: {} when all is private."""
    wrong = {}
    for name, mode in modes(root).items():
        path = root / name
        want = 0o700 if path.is_dir() else 0o600
        if int(mode, 8) != want:
            wrong[name] = mode
    return wrong


def _create(root: Path) -> Companion:
    companion, _code = Companion.create(root, PASSPHRASE, keystore=NoKeyStore())
    return companion


def test_a_fresh_profile_is_private_while_open_and_after(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "profile"
    companion = _create(root)
    try:
        with companion.vault.session() as session:
            add_sample_records(session)
        names = set(modes(root))
        assert {"companion.db", "companion.db-wal", "companion.db-shm", "companion.key"} <= names
        assert "companion.lock" in names
        assert not_private(root) == {}
    finally:
        companion.close()
    assert not_private(root) == {}


def test_writes_after_reopening_stay_private(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "profile"
    _create(root).close()
    with Companion.unlock(root, passphrase=PASSPHRASE, keystore=NoKeyStore()) as companion:
        with companion.vault.session() as session:
            add_sample_records(session)
        assert (root / "companion.db-wal").exists()
        assert not_private(root) == {}
    assert not_private(root) == {}


def test_backups_in_the_profile_are_private(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "profile"
    with _create(root) as companion:
        companion.settings.set("backup.auto", True)
        made = maybe_auto_backup(companion)
        assert made is not None and made.parent == root / "backups"
        assert not_private(root) == {}


def test_a_manual_backup_elsewhere_is_private_and_leaves_no_readable_copy(
    tmp_path: Path, umask: int
) -> None:
    """The backup holds only ciphertext, but nothing says others should read it either."""
    outside = tmp_path / "outside"
    outside.mkdir()
    with _create(tmp_path / "profile") as companion:
        target = backup_now(companion, outside / "mine.companion-backup")
    assert [p.name for p in outside.iterdir()] == ["mine.companion-backup"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_restored_profile_is_private(tmp_path: Path, umask: int) -> None:
    with _create(tmp_path / "profile") as companion:
        backup = backup_now(companion, tmp_path / "b.companion-backup")
    again = tmp_path / "elsewhere" / "profile"
    restore(again, backup, passphrase=PASSPHRASE, keystore=NoKeyStore())
    assert not_private(again) == {}
    # and restoring over a profile keeps the one it replaced, privately
    restore(again, backup, passphrase=PASSPHRASE, keystore=NoKeyStore())
    assert any(p.name.startswith("before-restore-") for p in (again / "backups").iterdir())
    assert not_private(again) == {}


def test_a_migrated_profile_and_its_migration_copy_are_private(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault_v1", root)
    (root / "recovery-code.txt").unlink()  # the fixture's own note, not a profile file
    code = (FIXTURES / "vault_v1" / "recovery-code.txt").read_text().strip()
    with Companion.unlock(root, recovery_code=code, keystore=NoKeyStore()):
        assert (root / "companion.db.schema1.bak").exists()
        assert not_private(root) == {}
    assert not_private(root) == {}


def test_a_key_rotation_leaves_a_private_profile(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "profile"
    with _create(root) as companion:
        with companion.vault.session() as session:
            add_sample_records(session)
        rotate_key(companion, PASSPHRASE)
        assert not_private(root) == {}
    assert not_private(root) == {}


def test_an_existing_profile_is_tightened_when_opened(tmp_path: Path) -> None:
    """A profile written by an earlier release under umask 022 (or by a copy tool)."""
    root = tmp_path / "profile"
    with _create(root) as companion:
        companion.settings.set("backup.auto", True)
        maybe_auto_backup(companion)
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert not_private(root) != {}
    with Companion.unlock(root, passphrase=PASSPHRASE, keystore=NoKeyStore()):
        assert not_private(root) == {}


def test_tightening_takes_away_but_never_adds(tmp_path: Path) -> None:
    """A profile the user made read-only stays read-only: only group and others lose access."""
    from companion.platform.private_files import tighten_profile

    root = tmp_path / "profile"
    (root / "backups").mkdir(parents=True)
    (root / "companion.key").write_text("{}")
    (root / "backups" / "old.companion-backup").write_text("x")
    for path in [*root.rglob("*"), root]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    tighten_profile(root)
    assert modes(root) == {
        ".": "0o500",
        "backups": "0o500",
        "backups/old.companion-backup": "0o400",
        "companion.key": "0o400",
    }
    root.chmod(0o700)
    (root / "backups").chmod(0o700)


def test_tightening_follows_no_symlink_out_of_the_profile(tmp_path: Path) -> None:
    root = tmp_path / "profile"
    _create(root).close()
    mine = tmp_path / "my-notes.txt"
    mine.write_text("not Companion's")
    mine.chmod(0o644)
    (root / "notes-link").symlink_to(mine)
    with Companion.unlock(root, passphrase=PASSPHRASE, keystore=NoKeyStore()):
        pass
    assert stat.S_IMODE(mine.stat().st_mode) == 0o644


def test_the_process_umask_is_left_as_the_user_set_it(tmp_path: Path, umask: int) -> None:
    """Only the profile is made private: a file the user asks for elsewhere (an export) keeps the
    permissions their umask gives it."""
    root = tmp_path / "profile"
    with _create(root) as companion:
        backup_now(companion, tmp_path / "b.companion-backup")
        rotate_key(companion, PASSPHRASE)
    with Companion.unlock(root, passphrase=PASSPHRASE, keystore=NoKeyStore()):
        assert os.umask(umask) == umask
    assert os.umask(umask) == umask


def test_a_file_system_without_permissions_still_holds_a_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick refuses chmod (EPERM); its mount options decide there, and a portable
    profile must still be made and opened."""
    import errno

    from companion.platform import private_files

    def refuse(path: object, mode: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(path))

    root = tmp_path / "stick" / "profile"
    root.mkdir(parents=True)
    root.chmod(0o755)  # as FAT shows every folder
    monkeypatch.setattr(private_files.os, "chmod", refuse)
    _create(root).close()
    with Companion.unlock(root, passphrase=PASSPHRASE, keystore=NoKeyStore()) as opened:
        assert opened.vault.schema_version() >= 1
    assert (root / "companion.db").stat().st_size > 0
