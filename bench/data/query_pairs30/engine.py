"""Range resolver and spec-rule labeller for writer 30 (Purlwise). Standard library only.

Imported by gen.py and validate.py. All arithmetic on instants is done in UTC; local wall-clock
times (midnights, "since 9am", clock ranges) are built in the asker's zone, so DST days are real days.
"""
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
YEAR = 2025
MIN = timedelta(minutes=1)

# ---------------------------------------------------------------- company topology
SERVICES = {
    # canonical id: (team, namespace, [other names people use])
    "yarn-catalog":    ("storefront", "shop",   ["skeinbase", "product-api", "the catalogue"]),
    "swatch-search":   ("storefront", "edge",   ["finder", "swatchy", "search box"]),
    "stitch-gateway":  ("storefront", "edge",   ["front door", "edge proxy", "sg"]),
    "checkout-svc":    ("orders",     "fulfil", ["till", "basket-api", "paybox"]),
    "parcel-notifier": ("orders",     "fulfil", ["postie", "mailbird", "shipping emails"]),
    "pattern-store":   ("makers",     "shop",   ["chartbox", "pdf shop", "patterns"]),
    "dyelot-tracker":  ("makers",     "fulfil", ["vats", "lotkeeper", "dye tracker"]),
}
TEAMS = ["storefront", "orders", "makers", "platform"]   # platform owns nodes/clusters, no app service
NAMESPACES = ["shop", "edge", "fulfil"]
REGIONS = {
    "eu-west-1": {"purl-euw1-prod": ["euw1-prod-n01", "euw1-prod-n02", "euw1-prod-n03"],
                  "purl-euw1-stg": ["euw1-stg-n01"]},
    "us-east-2": {"purl-use2-prod": ["use2-prod-n01", "use2-prod-n02"]},
    "ap-southeast-2": {"purl-apse2-prod": ["apse2-prod-n01", "apse2-prod-n02"]},
}
CLUSTER_ENV = {"purl-euw1-prod": "production", "purl-euw1-stg": "staging",
               "purl-use2-prod": "production", "purl-apse2-prod": "production"}
CODES = ["200", "201", "301", "400", "401", "404", "429", "500", "502", "503", "504"]
SEVERITIES = ["critical", "warning", "info"]

ALIASES = {s: v[2] for s, v in SERVICES.items()}


def svc_set(key, val):
    if key == "svc":
        return {val}
    if key == "team":
        if val == "platform":
            return {"(infra)"}
        return {s for s, v in SERVICES.items() if v[0] == val}
    if key == "ns":
        return {s for s, v in SERVICES.items() if v[1] == val}
    raise KeyError(key)


def loc_set(key, val):
    out = set()
    for reg, cls in REGIONS.items():
        for cl, hosts in cls.items():
            for h in hosts:
                if (key == "region" and val == reg) or (key == "cluster" and val == cl) or \
                   (key == "host" and val == h) or (key == "env" and CLUSTER_ENV[cl] == val):
                    out.add(h)
    if not out:
        raise KeyError((key, val))
    return out


ALL_SVC = set(SERVICES) | {"(infra)"}
ALL_LOC = {h for cls in REGIONS.values() for hs in cls.values() for h in hs}

# ---------------------------------------------------------------- semantic annotation parsing
INTENTS = {"count", "list", "top", "trend", "compare", "status"}
SUBJECTS_FIXED = {"alerts", "incidents", "deploys", "traces", "k8s_events"}


def parse_sem(sem):
    """'count alerts sev=critical svc=checkout-svc @ last 1h' -> dict"""
    body, _, when = sem.partition("@")
    toks = body.split()
    intent, subject = toks[0], toks[1]
    assert intent in INTENTS, sem
    assert subject in SUBJECTS_FIXED or subject.startswith(("logs:", "metric:")), sem
    filt = {}
    for t in toks[2:]:
        k, _, v = t.partition("=")
        assert k and v and k not in filt, sem
        filt[k] = v
    for k, v in filt.items():
        for part in v.lstrip("!").split("+"):
            if k == "svc":
                assert part in SERVICES, sem
            elif k == "team":
                assert part in TEAMS, sem
            elif k == "ns":
                assert part in NAMESPACES, sem
            elif k in ("region", "cluster", "host", "env"):
                loc_set(k, part)
            elif k == "sev":
                assert part in SEVERITIES, sem
    return {"intent": intent, "subject": subject, "filters": filt, "when": when.strip()}


