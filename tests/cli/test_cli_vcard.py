"""`companion import vcard FILE` and `companion export vcard FILE` in a real subprocess against a
real profile: possible duplicates kept and listed (or merged on request), a cut file refused with
nothing written, a second import changing nothing, and an export that imports back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


TWO_ANAS = card("FN:Ana Costa", "EMAIL:ana@work.example") + card(
    "FN:Ana Costa", "EMAIL:ana@home.example"
)


def people(profile: Path, env) -> list[str]:
    done = run_cli("--profile", str(profile), "people", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return sorted(p["name"] for p in json.loads(done.stdout))


def test_possible_duplicates_are_kept_and_listed_then_nothing_changes(
    profile: Path, env, tmp_path: Path
) -> None:
    path = tmp_path / "anas.vcf"
    path.write_text(TWO_ANAS, encoding="utf-8")
    first = run_cli("--profile", str(profile), "import", "vcard", str(path), env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "Read 2 contacts from anas.vcf: added 2 new, merged 0 into people already there, "
        "0 already there with nothing new.",
        "Possible duplicates, both kept (--merge-duplicates merges them):",
        "  Ana Costa and Ana Costa (same name, but different details)",
    ]
    again = run_cli("--profile", str(profile), "import", "vcard", str(path), env=env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == (
        "Read 2 contacts from anas.vcf: added 0 new, merged 0 into people already there, "
        "2 already there with nothing new."
    )
    assert people(profile, env) == ["Ana Costa", "Ana Costa"]


def test_merge_duplicates_and_a_cut_file(profile: Path, env, tmp_path: Path) -> None:
    cut = tmp_path / "cut.vcf"
    cut.write_text(TWO_ANAS + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hal", encoding="utf-8")
    refused = run_cli("--profile", str(profile), "import", "vcard", str(cut), env=env)
    assert refused.returncode == 1
    assert "cut.vcf ends in the middle of a card (card 3, which starts on line 11)" in (
        refused.stderr
    )
    assert people(profile, env) == []
    merged = run_cli(
        "--profile", str(profile), "import", "vcard", str(cut),
        "--merge-duplicates", "--complete-cards-only", env=env,
    )  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "Merged:" in merged.stdout
    assert "  Ana Costa into Ana Costa (same name, but different details)" in merged.stdout
    assert "Card 3 (line 11) the file ends inside it" in merged.stdout
    assert people(profile, env) == ["Ana Costa"]
    out = tmp_path / "export.vcf"
    exported = run_cli("--profile", str(profile), "export", "vcard", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    assert "Exported 1 person as vCard 4.0" in exported.stdout
    back = run_cli("--profile", str(profile), "import", "vcard", str(out), env=env)
    assert "added 0 new, merged 0 into people already there, 1 already there" in back.stdout
