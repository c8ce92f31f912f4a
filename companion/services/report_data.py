"""The summary report's content for a date range, as plain dataclasses (no Qt).

The report dialog and `companion report` both render from `gather(companion, options)`.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from companion.domain.assessments import answer_label, describe, instruments
from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _, ngettext, pgettext
from companion.domain.official_texts import answered_in, form_for
from companion.services.interactions import CHANNEL_LABELS, FEELINGS

if TYPE_CHECKING:
    from companion.facade import Companion

# Check-ins come first: a therapist reads a PHQ-9 question 9 above zero, the bands and the
# answers on the first page.
SECTIONS = ("checkins", "mood", "contact", "screen", "journal")
SECTION_TITLES = {
    "mood": N_("Mood"),
    "checkins": N_("Check-in scores"),
    "contact": N_("Social contact"),
    "screen": N_("Screen time and boundaries"),
    "journal": N_("Journal entries"),
}
# Journal text is private; it is only ever included entry by entry, never by default.
DEFAULT_SECTIONS = frozenset({"mood", "checkins", "contact", "screen"})
PRESET_WEEKS = (2, 4, 12)
HEADER_LINE = N_(
    "Prepared by the user with Companion. Scores are screening results, not diagnoses."
)
MAX_RANGE_DAYS = 3 * 366
TOP_PEOPLE = 8


# --- options -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportOptions:
    start: date
    end: date
    sections: frozenset[str] = DEFAULT_SECTIONS
    initials: bool = False
    # Keys from `journal_choices` ("journal:12", "mood:40"); only these are printed.
    journal_keys: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                _("The report's end ({end}) comes before its start ({start}).").format(
                    end=self.end.isoformat(), start=self.start.isoformat()
                )
            )
        if (self.end - self.start).days >= MAX_RANGE_DAYS:
            raise InvalidInput(_("A report can cover at most three years; choose a shorter range."))
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise InvalidInput(
                _("Unknown report section: {unknown}. Choose from {sections}.").format(
                    unknown=", ".join(sorted(unknown)), sections=", ".join(SECTIONS)
                )
            )


def last_weeks(weeks: int, today: date) -> tuple[date, date]:
    """The range of the last `weeks` weeks ending today (both days included)."""
    return today - timedelta(days=7 * weeks - 1), today


def parse_day(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD date from the user, or InvalidInput naming what was wrong."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            _(
                "The {what} “{text}” isn't a date Companion can read; write it as YYYY-MM-DD."
            ).format(what=_("date") if what == "date" else what, text=text)
        ) from None


def parse_sections(text: str) -> frozenset[str]:
    """Comma-separated section names, e.g. "mood,checkins"."""
    names = frozenset(p.strip().lower() for p in text.split(",") if p.strip())
    if not names:
        raise InvalidInput(
            _("Name at least one report section: {sections}.").format(sections=", ".join(SECTIONS))
        )
    unknown = names - set(SECTIONS)
    if unknown:
        raise InvalidInput(
            _("Unknown report section: {unknown}. Choose from {sections}.").format(
                unknown=", ".join(sorted(unknown)), sections=", ".join(SECTIONS)
            )
        )
    return names


def initials(name: str) -> str:
    """ "Maya Okafor" -> "M. O." (letters only; a name with none stays as "?")."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    letters = [next((ch for ch in p if ch.isalpha()), "") for p in parts]
    out = " ".join(f"{ch.upper()}." for ch in letters if ch)
    return out or "?"


class NameShower:
    """Shows people's names in full or as initials, and hides them in free text in initials mode."""

    def __init__(self, names: Iterable[str], use_initials: bool) -> None:
        self.use_initials = use_initials
        full = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
        self._swaps: list[tuple[re.Pattern[str], str]] = []
        if use_initials:
            firsts: dict[str, str] = {}
            for n in full:
                self._swaps.append((re.compile(rf"\b{re.escape(n)}\b"), initials(n)))
                first = n.split()[0]
                if len(first) >= 2 and first[0].isupper():
                    firsts.setdefault(first, initials(first))
            for first, short in firsts.items():
                self._swaps.append((re.compile(rf"\b{re.escape(first)}\b"), short))

    def name(self, name: str) -> str:
        return initials(name) if self.use_initials else name

    def text(self, text: str) -> str:
        for pattern, short in self._swaps:
            text = pattern.sub(short, text)
        return text


# --- sections ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoodDay:
    day: date
    mean: float | None
    rolling_mean: float | None


