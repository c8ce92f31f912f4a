"""The profile folder is the user's alone: on POSIX the folder and its subfolders 0700 and every
file 0600, whatever the umask; on Windows an owner-only access list on the folder, inherited by
everything in it.

Modes are set on each file as it is made (never by changing the process umask, which would also
reach an export the user asked for elsewhere), and the whole profile is tightened again each time
it is opened, for profiles written by earlier releases or copied in by another tool. SQLite creates
a database's -wal, -shm and -journal files with the database file's own mode, so a 0600 vault
keeps them 0600 too.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import stat
from pathlib import Path
from typing import Any

from companion.domain.i18n import _
from companion.platform.fileio import disk_error
from companion.platform.paths import IS_WINDOWS

DIR_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents, with the usual modes) and make it the user's alone."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    restrict_dir(path)


def make_profile_dir(root: Path) -> None:
    """`make_private_dir` for a profile folder; what the disk refuses is one plain line naming it."""
    try:
        make_private_dir(root)
    except OSError as exc:
        raise disk_error(exc, _("the profile folder {folder}").format(folder=root)) from None


def restrict_dir(path: Path) -> None:
    """The folder the user's alone. A file system without permissions (FAT on a USB stick) refuses
    them; there its mount options decide, and the profile is still usable."""
    with contextlib.suppress(OSError):
        if IS_WINDOWS:
            restrict_to_current_user(path)
        else:
            _chmod(path, DIR_MODE)


def restrict_file(path: Path) -> None:
    """A file in the profile: 0600 on POSIX (on Windows it inherits the folder's access list)."""
    if not IS_WINDOWS:
        with contextlib.suppress(OSError):
            _chmod(path, FILE_MODE)


def create_private_file(path: Path) -> None:
    """An empty file (emptied if it was there), 0600 from its first moment: for files another
    library then fills (SQLite gives a new database 0644 less the umask, and its -wal/-shm files
    the database's mode). A symbolic link in its place is refused, not followed."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, FILE_MODE)
    os.close(fd)
    restrict_file(path)


def tighten_profile(root: Path) -> None:
    """Make an existing profile private again: the folder, its subfolders and their files.
    Symbolic links are left alone (and not followed): what they point at isn't Companion's."""
    root = Path(root)
    if IS_WINDOWS:
        with contextlib.suppress(OSError):
            restrict_to_current_user(root)
        return
    if not root.is_dir() or root.is_symlink():
        return
    with contextlib.suppress(OSError):
        _chmod(root, DIR_MODE)
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs:
            with contextlib.suppress(OSError):
                _chmod(Path(folder) / name, DIR_MODE)
        for name in files:
            with contextlib.suppress(OSError):
                _chmod(Path(folder) / name, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    """Take away what `mode` doesn't grant (group and others) without adding anything, so a profile
    the user made read-only stays read-only; a symbolic link is neither changed nor followed."""
    info = os.lstat(path)
    current = stat.S_IMODE(info.st_mode)
    if stat.S_ISLNK(info.st_mode) or current & ~mode == 0:
        return
    os.chmod(path, current & mode)


# --- Windows ----------------------------------------------------------------------------------

SE_FILE_OBJECT = 1
DACL_SECURITY_INFORMATION = 0x00000004
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
SDDL_REVISION_1 = 1
TOKEN_QUERY = 0x0008
TOKEN_USER = 1


def owner_only_sddl(user_sid: str) -> str:
    """A protected access list (nothing inherited from above) with one entry: full control for
    the user, inherited by every file and folder inside."""
    return f"D:P(A;OICI;FA;;;{user_sid})"


def restrict_to_current_user(path: Path, *, api: Any = None) -> None:
    """Windows: replace the folder's access list with the current user's alone (SetNamedSecurityInfoW,
    which also passes the inheritable entry down to what the folder already holds). `api` is for
    tests on another OS: an object with the Win32 functions used here."""
    api = api or _Win32()
    sd = ctypes.c_void_p()
    sddl = owner_only_sddl(api.current_user_sid())
    if not api.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, SDDL_REVISION_1, ctypes.byref(sd), None
    ):
        raise OSError(api.GetLastError(), f"couldn't build the access list for {path}")
    try:
        present, defaulted = ctypes.c_int(), ctypes.c_int()
        dacl = ctypes.c_void_p()
        if not api.GetSecurityDescriptorDacl(
            sd, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
        ):
            raise OSError(api.GetLastError(), f"couldn't build the access list for {path}")
        error = api.SetNamedSecurityInfoW(
            str(path),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            None,
            None,
            dacl,
            None,
        )
        if error:
            raise OSError(error, f"couldn't make {path} private")
    finally:
        api.LocalFree(sd)


class _Win32:  # pragma: no cover - runs on Windows only
    """The few Win32 calls `restrict_to_current_user` needs, through ctypes."""

    def __init__(self) -> None:
        from ctypes import wintypes

        self._advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
        self._kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        a, k = self._advapi32, self._kernel32
        a.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
            wintypes.LPCWSTR,
            wintypes.DWORD,
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.c_void_p,
        ]
        a.ConvertStringSecurityDescriptorToSecurityDescriptorW.restype = wintypes.BOOL
        a.GetSecurityDescriptorDacl.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_int),
        ]
        a.GetSecurityDescriptorDacl.restype = wintypes.BOOL
        a.SetNamedSecurityInfoW.argtypes = [
            wintypes.LPWSTR,
            ctypes.c_int,
            wintypes.DWORD,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        a.SetNamedSecurityInfoW.restype = wintypes.DWORD
        a.OpenProcessToken.argtypes = [
            wintypes.HANDLE,
            wintypes.DWORD,
            ctypes.POINTER(wintypes.HANDLE),
        ]
        a.GetTokenInformation.argtypes = [
            wintypes.HANDLE,
            ctypes.c_int,
            ctypes.c_void_p,
            wintypes.DWORD,
            ctypes.POINTER(wintypes.DWORD),
        ]
        a.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
        k.GetCurrentProcess.restype = wintypes.HANDLE
        k.LocalFree.argtypes = [ctypes.c_void_p]
        k.CloseHandle.argtypes = [wintypes.HANDLE]
        self.ConvertStringSecurityDescriptorToSecurityDescriptorW = (
            a.ConvertStringSecurityDescriptorToSecurityDescriptorW
        )
        self.GetSecurityDescriptorDacl = a.GetSecurityDescriptorDacl
        self.SetNamedSecurityInfoW = a.SetNamedSecurityInfoW
        self.LocalFree = k.LocalFree

    def GetLastError(self) -> int:
        return int(ctypes.get_last_error())  # type: ignore[attr-defined]

    def current_user_sid(self) -> str:
        """The SID of the user this process runs as, e.g. S-1-5-21-…-1001."""
        from ctypes import wintypes

        a, k = self._advapi32, self._kernel32
        token = wintypes.HANDLE()
        if not a.OpenProcessToken(k.GetCurrentProcess(), TOKEN_QUERY, ctypes.byref(token)):
            raise OSError(ctypes.get_last_error(), "couldn't read this process's user")  # type: ignore[attr-defined]
        try:
            needed = wintypes.DWORD()
            a.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(needed))
            buffer = ctypes.create_string_buffer(needed.value)
            if not a.GetTokenInformation(
                token, TOKEN_USER, buffer, needed.value, ctypes.byref(needed)
            ):
                raise OSError(ctypes.get_last_error(), "couldn't read this process's user")  # type: ignore[attr-defined]
            sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
            text = wintypes.LPWSTR()
            if not a.ConvertSidToStringSidW(sid, ctypes.byref(text)):
                raise OSError(ctypes.get_last_error(), "couldn't read this process's user")  # type: ignore[attr-defined]
            try:
                return str(text.value)
            finally:
                k.LocalFree(text)
        finally:
            k.CloseHandle(token)
