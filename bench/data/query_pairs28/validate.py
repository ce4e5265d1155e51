#!/usr/bin/python3
"""Validate writer 28's files. Ends with OK or exits non-zero."""
import json, os, re, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen

BANNED = """Adelaide Amsterdam Anchorage Asuncion Athens Auckland Azores Beirut Belgrade Berlin Bogota Boise Broken_Hill
Brussels Bucharest Budapest Cairo Calcutta Canary Canberra Chatham Chicago Cocos Colombo Darwin Denver Dubai Dublin Easter
Edmonton Eucla Halifax Havana Helsinki Ho_Chi_Minh Hobart Honolulu Jakarta Jerusalem Johannesburg Kabul Karachi Kathmandu
Katmandu Kiritimati Kolkata Lagos Lima Lisbon London Lord_Howe Los_Angeles Macquarie Madrid Manila Marquesas McMurdo
Melbourne Mendoza Mexico_City Montevideo Nairobi New_York Newfoundland Norfolk Oslo Paris Phoenix Prague Rangoon Reykjavik
Riga Rome Santiago Sao_Paulo Seoul Singapore Sofia St_Johns Stockholm Sydney Taipei Tbilisi Tehran Thimphu Tokyo Toronto
Troll UTC Vancouver Vienna Warsaw Winnipeg Yancowinna Yangon Zurich""".split()
problems = []
def bad(msg): problems.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        text = f.read()
    return text, [json.loads(l) for l in text.splitlines() if l.strip()]

def check_at(at, tz, where):
    try:
        dt = datetime.fromisoformat(at)
    except ValueError:
        bad(f"{where}: bad ISO {at}"); return None
    if dt.tzinfo is None:
        bad(f"{where}: no offset in {at}"); return None
    loc = dt.astimezone(ZoneInfo(tz))
    if loc.utcoffset() != dt.utcoffset() or loc.replace(tzinfo=None) != dt.replace(tzinfo=None):
        bad(f"{where}: offset of {at} is not the real offset of {tz} ({loc.isoformat()})")
    return dt

# zones
zones = {v[0] for v in gen.VOICES.values()}
if len(gen.VOICES) != 8 or len(zones) != 8: bad("need 8 voices in 8 zones")
for z in zones:
    ZoneInfo(z)
    if any(part in BANNED for part in z.split("/")): bad(f"zone {z} already used")
def offsets(z):
    tz = ZoneInfo(z)
    return {datetime(2026, m, 15, 12, tzinfo=tz).utcoffset() for m in range(1, 13)}
if not any(len(offsets(z)) > 1 and datetime(2026, 1, 15, tzinfo=ZoneInfo(z)).utcoffset() > datetime(2026, 7, 15, tzinfo=ZoneInfo(z)).utcoffset() for z in zones):
    bad("no southern-hemisphere DST zone")
if not any(o.total_seconds() % 3600 for z in zones for o in offsets(z)):
    bad("no non-whole-hour offset")

# pairs
ptext, pairs = load("pairs.jsonl")
if len(pairs) != 240: bad(f"{len(pairs)} pairs")
order = [g for g, _ in gen.GROUPS]
counts = {g: 0 for g in order}
last_group = 0
first_pair_time = None
for i, p in enumerate(pairs, 1):
    w = p.get("id", f"#{i}")
    if list(p) != ["id", "group", "split", "expect", "a", "b", "note"]: bad(f"{w}: keys {list(p)}")
    if p["id"] != f"p28-{i:04d}": bad(f"{w}: id out of order")
    if p["split"] != ("dev28" if i % 2 else "test28"): bad(f"{w}: split")
    if p["expect"] not in ("hit", "partial", "miss"): bad(f"{w}: expect")
    if p["group"] not in counts: bad(f"{w}: group"); continue
    gi = order.index(p["group"])
    if gi < last_group: bad(f"{w}: groups not in order")
    last_group = gi
    counts[p["group"]] += 1
    if list(p["a"]) != ["q", "at", "tz", "ttl"] or list(p["b"]) != ["q", "at", "tz"]: bad(f"{w}: side keys")
    if not isinstance(p["a"]["ttl"], int) or p["a"]["ttl"] <= 0: bad(f"{w}: ttl")
    if not (p["a"]["q"].strip() and p["b"]["q"].strip() and p["note"].strip()): bad(f"{w}: empty text")
    if p["a"]["tz"] not in zones or p["b"]["tz"] not in zones: bad(f"{w}: unknown zone")
    ta = check_at(p["a"]["at"], p["a"]["tz"], w + ".a")
    tb = check_at(p["b"]["at"], p["b"]["tz"], w + ".b")
    if ta and tb:
        if tb < ta: bad(f"{w}: b before a")
        m = min(ta, tb)
        first_pair_time = m if first_pair_time is None or m < first_pair_time else first_pair_time
    if (p["a"]["tz"] != p["b"]["tz"]) != ("cross-zone" in p["note"]): bad(f"{w}: cross-zone note")
if counts != gen.COUNTS: bad(f"group counts {counts}")
dst = sum(1 for p in pairs if gen.is_dst_day(p["a"]["tz"], datetime.fromisoformat(p["a"]["at"]).date())
          or gen.is_dst_day(p["b"]["tz"], datetime.fromisoformat(p["b"]["at"]).date()))
if dst < 16: bad(f"only {dst} DST-day pairs")

# history
htext, hist = load("history.jsonl")
if len(hist) != 100: bad(f"{len(hist)} history rows")
alias_re = [(s, a, re.compile(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", re.I)) for s, al in gen.ALIASES.items() for a in al]
DS = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}
prev = None
for i, h in enumerate(hist, 1):
    w = h.get("id", f"h#{i}")
    if list(h) != ["id", "at", "tz", "voice", "question", "executed"]: bad(f"{w}: keys")
    if h["id"] != f"h28-{i:03d}": bad(f"{w}: id")
    if h["voice"] not in gen.VOICES or gen.VOICES[h["voice"]][0] != h["tz"]: bad(f"{w}: voice/tz")
    t = check_at(h["at"], h["tz"], w)
    if t and first_pair_time and t >= first_pair_time: bad(f"{w}: not before the pairs")
    if t and first_pair_time and t < first_pair_time - timedelta(days=28): bad(f"{w}: more than 4 weeks before the pairs")
    if t and prev and t < prev: bad(f"{w}: history not in time order")
    prev = t or prev
    if not h["executed"] or len(h["executed"]) > 2: bad(f"{w}: executed list size")
    for e in h["executed"]:
        if list(e) != ["datasource", "query"] or e["datasource"] not in DS or not e["query"].strip():
            bad(f"{w}: executed entry {e}")
        for s, a, r in alias_re:
            if r.search(e["query"]): bad(f"{w}: executed query names alias '{a}' of {s}")

# aliases / topology / files equal gen.py's build
files, errors, _, _ = gen.outputs()
for e in errors: bad("gen: " + e)
for name, text in files.items():
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        if f.read() != text: bad(f"{name} differs from what gen.py builds")
al = json.load(open(os.path.join(HERE, "aliases.json")))
if set(al) != set(gen.SERVICES) or any(not 2 <= len(v) <= 3 for v in al.values()): bad("aliases.json shape")
topo = json.load(open(os.path.join(HERE, "topology.json")))
if not topo.get("alerts"): bad("topology.json has no alerts")

if problems:
    print("\n".join(problems)); print(f"FAILED ({len(problems)})"); sys.exit(1)
print(f"pairs {len(pairs)} {counts}, DST-day pairs {dst}, history {len(hist)}")
print("OK")
