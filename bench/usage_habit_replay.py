"""Replay the habit stage on logs captured by ``bench/usage_eval.py --capture DIR`` (dev logs only).

The weekly-habit and month-end rules read nothing but the batches `exporter.usage.stage` hands them
(questions' times, subjects, broad groups, askers and texts per zone) and the subjects' names; the
store, redaction, embedding and subject grouping before them are the same whatever those rules do.
So a rule change for habits can be judged on many dev logs in seconds, by running the current
`stage._habits` on the captured inputs and scoring them as `bench/usage_eval.py` does. Only habits and month ends are scored; the other kinds do not change.

    PYTHONPATH=$PWD .venv/bin/python bench/usage_habit_replay.py /tmp/usage_capture/dev3
    PYTHONPATH=$PWD .venv/bin/python bench/usage_habit_replay.py DIR --show-null   # what each null twin reported
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path
from types import SimpleNamespace

from bench.usage_eval import score
from exporter.usage import stage
from exporter.usage.stage import UsageParams

KINDS = ("habit", "month_end")


def replay(captured: dict, params: UsageParams) -> list[dict]:
    """The habit stage's patterns for one captured log, in the shape `usage_eval.score` reads: the
    stage's own `_habits`, handed the captured batches and alert peaks instead of reading them."""
    out: dict[tuple, dict] = {}
    original_runs, original_peaks = stage._habit_runs, stage._alert_peaks
    try:
        for org, got in captured["orgs"].items():
            stage._habit_runs = lambda *_, got=got: got["runs"]
            stage._alert_peaks = lambda *_, got=got: got["peaks"]
            sj = {"info": got["info"], "broad": got["broad"]}
            for p in stage._habits(None, SimpleNamespace(org=org), sj, got["now"], "UTC", {}, params):
                out[(p.org_id, p.user_id, p.type, p.key)] = {
                    "org_id": p.org_id, "user_id": p.user_id, "type": p.type, "pattern_key": p.key, "data": p.data,
                    "evidence": p.evidence, "confidence": p.confidence,
                }
    finally:
        stage._habit_runs, stage._alert_peaks = original_runs, original_peaks
    return list(out.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--show-null", action="store_true", help="print each null-twin report (dev only)")
    ap.add_argument("--alpha", type=float, default=None, help="habit_alpha to replay with (default: the shipped one)")
    args = ap.parse_args()
    params = UsageParams() if args.alpha is None else UsageParams(habit_alpha=args.alpha)
    total = {(null, k): [0, 0, 0, 0] for null in (False, True) for k in KINDS}
    null_logs_with_reports = 0
    t0 = time.perf_counter()
    files = sorted(f for folder in args.folders for f in Path(folder).glob("*.pkl"))
    for f in files:
        captured = pickle.loads(f.read_bytes())
        log = SimpleNamespace(truth=captured["truth"], meaning=captured["meaning"])
        found = replay(captured, params)
        s = score(log, found)
        null = captured["null"]
        for k in KINDS:
            total[(null, k)] = [a + b for a, b in zip(total[(null, k)], s[k], strict=True)]
        line = ", ".join(f"{k} {s[k][0]}/{s[k][1]} found {s[k][2]}/{s[k][3]}" for k in KINDS)
        print(f"{f.stem}: {line}", flush=True)
        if null and any(s[k][1] for k in KINDS):
            null_logs_with_reports += 1
            if args.show_null:
                for r in found:
                    if r["type"] == "habit":
                        print("   ", r["org_id"], r["user_id"] or "(org)", r["data"].get("description"),
                              {k: r["evidence"].get(k) for k in ("count", "expected_by_null", "weeks_hit", "weeks",
                                                                   "p_value", "month_end_questions")})
    print(f"\n{len(files)} logs in {time.perf_counter() - t0:.1f}s")
    for k in KINDS:
        a, b, c, d = total[(False, k)]
        print(f"  {k:10s} planted {d:4d} reported {b:4d} precision {a / b if b else 1.0:.3f} "
              f"recall {c / d if d else 1.0:.3f}  null-twin reports {total[(True, k)][1]}")
    print(f"  null twins with any report: {null_logs_with_reports}")


if __name__ == "__main__":
    main()
