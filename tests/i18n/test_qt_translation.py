"""The UI speaks the chosen language: Companion's catalogue (found from a subclass too), Qt's own
words, and dates in the language's locale; English leaves everything as written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from companion.domain import i18n
from companion.platform import language_file
from ui.translation import InheritedContexts, install_language

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


class Base(QWidget):
    def hello(self) -> str:
        return self.tr("Hello")


class Sub(Base):
    def own(self) -> str:
        return self.tr("Not in the catalogue")


def _qm(tmp_path: Path) -> Path:
    ts = tmp_path / "t_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Base</name><message><source>Hello</source>"
        "<translation>Hallo</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "t_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_a_string_written_in_a_base_class_is_found_from_a_subclass(qapp, tmp_path):
    catalogue = QTranslator()
    assert catalogue.load(str(_qm(tmp_path)))
    translator = InheritedContexts(catalogue)
    qapp.installTranslator(translator)
    try:
        sub, base = Sub(), Base()
        assert base.hello() == "Hallo"
        assert sub.hello() == "Hallo"  # PySide asks under "Sub"; lupdate filed it under "Base"
        assert sub.own() == "Not in the catalogue"
    finally:
        qapp.removeTranslator(translator)
    assert Sub().hello() == "Hello"


@pytest.fixture
def languages(monkeypatch, qapp):
    monkeypatch.setattr(i18n, "SHIPPED", ("en", "de", "es"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    yield monkeypatch
    monkeypatch.setattr(i18n, "SHIPPED", ("en",))
    install_language(qapp, None)
    QLocale.setDefault(QLocale.system())


def test_the_system_language_sets_qt_words_and_the_locale(languages, qapp, tmp_path):
    languages.setenv("LANG", "de_DE.UTF-8")
    assert install_language(qapp, tmp_path) == "de"
    assert i18n.current_language() == "de"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().dayName(1) == "Montag"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_setting_wins_and_english_undoes_it(languages, qapp, tmp_path):
    languages.setenv("LANG", "de_DE.UTF-8")
    language_file.write_language_setting(tmp_path, "es")
    assert language_file.read_language_setting(tmp_path) == "es"
    assert install_language(qapp, tmp_path) == "es"
    assert QLocale().language() == QLocale.Language.Spanish
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    language_file.write_language_setting(tmp_path, "en")
    assert install_language(qapp, tmp_path) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    # The process's own locale (English or C under the tests), no longer Spanish.
    assert QLocale().language() != QLocale.Language.Spanish


def test_an_unshipped_language_falls_back_to_english(languages, qapp, tmp_path):
    languages.setattr(i18n, "SHIPPED", ("en",))
    languages.setenv("LANG", "de_DE.UTF-8")
    assert install_language(qapp, tmp_path) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
