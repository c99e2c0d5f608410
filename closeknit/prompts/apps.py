from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync(sender: AppConfig, **kwargs: Any) -> None:
    from .library import sync_library

    sync_library(using=kwargs.get("using", "default"))


class PromptsConfig(AppConfig):
    name = "closeknit.prompts"
    label = "prompts"

    def ready(self) -> None:
        from closeknit.relationships.services import member_leaving

        from . import export  # noqa: F401  (registers the export section)
        from .services import member_left

        # The library file is the source of truth: every migrate brings the table in line.
        post_migrate.connect(_sync, sender=self)
        member_leaving.connect(member_left, dispatch_uid="prompts.member_left")
