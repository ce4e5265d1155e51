"""How each person likes to work: favourite models, question types and sources, detail level, expertise.

Every finding carries a confidence and the evidence behind it, because the AI helper acts on it
("answer briefly") and a person may ask why. A favourite model is a *preference* only when the
person uses it significantly more than the rest of their org does (binomial test against the
org's share, leaving the person out): using the org's default model is not a preference. Detail
level comes from what people say and do: explicit requests for short answers, "too long" or
not-helpful ratings on long answers but not on short ones, and follow-ups such as "explain more"
well above the org's rate. Expertise is stated only from signals a person can check: diagnostic
commands they ran (advanced) or questions asking what basic things mean (beginner).

Every kind abstains without evidence: the value is ``unknown``, the evidence says why and which
threshold was not met (`ABSTAIN`), so "no evidence" never reads as "beginner" or "short". The
thresholds were set on the dev seeds of bench/usage_eval.py before the test seeds were run.
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
BEGINNER = re.compile(
    r"(\bwhat (is|are|does) (an? |the )?\S+( \S+)? (mean|stand for)\b|^\s*what('s| is| are) (an?|the) \S+( \S+)?\??$|"
    r"\bhow (do|can|would|should) i (even |actually )?(see|find|check|read|know|tell|get|look)\b|"
    r"\bcan (you|someone|somebody|anyone) explain\b|\b(i'?m |i am )?new (here|to this|to this team)\b|\bnewbie\b|"
    r"\bnoob\b|\bbeginner\b|\b(basic|dumb|silly|stupid) question\b|\bsorry if (this|that)\b|\beli5\b|"
    r"\bi don'?t (understand|get) what\b|\bis it bad (if|that|when)\b)",
    re.I,
)
#: What each label needs (see the module docstring); the evidence of an ``unknown`` names the one missed.
ABSTAIN = {
    "min_events": 10,
    "short_request_share": 0.15,  # of a person's questions carrying or followed by "shorter please"
    "short_requests": 3,
    "too_long_comments": 3,
    "advanced_commands": 5,
    "advanced_command_share": 0.03,  # of the person's sessions
    "beginner_share": 0.2,  # of the person's questions
    "beginner_wilson_lower": 0.1,
}


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
    short_requests: int = 0  # "tl;dr", "keep it brief": alone or appended to a question


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
    out.extend(_favourite_model(user, org_model_share, alpha, min_events) or [_unknown_model(user, min_events)])
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
    out.append(_detail_level(user, org_follow_up_rate, alpha, min_events))
    out.append(expertise(user))
    return out


def _unknown_model(user: Activity, min_events: int) -> Preference:
    n = len(user.models)
    reason = (
        f"{n} model requests; a preference needs at least {min_events}"
        if n < min_events
        else "uses models like the rest of the org does (no model significantly above the org's share)"
    )
    return Preference("model", "unknown", 0.0, {"reason": reason, "requests": n})


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


def _detail_level(user: Activity, org_rate: float, alpha: float, min_events: int) -> Preference:
    marked = user.short_requests or sum(1 for q in user.questions if SHORT_MARKERS.search(q))
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
    n_q = len(user.questions)
    # asked in words: a few explicit requests among enough questions are evidence enough
    if n_q >= min_events and marked >= ABSTAIN["short_requests"] and marked / n_q >= ABSTAIN["short_request_share"]:
        short_votes += 1
    if long_n >= 3 and short_n >= 3:
        table = [[long_bad, long_n - long_bad], [short_bad, short_n - short_bad]]
        if fisher_exact(table, alternative="greater").pvalue < alpha:
            short_votes += 1
    if too_long >= ABSTAIN["too_long_comments"]:
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
    evidence["reason"] = (
        f"{n_q} questions and {answers} answers; a detail level needs at least {min_events}"
        if max(n_q, answers) < min_events
        else "no request for shorter answers above "
        f"{ABSTAIN['short_request_share']:.0%} of questions, no not-helpful bias against long answers, "
        "and follow-ups not well above the org's rate"
    )
    return Preference("detail_level", "unknown", 0.0, evidence)


def expertise(user: Activity, min_questions: int = ABSTAIN["min_events"]) -> Preference:
    """advanced / beginner from signals a person can check, else ``unknown`` with the reason.

    Advanced: at least `ABSTAIN["advanced_commands"]` diagnostic commands run, in at least
    `ABSTAIN["advanced_command_share"]` of their sessions. Beginner: questions asking what basic
    things mean or how to even look at them in at least `ABSTAIN["beginner_share"]` of their
    questions (Wilson lower bound above `ABSTAIN["beginner_wilson_lower"]`) and no diagnostic commands
    to speak of. Anything else, including a person who simply asks ordinary questions, is unknown:
    a level is a claim the AI helper acts on ("explain from the basics"), so silence is not one.
    """
    n = len(user.questions)
    advanced_cmds = sum(1 for c in user.commands if ADVANCED_COMMANDS.search(c))
    tech = sum(1 for q in user.questions if TECH_TERMS.search(q))
    beginner = sum(1 for q in user.questions if BEGINNER.search(q))
    sessions = max(user.sessions, 1)
    evidence = {
        "advanced_commands": [advanced_cmds, len(user.commands)],
        "sessions": user.sessions,
        "technical_questions": [tech, n],
        "beginner_questions": [beginner, n],
        "troubleshooting_sessions": user.troubleshooting_sessions,
        "thresholds": {k: v for k, v in ABSTAIN.items() if k.startswith(("advanced", "beginner", "min"))},
    }
    if advanced_cmds >= ABSTAIN["advanced_commands"] and advanced_cmds / sessions >= ABSTAIN["advanced_command_share"]:
        confidence = min(1.0, 0.5 + 0.5 * advanced_cmds / (4 * ABSTAIN["advanced_commands"]))
        return Preference("expertise", "advanced", round(confidence, 3), evidence)
    low = wilson_lower(beginner, n)
    if (
        n >= min_questions
        and beginner / n >= ABSTAIN["beginner_share"]
        and low >= ABSTAIN["beginner_wilson_lower"]
        and advanced_cmds < 2
    ):
        return Preference("expertise", "beginner", round(min(1.0, 0.5 + low), 3), evidence)
    if n < min_questions and advanced_cmds < ABSTAIN["advanced_commands"]:
        evidence["reason"] = f"{n} questions and {advanced_cmds} diagnostic commands: too little to judge"
    else:
        evidence["reason"] = (
            f"{advanced_cmds} diagnostic commands (advanced needs {ABSTAIN['advanced_commands']}) and "
            f"{beginner} of {n} questions asking what basics mean (beginner needs "
            f"{ABSTAIN['beginner_share']:.0%})"
        )
    return Preference("expertise", "unknown", 0.0, evidence)


def follow_up_flags(texts: Sequence[str]) -> list[bool]:
    """Which user messages are follow-up requests for more detail."""
    return [bool(FOLLOW_UP.search(t)) for t in texts]
