"""The vCard reader on real exports from phones, Gmail, Apple and Outlook, on re-encoded and damaged
files, and on random bytes."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.errors import Cancelled, ImportFailed, InvalidInput
from companion.importers.vcard import (
    Birthday,
    Duplicate,
    ExistingContact,
    FileEndsInsideCard,
    ParsedContact,
    VCardParseResult,
    find_duplicates,
    normalise_phone,
    parse_birthday,
    parse_vcards,
    read_vcard_file,
)

JOHN_DOE_NOTE_START = "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS"
# A 1x1 PNG, small enough to write into a card by hand.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def vcard_dir(realdata: Path) -> Path:
    return realdata / "vcard"


def only(result: VCardParseResult) -> ParsedContact:
    assert result.problems == []
    assert len(result.contacts) == 1
    return result.contacts[0]


# ---------------------------------------------------------------- real files


def test_every_real_file_parses_without_problems(realdata: Path) -> None:
    files = sorted(vcard_dir(realdata).glob("*.vcf"))
    assert len(files) == 8
    for path in files:
        result = read_vcard_file(path)
        assert result.problems == [], path.name
        assert result.contacts, path.name
        assert all(c.name for c in result.contacts), path.name


def test_android_21_quoted_printable_charset_and_soft_breaks(realdata: Path) -> None:
    result = read_vcard_file(vcard_dir(realdata) / "ezvcard_John_Doe_ANDROID.vcf")
    assert result.problems == []
    cards = result.contacts
    assert [c.position for c in cards] == [1, 2, 3, 4, 5, 6]
    assert [c.line for c in cards] == [1, 6, 11, 18, 36, 71]
    # Cards with only an email are named by it.
    assert cards[0].name == "john.doe@company.com"
    assert cards[0].emails == [("", "john.doe@company.com")]
    assert cards[1].name == "jane.doe@company.com"
    assert cards[2].name == "Ñ Ñ Ñ Ñ Ñ"
    assert cards[2].family_name == "Ñ Ñ Ñ Ñ"
    assert cards[2].phones == [("mobile", "123456789")]
    # A soft line break in the middle of the name.
    assert cards[3].name == " ".join(["Ñ"] * 11)
    assert cards[3].phones == [
        ("mobile", "123456"),
        ("home", "234567"),
        ("mobile", "3456789"),
        ("home", "45678901"),
    ]
    assert cards[3].note.split("\n")[0] == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ"
    assert cards[4].name == "Ñ Ñ Ñ Ñ"
    assert (cards[4].given_name, cards[4].family_name) == ("Ñ Ñ Ñ", "Ñ Ñ")
    assert cards[4].emails == [("work", "bob@company.com"), ("", "Ñ" * 14)]
    assert cards[4].organisation == "Ñ" * 12
    assert cards[4].phones == [("mobile", "123456")]
    assert cards[5].name == "ÑÑÑÑ"
    assert cards[5].phones == [("mobile", "55556666")]
    assert cards[5].emails == [("", "henry@company.com")]
    # Four soft-broken lines joined.
    assert cards[5].organisation == "Ñ" * 44
    assert all(c.birthday is None and c.photo is None for c in cards)


def test_iphone_30_groups_labels_and_birthday(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "ezvcard_John_Doe_IPHONE.vcf"))
    assert c.name == "Mr. John Richter James Doe Sr."
    assert (c.given_name, c.family_name) == ("John", "Doe")
    assert c.organisation == "IBM, Accounting"
    assert c.emails == [("", "john.doe@ibm.com")]
    assert c.phones == [
        ("mobile", "905-555-1234"),
        ("home", "905-666-1234"),
        ("work", "905-777-1234"),
        ("home fax", "905-888-1234"),
        ("work fax", "905-999-1234"),
        ("pager", "905-111-1234"),
        ("assistant phone", "905-222-1234"),  # item2.X-ABLabel:_$!<AssistantPhone>!$_
    ]
    assert c.birthday == Birthday(month=6, day=6, year=2012)
    assert c.photo is None and c.photo_mime == ""


def test_gmail_30_escaped_comma_and_long_note(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "ezvcard_John_Doe_GMAIL.vcf"))
    # vobject alone keeps only "Mr. John Richter" of an FN with an unescaped comma.
    assert c.name == "Mr. John Richter, James Doe Sr."
    assert (c.given_name, c.family_name) == ("John", "Doe")
    assert c.emails == [("home", "john.doe@ibm.com")]
    assert c.phones == [("mobile", "905-555-1234"), ("home", "905-666-1234")]
    assert c.birthday == Birthday(month=3, day=22, year=1980)
    assert c.organisation == "IBM"
    assert c.note.startswith(JOHN_DOE_NOTE_START + ' "AS IS" AND ANY EXPRESS')
    assert "WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED" in c.note
    assert c.note.endswith("SUCH DAMAGE.\nFavotire Color: Blue")


def test_mac_address_book_mixed_line_endings(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf"))
    assert c.name == "Mr. John Richter,James Doe Sr."
    assert (c.given_name, c.family_name) == ("John", "Doe")
    assert c.emails == [("work", "john.doe@ibm.com")]
    assert c.phones == [
        ("work", "905-777-1234"),
        ("home", "905-666-1234"),
        ("mobile", "905-555-1234"),
        ("home fax", "905-888-1234"),
        ("work fax", "905-999-1234"),
        ("pager", "905-111-1234"),
        ("AssistantPhone", "905-222-1234"),  # a plain X-ABLabel is kept as written
    ]
    assert c.birthday == Birthday(month=6, day=6, year=2012)
    assert c.organisation == "IBM, Accounting"
    assert c.note.startswith(JOHN_DOE_NOTE_START)


def test_vcard4_birthday_without_year_and_tel_uris(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "ezvcard_rfc6350-example.vcf"))
    assert c.name == "Simon Perreault"
    assert (c.given_name, c.family_name) == ("Simon", "Perreault")
    assert c.birthday == Birthday(month=2, day=3, year=None)
    assert c.phones == [("work", "+1-418-656-9254 ext. 102"), ("work mobile", "+1-418-262-6501")]
    assert c.emails == [("work", "simon.perreault@viagenie.ca")]
    assert c.organisation == "Viagenie"


def test_aosp_21_complicated(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "aosp-cm_v21_complicated.vcf"))
    assert c.name == "Joe Due"
    assert (c.given_name, c.family_name) == ("Forrest", "Gump")
    assert c.phones == [
        ("work", "(111) 555-1212"),
        ("home", "(404) 555-1212"),
        ("mobile", "0311111111"),
        ("", "0322222222"),
        ("", "0333333333"),
    ]
    assert c.emails == [("", "forrestgump@walladalla.com"), ("mobile", "cell@example.com")]
    assert c.birthday == Birthday(month=1, day=1, year=1980)
    assert c.organisation == "Gump Shrimp Co., Sales Dept.;Manager, Fish keeper"
    assert c.note == (
        "The following note is the example from RFC 2045.\n"
        "Now's the time for all folk to come to the aid of their country."
    )


def test_outlook_21_german(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "folkerkinzel_Outlook_v2.vcf"))
    assert c.name == "Herr Max Anderer Mustermann sen."
    assert (c.given_name, c.family_name) == ("Max", "Mustermann")
    assert c.phones == [
        ("work", "+49 (0611) 123456 - 11"),
        ("home", "+49 (0611) 123456 - 12"),
        ("mobile", "+49 (0611) 123456 - 14"),
        ("work fax", "+49 (0611) 123456 - 13"),
    ]
    assert c.emails == [("", "max.mustermann@musterfirma.de")]
    assert c.handles == [("IM", "chatadresse")]
    assert c.organisation == "Musterfirma GmbH"
    assert c.note == "Hier noch ein paar notizen"
    assert c.birthday is None


def test_whatsapp_30_empty_family_name(realdata: Path) -> None:
    c = only(read_vcard_file(vcard_dir(realdata) / "folkerkinzel_WhatsAppIssue.vcf"))
    assert c.name == "zzMad Perla 45"
    assert (c.given_name, c.family_name) == ("zzMad Perla 45", "")
    # The same number twice (home, WhatsApp) is kept once.
    assert c.phones == [("home", "7yy-zzz-xxx")]
    assert c.emails == []
    assert c.note == "PERLA\nmadrid"


# ---------------------------------------------------------------- photos


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("ezvcard_John_Doe_IPHONE.vcf", 32531),
        ("ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf", 18242),
        ("folkerkinzel_Outlook_v2.vcf", 23182),
        ("aosp-cm_v21_complicated.vcf", 3888),
    ],
)
def test_photos_skipped_by_default_and_kept_on_request(
    realdata: Path, name: str, size: int
) -> None:
    path = vcard_dir(realdata) / name
    without = only(read_vcard_file(path))
    assert without.photo is None and without.photo_mime == ""
    with_photo = only(read_vcard_file(path, include_photos=True))
    assert with_photo.photo is not None
    assert len(with_photo.photo) == size
    assert with_photo.photo.startswith(b"\xff\xd8\xff")
    assert with_photo.photo.rstrip(b"\x00\r\n").endswith(b"\xff\xd9")
    assert with_photo.photo_mime == "image/jpeg"
    assert with_photo.name == without.name


def test_photo_as_vcard4_data_uri_and_as_web_address() -> None:
    encoded = base64.b64encode(PNG).decode()
    data = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Pat\nPHOTO:data:image/png;base64," + encoded + "\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Sam\nPHOTO;VALUE=uri:http://example.com/sam.jpg\n"
        "END:VCARD\n"
    ).encode()
    pat, sam = parse_vcards(data, include_photos=True).contacts
    assert (pat.photo, pat.photo_mime) == (PNG, "image/png")
    assert (sam.photo, sam.photo_mime) == (None, "")


def test_photo_in_21_bare_base64_ended_by_blank_line() -> None:
    encoded = base64.b64encode(PNG).decode()
    lines = [encoded[i : i + 40] for i in range(0, len(encoded), 40)]
    data = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N:Lee;Ann",
            "PHOTO;ENCODING=BASE64;PNG:" + lines[0],
            *lines[1:],
            "",
            "TEL;CELL:07700 900123",
            "END:VCARD",
            "",
        ]
    ).encode()
    c = only(parse_vcards(data, include_photos=True))
    assert (c.photo, c.photo_mime) == (PNG, "image/png")
    assert c.phones == [("mobile", "07700 900123")]
    assert c.name == "Ann Lee"


# ---------------------------------------------------------------- encodings


SMALL_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;François\r\nFN:François Müller\r\n"
    "TEL;TYPE=CELL:+33 6 12 34 56 78\r\nEMAIL;TYPE=HOME:francois@example.fr\r\n"
    "BDAY:--0704\r\nNOTE:Café au lait\\, «toujours»\r\nEND:VCARD\r\n"
)
JAPANESE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎\r\nFN:山田 太郎\r\n"
    "TEL;TYPE=CELL:090-1234-5678\r\nNOTE:メモです。東京\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]
)
def test_western_card_in_each_encoding(encoding: str) -> None:
    c = only(parse_vcards(SMALL_CARD.encode(encoding)))
    assert c.name == "François Müller"
    assert (c.given_name, c.family_name) == ("François", "Müller")
    assert c.phones == [("mobile", "+33 6 12 34 56 78")]
    assert c.emails == [("home", "francois@example.fr")]
    assert c.birthday == Birthday(month=7, day=4, year=None)
    assert c.note == "Café au lait, «toujours»"


def test_latin1_card() -> None:
    c = only(parse_vcards(SMALL_CARD.encode("latin-1")))
    assert c.name == "François Müller"


@pytest.mark.parametrize("encoding", ["shift_jis", "cp932", "euc_jp", "utf-16", "utf-8-sig"])
def test_japanese_card_in_each_encoding(encoding: str) -> None:
    c = only(parse_vcards(JAPANESE_CARD.encode(encoding)))
    assert c.name == "山田 太郎"
    assert (c.given_name, c.family_name) == ("太郎", "山田")
    assert c.phones == [("mobile", "090-1234-5678")]
    assert c.note == "メモです。東京"


def test_21_charset_parameter_names_the_encoding_of_raw_bytes() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:"
        + "佐藤;花子".encode("shift_jis")
        + b"\r\nTEL;HOME:03-1234-5678\r\nEND:VCARD\r\n"
    )
    c = only(parse_vcards(data))
    assert c.name == "花子 佐藤"
    assert c.phones == [("home", "03-1234-5678")]


def test_quoted_printable_in_each_charset() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8ER=93c;=91=BE=98Y\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Gr=FC=DFe aus=0D=0A=\r\nK=F6ln\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;QUOTED-PRINTABLE:J=FCrgen\r\n"  # no charset: not UTF-8, so guessed
        "END:VCARD\r\n"
    ).encode("ascii")
    result = parse_vcards(data)
    assert result.problems == []
    first, second = result.contacts
    assert (first.family_name, first.given_name) == ("山田", "太郎")
    assert first.note == "Grüße aus\nKöln"
    assert second.name == "Jürgen"


# ---------------------------------------------------------------- Apple and other habits


APPLE_CARD = """BEGIN:VCARD
VERSION:3.0
N:Rivera;Sam;;;
FN:Sam Rivera
item1.TEL;type=pref:+44 7700 900456
item1.X-ABLabel:Gran's landline
item2.EMAIL;type=INTERNET:sam@example.org
item2.X-ABLabel:_$!<Other>!$_
BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-22
IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:sam.rivera
IMPP:xmpp:sam@jabber.example.org
X-SOCIALPROFILE;type=twitter;x-user=samr:http://twitter.com/samr
X-AIM;type=HOME:samaim
ORG:Rivera & Daughters\\, Ltd;Bakery
END:VCARD
"""


def test_apple_groups_omitted_year_and_handles() -> None:
    c = only(parse_vcards(APPLE_CARD.encode()))
    assert c.name == "Sam Rivera"
    assert c.phones == [("Gran's landline", "+44 7700 900456")]
    assert c.emails == [("other", "sam@example.org")]
    assert c.birthday == Birthday(month=3, day=22, year=None)
    assert c.handles == [
        ("Skype", "sam.rivera"),
        ("Jabber", "sam@jabber.example.org"),
        ("Twitter", "samr"),
        ("AIM", "samaim"),
    ]
    assert c.organisation == "Rivera & Daughters, Ltd, Bakery"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1980-03-22", Birthday(3, 22, 1980)),
        ("19800322", Birthday(3, 22, 1980)),
        ("1980-03-22T00:00:00Z", Birthday(3, 22, 1980)),
        ("--0203", Birthday(2, 3, None)),
        ("--02-03", Birthday(2, 3, None)),
        ("--0229", Birthday(2, 29, None)),
        ("1604-03-22", Birthday(3, 22, None)),
        ("0000-12-01", Birthday(12, 1, None)),
        ("circa 1800", None),
        ("---22", None),
        ("1985", None),
    ],
)
def test_parse_birthday(value: str, expected: Birthday | None) -> None:
    assert parse_birthday(value) == expected


def test_parse_birthday_with_apple_omit_year_parameter() -> None:
    assert parse_birthday("1900-05-06", omit_year="1900") == Birthday(5, 6, None)
    assert parse_birthday("1900-05-06") == Birthday(5, 6, 1900)


def test_birthday_validates() -> None:
    assert Birthday(2, 29, None).year is None
    assert Birthday(2, 29, 2024).day == 29
    for month, day, year in ((2, 29, 2023), (13, 1, None), (4, 31, None), (1, 0, 2000), (1, 1, 0)):
        with pytest.raises(InvalidInput):
            Birthday(month, day, year)


def test_impossible_birthday_is_left_out_and_reported() -> None:
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:Kim\nBDAY:2019-13-45\nEND:VCARD\n"
    result = parse_vcards(data)
    assert [c.name for c in result.contacts] == ["Kim"]
    assert result.contacts[0].birthday is None
    assert [p.message for p in result.problems] == [
        "Card 1 (line 1): the birthday “2019-13-45” isn't a date we can read, so it was left out."
    ]


def test_name_falls_back_to_n_then_organisation_then_email_then_phone() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Ada;Ngozi;Dr.;\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nORG:Corner Shop\nTEL:0123 456789\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nEMAIL:lee@example.com\nTEL:0123 456789\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:0123 456789\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n"
    )
    result = parse_vcards(data)
    assert [c.name for c in result.contacts] == [
        "Dr. Ada Ngozi Okafor",
        "Corner Shop",
        "lee@example.com",
        "0123 456789",
    ]
    assert [(p.position, p.line) for p in result.problems] == [(5, 19)]
    assert "has no name or any way to reach them" in result.problems[0].message


def test_raw_line_break_in_a_note_and_nested_agent_card() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN:Robin\nNOTE:first line\nsecond line, still the note\n"
        b"AGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nTEL:111111111\nEND:VCARD\n"
        b"TEL;WORK:222222222\nEND:VCARD\n"
    )
    c = only(parse_vcards(data))
    assert c.name == "Robin"
    assert c.note == "first line\nsecond line, still the note"
    assert c.phones == [("work", "222222222")]


# ---------------------------------------------------------------- broken and foreign files


def test_one_broken_card_among_good_ones() -> None:
    good = "BEGIN:VCARD\nVERSION:3.0\nFN:{0}\nTEL:0{0}\nEND:VCARD\n"
    data = (
        good.format(111111)
        + "BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nTEL:0999\n"  # no END:VCARD
        + good.format(333333)
        + "some text between cards\n"
        + good.format(444444)
        + "BEGIN:VCARD\nVERSION:3.0\nFN:Last\n"  # the file ends inside a card
    ).encode()
    with pytest.raises(FileEndsInsideCard) as cut:
        parse_vcards(data, source_name="cut.vcf")
    assert (cut.value.position, cut.value.line) == (5, 21)
    result = parse_vcards(data, complete_cards_only=True)
    assert [(c.position, c.line, c.name) for c in result.contacts] == [
        (1, 1, "111111"),
        (3, 10, "333333"),
        (4, 16, "444444"),
    ]
    assert [p.message for p in result.problems] == [
        "Card 2 (line 6) couldn't be read: no END:VCARD.",
        "Card 5 (line 21) the file ends inside it (it looks cut off), so it was left out.",
    ]


def test_junk_lines_inside_a_card_are_skipped() -> None:
    data = (
        b'BEGIN:VCARD\nVERSION:3.0\nFN:Noor\nTEL;TYPE=WORK VOICE;"bad:0101010101\n'
        b"EMAIL;TYPE=home:noor@example.com\n:no name\nX-bad name:1\nEND:VCARD\n"
    )
    c = only(parse_vcards(data))
    assert c.name == "Noor"
    assert c.emails == [("home", "noor@example.com")]


@pytest.mark.parametrize(
    "data",
    [
        b"name,email\nAnn,ann@example.com\n",
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "Just some words, no contacts.".encode("utf-16"),
    ],
)
def test_not_a_vcard_file(data: bytes) -> None:
    with pytest.raises(ImportFailed) as raised:
        parse_vcards(data, source_name="contacts.vcf")
    assert str(raised.value) == (
        "contacts.vcf doesn't look like a vCard file (no BEGIN:VCARD found)."
    )


@pytest.mark.parametrize("data", [b"", b"\r\n  \n", b"\xef\xbb\xbf"])
def test_empty_file(data: bytes) -> None:
    with pytest.raises(ImportFailed, match="The file is empty"):
        parse_vcards(data)


def test_files_on_disk(tmp_path: Path) -> None:
    missing = tmp_path / "gone.vcf"
    with pytest.raises(ImportFailed, match=r"^gone\.vcf couldn't be read: "):
        read_vcard_file(missing)
    with pytest.raises(ImportFailed, match=r"couldn't be read"):
        read_vcard_file(tmp_path)
    csv = tmp_path / "people.csv"
    csv.write_text("name\nAnn\n")
    with pytest.raises(ImportFailed, match=r"^people\.csv doesn't look like a vCard file"):
        read_vcard_file(csv)


# ---------------------------------------------------------------- duplicates


def test_normalise_phone() -> None:
    assert normalise_phone("+44 7700 900123") == normalise_phone("07700 900123") == "700900123"
    assert normalise_phone("tel:+1-418-656-9254;ext=102") == normalise_phone("(418) 656-9254")
    assert normalise_phone("555-1234 ext. 99") == normalise_phone("555 1234")
    assert normalise_phone("０９０-１２３４-５６７８") == normalise_phone("09012345678")
    assert normalise_phone("112") == "112"
    assert normalise_phone("7yy-zzz-xxx") == "7"
    assert normalise_phone("unknown") == ""


def test_find_duplicates_within_the_file_and_against_existing() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:ann@example.com\nTEL:+44 7700 900123\n"
        b"END:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:  ANN   lee \nEMAIL:other@example.com\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Bob\nTEL:07700 900123\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Carol\nEMAIL:ANN@Example.com\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Dora\nTEL;TYPE=HOME:555-0100-999\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Eve\nEMAIL:eve@example.com\nEND:VCARD\n"
        # A name taken from the organisation, and a number too short to tell people apart.
        b"BEGIN:VCARD\nVERSION:3.0\nORG:Corner Shop\nTEL:999\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nORG:Corner Shop\nTEL:999\nEND:VCARD\n"
    )
    contacts = parse_vcards(data).contacts
    existing = [
        ExistingContact(7, "Dorothy", emails=(), phones=("+1 555 0100 999",)),
        ExistingContact(8, "eve", emails=("someone@example.com",)),
        ExistingContact(9, "Eve Adams", emails=("EVE@example.com",)),
    ]
    assert find_duplicates(contacts, existing) == [
        Duplicate(2, "same name, but different details", None, 1, sure=False),
        Duplicate(3, "same mobile number (07700 900123), different name", None, 1, sure=False),
        Duplicate(4, "same email address (ANN@Example.com)", None, 1),
        # Dora shares only a home number with Dorothy: no match at all.
        Duplicate(6, "same email address (eve@example.com)", 9, None),
    ]
    assert find_duplicates(contacts[:1]) == []


# ---------------------------------------------------------------- long work


def many_cards(count: int) -> bytes:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL:+44 7700 {i:06d}\r\nEND:VCARD\r\n"
        for i in range(count)
    ).encode()


def test_progress_is_reported_every_hundred_cards() -> None:
    calls: list[tuple[int, int]] = []
    result = parse_vcards(many_cards(250), progress=lambda done, total: calls.append((done, total)))
    assert len(result.contacts) == 250
    assert calls == [(0, 250), (100, 250), (200, 250), (250, 250)]


def test_cancel_raises_cancelled() -> None:
    with pytest.raises(Cancelled):
        parse_vcards(many_cards(10), cancelled=lambda: True)
    asked = 0

    def cancel_after_fifty() -> bool:
        nonlocal asked
        asked += 1
        return asked > 50

    seen: list[int] = []
    with pytest.raises(Cancelled):
        parse_vcards(
            many_cards(300), cancelled=cancel_after_fifty, progress=lambda d, t: seen.append(d)
        )
    assert seen == [0]


def test_five_thousand_real_cards(realdata: Path) -> None:
    cards: list[bytes] = []
    for path in sorted(vcard_dir(realdata).glob("*.vcf")):
        text = path.read_bytes().replace(b"\r\r\n", b"\r\n")
        cards += [
            b"BEGIN:VCARD" + part.rstrip() + b"\r\n" for part in text.split(b"BEGIN:VCARD")[1:]
        ]
    assert len(cards) == 13
    data = b"".join(
        cards[i % len(cards)].replace(b"\nFN:", b"\nFN:P%d " % i, 1) for i in range(5000)
    )
    result = parse_vcards(data)
    assert result.problems == []
    assert len(result.contacts) == 5000
    by_position = {c.position: c for c in result.contacts}
    # Cards 1, 8 and 12 of each round of 13 have a plain FN; card 4 a quoted-printable one.
    assert by_position[1].name == "P0 Joe Due"
    assert by_position[4].name == "Ñ Ñ Ñ Ñ Ñ"
    assert by_position[8].name == "P7 Mr. John Richter, James Doe Sr."
    assert by_position[4991].name == "P4990 Herr Max Anderer Mustermann sen."
    assert by_position[4997].phones[0] == ("mobile", "123456")
    assert len(by_position[4997].phones) == 4
    assert by_position[4997].birthday is None
    # The RFC 6350 card, 11th of each round, has the only year-less birthday.
    assert sum(c.birthday == Birthday(2, 3, None) for c in result.contacts) == 384


# ---------------------------------------------------------------- random input


def check_outcome(data: bytes) -> None:
    try:
        result = parse_vcards(data, include_photos=True)
    except ImportFailed as e:
        assert str(e)
        return
    positions = [c.position for c in result.contacts] + [p.position for p in result.problems]
    assert all(p >= 1 for p in positions)
    assert all(c.name for c in result.contacts)
    assert all(p.message.startswith(f"Card {p.position} (line {p.line})") for p in result.problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_give_a_result_or_import_failed(data: bytes) -> None:
    check_outcome(data)


SEEDS = [
    "ezvcard_John_Doe_ANDROID.vcf",
    "ezvcard_John_Doe_GMAIL.vcf",
    "ezvcard_rfc6350-example.vcf",
    "folkerkinzel_WhatsAppIssue.vcf",
    "aosp-cm_v21_complicated.vcf",
]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(
        st.tuples(
            st.sampled_from(["delete", "insert", "flip", "duplicate"]),
            st.integers(0, 2**31),
            st.binary(max_size=20),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_real_cards_give_a_result_or_import_failed(
    realdata: Path, seed: str, edits: list[tuple[str, int, bytes]]
) -> None:
    data = bytearray((vcard_dir(realdata) / seed).read_bytes())
    for kind, where, payload in edits:
        at = where % (len(data) + 1)
        rng = random.Random(where)
        if kind == "delete":
            del data[at : at + rng.randint(1, 200)]
        elif kind == "insert":
            data[at:at] = payload or b"=\r\n;:,\\"
        elif kind == "flip" and data:
            data[at % len(data)] ^= 1 << rng.randint(0, 7)
        elif kind == "duplicate":
            data[at:at] = data[max(0, at - 300) : at]
    check_outcome(bytes(data))
