"""Mood: log how you feel, see it over weeks and a year, filter by what you did and who you were
with, and read back what you wrote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from companion.domain.errors import CompanionError
from companion.services.mood import MoodFilter
from ui.mood.chart import MoodChart
from ui.mood.common import clock_time, short_day
from ui.mood.feelings import built_in_labels, feeling_choices
from ui.mood.journal import JournalList
from ui.mood.pixels import YearInPixels
from ui.mood.quick_logger import QuickMoodRow
from ui.pages.base import Page, section, text_label
from ui.record_keys import RecordKeys, ask_to_remove
from ui.undo_bar import offer_undo

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
RECENT_LIMIT = 30


class MoodPage(Page):
    kinds = frozenset({"mood", "journal", "settings", "people"})

    def __init__(self, context, parent=None) -> None:
        companion = context.companion
        super().__init__(
            context,
            self.tr("Mood"),
            self.tr("A quiet record of how you've been. Every day counts, logged or not."),
            parent=parent,
        )
        self.filter = MoodFilter()

        self.quick = QuickMoodRow(companion)
        self.quick.more_requested.connect(lambda: self.open_entry(None))
        self.content.addWidget(self.quick)

        # Filters narrow the chart, the year and the recent list together.
        self.tag_filter = QComboBox()
        self.emotion_filter = QComboBox()
        self.person_filter = QComboBox()
        filters = QHBoxLayout()
        for label_text, combo, name in (
            (self.tr("&Activity:"), self.tag_filter, self.tr("Filter by activity")),
            (self.tr("&Feeling:"), self.emotion_filter, self.tr("Filter by feeling")),
            (self.tr("&With:"), self.person_filter, self.tr("Filter by person")),
        ):
            label = QLabel(label_text)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            # As narrow as five letters when the window is (a long activity name, or the
            # labels of a longer language, must not push the row past a small window).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
            combo.currentIndexChanged.connect(self._filter_changed)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        self.clear_filters = QPushButton(self.tr("Show all"))
        self.clear_filters.setAccessibleName(self.tr("Clear the filters"))
        self.clear_filters.clicked.connect(self.reset_filters)
        filters.addWidget(self.clear_filters)
        self.content.addLayout(filters)

        card, layout = section(self.tr("Over time"))
        self.chart = MoodChart(companion)
        layout.addWidget(self.chart)
        self.content.addWidget(card)

        card, layout = section(self.tr("Your year"))
        self.pixels = YearInPixels(companion)
        layout.addWidget(self.pixels)
        self.content.addWidget(card)

        card, layout = section(self.tr("Recent moods"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent moods; press Enter to edit one"))
        self.recent.setMinimumHeight(200)
        self.recent.setAlternatingRowColors(True)
        self.recent.itemActivated.connect(lambda item: self.open_entry(int(item.data(ENTRY_ROLE))))
        self.recent_empty = text_label("", self.tr("Recent moods status"))
        buttons = QHBoxLayout()
        detailed = QPushButton(self.tr("Log with details…"))
        detailed.setAccessibleName(self.tr("Log a mood with details"))
        detailed.clicked.connect(lambda: self.open_entry(None))
        edit = QPushButton(self.tr("Edit selected…"))
        edit.setAccessibleName(self.tr("Edit the selected mood"))
        edit.clicked.connect(self._edit_selected)
        self.remove_button = QPushButton(self.tr("Remove selected…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected mood"))
        self.remove_button.clicked.connect(self.remove_selected)
        RecordKeys(self.recent, self.remove_selected, self._edit_selected)
        buttons.addWidget(detailed)
        buttons.addWidget(edit)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.recent)
        layout.addWidget(self.recent_empty)
        layout.addLayout(buttons)
        self.content.addWidget(card)

        card, layout = section(self.tr("Journal"))
        self.journal = JournalList(context)
        self.journal.open_mood.connect(self.open_entry)
        layout.addWidget(self.journal)
        self.content.addWidget(card)

        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import from Daylio…"))
        self.import_button.setAccessibleName(self.tr("Import moods from Daylio"))
        self.import_button.clicked.connect(self.open_import)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.finish_layout()

    # --- refreshing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.quick.update_labels()
        self._fill_filters()
        self.chart.filter = self.filter if self.filter.active else None
        self.chart.refresh()
        self.pixels.filter = self.chart.filter
        self.pixels.refresh()
        self._fill_recent()
        self.journal.refresh()

    def _fill_filters(self) -> None:
        choices = (
            (self.tag_filter, [(t, t) for t in self.companion.mood.tags()], self.tr("Any")),
            (
                self.emotion_filter,
                # Feelings taken off the list still find the moods that have them.
                feeling_choices(
                    [*self.companion.mood.emotions(), *self.companion.mood.retired_emotions()]
                ),
                self.tr("Any"),
            ),
            (
                self.person_filter,
                [(p.name, p.id) for p in self.companion.people.list()],
                self.tr("Anyone"),
            ),
        )
        for combo, items, any_text in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for shown, value in items:
                combo.addItem(shown, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.filter = self._filter_from_combos()

    def _filter_from_combos(self) -> MoodFilter:
        return MoodFilter(
            tag=self.tag_filter.currentData(),
            emotion=self.emotion_filter.currentData(),
            person_id=self.person_filter.currentData(),
        )

    def _filter_changed(self, *_args) -> None:
        self.set_filter(self._filter_from_combos())

    def set_filter(self, mood_filter: MoodFilter) -> None:
        self.filter = mood_filter
        active = mood_filter if mood_filter.active else None
        self.chart.set_filter(active)
        self.pixels.set_filter(active)
        self._fill_recent()

    def reset_filters(self) -> None:
        for combo in (self.tag_filter, self.emotion_filter, self.person_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.set_filter(MoodFilter())

    def _fill_recent(self) -> None:
        entries = self.companion.mood.entries(
            filter=self.filter if self.filter.active else None, limit=RECENT_LIMIT
        )
        self.recent.clear()
        this_year = self.companion.clock.now().year
        built_in = built_in_labels()
        for e in entries:
            parts = [
                f"{short_day(e.local_day, this_year)} {clock_time(e.logged_at)}",
                f"{e.level} {e.label}",
            ]
            if e.energy is not None:
                parts.append(self.tr("energy %1").replace("%1", str(e.energy)))
            if e.emotions:
                parts.append(", ".join(built_in.get(x, x) for x in e.emotions))
            if e.tags:
                parts.append(", ".join(e.tags))
            if e.people:
                parts.append(self.tr("with %1").replace("%1", ", ".join(n for _i, n in e.people)))
            text = " · ".join(parts)
            if e.note:
                text += "\n" + e.note
            item = QListWidgetItem(text)
            item.setData(ENTRY_ROLE, e.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.recent.addItem(item)
        if entries:
            self.recent_empty.hide()
        else:
            self.recent_empty.setText(
                self.tr("No moods match these filters.")
                if self.filter.active
                else self.tr("No moods yet. The buttons above take a second, whenever you like.")
            )
            self.recent_empty.setAccessibleName(self.recent_empty.text())
            self.recent_empty.show()

    # --- actions ----------------------------------------------------------------------------------

    def focus_quick_logger(self) -> None:
        self.quick.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_entry(self, entry_id: int | None):
        from ui.mood.entry_dialog import MoodEntryDialog

        dialog = MoodEntryDialog(self.context, entry_id, self)
        dialog.open()
        return dialog

    def _edit_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.open_entry(int(item.data(ENTRY_ROLE)))

    def remove_selected(self):
        """Delete (or “Remove selected…”): asks first, then offers Undo for a few seconds."""
        item = self.recent.currentItem()
        if item is None or item.data(ENTRY_ROLE) is None:
            return None
        entry_id = int(item.data(ENTRY_ROLE))
        return ask_to_remove(
            self,
            self.tr("Remove this mood?\n%1").replace("%1", item.text()),
            lambda: self._remove(entry_id),
        )

    def _remove(self, entry_id: int) -> None:
        mood = self.companion.mood
        try:
            gone = mood.delete(entry_id)
        except CompanionError as exc:
            self.situation.emit(exc)
            return
        offer_undo(self, self.tr("Mood removed."), lambda: mood.restore(gone))

    def open_import(self):
        from ui.mood.daylio_wizard import DaylioImportDialog

        dialog = DaylioImportDialog(self.context, self)
        dialog.open()
        return dialog
