"""Keeps the prompts table in line with the reviewed library file (content/prompts.json)."""

from __future__ import annotations

from functools import lru_cache

from closeknit.content.prompt_library import PromptSpec, load_prompts


@lru_cache(maxsize=1)
def _library() -> dict[str, PromptSpec]:
    return {spec.key: spec for spec in load_prompts()}


def library_text(key: str) -> str:
    spec = _library().get(key)
    return spec.text if spec else ""


def sync_library(*, using: str = "default") -> int:
    """Add new library prompts, update changed ones, retire removed ones. Returns how
    many prompts the library has."""
    from .models import Prompt

    specs = _library()
    existing = {p.key: p for p in Prompt.objects.using(using).filter(key__isnull=False)}
    new = []
    for key, spec in specs.items():
        found = existing.get(key)
        values = {"depth": spec.depth, "theme": spec.theme, "kinds": list(spec.kinds)}
        if found is None:
            new.append(Prompt(key=key, **values))
        elif found.retired or any(getattr(found, k) != v for k, v in values.items()):
            Prompt.objects.using(using).filter(pk=found.pk).update(retired=False, **values)
    Prompt.objects.using(using).bulk_create(new)
    gone = set(existing) - set(specs)
    Prompt.objects.using(using).filter(key__in=gone).update(retired=True)
    return len(specs)
