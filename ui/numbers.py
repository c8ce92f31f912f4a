"""Numbers as the language in use writes them: "3,5" in German and Spanish, "3.5" in English,
with the locale's own signs and digit grouping (QLocale's default follows the chosen language)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def decimal(value: float, places: int = 1) -> str:
    """`value` with a fixed number of decimals: "3.5" / "3,5"."""
    return QLocale().toString(float(value), "f", places)


def signed(value: float, places: int = 1) -> str:
    """A difference with its sign, "+0.4" / "+0,4" / "−0,4"; nought has none."""
    if round(value, places) == 0:
        return decimal(0.0, places)
    text = decimal(value, places)
    return QLocale().positiveSign() + text if value > 0 else text


def shortest(value: float) -> str:
    """As few digits as say `value` exactly: "2", "2.5" / "2,5"."""
    return QLocale().toString(
        float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def whole(value: int) -> str:
    """A whole number with the locale's grouping: "2,000" / "2.000"."""
    return QLocale().toString(int(value))
