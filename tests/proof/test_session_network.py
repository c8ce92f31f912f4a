"""The whole scripted session, and the app itself started and driven through every page, help and the lock, never
create an internet socket (AF_INET or AF_INET6), traced with `strace -f`. Local sockets (AF_UNIX:
the single-instance server, the desktop's D-Bus) are fine."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT as ROOT
from tests.helpers import REALDATA
from tests.proof.running import run_session
from tests.proof.session import PASSPHRASE

pytestmark = [
    pytest.mark.real,
    pytest.mark.skipif(
        shutil.which("strace") is None,
        reason="strace isn't installed, so sockets can't be traced (apt-get install -y strace)",
    ),
]
INTERNET = re.compile(r"\b(socket\(AF_INET6?\b|sa_family=AF_INET6?\b)")


def internet_calls(log: Path) -> list[str]:
    return [line for line in log.read_text(errors="replace").splitlines() if INTERNET.search(line)]


def strace(log: Path) -> list[str]:
    return ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log)]


def _traceable(tmp_path: Path) -> None:
    probe = subprocess.run(
        [*strace(tmp_path / "probe.log"), "true"], capture_output=True, text=True, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"strace can't trace here: {probe.stderr.strip()[:200]}")


def test_the_trace_sees_an_internet_socket(tmp_path):
    """The check can fail: a process that merely creates an AF_INET socket is caught."""
    _traceable(tmp_path)
    log = tmp_path / "inet.log"
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()"
    subprocess.run([*strace(log), sys.executable, "-c", code], check=True, timeout=60)
    assert internet_calls(log)


def test_scripted_session_makes_no_internet_socket(tmp_path):
    _traceable(tmp_path)
    log = tmp_path / "session.log"
    summary, *_ = run_session(tmp_path, REALDATA if REALDATA.is_dir() else None, wrap=strace(log))
    assert summary["report"] == 0, summary["report_error"]
    assert log.stat().st_size > 0  # the trace ran (Python itself makes a few calls)
    assert internet_calls(log) == []


def test_the_app_driven_through_every_page_makes_no_internet_socket(tmp_path):
    _traceable(tmp_path)
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    profile = tmp_path / "profile"
    companion, _code = Companion.create(profile, PASSPHRASE, country="GB", keystore=NoKeyStore())
    companion.close()
    (tmp_path / "tmp").mkdir()
    env = {
        **os.environ,
        "COMPANION_PASSPHRASE": PASSPHRASE,
        "TMPDIR": str(tmp_path / "tmp"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "tests.proof.ui_session", str(profile)]
    if shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", *command]
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    log = tmp_path / "ui.log"
    result = subprocess.run(
        [*strace(log), *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["exit"] == 0
    assert seen["seen"][:7] == [
        "page_today",
        "page_people",
        "page_mood",
        "page_checkins",
        "page_screen",
        "page_insights",
        "page_settings",
    ]
    assert seen["seen"][-1] == "locked"
    assert internet_calls(log) == []
