#!/usr/bin/env python3
"""Validate pairs.jsonl for batch 12 (standard library only)."""
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from zoneinfo import ZoneInfo

GROUPS = {
    "paraphrase": (70, {"hit"}),
    "near_miss": (70, {"miss", "partial"}),
    "time": (50, {"hit", "partial", "miss"}),
    "scope": (50, {"partial", "miss"}),
}
LABELS = ["hit", "partial", "miss"]
TOP_KEYS = {"id", "group", "split", "expect", "a", "b", "note"}
A_KEYS = {"q", "at", "tz", "ttl"}
B_KEYS = {"q", "at", "tz"}

errors = []


def err(msg):
    errors.append(msg)


def transition_dates(tzname):
    """Local dates in 2026 on which the zone's UTC offset changes."""
    tz = ZoneInfo(tzname)
    out = set()
    t = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    prev = t.astimezone(tz).utcoffset()
    while t.year == 2026:
        t += dt.timedelta(minutes=30)
        off = t.astimezone(tz).utcoffset()
        if off != prev:
            out.add(t.astimezone(tz).date())
            prev = off
    return out


def check_at(s, tzname, where):
    try:
        d = dt.datetime.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad ISO {s!r}")
        return None
    if d.tzinfo is None:
        err(f"{where}: no offset in {s!r}")
        return None
    if d.year != 2026:
        err(f"{where}: not 2026: {s}")
    try:
        tz = ZoneInfo(tzname)
    except Exception:
        err(f"{where}: unknown tz {tzname!r}")
        return None
    real = d.astimezone(tz)
    if real.utcoffset() != d.utcoffset():
        err(f"{where}: offset {d.utcoffset()} is not the real offset {real.utcoffset()} of {tzname}")
    naive = d.replace(tzinfo=None)
    f0 = naive.replace(tzinfo=tz, fold=0)
    f1 = naive.replace(tzinfo=tz, fold=1)
    if f0.utcoffset() != f1.utcoffset():
        err(f"{where}: wall time {naive} is ambiguous in {tzname}")
    if f0.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None) != naive:
        err(f"{where}: wall time {naive} does not exist in {tzname}")
    return d


def main():
    rows = []
    with open("pairs.jsonl", encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"line {ln}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {ln}: bad JSON {e}")

    seen_ids = set()
    pos = defaultdict(int)
    gcount = Counter()
    table_g = defaultdict(Counter)
    table_s = defaultdict(Counter)
    zones = set()
    dst_cache = {}
    dst_pairs = 0

    for r in rows:
        rid = r.get("id", "?")
        if set(r) != TOP_KEYS:
            err(f"{rid}: keys {sorted(r)} != {sorted(TOP_KEYS)}")
            continue
        a, b = r["a"], r["b"]
        if not isinstance(a, dict) or set(a) != A_KEYS:
            err(f"{rid}: a keys {sorted(a) if isinstance(a, dict) else a}")
            continue
        if not isinstance(b, dict) or set(b) != B_KEYS:
            err(f"{rid}: b keys {sorted(b) if isinstance(b, dict) else b}")
            continue
        g = r["group"]
        if g not in GROUPS:
            err(f"{rid}: unknown group {g}")
            continue
        pos[g] += 1
        n = pos[g]
        want_id = f"{g}-b12-{n:02d}"
        if rid != want_id:
            err(f"{rid}: expected id {want_id}")
        if rid in seen_ids:
            err(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if not re.fullmatch(r"[a-z_]+-b12-\d{2}", rid):
            err(f"{rid}: id pattern")
        want_split = "dev12" if n % 2 == 1 else "test12"
        if r["split"] != want_split:
            err(f"{rid}: split {r['split']} != {want_split}")
        if r["expect"] not in GROUPS[g][1]:
            err(f"{rid}: label {r['expect']} not allowed in {g}")
        for k in ("q",):
            if not isinstance(a[k], str) or not a[k].strip() or not isinstance(b[k], str) or not b[k].strip():
                err(f"{rid}: empty question")
        if a["q"].strip() == b["q"].strip() and g not in ("time",):
            err(f"{rid}: identical questions outside time group")
        if not isinstance(r["note"], str) or len(r["note"]) < 10:
            err(f"{rid}: note too short")
        if a["tz"] != b["tz"]:
            err(f"{rid}: A and B tz differ")
        ttl = a["ttl"]
        if not isinstance(ttl, int) or isinstance(ttl, bool) or not 60 <= ttl <= 3600:
            err(f"{rid}: ttl {ttl!r} out of 60..3600")
            ttl = None
        da = check_at(a["at"], a["tz"], f"{rid}.a")
        db = check_at(b["at"], b["tz"], f"{rid}.b")
        if da and db:
            age = (db - da).total_seconds()
            if age <= 0:
                err(f"{rid}: B not after A")
            if ttl is not None:
                if age == ttl:
                    err(f"{rid}: age exactly on TTL boundary")
                if r["expect"] == "hit" and age >= ttl:
                    err(f"{rid}: hit but answer is stale (age {age}s >= ttl {ttl}s)")
            tzn = a["tz"]
            if tzn not in dst_cache:
                dst_cache[tzn] = transition_dates(tzn)
            if da.astimezone(ZoneInfo(tzn)).date() in dst_cache[tzn] or \
               db.astimezone(ZoneInfo(tzn)).date() in dst_cache[tzn]:
                dst_pairs += 1
        zones.add(a["tz"])
        gcount[g] += 1
        table_g[g][r["expect"]] += 1
        table_s[r["split"]][r["expect"]] += 1

    for g, (cnt, _) in GROUPS.items():
        if gcount[g] != cnt:
            err(f"group {g}: {gcount[g]} pairs, want {cnt}")
    if len(rows) != sum(c for c, _ in GROUPS.values()):
        err(f"total {len(rows)} pairs, want 240")
    if len(zones) != 8:
        err(f"{len(zones)} zones, want 8: {sorted(zones)}")
    dst_zones = [z for z in zones if transition_dates(z)]
    if len(dst_zones) < 2:
        err(f"only {len(dst_zones)} zones with DST transitions in 2026")
    half = [z for z in zones
            if dt.datetime(2026, 6, 1, tzinfo=ZoneInfo(z)).utcoffset().total_seconds() % 3600 != 0]
    if not half:
        err("no zone with a non-whole-hour offset")
    if dst_pairs < 8:
        err(f"only {dst_pairs} pairs on a DST-transition day, want >= 8")

    def show(title, table, keys):
        print(title)
        print(f"  {'':<12}" + "".join(f"{l:>9}" for l in LABELS) + f"{'total':>9}")
        for k in keys:
            c = table[k]
            print(f"  {k:<12}" + "".join(f"{c[l]:>9}" for l in LABELS) + f"{sum(c.values()):>9}")
        tot = Counter()
        for k in keys:
            tot.update(table[k])
        print(f"  {'total':<12}" + "".join(f"{tot[l]:>9}" for l in LABELS) + f"{sum(tot.values()):>9}")

    show("group x label", table_g, list(GROUPS))
    show("split x label", table_s, ["dev12", "test12"])
    print(f"zones: {len(zones)} ({', '.join(sorted(zones))}); DST zones: {len(dst_zones)}; "
          f"half-hour zones: {', '.join(half)}; DST-day pairs: {dst_pairs}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")


if __name__ == "__main__":
    main()
