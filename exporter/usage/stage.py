"""The usage-patterns stage of the learning pass: one org at a time, everything it learns as patterns.

Per org, over the lookback: intent clusters of the questions (fine: for templates and the cache;
ids carried over by member overlap), subjects (what the questions are about across wording and
the org's service, host and database names: `detectors.subjects`), the top questions of the org
and of each person (templates with the org's names slotted), weekly habits and month-end spikes
(per person and org-wide, by subject, in the org's or the person's own time zone), each person's
preferences and expertise (``unknown`` with the reason when the evidence is thin), environment-
specific fixes from cases, and knowledge gaps by subject. Conversational turns are signals, never
questions (`collect`). Then the recommendations they lead to (a habit shortly
before it is due; a gap with its three remedies) and the pattern lifecycle (decay and expiry of
what was not found again). Each org is written in its own transaction.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from detectors.clustering import FLOOR as CLUSTER_FLOOR
from detectors.clustering import assign, cluster_intents, stable_ids
from detectors.entities import from_labels, learn_from_questions
from detectors.frequent import top_questions
from detectors.gaps import ClusterUsage, knowledge_gaps
from detectors.habits import (
    WEEKDAYS,
    WeeklyHabit,
    busy_month_ends,
    local_parts,
    month_end_spikes,
    next_due,
    weekly_habits,
)
from detectors.preferences import Activity, preferences, typical_shares
from detectors.subjects import group_subjects, reading
from detectors.templates import question_template
from exporter.knowledge import recommendations
from exporter.knowledge.recommendations import rec_id as _rec_id
from exporter.privacy.org_settings import timezones
from exporter.store import from_json, to_json
from exporter.store.base import Conn
from exporter.text import embeddings
from exporter.usage import collect, environments, repo, textvec
from exporter.usage.metrics import HABIT_RECOMMENDATIONS
from exporter.usage.repo import Pattern

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)
DAY = 86400.0
WEEK = 7 * DAY
_WORD = re.compile(r"[a-z0-9_]+")
SUBJECT_JOIN = 0.6  # cosine distance under which a non-contributor's template joins an org subject


@dataclass(frozen=True)
class UsageParams:
    """Knobs of the pass; defaults follow the plan (weekly habits over 8 weeks, gaps at 5 asks a week)."""

    lookback_weeks: int = 8
    habit_long_lookback_weeks: int = 16  # a habit held for months shows in twice the weeks (still recent: see _weekly_patterns)
    month_end_lookback_weeks: int = 18  # month ends come once a month: four of them, not the two in 8 weeks
    habit_min_week_share: float = 0.5  # "in most weeks": at least half; chance recurrence is the detector's test
    habit_alpha: float = 0.01  # weekly: the org's chance of one false habit (all people, subjects, levels, look-backs); month ends at half per level
    preference_alpha: float = 0.001  # per org, split over its people
    frequent_window_days: int = 28
    habit_lead_seconds: float = 3600.0  # a habit recommendation appears this long before it is due
    habit_notice_seconds: float = 300.0  # ... and names a time this much before the habit's usual time
    gap_min_asks_per_week: float = 5.0
    gap_case_similarity: float = 0.6
    gap_case_confidence: float = 0.5
    gap_slow_seconds: float = 10.0
    gap_not_helpful_ratio: float = 0.3
    max_member_keys: int = 500


def orgs(svc: Services, now: float, params: UsageParams | None = None) -> list[str]:
    """Every org with activity inside the usage look-back."""
    params = params or UsageParams()
    with svc.store.reading() as conn:
        return collect.orgs_with_activity(conn, now - params.lookback_weeks * WEEK)


def run_org(svc: Services, org: str, now: float, params: UsageParams | None = None) -> dict:
    """One org's usage patterns. The reading and the clustering of its history (seconds to minutes)
    take no write lock; only storing the result does, briefly (ingest waited 78 s behind one pass before)."""
    params = params or UsageParams()
    svc.usage_last_pass = now  # the success metrics' window ends there (the demo runs in the past)
    tz = getattr(svc.settings, "timezone", "UTC") or "UTC"
    t0 = time.perf_counter()
    with svc.store.reading() as conn:
        found = analyse_org(conn, org, now, tz, params)
    with svc.store.transaction() as conn:
        summary = store_org(conn, org, found, now)
    log.info("usage patterns for %s in %.2fs: %s", org, time.perf_counter() - t0, summary)
    return summary


def run(svc: Services, now: float, params: UsageParams | None = None) -> dict:
    return {org: run_org(svc, org, now, params) for org in orgs(svc, now, params)}


def learn_org(conn: Conn, org: str, now: float, tz: str, params: UsageParams) -> dict:
    """Analyse and store one org's usage in one transaction (tests, and callers that hold one)."""
    return store_org(conn, org, analyse_org(conn, org, now, tz, params), now)


def analyse_org(conn: Conn, org: str, now: float, tz: str, params: UsageParams) -> dict:
    """Everything learned about one org, from reads only (new text vectors are kept for `store_org`);
    ``tz`` is the server's default zone, used when the org set none of its own."""
    tz, user_tz = timezones(conn, org, tz)
    usage = collect.load(conn, org, now - max(params.lookback_weeks, params.month_end_lookback_weeks) * WEEK, now)
    pending: list[dict] = []
    patterns: list[Pattern] = []
    names = _names(conn, usage)
    template = {t: question_template(t, names) for t in {q.text for q in usage.questions}}
    distinct = sorted(template)
    vec = dict(zip(distinct, textvec.vectors(conn, org, distinct, pending), strict=True))
    cl = _clusters(conn, usage, params, vec)
    patterns.extend(cl["patterns"])
    sj = _subjects(conn, usage, template, vec, params, pending)
    patterns.extend(sj["patterns"])
    patterns.extend(_frequent(usage, now, params, template))
    habits = _habits(conn, usage, sj, now, tz, user_tz, params)
    patterns.extend(habits)
    patterns.extend(_preferences(usage, template, params))
    patterns.extend(environments.environment_patterns(conn, org))
    gaps = _gaps(conn, usage, sj, params)
    patterns.extend(gaps)
    adjust = repo.feedback_adjustments(conn, org)
    return {"patterns": patterns, "clusters": cl, "subjects": sj, "habits": habits, "gaps": gaps, "adjust": adjust,
            "params": params, "tz": tz, "vectors": pending}


