"""Score detectors on the NAB subset in ../shared/data/nab with NAB's published scoring.

Usage::

    .venv/bin/python bench/nab.py [--data ../shared/data/nab] [--jobs 2] [--dump scores.pkl] [--cad]

``--cad`` adds reference rows for the re-implemented CAD OSE (``detectors.context_anomaly``).

Scores this project's causal anomaly detector (``detectors.anomaly.anomaly_scores``) and the
peers' published detections (``peers/*.json``) with the same code in the same run, and prints
one table per profile, sorted by score, with a column per category.

The scoring follows NAB v1.1 (``nab/sweeper.py``, ``nab/runner.py``):

* the first 15% of each file (at most 750 rows) is probationary and not scored;
* a detection inside an anomaly window earns ``tp_weight * S(p) / S(-1)``, where
  ``S(p) = 2 / (1 + exp(5 p)) - 1`` and ``p = -(right - i + 1) / width`` is the relative
  position in the window; only the best (earliest) detection in a window counts;
* a detection outside windows costs ``fp_weight * S(p)`` with ``p`` the distance past the
  previous window's right edge over that window's width (``-fp_weight`` before any window);
* each window with no detection costs ``fn_weight``;
* a detector's raw score is the sum over the corpus; it is normalised as
  ``100 * (raw - null) / (perfect - null)``, null = no detections, perfect = every window
  detected at its first row (``n_windows * tp_weight``).

The headline figure is leave-one-category-out: for each of the four categories, one of the
settings in :data:`GRID` and its threshold are chosen on the other three (best raw score, NAB's
sweep) and applied unchanged to the held-out one; the held-out raw scores are pooled and
normalised over the whole subset, and shown per category. For reference, "in-sample" is the best
setting and threshold chosen on all files (how NAB's optimiser sets every scoreboard threshold),
and "as shipped" is :data:`PRODUCT` (``COUNTS_CHOSEN``) at ``CHOSEN_ALARM``, the setting the product
runs (rescaled to hourly counts as ``HOURLY_COUNTS``); "the product's setting, threshold left one
category out" is that setting alone with only its threshold chosen on three categories, the figure
that says whether the product's own setting travels. Everything calls
``detectors.anomaly.anomaly_scores``, the code the exporter runs. Peers' detections already apply
their published thresholds (chosen on the full corpus), so they are binary score streams scored
at threshold 1.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.anomaly import (  # noqa: E402
    CHOSEN_ALARM,
    COUNTS_CHOSEN,
    NAB_CHOSEN,
    AnomalyScorerConfig,
    anomaly_scores,
)
from detectors.context_anomaly import context_scores  # noqa: E402

PROFILES = {
    "standard": {"tp": 1.0, "fp": 0.11, "fn": 1.0},
    "reward_low_FP_rate": {"tp": 1.0, "fp": 0.22, "fn": 1.0},
    "reward_low_FN_rate": {"tp": 1.0, "fp": 0.11, "fn": 2.0},
}
PROBATION_PERCENT = 0.15
#: ../shared/data/nab from the project root, also from a worktree one level deeper.
DEFAULT_DATA = next(
    (p / "shared" / "data" / "nab" for p in Path(__file__).resolve().parents if (p / "shared" / "data" / "nab").is_dir()),
    Path(__file__).resolve().parents[2] / "shared" / "data" / "nab",
)


def scaled_sigmoid(position: float) -> float:
    """NAB's reward for a detection at relative ``position`` (-1 window start, 0 its end)."""
    if position >= 3.0:
        return -1.0
    return 2.0 / (1.0 + math.exp(5.0 * position)) - 1.0


@dataclass
class ScoredFile:
    """One data file prepared for scoring: per-row reward and window membership."""

    name: str
    timestamps: pd.DatetimeIndex
    values: np.ndarray
    in_window: np.ndarray  # bool, row lies in an anomaly window
    unweighted: np.ndarray  # scaled-sigmoid reward before profile weights
    window_id: np.ndarray  # int, global window number or -1; -2 marks probationary rows
    n_windows: int


