"""Today's card after a PHQ-9 whose item 9 was above zero: on a screen anyone may pass, one
discreet line and the country's main number, help one click away, and "Not now" kept in the vault
until the next check-in. The first screen (from a glance) and the full Today agree."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from companion.domain.safety import ITEM9_NOT_NOW_SETTING, help_for, not_now_time, phq9_item9_card
from companion.facade import Companion, NoKeyStore
from tests.helpers import PASSPHRASE
from tests.ui.help_support import assert_help_alone
from ui.checkins.safety_card import CheckinLineCard

LEFT = Qt.MouseButton.LeftButton
DISCREET = "A check-in this week suggested talking to someone could help."
ITEM9 = [1, 1, 1, 1, 1, 1, 1, 1, 2]


def shown_text(page) -> str:
    QApplication.processEvents()  # new cards show on the next turn of the event loop
    widgets = page.findChildren(QLabel) + page.findChildren(QPushButton)
    return "\n".join(w.text() for w in widgets if w.isVisibleTo(page))


def _today(launch, profile_dir, qtbot):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    window = controller.window
    window.activateWindow()
    return controller, window, window.pages["today"]


def test_the_card_is_discreet_and_shows_the_number(qtbot, launch, profile_dir):
    controller, window, today = _today(launch, profile_dir, qtbot)
    controller.companion.checkins.save("phq9", ITEM9)
    qtbot.waitUntil(lambda: DISCREET in shown_text(today))
    text = shown_text(today)
    samaritans = help_for("GB").lines[0]
    assert f"{samaritans.name}: call {samaritans.phone}" in text
    # The in-the-moment wording (shown right after the check-in) is not on Today.
    card = phq9_item9_card()
    assert card.title not in text and card.body not in text
    assert "better off dead" not in text and "hurting yourself" not in text
    buttons = [b for b in today.findChildren(QPushButton) if b.isVisibleTo(today)]
    assert {"See who to talk to", "Not now"} <= {b.text() for b in buttons}
    qtbot.mouseClick(next(b for b in buttons if b.text() == "See who to talk to"), LEFT)
    assert_help_alone(window)


def test_not_now_hides_it_until_the_next_check_in(qtbot, launch, profile_dir):
    controller, _window, today = _today(launch, profile_dir, qtbot)
    companion = controller.companion
    an_hour_ago = companion.clock.now() - timedelta(hours=1)
    first = companion.checkins.save("phq9", ITEM9, taken_at=an_hour_ago)
    qtbot.waitUntil(lambda: DISCREET in shown_text(today))
    not_now = today.findChild(CheckinLineCard).not_now
    qtbot.mouseClick(not_now, LEFT)
    qtbot.waitUntil(lambda: DISCREET not in shown_text(today))
    # Kept in the vault (not in Qt's settings), as the time of the check-in it was said to.
    assert not_now_time(companion.settings.get(ITEM9_NOT_NOW_SETTING)) == first.taken_at
    assert companion.safety.cards() == []
    # The next check-in that asks for it brings it back.
    companion.checkins.save("phq9", ITEM9)
    qtbot.waitUntil(lambda: DISCREET in shown_text(today))


def test_the_first_screen_agrees_with_the_full_today(started, qtbot, profile_dir):
    """The `started` profile holds a PHQ-9 asking for the card."""
    controller = started()
    first = controller.window.stack.currentWidget()
    assert first.objectName() == "page_today_glance"
    glance_text = shown_text(first)
    assert DISCREET in glance_text
    assert "better off dead" not in glance_text
    # "Not now" on the first screen opens the vault in full and keeps the choice there.
    started.gate.set()
    not_now = first.findChild(CheckinLineCard).not_now
    qtbot.mouseClick(not_now, LEFT)
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20000)
    today = controller.window.pages["today"]
    qtbot.waitUntil(lambda: DISCREET not in shown_text(today))
    assert controller.companion.settings.get(ITEM9_NOT_NOW_SETTING)


def test_a_put_away_card_stays_away_on_the_first_screen(started, qtbot, profile_dir):
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        c.safety.not_now()
    controller = started()
    first = controller.window.stack.currentWidget()
    assert first.objectName() == "page_today_glance"
    assert DISCREET not in shown_text(first)
    started.gate.set()
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20000)
    assert DISCREET not in shown_text(controller.window.pages["today"])
