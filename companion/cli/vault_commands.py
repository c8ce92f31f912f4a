"""`init`, `info` and `self-test`: the vault's own commands."""

from __future__ import annotations

import argparse

from companion.cli.common import open_companion, print_json
from companion.cli.output import say, warn
from companion.cli.secrets import new_passphrase
from companion.domain.i18n import N_, _
from companion.facade import Companion


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser(
        "init",
        help=_(
            "create a vault (the passphrase from --passphrase-stdin/-fd, "
            "COMPANION_PASSPHRASE or a prompt)"
        ),
    )
    init.add_argument("--country", help=_("country code for help lines, e.g. GB"))
    init.add_argument(
        "--show-recovery-code", action="store_true", help=_("print the recovery code once")
    )
    init.set_defaults(func=cmd_init)

    info = sub.add_parser(
        "info", help=_("profile, schema and cipher versions, keyring state, record counts")
    )
    info.add_argument("--json", action="store_true", help=_("print JSON"))
    info.set_defaults(func=cmd_info)

    selftest = sub.add_parser(
        "self-test", help=_("create, write, reopen and check a throwaway vault")
    )
    selftest.set_defaults(func=cmd_self_test)


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = new_passphrase(args)
    companion, code = Companion.create(args.profile, passphrase, country=args.country)
    with companion:
        say(_("Created a new vault in {folder}").format(folder=companion.profile.root))
        if args.show_recovery_code:
            say(
                _("Recovery code (keep it somewhere safe; it is shown only now): {code}").format(
                    code=code
                )
            )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_companion(args) as companion:
        info = companion.info()
    if args.json:
        print_json(info)
        return 0
    say(f"Companion {info['version']}")
    keyring = _("holds the key") if info["keyring_has_key"] else _("no key stored")
    backend = _("none") if info["keyring_backend"] == "none" else info["keyring_backend"]
    rows = [
        (_("Profile:"), str(info["profile"])),
        (_("Schema version:"), str(info["schema_version"])),
        (_("Cipher:"), f"SQLCipher {info['cipher_version']}"),
        (_("Keyring:"), _("{backend}, {state}").format(backend=backend, state=keyring)),
    ]
    width = max(len(label) for label, _value in rows) + 1
    for label, value in rows:
        say(f"{label:<{width}}{value}")
    say(_("Records:"))
    records = [(_(RECORD_LABELS.get(kind, kind)), count) for kind, count in info["records"].items()]
    width = max((len(label) for label, _count in records), default=0) + 2
    for label, count in records:
        say(f"  {label:<{width}}{count}")
    return 0


# The record kinds `info` counts (companion.storage.reads.RECORD_TABLES), as a person would name them.
RECORD_LABELS: dict[str, str] = {
    "people": N_("people"),
    "interactions": N_("interactions"),
    "mood_entries": N_("mood entries"),
    "journal_entries": N_("journal entries"),
    "assessments": N_("assessments"),
    "screen_time_entries": N_("screen time entries"),
    "boundaries": N_("boundaries"),
    "boundary_checks": N_("boundary checks"),
    "reflections": N_("reflections"),
    "nudges": N_("nudges"),
}


def cmd_self_test(args: argparse.Namespace) -> int:
    from companion.selftest import run_self_test

    failure = run_self_test()
    if failure:
        warn(_("companion self-test: FAILED: {failure}").format(failure=failure))
        return 1
    say(_("companion self-test: ok"))
    return 0
