import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from closeknit.content import prompt_library
from closeknit.content.prompt_library import (
    DEPTHS,
    KINDS,
    MAX_TEXT_LENGTH,
    THEMES,
    PromptSpec,
    counts_table,
    load_prompts,
    parse_prompts,
    validate,
)

KIND_MINIMUMS = {"friend": 110, "family": 110, "other": 100}
PRODUCT_THEME_ORDER = (
    "hopes",
    "fears",
    "history_and_family",
    "needs",
    "appreciation",
    "everyday_life",
    "conflict_and_repair",
    "values",
    "dreams",
    "memories",
    "body_and_health",
    "friendship",
    "growth",
)


@pytest.fixture(scope="module")
def library() -> list[PromptSpec]:
    return load_prompts()


def make_prompt(**overrides: object) -> PromptSpec:
    fields: dict[str, object] = {
        "key": "memories-kitchen-radio",
        "text": "Which song from the kitchen radio of your childhood can you still sing?",
        "depth": 1,
        "theme": "memories",
        "kinds": ("partner", "friend", "family", "other"),
    }
    fields.update(overrides)
    return PromptSpec(**fields)  # type: ignore[arg-type]


def problems_for(*prompts: PromptSpec) -> list[str]:
    # Coverage is tested on its own; here each test looks at one kind of problem.
    return validate(list(prompts), min_per_cell=0)


# The real library


def test_it_validates_the_library_with_no_problems(library: list[PromptSpec]) -> None:
    assert validate(library) == []


def test_it_has_at_least_230_prompts(library: list[PromptSpec]) -> None:
    assert len(library) >= 230


def test_it_fills_every_theme_and_depth(library: list[PromptSpec]) -> None:
    cells = Counter((p.theme, p.depth) for p in library)
    for theme in THEMES:
        for depth in DEPTHS:
            assert cells[(theme, depth)] >= 4, (theme, depth)


def test_it_suits_friends_family_and_others(library: list[PromptSpec]) -> None:
    by_kind = Counter(kind for p in library for kind in p.kinds)
    for kind, minimum in KIND_MINIMUMS.items():
        assert by_kind[kind] >= minimum, kind


def test_it_keeps_family_prompts_at_every_depth_of_every_theme(
    library: list[PromptSpec],
) -> None:
    # Depth consent only works if a family pair has something at each level.
    cells = Counter((p.theme, p.depth) for p in library if p.suits("family"))
    for theme in THEMES:
        for depth in DEPTHS:
            assert cells[(theme, depth)] >= 3, (theme, depth)


def test_it_lists_themes_in_product_order() -> None:
    assert tuple(THEMES) == PRODUCT_THEME_ORDER
    assert all(title for title in THEMES.values())


def test_it_writes_prompts_as_open_questions(library: list[PromptSpec]) -> None:
    for prompt in library:
        assert "?" in prompt.text, prompt.key
        assert prompt.text == prompt.text.strip(), prompt.key


# The validator catches each kind of problem


def test_it_accepts_a_good_prompt() -> None:
    assert problems_for(make_prompt()) == []


def test_it_catches_duplicate_keys() -> None:
    other = make_prompt(text="What board game would you happily play every week?")
    problems = problems_for(make_prompt(), other)
    assert any("duplicate key 'memories-kitchen-radio'" in p for p in problems)


def test_it_catches_duplicate_texts_despite_case_and_punctuation() -> None:
    first = make_prompt()
    second = make_prompt(
        key="memories-radio-again",
        text="  which song from the KITCHEN radio of your childhood can you still sing  ",
    )
    problems = problems_for(first, second)
    assert any(p.startswith("duplicate text") for p in problems)


def test_it_catches_near_duplicate_texts() -> None:
    first = make_prompt(text="What is one small thing that made you smile this week?")
    second = make_prompt(
        key="everyday-laugh-this-week",
        text="What was one small thing that made you laugh this week?",
    )
    problems = problems_for(first, second)
    assert any(p.startswith("near-duplicate") for p in problems)


def test_it_does_not_flag_different_questions_on_the_same_subject() -> None:
    first = make_prompt(text="What smell takes you straight back to your childhood?")
    second = make_prompt(key="memories-sound", text="Which sound do you miss from years ago?")
    assert problems_for(first, second) == []


