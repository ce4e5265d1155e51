"""Bend or wander? The bend test of ``detectors.changepoints.find_bends`` on synthetic series.

Usage::

    .venv/bin/python bench/bend_wander_synth.py [--seeds 100]

For each family and length, the statistic is the largest ``2 * (loglik_k - loglik_0) / (k log n)``
over the greedy knots (k = 1-4), i.e. the ``check`` multiplier below which a bend would be kept;
the table gives its quantiles and the share of series above 2, 3, 4 and 6. Null families (no
bend): independent noise, AR(1) with phi 0.5-0.99, random walks with and without drift, a line
plus AR(1) noise, a 12-step season, Poisson counts. Alternatives: one bend worth 4, 8 or 16 noise
standard deviations by the end of the series (independent or AR(1) 0.5 noise), a peak (ramp up,
ramp down) reaching 4 or 8. Written before the bend test was scored on TCPD.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.changepoints import MAX_BENDS, _greedy_knots, _hinges, ar1_loglik  # noqa: E402

NULLS = ["iid", "ar0.5", "ar0.7", "ar0.9", "ar0.95", "ar0.99", "rw", "rwdrift", "line+ar0.5", "line+ar0.9",
         "season12", "season12+trend", "poisson3"]
ALTS = ["bend1_4", "bend1_8", "bend1ar_8", "bend1_16", "turn_4", "turn_8"]


def ar1(rng: np.random.Generator, n: int, phi: float) -> np.ndarray:
    e = rng.normal(0, 1, n)
    x = np.zeros(n)
    x[0] = e[0] / np.sqrt(max(1 - phi**2, 1e-3))
    for i in range(1, n):
        x[i] = phi * x[i - 1] + e[i]
    return x


def hinge(n: int, knots: list[int], slopes: list[float]) -> np.ndarray:
    t = np.arange(n, dtype=float)
    y = slopes[0] * t
    for k, d in zip(knots, slopes[1:], strict=True):
        y += d * np.maximum(t - k, 0)
    return y


def family(name: str, rng: np.random.Generator, n: int) -> np.ndarray:
    t = np.arange(n)
    if name == "iid":
        return rng.normal(size=n)
    if name.startswith("ar"):
        return ar1(rng, n, float(name[2:]))
    if name == "rw":
        return np.cumsum(rng.normal(size=n))
    if name == "rwdrift":
        return np.cumsum(rng.normal(0.3, 1, n))
    if name.startswith("line+ar"):
        return 0.05 * t + ar1(rng, n, float(name[7:]))
    if name.startswith("season12"):
        trend = 0.02 * t if name.endswith("trend") else 0.0
        return trend + 2 * np.sin(2 * np.pi * t / 12 + rng.uniform(0, 6.3)) + rng.normal(size=n)
    if name == "poisson3":
        return rng.poisson(3, n).astype(float)
    size = float(name.split("_")[1])
    if name.startswith("bend1"):
        k = int(rng.uniform(0.25, 0.75) * n)
        slope = size / (n - k) * rng.choice([-1, 1])
        noise = ar1(rng, n, 0.5) * np.sqrt(0.75) if "ar" in name else rng.normal(size=n)
        return hinge(n, [k], [rng.normal(0, 0.02), slope]) + noise
    if name.startswith("turn"):
        k = int(rng.uniform(0.3, 0.7) * n)
        return hinge(n, [k], [size / k, -2 * size / k]) + rng.normal(size=n)
    raise ValueError(name)


def bend_statistic(y: np.ndarray, min_size: int) -> float:
    n = y.shape[0]
    knots = _greedy_knots(y, min_size, MAX_BENDS)
    base = ar1_loglik(y, _hinges(n, []))
    return max([0.0] + [2 * (ar1_loglik(y, _hinges(n, knots[:k])) - base) / (k * np.log(n)) for k in range(1, len(knots) + 1)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    args = parser.parse_args(argv)
    for n in (60, 120, 300):
        for name in NULLS + ALTS:
            st = np.array([bend_statistic(family(name, np.random.default_rng(1000 * s + n), n), max(2, min(6, n // 4)))
                           for s in range(args.seeds)])
            q = np.quantile(st, [0.5, 0.9, 0.95])
            share = "  ".join(f">{c}: {(st > c).mean():.2f}" for c in (2, 3, 4, 6))
            print(f"n={n:3d} {name:15s} median {q[0]:6.2f} p90 {q[1]:6.2f} p95 {q[2]:6.2f}  {share}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
