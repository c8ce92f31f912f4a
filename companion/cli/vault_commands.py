"""`init`, `info` and `self-test`: the vault's own commands."""

from __future__ import annotations

import argparse

from companion.cli.common import open_companion, print_json
from companion.cli.output import say, warn
from companion.cli.secrets import new_passphrase
from companion.facade import Companion
from companion.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser(
        "init",
        help="create a vault (the passphrase from --passphrase-stdin/-fd, "
        "COMPANION_PASSPHRASE or a prompt)",
    )
    init.add_argument("--country", help="country code for help lines, e.g. GB")
    init.add_argument(
        "--show-recovery-code", action="store_true", help="print the recovery code once"
    )
    init.set_defaults(func=cmd_init)

    info = sub.add_parser(
        "info", help="profile, schema and cipher versions, keyring state, record counts"
    )
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(func=cmd_info)

    selftest = sub.add_parser("self-test", help="create, write, reopen and check a throwaway vault")
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
    say(f"Profile:        {info['profile']}")
    say(f"Schema version: {info['schema_version']}")
    say(f"Cipher:         SQLCipher {info['cipher_version']}")
    say(
        f"Keyring:        {info['keyring_backend']}, "
        + ("holds the key" if info["keyring_has_key"] else "no key stored")
    )
    say("Records:")
    for kind, count in info["records"].items():
        say(f"  {kind.replace('_', ' '):<22}{count}")
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from companion.selftest import run_self_test

    failure = run_self_test()
    if failure:
        warn(f"companion self-test: FAILED: {failure}")
        return 1
    say("companion self-test: ok")
    return 0