def prepare_file(name: str, frame: pd.DataFrame, windows: list[list[str]], first_window_id: int) -> ScoredFile:
    """Compute NAB's per-row sweep reward (``Sweeper.calcSweepScore``) for one file."""
    ts = pd.DatetimeIndex(pd.to_datetime(frame["timestamp"]))
    n = len(ts)
    pos: dict[pd.Timestamp, int] = {}
    for i, t in enumerate(ts):
        pos.setdefault(t, i)  # NAB uses list.index: the first row with that time
    limits = sorted((pos[pd.Timestamp(a)], pos[pd.Timestamp(b)]) for a, b in windows)
    probation = min(math.floor(PROBATION_PERCENT * n), PROBATION_PERCENT * 5000)
    max_tp = scaled_sigmoid(-1.0)
    in_window = np.zeros(n, dtype=bool)
    unweighted = np.zeros(n)
    window_id = np.full(n, -1, dtype=int)
    cur = None
    prev_right = prev_width = None
    k = 0
    for i in range(n):
        if k < len(limits) and i == limits[k][0]:
            cur = (limits[k][0], limits[k][1], first_window_id + k)
            k += 1
        if cur is not None:
            width = cur[1] - cur[0] + 1
            unweighted[i] = scaled_sigmoid(-(cur[1] - i + 1) / width) / max_tp
            in_window[i] = True
            window_id[i] = cur[2]
        elif prev_right is None:
            unweighted[i] = -1.0
        else:
            unweighted[i] = scaled_sigmoid(abs(prev_right - i) / (prev_width - 1))
        if i < probation:
            window_id[i] = -2
        if cur is not None and i == cur[1]:
            prev_right, prev_width = i, cur[1] - cur[0] + 1
            cur = None
    return ScoredFile(name, ts, frame["value"].to_numpy(float), in_window, unweighted, window_id, len(limits))


def load_corpus(root: Path) -> list[ScoredFile]:
    windows = json.loads((root / "windows.json").read_text())
    files, next_id = [], 0
    for name in sorted(windows):
        frame = pd.read_csv(root / name)
        f = prepare_file(name, frame, windows[name], next_id)
        next_id += f.n_windows
        files.append(f)
    return files


def score_by_threshold(files: list[ScoredFile], scores: list[np.ndarray], profile: dict) -> list[tuple]:
    """All (threshold, raw score, tp, fp, fn) rows, as NAB's ``calcScoreByThreshold`` over the corpus.

    A row's threshold t means "rows with score >= t are detections".
    """
    s_all, sweep_all, wid_all = [], [], []
    for f, s in zip(files, scores, strict=True):
        keep = f.window_id != -2
        weighted = np.where(f.in_window, f.unweighted * profile["tp"], f.unweighted * profile["fp"])
        s_all.append(np.asarray(s, float)[keep])
        sweep_all.append(weighted[keep])
        wid_all.append(f.window_id[keep])
    s_all = np.concatenate(s_all)
    sweep_all = np.concatenate(sweep_all)
    wid_all = np.concatenate(wid_all)
    window_best = {int(w): -profile["fn"] for w in np.unique(wid_all[wid_all >= 0])}
    order = np.argsort(-s_all, kind="stable")
    fp_sum = 0.0
    total = sum(window_best.values())
    tp = fp = 0
    rows = [(math.inf, total, 0, 0, len(window_best))]
    detected: set[int] = set()
    for j, idx in enumerate(order):
        w = int(wid_all[idx])
        if w < 0:
            fp += 1
            fp_sum += sweep_all[idx]
            total += sweep_all[idx]
        else:
            tp += 1
            detected.add(w)
            if sweep_all[idx] > window_best[w]:
                total += sweep_all[idx] - window_best[w]
                window_best[w] = sweep_all[idx]
        last_of_value = j + 1 == len(order) or s_all[order[j + 1]] != s_all[idx]
        if last_of_value:
            rows.append((float(s_all[idx]), total, tp, fp, len(window_best) - len(detected)))
    return rows


def normalised(raw: float, n_windows: int, profile: dict, null_raw: float) -> float:
    perfect = n_windows * profile["tp"]
    return 100.0 * (raw - null_raw) / (perfect - null_raw)


