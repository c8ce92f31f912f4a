"""Text from imported files can't drive the terminal: escape sequences, carriage returns, NULs and
bidirectional overrides in names, moods and file names are shown escaped in every command's
output (people, due, info, import summaries and error lines), in text and in JSON."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.cli.output import clean
from companion.facade import Companion
from companion.services.people import PersonInput
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, cli_env, run_cli

# Would turn the terminal red, rewrite the line, hide the rest and reverse the text.
HOSTILE = "Ann\x1b[31m\x1b]0;owned\x07 \rEve\x00\x9b2J\u202eeno\u2066"
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _assert_safe(text: str) -> None:
    found = UNSAFE.findall(text)
    assert not found, f"raw control characters in the output: {found!r}"


def test_clean_escapes_each_kind() -> None:
    assert clean("a\x1b[31mb") == "a\\e[31mb"
    assert clean("x\ry\nz\tw") == "x\\ry\\nz\\tw"
    assert clean("\x00\x07\x7f\x9b") == "\\x00\\x07\\x7f\\x9b"
    assert clean("abc\u202edef\u2066\u200f") == "abc\\u202edef\\u2066\\u200f"
    # Ordinary text, accents, emoji (with joiners) and right-to-left letters stay as they are.
    plain = "Zoë Ñúñez 👩‍👩‍👧 שלום مرحبا"
    assert clean(plain) == plain


@pytest.fixture(scope="module")
def hostile_profile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A profile in a folder whose name holds an escape sequence, with one person whose name is
    HOSTILE (as the vault keeps it), overdue."""
    root = tmp_path_factory.mktemp("escapes") / "profile\x1b[2Jx"
    companion, _code = Companion.create(root, PASSPHRASE, keystore=NoKeyStore())
    with companion:
        person = companion.people.add(PersonInput(HOSTILE, cadence_days=1))
        long_ago = datetime.now(UTC) - timedelta(days=30)
        companion.interactions.log([person], when=long_ago, note="hi\x1b[31m")
        stored = companion.people.get(person).name
    assert "\x1b" in stored and "\u202e" in stored
    return root, stored


@pytest.mark.parametrize(
    "command",
    [["people"], ["people", "--json"], ["due"], ["due", "--json"], ["info"], ["info", "--json"]],
    ids=lambda c: " ".join(c),
)
def test_listings_escape_names_and_paths(hostile_profile, command: list[str]) -> None:
    root, stored = hostile_profile
    done = run_cli("--profile", str(root), *command, env=cli_env(COMPANION_PASSPHRASE=PASSPHRASE))
    assert done.returncode == 0, done.stderr
    _assert_safe(done.stdout + done.stderr)
    if command[0] in ("people", "due"):
        if "--json" in command:
            assert json.loads(done.stdout)[0]["name"] == stored  # the same value, escaped
        else:
            assert clean(stored) in done.stdout


def test_import_lines_escape_mood_names_and_vcard_fields(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    env = cli_env(COMPANION_PASSPHRASE=PASSPHRASE)
    assert run_cli("--profile", str(profile), "init", env=env).returncode == 0
    mood = "happy\x1b[8m\u202e"
    daylio = tmp_path / "daylio\x1b[31m.csv"
    daylio.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        f'2024-01-02,January 2,Tuesday,10:04 AM,{mood},"walk\x1b[5m",title,"note\rX"\n'
        "2024-01-03,January 3,Wednesday,10:04 AM,good,,,\n"
        "not a date,,,,good,,,\n",
        encoding="utf-8",
    )
    refused = run_cli("--profile", str(profile), "import", "daylio", str(daylio), env=env)
    assert refused.returncode == 1
    _assert_safe(refused.stdout + refused.stderr)
    assert refused.stderr.count("\n") == 1 and clean(mood) in refused.stderr
    done = run_cli(
        "--profile", str(profile), "import", "daylio", str(daylio), "--map", f"{mood}=4", env=env
    )
    assert done.returncode == 0, done.stderr
    _assert_safe(done.stdout + done.stderr)

    vcard = tmp_path / "contacts.vcf"
    vcard.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mal\x1b[31mory\u202e\r\nN:Mallory;;;;\r\n"
        "NOTE:line\x1b[2Jwipe\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:\x1b]0;t\x07;;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    done = run_cli("--profile", str(profile), "import", "vcard", str(vcard), env=env)
    assert done.returncode == 0, done.stderr
    _assert_safe(done.stdout + done.stderr)
    listed = run_cli("--profile", str(profile), "people", env=env)
    _assert_safe(listed.stdout + listed.stderr)
    assert "Mal\\e[31mory\\u202e" in listed.stdout
