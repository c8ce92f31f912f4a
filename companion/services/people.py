"""People and circles: who matters, how to reach them, and how often the user wants to be in touch."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypedDict

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.domain.planners.cadence import BirthdayDate, DueInfo, PersonState
from companion.domain.planners.special_dates import SpecialDate
from companion.domain.planners.upcoming import Upcoming
from companion.domain.views import (
    PersonRow,
    PersonView,
    circle_name,
    people_order,
    person_state,
)
from companion.services.base import Service, driver_connection
from companion.storage import reads

if TYPE_CHECKING:
    from sqlmodel import Session
    from sqlmodel.sql.expression import Select

    from companion.storage.models import Person, PersonDate

CONTACT_KINDS = ("phone", "email", "handle")
MAX_CADENCE_DAYS = 3650


@dataclass(frozen=True)
class CircleView:
    id: int
    name: str
    position: int
    default_cadence_days: int
    size_hint: int


@dataclass
class PersonInput:
    """What the user fills in for a person. `cadence_days` None means the circle's default."""

    name: str
    circle_id: int | None = None
    cadence_days: int | None = None
    birthday: BirthdayDate | None = None
    contacts: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, value)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    photo: bytes | None = None
    # None keeps what the person has (an edit from a form that doesn't show them).
    nickname: str | None = None
    dates: list[SpecialDate] | None = None  # besides the birthday
    related: list[tuple[str, str]] | None = None  # (label, name)


MAX_RELATED = 200  # characters in a related name or its label


