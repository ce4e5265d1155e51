#!/usr/bin/env python3
"""Checks the three orgNN/history.jsonl files written by gen.py; prints nickname statistics and ends with OK."""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

KEYS = ["id", "at", "tz", "voice", "question", "executed"]
DS = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}

# Transcribed from the READMEs: voices -> zone; window = the 4 weeks before the earliest date the README mentions.
# Expected offsets are typed by hand (no DST change falls inside any window) and cross-checked against zoneinfo.
ORG = {
    "org19": {"first": date(2025, 3, 9),
              "voices": {"sre": ("America/Denver", "-07:00"), "polite": ("Asia/Kolkata", "+05:30"),
                         "junior": ("America/Sao_Paulo", "-03:00"), "mgr": ("Europe/Berlin", "+01:00"),
                         "promql": ("Australia/Sydney", "+11:00"), "night": ("Asia/Singapore", "+08:00"),
                         "irish": ("Europe/Dublin", "+00:00"), "nonnative": ("Europe/Warsaw", "+01:00")},
              "services": ["route-planner", "tag-tracker", "wash-telemetry", "customer-portal", "billing-engine",
                           "pickup-scheduler"],
              "alerts": ["DryerOverTemp", "DrumImbalance", "RfidReaderOffline", "InvoiceRunFailed",
                         "RouteSolveTimeout", "PodCrashLooping", "ChemicalDoseLow", "ChemicalDoseHigh",
                         "PortalHigh5xx"],
              "metrics": ["http_requests_total", "http_server_request_duration_seconds",
                          "http_server_request_size_bytes", "rfid_scans_total", "rfid_read_errors_total",
                          "washer_drum_temp_celsius", "washer_cycles_total", "container_cpu_usage_seconds_total",
                          "container_memory_working_set_bytes", "node_disk_reads_completed_total",
                          "node_disk_writes_completed_total", "node_disk_read_time_seconds_total",
                          "kube_pod_status_phase", "kube_job_status_failed"]},
    "org20": {"first": date(2026, 3, 8),
              "voices": {"CH": ("America/Chicago", "-06:00"), "MA": ("Europe/Madrid", "+01:00"),
                         "YA": ("Asia/Yangon", "+06:30"), "LA": ("America/Los_Angeles", "-08:00"),
                         "LO": ("Europe/London", "+00:00"), "TO": ("Asia/Tokyo", "+09:00"),
                         "ME": ("Australia/Melbourne", "+11:00"), "NA": ("Africa/Nairobi", "+03:00")},
              "services": ["firing-scheduler", "kiln-telemetry", "glaze-catalog", "class-notify", "studio-booking",
                           "clay-payments"],
              "alerts": ["KilnOverTemp", "FiringQueueBacklog", "ThermoIngestLag", "PaymentAuthFailureSpike",
                         "BookingLatencyHigh", "GlazeSearch5xx", "NotifyBounceRate", "PodCrashLooping",
                         "DiskLatencyHigh", "PgReplicationLag"],
              "metrics": ["http_requests_total", "http_request_duration_seconds", "container_cpu_usage_seconds_total",
                          "container_memory_working_set_bytes", "node_disk_reads_completed_total",
                          "node_disk_writes_completed_total", "node_load1", "kiln_temp_celsius",
                          "firing_queue_depth", "thermo_ingest_lag_seconds", "payment_auth_failures_total",
                          "pg_replication_lag_seconds"]},
    "org21": {"first": date(2025, 3, 9),
              "voices": {"zu": ("Europe/Zurich", "+01:00"), "me": ("America/Argentina/Mendoza", "-03:00"),
                         "th": ("Asia/Thimphu", "+06:00"), "ed": ("America/Edmonton", "-07:00"),
                         "bh": ("Australia/Broken_Hill", "+10:30"), "tb": ("Asia/Tbilisi", "+04:00"),
                         "so": ("Europe/Sofia", "+02:00"), "va": ("America/Vancouver", "-08:00")},
              "services": ["permit-gateway", "hut-reservations", "trail-report", "beacon-ingest", "guide-market",
                           "notify-relay"],
              "alerts": ["PermitGatewayLatencyHigh", "HutResErrorRate", "TrailReportStale", "BeaconIngestLag",
                         "GuideCheckoutErrors", "SmsDeliveryFailing", "KafkaConsumerLag", "NodeDiskFilling",
                         "PgReplicationLag", "PodCrashLooping"],
              "metrics": ["http_requests_total", "http_request_duration_seconds", "container_cpu_usage_seconds_total",
                          "container_memory_working_set_bytes", "kube_pod_container_status_restarts_total",
                          "kube_pod_status_ready", "node_disk_reads_completed_total",
                          "node_disk_writes_completed_total", "node_disk_read_time_seconds_total",
                          "node_disk_read_bytes_total", "node_disk_written_bytes_total", "node_filesystem_avail_bytes",
                          "node_filesystem_size_bytes", "beacon_ingest_lag_seconds", "kafka_consumergroup_lag",
                          "notify_sms_sent_total", "notify_sms_failed_total", "pg_replication_lag_seconds",
                          "hut_availability_cache_hit_ratio", "permit_quota_remaining"]},
}
SERVICE_LABELS = {"service", "app", "application", "resource.service.name", "upstream_service", "group"}
INFRA_APPS = {"argocd-server"}
LABEL_RE = re.compile(r'([A-Za-z_][A-Za-z0-9_.]*)\s*(=~|!~|!=|=)\s*"([^"]*)"')
QUOTED_RE = re.compile(r'"([^"]*)"')
METRIC_RE = re.compile(r'([A-Za-z_:][A-Za-z0-9_:]*)\s*\{')
POD_RE = re.compile(r'(?:pod|involvedObject\.name|job_name)=~"([a-z-]+)-\.\*"')

