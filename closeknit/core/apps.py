from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "closeknit.core"
    label = "core"
