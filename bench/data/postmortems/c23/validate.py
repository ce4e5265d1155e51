#!/usr/bin/env python3
"""Validate queries.jsonl for writer c23. Prints OK at the end when everything holds."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

N_EXPECTED = 90
fails = []


def fail(msg):
    fails.append(msg)


path = os.path.join(HERE, "queries.jsonl")
with open(path, encoding="utf-8") as f:
    raw = f.read()
lines = raw.splitlines()
cases = gen.load_cases()

records = []
for n, line in enumerate(lines, start=1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        fail(f"line {n}: bad JSON ({e})")
        continue
    records.append(r)
    if set(r) != {"id", "split", "expected", "text"}:
        fail(f"line {n}: fields are {sorted(r)}")
        continue
    if r["id"] != f"c23-{n:03d}":
        fail(f"line {n}: id {r['id']!r} should be c23-{n:03d}")
    want = "dev" if n % 2 == 1 else "test"
    if r["split"] != want:
        fail(f"line {n}: split {r['split']!r} should be {want}")
    if not (isinstance(r["expected"], list) and len(r["expected"]) == 1 and isinstance(r["expected"][0], str)):
        fail(f"line {n}: expected must be a one-element list of case ids")
    elif r["expected"][0] not in cases:
        fail(f"line {n}: expected {r['expected'][0]} not in addresses.tsv")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        fail(f"line {n}: empty text")
        continue
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", t.strip()) if s.strip()]
    if not 2 <= len(sentences) <= 6:
        fail(f"line {n}: {len(sentences)} sentence-ish pieces")
    hits = gen.avoid_hits(r["expected"][0], t) if isinstance(r["expected"], list) and r["expected"] else []
    if hits:
        fail(f"line {n}: avoided words {hits}")

if len(records) != N_EXPECTED:
    fail(f"{len(records)} records, expected {N_EXPECTED}")
ids = [r.get("id") for r in records]
if len(set(ids)) != len(ids):
    fail("duplicate ids")
splits = collections.Counter(r.get("split") for r in records)
if splits != {"dev": 45, "test": 45}:
    fail(f"split counts {dict(splits)}")
per_case = collections.Counter(r["expected"][0] for r in records if r.get("expected"))
over = {c: k for c, k in per_case.items() if k > 2}
if over:
    fail(f"cases used more than twice: {over}")
texts = [r.get("text", "").strip().lower() for r in records]
dups = [t for t, k in collections.Counter(texts).items() if k > 1]
if dups:
    fail(f"{len(dups)} duplicate texts")

# two reports of one case must be in two different voices
voices = collections.defaultdict(list)
for cid, voice, _ in gen.REPORTS:
    voices[cid].append(voice)
for cid, vs in voices.items():
    if len(vs) != len(set(vs)):
        fail(f"{cid}: same voice used twice {vs}")
if len(set(v for _, v, _ in gen.REPORTS)) < 10:
    fail("fewer than 10 voices")

# the file must equal exactly what gen.py builds
if raw != gen.serialize(gen.build()):
    fail("queries.jsonl differs from what gen.py builds (re-run gen.py)")

if fails:
    print("FAIL")
    for m in fails:
        print("  " + m)
    sys.exit(1)
print(f"{len(records)} reports, {len(per_case)} cases, splits {dict(splits)}")
print("OK")
