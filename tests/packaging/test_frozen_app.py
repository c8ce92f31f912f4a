"""The frozen Linux app, built by following PACKAGING.md (tests/packaging/conftest.py): the
documented commands, the pins, version, self-test, contents, and a real window.

Building takes a few minutes, so it runs only with COMPANION_BUILD_FROZEN=1 (CI sets it).
The screenshot is taken by a separate Qt client on the same Xvfb display, so the frozen app needs
no screenshot hook of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from companion import __version__
from tests.packaging.helpers import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.real]

ARTIFACTS = ROOT / "test-artifacts"

_GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = app.primaryScreen().grabWindow(0).toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)}
image.save(sys.argv[1])
print(len(colours))
"""


def test_packaging_md_commands_work_as_written(followed_docs):
    """Every `sh linux` and `sh nsis` block of PACKAGING.md ran, verbatim, from a clean copy."""
    assert followed_docs.returncode == 0, followed_docs.output[-6000:]
    assert "worked as written" in followed_docs.output


def test_frozen_build_installed_exactly_the_pins(frozen_app):
    clone = frozen_app.parents[2]
    result = subprocess.run(
        [
            str(clone / "build" / "venv" / "bin" / "python"),
            str(clone / "packaging" / "pins.py"),
            "check-env",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "every version matches constraints-build.txt" in result.stdout


def _app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    # No session bus: Qt must not start one, and nothing should reach a real keyring.
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env.update(extra)
    return env


def test_version(frozen_app):
    result = subprocess.run(
        [str(frozen_app), "--version"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Companion {__version__}"


def test_self_test_offscreen(frozen_app):
    result = subprocess.run(
        [str(frozen_app), "self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=_app_env(QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "companion self-test: ok"


def test_contents_leave_out_gtk_and_unused_qt(frozen_app):
    dist = frozen_app.parent
    internal = dist / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not any(name.startswith(("libqgtk3", "libgtk-3", "libgdk-3")) for name in names)
    for module in ("QtQml", "QtQuick", "QtDesigner", "QtSql", "QtTest", "QtUiTools"):
        binding = f"{module}.abi3.so"
        library = f"libQt6{module[2:]}.so.6"
        assert binding not in names and library not in names, module
    assert "QtWidgets.abi3.so" in names and "libQt6Widgets.so.6" in names
    for needed in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvgicon.so"):
        assert needed in names
    assets = internal / "assets"
    assert (assets / "questionnaires.json").is_file()
    assert (assets / "icons" / "companion.svg").is_file()
    for language in ("de", "es"):
        assert (internal / "ui" / "translations" / f"companion_{language}.qm").is_file()
        assert (
            internal / "companion" / "locale" / language / "LC_MESSAGES" / "companion.mo"
        ).is_file()
        assert any((internal / "PySide6" / "Qt" / "translations").glob(f"qtbase_{language}.qm"))
    share = dist / "share"
    assert (share / "applications" / "org.companionapp.Companion.desktop").is_file()
    assert (
        share / "icons" / "hicolor" / "512x512" / "apps" / "org.companionapp.Companion.png"
    ).is_file()
    tarball = dist.parent / f"companion-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert tarball.is_file()


@pytest.fixture
def xvfb():
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install -y xvfb xauth)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not report a display number")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def test_main_window_under_xvfb(frozen_app, xvfb, tmp_path):
    profile = tmp_path / "profile"
    # The app notes "ready" in this file once it has unlocked the vault and shown Today.
    marks = tmp_path / "marks"
    env = _app_env(
        DISPLAY=xvfb,
        COMPANION_PASSPHRASE="a frozen test passphrase",
        COMPANION_BENCH_MARK=str(marks),
    )
    env.pop("QT_QPA_PLATFORM", None)
    created = subprocess.run(
        [str(frozen_app), "--profile", str(profile), "init"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert created.returncode == 0, created.stderr

    app = subprocess.Popen(
        [str(frozen_app), "--profile", str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "frozen-main-window.png"
    grab_env = {**_app_env(DISPLAY=xvfb), "QT_QPA_PLATFORM": "xcb"}
    colours = 0
    try:
        # Wait for the window to be painted: an empty Xvfb screen is one colour.
        for _ in range(60):
            if app.poll() is not None:
                break
            grab = subprocess.run(
                [sys.executable, "-c", _GRAB, str(shot)],
                capture_output=True,
                text=True,
                timeout=60,
                env=grab_env,
            )
            assert grab.returncode == 0, grab.stderr
            colours = int(grab.stdout.strip())
            if colours > 20:
                break
            time.sleep(0.5)
        # Then it should simply stay up, past unlocking.
        deadline = time.monotonic() + 120
        while app.poll() is None and time.monotonic() < deadline:
            if marks.is_file() and "ready" in marks.read_text():
                break
            time.sleep(0.1)
        assert app.poll() is None, f"the app stopped: {app.communicate(timeout=30)[0]}"
        assert "ready" in marks.read_text(), "the app never got past unlocking"
        final = subprocess.run(
            [sys.executable, "-c", _GRAB, str(shot)],
            capture_output=True,
            text=True,
            timeout=60,
            env=grab_env,
        )
        assert final.returncode == 0, final.stderr
        colours = int(final.stdout.strip())
    finally:
        app.terminate()
        output = app.communicate(timeout=60)[0]
    assert colours > 20, f"no window appeared; screen had {colours} colours. Output: {output}"
    assert shot.stat().st_size > 0
