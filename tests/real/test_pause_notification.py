"""The pause before opening an app through a real notification daemon (dunst on a private session
bus): the question arrives as one notification with "Go ahead" and "Not now" as buttons, a press
of one (the daemon's ActionInvoked signal) is recorded, and the whole run, traced with strace,
connects to nothing but the fake ActivityWatch server on 127.0.0.1."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fake_activitywatch import FakeActivityWatch

pytestmark = pytest.mark.real

PROJECT = Path(__file__).resolve().parents[2]

ASK = textwrap.dedent(
    """
    import os, sys, time
    from datetime import timedelta
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    from companion.platform.clock import FakeClock
    from companion.facade import Companion, NoKeyStore
    from companion.services.boundaries import BoundaryInput
    from tests.fake_activitywatch import MONDAY_EVENING
    from ui.nudges.notifiers import DBusNotifier, default_chain
    from ui.screen.pause_watch import PauseWatch

    clock = FakeClock(MONDAY_EVENING)
    comp, _ = Companion.create(
        Path(os.environ["OUT"]) / "profile", "a long passphrase", keystore=NoKeyStore(), clock=clock
    )
    comp.boundaries.add(
        BoundaryInput(
            title="No social at night", category="social_media", starts_at="22:00", ends_at="07:00"
        )
    )
    comp.pause.set_enabled(True)

    # The daemon may still be starting: wait until it answers before asking anything.
    probe = DBusNotifier()
    for _ in range(200):
        try:
            print("capabilities:", " ".join(probe.capabilities()))
            break
        except Exception:
            probe.close()
            time.sleep(0.05)
    else:
        print("no notification service answered", file=sys.stderr)
        sys.exit(3)
    probe.close()

    chain = default_chain(banner=lambda plan: None)
    watch = PauseWatch(comp, port=int(os.environ["AW_PORT"]), notifiers=chain)
    watch.poll()
    print("asked via:", watch.asked_via)
    dbus = chain[0]
    if watch.asked_via != "dbus" or len(dbus._questions) != 1:
        sys.exit(4)
    notification_id = next(iter(dbus._questions))

    # Press "Go ahead", as the daemon reports a button press to whoever listens.
    other = open_dbus_connection(bus="SESSION")
    other.send(
        new_signal(
            DBusAddress("/org/freedesktop/Notifications", interface="org.freedesktop.Notifications"),
            "ActionInvoked",
            "us",
            (notification_id, "go_ahead"),
        )
    )
    for _ in range(400):
        app.processEvents()
        if watch.waiting is None:
            break
        time.sleep(0.025)
    counts = comp.pause.count_between(MONDAY_EVENING, clock.now() + timedelta(seconds=1))
    print("answers:", counts)
    for notifier in chain:
        close = getattr(notifier, "close", None)
        if close:
            close()
    comp.close()
    sys.exit(0 if counts == {"go_ahead": 1, "not_now": 0} else 5)
    """
)

SESSION = textwrap.dedent(
    """
    set -u
    dunst -config /dev/null >"$OUT/dunst.log" 2>&1 &
    DUNST=$!
    dbus-monitor --session "interface='org.freedesktop.Notifications'" >"$OUT/monitor.log" 2>&1 &
    MONITOR=$!
    strace -f -qq -e trace=socket,connect -o "$OUT/trace.log" "$PYTHON" "$OUT/ask.py"
    RC=$?
    sleep 1  # let dbus-monitor write out what it saw
    kill $MONITOR $DUNST 2>/dev/null
    wait $MONITOR $DUNST 2>/dev/null
    exit $RC
    """
)

INET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b[^}]*\}")


def _missing() -> str | None:
    for tool in ("dbus-run-session", "dunst", "dbus-monitor", "strace"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install -y dunst dbus dbus-x11 strace)"
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") is None:
        return "dunst needs a display: no DISPLAY and no xvfb-run (apt-get install -y xvfb)"
    probe = subprocess.run(["strace", "-qq", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        return f"strace can't trace here: {probe.stderr.decode(errors='replace').strip()}"
    return None


def test_the_pause_asks_through_a_real_daemon_and_only_over_loopback(tmp_path):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    (tmp_path / "ask.py").write_text(ASK)
    (tmp_path / "session.sh").write_text(SESSION)
    with FakeActivityWatch() as aw:
        aw.window = {"app": "Reddit", "title": ""}
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
        }
        env.update(
            OUT=str(tmp_path),
            AW_PORT=str(aw.port),
            PYTHON=sys.executable,
            PYTHONPATH=str(PROJECT),
            QT_QPA_PLATFORM="offscreen",
        )
        command = ["dbus-run-session", "--", "bash", str(tmp_path / "session.sh")]
        if not os.environ.get("DISPLAY"):
            command = ["xvfb-run", "-a", *command]
        result = subprocess.run(
            command, env=env, cwd=PROJECT, capture_output=True, text=True, timeout=180
        )
    monitor = (tmp_path / "monitor.log").read_text(errors="replace")
    details = f"{result.stdout}\n{result.stderr}\n{monitor[-2000:]}"
    assert result.returncode == 0, details
    assert "asked via: dbus" in result.stdout
    notify = monitor.split("member=Notify", 1)[1]
    for words in ('string "No social at night"', 'string "go_ahead"', 'string "Go ahead"'):
        assert words in notify, details
    assert 'string "Not now"' in notify

    connects = INET_CONNECT.findall((tmp_path / "trace.log").read_text())
    assert any(f"sin_port=htons({aw.port})" in c for c in connects), connects  # the check sees it
    elsewhere = [c for c in connects if 'inet_addr("127.0.0.1")' not in c]
    assert elsewhere == [], elsewhere
