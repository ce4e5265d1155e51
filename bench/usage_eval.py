"""Precision and recall of the usage-pattern pass on logs planted from what people do (bench/usage_gen.py).

Each log goes in through the product's own doors (the tolerant audit-event reader, redaction,
`store_events`, alert history, each org's time-zone setting) into a fresh SQLite store; the
learning stage then runs as the service runs it (`exporter.usage.stage.run`), and what it stored
as patterns is scored against the generator's truth, which is keyed by subject and person:

- habit: a person's weekly habit matches a planted one on subject, weekday and local time (within
  75 minutes); an org-wide habit counts as right when a planted habit of that org matches it.
- month_end: a person's (or the org's) month-end spike on the planted subject.
- model, detail, expertise: a person's label equals the planted one (``unknown`` is no report).
- gap: the org's knowledge gap on the planted subject.
- top: the org's top questions; an entry whose example comes from a planted recurring form is right
  the first time and wrong when the same form appears again (split by names), small talk is wrong,
  other entries are not scored (they are real repeats of background questions).
A pattern's subject is read from its label: the generator knows which subject each text it wrote
is about. On the null twin every report of every kind is a false positive (for top questions,
small talk only).

    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split test   # held-out seeds (report these)
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split dev    # seeds for tuning
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split dev2   # more dev seeds 111-116 (round 5)
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split fresh  # test words, seeds 301-303 (round 3's final run)
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split fresh2 # test words, seeds 401-403 (round 4's final run)
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split fresh3 # test words, seeds 501-503 (round 5's final run)
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split dev3   # 16 more dev seeds 121-136 (round 6: null twins)
    PYTHONPATH=$PWD .venv/bin/python bench/usage_eval.py --split fresh4 # test words, seeds 601-603 (round 6's final run)

``--capture DIR`` keeps what the habit stage read for each log (bench/usage_habit_replay.py replays it).
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import json
import os
import pickle
import re
import tempfile
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import numpy as np

from bench.usage_gen import (
    DEV2_SEEDS,
    DEV3_SEEDS,
    DEV_SEEDS,
    FRESH2_TEST_SEEDS,
    FRESH3_TEST_SEEDS,
    FRESH4_TEST_SEEDS,
    FRESH_TEST_SEEDS,
    NOW,
    TEST_SEEDS,
    Log,
    generate,
)
from exporter.config import Settings
from exporter.ingest.schemas import AlertmanagerWebhook, AuditEvent
from exporter.ingest.writer import store_alerts, store_events
from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor
from exporter.scoping import Principal
from exporter.store import from_json, migrate, open_store
from exporter.text import embeddings

SPLITS = {"dev": DEV_SEEDS, "dev2": DEV2_SEEDS, "dev3": DEV3_SEEDS, "test": TEST_SEEDS, "fresh": FRESH_TEST_SEEDS,
          "fresh2": FRESH2_TEST_SEEDS, "fresh3": FRESH3_TEST_SEEDS, "fresh4": FRESH4_TEST_SEEDS}
KINDS = ("habit", "month_end", "model", "detail", "expertise", "gap", "top")
CACHE = Path(os.environ.get("USAGE_EVAL_CACHE") or Path(tempfile.gettempdir()) / "usage_eval_vectors.npz")  # one per parallel run


def cached_embeddings() -> None:
    """Bench-only: keep MiniLM vectors across runs on disk, so tuning loops do not re-embed (timing is
    measured in bench/patterns.py, not here)."""
    store: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE, allow_pickle=False) as z:
            store.update(zip(z["texts"].tolist(), z["vecs"], strict=True))
    raw = embeddings.embed

    def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
        missing = sorted({t for t in texts if t not in store})
        if missing:
            store.update(zip(missing, raw(missing, batch_size), strict=True))
            np.savez(CACHE, texts=np.array(list(store)), vecs=np.stack(list(store.values())))
        if not texts:
            return raw(texts)
        return np.stack([store[t] for t in texts]).astype(np.float32)

    embeddings.embed = embed


def load(log: Log, url: str):
    migrate(url)
    store = open_store(url)
    redactor = Gate(Redactor())  # the ingest door's redaction, with its counts
    by_org: dict[str, list[AuditEvent]] = defaultdict(list)
    for ev in log.events:
        by_org[ev["org"]].append(AuditEvent.model_validate(ev))
    for org, evs in by_org.items():
        who = Principal(org, None, "service")
        for i in range(0, len(evs), 2000):
            store_events(store, who, redactor, evs[i : i + 2000])
        alerts = [a for a in log.alerts if a["fingerprint"].startswith(org + "-")]
        store_alerts(store, who, redactor, AlertmanagerWebhook.model_validate(
            {"version": "4", "status": "resolved", "alerts": alerts}))
        set_zone(store, org, log.zones[org])
    return store


def set_zone(store, org: str, tz: str) -> None:
    """The org's time zone, as an org admin sets it (`PUT /api/v1/org/privacy`)."""
    try:
        from exporter.privacy import org_settings

        settings, _ = org_settings.load(store, org)
        if "timezone" in type(settings).model_fields:
            org_settings.save(store, org, settings.model_copy(update={"timezone": tz}))
    except ImportError:
        pass


