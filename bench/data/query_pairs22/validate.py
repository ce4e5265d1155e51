#!/usr/bin/env python3
"""Checks pairs.jsonl / history.jsonl / aliases.json / topology.json against the brief; prints OK."""
import json
import re
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import gen

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, [json.loads(line) for line in text.splitlines()]


def real_offset(at, tz, where):
    t = datetime.fromisoformat(at)
    check(t.tzinfo is not None, "%s: no offset" % where)
    if t.tzinfo is None:
        return None
    z = ZoneInfo(tz)
    check(t.astimezone(z).utcoffset() == t.utcoffset(), "%s: offset %s not real for %s" % (where, at, tz))
    return t.astimezone(timezone.utc)


FORBIDDEN = ("Johannesburg Nairobi Mendoza Bogota Chicago Denver Edmonton Halifax Los_Angeles New_York Santiago "
             "Sao_Paulo St_Johns Toronto Vancouver Colombo Kathmandu Kolkata Singapore Tbilisi Tehran Thimphu Tokyo "
             "Yangon Canary Adelaide Broken_Hill Darwin Eucla Hobart Melbourne Sydney UTC Amsterdam Berlin Dublin "
             "Helsinki Lisbon London Madrid Oslo Paris Sofia Stockholm Vienna Warsaw Zurich Auckland Chatham "
             "Honolulu Kiritimati").split()

pairs_text, pairs = load("pairs.jsonl")
hist_text, hist = load("history.jsonl")

# ---- pairs format, counts, ids, splits
check(len(pairs) == 240, "want 240 pairs")
want = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
order = list(want)
prev = 0
for i, p in enumerate(pairs, 1):
    w = p.get("id", "?")
    check(set(p) == {"id", "group", "split", "expect", "a", "b", "note"}, "%s: keys" % w)
    check(p["id"] == "p22-%04d" % i, "%s: id out of sequence" % w)
    check(p["split"] == ("dev22" if i % 2 else "test22"), "%s: split" % w)
    check(p["expect"] in ("hit", "partial", "miss"), "%s: expect" % w)
    check(p["group"] in want, "%s: group" % w)
    check(order.index(p["group"]) >= prev, "%s: groups out of order" % w)
    prev = order.index(p["group"])
    check(set(p["a"]) == {"q", "at", "tz", "ttl"} and set(p["b"]) == {"q", "at", "tz"}, "%s: a/b keys" % w)
    check(isinstance(p["a"]["ttl"], int) and p["a"]["ttl"] > 0, "%s: ttl" % w)
    check(isinstance(p["note"], str) and p["note"], "%s: note" % w)
    for s in ("a", "b"):
        check(isinstance(p[s]["q"], str) and p[s]["q"].strip(), "%s: empty question" % w)
    ta = real_offset(p["a"]["at"], p["a"]["tz"], w + ".a")
    tb = real_offset(p["b"]["at"], p["b"]["tz"], w + ".b")
    if ta and tb:
        check(tb > ta, "%s: b not after a" % w)
for g, n in want.items():
    check(sum(p["group"] == g for p in pairs) == n, "group %s count" % g)
cz = [p for p in pairs if p["group"] == "time" and "cross-zone" in p["note"]]
check(len(cz) >= 3, "need a few cross-zone time pairs")


def dst_day(at, tz):
    t = datetime.fromisoformat(at).astimezone(ZoneInfo(tz))
    return gen.day_len_h(t) != 24


dst = [p for p in pairs if dst_day(p["b"]["at"], p["b"]["tz"])]
check(len(dst) >= 16, "need >= 16 pairs on DST change days (got %d)" % len(dst))

# ---- zones and voices
zones = {z for z, _ in gen.VOICES.values()}
check(len(gen.VOICES) == 8 and len(zones) == 8, "8 voices in 8 zones")
for z in zones:
    check(z.split("/")[-1] not in FORBIDDEN, "forbidden zone %s" % z)
jan, jul = datetime(2026, 1, 15, 12, tzinfo=timezone.utc), datetime(2026, 7, 15, 12, tzinfo=timezone.utc)
south_dst = [z for z in zones if jan.astimezone(ZoneInfo(z)).utcoffset() > jul.astimezone(ZoneInfo(z)).utcoffset()]
check(south_dst, "need a southern-hemisphere DST zone")
odd = [z for z in zones if any(t.astimezone(ZoneInfo(z)).utcoffset().total_seconds() % 3600 for t in (jan, jul))]
check(odd, "need a non-whole-hour offset")

# ---- history
check(len(hist) == 80, "want 80 history exchanges")
alias_res = [(a, re.compile(r"(?<![\w-])" + re.escape(a.lower()) + r"(?![\w-])")) for al in gen.ALIASES.values() for a in al]
hmax = None
for i, h in enumerate(hist, 1):
    w = h.get("id", "?")
    check(set(h) == {"id", "at", "tz", "voice", "question", "executed"}, "%s: keys" % w)
    check(h["id"] == "h22-%03d" % i, "%s: id" % w)
    check(h["voice"] in gen.VOICES and gen.VOICES[h["voice"]][0] == h["tz"], "%s: voice/tz" % w)
    t = real_offset(h["at"], h["tz"], w)
    if t and (hmax is None or t > hmax):
        hmax = t
    check(isinstance(h["executed"], list) and 1 <= len(h["executed"]) <= 2, "%s: executed" % w)
    for e in h["executed"]:
        check(set(e) == {"datasource", "query"}, "%s: executed keys" % w)
        check(e["datasource"] in ("prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"),
              "%s: datasource" % w)
        ql = e["query"].lower()
        for a, rx in alias_res:
            check(not rx.search(ql), "%s: executed query names alias %r" % (w, a))
pmin = min(datetime.fromisoformat(p[s]["at"]) for p in pairs for s in ("a", "b"))
check(hmax is not None and hmax < pmin, "history must precede every pair")
check(hmax is not None and (pmin - hmax).days < 7 and (pmin - min(datetime.fromisoformat(h["at"]) for h in hist)).days <= 29,
      "history should cover the 4 weeks before the pairs")

# ---- files equal what gen.py builds
bp, bh = gen.build()
check(pairs_text == gen.dumps(bp), "pairs.jsonl differs from gen.py output")
check(hist_text == gen.dumps(bh), "history.jsonl differs from gen.py output")
with open("aliases.json", encoding="utf-8") as f:
    check(json.load(f) == gen.ALIASES, "aliases.json differs")
with open("topology.json", encoding="utf-8") as f:
    check(json.load(f) == {"alerts": gen.TOPOLOGY_ALERTS}, "topology.json differs")

if ERR:
    print("\n".join(ERR[:40]))
    print("FAILED (%d problems)" % len(ERR))
    sys.exit(1)
print("OK")
