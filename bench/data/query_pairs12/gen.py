#!/usr/bin/env python3
"""Batch 12 hand-written cache test pairs (Lumen Broadcasting / LumenPlay).

Every question, label and note below is typed by hand. This script only:
  * converts local wall-clock times to ISO 8601 with the zone's real UTC offset
    (rejecting wall times that do not exist or are ambiguous),
  * assigns ids (<group>-b12-NN in writing order) and splits (dev12/test12 alternating),
  * writes pairs.jsonl.
"""
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

VOICES = {
    "sio": "Europe/London",        # Siobhan Byrne, incident commander
    "jon": "Europe/Berlin",        # Jonas Weber, DBA, polite
    "ana": "Asia/Kolkata",         # Ananya Iyer, night-shift NOC operator (+05:30)
    "mar": "America/New_York",     # Marcus Reed, director, no jargon
    "lia": "Australia/Sydney",     # Liam O'Connor, SRE who pastes PromQL/LogQL
    "raf": "America/Sao_Paulo",    # Rafaela Souza, platform engineer, non-native English
    "ken": "Asia/Tokyo",           # Kenji Sato, release manager, terse
    "dan": "America/Los_Angeles",  # Dana Kowalski, on-call SRE, lowercase + typos
}

ROWS = []


def p(group, expect, who, a_q, a_at, ttl, b_q, b_at, note):
    ROWS.append((group, expect, who, a_q, a_at, ttl, b_q, b_at, note))


def to_iso(local, tzname):
    naive = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    tz = ZoneInfo(tzname)
    f0 = naive.replace(tzinfo=tz, fold=0)
    f1 = naive.replace(tzinfo=tz, fold=1)
    if f0.utcoffset() != f1.utcoffset():
        raise SystemExit(f"ambiguous wall time {local} in {tzname}")
    back = f0.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise SystemExit(f"non-existent wall time {local} in {tzname}")
    return f0.isoformat()


# ---------------------------------------------------------------- paraphrase (70, all hit)
G = "paraphrase"
p(G, "hit", "dan", "how many critical alerts firing on lp-origin right now", "2026-01-14 09:12", 300,
  "how many crit alerts r firing on the origin rn", "09:14",
  "rule 5: crit=critical, origin=lp-origin, rn=right now; now-ranges [09:07,09:12] vs [09:09,09:14], shift 2 min < 5-min tolerance, overlap 60%; age 2m < ttl 5m -> hit")
p(G, "hit", "jon", "Could you please show me the replication lag of catalog-pg over the last 24 hours?", "2026-03-29 10:05", 900,
  "catalog-pg replication lag for the past day, please.", "10:11",
  "rule 5: past day = 24 h; both rolling 24 h (real hours, Berlin DST day 02:00->03:00 does not change a rolling range); shift 6 min << 216 min; age 6m < 15m -> hit")
p(G, "hit", "lia", "p95 latency for drm-keysvc /v3/license over the last hour", "2026-02-03 14:20", 600,
  'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="drm-keysvc", handler="/v3/license"}[5m]))) for the past 60 min', "14:23",
  "rule 5: same p95 of the same endpoint; [5m] is only the rate window, the asked range is 60 min = last hour; shift 3 min < 9 min; age 3m < 10m -> hit")
p(G, "hit", "ana", "any pods crashlooping in lbc-prod-bom atm?", "2026-02-10 02:40", 600,
  "r there pods in CrashLoopBackOff on bom prod cluster now", "02:42",
  "rule 5: bom prod cluster = lbc-prod-bom, crashlooping = CrashLoopBackOff, atm = now; now-ranges shift 2 min (overlap 60%); age 2m < 10m -> hit")
p(G, "hit", "mar", "How many incidents did we have yesterday?", "2026-02-17 08:30", 1800,
  "Yesterday, how many incidents were there in total?", "08:41",
  "rule 5: word order only; both = Feb 16 local day; age 11m < 30m -> hit")
p(G, "hit", "raf", "show me the deploys of ad-stitch in this week", "2026-02-24 15:00", 900,
  "which deploys we made on the SSAI since monday?", "15:06",
  "rule 5: SSAI = ad-stitch; Tue Feb 24: this week (ISO) = since Monday Feb 23 00:00; both list; end shift 6 min << 15% of 39 h; age 6m < 15m -> hit")
p(G, "hit", "ken", "list prod deploys last 2h", "2026-03-02 11:00", 600,
  "prod deployments in the past 120 min - list pls", "11:04",
  "rule 5: 2h = 120 min, deploys = deployments; shift 4 min < 18 min; age 4m < 10m -> hit")
p(G, "hit", "sio", "IC here: current count of firing critical alerts for live-pkgr?", "2026-03-04 16:02", 600,
  "How many critical alerts are firing on the packager right now?", "16:05",
  "rule 5: packager = live-pkgr, current = right now, count both; now-ranges shift 3 min (overlap 40% >= 25%, < 5-min tolerance); age 3m < 10m -> hit")
p(G, "hit", "dan", "error rate for guide-api last 15m", "2026-03-08 10:20", 300,
  "5xx rate on epg past 15 mins", "10:22",
  "rule 5: errors of a service = 5xx, EPG = guide-api; 15-min windows shift 2 min < 5; age 2m < 5m -> hit. LA DST day (window is after the 02:00 jump)")
p(G, "hit", "jon", "How many slow queries were logged on guide-mysql today?", "2026-01-22 11:20", 1800,
  "Could you give me the number of slow-query log entries for the guide MySQL database so far today?", "11:31",
  "rule 5: guide MySQL = guide-mysql, today = so far today; [00:00,11:20] vs [00:00,11:31], end diff 11 < 102 min; age 11m < 30m -> hit")
p(G, "hit", "lia", "count of 503s in the origin access logs, last hour", "2026-04-14 21:10", 900,
  'sum(count_over_time({app="lp-origin", stream="access"} | json | status="503" [1h]))', "21:12",
  "rule 5: LogQL counts 503 lines in the lp-origin access stream; here [1h] is the asked range = last hour; shift 2 min; age 2m < 15m -> hit")
p(G, "hit", "ana", "kafka consumer lag for player-beacons topic last 30 min", "2026-04-21 23:15", 600,
  "lag on player-beacons consumers, past half hour", "23:19",
  "rule 5: half hour = 30 min; same topic and metric; shift 4 min < 5; age 4m < 10m -> hit")
p(G, "hit", "mar", "How many SEV1 incidents did we have last week?", "2026-05-04 10:00", 3600,
  "Number of sev-1 incidents over the past 7 days?", "10:20",
  "rule 5: last week = rolling 7 d; sev-1 = SEV1; shift 20 min << 25 h; age 20m < 60m -> hit")
p(G, "hit", "raf", "the memory of tx-farm pods in staging, last 6 hours", "2026-05-13 09:30", 900,
  "memory usage of the transcoder pods on stg in the last 360 minutes", "09:37",
  "rule 5: transcoders = tx-farm, stg = staging, 6 h = 360 min; shift 7 < 54 min; age 7m < 15m -> hit")
p(G, "hit", "ken", "who deployed catalog-search today", "2026-05-20 17:45", 1200,
  "list today's catalogue search deploys + who did them", "17:52",
  "rule 5: catalogue search = catalog-search; both list deploys with author; today [00:00,17:45] vs [00:00,17:52]; age 7m < 20m -> hit")
p(G, "hit", "sio", "List all SEV2 incidents opened since 9am.", "2026-06-09 12:10", 900,
  "Which sev2 incidents have been opened since 09:00?", "12:14",
  "rule 5: 9am = 09:00 local; list both; end diff 4 min; age 4m < 15m -> hit")
p(G, "hit", "dan", "top 5 noisiest alerts last 24h", "2026-06-16 08:05", 900,
  "which 5 alerts fired the most in the past day", "08:09",
  "rule 5: ranking top 5 by fire count both; past day = 24 h; shift 4 min; age 4m < 15m -> hit")
p(G, "hit", "jon", "Please show the write IOPS on catalog-pg-0 for the last 3 hours.", "2026-06-23 14:00", 900,
  "Disk write IOPS of catalog-pg-0, last 180 minutes, please.", "14:06",
  "rule 5: same metric (write IOPS) and host; 3 h = 180 min; shift 6 < 27 min; age 6m < 15m -> hit")
p(G, "hit", "lia", "cpu usage of live-pkgr in lbc-prod-syd over the last 30m", "2026-07-01 13:30", 600,
  'sum(rate(container_cpu_usage_seconds_total{cluster="lbc-prod-syd", pod=~"live-pkgr-.*"}[5m])) over the last 30 minutes', "13:33",
  "rule 5: PromQL = cpu of live-pkgr pods in lbc-prod-syd; range 30 min both; shift 3 < 5; age 3m < 10m -> hit")
p(G, "hit", "ana", "warning alerts on drm last 2h", "2026-07-08 01:50", 900,
  "warn alerts for license server in past 2 hours", "01:55",
  "rule 5: warn = warning, license server = drm = drm-keysvc; shift 5 < 18 min; age 5m < 15m -> hit")
p(G, "hit", "mar", "How many customer-facing incidents have we had this month?", "2026-07-20 09:15", 1800,
  "So far this month, how many incidents were customer-facing?", "09:25",
  "rule 5: same filter customer-facing, this month = so far this month; end diff 10 min; age 10m < 30m -> hit")
