"""First run: what stays private, a passphrase, the recovery code once, and the country for help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from companion.domain.errors import CompanionError
from ui.passphrase_fields import PassphraseFields
from ui.tasks import TaskRunner
from ui.theme import scaled_font


def _paragraph(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def country_choices() -> list[tuple[str, str]]:
    """(code, name) pairs from the shipped crisis lines, or none if that data can't be read."""
    try:
        from companion.domain.safety import countries

        return list(countries())
    except Exception:  # help data missing or unreadable: the generic advice still works
        return []


def system_country() -> str | None:
    try:
        from companion.domain.safety import default_country

        return default_country(QLocale.system().name())
    except Exception:
        return None


def fill_country_combo(combo: QComboBox, selected: str | None) -> None:
    """Countries by name, with "somewhere else" first for places not listed yet."""
    combo.clear()
    # A literal context ("combo", where the catalogues file these): combo.tr() would ask under
    # "QComboBox" and never find them.
    combo.view().setAccessibleName(QCoreApplication.translate("combo", "Countries"))
    combo.addItem(QCoreApplication.translate("combo", "Somewhere else / not listed"), None)
    for code, name in country_choices():
        combo.addItem(name, code)
    index = combo.findData(selected.upper()) if selected else -1
    combo.setCurrentIndex(index if index >= 0 else 0)


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Companion"))
        self.setSubTitle(self.tr("A quiet place to look after the relationships that hold you up."))
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        for text, name in (
            (
                self.tr(
                    "Everything you write here stays on this computer, encrypted. "
                    "Nothing is sent anywhere, and there's no account to make."
                ),
                self.tr("Your data stays here"),
            ),
            (
                self.tr(
                    "Why it matters: notes about the people you love and how you feel are "
                    "among the most private things there are. Only you should be able to read them."
                ),
                self.tr("Why privacy matters"),
            ),
            (
                self.tr("Setting up takes about a minute: a passphrase, and where you live."),
                self.tr("What comes next"),
            ),
        ):
            layout.addWidget(_paragraph(text, name))
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("It locks your vault. You'll type it when Companion asks."))
        self.fields = PassphraseFields()
        warning = _paragraph(
            self.tr(
                "Please keep it somewhere safe. If you forget it, the only way back in is the "
                "recovery code on the next page: nobody else, not even us, can open your vault."
            ),
            self.tr("About forgetting the passphrase"),
        )
        self.status = _paragraph("", self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(warning)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # Once the vault exists there is no going back to change the passphrase here.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my vault"))

    def initializePage(self) -> None:
        self.fields.first.setFocus()

    def validatePage(self) -> bool:
        problem = self.fields.problem()
        if problem:
            self.fields.show_problem(problem)
            return False
        self.status.setText(self.tr("Creating your vault…"))
        error = self._wizard.create_vault(self.fields.passphrase())
        self.status.setText("")
        if error:
            self.fields.show_problem(error)
            return False
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Shown once. It opens your vault if the passphrase is lost."))
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setAccessibleName(self.tr("Copy the recovery code"))
        self.copy.clicked.connect(self._copy)
        self.copied = QLabel()
        self.copied.setAccessibleName(self.tr("Copy status"))
        self.saved = QCheckBox(self.tr("I've &saved it somewhere safe"))
        self.saved.setAccessibleName(self.tr("I've saved the recovery code"))
        advice = _paragraph(
            self.tr(
                "Write it on paper, or keep it in a password manager. Anyone with this code "
                "can open your vault, so keep it private. You may also skip this and carry on."
            ),
            self.tr("Where to keep the code"),
        )
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(row)
        layout.addWidget(advice)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def initializePage(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code.setFont(font)
        self.code.setFont(scaled_font(self.code, 1.25))
        self.code.setText(self._wizard.recovery_code or "")
        self.copied.setText("")

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._wizard.recovery_code or "")
            self.copied.setText(self.tr("Copied. Paste it somewhere safe, then clear it."))


class CountryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where do you live?"))
        self.setSubTitle(self.tr("So “Need help now?” shows the right help lines."))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Country for help lines"))
        fill_country_combo(self.combo, system_country())
        label = QLabel(self.tr("&Country:"))
        label.setBuddy(self.combo)
        note = _paragraph(
            self.tr(
                "This only chooses which phone numbers to show. You can change it any time "
                "in Settings."
            ),
            self.tr("About the country"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(note)
        layout.addStretch(1)

    def country(self) -> str | None:
        return self.combo.currentData()


class OnboardingWizard(QWizard):
    """Emits `completed(companion)` with the new, open vault; rejected before it exists means quit."""

    completed = Signal(object)

    def __init__(
        self, profile_dir: Path | str | None, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile_dir = profile_dir
        self.tasks = tasks  # the app's one runner: the key derivation runs there
        self.companion = None
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("Welcome to Companion"))
        self.setAccessibleName(self.tr("Setting up Companion"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage()
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryPage(self)
        self.country = CountryPage()
        self.setTitleFormat(Qt.TextFormat.RichText)
        for page in (self.welcome, self.passphrase, self.recovery, self.country):
            # Relative CSS size, so the heading follows the system font size.
            page.setTitle(f"<span style='font-size: x-large'>{page.title()}</span>")
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Create my vault")),
            (QWizard.WizardButton.FinishButton, self.tr("Start")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(which).setAccessibleName(name)
        # Crisis lines need no vault: reachable from every step of setup.
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("Need help now?"))
        help_button = self.button(QWizard.WizardButton.HelpButton)
        help_button.setObjectName("helpButton")
        help_button.setAccessibleName(self.tr("Need help now?"))
        help_button.setToolTip(self.tr("Crisis lines and emergency numbers (F1)"))
        self.helpRequested.connect(self.show_help)
        from ui.help_page import add_help_shortcut

        add_help_shortcut(self, self.show_help)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(620, 480)

    def show_help(self):
        """The crisis lines for the country chosen on the last step (the locale's until then)."""
        from ui.help_page import open_help_dialog

        # "" is "somewhere else": the advice that works anywhere.
        return open_help_dialog(self, self.country.country() or "")

    def _page_changed(self, _id: int) -> None:
        # After the vault exists, Cancel would only strand it; Escape still finishes (see reject).
        self.button(QWizard.WizardButton.CancelButton).setVisible(self.companion is None)

    def create_vault(self, passphrase: str) -> str | None:
        """Make the vault (Argon2id takes a moment, on the task runner's worker while the window
        keeps painting); return a plain problem, or None on success."""
        from companion.facade import Companion

        if self.companion is not None:
            return None
        profile_dir = self.profile_dir
        try:
            self.companion, self.recovery_code = self.tasks.run(
                self,
                QCoreApplication.translate("PassphrasePage", "Creating your vault…"),
                lambda _control: Companion.create(profile_dir, passphrase),
            )
        except CompanionError as exc:
            return str(exc)
        return None

    def accept(self) -> None:
        if self.companion is not None:
            country = self.country.country()
            if country:
                self.companion.settings.set("country", country)
        super().accept()
        if self.companion is not None:
            self.completed.emit(self.companion)

    def reject(self) -> None:
        if self.companion is not None:
            self.accept()  # the vault exists: Escape means "that's enough setup for now"
            return
        super().reject()