@dataclass(frozen=True)
class MoodSection:
    days: tuple[MoodDay, ...]
    labels: tuple[str, ...]  # level 1..5
    entries: int
    days_logged: int
    mean: float | None
    lowest: float | None
    highest: float | None
    first_half_mean: float | None
    second_half_mean: float | None
    common_emotions: tuple[tuple[str, int], ...]
    summary: str


@dataclass(frozen=True)
class CheckinRow:
    instrument: str
    short_name: str
    name: str
    taken_on: date
    total: int
    min_total: int
    max_total: int
    band_label: str
    percentage: int | None
    notes: tuple[str, ...]  # follow-up notes on this result, apart from its band
    answers: tuple[int, ...] = ()  # published values, in question order
    item9: str = ""  # "Question 9 first: …" when PHQ-9 question 9 was above zero
    difficulty: str = ""  # the closing question's answer, when given
    # The language of the words answered ("en", "de", "es"; None: not recorded, read as English)
    # and how the report says it: "Spanish, official translation (Pfizer)".
    language: str | None = None
    answered_in: str = ""


@dataclass(frozen=True)
class CheckinSection:
    rows: tuple[CheckinRow, ...]  # grouped by instrument, oldest first within each
    cutoff_notes: tuple[tuple[str, str], ...]  # (short name, note)
    summary: str
    # What must be read before any band: "PHQ-9, 12 November 2026. Question 9 first: …".
    first: tuple[str, ...] = ()
    # (short name, "0 “Not at all”, 1 “Several days”, …"): the published values of the answers.
    scales: tuple[tuple[str, str], ...] = ()
    # (short name, closing question) for the forms whose closing question was answered.
    closing: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ContactWeek:
    monday: date
    first: date  # the week's first and last days inside the report's range
    last: date
    days_with_contact: int
    interactions: int
    by_circle: tuple[int, ...]  # in the order of ContactSection.circles


@dataclass(frozen=True)
class ContactSection:
    circles: tuple[str, ...]
    weeks: tuple[ContactWeek, ...]
    circle_people: tuple[int, ...]  # distinct people in touch, per circle
    channels: tuple[tuple[str, int], ...]  # (label, interactions), most first
    people: tuple[tuple[str, int, date], ...]  # (shown name, interactions, last day), most first
    interactions: int
    days_with_contact: int
    days: int
    felt: tuple[tuple[str, int], ...]  # (how it felt, interactions)
    summary: str


@dataclass(frozen=True)
class BoundaryRow:
    title: str
    planned_days: int
    checked_days: int
    kept: int
    partly: int
    not_today: int


@dataclass(frozen=True)
class ScreenSection:
    days_with_figures: int
    days: int
    mean_minutes: float | None
    weekly_means: tuple[tuple[date, float | None], ...]  # Monday, mean minutes a day
    categories: tuple[tuple[str, float], ...]  # (label, mean minutes a day), most first
    boundaries: tuple[BoundaryRow, ...]
    summary: str


@dataclass(frozen=True)
class JournalChoice:
    """One thing the user wrote, offered for the report (nothing is included until chosen)."""

    key: str
    day: date
    kind: str  # "journal" or "mood"
    title: str  # the prompt, or "Mood note"
    text: str


@dataclass(frozen=True)
class JournalSection:
    entries: tuple[JournalChoice, ...]  # oldest first


@dataclass(frozen=True)
class Report:
    start: date
    end: date
    made_on: date
    header_line: str
    demo: bool
    initials: bool
    mood: MoodSection | None = None
    checkins: CheckinSection | None = None
    contact: ContactSection | None = None
    screen: ScreenSection | None = None
    journal: JournalSection | None = None
    sections: tuple[str, ...] = field(default=())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


# --- gathering -----------------------------------------------------------------------------------


def gather(companion: Companion, options: ReportOptions) -> Report:
    """Everything the report shows, read from the vault for the chosen range and sections."""
    names = NameShower(
        (p.name for p in companion.people.list(include_archived=True)), options.initials
    )
    today = companion.today()
    chosen = tuple(s for s in SECTIONS if s in options.sections)
    return Report(
        start=options.start,
        end=options.end,
        made_on=today,
        header_line=_(HEADER_LINE),
        demo=bool(companion.settings.get("profile.demo")),
        initials=options.initials,
        mood=_mood(companion, options) if "mood" in chosen else None,
        checkins=_checkins(companion, options) if "checkins" in chosen else None,
        contact=_contact(companion, options, names) if "contact" in chosen else None,
        screen=_screen(companion, options) if "screen" in chosen else None,
        journal=_journal(companion, options, names) if "journal" in chosen else None,
        sections=chosen,
    )


