"""`companion report FILE.pdf`: the summary report for a therapist, made without opening the window.

The core gathers the report's data; drawing the PDF needs Qt, so the renderer (`ui.report`) is
imported inside the command, with an offscreen QGuiApplication, and registering the command loads
no Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from companion.cli.output import say
from companion.domain.errors import InvalidInput
from companion.platform.fileio import refuse_inside_profile
from companion.platform.paths import resolve_profile_dir
from companion.services.report_data import (
    DEFAULT_SECTIONS,
    SECTIONS,
    Report,
    ReportOptions,
    gather,
    journal_choices,
    last_weeks,
    parse_day,
    parse_sections,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report",
        help="write a summary report (PDF) to bring to a therapist",
        description="Write a printable summary for a date range. Journal text is only included "
        "when 'journal' is among the sections.",
    )
    report.add_argument("file", metavar="FILE.pdf", help="where to write the PDF")
    report.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")
    report.add_argument(
        "--weeks",
        type=int,
        default=4,
        help="without --from: the last N weeks up to --to or today (default 4)",
    )
    report.add_argument(
        "--sections",
        default=",".join(s for s in SECTIONS if s in DEFAULT_SECTIONS),
        help=f"comma-separated, from {','.join(SECTIONS)} (default: all but journal)",
    )
    report.add_argument(
        "--initials", action="store_true", help="show people by their initials only"
    )
    report.add_argument(
        "--paper", choices=("auto", "a4", "letter"), default="auto", help="paper size"
    )
    report.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    # Everything the user typed is checked before the vault is opened or a file is touched.
    start = parse_day(args.start, "start date (--from)") if args.start else None
    end = parse_day(args.end, "end date (--to)") if args.end else None
    sections = parse_sections(args.sections)
    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise InvalidInput(
            f"The report is a PDF: give a file name ending in .pdf, not {target.name}."
        )
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} doesn't exist; the report wasn't written.")
    # A report is plain text about the person: never inside the encrypted profile folder.
    refuse_inside_profile(target.expanduser().absolute(), resolve_profile_dir(args.profile))
    if args.weeks < 1:
        raise InvalidInput("--weeks must be at least 1.")

    from companion.cli.common import open_companion

    with open_companion(args) as companion:
        today = companion.today()
        end = end or today
        if start is None:
            start, _ = last_weeks(args.weeks, end)
        options = ReportOptions(start, end, sections, args.initials)
        if "journal" in sections:
            # From the command line there is no list to pick from: "journal" means every entry.
            keys = tuple(c.key for c in journal_choices(companion, start, end))
            options = ReportOptions(start, end, sections, args.initials, keys)
        report = gather(companion, options)
    written = _render(report, target, args.paper)
    say(f"Wrote the report for {start.isoformat()} to {end.isoformat()} to {written}")
    return 0


def _render(report: Report, target: Path, paper: str) -> Path:
    from ui.report.render import write_pdf_offscreen

    written: Path = write_pdf_offscreen(report, target, paper)
    return written
