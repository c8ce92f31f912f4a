"""Read contacts from .vcf files written by phones, Gmail, Apple Contacts and Outlook (vCard 2.1,
3.0 and 4.0) into plain records, and spot the ones that look like people Companion already has."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import vobject

from companion.errors import Cancelled, ImportFailed, InvalidInput
from companion.importers.vcard_fixups import (
    IM_PROPERTIES,
    RawCard,
    clean_card,
    decode_vcard_bytes,
    split_cards,
)

_PROGRESS_EVERY = 100
_MIN_PHONE_DIGITS = 6


@dataclass(frozen=True)
class Birthday:
    """A birthday; `year` is None when the person (or their phone) didn't say."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not 1 <= self.year <= 9999:
            raise InvalidInput(f"{self.year} isn't a year a birthday can have.")
        if not 1 <= self.month <= 12:
            raise InvalidInput(f"There is no month {self.month}.")
        # Without a year, 29 February is allowed: 2000 was a leap year.
        last_day = calendar.monthrange(self.year or 2000, self.month)[1]
        if not 1 <= self.day <= last_day:
            raise InvalidInput(f"{calendar.month_name[self.month]} has no day {self.day}.")


@dataclass
class ParsedContact:
    """One person read from a vCard, ready to be matched or stored."""

    position: int
    line: int
    name: str
    given_name: str
    family_name: str
    phones: list[tuple[str, str]]
    emails: list[tuple[str, str]]
    handles: list[tuple[str, str]]
    birthday: Birthday | None
    organisation: str
    note: str
    photo: bytes | None = None
    photo_mime: str = ""


@dataclass(frozen=True)
class CardProblem:
    """Something about one card the user may want to know; `message` is ready to show."""

    position: int
    line: int
    message: str


@dataclass
class VCardParseResult:
    contacts: list[ParsedContact] = field(default_factory=list)
    problems: list[CardProblem] = field(default_factory=list)


@dataclass(frozen=True)
class ExistingContact:
    """What duplicate detection needs to know about someone already in Companion."""

    person_id: int
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


@dataclass(frozen=True)
class Duplicate:
    """Card `position` looks like an existing person or like an earlier card in the same file."""

    position: int
    reason: str
    existing_person_id: int | None
    other_position: int | None


# ---------------------------------------------------------------- reading files


