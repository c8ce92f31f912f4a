"""The report's dates and its period line are written in the report's language, whatever the
machine's locale: month names, the order of day, month and year, and the plural of the span."""

from __future__ import annotations

from datetime import date

import pytest

from companion.services.report_data import describe_range, long_date


@pytest.mark.parametrize(
    ("code", "made_on", "period"),
    [
        ("en", "3 March 2026", "1 September 2026 to 23 November 2026 (12 weeks)"),
        ("de", "3. März 2026", "1. September 2026 bis 23. November 2026 (12 Wochen)"),
        (
            "es",
            "3 de marzo de 2026",
            "1 de septiembre de 2026 – 23 de noviembre de 2026 (12 semanas)",
        ),
    ],
)
def test_dates_and_the_period_read_in_the_language(language, code, made_on, period) -> None:
    language(code)
    assert long_date(date(2026, 3, 3)) == made_on
    assert describe_range(date(2026, 9, 1), date(2026, 11, 23)) == period


@pytest.mark.parametrize(
    ("code", "one", "many"),
    [("en", "1 day", "3 days"), ("de", "1 Tag", "3 Tage"), ("es", "1 día", "3 días")],
)
def test_a_short_period_counts_its_days(language, code, one, many) -> None:
    language(code)
    assert describe_range(date(2026, 5, 2), date(2026, 5, 2)).endswith(f"({one})")
    assert describe_range(date(2026, 5, 2), date(2026, 5, 4)).endswith(f"({many})")
