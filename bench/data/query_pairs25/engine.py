"""Shared engine for writer 25: company tables, time-range resolver and the spec's decision rules.
Python 3 standard library only. Imported by gen.py and validate.py."""
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc

# ----------------------------------------------------------------------------------------------
# The company: Auroral Groundlink (ground-station-as-a-service for small-satellite operators)
# ----------------------------------------------------------------------------------------------
SERVICES = {
    # canonical id: (team, namespace, [other names people use])
    "pass-scheduler":    ("mission-planning", "planning",     ["contact-planner", "booker", "booking engine"]),
    "antenna-control":   ("ground-ops",       "station-edge", ["acu-bridge", "dish control", "ACU"]),
    "downlink-ingest":   ("ground-ops",       "station-edge", ["rx-gateway", "firehose", "baseband ingest"]),
    "frame-decoder":     ("data-services",    "dataflow",     ["sdr-pipe", "demod", "ccsds decoder"]),
    "product-delivery":  ("data-services",    "dataflow",     ["push-svc", "shipper", "customer push"]),
    "customer-api":      ("mission-planning", "api",          ["gsaas-api", "portal backend", "public api"]),
    "telemetry-archive": ("data-services",    "archive",      ["hk-store", "vault", "tlm archive"]),
}
TEAMS = ["ground-ops", "mission-planning", "data-services", "infra"]  # infra owns nodes/hosts, no service
ALIASES = {s: v[2] for s, v in SERVICES.items()}

CLUSTERS = {  # cluster: (region, env, hosts)
    "prod-eun1":  ("eu-north-1",     "prod",    ["eun1-k8s-01", "eun1-k8s-02", "eun1-k8s-03", "gw-svalbard-01", "gw-troll-01"]),
    "stg-eun1":   ("eu-north-1",     "staging", ["eun1-stg-01", "eun1-stg-02"]),
    "prod-apse2": ("ap-southeast-2", "prod",    ["apse2-k8s-01", "apse2-k8s-02", "apse2-k8s-03", "gw-macquarie-01", "gw-hobart-01"]),
    "prod-usw2":  ("us-west-2",      "prod",    ["usw2-k8s-01", "usw2-k8s-02", "gw-fairbanks-01"]),
}
STATIONS = {"svalbard": "gw-svalbard-01", "troll": "gw-troll-01", "macquarie": "gw-macquarie-01",
            "hobart": "gw-hobart-01", "fairbanks": "gw-fairbanks-01"}

ALERTS = [  # alertname, severity, service or None, expression with threshold
    ("PassMissed", "critical", "pass-scheduler", 'increase(gs_passes_total{result="missed"}[15m]) > 0'),
    ("AntennaPointingErrorHigh", "warning", "antenna-control", "acu_pointing_error_degrees > 0.3 for 2m"),
    ("AntennaPointingErrorCritical", "critical", "antenna-control", "acu_pointing_error_degrees > 0.8 for 1m"),
    ("DownlinkIngestLagHigh", "warning", "downlink-ingest", "downlink_ingest_lag_seconds > 90 for 5m"),
    ("DownlinkIngestLagCritical", "critical", "downlink-ingest", "downlink_ingest_lag_seconds > 300 for 5m"),
    ("DecoderCrcErrorRateHigh", "warning", "frame-decoder",
     'sum(rate(decoder_frames_total{result="crc_error"}[10m])) / sum(rate(decoder_frames_total[10m])) > 0.02 for 10m'),
    ("DeliveryQueueBacklog", "warning", "product-delivery", "delivery_queue_depth > 5000 for 15m"),
    ("DeliveryWebhookFailures", "critical", "product-delivery", "rate(delivery_webhook_failures_total[5m]) > 1 for 10m"),
    ("CustomerApi5xxRateHigh", "critical", "customer-api",
     'sum(rate(http_requests_total{service="customer-api",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="customer-api"}[5m])) > 0.01 for 5m'),
    ("CustomerApiLatencyP99High", "warning", "customer-api",
     'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="customer-api"}[5m]))) > 1.2 for 10m'),
    ("ArchiveWriteLatencyHigh", "warning", "telemetry-archive",
     "histogram_quantile(0.95, rate(archive_write_latency_seconds_bucket[5m])) > 0.25 for 10m"),
    ("ArchiveDiskFillingUp", "warning", "telemetry-archive",
     'predict_linear(node_filesystem_avail_bytes{mountpoint="/archive"}[6h], 86400) < 0'),
    ("KubePodCrashLooping", "warning", None, "increase(kube_pod_container_status_restarts_total[15m]) > 3"),
    ("NodeDiskLatencyHigh", "warning", None,
     "rate(node_disk_read_time_seconds_total[5m]) / rate(node_disk_reads_completed_total[5m]) > 0.05 for 10m"),
    ("NodeHighCpu", "warning", None, "1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[5m])) > 0.9 for 15m"),
    ("NodeMemoryPressure", "critical", None, "node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes < 0.05 for 5m"),
]