def journal_choices(
    companion: Companion, start: date, end: date, *, initials: bool = False
) -> list[JournalChoice]:
    """Journal entries and mood notes in the range, newest first, for the user to pick from."""
    names = NameShower((p.name for p in companion.people.list(include_archived=True)), initials)
    return _choices(companion, start, end, names)


def _choices(
    companion: Companion, start: date, end: date, names: NameShower
) -> list[JournalChoice]:
    out = []
    for item in companion.journal.timeline(since=start, until=end):
        title = (
            item.prompt
            if item.kind == "journal" and item.prompt
            else (
                _("Journal")
                if item.kind == "journal"
                else _("Mood note ({mood})").format(mood=item.mood_label.lower())
            )
        )
        out.append(
            JournalChoice(
                key=f"{item.kind}:{item.id}",
                day=item.local_day,
                kind=item.kind,
                title=title,
                text=names.text(item.text),
            )
        )
    return out


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _mood(companion: Companion, options: ReportOptions) -> MoodSection:
    labels = tuple(companion.mood.labels())
    daily = companion.mood.daily(options.start, options.end)
    entries = companion.mood.entries(since=options.start, until=options.end)
    means = [d.mean for d in daily if d.mean is not None]
    half = len(daily) // 2
    first = [d.mean for d in daily[:half] if d.mean is not None]
    second = [d.mean for d in daily[half:] if d.mean is not None]
    emotions = Counter(e for entry in entries for e in entry.emotions)
    mean = _mean(means)
    if mean is None:
        summary = _("No mood was logged in this period.")
    else:
        nearest = labels[min(4, max(0, round(mean) - 1))]
        summary = _(
            "Mood was logged on {logged} of {days} days ({entries} entries). "
            "The average was {mean} of 5 (about “{nearest}”), "
            "ranging from {low} to {high} on single days."
        ).format(
            logged=len(means),
            days=len(daily),
            entries=len(entries),
            mean=f"{mean:.1f}",
            nearest=nearest.lower(),
            low=f"{min(means):.1f}",
            high=f"{max(means):.1f}",
        )
        f_mean, s_mean = _mean(first), _mean(second)
        if f_mean is not None and s_mean is not None and len(first) >= 3 and len(second) >= 3:
            summary += " " + _("First half of the period: {first}; second half: {second}.").format(
                first=f"{f_mean:.1f}", second=f"{s_mean:.1f}"
            )
    return MoodSection(
        days=tuple(MoodDay(d.day, d.mean, d.rolling_mean) for d in daily),
        labels=labels,
        entries=len(entries),
        days_logged=len(means),
        mean=mean,
        lowest=min(means) if means else None,
        highest=max(means) if means else None,
        first_half_mean=_mean(first),
        second_half_mean=_mean(second),
        common_emotions=tuple(emotions.most_common(6)),
        summary=summary,
    )


def _checkins(companion: Companion, options: ReportOptions) -> CheckinSection:
    rows: list[CheckinRow] = []
    notes: list[tuple[str, str]] = []
    scales: list[tuple[str, str]] = []
    closing: list[tuple[str, str]] = []
    first: list[str] = []
    for instrument_id, ins in instruments().items():
        taken = [
            r
            for r in reversed(companion.checkins.history(instrument_id))
            if options.start <= companion.day_of(r.taken_at) <= options.end
        ]
        if not taken:
            continue
        if ins.cutoff_note:
            notes.append((ins.short_name, ins.cutoff_note))
        scales.append(
            (
                ins.short_name,
                ", ".join(answer_label(ins, o.value) for o in sorted(ins.options, key=_value)),
            )
        )
        if ins.closing is not None and any(r.difficulty is not None for r in taken):
            closing.append((ins.short_name, ins.closing.text))
        for r in taken:
            # Questions and answers are quoted in the words of the form they were answered on.
            form = form_for(instrument_id, r.language)
            words = describe(r, for_report=True, form=form)
            day = companion.day_of(r.taken_at)
            if words.item9:
                first.append(f"{ins.short_name}, {long_date(day)}. {words.item9}")
            rows.append(
                CheckinRow(
                    instrument=instrument_id,
                    short_name=ins.short_name,
                    name=ins.name,
                    taken_on=day,
                    total=r.total,
                    min_total=ins.min_total,
                    max_total=ins.max_total,
                    band_label=r.band_label,
                    percentage=r.percentage,
                    notes=tuple(n for n in words.notes if n != ins.cutoff_note),
                    answers=tuple(r.answers),
                    item9=words.item9,
                    difficulty=(
                        (form.closing or ins.closing).label(r.difficulty)
                        if ins.closing is not None and r.difficulty is not None
                        else ""
                    ),
                    language=r.language,
                    answered_in=answered_in(instrument_id, r.language),
                )
            )
    if rows:
        kinds = len({r.instrument for r in rows})
        of_kinds = ngettext("of {n} kind", "of {n} kinds", kinds).format(n=kinds)
        summary = (
            ngettext(
                "{n} check-in {of_kinds} in this period.",
                "{n} check-ins {of_kinds} in this period.",
                len(rows),
            ).format(n=len(rows), of_kinds=of_kinds)
            + " "
            + _(
                "Bands follow each questionnaire's published cut-offs. Each is a screening "
                "result, not a diagnosis."
            )
            + " "
            + _(
                "Each result names the language its questions were answered in; the scoring is "
                "the same in every language."
            )
        )
    else:
        summary = _("No check-ins were taken in this period.")
    return CheckinSection(
        rows=tuple(rows),
        cutoff_notes=tuple(notes),
        summary=summary,
        first=tuple(first),
        scales=tuple(scales),
        closing=tuple(closing),
    )


