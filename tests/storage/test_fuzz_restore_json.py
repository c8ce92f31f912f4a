"""A fuzz of `restore-json` inputs: a real export with lists nested thousands deep, numbers past
SQLite's 64 bits (and NaN, Infinity, 10^5000), values of the wrong type where the document, a
table, a row or a typed column should be, and text that isn't valid Unicode. Every one is refused
with one plain line and nothing written; never a traceback.

At least 2,000 inputs (COMPANION_FUZZ_N for more) from a fixed seed, driven through import_json
on a real empty vault; a handful also go through the real command line."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary
from sqlalchemy.types import TypeDecorator

from companion.domain.errors import CompanionError, ImportFailed
from companion.facade import Companion
from companion.storage.dbtypes import JSONText, UTCDateTime
from companion.storage.export import export_document, import_json, tables
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, add_every_kind, cli_env, run_cli, snapshot

FUZZ_N = max(2000, int(os.environ.get("COMPANION_FUZZ_N", "2000")))
SEED = int(os.environ.get("COMPANION_FUZZ_SEED", "9"))
RAW = "@@raw@@"  # stands in for text json.dumps can't write (deep nesting, huge numbers)

HUGE = [
    str(2**63),
    str(-(2**63) - 1),
    str(2**64),
    str(2**200),
    "1" + "0" * 5000,
    "-" + "9" * 30,
    "1e400",
    "-1e999",
    "NaN",
    "Infinity",
    "-Infinity",
]


def _column_kind(column: Any) -> str:
    kind = column.type
    if isinstance(kind, JSONText):
        return "json"
    if isinstance(kind, UTCDateTime):
        return "datetime"
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    for cls, name in ((Date, "date"), (LargeBinary, "bytes"), (Boolean, "bool")):
        if isinstance(kind, cls):
            return name
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, Float):
        return "float"
    return "text"


WRONG = {
    "datetime": [123, [], {}, True, "not a time", "2026-03-01T10:00:00", "2026-02-30T10:00:00Z"],
    "date": [123, [], {"y": 2026}, True, "2026-13-01", "yesterday"],
    "bytes": [123, [], True, "not base64!!", "ÿÿ"],
    "bool": [1, 0, "true", [], {}],
    "int": ["1", 1.5, [], {}, True, "ten"],
    "float": ["1.5", [], {}, True],
    "text": [1, 1.5, [], {}, True, "lone \ud800 surrogate"],
}


def _deep(rng: random.Random) -> str:
    depth = rng.choice([33, 100, 999, 1000, 1001, 5000, rng.randrange(33, 20000)])
    if rng.random() < 0.5:
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def mutate(base: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """One invalid export: (what was changed, the file's text)."""
    doc = json.loads(json.dumps(base))
    columns = {t.name: {c.name: c for c in t.columns} for t in tables()}
    filled = [name for name, rows in doc["tables"].items() if rows]
    raw = None
    roll = rng.random()
    if roll < 0.3:
        raw, what = _deep(rng), "deep nesting"
    elif roll < 0.55:
        raw, what = rng.choice(HUGE), "a huge number"
    if raw is not None:
        where = rng.choice(["row", "row", "row", "tables", "table", "version", "schema", "top"])
        if where == "row":
            table = rng.choice(filled)
            row = rng.choice(doc["tables"][table])
            row[rng.choice(list(row))] = RAW
        elif where == "tables":
            doc["tables"] = RAW
        elif where == "table":
            doc["tables"][rng.choice(filled)] = RAW
        elif where == "version":
            doc["version"] = RAW
        elif where == "schema":
            doc["schema_version"] = RAW
        else:
            doc["extra"] = [RAW]
        text = json.dumps(doc).replace(f'"{RAW}"', raw)
        return f"{what} in {where}", text
    if roll < 0.65:
        where = rng.choice(["document", "tables", "table", "row", "fields"])
        value = rng.choice([[], {}, "text", 7, None, True])
        if where == "document":
            doc = value if not isinstance(value, dict) else {"format": "other"}
        elif where == "tables":
            doc["tables"] = value if not isinstance(value, dict) else {"nope": []}
        elif where == "table":
            doc["tables"][rng.choice(filled)] = value if not isinstance(value, list) else [7]
        elif where == "row":
            rows = doc["tables"][rng.choice(filled)]
            rows[rng.randrange(len(rows))] = value if not isinstance(value, dict) else {"x": 1}
        else:
            row = rng.choice(doc["tables"][rng.choice(filled)])
            if rng.random() < 0.5:
                del row[rng.choice(list(row))]
            else:
                row["unexpected"] = 1
        return f"wrong type at {where}", json.dumps(doc)
    while True:
        table = rng.choice(filled)
        row = rng.choice(doc["tables"][table])
        name = rng.choice(list(row))
        kind = _column_kind(columns[table][name])
        if kind != "json":
            break
    value = rng.choice(WRONG[kind])
    row[name] = value
    return f"{table}.{name} ({kind}) = {value!r:.30}", json.dumps(doc)


@pytest.fixture(scope="module")
def base_and_target(tmp_path_factory: pytest.TempPathFactory):
    """A real export of every kind of record, and a new, empty vault held open to import into."""
    root = tmp_path_factory.mktemp("fuzz-json")
    source, _code = Companion.create(root / "source", PASSPHRASE, keystore=NoKeyStore())
    with source:
        add_every_kind(source)
        base = json.loads(json.dumps(export_document(source)))
    target, _code = Companion.create(root / "target", PASSPHRASE, keystore=NoKeyStore())
    with target:
        yield base, target, root


def test_the_unchanged_export_imports(base_and_target, tmp_path: Path) -> None:
    """The fuzz starts from a file that is good: only the changes make it fail."""
    base, _target, _root = base_and_target
    path = tmp_path / "good.json"
    path.write_text(json.dumps(base))
    fresh, _code = Companion.create(tmp_path / "fresh", PASSPHRASE, keystore=NoKeyStore())
    with fresh:
        counts = import_json(fresh, path)
    assert counts["person"] == 2


def test_every_changed_export_is_refused_plainly(base_and_target, tmp_path: Path) -> None:
    base, target, _root = base_and_target
    rng = random.Random(SEED)
    path = tmp_path / "changed.json"
    kinds: dict[str, int] = {}
    for _ in range(FUZZ_N):
        what, text = mutate(base, rng)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            import_json(target, path)
        except ImportFailed as exc:
            message = str(exc)
            assert message and "\n" not in message and len(message) < 400, (what, message)
        except CompanionError as exc:
            pytest.fail(f"{what}: not an import failure: {exc}")
        except Exception as exc:
            pytest.fail(f"{what}: {type(exc).__name__}: {str(exc)[:200]}")
        else:
            pytest.fail(f"{what}: imported")
        kind = what.split(" in ")[0].split(" at ")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    assert target.counts()["people"] == 0
    assert {"deep nesting", "a huge number", "wrong type"} <= set(kinds), kinds


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 1000 + "]" * 1000,
        str(2**63),
        str(2**64 + 1),
        "NaN",
        "1" + "0" * 5000,
    ],
    ids=["nesting-1000", "2^63", "2^64+1", "NaN", "5000-digits"],
)
def test_restore_json_command_line(base_and_target, tmp_path: Path, raw: str) -> None:
    base, _target, _root = base_and_target
    doc = json.loads(json.dumps(base))
    doc["tables"]["person"][0]["cadence_days"] = RAW
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc).replace(f'"{RAW}"', raw))
    profile = tmp_path / "empty"
    companion, _code = Companion.create(profile, PASSPHRASE, keystore=NoKeyStore())
    companion.close()
    before = snapshot(profile)
    done = run_cli(
        "--profile",
        str(profile),
        "restore-json",
        str(path),
        env=cli_env(COMPANION_PASSPHRASE=PASSPHRASE),
    )
    assert done.returncode == 1, done.stdout
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert snapshot(profile) == before
