"""Import screen time from ActivityWatch: choose an export (or read the local server, if allowed),
read it on the task runner's worker with progress and Cancel, look at the preview, then import
(on the worker too, in one transaction that Cancel rolls back).

The rules, time zone and setting are read before the reading starts, so the reader touches no
storage; the runner runs one task at a time, so the vault is never written from two threads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from companion.domain.errors import ImportFailed
from ui.importing import ImportWizard, problem_label, step_page
from ui.pages.base import show_text, text_label
from ui.screen.common import minutes_text, short_day

SERVER_DAYS = 14
CHOOSE, READING, PREVIEW, DONE = range(4)


class ActivityWatchImportDialog(ImportWizard):
    """The shared import steps (ui/importing.py) over ActivityWatch's export or local server."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Import from ActivityWatch"))
        self.setAccessibleName(self.tr("Import from ActivityWatch"))
        self.resize(680, 540)

        # 1. choose
        page, layout = step_page(self.tr("Choose your ActivityWatch export"))
        layout.addWidget(
            text_label(
                self.tr(
                    "In ActivityWatch, open Raw Data → Export all buckets as JSON, and choose that "
                    "file here. Companion reads it, shows you what it found, and imports nothing "
                    "until you say so."
                ),
                self.tr("How to export from ActivityWatch"),
            )
        )
        layout.addLayout(
            self.file_row(
                self.tr("ActivityWatch export file"),
                "aw-buckets-export.json",
                self.tr("&Browse…"),
                self.tr("ActivityWatch export"),
                self.tr("JSON files (*.json);;All files (*)"),
            )
        )
        self.server_button = QPushButton(self.tr("Read from ActivityWatch on this &computer"))
        self.server_button.setAccessibleName(self.tr("Read from ActivityWatch on this computer"))
        self.server_button.clicked.connect(self.read_server)
        self.server_note = text_label("", self.tr("About reading from this computer"))
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_button)
        server_row.addStretch(1)
        layout.addLayout(server_row)
        layout.addWidget(self.server_note)
        self.choose_problem = problem_label(self.tr("Problem with the file"))
        layout.addWidget(self.choose_problem)
        layout.addStretch(1)
        self.stack.addWidget(page)

        # 2. reading
        page, layout = step_page(self.tr("Reading…"))
        self.reading_label = text_label("", self.tr("What is being read"))
        layout.addWidget(self.reading_label)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.stack.addWidget(page)

        # 3. preview
        page, layout = step_page(self.tr("What Companion found"))
        self.preview_label = text_label("", self.tr("What will be imported"), selectable=True)
        layout.addWidget(self.preview_label)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Minutes per day and category"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.skipped_label = text_label("", self.tr("Left out"), selectable=True)
        layout.addWidget(self.skipped_label)
        self.stack.addWidget(page)

        # 4. summary
        self.finish_pages(
            self.tr("Done"),
            self.tr("Import summary"),
            self.tr("Back"),
            self.tr("Next"),
            self.tr("Cancel"),
            review=PREVIEW,
        )
        self._update_server_button()
        self.go(CHOOSE)

    # --- steps -----------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.back.setVisible(index == PREVIEW)
        self.next.setVisible(index in (CHOOSE, PREVIEW, DONE))
        self.next.setText((self.tr("Next"), "", self.tr("Import"), self.tr("Close"))[index])
        self.cancel.setVisible(index != DONE)
        if index == PREVIEW:
            self.next.setEnabled(bool(self.preview and self.preview.minutes))
        else:
            self.next.setEnabled(True)

    def _update_server_button(self) -> None:
        allowed = bool(self.companion.settings.get("activitywatch.server_enabled"))
        self.server_button.setEnabled(allowed)
        if allowed:
            note = self.tr(
                "Reads the last %1 days from ActivityWatch at 127.0.0.1:5600. "
                "Nothing leaves this computer."
            ).replace("%1", str(SERVER_DAYS))
        else:
            note = self.tr(
                "Reading straight from ActivityWatch on this computer is off. You can turn it on "
                "in Settings → Screen time."
            )
        self.server_note.setText(note)
        self.server_note.setAccessibleName(note)

    # --- reading (worker thread) -----------------------------------------------------------------

    def choose_file(self, path: str | Path) -> bool:
        """Start reading the file on a worker thread; False (reason shown) if there's no file."""
        text = str(path).strip()
        self.path_edit.setText(text)
        if not text:
            self._choose_problem(self.tr("Choose the export file first."))
            return False
        from companion.importers.activitywatch import read_activitywatch_file

        file = Path(text)
        tz = self.companion.clock.now().tzinfo
        rules = self.companion.screen.rules()
        day_end = self._day_end()

        def read(progress, cancelled):
            return read_activitywatch_file(
                file,
                tz=tz,
                day_ends_at=day_end,
                rules=rules,
                progress=progress,
                cancelled=cancelled,
            )

        self._start(read, file.name, self.tr("Reading %1…").replace("%1", file.name))
        return True

    def _day_end(self):
        """Minutes are split into the person's days (see companion.days), as the service does."""
        from companion.domain.days import DAY_END_SETTING, parse_day_end

        return parse_day_end(self.companion.settings.get(DAY_END_SETTING))

    def read_server(self) -> bool:
        self._update_server_button()
        if not self.server_button.isEnabled():
            return False
        from companion.importers.activitywatch_server import (
            DEFAULT_PORT,
            SOURCE_NAME,
            read_activitywatch_server,
        )

        now = self.companion.clock.now()
        rules = self.companion.screen.rules()
        day_end = self._day_end()

        def read(progress, cancelled):
            return read_activitywatch_server(
                tz=now.tzinfo,
                day_ends_at=day_end,
                rules=rules,
                now=now,
                days=SERVER_DAYS,
                port=DEFAULT_PORT,
                progress=progress,
                cancelled=cancelled,
            )

        self._start(read, SOURCE_NAME, self.tr("Asking ActivityWatch on this computer…"))
        return True

    def _start(self, read: Callable, source_name: str, message: str) -> None:
        from companion.services.activitywatch_import import ActivityWatchPreview

        def work(control):
            try:
                parsed = read(progress=control.progress, cancelled=control.cancelled)
            except OSError as exc:
                raise ImportFailed(
                    f"{source_name} couldn't be read ({exc.strerror or exc})."
                ) from None
            return ActivityWatchPreview.from_parsed(parsed, source_name)

        self.read(message, work)

    def reading_started(self, message: str) -> None:
        self.choose_problem.hide()
        show_text(self.reading_label, message)
        self.progress.setRange(0, 0)
        self.go(READING)

    def reading_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def reading_stopping(self) -> None:
        self.reading_label.setText(self.tr("Stopping…"))

    def read_done(self, preview) -> None:
        self.preview = preview
        self._fill_preview()
        self.go(PREVIEW)

    def read_failed(self, message: str, _error) -> None:
        self._choose_problem(message + " " + self.tr("Nothing was imported."))
        self.go(CHOOSE)

    def read_cancelled(self) -> None:
        self.show_summary(self.tr("Cancelled. Nothing was imported."))

    def _choose_problem(self, text: str) -> None:
        show_text(self.choose_problem, text)

    # --- preview ---------------------------------------------------------------------------------

    def _fill_preview(self) -> None:
        p = self.preview
        by_day = p.by_day()
        screen = self.companion.screen
        order = [c.key for c in screen.categories()]
        used = sorted(
            {cat for _day, cat in p.minutes},
            key=lambda k: (k not in order, order.index(k) if k in order else 0, k),
        )
        headers = [self.tr("Day"), *[screen.label(k) for k in used], self.tr("Total")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(by_day))
        for row, (day, minutes) in enumerate(by_day.items()):
            self.table.setItem(row, 0, QTableWidgetItem(short_day(day)))
            for col, key in enumerate(used, start=1):
                value = minutes.get(key)
                self.table.setItem(row, col, QTableWidgetItem(minutes_text(value) if value else ""))
            self.table.setItem(
                row, len(headers) - 1, QTableWidgetItem(minutes_text(sum(minutes.values())))
            )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        days = p.days
        if days:
            text = (
                self.tr("%1: %2 of screen time in all, from %3 to %4 (days: %n).", "", len(days))
                .replace("%1", p.source_name)
                .replace("%2", minutes_text(p.total_minutes))
                .replace("%3", short_day(days[0]))
                .replace("%4", short_day(days[-1]))
            )
            text += " " + self.tr(
                "Importing replaces earlier ActivityWatch figures for these days; what you noted "
                "yourself stays as it is."
            )
        else:
            text = self.tr("%1 has no screen time Companion can count.").replace(
                "%1", p.source_name
            )
        self.preview_label.setText(text)
        self.preview_label.setAccessibleName(text)

        lines = []
        if p.skipped:
            lines.append(self.tr("Left out:"))
            lines += [f"• {s.bucket_id}: {s.reason}" for s in p.skipped]
        if p.problems:
            lines.append(self.tr("Worth knowing:"))
            lines += [f"• {problem}" for problem in p.problems[:20]]
            if len(p.problems) > 20:
                lines.append(self.tr("…and %1 more.").replace("%1", str(len(p.problems) - 20)))
        self.skipped_label.setText("\n".join(lines))
        self.skipped_label.setAccessibleName("\n".join(lines) or self.tr("Nothing left out"))
        self.skipped_label.setVisible(bool(lines))

    # --- import (worker thread, one transaction) ------------------------------------------------

    def start_import(self) -> bool:
        if self.preview is None or not self.preview.minutes:
            return False
        screen, preview = self.companion.screen, self.preview
        if not self.write(
            self.tr("Import from ActivityWatch"),
            lambda control: screen.commit_activitywatch(preview, cancelled=control.cancelled),
            cancellable=True,
        ):
            return False
        s = self.summary
        text = (
            self.tr("Imported %1 of screen time, from %2 to %3 (days: %n).", "", len(s.days))
            .replace("%1", minutes_text(s.total_minutes))
            .replace("%2", short_day(s.first_day))
            .replace("%3", short_day(s.last_day))
        )
        if s.replaced:
            text += " " + self.tr(
                "Earlier figures from the same buckets for those days were replaced; "
                "other buckets' minutes were kept."
            )
        text += " " + self.tr(
            "Screens can bring people closer or leave us lonelier; this is for "
            "noticing, not judging."
        )
        self.show_summary(text)
        return True

    def commit_cancelled(self) -> None:
        self.show_summary(self.tr("Cancelled. Nothing was imported."))

    def commit_failed(self, message: str) -> None:
        self.show_summary(message + " " + self.tr("Nothing was imported."))
