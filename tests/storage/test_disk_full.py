"""A full disk is the user's situation, not a bug: a plain StorageError, and every record committed
before it is still there afterwards."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlmodel import select

from companion.domain.errors import StorageError
from companion.facade import Companion
from companion.storage.models import Person
from companion.vault.keystore import NoKeyStore
from tests.helpers import T0


@pytest.mark.real  # a tmpfs mounted as root (the tiny_disk fixture)
def test_disk_full_is_a_plain_storage_error_and_loses_nothing(tiny_disk: Path) -> None:
    profile = tiny_disk / "profile"
    companion, code = Companion.create(profile, "seven blue kites", keystore=NoKeyStore())
    committed: list[int] = []
    failure: StorageError | None = None
    filler = os.urandom(3000).hex()  # 6 kB of text that doesn't compress or repeat
    try:
        for n in range(2000):
            try:
                with companion.vault.session() as session:
                    person = Person(name=f"person {n}", notes=filler, created_at=T0, updated_at=T0)
                    session.add(person)
                    session.flush()
                    new_id = person.id
            except StorageError as exc:
                failure = exc
                break
            assert new_id is not None
            committed.append(new_id)
    finally:
        companion.close()
    assert failure is not None, "the 600 kB disk never filled up"
    assert committed, "not even one record fitted"
    message = str(failure)
    assert "disk is full" in message
    assert "\n" not in message

    # Reopen on the still-full disk: it opens, passes the integrity check, and has every record.
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()) as again:
        again.vault.verify()
        with again.vault.session() as session:
            ids = set(session.exec(select(Person.id)))
        assert set(committed) <= ids
        assert len(ids - set(committed)) == 0


@pytest.mark.real
@pytest.mark.parametrize("fill_kib", [0, 200, 450, 560])
def test_disk_full_while_creating_leaves_no_half_vault(tiny_disk: Path, fill_kib: int) -> None:
    """Whatever is left free, creating either succeeds or says "disk is full" and leaves no vault."""
    if fill_kib:
        (tiny_disk / "ballast").write_bytes(b"\0" * (fill_kib * 1024))
    profile = tiny_disk / "profile"
    try:
        companion, code = Companion.create(profile, "seven blue kites", keystore=NoKeyStore())
    except StorageError as exc:
        assert "disk is full" in str(exc)
        assert not (profile / "companion.db").exists()
        return
    companion.close()
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()) as again:
        again.vault.verify()
