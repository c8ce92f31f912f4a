"""Today: a greeting for the time of day, the date, and the day's small steps: a quick mood,
any gentle safety card, the evening boundary check-in, reminders and who to reach out to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout

from companion.domain.errors import CompanionError
from companion.domain.safety import KIND_PHQ9_ITEM9
from ui.checkins.safety_card import CheckinLineCard, SafetyCardWidget, main_number_text
from ui.mood.quick_logger import QuickMoodRow
from ui.nudges.banner import NudgeBanner
from ui.pages.base import Page, text_label
from ui.people.reach_out_today import ReachOutTodayCard


def greeting_for_hour(hour: int) -> str:
    """Untranslated greeting for an hour 0-23; late night gets a soft hello, not "good morning"."""
    if 5 <= hour < 12:
        return QT_TRANSLATE_NOOP("TodayPage", "Good morning")
    if 12 <= hour < 18:
        return QT_TRANSLATE_NOOP("TodayPage", "Good afternoon")
    if 18 <= hour < 23:
        return QT_TRANSLATE_NOOP("TodayPage", "Good evening")
    return QT_TRANSLATE_NOOP("TodayPage", "Hello, night owl")


class TodayPage(Page):
    help_requested = Signal()
    kinds = frozenset({"settings", "people", "interactions", "nudges"})
    # The quick mood row and the safety cards follow moods and check-ins too.
    kinds = kinds | {"mood", "assessments"}
    # The "This evening" boundary check-in line follows boundaries and their check-ins.
    kinds = kinds | {"boundaries"}

    def __init__(self, context, parent=None) -> None:
        companion = context.companion
        super().__init__(context, self.tr("Today"), parent=parent)
        self.date_label = text_label("", self.tr("Today's date"))
        self.content.addWidget(self.date_label)
        self.quick_mood = QuickMoodRow(companion)
        self.quick_mood.more_requested.connect(self.open_mood_entry)
        self.content.addWidget(self.quick_mood)
        self.safety_box = QVBoxLayout()
        self.safety_box.setSpacing(10)
        self.content.addLayout(self.safety_box)
        from ui.screen.today_line import EveningCheckInLine

        self.evening = EveningCheckInLine(context)
        self.content.addWidget(self.evening)
        self.nudge_banner = NudgeBanner(companion)
        self.nudge_banner.log_requested.connect(self._log_from_banner)
        self.content.addWidget(self.nudge_banner)
        self.reach_out = ReachOutTodayCard(companion)
        self.reach_out.log_requested.connect(lambda pid: self.log_interaction([pid]))
        self.content.addWidget(self.reach_out)
        from ui.people.upcoming_card import UpcomingCard

        self.upcoming = UpcomingCard(companion)
        self.content.addWidget(self.upcoming)
        self.add_empty_state(
            self.tr("That's all for today"),
            self.tr(
                "Nothing else needs you right now. Everything here is optional, "
                "and it's nice that you stopped by."
            ),
        )
        self.finish_layout()

    def adopt(self, context) -> None:
        super().adopt(context)
        for part in (
            self.quick_mood,
            self.evening,
            self.nudge_banner,
            self.reach_out,
            self.upcoming,
        ):
            part.companion = self.companion

    def refresh(self) -> None:
        now = self.companion.clock.now()
        greeting = self.tr(greeting_for_hour(now.hour))
        self.heading.setText(greeting)
        self.heading.setAccessibleName(greeting)
        # The person's day: at 01:00, with days ending at 04:00, still the day that is ending.
        today = self.companion.today()
        day = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        self.date_label.setText(self.tr("It's %1.").replace("%1", day))
        self.date_label.setAccessibleName(self.date_label.text())
        self.quick_mood.update_labels()
        self.show_safety_cards()
        self.evening.refresh()
        self.reach_out.refresh()
        self.upcoming.refresh()

    def show_nudge_plan(self, plan) -> None:
        """The in-app way to show a nudge, when nothing on the desktop can."""
        self.nudge_banner.show_plan(plan)

    def log_interaction(self, person_ids, on_logged=None):
        from ui.people.log_dialog import LogInteractionDialog

        context, parent = self._for_a_dialog()
        self.log_dialog = LogInteractionDialog(context, person_ids, parent)
        if on_logged is not None:
            self.log_dialog.logged.connect(lambda _i: on_logged())
        self.log_dialog.open()
        return self.log_dialog

    def _for_a_dialog(self):
        """The context over the full Companion for a dialog that writes, and the dialog's parent.
        On the first screen (companion.storage.glance) this waits for the full Companion, whose
        own Today then replaces this page: the window, which stays, is the parent there."""
        window = self.window()
        context = self.context.full()
        return context, (self if context.companion is self.companion else window)

    def _log_from_banner(self, person_ids) -> None:
        self.log_interaction(person_ids, self.nudge_banner.logged)

    def show_safety_cards(self) -> list:
        """Calm cards when the core finds them warranted, each with help one click away."""
        while self.safety_box.count():
            widget = self.safety_box.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        cards = self.companion.safety.cards()
        for card in cards:
            if card.kind == KIND_PHQ9_ITEM9:
                widget = CheckinLineCard(main_number_text(self.companion))
                widget.not_now_requested.connect(lambda k=card.kind: self._not_now(k))
            else:
                widget = SafetyCardWidget(card)
            widget.help_requested.connect(self.help_requested.emit)
            self.safety_box.addWidget(widget)
        return cards

    def _not_now(self, kind: str) -> None:
        # Kept in the vault; the change it announces refreshes Today without the card.
        try:
            self.companion.safety.not_now(kind)
        except CompanionError as exc:
            self.situation.emit(exc)

    def open_mood_entry(self):
        from ui.mood.entry_dialog import MoodEntryDialog

        context, parent = self._for_a_dialog()
        self.mood_dialog = MoodEntryDialog(context, parent=parent)
        self.mood_dialog.open()
        return self.mood_dialog

    def focus_quick_logger(self) -> None:
        self.quick_mood.setFocus()
