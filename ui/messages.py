"""Message boxes for the two kinds of trouble: a situation the user can act on, and a bug."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def situation_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A plain box naming the situation (vault in use, damaged, disk trouble). Not yet shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    box.button(QMessageBox.StandardButton.Ok).setAccessibleName(
        QCoreApplication.translate("messages", "OK")
    )
    return box


def bug_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A calm "something went wrong" box; the technical details wait behind "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("messages", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "messages", "Something went wrong inside Companion. This is our mistake, not yours."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "messages",
            "Your saved data is safe: every change is saved as a whole or not at all. "
            "If it keeps happening, the details below help us fix it.",
        )
    )
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("messages", "Something went wrong"))
    box.button(QMessageBox.StandardButton.Ok).setAccessibleName(
        QCoreApplication.translate("messages", "OK")
    )
    return box
