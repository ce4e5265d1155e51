#!/usr/bin/env python3
"""writer 29: Heliograph Energy answer-cache pairs + question history.
Every question, time, TTL and meaning is typed by hand below. For each pair gen.py resolves both time
phrases in the asker's zone (zoneinfo, UTC arithmetic), re-derives the label from spec.md (first rule that
applies) and refuses to write when the typed label differs or flips under nudged spec numbers
(overlap 20-30%, ratio 27-35x, tolerance +-15%, TTL +-5%, tolerance measured on a or b).
Writes pairs.jsonl, history.jsonl, aliases.json, topology.json.  python3 gen.py [--stats]
"""
# ---------------------------------------------------------------- engine
import re, json, itertools, random
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

UTC = timezone.utc
M = timedelta(minutes=1)
H = timedelta(hours=1)
D = timedelta(days=1)

def local(dt_str, tz):
    """'2025-03-30 09:15' wall time in tz -> aware datetime (refuses non-existent / ambiguous wall times);
    a trailing ' 2nd' picks the second occurrence of a repeated (fall-back) wall time."""
    if dt_str.endswith(" 2nd"):
        naive = datetime.strptime(dt_str[:-4], "%Y-%m-%d %H:%M")
        a = naive.replace(tzinfo=ZoneInfo(tz), fold=1)
        if a.utcoffset() == naive.replace(tzinfo=ZoneInfo(tz), fold=0).utcoffset():
            raise ValueError("'2nd' on a wall time that is not repeated")
        return a
    naive = datetime.strptime(dt_str, "%Y-%m-%d %H:%M")
    return wall(naive, tz)

def wall(naive, tz):
    Z = ZoneInfo(tz)
    a = naive.replace(tzinfo=Z, fold=0)
    b = naive.replace(tzinfo=Z, fold=1)
    if a.utcoffset() != b.utcoffset():
        raise ValueError("ambiguous or non-existent wall time %s in %s" % (naive, tz))
    back = a.astimezone(UTC).astimezone(Z)
    if back.replace(tzinfo=None) != naive:
        raise ValueError("non-existent wall time %s in %s" % (naive, tz))
    return a

def iso(dt):
    return dt.isoformat(timespec="seconds")

NUMW = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "eight": 8, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "48": 48}
UNIT = {"m": M, "min": M, "mins": M, "minute": M, "minutes": M,
        "h": H, "hr": H, "hrs": H, "hour": H, "hours": H,
        "d": D, "day": D, "days": D, "w": 7 * D, "week": 7 * D, "weeks": 7 * D}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ZONEABBR = {"utc": "UTC", "z": "UTC", "gmt": "UTC", "pt": "America/Los_Angeles"}
NOW_WORDS = {"now", "right now", "currently", "atm", "rn", "at the moment", "up", "healthy",
             "firing", "still firing", "at this moment", "as of now", "presently", "at present"}
NORMAL = [("yesterdy", "yesterday"), ("yday", "yesterday"), ("ystrday", "yesterday"), ("2day", "today"),
          ("tdy", "today"), ("wk", "week"), ("lst", "last"), ("hrs", "hours"), ("–", "-"), ("—", "-")]

def norm(p):
    p = p.lower().strip()
    for x, y in NORMAL:
        p = re.sub(r"(?<![a-z0-9])" + re.escape(x) + r"(?![a-z0-9])", y, p)
    return re.sub(r"\s+", " ", p)

def midnight(d, tz):
    return wall(datetime(d.year, d.month, d.day), tz)

def clock(s):
    """'9am' '09:00' '2pm' '14:30' 'noon' 'midnight' -> (h, m)"""
    s = s.strip()
    if s == "noon": return (12, 0)
    if s == "midnight": return (0, 0)
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", s)
    if not m: raise ValueError("bad clock %r" % s)
    h, mi, ap = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if ap == "pm" and h != 12: h += 12
    if ap == "am" and h == 12: h = 0
    if not ap and not m.group(2): raise ValueError("bare hour %r" % s)
    return (h, mi)

def at_clock(d, hm, tz):
    return wall(datetime(d.year, d.month, d.day, hm[0], hm[1]), tz)

def prev_weekday(today, name, include_today=False):
    wd = DAYS.index(name)
    for back in range(0 if include_today else 1, 8):
        d = today - timedelta(days=back)
        if d.weekday() == wd: return d
    raise ValueError

def resolve(phrase, t):
    """phrase (as typed) asked at aware local datetime t -> (start, end, kind, duration). kind: rolling|now|fixed"""
    r = _resolve(phrase, t)
    return (r[0].astimezone(UTC), r[1].astimezone(UTC), r[2], r[3])

