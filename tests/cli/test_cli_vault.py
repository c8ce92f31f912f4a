"""`companion --version`, `init`, `info [--json]` and `self-test`, run as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from companion import __version__
from companion.storage.engine import SCHEMA_VERSION
from tests.helpers import MadeVault, cli_env, run_cli, snapshot


def _one_plain_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("companion: ")
    return lines[0]


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"Companion {__version__}"


def test_init_without_passphrase_creates_nothing(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    done = run_cli("--profile", str(profile), "init")
    assert done.returncode == 1
    assert "COMPANION_PASSPHRASE" in _one_plain_line(done.stderr)
    assert not profile.exists()


def test_init_then_info_json(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    env = cli_env(COMPANION_PASSPHRASE="seven blue kites")
    done = run_cli("--profile", str(profile), "init", "--country", "gb", env=env)
    assert done.returncode == 0, done.stderr
    assert str(profile) in done.stdout
    assert sorted(p.name for p in profile.iterdir()) == [
        "companion.db",
        "companion.key",
        "companion.lock",
    ]

    done = run_cli("--profile", str(profile), "info", "--json", env=env)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["schema_version"] == SCHEMA_VERSION
    assert info["cipher_version"].startswith("4.")
    assert info["profile"] == str(profile)
    assert info["keyring_has_key"] is False
    assert info["records"] == {
        "people": 0,
        "interactions": 0,
        "mood_entries": 0,
        "journal_entries": 0,
        "assessments": 0,
        "screen_time_entries": 0,
        "boundaries": 0,
        "boundary_checks": 0,
        "reflections": 0,
        "nudges": 0,
    }

    text = run_cli("--profile", str(profile), "info", env=env)
    assert text.returncode == 0
    assert f"Schema version: {SCHEMA_VERSION}" in text.stdout
    assert "SQLCipher 4." in text.stdout


def test_init_twice_refuses_and_keeps_the_vault(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    env = cli_env(COMPANION_PASSPHRASE="another passphrase")
    done = run_cli("--profile", str(vault.root), "init", env=env)
    assert done.returncode == 1
    assert "already" in _one_plain_line(done.stderr)
    assert snapshot(vault.root) == before


def test_info_counts_records(vault: MadeVault) -> None:
    env = cli_env(COMPANION_PASSPHRASE=vault.passphrase)
    done = run_cli("--profile", str(vault.root), "info", "--json", env=env)
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)["records"]
    assert (records["people"], records["interactions"], records["mood_entries"]) == (1, 1, 1)


def test_wrong_passphrase_is_one_line_and_exit_1(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    env = cli_env(COMPANION_PASSPHRASE="not the passphrase")
    done = run_cli("--profile", str(vault.root), "info", "--json", env=env)
    assert done.returncode == 1
    assert _one_plain_line(done.stderr) == "companion: That passphrase doesn't open this vault."
    assert done.stdout == ""
    assert snapshot(vault.root) == before


def test_no_passphrase_and_no_terminal(vault: MadeVault) -> None:
    done = run_cli("--profile", str(vault.root), "info")
    assert done.returncode == 1
    assert "COMPANION_PASSPHRASE" in _one_plain_line(done.stderr)


def test_info_on_a_missing_profile(tmp_path: Path) -> None:
    env = cli_env(COMPANION_PASSPHRASE="seven blue kites")
    done = run_cli("--profile", str(tmp_path / "none"), "info", env=env)
    assert done.returncode == 1
    _one_plain_line(done.stderr)
    assert not (tmp_path / "none").exists()


def test_info_on_a_damaged_vault(vault: MadeVault) -> None:
    vault.db.write_bytes(b"\0" * 8192)
    env = cli_env(COMPANION_PASSPHRASE=vault.passphrase)
    done = run_cli("--profile", str(vault.root), "info", env=env)
    assert done.returncode == 1
    _one_plain_line(done.stderr)


def test_self_test() -> None:
    done = run_cli("self-test")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "companion self-test: ok"
