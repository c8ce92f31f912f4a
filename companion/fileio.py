"""Small, careful file operations: atomic replace and a clear message when the disk says no."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from companion.errors import StorageError


def disk_error(exc: OSError, what: str) -> StorageError:
    """Turn an OSError into a message a person can act on."""
    if exc.errno == errno.ENOSPC:
        return StorageError(
            f"The disk is full, so {what} couldn't be saved. Free some space and try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            f"Companion isn't allowed to write {what} (the folder is read-only). "
            "Check the folder's permissions or choose another profile folder."
        )
    return StorageError(f"Couldn't save {what}: {exc.strerror or exc}.")


def atomic_write_bytes(path: Path, data: bytes, *, what: str | None = None) -> None:
    """Write to a temp file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    label = what or str(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        fsync_dir(path.parent)
    except OSError as exc:
        raise disk_error(exc, label) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
