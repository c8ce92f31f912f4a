"""`companion import vcard|daylio|activitywatch FILE`: each kind lives in its own module.

A module `companion.cli.import_<kind>` provides `add_arguments(parser)` and `run(args) -> int`.
Imports are all-or-nothing: a bad file exits non-zero with one plain line and changes nothing.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from types import ModuleType

from companion.domain.i18n import N_, _

KINDS = {
    "vcard": N_("contacts from a .vcf file (phones, Gmail, Apple Contacts, Outlook)"),
    "daylio": N_("moods and notes from a Daylio CSV export"),
    "activitywatch": N_("screen time from an ActivityWatch 'export all buckets' JSON file"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import", help=_("import data exported by another program"))
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, help_text in KINDS.items():
        kind_parser = kinds.add_parser(kind, help=_(help_text))
        kind_parser.add_argument("file", metavar="FILE", help=_("the file to import"))
        module = _module(kind)
        if module is not None:
            module.add_arguments(kind_parser)
            kind_parser.set_defaults(func=module.run)
        else:
            kind_parser.set_defaults(func=_not_yet(kind))


def _module(kind: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"companion.cli.import_{kind}")
    except ModuleNotFoundError as exc:
        if exc.name != f"companion.cli.import_{kind}":
            raise
        return None


def _not_yet(kind: str) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        from companion.domain.errors import CompanionError

        raise CompanionError(
            _("Importing {kind} files isn't available in this version yet.").format(kind=kind)
        )

    return run
