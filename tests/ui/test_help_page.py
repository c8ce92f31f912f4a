"""The help page over a real vault: lines for GB with source and date, copyable numbers, an
unknown country's advice, and changing the country from the page itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from companion.domain.safety import help_for
from tests.ui import mood_support
from ui.context import AppContext
from ui.help_page import HelpPage

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


@pytest.fixture
def page(qtbot, companion):
    page = HelpPage(AppContext(companion))
    qtbot.addWidget(page)
    page.resize(800, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def all_text(page) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if not label.isHidden())


def test_gb_shows_its_crisis_line_with_source_date_and_emergency_number(page):
    text = all_text(page)
    gb = help_for("GB")
    line = gb.lines[0]
    assert "In an emergency in United Kingdom, call 999 or 112." in text
    assert line.name in text and f"Call {line.phone}" in text
    assert line.hours in text
    checked = QDate.fromString(line.checked, Qt.DateFormat.ISODate)
    assert checked.isValid()
    month = QLocale(QLocale.Language.English).monthName(checked.month())
    shown = f"{checked.day()} {month} {checked.year()}"  # written out, not ISO or digits only
    assert f"Source: {line.source}, checked {shown}" in text
    assert page.country.currentData() == "GB"
    for label in page.findChildren(QLabel):
        if line.phone in label.text():
            assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_number_can_be_copied(qtbot, page):
    phone = help_for("GB").lines[0].phone
    page.copy_buttons[phone].click()
    assert QGuiApplication.clipboard().text() == phone
    assert page.copy_buttons[phone].text() == "Copied"


def test_an_unknown_country_gets_the_directory_and_emergency_advice(qtbot, companion):
    companion.settings.set("country", "ZZ")
    page = HelpPage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    text = all_text(page)
    assert "local emergency number" in page.emergency.text()
    assert "findahelpline.com" in text
    assert "112" in page.advice.text() and "911" in page.advice.text()
    assert not page.copy_buttons
    assert page.country.currentData() is None  # "Somewhere else / not listed"


def test_changing_the_country_on_the_page_saves_it_and_shows_that_country(qtbot, page, companion):
    page.country.setCurrentIndex(page.country.findData("FR"))
    assert companion.settings.get("country") == "FR"
    fr = help_for("FR")
    text = all_text(page)
    assert f"call {fr.emergency_number}" in page.emergency.text()
    assert fr.lines[0].name in text
    assert help_for("GB").lines[0].name not in text
    page.country.setCurrentIndex(page.country.findData(None))
    assert not companion.settings.get("country")
    assert "local emergency number" in page.emergency.text()


def _hrefs(page) -> dict[str, str]:
    """Each link's address and the texts shown for it."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    hrefs: dict[str, str] = {}
    for label in page.findChildren(QLabel):
        if label.property("href") and label.isVisibleTo(page):
            hrefs[label.property("href")] = hrefs.get(label.property("href"), "") + label.text()
    return hrefs


def test_numbers_text_and_chat_are_links_that_dial_as_shown(qtbot, page, companion):
    hrefs = _hrefs(page)
    assert "tel:116123" in hrefs and "Call 116 123" in hrefs["tel:116123"]
    assert "sms:85258?body=SHOUT" in hrefs
    assert "Text SHOUT to 85258" in hrefs["sms:85258?body=SHOUT"]
    for label in page.findChildren(QLabel):
        if label.property("href"):
            assert label.openExternalLinks()  # opened by the desktop, only when clicked
    page.country.setCurrentIndex(page.country.findData("US"))
    hrefs = _hrefs(page)
    us = help_for("US").lines[0]
    assert {"tel:988", "sms:988", us.chat} <= set(hrefs)
    assert "Chat online" in hrefs[us.chat]


def test_a_country_without_a_checked_line_shows_its_emergency_number_and_the_directory(qtbot, page):
    page.country.setCurrentIndex(page.country.findData("ES"))
    assert "In an emergency in Spain, call 112." in page.emergency.text()
    assert "findahelpline.com" in page.advice.text()
    assert not page.copy_buttons
