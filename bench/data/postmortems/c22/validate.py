#!/usr/bin/env python3
"""Validate queries.jsonl for writer c22. Prints OK on success, exits non-zero otherwise."""
import collections
import csv
import json
import re
import sys

import gen

errors = []


def err(msg):
    errors.append(msg)


# case ids from addresses.tsv
with open("addresses.tsv", encoding="utf-8") as f:
    known = {row["case_id"] for row in csv.DictReader(f, delimiter="\t")}

with open("queries.jsonl", encoding="utf-8") as f:
    raw = f.read()
lines = raw.splitlines()
records = []
for i, line in enumerate(lines, 1):
    try:
        records.append(json.loads(line))
    except ValueError as e:
        err("line %d: not JSON (%s)" % (i, e))

if len(records) != 90:
    err("expected 90 reports, found %d" % len(records))

per_case = collections.Counter()
texts = collections.Counter()
splits = collections.Counter()
for pos, r in enumerate(records, 1):
    rid = r.get("id")
    if set(r) != {"id", "split", "expected", "text"}:
        err("%s: fields are %s" % (rid, sorted(r)))
    if rid != "c22-%03d" % pos:
        err("position %d: id %r, expected c22-%03d" % (pos, rid, pos))
    want = "dev" if pos % 2 == 1 else "test"
    if r.get("split") != want:
        err("%s: split %r, expected %s" % (rid, r.get("split"), want))
    splits[r.get("split")] += 1
    exp = r.get("expected")
    if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
        err("%s: expected must be a one-element list" % rid)
    else:
        if exp[0] not in known:
            err("%s: expected %s not in addresses.tsv" % (rid, exp[0]))
        per_case[exp[0]] += 1
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err("%s: empty text" % rid)
        continue
    texts[text.strip().lower()] += 1
    n = len([s for s in re.split(r"(?<=[.!?])\s+|\s--\s", text) if s.strip()])
    if n < 2 or n > 6:
        err("%s: %d sentences (want 2-6)" % (rid, n))

if splits.get("dev") != 45 or splits.get("test") != 45:
    err("splits: %s" % dict(splits))
for case, n in per_case.items():
    if n > 2:
        err("%s used %d times (max 2)" % (case, n))
for t, n in texts.items():
    if n > 1:
        err("duplicate text: %s..." % t[:60])

# the file must equal what gen.py builds (build() also re-checks the avoid lists)
try:
    if raw != gen.render(gen.build()):
        err("queries.jsonl differs from what gen.py builds; rerun gen.py")
except SystemExit as e:
    err(str(e))

voices = collections.Counter(gen.voice_of().values())
if len(voices) < 10:
    err("only %d voices" % len(voices))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("%d reports, %d cases, %d voices, dev=%d test=%d" % (len(records), len(per_case), len(voices),
                                                            splits["dev"], splits["test"]))
print("OK")
