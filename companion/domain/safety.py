"""Safety: crisis lines by country (shipped data, shown as text only) and the gentle rules that
decide when a calm card is warranted. Pure functions; the caller passes `today`.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from companion.domain.assets import assets_dir
from companion.domain.i18n import N_, _, current_language

CRISIS_LINES_FILE = "crisis_lines.json"

# Shown for a country Companion has no entry for (and where the help data can't be read).
INTERNATIONAL_ADVICE = N_(
    "If your country isn't listed, {site} is a free directory of helplines around the world "
    "that you can visit yourself. If you or someone else is in danger right now, call your local "
    "emergency number."
)

# The emergency numbers of the data file that carry words, so the catalogues can word them in the
# language in use; a number made of digits alone needs none. The loader refuses a worded one that is
# not listed here (add it here and translate it).
EMERGENCY_NUMBERS_IN_WORDS = (
    N_("10111 (police) or 10177 (ambulance); 112 from a mobile"),
    N_("112 or 144 (ambulance)"),
    N_("112 or 999"),
    N_("113 (ambulance) or 112 (police)"),
    N_("119 (ambulance) or 110 (police)"),
    N_("119 (ambulance) or 112 (police)"),
    N_("119 (police) or 110 (fire and ambulance)"),
    N_("194 (ambulance) or 192 (police)"),
    N_("995 (ambulance) or 999 (police)"),
    N_("999 or 112"),
)

# The words of the data file's lines that are the app's own (hours, notes, languages; a line's
# name stays as the service words it), so the catalogues can word them in the language in use. A
# test holds this list to the file; words not listed are shown as the file writes them.
LINE_WORDS = frozenset(
    (
        N_("24 hours, toll-free"),
        N_("24/7"),
        N_("24/7 crisis phone, answered by psychologists"),
        N_("24/7, all year round"),
        N_("24/7, answered by clinical psychologists"),
        N_("24/7, call or chat"),
        N_("24/7, confidential; you may stay anonymous"),
        N_("24/7, free"),
        N_("24/7, free and anonymous"),
        N_("24/7, free and confidential"),
        N_("24/7, free from landlines and mobiles"),
        N_("24/7, free text support for anyone in the UK"),
        N_("24/7, free to call or text"),
        N_("24/7, toll-free"),
        N_("Always open, free and confidential; you may stay anonymous"),
        N_("Counsellors every day 10:00-24:00, pastoral carers 16:00-24:00; free"),
        N_("Every day, 14:00 to 23:00"),
        N_("Every day, 19:00 to 07:00"),
        N_("Free and anonymous, by phone or chat"),
        N_("Free, and the call does not show on the phone bill"),
        N_("Hours depend on the prefecture"),
        N_("Phone 24/7; chat in the evening"),
        N_("A trained counsellor answers; interpreters for many languages."),
        N_("After calling, choose option 4 (psychological counselling)."),
        N_("Also on WhatsApp at +65 6669 1771."),
        N_("Calls from a withheld (hidden) number no longer connect. Chat at 1717.is."),
        N_(
            "Connects you to the public counselling service of the prefecture or city you call from."
        ),
        N_(
            "Counselling and psychosocial support by the Kenya Red Cross with the Ministry of Health's Division of Mental Health."
        ),
        N_(
            "Free and anonymous volunteer line in Novi Sad for the whole country; also answers by e-mail and chat through its website."
        ),
        N_(
            "One number shared by the volunteer helplines Samarijan and Sopotnik, listed by the Velenje Health Centre for severe distress or thoughts of suicide."
        ),
        N_("Recommended by Riga City Council for psychological and emotional support."),
        N_("Run by the Catholic and Protestant churches; online counselling by mail or chat too."),
        N_("Run by the Government; immediate support and referral to other services."),
        N_(
            "Run by the Ministry of Health and Welfare since 1 January 2024; it can connect you with emergency help and a local mental health welfare centre."
        ),
        N_("Run by the Social Insurance Board (Sotsiaalkindlustusamet)."),
        N_(
            "Set up by the Department of Health for anyone in a mental health crisis, including thoughts of suicide."
        ),
        N_("The Ministry of Health and Wellness's mental health and suicide prevention helpline."),
        N_("Dutch"),
        N_("English and French"),
        N_("Estonian, Russian and English"),
        N_("German, French and Italian"),
        N_("Japanese"),
        N_("Serbian"),
        N_("Slovenian"),
        N_("Swedish"),
        N_("Ukrainian"),
    )
)

KIND_LOW_MOOD = "low_mood"
KIND_CONTACT_DROP = "contact_drop"
KIND_PHQ9_ITEM9 = "phq9_item9"

# Codes people type that are not the ISO one.
_COUNTRY_ALIASES = {"UK": "GB"}
_ISO_ALPHA2 = re.compile(r"^[A-Z]{2}$")


# --- crisis lines ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CrisisLine:
    name: str
    phone: str  # a number to call, written so it dials as shown; "" when there is none
    text: str  # a number to text/SMS, "" when there is none
    url: str  # the service's site (https)
    hours: str  # "" when unknown
    source: (
        str  # the page the entry was checked against (https): the service's or a health authority's
    )
    checked: str  # when, as an ISO date
    languages: str = ""
    notes: str = ""
    text_body: str = ""  # the word to send first ("SHOUT"), "" when any message will do
    chat: str = ""  # the service's chat page (https), "" when there is none

    @property
    def tel_uri(self) -> str:
        return tel_uri(self.phone) if self.phone else ""

    @property
    def sms_uri(self) -> str:
        return sms_uri(self.text, self.text_body) if self.text else ""


# A number written so that it dials as shown: digits in groups, an optional leading +.
DIALABLE = re.compile(r"^\+?[0-9](?:[0-9]|[ -](?=[0-9]))*$")
# Sources that are not the service's own page or a health authority's.
_NOT_A_SOURCE = re.compile(r"wikipedia\.org|(^|[./])news\.|news[a-z]*\.(com|co\.|net)", re.I)


def tel_uri(number: str) -> str:
    """The `tel:` link of a number as displayed: its digits, and its leading + if any."""
    if not DIALABLE.match(number):
        raise ValueError(f"{number!r} does not dial as written")
    return "tel:" + ("+" if number.startswith("+") else "") + re.sub(r"[^0-9]", "", number)


def sms_uri(number: str, body: str = "") -> str:
    """The `sms:` link of a number as displayed, with the first word to send when there is one."""
    from urllib.parse import quote

    link = "sms:" + tel_uri(number).removeprefix("tel:")
    return f"{link}?body={quote(body)}" if body else link


@dataclass(frozen=True)
class HelpInfo:
    country: str
    country_name: str
    emergency_number: str
    lines: tuple[CrisisLine, ...]
    known: bool
    advice: str


@dataclass(frozen=True)
class _Country:
    code: str
    name: str  # in English
    emergency_number: str
    lines: tuple[CrisisLine, ...]
    names: Mapping[str, str] = field(default_factory=dict)  # by language code: CLDR's name

    def name_in(self, language: str) -> str:
        """The country's name in `language`, English where the file has none for it."""
        return self.names.get(language, self.name)