def read_vcard_file(
    path: Path,
    *,
    source_name: str = "",
    include_photos: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> VCardParseResult:
    """Read a .vcf file; see `parse_vcards`. Messages name the file unless `source_name` is given."""
    source_name = source_name or Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ImportFailed(f"{source_name} couldn't be read: {e.strerror or e}.") from e
    return parse_vcards(
        data,
        source_name=source_name,
        include_photos=include_photos,
        progress=progress,
        cancelled=cancelled,
    )


def parse_vcards(
    data: bytes,
    *,
    source_name: str = "the file",
    include_photos: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> VCardParseResult:
    """Read every card in `data`. A card that can't be read becomes a `CardProblem` and the others
    still count; a file with no card at all raises `ImportFailed`; `cancelled()` returning True
    raises `Cancelled`. Photos are kept only with `include_photos`."""
    subject = "The file" if source_name == "the file" else source_name
    if not data.strip(b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"):
        raise ImportFailed(f"{subject} is empty, so there are no contacts in it.")
    _check(cancelled)
    text, codec = decode_vcard_bytes(data)
    cards = split_cards(text)
    if not cards:
        raise ImportFailed(f"{subject} doesn't look like a vCard file (no BEGIN:VCARD found).")

    result = VCardParseResult()
    total = len(cards)
    if progress:
        progress(0, total)
    for done, card in enumerate(cards, start=1):
        _check(cancelled)
        _read_card(card, codec, include_photos, result)
        if progress and (done % _PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return result


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _read_card(card: RawCard, codec: str, include_photos: bool, result: VCardParseResult) -> None:
    where = f"Card {card.position} (line {card.line})"
    if card.problem:
        result.problems.append(
            CardProblem(card.position, card.line, f"{where} couldn't be read: {card.problem}.")
        )
        return
    clean = clean_card(card, codec, include_photos)
    try:
        component = vobject.readOne(clean.text)
    # vobject raises many kinds of errors on odd input (ParseError, ValueError, binascii.Error,
    # AttributeError); any of them means this one card is unreadable, not that the import failed.
    except Exception:
        result.problems.append(
            CardProblem(
                card.position,
                card.line,
                f"{where} couldn't be read: its lines don't follow the vCard format.",
            )
        )
        return
    notes: list[str] = []
    contact = _contact_from(component, card, notes)
    if clean.photo:
        contact.photo, contact.photo_mime = clean.photo, _photo_mime(clean.photo, clean.photo_type)
    for note in notes:
        result.problems.append(CardProblem(card.position, card.line, f"{where}: {note}"))
    if contact.name:
        result.contacts.append(contact)
    else:
        result.problems.append(
            CardProblem(
                card.position,
                card.line,
                f"{where} was left out: it has no name, email address or phone number.",
            )
        )


# ---------------------------------------------------------------- fields


def _text(value: Any) -> str:
    """A vobject value (text, or a list of texts for N and ORG parts) as one tidy string."""
    if isinstance(value, list):
        return " ".join(_text(v) for v in value if _text(v))
    if isinstance(value, bytes):
        return ""
    return " ".join(str(value).split())


def _contact_from(component: Any, card: RawCard, notes: list[str]) -> ParsedContact:
    lines = [c for c in component.getChildren() if isinstance(c, vobject.base.ContentLine)]
    group_labels = {
        line.group.lower(): _apple_label(_text(line.value))
        for line in lines
        if line.name == "X-ABLABEL" and line.group
    }
    contact = ParsedContact(
        position=card.position,
        line=card.line,
        name="",
        given_name="",
        family_name="",
        phones=[],
        emails=[],
        handles=[],
        birthday=None,
        organisation="",
        note="",
    )
    full_name = ""
    name_from_parts = ""
    note_parts: list[str] = []
    for line in lines:
        prop = line.name
        label = group_labels.get((line.group or "").lower()) or _label(line)
        if prop == "FN" and not full_name:
            full_name = _text(line.value)
        elif prop == "N" and not name_from_parts:
            n = line.value
            contact.given_name = _text(n.given)
            contact.family_name = _text(n.family)
            parts = (n.prefix, n.given, n.additional, n.family, n.suffix)
            name_from_parts = " ".join(t for t in map(_text, parts) if t)
        elif prop == "ORG" and not contact.organisation:
            values = line.value if isinstance(line.value, list) else [line.value]
            contact.organisation = ", ".join(t for t in map(_text, values) if t)
        elif prop == "TEL":
            number = _phone_as_written(_text(line.value))
            if number and number not in (p for _, p in contact.phones):
                contact.phones.append((label, number))
        elif prop == "EMAIL":
            address = _text(line.value).removeprefix("mailto:")
            if address and address.casefold() not in (e.casefold() for _, e in contact.emails):
                contact.emails.append((label, address))
        elif prop == "BDAY" and contact.birthday is None:
            contact.birthday = _birthday(line, notes)
        elif prop == "NOTE":
            text = str(line.value).strip() if isinstance(line.value, str) else ""
            if text:
                note_parts.append(text)
        elif prop in ("IMPP", "X-SOCIALPROFILE") or prop in IM_PROPERTIES:
            handle = _handle(line)
            if handle[1] and handle not in contact.handles:
                contact.handles.append(handle)
    contact.note = "\n".join(note_parts)
    contact.name = (
        full_name
        or name_from_parts
        or contact.organisation
        or next((e for _, e in contact.emails), "")
        or next((p for _, p in contact.phones), "")
    )
    return contact


_PLACES = {"home": "home", "work": "work", "other": "other"}
_KINDS = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "car": "car",
    "textphone": "textphone",
}
# Types that say how a number works rather than whose it is: not worth a label.
_SILENT = {"voice", "pref", "internet", "x400", "video", "text", "msg", "bbs", "modem", "isdn"}


def _types(line: Any) -> list[str]:
    raw = list(line.params.get("TYPE", [])) + list(line.singletonparams)
    return [t.strip().strip('"') for value in raw for t in value.split(",") if t.strip()]


def _label(line: Any) -> str:
    """A short label from TYPE parameters: "mobile", "work mobile", "home fax", "work", ""."""
    types = _types(line)
    lowered = [t.lower() for t in types]
    place = next((_PLACES[t] for t in lowered if t in _PLACES), "")
    kind = next((_KINDS[t] for t in lowered if t in _KINDS), "")
    if kind == "mobile":
        return "work mobile" if place == "work" else "mobile"
    if kind == "fax":
        return f"{place} fax".strip()
    if kind or place:
        return kind or place
    # An app's own type (e.g. "WhatsApp") says more than nothing.
    return next(
        (
            t
            for t, low in zip(types, lowered, strict=True)
            if low not in _SILENT and not low.startswith("x-")
        ),
        "",
    )


_APPLE_LABEL_RE = re.compile(r"_\$!<(.*)>!\$_")


def _apple_label(label: str) -> str:
    """Apple's built-in labels are wrapped as `_$!<HomeFAX>!$_`; a user's own label is plain."""
    match = _APPLE_LABEL_RE.fullmatch(label)
    if not match:
        return label
    inner = match.group(1)
    if inner.lower() in ("iphone", "applewatch"):
        return {"iphone": "iPhone", "applewatch": "Apple Watch"}[inner.lower()]
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", inner).lower()
    return "mobile" if words == "mobile" else words


def _phone_as_written(value: str) -> str:
    # vCard 4 writes numbers as tel: URIs, with ";ext=" for extensions.
    if value[:4].lower() == "tel:":
        number, _, rest = value[4:].partition(";")
        ext = re.search(r"(?:^|;)ext=([^;]+)", rest)
        return f"{number} ext. {ext.group(1)}" if ext else number
    return value


_BDAY_RES = (
    re.compile(r"(\d{4}|--)(\d{2})(\d{2})(?:[T ].*)?"),
    re.compile(r"(\d{4}|--)-?(\d{1,2})-(\d{1,2})(?:[T ].*)?"),
)
# Apple marks "no year" with the year 1604; some Android exports write 0000.
_NO_YEAR = {0, 1604}


def parse_birthday(value: str, omit_year: str = "") -> Birthday | None:
    """Read a BDAY value such as 1980-03-22, 19800322, --0203, --02-03 or 1604-03-22 (Apple, no
    year); None if it isn't a date we can read. Raises InvalidInput for an impossible date."""
    value = value.strip()
    for pattern in _BDAY_RES:
        match = pattern.fullmatch(value)
        if match:
            year_text, month, day = match.groups()
            year = None if year_text == "--" else int(year_text)
            if year is not None and (year in _NO_YEAR or str(year) == omit_year.strip()):
                year = None
            return Birthday(month=int(month), day=int(day), year=year)
    return None


def _birthday(line: Any, notes: list[str]) -> Birthday | None:
    value = _text(line.value)
    omit = next(iter(line.params.get("X-APPLE-OMIT-YEAR", [])), "")
    try:
        birthday = parse_birthday(value, omit)
    except InvalidInput:
        birthday = None
    if birthday is None and value:
        notes.append(f"the birthday “{value}” isn't a date we can read, so it was left out.")
    return birthday


_SCHEMES = {
    "xmpp": "Jabber",
    "skype": "Skype",
    "aim": "AIM",
    "ymsgr": "Yahoo",
    "msnim": "MSN",
    "msn": "MSN",
    "icq": "ICQ",
    "sip": "SIP",
    "irc": "IRC",
    "gtalk": "Google Talk",
    "qq": "QQ",
    "facebook": "Facebook",
    "x-apple": "iMessage",
}
_SOCIAL = {"twitter": "Twitter", "facebook": "Facebook", "linkedin": "LinkedIn", "flickr": "Flickr"}


def _handle(line: Any) -> tuple[str, str]:
    """(service, handle) from IMPP, Apple's X-SOCIALPROFILE or the older X-AIM-style properties."""
    value = _text(line.value)
    if line.name == "X-SOCIALPROFILE":
        kind = next(iter(_types(line)), "")
        user = next(iter(line.params.get("X-USER", [])), "")
        return _SOCIAL.get(kind.lower(), kind), user or value
    if line.name != "IMPP":
        return IM_PROPERTIES[line.name], value
    scheme, colon, rest = value.partition(":")
    if not colon or " " in scheme:
        scheme, rest = "", value
    service = next(iter(line.params.get("X-SERVICE-TYPE", [])), "")
    rest = rest.removeprefix("//")
    if "screenname=" in rest:
        rest = rest.split("screenname=", 1)[1].split("&", 1)[0]
    return service or _SCHEMES.get(scheme.lower(), scheme), rest


_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF8", "image/gif"),
    (b"BM", "image/bmp"),
)


def _photo_mime(photo: bytes, declared: str) -> str:
    """The photo's type from its first bytes, which are more trustworthy than the card's TYPE."""
    mime = next((m for magic, m in _MAGIC if photo.startswith(magic)), "")
    if not mime and photo[8:12] == b"WEBP":
        mime = "image/webp"
    if not mime and declared:
        mime = declared.lower() if "/" in declared else f"image/{declared.lower()}"
    return mime or "application/octet-stream"


# ---------------------------------------------------------------- duplicates


def normalise_phone(s: str) -> str:
    """The digits that identify a phone number when comparing: the last nine, so "+44 7700 900123"
    and "07700 900123" match. Extensions are ignored; a short number keeps all its digits, and a
    value without digits gives ''."""
    s = s.strip()
    if s[:4].lower() == "tel:":
        s = s[4:]
    s = re.split(r"[;,#]|\bext\b|\bx\s*\d", s, maxsplit=1, flags=re.IGNORECASE)[0]
    return "".join(str(unicodedata.decimal(ch)) for ch in s if ch.isdecimal())[-9:]


def _phone_key(s: str) -> str:
    """normalise_phone, but '' for numbers too short (like 112) to say two people are the same."""
    digits = normalise_phone(s)
    return digits if len(digits) >= _MIN_PHONE_DIGITS else ""


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _real_name(contact: ParsedContact) -> str:
    """The contact's name, unless it was only borrowed from the organisation, email or phone."""
    if contact.given_name or contact.family_name:
        return _name_key(contact.name)
    borrowed = {
        contact.organisation,
        *(e for _, e in contact.emails),
        *(p for _, p in contact.phones),
    }
    return "" if contact.name in borrowed else _name_key(contact.name)


def find_duplicates(
    contacts: Sequence[ParsedContact], existing: Sequence[ExistingContact] = ()
) -> list[Duplicate]:
    """Cards that share an email address, phone number or name (in that order of strength) with a
    person already in Companion, or with an earlier card in the same file."""
    known: dict[tuple[str, str], list[ExistingContact]] = {}
    for person in existing:
        keys = {("email", e.strip().casefold()) for e in person.emails if e.strip()}
        keys |= {("phone", p) for p in map(_phone_key, person.phones) if p}
        if _name_key(person.name):
            keys.add(("name", _name_key(person.name)))
        for key in keys:
            known.setdefault(key, []).append(person)

    seen: dict[tuple[str, str], int] = {}
    found: list[Duplicate] = []
    for contact in contacts:
        keys: list[tuple[tuple[str, str], str]] = []
        for _, email in contact.emails:
            keys.append((("email", email.strip().casefold()), f"same email address ({email})"))
        for _, phone in contact.phones:
            if _phone_key(phone):
                keys.append((("phone", _phone_key(phone)), f"same phone number ({phone})"))
        if _real_name(contact):
            keys.append((("name", _real_name(contact)), f"same name ({contact.name})"))

        matched: dict[int, str] = {}
        for key, reason in keys:
            for person in known.get(key, ()):
                matched.setdefault(person.person_id, reason)
        found.extend(Duplicate(contact.position, r, pid, None) for pid, r in matched.items())

        earlier = next(((seen[k], reason) for k, reason in keys if k in seen), None)
        if earlier is not None:
            found.append(Duplicate(contact.position, earlier[1], None, earlier[0]))
        for key, _ in keys:
            seen.setdefault(key, contact.position)
    return found
