"""A real notification daemon on a private session bus: a nudge delivered through the Linux D-Bus
path shows up as a Notify call, with the person's name, for dbus-monitor to see."""

from __future__ import annotations

import textwrap

import pytest

from tests.real.notification_support import missing, run_with_daemon

pytestmark = pytest.mark.real

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


def test_a_nudge_reaches_a_real_notification_daemon(tmp_path):
    reason = missing()
    if reason:
        pytest.skip(reason)
    session = run_with_daemon(tmp_path, DELIVER)
    result, monitor, details = session.result, session.monitor, session.details
    assert result.returncode == 0, details
    assert "delivered: Say hello to Ana Lima?" in result.stdout
    assert "member=Notify" in monitor, details
    assert 'string "Say hello to Ana Lima?"' in monitor
    assert "Ana Lima" in monitor.split("member=Notify", 1)[1]
    assert 'string "Companion"' in monitor  # the app name the daemon shows
