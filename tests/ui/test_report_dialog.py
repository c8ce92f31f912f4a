"""The Report… dialog: presets, journal entries off until ticked one by one, initials, save."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt

from tests.ui import report_support
from tests.ui.report_support import pdf_text
from ui.context import AppContext
from ui.report.dialog import ReportDialog

demo = report_support.demo


def test_presets_sections_and_journal_choice(qtbot, demo, tmp_path):
    companion, _folder = demo
    dialog = ReportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    assert dialog.dates() == (date(2026, 10, 25), date(2026, 11, 21))  # last 4 weeks
    dialog.range_box.setCurrentIndex(0)
    assert dialog.dates() == (date(2026, 11, 8), date(2026, 11, 21))
    options = dialog.options()
    assert "journal" not in options.sections and options.journal_keys == ()
    assert not dialog.journal_list.isEnabled()

    dialog.set_range(date(2026, 8, 1), date(2026, 11, 21))
    dialog.section_checks["journal"].setChecked(True)
    assert dialog.journal_list.isEnabled() and dialog.journal_list.count() > 1
    assert dialog.chosen_journal_keys() == []  # nothing until ticked
    item = dialog.journal_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    key = item.data(Qt.ItemDataRole.UserRole)
    assert dialog.options().journal_keys == (key,)
    dialog.initials.setChecked(True)
    assert dialog.chosen_journal_keys() == [key]  # kept across the list's refill

    out = tmp_path / "from-dialog.pdf"
    assert dialog.save_to(out)
    text = re.sub(r"\s+", " ", pdf_text(out))
    assert "Journal entries" in text and "1 August 2026 to 21 November 2026" in text
    assert "Maya Okafor" not in text
    assert "Saved to" in dialog.status.text()


def test_end_before_start_says_so_and_writes_nothing(qtbot, demo, tmp_path):
    companion, _folder = demo
    dialog = ReportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.set_range(date(2026, 11, 10), date(2026, 11, 1))
    assert "before the start" in dialog.range_text.text()
    assert not dialog.save_to(tmp_path / "x.pdf")
    assert "comes before" in dialog.status.text()
    assert not (tmp_path / "x.pdf").exists()


def test_preview_shows_every_page(qtbot, demo):
    companion, _folder = demo
    dialog = ReportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    preview = dialog.build_preview()
    qtbot.addWidget(preview)
    assert len(preview.page_labels) >= 2
    assert preview.page_labels[0].accessibleName().startswith("Page 1 of ")
