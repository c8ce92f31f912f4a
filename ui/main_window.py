"""The main window: a sidebar of pages, the pages themselves, and “Need help now?” always in reach."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.pages.base import text_label
from ui.theme import set_relative_font

if TYPE_CHECKING:
    from ui.undo_bar import UndoBar

# (name used by code and --page, label shown, page class path); order gives Ctrl+1..Ctrl+7.
PAGES = (
    ("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "ui.pages.today:TodayPage"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), "ui.pages.people:PeoplePage"),
    ("mood", QT_TRANSLATE_NOOP("MainWindow", "Mood"), "ui.pages.mood:MoodPage"),
    ("checkins", QT_TRANSLATE_NOOP("MainWindow", "Check-ins"), "ui.pages.checkins:CheckinsPage"),
    (
        "screen",
        QT_TRANSLATE_NOOP("MainWindow", "Screen & boundaries"),
        "ui.pages.screen:ScreenPage",
    ),
    ("insights", QT_TRANSLATE_NOOP("MainWindow", "Insights"), "ui.pages.insights:InsightsPage"),
    (
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Settings"),
        "ui.pages.settings_page:SettingsPage",
    ),
)
PAGE_NAMES = tuple(name for name, _label, _cls in PAGES)
SHEET_KEYS = "Ctrl+/"


@dataclass(frozen=True)
class Shortcut:
    """One row of the window's shortcuts: the keys (the first is the one to remember), what it
    does (untranslated; shown in menus and the sheet), and the MainWindow method it calls."""

    keys: tuple[str | QKeySequence.StandardKey, ...]
    label: str
    method: str
    arg: int | None = None
    in_help_menu: bool = False
    on_lists: bool = False  # keys a list of records handles itself (ui/record_keys.py): listed only


# Every shortcut of the main window: registered from here, and listed from here in
# Help → Keyboard shortcuts.
SHORTCUTS = (
    *(
        Shortcut((f"Ctrl+{number}",), label, "show_page", number - 1)
        for number, (_name, label, _cls) in enumerate(PAGES, start=1)
    ),
    Shortcut(
        ("F1", "Ctrl+H"),
        QT_TRANSLATE_NOOP("MainWindow", "Need help now?"),
        "show_help",
        in_help_menu=True,
    ),
    Shortcut(("Ctrl+M",), QT_TRANSLATE_NOOP("MainWindow", "Log a mood"), "log_mood"),
    Shortcut(("Ctrl+L",), QT_TRANSLATE_NOOP("MainWindow", "Log interaction…"), "log_interaction"),
    Shortcut(("Ctrl+P",), QT_TRANSLATE_NOOP("MainWindow", "Report…"), "open_report"),
    Shortcut(
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("MainWindow", "Undo a removal or a quick mood, for a few seconds"),
        "undo_last",
    ),
    Shortcut(
        ("F2", "Return"),
        QT_TRANSLATE_NOOP("MainWindow", "Edit the selected record"),
        "",
        on_lists=True,
    ),
    Shortcut(
        ("Delete",),
        QT_TRANSLATE_NOOP("MainWindow", "Remove the selected record (asks first)"),
        "",
        on_lists=True,
    ),
    Shortcut(
        (SHEET_KEYS,),
        QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"),
        "show_shortcuts",
        in_help_menu=True,
    ),
    Shortcut(
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        QT_TRANSLATE_NOOP("MainWindow", "Quit"),
        "request_quit",
    ),
)


class PageSet(Mapping):
    """The window's pages by name. Each is built the first time it is asked for (shown, or reached
    by code): a page's imports and widgets cost nothing until someone goes there."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            if name not in PAGE_NAMES or self._window.companion is None:
                raise KeyError(name)
            page = self._built[name] = self._window.build_page(name)
        return page

    def __iter__(self):
        return iter(PAGE_NAMES if self._window.companion is not None else ())

    def __len__(self) -> int:
        return len(PAGE_NAMES) if self._window.companion is not None else 0

    def build(self, name: str) -> QWidget:
        """The page, built now if it hasn't been."""
        return self[name]

    def built(self) -> dict[str, QWidget]:
        """The pages built so far."""
        return dict(self._built)


class Sidebar(QListWidget):
    """The list of sections. Taking the keyboard focus is not choosing a section: an item view
    that gets the focus with no current row makes its first row current, which would switch the
    window to Today whenever the focus passed through (tabbing in from "Need help now?", or the
    focus moving on from a page being hidden)."""

    def focusInEvent(self, event) -> None:
        if self.currentRow() >= 0:
            super().focusInEvent(event)
            return
        blocked = self.blockSignals(True)
        try:
            super().focusInEvent(event)
            self.setCurrentRow(-1)
        finally:
            self.blockSignals(blocked)


