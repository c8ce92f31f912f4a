"""What was noted in the week shown, one line per record (a day's screen time, a boundary check-in,
a reflection), each one editable where it makes sense and removable (after asking, with Undo)."""

from __future__ import annotations

from datetime import date, timedelta

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
from companion.services.activitywatch_import import SOURCE as ACTIVITYWATCH
from companion.services.screen import SELF_REPORT
from ui.pages.base import text_label
from ui.record_keys import RecordKeys, ask_to_remove
from ui.screen.common import minutes_text, short_day
from ui.undo_bar import offer_undo

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class WeekRecords(QWidget):
    """`edit_screen_day(day)` asks the page to open that day in the screen-time editor;
    `edit_checkin(day)` asks for that day's evening check-in."""

    edit_screen_day = Signal(object)
    edit_checkin = Signal(object)

    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.start: date | None = None
        self.edit_dialog = None
        self.list = QListWidget()
        self.list.setAccessibleName(
            self.tr("What you noted this week; Enter edits, Delete removes")
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(140)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        RecordKeys(self.list, self.remove_selected, self.edit_selected)
        self.edit_button = QPushButton(self.tr("Edit selected…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected record"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove selected…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected record"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty = text_label(
            self.tr("Nothing noted this week yet."), self.tr("This week's notes")
        )
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def show_week(self, start: date) -> None:
        self.start = start
        self.refresh()

    def refresh(self) -> None:
        if self.start is None:
            return
        start, end = self.start, self.start + timedelta(days=6)
        this_year = self.companion.clock.now().year
        records: list[tuple[date, int, str, tuple]] = []
        for d in self.companion.screen.week(start):
            if d.self_report:
                text = self.tr("%1 · screen time you noted: %2")
                records.append(
                    (d.day, 0, text, ("screen", d.day, SELF_REPORT, sum(d.self_report.values())))
                )
            if d.activitywatch:
                text = self.tr("%1 · screen time from ActivityWatch: %2")
                records.append(
                    (
                        d.day,
                        1,
                        text,
                        ("screen", d.day, ACTIVITYWATCH, sum(d.activitywatch.values())),
                    )
                )
        titles = {b.id: b.title for b in self.companion.boundaries.list(include_paused=True)}
        for c in self.companion.boundaries.checks_between(start, end):
            records.append((c.day, 2, "", ("check", c.day, c.boundary_id, c.result, c.note)))
        for r in self.companion.reflections.between(start, end):
            records.append((r.local_day, 3, "", ("reflection", r.id, r.prompt, r.answer)))
        self.list.clear()
        for day, _order, template, record in sorted(
            records, key=lambda x: (x[0], x[1]), reverse=True
        ):
            when = short_day(day) if day.year == this_year else f"{short_day(day)} {day.year}"
            kind = record[0]
            if kind == "screen":
                text = template.replace("%1", when).replace("%2", minutes_text(record[3]))
            elif kind == "check":
                result = {
                    "kept": self.tr("kept"),
                    "partly": self.tr("partly kept"),
                    "not_today": self.tr("not today"),
                }.get(record[3], record[3])
                text = (
                    self.tr("%1 · %2: %3")
                    .replace("%1", when)
                    .replace("%2", titles.get(record[2], self.tr("a boundary")))
                    .replace("%3", result)
                )
                if record[4]:
                    text += f"\n{record[4]}"
            else:
                text = f"{when} · {record[2]}\n{record[3]}"
            item = QListWidgetItem(text)
            item.setData(RECORD_ROLE, record)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected(self) -> tuple | None:
        item = self.list.currentItem()
        return None if item is None else item.data(RECORD_ROLE)

    # --- editing ---------------------------------------------------------------------------------

    def edit_selected(self):
        record = self._selected()
        if record is None:
            return None
        if record[0] == "screen":
            if record[2] == SELF_REPORT:
                self.edit_screen_day.emit(record[1])
            return None
        if record[0] == "check":
            self.edit_checkin.emit(record[1])
            return None
        return self._edit_reflection(record[1], record[2], record[3])

    def _edit_reflection(self, reflection_id: int, prompt: str, answer: str):
        from ui.mood.journal import TextEditDialog

        reflections = self.companion.reflections
        return TextEditDialog.open_over(
            self,
            self.tr("Edit reflection"),
            prompt,
            answer,
            lambda text: reflections.update(reflection_id, text),
        )

    # --- removing --------------------------------------------------------------------------------

    def remove_selected(self):
        record = self._selected()
        if record is None:
            return None
        text = self.list.currentItem().text()
        return ask_to_remove(
            self, self.tr("Remove this?\n%1").replace("%1", text), lambda: self._remove(record)
        )

    def _remove(self, record: tuple) -> None:
        kind = record[0]
        try:
            if kind == "screen":
                service = self.companion.screen
                gone = service.delete_day(record[1], record[2])
                said = self.tr("Screen time for that day removed.")
            elif kind == "check":
                service = self.companion.boundaries
                gone = service.clear_check(record[2], record[1])
                said = self.tr("Check-in removed.")
            else:
                service = self.companion.reflections
                gone = service.delete(record[1])
                said = self.tr("Reflection removed.")
        except CompanionError:
            self.refresh()
            return
        self.refresh()
        if gone is None:
            return

        def undo() -> None:
            service.restore(gone)
            self.refresh()

        offer_undo(self, said, undo)
