#!/usr/bin/env python3
"""Checks writer 31's files; ends with OK."""
import json, os, re, sys
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen
from engine import ALIASES, SERVICES

FORBIDDEN = """ACT Accra Adelaide Amsterdam Anchorage Asuncion Athens Auckland Azores Bangkok Beirut Belgrade Berlin Bermuda
Bogota Boise Broken_Hill Brussels Bucharest Budapest Buenos_Aires Cairo Calcutta Canary Canberra Chatham Chicago Cocos Colombo
Continental Copenhagen Darwin Denver Detroit Dhaka Dubai Dublin Easter Edmonton Eucla Faroe Halifax Havana Helsinki Ho_Chi_Minh
Hobart Honolulu Iran Istanbul Jakarta Jerusalem Johannesburg Kabul Karachi Kathmandu Katmandu Kiritimati Kolkata Kuala_Lumpur
Kyiv Lagos Lima Lisbon London Lord_Howe Los_Angeles Macquarie Madrid Manila Marquesas McMurdo Melbourne Mendoza Mexico_City
Montevideo NZ NZ-CHAT Nairobi New_York Newfoundland Norfolk North South Oslo Paris Phoenix Prague Rangoon Regina Reykjavik Riga
Rome Santiago Sao_Paulo Seoul Shanghai Singapore Sofia St_Johns Stockholm Sydney Taipei Tallinn Tasmania Tbilisi Tehran Thimphu
Tokyo Toronto Troll UTC Vancouver Vienna Vilnius Warsaw Winnipeg Yancowinna Yangon Zagreb Zurich""".split()

errs = []
def check(c, msg):
    if not c:
        errs.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()

def real_offset(at, tz):
    t = datetime.fromisoformat(at)
    check(t.tzinfo is not None, "no offset in %s" % at)
    z = ZoneInfo(tz)
    check(t.utcoffset() == t.astimezone(z).utcoffset(), "offset of %s is not real for %s" % (at, tz))
    return t

# zones
zones = {v[1] for v in gen.VOICES.values()}
check(len(zones) == 8, "need 8 zones")
for z in zones:
    ZoneInfo(z)
    check(z.split("/")[-1] not in FORBIDDEN and z not in FORBIDDEN, "forbidden zone %s" % z)
jan = lambda z: datetime(2025, 1, 15, 12, tzinfo=ZoneInfo(z)).utcoffset()
jul = lambda z: datetime(2025, 7, 15, 12, tzinfo=ZoneInfo(z)).utcoffset()
check(any(jan(z) > jul(z) for z in zones), "no southern-hemisphere DST zone")
check(any(jan(z).seconds % 3600 or jul(z).seconds % 3600 for z in zones), "no non-whole-hour zone")

# pairs
pairs = [json.loads(l) for l in load("pairs.jsonl").splitlines()]
check(len(pairs) == 240, "240 pairs")
want = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
check(Counter(p["group"] for p in pairs) == Counter(want), "group counts")
order = ["paraphrase", "near", "time", "scope"]
prev = 0
first_pair = None
dst = 0
for i, p in enumerate(pairs, 1):
    check(set(p) == {"id", "group", "split", "expect", "a", "b", "note"}, "keys %s" % p.get("id"))
    check(p["id"] == "p31-%04d" % i, "id %s" % p["id"])
    check(order.index(p["group"]) >= prev, "group order at %s" % p["id"])
    prev = order.index(p["group"])
    check(p["split"] == ("dev31" if i % 2 else "test31"), "split %s" % p["id"])
    check(p["expect"] in ("hit", "partial", "miss"), "expect %s" % p["id"])
    check(set(p["a"]) == {"q", "at", "tz", "ttl"} and set(p["b"]) == {"q", "at", "tz"}, "side keys %s" % p["id"])
    check(isinstance(p["a"]["ttl"], int) and p["a"]["ttl"] > 0, "ttl %s" % p["id"])
    check(p["note"].strip() != "", "note %s" % p["id"])
    ta = real_offset(p["a"]["at"], p["a"]["tz"])
    tb = real_offset(p["b"]["at"], p["b"]["tz"])
    check(tb >= ta, "b before a %s" % p["id"])
    check(p["a"]["tz"] in zones and p["b"]["tz"] in zones, "zone not a voice zone %s" % p["id"])
    for t in (ta, tb):
        first_pair = t if first_pair is None or t < first_pair else first_pair
    if p["group"] == "time" and (gen.is_dst_day(ta.astimezone(ZoneInfo(p["a"]["tz"]))) or gen.is_dst_day(tb.astimezone(ZoneInfo(p["b"]["tz"])))):
        dst += 1
check(dst >= 16, "only %d DST-day time pairs" % dst)
check(sum("cross-zone" in p["note"] for p in pairs if p["group"] == "time") >= 3, "cross-zone pairs")

# history
hist = [json.loads(l) for l in load("history.jsonl").splitlines()]
check(len(hist) == 100, "100 history rows")
DS = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}
last = None
for i, h in enumerate(hist, 1):
    check(set(h) == {"id", "at", "tz", "voice", "question", "executed"}, "history keys %s" % h.get("id"))
    check(h["id"] == "h31-%03d" % i, "history id %s" % h["id"])
    check(h["voice"] in gen.VOICES and gen.VOICES[h["voice"]][1] == h["tz"], "voice/tz %s" % h["id"])
    t = real_offset(h["at"], h["tz"])
    check(t < first_pair, "history %s not before every pair" % h["id"])
    check(t >= first_pair - timedelta(days=28), "history %s older than 4 weeks before pairs" % h["id"])
    check(last is None or t >= last, "history not chronological at %s" % h["id"])
    last = t
    check(1 <= len(h["executed"]) <= 2, "executed size %s" % h["id"])
    for e in h["executed"]:
        check(set(e) == {"datasource", "query"} and e["datasource"] in DS, "executed fmt %s" % h["id"])
        ql = e["query"].lower()
        for svc, al in ALIASES.items():
            for a in al:
                check(not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(a), ql), "alias %r in executed %s" % (a, h["id"]))
        for m in re.finditer(r'(?:service|app|container|resource\.service\.name)\s*=\s*"?([\w-]+)', e["query"]):
            check(m.group(1) in SERVICES, "non-canonical service %r in %s" % (m.group(1), h["id"]))
check(len({h["voice"] for h in hist}) == 8, "all 8 voices in history")

# aliases/topology
al = json.loads(load("aliases.json"))
check(set(al) == set(SERVICES) and all(2 <= len(v) <= 3 for v in al.values()), "aliases.json")
topo = json.loads(load("topology.json"))
check(isinstance(topo.get("alerts"), list) and topo["alerts"], "topology.json")

# equal to what gen builds
files, gerrs, _ = gen.build_all()
check(not gerrs, "gen refuses: %s" % gerrs[:3])
for name, text in files.items():
    check(load(name) == text, "%s differs from gen.py output" % name)

if errs:
    for e in errs[:50]:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