@contextlib.contextmanager
def capture(folder: str, log: Log):
    """Bench-only: while the pass runs, keep what its habit stage reads per org (the batches, the subjects'
    names and groups, alert peaks) with the log's truth, so habit rules can be replayed on dev logs
    without the store, redaction and embedding (bench/usage_habit_replay.py)."""
    if not folder:
        yield
        return
    from exporter.usage import stage

    kept: dict[str, dict] = {}
    original_habits, original_runs = stage._habits, stage._habit_runs

    def habits(conn, usage, sj, now, tz, user_tz, params):
        runs = original_runs(usage, sj, tz, user_tz)
        kept[usage.org] = {"runs": runs, "info": sj["info"], "broad": sj["broad"], "now": now,
                           "peaks": stage._alert_peaks(conn, usage.org)}
        return original_habits(conn, usage, sj, now, tz, user_tz, params)

    stage._habits = habits
    try:
        yield
    finally:
        stage._habits = original_habits
    Path(folder).mkdir(parents=True, exist_ok=True)
    with open(Path(folder) / f"{log.seed}{'-null' if log.null else ''}.pkl", "wb") as f:
        pickle.dump({"seed": log.seed, "null": log.null, "truth": log.truth, "meaning": log.meaning,
                     "orgs": kept}, f)


def learn(store, now: float) -> float:
    from exporter.usage import stage

    svc = SimpleNamespace(store=store, settings=Settings())
    t0 = time.perf_counter()
    stage.run(svc, now)
    return time.perf_counter() - t0


def reports(store) -> list[dict]:
    rows = store.query("SELECT org_id, user_id, type, pattern_key, data, evidence, confidence FROM learned_patterns")
    return [{**r, "data": from_json(r["data"], {}), "evidence": from_json(r["evidence"], {})} for r in rows]


def _meaning(log: Log, text: str | None) -> tuple | None:
    """What the generator meant by a text; a style request it appended ("... (keep it brief)") is not the question."""
    text = (text or "").strip()
    return log.meaning.get(text) or log.meaning.get(re.sub(r"\s*\([^)]*\)\s*$", "", text))


def _subject(log: Log, text: str | None) -> str:
    meaning = _meaning(log, text)
    if meaning is None:
        return "?"
    return meaning[1] if meaning[0] == "question" else "small_talk"


def score(log: Log, found: list[dict]) -> dict[str, list[int]]:
    """Per kind: [true positives, reported, planted found, planted]."""
    t = log.truth
    out = {k: [0, 0, 0, len(t[k])] for k in KINDS}
    hit: dict[str, set] = defaultdict(set)
    for r in found:
        d, org, user = r["data"], r["org_id"], r["user_id"]
        if r["type"] == "habit" and d.get("kind") == "weekly":
            out["habit"][1] += 1
            subj = _subject(log, d.get("subject"))
            minute = _minute(d.get("typical_time"))
            ok = False
            for i, h in enumerate(t["habit"]):
                if h["org"] == org and h["subject"] == subj and h["weekday"] == d.get("weekday") and (
                    minute is not None and abs(minute - h["minute"]) <= 75
                ) and (user in ("", h["user"])):
                    ok = True
                    if user:
                        hit["habit"].add(i)
            out["habit"][0] += ok
        elif r["type"] == "habit" and d.get("kind") == "month_end":
            out["month_end"][1] += 1
            subj = _subject(log, d.get("subject"))
            ok = False
            for i, m in enumerate(t["month_end"]):
                if m["org"] == org and m["subject"] == subj and user in ("", m["user"]):
                    ok = True
                    hit["month_end"].add(i)
            out["month_end"][0] += ok
        elif r["type"] == "preference" and r["pattern_key"] in ("model", "detail_level", "expertise"):
            kind = {"model": "model", "detail_level": "detail", "expertise": "expertise"}[r["pattern_key"]]
            value = d.get("value")
            if value in (None, "unknown"):
                continue
            out[kind][1] += 1
            for i, p in enumerate(t[kind]):
                if p["org"] == org and p["user"] == user and p["value"] == value:
                    out[kind][0] += 1
                    hit[kind].add(i)
        elif r["type"] == "knowledge_gap":
            out["gap"][1] += 1
            subj = _subject(log, d.get("subject"))
            for i, g in enumerate(t["gap"]):
                if g["org"] == org and g["subject"] == subj:
                    out["gap"][0] += 1
                    hit["gap"].add(i)
        elif r["type"] == "frequent" and user == "":
            seen = set()
            for q in d.get("questions", []):
                meaning = _meaning(log, q.get("example"))
                if meaning is None or meaning[0] == "small_talk":
                    out["top"][1] += 1  # small talk, or a text the log never held as a question
                    continue
                form = (meaning[1], meaning[2])
                match = [i for i, f in enumerate(t["top"]) if f["org"] == org and (f["subject"], f["wording"]) == form]
                if not match:
                    continue
                out["top"][1] += 1
                if form in seen:
                    continue
                seen.add(form)
                out["top"][0] += 1
                hit["top"].update(match)
    for k in KINDS:
        out[k][2] = len(hit[k])
    return out


