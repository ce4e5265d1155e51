#!/usr/bin/env python3
"""Validate queries.jsonl for writer c18. Prints OK at the end if everything passes."""
import collections
import json
import sys

import gen

FIELDS = {"id", "split", "expected", "text"}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def main():
    case_ids = gen.load_case_ids("addresses.tsv")
    with open("queries.jsonl", encoding="utf-8") as f:
        raw = f.read()
    lines = raw.splitlines()
    if len(lines) != 90:
        fail("expected 90 lines, got %d" % len(lines))
    recs = []
    for i, line in enumerate(lines, start=1):
        try:
            r = json.loads(line)
        except ValueError as e:
            fail("line %d not JSON: %s" % (i, e))
        if set(r) != FIELDS:
            fail("line %d fields %s" % (i, sorted(r)))
        if r["id"] != "c18-%03d" % i:
            fail("line %d id %r" % (i, r["id"]))
        want = "dev" if i % 2 == 1 else "test"
        if r["split"] != want:
            fail("line %d split %r, want %r" % (i, r["split"], want))
        if not (isinstance(r["expected"], list) and len(r["expected"]) == 1):
            fail("line %d expected must be a one-element list" % i)
        if r["expected"][0] not in case_ids:
            fail("line %d expected %r not in addresses.tsv" % (i, r["expected"][0]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("line %d empty text" % i)
        recs.append(r)
    splits = collections.Counter(r["split"] for r in recs)
    if splits != {"dev": 45, "test": 45}:
        fail("split counts %s" % dict(splits))
    per_case = collections.Counter(r["expected"][0] for r in recs)
    over = [c for c, n in per_case.items() if n > 2]
    if over:
        fail("cases used more than twice: %s" % over)
    texts = [r["text"].strip().lower() for r in recs]
    if len(set(texts)) != len(texts):
        fail("duplicate texts")
    errs = gen.check(gen.REPORTS)
    if errs:
        fail("avoid/sentence checks: %s" % errs)
    if raw != gen.dumps(gen.build()):
        fail("queries.jsonl differs from what gen.py builds")
    print("%d reports, %d cases, splits %s" % (len(recs), len(per_case), dict(splits)))
    print("OK")


if __name__ == "__main__":
    main()
