"""The `lastcontact` table, kept by SQL triggers, always equals each person's latest interaction
time worked out from scratch, whatever writes the vault: the facade's services, the ORM, bulk
inserts, cascaded deletes, JSON restore, key rotation, and a migration from schema 1."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import insert
from sqlmodel import select

from companion.facade import Companion
from companion.platform.clock import FakeClock
from companion.services.people import PersonInput
from companion.storage.engine import SCHEMA_VERSION, Vault
from companion.storage.export import export_document, export_json, import_json, tables
from companion.storage.models import Interaction, InteractionPerson, LastContact, Person
from companion.storage.rotation import rotate_key
from companion.vault.keys import parse_recovery_code
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, make_template, open_copy

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
AGGREGATE = (
    "SELECT ip.person_id, max(i.occurred_at) FROM interactionperson ip "
    "JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id"
)
VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Nadia Okafor
EMAIL:nadia@example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Tomás Ruiz
TEL:+34 600 000 000
END:VCARD
"""
# Columns added after schema 2 (schema 3: the ActivityWatch bucket each minute came from).
LATER_COLUMNS = {
    "screentimeentry": ("origin",),
    "person": ("nickname",),
    "assessmentresult": ("language",),  # schema 5
    "assessmentdraft": ("language",),  # schema 5
}
LATER_TABLES = frozenset({"persondate", "relatedname"})  # schema 4


@pytest.fixture(scope="module")
def new_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A new, empty vault (default circles only), copied for each use."""
    return make_template(tmp_path_factory.mktemp("lastcontact") / "profile", NOW)


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The schema-1 fixture vault (two people, one interaction), migrated by opening it."""
    root = tmp_path_factory.mktemp("migrated") / "profile"
    shutil.copytree(FIXTURES / "vault_v1", root)
    code = (root / "recovery-code.txt").read_text().strip()
    with Companion.unlock(root, recovery_code=code, keystore=NoKeyStore()) as c:
        assert c.vault.schema_version() == SCHEMA_VERSION
    return root, code


def in_table(companion: Companion) -> dict[int, str]:
    return dict(companion.vault.raw_pragma("SELECT person_id, occurred_at FROM lastcontact"))


def from_scratch(companion: Companion) -> dict[int, str]:
    return dict(companion.vault.raw_pragma(AGGREGATE))


def as_read(companion: Companion) -> dict[int, datetime]:
    """The table read through the model, as the read side will read it."""
    with companion.vault.session() as s:
        return {row.person_id: row.occurred_at for row in s.exec(select(LastContact))}


# --- random writes through the real services ------------------------------------------------------

# Times the user may log: up to ten years back, in a few time zones, with ties on purpose.
ZONES = st.sampled_from(
    [UTC, ZoneInfo("Europe/Berlin"), timezone(timedelta(hours=-8)), timezone(timedelta(hours=13))]
)
TIES = [NOW - timedelta(days=3), NOW - timedelta(days=400, microseconds=1)]
WHENS = st.one_of(
    st.sampled_from(TIES),
    st.datetimes(
        min_value=datetime(2016, 11, 21),
        max_value=datetime(2026, 11, 19),
        timezones=ZONES,
    ),
)


def utc(when: datetime) -> datetime:
    """The model keeps times in UTC, as the vault does: Python never calls a time in a
    daylight-saving gap or fold equal to one in another zone, even when they are the same instant."""
    return when.astimezone(UTC)