def store_org(conn: Conn, org: str, found: dict, now: float) -> dict:
    """Write what `analyse_org` found (recommendations in the zone it resolved for the org): a short
    transaction of upserts and deletes."""
    patterns, cl, sj, tz = found["patterns"], found["clusters"], found["subjects"], found["tz"]
    textvec.store(conn, found["vectors"])
    refreshed = now - 1e-6
    repo.upsert(conn, patterns, now, found["adjust"])
    repo.drop_other_clusters(conn, org, [p.key for p in cl["patterns"]])
    repo.drop_other_clusters(conn, org, [p.key for p in sj["patterns"]], "subject")
    lifecycle = repo.age_out(conn, org, now, refreshed)
    recs = _recommendations(conn, org, found["habits"], found["gaps"], now, tz, found["params"])
    counts = Counter(p.type for p in patterns)
    return {"patterns": dict(counts), "recommendations": recs, "noise_ratio": cl["noise_ratio"], "timezone": tz,
            "subjects": len(sj["patterns"]), **lifecycle}


# ----------------------------------------------------------------------------------------------------
# Intent clusters


def _key(text: str) -> str:
    return hashlib.sha1(text.lower().encode()).hexdigest()[:12]


def _clusters(conn: Conn, usage: collect.OrgUsage, params: UsageParams, vec: dict[str, np.ndarray]) -> dict:
    """Clusters are org patterns: formed from contributors' questions; the others are only assigned to them."""
    since = usage.until - params.lookback_weeks * WEEK  # the longer month-end window is not clustered
    texts = sorted({q.text for q in usage.questions if q.contributes and q.ts >= since})
    out: dict[str, Any] = {
        "patterns": [], "of_question": [-1] * len(usage.questions), "ids": [], "noise_ratio": 0.0, "info": {}
    }
    if not texts:
        return out
    vectors = np.stack([vec[t] for t in texts])
    result = cluster_intents(vectors, texts)
    members = [[_key(texts[i]) for i in c.members] for c in result.clusters]
    ids = stable_ids(repo.previous_clusters(conn, usage.org), members)
    by_text = {t: i for i, t in enumerate(texts)}
    label_of_text = {t: int(lab) for t, lab in zip(texts, result.labels.tolist(), strict=True)}
    private = sorted({q.text for q in usage.questions if q.ts >= since} - label_of_text.keys())
    if result.clusters:
        _join_nearest(label_of_text, private, vec, result.centroids(), CLUSTER_FLOOR)
    of_question = [label_of_text.get(q.text, -1) for q in usage.questions]
    asked = Counter(
        lab for lab, q in zip(of_question, usage.questions, strict=True) if q.contributes and q.ts >= since
    )
    noise = asked.get(-1, 0) / max(sum(asked.values()), 1)
    weeks = params.lookback_weeks
    info = {}
    for c, cid in zip(result.clusters, ids, strict=True):
        rep = texts[c.representative]
        sample = sorted((texts[i] for i in c.members), key=lambda t: -float(vectors[by_text[t]] @ c.centroid))
        info[c.label] = {"id": cid, "label": rep, "centroid": c.centroid, "threshold": c.threshold}
        out["patterns"].append(
            Pattern(
                org_id=usage.org,
                type="cluster",
                key=f"cluster:{cid}",
                data={
                    "id": cid,
                    "label": rep,
                    "terms": list(c.terms),
                    "size": c.size,
                    "questions_asked": asked.get(c.label, 0),
                    "asks_per_week": round(asked.get(c.label, 0) / weeks, 2),
                    "members": sample[:20],
                    "member_keys": [_key(texts[i]) for i in c.members][: params.max_member_keys],
                    "cohesion": round(c.cohesion, 3),
                    "low_confidence_threshold": round(c.threshold, 3),
                    "centroid": [round(float(x), 5) for x in c.centroid],
                    "run_noise_ratio": round(noise, 4),
                    "run_questions": sum(asked.values()),
                },
                evidence={"members": sample[:50], "distinct_questions": c.size},
                confidence=round(float(min(1.0, max(0.0, c.cohesion))), 3),
            )
        )
    out.update({"of_question": of_question, "ids": ids, "noise_ratio": round(noise, 4), "info": info})
    return out


def _join_nearest(
    label_of: dict[str, int], others: list[str], vec: dict[str, np.ndarray], centroids: np.ndarray, floor: float
) -> None:
    """Texts outside a grouping (a non-contributor's questions, a template formed by no contributor)
    join the group of their nearest centroid at cosine similarity ``floor`` or more, else -1: the
    same rule for fine clusters and for subjects."""
    if others and len(centroids):
        a = assign(np.stack([vec[t] for t in others]), centroids, np.zeros(len(centroids)), floor)
        label_of.update(zip(others, (int(x) for x in a.labels.tolist()), strict=True))


def assign_questions(conn: Conn, org: str, texts: list[str]) -> list[dict]:
    """Between passes: which stored cluster each new question belongs to, with a low-confidence flag."""
    rows = conn.query(
        "SELECT data FROM learned_patterns WHERE org_id = :org AND user_id = '' AND type = 'cluster'",
        {"org": org},
    )
    if not rows or not texts:
        return [{"cluster": None, "similarity": 0.0, "low_confidence": True} for _ in texts]
    data = [from_json(r["data"], {}) for r in rows]
    centroids = np.array([d["centroid"] for d in data], dtype=np.float32)
    thresholds = np.array([d["low_confidence_threshold"] for d in data])
    a = assign(embeddings.embed(texts), centroids, thresholds)
    return [
        {
            "cluster": None if lab < 0 else int(data[lab]["id"]),
            "label": None if lab < 0 else data[lab]["label"],
            "similarity": round(float(sim), 3),
            "low_confidence": bool(low or lab < 0),
        }
        for lab, sim, low in zip(
            a.labels.tolist(), a.similarity.tolist(), a.low_confidence.tolist(), strict=True
        )
    ]


