"""“Need help now?” is the screen that must never fail: every way in shows the help page alone in
the window's stack (no other page painted under it), with no section selected in the sidebar,
and the next page chosen afterwards is alone too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from companion.services.people import PersonInput
from tests.helpers import PASSPHRASE
from tests.ui.help_support import assert_help_alone, assert_page_alone, visible_pages

LEFT = Qt.MouseButton.LeftButton


def _running(launch, profile_dir, qtbot, *, phq9_item9: bool = False):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    if phq9_item9:
        controller.companion.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2])
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return controller, window


def _visible_buttons(widget, text: str) -> list[QPushButton]:
    return [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]


def _help_button_in(widget, text: str) -> QPushButton:
    buttons = _visible_buttons(widget, text)
    assert buttons, f"no visible {text!r} button"
    return buttons[0]


def test_from_the_safety_card_on_today(qtbot, launch, profile_dir):
    _controller, window = _running(launch, profile_dir, qtbot, phq9_item9=True)
    today = window.pages["today"]
    qtbot.waitUntil(lambda: bool(_visible_buttons(today, "See who to talk to")))
    qtbot.mouseClick(_help_button_in(today, "See who to talk to"), LEFT)
    assert_help_alone(window)
    window.show_page_named("people")
    assert_page_alone(window, "people")


def test_from_a_check_in_result(qtbot, launch, profile_dir):
    _controller, window = _running(launch, profile_dir, qtbot)
    window.show_page_named("checkins")
    checkins = window.pages["checkins"]
    result = window.companion.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2])
    view = checkins.show_result(result)
    qtbot.mouseClick(view.help_button, LEFT)
    assert_help_alone(window)
    window.show_page_named("settings")
    assert_page_alone(window, "settings")


def test_with_f1_from_another_page(qtbot, launch, profile_dir):
    controller, window = _running(launch, profile_dir, qtbot)
    controller.companion.people.add(PersonInput("Ada"))
    window.show_page_named("people")
    people = window.pages["people"]
    focusable = [w for w in people.findChildren(QPushButton) if w.isVisible()]
    focusable[0].setFocus()
    qtbot.waitUntil(lambda: people.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert_help_alone(window)
    window.show_page_named("people")
    assert_page_alone(window, "people")


def test_with_the_sidebar_button_and_tab_into_the_sidebar_stays(qtbot, launch, profile_dir):
    _controller, window = _running(launch, profile_dir, qtbot)
    window.show_page_named("mood")
    qtbot.mouseClick(window.help_button, LEFT)
    assert_help_alone(window)
    # Moving the keyboard focus into the sidebar is not choosing a section.
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.sidebar.hasFocus)
    assert_help_alone(window)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page() is not window.help_page
    assert len(visible_pages(window)) == 1


def test_while_locked_and_after_unlocking(qtbot, launch, profile_dir):
    controller, window = _running(launch, profile_dir, qtbot)
    window.show_page_named("people")
    controller.app_lock.lock()
    qtbot.waitUntil(controller.app_lock.screen.field.hasFocus)
    qtbot.keyClick(controller.app_lock.screen.field, Qt.Key.Key_F1)
    assert_help_alone(window)
    # Back to the lock screen (a page asked for), then unlock: the page from before, alone.
    window.show_page_named("mood")
    assert visible_pages(window) == ["lockScreen"]
    controller.app_lock.screen.field.setText(PASSPHRASE)
    assert controller.app_lock.try_unlock()
    qtbot.waitUntil(lambda: not controller.app_lock.locked)
    assert len(visible_pages(window)) == 1
    # The offscreen platform drops the active window while the loop turns; F1 needs one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    assert_help_alone(window)
    window.show_page_named("today")
    assert_page_alone(window, "today")


def test_help_as_the_page_left_open_when_locked_comes_back_alone(qtbot, launch, profile_dir):
    controller, window = _running(launch, profile_dir, qtbot)
    window.show_help()
    controller.app_lock.lock()
    qtbot.waitUntil(controller.app_lock.screen.field.hasFocus)
    controller.app_lock.screen.field.setText(PASSPHRASE)
    qtbot.keyClick(controller.app_lock.screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not controller.app_lock.locked)
    assert_help_alone(window)


def test_from_the_safety_card_on_the_first_screen(started, qtbot):
    controller = started()
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.stack.currentWidget()
    assert first.objectName() == "page_today_glance"
    started.gate.set()
    qtbot.mouseClick(_help_button_in(first, "See who to talk to"), LEFT)
    assert controller.companion is not None
    assert_help_alone(window)
    window.show_page_named("people")
    assert_page_alone(window, "people")


def test_f1_on_the_first_screen(started, qtbot):
    controller = started()
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.stack.currentWidget()
    started.gate.set()
    first.quick_mood.setFocus()
    qtbot.keyClick(first.quick_mood, Qt.Key.Key_F1)
    assert_help_alone(window)
    window.show_page_named("today")
    assert_page_alone(window, "today")
