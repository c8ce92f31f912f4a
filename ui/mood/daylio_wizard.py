"""Import moods from a Daylio CSV export: choose the file, match its mood names to the five levels,
see what is new, import in one transaction (with Cancel), and read a short summary.

The shared steps (ui/importing.py): reading and the write run on the task runner's worker (one
task at a time, so storage is never shared between threads); Cancel rolls the whole import back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from companion.domain.errors import Cancelled, ImportFailed
from ui.importing import ImportWizard, problem_label, step_page
from ui.pages.base import show_text, text_label

CHECK_EVERY = 200  # the import service asks about cancelling once per this many rows
CHOOSE, MAPPING, DONE = range(3)


class DaylioImportDialog(ImportWizard):
    """The shared import steps (ui/importing.py) over a Daylio CSV export."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.combos: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Import from Daylio"))
        self.setAccessibleName(self.tr("Import from Daylio"))
        self.resize(640, 520)

        # 1. choose the file
        page, layout = step_page(self.tr("Choose your Daylio export"))
        layout.addWidget(
            text_label(
                self.tr(
                    "In Daylio, go to More → Export entries → CSV, and save the file where this "
                    "computer can see it. Nothing is imported until you say so."
                ),
                self.tr("How to export from Daylio"),
            )
        )
        layout.addLayout(
            self.file_row(
                self.tr("Daylio file"),
                self.tr("daylio_export.csv"),
                self.tr("Browse…"),
                self.tr("Daylio export"),
                self.tr("CSV files (*.csv);;All files (*)"),
            )
        )
        self.choose_problem = problem_label(self.tr("Problem with the file"))
        layout.addWidget(self.choose_problem)
        layout.addStretch(1)
        self.stack.addWidget(page)

        # 2. mapping and counts
        page, layout = step_page(self.tr("Match your moods"))
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
        self.finish_pages(
            self.tr("Done"),
            self.tr("Import summary"),
            self.tr("Back"),
            self.tr("Next"),
            self.tr("Cancel"),
            review=MAPPING,
        )
        self.go(CHOOSE)

    # --- steps -----------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.back.setVisible(index == MAPPING)
        self.next.setText((self.tr("Next"), self.tr("Import"), self.tr("Close"))[index])
        self.cancel.setVisible(index != DONE)
        self._update_next()

    def choose_file(self, path: str | Path) -> bool:
        """Start reading the file; the mapping shows when it is read. False (with the reason
        shown) if it can't start."""
        self.path_edit.setText(str(path))
        daylio, file = self.companion.daylio, Path(str(path).strip())
        unreadable = self.tr("Couldn't read %1: %2").replace("%1", str(path))

        def work(_control):
            try:
                return daylio.preview(file)
            except OSError as exc:
                raise ImportFailed(unreadable.replace("%2", exc.strerror or str(exc))) from None

        return self.read(self.tr("Import from Daylio"), work)

    def reading_started(self, message: str) -> None:
        self.next.setEnabled(False)

    def reading_over(self) -> None:
        self._update_next()

    def read_done(self, preview) -> None:
        self.preview = preview
        self.choose_problem.hide()
        self._fill_mapping()
        self.go(MAPPING)

    def read_failed(self, message: str, _error) -> None:
        show_text(self.choose_problem, message)

    def read_cancelled(self) -> None:
        show_text(self.choose_problem, str(Cancelled()))

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
            show_text(self.problems, text)
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
        if self.preview is None or any(v is None for v in mapping.values()):
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

        if not self.write(self.tr("Import from Daylio"), work, cancellable=True):
            return False
        s = self.summary
        parts = [
            self.tr("Mood entries imported: %n.", "", s.imported),
        ]
        if s.updated:
            parts.append(
                self.tr(
                    "Updated, as they were edited in Daylio since the last import: %n.",
                    "",
                    s.updated,
                )
            )
        if s.kept_edits:
            parts.append(self.tr("Kept as you had edited them in Companion: %n.", "", s.kept_edits))
        if s.duplicates:
            parts.append(self.tr("Already here, so skipped: %n.", "", s.duplicates))
        if s.new_tags:
            parts.append(self.tr("New activities: %n.", "", s.new_tags))
        if s.problems:
            parts.append(
                self.tr("Left out lines %1.").replace(
                    "%1", ", ".join(str(n) for n in s.problem_lines)
                )
            )
        self.show_summary(" ".join(parts))
        return True

    def commit_cancelled(self) -> None:
        self.show_summary(self.tr("Import cancelled. Nothing was imported."))

    def commit_failed(self, message: str) -> None:
        self.show_summary(
            message + " " + self.tr("Nothing was imported; your moods are as they were.")
        )
