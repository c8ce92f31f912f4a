"""`backup`, `restore`, `export json|csv|vcard|ics`, `restore-json`, `rotate-key` and `delete-everything`:
the commands that let people take, move and remove their own data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from companion.cli.common import open_companion
from companion.cli.output import say, warn
from companion.cli.secrets import add_recovery_code_options, ask_passphrase, recovery_code
from companion.errors import InvalidInput
from companion.fileio import refuse_inside_profile
from companion.paths import resolve_profile_dir

NOT_ENCRYPTED = (
    "Note: this export is not encrypted. Anyone who can open {target} can read everything in it; "
    "keep it somewhere private and delete it when you're done."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="write an encrypted backup that your passphrase opens")
    backup.add_argument("file", metavar="FILE", help="the backup file to write")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore", help="replace this profile's vault with one from an encrypted backup"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file")
    add_recovery_code_options(restore)
    restore.set_defaults(func=cmd_restore)

    export = sub.add_parser("export", help="export everything as plain (unencrypted) files")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    as_json = kinds.add_parser("json", help="one JSON file with every record")
    as_json.add_argument("file", metavar="FILE")
    as_json.set_defaults(func=cmd_export_json)
    as_csv = kinds.add_parser("csv", help="a new folder with one CSV file per kind of record")
    as_csv.add_argument("folder", metavar="DIR")
    as_csv.set_defaults(func=cmd_export_csv)
    as_vcard = kinds.add_parser(
        "vcard", help="everyone as one vCard 4.0 file that contacts apps (and Companion) read"
    )
    as_vcard.add_argument("file", metavar="FILE")
    as_vcard.set_defaults(func=cmd_export_vcard)
    as_ics = kinds.add_parser(
        "ics", help="birthdays as one iCalendar file (.ics) that calendar apps import"
    )
    as_ics.add_argument("file", metavar="FILE")
    as_ics.set_defaults(func=cmd_export_ics)

    restore_json = sub.add_parser(
        "restore-json", help="load a JSON export into a new, empty vault (all or nothing)"
    )
    restore_json.add_argument("file", metavar="FILE")
    restore_json.set_defaults(func=cmd_restore_json)

    rotate = sub.add_parser(
        "rotate-key",
        help="re-encrypt the vault under a new key (your passphrase stays the same)",
    )
    rotate.set_defaults(func=cmd_rotate_key)

    erase = sub.add_parser(
        "delete-everything",
        help="delete the vault, key file, keyring entry and backups in the profile",
    )
    erase.add_argument(
        "--confirm", metavar="TEXT", help='the words "delete everything", to confirm'
    )
    erase.set_defaults(func=cmd_delete_everything)


def cmd_backup(args: argparse.Namespace) -> int:
    from companion.backup import backup_now

    _outside_profile(args, Path(args.file))
    with open_companion(args, exclusive=True) as companion:
        path = backup_now(companion, Path(args.file))
    size = path.stat().st_size
    say(f"Saved an encrypted backup to {path} ({_size(size)}). Your passphrase opens it.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from companion.backup import restore

    code = recovery_code(args)
    if code is not None:
        result = restore(args.profile, Path(args.file), recovery_code=code)
    else:
        secret = ask_passphrase(args, "the backup")
        result = restore(args.profile, Path(args.file), passphrase=secret)
    say(f"Restored the vault from {args.file}.")
    if result.safety_backup:
        say(f"The vault that was there before is kept as {result.safety_backup}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from companion.export import export_json

    target = Path(args.file).expanduser().absolute()
    _outside_profile(args, target)
    warn(NOT_ENCRYPTED.format(target=target))
    with open_companion(args) as companion:
        counts = export_json(companion, target)
    say(f"Exported {sum(counts.values())} rows from {len(counts)} tables to {target}.")
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from companion.export import export_csv

    target = Path(args.folder).expanduser().absolute()
    _outside_profile(args, target)
    warn(NOT_ENCRYPTED.format(target=target))
    with open_companion(args) as companion:
        counts = export_csv(companion, target)
    say(f"Exported {sum(counts.values())} rows as {len(counts)} CSV files in {target}.")
    return 0


def cmd_export_vcard(args: argparse.Namespace) -> int:
    from companion.export_vcard import export_vcard

    target = Path(args.file).expanduser().absolute()
    _outside_profile(args, target)
    warn(NOT_ENCRYPTED.format(target=target))
    with open_companion(args) as companion:
        count = export_vcard(companion, target)
    say(f"Exported {count} {'person' if count == 1 else 'people'} as vCard 4.0 to {target}.")
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from companion.export_ics import export_ics

    target = Path(args.file).expanduser().absolute()
    _outside_profile(args, target)
    warn(NOT_ENCRYPTED.format(target=target))
    with open_companion(args) as companion:
        count = export_ics(companion, target)
    say(f"Exported {count} {'date' if count == 1 else 'dates'} as iCalendar to {target}.")
    return 0


def cmd_restore_json(args: argparse.Namespace) -> int:
    from companion.export import import_json

    with open_companion(args, exclusive=True) as companion:
        counts = import_json(companion, Path(args.file))
    say(f"Imported {sum(counts.values())} rows from {args.file}.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from companion.rotation import rotate_key

    with open_companion(args, exclusive=True) as companion:
        code = rotate_key(companion, ask_passphrase(args, "changing the key"))
    say("The vault is now encrypted under a new key. Your passphrase still opens it.")
    say(f"Your new recovery code (the old one no longer works; keep this one safe): {code}")
    return 0


def cmd_delete_everything(args: argparse.Namespace) -> int:
    from companion.erase import CONFIRMATION, erase_profile

    confirm = args.confirm
    if confirm is None:
        if not sys.stdin.isatty():
            raise InvalidInput(
                f'Add --confirm "{CONFIRMATION}" to delete everything. Nothing was deleted.'
            )
        confirm = input(
            f'This deletes your vault and its backups for good. Type "{CONFIRMATION}": '
        )
    result = erase_profile(args.profile, confirm)
    say(
        f"Deleted {len(result.removed)} files and folders. Companion holds nothing of yours here now."
    )
    return 0


def _outside_profile(args: argparse.Namespace, target: Path) -> None:
    """Checked before anything is opened or printed (the core checks again as it writes)."""
    refuse_inside_profile(target.expanduser().absolute(), resolve_profile_dir(args.profile))


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"
