#!/usr/bin/env python3
"""Batch 14 of answer-cache question pairs, written by hand.

Organisation: Cirrus Weather Labs (commercial weather forecasting and severe-weather warnings).
Every question below is typed whole; nothing is filled from word lists.  The only computation is turning
local wall-clock times into ISO 8601 with the zone's real offset (refusing non-existent / ambiguous times)
and assigning ids and splits.
"""
import json
import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

VOICES = {
    "V1": ("Ingrid Sjöberg", "Europe/Stockholm", "terse / abbreviated"),
    "V2": ("Anand Iyer", "Asia/Kolkata", "very polite"),
    "V3": ("Kenji Mori", "Australia/Sydney", "non-native grammar"),
    "V4": ("Dwayne Pruitt", "America/Chicago", "lowercase with typos"),
    "V5": ("Priya Shah", "Europe/London", "manager language"),
    "V6": ("Lars Kettunen", "Etc/UTC", "pastes PromQL / LogQL / SQL"),
    "V7": ("Jaden Cruz", "America/Los_Angeles", "slang"),
    "V8": ("Aroha Ngata", "Pacific/Auckland", "long rambling questions"),
}


def iso(local, tzname):
    """'YYYY-MM-DD HH:MM' wall time in tzname -> ISO 8601 with the real offset.
    Refuses wall times that do not exist (spring forward) or are ambiguous (fall back)."""
    tz = ZoneInfo(tzname)
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    d0 = naive.replace(tzinfo=tz, fold=0)
    d1 = naive.replace(tzinfo=tz, fold=1)
    for d in (d0, d1):
        if d.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) != naive:
            raise ValueError(f"non-existent local time {local} in {tzname}")
    if d0.utcoffset() != d1.utcoffset():
        raise ValueError(f"ambiguous local time {local} in {tzname}")
    return d0.isoformat()


PAIRS = []


def P(group, voice, a_q, a_at, ttl, b_q, b_at, expect, note):
    PAIRS.append((group, voice, a_q, a_at, ttl, b_q, b_at, expect, note))


# =====================================================================================================
# paraphrase (70) -- same question in other words, B within A's TTL and inside the tolerance: all hit
# =====================================================================================================
G = "paraphrase"
P(G, "V1", "crit alerts radar-ingest last 1h?", "2025-05-14 09:12", 900,
  "# critical alerts on the radar feed, past hour", "2025-05-14 09:16",
  "hit", "r5: both [t-1h,t], B +4m <= tol 9m; radar feed = radar-ingest; fresh 4m < 15m")
P(G, "V2", "Good morning. Could you kindly tell me how many incidents were opened for the forecast API yesterday?", "2025-06-10 10:05", 3600,
  "Namaste, may I please know the number of incidents raised against fapi on 9 June?", "2025-06-10 10:20",
  "hit", "r5: yesterday = 9 Jun local = 9 Jun; fapi = forecast-api; fresh 15m")
P(G, "V3", "How much 5xx error the public API is having in last 24 hour?", "2025-07-22 14:00", 1800,
  "Please tell the count of 5xx errors for forecast-api in past day.", "2025-07-22 14:25",
  "hit", "r5: 24h vs past day (24h), shift 25m <= tol 3.6h; public API = forecast-api")
P(G, "V4", "is the tile renderer up rn", "2025-08-05 08:41", 300,
  "tiles healthy right now?", "2025-08-05 08:43",
  "hit", "r5: status now [t-5m,t] both, shift 2m <= 5m; tiles = tile-renderer")
P(G, "V5", "Can I get a quick read on how many incidents the Delivery team has carried this week? Need it for the leadership sync.", "2025-06-12 15:30", 3600,
  "For the exec update: what's the Delivery team's incident count since Monday?", "2025-06-12 15:50",
  "hit", "r5: this week = since Mon 9 Jun 00:00 both; end +20m within tol; fresh")
P(G, "V6", 'sum(increase(http_requests_total{service="forecast-api",code=~"5.."}[1h]))', "2025-05-20 11:00", 600,
  "how many 5xx did forecast-api serve in the last 60 minutes?", "2025-05-20 11:05",
  "hit", "r5: [1h] instant query = last 60 min; shift 5m <= 9m")
P(G, "V7", "yo how many pages did storm desk eat last night", "2025-07-15 07:30", 3600,
  "how many alerts paged storm desk overnight lol", "2025-07-15 07:45",
  "hit", "r5: last night = overnight = [14 Jul 22:00, 15 Jul 06:00] both; pages = paged alerts")
P(G, "V8", "Kia ora - so I was looking at the bulletins dashboard earlier and something seemed a bit off, could you tell me how many BulletinPushFailing alerts have fired since midnight? I just want to know if this is a one-off.", "2025-07-03 09:10", 1800,
  "sorry, me again, what I meant was how many times BulletinPushFailing fired today so far", "2025-07-03 09:30",
  "hit", "r5: since midnight = today [00:00,t]; end +20m <= tol 82m")
P(G, "V1", "p95 latency fapi /v2/forecast/hourly 6h", "2025-05-14 13:00", 900,
  "95th percentile latency, forecast-api, route /v2/forecast/hourly, last 6 hours", "2025-05-14 13:10",
  "hit", "r5: p95 = 95th percentile; 6h both, shift 10m <= tol 54m")
P(G, "V2", "Would you be so kind as to list the deployments of the model runner over the past 7 days?", "2025-08-18 11:00", 3600,
  "Kindly share the list of nwp-runner deploys for the last week, please.", "2025-08-18 11:30",
  "hit", "r5: 7d vs last week (rolling 7d), shift 30m; model runner = nwp-runner")
P(G, "V3", "Which pods is crashlooping in namespace render now?", "2025-07-22 16:02", 300,
  "List me the pods in crash loop in ns render at the moment.", "2025-07-22 16:05",
  "hit", "r5: now both, shift 3m <= 5m; ns = namespace")
P(G, "V4", "top 5 endpoints by error rate on fapi last 3h", "2025-08-05 10:00", 900,
  "which 5 fapi routes had the highest error rate in the past 3 hours", "2025-08-05 10:08",
  "hit", "r5: top-5 ranking by error rate both; 3h shift 8m <= 27m")
P(G, "V5", "What's our MTTR looking like for incidents on the Models team this month?", "2025-06-20 10:00", 7200,
  "Quick one for the board deck: average time to resolve Models team incidents, month to date.", "2025-06-20 11:15",
  "hit", "r5: MTTR = mean time to resolve; this month = month to date [1 Jun, t]; fresh 75m < 2h")
P(G, "V6", 'sum(count_over_time({app="radar-ingest"} |= "timeout" [30m]))', "2025-05-20 14:30", 600,
  'count of radar-ingest log lines containing "timeout" in the last half hour', "2025-05-20 14:33",
  "hit", "r5: 30m both, shift 3m <= tol 5m")
P(G, "V7", "did anything ship to the lightning feed today or nah", "2025-07-15 16:00", 1800,
  "any lightning-feed deploys so far today?", "2025-07-15 16:10",
  "hit", "r5: ship = deploy; today [00:00,t]; end +10m")
P(G, "V8", "I'm putting together notes for the retro and honestly I can't remember, were there any incidents on archive-db during the weekend? I'm thinking Saturday and Sunday, anything at all really.", "2025-07-07 09:00", 3600,
  "ok so just to double check, incidents for the archive DB over the weekend?", "2025-07-07 09:20",
  "hit", "r5: asked Mon 7 Jul: weekend = Sat 5 Jul 00:00 - Mon 7 Jul 00:00 both")
P(G, "V1", "mem usage nwp-runner ns models 24h trend", "2025-09-10 08:00", 1800,
  "memory trend for nwp-runner in namespace models over the past day", "2025-09-10 08:20",
  "hit", "r5: trend of memory; 24h = past day; shift 20m")
P(G, "V2", "Dear assistant, could you please show me the error logs of bulletin-push from the last 15 minutes?", "2025-08-18 15:00", 300,
  "Apologies for repeating myself - may I see bulletin-push's error log lines for the past quarter of an hour?", "2025-08-18 15:03",
  "hit", "r5: 15m both, shift 3m <= tol 5m; fresh 3m < 5m")
P(G, "V3", "How many warning alert for obs collector since 9am?", "2025-07-23 11:30", 1800,
  "Count of warn alerts on station obs since 09:00 please.", "2025-07-23 11:40",
  "hit", "r5: warn = warning; since 09:00 both; end +10m <= tol 22m; station obs = obs-collector")
P(G, "V4", "whats the cpu on cumulus-prod-us nodes atm", "2025-08-06 13:00", 300,
  "cpu usage cumulus-prod-us nodes right now", "2025-08-06 13:02",
  "hit", "r5: atm = right now [t-5m,t], shift 2m")
P(G, "V5", "Where are we on deploy frequency for forecast-api this quarter? Just need the headline number.", "2025-05-28 09:00", 21600,
  "Headline: how many forecast-api deployments so far this quarter?", "2025-05-28 13:00",
  "hit", "r5: this quarter = [1 Apr, t] both; end +4h << tol (15% of 58d); fresh 4h < 6h")
