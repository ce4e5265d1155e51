#!/usr/bin/env python3
"""Checks pairs.jsonl, history.jsonl, aliases.json, topology.json for writer 30. Prints OK at the end."""
import json
import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import engine as E
import gen

FORBIDDEN_ZONES = set("""ACT Accra Adelaide Amsterdam Anchorage Asuncion Athens Auckland Azores Bangkok Beirut Belgrade
Berlin Bogota Boise Broken_Hill Brussels Bucharest Budapest Buenos_Aires Cairo Calcutta Canary Canberra Chatham Chicago
Cocos Colombo Continental Darwin Denver Detroit Dhaka Dubai Dublin Easter Edmonton Eucla Faroe Halifax Havana Helsinki
Ho_Chi_Minh Hobart Honolulu Iran Istanbul Jakarta Jerusalem Johannesburg Kabul Karachi Kathmandu Katmandu Kiritimati
Kolkata Kuala_Lumpur Kyiv Lagos Lima Lisbon London Lord_Howe Los_Angeles Macquarie Madrid Manila Marquesas McMurdo
Melbourne Mendoza Mexico_City Montevideo NZ Nairobi New_York Newfoundland Norfolk Oslo Paris Phoenix Prague Rangoon
Regina Reykjavik Riga Rome Santiago Sao_Paulo Seoul Singapore Sofia South St_Johns Stockholm Sydney Taipei Tbilisi
Tehran Thimphu Tokyo Toronto Troll UTC Vancouver Vienna Vilnius Warsaw Winnipeg Yancowinna Yangon Zurich""".split())
DATASOURCES = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}
problems = []


def fail(msg):
    problems.append(msg)


def load(path):
    rows = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as ex:
            fail("%s line %d: bad JSON %s" % (path, i, ex))
    return rows


def check_at(where, at, tz):
    try:
        z = ZoneInfo(tz)
    except Exception:  # noqa
        fail("%s: zone %s does not load" % (where, tz))
        return None
    if tz.split("/")[-1] in FORBIDDEN_ZONES:
        fail("%s: zone %s is on the used list" % (where, tz))
    t = datetime.fromisoformat(at)
    if t.tzinfo is None:
        fail("%s: %s has no offset" % (where, at))
        return None
    if t.utcoffset() != t.astimezone(z).utcoffset():
        fail("%s: offset of %s is not %s's real offset at that instant" % (where, at, tz))
    return t


pairs = load("pairs.jsonl")
hist = load("history.jsonl")

# ---- pairs format, counts, ids, splits
if len(pairs) != 240:
    fail("pairs: %d rows, want 240" % len(pairs))
want_counts = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
order = ["paraphrase", "near", "time", "scope"]
last_group = 0
for n, p in enumerate(pairs, 1):
    w = p.get("id", "?")
    if set(p) != {"id", "group", "split", "expect", "a", "b", "note"}:
        fail("%s: keys %s" % (w, sorted(p)))
        continue
    if p["id"] != "p30-%04d" % n:
        fail("%s: id out of order (want p30-%04d)" % (w, n))
    if p["split"] != ("dev30" if n % 2 else "test30"):
        fail("%s: split %s" % (w, p["split"]))
    if p["group"] not in want_counts:
        fail("%s: group %s" % (w, p["group"]))
        continue
    gi = order.index(p["group"])
    if gi < last_group:
        fail("%s: groups not in order" % w)
    last_group = gi
    if p["expect"] not in ("hit", "partial", "miss"):
        fail("%s: expect %s" % (w, p["expect"]))
    if set(p["a"]) != {"q", "at", "tz", "ttl"} or set(p["b"]) != {"q", "at", "tz"}:
        fail("%s: a/b keys" % w)
        continue
    if not isinstance(p["a"]["ttl"], int) or p["a"]["ttl"] <= 0:
        fail("%s: ttl" % w)
    if not (isinstance(p["note"], str) and p["note"].strip()):
        fail("%s: empty note" % w)
    ta = check_at(w + ".a", p["a"]["at"], p["a"]["tz"])
    tb = check_at(w + ".b", p["b"]["at"], p["b"]["tz"])
    if ta and tb and tb <= ta:
        fail("%s: b not after a" % w)
    if p["a"]["tz"] != p["b"]["tz"] and "cross-zone" not in p["note"]:
        fail("%s: zones differ but note lacks 'cross-zone'" % w)
c = Counter(p["group"] for p in pairs)
for g, k in want_counts.items():
    if c[g] != k:
        fail("group %s: %d pairs, want %d" % (g, c[g], k))

