"""The conversation prompt library: loading, validation and a counts table.

The library lives in ``prompts.json`` next to this module, one prompt per line.
Each prompt has a stable ``key`` (answers and rounds refer to it, so a key never
changes once released), its ``text``, a ``depth`` (1 light, 2 medium, 3 deep),
a ``theme`` and the relationship ``kinds`` it suits.

Check the library after editing it::

    python -m closeknit.content.prompt_library

That prints prompt counts by depth, by theme and depth, and by kind, then lists
any problems and exits with status 1 if there are some.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from types import MappingProxyType

PROMPTS_PATH = Path(__file__).with_name("prompts.json")

# Order follows PRODUCT.md (capability D); titles are what people see.
THEMES: Mapping[str, str] = MappingProxyType(
    {
        "hopes": "Hopes",
        "fears": "Fears",
        "history_and_family": "History and family",
        "needs": "Needs",
        "appreciation": "Appreciation",
        "everyday_life": "Everyday life",
        "conflict_and_repair": "Conflict and repair",
        "values": "Values",
        "dreams": "Dreams",
        "memories": "Memories",
        "body_and_health": "Body and health",
        "friendship": "Friendship",
        "growth": "Growth",
    }
)
DEPTHS: Mapping[int, str] = MappingProxyType({1: "light", 2: "medium", 3: "deep"})
KINDS: tuple[str, ...] = ("partner", "friend", "family", "other")

MAX_TEXT_LENGTH = 280
MIN_PER_CELL = 4
# Two texts this similar (difflib ratio on normalised text) are one question
# asked twice; a pair would meet it again and feel the library was padded.
NEAR_DUPLICATE_RATIO = 0.88

KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = ("key", "text", "depth", "theme", "kinds")


@dataclass(frozen=True, slots=True)
class PromptSpec:
    """One prompt as written in the library file."""

    key: str
    text: str
    depth: int
    theme: str
    kinds: tuple[str, ...]

    def suits(self, kind: str) -> bool:
        """True when the prompt fits a relationship of this kind."""
        return kind in self.kinds


def load_prompts(path: Path | None = None) -> list[PromptSpec]:
    """Read the prompt library (``prompts.json`` unless another path is given).

    Raises ``ValueError`` when the file's shape is wrong (not a list, missing or
    unknown fields). Content problems are left to ``validate``.
    """
    raw = json.loads((path or PROMPTS_PATH).read_text(encoding="utf-8"))
    return parse_prompts(raw)


def parse_prompts(raw: object) -> list[PromptSpec]:
    """Turn decoded JSON into prompts, checking only the shape of each item."""
    if not isinstance(raw, list):
        raise ValueError("the prompt library must be a JSON list of objects")
    return [_parse_one(index, item) for index, item in enumerate(raw)]


def _parse_one(index: int, item: object) -> PromptSpec:
    if not isinstance(item, dict):
        raise ValueError(f"prompt #{index} is not an object")
    missing = [name for name in _FIELDS if name not in item]
    if missing:
        raise ValueError(f"prompt #{index} is missing {', '.join(missing)}")
    unknown = sorted(set(item) - set(_FIELDS))
    if unknown:
        raise ValueError(f"prompt #{index} has unknown fields {', '.join(unknown)}")
    if not isinstance(item["kinds"], list):
        raise ValueError(f"prompt #{index}: kinds must be a list")
    return PromptSpec(
        key=item["key"],
        text=item["text"],
        depth=item["depth"],
        theme=item["theme"],
        kinds=tuple(item["kinds"]),
    )


def validate(prompts: Sequence[PromptSpec], *, min_per_cell: int = MIN_PER_CELL) -> list[str]:
    """Every problem in the library, as plain sentences; an empty list means ready.

    Checks each prompt (key, text, depth, theme, kinds), duplicate keys,
    duplicate and near-duplicate texts, and that every theme has at least
    ``min_per_cell`` prompts at every depth.
    """
    problems: list[str] = []
    for prompt in prompts:
        problems.extend(_prompt_problems(prompt))
    problems.extend(_duplicate_key_problems(prompts))
    problems.extend(_duplicate_text_problems(prompts))
    problems.extend(_coverage_problems(prompts, min_per_cell=min_per_cell))
    return problems


def _prompt_problems(prompt: PromptSpec) -> Iterable[str]:
    key = prompt.key
    if not isinstance(key, str) or not KEY_PATTERN.match(key):
        yield f"{key!r}: key must be a lowercase slug like 'memories-first-home'"
    if not isinstance(prompt.text, str) or not prompt.text.strip():
        yield f"{key!r}: text is empty"
    elif len(prompt.text) > MAX_TEXT_LENGTH:
        yield f"{key!r}: text is {len(prompt.text)} characters (at most {MAX_TEXT_LENGTH})"
    # bool is an int in Python; True must not pass as depth 1.
    if isinstance(prompt.depth, bool) or prompt.depth not in DEPTHS:
        yield f"{key!r}: depth {prompt.depth!r} is not 1, 2 or 3"
    if prompt.theme not in THEMES:
        yield f"{key!r}: unknown theme {prompt.theme!r}"
    if not prompt.kinds:
        yield f"{key!r}: kinds is empty"
    for kind in prompt.kinds:
        if kind not in KINDS:
            yield f"{key!r}: unknown kind {kind!r}"
    repeated = sorted(kind for kind, n in Counter(prompt.kinds).items() if n > 1)
    if repeated:
        yield f"{key!r}: kinds repeat {', '.join(map(str, repeated))}"


def _duplicate_key_problems(prompts: Sequence[PromptSpec]) -> Iterable[str]:
    counts = Counter(prompt.key for prompt in prompts)
    for key, n in counts.items():
        if n > 1:
            yield f"duplicate key {key!r} ({n} prompts)"


def normalise_text(text: str) -> str:
    """Lowercase words only, so punctuation, case and spacing don't hide a repeat."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.replace("\u2019", "").replace("'", "")
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def _duplicate_text_problems(prompts: Sequence[PromptSpec]) -> Iterable[str]:
    texts = [(p.key, normalise_text(p.text)) for p in prompts if isinstance(p.text, str)]
    for i, (key_a, text_a) in enumerate(texts):
        matcher = SequenceMatcher(None, b=text_a, autojunk=False)
        for key_b, text_b in texts[i + 1 :]:
            if text_a == text_b:
                yield f"duplicate text: {key_a!r} and {key_b!r}"
                continue
            matcher.set_seq1(text_b)
            if (
                matcher.real_quick_ratio() >= NEAR_DUPLICATE_RATIO
                and matcher.quick_ratio() >= NEAR_DUPLICATE_RATIO
                and matcher.ratio() >= NEAR_DUPLICATE_RATIO
            ):
                yield f"near-duplicate texts: {key_a!r} and {key_b!r}"


