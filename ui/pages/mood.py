"""Mood: for now an honest empty state saying what will be here."""

from __future__ import annotations

from ui.pages.base import Page


class MoodPage(Page):
    kinds = frozenset({"mood"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(companion, self.tr("Mood"), parent=parent)
        self.add_empty_state(
            self.tr("How you've been feeling"),
            self.tr(
                "Soon: a quick way to note your mood, a few words if you like, and a calm view of"
                " how it moves over the weeks."
            ),
        )
        self.finish_layout()