def raise_window(widget: QWidget) -> None:
    widget.show()
    # The offscreen platform (tests, screenshots) can't raise and says so as a warning.
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()


def _load(path: str):
    import importlib

    module, cls = path.split(":")
    return getattr(importlib.import_module(module), cls)


class MainWindow(QMainWindow):
    """Built empty first (so it paints at once), then `attach(context)` adds the pages over the
    app's context (ui/context.py), which every page and dialog is handed."""

    quit_requested = Signal()
    hidden_to_tray = Signal()
    situation = Signal(object)  # a CompanionError a page met while reading the vault
    page_built = Signal(str, object)  # a page's name and the page, the first time it is built

    def __init__(self, parent: QWidget | None = None, *, shortcuts: bool = True) -> None:
        """With `shortcuts=False` the window's actions wait for `add_shortcuts()`: start-up
        paints the window first (the Help menu's title is there already)."""
        super().__init__(parent)
        self.context = None  # ui/context.py, from attach()
        self.companion = None
        self.bridge = None
        self.pages = PageSet(self)
        self._slots: dict[str, QWidget] = {}  # stand-ins in the stack for pages not built yet
        self.help_page = None
        self.hide_on_close = False
        self._following_tasks = False
        self._glance = None  # companion.storage.glance, while Today is shown from it (show_glance)
        self._glance_page = None
        self._switching = False  # inside show_in_stack
        self.setWindowTitle(self.tr("Companion"))
        self.setAccessibleName(self.tr("Companion"))
        self.resize(960, 640)

        panel = QWidget()
        panel.setObjectName("sidebarPanel")
        panel.setAutoFillBackground(True)
        side = QVBoxLayout(panel)
        side.setContentsMargins(12, 18, 12, 12)
        side.setSpacing(10)
        brand = text_label(self.tr("Companion"), self.tr("Companion"))
        set_relative_font(brand, 1.3, bold=True)
        brand.setContentsMargins(10, 0, 0, 6)
        side.addWidget(brand)

        self.sidebar = Sidebar()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        native = QKeySequence.SequenceFormat.NativeText
        for number, (_name, label, _cls) in enumerate(PAGES, start=1):
            shown = self.tr(label)
            keys = QKeySequence(f"Ctrl+{number}").toString(native)
            item = QListWidgetItem(shown)
            item.setToolTip(f"{shown} ({keys})")
            item.setSizeHint(QSize(0, round(self.fontMetrics().height() * 2.1)))
            self.sidebar.addItem(item)
        self.sidebar.setEnabled(False)
        side.addWidget(self.sidebar, 1)

        self.help_button = QPushButton(self.tr("Need help now?"))
        self.help_button.setObjectName("helpButton")
        self.help_button.setAccessibleName(self.tr("Need help now?"))
        self.help_button.setToolTip(self.tr("Crisis lines and emergency numbers (F1)"))
        self.help_button.clicked.connect(self.show_help)  # needs no vault: enabled from the start
        side.addWidget(self.help_button)
        panel.setMinimumWidth(200)
        panel.setMaximumWidth(260)

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Page"))
        self.opening = text_label(self.tr("Opening your vault…"), self.tr("Opening your vault"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(panel)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.report_dialog = None
        self.mood_dialog = None
        self.nudges = None
        self.pause_watch = None
        self.log_dialog = None
        self.shortcut_sheet = None
        self.shortcut_actions: list[QAction] = []
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        if shortcuts:
            self.add_shortcuts()
        self.sidebar.currentRowChanged.connect(self._row_changed)

    def add_shortcuts(self) -> None:
        """The window's keyboard shortcuts (SHORTCUTS), and the Help menu's entries among them."""
        if self.shortcut_actions:
            return
        for entry in SHORTCUTS:
            action = self._add_shortcut(entry)
            if entry.in_help_menu:
                self.help_menu.addAction(action)
        self.sidebar.setToolTip(
            self.tr("Keyboard shortcuts (all of them: Help → Keyboard shortcuts):")
            + "\n"
            + "\n".join(f"{keys}: {what}" for keys, what in self.shortcut_rows())
        )

    def _add_shortcut(self, entry: Shortcut) -> QAction:
        """One action per row of SHORTCUTS, window-wide, so menus can show the same action."""
        action = QAction(self.tr(entry.label), self)
        sequences: list[QKeySequence] = []
        for keys in entry.keys:
            sequence = QKeySequence(keys)
            # The platform's Quit is Ctrl+Q on most systems: the same keys once.
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if entry.on_lists:
            # Shown on the sheet, never taken from the window: the focused list acts on them.
            action.setEnabled(False)
            self.addAction(action)
            self.shortcut_actions.append(action)
            return action
        slot = getattr(self, entry.method)
        if entry.arg is None:
            action.triggered.connect(lambda _checked=False, f=slot: f())
        else:
            action.triggered.connect(lambda _checked=False, f=slot, a=entry.arg: f(a))
        self.addAction(action)
        self.shortcut_actions.append(action)
        return action

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys as shown, what they do) for every registered shortcut, from the actions."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = []
        for action in self.shortcut_actions:
            keys = [s.toString(native) for s in action.shortcuts()]
            rows.append((self.tr(" or ").join(keys), action.text()))
        return rows

    def show_shortcuts(self):
        """Help → Keyboard shortcuts (Ctrl+/)."""
        from ui.shortcut_sheet import ShortcutSheet

        if self.shortcut_sheet is not None and self.shortcut_sheet.isVisible():
            self.shortcut_sheet.activateWindow()
            return self.shortcut_sheet
        self.shortcut_sheet = ShortcutSheet(self.shortcut_rows(), self)
        self.shortcut_sheet.open()
        return self.shortcut_sheet

    @functools.cached_property
    def undo_bar(self) -> UndoBar:
        """The bar offering to put back what was just removed or logged (made when first used)."""
        from ui.undo_bar import UndoBar

        return UndoBar(self, own_shortcut=False, anchor=self.stack)

    def undo_last(self) -> bool:
        """Ctrl+Z: undo the removal or quick mood the undo bar offers, while it does."""
        return "undo_bar" in self.__dict__ and self.undo_bar.undo()

    def request_quit(self) -> None:
        self.quit_requested.emit()

    # --- pages ------------------------------------------------------------------------------------

    def show_glance(self, context) -> None:
        """Today over a glance at the vault (companion.storage.glance, the context's `companion`),
        before the storage layer has loaded; `attach` replaces it with the real page. Raises
        whatever stopped it reading."""
        from ui.pages.today import TodayPage

        glance = context.companion
        page = TodayPage(context)
        page.setObjectName("page_today_glance")
        failed: list = []
        page.situation.connect(failed.append)
        page.help_requested.connect(self.show_help)  # a safety card's way to help
        self._glance = glance
        self._glance_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)  # shows it: Today reads the glance now
        page.refresh_if_stale()  # when the window starts hidden (in the tray), read it anyway
        if failed:
            raise failed[0]

    def drop_glance(self) -> None:
        self._glance = None
        page = self._glance_page
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
            self._glance_page = None
            self.stack.setCurrentWidget(self.opening)

    def attach(self, context) -> None:
        """Build the pages over the app's context (the opened facade, the task runner) and start
        listening for its changes. Adds the change bridge and the nudge timer to the context."""
        from ui.bridge import ChangeBridge

        self.context = context
        companion = self.companion = context.companion
        self.bridge = context.bridge = ChangeBridge(companion, self)
        if companion.settings.get("profile.demo"):
            self.setWindowTitle(self.tr("Companion — demo"))
        for name in PAGE_NAMES:
            slot = QWidget()
            slot.setObjectName(f"slot_{name}")
            self._slots[name] = slot
            self.stack.addWidget(slot)
        if self.help_page is not None:  # opened before the vault was: it follows the vault now
            self.help_page.use_context(context)
            self.bridge.changed.connect(self.help_page.mark_stale)
        # Otherwise it is built the first time it is asked for (F1, the button, a safety card).
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.sidebar.setEnabled(True)
        if self._glance_page is not None:
            self.pages.build("today")  # the first screen's Today becomes the full app's
        if self.stack.currentWidget() is not self.help_page:  # someone reading it stays there
            self.show_page(0)
        self.sidebar.setFocus()
        self._start_nudges(context)
        from ui.screen.pause_watch import PauseWatch

        # The pause asks through the nudges' notifiers (buttons on a desktop notification where
        # the platform has them), else in a small window of its own.
        self.pause_watch = PauseWatch(
            context, self, notifiers=lambda: self.nudges.notifiers if self.nudges else ()
        )
        self.bridge.changed.connect(self.pause_watch.settings_changed)
        # Long work has the vault to itself: no nudge, pause question or refresh meanwhile.
        context.tasks.started.connect(self._task_started)
        context.tasks.idle.connect(self._task_done)
        self._following_tasks = True
        if context.tasks.busy:
            self._task_started()

    def _task_started(self, *_args) -> None:
        if self.nudges is not None:
            self.nudges.stop()
        if self.pause_watch is not None:
            self.pause_watch.stop()
        if self.bridge is not None:
            self.bridge.hold()

    def _task_done(self) -> None:
        if self.bridge is not None:
            self.bridge.release()
        if self.nudges is not None:
            self.nudges.start()
        if self.pause_watch is not None:
            self.pause_watch.settings_changed()

    def _adopt_glance_page(self):
        """The first screen's Today goes on as the full app's: it already shows what the vault
        holds, so it is neither built nor read a second time. Attaching may happen inside one
        of its own calls (a mood key, a dialog it is building); those simply carry on."""
        page, self._glance_page, self._glance = self._glance_page, None, None
        if page is None:
            return None
        page.situation.disconnect()  # show_glance's own check of the first read
        page.adopt(self.context)
        return page

    def _open_from_glance(self) -> bool:
        """On the first screen, open the full app now (waiting for it to finish loading), so a
        shortcut pressed meanwhile still does what it says. False if it could not open (the user
        has been told why) or nothing is being opened."""
        if self.companion is None and self._glance is not None:
            try:
                self._glance.full()
            except CompanionError:
                return False
        return self.companion is not None

    def build_page(self, name: str) -> QWidget:
        """Build one page over the facade, in its place in the stack (PageSet calls this)."""
        page = self._adopt_glance_page() if name == "today" else None
        adopted = page is not None
        if page is None:
            path = dict((n, p) for n, _label, p in PAGES)[name]
            page = _load(path)(self.context)
        page.setObjectName(f"page_{name}")
        slot = self._slots.pop(name)
        if not adopted:  # the first screen's page is in the stack already, and showing
            index = self.stack.indexOf(slot)
            showing = self.stack.currentWidget() is slot
            self.stack.insertWidget(index, page)
            if showing:
                self.stack.setCurrentWidget(page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.bridge.changed.connect(page.mark_stale)
        if hasattr(page, "help_requested") and not adopted:  # safety cards, check-in results
            page.help_requested.connect(self.show_help)
        page.situation.connect(self.situation.emit)
        self.page_built.emit(name, page)
        return page

    def _start_nudges(self, context) -> None:
        """Nudges through the desktop's notifications, the tray, or a banner on Today."""
        from ui.nudges.notifiers import default_chain
        from ui.nudges.scheduler import NudgeScheduler

        banner = self.pages["today"].show_nudge_plan
        self.nudges = context.scheduler = NudgeScheduler(
            context, default_chain(banner=banner), self
        )
        self.nudges.open_person.connect(self.open_person)
        self.bridge.changed.connect(self.nudges.settings_changed)
        self.nudges.start()

    def attach_tray(self, tray) -> None:
        """Give the tray's menu and messages their way in: Log interaction, clicked reminders."""
        tray.log_interaction_requested.connect(self._log_from_tray)
        if self.nudges is not None:
            tray_notifier = self.nudges.notifier("tray")
            if tray_notifier is not None:
                tray_notifier.set_tray(tray)

    def _log_from_tray(self) -> None:
        self.bring_to_front()
        self.log_interaction()

    def log_interaction(self, person_ids=()) -> None:
        """Ctrl+L from anywhere: note a chat with one or several people."""
        if not self._open_from_glance() or self.locked():
            return
        from ui.people.log_dialog import LogInteractionDialog

        if self.log_dialog is not None and self.log_dialog.isVisible():
            self.log_dialog.activateWindow()
            return
        self.log_dialog = LogInteractionDialog(self.context, person_ids, self)
        self.log_dialog.finished.connect(lambda _r: setattr(self, "log_dialog", None))
        self.log_dialog.open()

    def open_person(self, person_id: int) -> None:
        """A clicked reminder: the window, the People page, and that person."""
        self.bring_to_front()
        if self.locked():
            return
        if not person_id or "people" not in self.pages:
            return
        self.show_page_named("people")
        self.pages["people"].open_person(person_id)

    def detach(self) -> None:
        if "undo_bar" in self.__dict__:
            self.undo_bar.expire()  # what it could put back goes with the vault
        if self._following_tasks:
            self._following_tasks = False
            self.context.tasks.started.disconnect(self._task_started)
            self.context.tasks.idle.disconnect(self._task_done)
        if self.nudges is not None:
            self.nudges.stop()
        if self.pause_watch is not None:
            self.pause_watch.stop()
        if self.bridge is not None:
            self.bridge.detach()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def locked(self) -> bool:
        """True (and the lock screen shown) while the app is locked."""
        lock = self.context.lock if self.context is not None else None
        return lock is not None and lock.intercept()

    def show_page(self, index: int) -> None:
        if not self._open_from_glance() or not 0 <= index < len(PAGES) or self.locked():
            return
        self.show_in_stack(self.pages[PAGES[index][0]], index)

    def row_of(self, widget: QWidget) -> int:
        """The sidebar row of a built page; -1 for anything else (help, the lock screen)."""
        built = self.pages.built()
        return next((i for i, name in enumerate(PAGE_NAMES) if built.get(name) is widget), -1)

    def show_in_stack(self, widget: QWidget, row: int = -1) -> None:
        """The one way the window changes what it shows: `widget` alone in the stack, and the
        sidebar's row to match (-1: none selected).

        A focused widget on the page being hidden would hand the focus on down the focus chain,
        often to the sidebar; the sidebar then made a row current, and that row change switched
        the stack again in the middle of this switch, so two pages stayed painted one over the
        other. The focus is parked on the stack first, the row is set without signals, and any
        page still visible after the switch is hidden."""
        if self._switching:
            return
        self._switching = True
        try:
            current = self.stack.currentWidget()
            focus = QApplication.focusWidget()
            parked = (
                current is not None
                and current is not widget
                and focus is not None
                and current.isAncestorOf(focus)
            )
            if parked:
                self.stack.setFocus(Qt.FocusReason.OtherFocusReason)
            blocked = self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            if row < 0:
                self.sidebar.clearSelection()
            self.sidebar.blockSignals(blocked)
            self.stack.setCurrentWidget(widget)
            for i in range(self.stack.count()):
                other = self.stack.widget(i)
                if other is not widget and not other.isHidden():
                    other.hide()
            if parked:
                (widget.focusWidget() or widget).setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._switching = False

    def show_page_named(self, name: str) -> None:
        if name == "help":
            self.show_help()
        elif not self.locked():
            self.show_page(PAGE_NAMES.index(name))
            # Arriving from outside (the tray's Log mood, --page): ready for one key, 1 to 5.
            focus = getattr(self.pages[name], "focus_quick_logger", None)
            if focus is not None:
                focus()

    def log_mood(self):
        """Ctrl+M from anywhere: a small window where one key, 1 to 5, logs a mood."""
        if not self._open_from_glance() or self.locked():
            return None
        from ui.mood.quick_logger import QuickMoodDialog

        if self.mood_dialog is not None and self.mood_dialog.isVisible():
            self.mood_dialog.activateWindow()
            return self.mood_dialog
        self.mood_dialog = QuickMoodDialog(self.context, self)
        self.mood_dialog.open()
        return self.mood_dialog

    def _make_help_page(self, context) -> None:
        from ui.help_page import HelpPage

        self.help_page = HelpPage(context)
        self.help_page.setObjectName("page_help")
        self.help_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack.addWidget(self.help_page)
        if self.bridge is not None:  # the vault is open: the country it shows follows Settings
            self.bridge.changed.connect(self.help_page.mark_stale)

    def show_help(self) -> None:
        """“Need help now?”: with the vault's country, or (before it opens, or when it could not)
        the system's."""
        self._open_from_glance()  # F1 or a safety card's button on the first screen
        if self.help_page is None:
            self._make_help_page(self.context)
        self.show_in_stack(self.help_page, -1)
        self.help_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_report(self) -> None:
        """Report… (Ctrl+P): a printable summary to bring to a therapist."""
        if not self._open_from_glance() or self.locked():
            return
        if self.report_dialog is not None and self.report_dialog.isVisible():
            self.report_dialog.activateWindow()
            return
        from ui.report.dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self.context, self)

    def _row_changed(self, row: int) -> None:
        """A section chosen in the sidebar (a click or the arrow keys)."""
        if row >= 0 and self.pages and not self._switching:
            self.show_page(row)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        raise_window(self)

    # --- closing ----------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.hide_on_close:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        event.accept()
        self.quit_requested.emit()
