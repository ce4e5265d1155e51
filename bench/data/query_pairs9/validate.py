#!/usr/bin/env python3
"""Validate pairs.jsonl: fields, group/label counts, splits, timestamps."""
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

EXPECTED = {  # group: (n, hit, partial, miss)
    "near_miss": (50, 0, 10, 40),
    "hidden_time": (30, 4, 12, 14),
    "scope_change": (30, 0, 22, 8),
    "true_paraphrase": (50, 50, 0, 0),
}
LABELS = ("hit", "partial", "miss")
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open("pairs.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

seen_in_group = defaultdict(int)
voices = set()
for r in rows:
    rid = r.get("id", "?")
    for k in ("id", "group", "split", "expect", "a", "b", "note"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if set(r) - {"id", "group", "split", "expect", "a", "b", "note"}:
        err(f"{rid}: extra fields {set(r) - {'id','group','split','expect','a','b','note'}}")
    g = r.get("group")
    if g not in EXPECTED:
        err(f"{rid}: unknown group {g}")
        continue
    seen_in_group[g] += 1
    n = seen_in_group[g]
    if rid != f"{g}-b9-{n:02d}":
        err(f"{rid}: id out of order, expected {g}-b9-{n:02d}")
    want_split = "dev9" if n % 2 == 1 else "test9"
    if r.get("split") != want_split:
        err(f"{rid}: split {r.get('split')} != {want_split}")
    if r.get("expect") not in LABELS:
        err(f"{rid}: bad expect {r.get('expect')}")
    a, b = r.get("a", {}), r.get("b", {})
    for side, obj, keys in (("a", a, ("q", "at", "tz", "ttl")), ("b", b, ("q", "at", "tz"))):
        for k in keys:
            if k not in obj:
                err(f"{rid}: {side}.{k} missing")
        if not str(obj.get("q", "")).strip():
            err(f"{rid}: {side}.q empty")
    if not isinstance(a.get("ttl"), int) or a.get("ttl", 0) <= 0:
        err(f"{rid}: ttl must be a positive int")
    if a.get("tz") != b.get("tz"):
        err(f"{rid}: A and B are the same user, tz must match")
    if a.get("q", "").strip().lower() == b.get("q", "").strip().lower():
        err(f"{rid}: A and B are identical strings")
    if not str(r.get("note", "")).strip():
        err(f"{rid}: empty note")
    try:
        ta = datetime.fromisoformat(a["at"])
        tb = datetime.fromisoformat(b["at"])
        for side, t, obj in (("a", ta, a), ("b", tb, b)):
            if t.tzinfo is None:
                err(f"{rid}: {side}.at has no offset")
                continue
            if t.year != 2026:
                err(f"{rid}: {side}.at not in 2026")
            real = t.astimezone(ZoneInfo(obj["tz"]))
            if real.utcoffset() != t.utcoffset():
                err(f"{rid}: {side}.at offset {t.utcoffset()} != real {obj['tz']} offset {real.utcoffset()}")
        gap = (tb - ta).total_seconds()
        if gap <= 0:
            err(f"{rid}: B not asked after A")
        if r.get("expect") == "hit" and gap > a["ttl"]:
            err(f"{rid}: hit but B asked {gap:.0f}s after A, ttl {a['ttl']}")
        voices.add(a["tz"])
    except (KeyError, ValueError, TypeError) as e:
        err(f"{rid}: timestamp problem ({e})")

# table
cnt = defaultdict(Counter)
for r in rows:
    cnt[r.get("group")][r.get("expect")] += 1
    cnt[r.get("group")]["split:" + str(r.get("split"))] += 1
hdr = f"{'group':<16}{'n':>5}{'hit':>6}{'partial':>9}{'miss':>6}{'dev9':>6}{'test9':>7}   expected(n/h/p/m)"
print(hdr)
print("-" * len(hdr))
tot = Counter()
for g, (en, eh, ep, em) in EXPECTED.items():
    c = cnt[g]
    n = sum(c[l] for l in LABELS)
    row = (n, c["hit"], c["partial"], c["miss"], c["split:dev9"], c["split:test9"])
    for k, v in zip(("n", "hit", "partial", "miss", "dev9", "test9"), row):
        tot[k] += v
    ok = (n, c["hit"], c["partial"], c["miss"]) == (en, eh, ep, em)
    if not ok:
        err(f"group {g}: counts {row[:4]} != expected {(en, eh, ep, em)}")
    print(f"{g:<16}{row[0]:>5}{row[1]:>6}{row[2]:>9}{row[3]:>6}{row[4]:>6}{row[5]:>7}   {en}/{eh}/{ep}/{em} {'OK' if ok else 'BAD'}")
print("-" * len(hdr))
print(f"{'TOTAL':<16}{tot['n']:>5}{tot['hit']:>6}{tot['partial']:>9}{tot['miss']:>6}{tot['dev9']:>6}{tot['test9']:>7}   160/54/44/62")
if (tot["n"], tot["hit"], tot["partial"], tot["miss"]) != (160, 54, 44, 62):
    err("total counts wrong")
if (tot["dev9"], tot["test9"]) != (80, 80):
    err("split is not 80/80")
print(f"time zones (one per voice): {len(voices)} -> {', '.join(sorted(voices))}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
