"""`companion import activitywatch FILE`: screen time from an ActivityWatch export, all or nothing."""

from __future__ import annotations

import argparse

from companion.cli.common import open_companion
from companion.cli.output import say
from companion.screen_categories import CATEGORY_LABELS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would be imported without writing anything",
    )


def run(args: argparse.Namespace) -> int:
    with open_companion(args, exclusive=True) as companion:
        # Read the whole file before writing anything: a bad file raises here, vault untouched.
        preview = companion.screen.preview_activitywatch(args.file)
        if args.dry_run:
            say(f"Would import {_amount(preview.total_minutes, len(preview.days))}.")
        else:
            summary = companion.screen.commit_activitywatch(preview)
            say(f"Imported {_amount(summary.total_minutes, len(summary.days))}.")
            if summary.replaced:
                say(
                    f"Earlier figures from the same buckets for those days were replaced "
                    f"({summary.replaced} entries)."
                )
    for day, categories in preview.by_day().items():
        parts = ", ".join(
            f"{CATEGORY_LABELS.get(c, c)} {_hours(m)}"
            for c, m in sorted(categories.items(), key=lambda kv: -kv[1])
        )
        say(f"  {day.isoformat()}  {_hours(sum(categories.values())):>8}  ({parts})")
    if preview.skipped:
        say("Skipped buckets:")
        for bucket in preview.skipped:
            kind = f" ({bucket.bucket_type})" if bucket.bucket_type else ""
            say(f"  {bucket.bucket_id}{kind}: {bucket.reason}")
    for problem in preview.problems:
        say(f"Note: {problem}")
    return 0


def _amount(minutes: float, days: int) -> str:
    day_word = "day" if days == 1 else "days"
    return f"{round(minutes)} minutes of screen time over {days} {day_word}"


def _hours(minutes: float) -> str:
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"
