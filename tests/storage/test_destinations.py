"""Nothing Companion writes on request can land in the profile folder: export json/csv and backup
aimed at the vault, its -wal/-shm, the key file or anywhere inside the folder (symlinks followed,
folders not made yet) are refused with one plain message, and the vault stays byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlmodel import select

from companion.domain.errors import CompanionError
from companion.facade import Companion
from companion.storage.backup import backup_now, maybe_auto_backup
from companion.storage.export import export_csv, export_json
from companion.storage.models import JournalEntry
from companion.vault.keystore import NoKeyStore
from tests.helpers import cli_env, make_vault, run_cli, snapshot
from ui.context import AppContext

ENTRY = "A journal entry saved before the export"
REFUSAL = "inside Companion's profile folder"
WRITERS = {"json": export_json, "csv": export_csv, "backup": backup_now}
PROFILE_FILES = ["companion.db", "companion.db-wal", "companion.db-shm", "companion.key"]
# Relative to the profile folder; "." is the folder itself.
INSIDE = [*PROFILE_FILES, ".", "notes.json", "not yet/made/out.json", "backups/mine.backup"]
VAULT_FILES = ("companion.db", "companion.db-wal", "companion.key")


@pytest.fixture
def opened(tmp_path: Path):
    """A vault held open, as the app holds it, with a journal entry written (and the -wal and
    -shm files that an open vault has)."""
    made = make_vault(tmp_path / "profile")
    companion = Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore())
    companion.journal.write(ENTRY)
    assert (made.root / "companion.db-wal").exists() and (made.root / "companion.db-shm").exists()
    (made.root / "backups").mkdir(exist_ok=True)
    try:
        yield made, companion
    finally:
        companion.close()


def _vault_bytes(root: Path) -> dict[str, bytes]:
    return {name: (root / name).read_bytes() for name in VAULT_FILES if (root / name).exists()}


def _entry_reads_back(root: Path, passphrase: str) -> None:
    with Companion.unlock(root, passphrase=passphrase, keystore=NoKeyStore()) as again:
        again.vault.verify()
        with again.vault.session() as s:
            assert list(s.exec(select(JournalEntry.text))) == [ENTRY]


def _links(tmp_path: Path, root: Path) -> dict[str, Path]:
    """Paths outside the profile that lead into it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "to-db").symlink_to(root / "companion.db")
    (outside / "to-key").symlink_to(root / "companion.key")
    (outside / "to-profile").symlink_to(root, target_is_directory=True)
    os.link(root / "companion.key", outside / "hard-key")
    return {
        "symlink to the vault": outside / "to-db",
        "symlink to the key file": outside / "to-key",
        "through a linked folder": outside / "to-profile" / "companion.db",
        "a new file in a linked folder": outside / "to-profile" / "new.json",
        "a hard link to the key file": outside / "hard-key",
        "dot-dot back in": outside / ".." / "profile" / "companion.db",
    }


@pytest.mark.parametrize("kind", WRITERS)
def test_every_destination_inside_the_profile_is_refused_while_open(
    opened, tmp_path: Path, kind: str
) -> None:
    made, companion = opened
    write = WRITERS[kind]
    targets = [made.root / name for name in INSIDE] + list(_links(tmp_path, made.root).values())
    before = _vault_bytes(made.root)
    for target in targets:
        with pytest.raises(CompanionError) as refused:
            write(companion, target)
        message = str(refused.value)
        assert REFUSAL in message, (target, message)
        assert "\n" not in message and "Nothing was written" in message
        assert _vault_bytes(made.root) == before, target
    assert not (made.root / "notes.json").exists()
    assert not (made.root / "not yet").exists()
    assert sorted(p.name for p in (made.root / "backups").iterdir()) == []
    # Still writing to the same, live vault: nothing was swapped under it.
    companion.journal.write("written after")
    companion.close()
    with (
        Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore()) as c,
        c.vault.session() as s,
    ):
        assert list(s.exec(select(JournalEntry.text))) == [ENTRY, "written after"]


def test_a_destination_outside_still_works(opened, tmp_path: Path) -> None:
    _made, companion = opened
    outside = tmp_path / "outside"
    outside.mkdir()
    export_json(companion, outside / "all.json")
    export_csv(companion, outside / "csv")
    backup_now(companion, outside / "mine.companion-backup")
    # A file named like a profile file, but elsewhere, is fine.
    export_json(companion, outside / "companion.db")
    assert sorted(p.name for p in outside.iterdir()) == [
        "all.json",
        "companion.db",
        "csv",
        "mine.companion-backup",
    ]


def test_daily_backups_still_go_to_the_profiles_backups_folder(opened) -> None:
    made, companion = opened
    companion.settings.set("backup.auto", True)
    made_backup = maybe_auto_backup(companion)
    assert made_backup is not None and made_backup.parent == made.root / "backups"


@pytest.mark.parametrize("kind", ["json", "csv", "backup"])
def test_the_cli_refuses_with_the_app_open_and_the_entry_survives(
    opened, tmp_path: Path, kind: str
) -> None:
    made, companion = opened
    env = cli_env(COMPANION_PASSPHRASE=made.passphrase)
    command = {"json": ["export", "json"], "csv": ["export", "csv"], "backup": ["backup"]}[kind]
    before = _vault_bytes(made.root)
    for name in PROFILE_FILES:
        done = run_cli("--profile", str(made.root), *command, str(made.root / name), env=env)
        assert done.returncode == 1, done.stdout
        assert done.stderr.count("\n") == 1 and REFUSAL in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
        assert _vault_bytes(made.root) == before
    companion.close()
    _entry_reads_back(made.root, made.passphrase)


def test_the_cli_refuses_with_the_vault_closed(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "profile")
    with Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore()) as c:
        c.journal.write(ENTRY)
    env = cli_env(COMPANION_PASSPHRASE=made.passphrase)
    links = _links(tmp_path, made.root)
    before = snapshot(made.root)
    runs = [
        ["export", "json", str(made.root / "companion.db")],
        ["export", "json", str(links["symlink to the vault"])],
        ["export", "csv", str(made.root / "exported")],
        ["backup", str(made.root / "companion.key")],
        ["backup", str(links["a new file in a linked folder"])],
        # A report is plain text about the person: not in the profile either.
        ["report", str(made.root / "summary.pdf")],
    ]
    for args in runs:
        module = "companion_app" if args[0] == "report" else "companion"
        done = run_cli("--profile", str(made.root), *args, env=env, module=module)
        assert done.returncode == 1, (args, done.stdout)
        assert done.stderr.count("\n") == 1 and REFUSAL in done.stderr, done.stderr
        assert snapshot(made.root) == before, args
    _entry_reads_back(made.root, made.passphrase)


def test_the_report_dialog_refuses_a_place_inside_the_profile(qtbot, tmp_path: Path) -> None:
    from ui.report.dialog import ReportDialog

    made = make_vault(tmp_path / "profile")
    with Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore()) as c:
        dialog = ReportDialog(AppContext(c))
        qtbot.addWidget(dialog)
        assert dialog.save_to(made.root / "summary.pdf") is False
        assert REFUSAL in dialog.status.text()
        assert not (made.root / "summary.pdf").exists()
        assert dialog.save_to(tmp_path / "summary.pdf") is True
        assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
