"""Lays a Report out on pages as drawing steps in points (1/72 inch), for PDF, printer and preview.

Black text on white, greys and one calm ink; every number is written out, so nothing rests on colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from companion.domain.i18n import _
from companion.services.report_data import (
    SECTION_TITLES,
    ContactWeek,
    Report,
    describe_range,
    long_date,
    month_name,
)

INK = QColor("#1f2a2e")
MUTED = QColor("#5b6468")
RULE = QColor("#c9cfd1")
SHADE = QColor("#eef1f2")
ACCENT = QColor("#2b6f77")
BAR = QColor("#a9c6ca")
DOT = QColor("#6d7679")

MARGIN = 50.0
FOOTER = 24.0
WRAP = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)

Step = Callable[[QPainter], None]

# The report's words, extracted by lupdate under the context "report".
translate = QCoreApplication.translate


def font(size: int, *, bold: bool = False, italic: bool = False) -> QFont:
    """A sans font sized in points (pixel size on a 72-per-inch layout), without hinting so the
    widths measured here are the widths printed at any resolution."""
    f = QFont("DejaVu Sans")
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPixelSize(size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No "ff"/"fi" ligatures: copied or read-aloud text then has the plain letters.
    f.setFeature(QFont.Tag("liga"), 0)
    return f


BODY = font(10)
SMALL = font(8)
SMALL_ITALIC = font(8, italic=True)
BOLD = font(10, bold=True)
H1 = font(20, bold=True)
H2 = font(14, bold=True)
NOTE = font(9, italic=True)


def text_height(text: str, f: QFont, width: float) -> float:
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()


def short_day(day: date) -> str:
    return f"{day.day} {month_name(day.month)[:3]}"


@dataclass
class Pages:
    """Drawing steps per page, filled top to bottom by `Flow`."""

    size: QSizeF
    pages: list[list[Step]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.pages)

    def paint(self, painter: QPainter, index: int) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(QPointF(0, 0), self.size), QColor("white"))
        for step in self.pages[index]:
            step(painter)
        painter.restore()


class Flow:
    """A cursor down the page that starts a new page when the next block doesn't fit."""

    def __init__(self, size: QSizeF, running_head: str) -> None:
        self.out = Pages(size)
        self.width = size.width() - 2 * MARGIN
        self.bottom = size.height() - MARGIN - FOOTER
        self.running_head = running_head
        self.y = MARGIN
        self.out.pages.append([])

    @property
    def left(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.out.pages.append([])
        self.y = MARGIN
        head = self.running_head
        y = self.y
        w = self.width

        def draw(p: QPainter) -> None:
            p.setFont(SMALL)
            p.setPen(MUTED)
            p.drawText(QRectF(MARGIN, y, w, 12), WRAP, head)
            p.setPen(QPen(RULE, 0.6))
            p.drawLine(QPointF(MARGIN, y + 15), QPointF(MARGIN + w, y + 15))

        self.add(draw)
        self.y += 26

    def ensure(self, height: float) -> None:
        if height > self.left and self.y > MARGIN + 30:
            self.new_page()

    def add(self, step: Step) -> None:
        self.out.pages[-1].append(step)

    def space(self, h: float) -> None:
        self.y = min(self.y + h, self.bottom)

    def text(
        self,
        text: str,
        f: QFont = BODY,
        colour: QColor = INK,
        *,
        indent: float = 0,
        after: float = 6,
    ) -> None:
        """A paragraph; a long one is split across pages at word boundaries."""
        width = self.width - indent
        remaining = text
        while remaining:
            h = text_height(remaining, f, width)
            if h <= self.left:
                self._draw_text(remaining, f, colour, indent, width, h)
                self.y += h + after
                return
            words = remaining.split(" ")
            lo, hi = 0, len(words)
            while lo < hi:  # the most words that fit in what is left of this page
                mid = (lo + hi + 1) // 2
                if text_height(" ".join(words[:mid]), f, width) <= self.left:
                    lo = mid
                else:
                    hi = mid - 1
            if lo == 0:
                self.new_page()
                continue
            part = " ".join(words[:lo])
            self._draw_text(part, f, colour, indent, width, text_height(part, f, width))
            remaining = " ".join(words[lo:])
            self.new_page()

    def _draw_text(
        self, text: str, f: QFont, colour: QColor, indent: float, width: float, h: float
    ) -> None:
        rect = QRectF(MARGIN + indent, self.y, width, h + 2)

        def draw(p: QPainter) -> None:
            p.setFont(f)
            p.setPen(colour)
            p.drawText(rect, WRAP, text)

        self.add(draw)

    def boxed(self, title: str, paragraphs: Sequence[str]) -> None:
        """Paragraphs set apart in a tinted box with a rule at its side, read before what follows.
        Kept on one page when it fits; a long one continues box by box."""
        pad = 8.0
        inner = self.width - 2 * pad - 3
        parts = [(title, BOLD), *((p, BODY) for p in paragraphs)]
        heights = [text_height(t, f, inner) for t, f in parts]
        self.ensure(sum(heights) + 4 * len(parts) + 2 * pad)
        start = self.y
        self.y += pad
        steps: list[Step] = []
        for (t, f), h in zip(parts, heights, strict=True):
            if self.y + h > self.bottom:
                self._close_box(start, steps)
                self.new_page()
                start = self.y
                self.y += pad
                steps = []
            rect = QRectF(MARGIN + pad + 3, self.y, inner, h + 2)

            def draw(p: QPainter, rect: QRectF = rect, t: str = t, f: QFont = f) -> None:
                p.setFont(f)
                p.setPen(INK)
                p.drawText(rect, WRAP, t)

            steps.append(draw)
            self.y += h + 4
        self._close_box(start, steps)
        self.y += pad + 6

    def _close_box(self, top: float, steps: list[Step]) -> None:
        box = QRectF(MARGIN, top, self.width, self.y - top + 4)

        def frame(p: QPainter) -> None:
            p.fillRect(box, SHADE)
            p.fillRect(QRectF(box.left(), box.top(), 3, box.height()), ACCENT)

        self.add(frame)
        for step in steps:
            self.add(step)

    def heading(self, text: str, keep: float = 110) -> None:
        self.ensure(keep)  # keep a heading with the start of what follows
        self.space(8)
        self.text(text, H2, INK, after=4)
        self.rule(ACCENT, 1.2, after=8)

    def rule(self, colour: QColor, width: float, *, after: float) -> None:
        """A line across the column where the flow stands, then `after` points of space."""
        y, w = self.y, self.width

        def draw(p: QPainter) -> None:
            p.setPen(QPen(colour, width))
            p.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + w, y))

        self.add(draw)
        self.y += after

    def block(self, height: float, paint: Callable[[QPainter, QRectF], None]) -> None:
        """A fixed-height drawing such as a chart."""
        self.ensure(height)
        rect = QRectF(MARGIN, self.y, self.width, height)
        self.add(lambda p: paint(p, rect))
        self.y += height + 8

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        numeric: Sequence[bool] = (),
        bold_last: bool = False,
    ) -> None:
        """A table with a shaded header row, repeated on each page it runs onto."""
        total = sum(widths)
        cols = [w / total * self.width for w in widths]
        pad = 4.0

        def row_height(cells: Sequence[str], f: QFont) -> float:
            return (
                max(text_height(c, f, w - 2 * pad) for c, w in zip(cells, cols, strict=True))
                + 2 * pad
            )

        def draw_row(cells: Sequence[str], f: QFont, shaded: bool) -> None:
            h = row_height(cells, f)
            y = self.y
            xs = [MARGIN + sum(cols[:i]) for i in range(len(cols))]
            aligns = [
                (
                    Qt.AlignmentFlag.AlignRight
                    if i < len(numeric) and numeric[i]
                    else Qt.AlignmentFlag.AlignLeft
                )
                for i in range(len(cols))
            ]

            def draw(p: QPainter) -> None:
                if shaded:
                    p.fillRect(QRectF(MARGIN, y, self.width, h), SHADE)
                p.setFont(f)
                p.setPen(INK)
                for cell, x, w, align in zip(cells, xs, cols, aligns, strict=True):
                    flags = (
                        int(Qt.TextFlag.TextWordWrap) | int(align) | int(Qt.AlignmentFlag.AlignTop)
                    )
                    p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, h), flags, cell)
                p.setPen(QPen(RULE, 0.5))
                p.drawLine(QPointF(MARGIN, y + h), QPointF(MARGIN + self.width, y + h))

            self.add(draw)
            self.y += h

        header_h = row_height(header, BOLD)
        first = row_height(rows[0], BODY) if rows else 0
        self.ensure(header_h + first)
        draw_row(header, BOLD, True)
        for n, cells in enumerate(rows):
            f = BOLD if bold_last and n == len(rows) - 1 else BODY
            if row_height(cells, f) > self.left:
                self.new_page()
                draw_row(header, BOLD, True)
            draw_row(cells, f, False)
        self.y += 10


