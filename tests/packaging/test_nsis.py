"""makensis (it runs on Linux too) compiles the Windows installer script against a stand-in payload."""

from __future__ import annotations

import subprocess
from pathlib import Path

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


def _compile(tmp_path, payload, *extra: str) -> subprocess.CompletedProcess[str]:
    makensis = tool("makensis", "nsis")
    defines = buildinfo.write_all(tmp_path / "defines")[1]
    return subprocess.run(
        [
            makensis,
            "-V2",
            f"-DDEFINES={defines}",
            f"-DPAYLOAD_DIR={payload}",
            f"-DOUTFILE={tmp_path / 'out.exe'}",
            *extra,
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.real
def test_installer_script_refuses_a_missing_payload(tmp_path):
    result = _compile(tmp_path, tmp_path / "nothing-here")
    assert result.returncode != 0
    assert "No companion.exe in the payload folder" in result.stdout + result.stderr
    assert not (tmp_path / "out.exe").exists()


@pytest.mark.real
def test_installer_script_refuses_a_linux_build(tmp_path):
    """A Linux or macOS one-folder app has `companion`, not `companion.exe`: no installer of it."""
    linux = tmp_path / "linux-build"
    (linux / "_internal").mkdir(parents=True)
    (linux / "companion").write_bytes(b"\x7fELF stand-in")
    result = _compile(tmp_path, linux)
    assert result.returncode != 0
    assert "it must hold the Windows app" in result.stdout + result.stderr
    assert not (tmp_path / "out.exe").exists()


@pytest.mark.real
def test_installer_script_says_when_the_version_defines_are_missing(tmp_path, payload):
    makensis = tool("makensis", "nsis")
    result = subprocess.run(
        [
            makensis,
            "-V2",
            f"-DDEFINES={tmp_path / 'absent.nsh'}",
            f"-DPAYLOAD_DIR={payload}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "packaging/buildinfo.py build/packaging" in result.stdout + result.stderr


@pytest.mark.real
def test_sign_command_signs_the_uninstaller_and_the_installer(tmp_path, payload):
    log = tmp_path / "signed.log"
    signer = tmp_path / "sign.sh"
    signer.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\n')
    signer.chmod(0o755)
    result = _compile(tmp_path, payload, f"-DSIGN_COMMAND={signer}")
    assert result.returncode == 0, result.stdout + result.stderr
    signed = log.read_text().splitlines()
    assert len(signed) == 2  # the uninstaller makensis embeds, then the installer
    assert Path(signed[1]).resolve() == (tmp_path / "out.exe").resolve()


@pytest.mark.real
def test_a_failing_sign_command_stops_the_build(tmp_path, payload):
    signer = tmp_path / "sign.sh"
    signer.write_text("#!/bin/sh\nexit 3\n")
    signer.chmod(0o755)
    result = _compile(tmp_path, payload, f"-DSIGN_COMMAND={signer}")
    assert result.returncode != 0


def test_installer_keeps_user_data_unless_asked():
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "$LOCALAPPDATA\\Programs\\${APP_NAME}" in text
    # The data-removal section exists and is unticked (/o) by default.
    assert 'Section /o "un.Also delete my' in text
    assert 'Section /o "Start ${APP_NAME} when I sign in' in text
    assert '"$INSTDIR\\${APP_EXE}" --minimized' in text