class LastContactMachine(RuleBasedStateMachine):
    """Writes the app makes (and a few it could make) in any order, checked against a plain model
    of the data after every step."""

    template: tuple[Path, str]
    folder: Path
    made = 0
    checks = 0  # invariant runs, so the test can tell it really checked something

    people = Bundle("people")
    interactions = Bundle("interactions")

    def __init__(self) -> None:
        super().__init__()
        LastContactMachine.made += 1
        self.root = self.folder / f"run{LastContactMachine.made}"
        self.root.mkdir()
        self.c = open_copy(self.template, self.root, FakeClock(NOW))
        # The model: who exists, and each interaction's time and people (from what the vault
        # starts with, then kept by each rule).
        with self.c.vault.session() as s:
            self.alive: set[int] = set(s.exec(select(Person.id)).all())  # type: ignore[arg-type]
            self.logged: dict[int, tuple[datetime, set[int]]] = {
                row.id: (row.occurred_at, set()) for row in s.exec(select(Interaction))
            }
            for link in s.exec(select(InteractionPerson)):
                self.logged[link.interaction_id][1].add(link.person_id)

    def teardown(self) -> None:
        self.c.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def expected(self) -> dict[int, datetime]:
        last: dict[int, datetime] = {}
        for when, who in self.logged.values():
            for pid in who:
                if pid not in last or when > last[pid]:
                    last[pid] = when
        return last

    @initialize(target=people, n=st.integers(2, 4))
    def some_people(self, n: int):
        ids = [self.c.people.add(PersonInput(name=f"Friend {i}")) for i in range(n)]
        existing = sorted(self.alive)
        self.alive.update(ids)
        return multiple(*existing, *ids)

    @initialize(target=interactions)
    def interactions_already_there(self):
        return multiple(*sorted(self.logged))

    @rule(target=people, name=st.sampled_from(["Ana", "Bo", "Chen"]))
    def add_person(self, name: str) -> int:
        pid = self.c.people.add(PersonInput(name=name))
        self.alive.add(pid)
        return pid

    @rule(target=people)
    def import_vcards(self):
        source = self.root / "contacts.vcf"
        source.write_text(VCARDS, encoding="utf-8")
        preview = self.c.contacts_import.preview(source)
        before = {v.id for v in self.c.people.list(include_archived=True)}
        self.c.contacts_import.commit(
            preview, decisions={card.position: "import" for card in preview.contacts}
        )
        new = {v.id for v in self.c.people.list(include_archived=True)} - before
        assert len(new) == 2
        self.alive.update(new)
        return multiple(*sorted(new))

    @rule(target=interactions, who=st.lists(people, min_size=1, max_size=4), when=WHENS)
    def log(self, who: list[int], when: datetime):
        living = {p for p in who if p in self.alive}
        if not living:
            return multiple()
        iid = self.c.interactions.log(sorted(living), when=when, channel="call")
        self.logged[iid] = (utc(when), living)
        return iid

    @rule(target=interactions, who=st.lists(people, min_size=1, max_size=3), n=st.integers(1, 5))
    def log_now(self, who: list[int], n: int):
        """Several at the very same moment, as a quick "talked today" does."""
        living = {p for p in who if p in self.alive}
        if not living:
            return multiple()
        iid = 0
        for _ in range(n):
            iid = self.c.interactions.log(sorted(living))
            self.logged[iid] = (utc(NOW), set(living))
        return iid

    @rule(who=st.lists(people, min_size=1, max_size=3), whens=st.lists(WHENS, max_size=6))
    def bulk_insert(self, who: list[int], whens: list[datetime]) -> None:
        """Core executemany inserts, as an import writes them (no ORM objects)."""
        living = sorted({p for p in who if p in self.alive})
        if not living or not whens:
            return
        with self.c.vault.session() as s:
            ids = []
            for when in whens:
                row = Interaction(
                    occurred_at=when,
                    local_day=when.date(),
                    channel="message",
                    created_at=NOW,
                )
                s.add(row)
                s.flush()
                ids.append(row.id)
            s.execute(
                insert(InteractionPerson),
                [{"interaction_id": i, "person_id": p} for i in ids for p in living],
            )
        for iid, when in zip(ids, whens, strict=True):
            self.logged[iid] = (utc(when), set(living))

    @rule(iid=interactions, when=WHENS)
    def edit_time(self, iid: int, when: datetime) -> None:
        """The facade has no "edit an interaction" yet; an ORM update is what one would do."""
        if iid not in self.logged:
            return
        with self.c.vault.session() as s:
            row = s.get(Interaction, iid)
            assert row is not None
            row.occurred_at = when
            row.local_day = when.date()
            s.add(row)
        self.logged[iid] = (utc(when), self.logged[iid][1])

    @rule(iid=interactions, to=people)
    def move_link(self, iid: int, to: int) -> None:
        """An UPDATE of a link row (no service does this today; the trigger covers it anyway)."""
        if iid not in self.logged or to not in self.alive:
            return
        when, who = self.logged[iid]
        if not who or to in who:
            return
        moved = min(who)
        with self.c.vault.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE interactionperson SET person_id = ? "
                "WHERE interaction_id = ? AND person_id = ?",
                (to, iid, moved),
            )
        self.logged[iid] = (when, (who - {moved}) | {to})

    @rule(iid=interactions)
    def delete_interaction(self, iid: int) -> None:
        if iid not in self.logged:
            return
        self.c.interactions.delete(iid)
        del self.logged[iid]

    @rule(pid=people)
    def delete_person(self, pid: int) -> None:
        if pid not in self.alive:
            return
        self.c.people.delete(pid)
        self.alive.discard(pid)
        for _when, who in self.logged.values():
            who.discard(pid)

    @rule(pid=people, archived=st.booleans())
    def archive(self, pid: int, archived: bool) -> None:
        if pid in self.alive:
            self.c.people.set_archived(pid, archived)

    @invariant()
    def table_equals_the_aggregate(self) -> None:
        type(self).checks += 1
        assert in_table(self.c) == from_scratch(self.c)
        assert as_read(self.c) == self.expected()


