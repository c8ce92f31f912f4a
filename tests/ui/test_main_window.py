"""The main window: pages by shortcut, help always reachable, settings saved, closing, names."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from companion.facade import Companion, asks_passphrase_at_start
from companion.platform.clock import FakeClock
from tests.helpers import PASSPHRASE
from ui.context import AppContext
from ui.main_window import PAGES, MainWindow
from ui.pages.today import greeting_for_hour

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app_running(profile_dir, launch):
    controller = launch(profile_dir)
    window = controller.window
    window.activateWindow()  # shortcuts are window-wide: they need the window to be active
    return controller


def test_each_page_is_reachable_by_its_shortcut(qtbot, app_running):
    window = app_running.window
    qtbot.waitUntil(window.isActiveWindow)
    for number, (name, label, _cls) in reversed(list(enumerate(PAGES, start=1))):
        qtbot.keyClick(window.sidebar, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.current_page() is window.pages[name], label
        assert window.sidebar.currentRow() == number - 1
        assert f"Ctrl+{number}" in window.sidebar.toolTip()


def test_help_opens_with_f1_and_ctrl_h_and_the_button(qtbot, app_running):
    window = app_running.window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    assert window.current_page() is window.help_page
    window.show_page(0)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_H, CTRL)
    assert window.current_page() is window.help_page
    window.show_page(2)
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.help_page
    assert window.sidebar.currentRow() == -1


def test_help_shows_the_lines_for_the_chosen_country(qtbot, app_running):
    window = app_running.window
    window.show_help()
    page = window.help_page
    assert "999" in page.emergency.text()  # the profile's country is GB
    texts = " ".join(label.text() for label in page.findChildren(type(page.emergency)))
    assert "Samaritans" in texts
    assert page.emergency.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_help_without_a_country_gives_the_emergency_advice(qtbot, app_running):
    window = app_running.window
    window.show_page_named("settings")
    combo = window.pages["settings"].country
    combo.setCurrentIndex(combo.findData(None))  # "Somewhere else / not listed"
    assert not app_running.companion.settings.get("country")
    window.show_help()
    page = window.help_page
    assert "local emergency number" in page.emergency.text()
    assert "emergency number" in page.advice.text()


def test_settings_country_is_saved_to_the_vault_and_help_follows(qtbot, app_running, profile_dir):
    window = app_running.window
    window.show_help()  # built now; hidden from here on, it follows the country when next shown
    assert "999" in window.help_page.emergency.text()
    window.show_page_named("settings")
    page = window.pages["settings"]
    assert page.country.currentData() == "GB"
    page.country.setCurrentIndex(page.country.findData("DE"))
    assert app_running.companion.settings.get("country") == "DE"
    assert window.help_page.stale  # hidden pages refresh when next shown
    window.show_help()
    assert "112" in window.help_page.emergency.text()
    assert not window.help_page.stale

    app_running.quit()
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE) as reopened:
        assert reopened.settings.get("country") == "DE"


def test_ask_for_passphrase_checkbox_changes_the_key_file(qtbot, app_running, profile_dir):
    window = app_running.window
    window.show_page_named("settings")
    page = window.pages["settings"]
    assert not page.ask_passphrase.isChecked()
    assert not asks_passphrase_at_start(profile_dir)
    qtbot.keyClick(page.ask_passphrase, Qt.Key.Key_Space)
    assert page.ask_passphrase.isChecked()
    assert asks_passphrase_at_start(profile_dir)
    assert "each time" in page.ask_note.text()


def test_settings_shows_the_profile_folder_and_version(qtbot, app_running, profile_dir):
    from companion import __version__

    window = app_running.window
    window.show_page_named("settings")
    page = window.pages["settings"]
    assert str(profile_dir) in page.profile_path.text()
    assert __version__ in page.version.text()


def test_closing_without_a_tray_quits(qtbot, app_running, profile_dir):
    assert app_running.tray is None  # offscreen has no tray
    window = app_running.window
    window.close()
    assert app_running.quitting
    assert app_running.exit_code == 0
    assert not window.isVisible()
    # The vault was closed and its lock released: another opener gets it.
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE):
        pass


def test_ctrl_q_quits(qtbot, app_running):
    window = app_running.window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Q, CTRL)
    assert app_running.quitting and app_running.exit_code == 0


def _named_by(widget: QWidget) -> QWidget:
    """A combo box's popup list and a spin box's text field are announced through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return parent
        parent = parent.parentWidget()
    return widget


def test_every_focusable_widget_has_an_accessible_name(qtbot, app_running):
    window = app_running.window
    for name in (*window.pages, "help"):
        window.show_page_named(name)  # build each page's refreshed contents
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not _named_by(w).accessibleName().strip()
    ]
    assert unnamed == []
    focusable = [
        w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(focusable) >= 5  # the walk really found controls


def test_pages_refresh_lazily_after_a_change(qtbot, app_running):
    window = app_running.window
    window.show_page_named("today")
    settings_page = window.pages["settings"]
    window.show_page_named("settings")
    count = settings_page.refresh_count
    window.show_page_named("today")
    app_running.companion.settings.set("nudges.daily_limit", 2)  # a change while hidden
    assert settings_page.stale and settings_page.refresh_count == count
    window.show_page_named("settings")
    assert not settings_page.stale and settings_page.refresh_count == count + 1


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(6, "Good morning"), (13, "Good afternoon"), (22, "Good evening"), (2, "Hello, night owl")],
)
def test_greeting_by_time_of_day(hour, expected):
    assert greeting_for_hour(hour) == expected


def test_today_shows_the_greeting_and_date_from_the_clock(qtbot, profile_dir):
    clock = FakeClock(datetime(2026, 3, 14, 22, 45, tzinfo=ZoneInfo("Europe/London")))
    companion = Companion.unlock(profile_dir, passphrase=PASSPHRASE, clock=clock)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.attach(AppContext(companion))
        window.show()
        page = window.pages["today"]
        assert page.heading.text() == "Good evening"
        assert "2026" in page.date_label.text() and "14" in page.date_label.text()
    finally:
        window.detach()
        companion.close()