p(G, "hit", "raf", "is the rights-gate healthy now?", "2026-07-28 16:40", 300,
  "rights-gate is ok in this moment?", "16:42",
  "rule 5: status now both ('in this moment' = now); shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "ken", "how many rollbacks this week", "2026-06-04 10:10", 1800,
  "rollback count since monday?", "10:18",
  "rule 5: Thu Jun 4: this week = since Monday Jun 1 00:00; count both; age 8m < 30m -> hit")
p(G, "hit", "sio", "What's the 5xx rate on /vod/{asset}/manifest.mpd over the last 10 minutes?", "2026-08-11 19:20", 300,
  "5xx ratio for the VOD manifest endpoint, past ten minutes?", "19:22",
  "rule 5: VOD manifest endpoint = /vod/{asset}/manifest.mpd; rate/ratio of 5xx; shift 2 < 5 min; age 2m < 5m -> hit")
p(G, "hit", "dan", "ad fill rate last 1h", "2026-08-18 13:00", 600,
  "ssai fill rate past 60m", "13:03",
  "rule 5: ssai = ad-stitch = the ad fill rate source; 1h = 60m; shift 3 min; age 3m < 10m -> hit")
p(G, "hit", "jon", "Could you tell me how many deadlocks guide-mysql had yesterday?", "2026-08-25 09:00", 1800,
  "Deadlocks on the EPG MySQL yesterday - how many, please?", "09:12",
  "rule 5: EPG MySQL = guide-mysql; yesterday = Aug 24 both; age 12m < 30m -> hit")
p(G, "hit", "lia", '{app="drm-keysvc", stream="audit"} |= "denied"   -- last 15m', "2026-09-02 08:45", 600,
  "show me the denied entries in the DRM audit log for the last quarter hour", "08:48",
  "rule 5: same stream and filter, list; quarter hour = 15m; shift 3 < 5 min; age 3m < 10m -> hit")
p(G, "hit", "ana", "no. of TxQueueBacklog alerts fired overnight", "2026-09-09 06:30", 1800,
  "how many times TxQueueBacklog alert fired last night?", "06:34",
  "rule 5: overnight = last night = [22:00 Sep 8, 06:00 Sep 9] both (fixed range); age 4m < 30m -> hit")
p(G, "hit", "mar", "How many viewers got playback errors yesterday?", "2026-09-15 08:50", 3600,
  "Yesterday, how many viewers ran into a playback error?", "09:05",
  "rule 5: same subject and day; age 15m < 60m -> hit")
p(G, "hit", "raf", "how many messages are waiting in the caption-render queue now?", "2026-09-22 11:11", 300,
  "caption-render queue depth right now?", "11:13",
  "rule 5: messages waiting = queue depth; now-ranges shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "ken", "how many failed deploys today", "2026-10-06 15:30", 900,
  "count of deploys that failed so far today", "15:36",
  "rule 5: same count and state filter; today both; age 6m < 15m -> hit")
p(G, "hit", "sio", "Give me the timeline for INC-2291.", "2026-10-13 22:40", 900,
  "INC-2291 timeline please", "22:47",
  "rule 5: same incident id, no time range in either; age 7m < 15m -> hit")
p(G, "hit", "dan", "mem usage beacon-ingest last 3h", "2026-10-20 07:10", 600,
  "memory of the beacons service over the past 3 hrs", "07:14",
  "rule 5: beacons service = beacon-ingest, mem = memory; shift 4 < 27 min; age 4m < 10m -> hit")
p(G, "hit", "jon", "Is there any replication lag on catalog-pg-2 at the moment?", "2026-10-25 11:00", 300,
  "catalog-pg-2 - is it lagging in replication right now?", "11:02",
  "rule 5: status of replication lag now both; shift 2 min; age 2m < 5m -> hit. Berlin DST-end day (11:00 CET, after the 03:00->02:00 repeat)")
p(G, "hit", "lia", 'sum by (code) (rate(http_requests_total{service="catalog-search", code=~"5.."}[5m]))   over 2h', "2026-11-03 10:00", 900,
  "5xx on search broken down by status code, last two hours", "10:04",
  "rule 5: search = catalog-search; 5xx by code both; 2h; shift 4 < 18 min; age 4m < 15m -> hit")
p(G, "hit", "ana", "disk usage on kafka brokers in bom rn", "2026-11-10 03:20", 600,
  "bom kafka broker disk usage atm", "03:22",
  "rule 5: rn = atm = now; same hosts, same metric; shift 2 min; age 2m < 10m -> hit")
p(G, "hit", "mar", "What changes did the Viewer Apps team ship this week?", "2026-07-15 16:00", 1800,
  "Can you list the Viewer Apps team's deployments since Monday?", "16:10",
  "rule 5: 'changes shipped' = deployments (list); Wed Jul 15: this week = since Monday Jul 13; age 10m < 30m -> hit")
p(G, "hit", "raf", "list the pods restarting in lbc-prod-fra, namespace delivery, last 1 hour", "2026-11-24 14:20", 900,
  "which pods of the delivery ns in the fra prod cluster restarted in the last 60 min?", "14:24",
  "rule 5: fra prod cluster = lbc-prod-fra, ns = namespace, 1 hour = 60 min; shift 4 < 9 min; age 4m < 15m -> hit")
p(G, "hit", "ken", "most recent deploy of drm-keysvc?", "2026-12-01 09:40", 600,
  "last deploy for the license server?", "09:45",
  "rule 5: license server = drm-keysvc; 'last deploy' = most recent deploy (no range); age 5m < 10m -> hit")
p(G, "hit", "sio", "How many critical alerts have been acknowledged in the last 30 minutes?", "2026-12-08 03:15", 600,
  "Count of acked crit alerts, past 30 min?", "03:19",
  "rule 5: acked = acknowledged, crit = critical; shift 4 < 5 min; age 4m < 10m -> hit")
p(G, "hit", "dan", "list oomkilled pods in tx-farm today", "2026-01-27 18:30", 900,
  "which tx farm pods got OOMKilled so far today", "18:33",
  "rule 5: tx farm = tx-farm, list both; today both; age 3m < 15m -> hit")
p(G, "hit", "jon", "What is the current connection count on catalog-pg-0?", "2026-02-12 15:00", 300,
  "How many connections does catalog-pg-0 have right now, please?", "15:02",
  "rule 5: current = right now; count both; shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "lia", 'sum by (level) (count_over_time({app="live-pkgr"} | logfmt | level=~"error|fatal" [6h]))', "2026-02-19 07:30", 1800,
  "error + fatal log lines from the packager, split by level, last 6h", "07:38",
  "rule 5: packager = live-pkgr; count of error|fatal lines by level; [6h] = last 6h; shift 8 < 54 min; age 8m < 30m -> hit")
p(G, "hit", "ana", "how many PgReplicationLag alerts since midnight?", "2026-03-03 04:10", 900,
  "PgReplicationLag alert count since 00:00", "04:14",
  "rule 5: midnight = 00:00 local; end diff 4 < 37 min; age 4m < 15m -> hit")
p(G, "hit", "mar", "Is LumenPlay working normally right now?", "2026-03-17 20:05", 300,
  "Right now, is our streaming service working okay for viewers?", "20:07",
  "rule 5: our streaming service = LumenPlay (the only one); status now; shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "raf", "the p99 latency of search endpoint /search/v2/query in last 45 minutes", "2026-03-24 10:30", 900,
  "99th percentile of latency on /search/v2/query, last 45 min", "10:35",
  "rule 5: p99 = 99th percentile; same endpoint; shift 5 min < max(6.75, 5) min tolerance; age 5m < 15m -> hit")
p(G, "hit", "ken", "deploy count per team this month", "2026-04-07 12:00", 3600,
  "how many deploys did each team do this month?", "12:15",
  "rule 5: count grouped by team both; this month [Apr 1, t]; age 15m < 60m -> hit")
p(G, "hit", "sio", "Which services have open SEV1 or SEV2 incidents right now?", "2026-04-15 09:50", 300,
  "Right now: list services with an open sev1/sev2.", "09:52",
  "rule 5: same filters and list intent; now-ranges shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "dan", "cdn hit ratio last 24 hrs", "2026-04-22 21:00", 1800,
  "CDN cache hit ratio past day", "21:09",
  "rule 5: past day = 24 h; shift 9 << 216 min; age 9m < 30m -> hit")
p(G, "hit", "jon", "Could you show me the longest-running queries on catalog-pg right now?", "2026-05-06 10:40", 300,
  "Top long-running queries on the catalogue Postgres at the moment, please.", "10:42",
  "rule 5: catalogue Postgres = catalog-pg; ranking by duration both; now shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "lia", "alerts firing in lbc-prod-syd right now", "2026-05-14 16:20", 300,
  'ALERTS{alertstate="firing", cluster="lbc-prod-syd"}   (now)', "16:22",
  "rule 5: PromQL ALERTS firing in the same cluster, now; shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "ana", "crit alerts on mumbai cluster last 4h", "2026-05-26 00:40", 900,
  "critical alerts lbc-prod-bom past 4 hours", "00:46",
  "rule 5: mumbai cluster = lbc-prod-bom (the prod cluster people mean); shift 6 < 36 min; age 6m < 15m -> hit")
p(G, "hit", "mar", "On average, how long did it take us to fix incidents over the last month?", "2026-06-01 09:00", 3600,
  "What was our mean time to resolve over the last 30 days?", "09:30",
  "rule 5: average time to fix = MTTR; last month = 30 d; shift 30 min << 108 h; age 30m < 60m -> hit")
