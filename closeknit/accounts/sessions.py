"""Database sessions that know their person, so sessions can be listed and revoked."""

from typing import Any

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.base import CreateError, UpdateError
from django.contrib.sessions.backends.db import SessionStore as DBStore
from django.db import DatabaseError, IntegrityError, router, transaction


class SessionStore(DBStore):
    @classmethod
    def get_model_class(cls) -> Any:
        from .models import Session

        return Session

    def create_model_instance(self, data: dict[str, Any]) -> Any:
        obj = super().create_model_instance(data)
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