class PeopleService(Service):
    # --- circles -------------------------------------------------------------------------------

    def circles(self) -> list[CircleView]:
        with self._vault.reading() as db:
            return [
                CircleView(cid, circle_name(name), position, cadence, size)
                for cid, name, position, cadence, size in reads.circles(db)
            ]

    def update_circle(
        self, circle_id: int, *, name: str | None = None, default_cadence_days: int | None = None
    ) -> None:
        from companion.storage.models import Circle

        with self._vault.session() as s:
            circle = s.get(Circle, circle_id)
            if circle is None:
                raise InvalidInput(_("That circle no longer exists."))
            if name is not None:
                name = name.strip()
                if not name:
                    raise InvalidInput(_("A circle needs a name."))
                # A default circle's name given back as it was shown (translated) keeps the
                # stored default, so it still follows the language.
                if name != circle_name(circle.name):
                    circle.name = name
            if default_cadence_days is not None:
                circle.default_cadence_days = _check_cadence(default_cadence_days)
            s.add(circle)
        self._notify("people")

    # --- people ---------------------------------------------------------------------------------

    def add(self, data: PersonInput) -> int:
        from companion.storage.models import Person

        now = self._now()
        with self._vault.session() as s:
            person = Person(name="", created_at=now, updated_at=now)
            self._apply(s, person, data)
            s.flush()
            assert person.id is not None
            self._replace_children(s, person.id, data)
            pid = person.id
        self._notify("people")
        return pid

    def add_many(self, items: Sequence[PersonInput]) -> list[int]:
        """All or nothing: one transaction for an import."""
        return self.import_people(items)

    def import_people(
        self,
        items: Sequence[PersonInput],
        *,
        merges: Sequence[
            tuple[int, list[tuple[str, str, str]], BirthdayDate | None, str, PersonInput | None]
        ] = (),
        changed: list[int] | None = None,
    ) -> list[int]:
        """Add new people and merge details into existing ones, in one transaction.

        A merge adds contact methods the person doesn't have yet, fills in a missing birthday (and
        nickname), adds dates and related names not already there and appends a note; it never
        overwrites what the user wrote. A merge that brings nothing new
        leaves the person untouched; the ids of those a merge did change go into `changed`.
        """
        from sqlalchemy import func, insert
        from sqlmodel import col, select

        from companion.storage.models import Circle, ContactMethod, Person

        now = self._now()
        ids: list[int] = []
        touched: set[int] = set()
        with self._vault.session() as s:
            tag_cache: dict[str, int] = {}
            circles = set(s.exec(select(Circle.id)).all())
            rows = [_person_row(data, circles, now) for data in items]
            if rows:
                # One executemany, then the new ids: SQLite gives each new row the largest id so
                # far plus one, so they follow the rows' order (the ORM went row by row).
                before = s.exec(select(func.max(Person.id))).one() or 0
                s.execute(insert(Person.__table__), rows)  # type: ignore[attr-defined]
                ids = [
                    i
                    for i in s.exec(
                        select(col(Person.id))
                        .where(col(Person.id) > before)
                        .order_by(col(Person.id))
                    )
                    if i is not None
                ]
                assert len(ids) == len(rows)
            # Their ways of reaching them in one executemany: these rows need no ids back.
            methods = []
            for person_id, data in zip(ids, items, strict=True):
                methods.extend(_method_rows(person_id, data.contacts))
                if data.tags or data.dates or data.related:
                    self._add_children(s, person_id, replace(data, contacts=[]), tag_cache)
            if methods:
                s.execute(insert(ContactMethod), methods)
            for person_id, their_methods, birthday, note, extra in merges:
                person = self._get(s, person_id)
                have = [
                    (m.kind, m.label, m.value)
                    for m in s.exec(
                        select(ContactMethod).where(ContactMethod.person_id == person_id)
                    )
                ]
                for kind, label, value in merge_methods(have, their_methods)[len(have) :]:
                    s.add(ContactMethod(person_id=person_id, kind=kind, label=label, value=value))
                    touched.add(person_id)
                if birthday and not person.birthday_month:
                    person.birthday_month, person.birthday_day, person.birthday_year = (
                        birthday.month,
                        birthday.day,
                        birthday.year,
                    )
                    touched.add(person_id)
                if note and note not in person.notes:
                    person.notes = f"{person.notes}\n{note}".strip()
                    touched.add(person_id)
                if extra is not None and _merge_extra(s, person, extra):
                    touched.add(person_id)
                if person_id in touched:
                    person.updated_at = now
                    s.add(person)
                    s.flush()
        if changed is not None:
            changed.extend(sorted(touched))
        if ids or touched:
            self._notify("people")
        return ids

    def update(self, person_id: int, data: PersonInput) -> None:
        with self._vault.session() as s:
            person = self._get(s, person_id)
            self._apply(s, person, data)
            person.updated_at = self._now()
            self._replace_children(s, person_id, data)
        self._notify("people")

    def set_archived(self, person_id: int, archived: bool = True) -> None:
        with self._vault.session() as s:
            person = self._get(s, person_id)
            person.archived = archived
            person.updated_at = self._now()
            s.add(person)
        self._notify("people")

    def delete(self, person_id: int) -> None:
        with self._vault.session() as s:
            s.delete(self._get(s, person_id))
        self._notify("people", "interactions")

    def get(self, person_id: int) -> PersonView:
        views = self._views([person_id], include_archived=True)
        if not views:
            raise InvalidInput(_("That person is no longer in Companion."))
        return views[0]

    def list(
        self,
        *,
        search: str = "",
        circle_id: int | None = None,
        tag: str | None = None,
        status: str | None = None,
        include_archived: bool = False,
        first: int | None = None,
    ) -> list[PersonView]:
        """People sorted by how overdue they are relative to their cadence, most overdue first;
        with `first`, only that many."""

        # Circle and status are known before contacts and tags are read, so people they leave
        # out are never built into views (Today asks only for the overdue few).
        def wanted(row: PersonRow, due: DueInfo) -> bool:
            return (circle_id is None or row.circle_id == circle_id) and (
                not status or due.status == status
            )

        needle = search.strip().casefold()
        if first is not None and not needle and not tag:
            with self._vault.reading() as db:
                views = reads.people(
                    db, self._now(), include_archived=include_archived, keep=wanted, first=first
                )
            return sorted(views, key=people_order)
        views = self._views(None, include_archived=include_archived, keep=wanted)
        out = []
        for v in views:
            if (
                needle
                and needle not in v.name.casefold()
                and not any(needle in value.casefold() for _k, _l, value in v.contacts)
                and not any(needle in t.casefold() for t in v.tags)
            ):
                continue
            if tag and tag.casefold() not in (t.casefold() for t in v.tags):
                continue
            out.append(v)
        out.sort(key=people_order)
        return out if first is None else out[: max(0, first)]

    def upcoming(self, today: date | None = None) -> builtins.list[Upcoming]:
        """Birthdays and other dates within the next weeks (companion.planners.upcoming)."""
        with self._vault.reading() as db:
            return reads.upcoming(db, self._today() if today is None else today)

    def tags(self) -> builtins.list[str]:
        with self._vault.reading() as db:
            return reads.tag_names(db, "person")

    def states(self, *, include_archived: bool = False) -> builtins.list[PersonState]:
        """What the planners need, for everyone, in four queries."""
        with self._vault.reading() as db:
            cadences = reads.circle_cadences(db)
            rows = reads.person_rows(db, include_archived=include_archived)
            last = reads.last_contacts(db)
            dates = reads.person_dates(db)
        return [person_state(p, cadences, last.get(p.id), dates.get(p.id, ())) for p in rows]

    def existing_contacts(self) -> builtins.list[tuple[int, str, tuple[str, ...], tuple[str, ...]]]:
        """(id, name, emails, phones) of everyone, for duplicate checks on import."""
        from sqlmodel import select

        from companion.storage.models import ContactMethod, Person

        with self._vault.session() as s:
            people = s.exec(select(Person.id, Person.name)).all()
            methods = s.exec(select(ContactMethod)).all()
        emails: dict[int, list[str]] = {}
        phones: dict[int, list[str]] = {}
        for m in methods:
            target = emails if m.kind == "email" else phones if m.kind == "phone" else None
            if target is not None:
                target.setdefault(m.person_id, []).append(m.value)
        return [
            (pid, name, tuple(emails.get(pid, ())), tuple(phones.get(pid, ())))
            for pid, name in people
            if pid is not None
        ]

    def contacts_for_matching(self) -> builtins.list[dict[str, Any]]:
        """Everyone's name, birthday and ways to reach them (kind, label, value), for telling an
        imported card apart from people already here."""
        from sqlmodel import col, select

        from companion.storage.models import ContactMethod

        with self._vault.session() as s:
            people = s.exec(_matching_people()).all()
            methods = s.exec(
                select(
                    col(ContactMethod.person_id),
                    col(ContactMethod.kind),
                    col(ContactMethod.label),
                    col(ContactMethod.value),
                )
            ).all()
        by_person: dict[int, list[tuple[str, str, str]]] = {}
        for pid, kind, label, value in methods:
            by_person.setdefault(pid, []).append((kind, label, value))
        return [
            {
                "id": pid,
                "name": name,
                "birthday": (month, day, year) if month and day else None,
                "methods": by_person.get(pid, []),
            }
            for pid, name, month, day, year in people
        ]

    # --- photos ---------------------------------------------------------------------------------

    def photo(self, person_id: int) -> bytes | None:
        """The person's photo (a small JPEG or PNG kept in the vault), or None."""
        with self._vault.reading() as db:
            found = reads.photo(db, person_id)
        if found is None:
            raise InvalidInput(_("That person is no longer in Companion."))
        return found[0]

    def with_photo(self) -> set[int]:
        """The ids of people who have a photo."""
        with self._vault.reading() as db:
            return reads.people_with_photo(db)

    def set_photo(self, person_id: int, photo: bytes | None) -> None:
        """Give the person a photo (image bytes, already made small), or remove it with None."""
        with self._vault.session() as s:
            person = self._get(s, person_id)
            person.photo = None if photo is None else _check_photo(photo)
            s.add(person)
        self._notify("people")

    # --- internals ----------------------------------------------------------------------------

    @staticmethod
    def _get(s: Session, person_id: int) -> Person:
        from companion.storage.models import Person

        person = s.get(Person, person_id)
        if person is None:
            raise InvalidInput(_("That person is no longer in Companion."))
        return person

    @staticmethod
    def _apply(s: Session, person: Person, data: PersonInput) -> None:
        from companion.storage.models import Circle

        name = " ".join(data.name.split())
        if not name:
            raise InvalidInput(_("Please give this person a name."))
        if len(name) > 200:
            raise InvalidInput(_("That name is too long (200 characters at most)."))
        if data.circle_id is not None and s.get(Circle, data.circle_id) is None:
            raise InvalidInput(_("That circle no longer exists."))
        person.name = name
        person.circle_id = data.circle_id
        person.cadence_days = (
            None if data.cadence_days is None else _check_cadence(data.cadence_days)
        )
        b = data.birthday
        person.birthday_month, person.birthday_day, person.birthday_year = (
            (b.month, b.day, b.year) if b else (None, None, None)
        )
        person.notes = data.notes
        # No photo in an edit keeps the one there (an import's, or one set on the person's
        # page); set_photo sets or removes it.
        if data.photo is not None:
            person.photo = _check_photo(data.photo)
        if data.nickname is not None:
            person.nickname = _check_nickname(data.nickname)
        s.add(person)

    @staticmethod
    def _replace_children(
        s: Session, person_id: int, data: PersonInput, tag_cache: dict[str, int] | None = None
    ) -> None:
        from sqlmodel import col, delete

        from companion.storage.models import ContactMethod, PersonDate, PersonTag, RelatedName

        s.exec(delete(ContactMethod).where(col(ContactMethod.person_id) == person_id))
        s.exec(delete(PersonTag).where(col(PersonTag.person_id) == person_id))
        if data.dates is not None:
            s.exec(delete(PersonDate).where(col(PersonDate.person_id) == person_id))
        if data.related is not None:
            s.exec(delete(RelatedName).where(col(RelatedName.person_id) == person_id))
        PeopleService._add_children(s, person_id, data, tag_cache)

    @staticmethod
    def _add_children(
        s: Session, person_id: int, data: PersonInput, tag_cache: dict[str, int] | None = None
    ) -> None:
        from companion.storage.models import ContactMethod, PersonTag, RelatedName

        for row in _method_rows(person_id, data.contacts):
            s.add(ContactMethod(**row))
        seen: set[str] = set()
        for raw in data.tags:
            name = raw.strip()
            if not name or name.casefold() in seen:
                continue
            seen.add(name.casefold())
            s.add(PersonTag(person_id=person_id, tag_id=_tag_id(s, "person", name, tag_cache)))
        for d in data.dates or ():
            s.add(_date_row(person_id, d))
        for label, name in _check_related(data.related or ()):
            s.add(RelatedName(person_id=person_id, label=label, name=name))

    def _views(
        self,
        ids: Sequence[int] | None,
        *,
        include_archived: bool,
        keep: Callable[[PersonRow, DueInfo], bool] | None = None,
    ) -> builtins.list[PersonView]:
        with self._vault.reading() as db:
            return reads.people(
                db, self._now(), ids=ids, include_archived=include_archived, keep=keep
            )


