#!/usr/bin/env python3
"""Validate queries.jsonl for writer c16. Ends with OK or exits non-zero."""
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
    known = {row["case_id"] for row in csv.DictReader(f, delimiter="\t")}

path = os.path.join(HERE, "queries.jsonl")
with open(path, encoding="utf-8") as f:
    raw = f.read()
lines = raw.splitlines()
rows = []
for n, line in enumerate(lines, 1):
    try:
        rows.append(json.loads(line))
    except ValueError as e:
        err("line %d: bad JSON (%s)" % (n, e))

if len(rows) != 90:
    err("expected 90 reports, found %d" % len(rows))

seen_text = set()
per_case = collections.Counter()
splits = collections.Counter()
for i, r in enumerate(rows, 1):
    if set(r) != {"id", "split", "expected", "text"}:
        err("%s: wrong fields %s" % (r.get("id"), sorted(r)))
        continue
    if r["id"] != "c16-%03d" % i:
        err("row %d: id %s, expected c16-%03d" % (i, r["id"], i))
    want = "dev" if i % 2 == 1 else "test"
    if r["split"] != want:
        err("%s: split %s, expected %s" % (r["id"], r["split"], want))
    splits[r["split"]] += 1
    exp = r["expected"]
    if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
        err("%s: expected must be a one-element list" % r["id"])
        continue
    if exp[0] not in known:
        err("%s: unknown case %s" % (r["id"], exp[0]))
    per_case[exp[0]] += 1
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err("%s: empty text" % r["id"])
        continue
    norm = re.sub(r"\s+", " ", t.strip().lower())
    if norm in seen_text:
        err("%s: duplicate text" % r["id"])
    seen_text.add(norm)
    bad = gen.check(exp[0], t)
    if bad:
        err("%s: avoid-list words present: %s" % (r["id"], bad))
    nsent = len(re.findall(r"[.!?](?:\s|$)", t))
    if not 2 <= nsent <= 6:
        err("%s: %d sentences (want 2-6)" % (r["id"], nsent))

for case, n in per_case.items():
    if n > 2:
        err("%s used %d times (max 2)" % (case, n))
if splits["dev"] != 45 or splits["test"] != 45:
    err("split counts %s, expected 45/45" % dict(splits))

# two reports of one case must use two different voices
voices = collections.defaultdict(list)
for case, voice, _ in gen.REPORTS:
    voices[case].append(voice)
for case, vs in voices.items():
    if len(vs) != len(set(vs)):
        err("%s: two reports share voice %s" % (case, vs))
if len({v for _, v, _ in gen.REPORTS}) < 10:
    err("fewer than 10 voices")

expected_file = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gen.build())
if raw != expected_file:
    err("queries.jsonl differs from what gen.py builds; rerun gen.py")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("90 reports, %d cases, dev/test %d/%d" % (len(per_case), splits["dev"], splits["test"]))
print("OK")
