"""Everything in the vault as plain JSON (one document) or CSV (one file per table), and that JSON
read back into an empty vault. These files are NOT encrypted; the user chose to make them."""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import math
import os
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, String, Table, Text, func, select
from sqlalchemy.exc import DatabaseError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

from companion import __version__
from companion.domain.errors import ImportFailed, StorageError
from companion.domain.i18n import _
from companion.platform.fileio import (
    atomic_write_bytes,
    disk_error,
    fsync_dir,
    refuse_inside_profile,
)
from companion.storage.dbtypes import JSONText, UTCDateTime

if TYPE_CHECKING:
    from companion.facade import Companion

EXPORT_FORMAT = "companion-export"
EXPORT_VERSION = 1
# A new vault already holds these (the default circles, the chosen country); an import replaces them.
SEEDED_TABLES = frozenset({"circle", "setting"})
# Kept by triggers from other tables (companion/storage/migrations.py): an export leaves them out, and an import
# rebuilds them as it inserts the rows they come from.
DERIVED_TABLES = frozenset({"lastcontact"})
# Schemas whose exports hold the same tables and columns: schema 2 added only derived data, so an
# export made before an upgrade still imports after it.
SAME_EXPORT_SCHEMAS = frozenset({1, 2})
# Columns a schema added, with the value an export from before it implies. Schema 3 records which
# ActivityWatch bucket screen time came from ("" where that isn't known); schema 4 gave people a
# nickname ("" before), and its new tables (other dates, related names) are simply empty before;
# schema 5 records the language a check-in (or a draft) was answered in (None: not recorded).
ADDED_COLUMNS: dict[int, dict[str, dict[str, Any]]] = {
    3: {"screentimeentry": {"origin": ""}},
    4: {"person": {"nickname": ""}},
    5: {"assessmentresult": {"language": None}, "assessmentdraft": {"language": None}},
}
# What the UI refreshes after an import: everything.
CHANGED_KINDS = (
    "people",
    "circles",
    "interactions",
    "mood",
    "journal",
    "assessments",
    "screen",
    "boundaries",
    "reflections",
    "nudges",
    "settings",
)


def tables() -> list[Table]:
    """Every table an export holds (all but the derived ones), parents before children."""
    # The tables are the models' metadata: imported here, since opening a vault no longer does.
    import companion.storage.models  # noqa: F401

    return [t for t in SQLModel.metadata.sorted_tables if t.name not in DERIVED_TABLES]


def _same_export_shape(theirs: Any, ours: int) -> bool:
    """Whether an export from schema `theirs` holds what this schema's exports hold, once the
    columns added since (ADDED_COLUMNS) are filled in."""
    if theirs == ours:
        return True
    if type(theirs) is not int or not 1 <= theirs < ours:
        return False
    return all(v in ADDED_COLUMNS or v in SAME_EXPORT_SCHEMAS for v in range(theirs + 1, ours + 1))


def _fill_added_columns(doc: dict[str, Any], theirs: int, ours: int) -> None:
    """Give the rows of an export from an older schema the columns added since."""
    for version in range(theirs + 1, ours + 1):
        for table, defaults in ADDED_COLUMNS.get(version, {}).items():
            rows = doc["tables"].get(table)
            if isinstance(rows, list):
                for row in rows:
                    if isinstance(row, dict):
                        for column, value in defaults.items():
                            row.setdefault(column, value)


# --- values to and from JSON ------------------------------------------------------------------


def _to_plain(value: Any, column_type: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, UTCDateTime) or isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _from_plain(value: Any, column: Any, where: str) -> Any:
    """The Python value for `column` from its JSON form; raises ValueError naming the problem."""
    kind = column.type
    if value is None:
        if not column.nullable and not column.primary_key:
            raise ValueError(
                _("{where}: {column} is empty but needs a value").format(
                    where=where, column=column.name
                )
            )
        return None
    if isinstance(kind, JSONText):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(
                _("{where}: {column} holds text that isn't valid Unicode").format(
                    where=where, column=column.name
                )
            ) from None
        return value
    if isinstance(kind, UTCDateTime):
        parsed = datetime.fromisoformat(_need(value, str, column.name, where))
        if parsed.tzinfo is None:
            raise ValueError(
                _("{where}: {column} has no time zone").format(where=where, column=column.name)
            )
        return parsed
    if isinstance(kind, TypeDecorator):
        # SQLModel's AutoString and friends: check against what they store.
        kind = kind.impl_instance
    if isinstance(kind, Date):
        return date.fromisoformat(_need(value, str, column.name, where))
    if isinstance(kind, LargeBinary):
        try:
            return base64.b64decode(_need(value, str, column.name, where), validate=True)
        except binascii.Error:
            raise ValueError(
                _("{where}: {column} isn't valid base64").format(where=where, column=column.name)
            ) from None
    if isinstance(kind, Boolean):
        return _need(value, bool, column.name, where)
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                _("{where}: {column} should be a whole number").format(
                    where=where, column=column.name
                )
            )
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(
                _("{where}: {column} should be a number").format(where=where, column=column.name)
            )
        return value
    if isinstance(kind, (String, Text)):
        return _text(_need(value, str, column.name, where), column.name, where)
    return value


