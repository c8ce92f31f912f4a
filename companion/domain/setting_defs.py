"""Every user setting declared once, with its default and what it means (the values live in the
vault; companion.services.settings reads and writes them). Free of the storage layer, so the first screen
can be read before it loads (companion.storage.reads, companion.storage.glance)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from companion.domain.errors import InvalidInput
from companion.domain.screen_categories import CATEGORY_LABELS, rules_from_json


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    description: str
    kind: type | tuple[type, ...]
    allow_none: bool = False
    check: Callable[[Any], bool] | None = None


def _hhmm(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    try:
        hours, minutes = int(value[:2]), int(value[3:])
    except ValueError:
        return False
    return 0 <= hours < 24 and 0 <= minutes < 60


def _aware_iso_time(value: Any) -> bool:
    from datetime import datetime

    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except (TypeError, ValueError):
        return False


def _screen_categories_ok(value: Any) -> bool:
    keys = [c.get("key") for c in value if isinstance(c, dict)]
    return (
        len(keys) == len(value)
        and "other" in keys
        and len(set(keys)) == len(keys)
        and all(isinstance(k, str) and k.strip() and k == k.strip().lower() for k in keys)
        and all(isinstance(c.get("label"), str) and c["label"].strip() for c in value)
    )


def _screen_rules_ok(value: Any) -> bool:
    try:
        rules_from_json(value)
    except InvalidInput:
        return False
    return True


def _pause_answers_ok(value: Any) -> bool:
    return all(
        isinstance(a, dict)
        and _aware_iso_time(a.get("at"))
        and isinstance(a.get("boundary"), int)
        and a.get("answer") in ("go_ahead", "not_now")
        for a in value
    )


MAX_EMOTION_LENGTH = 40


def _own_emotions_ok(value: Any) -> bool:
    """The person's own feelings: short words, each once (without regard to case)."""
    if not all(isinstance(v, str) and v.strip() == v and " ".join(v.split()) == v for v in value):
        return False
    folded = [v.casefold() for v in value]
    return all(0 < len(v) <= MAX_EMOTION_LENGTH for v in value) and len(set(folded)) == len(value)


_DEFS = (
    SettingDef(
        "country", None, "Country whose help lines are shown (ISO code).", str, allow_none=True
    ),
    SettingDef(
        "day.ends_at",
        "04:00",
        "My day ends at: records made before this time count for the day before.",
        str,
        check=_hhmm,
    ),
    SettingDef("nudges.enabled", True, "Show gentle reminders to reach out.", bool),
    SettingDef(
        "nudges.daily_limit",
        3,
        "At most this many reach-out reminders a day.",
        int,
        check=lambda v: 0 <= v <= 20,
    ),
    SettingDef("nudges.quiet_start", "21:00", "No reminders from this time…", str, check=_hhmm),
    SettingDef("nudges.quiet_end", "09:00", "…until this time.", str, check=_hhmm),
    SettingDef(
        "nudges.days_off",
        [],
        "Weekdays (0 = Monday) with no reminders.",
        list,
        check=lambda v: all(isinstance(d, int) and 0 <= d <= 6 for d in v),
    ),
    SettingDef(
        "appearance.theme",
        "system",
        "Colours: follow the system, or always light, or always dark.",
        str,
        check=lambda v: v in ("system", "light", "dark"),
    ),
    SettingDef(
        "mood.labels",
        ["awful", "bad", "meh", "good", "great"],
        "Names of the five mood levels.",
        list,
        check=lambda v: len(v) == 5 and all(isinstance(s, str) and s.strip() for s in v),
    ),
    SettingDef(
        "mood.own_emotions",
        [],
        "Feelings the person added to the list offered when logging a mood.",
        list,
        check=_own_emotions_ok,
    ),
    SettingDef(
        "mood.reminder_at",
        None,
        "Daily mood check-in reminder time, or none.",
        str,
        allow_none=True,
        check=_hhmm,
    ),
    SettingDef(
        "assessments.retake_days",
        14,
        "Suggest re-taking a check-in after this many days.",
        int,
        check=lambda v: 1 <= v <= 365,
    ),
    SettingDef(
        "boundaries.reminder_at",
        "20:30",
        "Evening boundary check-in reminder time, or none.",
        str,
        allow_none=True,
        check=_hhmm,
    ),
    SettingDef(
        "activitywatch.server_enabled",
        False,
        "Read screen time from ActivityWatch on this computer (127.0.0.1 only).",
        bool,
    ),
    SettingDef(
        "lock.idle_minutes",
        None,
        "Lock after this many idle minutes, or never.",
        int,
        allow_none=True,
        check=lambda v: 1 <= v <= 24 * 60,
    ),
    SettingDef("backup.auto", True, "Make an encrypted backup once a day.", bool),
    SettingDef(
        "backup.keep", 7, "How many automatic backups to keep.", int, check=lambda v: 1 <= v <= 365
    ),
    SettingDef(
        "backup.folder",
        None,
        "Folder for automatic backups (default: inside the profile).",
        str,
        allow_none=True,
    ),
    SettingDef("app.start_at_login", False, "Start Companion in the tray when you log in.", bool),
    SettingDef("profile.demo", False, "This profile holds made-up sample data.", bool),
    SettingDef(
        "safety.item9_not_now",
        None,
        "“Not now” on Today's check-in card: when the PHQ-9 it was shown for was taken "
        "(ISO time); a newer check-in shows the card again.",
        str,
        allow_none=True,
        check=_aware_iso_time,
    ),
    SettingDef(
        "screen.categories",
        [{"key": key, "label": label} for key, label in CATEGORY_LABELS.items()],
        "Screen-time categories for self-reports and charts, in order: key and name.",
        list,
        check=_screen_categories_ok,
    ),
    SettingDef(
        "screen.rules",
        None,
        "Rules that put apps and websites into categories, in order; none means the built-in rules.",
        list,
        allow_none=True,
        check=_screen_rules_ok,
    ),
    SettingDef(
        "pause.enabled",
        False,
        "Ask a boundary's intention when an app it covers comes to the front (needs ActivityWatch).",
        bool,
    ),
    SettingDef(
        "pause.answers",
        [],
        "Answers to the pause before opening an app: when, which boundary, go ahead or not now.",
        list,
        check=_pause_answers_ok,
    ),
    SettingDef(
        "reflections.offered",
        [],
        "Reflection prompts already offered, as [day, prompt id], so they rotate without repeats.",
        list,
        check=lambda v: all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in v
        ),
    ),
)
SETTINGS: dict[str, SettingDef] = {d.key: d for d in _DEFS}


def _definition(key: str) -> SettingDef:
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}") from None
