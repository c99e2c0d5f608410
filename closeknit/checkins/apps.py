from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "closeknit.checkins"
    label = "checkins"

    def ready(self) -> None:
        from . import export  # noqa: F401  (registers the export section)
