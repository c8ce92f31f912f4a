"""`companion import vcard FILE`: imports every card, skipping likely duplicates, and prints a summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from companion.cli.common import open_companion


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--circle", help="put new people in this circle (name or number 1-4)")
    parser.add_argument(
        "--photos", action="store_true", help="keep contact photos (skipped by default)"
    )


def run(args: argparse.Namespace) -> int:
    with open_companion(args, exclusive=True) as companion:
        circle_id = _circle(companion, args.circle)
        preview = companion.contacts_import.preview(Path(args.file), include_photos=args.photos)
        # On the command line nothing is merged silently: likely duplicates are skipped.
        decisions = {
            c.position: ("skip" if preview.duplicates.get(c.position) else "import")
            for c in preview.contacts
        }
        summary = companion.contacts_import.commit(
            preview, decisions=decisions, default_circle_id=circle_id
        )
    print(
        f"Imported {summary.added} of {len(preview.contacts)} contacts from {preview.source}; "
        f"skipped {summary.skipped} that looked like people already there."
    )
    for problem in preview.problems:
        print(f"  {problem.message}")
    return 0


def _circle(companion, wanted: str | None) -> int | None:
    if not wanted:
        return None
    from companion.errors import InvalidInput

    circles = companion.people.circles()
    for index, circle in enumerate(circles, start=1):
        if wanted == str(index) or wanted.casefold() == circle.name.casefold():
            return circle.id
    names = ", ".join(f"{i} {c.name}" for i, c in enumerate(circles, start=1))
    raise InvalidInput(f"There's no circle called “{wanted}”. Circles: {names}.")
