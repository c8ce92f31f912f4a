"""A schema migration killed (SIGKILL) at any moment leaves either the untouched old vault, which
then migrates, or the fully migrated one; never a mix. Its share of the kill budget is in
tests/helpers.py (CRASH_BUDGET).

The migration is SYNTHETIC: the writer process, and this test's own checks (through monkeypatch,
undone after the test), replace the real step 1 -> 2 (which only adds a small derived table) with a
made-up one that adds a column to the mood entries and rewrites every one of them, so there is a
long step to kill (tests/helpers.py, synthetic_migration). It runs through the product's own
machinery: Vault.open, keep_copy, one migration transaction."""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from pathlib import Path

import pytest

import companion.storage.engine
from companion.storage.engine import Vault
from companion.storage.migrations import MIGRATIONS
from companion.vault.keys import parse_recovery_code
from tests.helpers import (
    PROJECT_ROOT,
    SYNTHETIC_CHUNKS,
    SYNTHETIC_COLUMN,
    SYNTHETIC_SUFFIX,
    Writer,
    crash_kills,
    crash_seed,
    migration_writer,
    synthetic_migration,
)

KILLS = crash_kills("migrations")
FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "vault_v1"
# Enough mood entries that rewriting them all takes a noticeable moment to be killed in.
EXTRA_ROWS = 60_000
BAK = "companion.db.schema1.bak"


def _make_base(root: Path) -> tuple[bytes, str]:
    """The schema-1 fixture, grown by EXTRA_ROWS mood entries shaped like its own; (key, code)."""
    shutil.copytree(FIXTURE, root)
    code = (root / "recovery-code.txt").read_text().strip()
    key = parse_recovery_code(code)
    vault = Vault.open(root / "companion.db", key, migrate=False)
    try:
        assert vault.schema_version() == 1
        with vault.engine.begin() as conn:
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO moodentry (logged_at, local_day, level, emotions, note, source, "
                "created_at) SELECT m.logged_at, m.local_day, 1 + n.i % 5, m.emotions, "
                "'entry ' || n.i || ': ' || substr(hex(randomblob(48)), 1, 90), 'manual', "
                "m.created_at FROM n, (SELECT * FROM moodentry ORDER BY id LIMIT 1) AS m",
                (EXTRA_ROWS,),
            )
        vault.checkpoint()
    finally:
        vault.close()
    return key, code


def _state(db: Path, key: bytes) -> tuple[int, str]:
    """(schema version, digest of every mood entry) of a vault that opened without migrating and
    passed the integrity check. The digest covers the new column when it is there."""
    vault = Vault.open(db, key, migrate=False)
    try:
        vault.verify()
        version = vault.schema_version()
        columns = [r[1] for r in vault.raw_pragma("PRAGMA table_info(moodentry)")]
        has_column = SYNTHETIC_COLUMN in columns
        assert has_column == (version == 2), f"schema {version} with columns {columns}"
        extra = f", {SYNTHETIC_COLUMN}" if has_column else ""
        rows = vault.raw_pragma(f"SELECT id, note{extra} FROM moodentry ORDER BY id")
    finally:
        vault.close()
    return version, hashlib.sha256(repr(rows).encode()).hexdigest()


def _migrated_digest(db: Path, key: bytes) -> str:
    """The digest a correct migration of this schema-1 vault must give, worked out in Python."""
    vault = Vault.open(db, key, migrate=False)
    try:
        rows = vault.raw_pragma("SELECT id, note FROM moodentry ORDER BY id")
    finally:
        vault.close()
    migrated = [(i, note + SYNTHETIC_SUFFIX, len(note)) for i, note in rows]
    return hashlib.sha256(repr(migrated).encode()).hexdigest()


def _check_backup(root: Path, key: bytes, scratch: Path, v1: str) -> bool:
    """The encrypted pre-migration copy, when there is one, opens with the same key and holds the
    untouched schema-1 data. It is checked on a copy, so no log file is left beside it."""
    backup = root / BAK
    if not backup.exists():
        return False
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    shutil.copyfile(backup, scratch / BAK)
    assert _state(scratch / BAK, key) == (1, v1), "the pre-migration copy is not the old vault"
    return True


@pytest.mark.slow
def test_sigkill_during_migration_leaves_old_or_new_never_a_mix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "base"
    key, code = _make_base(base)
    _version, v1 = _state(base / "companion.db", key)
    v2 = _migrated_digest(base / "companion.db", key)
    # From here on this process, too, knows the synthetic schema 2 (undone after the test).
    monkeypatch.setattr(companion.storage.engine, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(MIGRATIONS, 1, synthetic_migration)

    profile = tmp_path / "profile"
    shutil.copytree(base, profile)
    rng = random.Random(crash_seed(17))
    to_step = 0.3  # a first guess; measured as the rounds go
    outcomes = {1: 0, 2: 0}
    kills_in_step = 0
    for round_no in range(KILLS):
        # Kill at a random moment of the open and the copy; inside the step, after a random slice
        # of it has been rewritten (the writer holds there, so the kill is known to land in the
        # open transaction); or just after the migration.
        phase = (round_no + 2) % 3
        hold_after = rng.randrange(SYNTHETIC_CHUNKS) if phase == 1 else None
        started = time.monotonic()
        writer = Writer(migration_writer, str(profile), code, hold_after)
        try:
            if phase == 0:
                time.sleep(rng.uniform(0.0, to_step))
            else:
                writer.wait_for("migrating")
                to_step = time.monotonic() - started
                writer.wait_for(f"rewrote {hold_after}" if phase == 1 else "migrated")
        finally:
            lines = writer.kill()
        where = f"after kill {round_no + 1} ({lines})"
        version, digest = _state(profile / "companion.db", key)
        assert digest == (v1 if version == 1 else v2), f"{where}: schema {version}, data mixed"
        outcomes[version] += 1
        has_backup = _check_backup(profile, key, tmp_path / "scratch", v1)
        if phase == 1:
            assert version == 1, f"{where}: killed inside the migration step, yet schema 2"
            kills_in_step += 1
        if "migrated" in lines:
            assert version == 2, f"{where}: reported migrated, but the vault is schema 1"
        if version == 2:
            assert has_backup, f"{where}: migrated without keeping the old vault"
            # Start the next round from the untouched schema-1 vault again.
            shutil.rmtree(profile)
            shutil.copytree(base, profile)
        # A schema-1 vault left by a kill stays as it is: the next writer must migrate it.

    # Whatever the last kill left opens with this code; schema 1 then migrates in full.
    vault = Vault.open(profile / "companion.db", key)
    vault.close()
    assert _state(profile / "companion.db", key) == (2, v2)
    assert _check_backup(profile, key, tmp_path / "scratch", v1)
    assert outcomes[1] >= KILLS // 6 and outcomes[2] >= KILLS // 3, outcomes
    assert kills_in_step >= KILLS // 4, "too few kills inside the migration step"
