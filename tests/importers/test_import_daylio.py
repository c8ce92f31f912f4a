"""Tests for the Daylio CSV parser, against real exports and small written samples."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.errors import ImportFailed, InvalidInput
from companion.importers.daylio import (
    DEFAULT_MOOD_LEVELS,
    DaylioEntry,
    DaylioParseResult,
    MoodRecord,
    RowProblem,
    apply_mapping,
    parse_daylio,
    parse_map_option,
    read_daylio_file,
    suggest_mood_mapping,
)

REAL_FILES = [
    "DeutscheGabanna_escaped_characters.csv",
    "DeutscheGabanna_ok_8col.csv",
    "DeutscheGabanna_ok_scales_9col.csv",
    "MichaelCurrin_sample.csv",
    "MichaelCurrin_sample_multiple_moods.csv",
    "spech66_hugo_lspd_german_bom.csv",
    "staticf0x_daylio-parser_test_data.csv",
]


def daylio(realdata: Path, name: str) -> DaylioParseResult:
    return read_daylio_file(realdata / "daylio" / name)


# ---------------------------------------------------------------- every real file


def test_the_real_folder_holds_exactly_the_files_tested_here(realdata: Path) -> None:
    assert sorted(p.name for p in (realdata / "daylio").iterdir()) == REAL_FILES


@pytest.mark.parametrize("name", REAL_FILES)
def test_every_real_file_parses_with_consistent_results(realdata: Path, name: str) -> None:
    result = daylio(realdata, name)
    assert result.entries
    assert result.encoding == "utf-8"
    assert result.mood_names == list(dict.fromkeys(e.mood_name for e in result.entries))
    lines = [e.line for e in result.entries] + [p.line for p in result.problems]
    assert len(lines) == len(set(lines))
    assert min(lines) == 2  # line 1 is the header
    for entry in result.entries:
        assert entry.mood_name == entry.mood_name.strip() != ""
        assert all(a == a.strip() != "" for a in entry.activities)
        assert "<" not in entry.note


def test_staticf0x_12_hour_lower_case_times_and_empty_activities(realdata: Path) -> None:
    result = daylio(realdata, "staticf0x_daylio-parser_test_data.csv")
    assert len(result.entries) == 32
    assert result.problems == []
    first, last = result.entries[0], result.entries[-1]
    assert first == DaylioEntry(
        line=2,
        when=datetime(2020, 5, 30, 18, 50),
        mood_name="rad",
        activities=("friends", "gaming", "programming", "nap"),
        note_title="",
        note="Awesome",
        scales="",
    )
    assert (last.line, last.when, last.mood_name, last.activities, last.note) == (
        33,
        datetime(2020, 5, 25, 7, 9),
        "meh",
        (),
        "",
    )
    by_line = {e.line: e for e in result.entries}
    assert by_line[5].when == datetime(2020, 5, 30, 1, 23)  # 1:23 am
    assert by_line[10].when == datetime(2020, 5, 29, 12, 38)  # 12:38 pm is just after noon
    assert by_line[16].when == datetime(2020, 5, 28, 0, 46)  # 12:46 am is just after midnight
    assert by_line[32].when == datetime(2020, 5, 25, 14, 58)  # a 24-hour time among 12-hour ones
    assert by_line[32].note == "Could be better"
    assert result.mood_names == ["rad", "good", "meh", "bad", "awful"]
    assert [e.mood_name for e in result.entries].count("rad") == 19


def test_michaelcurrin_quoted_fields_trailing_spaces_and_slashes(realdata: Path) -> None:
    result = daylio(realdata, "MichaelCurrin_sample.csv")
    assert len(result.entries) == 3
    assert result.problems == []
    first, second, last = result.entries
    assert first.when == datetime(2021, 9, 28, 22, 0)
    assert first.mood_name == "sad"  # written "sad " in the file
    assert first.activities == (
        "clean",
        "music",
        "movies / tv",
        "bad sleep",
        "tired",
        "sleep early",
        "stomachache",
    )
    assert second.activities[0] == "stressed / frustrated"
    assert len(second.activities) == 12
    assert last.when == datetime(2021, 9, 26, 23, 0)
    assert last.mood_name == "average"
    assert last.activities == ("alcohol", "vegetarian day", "clean", "movies / tv", "bad sleep")
    assert result.mood_names == ["sad", "average"]


def test_michaelcurrin_custom_moods_and_24_hour_times(realdata: Path) -> None:
    result = daylio(realdata, "MichaelCurrin_sample_multiple_moods.csv")
    assert len(result.entries) == 7
    assert result.problems == []
    assert result.entries[0].when == datetime(2021, 5, 12, 18, 52)
    assert result.entries[1].when == datetime(2021, 5, 12, 15, 40)  # two entries on one day
    assert result.entries[2].when == datetime(2020, 8, 31, 8, 13)
    assert result.entries[2].activities == ("Sleeping",)
    assert result.entries[-1].when == datetime(2020, 7, 21, 7, 31)
    assert result.entries[-1].mood_name == "Anxious"
    assert result.entries[5].activities == ()
    assert result.mood_names == ["OK", "Refreshed", "good", "ok but sleepy", "bad", "Anxious"]


def test_german_export_with_bom_uses_full_date_not_the_localised_date(realdata: Path) -> None:
    path = realdata / "daylio" / "spech66_hugo_lspd_german_bom.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = read_daylio_file(path)
    assert len(result.entries) == 5
    assert result.problems == []
    first = result.entries[0]
    # The row says "5. Februar, Dienstag"; full_date says 2019-02-10, and full_date is the truth.
    assert first.when == datetime(2019, 2, 10, 22, 6)
    assert first.mood_name == "Super"
    assert first.activities[:3] == ("Arbeit", "Lesen", "Yoga")
    assert len(first.activities) == 8
    assert first.note_title == ""  # 7 columns: no note_title at all
    assert first.note == "Gedankenmeditation"
    assert result.entries[1].note == "Rückenschmerzen. vom Training?"
    assert result.entries[-1].when == datetime(2019, 1, 1, 23, 0)
    assert result.entries[-1].mood_name == "Ok"
    assert result.mood_names == ["Super", "Gut", "Ok"]
    assert suggest_mood_mapping(result.mood_names) == {"Super": 5, "Gut": 4, "Ok": 3}


def test_deutschegabanna_9_columns_with_scales_and_html_notes(realdata: Path) -> None:
    result = daylio(realdata, "DeutscheGabanna_ok_scales_9col.csv")
    assert len(result.entries) == 7
    assert result.problems == []
    first, last = result.entries[0], result.entries[-1]
    assert (first.when, first.mood_name, first.note) == (
        datetime(2026, 4, 12, 14, 3),
        "helpless",
        "Bruuuuh.",
    )
    rested = result.entries[2]
    assert rested.mood_name == "rested"
    assert rested.scales == (
        "Sleep Quality:\xa08/10\xa0points | Sleep Time:\xa08:00 | Awake mid-sleep:\xa01:00"
    )
    assert rested.note == "Testing the note."
    assert result.entries[4].note == "Never mindd."  # "Never mind<b>d</b>."
    assert result.entries[5].when == datetime(2026, 3, 31, 8, 50)
    assert result.entries[3].activities == ("allegro", "at the office")
    assert last.when == datetime(2026, 3, 30, 20, 18)
    assert last.note == "Who knows.\n\nAm I [[virtual]]?"  # "<br><br>"
    assert last.activities == ("pondering",)


def test_deutschegabanna_8_columns_with_one_malformed_row(realdata: Path) -> None:
    result = daylio(realdata, "DeutscheGabanna_ok_8col.csv")
    assert result.problems == [RowProblem(5, "Line 5: expected 8 columns, found 9.")]
    assert len(result.entries) == 11
    assert 5 not in [e.line for e in result.entries]
    first = result.entries[0]
    assert first.when == datetime(2022, 10, 30, 10, 4)
    assert first.mood_name == "vaguely ok"
    assert first.activities == ("2ćities  skylines", "dó#lóó fa$$s_ą%")
    assert (first.note_title, first.note) == ("Dolomet", "Lorem ipsum sit dolomet amęt.")
    assert result.entries[2].when == datetime(2022, 10, 27, 0, 0)  # 12:00 AM
    assert result.entries[1].when == datetime(2022, 10, 27, 13, 49)
    rad = result.entries[-2]
    assert (rad.line, rad.mood_name, rad.note_title, rad.note) == (
        12,
        "rad",
        "",
        "Uet nulla nunc lobortis quisque.",
    )
    last = result.entries[-1]  # the short last row, no newline after it
    assert (last.line, last.when, last.mood_name, last.activities, last.note) == (
        13,
        datetime(2022, 10, 25, 17, 0),
        "vaguely ok",
        (),
        "",
    )
    assert result.mood_names[:3] == ["vaguely ok", "vaguely good", "fatigued"]
    assert len(result.mood_names) == 10


def test_deutschegabanna_doubled_quotes_are_unescaped(realdata: Path) -> None:
    result = daylio(realdata, "DeutscheGabanna_escaped_characters.csv")
    assert result.problems == [RowProblem(5, "Line 5: expected 8 columns, found 9.")]
    assert len(result.entries) == 4
    first = result.entries[0]
    assert first.activities == ("sos", '"quoted activity"')
    assert first.note_title == 'Dolomet "with quotes"'
    assert first.note == 'Lorem ipsum sit "dolomet" amęt.'
    assert result.entries[1].note_title == 'Cras "pretium"'
    assert result.entries[2].activities == ('some "quote"',)
    last = result.entries[-1]
    assert last.line == 6
    assert last.activities == ('activity with "quotes"',)
    assert last.note_title == 'Mauris rutrum "diam"'


# ---------------------------------------------------------------- written samples

HEADER_8 = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def test_columns_are_found_by_name_not_position() -> None:
    text = "note,mood,time,activities,full_date\nhello,good,7:05 PM,a | b,2023-01-02\n"
    (entry,) = parse_daylio(text).entries
    assert entry.when == datetime(2023, 1, 2, 19, 5)
    assert (entry.mood_name, entry.activities, entry.note) == ("good", ("a", "b"), "hello")


def test_bad_rows_become_problems_with_line_numbers_and_the_rest_parse() -> None:
    text = (
        HEADER_8
        + "2020-05-30,30 May,Saturday,6:50 pm,rad,,,ok\n"
        + "2020-13-01,x,x,6:50 pm,rad,,,bad month\n"
        + "2020-05-30,30 May,Saturday,25:10,rad,,,bad hour\n"
        + "2020-05-30,30 May,Saturday,6:50 pm,  ,,,no mood\n"
        + "yesterday,x,x,6:50 pm,rad,,,not a date\n"
        + "2020-05-30,30 May,Saturday,13:10 pm,rad,,,13 pm\n"
        + "2020-05-29,29 May,Friday,23:59,good,,,fine\n"
        + "\n\n   \n"
    )
    result = parse_daylio(text)
    assert [e.note for e in result.entries] == ["ok", "fine"]
    assert [e.line for e in result.entries] == [2, 8]
    assert result.problems == [
        RowProblem(3, 'Line 3: the date "2020-13-01" isn\'t a date like 2024-05-30.'),
        RowProblem(4, 'Line 4: the time "25:10" isn\'t a time like 6:50 pm or 18:50.'),
        RowProblem(5, "Line 5: there is no mood in this row."),
        RowProblem(6, 'Line 6: the date "yesterday" isn\'t a date like 2024-05-30.'),
        RowProblem(7, 'Line 7: the time "13:10 pm" isn\'t a time like 6:50 pm or 18:50.'),
    ]


def test_line_numbers_count_physical_lines_of_multi_line_notes() -> None:
    text = (
        HEADER_8
        + '2020-05-30,30 May,Saturday,6:50 PM,rad,,"Title","first\nsecond\r\nthird"\n'
        + "2020-05-30,30 May,Saturday,7:00 PM,rad,,,x,extra\n"
        + "2020-05-30,30 May,Saturday,8:00 PM,good,,,after\n"
    )
    result = parse_daylio(text)
    assert [(e.line, e.note) for e in result.entries] == [
        (2, "first\nsecond\nthird"),
        (6, "after"),
    ]
    assert result.problems == [RowProblem(5, "Line 5: expected 8 columns, found 9.")]


def test_a_field_too_long_for_csv_is_one_problem_and_reading_goes_on() -> None:
    text = HEADER_8 + f'2020-01-01,,,9:00,rad,,,"{"x" * 200_000}"\n2020-01-02,,,9:00,good,,,fine\n'
    result = parse_daylio(text)
    assert result.problems == [
        RowProblem(2, "Line 2: this row has a field too long to read (over 131,072 characters).")
    ]
    assert [(e.line, e.note) for e in result.entries] == [(3, "fine")]


def test_times_in_every_form_daylio_writes() -> None:
    times = ["6:50 pm", "6:50 PM", "6:50PM", "6:50\u202fPM", "18:50", "06:50", "6:50", "12:05 am"]
    rows = "".join(f"2020-05-30,,,{t},rad,,,\n" for t in times)
    result = parse_daylio(HEADER_8 + rows)
    assert result.problems == []
    assert [e.when.strftime("%H:%M") for e in result.entries] == [
        "18:50",
        "18:50",
        "18:50",
        "18:50",
        "18:50",
        "06:50",
        "06:50",
        "00:05",
    ]


def test_html_in_notes_becomes_plain_text() -> None:
    note = (
        "<p>Tea &amp; cake</p><p>with Sam<br/>and Jo&nbsp;</p><p></p><p></p>"
        "<p>a &lt;b&gt; 1 < 2 <3</p>"
    )
    text = HEADER_8 + f'2020-05-30,,,9:00,good,,"<b>Big</b> day","{note}"\n'
    (entry,) = parse_daylio(text).entries
    assert entry.note_title == "Big day"
    assert entry.note == "Tea & cake\nwith Sam\nand Jo\n\na <b> 1 < 2 <3"


def test_activities_split_only_on_spaced_bar() -> None:
    text = HEADER_8 + '2020-05-30,,,9:00,good,"a|b | c / d |  | e ",,\n'
    (entry,) = parse_daylio(text).entries
    assert entry.activities == ("a|b", "c / d", "e")


def test_older_year_date_layout() -> None:
    text = (
        "year,date,weekday,time,mood,activities,note\n"
        "2017,12 May,Friday,8:15 pm,rad,friends | sport,Nice evening\n"
        "2017,May 13,Saturday,10:00,good,,\n"
        "2017,14th May,Sunday,10:00,good,,\n"
        "2017,3. Mai,Mittwoch,07:30,meh,,\n"
        "2017,Sept 1,Friday,07:30,meh,,\n"
        "2017,Smarch 12,Friday,9:00,bad,,unknown month\n"
        "2017,29 February,Wednesday,9:00,bad,,not a leap year\n"
        "17,12 May,Friday,9:00,bad,,two-digit year\n"
        "2016,29 Feb,Monday,23:59,awful,,leap year\n"
    )
    result = parse_daylio(text)
    assert [(e.line, e.when, e.mood_name) for e in result.entries] == [
        (2, datetime(2017, 5, 12, 20, 15), "rad"),
        (3, datetime(2017, 5, 13, 10, 0), "good"),
        (4, datetime(2017, 5, 14, 10, 0), "good"),
        (5, datetime(2017, 5, 3, 7, 30), "meh"),
        (6, datetime(2017, 9, 1, 7, 30), "meh"),
        (10, datetime(2016, 2, 29, 23, 59), "awful"),
    ]
    assert result.entries[0].activities == ("friends", "sport")
    assert result.entries[0].note == "Nice evening"
    assert result.problems == [
        RowProblem(
            7, 'Line 7: the date "Smarch 12" isn\'t a day Companion can read, like "12 May".'
        ),
        RowProblem(8, 'Line 8: the date "29 February 2017" isn\'t a real day.'),
        RowProblem(9, 'Line 9: the year "17" isn\'t a year like 2019.'),
    ]


def test_older_layout_numeric_dates_order_is_decided_per_file() -> None:
    header = "year,date,weekday,time,mood,activities,note\n"
    # 25/12 can only be day/month, so 03/04 in the same file is 3 April.
    day_first = header + "2019,25/12,,9:00,good,,\n2019,03/04,,9:00,good,,\n"
    assert [e.when.date().isoformat() for e in parse_daylio(day_first).entries] == [
        "2019-12-25",
        "2019-04-03",
    ]
    month_first = header + "2019,12/25,,9:00,good,,\n2019,03/04,,9:00,good,,\n"
    assert [e.when.date().isoformat() for e in parse_daylio(month_first).entries] == [
        "2019-12-25",
        "2019-03-04",
    ]
    # Only ambiguous dates, but the English weekday fits month/day (4 March 2019 was a Monday).
    by_weekday = header + "2019,03/04,Monday,9:00,good,,\n"
    (entry,) = parse_daylio(by_weekday).entries
    assert entry.when == datetime(2019, 3, 4, 9, 0)
    # Dots are the day-first convention (12.05.).
    dotted = header + "2019,03.04.,,9:00,good,,\n"
    (entry,) = parse_daylio(dotted).entries
    assert entry.when == datetime(2019, 4, 3, 9, 0)
    # Nothing tells: report the row instead of guessing.
    unclear = header + "2019,03/04,,9:00,good,,\n2019,05/06,,9:00,good,,\n"
    result = parse_daylio(unclear)
    assert result.entries == []
    assert [p.line for p in result.problems] == [2, 3]
    assert result.problems[0].message == (
        'Line 2: the date "03/04" could be day/month or month/day, '
        "and nothing else in the file tells which."
    )


def test_semicolon_separated_copy_from_a_spreadsheet() -> None:
    text = "full_date;time;mood;activities;note\n2021-01-02;9:30;Gut;Lesen | Yoga;Tee\n"
    (entry,) = parse_daylio(text).entries
    assert (entry.when, entry.mood_name, entry.activities) == (
        datetime(2021, 1, 2, 9, 30),
        "Gut",
        ("Lesen", "Yoga"),
    )


def test_non_utf8_bytes_fall_back_to_cp1252() -> None:
    text = HEADER_8 + "2021-01-02,,,9:30,Müde,Café,,Grüße – bis bald\r\n"
    result = parse_daylio(text.encode("cp1252"))
    assert result.encoding == "cp1252"
    (entry,) = result.entries
    assert (entry.mood_name, entry.activities, entry.note) == (
        "Müde",
        ("Café",),
        "Grüße – bis bald",
    )


def test_utf8_bytes_with_and_without_bom_read_the_same() -> None:
    text = HEADER_8 + "2021-01-02,,,9:30,Müde,Café,,ok\n"
    plain = parse_daylio(text.encode("utf-8"))
    with_bom = parse_daylio(b"\xef\xbb\xbf" + text.encode("utf-8"))
    as_str = parse_daylio("\ufeff" + text)
    assert plain.entries == with_bom.entries == as_str.entries
    assert plain.entries[0].mood_name == "Müde"
    assert with_bom.encoding == "utf-8"


def test_header_only_gives_no_entries() -> None:
    result = parse_daylio(HEADER_8)
    assert (result.entries, result.problems, result.mood_names) == ([], [], [])


def test_not_a_daylio_export_is_refused_with_a_plain_message() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_daylio("name,phone\nSam,123\n", source_name="contacts.csv")
    assert str(caught.value) == (
        "contacts.csv doesn't look like a Daylio export: "
        "the first line should name columns such as full_date, time and mood."
    )
    with pytest.raises(ImportFailed, match=r"^The file doesn't look like a Daylio export"):
        parse_daylio("full_date,mood\n2020-01-01,rad\n")  # no time column


@pytest.mark.parametrize("data", [b"", "", "\n\n  \n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused(data: bytes | str) -> None:
    with pytest.raises(
        ImportFailed, match=r"^moods\.csv is empty, so there is nothing to import\."
    ):
        parse_daylio(data, source_name="moods.csv")


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^Couldn't open gone\.csv: "):
        read_daylio_file(tmp_path / "gone.csv")


# ---------------------------------------------------------------- mood levels


def test_default_levels() -> None:
    assert {k: DEFAULT_MOOD_LEVELS[k] for k in ("rad", "good", "meh", "bad", "awful")} == {
        "rad": 5,
        "good": 4,
        "meh": 3,
        "bad": 2,
        "awful": 1,
    }
    assert all(k == k.strip().casefold() for k in DEFAULT_MOOD_LEVELS)
    assert set(DEFAULT_MOOD_LEVELS.values()) == {1, 2, 3, 4, 5}


def test_suggested_mapping_uses_defaults_case_insensitively_and_overrides_win(
    realdata: Path,
) -> None:
    names = daylio(realdata, "MichaelCurrin_sample_multiple_moods.csv").mood_names
    assert suggest_mood_mapping(names) == {
        "OK": 3,
        "Refreshed": None,
        "good": 4,
        "ok but sleepy": None,
        "bad": 2,
        "Anxious": None,
    }
    assert suggest_mood_mapping(names, {"refreshed ": 5, "GOOD": 5, "anxious": 2}) == {
        "OK": 3,
        "Refreshed": 5,
        "good": 5,
        "ok but sleepy": None,
        "bad": 2,
        "Anxious": 2,
    }
    with pytest.raises(InvalidInput, match='"Refreshed" should be a number from 1 to 5'):
        suggest_mood_mapping(names, {"Refreshed": 6})


def test_apply_mapping_names_every_unmapped_mood(realdata: Path) -> None:
    result = daylio(realdata, "MichaelCurrin_sample_multiple_moods.csv")
    with pytest.raises(InvalidInput) as caught:
        apply_mapping(result, suggest_mood_mapping(result.mood_names))
    assert str(caught.value) == (
        "Choose a level from 1 (lowest) to 5 (highest) for these moods first: "
        '"Refreshed", "ok but sleepy", "Anxious".'
    )
    mapping = suggest_mood_mapping(
        result.mood_names, {"Refreshed": 5, "ok but sleepy": 3, "Anxious": 2}
    )
    records = apply_mapping(result, mapping)
    assert [r.level for r in records] == [3, 3, 5, 4, 3, 2, 2]
    assert records[2] == MoodRecord(
        when=datetime(2020, 8, 31, 8, 13),
        level=5,
        mood_name="Refreshed",
        activities=("Sleeping",),
        note="",
        fingerprint=records[2].fingerprint,
    )


@pytest.mark.parametrize("bad_level", [0, 6, -1, True, 2.5, "3"])
def test_apply_mapping_refuses_levels_outside_1_to_5(bad_level: object) -> None:
    result = parse_daylio(HEADER_8 + "2020-05-30,,,9:00,Calm,,,\n")
    with pytest.raises(InvalidInput, match='"Calm"'):
        apply_mapping(result, {"Calm": bad_level})  # type: ignore[dict-item]


def test_apply_mapping_joins_title_and_note(realdata: Path) -> None:
    result = daylio(realdata, "DeutscheGabanna_ok_8col.csv")
    mapping = dict.fromkeys(result.mood_names, 3)
    records = apply_mapping(result, mapping)
    assert records[0].note == "Dolomet\nLorem ipsum sit dolomet amęt."
    assert records[-2].note == "Uet nulla nunc lobortis quisque."  # no title
    assert records[-1].note == ""
    assert records[0].activities == ("2ćities  skylines", "dó#lóó fa$$s_ą%")


def test_parse_map_option() -> None:
    assert parse_map_option("Refreshed=5") == ("Refreshed", 5)
    assert parse_map_option(" ok but sleepy = 3 ") == ("ok but sleepy", 3)
    assert parse_map_option("a=b=1") == ("a=b", 1)
    for bad in ["Refreshed", "Refreshed=", "=5", "Refreshed=6", "Refreshed=0", "x=five", "x=4.5"]:
        with pytest.raises(InvalidInput, match="--map needs a mood name and a level from 1 to 5"):
            parse_map_option(bad)


# ---------------------------------------------------------------- fingerprints


def test_entries_are_known_by_their_moment(realdata: Path) -> None:
    def records() -> list[MoodRecord]:
        result = daylio(realdata, "staticf0x_daylio-parser_test_data.csv")
        return apply_mapping(result, suggest_mood_mapping(result.mood_names))

    first, again = records(), records()
    prints = [r.fingerprint for r in first]
    assert prints == [r.fingerprint for r in again]
    assert len(set(prints)) == len(prints) == 32
    # Pinned, so a change in how entries are identified (which would re-import old files) shows up.
    assert prints[0] == "daylio:2020-05-30T18:50:00#0"


def test_the_moment_not_the_content_identifies_an_entry() -> None:
    def print_of(row: str) -> str:
        result = parse_daylio(HEADER_8 + row + "\n")
        return apply_mapping(result, dict.fromkeys(result.mood_names, 3))[0].fingerprint

    base = print_of("2020-05-30,,,9:00,Calm,a | b,T,n")
    assert print_of("2020-05-30,,,9:00 am,calm ,b | a,T,n") == base
    assert print_of("2020-05-30,,,9:00,Tense,a,T,edited") == base
    assert print_of("2020-05-30,,,9:01,Calm,a | b,T,n") != base
    # Two entries at the very same minute are told apart by their order.
    result = parse_daylio(HEADER_8 + "2020-05-30,,,9:00,Calm,,,\n2020-05-30,,,9:00,Tense,,,\n")
    records = apply_mapping(result, dict.fromkeys(result.mood_names, 3))
    assert [r.fingerprint for r in records] == [
        "daylio:2020-05-30T09:00:00#0",
        "daylio:2020-05-30T09:00:00#1",
    ]


def test_a_quote_that_never_closes_is_a_problem_row_not_half_a_note() -> None:
    text = (
        HEADER_8
        + '2020-05-29,,,9:00,good,walk,,"a whole note"\n'
        + '2020-05-30,,,9:00,good,walk,,"a note cut off in the mid'
    )
    result = parse_daylio(text)
    assert [e.note for e in result.entries] == ["a whole note"]
    assert result.problems == [
        RowProblem(
            3,
            "Line 3: a quoted note in this row never closes (the file may have been cut off "
            "here), so the row was left out.",
        )
    ]
    # A quoted note over several lines that does close is fine.
    whole = parse_daylio(HEADER_8 + '2020-05-30,,,9:00,good,,,"two\nlines"\n')
    assert [e.note for e in whole.entries] == ["two\nlines"] and whole.problems == []


# ---------------------------------------------------------------- never another exception

_CELL = st.text(alphabet=st.sampled_from(list('ab1:-, |"\n\r<>&;pm/.\ufeff\x00é2059')), max_size=12)
_FIELD = st.one_of(
    _CELL,
    st.sampled_from(["2020-05-30", "2020-02-30", "6:50 pm", "18:50", "25:99", "rad", "", "12 May"]),
)


def check_outcome(data: bytes | str) -> None:
    try:
        result = parse_daylio(data, source_name="fuzz.csv")
    except ImportFailed as exc:
        assert "fuzz.csv" in str(exc)
        return
    assert isinstance(result, DaylioParseResult)
    for entry in result.entries:
        assert entry.line >= 2 and isinstance(entry.when, datetime)
    for problem in result.problems:
        assert problem.message.startswith(f"Line {problem.line}: ")


@settings(
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    header=st.sampled_from(
        [
            HEADER_8,
            "year,date,weekday,time,mood,activities,note\n",
            "full_date,time,mood\n",
            "\ufeffmood,time,full_date,scales\n",
            "",
        ]
    ),
    rows=st.lists(st.lists(_FIELD, max_size=10), max_size=8),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_generated_csv_gives_a_result_or_import_failed(
    header: str, rows: list[list[str]], newline: str
) -> None:
    body = newline.join(",".join(row) for row in rows)
    check_outcome(header + body)
    check_outcome((header + body).encode("utf-8"))


@settings(
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    name=st.sampled_from(REAL_FILES),
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 3), st.binary(min_size=0, max_size=4)),
        min_size=1,
        max_size=6,
    ),
)
def test_mutated_real_files_give_a_result_or_import_failed(
    realdata: Path, name: str, edits: list[tuple[float, int, bytes]]
) -> None:
    data = bytearray((realdata / "daylio" / name).read_bytes())
    for where, cut, insert in edits:
        at = int(where * len(data))
        data[at : at + cut] = insert
    check_outcome(bytes(data))
