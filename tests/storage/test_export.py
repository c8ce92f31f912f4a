"""Plain exports: JSON that round-trips exactly through an empty vault, CSV per table, and imports
that are all or nothing."""

from __future__ import annotations

import csv
import json

import pytest

from companion.domain.errors import ImportFailed, StorageError
from companion.facade import Companion
from companion.storage.export import export_csv, export_json, import_json
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, tables_of


def _open(filled, clock):
    profile, code, _ = filled
    return Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock)


def test_json_round_trips_exactly_through_an_empty_vault(filled, tmp_path, clock) -> None:
    with _open(filled, clock) as c:
        counts = export_json(c, tmp_path / "first.json")
    assert counts["person"] == 2 and counts["interactionperson"] == 2
    doc = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert doc["format"] == "companion-export" and doc["version"] == 1
    assert doc["tables"]["interaction"][0]["occurred_at"] == "2026-03-13T22:15:07.123456+00:00"
    assert doc["tables"]["screentimeentry"][0]["minutes"] == 92.25
    fresh, _ = Companion.create(
        tmp_path / "new", PASSPHRASE, keystore=NoKeyStore(), clock=clock, country="GB"
    )
    with fresh:
        import_json(fresh, tmp_path / "first.json")
        export_json(fresh, tmp_path / "second.json")
        assert tables_of(fresh) == filled[2]
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()


def test_import_refuses_a_vault_that_holds_records(filled, tmp_path, clock) -> None:
    with _open(filled, clock) as c:
        export_json(c, tmp_path / "e.json")
        before = tables_of(c)
        with pytest.raises(ImportFailed, match="already holds records"):
            import_json(c, tmp_path / "e.json")
        assert tables_of(c) == before


def test_import_is_all_or_nothing(filled, tmp_path, clock) -> None:
    with _open(filled, clock) as c:
        export_json(c, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    # A bad value in a table inserted late (after people and circles).
    doc["tables"]["nudgerecord"][0]["shown_at"] = "yesterday"
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    doc["tables"]["nudgerecord"][0]["shown_at"] = "2026-03-14T09:30:00+00:00"
    doc["tables"]["nudgerecord"][0]["person_id"] = 999  # no such person
    (tmp_path / "dangling.json").write_text(json.dumps(doc), encoding="utf-8")
    fresh, _ = Companion.create(tmp_path / "new", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with fresh:
        empty = tables_of(fresh)
        with pytest.raises(ImportFailed, match="nudgerecord row 1: shown_at"):
            import_json(fresh, tmp_path / "bad.json")
        with pytest.raises(ImportFailed, match="contradicts itself"):
            import_json(fresh, tmp_path / "dangling.json")
        (tmp_path / "other.json").write_text('{"hello": 1}', encoding="utf-8")
        with pytest.raises(ImportFailed, match="isn't a Companion JSON export"):
            import_json(fresh, tmp_path / "other.json")
        assert tables_of(fresh) == empty
        assert len(empty["circle"]) == 4 and empty["person"] == []


def test_csv_has_one_file_per_table_and_refuses_a_used_folder(filled, tmp_path, clock) -> None:
    with _open(filled, clock) as c:
        export_csv(c, tmp_path / "out")
        (tmp_path / "used").mkdir()
        (tmp_path / "used" / "mine.txt").write_text("keep me")
        with pytest.raises(StorageError):
            export_csv(c, tmp_path / "used")
    assert (tmp_path / "used" / "mine.txt").read_text() == "keep me"
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "person.csv" in names and "persondate.csv" in names and len(names) == 21
    with open(tmp_path / "out" / "person.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["name"] for r in rows] == ["Zoë Ñúñez", "Sam"]
    assert rows[0]["notes"] == 'línea 1\nline 2, "quoted"'
    assert rows[1]["archived"] == "true"
    with open(tmp_path / "out" / "moodentry.csv", encoding="utf-8", newline="") as fh:
        mood = next(csv.DictReader(fh))
    assert json.loads(mood["emotions"]) == ["tired", "hopeful"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_value_of_the_wrong_kind_in_a_text_column_is_refused_plainly(filled, tmp_path, clock):
    """Found by the fuzz proof: a list where a boundary's category (text) belongs."""
    with _open(filled, clock) as c:
        export_json(c, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    doc["tables"]["boundary"][0]["category"] = []
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    fresh, _ = Companion.create(tmp_path / "new", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with fresh:
        empty = tables_of(fresh)
        with pytest.raises(ImportFailed, match="boundary row 1: category has the wrong kind"):
            import_json(fresh, tmp_path / "bad.json")
        assert tables_of(fresh) == empty


def test_an_export_from_schema_2_imports_with_the_columns_added_since(
    filled, tmp_path, clock
) -> None:
    with _open(filled, clock) as c:
        export_json(c, tmp_path / "now.json")
    doc = json.loads((tmp_path / "now.json").read_text(encoding="utf-8"))
    # As schema 2 wrote it: screen time without the bucket it came from.
    doc["schema_version"] = 2
    for row in doc["tables"]["screentimeentry"]:
        del row["origin"]
    (tmp_path / "v2.json").write_text(json.dumps(doc), encoding="utf-8")
    fresh, _ = Companion.create(
        tmp_path / "new", PASSPHRASE, keystore=NoKeyStore(), clock=clock, country="GB"
    )
    with fresh:
        import_json(fresh, tmp_path / "v2.json")
        assert tables_of(fresh) == filled[2]
    doc["schema_version"] = 99
    (tmp_path / "v99.json").write_text(json.dumps(doc), encoding="utf-8")
    newer, _ = Companion.create(tmp_path / "newer", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with newer, pytest.raises(ImportFailed, match="schema 99"):
        import_json(newer, tmp_path / "v99.json")


def test_the_questionnaire_language_travels_in_an_export_and_an_older_one_reads_unrecorded(
    tmp_path, clock
) -> None:
    """Schema 5 keeps the language a check-in was answered in: a JSON export carries it, and an
    export from schema 4 (without it) imports with the language not recorded."""
    source, _ = Companion.create(tmp_path / "src", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with source:
        source.checkins.save("phq9", [1] + [0] * 8, language="es")
        source.checkins.save_draft("phq2", [1], language="de")
        export_json(source, tmp_path / "now.json")
    doc = json.loads((tmp_path / "now.json").read_text(encoding="utf-8"))
    assert [r["language"] for r in doc["tables"]["assessmentresult"]] == ["es"]
    again, _ = Companion.create(tmp_path / "again", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with again:
        import_json(again, tmp_path / "now.json")
        assert again.checkins.history("phq9")[0].language == "es"
        assert again.checkins.draft("phq2").language == "de"
    doc["schema_version"] = 4
    for table in ("assessmentresult", "assessmentdraft"):
        for row in doc["tables"][table]:
            del row["language"]
    (tmp_path / "v4.json").write_text(json.dumps(doc), encoding="utf-8")
    older, _ = Companion.create(tmp_path / "older", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with older:
        import_json(older, tmp_path / "v4.json")
        (result,) = older.checkins.history("phq9")
        assert (result.language, result.total) == (None, 1)
        assert older.checkins.draft("phq2").language is None
