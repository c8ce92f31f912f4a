"""People: for now an honest empty state saying what will be here."""

from __future__ import annotations

from ui.pages.base import Page


class PeoplePage(Page):
    kinds = frozenset({"people", "interactions"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(companion, self.tr("People"), parent=parent)
        self.add_empty_state(
            self.tr("The people who matter to you"),
            self.tr(
                "Soon: the people who matter to you and when you last talked. You'll choose how "
                "often you'd like to be in touch, and Companion will remind you kindly."
            ),
        )
        self.finish_layout()
