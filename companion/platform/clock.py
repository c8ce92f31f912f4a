"""Time as an injectable dependency, so every rule can be tested with a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current time as an aware datetime."""

    def now(self) -> datetime: ...


def local_timezone() -> tzinfo:
    """The computer's named time zone (so dates across a daylight-saving change stay right),
    falling back to the current fixed offset where the OS doesn't name one."""
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # an unusual system setup; a fixed offset is still correct for today
        tz = datetime.now(UTC).astimezone().tzinfo
        assert tz is not None
        return tz


class SystemClock:
    """The real clock, in the computer's local time zone."""

    def __init__(self, tz: tzinfo | None = None) -> None:
        self._tz = tz or local_timezone()

    def now(self) -> datetime:
        return datetime.now(self._tz)


class FakeClock:
    """A clock for tests that only moves when told to."""

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(tz) if tz else start

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = when

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        self._now = self._now + (delta if delta is not None else timedelta(**kwargs))
        return self._now
