"""Importing contacts from vCard files: a preview the user confirms, then one all-or-nothing write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _, ngettext
from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.special_dates import SpecialDate
from companion.services.people import PeopleService, PersonInput, merge_extras, merge_methods

if TYPE_CHECKING:
    # vobject and the parser load when contacts are first imported, not with the app.
    from companion.importers.vcard import (
        CardProblem,
        Duplicate,
        ExistingContact,
        ParsedContact,
        VCardParseResult,
    )

Decision = Literal["import", "skip", "merge"]


@dataclass
class ContactsPreview:
    """What a file holds, and what looks like someone already known. Nothing is written yet."""

    source: str
    contacts: list[ParsedContact]
    problems: list[CardProblem]
    duplicates: dict[int, list[Duplicate]] = field(default_factory=dict)  # by card position
    existing: dict[int, ExistingContact] = field(default_factory=dict)  # by person id
    encoding: str = "utf-8"
    encoding_confident: bool = True

    def suggested(self, position: int) -> Decision:
        """Merge a card that is surely someone already known or surely an earlier card; keep
        everything else, possible duplicates included (both are kept until the user says)."""
        if any(d.sure for d in self.duplicates.get(position, [])):
            return "merge"
        return "import"

    def sure_match(self, position: int) -> Duplicate | None:
        return next((d for d in self.duplicates.get(position, []) if d.sure), None)

    def possible_match(self, position: int) -> Duplicate | None:
        """The pair to show side by side: a card that may (or may not) be someone else here."""
        dups = self.duplicates.get(position, [])
        if any(d.sure for d in dups):
            return None
        return next(iter(dups), None)

    def merge_target(self, position: int) -> Duplicate | None:
        """Whom a merge of this card goes into: a sure match first, someone already here first."""
        dups = sorted(
            self.duplicates.get(position, []),
            key=lambda d: (not d.sure, d.existing_person_id is None),
        )
        return next(iter(dups), None)

    def name_of(self, dup: Duplicate) -> str:
        """The other side of a pair, in words."""
        if dup.existing_person_id is not None:
            person = self.existing.get(dup.existing_person_id)
            return person.name if person else _("someone already here")
        card = next((c for c in self.contacts if c.position == dup.other_position), None)
        return card.name if card else f"card {dup.other_position}"

    def possible_duplicates(self) -> list[tuple[ParsedContact, Duplicate]]:
        return [
            (c, dup) for c in self.contacts if (dup := self.possible_match(c.position)) is not None
        ]


@dataclass(frozen=True)
class ContactsImportSummary:
    """What a commit did, with every card that didn't become a new person named and explained."""

    added: int
    merged: int
    skipped: int
    problems: int
    unchanged: int = 0
    merged_into: tuple[tuple[str, str, str], ...] = ()  # (card name, person's name, why)
    unchanged_names: tuple[tuple[str, str], ...] = ()  # (card name, why)
    skipped_names: tuple[tuple[str, str], ...] = ()  # (card name, why)
    kept_both: tuple[tuple[str, str, str], ...] = ()  # (card name, other's name, why)


