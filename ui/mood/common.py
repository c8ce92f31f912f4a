"""Shared bits of the mood UI: calm colours for the five levels, and time helpers."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

# Low moods are cool slate and lavender rather than red: a hard day is not an alarm.
LEVEL_COLOURS = ("#6d7fa3", "#8e93c2", "#c9b98f", "#8fb58a", "#4f9c8f")


def mood_button_style(stripe: str | None = None, *, checkable: bool = False) -> str:
    """The one look of every mood button (Today's five and More…, the dialog's levels and
    energy): a rounded button, with a soft stripe in the level's colour when it has one. The
    focus ring takes its extra pixel from the padding, so the text keeps its room."""
    bottom = f"4px solid {stripe}" if stripe else "1px solid palette(mid)"
    pad_bottom = 4 if stripe else 7  # the same height with or without the stripe
    sheet = (
        f"QPushButton {{ border: 1px solid palette(mid); border-bottom: {bottom};"
        f" border-radius: 8px; background: palette(button); padding: 4px 8px {pad_bottom}px 8px; }}"
        f" QPushButton:focus {{ border: 2px solid palette(highlight); border-bottom: {bottom};"
        f" padding: 3px 7px {pad_bottom - (0 if stripe else 1)}px 7px; }}"
    )
    if checkable:
        sheet += (
            " QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
    return sheet


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