P(G, "V6", "SELECT count(*) FROM incidents WHERE service = 'tile-renderer' AND severity = 'critical' AND opened_at >= now() - interval '7 days';", "2025-06-02 10:00", 3600,
  "number of critical incidents for tile-renderer in the past 7 days", "2025-06-02 10:30",
  "hit", "r5: 7d both, shift 30m")
P(G, "V7", "radar feed lagging rn? whats the ingest lag", "2025-07-16 06:10", 300,
  "what's radar_ingest_lag_seconds sitting at right now", "2025-07-16 06:12",
  "hit", "r5: current radar ingest lag, now both, shift 2m")
P(G, "V8", "Right so I'm trying to understand what happened with the tile maps yesterday afternoon, a few customers mentioned they were slow - could you give me the p99 render latency for tile-renderer between, say, 12 and 6 in the evening yesterday?", "2025-07-04 08:30", 7200,
  "following on - p99 tile render latency yesterday afternoon, please", "2025-07-04 09:00",
  "hit", "r5: 3 Jul [12:00,18:00] both")
P(G, "V1", "GribExportLate firing now?", "2025-09-10 05:55", 300,
  "is alert GribExportLate currently active", "2025-09-10 05:58",
  "hit", "r5: status now, shift 3m")
P(G, "V2", "Could you please tell me which services had the most alerts over the last 24 hours? The top 3 would be wonderful.", "2025-08-19 09:00", 1800,
  "If it is no trouble, may I have the three services with the highest alert counts in the past 24h?", "2025-08-19 09:15",
  "hit", "r5: top 3 services by alert count, 24h, shift 15m")
P(G, "V3", "Disk IOPS of archive-db is how much in last 2 hours?", "2025-07-23 20:00", 900,
  "Show archive db disk iops for past 2h", "2025-07-23 20:10",
  "hit", "r5: disk IOPS both; 2h shift 10m <= tol 18m")
P(G, "V4", "how many pods restarted in ns delivery since 2pm yesterday", "2025-08-06 09:00", 1800,
  "pod restarts count namespace delivery since yesterday 14:00", "2025-08-06 09:10",
  "hit", "r5: [5 Aug 14:00, t] both")
P(G, "V5", "Top-line please - number of critical incidents across the org over the last month.", "2025-06-03 08:30", 7200,
  "For the QBR slide: total critical incidents, past 30 days, all services.", "2025-06-03 09:00",
  "hit", "r5: last month = 30d rolling both")
P(G, "V6", 'histogram_quantile(0.99, sum by (le) (rate(tile_render_latency_seconds_bucket{cluster="cumulus-prod-eu"}[5m]))) over the last 3h', "2025-06-02 12:00", 900,
  "p99 tile render latency on cumulus-prod-eu, last 3 hours", "2025-06-02 12:06",
  "hit", "r5: p99 = quantile 0.99; 3h shift 6m <= 27m")
P(G, "V7", "who's been spamming alerts today lol, top 3 alertnames", "2025-07-16 14:00", 1800,
  "top 3 noisiest alerts by name today", "2025-07-16 14:10",
  "hit", "r5: top 3 alertnames by count today")
P(G, "V8", "Hi again, sorry, I know this is a lot, but could you tell me whether the lightning feed is healthy at this moment? We've got a thunderstorm warning going out for Canterbury and I really don't want it to be down right when we need it.", "2025-07-04 15:40", 300,
  "is lightning-feed up right now?", "2025-07-04 15:42",
  "hit", "r5: status now, shift 2m")
P(G, "V1", "5xx fapi stg 2h", "2025-09-11 10:00", 900,
  "forecast-api errors in staging, past 2 hours", "2025-09-11 10:10",
  "hit", "r5: errors = 5xx, stg = staging; 2h shift 10m <= 18m")
P(G, "V2", "Good evening. May I kindly request the list of critical alerts that are still unacknowledged at present?", "2025-08-19 19:30", 300,
  "Pardon me, could you show the crit alerts currently not yet acked?", "2025-08-19 19:33",
  "hit", "r5: unacknowledged = not acked (same state filter both sides); now, shift 3m")
P(G, "V3", "What deploy was done on bulletin push at Tuesday?", "2025-07-24 10:00", 3600,
  "Which bulletin-push deploys happen on 22 July?", "2025-07-24 10:30",
  "hit", "r5: asked Thu 24 Jul: Tuesday = 22 Jul both")
P(G, "V4", "error rate on lightning feed last 1h", "2025-08-06 15:00", 600,
  "lightning-feed error rate past 60 min", "2025-08-06 15:06",
  "hit", "r5: 1h shift 6m <= 9m")
P(G, "V5", "Just need a status check: are any of the Nowcast team's services degraded right now?", "2025-06-12 11:00", 300,
  "Quick pulse: anything in Nowcast's estate unhealthy at the moment?", "2025-06-12 11:03",
  "hit", "r5: status now of Nowcast services, shift 3m")
P(G, "V6", 'topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="ingest"}[5m])))', "2025-06-03 09:00", 300,
  "top 5 pods by CPU in namespace ingest right now", "2025-06-03 09:02",
  "hit", "r5: instant topk = now; shift 2m")
P(G, "V7", "how many NwpRunLate alerts we get this week fr", "2025-07-17 12:00", 3600,
  "NwpRunLate count since monday", "2025-07-17 12:30",
  "hit", "r5: this week = since Mon 14 Jul 00:00")
P(G, "V8", "I was going through the on-call handover and I'm a bit lost, could you list all the incidents that were opened for the Maps team in the last 48 hours, whatever status they're in now?", "2025-07-05 10:00", 3600,
  "list Maps team incidents from the past two days", "2025-07-05 10:15",
  "hit", "r5: 48h = 2 days, shift 15m")
P(G, "V1", "obs stations reporting, cur", "2025-09-11 07:00", 300,
  "how many stations is obs-collector receiving from right now", "2025-09-11 07:03",
  "hit", "r5: cur = current = now; stations reporting both")
P(G, "V2", "Respected team, would you please provide the trend of archive-db replication lag for the last 12 hours?", "2025-08-20 08:00", 1800,
  "Kindly show how archive db replication lag has moved over the past 12h.", "2025-08-20 08:20",
  "hit", "r5: trend 12h, shift 20m <= 108m")
P(G, "V3", "Between 10:00 and 12:00 today, how many error log the radar ingest write?", "2025-07-24 13:00", 3600,
  "Count error logs of radar-ingest from 10am to 12 noon today.", "2025-07-24 13:20",
  "hit", "r5: [10:00,12:00] both")
P(G, "V4", "k8s events warning type ns render last 30 min", "2025-08-07 11:00", 600,
  "warning k8s events in namespace render past half hour", "2025-08-07 11:04",
  "hit", "r5: 30m shift 4m <= 5m")
P(G, "V5", "Can someone give me visibility on how many deploys went out company-wide yesterday? Want to flag change volume at standup.", "2025-06-13 09:00", 3600,
  "Total deployments across all services on Thursday?", "2025-06-13 09:10",
  "hit", "r5: asked Fri 13 Jun: yesterday = Thursday 12 Jun")
P(G, "V6", 'sum by (alertname) (ALERTS{alertstate="firing",severity="critical"})', "2025-06-03 16:00", 300,
  "which critical alerts are firing right now, grouped by alert name", "2025-06-03 16:04",
  "hit", "r5: now, shift 4m")
P(G, "V7", "fapi 503s last 15 min lmao", "2025-07-17 18:00", 300,
  "how many 503 from the api past 15 minutes", "2025-07-17 18:03",
  "hit", "r5: 15m shift 3m <= 5m")
P(G, "V8", "Okay so I've been asked by the product folks whether the forecast API was slower this morning than usual - can you just give me the median latency for forecast-api this morning? We can worry about 'usual' later.", "2025-07-05 11:30", 3600,
  "p50 latency of the forecast API since 6am", "2025-07-05 11:45",
  "hit", "r5: median = p50; this morning [06:00,11:30] vs [06:00,11:45]; end +15m <= 49m")
P(G, "V1", "deploys tile-renderer prod-eu since 09:00", "2025-09-12 11:00", 1800,
  "tile-renderer deployments on cumulus-prod-eu, last 2 hours", "2025-09-12 11:05",
  "hit", "r5: [09:00,11:00] vs [09:05,11:05]; 5m <= tol 18m; prod-eu = cumulus-prod-eu")
P(G, "V2", "Could you kindly let me know how many alerts the Data team received over the last 6 hours?", "2025-08-20 14:00", 1800,
  "Please may I have the alert count for the Data team for the past six hours?", "2025-08-20 14:15",
  "hit", "r5: 6h shift 15m <= 54m")
P(G, "V3", "The lightning feed, how many strike it ingest in last hour?", "2025-07-24 17:00", 600,
  "Number of lightning strikes ingested past 60 minutes", "2025-07-24 17:05",
  "hit", "r5: 1h shift 5m <= 9m")
P(G, "V4", "which alerts fired for grib exporter overnight", "2025-08-07 07:00", 3600,
  "list grib-exporter alerts last night", "2025-08-07 07:30",
  "hit", "r5: overnight = last night [6 Aug 22:00, 7 Aug 06:00]")
P(G, "V5", "From a risk perspective, how many incidents are currently open against the Delivery team?", "2025-06-13 14:00", 600,
  "Delivery team - open incident count as of now?", "2025-06-13 14:04",
  "hit", "r5: now, shift 4m")
