"""`companion demo`: a profile filled with a year of made-up data, for trying the app."""

from __future__ import annotations

import argparse

from companion.cli.output import say
from companion.cli.secrets import given_passphrase
from companion.cli.vault_commands import RECORD_LABELS
from companion.domain.i18n import _
from companion.platform.paths import resolve_profile_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=_("create a sample profile with a year of made-up data"))
    demo.add_argument(
        "--days", type=int, default=365, help=_("how many days of data (default 365)")
    )
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from companion.demo import DEMO_PASSPHRASE, create_demo_profile

    passphrase = given_passphrase(args) or DEMO_PASSPHRASE
    profile = resolve_profile_dir(args.profile)
    with create_demo_profile(profile, passphrase=passphrase, days=max(14, args.days)) as companion:
        counts = companion.counts()
    say(_("Created a demo profile in {folder}").format(folder=profile))
    if passphrase == DEMO_PASSPHRASE:
        say(
            _(
                "Its passphrase is “{passphrase}”. Open it with: companion --profile {folder}"
            ).format(passphrase=DEMO_PASSPHRASE, folder=profile)
        )
    say(", ".join(f"{n} {_(RECORD_LABELS.get(kind, kind))}" for kind, n in counts.items()))
    return 0
