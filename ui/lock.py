"""The app lock: after `lock.idle_minutes` without input (or on "Lock now"), the window's pages give
way to a lock screen that asks for the passphrase or the recovery code.

While locked no page, dialog or tray action shows personal data ("Need help now?" stays in reach),
and reminders say only "You have a reminder". Unlocking checks the secret against the key file in
memory, on the task runner's worker beside any work on the vault (the Argon2id derivation takes up
to a second, and the window keeps painting); the vault stays open underneath and is never reopened.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError, WrongPassphrase, WrongRecoveryCode
from companion.vault.keys import KeyFile, parse_recovery_code
from ui.data.common import SecretField, problem_label, show_problem
from ui.pages.base import text_label
from ui.theme import set_relative_font

# How often the idle time is looked at; a lock may come this much later than the minute it's due.
CHECK_INTERVAL_MS = 30_000
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An application event filter noting the last input; `idle` fires once the limit is passed.

    `check_ms` and `monotonic` are injectable so tests needn't wait minutes."""

    idle = Signal()

    def __init__(
        self,
        *,
        check_ms: int = CHECK_INTERVAL_MS,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.monotonic = monotonic
        self.limit_seconds: float | None = None
        self.last_input = monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_limit(self, minutes: int | None) -> None:
        self.limit_seconds = minutes * 60 if minutes else None
        self.last_input = self.monotonic()
        if self.limit_seconds is None:
            self.timer.stop()
        else:
            self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.last_input = self.monotonic()
        return False

    def check(self) -> None:
        if (
            self.limit_seconds is not None
            and self.monotonic() - self.last_input >= self.limit_seconds
        ):
            self.idle.emit()

    def remove(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Stands in for every page while locked: a calm line and the passphrase field."""

    unlock_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Companion is locked"))
        heading = text_label(self.tr("Companion is locked"), self.tr("Companion is locked"))
        set_relative_font(heading, 1.4, bold=True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = SecretField(
            prompt_passphrase=self.tr("Enter your passphrase to carry on."),
            prompt_code=self.tr("Type the recovery code you saved when you set up Companion."),
        )
        self.secret.field.returnPressed.connect(self.unlock_requested.emit)
        self.problem = problem_label()
        self.secret.switched.connect(lambda: show_problem(self.problem, ""))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock_requested.emit)
        # Beside the button while the secret is checked: the screen stays, only quieter.
        self.busy = QLabel(self.tr("Unlocking…"))
        self.busy.setAccessibleName(self.tr("Unlocking…"))
        self.busy.hide()
        note = QLabel(self.tr("“Need help now?” still works while Companion is locked."))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Help while locked"))
        self.help_button = QPushButton(self.tr("Need help now?"))
        self.help_button.setObjectName("helpButton")
        self.help_button.setAccessibleName(self.tr("Need help now?"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested.emit)

        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addWidget(heading)
        inner.addWidget(self.secret)
        inner.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        inner.addWidget(note)
        inner.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its size hint,
        # which guesses the wrapped prompt's width, and the field was squeezed to a sliver.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    @property
    def field(self):
        return self.secret.field

    def set_busy(self, busy: bool) -> None:
        """While the secret is checked: "Unlocking…", nothing to press twice, the field kept as
        typed; "Need help now?" stays clickable."""
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.secret.switch.setEnabled(not busy)
        self.field.setReadOnly(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()


def check_secret(
    key_file: KeyFile | None,
    data_key: bytes,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> None:
    """Raise WrongPassphrase / WrongRecoveryCode unless the secret opens this key. Pure: it reads
    no vault, so it may run on a worker thread beside work on the vault."""
    if recovery_code is not None:
        if parse_recovery_code(recovery_code) != data_key:
            raise WrongRecoveryCode()
        return
    if key_file is None or key_file.unwrap(passphrase or "") != data_key:
        raise WrongPassphrase()


class AppLock(QObject):
    """Locks and unlocks one main window over one open companion."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        context,
        window,
        *,
        tray=None,
        check_ms: int = CHECK_INTERVAL_MS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.companion = context.companion
        self.tasks = context.tasks
        self.checking = None  # the Task checking what was typed, while it runs
        self.tray = tray
        self.locked = False
        self._page_before: QWidget | None = None
        self._hidden_dialogs: list[QDialog] = []
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.try_unlock)
        self.screen.help_requested.connect(window.show_help)
        window.stack.addWidget(self.screen)
        self.watcher = IdleWatcher(check_ms=check_ms, monotonic=monotonic, parent=self)
        self.watcher.idle.connect(self.lock)
        if context.bridge is not None:
            context.bridge.changed.connect(self._settings_changed)
        self.read_setting()

    def read_setting(self) -> None:
        try:
            minutes = self.companion.settings.get("lock.idle_minutes")
        except CompanionError:
            minutes = None
        self.watcher.set_limit(minutes)

    def _settings_changed(self, change=None) -> None:
        if change is None or change.touches("settings"):
            self.read_setting()

    # --- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        if self.checking is not None:
            # A check begun before an unlock from elsewhere: its answer must not lift this lock.
            self.checking.cancel()
        # A pending Undo ends here: nothing is put back or taken back while locked.
        from ui.undo_bar import UndoBar

        for bar in self.window.findChildren(UndoBar):
            bar.expire()
        current = self.window.stack.currentWidget()
        self._page_before = current if current is not self.screen else None
        # Open dialogs may show data (a person, a mood note): hidden now, shown again after.
        self._hidden_dialogs = [d for d in self.window.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.screen.secret.using_recovery = True
        self.screen.secret.toggle()  # back to the passphrase, field cleared
        show_problem(self.screen.problem, "")
        self.window.show_in_stack(self.screen, -1)
        self.screen.field.setFocus()
        self.locked_changed.emit(True)

    def intercept(self) -> bool:
        """Called by the window before showing data: False when unlocked; else the lock screen."""
        if not self.locked:
            return False
        self.window.show_in_stack(self.screen, -1)
        self.screen.field.setFocus()
        return True

    # --- unlocking ----------------------------------------------------------------------------

    def check_secret(self, passphrase: str | None = None, recovery_code: str | None = None) -> None:
        """Raise WrongPassphrase / WrongRecoveryCode unless the secret opens this vault's key
        (here, on the calling thread)."""
        companion = self.companion
        check_secret(companion.key_file, companion.data_key, passphrase, recovery_code)

    def try_unlock(self) -> bool:
        """Start checking what was typed, on the task runner's worker; the lock lifts when it
        opens the key (`_checked`), else the screen says why. False when there was nothing to
        check, or a check is already under way (Enter twice starts one)."""
        if self.checking is not None or not self.locked:
            return False
        passphrase, code = self.screen.secret.secret()
        if not (passphrase or code):
            show_problem(self.screen.problem, self.tr("Please type it first."))
            return False
        key_file, data_key = self.companion.key_file, self.companion.data_key
        show_problem(self.screen.problem, "")
        task = self.tasks.start(
            self.screen.unlock_button.accessibleName(),
            lambda _control: check_secret(key_file, data_key, passphrase, code),
            undo=lambda _result: None,  # stopped (quitting): nothing to undo, nothing unlocked
            touches_vault=False,
        )
        self.checking = task
        task.succeeded.connect(self._checked)
        task.failed.connect(self._refused)
        task.finished.connect(self._check_over)
        self.screen.set_busy(True)
        return True

    def _checked(self, _result=None) -> None:
        if self.locked:
            self.unlock()

    def _refused(self, message: str) -> None:
        self.screen.set_busy(False)  # the field takes focus only once it can be typed in
        show_problem(self.screen.problem, self.tr(message))
        self.screen.field.selectAll()
        self.screen.field.setFocus()

    def _check_over(self) -> None:
        self.checking = None
        self.screen.set_busy(False)

    def unlock(self) -> None:
        self.locked = False
        self.screen.field.clear()
        self.watcher.last_input = self.watcher.monotonic()
        before = self._page_before
        if before is not None and self.window.stack.indexOf(before) >= 0:
            self.window.show_in_stack(before, self.window.row_of(before))
        else:
            self.window.show_page(0)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        self.locked_changed.emit(False)

    def remove(self) -> None:
        """The window is going away (quit, restore, delete everything)."""
        self.watcher.remove()
        if self.checking is not None:
            self.checking.cancel()  # the runner waits for it on quitting; nothing is unlocked