P(G, "V6", "SELECT service, count(*) FROM deploys WHERE deployed_at >= date_trunc('day', now()) GROUP BY service ORDER BY 2 DESC;", "2025-06-04 15:00", 1800,
  "deploy counts per service today, highest first", "2025-06-04 15:10",
  "hit", "r5: today (UTC asker) per-service ranking both")
P(G, "V7", "is push cooked? bulletin-push error rate rn", "2025-07-18 09:00", 300,
  "bulletin push error rate right now", "2025-07-18 09:01",
  "hit", "r5: error rate now, shift 1m")
P(G, "V8", "Just wondering, and this might be a silly question, but how many pods are running in the delivery namespace on the AU cluster at the moment? I'm trying to figure out if the autoscaler did anything.", "2025-07-05 16:00", 300,
  "count of running pods ns delivery on cumulus-prod-au now", "2025-07-05 16:03",
  "hit", "r5: AU cluster = cumulus-prod-au; now, shift 3m")
P(G, "V1", "ArchiveDbReplicationLag fired how often 7d", "2025-09-12 14:00", 3600,
  "count of ArchiveDbReplicationLag firings past week", "2025-09-12 14:30",
  "hit", "r5: 7d = past week rolling")
P(G, "V2", "Good afternoon. Would it be possible to see the read latency of archive-db's disks since noon?", "2025-08-21 15:00", 900,
  "Kindly show the archive-db disk read latency from 12:00 today.", "2025-08-21 15:10",
  "hit", "r5: [12:00,15:00] vs [12:00,15:10]; 10m <= 27m")
P(G, "V3", "Please, the incidents of Nowcast team in this month, how many is?", "2025-07-25 09:00", 3600,
  "Nowcast team incident count since 1 July", "2025-07-25 09:30",
  "hit", "r5: this month = since 1 Jul")
P(G, "V4", "count radar-ingest logs by level last 1h", "2025-08-08 10:00", 600,
  "radar ingest log lines per level in the past hour", "2025-08-08 10:05",
  "hit", "r5: breakdown by level, 1h shift 5m")
P(G, "V5", "I need a number for the ops review: how many alerts did the Storm Desk acknowledge last week?", "2025-06-16 10:00", 3600,
  "Storm Desk acked alerts, past 7 days - count please.", "2025-06-16 10:20",
  "hit", "r5: last week = rolling 7d; acked = acknowledged")
P(G, "V6", "rate(radar_frames_dropped_total[5m]) for the last 2h", "2025-06-04 18:00", 900,
  "radar frame drop rate over the past two hours", "2025-06-04 18:08",
  "hit", "r5: 2h shift 8m <= 18m")
P(G, "V7", "any deploys to prod us in the last 4 hrs?", "2025-07-18 13:00", 1800,
  "did we push anything to cumulus-prod-us past 4h", "2025-07-18 13:15",
  "hit", "r5: push anything = deploys; prod us = cumulus-prod-us; 4h shift 15m <= 36m")
P(G, "V8", "Could you tell me, and I'm asking for our weekly summary so it doesn't have to be super precise, how many critical alerts fired across everything since Monday morning - well, since Monday really, from the start of the day?", "2025-07-10 17:00", 3600,
  "critical alerts this week, total", "2025-07-10 17:20",
  "hit", "r5: since Mon 7 Jul 00:00 = this week")
P(G, "V1", "crashloop pods stratus-stg now", "2025-09-15 08:00", 300,
  "pods in CrashLoopBackOff on the staging cluster right now", "2025-09-15 08:02",
  "hit", "r5: stratus-stg = the staging cluster; now")
P(G, "V2", "With respect, could you please tell me the status of the ObsStationsMissing alert at this moment?", "2025-08-21 17:00", 300,
  "Kindly confirm whether ObsStationsMissing is firing right now.", "2025-08-21 17:02",
  "hit", "r5: status now, shift 2m")
P(G, "V3", "How many deploy the Maps team did since Monday?", "2025-07-25 12:00", 3600,
  "Deployments by Maps team this week, the count", "2025-07-25 12:20",
  "hit", "r5: since Mon 21 Jul = this week")
P(G, "V4", "memory useage of grib exporter last 12h", "2025-08-08 20:00", 1800,
  "grib-exporter mem past 12 hours", "2025-08-08 20:20",
  "hit", "r5: 12h shift 20m <= 108m")
P(G, "V5", "Give me a ranked view of which teams raised the most incidents over the past 30 days.", "2025-06-16 16:00", 7200,
  "Leaderboard of teams by incident count, last month.", "2025-06-16 17:00",
  "hit", "r5: ranking teams by incidents; last month = 30d")
P(G, "V6", '{namespace="delivery", app="bulletin-push"} |= "level=error"   -- last 1h, just show me the lines', "2025-06-05 09:00", 600,
  "show the error-level log lines of bulletin-push in namespace delivery for the past hour", "2025-06-05 09:05",
  "hit", "r5: same stream+filter, 1h shift 5m")

# =====================================================================================================
# near_miss (70) -- one-token flips, siblings, negation, other subject, other statistic, nested filters
# =====================================================================================================
G = "near_miss"
P(G, "V1", "crit alerts radar-ingest 1h", "2025-05-15 09:00", 900,
  "warn alerts radar-ingest 1h", "2025-05-15 09:03",
  "miss", "r2: sibling severity critical vs warning")
P(G, "V2", "Could you kindly tell me the number of critical alerts for forecast-api in the last 24 hours?", "2025-09-02 10:00", 1800,
  "Could you kindly tell me the number of non-critical alerts for forecast-api in the last 24 hours?", "2025-09-02 10:10",
  "miss", "r2: complement critical vs non-critical")
P(G, "V3", "How many 500 error the API return in last hour?", "2025-08-12 11:00", 600,
  "How many 503 error the API return in last hour?", "2025-08-12 11:04",
  "miss", "r2: sibling status code 500 vs 503")
P(G, "V4", "cpu on archive-db last 6h", "2025-09-03 14:00", 900,
  "memroy on archive-db last 6h", "2025-09-03 14:05",
  "miss", "r1: measured quantity cpu vs memory")
P(G, "V5", "How many incidents did the Delivery team open this week?", "2025-06-18 10:00", 3600,
  "How many deploys did the Delivery team ship this week?", "2025-06-18 10:05",
  "miss", "r1: subject incidents vs deploys")
P(G, "V6", 'histogram_quantile(0.99, sum by (le) (rate(tile_render_latency_seconds_bucket[5m]))) over the last 1h', "2025-06-06 10:00", 600,
  'histogram_quantile(0.50, sum by (le) (rate(tile_render_latency_seconds_bucket[5m]))) over the last 1h', "2025-06-06 10:02",
  "partial", "r4: other statistic of the same series p99 vs p50")
P(G, "V7", "how many alerts we get today", "2025-07-21 15:00", 1800,
  "how many crit alerts we get today", "2025-07-21 15:05",
  "partial", "r4: nested all alerts > critical")
P(G, "V8", "I'm trying to get my head around the week, could you list all the incidents for tile-renderer in the last 24 hours, just the titles and who picked them up is fine?", "2025-07-12 09:00", 3600,
  "how many incidents tile-renderer last 24 hours", "2025-07-12 09:10",
  "partial", "r4: other intent over same data, list vs count")
P(G, "V1", "disk read latency archive-db 2h", "2025-05-15 11:00", 900,
  "disk write latency archive-db 2h", "2025-05-15 11:02",
  "miss", "r1: read vs write latency are different quantities")
P(G, "V2", "May I please see the pods that are NOT ready in namespace models?", "2025-09-02 12:00", 300,
  "May I please see the pods that are ready in namespace models?", "2025-09-02 12:02",
  "miss", "r2: negation NOT ready vs ready")
P(G, "V3", "Error log of radar ingest in cumulus-prod-eu for last 1 hour", "2025-08-12 13:00", 600,
  "Error log of radar ingest in cumulus-prod-au for last 1 hour", "2025-08-12 13:03",
  "miss", "r2: sibling cluster prod-eu vs prod-au")
P(G, "V4", "5xx fapi last 2h", "2025-09-03 16:00", 900,
  "5xx fapi on /v2/forecast/hourly last 2h", "2025-09-03 16:04",
  "partial", "r4: nested service > one endpoint")
P(G, "V5", "What's the number of incidents for the Maps team this month?", "2025-06-18 11:00", 3600,
  "What's the number of incidents excluding the Maps team this month?", "2025-06-18 11:05",
  "miss", "r2: complement Maps vs excluding Maps")
P(G, "V6", 'sum(increase(http_requests_total{service="forecast-api",code=~"5.."}[1h]))', "2025-06-06 11:00", 600,
  'sum(increase(http_requests_total{service="forecast-api",code="503"}[1h]))', "2025-06-06 11:03",
  "partial", "r4: nested 5xx > 503")
P(G, "V7", "tile renderer latency rn", "2025-07-21 16:00", 300,
  "tile renderer error rate rn", "2025-07-21 16:01",
  "miss", "r1: latency vs error rate")
P(G, "V8", "So with the autoscaling work going on I'm curious, could you tell me which nodes on cumulus-prod-au have disk usage above 80% right now? Just want a feel for headroom.", "2025-07-12 11:00", 300,
  "which nodes on cumulus-prod-au are above 90% disk right now", "2025-07-12 11:02",
  "partial", "r4: threshold same direction, >90% is a subset of >80% (nested); hard choice, see README")
