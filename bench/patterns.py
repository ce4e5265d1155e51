"""Usage patterns: precision and recall of learned habits and preferences, and a full pass at scale.

A seeded generator writes several months of AI-helper usage for many orgs (each in its own time
zone): users with working hours, weekday rhythm and their own mix of intents and models. Hidden
among them are planted weekly habits (an intent on one weekday around one hour, most weeks),
month-end spikes (an intent asked several times in the last three days of each month) and model
preferences (one model for 80% of requests), plus decoys that must not be found: one-day bursts
of a single intent, and users whose volume simply follows their working hours.

The pass runs exactly what the learning stage runs per org (`weekly_habits` and
`month_end_spikes` over user series and org series, `preferences` per user) and is scored against
the planted truth. Then the same pass is timed over growing volumes, with peak memory.

    .venv/bin/python bench/patterns.py                  # precision/recall + scaling up to 1,000,000 events
    .venv/bin/python bench/patterns.py --sizes 1000000  # only the 1M run
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from detectors.habits import month_end_spikes, weekly_habits
from detectors.preferences import Activity, preferences, typical_shares

WEEK = 7 * 86400
INTENTS = 15
MODELS = ("gpt-4o", "claude-sonnet", "llama3-70b", "mistral-large")
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "America/Los_Angeles")
NOW = pd.Timestamp("2026-06-01T00:00:00Z").timestamp()


@dataclass
class Usage:
    ts: np.ndarray
    org: np.ndarray
    user: np.ndarray  # global user index
    intent: np.ndarray
    model: np.ndarray
    zones: list[str]
    users_per_org: int
    weekly: set  # (user, intent, weekday)
    weekly_hour: dict  # (user, intent, weekday) -> local hour
    month_end: set  # (user, intent)
    model_pref: set  # (user, model)


def generate(events: int, orgs: int, users: int, weeks: int, seed: int = 7) -> Usage:
    rng = np.random.default_rng(seed)
    per_org = users // orgs
    zones = [ZONES[i % len(ZONES)] for i in range(orgs)]
    start = NOW - weeks * WEEK
    days = weeks * 7
    rate = rng.gamma(2.0, 0.5, users)
    counts = rng.poisson(rate / rate.sum() * events * 1.31)  # weekend thinning takes ~24%
    org_of_user = np.repeat(np.arange(orgs), per_org)
    start_hour = rng.integers(7, 11, users)
    intent_mix = rng.dirichlet(np.full(INTENTS, 0.6), users)
    org_models = rng.dirichlet(np.full(len(MODELS), 2.0), orgs)
    weekly, weekly_hour, month_end, model_pref = set(), {}, set(), set()
    cols: dict[str, list[np.ndarray]] = {k: [] for k in ("ts", "org", "user", "intent", "model")}

    def emit(local_days: np.ndarray, minutes: np.ndarray, u: int, intents: np.ndarray) -> None:
        tz = zones[org_of_user[u]]
        base = pd.Timestamp(start, unit="s", tz="UTC").tz_convert(tz).normalize().tz_localize(None)
        local = base + pd.to_timedelta(local_days, unit="D") + pd.to_timedelta(minutes, unit="m")
        ts = pd.DatetimeIndex(local).tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward")
        ts = ts.asi8 / 1e9
        ok = ~np.isnan(ts) & (ts >= start) & (ts < NOW)
        k = int(ok.sum())
        cols["ts"].append(ts[ok])
        cols["org"].append(np.full(k, org_of_user[u]))
        cols["user"].append(np.full(k, u))
        cols["intent"].append(intents[ok])

    pref_model = {}
    for u in range(users):
        if rng.random() < 0.1:
            m = int(np.argmin(org_models[org_of_user[u]]))  # a model the org rarely uses
            pref_model[u] = m
            model_pref.add((u, MODELS[m]))
        n = int(counts[u])
        first_wd = pd.Timestamp(start, unit="s", tz="UTC").tz_convert(zones[org_of_user[u]]).weekday()
        day = rng.integers(0, days, n)
        weekday_of = (first_wd + day) % 7
        weekend = weekday_of >= 5
        keep = ~weekend | (rng.random(n) < 0.15)
        day = day[keep]
        n = len(day)
        minutes = np.clip(start_hour[u] * 60 + rng.gamma(3.0, 160.0, n), 0, 24 * 60 - 1)
        emit(day, minutes, u, rng.choice(INTENTS, n, p=intent_mix[u]))
        roll = rng.random()
        if roll < 0.1:  # a weekly habit
            intent, wd = int(rng.integers(INTENTS)), int(rng.integers(0, 5))
            hour = int(rng.integers(7, 17))
            hdays = np.array([d for d in range(days) if (first_wd + d) % 7 == wd and rng.random() < 0.85])
            if len(hdays):
                reps = rng.integers(1, 3, len(hdays))
                hd = np.repeat(hdays, reps)
                emit(hd, hour * 60 + rng.uniform(0, 50, len(hd)), u, np.full(len(hd), intent))
                weekly.add((u, intent, wd))
                weekly_hour[(u, intent, wd)] = hour
        elif roll < 0.15:  # a month-end spike
            intent = int(rng.integers(INTENTS))
            local_start = pd.Timestamp(start, unit="s", tz="UTC").tz_convert(zones[org_of_user[u]])
            dates = pd.date_range(local_start.normalize().tz_localize(None), periods=days, freq="D")
            end_days = np.flatnonzero(dates.day > dates.days_in_month - 3)
            picks = []
            for month in np.unique(dates.month[end_days]):
                sel = end_days[dates.month[end_days] == month]
                picks.extend(rng.choice(sel, rng.poisson(5) + 2).tolist())
            picks = np.array(picks)
            emit(picks, start_hour[u] * 60 + rng.uniform(0, 480, len(picks)), u, np.full(len(picks), intent))
            month_end.add((u, intent))
        elif roll < 0.25:  # a decoy: one day's burst of one intent
            d = int(rng.integers(0, days))
            emit(np.full(6, d), start_hour[u] * 60 + rng.uniform(0, 120, 6), u, np.full(6, rng.integers(INTENTS)))
    ts = np.concatenate(cols["ts"])
    org = np.concatenate(cols["org"])
    user = np.concatenate(cols["user"])
    intent = np.concatenate(cols["intent"])
    model = np.empty(len(ts), dtype=np.int64)
    for o in range(orgs):
        sel = org == o
        model[sel] = rng.choice(len(MODELS), int(sel.sum()), p=org_models[o])
    for u, m in pref_model.items():
        sel = np.flatnonzero(user == u)
        model[sel[rng.random(len(sel)) < 0.8]] = m
    return Usage(ts, org, user, intent, model, zones, per_org, weekly, weekly_hour, month_end, model_pref)


def full_pass(u: Usage, weeks: int) -> dict:
    """What the learning stage computes per org, over every org."""
    found_weekly, found_month_end, found_models, org_level = [], [], [], 0
    order = np.argsort(u.org, kind="stable")
    bounds = np.searchsorted(u.org[order], np.arange(len(u.zones) + 1))
    for o, tz in enumerate(u.zones):
        idx = order[bounds[o] : bounds[o + 1]]
        ts, user, intent = u.ts[idx], u.user[idx], u.intent[idx]
        series = user * INTENTS + intent
        for h in weekly_habits(ts, series, user, tz, NOW, weeks=weeks):
            found_weekly.append((h.series // INTENTS, h.series % INTENTS, h.weekday, h.start_hour))
        for s in month_end_spikes(ts, series, user, tz):
            found_month_end.append((s.series // INTENTS, s.series % INTENTS))
        org_level += len(weekly_habits(ts, intent, np.zeros_like(intent), tz, NOW, weeks=weeks))
        org_level += len(month_end_spikes(ts, intent, np.zeros_like(intent), tz))
        models = u.model[idx]
        uorder = np.argsort(user, kind="stable")
        ucodes, ustarts = np.unique(user[uorder], return_index=True)
        acts = []
        for j, uid in enumerate(ucodes.tolist()):
            stop = ustarts[j + 1] if j + 1 < len(ustarts) else len(uorder)
            mine = models[uorder[ustarts[j] : stop]]
            acts.append(Activity(user=str(uid), models=[MODELS[m] for m in mine.tolist()]))
        shares = typical_shares([Counter(a.models) for a in acts])
        for uid, act in zip(ucodes.tolist(), acts, strict=True):
            for p in preferences(act, shares, 0.1):
                if p.kind == "model":
                    found_models.append((uid, p.value))
    return {"weekly": found_weekly, "month_end": found_month_end, "models": found_models, "org_level": org_level}


def score(u: Usage, found: dict) -> list[tuple[str, int, int, float, float]]:
    rows = []
    hits = set()
    true_pos = 0
    for user, intent, wd, h in found["weekly"]:
        key = (user, intent, wd)
        if key in u.weekly and h <= u.weekly_hour[key] < h + 2 + 1:
            true_pos += 1
            hits.add(key)
    rows.append(("weekly habits", len(u.weekly), len(found["weekly"]), true_pos, len(hits)))
    me = set(found["month_end"])
    rows.append(("month-end spikes", len(u.month_end), len(me), len(me & u.month_end), len(me & u.month_end)))
    fm = set(found["models"])
    rows.append(("model preferences", len(u.model_pref), len(fm), len(fm & u.model_pref), len(fm & u.model_pref)))
    out = []
    for name, planted, detected, tp, recalled in rows:
        precision = tp / detected if detected else 1.0
        recall = recalled / planted if planted else 1.0
        out.append((name, planted, detected, precision, recall))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,300000,1000000", help="event counts to time")
    ap.add_argument("--orgs", type=int, default=50)
    ap.add_argument("--users", type=int, default=2000)
    ap.add_argument("--weeks", type=int, default=16)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    for n in sizes:
        t0 = time.perf_counter()
        usage = generate(n, args.orgs, args.users, args.weeks, args.seed)
        gen = time.perf_counter() - t0
        tracemalloc.start()
        t0 = time.perf_counter()
        found = full_pass(usage, args.weeks)
        took = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"\n{len(usage.ts):,} events, {args.users} users, {args.orgs} orgs, {args.weeks} weeks "
            f"(generated in {gen:.1f}s): full pass {took:.1f}s, peak traced memory {peak / 2**20:.0f} MiB, "
            f"process max RSS {rss:.0f} MiB; org-level patterns found {found['org_level']}"
        )
        print(f"  {'pattern':18s} {'planted':>7s} {'found':>6s} {'precision':>9s} {'recall':>7s}")
        for name, planted, detected, precision, recall in score(usage, found):
            print(f"  {name:18s} {planted:7d} {detected:6d} {precision:9.3f} {recall:7.3f}")


if __name__ == "__main__":
    main()