p(G, "hit", "raf", "traces with error on ad-stitch in the last 20 minutes", "2026-06-10 13:20", 600,
  "error traces of the ad stitcher, past 20 min", "13:23",
  "rule 5: ad stitcher = ad-stitch; shift 3 < 5 min; age 3m < 10m -> hit")
p(G, "hit", "ken", "was guide-api deployed yesterday?", "2026-06-17 09:05", 1800,
  "any deploy of EPG yesterday?", "09:14",
  "rule 5: EPG = guide-api; yes/no deploy existence yesterday both; age 9m < 30m -> hit")
p(G, "hit", "sio", "What's the status of live-pkgr for the LBC News channel right now?", "2026-06-24 18:00", 300,
  "Status check: packager, channel news, now.", "18:02",
  "rule 5: packager = live-pkgr, channel news = LBC News; now shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "dan", "how many 503s from origin in last 5 min", "2026-07-02 02:14", 300,
  "origin 503 count last 5m", "02:15",
  "rule 5: same; 5-min windows shift 1 min (overlap 80%); age 1m < 5m -> hit")
p(G, "hit", "jon", "Please list the tables with the most sequential scans on catalog-pg over the last 7 days.", "2026-07-09 08:30", 1800,
  "Top tables by seq scans on catalog-pg, last week.", "08:41",
  "rule 5: seq = sequential; last week = rolling 7 d; ranking both; age 11m < 30m -> hit")
p(G, "hit", "lia", "avg disk latency on beacons-cass nodes last 12h", "2026-07-16 11:00", 900,
  "average disk latency for the beacons-cass nodes over the past 720 minutes", "11:07",
  "rule 5: 12h = 720 min; avg = average; shift 7 << 108 min; age 7m < 15m -> hit")
p(G, "hit", "ana", "ad-decisions consumer lag now", "2026-07-23 22:30", 300,
  "current lag on ad-decisions consumers?", "22:32",
  "rule 5: current = now; same topic/metric; shift 2 min; age 2m < 5m -> hit")
p(G, "hit", "mar", "How many incidents involved the programme guide this week?", "2026-07-31 15:00", 1800,
  "This week, how many incidents hit the EPG?", "15:08",
  "rule 5: programme guide = EPG = guide-api; Fri Jul 31: this week from Mon Jul 27; age 8m < 30m -> hit")
p(G, "hit", "raf", "how many NodeDiskPressure alerts in staging today", "2026-08-05 17:00", 900,
  "quantity of NodeDiskPressure alerts on stg since midnight", "17:04",
  "rule 5: stg = staging, since midnight = today; age 4m < 15m -> hit")
p(G, "hit", "ken", "list deploys with failed health checks last 24h", "2026-08-12 10:20", 900,
  "which deployments failed healthchecks in the past day?", "10:26",
  "rule 5: past day = 24h; list both; age 6m < 15m -> hit")
p(G, "hit", "sio", "Since 14:00, how many alerts were escalated to the IC?", "2026-08-19 16:30", 900,
  "How many alerts got escalated to incident command since 2pm?", "16:35",
  "rule 5: 2pm = 14:00, IC = incident command; end diff 5 < 22 min; age 5m < 15m -> hit")
p(G, "hit", "dan", "whats teh p50 for /ads/vmap last 30min", "2026-08-26 11:40", 600,
  "median latency of /ads/vmap past 30 minutes", "11:43",
  "rule 5: typo 'teh'; p50 = median; shift 3 < 5 min; age 3m < 10m -> hit")
p(G, "hit", "jon", "What is the buffer cache hit ratio for catalog-pg today?", "2026-09-03 13:00", 1800,
  "catalog-pg buffer cache hit rate so far today, please.", "13:10",
  "rule 5: hit rate = hit ratio; today both; end diff 10 < 117 min; age 10m < 30m -> hit")
p(G, "hit", "lia", "rate of 4xx on rights-gate over the last 90 min", "2026-09-10 19:00", 900,
  'sum(rate(http_requests_total{service="rights-gate", code=~"4.."}[5m]))   last 1.5h', "19:05",
  "rule 5: 1.5h = 90 min; same rate of 4xx; shift 5 < 13.5 min; age 5m < 15m -> hit")
p(G, "hit", "ana", "list warning alerts for tx-farm since 1am", "2026-09-17 05:00", 1800,
  "which warn alerts on transcoders since 01:00?", "05:06",
  "rule 5: transcoders = tx-farm, warn = warning, 1am = 01:00; end diff 6 < 36 min; age 6m < 30m -> hit")
p(G, "hit", "mar", "Which team has had the most incidents this quarter?", "2026-09-29 11:00", 3600,
  "This quarter so far, which team had the highest number of incidents?", "11:25",
  "rule 5: top-1 team by incident count both; Q3 from Jul 1; age 25m < 60m -> hit")
p(G, "hit", "raf", "cpu throttling of caption-svc pods in last 3 hours", "2026-10-01 08:15", 900,
  "the captions service pods, cpu throttled, in the past 3h?", "08:19",
  "rule 5: captions service = caption-svc; same metric; shift 4 < 27 min; age 4m < 15m -> hit")

# ---------------------------------------------------------------- near_miss (70: ~58 miss / ~12 partial)
G = "near_miss"
p(G, "miss", "dan", "crit alerts firing on lp-origin rn", "2026-01-15 09:12", 300,
  "warning alerts firing on lp-origin rn", "09:14",
  "rule 2: sibling severity critical vs warning; fresh, same now-range but rule 2 wins -> miss")
p(G, "miss", "jon", "Please show the read IOPS on catalog-pg-0 for the last 3 hours.", "2026-01-21 14:00", 900,
  "Please show the write IOPS on catalog-pg-0 for the last 3 hours.", "14:05",
  "rule 1: read vs write IOPS are different measured quantities -> miss")
p(G, "miss", "lia", 'sum(rate(http_requests_total{service="lp-origin", code="503"}[5m]))   last 1h', "2026-02-04 14:20", 600,
  'sum(rate(http_requests_total{service="lp-origin", code="500"}[5m]))   last 1h', "14:23",
  "rule 2: sibling status code 503 vs 500 -> miss")
p(G, "miss", "ana", "how many pods ready in ns data on bom rn", "2026-02-11 03:00", 600,
  "how many pods NOT ready in ns data on bom rn", "03:02",
  "rule 2: negation ready vs NOT ready -> miss")
p(G, "miss", "mar", "How many incidents did we have yesterday?", "2026-02-18 08:30", 1800,
  "How many releases did we have yesterday?", "08:40",
  "rule 1: incidents vs releases (deploys) are different subjects -> miss")
p(G, "miss", "raf", "the memory of tx-farm pods in staging, last 6 hours", "2026-02-25 15:00", 900,
  "the cpu of tx-farm pods in staging, last 6 hours", "15:05",
  "rule 1: memory vs cpu are different measured quantities -> miss")
p(G, "miss", "ken", "prod deploys last 2h", "2026-03-03 11:00", 600,
  "staging deploys last 2h", "11:03",
  "rule 2: sibling environment prod vs staging -> miss")
p(G, "miss", "sio", "How many critical alerts fired on live-pkgr in the last hour?", "2026-03-05 16:00", 600,
  "How many critical alerts resolved on live-pkgr in the last hour?", "16:04",
  "rule 2: sibling alert state/event fired vs resolved -> miss")
p(G, "miss", "dan", "error rate for guide-api last 15m", "2026-03-08 10:20", 300,
  "request rate for guide-api last 15m", "10:22",
  "rule 1: 5xx rate vs total request rate are different quantities -> miss. LA DST day (after the jump)")
p(G, "miss", "jon", "How many slow queries were logged on guide-mysql today?", "2026-01-23 11:20", 1800,
  "How many slow queries were logged on catalog-pg today?", "11:28",
  "rule 2: sibling database guide-mysql vs catalog-pg -> miss")
p(G, "miss", "lia", '{app="lp-origin", stream="access"} |= " 503 "   count, last 1h', "2026-04-15 21:10", 900,
  '{app="lp-origin", stream="error"} |= " 503 "   count, last 1h', "21:12",
  "rule 1: different log stream (access vs error) of the same app is a different subject -> miss")
p(G, "miss", "ana", "consumer lag player-beacons last 30 min", "2026-04-22 23:15", 600,
  "consumer lag ad-decisions last 30 min", "23:18",
  "rule 2: sibling Kafka topic -> miss")
p(G, "miss", "mar", "How many SEV1 incidents did we have last week?", "2026-05-05 10:00", 3600,
  "How many SEV2 incidents did we have last week?", "10:15",
  "rule 2: sibling severity SEV1 vs SEV2 -> miss")
p(G, "miss", "raf", "the memory of tx-farm pods in staging, last 6 hours", "2026-05-14 09:30", 900,
  "the memory of tx-farm pods in production, last 6 hours", "09:34",
  "rule 2: sibling environment staging vs production -> miss")
p(G, "miss", "ken", "who deployed catalog-search today", "2026-05-21 17:45", 1200,
  "who deployed caption-svc today", "17:50",
  "rule 2: sibling service (both Viewer Apps) -> miss")
p(G, "miss", "sio", "List all SEV2 incidents opened since 9am.", "2026-06-10 12:10", 900,
  "List all SEV2 incidents closed since 9am.", "12:13",
  "rule 2: sibling event opened vs closed -> miss")
p(G, "partial", "dan", "top 5 noisiest alerts last 24h", "2026-06-17 08:05", 900,
  "how many alerts fired in total last 24h", "08:08",
  "rules 1-3 no (same alerts, same 24h, fresh); rule 4: ranking vs total count over the same data -> partial")
