"""Import contacts from vCard files: choose, read in a worker with progress and Cancel, preview, confirm.

Only the parsing (pure, no database) runs in the worker thread. Matching against people already in
Companion and the one-transaction write happen on the UI thread, so storage is never shared.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.errors import Cancelled, CompanionError
from ui.pages.base import text_label
from ui.theme import set_relative_font


class ReadContactsThread(QThread):
    """Parses the files; emits `progress(done, total)` and then `read(list)` or
    `failed(message, cancelled)`. `read` carries (file name, VCardParseResult) pairs in file order.
    """

    progress = Signal(int, int)
    read = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, paths: list[Path], include_photos: bool, parent=None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.include_photos = include_photos
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from companion.importers.vcard import read_vcard_file

        results = []
        try:
            for n, path in enumerate(self.paths):
                base = n

                def progress(done: int, total: int, base: int = base) -> None:
                    # Whole files count as equal shares of the bar.
                    share = done / total if total else 1.0
                    self.progress.emit(round((base + share) * 1000), 1000 * len(self.paths))

                results.append(
                    (
                        path.name,
                        read_vcard_file(
                            path,
                            include_photos=self.include_photos,
                            progress=progress,
                            cancelled=self._cancel.is_set,
                        ),
                    )
                )
        except Cancelled as exc:
            self.failed.emit(str(exc), True)
            return
        except CompanionError as exc:
            self.failed.emit(str(exc), False)
            return
        self.read.emit(results)


def combined_preview(companion, results):
    """One preview over several files (so one confirm is one transaction), matched on this thread.

    Cards are renumbered across files; problems keep the file name and the card's own position.
    """
    # Each problem keeps its file's name and the card's own number in that file.
    problems = [(name, p) for name, result in results for p in result.problems]
    return companion.contacts_import.preview_parsed(results), problems


class ImportContactsWizard(QDialog):
    """Four steps in one window: choose, reading, preview, done. Nothing is written until Import."""

    imported = Signal(object)  # ContactsImportSummary

    def __init__(self, companion, parent=None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.paths: list[Path] = []
        self.thread: ReadContactsThread | None = None
        self.preview = None
        self.summary = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAccessibleName(self.tr("Import contacts"))
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._build_choose()
        self._build_reading()
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
        if not self.paths or self.thread is not None:
            return
        self.choose_problem.hide()
        self.progress.setRange(0, 0)
        self.stack.setCurrentWidget(self.reading_page)
        self.cancel_button.setFocus()
        thread = ReadContactsThread(self.paths, self.photos.isChecked(), self)
        thread.progress.connect(self._progress)
        thread.read.connect(self._read)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_done)
        self.thread = thread
        thread.start()

    def cancel_reading(self) -> None:
        if self.thread is not None:
            self.cancel_button.setEnabled(False)
            self.reading_label.setText(self.tr("Stopping…"))
            self.thread.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _thread_done(self) -> None:
        if self.thread is not None:
            self.thread.deleteLater()
        self.thread = None
        self.cancel_button.setEnabled(True)
        self.reading_label.setText(self.tr("Reading your contacts…"))

    def _failed(self, message: str, cancelled: bool) -> None:
        self.choose_problem.setText(self.tr(message))
        self.choose_problem.show()
        self.stack.setCurrentWidget(self.choose_page)
        self.read_button.setFocus()

    def _read(self, results) -> None:
        try:
            self.preview, self.file_problems = combined_preview(self.companion, results)
        except CompanionError as exc:
            self._failed(str(exc), False)
            return
        self._fill_preview()
        self.stack.setCurrentWidget(self.preview_page)
        self.table.setFocus()

    # --- step 3: preview --------------------------------------------------------------------------

    def _build_preview(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_title = text_label("", self.tr("What's in the files"))
        set_relative_font(self.preview_title, 1.1, bold=True)
        layout.addWidget(self.preview_title)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Contacts to bring in"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Details"), self.tr("What to do"), self.tr("Circle")]
        )
        self.table.verticalHeader().hide()
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

    def _fill_preview(self) -> None:
        preview = self.preview
        circles = self.companion.people.circles()
        self.default_circle.clear()
        self.default_circle.addItem(self.tr("No circle"), None)
        for c in circles:
            self.default_circle.addItem(c.name, c.id)
        wider = circles[-1].id if circles else None
        self.default_circle.setCurrentIndex(max(0, self.default_circle.findData(wider)))
        known = {pid: name for pid, name, _e, _p in self.companion.people.existing_contacts()}
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
            dups = preview.duplicates.get(contact.position, [])
            for d in dups:
                if d.existing_person_id is not None:
                    bits.insert(
                        0,
                        self.tr("looks like %1 (%2)")
                        .replace("%1", known.get(d.existing_person_id, "?"))
                        .replace("%2", d.reason),
                    )
                    break
            else:
                if dups:
                    bits.insert(0, self.tr("appears twice in the file"))
            details = QTableWidgetItem(" · ".join(bits))
            details.setFlags(details.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 1, details)
            decision = QComboBox()
            decision.setAccessibleName(self.tr("What to do with %1").replace("%1", contact.name))
            decision.addItem(self.tr("Add"), "import")
            decision.addItem(self.tr("Leave out"), "skip")
            if any(d.existing_person_id is not None for d in dups):
                decision.addItem(self.tr("Merge into existing"), "merge")
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
        title = self.tr("%1 people found in %2.").replace("%1", str(count))
        title = title.replace("%2", preview.source)
        if self.file_problems:
            title += " " + self.tr("%1 cards couldn't be read; they're listed below.").replace(
                "%1", str(len(self.file_problems))
            )
        self.preview_title.setText(title)
        self.import_button.setEnabled(count > 0)

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
        try:
            summary = self.companion.contacts_import.commit(
                self.preview, decisions=decisions, circles=circles
            )
        except CompanionError as exc:
            self.preview_title.setText(self.tr(str(exc)))
            return
        self.summary = summary
        text = self.tr("Added %1 people").replace("%1", str(summary.added))
        if summary.merged:
            text += self.tr(", updated %1").replace("%1", str(summary.merged))
        if summary.skipped:
            text += self.tr(", left out %1").replace("%1", str(summary.skipped))
        self.done_label.setText(text + ".")
        self.stack.setCurrentWidget(self.done_page)
        self.done_button.setFocus()
        self.imported.emit(summary)

    def reject(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
        super().reject()
