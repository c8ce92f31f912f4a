"""The circles map: rings from the closest people in the middle outwards, one marker per person.

A marker's colour and shape both show the status; the list beside the map reaches everyone by
keyboard. Circles can be renamed and given a new usual rhythm below.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from companion.domain.errors import CompanionError
from companion.services.people import MAX_CADENCE_DAYS
from ui.pages.base import text_label, wrap_rows
from ui.people.common import (
    STATUS_COLOURS,
    STATUS_SHAPES,
    last_contact_text,
    name_inner_edit,
    show_problem,
    status_icon,
    status_path,
    status_text,
)

RING_STEP = 70.0
MARKER = 16.0
PERSON_ID = 0  # QGraphicsItem data keys
STATUS = 1
SHAPE = 2


class PersonMarker(QGraphicsPathItem):
    def __init__(self, view, center: QPointF, small: bool = False) -> None:
        size = MARKER * 0.7 if small else MARKER
        rect = QRectF(center.x() - size / 2, center.y() - size / 2, size, size)
        shape = STATUS_SHAPES.get(view.status, "circle")
        super().__init__(status_path(shape, rect))
        colour = QColor(STATUS_COLOURS.get(view.status, "#888888"))
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(140), 1.2))
        self.setData(PERSON_ID, view.id)
        self.setData(STATUS, view.status)
        self.setData(SHAPE, shape)
        self.setToolTip(
            f"{view.name}\n{last_contact_text(view.last_contact_text)} · {status_text(view.status)}"
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class CirclesView(QGraphicsView):
    """Emits `person_clicked(id)` when a marker is clicked."""

    person_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list beside it is the keyboard way
        self.setAccessibleName(self.tr("Circles map"))
        self.setMinimumSize(420, 420)

    def markers(self) -> list[PersonMarker]:
        return [i for i in self.scene().items() if isinstance(i, PersonMarker)]

    def draw(self, circles, people, photos=None) -> None:
        """`photos`: person id -> photo bytes, for those who have one (shown as their avatar, the
        status marker sitting on its edge as a badge)."""
        photos = photos or {}
        scene = self.scene()
        scene.clear()
        palette = self.palette()
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        rings = [c.id for c in circles]
        if any(p.circle_id not in rings for p in people):
            rings.append(None)
        by_ring: dict[int | None, list] = {r: [] for r in rings}
        for p in people:
            by_ring[p.circle_id if p.circle_id in by_ring else None].append(p)
        names = {c.id: c.name for c in circles}
        for depth in range(len(rings), 0, -1):
            radius = RING_STEP * depth
            ring = QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius)
            shade = QColor(palette.color(QPalette.ColorRole.Base))
            ring.setBrush(shade if depth % 2 else palette.color(QPalette.ColorRole.AlternateBase))
            ring.setPen(QPen(line, 1))
            scene.addItem(ring)
        for depth, ring_id in enumerate(rings, start=1):
            label = QGraphicsSimpleTextItem(names.get(ring_id, self.tr("Not in a circle")))
            label.setBrush(text)
            width = label.boundingRect().width()
            label.setPos(-width / 2, -RING_STEP * depth + 4)
            scene.addItem(label)
            members = sorted(by_ring[ring_id], key=lambda p: p.name.casefold())
            radius = RING_STEP * (depth - 0.5)
            count = max(1, len(members))
            for n, person in enumerate(members):
                # Start at the right and leave the top free for the ring's name.
                angle = math.radians(-60 + 300 * (n + 0.5) / count) if count > 1 else 0.0
                center = QPointF(radius * math.cos(angle), radius * math.sin(angle))
                if person.id in photos:
                    from ui.people.avatar import avatar_pixmap

                    size = round(MARKER * 1.75)
                    avatar = QGraphicsPixmapItem(
                        avatar_pixmap(photos[person.id], person.name, size)
                    )
                    avatar.setPos(center.x() - size / 2, center.y() - size / 2)
                    avatar.setData(PERSON_ID, person.id)
                    avatar.setToolTip(person.name)
                    scene.addItem(avatar)
                    scene.addItem(
                        PersonMarker(person, center + QPointF(size / 2.6, size / 2.6), small=True)
                    )
                else:
                    scene.addItem(PersonMarker(person, center))
                scene.addItem(self._name_label(person.name, center, angle, palette))
        outer = RING_STEP * len(rings) + 10
        scene.setSceneRect(-outer, -outer, 2 * outer, 2 * outer)
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _name_label(
        self, name: str, center: QPointF, angle: float, palette
    ) -> QGraphicsSimpleTextItem:
        """The person's first name beside their dot, on the side away from the middle so the
        names of a small inner circle don't run into each other, at the normal text size
        however small the map is drawn (hovering still shows the whole name and status)."""
        label = QGraphicsSimpleTextItem(name.split()[0] if name.split() else name)
        label.setBrush(palette.color(QPalette.ColorRole.Text))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        box = label.boundingRect()
        dx, dy = math.cos(angle), math.sin(angle)
        label.setTransform(
            QTransform.fromTranslate(
                -box.width() / 2 + dx * (box.width() / 2 + 6),
                -box.height() / 2 + dy * (box.height() / 2 + 6),
            )
        )
        label.setPos(center.x(), center.y())
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def mouseReleaseEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, PersonMarker | QGraphicsPixmapItem):
            self.person_clicked.emit(item.data(PERSON_ID))
        super().mouseReleaseEvent(event)


class CirclesMapDialog(QDialog):
    """The map, the keyboard list of everyone, and a small editor for each circle."""

    person_chosen = Signal(int)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.setWindowTitle(self.tr("Circles map"))
        self.setAccessibleName(self.tr("Circles map"))
        self.map = CirclesView()
        self.map.person_clicked.connect(self.person_chosen.emit)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Everyone, by circle"))
        wrap_rows(self.list)
        self.list.itemActivated.connect(
            lambda item: self.person_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        side = QVBoxLayout()
        side.addWidget(
            text_label(
                self.tr("Closest people sit in the middle. Enter opens someone."),
                self.tr("About the map"),
            )
        )
        side.addWidget(self.list, 1)
        legend = QHBoxLayout()
        for status in ("on_track", "due_soon", "overdue"):
            icon = QLabel()
            icon.setPixmap(status_icon(status).pixmap(16, 16))
            legend.addWidget(icon)
            legend.addWidget(QLabel(status_text(status)))
        legend.addStretch(1)
        side.addLayout(legend)

        self.circle_choice = QComboBox()
        self.circle_choice.setAccessibleName(self.tr("Circle to edit"))
        self.circle_name = QLineEdit()
        self.circle_name.setAccessibleName(self.tr("Circle name"))
        self.circle_cadence = QSpinBox()
        self.circle_cadence.setRange(1, MAX_CADENCE_DAYS)
        self.circle_cadence.setPrefix(self.tr("every "))
        self.circle_cadence.setSuffix(self.tr(" days"))
        self.circle_cadence.setAccessibleName(self.tr("Usual rhythm for this circle, in days"))
        name_inner_edit(self.circle_cadence)
        self.save_circle = QPushButton(self.tr("Save &circle"))
        self.save_circle.setAccessibleName(self.tr("Save circle"))
        self.save_circle.clicked.connect(self.save_circle_changes)
        self.circle_choice.currentIndexChanged.connect(self._circle_chosen)
        form = QFormLayout()
        label = QLabel(self.tr("C&ircle:"))
        label.setBuddy(self.circle_choice)
        form.addRow(label, self.circle_choice)
        label = QLabel(self.tr("Na&me:"))
        label.setBuddy(self.circle_name)
        form.addRow(label, self.circle_name)
        label = QLabel(self.tr("Usual &rhythm:"))
        label.setBuddy(self.circle_cadence)
        form.addRow(label, self.circle_cadence)
        form.addRow(QLabel(""), self.save_circle)
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        side.addLayout(form)
        side.addWidget(self.problem)

        row = QHBoxLayout()
        row.addWidget(self.map, 3)
        row.addLayout(side, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.reload()
        self.list.setFocus()

    def reload(self) -> None:
        circles = self.companion.people.circles()
        people = self.companion.people.list()
        with_photo = self.companion.people.with_photo()
        photos = {pid: self.companion.people.photo(pid) for pid in with_photo}
        self.map.draw(circles, people, {pid: p for pid, p in photos.items() if p})
        names = {c.id: c.name for c in circles}
        order = {c.id: c.position for c in circles}
        self.list.clear()
        for p in sorted(people, key=lambda p: (order.get(p.circle_id, 99), p.name.casefold())):
            circle = names.get(p.circle_id, self.tr("Not in a circle"))
            text = f"{p.name} · {circle} · {status_text(p.status)}"
            item = QListWidgetItem(status_icon(p.status), text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setToolTip(last_contact_text(p.last_contact_text))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        chosen = self.circle_choice.currentData()
        self.circles = circles
        self.circle_choice.blockSignals(True)
        self.circle_choice.clear()
        for c in circles:
            self.circle_choice.addItem(c.name, c.id)
        self.circle_choice.setCurrentIndex(max(0, self.circle_choice.findData(chosen)))
        self.circle_choice.blockSignals(False)
        self._circle_chosen()

    def _circle_chosen(self, *_args) -> None:
        for c in self.circles:
            if c.id == self.circle_choice.currentData():
                self.circle_name.setText(c.name)
                self.circle_cadence.setValue(c.default_cadence_days)

    def save_circle_changes(self) -> None:
        show_problem(self.problem, None)
        try:
            self.companion.people.update_circle(
                self.circle_choice.currentData(),
                name=self.circle_name.text(),
                default_cadence_days=self.circle_cadence.value(),
            )
        except CompanionError as exc:
            show_problem(self.problem, exc)
            return
        self.reload()
