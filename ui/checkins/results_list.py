"""A questionnaire's results as a list, newest first, where one can be removed (after asking, with
Undo for a few seconds). A result is a snapshot of the answers given then, so it is never edited."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.official_texts import SOURCE_LANGUAGE, answered_in_sentence, language_name
from ui.mood.common import clock_time, short_day
from ui.pages.base import text_label
from ui.record_keys import RecordKeys, ask_to_remove
from ui.undo_bar import offer_undo

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultsList(QWidget):
    """`changed()` after a result is removed or put back, so the chart beside it redraws."""

    changed = Signal()

    def __init__(self, companion, instrument: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.instrument = instrument
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Results, newest first; Delete removes one"))
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(120)
        RecordKeys(self.list, self.remove_selected)
        self.remove_button = QPushButton(self.tr("Remove selected…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected result"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.note = text_label(
            self.tr(
                "A result keeps the answers as you gave them, so it can be removed but not changed."
            ),
            self.tr("About results"),
        )
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        this_year = self.companion.clock.now().year
        tz = self.companion.clock.now().tzinfo
        for r in self.companion.checkins.history(self.instrument):
            local = r.taken_at.astimezone(tz)
            text = (
                self.tr("%1 %2 · %3 · “%4”")
                .replace("%1", short_day(local.date(), this_year))
                .replace("%2", clock_time(local))
                .replace("%3", str(r.total))
                .replace("%4", r.band_label)
            )
            if r.language and r.language != SOURCE_LANGUAGE:  # an official translation: say which
                text += " · " + language_name(r.language)
            item = QListWidgetItem(text)
            item.setToolTip(answered_in_sentence(r.instrument, r.language))
            item.setData(RESULT_ROLE, r.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def remove_selected(self):
        item = self.list.currentItem()
        if item is None:
            return None
        result_id = int(item.data(RESULT_ROLE))
        return ask_to_remove(
            self,
            self.tr("Remove this result?\n%1").replace("%1", item.text()),
            lambda: self._remove(result_id),
        )

    def _remove(self, result_id: int) -> None:
        checkins = self.companion.checkins
        try:
            gone = checkins.delete(result_id)
        except CompanionError:
            self.refresh()
            return
        self.refresh()
        self.changed.emit()

        def undo() -> None:
            checkins.restore(gone)
            self.refresh()
            self.changed.emit()

        offer_undo(self, self.tr("Result removed."), undo)