P(G, "V1", "deploys nwp-runner 24h", "2025-05-16 08:00", 1800,
  "deploys grib-exporter 24h", "2025-05-16 08:05",
  "miss", "r2: sibling service")
P(G, "V2", "Kindly list the acknowledged critical alerts at present.", "2025-09-03 09:00", 300,
  "Kindly list the unacknowledged critical alerts at present.", "2025-09-03 09:01",
  "miss", "r2: negation acknowledged vs unacknowledged")
P(G, "V3", "What is p95 latency of forecast API in last 3 hour?", "2025-08-13 10:00", 900,
  "What is p99 latency of forecast API in last 3 hour?", "2025-08-13 10:03",
  "partial", "r4: other statistic p95 vs p99")
P(G, "V4", "alerts on all prod clusters last hr", "2025-09-04 09:00", 600,
  "alerts on cumulus-prod-eu last hr", "2025-09-04 09:03",
  "partial", "r4: nested prod > prod-eu")
P(G, "V5", "How many incidents has the Models team had in prod this week?", "2025-06-19 09:00", 3600,
  "How many incidents has the Models team had outside prod this week?", "2025-06-19 09:05",
  "miss", "r2: complement prod vs outside prod")
P(G, "V6", "SELECT count(*) FROM alerts WHERE team = 'Maps' AND fired_at >= now() - interval '24 hours';", "2025-06-07 08:00", 1800,
  "SELECT count(*) FROM incidents WHERE team = 'Maps' AND opened_at >= now() - interval '24 hours';", "2025-06-07 08:02",
  "miss", "r1: subject alerts vs incidents")
P(G, "V7", "how many pods restarted in ns render today", "2025-07-22 11:00", 1800,
  "how many pods restarted in ns delivery today", "2025-07-22 11:04",
  "miss", "r2: sibling namespace")
P(G, "V8", "Could you pull up the k8s events for the ingest namespace over the last 2 hours? Something restarted and I'd like to see the sequence, all types please.", "2025-07-13 14:00", 900,
  "warning k8s events for ingest namespace, last 2 hours", "2025-07-13 14:05",
  "partial", "r4: nested all event types > Warning")
P(G, "V1", "5xx fapi /v2/forecast/hourly 1h", "2025-05-16 10:00", 900,
  "5xx fapi /v2/forecast/daily 1h", "2025-05-16 10:02",
  "miss", "r2: sibling endpoint hourly vs daily")
P(G, "V2", "Would you kindly share the average CPU of nwp-runner over the last 12 hours?", "2025-09-03 11:00", 1800,
  "Would you kindly share the maximum CPU of nwp-runner over the last 12 hours?", "2025-09-03 11:05",
  "partial", "r4: other statistic avg vs max")
P(G, "V3", "Which alert fire the most in this week, top 5?", "2025-08-14 10:00", 3600,
  "How many alert fire in this week?", "2025-08-14 10:05",
  "partial", "r4: other intent top-5 vs count, same data")
P(G, "V4", "open incidents for lightning feed", "2025-09-04 10:00", 300,
  "resolved incidents for lightning feed", "2025-09-04 10:02",
  "miss", "r2: sibling state open vs resolved (both now)")
P(G, "V5", "How many deploys were rolled back this month?", "2025-06-19 10:00", 3600,
  "How many deploys were not rolled back this month?", "2025-06-19 10:03",
  "miss", "r2: negation")
P(G, "V6", 'sum(count_over_time({app="forecast-api"} |= "timeout" [1h]))', "2025-06-07 09:00", 600,
  'sum(count_over_time({app="forecast-api"} != "timeout" [1h]))', "2025-06-07 09:01",
  "miss", "r2: negated line filter |= vs !=")
P(G, "V7", "bulletin-push error rate last 1h", "2025-07-22 13:00", 600,
  "bulletin-push request rate last 1h", "2025-07-22 13:02",
  "miss", "r1: error rate vs request rate")
P(G, "V8", "I've been staring at the radar ingest dashboards, could you show me the trend of radar ingest lag over the last 6 hours? I want to see if it creeps up around the model run times.", "2025-07-13 16:00", 900,
  "what's radar ingest lag right now", "2025-07-13 16:05",
  "miss", "r3: 6h vs now (5m): lengths differ 72x > 31x; not the same question re-asked")
P(G, "V1", "alerts team Nowcast 24h", "2025-05-19 09:00", 1800,
  "alerts team Models 24h", "2025-05-19 09:02",
  "miss", "r2: sibling team")
P(G, "V2", "Could you please tell me the errors of bulletin-push in the past hour?", "2025-09-04 14:00", 600,
  "Could you please tell me the 4xx responses of bulletin-push in the past hour?", "2025-09-04 14:03",
  "miss", "r2: errors = 5xx; sibling status class 5xx vs 4xx")
P(G, "V3", "How many incident in staging during last 7 day?", "2025-08-14 12:00", 3600,
  "How many incident in production during last 7 day?", "2025-08-14 12:05",
  "miss", "r2: sibling environment")
P(G, "V4", "pods crashlooping cumulus-prod-us ns render", "2025-09-05 08:00", 300,
  "pods crashlooping cumulus-prod-us", "2025-09-05 08:02",
  "partial", "r4: nested all namespaces > render")
P(G, "V5", "How many critical incidents have we had this quarter?", "2025-06-20 09:00", 7200,
  "Of the critical incidents this quarter, how many breached SLA?", "2025-06-20 09:10",
  "partial", "r4: nested, SLA-breached subset of critical incidents")
P(G, "V6", 'sum(rate(container_cpu_usage_seconds_total{namespace="models"}[5m]))', "2025-06-09 10:00", 300,
  'sum(container_memory_working_set_bytes{namespace="models"})', "2025-06-09 10:01",
  "miss", "r1: cpu vs memory")
P(G, "V7", "how many alerts got snoozed today", "2025-07-23 10:00", 1800,
  "how many alerts got acked today", "2025-07-23 10:04",
  "miss", "r2: sibling state snoozed vs acknowledged")
P(G, "V8", "For the API latency report I'm drafting, and sorry this is a bit specific, what was the median latency of /v2/obs/latest over the last 24 hours on forecast-api?", "2025-07-14 09:00", 3600,
  "median latency of /v2/warnings/active over the last 24 hours on forecast-api", "2025-07-14 09:05",
  "miss", "r2: sibling endpoint")
P(G, "V1", "NwpRunLate 7d count", "2025-05-19 11:00", 3600,
  "NwpRunFailed 7d count", "2025-05-19 11:01",
  "miss", "r2: sibling alertname")
P(G, "V2", "Could you kindly provide the list of deployments by the Maps team yesterday?", "2025-09-05 09:00", 3600,
  "Could you kindly provide the number of deployments by the Maps team yesterday?", "2025-09-05 09:04",
  "partial", "r4: other intent list vs count")
P(G, "V3", "How many radar frame dropped in last hour?", "2025-08-15 09:00", 600,
  "How many radar frame ingested in last hour?", "2025-08-15 09:02",
  "miss", "r1: dropped vs ingested frames, different quantity")
P(G, "V4", "alerts with severity crit or warn last 2h", "2025-09-05 11:00", 900,
  "crit alerts last 2h", "2025-09-05 11:03",
  "partial", "r4: nested crit+warn > crit")
P(G, "V5", "How is the error rate trending for forecast-api this week?", "2025-06-20 14:00", 3600,
  "What's forecast-api's total error count this week?", "2025-06-20 14:10",
  "partial", "r4: other intent trend vs count, same 5xx data")
P(G, "V6", "SELECT count(*) FROM incidents WHERE severity = 'critical' AND status = 'open';", "2025-06-09 12:00", 300,
  "SELECT count(*) FROM incidents WHERE severity = 'critical' AND status <> 'open';", "2025-06-09 12:01",
  "miss", "r2: negation status = vs <>")
P(G, "V7", "any deploys in eu-north-1 today", "2025-07-23 12:00", 1800,
  "any deploys in us-west-2 today", "2025-07-23 12:03",
  "miss", "r2: sibling region")
P(G, "V8", "I keep getting asked about coverage, so could you tell me how many stations obs-collector is missing at the moment, the ones that haven't reported?", "2025-07-14 13:00", 300,
  "how many stations obs-collector is getting reports from right now", "2025-07-14 13:02",
  "miss", "r2: complement missing vs reporting stations")
P(G, "V1", "alerts radar-ingest 24h", "2025-05-20 08:00", 1800,
  "alerts radar-ingest or lightning-feed 24h", "2025-05-20 08:04",
  "partial", "r4: nested radar-ingest < radar-ingest+lightning-feed")
P(G, "V2", "May I know the memory usage of the tile-renderer pods?", "2025-09-08 10:00", 300,
  "May I know the memory limits of the tile-renderer pods?", "2025-09-08 10:01",
  "miss", "r1: usage vs configured limit, different quantity")
P(G, "V3", "Top 5 slowest endpoint of the API in last 6 hour", "2025-08-15 11:00", 1800,
  "Top 5 endpoint with most error of the API in last 6 hour", "2025-08-15 11:05",
  "miss", "r1: ranking by latency vs by errors, different quantity")
