"""Range resolver and label derivation for writer 31 (stdlib only). Imported by gen.py and validate.py."""
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
MIN = 60
HOUR = 3600
DAY = 86400

# ---------------------------------------------------------------- company tables
SERVICES = {
    # canonical id: (team, namespace, [other names])
    "booking-api": ("team-spaces", "reservations", ["deskfinder", "the booker", "reservations api"]),
    "room-display": ("team-spaces", "reservations", ["panelsync", "the tablets", "room screens"]),
    "access-gateway": ("team-frontdoor", "access", ["doorman", "badge-svc", "the door service"]),
    "visitor-checkin": ("team-frontdoor", "lobby", ["guestlist", "lobby kiosk", "front desk app"]),
    "member-billing": ("team-ledger", "billing", ["tillroll", "invoicer", "membership billing"]),
    "notify-relay": ("team-ledger", "comms", ["pigeon", "mailer", "notif relay"]),
    "occupancy-sensors": ("team-platform", "iot", ["pir-ingest", "heatmap feed", "sensor pipe"]),
}
ALIASES = {s: v[2] for s, v in SERVICES.items()}
TEAMS = sorted({v[0] for v in SERVICES.values()})
NAMESPACES = sorted({v[1] for v in SERVICES.values()})
CLUSTERS = {
    # cluster: (region, env, [hosts])
    "qw-prod-dub": ("eu-west-1", "prod", ["dub-k8s-01", "dub-k8s-02", "dub-k8s-03", "dub-k8s-04"]),
    "qw-stg-dub": ("eu-west-1", "stg", ["dub-stg-01", "dub-stg-02"]),
    "qw-prod-syd": ("ap-southeast-2", "prod", ["syd-k8s-01", "syd-k8s-02", "syd-k8s-03"]),
    "qw-prod-gru": ("sa-east-1", "prod", ["gru-k8s-01", "gru-k8s-02"]),
}
ALL_SVC = frozenset(SERVICES)
ALL_HOSTS = frozenset(h for c in CLUSTERS.values() for h in c[2])

CODE_PARENT = {"500": "5xx", "502": "5xx", "503": "5xx", "504": "5xx", "404": "4xx", "429": "4xx", "401": "4xx", "403": "4xx"}
SCOPE_KEYS = {"svc", "team", "ns", "region", "cluster", "host", "env"}
INTENTS = {"count", "list", "top", "trend", "compare", "status", "value"}

# ---------------------------------------------------------------- semantics
def parse_sem(s):
    parts = s.split()
    intent, subject = parts[0], parts[1]
    if intent not in INTENTS:
        raise ValueError("bad intent %r" % s)
    f = {}
    for p in parts[2:]:
        k, v = p.split("=", 1)
        if k in f:
            raise ValueError("dup key %r" % s)
        f[k] = v
    for k, v in f.items():
        vv = v.lstrip("!")
        if k == "svc" and vv not in SERVICES:
            raise ValueError("non-canonical service %r" % s)
        if k == "team" and vv not in TEAMS:
            raise ValueError("bad team %r" % s)
        if k == "ns" and vv not in NAMESPACES:
            raise ValueError("bad ns %r" % s)
        if k == "cluster" and vv not in CLUSTERS:
            raise ValueError("bad cluster %r" % s)
        if k == "host" and vv not in ALL_HOSTS:
            raise ValueError("bad host %r" % s)
        if k == "region" and vv not in {c[0] for c in CLUSTERS.values()}:
            raise ValueError("bad region %r" % s)
    return intent, subject, f


def svc_set(f):
    s = set(ALL_SVC)
    for k, v in f.items():
        neg = v.startswith("!")
        v = v.lstrip("!")
        if k == "svc":
            m = {v}
        elif k == "team":
            m = {x for x, t in SERVICES.items() if t[0] == v}
        elif k == "ns":
            m = {x for x, t in SERVICES.items() if t[1] == v}
        else:
            continue
        s = (s - m) if neg else (s & m)
    return frozenset(s)


