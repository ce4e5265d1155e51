#!/usr/bin/env python3
"""validate.py - writer 24. Checks pairs.jsonl, history.jsonl, aliases.json, topology.json."""
import json, os, re, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
sys.path.insert(0, HERE)
import gen  # noqa: E402

FORBIDDEN_ZONES = """Johannesburg Nairobi Mendoza Bogota Chicago Denver Edmonton Halifax Los_Angeles New_York
Santiago Sao_Paulo St_Johns Toronto Vancouver Colombo Kathmandu Kolkata Singapore Tbilisi Tehran Thimphu Tokyo
Yangon Canary Adelaide Broken_Hill Darwin Eucla Hobart Melbourne Sydney UTC Amsterdam Berlin Dublin Helsinki Lisbon
London Madrid Oslo Paris Sofia Stockholm Vienna Warsaw Zurich Auckland Chatham Honolulu Kiritimati Winnipeg Prague
Lord_Howe Jerusalem Kabul Azores Havana Norfolk Lagos Beirut Manila Brussels Lima Karachi Marquesas Easter""".split()

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    with open(name) as f:
        return [json.loads(l) for l in f if l.strip()]


def check_at(s, tz, where):
    try:
        t = datetime.fromisoformat(s)
    except ValueError:
        err("%s: bad ISO time %r" % (where, s))
        return None
    if t.tzinfo is None:
        err("%s: time without offset %r" % (where, s))
        return None
    real = t.astimezone(ZoneInfo(tz)).utcoffset()
    if real != t.utcoffset():
        err("%s: offset %s is not real for %s at that moment (real %s)" % (where, t.utcoffset(), tz, real))
    return t.astimezone(timezone.utc)


# ---- zones / voices -------------------------------------------------------
zones = {v[0] for v in gen.VOICES.values()}
if len(gen.VOICES) != 8 or len(zones) != 8:
    err("need eight voices in eight zones")
for z in zones:
    if z.split("/")[-1] in FORBIDDEN_ZONES:
        err("forbidden zone %s" % z)
south_dst = nonwhole = False
for z in zones:
    tz = ZoneInfo(z)
    offs = {datetime(2024, m, 15, 12, tzinfo=timezone.utc).astimezone(tz).utcoffset() for m in range(1, 13)}
    if any(o.total_seconds() % 3600 for o in offs):
        nonwhole = True
    jan = datetime(2024, 1, 15, tzinfo=timezone.utc).astimezone(tz).utcoffset()
    jul = datetime(2024, 7, 15, tzinfo=timezone.utc).astimezone(tz).utcoffset()
    if jan > jul:
        south_dst = True
if not (south_dst and nonwhole):
    err("need a southern-hemisphere DST zone and a non-whole-hour offset")

# ---- pairs ----------------------------------------------------------------
pairs = load_jsonl("pairs.jsonl")
GROUPS = list(gen.GROUP_COUNTS)
if len(pairs) != 240:
    err("pairs: %d rows, want 240" % len(pairs))
order = []
pair_times = []
for n, p in enumerate(pairs, 1):
    w = p.get("id", "?")
    if set(p) != {"id", "group", "split", "expect", "a", "b", "note"}:
        err("%s: keys %s" % (w, sorted(p)))
        continue
    if p["id"] != "p24-%04d" % n:
        err("%s: id out of sequence (want p24-%04d)" % (w, n))
    if p["split"] != ("dev24" if n % 2 else "test24"):
        err("%s: split" % w)
    if p["expect"] not in ("hit", "partial", "miss"):
        err("%s: expect" % w)
    if p["group"] not in GROUPS:
        err("%s: group" % w)
    order.append(p["group"])
    if set(p["a"]) != {"q", "at", "tz", "ttl"} or set(p["b"]) != {"q", "at", "tz"}:
        err("%s: a/b keys" % w)
        continue
    if not isinstance(p["a"]["ttl"], int) or p["a"]["ttl"] <= 0:
        err("%s: ttl" % w)
    if not p["a"]["q"].strip() or not p["b"]["q"].strip() or not p["note"].strip():
        err("%s: empty text" % w)
    for side in ("a", "b"):
        if p[side]["tz"] not in zones:
            err("%s: zone %s is not a voice's zone" % (w, p[side]["tz"]))
    ta = check_at(p["a"]["at"], p["a"]["tz"], w + ".a")
    tb = check_at(p["b"]["at"], p["b"]["tz"], w + ".b")
    if ta and tb:
        if tb <= ta:
            err("%s: b not after a" % w)
        pair_times += [ta, tb]
    if (p["a"]["tz"] != p["b"]["tz"]) != ("cross-zone" in p["note"]):
        err("%s: cross-zone note" % w)
