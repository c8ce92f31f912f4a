"""The nudge planner is given only the history that can change its plan: over a real vault with
twelve years of records, the plan from that history equals the plan from every record ever kept."""

from __future__ import annotations

from datetime import timedelta

from companion.domain.planners.nudges import Nudge, plan_nudges
from companion.services.nudges import RECENT_DAYS
from companion.services.people import PersonInput


def _reach_out(pid: int) -> Nudge:
    return Nudge("reach_out", pid, "Say hello?", "A quick message?", f"reach_out:{pid}")


def _reference_plan(companion, now):
    """The planner fed every record ever kept, with the same everything else as the service."""
    return plan_nudges(
        now,
        companion.people.states(),
        companion.nudges.history(),
        companion.nudges.settings(),
    )


def _vault_with_years_of_history(companion, clock) -> dict[str, int]:
    start = clock.now()
    circles = companion.people.circles()
    clock.set(start - timedelta(days=12 * 365))
    ids = {
        # Cadence of ten years, never contacted: overdue now. A dismissal 500 days ago still holds
        # (it lasts one cadence), so no flat bound of a year or so may drop it.
        "decade": companion.people.add(PersonInput("Decade Dee", cadence_days=3650)),
        "weekly": companion.people.add(PersonInput("Weekly Wes", circle_id=circles[0].id)),
        "snoozer": companion.people.add(PersonInput("Snoozy Sue", circle_id=circles[0].id)),
        "monthly": companion.people.add(PersonInput("Monthly Mo", circle_id=circles[2].id)),
    }
    # Years of shown, done, dismissed and snoozed records for everyone, and daily mood reminders.
    for day in range(0, 12 * 365 - 20, 9):
        clock.set(start - timedelta(days=12 * 365 - day))
        for key in ("weekly", "snoozer", "monthly"):
            nudge = _reach_out(ids[key])
            companion.nudges.record(nudge, "shown")
            action = ("done", "dismissed", "snoozed")[day % 3]
            companion.nudges.record(nudge, action, snooze="week" if action == "snoozed" else None)
        mood = Nudge("mood_checkin", None, "Mood?", "A moment?", "mood_checkin")
        companion.nudges.record(mood, "dismissed")
    clock.set(start - timedelta(days=500))
    companion.nudges.record(_reach_out(ids["decade"]), "dismissed")
    # A week's snooze shown before the recent window and still running at `start`.
    clock.set(start - timedelta(days=RECENT_DAYS, hours=12))
    companion.nudges.record(_reach_out(ids["snoozer"]), "snoozed", snooze="week")
    # Monthly Mo was dismissed 20 days ago: that holds for his 30-day cadence.
    clock.set(start - timedelta(days=20))
    companion.nudges.record(_reach_out(ids["monthly"]), "dismissed")
    clock.set(start)
    return ids


def test_old_records_beyond_the_bound_cannot_change_the_plan(companion, clock) -> None:
    companion.settings.set("mood.reminder_at", "10:00")
    companion.settings.set("nudges.daily_limit", 5)
    ids = _vault_with_years_of_history(companion, clock)
    start = clock.now()

    given = companion.nudges.planner_history(start, companion.people.states())
    everything = companion.nudges.history()
    assert len(given) < len(everything) / 50  # years of records are left out

    plan = companion.nudges.plan(start)
    assert plan == _reference_plan(companion, start)
    planned = {n.person_id for n in plan.nudges if n.kind == "reach_out"}
    assert planned == {ids["weekly"]}  # Dee dismissed, Sue snoozed, Mo dismissed, all still held
    assert "mood_checkin" in {n.kind for n in plan.nudges}

    # Over the next seven weeks, at several times a day, acting on what is shown, the plan stays
    # what the full history gives: the snooze ends, Mo's dismissal runs out, new records count.
    for step in range(7 * 7 * 3):
        now = start + timedelta(hours=8 * step)
        clock.set(now)
        plan = companion.nudges.plan(now)
        assert plan == _reference_plan(companion, now), now
        for n in plan.nudges:
            companion.nudges.record(n, "shown")
        if plan.nudges and step % 4 == 0:
            companion.nudges.record(plan.nudges[0], "snoozed", snooze="week")
        elif plan.nudges and step % 4 == 1:
            companion.nudges.record(plan.nudges[-1], "dismissed")
    people_nudged = {r.person_id for r in companion.nudges.history() if r.shown_at > start}
    assert {ids["weekly"], ids["snoozer"], ids["monthly"]} <= people_nudged
    assert ids["decade"] not in people_nudged  # ten years' cadence: the dismissal still holds


def test_a_ten_year_cadence_dismissal_lasts_past_a_year(companion, clock) -> None:
    start = clock.now()
    clock.set(start - timedelta(days=3700))
    pid = companion.people.add(PersonInput("Decade Dee", cadence_days=3650))
    clock.set(start - timedelta(days=900))
    companion.nudges.record(_reach_out(pid), "dismissed")
    clock.set(start)
    assert companion.nudges.planner_history(start, companion.people.states()) != []
    assert not companion.nudges.plan(start).nudges
    # Without that record the same person would be nudged.
    clock.set(start - timedelta(days=3700))
    other = companion.people.add(PersonInput("Other Decade", cadence_days=3650))
    clock.set(start)
    assert [n.person_id for n in companion.nudges.plan(start).nudges] == [other]
