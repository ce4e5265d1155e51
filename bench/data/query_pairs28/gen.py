#!/usr/bin/python3
"""Writer 28: Gearbid (online classic-car auction marketplace).
Everything below is typed by hand as data. gen.py resolves every range in the asker's zone,
re-derives each label from spec.md (first rule that applies), checks the label survives nudged
thresholds, and refuses to write on any mismatch. Writes history.jsonl, pairs.jsonl,
aliases.json, topology.json."""
import json, os, re, sys, itertools
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2026
UTC = timezone.utc

# ----------------------------------------------------------------- company tables
VOICES = {  # key: (IANA zone, style)
    "ruta":    ("Europe/Vilnius", "terse shorthand"),
    "somchai": ("Asia/Bangkok", "non-native English"),
    "farhana": ("Asia/Dhaka", "very polite"),
    "greg":    ("America/Detroit", "manager prose"),
    "mick":    ("Australia/South", "pastes PromQL/LogQL"),
    "kwame":   ("Africa/Accra", "formal with ISO/UTC timestamps"),
    "jaz":     ("NZ", "typos and chat slang"),
    "lucho":   ("America/Argentina/Buenos_Aires", "lowercase one-liners"),
}

ALIASES = {
    "bid-engine":     ["gavel", "auctioneer", "the bidding service"],
    "lot-catalog":    ["listings", "lotsvc", "catalogue"],
    "escrow-ledger":  ["paybox", "escrow", "money svc"],
    "photo-forge":    ["imgproc", "photo pipeline", "pf"],
    "notify-relay":   ["pinger", "notifier", "push thing"],
    "inspect-booker": ["insp", "inspections", "mechanic booking"],
    "provenance-api": ["vinny", "vin check", "history reports"],
}
SERVICES = {  # service: (team, namespace, routes)
    "bid-engine":     ("marketplace", "auctions", ["/api/v2/bids", "/api/v2/bids/{id}/retract"]),
    "lot-catalog":    ("marketplace", "auctions", ["/api/v2/lots", "/api/v2/lots/{id}/photos"]),
    "escrow-ledger":  ("payments-eng", "ledger", ["/api/v1/holds", "/api/v1/releases"]),
    "photo-forge":    ("media-comms", "media", ["/internal/render"]),
    "notify-relay":   ("media-comms", "messaging", ["/internal/send"]),
    "inspect-booker": ("trust", "trust-svcs", ["/api/v1/bookings", "/api/v1/slots"]),
    "provenance-api": ("trust", "trust-svcs", ["/api/v1/reports"]),
}
TEAMS = sorted({v[0] for v in SERVICES.values()})
NAMESPACES = sorted({v[1] for v in SERVICES.values()})
CLUSTERS = {  # cluster: (region, env, hosts)
    "prod-eu-1": ("eu-west", "prod", ["eu1-node-a", "eu1-node-b", "eu1-node-c"]),
    "stg-eu-1":  ("eu-west", "staging", ["stg1-node-a"]),
    "prod-us-1": ("us-east", "prod", ["us1-node-a", "us1-node-b"]),
    "prod-ap-1": ("ap-south", "prod", ["ap1-node-a", "ap1-node-b"]),
}
REGIONS = sorted({v[0] for v in CLUSTERS.values()})
ALERTS = [  # alertname, service (None = infra), severity, threshold text
    ("BidPlacementLatencyHigh", "bid-engine", "warning", "p99 bid placement latency > 150ms for 5m"),
    ("BidPlacementLatencyHigh", "bid-engine", "critical", "p99 bid placement latency > 300ms for 5m"),
    ("AuctionCloseLag", "bid-engine", "critical", "lot close delay > 30s for 2m"),
    ("HTTP5xxRateHigh", "*", "warning", "5xx ratio > 2% for 10m"),
    ("HTTP5xxRateHigh", "*", "critical", "5xx ratio > 5% for 10m"),
    ("LedgerHoldsBacklog", "escrow-ledger", "critical", "ledger_holds_pending > 200 for 15m"),
    ("PhotoQueueBacklog", "photo-forge", "warning", "photo_queue_depth > 5000 for 10m"),
    ("PhotoQueueBacklog", "photo-forge", "critical", "photo_queue_depth > 20000 for 10m"),
    ("NotifyDeliveryFailing", "notify-relay", "warning", "failed/total notify_messages > 3% for 10m"),
    ("ProvenanceUpstreamTimeouts", "provenance-api", "warning", "upstream timeouts > 5% for 10m"),
    ("KubePodCrashLooping", "*", "warning", "> 3 container restarts in 15m"),
    ("ContainerMemoryNearLimit", "*", "warning", "working set > 90% of limit for 10m"),
    ("CPUThrottlingHigh", "*", "info", "> 25% CFS periods throttled for 15m"),
    ("NodeDiskLatencyHigh", None, "warning", "avg disk read/write latency > 50ms for 10m"),
    ("CertExpiringSoon", None, "warning", "TLS certificate expires in < 14d"),
]
METRICS = [
    "http_requests_total{service,route,code}", "http_request_duration_seconds_bucket{service,route}",
    "gearbid_bids_placed_total", "gearbid_bid_rejections_total{reason}", "ledger_holds_pending",
    "ledger_settlement_duration_seconds_bucket", "photo_queue_depth", "photo_jobs_total{job_type,status}",
    "notify_messages_total{channel,status}", "provenance_upstream_requests_total{provider,outcome}",
    "container_cpu_usage_seconds_total", "container_memory_working_set_bytes",
    "kube_pod_container_status_restarts_total", "node_disk_read_time_seconds_total",
    "node_disk_write_time_seconds_total", "node_disk_reads_completed_total", "node_disk_writes_completed_total",
]

