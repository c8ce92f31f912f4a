"""Log an interaction in a few seconds: who, when, how, who reached out, how it felt, a note."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from companion.domain.errors import CompanionError, InvalidInput
from companion.services.interactions import CHANNELS, FEELINGS, INITIATORS
from ui.pages.base import date_time_format, text_label
from ui.people.common import (
    channel_text,
    feeling_text,
    initiator_text,
    name_inner_edit,
    show_problem,
)


def _qdatetime(when: datetime) -> QDateTime:
    """The wall-clock minute of `when`, as the edit shows it."""
    return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))


class LogInteractionDialog(QDialog):
    """`logged(interaction_id)` once saved. Enter in the name field adds the person; Ctrl+Enter saves."""

    logged = Signal(int)

    def __init__(
        self,
        context,
        person_ids=(),
        parent=None,
        *,
        channel: str = "message",
        interaction_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.interaction_id = interaction_id  # set: correcting that interaction
        self.original = None
        if interaction_id is not None:
            self.original = companion.interactions.get(interaction_id)
            person_ids = [pid for pid, _name in self.original.people]
            channel = self.original.channel
        self.setWindowTitle(self.tr("Log an interaction"))
        self.setAccessibleName(self.tr("Log an interaction"))
        self.people = {v.id: v for v in companion.people.list(include_archived=True)}
        self.chosen: list[int] = []
        self._just_added = False
        # Completion text -> id; a name shared by two people gets their circle to tell them apart.
        counts: dict[str, int] = {}
        for v in self.people.values():
            counts[v.name.casefold()] = counts.get(v.name.casefold(), 0) + 1
        self.names: dict[str, int] = {}
        for v in sorted(self.people.values(), key=lambda v: (v.archived, v.name.casefold())):
            text = v.name
            if counts[v.name.casefold()] > 1:
                text = f"{v.name} ({v.circle_name or self.tr('no circle')}, #{v.id})"
            self.names[text] = v.id

        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Who were you in touch with?"))
        self.who.setPlaceholderText(self.tr("Start typing a name, then Enter"))
        self.completer = QCompleter(list(self.names), self.who)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(self.completer)
        self.completer.activated.connect(self.add_by_text)
        self.chosen_list = QListWidget()
        self.chosen_list.setAccessibleName(self.tr("People in this interaction"))
        self.chosen_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected person"))
        self.remove_button.clicked.connect(self.remove_selected)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_list, 1)
        chosen_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

        self.now = companion.clock.now()
        self.when = QDateTimeEdit(_qdatetime(self.now))
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(_qdatetime(self.now))
        self.when.setDisplayFormat(date_time_format())  # the locale's way, not ISO
        name_inner_edit(self.when)
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("Set the time to now"))
        self.now_button.clicked.connect(lambda: self.when.setDateTime(_qdatetime(self.now)))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button)

        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("How"))
        for c in CHANNELS:
            self.channel.addItem(channel_text(c), c)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))

        self.initiated = QComboBox()
        self.initiated.setAccessibleName(self.tr("Who reached out"))
        for who in INITIATORS:
            self.initiated.addItem(initiator_text(who), who)

        self.feeling_group = QButtonGroup(self)
        self.feeling_group.setExclusive(False)  # so a second click can clear it again
        feelings = QHBoxLayout()
        for value in sorted(FEELINGS):
            button = QRadioButton(feeling_text(value))
            button.setAccessibleName(self.tr("It felt: %1").replace("%1", feeling_text(value)))
            self.feeling_group.addButton(button, value)
            feelings.addWidget(button)
        self.feeling_group.idClicked.connect(self._feeling_clicked)

        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: anything you'd like to remember"))

        form = QFormLayout()
        who_label = QLabel(self.tr("&Who:"))
        who_label.setBuddy(self.who)
        form.addRow(who_label, self.who)
        form.addRow(QLabel(""), chosen_row)
        when_label = QLabel(self.tr("Wh&en:"))
        when_label.setBuddy(self.when)
        form.addRow(when_label, when_row)
        for text, field in (
            (self.tr("&How:"), self.channel),
            (self.tr("Who reached &out:"), self.initiated),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(QLabel(self.tr("How it felt:")), feelings)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)

        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Log it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Log it"))
        self.save_button.setShortcut("Ctrl+Return")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for pid in person_ids:
            self.add_person(pid)
        if self.original is not None:
            self._show_original(self.original)
        self.resize(640, self.sizeHint().height())
        if self.chosen:
            self.channel.setFocus()
        else:
            self.who.setFocus()

    def _show_original(self, it) -> None:
        title = self.tr("Edit interaction")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.when.setDateTime(_qdatetime(self._local(it.occurred_at)))
        self.initiated.setCurrentIndex(max(0, self.initiated.findData(it.initiated_by)))
        if it.feeling in FEELINGS:
            self.feeling_group.button(it.feeling).setChecked(True)
        self.note.setText(it.note)

    def _local(self, when: datetime) -> datetime:
        return when.astimezone(self.now.tzinfo)

    def keyPressEvent(self, event) -> None:
        # Enter in the name field adds that person and stays; with the field empty it saves.
        # The completer forwards Enter after adding its choice, hence `_just_added`.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.who:
            if self.who.text().strip():
                self.add_by_text(self.who.text())
                return
            if self._just_added:
                return
        super().keyPressEvent(event)

    # --- people ---------------------------------------------------------------------------------

    def add_by_text(self, text: str) -> bool:
        """Add the person named `text` (exact, or the only name containing it)."""
        text = text.strip()
        if not text:
            return False
        pid = self.names.get(text)
        if pid is None:
            folded = text.casefold()
            exact = [i for t, i in self.names.items() if t.casefold() == folded]
            partial = [i for t, i in self.names.items() if folded in t.casefold()]
            pid = (exact or partial)[0] if len(exact) == 1 or len(partial) == 1 else None
        if pid is None:
            show_problem(
                self.problem,
                InvalidInput(self.tr("No one here matches “%1”.").replace("%1", text)),
            )
            return False
        self.add_person(pid)
        return True

    def add_person(self, person_id: int) -> None:
        show_problem(self.problem, None)
        if person_id not in self.people:
            return
        if person_id not in self.chosen:
            self.chosen.append(person_id)
            item = QListWidgetItem(self.people[person_id].name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.chosen_list.addItem(item)
        self._just_added = True
        QTimer.singleShot(0, self._settle)
        self.who.clear()
        # The completer writes its choice into the field after `activated`; clear that too.
        QTimer.singleShot(0, self.who.clear)

    def _settle(self) -> None:
        self._just_added = False

    def remove_selected(self) -> None:
        for item in self.chosen_list.selectedItems():
            self.chosen.remove(item.data(Qt.ItemDataRole.UserRole))
            self.chosen_list.takeItem(self.chosen_list.row(item))

    def _feeling_clicked(self, value: int) -> None:
        for button in self.feeling_group.buttons():
            if self.feeling_group.id(button) != value:
                button.setChecked(False)

    def feeling(self) -> int | None:
        checked = self.feeling_group.checkedId()
        return checked if checked in FEELINGS else None

    def chosen_when(self) -> datetime | None:
        """None for "now" (untouched); else the edited local time in the clock's time zone."""
        edited = self.when.dateTime()
        if self.original is not None and edited == _qdatetime(
            self._local(self.original.occurred_at)
        ):
            return self.original.occurred_at  # untouched: the time exactly as it was
        if edited == _qdatetime(self.now):
            return None
        d, t = edited.date(), edited.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.now.tzinfo)

    def save(self) -> None:
        show_problem(self.problem, None)
        if self.who.text().strip() and not self.add_by_text(self.who.text()):
            return
        try:
            if self.interaction_id is not None:
                self.companion.interactions.update(
                    self.interaction_id,
                    self.chosen,
                    when=self.chosen_when() or self.now,
                    channel=self.channel.currentData(),
                    initiated_by=self.initiated.currentData(),
                    feeling=self.feeling(),
                    note=self.note.text(),
                )
                self.logged.emit(self.interaction_id)
                self.accept()
                return
            interaction_id = self.companion.interactions.log(
                self.chosen,
                when=self.chosen_when(),
                channel=self.channel.currentData(),
                initiated_by=self.initiated.currentData(),
                feeling=self.feeling(),
                note=self.note.text(),
            )
        except CompanionError as exc:
            show_problem(self.problem, exc)
            return
        self.logged.emit(interaction_id)
        self.accept()
