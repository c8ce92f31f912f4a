"""Reads Daylio's CSV export into plain entries and lists the rows it couldn't read.

Parsing only: turning entries into stored mood records (and skipping duplicates) happens elsewhere.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from companion.domain.errors import ImportFailed, InvalidInput
from companion.domain.i18n import N_, _, whole_number

DEFAULT_MOOD_LEVELS: dict[str, int] = {
    "rad": 5,
    "good": 4,
    "meh": 3,
    "bad": 2,
    "awful": 1,
    # Daylio in German (Super/Gut/Ok appear in a real German export).
    "super": 5,
    "gut": 4,
    "ok": 3,
    "schlecht": 2,
    "furchtbar": 1,
}

ACTIVITY_SEPARATOR = " | "
"""Daylio joins activities with exactly this; a bare "|" or "/" can be part of a name."""

_NOT_DAYLIO = N_(
    "{name} doesn't look like a Daylio export: "
    "the first line should name columns such as full_date, time and mood."
)


@dataclass(frozen=True)
class DaylioEntry:
    """One row of the export, read but not yet mapped to a mood level."""

    line: int
    when: datetime
    mood_name: str
    activities: tuple[str, ...]
    note_title: str
    note: str
    scales: str


@dataclass(frozen=True)
class RowProblem:
    """A row that was left out, with a message that names its line."""

    line: int
    message: str


@dataclass
class DaylioParseResult:
    entries: list[DaylioEntry]
    problems: list[RowProblem]
    mood_names: list[str]
    encoding: str = "utf-8"
    """"utf-8", or "cp1252" when the file wasn't UTF-8 (e.g. re-saved by a spreadsheet)."""


@dataclass(frozen=True)
class MoodRecord:
    """An entry with its mood level chosen, ready to store."""

    when: datetime
    level: int
    mood_name: str
    activities: tuple[str, ...]
    note: str
    fingerprint: str


# ---------------------------------------------------------------- reading the file


def read_daylio_file(path: Path) -> DaylioParseResult:
    """Read and parse a Daylio CSV export from disk."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImportFailed(
            _("Couldn't open {name}: {reason}.").format(name=Path(path).name, reason=reason)
        ) from exc
    return parse_daylio(data, source_name=Path(path).name)


def parse_daylio(data: bytes | str, *, source_name: str = "the file") -> DaylioParseResult:
    """Parse a Daylio export. Unreadable rows become `problems`; the rest still parse.

    Raises ImportFailed if the text is empty or has no Daylio header line.
    """
    text, encoding = _decode(data)
    if not text.strip():
        raise ImportFailed(
            _("{name} is empty, so there is nothing to import.").format(
                name=_as_subject(source_name)
            )
        )
    found = _open_reader(text)
    if found is None:
        raise ImportFailed(_(_NOT_DAYLIO).format(name=_as_subject(source_name)))
    reader, layout = found

    problems: list[RowProblem] = []
    rows: list[tuple[int, list[str]]] = []
    for line, fields, error in _rows_with_lines(reader):
        if error is not None:
            problems.append(_problem(line, _csv_error_words(error)))
        elif not any(cell.strip() for cell in fields):
            continue  # blank lines, including the trailing ones editors leave
        elif len(fields) != layout.width:
            problems.append(
                _problem(
                    line,
                    _("expected {expected} columns, found {found}.").format(
                        expected=layout.width, found=len(fields)
                    ),
                )
            )
        else:
            rows.append((line, fields))
    if rows and _quote_left_open(text, rows[-1][0], reader.dialect.delimiter):  # type: ignore[attr-defined]
        # A file cut inside a quoted note: the csv reader quietly ends the field at the end of
        # the file, which would store half a note (and a second copy once the whole file comes).
        problems.append(
            _problem(
                rows.pop()[0],
                _(
                    "a quoted note in this row never closes (the file may have been cut off "
                    "here), so the row was left out."
                ),
            )
        )

    order = _numeric_date_order(layout, rows) if layout.dated_by_year else None
    entries: list[DaylioEntry] = []
    for line, fields in rows:
        outcome = _entry_from_row(line, fields, layout, order)
        if isinstance(outcome, RowProblem):
            problems.append(outcome)
        else:
            entries.append(outcome)

    problems.sort(key=lambda problem: problem.line)
    mood_names = list(dict.fromkeys(entry.mood_name for entry in entries))
    return DaylioParseResult(entries, problems, mood_names, encoding)


def _decode(data: bytes | str) -> tuple[str, str]:
    if isinstance(data, str):
        return data.removeprefix("\ufeff"), "utf-8"
    raw = bytes(data).removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Daylio itself always writes UTF-8, so other bytes mean the file was re-saved elsewhere,
        # most often by a spreadsheet on Windows, which writes cp1252. Undefined bytes become U+FFFD
        # rather than failing the whole import over one character.
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _quote_left_open(text: str, line: int, delimiter: str) -> bool:
    """Whether the text from physical line `line` to the end is a row whose quote never closes
    (only the last row can swallow the end of the file)."""
    source = io.StringIO(text, newline="")
    for _skipped in range(line - 1):
        source.readline()
    tail = io.StringIO(source.read(), newline="")
    try:
        list(csv.reader(tail, delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _csv_error_words(error: str) -> str:
    if "field larger than field limit" in error:
        return _("this row has a field too long to read (over {limit} characters).").format(
            limit=whole_number(csv.field_size_limit())
        )
    return _("this row couldn't be read as CSV ({error}).").format(error=error)


def _as_subject(source_name: str) -> str:
    return _("The file") if source_name == "the file" else source_name


def _problem(line: int, words: str) -> RowProblem:
    return RowProblem(line, _("Line {line}: {problem}").format(line=line, problem=words))


# ---------------------------------------------------------------- header and rows


@dataclass(frozen=True)
class _Layout:
    width: int
    columns: dict[str, int] = field(default_factory=dict)
    dated_by_year: bool = False  # the older layout: year + "12 May", no full_date


def _layout_from_header(cells: list[str]) -> _Layout | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        columns.setdefault(cell.strip().removeprefix("\ufeff").strip().casefold(), index)
    has_full_date = "full_date" in columns
    has_year_date = "year" in columns and "date" in columns
    if "mood" not in columns or "time" not in columns or not (has_full_date or has_year_date):
        return None
    return _Layout(len(cells), columns, dated_by_year=not has_full_date)


def _open_reader(text: str) -> tuple[Iterator[list[str]], _Layout] | None:
    """A csv reader positioned after the header, and the header's layout."""
    # Daylio writes commas; a spreadsheet in a comma-decimal locale re-saves with semicolons.
    for delimiter in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next((row for row in reader if any(cell.strip() for cell in row)), None)
        except csv.Error:
            continue
        if header is None:
            return None
        layout = _layout_from_header(header)
        if layout is not None:
            return reader, layout
    return None


