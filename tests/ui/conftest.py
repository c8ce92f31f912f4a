"""Fixtures for the Qt front end: real vaults in temp profiles, and the app started without its loop."""

from __future__ import annotations

import gc
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from companion.facade import Companion, NoKeyStore
from tests.helpers import PASSPHRASE, make_vault


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """An existing vault (country GB) that only the passphrase opens: no keyring entry."""
    return make_vault(tmp_path / "profile", records=False, country="GB").root


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


@pytest.fixture
def started(qtbot, monkeypatch, profile_dir):
    """The app started as `make run` starts it (Today first, from a glance), its core loader held
    until `start.gate` is set: the storage layer is already imported in this process, so the
    loader would otherwise finish before anyone could look at the first screen. The profile has
    Ada, due for a hello, and a PHQ-9 that asks for the help card."""
    from companion.services.people import PersonInput
    from ui.app import AppController, CoreLoader, ensure_application

    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    gate = threading.Event()
    real_run = CoreLoader._run

    def held_run(loader):
        gate.wait(30)
        real_run(loader)

    monkeypatch.setattr(CoreLoader, "_run", held_run)
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        ada = c.people.add(PersonInput("Ada", cadence_days=7))
        c.interactions.log([ada], when=c.clock.now() - timedelta(days=30))  # so she is due
        c.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2])  # asks for the help card
    controllers = []

    def start(*, wait: bool = True):
        controller = AppController(ensure_application(["companion"]), profile_dir)
        controllers.append(controller)
        controller.start(defer_unlock=True)
        if wait:
            qtbot.waitUntil(
                lambda: controller.glance is not None or controller.companion is not None,
                timeout=20000,
            )
        return controller

    start.gate = gate
    yield start
    gate.set()
    for controller in controllers:
        controller.quit()
        if controller.message is not None:
            controller.message.close()
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
