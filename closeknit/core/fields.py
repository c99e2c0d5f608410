"""A model field whose text is encrypted at rest (AES-GCM).

Every free-text field a person writes uses it. The database only ever holds
ciphertext; the key lives outside it (see keys.py). Encrypted values cannot be
searched or compared in SQL, so the field refuses lookups other than isnull.
"""

from __future__ import annotations

from typing import Any

from django.core import checks
from django.db import models

from .keys import keyring


class EncryptedTextField(models.TextField):
    description = "Text encrypted at rest with AES-GCM"

    def contribute_to_class(  # type: ignore[override]
        self, cls: type[models.Model], name: str, **kwargs: Any
    ) -> None:
        super().contribute_to_class(cls, name, **kwargs)
        # Bind each ciphertext to its column, so a value pasted elsewhere fails to decrypt.
        self.context = f"{cls._meta.label_lower}.{name}"

    def check(self, **kwargs: Any) -> list[checks.CheckMessage]:
        errors = super().check(**kwargs)
        if getattr(self, "db_index", False) or self.unique:
            errors.append(checks.Error("An encrypted field cannot be indexed or unique.", obj=self))
        return errors

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return keyring().encrypt(str(value), context=self.context)

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return keyring().decrypt(value, context=self.context)

    def get_lookup(self, lookup_name: str) -> Any:
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)