def _text(value: str, name: str, where: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate such as "\ud800", which JSON allows
        raise ValueError(
            _("{where}: {column} holds text that isn't valid Unicode").format(
                where=where, column=name
            )
        ) from None
    return value


def _need(value: Any, kind: type, name: str, where: str) -> Any:
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ValueError(
            _("{where}: {column} has the wrong kind of value").format(where=where, column=name)
        )
    return value


# --- export --------------------------------------------------------------------------------------


def export_document(companion: Companion) -> dict[str, Any]:
    """One JSON-ready document: a format version and every table's rows, times in ISO 8601."""
    doc: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "schema_version": companion.vault.schema_version(),
        "exported_at": companion.clock.now().isoformat(),
        "tables": {},
    }
    with companion.vault.engine.connect() as conn:
        for table in tables():
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings()
            doc["tables"][table.name] = [
                {c.name: _to_plain(row[c.name], c.type) for c in table.columns} for row in rows
            ]
    return doc


def export_json(companion: Companion, target: Path | str) -> dict[str, int]:
    """Write the export document to `target` (complete or not at all). Returns rows per table."""
    target = Path(target).expanduser().absolute()
    refuse_inside_profile(target, companion.profile.root)
    doc = export_document(companion)
    data = json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False).encode("utf-8")
    atomic_write_bytes(target, data + b"\n", what=_("the export {name}").format(name=target.name))
    return {name: len(rows) for name, rows in doc["tables"].items()}


def export_csv(companion: Companion, folder: Path | str) -> dict[str, int]:
    """One CSV file per table in a new folder (made whole under a temporary name, then renamed)."""
    folder = Path(folder).expanduser().absolute()
    refuse_inside_profile(folder, companion.profile.root)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise StorageError(
            _(
                "{folder} already exists and isn't an empty folder. Choose a new folder for the "
                "export."
            ).format(folder=folder)
        )
    if not folder.parent.is_dir():
        raise StorageError(
            _("The folder {folder} doesn't exist, so nothing was written.").format(
                folder=folder.parent
            )
        )
    doc = export_document(companion)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        for table in tables():
            columns = [c.name for c in table.columns]
            text = io.StringIO(newline="")
            writer = csv.writer(text)
            writer.writerow(columns)
            for row in doc["tables"][table.name]:
                writer.writerow([_csv_cell(row[name]) for name in columns])
            with open(building / f"{table.name}.csv", "w", encoding="utf-8", newline="") as fh:
                fh.write(text.getvalue())
                fh.flush()
                os.fsync(fh.fileno())
        fsync_dir(building)
        if folder.exists():
            folder.rmdir()
        os.replace(building, folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        shutil.rmtree(building, ignore_errors=True)
        raise disk_error(exc, _("the export folder {name}").format(name=folder.name)) from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return {name: len(rows) for name, rows in doc["tables"].items()}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# --- import into an empty vault -----------------------------------------------------------------


# SQLite's integers are 64-bit; an export never nests deeper than a row holding a small list.
INT_RANGE = range(-(2**63), 2**63)
MAX_DEPTH = 32


def _bounded_int(text: str) -> int:
    # Checked before int() so a number with a million digits costs nothing.
    if len(text.lstrip("-")) > 19 or int(text) not in INT_RANGE:
        raise ValueError(
            _("the number {number} is too large").format(
                number=text[:24] + ("…" if len(text) > 24 else "")
            )
        )
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(_("the number {number} is too large").format(number=text[:24]))
    return value


def _no_constant(text: str) -> Any:
    raise ValueError(_("{number} isn't a number this version can store").format(number=text))


def _too_deep(doc: Any) -> bool:
    """Whether lists and objects nest deeper than MAX_DEPTH (walked without recursion)."""
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (list, dict)):
            if depth > MAX_DEPTH:
                return True
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth + 1) for item in items)
    return False


