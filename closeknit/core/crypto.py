"""AES-GCM encryption for free text at rest.

Pure Python on top of `cryptography`; nothing here knows about Django. A
keyring holds one current key (used to encrypt) and any older keys (used only
to decrypt, during a key rotation). Every ciphertext names the key it was made
with, and is bound to the column it belongs to (associated data), so a value
copied into another column does not decrypt.

Stored form: ``ck1.<key id>.<base64url(nonce || ciphertext+tag)>``
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "ck1"
NONCE_BYTES = 12
KEY_BYTES = 32


class InvalidKey(ValueError):
    """A key is malformed."""


class DecryptionError(ValueError):
    """A stored value cannot be decrypted with the keys we have."""


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_key() -> str:
    """A fresh random 256-bit key, as text fit for a key file or an environment variable."""
    return _b64encode(AESGCM.generate_key(bit_length=256))


def key_id(raw_key: bytes) -> str:
    """A short, non-secret name for a key (so a ciphertext can say which key made it)."""
    return hashlib.sha256(b"closeknit-key-id:" + raw_key).hexdigest()[:8]


def parse_key(text: str) -> bytes:
    try:
        raw = _b64decode(text.strip())
    except (binascii.Error, ValueError) as exc:
        raise InvalidKey("an encryption key must be 32 bytes in base64url form") from exc
    if len(raw) != KEY_BYTES:
        raise InvalidKey(
            f"an encryption key must be 32 bytes in base64url form (this one is {len(raw)} bytes)"
        )
    return raw


@dataclass(frozen=True)
class Keyring:
    """The current key first, then older keys kept for reading during a rotation."""

    keys: tuple[tuple[str, bytes], ...]

    @classmethod
    def from_text(cls, text: str) -> Keyring:
        """Parse keys separated by commas or new lines; the first is the current key."""
        parts = [p.strip() for p in text.replace(",", "\n").splitlines()]
        raws = [parse_key(p) for p in parts if p and not p.startswith("#")]
        if not raws:
            raise InvalidKey("no encryption key given")
        return cls(keys=tuple((key_id(raw), raw) for raw in raws))

    @property
    def current_id(self) -> str:
        return self.keys[0][0]

    def ids(self) -> list[str]:
        return [kid for kid, _ in self.keys]

    @cached_property
    def _ciphers(self) -> dict[str, AESGCM]:
        # Built once per keyring: every encrypted column uses them on every row.
        return {kid: AESGCM(raw) for kid, raw in self.keys}

    def encrypt(self, plaintext: str, *, context: str) -> str:
        kid = self.current_id
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._ciphers[kid].encrypt(
            nonce, plaintext.encode("utf-8"), context.encode("utf-8")
        )
        return f"{PREFIX}.{kid}.{_b64encode(nonce + sealed)}"

    def decrypt(self, stored: str, *, context: str) -> str:
        try:
            prefix, kid, body = stored.split(".", 2)
        except ValueError:
            raise DecryptionError("this value is not in closeknit's encrypted form") from None
        if prefix != PREFIX:
            raise DecryptionError("this value is not in closeknit's encrypted form")
        cipher = self._ciphers.get(kid)
        if cipher is None:
            raise DecryptionError(
                f"this value was encrypted with key {kid}, which is not among the keys given"
            )
        try:
            blob = _b64decode(body)
            plain = cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            raise DecryptionError(
                f"this value does not decrypt with key {kid} (wrong key or damaged data)"
            ) from None
        return plain.decode("utf-8")

    def is_current(self, stored: str) -> bool:
        return stored.startswith(f"{PREFIX}.{self.current_id}.")
