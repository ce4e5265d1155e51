"""How long one learning pass takes over many alert groups × 90 days of hourly data.

Synthetic groups (seeded): Poisson counts with a business-hours and weekday shape, and in every
tenth group a weekly peak, a level shift or a multi-group spike, so every detector has work.
Part 1 feeds the series straight into the detect/recommend code path at 100, 1,000 and 5,000
groups; part 2 (--store) stores 1,000 groups' alerts in SQLite and runs the real stage,
`learn_signals`, from the SQL binning to the recommendations.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/learn_speed.py [--groups 100 1000 5000] [--store 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from exporter.config import Settings
from exporter.learning import detect, learn_signals, recommend
from exporter.learning.params import LearningParams
from exporter.learning.series import HOUR, HourlySeries, grid
from exporter.service import Services
from exporter.store import migrate, open_store

NOW = 1_795_719_600.0  # a Thursday 17:00 UTC
DAYS = 90


def synthetic(n_groups: int, seed: int = 7) -> HourlySeries:
    rng = np.random.default_rng(seed)
    start, n = grid(NOW, DAYS)
    hours = (np.arange(n) + int(start // HOUR)) % 24
    weekday = ((np.arange(n) + int(start // HOUR)) // 24 + 3) % 7
    shape = (1 + 0.8 * ((hours >= 8) & (hours < 18))) * np.where(weekday >= 5, 0.5, 1.0)
    series = HourlySeries(start=start, n_hours=n)
    for g in range(n_groups):
        rate = rng.lognormal(-2.0, 1.0) * shape
        if g % 10 == 1:
            rate = rate + 3.0 * ((weekday == 4) & (hours == 15))
        if g % 10 == 2:
            rate = rate * np.where(np.arange(n) >= n - 21 * 24, 2.0, 1.0)
        values = rng.poisson(rate).astype(float)
        if g % 10 == 3:
            values[n - 80 : n - 78] += 3
        label = f"Alert{g:05d}/warning/svc-{g % 97}"
        series.values[label] = values
        series.volume[label] = float(values.sum())
    return series


def detect_path(series: HourlySeries, params: LearningParams, store) -> dict:
    c0 = time.process_time()
    t0 = time.perf_counter()
    analyses = detect.analyse_series(series, NOW, params)
    t1 = time.perf_counter()
    found = detect.incidents(analyses, params.spike_alpha, params.spike_lookback_hours)
    recs = (
        recommend.predictive(store, "bench", analyses, NOW, params, str)
        + recommend.spikes(store, "bench", found, NOW, params, str)
        + recommend.change_points("bench", analyses, NOW, params)
    )
    rows = detect.pattern_rows("bench", analyses, found, NOW)
    t2 = time.perf_counter()
    return {"analyse_s": t1 - t0, "recommend_s": t2 - t1, "total_s": t2 - t0, "cpu_s": time.process_time() - c0,
            "recs": len(recs), "patterns": len(rows)}


def store_path(n_groups: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        migrate(url)
        store = open_store(url)
        series = synthetic(n_groups)
        rows = []
        for label, values in series.values.items():
            name, severity, service = label.split("/")
            for i in np.flatnonzero(values):
                for k in range(int(values[i])):
                    t = series.start + i * HOUR + 60 * k
                    rows.append({"o": "bench", "f": f"{label}:{k}", "a": name, "s": severity, "v": service, "t": t})
        t0 = time.perf_counter()
        store.executemany(
            "INSERT INTO alert_events (org_id, fingerprint, alertname, severity, service, status, starts_at, received_at) "
            "VALUES (:o, :f, :a, :s, :v, 'resolved', :t, :t)",
            rows,
        )
        load_s = time.perf_counter() - t0
        settings = Settings(database_url=url, learn_history_days=DAYS, learn_top_groups=n_groups)
        svc = Services.build(settings, store)
        c0 = time.process_time()
        t0 = time.perf_counter()
        summary = learn_signals(svc, NOW)
        pass_s = time.perf_counter() - t0
        cpu_s = time.process_time() - c0
        store.close()
        return {"alerts": len(rows), "load_s": load_s, "pass_s": pass_s, "cpu_s": cpu_s, "summary": summary["bench"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--groups", type=int, nargs="*", default=[100, 1000, 5000])
    ap.add_argument("--store", type=int, default=1000, help="groups for the run through SQLite (0 to skip)")
    args = ap.parse_args()
    params = LearningParams(history_days=DAYS, top_groups=max(args.groups + [args.store]))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.db'}"
        migrate(url)
        store = open_store(url)
        print(f"{'groups':>7} {'analyse s':>10} {'recommend s':>12} {'total s':>8} {'CPU s':>7} {'ms/group':>9} {'recs':>5}")
        for n in args.groups:
            r = detect_path(synthetic(n), params, store)
            print(f"{n:>7} {r['analyse_s']:>10.2f} {r['recommend_s']:>12.2f} {r['total_s']:>8.2f} {r['cpu_s']:>7.2f} "
                  f"{1000 * r['total_s'] / n:>9.1f} {r['recs']:>5}")
        store.close()
    if args.store:
        r = store_path(args.store)
        print(f"store (SQLite), {args.store} groups, {r['alerts']} alerts: insert {r['load_s']:.1f} s, "
              f"learning stage {r['pass_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU; {r['summary']}")


if __name__ == "__main__":
    main()
