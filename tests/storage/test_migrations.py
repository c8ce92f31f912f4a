"""Every release opens every older vault: the committed fixture vaults open with today's code,
their data is intact, and their schema ends up identical to a freshly created vault's."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlmodel import select

from companion.domain.errors import VaultCorrupt
from companion.facade import Companion
from companion.storage.engine import SCHEMA_VERSION, Vault
from companion.storage.migrations import MIGRATIONS
from companion.storage.models import (
    AssessmentResult,
    Boundary,
    BoundaryCheck,
    ContactMethod,
    Interaction,
    JournalEntry,
    MoodEntry,
    Person,
    Reflection,
    ScreenTimeEntry,
    Tag,
)
from companion.vault.keys import parse_recovery_code
from companion.vault.keystore import NoKeyStore
from tests.helpers import MadeVault, snapshot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LAST_CONTACT_AGGREGATE = (
    "SELECT ip.person_id, max(i.occurred_at) FROM interactionperson ip "
    "JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id"
)


def _fixture_copy(version: int, tmp_path: Path) -> Path:
    source = FIXTURES / f"vault_v{version}"
    assert source.is_dir(), (
        f"no fixture vault for schema {version}: run tests/fixtures/make_vault_fixture.py "
        "before changing the schema"
    )
    target = tmp_path / f"v{version}"
    shutil.copytree(source, target)
    return target


def schema_of(vault: Vault) -> dict[str, Any]:
    """Tables, columns, indexes and foreign keys, as SQLite reports them (not the CREATE text)."""
    shape: dict[str, Any] = {}
    tables = [
        r[0]
        for r in vault.raw_pragma(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    for table in tables:
        columns = [tuple(r[1:]) for r in vault.raw_pragma(f'PRAGMA table_info("{table}")')]
        indexes = {}
        for row in vault.raw_pragma(f'PRAGMA index_list("{table}")'):
            name, unique, origin = row[1], row[2], row[3]
            cols = [r[2] for r in vault.raw_pragma(f'PRAGMA index_info("{name}")')]
            # Auto-index names carry a counter; key them by what they index instead.
            key = name if not name.startswith("sqlite_autoindex") else f"auto:{','.join(cols)}"
            indexes[key] = (unique, origin, cols)
        fks = sorted(tuple(r[2:]) for r in vault.raw_pragma(f'PRAGMA foreign_key_list("{table}")'))
        shape[table] = {"columns": columns, "indexes": indexes, "foreign_keys": fks}
    return shape


def test_every_schema_version_has_a_fixture_and_a_migration() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURES / f"vault_v{version}" / "companion.db").is_file(), version
        assert (FIXTURES / f"vault_v{version}" / "companion.key").is_file(), version
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_fixture_opens_with_its_passphrase_and_data_is_intact(version: int, tmp_path: Path) -> None:
    root = _fixture_copy(version, tmp_path)
    with Companion.unlock(
        root, passphrase=f"fixture passphrase v{version}", keystore=NoKeyStore()
    ) as c:
        assert c.vault.schema_version() == SCHEMA_VERSION
        c.vault.verify()
        with c.vault.session() as s:
            people = {p.name: p for p in s.exec(select(Person))}
            assert set(people) == {"Grace Hopper", "Alan Turing"}
            grace = people["Grace Hopper"]
            assert (grace.notes, grace.birthday_month, grace.birthday_day) == (
                "Sunday calls",
                12,
                9,
            )
            phones = s.exec(select(ContactMethod).where(ContactMethod.person_id == grace.id)).all()
            assert [m.value for m in phones] == ["+44 7700 900123"]
            assert {t.name for t in s.exec(select(Tag))} == {"school friends", "walk"}
            (call,) = s.exec(select(Interaction)).all()
            assert (call.note, call.feeling, call.channel) == ("talked about the garden", 5, "call")
            assert call.occurred_at.isoformat() == "2026-01-05T18:45:00+00:00"
            (mood,) = s.exec(select(MoodEntry)).all()
            assert (mood.level, mood.emotions, mood.note) == (
                4,
                ["calm", "grateful"],
                "a good evening",
            )
            assert [j.text for j in s.exec(select(JournalEntry))] == ["Grace, as always."]
            (result,) = s.exec(select(AssessmentResult)).all()
            assert (result.instrument, result.answers, result.total) == (
                "who5",
                [3, 3, 4, 2, 3],
                60,
            )
            # Schema 5 on: the language answered in; older results did not record it.
            assert result.language == ("en" if version >= 5 else None)
            assert [e.minutes for e in s.exec(select(ScreenTimeEntry))] == [42.5]
            assert [b.title for b in s.exec(select(Boundary))] == ["No phone at dinner"]
            assert [b.note for b in s.exec(select(BoundaryCheck))] == ["easy today"]
            assert [r.answer for r in s.exec(select(Reflection))] == ["The call."]
        # Schema 4 on: other dates, related names and a nickname (none in an older vault).
        view = c.people.get(grace.id)
        if version >= 4:
            assert view.nickname == "Amazing Grace"
            assert [(d.kind, d.title, d.month, d.day, d.year, d.yearly) for d in view.dates] == [
                ("anniversary", "Anniversary", 6, 15, 1930, True),
                ("custom", "Retirement", 8, 14, 1986, False),
            ]
            assert view.related == (("spouse", "Vincent"),)
        else:
            assert (view.nickname, view.dates, view.related) == ("", (), ())
        assert c.settings.get("country") == "GB"
        assert c.settings.get("nudges.daily_limit") == 2
        assert c.info()["records"]["nudges"] == 1
        # Derived data (schema 2 on): each person's last contact, equal to the aggregate.
        last = dict(c.vault.raw_pragma("SELECT person_id, occurred_at FROM lastcontact"))
        assert last == dict(c.vault.raw_pragma(LAST_CONTACT_AGGREGATE))
        assert last == {grace.id: "2026-01-05T18:45:00.000000+00:00"}
    # An older vault was copied, encrypted, before it was migrated; the copy is the old schema.
    backups = sorted(p.name for p in root.glob("*.bak"))
    assert backups == ([f"companion.db.schema{version}.bak"] if version < SCHEMA_VERSION else [])
    if backups:
        key = parse_recovery_code((root / "recovery-code.txt").read_text())
        old = Vault.open(root / backups[0], key, migrate=False)
        try:
            assert old.schema_version() == version
        finally:
            old.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_fixture_opens_with_its_recovery_code(version: int, tmp_path: Path) -> None:
    root = _fixture_copy(version, tmp_path)
    code = (root / "recovery-code.txt").read_text().strip()
    with Companion.unlock(root, recovery_code=code, keystore=NoKeyStore()) as c:
        assert c.info()["records"]["people"] == 2


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_fixture_schema_equals_a_fresh_vault(
    version: int, tmp_path: Path, template_vault: MadeVault
) -> None:
    """The guard that makes a schema change come with a migration."""
    root = _fixture_copy(version, tmp_path)
    code = (root / "recovery-code.txt").read_text().strip()
    with Companion.unlock(root, recovery_code=code, keystore=NoKeyStore()) as old:
        old_schema = schema_of(old.vault)
    fresh = Vault.open(template_vault.db, template_vault.data_key)
    try:
        fresh_schema = schema_of(fresh)
    finally:
        fresh.close()
    assert set(old_schema) == set(fresh_schema), "tables differ"
    for table in fresh_schema:
        assert old_schema[table] == fresh_schema[table], table


def test_vault_from_a_newer_release_is_refused_and_untouched(vault: MadeVault) -> None:
    conn = sqlcipher3.connect(str(vault.db))
    conn.execute(f"PRAGMA key = \"x'{vault.data_key.hex()}'\"")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(vault.root)
    with pytest.raises(VaultCorrupt, match="newer version of Companion") as caught:
        Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore())
    assert "\n" not in str(caught.value)
    assert snapshot(vault.root) == before


def test_opening_a_current_vault_keeps_no_migration_copy(vault: MadeVault) -> None:
    with Companion.unlock(vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()):
        pass
    assert not list(vault.root.glob("*.bak"))


def test_fixture_key_matches_its_recovery_code() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        folder = FIXTURES / f"vault_v{version}"
        key = parse_recovery_code((folder / "recovery-code.txt").read_text())
        from companion.vault.keys import KeyFile

        assert (
            KeyFile.load(folder / "companion.key").unwrap(f"fixture passphrase v{version}") == key
        )


def test_schema_3_vault_takes_dates_after_its_migration(tmp_path: Path) -> None:
    """The 3 -> 4 step on the real schema-3 file: people keep everything, get an empty nickname,
    and can then be given dates, related names and a nickname that last."""
    from companion.domain.planners.special_dates import SpecialDate
    from companion.services.people import PersonInput

    root = _fixture_copy(3, tmp_path)
    with Companion.unlock(root, passphrase="fixture passphrase v3", keystore=NoKeyStore()) as c:
        grace = next(v for v in c.people.list() if v.name == "Grace Hopper")
        assert grace.nickname == ""
        c.people.update(
            grace.id,
            PersonInput(
                name=grace.name,
                circle_id=grace.circle_id,
                birthday=grace.birthday,
                contacts=list(grace.contacts),
                notes=grace.notes,
                tags=list(grace.tags),
                nickname="Grace",
                dates=[SpecialDate("anniversary", 6, 15, 1930)],
                related=[("spouse", "Vincent")],
            ),
        )
    with Companion.unlock(root, passphrase="fixture passphrase v3", keystore=NoKeyStore()) as c:
        again = c.people.get(grace.id)
        assert again.nickname == "Grace"
        assert [(d.kind, d.month, d.day, d.year) for d in again.dates] == [
            ("anniversary", 6, 15, 1930)
        ]
        assert again.related == (("spouse", "Vincent"),)
        assert again.contacts == grace.contacts
        assert again.birthday == grace.birthday


def test_a_failed_schema_4_step_leaves_the_schema_3_vault_as_it_was(tmp_path: Path) -> None:
    """One transaction: a step that fails half-way (here a `relatedname` table made outside
    Companion, which the step then can't create) undoes the column and table it had already
    added, and the vault stays at schema 3, opening again as before."""
    root = _fixture_copy(3, tmp_path)
    key = parse_recovery_code((root / "recovery-code.txt").read_text())
    conn = sqlcipher3.connect(str(root / "companion.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE relatedname (x INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="relatedname"):
        Vault.open(root / "companion.db", key)
    old = Vault.open(root / "companion.db", key, migrate=False)
    try:
        assert old.schema_version() == 3
        columns = [r[1] for r in old.raw_pragma('PRAGMA table_info("person")')]
        assert "nickname" not in columns
        tables = {r[0] for r in old.raw_pragma("SELECT name FROM sqlite_master")}
        assert "persondate" not in tables
    finally:
        old.close()
    # The copy made before the step is the schema-3 file, and it opens.
    copy = Vault.open(root / "companion.db.schema3.bak", key, migrate=False)
    try:
        assert copy.schema_version() == 3
    finally:
        copy.close()


def test_schema_4_vault_records_the_questionnaire_language_after_its_migration(
    tmp_path: Path,
) -> None:
    """The 4 -> 5 step on the real schema-4 file: its result keeps every answer and reads as "not
    recorded"; a check-in taken afterwards keeps the language it was answered in, and so does a
    draft."""
    root = _fixture_copy(4, tmp_path)
    with Companion.unlock(root, passphrase="fixture passphrase v4", keystore=NoKeyStore()) as c:
        (old,) = c.checkins.history("who5")
        assert (old.answers, old.total, old.language) == ((3, 3, 4, 2, 3), 15, None)
        c.checkins.save("phq9", [1, 0, 0, 1, 0, 0, 0, 0, 0], language="es", difficulty=1)
        c.checkins.save_draft("phq2", [1], language="de")
    with Companion.unlock(root, passphrase="fixture passphrase v4", keystore=NoKeyStore()) as c:
        (spanish,) = c.checkins.history("phq9")
        assert (spanish.language, spanish.total, spanish.difficulty) == ("es", 2, 1)
        assert c.checkins.latest()["who5"].language is None
        draft = c.checkins.draft("phq2")
        assert draft is not None and (draft.answers, draft.language) == ((1,), "de")


def test_a_failed_schema_5_step_leaves_the_schema_4_vault_as_it_was(tmp_path: Path) -> None:
    """One transaction: a step that fails half-way (here a `language` column already added to the
    drafts outside Companion, which the step then can't add) undoes the column it had already
    added to the results, and the vault stays at schema 4, opening again as before."""
    root = _fixture_copy(4, tmp_path)
    key = parse_recovery_code((root / "recovery-code.txt").read_text())
    conn = sqlcipher3.connect(str(root / "companion.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("ALTER TABLE assessmentdraft ADD COLUMN language TEXT")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="language"):
        Vault.open(root / "companion.db", key)
    old = Vault.open(root / "companion.db", key, migrate=False)
    try:
        assert old.schema_version() == 4
        columns = [r[1] for r in old.raw_pragma('PRAGMA table_info("assessmentresult")')]
        assert "language" not in columns
        assert [
            tuple(r) for r in old.raw_pragma("SELECT instrument, total FROM assessmentresult")
        ] == [("who5", 60)]
    finally:
        old.close()
    copy = Vault.open(root / "companion.db.schema4.bak", key, migrate=False)
    try:
        assert copy.schema_version() == 4
        columns = [r[1] for r in copy.raw_pragma('PRAGMA table_info("assessmentresult")')]
        assert "language" not in columns
    finally:
        copy.close()
