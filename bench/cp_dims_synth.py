"""Synthetic check of the per-change penalty of several dimensions, before any TCPD run.

Usage::

    PYTHONPATH=. .venv/bin/python bench/cp_dims_synth.py [--seeds 100] [--n 150 300] [--families NAME ...]

:func:`detectors.changepoints.change_point_indices` scales each dimension to unit variance and
charges a change ``beta * log(n)`` times a weight of the number of dimensions ``d``: ``d`` before
round 15 of issue 18 (a change paid one one-dimensional penalty per dimension), ``(d + 1) / 2``
after it (:func:`detectors.changepoints._dimension_weight`, BIC's count of a change's parameters).
A lower penalty finds more, so this says what it costs where nothing changes and what it finds
where something does, on 2- and 3-dimensional series with known change points:

* no change: independent noise, AR(1) 0.7 noise (share of series with any change, must stay low);
* one 2 sd step in one dimension only, the others noise;
* one 1 sd step in every dimension;
* two 1.5 sd steps, each in a different dimension (the shape of TCPD's run_log).

Printed per family: the share of series with any change (no change) or with every true change
found within 2 samples and no other (with changes), old weight / new weight.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import detectors.changepoints as cp  # noqa: E402


def _noise(rng: np.random.Generator, n: int, d: int, phi: float = 0.0) -> np.ndarray:
    e = rng.normal(size=(n, d))
    if phi:
        for i in range(1, n):
            e[i] += phi * e[i - 1]
    return e


def family(name: str, rng: np.random.Generator, n: int, d: int) -> tuple[np.ndarray, list[int]]:
    """One series of a family, and its true change points."""
    if name == "noise":
        return _noise(rng, n, d), []
    if name == "AR(1) 0.7":
        return _noise(rng, n, d, 0.7), []
    x = _noise(rng, n, d)
    if name == "2 sd step, one dimension":
        x[n // 2 :, 0] += 2.0
        return x, [n // 2]
    if name == "1 sd step, every dimension":
        x[n // 2 :] += 1.0
        return x, [n // 2]
    if name == "two 1.5 sd steps, different dimensions":
        x[n // 3 :, 0] += 1.5
        x[2 * n // 3 :, 1] += 1.5
        return x, [n // 3, 2 * n // 3]
    raise ValueError(name)


FAMILIES = ["noise", "AR(1) 0.7", "2 sd step, one dimension", "1 sd step, every dimension", "two 1.5 sd steps, different dimensions"]


def share(name: str, n: int, d: int, seeds: int) -> float:
    hits = 0
    for seed in range(seeds):
        x, truth = family(name, np.random.default_rng([seed, n, d]), n, d)
        found = cp.change_point_indices(x)
        if not truth:
            hits += bool(found)
        else:
            hits += len(found) == len(truth) and all(abs(a - b) <= 2 for a, b in zip(found, truth, strict=True))
    return hits / seeds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--n", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--families", nargs="+", default=FAMILIES, choices=FAMILIES)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    new = cp._dimension_weight
    print("share with any change (no change) / all changes found within 2, none else (with changes); old weight d / new (d + 1) / 2")
    print(f"{'family':<42}" + "".join(f"{f'd={d} n={n}':>16}" for d in (2, 3) for n in args.n))
    for name in args.families:
        cells = []
        for d in (2, 3):
            for n in args.n:
                cp._dimension_weight = lambda k: 1.0  # the old charge: one penalty per dimension
                old = share(name, n, d, args.seeds)
                cp._dimension_weight = new
                cells.append(f"{old:.2f} / {share(name, n, d, args.seeds):.2f}")
        print(f"{name:<42}" + "".join(f"{c:>16}" for c in cells))
    print(f"ran in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
