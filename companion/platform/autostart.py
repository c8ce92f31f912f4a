"""Start at login: an XDG autostart entry, a macOS LaunchAgent, or the Windows Run key.

Each platform's entry runs the command the caller passes (the app started minimised to the tray).
"""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from companion import APP_ID, APP_NAME
from companion.domain.errors import InvalidInput, StorageError
from companion.domain.i18n import _

WINDOWS_RUN_SUBKEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_RUN_KEY = "HKCU\\" + WINDOWS_RUN_SUBKEY
WINDOWS_VALUE_NAME = APP_NAME

# Characters that make the Desktop Entry spec require an Exec argument to be quoted.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these must be escaped with a backslash.
_EXEC_ESCAPED_IN_QUOTES = set('"`$\\')


def _kind(platform: str) -> str:
    if platform.startswith(("win", "cygwin", "msys")):
        return "windows"
    if platform == "darwin":
        return "macos"
    # Linux and the BSDs follow the XDG autostart spec.
    return "xdg"


def _check_command(command: Sequence[str]) -> list[str]:
    args = [str(a) for a in command]
    if not args or not args[0]:
        raise InvalidInput(_("Start at login needs a program to run."))
    for arg in args:
        if "\n" in arg or "\r" in arg or "\0" in arg:
            raise InvalidInput(
                _("A start-at-login argument can't contain a line break: {argument}").format(
                    argument=repr(arg)
                )
            )
    return args


# --- Linux and other XDG desktops ---------------------------------------------------------------


def _quote_exec_arg(arg: str) -> str:
    """One argument of an Exec line, quoted as the Desktop Entry spec asks."""
    if arg and not (_EXEC_RESERVED & set(arg)):
        quoted = arg
    else:
        inner = "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c for c in arg)
        quoted = f'"{inner}"'
    # "%" starts a field code; a literal one is doubled.
    return quoted.replace("%", "%%")


def _escape_string_value(value: str) -> str:
    # The string-value escape applies on top of Exec quoting, so each backslash doubles again.
    return value.replace("\\", "\\\\").replace("\t", "\\t")


def xdg_exec_line(command: Sequence[str]) -> str:
    """The value of the Exec key for `command`, as written into the file."""
    args = _check_command(command)
    return _escape_string_value(" ".join(_quote_exec_arg(a) for a in args))


def xdg_autostart_entry(command: Sequence[str]) -> str:
    """The text of an XDG autostart `.desktop` file that runs `command` at login (its comment in
    the language in use when it is written)."""
    comment = _("Gentle reminders to stay in touch, from the system tray").replace("\n", " ")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment={comment}\n"
        f"Exec={xdg_exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_autostart_path(home: Path | None = None) -> Path:
    """Where the autostart entry lives: $XDG_CONFIG_HOME/autostart, else ~/.config/autostart."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    if not config or not os.path.isabs(config):
        config = str((home if home is not None else Path.home()) / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def _xdg_enabled(path: Path) -> bool:
    if not path.is_file():
        return False
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except (configparser.Error, UnicodeDecodeError, OSError):
        return False
    if not parser.has_section("Desktop Entry"):
        return False
    entry = parser["Desktop Entry"]
    return (
        entry.get("Hidden", "false").strip().lower() != "true"
        and entry.get("X-GNOME-Autostart-enabled", "true").strip().lower() != "false"
    )


# --- macOS --------------------------------------------------------------------------------------


def launch_agent_plist(command: Sequence[str]) -> bytes:
    """A LaunchAgent property list that runs `command` once at login."""
    agent = {
        "Label": APP_ID,
        "ProgramArguments": _check_command(command),
        "RunAtLoad": True,
        # An app the person sees and uses, so launchd should not throttle it as a background job.
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML)


def launch_agent_path(home: Path | None = None) -> Path:
    return (
        (home if home is not None else Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    )


def _launch_agent_enabled(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        agent = plistlib.loads(path.read_bytes())
    except (plistlib.InvalidFileException, ValueError, OSError):
        return False
    return (
        isinstance(agent, dict)
        and agent.get("Label") == APP_ID
        and bool(agent.get("RunAtLoad"))
        and not agent.get("Disabled", False)
    )


# --- Windows ------------------------------------------------------------------------------------


def windows_run_value(command: Sequence[str]) -> tuple[str, str, str]:
    """(key path, value name, command line) for the per-user Run key."""
    # list2cmdline quotes the way the Microsoft C runtime parses, so paths with spaces survive.
    return WINDOWS_RUN_KEY, WINDOWS_VALUE_NAME, subprocess.list2cmdline(_check_command(command))


# --- writing ------------------------------------------------------------------------------------


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename, so a crash leaves old or new, whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        reason = e.strerror or str(e)
        raise StorageError(
            _("Couldn't set up start at login: {path} can't be written ({reason}).").format(
                path=path, reason=reason
            )
        ) from None


def autostart_enabled(*, platform: str = sys.platform, home: Path | None = None) -> bool:
    """Whether Companion is set to start at login for this user."""
    kind = _kind(platform)
    if kind == "xdg":
        return _xdg_enabled(xdg_autostart_path(home))
    if kind == "macos":
        return _launch_agent_enabled(launch_agent_path(home))
    if sys.platform != "win32":  # asked about Windows elsewhere: nothing is set up here
        return False
    import winreg  # only on Windows, so imported here

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_SUBKEY) as key:
            value, _value_type = winreg.QueryValueEx(key, WINDOWS_VALUE_NAME)
    except OSError:
        return False
    return bool(value)


def enable_autostart(
    command: Sequence[str], *, platform: str = sys.platform, home: Path | None = None
) -> Path | str:
    """Start `command` at login; returns the file written, or the registry value on Windows."""
    kind = _kind(platform)
    if kind == "xdg":
        path = xdg_autostart_path(home)
        _write_atomically(path, xdg_autostart_entry(command).encode("utf-8"))
        return path
    if kind == "macos":
        path = launch_agent_path(home)
        _write_atomically(path, launch_agent_plist(command))
        return path
    if sys.platform != "win32":
        raise StorageError(_("Start at login through the registry works only on Windows."))
    import winreg

    key_path, name, line = windows_run_value(command)
    try:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_SUBKEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, line)
    except OSError as e:
        raise StorageError(
            _("Couldn't set up start at login in {key} ({reason}).").format(key=key_path, reason=e)
        ) from None
    return f"{key_path}\\{name}"


def disable_autostart(*, platform: str = sys.platform, home: Path | None = None) -> None:
    """Stop starting at login; nothing happens when it was not set up."""
    kind = _kind(platform)
    if kind in ("xdg", "macos"):
        path = xdg_autostart_path(home) if kind == "xdg" else launch_agent_path(home)
        try:
            path.unlink(missing_ok=True)
        except OSError as e:
            reason = e.strerror or str(e)
            raise StorageError(
                _("Couldn't turn off start at login: {path} ({reason}).").format(
                    path=path, reason=reason
                )
            ) from None
        return
    if sys.platform != "win32":
        return
    import winreg

    try:
        with winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, WINDOWS_RUN_SUBKEY, 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.DeleteValue(key, WINDOWS_VALUE_NAME)
    except FileNotFoundError:
        return
    except OSError as e:
        raise StorageError(
            _("Couldn't turn off start at login in {key} ({reason}).").format(
                key=WINDOWS_RUN_KEY, reason=e
            )
        ) from None
