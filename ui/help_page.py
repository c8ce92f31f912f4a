"""“Need help now?”: the crisis lines and emergency number for the chosen country, calmly shown,
with numbers that can be copied and the country changeable right here.

It needs no vault: before unlocking, during setup, or when the vault can't be opened, the country
comes from the system's locale and a country chosen here is kept in memory only."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import Page, text_label
from ui.theme import muted_colour, set_relative_font

GENERIC_ADVICE = QT_TRANSLATE_NOOP(
    "HelpPage",
    "If you or someone else is in danger right now, call your local emergency number. "
    "You can also talk to a doctor, or someone you trust, about how you're feeling.",
)
EMERGENCY_ADVICE = QT_TRANSLATE_NOOP(
    "HelpPage",
    "If you or someone else is in danger right now, call your local emergency number: "
    "112 works from mobile phones in many countries, 911 across North America, "
    "and 999 in the UK and some other countries.",
)


def help_info(country: str | None):
    """The core's HelpInfo for a country, or None when the help data can't be read."""
    try:
        from companion.domain.safety import help_for

        return help_for(country)
    except Exception:  # missing or unreadable data: the generic advice is still right
        return None


def link_label(text: str, href: str, name: str) -> QLabel:
    """Text that is a link (tel:, sms: or https:), opened by the desktop only when clicked."""
    label = QLabel(f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setAccessibleName(name)
    label.setToolTip(href)
    label.setProperty("href", href)
    return label


def system_country() -> str | None:
    """The country of the system's locale ("en_GB" -> "GB"), or None."""
    from ui.onboarding import system_country as from_locale

    return from_locale()


