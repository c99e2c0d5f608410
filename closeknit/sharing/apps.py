from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "closeknit.sharing"
    label = "sharing"

    def ready(self) -> None:
        from . import export  # noqa: F401  (registers the export sections)
