"""Import contacts from vCard files: choose, read on the task runner's worker with progress and
Cancel, preview, confirm.

The parsing touches no storage; matching against people already in Companion happens on the UI
thread, and the one-transaction write runs on the worker while a progress window shows. The runner
runs one task at a time, so storage is never shared between threads.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import Cancelled, CompanionError
from ui.importing import ImportWizard
from ui.pages.base import text_label
from ui.theme import set_relative_font


def _file_share(control, base: int, files: int, done: int, total: int) -> None:
    """Whole files count as equal shares of the bar."""
    share = done / total if total else 1.0
    control.progress(round((base + share) * 1000), 1000 * files)


def read_contact_files(
    paths: list[Path],
    include_photos: bool,
    control,
    *,
    encodings: dict[str, str],
    complete_cards_only: bool,
) -> list:
    """Parse the files on the worker: (file name, VCardParseResult) pairs in file order."""
    from companion.importers.vcard import read_vcard_file

    results = []
    for n, path in enumerate(paths):
        progress = partial(_file_share, control, n, len(paths))
        results.append(
            (
                path.name,
                read_vcard_file(
                    path,
                    include_photos=include_photos,
                    progress=progress,
                    cancelled=control.cancelled,
                    encoding=encodings.get(path.name),
                    complete_cards_only=complete_cards_only,
                ),
            )
        )
    return results


def combined_preview(companion, results):
    """One preview over several files (so one confirm is one transaction), matched on this thread.

    Cards are renumbered across files; problems keep the file name and the card's own position.
    """
    # Each problem keeps its file's name and the card's own number in that file.
    problems = [(name, p) for name, result in results for p in result.problems]
    return companion.contacts_import.preview_parsed(results), problems


class ImportContactsWizard(ImportWizard):
    """The shared import steps (ui/importing.py) in one window: choose, reading, (possible
    duplicates,) preview, done. Nothing is written until Import."""

    imported = Signal(object)  # ContactsImportSummary

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.paths: list[Path] = []
        self.results = []
        self.encodings: dict[str, str] = {}
        self.complete_cards_only = False
        self.pair_boxes: dict[int, QComboBox] = {}
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAccessibleName(self.tr("Import contacts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._build_choose()
        self._build_reading()
        self._build_pairs()
        self._build_preview()
        self._build_done()
        self.resize(760, 560)
        self.stack.setCurrentWidget(self.choose_page)

    # --- step 1: choose ---------------------------------------------------------------------------

    def _build_choose(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = text_label(self.tr("Bring in people from your contacts"), self.tr("Step title"))
        set_relative_font(title, 1.2, bold=True)
        layout.addWidget(title)
        layout.addWidget(
            text_label(
                self.tr(
                    "Choose one or more .vcf files exported from your phone, Google, Apple or "
                    "Outlook. You'll see everyone before anything is saved, and can leave anyone out."
                ),
                self.tr("About importing"),
            )
        )
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Chosen files"))
        layout.addWidget(self.file_list, 1)
        self.choose_button = QPushButton(self.tr("&Choose files…"))
        self.choose_button.setAccessibleName(self.tr("Choose files"))
        self.choose_button.clicked.connect(self._ask_files)
        self.photos = QCheckBox(self.tr("Also bring in &photos"))
        self.photos.setAccessibleName(self.tr("Also bring in photos"))
        self.photos.setChecked(False)
        self.choose_problem = text_label("", self.tr("Problem"))
        self.choose_problem.hide()
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.photos)
        layout.addWidget(self.choose_problem)
        self.complete_button = QPushButton(self.tr("Import only the &complete cards"))
        self.complete_button.setAccessibleName(self.tr("Import only the complete cards"))
        self.complete_button.clicked.connect(self.read_complete_cards)
        self.complete_button.hide()
        layout.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_choose = QPushButton(self.tr("Cancel"))
        self.cancel_choose.setAccessibleName(self.tr("Cancel"))
        self.cancel_choose.clicked.connect(self.reject)
        self.read_button = QPushButton(self.tr("&Next"))
        self.read_button.setAccessibleName(self.tr("Next: read the files"))
        self.read_button.setDefault(True)
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self.start_reading)
        row.addWidget(self.cancel_choose)
        row.addWidget(self.read_button)
        layout.addLayout(row)
        self.choose_page = page
        self.stack.addWidget(page)

    def _ask_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose contact files"),
            str(Path.home()),
            self.tr("Contact files (*.vcf *.vcard);;All files (*)"),
        )
        if files:
            self.set_files([Path(f) for f in files])

    def set_files(self, paths) -> None:
        self.paths = [Path(p) for p in paths]
        self.encodings = {}
        self.complete_cards_only = False
        self.complete_button.hide()
        self.file_list.clear()
        for path in self.paths:
            self.file_list.addItem(path.name)
        self.read_button.setEnabled(bool(self.paths))

    # --- step 2: reading --------------------------------------------------------------------------

    def _build_reading(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.reading_label = text_label(self.tr("Reading your contacts…"), self.tr("Reading"))
        layout.addWidget(self.reading_label)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading progress"))
        layout.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel reading"))
        self.cancel_button.clicked.connect(self.cancel_reading)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.reading_page = page
        self.stack.addWidget(page)

    def start_reading(self) -> None:
        if not self.paths or self.task is not None:
            return
        paths, photos = list(self.paths), self.photos.isChecked()
        encodings, complete = dict(self.encodings), self.complete_cards_only
        self.read(
            self.tr("Reading your contacts…"),
            lambda control: read_contact_files(
                paths, photos, control, encodings=encodings, complete_cards_only=complete
            ),
        )

    def reading_started(self, message: str) -> None:
        self.choose_problem.hide()
        self.complete_button.hide()
        self.progress.setRange(0, 0)
        self.stack.setCurrentWidget(self.reading_page)
        self.cancel_button.setFocus()

    def reading_stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.reading_label.setText(self.tr("Stopping…"))

    def reading_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def reading_over(self) -> None:
        self.cancel_button.setEnabled(True)
        self.reading_label.setText(self.tr("Reading your contacts…"))

    def read_cancelled(self) -> None:
        self.read_failed(str(Cancelled()), None)

    def read_failed(self, message: str, error) -> None:
        from companion.importers.vcard import FileEndsInsideCard

        self.choose_problem.setText(self.tr(message))
        self.choose_problem.show()
        self.complete_button.setVisible(isinstance(error, FileEndsInsideCard))
        self.stack.setCurrentWidget(self.choose_page)
        self.read_button.setFocus()

    def read_complete_cards(self) -> None:
        """The user's explicit choice for a file that was cut off: leave out the cut card."""
        self.complete_cards_only = True
        self.start_reading()

    def read_done(self, results) -> None:
        self.results = results
        try:
            self.preview, self.file_problems = combined_preview(self.companion, results)
        except CompanionError as exc:
            self.read_failed(str(exc), exc)
            return
        self._fill_preview()
        if self.pair_rows:
            self.stack.setCurrentWidget(self.pairs_page)
            self.pairs_table.setFocus()
        else:
            self.stack.setCurrentWidget(self.preview_page)
            self.table.setFocus()

    # --- step 3a: possible duplicates, side by side ----------------------------------------------

    def _build_pairs(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = text_label(self.tr("These might be the same person"), self.tr("Step title"))
        set_relative_font(title, 1.1, bold=True)
        layout.addWidget(title)
        layout.addWidget(
            text_label(
                self.tr(
                    "Each card on the left shares a name or a number with someone on the right, "
                    "but not enough to be sure. Both are kept unless you choose otherwise."
                ),
                self.tr("About possible duplicates"),
            )
        )
        self.pairs_table = QTableWidget(0, 3)
        self.pairs_table.setAccessibleName(self.tr("Possible duplicates"))
        self.pairs_table.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Might be"), self.tr("What to do")]
        )
        self.pairs_table.verticalHeader().hide()
        self.pairs_table.setWordWrap(True)
        self.pairs_table.setTabKeyNavigation(False)
        header = self.pairs_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.pairs_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pairs_back = QPushButton(self.tr("&Back"))
        self.pairs_back.setAccessibleName(self.tr("Back"))
        self.pairs_back.clicked.connect(lambda: self.stack.setCurrentWidget(self.choose_page))
        self.pairs_next = QPushButton(self.tr("&Next"))
        self.pairs_next.setAccessibleName(self.tr("Next: everyone in the files"))
        self.pairs_next.setDefault(True)
        self.pairs_next.clicked.connect(self._pairs_done)
        row.addWidget(self.pairs_back)
        row.addWidget(self.pairs_next)
        layout.addLayout(row)
        self.pairs_page = page
        self.pair_rows: list[int] = []
        self.stack.addWidget(page)

    def _card_text(self, contact) -> str:
        lines = [contact.name]
        lines += [f"{label} {value}".strip() for label, value in contact.phones]
        lines += [value for _label, value in contact.emails]
        lines += [f"{service}: {handle}" for service, handle in contact.handles]
        if contact.birthday:
            b = contact.birthday
            lines.append(self.tr("birthday %1").replace("%1", f"{b.day}/{b.month}"))
        return "\n".join(lines)

    def _other_text(self, dup) -> str:
        preview = self.preview
        if dup.existing_person_id is not None:
            person = preview.existing.get(dup.existing_person_id)
            if person is None:
                return preview.name_of(dup)
            lines = [self.tr("%1 (already in Companion)").replace("%1", person.name)]
            lines += list(person.phones) + list(person.emails) + list(person.handles)
            return "\n".join(lines)
        card = next(c for c in preview.contacts if c.position == dup.other_position)
        return self.tr("%1\n(earlier in the file)").replace("%1", self._card_text(card))

    def _fill_pairs(self) -> None:
        pairs = self.preview.possible_duplicates()
        self.pair_rows = [contact.position for contact, _dup in pairs]
        self.pair_boxes = {}
        self.pairs_table.setRowCount(len(pairs))
        for row, (contact, dup) in enumerate(pairs):
            left = QTableWidgetItem(self._card_text(contact))
            left.setFlags(left.flags() & ~Qt.ItemFlag.ItemIsEditable)
            left.setToolTip(dup.reason)
            right = QTableWidgetItem(self._other_text(dup) + "\n" + self.tr(dup.reason))
            right.setFlags(right.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.pairs_table.setItem(row, 0, left)
            self.pairs_table.setItem(row, 1, right)
            box = QComboBox()
            box.setAccessibleName(self.tr("What to do with %1").replace("%1", contact.name))
            box.addItem(self.tr("Keep both"), "import")
            box.addItem(self.tr("Merge"), "merge")
            box.addItem(self.tr("Leave this card out"), "skip")
            box.currentIndexChanged.connect(
                lambda _i, pos=contact.position, b=box: self.set_decision(pos, b.currentData())
            )
            self.pairs_table.setCellWidget(row, 2, box)
            self.pair_boxes[contact.position] = box
        self.pairs_table.resizeRowsToContents()

    def set_pair_decision(self, position: int, decision: str) -> None:
        box = self.pair_boxes[position]
        box.setCurrentIndex(box.findData(decision))

    def _pairs_done(self) -> None:
        self.stack.setCurrentWidget(self.preview_page)
        self.table.setFocus()

    # --- step 3: preview --------------------------------------------------------------------------

    def _build_preview(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_title = text_label("", self.tr("What's in the files"))
        set_relative_font(self.preview_title, 1.1, bold=True)
        layout.addWidget(self.preview_title)
        encoding_row = QHBoxLayout()
        self.encoding_note = text_label("", self.tr("Character set"))
        self.encoding_box = QComboBox()
        self.encoding_box.setAccessibleName(self.tr("Read the file as"))
        self.encoding_box.activated.connect(self._encoding_chosen)
        encoding_row.addWidget(self.encoding_note, 1)
        encoding_row.addWidget(self.encoding_box, 1)
        layout.addLayout(encoding_row)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Contacts to bring in"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Details"), self.tr("What to do"), self.tr("Circle")]
        )
        self.table.verticalHeader().hide()
        # A row as tall as its wrapped details, at whatever width the window gives them.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        default_row = QHBoxLayout()
        self.default_circle = QComboBox()
        self.default_circle.setAccessibleName(self.tr("Circle for everyone new"))
        self.set_all_circles = QPushButton(self.tr("Put everyone in this circle"))
        self.set_all_circles.setAccessibleName(self.tr("Put everyone in this circle"))
        self.set_all_circles.clicked.connect(self._apply_default_circle)
        default_row.addWidget(self.default_circle, 1)
        default_row.addWidget(self.set_all_circles)
        layout.addLayout(default_row)
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(self.tr("Cards that couldn't be read"))
        self.problems_list.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.problems_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.choose_page))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.clicked.connect(self.commit)
        row.addWidget(self.back_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.preview_page = page
        self.stack.addWidget(page)

    def _fill_encoding(self) -> None:
        unsure = [(name, r) for name, r in self.results if not r.encoding_confident]
        self.encoding_note.setVisible(bool(unsure))
        self.encoding_box.setVisible(bool(unsure))
        self.encoding_box.clear()
        if not unsure:
            return
        name, result = unsure[0]
        self.encoding_file = name
        self.encoding_note.setText(
            self.tr(
                "%1 doesn't say which character set it uses, and Companion isn't sure of its "
                "guess. If the names look wrong, choose the reading where they look right:"
            ).replace("%1", name)
        )
        for choice in result.encoding_choices:
            label = f"{choice.language} ({choice.codec})" if choice.language else choice.codec
            self.encoding_box.addItem(f"{label}: {choice.sample[:60]}", choice.codec)
        self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(result.encoding)))

    def _encoding_chosen(self, _index: int) -> None:
        codec = self.encoding_box.currentData()
        if not codec:
            return
        self.encodings[self.encoding_file] = codec
        self.start_reading()

    def _fill_preview(self) -> None:
        preview = self.preview
        self._fill_encoding()
        circles = self.companion.people.circles()
        self.default_circle.clear()
        self.default_circle.addItem(self.tr("No circle"), None)
        for c in circles:
            self.default_circle.addItem(c.name, c.id)
        wider = circles[-1].id if circles else None
        self.default_circle.setCurrentIndex(max(0, self.default_circle.findData(wider)))
        self.table.setRowCount(len(preview.contacts))
        self.decision_boxes: dict[int, QComboBox] = {}
        self.circle_boxes: dict[int, QComboBox] = {}
        for row, contact in enumerate(preview.contacts):
            name = QTableWidgetItem(contact.name)
            name.setData(Qt.ItemDataRole.UserRole, contact.position)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            bits = [v for _l, v in contact.phones[:1] + contact.emails[:1]]
            if contact.birthday:
                bits.append(self.tr("birthday"))
            if contact.dates:
                bits.append(
                    self.tr("1 other date")
                    if len(contact.dates) == 1
                    else self.tr("%1 other dates").replace("%1", str(len(contact.dates)))
                )
            if contact.nickname and contact.nickname != contact.name:
                bits.append(self.tr("nickname %1").replace("%1", contact.nickname))
            if contact.related:
                bits.append(
                    self.tr("related: %1").replace(
                        "%1", ", ".join(name for _label, name in contact.related)
                    )
                )
            dups = preview.duplicates.get(contact.position, [])
            sure = preview.sure_match(contact.position)
            possible = preview.possible_match(contact.position)
            if sure is not None and sure.existing_person_id is not None:
                words = self.tr("looks like %1 (%2)")
            elif sure is not None:
                words = self.tr("the same person as %1, earlier in the file (%2)")
            elif possible is not None:
                words = self.tr("might be %1 (%2)")
            match = sure or possible
            if match is not None:
                bits.insert(
                    0,
                    words.replace("%1", preview.name_of(match)).replace(
                        "%2", self.tr(match.reason)
                    ),
                )
            details = QTableWidgetItem(" · ".join(bits))
            details.setFlags(details.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 1, details)
            decision = QComboBox()
            decision.setAccessibleName(self.tr("What to do with %1").replace("%1", contact.name))
            decision.addItem(self.tr("Add") if not dups else self.tr("Keep both"), "import")
            decision.addItem(self.tr("Leave out"), "skip")
            if dups:
                decision.addItem(self.tr("Merge"), "merge")
            decision.setCurrentIndex(decision.findData(preview.suggested(contact.position)))
            self.table.setCellWidget(row, 2, decision)
            self.decision_boxes[contact.position] = decision
            circle = QComboBox()
            circle.setAccessibleName(self.tr("Circle for %1").replace("%1", contact.name))
            circle.addItem(self.tr("No circle"), None)
            for c in circles:
                circle.addItem(c.name, c.id)
            circle.setCurrentIndex(max(0, circle.findData(wider)))
            self.table.setCellWidget(row, 3, circle)
            self.circle_boxes[contact.position] = circle
        # The choice lists as wide as their longest words (a circle's name, a long language).
        for column in (2, 3):
            self.table.resizeColumnToContents(column)
        self.problems_list.clear()
        for file_name, problem in self.file_problems:
            self.problems_list.addItem(
                self.tr("%1, card %2 (line %3): %4")
                .replace("%1", file_name)
                .replace("%2", str(problem.position))
                .replace("%3", str(problem.line))
                .replace("%4", problem.message)
            )
        self.problems_list.setVisible(bool(self.file_problems))
        count = len(preview.contacts)
        title = self.tr("People found in %1: %n.", "", count)
        title = title.replace("%1", preview.source)
        if self.file_problems:
            title += " " + self.tr(
                "Cards that couldn't be read, listed below: %n.", "", len(self.file_problems)
            )
        self.preview_title.setText(title)
        self.import_button.setEnabled(count > 0)
        self._fill_pairs()

    def _apply_default_circle(self) -> None:
        for box in self.circle_boxes.values():
            box.setCurrentIndex(max(0, box.findData(self.default_circle.currentData())))

    def set_decision(self, position: int, decision: str) -> None:
        box = self.decision_boxes[position]
        box.setCurrentIndex(box.findData(decision))

    # --- step 4: write and done ------------------------------------------------------------------

    def _build_done(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.done_label = text_label("", self.tr("Import finished"))
        set_relative_font(self.done_label, 1.1, bold=True)
        layout.addWidget(self.done_label)
        self.done_details = QPlainTextEdit()
        self.done_details.setReadOnly(True)
        self.done_details.setAccessibleName(self.tr("Who went where"))
        self.done_details.hide()
        layout.addWidget(self.done_details, 3)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.done_page = page
        self.stack.addWidget(page)

    def commit(self) -> None:
        decisions = {pos: box.currentData() for pos, box in self.decision_boxes.items()}
        circles = {pos: box.currentData() for pos, box in self.circle_boxes.items()}
        contacts_import, preview = self.companion.contacts_import, self.preview
        # One transaction on the worker; it can't be stopped halfway, so no Cancel.
        if not self.write(
            self.tr("Import contacts"),
            lambda _control: contacts_import.commit(preview, decisions=decisions, circles=circles),
            cancellable=False,
        ):
            return
        summary = self.summary
        from companion.services.contacts_import import summary_lines

        text = self.tr("People added: %n", "", summary.added)
        if summary.merged:
            text += self.tr(", updated %n", "", summary.merged)
        if summary.unchanged:
            text += self.tr(", %n already here with nothing new", "", summary.unchanged)
        if summary.skipped:
            text += self.tr(", left out %n", "", summary.skipped)
        details = summary_lines(self.preview, summary, merge_option=False)[1:]
        self.done_label.setText(text + ".")
        self.done_details.setPlainText("\n".join(self.tr(line) for line in details))
        self.done_details.setVisible(bool(details))
        self.stack.setCurrentWidget(self.done_page)
        self.done_button.setFocus()
        self.imported.emit(summary)

    def commit_failed(self, message: str) -> None:
        self.preview_title.setText(self.tr(message))

    def commit_cancelled(self) -> None:  # the write has no Cancel; for completeness
        self.commit_failed(str(Cancelled()))