# --- charts --------------------------------------------------------------------------------------


def _axis_label(p: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    p.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignVCenter), text)


def mood_chart(report: Report) -> Callable[[QPainter, QRectF], None]:
    mood = report.mood
    assert mood is not None

    def paint(p: QPainter, rect: QRectF) -> None:
        label_w = 78.0
        plot = QRectF(
            rect.left() + label_w, rect.top() + 6, rect.width() - label_w - 6, rect.height() - 40
        )
        n = max(1, len(mood.days) - 1)

        def x(i: int) -> float:
            return plot.left() + plot.width() * (i / n if len(mood.days) > 1 else 0.5)

        def y(level: float) -> float:
            return plot.bottom() - (level - 1) / 4 * plot.height()

        p.setFont(SMALL)
        for level in range(1, 6):
            p.setPen(
                QPen(
                    RULE, 0.5, Qt.PenStyle.DotLine if level not in (1, 5) else Qt.PenStyle.SolidLine
                )
            )
            p.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)))
            p.setPen(MUTED)
            _axis_label(
                p,
                QRectF(rect.left(), y(level) - 7, label_w - 6, 14),
                f"{level} {mood.labels[level - 1]}",
                Qt.AlignmentFlag.AlignRight,
            )
        # Date ticks: weekly for short ranges, else about six evenly spaced.
        count = len(mood.days)
        step = 7 if count <= 42 else max(7, (count // 6) // 7 * 7)
        p.setPen(MUTED)
        for i in range(0, count, step):
            p.drawLine(QPointF(x(i), plot.bottom()), QPointF(x(i), plot.bottom() + 3))
            _axis_label(
                p,
                QRectF(x(i) - 30, plot.bottom() + 3, 60, 14),
                short_day(mood.days[i].day),
                Qt.AlignmentFlag.AlignHCenter,
            )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(DOT))
        radius = 2.2 if count <= 120 else 1.4
        for i, d in enumerate(mood.days):
            if d.mean is not None:
                p.drawEllipse(QPointF(x(i), y(d.mean)), radius, radius)
        path = QPainterPath()
        started = False
        for i, d in enumerate(mood.days):
            if d.rolling_mean is None:
                started = False
                continue
            point = QPointF(x(i), y(d.rolling_mean))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(ACCENT, 1.8))
        p.drawPath(path)
        # Legend: a shape and a word for each series, so colour is never the only clue.
        ly = rect.bottom() - 12
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(DOT))
        p.drawEllipse(QPointF(plot.left() + 4, ly), 2.2, 2.2)
        p.setPen(INK)
        p.setFont(SMALL)
        _axis_label(
            p,
            QRectF(plot.left() + 10, ly - 7, 120, 14),
            translate("report", "Day average"),
            Qt.AlignmentFlag.AlignLeft,
        )
        p.setPen(QPen(ACCENT, 1.8))
        p.drawLine(QPointF(plot.left() + 110, ly), QPointF(plot.left() + 130, ly))
        p.setPen(INK)
        _axis_label(
            p,
            QRectF(plot.left() + 136, ly - 7, 160, 14),
            "7-day average",
            Qt.AlignmentFlag.AlignLeft,
        )

    return paint