@dataclass(frozen=True)
class CrisisDirectory:
    countries: Mapping[str, _Country]
    international_url: str


def _https(value: str) -> bool:
    return value.startswith("https://") and len(value) > len("https://") and " " not in value


def _line(raw: Mapping[str, Any], where: str) -> CrisisLine:
    line = CrisisLine(
        name=str(raw["name"]),
        phone=str(raw.get("phone", "")),
        text=str(raw.get("text", "")),
        url=str(raw.get("url", "")),
        hours=str(raw.get("hours", "")),
        source=str(raw.get("source", "")),
        checked=str(raw.get("checked", "")),
        languages=str(raw.get("languages", "")),
        notes=str(raw.get("notes", "")),
        text_body=str(raw.get("text_body", "")),
        chat=str(raw.get("chat", "")),
    )
    # Unsourced or undated numbers must never ship: a wrong number in a crisis is worse than none.
    if not line.source.strip() or not line.checked.strip():
        raise RuntimeError(f"{where}: {line.name!r} needs a source and a checked date")
    if not _https(line.source) or _NOT_A_SOURCE.search(line.source):
        raise RuntimeError(
            f"{where}: {line.name!r}: the source must be the service's own page or a health "
            f"authority's (https), not {line.source!r}"
        )
    try:
        date.fromisoformat(line.checked)
    except ValueError:
        raise RuntimeError(f"{where}: {line.name!r}: checked must be a date (YYYY-MM-DD)") from None
    if not (line.phone.strip() or line.text.strip()):
        raise RuntimeError(f"{where}: {line.name!r} has neither a phone number nor a text number")
    for number in (line.phone, line.text):
        if number and not DIALABLE.match(number):
            raise RuntimeError(f"{where}: {line.name!r}: {number!r} does not dial as written")
    for link in (line.url, line.chat):
        if link and not _https(link):
            raise RuntimeError(f"{where}: {line.name!r}: {link!r} is not an https address")
    return line


