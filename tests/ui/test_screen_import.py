"""The ActivityWatch wizard over a real vault and a real export: read on a worker thread, preview,
import; Cancel writes nothing; reading from this computer only when the setting allows it; and the
Screen time settings group."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ui import mood_support
from ui.context import AppContext
from ui.screen.activitywatch_wizard import CHOOSE, DONE, PREVIEW, ActivityWatchImportDialog

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template

SMALL = "activitywatch/DERIVED_liv10let_android_trimmed40.json"


@pytest.fixture
def wizard(qtbot, companion):
    dialog = ActivityWatchImportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def aw_rows(companion):
    """Every day since 2000 with an ActivityWatch figure (the export is from before today)."""
    days = companion.screen.days(date(2000, 1, 1), mood_support.START.date())
    return [d for d in days if d.activitywatch]


def test_wizard_imports_the_small_real_export(qtbot, wizard, companion, realdata):
    path = realdata / SMALL
    expected = companion.screen.preview_activitywatch(path)
    assert expected.minutes  # the file has countable screen time
    with qtbot.waitSignal(wizard.finished_reading, timeout=20000):
        assert wizard.choose_file(path)
    assert wizard.stack.currentIndex() == PREVIEW
    assert wizard.preview.minutes == expected.minutes
    assert wizard.table.rowCount() == len(expected.days)
    assert f"(days: {len(expected.days)})" in wizard.preview_label.text()
    for skipped in expected.skipped:
        assert skipped.reason in wizard.skipped_label.text()
    assert aw_rows(companion) == []  # nothing written before Import

    wizard.next.click()
    assert wizard.stack.currentIndex() == DONE
    assert "Imported" in wizard.summary_label.text()
    written = {(d.day, k): v for d in aw_rows(companion) for k, v in d.activitywatch.items()}
    assert written == pytest.approx(expected.minutes)


def test_cancel_while_reading_writes_nothing(qtbot, wizard, companion, realdata):
    with qtbot.waitSignal(wizard.finished_reading, timeout=20000):
        wizard.choose_file(realdata / SMALL)
        wizard.cancel_clicked()  # whether the reader stops or finishes, the result is dropped
    assert wizard.stack.currentIndex() == DONE
    assert "Nothing was imported" in wizard.summary_label.text()
    assert wizard.preview is None
    assert aw_rows(companion) == []


def test_cancel_at_the_preview_writes_nothing(qtbot, wizard, companion, realdata):
    with qtbot.waitSignal(wizard.finished_reading, timeout=20000):
        wizard.choose_file(realdata / SMALL)
    assert wizard.stack.currentIndex() == PREVIEW
    wizard.cancel.click()
    assert wizard.result() == wizard.DialogCode.Rejected
    assert aw_rows(companion) == []


def test_a_file_that_is_not_an_export_says_so_and_stays_on_the_first_step(
    qtbot, wizard, companion, tmp_path
):
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    with qtbot.waitSignal(wizard.finished_reading, timeout=20000):
        wizard.choose_file(bad)
    assert wizard.stack.currentIndex() == CHOOSE
    assert "notes.json" in wizard.choose_problem.text()
    assert "Nothing was imported" in wizard.choose_problem.text()


def test_server_button_only_when_the_setting_is_on(qtbot, companion):
    assert companion.settings.get("activitywatch.server_enabled") is False
    off = ActivityWatchImportDialog(AppContext(companion))
    qtbot.addWidget(off)
    assert not off.server_button.isEnabled()
    assert "Settings" in off.server_note.text()
    assert not off.read_server()

    from ui.screen.settings_group import ScreenSettingsGroup

    group = ScreenSettingsGroup(AppContext(companion))
    qtbot.addWidget(group)
    group.refresh()
    assert "127.0.0.1:5600" in group.consent.text()
    assert "nothing leaves" in group.consent.text()
    group.server.setChecked(True)
    assert companion.settings.get("activitywatch.server_enabled") is True
    on = ActivityWatchImportDialog(AppContext(companion))
    qtbot.addWidget(on)
    assert on.server_button.isEnabled()
    assert "127.0.0.1:5600" in on.server_note.text()


def test_reminder_time_setting(qtbot, companion):
    from PySide6.QtCore import QTime

    from ui.screen.settings_group import ScreenSettingsGroup

    group = ScreenSettingsGroup(AppContext(companion))
    qtbot.addWidget(group)
    group.refresh()
    assert group.remind.isChecked() and group.remind_at.time() == QTime(20, 30)
    group.remind_at.setTime(QTime(21, 15))
    group.save_reminder()
    assert companion.settings.get("boundaries.reminder_at") == "21:15"
    group.remind.setChecked(False)
    assert companion.settings.get("boundaries.reminder_at") is None


def test_the_wizard_works_from_the_keyboard_alone(qtbot, wizard, companion, realdata):
    """Type the file's path, then Enter at each step: read, import, close."""
    from PySide6.QtCore import Qt

    wizard.path_edit.setFocus()
    qtbot.keyClicks(wizard.path_edit, str(realdata / SMALL))
    with qtbot.waitSignal(wizard.finished_reading, timeout=20000):
        qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)  # Next, the default button
    assert wizard.stack.currentIndex() == PREVIEW
    assert aw_rows(companion) == []
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Import: one transaction on the task runner
    assert wizard.stack.currentIndex() == DONE and aw_rows(companion) != []
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Close
    assert wizard.result() == wizard.DialogCode.Accepted