def dim_sets(filt):
    """map filters to comparable sets per dimension."""
    d = {}
    svc = set(ALL_SVC)
    loc = set(ALL_LOC)
    for k, v in filt.items():
        if k in ("svc", "team", "ns"):
            s = set().union(*[svc_set(k, p) for p in v.split("+")])
            svc &= s
        elif k in ("region", "cluster", "host", "env"):
            s = set().union(*[loc_set(k, p) for p in v.split("+")])
            loc &= s
    d["svc"] = ("set", frozenset(svc))
    d["loc"] = ("set", frozenset(loc))
    if "sev" in filt:
        v = filt["sev"]
        s = set(SEVERITIES) - {v[1:]} if v.startswith("!") else set(v.split("+"))
        d["sev"] = ("set", frozenset(s))
    else:
        d["sev"] = ("set", frozenset(SEVERITIES))
    if "code" in filt:
        s = set()
        if filt["code"].startswith("!"):
            neg = filt["code"][1:]
            s = set(CODES) - ({c for c in CODES if c[0] == neg[0]} if neg.endswith("xx") else {neg})
        for p in ([] if filt["code"].startswith("!") else filt["code"].split("+")):
            s |= {c for c in CODES if c[0] == p[0]} if p.endswith("xx") else {p}
        d["code"] = ("set", frozenset(s))
    else:
        d["code"] = ("set", frozenset(CODES))
    if "thr" in filt:                     # thr=>80 or thr=<80 -> open interval
        v = filt["thr"]
        d["thr"] = ("iv", (float(v[1:]), float("inf")) if v[0] == ">" else (float("-inf"), float(v[1:])))
    else:
        d["thr"] = ("iv", (float("-inf"), float("inf")))
    if "ep" in filt:
        d["ep"] = ("prefix", filt["ep"])
    else:
        d["ep"] = ("prefix", "")
    for k, v in filt.items():
        if k in ("svc", "team", "ns", "region", "cluster", "host", "env", "sev", "code", "thr", "ep", "stat"):
            continue
        d["k:" + k] = ("plain", v)
    return d


def rel_dim(x, y):
    """relation of a-value x to b-value y: eq, sub (x inside y), sup, dis, ovl"""
    kind = x[0] if x is not None else y[0]
    if kind == "plain":
        xv = x[1] if x else None
        yv = y[1] if y else None
        if xv == yv:
            return "eq"
        if xv is None:
            return "sup"
        if yv is None:
            return "sub"
        if xv.startswith("!") and yv.startswith("!"):
            return "ovl"
        return "dis"
    if kind == "set":
        a, b = x[1], y[1]
        if a == b:
            return "eq"
        if not (a & b):
            return "dis"
        if a < b:
            return "sub"
        if a > b:
            return "sup"
        return "ovl"
    if kind == "iv":
        (a0, a1), (b0, b1) = x[1], y[1]
        if (a0, a1) == (b0, b1):
            return "eq"
        if min(a1, b1) <= max(a0, b0):
            return "dis"
        if a0 >= b0 and a1 <= b1:
            return "sub"
        if b0 >= a0 and b1 <= a1:
            return "sup"
        return "ovl"
    if kind == "prefix":
        a, b = x[1], y[1]
        if a == b:
            return "eq"
        if a.startswith(b):
            return "sub"
        if b.startswith(a):
            return "sup"
        return "dis"
    raise ValueError(kind)


