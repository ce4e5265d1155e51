#!/usr/bin/env python3
"""Checks writer 29's files: format, counts, ids, splits, real offsets, history before pairs,
executed queries free of aliases, and byte-equality with what gen.py builds. Ends with OK."""
import json, re, sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
import gen

BANNED = """Accra Adelaide Amsterdam Anchorage Asuncion Athens Auckland Azores Bangkok Beirut Belgrade Berlin Bogota Boise
Broken_Hill Brussels Bucharest Budapest Buenos_Aires Cairo Calcutta Canary Canberra Chatham Chicago Cocos Colombo Darwin
Denver Detroit Dhaka Dubai Dublin Easter Edmonton Eucla Halifax Havana Helsinki Ho_Chi_Minh Hobart Honolulu Jakarta
Jerusalem Johannesburg Kabul Karachi Kathmandu Katmandu Kiritimati Kolkata Lagos Lima Lisbon London Lord_Howe Los_Angeles
Macquarie Madrid Manila Marquesas McMurdo Melbourne Mendoza Mexico_City Montevideo NZ Nairobi New_York Newfoundland Norfolk
Oslo Paris Phoenix Prague Rangoon Reykjavik Riga Rome Santiago Sao_Paulo Seoul Singapore Sofia South St_Johns Stockholm
Sydney Taipei Tbilisi Tehran Thimphu Tokyo Toronto Troll UTC Vancouver Vienna Vilnius Warsaw Winnipeg Yancowinna Yangon
Zurich""".split()
errors = []
def err(m): errors.append(m)

def real_offset(at, tz):
    dt = datetime.fromisoformat(at)
    if dt.tzinfo is None: return err("no offset in %s" % at)
    loc = dt.astimezone(ZoneInfo(tz))
    if loc.utcoffset() != dt.utcoffset() or loc.replace(tzinfo=None) != dt.replace(tzinfo=None):
        err("offset %s not real for %s" % (at, tz))
    return dt

pairs = [json.loads(l) for l in open("pairs.jsonl", encoding="utf-8")]
hist = [json.loads(l) for l in open("history.jsonl", encoding="utf-8")]
aliases = json.load(open("aliases.json", encoding="utf-8"))
topo = json.load(open("topology.json", encoding="utf-8"))

# pairs: format, counts, ids, splits
if len(pairs) != 240: err("pairs: %d" % len(pairs))
order = [g for g, n in gen.GROUP_COUNTS for _ in range(n)]
if [g for g, n in gen.GROUP_COUNTS] != ["paraphrase", "near", "time", "scope"] or [n for g, n in gen.GROUP_COUNTS] != [70, 70, 50, 50]:
    err("group counts")
for i, p in enumerate(pairs, 1):
    if set(p) != {"id", "group", "split", "expect", "a", "b", "note"}: err("%d keys" % i)
    if p["id"] != "p29-%04d" % i: err("id %s" % p["id"])
    if p["group"] != order[i - 1]: err("%s group order" % p["id"])
    if p["split"] != ("dev29" if i % 2 else "test29"): err("%s split" % p["id"])
    if p["expect"] not in ("hit", "partial", "miss"): err("%s expect" % p["id"])
    if set(p["a"]) != {"q", "at", "tz", "ttl"} or set(p["b"]) != {"q", "at", "tz"}: err("%s side keys" % p["id"])
    if not isinstance(p["a"]["ttl"], int) or p["a"]["ttl"] <= 0: err("%s ttl" % p["id"])
    if not p["note"] or not p["a"]["q"] or not p["b"]["q"]: err("%s empty field" % p["id"])
    ta = real_offset(p["a"]["at"], p["a"]["tz"]); tb = real_offset(p["b"]["at"], p["b"]["tz"])
    if ta and tb and tb < ta: err("%s b before a" % p["id"])
    if (p["a"]["tz"] != p["b"]["tz"]) != ("cross-zone" in p["note"]): err("%s cross-zone note" % p["id"])
dst = [p for p in pairs if p["group"] == "time" and any(
    gen.is_dst_day(datetime.fromisoformat(p[s]["at"]).astimezone(ZoneInfo(p[s]["tz"])).date(), p[s]["tz"]) for s in "ab")]
if len(dst) < 16: err("only %d DST-day time pairs" % len(dst))
if sum("cross-zone" in p["note"] for p in pairs if p["group"] == "time") < 3: err("cross-zone pairs")

# voices and zones
zones = {v[0] for v in gen.VOICES.values()}
if len(gen.VOICES) != 8 or len(zones) != 8: err("need 8 voices in 8 zones")
for z in zones:
    ZoneInfo(z)
    if any(b == part for b in BANNED for part in re.split(r"[/]", z)): err("banned zone %s" % z)
offs = {z: [datetime(2025, m, 15, 12, tzinfo=ZoneInfo(z)).utcoffset() for m in (1, 7)] for z in zones}
if not any(o[0] > o[1] for o in offs.values()): err("no southern-hemisphere DST zone")
if not any(x.total_seconds() % 3600 for o in offs.values() for x in o): err("no non-whole-hour zone")
if {p[s]["tz"] for p in pairs for s in "ab"} - zones: err("pair zone not a voice zone")

# history
if len(hist) != 100: err("history: %d" % len(hist))
first_pair = min(datetime.fromisoformat(p[s]["at"]) for p in pairs for s in "ab")
alias_re = [(a, re.compile(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", re.I)) for al in aliases.values() for a in al]
for i, h in enumerate(hist, 1):
    if set(h) != {"id", "at", "tz", "voice", "question", "executed"}: err("h%d keys" % i)
    if h["id"] != "h29-%03d" % i: err("history id %s" % h["id"])
    if gen.VOICES.get(h["voice"], (None,))[0] != h["tz"]: err("%s voice/tz" % h["id"])
    t = real_offset(h["at"], h["tz"])
    if t and not (first_pair - timedelta(days=28) <= t < first_pair): err("%s not in the 4 weeks before the pairs" % h["id"])
    if not h["executed"] or len(h["executed"]) > 2: err("%s executed count" % h["id"])
    for ex in h["executed"]:
        if set(ex) != {"datasource", "query"} or ex["datasource"] not in gen.DATASOURCES: err("%s executed format" % h["id"])
        for a, rx in alias_re:
            if rx.search(ex["query"]): err("%s executed query names alias %r" % (h["id"], a))
if len({h["voice"] for h in hist}) != 8: err("history voices")

# aliases / topology
if set(aliases) != set(gen.SERVICES) or not all(2 <= len(v) <= 3 for v in aliases.values()): err("aliases")
if not topo.get("alerts"): err("topology")
for row in topo["alerts"]:
    if "service" in row and (gen.SERVICES[row["service"]][0] != row["team"] or gen.SERVICES[row["service"]][1] != row["namespace"]): err("topology service row")
    if "cluster" in row and gen.cluster_region(row["cluster"]) != row["region"]: err("topology cluster row")
    if "host" in row and row["host"] not in gen.HOSTS[row["cluster"]]: err("topology host row")

# equality with gen.py's build
for name, text in gen.build_all().items():
    if open(name, encoding="utf-8").read() != text: err("%s differs from gen.py output" % name)

if errors:
    print("\n".join(errors[:50])); print("FAILED (%d)" % len(errors)); sys.exit(1)
print("pairs 240, history 100, DST-day time pairs %d" % len(dst))
print("OK")
