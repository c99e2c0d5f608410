from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    # REMOTE_ADDR only: a self-hosted install behind a proxy should have the proxy
    # set it. Trusting X-Forwarded-For here would let anyone dodge rate limits.
    return request.META.get("REMOTE_ADDR") or None


def user_agent(request: HttpRequest) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:400]