def plain_baseline(log: Log, now: float, weeks: int = 8, me_weeks: int = 18) -> list[dict]:
    """A plain baseline in the reports' shape, for habits and month ends only: every person's busiest
    weekday-hour slot over the last ``weeks`` weeks (local time), and every person's questions in the
    last three local days of the month (``me_weeks``, at least four of them), each named by the
    question nearest the MiniLM centroid of the texts there. No test, no subject grouping, no filter
    of small talk: what "most frequent weekly slot" gives on its own."""
    by_user: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for e in log.events:
        if e["kind"] == "user_query" and e["text"]:
            by_user[(e["org"], e["user"])].append((datetime.fromisoformat(e["timestamp"]).timestamp(), e["text"]))
    out = []
    for (org, user), rows in sorted(by_user.items()):
        tz = ZoneInfo(log.zones[org])
        local = [(datetime.fromtimestamp(t, tz), text) for t, text in rows]
        recent = [(d, x) for (d, x), (t, _) in zip(local, rows, strict=True) if t >= now - weeks * 7 * 86400]
        slots = Counter((d.weekday(), d.hour) for d, _ in recent)
        if slots:
            (wd, hour), _ = slots.most_common(1)[0]
            inside = [(d, x) for d, x in recent if (d.weekday(), d.hour) == (wd, hour)]
            minute = int(np.median([d.hour * 60 + d.minute for d, _ in inside]))
            out.append({"org_id": org, "user_id": user, "type": "habit", "pattern_key": "", "evidence": {},
                        "confidence": 1.0, "data": {"kind": "weekly", "weekday": wd, "subject": _central([x for _, x in inside]),
                                                    "typical_time": f"{minute // 60:02d}:{minute % 60:02d}"}})
        ends = [x for (d, x), (t, _) in zip(local, rows, strict=True) if t >= now - me_weeks * 7 * 86400
                and d.day > calendar.monthrange(d.year, d.month)[1] - 3]
        if len(ends) >= 4:
            out.append({"org_id": org, "user_id": user, "type": "habit", "pattern_key": "", "evidence": {},
                        "confidence": 1.0, "data": {"kind": "month_end", "subject": _central(ends)}})
    return out


def _central(texts: list[str]) -> str:
    vecs = embeddings.embed(texts)
    centre = vecs.mean(axis=0)
    return texts[int(np.argmax(vecs @ centre))]