def compare_substance(sa, sb):
    """returns (subject_same, disjoint, nested, intent_diff, stat_diff)"""
    if sa["subject"] != sb["subject"]:
        return {"subject": False}
    da, db = dim_sets(sa["filters"]), dim_sets(sb["filters"])
    rels = {}
    for k in set(da) | set(db):
        rels[k] = rel_dim(da.get(k), db.get(k))
    if "ovl" in rels.values():
        raise ValueError("overlapping-but-not-nested filters: %r" % rels)
    dis = "dis" in rels.values()
    dirs = {r for r in rels.values() if r in ("sub", "sup")}
    if len(dirs) > 1 and not dis:
        raise ValueError("nested in both directions: %r" % rels)
    return {"subject": True, "disjoint": dis, "nested": bool(dirs),
            "intent_diff": sa["intent"] != sb["intent"],
            "stat_diff": sa["filters"].get("stat") != sb["filters"].get("stat")}


# ---------------------------------------------------------------- time resolution
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
NOW_WORDS = {"now", "right now", "currently", "atm", "at the moment", "is up", "healthy", "up"}
UNIT = {"m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1,
        "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
        "d": 1440, "day": 1440, "days": 1440}


def local_at(tz, date, hh, mm):
    """wall-clock time on a local date -> aware UTC instant (fold=0)."""
    z = ZoneInfo(tz)
    return datetime(date.year, date.month, date.day, hh, mm, tzinfo=z).astimezone(UTC)


def parse_local(tz, s):
    """'03-30 09:15' -> UTC instant; refuses non-existent wall times; ambiguous ones need '|1' suffix."""
    fold, explicit = 0, False
    if s[-2:] in ("|0", "|1"):
        s, fold, explicit = s[:-2], int(s[-1]), True
    m = re.fullmatch(r"(\d\d)-(\d\d) (\d\d):(\d\d)", s)
    z = ZoneInfo(tz)
    dt = datetime(YEAR, int(m[1]), int(m[2]), int(m[3]), int(m[4]), tzinfo=z, fold=fold)
    back = dt.astimezone(UTC).astimezone(z)
    if back.replace(tzinfo=None) != dt.replace(tzinfo=None):
        raise ValueError("non-existent local time %s in %s" % (s, tz))
    other = dt.replace(fold=1 - fold)
    if other.utcoffset() != dt.utcoffset() and not explicit:
        raise ValueError("ambiguous local time %s in %s (add |1 or move it)" % (s, tz))
    return dt.astimezone(UTC)


TIME_RE = r"(noon|midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)"
ZONE_RE = r"(?:\s*(utc|z|gmt))?"


def clock(tok):
    tok = tok.strip()
    if tok == "noon":
        return 12, 0
    if tok == "midnight":
        return 0, 0
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?\s*(am|pm)?", tok)
    h, mi, ap = int(m[1]), int(m[2] or 0), m[3]
    if ap == "pm" and h != 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    assert 0 <= h <= 24 and 0 <= mi < 60, tok
    return h, mi


def day_of(zone, d, h, mi):
    if zone == "UTC":
        return datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(hours=h, minutes=mi)
    return local_at(zone, d, h, mi)


def named_day(p, today):
    """'yesterday', 'saturday', 'on saturday', 'mar 30', 'today' -> date or None"""
    p = p.strip()
    if p.startswith("on "):
        p = p[3:]
    if p in ("", "today"):
        return today
    if p == "yesterday":
        return today - timedelta(days=1)
    if p in WEEKDAYS:
        back = (today.weekday() - WEEKDAYS.index(p)) % 7 or 7
        return today - timedelta(days=back)
    m = re.fullmatch(r"(%s)\w* (\d{1,2})" % "|".join(MONTHS), p)
    if m:
        return datetime(YEAR, MONTHS.index(m[1]) + 1, int(m[2])).date()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", p)
    if m:
        return datetime(int(m[1]), int(m[2]), int(m[3])).date()
    return None


def resolve(phrase, t, tz):
    s, e, r = _resolve(phrase, t, tz)
    if not e > s:
        raise ValueError("empty range for %r" % phrase)
    return s, e, r


