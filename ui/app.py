"""Starting the app, in stages: Qt and a painted window first, then unlock, then the pages.

`run()` is what `companion` (no subcommand) calls. With `exec_=False` it returns the running
`AppController` without entering the event loop, so tests can drive the whole app.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from companion import APP_ID, APP_NAME, __version__
from companion.domain.errors import (
    CompanionError,
    KeyFileChanged,
    KeyUnavailable,
    StorageError,
    VaultCorrupt,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)
from companion.platform.paths import resolve_profile_dir
from companion.platform.secret_input import take_passphrase_env

if TYPE_CHECKING:
    from ui.tasks import TaskRunner

VERIFY_DELAY_MS = 1500
EXIT_OK = 0
EXIT_USER_SITUATION = 1
EXIT_BUG = 70
# `make bench` sets this to a file; start-up appends "paint <time>" and "today <time>" to it.
BENCH_MARK_ENV = "COMPANION_BENCH_MARK"


def bench_mark(label: str) -> None:
    """Note when a start-up stage is reached, for the start-up benchmark (a no-op otherwise)."""
    path = os.environ.get(BENCH_MARK_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{label} {time.time():.6f}\n")


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def situation_title(exc: CompanionError) -> str:
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate("app", "Companion is already open")
    if isinstance(exc, VaultCorrupt):
        return QCoreApplication.translate("app", "Your vault can't be read")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("app", "Companion can't use its folder")
    if isinstance(exc, VaultMissing):
        return QCoreApplication.translate("app", "No vault here")
    return QCoreApplication.translate("app", "Companion can't open")


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (reused when one exists, as under pytest-qt), named for the desktop."""
    app = QApplication.instance()
    if app is None:
        # Fusion from the start, made by Qt itself (ui/theme.py adds its Python half after the
        # first paint): setting it from Python would build the Python side of QStyle first.
        app = QApplication([*(list(argv) if argv else [APP_NAME]), "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("companionapp.org")
    app.setDesktopFileName(APP_ID)
    return app


def set_app_icon(app: QApplication) -> None:
    """The icon every window shows. Set just after the first paint: drawing it pulls in Qt's
    painting classes, and a title bar takes the icon whenever it comes."""
    from ui.icons import app_icon

    app.setWindowIcon(app_icon())


class CoreLoader(QObject):
    """Imports the facade and the services on a thread; `loaded` arrives on the GUI thread.

    The main thread stays free meanwhile (Today is on screen from a glance), and whoever needs
    the core before `loaded` calls `wait()` first, so no module is ever imported from two threads.
    SQLAlchemy is not among what it loads: that is the write path, loaded with the first write.
    It starts once Today has painted: started with the unlock, its import took the interpreter
    from the first screen and Today came 0.1 to 0.2 s later (measured with `make bench`).
    """

    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._thread = threading.Thread(target=self._run, name="companion-core", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        # On failure the main thread imports it again and reports what went wrong.
        with contextlib.suppress(BaseException):
            import companion.facade  # noqa: F401 - the import is the work
        self.loaded.emit()


class AppController:
    """Owns the running app's parts: the window, the opened facade, the tray and the instance server.

    `exit_code` is None while running; it is set when the app has finished (or never started
    because another instance was asked to show itself).
    """

    def __init__(self, app: QApplication, profile_dir: Path, *, minimized: bool = False) -> None:
        from ui.theme import Theme

        self.app = app
        self.profile_dir = profile_dir
        self.minimized = minimized
        # The style's Python half (ui/style.py) comes just after the first paint: see start().
        self.theme = Theme(app, clear_indicators=False)
        self.exit_code: int | None = None
        self.companion = None
        self.window = None
        self.wizard = None
        self.unlock_dialog = None
        self.message = None
        self.tray = None
        self.server = None
        self.context = None  # ui/context.py: made for each opened vault, handed to the window
        self.data_host = None
        self._quitting = False
        self.looping = False  # True while run() is inside app.exec()
        # With an event loop to come back to, Today is shown from a glance at the vault while
        # the facade loads (companion.storage.glance); without one, the vault is opened at once.
        self.glance_first = False
        self.glance = None
        self.glance_context = None  # the first screen's context, handed the facade when it opens
        self.loader = None
        self.key_task = None  # the Task working out the key from COMPANION_PASSPHRASE, meanwhile
        self._found = None
        self.instance_claim = None  # ui.single_instance.claim_instance: held while this one runs

    @functools.cached_property
    def tasks(self) -> TaskRunner:
        """The one runner for long work, for as long as the app runs (made after the first paint)."""
        from ui.tasks import TaskRunner

        return TaskRunner()

    # --- stages -----------------------------------------------------------------------------------

    def start(self, *, defer_unlock: bool = False) -> None:
        from companion.platform.paths import Profile
        from ui.single_instance import ASK_PATIENCE_S, claim_instance, server_name

        name = server_name(self.profile_dir)
        self.instance_claim = claim_instance(name)
        if self.instance_claim is None:  # another Companion runs this profile: bring it forward
            from ui.single_instance import ask_running_instance_to_show

            if ask_running_instance_to_show(name, patience_s=ASK_PATIENCE_S):
                self.exit_code = EXIT_OK
                return
            # It never answered: go on, and the vault's own lock explains if it is really busy.

        # The facade's profile_state, without importing the storage layer before the first paint.
        if not Profile(self.profile_dir).db_path.exists():
            self.theme.clear_indicators()
            set_app_icon(self.app)
            self._listen(name)
            self._onboard()
            return
        self._make_window(shortcuts=False)  # added just after the first paint
        if not self._starts_hidden():
            self.window.show()
        # Let the empty window paint before the keyring and the vault are touched.
        self.app.processEvents()
        bench_mark("paint")
        self.window.add_shortcuts()
        set_app_icon(self.app)
        self._listen(name)
        if defer_unlock:
            self.glance_first = True
            QTimer.singleShot(0, self._unlock)
        else:
            self._unlock()

    def _listen(self, name: str) -> None:
        """Answer later launches of this profile (they ask this window to come forward)."""
        from ui.single_instance import InstanceServer

        if self.instance_claim is None:
            # Another instance holds the claim and will listen under this name: taking the name
            # (and removing its socket when this one quits) would leave it unreachable.
            return
        self.server = InstanceServer(name)
        self.server.listen()
        self.server.show_requested.connect(self.show_window)

    def _starts_hidden(self) -> bool:
        if not self.minimized:
            return False
        from ui.tray import tray_available

        return tray_available()

    def _make_window(self, *, shortcuts: bool = True) -> None:
        from ui.main_window import MainWindow

        self.window = MainWindow(shortcuts=shortcuts)
        self.window.quit_requested.connect(self.quit)

    def _onboard(self) -> None:
        from ui.onboarding import OnboardingWizard

        self.wizard = OnboardingWizard(self.profile_dir, self.tasks)
        self.wizard.completed.connect(self._opened)
        self.wizard.rejected.connect(lambda: self.quit(EXIT_OK))
        self.wizard.show()

    def _unlock(self) -> None:
        from companion.vault.unlocking import find_key

        if self._quitting:
            return
        # Read once and taken out of the environment: a later unlock asks instead.
        passphrase = take_passphrase_env()
        if passphrase is not None and self.glance_first:
            # Argon2id takes a good part of a second: worked out on the runner, the window still
            # turning. The keyring (no passphrase) stays here: it is quick, and start-up's figure.
            self._derive_key(passphrase)
            return
        try:
            # Asks the keyring only when the key file allows it (else KeyUnavailable).
            found = find_key(self.profile_dir, passphrase=passphrase)
        except Exception as exc:
            self._key_not_found(exc)
            return
        self._key_found(found)

    def _derive_key(self, passphrase: str) -> None:
        """find_key with the passphrase on the task runner's worker, beside any vault task (none
        runs yet): it opens no database, only finishes an interrupted key change (under the
        profile lock), takes the lock and unwraps the key file. Nothing on the UI thread touches
        those files meanwhile: the window shows "Opening your vault…" until it answers."""
        from companion.vault.unlocking import find_key

        profile_dir = self.profile_dir
        task = self.tasks.start(
            self.window.opening.accessibleName(),
            lambda _control: find_key(profile_dir, passphrase=passphrase),
            # Quitting meanwhile waits for it (finish_now), then lets go of the lock it took.
            undo=lambda found: found.release(),
            touches_vault=False,
        )
        task.raises = True  # its outcome is read here, a bug included: shown as at any start
        self.key_task = task
        task.finished.connect(lambda: self._key_derived(task))

    def _key_derived(self, task) -> None:
        self.key_task = None
        if task.outcome == "cancelled" or self._quitting:
            # Quit while it ran: the runner let go of what it found (its undo), or, had the
            # answer come first, it is let go here.
            if task.outcome == "succeeded":
                task.result.release()
            return
        if task.error is not None:
            self._key_not_found(task.error)
        else:
            self._key_found(task.result)

    def _key_not_found(self, exc: BaseException) -> None:
        """Whatever stopped find_key: ask for the passphrase, or say what is wrong."""
        if isinstance(exc, KeyUnavailable):
            self._ask_passphrase()
        elif isinstance(exc, WrongPassphrase):
            self._ask_passphrase(_tr(str(exc)))
        elif isinstance(exc, KeyFileChanged):  # only the recovery code opens past it
            self._ask_passphrase(_tr(str(exc)), recovery=True)
        elif isinstance(exc, CompanionError):
            self.show_situation(exc)
        else:
            self.show_bug(exc)

    def _key_found(self, found) -> None:
        self._found = found
        if self.glance_first and self._show_glance(found):
            return
        self._finish_opening()

    def _show_glance(self, found) -> bool:
        """Today from the vault straight away, while the facade loads on a thread."""
        from companion.platform.clock import SystemClock
        from companion.storage.glance import Glance
        from ui.context import AppContext

        try:
            glance = Glance.open(found, SystemClock(), self._companion_for_glance)
        except Exception:  # the full open says what is wrong, in plain words
            return False
        if glance is None:
            return False
        self.glance = glance
        self.glance_context = AppContext(glance, tasks=self.tasks)
        window = self.window
        # "Need help now?" opened while the key was worked out: whoever reads it stays there.
        helping = window.help_page is not None and window.stack.currentWidget() is window.help_page
        try:
            window.show_glance(self.glance_context)
            if helping:
                window.show_in_stack(window.help_page, -1)
            self.app.processEvents()
        except Exception:  # the full open that follows explains it (or finds nothing wrong)
            self._drop_glance()
            return False
        bench_mark("today")
        # The style's Python half, once Today has painted: nothing on it shows what it draws.
        self.theme.clear_indicators()
        self.loader = CoreLoader()
        self.loader.loaded.connect(self._core_loaded)
        self.loader.start()
        return True

    def _core_loaded(self) -> None:
        if not self._quitting:
            self._finish_opening()

    def _finish_opening(self):
        """Open the vault in full with the key found; the Companion, or None when that failed
        (the user has been told why). Called when the facade has loaded, or sooner by the
        first screen when it needs more than a glance (it then waits for the load)."""
        if self.companion is not None:
            return self.companion
        found, self._found = self._found, None
        if found is None:
            return None
        if self.loader is not None:
            self.loader.wait()
        try:
            # Inside: when the loader failed to import it, this says why (and the vault is let go).
            from companion.facade import Companion

            companion = Companion.open_found(found, verify=False)
        except CompanionError as exc:
            self._drop_glance()
            self.show_situation(exc)
            return None
        except Exception as exc:
            found.release()  # open_found lets go on its own failures; a failed import never got there
            self._drop_glance()
            self.show_bug(exc)
            return None
        self._opened(companion)
        return companion

    def _companion_for_glance(self):
        companion = self._finish_opening()
        if companion is None:
            raise StorageError(
                QCoreApplication.translate("app", "Companion couldn't finish opening your vault.")
            )
        return companion

    def _drop_glance(self) -> None:
        if self.glance is not None:
            if self.window is not None:
                self.window.drop_glance()
            self.glance.close()
            self.glance = None
        self.glance_context = None

    def _ask_passphrase(self, reason: str | None = None, *, recovery: bool = False) -> None:
        from ui.unlock_dialog import UnlockDialog

        self.theme.clear_indicators()  # before the dialog's check box first paints
        self.unlock_dialog = UnlockDialog(
            self.profile_dir, self.window, reason=reason, tasks=self.tasks, recovery=recovery
        )
        self.unlock_dialog.accepted.connect(lambda: self._opened(self.unlock_dialog.companion))
        self.unlock_dialog.rejected.connect(lambda: self.quit(EXIT_OK))
        self.unlock_dialog.open()

    def _opened(self, companion) -> None:
        """The vault is open: build the pages, the tray, and show the window (unless minimized)."""
        from ui.context import AppContext
        from ui.icons import app_icon
        from ui.tray import Tray, tray_available

        self.theme.clear_indicators()  # set already, unless Today came without a glance
        self.companion = companion
        # Dialogs opened from the first screen hold its context: it becomes this vault's.
        context, self.glance_context = self.glance_context, None
        if context is None:
            context = AppContext(companion, tasks=self.tasks)
        context.companion = companion
        self.context = context
        # The colours the person chose in Settings (the unlock screen follows the system).
        self.theme.set_choice(companion.settings.get("appearance.theme"))
        if self.window is None:
            self._make_window()
        self.window.attach(self.context)
        if self.glance is not None:
            self.glance.hand_over(companion)
            self.glance = None
        self.window.situation.connect(self.stop_on_situation)
        if tray_available():
            self.tray = Tray(app_icon())
            self.tray.open_requested.connect(self.show_window)
            self.tray.log_mood_requested.connect(self.log_mood)
            self.tray.quit_requested.connect(self.quit)
            self.tray.show()
            self.window.hide_on_close = True
            self.window.hidden_to_tray.connect(self.tray.tell_still_running)
            self.window.attach_tray(self.tray)
        self.app.setQuitOnLastWindowClosed(self.tray is None)
        from ui.data.host import attach_data_host

        # Lock, Settings' data actions, and the daily backup a few seconds after start-up.
        self.data_host = attach_data_host(self, self.context)
        if not self._starts_hidden():
            self.window.bring_to_front()
        # After Today has painted its data (the first screen marked "today" already, if shown).
        QTimer.singleShot(0, lambda: bench_mark("ready"))
        QTimer.singleShot(0, lambda: bench_mark("today"))
        # SQLCipher authenticates every page it reads, so nothing altered is ever shown; the
        # whole-file check (a quarter second on ten years of data) runs just after the first paint.
        QTimer.singleShot(VERIFY_DELAY_MS, lambda c=companion: self._verify_vault(c))
        if companion.needs_new_passphrase:
            from ui.unlock_dialog import NewPassphraseDialog

            NewPassphraseDialog(self.context, self.window).open()

    def _verify_vault(self, companion) -> None:
        if self._quitting or companion is not self.companion:
            return
        try:
            companion.vault.verify()
        except CompanionError as exc:
            self.stop_on_situation(exc)
            return
        companion.vault.release_memory()

    def stop_on_situation(self, exc: CompanionError) -> None:
        """The vault can't be used safely any more: say so plainly, then quit when read."""
        if self._quitting or self.message is not None:
            return
        if self.window is not None:
            self.window.hide_on_close = False
            self.window.detach()
            self.window.setEnabled(False)
        self.show_situation(exc)

    # --- while running ---------------------------------------------------------------------------

    def reopen(self, companion) -> None:
        """After a restore: a new window over the restored vault (the old one is already closed)."""
        self._take_down_window()
        self._opened(companion)

    def back_to_onboarding(self) -> None:
        """After "Delete everything": nothing is left to show, so start again as on a first run."""
        self._take_down_window()
        self._onboard()

    @property
    def app_lock(self):
        """The opened vault's app lock (ui/lock.py), or None."""
        return self.context.lock if self.context is not None else None

    def _take_down_window(self) -> None:
        if self.app_lock is not None:
            self.app_lock.remove()
        self.context = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        if self.window is not None:
            self.window.hide_on_close = False
            self.window.detach()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.companion = None

    def show_window(self) -> None:
        if self.window is not None:
            self.window.bring_to_front()
        elif self.wizard is not None:
            from ui.main_window import raise_window

            raise_window(self.wizard)

    def log_mood(self) -> None:
        self.show_window()
        if self.window is not None and self.companion is not None:
            self.window.show_page_named("mood")

    def show_situation(self, exc: CompanionError) -> None:
        """A plain box naming what happened; closing it ends the app."""
        from ui.messages import situation_box

        self.theme.clear_indicators()
        self.message = situation_box(self.window, situation_title(exc), _tr(str(exc)))
        self.message.finished.connect(lambda _r: self.quit(EXIT_USER_SITUATION))
        self.message.open()

    def show_bug(self, exc: BaseException) -> None:
        from ui.messages import bug_box

        self.theme.clear_indicators()
        self.message = bug_box(self.window, exc)
        if self.companion is None:
            # Nothing is open to go back to.
            self.message.finished.connect(lambda _r: self.quit(EXIT_BUG))
        self.message.open()

    def quit(self, code: int = EXIT_OK) -> None:
        """Close everything in order: window, tray, instance server, then the vault."""
        if self._quitting:
            return
        self._quitting = True
        self.exit_code = code
        if self.window is not None:
            self.window.hide_on_close = False
            self.window.detach()
            self.window.hide()
        if self.wizard is not None:
            self.wizard.hide()
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        if self.tray is not None:
            self.tray.hide()
        if self.app_lock is not None:
            self.app_lock.remove()
        if self.server is not None:
            self.server.close()
        if self.instance_claim is not None:
            self.instance_claim.release()
            self.instance_claim = None
        if self.glance is not None:
            self.glance.close()
            self.glance = None
        self.glance_context = None
        if "tasks" in self.__dict__:  # made when first used
            self.tasks.finish_now()  # long work ends before the vault closes
        if self._found is not None:  # quit while the first screen was up
            self._found.release()
            self._found = None
        if self.companion is not None:
            self.companion.close()
        elif self.wizard is not None and self.wizard.companion is not None:
            self.wizard.companion.close()
        self.theme.detach()
        # Only end a loop that is running: QCoreApplication.exit() outside exec() leaves Qt's
        # "quit now" flag set, and every later QEventLoop (a dialog, a wait) then returns at once.
        if self.looping:
            self.app.exit(code)

    def exec(self) -> int:
        """Run the event loop until `quit()`; for callers that started with `exec_=False`."""
        self.looping = True
        try:
            return self.app.exec()
        finally:
            self.looping = False

    @property
    def quitting(self) -> bool:
        return self._quitting


def _install_bug_hook(controller: AppController):
    """Uncaught exceptions in slots become a calm dialog instead of a silent console traceback."""
    previous = sys.excepthook
    showing = []

    def hook(kind, value, tb):
        if showing or not isinstance(value, Exception):
            previous(kind, value, tb)
            return
        showing.append(True)
        try:
            from ui.messages import bug_box

            bug_box(controller.window, value).exec()
        finally:
            showing.clear()

    sys.excepthook = hook
    return previous


def run(
    argv: Sequence[str] | None = None,
    *,
    profile: str | os.PathLike[str] | None = None,
    minimized: bool = False,
    exec_: bool = True,
):
    """Start Companion. Returns the exit code, or with `exec_=False` the `AppController`."""
    from ui.translation import install_language

    app = ensure_application(argv if argv is not None else sys.argv[:1])
    profile_dir = resolve_profile_dir(profile)
    install_language(app, profile_dir)
    controller = AppController(app, profile_dir, minimized=minimized)
    controller.start(defer_unlock=exec_)
    if not exec_:
        return controller
    if controller.exit_code is not None:
        return controller.exit_code
    previous_hook = _install_bug_hook(controller)
    try:
        code = controller.exec()
    finally:
        sys.excepthook = previous_hook
        controller.quit(controller.exit_code or 0)
    return controller.exit_code if controller.exit_code is not None else code


__all__ = ["EXIT_BUG", "EXIT_OK", "EXIT_USER_SITUATION", "AppController", "run"]
