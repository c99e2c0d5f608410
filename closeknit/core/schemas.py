"""Shared API schema pieces."""

from typing import Annotated

from pydantic import AfterValidator


def _storable(value: str) -> str:
    # NUL bytes cannot be stored in PostgreSQL text, and lone surrogates cannot be
    # encoded as UTF-8 for encryption: refuse both as bad input instead of failing later.
    if "\x00" in value:
        raise ValueError("Text cannot contain NUL characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("Text contains characters that cannot be stored.") from None
    return value


Text = Annotated[str, AfterValidator(_storable)]
