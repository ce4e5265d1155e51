#!/usr/bin/env python3
"""Writer 22: Gildenpost (print-on-demand wall-art marketplace) answer-cache pairs + question history.

Everything below is typed by hand: questions, local times, TTLs, expected labels and the
substance of each question (subject, intent, statistic, filters, range phrase).  build()
resolves each range in the asker's zone and re-derives the label from spec.md, refusing on
any mismatch or on any label that flips when the spec's numbers are nudged.
Standard library only.
"""
import itertools
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
YEAR = 2026

# ---------------------------------------------------------------- the company
SERVICES = {  # canonical id: (team, namespace, other names people use)
    "storefront":     ("web",       "shop",     ["the shop", "shopfront", "web-shop"]),
    "catalog-search": ("web",       "shop",     ["finder", "solr-sync", "the search box"]),
    "order-api":      ("commerce",  "commerce", ["OMS", "ordersvc", "the orders service"]),
    "pay-bridge":     ("commerce",  "commerce", ["cashier", "paybridge", "the PSP bridge"]),
    "raster-engine":  ("print-ops", "print",    ["the RIP", "print-prep", "renderer"]),
    "press-router":   ("print-ops", "print",    ["routr", "printer router", "press queue"]),
    "artwork-store":  ("platform",  "assets",   ["artvault", "the image bucket", "asset store"]),
}
ALIASES = {k: v[2] for k, v in SERVICES.items()}
REGIONS = {  # region: [(cluster, env, [hosts])]
    "eu-central-1": [("gp-prod-euc1", "prod", ["euc1-w-07", "euc1-w-12", "euc1-gpu-02"]),
                     ("gp-stg-euc1", "staging", ["euc1-stg-01"])],
    "us-east-2": [("gp-prod-use2", "prod", ["use2-w-03", "use2-w-09"])],
    "ap-southeast-2": [("gp-prod-apse2", "prod", ["apse2-w-05"])],
}
TOPOLOGY_ALERTS = []
for _svc, (_team, _ns, _) in SERVICES.items():
    TOPOLOGY_ALERTS.append({"service": _svc, "team": _team, "namespace": _ns})
for _reg, _cls in REGIONS.items():
    for _cl, _env, _hosts in _cls:
        TOPOLOGY_ALERTS.append({"cluster": _cl, "region": _reg, "env": _env})
        for _h in _hosts:
            TOPOLOGY_ALERTS.append({"instance": _h, "cluster": _cl, "region": _reg})
for _a, _svc, _sev in [("StorefrontLatencyP95High", "storefront", "warning"),
                       ("StorefrontLatencyP95High", "storefront", "critical"),
                       ("OrderApi5xxRateHigh", "order-api", "critical"),
                       ("PayBridgeAuthFailures", "pay-bridge", "critical"),
                       ("RenderQueueBacklog", "raster-engine", "warning"),
                       ("PressJobsFailing", "press-router", "warning"),
                       ("SearchIndexLag", "catalog-search", "warning"),
                       ("ArtworkStoreDiskUsageHigh", "artwork-store", "warning"),
                       ("ArtworkStoreDiskUsageHigh", "artwork-store", "critical")]:
    t, n, _ = SERVICES[_svc]
    TOPOLOGY_ALERTS.append({"alertname": _a, "service": _svc, "team": t, "namespace": n, "severity": _sev})
for _a in ["NodeCPUHigh", "NodeMemoryPressure", "KubePodCrashLooping"]:
    TOPOLOGY_ALERTS.append({"alertname": _a, "team": "platform", "severity": "warning"})

VOICES = {  # key: (IANA zone, style)
    "kyle":   ("America/Winnipeg",    "terse shorthand"),
    "pavla":  ("Europe/Prague",       "non-native English"),
    "imogen": ("Australia/Lord_Howe", "very polite"),
    "noa":    ("Asia/Jerusalem",      "manager prose"),
    "farid":  ("Asia/Kabul",          "pastes PromQL/LogQL"),
    "ines":   ("Atlantic/Azores",     "formal with ISO/UTC timestamps"),
    "yoan":   ("America/Havana",      "typos and chat slang"),
    "tama":   ("Pacific/Norfolk",     "lowercase one-liners"),
}

# filter paths: a value nested under another is a longer path with the same prefix
def _own(svc=None, team=None, ns=None):
    if svc:
        t, n, _ = SERVICES[svc]
        return "t:%s/n:%s/s:%s" % (t, n, svc)
    if ns:
        t = {"shop": "web", "commerce": "commerce", "print": "print-ops", "assets": "platform"}[ns]
        return "t:%s/n:%s" % (t, ns)
    return "t:" + team

SF, CS, OA, PB = _own("storefront"), _own("catalog-search"), _own("order-api"), _own("pay-bridge")
RE, PR, AS = _own("raster-engine"), _own("press-router"), _own("artwork-store")
T_WEB, T_COM, T_PO, T_PL = _own(team="web"), _own(team="commerce"), _own(team="print-ops"), _own(team="platform")
N_SHOP, N_COM, N_PRINT, N_ASSETS = (_own(ns="shop"), _own(ns="commerce"), _own(ns="print"), _own(ns="assets"))
PROD, STG = "prod", "staging"
EU, US, AP = "prod/eu-central-1", "prod/us-east-2", "prod/ap-southeast-2"
FRA, OHI, SYD = EU + "/gp-prod-euc1", US + "/gp-prod-use2", AP + "/gp-prod-apse2"
SFRA = "staging/eu-central-1/gp-stg-euc1"
W07, W12, GPU2 = FRA + "/euc1-w-07", FRA + "/euc1-w-12", FRA + "/euc1-gpu-02"
U03, U09, S05 = OHI + "/use2-w-03", OHI + "/use2-w-09", SYD + "/apse2-w-05"

# ---------------------------------------------------------------- spec machinery
BASE = dict(ov=0.25, ratio=31.0, tolf=0.15, tolmin=300.0, ttlk=1.0)
NUDGE = dict(ov=[0.20, 0.25, 0.30], ratio=[27.0, 31.0, 35.0], tolf=[0.15 * 0.85, 0.15, 0.15 * 1.15],
             tolmin=[300 * 0.85, 300.0, 300 * 1.15], ttlk=[0.95, 1.0, 1.05])


def local(voice, s):
    """'MM-DD HH:MM' or 'MM-DD HH:MM:SS' (year 2026) in the voice's zone -> aware datetime."""
    z = ZoneInfo(VOICES[voice][0])
    fold = 0
    if s.endswith("#2"):
        s, fold = s[:-2], 1
    parts = s.split()
    mo, d = map(int, parts[0].split("-"))
    hms = list(map(int, parts[1].split(":"))) + [0]
    dt = datetime(YEAR, mo, d, hms[0], hms[1], hms[2], tzinfo=z, fold=fold)
    back = dt.astimezone(UTC).astimezone(z)
    if back.replace(tzinfo=None) != dt.replace(tzinfo=None):
        raise SystemExit("nonexistent local time %s %s" % (voice, s))
    if fold == 0 and dt.replace(fold=1).utcoffset() != dt.utcoffset():
        raise SystemExit("ambiguous local time %s %s (append #2 for the second)" % (voice, s))
    return dt


def _day(t, delta=0):
    d = (t.date() + timedelta(days=delta))
    return datetime(d.year, d.month, d.day, tzinfo=t.tzinfo)


def _at(t, hhmm, delta=0, zone=None):
    h, m = map(int, hhmm.split(":"))
    z = ZoneInfo(zone) if zone else t.tzinfo
    base = t.astimezone(z) if zone else t
    d = base.date() + timedelta(days=delta)
    return datetime(d.year, d.month, d.day, h, m, tzinfo=z)


UNIT = {"m": 60, "h": 3600, "d": 86400}


def resolve(spec, t):
    """Range phrase (hand-typed kind) at aware local t -> (start_utc_ts, end_utc_ts)."""
    T = t.astimezone(UTC).timestamp()
    k, _, arg = spec.partition(":")
    if k == "last":
        return (T - int(arg[:-1]) * UNIT[arg[-1]], T)
    if k == "now":
        return (T - 300, T)
    if k == "today":
        return (_day(t).timestamp(), T)
    if k == "yesterday":
        return (_day(t, -1).timestamp(), _day(t).timestamp())
    if k == "day":  # day:-2 (named weekday, N days back) -> that local day
        n = int(arg)
        return (_day(t, n).timestamp(), _day(t, n + 1).timestamp())
    if k == "morning":
        return (_at(t, "06:00").timestamp(), min(T, _at(t, "12:00").timestamp()))
    if k == "afternoon":
        return (_at(t, "12:00").timestamp(), min(T, _at(t, "18:00").timestamp()))
    if k == "night":
        return (_at(t, "22:00", -1).timestamp(), _at(t, "06:00").timestamp())
    if k == "week":
        return (_day(t, -t.weekday()).timestamp(), T)
    if k == "weekend":
        assert t.weekday() == 0, "weekend asked on a Monday"
        return (_day(t, -2).timestamp(), _day(t).timestamp())
    if k == "month":
        return (datetime(t.year, t.month, 1, tzinfo=t.tzinfo).timestamp(), T)
    if k == "since":  # since:HH:MM | since:-1 HH:MM | since:MM-DD HH:MM | since:MM-DD
        a = arg.split()
        if len(a) == 1 and ":" in a[0]:
            return (_at(t, a[0]).timestamp(), T)
        if a[0].startswith("-"):
            return (_at(t, a[1], int(a[0])).timestamp(), T)
        mo, d = map(int, a[0].split("-"))
        h, m = map(int, (a[1] if len(a) > 1 else "00:00").split(":"))
        return (datetime(YEAR, mo, d, h, m, tzinfo=t.tzinfo).timestamp(), T)
    if k == "clock":  # clock:HH:MM-HH:MM[@Zone][~delta]
        delta = 0
        if "=" in arg:  # absolute date: clock:HH:MM-HH:MM[@Zone]=MM-DD
            arg, md = arg.split("=")
            mo, d = map(int, md.split("-"))
            base = t.astimezone(ZoneInfo(arg.split("@")[1])) if "@" in arg else t
            delta = (datetime(YEAR, mo, d).date() - base.date()).days
        if "~" in arg:
            arg, dd = arg.split("~")
            delta = int(dd)
        zone = None
        if "@" in arg:
            arg, zone = arg.split("@")
        s, e = arg.split("-")
        st, en = _at(t, s, delta, zone), _at(t, e, delta, zone)
        if en <= st:
            st = _at(t, s, delta - 1, zone)
        return (st.timestamp(), en.timestamp())
    raise SystemExit("unknown range " + spec)


ROLLING = ("last", "now")


def rel_filters(fa, fb):
    rel = "same"
    for key in sorted(set(fa) | set(fb)):
        va, vb = fa.get(key), fb.get(key)
        if va == vb:
            continue
        if va is None or vb is None:
            v = va or vb
            if v.startswith("!"):
                raise SystemExit("negation against absent filter is ambiguous: %s" % key)
            rel = "nested"
            continue
        na, nb = va.startswith("!"), vb.startswith("!")
        if na != nb:
            if va.lstrip("!") == vb.lstrip("!"):
                return "sibling"
            raise SystemExit("negation vs other value is ambiguous: %s %s" % (va, vb))
        if na and nb:
            raise SystemExit("two different negations: ambiguous")
        if vb.startswith(va + "/") or va.startswith(vb + "/"):
            rel = "nested"
            continue
        return "sibling"
    return rel


def decide(a, b, ra, rb, ttl, p, lenbase):
    if a["subj"] != b["subj"]:
        return "miss", 1
    rel = rel_filters(a["f"], b["f"])
    if rel == "sibling":
        return "miss", 2
    la, lb = ra[1] - ra[0], rb[1] - rb[0]
    inter = max(0.0, min(ra[1], rb[1]) - max(ra[0], rb[0]))
    fresh = (b["ts"] - a["ts"]) <= ttl * p["ttlk"]
    same = rel == "same" and a["intent"] == b["intent"] and a["stat"] == b["stat"]
    if inter < p["ov"] * min(la, lb) or max(la, lb) > p["ratio"] * min(la, lb):
        if same and a["rng"] == b["rng"] and a["rng"].split(":")[0] in ROLLING and fresh:
            return "partial", 3
        return "miss", 3
    if not same:
        return "partial", 4
    L = {"a": la, "b": lb}[lenbase]
    tol = max(p["tolf"] * L, p["tolmin"])
    if fresh and abs(ra[0] - rb[0]) <= tol and abs(ra[1] - rb[1]) <= tol:
        return "hit", 5
    return "partial", 5


def label(a, b, ttl):
    ra, rb = resolve(a["rng"], a["t"]), resolve(b["rng"], b["t"])
    for r in (ra, rb):
        assert r[1] > r[0], (a, b, r)
    assert b["ts"] > a["ts"], "b must be asked after a"
    base = decide(a, b, ra, rb, ttl, BASE, "a")
    keys = list(NUDGE)
    for combo in itertools.product(*[NUDGE[k] for k in keys]):
        p = dict(zip(keys, combo))
        for lb in ("a", "b"):
            if decide(a, b, ra, rb, ttl, p, lb)[0] != base[0]:
                return None, base
    return base[0], base


