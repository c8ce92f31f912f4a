"""Looks at one window as it is on screen and lists what a person would stumble over: a dialog
that cannot shrink to the screen, text that does not fit its widget, visible siblings on top of
each other, two pages of a stack painted at once, and text or controls below WCAG AA contrast in
the pixels actually rendered."""

from __future__ import annotations

import re

import numpy as np
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from tests.tour.checks import (
    MARK_MIN,
    TEXT_MIN,
    Finding,
    as_array,
    background_colour,
    contrast_ratio,
    differing_share,
    overlap,
    rendered_contrast,
    text_fits,
)

# A page painted under the current one shows as more than this share of changed pixels.
STACK_BLEED = 0.004


def name_of(widget: QWidget) -> str:
    """A widget as a reviewer finds it: its class and its text or accessible name."""
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    text = re.sub(r"<[^>]+>", "", text or widget.accessibleName() or widget.objectName())
    text = " ".join(text.replace("&", "").split())
    if len(text) > 48:
        text = text[:45] + "…"
    return f"{type(widget).__name__} “{text}”" if text else type(widget).__name__


def clipped_rect(widget: QWidget, root: QWidget, rect: QRect | None = None) -> QRect:
    """`rect` of the widget (all of it by default) in root's coordinates, less what its parents
    clip away (a scroll area's viewport, a row too short for it)."""
    rect = rect if rect is not None else widget.rect()
    if widget is root:
        return rect.intersected(root.rect())
    seen = QRect(widget.mapTo(root, rect.topLeft()), rect.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root and seen.isValid():
        seen = seen.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return seen.intersected(root.rect())


def shown(widget: QWidget, root: QWidget) -> bool:
    """Visible in `root` and not scrolled or clipped entirely out of view."""
    return (
        widget.isVisible()
        and widget.window() is root
        and widget.width() > 0
        and widget.height() > 0
        and not clipped_rect(widget, root).isEmpty()
    )


def _rect_in(widget: QWidget, root: QWidget, rect: QRect | None = None) -> QRect:
    rect = rect if rect is not None else widget.rect()
    if widget is root:
        return rect
    return QRect(widget.mapTo(root, rect.topLeft()), rect.size())


def _visible_rect_in(widget: QWidget, root: QWidget, rect: QRect | None = None) -> QRect:
    """Only the part of `rect` not clipped by a scroll area or a parent."""
    return clipped_rect(widget, root, rect)


# --- does the window fit the screen? ----------------------------------------------------------------


# What openbox's title bar and borders take, for a window it has not framed yet.
TITLE_BAR = 26


def _frame_extra(window: QWidget) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(frame.width() - inner.width(), frame.height() - inner.height())


def _least(window: QWidget) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def fit_to_screen(window: QWidget, room: QSize) -> None:
    """Hold a window to a screen of `room` (frame included), as the window manager would there:
    what does not fit must then scroll or wrap, not be cut. A largest size, not only a resize,
    so a window manager still placing a dialog just opened cannot undo it."""
    extra = _frame_extra(window)
    # A title bar not drawn yet (the window manager still placing the window) is counted too.
    extra.setHeight(max(extra.height(), TITLE_BAR))
    least = _least(window)
    most = QSize(
        max(room.width() - extra.width(), least.width(), 1),
        max(room.height() - extra.height(), least.height(), 1),
    )
    window.setMaximumSize(most)
    if window.width() > most.width() or window.height() > most.height():
        window.resize(window.size().boundedTo(most))


def screen_problems(screen: str, window: QWidget, room: QSize) -> list[Finding]:
    """A window whose minimum size is larger than a screen of `room`: part of it is off the
    screen, out of reach."""
    extra = _frame_extra(window)
    least = _least(window)
    if least.width() + extra.width() <= room.width() and (
        least.height() + extra.height() <= room.height()
    ):
        return []
    return [
        Finding(
            screen,
            "too big",
            name_of(window),
            f"needs at least {least.width()}×{least.height()} px inside a frame of "
            f"{extra.width()}×{extra.height()} on a {room.width()}×{room.height()} screen: "
            f"the rest is out of reach",
        )
    ]


# --- does the text fit? ------------------------------------------------------------------------


def _label_needs(label: QLabel, room: QRect) -> tuple[int, int]:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room.width())
            return min(round(doc.idealWidth()), room.width()), round(doc.size().height())
        return round(doc.idealWidth()), round(doc.size().height())
    metrics = QFontMetrics(label.font())
    flags = int(label.alignment())
    if label.buddy() is not None:
        flags |= int(Qt.TextFlag.TextShowMnemonic)
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
        bounds = metrics.boundingRect(QRect(0, 0, room.width(), 100000), flags, text)
    else:
        bounds = metrics.boundingRect(QRect(0, 0, 100000, 100000), flags, text)
    return bounds.width(), bounds.height()