P(G, "V4", "logs radar-ingest level=error 1h", "2025-09-08 13:00", 600,
  "logs radar-ingest level=warn 1h", "2025-09-08 13:01",
  "miss", "r2: sibling log level")
P(G, "V5", "How many incidents this month were caused by a deploy?", "2025-06-23 10:00", 3600,
  "How many incidents this month were not caused by a deploy?", "2025-06-23 10:02",
  "miss", "r2: negation")
P(G, "V6", 'sum(count_over_time({app="tile-renderer", cluster="cumulus-prod-eu"} |= "OOMKilled" [6h]))', "2025-06-10 07:00", 900,
  'sum(count_over_time({app="tile-renderer", cluster="cumulus-prod-au"} |= "OOMKilled" [6h]))', "2025-06-10 07:02",
  "miss", "r2: sibling cluster")
P(G, "V7", "what incidents popped off last night", "2025-07-24 08:00", 3600,
  "what got deployed last night", "2025-07-24 08:03",
  "miss", "r1: incidents vs deploys")
P(G, "V8", "I need to brief the Maps folks later, so could you list the incidents assigned to Maps this week? I'd rather have everything than miss one.", "2025-07-15 10:00", 3600,
  "list the critical incidents assigned to Maps this week", "2025-07-15 10:05",
  "partial", "r4: nested all severities > critical")
P(G, "V1", "avg radar lag 6h", "2025-05-20 10:00", 900,
  "max radar lag 6h", "2025-05-20 10:01",
  "partial", "r4: other statistic avg vs max")
P(G, "V2", "Kindly show the traces of forecast-api slower than 2 seconds in the last hour.", "2025-09-08 15:00", 600,
  "Kindly show the traces of forecast-api faster than 2 seconds in the last hour.", "2025-09-08 15:02",
  "miss", "r2: above vs below threshold")
P(G, "V3", "Deploy of bulletin push in last 24 hour, please list", "2025-08-18 09:00", 1800,
  "Incident of bulletin push in last 24 hour, please list", "2025-08-18 09:03",
  "miss", "r1: deploys vs incidents")
P(G, "V4", "which nodes got disk pressure rn cumulus-prod-us", "2025-09-09 09:00", 300,
  "which nodes got memory pressure rn cumulus-prod-us", "2025-09-09 09:01",
  "miss", "r1: disk pressure vs memory pressure condition")
P(G, "V5", "How many alerts have we had this week?", "2025-06-25 09:00", 3600,
  "What share of alerts this week were acknowledged within 5 minutes?", "2025-06-25 09:05",
  "partial", "r4: other intent (ratio) over the same alerts this week")
P(G, "V6", 'sum(increase(bulletin_push_failures_total{channel="sms"}[24h]))', "2025-06-10 09:00", 1800,
  'sum(increase(bulletin_push_failures_total{channel="email"}[24h]))', "2025-06-10 09:01",
  "miss", "r2: sibling channel")
P(G, "V7", "alerts today on stg", "2025-07-24 14:00", 1800,
  "alerts today on prod", "2025-07-24 14:02",
  "miss", "r2: sibling environment")
P(G, "V8", "Could you give me the p99 radar ingest lag for this afternoon? I'm comparing it against when the big cells came through Auckland.", "2025-07-15 16:00", 1800,
  "p90 radar ingest lag this afternoon", "2025-07-15 16:05",
  "partial", "r4: other statistic p99 vs p90; both [12:00,t]")
P(G, "V1", "write IOPS archive-db 1h", "2025-05-21 09:00", 900,
  "read IOPS archive-db 1h", "2025-05-21 09:02",
  "miss", "r1: write vs read")
P(G, "V2", "Could you please tell me the number of warning alerts for grib-exporter this week?", "2025-09-10 10:00", 3600,
  "Could you please list the warning alerts for grib-exporter this week?", "2025-09-10 10:03",
  "partial", "r4: other intent count vs list")
P(G, "V3", "How many pod in namespace ingest restart more than 5 times today?", "2025-08-18 15:00", 1800,
  "How many pod in namespace ingest restart more than 3 times today?", "2025-08-18 15:04",
  "partial", "r4: threshold same direction, >5 is subset of >3 (nested); see README")
P(G, "V4", "errors on fapi from the AU cluster 1h", "2025-09-09 14:00", 600,
  "errors on fapi 1h", "2025-09-09 14:02",
  "partial", "r4: nested AU cluster < all clusters")
P(G, "V5", "How many incidents were raised from customer reports this month?", "2025-06-25 11:00", 3600,
  "How many incidents were raised from automated alerts this month?", "2025-06-25 11:04",
  "miss", "r2: sibling incident source")
P(G, "V6", "SELECT avg(duration_s) FROM nwp_runs WHERE model = 'ECMWF-ens' AND started_at >= now() - interval '7 days';", "2025-06-11 10:00", 3600,
  "SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY duration_s) FROM nwp_runs WHERE model = 'ECMWF-ens' AND started_at >= now() - interval '7 days';", "2025-06-11 10:05",
  "partial", "r4: other statistic avg vs p90 of run duration")

# =====================================================================================================
# time (50) -- ranges, shifted windows, relative vs absolute, expired TTL, zones, DST days 2025, midnights
# =====================================================================================================
G = "time"
P(G, "V1", "crit alerts since midnight", "2025-03-30 09:00", 1800,
  "crit alerts last 9h", "2025-03-30 09:10",
  "hit", "DST 30 Mar Stockholm: A [29 Mar 23:00Z, 07:00Z] = 8h real; B [22:10Z, 07:10Z]; start -50m <= tol 72m; r5 fresh")
P(G, "V5", "How many deploys went out overnight?", "2025-03-30 07:00", 3600,
  "How many deploys in the last 8 hours?", "2025-03-30 07:30",
  "partial", "DST 30 Mar London: A [22:00Z, 05:00Z] = 7h; B [22:30Z, 06:30Z]; end +90m > tol 63m; overlap 93%; r5")
P(G, "V4", "how many alerts fired last nite", "2025-03-09 06:00", 3600,
  "alerts last 8 hrs", "2025-03-09 06:05",
  "hit", "DST 9 Mar Chicago: A [04:00Z, 11:00Z] = 7h real; B [03:05Z, 11:05Z]; start -55m <= tol 63m; r5")
P(G, "V3", "How many alert fire during last night?", "2025-04-06 07:00", 3600,
  "Alert count in last 8 hour please", "2025-04-06 07:05",
  "partial", "DST 6 Apr Sydney: last night [5 Apr 11:00Z, 20:00Z] = 9h real; B [13:05Z, 21:05Z]; start +125m > tol 81m; overlap 86%; r5")
P(G, "V7", "how many deploys today", "2025-03-09 08:00", 3600,
  "deploys last 9 hours", "2025-03-09 08:05",
  "partial", "DST 9 Mar LA: today [08:00Z, 15:00Z] = 7h; B [06:05Z, 15:05Z]; start -115m > tol 63m; overlap 100% of shorter; r5")
P(G, "V1", "alerts between 01:00 and 04:00 today", "2025-03-30 10:00", 3600,
  "alerts 00:00-02:00 UTC today", "2025-03-30 10:15",
  "hit", "DST 30 Mar Stockholm: 01:00 CET = 00:00Z, 04:00 CEST = 02:00Z; both [00:00Z, 02:00Z]; r5")
P(G, "V5", "How many incidents did we log overnight?", "2025-10-26 08:00", 3600,
  "How many incidents since 10pm last night?", "2025-10-26 08:10",
  "partial", "DST 26 Oct London: A [25 Oct 21:00Z, 06:00Z] = 9h; B [21:00Z, 08:10Z]; end +130m > tol 81m; r5")
P(G, "V4", "errors on fapi between midnight and 4am today", "2025-11-02 09:00", 3600,
  "5xx fapi 05:00-10:00 UTC today", "2025-11-02 09:20",
  "hit", "DST 2 Nov Chicago: 00:00 CDT = 05:00Z, 04:00 CST = 10:00Z (5h real); B same [05:00Z, 10:00Z]; r5")
P(G, "V7", "how many alerts today", "2025-11-02 12:00", 3600,
  "alerts last 12 hours", "2025-11-02 12:05",
  "hit", "DST 2 Nov LA: today [07:00Z, 20:00Z] = 13h real; B [08:05Z, 20:05Z]; start +65m <= tol 117m; r5")
P(G, "V3", "How many deploy happen today?", "2025-10-05 10:00", 3600,
  "Deploys in the last 10 hour", "2025-10-05 10:05",
  "hit", "DST 5 Oct Sydney: today [4 Oct 14:00Z, 23:00Z] = 9h real; B [13:05Z, 23:05Z]; start -55m <= tol 81m; r5")
P(G, "V8", "Morning! I'm catching up after the weekend and the clocks going back always confuses me, so could you tell me how many critical alerts fired over the whole of yesterday, midnight to midnight?", "2025-04-07 09:00", 3600,
  "critical alerts in the last 24 hours", "2025-04-07 09:10",
  "partial", "yesterday = 6 Apr Auckland DST day [5 Apr 11:00Z, 6 Apr 12:00Z] = 25h; B [5 Apr 21:10Z, 6 Apr 21:10Z]; overlap 14h50 = 62%; r5")