if order != sorted(order, key=GROUPS.index):
    err("pairs: ids not in group order")
for g, c in gen.GROUP_COUNTS.items():
    if order.count(g) != c:
        err("pairs: group %s has %d, want %d" % (g, order.count(g), c))

# DST pairs in the time group: asked on a local day that is not 24h long
ndst = 0
for p in pairs:
    if p["group"] != "time":
        continue
    hit = False
    for side in ("a", "b"):
        tz = ZoneInfo(p[side]["tz"])
        d = datetime.fromisoformat(p[side]["at"]).astimezone(tz).date()
        if gen.day_len_hours(d, tz) != 24:
            hit = True
    ndst += hit
if ndst < 16:
    err("only %d DST pairs in time group" % ndst)

# ---- history --------------------------------------------------------------
hist = load_jsonl("history.jsonl")
if len(hist) != 100:
    err("history: %d rows, want 100" % len(hist))
aliases = {s: d["aliases"] for s, d in gen.SERVICES.items()}
alias_res = [(a, re.compile(r"(?<![a-z0-9_-])" + re.escape(a.lower()) + r"(?![a-z0-9_-])"))
             for names in aliases.values() for a in names]
region_nicks = ["milan", "uae", "dubai", "brazil", "sao paulo", "são paulo"]
hosts = {h for c in gen.CLUSTERS.values() for h in c["hosts"]}
regions = {c["region"] for c in gen.CLUSTERS.values()}
INFRA_NS = {"kube-system", "argocd", "ingress-nginx"}
last_hist = None
for n, h in enumerate(hist, 1):
    w = h.get("id", "?")
    if set(h) != {"id", "at", "tz", "voice", "question", "executed"}:
        err("%s: keys" % w)
        continue
    if h["id"] != "h24-%03d" % n:
        err("%s: id out of sequence" % w)
    if h["voice"] not in gen.VOICES or gen.VOICES[h["voice"]][0] != h["tz"]:
        err("%s: voice/zone" % w)
    t = check_at(h["at"], h["tz"], w)
    if t and (last_hist is None or t > last_hist):
        last_hist = t
    if not h["executed"] or len(h["executed"]) > 2:
        err("%s: executed must hold 1-2 queries" % w)
    for e in h["executed"]:
        if set(e) != {"datasource", "query"} or e["datasource"] not in gen.DATASOURCES:
            err("%s: executed entry %s" % (w, e))
            continue
        q = e["query"]
        low = q.lower()
        for a, rx in alias_res:
            if rx.search(low):
                err("%s: executed query names alias %r: %s" % (w, a, q))
        for nick in region_nicks:
            if nick in low:
                err("%s: executed query names region nickname %r" % (w, nick))
        for key, allowed in (("service", set(gen.SERVICES)), ("app", set(gen.SERVICES)),
                             ("container", set(gen.SERVICES) | {"coredns"}),
                             ("namespace", set(gen.NAMESPACES) | INFRA_NS), ("cluster", set(gen.CLUSTERS)),
                             ("instance", hosts), ("region", regions), ("team", set(gen.TEAMS)),
                             ("alertname", {a[0] for a in gen.ALERTS})):
            for m in re.finditer(r"(?<![a-z_.])%s\s*=~?\s*\"?([A-Za-z0-9_.|-]+)" % key, q):
                for v in m.group(1).split("|"):
                    if v not in allowed:
                        err("%s: %s=%s is not a canonical value" % (w, key, v))
if last_hist and pair_times and last_hist >= min(pair_times):
    err("history reaches %s, not before the first pair %s" % (last_hist, min(pair_times)))
if last_hist and pair_times and min(pair_times) - last_hist > timedelta(days=7):
    err("history ends long before the pairs")

# ---- equality with what gen.py builds --------------------------------------
g_hist, g_pairs, g_aliases, g_topo, _ = gen.build()
with open("history.jsonl") as f:
    if f.read() != gen.dump_jsonl(g_hist):
        err("history.jsonl differs from gen.py output")
with open("pairs.jsonl") as f:
    if f.read() != gen.dump_jsonl(g_pairs):
        err("pairs.jsonl differs from gen.py output")
with open("aliases.json") as f:
    if json.load(f) != g_aliases:
        err("aliases.json differs from gen.py")
with open("topology.json") as f:
    topo = json.load(f)
    if topo != g_topo or not isinstance(topo.get("alerts"), list):
        err("topology.json differs from gen.py")
for s, names in g_aliases.items():
    if not 2 <= len(names) <= 3:
        err("service %s needs 2-3 other names" % s)

if errors:
    print("\n".join(errors[:60]))
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("OK")
