"""Knowledge gaps: intents people ask about often where the knowledge base does not serve them well.

An intent cluster is a gap when it is asked at least ``min_asks_per_week`` times a week and at
least one of these holds: it is a problem people troubleshoot (at least ``min_troubleshooting``
of its questions open a troubleshooting session) and no case matches it above ``case_confidence``;
its answers are slow (mean above ``slow_seconds``); or too many of its rated answers were not
helpful: at least ``not_helpful_ratio`` and significantly more than the org's own rate (one-sided
binomial test at ``alpha``), since with a few hundred rated answers some subject always lands
above a fixed ratio by chance (bench/usage_eval.py: half the false gaps on dev before the test). "No case" is not asked of plain look-ups ("p99 latency of X today"): the solution
library holds fixes, and a look-up has none to miss.
Each gap offers the plan's three remedies, so a person can pick one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from scipy.stats import binomtest

__all__ = ["OPTIONS", "ClusterUsage", "KnowledgeGap", "knowledge_gaps"]

OPTIONS = (
    "write a troubleshooting guide",
    "add commands to the knowledge base",
    "set up proactive monitoring",
)


@dataclass(frozen=True)
class ClusterUsage:
    """What the learning stage measured for one intent cluster over the lookback."""

    cluster_id: int
    label: str
    asks_per_week: float
    best_case_confidence: float | None  # best match among active cases; None when no case matches
    mean_answer_seconds: float | None
    not_helpful: int = 0
    rated: int = 0
    troubleshooting_share: float = 1.0  # share of its questions that opened a troubleshooting session
    org_not_helpful_rate: float = 0.0  # share of all the org's rated answers rated not helpful


@dataclass(frozen=True)
class KnowledgeGap:
    cluster_id: int
    label: str
    reasons: tuple[str, ...]  # no_case, slow_answers, not_helpful
    asks_per_week: float
    confidence: float
    evidence: dict
    options: tuple[str, ...] = OPTIONS


def knowledge_gaps(
    usage: Iterable[ClusterUsage],
    *,
    min_asks_per_week: float = 5.0,
    case_confidence: float = 0.6,
    slow_seconds: float = 10.0,
    not_helpful_ratio: float = 0.3,
    min_rated: int = 5,
    min_troubleshooting: float = 0.5,
    alpha: float = 0.001,
) -> list[KnowledgeGap]:
    """The gaps among ``usage``, most asked first.

    Confidence is the share of the three signals that fire, raised by how far the asking rate is
    above the threshold (twice the threshold counts fully), so a frequent intent with no case and
    unhappy feedback ranks above a borderline one with only slow answers.
    """
    out = []
    for u in usage:
        if u.asks_per_week < min_asks_per_week:
            continue
        reasons = []
        troubleshooting = u.troubleshooting_share >= min_troubleshooting
        if troubleshooting and (u.best_case_confidence is None or u.best_case_confidence < case_confidence):
            reasons.append("no_case")
        if u.mean_answer_seconds is not None and u.mean_answer_seconds > slow_seconds:
            reasons.append("slow_answers")
        if (
            u.rated >= min_rated
            and u.not_helpful / u.rated >= not_helpful_ratio
            and binomtest(u.not_helpful, u.rated, min(0.99, max(u.org_not_helpful_rate, 0.01)), alternative="greater")
            .pvalue < alpha
        ):
            reasons.append("not_helpful")
        if not reasons:
            continue
        demand = min(1.0, u.asks_per_week / (2 * min_asks_per_week))
        confidence = round(min(1.0, (0.4 + 0.2 * len(reasons)) * (0.5 + 0.5 * demand)), 3)
        out.append(
            KnowledgeGap(
                cluster_id=u.cluster_id,
                label=u.label,
                reasons=tuple(reasons),
                asks_per_week=round(u.asks_per_week, 2),
                confidence=confidence,
                evidence={
                    "asks_per_week": round(u.asks_per_week, 2),
                    "best_case_confidence": u.best_case_confidence,
                    "mean_answer_seconds": None if u.mean_answer_seconds is None else round(u.mean_answer_seconds, 2),
                    "not_helpful": [u.not_helpful, u.rated],
                    "org_not_helpful_rate": round(u.org_not_helpful_rate, 3),
                    "troubleshooting_share": round(u.troubleshooting_share, 3),
                    "thresholds": {
                        "min_asks_per_week": min_asks_per_week,
                        "case_confidence": case_confidence,
                        "slow_seconds": slow_seconds,
                        "not_helpful_ratio": not_helpful_ratio,
                    },
                },
            )
        )
    out.sort(key=lambda g: (-g.asks_per_week, g.cluster_id))
    return out
