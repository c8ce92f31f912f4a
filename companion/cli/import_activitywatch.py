"""`companion import activitywatch FILE`: screen time from an ActivityWatch export, all or nothing."""

from __future__ import annotations

import argparse

from companion.cli.common import open_companion
from companion.cli.output import say
from companion.domain.i18n import _, ngettext
from companion.domain.screen_categories import CATEGORY_LABELS, shown_label


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=_("show what would be imported without writing anything"),
    )


def run(args: argparse.Namespace) -> int:
    with open_companion(args, exclusive=True) as companion:
        # Read the whole file before writing anything: a bad file raises here, vault untouched.
        preview = companion.screen.preview_activitywatch(args.file)
        if args.dry_run:
            say(
                _("Would import {amount}.").format(
                    amount=_amount(preview.total_minutes, len(preview.days))
                )
            )
        else:
            summary = companion.screen.commit_activitywatch(preview)
            say(
                _("Imported {amount}.").format(
                    amount=_amount(summary.total_minutes, len(summary.days))
                )
            )
            if summary.replaced:
                say(
                    ngettext(
                        "Earlier figures from the same buckets for those days were replaced "
                        "({count} entry).",
                        "Earlier figures from the same buckets for those days were replaced "
                        "({count} entries).",
                        summary.replaced,
                    ).format(count=summary.replaced)
                )
    for day, categories in preview.by_day().items():
        parts = ", ".join(
            f"{shown_label(c, CATEGORY_LABELS.get(c, c))} {_hours(m)}"
            for c, m in sorted(categories.items(), key=lambda kv: -kv[1])
        )
        say(f"  {day.isoformat()}  {_hours(sum(categories.values())):>8}  ({parts})")
    if preview.skipped:
        say(_("Skipped buckets:"))
        for bucket in preview.skipped:
            kind = f" ({bucket.bucket_type})" if bucket.bucket_type else ""
            say(f"  {bucket.bucket_id}{kind}: {bucket.reason}")
    for problem in preview.problems:
        say(_("Note: {problem}").format(problem=problem))
    return 0


def _amount(minutes: float, days: int) -> str:
    return ngettext(
        "{minutes} minutes of screen time over {days} day",
        "{minutes} minutes of screen time over {days} days",
        days,
    ).format(minutes=round(minutes), days=days)


def _hours(minutes: float) -> str:
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    if hours:
        return _("{hours} h {minutes:02d} min").format(hours=hours, minutes=rest)
    return _("{minutes} min").format(minutes=rest)