P(G, "V8", "Hi, slightly odd question because the clocks jumped last night, but could you tell me how many pods restarted between 1am and 4am this morning? Across all namespaces is fine.", "2025-09-28 08:00", 3600,
  "pod restarts in the last 7 hours", "2025-09-28 08:05",
  "partial", "DST 28 Sep Auckland: 01:00 NZST = 13:00Z, 04:00 NZDT = 15:00Z (2h); B [12:05Z, 19:05Z] 7h; overlap 100% of shorter, ratio 3.5; r5")
P(G, "V1", "5xx fapi today", "2025-10-26 10:00", 3600,
  "5xx fapi 00:00-12:00 UTC today", "2025-10-26 10:10",
  "partial", "DST 26 Oct Stockholm: today [25 Oct 22:00Z, 09:00Z] = 11h; B [00:00Z, 09:10Z] (future cut); start +120m > tol 99m; r5")
P(G, "V5", "Give me the deploy count for this morning.", "2025-03-30 11:00", 3600,
  "Deploys since 5am UTC?", "2025-03-30 11:05",
  "hit", "DST 30 Mar London: this morning [06:00 BST = 05:00Z, 10:00Z]; B [05:00Z, 10:05Z]; r5")
P(G, "V4", "how many alerts over the weekend", "2025-03-10 08:00", 3600,
  "alerts last 3 days", "2025-03-10 08:10",
  "partial", "Mon after DST: weekend [8 Mar 06:00Z, 10 Mar 05:00Z] = 47h; B 72h [7 Mar 13:10Z, 10 Mar 13:10Z]; start -16h50 > tol 7h03; overlap 100%; r5")
P(G, "V6", "SELECT count(*) FROM alerts WHERE fired_at >= '2025-03-30 01:00 Europe/Stockholm' AND fired_at < '2025-03-30 03:00 Europe/Stockholm';", "2025-03-30 09:00", 3600,
  "SELECT count(*) FROM alerts WHERE fired_at >= '2025-03-30T00:00:00Z' AND fired_at < '2025-03-30T01:00:00Z';", "2025-03-30 09:20",
  "hit", "DST day Stockholm: 01:00 CET = 00:00Z, 03:00 CEST = 01:00Z (1h real); both [00:00Z, 01:00Z]; r5")
P(G, "V2", "Kindly tell me the number of critical alerts today.", "2025-09-03 10:00", 1800,
  "Kindly tell me the number of critical alerts today.", "2025-09-03 11:00",
  "partial", "expired TTL: [00:00,10:00] vs [00:00,11:00] within tol 90m but 60m > ttl 30m; r5")
P(G, "V7", "how many 5xx on fapi last hr", "2025-08-12 10:00", 600,
  "how many 5xx on fapi last hr", "2025-08-12 10:20",
  "partial", "expired TTL 10m; shift 20m, overlap 67%; r5")
P(G, "V1", "radar lag now", "2025-05-22 10:00", 900,
  "radar lag now", "2025-05-22 10:12",
  "partial", "r3 exception: same 'now' question re-asked while fresh (12m < 15m), overlap 0 -> not miss; shift 12m > 5m so r5 partial")
P(G, "V4", "is fapi up rn", "2025-08-12 09:00", 300,
  "is fapi up rn", "2025-08-12 09:30",
  "miss", "r3: [08:55,09:00] vs [09:25,09:30] no overlap; TTL 5m expired so exception does not apply")
P(G, "V5", "How many incidents have we had over the last 7 days?", "2025-06-23 09:00", 86400,
  "How many incidents did we have in the 7 days before that, so between 14 and 7 days ago?", "2025-06-23 09:05",
  "miss", "r3: [16 Jun 09:00, 23 Jun 09:00] vs [9 Jun 09:05, 16 Jun 09:05]; overlap 5m << 25%")
P(G, "V3", "How many alert for the radar yesterday?", "2025-08-13 09:00", 3600,
  "How many alert for the radar today?", "2025-08-13 09:03",
  "miss", "r3: 12 Aug vs [13 Aug 00:00, 09:03], no overlap")
P(G, "V2", "Could you kindly give me the number of critical alerts in the past 30 days?", "2025-09-04 11:00", 3600,
  "Could you kindly give me the number of critical alerts in the past hour?", "2025-09-04 11:05",
  "miss", "r3: 30d vs 1h, lengths differ 720x > 31x")
P(G, "V6", 'sum(increase(radar_frames_dropped_total[24h]))', "2025-06-12 08:00", 1800,
  'sum(increase(radar_frames_dropped_total[1h]))', "2025-06-12 08:02",
  "partial", "24h vs 1h: ratio 24 <= 31, overlap 100% of shorter; ranges differ -> r5 partial")
P(G, "V8", "This is for the weekly ops email so I'm looking for the big picture, how many tile-renderer alerts did we get over the last 7 days?", "2025-07-16 09:00", 3600,
  "tile-renderer alerts in the last 5 hours", "2025-07-16 09:05",
  "miss", "r3: 168h vs 5h = 33.6x > 31x")
P(G, "V1", "tile-renderer alerts 7d", "2025-05-22 14:00", 3600,
  "tile-renderer alerts 6h", "2025-05-22 14:03",
  "partial", "168h vs 6h = 28x <= 31x; overlap 100% of shorter; r5 ranges differ")
P(G, "V6", "SELECT count(*) FROM alerts WHERE fired_at >= '2025-06-10T08:00:00Z' AND fired_at < '2025-06-10T12:00:00Z';", "2025-06-10 12:00", 1800,
  "alerts in the last 4 hours", "2025-06-10 12:05",
  "hit", "absolute [08:00Z,12:00Z] vs [08:05Z,12:05Z]; 5m <= tol 36m; r5")
P(G, "V2", "May I please know the deployments since 09:00 UTC?", "2025-09-04 16:00", 1800,
  "May I please know the deployments since 9 am?", "2025-09-04 16:05",
  "partial", "Kolkata +05:30: 09:00Z = 14:30 IST -> [14:30,16:00] 1.5h vs [09:00,16:05]; ratio 4.7; overlap 100% of shorter; r5")
P(G, "V7", "alerts since 8am ET", "2025-08-13 09:00", 1800,
  "alerts since 5am", "2025-08-13 09:10",
  "hit", "8am EDT = 12:00Z = 5am PDT; [05:00,09:00] vs [05:00,09:10]; r5")
P(G, "V5", "How many errors did forecast-api throw between 14:00 and 16:00 CET today?", "2025-01-15 17:00", 3600,
  "Forecast-api error count from 13:00 to 15:00 today, please.", "2025-01-15 17:10",
  "hit", "January: 14:00-16:00 CET = 13:00-15:00 GMT (asker in London); same range; r5")
P(G, "V8", "I know it's late and I should be asleep, but how many alerts have fired since midnight? The pager went once and I want to know if I missed others.", "2025-07-12 00:20", 1800,
  "alerts in the last hour", "2025-07-12 00:25",
  "partial", "midnight: [00:00,00:20] vs [11 Jul 23:25, 00:25]; ratio 3, overlap 100% of shorter; start diff 35m > 5m; r5")
P(G, "V4", "alerts yesterday", "2025-08-14 00:10", 3600,
  "alerts today", "2025-08-14 00:15",
  "miss", "r3: 13 Aug vs [14 Aug 00:00, 00:15], no overlap")
P(G, "V1", "alerts today", "2025-05-20 23:55", 900,
  "alerts today", "2025-05-21 00:05",
  "miss", "r3: [20 May 00:00, 23:55] vs [21 May 00:00, 00:05] no overlap; 'today' is a calendar range, not rolling (README)")
P(G, "V3", "How many deploy today?", "2025-08-14 23:50", 3600,
  "How many deploy yesterday?", "2025-08-15 00:10",
  "hit", "midnight: [14 Aug 00:00, 23:50] vs 14 Aug whole day; end +10m; fresh 20m; r5")
P(G, "V7", "alerts overnight", "2025-08-14 09:00", 3600,
  "alerts since 3am", "2025-08-14 09:05",
  "partial", "[13 Aug 22:00, 06:00] 8h vs [03:00, 09:05] 6h05; overlap 3h = 49% of shorter; r5")
P(G, "V2", "Could you kindly tell me the p95 latency of forecast-api this afternoon?", "2025-09-05 15:00", 1800,
  "Kindly share forecast-api p95 latency since noon, please.", "2025-09-05 15:10",
  "hit", "this afternoon [12:00,15:00] vs [12:00,15:10]; 10m <= 27m; r5")
P(G, "V5", "How many alerts did we take this morning?", "2025-06-19 14:00", 3600,
  "Alerts between 6 and 12 today - number please.", "2025-06-19 14:30",
  "hit", "this morning asked 14:00 = [06:00,12:00]; same; r5")
P(G, "V8", "I'm trying to reconstruct the last couple of days for the post-mortem, could you tell me how many bulletin-push incidents there have been since Tuesday 6pm?", "2025-07-10 10:00", 3600,
  "bulletin-push incidents last 2 days", "2025-07-10 10:10",
  "partial", "[Tue 8 Jul 18:00, Thu 10:00] 40h vs [8 Jul 10:10, 10 Jul 10:10] 48h; start -7h50 > tol 6h; r5")
