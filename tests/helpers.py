"""Shared test helpers: making small real vaults, fingerprinting folders, running the CLI, and the
writer process the crash-safety test kills."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "a calm river at dawn"
# A fixed moment, so records don't depend on the real clock.
T0 = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
D0 = date(2026, 3, 14)


@dataclass(frozen=True)
class MadeVault:
    root: Path
    passphrase: str
    recovery_code: str
    data_key: bytes

    @property
    def db(self) -> Path:
        return self.root / "companion.db"

    @property
    def key(self) -> Path:
        return self.root / "companion.key"


def add_sample_records(session: object) -> None:
    """A person with a contact method, an interaction with them, and a mood entry."""
    from companion.models import ContactMethod, Interaction, InteractionPerson, MoodEntry, Person

    person = Person(name="Ada Byron", notes="likes long walks", created_at=T0, updated_at=T0)
    session.add(person)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    session.add(ContactMethod(person_id=person.id, kind="email", value="ada@example.org"))  # type: ignore[attr-defined]
    meeting = Interaction(
        occurred_at=T0, local_day=D0, channel="call", note="caught up", created_at=T0
    )
    session.add(meeting)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    session.add(InteractionPerson(interaction_id=meeting.id, person_id=person.id))  # type: ignore[attr-defined]
    session.add(  # type: ignore[attr-defined]
        MoodEntry(logged_at=T0, local_day=D0, level=4, emotions=["calm"], note="ok", created_at=T0)
    )


def make_vault(root: Path, passphrase: str = PASSPHRASE, *, records: bool = True) -> MadeVault:
    """Create a closed vault in `root` with no keyring, optionally holding the sample records."""
    from companion.facade import Companion
    from companion.keys import parse_recovery_code
    from companion.keystore import NoKeyStore

    companion, code = Companion.create(root, passphrase, keystore=NoKeyStore())
    try:
        if records:
            with companion.vault.session() as session:
                add_sample_records(session)
    finally:
        companion.close()
    return MadeVault(Path(root), passphrase, code, parse_recovery_code(code))


def copy_vault(made: MadeVault, root: Path) -> MadeVault:
    shutil.copytree(made.root, root)
    return MadeVault(Path(root), made.passphrase, made.recovery_code, made.data_key)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path -> sha256), so "left untouched" can be checked."""
    result: dict[str, str] = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([byte ^ mask]))


def cli_env(**extra: str) -> dict[str, str]:
    """The current (isolated) environment for a CLI subprocess, with the project importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("COMPANION_PASSPHRASE", None)
    env.update(extra)
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env if env is not None else cli_env(),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        cwd=PROJECT_ROOT,
    )


# --- the writer the crash-safety test kills -----------------------------------------------------

WRITER_CODE = "from tests.helpers import writer_main; writer_main()"


def writer_main() -> None:
    """Insert and update people forever, printing each id only after its commit returned.

    argv: PROFILE_DIR RECOVERY_CODE. Prints "ready" once the vault is open.
    """
    from companion.facade import Companion
    from companion.keystore import NoKeyStore
    from companion.models import Person

    profile, code = sys.argv[1], sys.argv[2]
    companion = Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), verify=False)
    print("ready", flush=True)
    previous: int | None = None
    n = 0
    while True:
        n += 1
        with companion.vault.session() as session:
            person = Person(name=f"writer {n}", notes="x" * (n % 97), created_at=T0, updated_at=T0)
            session.add(person)
            if previous is not None:
                old = session.get(Person, previous)
                if old is not None:
                    old.notes = f"updated after {n}"
                    session.add(old)
            session.flush()
            new_id = person.id
        # The session block has committed (durably: WAL with synchronous=FULL) before this line.
        print(new_id, flush=True)
        previous = new_id