class ContactsImportService:
    def __init__(self, people: PeopleService) -> None:
        self._people = people

    def preview(
        self,
        path: Path,
        *,
        include_photos: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        encoding: str | None = None,
        complete_cards_only: bool = False,
    ) -> ContactsPreview:
        from companion.importers.vcard import read_vcard_file

        result = read_vcard_file(
            Path(path),
            include_photos=include_photos,
            progress=progress,
            cancelled=cancelled,
            encoding=encoding,
            complete_cards_only=complete_cards_only,
        )
        return self.preview_parsed([(Path(path).name, result)])

    def preview_parsed(self, results: Sequence[tuple[str, VCardParseResult]]) -> ContactsPreview:
        """A preview of files already read (the UI reads them on a worker thread): cards are
        numbered across the files, and matched against each other and the people already here."""
        from companion.importers.vcard import find_duplicates

        contacts: list[ParsedContact] = []
        problems: list[CardProblem] = []
        for _name, result in results:
            offset = len(contacts)
            contacts.extend(replace(c, position=c.position + offset) for c in result.contacts)
            problems.extend(result.problems)
        existing = self.existing_contacts()
        dups: dict[int, list[Duplicate]] = {}
        for dup in find_duplicates(contacts, existing):
            dups.setdefault(dup.position, []).append(dup)
        source = results[0][0] if len(results) == 1 else f"{len(results)} files"
        unsure = next((r for _n, r in results if not r.encoding_confident), None)
        return ContactsPreview(
            source,
            contacts,
            problems,
            dups,
            {e.person_id: e for e in existing},
            encoding=unsure.encoding if unsure else results[0][1].encoding if results else "",
            encoding_confident=unsure is None,
        )

    def existing_contacts(self) -> list[ExistingContact]:
        from companion.importers.vcard import Birthday, ExistingContact, is_landline

        out = []
        for p in self._people.contacts_for_matching():
            methods = p["methods"]
            b = p["birthday"]
            try:
                birthday = Birthday(b[0], b[1], b[2]) if b else None
            except ValueError:
                birthday = None
            out.append(
                ExistingContact(
                    p["id"],
                    p["name"],
                    emails=tuple(v for k, _l, v in methods if k == "email"),
                    phones=tuple(v for k, _l, v in methods if k == "phone"),
                    landlines=tuple(v for k, lb, v in methods if k == "phone" and is_landline(lb)),
                    handles=tuple(v for k, _l, v in methods if k == "handle"),
                    birthday=birthday,
                )
            )
        return out

    def commit(
        self,
        preview: ContactsPreview,
        *,
        decisions: dict[int, Decision] | None = None,
        circles: dict[int, int | None] | None = None,
        default_circle_id: int | None = None,
    ) -> ContactsImportSummary:
        """Write the chosen cards in one transaction: all of them, or (on any error) none.

        "merge" joins a card to the person it matches (someone already here, or the person an
        earlier card of the file becomes); "skip" leaves it out; "import" adds it as a new person.
        """
        decisions = decisions or {}
        circles = circles or {}
        new: list[PersonInput] = []
        # Where each card went: ("new", index into `new`), ("person", id) or ("skip", why).
        fate: dict[int, tuple[str, int | str]] = {}
        merges: list[tuple[int, ParsedContact]] = []
        merged_into: list[tuple[str, str, str, int | None]] = []  # ..., id when already here
        skipped: list[tuple[str, str]] = []
        kept_both: list[tuple[str, str, str]] = []
        for contact in preview.contacts:
            position = contact.position
            decision = decisions.get(position, preview.suggested(position))
            if decision == "skip":
                skipped.append((contact.name, _("left out by choice")))
                fate[position] = ("skip", "")
                continue
            target = preview.merge_target(position) if decision == "merge" else None
            if target is not None and target.existing_person_id is not None:
                pid = target.existing_person_id
                merges.append((pid, contact))
                fate[position] = ("person", pid)
                merged_into.append((contact.name, preview.name_of(target), target.reason, pid))
                continue
            if target is not None and target.other_position is not None:
                where = fate.get(target.other_position)
                if where is not None and where[0] == "new":
                    index = int(where[1])
                    new[index] = _combine(new[index], contact)
                    fate[position] = where
                    merged_into.append((contact.name, preview.name_of(target), target.reason, None))
                    continue
                if where is not None and where[0] == "person":
                    pid = int(where[1])
                    merges.append((pid, contact))
                    fate[position] = where
                    merged_into.append((contact.name, preview.name_of(target), target.reason, pid))
                    continue
                if where is not None and where[0] == "skip":
                    skipped.append(
                        (
                            contact.name,
                            _("the same person as {name}, left out").format(
                                name=preview.name_of(target)
                            ),
                        )
                    )
                    fate[position] = where
                    continue
            fate[position] = ("new", len(new))
            new.append(person_input(contact, circles.get(position, default_circle_id)))
            possible = preview.possible_match(position)
            if possible is not None:
                kept_both.append((contact.name, preview.name_of(possible), possible.reason))
        changed: list[int] = []
        self._people.import_people(
            new,
            merges=[(pid, _methods(c), _birthday(c), c.note, _extras(c)) for pid, c in merges],
            changed=changed,
        )
        # A merge into someone already here that brought nothing new changed nothing.
        unchanged: list[tuple[str, str]] = []
        merged: list[tuple[str, str, str]] = []
        for name, into, why, into_id in merged_into:
            if into_id is not None and into_id not in changed:
                unchanged.append((name, _("already here as {name}, nothing new").format(name=into)))
            else:
                merged.append((name, into, why))
        return ContactsImportSummary(
            added=len(new),
            merged=len(merged),
            skipped=len(skipped),
            problems=len(preview.problems),
            unchanged=len(unchanged),
            merged_into=tuple(merged),
            unchanged_names=tuple(unchanged),
            skipped_names=tuple(skipped),
            kept_both=tuple(kept_both),
        )


