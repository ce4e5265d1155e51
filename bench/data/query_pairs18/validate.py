#!/usr/bin/env python3
"""Validate pairs.jsonl: JSON, fields, counts per group, split rule, labels, TTLs, offsets vs zone."""
import json, sys
from collections import Counter
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

WANT = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
LABELS = {"hit", "partial", "miss"}
BANNED_TZ = {"Australia/Hobart", "Asia/Kathmandu", "America/Santiago", "Europe/Lisbon", "Australia/Darwin",
             "America/Halifax", "Africa/Johannesburg", "Asia/Tehran"}
errs = []
def err(m): errs.append(m)

def check_at(s, tz, where):
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        err("%s: bad ISO %r" % (where, s)); return None
    if d.tzinfo is None:
        err("%s: no offset" % where); return None
    if d.year != 2025:
        err("%s: not 2025" % where)
    real = d.astimezone(ZoneInfo(tz))
    if real.utcoffset() != d.utcoffset():
        err("%s: offset %s != real %s for %s" % (where, d.utcoffset(), real.utcoffset(), tz))
    if real.replace(tzinfo=None) != d.replace(tzinfo=None):
        err("%s: wall time mismatch" % where)
    return d

rows = []
with open("pairs.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d: %s" % (i, e))

ids = set(); pos = Counter(); cnt = Counter(); lab = Counter(); spl = Counter(); zones = set()
for n, r in enumerate(rows, 1):
    w = r.get("id", "?")
    if set(r) != {"id", "group", "split", "expect", "a", "b", "note"}:
        err("%s: keys %s" % (w, sorted(r)))
    if r.get("id") != "p18-%04d" % n: err("%s: id not sequential" % w)
    if w in ids: err("%s: duplicate id" % w)
    ids.add(w)
    g = r.get("group")
    if g not in WANT: err("%s: group %r" % (w, g)); continue
    pos[g] += 1
    want_split = "dev18" if pos[g] % 2 == 1 else "test18"
    if r.get("split") != want_split: err("%s: split %r, want %r" % (w, r.get("split"), want_split))
    if r.get("expect") not in LABELS: err("%s: label %r" % (w, r.get("expect")))
    a, b = r.get("a", {}), r.get("b", {})
    if set(a) != {"q", "at", "tz", "ttl"} or set(b) != {"q", "at", "tz"}: err("%s: a/b keys" % w)
    if a.get("tz") != b.get("tz"): err("%s: A and B zones differ" % w)
    if a.get("tz") in BANNED_TZ: err("%s: banned zone" % w)
    zones.add(a.get("tz"))
    ttl = a.get("ttl")
    if not isinstance(ttl, int) or not 60 <= ttl <= 3600: err("%s: ttl %r" % (w, ttl))
    for side in (a, b):
        if not isinstance(side.get("q"), str) or not side["q"].strip(): err("%s: empty question" % w)
    da = check_at(a.get("at", ""), a.get("tz"), w + ".a")
    db = check_at(b.get("at", ""), b.get("tz"), w + ".b")
    if da and db and db < da: err("%s: B asked before A" % w)
    if not r.get("note"): err("%s: empty note" % w)
    cnt[g] += 1; lab[(g, r.get("expect"))] += 1; spl[(g, r.get("split"))] += 1

for g, n in WANT.items():
    if cnt[g] != n: err("group %s: %d pairs, want %d" % (g, cnt[g], n))
if len(zones) != 8: err("expected 8 zones (one per voice), got %d" % len(zones))
for g in WANT:
    for l in LABELS:
        if g == "time" and lab[(g, l)] == 0: err("time group lacks %s" % l)

if errs:
    print("\n".join(errs[:50])); print("FAILED: %d problems" % len(errs)); sys.exit(1)
print("OK %d pairs" % len(rows))
for g in WANT:
    print("  %-10s %3d  hit %2d partial %2d miss %2d  dev18 %2d test18 %2d" % (
        g, cnt[g], lab[(g, "hit")], lab[(g, "partial")], lab[(g, "miss")], spl[(g, "dev18")], spl[(g, "test18")]))
print("  zones:", ", ".join(sorted(zones)))