def load_directory(path: Path) -> CrisisDirectory:
    """Read and check a crisis-lines file; raise RuntimeError if an entry is incomplete."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    countries: dict[str, _Country] = {}
    for code, raw in data["countries"].items():
        where = f"{path}: {code}"
        if not _ISO_ALPHA2.match(code):
            raise RuntimeError(f"{where}: country codes are two capital letters (ISO 3166-1)")
        # A country may ship only its emergency number: its lines are then the directory's.
        lines = tuple(_line(r, where) for r in raw["lines"])
        emergency = str(raw.get("emergency_number", "")).strip()
        if not emergency:
            raise RuntimeError(f"{where}: needs an emergency number")
        if not DIALABLE.match(emergency) and emergency not in EMERGENCY_NUMBERS_IN_WORDS:
            raise RuntimeError(
                f"{where}: the emergency number {emergency!r} has words that are not in "
                "EMERGENCY_NUMBERS_IN_WORDS, so it could not be translated"
            )
        names = raw.get("names", {})
        if not isinstance(names, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in names.items()
        ):
            raise RuntimeError(f"{where}: names must map language codes to the country's name")
        countries[code] = _Country(
            code, str(raw["name"]), str(raw["emergency_number"]), lines, dict(names)
        )
    international = data["international"]
    return CrisisDirectory(
        countries=countries,
        international_url=str(international["url"]),
    )


@cache
def _shipped() -> CrisisDirectory:
    return load_directory(assets_dir() / CRISIS_LINES_FILE)


def collation_key(name: str) -> str:
    """A sort key that files letters with accents and umlauts beside their base letter
    ("Österreich" among the O's, "Ägypten" among the A's), as German and Spanish lists do."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def countries(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) for every country with shipped crisis lines, named in `language` (the
    language in use when None) and sorted by that name."""
    language = language or current_language()
    named = ((c.code, c.name_in(language)) for c in _shipped().countries.values())
    return sorted(named, key=lambda pair: collation_key(pair[1]))


def _normalise_code(country: str | None) -> str:
    code = (country or "").strip().upper()
    return _COUNTRY_ALIASES.get(code, code)


def help_for(country: str | None) -> HelpInfo:
    """Crisis lines for a country; for an unknown or unset country, advice that works anywhere."""
    directory = _shipped()
    code = _normalise_code(country)
    known = directory.countries.get(code)
    site = directory.international_url.removeprefix("https://")
    if known is None:
        return HelpInfo(
            country=code,
            country_name="",
            emergency_number="",
            lines=(),
            known=False,
            advice=_(INTERNATIONAL_ADVICE).format(site=site),
        )
    name = known.name_in(current_language())
    emergency = _(known.emergency_number)  # digits alone come back as they are
    if known.lines:
        advice = _(
            "If you or someone else is in danger right now, call {number}. "
            "Numbers sometimes change: if a line doesn't connect, {site} lists others you can try."
        ).format(number=emergency, site=site)
    else:
        advice = _(
            "If you or someone else is in danger right now, call {number}. "
            "Companion doesn't have a checked help line for {country} yet; {site} is a free "
            "directory of the helplines there that you can visit yourself."
        ).format(number=emergency, country=name, site=site)
    return HelpInfo(
        country=code,
        country_name=name,
        emergency_number=emergency,
        lines=tuple(_in_language(line) for line in known.lines),
        known=True,
        advice=advice,
    )


def _in_language(line: CrisisLine) -> CrisisLine:
    """A line with its hours, notes and languages in the language in use (its name as it is)."""

    def words(english: str) -> str:
        return _(english) if english in LINE_WORDS else english

    return replace(
        line, hours=words(line.hours), notes=words(line.notes), languages=words(line.languages)
    )


def default_country(locale_name: str | None) -> str | None:
    """The country part of a locale name: "en_GB.UTF-8" -> "GB", "de_DE@euro" -> "DE",
    "en-US" -> "US", Windows' "English_United Kingdom.1252" -> "GB"; "C", "POSIX", "en" -> None.

    The code may be one without shipped lines; `help_for` then gives the international advice.
    """
    if not locale_name:
        return None
    # Drop the encoding (".UTF-8") and modifier ("@euro").
    name = re.split(r"[.@]", locale_name.strip(), maxsplit=1)[0]
    if name.upper() in {"", "C", "POSIX"}:
        return None
    parts = re.split(r"[_-]", name)
    # Language comes first; a script ("Hant") or numeric region ("419") is skipped.
    for part in parts[1:]:
        if _ISO_ALPHA2.match(part.upper()) and part.isascii():
            return _normalise_code(part)
    # Windows spells the country out ("English_United States"); match it against our names.
    if len(parts) > 1:
        spelled = "_".join(parts[1:]).replace("_", " ").casefold()
        for country in _shipped().countries.values():
            if spelled in {n.casefold() for n in (country.name, *country.names.values())}:
                return country.code
    return None


# --- safety rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SafetyThresholds:
    """Every threshold of the safety rules, in one place."""

    # Sustained low mood: at least `low_mood_days` of the last `low_mood_window` days (today
    # included) have a day mean at or below `low_mood_max_level` on the 1-5 mood scale.
    low_mood_days: int = 5
    low_mood_window: int = 7
    low_mood_max_level: int = 2
    # Contact drop: distinct contact days per week over the last `contact_recent_days` (today
    # included) at or below `contact_drop_ratio` times the rate over the `contact_baseline_weeks`
    # before them, and only when that baseline rate is at least `contact_min_baseline_per_week`.
    contact_baseline_weeks: int = 8
    contact_recent_days: int = 14
    contact_drop_ratio: float = 0.25
    contact_min_baseline_per_week: float = 2.0

    def __post_init__(self) -> None:
        if not 1 <= self.low_mood_days <= self.low_mood_window:
            raise ValueError("low_mood_days must be between 1 and low_mood_window")
        if self.contact_baseline_weeks < 1 or self.contact_recent_days < 1:
            raise ValueError("contact windows must be at least one week and one day long")
        if not 0 <= self.contact_drop_ratio < 1:
            raise ValueError("contact_drop_ratio must be at least 0 and below 1")


THRESHOLDS = SafetyThresholds()


def _as_date(day: date) -> date:
    # datetime is a date subclass but doesn't compare with plain dates.
    return day.date() if isinstance(day, datetime) else day


def sustained_low_mood(
    day_means: Mapping[date, float], today: date, t: SafetyThresholds = THRESHOLDS
) -> bool:
    """True when most recent days were low ones. A day with no entry counts as not low:
    the rule never guesses a mood for someone who didn't log one."""
    today = _as_date(today)
    means = {_as_date(day): mean for day, mean in day_means.items()}
    window = (today - timedelta(days=offset) for offset in range(t.low_mood_window))
    low_days = 0
    for day in window:
        mean = means.get(day)
        if mean is not None and not math.isnan(mean) and mean <= t.low_mood_max_level:
            low_days += 1
    return low_days >= t.low_mood_days


