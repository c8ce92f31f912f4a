"""`companion import vcard FILE`: adds new people, merges cards that are surely people already
here, keeps both of a possible duplicate (or merges them with --merge-duplicates), and prints a
summary that names every card that didn't become a new person and says why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from companion.cli.common import open_companion
from companion.cli.output import say
from companion.domain.i18n import _
from companion.services.contacts_import import Decision, summary_lines

if TYPE_CHECKING:
    from companion.facade import Companion


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--circle", help=_("put new people in this circle (name or number 1-4)"))
    parser.add_argument(
        "--photos", action="store_true", help=_("keep contact photos (skipped by default)")
    )
    parser.add_argument(
        "--merge-duplicates",
        action="store_true",
        help=_(
            "merge possible duplicates (same name, or same mobile number) instead of keeping both"
        ),
    )
    parser.add_argument(
        "--encoding",
        metavar="CHARSET",
        help=_("read a file that names no character set as this one (e.g. cp1255 for Hebrew)"),
    )
    parser.add_argument(
        "--complete-cards-only",
        action="store_true",
        help=_("import a file that was cut off, leaving out the card it ends inside"),
    )


def run(args: argparse.Namespace) -> int:
    with open_companion(args, exclusive=True) as companion:
        circle_id = _circle(companion, args.circle)
        preview = companion.contacts_import.preview(
            Path(args.file),
            include_photos=args.photos,
            encoding=args.encoding,
            complete_cards_only=args.complete_cards_only,
        )
        decisions: dict[int, Decision] = {}
        if args.merge_duplicates:
            decisions = {c.position: "merge" for c, _dup in preview.possible_duplicates()}
        summary = companion.contacts_import.commit(
            preview, decisions=decisions, default_circle_id=circle_id
        )
    for line in summary_lines(preview, summary, merge_option=not args.merge_duplicates):
        say(line)
    return 0


def _circle(companion: Companion, wanted: str | None) -> int | None:
    if not wanted:
        return None
    from companion.domain.errors import InvalidInput

    circles = companion.people.circles()
    for index, circle in enumerate(circles, start=1):
        if wanted == str(index) or wanted.casefold() == circle.name.casefold():
            return circle.id
    names = ", ".join(f"{i} {c.name}" for i, c in enumerate(circles, start=1))
    raise InvalidInput(
        _("There's no circle called “{wanted}”. Circles: {names}.").format(
            wanted=wanted, names=names
        )
    )
