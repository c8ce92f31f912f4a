"""People, circles and interactions over a real vault."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.cadence import BirthdayDate
from companion.facade import Companion
from companion.services.people import PersonInput
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE


def test_default_circles_are_seeded_innermost_first(companion):
    circles = companion.people.circles()
    assert [c.name for c in circles] == [
        "Support clique",
        "Sympathy group",
        "Close network",
        "Wider network",
    ]
    assert [c.default_cadence_days for c in circles] == [7, 14, 30, 90]
    assert [c.size_hint for c in circles] == [5, 15, 50, 150]


def test_add_person_with_everything_and_read_back(companion):
    circle = companion.people.circles()[1]
    pid = companion.people.add(
        PersonInput(
            "  Sam   Rivera ",
            circle_id=circle.id,
            birthday=BirthdayDate(2, 29),
            contacts=[("phone", "mobile", "+49 151 1234567"), ("email", "", "sam@example.org")],
            notes="Loves hiking",
            tags=["school", "School", "hiking"],
        )
    )
    view = companion.people.get(pid)
    assert view.name == "Sam Rivera"
    assert view.circle_name == "Sympathy group"
    assert view.cadence_days == 14 and view.own_cadence_days is None
    assert view.birthday == BirthdayDate(2, 29, None)
    assert view.contacts == (
        ("phone", "mobile", "+49 151 1234567"),
        ("email", "", "sam@example.org"),
    )
    assert view.tags == ("hiking", "school")
    assert view.last_contact is None and view.last_contact_text == "not yet"
    assert companion.people.tags() == ["hiking", "school"]


def test_own_cadence_overrides_circle_and_circle_rename(companion):
    circle = companion.people.circles()[0]
    pid = companion.people.add(PersonInput("Ana", circle_id=circle.id, cadence_days=3))
    assert companion.people.get(pid).cadence_days == 3
    companion.people.update_circle(circle.id, name="Closest", default_cadence_days=10)
    assert companion.people.circles()[0].name == "Closest"
    assert companion.people.get(pid).circle_name == "Closest"
    companion.people.update(pid, PersonInput("Ana", circle_id=circle.id))
    assert companion.people.get(pid).cadence_days == 10


@pytest.mark.parametrize(
    "data, message",
    [
        (PersonInput("   "), "name"),
        (PersonInput("Bo", cadence_days=0), "cadence"),
        (PersonInput("Bo", cadence_days=99999), "cadence"),
        (PersonInput("Bo", circle_id=999), "circle"),
        (PersonInput("Bo", contacts=[("fax", "", "123")]), "kind of contact"),
    ],
)
def test_bad_person_input_is_refused_and_nothing_written(companion, data, message):
    with pytest.raises(InvalidInput, match=message):
        companion.people.add(data)
    assert companion.counts()["people"] == 0


def test_list_sorted_by_overdue_ratio_with_search_and_filters(companion, clock):
    circles = companion.people.circles()
    weekly = companion.people.add(
        PersonInput("Weekly Wendy", circle_id=circles[0].id, tags=["family"])
    )
    monthly = companion.people.add(PersonInput("Monthly Mo", circle_id=circles[2].id))
    quarterly = companion.people.add(
        PersonInput(
            "Quarterly Quinn", circle_id=circles[3].id, contacts=[("email", "", "q@ex.org")]
        )
    )
    clock.advance(days=14)
    companion.interactions.log([monthly], channel="call")
    views = companion.people.list()
    # Wendy: 14/7 = 2.0, Quinn: 14/90, Mo: contacted today = 0.
    assert [v.id for v in views] == [weekly, quarterly, monthly]
    assert views[0].status == "overdue" and views[2].status == "on_track"
    assert views[2].last_contact_text == "today"
    assert [v.id for v in companion.people.list(search="quin")] == [quarterly]
    assert [v.id for v in companion.people.list(search="q@ex")] == [quarterly]
    assert [v.id for v in companion.people.list(tag="FAMILY")] == [weekly]
    assert [v.id for v in companion.people.list(status="overdue")] == [weekly]
    assert [v.id for v in companion.people.list(circle_id=circles[3].id)] == [quarterly]


def test_archive_hides_person_from_list_and_planner(companion, clock):
    pid = companion.people.add(PersonInput("Ari", circle_id=companion.people.circles()[0].id))
    clock.advance(days=30)
    assert companion.nudges.plan().nudges
    companion.people.set_archived(pid)
    assert companion.people.list() == []
    assert [v.id for v in companion.people.list(include_archived=True)] == [pid]
    assert not companion.nudges.plan().nudges


def test_logging_resets_cadence_for_everyone_in_it(companion, clock):
    c0 = companion.people.circles()[0].id
    a = companion.people.add(PersonInput("A", circle_id=c0))
    b = companion.people.add(PersonInput("B", circle_id=c0))
    clock.advance(days=9)
    assert {v.status for v in companion.people.list()} == {"overdue"}
    iid = companion.interactions.log([a, b, a], channel="in_person", feeling=5, note="Dinner")
    assert {v.status for v in companion.people.list()} == {"on_track"}
    history = companion.interactions.history(person_id=a)
    assert [h.id for h in history] == [iid]
    assert history[0].people == ((a, "A"), (b, "B"))
    assert history[0].note == "Dinner" and history[0].feeling == 5


def test_backdated_interaction_counts_from_its_own_day(companion, clock):
    pid = companion.people.add(PersonInput("Kim", circle_id=companion.people.circles()[0].id))
    clock.advance(days=20)
    companion.interactions.log([pid], when=clock.now() - timedelta(days=10))
    view = companion.people.get(pid)
    assert view.last_contact_text == "1 week ago" or "10 days" in view.last_contact_text
    assert view.due.days_since == 10 and view.status == "overdue"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"channel": "pigeon"}, "channel"),
        ({"feeling": 9}, "draining"),
        ({"initiated_by": "nobody"}, "reached out"),
    ],
)
def test_bad_interaction_refused(companion, kwargs, message):
    pid = companion.people.add(PersonInput("Lee"))
    with pytest.raises(InvalidInput, match=message):
        companion.interactions.log([pid], **kwargs)
    assert companion.counts()["interactions"] == 0


def test_interaction_in_future_or_without_people_refused(companion, clock):
    pid = companion.people.add(PersonInput("Lee"))
    with pytest.raises(InvalidInput, match="future"):
        companion.interactions.log([pid], when=clock.now() + timedelta(days=1))
    with pytest.raises(InvalidInput, match="at least one"):
        companion.interactions.log([])
    with pytest.raises(InvalidInput, match="no longer"):
        companion.interactions.log([pid, 4242])
    assert companion.counts()["interactions"] == 0


def test_weekly_counts_cover_a_year(companion, clock):
    pid = companion.people.add(PersonInput("Pat"))
    clock.advance(days=30)
    for days_ago in (0, 1, 8, 9, 10):
        companion.interactions.log([pid], when=clock.now() - timedelta(days=days_ago))
    weeks = companion.interactions.weekly_counts(pid)
    assert len(weeks) == 52
    assert sum(n for _w, n in weeks) == 5
    assert all(w.weekday() == 0 for w, _n in weeks)


def test_changes_are_announced(companion):
    seen = []
    companion.changes.subscribe(lambda change: seen.append(change.kinds))
    pid = companion.people.add(PersonInput("Noor"))
    companion.interactions.log([pid])
    assert seen == [frozenset({"people"}), frozenset({"interactions", "people"})]


def test_people_survive_reopen(tmp_path, clock):
    c, _ = Companion.create(tmp_path / "p", PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    pid = c.people.add(PersonInput("Robin", contacts=[("handle", "Signal", "@robin")]))
    c.close()
    with Companion.unlock(
        tmp_path / "p", passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock
    ) as c2:
        assert c2.people.get(pid).contacts == (("handle", "Signal", "@robin"),)


def test_nudge_plan_record_and_snooze(companion, clock):
    pid = companion.people.add(PersonInput("Sam", circle_id=companion.people.circles()[0].id))
    clock.advance(days=8)
    plan = companion.nudges.plan()
    assert [n.person_id for n in plan.nudges] == [pid]
    assert "Sam" in plan.body
    companion.nudges.record(plan.nudges[0], "snoozed", snooze="day")
    assert not companion.nudges.plan().nudges
    clock.advance(days=1, minutes=1)
    assert [n.person_id for n in companion.nudges.plan().nudges] == [pid]
    with pytest.raises(InvalidInput):
        companion.nudges.record(plan.nudges[0], "snoozed")


def test_nudges_respect_quiet_hours_and_setting(companion, clock):
    companion.people.add(PersonInput("Sam", circle_id=companion.people.circles()[0].id))
    clock.advance(days=8, hours=10)  # 22:00 local
    assert not companion.nudges.plan().nudges
    clock.advance(hours=-10)
    assert companion.nudges.plan().nudges
    companion.settings.set("nudges.enabled", False)
    assert not companion.nudges.plan().nudges


def test_last_contact_follows_deletes_after_being_read(companion, clock):
    pid = companion.people.add(PersonInput("Dee", circle_id=companion.people.circles()[0].id))
    clock.advance(days=3)
    older = companion.interactions.log([pid], when=clock.now() - timedelta(days=2))
    newer = companion.interactions.log([pid])
    assert companion.people.get(pid).last_contact_text == "today"
    companion.interactions.delete(newer)
    assert companion.people.get(pid).last_contact_text == "2 days ago"
    companion.interactions.delete(older)
    assert companion.people.get(pid).last_contact is None


def test_preview_of_several_files_numbers_cards_across_them_and_finds_duplicates(
    companion, realdata
):
    from companion.importers.vcard import read_vcard_file

    gmail = realdata / "vcard" / "ezvcard_John_Doe_GMAIL.vcf"
    iphone = realdata / "vcard" / "ezvcard_John_Doe_IPHONE.vcf"
    results = [(p.name, read_vcard_file(p)) for p in (gmail, iphone)]
    preview = companion.contacts_import.preview_parsed(results)
    first = len(results[0][1].contacts)
    assert [c.position for c in preview.contacts] == list(range(1, len(preview.contacts) + 1))
    assert preview.source == "2 files"
    # The iPhone's John Doe is also in the Gmail export: matched across the files.
    assert any(d.other_position is not None for d in preview.duplicates.get(first + 1, []))
    # Reading the same results again gives the same numbering (nothing was changed in place).
    again = companion.contacts_import.preview_parsed(results)
    assert [c.position for c in again.contacts] == [c.position for c in preview.contacts]


def test_evening_boundary_reminder_comes_from_the_vault_until_checked(companion, clock):
    from companion.services.boundaries import BoundaryInput

    companion.settings.set("boundaries.reminder_at", "20:00")
    bid = companion.boundaries.add(BoundaryInput(title="Phone-free dinner"))
    clock.advance(hours=8, minutes=30)  # 20:30 local, before the quiet hours
    kinds = [n.kind for n in companion.nudges.plan().nudges]
    assert "boundary_checkin" in kinds
    companion.boundaries.check_in(bid, clock.now().date(), "kept")
    assert "boundary_checkin" not in [n.kind for n in companion.nudges.plan().nudges]
