"""The crash-safe swap of the database and key file that key rotation and restore share: files
are staged beside their targets, a marker names them, and a cut-short swap is finished or undone
before anything opens the vault. Needs no SQLAlchemy (unlocking asks it first)."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from companion.domain.errors import StorageError, VaultInUse
from companion.domain.i18n import _
from companion.platform.fileio import atomic_write_bytes, disk_error, fsync_dir
from companion.platform.paths import DB_NAME, KEY_FILE_NAME, Profile
from companion.platform.profile_lock import ProfileLock

SWAP_MARKER = "companion.swap"
SWAP_FORMAT = "companion-swap"
STAGED_SUFFIX = ".next"
# Only these may ever be moved by a swap marker, whatever the marker says.
SWAPPABLE = (KEY_FILE_NAME, DB_NAME)


def staged_path(target: Path) -> Path:
    """Where the replacement for `target` is built before the swap."""
    return target.with_name(target.name + STAGED_SUFFIX)


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]


def fsync_file(path: Path) -> None:
    try:
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        raise disk_error(exc, path.name) from None


def discard_staged(root: Path) -> None:
    """Remove replacement files that were never committed."""
    for name in SWAPPABLE:
        staged = staged_path(root / name)
        for leftover in (staged, *_sidecars(staged)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def commit_swap(root: Path, reason: str) -> None:
    """Move the staged files into place. The caller holds the profile lock, has fsynced every staged
    file, and has closed the old database (its log folded in), so no log of the old file remains
    that could be read as the new one's.

    Writing the marker is the commit point: before it, an interruption leaves the old files; after it,
    `recover_interrupted_swap` finishes the moves.
    """
    names = [name for name in SWAPPABLE if staged_path(root / name).exists()]
    doc = {"format": SWAP_FORMAT, "version": 1, "reason": reason, "files": names}
    atomic_write_bytes(
        root / SWAP_MARKER, json.dumps(doc).encode("utf-8"), what=_("the key-change marker")
    )
    _roll_forward(root, names)


def _roll_forward(root: Path, names: list[str]) -> None:
    try:
        if DB_NAME in names and staged_path(root / DB_NAME).exists():
            for sidecar in _sidecars(root / DB_NAME):
                with contextlib.suppress(FileNotFoundError):
                    sidecar.unlink()
        for name in names:
            staged = staged_path(root / name)
            if staged.exists():
                os.replace(staged, root / name)
        fsync_dir(root)
        (root / SWAP_MARKER).unlink()
        fsync_dir(root)
    except OSError as exc:
        raise disk_error(exc, _("the vault files")) from None


def recover_interrupted_swap(profile_root: Path | str, *, lock_held: bool = False) -> str | None:
    """Finish or undo a key change or restore that was cut short (a crash, a kill, a power cut).

    Returns "finished", "undone" or None when there was nothing to do. Without `lock_held` it takes
    the profile lock for the moment; when another process holds it, that process is alive and owns
    the swap, so nothing is touched here.
    """
    root = Path(profile_root)
    marker = root / SWAP_MARKER
    if not marker.exists() and not any(staged_path(root / n).exists() for n in SWAPPABLE):
        return None
    lock: ProfileLock | None = None
    if not lock_held:
        lock = ProfileLock(Profile(root).lock_path)
        try:
            lock.acquire()
        except VaultInUse:
            return None
    try:
        if marker.exists():
            try:
                doc = json.loads(marker.read_bytes().decode("utf-8"))
                if doc.get("format") != SWAP_FORMAT:
                    raise ValueError("not a swap marker")
                names = [str(n) for n in doc["files"]]
            except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
                raise StorageError(
                    _(
                        "{file} is damaged, so Companion can't tell whether a key change finished. Nothing "
                        "was touched; please report this."
                    ).format(file=marker)
                ) from None
            _roll_forward(root, [n for n in names if n in SWAPPABLE])
            return "finished"
        discard_staged(root)
        return "undone"
    finally:
        if lock:
            lock.release()


# --- changing the data key -------------------------------------------------------------------