def _resolve(phrase, t, tz):
    """phrase as typed (or '~normalised reading'), t = UTC instant asked, tz = asker's zone.
    returns (start, end, rolling_key or None)"""
    p = phrase.lower().strip().lstrip("~").strip()
    p = re.sub(r"\s+", " ", p)
    z = ZoneInfo(tz)
    L = t.astimezone(z)
    today = L.date()
    mid = local_at(tz, today, 0, 0)

    if p in NOW_WORDS:
        return t - 5 * MIN, t, "now"
    # rolling windows
    m = re.fullmatch(r"(?:(?:in |over )?(?:the )?(?:last|past) )?(\d+)\s*([a-z]+)", p)
    if m and m[2] in UNIT:
        n = int(m[1]) * UNIT[m[2]]
        return t - n * MIN, t, "roll:%d" % n
    words = {"hour": 60, "half hour": 30, "day": 1440, "24 hours": 1440, "week": 7 * 1440, "month": 30 * 1440}
    m = re.fullmatch(r"(?:(?:in |over )?(?:the )?(?:last|past) )?(hour|half hour|day|week|month)", p)
    if m and (p != m[1] or m[1] == "half hour"):
        n = words[m[1]]
        return t - n * MIN, t, "roll:%d" % n
    if p in ("today", "so far today", "since midnight"):
        return mid, t, None
    if p == "this morning":
        return local_at(tz, today, 6, 0), min(t, local_at(tz, today, 12, 0)), None
    if p == "this afternoon":
        return local_at(tz, today, 12, 0), min(t, local_at(tz, today, 18, 0)), None
    if p in ("last night", "overnight"):
        return local_at(tz, today - timedelta(days=1), 22, 0), local_at(tz, today, 6, 0), None
    if p in ("this week", "since monday"):
        mon = today - timedelta(days=today.weekday())
        return local_at(tz, mon, 0, 0), t, None
    if p == "this month":
        return local_at(tz, today.replace(day=1), 0, 0), t, None
    if p in ("over the weekend", "the weekend", "weekend"):
        assert today.weekday() == 0, "weekend asked on a non-Monday"
        return local_at(tz, today - timedelta(days=2), 0, 0), mid, None
    # ISO absolute range
    iso = r"(\d{4}-\d\d-\d\dt\d\d:\d\d(?::\d\d)?(?:z|[+-]\d\d:\d\d))"
    m = re.fullmatch(r"(?:from |between )?%s ?(?:to|and|-|–|/) ?%s" % (iso, iso), p)
    if m:
        a = datetime.fromisoformat(m[1].upper().replace("Z", "+00:00"))
        b = datetime.fromisoformat(m[2].upper().replace("Z", "+00:00"))
        return a.astimezone(UTC), b.astimezone(UTC), None
    m = re.fullmatch(r"since " + iso, p)
    if m:
        return datetime.fromisoformat(m[1].upper().replace("Z", "+00:00")).astimezone(UTC), t, None
    # since ...
    m = re.fullmatch(r"since (.+)", p)
    if m:
        rest = m[1]
        d = named_day(rest, today)
        if d is not None and rest not in ("today",):
            return local_at(tz, d, 0, 0), t, None
        m2 = re.fullmatch(TIME_RE + ZONE_RE + r"(?: (.*))?", rest)
        if m2:
            h, mi = clock(m2[1])
            d = named_day(m2[3] or "", today)
            assert d is not None, p
            if m2[2]:
                st = day_of("UTC", t.date() if not m2[3] else d, h, mi)
                if st > t and not m2[3]:
                    st -= timedelta(days=1)
                return st, t, None
            return local_at(tz, d, h, mi), t, None
        m2 = re.fullmatch(r"(\w+) " + TIME_RE, rest)       # since tuesday 6pm
        if m2:
            d = named_day(m2[1], today)
            h, mi = clock(m2[2])
            return local_at(tz, d, h, mi), t, None
        raise ValueError("cannot resolve %r" % phrase)
    # clock ranges, optionally with a day named before or after
    daytxt = ""
    core = p
    m = re.fullmatch(r"(yesterday|today|on \w+ ?\d*|\w+day),? (.+)", core)
    if m and named_day(m[1], today) is not None:
        daytxt, core = m[1], m[2]
    m = re.fullmatch(r"(.+?),? (yesterday|today|on \w+ ?\d*|\w+day)", core)
    if m and named_day(m[2], today) is not None and not daytxt:
        core, daytxt = m[1], m[2]
    m = re.fullmatch(r"(?:between |from )?" + TIME_RE + ZONE_RE +
                     r" ?(?:and|to|-|–|until) ?" + TIME_RE + ZONE_RE, core)
    if m:
        d = named_day(daytxt, today)
        assert d is not None, p
        h1, m1 = clock(m[1])
        h2, m2_ = clock(m[3])
        zone = "UTC" if (m[2] or m[4]) else tz
        if zone == "UTC" and not daytxt:
            d = t.date()
        s = day_of(zone, d, h1, m1)
        e = day_of(zone, d + timedelta(days=1), 0, 0) if h2 == 24 else day_of(zone, d, h2, m2_)
        assert e > s, p
        return s, e, None
    # whole named day
    d = named_day(p, today)
    if d is not None and d != today:
        return local_at(tz, d, 0, 0), local_at(tz, d + timedelta(days=1), 0, 0), None
    raise ValueError("cannot resolve %r" % phrase)