def _person_row(data: PersonInput, circles: set[int | None], now: datetime) -> dict[str, object]:
    """A new person as a row, checked as `_apply` checks an edit."""
    name = " ".join(data.name.split())
    if not name:
        raise InvalidInput(_("Please give this person a name."))
    if len(name) > 200:
        raise InvalidInput(_("That name is too long (200 characters at most)."))
    if data.circle_id is not None and data.circle_id not in circles:
        raise InvalidInput(_("That circle no longer exists."))
    b = data.birthday
    return {
        "name": name,
        "circle_id": data.circle_id,
        "cadence_days": None if data.cadence_days is None else _check_cadence(data.cadence_days),
        "birthday_month": b.month if b else None,
        "birthday_day": b.day if b else None,
        "birthday_year": b.year if b else None,
        "notes": data.notes,
        "archived": False,
        "photo": data.photo,
        "created_at": now,
        "updated_at": now,
        "nickname": _check_nickname(data.nickname or ""),
    }


# Built as select() builds it: sqlmodel types select() for at most four columns
# (fastapi/sqlmodel#271). A stored person's id is never None.
def _matching_people() -> Select[int, str, int | None, int | None, int | None]:
    from sqlmodel import col
    from sqlmodel.sql.expression import Select

    from companion.storage.models import Person

    return Select(
        col(Person.id),
        col(Person.name),
        col(Person.birthday_month),
        col(Person.birthday_day),
        col(Person.birthday_year),
    )


