"""The command line's secrets: a passphrase from --passphrase-stdin, --passphrase-fd N,
COMPANION_PASSPHRASE or a prompt, and restore's recovery code from a prompt, stdin or a descriptor.
A secret is never an argument's value (see companion.secret_input)."""

from __future__ import annotations

import argparse

from companion.errors import InvalidInput
from companion.i18n import _
from companion.paths import PASSPHRASE_ENV
from companion.secret_input import prompt_secret, read_secret_fd

PASSPHRASE_HINT = f"use --passphrase-stdin or --passphrase-fd N, or set {PASSPHRASE_ENV}"
CODE_HINT = "use --recovery-code-stdin or --recovery-code-fd N"
STDIN = 0


def add_passphrase_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # A subcommand's copy has no default, so it doesn't undo the same option given before it.
    default = None if top_level else argparse.SUPPRESS
    group = parser.add_argument_group("passphrase (never given on the command line itself)")
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="read the passphrase from the first line of standard input",
    )
    group.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        default=default,
        help="read the passphrase from the first line of file descriptor N",
    )


def add_to_every_command(parser: argparse.ArgumentParser) -> None:
    """Let the passphrase options follow any subcommand too (`companion info --passphrase-stdin`).

    Abbreviations are turned off: argparse repeats an ambiguous `--passphrase=...` in full."""
    parser.allow_abbrev = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                add_passphrase_options(sub)
                add_to_every_command(sub)


# Already visible to others by the time it is read: say so, don't repeat it, and don't use it.
CODE_ARGUMENT_REFUSED = (
    "A recovery code typed on the command line can be read by other accounts on this computer, "
    f"so it wasn't used: {CODE_HINT}, or give --ask-recovery-code to be asked for it. "
    "Nothing was changed."
)


def add_recovery_code_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ask-recovery-code",
        action="store_true",
        help="open the backup with its recovery code, asked for without echo",
    )
    parser.add_argument(
        "--recovery-code-stdin",
        action="store_true",
        help="read the recovery code from the first line of standard input",
    )
    parser.add_argument(
        "--recovery-code-fd",
        type=int,
        metavar="N",
        help="read the recovery code from the first line of file descriptor N",
    )


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given without a prompt (a descriptor, stdin or COMPANION_PASSPHRASE), read
    once: later calls return the same value."""
    if "_passphrase" not in vars(args):
        fd = getattr(args, "passphrase_fd", None)
        if fd is None and getattr(args, "passphrase_stdin", False):
            fd = STDIN
        if fd is not None and getattr(args, "recovery_code_stdin", False) and fd == STDIN:
            raise InvalidInput(
                _("Standard input can carry the passphrase or the recovery code, not both.")
            )
        if fd is not None:
            args._passphrase = read_secret_fd(fd, "passphrase")
        else:
            args._passphrase = getattr(args, "env_passphrase", None)
    given: str | None = args._passphrase
    return given


def ask_passphrase(args: argparse.Namespace, purpose: str) -> str:
    """The given passphrase, else one typed at a no-echo prompt."""
    given = given_passphrase(args)
    if given is not None:
        return given
    typed = prompt_secret("Passphrase: ", f"passphrase for {purpose}", PASSPHRASE_HINT)
    args._passphrase = typed
    return typed


def new_passphrase(args: argparse.Namespace) -> str:
    """A passphrase for a new vault: given, or typed twice at a no-echo prompt."""
    given = given_passphrase(args)
    if given is not None:
        return given
    what = "passphrase for the new vault"
    first = prompt_secret("New passphrase: ", what, PASSPHRASE_HINT)
    if prompt_secret("The same passphrase again: ", what, PASSPHRASE_HINT) != first:
        raise InvalidInput(_("The two passphrases were different. Nothing was created."))
    return first


def recovery_code(args: argparse.Namespace) -> str | None:
    """The recovery code if the user chose to give one (None: use the passphrase)."""
    if args.recovery_code_fd is not None:
        return read_secret_fd(args.recovery_code_fd, "recovery code")
    if args.recovery_code_stdin:
        return read_secret_fd(STDIN, "recovery code")
    if args.ask_recovery_code:
        return prompt_secret("Recovery code: ", "recovery code", CODE_HINT)
    return None