def _resolve(phrase, t):
    # wall-clock values come from wall()/at_clock(); elapsed-time arithmetic is done on UTC instants
    # (Python subtracts aware datetimes sharing one tzinfo in wall time, which is wrong across DST)
    tz = t.tzinfo.key
    p = norm(phrase)
    tu = t.astimezone(UTC)
    today = t.date()
    if p in NOW_WORDS:
        return (tu - 5 * M, tu, "now", 5 * M)
    m = re.fullmatch(r"(?:(?:in |over |for )?(?:the )?(?:last|past) )?(\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty)\s?(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)", p)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMW[m.group(1)]
        dur = n * UNIT[m.group(2)]
        if not re.match(r"(?:in |over |for )?(?:the )?(?:last|past) ", p) and not re.fullmatch(r"\d+(m|h|d|w)", p):
            raise ValueError("rolling phrase needs last/past: %r" % phrase)
        return (tu - dur, tu, "rolling", dur)
    m = re.fullmatch(r"(?:in |over |for )?(?:the )?(?:last|past) (hour|hr|day|week|month|half hour|half an hour)", p)
    if m:
        dur = {"hour": H, "hr": H, "day": D, "week": 7 * D, "month": 30 * D, "half hour": 30 * M, "half an hour": 30 * M}[m.group(1)]
        return (tu - dur, tu, "rolling", dur)
    if p in ("today", "so far today", "since midnight", "today so far"):
        return (midnight(today, tz), t, "fixed", None)
    if p == "yesterday":
        return (midnight(today - D, tz), midnight(today, tz), "fixed", None)
    m = re.fullmatch(r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", p)
    if m:
        d = prev_weekday(today, m.group(1))
        return (midnight(d, tz), midnight(d + D, tz), "fixed", None)
    m = re.fullmatch(r"on (\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|on (\d{4})-(\d{2})-(\d{2})", p)
    if m:
        if m.group(1): d = date(today.year, MON.index(m.group(2)) + 1, int(m.group(1)))
        else: d = date(int(m.group(3)), int(m.group(4)), int(m.group(5)))
        if d >= today: raise ValueError("future/today date")
        return (midnight(d, tz), midnight(d + D, tz), "fixed", None)
    if p == "this morning":
        s = at_clock(today, (6, 0), tz); e = min(tu, at_clock(today, (12, 0), tz).astimezone(UTC))
        if e.astimezone(UTC) <= s.astimezone(UTC) + 30 * M: raise ValueError("morning too short")
        return (s, e, "fixed", None)
    if p == "this afternoon":
        s = at_clock(today, (12, 0), tz); e = min(tu, at_clock(today, (18, 0), tz).astimezone(UTC))
        if e.astimezone(UTC) <= s.astimezone(UTC) + 30 * M: raise ValueError("afternoon too short")
        return (s, e, "fixed", None)
    if p in ("last night", "overnight"):
        if tu < at_clock(today, (6, 0), tz).astimezone(UTC): raise ValueError("last night asked before 06:00")
        return (at_clock(today - D, (22, 0), tz), at_clock(today, (6, 0), tz), "fixed", None)
    if p in ("this week", "since monday", "so far this week"):
        d = prev_weekday(today, "monday", include_today=True)
        return (midnight(d, tz), t, "fixed", None)
    if p == "this month":
        return (midnight(today.replace(day=1), tz), t, "fixed", None)
    if p in ("over the weekend", "the weekend", "this weekend", "weekend"):
        sat = prev_weekday(today, "saturday")
        if today.weekday() in (5, 6): raise ValueError("weekend asked during weekend")
        return (midnight(sat, tz), midnight(sat + 2 * D, tz), "fixed", None)
    # since <clock> [zone] / since <clock> yesterday / since yesterday <clock> / since <day> <clock> / since <mon> <n>
    m = re.fullmatch(r"since (\d{1,2}(?::\d{2})?\s?(?:am|pm)?|noon)(?: (utc|z|gmt|pt))?", p)
    if m:
        z = ZONEABBR[m.group(2)] if m.group(2) else tz
        s = at_clock(t.astimezone(ZoneInfo(z)).date(), clock(m.group(1)), z)
        if s.astimezone(UTC) >= tu: raise ValueError("since in the future")
        return (s, t, "fixed", None)
    m = re.fullmatch(r"since (?:(\d{1,2}(?::\d{2})?\s?(?:am|pm)?|noon) yesterday|yesterday (\d{1,2}(?::\d{2})?\s?(?:am|pm)?|noon))", p)
    if m:
        s = at_clock(today - D, clock(m.group(1) or m.group(2)), tz)
        return (s, t, "fixed", None)
    m = re.fullmatch(r"since (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (\d{1,2}(?::\d{2})?\s?(?:am|pm)?|noon)", p)
    if m:
        s = at_clock(prev_weekday(today, m.group(1)), clock(m.group(2)), tz)
        return (s, t, "fixed", None)
    m = re.fullmatch(r"since (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2})|since (\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*", p)
    if m:
        mon, dd = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        s = midnight(date(today.year, MON.index(mon) + 1, int(dd)), tz)
        return (s, t, "fixed", None)
    # clock ranges
    CL = r"(\d{1,2}(?::\d{2})?\s?(?:am|pm)?|noon|midnight)"
    m = re.fullmatch(r"(?:(yesterday|today) )?(?:between |from )?" + CL + r"(?: (utc|z|gmt|pt))?\s?(?:-| and | to |until )\s?" + CL + r"(?: (utc|z|gmt|pt))?(?: (yesterday|today))?", p)
    if m:
        z = m.group(3) or m.group(5)
        z = ZONEABBR[z] if z else tz
        day = t.astimezone(ZoneInfo(z)).date()
        if (m.group(1) or m.group(6)) == "yesterday": day = day - D
        s = at_clock(day, clock(m.group(2)), z)
        e = at_clock(day, clock(m.group(4)), z)
        if m.group(4) == "midnight":
            e = at_clock(day + D, (0, 0), z)
        if e.astimezone(UTC) <= s.astimezone(UTC) or e.astimezone(UTC) > tu: raise ValueError("bad clock range %r" % phrase)
        return (s, e, "fixed", None)
    m = re.fullmatch(r"(?:between |from )?(\d{4}-\d{2}-\d{2})t(\d{2}:\d{2})z (?:to|and|-) (\d{4}-\d{2}-\d{2})t(\d{2}:\d{2})z", p)
    if m:
        s = datetime.fromisoformat(m.group(1) + "T" + m.group(2) + "+00:00")
        e = datetime.fromisoformat(m.group(3) + "T" + m.group(4) + "+00:00")
        if e <= s or e > tu: raise ValueError("bad iso range")
        return (s, e, "fixed", None)
    raise ValueError("cannot resolve time phrase %r" % phrase)
# ---------------------------------------------------------------- company tables (Heliograph Energy)
SERVICES = {  # canonical id: (team, namespace, other names people use)
    "inverter-ingest":   ("telemetry",  "collect", ["firehose", "tgw", "telemetry gateway"]),
    "fleet-api":         ("grid",       "collect", ["gridlink-api", "gridlink", "device api"]),
    "battery-scheduler": ("grid",       "energy",  ["bsched", "optimiser", "charge planner"]),
    "billing-feedin":    ("grid",       "energy",  ["creditor", "feed-in billing", "tariff engine"]),
    "homeowner-app-bff": ("experience", "edge",    ["bff", "sunny backend", "app backend"]),
    "installer-portal":  ("experience", "edge",    ["partnerhub", "pro portal", "portal"]),
    "firmware-ota":      ("telemetry",  "edge",    ["fota", "ota", "updater"]),
}
TEAMS = ["telemetry", "grid", "experience", "platform"]   # platform owns nodes/clusters, no app service
NAMESPACES = ["collect", "energy", "edge"]
REGIONS = {"eu-central-1": ["prod-fra-1", "stg-fra-1"],
           "ap-southeast-2": ["prod-syd-1", "prod-syd-2"],
           "us-west-2": ["prod-pdx-1", "stg-pdx-1"]}
HOSTS = {"prod-fra-1": ["fra-p-w01", "fra-p-w02", "fra-p-w03"], "stg-fra-1": ["fra-s-w01", "fra-s-w02"],
         "prod-syd-1": ["syd-p-w01", "syd-p-w02"], "prod-syd-2": ["syd-q-w01", "syd-q-w02"],
         "prod-pdx-1": ["pdx-p-w01", "pdx-p-w02", "pdx-p-w03"], "stg-pdx-1": ["pdx-s-w01", "pdx-s-w02"]}
ALERTS = [  # alertname, severity, owner (service or 'node'), threshold text
    ("HighErrorRate", "critical", "service", "5xx / all requests > 2% for 10m"),
    ("HighLatencyP99", "warning", "service", "p99 http_request_duration_seconds > 0.8s for 15m"),
    ("IngestConsumerLagHigh", "critical", "inverter-ingest", "kafka_consumergroup_lag > 50000 for 10m"),
    ("ReadingsRateDrop", "warning", "inverter-ingest", "readings/s < 70% of 1h ago for 15m"),
    ("OTARolloutFailing", "critical", "firmware-ota", "update failures / attempts > 5% for 10m"),
    ("SettlementRunLate", "critical", "billing-feedin", "last successful settlement > 30m ago"),
    ("ScheduleSolveSlow", "warning", "battery-scheduler", "p95 solve time > 20s for 15m"),
    ("KubePodCrashLooping", "warning", "service", "> 3 restarts in 15m"),
    ("NodeCPUHigh", "warning", "node", "node CPU busy > 85% for 15m"),
    ("NodeDiskLatencyHigh", "warning", "node", "disk read latency > 50ms for 10m"),
    ("CertificateExpiringSoon", "info", "node", "TLS cert expires in < 14d"),
]

def cluster_region(c):
    return [r for r, cs in REGIONS.items() if c in cs][0]

def cluster_env(c):
    return "prod" if c.startswith("prod") else "staging"

# leaf sets for the two scope dimensions
def own_leaves(k, v):
    if k == "svc":
        assert v in SERVICES, v
        return {v}
    if k == "team":
        assert v in TEAMS, v
        return {s for s, t in SERVICES.items() if t[0] == v} or {"(platform-infra)"}
    if k == "ns":
        assert v in NAMESPACES, v
        return {s for s, t in SERVICES.items() if t[1] == v}

def loc_leaves(k, v):
    if k == "host":
        assert any(v in hs for hs in HOSTS.values()), v
        return {v}
    if k == "cluster":
        return set(HOSTS[v])
    if k == "region":
        return {h for c in REGIONS[v] for h in HOSTS[c]}
    if k == "env":
        assert v in ("prod", "staging"), v
        return {h for c, hs in HOSTS.items() if cluster_env(c) == v for h in hs}

DIMS = {"own": (("svc", "team", "ns"), own_leaves), "loc": (("host", "cluster", "region", "env"), loc_leaves)}
INTENTS = {"count", "list", "top", "trend", "compare", "status"}
SUBJECTS = {"alerts", "incidents", "deploys", "logs", "traces", "k8s_events", "pods"}

class Refuse(Exception):
    pass

def parse_sem(s, base=None):
    toks = s.split()
    if toks[0] == "=":
        intent, subject, f = base["intent"], base["subject"], dict(base["f"])
        for t in toks[1:]:
            if t.startswith("@"): intent = t[1:]
            elif t.startswith("#"): subject = t[1:]
            elif t.startswith("-"): del f[t[1:]]
            else:
                k, v = t.split("=", 1); f[k] = v
    else:
        intent, subject, f = toks[0], toks[1], {}
        for t in toks[2:]:
            k, v = t.split("=", 1); f[k] = v
    assert intent in INTENTS, intent
    assert subject in SUBJECTS or subject.startswith("metric:"), subject
    return {"intent": intent, "subject": subject, "f": f}

def code_contains(big, small):
    return big.endswith("xx") and small[0] == big[0] and big != small

def relation(sa, sb):
    """-> set of findings: 'subject', 'sibling', 'negation', 'nested', 'intent', 'stat'"""
    if sa["subject"] != sb["subject"]:
        return {"subject"}
    out = set()
    fa, fb = sa["f"], sb["f"]
    for dim, (keys, leaves) in DIMS.items():
        ka = {k: v for k, v in fa.items() if k in keys}
        kb = {k: v for k, v in fb.items() if k in keys}
        if not ka and not kb:
            continue
        def lset(kd):
            s = None
            for k, v in kd.items():
                neg = v.startswith("!")
                l = leaves(k, v.lstrip("!"))
                if neg:
                    uni = set().union(*[leaves(kk, vv) for kk, vv in
                          ([("svc", x) for x in SERVICES] + [("team", "platform")] if dim == "own"
                           else [("cluster", c) for c in HOSTS])])
                    l = uni - l
                s = l if s is None else s & l
            return s
        nega = any(v.startswith("!") for v in ka.values()); negb = any(v.startswith("!") for v in kb.values())
        if nega != negb:
            if not ka or not kb:
                raise Refuse("complement vs unfiltered is ambiguous")
            A, B = lset(ka), lset(kb)
            if A & B:
                raise Refuse("negation that overlaps")
            out.add("negation"); continue
        if not ka or not kb:
            out.add("nested"); continue
        A, B = lset(ka), lset(kb)
        if A == B:
            continue
        if A < B or B < A:
            out.add("nested")
        elif not (A & B):
            out.add("sibling")
        else:
            raise Refuse("partially overlapping scopes")
    allk = set(fa) | set(fb)
    for k in sorted(allk):
        if any(k in keys for keys, _ in DIMS.values()):
            continue
        va, vb = fa.get(k), fb.get(k)
        if va == vb:
            continue
        if va is None or vb is None:
            v = va or vb
            if v.startswith("!"):
                raise Refuse("complement vs unfiltered is ambiguous")
            if k == "stat":
                raise Refuse("statistic on one side only")
            out.add("nested"); continue
        if va.startswith("!") or vb.startswith("!"):
            if va.lstrip("!") == vb.lstrip("!"):
                out.add("negation"); continue
            raise Refuse("negation of another value")
        if k == "stat":
            out.add("stat"); continue
        if k == "code":
            if code_contains(va, vb) or code_contains(vb, va):
                out.add("nested")
            else:
                out.add("sibling")
            continue
        if k == "thr":
            if va[0] != vb[0]:
                out.add("negation")
            else:
                out.add("nested")
            continue
        out.add("sibling")
    if sa["intent"] != sb["intent"]:
        out.add("intent")
    return out

NOMINAL = dict(overlap=0.25, ratio=31.0, tolp=0.15, tolmin=5.0, ttlm=1.0)

def decide(rel, ra, rb, age_s, ttl, same_rolling, P, tolref):
    if "subject" in rel:
        return "miss", "r1"
    if rel & {"sibling", "negation"}:
        return "miss", "r2"
    la = (ra[1] - ra[0]).total_seconds(); lb = (rb[1] - rb[0]).total_seconds()
    if la <= 0 or lb <= 0:
        raise Refuse("empty range")
    ov = max(0.0, (min(ra[1], rb[1]) - max(ra[0], rb[0])).total_seconds())
    short, long_ = min(la, lb), max(la, lb)
    fresh = age_s <= ttl * P["ttlm"]
    if ov < P["overlap"] * short or long_ > P["ratio"] * short:
        if not rel and same_rolling and fresh:
            return "partial", "r3-rolling-reask"
        return "miss", "r3"
    if rel:
        return "partial", "r4"
    L = {"a": la, "b": lb}[tolref]
    tol = max(P["tolp"] * L, P["tolmin"] * 60)
    ok = abs((ra[0] - rb[0]).total_seconds()) <= tol and abs((ra[1] - rb[1]).total_seconds()) <= tol
    if fresh and ok:
        return "hit", "r5"
    return "partial", "r5-stale" if not fresh else "r5-range"

def label(rel, ra, rb, age_s, ttl, same_rolling):
    """nominal label, refusing when any nudge of the spec's numbers flips it"""
    nom = decide(rel, ra, rb, age_s, ttl, same_rolling, NOMINAL, "a")
    for ov, ratio, tolp, tolmin, ttlm, ref in itertools.product(
            (0.20, 0.25, 0.30), (27.0, 31.0, 35.0), (0.1275, 0.15, 0.1725), (4.25, 5.0, 5.75),
            (0.95, 1.0, 1.05), ("a", "b")):
        P = dict(overlap=ov, ratio=ratio, tolp=tolp, tolmin=tolmin, ttlm=ttlm)
        got = decide(rel, ra, rb, age_s, ttl, same_rolling, P, ref)
        if got[0] != nom[0]:
            raise Refuse("edge: %s nominal but %s with %s ref=%s" % (nom[0], got[0], P, ref))
    return nom
# ---------------------------------------------------------------- history: (local time in the voice's zone, voice, question, executed)
HISTORY = [
("2025-02-28 09:12", "terse", "firehose lag?", [("prometheus", 'sum(kafka_consumergroup_lag{consumergroup="inverter-ingest"})')]),
("2025-02-28 10:40", "polite", "Hi! Could you please check whether there are any critical alerts for the device API right now? Thank you so much.", [("alertmanager", 'service="fleet-api",severity="critical",state="active"')]),
("2025-02-28 14:05", "manager", "Can you give me a picture of how many incidents the tariff engine has had so far this month?", [("incidents", 'service="billing-feedin" since=2025-02-01T00:00:00-06:00')]),
("2025-02-28 16:30", "lower", "bsched deploys this week", [("argocd", "app=battery-scheduler since=2025-02-24T00:00:00+08:00")]),
("2025-03-01 11:20", "slang", "yo is the app backend ok?? ppl saying the app is sloooow", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="homeowner-app-bff"}[5m])))')]),
("2025-03-01 13:00", "promql", 'sum by (code) (rate(http_requests_total{service="fleet-api"}[5m])) -- can you run this for the last 3h, do the 503s spike?', [("prometheus", 'sum by (code) (rate(http_requests_total{service="fleet-api"}[5m]))')]),
("2025-03-02 08:45", "formal", "Please list all alerts with severity critical for inverter-ingest that fired between 2025-03-01T22:00Z and 2025-03-02T04:00Z.", [("alertmanager", 'service="inverter-ingest",severity="critical" from=2025-03-01T22:00:00Z to=2025-03-02T04:00:00Z')]),
("2025-03-02 19:30", "nonnative", "Hello, the partnerhub is giving error 500 to installers since one hour, please can you check the logs?", [("loki", '{namespace="edge", app="installer-portal"} |= "status=500"')]),
("2025-03-03 09:05", "terse", "fota rollout failures 24h", [("prometheus", 'sum(increase(ota_update_failures_total{service="firmware-ota"}[24h]))')]),
("2025-03-03 12:15", "lower", "any bff pods crashlooping?", [("kubernetes", "namespace=edge reason=BackOff involvedObject~=homeowner-app-bff since=1h")]),
("2025-03-03 15:50", "manager", "I'd like a short summary of the pro portal's deploys last week, especially anything that failed.", [("argocd", "app=installer-portal since=7d"), ("argocd", "app=installer-portal since=7d status=Failed")]),
("2025-03-04 07:30", "polite", "Good morning! Would you be so kind as to show me the p99 latency of the sunny backend over the past 6 hours? Many thanks.", [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="homeowner-app-bff"}[5m])))')]),
("2025-03-04 10:10", "slang", "creditor settlement late again?? whats firing", [("alertmanager", 'service="billing-feedin",state="active"')]),
("2025-03-04 13:40", "formal", "Provide the count of HighErrorRate alerts for service fleet-api in cluster prod-fra-1 for 2025-03-03 (UTC).", [("alertmanager", 'alertname="HighErrorRate",service="fleet-api",cluster="prod-fra-1" from=2025-03-03T00:00:00Z to=2025-03-04T00:00:00Z')]),
("2025-03-04 18:20", "nonnative", "Why the optimiser is so slow today? Is it because of the CPU?", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(battery_schedule_solve_duration_seconds_bucket{service="battery-scheduler"}[5m])))'), ("prometheus", 'sum(rate(container_cpu_usage_seconds_total{namespace="energy", container="battery-scheduler"}[5m]))')]),
("2025-03-05 08:00", "terse", "node disk latency fra prod now", [("prometheus", 'rate(node_disk_read_time_seconds_total{cluster="prod-fra-1"}[5m]) / rate(node_disk_reads_completed_total{cluster="prod-fra-1"}[5m])')]),
("2025-03-05 11:25", "promql", '{app="inverter-ingest"} |= "decode error" -- how many of these in the last 24h?', [("loki", 'sum(count_over_time({namespace="collect", app="inverter-ingest"} |= "decode error" [24h]))')]),
("2025-03-05 14:00", "lower", "tgw readings per sec last hour", [("prometheus", 'sum(rate(ingest_readings_received_total{service="inverter-ingest"}[5m]))')]),
("2025-03-05 20:45", "manager", "Could you tell me whether the pro portal had any customer-facing incidents in February?", [("incidents", 'service="installer-portal" from=2025-02-01T00:00:00-06:00 to=2025-03-01T00:00:00-06:00')]),
("2025-03-06 09:30", "polite", "Hello, sorry to bother you. Could you list the certificates that are expiring soon, please?", [("alertmanager", 'alertname="CertificateExpiringSoon"')]),
("2025-03-06 12:00", "nonnative", "Please show me OOMKilled events of billing in last 2 days", [("kubernetes", "namespace=energy reason=OOMKilled involvedObject~=billing-feedin since=48h")]),
("2025-03-06 16:45", "slang", "did smth deploy to gridlink this arvo? errors went up lol", [("argocd", "app=fleet-api since=2025-03-06T12:00:00-03:00"), ("prometheus", 'sum(rate(http_requests_total{service="fleet-api",code=~"5.."}[5m]))')]),
("2025-03-07 06:50", "formal", "Report the p95 request latency of installer-portal, endpoint /api/v1/installations, from 2025-03-06T00:00Z to 2025-03-07T00:00Z.", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal",endpoint="/api/v1/installations"}[5m])))')]),
("2025-03-07 10:15", "terse", "warn alerts fota 12h", [("alertmanager", 'service="firmware-ota",severity="warning" since=12h')]),
("2025-03-07 13:30", "lower", "is the updater healthy", [("prometheus", 'up{job="firmware-ota"}'), ("alertmanager", 'service="firmware-ota",state="active"')]),
("2025-03-07 19:10", "manager", "Give me the top five alerts by volume for the firehose over the last 30 days so I can plan the noise-reduction work.", [("alertmanager", 'service="inverter-ingest" topk=5 by=alertname since=30d')]),
("2025-03-08 02:40", "promql", 'topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="collect", container="fleet-api"}[5m]))) what does this look like over the past 2h', [("prometheus", 'topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="collect", container="fleet-api"}[5m])))')]),
("2025-03-08 11:00", "polite", "Hi team helper, could you kindly check if anything is wrong with the charge planner since 9am? Customers report missing schedules. Thank you!", [("alertmanager", 'service="battery-scheduler" since=2025-03-08T09:00:00+11:00'), ("loki", '{namespace="energy", app="battery-scheduler"} |= "level=error"')]),
("2025-03-08 15:20", "nonnative", "How many incident we have open now for the app backend?", [("incidents", 'service="homeowner-app-bff" status=open')]),
("2025-03-09 10:05", "slang", "fota failing on the new fw build?? how bad", [("prometheus", 'sum(rate(ota_update_failures_total{service="firmware-ota"}[15m])) / sum(rate(ota_update_attempts_total{service="firmware-ota"}[15m]))')]),
("2025-03-09 21:30", "terse", "stg-pdx-1 events warn 6h", [("kubernetes", "cluster=stg-pdx-1 type=Warning since=6h")]),
("2025-03-10 08:15", "formal", "Please list the deployments of billing-feedin to production clusters since 2025-03-03T00:00Z, with their sync status.", [("argocd", "app=billing-feedin env=prod since=2025-03-03T00:00:00Z")]),
("2025-03-10 09:40", "lower", "5xx on bff last 30m", [("prometheus", 'sum(rate(http_requests_total{service="homeowner-app-bff",code=~"5.."}[5m]))')]),
("2025-03-10 14:25", "manager", "The partnerhub team says signups were slow on Friday. Can you confirm what latency looked like that day?", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal"}[5m])))')]),
("2025-03-10 17:55", "polite", "Would you mind showing me the memory usage of the firehose pods over the last 24 hours? Thanks ever so much.", [("prometheus", 'sum by (pod) (container_memory_working_set_bytes{namespace="collect", container="inverter-ingest"})')]),
("2025-03-11 07:20", "promql", 'rate(http_requests_total{service="billing-feedin",code="503"}[5m]) spiking? last 6h', [("prometheus", 'sum(rate(http_requests_total{service="billing-feedin",code="503"}[5m]))')]),
("2025-03-11 11:45", "nonnative", "Is there some alert for the disk in Sydney cluster? We see slow write.", [("alertmanager", 'alertname="NodeDiskLatencyHigh",region="ap-southeast-2",state="active"')]),
("2025-03-11 16:00", "slang", "how many crit alerts 2day on the portal smh", [("alertmanager", 'service="installer-portal",severity="critical" since=2025-03-11T00:00:00-03:00')]),
("2025-03-12 09:00", "terse", "deploys failed 7d bsched", [("argocd", "app=battery-scheduler status=Failed since=7d")]),
("2025-03-12 10:30", "formal", "Please provide the error-level log lines of homeowner-app-bff in cluster prod-syd-1 from 2025-03-12T05:00Z to 2025-03-12T07:00Z.", [("loki", '{namespace="edge", app="homeowner-app-bff", cluster="prod-syd-1"} | logfmt | level="error"')]),
("2025-03-12 13:15", "lower", "gridlink-api p99 now", [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="fleet-api"}[5m])))')]),
("2025-03-12 18:40", "manager", "How did the on-call week go for the firehose? The number of pages since Monday would help.", [("alertmanager", 'service="inverter-ingest",severity="critical" since=2025-03-10T00:00:00-06:00')]),
("2025-03-13 08:10", "polite", "Good morning! If it's not too much trouble, could you check the node CPU across the Frankfurt production cluster for the past 3 hours?", [("prometheus", '1 - avg by (host) (rate(node_cpu_seconds_total{mode="idle",cluster="prod-fra-1"}[5m]))')]),
("2025-03-13 12:35", "nonnative", "Show me please traces of fleet-api slower than 2 seconds, last one hour.", [("tempo", '{ resource.service.name = "fleet-api" && duration > 2s }')]),
("2025-03-13 15:00", "promql", 'sum(rate({namespace="energy", app="billing-feedin"} |= "timeout" [5m])) -- run it since 09:00 pls', [("loki", 'sum(rate({namespace="energy", app="billing-feedin"} |= "timeout" [5m]))')]),
("2025-03-13 22:05", "slang", "ingest lag alert went off again?? or no", [("alertmanager", 'alertname="IngestConsumerLagHigh",service="inverter-ingest" since=1h')]),
("2025-03-14 07:45", "terse", "readings drop alerts syd 24h", [("alertmanager", 'alertname="ReadingsRateDrop",region="ap-southeast-2" since=24h')]),
("2025-03-14 10:20", "formal", "Please state the number of open incidents of installer-portal with severity SEV1 or SEV2 as of 2025-03-14T07:00Z.", [("incidents", 'service="installer-portal" status=open severity=~"SEV1|SEV2"')]),
("2025-03-14 13:50", "lower", "restarts tgw today", [("prometheus", 'sum by (pod) (increase(kube_pod_container_status_restarts_total{namespace="collect", container="inverter-ingest"}[14h]))')]),
("2025-03-14 17:30", "manager", "Before the board meeting: what was the worst incident on the sunny backend this quarter?", [("incidents", 'service="homeowner-app-bff" since=2025-01-01T00:00:00-06:00 sort=severity')]),
("2025-03-15 09:15", "polite", "Hello there! Could you please tell me whether the tariff engine has finished its settlement run overnight? Much appreciated.", [("prometheus", 'time() - billing_settlement_last_success_timestamp_seconds{service="billing-feedin"}'), ("alertmanager", 'alertname="SettlementRunLate"')]),
("2025-03-15 14:10", "nonnative", "The device api have many 429 today, is it normal?", [("prometheus", 'sum(rate(http_requests_total{service="fleet-api",code="429"}[5m]))')]),
("2025-03-15 18:30", "terse", "bff p95 vs p50 3h", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="homeowner-app-bff"}[5m])))'), ("prometheus", 'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="homeowner-app-bff"}[5m])))')]),
("2025-03-16 11:00", "slang", "anything on fire w creditor in us-west rn", [("alertmanager", 'service="billing-feedin",region="us-west-2",state="active"')]),
("2025-03-16 20:25", "promql", 'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="battery-scheduler"}[5m]))) vs the p99, last 24h?', [("prometheus", 'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="battery-scheduler"}[5m])))'), ("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="battery-scheduler"}[5m])))')]),
("2025-03-17 08:30", "terse", "weekend alerts crit gridlink", [("alertmanager", 'service="fleet-api",severity="critical" from=2025-03-15T00:00:00+02:00 to=2025-03-17T00:00:00+02:00')]),
("2025-03-17 09:50", "formal", "Kindly provide the list of Kubernetes Warning events for battery-scheduler in namespace energy between 2025-03-16T18:00Z and 2025-03-17T06:00Z.", [("kubernetes", "namespace=energy involvedObject~=battery-scheduler type=Warning from=2025-03-16T18:00:00Z to=2025-03-17T06:00:00Z")]),
("2025-03-17 12:40", "lower", "who deployed fleet-api last", [("argocd", "app=fleet-api limit=1")]),
("2025-03-17 16:05", "manager", "Can we get a comparison of error rates for the app backend this week versus last week?", [("prometheus", 'sum(rate(http_requests_total{service="homeowner-app-bff",code=~"5.."}[1h])) / sum(rate(http_requests_total{service="homeowner-app-bff"}[1h]))')]),
("2025-03-18 07:55", "polite", "Hi, may I ask you to check the disk IOPS on syd-p-w02 for the last 2 hours? Thank you kindly.", [("prometheus", 'rate(node_disk_reads_completed_total{host="syd-p-w02"}[5m]) + rate(node_disk_writes_completed_total{host="syd-p-w02"}[5m])')]),
("2025-03-18 11:30", "nonnative", "Please I need the logs of OTA for device serial HX-22871, since yesterday.", [("loki", '{namespace="edge", app="firmware-ota"} |= "HX-22871"')]),
("2025-03-18 14:45", "slang", "bff 5xx last hr pls, app store reviews going nuts", [("prometheus", 'sum(rate(http_requests_total{service="homeowner-app-bff",code=~"5.."}[5m]))')]),
("2025-03-18 19:20", "promql", 'count(ALERTS{alertstate="firing",severity="warning",service="firmware-ota"}) now?', [("prometheus", 'count(ALERTS{alertstate="firing",severity="warning",service="firmware-ota"})')]),
("2025-03-19 09:10", "terse", "tgw 5xx 1h", [("prometheus", 'sum(rate(http_requests_total{service="inverter-ingest",code=~"5.."}[5m]))')]),
("2025-03-19 12:00", "formal", "Please enumerate alerts of alertname KubePodCrashLooping for firmware-ota in cluster stg-fra-1 during 2025-03-18 (UTC).", [("alertmanager", 'alertname="KubePodCrashLooping",service="firmware-ota",cluster="stg-fra-1" from=2025-03-18T00:00:00Z to=2025-03-19T00:00:00Z')]),
("2025-03-19 15:35", "lower", "feed-in billing memory 7d trend", [("prometheus", 'sum(container_memory_working_set_bytes{namespace="energy", container="billing-feedin"})')]),
("2025-03-19 18:10", "manager", "Quick one: is the installer portal healthy right now? A partner is on the phone with me.", [("prometheus", 'up{job="installer-portal"}'), ("alertmanager", 'service="installer-portal",state="active"')]),
("2025-03-20 08:25", "polite", "Good morning, would you please list any incidents that are still open for the partnerhub? Thank you so much.", [("incidents", 'service="installer-portal" status=open')]),
("2025-03-20 13:05", "nonnative", "What is the CPU of nodes in Oregon staging now? The tests are slow.", [("prometheus", '1 - avg by (host) (rate(node_cpu_seconds_total{mode="idle",cluster="stg-pdx-1"}[5m]))')]),
("2025-03-20 16:40", "slang", "bsched solve time p95 since noon?? feels laggy", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(battery_schedule_solve_duration_seconds_bucket{service="battery-scheduler"}[5m])))')]),
("2025-03-21 07:15", "promql", '{namespace="edge", app="installer-portal"} | json | status>=500 -- for yesterday', [("loki", '{namespace="edge", app="installer-portal"} | json | status >= 500')]),
("2025-03-21 10:00", "terse", "incidents open bsched", [("incidents", 'service="battery-scheduler" status=open')]),
("2025-03-21 12:30", "formal", "Please provide the 5xx error ratio of inverter-ingest per region for the interval 2025-03-21T00:00Z to 2025-03-21T09:00Z.", [("prometheus", 'sum by (region) (rate(http_requests_total{service="inverter-ingest",code=~"5.."}[5m])) / sum by (region) (rate(http_requests_total{service="inverter-ingest"}[5m]))')]),
("2025-03-21 15:20", "lower", "which alerts fired most on the updater this week", [("alertmanager", 'service="firmware-ota" topk=10 by=alertname since=2025-03-17T00:00:00+08:00')]),
("2025-03-21 19:45", "manager", "I keep hearing about the firehose falling behind. How often did the lag alert fire this month?", [("alertmanager", 'alertname="IngestConsumerLagHigh",service="inverter-ingest" since=2025-03-01T00:00:00-06:00')]),
("2025-03-22 09:30", "polite", "Hello! Could you please check if the updater deployed successfully to prod-syd-2 this morning? Thanks a lot!", [("argocd", "app=firmware-ota cluster=prod-syd-2 since=2025-03-22T06:00:00+11:00")]),
("2025-03-22 14:00", "nonnative", "Give me the errors of the charge planner in last 6 hours, only for Frankfurt, please.", [("prometheus", 'sum(rate(http_requests_total{service="battery-scheduler",code=~"5..",region="eu-central-1"}[5m]))')]),
("2025-03-22 16:40", "promql", '{namespace="collect", app="fleet-api"} |= "timeout" -- anything since 14:00?', [("loki", '{namespace="collect", app="fleet-api"} |= "timeout"')]),
("2025-03-23 11:10", "slang", "any warn alerts on fra-p-w03 overnight?? pager buzzed idk", [("alertmanager", 'host="fra-p-w03",severity="warning" from=2025-03-22T22:00:00-03:00 to=2025-03-23T06:00:00-03:00')]),
("2025-03-23 09:00", "manager", "Anything serious over the weekend that I should know about before Monday's stand-up?", [("alertmanager", 'severity="critical" since=2025-03-22T00:00:00-06:00'), ("incidents", "since=2025-03-22T00:00:00-06:00")]),
("2025-03-23 22:15", "terse", "ScheduleSolveSlow 24h count", [("alertmanager", 'alertname="ScheduleSolveSlow",service="battery-scheduler" since=24h')]),
("2025-03-24 08:05", "formal", "Please report all deployments of fleet-api to cluster prod-pdx-1 between 2025-03-22T00:00Z and 2025-03-24T00:00Z.", [("argocd", "app=fleet-api cluster=prod-pdx-1 from=2025-03-22T00:00:00Z to=2025-03-24T00:00:00Z")]),
("2025-03-24 09:25", "promql", 'sum(rate(http_requests_total{service="installer-portal",endpoint="/api/v1/quotes"}[5m])) over the past 12h?', [("prometheus", 'sum(rate(http_requests_total{service="installer-portal",endpoint="/api/v1/quotes"}[5m]))')]),
("2025-03-24 12:50", "lower", "traces with errors on sunny backend last 1h", [("tempo", '{ resource.service.name = "homeowner-app-bff" && status = error }')]),
("2025-03-24 17:30", "manager", "For the weekly report: how many deploys did each team ship last week, and how many were rolled back?", [("argocd", "since=7d group_by=team"), ("argocd", "since=7d status=RolledBack")]),
("2025-03-25 07:40", "polite", "Hi, terribly sorry to ask again, but could you check whether the device API pods are all ready now?", [("kubernetes", "namespace=collect kind=Pod involvedObject~=fleet-api condition=Ready")]),
("2025-03-25 11:15", "nonnative", "Is the gridlink alert HighErrorRate still firing or it is resolved?", [("alertmanager", 'alertname="HighErrorRate",service="fleet-api"')]),
("2025-03-25 15:00", "slang", "ok so how many deploys of the optimiser failed since monday lol", [("argocd", "app=battery-scheduler status=Failed since=2025-03-24T00:00:00-03:00")]),
("2025-03-25 20:30", "promql", 'avg by (instance) (rate(node_disk_io_time_seconds_total{region="eu-central-1"}[5m])) last 6h', [("prometheus", 'avg by (instance) (rate(node_disk_io_time_seconds_total{region="eu-central-1"}[5m]))')]),
("2025-03-26 08:20", "terse", "crit alerts prod-syd-2 since midnight", [("alertmanager", 'cluster="prod-syd-2",severity="critical" since=2025-03-26T00:00:00+02:00')]),
("2025-03-26 10:45", "formal", "Please provide the count of log lines at level error for firmware-ota between 2025-03-26T04:00Z and 2025-03-26T07:00Z.", [("loki", 'sum(count_over_time({namespace="edge", app="firmware-ota"} | logfmt | level="error" [3h]))')]),
("2025-03-26 13:35", "lower", "is tariff engine up", [("prometheus", 'up{job="billing-feedin"}')]),
("2025-03-26 16:10", "manager", "Which of our services had the most alerts in the last 14 days? I want to rebalance the on-call rota.", [("alertmanager", "topk=7 by=service since=14d")]),
("2025-03-26 21:00", "polite", "Good evening! Would you mind listing the FailedScheduling events in prod-syd-1 over the past day? Thank you.", [("kubernetes", "cluster=prod-syd-1 reason=FailedScheduling since=24h")]),
("2025-03-27 07:30", "nonnative", "Please, the pro portal quotes endpoint is slow? I want p95 for last 2 hours.", [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal",endpoint="/api/v1/quotes"}[5m])))')]),
("2025-03-27 09:55", "slang", "fleet api mem usage rn?? oom again maybe", [("prometheus", 'sum by (pod) (container_memory_working_set_bytes{namespace="collect", container="fleet-api"})')]),
("2025-03-27 12:20", "terse", "NodeCPUHigh firing where", [("alertmanager", 'alertname="NodeCPUHigh",state="active"')]),
("2025-03-27 14:45", "promql", 'sum by (alertname) (ALERTS{alertstate="firing",service="homeowner-app-bff"}) -- right now?', [("prometheus", 'sum by (alertname) (ALERTS{alertstate="firing",service="homeowner-app-bff"})')]),
("2025-03-27 17:05", "lower", "ota deploys stg-fra-1 today", [("argocd", "app=firmware-ota cluster=stg-fra-1 since=2025-03-27T00:00:00+08:00")]),
("2025-03-27 12:40", "manager", "One more from me: did billing have any SettlementRunLate alerts this week?", [("alertmanager", 'alertname="SettlementRunLate",service="billing-feedin" since=2025-03-24T00:00:00-06:00')]),
]
# ---------------------------------------------------------------- pairs
# (expect, voice a, a asked (local), ttl s, a question, a time phrase, a meaning,
#  voice b ('' = same), b asked (local), b question, b time phrase, b meaning ('=' = a's, with edits), note)
PAIRS = {}
PAIRS["paraphrase"] = [
("hit", "terse", "2025-03-28 09:10", 900, "how many crit alerts on firehose last 2h", "last 2h", "count alerts sev=critical svc=inverter-ingest",
 "", "2025-03-28 09:20", "count critical alerts inverter-ingest, past 2 hours", "past 2 hours", "=", "nickname firehose = inverter-ingest; crit=critical"),
("hit", "polite", "2025-03-28 10:00", 1800, "Could you please show me the error logs for the device API from the last hour? Thanks!", "last hour", "list logs svc=fleet-api level=error",
 "", "2025-03-28 10:05", "Would you kindly list the fleet-api error log lines for the past 60 minutes?", "past 60 minutes", "=", "device API = fleet-api; hour = 60 minutes"),
("partial", "manager", "2025-03-28 08:30", 900, "How many incidents has the grid team opened this week?", "this week", "count incidents team=grid",
 "", "2025-03-28 11:00", "What's the count of incidents opened by team grid so far this week?", "so far this week", "=", "same question, answer older than TTL"),
("hit", "lower", "2025-03-28 13:00", 3600, "bsched p95 latency last 6h", "last 6h", "trend metric:latency svc=battery-scheduler stat=p95",
 "", "2025-03-28 13:30", "95th percentile latency of battery-scheduler over the past 6 hours", "past 6 hours", "=", "p95 = 95th percentile; bsched = battery-scheduler"),
("hit", "slang", "2025-03-28 15:00", 600, "any crit alerts on the optimiser rn??", "rn", "list alerts sev=critical svc=battery-scheduler",
 "", "2025-03-28 15:03", "yo r there critical alerts for bsched right now", "right now", "=", "two nicknames, same service, now re-asked in 3 min"),
("hit", "promql", "2025-03-28 16:00", 1800, 'sum(rate(http_requests_total{service="fleet-api",code=~"5.."}[5m])) for the last 3h pls', "last 3h", "trend metric:responses code=5xx svc=fleet-api",
 "", "2025-03-28 16:10", "gridlink 5xx rate over the past 3 hours?", "past 3 hours", "=", "PromQL paste vs old name gridlink"),
("hit", "formal", "2025-03-28 09:00", 3600, "Please provide the list of deployments of firmware-ota between 2025-03-27T06:00Z and 2025-03-27T18:00Z.", "2025-03-27T06:00Z and 2025-03-27T18:00Z", "list deploys svc=firmware-ota",
 "", "2025-03-28 09:20", "List the deploys of fota yesterday 06:00-18:00 UTC.", "yesterday 06:00-18:00 UTC", "=", "ISO range = same UTC clock range; fota = firmware-ota"),
("partial", "nonnative", "2025-03-28 11:00", 600, "Please, how much memory is using the tariff engine pods in last 24 hours?", "last 24 hours", "trend metric:memory svc=billing-feedin",
 "", "2025-03-28 11:40", "What is the memory usage of billing-feedin for the past day?", "past day", "=", "same question, TTL 10 min expired"),
("hit", "manager", "2025-03-28 09:00", 7200, "Could you summarise what the pro portal's error rate has looked like over the last 12 hours?", "last 12 hours", "trend metric:responses code=5xx svc=installer-portal",
 "", "2025-03-28 10:00", "How have installer-portal 5xx errors trended in the past 12h?", "past 12h", "=", "errors = 5xx; pro portal = installer-portal"),
("hit", "polite", "2025-03-29 09:00", 900, "Hello! Is the sunny backend healthy at the moment? Thank you kindly.", "at the moment", "status metric:up svc=homeowner-app-bff",
 "", "2025-03-29 09:02", "Sorry to ask again so soon, but is homeowner-app-bff up?", "up", "=", "is X up = is X healthy, now"),
("hit", "terse", "2025-03-31 10:00", 1800, "tgw mem 24h", "24h", "trend metric:memory svc=inverter-ingest",
 "", "2025-03-31 10:20", "memory inverter-ingest past day", "past day", "=", "old name tgw; 24h = past day"),
("partial", "lower", "2025-03-31 08:00", 300, "deploys of partnerhub today", "today", "list deploys svc=installer-portal",
 "", "2025-03-31 08:30", "installer-portal deploys so far today", "so far today", "=", "old name; TTL 5 min expired"),
("hit", "slang", "2025-03-31 12:00", 3600, "how many warn alerts on the app backend last 6 hrs lol", "last 6 hrs", "count alerts sev=warning svc=homeowner-app-bff",
 "", "2025-03-31 12:30", "count of warning alerts for bff past 6 hours?", "past 6 hours", "=", "warn=warning; two nicknames"),
("hit", "formal", "2025-03-31 10:00", 3600, "Please report the p99 latency of fleet-api from 2025-03-31T00:00Z to 2025-03-31T06:00Z.", "2025-03-31T00:00Z to 2025-03-31T06:00Z", "trend metric:latency svc=fleet-api stat=p99",
 "", "2025-03-31 10:15", "Kindly provide the 99th percentile latency of the device API between 00:00 and 06:00 UTC today.", "between 00:00 and 06:00 UTC today", "=", "same UTC window, p99 = 99th percentile"),
("hit", "nonnative", "2025-03-31 14:00", 1800, "Show me please the OOMKilled events for creditor in last 2 days.", "last 2 days", "list k8s_events reason=OOMKilled svc=billing-feedin",
 "", "2025-03-31 14:20", "Please list OOMKilled k8s events of billing-feedin in past 48 hours", "past 48 hours", "=", "old name creditor; 2 days = 48 hours"),
("hit", "promql", "2025-03-31 09:00", 3600, '{namespace="edge", app="firmware-ota"} |= "checksum mismatch" -- count for the last 24h?', "last 24h", "count logs svc=firmware-ota match=checksum-mismatch",
 "", "2025-03-31 09:30", "how many 'checksum mismatch' lines did the updater log in the past 24 hours", "past 24 hours", "=", "LogQL paste vs nickname updater"),
("partial", "manager", "2025-03-31 09:00", 1800, "What does the deploy history for the charge planner look like over the past week?", "past week", "list deploys svc=battery-scheduler",
 "", "2025-03-31 13:00", "Can you list battery-scheduler deployments from the last 7 days?", "last 7 days", "=", "same question, answer 4h old > TTL 30 min"),
("hit", "polite", "2025-03-31 08:00", 7200, "Would you be so kind as to list any incidents currently open for the experience team? Thank you.", "currently", "list incidents team=experience state=open",
 "", "2025-03-31 08:02", "Could you show me the experience team's open incidents right now, please?", "right now", "=", "word order, politeness"),
("hit", "lower", "2025-04-01 09:00", 1800, "gridlink-api p99 last hour", "last hour", "trend metric:latency svc=fleet-api stat=p99",
 "", "2025-04-01 09:05", "p99 latency fleet-api past 60 min", "past 60 min", "=", "old name gridlink-api"),
("hit", "terse", "2025-04-01 11:00", 900, "5xx bff 30m", "30m", "trend metric:responses code=5xx svc=homeowner-app-bff",
 "", "2025-04-01 11:03", "errors homeowner-app-bff last half hour", "last half hour", "=", "errors of a service = 5xx; 30m = half hour"),
("partial", "slang", "2025-04-01 10:00", 600, "fota failures last 24h?? new fw looks sus", "last 24h", "trend metric:ota_failures svc=firmware-ota",
 "", "2025-04-01 11:00", "firmware-ota update failures past 24 hours", "past 24 hours", "=", "same, 1h after a 10-min TTL"),
("hit", "formal", "2025-04-01 09:00", 3600, "Please list the Warning events in namespace energy for 2025-03-31 (UTC), i.e. 2025-03-31T00:00Z to 2025-04-01T00:00Z.", "2025-03-31T00:00Z to 2025-04-01T00:00Z", "list k8s_events ns=energy type=Warning",
 "", "2025-04-01 09:30", "Provide the Kubernetes Warning events in the energy namespace between 00:00 UTC and midnight UTC yesterday.", "between 00:00 UTC and midnight UTC yesterday", "=", "same UTC day", ),
("hit", "nonnative", "2025-04-01 10:00", 900, "How many request per second is receiving the telemetry gateway in last 1 hour?", "last 1 hour", "trend metric:rps svc=inverter-ingest",
 "", "2025-04-01 10:05", "What is the request rate of inverter-ingest for past hour, please?", "past hour", "=", "telemetry gateway = inverter-ingest"),
("hit", "manager", "2025-04-01 08:00", 3600, "How many critical alerts did the telemetry team get yesterday?", "yesterday", "count alerts sev=critical team=telemetry",
 "", "2025-04-01 08:40", "Count of crit alerts for team telemetry yesterday, please.", "yesterday", "=", "same fixed day, 40 min later"),
("hit", "promql", "2025-04-01 14:00", 1800, 'sum by (pod) (container_memory_working_set_bytes{namespace="collect", container="fleet-api"}) past 6h', "past 6h", "trend metric:memory svc=fleet-api",
 "", "2025-04-01 14:25", "memory of the device API pods over the last 6 hours?", "last 6 hours", "=", "PromQL paste vs description"),
("partial", "polite", "2025-04-01 09:00", 900, "Hi! Could you please count the deploys to the pro portal this week? Thanks so much.", "this week", "count deploys svc=installer-portal",
 "", "2025-04-01 15:00", "Sorry to bother you, how many installer-portal deployments so far this week?", "so far this week", "=", "same, TTL 15 min long gone"),
("hit", "lower", "2025-04-01 16:00", 600, "crit alerts firing now", "now", "list alerts sev=critical state=firing",
 "", "2025-04-01 16:02", "which critical alerts are firing right now", "right now", "=", "no nickname; now re-asked"),
("hit", "terse", "2025-04-02 09:00", 3600, "deploys failed 7d", "7d", "list deploys status=failed",
 "", "2025-04-02 09:30", "failed deployments last week", "last week", "=", "7d = last week (rolling)"),
("hit", "slang", "2025-04-02 13:00", 1800, "traces on gridlink slower than 2s last hr pls", "last hr", "list traces svc=fleet-api thr=>2s",
 "", "2025-04-02 13:04", "show fleet-api traces >2s past hour", "past hour", "=", "old name gridlink"),
("hit", "formal", "2025-04-02 10:00", 7200, "Please state the number of open incidents of severity SEV1 at present.", "at present", "count incidents sev=sev1 state=open",
 "", "2025-04-02 10:03", "Report the count of open SEV1 incidents as of now.", "as of now", "=", "now phrasings"),
("partial", "nonnative", "2025-04-02 09:00", 1800, "Please give me the CPU of the optimiser pods since midnight.", "since midnight", "trend metric:cpu svc=battery-scheduler",
 "", "2025-04-02 12:00", "What is CPU usage of battery-scheduler today?", "today", "=", "since midnight = today; stale after 3h"),
("hit", "manager", "2025-04-02 07:30", 3600, "Can you give me an overview of the alerts the experience team has had over the last 24 hours?", "last 24 hours", "list alerts team=experience",
 "", "2025-04-02 08:00", "Please list team experience's alerts from the past day.", "past day", "=", "manager prose vs short"),
("hit", "promql", "2025-04-02 11:00", 900, 'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal"}[5m]))) last 2h', "last 2h", "trend metric:latency svc=installer-portal stat=p50",
 "", "2025-04-02 11:08", "median latency of partnerhub over the past 2 hours", "past 2 hours", "=", "quantile 0.5 = median = p50"),
("hit", "polite", "2025-04-02 20:00", 3600, "Good evening! Could you list the restarts of firehose pods over the last 12 hours, please?", "last 12 hours", "list metric:restarts svc=inverter-ingest",
 "", "2025-04-02 20:30", "Would you mind showing inverter-ingest pod restarts for the past 12h? Thank you!", "past 12h", "=", "nickname"),
("partial", "lower", "2025-04-02 10:00", 600, "sunny backend 5xx last 3h", "last 3h", "trend metric:responses code=5xx svc=homeowner-app-bff",
 "", "2025-04-02 10:30", "bff errors past 3 hours", "past 3 hours", "=", "fresh range but TTL 10 min expired"),
("hit", "terse", "2025-04-03 08:00", 1800, "ingest lag now", "now", "status metric:consumer_lag svc=inverter-ingest",
 "", "2025-04-03 08:03", "firehose consumer lag atm", "atm", "=", "ingest/firehose both mean inverter-ingest"),
("hit", "slang", "2025-04-03 10:00", 3600, "ok how many deploys did the feed-in billing thing do this wk... i mean this week", "this week", "count deploys svc=billing-feedin",
 "", "2025-04-03 10:40", "billing-feedin deploy count since monday?", "since monday", "=", "this week = since Monday"),
("hit", "formal", "2025-04-03 09:00", 3600, "Please provide the error-level log lines of installer-portal from 2025-04-03T03:00Z to 2025-04-03T05:00Z.", "2025-04-03T03:00Z to 2025-04-03T05:00Z", "list logs svc=installer-portal level=error",
 "", "2025-04-03 09:10", "Please list error logs of the pro portal between 03:00 and 05:00 UTC.", "between 03:00 and 05:00 UTC", "=", "same UTC window"),
("hit", "nonnative", "2025-04-03 15:00", 3600, "Which alerts was firing most for the charge planner in last 7 days?", "last 7 days", "top alerts svc=battery-scheduler",
 "", "2025-04-03 15:30", "Top alertnames of battery-scheduler past week please", "past week", "=", "top = most firing"),
("partial", "manager", "2025-04-03 09:00", 3600, "How has node CPU looked in the Sydney production clusters over the past 24 hours?", "past 24 hours", "trend metric:node_cpu region=ap-southeast-2",
 "", "2025-04-03 17:00", "Can I get node CPU for ap-southeast-2 over the last 24h?", "last 24h", "=", "Sydney = ap-southeast-2 (both prod); stale and 8h shift"),
("hit", "promql", "2025-04-03 12:00", 1800, 'rate(http_requests_total{service="billing-feedin",code="503"}[5m]) last 6h?', "last 6h", "trend metric:responses svc=billing-feedin code=503",
 "", "2025-04-03 12:20", "creditor 503 rate over the past 6 hours", "past 6 hours", "=", "old name creditor"),
("hit", "polite", "2025-04-03 07:00", 86400, "Hello, could you please tell me how many OTA rollouts failed yesterday? Thanks!", "yesterday", "count deploys svc=firmware-ota status=failed",
 "", "2025-04-03 11:00", "Would you kindly count yesterday's failed firmware-ota deployments?", "yesterday", "=", "fixed day, TTL 1 day"),
("hit", "lower", "2025-04-03 18:00", 900, "k8s warn events edge ns last 1h", "last 1h", "list k8s_events ns=edge type=Warning",
 "", "2025-04-03 18:05", "warning events in namespace edge past hour", "past hour", "=", "ns = namespace; warn = warning"),
("partial", "terse", "2025-04-04 09:00", 1800, "crit alerts prod 24h", "24h", "count alerts sev=critical env=prod",
 "", "2025-04-04 14:00", "critical alerts production last 24 hours count", "last 24 hours", "=", "prod=production; stale, 5h shift"),
("hit", "slang", "2025-04-04 12:00", 1800, "sunny backend p95 past 2 hrs?? feels meh", "past 2 hrs", "trend metric:latency svc=homeowner-app-bff stat=p95",
 "", "2025-04-04 12:10", "bff 95th pct latency last 2 hours", "last 2 hours", "=", "p95 = 95th percentile"),
("hit", "formal", "2025-04-04 08:00", 3600, "Please enumerate the deployments to cluster prod-syd-2 from 2025-04-03T00:00Z to 2025-04-04T00:00Z.", "2025-04-03T00:00Z to 2025-04-04T00:00Z", "list deploys cluster=prod-syd-2",
 "", "2025-04-04 08:30", "List all deploys on prod-syd-2 between 00:00 UTC and midnight UTC yesterday.", "between 00:00 UTC and midnight UTC yesterday", "=", "same UTC day; no nickname"),
("hit", "nonnative", "2025-04-04 11:00", 600, "There is some critical alert on the partnerhub now?", "now", "list alerts sev=critical svc=installer-portal",
 "", "2025-04-04 11:02", "Please check critical alerts of installer-portal currently", "currently", "=", "now re-asked within TTL"),
("partial", "manager", "2025-04-04 10:00", 1800, "Could you pull together the list of incidents involving the app backend this month?", "this month", "list incidents svc=homeowner-app-bff",
 "", "2025-04-04 16:00", "Please list homeowner-app-bff incidents so far this month.", "this month", "=", "stale by 6h"),
("hit", "promql", "2025-04-04 15:00", 3600, 'count by (alertname) (ALERTS{alertstate="firing",team="grid"}) right now', "right now", "top alerts team=grid state=firing",
 "", "2025-04-04 15:03", "what's firing for team grid now, by alertname", "now", "=", "PromQL paste vs prose"),
("hit", "polite", "2025-04-04 09:00", 1800, "Hi there! Could you please show me the disk latency on syd-q-w01 for the past 3 hours? Many thanks.", "past 3 hours", "trend metric:disk_latency host=syd-q-w01",
 "", "2025-04-04 09:15", "Would you mind checking syd-q-w01 disk latency over the last 3h?", "last 3h", "=", "host, no nickname"),
("hit", "lower", "2025-04-04 20:00", 3600, "tgw decode errors since 6pm", "since 6pm", "count logs svc=inverter-ingest match=decode-error",
 "", "2025-04-04 20:15", "decode errors inverter-ingest since 18:00", "since 18:00", "=", "6pm = 18:00"),
("partial", "terse", "2025-04-07 08:00", 600, "bsched deploys weekend", "weekend", "list deploys svc=battery-scheduler",
 "", "2025-04-07 09:00", "battery-scheduler deploys over the weekend", "over the weekend", "=", "same weekend, TTL 10 min expired"),
("hit", "slang", "2025-04-07 11:00", 7200, "how many incidents 4 the tariff engine last 30 days lol", "last 30 days", "count incidents svc=billing-feedin",
 "", "2025-04-07 12:00", "billing-feedin incident count past month", "past month", "=", "last month = 30 d rolling"),
("hit", "formal", "2025-04-07 09:00", 3600, "Please provide the 5xx rate of inverter-ingest for the interval 2025-04-07T00:00Z to 2025-04-07T06:00Z.", "2025-04-07T00:00Z to 2025-04-07T06:00Z", "trend metric:responses code=5xx svc=inverter-ingest",
 "", "2025-04-07 09:05", "Kindly report the error rate of the firehose between 00:00 and 06:00 UTC.", "between 00:00 and 06:00 UTC", "=", "errors = 5xx; nickname"),
("hit", "nonnative", "2025-04-07 10:00", 3600, "Please tell me the memory of the updater pods in last 12 hours.", "last 12 hours", "trend metric:memory svc=firmware-ota",
 "", "2025-04-07 10:30", "Memory usage firmware-ota past 12h?", "past 12h", "=", "nickname updater"),
("hit", "manager", "2025-04-07 09:00", 86400, "What happened with alerts over the weekend? A list would be great.", "over the weekend", "list alerts",
 "", "2025-04-07 13:00", "Could you list the weekend's alerts for me?", "weekend", "=", "weekend asked Monday, no service"),
("partial", "promql", "2025-04-07 09:00", 900, '{namespace="collect", app="fleet-api"} |= "timeout" since 06:00', "since 06:00", "list logs svc=fleet-api match=timeout",
 "", "2025-04-07 12:00", "gridlink timeout logs since 6am", "since 6am", "=", "same start, 3h later, stale"),
("hit", "polite", "2025-04-07 10:00", 3600, "Good morning! Would you kindly list the failed deployments across all services since Monday?", "since Monday", "list deploys status=failed",
 "", "2025-04-07 10:20", "Could you please show me this week's failed deploys? Thank you.", "this week", "=", "since Monday asked Monday"),
("hit", "lower", "2025-04-08 09:00", 1800, "partnerhub p95 /api/v1/quotes last 2h", "last 2h", "trend metric:latency svc=installer-portal endpoint=/api/v1/quotes stat=p95",
 "", "2025-04-08 09:10", "p95 of installer-portal quotes endpoint past 2 hours", "past 2 hours", "=", "endpoint named two ways"),
("hit", "terse", "2025-04-08 10:00", 1800, "OTARolloutFailing 24h count", "24h", "count alerts alertname=OTARolloutFailing",
 "", "2025-04-08 10:20", "how many times did OTARolloutFailing fire in the last 24 hours", "last 24 hours", "=", "alertname, no nickname"),
("partial", "slang", "2025-04-08 12:00", 1800, "any warn alerts on gridlink since 9am??", "since 9am", "list alerts sev=warning svc=fleet-api",
 "", "2025-04-08 15:00", "warning alerts fleet-api since 9am", "since 9am", "=", "same start, end moved 3h, stale"),
("hit", "formal", "2025-04-08 11:00", 3600, "Please report the number of KubePodCrashLooping alerts in namespace edge from 2025-04-08T00:00Z to 2025-04-08T08:00Z.", "2025-04-08T00:00Z to 2025-04-08T08:00Z", "count alerts alertname=KubePodCrashLooping ns=edge",
 "", "2025-04-08 11:15", "State the count of crash-looping pod alerts in the edge namespace between 00:00 and 08:00 UTC.", "between 00:00 and 08:00 UTC", "=", "same UTC window"),
("hit", "nonnative", "2025-04-08 13:00", 3600, "Please show me the deploys of sunny backend on Monday.", "on Monday", "list deploys svc=homeowner-app-bff",
 "", "2025-04-08 13:30", "List homeowner-app-bff deployments from yesterday", "yesterday", "=", "Monday = yesterday when asked Tuesday"),
("hit", "manager", "2025-04-08 16:00", 3600, "Can you tell me how many SettlementRunLate alerts the tariff engine has raised this month?", "this month", "count alerts alertname=SettlementRunLate svc=billing-feedin",
 "", "2025-04-08 16:45", "Count of SettlementRunLate alerts for billing-feedin since Apr 1?", "since Apr 1", "=", "this month = since Apr 1"),
("partial", "promql", "2025-04-08 10:00", 600, '1 - avg by (host) (rate(node_cpu_seconds_total{mode="idle",cluster="prod-pdx-1"}[5m])) last 1h', "last 1h", "trend metric:node_cpu cluster=prod-pdx-1",
 "", "2025-04-08 10:25", "node cpu prod-pdx-1 past hour?", "past hour", "=", "rolling 1h re-asked after TTL, ranges 25 min apart"),
("hit", "polite", "2025-04-09 08:00", 7200, "Hello! Could you please check whether the charge planner had any incidents last night? Thank you.", "last night", "list incidents svc=battery-scheduler",
 "", "2025-04-09 09:00", "Sorry, may I ask for battery-scheduler incidents overnight?", "overnight", "=", "last night = overnight"),
("hit", "lower", "2025-04-09 12:00", 900, "traces w errors fota last 30m", "last 30m", "list traces svc=firmware-ota status=error",
 "", "2025-04-09 12:04", "error traces firmware-ota past half hour", "past half hour", "=", "nickname; 30m = half hour"),
("hit", "terse", "2025-04-09 09:00", 3600, "FailedScheduling events syd 12h", "12h", "list k8s_events reason=FailedScheduling region=ap-southeast-2",
 "", "2025-04-09 09:30", "FailedScheduling k8s events ap-southeast-2 last 12 hours", "last 12 hours", "=", "syd = ap-southeast-2"),
("partial", "nonnative", "2025-04-09 10:00", 1800, "How many 429 is giving the device api in last 6 hours?", "last 6 hours", "count metric:responses svc=fleet-api code=429",
 "", "2025-04-09 12:00", "count of 429 responses fleet-api past 6h please", "past 6h", "=", "stale and 2h shift"),
("hit", "slang", "2025-04-09 14:00", 3600, "wat deploys hit the pro portal 2day", "today", "list deploys svc=installer-portal",
 "", "2025-04-09 14:20", "installer-portal deploys today?", "today", "=", "typos, 2day = today"),
]
PAIRS["near"] = [
("miss", "terse", "2025-03-28 10:00", 1800, "crit alerts firehose 2h", "2h", "list alerts sev=critical svc=inverter-ingest",
 "", "2025-03-28 10:05", "warn alerts firehose last 2h", "last 2h", "= sev=warning", "critical vs warning: sibling"),
("partial", "terse", "2025-03-28 11:00", 1800, "alerts firehose last 2h", "last 2h", "list alerts svc=inverter-ingest",
 "", "2025-03-28 11:05", "crit alerts firehose last 2h", "last 2h", "= sev=critical", "all alerts contain critical: nested"),
("miss", "polite", "2025-03-28 09:00", 1800, "Could you please list the critical alerts for the device API over the past 3 hours? Thank you!", "past 3 hours", "list alerts sev=critical svc=fleet-api",
 "", "2025-03-28 09:05", "Could you please list the critical alerts for the charge planner over the past 3 hours? Thank you!", "past 3 hours", "= svc=battery-scheduler", "fleet-api vs battery-scheduler: sibling service"),
("partial", "polite", "2025-03-28 10:00", 1800, "Would you mind counting the critical alerts for the device API over the past 3 hours?", "past 3 hours", "count alerts sev=critical svc=fleet-api",
 "", "2025-03-28 10:06", "Would you mind listing the critical alerts for the device API over the past 3 hours?", "past 3 hours", "= @list", "count vs list: other intent"),
("miss", "lower", "2025-03-28 12:00", 1800, "bff cpu last 6h", "last 6h", "trend metric:cpu svc=homeowner-app-bff",
 "", "2025-03-28 12:10", "bff memory last 6h", "last 6h", "= #metric:memory", "cpu vs memory: different subject"),
("partial", "lower", "2025-03-28 13:00", 1800, "bff p50 latency last 6h", "last 6h", "trend metric:latency svc=homeowner-app-bff stat=p50",
 "", "2025-03-28 13:10", "bff p99 latency last 6h", "last 6h", "= stat=p99", "p50 vs p99: other statistic"),
("miss", "promql", "2025-03-28 14:00", 1800, 'sum(rate(http_requests_total{service="fleet-api",code="500"}[5m])) last 3h', "last 3h", "trend metric:responses svc=fleet-api code=500",
 "", "2025-03-28 14:05", 'sum(rate(http_requests_total{service="fleet-api",code="503"}[5m])) last 3h', "last 3h", "= code=503", "500 vs 503: sibling status code"),
("partial", "promql", "2025-03-28 15:00", 1800, 'sum(rate(http_requests_total{service="fleet-api",code=~"5.."}[5m])) last 3h', "last 3h", "trend metric:responses svc=fleet-api code=5xx",
 "", "2025-03-28 15:05", 'sum(rate(http_requests_total{service="fleet-api",code="503"}[5m])) last 3h', "last 3h", "= code=503", "5xx contains 503: nested"),
("hit", "nonnative", "2025-03-28 10:00", 1800, "Please show the errors of the device api in last 3 hours.", "last 3 hours", "trend metric:responses svc=fleet-api code=5xx",
 "", "2025-03-28 10:05", "Please show the 5xx of the device api in last 3 hours.", "last 3 hours", "=", "errors of a service = 5xx: one-token flip, same meaning"),
("miss", "nonnative", "2025-03-28 11:00", 1800, "How many deploys of the updater was failed in last 7 days?", "last 7 days", "count deploys svc=firmware-ota status=failed",
 "", "2025-03-28 11:10", "How many deploys of the updater was succeeded in last 7 days?", "last 7 days", "= status=succeeded", "failed vs succeeded: sibling state"),
("partial", "manager", "2025-03-28 09:00", 3600, "How many deploys did the updater have in the last 7 days?", "last 7 days", "count deploys svc=firmware-ota",
 "", "2025-03-28 09:20", "How many of the updater's deploys failed in the last 7 days?", "last 7 days", "= status=failed", "all deploys contain failed ones: nested"),
("miss", "manager", "2025-03-28 10:00", 3600, "How many incidents did the pro portal have in the last 30 days?", "last 30 days", "count incidents svc=installer-portal",
 "", "2025-03-28 10:20", "How many alerts did the pro portal have in the last 30 days?", "last 30 days", "= #alerts", "incidents vs alerts: different subject"),
("miss", "slang", "2025-03-28 12:00", 1800, "any firing alerts on creditor rn", "rn", "list alerts svc=billing-feedin state=firing",
 "", "2025-03-28 12:02", "any resolved alerts on creditor rn", "rn", "= state=resolved", "firing vs resolved: sibling state"),
("miss", "slang", "2025-03-28 13:00", 1800, "pods in collect ns ready rn?", "rn", "list pods ns=collect state=ready",
 "", "2025-03-28 13:02", "pods in collect ns NOT ready rn?", "rn", "= state=!ready", "ready vs NOT ready: negation"),
("miss", "formal", "2025-03-28 09:00", 3600, "Please report read IOPS on host fra-p-w02 from 2025-03-28T00:00Z to 2025-03-28T06:00Z.", "2025-03-28T00:00Z to 2025-03-28T06:00Z", "trend metric:disk_read_iops host=fra-p-w02",
 "", "2025-03-28 09:05", "Please report write IOPS on host fra-p-w02 from 2025-03-28T00:00Z to 2025-03-28T06:00Z.", "2025-03-28T00:00Z to 2025-03-28T06:00Z", "= #metric:disk_write_iops", "read vs write: different quantity"),
("miss", "formal", "2025-03-28 10:00", 3600, "Please report disk IOPS on host fra-p-w02 from 2025-03-28T00:00Z to 2025-03-28T06:00Z.", "2025-03-28T00:00Z to 2025-03-28T06:00Z", "trend metric:disk_iops host=fra-p-w02",
 "", "2025-03-28 10:05", "Please report disk latency on host fra-p-w02 from 2025-03-28T00:00Z to 2025-03-28T06:00Z.", "2025-03-28T00:00Z to 2025-03-28T06:00Z", "= #metric:disk_latency", "IOPS vs latency: different quantity"),
("hit", "terse", "2025-03-31 09:00", 1800, "crit alerts prod 6h", "6h", "count alerts sev=critical env=prod",
 "", "2025-03-31 09:05", "critical alerts production 6h", "6h", "=", "crit=critical, prod=production"),
("miss", "terse", "2025-03-31 10:00", 1800, "crit alerts prod 6h", "6h", "count alerts sev=critical env=prod",
 "", "2025-03-31 10:05", "crit alerts staging 6h", "6h", "= env=staging", "prod vs staging: sibling"),
("miss", "terse", "2025-03-31 11:00", 1800, "crit alerts staging 6h", "6h", "count alerts sev=critical env=staging",
 "", "2025-03-31 11:05", "crit alerts outside staging 6h", "6h", "= env=!staging", "outside staging: complement"),
("partial", "polite", "2025-03-31 09:00", 3600, "Could you show me the average 5xx rate for the sunny backend over the past 12 hours, please?", "past 12 hours", "trend metric:responses svc=homeowner-app-bff code=5xx stat=avg",
 "", "2025-03-31 09:10", "Could you tell me the peak 5xx rate for the sunny backend over the past 12 hours, please?", "past 12 hours", "= stat=max", "average vs peak: another statistic of the same series"),
("miss", "polite", "2025-03-31 10:00", 3600, "Would you kindly list the error logs for the tariff engine over the past 6 hours?", "past 6 hours", "list logs svc=billing-feedin level=error",
 "", "2025-03-31 10:05", "Would you kindly list the warning logs for the tariff engine over the past 6 hours?", "past 6 hours", "= level=warning", "error vs warning log level: sibling"),
("partial", "polite", "2025-03-31 11:00", 3600, "Would you kindly list the logs for the tariff engine over the past 6 hours?", "past 6 hours", "list logs svc=billing-feedin",
 "", "2025-03-31 11:05", "Would you kindly list the error logs for the tariff engine over the past 6 hours?", "past 6 hours", "= level=error", "all logs contain error logs: nested"),
("miss", "lower", "2025-03-31 14:00", 1800, "tgw access logs last 1h", "last 1h", "list logs svc=inverter-ingest stream=access",
 "", "2025-03-31 14:05", "tgw app logs last 1h", "last 1h", "= stream=app", "access vs app log stream: sibling"),
("partial", "lower", "2025-03-31 15:00", 1800, "top pods by cpu in edge ns last 1h", "last 1h", "top metric:cpu ns=edge",
 "", "2025-03-31 15:05", "cpu trend edge ns last 1h", "last 1h", "= @trend", "top vs trend: other intent, same data"),
("miss", "manager", "2025-03-31 09:00", 3600, "Can you show me node CPU above 80% in the Frankfurt production cluster over the past 6 hours?", "past 6 hours", "list metric:node_cpu cluster=prod-fra-1 thr=>80",
 "", "2025-03-31 09:10", "Can you show me node CPU below 80% in the Frankfurt production cluster over the past 6 hours?", "past 6 hours", "= thr=<80", "above vs below: negation"),
("partial", "manager", "2025-03-31 10:00", 3600, "Can you show me nodes with CPU above 80% in the Frankfurt production cluster over the past 6 hours?", "past 6 hours", "list metric:node_cpu cluster=prod-fra-1 thr=>80",
 "", "2025-03-31 10:10", "Can you show me nodes with CPU above 90% in the Frankfurt production cluster over the past 6 hours?", "past 6 hours", "= thr=>90", "above 90 inside above 80: nested threshold"),
("miss", "nonnative", "2025-03-31 12:00", 1800, "Please show the traces of gridlink with error in last 1 hour", "last 1 hour", "list traces svc=fleet-api status=error",
 "", "2025-03-31 12:05", "Please show the traces of gridlink with ok status in last 1 hour", "last 1 hour", "= status=ok", "error vs ok traces: sibling"),
("miss", "nonnative", "2025-03-31 13:00", 1800, "Please show the traces of gridlink in last 1 hour", "last 1 hour", "list traces svc=fleet-api",
 "", "2025-03-31 13:05", "Please show the logs of gridlink in last 1 hour", "last 1 hour", "= #logs", "traces vs logs: different subject"),
("partial", "promql", "2025-03-31 09:00", 3600, 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal"}[5m]))) last 6h', "last 6h", "trend metric:latency svc=installer-portal stat=p95",
 "", "2025-03-31 09:05", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal"}[5m]))) last 6h', "last 6h", "= stat=p99", "0.95 vs 0.99 quantile: other statistic"),
("miss", "promql", "2025-03-31 10:00", 3600, 'sum(rate(http_request_duration_seconds_count{service="installer-portal"}[5m])) last 6h', "last 6h", "trend metric:rps svc=installer-portal",
 "", "2025-03-31 10:05", 'sum(rate(http_request_duration_seconds_sum{service="installer-portal"}[5m])) / sum(rate(http_request_duration_seconds_count{service="installer-portal"}[5m])) last 6h', "last 6h", "= #metric:latency stat=avg", "request rate vs mean latency: different quantity"),
("miss", "slang", "2025-04-01 10:00", 1800, "how many warn alerts on bsched today", "today", "count alerts sev=warning svc=battery-scheduler",
 "", "2025-04-01 10:05", "how many warn alerts on the portal today", "today", "= svc=installer-portal", "battery-scheduler vs installer-portal: sibling"),
("partial", "slang", "2025-04-01 11:00", 1800, "how many warn alerts on bsched today", "today", "count alerts sev=warning svc=battery-scheduler",
 "", "2025-04-01 11:05", "which warn alerts on bsched today", "today", "= @list", "count vs list"),
("miss", "formal", "2025-04-01 09:00", 3600, "Please report the number of open incidents as of now.", "now", "count incidents state=open",
 "", "2025-04-01 09:02", "Please report the number of resolved incidents as of now.", "now", "= state=resolved", "open vs resolved: sibling"),
("partial", "formal", "2025-04-01 10:00", 3600, "Please report the number of open incidents as of now.", "now", "count incidents state=open",
 "", "2025-04-01 10:02", "Please report the number of open SEV1 incidents as of now.", "now", "= sev=sev1", "open incidents contain open SEV1: nested"),
("hit", "formal", "2025-04-01 11:00", 3600, "Please report the number of acknowledged alerts for inverter-ingest in the past 6 hours.", "past 6 hours", "count alerts svc=inverter-ingest state=acked",
 "", "2025-04-01 11:10", "Please report the number of acked alerts for inverter-ingest in the past 6 hours.", "past 6 hours", "=", "acked = acknowledged"),
("miss", "terse", "2025-04-01 09:00", 1800, "acked alerts firehose 6h", "6h", "count alerts svc=inverter-ingest state=acked",
 "", "2025-04-01 09:05", "unacked alerts firehose 6h", "6h", "= state=!acked", "acked vs unacked: negation"),
("miss", "terse", "2025-04-01 10:00", 1800, "alerts excluding bsched 6h", "6h", "list alerts svc=!battery-scheduler",
 "", "2025-04-01 10:05", "alerts bsched 6h", "6h", "= svc=battery-scheduler", "excluding X vs X: complement"),
("miss", "polite", "2025-04-01 08:00", 1800, "Could you please show me the OOMKilled events in the energy namespace over the last 24 hours?", "last 24 hours", "list k8s_events ns=energy reason=OOMKilled",
 "", "2025-04-01 08:05", "Could you please show me the BackOff events in the energy namespace over the last 24 hours?", "last 24 hours", "= reason=BackOff", "OOMKilled vs BackOff: sibling reason"),
("partial", "polite", "2025-04-01 09:00", 1800, "Could you please show me the Warning events in the energy namespace over the last 24 hours?", "last 24 hours", "list k8s_events ns=energy type=Warning",
 "", "2025-04-01 09:05", "Could you please show me the Warning events for the charge planner over the last 24 hours?", "last 24 hours", "= -ns svc=battery-scheduler", "energy namespace contains battery-scheduler: nested"),
("miss", "lower", "2025-04-01 12:00", 1800, "fota memory last 12h", "last 12h", "trend metric:memory svc=firmware-ota",
 "", "2025-04-01 12:05", "fota restarts last 12h", "last 12h", "= #metric:restarts", "memory vs restarts: different subject"),
("partial", "lower", "2025-04-01 13:00", 1800, "fota avg memory last 12h", "last 12h", "trend metric:memory svc=firmware-ota stat=avg",
 "", "2025-04-01 13:05", "fota peak memory last 12h", "last 12h", "= stat=max", "avg vs peak: other statistic"),
("miss", "manager", "2025-04-01 09:00", 7200, "Could you list the deploys the grid team shipped this week?", "this week", "list deploys team=grid",
 "", "2025-04-01 09:20", "Could you list the deploys the experience team shipped this week?", "this week", "= team=experience", "grid vs experience team: sibling"),
("partial", "manager", "2025-04-01 10:00", 7200, "Could you list the deploys the grid team shipped this week?", "this week", "list deploys team=grid",
 "", "2025-04-01 10:20", "How many deploys did the grid team ship this week?", "this week", "= @count", "list vs count"),
("miss", "nonnative", "2025-04-01 14:00", 1800, "How much is the read latency of disk on syd-p-w01 in last 3 hours?", "last 3 hours", "trend metric:disk_read_latency host=syd-p-w01",
 "", "2025-04-01 14:05", "How much is the write latency of disk on syd-p-w01 in last 3 hours?", "last 3 hours", "= #metric:disk_write_latency", "read vs write latency"),
("miss", "promql", "2025-04-01 09:00", 3600, 'count(ALERTS{alertstate="firing",alertname="HighErrorRate"}) now', "now", "count alerts state=firing alertname=HighErrorRate",
 "", "2025-04-01 09:02", 'count(ALERTS{alertstate="firing",alertname="HighLatencyP99"}) now', "now", "= alertname=HighLatencyP99", "sibling alertname"),
("partial", "promql", "2025-04-01 10:00", 3600, 'count(ALERTS{alertstate="firing"}) now', "now", "count alerts state=firing",
 "", "2025-04-01 10:02", 'count(ALERTS{alertstate="firing",alertname="HighErrorRate"}) now', "now", "= alertname=HighErrorRate", "all firing contains HighErrorRate: nested"),
("hit", "slang", "2025-04-02 10:00", 1800, "crit alerts on gridlink last 2 hrs??", "last 2 hrs", "list alerts sev=critical svc=fleet-api",
 "", "2025-04-02 10:05", "critical alerts on fleet-api last 2 hours", "last 2 hours", "=", "slang flips that keep meaning"),
("miss", "slang", "2025-04-02 11:00", 1800, "crit alerts on gridlink last 2 hrs??", "last 2 hrs", "list alerts sev=critical svc=fleet-api",
 "", "2025-04-02 11:05", "non-crit alerts on gridlink last 2 hrs??", "last 2 hrs", "= sev=!critical", "non-critical: negation"),
("miss", "formal", "2025-04-02 09:00", 3600, "Please provide the p95 latency of endpoint /api/v1/quotes of installer-portal in the past 6 hours.", "past 6 hours", "trend metric:latency svc=installer-portal endpoint=/api/v1/quotes stat=p95",
 "", "2025-04-02 09:05", "Please provide the p95 latency of endpoint /api/v1/installations of installer-portal in the past 6 hours.", "past 6 hours", "= endpoint=/api/v1/installations", "sibling endpoint"),
("partial", "formal", "2025-04-02 10:00", 3600, "Please provide the p95 latency of installer-portal in the past 6 hours.", "past 6 hours", "trend metric:latency svc=installer-portal stat=p95",
 "", "2025-04-02 10:05", "Please provide the p95 latency of endpoint /api/v1/quotes of installer-portal in the past 6 hours.", "past 6 hours", "= endpoint=/api/v1/quotes", "service contains endpoint: nested"),
("miss", "terse", "2025-04-02 12:00", 1800, "GET 5xx fleet 3h", "3h", "trend metric:responses svc=fleet-api code=5xx method=GET",
 "", "2025-04-02 12:05", "POST 5xx fleet 3h", "3h", "= method=POST", "GET vs POST: sibling method"),
("hit", "terse", "2025-04-02 13:00", 1800, "5xx fleet 3h", "3h", "trend metric:responses svc=fleet-api code=5xx",
 "", "2025-04-02 13:05", "5xx fleet-api 3h", "3h", "=", "short form fleet = fleet-api"),
("miss", "polite", "2025-04-02 08:00", 3600, "Would you mind checking the consumer lag for the firehose over the past 2 hours?", "past 2 hours", "trend metric:consumer_lag svc=inverter-ingest",
 "", "2025-04-02 08:05", "Would you mind checking the readings throughput for the firehose over the past 2 hours?", "past 2 hours", "= #metric:readings_rate", "lag vs throughput: different quantity"),
("partial", "polite", "2025-04-02 09:00", 3600, "Would you mind checking the average consumer lag for the firehose over the past 2 hours?", "past 2 hours", "trend metric:consumer_lag svc=inverter-ingest stat=avg",
 "", "2025-04-02 09:05", "Would you mind telling me the highest consumer lag for the firehose over the past 2 hours?", "past 2 hours", "= stat=max", "average vs max: other statistic"),
("miss", "lower", "2025-04-02 15:00", 1800, "deploys to prod-fra-1 today", "today", "list deploys cluster=prod-fra-1",
 "", "2025-04-02 15:05", "deploys to stg-fra-1 today", "today", "= cluster=stg-fra-1", "sibling cluster"),
("partial", "lower", "2025-04-02 16:00", 1800, "deploys today", "today", "list deploys",
 "", "2025-04-02 16:05", "deploys to prod-fra-1 today", "today", "= cluster=prod-fra-1", "all deploys contain prod-fra-1: nested"),
("miss", "manager", "2025-04-02 09:00", 3600, "What's the error rate for the app backend over the last 24 hours?", "last 24 hours", "trend metric:responses svc=homeowner-app-bff code=5xx",
 "", "2025-04-02 09:10", "What's the latency for the app backend over the last 24 hours?", "last 24 hours", "= #metric:latency", "error rate vs latency"),
("partial", "manager", "2025-04-02 10:00", 3600, "How has the app backend's error rate trended over the last 24 hours?", "last 24 hours", "trend metric:responses svc=homeowner-app-bff code=5xx",
 "", "2025-04-02 10:10", "Compare the app backend's error rate across regions over the last 24 hours.", "last 24 hours", "= @compare", "trend vs compare: other intent"),
("miss", "nonnative", "2025-04-02 12:00", 1800, "Show me please SettlementRunLate alerts of billing in last 24 hours", "last 24 hours", "list alerts alertname=SettlementRunLate svc=billing-feedin",
 "", "2025-04-02 12:05", "Show me please ScheduleSolveSlow alerts of billing in last 24 hours", "last 24 hours", "= alertname=ScheduleSolveSlow", "sibling alertname"),
("hit", "nonnative", "2025-04-02 13:00", 1800, "Show me please the warning alerts of creditor in last 24 hours", "last 24 hours", "list alerts sev=warning svc=billing-feedin",
 "", "2025-04-02 13:05", "Show me please the warn alerts of creditor in last 24 hours", "last 24 hours", "=", "warn = warning"),
("miss", "promql", "2025-04-02 09:00", 3600, 'sum(rate(container_cpu_usage_seconds_total{namespace="energy"}[5m])) last 6h', "last 6h", "trend metric:cpu ns=energy",
 "", "2025-04-02 09:05", 'sum(container_memory_working_set_bytes{namespace="energy"}) last 6h', "last 6h", "= #metric:memory", "cpu vs memory"),
("partial", "promql", "2025-04-02 10:00", 3600, 'sum(rate(container_cpu_usage_seconds_total{namespace="energy"}[5m])) last 6h', "last 6h", "trend metric:cpu ns=energy",
 "", "2025-04-02 10:05", 'topk(3, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="energy"}[5m]))) last 6h', "last 6h", "= @top", "sum vs topk by pod: other intent"),
("miss", "slang", "2025-04-03 10:00", 1800, "sunny backend deploys rolled back this wk?", "this wk", "list deploys svc=homeowner-app-bff status=rolledback",
 "", "2025-04-03 10:05", "sunny backend deploys that failed this wk?", "this wk", "= status=failed", "rolled back vs failed: sibling status"),
("partial", "terse", "2025-04-03 09:00", 1800, "incidents fleet 7d", "7d", "list incidents svc=fleet-api",
 "", "2025-04-03 09:05", "sev1 incidents fleet 7d", "7d", "= sev=sev1", "all incidents contain SEV1: nested"),
("miss", "terse", "2025-04-03 10:00", 1800, "sev1 incidents fleet 7d", "7d", "list incidents svc=fleet-api sev=sev1",
 "", "2025-04-03 10:05", "sev2 incidents fleet 7d", "7d", "= sev=sev2", "SEV1 vs SEV2: sibling"),
("miss", "formal", "2025-04-03 09:00", 3600, "Please list traces of battery-scheduler with duration above 5s in the past 3 hours.", "past 3 hours", "list traces svc=battery-scheduler thr=>5s",
 "", "2025-04-03 09:05", "Please list traces of battery-scheduler with duration below 5s in the past 3 hours.", "past 3 hours", "= thr=<5s", "above vs below threshold"),
("partial", "formal", "2025-04-03 10:00", 3600, "Please list traces of battery-scheduler with duration above 5s in the past 3 hours.", "past 3 hours", "list traces svc=battery-scheduler thr=>5s",
 "", "2025-04-03 10:05", "Please count traces of battery-scheduler with duration above 5s in the past 3 hours.", "past 3 hours", "= @count", "list vs count"),
("hit", "lower", "2025-04-03 14:00", 1800, "k8s warn events ns edge last 2h", "last 2h", "list k8s_events ns=edge type=Warning",
 "", "2025-04-03 14:05", "k8s warning events namespace edge last 2h", "last 2h", "=", "ns = namespace, warn = warning"),
("miss", "manager", "2025-04-03 09:00", 7200, "How many incidents did the telemetry team handle this month?", "this month", "count incidents team=telemetry",
 "", "2025-04-03 09:15", "How many deploys did the telemetry team ship this month?", "this month", "= #deploys", "incidents vs deploys"),
("partial", "terse", "2025-04-03 11:00", 1800, "node cpu prod-syd-1 1h", "1h", "trend metric:node_cpu cluster=prod-syd-1",
 "", "2025-04-03 11:05", "node cpu syd-p-w01 1h", "1h", "= -cluster host=syd-p-w01", "cluster contains host: nested"),
]
PAIRS["time"] = [
# --- DST change days in the asker's zone
("partial", "terse", "2025-03-30 12:00", 1800, "crit alerts today", "today", "list alerts sev=critical",
 "", "2025-03-30 12:05", "crit alerts 24h", "24h", "=", "DST day Kyiv (23h day): today is 11 real hours vs 24h"),
("partial", "terse", "2025-03-30 05:00", 1800, "alerts fleet last 3h", "last 3h", "list alerts svc=fleet-api",
 "", "2025-03-30 05:10", "alerts fleet between 02:00 and 05:00", "between 02:00 and 05:00", "=", "DST day Kyiv: 02:00-05:00 local is only 2 real hours"),
("hit", "terse", "2025-03-30 10:00", 3600, "deploys since midnight", "since midnight", "list deploys",
 "", "2025-03-30 10:20", "deploys so far today", "so far today", "=", "DST day Kyiv: since midnight = today"),
("partial", "terse", "2025-03-30 09:00", 3600, "firehose lag alerts last night", "last night", "list alerts alertname=IngestConsumerLagHigh svc=inverter-ingest",
 "", "2025-03-30 09:05", "firehose lag alerts last 8h", "last 8h", "=", "DST day Kyiv: last night 22:00-06:00 is 7 real hours, ranges shifted"),
("hit", "terse", "2025-03-30 06:00", 3600, "warn alerts overnight", "overnight", "list alerts sev=warning",
 "", "2025-03-30 06:05", "warn alerts last 7h", "last 7h", "=", "DST day Kyiv: 22:00-06:00 spans 7 real hours = last 7h"),
("hit", "terse", "2025-03-30 23:00", 3600, "incidents today", "today", "list incidents",
 "", "2025-03-30 23:05", "incidents 24h", "24h", "=", "DST day Kyiv: today at 23:00 is 22h, within 15% of 24h"),
("hit", "promql", "2025-03-30 08:00", 1800, 'sum(rate(http_requests_total{service="inverter-ingest",code=~"5.."}[5m])) since midnight', "since midnight", "trend metric:responses svc=inverter-ingest code=5xx",
 "", "2025-03-30 08:05", 'sum(rate(http_requests_total{service="inverter-ingest",code=~"5.."}[5m])) last 7h', "last 7h", "=", "DST day Faroe: midnight to 08:00 is 7 real hours"),
("partial", "promql", "2025-03-30 03:00", 1800, '{namespace="collect", app="fleet-api"} |= "timeout" since midnight', "since midnight", "list logs svc=fleet-api match=timeout",
 "", "2025-03-30 03:02", '{namespace="collect", app="fleet-api"} |= "timeout" last 3h', "last 3h", "=", "DST day Faroe: since midnight at 03:00 is 2 real hours, not 3"),
("hit", "promql", "2025-03-30 04:00", 3600, 'count(ALERTS{severity="critical"}) between 00:00 and 03:00', "between 00:00 and 03:00", "count alerts sev=critical",
 "", "2025-03-30 04:05", 'count(ALERTS{severity="critical"}) between 00:00 and 02:00 UTC', "between 00:00 and 02:00 UTC", "=", "DST day Faroe: 00:00-03:00 WET/WEST = 00:00-02:00 UTC"),
("partial", "promql", "2025-03-30 10:00", 3600, 'sum(kafka_consumergroup_lag{consumergroup="inverter-ingest"}) yesterday', "yesterday", "trend metric:consumer_lag svc=inverter-ingest",
 "", "2025-03-30 10:05", 'sum(kafka_consumergroup_lag{consumergroup="inverter-ingest"}) last 24h', "last 24h", "=", "DST day Faroe: yesterday vs rolling 24h overlap 62%"),
("hit", "promql", "2025-03-30 09:00", 3600, '{namespace="edge", app="firmware-ota"} |= "rollback" today', "today", "list logs svc=firmware-ota match=rollback",
 "", "2025-03-30 09:10", '{namespace="edge", app="firmware-ota"} |= "rollback" since 00:00 UTC', "since 00:00 UTC", "=", "DST day Faroe: local midnight (WET) = 00:00 UTC"),
("partial", "polite", "2025-04-06 04:00", 1800, "Could you please list the critical alerts since midnight? Thank you.", "since midnight", "list alerts sev=critical",
 "", "2025-04-06 04:05", "Sorry, could you list the critical alerts from the last 4 hours, please?", "last 4 hours", "=", "DST day Canberra (25h day): midnight to 04:00 is 5 real hours"),
("hit", "polite", "2025-04-06 04:00", 1800, "Could you please list the warning alerts since midnight? Thank you.", "since midnight", "list alerts sev=warning",
 "", "2025-04-06 04:05", "Could you kindly list the warning alerts for the past 5 hours?", "past 5 hours", "=", "DST day Canberra: midnight to 04:00 = 5 real hours"),
("partial", "polite", "2025-04-06 05:00", 3600, "Would you mind showing me the deploys of the charge planner since 1am?", "since 1am", "list deploys svc=battery-scheduler",
 "", "2025-04-06 05:05", "Would you mind showing me the charge planner deploys from the last 4 hours?", "last 4 hours", "=", "DST day Canberra: 01:00-05:00 local is 5 real hours"),
("partial", "polite", "2025-04-06 09:00", 3600, "Hello! Were there any incidents for the sunny backend overnight?", "overnight", "list incidents svc=homeowner-app-bff",
 "", "2025-04-06 09:05", "Could you list sunny backend incidents from the last 10 hours, please?", "last 10 hours", "=", "DST day Canberra: overnight = 9 real hours, shifted vs last 10h"),
("hit", "polite", "2025-04-06 06:10", 3600, "Good morning! Could you list the alerts for the pro portal overnight, please?", "overnight", "list alerts svc=installer-portal",
 "", "2025-04-06 06:15", "Could you list the pro portal alerts from the past 9 hours, please?", "past 9 hours", "=", "DST day Canberra: 22:00-06:00 spans 9 real hours"),
("hit", "polite", "2025-04-06 11:00", 3600, "Could you count today's deploys, please?", "today", "count deploys",
 "", "2025-04-06 11:30", "How many deploys have there been since midnight, if you don't mind?", "since midnight", "=", "DST day Canberra: today = since midnight"),
("partial", "slang", "2025-04-05 23:40 2nd", 1800, "crit alerts on gridlink since 10pm??", "since 10pm", "list alerts sev=critical svc=fleet-api",
 "", "2025-04-05 23:45 2nd", "crit alerts gridlink last 2 hrs", "last 2 hrs", "=", "DST day Santiago (25h): asked in repeated hour, 22:00 was 2h40 ago"),
("hit", "slang", "2025-04-05 23:40 2nd", 1800, "warn alerts on gridlink since 10pm??", "since 10pm", "list alerts sev=warning svc=fleet-api",
 "", "2025-04-05 23:45 2nd", "warn alerts gridlink last 3 hrs", "last 3 hrs", "=", "DST day Santiago: since 22:00 at second 23:40 = 2h40 real"),
("hit", "slang", "2025-04-05 20:00", 3600, "how many deploys 2day lol", "today", "count deploys",
 "", "2025-04-05 20:10", "deploys since midnight count", "since midnight", "=", "DST day Santiago, before the change"),
# --- cross-zone
("hit", "terse", "2025-03-30 05:00", 3600, "alerts bsched between 02:00 and 05:00", "between 02:00 and 05:00", "list alerts svc=battery-scheduler",
 "formal", "2025-03-30 05:10", "Please list alerts of battery-scheduler from 2025-03-30T00:00Z to 2025-03-30T02:00Z.", "2025-03-30T00:00Z to 2025-03-30T02:00Z", "=", "cross-zone; Kyiv DST day 02:00-05:00 = 00:00-02:00Z"),
("partial", "lower", "2025-04-02 09:00", 3600, "alerts today", "today", "list alerts",
 "manager", "2025-04-01 19:05", "Could you list today's alerts for me?", "today", "=", "cross-zone: KL today (9h) vs Regina today (19h)"),
("miss", "lower", "2025-04-02 11:00", 86400, "deploys this morning", "this morning", "list deploys",
 "manager", "2025-04-02 11:00", "Which deploys went out this morning?", "this morning", "=", "cross-zone: KL morning and Regina morning do not overlap"),
("hit", "formal", "2025-04-02 12:00", 3600, "Please list Warning events in namespace collect since 07:00 UTC.", "since 07:00 UTC", "list k8s_events ns=collect type=Warning",
 "promql", "2025-04-02 10:05", "k8s Warning events in ns collect since 08:00?", "since 08:00", "=", "cross-zone: 08:00 WEST = 07:00 UTC"),
("hit", "nonnative", "2025-04-03 12:00", 3600, "Please show errors of fleet-api in last 2 hours", "last 2 hours", "trend metric:responses svc=fleet-api code=5xx",
 "terse", "2025-04-03 11:40", "fleet 5xx last 2 hours", "last 2 hours", "=", "cross-zone: rolling range, 10 min apart"),
("partial", "terse", "2025-04-02 01:00", 86400, "incidents yesterday", "yesterday", "list incidents",
 "manager", "2025-04-01 16:10", "Could you list yesterday's incidents?", "yesterday", "=", "cross-zone: Kyiv Apr 1 vs Regina Mar 31 overlap 37%"),
# --- range grammar
("miss", "lower", "2025-04-08 12:00", 86400, "fota deploys yesterday", "yesterday", "list deploys svc=firmware-ota",
 "", "2025-04-08 12:10", "fota deploys today", "today", "=", "yesterday vs today: no overlap"),
("partial", "terse", "2025-04-08 10:00", 3600, "deploys failed 7d", "7d", "list deploys status=failed",
 "", "2025-04-08 10:05", "deploys failed this week", "this week", "=", "rolling 7d contains this week (Tue): partial"),
("miss", "manager", "2025-04-08 09:00", 3600, "How many alerts did the grid team get in the last 30 days?", "last 30 days", "count alerts team=grid",
 "", "2025-04-08 09:05", "How many alerts did the grid team get in the last 30 minutes?", "last 30 minutes", "=", "30 d vs 30 min: length ratio 1440x"),
("partial", "nonnative", "2025-04-08 10:00", 3600, "Please show the memory of fleet-api in last 24 hours", "last 24 hours", "trend metric:memory svc=fleet-api",
 "", "2025-04-08 10:05", "Please show the memory of fleet-api in last 1 hour", "last 1 hour", "=", "24h vs 1h: ratio 24x, contained"),
("miss", "slang", "2025-04-08 10:00", 3600, "bff crit alerts last 7 days", "last 7 days", "list alerts sev=critical svc=homeowner-app-bff",
 "", "2025-04-08 10:05", "bff crit alerts last 2 hrs", "last 2 hrs", "=", "7 d vs 2 h: ratio 84x"),
("hit", "polite", "2025-04-08 11:00", 3600, "Could you list the deploys since 9am, please?", "since 9am", "list deploys",
 "", "2025-04-08 11:10", "May I see the deploys since 09:00?", "since 09:00", "=", "9am = 09:00"),
("partial", "polite", "2025-04-08 11:00", 3600, "Could you list the incidents from this morning, please?", "this morning", "list incidents",
 "", "2025-04-08 11:10", "May I see the incidents since 9am?", "since 9am", "=", "this morning starts 06:00, since 9am is inside"),
("hit", "formal", "2025-04-08 17:00", 3600, "Please list alerts of installer-portal from 2pm to 4pm.", "from 2pm to 4pm", "list alerts svc=installer-portal",
 "", "2025-04-08 17:10", "Please enumerate installer-portal alerts between 14:00 and 16:00.", "between 14:00 and 16:00", "=", "12h vs 24h clock"),
("miss", "formal", "2025-04-08 17:00", 3600, "Please list alerts of fleet-api between 10:00 and 12:00.", "between 10:00 and 12:00", "list alerts svc=fleet-api",
 "", "2025-04-08 17:10", "Please list alerts of fleet-api between 14:00 and 16:00.", "between 14:00 and 16:00", "=", "disjoint clock ranges"),
("partial", "formal", "2025-04-08 18:00", 3600, "Please list alerts of firmware-ota between 10:00 and 12:00.", "between 10:00 and 12:00", "list alerts svc=firmware-ota",
 "", "2025-04-08 18:10", "Please list alerts of firmware-ota between 11:00 and 13:00.", "between 11:00 and 13:00", "=", "50% overlap"),
("miss", "formal", "2025-04-08 19:00", 3600, "Please list alerts of billing-feedin between 10:00 and 12:00.", "between 10:00 and 12:00", "list alerts svc=billing-feedin",
 "", "2025-04-08 19:10", "Please list alerts of billing-feedin between 11:45 and 14:00.", "between 11:45 and 14:00", "=", "overlap 15 min of 2h: under 25%"),
("partial", "manager", "2025-04-09 08:00", 3600, "What did the firehose's error rate do since 2pm yesterday?", "since 2pm yesterday", "trend metric:responses svc=inverter-ingest code=5xx",
 "", "2025-04-09 08:10", "And the firehose error rate over the last 24 hours?", "last 24 hours", "=", "since 2pm yesterday (18h) inside 24h, starts differ 6h"),
("hit", "terse", "2025-04-09 10:00", 3600, "deploys since tuesday 6pm", "since tuesday 6pm", "list deploys",
 "", "2025-04-09 10:10", "deploys since 18:00 yesterday", "since 18:00 yesterday", "=", "Tuesday 6pm = yesterday 18:00 on Wednesday"),
("hit", "lower", "2025-04-09 10:00", 3600, "incidents this month", "this month", "list incidents",
 "", "2025-04-09 10:30", "incidents since apr 1", "since apr 1", "=", "this month = since Apr 1"),
("miss", "lower", "2025-04-09 10:00", 86400, "bsched deploys on monday", "on monday", "list deploys svc=battery-scheduler",
 "", "2025-04-09 10:05", "bsched deploys on tuesday", "on tuesday", "=", "different named days"),
("partial", "manager", "2025-04-07 10:00", 3600, "Anything I should know about alerts over the weekend?", "over the weekend", "list alerts",
 "", "2025-04-07 10:10", "Can you list alerts from the last 3 days?", "last 3 days", "=", "weekend (48h) inside last 3 days"),
("hit", "nonnative", "2025-04-09 10:00", 3600, "Please give deploys of updater in last week", "last week", "list deploys svc=firmware-ota",
 "", "2025-04-09 10:20", "Please give deploys of updater in last 7 days", "last 7 days", "=", "last week = rolling 7 days"),
("miss", "terse", "2025-04-09 09:00", 3600, "5xx portal last hour", "last hour", "trend metric:responses svc=installer-portal code=5xx",
 "", "2025-04-09 12:00", "5xx portal last hour", "last hour", "=", "same rolling question re-asked 3h later, stale, no overlap"),
("partial", "terse", "2025-04-09 10:00", 3600, "5xx fota last 30 min", "last 30 min", "trend metric:responses svc=firmware-ota code=5xx",
 "", "2025-04-09 10:27", "5xx fota last 30 min", "last 30 min", "=", "same rolling question re-asked while fresh: overlap 10%"),
("miss", "slang", "2025-04-09 10:00", 600, "any crit alerts rn", "rn", "list alerts sev=critical",
 "", "2025-04-09 10:20", "any crit alerts rn", "rn", "=", "now re-asked 20 min later, TTL 10 min: stale, no overlap"),
("partial", "slang", "2025-04-09 11:00", 3600, "any warn alerts rn", "rn", "list alerts sev=warning",
 "", "2025-04-09 11:20", "any warn alerts rn", "rn", "=", "now re-asked 20 min later while fresh"),
("partial", "promql", "2025-04-09 12:00", 3600, 'sum(rate(http_requests_total{service="homeowner-app-bff"}[5m])) yesterday', "yesterday", "trend metric:rps svc=homeowner-app-bff",
 "", "2025-04-09 12:05", 'sum(rate(http_requests_total{service="homeowner-app-bff"}[5m])) last 2 days', "last 2 days", "=", "yesterday inside last 2 days"),
("miss", "formal", "2025-04-09 10:00", 3600, "Please report the number of deployments this month.", "this month", "count deploys",
 "", "2025-04-09 10:05", "Please report the number of deployments in the past hour.", "past hour", "=", "8+ days vs 1 hour: ratio > 31x"),
("hit", "polite", "2025-04-09 15:00", 3600, "Could you list the charge planner alerts from this afternoon, please?", "this afternoon", "list alerts svc=battery-scheduler",
 "", "2025-04-09 15:10", "May I see charge planner alerts since noon?", "since noon", "=", "this afternoon = since 12:00"),
]
PAIRS["scope"] = [
("partial", "manager", "2025-03-28 09:00", 3600, "How many critical alerts did the grid team have in the last 24 hours?", "last 24 hours", "count alerts sev=critical team=grid",
 "", "2025-03-28 09:10", "How many critical alerts did the tariff engine have in the last 24 hours?", "last 24 hours", "= -team svc=billing-feedin", "team grid owns billing-feedin: nested"),
("miss", "manager", "2025-03-28 10:00", 3600, "How many critical alerts did the grid team have in the last 24 hours?", "last 24 hours", "count alerts sev=critical team=grid",
 "", "2025-03-28 10:10", "How many critical alerts did the pro portal have in the last 24 hours?", "last 24 hours", "= -team svc=installer-portal", "installer-portal belongs to experience, not grid: sibling"),
("miss", "terse", "2025-03-28 09:00", 1800, "warn alerts team telemetry 12h", "12h", "list alerts sev=warning team=telemetry",
 "", "2025-03-28 09:05", "warn alerts team experience 12h", "12h", "= team=experience", "sibling team"),
("partial", "terse", "2025-03-28 10:00", 1800, "warn alerts team telemetry 12h", "12h", "list alerts sev=warning team=telemetry",
 "", "2025-03-28 10:05", "warn alerts fota 12h", "12h", "= -team svc=firmware-ota", "telemetry owns firmware-ota: nested"),
("partial", "lower", "2025-03-28 11:00", 1800, "k8s events ns collect last 6h", "last 6h", "list k8s_events ns=collect",
 "", "2025-03-28 11:05", "k8s events gridlink last 6h", "last 6h", "= -ns svc=fleet-api", "collect namespace holds fleet-api: nested"),
("miss", "lower", "2025-03-28 12:00", 1800, "k8s events ns collect last 6h", "last 6h", "list k8s_events ns=collect",
 "", "2025-03-28 12:05", "k8s events ns energy last 6h", "last 6h", "= ns=energy", "sibling namespace"),
("miss", "lower", "2025-03-28 13:00", 1800, "k8s events ns collect last 6h", "last 6h", "list k8s_events ns=collect",
 "", "2025-03-28 13:05", "k8s events bsched last 6h", "last 6h", "= -ns svc=battery-scheduler", "battery-scheduler runs in energy, not collect"),
("hit", "nonnative", "2025-03-28 10:00", 1800, "How many alerts is in Sydney in last 6 hours?", "last 6 hours", "count alerts region=ap-southeast-2",
 "", "2025-03-28 10:05", "Please count alerts of region ap-southeast-2 in last 6 hours", "last 6 hours", "=", "Sydney = ap-southeast-2"),
("miss", "nonnative", "2025-03-28 11:00", 1800, "How many alerts is in Sydney in last 6 hours?", "last 6 hours", "count alerts region=ap-southeast-2",
 "", "2025-03-28 11:05", "How many alerts is in Frankfurt in last 6 hours?", "last 6 hours", "= region=eu-central-1", "sibling region"),
("partial", "nonnative", "2025-03-28 12:00", 1800, "How many alerts is in Sydney in last 6 hours?", "last 6 hours", "count alerts region=ap-southeast-2",
 "", "2025-03-28 12:05", "How many alerts is in cluster prod-syd-2 in last 6 hours?", "last 6 hours", "= -region cluster=prod-syd-2", "region contains cluster: nested"),
("miss", "polite", "2025-03-31 09:00", 1800, "Could you please show node CPU for prod-syd-1 over the last 3 hours?", "last 3 hours", "trend metric:node_cpu cluster=prod-syd-1",
 "", "2025-03-31 09:05", "Could you please show node CPU for prod-syd-2 over the last 3 hours?", "last 3 hours", "= cluster=prod-syd-2", "sibling clusters in one region"),
("hit", "polite", "2025-03-31 10:00", 1800, "Could you please show node CPU for the Frankfurt production cluster over the last 3 hours?", "last 3 hours", "trend metric:node_cpu region=eu-central-1 env=prod",
 "", "2025-03-31 10:05", "Would you mind showing node CPU on prod-fra-1 for the last 3 hours?", "last 3 hours", "= -region -env cluster=prod-fra-1", "Frankfurt production = prod-fra-1"),
("partial", "polite", "2025-03-31 11:00", 1800, "Could you please show node CPU for Frankfurt over the last 3 hours?", "last 3 hours", "trend metric:node_cpu region=eu-central-1",
 "", "2025-03-31 11:05", "Could you please show node CPU for the Frankfurt production cluster over the last 3 hours?", "last 3 hours", "= env=prod", "eu-central-1 contains prod-fra-1 (and staging): nested"),
("miss", "terse", "2025-03-31 09:00", 1800, "disk latency fra-p-w01 3h", "3h", "trend metric:disk_latency host=fra-p-w01",
 "", "2025-03-31 09:05", "disk latency fra-p-w02 3h", "3h", "= host=fra-p-w02", "sibling host"),
("partial", "terse", "2025-03-31 10:00", 1800, "disk latency prod-fra-1 3h", "3h", "trend metric:disk_latency cluster=prod-fra-1",
 "", "2025-03-31 10:05", "disk latency fra-p-w02 3h", "3h", "= -cluster host=fra-p-w02", "cluster contains host: nested"),
("miss", "terse", "2025-03-31 11:00", 1800, "disk latency prod-fra-1 3h", "3h", "trend metric:disk_latency cluster=prod-fra-1",
 "", "2025-03-31 11:05", "disk latency fra-s-w01 3h", "3h", "= -cluster host=fra-s-w01", "host is in stg-fra-1, not prod-fra-1"),
("miss", "promql", "2025-03-31 09:00", 1800, 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal",endpoint="/api/v1/quotes"}[5m]))) last 2h', "last 2h", "trend metric:latency svc=installer-portal endpoint=/api/v1/quotes stat=p95",
 "", "2025-03-31 09:05", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="installer-portal",endpoint="/api/v1/sites"}[5m]))) last 2h', "last 2h", "= endpoint=/api/v1/sites", "sibling endpoint"),
("partial", "promql", "2025-03-31 10:00", 1800, 'sum(rate(http_requests_total{service="fleet-api",code=~"5.."}[5m])) last 2h', "last 2h", "trend metric:responses svc=fleet-api code=5xx",
 "", "2025-03-31 10:05", 'sum(rate(http_requests_total{service="fleet-api",code=~"5..",endpoint="/v2/devices/{id}/readings"}[5m])) last 2h', "last 2h", "= endpoint=/v2/devices/{id}/readings", "service contains endpoint: nested"),
("hit", "promql", "2025-03-31 11:00", 1800, 'sum(rate(http_requests_total{service="fleet-api",endpoint="/v2/devices/{id}/readings"}[5m])) last 2h', "last 2h", "trend metric:rps svc=fleet-api endpoint=/v2/devices/{id}/readings",
 "", "2025-03-31 11:05", "gridlink readings endpoint request rate past 2h?", "past 2h", "=", "same endpoint named by description"),
("miss", "manager", "2025-03-31 09:00", 3600, "Which nodes in production ran CPU above 85% over the last 12 hours?", "last 12 hours", "list metric:node_cpu env=prod thr=>85",
 "", "2025-03-31 09:10", "Which nodes in production ran CPU below 85% over the last 12 hours?", "last 12 hours", "= thr=<85", "above vs below threshold"),
("partial", "manager", "2025-03-31 10:00", 3600, "Which nodes in production ran CPU above 85% over the last 12 hours?", "last 12 hours", "list metric:node_cpu env=prod thr=>85",
 "", "2025-03-31 10:10", "Which nodes in production ran CPU above 95% over the last 12 hours?", "last 12 hours", "= thr=>95", "above 95 inside above 85: nested"),
("miss", "manager", "2025-03-31 11:00", 3600, "Which nodes in production ran CPU above 85% over the last 12 hours?", "last 12 hours", "list metric:node_cpu env=prod thr=>85",
 "", "2025-03-31 11:10", "Which nodes in staging ran CPU above 85% over the last 12 hours?", "last 12 hours", "= env=staging", "prod vs staging"),
("partial", "slang", "2025-04-01 10:00", 1800, "crit alerts in prod last 6 hrs", "last 6 hrs", "list alerts sev=critical env=prod",
 "", "2025-04-01 10:05", "crit alerts prod-pdx-1 last 6 hrs", "last 6 hrs", "= -env cluster=prod-pdx-1", "prod contains prod-pdx-1: nested"),
("miss", "slang", "2025-04-01 11:00", 1800, "crit alerts in prod last 6 hrs", "last 6 hrs", "list alerts sev=critical env=prod",
 "", "2025-04-01 11:05", "crit alerts stg-pdx-1 last 6 hrs", "last 6 hrs", "= -env cluster=stg-pdx-1", "stg-pdx-1 is staging, outside prod"),
("hit", "slang", "2025-04-01 12:00", 1800, "crit alerts in oregon prod last 6 hrs", "last 6 hrs", "list alerts sev=critical region=us-west-2 env=prod",
 "", "2025-04-01 12:05", "crit alerts prod-pdx-1 last 6 hrs", "last 6 hrs", "= -region -env cluster=prod-pdx-1", "Oregon prod = prod-pdx-1"),
("partial", "formal", "2025-04-01 09:00", 3600, "Please list open incidents for namespace edge as of now.", "now", "list incidents ns=edge state=open",
 "", "2025-04-01 09:02", "Please list open incidents for installer-portal now.", "now", "= -ns svc=installer-portal", "edge namespace holds installer-portal: nested"),
("miss", "formal", "2025-04-01 10:00", 3600, "Please list open incidents for team experience as of now.", "now", "list incidents team=experience state=open",
 "", "2025-04-01 10:02", "Please list open incidents for team platform as of now.", "now", "= team=platform", "sibling team"),
("partial", "formal", "2025-04-01 11:00", 3600, "Please list open incidents for team experience as of now.", "now", "list incidents team=experience state=open",
 "", "2025-04-01 11:02", "Please list open incidents for homeowner-app-bff as of now.", "now", "= -team svc=homeowner-app-bff", "team experience owns homeowner-app-bff: nested"),
("miss", "lower", "2025-04-02 09:00", 1800, "5xx on fleet in us-west-2 last 1h", "last 1h", "trend metric:responses svc=fleet-api code=5xx region=us-west-2",
 "", "2025-04-02 09:05", "5xx on fleet in eu-central-1 last 1h", "last 1h", "= region=eu-central-1", "sibling region"),
("partial", "lower", "2025-04-02 10:00", 1800, "5xx on fleet last 1h", "last 1h", "trend metric:responses svc=fleet-api code=5xx",
 "", "2025-04-02 10:05", "5xx on fleet in eu-central-1 last 1h", "last 1h", "= region=eu-central-1", "all regions contain eu-central-1: nested"),
("miss", "lower", "2025-04-02 11:00", 1800, "deploys to energy ns today", "today", "list deploys ns=energy",
 "", "2025-04-02 11:05", "deploys of ota today", "today", "= -ns svc=firmware-ota", "firmware-ota is in edge, not energy"),
("partial", "lower", "2025-04-02 12:00", 1800, "deploys to energy ns today", "today", "list deploys ns=energy",
 "", "2025-04-02 12:05", "deploys of the charge planner today", "today", "= -ns svc=battery-scheduler", "energy holds battery-scheduler: nested"),
("miss", "polite", "2025-04-02 09:00", 3600, "Could you list the NodeDiskLatencyHigh alerts for syd-q-w01 over the past day, please?", "past day", "list alerts alertname=NodeDiskLatencyHigh host=syd-q-w01",
 "", "2025-04-02 09:05", "Could you list the NodeDiskLatencyHigh alerts for syd-q-w02 over the past day, please?", "past day", "= host=syd-q-w02", "sibling host"),
("partial", "polite", "2025-04-02 10:00", 3600, "Could you list the NodeDiskLatencyHigh alerts for Sydney over the past day, please?", "past day", "list alerts alertname=NodeDiskLatencyHigh region=ap-southeast-2",
 "", "2025-04-02 10:05", "Could you list the NodeDiskLatencyHigh alerts for syd-q-w02 over the past day, please?", "past day", "= -region host=syd-q-w02", "region contains host: nested"),
("hit", "polite", "2025-04-02 11:00", 3600, "Could you list the NodeDiskLatencyHigh alerts for the platform team over the past day, please?", "past day", "list alerts alertname=NodeDiskLatencyHigh team=platform",
 "", "2025-04-02 11:10", "May I see the platform team's NodeDiskLatencyHigh alerts from the last 24 hours?", "last 24 hours", "=", "team named two ways"),
("miss", "nonnative", "2025-04-02 10:00", 1800, "Show me please the traces of bff slower than 1s in last 1 hour", "last 1 hour", "list traces svc=homeowner-app-bff thr=>1s",
 "", "2025-04-02 10:05", "Show me please the traces of bff faster than 1s in last 1 hour", "last 1 hour", "= thr=<1s", "slower vs faster than: opposite threshold"),
("partial", "nonnative", "2025-04-02 11:00", 1800, "Show me please the traces of bff slower than 1s in last 1 hour", "last 1 hour", "list traces svc=homeowner-app-bff thr=>1s",
 "", "2025-04-02 11:05", "Show me please the traces of bff slower than 3s in last 1 hour", "last 1 hour", "= thr=>3s", "slower than 3s inside slower than 1s: nested"),
("hit", "nonnative", "2025-04-02 12:00", 1800, "Show me please the traces of bff slower than 1s in last 1 hour", "last 1 hour", "list traces svc=homeowner-app-bff thr=>1s",
 "", "2025-04-02 12:05", "Show me please the traces of homeowner-app-bff over 1 second in last 1 hour", "last 1 hour", "=", "1s = 1 second, bff = homeowner-app-bff"),
("miss", "terse", "2025-04-03 09:00", 1800, "lag alerts apac 24h", "24h", "list alerts alertname=IngestConsumerLagHigh region=ap-southeast-2",
 "", "2025-04-03 09:05", "lag alerts us 24h", "24h", "= region=us-west-2", "APAC vs US region"),
("partial", "terse", "2025-04-03 10:00", 1800, "lag alerts 24h", "24h", "list alerts alertname=IngestConsumerLagHigh",
 "", "2025-04-03 10:05", "lag alerts apac 24h", "24h", "= region=ap-southeast-2", "all regions contain APAC: nested"),
("miss", "manager", "2025-04-03 09:00", 7200, "How many deploys did the experience team ship this week?", "this week", "count deploys team=experience",
 "", "2025-04-03 09:20", "How many deploys did the firmware updater ship this week?", "this week", "= -team svc=firmware-ota", "firmware-ota belongs to telemetry, not experience"),
("partial", "manager", "2025-04-03 10:00", 7200, "How many deploys did the experience team ship this week?", "this week", "count deploys team=experience",
 "", "2025-04-03 10:20", "How many deploys did the pro portal ship this week?", "this week", "= -team svc=installer-portal", "team contains its service: nested"),
("partial", "promql", "2025-04-03 09:00", 1800, 'sum by (namespace) (rate(container_cpu_usage_seconds_total{cluster="prod-fra-1"}[5m])) last 3h', "last 3h", "trend metric:cpu cluster=prod-fra-1",
 "", "2025-04-03 09:05", 'sum(rate(container_cpu_usage_seconds_total{cluster="prod-fra-1",namespace="collect"}[5m])) last 3h', "last 3h", "= ns=collect", "whole cluster contains namespace collect: nested"),
("miss", "promql", "2025-04-03 10:00", 1800, 'sum(rate(container_cpu_usage_seconds_total{cluster="prod-fra-1",namespace="collect"}[5m])) last 3h', "last 3h", "trend metric:cpu cluster=prod-fra-1 ns=collect",
 "", "2025-04-03 10:05", 'sum(rate(container_cpu_usage_seconds_total{cluster="prod-fra-1",namespace="edge"}[5m])) last 3h', "last 3h", "= ns=edge", "sibling namespace"),
("miss", "promql", "2025-04-03 11:00", 1800, 'sum(rate(container_cpu_usage_seconds_total{cluster="prod-fra-1",namespace="collect"}[5m])) last 3h', "last 3h", "trend metric:cpu cluster=prod-fra-1 ns=collect",
 "", "2025-04-03 11:05", 'sum(rate(container_cpu_usage_seconds_total{cluster="stg-fra-1",namespace="collect"}[5m])) last 3h', "last 3h", "= cluster=stg-fra-1", "sibling cluster, same region"),
("partial", "slang", "2025-04-03 10:00", 1800, "any alerts on the edge ns rn", "rn", "list alerts ns=edge",
 "", "2025-04-03 10:02", "any alerts on the sunny backend rn", "rn", "= -ns svc=homeowner-app-bff", "edge holds homeowner-app-bff: nested"),
("miss", "slang", "2025-04-03 11:00", 1800, "any alerts on the edge ns rn", "rn", "list alerts ns=edge",
 "", "2025-04-03 11:02", "any alerts on the tgw rn", "rn", "= -ns svc=inverter-ingest", "inverter-ingest is in collect, not edge"),
("miss", "formal", "2025-04-03 09:00", 3600, "Please report the number of 5xx responses of billing-feedin on endpoint /v1/settlements in the past 6 hours.", "past 6 hours", "count metric:responses svc=billing-feedin code=5xx endpoint=/v1/settlements",
 "", "2025-04-03 09:05", "Please report the number of 5xx responses of billing-feedin on endpoint /v1/tariffs in the past 6 hours.", "past 6 hours", "= endpoint=/v1/tariffs", "sibling endpoint"),
("partial", "formal", "2025-04-03 10:00", 3600, "Please report the number of 5xx responses of billing-feedin in cluster prod-fra-1 in the past 6 hours.", "past 6 hours", "count metric:responses svc=billing-feedin code=5xx cluster=prod-fra-1",
 "", "2025-04-03 10:05", "Please report the number of 5xx responses of billing-feedin on host fra-p-w03 in the past 6 hours.", "past 6 hours", "= -cluster host=fra-p-w03", "cluster contains host: nested"),
("hit", "terse", "2025-04-03 12:00", 1800, "crit alerts staging fra 6h", "6h", "list alerts sev=critical env=staging region=eu-central-1",
 "", "2025-04-03 12:05", "crit alerts stg-fra-1 6h", "6h", "= -env -region cluster=stg-fra-1", "Frankfurt staging = stg-fra-1"),
]
# ---------------------------------------------------------------- build
VOICES = {  # key: (IANA zone, style)
    "terse":     ("Europe/Kyiv",        "terse shorthand"),
    "nonnative": ("Iran",               "non-native English"),
    "polite":    ("Australia/ACT",      "very polite"),
    "manager":   ("America/Regina",     "manager prose"),
    "promql":    ("Atlantic/Faroe",     "pastes PromQL/LogQL"),
    "formal":    ("Europe/Istanbul",    "formal, ISO/UTC timestamps"),
    "slang":     ("Chile/Continental",  "typos and chat slang"),
    "lower":     ("Asia/Kuala_Lumpur",  "lowercase one-liners"),
}
GROUP_COUNTS = [("paraphrase", 70), ("near", 70), ("time", 50), ("scope", 50)]
DATASOURCES = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}