class _MethodRow(TypedDict):
    person_id: int
    kind: str
    label: str
    value: str


def _method_rows(person_id: int, contacts: Sequence[tuple[str, str, str]]) -> list[_MethodRow]:
    rows: list[_MethodRow] = []
    for kind, label, value in contacts:
        if kind not in CONTACT_KINDS:
            raise InvalidInput(_("Unknown kind of contact: {kind}.").format(kind=kind))
        if value.strip():
            rows.append(
                {
                    "person_id": person_id,
                    "kind": kind,
                    "label": label.strip(),
                    "value": value.strip(),
                }
            )
    return rows


def _dates(s: Session, ids: Sequence[int] | None = None) -> dict[int, list[SpecialDate]]:
    """Everyone's dates besides birthdays (or those of `ids`), by person, inside `s`'s unit of work."""
    return reads.person_dates(driver_connection(s), ids)


def _date_row(person_id: int, d: SpecialDate) -> PersonDate:
    from companion.storage.models import PersonDate

    return PersonDate(
        person_id=person_id,
        kind=d.kind,
        label=d.label.strip(),
        month=d.month,
        day=d.day,
        year=d.year,
        yearly=d.yearly,
    )


def _same_date(a: SpecialDate, b: SpecialDate) -> bool:
    """The same date by name and day (a labelled anniversary comes back from a vCard as a date
    with that label, so the kind isn't compared)."""
    return (a.title.casefold(), a.month, a.day) == (b.title.casefold(), b.month, b.day)