# ---------------------------------------------------------------- data helpers
def Q(voice, at, text, subj=None, intent=None, rng=None, stat=None, _after=None, **f):
    if at.startswith("+"):  # relative to a: +5m, +2h, +1d, +1h30m
        sec = sum(int(n) * UNIT[u] for n, u in re.findall(r"(\d+)([mhd])", at))
        t = (_after.astimezone(UTC) + timedelta(seconds=sec)).astimezone(ZoneInfo(VOICES[voice][0]))
    else:
        t = local(voice, at)
    return dict(voice=voice, t=t, ts=t.astimezone(UTC).timestamp(), text=text,
                subj=subj, intent=intent, rng=rng, stat=stat, f={k: v for k, v in f.items() if v})


def B(voice, at, text, **chg):
    return ("B", voice, at, text, chg)


PAIRS = []  # (group, expect, a, ttl, b, note)


def P(group, expect, a, ttl, b, note):
    _, voice, at, text, chg = b
    sem = dict(subj=a["subj"], intent=a["intent"], rng=a["rng"], stat=a["stat"], **a["f"])
    sem.update(chg)
    bq = Q(voice, at, text, _after=a["t"], **sem)
    PAIRS.append((group, expect, a, ttl, bq, note))


HISTORY = []  # (voice, at, question, [(datasource, query)])


def H(voice, at, question, *executed):
    HISTORY.append((voice, at, question, list(executed)))




# ================================================================ PART 1: history (Feb 5 - Mar 4 2026)
H("kyle", "02-05 08:12", "OMS 5xx last 1h?",
  ("prometheus", 'sum(rate(gp_http_requests_total{service="order-api",code=~"5.."}[5m]))'))
