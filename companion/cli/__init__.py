"""The core's command line: the subcommands that need no Qt, for packagers, tests and power users.

The `companion` console script (`companion_app`) adds the window and the commands that need Qt
(the PDF report); `python -m companion` runs these commands alone.

Errors go to stderr as one plain line: exit status 1 for what the user asked that can't be done
(a wrong passphrase, a damaged file, a full disk), 70 for a bug, whose details go to a log in the
profile folder (companion.error_log), and to the terminal only when COMPANION_TRACEBACK=1.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from companion import __version__
from companion.domain.errors import CompanionError
from companion.domain.i18n import _, ngettext

# Each module has register(subparsers); later areas add theirs here.
COMMAND_MODULES = (
    "companion.cli.vault_commands",
    "companion.cli.import_commands",
    "companion.cli.people_commands",
    "companion.cli.data_commands",
    "companion.cli.demo_commands",
)

EXIT_USER_ERROR = 1
EXIT_USAGE = 2  # argparse's status for a command line that can't run
EXIT_BUG = 70  # EX_SOFTWARE
# The disk's answers that are the user's situation, not a bug.
DISK_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG}
)


# Opens the window: (argv for Qt, profile folder or None, start minimised) -> exit status.
OpenApp = Callable[[list[str], str | None, bool], int]


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class CompanionParser(argparse.ArgumentParser):
    """argparse with its own words in the language in use: the usage line, the section titles,
    the help option and the error line (the subcommands' parsers are made of this class too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # added below, with its words translated
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=_("show this help and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def build_parser(
    *, with_commands: bool = True, extra_commands: Sequence[str] = ()
) -> argparse.ArgumentParser:
    parser = CompanionParser(
        prog="companion",
        description=_("Companion: a private companion for the relationships that hold you up."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Companion {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help=_("profile folder (default: COMPANION_PROFILE, else the user data folder)"),
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=_("start in the system tray without showing the window"),
    )
    if not with_commands:
        return parser
    from companion.cli.secrets import add_passphrase_options, add_to_every_command

    add_passphrase_options(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (*COMMAND_MODULES, *extra_commands):
        importlib.import_module(name).register(sub)
    add_to_every_command(parser)
    return parser


def _opens_the_app(argv: Sequence[str]) -> bool:
    """No subcommand and no --help: the window can start without loading every command module
    (they import the storage layer, which the app loads only after its first paint)."""
    if any(a in ("-h", "--help") for a in argv):
        return False
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--profile":
            skip = True
        elif not arg.startswith("-"):
            return False
    return True


def main(
    argv: Sequence[str] | None = None,
    *,
    extra_commands: Sequence[str] = (),
    open_app: OpenApp | None = None,
) -> int:
    """Run a subcommand; with none, open the window through `open_app` (the console script
    passes it, with the modules of the commands that need Qt in `extra_commands`)."""
    from companion.platform.no_core_dumps import disable_core_dumps

    disable_core_dumps()  # before any passphrase, key or note is in memory
    argv = list(sys.argv[1:] if argv is None else argv)
    if _opens_the_app(argv):
        # Same options as the full parser, without the subcommands (see _opens_the_app).
        parser = build_parser(with_commands=False)
        args, unknown = parser.parse_known_args(argv)
        return _open_app(open_app, [sys.argv[0], *unknown], args)
    from companion.platform.secret_input import take_passphrase_env

    # Read once and taken out of the environment before anything else runs.
    env_passphrase = take_passphrase_env()
    parser = build_parser(extra_commands=extra_commands)
    args, unknown = parser.parse_known_args(argv)
    args.env_passphrase = env_passphrase
    if args.command is None:
        if unknown and not all(a.startswith("-") for a in unknown):
            parser.error(_("unknown command: {words}").format(words=" ".join(unknown)))
        return _open_app(open_app, [sys.argv[0], *unknown], args)
    _speak_the_profiles_language(args.profile)
    if unknown:
        # A recovery code typed as an argument (e.g. "--recovery-code ABCD-…"): already visible to
        # other accounts, so it is refused with a word on the safe ways, never echoed.
        if any("recovery-code" in a or "recovery_code" in a for a in unknown):
            from companion.cli.secrets import code_argument_refused

            _error_line(code_argument_refused())
            return EXIT_USER_ERROR
        parser.error(_("unrecognized arguments: {names}").format(names=_unechoed(unknown)))
    try:
        return int(args.func(args) or 0)
    except CompanionError as exc:
        _error_line(exc)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _error_line(_("stopped. Nothing half-written was kept."))
        return 130
    except OSError as exc:
        if exc.errno not in DISK_ERRNOS:
            return _bug(exc, args)
        from companion.platform.fileio import disk_error

        _error_line(disk_error(exc, _("what this command was writing")))
        return EXIT_USER_ERROR
    except Exception as exc:
        return _bug(exc, args)


def _speak_the_profiles_language(profile: str | None) -> None:
    """The language chosen in the profile's Settings, else the system's (dates stay ISO)."""
    from companion.domain import i18n
    from companion.platform import language_file
    from companion.platform.paths import resolve_profile_dir

    try:
        setting = language_file.read_language_setting(resolve_profile_dir(profile))
    except Exception:  # no usable profile folder: the command itself will say so
        setting = i18n.SYSTEM
    i18n.install(i18n.choose_language(setting))


def _open_app(open_app: OpenApp | None, qt_argv: list[str], args: argparse.Namespace) -> int:
    if open_app is None:
        _error_line(
            _(
                "the window is part of the desktop app: start it with `companion` "
                "(or `python -m companion_app`). `python -m companion --help` lists the commands "
                "that run here."
            )
        )
        return EXIT_USAGE
    return open_app(qt_argv, args.profile, bool(args.minimized))


def _unechoed(unknown: Sequence[str]) -> str:
    """Unknown arguments named without their values: a mistyped option may have been followed
    by a secret, and the terminal's scrollback should not keep it."""
    names = [a.split("=", 1)[0] for a in unknown if a.startswith("-")]
    values = len(unknown) - len(names)
    if values:
        names.append(
            ngettext(
                "{n} other value (not repeated here)",
                "{n} other values (not repeated here)",
                values,
            ).format(n=values)
        )
    return ", ".join(names)


def _error_line(message: object) -> None:
    from companion.cli.output import clean, warn

    sys.stdout.flush()
    warn(f"companion: {clean(message)}")


def _bug(exc: Exception, args: argparse.Namespace) -> int:
    """An internal error: one calm line, the details in the profile's log (or on the terminal
    when COMPANION_TRACEBACK=1)."""
    from companion.platform.error_log import SHOW_ENV, write_log
    from companion.platform.paths import resolve_profile_dir

    if os.environ.get(SHOW_ENV) == "1":
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    command = " ".join(str(part) for part in (args.command, getattr(args, "kind", None)) if part)
    log = None
    try:
        log = write_log(resolve_profile_dir(args.profile), exc, what=f"command {command}")
    except Exception:  # the report of a bug must not become a second one
        log = None
    where = (
        _("The details are in {file}.").format(file=log)
        if log
        else _("Run it again with {variable}=1 to see the details.").format(variable=SHOW_ENV)
    )
    _error_line(
        _(
            "Something went wrong inside Companion ({kind}); it isn't something you did. {where}"
        ).format(kind=type(exc).__name__, where=where)
    )
    return EXIT_BUG
