"""The year in pixels: one square per day coloured by that day's mean mood, months as rows.

Built on a table so every square is a real cell a screen reader can visit and read aloud; a
plain text table of the days with entries is one toggle away.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.mood.common import level_colour, long_day, nearest_label
from ui.numbers import decimal
from ui.pages.base import text_label
from ui.theme import scaled_font, set_relative_font

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
MEAN_ROLE = Qt.ItemDataRole.UserRole + 2


class YearInPixels(QWidget):
    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.year = companion.clock.now().year
        self.filter = None
        self.means: dict[date, float] = {}
        self.setAccessibleName(self.tr("Year in pixels"))

        self.previous = QPushButton("‹")
        self.previous.setAccessibleName(self.tr("Previous year"))
        self.previous.setToolTip(self.tr("Previous year"))
        self.previous.clicked.connect(lambda: self.set_year(self.year - 1))
        self.next = QPushButton("›")
        self.next.setAccessibleName(self.tr("Next year"))
        self.next.setToolTip(self.tr("Next year"))
        self.next.clicked.connect(lambda: self.set_year(self.year + 1))
        for button in (self.previous, self.next):
            button.setFixedWidth(round(self.fontMetrics().height() * 2.2))
        self.title = text_label("", self.tr("Year shown"))
        set_relative_font(self.title, 1.05, bold=True)
        self.as_text = QPushButton(self.tr("Show as a list"))
        self.as_text.setCheckable(True)
        self.as_text.setAccessibleName(self.tr("Show the year as a text list"))
        self.as_text.toggled.connect(self._toggle_text)
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.title)
        top.addWidget(self.next)
        top.addStretch(1)
        top.addWidget(self.as_text)

        self.grid = QTableWidget(12, 31)
        self.grid.setAccessibleName(self.tr("Days of the year, coloured by mood"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Thin gaps in the page's own colour make separate squares rather than one patchwork.
        self.grid.setShowGrid(True)
        self.grid.setFrameShape(QTableWidget.Shape.NoFrame)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Every fifth day is numbered: all 31 would not fit squares small enough for the page.
        self.grid.setHorizontalHeaderLabels(
            [str(d) if d == 1 or d % 5 == 0 else "" for d in range(1, 32)]
        )
        self.grid.setVerticalHeaderLabels(
            [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        )
        # Day numbers along the top in a smaller type, months down the side, both unpadded so
        # they fit the squares; each square also names its day when hovered.
        self.grid.horizontalHeader().setFont(scaled_font(self, 0.75))
        self.grid.setStyleSheet(
            "QTableWidget { gridline-color: palette(base); }"
            " QHeaderView::section { padding: 0px 1px; border: none;"
            " background: palette(base); color: palette(text); }"
        )
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._size_squares()

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Days with a mood, as text"))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Mood"), self.tr("Average")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(260)
        self.table.hide()
        self.legend = text_label("", self.tr("Legend"))
        self.key = self._colour_key()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addWidget(self.table)
        layout.addWidget(self.key)
        layout.addWidget(self.legend)

    def _colour_key(self) -> QWidget:
        """A swatch per mood level with its name, and one for days with nothing noted; the
        pairs wrap like words when the page is narrow."""
        from ui.mood.chips import FlowLayout

        key = QWidget()
        key.setAccessibleName(self.tr("Colour key"))
        flow = FlowLayout(key, spacing=12)
        labels = self.companion.mood.labels()
        side = self.fontMetrics().height()
        swatches = [(level_colour(n).name(), labels[n - 1]) for n in range(1, 6)]
        empty = self.palette().color(QPalette.ColorRole.Midlight).name()
        swatches.append((empty, self.tr("nothing noted")))
        for colour, name in swatches:
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            swatch = QLabel()
            swatch.setFixedSize(side, side)
            swatch.setStyleSheet(
                f"background: {colour}; border: 1px solid palette(mid); border-radius: 3px;"
            )
            swatch.setAccessibleName(self.tr("Colour for %1").replace("%1", name))
            words = QLabel(name)
            words.setAccessibleName(name)
            row.addWidget(swatch)
            row.addWidget(words)
            flow.addWidget(pair)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        key.setSizePolicy(policy)
        return key

    def _size_squares(self) -> None:
        # Explicit sizes: a header's default section size can be reset when the style polishes it.
        top, side = self.grid.horizontalHeader(), self.grid.verticalHeader()
        square = max(14, round(self.fontMetrics().height() * 1.1))
        day_width = QFontMetrics(top.font()).horizontalAdvance("30") + 2
        square = max(square, day_width)
        row_height = max(square, QFontMetrics(side.font()).height() + 4)
        for header in (top, side):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(min(square, row_height))
        for column in range(31):
            self.grid.setColumnWidth(column, square)
        for row in range(12):
            self.grid.setRowHeight(row, row_height)
        top.setFixedHeight(QFontMetrics(top.font()).height() + 2)
        frame = 2 * self.grid.frameWidth()
        width = side.sizeHint().width() + 31 * square + frame + 2
        self.grid.setFixedSize(width, top.height() + 12 * row_height + frame + 2)

    def set_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def set_filter(self, mood_filter) -> None:
        self.filter = mood_filter
        self.refresh()

    def refresh(self) -> None:
        labels = self.companion.mood.labels()
        today = self.companion.today()
        self.title.setText(str(self.year))
        self.title.setAccessibleName(self.tr("Year %1").replace("%1", str(self.year)))
        self.next.setEnabled(self.year < today.year)
        self.means = self.companion.mood.year_in_pixels(self.year, filter=self.filter)
        empty = QBrush(self.palette().color(QPalette.ColorRole.Midlight))
        for month in range(1, 13):
            days_in_month = calendar.monthrange(self.year, month)[1]
            for column in range(31):
                item = QTableWidgetItem()
                if column >= days_in_month:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    self.grid.setItem(month - 1, column, item)
                    continue
                day = date(self.year, month, column + 1)
                mean = self.means.get(day)
                if mean is None:
                    text = self.tr("%1: nothing noted").replace("%1", long_day(day))
                    item.setBackground(empty)
                else:
                    text = (
                        self.tr("%1: %2 (%3 of 5)")
                        .replace("%1", long_day(day))
                        .replace("%2", nearest_label(labels, mean))
                        .replace("%3", decimal(mean))
                    )
                    item.setBackground(QBrush(level_colour(mean)))
                    item.setData(MEAN_ROLE, mean)
                if day == today:
                    item.setForeground(
                        QBrush(QColor(self.palette().color(QPalette.ColorRole.Text)))
                    )
                    item.setText("•")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(DAY_ROLE, day.isoformat())
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.grid.setItem(month - 1, column, item)
        self._size_squares()
        self._fill_table(labels)
        noted = len(self.means)
        self.legend.setText(
            self.tr(
                "Days noted in %1: %n. Hover over a square to see its day and mood.", "", noted
            ).replace("%1", str(self.year))
        )
        self.legend.setAccessibleName(self.legend.text())
        self.grid.setAccessibleDescription(self.legend.text())

    def _fill_table(self, labels) -> None:
        self.table.setRowCount(len(self.means))
        for row, (day, mean) in enumerate(sorted(self.means.items())):
            for column, value in enumerate(
                (long_day(day), nearest_label(labels, mean), decimal(mean))
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _toggle_text(self, as_text: bool) -> None:
        self.grid.setVisible(not as_text)
        self.table.setVisible(as_text)
        self.as_text.setText(self.tr("Show as squares") if as_text else self.tr("Show as a list"))

    def squares(self) -> list[QTableWidgetItem]:
        """Every cell that stands for a real day of the year."""
        cells = (self.grid.item(r, c) for r in range(12) for c in range(31))
        return [item for item in cells if item is not None and item.data(DAY_ROLE)]
