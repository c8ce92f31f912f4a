"""Settings' Light / Dark / System choice: saved in the vault, applied at once to every open page
(Insights' charts redraw in the new colours), and applied again when the vault is next opened."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.facade import Companion
from tests.helpers import PASSPHRASE
from ui.theme import SCHEME_ENV, active_theme, palette_for

WINDOW = QPalette.ColorRole.Window


@pytest.fixture
def light_system(qapp, monkeypatch):
    """The system says light; whatever a test chooses, later tests get the system's colours."""
    monkeypatch.setenv(SCHEME_ENV, "light")
    yield
    active_theme(qapp).set_choice("system")


def _window_colour(widget) -> QColor:
    return widget.palette().color(WINDOW)


def test_choosing_dark_applies_at_once_and_is_kept(qtbot, light_system, launch, profile_dir):
    controller = launch(profile_dir)
    window = controller.window
    dark = palette_for("dark").color(WINDOW)
    light = palette_for("light").color(WINDOW)
    assert _window_colour(window) == light
    window.show_page_named("insights")
    insights = window.pages["insights"]
    qtbot.waitUntil(lambda: not insights.stale)

    window.show_page_named("settings")
    page = window.pages["settings"]
    assert page.theme_choice.currentData() == "system"
    page.theme_choice.setCurrentIndex(page.theme_choice.findData("dark"))
    assert controller.companion.settings.get("appearance.theme") == "dark"
    assert QApplication.instance().palette().color(WINDOW) == dark
    assert _window_colour(window) == dark
    assert _window_colour(insights) == dark  # hidden pages too: their charts redraw when shown

    page.theme_choice.setCurrentIndex(page.theme_choice.findData("system"))
    assert _window_colour(window) == light  # the system (here: light) again
    page.theme_choice.setCurrentIndex(page.theme_choice.findData("dark"))

    controller.quit()
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE) as reopened:
        assert reopened.settings.get("appearance.theme") == "dark"
    active_theme().set_choice("system")
    assert QApplication.instance().palette().color(WINDOW) == light

    again = launch(profile_dir)  # the saved choice is applied when the vault opens
    assert QApplication.instance().palette().color(WINDOW) == dark
    again.window.show_page_named("settings")
    assert again.window.pages["settings"].theme_choice.currentData() == "dark"


def test_an_unknown_choice_is_refused_by_the_core(profile_dir):
    from companion.domain.errors import InvalidInput

    with Companion.unlock(profile_dir, passphrase=PASSPHRASE) as companion:
        with pytest.raises(InvalidInput):
            companion.settings.set("appearance.theme", "purple")
        assert companion.settings.get("appearance.theme") == "system"
