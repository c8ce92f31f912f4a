"""Check-ins: for now an honest empty state saying what will be here."""

from __future__ import annotations

from ui.pages.base import Page


class CheckinsPage(Page):
    kinds = frozenset({"assessments"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(companion, self.tr("Check-ins"), parent=parent)
        self.add_empty_state(
            self.tr("Short, well-known questionnaires"),
            self.tr(
                "Soon: brief check-ins such as WHO-5 and the UCLA loneliness scale, scored "
                "exactly as published, to notice changes over time. They are not a diagnosis."
            ),
        )
        self.finish_layout()
