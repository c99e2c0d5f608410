"""Whatever the text, the coach never raises and its spans and scores stay sane."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from closeknit.coach import analyze

PHRASES = st.sampled_from(
    [
        "you never",
        "calm down",
        "I'm sorry",
        "oh great",
        "what happened?",
        "🙄",
        "❤️",
        "I feel",
        "whatever",
        "YOUR",
        "dont",
        "İ",
        "ß",
        "\u200b",
        "\u2019",
        "\n",
        "...",
        "?!",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=40), PHRASES), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXTS,
    replying_to=st.one_of(st.none(), TEXTS),
    mode=st.sampled_from(["reply", "share", "conflict"]),
)
def test_it_never_raises_and_keeps_spans_inside_the_text(
    text: str, replying_to: str | None, mode: str
) -> None:
    analysis = analyze(text, replying_to=replying_to, mode=mode)
    found: list[tuple[tuple[int, int], str, float]] = [
        (item.span, item.evidence, item.score) for item in analysis.labels
    ] + [(item.span, item.evidence, item.score) for item in analysis.ammunition]
    for (start, end), evidence, score in found:
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == evidence
        assert 0.0 <= score <= 1.0
