"""A structural fuzz of backup files: every byte of the zip's local headers, central directory and
small members flipped, the file cut short at each of those bytes, and a sample of the database
member's bytes flipped. Each one either restores exactly the vault that was backed up, or is
refused with one plain line; never a traceback, never a changed vault.

At least 2,000 inputs (COMPANION_FUZZ_N for more), from a fixed seed, driven through the
function that reads a backup; a handful also go through the real `companion restore`."""

from __future__ import annotations

import hashlib
import os
import random
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from companion.domain.errors import CompanionError
from companion.facade import Companion
from companion.storage.backup import MAGIC, backup_now, read_backup
from companion.vault.keystore import NoKeyStore
from tests.cli.secret_procs import start_cli
from tests.helpers import cli_env, copy_vault, make_vault, snapshot

FUZZ_N = max(2000, int(os.environ.get("COMPANION_FUZZ_N", "2000")))
SEED = int(os.environ.get("COMPANION_FUZZ_SEED", "20"))
CLI_RUNS = 6


def _regions(data: bytes) -> dict[str, list[range]]:
    """Byte ranges of the backup file by role (offsets in the whole file, MAGIC included)."""
    base = len(MAGIC)
    zf = zipfile.ZipFile(BytesIO(data[base:]))
    headers, members, big = [], [], []
    for info in zf.infolist():
        start = base + info.header_offset
        name_len = int.from_bytes(data[start + 26 : start + 28], "little")
        extra_len = int.from_bytes(data[start + 28 : start + 30], "little")
        body = start + 30 + name_len + extra_len
        headers.append(range(start, body))
        target = big if info.compress_size > 4096 else members
        target.append(range(body, body + info.compress_size))
    central = [range(base + zf.start_dir, len(data))]
    return {
        "magic": [range(0, base)],
        "headers": headers,
        "central": central,
        "members": members,
        "database": big,
    }


def mutations(data: bytes, n: int, seed: int) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    regions = _regions(data)
    structural = [
        i for role in ("magic", "headers", "central", "members") for r in regions[role] for i in r
    ]
    header_bytes = [i for role in ("headers", "central") for r in regions[role] for i in r]
    database = [i for r in regions["database"] for i in r]
    out: list[tuple[str, bytes]] = []

    def flip(offset: int, mask: int) -> bytes:
        changed = bytearray(data)
        changed[offset] ^= mask
        return bytes(changed)

    for offset in structural:
        out.append((f"flip {offset}", flip(offset, rng.randrange(1, 256))))
    for offset in header_bytes:
        out.append((f"cut at {offset}", data[:offset]))
    while len(out) < n:
        roll = rng.random()
        if roll < 0.4:
            offset = rng.choice(database)
            out.append((f"flip database byte {offset}", flip(offset, rng.randrange(1, 256))))
        elif roll < 0.7:
            offset = rng.choice(structural)
            out.append(
                (f"set {offset}", flip(offset, data[offset] ^ rng.choice([0, 0xFF, 0x7F]) or 1))
            )
        elif roll < 0.85:
            changed = bytearray(data)
            for offset in rng.sample(structural, 3):
                changed[offset] ^= rng.randrange(1, 256)
            out.append(("three flips", bytes(changed)))
        else:
            out.append((f"cut at {(c := rng.randrange(len(data)))}", data[:c]))
    return out


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("fuzz-backup")
    made = make_vault(root / "profile")
    path = root / "original.companion-backup"
    with Companion.unlock(made.root, passphrase=made.passphrase, keystore=NoKeyStore()) as c:
        backup_now(c, path)
    unpacked = root / "unpacked.db"
    key_file = read_backup(path, unpacked)
    return made, path.read_bytes(), hashlib.sha256(unpacked.read_bytes()).digest(), key_file


def test_every_structural_change_is_refused_plainly_or_harmless(original, tmp_path: Path) -> None:
    _made, data, db_digest, key_file = original
    cases = mutations(data, FUZZ_N, SEED)
    assert len(cases) >= 2000
    source = tmp_path / "changed.companion-backup"
    unpacked = tmp_path / "unpacked.db"
    refused = harmless = 0
    for label, changed in cases:
        source.write_bytes(changed)
        unpacked.unlink(missing_ok=True)
        try:
            got = read_backup(source, unpacked)
        except CompanionError as exc:
            message = str(exc)
            assert "\n" not in message and message, label
            refused += 1
            continue
        except Exception as exc:
            pytest.fail(f"{label}: {type(exc).__name__}: {exc}")
        # Read whole: it must be exactly what was backed up (a changed byte in a field zipfile
        # ignores, such as a time stamp).
        assert hashlib.sha256(unpacked.read_bytes()).digest() == db_digest, label
        assert got.to_json() == key_file.to_json(), label
        harmless += 1
    assert refused > len(cases) * 0.8, (refused, harmless)


def test_damaged_backups_through_the_command_line(original, tmp_path: Path) -> None:
    made, data, _digest, _key = original
    rng = random.Random(SEED)
    picked = []
    for label, changed in rng.sample(mutations(data, 2000, SEED), 300):
        source = tmp_path / "probe.companion-backup"
        source.write_bytes(changed)
        try:
            read_backup(source, tmp_path / "probe.db")
        except CompanionError:
            picked.append((label, changed))
    profile = copy_vault(made, tmp_path / "profile")
    before = snapshot(profile.root)
    for label, changed in picked[:CLI_RUNS]:
        source = tmp_path / "damaged.companion-backup"
        source.write_bytes(changed)
        process = start_cli(
            "--profile",
            str(profile.root),
            "restore",
            str(source),
            "--recovery-code-stdin",
            env=cli_env(),
        )
        out, err = process.communicate((made.recovery_code + "\n").encode(), timeout=120)
        text = err.decode()
        assert process.returncode == 1, (label, out, text)
        assert text.count("\n") == 1 and "Traceback" not in text, (label, text)
        assert snapshot(profile.root) == before, label
