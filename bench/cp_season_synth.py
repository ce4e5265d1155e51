"""Synthetic check of removing a season before the change search (``season``), before TCPD.

Usage::

    PYTHONPATH=. .venv/bin/python bench/cp_season_synth.py [--seeds 100] [--lengths 60 120 300]

For each family and length, seeded series go through
:func:`detectors.changepoints.change_point_indices` in three modes: "off" (neither the season
removal nor the two-line relocation: the shipped pass before round 13), "relocate" (round 12's
relocation alone) and "season + relocate" (the round-13 default). Reported: for families
without a change, the share of series with any change (it must not rise) and the share in which
:func:`detectors.changepoints.seasonal_period` finds a season; for families with one true change,
the share of series with a change within 2 samples of it, and the share with more than one
change. The families are the ones the product meets (independent noise, Poisson counts as in
daily alert totals, autocorrelated noise, random walks, a weekly rhythm in daily counts) and
the ones the season removal is for (a monthly season with or without a step).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.changepoints import change_point_indices, seasonal_period  # noqa: E402

MODES = {
    "off": {"season": False, "relocate": False},
    "relocate": {"season": False, "relocate": True},
    "season + relocate": {},
}


def _ar1(rng, n: int, phi: float) -> np.ndarray:
    e = rng.normal(size=n)
    x = np.empty(n)
    x[0] = e[0] / np.sqrt(1 - phi**2)
    for i in range(1, n):
        x[i] = phi * x[i - 1] + e[i]
    return x


def _season(rng, n: int, period: int, amplitude: float) -> np.ndarray:
    pattern = rng.normal(size=period)
    pattern = amplitude * (pattern - pattern.mean()) / pattern.std()
    return pattern[np.arange(n) % period]


def null_families(rng, n: int) -> dict[str, np.ndarray]:
    t = np.arange(n)
    weekly = 3.0 * np.where(t % 7 >= 5, 0.4, 1.0)  # daily counts, quieter weekends
    return {
        "white noise": rng.normal(size=n),
        "Poisson(3) counts": rng.poisson(3.0, n).astype(float),
        "AR(1) phi 0.7": _ar1(rng, n, 0.7),
        "AR(1) phi 0.9": _ar1(rng, n, 0.9),
        "random walk": np.cumsum(rng.normal(size=n)),
        "Poisson daily counts, weekly rhythm (no change)": rng.poisson(weekly).astype(float),
        "12-step season of 2 sd + noise (no change)": _season(rng, n, 12, 2.0) + rng.normal(size=n),
    }


def change_families(rng, n: int) -> dict[str, tuple[np.ndarray, int]]:
    at = int(rng.integers(n // 5, n - n // 5))
    t = np.arange(n, dtype=float)
    step = (t >= at).astype(float)
    weekly = np.where(t % 7 >= 5, 0.4, 1.0)
    return {
        "step 2 sd, white noise": (2 * step + rng.normal(size=n), at),
        "step 4 sd, white noise": (4 * step + rng.normal(size=n), at),
        "Poisson counts 3 -> 6": (rng.poisson(3.0 + 3.0 * step).astype(float), at),
        "Poisson daily counts 3 -> 6, weekly rhythm": (rng.poisson((3.0 + 3.0 * step) * weekly).astype(float), at),
        "step 2 sd, AR(1) 0.5 noise": (2 * step + _ar1(rng, n, 0.5), at),
        "step 2 sd on a 12-step season of 2 sd": (2 * step + _season(rng, n, 12, 2.0) + rng.normal(size=n), at),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--lengths", type=int, nargs="+", default=[60, 120, 300])
    args = parser.parse_args(argv)
    for n in args.lengths:
        nulls: dict[str, list] = {}
        changes: dict[str, list] = {}
        for seed in range(args.seeds):
            rng = np.random.default_rng([n, seed])
            for name, x in null_families(rng, n).items():
                row = nulls.setdefault(name, [[] for _ in range(len(MODES) + 1)])
                for r, kw in zip(row, MODES.values(), strict=False):
                    r.append(len(change_point_indices(x, **kw)) > 0)
                row[-1].append(seasonal_period(x) is not None)
            for name, (x, at) in change_families(rng, n).items():
                row = changes.setdefault(name, [[] for _ in MODES])
                for r, kw in zip(row, MODES.values(), strict=True):
                    r.append(change_point_indices(x, **kw))
                changes.setdefault(name + "\0at", []).append(at)
        modes = " / ".join(MODES)
        print(f"n={n}, {args.seeds} seeds; modes {modes}")
        for name, row in nulls.items():
            share = " / ".join(f"{np.mean(r):.2f}" for r in row[:-1])
            print(f"  {name:<50} any change {share}; season found {np.mean(row[-1]):.2f}")
        for name, row in changes.items():
            if name.endswith("\0at"):
                continue
            ats = changes[name + "\0at"]
            within = " / ".join(
                f"{np.mean([any(abs(c - a) <= 2 for c in cps) for cps, a in zip(r, ats, strict=True)]):.2f}" for r in row
            )
            extra = " / ".join(f"{np.mean([len(cps) > 1 for cps in r]):.2f}" for r in row)
            print(f"  {name:<50} within 2: {within}; more than one change: {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
