"""The key file (Argon2id + AES-GCM wrap), the recovery code and the passphrase rules."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from companion.domain.errors import CompanionError, VaultCorrupt, WrongPassphrase, WrongRecoveryCode
from companion.vault.keys import (
    KEY_BYTES,
    MIN_PASSPHRASE_LENGTH,
    KeyFile,
    format_recovery_code,
    generate_data_key,
    parse_recovery_code,
    passphrase_problem,
    passphrase_strength,
    raw_key_hex,
)

PASS = "quiet lantern evening"


@pytest.fixture(scope="module")
def wrapped() -> tuple[bytes, KeyFile]:
    key = generate_data_key()
    return key, KeyFile.wrap(key, PASS)


def test_wrap_unwrap_round_trip(wrapped: tuple[bytes, KeyFile]) -> None:
    key, key_file = wrapped
    assert len(key) == KEY_BYTES
    assert key_file.unwrap(PASS) == key
    assert key not in key_file.to_json()
    assert key.hex().encode() not in key_file.to_json()


def test_round_trip_through_the_file(wrapped: tuple[bytes, KeyFile], tmp_path: Path) -> None:
    key, key_file = wrapped
    key_file.save(tmp_path / "companion.key")
    loaded = KeyFile.load(tmp_path / "companion.key")
    assert loaded == key_file
    assert loaded.unwrap(PASS) == key


def test_two_wraps_of_one_key_differ(wrapped: tuple[bytes, KeyFile]) -> None:
    key, key_file = wrapped
    other = KeyFile.wrap(key, PASS)
    assert other.kdf.salt != key_file.kdf.salt
    assert other.wrapped != key_file.wrapped
    assert other.unwrap(PASS) == key


@pytest.mark.parametrize(
    "guess", ["quiet lantern evening ", "Quiet lantern evening", "", "x" * 200]
)
def test_wrong_passphrase(wrapped: tuple[bytes, KeyFile], guess: str) -> None:
    _key, key_file = wrapped
    with pytest.raises(WrongPassphrase) as caught:
        key_file.unwrap(guess)
    assert str(caught.value) == "That passphrase doesn't open this vault."


def test_rewrapped_keeps_vault_id_and_preference(wrapped: tuple[bytes, KeyFile]) -> None:
    from dataclasses import replace

    key, key_file = wrapped
    asking = replace(key_file, ask_passphrase_at_start=True)
    again = asking.rewrapped(key, "a brand new passphrase")
    assert again.vault_id == key_file.vault_id
    assert again.ask_passphrase_at_start is True
    assert again.unwrap("a brand new passphrase") == key
    with pytest.raises(WrongPassphrase):
        again.unwrap(PASS)


# --- a key file altered on disk -------------------------------------------------------------


def _doc(key_file: KeyFile) -> dict:
    return json.loads(key_file.to_json())


def _flip_b64(text: str, index: int) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index % len(raw)] ^= 0x40
    return base64.b64encode(bytes(raw)).decode()


def _tampered(key_file: KeyFile, change) -> KeyFile | None:
    """Apply `change` to the JSON document and load it back; None when loading already refused."""
    doc = _doc(key_file)
    change(doc)
    try:
        return KeyFile.from_json(json.dumps(doc).encode())
    except VaultCorrupt:
        return None


def _assert_refused_plainly(key_file: KeyFile, change) -> None:
    """Loading then unwrapping must end in WrongPassphrase or VaultCorrupt, nothing else."""
    try:
        loaded = _tampered(key_file, change)
        if loaded is None:
            return  # refused plainly while loading
        loaded.unwrap(PASS)
    except (WrongPassphrase, VaultCorrupt) as exc:
        assert "\n" not in str(exc)
        return
    pytest.fail("a tampered key file still unwrapped")


@pytest.mark.parametrize("index", [0, 5, 16, 31, 40, 47])
def test_flipped_ciphertext_byte(wrapped: tuple[bytes, KeyFile], index: int) -> None:
    _key, key_file = wrapped

    def change(doc: dict) -> None:
        doc["wrap"]["ciphertext"] = _flip_b64(doc["wrap"]["ciphertext"], index)

    _assert_refused_plainly(key_file, change)


@pytest.mark.parametrize("index", [0, 7, 15])
def test_flipped_salt_byte(wrapped: tuple[bytes, KeyFile], index: int) -> None:
    _key, key_file = wrapped

    def change(doc: dict) -> None:
        doc["kdf"]["salt"] = _flip_b64(doc["kdf"]["salt"], index)

    _assert_refused_plainly(key_file, change)


@pytest.mark.parametrize("index", [0, 11])
def test_flipped_nonce_byte(wrapped: tuple[bytes, KeyFile], index: int) -> None:
    _key, key_file = wrapped

    def change(doc: dict) -> None:
        doc["wrap"]["nonce"] = _flip_b64(doc["wrap"]["nonce"], index)

    _assert_refused_plainly(key_file, change)


def test_changed_vault_id(wrapped: tuple[bytes, KeyFile]) -> None:
    _key, key_file = wrapped

    def change(doc: dict) -> None:
        vid = doc["vault_id"]
        doc["vault_id"] = ("0" if vid[0] != "0" else "1") + vid[1:]

    _assert_refused_plainly(key_file, change)


def test_changed_kdf_cost_does_not_unwrap(wrapped: tuple[bytes, KeyFile]) -> None:
    _key, key_file = wrapped

    def change(doc: dict) -> None:
        doc["kdf"]["iterations"] = doc["kdf"]["iterations"] + 1

    _assert_refused_plainly(key_file, change)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("kdf", "iterations"), 0),
        (("kdf", "lanes"), 0),
        (("kdf", "memory_kib"), 1),
        (("kdf", "salt"), base64.b64encode(b"abc").decode()),
        (("wrap", "nonce"), base64.b64encode(b"abc").decode()),
        (("wrap", "nonce"), ""),
        (("wrap", "ciphertext"), ""),
    ],
    ids=[
        "iterations-0",
        "lanes-0",
        "memory-1",
        "short-salt",
        "short-nonce",
        "empty-nonce",
        "empty-ct",
    ],
)
def test_impossible_values_are_refused_plainly(
    wrapped: tuple[bytes, KeyFile], where: tuple[str, str], value: object
) -> None:
    """Values no Companion ever wrote must not escape as ValueError from the crypto library."""
    _key, key_file = wrapped

    def change(doc: dict) -> None:
        doc[where[0]][where[1]] = value

    _assert_refused_plainly(key_file, change)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not json at all",
        b"\xff\xfe\x00garbage",
        b"[]",
        b"42",
        b'{"format": "companion-key"}',
        b'{"format": "something-else", "version": 1}',
        b'{"format": "companion-key", "version": "one"}',
    ],
)
def test_unreadable_key_file(raw: bytes) -> None:
    with pytest.raises(VaultCorrupt) as caught:
        KeyFile.from_json(raw)
    assert "\n" not in str(caught.value)


def test_key_file_from_a_newer_version(wrapped: tuple[bytes, KeyFile]) -> None:
    _key, key_file = wrapped
    doc = _doc(key_file)
    doc["version"] = 99
    with pytest.raises(VaultCorrupt, match="newer version of Companion"):
        KeyFile.from_json(json.dumps(doc).encode())


def test_unknown_fields_survive_a_save(wrapped: tuple[bytes, KeyFile], tmp_path: Path) -> None:
    """A later release may add fields; an older one must not drop them when it rewrites the file."""
    _key, key_file = wrapped
    doc = _doc(key_file)
    doc["future_field"] = {"a": 1}
    loaded = KeyFile.from_json(json.dumps(doc).encode())
    loaded.save(tmp_path / "k")
    assert json.loads((tmp_path / "k").read_bytes())["future_field"] == {"a": 1}


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(VaultCorrupt, match="missing"):
        KeyFile.load(tmp_path / "companion.key")


# --- recovery code ----------------------------------------------------------------------------


def test_recovery_code_round_trip() -> None:
    for _ in range(50):
        key = generate_data_key()
        code = format_recovery_code(key)
        groups = code.split("-")
        assert len(groups) == 14
        assert all(len(g) == 4 for g in groups)
        assert set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-")
        assert parse_recovery_code(code) == key


def test_recovery_code_is_documented_base32_of_the_key() -> None:
    """docs/open-with-sqlcipher.md turns a code into the raw key this way; keep them in step."""
    key = generate_data_key()
    code = format_recovery_code(key)
    decoded = base64.b32decode(code.replace("-", ""))
    assert decoded[:32] == key
    assert decoded[:32].hex() == raw_key_hex(key)


def test_recovery_code_lower_case_and_spaces_accepted() -> None:
    key = generate_data_key()
    code = format_recovery_code(key)
    assert parse_recovery_code(code.lower()) == key
    assert parse_recovery_code(code.replace("-", " ")) == key
    assert parse_recovery_code("  " + code.replace("-", "").lower() + "\n") == key
    assert parse_recovery_code(" ".join(code.replace("-", ""))) == key


def test_recovery_code_look_alike_digits_accepted() -> None:
    key = bytes(range(32))
    code = format_recovery_code(key)
    swapped = code.replace("O", "0").replace("I", "1").replace("B", "8")
    assert parse_recovery_code(swapped) == key


def test_recovery_code_one_changed_character_is_caught() -> None:
    rng = random.Random(1234)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for _ in range(200):
        key = bytes(rng.getrandbits(8) for _ in range(32))
        chars = list(format_recovery_code(key).replace("-", ""))
        # The last character carries only padding bits' neighbours; change any of the others.
        i = rng.randrange(len(chars) - 1)
        chars[i] = rng.choice([c for c in alphabet if c != chars[i]])
        with pytest.raises(WrongRecoveryCode):
            parse_recovery_code("".join(chars))


@pytest.mark.parametrize("text", ["", "ABCD", "not a code", "!!!!-????", "A" * 200])
def test_recovery_code_nonsense(text: str) -> None:
    with pytest.raises(WrongRecoveryCode):
        parse_recovery_code(text)


def test_recovery_code_missing_group_is_caught() -> None:
    code = format_recovery_code(generate_data_key())
    with pytest.raises(WrongRecoveryCode):
        parse_recovery_code("-".join(code.split("-")[:-1]))


def test_recovery_code_refuses_a_short_key() -> None:
    with pytest.raises(ValueError):
        format_recovery_code(b"short")


# --- passphrase rules ----------------------------------------------------------------------------


def test_passphrase_problem() -> None:
    assert passphrase_problem("x" * (MIN_PASSPHRASE_LENGTH - 1)) == (
        f"Please use at least {MIN_PASSPHRASE_LENGTH} characters."
    )
    assert passphrase_problem("x" * MIN_PASSPHRASE_LENGTH) is None
    assert passphrase_problem(" leading space") is not None
    assert passphrase_problem("trailing space ") is not None
    assert passphrase_problem("inner spaces are fine") is None


def test_passphrase_strength_orders_sensibly() -> None:
    scores = [
        passphrase_strength(p)[0]
        for p in (
            "",
            "abcdefgh",
            "abcdefghijkl",
            "Abcdefgh1234!",
            "river lantern oak harbour cloud",
        )
    ]
    assert scores == [0, 1, 2, 3, 4]
    for p in ("", "abc", "correct horse battery staple"):
        score, hint = passphrase_strength(p)
        assert 0 <= score <= 4
        assert hint and "\n" not in hint


def test_errors_are_companion_errors() -> None:
    assert issubclass(WrongPassphrase, CompanionError)
    assert issubclass(WrongRecoveryCode, CompanionError)
    assert issubclass(VaultCorrupt, CompanionError)