P(G, "V1", "# deploys this week", "2025-06-02 09:00", 3600,
  "# deploys last week", "2025-06-02 09:05",
  "partial", "Mon: this week [2 Jun 00:00,09:00] 9h vs rolling 7d 168h; ratio 18.7; overlap 100% of shorter; r5")
P(G, "V6", "SELECT count(*) FROM deploys WHERE deployed_at >= date_trunc('month', now());", "2025-07-01 02:00", 3600,
  "deploys last month", "2025-07-01 02:05",
  "miss", "r3: this month on 1 Jul = 2h vs 30d, ratio 360x")
P(G, "V3", "How many incident since 20 April for tile renderer?", "2025-04-27 10:00", 3600,
  "Incident of tile renderer in last 7 day", "2025-04-27 10:15",
  "hit", "[20 Apr 00:00, 27 Apr 10:00] 178h vs [20 Apr 10:15, 27 Apr 10:15]; start +10h15 <= tol 26.7h; r5")
P(G, "V5", "How many alerts have we had since noon Pacific?", "2025-06-18 21:00", 1800,
  "Alerts in the last hour?", "2025-06-18 21:05",
  "hit", "noon PDT = 19:00Z = 20:00 BST -> [20:00,21:00] vs [20:05,21:05]; 5m <= 9m; r5")
P(G, "V1", "alerts since 2025-06-18T06:00Z", "2025-06-18 10:00", 1800,
  "alerts since 06:00", "2025-06-18 10:05",
  "partial", "06:00Z = 08:00 CEST -> [08:00,10:00] vs [06:00,10:05]; overlap 100% of shorter, start diff 2h; r5")
P(G, "V2", "Would you kindly tell me the forecast-api errors since 03:00 UTC?", "2025-09-04 10:00", 1800,
  "Would you kindly tell me the forecast-api errors since 8:30 am?", "2025-09-04 10:05",
  "hit", "+05:30: 03:00Z = 08:30 IST; [08:30,10:00] vs [08:30,10:05]; r5")
P(G, "V8", "Sorry if this is obvious, but with the clocks going back this morning I've lost track, how many lightning-feed alerts have there been today?", "2025-04-06 20:00", 3600,
  "lightning-feed alerts in the last 20 hours", "2025-04-06 20:10",
  "hit", "DST 6 Apr Auckland: today [5 Apr 11:00Z, 08:00Z] = 21h real; B [12:10Z, 08:10Z]; start +70m <= tol 189m; r5")
P(G, "V7", "p99 fapi latency 1am to 4am today", "2025-03-09 09:00", 3600,
  "p99 fapi latency 09:00-12:00 UTC today", "2025-03-09 09:10",
  "partial", "DST 9 Mar LA: 01:00 PST = 09:00Z, 04:00 PDT = 11:00Z (2h); B [09:00Z,12:00Z]; end +60m > tol 18m; r5")
P(G, "V4", "pod restarts overnight", "2025-11-02 07:00", 3600,
  "pod restarts last 9 hours", "2025-11-02 07:05",
  "hit", "DST 2 Nov Chicago: last night [03:00Z, 12:00Z] = 9h real; B [04:05Z, 13:05Z]; 65m <= tol 81m; r5")
P(G, "V3", "How many alert for obs collector since 1am?", "2025-04-06 04:00", 1800,
  "Obs collector alert in last 3 hour", "2025-04-06 04:05",
  "partial", "DST 6 Apr Sydney: 01:00 AEDT = 14:00Z, t = 18:00Z -> 4h real; B [15:05Z, 18:05Z]; start +65m > tol 36m; r5")
P(G, "V5", "How many deploys today?", "2025-10-26 10:00", 3600,
  "Deploys since 00:00 UTC?", "2025-10-26 10:05",
  "hit", "DST 26 Oct London: today [25 Oct 23:00Z, 10:00Z] = 11h; B [00:00Z, 10:05Z]; start +60m <= tol 99m; r5")
P(G, "V8", "Quick one, I think, though the clocks moved so maybe not: how many alerts since midnight?", "2025-09-28 09:00", 3600,
  "alerts last 9 hours", "2025-09-28 09:10",
  "hit", "DST 28 Sep Auckland: since midnight [27 Sep 12:00Z, 20:00Z] = 8h real; B [11:10Z, 20:10Z]; start -50m <= tol 72m; r5")

# =====================================================================================================
# scope (50) -- filter refinement, nested filters, other intent over the same data, filters no parser knows
# =====================================================================================================
G = "scope"
P(G, "V1", "alerts fapi 1h", "2025-05-23 09:00", 900,
  "alerts fapi /v2/forecast/hourly 1h", "2025-05-23 09:03",
  "partial", "r4: refinement service > one endpoint")
P(G, "V2", "Could you kindly tell me how many incidents the Delivery team has had this week?", "2025-09-10 12:00", 3600,
  "Could you kindly tell me how many Delivery team incidents this week were assigned to Meera?", "2025-09-10 12:05",
  "partial", "r4: nested, assignee filter (unknown to a parser) is still a filter")
P(G, "V3", "How many alert for radar feed in last 24 hour?", "2025-08-19 10:00", 1800,
  "Which alert for radar feed in last 24 hour, please list them", "2025-08-19 10:04",
  "partial", "r4: other intent count vs list")
P(G, "V4", "5xx fapi 1h", "2025-09-10 10:00", 600,
  "5xx fapi for customer acme-insurance 1h", "2025-09-10 10:02",
  "partial", "r4: nested, customer filter")
P(G, "V5", "How many incidents have we had this month?", "2025-06-26 09:00", 3600,
  "How many incidents this month breached the 30-minute response SLA?", "2025-06-26 09:05",
  "partial", "r4: nested, SLA-breach subset")
P(G, "V6", 'sum by (route) (rate(http_requests_total{service="forecast-api"}[5m]))  -- last 1h', "2025-06-12 10:00", 600,
  'sum(rate(http_requests_total{service="forecast-api"}[5m]))  -- last 1h', "2025-06-12 10:02",
  "partial", "r4: other intent, per-route breakdown vs total")
P(G, "V7", "alerts on lightning rn", "2025-07-25 09:00", 300,
  "alerts on lightning in the tasman region rn", "2025-07-25 09:01",
  "partial", "r4: nested, forecast region filter")
P(G, "V8", "For the change review, could you list all the deploys to tile-renderer in the last 7 days? I'm especially curious about config changes but give me everything.", "2025-07-17 10:00", 3600,
  "deploys to tile-renderer in the last 7 days that touched the colour palette config", "2025-07-17 10:10",
  "partial", "r4: nested, palette-config subset of all deploys")
P(G, "V1", "alerts team Maps 24h", "2025-05-23 11:00", 1800,
  "crit+warn alerts team Maps 24h", "2025-05-23 11:02",
  "partial", "r4: nested all severities > crit+warn")
P(G, "V2", "May I kindly see the trend of bulletin-push failures this week?", "2025-09-10 15:00", 3600,
  "May I kindly know the total count of bulletin-push failures this week?", "2025-09-10 15:05",
  "partial", "r4: other intent trend vs count")
P(G, "V3", "Compare the error of API between AU cluster and EU cluster in last 6 hour", "2025-08-19 12:00", 1800,
  "Error of API on AU cluster in last 6 hour", "2025-08-19 12:05",
  "partial", "r4: other intent (compare vs count) and nested (AU+EU > AU)")
P(G, "V4", "crit alerts last 2h", "2025-09-11 08:00", 900,
  "crit alerts last 2h for the hawkes bay station group", "2025-09-11 08:02",
  "partial", "r4: nested, station-group filter")
P(G, "V5", "How many incidents have Delivery raised since Monday?", "2025-06-26 11:00", 3600,
  "How many incidents have Delivery raised since Monday on the SMS channel?", "2025-06-26 11:05",
  "partial", "r4: nested, channel filter")
P(G, "V6", "SELECT team, count(*) FROM incidents WHERE opened_at >= now() - interval '30 days' GROUP BY team;", "2025-06-13 09:00", 3600,
  "SELECT count(*) FROM incidents WHERE team = 'Maps' AND opened_at >= now() - interval '30 days';", "2025-06-13 09:03",
  "partial", "r4: per-team breakdown vs one team count (nested + other intent)")
P(G, "V7", "fapi p99 today", "2025-07-25 13:00", 1800,
  "fapi p99 today for requests from the ios app", "2025-07-25 13:03",
  "partial", "r4: nested, client filter")
P(G, "V8", "Can you list the incidents for the Data team over the last 48 hours? I'm mainly hunting for the replication one from the other night but I don't remember the title.", "2025-07-17 14:00", 3600,
  "list Data team incidents from the last 48 hours with 'replication' in the title", "2025-07-17 14:10",
  "partial", "r4: nested, title-text filter")
P(G, "V1", "alerts radar-ingest prod 1h", "2025-05-26 09:00", 900,
  "alerts radar-ingest production 1h", "2025-05-26 09:03",
  "hit", "r5: prod = production; 1h shift 3m")
P(G, "V2", "Could you please tell me the incidents for the partner drop this week?", "2025-09-11 10:00", 3600,
  "Could you please tell me the incidents for partner-sftp this week?", "2025-09-11 10:10",
  "hit", "r5: partner drop = partner-sftp (theme nickname)")
