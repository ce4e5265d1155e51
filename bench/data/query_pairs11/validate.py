#!/usr/bin/env python3
"""Validate pairs.jsonl (batch 11). Prints errors, then the split x label table."""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
GROUP_N = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
LABELS = {"hit", "partial", "miss"}
ALLOWED = {"paraphrase": {"hit"}, "near_miss": {"miss", "partial"},
           "time": {"hit", "partial", "miss"}, "scope": {"partial", "miss"}}
ISO_RE = re.compile(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
DST_DAYS = {  # 2026 transition days per zone used
    "Europe/Berlin": {"2026-03-29", "2026-10-25"}, "Europe/London": {"2026-03-29", "2026-10-25"},
    "America/Los_Angeles": {"2026-03-08", "2026-11-01"}, "America/Chicago": {"2026-03-08", "2026-11-01"},
    "Australia/Adelaide": {"2026-04-05", "2026-10-04"}, "Pacific/Auckland": {"2026-04-05", "2026-09-27"},
}

errors = []


def err(msg):
    errors.append(msg)


def check_ts(rid, side, s, tzname):
    if not isinstance(s, str) or not ISO_RE.match(s):
        err("%s %s.at bad format: %r" % (rid, side, s))
        return None
    dt = datetime.fromisoformat(s)
    try:
        tz = ZoneInfo(tzname)
    except Exception:
        err("%s bad tz %r" % (rid, tzname))
        return None
    real = dt.astimezone(tz)
    if real.utcoffset() != dt.utcoffset():
        err("%s %s.at offset %s is not the real offset %s of %s" % (rid, side, dt.utcoffset(), real.utcoffset(), tzname))
    if real.replace(tzinfo=None) != dt.replace(tzinfo=None):
        err("%s %s.at wall clock does not exist in %s" % (rid, side, tzname))
    if dt.year != 2026 or real.year != 2026:
        err("%s %s.at not in 2026" % (rid, side))
    return dt


def main():
    path = os.path.join(HERE, "pairs.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("line %d: bad json: %s" % (n, e))
    seen = set()
    pos = Counter()
    counts = Counter()
    table = Counter()
    dst_pairs = 0
    tzs = Counter()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "group", "split", "expect", "a", "b", "note"}:
            err("%s keys %s" % (rid, sorted(r)))
            continue
        g = r["group"]
        if g not in GROUP_N:
            err("%s bad group %r" % (rid, g))
            continue
        pos[g] += 1
        want_id = "%s-b11-%02d" % (g, pos[g])
        if rid != want_id:
            err("%s: expected id %s" % (rid, want_id))
        if rid in seen:
            err("%s duplicate id" % rid)
        seen.add(rid)
        want_split = "dev11" if pos[g] % 2 == 1 else "test11"
        if r["split"] != want_split:
            err("%s split %r, expected %r" % (rid, r["split"], want_split))
        if r["expect"] not in LABELS:
            err("%s bad expect %r" % (rid, r["expect"]))
        elif r["expect"] not in ALLOWED[g]:
            err("%s label %s not allowed in group %s" % (rid, r["expect"], g))
        a, b = r["a"], r["b"]
        if not isinstance(a, dict) or set(a) != {"q", "at", "tz", "ttl"}:
            err("%s bad a keys" % rid)
            continue
        if not isinstance(b, dict) or set(b) != {"q", "at", "tz"}:
            err("%s bad b keys" % rid)
            continue
        for side, x in (("a", a), ("b", b)):
            if not isinstance(x["q"], str) or not x["q"].strip():
                err("%s %s.q empty" % (rid, side))
        if not isinstance(r["note"], str) or len(r["note"].strip()) < 10:
            err("%s note too short" % rid)
        ttl = a["ttl"]
        if not isinstance(ttl, int) or isinstance(ttl, bool) or not 60 <= ttl <= 3600:
            err("%s ttl %r out of range" % (rid, ttl))
        if a["tz"] != b["tz"]:
            err("%s tz differs" % rid)
        tzs[a["tz"]] += 1
        da = check_ts(rid, "a", a["at"], a["tz"])
        db = check_ts(rid, "b", b["at"], b["tz"])
        if da and db:
            if not db > da:
                err("%s B not after A" % rid)
            if db - da > timedelta(days=2):
                err("%s B more than 2 days after A (suspicious)" % rid)
            days = DST_DAYS.get(a["tz"], set())
            la = da.astimezone(ZoneInfo(a["tz"])).date().isoformat()
            lb = db.astimezone(ZoneInfo(a["tz"])).date().isoformat()
            if la in days or lb in days:
                dst_pairs += 1
        counts[(g, r["expect"])] += 1
        table[(r["split"], r["expect"])] += 1
    for g, n in GROUP_N.items():
        if pos[g] != n:
            err("group %s has %d pairs, expected %d" % (g, pos[g], n))
    if counts[("paraphrase", "hit")] != 70:
        err("paraphrase must be 70 hit")
    np_ = counts[("near_miss", "partial")]
    if not 10 <= np_ <= 14:
        err("near_miss partial count %d not about 12" % np_)
    for lab in LABELS:
        if counts[("time", lab)] == 0:
            err("time group has no %s" % lab)
    if counts[("scope", "partial")] == 0 or counts[("scope", "miss")] == 0:
        err("scope group needs partial and miss")
    if dst_pairs < 8:
        err("only %d pairs on DST-transition days (need >= 8)" % dst_pairs)
    if len(tzs) != 8:
        err("expected 8 time zones, got %d" % len(tzs))

    for e in errors:
        print("ERROR:", e)
    print("\npairs: %d   DST-day pairs: %d   zones: %d" % (len(rows), dst_pairs, len(tzs)))
    print("\n%-12s %6s %8s %6s %6s" % ("group", "hit", "partial", "miss", "total"))
    for g in GROUP_N:
        h, p, m = (counts[(g, x)] for x in ("hit", "partial", "miss"))
        print("%-12s %6d %8d %6d %6d" % (g, h, p, m, h + p + m))
    print("\n%-8s %6s %8s %6s %6s" % ("split", "hit", "partial", "miss", "total"))
    for s in ("dev11", "test11"):
        h, p, m = (table[(s, x)] for x in ("hit", "partial", "miss"))
        print("%-8s %6d %8d %6d %6d" % (s, h, p, m, h + p + m))
    print("\n%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
