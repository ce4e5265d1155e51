#!/usr/bin/env python3
"""validate.py (writer 27): format, counts, ids, splits, real offsets, history before pairs, no alias in executed
queries, DST and cross-zone pairs, and that every output file equals what gen.py builds.  Ends with OK."""
import json, os, re, sys, collections
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

BANNED = set("""Adelaide Amsterdam Anchorage Asuncion Athens Auckland Azores Beirut Belgrade Berlin Bogota Boise Broken_Hill
Brussels Bucharest Cairo Canary Canberra Chatham Chicago Cocos Colombo Darwin Denver Dubai Dublin Easter Edmonton Eucla
Halifax Havana Helsinki Ho_Chi_Minh Hobart Honolulu Jerusalem Johannesburg Kabul Karachi Kathmandu Katmandu Kiritimati
Kolkata Lagos Lima Lisbon London Lord_Howe Los_Angeles Macquarie Madrid Manila Marquesas Melbourne Mendoza Mexico_City
Montevideo Nairobi New_York Norfolk Oslo Phoenix Prague Rangoon Reykjavik Riga Rome Santiago Sao_Paulo Seoul Singapore
Sofia St_Johns Stockholm Sydney Taipei Tbilisi Tehran Thimphu Tokyo Troll UTC Vancouver Vienna Warsaw Winnipeg Yangon
Zurich""".split())
GROUPS = [("paraphrase", 70), ("near", 70), ("time", 50), ("scope", 50)]
DATASOURCES = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}
fails = []


def check(cond, msg):
    if not cond:
        fails.append(msg)


def real_offset(at, tz):
    dt = datetime.fromisoformat(at)
    check(dt.tzinfo is not None, f"{at}: no offset")
    loc = dt.astimezone(ZoneInfo(tz))
    check(loc.utcoffset() == dt.utcoffset() and loc.replace(tzinfo=None) == dt.replace(tzinfo=None),
          f"{at}: offset is not real for {tz}")
    return dt


def dst_day(dt, tz):
    z = ZoneInfo(tz)
    d = dt.astimezone(z).date()
    s = datetime(d.year, d.month, d.day, tzinfo=z)
    return s.utcoffset() != datetime(d.year, d.month, d.day, 23, 59, tzinfo=z).utcoffset()


def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


pairs = load_jsonl("pairs.jsonl")
hist = load_jsonl("history.jsonl")

# ---- zones / voices ----
zones = {v[0] for v in gen.VOICES.values()}
check(len(gen.VOICES) == 8 and len(zones) == 8, "need eight voices in eight zones")
for z in zones:
    ZoneInfo(z)
    check(z.split("/")[-1] not in BANNED and z not in BANNED, f"zone {z} is on the banned list")
jan = [ZoneInfo(z).utcoffset(datetime(2025, 1, 15)) for z in zones]
south_dst = [z for z in zones if ZoneInfo(z).utcoffset(datetime(2025, 1, 15)) > ZoneInfo(z).utcoffset(datetime(2025, 7, 15))]
odd = [z for z in zones if ZoneInfo(z).utcoffset(datetime(2025, 3, 1)).seconds % 3600]
check(south_dst, "no southern-hemisphere DST zone")
check(odd, "no non-whole-hour zone")