def _rows_with_lines(
    reader: Iterator[list[str]],
) -> Iterator[tuple[int, list[str], str | None]]:
    """Each row with the physical line it starts on (quoted fields may span lines)."""
    line_num = reader.line_num  # type: ignore[attr-defined]
    while True:
        start = line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # The reader has consumed the bad line, so carrying on makes progress.
            line_num = reader.line_num  # type: ignore[attr-defined]
            yield start, [], str(exc)
            continue
        line_num = reader.line_num  # type: ignore[attr-defined]
        yield start, fields, None


# ---------------------------------------------------------------- one row


def _entry_from_row(
    line: int, fields: list[str], layout: _Layout, order: str | None
) -> DaylioEntry | RowProblem:
    def cell(name: str) -> str:
        index = layout.columns.get(name)
        return fields[index] if index is not None else ""

    day: date | None
    if layout.dated_by_year:
        read = _read_year_and_day(cell("year"), cell("date"), cell("weekday"), order)
        if isinstance(read, str):
            return _problem(line, read)
        day = read
    else:
        day = _read_full_date(cell("full_date"))
        if day is None:
            return _problem(
                line,
                _('the date "{date}" isn\'t a date like 2024-05-30.').format(
                    date=cell("full_date").strip()
                ),
            )
    clock = _read_time(cell("time"))
    if clock is None:
        return _problem(
            line,
            _('the time "{time}" isn\'t a time like 6:50 pm or 18:50.').format(
                time=cell("time").strip()
            ),
        )
    mood_name = cell("mood").strip()
    if not mood_name:
        return _problem(line, _("there is no mood in this row."))
    return DaylioEntry(
        line=line,
        when=datetime.combine(day, clock),
        mood_name=mood_name,
        activities=_split_activities(cell("activities")),
        note_title=" ".join(_clean_note(cell("note_title")).split()),
        note=_clean_note(cell("note")),
        scales=cell("scales"),
    )


_FULL_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
_TIME = re.compile(r"\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?\s*", re.I)


def _read_full_date(text: str) -> date | None:
    match = _FULL_DATE.fullmatch(text)
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _read_time(text: str) -> time | None:
    """`6:50 pm`, `6:50 PM`, `18:50`, `08:50` (and a narrow no-break space before PM)."""
    match = _TIME.fullmatch(text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    second = int(match[3]) if match[3] else 0
    meridiem = (match[4] or "").casefold()
    if meridiem:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def _split_activities(text: str) -> tuple[str, ...]:
    parts = (part.strip() for part in text.split(ACTIVITY_SEPARATOR))
    return tuple(part for part in parts if part)


_LINE_BREAK_TAG = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])\s*>", re.I)
# Only things that look like real tags, so "a < b" or "<3" in a plain note survive.
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


