"""Shared bits of the mood UI: calm colours for the five levels, and time helpers."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

# Low moods are cool slate and lavender rather than red: a hard day is not an alarm.
LEVEL_COLOURS = ("#6d7fa3", "#8e93c2", "#c9b98f", "#8fb58a", "#4f9c8f")


def level_colour(mean: float) -> QColor:
    """The colour of a level, blended between neighbours for a day mean such as 3.5."""
    mean = min(5.0, max(1.0, float(mean)))
    low = int(mean)
    if low >= 5:
        return QColor(LEVEL_COLOURS[4])
    a, b = QColor(LEVEL_COLOURS[low - 1]), QColor(LEVEL_COLOURS[low])
    t = mean - low
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def nearest_label(labels, mean: float) -> str:
    return labels[min(4, max(0, round(mean) - 1))]


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_day(day: date, this_year: int | None = None) -> str:
    """ "Fri 20 Nov" in the user's language; the year is added when it isn't `this_year`."""
    fmt = "ddd d MMM" if day.year == this_year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def clock_time(when: datetime) -> str:
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def to_qdatetime(when: datetime) -> QDateTime:
    # Wall-clock fields only: the editor shows the time as the user's own clock reads it.
    return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))


def from_qdatetime(value: QDateTime, tzinfo) -> datetime:
    """A wall-clock time from an editor, placed in the user's zone (the facade clock's zone)."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tzinfo)
