"""Mail servers for tests: one that is slow to answer, and one that refuses."""

from __future__ import annotations

import smtplib
import threading
from collections.abc import Sequence

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as OutboxBackend


class HeldBackend(OutboxBackend):
    """Delivers to the test outbox only once `release` is set, like a slow mail server."""

    release = threading.Event()

    def send_messages(self, messages: Sequence[EmailMessage]) -> int:
        self.release.wait(timeout=10)
        return super().send_messages(messages)


class RefusingBackend(BaseEmailBackend):
    """Refuses every recipient, quoting their address, and in the reply just its local part,
    as real mail servers do."""

    def send_messages(self, messages: Sequence[EmailMessage]) -> int:
        refused = {
            to: (550, f"5.1.1 <{to.split('@')[0]}>: Mailbox unavailable".encode())
            for m in messages
            for to in m.to
        }
        raise smtplib.SMTPRecipientsRefused(refused)
