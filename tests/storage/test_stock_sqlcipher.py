"""A stock SQLCipher 4 session, not Companion, opens the vault with nothing but the recovery code,
following docs/open-with-sqlcipher.md."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess

import pytest
import sqlcipher3

from tests.helpers import PROJECT_ROOT, MadeVault

DOC = PROJECT_ROOT / "docs" / "open-with-sqlcipher.md"


def _hex_from_code_stdlib_only(code: str) -> str:
    """The decoding companion/vault/keys.py documents: base32 of key + checksum, dashes between groups."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return base64.b32decode(cleaned)[:32].hex()


def _documented_one_liner() -> str:
    lines = [line for line in DOC.read_text().splitlines() if line.startswith("python3 -c ")]
    assert len(lines) == 1, "the doc should show exactly one python3 -c command"
    return lines[0]


def test_plain_sqlcipher3_session_reads_a_record(vault: MadeVault) -> None:
    key_hex = _hex_from_code_stdlib_only(vault.recovery_code)
    assert len(key_hex) == 64
    conn = sqlcipher3.connect(str(vault.db))
    try:
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        rows = conn.execute("SELECT name, notes FROM person").fetchall()
    finally:
        conn.close()
    assert rows == [("Ada Byron", "likes long walks")]


def test_wrong_key_reads_nothing(vault: MadeVault) -> None:
    conn = sqlcipher3.connect(str(vault.db))
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
            conn.execute("SELECT name FROM person").fetchall()
    finally:
        conn.close()


def test_documented_one_liner_gives_the_raw_key(vault: MadeVault) -> None:
    if shutil.which("python3") is None:
        pytest.skip("no python3 on PATH to run the documented command")
    command = _documented_one_liner()
    for typed in (vault.recovery_code, vault.recovery_code.lower().replace("-", " ")):
        done = subprocess.run(
            ["bash", "-c", command],
            input=typed + "\n",
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr
        printed = done.stdout.split()[-1]
        assert printed == vault.data_key.hex()


def test_documented_pragma_form(vault: MadeVault) -> None:
    text = DOC.read_text()
    assert "PRAGMA key = \"x'<hex>'\";" in text
    assert re.search(r"sqlcipher --version", text)


def _sqlcipher_shell_version() -> tuple[str, str] | None:
    shell = shutil.which("sqlcipher")
    if shell is None:
        return None
    done = subprocess.run(
        [shell, ":memory:", "PRAGMA cipher_version;"], capture_output=True, text=True, timeout=30
    )
    return shell, done.stdout.strip()


@pytest.mark.real
def test_sqlcipher_shell_opens_the_vault(vault: MadeVault) -> None:
    found = _sqlcipher_shell_version()
    if found is None:
        pytest.skip("no `sqlcipher` shell on PATH (apt-get install -y sqlcipher; version 4 needed)")
    shell, version = found
    if not version.startswith("4."):
        pytest.skip(
            f"the `sqlcipher` shell here is version {version or 'unknown'}, not 4 (Debian 12 ships 3)"
        )
    key_hex = _hex_from_code_stdlib_only(vault.recovery_code)
    done = subprocess.run(
        [shell, str(vault.db)],
        input=f"PRAGMA key = \"x'{key_hex}'\";\nSELECT name FROM person;\n",
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert "Ada Byron" in done.stdout, done.stderr
