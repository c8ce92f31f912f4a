"""The data commands as a user runs them: plain one-line errors, exit 1, nothing half-written."""

from __future__ import annotations

import json

from tests.helpers import cli_env, run_cli

PASS = "a long passphrase"


def test_backup_restore_export_and_restore_json(tmp_path) -> None:
    env = cli_env(COMPANION_PASSPHRASE=PASS)
    home, there = str(tmp_path / "home"), str(tmp_path / "there")
    assert run_cli("--profile", home, "init", env=env).returncode == 0
    backup = tmp_path / "mine.companion-backup"
    done = run_cli("--profile", home, "backup", str(backup), env=env)
    assert done.returncode == 0, done.stderr
    assert backup.read_bytes().startswith(b"COMPANION-BACKUP")

    wrong = run_cli(
        "--profile", there, "restore", str(backup), env=cli_env(COMPANION_PASSPHRASE="nope nope")
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "companion: That passphrase doesn't open this vault."
    assert not (tmp_path / "there" / "companion.db").exists()
    restored = run_cli("--profile", there, "restore", str(backup), env=env)
    assert restored.returncode == 0, restored.stderr
    info = run_cli("--profile", there, "info", "--json", env=env)
    assert json.loads(info.stdout)["records"]["people"] == 0

    exported = run_cli("--profile", home, "export", "json", str(tmp_path / "all.json"), env=env)
    assert exported.returncode == 0, exported.stderr
    assert "not encrypted" in exported.stderr
    assert json.loads((tmp_path / "all.json").read_text())["format"] == "companion-export"

    fresh = str(tmp_path / "fresh")
    assert run_cli("--profile", fresh, "init", env=env).returncode == 0
    loaded = run_cli("--profile", fresh, "restore-json", str(tmp_path / "all.json"), env=env)
    assert loaded.returncode == 0, loaded.stderr
    again = run_cli("--profile", fresh, "export", "json", str(tmp_path / "again.json"), env=env)
    assert again.returncode == 0
    first = json.loads((tmp_path / "all.json").read_text())
    second = json.loads((tmp_path / "again.json").read_text())
    assert first["tables"] == second["tables"]


def test_errors_are_one_plain_line_and_leave_nothing_behind(tmp_path) -> None:
    env = cli_env(COMPANION_PASSPHRASE=PASS)
    home = str(tmp_path / "home")
    assert run_cli("--profile", home, "init", env=env).returncode == 0
    missing = tmp_path / "no such folder" / "out.json"
    failed = run_cli("--profile", home, "export", "json", str(missing), env=env)
    assert failed.returncode == 1
    assert failed.stderr.strip().splitlines()[-1].startswith("companion: ")
    assert "Traceback" not in failed.stderr
    not_backup = tmp_path / "photo.jpg"
    not_backup.write_bytes(b"\xff\xd8\xff not a backup")
    refused = run_cli("--profile", home, "restore", str(not_backup), env=env)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "isn't a Companion backup" in refused.stderr
    no_confirm = run_cli("--profile", home, "delete-everything", env=env)
    assert no_confirm.returncode == 1 and "delete everything" in no_confirm.stderr
    assert (tmp_path / "home" / "companion.db").exists()
    erased = run_cli(
        "--profile", home, "delete-everything", "--confirm", "delete everything", env=env
    )
    assert erased.returncode == 0, erased.stderr
    assert not (tmp_path / "home").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg"]