# ----------------------------------------------------------------- Part 1: the org's question history
# (voice, local "MM-DD HH:MM", question as typed, [(datasource, query the helper ran)])
HQ = 'histogram_quantile'
HISTORY = [
 ("greg", "02-27 08:30", "Before my staff meeting I'd like a sense of how the gavel did overnight. Any incidents or critical pages for it?",
  [("incidents", 'service="bid-engine" since=2026-02-26T22:00:00-05:00 until=2026-02-27T06:00:00-05:00'),
   ("alertmanager", 'service="bid-engine",severity="critical" since=2026-02-26T22:00:00-05:00 until=2026-02-27T06:00:00-05:00')]),
 ("ruta", "02-27 09:12", "gavel p99 last 1h?",
  [("prometheus", HQ + '(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="bid-engine",namespace="auctions"}[5m]))) range=1h step=1m')]),
 ("jaz", "02-28 10:15", "yo is inspections borked?? ppl cant book slots lol",
  [("prometheus", 'sum(rate(http_requests_total{service="inspect-booker",route="/api/v1/slots",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="inspect-booker",route="/api/v1/slots"}[5m])) range=15m'),
   ("alertmanager", 'service="inspect-booker",state="active"')]),
 ("farhana", "02-27 11:20", "Good morning! Could you kindly tell me whether paybox had any critical alerts overnight? Thank you so much.",
  [("alertmanager", 'service="escrow-ledger",severity="critical" since=2026-02-26T22:00:00+06:00 until=2026-02-27T06:00:00+06:00')]),
 ("somchai", "02-27 10:30", "Please tell me the queue of imgproc, it is growing since morning?",
  [("prometheus", 'max(photo_queue_depth{service="photo-forge",namespace="media"}) start=2026-02-27T06:00:00+07:00 step=5m')]),
 ("mick", "02-27 10:00", 'running `sum(rate(http_requests_total{service="bid-engine",code=~"5.."}[5m]))` gives nothing for ap, is gavel even scraped in prod-ap-1? last 1h',
  [("prometheus", 'sum(rate(http_requests_total{service="bid-engine",cluster="prod-ap-1",code=~"5.."}[5m])) range=1h'),
   ("prometheus", 'up{job="bid-engine",cluster="prod-ap-1"} range=1h')]),
 ("lucho", "02-27 22:10", "alerts firing now",
  [("alertmanager", 'state="active"')]),
 ("kwame", "02-28 09:00", "Please list all critical alerts between 2026-02-27T22:00Z and 2026-02-28T06:00Z for escrow-ledger.",
  [("alertmanager", 'service="escrow-ledger",severity="critical" since=2026-02-27T22:00:00Z until=2026-02-28T06:00:00Z')]),
 ("mick", "03-01 13:30", '`{namespace="trust-svcs",app="provenance-api"} |= "upstream timeout"` how many of these since 9am for vinny?',
  [("loki", 'sum(count_over_time({namespace="trust-svcs",app="provenance-api"} |= "upstream timeout" [4h30m])) start=2026-03-01T09:00:00+10:30')]),
 ("somchai", "03-01 14:15", "How many message the pinger fail to send yesterday, by channel?",
  [("prometheus", 'sum by (channel) (increase(notify_messages_total{service="notify-relay",status="failed"}[24h])) at=2026-03-01T00:00:00+07:00')]),
 ("jaz", "03-01 20:40", "hw many 500s on insp today ngl looks sus",
  [("prometheus", 'sum(increase(http_requests_total{service="inspect-booker",code="500"}[20h40m]))')]),
 ("lucho", "03-01 03:20", "pinger errors last 15m",
  [("prometheus", 'sum(increase(http_requests_total{service="notify-relay",code=~"5.."}[15m]))')]),
 ("kwame", "03-02 12:30", "Request: incident count by severity for escrow-ledger for the period 2026-02-23T00:00Z to 2026-03-01T23:59Z.",
  [("incidents", 'service="escrow-ledger" since=2026-02-23T00:00:00Z until=2026-03-01T23:59:00Z group_by=severity')]),
 ("ruta", "03-02 08:40", "crit alerts gavel since midnight",
  [("alertmanager", 'service="bid-engine",namespace="auctions",severity="critical" since=2026-03-02T00:00:00+02:00')]),
 ("farhana", "03-02 10:05", "Hello, would you please show the pending holds on the escrow service for the last 6 hours? Many thanks.",
  [("prometheus", 'max(ledger_holds_pending{service="escrow-ledger"}) range=6h step=5m')]),
 ("greg", "03-02 16:00", "Can you summarize how many incidents we had last week and which teams owned them?",
  [("incidents", 'since=-7d group_by=team')]),
 ("somchai", "03-03 09:45", "photo pipeline have crashloop now? I see pods restart",
  [("kubernetes", 'namespace=media app=photo-forge reason=BackOff since=-15m'),
   ("prometheus", 'sum(increase(kube_pod_container_status_restarts_total{namespace="media",container="photo-forge"}[15m]))')]),
 ("jaz", "03-03 09:05", "vinny latnecy p95 last 2hrs pls",
  [("prometheus", HQ + '(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="provenance-api"}[5m]))) range=2h')]),
 ("mick", "03-03 16:10", 'can you run `topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="media"}[5m])))` for the last 3h, imgproc feels hot',
  [("prometheus", 'topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="media",container="photo-forge"}[5m]))) range=3h')]),
 ("lucho", "03-03 23:45", "gavel p99 now",
  [("prometheus", HQ + '(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="bid-engine"}[5m])))')]),
 ("kwame", "03-04 08:15", "Provide the 5xx ratio for notify-relay from 03:00 to 05:00 UTC today.",
  [("prometheus", 'sum(rate(http_requests_total{service="notify-relay",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="notify-relay"}[5m])) start=2026-03-04T03:00:00Z end=2026-03-04T05:00:00Z')]),
 ("greg", "03-04 11:15", "I'm hearing the gavel was slow during the Porsche sale last night. Can you pull bid latency between 8pm and 11pm?",
  [("prometheus", HQ + '(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="bid-engine",route="/api/v2/bids"}[5m]))) start=2026-03-03T20:00:00-05:00 end=2026-03-03T23:00:00-05:00')]),
 ("farhana", "03-04 15:30", "Sorry to trouble you, may I see the settlement p99 for the money svc today?",
  [("prometheus", HQ + '(0.99, sum by (le) (rate(ledger_settlement_duration_seconds_bucket{service="escrow-ledger"}[5m]))) start=2026-03-04T00:00:00+06:00')]),
 ("ruta", "03-05 14:03", "lotsvc restarts 24h",
  [("prometheus", 'sum(increase(kube_pod_container_status_restarts_total{namespace="auctions",container="lot-catalog"}[24h]))')]),
 ("mick", "03-05 11:25", "histogram_quantile(0.95, ...) for inspect-booker /api/v1/bookings, past 24h please",
  [("prometheus", HQ + '(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="inspect-booker",route="/api/v1/bookings"}[5m]))) range=24h')]),
 ("lucho", "03-05 02:10", "crit alerts last 3h",
  [("alertmanager", 'severity="critical" since=-3h')]),
 ("somchai", "03-06 16:20", "Show me warning alert for imgproc in this week",
  [("alertmanager", 'service="photo-forge",severity="warning" since=2026-03-02T00:00:00+07:00')]),
 ("ruta", "03-06 12:00", "oom kills imgproc prod-eu-1 7d",
  [("kubernetes", 'cluster=prod-eu-1 namespace=media app=photo-forge reason=OOMKilled since=-7d')]),
 ("greg", "03-06 14:20", "Give me a trend of bids placed per hour this week versus last week.",
  [("prometheus", 'sum(increase(gearbid_bids_placed_total{service="bid-engine"}[1h])) start=2026-03-02T00:00:00-05:00 step=1h'),
   ("prometheus", 'sum(increase(gearbid_bids_placed_total{service="bid-engine"}[1h] offset 7d)) start=2026-03-02T00:00:00-05:00 step=1h')]),
 ("jaz", "03-06 14:30", "any k8s evnts for insp in the trust-svcs ns in the last hr? smth feels off",
  [("kubernetes", 'namespace=trust-svcs app=inspect-booker since=-1h')]),
 ("farhana", "03-07 09:00", "Dear helper, were there any deploys of escrow-ledger this week, please?",
  [("argocd", 'app=escrow-ledger since=2026-03-02T00:00:00+06:00')]),
 ("kwame", "03-07 10:45", "Confirm whether the BidPlacementLatencyHigh alert fired for the gavel between 2026-03-06T18:00Z and 2026-03-06T23:00Z.",
  [("alertmanager", 'alertname="BidPlacementLatencyHigh",service="bid-engine" since=2026-03-06T18:00:00Z until=2026-03-06T23:00:00Z')]),
 ("somchai", "03-08 12:00", "how many incident was sev2 in this month",
  [("incidents", 'severity="sev2" since=2026-03-01T00:00:00+07:00')]),
 ("mick", "03-08 09:05", '`increase(kube_pod_container_status_restarts_total{cluster="prod-ap-1"}[1h])` by container for vinny, anything restarting?',
  [("prometheus", 'sum by (container) (increase(kube_pod_container_status_restarts_total{cluster="prod-ap-1",namespace="trust-svcs",container="provenance-api"}[1h]))')]),
 ("lucho", "03-08 21:30", "paybox 5xx since 8pm",
  [("prometheus", 'sum(increase(http_requests_total{service="escrow-ledger",code=~"5.."}[1h30m]))')]),
 ("greg", "03-09 09:45", "With the clocks changing yesterday, did anything in the auctioneer alerting get confused over the weekend?",
  [("alertmanager", 'service="bid-engine" since=2026-03-07T00:00:00-05:00 until=2026-03-09T00:00:00-04:00')]),
 ("farhana", "03-09 13:15", "Kindly list any open incidents for paybox. Thank you!",
  [("incidents", 'service="escrow-ledger",status="open"')]),
 ("ruta", "03-09 10:20", "deploys bid-engine this wk",
  [("argocd", 'app=bid-engine since=2026-03-09T00:00:00+02:00')]),
 ("jaz", "03-09 11:50", "did mechanic bookng deploy go thru this morn??",
  [("argocd", 'app=inspect-booker since=2026-03-09T06:00:00+13:00')]),
 ("somchai", "03-10 11:00", "notifier deploy is success or fail last night?",
  [("argocd", 'app=notify-relay since=2026-03-09T22:00:00+07:00 until=2026-03-10T06:00:00+07:00')]),
 ("kwame", "03-10 16:00", "Report the deployment history of photo-forge (formerly imgproc) since 2026-03-09T00:00Z.",
  [("argocd", 'app=photo-forge since=2026-03-09T00:00:00Z')]),
 ("mick", "03-10 14:50", 'loki: `{cluster="prod-ap-1",namespace="messaging"} | json | status="failed"` for pinger, last 30m',
  [("loki", '{cluster="prod-ap-1",namespace="messaging",app="notify-relay"} | json | status="failed" range=30m')]),
 ("lucho", "03-10 04:00", "listings pods not ready",
  [("kubernetes", 'namespace=auctions app=lot-catalog condition=Ready!=True')]),
 ("greg", "03-11 13:00", "How many deploys did mechanic booking ship this month, and did any fail?",
  [("argocd", 'app=inspect-booker since=2026-03-01T00:00:00-05:00'),
   ("argocd", 'app=inspect-booker since=2026-03-01T00:00:00-05:00 sync=Failed')]),
 ("ruta", "03-11 16:45", "eu1-node-b disk latency now",
  [("prometheus", 'rate(node_disk_read_time_seconds_total{instance="eu1-node-b"}[5m]) / rate(node_disk_reads_completed_total{instance="eu1-node-b"}[5m])')]),
 ("farhana", "03-11 17:45", "Could you please check if LedgerHoldsBacklog is firing for paybox right now? Much appreciated.",
  [("alertmanager", 'alertname="LedgerHoldsBacklog",service="escrow-ledger",state="active"')]),
 ("jaz", "03-11 16:25", "warnigns for vinny this wk, just the count tbh",
  [("alertmanager", 'service="provenance-api",severity="warning" since=2026-03-09T00:00:00+13:00 count')]),
 ("kwame", "03-12 07:30", "Kindly state the number of OOMKilled events for photo-forge in namespace media during the last 24 hours.",
  [("kubernetes", 'namespace=media app=photo-forge reason=OOMKilled since=-24h count')]),
 ("somchai", "03-12 13:40", "memory of pf container, it is near the limit?",
  [("prometheus", 'max(container_memory_working_set_bytes{namespace="media",container="photo-forge"}) / max(kube_pod_container_resource_limits{namespace="media",container="photo-forge",resource="memory"})')]),
 ("mick", "03-12 10:40", 'NodeDiskLatencyHigh on ap1-node-b, run `rate(node_disk_write_time_seconds_total{instance="ap1-node-b"}[5m])` since midnight?',
  [("prometheus", 'rate(node_disk_write_time_seconds_total{instance="ap1-node-b"}[5m]) / rate(node_disk_writes_completed_total{instance="ap1-node-b"}[5m]) start=2026-03-12T00:00:00+10:30')]),
 ("greg", "03-13 10:30", "For the board deck: what's the error rate on the listings service over the past 30 days?",
  [("prometheus", 'sum(increase(http_requests_total{service="lot-catalog",code=~"5.."}[30d])) / sum(increase(http_requests_total{service="lot-catalog"}[30d]))')]),
 ("ruta", "03-13 11:05", "listings 5xx by route, 6h",
  [("prometheus", 'sum by (route) (increase(http_requests_total{service="lot-catalog",code=~"5.."}[6h]))')]),
 ("lucho", "03-13 01:15", "photo pipeline queue depth last 2h",
  [("prometheus", 'max(photo_queue_depth{service="photo-forge"}) range=2h step=1m')]),
 ("farhana", "03-13 16:00", "Please, how many requests did /api/v1/releases receive yesterday?",
  [("prometheus", 'sum(increase(http_requests_total{service="escrow-ledger",route="/api/v1/releases"}[24h])) at=2026-03-13T00:00:00+06:00')]),
 ("kwame", "03-14 13:20", "For post-incident review INC-2291: provide the p99 settlement latency of paybox from 2026-03-13T14:00Z to 2026-03-13T16:30Z.",
  [("prometheus", HQ + '(0.99, sum by (le) (rate(ledger_settlement_duration_seconds_bucket{service="escrow-ledger"}[5m]))) start=2026-03-13T14:00:00Z end=2026-03-13T16:30:00Z')]),
 ("jaz", "03-14 12:05", "logs for history reports w/ 'rate limited' since 10am thx",
  [("loki", '{namespace="trust-svcs",app="provenance-api"} |= "rate limited" start=2026-03-14T10:00:00+13:00')]),
 ("somchai", "03-14 09:20", "NotifyDeliveryFailing alert fire how many time this week",
  [("alertmanager", 'alertname="NotifyDeliveryFailing",service="notify-relay" since=2026-03-09T00:00:00+07:00 count')]),
 ("farhana", "03-15 10:30", "Please may I have the 5xx count on /api/v1/holds for paybox since 9am?",
  [("prometheus", 'sum(increase(http_requests_total{service="escrow-ledger",route="/api/v1/holds",code=~"5.."}[1h30m]))')]),
 ("mick", "03-15 15:15", '`sum by (provider) (rate(provenance_upstream_requests_total{outcome="timeout"}[5m]))` vin check timeouts by provider, today',
  [("prometheus", 'sum by (provider) (rate(provenance_upstream_requests_total{service="provenance-api",outcome="timeout"}[5m])) start=2026-03-15T00:00:00+10:30')]),
 ("lucho", "03-15 22:50", "gavel deploys today",
  [("argocd", 'app=bid-engine since=2026-03-15T00:00:00-03:00')]),
 ("greg", "03-16 15:45", "Where are we on the paybox incident from this morning? Is it still open?",
  [("incidents", 'service="escrow-ledger" since=2026-03-16T06:00:00-04:00')]),
 ("somchai", "03-16 08:55", "which photo job fail most in last 12 hour",
  [("prometheus", 'topk(5, sum by (job_type) (increase(photo_jobs_total{service="photo-forge",status="failed"}[12h])))')]),
 ("jaz", "03-16 09:40", "is vin check slow or is it just me lmao, p99 rn",
  [("prometheus", HQ + '(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="provenance-api"}[5m])))')]),
 ("kwame", "03-17 11:10", "List the traces for provenance-api exceeding 3s between 09:00 and 10:00 UTC today.",
  [("tempo", '{resource.service.name="provenance-api" && duration > 3s} start=2026-03-17T09:00:00Z end=2026-03-17T10:00:00Z')]),
 ("ruta", "03-17 09:30", "auctioneer errors in logs since 8",
  [("loki", '{namespace="auctions",app="bid-engine"} | logfmt | level="error" start=2026-03-17T08:00:00+02:00')]),
 ("mick", "03-17 12:00", 'traceql `{resource.service.name="bid-engine" && duration > 2s}` last 2h, gavel in ap only',
  [("tempo", '{resource.service.name="bid-engine" && resource.k8s.cluster.name="prod-ap-1" && duration > 2s} range=2h')]),
 ("greg", "03-18 12:30", "How is mechanic booking holding up since the marketing email went out at 10?",
  [("prometheus", 'sum(rate(http_requests_total{service="inspect-booker"}[5m])) start=2026-03-18T10:00:00-04:00'),
   ("prometheus", 'sum(rate(http_requests_total{service="inspect-booker",code=~"5.."}[5m])) start=2026-03-18T10:00:00-04:00')]),
 ("farhana", "03-18 11:50", "Would you kindly show error logs from the ledger namespace for the past 30 minutes, please?",
  [("loki", '{namespace="ledger"} | logfmt | level="error" range=30m')]),
 ("somchai", "03-18 15:30", "pinger pods on ap1-node-a is healthy? kubelet say something",
  [("kubernetes", 'node=ap1-node-a namespace=messaging app=notify-relay since=-30m')]),
 ("jaz", "03-18 13:15", "top 5 slowest endpoints on insp yday",
  [("prometheus", 'topk(5, ' + HQ + '(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{service="inspect-booker"}[24h])))) at=2026-03-18T00:00:00+13:00')]),
 ("lucho", "03-18 00:30", "vinny timeouts last hour",
  [("prometheus", 'sum(increase(provenance_upstream_requests_total{service="provenance-api",outcome="timeout"}[1h]))')]),
 ("kwame", "03-19 15:40", "Provide pod restart counts per container in cluster prod-us-1 for the last 12 hours.",
  [("prometheus", 'sum by (container) (increase(kube_pod_container_status_restarts_total{cluster="prod-us-1"}[12h]))')]),
 ("greg", "03-19 09:10", "How many times has the money svc paged us this quarter?",
  [("alertmanager", 'service="escrow-ledger",severity="critical" since=2026-01-01T00:00:00-05:00 count')]),
 ("ruta", "03-19 13:50", "AuctionCloseLag firing?",
  [("alertmanager", 'alertname="AuctionCloseLag",service="bid-engine",state="active"')]),
 ("mick", "03-19 10:20", '`histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="lot-catalog"}[5m])))` catalogue p99 in prod-ap-1 vs prod-eu-1 last 24h',
  [("prometheus", HQ + '(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="lot-catalog",cluster="prod-ap-1"}[5m]))) range=24h'),
   ("prometheus", HQ + '(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="lot-catalog",cluster="prod-eu-1"}[5m]))) range=24h')]),
 ("mick", "03-20 09:30", "warning alerts in prod-ap-1 for pinger since Wednesday 6pm, grouped by alertname",
  [("alertmanager", 'cluster="prod-ap-1",service="notify-relay",severity="warning" since=2026-03-18T18:00:00+10:30 group_by=alertname')]),
 ("farhana", "03-20 14:00", "Thank you for your help earlier. Could you compare memory use of escrow between prod-eu-1 and prod-us-1 over the last day?",
  [("prometheus", 'sum(container_memory_working_set_bytes{namespace="ledger",container="escrow-ledger",cluster="prod-eu-1"}) range=24h'),
   ("prometheus", 'sum(container_memory_working_set_bytes{namespace="ledger",container="escrow-ledger",cluster="prod-us-1"}) range=24h')]),
 ("jaz", "03-20 17:00", "crashloops anywhere in prod rn??",
  [("kubernetes", 'cluster=~"prod-eu-1|prod-us-1|prod-ap-1" reason=BackOff since=-5m')]),
 ("ruta", "03-20 17:30", "bid rejections by reason 24h",
  [("prometheus", 'sum by (reason) (increase(gearbid_bid_rejections_total{service="bid-engine"}[24h]))')]),
 ("lucho", "03-20 02:30", "insp 5xx last 30m",
  [("prometheus", 'sum(increase(http_requests_total{service="inspect-booker",code=~"5.."}[30m]))')]),
 ("somchai", "03-21 10:05", "error log of the push thing, last 2 hour, only timeout",
  [("loki", '{namespace="messaging",app="notify-relay"} | logfmt | level="error" |= "timeout" range=2h')]),
 ("kwame", "03-21 09:55", "State the current firing alerts with severity warning for provenance-api as of now.",
  [("alertmanager", 'service="provenance-api",severity="warning",state="active"')]),
 ("jaz", "03-21 15:10", "wat deployed to stg-eu-1 today? smth broke staging for the catalogue lol",
  [("argocd", 'cluster=stg-eu-1 since=2026-03-21T00:00:00+13:00'),
   ("argocd", 'app=lot-catalog cluster=stg-eu-1 since=2026-03-21T00:00:00+13:00')]),
 ("lucho", "03-21 23:05", "incidents opened this week on listings",
  [("incidents", 'service="lot-catalog" opened_since=2026-03-16T00:00:00-03:00')]),
 ("mick", "03-22 11:00", '`sum(rate(gearbid_bids_placed_total[5m]))` in ap vs eu, last 6h',
  [("prometheus", 'sum(rate(gearbid_bids_placed_total{service="bid-engine",cluster="prod-ap-1"}[5m])) range=6h'),
   ("prometheus", 'sum(rate(gearbid_bids_placed_total{service="bid-engine",cluster="prod-eu-1"}[5m])) range=6h')]),
 ("ruta", "03-23 10:10", "stg-eu-1 pending pods lotsvc",
  [("kubernetes", 'cluster=stg-eu-1 namespace=auctions app=lot-catalog reason=FailedScheduling since=-1h')]),
 ("farhana", "03-23 09:40", "Good morning, may I please know whether cert expiry alerts are active anywhere? Thank you.",
  [("alertmanager", 'alertname="CertExpiringSoon",state="active"')]),
 ("greg", "03-23 17:20", "Has the history reports service been meeting its latency target today?",
  [("prometheus", HQ + '(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="provenance-api"}[5m]))) start=2026-03-23T00:00:00-04:00')]),
 ("jaz", "03-23 08:30", "incidents open for insp atm?",
  [("incidents", 'service="inspect-booker",status="open"')]),
 ("lucho", "03-23 03:40", "eu1-node-c cpu last 30m",
  [("prometheus", '1 - avg(rate(node_cpu_seconds_total{instance="eu1-node-c",mode="idle"}[5m])) range=30m')]),
 ("somchai", "03-24 19:10", "photo-forge p95 processing time today compare to yesterday",
  [("prometheus", HQ + '(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="photo-forge",route="/internal/render"}[5m]))) start=2026-03-24T00:00:00+07:00'),
   ("prometheus", HQ + '(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="photo-forge",route="/internal/render"}[5m]))) start=2026-03-23T00:00:00+07:00 end=2026-03-24T00:00:00+07:00')]),
 ("kwame", "03-24 10:05", "Provide the mean CPU utilisation of node us1-node-a from 2026-03-23T00:00Z to 2026-03-24T00:00Z.",
  [("prometheus", '1 - avg(rate(node_cpu_seconds_total{instance="us1-node-a",mode="idle"}[5m])) start=2026-03-23T00:00:00Z end=2026-03-24T00:00:00Z')]),
 ("mick", "03-24 16:30", '`{namespace="auctions",app="lot-catalog"} |~ "(?i)deadlock"` in listings logs last 24h',
  [("loki", '{namespace="auctions",app="lot-catalog"} |~ "(?i)deadlock" range=24h')]),
 ("ruta", "03-24 08:05", "notify-relay sends by channel 1h",
  [("prometheus", 'sum by (channel) (increase(notify_messages_total{service="notify-relay"}[1h]))')]),
 ("greg", "03-25 08:50", "Quick gut check: is everything healthy in us-east right now?",
  [("alertmanager", 'region="us-east",state="active"'),
   ("kubernetes", 'cluster=prod-us-1 type=Warning since=-5m')]),
 ("farhana", "03-25 12:10", "Could you kindly show me the slowest traces for the money svc in the last hour?",
  [("tempo", '{resource.service.name="escrow-ledger"} | select(duration) range=1h limit=20 order=duration_desc')]),
 ("ruta", "03-25 15:00", "gavel vs catalogue cpu, 3h",
  [("prometheus", 'sum by (container) (rate(container_cpu_usage_seconds_total{namespace="auctions",container=~"bid-engine|lot-catalog"}[5m])) range=3h')]),
 ("kwame", "03-25 14:30", "Request the list of resolved incidents for the auctioneer service in March 2026.",
  [("incidents", 'service="bid-engine",status="resolved" since=2026-03-01T00:00:00Z')]),
 ("jaz", "03-25 11:45", "mem on inspect-booker pods vs limit last 6h pls",
  [("prometheus", 'sum(container_memory_working_set_bytes{namespace="trust-svcs",container="inspect-booker"}) / sum(kube_pod_container_resource_limits{namespace="trust-svcs",container="inspect-booker",resource="memory"}) range=6h')]),
 ("lucho", "03-25 21:15", "bid-engine logs 'lot close' since 9pm",
  [("loki", '{namespace="auctions",app="bid-engine"} |= "lot close" start=2026-03-25T21:00:00-03:00')]),
]

# ----------------------------------------------------------------- semantics and range resolution
def local(tz, s):
    """'MM-DD HH:MM' in zone tz -> aware datetime; refuses nonexistent or ambiguous wall times."""
    d, hm = s.split()
    mo, dy = map(int, d.split("-")); hh, mm = map(int, hm.split(":"))
    z = ZoneInfo(tz)
    t0 = datetime(YEAR, mo, dy, hh, mm, tzinfo=z)
    t1 = datetime(YEAR, mo, dy, hh, mm, fold=1, tzinfo=z)
    if t0.utcoffset() != t1.utcoffset():
        raise ValueError(f"ambiguous wall time {s} in {tz}")
    if t0.astimezone(UTC).astimezone(z).replace(tzinfo=None) != t0.replace(tzinfo=None):
        raise ValueError(f"nonexistent wall time {s} in {tz}")
    return t0

def wall(day, hh, mm, tz):
    z = ZoneInfo(tz)
    t = datetime(day.year, day.month, day.day, hh, mm, tzinfo=z)
    if t.astimezone(UTC).astimezone(z).replace(tzinfo=None) != t.replace(tzinfo=None):
        raise ValueError(f"nonexistent wall time {day} {hh}:{mm} in {tz}")
    if t.utcoffset() != t.replace(fold=1).utcoffset():
        raise ValueError(f"ambiguous wall time {day} {hh}:{mm} in {tz}")
    return t.astimezone(UTC)