def bar_chart(
    values: Sequence[tuple[str, float | None, str]],
    *,
    top: float,
    caption: str,
) -> Callable[[QPainter, QRectF], None]:
    """Bars with their value written above; a missing value is marked "no data", never drawn as 0."""

    def paint(p: QPainter, rect: QRectF) -> None:
        caption_h = text_height(caption, SMALL_ITALIC, rect.width())
        plot = QRectF(
            rect.left() + 4, rect.top() + 16, rect.width() - 8, rect.height() - 36 - caption_h
        )
        n = max(1, len(values))
        slot = plot.width() / n
        bar_w = min(34.0, slot * 0.7)
        p.setPen(QPen(RULE, 0.6))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        p.setFont(SMALL)
        label_every = max(
            1, int(n / max(1, plot.width() / 46)) + (1 if n * 46 > plot.width() else 0)
        )
        for i, (label, value, shown) in enumerate(values):
            cx = plot.left() + slot * (i + 0.5)
            if value is None:
                p.setPen(MUTED)
                p.setFont(SMALL_ITALIC)
                _axis_label(
                    p,
                    QRectF(cx - slot / 2, plot.bottom() - 14, slot, 12),
                    "no data",
                    Qt.AlignmentFlag.AlignHCenter,
                )
                p.setFont(SMALL)
            else:
                h = plot.height() * min(1.0, value / top) if top else 0
                bar = QRectF(cx - bar_w / 2, plot.bottom() - h, bar_w, h)
                p.setPen(QPen(ACCENT, 0.8))
                p.setBrush(QBrush(BAR))
                p.drawRect(bar)
                p.setPen(INK)
                _axis_label(
                    p,
                    QRectF(cx - slot / 2, bar.top() - 13, slot, 12),
                    shown,
                    Qt.AlignmentFlag.AlignHCenter,
                )
            if i % label_every == 0:
                p.setPen(MUTED)
                _axis_label(
                    p,
                    QRectF(cx - 30, plot.bottom() + 3, 60, 12),
                    label,
                    Qt.AlignmentFlag.AlignHCenter,
                )
        p.setPen(MUTED)
        p.setFont(SMALL_ITALIC)
        p.drawText(
            QRectF(rect.left(), rect.bottom() - caption_h, rect.width(), caption_h + 2),
            WRAP,
            caption,
        )

    return paint


