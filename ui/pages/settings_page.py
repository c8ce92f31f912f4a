"""Settings: the country for help lines, asking for the passphrase at start, and where data lives."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain import i18n
from companion.domain.errors import CompanionError, KeyUnavailable
from companion.platform import language_file
from ui.onboarding import fill_country_combo
from ui.pages.base import Page, section, text_label
from ui.theme import active_theme


def _field_row(layout: QVBoxLayout, words: str, field: QWidget, name: str | None = None) -> None:
    """A form row on `layout`: `field` behind its label `words`, whose shortcut key moves the focus
    to it; `name` is what a screen reader calls the label, when not its words."""
    label = QLabel(words)
    label.setBuddy(field)
    if name is not None:
        label.setAccessibleName(name)
    form = QFormLayout()
    form.addRow(label, field)
    layout.addLayout(form)


class SettingsPage(Page):
    kinds = frozenset({"settings"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, self.tr("Settings"), parent=parent)

        help_card, help_layout = section(self.tr("Help lines"), spacing=8)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country for help lines"))
        fill_country_combo(self.country, None)
        _field_row(help_layout, self.tr("&Country:"), self.country, self.tr("Country"))
        help_layout.addWidget(
            text_label(
                self.tr("“Need help now?” shows the crisis lines for this country."),
                self.tr("About the country"),
            )
        )
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.content.addWidget(help_card)

        day_card, day_layout = section(self.tr("Your day"), spacing=8)
        self.day_end = QTimeEdit()
        self.day_end.setDisplayFormat("HH:mm")
        self.day_end.setAccessibleName(self.tr("My day ends at"))
        _field_row(day_layout, self.tr("My &day ends at:"), self.day_end)
        day_layout.addWidget(
            text_label(
                self.tr(
                    "Moods, notes and check-ins from after midnight until this time count for "
                    "the day before, so a late evening stays part of its day."
                ),
                self.tr("About when your day ends"),
            )
        )
        self.day_end.editingFinished.connect(self._day_end_chosen)
        self.content.addWidget(day_card)
        look_card, look_layout = section(self.tr("Appearance"), spacing=8)
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(self.tr("Colours"))
        self.theme_choice.addItem(self.tr("Follow the system"), "system")
        self.theme_choice.addItem(self.tr("Light"), "light")
        self.theme_choice.addItem(self.tr("Dark"), "dark")
        _field_row(look_layout, self.tr("C&olours:"), self.theme_choice, self.tr("Colours"))
        look_layout.addWidget(
            text_label(
                self.tr("“Follow the system” changes with your computer's light or dark mode."),
                self.tr("About the colours"),
            )
        )
        self.theme_choice.currentIndexChanged.connect(self._theme_chosen)
        # Only the languages whose translation is complete; each named in its own language.
        self.language_choice = QComboBox()
        self.language_choice.setAccessibleName(self.tr("Language"))
        self.language_choice.addItem(self.tr("Follow the system"), i18n.SYSTEM)
        for code in i18n.SHIPPED:
            self.language_choice.addItem(i18n.LANGUAGE_NAMES[code], code)
        _field_row(look_layout, self.tr("La&nguage:"), self.language_choice, self.tr("Language"))
        self.language_note = text_label("", self.tr("About the language"))
        look_layout.addWidget(self.language_note)
        self.language_choice.currentIndexChanged.connect(self._language_chosen)
        self.content.addWidget(look_card)

        lock_card, lock_layout = section(self.tr("Privacy"), spacing=8)
        self.ask_passphrase = QCheckBox(self.tr("&Ask for my passphrase at start"))
        self.ask_passphrase.setAccessibleName(self.tr("Ask for my passphrase at start"))
        self.ask_passphrase.toggled.connect(self._ask_toggled)
        lock_layout.addWidget(self.ask_passphrase)
        self.ask_note = text_label("", self.tr("About asking for the passphrase"))
        lock_layout.addWidget(self.ask_note)
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        lock_layout.addWidget(self.problem)
        self.content.addWidget(lock_card)

        from ui.nudges.reminders_settings import RemindersGroup

        self.reminders = RemindersGroup(context)
        self.content.addWidget(self.reminders)

        from ui.mood.settings_group import MoodSettingsGroup

        self.mood_settings = MoodSettingsGroup(context)
        self.content.addWidget(self.mood_settings)

        from ui.screen.settings_group import ScreenSettingsGroup

        self.screen_settings = ScreenSettingsGroup(context)
        self.content.addWidget(self.screen_settings)

        from ui.data.group import DataPrivacyGroup

        self.data_privacy = DataPrivacyGroup(context)
        self.content.addWidget(self.data_privacy)

        about_card, about_layout = section(self.tr("About"), spacing=8)
        self.profile_path = text_label("", self.tr("Profile folder"), selectable=True)
        self.version = text_label("", self.tr("Version"), selectable=True)
        about_layout.addWidget(self.profile_path)
        about_layout.addWidget(self.version)
        self.content.addWidget(about_card)
        self.finish_layout()

    def refresh(self) -> None:
        self.mood_settings.refresh()
        self.screen_settings.refresh()
        self.data_privacy.refresh()
        self.reminders.refresh()
        info = self.companion.info()
        self.country.blockSignals(True)
        fill_country_combo(self.country, self.companion.settings.get("country"))
        self.country.blockSignals(False)
        self.day_end.blockSignals(True)
        self.day_end.setTime(
            QTime.fromString(self.companion.settings.get("day.ends_at") or "04:00", "HH:mm")
        )
        self.day_end.blockSignals(False)
        self.theme_choice.blockSignals(True)
        self.theme_choice.setCurrentIndex(
            max(0, self.theme_choice.findData(self.companion.settings.get("appearance.theme")))
        )
        self.theme_choice.blockSignals(False)
        self.language_choice.blockSignals(True)
        chosen = language_file.read_language_setting(self.companion.profile.root)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(chosen)))
        self.language_choice.blockSignals(False)
        self._update_language_note()
        self.ask_passphrase.blockSignals(True)
        self.ask_passphrase.setChecked(bool(info["ask_passphrase_at_start"]))
        self.ask_passphrase.blockSignals(False)
        self._update_ask_note(info["keyring_backend"] != "none")
        self.profile_path.setText(
            self.tr("Your data is kept in: %1").replace("%1", info["profile"])
        )
        self.version.setText(self.tr("Companion version %1").replace("%1", info["version"]))

    def _update_ask_note(self, has_keyring: bool) -> None:
        if self.ask_passphrase.isChecked():
            note = self.tr("Companion asks for your passphrase each time it starts.")
        elif has_keyring:
            note = self.tr(
                "Your system keyring opens Companion for you, so there's nothing to type."
            )
        else:
            note = self.tr(
                "There's no system keyring on this computer, so Companion will still ask for "
                "your passphrase at each start."
            )
        self.ask_note.setText(note)

    def _country_chosen(self, _index: int) -> None:
        # "" rather than None for "somewhere else": the core can't yet store a None setting
        # (NOT NULL on setting.value); both read as "no country" everywhere.
        self.companion.settings.set("country", self.country.currentData() or "")

    def _day_end_chosen(self) -> None:
        value = self.day_end.time().toString("HH:mm")
        if value != self.companion.settings.get("day.ends_at"):
            # Records from between the old and the new time move to their day with it.
            self.companion.settings.set("day.ends_at", value)

    def _theme_chosen(self, _index: int) -> None:
        choice = self.theme_choice.currentData() or "system"
        self.companion.settings.set("appearance.theme", choice)
        active_theme().set_choice(choice)

    def _language_chosen(self, _index: int) -> None:
        choice = self.language_choice.currentData() or i18n.SYSTEM
        try:
            language_file.write_language_setting(self.companion.profile.root, choice)
        except CompanionError as exc:
            self.language_note.setText(str(exc))
            return
        self._update_language_note()

    def _update_language_note(self) -> None:
        """The language takes effect at the next start; the note says so when it will change."""
        chosen = self.language_choice.currentData() or i18n.SYSTEM
        if i18n.choose_language(chosen) != i18n.current_language():
            note = self.tr("Companion will use this language the next time it starts.")
        else:
            note = self.tr(
                "“Follow the system” uses your computer's language when Companion has it."
            )
        self.language_note.setText(note)

    def _ask_toggled(self, ask: bool) -> None:
        self.problem.hide()
        try:
            try:
                self.companion.set_ask_passphrase_at_start(ask)
            except KeyUnavailable as exc:
                # A key file from an earlier release: the passphrase rewraps the key once.
                passphrase = self._passphrase_for(self.tr(str(exc)))
                if passphrase is None:
                    self._undo_toggle(ask)
                    return
                # The passphrase's key derivation, on the task runner's worker: only the key
                # file and the keyring are touched, never the vault.
                companion = self.companion
                self.context.tasks.run(
                    self,
                    self.tr("Bringing the key file up to date"),
                    lambda _control: companion.set_ask_passphrase_at_start(
                        ask, passphrase=passphrase
                    ),
                )
        except CompanionError as exc:
            self.problem.setText(self.tr(str(exc)))
            self.problem.show()
            self._undo_toggle(ask)
        self._update_ask_note(self.companion.keystore.available())

    def _undo_toggle(self, ask: bool) -> None:
        self.ask_passphrase.blockSignals(True)
        self.ask_passphrase.setChecked(not ask)
        self.ask_passphrase.blockSignals(False)

    def _passphrase_for(self, why: str) -> str | None:
        """The passphrase, asked in a small dialog with the reason; None when cancelled."""
        dialog = QInputDialog(self)
        dialog.setObjectName("passphraseForSetting")
        dialog.setWindowTitle(self.tr("Your passphrase"))
        dialog.setLabelText(why)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Change"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return dialog.textValue()
        finally:
            dialog.deleteLater()