# ---- DST pairs (b asked on a day whose UTC offset changes in b's zone) and cross-zone pairs
dst = 0
for p in pairs:
    tb = datetime.fromisoformat(p["b"]["at"])
    if E.dst_day(p["b"]["tz"], tb.astimezone(ZoneInfo(p["b"]["tz"])).date()):
        dst += 1
        if p["group"] != "time":
            fail("%s: DST-day pair outside the time group" % p["id"])
if dst < 16:
    fail("only %d DST-day pairs, want >= 16" % dst)
if sum("cross-zone" in p["note"] for p in pairs) < 3:
    fail("fewer than 3 cross-zone pairs")

# ---- history
if len(hist) != 100:
    fail("history: %d rows, want 100" % len(hist))
first_pair = min(datetime.fromisoformat(p["a"]["at"]) for p in pairs)
first_pair_date = min(datetime.fromisoformat(p["a"]["at"]).date() for p in pairs)
alias_res = [(s, a, re.compile(r"(?<![\w-])" + re.escape(a.lower()) + r"(?![\w-])"))
             for s, al in E.ALIASES.items() for a in al]
voices, zones = Counter(), set()
for n, h in enumerate(hist, 1):
    w = h.get("id", "?")
    if set(h) != {"id", "at", "tz", "voice", "question", "executed"}:
        fail("%s: keys %s" % (w, sorted(h)))
        continue
    if h["id"] != "h30-%03d" % n:
        fail("%s: id out of order" % w)
    t = check_at(w, h["at"], h["tz"])
    if t and not (t < first_pair and t.date() < first_pair_date):
        fail("%s: not before every pair" % w)
    if t and t < first_pair - timedelta(days=29):
        fail("%s: more than 4 weeks before the pairs" % w)
    if h["voice"] not in gen.VOICES or gen.VOICES[h["voice"]][0] != h["tz"]:
        fail("%s: voice/zone mismatch" % w)
    voices[h["voice"]] += 1
    zones.add(h["tz"])
    if not h["executed"] or len(h["executed"]) > 2:
        fail("%s: executed should hold 1-2 queries" % w)
    for ex in h["executed"]:
        if set(ex) != {"datasource", "query"} or ex["datasource"] not in DATASOURCES:
            fail("%s: executed entry %r" % (w, ex))
            continue
        ql = ex["query"].lower()
        for s, a, rx in alias_res:
            if rx.search(ql):
                fail("%s: executed query names alias %r of %s" % (w, a, s))
if len(voices) != 8 or len(zones) != 8:
    fail("history: want 8 voices in 8 zones, got %d/%d" % (len(voices), len(zones)))
south_dst = any(ZoneInfo(z).utcoffset(datetime(2025, 1, 15)) != ZoneInfo(z).utcoffset(datetime(2025, 7, 15))
                and ZoneInfo(z).utcoffset(datetime(2025, 1, 15)) > ZoneInfo(z).utcoffset(datetime(2025, 7, 15))
                for z in zones)
odd_offset = any(ZoneInfo(z).utcoffset(datetime(2025, 3, 1)).total_seconds() % 3600 for z in zones)
if not south_dst:
    fail("no southern-hemisphere DST zone")
if not odd_offset:
    fail("no non-whole-hour offset zone")

# ---- files equal what gen.py builds (gen.build re-derives every label from the spec and refuses mismatches)
built_pairs, built_hist, errors = gen.build()
for e in errors:
    fail("gen: " + e)
if open("pairs.jsonl", encoding="utf-8").read() != gen.dumps(built_pairs):
    fail("pairs.jsonl differs from what gen.py builds")
if open("history.jsonl", encoding="utf-8").read() != gen.dumps(built_hist):
    fail("history.jsonl differs from what gen.py builds")
if json.load(open("aliases.json")) != E.ALIASES:
    fail("aliases.json differs from the theme table")
if json.load(open("topology.json")) != gen.topology():
    fail("topology.json differs from what gen.py builds")
for s in E.ALIASES:
    if not 2 <= len(E.ALIASES[s]) <= 3:
        fail("%s: want 2-3 other names" % s)

if problems:
    for m in problems:
        print("FAIL:", m)
    sys.exit(1)
print("pairs %d (%s), DST-day pairs %d, history %d" %
      (len(pairs), ", ".join("%s %d" % (g, c[g]) for g in order), dst, len(hist)))
print("OK")
