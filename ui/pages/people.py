"""People: everyone who matters, most in need of a hello first, with search and filters."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
)

from ui.pages.base import Page, text_label
from ui.people.common import STATUSES, status_icon, status_text
from ui.people.model import PeopleModel

UPCOMING = "upcoming"  # the status filter's "Dates coming up" (birthdays and other dates)


class PeoplePage(Page):
    kinds = frozenset({"people", "interactions"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(
            context,
            self.tr("People"),
            self.tr("The people who matter to you, and a gentle sense of when to say hello."),
            parent=parent,
        )
        self.dialog = None  # the person, editor, map or import window currently open

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.setAccessibleName(self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.import_button = QPushButton(self.tr("&Import contacts…"))
        self.import_button.setAccessibleName(self.tr("Import contacts"))
        self.import_button.clicked.connect(self.import_contacts)
        self.map_button = QPushButton(self.tr("Circles &map"))
        self.map_button.setAccessibleName(self.tr("Circles map"))
        self.map_button.clicked.connect(self.open_circles_map)
        self.log_button = QPushButton(self.tr("&Log interaction…"))
        self.log_button.setAccessibleName(self.tr("Log interaction"))
        self.log_button.setToolTip(self.tr("Note a chat, a call or a visit (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self.log_interaction())
        for button in (self.add_button, self.import_button, self.map_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.content.addLayout(buttons)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, numbers, tags…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.circle_filter = QComboBox()
        self.circle_filter.setAccessibleName(self.tr("Filter by circle"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_icon(status), status_text(status), status)
        # Not a status: birthdays in the next 30 days, soonest first.
        self.status_filter.addItem(self.tr("Dates coming up"), UPCOMING)
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.setAccessibleName(self.tr("Show archived people"))
        for combo in (self.circle_filter, self.tag_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.show_archived.toggled.connect(self.reload)
        # Search on one row, the three lists on the next: each list then has room for its
        # longest words in any language, even in a small window.
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_archived)
        self.content.addLayout(filters)
        lists = QHBoxLayout()
        for combo in (self.circle_filter, self.tag_filter, self.status_filter):
            lists.addWidget(combo, 1)
        self.content.addLayout(lists)

        self.model = PeopleModel(self, photo_source=self.companion.people.photo)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(
            round(self.table.fontMetrics().height() * 2.0)
        )
        self.table.setMinimumHeight(280)
        self.table.activated.connect(self._activated)
        self.content.addWidget(self.table, 1)

        self.summary = text_label("", self.tr("Summary"))
        self.content.addWidget(self.summary)
        self.empty_note = text_label(
            self.tr(
                "No one here yet. Add someone you'd like to stay close to, or import your "
                "contacts, and Companion will keep a kind eye on when you last talked."
            ),
            self.tr("No people yet"),
        )
        self.content.addWidget(self.empty_note)

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_filters()
        self.reload()

    def _fill_filters(self) -> None:
        people = self.companion.people
        circle = self.circle_filter.currentData()
        tag = self.tag_filter.currentData()
        self.circle_filter.blockSignals(True)
        self.circle_filter.clear()
        self.circle_filter.addItem(self.tr("All circles"), None)
        for c in people.circles():
            self.circle_filter.addItem(c.name, c.id)
        self.circle_filter.setCurrentIndex(max(0, self.circle_filter.findData(circle)))
        self.circle_filter.blockSignals(False)
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for name in people.tags():
            self.tag_filter.addItem(name, name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(tag)))
        self.tag_filter.blockSignals(False)

    def reload(self, *_args) -> None:
        """Ask the service again with the current search and filters (sorted by it, most due first)."""
        selected = self.selected_person_id()
        status = self.status_filter.currentData()
        people = self.companion.people.list(
            search=self.search.text(),
            circle_id=self.circle_filter.currentData(),
            tag=self.tag_filter.currentData(),
            status=None if status == UPCOMING else status,
            include_archived=self.show_archived.isChecked(),
        )
        if status == UPCOMING:
            from companion.domain.planners.upcoming import upcoming_for

            by_id = {p.id: p for p in people}
            people = [by_id[u.person_id] for u in upcoming_for(people, self.companion.today())]
        self.model.set_people(people, with_photo=self.companion.people.with_photo())
        if selected is not None:
            self.select_person(selected)
        filtering = bool(
            self.search.text().strip()
            or self.circle_filter.currentData() is not None
            or self.tag_filter.currentData() is not None
            or self.status_filter.currentData() is not None
        )
        due = sum(1 for p in people if p.status == "overdue" and not p.archived)
        soon = sum(1 for p in people if p.status == "due_soon" and not p.archived)
        if not people and filtering:
            summary = self.tr("No one matches. Try fewer filters.")
        elif not people:
            summary = ""
        elif due == 0 and soon == 0:
            summary = self.tr("You're in touch with everyone as often as you hoped.")
        elif due == 0 and soon == 1:
            summary = self.tr("One person might enjoy a hello soon.")
        elif due == 0:
            summary = self.tr("%1 people might enjoy a hello soon.").replace("%1", str(soon))
        elif due == 1:
            summary = self.tr("One person might enjoy a hello.")
        else:
            summary = self.tr(
                "%1 people might enjoy a hello, whenever you have the energy."
            ).replace("%1", str(due))
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.empty_note.setVisible(not people and not filtering)

    def selected_person_id(self) -> int | None:
        index = self.table.currentIndex()
        view = self.model.person_at(index.row()) if index.isValid() else None
        return view.id if view else None

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # --- actions --------------------------------------------------------------------------------

    def _activated(self, index) -> None:
        view = self.model.person_at(index.row())
        if view is not None:
            self.open_person(view.id)

    def open_person(self, person_id: int) -> None:
        from ui.people.detail import PersonDialog

        self._show(PersonDialog(self.context, person_id, self))

    def add_person(self) -> None:
        from ui.people.editor import PersonEditor

        editor = PersonEditor(self.context, None, self)
        editor.saved.connect(self._added)
        self._show(editor)

    def _added(self, person_id: int) -> None:
        self.reload()
        self.select_person(person_id)

    def import_contacts(self) -> None:
        from ui.people.import_wizard import ImportContactsWizard

        self._show(ImportContactsWizard(self.context, self))

    def open_circles_map(self) -> None:
        from ui.people.circles_map import CirclesMapDialog

        dialog = CirclesMapDialog(self.context, self)
        dialog.person_chosen.connect(self.open_person)
        self._show(dialog)

    def log_interaction(self, person_ids=()) -> None:
        from ui.people.log_dialog import LogInteractionDialog

        if not person_ids and (selected := self.selected_person_id()) is not None:
            person_ids = (selected,)
        self._show(LogInteractionDialog(self.context, person_ids, self))

    def _show(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
