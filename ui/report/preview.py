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
        self.resize(720, 860)
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