_NOTE_MARKUP = re.compile("[<&\r\n\xa0]")


def _clean_note(raw: str) -> str:
    """Daylio notes are small HTML fragments: keep the words and the line breaks."""
    if not raw or not _NOTE_MARKUP.search(raw):
        return raw.strip()  # most notes: one line of plain words
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ")
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


# ---------------------------------------------------------------- the older year,date layout

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "januar", "jän"),
        ("february", "feb", "februar"),
        ("march", "mar", "märz", "maerz", "mär"),
        ("april", "apr"),
        ("may", "mai"),
        ("june", "jun", "juni"),
        ("july", "jul", "juli"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct", "oktober", "okt"),
        ("november", "nov"),
        ("december", "dec", "dezember", "dez"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon", "montag"),
        ("tuesday", "tue", "tues", "dienstag"),
        ("wednesday", "wed", "mittwoch"),
        ("thursday", "thu", "thurs", "donnerstag"),
        ("friday", "fri", "freitag"),
        ("saturday", "sat", "samstag", "sonnabend"),
        ("sunday", "sun", "sonntag"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _number

_DAY_THEN_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s*([^\W\d_]+)\.?")
_MONTH_THEN_DAY = re.compile(r"([^\W\d_]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\.?")
_NUMERIC_DAY = re.compile(r"(\d{1,2})\s*([./-])\s*(\d{1,2})\.?")


@dataclass(frozen=True)
class _Numeric:
    """A date like 05/12 whose order (day/month or month/day) is settled per file."""

    first: int
    second: int
    separator: str


def _read_day_month(text: str) -> tuple[int, int] | _Numeric | None:
    """(month, day) from "12 May", "May 12", "12. Mai", or a _Numeric for "12/05"."""
    words = " ".join(text.replace(",", " ").split()).casefold()
    for pattern, day_first in ((_DAY_THEN_MONTH, True), (_MONTH_THEN_DAY, False)):
        match = pattern.fullmatch(words)
        if match is not None:
            day_text, month_name = match.groups() if day_first else reversed(match.groups())
            month = _MONTHS.get(month_name)
            return None if month is None else (month, int(day_text))
    match = _NUMERIC_DAY.fullmatch(words)
    if match is not None:
        return _Numeric(int(match[1]), int(match[3]), match[2])
    return None


def _resolve(year: int, numeric: _Numeric, order: str) -> date | None:
    day, month = (
        (numeric.first, numeric.second) if order == "dm" else (numeric.second, numeric.first)
    )
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _read_year(text: str) -> int | None:
    stripped = text.strip()
    return int(stripped) if re.fullmatch(r"\d{4}", stripped) else None


def _numeric_date_order(layout: _Layout, rows: list[tuple[int, list[str]]]) -> str | None:
    """Day/month ("dm") or month/day ("md") for numeric dates, decided once for the file.

    The order that makes every date real wins; if both do, the weekday column decides; if that
    can't either, dots mean day first (12.05.) and otherwise the file is ambiguous (None).
    """
    samples: list[tuple[int, _Numeric, int | None]] = []
    for _row, fields in rows:
        year = _read_year(fields[layout.columns["year"]])
        day_month = _read_day_month(fields[layout.columns["date"]])
        if year is None or not isinstance(day_month, _Numeric):
            continue
        weekday_index = layout.columns.get("weekday")
        weekday_text = fields[weekday_index] if weekday_index is not None else ""
        samples.append((year, day_month, _WEEKDAYS.get(weekday_text.strip().casefold())))
    if not samples:
        return None
    orders = ("dm", "md")
    valid = [o for o in orders if all(_resolve(y, n, o) is not None for y, n, _ in samples)]
    if len(valid) == 1:
        return valid[0]
    votes = {
        o: sum(
            1
            for y, n, weekday in samples
            if weekday is not None and (d := _resolve(y, n, o)) is not None
            if d.weekday() == weekday
        )
        for o in orders
    }
    if votes["dm"] != votes["md"]:
        return max(orders, key=lambda o: votes[o])
    if valid and all(n.separator == "." for _year, n, _weekday in samples):
        return "dm"
    return None


def _read_year_and_day(
    year_text: str, day_text: str, weekday_text: str, order: str | None
) -> date | str:
    """The date, or the words of a problem."""
    year = _read_year(year_text)
    if year is None:
        return _('the year "{year}" isn\'t a year like 2019.').format(year=year_text.strip())
    day_month = _read_day_month(day_text)
    unreadable = _('the date "{date}" isn\'t a day Companion can read, like "12 May".').format(
        date=day_text.strip()
    )
    if day_month is None:
        return unreadable
    if isinstance(day_month, _Numeric):
        if order is not None:
            resolved = _resolve(year, day_month, order)
        else:
            choices = {d for o in ("dm", "md") if (d := _resolve(year, day_month, o)) is not None}
            if len(choices) > 1:
                return _(
                    'the date "{date}" could be day/month or month/day, and nothing else in the '
                    "file tells which."
                ).format(date=day_text.strip())
            resolved = next(iter(choices), None)
        return unreadable if resolved is None else resolved
    month, day = day_month
    try:
        return date(year, month, day)
    except ValueError:
        return _('the date "{date} {year}" isn\'t a real day.').format(
            date=day_text.strip(), year=year
        )


# ---------------------------------------------------------------- mood levels


def _key(mood_name: str) -> str:
    return mood_name.strip().casefold()


def _is_level(level: object) -> bool:
    return isinstance(level, int) and not isinstance(level, bool) and 1 <= level <= 5


def suggest_mood_mapping(
    mood_names: Iterable[str], overrides: Mapping[str, int] | None = None
) -> dict[str, int | None]:
    """A level for each mood name: the user's overrides first, then Daylio's defaults, else None."""
    chosen: dict[str, int] = {}
    for name, level in (overrides or {}).items():
        if not _is_level(level):
            raise InvalidInput(
                _('The level for "{name}" should be a number from 1 to 5.').format(name=name)
            )
        chosen[_key(name)] = level
    return {
        name: chosen.get(_key(name), DEFAULT_MOOD_LEVELS.get(_key(name))) for name in mood_names
    }


def parse_map_option(text: str) -> tuple[str, int]:
    """`"Refreshed=5"` (the CLI's --map NAME=LEVEL) -> ("Refreshed", 5)."""
    # rpartition: a mood name may itself contain "=", the level never does.
    name, separator, level_text = text.rpartition("=")
    name, level_text = name.strip(), level_text.strip()
    if not separator or not name or re.fullmatch(r"[1-5]", level_text) is None:
        raise InvalidInput(
            _(
                '--map needs a mood name and a level from 1 to 5, like "Refreshed=5" (got "{text}").'
            ).format(text=text)
        )
    return name, int(level_text)


def apply_mapping(result: DaylioParseResult, mapping: Mapping[str, int | None]) -> list[MoodRecord]:
    """Give every entry its level. Raises InvalidInput naming every mood that still needs one."""
    levels = {_key(name): level for name, level in mapping.items()}
    names = dict.fromkeys(entry.mood_name for entry in result.entries)
    unmapped = [name for name in names if levels.get(_key(name)) is None]
    if unmapped:
        listed = ", ".join(f'"{name}"' for name in unmapped)
        raise InvalidInput(
            _(
                "Choose a level from 1 (lowest) to 5 (highest) for these moods first: {listed}."
            ).format(listed=listed)
        )
    out_of_range = [name for name in names if not _is_level(levels[_key(name)])]
    if out_of_range:
        listed = ", ".join(f'"{name}"' for name in out_of_range)
        raise InvalidInput(
            _("Mood levels go from 1 to 5; please check the level for {listed}.").format(
                listed=listed
            )
        )
    records = []
    seen: dict[datetime, int] = {}
    for entry in result.entries:
        note = "\n".join(part for part in (entry.note_title, entry.note) if part)
        occurrence = seen[entry.when] = seen.get(entry.when, -1) + 1
        records.append(
            MoodRecord(
                when=entry.when,
                level=levels[_key(entry.mood_name)],  # type: ignore[arg-type]
                mood_name=entry.mood_name,
                activities=entry.activities,
                note=note,
                fingerprint=moment_key(entry.when, occurrence),
            )
        )
    return records


MOMENT_PREFIX = "daylio:"


def legacy_fingerprint(record: MoodRecord) -> str:
    """How entries were identified before their moment was: a hash of their whole content. An
    entry stored under one matches a record of the file exactly when nothing changed."""
    payload = json.dumps(
        [record.when.isoformat(), _key(record.mood_name), sorted(record.activities), record.note],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def moment_key(when: datetime, occurrence: int = 0) -> str:
    """What identifies a Daylio entry: its moment (the date and time Daylio shows), not its
    content, so a later export of an edited entry updates it instead of adding a copy.
    `occurrence` tells apart entries logged at the very same minute (0 for the first)."""
    return f"{MOMENT_PREFIX}{when.isoformat(timespec='seconds')}#{occurrence}"