p(G, "miss", "jon", "Please show the write IOPS on catalog-pg-0 for the last 3 hours.", "2026-06-24 14:00", 900,
  "Please show the write latency on catalog-pg-0 for the last 3 hours.", "14:04",
  "rule 1: disk IOPS vs disk latency are different quantities -> miss")
p(G, "miss", "lia", 'sum(rate(container_cpu_usage_seconds_total{cluster="lbc-prod-syd", pod=~"live-pkgr-.*"}[5m]))   last 30m', "2026-07-02 13:30", 600,
  'sum(rate(container_cpu_usage_seconds_total{cluster="lbc-prod-dub", pod=~"live-pkgr-.*"}[5m]))   last 30m', "13:32",
  "rule 2: sibling cluster lbc-prod-syd vs lbc-prod-dub -> miss")
p(G, "miss", "ana", "warn alerts on drm last 2h", "2026-07-09 01:50", 900,
  "alerts on drm excluding warning, last 2h", "01:54",
  "rule 2: complement 'excluding warning' -> miss")
p(G, "miss", "mar", "How many customer-facing incidents have we had this month?", "2026-07-21 09:15", 1800,
  "How many internal-only incidents have we had this month?", "09:22",
  "rule 2: complement customer-facing vs internal-only -> miss")
p(G, "miss", "raf", "is the rights-gate healthy now?", "2026-07-29 16:40", 300,
  "is the drm-keysvc healthy now?", "16:42",
  "rule 2: sibling service (both Rights team) -> miss")
p(G, "partial", "ken", "how many rollbacks this week", "2026-06-05 10:10", 1800,
  "list the rollbacks this week", "10:15",
  "rules 1-3 no; rule 4: count vs list over the same rollbacks/range -> partial")
p(G, "miss", "sio", "What's the 5xx rate on /vod/{asset}/manifest.mpd over the last 10 minutes?", "2026-08-12 19:20", 300,
  "What's the 5xx rate on /live/{channel}/master.m3u8 over the last 10 minutes?", "19:22",
  "rule 2: sibling endpoint (VOD manifest on lp-origin vs live playlist on live-pkgr) -> miss")
p(G, "partial", "dan", "ad fill rate last 1h", "2026-08-19 13:00", 600,
  "lowest ad fill rate in the last 1h", "13:02",
  "rules 1-3 no; rule 4: minimum vs the series/average of the same fill-rate series -> another statistic -> partial")
p(G, "miss", "jon", "Could you tell me how many deadlocks guide-mysql had yesterday?", "2026-08-26 09:00", 1800,
  "Could you tell me how many lock wait timeouts guide-mysql had yesterday?", "09:06",
  "rule 1: deadlocks vs lock wait timeouts are different counters -> miss")
p(G, "miss", "lia", '{app="drm-keysvc", stream="audit"} |= "denied"   last 15m', "2026-09-03 08:45", 600,
  '{app="drm-keysvc", stream="audit"} |= "granted"   last 15m', "08:47",
  "rule 2: sibling/complement outcome denied vs granted -> miss")
p(G, "miss", "ana", "no. of TxQueueBacklog alerts fired overnight", "2026-09-10 06:30", 1800,
  "no. of KafkaConsumerLagHigh alerts fired overnight", "06:33",
  "rule 2: sibling alertname -> miss")
p(G, "miss", "mar", "How many viewers had playback errors on the iPhone app yesterday?", "2026-09-16 08:50", 3600,
  "How many viewers had playback errors on the Android app yesterday?", "09:00",
  "rule 2: sibling platform iPhone vs Android -> miss")
p(G, "miss", "raf", "caption-render queue depth right now?", "2026-09-23 11:11", 300,
  "caption-render queue consumers right now, how many?", "11:12",
  "rule 1: queue depth vs consumer count are different quantities -> miss")
p(G, "miss", "ken", "how many deploys failed today", "2026-10-07 15:30", 900,
  "how many deploys succeeded today", "15:34",
  "rule 2: complement failed vs succeeded -> miss")
p(G, "miss", "sio", "Give me the timeline for INC-2291.", "2026-10-14 22:40", 900,
  "Give me the timeline for INC-2219.", "22:44",
  "rule 2: sibling incident id (2291 vs 2219, swapped digits) -> miss")
p(G, "partial", "dan", "mem usage beacon-ingest last 3h", "2026-10-21 07:10", 600,
  "peak mem usage beacon-ingest last 3h", "07:13",
  "rules 1-3 no; rule 4: max (peak) of the same memory series -> another statistic -> partial")
p(G, "miss", "jon", "Is there any replication lag on catalog-pg-2 at the moment?", "2026-10-25 11:00", 300,
  "Is there any replication lag on catalog-pg-1 at the moment?", "11:02",
  "rule 2: sibling replica catalog-pg-2 vs catalog-pg-1 -> miss. Berlin DST-end day")
p(G, "miss", "lia", 'sum by (code) (rate(http_requests_total{service="catalog-search", code=~"5.."}[5m]))   over 2h', "2026-11-04 10:00", 900,
  'sum by (code) (rate(http_requests_total{service="catalog-search", code=~"4.."}[5m]))   over 2h', "10:03",
  "rule 2: sibling status class 5xx vs 4xx -> miss")
p(G, "miss", "ana", "disk usage on kafka brokers in bom rn", "2026-11-11 03:20", 600,
  "disk usage on cassandra nodes in bom rn", "03:22",
  "rule 2: sibling host group (kafka brokers vs beacons-cass nodes) -> miss")
p(G, "miss", "mar", "What changes did the Viewer Apps team ship this week?", "2026-07-16 16:00", 1800,
  "What changes did the Playout team ship this week?", "16:06",
  "rule 2: sibling team -> miss")
p(G, "miss", "raf", "which pods of delivery ns in the fra prod cluster restarted in the last 60 min?", "2026-11-25 14:20", 900,
  "which pods of delivery ns in the dub prod cluster restarted in the last 60 min?", "14:23",
  "rule 2: sibling cluster lbc-prod-fra vs lbc-prod-dub -> miss")
p(G, "miss", "ken", "most recent deploy of drm-keysvc?", "2026-12-02 09:40", 600,
  "next scheduled deploy of drm-keysvc?", "09:44",
  "rule 1: past deploys vs planned/scheduled changes are different subjects -> miss")
p(G, "miss", "sio", "How many critical alerts have been acknowledged in the last 30 minutes?", "2026-12-09 03:15", 600,
  "How many critical alerts have NOT been acknowledged in the last 30 minutes?", "03:18",
  "rule 2: negation acknowledged vs NOT acknowledged -> miss")
p(G, "miss", "dan", "list oomkilled pods in tx-farm today", "2026-01-28 18:30", 900,
  "list evicted pods in tx-farm today", "18:32",
  "rule 2: sibling termination reason OOMKilled vs Evicted -> miss")
p(G, "partial", "jon", "What is the current connection count on catalog-pg-0?", "2026-02-13 15:00", 300,
  "Which clients are holding connections on catalog-pg-0 right now?", "15:02",
  "rules 1-3 no (same connections, now, fresh); rule 4: count vs list over the same data -> partial")
p(G, "miss", "lia", 'sum by (level) (count_over_time({app="live-pkgr"} | logfmt | level=~"error|fatal" [6h]))', "2026-02-20 07:30", 1800,
  'sum by (level) (count_over_time({app="live-pkgr"} | logfmt | level="warn" [6h]))', "07:35",
  "rule 2: sibling log level warn vs error|fatal -> miss")
p(G, "partial", "ana", "how many PgReplicationLag alerts since midnight?", "2026-03-04 04:10", 900,
  "list PgReplicationLag alerts since midnight", "04:13",
  "rules 1-3 no; rule 4: count vs list over the same alerts -> partial")
p(G, "miss", "mar", "Is LumenPlay working normally right now?", "2026-03-18 20:05", 300,
  "Is our corporate website working normally right now?", "20:07",
  "rule 1: the corporate website is not the LumenPlay streaming service -> different subject -> miss")
p(G, "partial", "raf", "the p99 latency of /search/v2/query in last 45 minutes", "2026-03-25 10:30", 900,
  "the p50 latency of /search/v2/query in last 45 minutes", "10:33",
  "rules 1-3 no; rule 4: p50 vs p99 of the same latency series -> partial")
p(G, "partial", "ken", "deploy count per team this month", "2026-04-08 12:00", 3600,
  "deploy count per service this month", "12:10",
  "rules 1-3 no; rule 4: same deploy data, other breakdown (team vs service) -> different intent -> partial")
p(G, "miss", "sio", "Which services have open SEV1 or SEV2 incidents right now?", "2026-04-16 09:50", 300,
  "Which services have open SEV3 incidents right now?", "09:52",
  "rule 2: sibling severity SEV3 vs SEV1/SEV2 -> miss")
p(G, "miss", "dan", "cdn hit ratio last 24 hrs", "2026-04-23 21:00", 1800,
  "cdn miss ratio last 24 hrs", "21:05",
  "rule 2: complement hit vs miss ratio (spec treats complements as miss even if derivable) -> miss")
p(G, "miss", "jon", "Could you show me the longest-running queries on catalog-pg right now?", "2026-05-07 10:40", 300,
  "Could you show me the most frequently executed queries on catalog-pg right now?", "10:42",
  "rule 1: ranking by duration vs by call count ranks a different measured quantity -> miss")
