#!/usr/bin/python3
"""Validate queries.jsonl for writer c20. Prints OK on success, exits 1 on any problem."""
import collections
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# known case ids
with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
    known = {row["case_id"] for row in csv.DictReader(f, delimiter="\t")}

path = os.path.join(HERE, "queries.jsonl")
with open(path, encoding="utf-8") as f:
    raw_lines = f.read().splitlines()

rows = []
for n, line in enumerate(raw_lines, 1):
    try:
        rows.append(json.loads(line))
    except ValueError as e:
        err("line %d: bad JSON (%s)" % (n, e))

if len(rows) != 90:
    err("expected 90 reports, found %d" % len(rows))

per_case = collections.Counter()
texts = set()
splits = collections.Counter()
for i, r in enumerate(rows, 1):
    if set(r) != {"id", "split", "expected", "text"}:
        err("row %d: fields %s" % (i, sorted(r)))
        continue
    if r["id"] != "c20-%03d" % i:
        err("row %d: id %r" % (i, r["id"]))
    want = "dev" if i % 2 == 1 else "test"
    if r["split"] != want:
        err("row %d: split %r, want %r" % (i, r["split"], want))
    splits[r["split"]] += 1
    exp = r["expected"]
    if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
        err("row %d: expected must be a one-element list" % i)
        continue
    if exp[0] not in known:
        err("row %d: unknown case %s" % (i, exp[0]))
    per_case[exp[0]] += 1
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err("row %d: empty text" % i)
        continue
    key = " ".join(t.lower().split())
    if key in texts:
        err("row %d: duplicate text" % i)
    texts.add(key)
    hits = gen.check_avoid(exp[0], t)
    if hits:
        err("row %d: avoided words present: %s" % (i, hits))

for case, c in per_case.items():
    if c > 2:
        err("case %s used %d times (max 2)" % (case, c))

if splits != collections.Counter({"dev": 45, "test": 45}):
    err("split counts %s" % dict(splits))

# two reports of one case must be in different voices
voices = collections.defaultdict(list)
for case, voice, _ in gen.REPORTS:
    voices[case].append(voice)
for case, vs in voices.items():
    if len(vs) != len(set(vs)):
        err("case %s: repeated voice %s" % (case, vs))
if len({v for _, v, _ in gen.REPORTS}) < 10:
    err("fewer than 10 voices")

# file must equal what gen.py builds
built, bad = gen.build()
if bad:
    err("gen.py refuses reports: %s" % bad)
expected_lines = [json.dumps(r, ensure_ascii=False) for r in built]
if expected_lines != raw_lines:
    err("queries.jsonl differs from what gen.py builds")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d reports, %d cases, splits %s, %d voices" % (
    len(rows), len(per_case), dict(splits), len({v for _, v, _ in gen.REPORTS})))
print("OK")