errors = []


def err(msg):
    errors.append(msg)


def nickname_hits(question, aliases, services):
    """Nicknames used in a question: whole-word, case-insensitive, longest first, after removing
    canonical ids (hyphenated or spaced) and URL paths so that e.g. /v2/permits or 'kiln telemetry' do not count."""
    q = question.lower()
    q = re.sub(r"/[^\s,?]*", " ", q)  # URL paths such as /v2/permits
    q = re.sub(r"(?<![a-z0-9_])[a-z0-9]+(?:-[a-z0-9]+)+(?![a-z0-9_])", " ", q)  # canonical ids, hosts, clusters
    terms = [(a.lower(), True) for al in aliases.values() for a in al]
    terms += [(s.replace("-", " "), False) for s in services]  # spaced canonical ids are not nicknames
    hits = []
    for a, counts in sorted(terms, key=lambda x: -len(x[0])):
        pat = re.compile(r"(?<![a-z0-9_])" + re.escape(a) + r"(?![a-z0-9_])")
        if counts:
            hits.extend(a for _ in pat.finditer(q))
        q = pat.sub(" ", q)
    return hits


def check_org(org):
    cfg = ORG[org]
    num = org[3:]
    path = os.path.join(HERE, org, "history.jsonl")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text != gen.build(org):
        err("%s: history.jsonl differs from gen.py output" % org)
    with open(os.path.join(HERE, org, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    if sorted(aliases) != sorted(cfg["services"]):
        err("%s: aliases.json services differ from README services" % org)
    alias_set = {a.lower() for al in aliases.values() for a in al}
    services = cfg["services"]
    start, end = cfg["first"] - timedelta(days=28), cfg["first"] - timedelta(days=1)
    lines = text.splitlines()
    if len(lines) != 80:
        err("%s: %d lines, want 80" % (org, len(lines)))
    prev = None
    questions = set()
    no_service = 0
    nick_q = 0
    nick_count = {}
    voices_seen = {}
    ds_seen = {}
    for n, line in enumerate(lines, 1):
        o = json.loads(line)
        where = "%s line %d" % (org, n)
        if list(o) != KEYS:
            err("%s: keys %s" % (where, list(o)))
            continue
        if o["id"] != "h%s-%03d" % (num, n):
            err("%s: id %s" % (where, o["id"]))
        if o["voice"] not in cfg["voices"]:
            err("%s: unknown voice %s" % (where, o["voice"]))
            continue
        voices_seen[o["voice"]] = voices_seen.get(o["voice"], 0) + 1
        tz, off = cfg["voices"][o["voice"]]
        if o["tz"] != tz:
            err("%s: tz %s, voice %s is %s" % (where, o["tz"], o["voice"], tz))
        at = datetime.fromisoformat(o["at"])
        if at.tzinfo is None:
            err("%s: naive timestamp" % where)
            continue
        if not o["at"].endswith(off):
            err("%s: offset of %s, expected %s" % (where, o["at"], off))
        wall = at.replace(tzinfo=None)
        z = ZoneInfo(tz)
        real0 = wall.replace(tzinfo=z, fold=0).utcoffset()
        real1 = wall.replace(tzinfo=z, fold=1).utcoffset()
        if real0 != real1 or real0 != at.utcoffset():
            err("%s: offset %s not the real offset of %s at %s" % (where, at.utcoffset(), tz, wall))
        if not (start <= wall.date() <= end):
            err("%s: date %s outside window %s..%s" % (where, wall.date(), start, end))
        if prev is not None and at < prev:
            err("%s: not in time order" % where)
        prev = at
        q = o["question"]
        if not isinstance(q, str) or len(q.strip()) < 5:
            err("%s: empty question" % where)
        if q.lower() in questions:
            err("%s: duplicate question" % where)
        questions.add(q.lower())
        hits = nickname_hits(q, aliases, services)
        if hits:
            nick_q += 1
            for h in hits:
                nick_count[h] = nick_count.get(h, 0) + 1
        ex = o["executed"]
        if not isinstance(ex, list) or not 1 <= len(ex) <= 2:
            err("%s: executed must hold 1-2 queries" % where)
            continue
        names_service = False
        for e in ex:
            if sorted(e) != ["datasource", "query"] or e["datasource"] not in DS or not e["query"].strip():
                err("%s: bad executed entry %s" % (where, e))
                continue
            qq = e["query"]
            ds_seen[e["datasource"]] = ds_seen.get(e["datasource"], 0) + 1
            if any(s in qq for s in services):
                names_service = True
            for v in QUOTED_RE.findall(qq):
                for part in v.split("|"):
                    if part.strip().lower() in alias_set:
                        err("%s: alias %r used as a value in %s" % (where, part, qq))
            for key, op, val in LABEL_RE.findall(qq):
                vals = val.split("|") if op in ("=~", "!~") else [val]
                if key in SERVICE_LABELS:
                    for v in vals:
                        if v not in services and not (key == "app" and v in INFRA_APPS):
                            err("%s: %s=%r is not a canonical service" % (where, key, v))
                if key == "alertname":
                    for v in vals:
                        if v not in cfg["alerts"]:
                            err("%s: alertname %r not in README" % (where, v))
            for v in POD_RE.findall(qq):
                if v not in services:
                    err("%s: pod pattern %r is not a canonical service" % (where, v))
            if e["datasource"] == "prometheus":
                for m in METRIC_RE.findall(qq):
                    base = re.sub(r"_(bucket|sum|count)$", "", m)
                    if m not in cfg["metrics"] and base not in cfg["metrics"]:
                        err("%s: metric %r not in README" % (where, m))
        if not names_service:
            no_service += 1
    if not 8 <= no_service <= 12:
        err("%s: %d exchanges name no service, want about 10" % (org, no_service))
    if set(voices_seen) != set(cfg["voices"]):
        err("%s: voices used %s" % (org, sorted(voices_seen)))
    stats = "%s: %d exchanges, %d use a nickname, %d name no service; nicknames %s; datasources %s" % (
        org, len(lines), nick_q, no_service,
        ", ".join("%s x%d" % (k, v) for k, v in sorted(nick_count.items(), key=lambda kv: (-kv[1], kv[0]))),
        ", ".join("%s %d" % kv for kv in sorted(ds_seen.items())))
    print(stats)
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    marker = "| %s | %d | %d |" % (org, nick_q, no_service)
    if marker not in readme:
        err("%s: README.md lacks the row %r" % (org, marker))


for org in ORG:
    check_org(org)
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
