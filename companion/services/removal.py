"""Deleting a record so that Undo can put it back exactly: a delete returns what it removed (the row
and its links, as values), held in memory by whoever offers Undo and never written anywhere. Once
that is dropped (the undo window closed, the app quit), the record is gone; secure_delete wipes it
from the file at delete time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _

if TYPE_CHECKING:
    from sqlmodel import Session, SQLModel

Values = dict[str, Any]


@dataclass(frozen=True)
class Removed:
    """What a delete took away. `rows` are (model, column values); `links` also name the column
    that points back at the first row, so the links follow if it must come back under a new id."""

    kinds: tuple[str, ...]
    rows: tuple[tuple[type[SQLModel], Values], ...]
    links: tuple[tuple[type[SQLModel], Values, str], ...] = field(default=())

    @property
    def record_id(self) -> int | None:
        return self.rows[0][1].get("id") if self.rows else None


def snapshot(
    rows: Sequence[SQLModel], links: Sequence[tuple[SQLModel, str]] = ()
) -> tuple[
    tuple[tuple[type[SQLModel], Values], ...], tuple[tuple[type[SQLModel], Values, str], ...]
]:
    """The values of `rows` and `links` (row, column pointing at rows[0]), deep enough to rebuild
    them: lists (JSON columns) are copied so later edits to a loaded object can't reach them."""

    def values(row: SQLModel) -> Values:
        return {k: list(v) if isinstance(v, list) else v for k, v in row.model_dump().items()}

    return (
        tuple((type(r), values(r)) for r in rows),
        tuple((type(r), values(r), column) for r, column in links),
    )


def removed(
    kinds: Sequence[str], rows: Sequence[SQLModel], links: Sequence[tuple[SQLModel, str]] = ()
) -> Removed:
    kept_rows, kept_links = snapshot(rows, links)
    return Removed(tuple(kinds), kept_rows, kept_links)


def put_back(s: Session, what: Removed) -> int | None:
    """Insert the removed rows again, with their ids when those are still free. Returns the id of
    the first row (a new one if its old id was taken by something logged since)."""
    from sqlalchemy.exc import IntegrityError

    if not what.rows:
        return None
    try:
        built = [cls(**_free_id(s, cls, values)) for cls, values in what.rows]
        s.add_all(built)
        s.flush()
        new_id = getattr(built[0], "id", None)
        for cls, link, column in what.links:
            s.add(cls(**{**link, column: new_id}))
        s.flush()
    except IntegrityError as exc:
        raise InvalidInput(
            _("That can't go back as it was: something it belongs with has changed since.")
        ) from exc
    return new_id


def _free_id(s: Session, cls: type[SQLModel], values: Values) -> Values:
    """The values to insert: the old id unless a record logged since has taken it."""
    values = dict(values)
    if values.get("id") is not None and s.get(cls, values["id"]) is not None:
        values["id"] = None
    return values
