"""`companion import daylio FILE [--map NAME=LEVEL ...]`: moods and notes from a Daylio CSV export.

All or nothing: a mood without a level, or any error, exits non-zero and writes nothing. An entry
already imported (the same date and time) is updated when the file has it edited.
"""

from __future__ import annotations

import argparse

from companion.cli.common import open_companion
from companion.cli.output import say
from companion.domain.errors import InvalidInput
from companion.domain.i18n import _, ngettext
from companion.importers.daylio import parse_map_option


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--map",
        metavar="NAME=LEVEL",
        action="extend",
        nargs="+",
        default=[],
        help=(
            _(
                'give a mood name its level from 1 (lowest) to 5 (highest), e.g. --map "Refreshed=5"; '
                'several pairs may follow one --map (--map "Refreshed=5" "Tired=2"), or --map may be '
                "repeated (rad, good, meh, bad and awful are known already)"
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    overrides = dict(parse_map_option(text) for text in args.map)
    with open_companion(args, exclusive=True) as companion:
        preview = companion.daylio.preview(args.file)
        levels = {**preview.suggested, **_matching(overrides, preview.mood_names)}
        unmapped = [name for name, level in levels.items() if level is None]
        if unmapped:
            listed = ", ".join(f'"{name}"' for name in unmapped)
            example = unmapped[0].replace('"', "")
            raise InvalidInput(
                _(
                    "These moods need a level from 1 (lowest) to 5 (highest): {listed}. "
                    'Add --map NAME=LEVEL for each, like --map "{example}=3". Nothing was imported.'
                ).format(listed=listed, example=example)
            )
        summary = companion.daylio.commit(preview, overrides)
    say(
        ngettext(
            "Imported {n} mood entry from {file}; updated {updated} edited since they were "
            "imported; skipped {skipped} already imported.",
            "Imported {n} mood entries from {file}; updated {updated} edited since they were "
            "imported; skipped {skipped} already imported.",
            summary.imported,
        ).format(
            n=summary.imported,
            file=preview.file_name,
            updated=summary.updated,
            skipped=summary.duplicates,
        )
    )
    if summary.kept_edits:
        say(
            ngettext(
                "Kept {n} entry edited in Companion that the file also changes.",
                "Kept {n} entries edited in Companion that the file also changes.",
                summary.kept_edits,
            ).format(n=summary.kept_edits)
        )
    if summary.problems:
        lines = ", ".join(str(line) for line in summary.problem_lines)
        count = len(summary.problems)
        say(
            ngettext(
                "{n} row with problems left out (lines {lines}):",
                "{n} rows with problems left out (lines {lines}):",
                count,
            ).format(n=count, lines=lines)
        )
        for problem in summary.problems:
            say(f"  {problem.message}")
    return 0


def _matching(overrides: dict[str, int], names: tuple[str, ...]) -> dict[str, int]:
    """The --map levels keyed by the file's own spelling of each mood (matched ignoring case)."""
    by_key = {name.strip().casefold(): level for name, level in overrides.items()}
    return {name: by_key[key] for name in names if (key := name.strip().casefold()) in by_key}
