"""Single instance, theme, start-up staging, the screenshot tool and the Qt workaround."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPalette

from tests.helpers import PASSPHRASE
from ui.single_instance import InstanceServer, ask_running_instance_to_show, server_name

PROJECT = Path(__file__).resolve().parents[2]


def test_instance_server_gets_show_from_a_second_launch(qtbot, tmp_path):
    name = server_name(tmp_path / "profile")
    server = InstanceServer(name)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.show_requested, timeout=5000):
            assert ask_running_instance_to_show(name)
    finally:
        server.close()


def test_nobody_listening_means_first_instance(qtbot, tmp_path):
    assert not ask_running_instance_to_show(server_name(tmp_path / "nobody"))


def test_names_differ_per_profile_and_are_stable(tmp_path):
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b
    assert a == server_name(tmp_path / "a")
    assert str(tmp_path) not in a  # the path itself isn't exposed in the socket name


def test_second_run_with_the_same_profile_shows_the_first(qtbot, profile_dir, launch):
    first = launch(profile_dir)
    assert first.companion is not None
    first.window.hide()
    second = launch(profile_dir)
    assert second.exit_code == 0
    assert second.window is None and second.companion is None
    qtbot.waitUntil(first.window.isVisible, timeout=5000)


def test_forced_dark_scheme_gives_a_dark_window(qtbot, profile_dir, launch, monkeypatch):
    monkeypatch.setenv("COMPANION_COLOR_SCHEME", "dark")
    controller = launch(profile_dir)
    background = controller.window.palette().color(QPalette.ColorRole.Window)
    text = controller.window.palette().color(QPalette.ColorRole.WindowText)
    assert controller.theme.scheme == "dark"
    assert background.lightness() < 80 and text.lightness() > 180
    monkeypatch.setenv("COMPANION_COLOR_SCHEME", "light")
    assert controller.theme.apply() == "light"
    qtbot.waitUntil(
        lambda: controller.window.palette().color(QPalette.ColorRole.Window).lightness() > 200
    )


def test_heavy_modules_wait_until_after_the_first_paint(tmp_path):
    """A new profile shows onboarding without importing charts or keyring back-ends."""
    code = (
        "import sys\n"
        "from ui.app import run\n"
        f"c = run(['companion'], profile={str(tmp_path / 'p')!r}, exec_=False)\n"
        "assert c.wizard is not None and c.wizard.isVisible()\n"
        "print(sorted(m for m in ('pyqtgraph', 'keyring', 'numpy') if m in sys.modules))\n"
        "c.quit()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_screenshot_tool_writes_a_dark_png(qtbot, profile_dir, tmp_path, monkeypatch):
    from ui.screenshot import main

    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COMPANION_COLOR_SCHEME", "light")  # restored after main() changes it
    out = tmp_path / "shot.png"
    assert (
        main(
            ["--profile", str(profile_dir), "--out", str(out), "--page", "help", "--scheme", "dark"]
        )
        == 0
    )
    image = QImage(str(out))
    assert image.width() == 960 and image.height() == 640
    assert image.pixelColor(image.width() - 5, image.height() - 5).lightness() < 80


def test_signal_emits_no_longer_wear_out_true():
    import ui  # applies the workaround on import

    class Pinger(QObject):
        ping = Signal()

    pinger = Pinger()
    before = sys.getrefcount(True)
    for _ in range(10_000):
        pinger.ping.emit()
    # With the bug and no workaround True would be 10,000 references short (and soon freed).
    assert sys.getrefcount(True) > 1 << 30 or sys.getrefcount(True) >= before
    assert isinstance(ui.QT_WORKAROUNDS_APPLIED, bool)


def test_one_claim_per_profile_until_released(tmp_path):
    from ui.single_instance import claim_instance

    name = server_name(tmp_path / "profile")
    first = claim_instance(name)
    assert first is not None and first.held
    try:
        assert claim_instance(name) is None  # a second launch sees the first
        assert claim_instance(server_name(tmp_path / "other")) is not None
    finally:
        first.release()
    again = claim_instance(name)
    assert again is not None and again.held
    again.release()


def test_the_first_paint_needs_no_network_module(profile_dir):
    """The usual launch (no other instance) paints before Qt's network module loads."""
    code = (
        "import sys\n"
        "import ui.app\n"
        "seen = {}\n"
        "ui.app.bench_mark = lambda label: seen.setdefault(label, 'PySide6.QtNetwork' in sys.modules)\n"
        f"c = ui.app.run(['companion'], profile={str(profile_dir)!r}, exec_=False)\n"
        "print(seen.get('paint'), c.server is not None and c.server.name)\n"
        "c.quit()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_PASSPHRASE": PASSPHRASE}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded_at_paint, listening = result.stdout.strip().splitlines()[-1].split()
    assert loaded_at_paint == "False"
    assert listening == server_name(profile_dir)  # and it listens for later launches right after
