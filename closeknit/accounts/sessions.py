"""Database sessions that know their person, so sessions can be listed and revoked.

Only a digest of each session key is stored (like API tokens), so a copy of the
database or a backup cannot be used to take over someone's signed-in session.
"""

import hashlib
from typing import Any

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.base import CreateError, UpdateError
from django.contrib.sessions.backends.db import SessionStore as DBStore
from django.db import DatabaseError, IntegrityError, router, transaction
from django.utils import timezone


def stored_key(session_key: str) -> str:
    """What the database holds for a session key (40 hex characters of its SHA-256)."""
    return hashlib.sha256(session_key.encode()).hexdigest()[:40]


class SessionStore(DBStore):
    @classmethod
    def get_model_class(cls) -> Any:
        from .models import Session

        return Session

    def _get_session_from_db(self) -> Any:
        try:
            return self.model.objects.get(
                session_key=stored_key(self.session_key or ""), expire_date__gt=timezone.now()
            )
        except self.model.DoesNotExist:
            self._session_key = None
            return None

    def exists(self, session_key: str) -> bool:
        return bool(self.model.objects.filter(session_key=stored_key(session_key)).exists())

    def delete(self, session_key: str | None = None) -> None:
        key = session_key or self.session_key
        if key is not None:
            self.model.objects.filter(session_key=stored_key(key)).delete()

    def create_model_instance(self, data: dict[str, Any]) -> Any:
        obj = super().create_model_instance(data)
        obj.session_key = stored_key(obj.session_key)
        try:
            obj.user_id = int(data[SESSION_KEY])  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError):
            obj.user_id = None  # type: ignore[attr-defined]
        return obj

    def save(self, must_create: bool = False) -> None:
        # Like Django's, but an update touches only the session's own columns, so the
        # device details (ip, user agent, created_at) written at sign-in are kept.
        if self.session_key is None:
            return self.create()
        data = self._get_session(no_load=must_create)  # type: ignore[attr-defined]
        obj = self.create_model_instance(data)
        using = router.db_for_write(self.model, instance=obj)
        try:
            with transaction.atomic(using=using):
                if must_create:
                    obj.save(force_insert=True, using=using)
                else:
                    obj.save(update_fields=["session_data", "expire_date", "user"], using=using)
        except IntegrityError:
            if must_create:
                raise CreateError from None
            raise
        except DatabaseError:
            if not must_create:
                raise UpdateError from None
            raise
