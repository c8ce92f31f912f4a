"""`companion self-test`: proves on the user's (or packager's) machine that the vault works end to end."""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from companion.domain.i18n import _
from companion.vault.keystore import MemoryKeyStore, SystemKeyStore


def run_self_test() -> str | None:
    """Return None when every step passed, else one line saying which step failed and why."""
    folder = Path(tempfile.mkdtemp(prefix="companion-selftest-"))
    step = _("start")
    system = SystemKeyStore(service="org.companionapp.Companion.selftest")
    keystore = system if _usable(system) else MemoryKeyStore()
    vault_id = None
    try:
        from companion.facade import Companion
        from companion.storage.models import Person

        passphrase = secrets.token_urlsafe(16)
        marker = f"self-test {secrets.token_hex(4)}"
        step = _("create a vault")
        companion, _code = Companion.create(folder / "profile", passphrase, keystore=keystore)
        vault_id = companion._key_file.vault_id if companion._key_file else None
        with companion:
            step = _("write a record")
            now = datetime.now(UTC)
            with companion.vault.session() as session:
                session.add(Person(name=marker, created_at=now, updated_at=now))
        step = _("reopen with the passphrase")
        with Companion.unlock(
            folder / "profile", passphrase=passphrase, keystore=MemoryKeyStore()
        ) as c:
            _check(c, marker)
        step = _("reopen through the keyring ({backend})").format(backend=keystore.describe())
        with Companion.unlock(folder / "profile", keystore=keystore) as c:
            if c.unlocked_by.method != "keyring":
                return _("{step}: the keyring did not give the key").format(step=step)
            _check(c, marker)
        step = _("check the file is encrypted")
        with open(folder / "profile" / "companion.db", "rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                return _("{step}: the database has a plaintext header").format(step=step)
        return None
    except Exception as exc:
        return f"{step}: {type(exc).__name__}: {exc}"
    finally:
        if vault_id:
            with contextlib.suppress(Exception):
                keystore.delete(vault_id)
        shutil.rmtree(folder, ignore_errors=True)


def _usable(store: SystemKeyStore) -> bool:
    try:
        return store.available()
    except Exception:
        return False


def _check(companion: object, marker: str) -> None:
    from sqlmodel import select

    from companion.storage.models import Person

    with companion.vault.session() as session:  # type: ignore[attr-defined]
        names = [p.name for p in session.exec(select(Person))]
    if names != [marker]:
        raise AssertionError(f"expected the record written earlier, found {names!r}")
    companion.vault.verify()  # type: ignore[attr-defined]
