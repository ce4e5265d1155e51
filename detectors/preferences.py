"""How each person likes to work: favourite models, question types and sources, detail level, expertise.

Every finding carries a confidence and the evidence behind it, because the AI helper acts on it
("answer briefly") and a person may ask why. A favourite model is a *preference* only when the
person uses it significantly more than the rest of their org does (binomial test against the
org's share, leaving the person out): using the org's default model is not a preference. Detail
level comes from what people say and do: explicit requests for short answers, "too long" or
not-helpful ratings on long answers but not on short ones, and follow-ups such as "explain more"
well above the org's rate. Expertise is a small additive score over signals a person can check
(commands run, technical vocabulary, kind of questions), each listed in the evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from scipy.stats import binomtest, fisher_exact

__all__ = ["Activity", "Preference", "expertise", "preferences", "typical_shares", "wilson_lower"]

LONG_ANSWER_CHARS = 140
SHORT_MARKERS = re.compile(r"\b(short answer|brief(ly)?|tl;?dr|in one line|keep it short|just the number)\b", re.I)
FOLLOW_UP = re.compile(r"\b(explain more|more detail|elaborate|go deeper|why is that|tell me more)\b", re.I)
TOO_LONG = re.compile(r"\b(too long|too verbose|shorter)\b", re.I)
ADVANCED_COMMANDS = re.compile(
    r"\b(kubectl|psql|systemctl|journalctl|strace|perf|tcpdump|iptables|helm|terraform|promtool|jq|awk|sed)\b"
)
TECH_TERMS = re.compile(
    r"\b(p9[59]|p50|5xx|4xx|latency|percentile|slo|sli|statefulset|deployment|replication|wal|oom\w*|heap|"
    r"consumer lag|trace|span|pgbouncer|inode|cgroup|throttl\w*|saturation|error budget|quantile|rate\()",
    re.I,
)
BEGINNER = re.compile(r"^\s*(what is|what's a|what does|how do i|how can i|can you explain|is it bad)\b", re.I)


@dataclass
class Activity:
    """One person's recorded activity over the lookback, as the learning stage assembles it.

    ``answers`` holds one (answer length in characters, rating or None, followed up) per answer.
    """

    user: str
    questions: list[str] = field(default_factory=list)
    question_types: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    data_sources: list[str] = field(default_factory=list)
    answers: list[tuple[int, str | None, bool]] = field(default_factory=list)
    feedback_comments: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    troubleshooting_sessions: int = 0
    sessions: int = 0


@dataclass(frozen=True)
class Preference:
    """One learned preference: ``kind`` (model, query_type, data_source, detail_level, expertise), its value."""

    kind: str
    value: str
    confidence: float
    evidence: dict


def wilson_lower(successes: float, n: float, z: float = 1.96) -> float:
    """Lower bound of the Wilson score interval: a share that small samples cannot inflate."""
    if n <= 0:
        return 0.0
    p = successes / n
    denom = 1 + z * z / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / denom)


def typical_shares(per_person: Sequence[Mapping[str, int]], min_events: int = 10) -> dict[str, float]:
    """Each item's share for the org's typical person: the median over people with enough activity.

    The median, not the pooled share, because a few people with a strong preference of their own
    would otherwise pull the pooled share their way and make everyone else look "different".
    """
    people = [c for c in per_person if sum(c.values()) >= min_events] or [c for c in per_person if c]
    items = sorted({k for c in people for k in c})
    if not people:
        return {}
    out = {}
    for item in items:
        shares = sorted(c.get(item, 0) / sum(c.values()) for c in people)
        mid = len(shares) // 2
        out[item] = shares[mid] if len(shares) % 2 else (shares[mid - 1] + shares[mid]) / 2
    return out


def preferences(
    user: Activity,
    org_model_share: Mapping[str, float],
    org_follow_up_rate: float,
    *,
    alpha: float = 0.001,
    min_events: int = 10,
) -> list[Preference]:
    """Preferences of one person, against their org's counts (which include the person: left out here).

    Parameters
    ----------
    org_model_share : the typical person's share of each model in the org (`typical_shares`).
    org_follow_up_rate : share of the org's answers followed by an "explain more" request.
    """
    out: list[Preference] = []
    out.extend(_favourite_model(user, org_model_share, alpha, min_events))
    for kind, items in (("query_type", user.question_types), ("data_source", user.data_sources)):
        counts = Counter(items)
        if sum(counts.values()) >= min_events:
            value, k = counts.most_common(1)[0]
            n = sum(counts.values())
            out.append(
                Preference(
                    kind,
                    value,
                    round(wilson_lower(k, n), 3),
                    {"count": k, "of": n, "top": [{"value": v, "count": c} for v, c in counts.most_common(3)]},
                )
            )
    detail = _detail_level(user, org_follow_up_rate, alpha, min_events)
    if detail is not None:
        out.append(detail)
    level = expertise(user)
    if level is not None:
        out.append(level)
    return out


def _favourite_model(user: Activity, shares: Mapping[str, float], alpha: float, min_events: int) -> list[Preference]:
    mine = Counter(user.models)
    n = sum(mine.values())
    if n < min_events:
        return []
    model, k = mine.most_common(1)[0]
    base = min(0.99, max(shares.get(model, 0.0), 1 / (n + 1)))  # a model nobody else uses is not 0
    if k / n < 0.5 or binomtest(k, n, base, alternative="greater").pvalue >= alpha:
        return []
    return [
        Preference(
            "model",
            model,
            round(wilson_lower(k, n), 3),
            {"count": k, "of": n, "share": round(k / n, 3), "org_share": round(base, 3)},
        )
    ]


def _detail_level(user: Activity, org_rate: float, alpha: float, min_events: int) -> Preference | None:
    marked = sum(1 for q in user.questions if SHORT_MARKERS.search(q))
    too_long = sum(1 for c in user.feedback_comments if TOO_LONG.search(c))
    rated = [(length > LONG_ANSWER_CHARS, rating) for length, rating, _ in user.answers if rating]
    long_bad = sum(1 for is_long, r in rated if is_long and r == "not_helpful")
    long_n = sum(1 for is_long, _ in rated if is_long)
    short_bad = sum(1 for is_long, r in rated if not is_long and r == "not_helpful")
    short_n = len(rated) - long_n
    evidence: dict = {
        "short_answer_requests": marked,
        "too_long_comments": too_long,
        "not_helpful_long": [long_bad, long_n],
        "not_helpful_short": [short_bad, short_n],
    }
    short_votes = 0.0
    if len(user.questions) >= min_events and marked / len(user.questions) >= 0.2:
        short_votes += 1
    if long_n >= 3 and short_n >= 3:
        table = [[long_bad, long_n - long_bad], [short_bad, short_n - short_bad]]
        if fisher_exact(table, alternative="greater").pvalue < alpha:
            short_votes += 1
    if too_long >= 3:
        short_votes += 0.5
    answers = len(user.answers)
    follow = sum(1 for _, _, f in user.answers if f)
    evidence.update({"follow_ups": follow, "answers": answers, "org_follow_up_rate": round(org_rate, 3)})
    if short_votes >= 1:
        return Preference("detail_level", "short", round(min(1.0, 0.5 + 0.25 * short_votes), 3), evidence)
    if answers >= min_events and follow / answers >= 2 * max(org_rate, 0.01):
        p = binomtest(follow, answers, max(org_rate, 0.01), alternative="greater").pvalue
        if p < alpha:
            # 2x the org's rate reads 0.75, 4x reads 0.875
            confidence = 0.5 + 0.5 * (1 - max(org_rate, 0.01) * answers / follow)
            return Preference("detail_level", "detailed", round(confidence, 3), evidence)
    return None


def expertise(user: Activity, min_questions: int = 10) -> Preference | None:
    """beginner / intermediate / advanced from signals a person can check, or None with too little data.

    Points: advanced commands run (1 for a few, 2 for many), technical vocabulary in at least a
    third of the questions (1), troubleshooting sessions of their own (1); beginner-style questions
    ("what is ...", "how do I ...") in more than a quarter of them take a point away.
    """
    n = len(user.questions)
    if n < min_questions:
        return None
    advanced_cmds = sum(1 for c in user.commands if ADVANCED_COMMANDS.search(c))
    tech = sum(1 for q in user.questions if TECH_TERMS.search(q))
    beginner = sum(1 for q in user.questions if BEGINNER.search(q))
    score = 0
    score += 2 if advanced_cmds >= 5 else 1 if advanced_cmds >= 1 else 0
    score += 1 if tech / n >= 1 / 3 else 0
    score += 1 if user.troubleshooting_sessions >= 2 else 0
    score -= 1 if beginner / n > 0.25 else 0
    level = "advanced" if score >= 3 else "intermediate" if score >= 1 else "beginner"
    # confidence grows with the amount of evidence and with how far the score sits inside its band
    margin = {"advanced": score - 2.5, "intermediate": min(score - 0.5, 2.5 - score), "beginner": 0.5 - score}[level]
    confidence = min(1.0, n / 50) * min(1.0, 0.5 + 0.25 * margin)
    return Preference(
        "expertise",
        level,
        round(confidence, 3),
        {
            "score": score,
            "advanced_commands": advanced_cmds,
            "technical_questions": [tech, n],
            "beginner_questions": [beginner, n],
            "troubleshooting_sessions": user.troubleshooting_sessions,
        },
    )


def follow_up_flags(texts: Sequence[str]) -> list[bool]:
    """Which user messages are follow-up requests for more detail."""
    return [bool(FOLLOW_UP.search(t)) for t in texts]
