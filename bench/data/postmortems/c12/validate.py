#!/usr/bin/env python3
"""Validate queries.jsonl for writer c12 against the brief's rules."""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def word_hit(term, text):
    return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE) is not None


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if p.strip()]


addr = set()
with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
    for line in f:
        cols = line.rstrip("\n").split("\t")
        if cols and re.fullmatch(r"pm-\d{3}", cols[0]):
            addr.add(cols[0])

with open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") as f:
    raw = f.read()
rows = [json.loads(l) for l in raw.splitlines() if l.strip()]

# determinism: regenerate in memory and compare
expected_raw = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gen.build())
if expected_raw != raw:
    err("queries.jsonl differs from gen.build() output (not regenerated / not deterministic)")

if len(rows) != 90:
    err("expected 90 reports, got %d" % len(rows))
if len(gen.REPORTS) != len(rows):
    err("REPORTS and queries.jsonl length differ")

per_case = defaultdict(list)
for i, r in enumerate(rows, start=1):
    rid = "c12-%03d" % i
    if set(r) != {"id", "split", "expected", "text"}:
        err("%s: wrong fields %s" % (rid, sorted(r)))
    if r.get("id") != rid:
        err("position %d: id %r, want %s" % (i, r.get("id"), rid))
    want_split = "dev" if i % 2 == 1 else "test"
    if r.get("split") != want_split:
        err("%s: split %r, want %s" % (rid, r.get("split"), want_split))
    exp = r.get("expected")
    if not (isinstance(exp, list) and len(exp) == 1 and exp[0] in addr):
        err("%s: expected must be exactly one id from addresses.tsv, got %r" % (rid, exp))
        continue
    case, voice, avoid, _ = gen.REPORTS[i - 1]
    if case != exp[0]:
        err("%s: case mismatch with data" % rid)
    text = r["text"]
    n = len(sentences(text))
    if not 2 <= n <= 6:
        err("%s: %d sentences (need 2-6)" % (rid, n))
    for term in list(gen.GLOBAL_AVOID) + list(avoid):
        if word_hit(term, text):
            err("%s (%s): avoid-word %r present" % (rid, case, term))
    if not avoid:
        err("%s: empty per-case AVOID list" % rid)
    per_case[case].append(voice)

for case, voices in per_case.items():
    if len(voices) > 2:
        err("%s: %d reports (max 2)" % (case, len(voices)))
    if len(voices) == 2 and voices[0] == voices[1]:
        err("%s: two reports share voice %r" % (case, voices[0]))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAILED (%d errors)" % len(errors))
    sys.exit(1)
print("OK: %d reports, %d cases, dev=%d test=%d" % (
    len(rows), len(per_case),
    sum(r["split"] == "dev" for r in rows), sum(r["split"] == "test" for r in rows)))
