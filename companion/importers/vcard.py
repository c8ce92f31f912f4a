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

from companion.domain.errors import Cancelled, ImportFailed, InvalidInput
from companion.domain.i18n import _, pgettext
from companion.importers.vcard_fixups import (
    IM_PROPERTIES,
    EncodingChoice,
    RawCard,
    clean_card,
    decode_vcard_bytes,
    split_cards,
)

_PROGRESS_EVERY = 100
# What Companion keeps (companion.services.people, companion.domain.planners.special_dates): a card's
# longer nickname, related name or date name is named as a problem rather than fail the import.
MAX_NAME = 200
MAX_DATE_LABEL = 100
_MIN_PHONE_DIGITS = 6


# The months' English names, the keys of their translations (pgettext "month").
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Birthday:
    """A birthday; `year` is None when the person (or their phone) didn't say."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not 1 <= self.year <= 9999:
            raise InvalidInput(_("{year} isn't a year a birthday can have.").format(year=self.year))
        if not 1 <= self.month <= 12:
            raise InvalidInput(_("There is no month {month}.").format(month=self.month))
        # Without a year, 29 February is allowed: 2000 was a leap year.
        last_day = calendar.monthrange(self.year or 2000, self.month)[1]
        if not 1 <= self.day <= last_day:
            month = pgettext("month", _MONTHS[self.month - 1])
            raise InvalidInput(_("{month} has no day {day}.").format(month=month, day=self.day))


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
    nickname: str = ""
    # Other dates that matter: (kind, label, date) with kind "anniversary" or "custom".
    dates: list[tuple[str, str, Birthday]] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (label, name)


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
    encoding: str = "utf-8"
    """The character set the file was read in."""
    encoding_confident: bool = True
    """False when the file names no character set and the detector wasn't sure of its guess."""
    encoding_choices: tuple[EncodingChoice, ...] = ()
    """Other likely readings (with the words each gives) when the guess wasn't confident."""


class FileEndsInsideCard(ImportFailed):
    """The file stops before its last card's END:VCARD: it was most likely cut off."""

    def __init__(self, subject: str, position: int, line: int) -> None:
        super().__init__(
            _(
                "{subject} ends in the middle of a card (card {position}, which starts on line "
                "{line}): it looks cut off, so nothing was imported. Export the contacts again, "
                "or choose to import only the complete cards."
            ).format(subject=subject, position=position, line=line)
        )
        self.position = position
        self.line = line


@dataclass(frozen=True)
class ExistingContact:
    """What duplicate detection needs to know about someone already in Companion."""

    person_id: int
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    landlines: tuple[str, ...] = ()  # those of `phones` labelled home, work, main, fax, ...
    handles: tuple[str, ...] = ()
    birthday: Birthday | None = None


@dataclass(frozen=True)
class Duplicate:
    """Card `position` looks like an existing person or like an earlier card in the same file.

    `sure` means strong evidence (the same email address; the same name and mobile number; or the
    same name with nothing the other doesn't already have). Otherwise it is only a possible
    duplicate (the same name alone, or a shared number), and both are kept unless the user says."""

    position: int
    reason: str
    existing_person_id: int | None
    other_position: int | None
    sure: bool = True


# ---------------------------------------------------------------- reading files


def read_vcard_file(
    path: Path,
    *,
    source_name: str = "",
    include_photos: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    encoding: str | None = None,
    complete_cards_only: bool = False,
) -> VCardParseResult:
    """Read a .vcf file; see `parse_vcards`. Messages name the file unless `source_name` is given."""
    source_name = source_name or Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ImportFailed(
            _("{name} couldn't be read: {reason}.").format(name=source_name, reason=e.strerror or e)
        ) from e
    return parse_vcards(
        data,
        source_name=source_name,
        include_photos=include_photos,
        progress=progress,
        cancelled=cancelled,
        encoding=encoding,
        complete_cards_only=complete_cards_only,
    )


