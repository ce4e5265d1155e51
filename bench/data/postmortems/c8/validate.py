#!/usr/bin/env python3
import json, re, sys
from collections import Counter
import gen

errs = []
valid_ids = set()
with open("addresses.tsv", encoding="utf-8") as f:
    for line in f.read().splitlines()[1:]:
        if line.strip():
            valid_ids.add(line.split("\t")[0])

rows = []
with open("queries.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append("line %d: bad JSON %s" % (n, e))

if len(rows) != len(gen.REPORTS):
    errs.append("row count %d != REPORTS %d" % (len(rows), len(gen.REPORTS)))
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")

def has(term, text):
    return re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", text, re.I) is not None

case_count = Counter()
for pos, r in enumerate(rows, 1):
    rid = r.get("id")
    if set(r) != {"id", "split", "expected", "text"}:
        errs.append("%s: keys %s" % (rid, sorted(r)))
    if rid != "c8-%03d" % pos:
        errs.append("%s: id does not match position %d" % (rid, pos))
    want = "dev" if pos % 2 == 1 else "test"
    if r.get("split") != want:
        errs.append("%s: split %s, want %s" % (rid, r.get("split"), want))
    exp = r.get("expected")
    if not isinstance(exp, list) or not 1 <= len(exp) <= 2:
        errs.append("%s: expected must be list of 1-2" % rid)
        exp = []
    for e in exp:
        if e not in valid_ids:
            errs.append("%s: unknown case %s" % (rid, e))
    if exp:
        case_count[exp[0]] += 1
    text = r.get("text", "")
    for t in gen.GLOBAL_AVOID + list(gen.REPORTS[pos - 1][1]):
        if has(t, text):
            errs.append("%s: AVOID term '%s'" % (rid, t))
    nsent = len(re.findall(r"[.!?]+[\"')]*(?=\s|$)", text.strip()))
    if not 2 <= nsent <= 6:
        errs.append("%s: %d sentences" % (rid, nsent))

for c, k in case_count.items():
    if k > 2:
        errs.append("case %s used %d times" % (c, k))

splits = Counter(r.get("split") for r in rows)
print("reports:", len(rows), "dev:", splits["dev"], "test:", splits["test"])
print("distinct cases:", len(case_count), "covered twice:", sorted(c for c, k in case_count.items() if k == 2))
print("second ids:", [(r["id"], r["expected"]) for r in rows if len(r.get("expected", [])) > 1])
print("not covered:", sorted(valid_ids - set(case_count)))
if errs:
    print("FAILED:")
    for e in errs:
        print("  " + e)
    sys.exit(1)
print("OK")
