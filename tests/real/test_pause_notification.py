"""The pause before opening an app through a real notification daemon (dunst on a private session
bus): the question arrives as one notification with "Go ahead" and "Not now" as buttons, a press
of one (the daemon's ActionInvoked signal) is recorded, and the whole run, traced with strace,
connects to nothing but the fake ActivityWatch server on 127.0.0.1."""

from __future__ import annotations

import re
import subprocess
import textwrap

import pytest

from tests.fake_activitywatch import FakeActivityWatch
from tests.real.notification_support import missing, run_with_daemon

pytestmark = pytest.mark.real

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
    from ui.context import AppContext
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
    watch = PauseWatch(AppContext(comp), port=int(os.environ["AW_PORT"]), notifiers=chain)
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

INET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b[^}]*\}")


def _strace_missing() -> str | None:
    reason = missing("strace")
    if reason:
        return reason
    probe = subprocess.run(["strace", "-qq", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        return f"strace can't trace here: {probe.stderr.decode(errors='replace').strip()}"
    return None


def test_the_pause_asks_through_a_real_daemon_and_only_over_loopback(tmp_path):
    reason = _strace_missing()
    if reason:
        pytest.skip(reason)
    trace = tmp_path / "trace.log"
    with FakeActivityWatch() as aw:
        aw.window = {"app": "Reddit", "title": ""}
        session = run_with_daemon(
            tmp_path,
            ASK,
            wrap=["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace)],
            env={"AW_PORT": str(aw.port)},
            timeout=180,
        )
    result, details = session.result, session.details
    assert result.returncode == 0, details
    assert "asked via: dbus" in result.stdout
    notify = session.monitor.split("member=Notify", 1)[1]
    for words in ('string "No social at night"', 'string "go_ahead"', 'string "Go ahead"'):
        assert words in notify, details
    assert 'string "Not now"' in notify

    connects = INET_CONNECT.findall(trace.read_text())
    assert any(f"sin_port=htons({aw.port})" in c for c in connects), connects  # the check sees it
    elsewhere = [c for c in connects if 'inet_addr("127.0.0.1")' not in c]
    assert elsewhere == [], elsewhere
