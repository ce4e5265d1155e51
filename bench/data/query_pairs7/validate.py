#!/usr/bin/env python3
"""Validate pairs.jsonl (batch 7, Harbor theme)."""
import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

COUNTS = {"paraphrase": 50, "asked_later": 20, "relative_vs_absolute": 22, "filter_refinement": 22,
          "range_length": 14, "shifted_range": 14, "expired_ttl": 14, "different_filter": 14,
          "negation": 14, "different_subject": 14, "different_intent": 14, "time_zones": 14,
          "unrelated": 10, "hard_negatives": 14}
EXPECTS = {"hit", "partial", "miss"}
errors = []


def err(msg):
    errors.append(msg)


def check_at(obj, side, pid):
    s = obj.get("at")
    tz = obj.get("tz")
    try:
        dt = datetime.fromisoformat(s)
    except Exception:
        err(f"{pid}: {side}.at not ISO: {s!r}")
        return None
    if dt.utcoffset() is None:
        err(f"{pid}: {side}.at has no offset")
        return None
    try:
        z = ZoneInfo(tz)
    except Exception:
        err(f"{pid}: {side}.tz not IANA: {tz!r}")
        return None
    real = dt.astimezone(z)
    if real.utcoffset() != dt.utcoffset():
        err(f"{pid}: {side}.at offset {dt.utcoffset()} != {tz} offset {real.utcoffset()}")
    if real.replace(tzinfo=None) != dt.replace(tzinfo=None):
        err(f"{pid}: {side}.at wall time does not round-trip in {tz}")
    return dt


rows = []
with open("pairs.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {ln}: does not parse: {e}")

ids, pairkeys, textkeys = set(), set(), set()
group_seen = {}
for o in rows:
    pid = o.get("id", "?")
    if set(o) != {"id", "group", "split", "expect", "a", "b", "note"}:
        err(f"{pid}: top-level keys {sorted(o)}")
        continue
    if set(o["a"]) != {"q", "at", "tz", "ttl"}:
        err(f"{pid}: a keys {sorted(o['a'])}")
        continue
    if set(o["b"]) != {"q", "at", "tz"}:
        err(f"{pid}: b keys {sorted(o['b'])}")
        continue
    if pid in ids:
        err(f"{pid}: duplicate id")
    ids.add(pid)
    g = o["group"]
    if g not in COUNTS:
        err(f"{pid}: unknown group {g}")
        continue
    group_seen[g] = group_seen.get(g, 0) + 1
    n = group_seen[g]
    if pid != f"{g}-b7-{n:02d}":
        err(f"{pid}: id should be {g}-b7-{n:02d}")
    want_split = "dev7" if n % 2 == 1 else "test7"
    if o["split"] != want_split:
        err(f"{pid}: split {o['split']} (want {want_split}, alternating within group)")
    if o["expect"] not in EXPECTS:
        err(f"{pid}: bad expect {o['expect']}")
    for side in ("a", "b"):
        if not isinstance(o[side]["q"], str) or not o[side]["q"].strip():
            err(f"{pid}: empty {side}.q")
    ttl = o["a"]["ttl"]
    if not isinstance(ttl, int) or isinstance(ttl, bool) or ttl <= 0:
        err(f"{pid}: bad ttl {ttl!r}")
        continue
    if not isinstance(o["note"], str) or not o["note"].strip():
        err(f"{pid}: empty note")
    da = check_at(o["a"], "a", pid)
    db = check_at(o["b"], "b", pid)
    if da is None or db is None:
        continue
    delta = (db - da).total_seconds()
    if delta <= 0:
        err(f"{pid}: B not after A ({delta}s)")
    if delta == ttl:
        err(f"{pid}: B-A exactly equals ttl")
    if o["expect"] == "hit" and not delta < ttl:
        err(f"{pid}: hit but stale (B-A={delta}s, ttl={ttl})")
    if g == "asked_later" and o["expect"] == "hit" and not delta < ttl:
        err(f"{pid}: asked_later hit but stale")
    if g == "expired_ttl" and not delta > ttl:
        err(f"{pid}: expired_ttl pair is fresh (B-A={delta}s, ttl={ttl})")
    if g == "paraphrase" and o["expect"] != "hit":
        err(f"{pid}: paraphrase must be hit")
    if g in ("different_filter", "negation", "different_subject", "unrelated") and o["expect"] != "miss":
        err(f"{pid}: {g} must be miss")
    if g == "different_intent" and o["expect"] != "partial":
        err(f"{pid}: different_intent must be partial")
    key = (o["a"]["q"], o["a"]["at"], o["a"]["tz"], o["b"]["q"], o["b"]["at"], o["b"]["tz"])
    if key in pairkeys:
        err(f"{pid}: duplicate pair")
    pairkeys.add(key)
    tkey = (" ".join(o["a"]["q"].lower().split()), " ".join(o["b"]["q"].lower().split()))
    if tkey in textkeys:
        err(f"{pid}: duplicate question pair text")
    textkeys.add(tkey)
    if o["a"]["q"].strip().lower() == o["b"]["q"].strip().lower():
        err(f"{pid}: A and B identical text")

for g, c in COUNTS.items():
    if group_seen.get(g, 0) != c:
        err(f"group {g}: {group_seen.get(g, 0)} pairs, want {c}")
if len(rows) != sum(COUNTS.values()):
    err(f"total {len(rows)} != {sum(COUNTS.values())}")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

tab = {}
for o in rows:
    tab.setdefault(o["group"], {"hit": 0, "partial": 0, "miss": 0})[o["expect"]] += 1
print(f"{'group':22s} {'n':>3s} {'hit':>4s} {'part':>5s} {'miss':>5s}")
for g in COUNTS:
    t = tab[g]
    print(f"{g:22s} {COUNTS[g]:3d} {t['hit']:4d} {t['partial']:5d} {t['miss']:5d}")
tot = {k: sum(t[k] for t in tab.values()) for k in ("hit", "partial", "miss")}
print(f"{'TOTAL':22s} {len(rows):3d} {tot['hit']:4d} {tot['partial']:5d} {tot['miss']:5d}")
print("splits:", {s: sum(1 for o in rows if o['split'] == s) for s in ('dev7', 'test7')})
print("OK")
