from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "closeknit.core"
    label = "core"

    def ready(self) -> None:
        from .background import hold_jobs_until_response_finished

        hold_jobs_until_response_finished()
