import re
from collections import Counter

import pytest

from closeknit.content.feelings import FEELING_GROUPS, FEELINGS, NEEDS
from closeknit.demo import content

MAX_TEXT = 600
DEPTHS = {"light", "medium", "deep", None}
AFTERS = {"relieved", "neutral", "exposed"}
RATING_KEYS = {"understood", "accepted", "cared_for", "after", "helped"}
COUPLE = {"sam", "robin"}
FRIENDS = {"sam", "jules"}
SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")
TONE = {feeling.slug: group.tone for group in FEELING_GROUPS for feeling in group.feelings}

ALL_THREADS = [(thread, COUPLE) for thread in content.COUPLE_THREADS] + [
    (thread, FRIENDS) for thread in content.FRIEND_THREADS
]


def all_responses():
    for thread, people in ALL_THREADS:
        for response in thread["responses"]:
            yield thread, people, response


def all_ratings():
    for thread, _, response in all_responses():
        if response["rating"] is not None:
            yield thread, response["rating"]


def all_texts() -> list[str]:
    texts = [checkin["note"] for checkin in content.CHECKINS if checkin["note"]]
    for thread, _ in ALL_THREADS:
        texts.append(thread["text"])
        texts.extend(response["text"] for response in thread["responses"])
    texts.extend(appreciation["text"] for appreciation in content.APPRECIATIONS)
    return texts


def test_it_has_enough_of_everything() -> None:
    assert len(content.CHECKINS) >= 90
    assert len(content.COUPLE_THREADS) >= 45
    assert len(content.FRIEND_THREADS) >= 15
    assert len(content.APPRECIATIONS) >= 40


def test_it_spreads_checkins_across_the_three_people() -> None:
    people = Counter(checkin["person"] for checkin in content.CHECKINS)
    assert set(people) == {"sam", "robin", "jules"}
    assert 12 <= people["jules"] <= 20
    assert people["sam"] > people["jules"]
    assert people["robin"] > people["jules"]


def test_it_uses_only_the_checkin_fields() -> None:
    keys = {"person", "mood", "energy", "feelings", "need", "note", "shared"}
    for checkin in content.CHECKINS:
        assert set(checkin) == keys, checkin


def test_it_keeps_checkin_scores_in_range() -> None:
    for checkin in content.CHECKINS:
        assert checkin["mood"] in range(1, 6), checkin
        assert checkin["energy"] in range(1, 6), checkin
        assert isinstance(checkin["shared"], bool), checkin


def test_it_uses_only_known_feelings_and_needs() -> None:
    for checkin in content.CHECKINS:
        feelings = checkin["feelings"]
        assert 1 <= len(feelings) <= 4, checkin
        assert len(feelings) == len(set(feelings)), checkin
        assert all(feeling in FEELINGS for feeling in feelings), checkin
        assert checkin["need"] in NEEDS, checkin


def test_it_matches_mood_to_the_feelings() -> None:
    for checkin in content.CHECKINS:
        tones = Counter(TONE[feeling] for feeling in checkin["feelings"])
        if checkin["mood"] >= 4:
            assert tones["pleasant"] > tones["hard"], checkin
        if checkin["mood"] <= 2:
            assert tones["hard"] > tones["pleasant"], checkin


def test_it_leaves_about_a_third_of_notes_empty_and_shares_about_half() -> None:
    total = len(content.CHECKINS)
    empty = sum(1 for checkin in content.CHECKINS if checkin["note"] == "")
    shared = sum(1 for checkin in content.CHECKINS if checkin["shared"])
    assert 0.2 <= empty / total <= 0.45
    assert 0.4 <= shared / total <= 0.6


@pytest.mark.parametrize(
    ("threads", "people"), [("COUPLE_THREADS", COUPLE), ("FRIEND_THREADS", FRIENDS)]
)
def test_it_shapes_threads_correctly(threads: str, people: set[str]) -> None:
    for thread in getattr(content, threads):
        assert set(thread) == {"author", "depth", "text", "responses"}, thread
        assert thread["author"] in people, thread
        assert thread["depth"] in DEPTHS, thread
        assert 0 <= len(thread["responses"]) <= 4, thread
        for response in thread["responses"]:
            assert set(response) == {"author", "text", "rating"}, response


