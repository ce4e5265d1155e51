#!/usr/bin/env python3
"""Structural checks for pairs.jsonl (does not re-derive labels)."""
import json, sys, datetime as dt
from zoneinfo import ZoneInfo
from collections import Counter

GROUPS = {"paraphrase", "asked_later", "range_length", "shifted_range", "expired_ttl",
          "different_filter", "negation", "different_subject", "different_intent",
          "relative_absolute", "time_zones", "filter_refinement", "hard_negatives", "unrelated"}
errs, ids, rows = [], set(), []

def check_ts(pid, side, ts, tz):
    t = dt.datetime.fromisoformat(ts)
    if t.tzinfo is None:
        errs.append(f"{pid} {side}: no offset"); return None
    z = ZoneInfo(tz)
    local = t.astimezone(z)
    if local.utcoffset() != t.utcoffset():
        errs.append(f"{pid} {side}: offset {t.utcoffset()} != zone {tz} offset {local.utcoffset()}")
    if local.replace(tzinfo=None) != t.replace(tzinfo=None):
        errs.append(f"{pid} {side}: wall time not representable in {tz}")
    return t

for n, line in enumerate(open("pairs.jsonl"), 1):
    try:
        p = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    rows.append(p)
    pid = p.get("id")
    if set(p) != {"id", "group", "split", "expect", "why", "a", "b"}:
        errs.append(f"{pid}: keys {sorted(p)}")
    if pid in ids: errs.append(f"{pid}: duplicate id")
    ids.add(pid)
    if p["group"] not in GROUPS: errs.append(f"{pid}: group")
    if p["split"] != "blind2": errs.append(f"{pid}: split")
    if p["expect"] not in ("hit", "partial", "miss"): errs.append(f"{pid}: expect")
    if not p["why"] or "\n" in p["why"]: errs.append(f"{pid}: why")
    a, b = p["a"], p["b"]
    if set(a) != {"q", "at", "tz", "ttl"} or set(b) != {"q", "at", "tz"}: errs.append(f"{pid}: a/b keys")
    if not isinstance(a["ttl"], int) or a["ttl"] <= 0: errs.append(f"{pid}: ttl")
    ta = check_ts(pid, "a", a["at"], a["tz"]); tb = check_ts(pid, "b", b["at"], b["tz"])
    if ta is None or tb is None: continue
    age = (tb - ta).total_seconds()
    if age <= 0: errs.append(f"{pid}: B not after A ({age}s)")
    if age == a["ttl"]: errs.append(f"{pid}: B-A exactly ttl")
    fresh = age < a["ttl"]
    if p["expect"] == "hit" and not fresh: errs.append(f"{pid}: hit but stale ({age}>={a['ttl']})")
    if p["group"] == "asked_later" and not fresh: errs.append(f"{pid}: asked_later but stale")
    if p["group"] == "expired_ttl" and fresh: errs.append(f"{pid}: expired_ttl but fresh ({age}<{a['ttl']})")
    if a["q"].strip().lower() == b["q"].strip().lower() and p["group"] not in ("asked_later", "expired_ttl", "time_zones"):
        errs.append(f"{pid}: identical question outside re-ask groups")

qs = Counter((r["a"]["q"], r["b"]["q"]) for r in rows)
errs += [f"duplicate question pair {k}" for k, v in qs.items() if v > 1]
g = Counter(r["group"] for r in rows)
print("rows", len(rows)); print("groups", dict(g)); print("labels", dict(Counter(r["expect"] for r in rows)))
print("group x label", dict(Counter((r["group"], r["expect"]) for r in rows)))
for k in GROUPS:
    if g[k] < 12: errs.append(f"group {k} has {g[k]} < 12")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
