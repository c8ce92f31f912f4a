"""The command line's secrets: a passphrase from --passphrase-stdin, --passphrase-fd N,
COMPANION_PASSPHRASE or a prompt, and restore's recovery code from a prompt, stdin or a descriptor.
A secret is never an argument's value (see companion.platform.secret_input)."""

from __future__ import annotations

import argparse

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.platform.paths import PASSPHRASE_ENV
from companion.platform.secret_input import prompt_secret, read_secret_fd

STDIN = 0


def passphrase_hint() -> str:
    """How to give the passphrase without a prompt, as it reads inside a sentence."""
    return _("use --passphrase-stdin or --passphrase-fd N, or set {variable}").format(
        variable=PASSPHRASE_ENV
    )


def code_hint() -> str:
    """How to give the recovery code without a prompt, as it reads inside a sentence."""
    return _("use --recovery-code-stdin or --recovery-code-fd N")


def passphrase_needed() -> str:
    """The message for a passphrase needed where there is no terminal to ask on."""
    return _("The passphrase is needed: {hint}, or run this in a terminal.").format(
        hint=passphrase_hint()
    )


def add_passphrase_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # A subcommand's copy has no default, so it doesn't undo the same option given before it.
    default = None if top_level else argparse.SUPPRESS
    group = parser.add_argument_group(_("passphrase (never given on the command line itself)"))
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help=_("read the passphrase from the first line of standard input"),
    )
    group.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        default=default,
        help=_("read the passphrase from the first line of file descriptor N"),
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


def code_argument_refused() -> str:
    """A recovery code typed as an argument is already visible to others by the time it is read:
    say so, don't repeat it, and don't use it."""
    return _(
        "A recovery code typed on the command line can be read by other accounts on this "
        "computer, so it wasn't used: {hint}, or give --ask-recovery-code to be asked for it. "
        "Nothing was changed."
    ).format(hint=code_hint())


def add_recovery_code_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ask-recovery-code",
        action="store_true",
        help=_("open the backup with its recovery code, asked for without echo"),
    )
    parser.add_argument(
        "--recovery-code-stdin",
        action="store_true",
        help=_("read the recovery code from the first line of standard input"),
    )
    parser.add_argument(
        "--recovery-code-fd",
        type=int,
        metavar="N",
        help=_("read the recovery code from the first line of file descriptor N"),
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


def ask_passphrase(args: argparse.Namespace, needed: str) -> str:
    """The given passphrase, else one typed at a no-echo prompt; `needed` is the message for when
    there is no terminal (which passphrase, and how else to give it)."""
    given = given_passphrase(args)
    if given is not None:
        return given
    typed = prompt_secret(_("Passphrase: "), needed)
    args._passphrase = typed
    return typed


def new_passphrase(args: argparse.Namespace) -> str:
    """A passphrase for a new vault: given, or typed twice at a no-echo prompt."""
    given = given_passphrase(args)
    if given is not None:
        return given
    needed = _(
        "The passphrase for the new vault is needed: {hint}, or run this in a terminal."
    ).format(hint=passphrase_hint())
    first = prompt_secret(_("New passphrase: "), needed)
    if prompt_secret(_("The same passphrase again: "), needed) != first:
        raise InvalidInput(_("The two passphrases were different. Nothing was created."))
    return first


def recovery_code(args: argparse.Namespace) -> str | None:
    """The recovery code if the user chose to give one (None: use the passphrase)."""
    if args.recovery_code_fd is not None:
        return read_secret_fd(args.recovery_code_fd, "recovery code")
    if args.recovery_code_stdin:
        return read_secret_fd(STDIN, "recovery code")
    if args.ask_recovery_code:
        needed = _("The recovery code is needed: {hint}, or run this in a terminal.").format(
            hint=code_hint()
        )
        return prompt_secret(_("Recovery code: "), needed)
    return None
