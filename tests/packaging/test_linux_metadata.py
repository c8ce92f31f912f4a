"""The desktop entry and AppStream metainfo pass the freedesktop validators, and the release is listed."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from companion import APP_ID, __version__
from tests.packaging.helpers import PACKAGING, tool

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


@pytest.mark.real
def test_desktop_file_validates():
    validator = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are fine; errors and warnings are not.
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


@pytest.mark.real
def test_metainfo_validates():
    appstreamcli = tool("appstreamcli", "appstream")
    # No --strict: Debian 12's appstreamcli 0.16 reports the newer <developer> tag as unknown.
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_lists_the_current_version_as_a_release():
    releases = ET.parse(METAINFO).getroot().find("releases")
    versions = [release.get("version") for release in releases]
    assert versions[0] == __version__, "add a <release> for the new version to the metainfo"


def test_user_installer_script_is_valid_shell():
    scripts = [
        ("sh", PACKAGING / "linux" / "install-user.sh"),
        ("sh", PACKAGING / "build_linux.sh"),
        ("sh", PACKAGING / "build_macos.sh"),
        ("sh", PACKAGING / "macos" / "make_dmg.sh"),
        ("bash", PACKAGING / "macos" / "sign_and_notarize.sh"),
    ]
    for shell, script in scripts:
        done = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, f"{script.name}: {done.stderr}"
