from collections import Counter

import pytest

from closeknit.content.feelings import (
    FEELING_GROUPS,
    FEELINGS,
    NEEDS,
    SLUG_PATTERN,
    is_feeling,
    is_need,
)

NEED_SLUGS = ("talk", "heard", "reassurance", "space", "help", "closeness", "fun", "nothing")


def all_words() -> list[str]:
    return [feeling.slug for group in FEELING_GROUPS for feeling in group.feelings]


def test_it_has_about_sixty_words() -> None:
    assert 55 <= len(FEELINGS) <= 65


def test_it_has_eight_to_ten_groups() -> None:
    assert 8 <= len(FEELING_GROUPS) <= 10


def test_it_uses_unique_lowercase_ascii_slugs() -> None:
    words = all_words()
    assert len(words) == len(set(words))
    assert all(SLUG_PATTERN.match(slug) for slug in words)
    group_slugs = [group.slug for group in FEELING_GROUPS]
    assert len(group_slugs) == len(set(group_slugs))


def test_it_puts_every_word_in_exactly_one_group() -> None:
    counts = Counter(all_words())
    assert set(counts) == set(FEELINGS)
    assert all(n == 1 for n in counts.values())
    for group in FEELING_GROUPS:
        assert group.title
        assert group.feelings
        for feeling in group.feelings:
            assert FEELINGS[feeling.slug].group == group.slug


def test_it_mixes_pleasant_and_hard_feelings() -> None:
    tones = Counter(group.tone for group in FEELING_GROUPS for _ in group.feelings)
    assert tones["pleasant"] >= 20
    assert tones["hard"] >= 20


def test_it_offers_exactly_the_eight_needs_in_product_order() -> None:
    assert tuple(NEEDS) == NEED_SLUGS
    for slug, need in NEEDS.items():
        assert need.slug == slug
        assert need.label
        assert need.description.endswith(".")
        assert "\n" not in need.description


def test_it_recognises_feelings_and_needs() -> None:
    assert is_feeling("calm")
    assert is_feeling("overwhelmed")
    assert not is_feeling("Calm")
    assert not is_feeling("talk")
    assert is_need("heard")
    assert not is_need("calm")
    assert not is_need("")


def test_it_cannot_be_changed_at_runtime() -> None:
    with pytest.raises(TypeError):
        FEELINGS["new"] = FEELINGS["calm"]  # type: ignore[index]
    assert "new" not in FEELINGS
