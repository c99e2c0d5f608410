from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "closeknit.accounts"
    label = "accounts"

    def ready(self) -> None:
        from . import export  # noqa: F401  (registers the export sections)
