"""The journal: a guided prompt offered one at a time, and a searchable list of everything written
(journal answers and mood notes together)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.mood.common import clock_time, short_day
from ui.pages.base import show_text, text_label
from ui.record_keys import RecordKeys, ask_to_remove
from ui.theme import set_relative_font
from ui.undo_bar import offer_undo

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PromptDialog(QDialog):
    """One prompt, a place to answer, and “Another prompt” to move on without answering."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.skipped: list[str] = []
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Write a little"))
        self.setAccessibleName(self.tr("Write a little"))
        self.resize(560, 380)
        self.prompt_label = text_label("", self.tr("Prompt"), selectable=True)
        set_relative_font(self.prompt_label, 1.15, bold=True)
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.setPlaceholderText(
            self.tr(
                "A line or two is plenty. Only you can read this, unless you choose to add it "
                "to a report."
            )
        )
        self.answer.setTabChangesFocus(True)
        self.another = QPushButton(self.tr("Another prompt"))
        self.another.setAccessibleName(self.tr("Show another prompt"))
        self.another.setAutoDefault(False)
        self.another.clicked.connect(self.next_prompt)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.another, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.prompt = None
        self.next_prompt()
        self.answer.setFocus()

    def next_prompt(self) -> None:
        if self.prompt is not None:
            self.skipped.append(self.prompt.id)
        self.prompt = self.companion.journal.next_prompt(skip=self.skipped)
        self.prompt_label.setText(self.prompt.text)
        self.prompt_label.setAccessibleName(self.prompt.text)

    def save(self) -> None:
        try:
            self.entry_id = self.companion.journal.write(
                self.answer.toPlainText(), prompt_id=self.prompt.id
            )
        except CompanionError as exc:
            show_text(self.problem, str(exc))
            return
        self.accept()


class TextEditDialog(QDialog):
    """Correct something written: a journal answer or a reflection. `save(text)` stores it and
    raises a CompanionError to say what is wrong."""

    def __init__(self, title: str, heading: str, text: str, save, parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(560, 360)
        self.heading = text_label(heading, self.tr("Prompt"), selectable=True)
        set_relative_font(self.heading, 1.1, bold=True)
        self.heading.setVisible(bool(heading))
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("What you wrote"))
        self.text.setTabChangesFocus(True)
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.text.setFocus()

    @classmethod
    def open_over(cls, owner, title: str, heading: str, text: str, save) -> TextEditDialog:
        """Open one over `owner`, a list that refreshes when the dialog closes and keeps it as
        `owner.edit_dialog`."""
        dialog = cls(title, heading, text, save, owner)
        dialog.finished.connect(lambda _r: owner.refresh())
        dialog.open()
        owner.edit_dialog = dialog
        return dialog

    def save(self) -> None:
        try:
            self._save(self.text.toPlainText())
        except CompanionError as exc:
            show_text(self.problem, str(exc))
            return
        self.accept()


class JournalList(QWidget):
    """Search as you type; Enter (or double-click, or F2) edits an entry; a mood note opens its
    mood entry. Delete removes one, after asking, with Undo for a few seconds."""

    open_mood = Signal(int)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.setAccessibleName(self.tr("Journal"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search what you've written"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.write = QPushButton(self.tr("Write with a prompt…"))
        self.write.setAccessibleName(self.tr("Write with a prompt"))
        self.write.clicked.connect(self.open_prompt)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.write)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(220)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        RecordKeys(self.list, self.remove_selected, self.edit_selected)
        self.edit_button = QPushButton(self.tr("Edit selected…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove selected…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected entry"))
        self.remove_button.clicked.connect(self.remove_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        self.empty = text_label("", self.tr("Journal status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(actions)

    def refresh(self) -> None:
        items = self.companion.journal.timeline(search=self.search.text(), limit=300)
        this_year = self.companion.clock.now().year
        self.list.clear()
        for entry in items:
            when = f"{short_day(entry.local_day, this_year)} {clock_time(entry.when)}"
            if entry.kind == "mood":
                head = (
                    self.tr("%1 · mood note (%2)")
                    .replace("%1", when)
                    .replace("%2", entry.mood_label)
                )
            elif entry.prompt:
                head = f"{when} · {entry.prompt}"
            else:
                head = when
            text = f"{head}\n{entry.text}"
            item = QListWidgetItem(text)
            item.setData(KIND_ROLE, entry.kind)
            item.setData(ID_ROLE, entry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if items:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("Nothing matches that search.")
                if self.search.text().strip()
                else self.tr(
                    "Nothing written yet. A prompt can help you start, whenever you feel like it."
                )
            )
            self.empty.setAccessibleName(self.empty.text())
            self.empty.show()

    def open_prompt(self) -> PromptDialog:
        dialog = PromptDialog(self.context, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "mood":
            self.open_mood.emit(int(item.data(ID_ROLE)))
        elif item.data(KIND_ROLE) == "journal":
            self.edit_entry(int(item.data(ID_ROLE)))

    def edit_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(KIND_ROLE) is not None:
            self._activated(item)

    def edit_entry(self, entry_id: int) -> TextEditDialog | None:
        journal = self.companion.journal
        try:
            entry = journal.get(entry_id)
        except CompanionError:
            self.refresh()
            return None
        return TextEditDialog.open_over(
            self,
            self.tr("Edit journal entry"),
            entry.prompt,
            entry.text,
            lambda text: journal.update(entry_id, text),
        )

    def remove_selected(self):
        item = self.list.currentItem()
        if item is None or item.data(KIND_ROLE) is None:
            return None
        kind, record_id = item.data(KIND_ROLE), int(item.data(ID_ROLE))
        question = (
            self.tr("Remove this mood, with its note?")
            if kind == "mood"
            else self.tr("Remove this journal entry?")
        )
        return ask_to_remove(
            self, question + "\n" + item.text(), lambda: self._remove(kind, record_id)
        )

    def _remove(self, kind: str, record_id: int) -> None:
        service = self.companion.mood if kind == "mood" else self.companion.journal
        try:
            gone = service.delete(record_id)
        except CompanionError:
            self.refresh()
            return
        self.refresh()
        offer_undo(
            self,
            self.tr("Mood removed.") if kind == "mood" else self.tr("Journal entry removed."),
            lambda: (service.restore(gone), self.refresh()),
        )
