"""A bug's details, kept in the profile folder for whoever fixes it and never shown unless asked for.

Only each exception's type and its frames (file, line, function and that line of code) are written.
An exception's message can carry personal data (a name from the vault, a file name, an SQL
statement with its values), and this log is not encrypted, so messages are left out; for a system
error only its error code's name (such as ENOSPC) is kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from companion import __version__

LOG_NAME = "errors.log"
# Set to 1 to also see the full traceback, message included, on the terminal.
SHOW_ENV = "COMPANION_TRACEBACK"
MAX_BYTES = 64 * 1024
_CHAIN = 5


def _short(filename: str) -> str:
    """The path from the package folder on (an install path can hold the account's name)."""
    parts = Path(filename).parts
    for marker in ("companion", "ui", "site-packages"):
        if marker in parts:
            index = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[index + (marker == "site-packages") :])
    return parts[-1] if parts else filename


def describe(exc: BaseException) -> str:
    """The exception chain as types and frames, without messages."""
    blocks: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(blocks) < _CHAIN:
        seen.add(id(current))
        kind = type(current)
        name = kind.__qualname__
        if kind.__module__ not in ("builtins", "__main__"):
            name = f"{kind.__module__}.{name}"
        if (
            isinstance(current, OSError)
            and current.errno is not None
            and current.errno in errno.errorcode
        ):
            name += f" [{errno.errorcode[current.errno]}]"
        lines = [f"{name} (message left out: it may hold personal data)"]
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        blocks.append("\n".join(lines))
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\nwhile handling:\n".join(reversed(blocks))


def write_log(folder: Path | str, exc: BaseException, *, what: str) -> Path | None:
    """Append this bug to LOG_NAME in `folder` (kept under MAX_BYTES, mode 0600). Returns the
    log's path, or None when there is no folder to write it in or the disk said no."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    path = folder / LOG_NAME
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    entry = f"--- {stamp} Companion {__version__}, {what}\n{describe(exc)}\n"
    try:
        old = b""
        with contextlib.suppress(FileNotFoundError):
            old = path.read_bytes()[-MAX_BYTES:]
        data = (old + entry.encode("utf-8"))[-MAX_BYTES:]
        from companion.platform.fileio import atomic_file

        with atomic_file(path) as fh:  # a new file made with mode 0600
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
    except OSError:
        return None
    return path
