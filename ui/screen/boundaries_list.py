"""The boundaries the user chose, each with its days, kind progress, and pause, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import text_label
from ui.screen.common import schedule_text
from ui.theme import muted_colour, set_relative_font


class BoundaryRow(QFrame):
    pause_toggled = Signal(int, bool)
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, boundary, progress_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boundary = boundary
        self.setObjectName("boundaryRow")
        self.title = text_label(boundary.title, boundary.title)
        set_relative_font(self.title, 1.0, bold=True)
        when = schedule_text(boundary.weekdays)
        if not boundary.active:
            when += " · " + self.tr("paused")
        self.schedule = text_label(when, self.tr("Days: %1").replace("%1", when))
        self.progress = text_label(progress_text, progress_text)
        muted = muted_colour(self).name()
        self.schedule.setStyleSheet(f"color: {muted};")

        self.pause = QPushButton(self.tr("Pause") if boundary.active else self.tr("Resume"))
        self.pause.setAccessibleName(
            (self.tr("Pause %1") if boundary.active else self.tr("Resume %1")).replace(
                "%1", boundary.title
            )
        )
        self.pause.clicked.connect(
            lambda: self.pause_toggled.emit(boundary.id, not boundary.active)
        )
        self.edit = QPushButton(self.tr("Edit…"))
        self.edit.setAccessibleName(self.tr("Edit %1").replace("%1", boundary.title))
        self.edit.clicked.connect(lambda: self.edit_requested.emit(boundary.id))
        self.delete = QPushButton(self.tr("Delete…"))
        self.delete.setAccessibleName(self.tr("Delete %1").replace("%1", boundary.title))
        self.delete.clicked.connect(lambda: self.delete_requested.emit(boundary.id))

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.schedule)
        text.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.pause, self.edit, self.delete):
            buttons.addWidget(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)


class BoundariesList(QWidget):
    """Rows for every boundary, paused ones too; `changed` after any edit made here."""

    checkin_requested = Signal()

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.rows: dict[int, BoundaryRow] = {}
        self.dialog = None
        self.intro = text_label(
            self.tr(
                "Limits you choose for yourself, checked in on each evening. Every kept day counts, "
                "and a hard day takes nothing away."
            ),
            self.tr("About boundaries"),
        )
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(0)
        self.empty = text_label(
            self.tr(
                "No boundaries yet. Phone-free meals or screens away after 22:00 are gentle "
                "places to start."
            ),
            self.tr("No boundaries yet"),
        )
        self.add_button = QPushButton(self.tr("&Add a boundary…"))
        self.add_button.setAccessibleName(self.tr("Add a boundary"))
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.checkin_button = QPushButton(self.tr("Evening &check-in…"))
        self.checkin_button.setAccessibleName(self.tr("Evening check-in for your boundaries"))
        self.checkin_button.clicked.connect(self.checkin_requested.emit)
        self.checkin_note = text_label("", self.tr("Check-in status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.checkin_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        while self.rows_box.count():
            widget = self.rows_box.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.rows = {}
        today = self.companion.today()
        boundaries = self.companion.boundaries.list(include_paused=True)
        for b in boundaries:
            row = BoundaryRow(b, self.progress_text(b.id, today))
            row.pause_toggled.connect(self.set_active)
            row.edit_requested.connect(self.open_editor)
            row.delete_requested.connect(self.ask_delete)
            self.rows[b.id] = row
            self.rows_box.addWidget(row)
        self.empty.setVisible(not boundaries)
        planned = self.companion.boundaries.active_on(today)
        self.checkin_button.setEnabled(bool(planned))
        if not planned:
            note = self.tr("Nothing planned for today.") if boundaries else ""
        elif self.companion.boundaries.checked_on(today):
            note = self.tr("Checked in for today. You can change your answers.")
        else:
            note = self.tr("This evening: a minute to look back on today.")
        self.checkin_note.setText(note)
        self.checkin_note.setAccessibleName(note or self.tr("Check-in status"))

    def progress_text(self, boundary_id: int, today) -> str:
        return self.companion.boundaries.progress(boundary_id, today).summary

    def set_active(self, boundary_id: int, active: bool) -> None:
        self.companion.boundaries.set_active(boundary_id, active)
        self.refresh()

    def open_editor(self, boundary_id: int | None):
        from ui.screen.boundary_editor import BoundaryEditorDialog

        self.dialog = BoundaryEditorDialog(self.context, boundary_id, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def ask_delete(self, boundary_id: int) -> None:
        title = self.companion.boundaries.get(boundary_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete boundary"),
            self.tr(
                "Delete “%1” and its check-ins? If you'd like a break from it, Pause keeps "
                "everything."
            ).replace("%1", title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(boundary_id)

    def delete(self, boundary_id: int) -> None:
        self.companion.boundaries.delete(boundary_id)
        self.refresh()
