"""People exported as vCard 4.0 (nicknames, other dates and related names too) and read back by the
same importer: identical, and a second import
of the export into the same vault changes nothing."""

from __future__ import annotations

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.special_dates import SpecialDate
from companion.exporters.vcard import export_vcard
from companion.facade import Companion
from companion.services.people import PersonInput
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE

PEOPLE = [
    PersonInput(
        name="Ngozi Okafor, PhD",
        birthday=BirthdayDate(3, 22, 1980),
        contacts=[
            ("phone", "mobile", "+44 7700 900123"),
            ("phone", "Gran's landline", "0161 496 0000"),
            ("phone", "work fax", "+44 161 496 0999"),
            ("email", "work", "ngozi@example.org"),
            ("email", "", "ngozi.o@example.net"),
            ("handle", "Skype", "ngozi.okafor"),
            ("handle", "Signal", "+44 7700 900123"),
        ],
        notes="Met at the allotment.\nLoves: tomatoes; beans, and \\ backslashes",
        nickname="Ngo",
        dates=[
            SpecialDate("anniversary", 6, 15, 2010),
            SpecialDate("anniversary", 9, 1, label="Wedding"),
            SpecialDate("custom", 2, 29, label="Gotcha day; with, punctuation"),
        ],
        related=[("spouse", "Chidi"), ("Gran", "Ada Okafor")],
    ),
    PersonInput(name="אפרים קישון", birthday=BirthdayDate(2, 29, None)),
    PersonInput(name="山田 太郎", contacts=[("handle", "Jabber", "taro@jabber.example")]),
]


def _people(companion: Companion) -> list[tuple]:
    return sorted(
        (
            p.name,
            sorted(p.contacts),
            p.birthday,
            p.notes,
            p.nickname,
            [(d.title, d.month, d.day, d.year) for d in p.dates],
            p.related,
        )
        for p in companion.people.list(include_archived=True)
    )


def test_vcard_export_reads_back_identically(tmp_path, clock) -> None:
    source, _ = Companion.create(tmp_path / "a", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with source:
        for person in PEOPLE:
            source.people.add(person)
        archived = source.people.add(PersonInput(name="Old Friend"))
        source.people.set_archived(archived)
        target = tmp_path / "people.vcf"
        assert export_vcard(source, target) == 4
        want = _people(source)
        text = target.read_text(encoding="utf-8")
        assert text.count("BEGIN:VCARD") == 4 and "VERSION:4.0" in text
        # Into the same vault: everyone is already there with nothing new.
        again = source.contacts_import.commit(source.contacts_import.preview(target))
        assert (again.added, again.merged, again.unchanged) == (0, 0, 4)
        assert _people(source) == want
    other, _ = Companion.create(tmp_path / "b", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with other:
        summary = other.contacts_import.commit(other.contacts_import.preview(target))
        assert summary.added == 4 and summary.kept_both == ()
        assert _people(other) == want


def test_vcard_export_refuses_the_profile_folder(tmp_path, clock) -> None:
    c, _ = Companion.create(tmp_path / "a", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with c:
        with pytest.raises(InvalidInput):
            export_vcard(c, tmp_path / "a" / "people.vcf")
        assert not (tmp_path / "a" / "people.vcf").exists()