p(G, "miss", "lia", 'ALERTS{alertstate="firing", cluster="lbc-prod-syd"}', "2026-05-15 16:20", 300,
  'ALERTS{alertstate="pending", cluster="lbc-prod-syd"}', "16:21",
  "rule 2: sibling state firing vs pending -> miss")
p(G, "miss", "ana", "crit alerts on mumbai cluster last 4h", "2026-05-27 00:40", 900,
  "crit alerts on sydney cluster last 4h", "00:44",
  "rule 2: sibling cluster lbc-prod-bom vs lbc-prod-syd -> miss")
p(G, "miss", "mar", "What was our mean time to resolve over the last 30 days?", "2026-06-02 09:00", 3600,
  "What was our mean time to detect over the last 30 days?", "09:20",
  "rule 1: MTTR vs MTTD are different measured quantities -> miss")
p(G, "miss", "raf", "error traces of ad-stitch, past 20 min", "2026-06-11 13:20", 600,
  "slow traces of ad-stitch, past 20 min", "13:22",
  "rule 2: sibling trace filter (status=error vs duration over threshold) -> miss")
p(G, "miss", "ken", "was guide-api deployed to prod yesterday?", "2026-06-18 09:05", 1800,
  "was guide-api deployed to staging yesterday?", "09:10",
  "rule 2: sibling environment -> miss")
p(G, "miss", "sio", "What's the status of live-pkgr for the LBC News channel right now?", "2026-06-25 18:00", 300,
  "What's the status of live-pkgr for the LBC Two channel right now?", "18:02",
  "rule 2: sibling channel news vs two -> miss")
p(G, "miss", "dan", "how many 503s from origin in last 5 min", "2026-07-03 02:14", 300,
  "how many 504s from origin in last 5 min", "02:15",
  "rule 2: sibling status code 503 vs 504 -> miss")
p(G, "miss", "jon", "Please list the tables with the most sequential scans on catalog-pg over the last 7 days.", "2026-07-10 08:30", 1800,
  "Please list the tables with the most index scans on catalog-pg over the last 7 days.", "08:36",
  "rule 2: sibling scan type sequential vs index -> miss")
p(G, "miss", "lia", "avg disk latency on beacons-cass nodes last 12h", "2026-07-17 11:00", 900,
  "avg disk IOPS on beacons-cass nodes last 12h", "11:04",
  "rule 1: disk latency vs disk IOPS -> miss")
p(G, "miss", "ana", "ad-decisions consumer lag now", "2026-07-24 22:30", 300,
  "ad-decisions producer rate now", "22:31",
  "rule 1: consumer lag vs produce rate are different quantities -> miss")
p(G, "miss", "mar", "How many incidents involved the programme guide this week?", "2026-08-07 15:00", 1800,
  "How many incidents did not involve the programme guide this week?", "15:05",
  "rule 2: negation 'did not involve' -> miss")
p(G, "partial", "raf", "how many NodeDiskPressure alerts in staging today", "2026-08-06 17:00", 900,
  "in which nodes the NodeDiskPressure alert fired in staging today?", "17:03",
  "rules 1-3 no; rule 4: count vs list of nodes over the same alerts -> partial")
p(G, "miss", "ken", "list deploys with failed health checks last 24h", "2026-08-13 10:20", 900,
  "list deploys with passed health checks last 24h", "10:24",
  "rule 2: complement failed vs passed -> miss")
p(G, "miss", "sio", "Since 14:00, how many alerts were escalated to the IC?", "2026-08-20 16:30", 900,
  "Since 14:00, how many incidents were escalated to the IC?", "16:33",
  "rule 1: alerts vs incidents are different subjects -> miss")
p(G, "partial", "dan", "p50 for /ads/vmap last 30min", "2026-08-27 11:40", 600,
  "p90 for /ads/vmap last 30min", "11:42",
  "rules 1-3 no; rule 4: p90 vs p50 of the same latency series -> partial")
p(G, "miss", "jon", "What is the buffer cache hit ratio for catalog-pg today?", "2026-09-04 13:00", 1800,
  "What is the index hit ratio for catalog-pg today?", "13:07",
  "rule 1: buffer cache hit ratio vs index hit ratio are different measured quantities -> miss")
p(G, "partial", "lia", "rate of 4xx on rights-gate over the last 90 min", "2026-09-11 19:00", 900,
  "total number of 4xx on rights-gate over the last 90 min", "19:03",
  "rules 1-3 no; rule 4: per-second rate vs total count of the same 4xx series -> another statistic -> partial")
p(G, "miss", "ana", "list warning alerts for tx-farm since 1am", "2026-09-18 05:00", 1800,
  "list critical alerts for tx-farm since 1am", "05:04",
  "rule 2: sibling severity -> miss")
p(G, "partial", "mar", "Which team has had the most incidents this quarter?", "2026-09-30 11:00", 3600,
  "How many incidents has each team had this quarter?", "11:20",
  "rules 1-3 no; rule 4: top-1 ranking vs per-team counts over the same incidents -> partial")
p(G, "miss", "raf", "cpu throttling of caption-svc pods in last 3 hours", "2026-10-02 08:15", 900,
  "cpu throttling of catalog-search pods in last 3 hours", "08:17",
  "rule 2: sibling service (both Viewer Apps) -> miss")

# ---------------------------------------------------------------- time (50: ~19 hit / 19 partial / 12 miss)
G = "time"
p(G, "hit", "sio", "How many critical alerts since midnight?", "2026-01-13 10:30", 900,
  "Critical alerts so far today - count?", "10:34",
  "rule 5: [00:00,10:30] vs [00:00,10:34] GMT; end diff 4 min < 94; age 4m < 15m -> hit")
p(G, "partial", "sio", "How many alerts fired on lp-origin since midnight?", "2026-03-29 03:30", 900,
  "How many alerts fired on lp-origin in the last 3.5 hours?", "03:36",
  "London DST-start day (01:00 GMT->02:00 BST). A = [00:00Z, 02:30Z] = 2.5 real h; B = [23:06Z Mar 28, 02:36Z] = 3.5 h. Overlap 2.5 h = 100% of shorter, ratio 1.4 -> rule 3 no; rule 5: start diff 54 min > 22.5/31.5 min tolerance -> ranges differ -> partial")
p(G, "miss", "ana", "crit alerts last 15 min", "2026-03-12 03:00", 1800,
  "crit alerts yesterday", "03:05",
  "rule 3: [02:45,03:00] vs Mar 11 00:00-24:00: no overlap and length ratio 96x > 31x -> miss")
p(G, "hit", "jon", "Could you show the replication lag of catalog-pg between 07:00 and 08:00 UTC today, please?", "2026-02-05 09:15", 1800,
  "Replication lag on catalog-pg from 08:00 to 09:00 this morning, please.", "09:20",
  "rule 5: Berlin in Feb is UTC+1, so 08:00-09:00 local = 07:00-08:00 UTC, identical; age 5m < 30m -> hit")
p(G, "partial", "mar", "How many SEV1 incidents have we had this month?", "2026-04-06 09:00", 3600,
  "So far this month, how many SEV1 incidents?", "10:10",
  "rule 5: same question, ranges [Apr 1 00:00, 09:00] vs [.., 10:10] match (70 min << 15% of 5 days) but age 70m > ttl 60m -> stale -> partial")
p(G, "hit", "dan", "how many alerts on tx-farm overnight", "2026-03-08 06:10", 900,
  "tx-farm alerts in the last 7h, how many", "06:13",
  "LA DST-start day: overnight = [22:00 PST Mar 7, 06:00 PDT] = [06:00Z, 13:00Z] = 7 real h. B = [06:13Z, 13:13Z]. Diffs 13 min < 63 min (15% of 7 h); age 3m < 15m -> rule 5 hit")
p(G, "miss", "raf", "how many deploys of ad-stitch yesterday?", "2026-05-12 10:00", 900,
  "how many deploys of ad-stitch today?", "10:05",
  "rule 3: May 11 vs [May 12 00:00, 10:05] do not overlap -> miss")
p(G, "partial", "dan", "503s from origin last 5 min", "2026-06-03 14:00", 600,
  "503s from origin last 5 min", "14:04",
  "rule 3: [13:55,14:00] vs [13:59,14:04] overlap 1 min = 20% < 25%, but it is the same rolling question re-asked while fresh (4m < 10m) -> exception -> partial")
p(G, "hit", "lia", "how many alerts fired in lbc-prod-syd over the weekend?", "2026-02-02 09:00", 900,
  "count of alerts fired in lbc-prod-syd from Sat 00:00 to Sun 23:59", "09:04",
  "rule 5: asked Mon Feb 2: weekend = [Sat Jan 31 00:00, Mon 00:00]; B ends 1 min earlier; age 4m < 15m -> hit")
p(G, "partial", "jon", "How many autovacuum runs on catalog-pg since midnight, please?", "2026-03-29 05:00", 1800,
  "How many autovacuum runs on catalog-pg in the last 5 hours, please?", "05:04",
  "Berlin DST-start day (02:00 CET->03:00 CEST). A = [23:00Z Mar 28, 03:00Z] = 4 real h; B = [22:04Z, 03:04Z] = 5 h. Overlap 4 h = 100% of shorter -> rule 3 no; rule 5: start diff 56 min > 36/45 min -> partial")