def host_set(f):
    s = set(ALL_HOSTS)
    for k, v in f.items():
        neg = v.startswith("!")
        v = v.lstrip("!")
        if k == "host":
            m = {v}
        elif k == "cluster":
            m = set(CLUSTERS[v][2])
        elif k == "region":
            m = {h for c in CLUSTERS.values() if c[0] == v for h in c[2]}
        elif k == "env":
            m = {h for c in CLUSTERS.values() if c[1] == v for h in c[2]}
        else:
            continue
        s = (s - m) if neg else (s & m)
    return frozenset(s)


def cmp_sets(a, b, fa, fb, keys):
    if a == b:
        ka = {k: fa[k] for k in fa if k in keys}
        kb = {k: fb[k] for k in fb if k in keys}
        if ka != kb:
            raise ValueError("scope filters differ in words but select the same set: %r vs %r" % (ka, kb))
        return "same"
    if not a & b:
        return "sibling"
    if a < b or b < a:
        # a negated scope against everything is a complement, not a nesting
        if any(v.startswith("!") for k, v in list(fa.items()) + list(fb.items()) if k in keys):
            return "sibling"
        return "nested"
    raise ValueError("overlapping, non-nested scopes")


def cmp_value(k, va, vb):
    if va == vb:
        return "same"
    if va is None or vb is None:
        v = va if vb is None else vb
        if v.startswith("!"):
            return "sibling"  # complement vs all
        return "nested"
    if va.startswith("!") or vb.startswith("!"):
        return "sibling"
    if k == "code":
        if CODE_PARENT.get(va) == vb or CODE_PARENT.get(vb) == va:
            return "nested"
        return "sibling"
    if k == "thr":
        da, db = va[:2], vb[:2]
        if da != db:
            return "sibling"
        return "nested"
    if k == "stat":
        return "otherstat"
    return "sibling"


def relation(sa, sb):
    """returns (kind, detail): kind in subject|sibling|partial|same"""
    ia, suba, fa = sa
    ib, subb, fb = sb
    if suba != subb:
        return "subject", "subject %s vs %s" % (suba, subb)
    res = []
    res.append(("svcscope", cmp_sets(svc_set(fa), svc_set(fb), fa, fb, {"svc", "team", "ns"})))
    res.append(("hostscope", cmp_sets(host_set(fa), host_set(fb), fa, fb, {"region", "cluster", "host", "env"})))
    for k in sorted(set(fa) | set(fb)):
        if k in SCOPE_KEYS:
            continue
        res.append((k, cmp_value(k, fa.get(k), fb.get(k))))
    if any(r == "sibling" for _, r in res):
        return "sibling", [k for k, r in res if r == "sibling"]
    other = [k for k, r in res if r != "same"]
    if ia != ib:
        other.append("intent")
    if other:
        return "partial", other
    return "same", []


# ---------------------------------------------------------------- time ranges
WORDNUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "six": 6, "twelve": 12}
UNIT = {"m": MIN, "min": MIN, "mins": MIN, "minute": MIN, "minutes": MIN,
        "h": HOUR, "hr": HOUR, "hrs": HOUR, "hour": HOUR, "hours": HOUR,
        "d": DAY, "day": DAY, "days": DAY, "w": 7 * DAY, "week": 7 * DAY, "weeks": 7 * DAY}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAYS3 = {d[:3]: i for i, d in enumerate(DAYS)}
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ZONEWORDS = {"utc": "UTC", "z": "UTC", "gmt": "UTC", "cet": "Europe/Malta", "hkt": "Asia/Hong_Kong",
             "aest": "Australia/Victoria", "melbourne time": "Australia/Victoria", "atlantic": "Canada/Atlantic",
             "tashkent time": "Asia/Tashkent", "guatemala time": "America/Guatemala"}
NOW_WORDS = {"now", "right now", "currently", "atm", "rn", "up", "down", "healthy", "at the moment"}


def local_dt(d, hh, mm, tz):
    """wall clock -> aware; refuse times that do not exist or are ambiguous."""
    naive = datetime(d.year, d.month, d.day, hh, mm)
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    if a.utcoffset() != b.utcoffset():
        raise ValueError("wall time %s is ambiguous or missing in %s" % (naive, tz))
    back = a.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise ValueError("wall time %s does not exist in %s" % (naive, tz))
    return a


def ts(dt):
    return dt.astimezone(UTC).timestamp()


