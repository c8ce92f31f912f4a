"""German on screen where words are built by helpers shared between windows (the "Need help now?"
button on any window, the country list's first entry, the birthday lines) or by the core (a
check-in result's words): found in the German catalogues rather than left in English."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from companion.domain import i18n
from companion.domain.planners.upcoming import Upcoming
from ui.help_page import help_button
from ui.onboarding import fill_country_combo
from ui.people.upcoming_card import upcoming_line
from ui.translation import install_language


class SomeWindow(QWidget):
    """A window of its own, as the unlock dialog is: its class is in no catalogue context."""


@pytest.fixture
def german(monkeypatch, qapp, tmp_path):
    monkeypatch.setattr(i18n, "SHIPPED", ("en", "de"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert install_language(qapp, tmp_path) == "de"
    yield
    monkeypatch.setattr(i18n, "SHIPPED", ("en",))
    install_language(qapp, None)
    QLocale.setDefault(QLocale.system())


def test_the_help_button_speaks_german_on_any_window(german, qtbot):
    window = SomeWindow()
    qtbot.addWidget(window)
    button = help_button(window, "DE")
    assert button.text() == "Brauchst du jetzt Hilfe?"
    assert button.accessibleName() == "Brauchst du jetzt Hilfe?"
    assert button.toolTip() == "Krisentelefone und Notrufnummern (F1)"


def test_the_country_list_starts_in_german(german, qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_country_combo(combo, None)
    assert combo.itemText(0) == "Woanders / nicht aufgeführt"
    assert combo.view().accessibleName() == "Länder"


def test_a_birthday_line_is_german(german, qtbot):
    widget = SomeWindow()
    qtbot.addWidget(widget)
    tomorrow = Upcoming(1, "Ada", "birthday", "Birthday", date(2026, 12, 4), 1, 40)
    assert upcoming_line(widget, tomorrow) == "Geburtstag von Ada, morgen (wird 40)"
    today = Upcoming(1, "Ada", "birthday", "Birthday", date(2026, 12, 3), 0, None)
    assert upcoming_line(widget, today) == "Geburtstag von Ada, heute"


def test_a_check_in_result_is_worded_in_german(german):
    from companion.domain.assessments import describe, score

    words = describe(score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1]))
    assert words.not_a_diagnosis == "Das ist ein Screening-Ergebnis, keine Diagnose."
    assert words.score == "1 (möglich sind 0 bis 27)"
    assert words.item9.startswith("Zuerst Frage 9: ")
    assert "Brauchst du jetzt Hilfe?" in words.item9
    who5 = describe(score("who5", [3, 3, 3, 3, 3]))
    assert who5.score == "15 von 25 (60 von 100)"
