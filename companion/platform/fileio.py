"""Small, careful file operations: atomic replace and a clear message when the disk says no."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from companion.domain.errors import InvalidInput, StorageError
from companion.domain.i18n import _


def disk_error(exc: OSError, what: str) -> StorageError:
    """Turn an OSError into a message a person can act on. `what` names the thing being written
    in the language in use ("the backup x.zip"), or is a path."""
    if exc.errno == errno.ENOSPC:
        return StorageError(
            _(
                "The disk is full, so {what} couldn't be saved. Free some space and try again."
            ).format(what=what)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            _(
                "Companion isn't allowed to write {what} (the folder is read-only). "
                "Check the folder's permissions or choose another profile folder."
            ).format(what=what)
        )
    return StorageError(
        _("Couldn't save {what}: {reason}.").format(what=what, reason=exc.strerror or exc)
    )


def atomic_write_bytes(path: Path, data: bytes, *, what: str | None = None) -> None:
    """Write to a temp file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    try:
        with atomic_file(path) as fh:
            fh.write(data)
    except OSError as exc:
        raise disk_error(exc, what or str(path)) from None


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A new file beside `path`, written by the caller, then fsync'd and renamed over `path`
    (and the folder fsync'd): readers see the old file or the whole new one, never a part.
    An exception leaves `path` as it was and removes the temporary file."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    done = False
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        done = True
        fsync_dir(path.parent)
    finally:
        if not done:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def refuse_inside_profile(target: Path | str, profile_root: Path | str) -> None:
    """Refuse to write `target` if it is, or would land, inside the profile folder: the vault, its
    -wal/-shm, the key file, or anything else there. Symlinks are followed, a path whose folders
    don't exist yet is judged by the nearest one that does, and a hard link to a profile file
    counts as that file. Folders are compared as files (device and inode), so a case-insensitive
    disk or a second path to the same folder can't slip past."""
    if is_inside(target, profile_root):
        raise InvalidInput(
            _(
                "{target} is inside Companion's profile folder ({folder}), where it could "
                "overwrite your vault. Choose a place outside that folder. Nothing was written."
            ).format(target=target, folder=profile_root)
        )


def is_inside(target: Path | str, folder: Path | str) -> bool:
    try:
        home = os.stat(folder)
    except OSError:
        return False  # no profile folder yet: nothing in it to overwrite
    same = (home.st_dev, home.st_ino)
    resolved = Path(target).expanduser().absolute().resolve()
    for candidate in (resolved, *resolved.parents):
        try:
            st = os.stat(candidate)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == same:
            return True
    try:
        st = os.stat(resolved)
    except OSError:
        return False
    if st.st_nlink < 2:
        return False
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.is_file(follow_symlinks=False):
                there = entry.stat(follow_symlinks=False)
                if (there.st_dev, there.st_ino) == (st.st_dev, st.st_ino):
                    return True
    return False


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