p(G, "hit", "ken", "prod deploys since 02:00 UTC", "2026-07-07 20:00", 600,
  "prod deploys since 11am", "20:05",
  "rule 5: Tokyo UTC+9, 02:00 UTC = 11:00 JST; [11:00,20:00] vs [11:00,20:05]; age 5m < 10m -> hit")
p(G, "miss", "sio", "Which SEV2 incidents are open right now?", "2026-02-24 14:00", 300,
  "Which SEV2 incidents are open right now?", "14:30",
  "rule 3: now-ranges [13:55,14:00] vs [14:25,14:30] do not overlap; the re-ask exception needs a fresh answer but age 30m > ttl 5m -> miss")
p(G, "hit", "lia", "PackagerSegmentLag alerts since midnight", "2026-04-05 09:00", 900,
  "PackagerSegmentLag alerts in the last 10 hours", "09:05",
  "Sydney DST-end day (03:00 AEDT->02:00 AEST): midnight AEDT = 13:00Z Apr 4, 09:00 AEST = 23:00Z, so 'since midnight' is 10 real h. B = [13:05Z, 23:05Z]; diffs 5 min < 90; age 5m < 15m -> rule 5 hit")
p(G, "partial", "lia", "KafkaConsumerLagHigh alerts since midnight?", "2026-04-05 03:30", 900,
  "KafkaConsumerLagHigh alerts in the last 3.5h?", "03:33",
  "Sydney DST-end day: A = [13:00Z, 17:30Z] = 4.5 real h (wall clock shows 3.5); B = [14:03Z, 17:33Z]. Overlap 3.5 h = 100% of shorter -> rule 3 no; rule 5: start diff 63 min > 40.5 min -> partial")
p(G, "miss", "jon", "Could you give me the lock waits on guide-mysql between 10:00 and 12:00?", "2026-07-14 13:00", 1800,
  "Could you give me the lock waits on guide-mysql between 10:00 and 12:00 UTC?", "13:06",
  "Berlin CEST = UTC+2: A = 08:00-10:00 UTC, B = 10:00-12:00 UTC -> touch, no overlap -> rule 3 miss")
p(G, "partial", "jon", "Could you give me the lock waits on guide-mysql between 10:00 and 12:00?", "2026-01-29 13:00", 1800,
  "Could you give me the lock waits on guide-mysql between 10:00 and 12:00 UTC?", "13:06",
  "Berlin CET = UTC+1: A = 09:00-11:00 UTC, B = 10:00-12:00 UTC; overlap 1 h = 50% -> rule 3 no; rule 5: 60 min diff > 18 min -> partial")
p(G, "hit", "ana", "crit alerts between 02:00 and 04:00 IST", "2026-03-10 04:30", 1800,
  "crit alerts between 20:30 and 22:30 UTC on Mar 9", "04:36",
  "rule 5: IST = UTC+05:30, 02:00-04:00 IST Mar 10 = 20:30-22:30 UTC Mar 9, identical; age 6m < 30m -> hit")
p(G, "partial", "ken", "how many deploys today", "2026-05-18 10:00", 600,
  "deploy count today", "10:30",
  "rule 5: same question, [00:00,10:00] vs [00:00,10:30] match (30 < 90 min) but age 30m > ttl 10m -> stale -> partial")
p(G, "miss", "mar", "How many incidents have we had this month?", "2026-03-20 10:00", 1800,
  "How many incidents have we had today?", "10:05",
  "rule 3: this month = [Mar 1, Mar 20 10:00] = 465 real h (Mar 8 lost an hour) vs today 10.08 h: ratio ~46x > 31x -> miss")
p(G, "hit", "mar", "How many incidents did we have yesterday?", "2026-03-03 09:00", 1800,
  "How many incidents did we have on Monday?", "09:05",
  "rule 5: asked Tue Mar 3: yesterday = Monday Mar 2, identical; age 5m < 30m -> hit")
p(G, "partial", "ana", "crit alerts last 1h", "2026-03-16 02:00", 900,
  "crit alerts last 1h", "02:20",
  "rule 3 no: [01:00,02:00] vs [01:20,02:20] overlap 67%; rule 5: same question but age 20m > ttl 15m (and shift 20 > 9 min) -> partial")
p(G, "hit", "raf", "which deploys we did this morning?", "2026-06-15 11:00", 900,
  "which deploys since 6am?", "11:04",
  "rule 5: this morning = [06:00, min(11:00,12:00)] vs [06:00, 11:04]; end diff 4 min < 45; age 4m < 15m -> hit")
p(G, "miss", "ken", "list deploys this week", "2026-06-08 00:30", 1800,
  "list deploys over the weekend", "00:34",
  "rule 3: asked Mon 00:30: this week = [Mon 00:00, 00:30]; weekend = [Sat Jun 6 00:00, Mon 00:00] -> no overlap -> miss")
p(G, "partial", "raf", "how many errors on rights-gate today?", "2026-06-22 10:00", 1800,
  "how many errors on rights-gate in last 24 hours?", "10:04",
  "rule 3 no: today [00:00,10:00] lies inside [Jun 21 10:04, Jun 22 10:04]: overlap 100% of shorter, ratio 2.4; rule 5: start diff 14 h -> partial")
p(G, "hit", "sio", "How many alerts have fired since 08:00 UTC?", "2026-07-14 11:00", 900,
  "How many alerts have fired since 9am?", "11:03",
  "rule 5: London BST = UTC+1, 08:00 UTC = 09:00 local; end diff 3 min; age 3m < 15m -> hit")
p(G, "partial", "jon", "How many slow queries on catalog-pg this week, please?", "2026-02-11 14:00", 1800,
  "How many slow queries on catalog-pg last week, please?", "14:05",
  "Wed Feb 11: this week = [Mon Feb 9 00:00, 14:00] = 62 h; last week = rolling 7 d [Feb 4 14:05, Feb 11 14:05]. Overlap 62 h = 100% of shorter, ratio 2.7 -> rule 3 no; rule 5 ranges differ -> partial")
p(G, "miss", "lia", "5xx on drm-keysvc last 30 min", "2026-08-04 10:00", 1800,
  "5xx on drm-keysvc last 30 min", "10:40",
  "rule 3: [09:30,10:00] vs [10:10,10:40] no overlap; age 40m > ttl 30m so the re-ask exception does not apply -> miss")
p(G, "hit", "dan", "guide-api errors since midnight", "2026-11-01 09:00", 600,
  "guide-api errors in the last 10 hours", "09:03",
  "LA DST-end day (02:00 PDT->01:00 PST): midnight PDT = 07:00Z, 09:00 PST = 17:00Z -> 10 real h. B = [07:03Z, 17:03Z]; diffs 3 min; age 3m < 10m -> rule 5 hit")
p(G, "partial", "mar", "How many incidents did we have overnight?", "2026-11-01 07:00", 1800,
  "How many incidents did we have in the last 8 hours?", "07:05",
  "NY DST-end day: overnight = [22:00 EDT Oct 31, 06:00 EST] = [02:00Z, 11:00Z] = 9 real h; B = [04:05Z, 12:05Z]. Overlap 6h55 = 86% of shorter -> rule 3 no; rule 5: start diff 2h05 > 81 min -> partial")
p(G, "miss", "ana", "alerts b/w 01:00 and 03:00 UTC", "2026-03-19 08:40", 1800,
  "alerts b/w 01:00 and 03:00", "08:44",
  "rule 3: 01:00-03:00 UTC = 06:30-08:30 IST vs 01:00-03:00 IST -> no overlap (half-hour offset) -> miss")
p(G, "hit", "ken", "deploys between 9 and 11 JST today", "2026-09-08 12:00", 900,
  "deploys between 00:00 and 02:00 UTC today", "12:05",
  "rule 5: 00:00-02:00 UTC Sep 8 = 09:00-11:00 JST Sep 8, identical; age 5m < 15m -> hit")
p(G, "partial", "dan", "5xx on rights-gate since 9am", "2026-09-15 11:00", 900,
  "5xx on rights-gate last hour", "11:02",
  "rule 3 no: [09:00,11:00] vs [10:02,11:02] overlap 58 min = 97% of shorter; rule 5: start diff 62 min > 18 -> partial")
p(G, "miss", "raf", "cpu of tx-farm from 2pm to 4pm", "2026-10-20 17:00", 900,
  "cpu of tx-farm in last hour", "17:05",
  "rule 3: [14:00,16:00] vs [16:05,17:05] no overlap -> miss")
p(G, "hit", "jon", "How many lock waits on guide-mysql since midnight, please?", "2026-10-25 10:00", 1800,
  "How many lock waits on guide-mysql in the last 11 hours, please?", "10:05",
  "Berlin DST-end day: midnight CEST = 22:00Z Oct 24, 10:00 CET = 09:00Z -> 11 real h; B = [22:05Z, 09:05Z]; diffs 5 min; age 5m < 30m -> rule 5 hit")
p(G, "partial", "sio", "Count of warning alerts on live-pkgr since midnight?", "2026-10-25 03:00", 900,
  "Count of warning alerts on live-pkgr in the last 3 hours?", "03:05",
  "London DST-end day: A = [23:00Z Oct 24, 03:00Z] = 4 real h; B = [00:05Z, 03:05Z]. Overlap 2h55 = 97% of shorter -> rule 3 no; rule 5: start diff 65 min > 36 -> partial")
p(G, "partial", "ana", "alerts last night on bom", "2026-03-24 09:00", 1800,
  "alerts since 22:00 yesterday on bom", "09:04",
  "rule 3 no: last night [22:00, 06:00] inside [22:00, 09:04], overlap 100% of shorter; rule 5: end diff 3h04 > 72 min -> partial")
