"""What every list of records shares: Delete removes the selected one (after asking), F2 or Enter
edits it, and the question asked before removing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class RecordKeys(QObject):
    """Installed on a list view: Delete calls `remove`, F2 and Enter call `edit` (when given)."""

    def __init__(
        self, view: QWidget, remove: Callable[[], object], edit: Callable[[], object] | None = None
    ) -> None:
        super().__init__(view)
        self._remove = remove
        self._edit = edit
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            if event.key() == Qt.Key.Key_Delete:
                self._remove()
                return True
            # Enter is taken here, not left to the list's activation: a list's Enter goes on to
            # the dialog around it, whose default button would also fire.
            edit_keys = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in edit_keys and self._edit is not None:
                self._edit()
                return True
        return False


REMOVE_QUESTION = "removeQuestion"  # the object name of the question before removing


def _tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


def ask_to_remove(parent: QWidget, question: str, on_yes: Callable[[], object]) -> QMessageBox:
    """A calm question before removing something; `on_yes` runs only on “Remove”. Opened without
    blocking (window-modal), so the rest of the app keeps its events."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("records", "Remove?"))
    box.setText(question)
    box.setInformativeText(
        QCoreApplication.translate("records", "You can undo it for a few seconds afterwards.")
    )
    box.remove_button = box.addButton(  # type: ignore[attr-defined]
        QCoreApplication.translate("records", "Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("records", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered(_result: int) -> None:
        if box.clickedButton() is box.remove_button:  # type: ignore[attr-defined]
            on_yes()
        box.deleteLater()

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    box.setObjectName(REMOVE_QUESTION)
    box.open()
    return box


def remove_question(widget: QWidget) -> QMessageBox | None:
    """The "Remove?" question open over `widget`'s window, if one is."""
    boxes = widget.window().findChildren(QMessageBox, REMOVE_QUESTION)
    return next((box for box in reversed(boxes) if box.isVisible()), None)