H("pavla", "02-05 15:40", "Please, why the renderer is so slow today? Queue is big I think.",
  ("prometheus", 'max(gp_render_queue_depth{service="raster-engine",namespace="print"})'),
  ("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(gp_render_job_duration_seconds_bucket{service="raster-engine"}[5m])))'))
H("imogen", "02-06 09:05", "Good morning! Would you kindly tell me whether any critical alerts fired overnight for the shop? Thank you so much.",
  ("alertmanager", 'service="storefront",severity="critical",since=2026-02-05T22:00:00+11:00'))
H("noa", "02-06 10:30", "For the weekly review I need to know how many incidents the commerce team had this week and how long they took to resolve.",
  ("incidents", 'team="commerce" since=2026-02-02T00:00:00+02:00'))
H("farid", "02-06 13:15", 'can you run this for me: sum by (code) (rate(gp_http_requests_total{service="pay-bridge"}[5m]))',
  ("prometheus", 'sum by (code) (rate(gp_http_requests_total{service="pay-bridge"}[5m]))'))
H("ines", "02-06 11:00", "Please list all deploys to gp-prod-euc1 between 2026-02-05T08:00Z and 2026-02-05T18:00Z.",
  ("argocd", 'cluster="gp-prod-euc1" from=2026-02-05T08:00:00Z to=2026-02-05T18:00:00Z'))
H("yoan", "02-06 16:22", "yo is cashier down?? ppl sayin checkout brokn",
  ("prometheus", 'up{service="pay-bridge",namespace="commerce"}'),
  ("prometheus", 'sum(rate(gp_http_requests_total{service="pay-bridge",code=~"5.."}[5m]))'))
H("tama", "02-07 07:45", "any crashloops in print ns",
  ("kubernetes", 'namespace="print" reason="BackOff" since=2026-02-06T07:45:00+12:00'))
H("kyle", "02-09 07:30", "disk euc1-w-07 pct used",
  ("prometheus", '100 * (1 - node_filesystem_avail_bytes{instance="euc1-w-07",mountpoint="/"} / node_filesystem_size_bytes{instance="euc1-w-07",mountpoint="/"})'))
H("pavla", "02-09 10:10", "How many warnings had routr during weekend? Printer partner complained.",
  ("alertmanager", 'service="press-router",severity="warning",from=2026-02-07T00:00:00+01:00,to=2026-02-09T00:00:00+01:00'))
H("imogen", "02-09 14:20", "I'm so sorry to bother you, could you show me the p95 latency of the storefront over the last 24 hours, please?",
  ("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="storefront"}[5m])))'))
H("noa", "02-09 17:05", "Can you give me a summary of what the platform team shipped to production last week? Deploys are fine.",
  ("argocd", 'team="platform" env="prod" since=2026-02-02T17:05:00+02:00'))
H("farid", "02-10 09:40", '{namespace="commerce", service="order-api"} |= "timeout" | json | line_format "{{.route}}"  -- last 30m pls',
  ("loki", '{namespace="commerce", service="order-api"} |= "timeout" | json | line_format "{{.route}}"'))
H("ines", "02-10 08:00", "Report the number of firing alerts with severity=critical as of 2026-02-10T09:00Z, grouped by alertname.",
  ("alertmanager", 'severity="critical",state="firing" at=2026-02-10T09:00:00Z group_by=alertname'))
H("yoan", "02-10 11:48", "wats the cpu on the RIP gpu box rn",
  ("prometheus", '100 * (1 - avg(rate(node_cpu_seconds_total{instance="euc1-gpu-02",mode="idle"}[5m])))'))
H("tama", "02-11 08:02", "node cpu high alerts today?",
  ("alertmanager", 'alertname="NodeCPUHigh" since=2026-02-11T00:00:00+12:00'))
H("kyle", "02-11 13:14", "search idx lag now",
  ("prometheus", 'max(gp_search_index_lag_seconds{service="catalog-search"})'))
H("pavla", "02-11 16:30", "The artvault bucket, how much disk is used? Alert was telling about 85 percent.",
  ("prometheus", '100 * (1 - node_filesystem_avail_bytes{service="artwork-store",mountpoint="/data"} / node_filesystem_size_bytes{service="artwork-store",mountpoint="/data"})'),
  ("alertmanager", 'alertname="ArtworkStoreDiskUsageHigh"'))
H("imogen", "02-12 10:45", "Might I ask which pods were OOMKilled in the commerce namespace yesterday? Many thanks.",
  ("kubernetes", 'namespace="commerce" reason="OOMKilling" from=2026-02-11T00:00:00+11:00 to=2026-02-12T00:00:00+11:00'))
H("noa", "02-12 12:00", "I'd like to understand whether the new search release made the finder slower for customers in Sydney.",
  ("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="catalog-search",cluster="gp-prod-apse2"}[5m])))'),
  ("argocd", 'app="catalog-search" cluster="gp-prod-apse2" since=2026-02-05T12:00:00+02:00'))
H("farid", "02-12 14:05", 'histogram_quantile(0.99, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="storefront",route="/checkout"}[5m]))) -- why is this spiking',
  ("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="storefront",route="/checkout"}[5m])))'),
  ("tempo", '{ resource.service.name = "storefront" && span.http.route = "/checkout" && duration > 2s }'))
H("ines", "02-12 09:30", "Provide the count of KubePodCrashLooping alerts in cluster gp-prod-use2 for 2026-02-11 (UTC day).",
  ("alertmanager", 'alertname="KubePodCrashLooping",cluster="gp-prod-use2" from=2026-02-11T00:00:00Z to=2026-02-12T00:00:00Z'))
H("yoan", "02-12 19:10", "ordersvc logs w/ 'payment declined' last hr plz",
  ("loki", '{namespace="commerce", service="order-api"} |= "payment declined"'))
H("tama", "02-13 09:15", "is the shop up",
  ("prometheus", 'up{service="storefront",namespace="shop"}'))
H("kyle", "02-13 12:40", "paybridge auth fail rate 6h",
  ("prometheus", 'sum(rate(gp_payment_auth_failures_total{service="pay-bridge"}[5m])) / sum(rate(gp_payment_auth_attempts_total{service="pay-bridge"}[5m]))'))
H("pavla", "02-13 09:55", "Which deploy of print-prep was yesterday evening? After it the proofs look wrong.",
  ("argocd", 'app="raster-engine" from=2026-02-12T17:00:00+01:00 to=2026-02-13T00:00:00+01:00'))
H("imogen", "02-13 16:00", "Would it be possible to see the error logs from the printer router this afternoon? Thank you kindly.",
  ("loki", '{namespace="print", service="press-router"} | json | level="error"'))
H("noa", "02-13 15:20", "How did the incident count for February compare with January so far? I need a rough number for the board slide.",
  ("incidents", 'since=2026-01-01T00:00:00+02:00 group_by=month'))
H("farid", "02-14 10:00", 'sum by (instance) (rate(node_disk_io_time_seconds_total{cluster="gp-prod-euc1"}[5m]))  top 5?',
  ("prometheus", 'topk(5, sum by (instance) (rate(node_disk_io_time_seconds_total{cluster="gp-prod-euc1"}[5m])))'))
H("ines", "02-14 07:10", "State the number of NodeMemoryPressure alerts between 2026-02-13T00:00Z and 2026-02-14T00:00Z.",
  ("alertmanager", 'alertname="NodeMemoryPressure" from=2026-02-13T00:00:00Z to=2026-02-14T00:00:00Z'))
H("yoan", "02-14 13:33", "anythin weird w the image bucket?? thumbnails not loadin",
  ("prometheus", 'sum(rate(gp_http_requests_total{service="artwork-store",code=~"5.."}[5m]))'),
  ("loki", '{namespace="assets", service="artwork-store"} |= "error"'))
H("tama", "02-16 08:20", "warnings in prod over the weekend",
  ("alertmanager", 'severity="warning",env="prod" from=2026-02-14T00:00:00+12:00 to=2026-02-16T00:00:00+12:00'))
H("kyle", "02-16 09:00", "k8s events staging last 2h",
  ("kubernetes", 'cluster="gp-stg-euc1" since=2026-02-16T07:00:00-06:00'))
H("pavla", "02-16 11:25", "Can you show me the memory of order-api pods? I think there is a leak since Friday.",
  ("prometheus", 'sum by (pod) (container_memory_working_set_bytes{namespace="commerce",container="order-api"})'))
H("imogen", "02-16 19:40", "Apologies for the late question: were there any RenderQueueBacklog alerts today, and if so, for how long?",
  ("alertmanager", 'alertname="RenderQueueBacklog" since=2026-02-16T00:00:00+11:00'))
H("noa", "02-16 14:10", "Which service produced the most critical alerts in the last 30 days? I want to know where to invest.",
  ("alertmanager", 'severity="critical" since=2026-01-17T14:10:00+02:00 group_by=service'))
H("farid", "02-17 11:30", 'sum(rate({namespace="shop"} |= "level=error" [5m])) by (service)',
  ("loki", 'sum by (service) (rate({namespace="shop"} |= "level=error" [5m]))'))
H("ines", "02-17 10:00", "List incidents opened after 2026-02-16T12:00Z with status acknowledged.",
  ("incidents", 'status="acknowledged" since=2026-02-16T12:00:00Z'))
H("yoan", "02-17 17:05", "did smbdy deploy OMS today lol its actin up",
  ("argocd", 'app="order-api" since=2026-02-17T00:00:00-05:00'))
H("tama", "02-18 10:10", "slowest traces on cashier last hour",
  ("tempo", '{ resource.service.name = "pay-bridge" } | select(duration) | topk(10)'))
H("kyle", "02-18 14:02", "pods restarting euc1 now",
  ("prometheus", 'sum by (pod, namespace) (increase(kube_pod_container_status_restarts_total{cluster="gp-prod-euc1"}[15m])) > 0'))
H("pavla", "02-18 16:45", "Is the solr-sync still behind? Products from morning are not in search.",
  ("prometheus", 'max(gp_search_index_lag_seconds{service="catalog-search"})'))
H("imogen", "02-19 08:30", "Good morning, could you please tell me how the memory on the euc1-gpu-02 node looked overnight?",
  ("prometheus", '100 * (1 - node_memory_MemAvailable_bytes{instance="euc1-gpu-02"} / node_memory_MemTotal_bytes{instance="euc1-gpu-02"})'))
H("noa", "02-19 09:50", "Before the vendor call, can you pull how many print jobs failed at the press partners this month?",
  ("prometheus", 'sum(increase(gp_press_jobs_failed_total{service="press-router"}[19d]))'))
H("farid", "02-19 12:20", 'rate(gp_http_requests_total{service="catalog-search",code="503"}[5m]) why non zero since 10:00?',
  ("prometheus", 'sum(rate(gp_http_requests_total{service="catalog-search",code="503"}[5m]))'),
  ("loki", '{namespace="shop", service="catalog-search"} |= "503"'))
H("ines", "02-19 15:00", "Provide the p99 of request duration for service storefront in region us-east-2, 2026-02-19T09:00Z to 2026-02-19T15:00Z.",
  ("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="storefront",region="us-east-2"}[5m])))'))
H("yoan", "02-19 21:15", "shopfront 404s spikin?? seo guy freakin out",
  ("prometheus", 'sum(rate(gp_http_requests_total{service="storefront",code="404"}[5m]))'))
H("tama", "02-20 07:55", "critical alerts last night",
  ("alertmanager", 'severity="critical" from=2026-02-19T22:00:00+12:00 to=2026-02-20T06:00:00+12:00'))
H("kyle", "02-20 10:20", "NodeCPUHigh use2 count 7d",
  ("alertmanager", 'alertname="NodeCPUHigh",region="us-east-2" since=2026-02-13T10:20:00-06:00'))
H("pavla", "02-20 13:05", "Please the list of all firing alerts for team print-ops now.",
  ("alertmanager", 'team="print-ops",state="firing"'))
H("imogen", "02-20 11:10", "If it's no trouble, may I see the deploys of the asset store this week? Thank you.",
  ("argocd", 'app="artwork-store" since=2026-02-16T00:00:00+11:00'))
H("noa", "02-20 16:40", "Give me a short status of production for the Friday update: anything open, anything critical?",
  ("incidents", 'status!="resolved" env="prod"'),
  ("alertmanager", 'severity="critical",state="firing",env="prod"'))
H("farid", "02-21 09:10", 'avg by (instance) (rate(node_disk_read_time_seconds_total{instance=~"euc1-w-.*"}[5m]) / rate(node_disk_reads_completed_total{instance=~"euc1-w-.*"}[5m]))',
  ("prometheus", 'avg by (instance) (rate(node_disk_read_time_seconds_total{instance=~"euc1-w-.*"}[5m]) / rate(node_disk_reads_completed_total{instance=~"euc1-w-.*"}[5m]))'))
H("ines", "02-21 12:00", "Enumerate Kubernetes warning events in namespace assets between 2026-02-21T00:00Z and 2026-02-21T12:00Z.",
  ("kubernetes", 'namespace="assets" type="Warning" from=2026-02-21T00:00:00Z to=2026-02-21T12:00:00Z'))
H("yoan", "02-22 10:40", "whts up w the renderer queue today its like huge",
  ("prometheus", 'max(gp_render_queue_depth{service="raster-engine"})'))
H("tama", "02-23 08:30", "pod restarts ap-southeast-2 24h",
  ("prometheus", 'sum by (namespace) (increase(kube_pod_container_status_restarts_total{region="ap-southeast-2"}[24h]))'))
H("kyle", "02-23 08:05", "weekend incidents?",
  ("incidents", 'from=2026-02-21T00:00:00-06:00 to=2026-02-23T00:00:00-06:00'))
H("pavla", "02-23 14:15", "The storefront, how many requests per second now compared with last Monday same time?",
  ("prometheus", 'sum(rate(gp_http_requests_total{service="storefront"}[5m]))'),
  ("prometheus", 'sum(rate(gp_http_requests_total{service="storefront"}[5m] offset 7d))'))
H("imogen", "02-23 17:25", "Would you be so kind as to list the traces slower than 3 seconds on the orders service this afternoon?",
  ("tempo", '{ resource.service.name = "order-api" && duration > 3s }'))
H("noa", "02-24 09:00", "Can you help me understand why we paged the commerce on-call three times last night?",
  ("alertmanager", 'team="commerce" from=2026-02-23T22:00:00+02:00 to=2026-02-24T06:00:00+02:00'),
  ("incidents", 'team="commerce" since=2026-02-23T22:00:00+02:00'))
H("farid", "02-24 13:45", '{namespace="print"} |= "ECONNRESET" | logfmt | service="press-router" -- count last 6h',
  ("loki", 'sum(count_over_time({namespace="print", service="press-router"} |= "ECONNRESET" [6h]))'))
H("ines", "02-24 09:15", "Report all deploys with status Degraded in ArgoCD since 2026-02-23T00:00Z.",
  ("argocd", 'health="Degraded" since=2026-02-23T00:00:00Z'))
H("yoan", "02-24 15:50", "cpu on use2-w-03 is it still pegged or wat",
  ("prometheus", '100 * (1 - avg(rate(node_cpu_seconds_total{instance="use2-w-03",mode="idle"}[5m])))'))
H("tama", "02-25 09:40", "paybridge 503s since 8",
  ("prometheus", 'sum(increase(gp_http_requests_total{service="pay-bridge",code="503"}[100m]))'))
H("kyle", "02-25 11:11", "top 5 routes by p95 the shop",
  ("prometheus", 'topk(5, histogram_quantile(0.95, sum by (le, route) (rate(gp_http_request_duration_seconds_bucket{service="storefront"}[5m]))))'))
H("pavla", "02-25 10:20", "Are there warnings in staging cluster today? We test new RIP version there.",
  ("alertmanager", 'severity="warning",cluster="gp-stg-euc1" since=2026-02-25T00:00:00+01:00'))
H("imogen", "02-26 09:00", "Good morning. Could you please confirm whether the OMS had any 5xx errors since midnight?",
  ("prometheus", 'sum(increase(gp_http_requests_total{service="order-api",code=~"5.."}[9h]))'))
H("noa", "02-26 11:30", "What's the trend of memory usage across production nodes over the past month? Are we going to need more capacity?",
  ("prometheus", 'avg by (cluster) (1 - node_memory_MemAvailable_bytes{env="prod"} / node_memory_MemTotal_bytes{env="prod"})'))
H("farid", "02-26 14:00", 'sum by (route) (rate(gp_http_requests_total{service="order-api",code=~"5.."}[5m])) -- which route is this',
  ("prometheus", 'sum by (route) (rate(gp_http_requests_total{service="order-api",code=~"5.."}[5m]))'))
H("ines", "02-26 13:00", "Provide the number of incidents of severity SEV2 opened between 2026-02-01T00:00Z and 2026-02-26T00:00Z.",
  ("incidents", 'severity="SEV2" from=2026-02-01T00:00:00Z to=2026-02-26T00:00:00Z'))
H("yoan", "02-27 12:25", "is finder ok?? search resuls r empty for me",
  ("prometheus", 'up{service="catalog-search"}'),
  ("prometheus", 'max(gp_search_index_lag_seconds{service="catalog-search"})'))
H("kyle", "02-27 15:30", "KubePodCrashLooping crit now?",
  ("alertmanager", 'alertname="KubePodCrashLooping",severity="critical",state="firing"'))
H("pavla", "03-02 09:35", "Please show the k8s events for the print namespace from the weekend, I saw many evictions.",
  ("kubernetes", 'namespace="print" from=2026-02-28T00:00:00+01:00 to=2026-03-02T00:00:00+01:00'))
H("imogen", "03-02 13:50", "Sorry to trouble you: what were the top three alert names for the web team over the past seven days?",
  ("alertmanager", 'team="web" since=2026-02-23T13:50:00+11:00 group_by=alertname topk=3'))
H("noa", "03-02 10:15", "Can we get a picture of how the print pipeline performed last week, from render to press, for the partner review?",
  ("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(gp_render_job_duration_seconds_bucket{service="raster-engine"}[5m])))'),
  ("prometheus", 'sum(increase(gp_press_jobs_failed_total{service="press-router"}[7d]))'))
H("farid", "03-03 10:50", 'topk(10, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="print"}[5m])))',
  ("prometheus", 'topk(10, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="print"}[5m])))'))
H("ines", "03-03 09:00", "Provide the write IOPS of host euc1-w-12 for the interval 2026-03-03T06:00Z to 2026-03-03T09:00Z.",
  ("prometheus", 'sum(rate(node_disk_writes_completed_total{instance="euc1-w-12"}[5m]))'))
H("yoan", "03-03 18:40", "paybridge deploy rollback happened or nah",
  ("argocd", 'app="pay-bridge" since=2026-03-03T00:00:00-05:00 operation="rollback"'))
H("tama", "03-04 08:15", "memory pressure alerts euc1 this week",
  ("alertmanager", 'alertname="NodeMemoryPressure",region="eu-central-1" since=2026-03-02T00:00:00+12:00'))
H("imogen", "03-04 15:30", "Could you kindly check whether the storefront's error rate is back to normal now? Thank you for all your help.",
  ("prometheus", 'sum(rate(gp_http_requests_total{service="storefront",code=~"5.."}[5m])) / sum(rate(gp_http_requests_total{service="storefront"}[5m]))'))


# ================================================================ PART 2: pairs
G = "paraphrase"
P(G, "hit", Q("kyle", "03-06 09:00", "crit alerts OMS 1h", "alerts", "count", "last:1h", own=OA, sev="critical"), 600,
  B("kyle", "+4m", "how many critical alerts for order-api in the past hour"), "same q, nickname vs canonical id")
P(G, "hit", Q("pavla", "03-06 10:15", "How many warnings has the renderer now?", "alerts", "count", "now", own=RE, sev="warning"), 300,
  B("pavla", "+2m", "Please, number of warning alerts firing for raster-engine currently."), "now re-asked 2 min later, alias")
P(G, "hit", Q("imogen", "03-06 09:30", "Could you kindly tell me the p95 latency of the storefront over the last 24 hours?", "m:latency", "trend", "last:24h", stat="p95", own=SF), 3600,
  B("imogen", "+20m", "Would you please show the shopfront's 95th percentile response time for the past day?"), "p95=95th percentile, past day=24h, alias")
P(G, "hit", Q("noa", "03-06 11:00", "How many incidents did the commerce team have this week?", "incidents", "count", "week", own=T_COM), 3600,
  B("noa", "+15m", "Could you count this week's incidents for commerce?"), "word order, same team")
P(G, "hit", Q("farid", "03-06 12:00", 'sum(rate(gp_http_requests_total{service="pay-bridge",code=~"5.."}[5m])) last 30m', "m:err_rate", "trend", "last:30m", own=PB, code="5xx"), 600,
  B("farid", "+3m", "paybridge 5xx rate, past half hour"), "PromQL vs prose, half hour=30m")
P(G, "hit", Q("ines", "03-06 08:00", "List all deploys to cluster gp-prod-euc1 between 06:00 and 08:00 UTC today.", "deploys", "list", "clock:06:00-08:00@UTC", loc=FRA), 1800,
  B("ines", "+10m", "Please enumerate deployments on gp-prod-euc1 from 06:00Z to 08:00Z today."), "same UTC window")
P(G, "hit", Q("yoan", "03-06 14:00", "is cashier up rn??", "m:up", "status", "now", own=PB), 120,
  B("yoan", "+1m", "pay-bridge healthy?"), "now, alias, 1 min later")
P(G, "hit", Q("tama", "03-07 08:00", "crashloops in print ns today", "k8s_events", "list", "today", own=N_PRINT, state="crashloop"), 1800,
  B("tama", "+5m", "any crashlooping pods in namespace print so far today"), "ns=namespace")
P(G, "hit", Q("kyle", "03-07 10:00", "disk pct euc1-w-07 6h", "m:disk_used", "trend", "last:6h", loc=W07), 900,
  B("kyle", "+10m", "euc1-w-07 disk usage last 6 hours"), "shorthand vs words")
P(G, "hit", Q("pavla", "03-09 09:20", "How many warnings had routr during the weekend?", "alerts", "count", "weekend", own=PR, sev="warning"), 3600,
  B("pavla", "+30m", "Count of warning alerts for press-router over weekend, please."), "weekend asked Monday, alias")
P(G, "hit", Q("imogen", "03-09 10:00", "Would you be so kind as to list the deploys of the asset store yesterday?", "deploys", "list", "yesterday", own=AS), 7200,
  B("imogen", "+1h", "Might I see yesterday's artwork-store deployments, please?"), "yesterday, alias vs id")
P(G, "hit", Q("noa", "03-09 09:00", "Which service had the most critical alerts over the last 7 days?", "alerts", "top", "last:7d", sev="critical"), 3600,
  B("noa", "+40m", "Top services by number of crit alerts, past week please."), "crit=critical, last week=7d")
P(G, "hit", Q("farid", "03-09 11:00", '{namespace="commerce", service="order-api"} |= "timeout" last 1h', "logs", "list", "last:1h", own=OA, grep="timeout"), 600,
  B("farid", "+5m", "ordersvc timeout log lines past hour"), "LogQL vs prose, old name")
P(G, "hit", Q("ines", "03-09 09:00", "Report the number of firing critical alerts in region us-east-2 at present.", "alerts", "count", "now", loc=US, sev="critical", state="firing"), 300,
  B("ines", "+3m", "State the count of critical alerts currently firing in us-east-2."), "now, word order")
P(G, "hit", Q("yoan", "03-09 15:00", "shopfront 404s last 2h??", "m:rps", "trend", "last:2h", own=SF, code="4xx/404"), 900,
  B("yoan", "+10m", "storefront 404 rate past 2 hrs pls"), "alias, typo-style")
P(G, "hit", Q("tama", "03-10 07:30", "critical alerts last night", "alerts", "list", "night", sev="critical"), 3600,
  B("tama", "+20m", "crit alerts overnight"), "last night=overnight")
P(G, "hit", Q("kyle", "03-10 08:00", "paybridge auth fail rate 6h", "m:auth_fail", "trend", "last:6h", own=PB), 900,
  B("kyle", "+8m", "cashier auth failure rate last 6h"), "two aliases, same service")
P(G, "hit", Q("pavla", "03-10 11:00", "Is the solr-sync still behind now?", "m:index_lag", "status", "now", own=CS), 180,
  B("pavla", "+2m", "catalog-search index lag at the moment?"), "old name vs id")
P(G, "hit", Q("imogen", "03-10 14:00", "Could you please show me the error logs of the printer router this afternoon?", "logs", "list", "afternoon", own=PR, level="error"), 1800,
  B("imogen", "+10m", "Might I kindly see press-router error logs since noon?"), "this afternoon vs since noon, alias")
P(G, "hit", Q("noa", "03-10 10:00", "Can you show me the trend of memory across production nodes over the past month?", "m:mem", "trend", "last:30d", loc=PROD), 86400,
  B("noa", "+2h", "I'd like the 30-day memory trend for prod nodes."), "last month=30d, prod=production")
P(G, "hit", Q("farid", "03-10 13:00", 'topk(5, sum by (instance) (rate(node_disk_io_time_seconds_total{cluster="gp-prod-euc1"}[5m]))) 1h', "m:disk_iops", "top", "last:1h", loc=FRA), 900,
  B("farid", "+5m", "top 5 busiest disks in gp-prod-euc1, last hour"), "PromQL vs prose")
P(G, "hit", Q("ines", "03-10 10:00", "Provide KubePodCrashLooping alerts for 2026-03-09 between 00:00Z and 12:00Z.", "alerts", "list", "clock:00:00-12:00@UTC~-1", alert="KubePodCrashLooping"), 86400,
  B("ines", "+1h", "List KubePodCrashLooping alerts from 2026-03-09T00:00Z to 2026-03-09T12:00Z."), "same absolute UTC window")
P(G, "hit", Q("yoan", "03-10 16:00", "did smbdy deploy OMS today", "deploys", "list", "today", own=OA), 1800,
  B("yoan", "+5m", "any order-api deploys so far today?"), "alias")
P(G, "hit", Q("tama", "03-11 09:00", "slowest traces cashier last hour", "traces", "top", "last:1h", own=PB), 600,
  B("tama", "+3m", "top slow traces pay-bridge past 60 min"), "alias, 60 min=1h")
P(G, "hit", Q("kyle", "03-11 12:00", "render queue depth now", "m:queue", "status", "now", own=RE), 120,
  B("kyle", "+1m", "the RIP queue rn"), "alias, now")
P(G, "hit", Q("pavla", "03-11 09:00", "Memory of order-api pods since yesterday 14:00, please.", "m:mem", "trend", "since:-1 14:00", own=OA), 1800,
  B("pavla", "+5m", "Please show OMS pod memory from 2pm yesterday."), "since 2pm yesterday, alias")
P(G, "hit", Q("imogen", "03-11 16:00", "Would you kindly list the OOMKilled pods in the commerce namespace yesterday?", "k8s_events", "list", "yesterday", own=N_COM, state="oomkilled"), 7200,
  B("imogen", "+30m", "Might I see yesterday's OOM kills in ns commerce, please?"), "ns=namespace")
P(G, "hit", Q("noa", "03-11 15:00", "How many print jobs failed at the press partners this month?", "m:press_fail", "count", "month", own=PR), 3600,
  B("noa", "+10m", "Can you count this month's failed press jobs for routr?"), "alias, this month")
P(G, "hit", Q("farid", "03-11 10:00", 'sum by (service) (rate({namespace="shop"} |= "level=error" [5m])) today', "logs", "count", "today", own=N_SHOP, level="error"), 1800,
  B("farid", "+5m", "error log rate per service in shop namespace since midnight"), "today=since midnight")
P(G, "hit", Q("ines", "03-11 12:00", "List incidents with status acknowledged opened since 2026-03-10T12:00Z.", "incidents", "list", "clock:12:00-13:00@UTC", state="acknowledged"), 1800,
  B("ines", "+2m", "Enumerate acked incidents from 12:00Z to 13:00Z today."), "acked=acknowledged; same window")
P(G, "hit", Q("yoan", "03-11 13:00", "image bucket 5xx last 30 min", "m:err_rate", "trend", "last:30m", own=AS, code="5xx"), 600,
  B("yoan", "+2m", "artvault errors past half hr"), "errors=5xx, two aliases")
P(G, "hit", Q("tama", "03-12 08:00", "pod restarts ap-southeast-2 24h", "m:restarts", "count", "last:24h", loc=AP), 3600,
  B("tama", "+15m", "restarts in apse2 region last day"), "past day=24h")
P(G, "hit", Q("kyle", "03-12 09:00", "top 5 routes p95 the shop 3h", "m:latency", "top", "last:3h", stat="p95", own=SF), 900,
  B("kyle", "+5m", "storefront slowest 5 routes by 95th pct, 3h"), "alias, p95")
P(G, "hit", Q("pavla", "03-12 10:00", "Are there warnings in the staging cluster today?", "alerts", "list", "today", loc=SFRA, sev="warning"), 1800,
  B("pavla", "+5m", "Please list warn alerts in gp-stg-euc1 today."), "warn=warning, cluster name")
P(G, "hit", Q("imogen", "03-12 12:00", "Could you confirm whether OMS had any 5xx errors since midnight?", "m:err_count", "count", "today", own=OA, code="5xx"), 900,
  B("imogen", "+5m", "May I ask how many errors order-api returned today?"), "errors=5xx, since midnight=today")
P(G, "hit", Q("noa", "03-12 11:00", "How did the platform team's deploys to prod go last week?", "deploys", "list", "last:7d", own=T_PL, loc=PROD), 3600,
  B("noa", "+20m", "Summarise platform deploys to production over the past 7 days."), "prod=production")
P(G, "hit", Q("farid", "03-12 14:00", 'sum(count_over_time({namespace="print", service="press-router"} |= "ECONNRESET" [6h]))', "logs", "count", "last:6h", own=PR, grep="ECONNRESET"), 900,
  B("farid", "+5m", "count ECONNRESET in printer router logs 6h"), "LogQL vs prose, alias")
P(G, "hit", Q("ines", "03-12 10:00", "Report ArgoCD applications in Degraded health since 2026-03-12T00:00Z.", "deploys", "list", "clock:00:00-11:00@UTC", state="degraded"), 1800,
  B("ines", "+5m", "List Degraded ArgoCD apps from 00:00Z until 11:00Z today."), "same window")
P(G, "hit", Q("yoan", "03-12 17:00", "cpu use2-w-03 still pegged?", "m:cpu", "status", "now", loc=U03), 300,
  B("yoan", "+2m", "whats cpu on use2-w-03 rn"), "now")
P(G, "hit", Q("tama", "03-13 09:30", "paybridge 503s since 8", "m:err_count", "count", "since:08:00", own=PB, code="5xx/503"), 600,
  B("tama", "+3m", "pay-bridge 503 count since 08:00"), "alias")
P(G, "hit", Q("kyle", "03-13 10:00", "KubePodCrashLooping crit now", "alerts", "list", "now", alert="KubePodCrashLooping", sev="critical"), 300,
  B("kyle", "+2m", "critical crashloop alerts firing atm"), "atm=now")
P(G, "hit", Q("pavla", "03-13 09:00", "Show the k8s events for print namespace this morning.", "k8s_events", "list", "morning", own=N_PRINT), 900,
  B("pavla", "+5m", "Please kubernetes events in ns print since 6."), "this morning vs since 6am")
P(G, "hit", Q("imogen", "03-13 09:30", "Would you mind listing the top three alert names for the web team over the past seven days?", "alerts", "top", "last:7d", own=T_WEB), 3600,
  B("imogen", "+30m", "Could you kindly show the web team's three most frequent alerts this past week?"), "politeness, past week=7d")
P(G, "hit", Q("noa", "03-13 10:00", "Give me a status of production: any critical alerts firing right now?", "alerts", "list", "now", loc=PROD, sev="critical", state="firing"), 300,
  B("noa", "+3m", "Are there critical alerts currently firing in prod?"), "prod=production")
P(G, "hit", Q("farid", "03-13 11:00", 'topk(10, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="print"}[5m]))) 1h', "m:cpu", "top", "last:1h", own=N_PRINT), 600,
  B("farid", "+5m", "top 10 cpu pods in print namespace past hour"), "PromQL vs prose")
P(G, "hit", Q("ines", "03-13 09:00", "Provide write IOPS for host euc1-w-12 from 06:00Z to 09:00Z today.", "m:disk_write", "trend", "clock:06:00-09:00@UTC", loc=W12), 3600,
  B("ines", "+10m", "Report disk write operations per second, euc1-w-12, 06:00-09:00 UTC."), "same window")
P(G, "hit", Q("yoan", "03-13 18:00", "paybridge rollback today or nah", "deploys", "list", "today", own=PB, state="rollback"), 1800,
  B("yoan", "+5m", "cashier got rolled back today?"), "alias")
P(G, "hit", Q("tama", "03-14 08:00", "memory pressure alerts euc1 this week", "alerts", "list", "week", alert="NodeMemoryPressure", loc=EU), 1800,
  B("tama", "+10m", "NodeMemoryPressure eu-central-1 since monday"), "since Monday=this week")
P(G, "hit", Q("kyle", "03-14 10:00", "finder 503 rate 1h", "m:err_rate", "trend", "last:1h", own=CS, code="5xx/503"), 600,
  B("kyle", "+5m", "catalog-search 503s per sec last 60m"), "alias")
P(G, "hit", Q("imogen", "03-14 11:00", "Might I see the slowest traces on the orders service over the past two hours?", "traces", "top", "last:2h", own=OA), 900,
  B("imogen", "+5m", "Could you kindly list the slowest order-api traces for the last 2 hours?"), "description vs id")
# --- stale answers and rolling re-asks (partial / miss)
P(G, "partial", Q("kyle", "03-16 08:00", "crit alerts yesterday", "alerts", "count", "yesterday", sev="critical"), 3600,
  B("kyle", "+5h", "how many critical alerts yesterday"), "same q, answer stale (5h > 1h TTL)")
P(G, "partial", Q("pavla", "03-16 09:00", "How many deploys had OMS last week?", "deploys", "count", "last:7d", own=OA), 1800,
  B("pavla", "+3h", "Count order-api deploys in last 7 days please."), "same q, stale")
P(G, "partial", Q("imogen", "03-16 10:00", "Could you please list the RenderQueueBacklog alerts so far today?", "alerts", "list", "today", alert="RenderQueueBacklog"), 900,
  B("imogen", "+4h", "Might I see today's RenderQueueBacklog alerts, please?"), "today grew 10h->14h, stale")
P(G, "partial", Q("noa", "03-16 11:00", "How many incidents did we open this month?", "incidents", "count", "month"), 3600,
  B("noa", "+2d", "What's the incident count for this month so far?"), "stale by 2 days")
P(G, "partial", Q("farid", "03-16 12:00", 'sum(rate(gp_http_requests_total{service="storefront"}[5m])) today', "m:rps", "trend", "today", own=SF), 600,
  B("farid", "+6h", "shop request rate since midnight"), "today extended 12h->18h, stale")
P(G, "partial", Q("ines", "03-16 09:00", "Provide the count of NodeCPUHigh alerts on 2026-03-15 (UTC day).", "alerts", "count", "clock:00:00-23:59@UTC=03-15", alert="NodeCPUHigh"), 3600,
  B("ines", "+1d", "Report NodeCPUHigh alert count for 2026-03-15 00:00Z-23:59Z."), "same window, answer older than TTL")
P(G, "partial", Q("yoan", "03-16 13:00", "OMS p99 last 24h", "m:latency", "trend", "last:24h", stat="p99", own=OA), 1800,
  B("yoan", "+3h", "order-api 99th pct latency past day"), "stale; 3h shift within 15% tolerance")
P(G, "partial", Q("tama", "03-17 07:00", "k8s warnings assets ns last week", "k8s_events", "list", "last:7d", own=N_ASSETS, level="warning"), 3600,
  B("tama", "+10h", "warning events namespace assets 7d"), "stale")
P(G, "partial", Q("kyle", "03-17 09:00", "shop 5xx since 6", "m:err_count", "count", "since:06:00", own=SF, code="5xx"), 1800,
  B("kyle", "+1h20m", "storefront errors since 06:00"), "3h vs 4h20 range, ends differ beyond tolerance")
P(G, "partial", Q("pavla", "03-17 10:00", "Please the deploys of print-prep this week.", "deploys", "list", "week", own=RE), 900,
  B("pavla", "+2d", "raster-engine deploys since Monday?"), "stale, range grew")
P(G, "partial", Q("imogen", "03-17 12:00", "Would you kindly show the artwork store's disk usage over the past 24 hours?", "m:disk_used", "trend", "last:24h", own=AS), 900,
  B("imogen", "+2h", "Could I please see artvault disk usage for the last day?"), "stale (2h > 15 min TTL), range within tolerance")
P(G, "partial", Q("noa", "03-17 09:00", "How many SEV2 incidents did we have since March 1?", "incidents", "count", "since:03-01", state="sev2"), 3600,
  B("noa", "+3d", "SEV2 count since the 1st of March?"), "stale, range grew 16d->19d")
P(G, "partial", Q("farid", "03-17 11:00", 'histogram_quantile(0.95, ... {service="raster-engine"}) 12h', "m:render_time", "trend", "last:12h", stat="p95", own=RE), 600,
  B("farid", "+1h", "the RIP p95 render time last 12h"), "stale (1h > 10 min TTL)")
P(G, "partial", Q("tama", "03-18 08:00", "is the shop up", "m:up", "status", "now", own=SF), 900,
  B("tama", "+10m", "storefront up?"), "now re-asked fresh, no overlap -> partial by rule 3 exception")
P(G, "partial", Q("kyle", "03-18 09:00", "OMS 5xx last 15m", "m:err_rate", "trend", "last:15m", own=OA, code="5xx"), 1800,
  B("kyle", "+14m", "order-api errors past 15 min"), "rolling re-ask while fresh, low overlap")
P(G, "partial", Q("ines", "03-18 09:00", "Report the number of firing alerts at present for cluster gp-prod-use2.", "alerts", "count", "now", loc=OHI, state="firing"), 1200,
  B("ines", "+9m", "State how many alerts are currently firing in gp-prod-use2."), "now re-asked within TTL, no overlap")
P(G, "miss", Q("yoan", "03-18 14:00", "is cashier up??", "m:up", "status", "now", own=PB), 120,
  B("yoan", "+40m", "pay-bridge healthy rn?"), "now re-asked after TTL: no overlap")
P(G, "miss", Q("pavla", "03-18 09:00", "How many warnings has routr in the last 30 minutes?", "alerts", "count", "last:30m", own=PR, sev="warning"), 600,
  B("pavla", "+3h", "Number of warning alerts for press-router, last 30 min?"), "rolling re-ask hours later, no overlap")
P(G, "miss", Q("noa", "03-18 10:00", "Were there any deploys of the orders service this morning?", "deploys", "list", "morning", own=OA), 1800,
  B("noa", "+1d", "Any OMS deploys this morning?"), "this morning of a different day")
P(G, "miss", Q("farid", "03-18 10:00", 'sum(rate(gp_http_requests_total{service="catalog-search",code="503"}[5m])) 1h', "m:err_rate", "trend", "last:1h", own=CS, code="5xx/503"), 600,
  B("farid", "+1d", "finder 503 rate last hour"), "same rolling q, next day")

G = "near"
P(G, "miss", Q("kyle", "03-19 09:00", "crit alerts OMS 1h", "alerts", "count", "last:1h", own=OA, sev="critical"), 600,
  B("kyle", "+3m", "warn alerts OMS 1h", sev="warning"), "critical vs warning")
P(G, "miss", Q("pavla", "03-19 10:00", "How many critical alerts has cashier today?", "alerts", "count", "today", own=PB, sev="critical"), 900,
  B("pavla", "+3m", "How many critical alerts has OMS today?", own=OA), "pay-bridge vs order-api (siblings)")
P(G, "miss", Q("imogen", "03-19 11:00", "Could you kindly show the 503s from the storefront over the last hour?", "m:err_count", "count", "last:1h", own=SF, code="5xx/503"), 600,
  B("imogen", "+4m", "Could you kindly show the 500s from the storefront over the last hour?", code="5xx/500"), "503 vs 500")
P(G, "miss", Q("noa", "03-19 12:00", "How many critical alerts fired in us-east-2 this week?", "alerts", "count", "week", loc=US, sev="critical"), 3600,
  B("noa", "+5m", "How many critical alerts fired in eu-central-1 this week?", loc=EU), "region siblings")
P(G, "miss", Q("farid", "03-19 13:00", 'sum(rate(container_cpu_usage_seconds_total{namespace="print"}[5m])) 1h', "m:cpu", "trend", "last:1h", own=N_PRINT), 600,
  B("farid", "+3m", 'sum(container_memory_working_set_bytes{namespace="print"}) 1h', subj="m:mem"), "cpu vs memory")
P(G, "miss", Q("ines", "03-19 09:00", "Report disk read IOPS of host euc1-w-07 for the last 2 hours.", "m:disk_iops", "trend", "last:2h", loc=W07), 900,
  B("ines", "+5m", "Report disk read latency of host euc1-w-07 for the last 2 hours.", subj="m:disk_lat"), "IOPS vs latency")
P(G, "miss", Q("yoan", "03-19 15:00", "OMS latency p95 30m", "m:latency", "trend", "last:30m", stat="p95", own=OA), 600,
  B("yoan", "+2m", "OMS error rate 30m", subj="m:err_rate", stat=None, code="5xx"), "latency vs error rate")
P(G, "miss", Q("tama", "03-20 08:00", "non-critical alerts today", "alerts", "list", "today", sev="!critical"), 900,
  B("tama", "+3m", "critical alerts today", sev="critical"), "negation vs positive")
P(G, "miss", Q("kyle", "03-20 09:00", "pods NOT ready commerce now", "k8s_pods", "list", "now", own=N_COM, state="!ready"), 300,
  B("kyle", "+1m", "pods ready commerce now", state="ready"), "NOT ready vs ready")
P(G, "miss", Q("pavla", "03-20 10:00", "Alerts outside prod today, please.", "alerts", "list", "today", loc="!prod"), 900,
  B("pavla", "+5m", "Alerts in prod today, please.", loc=PROD), "outside prod vs prod")
P(G, "miss", Q("imogen", "03-20 11:00", "Might I see which nodes had CPU above 85% in the last 6 hours?", "m:cpu", "list", "last:6h", thr="above:85"), 900,
  B("imogen", "+5m", "Might I see which nodes had CPU below 85% in the last 6 hours?", thr="!above:85"), "above vs below threshold")
P(G, "miss", Q("noa", "03-20 12:00", "How many deploys did order-api have this week?", "deploys", "count", "week", own=OA), 1800,
  B("noa", "+10m", "How many incidents did order-api have this week?", subj="incidents"), "deploys vs incidents")
P(G, "miss", Q("farid", "03-20 13:00", '{namespace="commerce", service="order-api"} |= "timeout" 1h', "logs", "list", "last:1h", own=OA, grep="timeout"), 600,
  B("farid", "+2m", 'traces with "timeout" for order-api 1h', subj="traces"), "logs vs traces")
P(G, "miss", Q("ines", "03-20 09:00", "List alerts with state acknowledged for the last 24 hours.", "alerts", "list", "last:24h", state="acknowledged"), 1800,
  B("ines", "+5m", "List alerts with state unacknowledged for the last 24 hours.", state="!acknowledged"), "acked vs not acked")
P(G, "miss", Q("yoan", "03-20 16:00", "disk reads euc1-w-12 2h", "m:disk_read", "trend", "last:2h", loc=W12), 600,
  B("yoan", "+2m", "disk writes euc1-w-12 2h", subj="m:disk_write"), "read vs write")
P(G, "miss", Q("tama", "03-21 09:00", "routr warnings 24h", "alerts", "count", "last:24h", own=PR, sev="warning"), 1800,
  B("tama", "+3m", "the RIP warnings 24h", own=RE), "press-router vs raster-engine")
P(G, "miss", Q("kyle", "03-21 10:00", "shop 404s 1h", "m:err_count", "count", "last:1h", own=SF, code="4xx/404"), 600,
  B("kyle", "+2m", "shop 5xx 1h", code="5xx"), "404 vs 5xx")
P(G, "miss", Q("pavla", "03-21 11:00", "Incidents excluding the commerce team this month?", "incidents", "list", "month", own="!" + T_COM), 3600,
  B("pavla", "+5m", "Incidents of the commerce team this month?", own=T_COM), "excluding X vs X")
P(G, "miss", Q("imogen", "03-21 12:00", "Could you please show the production OMS logs with 'payment declined' for the past hour?", "logs", "list", "last:1h", own=OA, grep="payment declined", loc=PROD), 600,
  B("imogen", "+3m", "Could you please show OMS logs with 'payment declined' for the past hour, but in staging?", loc=STG), "prod vs staging")
P(G, "miss", Q("noa", "03-21 13:00", "Were there deploys to gp-prod-euc1 today?", "deploys", "list", "today", loc=FRA), 1800,
  B("noa", "+5m", "Were there deploys to gp-prod-use2 today?", loc=OHI), "cluster siblings")
P(G, "miss", Q("farid", "03-21 14:00", 'sum(rate(gp_http_requests_total{service="pay-bridge",code="502"}[5m])) 30m', "m:err_rate", "trend", "last:30m", own=PB, code="5xx/502"), 600,
  B("farid", "+2m", 'same but code="504"', code="5xx/504"), "502 vs 504")
P(G, "miss", Q("ines", "03-21 09:00", "Report NodeCPUHigh alerts in the last 24 hours.", "alerts", "list", "last:24h", alert="NodeCPUHigh"), 1800,
  B("ines", "+5m", "Report NodeMemoryPressure alerts in the last 24 hours.", alert="NodeMemoryPressure"), "alertname siblings")
P(G, "miss", Q("yoan", "03-21 17:00", "finder lag rn", "m:index_lag", "status", "now", own=CS), 300,
  B("yoan", "+1m", "finder cpu rn", subj="m:cpu"), "index lag vs cpu")
P(G, "miss", Q("tama", "03-22 09:00", "firing alerts platform team now", "alerts", "list", "now", own=T_PL, state="firing"), 300,
  B("tama", "+1m", "resolved alerts platform team now", state="resolved"), "firing vs resolved")
P(G, "miss", Q("kyle", "03-22 10:00", "GET /api/orders p95 1h", "m:latency", "trend", "last:1h", stat="p95", own=OA, ep="/api/orders"), 600,
  B("kyle", "+2m", "GET /api/carts p95 1h", ep="/api/carts"), "endpoint siblings")
P(G, "miss", Q("pavla", "03-22 11:00", "How many k8s events for artvault today?", "k8s_events", "count", "today", own=AS), 900,
  B("pavla", "+3m", "How many alerts for artvault today?", subj="alerts"), "k8s events vs alerts")
P(G, "miss", Q("imogen", "03-22 12:00", "May I see the restarts of pods on euc1-w-07 today?", "m:restarts", "count", "today", loc=W07), 900,
  B("imogen", "+3m", "May I see the restarts of pods on euc1-w-12 today?", loc=W12), "host siblings")
P(G, "miss", Q("noa", "03-22 13:00", "Which incidents are still open for commerce?", "incidents", "list", "now", own=T_COM, state="!resolved"), 600,
  B("noa", "+3m", "Which incidents were resolved for commerce?", state="resolved"), "open(not resolved) vs resolved")
P(G, "miss", Q("farid", "03-22 14:00", 'sum(rate(gp_http_requests_total{service="storefront",region="us-east-2"}[5m])) 1h', "m:rps", "trend", "last:1h", own=SF, loc=US), 600,
  B("farid", "+2m", "same for ap-southeast-2", loc=AP), "region siblings")
P(G, "miss", Q("ines", "03-22 09:00", "Enumerate critical incidents opened in the last 7 days.", "incidents", "list", "last:7d", sev="critical"), 3600,
  B("ines", "+5m", "Enumerate non-critical incidents opened in the last 7 days.", sev="!critical"), "non-critical")
# --- nested filters, other statistic, other intent (partial)
P(G, "partial", Q("kyle", "03-23 09:00", "all alerts OMS 1h", "alerts", "count", "last:1h", own=OA), 600,
  B("kyle", "+3m", "crit alerts OMS 1h", sev="critical"), "all > critical")
P(G, "partial", Q("pavla", "03-23 10:00", "5xx of the storefront last hour please.", "m:err_count", "count", "last:1h", own=SF, code="5xx"), 600,
  B("pavla", "+3m", "503 of the storefront last hour please.", code="5xx/503"), "5xx > 503")
P(G, "partial", Q("imogen", "03-23 11:00", "Could you kindly show the p50 latency of OMS over the last 3 hours?", "m:latency", "trend", "last:3h", stat="p50", own=OA), 900,
  B("imogen", "+5m", "Could you kindly show the p99 latency of OMS over the last 3 hours?", stat="p99"), "p50 vs p99")
P(G, "partial", Q("noa", "03-23 12:00", "How many critical alerts did we get this week?", "alerts", "count", "week", sev="critical"), 3600,
  B("noa", "+5m", "Which critical alerts did we get this week? List them.", intent="list"), "count vs list")
P(G, "partial", Q("farid", "03-23 13:00", 'sum(rate(container_cpu_usage_seconds_total{namespace="commerce"}[5m])) 1h', "m:cpu", "trend", "last:1h", own=N_COM), 600,
  B("farid", "+2m", "pay-bridge container cpu 1h", own=PB), "namespace > service")
P(G, "partial", Q("ines", "03-23 09:00", "Report alerts in prod for the last 6 hours.", "alerts", "list", "last:6h", loc=PROD), 900,
  B("ines", "+5m", "Report alerts in eu-central-1 prod for the last 6 hours.", loc=EU), "prod > prod-eu")
P(G, "partial", Q("yoan", "03-23 15:00", "OMS avg latency 1h", "m:latency", "trend", "last:1h", stat="avg", own=OA), 600,
  B("yoan", "+2m", "OMS max latency 1h", stat="max"), "avg vs max")
P(G, "partial", Q("tama", "03-24 08:00", "deploys today", "deploys", "list", "today"), 900,
  B("tama", "+2m", "deploys today paybridge", own=PB), "all > one service")
P(G, "partial", Q("kyle", "03-24 09:00", "top alertnames 24h", "alerts", "top", "last:24h"), 900,
  B("kyle", "+2m", "alert count 24h", intent="count"), "top vs count")
P(G, "partial", Q("pavla", "03-24 10:00", "Trend of render queue since morning?", "m:queue", "trend", "morning", own=RE), 900,
  B("pavla", "+3m", "Max of render queue this morning?", stat="max"), "trend vs other statistic")
P(G, "partial", Q("imogen", "03-24 11:00", "Might I see the critical alerts for the web team today?", "alerts", "list", "today", own=T_WEB, sev="critical"), 900,
  B("imogen", "+3m", "Might I see the critical alerts for the shopfront today?", own=SF), "team > service")
P(G, "partial", Q("noa", "03-24 12:00", "What is the error rate of the orders service compared to last week?", "m:err_rate", "compare", "last:7d", own=OA, code="5xx"), 3600,
  B("noa", "+5m", "What is the error rate trend of OMS over the last week?", intent="trend"), "compare vs trend")
P(G, "partial", Q("farid", "03-24 13:00", '{namespace="print"} | json | level="error" 2h', "logs", "list", "last:2h", own=N_PRINT, level="error"), 600,
  B("farid", "+2m", "{namespace=\"print\", service=\"press-router\"} | json | level=\"error\" 2h", own=PR), "namespace > service")
P(G, "partial", Q("ines", "03-24 09:00", "Provide the number of pod restarts in gp-prod-euc1 over the last 12 hours.", "m:restarts", "count", "last:12h", loc=FRA), 1800,
  B("ines", "+5m", "Provide the number of pod restarts on host euc1-gpu-02 over the last 12 hours.", loc=GPU2), "cluster > host")
P(G, "partial", Q("yoan", "03-24 16:00", "incidents this wk", "incidents", "count", "week"), 1800,
  B("yoan", "+3m", "incidents this wk acked ones", state="acknowledged"), "all > acknowledged")
P(G, "partial", Q("tama", "03-25 08:00", "4xx shop 6h", "m:err_count", "count", "last:6h", own=SF, code="4xx"), 900,
  B("tama", "+2m", "404 shop 6h", code="4xx/404"), "4xx > 404")
P(G, "partial", Q("kyle", "03-25 09:00", "paybridge p95 3h", "m:latency", "trend", "last:3h", stat="p95", own=PB), 900,
  B("kyle", "+3m", "paybridge p50 3h", stat="p50"), "p95 vs p50")
P(G, "partial", Q("pavla", "03-25 10:00", "Is the renderer queue growing now?", "m:queue", "trend", "last:1h", own=RE), 600,
  B("pavla", "+3m", "How big is the renderer queue in the last hour, maximum?", stat="max"), "trend vs max")
P(G, "partial", Q("imogen", "03-25 11:00", "Could you please list the deploys to production this week?", "deploys", "list", "week", loc=PROD), 1800,
  B("imogen", "+5m", "Could you please count the deploys to production this week?", intent="count"), "list vs count")
P(G, "partial", Q("noa", "03-25 12:00", "Which services are triggering alerts in commerce this week?", "alerts", "top", "week", own=T_COM), 3600,
  B("noa", "+5m", "How many alerts did the commerce team get this week?", intent="count"), "top vs count")
P(G, "partial", Q("farid", "03-25 13:00", 'topk(5, sum by (route) (rate(gp_http_requests_total{service="storefront",code=~"5.."}[5m]))) 1h', "m:err_rate", "top", "last:1h", own=SF, code="5xx"), 600,
  B("farid", "+2m", 'sum(rate(gp_http_requests_total{service="storefront",code=~"5..",route="/checkout"}[5m])) 1h', intent="trend", ep="/checkout"), "top vs one endpoint: nested + other intent")
P(G, "partial", Q("ines", "03-25 09:00", "Report k8s warning events cluster-wide in gp-prod-use2 for the last 6 hours.", "k8s_events", "list", "last:6h", loc=OHI, level="warning"), 900,
  B("ines", "+5m", "Report k8s warning events in namespace commerce of gp-prod-use2 for the last 6 hours.", own=N_COM), "cluster-wide > namespace")
P(G, "partial", Q("yoan", "03-25 17:00", "cashier 5xx 2h", "m:err_count", "count", "last:2h", own=PB, code="5xx"), 600,
  B("yoan", "+2m", "cashier 5xx trend 2h", intent="trend"), "count vs trend")
P(G, "partial", Q("tama", "03-26 09:00", "alerts web team 24h", "alerts", "count", "last:24h", own=T_WEB), 900,
  B("tama", "+2m", "alerts finder 24h", own=CS), "team > service")
P(G, "partial", Q("kyle", "03-26 10:00", "incidents 7d", "incidents", "list", "last:7d"), 1800,
  B("kyle", "+2m", "incidents 7d commerce", own=T_COM), "all > team")
P(G, "partial", Q("pavla", "03-26 11:00", "The storefront requests per second in last 2 hours?", "m:rps", "trend", "last:2h", own=SF), 600,
  B("pavla", "+2m", "The storefront requests per second in last 2 hours, only /checkout?", ep="/checkout"), "all endpoints > one")
P(G, "partial", Q("imogen", "03-26 12:00", "May I see the p95 render time for the RIP over the last day?", "m:render_time", "trend", "last:24h", stat="p95", own=RE), 1800,
  B("imogen", "+5m", "May I see the average render time for the RIP over the last day?", stat="avg"), "p95 vs avg")
P(G, "partial", Q("noa", "03-26 13:00", "How are we doing on incidents this month?", "incidents", "trend", "month"), 3600,
  B("noa", "+5m", "Can you list this month's incidents?", intent="list"), "trend vs list")
P(G, "partial", Q("farid", "03-26 14:00", 'sum by (namespace) (increase(kube_pod_container_status_restarts_total[24h]))', "m:restarts", "count", "last:24h"), 900,
  B("farid", "+2m", 'increase(kube_pod_container_status_restarts_total{namespace="assets"}[24h])', own=N_ASSETS), "all > namespace")
P(G, "partial", Q("ines", "03-26 09:00", "State the number of critical alerts in eu-central-1 for the last 3 hours.", "alerts", "count", "last:3h", loc=EU, sev="critical"), 900,
  B("ines", "+5m", "State the number of critical alerts in gp-prod-euc1 for the last 3 hours.", loc=FRA), "region > cluster")
P(G, "partial", Q("yoan", "03-26 15:00", "traces OMS slow 1h", "traces", "top", "last:1h", own=OA), 600,
  B("yoan", "+2m", "traces OMS /api/orders slow 1h", ep="/api/orders"), "all endpoints > one")
# --- near, same substance (hit) and one-token flips that keep meaning
P(G, "hit", Q("tama", "03-27 09:00", "crit alerts prod 1h", "alerts", "count", "last:1h", loc=PROD, sev="critical"), 600,
  B("tama", "+2m", "critical alerts production 1h"), "crit=critical, prod=production")
P(G, "hit", Q("kyle", "03-27 10:00", "warn alerts stg now", "alerts", "list", "now", loc=STG, sev="warning"), 300,
  B("kyle", "+2m", "warning alerts staging now"), "warn=warning, stg=staging")
P(G, "hit", Q("pavla", "03-27 11:00", "Acked incidents today, please.", "incidents", "list", "today", state="acknowledged"), 900,
  B("pavla", "+3m", "Acknowledged incidents today please."), "acked=acknowledged")
P(G, "hit", Q("imogen", "03-27 12:00", "Could you show the errors of the image bucket in the last 2 hours?", "m:err_count", "count", "last:2h", own=AS, code="5xx"), 600,
  B("imogen", "+3m", "Could you show the 5xx of artwork-store in the last 2 hours?"), "errors=5xx")
P(G, "hit", Q("noa", "03-27 12:00", "How many incidents were opened for the print-ops team over the last 30 days?", "incidents", "count", "last:30d", own=T_PO), 86400,
  B("noa", "+1h", "Number of incidents print-ops opened in the past month?"), "last month=30d")
P(G, "hit", Q("farid", "03-27 13:00", 'histogram_quantile(0.95, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="catalog-search"}[5m]))) 6h', "m:latency", "trend", "last:6h", stat="p95", own=CS), 900,
  B("farid", "+3m", "finder 95th percentile latency last 6h"), "p95=95th percentile")
P(G, "miss", Q("yoan", "03-27 16:00", "OMS p99 vs paybridge p99 1h", "m:latency", "compare", "last:1h", stat="p99", own=OA), 600,
  B("yoan", "+2m", "cashier p99 1h", intent="trend", own=PB), "other service (sibling) beats other intent")
P(G, "partial", Q("tama", "03-28 09:00", "memory euc1 nodes 12h", "m:mem", "trend", "last:12h", loc=EU), 900,
  B("tama", "+2m", "memory euc1-w-07 12h", loc=W07), "region > host")
P(G, "miss", Q("kyle", "03-28 10:00", "pod mem assets ns 1h", "m:mem", "trend", "last:1h", own=N_ASSETS), 600,
  B("kyle", "+1m", "pod mem excl assets ns 1h", own="!" + N_ASSETS), "excluding X vs X")

G = "time"
# --- DST change days in the asker's zone
P(G, "hit", Q("kyle", "03-08 09:00", "alerts since midnight", "alerts", "count", "today"), 900,
  B("kyle", "+3m", "alerts last 8h", rng="last:8h"), "DST day Winnipeg: since midnight is only 8h")
P(G, "hit", Q("kyle", "03-08 07:00", "k8s events overnight", "k8s_events", "list", "night"), 1800,
  B("kyle", "+5m", "k8s events 22:00-06:00", rng="clock:22:00-06:00"), "DST night Winnipeg, 7h real")
P(G, "partial", Q("yoan", "03-08 10:00", "alerts yesterday", "alerts", "count", "yesterday"), 3600,
  B("yoan", "+5m", "alerts last 24h", rng="last:24h"), "DST day Havana; ranges 9h apart")
P(G, "partial", Q("yoan", "03-08 01:30", "OMS errors since midnite", "m:err_count", "count", "today", own=OA, code="5xx"), 600,
  B("yoan", "+2m", "OMS errors last 90 min", rng="last:90m"), "DST Havana: midnight skipped, today=30m")
P(G, "hit", Q("kyle", "03-08 12:00", "deploys this morning", "deploys", "list", "morning"), 1800,
  B("kyle", "+5m", "deploys since 6am", rng="since:06:00"), "DST day Winnipeg, morning")
P(G, "hit", Q("kyle", "03-08 15:00", "crit alerts this aft", "alerts", "list", "afternoon", sev="critical"), 900,
  B("kyle", "+3m", "crit alerts since noon", rng="since:12:00"), "DST day Winnipeg, afternoon")
P(G, "hit", Q("noa", "03-27 08:00", "How many incidents since midnight?", "incidents", "count", "today"), 1800,
  B("noa", "+5m", "Incidents over the last 7 hours, how many?", rng="last:7h"), "DST day Jerusalem: since midnight = 7h")
P(G, "hit", Q("noa", "03-27 10:00", "Did we page anyone overnight?", "alerts", "list", "night", sev="critical"), 3600,
  B("noa", "+10m", "Were there critical pages between 10pm and 6am?", rng="clock:22:00-06:00"), "DST night Jerusalem")
P(G, "partial", Q("noa", "03-27 14:00", "What deploys happened today?", "deploys", "list", "today"), 1800,
  B("noa", "+3h", "Which deploys went out today?"), "DST day Jerusalem, stale and grown")
P(G, "hit", Q("pavla", "03-29 09:00", "The alerts since midnight please.", "alerts", "list", "today"), 900,
  B("pavla", "+3m", "Alerts of the last 8 hours please.", rng="last:8h"), "DST day Prague: since midnight = 8h")
P(G, "partial", Q("pavla", "03-29 03:30", "What happened between 01:00 and 03:00 in the routr logs?", "logs", "list", "clock:01:00-03:00", own=PR), 900,
  B("pavla", "+3m", "routr logs of last 2 hours?", rng="last:2h"), "DST Prague: 01-03 is 1h real")
P(G, "hit", Q("pavla", "03-29 12:00", "Deploys this morning?", "deploys", "list", "morning"), 1800,
  B("pavla", "+5m", "Deploys from 06:00 to 12:00?", rng="clock:06:00-12:00"), "DST day Prague")
P(G, "hit", Q("ines", "03-29 06:00", "Report alerts since local midnight.", "alerts", "list", "today"), 1800,
  B("ines", "+5m", "Report alerts from 01:00Z to 06:00Z today.", rng="clock:01:00-06:00@UTC"), "DST Azores: local midnight = 01:00Z")
P(G, "hit", Q("ines", "03-29 10:00", "Provide today's count of critical alerts.", "alerts", "count", "today", sev="critical"), 1800,
  B("ines", "+5m", "Provide the count of critical alerts from 00:00Z to 10:00Z.", rng="clock:00:00-10:00@UTC"), "DST Azores: today 9h vs 10h, within 15%")
P(G, "hit", Q("imogen", "04-05 09:00", "Might I see the alerts since midnight?", "alerts", "list", "today"), 900,
  B("imogen", "+3m", "Could you show the alerts of the last 9 hours?", rng="last:9h"), "DST end Lord Howe: since midnight = 9.5h")
P(G, "partial", Q("imogen", "04-05 01:45#2", "Would you kindly list the deploys since 1am?", "deploys", "list", "since:01:00"), 900,
  B("imogen", "+3m", "Could I see the deploys of the last 45 minutes?", rng="last:45m"), "DST Lord Howe: 01:30-02:00 repeated, since 1am = 75m")
P(G, "hit", Q("tama", "04-05 08:00", "alerts today", "alerts", "count", "today"), 900,
  B("tama", "+3m", "alerts last 9h", rng="last:9h"), "DST end Norfolk: today = 9h")
P(G, "hit", Q("tama", "04-05 09:00", "crit alerts overnight", "alerts", "list", "night", sev="critical"), 3600,
  B("tama", "+5m", "crit alerts 22:00-06:00", rng="clock:22:00-06:00"), "DST night Norfolk, 9h real")
P(G, "hit", Q("tama", "04-05 02:30#2", "restarts since midnight", "m:restarts", "count", "today"), 600,
  B("tama", "+3m", "restarts last 3.5h", rng="last:210m"), "DST Norfolk: 02:00-03:00 repeated, since midnight = 3.5h")
P(G, "hit", Q("pavla", "03-30 09:00", "Incidents of yesterday please.", "incidents", "list", "yesterday"), 7200,
  B("pavla", "+10m", "Incidents of Sunday please.", rng="day:-1"), "DST day as yesterday (23h)")
P(G, "hit", Q("imogen", "04-06 10:00", "Could you please list yesterday's critical alerts?", "alerts", "list", "yesterday", sev="critical"), 7200,
  B("imogen", "+10m", "Might I see Sunday's critical alerts?", rng="day:-1"), "24.5h day as yesterday")
# --- cross-zone
P(G, "hit", Q("pavla", "03-12 11:00", "Deploys between 08:00 and 10:00 UTC?", "deploys", "list", "clock:08:00-10:00@UTC"), 1800,
  B("farid", "+5m", "deploys between 12:30 and 14:30", rng="clock:12:30-14:30"), "cross-zone: Kabul +04:30 local = same UTC window")
P(G, "partial", Q("ines", "03-10 10:00", "Report the number of alerts today.", "alerts", "count", "today"), 1800,
  B("noa", "+10m", "How many alerts have we had today?"), "cross-zone: Azores vs Jerusalem midnight, 3h apart")
P(G, "partial", Q("tama", "03-11 08:00", "incidents yesterday", "incidents", "list", "yesterday"), 3600,
  B("kyle", "+10m", "incidents yesterday"), "cross-zone: Norfolk vs Winnipeg yesterday, 17h overlap")
P(G, "hit", Q("yoan", "03-12 04:00", "alerts 07:00-08:00 UTC", "alerts", "list", "clock:07:00-08:00@UTC"), 600,
  B("imogen", "+3m", "May I see the alerts between 18:00 and 19:00?", rng="clock:18:00-19:00"), "cross-zone: 07:00Z = 18:00 Lord Howe")
# --- range grammar, relative vs absolute, midnights
P(G, "hit", Q("kyle", "03-13 12:00", "shop p95 last 90m", "m:latency", "trend", "last:90m", stat="p95", own=SF), 600,
  B("kyle", "+3m", "shop p95 past hour and a half"), "90m = hour and a half")
P(G, "hit", Q("pavla", "03-13 12:00", "Alerts since 9am?", "alerts", "list", "since:09:00"), 600,
  B("pavla", "+3m", "Alerts last 3 hours?", rng="last:3h"), "since 9am vs last 3h at noon")
P(G, "hit", Q("imogen", "03-13 13:00", "Could you list the deploys between 10:00 and 12:00?", "deploys", "list", "clock:10:00-12:00"), 3600,
  B("imogen", "+10m", "May I see the deploys from 10am to noon?"), "clock range wording")
P(G, "hit", Q("noa", "03-13 09:00", "What alerts fired 01:00-03:00?", "alerts", "list", "clock:01:00-03:00"), 3600,
  B("noa", "+10m", "Which alerts fired from 1am to 3am?"), "clock range wording")
P(G, "miss", Q("farid", "03-14 00:20", "alert count today", "alerts", "count", "today"), 600,
  B("farid", "+5m", "alert count yesterday", rng="yesterday"), "just after midnight: today vs yesterday no overlap")
P(G, "hit", Q("ines", "03-14 00:10", "Report the alerts of the last 24 hours.", "alerts", "list", "last:24h"), 3600,
  B("ines", "+2m", "Report yesterday's alerts.", rng="yesterday"), "10 min after midnight, last 24h ~ yesterday")
P(G, "partial", Q("tama", "03-16 10:00", "deploys this week", "deploys", "count", "week"), 1800,
  B("tama", "+3m", "deploys last 7 days", rng="last:7d"), "Monday 10:00: this week 10h vs 7d")
P(G, "miss", Q("kyle", "03-16 11:00", "OMS 5xx 7d", "m:err_count", "count", "last:7d", own=OA, code="5xx"), 1800,
  B("kyle", "+2m", "OMS 5xx 30m", rng="last:30m"), "ratio 336x")
P(G, "partial", Q("pavla", "03-17 15:00", "Alerts for cashier in the last hour?", "alerts", "list", "last:1h", own=PB), 600,
  B("pavla", "+2m", "Alerts for cashier today?", rng="today"), "1h inside today, ratio 15")
P(G, "miss", Q("imogen", "03-17 10:00", "Could you please list yesterday's OOM kills?", "k8s_events", "list", "yesterday", state="oomkilled"), 3600,
  B("imogen", "+3m", "May I see the OOM kills in the last 2 hours?", rng="last:2h"), "no overlap")
P(G, "hit", Q("noa", "03-19 10:00", "How many incidents since Tuesday 6pm?", "incidents", "count", "since:03-17 18:00"), 3600,
  B("noa", "+5m", "Incident count for the last 40 hours?", rng="last:40h"), "named-day anchor vs rolling")
P(G, "hit", Q("farid", "03-25 12:00", "deploy count since Mar 20", "deploys", "count", "since:03-20"), 3600,
  B("farid", "+5m", "deploys last 5 days", rng="last:5d"), "since date vs rolling, 12h within 15%")
P(G, "hit", Q("ines", "03-31 12:00", "Report the number of incidents this month.", "incidents", "count", "month"), 3600,
  B("ines", "+5m", "Report the number of incidents in the last 30 days.", rng="last:30d"), "this month on the 31st ~ last 30d")
P(G, "hit", Q("yoan", "03-20 15:00", "shop 5xx this aft", "m:err_count", "count", "afternoon", own=SF, code="5xx"), 600,
  B("yoan", "+2m", "shop 5xx last 3h", rng="last:3h"), "afternoon at 15:00 = 3h")
P(G, "miss", Q("tama", "03-20 09:00", "alerts last night", "alerts", "list", "night"), 3600,
  B("tama", "+3m", "alerts this morning", rng="morning"), "adjacent windows, no overlap")
P(G, "hit", Q("kyle", "03-22 20:00", "incidents last week", "incidents", "list", "last:7d"), 3600,
  B("kyle", "+3m", "incidents this week", rng="week"), "Sunday evening: this week ~ last 7d")
P(G, "miss", Q("imogen", "03-25 09:00", "Might I see Monday's deploys?", "deploys", "list", "day:-2"), 3600,
  B("imogen", "+5m", "Could I see yesterday's deploys?", rng="yesterday"), "Monday vs Tuesday")
P(G, "partial", Q("noa", "03-23 09:00", "What incidents did we have over the weekend?", "incidents", "list", "weekend"), 3600,
  B("noa", "+5m", "What incidents did we have on Saturday?", rng="day:-2"), "weekend contains Saturday")
P(G, "hit", Q("farid", "03-24 09:00", "alerts since 2pm yesterday", "alerts", "list", "since:-1 14:00"), 1800,
  B("farid", "+3m", "alerts last 19h", rng="last:19h"), "since 2pm yesterday vs rolling")
P(G, "partial", Q("ines", "03-26 13:00", "List alerts between 10:00 and 12:00 today.", "alerts", "list", "clock:10:00-12:00"), 3600,
  B("ines", "+5m", "List alerts between 11:00 and 13:00 today.", rng="clock:11:00-13:00"), "half overlap")
P(G, "miss", Q("yoan", "03-26 16:00", "alerts btw 10 and 12", "alerts", "list", "clock:10:00-12:00"), 3600,
  B("yoan", "+5m", "alerts btw 13 and 15", rng="clock:13:00-15:00"), "disjoint windows")
P(G, "hit", Q("tama", "03-27 12:00", "paybridge 5xx last 5 min", "m:err_count", "count", "last:5m", own=PB, code="5xx"), 120,
  B("tama", "+1m", "paybridge 5xx now", rng="now"), "last 5 min = now")
P(G, "miss", Q("kyle", "03-28 12:00", "restarts 10m", "m:restarts", "count", "last:10m"), 600,
  B("kyle", "+2m", "restarts 8h", rng="last:8h"), "ratio 48x")
P(G, "hit", Q("pavla", "03-10 12:00", "Errors of OMS since 11:30?", "m:err_count", "count", "since:11:30", own=OA, code="5xx"), 300,
  B("pavla", "+2m", "OMS errors in the last half hour?", rng="last:30m"), "since 11:30 vs half hour")
P(G, "hit", Q("kyle", "03-10 10:00", "deploys 07:00-09:00 UTC", "deploys", "list", "clock:07:00-09:00@UTC"), 1800,
  B("kyle", "+5m", "deploys 02:00-04:00", rng="clock:02:00-04:00"), "UTC vs local CDT same window")

G = "scope"
P(G, "miss", Q("kyle", "04-01 09:00", "alerts team commerce 24h", "alerts", "count", "last:24h", own=T_COM), 1800,
  B("kyle", "+2m", "alerts team print-ops 24h", own=T_PO), "team siblings")
P(G, "partial", Q("pavla", "04-01 10:00", "Alerts of the commerce team last 24 hours?", "alerts", "count", "last:24h", own=T_COM), 1800,
  B("pavla", "+2m", "Alerts of OMS last 24 hours?", own=OA), "team > its service")
P(G, "miss", Q("imogen", "04-01 11:00", "Could you list the alerts for the web team today?", "alerts", "list", "today", own=T_WEB), 900,
  B("imogen", "+3m", "Could you list the alerts for the cashier today?", own=PB), "web team vs commerce service")
P(G, "hit", Q("noa", "04-01 12:00", "How many alerts did the platform team get this week?", "alerts", "count", "week", own=T_PL), 3600,
  B("noa", "+5m", "Platform team alert count since Monday?"), "same team")
P(G, "miss", Q("farid", "04-01 13:00", 'sum(container_memory_working_set_bytes{namespace="shop"}) 1h', "m:mem", "trend", "last:1h", own=N_SHOP), 600,
  B("farid", "+2m", 'sum(container_memory_working_set_bytes{namespace="print"}) 1h', own=N_PRINT), "namespace siblings")
P(G, "partial", Q("ines", "04-01 09:00", "Report memory usage in namespace shop for the last hour.", "m:mem", "trend", "last:1h", own=N_SHOP), 600,
  B("ines", "+3m", "Report memory usage of catalog-search for the last hour.", own=CS), "namespace > service")
P(G, "hit", Q("yoan", "04-01 15:00", "k8s events ns commerce 2h", "k8s_events", "list", "last:2h", own=N_COM), 900,
  B("yoan", "+2m", "kube events in the commerce namespace past 2 hrs"), "ns=namespace")
P(G, "partial", Q("tama", "04-02 08:00", "k8s events print ns 6h", "k8s_events", "list", "last:6h", own=N_PRINT), 900,
  B("tama", "+2m", "k8s events 6h", own=None), "namespace < all")
P(G, "miss", Q("kyle", "04-02 09:00", "cpu gp-prod-euc1 3h", "m:cpu", "trend", "last:3h", loc=FRA), 900,
  B("kyle", "+2m", "cpu gp-prod-apse2 3h", loc=SYD), "cluster siblings")
P(G, "partial", Q("pavla", "04-02 10:00", "CPU of all prod clusters last 3 hours?", "m:cpu", "trend", "last:3h", loc=PROD), 900,
  B("pavla", "+2m", "CPU of gp-prod-use2 last 3 hours?", loc=OHI), "prod > one cluster")
P(G, "miss", Q("imogen", "04-02 11:00", "Might I see the deploys in staging today?", "deploys", "list", "today", loc=STG), 900,
  B("imogen", "+3m", "Might I see the deploys in production today?", loc=PROD), "staging vs prod")
P(G, "partial", Q("noa", "04-02 12:00", "How many alerts fired in eu-central-1 this week?", "alerts", "count", "week", loc=EU), 3600,
  B("noa", "+5m", "How many alerts fired in the gp-prod-euc1 cluster this week?", loc=FRA), "region > cluster")
P(G, "miss", Q("farid", "04-02 13:00", 'sum(rate(gp_http_requests_total{region="eu-central-1",code=~"5.."}[5m])) 1h', "m:err_rate", "trend", "last:1h", loc=EU, code="5xx"), 600,
  B("farid", "+2m", 'same with region="ap-southeast-2"', loc=AP), "region siblings")
P(G, "hit", Q("ines", "04-02 09:00", "Report critical alerts in region us-east-2 over the last 6 hours.", "alerts", "list", "last:6h", loc=US, sev="critical"), 900,
  B("ines", "+3m", "List crit alerts, us-east-2, past 6 h."), "same region")
P(G, "miss", Q("yoan", "04-02 16:00", "disk euc1-w-07 pct now", "m:disk_used", "status", "now", loc=W07), 300,
  B("yoan", "+1m", "disk use2-w-09 pct now", loc=U09), "hosts in different clusters")
P(G, "partial", Q("tama", "04-03 08:00", "disk used gp-prod-use2 nodes now", "m:disk_used", "status", "now", loc=OHI), 300,
  B("tama", "+1m", "disk used use2-w-03 now", loc=U03), "cluster > host")
P(G, "miss", Q("kyle", "04-03 09:00", "mem euc1-w-12 1h", "m:mem", "trend", "last:1h", loc=W12), 600,
  B("kyle", "+2m", "mem euc1-gpu-02 1h", loc=GPU2), "sibling hosts same cluster")
P(G, "hit", Q("pavla", "04-03 10:00", "Memory of the GPU node euc1-gpu-02 last hour?", "m:mem", "trend", "last:1h", loc=GPU2), 600,
  B("pavla", "+2m", "euc1-gpu-02 memory, last 60 minutes?"), "same host")
P(G, "partial", Q("imogen", "04-03 11:00", "Could you show memory across gp-prod-euc1 over the last hour?", "m:mem", "trend", "last:1h", loc=FRA), 600,
  B("imogen", "+3m", "Could you show memory on the GPU render node euc1-gpu-02 over the last hour?", loc=GPU2), "cluster > host")
P(G, "miss", Q("noa", "04-03 12:00", "What's the p95 of the /checkout endpoint on the shop over the last 3 hours?", "m:latency", "trend", "last:3h", stat="p95", own=SF, ep="/checkout"), 900,
  B("noa", "+5m", "And the p95 of /product on the shop over the last 3 hours?", ep="/product"), "endpoint siblings")
P(G, "partial", Q("farid", "04-03 13:00", 'histogram_quantile(0.95, sum by (le) (rate(gp_http_request_duration_seconds_bucket{service="storefront"}[5m]))) 3h', "m:latency", "trend", "last:3h", stat="p95", own=SF), 900,
  B("farid", "+2m", 'same with route="/checkout"', ep="/checkout"), "all routes > one")
P(G, "hit", Q("ines", "04-03 09:00", "Report the request rate of endpoint /api/orders on order-api over the last 2 hours.", "m:rps", "trend", "last:2h", own=OA, ep="/api/orders"), 900,
  B("ines", "+3m", "State OMS traffic on /api/orders for the past 2 hours."), "same endpoint, alias")
P(G, "miss", Q("yoan", "04-03 16:00", "OMS /api/orders 5xx 1h", "m:err_count", "count", "last:1h", own=OA, ep="/api/orders", code="5xx"), 600,
  B("yoan", "+2m", "OMS /api/refunds 5xx 1h", ep="/api/refunds"), "endpoint siblings")
P(G, "miss", Q("tama", "04-04 08:00", "nodes cpu above 85 last 6h", "m:cpu", "list", "last:6h", thr="above:85"), 900,
  B("tama", "+2m", "nodes cpu below 85 last 6h", thr="!above:85"), "above vs below")
P(G, "hit", Q("kyle", "04-04 09:00", "nodes cpu >85% 6h", "m:cpu", "list", "last:6h", thr="above:85"), 900,
  B("kyle", "+2m", "which nodes over 85 pct cpu last 6h"), "same threshold, notation")
P(G, "partial", Q("pavla", "04-04 10:00", "CPU of all nodes last 6 hours?", "m:cpu", "list", "last:6h"), 900,
  B("pavla", "+2m", "Which nodes have CPU above 85% last 6 hours?", thr="above:85"), "all > above threshold")
P(G, "miss", Q("imogen", "04-04 11:00", "Might I see the disks above 90% used right now?", "m:disk_used", "list", "now", thr="above:90"), 300,
  B("imogen", "+2m", "Might I see the disks below 90% used right now?", thr="!above:90"), "above vs below")
P(G, "partial", Q("noa", "04-04 12:00", "Which hosts in eu-central-1 are above 90% disk?", "m:disk_used", "list", "now", loc=EU, thr="above:90"), 300,
  B("noa", "+2m", "Which hosts in gp-prod-euc1 are above 90% disk?", loc=FRA), "region > cluster, same threshold")
P(G, "miss", Q("farid", "04-04 13:00", 'up{namespace="assets"} == 0 now', "m:up", "list", "now", own=N_ASSETS, state="down"), 300,
  B("farid", "+1m", 'up{namespace="assets"} == 1 now', state="!down"), "down vs NOT down")
P(G, "partial", Q("ines", "04-04 09:00", "List all pods in namespace assets that restarted in the last 12 hours.", "m:restarts", "list", "last:12h", own=N_ASSETS), 900,
  B("ines", "+3m", "List artwork-store pods that restarted in the last 12 hours.", own=AS), "namespace > service")
P(G, "hit", Q("yoan", "04-04 16:00", "artvault restarts 12h", "m:restarts", "list", "last:12h", own=AS), 900,
  B("yoan", "+2m", "image bucket pod restarts last 12 hrs"), "two aliases")
P(G, "miss", Q("tama", "04-06 08:00", "routr alerts gp-prod-euc1 24h", "alerts", "list", "last:24h", own=PR, loc=FRA), 1800,
  B("tama", "+2m", "routr alerts gp-prod-use2 24h", loc=OHI), "same service, sibling clusters")
P(G, "partial", Q("kyle", "04-06 09:00", "routr alerts 24h", "alerts", "list", "last:24h", own=PR), 1800,
  B("kyle", "+2m", "routr alerts euc1 24h", loc=EU), "all regions > one")
P(G, "partial", Q("pavla", "04-06 10:00", "Warnings of print-ops team today?", "alerts", "list", "today", own=T_PO, sev="warning"), 900,
  B("pavla", "+2m", "Warnings of the RIP today?", own=RE), "team > service")
P(G, "miss", Q("imogen", "04-06 11:00", "Would you kindly list the warnings for print-prep today?", "alerts", "list", "today", own=RE, sev="warning"), 900,
  B("imogen", "+3m", "Would you kindly list the warnings for the printer router today?", own=PR), "sibling services same team")
P(G, "partial", Q("noa", "04-06 12:00", "How many incidents touched the print namespace this month?", "incidents", "count", "month", own=N_PRINT), 3600,
  B("noa", "+5m", "How many incidents did press-router have this month?", own=PR), "namespace > service")
P(G, "miss", Q("farid", "04-06 13:00", '{namespace="shop", service="storefront"} |= "panic" 6h', "logs", "list", "last:6h", own=SF, grep="panic"), 900,
  B("farid", "+2m", '{namespace="shop", service="catalog-search"} |= "panic" 6h', own=CS), "sibling services same ns")
P(G, "hit", Q("ines", "04-06 09:00", "Report storefront log lines containing 'panic' over the last 6 hours.", "logs", "list", "last:6h", own=SF, grep="panic"), 900,
  B("ines", "+3m", "List 'panic' log lines from the shop for the past six hours."), "alias")
P(G, "partial", Q("yoan", "04-06 16:00", "panic logs shop ns 6h", "logs", "list", "last:6h", own=N_SHOP, grep="panic"), 900,
  B("yoan", "+2m", "panic logs finder 6h", own=CS), "namespace > service")
P(G, "miss", Q("tama", "04-07 08:00", "paybridge 5xx euc1 1h", "m:err_count", "count", "last:1h", own=PB, loc=EU, code="5xx"), 600,
  B("tama", "+2m", "paybridge 5xx apse2 1h", loc=AP), "region siblings")
P(G, "partial", Q("kyle", "04-07 09:00", "paybridge 5xx prod 1h", "m:err_count", "count", "last:1h", own=PB, loc=PROD, code="5xx"), 600,
  B("kyle", "+2m", "paybridge 5xx use2 1h", loc=US), "prod > prod-us")
P(G, "miss", Q("pavla", "04-07 10:00", "Deploys to staging cluster gp-stg-euc1 today?", "deploys", "list", "today", loc=SFRA), 900,
  B("pavla", "+2m", "Deploys to gp-prod-euc1 today?", loc=FRA), "staging vs prod cluster")
P(G, "partial", Q("imogen", "04-07 11:00", "Could you list the deploys in staging today?", "deploys", "list", "today", loc=STG), 900,
  B("imogen", "+3m", "Could you list the deploys to gp-stg-euc1 today?", loc=SFRA), "staging > its cluster")
P(G, "hit", Q("noa", "04-07 12:00", "How many critical alerts does the commerce team have open right now?", "alerts", "count", "now", own=T_COM, sev="critical", state="firing"), 300,
  B("noa", "+2m", "Count of critical alerts currently firing for commerce?"), "same team")
P(G, "partial", Q("farid", "04-07 13:00", 'count(ALERTS{alertstate="firing",severity="critical"}) now', "alerts", "count", "now", sev="critical", state="firing"), 300,
  B("farid", "+1m", 'count(ALERTS{alertstate="firing",severity="critical",team="commerce"})', own=T_COM), "all > one team")
P(G, "miss", Q("ines", "04-07 09:00", "Report the count of critical alerts firing for team web at present.", "alerts", "count", "now", own=T_WEB, sev="critical", state="firing"), 300,
  B("ines", "+2m", "Report the count of critical alerts firing for team platform at present.", own=T_PL), "team siblings")
P(G, "partial", Q("yoan", "04-07 16:00", "alerts platform team 24h", "alerts", "list", "last:24h", own=T_PL), 900,
  B("yoan", "+2m", "alerts artvault 24h", own=AS), "team > service")
P(G, "miss", Q("tama", "04-07 17:00", "ArtworkStoreDiskUsageHigh crit 24h", "alerts", "list", "last:24h", alert="ArtworkStoreDiskUsageHigh", sev="critical"), 900,
  B("tama", "+2m", "ArtworkStoreDiskUsageHigh warn 24h", sev="warning"), "severity siblings, 95% vs 85% thresholds")
P(G, "partial", Q("kyle", "04-07 18:00", "ArtworkStoreDiskUsageHigh 24h", "alerts", "list", "last:24h", alert="ArtworkStoreDiskUsageHigh"), 900,
  B("kyle", "+2m", "ArtworkStoreDiskUsageHigh crit only 24h", sev="critical"), "all > critical")
P(G, "hit", Q("pavla", "04-07 11:00", "Index lag of finder in ap-southeast-2 last 3 hours?", "m:index_lag", "trend", "last:3h", own=CS, loc=AP), 900,
  B("pavla", "+2m", "catalog-search index lag, ap-southeast-2, past 3h?"), "alias")


# ================================================================ build
def day_len_h(t):
    d0 = datetime(t.year, t.month, t.day, tzinfo=t.tzinfo)
    d1 = datetime.combine(t.date() + timedelta(days=1), datetime.min.time(), tzinfo=t.tzinfo)
    return (d1.astimezone(UTC) - d0.astimezone(UTC)).total_seconds() / 3600


def iso(t):
    return t.isoformat(timespec="seconds")


def build():
    order = ["paraphrase", "near", "time", "scope"]
    counts = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
    got = [p[0] for p in PAIRS]
    if got != sorted(got, key=order.index):
        raise SystemExit("pairs not in group order")
    for g, n in counts.items():
        if got.count(g) != n:
            raise SystemExit("group %s has %d pairs, want %d" % (g, got.count(g), n))
    pairs = []
    for i, (g, expect, a, ttl, b, note) in enumerate(PAIRS, 1):
        lab, why = label(a, b, ttl)
        if lab is None:
            raise SystemExit("p22-%04d: label flips under nudged spec numbers (%s) %s" % (i, why, note))
        if lab != expect:
            raise SystemExit("p22-%04d: typed %s, spec gives %s (rule %d) %s" % (i, expect, lab, why[1], note))
        pairs.append({"id": "p22-%04d" % i, "group": g, "split": "dev22" if i % 2 else "test22", "expect": expect,
                      "a": {"q": a["text"], "at": iso(a["t"]), "tz": VOICES[a["voice"]][0], "ttl": ttl},
                      "b": {"q": b["text"], "at": iso(b["t"]), "tz": VOICES[b["voice"]][0]},
                      "note": note})
    hist = []
    for i, (voice, at, qtext, ex) in enumerate(sorted(HISTORY, key=lambda h: local(h[0], h[1]).astimezone(UTC)), 1):
        t = local(voice, at)
        hist.append({"id": "h22-%03d" % i, "at": iso(t), "tz": VOICES[voice][0], "voice": voice, "question": qtext,
                     "executed": [{"datasource": d, "query": q} for d, q in ex]})
    if len(hist) != 80:
        raise SystemExit("history has %d exchanges, want 80" % len(hist))
    return pairs, hist


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


if __name__ == "__main__":
    pairs, hist = build()
    with open("pairs.jsonl", "w", encoding="utf-8") as f:
        f.write(dumps(pairs))
    with open("history.jsonl", "w", encoding="utf-8") as f:
        f.write(dumps(hist))
    with open("aliases.json", "w", encoding="utf-8") as f:
        json.dump(ALIASES, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open("topology.json", "w", encoding="utf-8") as f:
        json.dump({"alerts": TOPOLOGY_ALERTS}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    dst = sum(1 for (g, e, a, ttl, b, n) in PAIRS if day_len_h(b["t"]) != 24)
    print("wrote %d pairs (%d with b on a DST change day), %d history" % (len(pairs), dst, len(hist)))
