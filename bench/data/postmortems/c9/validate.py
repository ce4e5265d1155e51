#!/usr/bin/env python3
import json, re, sys, collections
import gen

def bad_word(text, words):
    return [w for w in words if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I)]

def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]

def main():
    errs = []
    ids = set()
    for line in open("addresses.tsv", encoding="utf-8").read().splitlines()[1:]:
        if line.strip():
            ids.add(line.split("\t")[0])
    avoid = {}
    for i, (case, a, t) in enumerate(gen.R, 1):
        avoid["c9-%03d" % i] = a
    recs = []
    for n, line in enumerate(open("queries.jsonl", encoding="utf-8"), 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append("line %d: bad JSON %s" % (n, e))
    per_case = collections.Counter()
    for i, r in enumerate(recs, 1):
        rid = "c9-%03d" % i
        if r.get("id") != rid:
            errs.append("%s: id out of order (%s)" % (rid, r.get("id")))
        if set(r) != {"id", "split", "expected", "text"}:
            errs.append("%s: keys %s" % (rid, sorted(r)))
        if r.get("split") != ("dev" if i % 2 else "test"):
            errs.append("%s: split rule" % rid)
        exp = r.get("expected", [])
        if not (1 <= len(exp) <= 2) or any(e not in ids for e in exp):
            errs.append("%s: expected %s" % (rid, exp))
        for e in exp:
            per_case[e] += 1
        t = r.get("text", "")
        g = bad_word(t, gen.GLOBAL_AVOID)
        if g:
            errs.append("%s: GLOBAL_AVOID hit %s" % (rid, g))
        a = bad_word(t, avoid.get(rid, []))
        if a:
            errs.append("%s: AVOID hit %s" % (rid, a))
        ns = len(sentences(t))
        if not 2 <= ns <= 6:
            errs.append("%s: %d sentences" % (rid, ns))
    for c, k in per_case.items():
        if k > 2:
            errs.append("%s: %d reports (>2)" % (c, k))
    splits = collections.Counter(r.get("split") for r in recs)
    print("reports: %d  dev: %d  test: %d  cases covered: %d" % (len(recs), splits["dev"], splits["test"], len(per_case)))
    print("cases with 2: %d, with 1: %d" % (sum(1 for v in per_case.values() if v == 2), sum(1 for v in per_case.values() if v == 1)))
    for e in errs:
        print("FAIL", e)
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