ZONES = {"UTC": "UTC", "PT": "America/Los_Angeles", "ET": "America/New_York"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
UNIT = {"m": 60, "h": 3600, "d": 86400}

def hm(s):
    h, m = s.split(":"); return int(h), int(m)

def resolve(expr, t, tz):
    """Return (start_utc, end_utc, rolling) for a range expression asked at aware local t."""
    tu = t.astimezone(UTC)
    today = t.date()
    w = expr.split()
    k = w[0]
    if k == "now":
        return tu - timedelta(minutes=5), tu, True
    if k == "last":
        n, u = float(w[1][:-1]), w[1][-1]
        return tu - timedelta(seconds=n * UNIT[u]), tu, True
    if k == "today":
        return wall(today, 0, 0, tz), tu, False
    if k == "yesterday":
        y = today - timedelta(days=1)
        return wall(y, 0, 0, tz), wall(today, 0, 0, tz), False
    if k == "day":  # most recent named weekday before today
        back = (today.weekday() - WD.index(w[1])) % 7 or 7
        d = today - timedelta(days=back)
        return wall(d, 0, 0, tz), wall(d + timedelta(days=1), 0, 0, tz), False
    if k == "date":
        d = date.fromisoformat(w[1])
        return wall(d, 0, 0, tz), wall(d + timedelta(days=1), 0, 0, tz), False
    if k in ("morning", "afternoon"):
        d = today - timedelta(days=1) if len(w) > 1 and w[1] == "-1" else today
        a, b = (6, 12) if k == "morning" else (12, 18)
        s, e = wall(d, a, 0, tz), wall(d, b, 0, tz)
        return s, min(e, tu), False
    if k == "lastnight":
        return wall(today - timedelta(days=1), 22, 0, tz), wall(today, 6, 0, tz), False
    if k == "week":
        mon = today - timedelta(days=today.weekday())
        return wall(mon, 0, 0, tz), tu, False
    if k == "month":
        return wall(today.replace(day=1), 0, 0, tz), tu, False
    if k == "weekend":
        assert today.weekday() == 0, "weekend asked on Monday only"
        return wall(today - timedelta(days=2), 0, 0, tz), wall(today, 0, 0, tz), False
    if k == "since":
        if re.match(r"\d{4}-\d\d-\d\d$", w[1]):
            return wall(date.fromisoformat(w[1]), 0, 0, tz), tu, False
        h, m = hm(w[1]); d = today
        if len(w) > 2:
            if w[2] == "-1":
                d = today - timedelta(days=1)
            else:
                back = (today.weekday() - WD.index(w[2])) % 7 or 7
                d = today - timedelta(days=back)
        return wall(d, h, m, tz), tu, False
    if k == "clock":  # clock HH:MM HH:MM [zone] [-1|YYYY-MM-DD]
        (h1, m1), (h2, m2) = hm(w[1]), hm(w[2])
        ztz, d = tz, None
        for extra in w[3:]:
            if extra in ZONES:
                ztz = ZONES[extra]
            elif extra == "-1":
                d = "-1"
            else:
                d = date.fromisoformat(extra)
        base = t.astimezone(ZoneInfo(ztz)).date()
        if d == "-1":
            base = base - timedelta(days=1)
        elif d is not None:
            base = d
        endd = base
        startd = base - timedelta(days=1) if (h2, m2) <= (h1, m1) else base
        return wall(startd, h1, m1, ztz), wall(endd, h2, m2, ztz), False
    if k == "abs":
        s = datetime.fromisoformat(w[1].replace("Z", "+00:00")).astimezone(UTC)
        e = tu if w[2] == "now" else datetime.fromisoformat(w[2].replace("Z", "+00:00")).astimezone(UTC)
        return s, e, False
    if k == "span":  # span MM-DD HH:MM MM-DD HH:MM (local)
        s = local(tz, w[1] + " " + w[2]).astimezone(UTC)
        e = local(tz, w[3] + " " + w[4]).astimezone(UTC)
        return s, e, False
    raise ValueError("bad range " + expr)

# filter groups: values of these keys are compared as sets of atoms
def _hosts(pred):
    return frozenset(h for c, (r, e, hs) in CLUSTERS.items() if pred(c, r, e) for h in hs)

def atoms(k, v):
    if k == "svc":
        assert v in SERVICES, v; return "svc", frozenset([v])
    if k == "team":
        assert v in TEAMS, v; return "svc", frozenset(s for s, x in SERVICES.items() if x[0] == v)
    if k == "ns":
        assert v in NAMESPACES, v; return "svc", frozenset(s for s, x in SERVICES.items() if x[1] == v)
    if k == "env":
        return "where", _hosts(lambda c, r, e: e == v)
    if k == "region":
        assert v in REGIONS, v; return "where", _hosts(lambda c, r, e: r == v)
    if k == "cluster":
        assert v in CLUSTERS, v; return "where", _hosts(lambda c, r, e: c == v)
    if k == "host":
        assert any(v in x[2] for x in CLUSTERS.values()), v; return "where", frozenset([v])
    if k == "route":
        assert any(v in x[2] for x in SERVICES.values()), v; return "route", frozenset([v])
    if k == "code":
        if v == "5xx": return "code", frozenset(["500", "502", "503", "504"])
        if v == "4xx": return "code", frozenset(["400", "401", "403", "404", "429"])
        return "code", frozenset([v])
    if k == "sev":
        assert v in ("critical", "warning", "info", "sev1", "sev2", "sev3"), v
    return k, frozenset([v])

INTERVAL_KEYS = ("thr", "dur")

def norm_filters(tokens):
    """-> {group: ("set", neg, frozenset) | ("iv", neg, (lo, hi))}"""
    out = {}
    for tok in tokens:
        k, v = tok.split("=", 1)
        neg = v.startswith("!")
        v = v.lstrip("!")
        if k in INTERVAL_KEYS:
            x = float(v[1:])
            iv = (x, float("inf")) if v[0] == ">" else (float("-inf"), x)
            assert k not in out
            out[k] = ("iv", neg, iv)
            continue
        g, st = None, frozenset()
        for part in v.split("+"):
            g, a = atoms(k, part)
            st = st | a
        if neg:  # a negated value is kept as its own marked atoms
            st = frozenset(("!", x) for x in st)
        if g in out:  # several filters of one group combine (svc + ns, cluster + host, ns + !svc ...)
            kind, n0, s0 = out[g]
            if neg or n0:
                st, neg = s0 | st, True
            else:
                st = s0 & st
            assert st, f"empty intersection in {tokens}"
        out[g] = ("set", neg, st)
    return out

def compare_filters(fa, fb):
    """'sibling' (rule 2), 'nested' (rule 4), 'equal'; raises on overlapping-but-not-nested."""
    res = "equal"
    for g in sorted(set(fa) | set(fb)):
        A, B = fa.get(g), fb.get(g)
        if A is None or B is None:
            X = A or B
            if X[1]:
                return "sibling"  # negation on one side only
            res = "nested"; continue
        if A[1] != B[1]:
            return "sibling"
        if A[0] == "iv":
            (a0, a1), (b0, b1) = A[2], B[2]
            if a1 <= b0 or b1 <= a0:
                return "sibling"
            if (a0, a1) == (b0, b1):
                continue
            if (a0 >= b0 and a1 <= b1) or (b0 >= a0 and b1 <= a1):
                res = "nested"; continue
            raise ValueError(f"overlapping intervals {g}")
        sa, sb = A[2], B[2]
        if A[1]:  # both negated: equal or refuse
            if sa != sb: raise ValueError("different negations")
            continue
        if not (sa & sb):
            return "sibling"
        if sa == sb:
            continue
        if sa <= sb or sb <= sa:
            res = "nested"; continue
        raise ValueError(f"overlapping non-nested {g}: {sorted(sa)} vs {sorted(sb)}")
    return res

def parse_sem(s):
    subj, intent, stat, filt, rng = [x.strip() for x in s.split("|")]
    toks = [] if filt in ("", "-") else [x.strip() for x in filt.split(",")]
    return {"subject": subj, "intent": intent, "stat": stat, "filters": toks, "range": rng}

BASE = {"ov": 0.25, "ratio": 31.0, "tolf": 0.15, "tolmin": 300.0, "ttl": 1.0, "base": "a"}

def decide(A, B, ra, rb, ta, tb, ttl, p=BASE):
    """spec.md, first rule that applies. Returns (label, rule)."""
    if A["subject"] != B["subject"]:
        return "miss", 1
    rel = compare_filters(norm_filters(A["filters"]), norm_filters(B["filters"]))
    if rel == "sibling":
        return "miss", 2
    (sa, ea, rolla), (sb, eb, rollb) = ra, rb
    la, lb = (ea - sa).total_seconds(), (eb - sb).total_seconds()
    ov = max(0.0, (min(ea, eb) - max(sa, sb)).total_seconds())
    short, long_ = min(la, lb), max(la, lb)
    same = rel == "equal" and A["intent"] == B["intent"] and A["stat"] == B["stat"]
    fresh = (tb - ta).total_seconds() <= ttl * p["ttl"]
    if ov < p["ov"] * short or long_ > p["ratio"] * short:
        if same and rolla and A["range"] == B["range"] and fresh:
            return "partial", 3
        return "miss", 3
    if not same:
        return "partial", 4
    L = {"a": la, "b": lb}[p["base"]]
    tol = max(p["tolf"] * L, p["tolmin"])
    match = abs((sa - sb).total_seconds()) <= tol and abs((ea - eb).total_seconds()) <= tol
    return ("hit" if fresh and match else "partial"), 5

def nudges():
    for ov, ratio, tf, tm, tt, base in itertools.product(
            (0.20, 0.25, 0.30), (27.0, 31.0, 35.0), (0.1275, 0.15, 0.1725),
            (255.0, 300.0, 345.0), (0.95, 1.0, 1.05), ("a", "b")):
        yield {"ov": ov, "ratio": ratio, "tolf": tf, "tolmin": tm, "ttl": tt, "base": base}

def is_dst_day(tz, d):
    z = ZoneInfo(tz)
    o0 = datetime(d.year, d.month, d.day, tzinfo=z).utcoffset()
    n = d + timedelta(days=1)
    return o0 != datetime(n.year, n.month, n.day, tzinfo=z).utcoffset()

# ----------------------------------------------------------------- Part 2: pairs
# (expect, (voice, "MM-DD HH:MM", ttl, question, sem), (voice, "MM-DD HH:MM", question, sem), note)
# sem = "subject|intent|stat|filters|range"
PARAPHRASE = [
 ("hit", ("ruta", "03-27 09:10", 1800, "crit alerts gavel 24h", "alerts|list|-|sev=critical,svc=bid-engine|last 24h"),
         ("ruta", "03-27 09:22", "critical alerts for bid-engine, last day", "alerts|list|-|sev=critical,svc=bid-engine|last 24h"), "nickname vs canonical, crit=critical, past day=24h"),
 ("hit", ("somchai", "03-27 14:00", 900, "Please show me imgproc queue depth for last 1 hour", "metric:queue_depth|value|-|svc=photo-forge|last 1h"),
         ("somchai", "03-27 14:03", "photo-forge queue depth past hour?", "metric:queue_depth|value|-|svc=photo-forge|last 1h"), "old name vs canonical, 3 min later"),
 ("hit", ("farhana", "03-27 10:00", 3600, "Could you kindly tell me how many critical alerts paybox had since midnight? Thank you.", "alerts|count|-|sev=critical,svc=escrow-ledger|today"),
         ("farhana", "03-27 10:20", "How many crit alerts has escrow-ledger had so far today, please?", "alerts|count|-|sev=critical,svc=escrow-ledger|today"), "since midnight = so far today"),
 ("hit", ("greg", "03-27 08:30", 3600, "How many incidents did we open last week?", "incidents|count|-|-|last 7d"),
         ("greg", "03-27 09:05", "What's our incident count over the past seven days?", "incidents|count|-|-|last 7d"), "last week = rolling 7d"),
 ("hit", ("mick", "03-27 11:00", 600, 'gavel 5xx rate for the last 30m: `sum(rate(http_requests_total{service="bid-engine",code=~"5.."}[5m]))`', "metric:requests|value|rate|svc=bid-engine,code=5xx|last 30m"),
         ("mick", "03-27 11:02", "gavel 5xx rate, past half hour", "metric:requests|value|rate|svc=bid-engine,code=5xx|last 30m"), "PromQL vs words, half hour=30m"),
 ("hit", ("kwame", "03-27 09:00", 3600, "Provide the list of warning alerts for notify-relay between 2026-03-27T06:00Z and 2026-03-27T08:00Z.", "alerts|list|-|sev=warning,svc=notify-relay|abs 2026-03-27T06:00Z 2026-03-27T08:00Z"),
         ("kwame", "03-27 09:15", "List warn alerts for the pinger from 06:00 to 08:00 UTC today.", "alerts|list|-|sev=warning,svc=notify-relay|clock 06:00 08:00 UTC"), "ISO vs clock UTC, warn=warning"),
 ("hit", ("jaz", "03-27 13:00", 1800, "hw many 5xx on insp last hr", "metric:requests|count|count|svc=inspect-booker,code=5xx|last 1h"),
         ("jaz", "03-27 13:04", "how many server errors did mechanic booking throw in the past hour?", "metric:requests|count|count|svc=inspect-booker,code=5xx|last 1h"), "errors=5xx, two nicknames"),
 ("hit", ("lucho", "03-27 22:00", 300, "gavel p99 now", "metric:latency|value|p99|svc=bid-engine|now"),
         ("lucho", "03-27 22:02", "bid-engine 99th percentile latency right now", "metric:latency|value|p99|svc=bid-engine|now"), "p99=99th percentile, now=right now"),
 ("hit", ("ruta", "03-28 10:00", 3600, "deploys lotsvc this wk", "deploys|list|-|svc=lot-catalog|week"),
         ("ruta", "03-28 10:30", "lot-catalog deploys since monday", "deploys|list|-|svc=lot-catalog|week"), "this week = since Monday"),
 ("hit", ("somchai", "03-28 09:00", 1800, "Have error logs of the pinger in last 2 hours? only timeout please", "logs|list|-|svc=notify-relay,level=error,match=timeout|last 2h"),
         ("somchai", "03-28 09:06", "notify-relay error logs containing timeout, last 2h", "logs|list|-|svc=notify-relay,level=error,match=timeout|last 2h"), "same log filter"),
 ("hit", ("farhana", "03-28 11:00", 7200, "Good morning, may I see the pending holds on the money svc over the last 6 hours, please?", "metric:holds_pending|value|-|svc=escrow-ledger|last 6h"),
         ("farhana", "03-28 11:30", "Kindly show ledger_holds_pending for escrow-ledger for the past six hours. Thank you!", "metric:holds_pending|value|-|svc=escrow-ledger|last 6h"), "description vs metric name"),
 ("hit", ("greg", "03-28 09:00", 86400, "Give me a rundown of every deploy the trust team shipped yesterday.", "deploys|list|-|team=trust|yesterday"),
         ("greg", "03-28 15:00", "Which deploys went out from the trust team on Friday?", "deploys|list|-|team=trust|day Fri"), "yesterday = Friday"),
 ("hit", ("mick", "03-28 16:00", 900, 'pinger smtp errors `{namespace="messaging",app="notify-relay"} |= "smtp" | level="error"` last 1h pls', "logs|list|-|svc=notify-relay,level=error,match=smtp|last 1h"),
         ("mick", "03-28 16:03", "pinger smtp errors in logs, past 60 min", "logs|list|-|svc=notify-relay,level=error,match=smtp|last 1h"), "LogQL vs words"),
 ("hit", ("kwame", "03-28 12:00", 1800, "State the number of open incidents for escrow-ledger as of now.", "incidents|count|-|svc=escrow-ledger,status=open|now"),
         ("kwame", "03-28 12:02", "How many incidents are currently open against paybox?", "incidents|count|-|svc=escrow-ledger,status=open|now"), "as of now = currently"),
 ("hit", ("jaz", "03-28 10:00", 3600, "vinny p95 latnecy since 8am pls", "metric:latency|value|p95|svc=provenance-api|since 08:00"),
         ("jaz", "03-28 10:12", "p95 latency for history reports from 8 till now", "metric:latency|value|p95|svc=provenance-api|since 08:00"), "typo, two nicknames"),
 ("hit", ("lucho", "03-28 23:00", 600, "listings pods not ready", "pods|list|-|svc=lot-catalog,ready=!true|now"),
         ("lucho", "03-28 23:03", "lot-catalog pods NOT ready rn", "pods|list|-|svc=lot-catalog,ready=!true|now"), "same negation both sides"),
 ("hit", ("ruta", "03-30 08:00", 1800, "oom kills prod-eu-1 24h", "k8s_events|list|-|reason=OOMKilled,cluster=prod-eu-1|last 24h"),
         ("ruta", "03-30 08:20", "OOMKilled events in prod-eu-1, past day", "k8s_events|list|-|reason=OOMKilled,cluster=prod-eu-1|last 24h"), "no nickname, reworded"),
 ("hit", ("somchai", "03-30 15:00", 3600, "How many job of photo-forge fail today?", "metric:photo_jobs|count|-|svc=photo-forge,status=failed|today"),
         ("somchai", "03-30 15:25", "count of failed imgproc jobs since midnight please", "metric:photo_jobs|count|-|svc=photo-forge,status=failed|today"), "today = since midnight"),
 ("hit", ("farhana", "03-30 09:30", 1800, "Could you please check whether LedgerHoldsBacklog is firing right now? Thank you.", "alerts|status|-|alertname=LedgerHoldsBacklog|now"),
         ("farhana", "03-30 09:32", "Is the LedgerHoldsBacklog alert active at the moment, please?", "alerts|status|-|alertname=LedgerHoldsBacklog|now"), "firing = active"),
 ("hit", ("greg", "03-30 10:00", 7200, "What did the error rate on listings look like over the last 30 days?", "metric:requests|value|ratio|svc=lot-catalog,code=5xx|last 30d"),
         ("greg", "03-30 11:30", "Remind me of the lot-catalog 5xx ratio for the past month.", "metric:requests|value|ratio|svc=lot-catalog,code=5xx|last 30d"), "last month = 30d, errors = 5xx"),
 ("hit", ("mick", "03-30 12:00", 1800, 'imgproc hot? `topk(5, sum by (pod)(rate(container_cpu_usage_seconds_total{namespace="media"}[5m])))` last 3h', "metric:cpu|top|-|ns=media|last 3h"),
         ("mick", "03-30 12:10", "top 5 pods by cpu in the media ns, past 3 hours", "metric:cpu|top|-|ns=media|last 3h"), "ns = namespace"),
 ("hit", ("kwame", "03-30 14:00", 3600, "Provide the p99 settlement latency for escrow-ledger from 2026-03-30T08:00Z to 2026-03-30T12:00Z.", "metric:settlement_latency|value|p99|svc=escrow-ledger|abs 2026-03-30T08:00Z 2026-03-30T12:00Z"),
         ("kwame", "03-30 14:30", "Report paybox settlement duration, 99th percentile, 08:00-12:00 UTC today.", "metric:settlement_latency|value|p99|svc=escrow-ledger|clock 08:00 12:00 UTC"), "ISO vs UTC clock range"),
 ("hit", ("jaz", "03-30 09:00", 1800, "any crashloops on insp rn??", "k8s_events|status|-|svc=inspect-booker,reason=BackOff|now"),
         ("jaz", "03-30 09:01", "is inspect-booker crashlooping atm", "k8s_events|status|-|svc=inspect-booker,reason=BackOff|now"), "rn = atm"),
 ("hit", ("lucho", "03-30 21:00", 900, "pinger errors last 15m", "metric:requests|count|count|svc=notify-relay,code=5xx|last 15m"),
         ("lucho", "03-30 21:02", "notify-relay 5xx last 15 min", "metric:requests|count|count|svc=notify-relay,code=5xx|last 15m"), "errors = 5xx"),
 ("hit", ("ruta", "03-31 09:00", 3600, "listings 5xx by route 6h", "metric:requests|top|count|svc=lot-catalog,code=5xx|last 6h"),
         ("ruta", "03-31 09:20", "lot-catalog 5xx per route, last 6 hours", "metric:requests|top|count|svc=lot-catalog,code=5xx|last 6h"), "same breakdown"),
 ("hit", ("somchai", "03-31 10:00", 1800, "pf memory near the limit now?", "metric:memory|status|-|svc=photo-forge|now"),
         ("somchai", "03-31 10:02", "photo-forge memory vs limit at the moment?", "metric:memory|status|-|svc=photo-forge|now"), "short form pf"),
 ("hit", ("farhana", "03-31 13:00", 3600, "Would you kindly list the deploys of paybox this week?", "deploys|list|-|svc=escrow-ledger|week"),
         ("farhana", "03-31 13:45", "Please list escrow-ledger deployments since Monday, thank you.", "deploys|list|-|svc=escrow-ledger|week"), "this week = since Monday"),
 ("hit", ("greg", "03-31 09:00", 3600, "Has the gavel stayed within its latency SLO this morning?", "metric:latency|status|p99|svc=bid-engine|morning"),
         ("greg", "03-31 09:10", "Has the auctioneer kept p99 latency inside the SLO since 6 this morning?", "metric:latency|status|p99|svc=bid-engine|since 06:00"), "this morning = since 06:00, old name"),
 ("hit", ("mick", "03-31 15:00", 3600, 'vin check timeouts `sum by (provider)(rate(provenance_upstream_requests_total{outcome="timeout"}[5m]))` today', "metric:upstream_timeouts|top|-|svc=provenance-api|today"),
         ("mick", "03-31 15:30", "vin check timeouts by provider since midnight", "metric:upstream_timeouts|top|-|svc=provenance-api|today"), "PromQL vs words"),
 ("hit", ("kwame", "03-31 08:00", 1800, "List the traces for provenance-api exceeding 3s between 06:00 and 07:00 UTC today.", "traces|list|-|svc=provenance-api,dur=>3000|clock 06:00 07:00 UTC"),
         ("kwame", "03-31 08:10", "Provide vinny traces slower than 3 seconds for 2026-03-31T06:00Z to 2026-03-31T07:00Z.", "traces|list|-|svc=provenance-api,dur=>3000|abs 2026-03-31T06:00Z 2026-03-31T07:00Z"), "clock UTC vs ISO"),
 ("hit", ("jaz", "03-31 11:00", 3600, "wat got deployed to stg-eu-1 today", "deploys|list|-|cluster=stg-eu-1|today"),
         ("jaz", "03-31 11:15", "deploys on stg-eu-1 since midnite pls", "deploys|list|-|cluster=stg-eu-1|today"), "typos, since midnight"),
 ("hit", ("lucho", "03-31 22:30", 1800, "vinny timeouts last hour", "metric:upstream_timeouts|count|-|svc=provenance-api|last 1h"),
         ("lucho", "03-31 22:34", "provenance-api upstream timeouts past 60m", "metric:upstream_timeouts|count|-|svc=provenance-api|last 1h"), "nickname vs canonical"),
 ("hit", ("ruta", "04-01 10:00", 1800, "eu1-node-b disk latency 1h", "metric:disk_latency|value|-|host=eu1-node-b|last 1h"),
         ("ruta", "04-01 10:05", "disk latency on eu1-node-b, past hour", "metric:disk_latency|value|-|host=eu1-node-b|last 1h"), "no nickname, 5 min drift"),
 ("hit", ("somchai", "04-01 09:00", 3600, "Show me warning alert for team media-comms in this week", "alerts|list|-|sev=warning,team=media-comms|week"),
         ("somchai", "04-01 09:40", "media-comms team warn alerts since monday pls", "alerts|list|-|sev=warning,team=media-comms|week"), "warn=warning"),
 ("hit", ("farhana", "04-01 16:00", 1800, "May I kindly see the slowest traces for the money svc in the last hour?", "traces|top|-|svc=escrow-ledger|last 1h"),
         ("farhana", "04-01 16:04", "Could you show the slowest escrow-ledger traces from the past 60 minutes, please?", "traces|top|-|svc=escrow-ledger|last 1h"), "description vs canonical"),
 ("hit", ("greg", "04-01 12:00", 3600, "Which services paged us the most this month? Top five.", "alerts|top|-|sev=critical|month"),
         ("greg", "04-01 12:30", "Top 5 services by critical alerts since April 1.", "alerts|top|-|sev=critical|since 2026-04-01"), "this month = since Apr 1"),
 ("hit", ("mick", "04-01 10:00", 1800, '`histogram_quantile(0.95, sum by (le)(rate(http_request_duration_seconds_bucket{service="inspect-booker",route="/api/v1/bookings"}[5m])))` past 24h', "metric:latency|value|p95|svc=inspect-booker,route=/api/v1/bookings|last 24h"),
         ("mick", "04-01 10:20", "p95 for insp /api/v1/bookings over the last day", "metric:latency|value|p95|svc=inspect-booker,route=/api/v1/bookings|last 24h"), "PromQL vs nickname"),
 ("hit", ("kwame", "04-01 11:00", 3600, "Provide pod restart counts per container in cluster prod-us-1 for the last 12 hours.", "metric:restarts|top|-|cluster=prod-us-1|last 12h"),
         ("kwame", "04-01 11:20", "Report container restarts in prod-us-1, broken down per container, past 12 hours.", "metric:restarts|top|-|cluster=prod-us-1|last 12h"), "reworded"),
 ("hit", ("jaz", "04-01 14:00", 3600, "incidents open for trust team atm?", "incidents|list|-|team=trust,status=open|now"),
         ("jaz", "04-01 14:02", "any open incidents on team trust rn", "incidents|list|-|team=trust,status=open|now"), "atm = rn"),
 ("hit", ("lucho", "04-01 23:00", 3600, "deploys today", "deploys|list|-|-|today"),
         ("lucho", "04-01 23:10", "what got deployed today", "deploys|list|-|-|today"), "reworded"),
 ("partial", ("ruta", "04-02 09:00", 900, "crit alerts auctions ns since midnight", "alerts|list|-|sev=critical,ns=auctions|today"),
         ("ruta", "04-02 11:00", "critical alerts in auctions namespace today", "alerts|list|-|sev=critical,ns=auctions|today"), "same q, answer 2h old > 15m TTL"),
 ("partial", ("somchai", "04-02 10:00", 1800, "photo pipeline deploy ok or fail last night?", "deploys|status|-|svc=photo-forge|lastnight"),
         ("somchai", "04-02 14:00", "did imgproc deploy fail overnight?", "deploys|status|-|svc=photo-forge|lastnight"), "same q, stale"),
 ("partial", ("farhana", "04-02 09:00", 3600, "Could you please tell me how many 5xx paybox returned yesterday?", "metric:requests|count|count|svc=escrow-ledger,code=5xx|yesterday"),
         ("farhana", "04-02 17:00", "How many server errors did escrow-ledger have yesterday, please?", "metric:requests|count|count|svc=escrow-ledger,code=5xx|yesterday"), "same q, 8h old > 1h TTL"),
 ("partial", ("greg", "04-02 08:00", 3600, "How many incidents did we have this week?", "incidents|count|-|-|week"),
         ("greg", "04-02 16:00", "Where are we on the incident count since Monday?", "incidents|count|-|-|week"), "same q, stale"),
 ("partial", ("mick", "04-02 09:00", 1800, "warning alerts prod-ap-1 since 6am grouped by alertname", "alerts|top|-|sev=warning,cluster=prod-ap-1|since 06:00"),
         ("mick", "04-02 13:00", "warn alerts in prod-ap-1 by alertname since 6", "alerts|top|-|sev=warning,cluster=prod-ap-1|since 06:00"), "same q, stale"),
 ("partial", ("kwame", "04-02 10:00", 1800, "Report the deployment history of photo-forge since 2026-04-01T00:00Z.", "deploys|list|-|svc=photo-forge|abs 2026-04-01T00:00Z now"),
         ("kwame", "04-02 15:00", "List deploys of imgproc from 2026-04-01T00:00Z until now.", "deploys|list|-|svc=photo-forge|abs 2026-04-01T00:00Z now"), "same q, stale"),
 ("partial", ("jaz", "04-02 09:00", 600, "mem on inspect-booker vs limit last 6h pls", "metric:memory|value|-|svc=inspect-booker|last 6h"),
         ("jaz", "04-02 10:00", "insp memory vs limit past 6 hrs", "metric:memory|value|-|svc=inspect-booker|last 6h"), "rolling, stale, overlap 5/6"),
 ("partial", ("lucho", "04-03 02:00", 300, "photo pipeline queue depth last 2h", "metric:queue_depth|value|-|svc=photo-forge|last 2h"),
         ("lucho", "04-03 02:30", "imgproc queue last 2h", "metric:queue_depth|value|-|svc=photo-forge|last 2h"), "rolling, stale, overlap 75%"),
 ("miss", ("ruta", "04-03 09:00", 3600, "gavel vs catalogue cpu 3h", "metric:cpu|compare|-|svc=bid-engine+lot-catalog|last 3h"),
         ("ruta", "04-03 13:00", "cpu bid-engine vs lot-catalog past 3h", "metric:cpu|compare|-|svc=bid-engine+lot-catalog|last 3h"), "same rolling q, stale, no overlap"),
 ("miss", ("somchai", "04-03 11:00", 900, "pinger is healthy now?", "health|status|-|svc=notify-relay|now"),
         ("somchai", "04-03 13:00", "notify-relay healthy at the moment?", "health|status|-|svc=notify-relay|now"), "same now q, 2h later, stale, no overlap"),
 ("miss", ("farhana", "04-03 10:00", 300, "Could you check whether paybox pods are all ready right now, please?", "pods|status|-|svc=escrow-ledger|now"),
         ("farhana", "04-03 10:20", "Are the escrow-ledger pods ready at the moment? Thank you.", "pods|status|-|svc=escrow-ledger|now"), "same now q, 20m > 5m TTL, no overlap"),
 ("partial", ("lucho", "04-03 22:00", 600, "alerts firing now", "alerts|list|-|state=firing|now"),
         ("lucho", "04-03 22:06", "what's firing rn", "alerts|list|-|state=firing|now"), "same now q re-asked while fresh: rule-3 exception"),
 ("partial", ("jaz", "04-03 15:00", 900, "is vin check slow rn? p99", "metric:latency|status|p99|svc=provenance-api|now"),
         ("jaz", "04-03 15:10", "provenance-api p99 right now, still slow?", "metric:latency|status|p99|svc=provenance-api|now"), "same now q, fresh, no overlap: partial"),
 ("hit", ("greg", "04-03 10:00", 3600, "Can you tell me how the history reports service has done on latency today?", "metric:latency|value|-|svc=provenance-api|today"),
         ("greg", "04-03 10:15", "How has provenance-api latency looked so far today?", "metric:latency|value|-|svc=provenance-api|today"), "description vs canonical"),
 ("hit", ("mick", "04-03 14:00", 1800, 'traceql `{resource.service.name="bid-engine" && duration > 2s}` last 2h', "traces|list|-|svc=bid-engine,dur=>2000|last 2h"),
         ("mick", "04-03 14:08", "gavel traces over 2s, past two hours", "traces|list|-|svc=bid-engine,dur=>2000|last 2h"), "TraceQL vs words"),
 ("hit", ("kwame", "04-03 09:00", 3600, "Provide the mean CPU utilisation of node us1-node-a from 2026-04-02T00:00Z to 2026-04-03T00:00Z.", "metric:cpu|value|avg|host=us1-node-a|abs 2026-04-02T00:00Z 2026-04-03T00:00Z"),
         ("kwame", "04-03 09:30", "State the average CPU usage of us1-node-a for yesterday.", "metric:cpu|value|avg|host=us1-node-a|yesterday"), "asker in UTC+0: yesterday = that UTC day"),
 ("hit", ("ruta", "04-06 09:00", 86400, "deploys gavel over weekend", "deploys|list|-|svc=bid-engine|weekend"),
         ("ruta", "04-06 12:00", "bid-engine deploys sat+sun", "deploys|list|-|svc=bid-engine|span 04-04 00:00 04-06 00:00"), "weekend asked Monday"),
 ("hit", ("somchai", "04-06 10:00", 3600, "how many incident was sev2 in this month", "incidents|count|-|sev=sev2|month"),
         ("somchai", "04-06 10:20", "count of sev2 incidents since 1 April please", "incidents|count|-|sev=sev2|since 2026-04-01"), "this month = since Apr 1"),
 ("hit", ("farhana", "04-06 11:00", 1800, "Could you kindly show error logs from the ledger namespace for the past 30 minutes?", "logs|list|-|ns=ledger,level=error|last 30m"),
         ("farhana", "04-06 11:03", "Please may I see error-level logs in ns ledger from the last half hour?", "logs|list|-|ns=ledger,level=error|last 30m"), "ns=namespace, half hour=30m"),
 ("hit", ("greg", "04-06 09:00", 7200, "Over the weekend, did the auctioneer page anyone?", "alerts|list|-|sev=critical,svc=bid-engine|weekend"),
         ("greg", "04-06 10:00", "Any critical alerts for bid-engine on Saturday or Sunday?", "alerts|list|-|sev=critical,svc=bid-engine|span 04-04 00:00 04-06 00:00"), "paged = critical alerts, old name"),
 ("hit", ("jaz", "04-06 10:00", 3600, "top 5 slowest endpoints on insp yday", "metric:latency|top|-|svc=inspect-booker|yesterday"),
         ("jaz", "04-06 10:30", "slowest 5 routes of mechanic booking yesterday", "metric:latency|top|-|svc=inspect-booker|yesterday"), "yday = yesterday (a 25h day)"),
 ("hit", ("lucho", "04-06 21:00", 1800, "gavel deploys today", "deploys|list|-|svc=bid-engine|today"),
         ("lucho", "04-06 21:15", "bid-engine deploys since midnight", "deploys|list|-|svc=bid-engine|today"), "nickname vs canonical"),
 ("hit", ("ruta", "04-07 09:00", 1800, "notify-relay sends by channel 1h", "metric:notify_sends|top|-|svc=notify-relay|last 1h"),
         ("ruta", "04-07 09:03", "pinger msgs per channel past 60m", "metric:notify_sends|top|-|svc=notify-relay|last 1h"), "canonical vs nickname"),
 ("hit", ("somchai", "04-07 14:00", 3600, "which photo job type fail most in last 12 hour", "metric:photo_jobs|top|-|svc=photo-forge,status=failed|last 12h"),
         ("somchai", "04-07 14:30", "top failing imgproc job types, 12h", "metric:photo_jobs|top|-|svc=photo-forge,status=failed|last 12h"), "same ranking"),
 ("partial", ("mick", "04-07 10:00", 1800, '`{namespace="auctions",app="lot-catalog"} |~ "(?i)deadlock"` last 24h', "logs|list|-|svc=lot-catalog,match=deadlock|last 24h"),
         ("mick", "04-07 10:45", "listings logs with deadlock in them, past day", "logs|list|-|svc=lot-catalog,match=deadlock|last 24h"), "same q, 45m > 30m TTL"),
 ("hit", ("kwame", "04-07 08:00", 3600, "State the current firing alerts with severity warning for team trust.", "alerts|list|-|sev=warning,team=trust,state=firing|now"),
         ("kwame", "04-07 08:03", "List active warning-level alerts owned by the trust team at present.", "alerts|list|-|sev=warning,team=trust,state=firing|now"), "firing = active"),
 ("hit", ("jaz", "04-07 09:00", 1800, "did mechanic bookng deploy go thru this morn??", "deploys|status|-|svc=inspect-booker|morning"),
         ("jaz", "04-07 09:15", "inspect-booker deploy this morning ok?", "deploys|status|-|svc=inspect-booker|morning"), "typos vs canonical"),
 ("hit", ("lucho", "04-07 23:30", 1800, "insp 5xx last 30m", "metric:requests|count|count|svc=inspect-booker,code=5xx|last 30m"),
         ("lucho", "04-07 23:32", "inspect-booker 5xx, last half hour", "metric:requests|count|count|svc=inspect-booker,code=5xx|last 30m"), "half hour = 30m"),
 ("partial", ("greg", "04-07 11:00", 3600, "How many deploys did the trust team ship this month, and did any fail?", "deploys|list|-|team=trust|month"),
         ("greg", "04-07 16:00", "Catch me up on trust team deploys so far in April, including any failures.", "deploys|list|-|team=trust|month"), "same q, 5h > 1h TTL"),
 ("hit", ("farhana", "04-07 10:00", 3600, "Would you kindly compare memory use of paybox between prod-eu-1 and prod-us-1 over the last day?", "metric:memory|compare|-|svc=escrow-ledger,cluster=prod-eu-1+prod-us-1|last 24h"),
         ("farhana", "04-07 10:30", "Please compare escrow-ledger memory in prod-eu-1 vs prod-us-1 for the past 24 hours.", "metric:memory|compare|-|svc=escrow-ledger,cluster=prod-eu-1+prod-us-1|last 24h"), "old name vs canonical"),
]

NEAR = [
 ("miss", ("ruta", "03-27 10:00", 1800, "crit alerts gavel 24h", "alerts|list|-|sev=critical,svc=bid-engine|last 24h"),
          ("ruta", "03-27 10:05", "warn alerts gavel 24h", "alerts|list|-|sev=warning,svc=bid-engine|last 24h"), "sibling severity"),
 ("partial", ("somchai", "03-27 11:00", 1800, "imgproc p95 processing time last 1 hour", "metric:latency|value|p95|svc=photo-forge|last 1h"),
          ("somchai", "03-27 11:02", "imgproc p50 processing time last 1 hour", "metric:latency|value|p50|svc=photo-forge|last 1h"), "other statistic p95 vs p50"),
 ("miss", ("farhana", "03-27 12:00", 3600, "May I please have the 5xx count on /api/v1/holds for paybox since 9am?", "metric:requests|count|count|svc=escrow-ledger,route=/api/v1/holds,code=5xx|since 09:00"),
          ("farhana", "03-27 12:05", "May I please have the 5xx count on /api/v1/releases for paybox since 9am?", "metric:requests|count|count|svc=escrow-ledger,route=/api/v1/releases,code=5xx|since 09:00"), "sibling endpoint"),
 ("partial", ("greg", "03-27 09:00", 1800, "How many incidents are open right now?", "incidents|count|-|status=open|now"),
          ("greg", "03-27 09:02", "List the incidents that are open right now.", "incidents|list|-|status=open|now"), "other intent: count vs list"),
 ("partial", ("mick", "03-27 13:00", 1800, '`sum(rate(http_requests_total{service="bid-engine",code="503"}[5m]))` last 1h', "metric:requests|value|rate|svc=bid-engine,code=503|last 1h"),
          ("mick", "03-27 13:02", '`sum(rate(http_requests_total{service="bid-engine",code=~"5.."}[5m]))` last 1h', "metric:requests|value|rate|svc=bid-engine,code=5xx|last 1h"), "nested: 503 inside 5xx"),
 ("miss", ("kwame", "03-27 10:00", 3600, "List critical alerts for escrow-ledger between 06:00 and 08:00 UTC today.", "alerts|list|-|sev=critical,svc=escrow-ledger|clock 06:00 08:00 UTC"),
          ("kwame", "03-27 10:05", "List non-critical alerts for escrow-ledger between 06:00 and 08:00 UTC today.", "alerts|list|-|sev=!critical,svc=escrow-ledger|clock 06:00 08:00 UTC"), "negation: non-critical"),
 ("miss", ("jaz", "03-27 14:00", 600, "insp pods NOT ready rn", "pods|list|-|svc=inspect-booker,ready=!true|now"),
          ("jaz", "03-27 14:01", "insp pods ready rn", "pods|list|-|svc=inspect-booker,ready=true|now"), "negation flipped"),
 ("partial", ("lucho", "03-27 23:00", 600, "gavel p99 now", "metric:latency|value|p99|svc=bid-engine|now"),
          ("lucho", "03-27 23:01", "gavel p50 now", "metric:latency|value|p50|svc=bid-engine|now"), "other statistic"),
 ("miss", ("ruta", "03-28 09:00", 1800, "lotsvc restarts 24h", "metric:restarts|count|-|svc=lot-catalog|last 24h"),
          ("ruta", "03-28 09:05", "lotsvc oom kills 24h", "k8s_events|count|-|svc=lot-catalog,reason=OOMKilled|last 24h"), "different subject: restarts metric vs OOM events"),
 ("miss", ("somchai", "03-28 10:00", 1800, "memory of pf container in last 3 hours", "metric:memory|value|-|svc=photo-forge|last 3h"),
          ("somchai", "03-28 10:02", "cpu of pf container in last 3 hours", "metric:cpu|value|-|svc=photo-forge|last 3h"), "memory vs cpu"),
 ("miss", ("farhana", "03-28 13:00", 1800, "Could you kindly show disk read IOPS on eu1-node-a for the last hour?", "metric:disk_read_iops|value|-|host=eu1-node-a|last 1h"),
          ("farhana", "03-28 13:02", "Could you kindly show disk write IOPS on eu1-node-a for the last hour?", "metric:disk_write_iops|value|-|host=eu1-node-a|last 1h"), "read vs write"),
 ("miss", ("greg", "03-28 10:00", 3600, "How many sev1 incidents have we had this month?", "incidents|count|-|sev=sev1|month"),
          ("greg", "03-28 10:10", "How many sev2 incidents have we had this month?", "incidents|count|-|sev=sev2|month"), "sibling incident severity"),
 ("miss", ("mick", "03-28 15:00", 1800, '`increase(kube_pod_container_status_restarts_total{cluster="prod-ap-1"}[1h])` anything restarting?', "metric:restarts|list|-|cluster=prod-ap-1|last 1h"),
          ("mick", "03-28 15:03", '`increase(kube_pod_container_status_restarts_total{cluster="prod-us-1"}[1h])` anything restarting?', "metric:restarts|list|-|cluster=prod-us-1|last 1h"), "sibling cluster"),
 ("partial", ("kwame", "03-28 09:00", 3600, "Provide the count of critical alerts for bid-engine from 2026-03-28T00:00Z to 2026-03-28T08:00Z.", "alerts|count|-|sev=critical,svc=bid-engine|abs 2026-03-28T00:00Z 2026-03-28T08:00Z"),
          ("kwame", "03-28 09:10", "Provide the list of critical alerts for bid-engine from 2026-03-28T00:00Z to 2026-03-28T08:00Z.", "alerts|list|-|sev=critical,svc=bid-engine|abs 2026-03-28T00:00Z 2026-03-28T08:00Z"), "count vs list"),
 ("miss", ("jaz", "03-28 11:00", 1800, "top 5 slowest endpoints on insp today", "metric:latency|top|-|svc=inspect-booker|today"),
          ("jaz", "03-28 11:05", "top 5 busiest endpoints on insp today", "metric:requests|top|-|svc=inspect-booker|today"), "latency vs traffic"),
 ("partial", ("lucho", "03-28 22:00", 1800, "crit alerts last 3h", "alerts|list|-|sev=critical|last 3h"),
          ("lucho", "03-28 22:02", "all alerts last 3h", "alerts|list|-|-|last 3h"), "nested: all contains critical"),
 ("miss", ("ruta", "03-30 10:00", 1800, "gavel 5xx rate 1h", "metric:requests|value|rate|svc=bid-engine,code=5xx|last 1h"),
          ("ruta", "03-30 10:02", "gavel 4xx rate 1h", "metric:requests|value|rate|svc=bid-engine,code=4xx|last 1h"), "sibling code class"),
 ("miss", ("somchai", "03-30 09:00", 3600, "warning alert for team media-comms this week", "alerts|list|-|sev=warning,team=media-comms|week"),
          ("somchai", "03-30 09:05", "critical alert for team media-comms this week", "alerts|list|-|sev=critical,team=media-comms|week"), "sibling severity"),
 ("partial", ("farhana", "03-30 14:00", 3600, "Could you please show pending holds for paybox in prod-eu-1 over the last 6 hours?", "metric:holds_pending|value|-|svc=escrow-ledger,cluster=prod-eu-1|last 6h"),
          ("farhana", "03-30 14:05", "Could you please show pending holds for paybox across all of prod over the last 6 hours?", "metric:holds_pending|value|-|svc=escrow-ledger,env=prod|last 6h"), "nested: prod contains prod-eu-1"),
 ("partial", ("greg", "03-30 15:00", 3600, "How many deploys went out today?", "deploys|count|-|-|today"),
          ("greg", "03-30 15:05", "How many deploys failed today?", "deploys|count|-|state=failed|today"), "nested: failed subset of all deploys"),
 ("miss", ("mick", "03-30 10:00", 900, '`{namespace="messaging",app="notify-relay"} | level="error"` last 1h', "logs|list|-|svc=notify-relay,level=error|last 1h"),
          ("mick", "03-30 10:02", '`{namespace="messaging",app="notify-relay"} | level="warn"` last 1h', "logs|list|-|svc=notify-relay,level=warn|last 1h"), "sibling log level"),
 ("miss", ("kwame", "03-30 11:00", 3600, "List incidents with status resolved since 2026-03-23T00:00Z.", "incidents|list|-|status=resolved|abs 2026-03-23T00:00Z now"),
          ("kwame", "03-30 11:05", "List incidents with status open since 2026-03-23T00:00Z.", "incidents|list|-|status=open|abs 2026-03-23T00:00Z now"), "sibling status"),
 ("miss", ("jaz", "03-30 16:00", 1800, "vinny p95 last 2hrs", "metric:latency|value|p95|svc=provenance-api|last 2h"),
          ("jaz", "03-30 16:03", "vinny p95 last 2hrs but leave out the carvertical provider calls", "metric:latency|value|p95|svc=provenance-api,provider=!carvertical|last 2h"), "negation: excluding a provider"),
 ("partial", ("lucho", "03-30 23:00", 1800, "paybox 5xx since 8pm", "metric:requests|count|count|svc=escrow-ledger,code=5xx|since 20:00"),
          ("lucho", "03-30 23:02", "paybox 503s since 8pm", "metric:requests|count|count|svc=escrow-ledger,code=503|since 20:00"), "nested: 503 inside 5xx"),
 ("miss", ("ruta", "03-31 08:30", 1800, "crit alerts auctions ns today", "alerts|list|-|sev=critical,ns=auctions|today"),
          ("ruta", "03-31 08:33", "crit alerts auctions ns today excl gavel", "alerts|list|-|sev=critical,ns=auctions,svc=!bid-engine|today"), "negation: excluding a service"),
 ("miss", ("somchai", "03-31 12:00", 3600, "how many message pinger fail to send on sms channel today", "metric:notify_sends|count|-|svc=notify-relay,status=failed,channel=sms|today"),
          ("somchai", "03-31 12:05", "how many message pinger fail to send on email channel today", "metric:notify_sends|count|-|svc=notify-relay,status=failed,channel=email|today"), "sibling channel"),
 ("partial", ("farhana", "03-31 10:00", 3600, "May I see the settlement p99 for the money svc today, please?", "metric:settlement_latency|value|p99|svc=escrow-ledger|today"),
          ("farhana", "03-31 10:04", "May I see the settlement p95 for the money svc today, please?", "metric:settlement_latency|value|p95|svc=escrow-ledger|today"), "other statistic"),
 ("miss", ("greg", "03-31 16:00", 600, "Is the gavel healthy right now?", "health|status|-|svc=bid-engine|now"),
          ("greg", "03-31 16:01", "Is the catalogue healthy right now?", "health|status|-|svc=lot-catalog|now"), "sibling service"),
 ("miss", ("mick", "03-31 11:00", 1800, '`sum(rate(gearbid_bids_placed_total{cluster="prod-ap-1"}[5m]))` last 6h', "metric:bids|value|rate|cluster=prod-ap-1|last 6h"),
          ("mick", "03-31 11:03", '`sum(rate(gearbid_bid_rejections_total{cluster="prod-ap-1"}[5m]))` last 6h', "metric:bid_rejections|value|rate|cluster=prod-ap-1|last 6h"), "bids placed vs rejections"),
 ("partial", ("kwame", "03-31 09:00", 3600, "Provide traces for provenance-api exceeding 3s between 06:00 and 07:00 UTC today.", "traces|list|-|svc=provenance-api,dur=>3000|clock 06:00 07:00 UTC"),
          ("kwame", "03-31 09:05", "Provide traces for provenance-api exceeding 1s between 06:00 and 07:00 UTC today.", "traces|list|-|svc=provenance-api,dur=>1000|clock 06:00 07:00 UTC"), "nested threshold: >1s contains >3s"),
 ("miss", ("jaz", "03-31 13:00", 1800, "hw many 500s on insp today", "metric:requests|count|count|svc=inspect-booker,code=500|today"),
          ("jaz", "03-31 13:02", "hw many 502s on insp today", "metric:requests|count|count|svc=inspect-booker,code=502|today"), "sibling status code"),
 ("hit", ("lucho", "03-31 21:30", 1800, "acked alerts last 2h", "alerts|list|-|state=acknowledged|last 2h"),
          ("lucho", "03-31 21:32", "acknowledged alerts last 2h", "alerts|list|-|state=acknowledged|last 2h"), "acked = acknowledged"),
 ("miss", ("ruta", "04-01 09:00", 1800, "eu1-node-b cpu 1h", "metric:cpu|value|-|host=eu1-node-b|last 1h"),
          ("ruta", "04-01 09:02", "eu1-node-b mem 1h", "metric:memory|value|-|host=eu1-node-b|last 1h"), "cpu vs memory"),
 ("partial", ("somchai", "04-01 15:00", 1800, "error log of the push thing, last 2 hour, only timeout", "logs|list|-|svc=notify-relay,level=error,match=timeout|last 2h"),
          ("somchai", "04-01 15:03", "error log of the push thing, last 2 hour", "logs|list|-|svc=notify-relay,level=error|last 2h"), "nested: all errors contain timeout errors"),
 ("miss", ("farhana", "04-01 09:30", 3600, "Could you kindly list critical alerts for paybox overnight?", "alerts|list|-|sev=critical,svc=escrow-ledger|lastnight"),
          ("farhana", "04-01 09:35", "Could you kindly list critical alerts for paybox overnight, excluding LedgerHoldsBacklog?", "alerts|list|-|sev=critical,svc=escrow-ledger,alertname=!LedgerHoldsBacklog|lastnight"), "negation: excluding an alert"),
 ("partial", ("greg", "04-01 10:00", 3600, "Which services had the most critical alerts this week? Top five.", "alerts|top|-|sev=critical|week"),
          ("greg", "04-01 10:10", "How many critical alerts did we have this week?", "alerts|count|-|sev=critical|week"), "top vs count"),
 ("miss", ("mick", "04-01 14:00", 1800, '`histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{service="lot-catalog",cluster="prod-ap-1"}[5m])))` last 24h', "metric:latency|value|p99|svc=lot-catalog,cluster=prod-ap-1|last 24h"),
          ("mick", "04-01 14:05", 'same but `cluster="prod-eu-1"`, catalogue p99 last 24h', "metric:latency|value|p99|svc=lot-catalog,cluster=prod-eu-1|last 24h"), "sibling cluster"),
 ("partial", ("kwame", "04-01 12:00", 3600, "Provide the 5xx ratio for notify-relay from 09:00 to 11:00 UTC today.", "metric:requests|value|ratio|svc=notify-relay,code=5xx|clock 09:00 11:00 UTC"),
          ("kwame", "04-01 12:05", "Provide the 5xx count for notify-relay from 09:00 to 11:00 UTC today.", "metric:requests|value|count|svc=notify-relay,code=5xx|clock 09:00 11:00 UTC"), "ratio vs count"),
 ("partial", ("jaz", "04-01 10:00", 1800, "k8s evnts for insp in trust-svcs ns last hr", "k8s_events|list|-|svc=inspect-booker|last 1h"),
          ("jaz", "04-01 10:02", "k8s evnts for whole trust-svcs ns last hr", "k8s_events|list|-|ns=trust-svcs|last 1h"), "nested: namespace contains service"),
 ("miss", ("lucho", "04-01 22:00", 1800, "pods cpu above 80% last hour", "metric:cpu|list|-|thr=>80|last 1h"),
          ("lucho", "04-01 22:02", "pods cpu below 80% last hour", "metric:cpu|list|-|thr=<80|last 1h"), "above vs below"),
 ("partial", ("ruta", "04-02 10:00", 1800, "cpu >90% nodes prod-eu-1 1h", "metric:cpu|list|-|cluster=prod-eu-1,thr=>90|last 1h"),
          ("ruta", "04-02 10:03", "cpu >70% nodes prod-eu-1 1h", "metric:cpu|list|-|cluster=prod-eu-1,thr=>70|last 1h"), "nested threshold"),
 ("miss", ("somchai", "04-02 16:00", 3600, "photo-forge deploy in staging today", "deploys|list|-|svc=photo-forge,env=staging|today"),
          ("somchai", "04-02 16:05", "photo-forge deploy in prod today", "deploys|list|-|svc=photo-forge,env=prod|today"), "staging vs prod"),
 ("miss", ("farhana", "04-02 12:00", 1800, "Could you kindly list open incidents for the payments-eng team?", "incidents|list|-|team=payments-eng,status=open|now"),
          ("farhana", "04-02 12:03", "Could you kindly list open incidents for every team except payments-eng?", "incidents|list|-|team=!payments-eng,status=open|now"), "negation: except a team"),
 ("miss", ("greg", "04-02 10:00", 7200, "What's the error rate on listings over the past 30 days?", "metric:requests|value|ratio|svc=lot-catalog,code=5xx|last 30d"),
          ("greg", "04-02 10:15", "What's the error rate on the gavel over the past 30 days?", "metric:requests|value|ratio|svc=bid-engine,code=5xx|last 30d"), "sibling service"),
 ("miss", ("mick", "04-02 11:00", 1800, 'pinger `{cluster="prod-ap-1",namespace="messaging"} | json | status="failed"` last 30m', "logs|list|-|svc=notify-relay,cluster=prod-ap-1,status=failed|last 30m"),
          ("mick", "04-02 11:02", 'pinger `{cluster="prod-ap-1",namespace="messaging"} | json | status="retrying"` last 30m', "logs|list|-|svc=notify-relay,cluster=prod-ap-1,status=retrying|last 30m"), "sibling status value"),
 ("miss", ("kwame", "04-02 08:00", 3600, "Kindly state the number of OOMKilled events in namespace media during the last 24 hours.", "k8s_events|count|-|ns=media,reason=OOMKilled|last 24h"),
          ("kwame", "04-02 08:05", "Kindly state the number of Evicted events in namespace media during the last 24 hours.", "k8s_events|count|-|ns=media,reason=Evicted|last 24h"), "sibling event reason"),
 ("partial", ("jaz", "04-02 15:00", 3600, "warnigns for team trust this wk, count", "alerts|count|-|sev=warning,team=trust|week"),
          ("jaz", "04-02 15:05", "warnigns for vinny this wk, count", "alerts|count|-|sev=warning,svc=provenance-api|week"), "nested: team trust contains provenance-api"),
 ("miss", ("lucho", "04-02 23:00", 1800, "vinny timeouts last hour", "metric:upstream_timeouts|count|-|svc=provenance-api|last 1h"),
          ("lucho", "04-02 23:02", "vinny 5xx last hour", "metric:requests|count|count|svc=provenance-api,code=5xx|last 1h"), "upstream timeouts vs 5xx"),
 ("partial", ("ruta", "04-03 09:30", 3600, "deploys gavel this wk", "deploys|list|-|svc=bid-engine|week"),
          ("ruta", "04-03 09:35", "failed syncs gavel this wk", "deploys|list|-|svc=bid-engine,state=failed|week"), "nested: failed deploys"),
 ("partial", ("somchai", "04-03 09:00", 1800, "pinger p99 send latency last 1 hour", "metric:latency|value|p99|svc=notify-relay|last 1h"),
          ("somchai", "04-03 09:03", "pinger average send latency last 1 hour", "metric:latency|value|avg|svc=notify-relay|last 1h"), "p99 vs average"),
 ("miss", ("farhana", "04-03 14:00", 3600, "May I have the 5xx count on paybox since 9am, please?", "metric:requests|count|count|svc=escrow-ledger,code=5xx|since 09:00"),
          ("farhana", "04-03 14:05", "May I have the 4xx count on paybox since 9am, please?", "metric:requests|count|count|svc=escrow-ledger,code=4xx|since 09:00"), "5xx vs 4xx"),
 ("partial", ("greg", "04-03 11:00", 3600, "List the incidents from this week that involved the auctioneer.", "incidents|list|-|svc=bid-engine|week"),
          ("greg", "04-03 11:10", "List every incident from this week.", "incidents|list|-|-|week"), "nested: all contains bid-engine"),
 ("miss", ("mick", "04-03 16:00", 1800, '`topk(5, sum by (pod)(rate(container_cpu_usage_seconds_total{namespace="media"}[5m])))` 3h', "metric:cpu|top|-|ns=media|last 3h"),
          ("mick", "04-03 16:02", '`topk(5, sum by (pod)(container_memory_working_set_bytes{namespace="media"}))` 3h', "metric:memory|top|-|ns=media|last 3h"), "cpu vs memory"),
 ("miss", ("kwame", "04-03 10:00", 3600, "List critical alerts for escrow-ledger in prod-eu-1 from 2026-04-03T00:00Z to 2026-04-03T08:00Z.", "alerts|list|-|sev=critical,svc=escrow-ledger,cluster=prod-eu-1|abs 2026-04-03T00:00Z 2026-04-03T08:00Z"),
          ("kwame", "04-03 10:05", "List critical alerts for escrow-ledger in prod-us-1 from 2026-04-03T00:00Z to 2026-04-03T08:00Z.", "alerts|list|-|sev=critical,svc=escrow-ledger,cluster=prod-us-1|abs 2026-04-03T00:00Z 2026-04-03T08:00Z"), "sibling cluster"),
 ("miss", ("jaz", "04-03 12:00", 900, "is vin check slow rn p99", "metric:latency|status|p99|svc=provenance-api|now"),
          ("jaz", "04-03 12:01", "is vin check erroring rn", "metric:requests|status|ratio|svc=provenance-api,code=5xx|now"), "latency vs error rate"),
 ("partial", ("lucho", "04-03 23:30", 1800, "crit alerts last 3h", "alerts|list|-|sev=critical|last 3h"),
          ("lucho", "04-03 23:32", "acked crit alerts last 3h", "alerts|list|-|sev=critical,state=acknowledged|last 3h"), "nested: acked subset"),
 ("partial", ("ruta", "04-06 10:00", 1800, "crit alerts gavel 24h", "alerts|list|-|sev=critical,svc=bid-engine|last 24h"),
          ("ruta", "04-06 10:02", "crit alerts gavel 24h how many", "alerts|count|-|sev=critical,svc=bid-engine|last 24h"), "list vs count"),
 ("partial", ("somchai", "04-06 11:00", 1800, "imgproc queue depth last 1 hour", "metric:queue_depth|value|-|svc=photo-forge|last 1h"),
          ("somchai", "04-06 11:03", "imgproc queue depth last 1 hour in prod-ap-1 only", "metric:queue_depth|value|-|svc=photo-forge,cluster=prod-ap-1|last 1h"), "nested: one cluster"),
 ("miss", ("farhana", "04-06 15:00", 3600, "Could you list the deploys of paybox this week, please?", "deploys|list|-|svc=escrow-ledger|week"),
          ("farhana", "04-06 15:05", "Could you list the deploys of paybox this week that did NOT sync successfully, please?", "deploys|list|-|svc=escrow-ledger,state=!synced|week"), "negation: not synced"),
 ("miss", ("greg", "04-06 09:30", 7200, "How many critical alerts fired over the weekend?", "alerts|count|-|sev=critical|weekend"),
          ("greg", "04-06 09:40", "How many warning alerts fired over the weekend?", "alerts|count|-|sev=warning|weekend"), "sibling severity"),
 ("partial", ("mick", "04-06 13:00", 1800, 'vin check `sum by (provider)(rate(provenance_upstream_requests_total{outcome="timeout"}[5m]))` today', "metric:upstream_timeouts|top|-|svc=provenance-api|today"),
          ("mick", "04-06 13:05", '`sum(rate(provenance_upstream_requests_total{outcome="timeout",provider="carvertical"}[5m]))` today', "metric:upstream_timeouts|value|-|svc=provenance-api,provider=carvertical|today"), "nested provider + other intent"),
 ("partial", ("kwame", "04-06 09:00", 3600, "Provide the p99 settlement latency for escrow-ledger for 2026-04-05.", "metric:settlement_latency|value|p99|svc=escrow-ledger|date 2026-04-05"),
          ("kwame", "04-06 09:05", "Provide the p90 settlement latency for escrow-ledger for 2026-04-05.", "metric:settlement_latency|value|p90|svc=escrow-ledger|date 2026-04-05"), "other statistic"),
 ("miss", ("jaz", "04-06 14:00", 1800, "incidents open for trust team atm", "incidents|list|-|team=trust,status=open|now"),
          ("jaz", "04-06 14:01", "incidents open for media-comms team atm", "incidents|list|-|team=media-comms,status=open|now"), "sibling team"),
 ("miss", ("lucho", "04-06 22:00", 900, "eu1-node-c cpu last 30m", "metric:cpu|value|-|host=eu1-node-c|last 30m"),
          ("lucho", "04-06 22:01", "eu1-node-a cpu last 30m", "metric:cpu|value|-|host=eu1-node-a|last 30m"), "sibling host"),
 ("partial", ("ruta", "04-07 08:30", 1800, "oom kills prod-eu-1 24h", "k8s_events|list|-|reason=OOMKilled,cluster=prod-eu-1|last 24h"),
          ("ruta", "04-07 08:33", "oom kills prod 24h", "k8s_events|list|-|reason=OOMKilled,env=prod|last 24h"), "nested: prod contains prod-eu-1"),
 ("miss", ("somchai", "04-07 10:00", 3600, "photo job fail count today", "metric:photo_jobs|count|-|svc=photo-forge,status=failed|today"),
          ("somchai", "04-07 10:05", "photo job success count today", "metric:photo_jobs|count|-|svc=photo-forge,status=succeeded|today"), "failed vs succeeded"),
 ("partial", ("farhana", "04-07 13:00", 1800, "Could I see the slowest traces for paybox in the last hour, please?", "traces|top|-|svc=escrow-ledger|last 1h"),
          ("farhana", "04-07 13:03", "Could I see the slowest traces for paybox on /api/v1/holds in the last hour, please?", "traces|top|-|svc=escrow-ledger,route=/api/v1/holds|last 1h"), "nested: one endpoint"),
 ("miss", ("greg", "04-07 10:00", 600, "Is everything healthy in us-east right now?", "health|status|-|region=us-east|now"),
          ("greg", "04-07 10:01", "Is everything healthy outside us-east right now?", "health|status|-|region=!us-east|now"), "negation: outside region"),
 ("miss", ("mick", "04-07 15:00", 1800, '`sum(rate(http_requests_total{service="bid-engine",code=~"5.."}[5m]))` last 1h', "metric:requests|value|rate|svc=bid-engine,code=5xx|last 1h"),
          ("mick", "04-07 15:02", '`sum(rate(http_requests_total{service="bid-engine",code!~"5.."}[5m]))` last 1h', "metric:requests|value|rate|svc=bid-engine,code=!5xx|last 1h"), "negated matcher !~"),
 ("hit", ("lucho", "04-07 22:00", 1800, "deploys today in prod", "deploys|list|-|env=prod|today"),
          ("lucho", "04-07 22:04", "deploys today in production", "deploys|list|-|env=prod|today"), "prod = production"),
]

TIME = [
 ("partial", ("ruta", "03-29 04:30", 1800, "crit alerts since midnight", "alerts|list|-|sev=critical|today"),
          ("ruta", "03-29 04:33", "crit alerts last 4h30m", "alerts|list|-|sev=critical|last 4.5h"), "DST spring-forward: since midnight is only 3.5h, not 4.5h"),
 ("hit", ("ruta", "03-29 04:30", 1800, "crit alerts since midnight", "alerts|list|-|sev=critical|today"),
          ("ruta", "03-29 04:34", "crit alerts last 3h30m", "alerts|list|-|sev=critical|last 3.5h"), "DST spring-forward: 00:00-04:30 is 3.5h real"),
 ("hit", ("ruta", "03-29 09:00", 14400, "deploys between 01:00 and 05:00 today", "deploys|list|-|-|clock 01:00 05:00"),
          ("kwame", "03-29 08:00", "List deployments between 2026-03-28T23:00Z and 2026-03-29T02:00Z.", "deploys|list|-|-|abs 2026-03-28T23:00Z 2026-03-29T02:00Z"), "cross-zone; DST day in Vilnius: 01:00 EET-05:00 EEST = 3h"),
 ("hit", ("ruta", "03-29 10:00", 3600, "gavel p99 01:00-06:00", "metric:latency|value|p99|svc=bid-engine|clock 01:00 06:00"),
          ("ruta", "03-29 10:10", "gavel p99 from 23:00 to 03:00 UTC", "metric:latency|value|p99|svc=bid-engine|clock 23:00 03:00 UTC"), "DST day: local 01:00-06:00 = 23:00-03:00Z"),
 ("hit", ("ruta", "03-29 20:00", 3600, "alerts today count", "alerts|count|-|-|today"),
          ("ruta", "03-29 20:10", "alerts last 20h count", "alerts|count|-|-|last 20h"), "DST day: today is 19h real, 20h within tolerance"),
 ("partial", ("ruta", "03-29 06:00", 1800, "restarts prod-eu-1 since 02:00", "metric:restarts|count|-|cluster=prod-eu-1|since 02:00"),
          ("ruta", "03-29 06:01", "restarts prod-eu-1 last 4h", "metric:restarts|count|-|cluster=prod-eu-1|last 4h"), "DST spring-forward: 02:00-06:00 is 3h real, 4h starts 1h earlier"),
 ("hit", ("ruta", "03-29 06:00", 1800, "restarts prod-eu-1 since 02:00", "metric:restarts|count|-|cluster=prod-eu-1|since 02:00"),
          ("ruta", "03-29 06:01", "restarts prod-eu-1 last 3h", "metric:restarts|count|-|cluster=prod-eu-1|last 3h"), "DST spring-forward: since 02:00 = last 3h"),
 ("partial", ("mick", "04-05 04:00", 1800, '`sum(increase(kube_pod_container_status_restarts_total{cluster="prod-ap-1"}[5h]))` since midnight', "metric:restarts|count|-|cluster=prod-ap-1|today"),
          ("mick", "04-05 04:02", "prod-ap-1 restarts last 4h", "metric:restarts|count|-|cluster=prod-ap-1|last 4h"), "DST fall-back: since midnight is 5h real, not 4h"),
 ("hit", ("mick", "04-05 04:00", 1800, '`sum(increase(kube_pod_container_status_restarts_total{cluster="prod-ap-1"}[5h]))` since midnight', "metric:restarts|count|-|cluster=prod-ap-1|today"),
          ("mick", "04-05 04:02", "prod-ap-1 restarts last 5h", "metric:restarts|count|-|cluster=prod-ap-1|last 5h"), "DST fall-back: midnight to 04:00 = 5h"),
 ("hit", ("mick", "04-05 10:00", 3600, "warning alerts between 01:00 and 04:00 today", "alerts|list|-|sev=warning|clock 01:00 04:00"),
          ("kwame", "04-05 00:45", "List warning alerts from 2026-04-04T14:30Z to 2026-04-04T18:30Z.", "alerts|list|-|sev=warning|abs 2026-04-04T14:30Z 2026-04-04T18:30Z"), "cross-zone; DST fall-back in Adelaide: 01:00 ACDT-04:00 ACST = 4h"),
 ("hit", ("mick", "04-05 12:00", 3600, "vinny upstream timeouts today", "metric:upstream_timeouts|count|-|svc=provenance-api|today"),
          ("mick", "04-05 12:10", "vinny upstream timeouts last 12h", "metric:upstream_timeouts|count|-|svc=provenance-api|last 12h"), "DST fall-back: today is 13h, 12h still within 15%"),
 ("hit", ("mick", "04-05 23:00", 3600, "alerts count today", "alerts|count|-|-|today"),
          ("mick", "04-05 23:05", "alerts count last 24h", "alerts|count|-|-|last 24h"), "DST fall-back: 25h day, 23:00 is 24h after midnight"),
 ("hit", ("mick", "04-06 09:00", 86400, "alerts count yesterday", "alerts|count|-|-|yesterday"),
          ("mick", "04-06 09:30", "alerts count for sunday", "alerts|count|-|-|day Sun"), "yesterday = Sunday, the 25h DST day"),
 ("partial", ("jaz", "04-05 04:00", 1800, "insp 5xx since midnight", "metric:requests|count|count|svc=inspect-booker,code=5xx|today"),
          ("jaz", "04-05 04:02", "insp 5xx last 4 hrs", "metric:requests|count|count|svc=inspect-booker,code=5xx|last 4h"), "DST fall-back NZ: since midnight is 5h real"),
 ("hit", ("jaz", "04-05 04:00", 1800, "insp 5xx since midnight", "metric:requests|count|count|svc=inspect-booker,code=5xx|today"),
          ("jaz", "04-05 04:02", "insp 5xx last 5 hrs", "metric:requests|count|count|svc=inspect-booker,code=5xx|last 5h"), "DST fall-back NZ: 00:00-04:00 = 5h"),
 ("hit", ("jaz", "04-05 14:00", 3600, "vinny p95 between 1am and 5am", "metric:latency|value|p95|svc=provenance-api|clock 01:00 05:00"),
          ("lucho", "04-04 23:10", "vinny p95 from 09:00 to 14:00 today", "metric:latency|value|p95|svc=provenance-api|clock 09:00 14:00"), "cross-zone; NZ DST day 01:00 NZDT-05:00 NZST = 12:00-17:00Z = 09:00-14:00 ART"),
 ("partial", ("jaz", "04-05 09:00", 1800, "crashloops overnight in prod", "k8s_events|list|-|env=prod,reason=BackOff|lastnight"),
          ("jaz", "04-05 09:05", "crashloops in prod since 10pm last nite", "k8s_events|list|-|env=prod,reason=BackOff|since 22:00 -1"), "DST day: overnight ends 06:00, since 22:00 runs to now"),
 ("hit", ("jaz", "04-05 20:00", 3600, "how many deploys today", "deploys|count|-|-|today"),
          ("jaz", "04-05 20:30", "deploys last 24hrs how many", "deploys|count|-|-|last 24h"), "DST fall-back: today is 21h real, 24h within 15%"),
 ("hit", ("kwame", "03-29 09:00", 7200, "Provide the count of incidents opened between 2026-03-29T00:00Z and 2026-03-29T06:00Z.", "incidents|count|-|-|abs 2026-03-29T00:00Z 2026-03-29T06:00Z"),
          ("ruta", "03-29 12:30", "incidents opened 02:00-09:00 today, count", "incidents|count|-|-|clock 02:00 09:00"), "cross-zone; Vilnius DST day: 02:00 EET-09:00 EEST = 00:00-06:00Z"),
 ("hit", ("greg", "03-30 10:00", 3600, "How did bids look between noon and 3pm yesterday?", "metric:bids|value|rate|-|clock 12:00 15:00 -1"),
          ("greg", "03-30 10:20", "Show bids placed from 16:00 to 19:00 UTC on Sunday.", "metric:bids|value|rate|-|clock 16:00 19:00 UTC 2026-03-29"), "local EDT vs UTC clock range"),
 ("hit", ("lucho", "03-30 22:00", 1800, "alerts last 24h", "alerts|list|-|-|last 24h"),
          ("lucho", "03-30 22:10", "alerts today", "alerts|list|-|-|today"), "late evening: today 22h vs 24h within 15%"),
 ("partial", ("lucho", "03-31 01:00", 1800, "alerts today", "alerts|list|-|-|today"),
          ("lucho", "03-31 01:05", "alerts last 24h", "alerts|list|-|-|last 24h"), "just after midnight: today is 1h vs 24h"),
 ("miss", ("lucho", "03-31 00:20", 1800, "crit alerts today", "alerts|list|-|sev=critical|today"),
          ("lucho", "03-31 00:25", "crit alerts yesterday", "alerts|list|-|sev=critical|yesterday"), "midnight: today vs yesterday do not overlap"),
 ("miss", ("ruta", "03-31 00:10", 1800, "deploys today", "deploys|list|-|-|today"),
          ("ruta", "03-31 00:12", "deploys last 7d", "deploys|list|-|-|last 7d"), "10 min vs 7 days: length ratio far above 31x"),
 ("partial", ("farhana", "03-31 09:00", 3600, "Could you kindly show paybox 5xx for the past hour?", "metric:requests|value|count|svc=escrow-ledger,code=5xx|last 1h"),
          ("farhana", "03-31 09:15", "May I see paybox 5xx for the last 60 minutes?", "metric:requests|value|count|svc=escrow-ledger,code=5xx|last 1h"), "same rolling q 15 min later: drift beyond 9 min tolerance"),
 ("hit", ("somchai", "03-31 14:00", 3600, "show alert of photo-forge this morning", "alerts|list|-|svc=photo-forge|morning"),
          ("somchai", "03-31 14:10", "photo-forge alerts from 6 to 12 today", "alerts|list|-|svc=photo-forge|clock 06:00 12:00"), "this morning = 06:00-12:00"),
 ("hit", ("somchai", "03-31 11:00", 3600, "photo-forge alert this morning", "alerts|list|-|svc=photo-forge|morning"),
          ("somchai", "03-31 11:30", "photo-forge alert since 6am", "alerts|list|-|svc=photo-forge|since 06:00"), "morning asked 11:00 = since 06:00"),
 ("partial", ("greg", "03-31 16:00", 7200, "What alerts did the gavel raise this afternoon?", "alerts|list|-|svc=bid-engine|afternoon"),
          ("greg", "03-31 17:00", "Show me bid-engine alerts since noon.", "alerts|list|-|svc=bid-engine|since 12:00"), "afternoon ended at 16:00 ask, since noon runs to 17:00"),
 ("hit", ("kwame", "04-01 09:00", 3600, "List critical alerts between 2026-04-01T00:00Z and 2026-04-01T06:00Z.", "alerts|list|-|sev=critical|abs 2026-04-01T00:00Z 2026-04-01T06:00Z"),
          ("mick", "04-01 19:50", "crit alerts between 10:30 and 16:30 today", "alerts|list|-|sev=critical|clock 10:30 16:30"), "cross-zone; ACDT +10:30"),
 ("hit", ("mick", "04-01 20:00", 3600, "crit alerts since 9:30am", "alerts|list|-|sev=critical|since 09:30"),
          ("kwame", "04-01 09:40", "List critical alerts since 2026-03-31T23:00Z.", "alerts|list|-|sev=critical|abs 2026-03-31T23:00Z now"), "cross-zone; 09:30 ACDT = 23:00Z"),
 ("hit", ("jaz", "04-01 10:00", 3600, "insp deploys since tues 6pm", "deploys|list|-|svc=inspect-booker|since 18:00 Tue"),
          ("jaz", "04-01 10:15", "insp deploys last 16 hrs", "deploys|list|-|svc=inspect-booker|last 16h"), "since Tuesday 6pm vs 16h"),
 ("hit", ("jaz", "04-01 11:00", 1800, "vinny 5xx since 9", "metric:requests|count|count|svc=provenance-api,code=5xx|since 09:00"),
          ("jaz", "04-01 11:02", "vinny 5xx last 2 hrs", "metric:requests|count|count|svc=provenance-api,code=5xx|last 2h"), "since 9 = last 2h"),
 ("partial", ("ruta", "04-01 09:00", 3600, "crit alerts last week", "alerts|list|-|sev=critical|last 7d"),
          ("ruta", "04-01 09:20", "crit alerts this week", "alerts|list|-|sev=critical|week"), "rolling 7d vs ISO week so far"),
 ("hit", ("greg", "04-02 09:00", 86400, "Summarize incidents from last month.", "incidents|list|-|-|last 30d"),
          ("greg", "04-02 11:00", "Summarize incidents for March.", "incidents|list|-|-|span 03-01 00:00 04-01 00:00"), "rolling 30d vs March within 15%"),
 ("hit", ("lucho", "04-02 21:00", 1800, "vinny timeouts half hour", "metric:upstream_timeouts|count|-|svc=provenance-api|last 30m"),
          ("lucho", "04-02 21:02", "vinny timeouts last 30 min", "metric:upstream_timeouts|count|-|svc=provenance-api|last 30m"), "half hour = 30 min"),
 ("partial", ("lucho", "04-02 21:10", 1800, "vinny timeouts last 30m", "metric:upstream_timeouts|count|-|svc=provenance-api|last 30m"),
          ("lucho", "04-02 21:13", "vinny timeouts last 3h", "metric:upstream_timeouts|count|-|svc=provenance-api|last 3h"), "30m vs 3h"),
 ("hit", ("somchai", "04-02 10:00", 3600, "imgproc job failed last night", "metric:photo_jobs|count|-|svc=photo-forge,status=failed|lastnight"),
          ("somchai", "04-02 10:10", "imgproc job failed between 22:00 yesterday and 06:00", "metric:photo_jobs|count|-|svc=photo-forge,status=failed|clock 22:00 06:00"), "last night = 22:00-06:00"),
 ("hit", ("farhana", "04-02 15:00", 3600, "Could you show paybox alerts since 2pm yesterday, please?", "alerts|list|-|svc=escrow-ledger|since 14:00 -1"),
          ("farhana", "04-02 15:05", "Could you show paybox alerts for the past day, please?", "alerts|list|-|svc=escrow-ledger|last 24h"), "25h vs 24h"),
 ("miss", ("kwame", "04-02 12:00", 3600, "Provide alerts for lot-catalog from 2026-04-02T08:00Z to 2026-04-02T10:00Z.", "alerts|list|-|svc=lot-catalog|abs 2026-04-02T08:00Z 2026-04-02T10:00Z"),
          ("kwame", "04-02 12:10", "Provide alerts for lot-catalog from 2026-04-02T10:00Z to 2026-04-02T12:00Z.", "alerts|list|-|svc=lot-catalog|abs 2026-04-02T10:00Z 2026-04-02T12:00Z"), "adjacent windows, no overlap"),
 ("partial", ("kwame", "04-02 13:00", 3600, "Provide the p95 latency for lot-catalog from 2026-04-02T08:00Z to 2026-04-02T10:00Z.", "metric:latency|value|p95|svc=lot-catalog|abs 2026-04-02T08:00Z 2026-04-02T10:00Z"),
          ("kwame", "04-02 13:05", "Provide the p95 latency for lot-catalog from 2026-04-02T08:30Z to 2026-04-02T10:30Z.", "metric:latency|value|p95|svc=lot-catalog|abs 2026-04-02T08:30Z 2026-04-02T10:30Z"), "75% overlap, 30 min shift > tolerance"),
 ("partial", ("ruta", "04-03 10:00", 1800, "gavel p99 last 15m", "metric:latency|value|p99|svc=bid-engine|last 15m"),
          ("ruta", "04-03 10:02", "gavel p99 now", "metric:latency|value|p99|svc=bid-engine|now"), "15m vs now (5m), overlap 60%"),
 ("hit", ("jaz", "04-03 16:00", 3600, "wat alerts fired yday arvo for insp", "alerts|list|-|svc=inspect-booker|afternoon -1"),
          ("jaz", "04-03 16:10", "insp alerts yesterday 12-6pm", "alerts|list|-|svc=inspect-booker|clock 12:00 18:00 -1"), "arvo = afternoon 12-18"),
 ("partial", ("greg", "04-03 09:00", 3600, "What alerts has listings raised since Tuesday at 6pm?", "alerts|list|-|svc=lot-catalog|since 18:00 Tue"),
          ("greg", "04-03 09:05", "What alerts has listings raised in the last two days?", "alerts|list|-|svc=lot-catalog|last 48h"), "since Tue 18:00 (63h) vs 48h"),
 ("hit", ("mick", "04-03 11:00", 3600, "restarts prod-ap-1 between 10:00 and 11:00", "metric:restarts|count|-|cluster=prod-ap-1|clock 10:00 11:00"),
          ("mick", "04-03 11:02", "restarts prod-ap-1 last hour", "metric:restarts|count|-|cluster=prod-ap-1|last 1h"), "clock range vs last hour"),
 ("partial", ("lucho", "04-06 09:00", 86400, "crit alerts over the weekend", "alerts|list|-|sev=critical|weekend"),
          ("lucho", "04-06 10:00", "crit alerts last 48h", "alerts|list|-|sev=critical|last 48h"), "weekend vs rolling 48h, 10h shift"),
 ("hit", ("ruta", "04-06 09:00", 3600, "alerts count yesterday", "alerts|count|-|-|yesterday"),
          ("ruta", "04-06 09:10", "alerts count sunday", "alerts|count|-|-|day Sun"), "named day = yesterday"),
 ("partial", ("farhana", "04-06 10:00", 3600, "Could you please tell me how many deploys there were this month?", "deploys|count|-|-|month"),
          ("farhana", "04-06 10:15", "How many deploys in the last 30 days, please?", "deploys|count|-|-|last 30d"), "month so far (5d) vs 30d"),
 ("partial", ("somchai", "04-06 18:00", 3600, "how many alert of pinger since 9am", "alerts|count|-|svc=notify-relay|since 09:00"),
          ("somchai", "04-06 18:05", "pinger alerts this afternoon count", "alerts|count|-|svc=notify-relay|afternoon"), "since 9am vs 12-18"),
 ("hit", ("kwame", "04-07 10:00", 1800, "Provide the count of warning alerts for 2026-04-06.", "alerts|count|-|sev=warning|date 2026-04-06"),
          ("kwame", "04-07 10:10", "Provide warning alerts count from 2026-04-06T00:00Z to 2026-04-07T00:00Z.", "alerts|count|-|sev=warning|abs 2026-04-06T00:00Z 2026-04-07T00:00Z"), "named date vs ISO, asker on UTC+0"),
 ("hit", ("greg", "04-07 09:00", 3600, "Pull bid latency p99 between noon and 2pm PT yesterday.", "metric:latency|value|p99|svc=bid-engine|clock 12:00 14:00 PT -1"),
          ("greg", "04-07 09:20", "Bid latency p99 from 3pm to 5pm yesterday, please.", "metric:latency|value|p99|svc=bid-engine|clock 15:00 17:00 -1"), "noon PT = 3pm ET"),
]

SCOPE = [
 ("partial", ("ruta", "03-27 11:00", 1800, "crit alerts team marketplace 24h", "alerts|list|-|sev=critical,team=marketplace|last 24h"),
          ("ruta", "03-27 11:05", "crit alerts gavel 24h", "alerts|list|-|sev=critical,svc=bid-engine|last 24h"), "nested: team marketplace contains bid-engine"),
 ("miss", ("ruta", "03-27 11:10", 1800, "crit alerts team marketplace 24h", "alerts|list|-|sev=critical,team=marketplace|last 24h"),
          ("ruta", "03-27 11:12", "crit alerts team trust 24h", "alerts|list|-|sev=critical,team=trust|last 24h"), "sibling team"),
 ("miss", ("somchai", "03-27 15:00", 3600, "warning alert in namespace media today", "alerts|list|-|sev=warning,ns=media|today"),
          ("somchai", "03-27 15:05", "warning alert in namespace messaging today", "alerts|list|-|sev=warning,ns=messaging|today"), "sibling namespace"),
 ("partial", ("farhana", "03-27 10:30", 1800, "Could you kindly show paybox 5xx in prod-eu-1 for the last hour?", "metric:requests|count|count|svc=escrow-ledger,code=5xx,cluster=prod-eu-1|last 1h"),
          ("farhana", "03-27 10:32", "Could you kindly show paybox 5xx in the whole eu-west region for the last hour?", "metric:requests|count|count|svc=escrow-ledger,code=5xx,region=eu-west|last 1h"), "nested: eu-west holds prod-eu-1 and stg-eu-1"),
 ("miss", ("greg", "03-27 14:00", 3600, "How many critical alerts have we had in us-east today?", "alerts|count|-|sev=critical,region=us-east|today"),
          ("greg", "03-27 14:05", "How many critical alerts have we had in ap-south today?", "alerts|count|-|sev=critical,region=ap-south|today"), "sibling region"),
 ("partial", ("mick", "03-27 09:00", 1800, '`histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{cluster="prod-ap-1",service="lot-catalog"}[5m])))` 1h', "metric:latency|value|p99|svc=lot-catalog,cluster=prod-ap-1|last 1h"),
          ("mick", "03-27 09:03", "catalogue p99 across all clusters, last 1h", "metric:latency|value|p99|svc=lot-catalog|last 1h"), "nested: all clusters contain prod-ap-1"),
 ("partial", ("kwame", "03-27 12:00", 1800, "List firing alerts on host eu1-node-a at present.", "alerts|list|-|state=firing,host=eu1-node-a|now"),
          ("kwame", "03-27 12:02", "List firing alerts on cluster prod-eu-1 at present.", "alerts|list|-|state=firing,cluster=prod-eu-1|now"), "nested: cluster contains host"),
 ("miss", ("kwame", "03-27 12:10", 1800, "List firing alerts on host eu1-node-a at present.", "alerts|list|-|state=firing,host=eu1-node-a|now"),
          ("kwame", "03-27 12:11", "List firing alerts on host eu1-node-b at present.", "alerts|list|-|state=firing,host=eu1-node-b|now"), "sibling host"),
 ("miss", ("jaz", "03-27 16:00", 1800, "insp p95 /api/v1/bookings last hr", "metric:latency|value|p95|svc=inspect-booker,route=/api/v1/bookings|last 1h"),
          ("jaz", "03-27 16:02", "insp p95 /api/v1/slots last hr", "metric:latency|value|p95|svc=inspect-booker,route=/api/v1/slots|last 1h"), "sibling endpoint"),
 ("partial", ("jaz", "03-27 16:10", 1800, "insp p95 /api/v1/bookings last hr", "metric:latency|value|p95|svc=inspect-booker,route=/api/v1/bookings|last 1h"),
          ("jaz", "03-27 16:12", "insp p95 all endpoints last hr", "metric:latency|value|p95|svc=inspect-booker|last 1h"), "nested: all endpoints"),
 ("partial", ("lucho", "03-28 21:00", 1800, "pods cpu above 90% last 30m", "metric:cpu|list|-|thr=>90|last 30m"),
          ("lucho", "03-28 21:02", "pods cpu above 80% last 30m", "metric:cpu|list|-|thr=>80|last 30m"), "nested threshold"),
 ("miss", ("lucho", "03-28 21:10", 1800, "pods cpu above 90% last 30m", "metric:cpu|list|-|thr=>90|last 30m"),
          ("lucho", "03-28 21:12", "pods cpu below 50% last 30m", "metric:cpu|list|-|thr=<50|last 30m"), "above vs below"),
 ("miss", ("ruta", "03-28 12:00", 1800, "mem >85% pods auctions ns 1h", "metric:memory|list|-|ns=auctions,thr=>85|last 1h"),
          ("ruta", "03-28 12:03", "mem >85% pods ledger ns 1h", "metric:memory|list|-|ns=ledger,thr=>85|last 1h"), "sibling namespace"),
 ("partial", ("somchai", "03-28 11:00", 1800, "queue depth of imgproc over 5000 in last 2 hour?", "metric:queue_depth|list|-|svc=photo-forge,thr=>5000|last 2h"),
          ("somchai", "03-28 11:04", "queue depth of imgproc over 20000 in last 2 hour?", "metric:queue_depth|list|-|svc=photo-forge,thr=>20000|last 2h"), "nested threshold (warning vs critical level)"),
 ("partial", ("farhana", "03-28 14:00", 1800, "Could you list open incidents for the payments-eng team, please?", "incidents|list|-|team=payments-eng,status=open|now"),
          ("farhana", "03-28 14:02", "Could you list open incidents for all teams, please?", "incidents|list|-|status=open|now"), "nested: all teams"),
 ("partial", ("greg", "03-28 09:30", 3600, "Give me the deploy count for the media-comms team this week.", "deploys|count|-|team=media-comms|week"),
          ("greg", "03-28 09:40", "Give me the deploy count for the pinger this week.", "deploys|count|-|svc=notify-relay|week"), "nested: team contains notify-relay"),
 ("miss", ("mick", "03-28 12:00", 1800, '`sum(rate(http_requests_total{namespace="auctions",code=~"5.."}[5m]))` 1h', "metric:requests|value|rate|ns=auctions,code=5xx|last 1h"),
          ("mick", "03-28 12:02", '`sum(rate(http_requests_total{namespace="trust-svcs",code=~"5.."}[5m]))` 1h', "metric:requests|value|rate|ns=trust-svcs,code=5xx|last 1h"), "sibling namespace"),
 ("partial", ("kwame", "03-28 10:00", 3600, "Provide hosts in prod-us-1 with disk latency above 50ms from 2026-03-28T06:00Z to 2026-03-28T09:00Z.", "metric:disk_latency|list|-|cluster=prod-us-1,thr=>50|abs 2026-03-28T06:00Z 2026-03-28T09:00Z"),
          ("kwame", "03-28 10:05", "Provide hosts in prod-us-1 with disk latency above 100ms from 2026-03-28T06:00Z to 2026-03-28T09:00Z.", "metric:disk_latency|list|-|cluster=prod-us-1,thr=>100|abs 2026-03-28T06:00Z 2026-03-28T09:00Z"), "nested threshold"),
 ("miss", ("jaz", "03-28 12:00", 600, "crashloops in prod rn", "k8s_events|list|-|env=prod,reason=BackOff|now"),
          ("jaz", "03-28 12:01", "crashloops in staging rn", "k8s_events|list|-|env=staging,reason=BackOff|now"), "prod vs staging"),
 ("miss", ("lucho", "03-28 22:30", 1800, "crit alerts prod-eu-1 last 2h", "alerts|list|-|sev=critical,cluster=prod-eu-1|last 2h"),
          ("lucho", "03-28 22:32", "crit alerts outside prod-eu-1 last 2h", "alerts|list|-|sev=critical,cluster=!prod-eu-1|last 2h"), "negation: outside a cluster"),
 ("miss", ("ruta", "03-30 11:00", 1800, "gavel 5xx eu-west 1h", "metric:requests|count|count|svc=bid-engine,code=5xx,region=eu-west|last 1h"),
          ("ruta", "03-30 11:02", "gavel 5xx us-east 1h", "metric:requests|count|count|svc=bid-engine,code=5xx,region=us-east|last 1h"), "sibling region"),
 ("partial", ("somchai", "03-30 12:00", 3600, "pinger fail message on prod-ap-1 today", "metric:notify_sends|count|-|svc=notify-relay,status=failed,cluster=prod-ap-1|today"),
          ("somchai", "03-30 12:05", "pinger fail message all cluster today", "metric:notify_sends|count|-|svc=notify-relay,status=failed|today"), "nested: all clusters"),
 ("partial", ("farhana", "03-30 16:00", 3600, "May I see p99 latency for /api/v1/holds on paybox over the last 6 hours?", "metric:latency|value|p99|svc=escrow-ledger,route=/api/v1/holds|last 6h"),
          ("farhana", "03-30 16:05", "May I see p99 latency for /api/v1/holds and /api/v1/releases on paybox over the last 6 hours?", "metric:latency|value|p99|svc=escrow-ledger,route=/api/v1/holds+/api/v1/releases|last 6h"), "nested: two endpoints contain one"),
 ("partial", ("greg", "03-30 13:00", 1800, "Which teams have open incidents right now?", "incidents|list|-|status=open|now"),
          ("greg", "03-30 13:02", "Does the marketplace team have any open incidents right now?", "incidents|status|-|team=marketplace,status=open|now"), "nested team + other intent"),
 ("partial", ("mick", "03-30 09:00", 1800, '`rate(node_disk_write_time_seconds_total{instance="ap1-node-a"}[5m])` write latency 3h', "metric:disk_latency|value|-|host=ap1-node-a|last 3h"),
          ("mick", "03-30 09:02", '`rate(node_disk_write_time_seconds_total{instance=~"ap1-node-a|ap1-node-b"}[5m])` write latency 3h', "metric:disk_latency|value|-|host=ap1-node-a+ap1-node-b|last 3h"), "nested: two hosts contain one"),
 ("miss", ("kwame", "03-30 08:00", 3600, "List critical alerts for team trust, excluding provenance-api, for 2026-03-29.", "alerts|list|-|sev=critical,team=trust,svc=!provenance-api|date 2026-03-29"),
          ("kwame", "03-30 08:05", "List critical alerts for team trust for 2026-03-29.", "alerts|list|-|sev=critical,team=trust|date 2026-03-29"), "negation: excluding a service"),
 ("partial", ("jaz", "03-30 13:00", 1800, "vinny errors in prod-ap-1 last hr", "metric:requests|count|count|svc=provenance-api,code=5xx,cluster=prod-ap-1|last 1h"),
          ("jaz", "03-30 13:03", "vinny errors in prod-ap-1 + prod-eu-1 last hr", "metric:requests|count|count|svc=provenance-api,code=5xx,cluster=prod-ap-1+prod-eu-1|last 1h"), "nested: two clusters contain one"),
 ("miss", ("lucho", "03-30 22:00", 1800, "ns ledger events last hour", "k8s_events|list|-|ns=ledger|last 1h"),
          ("lucho", "03-30 22:02", "ns messaging events last hour", "k8s_events|list|-|ns=messaging|last 1h"), "sibling namespace"),
 ("miss", ("ruta", "03-31 10:00", 1800, "lotsvc p99 /api/v2/lots 1h", "metric:latency|value|p99|svc=lot-catalog,route=/api/v2/lots|last 1h"),
          ("ruta", "03-31 10:02", "lotsvc p99 /api/v2/lots/{id}/photos 1h", "metric:latency|value|p99|svc=lot-catalog,route=/api/v2/lots/{id}/photos|last 1h"), "sibling endpoint (sub-path is its own route)"),
 ("partial", ("somchai", "03-31 16:00", 1800, "cpu of photo-forge in prod-eu-1 last 1 hour", "metric:cpu|value|-|svc=photo-forge,cluster=prod-eu-1|last 1h"),
          ("somchai", "03-31 16:03", "cpu of photo-forge on eu1-node-c last 1 hour", "metric:cpu|value|-|svc=photo-forge,host=eu1-node-c|last 1h"), "nested: host inside cluster"),
 ("miss", ("farhana", "03-31 11:00", 3600, "Could you show critical alerts for the payments-eng team this week, please?", "alerts|list|-|sev=critical,team=payments-eng|week"),
          ("farhana", "03-31 11:05", "Could you show critical alerts for the marketplace team this week, please?", "alerts|list|-|sev=critical,team=marketplace|week"), "sibling team"),
 ("miss", ("greg", "03-31 10:00", 3600, "How many deploys has the media-comms team shipped to staging this month?", "deploys|count|-|team=media-comms,env=staging|month"),
          ("greg", "03-31 10:05", "How many deploys has the media-comms team shipped to production this month?", "deploys|count|-|team=media-comms,env=prod|month"), "staging vs production"),
 ("partial", ("mick", "03-31 13:00", 900, '`count(ALERTS{alertstate="firing",cluster="prod-ap-1"})` now', "alerts|count|-|state=firing,cluster=prod-ap-1|now"),
          ("mick", "03-31 13:01", '`count(ALERTS{alertstate="firing",severity="critical",cluster="prod-ap-1"})` now', "alerts|count|-|state=firing,sev=critical,cluster=prod-ap-1|now"), "nested: critical subset"),
 ("partial", ("kwame", "04-01 09:30", 3600, "Provide the 5xx count for /api/v2/bids on bid-engine from 2026-04-01T06:00Z to 2026-04-01T09:00Z.", "metric:requests|count|count|svc=bid-engine,route=/api/v2/bids,code=5xx|abs 2026-04-01T06:00Z 2026-04-01T09:00Z"),
          ("kwame", "04-01 09:35", "Provide the 5xx count for bid-engine from 2026-04-01T06:00Z to 2026-04-01T09:00Z.", "metric:requests|count|count|svc=bid-engine,code=5xx|abs 2026-04-01T06:00Z 2026-04-01T09:00Z"), "nested: service contains endpoint"),
 ("partial", ("jaz", "04-01 15:00", 3600, "trust team warnings this wk", "alerts|list|-|sev=warning,team=trust|week"),
          ("jaz", "04-01 15:05", "trust team warnings this wk, prod only", "alerts|list|-|sev=warning,team=trust,env=prod|week"), "nested: prod only"),
 ("partial", ("lucho", "04-01 21:00", 1800, "services with 5xx ratio above 5% last hour", "metric:requests|list|ratio|code=5xx,thr=>5|last 1h"),
          ("lucho", "04-01 21:02", "services with 5xx ratio above 2% last hour", "metric:requests|list|ratio|code=5xx,thr=>2|last 1h"), "nested threshold (critical vs warning level)"),
 ("miss", ("ruta", "04-02 11:00", 1800, "restarts stg-eu-1 24h", "metric:restarts|count|-|cluster=stg-eu-1|last 24h"),
          ("ruta", "04-02 11:02", "restarts prod-eu-1 24h", "metric:restarts|count|-|cluster=prod-eu-1|last 24h"), "sibling cluster"),
 ("hit", ("somchai", "04-02 13:00", 3600, "alert of team media-comms today", "alerts|list|-|team=media-comms|today"),
          ("somchai", "04-02 13:10", "alert of pinger and imgproc today", "alerts|list|-|svc=notify-relay+photo-forge|today"), "team media-comms = exactly these two services"),
 ("partial", ("farhana", "04-02 10:00", 1800, "May I have the 503 count on /api/v1/holds for paybox over the last hour?", "metric:requests|count|count|svc=escrow-ledger,route=/api/v1/holds,code=503|last 1h"),
          ("farhana", "04-02 10:02", "May I have the 5xx count on /api/v1/holds for paybox over the last hour?", "metric:requests|count|count|svc=escrow-ledger,route=/api/v1/holds,code=5xx|last 1h"), "nested: 5xx contains 503"),
 ("partial", ("greg", "04-02 14:00", 3600, "Which of our regions had the most critical alerts this week?", "alerts|top|-|sev=critical|week"),
          ("greg", "04-02 14:10", "How many critical alerts did eu-west have this week?", "alerts|count|-|sev=critical,region=eu-west|week"), "nested region + other intent"),
 ("partial", ("mick", "04-02 10:00", 1800, '`sum(rate(container_cpu_usage_seconds_total{namespace="auctions"}[5m]))` 3h', "metric:cpu|value|-|ns=auctions|last 3h"),
          ("mick", "04-02 10:02", '`sum(rate(container_cpu_usage_seconds_total{namespace="auctions",pod=~"bid-engine-.*"}[5m]))` 3h', "metric:cpu|value|-|ns=auctions,svc=bid-engine|last 3h"), "nested: one service in the namespace"),
 ("miss", ("kwame", "04-03 08:30", 1800, "List open incidents for team media-comms.", "incidents|list|-|team=media-comms,status=open|now"),
          ("kwame", "04-03 08:31", "List open incidents for team marketplace.", "incidents|list|-|team=marketplace,status=open|now"), "sibling team"),
 ("miss", ("jaz", "04-03 10:00", 600, "insp 5xx rn prod-eu-1", "metric:requests|value|rate|svc=inspect-booker,code=5xx,cluster=prod-eu-1|now"),
          ("jaz", "04-03 10:01", "insp 5xx rn prod-us-1", "metric:requests|value|rate|svc=inspect-booker,code=5xx,cluster=prod-us-1|now"), "sibling cluster"),
 ("partial", ("lucho", "04-03 22:00", 900, "hosts disk latency above 50ms now", "metric:disk_latency|list|-|thr=>50|now"),
          ("lucho", "04-03 22:01", "hosts disk latency above 200ms now", "metric:disk_latency|list|-|thr=>200|now"), "nested threshold"),
 ("miss", ("ruta", "04-06 10:00", 1800, "lotsvc 5xx /api/v2/lots 6h", "metric:requests|count|count|svc=lot-catalog,code=5xx,route=/api/v2/lots|last 6h"),
          ("ruta", "04-06 10:02", "lotsvc 5xx excl /api/v2/lots 6h", "metric:requests|count|count|svc=lot-catalog,code=5xx,route=!/api/v2/lots|last 6h"), "negation: excluding endpoint"),
 ("hit", ("somchai", "04-06 09:00", 1800, "photo-forge p95 in prod-ap-1 last 1 hour", "metric:latency|value|p95|svc=photo-forge,cluster=prod-ap-1|last 1h"),
          ("somchai", "04-06 09:02", "imgproc p95 in ap-south region last 1 hour", "metric:latency|value|p95|svc=photo-forge,region=ap-south|last 1h"), "ap-south has only prod-ap-1 (topology)"),
 ("partial", ("farhana", "04-06 14:00", 3600, "Could you list critical alerts for paybox on eu1-node-b today?", "alerts|list|-|sev=critical,svc=escrow-ledger,host=eu1-node-b|today"),
          ("farhana", "04-06 14:05", "Could you list critical alerts for paybox on eu1-node-b and eu1-node-c today?", "alerts|list|-|sev=critical,svc=escrow-ledger,host=eu1-node-b+eu1-node-c|today"), "nested: two hosts contain one"),
 ("miss", ("greg", "04-07 09:00", 86400, "How many alerts did the trust team get yesterday, excluding warnings?", "alerts|count|-|team=trust,sev=!warning|yesterday"),
          ("greg", "04-07 09:10", "How many alerts did the trust team get yesterday?", "alerts|count|-|team=trust|yesterday"), "negation: excluding warnings"),
 ("miss", ("mick", "04-07 11:00", 1800, '`sum(rate(provenance_upstream_requests_total{outcome="timeout",provider="carvertical"}[5m]))` 6h', "metric:upstream_timeouts|value|-|svc=provenance-api,provider=carvertical|last 6h"),
          ("mick", "04-07 11:02", '`sum(rate(provenance_upstream_requests_total{outcome="timeout",provider="autocheck"}[5m]))` 6h', "metric:upstream_timeouts|value|-|svc=provenance-api,provider=autocheck|last 6h"), "sibling provider"),
 ("partial", ("jaz", "04-07 13:00", 1800, "vinny traces on /api/v1/reports above 2s last 6hrs", "traces|list|-|svc=provenance-api,route=/api/v1/reports,dur=>2000|last 6h"),
          ("jaz", "04-07 13:03", "vinny traces above 2s last 6hrs, all endpoints", "traces|list|-|svc=provenance-api,dur=>2000|last 6h"), "nested: all endpoints"),
]

# ----------------------------------------------------------------- build
GROUPS = [("paraphrase", "PARAPHRASE"), ("near", "NEAR"), ("time", "TIME"), ("scope", "SCOPE")]
COUNTS = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}
ALIAS_RE = {s: [re.compile(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", re.I) for a in al] for s, al in ALIASES.items()}

def iso(t):
    return t.isoformat(timespec="seconds")

def build_history():
    rows = []
    for i, (v, at, q, ex) in enumerate(sorted(HISTORY, key=lambda h: local(VOICES[h[0]][0], h[1]).astimezone(UTC)), 1):
        tz = VOICES[v][0]
        rows.append({"id": f"h28-{i:03d}", "at": iso(local(tz, at)), "tz": tz, "voice": v, "question": q,
                     "executed": [{"datasource": d, "query": x} for d, x in ex]})
    return rows

def check_pair(exp, a, b, note, errors, where):
    va, ata, ttl, qa, sema = a
    vb, atb, qb, semb = b
    tza, tzb = VOICES[va][0], VOICES[vb][0]
    ta, tb = local(tza, ata), local(tzb, atb)
    A, B = parse_sem(sema), parse_sem(semb)
    ra, rb = resolve(A["range"], ta, tza), resolve(B["range"], tb, tzb)
    for (s, e, _), t in ((ra, ta), (rb, tb)):
        if not s < e or e > t.astimezone(UTC):
            errors.append(f"{where}: bad range {s}..{e} asked {t}")
    if tb.astimezone(UTC) < ta.astimezone(UTC):
        errors.append(f"{where}: b asked before a")
    if (tza != tzb) != ("cross-zone" in note):
        errors.append(f"{where}: cross-zone note mismatch")
    try:
        lab, rule = decide(A, B, ra, rb, ta, tb, ttl)
        labs = {decide(A, B, ra, rb, ta, tb, ttl, p)[0] for p in nudges()}
    except Exception as ex:  # ambiguous filters etc.
        errors.append(f"{where}: {ex}"); return None
    if lab != exp:
        errors.append(f"{where}: expected {exp}, spec gives {lab} (rule {rule}) ra={ra[0]:%m-%d %H:%M}..{ra[1]:%H:%M}Z rb={rb[0]:%m-%d %H:%M}..{rb[1]:%H:%M}Z")
    elif len(labs) > 1:
        errors.append(f"{where}: label {exp} flips under nudged thresholds {sorted(labs)}")
    dst = is_dst_day(tza, ta.date()) or is_dst_day(tzb, tb.date())
    return {"a": {"q": qa, "at": iso(ta), "tz": tza, "ttl": ttl}, "b": {"q": qb, "at": iso(tb), "tz": tzb}, "_dst": dst, "_rule": rule}

def build_pairs(strict=True):
    errors, rows, n = [], [], 0
    for g, var in GROUPS:
        data = globals().get(var, [])
        if strict and len(data) != COUNTS[g]:
            errors.append(f"{g}: {len(data)} pairs, need {COUNTS[g]}")
        for j, (exp, a, b, note) in enumerate(data, 1):
            r = check_pair(exp, a, b, note, errors, f"{g}#{j}")
            if r is None: continue
            n += 1
            rows.append({"id": f"p28-{n:04d}", "group": g, "split": "dev28" if n % 2 else "test28", "expect": exp,
                         "a": r["a"], "b": r["b"], "note": note, "_dst": r["_dst"], "_rule": r["_rule"]})
    return rows, errors

def topology():
    al = []
    for an, svc, sev, thr in ALERTS:
        for s in ([svc] if svc and svc != "*" else (list(SERVICES) if svc == "*" else [None])):
            for c, (r, e, hs) in CLUSTERS.items():
                d = {"alertname": an, "severity": sev}
                if s:
                    d.update(service=s, team=SERVICES[s][0], namespace=SERVICES[s][1])
                d.update(cluster=c, region=r, env=e)
                if not s:
                    for h in hs:
                        al.append(dict(d, instance=h))
                else:
                    al.append(d)
    return {"alerts": al, "thresholds": {f"{an}/{sev}": thr for an, _, sev, thr in ALERTS},
            "routes": {s: x[2] for s, x in SERVICES.items()},
            "hosts": {h: {"cluster": c, "region": r, "env": e} for c, (r, e, hs) in CLUSTERS.items() for h in hs}}

def outputs():
    pairs, errors = build_pairs()
    hist = build_history()
    first = min(min(datetime.fromisoformat(p["a"]["at"]), datetime.fromisoformat(p["b"]["at"])) for p in pairs) if pairs else None
    for h in hist:
        if first and datetime.fromisoformat(h["at"]) >= first:
            errors.append(f"history {h['id']} not before first pair")
        for e in h["executed"]:
            for s, res in ALIAS_RE.items():
                for r in res:
                    if r.search(e["query"]):
                        errors.append(f"history {h['id']} executed query names alias {r.pattern}")
    if len(hist) != 100:
        errors.append(f"history has {len(hist)} rows")
    clean = [{k: v for k, v in p.items() if not k.startswith("_")} for p in pairs]
    files = {
        "pairs.jsonl": "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in clean),
        "history.jsonl": "".join(json.dumps(h, ensure_ascii=False) + "\n" for h in hist),
        "aliases.json": json.dumps(ALIASES, indent=2, ensure_ascii=False) + "\n",
        "topology.json": json.dumps(topology(), indent=1, ensure_ascii=False) + "\n",
    }
    return files, errors, pairs, hist

def main():
    files, errors, pairs, hist = outputs()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"REFUSED: {len(errors)} problem(s)", file=sys.stderr)
        sys.exit(1)
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    from collections import Counter
    print("pairs", len(pairs), dict(Counter((p["group"], p["expect"]) for p in pairs)))
    print("labels", dict(Counter(p["expect"] for p in pairs)), "splits", dict(Counter(p["split"] for p in pairs)))
    print("dst pairs", sum(p["_dst"] for p in pairs), "cross-zone", sum("cross-zone" in p["note"] for p in pairs))
    print("history", len(hist))

if __name__ == "__main__":
    main()
