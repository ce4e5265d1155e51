#!/usr/bin/env python3
"""Checks pairs.jsonl: fields, group/label/split counts, timestamps, ordering."""
import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

EXPECTED = {  # group: (n, hit, partial, miss)
    "paraphrase": (50, 50, 0, 0),
    "asked_later": (20, 12, 8, 0),
    "relative_vs_absolute": (22, 11, 9, 2),
    "filter_refinement": (22, 2, 19, 1),
    "range_length": (14, 2, 6, 6),
    "shifted_range": (14, 2, 5, 7),
    "expired_ttl": (14, 0, 10, 4),
    "different_filter": (14, 0, 0, 14),
    "negation": (14, 0, 0, 14),
    "different_subject": (14, 0, 0, 14),
    "different_intent": (14, 0, 14, 0),
    "time_zones": (14, 7, 5, 2),
    "unrelated": (10, 0, 0, 10),
    "hard_negatives": (14, 0, 3, 11),
}
LABELS = ("hit", "partial", "miss")
SPLITS = ("dev8", "test8")

errors = []


def err(msg):
    errors.append(msg)


def parse_at(s, tz, where):
    try:
        d = datetime.fromisoformat(s)
    except Exception as e:  # noqa: BLE001
        err(f"{where}: unparseable timestamp {s!r}: {e}")
        return None
    if d.tzinfo is None:
        err(f"{where}: timestamp without offset {s!r}")
        return None
    if d.year != 2026:
        err(f"{where}: year is not 2026: {s}")
    try:
        z = ZoneInfo(tz)
    except Exception:  # noqa: BLE001
        err(f"{where}: unknown tz {tz!r}")
        return d
    if d.astimezone(z).utcoffset() != d.utcoffset():
        err(f"{where}: offset of {s} does not match {tz} ({d.astimezone(z).isoformat()})")
    return d


rows = []
with open("pairs.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON: {e}")

ids = set()
per_group = {}
group_order = {}
for r in rows:
    rid = r.get("id", "?")
    if set(r) != {"id", "group", "split", "expect", "a", "b", "note"}:
        err(f"{rid}: top-level fields {sorted(r)}")
        continue
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    if set(r["a"]) != {"q", "at", "tz", "ttl"}:
        err(f"{rid}: a fields {sorted(r['a'])}")
        continue
    if set(r["b"]) != {"q", "at", "tz"}:
        err(f"{rid}: b fields {sorted(r['b'])}")
        continue
    g = r["group"]
    if g not in EXPECTED:
        err(f"{rid}: unknown group {g}")
        continue
    if r["expect"] not in LABELS:
        err(f"{rid}: bad expect {r['expect']}")
    if r["split"] not in SPLITS:
        err(f"{rid}: bad split {r['split']}")
    for k in ("q",):
        if not isinstance(r["a"][k], str) or not r["a"][k].strip() or not isinstance(r["b"][k], str) or not r["b"][k].strip():
            err(f"{rid}: empty question")
    if not isinstance(r["note"], str) or len(r["note"]) < 10:
        err(f"{rid}: note missing/too short")
    ttl = r["a"]["ttl"]
    if not isinstance(ttl, int) or isinstance(ttl, bool) or ttl <= 0:
        err(f"{rid}: ttl must be a positive int, got {ttl!r}")
        continue
    ta = parse_at(r["a"]["at"], r["a"]["tz"], f"{rid}.a")
    tb = parse_at(r["b"]["at"], r["b"]["tz"], f"{rid}.b")
    if ta and tb:
        age = (tb - ta).total_seconds()
        if age <= 0:
            err(f"{rid}: B is not asked after A")
        if age == ttl:
            err(f"{rid}: age equals ttl exactly (ambiguous freshness)")
        if r["expect"] == "hit" and age > ttl:
            err(f"{rid}: labelled hit but A is stale (age {age:.0f}s > ttl {ttl}s)")
        if g == "expired_ttl" and age <= ttl:
            err(f"{rid}: expired_ttl pair but A is still fresh")
    idx = group_order.get(g, 0)
    group_order[g] = idx + 1
    if r["split"] != SPLITS[idx % 2]:
        err(f"{rid}: split {r['split']} breaks the dev8/test8 alternation (position {idx + 1} in {g})")
    c = per_group.setdefault(g, {"n": 0, "hit": 0, "partial": 0, "miss": 0, "dev8": 0, "test8": 0})
    c["n"] += 1
    c[r["expect"]] += 1
    c[r["split"]] += 1

hdr = f"{'group':<22}{'n':>5}{'hit':>6}{'partial':>9}{'miss':>6}{'dev8':>6}{'test8':>7}  check"
print(hdr)
print("-" * len(hdr))
tot = {"n": 0, "hit": 0, "partial": 0, "miss": 0, "dev8": 0, "test8": 0}
for g, exp in EXPECTED.items():
    c = per_group.get(g, {"n": 0, "hit": 0, "partial": 0, "miss": 0, "dev8": 0, "test8": 0})
    got = (c["n"], c["hit"], c["partial"], c["miss"])
    ok = got == exp
    if not ok:
        err(f"group {g}: got n/hit/partial/miss {got}, expected {exp}")
    for k in tot:
        tot[k] += c[k]
    print(f"{g:<22}{c['n']:>5}{c['hit']:>6}{c['partial']:>9}{c['miss']:>6}{c['dev8']:>6}{c['test8']:>7}  {'ok' if ok else 'WRONG'}")
print("-" * len(hdr))
print(f"{'total':<22}{tot['n']:>5}{tot['hit']:>6}{tot['partial']:>9}{tot['miss']:>6}{tot['dev8']:>6}{tot['test8']:>7}")
if tot["n"] != 250:
    err(f"total {tot['n']} != 250")
if (tot["dev8"], tot["test8"]) != (125, 125):
    err(f"split totals {tot['dev8']}/{tot['test8']} != 125/125")
zones = sorted({r['a']['tz'] for r in rows} | {r['b']['tz'] for r in rows})
print(f"\ntime zones used: {', '.join(zones)}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
