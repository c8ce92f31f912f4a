"""Both colour schemes meet WCAG AA where the screen tour found them short: footnote grey for text,
the plain chart colour and control edges for marks, and chart marks' edges on every mood colour."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from ui.mood.common import LEVEL_COLOURS
from ui.theme import contrast, mark_edge, palette_for


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_muted_text_and_marks_meet_aa(qapp, scheme):
    palette = palette_for(scheme)
    role = QPalette.ColorRole
    muted, mid = palette.color(role.PlaceholderText), palette.color(role.Mid)
    for ground in (role.Window, role.Base, role.AlternateBase):
        assert contrast(muted, palette.color(ground)) >= 4.5, (scheme, ground)
    assert contrast(mid, palette.color(role.Base)) >= 3.0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_mark_edges_stand_out_on_the_chart(qapp, scheme):
    base = palette_for(scheme).color(QPalette.ColorRole.Base)
    for colour in LEVEL_COLOURS:
        assert contrast(mark_edge(colour, base), base) >= 3.0, (scheme, colour)
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
