"""Helpers for the tests that look for secrets where other processes can see them: a CLI process
started with pipes the test controls, the wait until it blocks reading one, and what /proc shows."""

from __future__ import annotations

import platform
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import PROJECT_ROOT

# read(2)'s number, for the architectures /proc/PID/syscall is checked on.
READ_SYSCALL = {"x86_64": 0, "aarch64": 63, "arm64": 63}


def start_cli(
    *args: str,
    env: dict[str, str],
    pass_fds: tuple[int, ...] = (),
    stdin: int | None = subprocess.PIPE,
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=env,
        cwd=PROJECT_ROOT,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
    )


def blocked_reading(pid: int, fd: int) -> bool:
    """Whether process `pid` is blocked in read(2) on its descriptor `fd`."""
    try:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        fields = []
    number = READ_SYSCALL.get(platform.machine())
    if number is not None and len(fields) > 1 and fields[0] == str(number):
        return int(fields[1], 16) == fd
    # Not our own to trace (Companion marks itself not dumpable, and then only root may read
    # /proc/PID/syscall): the kernel function it sleeps in tells as much.
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False
    return "pipe_read" in wchan or "tty_read" in wchan


def wait_until(condition, what: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Poll `condition` until it holds; fail early with the process's stderr if it exits."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(
                f"the CLI exited ({process.returncode}) before {what}: "
                + process.stderr.read().decode(errors="replace")  # type: ignore[union-attr]
            )
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.02)


def proc_text(pid: int, name: str) -> bytes:
    """What /proc shows of `pid`; b"" where this account may not read it at all."""
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except PermissionError:
        return b""
