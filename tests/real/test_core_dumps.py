"""No core dump of a running Companion: a dump would hold the passphrase, the data key and notes.

Each app process is started the way a user starts it (`python -m companion_app ...`, what the `companion` command runs) with the core size
limit raised to unlimited, brought to the point where it holds or asks for a secret, then sent
SIGSEGV or SIGABRT. The kernel's core_pattern decides where a core would go; a plain Python process
given the same treatment first shows that a core *is* written here, so the check can fail. Where
core_pattern pipes to a handler (systemd-coredump, apport) or the control writes no core, the file
check can't be made; the tests then rest on what the kernel decides by: RLIMIT_CORE in
/proc/PID/limits (checked on every run) and the dumpable flag (the last tests).
"""

from __future__ import annotations

import os
import pty
import resource
import select
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, cli_env, make_vault

pytestmark = [
    pytest.mark.real,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core dumps: Linux only"),
]

CORE_PATTERN = Path("/proc/sys/kernel/core_pattern")


def _unlimited_cores() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):  # not root: as high as the hard limit allows
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _core_folder(cwd: Path) -> Path | None:
    """Where the kernel writes a core for a process in `cwd`, or None when it pipes it away."""
    pattern = CORE_PATTERN.read_text().strip() if CORE_PATTERN.exists() else "core"
    if pattern.startswith("|"):
        return None
    return Path(pattern).parent if pattern.startswith("/") else cwd


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit line")


def _wait_for(read: Callable[[], bytes], wanted: bytes, proc: subprocess.Popen) -> bytes:
    seen = b""
    while wanted not in seen:
        chunk = read()
        if not chunk:
            assert proc.poll() is None, f"exited with {proc.returncode} before {wanted!r}: {seen!r}"
            continue
        seen += chunk
    return seen


def _pty_reader(master: int, proc: subprocess.Popen) -> Callable[[], bytes]:
    def read() -> bytes:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            raise AssertionError("the process printed nothing for 120 s")
        try:
            return os.read(master, 4096)
        except OSError:
            return b""

    return read


def _crash_at_prompt(
    command: list[str], workdir: Path, prompt: bytes, sig: int, env: dict[str, str]
) -> tuple[int, str, list[str]]:
    """Start `command` on a terminal, wait for `prompt`, send `sig`; the exit status, the core limit
    the process ran with, and the new files in the core folder."""
    folder = _core_folder(workdir)
    before = set(os.listdir(folder)) if folder else set()
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        command,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=workdir,
        env=env,
        preexec_fn=_unlimited_cores,  # the shell's `ulimit -c unlimited`
        start_new_session=True,
    )
    os.close(slave)
    try:
        _wait_for(_pty_reader(master, proc), prompt, proc)
        limit = _core_limit(proc.pid)
        os.kill(proc.pid, sig)
        status = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    after = set(os.listdir(folder)) if folder else set()
    return status, limit, sorted(after - before)


def _cores_observable(tmp_path: Path, sig: int) -> bool:
    """Whether a plain Python process at a prompt, crashed the same way, leaves a core file here.
    When it doesn't (core_pattern pipes to a handler, or a limit we can't raise), only the core
    limit the app runs with, and its dumpable flag (the last tests), can be checked."""
    workdir = tmp_path / "control"
    workdir.mkdir()
    code = "import getpass; getpass.getpass('Passphrase: ')"
    status, _limit, cores = _crash_at_prompt(
        [sys.executable, "-c", code], workdir, b"Passphrase: ", sig, cli_env()
    )
    assert status == -sig
    return _core_folder(workdir) is not None and bool(cores)


@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGABRT], ids=["segv", "abrt"])
def test_the_command_line_writes_no_core_while_asking_for_the_passphrase(
    tmp_path: Path, sig: int
) -> None:
    observable = _cores_observable(tmp_path, sig)
    made = make_vault(tmp_path / "profile")
    workdir = tmp_path / "cli"
    workdir.mkdir()
    command = [sys.executable, "-m", "companion_app", "--profile", str(made.root), "info", "--json"]
    env = cli_env(PYTHONPATH=str(PROJECT_ROOT))
    status, limit, cores = _crash_at_prompt(command, workdir, b"Passphrase: ", sig, env)
    assert status == -sig
    assert limit == "0 0", "the core limit is lowered before the passphrase is asked"
    if observable:
        assert cores == []


def test_the_window_holding_the_key_writes_no_core(tmp_path: Path) -> None:
    """The app unlocked (with COMPANION_PASSPHRASE) and showing Today: the key and the day's notes
    are in its memory when it is sent SIGSEGV."""
    observable = _cores_observable(tmp_path, signal.SIGSEGV)
    made = make_vault(tmp_path / "profile")
    workdir = tmp_path / "gui"
    workdir.mkdir()
    marks = tmp_path / "marks"
    env = cli_env(
        QT_QPA_PLATFORM="offscreen",
        COMPANION_PASSPHRASE=made.passphrase,
        COMPANION_BENCH_MARK=str(marks),
        DBUS_SESSION_BUS_ADDRESS="disabled:",
    )
    # The GUI prints nothing to wait on: a small wrapper prints once the app says it is ready.
    code = (
        "import os, sys, threading, time\n"
        "marks = os.environ['COMPANION_BENCH_MARK']\n"
        "def watch():\n"
        "    while not (os.path.exists(marks) and 'ready' in open(marks).read()):\n"
        "        time.sleep(0.05)\n"
        "    print('READY', flush=True)\n"
        "threading.Thread(target=watch, daemon=True).start()\n"
        "from companion_app import main\n"
        f"sys.argv = ['companion', '--profile', {str(made.root)!r}]\n"
        "sys.exit(main())\n"
    )
    status, limit, cores = _crash_at_prompt(
        [sys.executable, "-c", code], workdir, b"READY", signal.SIGSEGV, env
    )
    assert status == -signal.SIGSEGV
    assert limit == "0 0"
    if observable:
        assert cores == []


def test_the_process_is_not_dumpable_and_its_core_limit_cannot_be_raised() -> None:
    """PR_SET_DUMPABLE 0 stops a dump even where core_pattern pipes it to a handler; the hard
    limit at 0 means nothing in the process (a library, a child) can raise it again."""
    code = (
        "import resource\n"
        "from companion.platform.no_core_dumps import disable_core_dumps, is_dumpable\n"
        "assert is_dumpable() is True\n"
        "print(disable_core_dumps())\n"
        "assert is_dumpable() is False\n"
        "assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)\n"
        "import os; os.setuid(65534) if os.getuid() == 0 else None\n"
        "try:\n"
        "    resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))\n"
        "except ValueError:\n"
        "    print('raise refused')\n"
        "# /proc/self/status (the benchmark's memory reading) stays readable\n"
        "assert 'VmRSS' in open('/proc/self/status').read()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_unlimited_cores,
        cwd=PROJECT_ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "not dumpable" in done.stdout and "core size limit 0" in done.stdout
    assert "raise refused" in done.stdout


class FakeKernel32:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def GetErrorMode(self) -> int:  # the Win32 names
        return 0x8000  # SEM_NOOPENFILEERRORBOX, set by someone else: kept

    def SetErrorMode(self, mode: int) -> int:
        self.calls.append(("SetErrorMode", mode))
        return 0x8000


def test_on_windows_error_reporting_is_not_invoked_and_earlier_flags_are_kept() -> None:
    from companion.platform.no_core_dumps import stop_error_reporting

    fake = FakeKernel32()
    stop_error_reporting(fake)
    assert fake.calls == [("SetErrorMode", 0x8000 | 0x0001 | 0x0002)]
