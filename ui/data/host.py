"""The running app's side of the data actions: restoring (close this vault, restore, reopen),
deleting everything (back to onboarding), the daily automatic backup, and the app lock.

`attach_data_host(controller, context)` is called by `ui.app.AppController` each time a vault is
opened; pages and dialogs reach what it makes through the context (`context.data`, `context.lock`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from companion.domain.errors import CompanionError, VaultCorrupt
from companion.platform.paths import KEY_FILE_NAME
from companion.vault.keys import KeyFile

# The automatic backup waits until the window has settled, off the start-up path.
AUTO_BACKUP_DELAY_MS = 5000


def check_backup_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphrase (or VaultCorrupt) before anything is closed, so a typo costs nothing."""
    from companion.storage.backup import read_manifest

    read_manifest(path)  # plain errors for a missing, foreign or damaged file
    try:
        # zipfile finds the archive after the backup's one-line header by itself.
        with zipfile.ZipFile(path) as zf:
            key_file = KeyFile.from_json(zf.read(KEY_FILE_NAME), source=path.name)
    except (KeyError, zipfile.BadZipFile, OSError):
        raise VaultCorrupt(
            f"The backup {path} is damaged or incomplete. Nothing was changed."
        ) from None
    key_file.unwrap(passphrase)


class DataHost(QObject):
    def __init__(self, controller, context) -> None:
        super().__init__()
        self.controller = controller
        self.tasks = context.tasks
        self.last_auto_backup: Path | None = None
        self.auto_backup_problem: str | None = None

    @property
    def companion(self):
        return self.controller.companion

    def restore(self, backup: Path, passphrase: str | None, code: str | None, parent) -> None:
        """Close this vault, restore the backup into the profile, and reopen the app on it.

        If the restore fails, the vault that was open is reopened and the error is raised."""
        from companion.facade import Companion
        from companion.storage.backup import restore

        old = self.companion
        title = self.tr("Restoring")
        step = self.tr("checking and restoring the backup")
        if passphrase is not None:
            # The key derivation runs on the worker; the backup file alone is read.
            def check(control):
                control.step(step)
                check_backup_passphrase(backup, passphrase)

            self.tasks.run(parent, title, check)
        root, keystore, clock = old.profile.root, old.keystore, old.clock
        old_code = old.recovery_code

        def job(control):
            control.step(step)
            restore(
                root,
                backup,
                passphrase=passphrase,
                recovery_code=code,
                keystore=keystore,
                clock=clock,
            )
            # Opened here too, with the passphrase's derivation: nothing else is open now. Once
            # restored, a failure to open is not the restore's (the old vault is gone): raised
            # below, on the UI thread, as before.
            try:
                opened = Companion.unlock(
                    root, passphrase=passphrase, recovery_code=code, keystore=keystore, clock=clock
                )
            except CompanionError as exc:
                return None, exc
            return opened, None

        self.controller.window.detach()  # no timer or refresh may touch the vault now
        old.close()
        try:
            opened, not_opened = self.tasks.run(parent, title, job)
        except CompanionError as exc:
            message = str(exc)  # `exc` is gone once this block ends
            again = Companion.unlock(root, recovery_code=old_code, keystore=keystore, clock=clock)
            self._reopen_after_failure(again, message)
            raise
        if not_opened is not None:
            raise not_opened
        # The old window (and this dialog in it) is deleted once control is back in the event loop.
        self.controller.reopen(opened)

    def _reopen_after_failure(self, companion, message: str) -> None:
        from ui.messages import situation_box

        self.controller.reopen(companion)
        self.message = situation_box(
            self.controller.window,
            self.tr("The backup wasn't restored"),
            self.tr(message) + " " + self.tr("Your vault is just as it was."),
        )
        self.message.open()

    def erase(self, confirm: str, parent) -> None:
        """Delete everything, then start again at onboarding."""
        from companion.vault.erase import delete_everything

        self.controller.window.detach()
        delete_everything(self.companion, confirm)
        self.controller.back_to_onboarding()

    def auto_backup(self) -> None:
        """Today's automatic backup if due, on the task runner's worker in the background. While
        other long work runs it waits for a quieter moment."""
        from companion.storage.backup import maybe_auto_backup

        companion = self.companion
        if companion is None or self.controller.quitting:
            return
        tasks = self.tasks
        if tasks.busy:
            QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self.auto_backup)
            return
        task = tasks.start(
            self.tr("Backing up"), lambda _control: maybe_auto_backup(companion), cancellable=False
        )
        task.succeeded.connect(self._auto_backup_made)
        task.failed.connect(self._auto_backup_failed)
        task.finished.connect(self._auto_backup_over)

    def _auto_backup_over(self) -> None:
        # A backup reads the whole vault once; the app needn't keep what that cached.
        if self.companion is not None and not self.controller.quitting:
            self.companion.vault.release_memory()

    def _auto_backup_made(self, path: Path | None) -> None:
        self.last_auto_backup = path
        self.auto_backup_problem = None

    def _auto_backup_failed(self, message: str) -> None:
        # Never an interruption: the Settings group shows it next time it's looked at.
        self.auto_backup_problem = message


def attach_data_host(controller, context, *, auto_backup_delay_ms: int = AUTO_BACKUP_DELAY_MS):
    """Add the opened app's lock and its side of restore and delete to the context, and start the
    daily backup a few seconds later."""
    from ui.lock import AppLock

    host = context.data = DataHost(controller, context)
    context.lock = AppLock(context, controller.window, tray=controller.tray)
    QTimer.singleShot(auto_backup_delay_ms, host.auto_backup)
    return host
