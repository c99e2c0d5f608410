from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "closeknit.relationships"
    label = "relationships"

    def ready(self) -> None:
        from . import export  # noqa: F401  (registers the export section)
