"""The coach's output (Analysis, Label, Suggestion, Ammunition) and analyze()."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .ammunition import find_ammunition
from .labels import CLOSERS, EXPLANATIONS, LABELS, MODES
from .learned import ammunition_findings, label_findings, load_scorer
from .rules import KIND_ALWAYS, THRESHOLD, find_hits, score_labels
from .suggest import LEFT_OUT_OF_REWRITES, TRUSTED_FROM_RULES, suggest
from .text import normalize


@dataclass(frozen=True)
class Label:
    """One label found in a draft, with the words that triggered it."""

    label: str
    kind: str
    score: float
    span: tuple[int, int]
    evidence: str
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return data


@dataclass(frozen=True)
class Suggestion:
    """A concrete alternative: a one-sentence tip, and a rewrite when one can be made."""

    label: str | None
    text: str
    rewrite: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Ammunition:
    """In a conflict, a place where the draft uses something the other person disclosed."""

    score: float
    span: tuple[int, int]
    evidence: str
    explanation: str
    disclosed: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return data


@dataclass(frozen=True)
class Analysis:
    """Everything the coach noticed in one draft."""

    text: str
    mode: str
    labels: list[Label] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    ammunition: list[Ammunition] = field(default_factory=list)
    # Every label's confidence, reported or not: for measuring how well scores rank
    # drafts (ROC-AUC). Not part of the JSON: the labels above are what the coach says.
    confidence: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def names(self) -> set[str]:
        return {item.label for item in self.labels}

    def get(self, label: str) -> Label | None:
        return next((item for item in self.labels if item.label == label), None)

    def score(self, label: str) -> float:
        found = self.get(label)
        return found.score if found else 0.0

    def kinds_count(self) -> dict[str, int]:
        """How many door-openers and door-closers were found."""
        openers = sum(1 for item in self.labels if item.kind == "opener")
        return {"opener": openers, "closer": len(self.labels) - openers}

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "mode": self.mode,
            "labels": [item.to_dict() for item in self.labels],
            "suggestions": [item.to_dict() for item in self.suggestions],
            "ammunition": [item.to_dict() for item in self.ammunition],
            "counts": self.kinds_count(),
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            text=data["text"],
            mode=data["mode"],
            labels=[Label(**{**item, "span": tuple(item["span"])}) for item in data["labels"]],
            suggestions=[Suggestion(**item) for item in data["suggestions"]],
            ammunition=[
                Ammunition(**{**item, "span": tuple(item["span"])})
                for item in data.get("ammunition", [])
            ],
        )


def analyze(
    text: str, *, replying_to: str | None = None, mode: str = "reply", learned: bool = True
) -> Analysis:
    """Read a draft and say which door-openers and door-closers it contains.

    `mode` is "reply" (answering something shared), "share" (opening up) or
    "conflict" (a reply during a disagreement). `replying_to` is what the draft
    answers; in conflict mode it is also checked for disclosures being used as
    ammunition. The learned scorer (weights.json and weights.bin) decides which
    labels to report when it is present; `learned=False`, or missing or unusable
    weights, uses the hand-written rules alone. Raises ValueError for an unknown mode
    or non-string text.
    """
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    norm = normalize(text)
    hits = find_hits(norm, mode=mode, replying_to=replying_to)
    scored = score_labels(norm, hits)
    scorer = load_scorer() if learned and norm.text.strip() else None
    if scorer is None:
        found = [
            (name, score, (best.start, best.end))
            for name, (score, best) in scored.items()
            if score >= THRESHOLD
        ]
        findings = find_ammunition(norm, hits, mode=mode, replying_to=replying_to)
        confidence = {name: score for name, (score, _) in scored.items()}
    else:
        found, probabilities = label_findings(
            scorer, norm, mode=mode, replying_to=replying_to, hits=hits, rule_scores=scored
        )
        confidence = probabilities
        findings = []
        if mode == "conflict" and replying_to and replying_to.strip():
            findings = ammunition_findings(
                scorer, norm, hits=hits, replying_to=replying_to, probabilities=probabilities
            )
    labels = []
    for name, score, (tidy_start, tidy_end) in found:
        start, end = norm.span(tidy_start, tidy_end)
        labels.append(
            Label(
                label=name,
                kind="closer" if name in CLOSERS else "opener",
                score=score,
                span=(start, end),
                evidence=text[start:end],
                explanation=EXPLANATIONS[name],
            )
        )
    labels.sort(key=lambda item: (item.span[0], LABELS.index(item.label)))
    ammunition = [
        Ammunition(
            score=score,
            span=span,
            evidence=text[span[0] : span[1]],
            explanation=explanation,
            disclosed=disclosed,
        )
        for score, span, explanation, disclosed in findings
    ]
    spans = {item.label: item.span for item in labels}
    # Sentences the rewrites leave out (see suggest.py): reported closers of those kinds,
    # and what the rules are sure of even where the model reported nothing.
    hostile = [item.span for item in labels if item.label in LEFT_OUT_OF_REWRITES]
    hostile += [
        norm.span(hit.start, hit.end)
        for hit in hits
        if hit.label in TRUSTED_FROM_RULES and hit.weight >= THRESHOLD
    ]
    suggestions = [
        Suggestion(label=label, text=tip, rewrite=rewrite)
        for label, tip, rewrite in suggest(
            text,
            spans,
            mode=mode,
            replying_to=replying_to,
            ammunition=bool(ammunition),
            hostile=tuple(hostile),
            kind=tuple(norm.span(h.start, h.end) for h in hits if h.source == KIND_ALWAYS),
        )
    ]
    return Analysis(
        text=text,
        mode=mode,
        labels=labels,
        suggestions=suggestions,
        ammunition=ammunition,
        confidence=confidence,
    )
