"""No crash dump of a running Companion: a dump would hold the passphrase, the data key and notes.

`disable_core_dumps()` runs first thing in every entry point (the window and each command),
before any secret is read.
"""

from __future__ import annotations

import contextlib
import ctypes
from typing import Any

from companion.platform.paths import IS_LINUX, IS_WINDOWS

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001  # SetErrorMode flags (errhandlingapi.h)
SEM_NOGPFAULTERRORBOX = 0x0002


def disable_core_dumps() -> list[str]:
    """Ask the OS to write no core or crash dump of this process. Returns what took effect.

    POSIX: the core-file size limit goes to 0 (soft and hard, so no child or library can raise it
    again). Linux also marks the process not dumpable, which stops core dumps even through a
    core_pattern pipe and makes /proc/PID/mem and /proc/PID/environ unreadable to the user's other
    processes. Windows: Windows Error Reporting is not invoked when the process faults.
    """
    done: list[str] = []
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("core size limit 0")
    if IS_LINUX:
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not dumpable")
    if IS_WINDOWS:
        with contextlib.suppress(OSError, AttributeError):
            stop_error_reporting(ctypes.WinDLL("kernel32"))  # type: ignore[attr-defined]
            done.append("no error reporting")
    return done


def stop_error_reporting(kernel32: Any) -> None:
    """Windows: a fault neither opens the error box nor invokes Windows Error Reporting, which
    would otherwise collect the process's memory. (An administrator's LocalDumps registry setting
    is outside the process's reach.) `kernel32` is a parameter so a test can pass a fake."""
    # SetErrorMode replaces the whole mode: keep the flags already set.
    mode = kernel32.GetErrorMode()
    kernel32.SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)


def is_dumpable() -> bool | None:
    """Linux's dumpable flag for this process; None elsewhere."""
    if not IS_LINUX:
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
