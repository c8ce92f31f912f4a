"""A date axis for pyqtgraph plots that names months and weekdays in the language in use ("Okt.",
"oct.") rather than through strftime's English."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# pyqtgraph's strftime formats for its tick levels, and the same as QLocale formats.
QT_FORMATS = {
    "%Y": "yyyy",
    "%b": "MMM",
    "%d": "d",
    "%a %d": "ddd d",
    "%H:%M": "HH:mm",
    "%H:%M:%S": "HH:mm:ss",
}


class LocaleDateAxis(pg.DateAxisItem):
    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        qt_format = QT_FORMATS.get(spec.format) if spec is not None else None
        if qt_format is None:
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        strings = []
        for value in values:
            try:
                x = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                return super().tickStrings(values, scale, spacing)
            when = QDateTime(QDate(x.year, x.month, x.day), QTime(x.hour, x.minute, x.second))
            strings.append(locale.toString(when, qt_format))
        return strings


class LocaleNumberAxis(pg.AxisItem):
    """A value axis whose tick labels use the language's decimal sign: "0,5" in German."""

    def tickStrings(self, values, scale, spacing):
        strings = super().tickStrings(values, scale, spacing)
        point = QLocale().decimalPoint()
        return [s.replace(".", point) if point != "." else s for s in strings]
