"""Every row of some models, to compare before and after: proof that nothing changed."""

from typing import Any

from django.db.models import Model


def rows_of(*models: type[Model]) -> list[list[dict[str, Any]]]:
    """All rows of each model, field by field, in primary-key order."""
    return [list(model._default_manager.order_by("pk").values()) for model in models]