def test_it_alternates_speakers_starting_with_the_other_person() -> None:
    for thread, people in ALL_THREADS:
        (other,) = people - {thread["author"]}
        expected = [other, thread["author"]] * 2
        speakers = [response["author"] for response in thread["responses"]]
        assert speakers == expected[: len(speakers)], thread["text"]


def test_it_rates_only_responses_by_the_other_person() -> None:
    for thread, _, response in all_responses():
        if response["author"] == thread["author"]:
            assert response["rating"] is None, response
        else:
            assert response["rating"] is not None, response


def test_it_keeps_ratings_in_range() -> None:
    for _, rating in all_ratings():
        assert set(rating) == RATING_KEYS, rating
        for key in ("understood", "accepted", "cared_for"):
            assert rating[key] in range(1, 6), rating
        assert rating["after"] in AFTERS, rating
        assert isinstance(rating["helped"], bool), rating


def test_it_keeps_ratings_coherent() -> None:
    for _, rating in all_ratings():
        scores = [rating["understood"], rating["accepted"], rating["cared_for"]]
        if rating["helped"]:
            assert min(scores) >= 3 and rating["after"] != "exposed", rating
        if rating["after"] == "exposed":
            assert sum(scores) / 3 <= 3, rating
        if rating["after"] == "relieved":
            assert sum(scores) / 3 >= 3.5, rating


def test_it_includes_imperfect_responses_and_silent_threads() -> None:
    ratings = [rating for _, rating in all_ratings()]
    low = [r for r in ratings if (r["understood"] + r["accepted"] + r["cared_for"]) / 3 < 3]
    good = [r for r in ratings if min(r["understood"], r["accepted"], r["cared_for"]) >= 4]
    assert len(low) >= 5
    assert any(r["after"] == "exposed" for r in low)
    assert 0.15 <= sum(r["helped"] for r in good) / len(good) <= 0.35
    assert sum(1 for thread in content.COUPLE_THREADS if not thread["responses"]) >= 3


def test_it_uses_every_depth_in_couple_threads() -> None:
    assert {thread["depth"] for thread in content.COUPLE_THREADS} == DEPTHS


def test_it_sends_appreciations_between_the_right_people() -> None:
    pairs = {("sam", "robin"), ("robin", "sam"), ("jules", "sam"), ("sam", "jules")}
    for appreciation in content.APPRECIATIONS:
        assert set(appreciation) == {"author", "to", "text"}, appreciation
        assert (appreciation["author"], appreciation["to"]) in pairs, appreciation
    seen = Counter((a["author"], a["to"]) for a in content.APPRECIATIONS)
    assert set(seen) == pairs


def test_it_keeps_appreciations_specific() -> None:
    for appreciation in content.APPRECIATIONS:
        assert appreciation["text"].startswith("Thank you for "), appreciation
        assert len(appreciation["text"]) >= 80, appreciation


def test_it_keeps_texts_short_and_non_empty() -> None:
    for text in all_texts():
        assert text.strip() == text, text
        assert 0 < len(text) < MAX_TEXT, text


def test_it_keeps_shares_to_six_sentences_or_fewer() -> None:
    for thread, _ in ALL_THREADS:
        sentences = len(SENTENCE_END.findall(thread["text"]))
        assert 1 <= sentences <= 6, thread["text"]


def test_it_has_no_duplicate_texts() -> None:
    counts = Counter(all_texts())
    assert [text for text, n in counts.items() if n > 1] == []


def test_it_marks_quiet_and_busy_weeks() -> None:
    quiet, busy = content.QUIET_WEEKS, content.BUSY_WEEKS
    assert quiet and busy
    assert all(week in range(13) for week in [*quiet, *busy])
    assert not set(quiet) & set(busy)


def test_it_is_plain_data() -> None:
    with open(content.__file__, encoding="utf-8") as handle:
        source = handle.read()
    imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert imports == ["from typing import Final"]
