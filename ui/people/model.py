"""The table model behind the People list: one row per person, so hundreds stay fast."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from ui.people.common import last_contact_text, status_icon, status_text

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
VIEW_ROLE = Qt.ItemDataRole.UserRole + 3

AVATAR = 24  # the People list's avatars, in device-independent pixels
COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Circle"),
    QT_TRANSLATE_NOOP("PeopleModel", "Last contact"),
    QT_TRANSLATE_NOOP("PeopleModel", "Status"),
)


class PeopleModel(QAbstractTableModel):
    """Holds the `PersonView`s the page asked the service for, in the service's order."""

    def __init__(self, parent=None, *, photo_source=None) -> None:
        super().__init__(parent)
        self._people: list = []
        # Avatars: photos are read from the vault only for rows drawn, and drawn once.
        self.photo_source = photo_source  # person id -> photo bytes
        self._with_photo: set[int] = set()
        self._avatars: dict[int, object] = {}

    def set_people(self, people, with_photo=frozenset()) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._with_photo = set(with_photo)
        self._avatars = {}
        self.endResetModel()

    def avatar(self, view):
        if view.id not in self._avatars:
            from ui.people.avatar import avatar_pixmap

            photo = None
            if view.id in self._with_photo and self.photo_source is not None:
                photo = self.photo_source(view.id)
            self._avatars[view.id] = avatar_pixmap(photo, view.name, AVATAR)
        return self._avatars[view.id]

    def has_photo(self, person_id: int) -> bool:
        return person_id in self._with_photo

    def person_at(self, row: int):
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, person_id: int) -> int:
        for row, view in enumerate(self._people):
            if view.id == person_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        view = self._people[index.row()]
        column = index.column()
        if role == PERSON_ID_ROLE:
            return view.id
        if role == STATUS_ROLE:
            return view.status
        if role == VIEW_ROLE:
            return view
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return view.name + (self.tr(" (archived)") if view.archived else "")
            if column == 1:
                return view.circle_name or self.tr("No circle")
            if column == 2:
                return last_contact_text(view.last_contact_text)
            return status_text(view.status)
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return status_icon(view.status)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self.avatar(view)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1: last contact %2, %3")
                .replace("%1", view.name)
                .replace("%2", view.last_contact_text)
                .replace("%3", status_text(view.status).lower())
            )
        return None