#: Settings compared by the leave-one-category-out run. Each is a complete detector; the run picks
#: one of them and its threshold on three categories and scores the fourth with them. Every one is
#: a plausible default, none is tuned per file. The first is the scorer's default (the product ran
#: it until round 12 and now runs the last entry); the second adds the step view (``use_steps``),
#: and the rest vary one more thing on top of it. This grid was
#: rewritten in the second round of issue 18 after one-at-a-time runs over all 35 files
#: (bench/RESULTS.md says so): the held-out figure measures whether a choice made on three
#: categories travels to the fourth, not a grid written blind. The last entry, the shift views,
#: was added in the third round after its own held-out run (alone: 66.9 standard) beat the grid's.
GRID: dict[str, AnomalyScorerConfig] = {
    "default (value, mean, seasonal views)": AnomalyScorerConfig(),
    "step view": AnomalyScorerConfig(use_steps=True),
    "step, counts auto": AnomalyScorerConfig(use_steps=True, counts=None),
    "step, drift 1 d": AnomalyScorerConfig(use_steps=True, drift_window=288),
    "step, mean 24": AnomalyScorerConfig(use_steps=True, mean_window=24),
    "step, min history 100": AnomalyScorerConfig(use_steps=True, min_history=100),
    "step, suppress 10 h": AnomalyScorerConfig(use_steps=True, suppress=120),
    "step, no seasonal gate": AnomalyScorerConfig(use_steps=True, seasonal_gate=0.0),
    "step, shift views 1/4/12 h": AnomalyScorerConfig(use_steps=True, shift_scales=(12, 48, 144)),
    # Round 8 (plan in bench/RESULTS.md, committed before the run): a hold that starts at the shift
    # views' own threshold (0.272, chosen in every fold in rounds 3-7), fixed or by alarm rate.
    "step, shift views, hold 6 h from 0.272": AnomalyScorerConfig(
        use_steps=True, shift_scales=(12, 48, 144), hold=72, hold_level=0.272),
    "step, shift views, hold 1 h per alarm (max 12 h) from 0.272": AnomalyScorerConfig(
        use_steps=True, shift_scales=(12, 48, 144), hold_per_alarm=12, hold_max=144, hold_level=0.272),
    # Round 12 (plan in bench/RESULTS.md, committed before the run): the 6 h hold ends early after an
    # hour in which the series was calm again (relative score below 1); chosen in every fold, and
    # since then the product's setting: this entry is the object the product rescales.
    "step, shift views, hold 6 h from 0.272, released after 1 h calm": NAB_CHOSEN,
    # Round 14 (plan in bench/RESULTS.md, committed before the ship run): the same, with count series
    # read by their shape (non-negative integer warm-up: the count view, a negative-binomial tail
    # against the series' own recent counts; Anscombe when their median is small). Real-valued files
    # score exactly as with the entry above. The product runs this object at hourly sampling. Round 15:
    # a constant warm-up decides nothing (the decision waits for a value that differs) and small counts
    # are told by their mean, so a bytes series starting with zeros is not square-rooted.
    "the same, counts read by shape (count view)": COUNTS_CHOSEN,
}
#: The setting the product runs (``detectors.anomaly.HOURLY_COUNTS`` is it at hourly sampling).
PRODUCT = COUNTS_CHOSEN


def _score_file(args):
    values, ts, config = args
    return anomaly_scores(values, ts, config)


def _cad_file(args):
    values, with_file_range = args
    return context_scores(values, value_range=(float(np.nanmin(values)), float(np.nanmax(values)))
                          if with_file_range else None)


def cad_rows(files: list[ScoredFile], jobs: int) -> dict[str, list[np.ndarray]]:
    """Reference rows (``--cad``): this project's CAD OSE (detectors.context_anomaly) with the
    published defaults, given each file's min/max as NAB's run does (not causal: a live series has
    no whole-file range) and with a running min/max (causal). Round 11 offered the causal one to
    the grid, alone and beside the views; it did not hold out (bench/RESULTS.md), so it is not in
    :data:`GRID`. About 3 ms a sample in pure Python, hence opt-in.
    """
    with Pool(jobs) as pool:
        flat = pool.map(_cad_file, [(f.values, r) for r in (True, False) for f in files])
    return {"CAD OSE re-implemented, file's range": flat[: len(files)],
            "CAD OSE re-implemented, running range": flat[len(files) :]}


