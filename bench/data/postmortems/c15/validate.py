#!/usr/bin/env python3
"""Validate queries.jsonl for writer c15. Prints OK at the end if everything passes."""
import collections
import json
import re
import sys

import gen

FIELDS = ["id", "split", "expected", "text"]
N = 90


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    with open("addresses.tsv", encoding="utf-8") as f:
        lines = f.read().splitlines()
    known = {ln.split("\t")[0] for ln in lines[1:] if ln.strip()}

    with open(gen.OUT, encoding="utf-8") as f:
        raw = f.read()
    rows = [json.loads(ln) for ln in raw.splitlines()]
    if len(rows) != N:
        fail(f"expected {N} rows, got {len(rows)}")

    per_case = collections.Counter()
    texts = set()
    splits = collections.Counter()
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != FIELDS:
            fail(f"row {i}: fields {list(r.keys())} != {FIELDS}")
        if r["id"] != f"c15-{i:03d}":
            fail(f"row {i}: id {r['id']}")
        want = "dev" if i % 2 == 1 else "test"
        if r["split"] != want:
            fail(f"row {i}: split {r['split']} != {want}")
        splits[r["split"]] += 1
        exp = r["expected"]
        if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
            fail(f"row {i}: expected must be a one-element list")
        if exp[0] not in known:
            fail(f"row {i}: unknown case {exp[0]}")
        per_case[exp[0]] += 1
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail(f"row {i}: empty text")
        norm = " ".join(t.lower().split())
        if norm in texts:
            fail(f"row {i}: duplicate text")
        texts.add(norm)
        n_sent = len(re.findall(r"[.!?]+(?=\s|$)", t))
        if not 2 <= n_sent <= 6:
            fail(f"row {i}: {n_sent} sentences (want 2-6)")
        for w in gen.GLOBAL_AVOID + gen.AVOID.get(exp[0], []):
            if gen.pattern(w).search(t):
                fail(f"row {i}: avoided word '{w}'")

    over = [c for c, n in per_case.items() if n > 2]
    if over:
        fail(f"cases used more than twice: {over}")
    if splits["dev"] != N // 2 or splits["test"] != N // 2:
        fail(f"split counts {dict(splits)}")
    # two reports of one case must come in two different voices
    vo = collections.defaultdict(list)
    for case, voice, _ in gen.REPORTS:
        vo[case].append(voice)
    for case, vs in vo.items():
        if len(vs) != len(set(vs)):
            fail(f"{case}: repeated voice {vs}")
    if len({v for _, v, _ in gen.REPORTS}) < 10:
        fail("fewer than 10 voices")

    if raw != gen.render(gen.build()):
        fail("queries.jsonl differs from what gen.py builds")

    print(f"{len(rows)} reports, {len(per_case)} cases "
          f"({sum(1 for n in per_case.values() if n == 2)} twice), "
          f"dev={splits['dev']} test={splits['test']}, "
          f"{len({v for _, v, _ in gen.REPORTS})} voices")
    print("OK")


if __name__ == "__main__":
    main()
