"""Repairs made to vCard text before vobject reads it: guessing the character set, splitting the
file into cards, rewriting vCard 2.1 habits (quoted-printable, CHARSET, bare base64) as 3.0."""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from vobject.base import line_re as _vobject_line_re

# The properties Companion reads. Everything else (addresses, URLs, Outlook's card designs, keys,
# sounds, logos) is dropped before vobject sees it: less to go wrong and much faster on big files.
_WANTED = frozenset(
    {
        "FN",
        "N",
        "NICKNAME",
        "ORG",
        "TEL",
        "EMAIL",
        "BDAY",
        "NOTE",
        "PHOTO",
        "IMPP",
        "X-ABLABEL",
        "X-SOCIALPROFILE",
        # Dates that matter and related people (vCard 4, Apple, Evolution and KDE's own names).
        "ANNIVERSARY",
        "X-ANNIVERSARY",
        "X-EVOLUTION-ANNIVERSARY",
        "X-ABDATE",
        "X-ABRELATEDNAMES",
        "RELATED",
    }
)
IM_PROPERTIES: dict[str, str] = {
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-JABBER": "Jabber",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-GOOGLE-TALK": "Google Talk",
    "X-GTALK": "Google Talk",
    "X-GADUGADU": "Gadu-Gadu",
    "X-QQ": "QQ",
    "X-TWITTER": "Twitter",
    "X-MS-IMADDRESS": "IM",
}
# In N a bare ',' separates several names of one kind; elsewhere it is just text.
_STRUCTURED = frozenset({"N"})