def text_problems(screen: str, root: QWidget) -> list[Finding]:
    found = []
    for widget in root.findChildren(QWidget):
        if not shown(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect().adjusted(
                widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
            )
            need_w, need_h = _label_needs(widget, room)
            if not text_fits(need_w, need_h, room.width(), room.height()):
                found.append(
                    Finding(
                        screen,
                        "text cut",
                        name_of(widget),
                        f"needs {need_w}×{need_h} px, has {room.width()}×{room.height()}",
                    )
                )
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            room = _button_room(widget)
            metrics = QFontMetrics(widget.font())
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need_w = metrics.horizontalAdvance(text)
            if not widget.icon().isNull():
                need_w += widget.iconSize().width() + 4
            need_h = metrics.height()
            if not text_fits(need_w, need_h, room.width(), room.height()):
                found.append(
                    Finding(
                        screen,
                        "text cut",
                        name_of(widget),
                        f"needs {need_w}×{need_h} px, has {room.width()}×{room.height()}",
                    )
                )
        elif isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
            if isinstance(widget, QComboBox) and not widget.isEditable():
                found += _combo_problems(screen, widget)
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                found += _field_problems(screen, widget)
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), (QComboBox, QAbstractSpinBox)
            ):
                continue
            need = widget.minimumSizeHint().height()
            if widget.height() + 1 < need:
                found.append(
                    Finding(
                        screen,
                        "squeezed",
                        name_of(widget),
                        f"{widget.height()} px tall, its text needs {need}",
                    )
                )
        elif isinstance(widget, QHeaderView):
            found += _header_problems(screen, widget)
    return found


def _combo_problems(screen: str, combo: QComboBox) -> list[Finding]:
    """A drop-down list whose chosen item the style elides (“Todos los…” for “Todos los
    círculos”): the person cannot read what is chosen."""
    from PySide6.QtWidgets import QStyleOptionComboBox

    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    option.currentIcon = combo.itemIcon(combo.currentIndex())
    option.iconSize = combo.iconSize()
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not option.currentIcon.isNull():
        need += combo.iconSize().width() + 4
    if text_fits(need, 0, room.width(), 0, slack=2):
        return []
    return [
        Finding(
            screen,
            "text cut",
            f"{name_of(combo)} showing “{text}”",
            f"needs {need} px, has {room.width()}",
        )
    ]


# A field's text this short is a word or a number, which should show whole; longer text (a
# path, a sentence) scrolls inside its field by nature.
SHORT_TEXT = 32


def _field_problems(screen: str, field: QLineEdit) -> list[Finding]:
    """A short text in a field too narrow for it, which shows only part of it (“egular”)."""
    from PySide6.QtWidgets import QStyleOptionFrame

    text = field.displayText()
    if not text or len(text) > SHORT_TEXT:
        return []
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    # QLineEdit keeps 2 px each side of the text (QLineEditPrivate::horizontalMargin).
    width = room.width() - margins.left() - margins.right() - 4
    for action in field.actions():
        if action.isVisible():
            width -= field.height() - 4  # a clear button or an icon inside the field
    need = QFontMetrics(field.font()).horizontalAdvance(text)
    if text_fits(need, 0, width, 0, slack=1):
        return []
    return [
        Finding(
            screen,
            "text cut",
            f"{name_of(field)} showing “{text}”",
            f"needs {need} px, has {width}",
        )
    ]


