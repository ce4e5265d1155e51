"""Proactive recommendations from what a pass found: `predictive`, `spike` and `change_point`.

Each recommendation has a dedupe key naming the thing it is about (the group and the time of the
peak, spike or shift), unique per org, so a rerun of the pass updates the recommendation it made
before instead of adding another; its id is derived from that key and never changes. A later
pass sees the same shift or spike from one more hour of data, and may date it a little
differently (a spike's first hour judged against a new usual level, a shift placed a day
later): `keep_identity` recognises it as the recommendation already announced (same group,
overlapping spike hours or a shift in the same direction within `change_min_days`) and keeps
its key, so it is updated, never announced twice. Expiry is
when it stops being useful: the end of the predicted peak, a week after a spike, four weeks
after a shift.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from exporter.knowledge import recommendations
from exporter.knowledge.recommendation_kinds import ALL_KINDS as _ALL_KINDS
from exporter.learning.causes import Causes
from exporter.learning.detect import DAY, HOUR, GroupAnalysis, Incident
from exporter.learning.params import LearningParams
from exporter.learning.series import GroupKey
from exporter.store import Store, from_json, to_json
from exporter.store.base import Conn

KINDS = ("predictive", "spike", "change_point")
#: Every kind the recommendations table holds (exporter.knowledge.recommendation_kinds): the alert kinds
#: above and the usage patterns' own (a habit shortly before it is due, a knowledge gap).
ALL_KINDS = _ALL_KINDS
#: A recurring peak below this ratio to the usual level is a rhythm, not something to prepare for.
MIN_PREDICTIVE_RATIO = 3.0


@dataclass
class Recommendation:
    org: str
    kind: str
    group: str
    text: str
    evidence: dict
    dedupe_key: str
    expires_at: float
    # Where an annotation for it belongs on a graph ([start, end) epoch seconds); None for no annotation.
    span: tuple[float, float] | None = None

    @property
    def id(self) -> str:
        return recommendations.rec_id(self.org, self.dedupe_key)


def _when(ts: float, fmt: str = "%a %d %b %H:%M UTC") -> str:
    return datetime.fromtimestamp(ts, UTC).strftime(fmt)


def _rate(x: float) -> str:
    return f"{x:.1f}" if x < 10 else f"{x:.0f}"


def _describe(label: str) -> str:
    key = GroupKey.parse(label)
    return label if key is None else f"{key.alertname} ({key.severity}) on {key.service}"


def predictive(
    store: Store, org: str, analyses: list[GroupAnalysis], now: float, params: LearningParams, redact,
    causes: Causes | None = None,
) -> list[Recommendation]:
    causes = causes or Causes(store, org, now - (params.history_days + 35) * DAY, redact)
    out = []
    for a in analyses:
        for p in a.peaks:
            if not p.expected_soon or p.ratio < MIN_PREDICTIVE_RATIO:
                continue
            width = (p.end_hour - p.start_hour) * HOUR
            past = [(p.next_ts - k * 7 * DAY, p.next_ts - k * 7 * DAY + width) for k in range(1, p.weeks + 1)]
            cause = causes.recorded_cause([a.group], past)
            hours = (p.next_ts - now) / HOUR
            text = (
                f"{_describe(a.group)} is expected to peak {_when(p.next_ts)} (in {hours:.0f} h): "
                f"{p.text}, about {_rate(p.level)} alerts per hour."
            )
            if cause:
                text += f" Recorded at those times: {cause['text']}"
            text += " Reschedule the work behind it to off-peak hours, or get ready for it?"
            out.append(
                Recommendation(
                    org=org,
                    kind="predictive",
                    group=a.group,
                    text=text,
                    evidence={
                        "peak": {k: getattr(p, k) for k in ("weekday", "start_hour", "end_hour", "ratio", "level",
                                                            "occurrences", "weeks", "confidence")},
                        "next_occurrence": p.next_ts,
                        "past_occurrences": [w[0] for w in past],
                        "cause": cause,
                    },
                    dedupe_key=f"predictive:{a.group}:{int(p.next_ts)}",
                    expires_at=p.next_ts + width,
                    span=(p.next_ts, p.next_ts + width),
                )
            )
    return out


#: Weights of what makes two spikes alike: the groups they lit up (Jaccard), the same hour of
#: the week (within an hour), and a similar size (ratios within 3 e-folds). They sum to 1, so the
#: similarity is a weighted mean in [0, 1].
SIMILARITY_WEIGHTS = {"groups": 1.0 / 1.7, "slot": 0.5 / 1.7, "size": 0.2 / 1.7}
#: Least similarity for "most similar earlier spike" (the same groups alone, or a part of them at
#: the same hour of the week).
MIN_SIMILARITY = 0.5 / 1.7


def _similarity(a: Incident, b: Incident) -> float:
    """Similarity of two incidents in [0, 1] (1: same groups, same hour of the week, same size)."""
    ga, gb = set(a.groups), set(b.groups)
    jaccard = len(ga & gb) / len(ga | gb)
    same_slot = abs(((a.start - b.start) / HOUR) % 168) <= 1 or abs(((a.start - b.start) / HOUR) % 168) >= 167
    scale = 1.0 - min(1.0, abs(_log(a.ratio) - _log(b.ratio)) / 3.0)
    w = SIMILARITY_WEIGHTS
    return w["groups"] * jaccard + w["slot"] * same_slot + w["size"] * scale


def _log(x: float) -> float:
    return math.log(max(x, 1e-9))


def most_similar(incident: Incident, earlier: list[Incident]) -> tuple[Incident, float] | None:
    scored = [(e, _similarity(incident, e)) for e in earlier if e.end <= incident.start]
    scored = [s for s in scored if s[1] >= MIN_SIMILARITY - 1e-12]
    return max(scored, key=lambda s: (s[1], s[0].start)) if scored else None


def spikes(
    store: Store, org: str, found: list[Incident], now: float, params: LearningParams, redact,
    causes: Causes | None = None,
) -> list[Recommendation]:
    causes = causes or Causes(store, org, now - (params.history_days + 35) * DAY, redact)
    out = []
    recent = [i for i in found if i.end > now - params.spike_lookback_hours * HOUR]
    for inc in recent:
        match = most_similar(inc, found)
        similar = None
        if match is not None:
            prev, score = match
            cause = causes.recorded_cause(prev.groups, [(prev.start, prev.end)])
            similar = {"start": prev.start, "end": prev.end, "groups": prev.groups, "ratio": prev.ratio,
                       "similarity": round(score, 3), "cause": cause}
        for e in inc.episodes:
            others = [g for g in inc.groups if g != e.group]
            ratio = e.total / max(e.expected, 0.05)
            text = (
                f"{_describe(e.group)}: {e.total:.0f} alerts {_when(e.start)}–{_when(e.end, '%H:%M')}, "
                f"about {ratio:.0f}× the usual for those hours"
            )
            text += f", together with {len(others)} other alert group(s)." if others else "."
            if similar:
                text += f" Most similar earlier spike: {_when(similar['start'])} ({', '.join(similar['groups'])})"
                text += f"; recorded cause: {similar['cause']['text']}" if similar["cause"] else "; no cause recorded"
                text += "."
            out.append(
                Recommendation(
                    org=org,
                    kind="spike",
                    group=e.group,
                    text=text,
                    evidence={
                        "start": e.start, "end": e.end, "alerts": e.total, "expected": e.expected,
                        "p_value": e.p_value, "incident": {"start": inc.start, "end": inc.end, "groups": inc.groups,
                                                           "p_value": inc.p_value},
                        "similar": similar,
                    },
                    dedupe_key=f"spike:{e.group}:{int(e.start)}",
                    expires_at=inc.end + params.spike_ttl_hours * HOUR,
                    # One annotation per incident, on its leading group's recommendation.
                    span=(inc.start, inc.end) if e.group == inc.groups[0] else None,
                )
            )
    return out


def change_points(org: str, analyses: list[GroupAnalysis], now: float, params: LearningParams) -> list[Recommendation]:
    out = []
    since = now - params.change_lookback_days * DAY
    for a in analyses:
        for sh in a.shifts:
            if sh.time < since:
                continue
            direction = "up" if sh.level_after > sh.level_before else "down"
            rel = "" if sh.relative_change is None else f" ({sh.relative_change * 100:+.0f}%)"
            text = (
                f"{_describe(a.group)} has run at about {_rate(sh.level_after)} alerts per hour since "
                f"{_when(sh.time, '%a %d %b')}, {direction} from {_rate(sh.level_before)}{rel}, and has stayed there. "
                "A lasting shift like this usually follows a deploy or a configuration change made that day."
            )
            out.append(
                Recommendation(
                    org=org,
                    kind="change_point",
                    group=a.group,
                    text=text,
                    evidence={"time": sh.time, "level_before_per_hour": sh.level_before,
                              "level_after_per_hour": sh.level_after, "relative_change": sh.relative_change,
                              "confidence": sh.confidence},
                    dedupe_key=f"change_point:{a.group}:{int(sh.time)}",
                    expires_at=sh.time + params.change_lookback_days * DAY,
                    span=(sh.time, sh.time),
                )
            )
    return out


def keep_identity(store: Store, org: str, recs: list[Recommendation], params: LearningParams) -> list[Recommendation]:
    """Give each spike or change point the dedupe key of the active recommendation it continues."""
    previous: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for row in store.query(
        "SELECT kind, grp, dedupe_key, evidence FROM recommendations WHERE org_id = :o AND user_id = '' "
        "AND kind IN ('spike', 'change_point') AND status = 'active'",
        {"o": org},
    ):
        previous.setdefault((row["kind"], row["grp"]), []).append((row["dedupe_key"], from_json(row["evidence"], {})))
    taken: set[str] = set()
    for rec in recs:
        for key, old in previous.get((rec.kind, rec.group), []):
            if key == rec.dedupe_key or (key not in taken and _continues(rec, old, params)):
                rec.dedupe_key = key
                taken.add(key)
                break
    return recs


def _continues(rec: Recommendation, old: dict, params: LearningParams) -> bool:
    new = rec.evidence
    try:
        if rec.kind == "spike":
            return old["start"] <= new["end"] + HOUR and new["start"] <= old["end"] + HOUR
        if rec.kind == "change_point":
            same_way = (new["level_after_per_hour"] > new["level_before_per_hour"]) == (
                old["level_after_per_hour"] > old["level_before_per_hour"]
            )
            return same_way and abs(new["time"] - old["time"]) <= params.change_min_days * DAY
    except (KeyError, TypeError):  # evidence written by an older version: a new recommendation
        return False
    return False


def store_recommendations(conn: Conn, recs: list[Recommendation], now: float) -> None:
    """Insert new ones; a rerun refreshes text, evidence and expiry of the same (org, dedupe key)."""
    recommendations.upsert(conn, [
        {"id": r.id, "org": r.org, "kind": r.kind, "grp": r.group, "text": r.text, "evidence": to_json(r.evidence),
         "dedupe_key": r.dedupe_key, "now": now, "expires_at": r.expires_at}
        for r in recs
    ])
