"""Preview: the report's pages as images in a scrolling dialog, with Save PDF… and Print… beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class PreviewDialog(QDialog):
    """Shows page images exactly as the PDF will have them."""

    save_requested = Signal()
    print_requested = Signal()

    def __init__(self, images, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report preview"))
        self.setAccessibleName(self.tr("Report preview"))
        inner = QWidget()
        pages = QVBoxLayout(inner)
        pages.setSpacing(16)
        pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            text = (
                self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(images)))
            )
            label.setAccessibleName(text)
            label.setToolTip(text)
            pages.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Pages"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.print_button.clicked.connect(self.print_requested.emit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._fit_pages(scroll, pages, images)

    def _fit_pages(self, scroll: QScrollArea, pages: QVBoxLayout, images) -> None:
        """Wide enough for a whole page and the scroll bar (no sideways scrolling), no taller or
        wider than the screen the dialog opens on."""
        widest = max((image.width() for image in images), default=0)
        frame = 2 * scroll.frameWidth() + 2 * 2  # the scroll area's frame and each page's box
        bar = scroll.verticalScrollBar().sizeHint().width()
        outer = self.layout().contentsMargins()
        inner = pages.contentsMargins()
        sides = outer.left() + outer.right() + inner.left() + inner.right()
        width = max(720, widest + frame + bar + sides + 8)
        height = 860
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 40)
        self.resize(width, height)
