#!/usr/bin/env python3
"""Checks writer 26's files; prints OK at the end or exits non-zero listing problems."""
import json, os, re, sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen, company, engine

FORBIDDEN = """Johannesburg Nairobi Mendoza Bogota Chicago Denver Edmonton Halifax Los_Angeles New_York Santiago Sao_Paulo
St_Johns Toronto Vancouver Colombo Kathmandu Kolkata Singapore Tbilisi Tehran Thimphu Tokyo Yangon Canary Adelaide
Broken_Hill Darwin Eucla Hobart Melbourne Sydney UTC Amsterdam Berlin Dublin Helsinki Lisbon London Madrid Oslo Paris
Sofia Stockholm Vienna Warsaw Zurich Auckland Chatham Honolulu Kiritimati Winnipeg Prague Lord_Howe Jerusalem Kabul
Azores Havana Norfolk Lagos Beirut Manila Brussels Lima Karachi Marquesas Easter Anchorage Asuncion Athens Rome Seoul
Dubai Mexico_City Cocos Macquarie Troll Riga Cairo Boise Katmandu""".split()

problems = []


def bad(msg):
    problems.append(msg)


def check_at(s, tz, where):
    """ISO with offset; the offset must be the zone's real offset at that instant and the wall time must exist."""
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        bad("%s: bad ISO %r" % (where, s)); return None
    if d.tzinfo is None:
        bad("%s: no offset in %r" % (where, s)); return None
    real = datetime.fromtimestamp(d.timestamp(), ZoneInfo(tz))
    if real.utcoffset() != d.utcoffset() or real.replace(tzinfo=None) != d.replace(tzinfo=None):
        bad("%s: %s is not the real offset/wall time for %s (real %s)" % (where, s, tz, real.isoformat()))
    return d.timestamp()


