"""A real notification daemon on a private session bus: a nudge delivered through the Linux D-Bus
path shows up as a Notify call, with the person's name, for dbus-monitor to see."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.real

PROJECT = Path(__file__).resolve().parents[2]

DELIVER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from companion.domain.planners.cadence import PersonState
    from companion.domain.planners.nudges import NudgeSettings, plan_nudges
    from ui.nudges.notifiers import DBusNotifier

    now = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    ana = PersonState(1, "Ana Lima", 30, now - timedelta(days=60), now - timedelta(days=45))
    plan = plan_nudges(now, [ana], [], NudgeSettings())
    notifier = DBusNotifier()
    # The daemon may still be starting: try for a while before saying it failed.
    for _ in range(100):
        if notifier.deliver(plan):
            print("delivered:", plan.title)
            sys.exit(0)
        time.sleep(0.1)
    print("no notification service answered", file=sys.stderr)
    sys.exit(3)
    """
)

SESSION = textwrap.dedent(
    """
    set -u
    dunst -config /dev/null >"$OUT/dunst.log" 2>&1 &
    DUNST=$!
    dbus-monitor --session "interface='org.freedesktop.Notifications'" >"$OUT/monitor.log" 2>&1 &
    MONITOR=$!
    "$PYTHON" "$OUT/deliver.py"
    RC=$?
    sleep 1  # let dbus-monitor write out what it saw
    kill $MONITOR $DUNST 2>/dev/null
    wait $MONITOR $DUNST 2>/dev/null
    exit $RC
    """
)


def _missing() -> str | None:
    for tool in ("dbus-run-session", "dunst", "dbus-monitor"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install -y dunst dbus dbus-x11 libnotify-bin)"
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") is None:
        return "dunst needs a display: no DISPLAY and no xvfb-run (apt-get install -y xvfb)"
    return None


def test_a_nudge_reaches_a_real_notification_daemon(tmp_path):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    (tmp_path / "deliver.py").write_text(DELIVER)
    (tmp_path / "session.sh").write_text(SESSION)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
    }
    env.update(
        OUT=str(tmp_path),
        PYTHON=sys.executable,
        PYTHONPATH=str(PROJECT),
        QT_QPA_PLATFORM="offscreen",
    )
    command = ["dbus-run-session", "--", "bash", str(tmp_path / "session.sh")]
    if not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "-a", *command]
    result = subprocess.run(
        command, env=env, cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    monitor = (tmp_path / "monitor.log").read_text(errors="replace")
    details = f"{result.stdout}\n{result.stderr}\n{monitor[-2000:]}"
    assert result.returncode == 0, details
    assert "delivered: Say hello to Ana Lima?" in result.stdout
    assert "member=Notify" in monitor, details
    assert 'string "Say hello to Ana Lima?"' in monitor
    assert "Ana Lima" in monitor.split("member=Notify", 1)[1]
    assert 'string "Companion"' in monitor  # the app name the daemon shows
