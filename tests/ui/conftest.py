"""Fixtures for the Qt front end: real vaults in temp profiles, and the app started without its loop."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from companion.facade import Companion, NoKeyStore

PASSPHRASE = "quiet river morning tea"


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """An existing vault (country GB) that only the passphrase opens: no keyring entry."""
    folder = tmp_path / "profile"
    companion, _code = Companion.create(folder, PASSPHRASE, country="GB", keystore=NoKeyStore())
    companion.close()
    return folder


@pytest.fixture
def launch(qtbot, monkeypatch):
    """Start the app with `ui.app.run(exec_=False)`; everything started is quit at teardown."""
    from ui.app import run

    started = []

    def start(profile: Path, *, passphrase: str | None = PASSPHRASE, minimized: bool = False):
        if passphrase is None:
            monkeypatch.delenv("COMPANION_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("COMPANION_PASSPHRASE", passphrase)
        controller = run(["companion"], profile=profile, minimized=minimized, exec_=False)
        started.append(controller)
        return controller

    yield start
    for controller in reversed(started):
        controller.quit()
        for widget in (controller.unlock_dialog, controller.wizard, controller.window):
            if widget is not None:
                widget.close()
                widget.deleteLater()
    # Delete them now, while this test's objects are all alive, not during a later test.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    started.clear()
    gc.collect()


def file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
