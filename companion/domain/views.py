"""What the pages show, as plain values built from plain rows: people and where they stand in their
cadence, boundaries and their schedules, the names of the mood levels.

Free of the storage layer: the read layer (companion.storage.reads) builds these from the vault's
rows, for the services and for the first screen (companion.storage.glance) alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import cache
from typing import Protocol

from companion.domain.assets import assets_dir
from companion.domain.days import MIDNIGHT
from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _
from companion.domain.planners.cadence import (
    BirthdayDate,
    DueInfo,
    PersonState,
    last_contact_phrase,
)
from companion.domain.planners.special_dates import SpecialDate
from companion.domain.prompt_words import BOUNDARY_TEMPLATES, shown

# --- people -----------------------------------------------------------------------------------

DEFAULT_CADENCE_DAYS = 30

# The circles a new vault starts with: name, default cadence in days, rough size of the layer.
# They are stored by these English names; while a circle keeps its name it reads in the language
# in use, and a circle the person renamed reads as they wrote it.
DEFAULT_CIRCLES: tuple[tuple[str, int, int], ...] = (
    (N_("Support clique"), 7, 5),
    (N_("Sympathy group"), 14, 15),
    (N_("Close network"), 30, 50),
    (N_("Wider network"), 90, 150),
)
_DEFAULT_CIRCLE_NAMES = frozenset(name for name, _cadence, _size in DEFAULT_CIRCLES)


def circle_name(stored: str) -> str:
    """A circle's name as shown: a default one in the language in use, any other as written."""
    return _(stored) if stored in _DEFAULT_CIRCLE_NAMES else stored


class PersonRow(Protocol):
    """The columns of a person that views and planners read (never the photo)."""

    id: int
    name: str
    circle_id: int | None
    cadence_days: int | None
    birthday_month: int | None
    birthday_day: int | None
    birthday_year: int | None
    notes: str
    archived: bool
    created_at: datetime
    nickname: str


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    circle_id: int | None
    circle_name: str
    cadence_days: int  # effective
    own_cadence_days: int | None
    birthday: BirthdayDate | None
    contacts: tuple[tuple[str, str, str], ...]
    notes: str
    tags: tuple[str, ...]
    archived: bool
    created_at: datetime
    last_contact: datetime | None
    due: DueInfo
    last_contact_text: str
    nickname: str = ""
    dates: tuple[SpecialDate, ...] = ()  # besides the birthday, in the year's order
    related: tuple[tuple[str, str], ...] = ()  # (label, name)

    @property
    def status(self) -> str:
        return self.due.status


def person_state(
    p: PersonRow,
    cadences: dict[int | None, int],
    last: datetime | None,
    dates: Sequence[SpecialDate] = (),
) -> PersonState:
    """Where the planners start from: the effective cadence (own, else the circle's, else 30 days),
    the birthday and the last contact."""
    circle_default = cadences.get(p.circle_id)
    cadence = p.cadence_days or (
        circle_default if circle_default is not None else DEFAULT_CADENCE_DAYS
    )
    birthday = (
        BirthdayDate(p.birthday_month, p.birthday_day, p.birthday_year)
        if p.birthday_month and p.birthday_day
        else None
    )
    return PersonState(
        person_id=p.id,
        name=p.name,
        cadence_days=cadence,
        added_at=p.created_at,
        last_contact=last,
        birthday=birthday,
        archived=p.archived,
        dates=tuple(dates),
    )


def person_view(
    row: PersonRow,
    state: PersonState,
    due: DueInfo,
    *,
    circle_name: str,
    contacts: Sequence[tuple[str, str, str]],
    tags: Sequence[str],
    now: datetime,
    day_ends_at: time = MIDNIGHT,
    related: Sequence[tuple[str, str]] = (),
) -> PersonView:
    return PersonView(
        id=row.id,
        name=row.name,
        circle_id=row.circle_id,
        circle_name=circle_name,
        cadence_days=state.cadence_days,
        own_cadence_days=row.cadence_days,
        birthday=state.birthday,
        contacts=tuple(contacts),
        notes=row.notes,
        tags=tuple(tags),
        archived=row.archived,
        created_at=row.created_at,
        last_contact=state.last_contact,
        due=due,
        last_contact_text=last_contact_phrase(state.last_contact, now, day_ends_at),
        nickname=row.nickname,
        dates=state.dates,
        related=tuple(related),
    )


def dates_by_person(
    rows: Iterable[tuple[int, int, str, str, int, int, int | None, object]],
) -> dict[int, list[SpecialDate]]:
    """Stored dates (person_id, id, kind, label, month, day, year, yearly) as the planners read
    them, each person's in the year's order. A row no form could have written (changed outside
    Companion) is passed over rather than let it stop the pages."""
    out: dict[int, list[SpecialDate]] = {}
    for person_id, id_, kind, label, month, day, year, yearly in rows:
        try:
            d = SpecialDate(kind, month, day, year, label, bool(yearly), id_)
        except InvalidInput:
            continue
        out.setdefault(person_id, []).append(d)
    for dates in out.values():
        dates.sort(key=date_order)
    return out


def date_order(d: SpecialDate) -> tuple[int, int, int, str]:
    """A person's dates in the year's order, then by name."""
    return (d.month, d.day, d.year or 0, d.title.casefold())


def people_order(view: PersonView) -> tuple[bool, float, str]:
    """The People page's order: most overdue first, archived last, then by name."""
    return (view.archived, -view.due.overdue_ratio, view.name.casefold())


