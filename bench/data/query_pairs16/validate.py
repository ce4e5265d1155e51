#!/usr/bin/env python3
"""Validate pairs.jsonl for batch 16; exit non-zero on any failure."""
import json, sys
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

WANT = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
LABELS = {"hit", "partial", "miss"}
errs = []
rows = []
with open("pairs.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {i}: bad JSON {e}")

ids = [r.get("id") for r in rows]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
gc = Counter(r.get("group") for r in rows)
for g, n in WANT.items():
    if gc.get(g) != n:
        errs.append(f"group {g}: {gc.get(g)} != {n}")
if set(gc) - set(WANT):
    errs.append(f"unknown groups {set(gc) - set(WANT)}")

def check_at(s, tz, where):
    try:
        d = datetime.fromisoformat(s)
    except Exception:
        errs.append(f"{where}: bad ISO {s}"); return None
    if d.tzinfo is None:
        errs.append(f"{where}: no offset"); return None
    real = d.astimezone(ZoneInfo(tz))
    if real.replace(tzinfo=None) != d.replace(tzinfo=None) or real.utcoffset() != d.utcoffset():
        errs.append(f"{where}: offset {d.utcoffset()} is not the real offset in {tz} ({real.utcoffset()})")
    return d

pos = Counter()
for r in rows:
    rid = r.get("id")
    for k in ("id", "group", "split", "expect", "a", "b", "note"):
        if k not in r:
            errs.append(f"{rid}: missing {k}")
    if r.get("expect") not in LABELS:
        errs.append(f"{rid}: bad expect {r.get('expect')}")
    g = r.get("group"); pos[g] += 1
    want_split = "dev16" if pos[g] % 2 == 1 else "test16"
    if r.get("split") != want_split:
        errs.append(f"{rid}: split {r.get('split')} != {want_split}")
    a, b = r.get("a", {}), r.get("b", {})
    for side, d in (("a", a), ("b", b)):
        if not isinstance(d.get("q"), str) or not d["q"].strip():
            errs.append(f"{rid}: {side}.q empty")
    if not isinstance(a.get("ttl"), int) or not 60 <= a["ttl"] <= 3600:
        errs.append(f"{rid}: ttl {a.get('ttl')} outside 60-3600")
    if a.get("tz") != b.get("tz"):
        errs.append(f"{rid}: A and B zones differ")
    try:
        ZoneInfo(a.get("tz")); ZoneInfo(b.get("tz"))
    except Exception:
        errs.append(f"{rid}: bad tz"); continue
    da = check_at(a.get("at", ""), a["tz"], f"{rid}.a")
    db = check_at(b.get("at", ""), b["tz"], f"{rid}.b")
    if da and db and not db > da:
        errs.append(f"{rid}: B.at not after A.at")
    if not r.get("note", "").strip():
        errs.append(f"{rid}: empty note")
    if r.get("a", {}).get("q") == r.get("b", {}).get("q") and r.get("group") == "paraphrase":
        errs.append(f"{rid}: paraphrase with identical text")

for g in WANT:
    labs = {r["expect"] for r in rows if r.get("group") == g}
    if g != "paraphrase" and labs != LABELS:
        errs.append(f"group {g}: labels present {sorted(labs)}")
if {r.get("expect") for r in rows} != LABELS:
    errs.append("not every label present")

print("group        hit partial miss total")
tot = Counter()
for g in WANT:
    c = Counter(r["expect"] for r in rows if r.get("group") == g)
    tot.update(c)
    print(f"{g:12s} {c['hit']:3d} {c['partial']:7d} {c['miss']:4d} {sum(c.values()):5d}")
print(f"{'all':12s} {tot['hit']:3d} {tot['partial']:7d} {tot['miss']:4d} {sum(tot.values()):5d}")
sc = Counter((r.get("split"), r.get("expect")) for r in rows)
for s in ("dev16", "test16"):
    print(f"{s:7s} hit={sc[(s,'hit')]} partial={sc[(s,'partial')]} miss={sc[(s,'miss')]} total={sum(v for (k,_),v in sc.items() if k==s)}")
if errs:
    print(f"FAIL: {len(errs)} problem(s)")
    for e in errs[:50]:
        print("  " + e)
    sys.exit(1)
print("OK")
