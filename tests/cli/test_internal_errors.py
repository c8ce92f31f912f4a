"""A bug is not the user's fault and not a wall of text: one calm line, exit status 70, and the
details (types and frames, no messages) in a private log in the profile folder; the traceback
reaches the terminal only when COMPANION_TRACEBACK=1 asks for it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from companion.cli import EXIT_BUG, main
from companion.platform.error_log import LOG_NAME

PERSONAL = "Zoë told me about her diagnosis"


def _boom(_args) -> int:
    try:
        {}["missing"]
    except KeyError as exc:
        raise ValueError(PERSONAL) from exc
    return 0


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    import companion.cli.vault_commands as vault_commands

    monkeypatch.setattr(vault_commands, "cmd_info", _boom)
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    return profile


def test_a_bug_is_one_line_and_a_private_log(failing: Path, capsys) -> None:
    assert main(["--profile", str(failing), "info"]) == EXIT_BUG
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err and PERSONAL not in err
    assert "isn't something you did" in err and str(failing / LOG_NAME) in err
    log = failing / LOG_NAME
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text()
    assert "ValueError" in text and "KeyError" in text and "_boom" in text
    assert "raise ValueError(PERSONAL) from exc" in text  # the line of code, not its value
    assert PERSONAL not in text and "missing" not in text.replace('{}["missing"]', "")

    assert main(["--profile", str(failing), "info"]) == EXIT_BUG
    capsys.readouterr()
    assert log.read_text().count("--- ") == 2  # appended, not replaced


def test_the_traceback_is_shown_only_when_asked(failing: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COMPANION_TRACEBACK", "1")
    assert main(["--profile", str(failing), "info"]) == EXIT_BUG
    _out, err = capsys.readouterr()
    assert "Traceback" in err and PERSONAL in err


def test_no_profile_folder_means_no_log_and_a_hint(tmp_path: Path, capsys, monkeypatch) -> None:
    import companion.cli.vault_commands as vault_commands

    monkeypatch.setattr(vault_commands, "cmd_info", _boom)
    missing = tmp_path / "not made"
    assert main(["--profile", str(missing), "info"]) == EXIT_BUG
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "COMPANION_TRACEBACK=1" in err
    assert not missing.exists()


def test_user_errors_still_exit_1(tmp_path: Path, capsys) -> None:
    assert main(["--profile", str(tmp_path / "none"), "info"]) == 1
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "no Companion vault" in err
