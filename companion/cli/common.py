"""What the subcommands share: opening the profile without a prompt where possible."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from companion.cli.output import clean_json, warn
from companion.cli.secrets import given_passphrase, passphrase_hint, passphrase_needed
from companion.domain.errors import KeyUnavailable
from companion.domain.i18n import _
from companion.facade import Companion
from companion.platform.secret_input import prompt_secret


def open_companion(args: argparse.Namespace, *, exclusive: bool = False) -> Companion:
    """Unlock with a passphrase given on a descriptor, stdin or COMPANION_PASSPHRASE, else the
    keyring, else a no-echo prompt on a terminal."""
    passphrase = given_passphrase(args)
    try:
        return Companion.unlock(args.profile, passphrase=passphrase, exclusive=exclusive)
    except KeyUnavailable:
        if not sys.stdin.isatty():
            raise KeyUnavailable(
                _("The vault needs its passphrase: {hint}, or run this in a terminal.").format(
                    hint=passphrase_hint()
                )
            ) from None
    for attempt in range(3):
        entered = prompt_secret(_("Passphrase: "), passphrase_needed())
        try:
            return Companion.unlock(args.profile, passphrase=entered, exclusive=exclusive)
        except Exception as exc:
            if attempt == 2 or type(exc).__name__ != "WrongPassphrase":
                raise
            warn(str(exc))
    raise AssertionError("unreachable")


def print_json(data: Any) -> None:
    text = clean_json(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `companion people --json | head` is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
