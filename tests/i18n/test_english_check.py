"""The check that finds English left on a translated screen finds it, and leaves names alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tests.tour.language import english_findings, english_sources


def test_english_source_strings_are_found_and_names_are_not(qtbot):
    sources = english_sources("de")
    assert "Something went wrong" in sources
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in (
        "Something went wrong",
        "Ada Lovelace",
        "Etwas ist schiefgelaufen",
        "Seen at 09:00. This is a screening result, not a diagnosis.",
    ):
        layout.addWidget(QLabel(text))
    layout.addWidget(QPushButton("&Something went wrong"))
    hidden = QLabel("Something went wrong")
    layout.addWidget(hidden)
    window.show()
    hidden.hide()
    findings = english_findings("01-test", window, "de")
    assert [(f.check, f.widget, f.detail) for f in findings] == [
        ("english", "QLabel", "'Something went wrong'"),
        ("english", "QLabel", "'This is a screening result, not a diagnosis.'"),
        ("english", "QPushButton", "'Something went wrong'"),
    ]