def parse_clock(s):
    s = s.strip().lower()
    if s == "noon":
        return 12, 0
    if s == "midnight":
        return 0, 0
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", s)
    if not m:
        raise ValueError("bad clock %r" % s)
    h, mi, ap = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if ap == "pm" and h != 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    return h, mi


def day_ref(word, t):
    """'yesterday', 'today', weekday name -> local date"""
    d = t.date()
    if word in (None, "", "today"):
        return d
    if word == "yesterday":
        return d - timedelta(days=1)
    w = word[:3]
    if w in DAYS3:
        back = (d.weekday() - DAYS3[w]) % 7 or 7
        return d - timedelta(days=back)
    m = re.fullmatch(r"([a-z]{3})[a-z]* (\d{1,2})", word)
    if m and m.group(1) in MONTHS:
        return d.replace(month=MONTHS[m.group(1)], day=int(m.group(2)))
    raise ValueError("bad day %r" % word)


def resolve(when, t):
    """when: the time phrase exactly as it appears in the question; t: aware local datetime of asking.
    returns (start_ts, end_ts, kind) with kind in now|rolling|abs"""
    w = when.strip().lower()
    tz = t.tzinfo
    T = ts(t)
    midnight = lambda d: ts(local_dt(d, 0, 0, tz))
    if w in NOW_WORDS:
        return T - 5 * MIN, T, "now"
    fixed = {"past hour": HOUR, "last hour": HOUR, "the last hour": HOUR, "half hour": 30 * MIN, "last half hour": 30 * MIN,
             "past half hour": 30 * MIN, "past day": DAY, "last day": DAY, "last week": 7 * DAY, "past week": 7 * DAY,
             "last month": 30 * DAY, "past month": 30 * DAY, "last 24 hours": DAY}
    if w in fixed:
        return T - fixed[w], T, "rolling"
    m = re.fullmatch(r"(?:(?:in )?(?:the )?(?:last|past) )?(\d+|an?|one|two|three|six|twelve) ?(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)", w)
    if m:
        n = WORDNUM.get(m.group(1)) or int(m.group(1))
        return T - n * UNIT[m.group(2)], T, "rolling"
    if w in ("today", "so far today", "since midnight"):
        return midnight(t.date()), T, "abs"
    if w == "yesterday":
        d = t.date() - timedelta(days=1)
        return midnight(d), midnight(t.date()), "abs"
    m = re.fullmatch(r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", w)
    if m:
        d = day_ref(m.group(1), t)
        return midnight(d), midnight(d + timedelta(days=1)), "abs"
    if w == "this morning":
        s = ts(local_dt(t.date(), 6, 0, tz))
        return s, min(T, ts(local_dt(t.date(), 12, 0, tz))), "abs"
    if w == "this afternoon":
        s = ts(local_dt(t.date(), 12, 0, tz))
        return s, min(T, ts(local_dt(t.date(), 18, 0, tz))), "abs"
    if w in ("last night", "overnight"):
        return ts(local_dt(t.date() - timedelta(days=1), 22, 0, tz)), ts(local_dt(t.date(), 6, 0, tz)), "abs"
    if w in ("this week", "since monday", "this wk"):
        d = t.date() - timedelta(days=t.weekday())
        return midnight(d), T, "abs"
    if w == "this month":
        return midnight(t.date().replace(day=1)), T, "abs"
    if w in ("over the weekend", "the weekend", "weekend"):
        if t.weekday() != 0:
            raise ValueError("weekend asked not on Monday")
        return midnight(t.date() - timedelta(days=2)), midnight(t.date()), "abs"
    # ISO pair
    m = re.fullmatch(r"(?:between )?(\d{4}-\d{2}-\d{2}t\d{2}:\d{2})z? ?(?:to|and|/|-|–) ?(\d{4}-\d{2}-\d{2}t\d{2}:\d{2})z?", w)
    if m:
        a = datetime.fromisoformat(m.group(1).upper()).replace(tzinfo=UTC)
        b = datetime.fromisoformat(m.group(2).upper()).replace(tzinfo=UTC)
        return ts(a), ts(b), "abs"
    m = re.fullmatch(r"since (\d{4}-\d{2}-\d{2}t\d{2}:\d{2})z", w)
    if m:
        a = datetime.fromisoformat(m.group(1).upper()).replace(tzinfo=UTC)
        return ts(a), T, "abs"
    zone_re = "|".join(sorted(map(re.escape, ZONEWORDS), key=len, reverse=True))
    clock = r"(\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon|midnight)"
    dayw = r"(yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[a-z]{3} \d{1,2})"
    # since <clock> [day] / since <day> <clock> / since <day>
    m = re.fullmatch(r"since %s(?: %s)?(?: (%s))?" % (clock, dayw, zone_re), w)
    if m:
        h, mi = parse_clock(m.group(1))
        ztz = ZoneInfo(ZONEWORDS[m.group(3)]) if m.group(3) else tz
        d = day_ref(m.group(2), t.astimezone(ztz))
        return ts(local_dt(d, h, mi, ztz)), T, "abs"
    m = re.fullmatch(r"since %s %s" % (dayw, clock), w)
    if m:
        h, mi = parse_clock(m.group(2))
        d = day_ref(m.group(1), t)
        return ts(local_dt(d, h, mi, tz)), T, "abs"
    m = re.fullmatch(r"since (?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2}))", w)
    if m:
        d = t.date().replace(month=MONTHS[m.group(1)], day=int(m.group(2)))
        return midnight(d), T, "abs"
    # clock ranges
    m = re.fullmatch(r"(?:(?:on )?%s )?(?:between |from )?%s ?(?:and|to|-|–) ?%s(?: (%s))?(?: (?:on )?%s)?" % (dayw, clock, clock, zone_re, dayw), w)
    if m:
        dword = m.group(1) or m.group(5)
        ztz = ZoneInfo(ZONEWORDS[m.group(4)]) if m.group(4) else tz
        d = day_ref(dword, t.astimezone(ztz))
        h1, m1 = parse_clock(m.group(2))
        h2, m2 = parse_clock(m.group(3))
        s = ts(local_dt(d, h1, m1, ztz))
        e = ts(local_dt(d, h2, m2, ztz))
        if e <= s:
            raise ValueError("empty clock range %r" % when)
        return s, e, "abs"
    raise ValueError("cannot resolve time phrase %r" % when)


# ---------------------------------------------------------------- the decision
BASE = dict(overlap=0.25, ratio=31.0, pct=0.15, floor=5 * MIN, ttlf=1.0, basis="a")


def decide(rel, ra, rb, age, ttl, p=BASE):
    kind, _ = rel
    if kind == "subject":
        return "miss"
    if kind == "sibling":
        return "miss"
    (sa, ea, ka), (sb, eb, kb) = ra, rb
    la, lb = ea - sa, eb - sb
    ov = max(0.0, min(ea, eb) - max(sa, sb))
    fresh = age <= ttl * p["ttlf"]
    bad = ov < p["overlap"] * min(la, lb) or max(la, lb) > p["ratio"] * min(la, lb)
    if bad:
        if kind == "same" and ka in ("now", "rolling") and kb == ka and abs(la - lb) < 1 and fresh:
            return "partial"
        return "miss"
    if kind == "partial":
        return "partial"
    L = {"a": la, "b": lb, "min": min(la, lb), "max": max(la, lb)}[p["basis"]]
    tol = max(p["pct"] * L, p["floor"])
    if fresh and abs(sa - sb) <= tol and abs(ea - eb) <= tol:
        return "hit"
    return "partial"


def nudges():
    for ov in (0.20, 0.25, 0.30):
        for ra in (27.0, 31.0, 35.0):
            for pct in (0.1275, 0.15, 0.1725):
                for fl in (4.25 * MIN, 5 * MIN, 5.75 * MIN):
                    for tf in (0.95, 1.0, 1.05):
                        for basis in ("a", "b", "min", "max"):
                            yield dict(overlap=ov, ratio=ra, pct=pct, floor=fl, ttlf=tf, basis=basis)


def robust_label(rel, ra, rb, age, ttl):
    labels = {decide(rel, ra, rb, age, ttl, p) for p in nudges()}
    base = decide(rel, ra, rb, age, ttl)
    return base, labels