# ---------------------------------------------------------------- labelling
NOMINAL = {"overlap": 0.25, "ratio": 31.0, "frac": 0.15, "floor": 5.0, "ttl": 1.0, "len": "a"}


def label(sa, ra, sb, rb, ta, tb, ttl, P=NOMINAL):
    """first rule that applies. ra/rb = (start, end, rolling). ta/tb asked instants."""
    c = compare_substance(sa, sb)
    if not c["subject"]:
        return "miss", "rule1 subject"
    if c["disjoint"]:
        return "miss", "rule2 sibling/negation"
    fresh = (tb - ta).total_seconds() <= ttl * P["ttl"]
    la = (ra[1] - ra[0]).total_seconds()
    lb = (rb[1] - rb[0]).total_seconds()
    ov = max(0.0, (min(ra[1], rb[1]) - max(ra[0], rb[0])).total_seconds())
    short, long_ = min(la, lb), max(la, lb)
    same = not (c["nested"] or c["intent_diff"] or c["stat_diff"])
    if ov < P["overlap"] * short or long_ > P["ratio"] * short:
        if same and ra[2] and ra[2] == rb[2] and fresh:
            return "partial", "rule3 rolling re-ask fresh"
        return "miss", "rule3 range"
    if not same:
        return "partial", "rule4 " + ",".join(k for k in ("nested", "intent_diff", "stat_diff") if c[k])
    L = {"a": la, "b": lb, "min": short, "max": long_}[P["len"]]
    tol = max(P["frac"] * L, P["floor"] * 60)
    match = abs((ra[0] - rb[0]).total_seconds()) <= tol and abs((ra[1] - rb[1]).total_seconds()) <= tol
    if fresh and match:
        return "hit", "rule5 fresh+match"
    return "partial", "rule5 " + ("stale" if not fresh else "range differs")


def robust_label(sa, ra, sb, rb, ta, tb, ttl):
    nominal = label(sa, ra, sb, rb, ta, tb, ttl)
    for ovl in (0.20, 0.25, 0.30):
        for rat in (27.0, 31.0, 35.0):
            for fr in (0.1275, 0.15, 0.1725):
                for fl in (4.25, 5.0, 5.75):
                    for tt in (0.95, 1.0, 1.05):
                        for ln in ("a", "b", "min", "max"):
                            P = {"overlap": ovl, "ratio": rat, "frac": fr, "floor": fl, "ttl": tt, "len": ln}
                            got = label(sa, ra, sb, rb, ta, tb, ttl, P)
                            if got[0] != nominal[0]:
                                return nominal, (P, got)
    return nominal, None


def dst_day(tz, date):
    z = ZoneInfo(tz)
    a = datetime(date.year, date.month, date.day, tzinfo=z)
    b = a + timedelta(days=1)  # wall-clock next midnight
    return a.utcoffset() != b.utcoffset()
