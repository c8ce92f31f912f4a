"""`companion people` shows birthdays and other dates, and `companion export ics FILE` writes them as an
iCalendar file a real parser reads, never inside the profile folder (real subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, cli_env, run_cli

pytestmark = pytest.mark.slow


def test_people_shows_birthdays_and_export_ics_writes_them(tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    env = cli_env(COMPANION_PASSPHRASE=PASSPHRASE)
    profile = tmp_path / "profile"
    assert run_cli("--profile", str(profile), "init", env=env).returncode == 0
    cards = tmp_path / "people.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nBDAY:1815-12-10\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nBDAY:--03-14\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Di\r\nitem1.X-ABDATE:2010-06-15\r\n"
        "item1.X-ABLabel:_$!<Anniversary>!$_\r\nitem2.X-ABDATE:--09-01\r\n"
        "item2.X-ABLabel:Name day\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert (
        run_cli("--profile", str(profile), "import", "vcard", str(cards), env=env).returncode == 0
    )
    listed = run_cli("--profile", str(profile), "people", env=env)
    assert listed.returncode == 0, listed.stderr
    lines = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert lines["Ada"].endswith("birthday 10 December 1815")
    assert lines["Bo"].endswith("birthday 14 March")
    assert "birthday" not in lines["Cy"]
    assert lines["Di"].endswith("(no circle), anniversary 15 June 2010, Name day 1 September")
    as_json = run_cli("--profile", str(profile), "people", "--json", env=env)
    di = next(p for p in json.loads(as_json.stdout) if p["name"] == "Di")
    assert di["dates"] == [
        {"kind": "anniversary", "label": "Anniversary", "date": "2010-06-15", "yearly": True},
        {"kind": "custom", "label": "Name day", "date": "--09-01", "yearly": True},
    ]

    out = tmp_path / "birthdays.ics"
    done = run_cli("--profile", str(profile), "export", "ics", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert "Exported 4 dates as iCalendar" in done.stdout
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Ada Lovelace’s birthday",
        "Bo’s birthday",
        "Di’s anniversary",
        "Name day (Di)",
    ]

    inside = profile / "birthdays.ics"
    refused = run_cli("--profile", str(profile), "export", "ics", str(inside), env=env)
    assert refused.returncode != 0 and not inside.exists()
