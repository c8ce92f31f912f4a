"""Version resources, NSIS defines and Info.plist keys all come from companion.__version__."""

from __future__ import annotations

import ast
import importlib
import plistlib
import shutil
import subprocess
import sys

import pytest

from companion import APP_ID, APP_NAME, __version__
from tests.packaging.helpers import load

buildinfo = load("buildinfo")


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.10.3.7", (2, 10, 3, 7)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("1.0.0.dev4", (1, 0, 0, 0)),
    ],
)
def test_numeric_version(version, expected):
    assert buildinfo.numeric_version(version) == expected


@pytest.mark.parametrize("version", ["", "beta", "1.70000.0"])
def test_numeric_version_refuses_what_windows_cannot_hold(version):
    with pytest.raises(ValueError):
        buildinfo.numeric_version(version)


def test_windows_version_file_is_one_vsversioninfo_expression():
    tree = ast.parse(buildinfo.windows_version_file("3.4.5"), mode="eval")
    call = tree.body
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    ffi = next(k.value for k in call.keywords if k.arg == "ffi")
    versions = {k.arg: ast.literal_eval(k.value) for k in ffi.keywords if k.arg.endswith("vers")}
    assert versions == {"filevers": (3, 4, 5, 0), "prodvers": (3, 4, 5, 0)}
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["ProductVersion"] == "3.4.5"
    assert strings["ProductName"] == APP_NAME
    assert strings["OriginalFilename"] == "companion.exe"


def test_windows_version_file_parses_as_pyinstaller_reads_it(tmp_path, monkeypatch):
    # PyInstaller and pefile are test dependencies (pyproject's `test` extra), so this runs on every
    # OS. The reader module imports PyInstaller.compat.win32api, which PyInstaller defines only on
    # Windows and which reading a version file never uses.
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    path = tmp_path / "version_info.txt"
    path.write_text(buildinfo.windows_version_file("3.4.5"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (3 << 16) | 4
    assert info.ffi.fileVersionLS == 5 << 16
    text = str(info)
    assert "StringStruct('ProductVersion', '3.4.5')" in text
    assert f"StringStruct('ProductName', '{APP_NAME}')" in text
    assert "StringStruct('OriginalFilename', 'companion.exe')" in text


def test_nsis_defines_carry_the_version_and_escape_dollars():
    defines = buildinfo.nsis_defines("1.2.3")
    assert '!define APP_VERSION "1.2.3"' in defines
    assert '!define APP_VERSION_4 "1.2.3.0"' in defines
    assert buildinfo._nsis_string('a $b "c"') == 'a $$b $\\"c$\\"'


def test_write_all_uses_the_app_version(tmp_path):
    paths = buildinfo.write_all(tmp_path)
    assert [p.name for p in paths] == ["version_info.txt", "version.nsh"]
    assert f'!define APP_VERSION "{__version__}"' in (tmp_path / "version.nsh").read_text()
    assert f"'ProductVersion', '{__version__}'" in (tmp_path / "version_info.txt").read_text()


def test_macos_info_plist_keys(tmp_path):
    info = buildinfo.macos_info_plist("1.4.0rc2")
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == "1.4.0"
    assert info["CFBundleVersion"] == "1.4.0rc2"
    assert info["NSHighResolutionCapable"] is True
    assert info["LSUIElement"] is False
    path = tmp_path / "Info.plist"
    path.write_bytes(plistlib.dumps(info))
    assert plistlib.loads(path.read_bytes()) == info
    plistutil = shutil.which("plistutil")
    if plistutil:  # libplist-utils: a second, independent reader
        out = subprocess.run(
            [plistutil, "-i", str(path), "-f", "xml"], capture_output=True, text=True, check=True
        ).stdout
        assert APP_ID in out


def test_print_version(capsys):
    assert buildinfo.main(["--print-version"]) == 0
    assert capsys.readouterr().out.strip() == __version__