def aliases():
    return {s: list(v[2]) for s, v in SERVICES.items()}

def topology():
    rows = []
    for an, sev, owner, thr in ALERTS:
        if owner == "node":
            for c, hs in HOSTS.items():
                for h in hs[:1]:
                    rows.append({"alertname": an, "severity": sev, "team": "platform", "host": h,
                                 "cluster": c, "region": cluster_region(c), "env": cluster_env(c), "threshold": thr})
            continue
        svcs = list(SERVICES) if owner == "service" else [owner]
        for s in svcs:
            for c in ("prod-fra-1", "prod-syd-1", "prod-pdx-1"):
                rows.append({"alertname": an, "severity": sev, "service": s, "team": SERVICES[s][0],
                             "namespace": SERVICES[s][1], "cluster": c, "region": cluster_region(c),
                             "env": cluster_env(c), "threshold": thr})
    for c, hs in HOSTS.items():
        for h in hs:
            rows.append({"host": h, "cluster": c, "region": cluster_region(c), "env": cluster_env(c)})
    return {"alerts": rows}

def alias_hits(text):
    found = []
    for s, al in aliases().items():
        for a in al:
            if re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", text, re.I):
                found.append(a)
    # "pro portal" also contains "portal": keep the longest name only
    return [a for a in found if not any(a != b and re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", b, re.I) for b in found)]

def is_dst_day(d, tz):
    """the local date d holds a UTC-offset change in tz"""
    Z = ZoneInfo(tz)
    return datetime(d.year, d.month, d.day, 0, 0, tzinfo=Z).utcoffset() != \
        datetime(d.year, d.month, d.day, 23, 59, fold=1, tzinfo=Z).utcoffset()

def day_len_h(d, tz):
    a = wall(datetime(d.year, d.month, d.day), tz).astimezone(UTC)
    b = wall(datetime.combine(d + D, datetime.min.time()), tz).astimezone(UTC)
    return (b - a).total_seconds() / 3600

def build_pairs():
    out, n, errs = [], 0, []
    for gi, (group, want) in enumerate(GROUP_COUNTS):
        rows = list(PAIRS[group])
        random.Random(2900 + gi).shuffle(rows)   # typed in sibling runs; a fixed shuffle spreads them over dev/test
        for row in rows:
            n += 1
            try:
                out.append(one_pair(group, row, n))
            except SystemExit as e:
                errs.append(str(e))
    if errs:
        raise SystemExit("\n".join(errs))
    for group, want in GROUP_COUNTS:
        if len(PAIRS[group]) != want:
            raise SystemExit("group %s has %d rows, want %d" % (group, len(PAIRS[group]), want))
    return out

def one_pair(group, row, n):
        if True:
            pid = "p29-%04d" % n
            exp, av, aat, ttl, aq, arng, asem, bv, bat, bq, brng, bsem, note = row
            bv = bv or av
            tza, tzb = VOICES[av][0], VOICES[bv][0]
            for q, r in ((aq, arng), (bq, brng)):
                if norm(r) not in norm(q):
                    raise SystemExit("%s: time phrase %r not in question %r" % (pid, r, q))
            ta, tb = local(aat, tza), local(bat, tzb)
            age = (tb.astimezone(UTC) - ta.astimezone(UTC)).total_seconds()
            if age < 0:
                raise SystemExit("%s: b asked before a" % pid)
            sa = parse_sem(asem); sb = parse_sem(bsem, sa)
            try:
                ra = resolve(arng, ta); rb = resolve(brng, tb)
                same_rolling = ra[2] in ("rolling", "now") and ra[2] == rb[2] and ra[3] == rb[3]
                rel = relation(sa, sb)
                got, why = label(rel, ra[:2], rb[:2], age, ttl, same_rolling)
            except (Refuse, ValueError) as e:
                raise SystemExit("%s refused: %s" % (pid, e))
            if got != exp:
                raise SystemExit("%s: typed %s but spec gives %s (%s; rel=%s; a=%s..%s b=%s..%s age=%ds)" % (
                    pid, exp, got, why, sorted(rel), iso(ra[0].astimezone(UTC)), iso(ra[1].astimezone(UTC)),
                    iso(rb[0].astimezone(UTC)), iso(rb[1].astimezone(UTC)), age))
            if (tza != tzb) != ("cross-zone" in note):
                raise SystemExit("%s: cross-zone note mismatch" % pid)
            return ({"id": pid, "group": group, "split": "dev29" if n % 2 else "test29", "expect": exp,
                        "a": {"q": aq, "at": iso(ta), "tz": tza, "ttl": ttl},
                        "b": {"q": bq, "at": iso(tb), "tz": tzb}, "note": note})

def build_history():
    out = []
    for i, (at, v, q, ex) in enumerate(HISTORY, 1):
        tz = VOICES[v][0]
        t = local(at, tz)
        for ds, qq in ex:
            assert ds in DATASOURCES, ds
            if alias_hits(qq):
                raise SystemExit("h29-%03d executed query names alias %s" % (i, alias_hits(qq)))
        out.append({"id": "h29-%03d" % i, "at": iso(t), "tz": tz, "voice": v, "question": q,
                    "executed": [{"datasource": ds, "query": qq} for ds, qq in ex]})
    if len(out) != 100:
        raise SystemExit("history has %d rows" % len(out))
    return out

def dumps_jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

def build_all():
    hist = build_history()
    pairs = build_pairs()
    return {"history.jsonl": dumps_jsonl(hist), "pairs.jsonl": dumps_jsonl(pairs),
            "aliases.json": json.dumps(aliases(), indent=2, ensure_ascii=False) + "\n",
            "topology.json": json.dumps(topology(), indent=1, ensure_ascii=False) + "\n"}

def stats():
    pairs = [json.loads(l) for l in build_all()["pairs.jsonl"].splitlines()]
    from collections import Counter
    print("groups", Counter(p["group"] for p in pairs))
    print("labels", Counter(p["expect"] for p in pairs))
    print("group x label", sorted(Counter((p["group"], p["expect"]) for p in pairs).items()))
    print("split x label", sorted(Counter((p["split"], p["expect"]) for p in pairs).items()))
    dst = [p["id"] for p in pairs if any(is_dst_day(datetime.fromisoformat(p[s]["at"]).date(), p[s]["tz"]) for s in "ab")]
    print("asked on a DST-change day:", len(dst), dst)
    print("cross-zone:", [p["id"] for p in pairs if "cross-zone" in p["note"]])
    al = Counter(); nick = 0; canon_only = 0; none = 0
    for q in HISTORY:
        h = alias_hits(q[2]); al.update(x.lower() for x in h)
        if h: nick += 1
        elif any(re.search(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", q[2]) for s in SERVICES): canon_only += 1
        else: none += 1
    print("history: nickname", nick, "canonical only", canon_only, "no service name", none)
    print("nicknames used", dict(al))
    print("voices", Counter(q[1] for q in HISTORY))

if __name__ == "__main__":
    import sys
    files = build_all()
    for name, text in files.items():
        with open(name, "w", encoding="utf-8") as fh:
            fh.write(text)
    if "--stats" in sys.argv:
        stats()
    print("wrote", ", ".join(files))
