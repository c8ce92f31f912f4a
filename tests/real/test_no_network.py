"""No network, proven with strace: no AF_INET or AF_INET6 socket is ever opened."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, cli_env

pytestmark = pytest.mark.real

INET = re.compile(r"AF_INET6?\b")


def _strace(log: Path, command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian: strace)")
    probe = subprocess.run(["strace", "-qq", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"strace can't trace here: {probe.stderr.decode(errors='replace').strip()}")
    return subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def _inet_lines(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if INET.search(line)]


def test_strace_sees_a_socket_when_there_is_one(tmp_path: Path) -> None:
    """The check itself can fail: a program that opens an inet socket is caught."""
    log = tmp_path / "trace.log"
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()"
    _strace(log, [sys.executable, "-c", code], cli_env())
    assert _inet_lines(log)


def test_cli_self_test_and_info_open_no_inet_socket(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    env = cli_env(COMPANION_PASSPHRASE="seven blue kites")
    runs = [
        ["--profile", str(profile), "init"],
        ["self-test"],
        ["--profile", str(profile), "info", "--json"],
    ]
    for number, args in enumerate(runs):
        log = tmp_path / f"trace-{number}.log"
        done = _strace(log, [sys.executable, "-m", "companion", *args], env)
        assert done.returncode == 0, done.stderr
        assert _inet_lines(log) == [], args


def test_ui_screenshot_session_opens_no_inet_socket(tmp_path: Path) -> None:
    if not (PROJECT_ROOT / "ui" / "screenshot.py").is_file():
        pytest.skip("ui/screenshot.py doesn't exist yet, so there is no UI session to trace")
    profile = tmp_path / "profile"
    env = cli_env(COMPANION_PASSPHRASE="seven blue kites", QT_QPA_PLATFORM="offscreen")
    init = subprocess.run(
        [sys.executable, "-m", "companion", "--profile", str(profile), "init"],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert init.returncode == 0, init.stderr
    log = tmp_path / "trace-ui.log"
    shot = tmp_path / "shot.png"
    command = [sys.executable, "-m", "ui.screenshot", "--profile", str(profile), "--out", str(shot)]
    if shutil.which("xvfb-run") and shutil.which("dbus-run-session"):
        env.pop("QT_QPA_PLATFORM")
        command = ["xvfb-run", "-a", "dbus-run-session", "--", *command]
    done = _strace(log, command, env)
    assert done.returncode == 0, done.stderr
    assert shot.is_file() and shot.stat().st_size > 0
    assert _inet_lines(log) == []
