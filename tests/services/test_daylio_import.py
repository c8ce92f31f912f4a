"""Daylio import over a real vault, with every real export in the shared folder: preview writes
nothing, commit is all-or-nothing, activities become mood tags, and re-importing adds nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from companion.domain.errors import Cancelled, ImportFailed, InvalidInput
from companion.services.mood import MoodFilter, MoodInput
from companion.storage.models import MoodTag, Tag

BERLIN = ZoneInfo("Europe/Berlin")

# file -> (entries read, rows with problems, moods with no default level)
REAL_FILES = {
    "DeutscheGabanna_escaped_characters.csv": (
        4,
        (5,),
        ("vaguely ok", "vaguely good", "fatigued", "tired"),
    ),
    "DeutscheGabanna_ok_8col.csv": (
        11,
        (5,),
        (
            "vaguely ok",
            "vaguely good",
            "fatigued",
            "tired",
            "grateful",
            "blissful",
            "in awe",
            "lifeless",
            "hungry",
        ),
    ),
    "DeutscheGabanna_ok_scales_9col.csv": (
        7,
        (),
        ("helpless", "laughing", "rested", "vaguely ok", "tired", "vaguely bad"),
    ),
    "MichaelCurrin_sample.csv": (3, (), ("sad", "average")),
    "MichaelCurrin_sample_multiple_moods.csv": (7, (), ("Refreshed", "ok but sleepy", "Anxious")),
    "spech66_hugo_lspd_german_bom.csv": (5, (), ()),
    "staticf0x_daylio-parser_test_data.csv": (32, (), ()),
}
STATICF0X = "staticf0x_daylio-parser_test_data.csv"
MULTIPLE = "MichaelCurrin_sample_multiple_moods.csv"


def daylio(realdata: Path, name: str) -> Path:
    return realdata / "daylio" / name


def mood_tag_count(companion) -> int:
    with companion.vault.session() as s:
        return len(s.exec(select(Tag).where(Tag.scope == "mood")).all())


def link_count(companion) -> int:
    with companion.vault.session() as s:
        return len(s.exec(select(MoodTag)).all())


def test_the_real_folder_holds_the_files_tested_here(realdata: Path) -> None:
    assert sorted(p.name for p in (realdata / "daylio").glob("*.csv")) == sorted(REAL_FILES)


@pytest.mark.parametrize("name", sorted(REAL_FILES))
def test_every_real_file_previews_imports_and_reimports_nothing(
    companion, realdata: Path, name: str
) -> None:
    entries, problem_lines, unmapped = REAL_FILES[name]
    path = daylio(realdata, name)
    preview = companion.daylio.preview(path)
    assert companion.counts()["mood_entries"] == 0  # a preview writes nothing
    assert (preview.entries, preview.new, preview.duplicates) == (entries, entries, 0)
    assert preview.unmapped == unmapped
    assert tuple(p.line for p in preview.problems) == problem_lines
    assert sum(preview.mood_counts.values()) == entries

    summary = companion.daylio.commit(preview, dict.fromkeys(unmapped, 3))
    assert (summary.imported, summary.duplicates, summary.problem_lines) == (
        entries,
        0,
        problem_lines,
    )
    assert companion.counts()["mood_entries"] == entries
    assert {v.source for v in companion.mood.entries()} == {"daylio"}
    tags, links = mood_tag_count(companion), link_count(companion)

    again = companion.daylio.preview(path)
    assert (again.new, again.duplicates) == (0, entries)
    second = companion.daylio.commit(again, dict.fromkeys(unmapped, 3))
    assert (second.imported, second.duplicates) == (0, entries)
    assert companion.counts()["mood_entries"] == entries
    assert (mood_tag_count(companion), link_count(companion)) == (tags, links)


def test_all_real_files_into_one_vault(companion, realdata: Path) -> None:
    imported = []
    for name in sorted(REAL_FILES):
        preview = companion.daylio.preview(daylio(realdata, name))
        summary = companion.daylio.commit(preview, dict.fromkeys(REAL_FILES[name][2], 3))
        imported.append((summary.imported, summary.updated, summary.new_tags))
    # The two DeutscheGabanna files are one diary: the second has 4 of the first one's moments,
    # edited, which it updates instead of adding again.
    assert imported == [
        (4, 0, 5),
        (7, 4, 14),
        (7, 0, 2),
        (3, 0, 14),
        (7, 0, 4),
        (5, 0, 19),
        (32, 0, 7),
    ]
    assert companion.counts()["mood_entries"] == 65
    assert mood_tag_count(companion) == 65
    for name in sorted(REAL_FILES):
        preview = companion.daylio.preview(daylio(realdata, name))
        assert preview.new == 0
        assert companion.daylio.commit(preview, dict.fromkeys(REAL_FILES[name][2], 3)).imported == 0
    assert companion.counts()["mood_entries"] == 65


def test_staticf0x_entries_land_on_their_days_with_levels_tags_and_notes(
    companion, realdata: Path
) -> None:
    companion.daylio.import_file(daylio(realdata, STATICF0X))
    views = companion.mood.entries()
    newest, oldest = views[0], views[-1]
    # The export is newest first. Its first row: 2020-05-30 6:50 pm, rad, four activities,
    # note "Awesome"; its last: 2020-05-25 7:09 am, meh, nothing else.
    assert newest.logged_at == datetime(2020, 5, 30, 18, 50, tzinfo=BERLIN)
    assert newest.local_day == date(2020, 5, 30)
    assert (newest.level, newest.label, newest.note) == (5, "great", "Awesome")
    assert newest.tags == ("friends", "gaming", "nap", "programming")
    assert oldest.logged_at == datetime(2020, 5, 25, 7, 9, tzinfo=BERLIN)
    assert (oldest.level, oldest.label, oldest.tags, oldest.note) == (3, "meh", (), "")
    assert [sum(1 for v in views if v.level == n) for n in range(1, 6)] == [2, 2, 4, 5, 19]
    assert sorted(companion.mood.tags()) == sorted(
        [
            "cleaning",
            "friends",
            "gaming",
            "good meal",
            "movies",
            "nap",
            "programming",
            "shopping",
            "walk",
            "work",
        ]
    )
    with_friends = companion.mood.entries(filter=MoodFilter(tag="friends"))
    assert with_friends and all("friends" in v.tags for v in with_friends)


def test_activities_join_tags_the_user_already_has(companion, realdata: Path) -> None:
    companion.mood.log(MoodInput(level=4, tags=["Friends"]))
    before = mood_tag_count(companion)
    companion.daylio.import_file(daylio(realdata, STATICF0X))
    assert mood_tag_count(companion) == before + 9  # "friends" is the user's "Friends"
    assert "Friends" in companion.mood.tags() and "friends" not in companion.mood.tags()


def test_user_mapping_sets_levels_and_overrides_defaults(companion, realdata: Path) -> None:
    preview = companion.daylio.preview(daylio(realdata, MULTIPLE))
    assert preview.suggested == {
        "OK": 3,
        "Refreshed": None,
        "good": 4,
        "ok but sleepy": None,
        "bad": 2,
        "Anxious": None,
    }
    summary = companion.daylio.commit(
        preview, {"refreshed": 5, "ok but sleepy": 3, "Anxious": 2, "good": 5}
    )
    assert summary.imported == 7
    levels = sorted(v.level for v in companion.mood.entries())
    counts = preview.mood_counts
    expected = sorted(
        [5] * counts["Refreshed"]
        + [3] * (counts["ok but sleepy"] + counts["OK"])
        + [2] * (counts["Anxious"] + counts["bad"])
        + [5] * counts["good"]
    )
    assert levels == expected


def test_an_unmapped_mood_fails_the_commit_and_writes_nothing(companion, realdata: Path) -> None:
    companion.daylio.import_file(daylio(realdata, STATICF0X))
    before = (companion.counts()["mood_entries"], mood_tag_count(companion), link_count(companion))
    preview = companion.daylio.preview(daylio(realdata, MULTIPLE))
    with pytest.raises(InvalidInput, match='moods first: "ok but sleepy", "Anxious"'):
        companion.daylio.commit(preview, {"Refreshed": 5})
    after = (companion.counts()["mood_entries"], mood_tag_count(companion), link_count(companion))
    assert after == before
    assert before[:2] == (32, 10)


def test_cancelling_midway_keeps_nothing(companion, realdata: Path) -> None:
    preview = companion.daylio.preview(daylio(realdata, STATICF0X))
    asked = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > 1  # let the first batch go in, then cancel

    # The service asks every 200 rows; the file seven times over (224 rows) makes it ask twice.
    doubled = type(preview.parsed)(
        preview.parsed.entries * 7, [], preview.parsed.mood_names, preview.parsed.encoding
    )
    big = replace(preview, parsed=doubled)
    with pytest.raises(Cancelled):
        companion.daylio.commit(big, cancel_requested=cancel)
    assert len(asked) == 2
    assert companion.counts()["mood_entries"] == 0
    assert mood_tag_count(companion) == 0


def test_a_file_edited_after_import_adds_only_the_new_rows(
    companion, realdata: Path, tmp_path: Path
) -> None:
    original = daylio(realdata, STATICF0X).read_text(encoding="utf-8")
    header, *rows = original.splitlines()
    first = tmp_path / "first.csv"
    first.write_text("\n".join([header, *rows[:20]]) + "\n", encoding="utf-8")
    assert companion.daylio.import_file(first).imported == 20
    summary = companion.daylio.import_file(daylio(realdata, STATICF0X))
    assert (summary.imported, summary.duplicates) == (12, 20)
    assert companion.counts()["mood_entries"] == 32


def test_editing_an_imported_entry_does_not_bring_the_original_back(
    companion, realdata: Path
) -> None:
    companion.daylio.import_file(daylio(realdata, STATICF0X))
    entry = companion.mood.entries()[-1]
    companion.mood.update(entry.id, MoodInput(level=2, note="changed my mind"))
    assert companion.daylio.import_file(daylio(realdata, STATICF0X)).imported == 0
    assert companion.mood.get(entry.id).level == 2


def test_a_file_that_is_not_daylio_is_refused_plainly(companion, tmp_path: Path) -> None:
    bogus = tmp_path / "contacts.csv"
    bogus.write_text("name,phone\nSam,123\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="doesn't look like a Daylio export"):
        companion.daylio.preview(bogus)
    with pytest.raises(ImportFailed, match=r"missing\.csv"):
        companion.daylio.preview(tmp_path / "missing.csv")
    assert companion.counts()["mood_entries"] == 0


# ---------------------------------------------------------------- newer exports, cut files

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def diary(days: int, edited: set[int] = frozenset(), extra: int = 0) -> str:
    """A Daylio export written here: two entries a day, newest first; `edited` days have their
    evening entry changed (mood, activities and note), `extra` days of newer entries on top."""
    rows = []
    for n in range(days + extra - 1, -1, -1):
        day = date(2024, 1, 1).toordinal() + n
        when = date.fromordinal(day).isoformat()
        if n in edited:
            rows.append(f'{when},,,9:30 pm,rad,friends | walk,,"Evening, edited later"')
        else:
            rows.append(f'{when},,,9:30 pm,good,walk,,"Evening {n}"')
        rows.append(f"{when},,,8:15 am,meh,,,")
    return HEADER + "\n".join(rows) + "\n"


def test_a_newer_export_updates_edited_entries_instead_of_doubling_them(
    companion, tmp_path
) -> None:
    older = tmp_path / "older.csv"
    older.write_text(diary(60), encoding="utf-8")
    newer = tmp_path / "newer.csv"
    edited = {3, 17, 41}
    newer.write_text(diary(60, edited, extra=5), encoding="utf-8")
    first = companion.daylio.import_file(older)
    assert (first.imported, first.updated) == (120, 0)
    preview = companion.daylio.preview(newer)
    assert (preview.new, preview.duplicates) == (10, 120)
    second = companion.daylio.commit(preview)
    assert (second.imported, second.updated, second.duplicates) == (10, 3, 117)
    assert companion.counts()["mood_entries"] == 130
    evening = [v for v in companion.mood.entries() if v.note == "Evening, edited later"]
    assert len(evening) == 3
    assert all(v.level == 5 and set(v.tags) == {"friends", "walk"} for v in evening)
    # The same newer file again changes nothing.
    again = companion.daylio.import_file(newer)
    assert (again.imported, again.updated, again.duplicates) == (0, 0, 130)
    assert companion.counts()["mood_entries"] == 130


def test_an_edit_made_in_companion_is_kept_over_an_older_file(companion, tmp_path) -> None:
    path = tmp_path / "diary.csv"
    path.write_text(diary(3), encoding="utf-8")
    companion.daylio.import_file(path)
    entry = next(v for v in companion.mood.entries() if v.note == "Evening 1")
    companion.mood.update(entry.id, MoodInput(level=1, note="what really happened"))
    path.write_text(diary(3, {1}), encoding="utf-8")  # edited in Daylio too
    summary = companion.daylio.import_file(path)
    assert (summary.imported, summary.updated, summary.kept_edits) == (0, 0, 1)
    assert companion.mood.get(entry.id).note == "what really happened"


def test_entries_imported_by_an_older_version_are_matched_by_their_moment(
    companion, tmp_path
) -> None:
    from companion.importers.daylio import apply_mapping, legacy_fingerprint, parse_daylio
    from companion.storage.models import MoodEntry

    path = tmp_path / "diary.csv"
    path.write_text(diary(4), encoding="utf-8")
    companion.daylio.import_file(path)
    # As an older version stored them: the whole-content hash as the fingerprint.
    records = apply_mapping(parsed := parse_daylio(path.read_bytes()), {"good": 4, "meh": 3})
    assert parsed.problems == []
    by_note = {(r.when.date(), r.note): legacy_fingerprint(r) for r in records}
    with companion.vault.session() as s:
        for row in s.exec(select(MoodEntry)).all():
            local = row.logged_at.astimezone(BERLIN)
            row.fingerprint = by_note[(local.date(), row.note)]
            s.add(row)
    again = companion.daylio.import_file(path)
    assert (again.imported, again.updated, again.duplicates) == (0, 0, 8)
    path.write_text(diary(4, {2}), encoding="utf-8")
    edited = companion.daylio.import_file(path)
    assert (edited.imported, edited.updated) == (0, 1)
    assert companion.counts()["mood_entries"] == 8


def test_a_file_cut_inside_a_quoted_note_leaves_that_row_out(companion, tmp_path) -> None:
    whole = diary(10).replace('"Evening 0"', '"Evening 0, a longer note\nover two lines"')
    cut = whole[: whole.rindex("over two")]
    path = tmp_path / "cut.csv"
    path.write_text(cut, encoding="utf-8")
    summary = companion.daylio.import_file(path)
    line = cut.count("\n")  # the row starts on the line before the cut one
    assert summary.imported == 18  # the last day's morning entry came after the cut
    assert [p.line for p in summary.problems] == [line]
    assert "never closes" in summary.problems[0].message
    assert not [v for v in companion.mood.entries() if v.note.startswith("Evening 0")]
    # The whole file later adds those entries, once.
    path.write_text(whole, encoding="utf-8")
    full = companion.daylio.import_file(path)
    assert (full.imported, full.updated) == (2, 0)
    assert companion.counts()["mood_entries"] == 20
