"""`companion`, the console script: opens the window, and runs the core's commands plus those
that need Qt (the PDF report).

It lives outside `companion/` so the core never imports the front end, and outside `ui/` because
importing `ui` loads Qt (its workarounds apply on first import), which the commands that need no
window should not pay for. Nothing here imports Qt until a window or a report is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

# The commands that need Qt; each module has register(subparsers), like companion.cli's.
GUI_COMMANDS = ("companion_app.report_command",)


def main(argv: Sequence[str] | None = None) -> int:
    from companion.cli import main as run_command

    return run_command(argv, extra_commands=GUI_COMMANDS, open_app=open_window)


def open_window(qt_argv: list[str], profile: str | None, minimized: bool) -> int:
    from ui.app import run

    status: int = run(qt_argv, profile=profile, minimized=minimized)
    return status