def _merge_extra(s: Session, person: Person, extra: PersonInput) -> bool:
    """Fold an imported card's nickname, dates and related names into someone already here:
    only what they don't have yet. True when anything was added."""
    from sqlmodel import select

    from companion.storage.models import RelatedName

    assert person.id is not None
    added = False
    if extra.nickname and not person.nickname:
        person.nickname = _check_nickname(extra.nickname)
        added = True
    have = list(_dates(s, [person.id]).get(person.id, []))
    for d in extra.dates or ():
        if not any(_same_date(d, h) for h in have):
            s.add(_date_row(person.id, d))
            have.append(d)
            added = True
    names = {
        (label.casefold(), name.casefold())
        for label, name in s.exec(
            select(RelatedName.label, RelatedName.name).where(RelatedName.person_id == person.id)
        )
    }
    for label, name in _check_related(extra.related or ()):
        if (label.casefold(), name.casefold()) not in names:
            names.add((label.casefold(), name.casefold()))
            s.add(RelatedName(person_id=person.id, label=label, name=name))
            added = True
    return added


def merge_methods(
    existing: Sequence[tuple[str, str, str]], incoming: Sequence[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Keep what's there; add what's new (compared without case and spacing)."""
    from companion.importers.vcard import normalise_phone

    def key(method: tuple[str, str, str]) -> tuple[str, str]:
        kind, _label, value = method
        return kind, normalise_phone(value) if kind == "phone" else value.strip().casefold()

    seen = {key(m) for m in existing}
    out = list(existing)
    for m in incoming:
        if key(m) not in seen:
            seen.add(key(m))
            out.append(m)
    return out


def merge_extras(first: PersonInput, second: PersonInput) -> PersonInput:
    """`first` with the nickname, dates and related names of `second` it doesn't have yet."""
    dates = list(first.dates or [])
    for d in second.dates or ():
        if not any(_same_date(d, h) for h in dates):
            dates.append(d)
    related = list(first.related or [])
    seen = {(label.casefold(), name.casefold()) for label, name in related}
    for label, name in second.related or ():
        if (label.casefold(), name.casefold()) not in seen:
            seen.add((label.casefold(), name.casefold()))
            related.append((label, name))
    return replace(
        first,
        nickname=first.nickname or second.nickname,
        dates=dates or None,
        related=related or None,
    )


def _check_nickname(nickname: str) -> str:
    nickname = " ".join(nickname.split())
    if len(nickname) > 200:
        raise InvalidInput(_("That nickname is too long (200 characters at most)."))
    return nickname


def _check_related(related: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for label, name in related:
        label, name = " ".join(label.split()), " ".join(name.split())
        if not name:
            continue
        if len(name) > MAX_RELATED or len(label) > MAX_RELATED:
            raise InvalidInput(
                _("A related name is too long ({limit} characters at most).").format(
                    limit=MAX_RELATED
                )
            )
        out.append((label, name))
    return out


def _check_cadence(days: int) -> int:
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_CADENCE_DAYS:
        raise InvalidInput(
            _("A cadence is a number of days from 1 to {limit}.").format(limit=MAX_CADENCE_DAYS)
        )
    return days


def _tag_id(s: Session, scope: str, name: str, cache: dict[str, int] | None = None) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from companion.storage.models import Tag

    key = f"{scope}:{name.casefold()}"
    if cache is not None and key in cache:
        return cache[key]
    existing = s.exec(
        select(Tag).where(Tag.scope == scope, func.lower(Tag.name) == name.lower())
    ).first()
    if existing is None:
        existing = Tag(scope=scope, name=name)
        s.add(existing)
        s.flush()
    assert existing.id is not None
    if cache is not None:
        cache[key] = existing.id
    return existing.id


MAX_PHOTO_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM")


def _check_photo(photo: bytes) -> bytes:
    if not isinstance(photo, bytes | bytearray) or not photo:
        raise InvalidInput(_("That photo is empty."))
    if len(photo) > MAX_PHOTO_BYTES:
        raise InvalidInput(_("That photo is too large to keep (2 MB at most)."))
    if not (photo.startswith(_IMAGE_MAGIC) or photo[8:12] == b"WEBP"):
        raise InvalidInput(
            _("That file isn't a picture Companion can show (JPEG, PNG, GIF or WebP).")
        )
    return bytes(photo)
