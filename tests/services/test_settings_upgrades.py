"""Numbered settings upgrades (companion.settings.UPGRADES): each step runs once per vault, in
order, in the transaction that records its number; a vault made before the list existed starts
at 0; a new vault has run them all."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from companion.services.mood import MoodInput
from companion.services.setting_rows import write
from companion.services.settings import SETTINGS_VERSION, UPGRADES, upgrade_settings
from companion.storage.models import Setting

BERLIN = ZoneInfo("Europe/Berlin")


def _stored(companion, key):
    with companion.vault.session() as s:
        row = s.get(Setting, key)
        return None if row is None else row.value


def test_a_new_vault_has_run_every_step(companion):
    assert _stored(companion, SETTINGS_VERSION) == len(UPGRADES)
    assert upgrade_settings(companion.vault.session, BERLIN) == 0


def test_new_steps_run_once_each_in_order(companion):
    ran = []

    def step(name):
        def run(session, zone):
            ran.append(name)
            write(session, f"test.{name}", zone.key)

        return run

    steps = (*UPGRADES, step("first"), step("second"))
    assert upgrade_settings(companion.vault.session, BERLIN, steps) == 2
    assert ran == ["first", "second"]
    assert _stored(companion, SETTINGS_VERSION) == len(UPGRADES) + 2
    assert _stored(companion, "test.second") == "Europe/Berlin"
    assert upgrade_settings(companion.vault.session, BERLIN, steps) == 0
    assert ran == ["first", "second"]


def test_a_failing_step_keeps_the_steps_before_it_and_nothing_of_its_own(companion):
    def fine(session, zone):
        write(session, "test.fine", True)

    def broken(session, zone):
        write(session, "test.broken", True)
        raise RuntimeError("a bug in an upgrade step")

    steps = (*UPGRADES, fine, broken)
    with pytest.raises(RuntimeError):
        upgrade_settings(companion.vault.session, BERLIN, steps)
    assert _stored(companion, SETTINGS_VERSION) == len(UPGRADES) + 1
    assert _stored(companion, "test.fine") is True
    assert _stored(companion, "test.broken") is None
    # Mended, it runs on the next opening from where it stopped.
    steps = (*UPGRADES, fine, fine)
    assert upgrade_settings(companion.vault.session, BERLIN, steps) == 1


def test_a_vault_from_before_the_list_runs_step_one(companion, clock):
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN))
    night = companion.mood.log(MoodInput(level=3, when=datetime(2026, 11, 22, 1, 0, tzinfo=BERLIN)))
    with companion.vault.session() as s:  # as a release before the setting and the list left it
        s.exec(text("DELETE FROM setting WHERE key IN ('day.ends_at', 'settings.version')"))
        s.exec(text("UPDATE moodentry SET local_day = '2026-11-22'"))
    assert upgrade_settings(companion.vault.session, BERLIN) == len(UPGRADES)
    assert _stored(companion, SETTINGS_VERSION) == len(UPGRADES)
    assert _stored(companion, "day.ends_at") == "04:00"
    with companion.vault.session() as s:
        day = s.exec(text(f"SELECT local_day FROM moodentry WHERE id = {night}")).one()[0]
    assert str(day) == "2026-11-21"  # 01:00 counts for the day that was ending