def _value(option: Any) -> int:
    return int(option.value)


def _weeks(start: date, end: date) -> list[date]:
    monday = start - timedelta(days=start.weekday())
    out = []
    while monday <= end:
        out.append(monday)
        monday += timedelta(weeks=1)
    return out


def _contact(companion: Companion, options: ReportOptions, names: NameShower) -> ContactSection:
    tz = companion.clock.now().tzinfo
    circles = companion.people.circles()
    circle_index = {c.id: i for i, c in enumerate(circles)}
    people = {p.id: p for p in companion.people.list(include_archived=True)}
    # occurred_at bounds with a day of slack; local_day decides (it is the user's calendar day).
    history = companion.interactions.history(
        since=datetime.combine(options.start - timedelta(days=1), time(), tz),
        until=datetime.combine(options.end + timedelta(days=2), time(), tz),
    )
    inside = [i for i in history if options.start <= i.local_day <= options.end]
    weeks = _weeks(options.start, options.end)
    per_week_days: dict[date, set[date]] = defaultdict(set)
    per_week_count: Counter[date] = Counter()
    per_week_circle: dict[date, Counter[int]] = defaultdict(Counter)
    circle_people: dict[int, set[int]] = defaultdict(set)
    per_person: Counter[int] = Counter()
    last_day: dict[int, date] = {}
    channels: Counter[str] = Counter()
    felt: Counter[int] = Counter()
    for i in inside:
        monday = i.local_day - timedelta(days=i.local_day.weekday())
        per_week_days[monday].add(i.local_day)
        per_week_count[monday] += 1
        channels[CHANNEL_LABELS.get(i.channel, i.channel)] += 1
        if i.feeling is not None:
            felt[i.feeling] += 1
        seen_circles = set()
        for pid, _name in i.people:
            per_person[pid] += 1
            last_day[pid] = max(last_day.get(pid, i.local_day), i.local_day)
            person = people.get(pid) if pid is not None else None
            ci = (
                circle_index.get(person.circle_id)
                if person and person.circle_id is not None
                else None
            )
            if ci is not None:
                circle_people[ci].add(pid)
                seen_circles.add(ci)
        for ci in seen_circles:
            per_week_circle[monday][ci] += 1
    week_rows = tuple(
        ContactWeek(
            monday=m,
            first=max(m, options.start),
            last=min(m + timedelta(days=6), options.end),
            days_with_contact=len(per_week_days.get(m, ())),
            interactions=per_week_count.get(m, 0),
            by_circle=tuple(per_week_circle[m].get(ci, 0) for ci in range(len(circles))),
        )
        for m in weeks
    )
    top = sorted(
        per_person.items(), key=lambda kv: (-kv[1], people[kv[0]].name if kv[0] in people else "")
    )
    shown_people = tuple(
        (names.name(people[pid].name) if pid in people else "?", n, last_day[pid])
        for pid, n in top[:TOP_PEOPLE]
    )
    contact_days = len({i.local_day for i in inside})
    days = (options.end - options.start).days + 1
    if inside:
        who = ngettext("{n} person", "{n} people", len(per_person)).format(n=len(per_person))
        summary = ngettext(
            "In touch with someone on {contact_days} of {days} days: {n} interaction with {who}.",
            "In touch with someone on {contact_days} of {days} days: {n} interactions with {who}.",
            len(inside),
        ).format(contact_days=contact_days, days=days, n=len(inside), who=who)
    else:
        summary = _("No contact with people was noted in this period.")
    return ContactSection(
        circles=tuple(c.name for c in circles),
        weeks=week_rows,
        circle_people=tuple(len(circle_people.get(ci, ())) for ci in range(len(circles))),
        channels=tuple(channels.most_common()),
        people=shown_people,
        interactions=len(inside),
        days_with_contact=contact_days,
        days=days,
        felt=tuple((FEELINGS[k], felt[k]) for k in sorted(felt, reverse=True)),
        summary=summary,
    )


