#!/usr/bin/env python3
"""Checks pairs.jsonl (batch 15). Exits non-zero on any failure."""
import json
import re
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

EXPECTED_GROUPS = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
VOICE_TZ = {
    "Rutger": "Europe/Amsterdam", "Priya": "Asia/Kolkata", "Ana": "America/Sao_Paulo",
    "Tom": "Europe/London", "Mei": "Asia/Singapore", "Jake": "America/New_York",
    "Kirra": "Australia/Sydney", "Luis": "America/Los_Angeles",
}
errors = []


def err(msg):
    errors.append(msg)


def check_at(pid, side, at, tz):
    try:
        d = datetime.fromisoformat(at)
    except Exception:
        err(f"{pid} {side}: bad ISO {at!r}")
        return None
    if d.tzinfo is None:
        err(f"{pid} {side}: no offset in {at!r}")
        return None
    z = ZoneInfo(tz)
    real = d.astimezone(z)
    if real.utcoffset() != d.utcoffset():
        err(f"{pid} {side}: offset {d.utcoffset()} is not the real offset {real.utcoffset()} of {tz}")
    wall = real.replace(tzinfo=None)
    if wall.replace(tzinfo=z, fold=0).utcoffset() != wall.replace(tzinfo=z, fold=1).utcoffset():
        err(f"{pid} {side}: ambiguous wall time {wall} in {tz}")
    return d


def is_dst_day(day, tz):
    z = ZoneInfo(tz)
    start = datetime(day.year, day.month, day.day, tzinfo=z)
    nxt = start + timedelta(days=1)
    return start.utcoffset() != datetime(nxt.year, nxt.month, nxt.day, tzinfo=z).utcoffset()


rows = []
with open("pairs.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: does not parse: {e}")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")
for n, r in enumerate(rows, 1):
    if r.get("id") != f"p15-{n:04d}":
        err(f"line {n}: id {r.get('id')} not sequential p15-{n:04d}")

groups = Counter(r.get("group") for r in rows)
for g, want in EXPECTED_GROUPS.items():
    if groups.get(g) != want:
        err(f"group {g}: {groups.get(g)} pairs, want {want}")
for g in groups:
    if g not in EXPECTED_GROUPS:
        err(f"unknown group {g}")
if len(rows) != sum(EXPECTED_GROUPS.values()):
    err(f"{len(rows)} pairs, want {sum(EXPECTED_GROUPS.values())}")

pos = Counter()
dst_time = 0
tzs = set()
voices = set()
for r in rows:
    pid = r.get("id")
    keys = {"id", "group", "split", "expect", "a", "b", "note"}
    if set(r) != keys:
        err(f"{pid}: keys {sorted(r)}")
        continue
    a, b = r["a"], r["b"]
    if set(a) != {"q", "at", "tz", "ttl"} or set(b) != {"q", "at", "tz"}:
        err(f"{pid}: a/b keys wrong")
        continue
    g = r["group"]
    pos[g] += 1
    want_split = "dev15" if pos[g] % 2 == 1 else "test15"
    if r["split"] != want_split:
        err(f"{pid}: split {r['split']} but position {pos[g]} in {g} -> {want_split}")
    if r["expect"] not in ("hit", "partial", "miss"):
        err(f"{pid}: expect {r['expect']!r}")
    if not (isinstance(a["ttl"], int) and a["ttl"] > 0):
        err(f"{pid}: ttl {a['ttl']!r}")
    if not a["q"].strip() or not b["q"].strip():
        err(f"{pid}: empty question")
    if a["q"].strip() == b["q"].strip() and g in ("paraphrase", "near_miss", "scope"):
        err(f"{pid}: A and B identical in group {g}")
    if a["tz"] != b["tz"]:
        err(f"{pid}: A and B in different tz")
    m = re.match(r"^(\w+) \(", r["note"])
    if not m or m.group(1) not in VOICE_TZ:
        err(f"{pid}: note does not start with a known voice")
    elif VOICE_TZ[m.group(1)] != a["tz"]:
        err(f"{pid}: voice {m.group(1)} not in tz {a['tz']}")
    else:
        voices.add(m.group(1))
    tzs.add(a["tz"])
    da = check_at(pid, "a", a["at"], a["tz"])
    db = check_at(pid, "b", b["at"], b["tz"])
    if da is None or db is None:
        continue
    delta = (db - da).total_seconds()
    if delta < 0:
        err(f"{pid}: B before A")
    if g == "paraphrase":
        if r["expect"] != "hit":
            err(f"{pid}: paraphrase must be hit")
        if delta > a["ttl"]:
            err(f"{pid}: paraphrase B {delta:.0f}s after A, outside TTL {a['ttl']}")
    if g == "time":
        z = ZoneInfo(a["tz"])
        if is_dst_day(da.astimezone(z).date(), a["tz"]) or is_dst_day(db.astimezone(z).date(), a["tz"]):
            dst_time += 1

if dst_time != 20:
    err(f"time group has {dst_time} pairs on DST-transition days, want 20")
if len(voices) != 8:
    err(f"{len(voices)} voices, want 8")
if len(tzs) < 6:
    err(f"only {len(tzs)} time zones")

# report
table = OrderedDict()
for r in rows:
    table.setdefault(r.get("group"), Counter())[(r.get("expect"), r.get("split"))] += 1
print(f"{'group':<11}{'hit':>6}{'partial':>9}{'miss':>6}{'dev15':>7}{'test15':>8}{'total':>7}")
tot = Counter()
for g, c in table.items():
    e = {x: sum(v for (ex, _), v in c.items() if ex == x) for x in ("hit", "partial", "miss")}
    s = {x: sum(v for (_, sp), v in c.items() if sp == x) for x in ("dev15", "test15")}
    tot.update(e); tot.update(s)
    print(f"{g:<11}{e['hit']:>6}{e['partial']:>9}{e['miss']:>6}{s['dev15']:>7}{s['test15']:>8}{sum(c.values()):>7}")
print(f"{'all':<11}{tot['hit']:>6}{tot['partial']:>9}{tot['miss']:>6}{tot['dev15']:>7}{tot['test15']:>8}{len(rows):>7}")
print("split x expect:", dict(sorted(Counter((r.get('split'), r.get('expect')) for r in rows).items())))
print(f"time pairs on DST-transition days: {dst_time}; voices: {len(voices)}; time zones: {len(tzs)}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