def _combine(person: PersonInput, contact: ParsedContact) -> PersonInput:
    """An earlier card's person with a later card of the same person folded in."""
    notes = person.notes
    for part in (contact.organisation, contact.note):
        if part and part not in notes:
            notes = f"{notes}\n{part}".strip()
    combined = replace(
        person,
        contacts=merge_methods(person.contacts, _methods(contact)),
        birthday=person.birthday or _birthday(contact),
        notes=notes,
        photo=person.photo or contact.photo,
    )
    return merge_extras(combined, _extras(contact))


def person_input(contact: ParsedContact, circle_id: int | None) -> PersonInput:
    notes = "\n".join(part for part in (contact.organisation, contact.note) if part)
    return PersonInput(
        name=contact.name,
        circle_id=circle_id,
        birthday=_birthday(contact),
        contacts=_methods(contact),
        notes=notes,
        photo=contact.photo,
        nickname=_nickname(contact),
        dates=_dates(contact) or None,
        related=list(contact.related) or None,
    )


def _nickname(contact: ParsedContact) -> str:
    # A card with no name but a nickname is already called by it.
    return "" if contact.nickname == contact.name else contact.nickname


def _dates(contact: ParsedContact) -> list[SpecialDate]:
    out = []
    for kind, label, when in contact.dates:
        try:
            out.append(SpecialDate(kind, when.month, when.day, when.year, label))
        except InvalidInput:  # the parser already kept only dates on the calendar
            continue
    return out


def _extras(contact: ParsedContact) -> PersonInput:
    """A card's nickname, dates and related names, for a merge into someone."""
    return PersonInput(
        name=contact.name,
        nickname=_nickname(contact),
        dates=_dates(contact),
        related=list(contact.related),
    )


def _birthday(contact: ParsedContact) -> BirthdayDate | None:
    b = contact.birthday
    return BirthdayDate(b.month, b.day, b.year) if b else None


def _methods(contact: ParsedContact) -> list[tuple[str, str, str]]:
    return (
        [("phone", label, value) for label, value in contact.phones]
        + [("email", label, value) for label, value in contact.emails]
        + [("handle", label, value) for label, value in contact.handles]
    )


def summary_lines(
    preview: ContactsPreview, summary: ContactsImportSummary, *, merge_option: bool = True
) -> list[str]:
    """The summary in plain lines: counts first, then who went where and why."""
    count = len(preview.contacts)
    head = ngettext(
        "Read {count} contact from {source}: added {added} new, merged {merged} into people "
        "already there, {unchanged} already there with nothing new",
        "Read {count} contacts from {source}: added {added} new, merged {merged} into people "
        "already there, {unchanged} already there with nothing new",
        count,
    ).format(
        count=count,
        source=preview.source,
        added=summary.added,
        merged=summary.merged,
        unchanged=summary.unchanged,
    )
    if summary.skipped:
        head += _(", left out {skipped}").format(skipped=summary.skipped)
    lines = [head + "."]
    if not preview.encoding_confident:
        lines.append(
            _(
                "The file doesn't say which character set it uses; it was read as {encoding}, "
                "but that is only a guess. If names look wrong, import it again with "
                "--encoding CHARSET (for example cp1251 Cyrillic, cp1253 Greek, cp1255 Hebrew)."
            ).format(encoding=preview.encoding)
        )
    if summary.merged_into:
        lines.append(_("Merged:"))
        lines += [
            "  " + _("{name} into {into} ({why})").format(name=name, into=into, why=why)
            for name, into, why in summary.merged_into
        ]
    if summary.unchanged_names:
        lines.append(_("Already there, nothing new:"))
        lines += [f"  {name} ({why})" for name, why in summary.unchanged_names]
    if summary.kept_both:
        if merge_option:
            lines.append(_("Possible duplicates, both kept (--merge-duplicates merges them):"))
        else:
            lines.append(_("Possible duplicates, both kept:"))
        lines += [
            "  " + _("{name} and {other} ({why})").format(name=name, other=other, why=why)
            for name, other, why in summary.kept_both
        ]
    if summary.skipped_names:
        lines.append(_("Left out:"))
        lines += [f"  {name} ({why})" for name, why in summary.skipped_names]
    if preview.problems:
        lines.append(_("Problems:"))
        lines += [f"  {problem.message}" for problem in preview.problems]
    return lines
