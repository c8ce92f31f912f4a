"""Nudge delivery over a real vault: the scheduler finds no daemon and no tray here, so the nudge
reaches the in-app banner on Today; snooze, done, quiet hours, the Reminders settings, Ctrl+L."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.platform.autostart import xdg_autostart_path
from tests.ui import people_support
from tests.ui.people_support import START, add_people
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.nudges.notifiers import default_chain
from ui.nudges.reminders_settings import RemindersGroup, start_at_login_command
from ui.nudges.scheduler import NudgeScheduler
from ui.pages.today import TodayPage

clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template


@pytest.fixture
def no_desktop(monkeypatch):
    """No session bus: the D-Bus and plyer paths must step aside for the next way."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture
def today(qtbot, companion, clock, no_desktop):
    page = TodayPage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    page.ids = add_people(companion, clock)
    page.refresh()
    return page


def scheduler_for(today_page) -> NudgeScheduler:
    chain = default_chain(tray=None, banner=today_page.show_nudge_plan, platform="linux")
    return NudgeScheduler(today_page.context, chain, today_page)


def test_the_banner_on_today_shows_the_nudge_when_nothing_else_can(qtbot, today, companion):
    scheduler = scheduler_for(today)
    assert [n.name for n in scheduler.notifiers] == ["dbus", "plyer", "tray", "banner"]
    with qtbot.waitSignal(scheduler.delivered) as delivered:
        plan = scheduler.check_now()
    assert delivered.args[1] == "banner"
    assert [n.person_id for n in plan.nudges] == [today.ids["Ana Lima"]]
    banner = today.nudge_banner
    assert banner.isVisibleTo(today)
    assert banner.title.text() == "Say hello to Ana Lima?"
    assert "Ana Lima" in banner.body.text()
    assert "overdue" not in (banner.title.text() + banner.body.text()).lower()
    # Shown is recorded: the same person isn't nudged twice in a day.
    history = companion.nudges.history()
    assert [(r.kind, r.action) for r in history] == [("reach_out", "shown")]
    assert scheduler.check_now() is None
    # The timer sleeps until the planner's next check, within the hour.
    assert START < scheduler.next_check <= START + timedelta(hours=1)
    assert scheduler.timer.isActive()

    qtbot.mouseClick(banner.snooze_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisibleTo(today)
    assert companion.nudges.history()[-1].action == "snoozed"
    scheduler.stop()


def test_logging_from_the_banner_marks_the_nudge_done_and_resets_the_status(
    qtbot, today, companion
):
    scheduler = scheduler_for(today)
    scheduler.check_now()
    qtbot.mouseClick(today.nudge_banner.log_button, Qt.MouseButton.LeftButton)
    dialog = today.log_dialog
    assert dialog.chosen == [today.ids["Ana Lima"]]
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert companion.nudges.history()[-1].action == "done"
    assert companion.people.get(today.ids["Ana Lima"]).status == "on_track"
    assert not today.nudge_banner.isVisibleTo(today)
    today.refresh()
    assert today.reach_out.people == []
    scheduler.stop()


def test_reach_out_today_lists_due_people_with_a_log_button(qtbot, today):
    card = today.reach_out
    assert [p.name for p in card.people] == ["Ana Lima"]
    assert card.log_buttons[0].accessibleName() == "Log a chat with Ana Lima"
    qtbot.mouseClick(card.log_buttons[0], Qt.MouseButton.LeftButton)
    assert today.log_dialog.chosen == [today.ids["Ana Lima"]]
    today.log_dialog.reject()


def test_quiet_hours_hold_nudges_until_morning(qtbot, today, companion, clock):
    late = datetime(2026, 11, 21, 22, 30, tzinfo=START.tzinfo)
    clock.set(late)
    scheduler = scheduler_for(today)
    assert scheduler.check_now() is None
    assert not today.nudge_banner.isVisibleTo(today)
    assert scheduler.next_check == datetime(2026, 11, 22, 9, 0, tzinfo=START.tzinfo)
    companion.settings.set("nudges.enabled", False)
    clock.set(START + timedelta(days=1))
    assert scheduler.check_now() is None
    scheduler.stop()


def test_reminders_settings_are_saved_and_start_at_login_writes_the_entry(qtbot, companion):
    group = RemindersGroup(AppContext(companion))
    qtbot.addWidget(group)
    group.refresh()
    assert group.enabled.isChecked() and group.limit.value() == 3
    assert group.quiet_start.time().toString("HH:mm") == "21:00"
    group.limit.setValue(5)
    group.quiet_start.setTime(group.quiet_start.time().addSecs(3600))
    group.days[6].setChecked(True)
    group.enabled.setChecked(False)
    get = companion.settings.get
    assert get("nudges.daily_limit") == 5
    assert get("nudges.quiet_start") == "22:00"
    assert get("nudges.days_off") == [6]
    assert get("nudges.enabled") is False
    assert not group.limit.isEnabled()

    group.start_at_login.setChecked(True)
    entry = xdg_autostart_path()
    assert entry.is_file()
    text = entry.read_text()
    assert "-m companion_app --minimized" in text
    assert start_at_login_command()[-1] == "--minimized"
    assert get("app.start_at_login") is True
    group.start_at_login.setChecked(False)
    assert not entry.exists() and get("app.start_at_login") is False


def test_ctrl_l_opens_the_log_dialog_from_anywhere(qtbot, companion, clock, no_desktop):
    ids = add_people(companion, clock)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(AppContext(companion))
    window.show()
    # Shortcuts are window-wide, so the window must be the active one; an earlier test's
    # window may still hold that, hence asking the application directly.
    QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page_named("settings")
    assert window.pages["settings"].reminders.enabled.isChecked()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.log_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.add_person(ids["Cleo Park"])
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(companion.interactions.history(person_id=ids["Cleo Park"])) == 2
    # A clicked reminder opens the app on that person.
    window.open_person(ids["Ana Lima"])
    assert window.current_page() is window.pages["people"]
    assert window.pages["people"].dialog.person_id == ids["Ana Lima"]
    window.pages["people"].dialog.close()
    assert "Ctrl+L" in window.sidebar.toolTip()
    window.detach()


def test_the_tray_menu_offers_log_interaction(qtbot):
    from ui.icons import app_icon
    from ui.tray import Tray

    tray = Tray(app_icon())
    texts = [a.text() for a in tray.menu.actions()]
    assert "Log interaction…" in texts
    with qtbot.waitSignal(tray.log_interaction_requested):
        next(a for a in tray.menu.actions() if a.text() == "Log interaction…").trigger()
