"""Chips: a wrapping row of toggle buttons (emotions) and a typed list with completion (tags, people)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays children left to right and wraps them, like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Everything on one line: the width the chips would like; heightForWidth wraps them.
        shown = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in shown)
        width += self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


def chip_button(text: str, *, checkable: bool) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(checkable)
    button.setObjectName("chip")
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(
        "QPushButton#chip { border: 1px solid palette(mid); border-radius: 12px;"
        " padding: 3px 12px; background: palette(base); }"
        " QPushButton#chip:checked { background: palette(highlight);"
        " color: palette(highlighted-text); border-color: palette(highlight); }"
        " QPushButton#chip:focus { border: 2px solid palette(highlight); }"
    )
    return button


class ToggleChips(QWidget):
    """Multi-select chips, one per choice (emotions)."""

    def __init__(self, choices, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.buttons: dict[str, QPushButton] = {}
        # As wide as the form allows, as tall as the wrapped chips need: every feeling in view.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        flow = FlowLayout(self)
        for choice in choices:
            button = chip_button(choice, checkable=True)
            button.setAccessibleName(choice)
            self.buttons[choice] = button
            flow.addWidget(button)

    def selected(self) -> list[str]:
        return [c for c, b in self.buttons.items() if b.isChecked()]

    def set_selected(self, values) -> None:
        wanted = {v.casefold() for v in values}
        for choice, button in self.buttons.items():
            button.setChecked(choice.casefold() in wanted)


class TypedChips(QWidget):
    """Type a name and press Enter to add it (with completion); click a chip to remove it.

    `choices` maps a shown name to a value (a tag's own name, a person's id); with `free` a typed
    name that isn't a choice is added as itself (new tags), otherwise it must match one.
    """

    changed = Signal()

    def __init__(
        self, name: str, placeholder: str, *, free: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.free = free
        self.choices: dict[str, object] = {}
        self.values: list[tuple[str, object]] = []
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        # Enter adds the typed name instead of reaching the dialog's default button.
        self.edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", name))
        self.add_button.clicked.connect(self.add_typed)
        self.add_button.setAutoDefault(False)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        chips_policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        chips_policy.setHeightForWidth(True)
        self.chips.setSizePolicy(chips_policy)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.edit, 1)
        entry.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(entry)
        layout.addWidget(self.chips)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.edit.text().strip()
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def set_choices(self, choices: dict[str, object]) -> None:
        self.choices = dict(choices)
        self.completer.model().setStringList(list(self.choices))  # type: ignore[attr-defined]

    def add_typed(self) -> bool:
        text = " ".join(self.edit.text().split())
        if not text:
            return False
        match = next((n for n in self.choices if n.casefold() == text.casefold()), None)
        if match is not None:
            added = self.add(match, self.choices[match])
        elif self.free:
            added = self.add(text, text)
        else:
            self.edit.selectAll()
            return False
        self.edit.clear()
        return added

    def add(self, shown: str, value) -> bool:
        if any(v == value or s.casefold() == shown.casefold() for s, v in self.values):
            return False
        self.values.append((shown, value))
        button = chip_button(f"{shown}  ×", checkable=False)
        button.setAccessibleName(self.tr("Remove %1").replace("%1", shown))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, v=value, b=button: self._remove(v, b))
        self.flow.addWidget(button)
        self.chips.updateGeometry()
        self.changed.emit()
        return True

    def _remove(self, value, button: QPushButton) -> None:
        self.values = [(s, v) for s, v in self.values if v != value]
        self.flow.removeWidget(button)
        button.deleteLater()
        self.changed.emit()

    def selected(self) -> list:
        # A name typed but not yet added with Enter still counts: people expect what they see.
        if self.edit.text().strip():
            self.add_typed()
        return [v for _s, v in self.values]