def _count_between(days: Iterable[date], first: date, last: date) -> int:
    return sum(1 for day in days if first <= day <= last)


def contact_drop(
    contact_days: Sequence[date], today: date, t: SafetyThresholds = THRESHOLDS
) -> bool:
    """True when the recent rate of contact days is far below the person's own baseline.
    Several contacts on one day count once; future days are ignored."""
    today = _as_date(today)
    days = {_as_date(day) for day in contact_days}
    recent_first = today - timedelta(days=t.contact_recent_days - 1)
    baseline_last = recent_first - timedelta(days=1)
    baseline_first = recent_first - timedelta(weeks=t.contact_baseline_weeks)
    baseline = _count_between(days, baseline_first, baseline_last)
    recent = _count_between(days, recent_first, today)
    baseline_per_week = baseline / t.contact_baseline_weeks
    if baseline_per_week < t.contact_min_baseline_per_week:
        return False  # too little history to call anything a drop
    recent_per_week = recent * 7 / t.contact_recent_days
    # A hair of tolerance so "exactly at the ratio" isn't lost to float rounding.
    return recent_per_week <= t.contact_drop_ratio * baseline_per_week + 1e-9


@dataclass(frozen=True)
class SafetyCard:
    kind: str
    title: str
    body: str


def low_mood_card() -> SafetyCard:
    return SafetyCard(
        kind=KIND_LOW_MOOD,
        title=_("It's been a heavy few days"),
        body=_(
            "Most of your days this past week were low ones. That happens, and you don't have to "
            "sort it out alone. Telling someone you trust how you've been can lighten it a little, "
            "and if it keeps up, a doctor or counsellor can help. If you'd like to talk to someone "
            "right now, “Need help now?” has people you can call any time."
        ),
    )


