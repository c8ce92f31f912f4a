"""The person editor: name, nickname, circle, cadence, birthday and other dates, ways to reach them,
related names, notes, tags; archive, delete."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.planners.cadence import BirthdayDate
from companion.services.people import CONTACT_KINDS, MAX_CADENCE_DAYS, PersonInput
from ui.pages.base import text_label
from ui.people.common import kind_text, name_inner_edit, show_problem
from ui.people.dates_fields import DateRow, RelatedRow, RowList

NO_YEAR = 1899  # the spin box's lowest value, shown as "year unknown"


class ContactRow(QWidget):
    """One way to reach someone: kind, label and value, with a Remove button."""

    remove_requested = Signal(QWidget)

    def __init__(self, kind: str = "phone", label: str = "", value: str = "", parent=None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        for k in CONTACT_KINDS:
            self.kind.addItem(kind_text(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.label = QLineEdit(label)
        self.label.setPlaceholderText(self.tr("label, e.g. mobile"))
        self.label.setAccessibleName(self.tr("Contact label"))
        self.value = QLineEdit(value)
        self.value.setPlaceholderText(self.tr("number, address or @handle"))
        self.value.setAccessibleName(self.tr("Contact detail"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this way to reach them"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.label, 1)
        row.addWidget(self.value, 2)
        row.addWidget(self.remove)

    def triple(self) -> tuple[str, str, str]:
        return self.kind.currentData(), self.label.text().strip(), self.value.text().strip()


class PersonEditor(QDialog):
    """Add someone (person_id None) or edit them. `saved(id)` after a save; `deleted(id)` after delete."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, context, person_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.person_id = person_id
        self.confirm_box = None
        existing = companion.people.get(person_id) if person_id is not None else None
        title = (
            self.tr("Edit %1").replace("%1", existing.name) if existing else self.tr("Add someone")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.circles = companion.people.circles()

        self.name = QLineEdit(existing.name if existing else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("Their name, as you think of them"))
        self.nickname = QLineEdit(existing.nickname if existing else "")
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.nickname.setPlaceholderText(self.tr("optional"))

        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("Circle"))
        self.circle.addItem(self.tr("No circle"), None)
        for c in self.circles:
            self.circle.addItem(c.name, c.id)
        if existing:
            self.circle.setCurrentIndex(max(0, self.circle.findData(existing.circle_id)))
        elif len(self.circles) > 2:
            self.circle.setCurrentIndex(self.circle.findData(self.circles[2].id))

        self.use_default = QCheckBox()
        self.use_default.setAccessibleName(self.tr("Use the circle's usual rhythm"))
        self.cadence = QSpinBox()
        self.cadence.setRange(1, MAX_CADENCE_DAYS)
        self.cadence.setAccessibleName(self.tr("Be in touch every so many days"))
        self.cadence.setPrefix(self.tr("every "))
        self.cadence.setSuffix(self.tr(" days"))
        own = existing.own_cadence_days if existing else None
        self.use_default.setChecked(own is None)
        self.cadence.setValue(own or self._circle_default())
        self.use_default.toggled.connect(self._sync_cadence)
        self.circle.currentIndexChanged.connect(self._sync_cadence)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence)
        cadence_row.addWidget(self.use_default, 1)

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Birthday month"))
        self.month.addItem(self.tr("No birthday noted"), 0)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m), m)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Birthday day"))
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setAccessibleName(self.tr("Birthday year, if you know it"))
        b = existing.birthday if existing else None
        if b:
            self.month.setCurrentIndex(b.month)
            self.day.setValue(b.day)
            self.year.setValue(b.year or NO_YEAR)
        else:
            self.year.setValue(NO_YEAR)
        for widget in (self.cadence, self.day, self.year):
            name_inner_edit(widget)
        self.month.currentIndexChanged.connect(self._sync_birthday)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.month, 2)
        birthday_row.addWidget(self.day)
        birthday_row.addWidget(self.year, 1)

        self.contacts_box = QVBoxLayout()
        self.contact_rows: list[ContactRow] = []
        for kind, label, value in existing.contacts if existing else ():
            self.add_contact_row(kind, label, value)
        self.add_contact = QPushButton(self.tr("Add a way to &reach them"))
        self.add_contact.setAccessibleName(self.tr("Add a way to reach them"))
        self.add_contact.clicked.connect(lambda: self.add_contact_row().value.setFocus())
        contacts = QVBoxLayout()
        contacts.addLayout(self.contacts_box)
        contacts.addWidget(self.add_contact, 0, Qt.AlignmentFlag.AlignLeft)

        self.dates = RowList(
            DateRow, self.tr("Add a &date"), self.tr("Add a date that matters to them")
        )
        for d in existing.dates if existing else ():
            self.dates.add_row(d)
        self.related = RowList(
            RelatedRow, self.tr("Add a related &person"), self.tr("Add someone they're related to")
        )
        for label, name in existing.related if existing else ():
            self.related.add_row(label, name)

        self.notes = QPlainTextEdit(existing.notes if existing else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(
            self.tr("Kids' names, what they're up to, things to ask about…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)

        self.tags = QLineEdit(", ".join(existing.tags) if existing else "")
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("e.g. school, climbing"))
        completer = QCompleter(companion.people.tags(), self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)

        form = QFormLayout()
        for text, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("Nic&kname:"), self.nickname),
            (self.tr("&Circle:"), self.circle),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(QLabel(self.tr("Stay in touch:")), cadence_row)
        birthday_label = QLabel(self.tr("&Birthday:"))
        birthday_label.setBuddy(self.month)
        form.addRow(birthday_label, birthday_row)
        form.addRow(QLabel(self.tr("Other dates:")), self.dates)
        form.addRow(QLabel(self.tr("Ways to reach them:")), contacts)
        form.addRow(QLabel(self.tr("Related people:")), self.related)
        for text, field in ((self.tr("N&otes:"), self.notes), (self.tr("&Tags:"), self.tags)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.archive_button = None
        self.delete_button = None
        if existing:
            archive_text = self.tr("Unarchive") if existing.archived else self.tr("Archive")
            self.archive_button = self.buttons.addButton(
                archive_text, QDialogButtonBox.ButtonRole.ResetRole
            )
            self.archive_button.setAccessibleName(archive_text)
            self.archive_button.setToolTip(
                self.tr("Archived people stay in your history but leave the list and reminders.")
            )
            self.archive_button.clicked.connect(self.toggle_archived)
            self.delete_button = self.buttons.addButton(
                self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setAccessibleName(self.tr("Delete"))
            self.delete_button.clicked.connect(self.confirm_delete)
            self.archived = existing.archived

        # The fields scroll when rows of dates, contacts and names outgrow the screen; the
        # buttons below them stay in sight.
        fields = QWidget()
        fields.setLayout(form)
        self.scroll = QScrollArea()
        self.scroll.setWidget(fields)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._sync_cadence()
        self._sync_birthday()
        for rows in (self.dates, self.related):
            rows.changed.connect(self._fit)
        self.add_contact.clicked.connect(self._fit)
        self._fit_now()
        self.resize(620, self.height())
        self.name.setFocus()

    def _fit(self, *_args) -> None:
        # A row added to the open dialog is shown (and so counted by the layouts) only once the
        # event loop has run; measure after that.
        QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        """Tall enough for every field when the screen has room (else they scroll), and grown
        when a row is added, so nothing is squeezed or cut."""
        fields = self.scroll.widget()
        # A new row's size reaches the form through posted layout requests; settle them now,
        # innermost first, so the size asked for below already counts it.
        for rows in (self.dates, self.related):
            rows.layout().activate()
        fields.layout().activate()
        screen = self.screen().availableGeometry().height() if self.screen() else 900
        room = max(200, screen - 160)  # the buttons, the problem line and the frame
        self.scroll.setMinimumHeight(min(fields.sizeHint().height() + 2, room))
        # Never narrower than the fields (they do not scroll sideways): a longer language's
        # labels and buttons widen the dialog instead of running off its right edge.
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(fields.minimumSizeHint().width() + bar)
        self.layout().activate()
        if self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    # --- fields ---------------------------------------------------------------------------------

    def _circle_default(self) -> int:
        circle_id = self.circle.currentData()
        for c in self.circles:
            if c.id == circle_id:
                return c.default_cadence_days
        return 30

    def _sync_cadence(self, *_args) -> None:
        default = self._circle_default()
        self.use_default.setText(
            self.tr("use the circle's usual rhythm (%1 days)").replace("%1", str(default))
        )
        if self.use_default.isChecked():
            self.cadence.setValue(default)
        self.cadence.setEnabled(not self.use_default.isChecked())

    def _sync_birthday(self, *_args) -> None:
        has = self.month.currentData() != 0
        self.day.setEnabled(has)
        self.year.setEnabled(has)

    def add_contact_row(self, kind: str = "phone", label: str = "", value: str = "") -> ContactRow:
        row = ContactRow(kind, label, value)
        row.remove_requested.connect(self._remove_row)
        self.contact_rows.append(row)
        self.contacts_box.addWidget(row)
        return row

    def _remove_row(self, row: QWidget) -> None:
        self.contact_rows.remove(row)
        self.contacts_box.removeWidget(row)
        row.deleteLater()
        self.add_contact.setFocus()

    def person_input(self) -> PersonInput:
        birthday = None
        if self.month.currentData():
            year = self.year.value()
            birthday = BirthdayDate(
                self.month.currentData(), self.day.value(), None if year == NO_YEAR else year
            )
        return PersonInput(
            name=self.name.text(),
            circle_id=self.circle.currentData(),
            cadence_days=None if self.use_default.isChecked() else self.cadence.value(),
            birthday=birthday,
            contacts=[row.triple() for row in self.contact_rows if row.triple()[2]],
            notes=self.notes.toPlainText().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            nickname=self.nickname.text(),
            dates=[row.special_date() for row in self.dates.rows],
            related=[row.pair() for row in self.related.rows if row.pair()[1]],
        )

    # --- actions --------------------------------------------------------------------------------

    def save(self) -> None:
        show_problem(self.problem, None)
        try:
            data = self.person_input()
            if self.person_id is None:
                self.person_id = self.companion.people.add(data)
            else:
                self.companion.people.update(self.person_id, data)
        except CompanionError as exc:
            show_problem(self.problem, exc)
            return
        self.saved.emit(self.person_id)
        self.accept()

    def toggle_archived(self) -> None:
        try:
            self.companion.people.set_archived(self.person_id, not self.archived)
        except CompanionError as exc:
            show_problem(self.problem, exc)
            return
        self.archived = not self.archived
        self.saved.emit(self.person_id)
        self.accept()

    def confirm_delete(self) -> None:
        name = self.name.text().strip() or self.tr("this person")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete %1?").replace("%1", name))
        box.setText(self.tr("Delete %1 and your notes about them?").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "This can't be undone. If you'd rather keep your shared history, "
                "Archive keeps it and stops reminders."
            )
        )
        self.delete_yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setAccessibleName(box.windowTitle())
        box.finished.connect(lambda _r: self._delete_answered(box))
        self.confirm_box = box
        box.open()

    def _delete_answered(self, box: QMessageBox) -> None:
        self.confirm_box = None
        if box.clickedButton() is not self.delete_yes:
            return
        try:
            self.companion.people.delete(self.person_id)
        except CompanionError as exc:
            show_problem(self.problem, exc)
            return
        self.deleted.emit(self.person_id)
        self.accept()
