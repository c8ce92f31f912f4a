"""A real notification daemon (dunst) on a private session bus, with dbus-monitor recording every
call that reaches it: the tests that deliver through it write a script and read what it saw."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# Each tool and the Debian package it comes in.
TOOLS = {"dbus-run-session": "dbus", "dunst": "dunst", "dbus-monitor": "dbus", "strace": "strace"}

SESSION = textwrap.dedent(
    """
    set -u
    # Wait until dbus-monitor's log shows PATTERN, for 10 s at most.
    seen() {{
        for _ in $(seq 200); do
            grep -q "$1" "$OUT/monitor.log" && return 0
            sleep 0.05
        done
        return 1
    }}
    dunst -config /dev/null >"$OUT/dunst.log" 2>&1 &
    DUNST=$!
    dbus-monitor --session "interface='org.freedesktop.Notifications'" >"$OUT/monitor.log" 2>&1 &
    MONITOR=$!
    # The bus takes the monitor's name back once it has become a monitor: from then it sees all.
    seen member=NameLost || echo "dbus-monitor did not start" >&2
    {run} "$PYTHON" "$OUT/script.py"
    RC=$?
    seen member=Notify  # dbus-monitor may still be writing out the call
    kill $MONITOR $DUNST 2>/dev/null
    wait $MONITOR $DUNST 2>/dev/null
    exit $RC
    """
)


def missing(*tools: str) -> str | None:
    """Why the session can't run here (a tool or a display missing), or None."""
    for tool in ("dbus-run-session", "dunst", "dbus-monitor", *tools):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install -y {TOOLS[tool]})"
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") is None:
        return "dunst needs a display: no DISPLAY and no xvfb-run (apt-get install -y xvfb)"
    return None


@dataclass(frozen=True)
class Session:
    result: subprocess.CompletedProcess[str]
    monitor: str  # what dbus-monitor saw

    @property
    def details(self) -> str:
        """What to show when an assertion fails."""
        return f"{self.result.stdout}\n{self.result.stderr}\n{self.monitor[-2000:]}"


def run_with_daemon(
    folder: Path,
    script: str,
    *,
    wrap: Sequence[str] = (),
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> Session:
    """Run `script` (Python, offscreen, the project importable) in a private session bus with the
    daemon and the monitor, under a virtual display when there is none; `wrap` is a command
    that runs it (strace …). Files go to `folder`, which the script finds as $OUT."""
    (folder / "script.py").write_text(script)
    (folder / "session.sh").write_text(SESSION.format(run=shlex.join(wrap)))
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
    }
    environ.update(
        OUT=str(folder),
        PYTHON=sys.executable,
        PYTHONPATH=str(PROJECT),
        QT_QPA_PLATFORM="offscreen",
        **(env or {}),
    )
    command = ["dbus-run-session", "--", "bash", str(folder / "session.sh")]
    if not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "-a", *command]
    result = subprocess.run(
        command, env=environ, cwd=PROJECT, capture_output=True, text=True, timeout=timeout
    )
    return Session(result, (folder / "monitor.log").read_text(errors="replace"))