class HelpPage(Page):
    """Over an open vault (the app's context) the country is the vault's setting; with no context
    it is `country` (the system's locale when not given), and a choice made here is not saved."""

    kinds = frozenset({"settings"})

    def __init__(self, context=None, parent=None, *, country: str | None = None) -> None:
        self._country_here = country if country is not None else system_country()
        # The context may be None: help is there before any vault is open (onboarding, the
        # unlock dialog, the window before the vault has opened).
        super().__init__(
            context,
            self.tr("Need help now?"),
            self.tr("You don't have to carry this alone. These people are there to listen."),
            parent=parent,
        )
        self.copy_buttons: dict[str, QPushButton] = {}
        self.emergency = text_label("", self.tr("Emergency number"), selectable=True)
        set_relative_font(self.emergency, 1.25, bold=True)
        self.content.addWidget(self.emergency)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(12)
        self.content.addLayout(self.lines_box)
        self.advice = text_label("", self.tr("Advice"), selectable=True)
        self.content.addWidget(self.advice)
        self.talk = text_label(
            self.tr(
                "Not in danger, but struggling? A doctor, a counsellor or someone you trust can "
                "help too. Telling one person how you've really been is a brave first step."
            ),
            self.tr("Other people to talk to"),
            selectable=True,
        )
        self.content.addWidget(self.talk)

        country_row = QHBoxLayout()
        self.where = text_label("", self.tr("Country shown"), selectable=True)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country for help lines"))
        label = QLabel(self.tr("Show help for:"))
        label.setBuddy(self.country)
        country_row.addWidget(label)
        country_row.addWidget(self.country, 1)
        self.content.addWidget(self.where)
        self.content.addLayout(country_row)
        self._filled = False
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.finish_layout()

    def _clear_lines(self) -> None:
        self.copy_buttons = {}
        while self.lines_box.count():
            item = self.lines_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Out of the tree at once, so nothing reads (or announces) the old country's lines.
                widget.setParent(None)
                widget.deleteLater()

    def _fill_countries(self, code: str | None) -> None:
        from ui.onboarding import fill_country_combo

        self.country.blockSignals(True)
        if not self._filled:
            fill_country_combo(self.country, code)
            self._filled = True
        else:
            index = self.country.findData(code.upper()) if code else -1
            self.country.setCurrentIndex(index if index >= 0 else 0)
        self.country.blockSignals(False)

    def use_context(self, context) -> None:
        """The vault has opened (the app's context): from now on the country is its setting."""
        self.context = context
        self.companion = context.companion
        self.mark_stale()

    def current_country(self) -> str | None:
        if self.companion is None:
            return self._country_here
        return self.companion.settings.get("country")

    def _country_chosen(self, _index: int) -> None:
        if self.companion is None:
            self._country_here = self.country.currentData()
        else:
            # "" rather than None means "somewhere else": both read as "no country" everywhere.
            self.companion.settings.set("country", self.country.currentData() or "")
        self.stale = True
        self.refresh_if_stale()

    def refresh(self) -> None:
        self._clear_lines()
        country = self.current_country()
        self._fill_countries(country)
        info = help_info(country)
        if info is None or not info.known:
            self.emergency.setText(
                self.tr("If you're in danger right now, call your local emergency number.")
            )
            # The core words its advice in the language in use; the generic one is the UI's.
            advice = info.advice if info is not None else self.tr(GENERIC_ADVICE)
            self.advice.setText(advice + "\n\n" + self.tr(EMERGENCY_ADVICE))
            self.where.setText(
                self.tr(
                    "Companion doesn't have help lines for your country yet. If it's in the list "
                    "below, choose it to see the lines there."
                )
            )
        else:
            self.emergency.setText(
                self.tr("In an emergency in %1, call %2.")
                .replace("%1", info.country_name)
                .replace("%2", info.emergency_number)
            )
            for line in info.lines:
                self.lines_box.addWidget(self._line_card(line))
            self.advice.setText(info.advice)  # worded by the core, in the language in use
            self.where.setText(
                self.tr(
                    "Showing help for %1. Somewhere else? Choose another country below."
                ).replace("%1", info.country_name)
            )
        for label in (self.emergency, self.advice, self.where):
            label.setAccessibleName(label.text())

    def _number_row(self, line_name: str, text: str, number: str, link: str) -> QHBoxLayout:
        """A number as a link that dials (or texts) it as shown, and a Copy button."""
        row = QHBoxLayout()
        label = link_label(text, link, f"{line_name}: {text}")
        label.setWordWrap(False)  # a number is read in one piece
        set_relative_font(label, 1.1, bold=True)
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy %1").replace("%1", number))
        copy.setToolTip(self.tr("Copy %1 to the clipboard").replace("%1", number))
        copy.clicked.connect(lambda _=False, n=number, b=copy: self._copy(n, b))
        self.copy_buttons[number] = copy
        row.addWidget(label)
        row.addWidget(copy)
        row.addStretch(1)
        return row

    def _copy(self, number: str, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText(number)
        button.setText(self.tr("Copied"))

    def _line_card(self, line) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        card.setAccessibleName(line.name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        name = text_label(line.name, line.name, selectable=True)
        set_relative_font(name, 1.1, bold=True)
        layout.addWidget(name)
        if line.phone:
            call = self.tr("Call %1").replace("%1", line.phone)
            layout.addLayout(self._number_row(line.name, call, line.phone, line.tel_uri))
        if line.text:
            if line.text_body:
                text = (
                    self.tr("Text %1 to %2").replace("%1", line.text_body).replace("%2", line.text)
                )
            else:
                text = self.tr("Text %1").replace("%1", line.text)
            layout.addLayout(self._number_row(line.name, text, line.text, line.sms_uri))
        if line.chat:
            chat = self.tr("Chat online")
            layout.addWidget(link_label(chat, line.chat, f"{line.name}: {chat}"))
        if line.url:
            layout.addWidget(link_label(line.url, line.url, f"{line.name}: {line.url}"))
        facts = []
        if line.hours:
            facts.append(line.hours)
        if line.languages:
            facts.append(self.tr("Languages: %1").replace("%1", line.languages))
        if line.notes:
            facts.append(line.notes)
        for fact in facts:
            layout.addWidget(text_label(fact, f"{line.name}: {fact}", selectable=True))
        from companion.services.report_data import long_date

        checked = QDate.fromString(line.checked, Qt.DateFormat.ISODate)
        # "3 December 2026" / "3. Dezember 2026" / "3 de diciembre de 2026", in the language in use.
        shown = long_date(checked.toPython()) if checked.isValid() else line.checked
        source = self.tr("Source: %1, checked %2").replace("%1", line.source).replace("%2", shown)
        source_label = text_label(source, f"{line.name}: {source}", selectable=True)
        palette = source_label.palette()
        palette.setColor(source_label.foregroundRole(), muted_colour(self))
        source_label.setPalette(palette)
        set_relative_font(source_label, 0.9)
        layout.addWidget(source_label)
        return card


class HelpDialog(QDialog):
    """“Need help now?” in a window of its own, for where no main window is open yet: the unlock
    dialog, the first-run setup. Needs no vault."""

    def __init__(self, parent: QWidget | None = None, *, country: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need help now?"))
        self.setAccessibleName(self.tr("Need help now?"))
        self.page = HelpPage(None, country=country)
        self.page.setObjectName("page_help")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setIcon(QIcon())  # the style's icon is dark on the dark theme; the word says it
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(620, 600)


def open_help_dialog(parent: QWidget, country: str | None = None) -> HelpDialog:
    """Show the help window over `parent` (the one already open, if any)."""
    for dialog in parent.findChildren(
        HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = HelpDialog(parent, country=country)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def add_help_shortcut(parent: QWidget, slot) -> None:
    """F1 opens help from anywhere in `parent`'s window, as it does in the main window."""
    from PySide6.QtGui import QShortcut

    shortcut = QShortcut(QKeySequence("F1"), parent)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)


def help_button(parent: QWidget, country=None) -> QPushButton:
    """A "Need help now?" button (and F1) opening the help window over `parent`; `country` is
    a code, or a callable giving one when pressed."""
    # A literal context ("parent", where the catalogues file these): parent.tr() would ask under
    # the parent's own class (UnlockDialog, …) and leave the button in English.
    label = QCoreApplication.translate("parent", "Need help now?")
    button = QPushButton(label)
    button.setObjectName("helpButton")
    button.setAccessibleName(label)
    button.setToolTip(
        QCoreApplication.translate("parent", "Crisis lines and emergency numbers (F1)")
    )
    button.setAutoDefault(False)

    def show() -> None:
        open_help_dialog(parent, country() if callable(country) else country)

    button.clicked.connect(show)
    add_help_shortcut(parent, show)
    return button