METRICS = [
    "http_requests_total{service,code,route}", "http_request_duration_seconds_bucket{service,route,le}",
    "gs_passes_total{station,result}", "acu_pointing_error_degrees{station}", "downlink_ingest_lag_seconds{station}",
    "downlink_ingest_bytes_total{station}", "decoder_frames_total{result}", "delivery_queue_depth",
    "delivery_webhook_failures_total{customer}", "archive_write_latency_seconds_bucket{le}",
    "container_cpu_usage_seconds_total{namespace,pod}", "container_memory_working_set_bytes{namespace,pod}",
    "kube_pod_container_status_restarts_total{namespace,pod}", "node_disk_reads_completed_total{instance,device}",
    "node_disk_writes_completed_total{instance,device}", "node_disk_read_time_seconds_total{instance,device}",
    "node_filesystem_avail_bytes{instance,mountpoint}", "node_cpu_seconds_total{instance,mode}",
]

ROUTES = ["/v1/passes", "/v1/passes/{id}", "/v1/contacts", "/v1/products", "/v1/products/{id}/download", "/v1/stations"]

VOICES = {  # key: (IANA zone, role, style)
    "sigrun":  ("Antarctica/Troll",     "station engineer at TrollSat", "terse shorthand"),
    "mingwei": ("Asia/Taipei",          "RF/decoder engineer",          "non-native English"),
    "prakash": ("Asia/Katmandu",        "customer support engineer",    "very polite"),
    "dana":    ("America/Boise",        "engineering manager",          "manager prose"),
    "edgars":  ("Europe/Riga",          "SRE",                          "pastes PromQL/LogQL"),
    "nour":    ("Africa/Cairo",         "NOC lead / incident commander", "formal with ISO/UTC timestamps"),
    "facu":    ("America/Montevideo",   "backend developer",            "typos and chat slang"),
    "tam":     ("Antarctica/Macquarie", "station technician",           "lowercase one-liners"),
}


def topology():
    rows = []
    for s, (team, ns, _) in SERVICES.items():
        for c, (region, env, hosts) in CLUSTERS.items():
            if env == "staging" and s in ("antenna-control", "downlink-ingest"):
                continue
            rows.append({"service": s, "team": team, "namespace": ns, "cluster": c, "region": region, "env": env})
    for c, (region, env, hosts) in CLUSTERS.items():
        for h in hosts:
            rows.append({"instance": h, "cluster": c, "region": region, "env": env, "team": "infra"})
    for st, h in STATIONS.items():
        c = [c for c, v in CLUSTERS.items() if h in v[2]][0]
        for s in ("antenna-control", "downlink-ingest"):
            rows.append({"service": s, "station": st, "instance": h, "cluster": c, "region": CLUSTERS[c][0],
                         "team": "ground-ops", "namespace": "station-edge"})
    for name, sev, svc, expr in ALERTS:
        r = {"alertname": name, "severity": sev}
        if svc:
            r.update({"service": svc, "team": SERVICES[svc][0], "namespace": SERVICES[svc][1]})
        else:
            r.update({"team": "infra"})
        rows.append(r)
    return {"alerts": rows}


# ----------------------------------------------------------------------------------------------
# Time: local wall clock -> aware datetime (refuses gaps; ambiguous times need an explicit fold)
# ----------------------------------------------------------------------------------------------
def wall(zone, y, mo, d, h=0, mi=0, fold=None):
    z = ZoneInfo(zone)
    a = datetime(y, mo, d, h, mi, tzinfo=z, fold=0)
    b = datetime(y, mo, d, h, mi, tzinfo=z, fold=1)
    for x in (a, b):
        back = x.astimezone(UTC).astimezone(z)
        if back.replace(tzinfo=None) != x.replace(tzinfo=None):
            raise ValueError("nonexistent local time %s %s" % (zone, x))
    if a.utcoffset() != b.utcoffset() and fold is None:
        raise ValueError("ambiguous local time %s %s" % (zone, a))
    return b if fold == 1 else a


