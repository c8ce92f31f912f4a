"""The reads behind Today and People over a real vault: the newest check-in per instrument, the
filtered people list, and the planner states, each against what the plain definition gives."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.special_dates import SpecialDate
from companion.domain.planners.upcoming import upcoming_for
from companion.services.people import PersonInput

# --- newest check-in per instrument ---------------------------------------------------------------


def test_newest_check_in_is_the_latest_taken_not_the_latest_saved(companion, clock) -> None:
    now = clock.now()
    newer = companion.checkins.save("phq9", [1] * 9, taken_at=now)
    companion.checkins.save("phq9", [2] * 9, taken_at=now - timedelta(days=3))  # saved after
    gad = companion.checkins.save("gad7", [0] * 7, taken_at=now - timedelta(days=1))
    assert companion.checkins.latest() == {"phq9": newer, "gad7": gad}
    assert companion.checkins.latest("phq9") == {"phq9": newer}


def test_a_tie_on_taken_at_goes_to_the_one_saved_last(companion, clock) -> None:
    when = clock.now() - timedelta(hours=2)
    companion.checkins.save("ucla3", [1, 1, 1], taken_at=when)
    second = companion.checkins.save("ucla3", [3, 3, 3], taken_at=when)
    companion.checkins.save("ucla3", [2, 2, 2], taken_at=when - timedelta(seconds=1))
    assert second.total == 9
    assert companion.checkins.latest() == {"ucla3": second}
    assert companion.checkins.latest("ucla3") == {"ucla3": second}
    due = companion.checkins.due_for_retake(when + timedelta(days=28))
    assert [(d.instrument, d.last_taken_at) for d in due] == [("ucla3", when)]
    # Deleting the winner hands the tie to the other result taken at that moment.
    companion.checkins.delete(second.id)
    assert companion.checkins.latest()["ucla3"].total == 3


def test_newest_of_one_instrument_is_empty_until_taken_and_unknown_ids_are_refused(
    companion,
) -> None:
    companion.checkins.save("who5", [3] * 5)
    assert companion.checkins.latest("phq9") == {}
    assert list(companion.checkins.latest()) == ["who5"]
    with pytest.raises(InvalidInput):
        companion.checkins.latest("not-a-questionnaire")


def test_safety_card_follows_the_newest_phq9_on_a_tie(companion, clock) -> None:
    when = clock.now() - timedelta(hours=1)
    companion.checkins.save("phq9", [0] * 9, taken_at=when)
    companion.checkins.save("phq9", [0] * 8 + [1], taken_at=when)  # same moment, saved last
    assert [c.kind for c in companion.safety.cards()] == ["phq9_item9"]
    companion.checkins.save("phq9", [0] * 9, taken_at=when)  # and now a calm one wins the tie
    assert companion.safety.cards() == []


# --- the people list and the planner states -------------------------------------------------------


def _crowd(companion, clock) -> dict[str, int]:
    """People in every circle and state: own cadences, contacts, tags, birthdays, one archived."""
    circles = companion.people.circles()
    ids = {
        "wendy": companion.people.add(
            PersonInput("Wendy", circle_id=circles[0].id, tags=["family"])
        ),
        "mo": companion.people.add(
            PersonInput("Mo", circle_id=circles[2].id, contacts=[("email", "", "mo@ex.org")])
        ),
        "quinn": companion.people.add(PersonInput("Quinn", circle_id=circles[3].id)),
        "own": companion.people.add(
            PersonInput("Own Pace", circle_id=circles[3].id, cadence_days=5)
        ),
        "nobody": companion.people.add(
            PersonInput("No Circle", birthday=BirthdayDate(12, 1, 1990), notes="met at a talk")
        ),
        "twin": companion.people.add(PersonInput("Wendy", circle_id=circles[0].id)),
        "gone": companion.people.add(PersonInput("Archived Ada", circle_id=circles[0].id)),
    }
    clock.advance(days=12)
    companion.interactions.log([ids["mo"]], when=clock.now() - timedelta(days=5))
    companion.interactions.log([ids["quinn"], ids["own"]], when=clock.now() - timedelta(days=1))
    companion.people.set_archived(ids["gone"])
    clock.advance(days=20)
    return ids


def test_filtered_lists_are_the_full_list_filtered(companion, clock) -> None:
    ids = _crowd(companion, clock)
    everyone = companion.people.list()
    assert ids["gone"] not in {v.id for v in everyone}
    assert {v.status for v in everyone} == {"overdue", "due_soon", "on_track"}
    for status in ("overdue", "due_soon", "on_track"):
        assert companion.people.list(status=status) == [v for v in everyone if v.status == status]
    for circle in companion.people.circles():
        assert companion.people.list(circle_id=circle.id, status="overdue") == [
            v for v in everyone if v.circle_id == circle.id and v.status == "overdue"
        ]
    with_archived = companion.people.list(include_archived=True)
    assert with_archived[-1].id == ids["gone"] and with_archived[-1].archived
    assert companion.people.list(status="overdue", include_archived=True) == [
        v for v in with_archived if v.status == "overdue"
    ]
    # Two people with the same name and ratio keep the order they were added in.
    wendys = [v.id for v in everyone if v.name == "Wendy"]
    assert wendys == [ids["wendy"], ids["twin"]]


def test_the_first_few_are_the_first_few_of_the_whole_list(companion, clock) -> None:
    """Today asks for three of those due: only they are built into views, in the same order
    (ties, like the two Wendys, included)."""
    _crowd(companion, clock)
    for status in (None, "overdue", "due_soon"):
        whole = companion.people.list(status=status)
        for n in (0, 1, 2, 3, 10):
            assert companion.people.list(status=status, first=n) == whole[:n], (status, n)
    everyone = companion.people.list(include_archived=True)
    assert companion.people.list(include_archived=True, first=len(everyone)) == everyone
    assert (
        companion.people.list(search="wendy", first=1) == companion.people.list(search="wendy")[:1]
    )


def test_dates_ahead_are_read_without_the_whole_list(companion, clock) -> None:
    ids = _crowd(companion, clock)
    soon = companion.today() + timedelta(days=3)
    companion.people.add(
        PersonInput(
            "Dana",
            birthday=BirthdayDate(soon.month, soon.day),
            dates=[SpecialDate("anniversary", soon.month, soon.day, 2015)],
        )
    )
    companion.people.add(PersonInput("Gone Gail", birthday=BirthdayDate(soon.month, soon.day)))
    companion.people.set_archived(companion.people.list(search="Gail")[0].id)
    today = companion.today()
    ahead = companion.people.upcoming(today)
    assert ahead == upcoming_for(companion.people.list(include_archived=True), today)
    assert [u.kind for u in ahead if u.name == "Dana"] == ["birthday", "anniversary"]
    assert "Gone Gail" not in {u.name for u in ahead}
    assert companion.people.upcoming() == ahead
    assert ids


def test_views_carry_every_field_from_the_vault(companion, clock) -> None:
    ids = _crowd(companion, clock)
    views = {v.id: v for v in companion.people.list(include_archived=True)}
    mo = views[ids["mo"]]
    assert (mo.circle_name, mo.cadence_days, mo.own_cadence_days) == ("Close network", 30, None)
    assert mo.contacts == (("email", "", "mo@ex.org"),)
    assert mo.last_contact_text == "3 weeks ago" and mo.status == "due_soon"
    own = views[ids["own"]]
    assert (own.cadence_days, own.own_cadence_days, own.status) == (5, 5, "overdue")
    nobody = views[ids["nobody"]]
    assert (nobody.circle_id, nobody.circle_name, nobody.cadence_days) == (None, "", 30)
    assert nobody.birthday == BirthdayDate(12, 1, 1990) and nobody.notes == "met at a talk"
    assert views[ids["wendy"]].tags == ("family",)
    assert companion.people.get(ids["gone"]) == views[ids["gone"]]


def test_planner_states_match_the_views(companion, clock) -> None:
    ids = _crowd(companion, clock)
    states = {s.person_id: s for s in companion.people.states()}
    views = {v.id: v for v in companion.people.list()}
    assert set(states) == set(views) and ids["gone"] not in states
    for pid, view in views.items():
        state = states[pid]
        assert (state.name, state.cadence_days, state.birthday, state.last_contact) == (
            view.name,
            view.cadence_days,
            view.birthday,
            view.last_contact,
        )
        assert state.added_at == view.created_at and not state.archived
    archived = {s.person_id: s for s in companion.people.states(include_archived=True)}
    assert archived[ids["gone"]].archived


def test_a_person_with_a_photo_is_listed_like_anyone_else(companion, clock) -> None:
    pid = companion.people.add(
        PersonInput(
            "Pia",
            circle_id=companion.people.circles()[0].id,
            photo=b"\x89PNG\r\n\x1a\n" + bytes(4000),
        )
    )
    clock.advance(days=8)
    assert [v.id for v in companion.people.list(status="overdue")] == [pid]
    assert [s.person_id for s in companion.people.states()] == [pid]


def test_relogging_the_latest_interaction_with_a_corrected_time_shows_the_new_time(
    companion, clock
) -> None:
    pid = companion.people.add(PersonInput("Sam", circle_id=companion.people.circles()[2].id))
    clock.advance(days=10)
    mistaken = companion.interactions.log([pid])
    assert companion.people.get(pid).last_contact_text == "today"
    companion.interactions.delete(mistaken)
    corrected = companion.interactions.log([pid], when=clock.now() - timedelta(days=6))
    assert corrected == mistaken  # SQLite reuses the highest id: the links look the same
    assert companion.people.get(pid).last_contact_text == "6 days ago"
    assert [s.last_contact for s in companion.people.states()] == [clock.now() - timedelta(days=6)]


def test_a_read_inside_a_unit_of_work_sees_it_and_leaves_it_whole(companion) -> None:
    """The pool keeps one connection per thread: a read made while a unit of work is open reads
    that unit's own writes, and neither commits nor ends it."""
    from companion.services.setting_rows import write

    names = ["low", "meh", "ok", "fine", "bright"]
    with pytest.raises(RuntimeError), companion.vault.session() as s:
        write(s, "mood.labels", names)
        s.flush()
        assert companion.settings.get("mood.labels") == names
        with companion.vault.reading():
            assert companion.people.list() == []
        raise RuntimeError("the unit of work fails after the read")
    assert companion.settings.get("mood.labels") != names  # rolled back, read included
    with companion.vault.session() as s:
        write(s, "mood.labels", names)
        s.flush()
        assert companion.mood.labels() == tuple(names)
    assert companion.settings.get("mood.labels") == names
