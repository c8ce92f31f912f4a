"""The built catalogues wherever Companion is built: with PySide6's lrelease and Babel (make setup,
the frozen app) or, where those are missing (the Flatpak's KDE SDK), with Qt's lrelease and GNU
gettext's msgfmt; and the Flatpak manifest builds them before the install packs them."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.i18n.checks import ROOT, load_catalogues_tool

MANIFEST = ROOT / "packaging" / "flatpak" / "org.companionapp.Companion.yml"


def test_the_flatpak_builds_the_translations_before_installing():
    commands = [
        line.strip().removeprefix("- ")
        for line in MANIFEST.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- ")
    ]
    build = commands.index("python3 translations/catalogues.py build")
    install = next(n for n, c in enumerate(commands) if c.startswith("pip3 install") and "." in c)
    assert build < install


def test_without_babel_msgfmt_builds_the_same_catalogue(tmp_path: Path, monkeypatch):
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed (apt install gettext)")
    tool = load_catalogues_tool()
    found = tool._find
    monkeypatch.setattr(
        tool, "_find", lambda name, *dirs: None if name == "pybabel" else found(name)
    )
    po = ROOT / "companion" / "locale" / "de" / "LC_MESSAGES" / "companion.po"
    mo = tmp_path / "companion.mo"
    command = tool.mo_command(po, mo)
    assert Path(command[0]).name == "msgfmt"
    subprocess.run(command, check=True, capture_output=True)
    with open(mo, "rb") as fh:
        german = gettext.GNUTranslations(fh)
    assert german.gettext("Support clique") == "Engster Kreis"
    assert german.pgettext("month", "May") == "Mai"
    assert german.ngettext("{n} year today.", "{n} years today.", 3) != "{n} years today."


def test_without_pyside_tools_qt_lrelease_is_used(tmp_path: Path, monkeypatch):
    tool = load_catalogues_tool()
    lrelease = tmp_path / "lrelease"
    lrelease.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(tool, "QT_TOOL_DIRS", (tmp_path,))
    monkeypatch.setattr(tool.shutil, "which", lambda name: None)
    monkeypatch.setattr(tool.sys, "executable", str(tmp_path / "no-venv" / "python3"))
    command = tool.qm_command(Path("companion_de.ts"), Path("companion_de.qm"))
    assert command[0] == str(lrelease)
    monkeypatch.setattr(tool, "QT_TOOL_DIRS", ())
    with pytest.raises(SystemExit, match="lrelease is not installed"):
        tool.qm_command(Path("companion_de.ts"), Path("companion_de.qm"))