def _screen(companion: Companion, options: ReportOptions) -> ScreenSection:
    days = companion.screen.days(options.start, options.end)
    counted = [d for d in days if d.source is not None]
    totals = [d.total for d in counted]
    by_category: dict[str, list[float]] = defaultdict(list)
    for d in counted:
        for key, minutes in d.minutes.items():
            by_category[key].append(minutes)
    categories = sorted(
        ((companion.screen.label(k), sum(v) / len(counted)) for k, v in by_category.items()),
        key=lambda kv: -kv[1],
    )
    weekly = []
    for monday in _weeks(options.start, options.end):
        week_totals = [d.total for d in counted if monday <= d.day < monday + timedelta(weeks=1)]
        weekly.append((monday, _mean(week_totals)))
    rows = []
    for b in companion.boundaries.list(include_paused=True):
        checks = companion.boundaries.history(b.id, options.start, options.end)
        planned = sum(
            1
            for n in range((options.end - options.start).days + 1)
            if b.planned_on(options.start + timedelta(days=n))
            and options.start + timedelta(days=n) >= companion.day_of(b.created_at)
        )
        if not checks and not b.active:
            continue
        results = Counter(c.result for c in checks)
        rows.append(
            BoundaryRow(
                title=b.title,
                planned_days=planned,
                checked_days=len(checks),
                kept=results.get("kept", 0),
                partly=results.get("partly", 0),
                not_today=results.get("not_today", 0),
            )
        )
    mean = _mean(totals)
    if mean is None:
        summary = _("No screen time was recorded in this period.")
    else:
        hours, minutes = divmod(round(mean), 60)
        summary = _(
            "Screen time was recorded on {counted} of {days} days, "
            "about {hours} h {minutes} min a day on average."
        ).format(counted=len(counted), days=len(days), hours=hours, minutes=f"{minutes:02d}")
    return ScreenSection(
        days_with_figures=len(counted),
        days=len(days),
        mean_minutes=mean,
        weekly_means=tuple(weekly),
        categories=tuple(categories),
        boundaries=tuple(rows),
        summary=summary,
    )


def _journal(companion: Companion, options: ReportOptions, names: NameShower) -> JournalSection:
    wanted = set(options.journal_keys)
    chosen = [c for c in _choices(companion, options.start, options.end, names) if c.key in wanted]
    chosen.sort(key=lambda c: (c.day, c.key))
    return JournalSection(entries=tuple(chosen))


def describe_range(start: date, end: date) -> str:
    """ "1 September 2026 to 21 November 2026 (12 weeks)", in the report's language."""
    days = (end - start).days + 1
    if days % 7 == 0 and days >= 14:
        span = ngettext("{n} week", "{n} weeks", days // 7).format(n=days // 7)
    else:
        span = ngettext("{n} day", "{n} days", days).format(n=days)
    return _("{start} to {end} ({span})").format(
        start=long_date(start), end=long_date(end), span=span
    )


def month_name(month: int) -> str:
    """The month's full name in the report's language (1 = January)."""
    names = (
        pgettext("month", "January"), pgettext("month", "February"),
        pgettext("month", "March"), pgettext("month", "April"),
        pgettext("month", "May"), pgettext("month", "June"),
        pgettext("month", "July"), pgettext("month", "August"),
        pgettext("month", "September"), pgettext("month", "October"),
        pgettext("month", "November"), pgettext("month", "December"),
    )  # fmt: skip
    return names[month - 1]


def long_date(day: date) -> str:
    """ "21 November 2026" (German "21. November 2026", Spanish "21 de noviembre de 2026"): the
    same whatever the machine's locale, in the report's language."""
    return pgettext("long date", "{day} {month} {year}").format(
        day=day.day, month=month_name(day.month), year=day.year
    )
