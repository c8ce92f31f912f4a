"""Screen & boundaries: for now an honest empty state saying what will be here."""

from __future__ import annotations

from ui.pages.base import Page


class ScreenPage(Page):
    kinds = frozenset({"screen", "boundaries"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(companion, self.tr("Screen & boundaries"), parent=parent)
        self.add_empty_state(
            self.tr("Your screen time and the limits you choose"),
            self.tr(
                "Soon: how your screen time is spent, and boundaries you set for yourself, such "
                "as phone-free meals, with a gentle evening look back."
            ),
        )
        self.finish_layout()
