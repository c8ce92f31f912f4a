"""companion.glance answers what the Today page asks exactly as the services do, on real vaults;
it never writes, refuses vaults it doesn't know, and loads without SQLAlchemy or Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlcipher3
from sqlalchemy import text

from companion.clock import FakeClock
from companion.demo import fill_demo
from companion.glance import Glance
from companion.keystore import NoKeyStore
from companion.planners.special_dates import SpecialDate
from companion.planners.upcoming import upcoming_for
from companion.services.boundaries import BoundaryInput
from companion.services.people import PersonInput
from companion.setting_defs import SETTINGS
from companion.unlocking import find_key
from tests.vaults import make_template, open_copy

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


def glance_at(companion, clock, full=_no_full):
    """A glance at `companion`'s vault; `full` stands in for opening the full Companion."""
    found = find_key(
        companion.profile.root,
        passphrase="a long test passphrase",
        keystore=NoKeyStore(),
        exclusive=False,
    )
    glance = Glance.open(found, clock, full)
    assert glance is not None
    return glance


def _same(companion, glance, now) -> None:
    day = companion.today()
    assert glance.today() == day
    assert glance.day_of(now - timedelta(hours=3)) == companion.day_of(now - timedelta(hours=3))
    for key in SETTINGS:
        assert glance.settings.get(key) == companion.settings.get(key), key
    assert glance.mood.labels() == companion.mood.labels()
    assert [glance.mood.label(n) for n in range(1, 6)] == list(companion.mood.labels())
    assert glance.safety.cards(now) == companion.safety.cards(now)
    assert glance.boundaries.active_on(day) == companion.boundaries.active_on(day)
    assert glance.boundaries.checked_on(day) == companion.boundaries.checked_on(day)
    for status in (None, "overdue", "due_soon", "on_track"):
        assert glance.people.list(status=status) == companion.people.list(status=status), status
    assert upcoming_for(glance.people.list(), glance.today()) == upcoming_for(
        companion.people.list(), day
    )


def test_the_glance_reads_what_the_services_read(lived_in):
    companion, clock = lived_in
    glance = glance_at(companion, clock)
    try:
        # This morning, tonight (the PHQ-9 card up), weeks on (gone), a late evening on a DST day.
        for when in (
            START,
            START + timedelta(hours=12),
            START + timedelta(days=1, hours=12),
            START + timedelta(days=23, hours=13, minutes=30),
            datetime(2026, 3, 29, 23, 45, tzinfo=TZ),
            # After midnight, before the day's end (04:00 by default), and just after it.
            datetime(2026, 3, 3, 0, 40, tzinfo=TZ),
            datetime(2026, 3, 29, 3, 59, tzinfo=TZ),
            datetime(2026, 3, 29, 4, 0, tzinfo=TZ),
        ):
            clock.set(when)
            _same(companion, glance, clock.now())
        cards = glance.safety.cards(START + timedelta(hours=12))
        assert cards and cards[0].kind == "phq9_item9"
        assert any(v.status == "overdue" for v in glance.people.list(status="overdue"))
    finally:
        glance.close()


def test_it_keeps_the_same_day_end_as_the_services(lived_in):
    companion, clock = lived_in
    glance = glance_at(companion, clock)
    try:
        for value in ("05:30", "00:00", "04:00"):
            companion.settings.set("day.ends_at", value)
            for when in (
                datetime(2026, 3, 3, 0, 40, tzinfo=TZ),
                datetime(2026, 3, 3, 5, 0, tzinfo=TZ),
                datetime(2026, 3, 3, 5, 30, tzinfo=TZ),
            ):
                clock.set(when)
                _same(companion, glance, when)
    finally:
        glance.close()


def test_a_vault_whose_days_are_not_yet_settled_gets_no_glance(lived_in):
    """A vault from before "My day ends at" opens in full first, which places its records."""
    companion, clock = lived_in
    with companion.vault.session() as s:
        s.exec(text("DELETE FROM setting WHERE key = 'day.ends_at'"))
    found = find_key(
        companion.profile.root,
        passphrase="a long test passphrase",
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
            glance.rows("DELETE FROM person")
        assert companion.people.list()
    finally:
        glance.close()


def test_what_it_does_not_answer_comes_from_the_full_companion(lived_in):
    companion, clock = lived_in
    asked = []

    def full():
        asked.append(True)
        return companion

    glance = glance_at(companion, clock, full)
    try:
        assert glance.people.circles() == companion.people.circles()
        assert glance.profile is companion.profile
        assert glance.people.list(search="Sam") == companion.people.list(search="Sam")
        assert len(asked) == 3
        glance.hand_over(companion)
        assert glance.people is companion.people and glance.mood is companion.mood
        with pytest.raises(RuntimeError, match="closed"):
            glance.rows("SELECT 1")
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
    found = find_key(source, passphrase="a long test passphrase", keystore=NoKeyStore())
    try:
        found.data_key = bytes(32)
        assert Glance.open(found, FakeClock(START), _no_full) is None
    finally:
        found.release()


def test_loading_it_loads_neither_sqlalchemy_nor_qt():
    code = (
        "import sys; import companion.glance, companion.unlocking; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'pydantic', 'PySide6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_utc_text_reads_like_the_column_type():
    from companion.dbtypes import UTCDateTime
    from companion.glance import _utc

    when = datetime(2026, 10, 25, 1, 30, tzinfo=TZ)
    stored = UTCDateTime().process_bind_param(when, None)
    assert _utc(stored) == UTCDateTime().process_result_value(stored, None)
    assert _utc(stored).tzinfo == UTC
