"""Settings › Mood: the person's own feelings, added to the built-in ones offered when logging a
mood. Add, rename (past moods follow the new name) and take off the list (past moods keep it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.setting_defs import MAX_EMOTION_LENGTH
from ui.mood.feelings import built_in_labels
from ui.pages.base import show_text, text_label

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class OwnFeelings(QWidget):
    """The list of the person's own feelings with Add, Rename and Remove."""

    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.setAccessibleName(self.tr("Your own feelings"))
        built_in = ", ".join(built_in_labels().values())
        self.built_in = text_label(
            self.tr("Always offered: %1.").replace("%1", built_in),
            self.tr("Feelings always offered"),
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your own feelings; F2 renames one"))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.itemChanged.connect(self._renamed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = text_label(
            self.tr("None yet. Add a word that fits how you feel, and it joins the list."),
            self.tr("No feelings of your own yet"),
        )

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("A feeling of your own, e.g. proud"))
        self.new_name.setAccessibleName(self.tr("New feeling"))
        self.new_name.setMaxLength(MAX_EMOTION_LENGTH)
        self.new_name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this feeling"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected feeling"))
        self.rename_button.clicked.connect(self.start_rename)
        self.remove_button = QPushButton(self.tr("Take off the list"))
        self.remove_button.setAccessibleName(self.tr("Take the selected feeling off the list"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.note = text_label(
            self.tr(
                "Renaming changes it on moods you already logged too. Taking one off the list "
                "keeps it on those moods."
            ),
            self.tr("About renaming and removing feelings"),
        )
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()

        entry = QHBoxLayout()
        entry.addWidget(self.new_name, 1)
        entry.addWidget(self.add_button)
        self.manage = QWidget()
        manage = QHBoxLayout(self.manage)
        manage.setContentsMargins(0, 0, 0, 0)
        manage.addWidget(self.rename_button)
        manage.addWidget(self.remove_button)
        manage.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.built_in)
        layout.addLayout(entry)
        layout.addWidget(self.list)
        layout.addWidget(self.manage)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(NAME_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for name in self.companion.mood.own_emotions():
            item = QListWidgetItem(name)
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if name == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has_any = self.list.count() > 0
        # As tall as its rows, up to six; more scroll.
        rows = min(max(self.list.count(), 1), 6)
        row_height = self.list.sizeHintForRow(0) if has_any else self.fontMetrics().height()
        self.list.setFixedHeight(rows * max(row_height, 1) + 2 * self.list.frameWidth() + 4)
        self.list.setVisible(has_any)
        self.manage.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _clash_with_translation(self, name: str) -> bool:
        folded = name.casefold()
        return any(label.casefold() == folded for label in built_in_labels().values())

    def add(self) -> bool:
        name = " ".join(self.new_name.text().split())
        if not name:
            self._problem(self.tr("Type the feeling first, then Add."))
            return False
        if self._clash_with_translation(name):
            self._problem(self.tr("“%1” is already in the list of feelings.").replace("%1", name))
            return False
        try:
            self.companion.mood.add_emotion(name)
        except CompanionError as exc:
            self._problem(str(exc))
            return False
        self.new_name.clear()
        self.problem.hide()
        self.refresh()
        return True

    def start_rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def rename(self, old: str, new: str) -> bool:
        new = " ".join(new.split())
        if new == old:
            return True
        if self._clash_with_translation(new):
            self._problem(self.tr("“%1” is already in the list of feelings.").replace("%1", new))
            self.refresh()
            return False
        try:
            self.companion.mood.rename_emotion(old, new)
        except CompanionError as exc:
            self._problem(str(exc))
            self.refresh()
            return False
        self.problem.hide()
        self.refresh()
        return True

    def _renamed(self, item: QListWidgetItem) -> None:
        old, new = item.data(NAME_ROLE), item.text()
        if old is not None and new != old:
            # Not from inside the list's own signal: renaming rebuilds the list.
            QTimer.singleShot(0, self, lambda: self.rename(old, new))

    def remove_selected(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        try:
            self.companion.mood.remove_emotion(item.data(NAME_ROLE))
        except CompanionError as exc:
            self._problem(str(exc))
            return False
        self.problem.hide()
        self.refresh()
        return True

    def _problem(self, text: str) -> None:
        show_text(self.problem, text)