@pytest.mark.parametrize("start", ["new", "migrated"])
def test_random_writes_keep_the_table_equal_to_the_aggregate(
    start: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """On a new vault, and on one migrated from schema 1 (its tables were made in another order,
    which changes the order SQLite runs the cascades of a deleted person in)."""
    LastContactMachine.template = request.getfixturevalue(f"{start}_template")
    LastContactMachine.folder = tmp_path
    LastContactMachine.checks = 0
    run_state_machine_as_test(
        LastContactMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
    assert LastContactMachine.checks > 0  # the invariant really ran


# --- the paths one by one ---------------------------------------------------------------------------


def test_cascades_from_deleting_people_and_interactions(
    new_template: tuple[Path, str], tmp_path: Path
) -> None:
    with open_copy(new_template, tmp_path, FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        bo = c.people.add(PersonInput(name="Bo"))
        days = [NOW - timedelta(days=d) for d in (30, 20, 10)]
        old, middle, recent = (c.interactions.log([ana, bo], when=d) for d in days)
        expected = days[2].astimezone(UTC)
        assert as_read(c) == {ana: expected, bo: expected}
        # Deleting a person cascades to each of their links; their row goes, Bo's stays.
        c.people.delete(ana)
        assert as_read(c) == {bo: expected}
        # Deleting an interaction cascades to its links; Bo falls back to the one before.
        c.interactions.delete(recent)
        assert as_read(c) == {bo: days[1].astimezone(UTC)}
        c.interactions.delete(middle)
        c.interactions.delete(old)
        assert as_read(c) == {}
        assert in_table(c) == from_scratch(c) == {}


def test_editing_a_time_moves_it_either_way(new_template: tuple[Path, str], tmp_path: Path) -> None:
    with open_copy(new_template, tmp_path, FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        bo = c.people.add(PersonInput(name="Bo"))
        days = [NOW - timedelta(days=d) for d in (30, 20, 10)]
        together, _, latest = (c.interactions.log([ana, bo], when=d) for d in days)

        def set_time(iid: int, when: datetime) -> None:
            with c.vault.session() as s:
                row = s.get(Interaction, iid)
                assert row is not None
                row.occurred_at = when
                s.add(row)

        set_time(latest, NOW - timedelta(days=40))  # the latest moves back: the next one leads
        assert as_read(c) == {ana: days[1], bo: days[1]}
        set_time(together, NOW - timedelta(hours=1))  # an older one moves forward past all
        assert as_read(c) == {ana: NOW - timedelta(hours=1), bo: NOW - timedelta(hours=1)}
        assert in_table(c) == from_scratch(c)


def test_changing_who_a_link_points_at(new_template: tuple[Path, str], tmp_path: Path) -> None:
    """No service rewrites a link today; a trigger covers it anyway (both people recounted)."""
    with open_copy(new_template, tmp_path, FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        bo = c.people.add(PersonInput(name="Bo"))
        c.interactions.log([ana], when=NOW - timedelta(days=9))
        recent = c.interactions.log([ana], when=NOW - timedelta(days=1))
        with c.vault.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE interactionperson SET person_id = ? WHERE interaction_id = ?", (bo, recent)
            )
        assert as_read(c) == {ana: NOW - timedelta(days=9), bo: NOW - timedelta(days=1)}
        assert in_table(c) == from_scratch(c)


def test_stored_text_is_the_interactions_own(
    new_template: tuple[Path, str], tmp_path: Path
) -> None:
    """Same column type, same text: values compare and convert exactly as Interaction's do."""
    with open_copy(new_template, tmp_path, FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        when = datetime(2026, 11, 1, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5)))
        c.interactions.log([ana], when=when)
        (text,) = in_table(c).values()
        assert text == "2026-11-02T04:59:59.999999+00:00"
        assert as_read(c) == {ana: when}
        assert as_read(c)[ana].tzinfo == UTC


def test_json_restore_rebuilds_it_and_the_export_leaves_it_out(
    new_template: tuple[Path, str], tmp_path: Path
) -> None:
    with open_copy(new_template, tmp_path / "source", FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        bo = c.people.add(PersonInput(name="Bo"))
        c.people.add(PersonInput(name="Chen"))  # never contacted: no row
        c.interactions.log([ana, bo], when=NOW - timedelta(days=9))
        c.interactions.log([bo], when=NOW - timedelta(days=2))
        c.people.set_archived(bo)
        before = as_read(c)
        assert set(before) == {ana, bo}
        export_json(c, tmp_path / "export.json")
        assert "lastcontact" not in export_document(c)["tables"]
    doc = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert "lastcontact" not in doc["tables"]
    with open_copy(new_template, tmp_path / "restored", FakeClock(NOW)) as fresh:
        assert in_table(fresh) == {}
        counts = import_json(fresh, tmp_path / "export.json")
        assert "lastcontact" not in counts
        assert as_read(fresh) == before
        assert in_table(fresh) == from_scratch(fresh)


def test_an_export_made_before_the_upgrade_still_imports(
    new_template: tuple[Path, str], tmp_path: Path
) -> None:
    """Schema 2 added only derived data: a schema-1 vault exports exactly the tables and columns
    a schema-2 one does (later schemas add the columns in LATER_COLUMNS and the tables in
    LATER_TABLES), so its export is
    accepted (and the table rebuilt)."""
    v1 = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault_v1", v1)
    key = parse_recovery_code((v1 / "recovery-code.txt").read_text())
    old = Vault.open(v1 / "companion.db", key, migrate=False)
    try:
        assert old.schema_version() == 1
        old_tables = {
            name: [r[1] for r in old.raw_pragma(f'PRAGMA table_info("{name}")')]
            for (name,) in old.raw_pragma(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        old.close()
    now = {
        t.name: [c.name for c in t.columns if c.name not in LATER_COLUMNS.get(t.name, ())]
        for t in tables()
        if t.name not in LATER_TABLES
    }
    assert old_tables == now

    with open_copy(new_template, tmp_path / "source", FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        c.interactions.log([ana], when=NOW - timedelta(days=1))
        doc = export_document(c)
    doc["schema_version"] = 1
    (tmp_path / "v1.json").write_text(json.dumps(doc), encoding="utf-8")
    with open_copy(new_template, tmp_path / "restored", FakeClock(NOW)) as fresh:
        import_json(fresh, tmp_path / "v1.json")
        assert as_read(fresh) == {ana: (NOW - timedelta(days=1)).astimezone(UTC)}


def test_key_rotation_keeps_the_triggers(new_template: tuple[Path, str], tmp_path: Path) -> None:
    """Rotation rebuilds the file with sqlcipher_export; the triggers must come along."""
    with open_copy(new_template, tmp_path, FakeClock(NOW)) as c:
        ana = c.people.add(PersonInput(name="Ana"))
        c.interactions.log([ana], when=NOW - timedelta(days=5))
        rotate_key(c, PASSPHRASE)
        triggers = c.vault.raw_pragma("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert len(triggers) == 4
        c.interactions.log([ana], when=NOW - timedelta(days=1))
        assert as_read(c) == {ana: (NOW - timedelta(days=1)).astimezone(UTC)}
        assert in_table(c) == from_scratch(c)


def test_demo_data_keeps_it_equal(new_template: tuple[Path, str], tmp_path: Path) -> None:
    from companion.demo import fill_demo

    with open_copy(new_template, tmp_path, FakeClock(NOW)) as c:
        fill_demo(c, days=120)
        assert from_scratch(c)
        assert in_table(c) == from_scratch(c)


# --- new and migrated vaults --------------------------------------------------------------------


def _master(vault: Vault) -> list[tuple[str, str, str, str]]:
    """Every schema object's definition, without page numbers (they differ between files) and
    SQLite's own statistics tables (PRAGMA optimize makes them when it sees fit). Whitespace is
    compared as one space: SQLite's ALTER TABLE ... ADD COLUMN (schema 4's nickname) writes the
    new column into the stored text without the line break SQLAlchemy puts before each column."""
    rows = vault.raw_pragma(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    )
    tidy = [
        (kind, name, table, " ".join(sql.split()) if sql else sql)
        for kind, name, table, sql in rows
    ]
    return sorted(tidy, key=lambda r: (r[0], r[1]))


def test_new_and_migrated_vaults_have_the_same_schema(
    new_template: tuple[Path, str], tmp_path: Path
) -> None:
    v1 = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault_v1", v1)
    key = parse_recovery_code((v1 / "recovery-code.txt").read_text())
    migrated = Vault.open(v1 / "companion.db", key)
    try:
        assert migrated.schema_version() == SCHEMA_VERSION
        migrated_master = _master(migrated)
        assert dict(migrated.raw_pragma("SELECT * FROM lastcontact")) == dict(
            migrated.raw_pragma(AGGREGATE)
        )
    finally:
        migrated.close()
    with open_copy(new_template, tmp_path / "new", FakeClock(NOW)) as fresh:
        fresh_master = _master(fresh.vault)
    assert migrated_master == fresh_master
    names = {(kind, name) for kind, name, _t, _s in fresh_master}
    assert ("table", "lastcontact") in names
    assert {name for kind, name in names if kind == "trigger"} == {
        "lastcontact_link_added",
        "lastcontact_link_removed",
        "lastcontact_link_changed",
        "lastcontact_time_changed",
    }