def parse_local(zone, s):
    """'2025-10-07 09:10' or '2025-10-26 02:30!1' (fold=1)."""
    fold = None
    if s.endswith("!0") or s.endswith("!1"):
        fold = int(s[-1]); s = s[:-2]
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", s)
    if not m:
        raise ValueError("bad local time " + s)
    return wall(zone, *[int(g) for g in m.groups()], fold=fold)


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
UNITS = {"m": 60, "h": 3600, "d": 86400}


def _day(zone, t, back):
    d = (t.astimezone(ZoneInfo(zone)).date() - timedelta(days=back))
    return d


def _at(zone, d, hm="00:00"):
    h, mi = [int(x) for x in hm.split(":")]
    return wall(zone, d.year, d.month, d.day, h, mi)


def _dayref(zone, t, ref):
    """'' today, '-1d' yesterday, 'Tue' most recent Tuesday strictly before today, '10-20' that date."""
    today = _day(zone, t, 0)
    if ref == "":
        return today
    if re.fullmatch(r"-\d+d", ref):
        return today - timedelta(days=int(ref[1:-1]))
    if ref in DOW:
        k = (today.weekday() - DOW.index(ref)) % 7 or 7
        return today - timedelta(days=k)
    m = re.fullmatch(r"(\d\d)-(\d\d)", ref)
    if m:
        return today.replace(month=int(m.group(1)), day=int(m.group(2)))
    raise ValueError("bad day ref " + ref)


def resolve(kind, t, zone):
    """Absolute [start, end] in UTC for a range kind asked at aware time t in zone."""
    t = t.astimezone(UTC)
    lt = t.astimezone(ZoneInfo(zone))
    today = lt.date()

    def loc(d, hm="00:00"):
        return _at(zone, d, hm).astimezone(UTC)

    if kind == "now":
        return t - timedelta(minutes=5), t
    m = re.fullmatch(r"last:(\d+)([mhd])", kind)
    if m:
        return t - timedelta(seconds=int(m.group(1)) * UNITS[m.group(2)]), t
    if kind == "today":
        return loc(today), t
    if kind == "yesterday":
        return loc(today - timedelta(days=1)), loc(today)
    m = re.fullmatch(r"day:(\S+)", kind)
    if m:
        d = _dayref(zone, t, m.group(1))
        if d >= today:
            raise ValueError("named day not in the past")
        return loc(d), loc(d + timedelta(days=1))
    if kind == "morning":
        s = loc(today, "06:00"); e = min(t, loc(today, "12:00"))
        assert e > s, "asked before the morning"
        return s, e
    if kind == "afternoon":
        s = loc(today, "12:00"); e = min(t, loc(today, "18:00"))
        assert e > s, "asked before the afternoon"
        return s, e
    if kind == "lastnight":
        s = loc(today - timedelta(days=1), "22:00"); e = loc(today, "06:00")
        assert t >= e, "last night asked before 06:00"
        return s, e
    if kind == "week":
        return loc(today - timedelta(days=today.weekday())), t
    if kind == "month":
        return loc(today.replace(day=1)), t
    if kind == "quarter":
        return loc(today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)), t
    if kind == "weekend":
        assert today.weekday() == 0, "weekend asked on a Monday only"
        return loc(today - timedelta(days=2)), loc(today)
    m = re.fullmatch(r"since:(?:(\S+) )?(\d\d:\d\d)", kind)
    if m:
        d = _dayref(zone, t, m.group(1) or "")
        s = loc(d, m.group(2))
        assert s < t
        return s, t
    m = re.fullmatch(r"since:(\d\d-\d\d)", kind)
    if m:
        return loc(_dayref(zone, t, m.group(1))), t
    m = re.fullmatch(r"clock:(?:(\S+) )?(\d\d:\d\d)-(\d\d:\d\d)(?:@UTC)?", kind)
    if m:
        d = _dayref(zone, t, m.group(1) or "")
        if kind.endswith("@UTC"):
            if t.date() != today:
                raise ValueError("UTC date differs from local date: ambiguous 'today'")
            s = datetime.fromisoformat("%sT%s+00:00" % (d, m.group(2)))
            e = datetime.fromisoformat("%sT%s+00:00" % (d, m.group(3)))
        else:
            s = loc(d, m.group(2)); e = loc(d, m.group(3))
        assert s < e <= t, "clock range must be past"
        return s, e
    m = re.fullmatch(r"span:(\S+) (\d\d:\d\d)\|(?:(\S+) )?(\d\d:\d\d)", kind)
    if m:
        s = loc(_dayref(zone, t, m.group(1) if m.group(1) != "today" else ""), m.group(2))
        e = loc(_dayref(zone, t, m.group(3) or ""), m.group(4))
        assert s < e <= t, "span must be past"
        return s, e
    m = re.fullmatch(r"iso:(\S+)/(\S+)", kind)
    if m:
        s = datetime.fromisoformat(m.group(1).replace("Z", "+00:00"))
        e = t if m.group(2) == "now" else datetime.fromisoformat(m.group(2).replace("Z", "+00:00"))
        assert s < e <= t
        return s.astimezone(UTC), e.astimezone(UTC)
    raise ValueError("unknown range kind " + kind)