_BEGIN_RE = re.compile(r"BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END_RE = re.compile(r"END\s*:\s*VCARD\s*$", re.IGNORECASE)
_AGENT_RE = re.compile(r"(?:[\w-]+\.)?AGENT[;:]", re.IGNORECASE)
_NEWLINES_RE = re.compile(r"\r*\n|\r")
_CR_RE = re.compile(r"\r+\n?")
_MARK_RE = re.compile(r"^(?:(BEGIN)|END)[ \t]*:[ \t]*VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)
# name (with an optional group), then ;params where a quoted value may hold ':' or ';'.
_HEAD_RE = re.compile(r'((?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+)((?:;(?:"[^"]*"|[^";:])*)*):')
_PARAM_RE = re.compile(r';((?:"[^"]*"|[^";])*)')
_PARAM_NAME_RE = re.compile(r"[A-Za-z0-9_-]+$")
_DAMAGED_RE = re.compile(r"[A-Za-z0-9_.-]+;")
_BASE64_LINE_RE = re.compile(r"[A-Za-z0-9+/=]+$")
_ESCAPE_RE = re.compile(r"\\(.)|\\$|,", re.DOTALL)
_CHARSET_RE = re.compile(rb"CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass
class RawCard:
    """One BEGIN:VCARD … END:VCARD block as found in the file, before any repair."""

    position: int
    line: int
    text: str
    problem: str = ""
    cut_at_end: bool = False  # the file ends before this card's END:VCARD


# ---------------------------------------------------------------- character sets


@dataclass(frozen=True)
class EncodingChoice:
    """One way to read a file whose character set isn't certain, with the words it gives."""

    codec: str
    language: str  # as the detector names it ("Hebrew"), or ""
    sample: str  # the file's first words outside ASCII, read this way


@dataclass(frozen=True)
class DecodedFile:
    """A file's text, the codec that read it, and whether that codec was a sure thing."""

    text: str
    codec: str
    confident: bool = True
    choices: tuple[EncodingChoice, ...] = ()


def decode_vcard_bytes(data: bytes, codec: str | None = None) -> DecodedFile:
    """The file's text: by `codec` when the user chose one; else by BOM, UTF-16 zero bytes, UTF-8,
    a CHARSET the file declares, and last a detector (charset-normalizer) over the 8-bit bytes,
    which says when it isn't confident and offers the likeliest readings."""
    if codec:
        known = _known_codec(codec)
        if not known:
            raise ValueError(f"unknown character set {codec!r}")
        return DecodedFile(data.decode(known, errors="replace"), known)
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return DecodedFile(data.decode(name, errors="replace"), name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return DecodedFile(data.decode(utf16, errors="replace"), utf16)
    try:
        return DecodedFile(data.decode("utf-8"), "utf-8")
    except UnicodeError:
        pass
    for declared, _ in Counter(
        m.group(1).decode("ascii") for m in _CHARSET_RE.finditer(data)
    ).most_common():
        name = _known_codec(declared)
        if name and name != "utf-8":
            try:
                return DecodedFile(data.decode(name), name)
            except UnicodeError:
                continue
    return detect_legacy_encoding(data)


# Windows Western and its relatives read most legacy 8-bit contacts; the detector names the
# family by one member, so any of these means "Western".
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "cp1250", "cp1254", "cp1258"})
_JAPANESE = frozenset({"cp932", "euc_jp"})
_SAMPLE_LINES = 4


def _sample(data: bytes) -> bytes:
    """The values of the first few lines that hold bytes outside ASCII."""
    lines = [line for line in data.splitlines() if any(b > 0x7F for b in line)]
    return b" / ".join(
        line.partition(b":")[2].strip() or line.strip() for line in lines[:_SAMPLE_LINES]
    )


def detect_legacy_encoding(data: bytes) -> DecodedFile:
    """Read 8-bit text that names no character set. Confident when charset-normalizer recognises
    a language clearly, or the bytes are valid Japanese multi-byte text; otherwise the likeliest
    reading, marked not confident, with the other readings to choose from."""
    from charset_normalizer import from_bytes

    sample = _sample(data)
    results = list(from_bytes(data))
    choices: list[EncodingChoice] = []
    seen: set[str] = set()

    def add(codec: str, language: str) -> None:
        try:
            words = sample.decode(codec, errors="replace")
        except LookupError:
            return
        if words not in seen:
            seen.add(words)
            choices.append(EncodingChoice(codec, language, words))

    legacy = guess_legacy_codec(data)
    if legacy in _JAPANESE and _plausibility(data.decode(legacy)) >= 0.9:
        return DecodedFile(data.decode(legacy), legacy)
    if results:
        floor = min(r.chaos for r in results) + 0.05
        near = [r for r in results if r.chaos <= floor]
        near.sort(key=lambda r: (-r.coherence, not (_WESTERN & set(r.could_be_from_charset))))
        best = near[0]
        best_codec = "cp1252" if _WESTERN & set(best.could_be_from_charset) else best.encoding
        rivals = [
            r
            for r in near[1:]
            if r.coherence > best.coherence - 0.1
            and sample.decode(r.encoding, "replace") != sample.decode(best_codec, "replace")
        ]
        confident = best.coherence >= 0.5 and (not rivals or best_codec == "cp1252")
        add(best_codec, best.language if best.language != "Unknown" else "")
        if confident:
            return DecodedFile(data.decode(best_codec, errors="replace"), best_codec)
        for r in sorted(results, key=lambda r: (-r.coherence, r.chaos))[:4]:
            add(r.encoding, r.language if r.language != "Unknown" else "")
    else:
        best_codec = legacy
    for codec, language in _COMMON_LEGACY:
        try:
            data.decode(codec)
        except UnicodeError:
            continue
        add(codec, language)
    return DecodedFile(
        data.decode(best_codec, errors="replace"), best_codec, False, tuple(choices[:_CHOICES])
    )


# Offered besides the detector's guesses when it isn't sure: what old phones and PCs wrote most.
_COMMON_LEGACY = (
    ("cp1252", "Western European"),
    ("cp1250", "Central European"),
    ("cp1251", "Cyrillic"),
    ("cp1253", "Greek"),
    ("cp1254", "Turkish"),
    ("cp1255", "Hebrew"),
    ("cp1256", "Arabic"),
    ("cp932", "Japanese"),
    ("gb18030", "Chinese"),
    ("big5", "Traditional Chinese"),
    ("euc_kr", "Korean"),
)
_CHOICES = 12


def _utf16_without_bom(data: bytes) -> str:
    sample = data[:4000]
    if len(sample) < 8:
        return ""
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    # Mostly-ASCII vCard text in UTF-16 has a zero in every other byte.
    if odd_zeros > half * 0.4 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.4 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return ""


_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7"})


def _known_codec(name: str) -> str:
    """Python's name for a character set a file declares, or '' if it isn't one."""
    try:
        codec = codecs.lookup(name).name
        b"a".decode(codec, "ignore")  # refuses bytes-to-bytes codecs such as base64 and zlib
    except (LookupError, ValueError):  # also a name with a NUL in it
        return ""
    if codec in _NOT_CHARSETS:
        return ""
    # Phones that say Shift_JIS write Windows' superset of it (circled numbers, NEC kanji).
    return "cp932" if codec == "shift_jis" else codec


def _is_japanese(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xFF01 <= o <= 0xFF5E


def _plausibility(text: str) -> float:
    """How much the non-ASCII characters of `text` look like real words, from -1 to 1."""
    score = 0
    count = 0
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        count += 1
        if _is_japanese(ch):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            # Kanji glued to Latin letters is what Latin text read as Shift_JIS looks like.
            score += (
                -1
                if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
                else 1
            )
        elif "\u00c0" <= ch <= "\u024f" and ch not in "\u00d7\u00f7":
            score += 1
        else:
            score -= 1
    return score / count if count else 1.0


def guess_legacy_codec(data: bytes) -> str:
    """The codec among Windows Western, Shift_JIS and EUC-JP whose reading of `data` looks most
    like words; latin-1 (which reads anything) when none of them can read it."""
    best, best_score = "latin-1", -2.0
    for codec in ("cp1252", "cp932", "euc_jp"):
        try:
            text = data.decode(codec)
        except UnicodeError:
            continue
        score = _plausibility(text)
        if score > best_score:
            best, best_score = codec, score
    return best


def decode_text_bytes(raw: bytes, charset: str, file_codec: str) -> str:
    """Decode one value's bytes (from quoted-printable) by its CHARSET, else as UTF-8, else by the
    file's codec, else by a guess."""
    declared = _known_codec(charset) if charset else ""
    for name in dict.fromkeys((declared, "utf-8", _known_codec(file_codec))):
        if name:
            try:
                return raw.decode(name)
            except UnicodeError:
                continue
    return raw.decode(declared or guess_legacy_codec(raw), errors="replace")


# ---------------------------------------------------------------- splitting into cards


def _normalise_newlines(text: str) -> str:
    text = text.replace("\ufeff", "").replace("\r\n", "\n")
    # iOS 5 wrote CR CR LF; very old Macs wrote a lone CR.
    return _CR_RE.sub("\n", text) if "\r" in text else text


def split_cards(text: str) -> list[RawCard]:
    """Cut the text into cards at BEGIN:VCARD / END:VCARD lines, noting where each starts so a bad
    card can be named; a card cut short by the next BEGIN:VCARD or the end of the file gets a
    problem. Text outside cards is ignored. A card nested under AGENT stays inside its parent."""
    text = _normalise_newlines(text)
    cards: list[RawCard] = []
    start = -1
    start_line = line = 1
    counted_to = 0
    depth = 0
    for mark in _MARK_RE.finditer(text):
        line += text.count("\n", counted_to, mark.start())
        counted_to = mark.start()
        if mark.group(1):  # BEGIN
            if start >= 0:
                previous = text[text.rfind("\n", start, mark.start() - 1) + 1 : mark.start()]
                if _AGENT_RE.match(previous):
                    depth += 1
                    continue
                cards.append(
                    RawCard(len(cards) + 1, start_line, text[start : mark.start()], "no END:VCARD")
                )
            start, start_line, depth = mark.start(), line, 1
        elif start >= 0:
            depth -= 1
            if depth == 0:
                cards.append(RawCard(len(cards) + 1, start_line, text[start : mark.end()]))
                start = -1
    if start >= 0:
        cards.append(RawCard(len(cards) + 1, start_line, text[start:], "no END:VCARD", True))
    return cards


# ---------------------------------------------------------------- rewriting one card for vobject


@dataclass
class _Logical:
    head: str  # "group.NAME" as written
    name: str  # NAME, upper case
    params: list[str]
    parts: list[str]
    qp: bool
    base64: bool
    wanted: bool

    @property
    def value(self) -> str:
        return "".join(self.parts)


def _start_property(match: re.Match[str], raw: str, include_photos: bool) -> _Logical:
    head = match.group(1)
    name = head.rpartition(".")[2].upper().replace("_", "-")
    params = _PARAM_RE.findall(match.group(2)) if match.group(2) else []
    upper = {p.upper().replace(" ", "") for p in params} if params else set()
    return _Logical(
        head=head,
        name=name,
        params=params,
        parts=[raw[match.end() :]],
        qp=bool({"ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"} & upper),
        base64=bool({"ENCODING=B", "ENCODING=BASE64", "BASE64"} & upper),
        wanted=(name in _WANTED or name in IM_PROPERTIES) and (include_photos or name != "PHOTO"),
    )


def _logical_lines(card_text: str, include_photos: bool) -> Iterator[_Logical]:
    """The properties Companion wants, each joined from its folded lines, 2.1 quoted-printable
    soft breaks or 2.1 bare base64 run."""
    current: _Logical | None = None
    soft_break = False
    depth = 0
    for raw in card_text.split("\n")[1:-1]:
        if not raw or raw.isspace():
            soft_break = False
            if current is not None and current.base64:
                if current.wanted:
                    yield current
                current = None
            continue
        if depth:
            depth += 1 if _BEGIN_RE.match(raw) else -1 if _END_RE.match(raw) else 0
            continue
        if current is not None:
            if soft_break:
                current.parts[-1] = current.parts[-1][:-1]
                current.parts.append(raw)
                soft_break = raw.endswith("=")
                continue
            if raw[0] in " \t":
                if current.wanted:
                    current.parts.append(raw.strip() if current.base64 else raw[1:])
                soft_break = current.qp and raw.endswith("=")
                continue
            if current.base64 and _BASE64_LINE_RE.match(raw):
                if current.wanted:
                    current.parts.append(raw)
                continue
        match = _HEAD_RE.match(raw)
        if match is None:
            # Some exporters write a note's line breaks raw; other unreadable lines are dropped.
            if current is not None and current.name == "NOTE" and not _DAMAGED_RE.match(raw):
                current.parts.append("\\n" + raw.strip())
            continue
        if current is not None and current.wanted:
            yield current
        current = None
        if _BEGIN_RE.match(raw):
            # A card nested under AGENT describes someone else; leave it out.
            depth = 1
            continue
        current = _start_property(match, raw, include_photos)
        soft_break = current.qp and raw.endswith("=")
    if current is not None and current.wanted:
        yield current


def _escape_text(value: str, structured: bool) -> str:
    """Make a value safe for vobject, which keeps only the part before the first bare comma of a
    text value and turns a trailing lone backslash into '\\eof'."""
    if "\\" not in value and ("," not in value or structured):
        return value

    def fix(m: re.Match[str]) -> str:
        escaped = m.group(1)
        if escaped is None:
            return "\\\\" if m.group(0) == "\\" else ("," if structured else "\\,")
        if escaped == ":":  # Apple and Google write "http\://"
            return ":"
        return m.group(0)

    return _ESCAPE_RE.sub(fix, value)


def _clean_params(params: list[str]) -> tuple[list[str], str]:
    """Drop the 2.1 encoding and charset parameters (their work is done here) and any parameter
    vobject's grammar would refuse; return the rest and the CHARSET value."""
    kept: list[str] = []
    charset = ""
    for param in params:
        name, _, value = param.partition("=")
        key = name.strip().upper()
        if key == "CHARSET":
            charset = value.strip().strip('"')
        elif key == "QUOTED-PRINTABLE" or (
            key == "ENCODING" and value.strip().upper() == "QUOTED-PRINTABLE"
        ):
            continue
        elif _PARAM_NAME_RE.match(name.strip()):
            kept.append(param.strip())
    return kept, charset


def _base64(value: str) -> bytes | None:
    data = "".join(value.split()).encode("ascii", errors="ignore")
    for candidate in (data, data + b"=" * (-len(data) % 4)):
        try:
            return binascii.a2b_base64(candidate)
        except binascii.Error:
            continue
    return None


def _photo(prop: _Logical) -> tuple[bytes | None, str]:
    """A photo's bytes and its declared type ("JPEG", "image/png", ""); None for a photo given as
    a web address, which Companion never fetches."""
    declared = ""
    for param in prop.params:
        key, eq, value = param.partition("=")
        if key.strip().upper() == "TYPE" or (not eq and key.strip().upper() != "BASE64"):
            declared = (value if eq else key).strip().strip('"')
    if prop.base64:
        return _base64(prop.value), declared
    header, comma, payload = prop.value.replace("\\,", ",").partition(",")
    if comma and header[:5].lower() == "data:" and header.lower().endswith(";base64"):
        return _base64(payload), header[5:].partition(";")[0]
    return None, ""


@dataclass
class CleanCard:
    text: str  # what vobject is given
    photo: bytes | None = None
    photo_type: str = ""


def clean_card(card: RawCard, file_codec: str, include_photos: bool) -> CleanCard:
    """The card as vobject can read it, one 3.0-style line per property Companion uses, and the
    first photo decoded here: vobject's line unfolding takes milliseconds per 40 KB photo line."""
    out = ["BEGIN:VCARD"]
    clean = CleanCard("")
    # Quoted-printable bytes are ASCII, never UTF-16 pairs, even in a UTF-16 file.
    byte_codec = "utf-8" if file_codec.startswith(("utf-16", "utf-32")) else file_codec
    for prop in _logical_lines(card.text, include_photos):
        name = prop.name
        if name == "PHOTO":
            if clean.photo is None:
                clean.photo, clean.photo_type = _photo(prop)
            continue
        if prop.base64:
            continue
        params, charset = _clean_params(prop.params)
        value = prop.value
        if prop.qp:
            raw = quopri.decodestring(value.encode(byte_codec, errors="replace"))
            value = decode_text_bytes(raw, charset, byte_codec)
            value = _NEWLINES_RE.sub("\\\\n", value)
        value = _escape_text(value, structured=name in _STRUCTURED)
        line = prop.head + "".join(";" + p for p in params) + ":" + value
        if _vobject_line_re.match(line):
            out.append(line)
    out.append("END:VCARD")
    clean.text = "\r\n".join(out) + "\r\n"
    return clean
