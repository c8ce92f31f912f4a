"""Where a passphrase or recovery code may come from: a prompt with no echo, one line read from a
file descriptor (stdin or another), or COMPANION_PASSPHRASE for scripts and tests. Never a
command-line argument: every local account can read /proc/PID/cmdline.

COMPANION_PASSPHRASE is taken out of the environment as soon as it is read, so child processes
don't inherit it and /proc/PID/environ no longer shows it.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import sys

from companion.errors import InvalidInput, KeyUnavailable
from companion.paths import PASSPHRASE_ENV

# A passphrase or recovery code is far shorter; a longer line is a mistake (a file, not a secret).
MAX_SECRET_BYTES = 4096


def take_passphrase_env() -> str | None:
    """COMPANION_PASSPHRASE's value, removed from this process's environment (None when unset).

    Python's `del os.environ[...]` calls unsetenv, so later child processes don't inherit it; the
    bytes are also overwritten where the kernel shows them in /proc/PID/environ.
    """
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        return None
    _overwrite_initial_environment(PASSPHRASE_ENV)
    os.environ.pop(PASSPHRASE_ENV, None)
    return value or None


def _overwrite_initial_environment(name: str) -> None:
    """Zero NAME's value in the C environment block, which /proc/PID/environ reads live: unsetenv
    only drops the pointer and leaves the bytes in place (Linux and other glibc/musl systems)."""
    if os.name != "posix":
        return
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None)
        environ = ctypes.POINTER(ctypes.c_void_p).in_dll(libc, "environ")
        prefix = name.encode() + b"="
        index = 0
        while environ[index]:
            address = environ[index]
            entry = ctypes.string_at(address)
            if entry.startswith(prefix):
                ctypes.memset(address + len(prefix), 0, len(entry) - len(prefix))
            index += 1


def read_secret_fd(fd: int, what: str) -> str:
    """One line from descriptor `fd` (the newline dropped), read a byte at a time so nothing after
    the line is taken from a shared stdin."""
    data = bytearray()
    try:
        while len(data) <= MAX_SECRET_BYTES:
            chunk = os.read(fd, 1)
            if not chunk or chunk == b"\n":
                break
            data += chunk
    except OSError as exc:
        if exc.errno == errno.EBADF:
            raise InvalidInput(
                f"File descriptor {fd} isn't open, so there was no {what} to read."
            ) from None
        raise InvalidInput(f"Couldn't read the {what} from file descriptor {fd}.") from None
    if len(data) > MAX_SECRET_BYTES:
        raise InvalidInput(f"The {what} read from file descriptor {fd} is far too long.")
    if data.endswith(b"\r"):
        del data[-1:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"The {what} read from file descriptor {fd} isn't UTF-8 text.") from None
    if not text:
        raise InvalidInput(f"No {what} came from file descriptor {fd}.")
    return text


def prompt_secret(prompt: str, what: str, hint: str) -> str:
    """Ask on the terminal without echo; `hint` says how to give it when there is no terminal."""
    if not sys.stdin or not sys.stdin.isatty():
        raise KeyUnavailable(f"The {what} is needed: {hint}, or run this in a terminal.")
    return getpass.getpass(prompt)
