#!/usr/bin/env python3
"""Checks writer 25's files. Ends with OK. Python 3 standard library only."""
import json, os, re, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine as E
import gen

BANNED = set("""Johannesburg Nairobi Mendoza Bogota Chicago Denver Edmonton Halifax Los_Angeles New_York Santiago Sao_Paulo
St_Johns Toronto Vancouver Colombo Kathmandu Kolkata Singapore Tbilisi Tehran Thimphu Tokyo Yangon Canary Adelaide
Broken_Hill Darwin Eucla Hobart Melbourne Sydney UTC Amsterdam Berlin Dublin Helsinki Lisbon London Madrid Oslo Paris
Sofia Stockholm Vienna Warsaw Zurich Auckland Chatham Honolulu Kiritimati Winnipeg Prague Lord_Howe Jerusalem Kabul
Azores Havana Norfolk Lagos Beirut Manila Brussels Lima Karachi Marquesas Easter Anchorage Asuncion Athens Rome Seoul
Dubai Mexico_City Cocos""".split())
fails = []


def check(cond, msg):
    if not cond:
        fails.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def real_offset(at, tz):
    t = datetime.fromisoformat(at)
    check(t.tzinfo is not None, "no offset: " + at)
    real = t.astimezone(ZoneInfo(tz)).utcoffset()
    check(real == t.utcoffset(), "offset %s not real for %s at that instant" % (at, tz))
    return t.astimezone(timezone.utc)


pairs, hist = load("pairs.jsonl"), load("history.jsonl")
# voices and zones
zones = {v[0] for v in E.VOICES.values()}
check(len(E.VOICES) == 8 and len(zones) == 8, "need 8 voices in 8 zones")
for z in zones:
    check(z.split("/")[-1] not in BANNED, "banned zone " + z)
jan, jul = datetime(2025, 1, 15, tzinfo=timezone.utc), datetime(2025, 7, 15, tzinfo=timezone.utc)
check(any(jan.astimezone(ZoneInfo(z)).utcoffset() > jul.astimezone(ZoneInfo(z)).utcoffset() for z in zones), "no southern DST zone")
check(any(jan.astimezone(ZoneInfo(z)).utcoffset().total_seconds() % 3600 for z in zones), "no non-whole-hour zone")
# pairs
check(len(pairs) == 240, "pairs: %d" % len(pairs))
want = [("paraphrase", 70), ("near", 70), ("time", 50), ("scope", 50)]
exp_groups = [g for g, c in want for _ in range(c)]
first = None
for i, p in enumerate(pairs, 1):
    check(set(p) == {"id", "group", "split", "expect", "a", "b", "note"}, "keys %s" % p.get("id"))
    check(p["id"] == "p25-%04d" % i, "id order at %d" % i)
    check(i <= len(exp_groups) and p["group"] == exp_groups[i - 1], "group order at %s" % p["id"])
    check(p["split"] == ("dev25" if i % 2 else "test25"), "split %s" % p["id"])
    check(p["expect"] in ("hit", "partial", "miss"), "expect %s" % p["id"])
    check(set(p["a"]) == {"q", "at", "tz", "ttl"} and set(p["b"]) == {"q", "at", "tz"}, "a/b keys %s" % p["id"])
    check(isinstance(p["a"]["ttl"], int) and p["a"]["ttl"] > 0, "ttl %s" % p["id"])
    check(p["a"]["tz"] in zones and p["b"]["tz"] in zones, "tz %s" % p["id"])
    check(bool(p["note"].strip()) and p["a"]["q"].strip() and p["b"]["q"].strip(), "empty text %s" % p["id"])
    ta, tb = real_offset(p["a"]["at"], p["a"]["tz"]), real_offset(p["b"]["at"], p["b"]["tz"])
    check(tb > ta, "b not after a %s" % p["id"])
    first = ta if first is None else min(first, ta)
# history
check(len(hist) == 100, "history: %d" % len(hist))
rx = E.alias_regex()
DS = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}
for i, h in enumerate(hist, 1):
    check(list(h) == ["id", "at", "tz", "voice", "question", "executed"], "history keys %s" % h.get("id"))
    check(h["id"] == "h25-%03d" % i, "history id %d" % i)
    check(h["voice"] in E.VOICES and E.VOICES[h["voice"]][0] == h["tz"], "voice/tz %s" % h["id"])
    t = real_offset(h["at"], h["tz"])
    check(t < first, "history %s not before every pair" % h["id"])
    check(t >= first - timedelta(days=28), "history %s older than 4 weeks before the pairs" % h["id"])
    check(1 <= len(h["executed"]) <= 2, "executed count %s" % h["id"])
    for x in h["executed"]:
        check(set(x) == {"datasource", "query"} and x["datasource"] in DS, "executed shape %s" % h["id"])
        m = rx.search(E.mask_canonical(x["query"]))
        check(m is None, "%s executed query names alias %r" % (h["id"], m.group(0) if m else ""))
# aliases/topology
al = json.load(open(os.path.join(HERE, "aliases.json")))
check(set(al) == set(E.SERVICES) and all(2 <= len(v) <= 3 for v in al.values()), "aliases.json")
topo = json.load(open(os.path.join(HERE, "topology.json")))
check(isinstance(topo.get("alerts"), list) and topo["alerts"], "topology.json")
# files equal what gen.py builds (which also re-derives every label)
files, errors, _, _ = gen.build_all()
check(not errors, "gen.py build errors: %s" % errors[:3])
for name, text in files.items():
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        check(f.read() == text, "%s differs from what gen.py builds" % name)
if fails:
    print("\n".join(fails[:40])); print("FAILED (%d)" % len(fails)); sys.exit(1)
print("OK")
