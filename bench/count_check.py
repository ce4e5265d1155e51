"""Synthetic check of the anomaly scorer on hourly count series (issue 18: the product's count path).

NAB has no count series like the product's hourly alert counts, so the count path (``counts=True``,
the Anscombe view) is judged here, on series whose truth is known by construction:

- Poisson and negative-binomial (overdispersed, shape 3: variance r + r^2 / 3) hourly counts at
  a constant rate r in 0.5, 1, 2, 5, 10, 20 per hour, 60 days (1,440 hours) from a Monday;
- *null* series (nothing planted) and *burst* series: 8 one-hour bursts, one in each 150-hour
  slot after the first week, the hour's count drawn at 3-6x the rate (uniform), from the same family.

Per method: the share of planted bursts with an alarm in the burst hour (detection rate), and the
alarms at any other scored hour (after the first week, as the product scores; the two hours after
a burst are left out of both) per 1,000 hours, on null and burst series. Methods: the product's
scorer settings given on the command line, each at its own threshold, and the plain baseline, a
Poisson tail test: alarm when P(X >= x) < 1e-4 under a Poisson with the mean of the previous 168
hours (floor 0.1). Seeds are fixed; the series are generated here, not read from anywhere.

    PYTHONPATH=. .venv/bin/python bench/count_check.py [--series 20]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np
import pandas as pd
from scipy import stats

from detectors.anomaly import (
    ALARM_SCORE,
    CHOSEN_ALARM,
    HOURLY_COUNTS,
    NAB_CHOSEN,
    AnomalyScorerConfig,
    anomaly_scores,
)

HOURS = 60 * 24
WARMUP = 168
SLOT = 150
BURSTS = 8
RATES = (0.5, 1.0, 2.0, 5.0, 10.0, 20.0)
NB_SHAPE = 3.0
TAIL_P = 1e-4
START = pd.Timestamp("2026-01-05", tz="UTC")  # a Monday


def as_product_hourly(config: AnomalyScorerConfig) -> AnomalyScorerConfig:
    """``config`` at hourly sampling with the product's hourly fields (seasonal tolerance, refresh, working week),
    so a comparison differs from HOURLY_COUNTS only in the detector's own settings."""
    return replace(config.for_step(pd.Timedelta(hours=1)), season_tolerance=HOURLY_COUNTS.season_tolerance,
                   refresh=HOURLY_COUNTS.refresh, working_week=HOURLY_COUNTS.working_week)


#: NAB's choice as counts at hourly sampling, as round 12's change built it (Anscombe by the caller's flag).
NAB_HOURLY = as_product_hourly(replace(NAB_CHOSEN, counts=True))
#: The product's count settings until round 13: the scorer's default at hourly sampling, as counts.
#: The product now runs HOURLY_COUNTS: NAB's choice with counts read by shape and the count view.
DEFAULT_HOURLY = as_product_hourly(AnomalyScorerConfig(counts=True))
METHODS = {
    "default hourly (product to r13) @ 0.24": (DEFAULT_HOURLY, ALARM_SCORE),
    "NAB choice hourly @ 0.272": (NAB_HOURLY, CHOSEN_ALARM),
    "product: + count view @ 0.272": (HOURLY_COUNTS, CHOSEN_ALARM),
}


def draw(rng: np.random.Generator, family: str, rate: float | np.ndarray, size=None) -> np.ndarray:
    if family == "poisson":
        return rng.poisson(rate, size).astype(float)
    # Negative binomial with mean `rate` and shape k: numpy's (n=k, p=k/(k+rate)).
    return rng.negative_binomial(NB_SHAPE, NB_SHAPE / (NB_SHAPE + np.asarray(rate)), size).astype(float)


def series(seed: int, family: str, rate: float, planted: bool) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = draw(rng, family, rate, HOURS)
    at = np.array([], dtype=int)
    if planted:
        at = WARMUP + SLOT * np.arange(BURSTS) + rng.integers(24, SLOT - 24, BURSTS)
        x[at] = draw(rng, family, rate * rng.uniform(3.0, 6.0, BURSTS))
    return x, at


def poisson_tail_alarms(x: np.ndarray) -> np.ndarray:
    csum = np.concatenate(([0.0], np.cumsum(x)))
    lam = np.maximum((csum[WARMUP:-1] - csum[:-WARMUP - 1]) / WARMUP, 0.1)  # the previous week's mean, per hour
    alarms = np.zeros(x.size, dtype=bool)
    alarms[WARMUP:] = stats.poisson.sf(x[WARMUP:] - 1, lam) < TAIL_P
    return alarms


def tally(alarms: np.ndarray, at: np.ndarray) -> tuple[int, int, int]:
    """(bursts found, false alarms, hours counted for false alarms)."""
    counted = np.zeros(alarms.size, dtype=bool)
    counted[WARMUP:] = True
    for a in at:
        counted[a : a + 3] = False
    return int(alarms[at].sum()), int((alarms & counted).sum()), int(counted.sum())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=20, help="null and burst series per family and rate, each")
    args = ap.parse_args()
    if args.series < 1:
        ap.error("--series must be at least 1 (the rates are per series)")
    ts = pd.date_range(START, periods=HOURS, freq="h")
    names = [*METHODS, f"Poisson tail p < {TAIL_P:g} (baseline)"]
    t0 = time.perf_counter()
    total: dict[str, list[int]] = {m: [0, 0, 0, 0, 0, 0] for m in names}
    print(f"{'family':<8} {'rate':>5}  " + "  ".join(f"{m[:30]:>30}" for m in names))
    print(f"{'':<8} {'':>5}  " + "  ".join(f"{'found  FA/1k null  FA/1k burst':>30}" for _ in names))
    for f_i, family in enumerate(("poisson", "negbin")):
        for r_i, rate in enumerate(RATES):
            cell = {m: [0, 0, 0, 0, 0, 0] for m in names}  # found, planted, FA null, h null, FA burst, h burst
            for k in range(args.series):
                for planted in (False, True):
                    x, at = series(10_000 * f_i + 100 * r_i + 2 * k + planted, family, rate, planted)
                    results = {m: anomaly_scores(x, ts, cfg) >= thr for m, (cfg, thr) in METHODS.items()}
                    results[names[-1]] = poisson_tail_alarms(x)
                    for m, alarms in results.items():
                        found, fa, hours = tally(alarms, at)
                        c = cell[m]
                        c[0] += found
                        c[1] += at.size
                        c[2 if not planted else 4] += fa
                        c[3 if not planted else 5] += hours
            for m in names:
                total[m] = [a + b for a, b in zip(total[m], cell[m], strict=True)]
            print(f"{family:<8} {rate:>5g}  " + "  ".join(
                f"{cell[m][0] / cell[m][1]:>9.0%} {1000 * cell[m][2] / cell[m][3]:>9.2f} {1000 * cell[m][4] / cell[m][5]:>10.2f}"
                for m in names))
    print(f"{'all':<14}  " + "  ".join(
        f"{total[m][0] / total[m][1]:>9.1%} {1000 * total[m][2] / total[m][3]:>9.2f} {1000 * total[m][4] / total[m][5]:>10.2f}"
        for m in names))
    print(f"({args.series} null + {args.series} burst series per row, {HOURS} hours each; {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
