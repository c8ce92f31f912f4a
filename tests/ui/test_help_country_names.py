"""The help page in German and Spanish: countries named in the language in use (CLDR's names,
sorted as that language sorts them), the words for a country without a checked line and for a
country not listed in that language too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from companion.domain import i18n
from companion.domain.safety import collation_key, help_for
from ui.help_page import HelpPage
from ui.translation import install_language

ENGLISH = {"ES": "Spain", "JP": "Japan", "GB": "United Kingdom", "AT": "Austria"}
NAMES = {
    "de": {"ES": "Spanien", "JP": "Japan", "GB": "Vereinigtes Königreich", "AT": "Österreich"},
    "es": {"ES": "España", "JP": "Japón", "GB": "Reino Unido", "AT": "Austria"},
}


@pytest.fixture(params=["de", "es"])
def language(request, monkeypatch, qapp, tmp_path):
    code = request.param
    monkeypatch.setattr(i18n, "SHIPPED", ("en", code))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", f"{code}_{code.upper()}.UTF-8")
    assert install_language(qapp, tmp_path) == code
    yield code
    monkeypatch.setattr(i18n, "SHIPPED", ("en",))
    install_language(qapp, None)
    QLocale.setDefault(QLocale.system())


def _page(qtbot, country: str) -> HelpPage:
    page = HelpPage(None, country=country)
    qtbot.addWidget(page)
    page.resize(800, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _text(page: HelpPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if not label.isHidden())


def test_the_country_shown_and_the_list_speak_the_language_in_use(language, qtbot):
    names = NAMES[language]
    page = _page(qtbot, "GB")
    assert names["GB"] in page.emergency.text()
    assert "United Kingdom" not in _text(page)
    shown = [page.country.itemText(i) for i in range(1, page.country.count())]
    for code, name in names.items():
        assert page.country.itemText(page.country.findData(code)) == name
        if name != ENGLISH[code]:
            assert ENGLISH[code] not in shown
    # Sorted as the language sorts: an umlaut or accent files beside its base letter.
    keys = [collation_key(name) for name in shown]
    assert keys == sorted(keys)
    if language == "de":
        assert shown.index("Norwegen") < shown.index("Österreich") < shown.index("Philippinen")


def test_a_country_without_a_checked_line_is_named_and_explained_in_the_language(language, qtbot):
    without = [code for code in NAMES[language] if not help_for(code).lines]
    if not without:
        pytest.skip("every country named here has a checked line")
    page = _page(qtbot, without[0])
    name = NAMES[language][without[0]]
    assert name in page.advice.text() and "findahelpline.com" in page.advice.text()
    assert "Companion doesn't" not in page.advice.text()


EMERGENCY_JP = {
    "de": "119 (Rettungsdienst) oder 110 (Polizei)",
    "es": "119 (ambulancia) o 110 (policía)",
}


def test_an_emergency_number_with_words_is_worded_in_the_language(language, qtbot):
    page = _page(qtbot, "JP")
    assert EMERGENCY_JP[language] in page.emergency.text()
    assert "ambulance" not in _text(page) and "police" not in _text(page)


def test_a_country_not_listed_gets_the_directory_in_the_language(language, qtbot):
    page = _page(qtbot, "ZZ")
    advice = page.advice.text()
    assert "findahelpline.com" in advice
    assert "If your country isn't listed" not in advice and "danger right now" not in advice
    assert page.country.currentData() is None


def test_the_date_a_line_was_checked_is_written_out_in_the_language_in_use(language, qtbot):
    line = help_for("GB").lines[0]
    year, month, day = (int(part) for part in line.checked.split("-"))
    month_name = QLocale(language).standaloneMonthName(month)
    shown = {
        "de": f"{day}. {month_name} {year}",
        "es": f"{day} de {month_name.lower()} de {year}",
    }[language]
    assert shown in _text(_page(qtbot, "GB"))