# --- the report ----------------------------------------------------------------------------------


def _minutes(value: float) -> str:
    hours, minutes = divmod(round(value), 60)
    return f"{hours} h {minutes:02d}" if hours else f"{minutes} min"


def lay_out(report: Report, size: QSizeF) -> Pages:
    span = describe_range(report.start, report.end)
    flow = Flow(size, translate("report", "Companion summary · %1").replace("%1", span))
    _header(flow, report, span)
    if report.checkins is not None:
        _checkins(flow, report)
    if report.mood is not None:
        _mood(flow, report)
    if report.contact is not None:
        _contact(flow, report)
    if report.screen is not None:
        _screen(flow, report)
    if report.journal is not None:
        _journal(flow, report)
    _footers(flow.out)
    return flow.out


def _header(flow: Flow, report: Report, span: str) -> None:
    flow.text(translate("report", "Summary from Companion"), H1, INK, after=4)
    flow.text(span, font(12, bold=True), INK, after=6)
    flow.text(report.header_line, NOTE, INK, after=4)
    made = translate("report", "Made on %1.").replace("%1", long_date(report.made_on))
    if report.initials:
        made += " " + translate("report", "People are shown by their initials.")
    flow.text(made, SMALL, MUTED, after=2)
    if report.demo:
        flow.text(
            translate("report", "This is a demo profile: everything in it is made up."),
            BOLD,
            INK,
            after=2,
        )
    shown = ", ".join(_(SECTION_TITLES[s]).lower() for s in report.sections) or translate(
        "report", "nothing"
    )
    flow.text(
        translate("report", "Sections included: %1.").replace("%1", shown), SMALL, MUTED, after=4
    )
    flow.rule(RULE, 0.8, after=6)


def _mood(flow: Flow, report: Report) -> None:
    mood = report.mood
    assert mood is not None
    flow.heading(_(SECTION_TITLES["mood"]), keep=260)
    flow.text(mood.summary)
    if mood.days_logged:
        flow.block(190, mood_chart(report))
    if mood.common_emotions:
        flow.text(
            translate("report", "Feelings noted most often: %1.").replace(
                "%1", ", ".join(f"{name} ({n})" for name, n in mood.common_emotions)
            ),
            after=6,
        )
    flow.text(
        translate("report", "Mood is logged on a 1 to 5 scale: %1.").replace(
            "%1", ", ".join(f"{i} {label}" for i, label in enumerate(mood.labels, start=1))
        ),
        SMALL,
        MUTED,
    )