def category(f: ScoredFile) -> str:
    return f.name.split("/")[0]


def raw_at(rows: list[tuple], threshold: float) -> tuple:
    """The sweep row that scoring with ``threshold`` gives (detections are scores >= threshold)."""
    return [r for r in rows if r[0] >= threshold][-1]


def loco(files, scores_by_config, profile, null_raw_of):
    """Leave one category out: choose (setting, threshold) on three categories, score the fourth.

    Returns (pooled raw, tp, fp, fn, per-category rows) where each category row is
    (category, chosen setting, threshold, normalised held-out score or None, raw, tp, fp, fn).
    """
    cats = sorted({category(f) for f in files})
    pooled = [0.0, 0, 0, 0]
    per_cat = []
    for held in cats:
        train = [i for i, f in enumerate(files) if category(f) != held]
        test = [i for i, f in enumerate(files) if category(f) == held]
        best = None
        for name, scores in scores_by_config.items():
            rows = score_by_threshold([files[i] for i in train], [scores[i] for i in train], profile)
            top = max(rows, key=lambda r: r[1])
            if best is None or top[1] > best[2]:
                best = (name, top[0], top[1])
        name, threshold, _ = best
        test_files = [files[i] for i in test]
        rows = score_by_threshold(test_files, [scores_by_config[name][i] for i in test], profile)
        raw, tp, fp, fn = raw_at(rows, threshold)[1:]
        n_win = sum(f.n_windows for f in test_files)
        null_raw = null_raw_of(test_files)
        norm = normalised(raw, n_win, profile, null_raw) if n_win else None
        pooled[0] += raw
        pooled[1] += tp
        pooled[2] += fp
        pooled[3] += fn
        per_cat.append((held, name, threshold, norm, raw, tp, fp, fn))
    return (*pooled, per_cat)


