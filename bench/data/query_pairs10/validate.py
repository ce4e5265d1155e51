#!/usr/bin/env python3
"""Validate pairs.jsonl (standard library only)."""
import json
import os
import sys
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET_GROUP = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
TARGET_LABEL = {
    ("paraphrase", "hit"): 70,
    ("near_miss", "miss"): 58, ("near_miss", "partial"): 12,
    ("time", "hit"): 16, ("time", "partial"): 20, ("time", "miss"): 14,
    ("scope", "partial"): 38, ("scope", "miss"): 12,
}
LABELS = ("hit", "partial", "miss")
SPLITS = ("dev10", "test10")

errors = []


def err(msg):
    errors.append(msg)


def check_at(pid, side, at, tz):
    try:
        dt = datetime.fromisoformat(at)
    except Exception:
        err(f"{pid}: {side}.at not ISO 8601: {at!r}")
        return None
    if dt.tzinfo is None:
        err(f"{pid}: {side}.at has no offset")
        return None
    try:
        zi = ZoneInfo(tz)
    except Exception:
        err(f"{pid}: {side}.tz unknown: {tz!r}")
        return None
    real = dt.astimezone(zi)
    if real.utcoffset() != dt.utcoffset() or real.replace(tzinfo=None) != dt.replace(tzinfo=None):
        err(f"{pid}: {side}.at offset {dt.utcoffset()} is not the real offset of {tz} ({real.utcoffset()})")
    if dt.year != 2026:
        err(f"{pid}: {side}.at not in 2026")
    return dt


def main():
    path = os.path.join(HERE, "pairs.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"line {i}: bad JSON: {e}")
    ids = set()
    per_group_index = Counter()
    seen_q = Counter()
    for o in rows:
        pid = o.get("id", "?")
        for k in ("id", "group", "split", "expect", "a", "b", "note"):
            if k not in o:
                err(f"{pid}: missing {k}")
        extra = set(o) - {"id", "group", "split", "expect", "a", "b", "note"}
        if extra:
            err(f"{pid}: extra keys {extra}")
        g = o.get("group")
        if g not in TARGET_GROUP:
            err(f"{pid}: bad group {g}")
            continue
        per_group_index[g] += 1
        n = per_group_index[g]
        want_id = f"{g}-b10-{n:02d}"
        if pid != want_id:
            err(f"{pid}: expected id {want_id}")
        if pid in ids:
            err(f"{pid}: duplicate id")
        ids.add(pid)
        want_split = "dev10" if n % 2 == 1 else "test10"
        if o.get("split") != want_split:
            err(f"{pid}: split {o.get('split')} != {want_split}")
        if o.get("expect") not in LABELS:
            err(f"{pid}: bad expect {o.get('expect')}")
        a, b = o.get("a", {}), o.get("b", {})
        if set(a) != {"q", "at", "tz", "ttl"}:
            err(f"{pid}: a keys {sorted(a)}")
        if set(b) != {"q", "at", "tz"}:
            err(f"{pid}: b keys {sorted(b)}")
        for side, d in (("a", a), ("b", b)):
            if not isinstance(d.get("q"), str) or not d.get("q", "").strip():
                err(f"{pid}: {side}.q empty")
        if not isinstance(o.get("note"), str) or len(o.get("note", "")) < 10:
            err(f"{pid}: note too short")
        if a.get("tz") != b.get("tz"):
            err(f"{pid}: tz differs between A and B")
        ttl = a.get("ttl")
        if not isinstance(ttl, int) or not (60 <= ttl <= 3600):
            err(f"{pid}: ttl {ttl!r} not an int in 60..3600")
            ttl = None
        ta = check_at(pid, "a", a.get("at", ""), a.get("tz", "UTC"))
        tb = check_at(pid, "b", b.get("at", ""), b.get("tz", "UTC"))
        if ta and tb:
            age = (tb - ta).total_seconds()
            if age <= 0:
                err(f"{pid}: B not after A")
            if o.get("expect") == "hit" and ttl is not None and age > ttl:
                err(f"{pid}: hit but B asked {age:.0f}s after A, TTL {ttl}s")
        if a.get("q") == b.get("q") and g != "time":
            err(f"{pid}: A and B identical text")
        seen_q[(a.get("q"), b.get("q"))] += 1
    for k, v in seen_q.items():
        if v > 1:
            err(f"duplicate pair text: {k}")

    groups = Counter(o.get("group") for o in rows)
    for g, want in TARGET_GROUP.items():
        if groups[g] != want:
            err(f"group {g}: {groups[g]} pairs, want {want}")
    labels = Counter((o.get("group"), o.get("expect")) for o in rows)
    for key in set(labels) | set(TARGET_LABEL):
        if labels[key] != TARGET_LABEL.get(key, 0):
            err(f"{key}: {labels[key]} pairs, want {TARGET_LABEL.get(key, 0)}")
    voices = Counter(o["a"]["tz"] for o in rows if "a" in o)

    # table
    cells = Counter((o.get("group"), o.get("expect"), o.get("split")) for o in rows)
    print(f"{'group':<12}{'label':<9}" + "".join(f"{s:>8}" for s in SPLITS) + f"{'total':>8}")
    for g in TARGET_GROUP:
        for lab in LABELS:
            vals = [cells[(g, lab, s)] for s in SPLITS]
            if sum(vals):
                print(f"{g:<12}{lab:<9}" + "".join(f"{v:>8}" for v in vals) + f"{sum(vals):>8}")
    tot = [sum(cells[(g, l, s)] for g in TARGET_GROUP for l in LABELS) for s in SPLITS]
    print(f"{'ALL':<12}{'':<9}" + "".join(f"{v:>8}" for v in tot) + f"{sum(tot):>8}")
    lab_tot = Counter(o.get("expect") for o in rows)
    print("labels:", dict(lab_tot))
    print("pairs per tz:", dict(voices))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