def _checkins(flow: Flow, report: Report) -> None:
    section = report.checkins
    assert section is not None
    flow.heading(_(SECTION_TITLES["checkins"]))
    if section.first:
        # PHQ-9 question 9 above zero: read before any band, in a box of its own.
        flow.boxed(translate("report", "Please read first"), section.first)
    flow.text(section.summary)
    if section.rows:
        rows = []
        for r in section.rows:
            score = (
                translate("report", "%1 of %2")
                .replace("%1", str(r.total))
                .replace("%2", str(r.max_total))
            )
            if r.percentage is not None:
                score += f" ({r.percentage}%)"
            answers = ",".join(str(a) for a in r.answers)
            rows.append([long_date(r.taken_on), r.short_name, score, r.band_label, answers])
        flow.table(
            [
                translate("report", "Date"),
                translate("report", "Check-in"),
                translate("report", "Score"),
                translate("report", "Band"),
                translate("report", "Answers"),
            ],
            rows,
            [110, 60, 70, 150, 105],
            numeric=[False, False, True, False, False],
        )
        _languages(flow, section.rows)
        notes = [
            f"{r.short_name}, {long_date(r.taken_on)}: {note}"
            for r in section.rows
            for note in r.notes
        ]
        for r in section.rows:
            if r.difficulty:
                notes.append(
                    translate(
                        "report",
                        "%1, %2: how difficult these problems have made things (not scored): “%3”.",
                    )
                    .replace("%1", r.short_name)
                    .replace("%2", long_date(r.taken_on))
                    .replace("%3", r.difficulty)
                )
        if notes:
            flow.text(translate("report", "Notes on single results"), BOLD, after=2)
            for note in notes:
                flow.text(note, after=4)
            flow.space(4)
        flow.text(
            translate(
                "report",
                "Answers are listed question by question, as the values each questionnaire "
                "scores as published: %1.",
            ).replace("%1", "; ".join(f"{short}: {scale}" for short, scale in section.scales)),
            SMALL,
            MUTED,
            after=4,
        )
        for name, question in section.closing:
            flow.text(
                translate("report", "%1 closing question, not scored: “%2”")
                .replace("%1", name)
                .replace("%2", question),
                SMALL,
                MUTED,
                after=4,
            )
        for name, note in section.cutoff_notes:
            flow.text(f"{name}: {note}", SMALL, MUTED, after=4)
        names = sorted({(r.short_name, r.name) for r in section.rows})
        flow.text(
            translate("report", "Questionnaires: %1.").replace(
                "%1", "; ".join(f"{short}, {name}" for short, name in names)
            ),
            SMALL,
            MUTED,
        )


def _languages(flow: Flow, rows) -> None:
    """The language each check-in was answered in: one line when all share it, else one line
    per language naming its check-ins."""
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(r.answered_in, []).append(f"{r.short_name}, {long_date(r.taken_on)}")
    if len(groups) == 1:
        (language,) = groups
        flow.text(
            translate("report", "Every check-in here was answered in: %1.").replace("%1", language),
            after=6,
        )
        return
    flow.text(translate("report", "The language each check-in was answered in"), BOLD, after=2)
    for language, taken in groups.items():
        flow.text(f"{language}: {'; '.join(taken)}.", after=4)
    flow.space(4)


def _contact(flow: Flow, report: Report) -> None:
    c = report.contact
    assert c is not None
    flow.heading(_(SECTION_TITLES["contact"]), keep=220)
    flow.text(c.summary)
    if not c.interactions:
        return

    def shown(w: ContactWeek) -> str:
        # A week cut by the period's edge says how many of its days were inside.
        days = (w.last - w.first).days + 1
        if days == 7:
            return str(w.days_with_contact)
        return (
            translate("report", "%1 of %2")
            .replace("%1", str(w.days_with_contact))
            .replace("%2", str(days))
        )

    flow.block(
        150,
        bar_chart(
            [(short_day(w.first), float(w.days_with_contact), shown(w)) for w in c.weeks],
            top=7,
            caption=translate(
                "report",
                "Days in touch with someone, per week (the week's first day in the period "
                "below each bar; a week cut by the period's edge shows “of” its days inside).",
            ),
        ),
    )
    rows = []
    for w in c.weeks:
        span = (
            short_day(w.first)
            if w.first == w.last
            else f"{short_day(w.first)} – {short_day(w.last)}"
        )
        rows.append(
            [span, str(w.days_with_contact), str(w.interactions), *(str(n) for n in w.by_circle)]
        )
    rows.append(
        [translate("report", "Different people"), "", "", *(str(n) for n in c.circle_people)]
    )
    flow.table(
        [
            translate("report", "Week"),
            translate("report", "Days in touch"),
            translate("report", "Times in touch"),
            *c.circles,
        ],
        rows,
        [1.5, 0.9, 0.9, *([1.0] * len(c.circles))],
        numeric=[False, True, True, *([True] * len(c.circles))],
        bold_last=True,
    )
    flow.text(
        translate(
            "report",
            "Circle columns count the times in touch with someone in that circle; the last row "
            "counts the different people in each circle.",
        ),
        SMALL,
        MUTED,
    )
    if c.people:
        flow.text(translate("report", "Most in touch"), BOLD, after=2)
        flow.table(
            [
                translate("report", "Person"),
                translate("report", "Times in touch"),
                translate("report", "Last time"),
            ],
            [[name, str(n), long_date(last)] for name, n, last in c.people],
            [2.0, 1.0, 1.4],
            numeric=[False, True, False],
        )
    if c.channels:
        flow.text(
            translate("report", "How: %1.").replace(
                "%1", ", ".join(f"{label} {n}" for label, n in c.channels)
            )
        )
    if c.felt:
        flow.text(
            translate("report", "How it felt: %1.").replace(
                "%1", ", ".join(f"{label} {n}" for label, n in c.felt)
            )
        )


