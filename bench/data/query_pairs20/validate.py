#!/usr/bin/env python3
"""Checks pairs.jsonl (writer 20). Prints OK or exits non-zero with the problems."""
import json, sys, re
from datetime import datetime
from zoneinfo import ZoneInfo

WANT = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
LABELS = {"hit", "partial", "miss"}
BANNED = {"Hobart", "Kathmandu", "Santiago", "Lisbon", "Darwin", "Halifax", "Johannesburg", "Tehran", "Chatham",
          "Adelaide", "Auckland", "Helsinki", "Colombo", "St_Johns", "Eucla", "Bogota", "Denver", "Kolkata",
          "Sao_Paulo", "Berlin", "Sydney", "Singapore", "Dublin", "Warsaw"}
errs = []
rows = [json.loads(l) for l in open("pairs.jsonl", encoding="utf-8")]
if len(rows) != 240:
    errs.append(f"{len(rows)} rows, want 240")
counts = {}
zones = set()
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if list(r.keys()) != ["id", "group", "split", "expect", "a", "b", "note"]:
        errs.append(f"{rid}: keys {list(r.keys())}")
        continue
    if set(r["a"]) != {"q", "at", "tz", "ttl"} or set(r["b"]) != {"q", "at", "tz"}:
        errs.append(f"{rid}: a/b keys")
        continue
    if rid != f"p20-{i:04d}":
        errs.append(f"{rid}: expected id p20-{i:04d}")
    if r["split"] != ("dev20" if i % 2 else "test20"):
        errs.append(f"{rid}: split {r['split']}")
    if r["group"] not in WANT:
        errs.append(f"{rid}: group {r['group']}")
    if r["expect"] not in LABELS:
        errs.append(f"{rid}: label {r['expect']}")
    counts[r["group"]] = counts.get(r["group"], 0) + 1
    if r["a"]["tz"] != r["b"]["tz"]:
        errs.append(f"{rid}: zones differ")
    tz = r["a"]["tz"]
    zones.add(tz)
    if tz.split("/")[-1] in BANNED:
        errs.append(f"{rid}: banned zone {tz}")
    if not (r["a"]["q"].strip() and r["b"]["q"].strip() and r["note"].strip()) or "\n" in r["note"]:
        errs.append(f"{rid}: empty question or bad note")
    if not isinstance(r["a"]["ttl"], int) or r["a"]["ttl"] <= 0:
        errs.append(f"{rid}: ttl")
    ts = {}
    for side in ("a", "b"):
        s = r[side]["at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", s):
            errs.append(f"{rid}: {side}.at format {s}")
            continue
        d = datetime.fromisoformat(s)
        real = d.replace(tzinfo=None).replace(tzinfo=ZoneInfo(tz))
        alt = real.replace(fold=1)
        if real.utcoffset() != alt.utcoffset():
            errs.append(f"{rid}: {side}.at ambiguous wall time in {tz}")
        if real.utcoffset() != d.utcoffset():
            errs.append(f"{rid}: {side}.at offset {s} wrong for {tz} (real {real.utcoffset()})")
        if d.astimezone(ZoneInfo(tz)).replace(tzinfo=None) != d.replace(tzinfo=None):
            errs.append(f"{rid}: {side}.at non-existent wall time")
        ts[side] = d
    if len(ts) == 2:
        gap = (ts["b"] - ts["a"]).total_seconds()
        if gap <= 0:
            errs.append(f"{rid}: b not after a")
        if r["expect"] == "hit" and gap > r["a"]["ttl"]:
            errs.append(f"{rid}: hit but b asked {gap:.0f}s after a, ttl {r['a']['ttl']}")
if counts != WANT:
    errs.append(f"group counts {counts} != {WANT}")
if len(zones) != 8:
    errs.append(f"{len(zones)} zones, want 8")
if errs:
    print("\n".join(errs))
    sys.exit(1)
lab = {}
for r in rows:
    lab.setdefault(r["group"], {}).setdefault(r["expect"], 0)
    lab[r["group"]][r["expect"]] += 1
for g in WANT:
    print(g, WANT[g], lab[g])
print("OK")