# ----------------------------------------------------------------------------------------------------
# Names and subjects


def _names(conn: Conn, usage: collect.OrgUsage, max_label_sets: int = 5000) -> dict[str, str]:
    """The org's service, host, database, queue and namespace names: its alert labels, then its questions."""
    rows = conn.query(
        "SELECT labels FROM alert_events WHERE org_id = :org ORDER BY starts_at DESC LIMIT :n",
        {"org": usage.org, "n": max_label_sets},
    )
    known = from_labels(from_json(r["labels"], {}) or {} for r in rows)
    texts = {question_template(t) for t in {q.text for q in usage.questions}}
    return {**learn_from_questions(texts, known), **known}


def _subjects(
    conn: Conn, usage: collect.OrgUsage, template: dict[str, str], vec: dict[str, np.ndarray], params: UsageParams,
    pending: list[dict] | None = None,
) -> dict:
    """Subjects are org patterns: grouped from contributors' templates; other questions join the nearest."""
    out: dict[str, Any] = {
        "patterns": [], "of_question": [-1] * len(usage.questions), "info": {}, "broad": np.zeros(0, dtype=np.int64)
    }
    asked = Counter(template[q.text] for q in usage.questions if q.contributes)
    if not asked:
        return out
    tpls = sorted(asked)
    every = sorted({template[q.text] for q in usage.questions})
    tvec = dict(zip(every, textvec.vectors(conn, usage.org, [reading(t) for t in every], pending), strict=True))
    g = group_subjects(np.stack([tvec[t] for t in tpls]), np.array([asked[t] for t in tpls], dtype=np.float64))
    of_tpl = {t: int(lab) for t, lab in zip(tpls, g.labels.tolist(), strict=True)}
    _join_nearest(of_tpl, [t for t in every if t not in of_tpl], tvec, g.centroids, 1 - SUBJECT_JOIN)
    of_question = [of_tpl.get(template[q.text], -1) for q in usage.questions]
    members: dict[int, Counter] = defaultdict(Counter)
    texts: dict[int, Counter] = defaultdict(Counter)
    recent: Counter = Counter()
    since = usage.until - params.lookback_weeks * WEEK
    for q, lab in zip(usage.questions, of_question, strict=True):
        if lab >= 0 and q.contributes:
            members[lab][template[q.text]] += 1
            texts[lab][q.text] += 1
            recent[lab] += q.ts >= since
    labs = sorted(members, key=lambda lab: (-sum(members[lab].values()), lab))
    ids = stable_ids(repo.previous_clusters(conn, usage.org, "subject"), [[_key(t) for t in members[lab]] for lab in labs])
    weeks = params.lookback_weeks
    for lab, sid in zip(labs, ids, strict=True):
        label = max(sorted(texts[lab]), key=texts[lab].get)  # the subject's most asked question, as asked
        centroid = np.mean([vec[t] for t in texts[lab]], axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
        top = members[lab].most_common(10)
        n = recent[lab]
        out["info"][lab] = {"id": sid, "label": label, "centroid": centroid, "templates": [t for t, _ in top[:3]]}
        out["patterns"].append(
            Pattern(
                org_id=usage.org,
                type="subject",
                key=f"subject:{sid}",
                data={
                    "id": sid,
                    "label": label,
                    "templates": [t for t, _ in top],
                    "size": len(members[lab]),
                    "questions_asked": n,
                    "asks_per_week": round(n / weeks, 2),
                    "member_keys": [_key(t) for t in members[lab]][: params.max_member_keys],
                },
                evidence={"templates": [{"template": t, "count": c} for t, c in top]},
                confidence=round(min(1.0, n / 20), 3),
            )
        )
    out["of_question"] = of_question
    out["broad"] = g.broad
    return out


# ----------------------------------------------------------------------------------------------------
# Frequent questions


def _frequent(usage: collect.OrgUsage, now: float, params: UsageParams, template: dict[str, str]) -> list[Pattern]:
    start = now - params.frequent_window_days * DAY
    qs = [q for q in usage.questions if q.ts >= start]
    if not qs:
        return []
    texts = [q.text for q in qs]
    templates = [template[t] for t in texts]
    ts = np.array([q.ts for q in qs])
    users = np.array([q.user for q in qs])
    out = []
    shared = np.array([q.contributes for q in qs], dtype=bool)
    scopes = [("", shared)] + [
        (u, users == u) for u in sorted(set(users.tolist())) if u
    ]
    for user, mask in scopes:
        idx = np.flatnonzero(mask)
        if len(idx) == 0:
            continue
        top = top_questions(
            [texts[i] for i in idx], ts[idx], start, now, templates=[templates[i] for i in idx]
        )
        if not top:
            continue
        out.append(
            Pattern(
                org_id=usage.org,
                user_id=user,
                type="frequent",
                key="top10",
                data={
                    "window_days": params.frequent_window_days,
                    "questions": [
                        {
                            "template": f.template,
                            "example": f.example,
                            "count": f.count,
                            "trend": f.trend,
                            "share": f.share,
                        }
                        for f in top
                    ],
                },
                evidence={
                    "questions_in_window": int(len(idx)),
                    "halves": [
                        {"template": f.template, "first": f.first_half, "second": f.second_half} for f in top
                    ],
                },
                confidence=round(min(1.0, len(idx) / 50), 3),
            )
        )
    return out


# ----------------------------------------------------------------------------------------------------
# Habits


@dataclass
class _Run:
    """One batch of questions the habit detectors read in one zone: a person's own (``level`` "user",
    ``person`` the asker) or the org's (contributors' only, ``person`` all 0)."""

    level: str
    zone: str
    ts: np.ndarray
    subject: np.ndarray
    broad: np.ndarray
    person: np.ndarray
    texts: np.ndarray
    users: list[str]
    asker: np.ndarray | None = None  # the org's run: who asked each question (whose rhythm its null is)

    def groups(self, level: str | bool) -> tuple[np.ndarray, int]:
        """Series codes (person x subject, or person x broad group) and the number of groups."""
        g = self.broad if level in (True, "broad") else self.subject
        n = int(g.max()) + 1
        return self.person * n + g, n

    def owner_of(self, series: int, n: int) -> str:
        return self.users[series // n] if self.level == "user" else ""


def _habit_runs(usage: collect.OrgUsage, sj: dict, tz: str, user_tz: dict[str, str]) -> list[_Run]:
    """A person's questions in their own zone (one run per zone), and the org's in its zone."""
    labs = np.array(sj["of_question"], dtype=np.int64)
    keep = labs >= 0
    if not keep.any() or not sj["info"]:
        return []
    qs = [q for q, k in zip(usage.questions, keep.tolist(), strict=True) if k]
    labs = labs[keep]
    broad = np.asarray(sj["broad"], dtype=np.int64)[labs]
    ts = np.array([q.ts for q in qs])
    texts = np.array([q.text for q in qs], dtype=object)
    users = sorted({q.user for q in qs})
    uidx = {u: i for i, u in enumerate(users)}
    code = np.array([uidx[q.user] for q in qs], dtype=np.int64)
    zone_of_user = np.array([user_tz.get(u, tz) for u in users])
    picks = [("user", zone, zone_of_user[code] == zone, code) for zone in sorted(set(zone_of_user.tolist()))]
    picks.append(("org", tz, np.array([q.contributes for q in qs], dtype=bool), np.zeros_like(code)))
    return [
        _Run(level, zone, ts[pick], labs[pick], broad[pick], person[pick], texts[pick], users,
             code[pick] if level == "org" else None)
        for level, zone, pick, person in picks
        if pick.any()
    ]


def _habits(
    conn: Conn, usage: collect.OrgUsage, sj: dict, now: float, tz: str, user_tz: dict[str, str], params: UsageParams
) -> list[Pattern]:
    """Weekly habits and month-end spikes per subject: a person's in their own zone, the org's in its zone.

    A subject first; its broad group (`detectors.subjects`) only where no subject of the group shows
    the habit for that person: one habit asked in two wordings MiniLM keeps apart is one habit. Last,
    subjects a person asks *together* in one weekday hour (`_together`), where the tree does not
    relate the wordings at all ("nxdomain for service", "dns lookups failing"): the same slot every
    week is what a habit is, so that is what joins them. The last two look only where the levels
    before found nothing. Every level and look-back of every run is one family at an equal share of
    the habit alpha, Bonferroni over all the org's people and subjects in it (`_weekly_patterns`):
    an org with many people has as little chance of a false habit as a small one (with a bar per
    subject, the more people and subjects, the more false habits). Month ends: subject, broad
    group, then a person's whole stream where neither showed one (`_month_end_patterns`)."""
    peaks = _alert_peaks(conn, usage.org)
    out: list[Pattern] = []
    runs = _habit_runs(usage, sj, tz, user_tz)
    tests = sum(len(_levels(run)) for run in runs) * len(_spans(params))
    for run in runs:
        parts = local_parts(run.ts, run.zone)
        out.extend(_weekly_patterns(usage.org, run, parts, sj, now, params, peaks, tests))
        out.extend(_month_end_patterns(usage.org, run, parts, sj, params))
    return out


def _dominant(subject: np.ndarray, inside: np.ndarray, fallback: int) -> int:
    """The subject most of the questions inside a window (or month end) are about."""
    got = np.bincount(subject[inside]) if inside.any() else None
    return int(got.argmax()) if got is not None else fallback


def _levels(run: _Run) -> tuple[str, ...]:
    return ("subject", "broad", "together") if run.level == "user" else ("subject", "broad")


def _spans(params: UsageParams) -> list[int]:
    return [params.lookback_weeks] + [w for w in (params.habit_long_lookback_weeks,) if w > params.lookback_weeks]


def _weekly_patterns(
    org: str, run: _Run, parts: Any, sj: dict, now: float, params: UsageParams, peaks: list[dict],
    tests: int | None = None,
) -> list[Pattern]:
    """Weekly habits of one run, level by level and look-back by look-back. Each call of the detector
    is one family (every window of every person's subject, group or set of subjects asked together, in
    one look-back) at an equal share of ``habit_alpha``: ``tests`` is how many such calls the org's
    pass makes (this run's alone when not given), so the org as a whole reports a habit where there
    is none with at most that chance, however many people and subjects it has."""
    wd, minute = parts["weekday"].to_numpy(), parts["minute"].to_numpy()
    out: list[Pattern] = []
    taken: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)  # (person, weekday) -> windows
    keys: set[tuple[str, str]] = set()
    levels, spans = _levels(run), _spans(params)
    alpha = params.habit_alpha / (tests or len(levels) * len(spans))
    for weeks, level in ((w, lv) for w in spans for lv in levels):
        idx, series, owner, user_of = _level_batch(run, level, wd, minute, now, weeks)
        recent = params.lookback_weeks if weeks > params.lookback_weeks else None
        for h in weekly_habits(run.ts[idx], series, owner, run.zone, now, weeks=weeks, recent_weeks=recent,
                               min_week_share=params.habit_min_week_share, alpha=alpha):
            user = user_of(h.series)
            if user is None:
                continue
            inside = np.zeros(len(run.ts), dtype=bool)
            inside[idx[(series == h.series) & (wd[idx] == h.weekday) & (minute[idx] >= h.start_minute)
                       & (minute[idx] < h.end_minute) & (run.ts[idx] >= now - weeks * WEEK)]] = True
            window = taken[(user, h.weekday)]
            if (level != "subject" or weeks != spans[0]) and any(
                s < h.end_minute and h.start_minute < e for s, e in window
            ):
                continue  # a subject (or its group, or the recent weeks) already has it
            lab = _dominant(run.subject, inside, 0)
            info = sj["info"][lab]
            key = f"weekly:subject:{info['id']}:{h.weekday}"
            if (user, key) in keys:
                continue
            keys.add((user, key))
            window.append((h.start_minute, h.end_minute))
            said = _asked(run.texts[inside & (run.subject == lab)], info["label"])
            out.append(_weekly_pattern(org, user, h, info, said, run.zone, now, peaks, key))
    return out


def _level_batch(run: _Run, level: str, wd: np.ndarray, minute: np.ndarray, now: float, weeks: int):
    """The questions (indices into the run, repeated where a question is in several series), series and
    owner codes one level's detector reads, and whose each series is (None: not to be reported)."""
    if level != "together":
        series, n = run.groups(level)
        owner = run.person if run.asker is None else run.asker
        return np.arange(len(run.ts)), series, owner, lambda code: run.owner_of(code, n)
    groups = _together(run, wd, minute, now, weeks)
    idx, series, owner, person_of = [], [], [], []
    for j, (person, subjects) in enumerate(groups):
        mine = np.flatnonzero(run.person == person)
        idx.append(mine)
        series.append(2 * j + np.isin(run.subject[mine], list(subjects)))
        owner.append(np.full(len(mine), j))
        person_of.append(person)
    if not groups:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), lambda c: None
    def user_of(code: int) -> str | None:
        return run.users[person_of[code // 2]] if code % 2 else None
    return np.concatenate(idx), np.concatenate(series), np.concatenate(owner), user_of


def _together(run: _Run, wd: np.ndarray, minute: np.ndarray, now: float, weeks: int, min_ratio: float = 2.0):
    """Subjects a person asks *together*: in the same weekday hour, each in two or more weeks and at
    ``min_ratio`` times its share of that person's questions there. A habit asked in wordings the
    subject tree does not relate ("nxdomain for service", "dns lookups failing") is one series when
    its parts fall in the same slot; the habit test then runs on it as on any subject."""
    recent = run.ts >= now - weeks * WEEK
    if not recent.any():
        return []
    i = np.flatnonzero(recent)
    week = ((now - run.ts[i]) // WEEK).astype(np.int64)
    rows = pd.DataFrame({"p": run.person[i], "s": run.subject[i], "d": wd[i], "h": minute[i] // 30, "w": week})
    rows = pd.concat([rows, rows.assign(h=rows["h"] - 1)])  # hour windows every 30 minutes
    cell = rows.groupby(["p", "d", "h", "s"]).agg(k=("w", "size"), weeks=("w", "nunique")).reset_index()
    base = pd.DataFrame({"p": run.person[i], "s": run.subject[i]})
    n_s = base.groupby(["p", "s"]).size().rename("n_s")
    n_p = base.groupby("p").size().rename("n_p")
    n_win = cell.groupby(["p", "d", "h"])["k"].sum().rename("n_win")
    cell = cell.join(n_s, on=["p", "s"]).join(n_p, on="p").join(n_win, on=["p", "d", "h"])
    over = cell[(cell["weeks"] >= 2) & (cell["k"] >= 2) & (cell["k"] >= min_ratio * cell["n_s"] * cell["n_win"] / cell["n_p"])]
    slot = over.groupby(["p", "d", "h"])["k"]
    over = over[(slot.transform("size") >= 2) & (slot.transform("sum") >= 4)].sort_values(["p", "d", "h", "s"])
    found: set[tuple[int, frozenset]] = set()
    if len(over):
        # one set of subjects per slot, split where the slot changes (a pandas group loop took seconds)
        key = over[["p", "d", "h"]].to_numpy()
        cut = np.flatnonzero((key[1:] != key[:-1]).any(axis=1)) + 1
        for p, subjects in zip(over["p"].to_numpy()[np.r_[0, cut]].tolist(),
                               np.split(over["s"].to_numpy().astype(int), cut), strict=True):
            found.add((int(p), frozenset(subjects.tolist())))
    return sorted(found, key=lambda x: (x[0], sorted(x[1])))


def _weekly_pattern(
    org: str, user: str, h: WeeklyHabit, info: dict, said: str, zone: str, now: float, peaks: list[dict], key: str
) -> Pattern:
    coincide = [
        p for p in peaks
        if p["weekday"] == h.weekday and p["start_hour"] < h.end_hour + 1 and p["end_hour"] > h.start_hour - 1
    ]
    data = {
        "kind": "weekly",
        "subject_id": info["id"],
        "subject": said,
        "subject_label": info["label"],
        "templates": info["templates"],
        "weekday": h.weekday,
        "start_hour": h.start_hour,
        "end_hour": h.end_hour,
        "start_minute": h.start_minute,
        "end_minute": h.end_minute,
        "typical_time": f"{h.typical_minute // 60:02d}:{h.typical_minute % 60:02d}",
        "timezone": zone,
        "description": f'asks about "{said}" on {h.describe()} ({zone})',
        "next_due": next_due(h, now, zone),
    }
    if coincide:
        data["coincides_with"] = coincide
        data["description"] += " — at the same time as the recurring alert peak of " + ", ".join(
            sorted({p["group"] for p in coincide})
        )
    evidence = {
        "count": h.count,
        "expected_by_null": round(h.expected, 3),
        "weeks_hit": h.weeks_hit,
        "weeks": h.weeks,
        "p_value": h.p_value,
        "null_model": "beta-binomials over the owner's time-of-day and weekday rhythm, series left out; "
        "weeks recurring against the same null (Poisson-binomial)",
    }
    return Pattern(org_id=org, user_id=user, type="habit", key=key, data=data, evidence=evidence,
                   confidence=h.confidence)


def _month_end_patterns(org: str, run: _Run, parts: Any, sj: dict, params: UsageParams) -> list[Pattern]:
    """Month-end spikes per subject, then per broad group, one per person and broad group; last, for a
    person with neither, their whole stream (`_busy_month_ends`)."""
    month_end = (parts["day"] > parts["month_days"] - 3).to_numpy()
    out: list[Pattern] = []
    seen: dict[str, set[int]] = defaultdict(set)  # person -> broad groups with a month-end spike
    for broad in (False, True):
        series, n = run.groups(broad)
        for m in month_end_spikes(run.ts, series, run.person, run.zone, alpha=params.habit_alpha / 2):
            user = run.owner_of(m.series, n)
            inside = (series == m.series) & month_end
            lab = _dominant(run.subject, inside, m.series % n)
            group = int(sj["broad"][lab])
            if group in seen[user]:
                continue  # one month-end spike per person and broad group: a split subject is one spike
            seen[user].add(group)
            data = {"days": m.days, "ratio": round(m.ratio, 2), "description": m.describe()}
            evidence = {
                "month_end_questions": m.count,
                "questions": m.total,
                "share": round(m.share, 3),
                "expected_share": round(m.expected_share, 3),
                "months_hit": m.months_hit,
                "months": m.months,
                "p_value": m.p_value,
            }
            out.append(_month_end_pattern(org, user, run, sj, lab, inside, data, evidence, m.confidence))
    if run.level == "user":
        out.extend(_busy_month_ends(org, run, sj, month_end, set(seen), params))
    return out


def _busy_month_ends(
    org: str, run: _Run, sj: dict, month_end: np.ndarray, spiked: set[str], params: UsageParams
) -> list[Pattern]:
    """A person busier at month end than their weekday rhythm predicts (`detectors.habits.busy_month_ends`,
    at half the habit alpha over the people), where no subject or broad group showed it: the spike
    is split over subjects the tree keeps apart, or hidden in one they ask all month. Named by the
    subject carrying the largest excess over the person's expected month-end share."""
    out: list[Pattern] = []
    for p, count, expected, p_value in busy_month_ends(run.ts, run.person, run.zone, alpha=params.habit_alpha / 2):
        user = run.users[p]
        if user in spiked:
            continue
        mine = run.person == p
        share = expected / max(int(mine.sum()), 1)
        k = np.bincount(run.subject[mine & month_end], minlength=int(run.subject.max()) + 1)
        n = np.bincount(run.subject[mine], minlength=len(k))
        lab = int(np.argmax(k - share * n))
        ratio = count / expected if expected > 0 else float("inf")
        data = {"days": 3, "ratio": round(ratio, 2),
                "description": f"{ratio:.1f}x the person's usual questions in the last 3 days of the month"}
        evidence = {
            "month_end_questions": count,
            "expected_by_null": round(expected, 3),
            "subject_month_end_questions": int(k[lab]),
            "subject_questions": int(n[lab]),
            "p_value": p_value,
            "null_model": "the person's questions per calendar weekday over their span, summed over the "
            "month-end days (Poisson); named by the subject with the largest excess",
        }
        out.append(_month_end_pattern(org, user, run, sj, lab, mine & month_end, data, evidence,
                                      round(min(1.0, 1 - expected / count), 3)))
    return out


def _month_end_pattern(
    org: str, user: str, run: _Run, sj: dict, lab: int, inside: np.ndarray, data: dict, evidence: dict,
    confidence: float,
) -> Pattern:
    info = sj["info"][lab]
    said = _asked(run.texts[inside & (run.subject == lab)], info["label"])
    return Pattern(
        org_id=org,
        user_id=user,
        type="habit",
        key=f"month_end:subject:{info['id']}",
        data={
            "kind": "month_end",
            "subject_id": info["id"],
            "subject": said,
            "subject_label": info["label"],
            "templates": info["templates"],
            **data,
            "timezone": run.zone,
            "description": f'questions about "{said}": {data["description"]} ({run.zone})',
        },
        evidence=evidence,
        confidence=confidence,
    )


def _asked(texts: np.ndarray, fallback: str) -> str:
    """What was asked there, in the asker's words: a subject's own label may be another of its wordings
    (or, where two subjects were grouped as one, about the other). A habit is asked in new words each
    time ("rps of checkout today", "load on pricing since monday"), so every text is asked once and the
    most asked is an accident of sorting; the text sharing the most words with the others (weighted by
    how often each was asked) stands for them, and one odd question of a mixed subject does not."""
    got = Counter(texts.tolist())
    if not got:
        return fallback
    distinct = sorted(got)
    words = [set(_WORD.findall(t.lower())) for t in distinct]
    weight = np.array([got[t] for t in distinct], dtype=np.float64)
    score = []
    for i, a in enumerate(words):
        near = np.array([len(a & b) / max(len(a | b), 1) for b in words])
        near[i] = 1.0
        score.append(float(near @ weight))
    return distinct[int(np.argmax(score))]


def _alert_peaks(conn: Conn, org: str) -> list[dict]:
    """Recurring alert peaks the detectors found for this org, to name beside a habit at the same time."""
    out = []
    for r in conn.query(
        "SELECT data FROM learned_patterns WHERE org_id = :org AND type = 'seasonal_peak'", {"org": org}
    ):
        d = from_json(r["data"], {})
        if {"weekday", "start_hour", "end_hour"} <= d.keys():
            out.append(
                {
                    "type": "seasonal_peak",
                    "group": str(d.get("group", "")),
                    "weekday": int(d["weekday"]),
                    "start_hour": int(d["start_hour"]),
                    "end_hour": int(d["end_hour"]),
                }
            )
    return out


# ----------------------------------------------------------------------------------------------------
# Preferences


def _preferences(usage: collect.OrgUsage, template: dict[str, str], params: UsageParams) -> list[Pattern]:
    users = sorted({q.user for q in usage.questions if q.user} | {u for u in usage.models if u})
    followed = {(s, u) for u, s, _ in usage.follow_ups}
    fb_by_target = {f["target_id"]: f for f in usage.feedback if f["target"] == "answer"}
    acts = {user: Activity(user=user) for user in users}
    # one sweep over each list (a scan per person was people x questions: minutes for big orgs)
    shorter = Counter(u for u, _, _ in usage.shorter)
    for q in usage.questions:
        a = acts.get(q.user)
        if a is not None:
            a.questions.append(q.raw)
            a.question_types.append(template[q.text])
            a.short_requests += q.style == "less_detail"
    for f in usage.feedback:
        if f["user_id"] in acts:
            acts[f["user_id"]].feedback_comments.append(f["comment"] or "")
    for s in usage.sessions.values():
        if s["user"] in acts:
            acts[s["user"]].sessions += 1
            acts[s["user"]].troubleshooting_sessions += s["type"] == "troubleshooting"
    for user, a in acts.items():
        a.short_requests += shorter[user]
        a.models = list(usage.models.get(user, []))
        a.data_sources = list(usage.sources.get(user, []))
        a.commands = list(usage.commands.get(user, []))
    for rid, r in usage.responses.items():
        a = acts.get(r["user"])
        if a is None:
            continue
        fb = fb_by_target.get(rid)
        first_in_session = usage.by_session[r["session"]][0] is r
        a.answers.append(
            (
                r["length"],
                fb["rating"] if fb else None,
                first_in_session and (r["session"], r["user"]) in followed,
            )
        )
    answered = sum(len(a.answers) for a in acts.values())
    org_rate = len(usage.follow_ups) / answered if answered else 0.0
    shares = typical_shares([Counter(a.models) for a in acts.values()])
    out = []
    for user, a in acts.items():
        # every person of the org is tested: the org's labels share one error budget (Bonferroni)
        for p in preferences(a, shares, org_rate, alpha=params.preference_alpha / max(1, len(acts))):
            out.append(
                Pattern(
                    org_id=usage.org,
                    user_id=user,
                    type="preference",
                    key=p.kind,
                    data={"kind": p.kind, "value": p.value},
                    evidence=p.evidence,
                    confidence=p.confidence,
                )
            )
    return out


# ----------------------------------------------------------------------------------------------------
# Knowledge gaps


def _gaps(conn: Conn, usage: collect.OrgUsage, sj: dict, params: UsageParams) -> list[Pattern]:
    """Knowledge gaps per subject: a subject asked often that the knowledge base serves badly."""
    if not sj["info"]:
        return []
    cases = repo.shared_cases(conn, usage.org, "c.id, c.confidence, c.embedding")
    case_vecs = [embeddings.from_blob(c["embedding"]) for c in cases]
    case_vecs_ok = [
        (c, v) for c, v in zip(cases, case_vecs, strict=True) if v is not None and len(v) == embeddings.DIM
    ]
    stats = _gap_stats(usage, sj, params)
    ratings = [f["rating"] for f in usage.feedback if f["target"] == "answer"]
    org_rate = sum(r == "not_helpful" for r in ratings) / len(ratings) if ratings else 0.0
    usage_rows = []
    for lab, st in stats.items():
        info = sj["info"][lab]
        best = None
        if case_vecs_ok:
            sims = np.array([float(v @ info["centroid"]) for _, v in case_vecs_ok])
            good = [
                float(c["confidence"])
                for (c, _), s in zip(case_vecs_ok, sims, strict=True)
                if s >= params.gap_case_similarity
            ]
            best = max(good) if good else None
        usage_rows.append(
            ClusterUsage(
                cluster_id=info["id"],
                label=info["label"],
                asks_per_week=st["n"] / params.lookback_weeks,
                best_case_confidence=best,
                mean_answer_seconds=float(np.mean(st["secs"])) if st["secs"] else None,
                not_helpful=sum(r == "not_helpful" for r in st["ratings"]),
                rated=len(st["ratings"]),
                troubleshooting_share=st["ts"] / st["n"],
                org_not_helpful_rate=org_rate,
            )
        )
    group_of = {sj["info"][lab]["id"]: int(sj["broad"][lab]) for lab in stats}
    return _one_per_group(_gap_patterns(usage.org, usage_rows, params), group_of)


def _one_per_group(gaps: list[Pattern], group_of: dict[int, int]) -> list[Pattern]:
    """One gap per broad group: a subject the tree split in two ("dns lookups failing", "nxdomain
    for service") is one thing the knowledge base lacks, reported once, by its most asked part, with
    the other parts named beside it."""
    by_group: dict[int, list[Pattern]] = defaultdict(list)
    for g in gaps:
        by_group[group_of[g.data["subject_id"]]].append(g)
    out = []
    for members in by_group.values():
        members.sort(key=lambda g: (-g.data["asks_per_week"], g.data["subject_id"]))
        head = members[0]
        if len(members) > 1:
            head.data["also"] = [{"subject_id": g.data["subject_id"], "subject": g.data["subject"],
                                  "asks_per_week": g.data["asks_per_week"]} for g in members[1:]]
        out.append(head)
    return out


def _gap_stats(usage: collect.OrgUsage, sj: dict, params: UsageParams) -> dict[int, dict]:
    """Per subject over the look-back: contributors' questions, troubleshooting ones, and each
    session's answer times and ratings once."""
    fb_by_target = {f["target_id"]: f for f in usage.feedback if f["target"] == "answer"}
    rated_by_session: dict[str, list[str]] = defaultdict(list)
    for rid, r in usage.responses.items():
        if rid in fb_by_target:
            rated_by_session[r["session"]].append(fb_by_target[rid]["rating"])
    stats: dict[int, dict] = defaultdict(
        lambda: {"n": 0, "ts": 0, "secs": [], "ratings": [], "sessions": set()}
    )
    since = usage.until - params.lookback_weeks * WEEK
    for q, lab in zip(usage.questions, sj["of_question"], strict=True):
        if lab < 0 or not q.contributes or q.ts < since:
            continue
        st = stats[lab]
        st["n"] += 1
        st["ts"] += q.session_type == "troubleshooting"
        if q.session in st["sessions"]:
            continue
        st["sessions"].add(q.session)
        st["secs"].extend(
            r["seconds"] for r in usage.by_session.get(q.session, []) if r["seconds"] is not None
        )
        st["ratings"].extend(rated_by_session.get(q.session, []))
    return stats


def _gap_patterns(org: str, usage_rows: list[ClusterUsage], params: UsageParams) -> list[Pattern]:
    found = knowledge_gaps(
        usage_rows,
        min_asks_per_week=params.gap_min_asks_per_week,
        case_confidence=params.gap_case_confidence,
        slow_seconds=params.gap_slow_seconds,
        not_helpful_ratio=params.gap_not_helpful_ratio,
    )
    return [
        Pattern(
            org_id=org,
            type="knowledge_gap",
            key=f"subject:{g.cluster_id}",
            data={
                "subject_id": g.cluster_id,
                "subject": g.label,
                "reasons": list(g.reasons),
                "asks_per_week": g.asks_per_week,
                "options": list(g.options),
            },
            evidence=g.evidence,
            confidence=g.confidence,
        )
        for g in found
    ]


# ----------------------------------------------------------------------------------------------------
# Recommendations


def _habit_rec_rows(
    org: str, habits: list[Pattern], now: float, tz: str, params: UsageParams
) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """A weekly habit due within the lead time: "the answer to your usual question is ready"."""
    rows = []
    served_keys = []
    for h in habits:
        due = h.data.get("next_due")
        if h.data.get("kind") != "weekly" or due is None or not 0 < due - now <= params.habit_lead_seconds:
            continue
        at = datetime.fromtimestamp(due - params.habit_notice_seconds, UTC)
        local = _local(at, tz)
        text = (
            f"{WEEKDAYS[h.data['weekday']]} {local:%H:%M}: the answer to your usual question "
            f'"{h.data["subject"]}" is ready'
        )
        if h.data.get("coincides_with"):
            text += " (alert peak expected at the same time)"
        dedupe = f"habit:{h.user_id}:{h.key}:{int(due)}"
        rows.append(
            {
                "id": _rec_id(org, dedupe),
                "org": org,
                "user": h.user_id,
                "kind": "habit",
                "grp": h.data["subject"][:200],
                "text": text,
                "evidence": to_json(
                    {
                        "pattern": {"user_id": h.user_id, "type": h.type, "key": h.key},
                        "habit": h.data["description"],
                        "due": due,
                        **h.evidence,
                    }
                ),
                "dedupe": dedupe,
                "now": now,
                "exp": due + 2 * 3600,
            }
        )
        served_keys.append((h.user_id, h.type, h.key))
    return rows, served_keys


def _gap_rec_rows(org: str, gaps: list[Pattern], now: float) -> list[dict]:
    """A knowledge gap, once a week, with its three remedies."""
    rows = []
    week = datetime.fromtimestamp(now, UTC).strftime("%G-W%V")
    for g in gaps:
        dedupe = f"knowledge_gap:{g.key}:{week}"
        reasons = {
            "no_case": "no troubleshooting case covers it",
            "slow_answers": "answers are slow",
            "not_helpful": "answers are often rated not helpful",
        }
        why = "; ".join(reasons[r] for r in g.data["reasons"])
        text = (
            f'Knowledge gap: "{g.data["subject"]}" is asked {g.data["asks_per_week"]:.1f} times a week and {why}. '
            "Options: write a troubleshooting guide, add commands to the knowledge base, or set up proactive monitoring."
        )
        rows.append(
            {
                "id": _rec_id(org, dedupe),
                "org": org,
                "user": "",
                "kind": "knowledge_gap",
                "grp": g.data["subject"][:200],
                "text": text,
                "evidence": to_json(
                    {
                        "pattern": {"user_id": "", "type": g.type, "key": g.key},
                        "options": g.data["options"],
                        **g.evidence,
                    }
                ),
                "dedupe": dedupe,
                "now": now,
                "exp": now + 7 * DAY,
            }
        )
    return rows


def _recommendations(
    conn: Conn, org: str, habits: list[Pattern], gaps: list[Pattern], now: float, tz: str, params: UsageParams
) -> dict[str, int]:
    rows, served_keys = _habit_rec_rows(org, habits, now, tz, params)
    rows += _gap_rec_rows(org, gaps, now)
    if not rows:
        return {"habit": 0, "knowledge_gap": 0}
    inserted = recommendations.insert_new(
        conn,
        [
            {
                "id": r["id"],
                "org_id": r["org"],
                "user_id": r["user"],
                # a person's habit is theirs alone; an org-wide habit or a gap is the org's
                "scope": "user" if r["user"] else "org",
                "kind": r["kind"],
                "grp": r["grp"],
                "text": r["text"],
                "evidence": r["evidence"],
                "dedupe_key": r["dedupe"],
                "status": "active",
                "created_at": r["now"],
                "expires_at": r["exp"],
            }
            for r in rows
        ],
    )
    new = set(inserted)
    habit_new = [r for r in rows if r["kind"] == "habit" and r["id"] in new]
    if habit_new:
        HABIT_RECOMMENDATIONS.inc(len(habit_new))
        ids = []
        for user, type_, key in served_keys:
            row = conn.one(
                "SELECT id FROM learned_patterns WHERE org_id = :o AND user_id = :u AND type = :t AND pattern_key = :k",
                {"o": org, "u": user, "t": type_, "k": key},
            )
            if row:
                ids.append(row["id"])
        repo.mark_served(conn, ids, now)
    return {
        "habit": len(habit_new),
        "knowledge_gap": sum(r["kind"] == "knowledge_gap" and r["id"] in new for r in rows),
    }


def _local(at: datetime, tz: str) -> datetime:
    from zoneinfo import ZoneInfo

    return at.astimezone(ZoneInfo(tz))
