"""Contacts import over a real vault: who is the same person, who is only possibly the same,
legacy character sets, files cut off, cards with only a handle, and re-imports that change nothing.
Every file here is written by the test itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain.errors import ImportFailed
from companion.importers.vcard import FileEndsInsideCard, parse_vcards
from companion.services.contacts_import import summary_lines


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def write(tmp_path: Path, text: str, name: str = "contacts.vcf", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(companion) -> list[str]:
    return sorted(p.name for p in companion.people.list())


def import_file(companion, path: Path, **kwargs):
    preview = companion.contacts_import.preview(path, **kwargs)
    return preview, companion.contacts_import.commit(preview)


FAMILY = (
    # Two people of one household share only the landline.
    card("FN:Maria Silva", "TEL;TYPE=HOME:+351 21 123 4567", "TEL;TYPE=CELL:+351 91 111 1111")
    + card("FN:João Silva", "TEL;TYPE=HOME:+351 21 123 4567", "EMAIL:joao@example.pt")
    # The same name, but a different email and phone: a different person.
    + card("FN:Ana Costa", "EMAIL:ana@work.example", "TEL;TYPE=CELL:+351 92 222 2222")
    + card("FN:Ana Costa", "EMAIL:ana.costa@home.example", "TEL;TYPE=CELL:+351 93 333 3333")
    # The same email: surely the same person, split over two cards by the phone.
    + card("FN:Rui Lopes", "EMAIL:rui@example.pt")
    + card("FN:Rui L.", "EMAIL:RUI@example.pt", "TEL;TYPE=CELL:+351 94 444 4444")
    # The same name and mobile number: the same person.
    + card("FN:Inês Sá", "TEL;TYPE=CELL:+351 95 555 5555")
    + card("FN:Inês Sá", "TEL;TYPE=CELL:00351 95 555 5555", "BDAY:1990-04-01")
)


def test_shared_landline_and_same_name_keep_distinct_people(companion, tmp_path) -> None:
    preview, summary = import_file(companion, write(tmp_path, FAMILY))
    assert names(companion) == [
        "Ana Costa",
        "Ana Costa",
        "Inês Sá",
        "João Silva",
        "Maria Silva",
        "Rui Lopes",
    ]
    assert (summary.added, summary.merged, summary.skipped) == (6, 2, 0)
    assert summary.merged_into == (
        ("Rui L.", "Rui Lopes", "same email address (RUI@example.pt)"),
        ("Inês Sá", "Inês Sá", "same name and mobile number (00351 95 555 5555)"),
    )
    # The two Anas are both kept and named as a possible duplicate; the Silvas aren't even that.
    assert summary.kept_both == (("Ana Costa", "Ana Costa", "same name, but different details"),)
    rui = next(p for p in companion.people.list() if p.name == "Rui Lopes")
    assert ("phone", "mobile", "+351 94 444 4444") in companion.people.get(rui.id).contacts
    ines = next(p for p in companion.people.list() if p.name == "Inês Sá")
    assert companion.people.get(ines.id).birthday is not None
    lines = summary_lines(preview, summary)
    assert lines[0] == (
        "Read 8 contacts from contacts.vcf: added 6 new, merged 2 into people already there, "
        "0 already there with nothing new."
    )
    assert "Possible duplicates, both kept (--merge-duplicates merges them):" in lines
    assert "  Ana Costa and Ana Costa (same name, but different details)" in lines


def test_a_second_import_of_the_same_file_changes_nothing(companion, tmp_path) -> None:
    path = write(tmp_path, FAMILY)
    import_file(companion, path)
    before = [(p.name, companion.people.get(p.id)) for p in companion.people.list()]
    preview, summary = import_file(companion, path)
    assert (summary.added, summary.merged, summary.skipped) == (0, 0, 0)
    assert summary.unchanged == 8
    after = [(p.name, companion.people.get(p.id)) for p in companion.people.list()]
    assert after == before
    # Every card that didn't become someone new is named with the reason.
    assert [name for name, _why in summary.unchanged_names] == [c.name for c in preview.contacts]
    assert all("nothing new" in why for _name, why in summary.unchanged_names)


def test_possible_duplicates_merged_on_request(companion, tmp_path) -> None:
    preview = companion.contacts_import.preview(write(tmp_path, FAMILY))
    pairs = preview.possible_duplicates()
    assert [(c.name, d.other_position) for c, d in pairs] == [("Ana Costa", 3)]
    decisions = {c.position: "merge" for c, _d in pairs}
    summary = companion.contacts_import.commit(preview, decisions=decisions)
    assert names(companion).count("Ana Costa") == 1
    assert summary.kept_both == ()
    assert summary.merged == 3


def test_a_possible_duplicate_of_someone_already_here_is_kept(companion, tmp_path) -> None:
    import_file(companion, write(tmp_path, card("FN:Sam Reed", "EMAIL:sam@one.example")))
    _preview, summary = import_file(
        companion, write(tmp_path, card("FN:Sam Reed", "EMAIL:sam@two.example"), "two.vcf")
    )
    assert names(companion) == ["Sam Reed", "Sam Reed"]
    assert summary.kept_both == (("Sam Reed", "Sam Reed", "same name, but different details"),)
    skipped_preview = companion.contacts_import.preview(tmp_path / "two.vcf")
    position = skipped_preview.contacts[0].position
    summary = companion.contacts_import.commit(skipped_preview, decisions={position: "skip"})
    assert summary.skipped_names == (("Sam Reed", "left out by choice"),)


def test_real_android_export_keeps_all_six_cards(companion, realdata: Path) -> None:
    path = realdata / "vcard" / "ezvcard_John_Doe_ANDROID.vcf"
    _preview, summary = import_file(companion, path)
    assert summary.added + summary.merged == 6
    assert summary.skipped == 0
    again = companion.contacts_import.commit(companion.contacts_import.preview(path))
    assert (again.added, again.merged, again.unchanged) == (0, 0, 6)


# ---------------------------------------------------------------- legacy character sets

HEBREW = card("N:קישון;אפרים", "FN:אפרים קישון", "TEL;TYPE=CELL:+972 50 123 4567")


def test_hebrew_card_in_cp1255_is_not_read_silently_as_latin(companion, tmp_path) -> None:
    path = write(tmp_path, HEBREW.replace("VERSION:3.0", "VERSION:2.1"), encoding="cp1255")
    preview = companion.contacts_import.preview(path)
    (contact,) = preview.contacts
    if contact.name != "אפרים קישון":
        # Too few letters for a sure guess: the summary says so, and Hebrew is a choice.
        assert not preview.encoding_confident
        summary = companion.contacts_import.commit(preview)
        assert any("only a guess" in line for line in summary_lines(preview, summary))
        result = parse_vcards(path.read_bytes())
        hebrew = [c for c in result.encoding_choices if c.codec == "cp1255"]
        assert hebrew and "אפרים קישון" in hebrew[0].sample
    chosen = companion.contacts_import.preview(path, encoding="cp1255")
    assert chosen.contacts[0].name == "אפרים קישון"
    assert chosen.encoding_confident


def test_a_longer_hebrew_card_is_recognised(tmp_path) -> None:
    text = HEBREW.replace(
        "END:VCARD", "NOTE:סופר והומוריסטן ישראלי, כתב על החיים בארץ ועל המשפחה\r\nEND:VCARD"
    )
    result = parse_vcards(text.encode("cp1255"))
    assert result.encoding == "cp1255"
    assert result.contacts[0].name == "אפרים קישון"


def test_utf8_and_western_files_stay_confident() -> None:
    text = card("FN:François Müller", "NOTE:Café au lait")
    for encoding in ("utf-8", "cp1252"):
        result = parse_vcards(text.encode(encoding))
        assert result.encoding_confident
        assert result.contacts[0].name == "François Müller"


# ---------------------------------------------------------------- files cut off


def test_a_file_cut_inside_a_card_is_refused_and_nothing_stored(companion, tmp_path) -> None:
    whole = "".join(card(f"FN:Person {n}", f"TEL;TYPE=CELL:+44 7700 9{n:05d}") for n in range(1000))
    cut = whole[: len(whole) // 2]
    cut = cut[: cut.rindex("TEL")]  # inside a card
    path = write(tmp_path, cut, "cut.vcf")
    last = cut.count("BEGIN:VCARD")
    with pytest.raises(FileEndsInsideCard) as refused:
        companion.contacts_import.preview(path)
    assert str(refused.value).startswith(f"cut.vcf ends in the middle of a card (card {last}, ")
    assert refused.value.line == 1 + (last - 1) * 5
    assert companion.people.list() == []
    # The explicit choice: the complete cards, the cut one named as left out.
    preview, summary = import_file(companion, path, complete_cards_only=True)
    assert summary.added == last - 1
    assert [p.position for p in preview.problems] == [last]


def test_a_single_cut_card_is_refused(companion, tmp_path) -> None:
    path = write(tmp_path, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\n")
    with pytest.raises(ImportFailed, match="ends in the middle of a card"):
        companion.contacts_import.preview(path)


# ---------------------------------------------------------------- cards kept


def test_a_card_with_only_a_name_or_only_a_handle_is_kept(companion, tmp_path) -> None:
    text = (
        card("NICKNAME:Kai", "IMPP:xmpp:kai@jabber.example")
        + card("IMPP;X-SERVICE-TYPE=Skype:skype:only.a.handle")
        + card("N:Okoro;Ngozi;;;", "X-JABBER:ngozi@jabber.example")
    )
    _preview, summary = import_file(companion, write(tmp_path, text))
    assert summary.added == 3
    assert names(companion) == ["Kai", "Ngozi Okoro", "only.a.handle"]
    kai = next(p for p in companion.people.list() if p.name == "Kai")
    assert list(companion.people.get(kai.id).contacts) == [
        ("handle", "Jabber", "kai@jabber.example")
    ]


def test_the_outer_card_of_nested_agent_cards_is_kept(companion, tmp_path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nAGENT:\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Assistant\r\nAGENT:\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Deputy\r\nEND:VCARD\r\n"
        "END:VCARD\r\n"
        "N:Boss;Big\r\nTEL;CELL:+44 7700 900555\r\nEND:VCARD\r\n"
        + card("FN:After", "EMAIL:after@example.com")
    )
    _preview, summary = import_file(companion, write(tmp_path, text))
    assert names(companion) == ["After", "Big Boss"]
    assert summary.added == 2
