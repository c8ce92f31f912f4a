"""Real vaults for tests, made quickly: one template per session, copied for each test.

Making a vault costs an Argon2id derivation; a copy opened with its recovery code is the same
real SQLCipher file as a new profile, in a few milliseconds.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from companion.clock import FakeClock
from companion.facade import Companion
from companion.keystore import NoKeyStore

PASSPHRASE = "a long test passphrase"


def make_template(root: Path, start: datetime, *, country: str | None = None) -> tuple[Path, str]:
    """Create a vault at `root`; return it with its recovery code."""
    companion, code = Companion.create(
        root, PASSPHRASE, country=country, keystore=NoKeyStore(), clock=FakeClock(start)
    )
    companion.close()
    return root, code


def open_copy(template: tuple[Path, str], folder: Path, clock: FakeClock) -> Companion:
    """Copy the template's profile into `folder`/profile and open it."""
    source, code = template
    profile = folder / "profile"
    shutil.copytree(source, profile)
    return Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock)