def parse_vcards(
    data: bytes,
    *,
    source_name: str = "the file",
    include_photos: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    encoding: str | None = None,
    complete_cards_only: bool = False,
) -> VCardParseResult:
    """Read every card in `data`. A card that can't be read becomes a `CardProblem` and the others
    still count; a file with no card at all raises `ImportFailed`, and one that ends inside a card
    (cut off) raises `FileEndsInsideCard` unless `complete_cards_only` leaves that card out;
    `cancelled()` returning True raises `Cancelled`. Photos are kept only with `include_photos`.
    `encoding` overrides the detected character set (the user's choice after a preview)."""
    subject = _("The file") if source_name == "the file" else source_name
    if not data.strip(b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"):
        raise ImportFailed(
            _("{subject} is empty, so there are no contacts in it.").format(subject=subject)
        )
    _check(cancelled)
    try:
        decoded = decode_vcard_bytes(data, encoding)
    except ValueError:
        raise ImportFailed(
            _("“{encoding}” isn't a character set Companion knows.").format(encoding=encoding)
        ) from None
    codec = decoded.codec
    cards = split_cards(decoded.text)
    if not cards:
        raise ImportFailed(
            _("{subject} doesn't look like a vCard file (no BEGIN:VCARD found).").format(
                subject=subject
            )
        )
    last = cards[-1]
    if last.problem and last.cut_at_end:
        if not complete_cards_only:
            raise FileEndsInsideCard(subject, last.position, last.line)
        last.problem = _("the file ends inside it (it looks cut off), so it was left out")

    result = VCardParseResult(
        encoding=codec,
        encoding_confident=decoded.confident,
        encoding_choices=decoded.choices,
    )
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
    where = _("Card {position} (line {line})").format(position=card.position, line=card.line)
    if card.problem:
        problem = _("no END:VCARD") if card.problem == "no END:VCARD" else card.problem
        if card.cut_at_end:
            message = _("{where} {problem}.").format(where=where, problem=problem)
        else:
            message = _("{where} couldn't be read: {problem}.").format(where=where, problem=problem)
        result.problems.append(CardProblem(card.position, card.line, message))
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
                _("{where} couldn't be read: its lines don't follow the vCard format.").format(
                    where=where
                ),
            )
        )
        return
    notes: list[str] = []
    contact = _contact_from(component, card, notes)
    if clean.photo:
        contact.photo, contact.photo_mime = clean.photo, _photo_mime(clean.photo, clean.photo_type)
    for note in notes:
        result.problems.append(
            CardProblem(
                card.position, card.line, _("{where}: {note}").format(where=where, note=note)
            )
        )
    if contact.name:
        result.contacts.append(contact)
    else:
        result.problems.append(
            CardProblem(
                card.position,
                card.line,
                _("{where} was left out: it has no name or any way to reach them.").format(
                    where=where
                ),
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
    nickname = ""
    name_from_parts = ""
    note_parts: list[str] = []
    for line in lines:
        prop = line.name
        label = group_labels.get((line.group or "").lower()) or _label(line)
        if prop == "FN" and not full_name:
            full_name = _text(line.value)
        elif prop == "NICKNAME" and not nickname:
            nickname = _text(line.value)
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
            if number and number not in (p for _label, p in contact.phones):
                contact.phones.append((label, number))
        elif prop == "EMAIL":
            address = _text(line.value).removeprefix("mailto:")
            if address and address.casefold() not in (e.casefold() for _label, e in contact.emails):
                contact.emails.append((label, address))
        elif prop == "BDAY" and contact.birthday is None:
            contact.birthday = _birthday(line, notes)
        elif prop in _DATE_PROPERTIES:
            found = _other_date(line, group_labels.get((line.group or "").lower(), ""), notes)
            if found is not None and found not in contact.dates:
                contact.dates.append(found)
        elif prop in ("X-ABRELATEDNAMES", "RELATED"):
            related = _related(line, group_labels.get((line.group or "").lower(), ""))
            if max(map(len, related)) > MAX_NAME:
                notes.append(
                    _("the related name “{name}…” is too long to keep.").format(
                        name=related[1][:40]
                    )
                )
            elif related[1] and related not in contact.related:
                contact.related.append(related)
        elif prop == "NOTE":
            text = str(line.value).strip() if isinstance(line.value, str) else ""
            if text:
                note_parts.append(text)
        elif prop in ("IMPP", "X-SOCIALPROFILE") or prop in IM_PROPERTIES:
            handle = _handle(line)
            if handle[1] and handle not in contact.handles:
                contact.handles.append(handle)
    contact.note = "\n".join(note_parts)
    if len(nickname) > MAX_NAME:
        notes.append(
            _("the nickname “{nickname}…” is too long to keep.").format(nickname=nickname[:40])
        )
    else:
        contact.nickname = nickname
    contact.name = (
        full_name
        or name_from_parts
        or nickname
        or contact.organisation
        or next((e for _label, e in contact.emails), "")
        or next((p for _label, p in contact.phones), "")
        or next((h for _label, h in contact.handles), "")
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
        number, _sep, rest = value[4:].partition(";")
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
        notes.append(
            _("the birthday “{value}” isn't a date we can read, so it was left out.").format(
                value=value
            )
        )
    return birthday


_DATE_PROPERTIES = frozenset(
    {"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-ABDATE"}
)


def _other_date(line: Any, group_label: str, notes: list[str]) -> tuple[str, str, Birthday] | None:
    """(kind, label, date) from ANNIVERSARY, X-ANNIVERSARY or Apple's X-ABDATE, whose label is
    the X-ABLabel of its item group ("_$!<Anniversary>!$_", "_$!<Other>!$_" or the user's own)."""
    value = _text(line.value)
    if line.name == "X-ABDATE":
        label = group_label.strip()
        kind = "anniversary" if label.casefold() in ("", "anniversary") else "custom"
        label = "" if kind == "anniversary" else label[:1].upper() + label[1:]
    else:
        kind, label = "anniversary", ""
    omit = next(iter(line.params.get("X-APPLE-OMIT-YEAR", [])), "")
    try:
        when = parse_birthday(value, omit)
    except InvalidInput:
        when = None
    if when is None:
        if value:
            if label:
                note = _("the {label} “{value}” isn't a date we can read, so it was left out.")
            else:
                note = _("the anniversary “{value}” isn't a date we can read, so it was left out.")
            notes.append(note.format(label=label, value=value))
        return None
    if len(label) > MAX_DATE_LABEL:
        notes.append(
            _("the date named “{label}…” has too long a name to keep.").format(label=label[:40])
        )
        return None
    return kind, label, when


def _related(line: Any, group_label: str) -> tuple[str, str]:
    """(label, name) from Apple's X-ABRELATEDNAMES (labelled by its item group) or vCard 4's
    RELATED (labelled by TYPE: spouse, child, friend, ...)."""
    value = _text(line.value)
    for scheme in ("mailto:", "tel:"):
        if value[: len(scheme)].lower() == scheme:
            value = value[len(scheme) :]
    if line.name == "RELATED":
        label = ", ".join(t.lower() for t in _types(line))
    else:
        label = group_label.strip()
        if _APPLE_LABEL_RE.fullmatch(label):
            label = _apple_label(label)
    return label, value


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
    """The contact's name, unless it was only borrowed from the organisation, email, phone or
    handle."""
    if contact.given_name or contact.family_name:
        return _name_key(contact.name)
    borrowed = {
        contact.organisation,
        *(e for _label, e in contact.emails),
        *(p for _label, p in contact.phones),
        *(h for _label, h in contact.handles),
    }
    return "" if contact.name in borrowed else _name_key(contact.name)


# Labels that say a number belongs to a place (shared by a household or an office), not a person.
_LANDLINE_WORDS = ("home", "work", "main", "fax", "pager", "car", "office", "landline", "company")


def is_landline(label: str) -> bool:
    """Whether a phone label names a shared line rather than someone's own (mobile) number."""
    low = label.casefold()
    if "mobile" in low or "cell" in low or "iphone" in low:
        return False
    return any(word in low for word in _LANDLINE_WORDS)


@dataclass
class _Profile:
    """A card or a person reduced to what tells people apart."""

    name: str
    shown: dict[str, str]  # key -> the value as written, for reasons
    emails: set[str]
    phones: set[str]
    landlines: set[str]
    handles: set[str]
    birthday: Birthday | None

    def within(self, other: _Profile) -> bool:
        """Everything this one has, the other has too (a birthday may be missing on either)."""
        return (
            self.emails <= other.emails
            and self.phones <= other.phones
            and self.handles <= other.handles
            and (self.birthday is None or other.birthday in (None, self.birthday))
        )


def _email_key(email: str) -> str:
    return email.strip().casefold()


def _profile_of_card(contact: ParsedContact) -> _Profile:
    shown: dict[str, str] = {}
    emails = set()
    for _label, e in contact.emails:
        if _email_key(e):
            emails.add(_email_key(e))
            shown.setdefault(_email_key(e), e)
    phones, landlines = set(), set()
    for label, p in contact.phones:
        key = _phone_key(p)
        if key:
            phones.add(key)
            shown.setdefault(key, p)
            if is_landline(label):
                landlines.add(key)
    handles = {h.strip().casefold() for _label, h in contact.handles if h.strip()}
    return _Profile(
        _real_name(contact), shown, emails, phones, landlines, handles, contact.birthday
    )


def _profile_of_person(person: ExistingContact) -> _Profile:
    shown: dict[str, str] = {}
    emails = {_email_key(e) for e in person.emails if _email_key(e)}
    phones = set()
    for p in person.phones:
        key = _phone_key(p)
        if key:
            phones.add(key)
            shown.setdefault(key, p)
    landlines = {k for k in map(_phone_key, person.landlines) if k}
    handles = {h.strip().casefold() for h in person.handles if h.strip()}
    return _Profile(
        _name_key(person.name), shown, emails, phones, landlines, handles, person.birthday
    )


def _compare(card: _Profile, other: _Profile) -> tuple[bool, str] | None:
    """(sure, reason) when `card` may be the same person as `other`, else None."""
    shared_email = sorted(card.emails & other.emails)
    if shared_email:
        shown = card.shown.get(shared_email[0], shared_email[0])
        return True, _("same email address ({email})").format(email=shown)
    shared_phones = card.phones & other.phones
    own = sorted(shared_phones - card.landlines - other.landlines)
    if card.name and card.name == other.name:
        if own:
            number = card.shown.get(own[0], own[0])
            return True, _("same name and mobile number ({number})").format(number=number)
        if card.within(other):
            return True, _("same name, and nothing that isn't there already")
        if shared_phones:
            number = card.shown.get(min(shared_phones), "")
            return False, _("same name and a shared phone number ({number})").format(number=number)
        return False, _("same name, but different details")
    if own:
        number = card.shown.get(own[0], own[0])
        return False, _("same mobile number ({number}), different name").format(number=number)
    return None


class _Index:
    """Profiles found by any email, phone or name key."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], list[int]] = {}
        self.profiles: dict[int, _Profile] = {}

    def add(self, ident: int, profile: _Profile) -> None:
        self.profiles[ident] = profile
        for key in self._keys(profile):
            self.by_key.setdefault(key, []).append(ident)

    @staticmethod
    def _keys(profile: _Profile) -> set[tuple[str, str]]:
        keys = {("email", e) for e in profile.emails} | {("phone", p) for p in profile.phones}
        if profile.name:
            keys.add(("name", profile.name))
        return keys

    def best(self, profile: _Profile) -> tuple[int, bool, str] | None:
        """The likeliest match: a sure one before a possible one, the earliest of each."""
        candidates = sorted({i for key in self._keys(profile) for i in self.by_key.get(key, ())})
        found: tuple[int, bool, str] | None = None
        for ident in candidates:
            outcome = _compare(profile, self.profiles[ident])
            if outcome is None:
                continue
            if outcome[0]:
                return ident, True, outcome[1]
            if found is None:
                found = (ident, False, outcome[1])
        return found


def find_duplicates(
    contacts: Sequence[ParsedContact], existing: Sequence[ExistingContact] = ()
) -> list[Duplicate]:
    """For each card, its likeliest match among the people already in Companion and among the
    earlier cards of the file (at most one of each), marked sure or only possible.

    Sure: the same email address; the same name and the same mobile (not household) number; or
    the same name and nothing the other doesn't have. Possible: the same name otherwise, or the
    same mobile number under another name. A shared landline alone is no match at all."""
    known = _Index()
    for person in existing:
        known.add(person.person_id, _profile_of_person(person))
    earlier = _Index()
    found: list[Duplicate] = []
    for contact in contacts:
        profile = _profile_of_card(contact)
        match = known.best(profile)
        if match is not None:
            found.append(Duplicate(contact.position, match[2], match[0], None, match[1]))
        match = earlier.best(profile)
        if match is not None:
            found.append(Duplicate(contact.position, match[2], None, match[0], match[1]))
        earlier.add(contact.position, profile)
    return found
