"""companion.storage.glance: the read layer on its own read-only connection, on real vaults. It never
writes, answers only what Today reads (writes go to the full Companion by name), refuses vaults it
doesn't know, and loads without SQLAlchemy or Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlcipher3
from sqlalchemy import text

from companion.demo import fill_demo
from companion.domain.errors import InvalidInput
from companion.domain.planners.special_dates import SpecialDate
from companion.platform.clock import FakeClock
from companion.services.boundaries import BoundaryInput
from companion.services.people import PersonInput
from companion.storage.glance import Glance
from companion.vault.keystore import NoKeyStore
from companion.vault.unlocking import find_key
from tests.helpers import PASSPHRASE, glance_at, make_template, open_copy

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
TZ = ZoneInfo("Europe/London")
START = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


def _no_full():
    raise AssertionError("the glance asked for the full Companion")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("glance") / "profile", START, country="GB")


@pytest.fixture
def lived_in(template, tmp_path):
    """A year of demo life, plus what the demo lacks: archived and circle-less people, a paused
    boundary, renamed mood levels, a PHQ-9 asking for its card, a boundary checked today."""
    clock = FakeClock(START)
    companion = open_copy(template, tmp_path, clock)
    fill_demo(companion, days=365, seed=3)
    people = companion.people
    loner = people.add(
        PersonInput(
            "Sam Loner",
            cadence_days=3,
            contacts=[("email", "", "s@x.org")],
            nickname="Sammy",
            dates=[
                SpecialDate("anniversary", 3, 5, 2019),
                SpecialDate("custom", 3, 20, 2026, label="Moving day", yearly=False),
            ],
            related=[("sister", "Kim")],
        )
    )
    gone = people.add(PersonInput("Old Friend", tags=["school"]))
    people.set_archived(gone)
    companion.interactions.log([loner], when=START - timedelta(days=9))
    paused = companion.boundaries.add(BoundaryInput("No phone at dinner", weekdays=[0, 2, 4]))
    companion.boundaries.set_active(paused, False)
    evening = companion.boundaries.add(BoundaryInput("Screens off by ten", weekdays=[0, 1]))
    companion.boundaries.check_in(evening, START.date(), "kept")
    companion.settings.set("mood.labels", ["low", "meh", "ok", "fine", "bright"])
    companion.settings.set("mood.reminder_at", None)
    clock.set(START + timedelta(hours=12))  # after the demo's own evening check-in
    companion.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2])
    yield companion, clock
    companion.close()


def test_a_vault_whose_days_are_not_yet_settled_gets_no_glance(lived_in):
    """A vault from before "My day ends at" opens in full first, which places its records."""
    companion, clock = lived_in
    with companion.vault.session() as s:
        s.exec(text("DELETE FROM setting WHERE key = 'day.ends_at'"))
    found = find_key(
        companion.profile.root,
        passphrase=PASSPHRASE,
        keystore=NoKeyStore(),
        exclusive=False,
    )
    assert Glance.open(found, clock, _no_full) is None


def test_it_sees_writes_made_while_it_is_open(lived_in):
    companion, clock = lived_in
    glance = glance_at(companion, clock)
    try:
        due = glance.people.list(status="overdue")
        assert due
        companion.interactions.log([due[0].id], when=clock.now())
        after = glance.people.list(status="overdue")
        assert due[0].id not in {v.id for v in after}
        assert after == companion.people.list(status="overdue")
    finally:
        glance.close()


def test_it_never_writes(lived_in):
    companion, clock = lived_in
    glance = glance_at(companion, clock)
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="readonly"):
            glance.db.execute("DELETE FROM person")
        assert companion.people.list()
    finally:
        glance.close()


def test_it_reads_through_the_read_layer_and_answers_nothing_else(lived_in):
    """No fallback: what Today does not read from a glance is not there, so nothing blocks
    unseen; writes reach the full Companion only through the names that say so."""
    companion, clock = lived_in
    asked = []

    def full():
        asked.append(True)
        return companion

    glance = glance_at(companion, clock, full)
    try:
        day = glance.today()
        assert day == companion.today()
        assert glance.people.list(status="overdue") == companion.people.list(status="overdue")
        assert glance.boundaries.active_on(day) == companion.boundaries.active_on(day)
        assert glance.safety.cards() == companion.safety.cards()
        assert glance.safety.help() == companion.safety.help()
        assert glance.mood.labels() == ("low", "meh", "ok", "fine", "bright")
        for odd in (True, 0, 6):
            with pytest.raises(InvalidInput):
                glance.mood.label(odd)
        assert not asked
        for missing in ("profile", "vault", "changes", "interactions"):
            assert not hasattr(glance, missing), missing
        assert not hasattr(glance.people, "circles")
        assert glance.full() is companion and glance.nudges is companion.nudges
        assert len(asked) == 2
        glance.hand_over(companion)
        assert glance.people is companion.people and glance.mood is companion.mood
        with pytest.raises(RuntimeError, match="closed"):
            glance.db.execute("SELECT 1")
    finally:
        glance.close()


def test_a_mood_logged_on_the_first_screen_is_written_by_the_full_companion(lived_in):
    from companion.services.mood import MoodInput

    companion, clock = lived_in
    glance = glance_at(companion, clock, lambda: companion)
    try:
        entry = glance.mood.log(MoodInput(level=4))
        assert glance.mood.day_means(since=glance.today())[glance.today()] >= 1
        glance.mood.delete(entry)
        assert glance.mood.day_means() == companion.mood.day_means()
    finally:
        glance.close()


def test_a_vault_of_another_schema_or_key_gets_no_glance(tmp_path, template):
    import shutil

    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault_v1", folder)
    found = find_key(folder, passphrase="fixture passphrase v1", keystore=NoKeyStore())
    try:
        assert Glance.open(found, FakeClock(START), _no_full) is None  # migrated first, in full
    finally:
        found.release()
    source, _code = template
    found = find_key(source, passphrase=PASSPHRASE, keystore=NoKeyStore())
    try:
        found.data_key = bytes(32)
        assert Glance.open(found, FakeClock(START), _no_full) is None
    finally:
        found.release()


def test_loading_it_or_the_read_layer_loads_neither_sqlalchemy_nor_qt():
    code = (
        "import sys; import companion.storage.glance, companion.storage.reads, companion.vault.unlocking; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'pydantic', 'PySide6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_first_screen_writes_no_query_of_its_own():
    """Every read it makes is the read layer's, which the services call too."""
    source = (PROJECT_ROOT / "companion" / "storage" / "glance.py").read_text("utf-8")
    assert "SELECT" not in source.upper().replace("SELECTED", "")


def test_utc_text_reads_like_the_column_type():
    from companion.storage.dbtypes import UTCDateTime
    from companion.storage.reads import utc as _utc

    when = datetime(2026, 10, 25, 1, 30, tzinfo=TZ)
    stored = UTCDateTime().process_bind_param(when, None)
    assert _utc(stored) == UTCDateTime().process_result_value(stored, None)
    assert _utc(stored).tzinfo == UTC
