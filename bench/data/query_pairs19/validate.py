#!/usr/bin/env python3
"""Checks pairs.jsonl: counts, fields, ids, splits, shared voice/zone, labels, offsets, hit freshness."""
import json, sys, collections
from datetime import datetime
from zoneinfo import ZoneInfo
import gen

WANT = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
LABELS = {"hit", "partial", "miss"}
errs = []
rows = [json.loads(l) for l in open("pairs.jsonl", encoding="utf-8")]
if len(rows) != 240: errs.append(f"{len(rows)} rows, want 240")
if len(gen.PAIRS) != len(rows): errs.append("gen.PAIRS and pairs.jsonl differ in length")
cnt = collections.Counter(r["group"] for r in rows)
if dict(cnt) != WANT: errs.append(f"group counts {dict(cnt)}")
for i, r in enumerate(rows, 1):
    rid = f"p19-{i:04d}"
    if list(r) != ["id", "group", "split", "expect", "a", "b", "note"]: errs.append(f"{rid}: keys {list(r)}")
    if r["id"] != rid: errs.append(f"{r['id']}: expected {rid}")
    if r["split"] != ("dev19" if i % 2 else "test19"): errs.append(f"{rid}: split")
    if r["expect"] not in LABELS: errs.append(f"{rid}: label {r['expect']}")
    if set(r["a"]) != {"q", "at", "tz", "ttl"} or set(r["b"]) != {"q", "at", "tz"}: errs.append(f"{rid}: a/b fields")
    if not (isinstance(r["a"]["ttl"], int) and r["a"]["ttl"] > 0): errs.append(f"{rid}: ttl")
    if not r["a"]["q"].strip() or not r["b"]["q"].strip() or not r["note"].strip(): errs.append(f"{rid}: empty text")
    if r["a"]["tz"] != r["b"]["tz"]: errs.append(f"{rid}: zones differ")
    voice = gen.PAIRS[i - 1][2]
    if gen.VOICES[voice][1] != r["a"]["tz"]: errs.append(f"{rid}: voice {voice} zone mismatch")
    ta, tb = datetime.fromisoformat(r["a"]["at"]), datetime.fromisoformat(r["b"]["at"])
    for t, tz in ((ta, r["a"]["tz"]), (tb, r["b"]["tz"])):
        if t.utcoffset() != t.astimezone(ZoneInfo(tz)).utcoffset(): errs.append(f"{rid}: offset not the zone's")
    d = (tb - ta).total_seconds()
    if d < 0: errs.append(f"{rid}: B asked before A")
    if r["expect"] == "hit" and d > r["a"]["ttl"]: errs.append(f"{rid}: hit but stale ({d}s > ttl)")
    if r["a"]["q"] == r["b"]["q"] and r["expect"] == "hit": errs.append(f"{rid}: identical text")
# one voice per zone, 8 voices
zones = [z for _, z in gen.VOICES.values()]
if len(set(zones)) != 8: errs.append("zones not distinct")
if errs:
    print("\n".join(errs)); sys.exit(1)
by = collections.Counter((r["group"], r["expect"], r["split"]) for r in rows)
for k in sorted(by): print(*k, by[k])
print("OK", len(rows))
