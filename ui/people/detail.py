"""A person's page: where things stand, ways to reach them, the history, and a year of contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.dialog_scroll import DialogScroll, screen_room
from ui.pages.base import text_label
from ui.people.avatar import avatar_pixmap, small_photo
from ui.people.common import (
    cadence_text,
    channel_text,
    feeling_text,
    initiator_text,
    last_contact_text,
    status_label,
    status_text,
)
from ui.people.dates_fields import date_line, related_line
from ui.people.reach_out import ReachOutPanel
from ui.record_keys import RecordKeys, ask_to_remove
from ui.theme import set_relative_font
from ui.undo_bar import offer_undo

AVATAR = 56  # the person page's avatar, in device-independent pixels


def build_contact_chart(weeks, parent=None) -> QWidget:
    """A bar per week of the last year (pyqtgraph, imported here so start-up never pays for it)."""
    import pyqtgraph as pg

    palette = (parent or QWidget()).palette()
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    plot = pg.PlotWidget(parent=parent, background=background)
    plot.setAccessibleName(QCoreApplication.translate("people", "Contact over the last year"))
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    xs = list(range(len(weeks)))
    heights = [count for _monday, count in weeks]
    plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.75, brush=accent, pen=None))
    locale = QLocale()
    ticks = [
        (i, locale.standaloneMonthName(monday.month, QLocale.FormatType.ShortFormat))
        for i, (monday, _c) in enumerate(weeks)
        if monday.day <= 7
    ]
    axis_pen = pg.mkPen(foreground)
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        axis.setPen(axis_pen)
        axis.setTextPen(axis_pen)
    plot.getAxis("bottom").setTicks([ticks])
    top = max([*heights, 1])
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, top + 1, max(1, top // 3))]])
    plot.setYRange(0, top + 0.5, padding=0)
    plot.setXRange(-0.5, len(weeks) - 0.5, padding=0)
    plot.setMinimumHeight(140)
    return plot


def _lower_first(text: str) -> str:
    """ "Vor 4 Monaten" inside a sentence: only the first letter lowered, so German nouns keep
    their capital."""
    return text[:1].lower() + text[1:]


class PersonDialog(QDialog):
    """Opened from the list, the circles map or a nudge. Re-reads itself after edits and logs."""

    def __init__(self, context, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.person_id = person_id
        self.chart = None
        self.child = None
        self.resize(screen_room(self, QSize(680, 640)))
        self.layout_ = QVBoxLayout(self)
        self.body = None
        # The person scrolls on a screen too short for everything (dates, reach-out rows, the
        # chart and the history).
        self.scroll = DialogScroll(QWidget())
        self.layout_.addWidget(self.scroll)
        self.load()

    def choose_photo(self, _checked: bool = False, path: str | None = None) -> None:
        """Pick a picture; a small copy goes into the vault (the original is only read)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a photo"),
                "",
                self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"),
            )
        if not path:
            return
        small = small_photo(path)
        if small is None:
            QMessageBox.information(
                self,
                self.tr("Choose a photo"),
                self.tr("That file isn't a picture Companion can read."),
            )
            return
        self.companion.people.set_photo(self.person_id, small)
        self.load()

    def remove_photo(self) -> None:
        self.companion.people.set_photo(self.person_id, None)
        self.load()

    def load(self) -> None:
        try:
            person = self.companion.people.get(self.person_id)
        except CompanionError:
            self.reject()  # deleted meanwhile
            return
        self.person = person
        self.setWindowTitle(person.name)
        self.setAccessibleName(person.name)
        if self.body is not None:
            self.body.hide()  # gone from sight now, not when the deletion comes round
            self.body.deleteLater()
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.name_label = text_label(person.name, person.name)
        set_relative_font(self.name_label, 1.5, bold=True)
        head = QHBoxLayout()
        self.avatar = QLabel()
        self.photo = self.companion.people.photo(self.person_id)
        self.avatar.setPixmap(
            avatar_pixmap(self.photo, person.name, AVATAR, self.devicePixelRatioF())
        )
        self.avatar.setAccessibleName(
            self.tr("Photo of %1").replace("%1", person.name)
            if self.photo
            else self.tr("Initials of %1").replace("%1", person.name)
        )
        head.addWidget(self.avatar)
        head.addWidget(self.name_label, 1)
        self.set_photo_button = QPushButton(
            self.tr("Change p&hoto…") if self.photo else self.tr("Add p&hoto…")
        )
        self.set_photo_button.setAccessibleName(self.tr("Choose a photo"))
        self.set_photo_button.clicked.connect(self.choose_photo)
        head.addWidget(self.set_photo_button)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.setAccessibleName(self.tr("Remove the photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.remove_photo_button.setVisible(bool(self.photo))
        head.addWidget(self.remove_photo_button)
        layout.addLayout(head)

        status_row = QHBoxLayout()
        icon, words = status_label(person.status)
        status_row.addWidget(icon)
        status_row.addWidget(words)
        circle = person.circle_name or self.tr("no circle")
        self.summary = text_label(
            self.tr("· Last contact: %1 · %2, %3")
            .replace("%1", _lower_first(last_contact_text(person.last_contact_text)))
            .replace("%2", cadence_text(person.cadence_days))
            .replace("%3", circle),
            self.tr("Summary"),
        )
        status_row.addWidget(self.summary, 1)
        layout.addLayout(status_row)
        self.status_words = words

        details = []
        if person.nickname:
            details.append(self.tr("Also called: %1").replace("%1", person.nickname))
        if person.birthday:
            b = person.birthday
            locale = QLocale()
            day = f"{b.day} {locale.standaloneMonthName(b.month)}"
            details.append(
                self.tr("Birthday: %1").replace("%1", f"{day} {b.year}" if b.year else day)
            )
        details.extend(date_line(self, d) for d in person.dates)
        if person.related:
            names = ", ".join(related_line(self, label, name) for label, name in person.related)
            details.append(self.tr("Related: %1").replace("%1", names))
        if person.tags:
            details.append(self.tr("Tags: %1").replace("%1", ", ".join(person.tags)))
        if person.archived:
            details.append(self.tr("Archived: no reminders for them."))
        if person.notes:
            details.append(person.notes)
        if details:
            layout.addWidget(text_label("\n".join(details), self.tr("Details"), selectable=True))

        buttons = QHBoxLayout()
        self.log_button = QPushButton(self.tr("&Log interaction…"))
        self.log_button.setAccessibleName(self.tr("Log interaction"))
        self.log_button.clicked.connect(self.log_interaction)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.reach_out = ReachOutPanel(self.companion, person)
        self.reach_out.logged.connect(lambda _i: self._refresh_history())
        layout.addWidget(self.reach_out)

        chart_title = text_label(self.tr("Contact over the last year"), self.tr("Chart title"))
        chart_title.setFont(self.reach_out.font())
        layout.addWidget(chart_title)
        self.weeks = self.companion.interactions.weekly_counts(person.id)
        self.chart = build_contact_chart(self.weeks, self.body)
        self.chart.setToolTip(
            self.tr("%1 times in the last year").replace("%1", str(sum(c for _m, c in self.weeks)))
        )
        layout.addWidget(self.chart)

        layout.addWidget(text_label(self.tr("History"), self.tr("History")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History"))
        self.history.setWordWrap(True)
        self.history.itemActivated.connect(lambda _item: self.edit_selected())
        RecordKeys(self.history, self.remove_selected, self.edit_selected)
        layout.addWidget(self.history, 1)
        history_buttons = QHBoxLayout()
        self.edit_entry_button = QPushButton(self.tr("Edit selected…"))
        self.edit_entry_button.setAccessibleName(self.tr("Edit the selected interaction"))
        self.edit_entry_button.clicked.connect(self.edit_selected)
        self.remove_entry_button = QPushButton(self.tr("Remove selected…"))
        self.remove_entry_button.setAccessibleName(self.tr("Remove the selected interaction"))
        self.remove_entry_button.clicked.connect(self.remove_selected)
        history_buttons.addWidget(self.edit_entry_button)
        history_buttons.addWidget(self.remove_entry_button)
        history_buttons.addStretch(1)
        layout.addLayout(history_buttons)
        self._fill_history()
        self.scroll.set_content(self.body)

    def _fill_history(self) -> None:
        self.history.clear()
        locale = QLocale()
        items = self.companion.interactions.history(person_id=self.person_id, limit=200)
        for it in items:
            local = it.occurred_at.astimezone(self.companion.clock.now().tzinfo)
            day = QDate(local.year, local.month, local.day)
            parts = [locale.toString(day, "ddd d MMM yyyy"), channel_text(it.channel)]
            if it.initiated_by != "me":
                parts.append(
                    self.tr("reached out: %1").replace(
                        "%1", initiator_text(it.initiated_by).lower()
                    )
                )
            if it.feeling:
                parts.append(self.tr("felt %1").replace("%1", feeling_text(it.feeling).lower()))
            others = [name for pid, name in it.people if pid != self.person_id]
            if others:
                parts.append(self.tr("with %1").replace("%1", ", ".join(others)))
            text = " · ".join(parts)
            if it.note:
                text += f"\n{it.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, it.id)
            self.history.addItem(item)
        if not items:
            item = QListWidgetItem(
                self.tr("Nothing noted yet. Your first hello will show up here.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history.addItem(item)

    def _refresh_history(self) -> None:
        self.load()

    def _selected_interaction(self) -> int | None:
        item = self.history.currentItem()
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return None if value is None else int(value)

    def edit_selected(self):
        """Enter, F2 or “Edit selected…”: correct the interaction in the log dialog."""
        from ui.people.log_dialog import LogInteractionDialog

        interaction_id = self._selected_interaction()
        if interaction_id is None:
            return None
        try:
            dialog = LogInteractionDialog(self.context, parent=self, interaction_id=interaction_id)
        except CompanionError:
            self.load()
            return None
        dialog.logged.connect(lambda _i: self.load())
        self._open(dialog)
        return dialog

    def remove_selected(self):
        """Delete or “Remove selected…”: asks first, then offers Undo for a few seconds."""
        interaction_id = self._selected_interaction()
        if interaction_id is None:
            return None
        text = self.history.currentItem().text()
        return ask_to_remove(
            self,
            self.tr("Remove this interaction?\n%1").replace("%1", text),
            lambda: self._remove(interaction_id),
        )

    def _remove(self, interaction_id: int) -> None:
        interactions = self.companion.interactions
        try:
            gone = interactions.delete(interaction_id)
        except CompanionError:
            self.load()
            return
        self.load()

        def undo() -> None:
            interactions.restore(gone)
            self.load()

        offer_undo(self, self.tr("Interaction removed."), undo)

    def status_text(self) -> str:
        return status_text(self.person.status)

    def log_interaction(self) -> None:
        from ui.people.log_dialog import LogInteractionDialog

        dialog = LogInteractionDialog(self.context, (self.person_id,), self)
        dialog.logged.connect(lambda _i: self.load())
        self._open(dialog)

    def edit(self) -> None:
        from ui.people.editor import PersonEditor

        editor = PersonEditor(self.context, self.person_id, self)
        editor.saved.connect(lambda _i: self.load())
        editor.deleted.connect(lambda _i: self.accept())
        self._open(editor)

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child = dialog
        dialog.open()
