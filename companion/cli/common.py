"""What the subcommands share: opening the profile without a prompt where possible."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from companion.errors import KeyUnavailable
from companion.facade import Companion
from companion.paths import PASSPHRASE_ENV


def open_companion(args: argparse.Namespace, *, exclusive: bool = False) -> Companion:
    """Unlock through COMPANION_PASSPHRASE, else the keyring, else a prompt on a terminal."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return Companion.unlock(args.profile, passphrase=passphrase, exclusive=exclusive)
    except KeyUnavailable:
        if not sys.stdin.isatty():
            raise KeyUnavailable(
                f"The vault needs its passphrase: set {PASSPHRASE_ENV} or run this in a terminal."
            ) from None
    for attempt in range(3):
        entered = getpass.getpass("Passphrase: ")
        try:
            return Companion.unlock(args.profile, passphrase=entered, exclusive=exclusive)
        except Exception as exc:
            if attempt == 2 or type(exc).__name__ != "WrongPassphrase":
                raise
            print(str(exc), file=sys.stderr)
    raise AssertionError("unreachable")


def print_json(data: Any) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `companion people --json | head` is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