p(G, "hit", "lia", "alerts in lbc-prod-syd since 2pm yesterday", "2026-10-13 14:10", 1800,
  "alerts in lbc-prod-syd last 24h", "14:12",
  "rule 5: [Oct 12 14:00, 14:10] vs [Oct 12 14:12, 14:12]; diffs 12 and 2 min < 216; age 2m < 30m -> hit")
p(G, "miss", "sio", "How many incidents did we have last week?", "2026-11-17 16:00", 1800,
  "How many incidents did we have in the last hour?", "16:05",
  "rule 3: 168 h vs 1 h, ratio 168x > 31x (even though fully overlapping) -> miss")
p(G, "partial", "raf", "how many alerts we had this afternoon?", "2026-11-18 19:00", 3600,
  "how many alerts we had since noon?", "19:30",
  "this afternoon asked at 19:00 = [12:00, 18:00]; since noon = [12:00, 19:30]. Overlap 6 h = 100% -> rule 3 no; rule 5: end diff 90 min > 67.5 min -> partial (fresh)")
p(G, "hit", "dan", "errors on rights-gate between 1am and 4am", "2026-03-08 06:00", 1800,
  "errors on rights-gate between 09:00 and 11:00 UTC", "06:05",
  "LA DST-start day: 01:00 PST = 09:00Z, 04:00 PDT = 11:00Z, so the 3 wall-hours are 2 real hours = B exactly; age 5m < 30m -> rule 5 hit")
p(G, "partial", "lia", "p99 license latency last 6h", "2026-06-09 08:00", 3600,
  "p99 license latency last 6h", "09:30",
  "rule 3 no: overlap 4.5 h = 75%; rule 5: same question but age 90m > ttl 60m -> partial")
p(G, "miss", "dan", "guide-api 5xx yesterday", "2026-07-08 00:10", 900,
  "guide-api 5xx last 30 min", "00:12",
  "rule 3: yesterday 24 h vs [23:42, 00:12] 30 min: overlap 18 min is 60% of shorter but ratio 48x > 31x -> miss")
p(G, "hit", "ana", "alerts since 00:00 UTC", "2026-04-14 06:00", 600,
  "alerts since 05:30", "06:03",
  "rule 5: 00:00 UTC = 05:30 IST; [05:30,06:00] vs [05:30,06:03]; end diff 3 < 5 min; age 3m < 10m -> hit")
p(G, "partial", "ken", "deploys last 7 days", "2026-06-15 10:00", 1800,
  "deploys this week", "10:03",
  "asked Mon: this week = [Mon 00:00, 10:03] = 10 h inside the 168 h: overlap 100% of shorter, ratio 16.7 < 31 -> rule 3 no; rule 5 ranges differ -> partial")
p(G, "partial", "lia", "p95 for /v3/license last hour", "2026-08-18 10:00", 3600,
  "p95 for /v3/license last hour", "10:50",
  "rule 3: [09:00,10:00] vs [09:50,10:50] overlap 10 min = 17% < 25%, but same rolling question re-asked while fresh (50m < 60m) -> exception -> partial")
p(G, "hit", "mar", "How many incidents have we had this week?", "2026-07-15 17:00", 1800,
  "How many incidents since Monday?", "17:08",
  "rule 5: Wed Jul 15: this week = since Monday Jul 13 00:00; end diff 8 min; age 8m < 30m -> hit")
p(G, "hit", "sio", "How many alerts fired yesterday?", "2026-01-21 00:20", 1800,
  "How many alerts fired in the last 24 hours?", "00:22",
  "rule 5: yesterday [Jan 20 00:00, Jan 21 00:00] vs [Jan 20 00:22, Jan 21 00:22]; diffs 22 min < 216; age 2m < 30m -> hit")
p(G, "partial", "ken", "list prod deploys last 2h", "2026-10-05 18:00", 600,
  "list prod deploys last 2h", "18:40",
  "rule 3 no: overlap 80 min = 67%; rule 5: age 40m > ttl 10m -> stale -> partial")
p(G, "hit", "jon", "Please show catalog-pg replication lag since 07:00 CET.", "2026-12-10 09:30", 1800,
  "Please show catalog-pg replication lag since 06:00 UTC.", "09:35",
  "rule 5: 06:00 UTC = 07:00 CET (UTC+1); end diff 5 min; age 5m < 30m -> hit")
p(G, "miss", "ana", "crit alerts today", "2026-12-16 00:20", 900,
  "crit alerts yesterday", "00:24",
  "rule 3: today [Dec 16 00:00, 00:20] vs yesterday Dec 15 -> no overlap (just past midnight) -> miss")

# ---------------------------------------------------------------- scope (50: ~32 partial / ~18 miss)
G = "scope"
p(G, "partial", "dan", "all alerts firing on lp-origin rn", "2026-11-01 10:00", 300,
  "critical alerts firing on lp-origin rn", "10:02",
  "rule 4: all severities contains critical -> nested; same now-range, fresh -> partial. LA DST-end day")
p(G, "partial", "jon", "How many connections are open on the catalog-pg cluster right now, please?", "2026-01-19 10:00", 300,
  "How many connections are open on catalog-pg-1 right now, please?", "10:02",
  "rule 4: catalog-pg (all nodes) contains replica catalog-pg-1 -> nested -> partial")
p(G, "partial", "lia", 'sum(rate(http_requests_total{service="lp-origin", code=~"5.."}[5m]))   last 1h', "2026-02-09 15:00", 600,
  'sum(rate(http_requests_total{service="lp-origin", code="503"}[5m]))   last 1h', "15:03",
  "rule 4: 5xx contains 503 -> nested -> partial")
p(G, "partial", "ana", "pods not ready in lbc-prod-bom atm", "2026-02-16 02:10", 600,
  "pods not ready in lbc-prod-bom ns data atm", "02:12",
  "rule 4: whole cluster contains namespace data -> nested -> partial")
p(G, "partial", "mar", "How many incidents have we had this month?", "2026-02-23 09:30", 1800,
  "How many incidents has the Rights team had this month?", "09:40",
  "rule 4: all incidents contain the Rights team's -> nested -> partial")
p(G, "partial", "raf", "errors of the Delivery team services in the last 1 hour", "2026-03-02 14:00", 900,
  "errors of ad-stitch in the last 1 hour", "14:04",
  "rule 4: Delivery team (lp-origin + ad-stitch) contains ad-stitch -> nested -> partial")
p(G, "partial", "ken", "deploys to prod today", "2026-03-09 16:00", 900,
  "deploys to lbc-prod-fra today", "16:05",
  "rule 4: prod contains the prod cluster lbc-prod-fra -> nested -> partial")
p(G, "partial", "sio", "How many incidents are open right now?", "2026-03-16 11:00", 300,
  "How many SEV1 incidents are open right now?", "11:02",
  "rule 4: all severities contain SEV1 -> nested -> partial")
p(G, "partial", "dan", "5xx on guide-api last 30m", "2026-03-23 15:30", 600,
  "5xx on guide-api /guide/v1/schedule last 30m", "15:33",
  "rule 4: service contains its endpoint -> nested -> partial")
p(G, "partial", "jon", "How many slow queries (over 1 second) has catalog-pg logged today?", "2026-03-30 10:00", 1800,
  "How many queries over 5 seconds has catalog-pg logged today?", "10:06",
  "rule 4: threshold >5 s is a subset of >1 s -> nested -> partial")
p(G, "partial", "lia", 'ALERTS{alertstate="firing", cluster="lbc-prod-syd"}', "2026-04-13 09:00", 300,
  'ALERTS{alertstate="firing", cluster="lbc-prod-syd", namespace="playout"}', "09:02",
  "rule 4: cluster contains namespace playout -> nested -> partial")
p(G, "partial", "ana", "consumer lag all kafka topics in bom, last 1h", "2026-04-20 01:30", 600,
  "consumer lag player-beacons in bom, last 1h", "01:33",
  "rule 4: all topics contain player-beacons -> nested -> partial")
p(G, "partial", "mar", "How many customer-facing incidents have we had this quarter?", "2026-04-27 10:00", 3600,
  "How many customer-facing incidents have we had in Europe this quarter?", "10:20",
  "rule 4: all regions contain Europe -> nested -> partial")
p(G, "partial", "raf", "the memory of all pods in staging, last 2 hours", "2026-05-04 11:00", 900,
  "the memory of tx-farm pods in staging, last 2 hours", "11:05",
  "rule 4: all staging pods contain tx-farm pods -> nested -> partial")
p(G, "partial", "ken", "failed deploys this week", "2026-05-13 18:00", 1800,
  "failed deploys of the Playout team this week", "18:06",
  "rule 4: all teams contain Playout -> nested -> partial")
p(G, "partial", "sio", "How many alerts are firing across all prod clusters right now?", "2026-05-18 13:00", 600,
  "How many alerts are firing in lbc-prod-dub right now?", "13:03",
  "rule 4: all prod clusters contain lbc-prod-dub -> nested -> partial")
p(G, "partial", "dan", "warning + critical alerts last 1h", "2026-05-25 20:00", 900,
  "critical alerts last 1h", "20:04",
  "rule 4: warning+critical contains critical -> nested -> partial")
p(G, "partial", "jon", "What is the replication lag on all catalog-pg replicas at the moment?", "2026-06-01 08:00", 300,
  "What is the replication lag on catalog-pg-2 at the moment?", "08:02",
  "rule 4: all replicas contain catalog-pg-2 -> nested -> partial")
