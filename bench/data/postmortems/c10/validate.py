#!/usr/bin/env python3
"""Validate queries.jsonl against BRIEF rules. Exits 1 on any failure."""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

def boundary_hit(term, text):
    return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.I) is not None

def sentences(text):
    return len(re.findall(r"[.!?]+(?=\s|$)", text.strip()))

def main():
    errs = []
    with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
        ids = {row["case_id"] for row in csv.DictReader(f, delimiter="\t")}
    rows = []
    with open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append("line %d: bad JSON (%s)" % (n, e))
    if len(rows) != 90:
        errs.append("expected 90 reports, got %d" % len(rows))
    if len(rows) != len(gen.R):
        errs.append("queries.jsonl out of sync with gen.R")
    per_case = Counter()
    for i, o in enumerate(rows, 1):
        if set(o) != {"id", "split", "expected", "text"}:
            errs.append("%d: keys %s" % (i, sorted(o)))
            continue
        if o["id"] != "c10-%03d" % i:
            errs.append("%d: id %s out of order" % (i, o["id"]))
        if o["split"] != ("dev" if i % 2 == 1 else "test"):
            errs.append("%s: split rule broken" % o["id"])
        exp = o["expected"]
        if not (isinstance(exp, list) and len(exp) == 1 and exp[0] in ids):
            errs.append("%s: bad expected %r" % (o["id"], exp))
            continue
        per_case[exp[0]] += 1
        text = o["text"]
        ns = sentences(text)
        if not 2 <= ns <= 6:
            errs.append("%s: %d sentences" % (o["id"], ns))
        for t in gen.GLOBAL_AVOID:
            if boundary_hit(t, text):
                errs.append("%s: GLOBAL_AVOID term %r" % (o["id"], t))
        if i <= len(gen.R):
            cid, avoid, gtext = gen.R[i - 1]
            if cid != exp[0] or gtext != text:
                errs.append("%s: mismatch with gen.R" % o["id"])
            for t in avoid:
                if boundary_hit(t, text):
                    errs.append("%s: case AVOID term %r" % (o["id"], t))
    for c, k in per_case.items():
        if k > 2:
            errs.append("%s: %d reports (>2)" % (c, k))
    splits = Counter(o.get("split") for o in rows)
    print("reports: %d  cases: %d  dev: %d  test: %d  cases with 2 reports: %d"
          % (len(rows), len(per_case), splits["dev"], splits["test"],
             sum(1 for k in per_case.values() if k == 2)))
    for e in errs:
        print("FAIL:", e)
    if errs:
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
