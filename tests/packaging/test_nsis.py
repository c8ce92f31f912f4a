"""makensis (it runs on Linux too) compiles the Windows installer script against a stand-in payload."""

from __future__ import annotations

import subprocess

import pytest

from companion import __version__
from tests.packaging.helpers import PACKAGING, load, tool

buildinfo = load("buildinfo")
SCRIPT = PACKAGING / "windows" / "installer.nsi"


@pytest.fixture
def payload(tmp_path):
    """A tiny stand-in for dist/companion: the files the script names, not a real build."""
    folder = tmp_path / "payload"
    (folder / "_internal" / "assets").mkdir(parents=True)
    (folder / "companion.exe").write_bytes(b"MZ stand-in")
    (folder / "companion-cli.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "assets" / "questionnaires.json").write_text("{}")
    return folder


@pytest.mark.real
def test_installer_script_compiles(tmp_path, payload):
    makensis = tool("makensis", "nsis")
    defines = buildinfo.write_all(tmp_path / "defines")[1]
    out = tmp_path / f"Companion-{__version__}-setup.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",  # warnings are errors
            f"-DDEFINES={defines}",
            f"-DPAYLOAD_DIR={payload}",
            f"-DOUTFILE={out}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    # The version resource carries the app's version (UTF-16 in the PE resources).
    assert __version__.encode("utf-16-le") in data


@pytest.mark.real
def test_installer_script_refuses_a_missing_payload(tmp_path):
    makensis = tool("makensis", "nsis")
    defines = buildinfo.write_all(tmp_path / "defines")[1]
    result = subprocess.run(
        [
            makensis,
            "-V1",
            f"-DDEFINES={defines}",
            f"-DPAYLOAD_DIR={tmp_path / 'nothing-here'}",
            f"-DOUTFILE={tmp_path / 'out.exe'}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert not (tmp_path / "out.exe").exists()


def test_installer_keeps_user_data_unless_asked():
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "$LOCALAPPDATA\\Programs\\${APP_NAME}" in text
    # The data-removal section exists and is unticked (/o) by default.
    assert 'Section /o "un.Also delete my' in text
    assert 'Section /o "Start ${APP_NAME} when I sign in' in text
    assert '"$INSTDIR\\${APP_EXE}" --minimized' in text