def read_export(source: Path | str) -> dict[str, Any]:
    source = Path(source).expanduser()
    try:
        doc = json.loads(
            source.read_bytes().decode("utf-8"),
            parse_int=_bounded_int,
            parse_float=_finite_float,
            parse_constant=_no_constant,
        )
    except FileNotFoundError:
        raise ImportFailed(_("There's no file at {file}.").format(file=source)) from None
    except OSError as exc:
        raise ImportFailed(
            _("Couldn't read {file}: {reason}.").format(file=source, reason=exc.strerror)
        ) from None
    except UnicodeDecodeError:
        raise ImportFailed(
            _("{file} isn't UTF-8 text. Nothing was imported.").format(file=source)
        ) from None
    except RecursionError:
        raise ImportFailed(
            _("{file} nests lists too deeply. Nothing was imported.").format(file=source)
        ) from None
    except ValueError as exc:  # JSONDecodeError, or a number refused above
        raise ImportFailed(
            _("{file} isn't a readable JSON export ({reason}). Nothing was imported.").format(
                file=source, reason=exc
            )
        ) from None
    if _too_deep(doc):
        raise ImportFailed(
            _("{file} nests lists too deeply. Nothing was imported.").format(file=source)
        )
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise ImportFailed(
            _("{file} isn't a Companion JSON export. Nothing was imported.").format(file=source)
        )
    if not isinstance(doc.get("version"), int) or doc["version"] > EXPORT_VERSION:
        raise ImportFailed(
            _(
                "{file} was exported by a newer version of Companion. Update Companion to import it."
            ).format(file=source)
        )
    if not isinstance(doc.get("tables"), dict):
        raise ImportFailed(
            _("{file} has no tables in it. Nothing was imported.").format(file=source)
        )
    return doc


def import_json(companion: Companion, source: Path | str) -> dict[str, int]:
    """Load an export into this vault, which must hold no records yet: all or nothing.

    The file's circles and settings replace the new vault's defaults. Returns rows per table.
    """
    source = Path(source).expanduser()
    doc = read_export(source)
    schema = companion.vault.schema_version()
    if not _same_export_shape(doc.get("schema_version"), schema):
        raise ImportFailed(
            _(
                "{file} comes from a vault with schema {theirs}, and this one has schema {ours}. "
                "Restore an encrypted backup instead; nothing was imported."
            ).format(file=source.name, theirs=str(doc.get("schema_version"))[:12], ours=schema)
        )
    _fill_added_columns(doc, int(doc["schema_version"]), schema)
    known = {t.name: t for t in tables()}
    unknown = sorted(set(doc["tables"]) - set(known) - DERIVED_TABLES)
    if unknown:
        raise ImportFailed(
            # Escaped: a name in the file may hold a line break, and the message is one line.
            _(
                "{file} has tables this version doesn't know ({names}). Nothing was imported."
            ).format(
                file=source.name,
                names=", ".join(json.dumps(name, ensure_ascii=False)[1:-1] for name in unknown),
            )
        )
    prepared = {
        name: _prepare(known[name], rows, source.name)
        for name, rows in doc["tables"].items()
        if name not in DERIVED_TABLES
    }
    counts: dict[str, int] = {}
    try:
        with companion.vault.engine.begin() as conn:
            for table in tables():
                if table.name in SEEDED_TABLES:
                    continue
                if conn.execute(select(func.count()).select_from(table)).scalar_one():
                    raise ImportFailed(
                        _(
                            "This vault already holds records, so nothing was imported. A JSON "
                            "export goes into a new, empty vault (create one with another profile "
                            "folder)."
                        )
                    )
            for name in SEEDED_TABLES:
                conn.execute(known[name].delete())
            for table in tables():
                rows = prepared.get(table.name, [])
                if rows:
                    conn.execute(table.insert(), rows)
                counts[table.name] = len(rows)
    except IntegrityError as exc:
        raise ImportFailed(
            _("{file} contradicts itself ({reason}). Nothing was imported.").format(
                file=source.name, reason=str(exc.orig).splitlines()[0]
            )
        ) from None
    except InterfaceError:
        raise ImportFailed(
            _(
                "{file} has a value of a kind this version can't store. Nothing was imported."
            ).format(file=source.name)
        ) from None
    except (OperationalError, DatabaseError) as exc:
        raise StorageError(
            _("Couldn't write the imported records ({reason}). Nothing was imported.").format(
                reason=exc.orig
            )
        ) from None
    companion.changes.emit(*CHANGED_KINDS)
    return counts


def _prepare(table: Table, rows: Any, file_name: str) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        raise ImportFailed(
            _("{file}: the {table} table isn't a list. Nothing was imported.").format(
                file=file_name, table=table.name
            )
        )
    columns = {c.name: c for c in table.columns}
    prepared: list[dict[str, Any]] = []
    for index, row in enumerate(rows, start=1):
        where = _("{file}, {table} row {row}").format(file=file_name, table=table.name, row=index)
        if not isinstance(row, dict) or set(row) != set(columns):
            raise ImportFailed(
                _("{where} doesn't have the expected fields. Nothing was imported.").format(
                    where=where
                )
            )
        values: dict[str, Any] = {}
        for name, column in columns.items():
            try:
                values[name] = _from_plain(row[name], column, where)
            except ValueError as exc:
                message = (
                    str(exc)
                    if str(exc).startswith(where)
                    else _("{where}: {column} ({reason})").format(
                        where=where, column=name, reason=exc
                    )
                )
                raise ImportFailed(
                    _("{problem}. Nothing was imported.").format(problem=message)
                ) from None
        prepared.append(values)
    return prepared
