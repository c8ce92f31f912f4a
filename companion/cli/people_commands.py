"""`companion people` and `companion due`: who is in Companion, and who might like to hear from you."""

from __future__ import annotations

import argparse

from companion.cli.common import open_companion, print_json
from companion.cli.output import clean, say
from companion.domain.i18n import N_, _, ngettext, pgettext
from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.special_dates import SpecialDate
from companion.domain.views import PersonView

STATUS_TEXT = {"on_track": N_("on track"), "due_soon": N_("due soon"), "overdue": N_("overdue")}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = sub.add_parser(
        "people",
        help=_("everyone, with circle, cadence, last contact, birthday, other dates and status"),
    )
    people.add_argument("--json", action="store_true", help=_("print JSON"))
    people.add_argument("--archived", action="store_true", help=_("include archived people"))
    people.set_defaults(func=cmd_people)

    due = sub.add_parser("due", help=_("people due for contact now, most overdue first"))
    due.add_argument("--json", action="store_true", help=_("print JSON"))
    due.set_defaults(func=cmd_due)


def _record(v: PersonView) -> dict[str, object]:
    b = v.birthday
    return {
        "id": v.id,
        "name": v.name,
        "circle": v.circle_name or None,
        "cadence_days": v.cadence_days,
        "last_contact": v.last_contact.isoformat() if v.last_contact else None,
        "last_contact_text": v.last_contact_text,
        "due_on": v.due.due_on.isoformat(),
        "overdue_ratio": round(v.due.overdue_ratio, 3),
        "status": v.status,
        "birthday": _iso(b.month, b.day, b.year) if b else None,
        "dates": [
            {
                "kind": d.kind,
                "label": d.title,
                "date": _iso(d.month, d.day, d.year),
                "yearly": d.yearly,
            }
            for d in v.dates
        ],
        "nickname": v.nickname or None,
        "related": [{"label": label, "name": name} for label, name in v.related],
        "archived": v.archived,
    }


def _iso(month: int, day: int, year: int | None) -> str:
    """ISO 8601's date, or its year-less form (--MM-DD) as vCard writes it."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def birthday_text(b: BirthdayDate) -> str:
    """ "14 March 1990", or "14 March" when the year isn't known, in the language in use (German
    "14. März 1990", Spanish "14 de marzo de 1990"); the JSON output keeps ISO dates."""
    from companion.services.report_data import month_name

    month = month_name(b.month)
    if b.year:
        return pgettext("long date", "{day} {month} {year}").format(
            day=b.day, month=month, year=b.year
        )
    return pgettext("day and month", "{day} {month}").format(day=b.day, month=month)


def date_text(d: SpecialDate) -> str:
    """ "anniversary 15 June 2010", "Name day 3 May (every year)", "Moving day 1 March 2027"."""
    what = d.title if d.kind == "custom" else (d.label.strip() or _("anniversary"))
    return f"{what} {birthday_text(BirthdayDate(d.month, d.day, d.year))}"


def _print_table(views: list[PersonView]) -> None:
    if not views:
        say(_("No one here yet."))
        return
    # Names as they will show (escaped), so the columns line up.
    names = [clean(v.name) for v in views]
    width = max(len(name) for name in names)
    for v, name in zip(views, names, strict=True):
        circle = v.circle_name or _("no circle")
        birthday = (
            "  " + _("birthday {date}").format(date=birthday_text(v.birthday)) if v.birthday else ""
        )
        dates = "".join(f", {clean(date_text(d))}" for d in v.dates)
        last = _("last contact {when}").format(when=f"{v.last_contact_text:<14}")
        every = ngettext("every {n} day", "every {n} days", v.cadence_days).format(n=v.cadence_days)
        say(
            f"{name:<{width}}  {_(STATUS_TEXT[v.status]):<9}  {last}  "
            f"{every}  ({circle}){birthday}{dates}"
        )


def cmd_people(args: argparse.Namespace) -> int:
    with open_companion(args) as companion:
        views = companion.people.list(include_archived=args.archived)
    if args.json:
        print_json([_record(v) for v in views])
    else:
        _print_table(views)
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    with open_companion(args) as companion:
        views = [v for v in companion.people.list() if v.status == "overdue"]
    if args.json:
        print_json([_record(v) for v in views])
    elif views:
        _print_table(views)
    else:
        say(_("No one is due right now."))
    return 0
