#!/usr/bin/env python3
"""Validate queries.jsonl for writer c17. Prints OK on success, exits 1 otherwise."""
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load_gen():
    spec = importlib.util.spec_from_file_location("c17_gen", os.path.join(HERE, "gen.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


known = set()
with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
    header = next(f).rstrip("\n").split("\t")
    if header[0] != "case_id":
        err("addresses.tsv: unexpected header %r" % header)
    for line in f:
        if line.strip():
            known.add(line.split("\t")[0])

path = os.path.join(HERE, "queries.jsonl")
with open(path, encoding="utf-8") as f:
    raw = f.read()
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]

records = []
for n, line in enumerate(lines, start=1):
    try:
        rec = json.loads(line)
    except ValueError as e:
        err("line %d: not JSON (%s)" % (n, e))
        continue
    records.append(rec)

if len(records) != 90:
    err("expected 90 reports, found %d" % len(records))

splits = collections.Counter()
per_case = collections.Counter()
texts = set()
gen = load_gen()
for pos, rec in enumerate(records, start=1):
    where = "record %d" % pos
    if set(rec) != {"id", "split", "expected", "text"}:
        err("%s: fields are %s" % (where, sorted(rec)))
        continue
    if rec["id"] != "c17-%03d" % pos:
        err("%s: id %r, expected c17-%03d" % (where, rec["id"], pos))
    want = "dev" if pos % 2 == 1 else "test"
    if rec["split"] != want:
        err("%s: split %r, expected %r" % (where, rec["split"], want))
    splits[rec["split"]] += 1
    exp = rec["expected"]
    if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
        err("%s: expected must be a one-item list of case ids" % where)
        continue
    if exp[0] not in known:
        err("%s: expected %r not in addresses.tsv" % (where, exp[0]))
    per_case[exp[0]] += 1
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        err("%s: empty text" % where)
        continue
    key = " ".join(text.lower().split())
    if key in texts:
        err("%s: duplicate text" % where)
    texts.add(key)
    hits = gen.check_text(exp[0], text)
    if hits:
        err("%s: avoided words %s" % (where, hits))
    n = gen.sentence_count(text)
    if not 2 <= n <= 6:
        err("%s: %d sentences" % (where, n))

if splits != collections.Counter({"dev": 45, "test": 45}):
    err("split counts %s, expected 45/45" % dict(splits))
for case, c in per_case.items():
    if c > 2:
        err("%s used %d times (max 2)" % (case, c))

# two reports of one case must be in two different voices
voices = gen.voice_of_id()
by_case = collections.defaultdict(list)
for rec in records:
    by_case[rec["expected"][0]].append(voices.get(rec["id"]))
for case, vs in by_case.items():
    if len(set(vs)) != len(vs):
        err("%s: repeated voice %s" % (case, vs))

# the file must equal what gen.py builds
try:
    built = "\n".join(gen.build()) + "\n"
    if built != raw:
        err("queries.jsonl differs from what gen.py builds")
except SystemExit as e:
    err("gen.build() refused: %s" % e)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d reports, %d cases, dev=%d test=%d" % (len(records), len(per_case), splits["dev"],
                                                  splits["test"]))
print("OK")
