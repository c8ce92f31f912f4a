"""`backup`, `restore`, `export json|csv|vcard|ics`, `restore-json`, `rotate-key` and `delete-everything`:
the commands that let people take, move and remove their own data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from companion.cli.common import open_companion
from companion.cli.output import say, warn
from companion.cli.secrets import (
    add_recovery_code_options,
    ask_passphrase,
    passphrase_hint,
    recovery_code,
)
from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _, ngettext
from companion.platform.fileio import refuse_inside_profile
from companion.platform.paths import resolve_profile_dir

if TYPE_CHECKING:
    from companion.facade import Companion

T = TypeVar("T")

NOT_ENCRYPTED = N_(
    "Note: this export is not encrypted. Anyone who can open {target} can read everything in it; "
    "keep it somewhere private and delete it when you're done."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup", help=_("write an encrypted backup that your passphrase opens")
    )
    backup.add_argument("file", metavar="FILE", help=_("the backup file to write"))
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore", help=_("replace this profile's vault with one from an encrypted backup")
    )
    restore.add_argument("file", metavar="FILE", help=_("the backup file"))
    add_recovery_code_options(restore)
    restore.set_defaults(func=cmd_restore)

    export = sub.add_parser("export", help=_("export everything as plain (unencrypted) files"))
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    as_json = kinds.add_parser("json", help=_("one JSON file with every record"))
    as_json.add_argument("file", metavar="FILE")
    as_json.set_defaults(func=cmd_export_json)
    as_csv = kinds.add_parser("csv", help=_("a new folder with one CSV file per kind of record"))
    as_csv.add_argument("folder", metavar="DIR")
    as_csv.set_defaults(func=cmd_export_csv)
    as_vcard = kinds.add_parser(
        "vcard", help=_("everyone as one vCard 4.0 file that contacts apps (and Companion) read")
    )
    as_vcard.add_argument("file", metavar="FILE")
    as_vcard.set_defaults(func=cmd_export_vcard)
    as_ics = kinds.add_parser(
        "ics", help=_("birthdays as one iCalendar file (.ics) that calendar apps import")
    )
    as_ics.add_argument("file", metavar="FILE")
    as_ics.set_defaults(func=cmd_export_ics)

    restore_json = sub.add_parser(
        "restore-json", help=_("load a JSON export into a new, empty vault (all or nothing)")
    )
    restore_json.add_argument("file", metavar="FILE")
    restore_json.set_defaults(func=cmd_restore_json)

    rotate = sub.add_parser(
        "rotate-key",
        help=_("re-encrypt the vault under a new key (your passphrase stays the same)"),
    )
    rotate.set_defaults(func=cmd_rotate_key)

    erase = sub.add_parser(
        "delete-everything",
        help=_("delete the vault, key file, keyring entry and backups in the profile"),
    )
    erase.add_argument(
        "--confirm", metavar="TEXT", help=_('the words "delete everything", to confirm')
    )
    erase.set_defaults(func=cmd_delete_everything)


def cmd_backup(args: argparse.Namespace) -> int:
    from companion.storage.backup import backup_now

    _outside_profile(args, Path(args.file))
    with open_companion(args, exclusive=True) as companion:
        path = backup_now(companion, Path(args.file))
    size = path.stat().st_size
    say(
        _("Saved an encrypted backup to {path} ({size}). Your passphrase opens it.").format(
            path=path, size=_size(size)
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from companion.storage.backup import restore

    code = recovery_code(args)
    if code is not None:
        result = restore(args.profile, Path(args.file), recovery_code=code)
    else:
        needed = _(
            "The backup's passphrase is needed: {hint}, or run this in a terminal. Or give its "
            "recovery code with --ask-recovery-code."
        ).format(hint=passphrase_hint())
        secret = ask_passphrase(args, needed)
        result = restore(args.profile, Path(args.file), passphrase=secret)
    say(_("Restored the vault from {file}.").format(file=args.file))
    if result.safety_backup:
        say(
            _("The vault that was there before is kept as {file}.").format(
                file=result.safety_backup
            )
        )
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from companion.storage.export import export_json

    target, counts = _export_plainly(args, args.file, export_json)
    rows = sum(counts.values())
    say(
        ngettext(
            "Exported {rows} rows from {n} table to {target}.",
            "Exported {rows} rows from {n} tables to {target}.",
            len(counts),
        ).format(rows=rows, n=len(counts), target=target)
    )
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from companion.storage.export import export_csv

    target, counts = _export_plainly(args, args.folder, export_csv)
    rows = sum(counts.values())
    say(
        ngettext(
            "Exported {rows} rows as {n} CSV file in {target}.",
            "Exported {rows} rows as {n} CSV files in {target}.",
            len(counts),
        ).format(rows=rows, n=len(counts), target=target)
    )
    return 0


def cmd_export_vcard(args: argparse.Namespace) -> int:
    from companion.exporters.vcard import export_vcard

    target, count = _export_plainly(args, args.file, export_vcard)
    say(
        ngettext(
            "Exported {n} person as vCard 4.0 to {target}.",
            "Exported {n} people as vCard 4.0 to {target}.",
            count,
        ).format(n=count, target=target)
    )
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from companion.exporters.ics import export_ics

    target, count = _export_plainly(args, args.file, export_ics)
    say(
        ngettext(
            "Exported {n} date as iCalendar to {target}.",
            "Exported {n} dates as iCalendar to {target}.",
            count,
        ).format(n=count, target=target)
    )
    return 0


def cmd_restore_json(args: argparse.Namespace) -> int:
    from companion.storage.export import import_json

    with open_companion(args, exclusive=True) as companion:
        counts = import_json(companion, Path(args.file))
    say(_("Imported {rows} rows from {file}.").format(rows=sum(counts.values()), file=args.file))
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from companion.storage.rotation import rotate_key

    with open_companion(args, exclusive=True) as companion:
        needed = _(
            "Changing the key needs your passphrase: {hint}, or run this in a terminal."
        ).format(hint=passphrase_hint())
        code = rotate_key(companion, ask_passphrase(args, needed))
    say(_("The vault is now encrypted under a new key. Your passphrase still opens it."))
    say(
        _(
            "Your new recovery code (the old one no longer works; keep this one safe): {code}"
        ).format(code=code)
    )
    return 0


def cmd_delete_everything(args: argparse.Namespace) -> int:
    from companion.vault.erase import confirmation_phrase, erase_profile

    confirm = args.confirm
    if confirm is None:
        if not sys.stdin.isatty():
            raise InvalidInput(
                _('Add --confirm "{word}" to delete everything. Nothing was deleted.').format(
                    word=confirmation_phrase()
                )
            )
        confirm = input(
            _('This deletes your vault and its backups for good. Type "{word}": ').format(
                word=confirmation_phrase()
            )
        )
    result = erase_profile(args.profile, confirm)
    say(
        ngettext(
            "Deleted {n} file or folder. Companion holds nothing of yours here now.",
            "Deleted {n} files and folders. Companion holds nothing of yours here now.",
            len(result.removed),
        ).format(n=len(result.removed))
    )
    return 0


def _export_plainly(
    args: argparse.Namespace, name: str, export: Callable[[Companion, Path], T]
) -> tuple[Path, T]:
    """Write a plain export to `name` (as an absolute path) after the warning that it is not
    encrypted; the target is checked against the profile before anything is opened."""
    target = Path(name).expanduser().absolute()
    _outside_profile(args, target)
    warn(_(NOT_ENCRYPTED).format(target=target))
    with open_companion(args) as companion:
        return target, export(companion, target)


def _outside_profile(args: argparse.Namespace, target: Path) -> None:
    """Checked before anything is opened or printed (the core checks again as it writes)."""
    refuse_inside_profile(target.expanduser().absolute(), resolve_profile_dir(args.profile))


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"