# --- boundaries -------------------------------------------------------------------------------

TEMPLATES_FILE = "boundary_templates.json"
EVERY_DAY: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
WEEKDAYS: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday to Friday
KINDS = ("daily_limit", "screen_free_hours", "habit")


@dataclass(frozen=True)
class BoundaryTemplate:
    id: str
    kind: str
    title: str
    description: str
    category: str | None = None
    limit_minutes: int | None = None
    starts_at: str | None = None
    ends_at: str | None = None
    intention_prompt: str | None = None


@dataclass(frozen=True)
class BoundaryView:
    id: int
    template: str
    kind: str
    title: str
    category: str | None
    limit_minutes: int | None
    starts_at: str | None
    ends_at: str | None
    weekdays: tuple[int, ...]
    active: bool
    created_at: datetime
    intention_prompt: str | None

    @property
    def schedule(self) -> str:
        """ "every_day", "weekdays" (Monday to Friday) or "chosen_days"."""
        if self.weekdays == EVERY_DAY:
            return "every_day"
        if self.weekdays == WEEKDAYS:
            return "weekdays"
        return "chosen_days"

    def planned_on(self, day: date) -> bool:
        return day.weekday() in self.weekdays


class BoundaryRow(Protocol):
    """What `boundary_view` reads of a boundary: a stored row or the read layer's tuple."""

    @property
    def id(self) -> int | None: ...
    @property
    def template(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def category(self) -> str | None: ...
    @property
    def limit_minutes(self) -> int | None: ...
    @property
    def starts_at(self) -> str | None: ...
    @property
    def ends_at(self) -> str | None: ...
    @property
    def weekdays(self) -> Sequence[int]: ...
    @property
    def active(self) -> bool: ...
    @property
    def created_at(self) -> datetime: ...


@cache
def _shipped_templates() -> tuple[BoundaryTemplate, ...]:
    data = json.loads((assets_dir() / TEMPLATES_FILE).read_text(encoding="utf-8"))
    return tuple(load_template(raw) for raw in data["templates"])


def load_template(raw: Mapping[str, object]) -> BoundaryTemplate:
    template = BoundaryTemplate(**raw)  # type: ignore[arg-type]
    if template.kind not in KINDS:
        raise RuntimeError(f"boundary template {template.id}: unknown kind {template.kind!r}")
    return template


def templates() -> tuple[BoundaryTemplate, ...]:
    """The shipped templates, their words in the language in use."""
    return tuple(_in_language(t) for t in _shipped_templates())


def _in_language(t: BoundaryTemplate) -> BoundaryTemplate:
    def words(field: str, english: str) -> str:
        return shown(BOUNDARY_TEMPLATES, (t.id, field), english)

    return replace(
        t,
        title=words("title", t.title),
        description=words("description", t.description),
        intention_prompt=words("intention_prompt", t.intention_prompt)
        if t.intention_prompt
        else None,
    )


def template_title(template_id: str, title: str) -> str:
    """A boundary's title as the pages show it: a template's untouched title (kept in English) in
    the language in use, the person's own words as written."""
    return shown(BOUNDARY_TEMPLATES, (template_id, "title"), title)


def stored_title(template_id: str, title: str) -> str:
    """The title to keep for a boundary: a template's title as offered in the language in use is
    kept in English (so it follows the language later); any other words as written."""
    template = _template(template_id)
    if template is not None and title == template_title(template_id, template.title):
        return template.title
    return title


def _template(template_id: str) -> BoundaryTemplate | None:
    return next((t for t in _shipped_templates() if t.id == template_id), None)


def _kind(row: BoundaryRow) -> str:
    template = _template(row.template)
    if template is not None:
        return template.kind
    if row.limit_minutes is not None:
        return "daily_limit"
    if row.starts_at is not None:
        return "screen_free_hours"
    return "habit"


def boundary_view(row: BoundaryRow) -> BoundaryView:
    """A boundary row (an ORM object or any row with the same fields) as the pages show it."""
    assert row.id is not None
    template = _template(row.template)
    return BoundaryView(
        id=row.id,
        template=row.template,
        kind=_kind(row),
        title=template_title(row.template, row.title),
        category=row.category,
        limit_minutes=row.limit_minutes,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        weekdays=tuple(sorted(row.weekdays)),
        active=row.active,
        created_at=row.created_at,
        intention_prompt=_in_language(template).intention_prompt if template else None,
    )


# --- mood -------------------------------------------------------------------------------------

LEVELS = (1, 2, 3, 4, 5)
# Stored in English; shown in the reader's language while the person keeps them unchanged.
DEFAULT_LABELS = (N_("awful"), N_("bad"), N_("meh"), N_("good"), N_("great"))


def mood_level(level: int) -> int:
    """A mood level, checked: a step from 1 to 5 (InvalidInput otherwise)."""
    if isinstance(level, bool) or level not in LEVELS:
        raise InvalidInput(_("A mood is a step from 1 (lowest) to 5 (highest)."))
    return int(level)


def mood_labels(stored: Sequence[str]) -> tuple[str, ...]:
    """The names of levels 1 to 5 from the `mood.labels` setting (the defaults if it is malformed),
    the unchanged defaults in the current language."""
    labels = tuple(stored) if len(stored) == len(LEVELS) else DEFAULT_LABELS
    if labels == DEFAULT_LABELS:
        return tuple(_(label) for label in labels)
    return labels
