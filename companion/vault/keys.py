"""The data key: made once, wrapped under the passphrase (Argon2id + AES-256-GCM) in a small key
file beside the database, and printable as a recovery code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.domain.errors import (
    KeyFileChanged,
    StorageError,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from companion.domain.i18n import N_, _
from companion.platform.fileio import atomic_write_bytes

KEY_BYTES = 32
KEY_FILE_FORMAT = "companion-key"
# 1: only the wrapped key was authenticated (with the vault id as associated data).
# 2: every field is: the wrap's associated data binds the fields fixed when the key is wrapped,
#    and a MAC keyed from the data key covers the whole file (see KeyFile).
KEY_FILE_VERSION = 2
FIRST_KEY_FILE_VERSION = 1
MIN_PASSPHRASE_LENGTH = 8
_MAC_INFO = b"companion key-file mac v2"


def generate_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings, stored beside the wrapped key so they can be raised later."""

    salt: bytes
    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(16))

    def derive(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))

    def to_doc(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "iterations": self.iterations,
            "lanes": self.lanes,
            "memory_kib": self.memory_kib,
        }


@dataclass(frozen=True)
class KeyFile:
    """What lies in `companion.key`. Nothing here is personal: a random id, KDF settings,
    the wrapped key and one preference that must be readable before unlocking.

    Every field is authenticated (version 2). The wrap's associated data binds the fields fixed
    when the key is wrapped (format, version, vault id, creation date, KDF settings), so a file
    relabelled as the first format no longer unwraps. A MAC (HMAC-SHA256 under a key derived
    from the data key with HKDF) covers the whole file, the preference included: the app holds
    the data key while unlocked, so it can change the preference without the passphrase, and
    every unlock checks the MAC once the data key is known, before anything in the file is
    acted on. Version 1 files (no MAC) still open; a passphrase unlock upgrades them.
    """

    vault_id: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes
    created: str
    ask_passphrase_at_start: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    version: int = KEY_FILE_VERSION
    mac: str = ""
    # The document as read from disk, canonical, without its MAC: what the MAC is checked over.
    signed: bytes = field(default=b"", repr=False, compare=False)

    @classmethod
    def wrap(
        cls,
        data_key: bytes,
        passphrase: str,
        *,
        vault_id: str | None = None,
        created: str | None = None,
        ask_passphrase_at_start: bool = False,
        extra: dict[str, Any] | None = None,
        kdf: KdfParams | None = None,
    ) -> KeyFile:
        kdf = kdf or KdfParams.fresh()
        return cls._made(
            kdf.derive(passphrase),
            data_key,
            vault_id=vault_id or uuid.uuid4().hex,
            kdf=kdf,
            created=created or datetime.now(UTC).isoformat(timespec="seconds"),
            ask_passphrase_at_start=ask_passphrase_at_start,
            extra=dict(extra or {}),
        )

    @classmethod
    def _made(
        cls,
        wrapping_key: bytes,
        data_key: bytes,
        *,
        vault_id: str,
        kdf: KdfParams,
        created: str,
        ask_passphrase_at_start: bool,
        extra: dict[str, Any],
    ) -> KeyFile:
        """A version-2 file: the key wrapped under `wrapping_key` with a fresh nonce, then sealed."""
        fields = cls(
            vault_id=vault_id,
            kdf=kdf,
            nonce=secrets.token_bytes(12),
            wrapped=b"",
            created=created,
            ask_passphrase_at_start=ask_passphrase_at_start,
            extra=extra,
        )
        wrapped = AESGCM(wrapping_key).encrypt(fields.nonce, data_key, fields._wrap_aad())
        return replace(fields, wrapped=wrapped).sealed(data_key)

    @property
    def first_format(self) -> bool:
        """Written before every field was authenticated (version 1): no MAC."""
        return self.version < KEY_FILE_VERSION

    def unwrap(self, passphrase: str) -> bytes:
        """The data key, once the passphrase unwraps it and the file's MAC holds."""
        data_key, _upgraded = self.unlock(passphrase)
        return data_key

    def unlock(self, passphrase: str) -> tuple[bytes, KeyFile | None]:
        """The data key, and for a first-format file its authenticated successor (not saved):
        same id, date, KDF settings and preference, the key rewrapped with a fresh nonce."""
        wrapping_key = self.kdf.derive(passphrase)
        try:
            key = AESGCM(wrapping_key).decrypt(self.nonce, self.wrapped, self._wrap_aad())
        except InvalidTag:
            raise WrongPassphrase() from None
        if len(key) != KEY_BYTES:
            raise VaultCorrupt(_("The key file is damaged: the key inside has the wrong length."))
        if not self.first_format:
            self.check(key)
            return key, None
        upgraded = KeyFile._made(
            wrapping_key,
            key,
            vault_id=self.vault_id,
            kdf=self.kdf,
            created=self.created,
            ask_passphrase_at_start=self.ask_passphrase_at_start,
            extra=dict(self.extra),
        )
        return key, upgraded

    def check(self, data_key: bytes, *, source: str | None = None) -> None:
        """Refuse a file whose fields don't match its MAC under `data_key`. A first-format file
        has nothing to check."""
        if self.first_format:
            return
        expected = _mac(data_key, self.signed or _canonical(self._document()))
        if not hmac.compare_digest(expected, self.mac):
            raise KeyFileChanged(source)

    def sealed(self, data_key: bytes) -> KeyFile:
        """This file with its MAC computed under `data_key` (after any change to a field)."""
        if self.first_format:
            raise ValueError("a first-format key file can't be sealed; upgrade it with unlock()")
        unsealed = replace(self, mac="", signed=b"")
        return replace(unsealed, mac=_mac(data_key, _canonical(unsealed._document())))

    def with_preference(self, data_key: bytes, *, ask_passphrase_at_start: bool) -> KeyFile:
        """The same file with the preference changed, sealed again (no passphrase needed)."""
        return replace(self, ask_passphrase_at_start=ask_passphrase_at_start).sealed(data_key)

    def rewrapped(self, data_key: bytes, new_passphrase: str) -> KeyFile:
        return KeyFile.wrap(
            data_key,
            new_passphrase,
            vault_id=self.vault_id,
            created=self.created,
            ask_passphrase_at_start=self.ask_passphrase_at_start,
            extra=self.extra,
        )

    def _wrap_aad(self) -> bytes:
        if self.first_format:
            return f"{KEY_FILE_FORMAT}:{self.vault_id}".encode()
        return _canonical(
            {
                "format": KEY_FILE_FORMAT,
                "version": self.version,
                "vault_id": self.vault_id,
                "created": self.created,
                "kdf": self.kdf.to_doc(),
            }
        )

    def _document(self) -> dict[str, Any]:
        """Every field but the MAC, as written to the file."""
        return {
            "format": KEY_FILE_FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": self.kdf.to_doc(),
            "wrap": {
                "cipher": "aes-256-gcm",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped),
            },
            "ask_passphrase_at_start": self.ask_passphrase_at_start,
            **self.extra,
        }

    def to_json(self) -> bytes:
        doc = self._document()
        if not self.first_format:
            if not self.mac:
                raise ValueError("an unsealed key file must not be written")
            doc["mac"] = self.mac
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, *, source: str | None = None) -> KeyFile:
        source = source or _("The key file")
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != KEY_FILE_FORMAT:
                raise ValueError("not a Companion key file")
            version = doc.get("version", 0)
            if type(version) is not int or version < FIRST_KEY_FILE_VERSION:
                raise ValueError("no version")
            if version > KEY_FILE_VERSION:
                raise VaultCorrupt(
                    _(
                        "{file} was written by a newer version of Companion. Update Companion to open it."
                    ).format(file=source)
                )
            mac = doc.pop("mac", "")
            if version >= 2 and (not isinstance(mac, str) or len(mac) != 64):
                raise ValueError("no MAC")
            if version < 2 and mac:  # a later file relabelled as the first format
                raise ValueError("a MAC in a first-format file")
            kdf_doc = doc["kdf"]
            if kdf_doc["name"] != "argon2id" or doc["wrap"]["cipher"] != "aes-256-gcm":
                raise ValueError("unknown key derivation or cipher")
            kdf = KdfParams(
                salt=_unb64(kdf_doc["salt"]),
                iterations=int(kdf_doc["iterations"]),
                lanes=int(kdf_doc["lanes"]),
                memory_kib=int(kdf_doc["memory_kib"]),
            )
            # Values no Companion ever wrote would otherwise fail deep inside the crypto library.
            if not (1 <= kdf.iterations <= 64 and 1 <= kdf.lanes <= 64):
                raise ValueError("impossible key derivation settings")
            if not (8 * kdf.lanes <= kdf.memory_kib <= 4 * 1024 * 1024) or len(kdf.salt) < 8:
                raise ValueError("impossible key derivation settings")
            if (
                len(_unb64(doc["wrap"]["nonce"])) != 12
                or len(_unb64(doc["wrap"]["ciphertext"])) != 48
            ):
                raise ValueError("the wrapped key has the wrong size")
            known = {
                "format",
                "version",
                "vault_id",
                "created",
                "kdf",
                "wrap",
                "ask_passphrase_at_start",
            }
            return cls(
                vault_id=str(doc["vault_id"]),
                kdf=kdf,
                nonce=_unb64(doc["wrap"]["nonce"]),
                wrapped=_unb64(doc["wrap"]["ciphertext"]),
                created=str(doc.get("created", "")),
                ask_passphrase_at_start=bool(doc.get("ask_passphrase_at_start", False)),
                extra={k: v for k, v in doc.items() if k not in known},
                version=version,
                mac=mac,
                # The MAC covers the fields exactly as they are in the file, types and spelling
                # included, not only what they mean once read.
                signed=_canonical(doc) if version >= 2 else b"",
            )
        except VaultCorrupt:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise VaultCorrupt(
                _(
                    "{file} is damaged or isn't a Companion key file ({reason}). Your recovery code can "
                    "still open the vault."
                ).format(file=source, reason=exc)
            ) from None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultCorrupt(
                _(
                    "The key file {file} is missing. Your recovery code can still open the vault."
                ).format(file=path)
            ) from None
        except OSError as exc:
            raise StorageError(
                _("Couldn't read the key file {file}: {reason}.").format(
                    file=path, reason=exc.strerror
                )
            ) from None
        return cls.from_json(raw, source=_("The key file {file}").format(file=path))

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_json())


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _mac(data_key: bytes, message: bytes) -> str:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key)
    return hmac.new(mac_key, message, hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- recovery code -------------------------------------------------------------------------
# The data key plus a 3-byte checksum, in base32: 56 characters shown as 14 groups of four.
# The checksum catches typing mistakes before we try (and fail) to open the vault.

_CHECK_BYTES = 3


def format_recovery_code(data_key: bytes) -> str:
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    check = hashlib.sha256(data_key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(data_key + check).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    # Readers confuse these; base32 has no 0, 1 or 8.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:  # binascii.Error is one
        raise WrongRecoveryCode() from None
    if len(raw) != KEY_BYTES + _CHECK_BYTES:
        raise WrongRecoveryCode()
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:_CHECK_BYTES] != check:
        raise WrongRecoveryCode()
    return key


def raw_key_hex(data_key: bytes) -> str:
    """The form stock SQLCipher takes: PRAGMA key = "x'<hex>'"."""
    return data_key.hex()


# --- passphrase strength -------------------------------------------------------------------


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase can't be used, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return _("Please use at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
    if passphrase.strip() != passphrase:
        return _("Please don't start or end the passphrase with a space.")
    return None


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough 0-4 score and a friendly hint; a guide, not a gate."""
    if not passphrase:
        return 0, _("A few unrelated words make a passphrase that's strong and easy to remember.")
    classes = sum(
        bool(pred)
        for pred in (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len([w for w in passphrase.replace("-", " ").split() if w])
    length = len(passphrase)
    unique = len(set(passphrase.lower()))
    score = 0
    if length >= MIN_PASSPHRASE_LENGTH:
        score = 1
    if length >= 12 and unique >= 6:
        score = 2
    if (length >= 16 and unique >= 8) or (length >= 12 and classes >= 3):
        score = 3
    if (length >= 20 and unique >= 10) or (words >= 4 and length >= 20):
        score = 4
    hints = {
        0: N_("Too short yet. A few unrelated words work well."),
        1: N_("Short. Adding another word or two makes it much stronger."),
        2: N_("Fair. One more word would make it strong."),
        3: N_("Strong."),
        4: N_("Very strong."),
    }
    return score, _(hints[score])
