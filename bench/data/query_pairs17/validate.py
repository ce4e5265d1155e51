#!/usr/bin/env python3
import json, sys
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

EXPECT_COUNTS = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
LABELS = {"hit", "partial", "miss"}
errs = []
rows = []
try:
    with open("pairs.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {i}: bad JSON {e}")
except FileNotFoundError:
    sys.exit("pairs.jsonl missing")

ids = [r.get("id") for r in rows]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
gc = Counter(r["group"] for r in rows)
for g, c in EXPECT_COUNTS.items():
    if gc.get(g) != c:
        errs.append(f"group {g}: {gc.get(g)} != {c}")
for g in gc:
    if g not in EXPECT_COUNTS:
        errs.append(f"unknown group {g}")
pos = Counter()
labels_by_group = {g: set() for g in EXPECT_COUNTS}
for r in rows:
    g = r["group"]; pos[g] += 1
    want = "dev17" if pos[g] % 2 == 1 else "test17"
    if r.get("split") != want:
        errs.append(f"{r['id']}: split {r.get('split')} != {want}")
    if r.get("expect") not in LABELS:
        errs.append(f"{r['id']}: bad expect")
    labels_by_group.setdefault(g, set()).add(r.get("expect"))
    if not str(r.get("note", "")).strip():
        errs.append(f"{r['id']}: empty note")
    ttl = r["a"].get("ttl")
    if not isinstance(ttl, int) or not 60 <= ttl <= 3600:
        errs.append(f"{r['id']}: ttl {ttl}")
    times = {}
    for side in ("a", "b"):
        s = r[side]
        if not str(s.get("q", "")).strip():
            errs.append(f"{r['id']}.{side}: empty q")
        try:
            dt = datetime.fromisoformat(s["at"])
            z = ZoneInfo(s["tz"])
            real = dt.astimezone(z).utcoffset()
            if dt.utcoffset() != real:
                errs.append(f"{r['id']}.{side}: offset {dt.utcoffset()} != real {real}")
            times[side] = dt
        except Exception as e:
            errs.append(f"{r['id']}.{side}: bad at/tz {e}")
    if r["a"].get("tz") != r["b"].get("tz"):
        errs.append(f"{r['id']}: A and B zones differ")
    if len(times) == 2 and not times["b"] > times["a"]:
        errs.append(f"{r['id']}: B not after A")
for g, ls in labels_by_group.items():
    if g != "paraphrase" and ls != LABELS:
        errs.append(f"group {g} lacks labels {LABELS - ls}")

print("per group/label:")
for g in EXPECT_COUNTS:
    c = Counter(r["expect"] for r in rows if r["group"] == g)
    print(f"  {g:11s} total={gc.get(g,0):3d} hit={c['hit']:3d} partial={c['partial']:3d} miss={c['miss']:3d}")
print("per split:")
for sp in ("dev17", "test17"):
    c = Counter(r["expect"] for r in rows if r["split"] == sp)
    print(f"  {sp}: total={sum(c.values())} hit={c['hit']} partial={c['partial']} miss={c['miss']}")
c = Counter(r["expect"] for r in rows)
print(f"all: total={len(rows)} hit={c['hit']} partial={c['partial']} miss={c['miss']}")
if errs:
    print("FAIL:"); [print("  " + e) for e in errs]
    sys.exit(1)
print("OK")
