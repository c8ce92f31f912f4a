"""After a whole scripted session, nothing under the profile, the temp folder or Qt's settings folder
holds anything the person typed, in UTF-8 or UTF-16 (little- or big-endian).

The session (tests/proof/session.py) runs in its own process with TMPDIR and XDG_CONFIG_HOME
inside the test folder. The JSON export and the PDF report are files the person asked for, so they
are written to a separate folder that isn't swept; the test checks the export does hold the canary
(so the sweep could find it) and then deletes both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REALDATA
from tests.proof.running import run_session
from tests.proof.session import PASSPHRASE, TOKEN


def needles() -> dict[str, bytes]:
    found = {}
    for text in (TOKEN, PASSPHRASE):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{text!r} in {encoding}"] = text.encode(encoding)
    return found


def sweep(folders: list[Path]) -> list[str]:
    """Every (file, encoding) where a canary turns up."""
    hits = []
    wanted = needles()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            hits.extend(f"{path}: {label}" for label, needle in wanted.items() if needle in data)
    return hits


@pytest.fixture
def realdata_or_none() -> Path | None:
    return REALDATA if REALDATA.is_dir() else None


def test_no_canary_anywhere_after_a_whole_session(tmp_path, realdata_or_none):
    if realdata_or_none is None:
        pytest.skip(
            "the shared real exports (shared/realdata, beside the checkout) are absent, so the "
            "importers can't be exercised"
        )
    summary, profile, out, temp, config = run_session(tmp_path, realdata_or_none)

    # The session did touch everything.
    assert all(summary["records"][kind] >= 1 for kind in summary["records"] if kind != "nudges")
    assert summary["imported"]["vcard"] >= 1
    assert summary["imported"]["daylio"] >= 1
    assert summary["imported"]["activitywatch"] >= 1
    assert summary["report"] == 0, summary["report_error"]
    assert summary["auto_backup"] and (profile / "backups" / summary["auto_backup"]).exists()
    assert (temp / summary["backup"]).exists()
    # The canary is findable: the (unencrypted) export holds it, so a leak would be seen.
    assert summary["export_has_canary"]
    export = Path(summary["export"])
    assert TOKEN.encode("utf-8") in export.read_bytes()
    export.unlink()
    (out / "report.pdf").unlink()

    hits = sweep([profile, temp, config])
    assert hits == []
    assert (profile / "companion.db").stat().st_size > 0


def test_the_sweep_finds_a_planted_canary(tmp_path):
    """The sweep itself can fail: a canary in any of the three encodings is reported."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        folder = tmp_path / encoding
        folder.mkdir()
        (folder / "leak.bin").write_bytes(b"\x00junk" + f"x {TOKEN} y".encode(encoding))
        hits = sweep([folder])
        assert hits and all(hit.startswith(str(folder / "leak.bin")) for hit in hits)
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "other.bin").write_bytes("nothing typed here".encode("utf-16-le"))
    assert sweep([clean]) == []
