"""Screen & boundaries: boundaries you chose with an evening check-in, your own screen-time notes
or an ActivityWatch import, and a week looked back on, kindly."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ui.pages.base import Page, section
from ui.screen.boundaries_list import BoundariesList
from ui.screen.self_report import SelfReportEditor
from ui.screen.weekly import WeeklyView


class ScreenPage(Page):
    kinds = frozenset({"screen", "boundaries", "reflections", "mood", "settings"})

    def __init__(self, context, parent=None) -> None:
        companion = context.companion
        super().__init__(
            context,
            self.tr("Screen & boundaries"),
            self.tr(
                "Screens can bring people closer or leave us lonelier; this is for noticing, "
                "not judging."
            ),
            parent=parent,
        )
        self.dialog = None

        card, layout = section(self.tr("Your boundaries"))
        self.boundaries = BoundariesList(context)
        self.boundaries.checkin_requested.connect(self.open_checkin)
        layout.addWidget(self.boundaries)
        self.content.addWidget(card)

        card, layout = section(self.tr("Note your screen time"))
        self.self_report = SelfReportEditor(companion)
        layout.addWidget(self.self_report)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import from ActivityWatch…"))
        self.import_button.setAccessibleName(self.tr("Import screen time from ActivityWatch"))
        self.import_button.clicked.connect(self.open_import)
        self.rules_button = QPushButton(self.tr("Categories and &rules…"))
        self.rules_button.setAccessibleName(self.tr("Edit categories and rules"))
        self.rules_button.clicked.connect(self.open_rules)
        row.addWidget(self.import_button)
        row.addWidget(self.rules_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.content.addWidget(card)

        card, layout = section(self.tr("Your week"))
        self.weekly = WeeklyView(companion)
        self.weekly.records.edit_screen_day.connect(self.edit_screen_day)
        self.weekly.records.edit_checkin.connect(self.open_checkin)
        layout.addWidget(self.weekly)
        self.content.addWidget(card)
        self.finish_layout()

    def refresh(self) -> None:
        self.boundaries.refresh()
        self.self_report.refresh()
        self.weekly.refresh()

    # --- dialogs ---------------------------------------------------------------------------------

    def open_checkin(self, day=None):
        from ui.screen.checkin_dialog import EveningCheckInDialog

        self.dialog = EveningCheckInDialog(self.context, day, self)
        self.dialog.open()
        return self.dialog

    def edit_screen_day(self, day) -> None:
        """A day picked in “What you noted”: open it in the screen-time editor above."""
        from PySide6.QtWidgets import QScrollArea

        self.self_report.set_day(day)
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(self.self_report)
        self.self_report.day_edit.setFocus()

    def open_import(self):
        from ui.screen.activitywatch_wizard import ActivityWatchImportDialog

        self.dialog = ActivityWatchImportDialog(self.context, self)
        self.dialog.open()
        return self.dialog

    def open_rules(self):
        from ui.screen.rules_editor import RulesEditorDialog

        self.dialog = RulesEditorDialog(self.context, self)
        self.dialog.open()
        return self.dialog