def is_rolling(kind):
    return kind == "now" or kind.startswith("last:")


# ----------------------------------------------------------------------------------------------
# Substance: "intent subject key=value ..." ; value prefixed with ! is a negation
# ----------------------------------------------------------------------------------------------
INTENTS = {"count", "list", "top", "trend", "compare", "status"}
SUBJECTS = {"alerts", "incidents", "deploys", "logs", "traces", "k8sevents", "health"}
METRIC_QTY = {"cpu", "memory", "latency", "errorrate", "rps", "disk_iops", "disk_latency", "disk_read", "disk_write",
              "disk_free", "ingest_lag", "ingest_bytes", "queue_depth", "pointing_error", "restarts", "pass_success",
              "crc_errors", "webhook_failures", "frames"}
FILTER_KEYS = {"team", "ns", "svc", "env", "region", "cluster", "host", "station", "sev", "code", "state",
               "alertname", "route", "thr", "stat", "level", "reason", "customer", "result"}
WHO = ("team", "ns", "svc")
WHERE = ("env", "region", "cluster", "host", "station")


def parse_sem(s):
    parts = s.split()
    intent, subject, f = parts[0], parts[1], {}
    assert intent in INTENTS, s
    assert subject in SUBJECTS or (subject.startswith("metric:") and subject[7:] in METRIC_QTY), s
    for p in parts[2:]:
        k, v = p.split("=", 1)
        assert k in FILTER_KEYS, s
        assert k not in f, s
        f[k] = v
    return intent, subject, f


def who_set(k, v):
    if k == "svc":
        assert v in SERVICES, v; return {v}
    if k == "team":
        out = {s for s, x in SERVICES.items() if x[0] == v}; assert out, v; return out
    if k == "ns":
        out = {s for s, x in SERVICES.items() if x[1] == v}; assert out, v; return out


def where_set(k, v):
    if k == "env":
        out = {h for c, x in CLUSTERS.items() if x[1] == v for h in x[2]}
    elif k == "region":
        out = {h for c, x in CLUSTERS.items() if x[0] == v for h in x[2]}
    elif k == "cluster":
        out = set(CLUSTERS[v][2])
    elif k == "host":
        out = {v} if any(v in x[2] for x in CLUSTERS.values()) else set()
    elif k == "station":
        out = {STATIONS[v]}
    assert out, (k, v)
    return out


def code_rel(a, b):
    if a == b:
        return "same"
    if a.endswith("xx") and not b.endswith("xx") and b[0] == a[0]:
        return "nested"
    if b.endswith("xx") and not a.endswith("xx") and a[0] == b[0]:
        return "nested"
    return "sibling"


def set_rel(A, B, ka, kb):
    if A is None and B is None:
        return "same"
    if A is None or B is None:
        return "nested"
    if A == B:
        if ka != kb:
            raise ValueError("equal scopes named by different keys %s vs %s: ambiguous pair" % (ka, kb))
        return "same"
    if A < B or B < A:
        return "nested"
    if not (A & B):
        return "sibling"
    raise ValueError("partially overlapping scopes %s vs %s" % (ka, kb))


