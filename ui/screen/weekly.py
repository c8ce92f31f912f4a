"""A week looked back on: screen time by category, boundaries kept, the week's reflections, and
mood on higher- versus lower-screen-time days once there are enough days to say anything."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.domain.i18n import _
from companion.domain.insights import screen_card
from ui.pages.base import text_label
from ui.screen.common import minutes_text, monday_of, short_day, week_text
from ui.screen.week_chart import WeekChart
from ui.screen.week_records import WeekRecords
from ui.theme import set_relative_font

MOOD_LOOKBACK_DAYS = 365


class WeeklyView(QWidget):
    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.start = monday_of(companion.today())
        self.card = None
        self.setAccessibleName(self.tr("Your week"))

        self.previous = QPushButton(self.tr("← &Previous week"))
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.previous.clicked.connect(lambda: self.go(-1))
        self.week_label = text_label("", self.tr("Week shown"))
        set_relative_font(self.week_label, 1.0, bold=True)
        self.week_label.setWordWrap(False)
        self.next = QPushButton(self.tr("&Next week →"))
        self.next.setAccessibleName(self.tr("Next week"))
        self.next.clicked.connect(lambda: self.go(1))
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addStretch(1)
        nav.addWidget(self.week_label)
        nav.addStretch(1)
        nav.addWidget(self.next)

        self.chart = WeekChart(companion)
        self.screen_summary = text_label("", self.tr("Screen time this week"), selectable=True)
        self.boundaries_text = text_label("", self.tr("Boundaries this week"), selectable=True)
        self.reflections_text = text_label("", self.tr("Reflections this week"), selectable=True)
        self.mood_text = text_label("", self.tr("Mood and screen time"), selectable=True)
        self.records = WeekRecords(companion)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(nav)
        layout.addWidget(self.chart)
        layout.addWidget(self.screen_summary)
        for title, label in (
            (self.tr("Boundaries"), self.boundaries_text),
            (self.tr("Reflections"), self.reflections_text),
            (self.tr("Mood and screen time"), self.mood_text),
        ):
            heading = text_label(title, title)
            set_relative_font(heading, 1.0, bold=True)
            layout.addSpacing(4)
            layout.addWidget(heading)
            layout.addWidget(label)
        heading = text_label(self.tr("What you noted"), self.tr("What you noted"))
        set_relative_font(heading, 1.0, bold=True)
        layout.addSpacing(4)
        layout.addWidget(heading)
        layout.addWidget(self.records)

    # --- navigation ------------------------------------------------------------------------------

    def go(self, weeks: int) -> None:
        self.show_week(self.start + timedelta(weeks=weeks))

    def show_week(self, start) -> None:
        this_week = monday_of(self.companion.today())
        self.start = min(monday_of(start), this_week)
        self.refresh()

    def refresh(self) -> None:
        this_week = monday_of(self.companion.today())
        self.start = min(self.start, this_week)
        end = self.start + timedelta(days=6)
        text = week_text(self.start)
        if self.start == this_week:
            text = self.tr("This week, %1").replace("%1", text)
        self.week_label.setText(text)
        self.week_label.setAccessibleName(text)
        self.next.setEnabled(self.start < this_week)

        days = self.companion.screen.week(self.start)
        self.chart.show_week(days)
        self._say(self.screen_summary, self._screen_sentence(days))
        self._say(self.boundaries_text, self._boundaries_sentence(end))
        self._say(self.reflections_text, self._reflections_text())
        self._say(self.mood_text, self._mood_sentence(end))
        self.records.show_week(self.start)

    # --- words -----------------------------------------------------------------------------------

    def _screen_sentence(self, days) -> str:
        counted = [d for d in days if d.source is not None]
        if not counted:
            return self.tr(
                "No screen time noted this week. Note a day above or import from ActivityWatch, "
                "whenever you like. Screens can bring people closer or leave us lonelier; this is "
                "for noticing, not judging."
            )
        total = sum(d.total for d in counted)
        by_category: dict[str, float] = {}
        for d in counted:
            for key, minutes in d.minutes.items():
                by_category[key] = by_category.get(key, 0.0) + minutes
        biggest = sorted(by_category.items(), key=lambda kv: -kv[1])[:3]
        parts = ", ".join(
            f"{self.companion.screen.label(k)} {minutes_text(m)}" for k, m in biggest if m
        )
        text = (
            self.tr("%1 in all, about %2 a day (days with a figure: %n).", "", len(counted))
            .replace("%1", minutes_text(total))
            .replace("%2", minutes_text(total / len(counted)))
        )
        if parts:
            text += " " + self.tr("Most of it: %1.").replace("%1", parts)
        return text

    def _boundaries_sentence(self, end) -> str:
        lines = []
        for b in self.companion.boundaries.list(include_paused=True):
            checks = self.companion.boundaries.history(b.id, self.start, end)
            kept = sum(1 for c in checks if c.result == "kept")
            partly = sum(1 for c in checks if c.result == "partly")
            if not checks:
                if b.active:
                    lines.append(self.tr("%1: no check-ins this week.").replace("%1", b.title))
                continue
            if kept:
                line = (
                    (self.tr("%1: kept on %2 day") if kept == 1 else self.tr("%1: kept on %2 days"))
                    .replace("%1", b.title)
                    .replace("%2", str(kept))
                )
                if partly:
                    line += self.tr(", partly on %1").replace("%1", str(partly))
            else:
                # Nothing kept: say what happened (the check-ins), never a zero.
                line = (
                    (
                        self.tr("%1: checked in on %2 day")
                        if len(checks) == 1
                        else self.tr("%1: checked in on %2 days")
                    )
                    .replace("%1", b.title)
                    .replace("%2", str(len(checks)))
                )
                if partly:
                    line += self.tr(", partly kept on %1").replace("%1", str(partly))
            lines.append(line + ".")
        paused = self._paused_count(end)
        if paused:
            lines.append(
                (
                    self.tr("You paused before opening an app once this week.")
                    if paused == 1
                    else self.tr("You paused before opening an app %1 times this week.")
                ).replace("%1", str(paused))
            )
        if not lines:
            return self.tr("No boundaries yet; add one above if it would help.")
        return "\n".join(lines)

    def _paused_count(self, end) -> int:
        """Pauses answered this week, whichever the answer (nothing is scored)."""
        tz = self.companion.clock.now().tzinfo
        start_at = datetime.combine(self.start, time(0), tz)
        end_at = datetime.combine(end + timedelta(days=1), time(0), tz)
        return sum(self.companion.pause.count_between(start_at, end_at).values())

    def _reflections_text(self) -> str:
        reflections = self.companion.reflections.week(self.start)
        if not reflections:
            return self.tr("No reflections this week. They come after the evening check-in.")
        return "\n\n".join(
            f"{short_day(r.local_day)} · {r.prompt}\n{r.answer}" for r in reflections
        )

    def _mood_sentence(self, end) -> str:
        since = end - timedelta(days=MOOD_LOOKBACK_DAYS)
        self.card = screen_card(
            self.companion.mood.day_means(since=since, until=end),
            self.companion.screen.daily_totals(since, end),
        )
        if not self.card.ready:
            return (
                self.card.sentence
                + " "
                + self.tr("It counts days that have both a mood and a screen-time figure.")
            )
        return (
            self.card.sentence
            + " "
            + self.tr("Days this is based on: %n.", "", self.card.days)
            + " "
            + _(self.card.note)  # marked in the core, translated here
        )

    def _say(self, label, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