def contact_drop_card() -> SafetyCard:
    return SafetyCard(
        kind=KIND_CONTACT_DROP,
        title=_("Missing your people?"),
        body=_(
            "You've been in touch with people less than usual these last two weeks. Sometimes "
            "that's just a full stretch of life. If you'd like, a short message to someone close "
            "is an easy way back in. Who comes to mind?"
        ),
    )


def phq9_item9_card() -> SafetyCard:
    """Shown whenever PHQ-9 item 9 is answered above "Not at all", whatever the total."""
    return SafetyCard(
        kind=KIND_PHQ9_ITEM9,
        title=_("Thank you for answering honestly"),
        body=_(
            "You said you've had thoughts of being better off dead or of hurting yourself. Many "
            "people have thoughts like these in hard times, and you don't have to carry them "
            "alone. Talking helps: someone you trust, your doctor, or a crisis line, which you "
            "can call any time. “Need help now?” shows the numbers for your country. If you feel "
            "you might act on these thoughts, please call your local emergency number now."
        ),
    )


def safety_cards(
    day_means: Mapping[date, float],
    contact_days: Sequence[date],
    today: date,
    t: SafetyThresholds = THRESHOLDS,
) -> list[SafetyCard]:
    """The cards warranted today, gentlest wording, most pressing first. Never blocks anything."""
    cards: list[SafetyCard] = []
    if sustained_low_mood(day_means, today, t):
        cards.append(low_mood_card())
    if contact_drop(contact_days, today, t):
        cards.append(contact_drop_card())
    return cards


# A PHQ-9 whose item 9 was answered above zero keeps its card on the home page this long.
PHQ9_CARD_DAYS = 7


def card_windows(today: date, t: SafetyThresholds = THRESHOLDS) -> tuple[date, date]:
    """The first day of mood means and the first day of contact days that `cards_for` reads."""
    history_days = t.contact_baseline_weeks * 7 + t.contact_recent_days
    return (
        today - timedelta(days=t.low_mood_window - 1),
        today - timedelta(days=max(history_days, t.low_mood_window)),
    )


# The setting that holds "Not now" on the item-9 card: when the PHQ-9 it was shown for was taken.
ITEM9_NOT_NOW_SETTING = "safety.item9_not_now"


def not_now_time(value: object) -> datetime | None:
    """The "Not now" setting's value as an aware time, or None when unset or unreadable (an
    unreadable one shows the card again: better once too often than never)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def cards_for(
    now: datetime,
    today: date,
    *,
    phq9: tuple[datetime, Iterable[str]] | None,
    day_means: Mapping[date, float],
    contact_days: Sequence[date],
    t: SafetyThresholds = THRESHOLDS,
    item9_not_now: datetime | None = None,
) -> list[SafetyCard]:
    """Every card for the home page, most pressing first: the PHQ-9 item-9 card when the newest
    PHQ-9 (`phq9`: when it was taken and its flags) asked for it in the last week and the person
    hasn't said "Not now" to it (`item9_not_now`: the taking time of the PHQ-9 they said it to;
    a newer one brings the card back), then the cards of `safety_cards`. Mood means and contact
    days cover `card_windows(today)`."""
    from companion.domain.assessments import PHQ9_ITEM9

    cards: list[SafetyCard] = []
    if phq9 is not None:
        taken_at, flags = phq9
        put_away = item9_not_now is not None and taken_at <= item9_not_now
        if (
            PHQ9_ITEM9 in flags
            and now - taken_at <= timedelta(days=PHQ9_CARD_DAYS)
            and not put_away
        ):
            cards.append(phq9_item9_card())
    cards.extend(safety_cards(day_means, contact_days, today, t))
    return cards