def _screen(flow: Flow, report: Report) -> None:
    s = report.screen
    assert s is not None
    flow.heading(_(SECTION_TITLES["screen"]), keep=220)
    flow.text(s.summary)
    if s.days_with_figures:
        top = max((v for _m, v in s.weekly_means if v is not None), default=60.0)
        flow.block(
            150,
            bar_chart(
                [
                    (short_day(max(m, report.start)), v, _minutes(v) if v is not None else "")
                    for m, v in s.weekly_means
                ],
                top=top * 1.1,
                caption=translate(
                    "report", "Average screen time a day, per week (hours and minutes)."
                ),
            ),
        )
        flow.table(
            [translate("report", "Category"), translate("report", "Average a day")],
            [[label, _minutes(v)] for label, v in s.categories],
            [2.0, 1.0],
            numeric=[False, True],
        )
    if s.boundaries:
        flow.text(translate("report", "Boundaries"), BOLD, after=2)
        flow.table(
            [
                translate("report", "Boundary"),
                translate("report", "Planned days"),
                translate("report", "Checked in"),
                translate("report", "Kept"),
                translate("report", "Partly"),
                translate("report", "Not that day"),
            ],
            [
                [
                    b.title,
                    str(b.planned_days),
                    str(b.checked_days),
                    str(b.kept),
                    str(b.partly),
                    str(b.not_today),
                ]
                for b in s.boundaries
            ],
            [2.6, 0.9, 0.9, 0.7, 0.7, 0.9],
            numeric=[False, True, True, True, True, True],
        )
    else:
        flow.text(translate("report", "No boundaries were set in this period."), after=6)


def _journal(flow: Flow, report: Report) -> None:
    j = report.journal
    assert j is not None
    flow.heading(_(SECTION_TITLES["journal"]))
    if not j.entries:
        flow.text(translate("report", "No entries were chosen for this report."))
        return
    flow.text(
        translate("report", "Entries the user chose to share, as they wrote them."), SMALL, MUTED
    )
    for entry in j.entries:
        flow.ensure(40)
        flow.text(f"{long_date(entry.day)} · {entry.title}", BOLD, after=2)
        for paragraph in entry.text.split("\n"):
            if paragraph.strip():
                flow.text(paragraph.strip(), after=4)
        flow.space(6)


def _footers(pages: Pages) -> None:
    total = pages.count
    w = pages.size.width() - 2 * MARGIN
    y = pages.size.height() - MARGIN + 6
    for n, steps in enumerate(pages.pages, start=1):

        def draw(p: QPainter, n: int = n) -> None:
            p.setFont(SMALL)
            p.setPen(MUTED)
            p.drawText(
                QRectF(MARGIN, y, w, 12),
                int(Qt.AlignmentFlag.AlignLeft),
                translate("report", "Companion · private; share only as you choose"),
            )
            p.drawText(
                QRectF(MARGIN, y, w, 12),
                int(Qt.AlignmentFlag.AlignRight),
                translate("report", "Page %1 of %2")
                .replace("%1", str(n))
                .replace("%2", str(total)),
            )

        steps.append(draw)
