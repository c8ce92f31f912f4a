"""The report as a PDF (Qt's own QPdfWriter), as page images for the preview, and on a printer.

The PDF is made in memory and then written to a temp file beside the target and renamed, so a
failed or cancelled save never leaves half a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QSizeF,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from companion.domain.errors import StorageError
from companion.platform.fileio import atomic_write_bytes
from companion.services.report_data import Report
from ui.report.layout import Pages, lay_out

# Places that print on US Letter although some of them measure in metric.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
    }
)


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """A4, or US Letter where the locale measures in US units or prints on Letter."""
    locale = locale or QLocale.system()
    if (
        locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or locale.territory() in LETTER_TERRITORIES
    ):
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_points(page_size: QPageSize) -> QSizeF:
    return page_size.size(QPageSize.Unit.Point)


def pdf_bytes(report: Report, page_size: QPageSize | None = None) -> bytes:
    """The whole report as PDF bytes; text stays text, so it can be searched and read aloud."""
    page_size = page_size or default_page_size()
    pages = lay_out(report, page_points(page_size))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Companion summary {report.start.isoformat()} to {report.end.isoformat()}")
    writer.setCreator("Companion")
    writer.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    # One device unit per point: the layout's coordinates are used as they are.
    writer.setResolution(72)
    painter = QPainter()
    if not painter.begin(writer):
        raise StorageError("Companion couldn't start making the PDF.")
    try:
        for index in range(pages.count):
            if index:
                writer.newPage()
            pages.paint(painter, index)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_pdf(report: Report, path: Path | str, page_size: QPageSize | None = None) -> Path:
    """Write the report to `path` (temp file, then rename); return the path written."""
    path = Path(path)
    data = pdf_bytes(report, page_size)
    what = QCoreApplication.translate("ReportFile", "the report %1").replace("%1", path.name)
    atomic_write_bytes(path, data, what=what)
    return path


def page_images(
    report: Report, *, dpi: float = 96, page_size: QPageSize | None = None
) -> list[QImage]:
    """Each page as an image at `dpi`, for the preview."""
    page_size = page_size or default_page_size()
    pages = lay_out(report, page_points(page_size))
    return render_images(pages, dpi)


def render_images(pages: Pages, dpi: float) -> list[QImage]:
    scale = dpi / 72
    out = []
    for index in range(pages.count):
        image = QImage(
            round(pages.size.width() * scale),
            round(pages.size.height() * scale),
            QImage.Format.Format_RGB32,
        )
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        painter = QPainter(image)
        painter.scale(scale, scale)
        pages.paint(painter, index)
        painter.end()
        out.append(image)
    return out


def print_report(report: Report, printer) -> None:
    """Paint the report on a QPrinter the user set up in QPrintDialog."""
    from PySide6.QtPrintSupport import QPrinter

    rect = printer.pageRect(QPrinter.Unit.Point)
    pages = lay_out(report, QSizeF(rect.width(), rect.height()))
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError("The printer couldn't be started. Check that it is ready and try again.")
    try:
        scale = printer.resolution() / 72
        for index in range(pages.count):
            if index:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            pages.paint(painter, index)
            painter.restore()
    finally:
        painter.end()


_offscreen_app = None


def write_pdf_offscreen(report, target, paper: str = "auto"):
    """For the command line: draw the PDF without a display ("-platform offscreen" wins over
    QT_QPA_PLATFORM). `paper` is "a4", "letter" or "auto" (from the locale)."""
    global _offscreen_app
    from PySide6.QtGui import QGuiApplication, QPageSize

    if QGuiApplication.instance() is None:
        from companion.domain.i18n import current_language
        from ui.translation import install_qt_catalogues

        _offscreen_app = QGuiApplication(["companion", "-platform", "offscreen"])
        # The report's own words in the language the command speaks (its core text already is).
        install_qt_catalogues(_offscreen_app, current_language())
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    page_size = QPageSize(sizes[paper]) if paper in sizes else None
    return write_pdf(report, target, page_size)
