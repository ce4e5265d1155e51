"""Round 31 (issue 17): fusion readings replayed offline on SeaMonkey's dev reports and every released writer's
reports (c3-c22, both halves, against the 127 postmortem cases), chosen leave-one-writer-out.

    PYTHONPATH=$PWD .venv/bin/python bench/case_r31_sweep.py --seamonkey /tmp/fuse8/sm_dev.pkl \
      --writers /tmp/fuse8/writers.pkl

Signals from `bench/case_r31_signals.py`, ranked by `case_r31_fusions.replay` (the product's fusion and near-tie
factor; the product's settings reproduce its own rankings). The choice for a left-out writer: among the readings
that keep every *other* writer's halves within `BAR` of the product's, the one with the best SeaMonkey dev MRR (ties:
the others' mean gain, then the product's settings). The left-out writer's gain under that choice is its figure.
Every figure here is in-sample (released data, read while choosing).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import case_r31_fusions as fu  # noqa: E402

BAR = 0.01


def readings() -> dict[str, dict]:
    """The readings compared: the lexical ramp by the report's best cosine (`SURE_MEANING`), and the weights of the
    headline, the coverage and the overlap."""
    out: dict[str, dict] = {"product": {}}
    for lo, hi, floor in itertools.product((0.6, 0.65, 0.7), (0.8, 0.85, 0.9), (0.0, 0.25)):
        out[f"ramp {lo}-{hi} floor {floor}"] = {"SURE_MEANING": (lo, hi, floor)}
    for k, vals in (("W_LEAD", (0.15, 0.35)), ("W_LEXICAL", (0.35, 0.65)), ("W_OVERLAP", (0.25, 0.75))):
        for v in vals:
            out[f"{k} {v}"] = {k: v}
    return out


def halves(reports: list[dict], name: str) -> dict[str, list[dict]]:
    return {f"{name}/{s}": [r for r in reports if r["split"] == s] for s in sorted({r["split"] for r in reports})}


def table(groups: dict[str, list[dict]], variants: dict[str, dict]) -> dict[str, dict[str, float]]:
    out = {}
    for label, kw in variants.items():
        with fu.settings(**kw):
            out[label] = {g: fu.mrr(rs, [fu.replay(r) for r in rs]) for g, rs in groups.items()}
    return out


def choose(scores: dict[str, dict[str, float]], left_out: str | None, sm: str) -> str:
    base = scores["product"]
    best, key = "product", None
    for label, s in scores.items():
        others = [g for g in s if g != sm and (left_out is None or not g.startswith(left_out + "/"))]
        if any(s[g] < base[g] - BAR for g in others):
            continue
        k = (round(s[sm] - base[sm], 6), sum(s[g] - base[g] for g in others) / len(others), label == "product")
        if key is None or k > key:
            best, key = label, k
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seamonkey", type=Path, required=True)
    ap.add_argument("--writers", type=Path, required=True)
    a = ap.parse_args()
    with open(a.seamonkey, "rb") as fh:
        sm = pickle.load(fh)["seamonkey"]
    with open(a.writers, "rb") as fh:
        writers = pickle.load(fh)
    groups = {"seamonkey/dev": [r for r in sm if r["split"] == "dev"]}
    for name, reports in writers.items():
        groups.update(halves(reports, name))
    scores = table(groups, readings())
    base = scores["product"]
    for label, s in scores.items():
        worst = min((s[g] - base[g], g) for g in s if g != "seamonkey/dev")
        down = sum(s[g] < base[g] - 1e-9 for g in s if g != "seamonkey/dev")
        up = sum(s[g] > base[g] + 1e-9 for g in s if g != "seamonkey/dev")
        print(json.dumps({"reading": label, "seamonkey_dev": round(s["seamonkey/dev"], 3),
                          "writer_halves_up_down": [up, down], "worst": [round(worst[0], 3), worst[1]]}))
    print("leave one writer out:")
    for name in writers:
        pick = choose(scores, name, "seamonkey/dev")
        gain = {g: round(scores[pick][g] - base[g], 3) for g in groups if g.startswith(name + "/")}
        print(json.dumps({"left_out": name, "pick": pick, "its_gain": gain,
                          "seamonkey_dev": round(scores[pick]["seamonkey/dev"] - base["seamonkey/dev"], 3)}))
    print(json.dumps({"all_writers_pick": choose(scores, None, "seamonkey/dev")}))


if __name__ == "__main__":
    main()
