"""The pause before opening an app: when an app or site in a boundary's category comes to the
front during that boundary's hours, ask its intention once (at most once per boundary per hour).

Pure: the front window, the boundaries, when each was last asked and the time now in; at most one
prompt out. Nothing is ever blocked; the person answers "Go ahead" or "Not now".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from companion.domain.screen_categories import (
    DEFAULT_RULES,
    CategoryRule,
    categorise_app,
    categorise_domain,
    domain_of,
)

ASK_AGAIN_AFTER = timedelta(hours=1)
ANSWERS = ("go_ahead", "not_now")


@dataclass(frozen=True)
class FrontWindow:
    """The window in front, as ActivityWatch's window watcher reports it."""

    app: str
    title: str = ""
    url: str = ""


@dataclass(frozen=True)
class PauseBoundary:
    id: int
    title: str
    category: str | None
    starts_at: str | None  # "HH:MM"; None with ends_at None = all day
    ends_at: str | None
    weekdays: tuple[int, ...]
    active: bool = True
    intention: str | None = None


@dataclass(frozen=True)
class PausePrompt:
    boundary_id: int
    title: str
    intention: str
    category: str


def _hhmm(value: str) -> time:
    return time(int(value[:2]), int(value[3:5]))


def in_hours(boundary: PauseBoundary, now: datetime) -> bool:
    """True when `now` (local wall time) falls in the boundary's hours on one of its days. Hours
    that run past midnight belong to the day they start on."""
    start = _hhmm(boundary.starts_at) if boundary.starts_at else None
    end = _hhmm(boundary.ends_at) if boundary.ends_at else None
    clock = now.time().replace(tzinfo=None)
    today, yesterday = now.weekday(), (now.weekday() - 1) % 7
    if start is None and end is None:
        return today in boundary.weekdays
    start = start or time(0)
    if end is None or end == start:
        return today in boundary.weekdays and clock >= start
    if start < end:
        return today in boundary.weekdays and start <= clock < end
    # Overnight, e.g. 22:00 to 07:00.
    if clock >= start:
        return today in boundary.weekdays
    return clock < end and yesterday in boundary.weekdays


def category_of(window: FrontWindow, rules: Sequence[CategoryRule] = DEFAULT_RULES) -> str:
    if window.url:
        found = categorise_domain(window.url, rules)
        if found != "other":
            return found
    found = categorise_app(window.app, None, rules)
    if found == "other" and window.title:
        # Browsers put the site in the title ("Reddit - Firefox"); try each word as a host.
        for word in window.title.replace("—", " ").replace("-", " ").split():
            if "." in word:
                found = categorise_domain(domain_of(word), rules)
                if found != "other":
                    break
    return found


def plan_pause(
    window: FrontWindow | None,
    boundaries: Sequence[PauseBoundary],
    last_asked: Mapping[int, datetime],
    now: datetime,
    rules: Sequence[CategoryRule] = DEFAULT_RULES,
) -> PausePrompt | None:
    """The one prompt to show now, or None. `now` and `last_asked` are aware datetimes."""
    if window is None or not window.app:
        return None
    category = category_of(window, rules)
    if category == "other":
        return None
    for boundary in boundaries:
        if not boundary.active or boundary.category != category:
            continue
        if not in_hours(boundary, now):
            continue
        asked = last_asked.get(boundary.id)
        if asked is not None and now - asked < ASK_AGAIN_AFTER:
            continue
        return PausePrompt(
            boundary_id=boundary.id,
            title=boundary.title,
            intention=boundary.intention or boundary.title,
            category=category,
        )
    return None