@pytest.mark.parametrize("depth", [0, 4, "2", None, True])
def test_it_catches_bad_depths(depth: object) -> None:
    problems = problems_for(make_prompt(depth=depth))
    assert any("depth" in p for p in problems)


def test_it_catches_unknown_themes() -> None:
    problems = problems_for(make_prompt(theme="romance"))
    assert any("unknown theme 'romance'" in p for p in problems)


def test_it_catches_unknown_repeated_and_missing_kinds() -> None:
    assert any(
        "unknown kind 'colleague'" in p
        for p in problems_for(make_prompt(kinds=("friend", "colleague")))
    )
    assert any("kinds repeat" in p for p in problems_for(make_prompt(kinds=("friend", "friend"))))
    assert any("kinds is empty" in p for p in problems_for(make_prompt(kinds=())))


def test_it_catches_texts_that_are_too_long_or_empty() -> None:
    long_text = "Tell me " + "more and " * 40 + "what do you think?"
    assert len(long_text) > MAX_TEXT_LENGTH
    assert any("characters" in p for p in problems_for(make_prompt(text=long_text)))
    assert any("text is empty" in p for p in problems_for(make_prompt(text="   ")))


@pytest.mark.parametrize("key", ["Memories-Radio", "memories radio", "memories--radio", ""])
def test_it_catches_keys_that_are_not_slugs(key: str) -> None:
    problems = problems_for(make_prompt(key=key))
    assert any("key must be" in p for p in problems)


def test_it_catches_missing_theme_and_depth_cells(library: list[PromptSpec]) -> None:
    thinned = [p for p in library if not (p.theme == "fears" and p.depth == 3)]
    problems = validate(thinned)
    assert problems == ["theme fears at depth 3 has 0 prompts (at least 4 needed)"]


def test_it_catches_cells_below_the_minimum(library: list[PromptSpec]) -> None:
    growth_light = [p for p in library if p.theme == "growth" and p.depth == 1]
    thinned = [p for p in library if p not in growth_light[3:]]
    assert validate(thinned) == ["theme growth at depth 1 has 3 prompts (at least 4 needed)"]


def test_it_reports_a_changed_prompt_in_the_real_library(library: list[PromptSpec]) -> None:
    broken = [replace(library[0], depth=5), *library[1:]]
    problems = validate(broken)
    assert any(library[0].key in p and "depth 5" in p for p in problems)


# Loading


def test_it_loads_prompts_as_frozen_specs(library: list[PromptSpec]) -> None:
    prompt = library[0]
    assert isinstance(prompt.kinds, tuple)
    with pytest.raises(AttributeError):
        prompt.text = "changed"  # type: ignore[misc]


def test_it_loads_from_another_path(tmp_path: Path) -> None:
    path = tmp_path / "prompts.json"
    item = {"key": "a-b", "text": "Why?", "depth": 2, "theme": "hopes", "kinds": ["friend"]}
    path.write_text(json.dumps([item]), encoding="utf-8")
    assert load_prompts(path) == [PromptSpec("a-b", "Why?", 2, "hopes", ("friend",))]


@pytest.mark.parametrize(
    "raw",
    [
        {"key": "a"},
        [["not", "an", "object"]],
        [{"key": "a", "text": "Why?", "depth": 1, "theme": "hopes"}],
        [{"key": "a", "text": "Why?", "depth": 1, "theme": "hopes", "kinds": "friend"}],
        [{"key": "a", "text": "Why?", "depth": 1, "theme": "hopes", "kinds": [], "x": 1}],
    ],
)
def test_it_refuses_files_of_the_wrong_shape(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_prompts(raw)


# The counts table and the command


def test_it_mentions_every_theme_and_kind_in_the_counts_table(
    library: list[PromptSpec],
) -> None:
    table = counts_table(library)
    for theme in THEMES:
        assert theme in table
    for kind in KINDS:
        assert kind in table
    assert f"Prompts: {len(library)}" in table


def test_it_shows_unknown_themes_in_the_counts_table() -> None:
    assert "romance" in counts_table([make_prompt(theme="romance")])


def test_it_exits_cleanly_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert prompt_library.main() == 0
    out = capsys.readouterr().out
    assert "By theme and depth" in out
    assert "No problems." in out


def test_it_exits_with_one_when_there_are_problems(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(prompt_library, "load_prompts", lambda: [make_prompt(depth=9)])
    assert prompt_library.main() == 1
    assert "problem" in capsys.readouterr().out
