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
from typing import Literal

from companion.domain.errors import InvalidInput, KeyUnavailable
from companion.domain.i18n import N_, _
from companion.platform.paths import PASSPHRASE_ENV

# A passphrase or recovery code is far shorter; a longer line is a mistake (a file, not a secret).
MAX_SECRET_BYTES = 4096

Secret = Literal["passphrase", "recovery code"]
# Whole sentences for each kind of secret, so every language can word each one as it needs.
_FD_WORDS: dict[Secret, dict[str, str]] = {
    "passphrase": {
        "closed": N_("File descriptor {fd} isn't open, so there was no passphrase to read."),
        "unreadable": N_("Couldn't read the passphrase from file descriptor {fd}."),
        "too_long": N_("The passphrase read from file descriptor {fd} is far too long."),
        "not_utf8": N_("The passphrase read from file descriptor {fd} isn't UTF-8 text."),
        "empty": N_("No passphrase came from file descriptor {fd}."),
    },
    "recovery code": {
        "closed": N_("File descriptor {fd} isn't open, so there was no recovery code to read."),
        "unreadable": N_("Couldn't read the recovery code from file descriptor {fd}."),
        "too_long": N_("The recovery code read from file descriptor {fd} is far too long."),
        "not_utf8": N_("The recovery code read from file descriptor {fd} isn't UTF-8 text."),
        "empty": N_("No recovery code came from file descriptor {fd}."),
    },
}


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


def read_secret_fd(fd: int, what: Secret) -> str:
    """One line from descriptor `fd` (the newline dropped), read a byte at a time so nothing after
    the line is taken from a shared stdin."""

    def problem(kind: str) -> InvalidInput:
        return InvalidInput(_(_FD_WORDS[what][kind]).format(fd=fd))

    data = bytearray()
    try:
        while len(data) <= MAX_SECRET_BYTES:
            chunk = os.read(fd, 1)
            if not chunk or chunk == b"\n":
                break
            data += chunk
    except OSError as exc:
        if exc.errno == errno.EBADF:
            raise problem("closed") from None
        raise problem("unreadable") from None
    if len(data) > MAX_SECRET_BYTES:
        raise problem("too_long")
    if data.endswith(b"\r"):
        del data[-1:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise problem("not_utf8") from None
    if not text:
        raise problem("empty")
    return text


def prompt_secret(prompt: str, needed: str) -> str:
    """Ask on the terminal without echo; `needed` is the whole message for when there is no
    terminal, saying which secret is needed and how else to give it."""
    if not sys.stdin or not sys.stdin.isatty():
        raise KeyUnavailable(needed)
    return getpass.getpass(prompt)
