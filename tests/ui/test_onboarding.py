"""First run: the wizard creates a real vault, refuses passphrases that won't do, saves the country."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from companion.facade import Companion, profile_state
from tests.helpers import PASSPHRASE
from ui.onboarding import OnboardingWizard
from ui.tasks import TaskRunner


def _wizard(qtbot, folder) -> OnboardingWizard:
    wizard = OnboardingWizard(folder, TaskRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot, wizard: OnboardingWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_onboarding_end_to_end_creates_a_vault_that_opens(qtbot, tmp_path):
    folder = tmp_path / "new-profile"
    assert profile_state(folder) == "new"
    wizard = _wizard(qtbot, folder)
    assert wizard.currentPage() is wizard.welcome
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.passphrase

    qtbot.keyClicks(wizard.passphrase.fields.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase.fields.second, PASSPHRASE)
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)

    assert wizard.currentPage() is wizard.recovery
    assert (folder / "companion.db").is_file()
    assert (folder / "companion.key").is_file()
    code = wizard.recovery.code.text()
    assert code == wizard.recovery_code and len(code.replace("-", "")) >= 40
    qtbot.keyClick(wizard.recovery.saved, Qt.Key.Key_Space)
    assert wizard.recovery.saved.isChecked()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.country
    combo = wizard.country.combo
    combo.setCurrentIndex(combo.findData("DE"))
    with qtbot.waitSignal(wizard.completed) as done:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    companion = done.args[0]
    assert companion.settings.get("country") == "DE"
    companion.close()

    assert profile_state(folder) == "existing"
    with Companion.unlock(folder, passphrase=PASSPHRASE) as reopened:
        assert reopened.settings.get("country") == "DE"
    with Companion.unlock(folder, recovery_code=code) as by_code:
        assert by_code.unlocked_by.method == "recovery_code"


def test_mismatched_passphrases_are_refused_with_a_message(qtbot, tmp_path):
    folder = tmp_path / "new-profile"
    wizard = _wizard(qtbot, folder)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fields = wizard.passphrase.fields
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.second, PASSPHRASE + " typo")
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)

    assert wizard.currentPage() is wizard.passphrase
    assert fields.error.isVisible()
    assert "don't match" in fields.error.text()
    assert wizard.companion is None
    assert not (folder / "companion.db").exists()


def test_too_short_passphrase_is_refused_with_the_core_reason(qtbot, tmp_path):
    folder = tmp_path / "new-profile"
    wizard = _wizard(qtbot, folder)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fields = wizard.passphrase.fields
    qtbot.keyClicks(fields.first, "short")
    qtbot.keyClicks(fields.second, "short")
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentPage() is wizard.passphrase
    assert "at least" in fields.error.text()
    assert not folder.exists() or not (folder / "companion.db").exists()


def test_strength_hint_follows_typing(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path / "p")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fields = wizard.passphrase.fields
    qtbot.keyClicks(fields.first, "abc")
    weak, weak_hint = fields.strength.value(), fields.hint.text()
    qtbot.keyClicks(fields.first, "-lantern-orchard-pebble-violin")
    assert fields.strength.value() > weak
    assert fields.hint.text() != weak_hint


def test_escape_before_the_vault_exists_writes_nothing(qtbot, tmp_path):
    folder = tmp_path / "new-profile"
    wizard = _wizard(qtbot, folder)
    with qtbot.waitSignal(wizard.rejected):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.companion is None
    assert not (folder / "companion.db").exists()


def test_first_run_through_the_app_opens_the_main_window(qtbot, tmp_path, launch):
    folder = tmp_path / "fresh"
    controller = launch(folder, passphrase=None)
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    assert controller.window is None  # nothing unlocked before onboarding
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.passphrase.fields.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase.fields.second, PASSPHRASE)
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert controller.window is not None and controller.window.isVisible()
    assert controller.window.companion is controller.companion
    assert set(controller.window.pages) == {
        "today",
        "people",
        "mood",
        "checkins",
        "screen",
        "insights",
        "settings",
    }
