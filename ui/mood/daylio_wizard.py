"""Import moods from a Daylio CSV export: choose the file, match its mood names to the five levels,
see what is new, import in one transaction (with Cancel), and read a short summary.

Reading and the write run on the task runner's worker (one task at a time, so storage is never
shared between threads) while a progress window shows; Cancel rolls the whole import back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import Cancelled, CompanionError
from ui.pages.base import text_label
from ui.theme import set_relative_font

CHECK_EVERY = 200  # the import service asks about cancelling once per this many rows
CHOOSE, MAPPING, DONE = range(3)


def _page(title: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(10)
    heading = text_label(title, title)
    set_relative_font(heading, 1.2, bold=True)
    layout.addWidget(heading)
    return page, layout


class DaylioImportDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = context.companion
        self.preview = None
        self.summary = None
        self.combos: dict[str, QComboBox] = {}
        self.tasks = context.tasks
        self.setWindowTitle(self.tr("Import from Daylio"))
        self.setAccessibleName(self.tr("Import from Daylio"))
        self.resize(640, 520)
        self.stack = QStackedWidget()

        # 1. choose the file
        page, layout = _page(self.tr("Choose your Daylio export"))
        layout.addWidget(
            text_label(
                self.tr(
                    "In Daylio, go to More → Export entries → CSV, and save the file where this "
                    "computer can see it. Nothing is imported until you say so."
                ),
                self.tr("How to export from Daylio"),
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Daylio file"))
        self.path_edit.setPlaceholderText(self.tr("daylio_export.csv"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.choose_problem = text_label("", self.tr("Problem with the file"), selectable=True)
        self.choose_problem.hide()
        layout.addWidget(self.choose_problem)
        layout.addStretch(1)
        self.stack.addWidget(page)

        # 2. mapping and counts
        page, layout = _page(self.tr("Match your moods"))
        self.mapping_intro = text_label("", self.tr("About matching moods"))
        layout.addWidget(self.mapping_intro)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Daylio moods and their levels"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mood in Daylio"), self.tr("Entries"), self.tr("Level in Companion")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.counts = text_label("", self.tr("What will be imported"), selectable=True)
        layout.addWidget(self.counts)
        self.problems = text_label("", self.tr("Rows left out"), selectable=True)
        layout.addWidget(self.problems)
        self.stack.addWidget(page)

        # 3. summary
        page, layout = _page(self.tr("Done"))
        self.summary_label = text_label("", self.tr("Import summary"), selectable=True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        self.stack.addWidget(page)

        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(lambda: self._go(CHOOSE))
        self.next = QPushButton(self.tr("Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._go(CHOOSE)

    # --- steps -----------------------------------------------------------------------------------

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.back.setVisible(index == MAPPING)
        self.next.setText((self.tr("Next"), self.tr("Import"), self.tr("Close"))[index])
        self.cancel.setVisible(index != DONE)
        self._update_next()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Daylio export"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if name:
            self.path_edit.setText(name)

    def _next(self) -> None:
        index = self.stack.currentIndex()
        if index == CHOOSE:
            self.choose_file(self.path_edit.text())
        elif index == MAPPING:
            self.start_import()
        else:
            self.accept()

    def choose_file(self, path: str | Path) -> bool:
        """Read the file and show the mapping; False (with the reason shown) if it can't be read."""
        self.path_edit.setText(str(path))
        daylio, file = self.companion.daylio, Path(str(path).strip())
        try:
            # Nothing is written while reading: on Cancel whatever was read is dropped.
            self.preview = self.tasks.run(
                self,
                self.tr("Import from Daylio"),
                lambda _control: daylio.preview(file),
                undo=lambda _preview: None,
            )
        except CompanionError as exc:
            self.choose_problem.setText(str(exc))
            self.choose_problem.setAccessibleName(str(exc))
            self.choose_problem.show()
            return False
        except OSError as exc:
            message = (
                self.tr("Couldn't read %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            self.choose_problem.setText(message)
            self.choose_problem.show()
            return False
        self.choose_problem.hide()
        self._fill_mapping()
        self._go(MAPPING)
        return True

    def _fill_mapping(self) -> None:
        p = self.preview
        labels = self.companion.mood.labels()
        self.combos = {}
        self.table.setRowCount(len(p.mood_names))
        for row, name in enumerate(p.mood_names):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(p.mood_counts.get(name, 0))))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Level for “%1”").replace("%1", name))
            combo.addItem(self.tr("Choose a level…"), None)
            for level in range(5, 0, -1):
                combo.addItem(f"{level}  {labels[level - 1]}", level)
            suggested = p.suggested.get(name)
            combo.setCurrentIndex(combo.findData(suggested) if suggested else 0)
            combo.currentIndexChanged.connect(self._update_next)
            self.combos[name] = combo
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        unknown = len(p.unmapped)
        intro = self.tr(
            "Daylio keeps only the name of each mood, so tell Companion which of its five levels "
            "each one means."
        )
        if unknown:
            intro += " " + self.tr("%n mood(s) need a level from you.", "", unknown)
        self.mapping_intro.setText(intro)
        self.mapping_intro.setAccessibleName(intro)
        counts = self.tr(
            "%1 entries in %2: %3 new, %4 already in Companion (updated where they were edited "
            "in Daylio since, otherwise left as they are)."
        )
        counts = (
            counts.replace("%1", str(p.entries))
            .replace("%2", p.file_name)
            .replace("%3", str(p.new))
            .replace("%4", str(p.duplicates))
        )
        self.counts.setText(counts)
        self.counts.setAccessibleName(counts)
        if p.problems:
            lines = "\n".join(
                self.tr("Line %1: %2").replace("%1", str(pr.line)).replace("%2", pr.message)
                for pr in p.problems[:20]
            )
            more = len(p.problems) - 20
            if more > 0:
                lines += "\n" + self.tr("…and %1 more.").replace("%1", str(more))
            text = self.tr("These rows can't be read and will be left out:") + "\n" + lines
            self.problems.setText(text)
            self.problems.setAccessibleName(text)
            self.problems.show()
        else:
            self.problems.hide()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def set_level(self, mood_name: str, level: int) -> None:
        combo = self.combos[mood_name]
        combo.setCurrentIndex(combo.findData(level))

    def _update_next(self, *_args) -> None:
        if self.stack.currentIndex() == MAPPING:
            self.next.setEnabled(all(v is not None for v in self.mapping().values()))
        else:
            self.next.setEnabled(True)

    def start_import(self) -> bool:
        mapping = self.mapping()
        if any(v is None for v in mapping.values()):
            return False
        daylio, preview = self.companion.daylio, self.preview
        total = max(1, preview.entries)

        def work(control):
            checks = iter(range(0, total + CHECK_EVERY, CHECK_EVERY))

            def cancel_requested() -> bool:
                # Asked once per CHECK_EVERY rows: the bar moves on, and Cancel is heard.
                control.progress(min(total, next(checks, total)), total)
                return control.cancelled()

            return daylio.commit(preview, mapping, cancel_requested=cancel_requested)

        try:
            self.summary = self.tasks.run(
                self, self.tr("Import from Daylio"), work, cancellable=True
            )
        except Cancelled:
            self._show_summary(self.tr("Import cancelled. Nothing was imported."))
            return False
        except CompanionError as exc:
            self._show_summary(
                str(exc) + " " + self.tr("Nothing was imported; your moods are as they were.")
            )
            return False
        s = self.summary
        parts = [
            self.tr("Imported %1 mood entries.").replace("%1", str(s.imported)),
        ]
        if s.updated:
            parts.append(
                self.tr("Updated %1 edited in Daylio since they were imported.").replace(
                    "%1", str(s.updated)
                )
            )
        if s.kept_edits:
            parts.append(
                self.tr("Kept %1 you had edited in Companion.").replace("%1", str(s.kept_edits))
            )
        if s.duplicates:
            parts.append(
                self.tr("%1 were already here and were skipped.").replace("%1", str(s.duplicates))
            )
        if s.new_tags:
            parts.append(self.tr("%1 new activities.").replace("%1", str(s.new_tags)))
        if s.problems:
            parts.append(
                self.tr("Left out lines %1.").replace(
                    "%1", ", ".join(str(n) for n in s.problem_lines)
                )
            )
        self._show_summary(" ".join(parts))
        return True

    def _show_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setAccessibleName(text)
        self._go(DONE)