def _button_room(widget: QAbstractButton) -> QRect:
    """Where the style lets a button draw its text (inside bevel, padding and indicator)."""
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    option.icon = widget.icon()
    option.iconSize = widget.iconSize()
    if isinstance(widget, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(widget, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
    return widget.style().subElementRect(element, option, widget)


def _header_problems(screen: str, header: QHeaderView) -> list[Finding]:
    """Header labels (a table's columns, Year in pixels' months and days) that Qt would cut."""
    model = header.model()
    if model is None:
        return []
    found = []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = header.sectionSizeFromContents(section)
        if "QHeaderView::section" in (header.parentWidget().styleSheet() or ""):
            # Its own padding, which sectionSizeFromContents does not know: the text itself.
            metrics = QFontMetrics(header.font())
            need = QSize(metrics.horizontalAdvance(str(text)) + 2, metrics.height())
        if horizontal:
            room_w, room_h = header.sectionSize(section), header.height()
        else:
            room_w, room_h = header.width(), header.sectionSize(section)
        if not text_fits(need.width(), need.height(), room_w, room_h):
            found.append(
                Finding(
                    screen,
                    "text cut",
                    f"header “{text}” of {name_of(header.parentWidget())}",
                    f"needs {need.width()}×{need.height()} px, has {room_w}×{room_h}",
                )
            )
    return found


def clip_problems(screen: str, root: QWidget) -> list[Finding]:
    """Text or a field sticking out of the widget that holds it, so part or all of it is never
    painted (a row of chips cut off by a form row too short for it)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox)):
            continue
        parent = widget.parentWidget()
        if (
            parent is None
            or not widget.isVisible()
            or widget.isWindow()
            or widget.window() is not root
            or not shown(parent, root)
            or isinstance(parent.parentWidget(), QAbstractScrollArea)  # scrolled content
            or isinstance(parent, (QAbstractItemView, QGraphicsView, QComboBox, QAbstractSpinBox))
        ):
            continue
        inside = parent.rect().adjusted(-1, -1, 1, 1)
        if not inside.contains(widget.geometry()):
            cut = widget.geometry().intersected(parent.rect())
            found.append(
                Finding(
                    screen,
                    "cut off",
                    name_of(widget),
                    f"{widget.width()}×{widget.height()} px at ({widget.x()}, {widget.y()}) in "
                    f"{name_of(parent)} of {parent.width()}×{parent.height()}: "
                    f"{cut.width()}×{cut.height()} shown",
                )
            )
    return found


def crowding_problems(screen: str, root: QWidget) -> list[Finding]:
    """Cards pressed against a page's scroll bar, with no breathing room between them."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    found = []
    for area in root.findChildren(QScrollArea):
        if shown(area, root) and area.horizontalScrollBar().isVisible():
            found.append(
                Finding(
                    screen,
                    "too wide",
                    name_of(area.widget() or area),
                    f"needs {area.widget().minimumSizeHint().width()} px across, has "
                    f"{area.viewport().width()}: the page scrolls sideways",
                )
            )
        elif (
            shown(area, root)
            and area.widget() is not None
            and area.widget().width() > area.viewport().width() + 1
        ):
            found.append(
                Finding(
                    screen,
                    "cut off",
                    name_of(area.widget()),
                    f"{area.widget().width()} px wide in a view of {area.viewport().width()} "
                    f"with no way to scroll sideways: its right edge is never seen",
                )
            )
        bar = area.verticalScrollBar()
        if not shown(area, root) or not bar.isVisible() or area.widget() is None:
            continue
        bar_left = bar.mapTo(root, QPoint(0, 0)).x()
        for card in area.widget().findChildren(QFrame, "card"):
            if not shown(card, root):
                continue
            right = card.mapTo(root, QPoint(card.width(), 0)).x()
            if 0 <= bar_left - right < 6:
                found.append(
                    Finding(
                        screen,
                        "crowded",
                        name_of(card),
                        f"ends {bar_left - right} px from the scroll bar",
                    )
                )
    return found


# --- overlapping siblings and stacks ---------------------------------------------------------------

_INTERNALS = (QScrollBar,)


def overlap_problems(screen: str, root: QWidget) -> list[Finding]:
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not shown(parent, root) or isinstance(
            parent, (QAbstractItemView, QGraphicsView, QAbstractSpinBox, QComboBox, QLineEdit)
        ):
            continue
        kids = [
            k
            for k in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if k.isVisible() and not k.isWindow() and not isinstance(k, _INTERNALS)
        ]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                shared = overlap(a.geometry(), b.geometry())
                if shared is not None:
                    found.append(
                        Finding(
                            screen,
                            "overlap",
                            f"{name_of(a)} and {name_of(b)}",
                            f"share {shared.width()}×{shared.height()} px in {name_of(parent)}",
                        )
                    )
    return found


def stack_problems(screen: str, root: QWidget, pixels: np.ndarray) -> list[Finding]:
    """Two pages of a QStackedWidget at once: visible in Qt's eyes, or seen on screen (what is
    drawn in the stack's area differs from the current page painted alone)."""
    found = []
    for stack in root.findChildren(QStackedWidget):
        if not shown(stack, root) or stack.currentWidget() is None:
            continue
        current = stack.currentWidget()
        others = [
            stack.widget(i)
            for i in range(stack.count())
            if stack.widget(i) is not current and stack.widget(i).isVisible()
        ]
        if others:
            found.append(
                Finding(
                    screen,
                    "stack",
                    name_of(stack),
                    f"{name_of(current)} shown with {', '.join(name_of(o) for o in others)}",
                )
            )
            continue
        area = clipped_rect(current, root)
        if area.width() < 8 or area.height() < 8:
            continue
        seen = QRect(current.mapFrom(root, area.topLeft()), area.size())
        alone = as_array(current.grab(seen).toImage())
        on_screen = pixels[area.top() : area.bottom() + 1, area.left() : area.right() + 1]
        share = differing_share(on_screen, alone)
        if share > STACK_BLEED:
            found.append(
                Finding(
                    screen,
                    "stack",
                    name_of(stack),
                    f"{share:.1%} of {name_of(current)}'s area on screen is not what it paints",
                )
            )
    return found


# --- contrast, from the pixels on screen ----------------------------------------------------------


def _text_rect(widget: QWidget) -> QRect:
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    if isinstance(widget, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(widget)
        option.text = widget.text()
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return widget.style().subElementRect(element, option, widget)
    # A push button: the text's own box in the middle, clear of the bevel.
    metrics = QFontMetrics(widget.font())
    bounds = metrics.boundingRect(widget.text().replace("&", ""))
    rect = QRect(0, 0, bounds.width() + 2, metrics.height())
    rect.moveCenter(widget.rect().center())
    return rect.intersected(widget.rect().adjusted(3, 3, -3, -3))


def _indicator_rect(widget: QAbstractButton) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return widget.style().subElementRect(element, option, widget)


def contrast_problems(screen: str, root: QWidget, pixels: np.ndarray) -> list[Finding]:
    found = []
    for widget in root.findChildren(QWidget):
        if not shown(widget, root) or not widget.isEnabled():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and not isinstance(widget, QToolButton):
            if not widget.text() or (isinstance(widget, QLabel) and not widget.pixmap().isNull()):
                continue
            area = _visible_rect_in(widget, root, _text_rect(widget))
            if area != _rect_in(widget, root, _text_rect(widget)):
                # Partly scrolled out of view (a sliver may hold no glyph at all): judged on the
                # screen where it is whole, as check boxes are.
                continue
            measured = rendered_contrast(pixels, area)
            if measured is not None and measured[0] < TEXT_MIN:
                ratio, fg, bg = measured
                found.append(
                    Finding(
                        screen,
                        "contrast",
                        name_of(widget),
                        f"text {fg.name()} on {bg.name()} is {ratio:.2f}:1, needs {TEXT_MIN}:1",
                    )
                )
        if isinstance(widget, (QCheckBox, QRadioButton)):
            indicator = _visible_rect_in(widget, root, _indicator_rect(widget))
            if indicator != _rect_in(widget, root, _indicator_rect(widget)):
                # Partly scrolled out of view: judged on the screen where it is whole.
                continue
            around = background_colour(pixels, _visible_rect_in(widget, root))
            measured = rendered_contrast(pixels, indicator, around)
            ratio = measured[0] if measured else 1.0
            if ratio < MARK_MIN:
                found.append(
                    Finding(
                        screen,
                        "contrast",
                        f"the {'box' if isinstance(widget, QCheckBox) else 'circle'} of "
                        f"{name_of(widget)}",
                        f"{ratio:.2f}:1 against {around.name() if around else '?'}, "
                        f"needs {MARK_MIN}:1",
                    )
                )
        if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            area = _visible_rect_in(widget, root, widget.rect().adjusted(4, 3, -4, -3))
            measured = rendered_contrast(pixels, area)
            if measured is not None and measured[0] < TEXT_MIN:
                found.append(
                    Finding(
                        screen,
                        "contrast",
                        f"placeholder of {name_of(widget)} “{widget.placeholderText()[:30]}”",
                        f"{measured[0]:.2f}:1, needs {TEXT_MIN}:1",
                    )
                )
    return found


def chart_problems(screen: str, root: QWidget, pixels: np.ndarray) -> list[Finding]:
    """The marks of each pyqtgraph chart (bars, dots, lines) against the chart's background, as
    drawn: each mark's colour is looked up in the rendered pixels, not taken on trust."""
    try:
        import pyqtgraph as pg
    except ImportError:
        return []
    found = []
    for view in root.findChildren(pg.GraphicsView):
        if not shown(view, root):
            continue
        found += _axis_label_problems(screen, view, pg)
        for plot in [i for i in view.scene().items() if isinstance(i, pg.PlotItem)]:
            inner = plot.getViewBox().sceneBoundingRect().width()
            if view.width() > 200 and inner < 0.45 * view.width():
                found.append(
                    Finding(
                        screen,
                        "squeezed",
                        f"the plot in the chart “{view.accessibleName() or view.objectName()}”",
                        f"{inner:.0f} px of the chart's {view.width()} px show data",
                    )
                )
        area = _visible_rect_in(view, root)
        region = pixels[area.top() : area.bottom() + 1, area.left() : area.right() + 1].ravel()
        values, counts = np.unique(region, return_counts=True)
        bg = values[counts.argmax()]
        present = set(int(v) for v in values)
        for colour, what in _mark_colours(view, pg):
            rgb = colour.rgb() & 0xFFFFFF
            if rgb not in present or rgb == bg:
                continue  # not drawn here (or drawn blended): nothing to judge
            ratio = contrast_ratio(colour, _qcolor(int(bg)))
            if ratio < MARK_MIN:
                found.append(
                    Finding(
                        screen,
                        "contrast",
                        f"{what} in the chart “{view.accessibleName() or view.objectName()}”",
                        f"{colour.name()} on {_qcolor(int(bg)).name()} is {ratio:.2f}:1, "
                        f"needs {MARK_MIN}:1",
                    )
                )
    return found


def _axis_label_problems(screen: str, view, pg) -> list[Finding]:
    """Tick labels of a chart's axes that run into each other, laid out as the axis lays them."""
    from PySide6.QtGui import QImage, QPainter

    found = []
    scene = view.scene()
    if scene is None:
        return found
    canvas = QImage(8, 8, QImage.Format.Format_RGB32)
    for axis in [i for i in scene.items() if isinstance(i, pg.AxisItem) and i.isVisible()]:
        painter = QPainter(canvas)
        try:
            specs = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        if not specs:
            continue
        texts = [(rect, text) for rect, _flags, text in specs[2] if text]
        for i, (a, text_a) in enumerate(texts):
            for b, text_b in texts[i + 1 :]:
                if (
                    a.intersects(b)
                    and a.intersected(b).width() > 1
                    and a.intersected(b).height() > 1
                ):
                    found.append(
                        Finding(
                            screen,
                            "overlap",
                            f"axis labels “{text_a}” and “{text_b}” in the chart "
                            f"“{view.accessibleName() or view.objectName()}”",
                            f"share {a.intersected(b).width():.0f}×{a.intersected(b).height():.0f} px",
                        )
                    )
    return found


def _qcolor(rgb: int):
    from PySide6.QtGui import QColor

    return QColor(rgb)


def _mark_colours(view, pg):
    """Each mark's outermost colour: its edge when it has one (that is what meets the
    background), else its fill."""

    def drawn(pen) -> bool:
        # Only a whole, solid edge outlines a mark; through a dashed one the fill shows.
        pen = pg.mkPen(pen)
        return pen.style() == Qt.PenStyle.SolidLine and pen.color().alpha() == 255

    def each(value):
        return value if isinstance(value, (list, tuple)) else [value]

    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.BarGraphItem):
            pens = [p for p in each(item.opts.get("pens") or item.opts.get("pen")) if p]
            if pens and all(drawn(p) for p in pens):
                for pen in pens:
                    yield pg.mkPen(pen).color(), "a bar's edge"
            else:
                for brush in each(item.opts.get("brushes") or item.opts.get("brush")):
                    if brush is not None:
                        yield pg.mkBrush(brush).color(), "a bar"
        elif isinstance(item, pg.PlotDataItem):
            pen = item.opts.get("pen")
            if pen is not None and drawn(pen):
                yield pg.mkPen(pen).color(), "a line"
            if item.opts.get("symbol") is None:
                continue
            pens = [p for p in each(item.opts.get("symbolPen")) if p is not None]
            if pens and all(drawn(p) for p in pens):
                for one in pens:
                    yield pg.mkPen(one).color(), "a dot's edge"
            else:
                for one in each(item.opts.get("symbolBrush")):
                    if one is not None:
                        yield pg.mkBrush(one).color(), "a dot"


def look(screen: str, root: QWidget, pixels: np.ndarray) -> list[Finding]:
    """Every check on one window; `pixels` is that window as grabbed from the screen."""
    return (
        text_problems(screen, root)
        + clip_problems(screen, root)
        + crowding_problems(screen, root)
        + overlap_problems(screen, root)
        + stack_problems(screen, root, pixels)
        + contrast_problems(screen, root, pixels)
        + chart_problems(screen, root, pixels)
    )


def widget_origin(widget: QWidget) -> QPoint:
    return widget.mapToGlobal(QPoint(0, 0))