p(G, "partial", "lia", '{app="live-pkgr"} |= "error"   last 30m', "2026-06-08 20:00", 900,
  '{app="live-pkgr", channel="news"} |= "error"   last 30m', "20:03",
  "rule 4: all channels contain channel news -> nested -> partial")
p(G, "partial", "ana", "crit alerts in ap-south-1 last 4h", "2026-06-15 03:40", 900,
  "crit alerts on lbc-prod-bom last 4h", "03:44",
  "rule 4: region ap-south-1 (lbc-prod-bom + lbc-batch-bom) contains lbc-prod-bom -> nested -> partial")
p(G, "partial", "mar", "How many viewers had playback errors yesterday?", "2026-06-22 09:00", 3600,
  "How many viewers had playback errors on smart TVs yesterday?", "09:15",
  "rule 4: all devices contain smart TVs -> nested -> partial")
p(G, "partial", "raf", "restarts of pods in namespace delivery, last 3 hours", "2026-06-29 15:00", 900,
  "restarts of lp-origin pods, last 3 hours", "15:03",
  "rule 4: namespace delivery contains the lp-origin pods -> nested -> partial")
p(G, "partial", "ken", "deploys of the Viewer Apps team yesterday", "2026-07-07 09:30", 1800,
  "deploys of catalog-search yesterday", "09:36",
  "rule 4: Viewer Apps team contains catalog-search -> nested -> partial")
p(G, "partial", "sio", "How many incidents were opened today?", "2026-07-13 17:00", 900,
  "How many SEV1 incidents were opened today for Delivery services?", "17:04",
  "rule 4: two nested filters (all -> SEV1, all -> Delivery), no sibling -> partial")
p(G, "partial", "dan", "rights-gate errors last 45 min", "2026-07-20 12:00", 600,
  "rights-gate 504s last 45 min", "12:03",
  "rule 4: errors of a service = 5xx, contains 504 -> nested -> partial")
p(G, "partial", "jon", "Please show the disk latency on all database hosts for the last 6 hours.", "2026-07-27 14:00", 900,
  "Please show the disk latency on catalog-pg-0 for the last 6 hours.", "14:05",
  "rule 4: all DB hosts contain catalog-pg-0 -> nested -> partial")
p(G, "partial", "lia", "p99 latency across all services in lbc-prod-syd, last 1h", "2026-08-03 11:00", 600,
  "p99 latency for drm-keysvc in lbc-prod-syd, last 1h", "11:04",
  "rule 4: all services contain drm-keysvc -> nested -> partial")
p(G, "partial", "ana", "alerts on tx-farm since midnight", "2026-08-10 04:00", 900,
  "acked alerts on tx-farm since midnight", "04:05",
  "rule 4: all alerts contain acknowledged ones -> nested state -> partial")
p(G, "partial", "mar", "How many incidents have we had this week?", "2026-08-12 16:00", 1800,
  "How many of this week's incidents are still open?", "16:10",
  "rule 4: all of this week's incidents contain the open ones -> nested state -> partial")
p(G, "partial", "raf", "error logs of ad-stitch, last 30 min", "2026-08-17 10:00", 900,
  "error logs of ad-stitch pod ad-stitch-7f9c4-x2k8p, last 30 min", "10:04",
  "rule 4: service contains one of its pods -> nested -> partial")
p(G, "partial", "ken", "rollbacks in prod this month", "2026-08-24 13:00", 3600,
  "rollbacks of drm-keysvc in prod this month", "13:20",
  "rule 4: all services contain drm-keysvc -> nested -> partial")
p(G, "partial", "sio", "Critical alerts firing in EU prod (lbc-prod-dub and lbc-prod-fra) right now?", "2026-03-29 12:00", 600,
  "Critical alerts firing in lbc-prod-fra right now?", "12:02",
  "rule 4: EU prod contains lbc-prod-fra -> nested -> partial. London DST-start day")
p(G, "miss", "dan", "critical alerts on lp-origin rn", "2026-09-07 09:00", 300,
  "critical alerts on ad-stitch rn", "09:02",
  "rule 2: sibling services inside the Delivery team -> miss")
p(G, "miss", "jon", "How many connections are open on catalog-pg-1 right now, please?", "2026-09-14 10:00", 300,
  "How many connections are open on catalog-pg-2 right now, please?", "10:02",
  "rule 2: sibling replicas of the same cluster -> miss")
p(G, "miss", "lia", 'ALERTS{alertstate="firing", cluster="lbc-prod-syd", namespace="playout"}', "2026-09-21 09:00", 300,
  'ALERTS{alertstate="firing", cluster="lbc-prod-dub", namespace="playout"}', "09:02",
  "rule 2: same namespace but sibling cluster -> miss")
p(G, "miss", "ana", "consumer lag player-beacons in bom, last 1h", "2026-09-28 02:00", 600,
  "consumer lag player-beacons in fra, last 1h", "02:03",
  "rule 2: same topic, sibling cluster bom vs fra -> miss")
p(G, "miss", "mar", "How many incidents has the Rights team had this month?", "2026-10-05 09:00", 3600,
  "How many incidents has the Playout team had this month?", "09:15",
  "rule 2: sibling team -> miss")
p(G, "miss", "raf", "errors of the Delivery team services in prod, last 1 hour", "2026-10-12 14:00", 900,
  "errors of the Delivery team services outside prod, last 1 hour", "14:04",
  "rule 2: complement 'outside prod' -> miss")
p(G, "miss", "ken", "deploys to lbc-prod-fra today", "2026-10-19 16:00", 900,
  "deploys to lbc-prod-dub today", "16:04",
  "rule 2: sibling prod clusters -> miss")
p(G, "miss", "sio", "How many SEV1 incidents are open right now?", "2026-10-26 11:00", 300,
  "How many incidents other than SEV1 are open right now?", "11:02",
  "rule 2: complement 'other than SEV1' -> miss")
p(G, "miss", "dan", "5xx on guide-api /guide/v1/schedule last 30m", "2026-11-02 15:30", 600,
  "5xx on guide-api excluding /guide/v1/schedule last 30m", "15:33",
  "rule 2: complement 'excluding' the endpoint -> miss")
p(G, "miss", "jon", "Please show the disk latency on catalog-pg-0 for the last 6 hours.", "2026-11-09 14:00", 900,
  "Please show the disk latency on guide-mysql-0 for the last 6 hours.", "14:05",
  "rule 2: sibling DB host -> miss")
p(G, "miss", "lia", 'ALERTS{alertstate="firing", cluster="lbc-prod-syd", namespace="playout"}', "2026-11-16 09:00", 300,
  'ALERTS{alertstate="firing", cluster="lbc-prod-syd", namespace="delivery"}', "09:01",
  "rule 2: sibling namespace in the same cluster -> miss")
p(G, "miss", "ana", "crit alerts in ap-south-1 last 4h", "2026-11-23 03:40", 900,
  "crit alerts in ap-southeast-2 last 4h", "03:43",
  "rule 2: sibling region -> miss")
p(G, "miss", "mar", "How many viewers had playback errors on smart TVs yesterday?", "2026-11-30 09:00", 3600,
  "How many viewers had playback errors on phones yesterday?", "09:15",
  "rule 2: sibling device class -> miss")
p(G, "miss", "raf", "restarts of lp-origin pods in namespace delivery, last 3 hours", "2026-12-07 15:00", 900,
  "restarts of ad-stitch pods in namespace delivery, last 3 hours", "15:03",
  "rule 2: sibling service in the same namespace -> miss")
p(G, "miss", "ken", "prod deploys of the Viewer Apps team yesterday", "2026-12-14 09:30", 1800,
  "staging deploys of catalog-search yesterday", "09:34",
  "rule 2 before rule 4: team contains catalog-search (nested) but prod vs staging is a sibling -> miss")
p(G, "miss", "sio", "Critical alerts firing in EU prod right now?", "2026-12-15 17:00", 600,
  "Warning alerts firing in lbc-prod-fra right now?", "17:02",
  "rule 2 before rule 4: cluster is nested in EU prod, but critical vs warning is a sibling -> miss")
p(G, "miss", "dan", "rights-gate errors last 45 min", "2026-12-21 12:00", 600,
  "drm-keysvc 504s last 45 min", "12:03",
  "rule 2 before rule 4: 5xx contains 504, but rights-gate vs drm-keysvc are sibling services -> miss")
p(G, "miss", "jon", "What is the replication lag on all catalog-pg replicas at the moment?", "2026-12-28 10:00", 300,
  "What is the replication lag on all guide-mysql replicas at the moment?", "10:02",
  "rule 2: sibling database at the cluster level -> miss")


def main():
    counters = {}
    out = []
    for (group, expect, who, a_q, a_at, ttl, b_q, b_at, note) in ROWS:
        tz = VOICES[who]
        if len(b_at) == 5:  # HH:MM on the same local date as A
            b_at = a_at[:10] + " " + b_at
        n = counters.get(group, 0) + 1
        counters[group] = n
        out.append({
            "id": f"{group}-b12-{n:02d}",
            "group": group,
            "split": "dev12" if n % 2 == 1 else "test12",
            "expect": expect,
            "a": {"q": a_q, "at": to_iso(a_at, tz), "tz": tz, "ttl": ttl},
            "b": {"q": b_q, "at": to_iso(b_at, tz), "tz": tz},
            "note": note,
        })
    with open("pairs.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs: {counters}", file=sys.stderr)


if __name__ == "__main__":
    main()
