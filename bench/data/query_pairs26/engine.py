"""Range resolver and spec.md decision rules (used by gen.py and validate.py). Stdlib only."""
import re
from datetime import datetime, timedelta, date, timezone
from zoneinfo import ZoneInfo

WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def mk(naive, tzname):
    """Local wall time -> epoch seconds; refuse nonexistent (gap) or ambiguous (fold) times."""
    tz = ZoneInfo(tzname)
    d0 = naive.replace(tzinfo=tz, fold=0)
    d1 = naive.replace(tzinfo=tz, fold=1)
    if d0.utcoffset() != d1.utcoffset():
        raise ValueError("ambiguous or nonexistent local time %s in %s" % (naive, tzname))
    back = datetime.fromtimestamp(d0.timestamp(), tz).replace(tzinfo=None)
    if back != naive:
        raise ValueError("nonexistent local time %s in %s" % (naive, tzname))
    return d0.timestamp()


def parse_local(s, tzname):
    return mk(datetime.strptime(s, "%Y-%m-%d %H:%M"), tzname)


def iso(t, tzname):
    return datetime.fromtimestamp(t, ZoneInfo(tzname)).isoformat(timespec="seconds")


def at_midnight(d, tzname, hh=0, mm=0):
    return mk(datetime(d.year, d.month, d.day, hh, mm), tzname)


def hm(s):
    h, m = s.split(":")
    return int(h), int(m)


def resolve(expr, t, tzname):
    """Resolve a hand-typed canonical range expression asked at epoch t in zone tzname -> (start, end, kind)."""
    now = datetime.fromtimestamp(t, ZoneInfo(tzname))
    today = now.date()
    tok = expr.split()
    k = tok[0]
    if k == "last":
        m = re.fullmatch(r"(\d+)([mhdw])", tok[1])
        n = int(m.group(1)) * {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}[m.group(2)]
        return t - n, t, "rolling"
    if k == "now":
        return t - 300, t, "now"
    if k == "today":
        return at_midnight(today, tzname), t, "today"
    if k == "yesterday":
        return at_midnight(today - timedelta(days=1), tzname), at_midnight(today, tzname), "day"
    if k == "day":
        d = named_day(tok[1], today)
        return at_midnight(d, tzname), at_midnight(d + timedelta(days=1), tzname), "day"
    if k == "morning":
        s = at_midnight(today, tzname, 6)
        assert t > s, expr
        return s, min(t, at_midnight(today, tzname, 12)), "part"
    if k == "afternoon":
        s = at_midnight(today, tzname, 12)
        assert t > s, expr
        return s, min(t, at_midnight(today, tzname, 18)), "part"
    if k == "lastnight":
        return at_midnight(today - timedelta(days=1), tzname, 22), at_midnight(today, tzname, 6), "part"
    if k == "thisweek":
        return at_midnight(today - timedelta(days=today.weekday()), tzname), t, "week"
    if k == "thismonth":
        return at_midnight(today.replace(day=1), tzname), t, "month"
    if k == "weekend":
        assert today.weekday() == 0, "weekend asked on Monday only"
        return at_midnight(today - timedelta(days=2), tzname), at_midnight(today, tzname), "weekend"
    if k == "since":
        if re.fullmatch(r"\d{4}-\d\d-\d\d", tok[1]):
            return at_midnight(date.fromisoformat(tok[1]), tzname), t, "since"
        if len(tok) == 2:
            d, c = today, tok[1]
        else:
            d = today - timedelta(days=1) if tok[1] == "yesterday" else named_day(tok[1], today)
            c = tok[2]
        h, m = hm(c)
        s = at_midnight(d, tzname, h, m)
        assert s < t, expr
        return s, t, "since"
    if k == "clock":
        rest = tok[1:]
        zone = tzname
        if rest[-1] == "UTC" or "/" in rest[-1]:
            zone = "UTC" if rest[-1] == "UTC" else rest[-1]
            rest = rest[:-1]
        d = today
        if len(rest) == 2:
            d = today - timedelta(days=1) if rest[0] == "yesterday" else (
                date.fromisoformat(rest[0]) if re.fullmatch(r"\d{4}-\d\d-\d\d", rest[0]) else named_day(rest[0], today))
        elif zone != tzname:
            zd = datetime.fromtimestamp(t, ZoneInfo(zone)).date()
            if zd != today:
                raise ValueError("clock range with zone %s but no day is ambiguous at %s" % (zone, now))
        a, b = rest[-1].split("-")
        s = at_midnight(d, zone, *hm(a))
        e = at_midnight(d, zone, *hm(b))
        if e <= s:
            e = at_midnight(d + timedelta(days=1), zone, *hm(b))
        return s, e, "clock"
    if k == "abs":
        s = datetime.fromisoformat(tok[1].replace("Z", "+00:00")).timestamp()
        e = datetime.fromisoformat(tok[2].replace("Z", "+00:00")).timestamp()
        return s, e, "clock"
    raise ValueError("bad range " + expr)


