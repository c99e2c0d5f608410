"""Shared API schema pieces."""

from typing import Annotated, Any, Literal

from ninja import Path, Schema
from pydantic import AfterValidator

# Ids are 64-bit: anything larger is refused as a 422, not looked up.
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]
KindName = Literal["partner", "friend", "family", "other"]


class PersonOut(Schema):
    id: int
    display_name: str


def person_out(user: Any) -> dict[str, Any]:
    """A person as every API shows them: their id and the name they chose, nothing more."""
    return {"id": user.pk, "display_name": user.display_name}


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
