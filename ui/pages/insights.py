"""Insights: for now an honest empty state saying what will be here."""

from __future__ import annotations

from ui.pages.base import Page


class InsightsPage(Page):
    kinds = frozenset({"people", "interactions", "mood", "screen", "boundaries", "assessments"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(companion, self.tr("Insights"), parent=parent)
        self.add_empty_state(
            self.tr("Patterns, once there's enough to see"),
            self.tr(
                "Soon: how your mood, contact with people and screen time relate. Insights only "
                "appear once there's enough of your own data to say something honest."
            ),
        )
        self.finish_layout()