# ---- pairs ----
check(len(pairs) == 240, f"{len(pairs)} pairs, need 240")
order = [g for g, n in GROUPS for _ in range(n)]
check([p.get("group") for p in pairs] == order, "groups/counts/order wrong")
first_pair = None
dst_pairs, cross = [], []
for i, p in enumerate(pairs, 1):
    pid = f"p27-{i:04d}"
    check(set(p) == {"id", "group", "split", "expect", "a", "b", "note"}, f"{pid}: keys {sorted(p)}")
    check(p["id"] == pid, f"{p['id']}: expected id {pid}")
    check(p["split"] == ("dev27" if i % 2 else "test27"), f"{pid}: split")
    check(p["expect"] in ("hit", "partial", "miss"), f"{pid}: expect")
    check(set(p["a"]) == {"q", "at", "tz", "ttl"} and set(p["b"]) == {"q", "at", "tz"}, f"{pid}: a/b keys")
    check(isinstance(p["a"]["ttl"], int) and p["a"]["ttl"] > 0, f"{pid}: ttl")
    check(isinstance(p["note"], str) and p["note"], f"{pid}: note")
    ta = real_offset(p["a"]["at"], p["a"]["tz"])
    tb = real_offset(p["b"]["at"], p["b"]["tz"])
    check(tb >= ta, f"{pid}: b before a")
    check(p["a"]["tz"] in zones and p["b"]["tz"] in zones, f"{pid}: unknown zone")
    first_pair = min(x for x in (first_pair, ta, tb) if x is not None)
    if dst_day(ta, p["a"]["tz"]) or dst_day(tb, p["b"]["tz"]):
        dst_pairs.append(pid)
    if p["a"]["tz"] != p["b"]["tz"]:
        cross.append(pid)
        check("cross-zone" in p["note"], f"{pid}: cross-zone pair not noted")
check(len(dst_pairs) >= 16, f"only {len(dst_pairs)} pairs on DST change days")
check(3 <= len(cross) <= 10, f"{len(cross)} cross-zone pairs")

# ---- history ----
check(len(hist) == 100, f"{len(hist)} history rows, need 100")
prev = None
alias_pats = [(al, gen.alias_re(al)) for c, (als, *_r) in gen.SERVICES.items() for al in als]
for i, h in enumerate(hist, 1):
    hid = f"h27-{i:03d}"
    check(set(h) == {"id", "at", "tz", "voice", "question", "executed"}, f"{hid}: keys")
    check(h["id"] == hid, f"{h['id']}: expected {hid}")
    check(h["voice"] in gen.VOICES and gen.VOICES[h["voice"]][0] == h["tz"], f"{hid}: voice/tz")
    t = real_offset(h["at"], h["tz"])
    check(prev is None or t >= prev, f"{hid}: not in time order")
    prev = t
    check(first_pair is not None and t < first_pair, f"{hid}: not before every pair")
    check(first_pair - t <= timedelta(days=28, hours=12), f"{hid}: more than 4 weeks before the pairs")
    check(isinstance(h["executed"], list) and 1 <= len(h["executed"]) <= 2, f"{hid}: executed list")
    for e in h["executed"]:
        check(set(e) == {"datasource", "query"} and e["datasource"] in DATASOURCES, f"{hid}: executed entry")
        q = e["query"]
        for canon in gen.SERVICES:
            q = q.replace(canon, "")
        for al, pat in alias_pats:
            check(not pat.search(q), f"{hid}: executed query names alias {al!r}")
check(len({h["voice"] for h in hist}) == 8, "history must have all eight voices")

# ---- equals what gen.py builds ----
hrows, prows, aliases, topo, errors = gen.build()
check(not errors, f"gen.build() reports errors: {errors[:3]}")
with open(os.path.join(HERE, "history.jsonl"), encoding="utf-8") as f:
    check(f.read() == gen.dumps_jsonl(hrows), "history.jsonl differs from gen.py output")
with open(os.path.join(HERE, "pairs.jsonl"), encoding="utf-8") as f:
    check(f.read() == gen.dumps_jsonl(prows), "pairs.jsonl differs from gen.py output")
with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
    al = json.load(f)
check(al == aliases and all(2 <= len(v) <= 3 for v in al.values()) and 6 <= len(al) <= 7, "aliases.json")
with open(os.path.join(HERE, "topology.json"), encoding="utf-8") as f:
    tp = json.load(f)
check(tp == topo and all({"service", "team", "namespace", "cluster", "region", "host"} <= set(a) for a in tp["alerts"]),
      "topology.json")

if fails:
    for m in fails[:40]:
        print("FAIL:", m)
    sys.exit(1)
g = collections.Counter((p["group"], p["expect"]) for p in pairs)
print("pairs per group/label:", dict(sorted(g.items())))
print("DST-day pairs:", len(dst_pairs), " cross-zone pairs:", len(cross))
print("OK")
