"""The console script lives outside the core: `companion` (companion_app) opens the window and adds
the commands that need Qt; `python -m companion` runs the core's commands alone and says where the
window is."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import PROJECT_ROOT, cli_env, run_cli


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        env=cli_env(),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        cwd=PROJECT_ROOT,
    )


def test_the_core_command_without_a_subcommand_points_to_the_app() -> None:
    done = run_cli("--profile", str(PROJECT_ROOT / "no-such-profile"))
    assert done.returncode == 2
    assert "python -m companion_app" in done.stderr
    assert not (PROJECT_ROOT / "no-such-profile").exists()


def test_the_report_is_a_command_of_the_app_not_of_the_core() -> None:
    core = run_cli("report", "x.pdf")
    assert core.returncode == 2
    assert "invalid choice: 'report'" in core.stderr
    app = subprocess.run(
        [sys.executable, "-m", "companion_app", "report", "--help"],
        env=cli_env(),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        cwd=PROJECT_ROOT,
    )
    assert app.returncode == 0, app.stderr
    assert "FILE.pdf" in app.stdout


def test_the_app_runs_a_command_without_loading_qt() -> None:
    code = (
        "import sys\n"
        "from companion_app import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "loaded = {m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'ui'}\n"
        "print('LOADED', sorted(loaded))\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert "report" in done.stdout  # the app's own command is listed beside the core's
    assert "LOADED []" in done.stdout


def test_the_app_opens_the_window_through_the_front_end() -> None:
    # With no subcommand the core hands over to the window function it was given.
    code = (
        "import companion_app, sys\n"
        "seen = []\n"
        "companion_app.open_window = lambda argv, profile, minimized: seen.append("
        "(profile, minimized)) or 7\n"
        "code = companion_app.main(['--profile', 'P', '--minimized'])\n"
        "print('RESULT', code, seen)\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert "RESULT 7 [('P', True)]" in done.stdout
