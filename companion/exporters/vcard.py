"""Everyone as a vCard 4.0 file (names, nicknames, ways to reach them, birthdays and other dates,
related names, notes), which phones,
address books and Companion's own importer read back: nobody's contacts are locked in here.
The file is NOT encrypted; the user chose to make it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.i18n import _
from companion.platform.fileio import atomic_write_bytes, refuse_inside_profile

if TYPE_CHECKING:
    from companion.domain.views import PersonView
    from companion.facade import Companion

# vCard TYPE values for the labels Companion's importer makes, so other programs file the numbers
# in the right place; the label itself travels as written in an X-ABLabel (Apple's way, read by
# most address books and by Companion), so a user's own label ("Gran's landline") survives.
_PHONE_TYPES = {
    "mobile": "cell",
    "work mobile": "work,cell",
    "home": "home",
    "work": "work",
    "fax": "fax",
    "home fax": "home,fax",
    "work fax": "work,fax",
    "pager": "pager",
    "main": "main-number",
    "car": "car",
    "textphone": "textphone",
}
_EMAIL_TYPES = {"home": "home", "work": "work"}
_IM_SCHEMES = {
    "Jabber": "xmpp",
    "Skype": "skype",
    "AIM": "aim",
    "Yahoo": "ymsgr",
    "MSN": "msnim",
    "ICQ": "icq",
    "SIP": "sip",
    "IRC": "irc",
    "Google Talk": "gtalk",
    "QQ": "qq",
}


def vcard_text(people: Iterable[PersonView]) -> str:
    """The people as one vCard 4.0 text (CRLF line ends, folded as the standard says)."""
    import vobject

    parts: list[str] = []
    for person in people:
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("fn").value = person.name
        if person.nickname:
            card.add("nickname").value = person.nickname
        group = 0
        for kind, label, value in person.contacts:
            if not value:
                continue
            if kind == "phone":
                line = card.add("tel")
                line.value = value
                types = _PHONE_TYPES.get(label.casefold())
            elif kind == "email":
                line = card.add("email")
                line.value = value
                types = _EMAIL_TYPES.get(label.casefold())
            else:
                line = card.add("impp")
                scheme = _IM_SCHEMES.get(
                    label, "x-" + "".join(c for c in label.lower() if c.isalnum())
                )
                line.value = f"{scheme if scheme != 'x-' else 'x-im'}:{value}"
                line.params["X-SERVICE-TYPE"] = [label]
                continue
            if types:
                line.params["TYPE"] = types.split(",")
            if label:
                group += 1
                line.group = f"item{group}"
                tag = card.add("x-ablabel")
                tag.group = line.group
                tag.value = label
        b = person.birthday
        if b is not None:
            card.add("bday").value = (
                f"{b.year:04d}-{b.month:02d}-{b.day:02d}"
                if b.year
                else f"--{b.month:02d}{b.day:02d}"
            )
        group = _add_dates(card, person, group)
        group = _add_related(card, person, group)
        if person.notes:
            card.add("note").value = person.notes
        parts.append(card.serialize())
    return "".join(parts)


# RFC 6350's registered RELATED types; a name with another label goes as Apple's
# X-ABRELATEDNAMES, whose X-ABLabel carries any label.
_RELATED_TYPES = frozenset(
    [
        "contact",
        "acquaintance",
        "friend",
        "met",
        "co-worker",
        "colleague",
        "co-resident",
        "neighbor",
        "child",
        "parent",
        "sibling",
        "spouse",
        "kin",
        "muse",
        "crush",
        "date",
        "sweetheart",
        "me",
        "agent",
        "emergency",
    ]
)


def _iso(month: int, day: int, year: int | None) -> str:
    return f"{year:04d}{month:02d}{day:02d}" if year else f"--{month:02d}{day:02d}"


def _labelled(card: Any, name: str, value: str, label: str, group: int) -> int:
    group += 1
    line = card.add(name)
    line.value = value
    line.group = f"item{group}"
    tag = card.add("x-ablabel")
    tag.group = line.group
    tag.value = label
    return group


def _add_dates(card: Any, person: PersonView, group: int) -> int:
    """The first unlabelled anniversary as vCard 4's ANNIVERSARY; every other date as Apple's
    X-ABDATE with its label (how address books keep several dates). Whether a date repeats every
    year has no place in a vCard: address books treat every date as yearly."""
    standard = next((d for d in person.dates if d.kind == "anniversary" and not d.label), None)
    for d in person.dates:
        value = _iso(d.month, d.day, d.year)
        if d is standard:
            card.add("anniversary").value = value
        elif d.kind == "anniversary" and not d.label:
            group = _labelled(card, "x-abdate", value, "_$!<Anniversary>!$_", group)
        else:
            group = _labelled(card, "x-abdate", value, d.title, group)
    return group


def _add_related(card: Any, person: PersonView, group: int) -> int:
    for label, name in person.related:
        if label.casefold() in _RELATED_TYPES:
            line = card.add("related")
            line.value = name
            line.params["VALUE"] = ["text"]
            line.params["TYPE"] = [label.casefold()]
        else:
            group = _labelled(card, "x-abrelatednames", name, label, group)
    return group


def export_vcard(companion: Companion, target: Path | str) -> int:
    """Write everyone (archived people too) to `target` as vCard 4.0, complete or not at all.
    Returns how many people were written."""
    target = Path(target).expanduser().absolute()
    refuse_inside_profile(target, companion.profile.root)
    people = sorted(
        companion.people.list(include_archived=True), key=lambda p: (p.name.casefold(), p.id)
    )
    atomic_write_bytes(
        target,
        vcard_text(people).encode("utf-8"),
        what=_("the contacts file {name}").format(name=target.name),
    )
    return len(people)
