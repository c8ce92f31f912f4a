"""Importing contacts from vCard files: a preview the user confirms, then one all-or-nothing write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from companion.planners.cadence import BirthdayDate
from companion.services.people import PeopleService, PersonInput

if TYPE_CHECKING:
    # vobject and the parser load when contacts are first imported, not with the app.
    from companion.importers.vcard import CardProblem, Duplicate, ParsedContact, VCardParseResult

Decision = Literal["import", "skip", "merge"]


@dataclass
class ContactsPreview:
    """What a file holds, and what looks like someone already known. Nothing is written yet."""

    source: str
    contacts: list[ParsedContact]
    problems: list[CardProblem]
    duplicates: dict[int, list[Duplicate]] = field(default_factory=dict)  # by card position

    def suggested(self, position: int) -> Decision:
        """Import new people; for a likely duplicate of someone known, merge; of an earlier card, skip."""
        dups = self.duplicates.get(position, [])
        if any(d.existing_person_id is not None for d in dups):
            return "merge"
        if dups:
            return "skip"
        return "import"


@dataclass(frozen=True)
class ContactsImportSummary:
    added: int
    merged: int
    skipped: int
    problems: int


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
    ) -> ContactsPreview:
        from companion.importers.vcard import read_vcard_file

        result = read_vcard_file(
            Path(path), include_photos=include_photos, progress=progress, cancelled=cancelled
        )
        return self.preview_parsed([(Path(path).name, result)])

    def preview_parsed(self, results: Sequence[tuple[str, VCardParseResult]]) -> ContactsPreview:
        """A preview of files already read (the UI reads them on a worker thread): cards are
        numbered across the files, and matched against each other and the people already here."""
        from companion.importers.vcard import ExistingContact, find_duplicates

        contacts: list[ParsedContact] = []
        problems: list[CardProblem] = []
        for _name, result in results:
            offset = len(contacts)
            contacts.extend(replace(c, position=c.position + offset) for c in result.contacts)
            problems.extend(result.problems)
        existing = [
            ExistingContact(pid, name, emails, phones)
            for pid, name, emails, phones in self._people.existing_contacts()
        ]
        dups: dict[int, list[Duplicate]] = {}
        for dup in find_duplicates(contacts, existing):
            dups.setdefault(dup.position, []).append(dup)
        source = results[0][0] if len(results) == 1 else f"{len(results)} files"
        return ContactsPreview(source, contacts, problems, dups)

    def commit(
        self,
        preview: ContactsPreview,
        *,
        decisions: dict[int, Decision] | None = None,
        circles: dict[int, int | None] | None = None,
        default_circle_id: int | None = None,
    ) -> ContactsImportSummary:
        """Write the chosen cards in one transaction: all of them, or (on any error) none."""
        decisions = decisions or {}
        circles = circles or {}
        new: list[PersonInput] = []
        merges: list[tuple[int, ParsedContact]] = []
        skipped = 0
        for contact in preview.contacts:
            decision = decisions.get(contact.position, preview.suggested(contact.position))
            if decision == "skip":
                skipped += 1
            elif decision == "merge":
                target = next(
                    (
                        d.existing_person_id
                        for d in preview.duplicates.get(contact.position, [])
                        if d.existing_person_id
                    ),
                    None,
                )
                if target is None:
                    skipped += 1
                else:
                    merges.append((target, contact))
            else:
                new.append(person_input(contact, circles.get(contact.position, default_circle_id)))
        self._people.import_people(
            new, merges=[(pid, _methods(c), _birthday(c), c.note) for pid, c in merges]
        )
        return ContactsImportSummary(len(new), len(merges), skipped, len(preview.problems))


def person_input(contact: ParsedContact, circle_id: int | None) -> PersonInput:
    notes = "\n".join(part for part in (contact.organisation, contact.note) if part)
    return PersonInput(
        name=contact.name,
        circle_id=circle_id,
        birthday=_birthday(contact),
        contacts=_methods(contact),
        notes=notes,
        photo=contact.photo,
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
