"""Start at login: the XDG entry written for real, the LaunchAgent plist, the Windows Run value."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion import APP_ID, APP_NAME
from companion.domain.errors import InvalidInput, StorageError
from companion.platform.autostart import (
    autostart_enabled,
    disable_autostart,
    enable_autostart,
    launch_agent_plist,
    windows_run_value,
    xdg_autostart_entry,
    xdg_exec_line,
)

COMMAND = [sys.executable, "-m", "companion", "--minimized"]


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def unquote_exec(value: str) -> list[str]:
    """Undo Desktop Entry escaping as a launcher does: the string escapes, then Exec quoting."""
    value = value.replace("\\\\", "\\")
    args: list[str] = []
    current: list[str] = []
    quoted = in_arg = False
    chars = iter(value)
    for c in chars:
        if quoted:
            if c == "\\":
                current.append(next(chars))
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = in_arg = True
        elif c == " ":
            if in_arg:
                args.append("".join(current))
            current, in_arg = [], False
        else:
            current.append(c)
            in_arg = True
    assert not quoted, f"unbalanced quotes in {value!r}"
    if in_arg:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def test_linux_enable_writes_entry_under_xdg_config_home(tmp_path: Path, monkeypatch):
    config = tmp_path / "cfg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert autostart_enabled(platform="linux") is False

    written = enable_autostart(COMMAND, platform="linux")
    assert written == config / "autostart" / f"{APP_ID}.desktop"
    assert autostart_enabled(platform="linux") is True
    entry = read_desktop(written)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert unquote_exec(entry["Exec"]) == COMMAND
    assert oct(written.stat().st_mode & 0o777) == oct(0o644)
    # Atomic write leaves no temp files beside it.
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]

    disable_autostart(platform="linux")
    assert not written.exists()
    assert autostart_enabled(platform="linux") is False
    disable_autostart(platform="linux")  # a second time is fine


def test_linux_falls_back_to_home_config(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME")
    written = enable_autostart(COMMAND, platform="linux", home=tmp_path)
    assert written == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart_enabled(platform="linux", home=tmp_path)
    # A relative XDG_CONFIG_HOME is invalid per the spec and ignored.
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/cfg")
    assert autostart_enabled(platform="linux", home=tmp_path)


def test_entry_turned_off_by_the_desktop_reads_as_disabled(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = Path(enable_autostart(COMMAND, platform="linux"))
    path.write_text(path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert autostart_enabled(platform="linux") is False
    path.write_text(xdg_autostart_entry(COMMAND) + "Hidden=true\n")
    assert autostart_enabled(platform="linux") is False
    path.write_text("not a desktop file")
    assert autostart_enabled(platform="linux") is False


def test_enable_replaces_an_older_entry(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    enable_autostart(["/old/companion"], platform="linux")
    path = Path(enable_autostart(COMMAND, platform="linux"))
    assert unquote_exec(read_desktop(path)["Exec"]) == COMMAND


def test_exec_quoting_per_desktop_entry_spec():
    odd = [
        "/opt/My Apps/companion",
        "--note=50% done",
        'say "hi"',
        "back\\slash",
        "$HOME",
        "plain",
    ]
    line = xdg_exec_line(odd)
    assert line.split(" ")[-1] == "plain"
    assert '"/opt/My Apps/companion"' in line
    assert "--note=50%% done" in line
    # A literal backslash in a quoted argument takes four backslashes in the file.
    assert '"back\\\\\\\\slash"' in line
    assert '"\\\\$HOME"' in line
    assert unquote_exec(line) == odd


@pytest.mark.real
def test_entry_passes_desktop_file_validate(tmp_path: Path, monkeypatch):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) is not installed")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = enable_autostart(["/opt/My Apps/companion", "--minimized"], platform="linux")
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_unwritable_config_folder_is_a_plain_error(tmp_path: Path, monkeypatch):
    # A file where the autostart folder should be: refused even when running as root.
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "autostart").write_text("in the way")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    with pytest.raises(StorageError, match="start at login") as err:
        enable_autostart(COMMAND, platform="linux")
    assert "\n" not in str(err.value)
    assert str(config / "autostart") in str(err.value)
    assert (config / "autostart").read_text() == "in the way"


def test_empty_or_multiline_command_is_refused():
    with pytest.raises(InvalidInput):
        xdg_autostart_entry([])
    with pytest.raises(InvalidInput, match="line break"):
        launch_agent_plist(["/bin/companion", "two\nlines"])


def test_macos_launch_agent_round_trip(tmp_path: Path):
    assert autostart_enabled(platform="darwin", home=tmp_path) is False
    written = enable_autostart(COMMAND, platform="darwin", home=tmp_path)
    assert written == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(Path(written).read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert autostart_enabled(platform="darwin", home=tmp_path) is True
    disable_autostart(platform="darwin", home=tmp_path)
    assert not Path(written).exists()
    assert autostart_enabled(platform="darwin", home=tmp_path) is False


def test_launch_agent_plist_is_xml_with_exact_arguments():
    app = "/Applications/Companion.app/Contents/MacOS/Companion"
    data = launch_agent_plist([app, "--minimized"])
    assert data.startswith(b"<?xml")
    agent = plistlib.loads(data)
    assert agent["ProgramArguments"] == [app, "--minimized"]


def test_windows_run_value_quotes_paths_with_spaces():
    exe = r"C:\Program Files\Companion\Companion.exe"
    key, name, line = windows_run_value([exe, "--minimized"])
    assert key == r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
    assert name == APP_NAME
    assert line == r'"C:\Program Files\Companion\Companion.exe" --minimized'
    python = r"C:\Users\Ann Lee\AppData\Local\Programs\Python\python.exe"
    _, _, python_line = windows_run_value([python, "-m", "companion", "--note", 'say "hi"'])
    assert python_line == f'"{python}" -m companion --note "say \\"hi\\""'