def _coverage_problems(prompts: Sequence[PromptSpec], *, min_per_cell: int) -> Iterable[str]:
    cells = Counter((p.theme, p.depth) for p in prompts)
    for theme in THEMES:
        for depth in DEPTHS:
            n = cells[(theme, depth)]
            if n < min_per_cell:
                yield (
                    f"theme {theme} at depth {depth} has {n} prompts "
                    f"(at least {min_per_cell} needed)"
                )


def counts_table(prompts: Sequence[PromptSpec]) -> str:
    """A plain-text summary: counts by depth, by theme and depth, and by kind."""
    by_depth = Counter(p.depth for p in prompts)
    cells = Counter((p.theme, p.depth) for p in prompts)
    by_kind = Counter(kind for p in prompts for kind in p.kinds)
    # Unknown themes still get a row, so a typo shows up in the table too.
    themes = list(THEMES) + sorted({str(p.theme) for p in prompts} - set(THEMES))
    width = max(len(theme) for theme in themes) + 2

    lines = [f"Prompts: {len(prompts)}", "", "By depth"]
    for depth, name in DEPTHS.items():
        lines.append(f"  {depth} {name:<8}{by_depth[depth]:>5}")
    lines += ["", "By theme and depth", "  " + "theme".ljust(width) + "    1    2    3  total"]
    for theme in themes:
        row = [cells[(theme, depth)] for depth in DEPTHS]
        numbers = "".join(f"{n:>5}" for n in row)
        lines.append(f"  {theme:<{width}}{numbers}{sum(row):>7}")
    lines += ["", "By kind (a prompt can suit several kinds)"]
    for kind in KINDS:
        lines.append(f"  {kind:<10}{by_kind[kind]:>5}")
    return "\n".join(lines)


def main() -> int:
    """Print the counts table and any problems; 1 when there are problems."""
    prompts = load_prompts()
    print(counts_table(prompts))
    problems = validate(prompts)
    print()
    if not problems:
        print("No problems.")
        return 0
    print(f"{len(problems)} problem(s):")
    for problem in problems:
        print(f"  - {problem}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