def named_day(name, today):
    if re.fullmatch(r"\d{4}-\d\d-\d\d", name):
        return date.fromisoformat(name)
    wd = WD.index(name)
    delta = (today.weekday() - wd) % 7
    if delta == 0:
        raise ValueError("named day equal to today is ambiguous")
    return today - timedelta(days=delta)


INTENTS = {"count", "list", "top", "trend", "compare", "status"}
SUBJECTS = {"alerts", "incidents", "deploys", "logs", "traces", "k8sevents",
            "m.cpu", "m.mem", "m.latency", "m.errors", "m.rps", "m.disk_iops", "m.disk_lat",
            "m.disk_read", "m.disk_write", "m.queue", "m.restarts", "m.lag", "m.delivery_fail", "m.disk_used"}
KEYS = {"sev", "svc", "team", "ns", "cluster", "region", "host", "env", "code", "alertname",
        "endpoint", "state", "thr", "level", "reason", "stat", "status", "kind", "match"}


def parse_sem(s):
    tok = s.split()
    intent, subject = tok[0], tok[1]
    assert intent in INTENTS, s
    assert subject in SUBJECTS, s
    f = {}
    for x in tok[2:]:
        kk, v = x.split("=", 1)
        assert kk in KEYS, s
        assert kk not in f, s
        f[kk] = v
    return intent, subject, f


def implied(f, topo):
    f = dict(f)
    for _ in range(3):
        for key, table in (("svc", topo["svc"]), ("host", topo["host"]), ("cluster", topo["cluster"])):
            v = f.get(key)
            if v and not v.startswith("!"):
                for k2, v2 in table[v].items():
                    f.setdefault(k2, v2)  # an explicit, different value is kept and compared as typed
    return f


def rel_val(key, a, b):
    if a == b:
        return "eq"
    if a == "!" + b or b == "!" + a:
        return "complement"
    if a.startswith("!") and b.startswith("!"):
        raise ValueError("two different negations %s %s" % (a, b))
    if a.startswith("!") or b.startswith("!"):
        return "nested"
    if key == "thr":
        # same direction (above/above) -> one contains the other; above vs below -> complement
        return "nested" if a[0] == b[0] else "complement"
    if key == "code":
        if a.endswith("xx") and b[0] == a[0]:
            return "nested"
        if b.endswith("xx") and a[0] == b[0]:
            return "nested"
        return "sibling"
    return "sibling"


def relations(fa, fb, topo):
    ia, ib = implied(fa, topo), implied(fb, topo)
    out = {}
    for key in sorted(set(ia) | set(ib)):
        if key not in ia or key not in ib:
            out[key] = "nested"
        else:
            out[key] = rel_val(key, ia[key], ib[key])
    return out


def decide(sa, sb, ra, rb, ta, tb, ttl, expr_a, expr_b, topo, P):
    """spec.md, first rule that applies. P: parameters (overlap, ratio, tol, floor, which, ttlk)."""
    ia, suba, fa = sa
    ib, subb, fb = sb
    if suba != subb:
        return "miss", "rule1"
    fa, fb = dict(fa), dict(fb)
    if suba == "m.errors":          # "errors" of a service = 5xx
        fa.setdefault("code", "5xx")
        fb.setdefault("code", "5xx")
    stat_a, stat_b = fa.pop("stat", None), fb.pop("stat", None)
    rel = relations(fa, fb, topo)
    if any(v in ("sibling", "complement") for v in rel.values()):
        return "miss", "rule2"
    la, lb = ra[1] - ra[0], rb[1] - rb[0]
    assert la > 0 and lb > 0
    ov = max(0.0, min(ra[1], rb[1]) - max(ra[0], rb[0]))
    short, long_ = min(la, lb), max(la, lb)
    fresh = (tb - ta) <= ttl * P["ttlk"]
    same = ia == ib and stat_a == stat_b and all(v == "eq" for v in rel.values())
    if ov < P["overlap"] * short or long_ > P["ratio"] * short:
        if same and expr_a == expr_b and ra[2] in ("rolling", "now") and fresh:
            return "partial", "rule3-exception"
        return "miss", "rule3"
    if not same:
        return "partial", "rule4"
    L = {"short": short, "long": long_, "a": la}[P["which"]]
    tol = max(P["tol"] * L, P["floor"])
    if fresh and abs(ra[0] - rb[0]) <= tol and abs(ra[1] - rb[1]) <= tol:
        return "hit", "rule5"
    return "partial", "rule5-" + ("stale" if not fresh else "range")


def grid():
    for overlap in (0.20, 0.25, 0.30):
        for ratio in (27, 31, 35):
            for tol in (0.1275, 0.15, 0.1725):
                for floor in (255, 300, 345):
                    for which in ("short", "long", "a"):
                        for ttlk in (0.95, 1.0, 1.05):
                            yield dict(overlap=overlap, ratio=ratio, tol=tol, floor=floor, which=which, ttlk=ttlk)


NOMINAL = dict(overlap=0.25, ratio=31, tol=0.15, floor=300, which="short", ttlk=1.0)


def robust_label(*args):
    nominal = decide(*args, P=NOMINAL)
    labels = {decide(*args, P=p)[0] for p in grid()}
    return nominal, labels
