"""Settings' language choice: only complete languages are offered, each named in its own
language; the choice is kept in the profile and the whole window speaks it from the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from companion.domain import i18n
from companion.platform import language_file
from ui.translation import install_language, qm_path


@pytest.fixture
def shipped(qapp, monkeypatch):
    """German and Spanish offered, whatever their translators' progress; English afterwards."""
    monkeypatch.setattr(i18n, "SHIPPED", ("en", "de", "es"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    yield
    monkeypatch.setattr(i18n, "SHIPPED", ("en",))
    install_language(qapp, None)


def _choices(page) -> list[str]:
    return [page.language_choice.itemText(i) for i in range(page.language_choice.count())]


def test_only_shipped_languages_are_offered(qtbot, launch, profile_dir):
    window = launch(profile_dir).window
    window.show_page_named("settings")
    offered = [i18n.LANGUAGE_NAMES[code] for code in i18n.SHIPPED]
    assert _choices(window.pages["settings"]) == ["Follow the system", *offered]


def test_the_chosen_language_is_kept_and_used_from_the_next_start(
    qtbot, shipped, launch, profile_dir
):
    if not qm_path("de").is_file():
        pytest.skip("the German catalogue is not built (make translations)")
    controller = launch(profile_dir)
    window = controller.window
    window.show_page_named("settings")
    page = window.pages["settings"]
    assert _choices(page) == ["Follow the system", "English", "Deutsch", "Español"]
    assert page.language_choice.currentData() == "system"
    page.language_choice.setCurrentIndex(page.language_choice.findData("de"))
    assert language_file.read_language_setting(profile_dir) == "de"
    assert "next time it starts" in page.language_note.text()
    assert window.sidebar.item(0).text().startswith("Today")  # not until the next start
    controller.quit()

    again = launch(profile_dir)
    assert i18n.current_language() == "de"
    assert QCoreApplication.translate("TodayPage", "Today") == "Heute"
    assert again.window.pages["today"].accessibleName() == "Heute"
    again.window.show_page_named("settings")
    page = again.window.pages["settings"]
    assert page.language_choice.currentData() == "de"
    assert page.language_note.text() != ""