def _minute(hhmm: str | None) -> int | None:
    if not hhmm:
        return None
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=tuple(SPLITS), default="dev",
                    help="dev2: more dev seeds 111-116 (round 5); fresh: test seeds 301-303 (round 3's final run); "
                         "fresh2: 401-403 (round 4's final run); fresh3: 501-503 (round 5's final run); "
                         "dev3: 121-136 (round 6); fresh4: 601-603, never run before round 6's before figure")
    ap.add_argument("--people", type=int, default=8)
    ap.add_argument("--scale", type=float, default=0.7)
    ap.add_argument("--seeds", default="", help="comma-separated seeds instead of the split's")
    ap.add_argument("--baseline", action="store_true", help="also score the plain baseline (`plain_baseline`)")
    ap.add_argument("--dump", default="", help="write the reports of each log here (json)")
    ap.add_argument("--capture", default="", help="keep the habit stage's inputs of each log in this folder")
    ap.add_argument("--quiet", action="store_true", help="print the aggregate table only (test splits)")
    ap.add_argument("--subject-cuts", default="", help="only score subject grouping at these cuts, e.g. 0.4,0.5")
    args = ap.parse_args()
    if args.subject_cuts:
        subject_agreement(args.split, [float(c) for c in args.subject_cuts.split(",")], args.people, args.scale)
        return
    cached_embeddings()
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else list(SPLITS[args.split])
    total = {k: [0, 0, 0, 0] for k in KINDS}
    null_reports: dict[str, int] = defaultdict(int)
    dumps = {}
    base: dict[tuple[bool, str], list[int]] = {}
    for seed in seeds:
        for null in (False, True):
            log = generate(seed, null=null, people=args.people, scale=args.scale)
            with tempfile.TemporaryDirectory() as tmp:
                store = load(log, f"sqlite:///{tmp}/eval.db")
                with capture(args.capture, log):
                    took = learn(store, NOW.timestamp())
                found = reports(store)
                store.close()
            s = score(log, found)
            dumps[f"{seed}{'-null' if null else ''}"] = found
            if args.baseline:
                b = score(log, plain_baseline(log, NOW.timestamp()))
                for k in ("habit", "month_end"):
                    base[(null, k)] = [x + y for x, y in zip(base.get((null, k), [0, 0, 0, 0]), b[k], strict=True)]
            if null:
                for k in KINDS:
                    null_reports[k] += s[k][1] - (s[k][0] if k == "top" else 0)
            else:
                for k in KINDS:
                    for i in range(4):
                        total[k][i] += s[k][i]
            print(f"seed {seed}{' null twin' if null else ''}: {len(log.events)} events, pass {took:.1f}s"
                  + ("" if args.quiet else ", " + ", ".join(f"{k} {v[0]}/{v[1]} found {v[2]}/{v[3]}" for k, v in s.items())),
                  flush=True)
    print(f"\nsplit {args.split} seeds {seeds}")
    print(f"  {'kind':10s} {'planted':>7s} {'reported':>8s} {'precision':>9s} {'recall':>7s} {'null twin':>9s}")
    tp = rep = fnd = pl = 0
    for k in KINDS:
        a, b, c, d = total[k]
        tp, rep, fnd, pl = tp + a, rep + b, fnd + c, pl + d
        print(f"  {k:10s} {d:7d} {b:8d} {a / b if b else 1.0:9.3f} {c / d if d else 1.0:7.3f} {null_reports[k]:9d}")
    print(f"  {'overall':10s} {pl:7d} {rep:8d} {tp / rep if rep else 1.0:9.3f} {fnd / pl if pl else 1.0:7.3f} "
          f"{sum(null_reports.values()):9d}")
    for k in ("habit", "month_end") if args.baseline else ():
        a, b, c, d = base[(False, k)]
        print(f"  baseline {k:10s} (plain: busiest weekly hour / month-end questions per person, MiniLM-central "
              f"question) reported {b}, precision {a / b if b else 1.0:.3f}, recall {c / d if d else 1.0:.3f}, "
              f"null twin {base[(True, k)][1]}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(dumps, default=str))
    _ = ZoneInfo


def subject_agreement(split: str, cuts: list[float], people: int = 8, scale: float = 0.7) -> None:
    """How well subjects match the generator's subjects, per cut (adjusted Rand index over questions).

    The cheap loop used to choose `detectors.subjects.CUT` on dev: the same templates and readings
    the pass uses (names from alert labels and history), without the store.
    """
    from sklearn.metrics import adjusted_rand_score

    from detectors.entities import from_labels, learn_from_questions
    from detectors.subjects import group_subjects, reading
    from detectors.templates import question_template
    from exporter.usage.collect import classify, style_request

    cached_embeddings()
    seeds = DEV_SEEDS if split == "dev" else TEST_SEEDS
    scores: dict[float, list[float]] = defaultdict(list)
    for seed in seeds:
        log = generate(seed, people=people, scale=scale)
        for org in log.zones:
            texts = [style_request(e["text"])[0] for e in log.events
                     if e["org"] == org and e["kind"] == "user_query" and classify(e["text"]) == "question"]
            known = from_labels(a["labels"] for a in log.alerts if a["fingerprint"].startswith(org + "-"))
            names = {**learn_from_questions({question_template(t) for t in texts}, known), **known}
            tpl = [question_template(t, names) for t in texts]
            truth = [_subject(log, t) for t in texts]
            uniq = sorted(set(tpl))
            vecs = embeddings.embed([reading(t) for t in uniq])
            weights = np.array([tpl.count(t) for t in uniq], dtype=np.float64)
            for cut in cuts:
                g = group_subjects(vecs, weights, cut=cut)
                lab = dict(zip(uniq, g.labels.tolist(), strict=True))
                scores[cut].append(adjusted_rand_score(truth, [lab[t] for t in tpl]))
    for cut in cuts:
        print(f"cut {cut:.2f}: ARI {np.mean(scores[cut]):.3f} (min {np.min(scores[cut]):.3f})")


if __name__ == "__main__":
    main()
