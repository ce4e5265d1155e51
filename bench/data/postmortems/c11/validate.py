#!/usr/bin/env python3
"""Validate queries.jsonl against the brief's rules (stdlib only)."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (data only; gen writes files only under __main__)

errors = []
known = set()
with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
    for line in f.read().splitlines()[1:]:
        if line.strip():
            known.add(line.split("\t")[0].strip())

rows = [json.loads(l) for l in open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") if l.strip()]
if len(rows) != 90:
    errors.append("expected 90 reports, got %d" % len(rows))
if len(rows) != len(gen.REPORTS):
    errors.append("queries.jsonl out of sync with gen.py")
if [r for r in gen.build()] != rows:
    errors.append("queries.jsonl differs from a fresh deterministic build")


def hits(words, text):
    found = []
    for w in words:
        if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, re.I):
            found.append(w)
    return found


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


per_case = Counter()
voices = defaultdict(list)
for i, (r, src) in enumerate(zip(rows, gen.REPORTS), start=1):
    rid = r.get("id")
    if set(r) != {"id", "split", "expected", "text"}:
        errors.append("%s: wrong keys %s" % (rid, sorted(r)))
    if rid != "c11-%03d" % i:
        errors.append("%s: bad id at position %d" % (rid, i))
    if r.get("split") != ("dev" if i % 2 == 1 else "test"):
        errors.append("%s: bad split" % rid)
    exp = r.get("expected")
    if not (isinstance(exp, list) and len(exp) == 1 and exp[0] in known):
        errors.append("%s: expected must be one known id, got %r" % (rid, exp))
        continue
    case, voice, avoid, _ = src
    per_case[exp[0]] += 1
    voices[exp[0]].append(voice)
    n = len(sentences(r["text"]))
    if not 2 <= n <= 6:
        errors.append("%s: %d sentences" % (rid, n))
    bad = hits(gen.GLOBAL_AVOID, r["text"])
    if bad:
        errors.append("%s: GLOBAL_AVOID words %s" % (rid, bad))
    bad = hits(avoid, r["text"])
    if bad:
        errors.append("%s: per-case AVOID words %s" % (rid, bad))

for case, n in per_case.items():
    if n > 2:
        errors.append("%s: %d reports (max 2)" % (case, n))
    if len(set(voices[case])) != len(voices[case]):
        errors.append("%s: two reports share a voice" % case)

if errors:
    print("\n".join(errors))
    print("FAIL: %d problems" % len(errors))
    sys.exit(1)
print("OK: %d reports, %d cases (%d with two reports), dev=%d test=%d" % (
    len(rows), len(per_case), sum(1 for v in per_case.values() if v == 2),
    sum(r["split"] == "dev" for r in rows), sum(r["split"] == "test" for r in rows)))
