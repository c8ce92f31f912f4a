"""Check-ins: short, well-known questionnaires, each with its last result and whether it's time
to take it again; the runner, the result and the history live on the same page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.domain.assessments import answer_label, flagged_items, instruments
from companion.domain.official_texts import form_for
from ui.mood.common import long_day
from ui.pages.base import CurrentPageStack, Page, text_label
from ui.theme import set_relative_font

# PHQ-2 is the short form of PHQ-9's first two questions: offered, but after the full five.
MAIN_ORDER = ("who5", "phq9", "gad7", "ucla3", "lsns6", "phq2")
ABOUT = {
    "who5": QT_TRANSLATE_NOOP(
        "InstrumentCard", "How your well-being has been over the last two weeks."
    ),
    "phq9": QT_TRANSLATE_NOOP("InstrumentCard", "Mood and low feelings over the last two weeks."),
    "gad7": QT_TRANSLATE_NOOP("InstrumentCard", "Worry and nervousness over the last two weeks."),
    "ucla3": QT_TRANSLATE_NOOP(
        "InstrumentCard", "Three questions on how connected or lonely you feel."
    ),
    "lsns6": QT_TRANSLATE_NOOP(
        "InstrumentCard", "How many people you can lean on, in family and among friends."
    ),
    "phq2": QT_TRANSLATE_NOOP("InstrumentCard", "The two-question short form of the PHQ-9."),
}


class InstrumentCard(QFrame):
    start = Signal(str, bool)  # instrument, resume
    history = Signal(str)

    def __init__(self, instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.setObjectName("card")
        self.setAccessibleName(instrument.name)
        self.name = text_label(instrument.short_name, instrument.name)
        set_relative_font(self.name, 1.1, bold=True)
        self.about = text_label(self.tr(ABOUT.get(instrument.id, "")), instrument.name)
        self.last = text_label("", self.tr("Last result"))
        self.due = text_label("", self.tr("Re-take"))
        self.draft = text_label("", self.tr("Unfinished"))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(lambda: self.start.emit(instrument.id, False))
        self.continue_button = QPushButton(self.tr("Continue where I left off"))
        self.continue_button.clicked.connect(lambda: self.start.emit(instrument.id, True))
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(lambda: self.history.emit(instrument.id))
        for button, what in (
            (self.start_button, self.tr("Start %1")),
            (self.continue_button, self.tr("Continue %1")),
            (self.history_button, self.tr("History of %1")),
        ):
            button.setAccessibleName(what.replace("%1", instrument.short_name))
        # The buttons wrap when the card is narrow, so a paused check-in's extra button never
        # widens its column past its neighbour's.
        from ui.mood.chips import FlowLayout

        button_row = QWidget()
        buttons = FlowLayout(button_row)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.history_button)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        button_row.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        for widget in (self.name, self.about, self.last, self.due, self.draft):
            layout.addWidget(widget)
        layout.addWidget(button_row)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_state(self, latest, due, draft) -> None:
        if latest is None:
            self.last.setText(self.tr("Not taken yet."))
            self.history_button.setEnabled(False)
        else:
            # A PHQ-9 question 9 above zero is named before the band, here as everywhere.
            lead = "".join(
                self.tr("question %1 answered %2; ")
                .replace("%1", str(item))
                .replace("%2", answer_label(form_for(latest.instrument, latest.language), value))
                for item, _text, value in flagged_items(latest)
            )
            self.last.setText(
                self.tr("Last: %1“%2” on %3.")
                .replace("%1", lead)
                .replace("%2", latest.band_label)
                .replace("%3", long_day(latest.taken_at.date()))
            )
            self.history_button.setEnabled(True)
        self.due.setVisible(due is not None)
        if due is not None:
            self.due.setText(self.tr("Due for a re-take, whenever suits you."))
        self.draft.setVisible(draft is not None)
        self.continue_button.setVisible(draft is not None)
        if draft is not None:
            answered = sum(a is not None for a in draft.answers)
            self.draft.setText(
                self.tr("You answered %1 of %2 questions last time.")
                .replace("%1", str(answered))
                .replace("%2", str(len(self.instrument.items)))
            )
            self.start_button.setText(self.tr("Start again"))
        else:
            self.start_button.setText(
                self.tr("Start") if latest is None else self.tr("Take it again")
            )
        for label in (self.last, self.due, self.draft):
            label.setAccessibleName(label.text())


class CheckinsPage(Page):
    kinds = frozenset({"assessments", "settings"})
    help_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(
            context,
            self.tr("Check-ins"),
            self.tr(
                "Short questionnaires, scored exactly as published, to notice how things change. "
                "They are screening tools, not a diagnosis, and every one is optional."
            ),
            parent=parent,
        )
        self.cards: dict[str, InstrumentCard] = {}
        self.runner = None
        self.result_view = None
        self.history_view = None

        overview = QWidget()
        grid = QGridLayout(overview)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        shipped = instruments()
        for n, ins_id in enumerate(i for i in MAIN_ORDER if i in shipped):
            card = InstrumentCard(shipped[ins_id])
            card.start.connect(self.start)
            card.history.connect(self.show_history)
            self.cards[ins_id] = card
            grid.addWidget(card, n // 2, n % 2)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setColumnStretch(0, 1)  # two even columns, whatever each card holds
        grid.setColumnStretch(1, 1)

        self.stack = CurrentPageStack()
        self.stack.addWidget(overview)
        self.overview = overview
        self.content.addWidget(self.stack)
        self.finish_layout()

    def refresh(self) -> None:
        latest = self.companion.checkins.latest()
        due = {d.instrument: d for d in self.companion.checkins.due_for_retake()}
        drafts = {d.instrument: d for d in self.companion.checkins.drafts()}
        for ins_id, card in self.cards.items():
            card.show_state(latest.get(ins_id), due.get(ins_id), drafts.get(ins_id))

    # --- the runner, the result and the history -----------------------------------------------------

    def _replace(self, attr: str, widget: QWidget | None) -> None:
        old = getattr(self, attr)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        setattr(self, attr, widget)
        if widget is not None:
            self.stack.addWidget(widget)
            self.stack.setCurrentWidget(widget)

    def start(self, instrument: str, resume: bool = True):
        from ui.checkins.runner import QuestionnaireRunner

        runner = QuestionnaireRunner(self.companion, instrument, resume=resume)
        runner.finished.connect(self.show_result)
        runner.stopped.connect(self.show_overview)
        runner.help_requested.connect(self.help_requested.emit)
        self._replace("runner", runner)
        runner.setFocus(Qt.FocusReason.OtherFocusReason)
        return runner

    def show_result(self, result):
        from ui.checkins.result_view import ResultView

        view = ResultView(result)
        view.done.clicked.connect(self.show_overview)
        view.help_button.clicked.connect(self.help_requested.emit)
        self._replace("result_view", view)
        self._replace("runner", None)
        self.stack.setCurrentWidget(view)
        view.done.setFocus()
        return view

    def show_history(self, instrument: str):
        from ui.checkins.history_chart import HistoryChart
        from ui.checkins.results_list import ResultsList

        box = QFrame()
        box.setObjectName("card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        ins = instruments()[instrument]
        heading = text_label(ins.name, ins.name)
        set_relative_font(heading, 1.1, bold=True)
        chart = HistoryChart(self.companion, instrument)
        back = QPushButton(self.tr("Back to check-ins"))
        back.clicked.connect(self.show_overview)
        layout.addWidget(heading)
        layout.addWidget(chart)
        results = ResultsList(self.companion, instrument)
        results.changed.connect(chart.refresh)
        results.changed.connect(self.refresh)
        layout.addWidget(results)
        box.results = results
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)
        box.chart = chart
        self._replace("history_view", box)
        back.setFocus()
        return box

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self._replace("runner", None)
        self.refresh()