def main():
    files, meta, errors = gen.build()
    for e in errors:
        bad("gen: " + e)
    for name, text in files.items():
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            bad("missing " + name); continue
        if open(p, encoding="utf-8").read() != text:
            bad("%s differs from what gen.py builds" % name)
    for name in ("README.md", "gen.py", "validate.py"):
        if not os.path.exists(os.path.join(HERE, name)):
            bad("missing " + name)

    # zones
    zones = {v[0] for v in company.VOICES.values()}
    if len(company.VOICES) != 8 or len(zones) != 8:
        bad("need 8 voices in 8 zones")
    for z in zones:
        if z.split("/")[-1] in FORBIDDEN:
            bad("forbidden zone " + z)
    south = [z for z in zones if datetime(2025, 1, 15, tzinfo=ZoneInfo(z)).utcoffset() > datetime(2025, 7, 15, tzinfo=ZoneInfo(z)).utcoffset()]
    half = [z for z in zones if datetime(2025, 3, 1, tzinfo=ZoneInfo(z)).utcoffset().total_seconds() % 3600]
    if not south: bad("no southern-hemisphere DST zone")
    if not half: bad("no non-whole-hour offset zone")
    styles = {v[1] for v in company.VOICES.values()}
    if len(styles) != 8: bad("styles not distinct")

    # pairs
    pairs = [json.loads(l) for l in open(os.path.join(HERE, "pairs.jsonl"), encoding="utf-8")]
    if len(pairs) != 240: bad("pairs: %d rows" % len(pairs))
    want = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
    order = list(want)
    last = 0
    counts = {g: 0 for g in want}
    first_pair_t = None
    for i, p in enumerate(pairs, 1):
        w = p.get("id", "?")
        if set(p) != {"id", "group", "split", "expect", "a", "b", "note"}: bad("%s: keys %s" % (w, sorted(p)))
        if p["id"] != "p26-%04d" % i: bad("%s: id out of sequence" % w)
        if p["split"] != ("dev26" if i % 2 else "test26"): bad("%s: split" % w)
        if p["expect"] not in ("hit", "partial", "miss"): bad("%s: expect" % w)
        g = p["group"]
        if g not in want: bad("%s: group" % w); continue
        counts[g] += 1
        if order.index(g) < last: bad("%s: group order" % w)
        last = order.index(g)
        if set(p["a"]) != {"q", "at", "tz", "ttl"} or set(p["b"]) != {"q", "at", "tz"}: bad("%s: a/b keys" % w)
        if not isinstance(p["a"]["ttl"], int) or p["a"]["ttl"] <= 0: bad("%s: ttl" % w)
        for side in ("a", "b"):
            if not p[side]["q"].strip(): bad("%s: empty q" % w)
            if p[side]["tz"] not in zones: bad("%s: tz %s not a voice zone" % (w, p[side]["tz"]))
        ta = check_at(p["a"]["at"], p["a"]["tz"], w + ".a")
        tb = check_at(p["b"]["at"], p["b"]["tz"], w + ".b")
        if ta and tb:
            if tb < ta: bad("%s: b before a" % w)
            first_pair_t = min(ta, first_pair_t or ta)
        if not p["note"].strip(): bad("%s: empty note" % w)
    if counts != want: bad("group counts %s" % counts)
    dst = sum(m["dst"] for m in meta)
    if dst < 16: bad("only %d DST-day pairs" % dst)
    if sum("cross-zone" in p["note"] for p in pairs) < 3: bad("too few cross-zone pairs")

    # history
    hist = [json.loads(l) for l in open(os.path.join(HERE, "history.jsonl"), encoding="utf-8")]
    if len(hist) != 100: bad("history: %d rows" % len(hist))
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    names = [a for v in aliases.values() for a in v] + list(company.INFRA_SHORT)
    regs = [(a, gen.alias_regex(a)) for a in names]
    for i, h in enumerate(hist, 1):
        w = h.get("id", "?")
        if set(h) != {"id", "at", "tz", "voice", "question", "executed"}: bad("%s: keys" % w)
        if h["id"] != "h26-%03d" % i: bad("%s: id sequence" % w)
        if h["voice"] not in company.VOICES or company.VOICES[h["voice"]][0] != h["tz"]: bad("%s: voice/tz" % w)
        t = check_at(h["at"], h["tz"], w)
        if t and first_pair_t and not (first_pair_t - 28 * 86400 <= t < first_pair_t):
            bad("%s: not within the 4 weeks before every pair" % w)
        if not h["question"].strip(): bad("%s: empty question" % w)
        if not (1 <= len(h["executed"]) <= 2): bad("%s: executed size" % w)
        for e in h["executed"]:
            if set(e) != {"datasource", "query"} or e["datasource"] not in gen.DATASOURCES: bad("%s: executed entry" % w)
            for a, r in regs:
                if r.search(e["query"]): bad("%s: executed query names alias %r" % (w, a))
    if sorted(h["at"] for h in hist) and [h["id"] for h in sorted(hist, key=lambda h: datetime.fromisoformat(h["at"]).timestamp())] != [h["id"] for h in hist]:
        bad("history ids not in time order")

    # aliases / topology
    if set(aliases) != set(company.SERVICES) or not (6 <= len(aliases) <= 7): bad("aliases keys")
    for s, v in aliases.items():
        if not (2 <= len(v) <= 3): bad("aliases for %s" % s)
        for a in v:
            for s2 in aliases:
                if a.lower() in s2.lower(): bad("alias %r is a substring of canonical %s" % (a, s2))
    topo = json.load(open(os.path.join(HERE, "topology.json"), encoding="utf-8"))
    svc_team, svc_ns, cl_rg, host_cl = {}, {}, {}, {}
    for al in topo.get("alerts", []):
        for (k1, k2, m) in (("service", "team", svc_team), ("service", "namespace", svc_ns), ("cluster", "region", cl_rg), ("host", "cluster", host_cl)):
            if k1 in al and k2 in al:
                if m.setdefault(al[k1], al[k2]) != al[k2]: bad("topology: %s %s maps to two %s" % (k1, al[k1], k2))
    if set(svc_team) != set(aliases): bad("topology services")

    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
