"""Report…: choose the range, the sections, the journal entries to share and how names show; then
preview, save as PDF or print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QStandardPaths, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.i18n import _
from companion.services.report_data import (
    DEFAULT_SECTIONS,
    PRESET_WEEKS,
    SECTION_TITLES,
    SECTIONS,
    Report,
    ReportOptions,
    gather,
    journal_choices,
    last_weeks,
    long_date,
)
from ui.dialog_scroll import DialogScroll
from ui.pages.base import text_label, wrap_rows
from ui.report.render import default_page_size

SECTION_HINTS = {
    "mood": QT_TRANSLATE_NOOP("ReportDialog", "Mood chart and summary"),
    "checkins": QT_TRANSLATE_NOOP("ReportDialog", "Check-in scores with bands and dates"),
    "contact": QT_TRANSLATE_NOOP("ReportDialog", "Social contact by week and circle"),
    "screen": QT_TRANSLATE_NOOP("ReportDialog", "Boundaries and screen time"),
    "journal": QT_TRANSLATE_NOOP("ReportDialog", "Journal entries you choose below"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        companion = self.companion = context.companion
        self.tasks = context.tasks
        self.today = companion.today()
        self.last_saved: Path | None = None
        self.preview = None
        self.setWindowTitle(self.tr("Summary report"))
        self.setAccessibleName(self.tr("Summary report"))

        intro = text_label(
            self.tr(
                "A printable summary to bring to a therapist or doctor. You choose what goes in; "
                "nothing leaves this computer unless you share the file."
            ),
            self.tr("About the report"),
        )

        # Range
        self.range_box = QComboBox()
        self.range_box.setAccessibleName(self.tr("Date range"))
        for weeks in PRESET_WEEKS:
            self.range_box.addItem(self.tr("Last %1 weeks").replace("%1", str(weeks)), weeks)
        self.range_box.addItem(self.tr("Custom dates"), 0)
        self.range_box.setCurrentIndex(1)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(_qdate(self.today))
            edit.setAccessibleName(name)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(text_label(self.tr("to"), self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.range_text = text_label("", self.tr("Chosen range"))
        range_form = QFormLayout()
        range_form.addRow(self.tr("Period"), self.range_box)
        range_form.addRow(self.tr("Dates"), dates)
        range_form.addRow("", self.range_text)

        # Sections
        sections_box = QGroupBox(self.tr("What to include"))
        sections_layout = QVBoxLayout(sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for key in SECTIONS:
            check = QCheckBox(self.tr(SECTION_HINTS[key]))
            check.setChecked(key in DEFAULT_SECTIONS)
            check.setAccessibleName(_(SECTION_TITLES[key]))
            sections_layout.addWidget(check)
            self.section_checks[key] = check
        self.journal_list = QListWidget()
        self.journal_list.setAccessibleName(self.tr("Journal entries to include"))
        self.journal_list.setMinimumHeight(110)
        wrap_rows(self.journal_list)
        self.journal_note = text_label("", self.tr("Journal entries"))
        sections_layout.addWidget(self.journal_list)
        sections_layout.addWidget(self.journal_note)

        # Names and paper
        names_box = QGroupBox(self.tr("People's names"))
        names_layout = QHBoxLayout(names_box)
        self.full_names = QRadioButton(self.tr("In full"))
        self.initials = QRadioButton(self.tr("Initials only"))
        self.full_names.setChecked(True)
        self.names_group = QButtonGroup(self)
        for button in (self.full_names, self.initials):
            self.names_group.addButton(button)
            names_layout.addWidget(button)
        names_layout.addStretch(1)
        self.paper_box = QComboBox()
        self.paper_box.setAccessibleName(self.tr("Paper size"))
        self.paper_box.addItem("A4", QPageSize.PageSizeId.A4)
        self.paper_box.addItem("US Letter", QPageSize.PageSizeId.Letter)
        if default_page_size().id() == QPageSize.PageSizeId.Letter:
            self.paper_box.setCurrentIndex(1)
        paper_form = QFormLayout()
        paper_form.addRow(self.tr("Paper"), self.paper_box)

        self.status = text_label("", self.tr("Status"), selectable=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.setDefault(True)
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.choose_and_save)
        self.print_button.clicked.connect(self.print_report)

        # The choices scroll when the screen is too short for them; the status line and the
        # buttons stay in sight below.
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(intro)
        choices_layout.addLayout(range_form)
        choices_layout.addWidget(sections_box, 1)
        choices_layout.addWidget(names_box)
        choices_layout.addLayout(paper_form)
        self.scroll = DialogScroll(choices)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        # Wide enough for a journal entry's date and the start of its words in any language.
        self.setMinimumWidth(560)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.range_box.currentIndexChanged.connect(self._preset_changed)
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)
        self.section_checks["journal"].toggled.connect(self._journal_toggled)
        self.initials.toggled.connect(lambda _on: self._fill_journal())
        self._preset_changed()
        self._journal_toggled(False)

    # --- choices ---------------------------------------------------------------------------------

    def _preset_changed(self, *_args) -> None:
        weeks = self.range_box.currentData()
        custom = not weeks
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if weeks:
            start, end = last_weeks(weeks, self.today)
            for edit, day in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._dates_changed()

    def _dates_changed(self, *_args) -> None:
        start, end = self.dates()
        if end < start:
            self.range_text.setText(self.tr("The end comes before the start; change one of them."))
        else:
            self.range_text.setText(f"{long_date(start)} – {long_date(end)}")
        self._fill_journal()

    def dates(self) -> tuple[date, date]:
        return _day(self.start_edit.date()), _day(self.end_edit.date())

    def set_range(self, start: date, end: date) -> None:
        """Custom dates (also for tests)."""
        self.range_box.setCurrentIndex(self.range_box.count() - 1)
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))

    def _journal_toggled(self, on: bool) -> None:
        self.journal_list.setEnabled(on)
        self._fill_journal()

    def _fill_journal(self) -> None:
        chosen = set(self.chosen_journal_keys())
        self.journal_list.clear()
        start, end = self.dates()
        if end < start:
            return
        choices = journal_choices(self.companion, start, end, initials=self.initials.isChecked())
        for choice in choices:
            preview = choice.text if len(choice.text) <= 90 else choice.text[:89] + "…"
            item = QListWidgetItem(f"{long_date(choice.day)} · {choice.title}: {preview}")
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.key in chosen else Qt.CheckState.Unchecked
            )
            self.journal_list.addItem(item)
        if not self.section_checks["journal"].isChecked():
            self.journal_note.setText(self.tr("Journal entries stay out unless you include them."))
        elif not choices:
            self.journal_note.setText(self.tr("You didn't write anything in this period."))
        else:
            self.journal_note.setText(
                self.tr("Tick each entry you want to share; none is included until you tick it.")
            )

    def chosen_journal_keys(self) -> list[str]:
        return [
            self.journal_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.journal_list.count())
            if self.journal_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_journal_checked(self, key: str, checked: bool = True) -> None:
        for i in range(self.journal_list.count()):
            item = self.journal_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def options(self) -> ReportOptions:
        start, end = self.dates()
        sections = frozenset(k for k, check in self.section_checks.items() if check.isChecked())
        return ReportOptions(
            start,
            end,
            sections,
            self.initials.isChecked(),
            tuple(self.chosen_journal_keys()) if "journal" in sections else (),
        )

    def page_size(self) -> QPageSize:
        return QPageSize(self.paper_box.currentData())

    def report(self) -> Report | None:
        """The report for the current choices, or None (with the reason shown) if they don't fit."""
        try:
            options = self.options()
            if not options.sections:
                self.status.setText(self.tr("Choose at least one thing to include."))
                return None
            return gather(self.companion, options)
        except CompanionError as exc:
            self.status.setText(str(exc))
            return None

    # --- actions ---------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        start, end = self.dates()
        return f"companion-summary-{start.isoformat()}-to-{end.isoformat()}.pdf"

    def choose_and_save(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path(folder) / self.default_file_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        from companion.platform.fileio import refuse_inside_profile
        from ui.report.render import write_pdf

        report = self.report()
        if report is None:
            return False
        page_size = self.page_size()
        root = self.companion.profile.root

        def job(_control):
            # A report is plain text about the person: never inside the encrypted profile.
            refuse_inside_profile(path, root)
            return write_pdf(report, path, page_size)

        try:
            self.tasks.run(self, self.tr("Saving the report"), job)
        except CompanionError as exc:
            self.status.setText(str(exc))
            return False
        self.last_saved = path
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return True

    def build_preview(self):
        from ui.report.preview import PreviewDialog
        from ui.report.render import page_images

        report = self.report()
        if report is None:
            return None
        page_size = self.page_size()
        try:
            images = self.tasks.run(
                self,
                self.tr("Preparing the preview"),
                lambda _control: page_images(report, dpi=84, page_size=page_size),
            )
        except CompanionError as exc:
            self.status.setText(str(exc))
            return None
        preview = PreviewDialog(images, self)
        preview.save_requested.connect(self.choose_and_save)
        preview.print_requested.connect(self.print_report)
        self.preview = preview
        return preview

    def show_preview(self) -> None:
        preview = self.build_preview()
        if preview is not None:
            preview.open()

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.report.render import print_report

        report = self.report()
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(self.page_size())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_report(report, printer)
        except CompanionError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Sent to the printer."))


def open_report_dialog(context, parent: QWidget | None = None) -> ReportDialog:
    dialog = ReportDialog(context, parent)
    dialog.open()
    return dialog