def compare_sem(sa, sb):
    """Returns (relation set) from: subject, sibling, neg, nested, intent, stat; empty = same question."""
    ia, ja, fa = parse_sem(sa)
    ib, jb, fb = parse_sem(sb)
    rel = set()
    if ja != jb:
        return {"subject"}
    if ia != ib:
        rel.add("intent")
    # negations first: a key negated on one side only
    for k in set(fa) | set(fb):
        va, vb = fa.get(k), fb.get(k)
        na = va is not None and va.startswith("!")
        nb = vb is not None and vb.startswith("!")
        if na != nb:
            if va is None or vb is None or va.lstrip("!") != vb.lstrip("!"):
                raise ValueError("negation against a different value is ambiguous: %s / %s" % (sa, sb))
            rel.add("neg")
    if "neg" in rel:
        return rel
    # who and where dimensions
    for dim, fn in ((WHO, who_set), (WHERE, where_set)):
        def scope(f):
            S, keys = None, []
            for k in dim:
                if k in f:
                    v = f[k]
                    if v.startswith("!"):
                        raise ValueError("negated scope on both sides: keep it simple")
                    s = fn(k, v); keys.append(k)
                    S = s if S is None else S & s
            return S, tuple(keys)
        (A, ka), (B, kb) = scope(fa), scope(fb)
        r = set_rel(A, B, ka, kb)
        if r != "same":
            rel.add(r)
    for k in set(fa) | set(fb):
        if k in WHO or k in WHERE:
            continue
        va, vb = fa.get(k), fb.get(k)
        if va == vb:
            continue
        if va is None or vb is None:
            if k == "stat":
                raise ValueError("stat on one side only")
            rel.add("nested"); continue
        if k == "stat":
            rel.add("stat")
        elif k == "code":
            r = code_rel(va, vb)
            rel.add(r)
        elif k == "thr":
            if va[:2] != vb[:2]:
                rel.add("neg")
            else:
                rel.add("nested")
        else:
            rel.add("sibling")
    return rel


# ----------------------------------------------------------------------------------------------
# The decision (spec.md, first rule that applies), with nudgeable numbers
# ----------------------------------------------------------------------------------------------
def decide(sa, ka, ta, za, ttl, sb, kb, tb, zb, overlap_min=0.25, ratio_max=31.0, tol_frac=0.15,
           tol_min_s=300.0, ttl_scale=1.0, tol_len="a"):
    rel = compare_sem(sa, sb)
    if "subject" in rel:
        return "miss", "rule1"
    if "sibling" in rel or "neg" in rel:
        return "miss", "rule2"
    a0, a1 = resolve(ka, ta, za)
    b0, b1 = resolve(kb, tb, zb)
    la, lb = (a1 - a0).total_seconds(), (b1 - b0).total_seconds()
    ov = max(0.0, (min(a1, b1) - max(a0, b0)).total_seconds())
    elapsed = (tb.astimezone(UTC) - ta.astimezone(UTC)).total_seconds()
    assert elapsed > 0, "b must be asked after a"
    fresh = elapsed <= ttl * ttl_scale
    short, long_ = min(la, lb), max(la, lb)
    if ov < overlap_min * short or long_ > ratio_max * short:
        same_rolling = (not rel) and is_rolling(ka) and ka == kb
        if same_rolling and fresh:
            return "partial", "rule3-exception"
        return "miss", "rule3"
    if rel:
        return "partial", "rule4"
    L = la if tol_len == "a" else lb
    tol = max(tol_frac * L, tol_min_s)
    if fresh and abs((a0 - b0).total_seconds()) <= tol and abs((a1 - b1).total_seconds()) <= tol:
        return "hit", "rule5"
    return "partial", "rule5"


def decide_robust(*args):
    base = decide(*args)
    for ov in (0.20, 0.25, 0.30):
        for rm in (27.0, 31.0, 35.0):
            for tf in (0.85, 1.0, 1.15):
                for ts in (0.95, 1.0, 1.05):
                    for tl in ("a", "b"):
                        r = decide(*args, overlap_min=ov, ratio_max=rm, tol_frac=0.15 * tf,
                                   tol_min_s=300.0 * tf, ttl_scale=ts, tol_len=tl)
                        if r[0] != base[0]:
                            raise ValueError("label flips under nudge (ov=%s ratio=%s tol=%s ttl=%s len=%s): %s vs %s"
                                             % (ov, rm, tf, ts, tl, base, r))
    return base


def alias_regex():
    names = sorted({n for v in ALIASES.values() for n in v}, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z0-9_-])(" + "|".join(re.escape(n) for n in names) + r")(?![A-Za-z0-9_-])", re.I)


def mask_canonical(text):
    for s in SERVICES:
        text = text.replace(s, " ")
    return text