P(G, "V3", "Show the 5xx for fapi in namespace delivery last 1 hour", "2025-08-20 09:00", 600,
  "Show the 5xx for fapi last 1 hour", "2025-08-20 09:02",
  "partial", "r4: namespace filter kept as a filter even if fapi only runs in delivery (README)")
P(G, "V4", "alerts last 24h", "2025-09-11 12:00", 1800,
  "alerts last 24h but not the synthetic test ones", "2025-09-11 12:03",
  "partial", "r4: all > all-minus-test (exclusion against no filter = nested, README)")
P(G, "V5", "Can I get incident numbers this quarter broken down by severity?", "2025-06-27 09:00", 7200,
  "How many critical incidents this quarter?", "2025-06-27 09:10",
  "partial", "r4: breakdown vs one severity count (nested + other intent)")
P(G, "V6", 'sum(count_over_time({app="obs-collector"} |= "error" [1h]))', "2025-06-13 11:00", 600,
  'sum(count_over_time({app="obs-collector"} |= "error" |= "station_id=93110" [1h]))', "2025-06-13 11:02",
  "partial", "r4: nested, extra line filter")
P(G, "V7", "deploys today", "2025-07-28 15:00", 1800,
  "deploys today by jaden", "2025-07-28 15:02",
  "partial", "r4: nested, author filter")
P(G, "V8", "I'm on nowcast support this week so could you count the alerts on radar-ingest in the last 12 hours? We had some noise from the coastal sites.", "2025-07-18 09:00", 1800,
  "alerts on radar-ingest in the last 12 hours, only the ones for the auckland radar site", "2025-07-18 09:05",
  "partial", "r4: nested, radar-site filter")
P(G, "V1", "p95 fapi 1h", "2025-05-26 11:00", 900,
  "p95 fapi 1h tenant metservice-b", "2025-05-26 11:02",
  "partial", "r4: nested, tenant filter")
P(G, "V2", "Kindly list the deployments to grib-exporter this month.", "2025-09-11 14:00", 3600,
  "Kindly list which deployments to grib-exporter this month led to an incident.", "2025-09-11 14:05",
  "partial", "r4: nested, caused-incident subset")
P(G, "V3", "Which alert fire for team Models today?", "2025-08-20 11:00", 1800,
  "Which alert fire for team Models today for the ECMWF run?", "2025-08-20 11:03",
  "partial", "r4: nested, model-run filter")
P(G, "V4", "errors on fapi from the iphone app 1h", "2025-09-12 09:00", 600,
  "errors on fapi from the android app 1h", "2025-09-12 09:02",
  "miss", "r2: sibling client value (unknown filter)")
P(G, "V5", "What's the incident count for the Tasman forecast region this month?", "2025-06-27 11:00", 3600,
  "What's the incident count for the Southern Ocean forecast region this month?", "2025-06-27 11:03",
  "miss", "r2: sibling forecast region")
P(G, "V6", "SELECT count(*) FROM incidents WHERE customer = 'harbourmaster-nz' AND opened_at >= now() - interval '7 days';", "2025-06-16 09:00", 3600,
  "SELECT count(*) FROM incidents WHERE customer = 'skifields-co' AND opened_at >= now() - interval '7 days';", "2025-06-16 09:01",
  "miss", "r2: sibling customer")
P(G, "V7", "alerts for the sydney radar site today", "2025-07-28 10:00", 1800,
  "alerts for the brisbane radar site today", "2025-07-28 10:02",
  "miss", "r2: sibling radar site")
P(G, "V8", "We're working out tile cache sizing, so could you tell me the tile-renderer request count for zoom levels above 10 over the last 6 hours?", "2025-07-18 13:00", 1800,
  "tile-renderer request count for zoom levels 10 and below, last 6 hours", "2025-07-18 13:05",
  "miss", "r2: above vs below threshold")
P(G, "V1", "deploys fapi 7d by team Delivery", "2025-05-27 09:00", 3600,
  "deploys fapi 7d not by team Delivery", "2025-05-27 09:02",
  "miss", "r2: negation")
P(G, "V2", "Could you kindly tell me how many incidents were opened from customer reports this week?", "2025-09-12 10:00", 3600,
  "Could you kindly tell me how many incidents were opened by the Storm Desk this week?", "2025-09-12 10:04",
  "miss", "r2: sibling incident source")
P(G, "V3", "How many alert is for the station group North Island today?", "2025-08-20 14:00", 1800,
  "How many alert is for the station group South Island today?", "2025-08-20 14:02",
  "miss", "r2: sibling station group")
P(G, "V4", "crashloops ns render cumulus-prod-eu", "2025-09-12 11:00", 300,
  "crashloops ns render", "2025-09-12 11:01",
  "partial", "r4: nested all clusters > prod-eu")
P(G, "V5", "What's the Delivery team's incident count this quarter?", "2025-06-30 09:00", 7200,
  "Show me the Delivery team's incidents week by week this quarter - I want the trend.", "2025-06-30 09:10",
  "partial", "r4: other intent count vs trend")
P(G, "V6", 'sum(rate(http_requests_total{service="forecast-api", route="/v2/forecast/hourly"}[5m]))  -- last 1h', "2025-06-16 11:00", 600,
  'sum(rate(http_requests_total{service="forecast-api", route!="/v2/forecast/hourly"}[5m]))  -- last 1h', "2025-06-16 11:01",
  "miss", "r2: negated matcher = vs !=")
P(G, "V7", "who got paged today", "2025-07-29 16:00", 1800,
  "how many pages today", "2025-07-29 16:02",
  "partial", "r4: other intent list vs count")
P(G, "V8", "Could you show me the trend of memory usage for archive-db over the last 6 hours? It's been creeping and I want to see the shape of it.", "2025-07-19 10:00", 900,
  "is archive-db's memory above 80% right now?", "2025-07-19 10:03",
  "miss", "r3: 6h vs now (5m) = 72x > 31x")
P(G, "V1", "alerts Nowcast 24h", "2025-05-27 11:00", 1800,
  "alerts radar-ingest 24h", "2025-05-27 11:03",
  "partial", "r4: nested team Nowcast (radar-ingest + lightning-feed) > radar-ingest")
P(G, "V2", "May I see the deployments on stratus-stg today, please?", "2025-09-12 15:00", 1800,
  "May I see the deployments on the staging cluster today, please?", "2025-09-12 15:05",
  "hit", "r5: stratus-stg = the staging cluster (theme)")
P(G, "V3", "Error log of tile renderer for /tiles/radar in last hour", "2025-08-21 09:00", 600,
  "Error log of tile renderer for /tiles/temp in last hour", "2025-08-21 09:02",
  "miss", "r2: sibling tile layer endpoint")
P(G, "V4", "alerts for the bulletins thing today", "2025-09-15 10:00", 1800,
  "alerts bulletin-push today", "2025-09-15 10:05",
  "hit", "r5: bulletins = bulletin-push (theme)")
P(G, "V5", "How many incidents have the model runs had this week?", "2025-06-30 11:00", 3600,
  "Incidents for nwp-runner since Monday?", "2025-06-30 11:10",
  "hit", "r5: model runs = nwp-runner; Mon 30 Jun 00:00 both")
P(G, "V6", 'sum(rate(http_requests_total{service="forecast-api", code=~"5.."}[5m]))  -- last 1h', "2025-06-17 09:00", 600,
  'sum(rate(http_requests_total{service="forecast-api", code=~"5..", region="ap-southeast-2"}[5m]))  -- last 1h', "2025-06-17 09:01",
  "partial", "r4: nested, region filter added")
P(G, "V7", "zap feed alerts rn", "2025-07-29 18:00", 300,
  "lightning-feed alerts right now", "2025-07-29 18:02",
  "hit", "r5: zap feed = lightning-feed (theme)")
P(G, "V8", "For the weekly change summary could you count all the deploys across every team this week? Don't worry about splitting them out.", "2025-07-19 12:00", 3600,
  "deploys by the Maps and Delivery teams this week", "2025-07-19 12:05",
  "partial", "r4: nested all teams > Maps+Delivery")
P(G, "V1", "nodes disk >85% cumulus-prod-au now", "2025-05-28 09:00", 300,
  "nodes disk <85% cumulus-prod-au now", "2025-05-28 09:01",
  "miss", "r2: above vs below threshold")
P(G, "V2", "Could you kindly list the incidents where the on-call engineer was Ravi, this month?", "2025-09-15 11:00", 3600,
  "Could you kindly list the incidents where the on-call engineer was Sunita, this month?", "2025-09-15 11:03",
  "miss", "r2: sibling on-call engineer")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    pos = {}
    for i, (group, voice, a_q, a_at, ttl, b_q, b_at, expect, note) in enumerate(PAIRS, 1):
        tz = VOICES[voice][1]
        pos[group] = pos.get(group, 0) + 1
        split = "dev14" if pos[group] % 2 == 1 else "test14"
        out.append({
            "id": f"p14-{i:04d}", "group": group, "split": split, "expect": expect,
            "a": {"q": a_q, "at": iso(a_at, tz), "tz": tz, "ttl": ttl},
            "b": {"q": b_q, "at": iso(b_at, tz), "tz": tz},
            "note": f"{voice} {VOICES[voice][0]}; {note}",
        })
    with open(os.path.join(here, "pairs.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs")


if __name__ == "__main__":
    main()
