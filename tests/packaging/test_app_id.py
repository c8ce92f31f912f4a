"""One reverse-DNS application id everywhere: desktop file, metainfo, keyring, Flatpak, macOS, Windows."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET

from companion import APP_ID, APP_NAME
from companion.vault.keystore import SystemKeyStore
from tests.packaging.helpers import PACKAGING, ROOT, load

LINUX = PACKAGING / "linux"


def test_app_id_is_reverse_dns():
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.[A-Z][A-Za-z0-9]*", APP_ID)


def test_desktop_file_is_named_for_the_app_id_and_uses_its_icon():
    path = LINUX / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Name"] == APP_NAME
    # Qt reports WM_CLASS "companion", "Companion" (the application name) on X11.
    assert desktop["StartupWMClass"] == APP_NAME
    assert desktop["Exec"].split()[0] == "companion"


def test_metainfo_id_and_launchable_match():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    assert root.findtext("name") == APP_NAME


def test_flatpak_manifest_id():
    text = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    ids = re.findall(r"^id:\s*(\S+)\s*$", text, flags=re.MULTILINE)
    assert ids == [APP_ID]
    # Every file it installs is named for the id, too.
    installed = re.findall(
        r"/app/share/\S*/(org\.[^/\s]+?)\.(?:desktop|metainfo\.xml|svg|png)", text
    )
    assert installed and set(installed) == {APP_ID}


def test_keyring_service_is_the_app_id():
    assert SystemKeyStore().service == APP_ID


def test_macos_bundle_identifier():
    buildinfo = load("buildinfo")
    assert buildinfo.macos_info_plist()["CFBundleIdentifier"] == APP_ID
    assert buildinfo.APP_ID == APP_ID
    spec = (PACKAGING / "companion.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=buildinfo.APP_ID" in spec


def test_windows_installer_uses_the_app_id_for_its_uninstall_entry():
    buildinfo = load("buildinfo")
    assert f'!define APP_ID "{APP_ID}"' in buildinfo.nsis_defines()
    nsi = (PACKAGING / "windows" / "installer.nsi").read_text(encoding="utf-8")
    assert (
        r'!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"'
        in nsi
    )


def test_linux_build_installs_files_named_for_the_app_id():
    script = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    assert f"APP_ID={APP_ID}" in script
    assert (ROOT / "assets" / "icons" / "companion.svg").is_file()