def peer_streams(path: Path, files: list[ScoredFile]) -> tuple[str, dict[str, list[np.ndarray]]]:
    """Binary score streams (1 at each published detection) per profile for one peer."""
    peer = json.loads(path.read_text())
    streams = {}
    for prof in PROFILES:
        per_file = []
        for f in files:
            det = peer["detections"].get(f.name, {}).get(prof, [])
            s = np.zeros(len(f.timestamps))
            if det:
                s[np.isin(f.timestamps, pd.to_datetime(det))] = 1.0
            per_file.append(s)
        streams[prof] = per_file
    return peer["detector"], streams


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dump", type=Path, help="also save every setting's scores (pickle), so that declared "
                        "secondary figures come from the same run")
    parser.add_argument("--cad", action="store_true", help="also score the re-implemented CAD OSE (detectors."
                        "context_anomaly) with the file's range at contextOSE's published thresholds and with a "
                        "running range at its best in-sample threshold (slow: about 10 min)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    files = load_corpus(args.data)
    n_windows = sum(f.n_windows for f in files)
    with Pool(args.jobs) as pool:
        flat = pool.map(_score_file, [(f.values, f.timestamps, c) for c in GRID.values() for f in files])
    scores_by_config = {name: flat[k * len(files) : (k + 1) * len(files)] for k, name in enumerate(GRID)}
    t_ours = time.perf_counter() - t0
    if args.dump:
        import pickle

        args.dump.write_bytes(pickle.dumps({name: [np.asarray(s) for s in v] for name, v in scores_by_config.items()}))

    def null_raw_of(subset, weights):
        return score_by_threshold(subset, [np.zeros(len(f.values)) for f in subset], weights)[0][1]

    cad = cad_rows(files, args.jobs) if args.cad else {}
    cad_path = args.data / "peers" / "contextOSE.json"
    cad_thresholds = json.loads(cad_path.read_text())["thresholds"] if cad and cad_path.is_file() else {}
    peers = {}
    for peer_path in sorted((args.data / "peers").glob("*.json")):
        name, streams = peer_streams(peer_path, files)
        peers[name] = streams
    cats = sorted({category(f) for f in files})
    print(f"NAB subset: {len(files)} files in {len(cats)} categories, {n_windows} windows; "
          f"{len(GRID)} settings of our detector scored in {t_ours:.1f} s")
    product = PRODUCT
    for prof, weights in PROFILES.items():
        null_raw = null_raw_of(files, weights)
        table: dict[str, tuple] = {}
        raw, tp, fp, fn, per_cat = loco(files, scores_by_config, weights, lambda sub, w=weights: null_raw_of(sub, w))
        table["ours, leave-one-category-out"] = (normalised(raw, n_windows, weights, null_raw), tp, fp, fn,
                                                 {c[0]: c[3] for c in per_cat})
        product_label = next(k for k, v in GRID.items() if v == product)
        p_raw, p_tp, p_fp, p_fn, p_cat = loco(files, {product_label: scores_by_config[product_label]}, weights,
                                              lambda sub, w=weights: null_raw_of(sub, w))
        table["product's setting, threshold left one category out"] = (
            normalised(p_raw, n_windows, weights, null_raw), p_tp, p_fp, p_fn, {c[0]: c[3] for c in p_cat})
        in_sample = []
        for name, scores in scores_by_config.items():
            rows = score_by_threshold(files, scores, weights)
            top = max(rows, key=lambda r: r[1])
            in_sample.append((top[1], name, top))
        _, name, top = max(in_sample)
        table[f"ours, in-sample ({name}, t {top[0]:.3f})"] = (
            normalised(top[1], n_windows, weights, null_raw), *top[2:], None)
        if product in GRID.values():
            label = next(k for k, v in GRID.items() if v == product)
            rows = score_by_threshold(files, scores_by_config[label], weights)
            at = raw_at(rows, CHOSEN_ALARM)
            table[f"ours as shipped ({label}, t {CHOSEN_ALARM})"] = (
                normalised(at[1], n_windows, weights, null_raw), *at[2:], None)
        for name, cad_scores in cad.items():
            crows = score_by_threshold(files, cad_scores, weights)
            published = cad_thresholds.get(prof)
            at = raw_at(crows, published) if "file" in name and published else max(crows, key=lambda r: r[1])
            label = f"published t {published:.3f}" if "file" in name and published else f"in-sample t {at[0]:.3f}"
            table[f"{name} ({label})"] = (normalised(at[1], n_windows, weights, null_raw), *at[2:], None)
        for name, streams in peers.items():
            prows = score_by_threshold(files, streams[prof], weights)
            at_one = raw_at(prows, 1.0)
            by_cat = {}
            for c in cats:
                idx = [i for i, f in enumerate(files) if category(f) == c]
                sub = [files[i] for i in idx]
                nw = sum(f.n_windows for f in sub)
                if nw:
                    r = raw_at(score_by_threshold(sub, [streams[prof][i] for i in idx], weights), 1.0)
                    by_cat[c] = normalised(r[1], nw, weights, null_raw_of(sub, weights))
                else:
                    by_cat[c] = None
            table[name] = (normalised(at_one[1], n_windows, weights, null_raw), *at_one[2:], by_cat)
        print(f"\nProfile {prof}")
        print("  leave-one-category-out choices: " + "; ".join(
            f"{c[0]}: {c[1]}, t {c[2]:.3f}" + (f" -> {c[3]:.1f}" if c[3] is not None else f" -> {c[6]} FP")
            for c in per_cat))
        print("  the product's setting, thresholds chosen on the other three: " + "; ".join(
            f"{c[0]}: t {c[2]:.3f}" + (f" -> {c[3]:.1f}" if c[3] is not None else f" -> {c[6]} FP") for c in p_cat))
        short = [c.replace("artificial", "art").replace("realAWSCloudwatch", "AWS").replace("real", "")[:10]
                 for c in cats]
        print(f"{'detector':<52} {'score':>6} {'TP':>5} {'FP':>5} {'FN':>4}  " + " ".join(f"{c:>10}" for c in short))
        for name, (score, tp, fp, fn, by_cat) in sorted(table.items(), key=lambda kv: -kv[1][0]):
            cells = " ".join(
                f"{'':>10}" if by_cat is None else f"{'-':>10}" if by_cat.get(c) is None else f"{by_cat[c]:10.1f}"
                for c in cats)
            print(f"{name:<52} {score:6.1f} {tp:5d} {fp:5d} {fn:4d}  {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
