"""“Need help now?” needs no vault: it is reachable from the unlock dialog (by someone who has
forgotten the passphrase), from every step of setup, from the window before the vault opens, and
from the lock screen; without a vault it shows the system locale's country and saves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from companion.domain.safety import help_for
from tests.helpers import PASSPHRASE, file_bytes
from tests.ui.help_support import assert_help_alone, open_help_dialogs, visible_pages
from ui.context import AppContext
from ui.help_page import system_country
from ui.main_window import MainWindow
from ui.onboarding import OnboardingWizard
from ui.tasks import TaskRunner
from ui.unlock_dialog import UnlockDialog

LEFT = Qt.MouseButton.LeftButton


def _texts(widget) -> str:
    QApplication.processEvents()  # new cards are shown on the next turn of the event loop
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def test_the_unlock_dialog_shows_the_lines_without_the_vault(qtbot, profile_dir):
    before = file_bytes(profile_dir)
    runner = TaskRunner()
    dialog = UnlockDialog(profile_dir, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.help_button.isVisible() and dialog.help_button.isEnabled()
    qtbot.mouseClick(dialog.help_button, LEFT)
    qtbot.waitUntil(lambda: len(open_help_dialogs(dialog)) == 1)
    page = open_help_dialogs(dialog)[0].page
    assert page.companion is None
    assert page.current_country() == system_country()
    assert page.emergency.text()  # the emergency number, or where to find it
    # Choosing a country shows its lines and writes nothing: there is no vault to keep it in.
    page.country.setCurrentIndex(page.country.findData("GB"))
    gb = help_for("GB")
    assert gb.lines[0].name in _texts(page)
    assert gb.emergency_number in page.emergency.text()
    assert file_bytes(profile_dir) == before
    # F1 brings the same window forward rather than opening a second one.
    qtbot.keyClick(dialog.field, Qt.Key.Key_F1)
    assert len(open_help_dialogs(dialog)) == 1
    # The passphrase can still be typed after closing help.
    open_help_dialogs(dialog)[0].reject()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, LEFT)
    dialog.companion.close()


def test_the_app_asking_for_the_passphrase_offers_help(qtbot, launch, profile_dir):
    controller = launch(profile_dir, passphrase=None)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None)
    unlock = controller.unlock_dialog
    qtbot.waitUntil(unlock.isVisible)
    qtbot.mouseClick(unlock.help_button, LEFT)
    qtbot.waitUntil(lambda: len(open_help_dialogs(unlock)) == 1)
    assert controller.companion is None


def test_every_step_of_setup_offers_help(qtbot, tmp_path):
    wizard = OnboardingWizard(tmp_path / "new", TaskRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    button = wizard.button(QWizard.WizardButton.HelpButton)
    for page_id in wizard.pageIds():
        if wizard.currentId() != page_id:
            if page_id == wizard.pageIds()[1]:
                wizard.next()
            else:
                break  # the next steps need a vault; the button is the wizard's, on every step
        assert button.isVisible() and button.text() == "Need help now?"
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: len(open_help_dialogs(wizard)) == 1)
    page = open_help_dialogs(wizard)[0].page
    expected = wizard.country.country()
    assert page.country.currentData() == (expected.upper() if expected else None)
    assert not (tmp_path / "new").exists() or not any((tmp_path / "new").iterdir())


def test_setup_help_follows_the_country_chosen(qtbot, tmp_path):
    wizard = OnboardingWizard(tmp_path / "new", TaskRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.country.combo.setCurrentIndex(wizard.country.combo.findData("FR"))
    dialog = wizard.show_help()
    assert help_for("FR").lines[0].name in _texts(dialog.page)


def test_the_window_before_the_vault_opens(qtbot, profile_dir):
    from companion.facade import Companion, NoKeyStore

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.help_button.isEnabled()
    qtbot.mouseClick(window.help_button, LEFT)
    assert visible_pages(window) == ["page_help"]
    assert window.help_page.companion is None
    assert window.help_page.current_country() == system_country()
    # The vault opens while help is being read: help stays, now with the vault's country.
    companion = Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore())
    try:
        window.attach(AppContext(companion))
        assert_help_alone(window)
        assert "999" in window.help_page.emergency.text()  # the vault's country is GB
        window.show_page_named("people")
        assert visible_pages(window) == ["page_people"]
    finally:
        window.detach()
        companion.close()


def test_the_lock_screen_has_its_own_way_to_help(qtbot, launch, profile_dir):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    window = controller.window
    controller.app_lock.lock()
    button = controller.app_lock.screen.help_button
    assert button.isVisible()
    qtbot.mouseClick(button, LEFT)
    assert_help_alone(window)
    assert "Samaritans" in _texts(window.help_page)
    window.show_page_named("today")
    assert visible_pages(window) == ["lockScreen"]
    QApplication.processEvents()
