"""Numbers and chart dates follow the language in use: a decimal comma in German and Spanish, and
the mood chart's months named in that language ("Okt.", "oct."), not strftime's English."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from ui.numbers import decimal, shortest, signed, whole


@pytest.fixture
def locale_of():
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale.system())


def test_german_and_spanish_write_a_decimal_comma(locale_of):
    for name in ("de", "es"):
        locale_of(name)
        assert decimal(3.46) == "3,5"
        assert signed(0.42) == "+0,4"
        assert signed(-0.42) == "-0,4"
        assert signed(-0.04) == "0,0"  # nought carries no sign
        assert shortest(2.5) == "2,5" and shortest(2.0) == "2"
    locale_of("de")
    assert whole(2000) == "2.000"
    locale_of("en")
    assert decimal(3.46) == "3.5" and signed(0.42) == "+0.4" and whole(2000) == "2,000"


def _month_ticks(axis, when: datetime) -> list[str]:
    for level in axis.zoomLevels.values():
        for spec in level.tickSpecs:
            if spec.format == "%b":
                axis.zoomLevel = level
                return axis.tickStrings([when.timestamp()], 1.0, spec.spacing)
    raise AssertionError("pyqtgraph has no month ticks")


@pytest.mark.parametrize(("name", "english"), [("de", "Oct"), ("es", "Oct"), ("en", None)])
def test_the_chart_axis_names_months_in_the_language_in_use(qapp, locale_of, name, english):
    from ui.date_axis import LocaleDateAxis

    locale_of(name)
    axis = LocaleDateAxis(orientation="bottom")
    axis.utcOffset = 0
    shown = _month_ticks(axis, datetime(2026, 10, 15, 12))
    assert shown == [QLocale(name).toString(datetime(2026, 10, 15).date(), "MMM")]
    if english is not None:
        assert english not in shown[0]


def test_a_value_axis_writes_a_decimal_comma_in_german(qapp, locale_of):
    from ui.date_axis import LocaleNumberAxis

    locale_of("de")
    shown = LocaleNumberAxis("bottom").tickStrings([-0.5, 0.1, 0.3], 1.0, 0.1)
    assert shown == ["-0,5", "0,1", "0,3"]
