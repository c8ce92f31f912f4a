"""Edit screen-time categories (names and order) and the rules that put apps and websites into
them; first matching rule wins, and "Restore defaults" brings back the built-in rules."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.i18n import _
from companion.domain.screen_categories import (
    CATEGORIES,
    CATEGORY_LABELS,
    DEFAULT_RULES,
    CategoryRule,
)
from companion.services.screen import Category
from ui.pages.base import show_text, text_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {
    "app": QT_TRANSLATE_NOOP("RulesEditorDialog", "App"),
    "domain": QT_TRANSLATE_NOOP("RulesEditorDialog", "Website"),
}


def key_for(label: str, taken: set[str]) -> str:
    """A stored key for a new category name: lower-case words joined by "_", made unique."""
    base = re.sub(r"[^\w]+", "_", label.strip().lower()).strip("_") or "category"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class RulesEditorDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.setWindowTitle(self.tr("Categories and rules"))
        self.setAccessibleName(self.tr("Categories and rules"))
        self.resize(640, 560)
        tabs = QTabWidget()

        # Categories
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            text_label(
                self.tr(
                    "The categories you note screen time in. Rename them (double-click), add your "
                    "own, or change their order. “Other” always stays."
                ),
                self.tr("About categories"),
            )
        )
        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Screen-time categories"))
        layout.addWidget(self.categories, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add_category),
            (self.tr("Remove"), self.remove_category),
            (self.tr("Up"), lambda: self._move_category(-1)),
            (self.tr("Down"), lambda: self._move_category(1)),
        ):
            button = QPushButton(text)
            button.setAccessibleName(self.tr("%1 category").replace("%1", text))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        tabs.addTab(page, self.tr("&Categories"))

        # Rules
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            text_label(
                self.tr(
                    "How imported apps and websites are sorted. The first rule that matches wins; "
                    "anything no rule matches counts as Other. App names match whole words; a "
                    "website matches its subdomains too."
                ),
                self.tr("About rules"),
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Category rules, first match wins"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("For"), self.tr("Name or domain"), self.tr("Category")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Add rule"), self.tr("Add a rule"), lambda: self.add_rule("app", "", "other")),
            (self.tr("Remove"), self.tr("Remove the selected rule"), self.remove_rule),
            (self.tr("Up"), self.tr("Move the rule up"), lambda: self._move_rule(-1)),
            (self.tr("Down"), self.tr("Move the rule down"), lambda: self._move_rule(1)),
            (
                self.tr("Restore defaults"),
                self.tr("Restore the built-in rules"),
                self.restore_defaults,
            ),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        tabs.addTab(page, self.tr("&Rules"))

        self.problem = text_label("", self.tr("Problem"), selectable=True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(tabs, 1)
        outer.addWidget(self.problem)
        outer.addWidget(buttons)

        for c in companion.screen.categories():
            self._add_category_item(c.key, c.label)
        self.set_rules(companion.screen.rules())

    # --- categories ------------------------------------------------------------------------------

    def _add_category_item(self, key: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.categories.addItem(item)
        return item

    def add_category(self, label: str | None = None) -> QListWidgetItem:
        label = label or self.tr("New category")
        taken = {c.key for c in self.category_list()}
        item = self._add_category_item(key_for(label, taken), label)
        self.categories.setCurrentItem(item)
        if label == self.tr("New category"):
            self.categories.editItem(item)
        return item

    def remove_category(self) -> None:
        item = self.categories.currentItem()
        if item is None or item.data(KEY_ROLE) == "other":
            return
        self.categories.takeItem(self.categories.row(item))

    def _move_category(self, step: int) -> None:
        row = self.categories.currentRow()
        if 0 <= row + step < self.categories.count() and row >= 0:
            item = self.categories.takeItem(row)
            self.categories.insertItem(row + step, item)
            self.categories.setCurrentRow(row + step)

    def category_list(self) -> list[Category]:
        return [
            Category(self.categories.item(i).data(KEY_ROLE), self.categories.item(i).text())
            for i in range(self.categories.count())
        ]

    # --- rules -----------------------------------------------------------------------------------

    def set_rules(self, rules) -> None:
        self.table.setRowCount(0)
        for r in rules:
            self.add_rule(r.kind, r.pattern, r.category)
        self.table.resizeColumnToContents(0)

    def add_rule(self, kind: str, pattern: str, category: str, row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        kind_combo = QComboBox()
        kind_combo.setAccessibleName(self.tr("Rule %1: app or website").replace("%1", str(row + 1)))
        for key, label in KIND_LABELS.items():
            kind_combo.addItem(self.tr(label), key)
        kind_combo.setCurrentIndex(kind_combo.findData(kind))
        category_combo = QComboBox()
        category_combo.setAccessibleName(self.tr("Rule %1: category").replace("%1", str(row + 1)))
        for key in CATEGORIES:
            category_combo.addItem(_(CATEGORY_LABELS[key]), key)
        category_combo.setCurrentIndex(max(0, category_combo.findData(category)))
        self.table.setCellWidget(row, 0, kind_combo)
        self.table.setItem(row, 1, QTableWidgetItem(pattern))
        self.table.setCellWidget(row, 2, category_combo)
        if not pattern:
            self.table.setCurrentCell(row, 1)
            self.table.scrollToItem(self.table.item(row, 1))
        return row

    def _rule_at(self, row: int) -> CategoryRule:
        item = self.table.item(row, 1)
        return CategoryRule(
            self.table.cellWidget(row, 0).currentData(),
            item.text().strip() if item else "",
            self.table.cellWidget(row, 2).currentData(),
        )

    def rules(self) -> list[CategoryRule]:
        return [self._rule_at(row) for row in range(self.table.rowCount())]

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move_rule(self, step: int) -> None:
        row = self.table.currentRow()
        if row < 0 or not 0 <= row + step < self.table.rowCount():
            return
        rule = self._rule_at(row)
        self.table.removeRow(row)
        self.add_rule(rule.kind, rule.pattern, rule.category, row + step)
        self.table.setCurrentCell(row + step, 1)

    def restore_defaults(self) -> None:
        self.set_rules(DEFAULT_RULES)

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        rules = [r for r in self.rules() if r.pattern]
        categories = self.category_list()
        if any(not c.label.strip() for c in categories):
            self._problem(self.tr("Each category needs a name."))
            return False
        try:
            self.companion.screen.set_categories(categories)
            self.companion.screen.set_rules(None if tuple(rules) == DEFAULT_RULES else rules)
        except CompanionError as exc:
            self._problem(str(exc))
            return False
        self.accept()
        return True

    def _problem(self, text: str) -> None:
        show_text(self.problem, text)
