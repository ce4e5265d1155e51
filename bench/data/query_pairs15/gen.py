#!/usr/bin/env python3
"""Batch 15 of cache-evaluation question pairs (Kestrel Harbour Terminals).

Every question below is typed literally. The only computed things are the
ISO timestamps (local wall time -> offset via zoneinfo), the ids and the split.
"""
import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VOICES = {
    "rutger": ("Rutger", "terse SRE", "Europe/Amsterdam"),
    "priya": ("Priya", "very polite, formal Indian English", "Asia/Kolkata"),
    "ana": ("Ana", "junior SRE, typos", "America/Sao_Paulo"),
    "tom": ("Tom", "operations manager", "Europe/London"),
    "mei": ("Mei", "platform engineer, pastes PromQL/LogQL", "Asia/Singapore"),
    "jake": ("Jake", "night on-call, imperative one-liners", "America/New_York"),
    "kirra": ("Kirra", "duty manager, chatty, Aussie slang", "Australia/Sydney"),
    "luis": ("Luis", "integrations dev, non-native English (Spanish L1)", "America/Los_Angeles"),
}

PAIRS = []


def P(group, expect, voice, aq, a_at, ttl, bq, b_at, note):
    PAIRS.append(dict(group=group, expect=expect, voice=voice, aq=aq, a_at=a_at,
                      ttl=ttl, bq=bq, b_at=b_at, note=note))


def iso(wall, tz):
    """'YYYY-MM-DD HH:MM' local wall time -> ISO 8601 with the real offset.
    Refuses wall times that do not exist or are ambiguous in tz."""
    z = ZoneInfo(tz)
    naive = datetime.strptime(wall, "%Y-%m-%d %H:%M")
    d0 = naive.replace(tzinfo=z, fold=0)
    d1 = naive.replace(tzinfo=z, fold=1)
    if d0.utcoffset() != d1.utcoffset():
        raise SystemExit(f"ambiguous wall time {wall} in {tz}")
    back = d0.astimezone(timezone.utc).astimezone(z)
    if back.replace(tzinfo=None) != naive:
        raise SystemExit(f"non-existent wall time {wall} in {tz}")
    return d0.isoformat()


# =====================================================================
# PARAPHRASE (70) - same person, same question re-asked while fresh: hit
# =====================================================================
G = "paraphrase"
# Rutger, Amsterdam, Wed 2025-05-14
P(G, "hit", "rutger", "how many crit alerts in the last hour on crane telemetry?", "2025-05-14 10:02", 600,
  "crane-telemetry critical alerts past 60m, count", "2025-05-14 10:05",
  "crit=critical, 'last hour'='past 60m'; 3 min later, shift 3 min < 9 min (15% of 1h), within TTL 600 -> hit.")
P(G, "hit", "rutger", "is gate-ocr healthy right now", "2025-05-14 10:20", 120,
  "gate ocr up atm?", "2025-05-14 10:21",
  "status now = [t-5m,t]; 'healthy'='up', 'right now'='atm'; 1 min later < 5 min tolerance, fresh -> hit.")
P(G, "hit", "rutger", "list pods not ready in ns yard on prod, right now", "2025-05-14 11:00", 180,
  "which pods in the yard namespace are NOT ready in production atm", "2025-05-14 11:02",
  "ns=namespace, prod=production, same negation on both sides; now-range, 2 min later -> hit.")
P(G, "hit", "rutger", "p95 latency tariff engine last 30m", "2025-05-14 11:30", 600,
  "95th percentile response time of billing-tariff over the past half hour", "2025-05-14 11:32",
  "p95=95th percentile, 'tariff engine' = billing-tariff (README), 'half hour'=30m; 2 min shift < 5 min -> hit.")
P(G, "hit", "rutger", "deploys to prod today?", "2025-05-14 15:40", 1800,
  "anything deployed on production since midnight", "2025-05-14 15:52",
  "'today'='since midnight' = [00:00,t]; end moves 12 min, tolerance 15% of 15.7h; fresh -> hit.")
P(G, "hit", "rutger", "AISIngestLagHigh firing count last 24h", "2025-05-14 16:00", 900,
  "how often did AISIngestLagHigh fire in the past day", "2025-05-14 16:06",
  "'past day'=24h by spec; 6 min shift << 3.6h; fresh -> hit.")
P(G, "hit", "rutger", "top 5 noisiest alertnames this week", "2025-05-14 09:10", 1800,
  "this week's 5 most frequent alert names, ranked", "2025-05-14 09:14",
  "same ranking intent, same ISO week from Mon 00:00; 4 min later -> hit.")
P(G, "hit", "rutger", "mem usage reefer-monitor pods last 6h", "2025-05-14 13:00", 900,
  "reefer monitor memory working set, past 6 hours", "2025-05-14 13:04",
  "mem = memory working set, same service/range; 4 min shift << 54 min -> hit.")
P(G, "hit", "rutger", "warn alerts stg yesterday", "2025-05-14 09:00", 3600,
  "yesterday's warning-level alerts in staging", "2025-05-14 09:30",
  "warn=warning, stg=staging, same local day range (May 13); fresh (30 min < 1h) -> hit.")
# Priya, Kolkata, Tue 2025-06-10
P(G, "hit", "priya", "Good morning, could you please tell me how many critical alerts the customs bridge raised in the last 2 hours?", "2025-06-10 09:15", 600,
  "Kindly share count of crit alerts for customs API for past two hours, thank you", "2025-06-10 09:19",
  "'customs API' = customs-bridge (README); politeness ignored; 4 min shift < 18 min -> hit.")
P(G, "hit", "priya", "Please list the incidents which are still open for the EDI gateway as of now.", "2025-06-10 10:00", 300,
  "Could you share me the currently open incidents on EDI, please?", "2025-06-10 10:02",
  "open incidents now, EDI = edi-gateway; 2 min later -> hit.")
P(G, "hit", "priya", "May I know the error rate of haulier portal for the last 1 hour?", "2025-06-10 11:00", 600,
  "Kindly provide haulier-portal 5xx ratio for past 60 minutes.", "2025-06-10 11:03",
  "error rate of a service = share of 5xx (errors=5xx); 3 min shift -> hit.")
P(G, "hit", "priya", "Please show the CPU usage trend of the berth planner for the last 7 days.", "2025-06-10 11:30", 3600,
  "Requesting berthing service cpu utilisation trend over last week, please.", "2025-06-10 11:50",
  "'last week' = rolling 7d; berthing = berth-planner; 20 min shift << 25h -> hit.")
P(G, "hit", "priya", "What is the count of rejected customs declarations since 9 am today?", "2025-06-10 13:00", 900,
  "Kindly tell number of declarations rejected by customs bridge from 9:00 IST today", "2025-06-10 13:05",
  "9:00 IST is her own zone, so same start; end moves 5 min -> hit.")
P(G, "hit", "priya", "How many times did ReeferTempExcursion fire yesterday, please?", "2025-06-10 14:00", 7200,
  "Could you kindly count the ReeferTempExcursion alerts for yesterday", "2025-06-10 14:30",
  "same calendar day (Jun 9 IST) both times; fresh -> hit.")
P(G, "hit", "priya", "Please show the logs of error level from edi-gateway in the last 15 minutes", "2025-06-10 15:00", 300,
  "kindly fetch EDI gateway ERROR logs past 15 min", "2025-06-10 15:02",
  "same log stream + level; 2 min shift < 5 min floor -> hit.")
P(G, "hit", "priya", "Is the AIS feed healthy at present?", "2025-06-10 15:10", 120,
  "Please confirm whether ais-ingest is up now", "2025-06-10 15:11",
  "'AIS feed' = ais-ingest; status now; 1 min -> hit.")
P(G, "hit", "priya", "Please give the top 3 hosts by disk latency in production for the last hour", "2025-06-10 16:00", 600,
  "Kindly list three prod nodes with highest disk latency in past 60 min", "2025-06-10 16:04",
  "hosts=nodes, prod=production, top-3 both; 4 min shift -> hit.")
# Ana, Sao Paulo, Tue 2025-08-05
P(G, "hit", "ana", "how many alerts did the gate ocr fire in the last 3 hours?", "2025-08-05 10:00", 900,
  "hw many alrets from gate-ocr last 3h", "2025-08-05 10:05",
  "typos ignored; 5 min shift < 27 min -> hit.")
P(G, "hit", "ana", "is the trucker app working rn?", "2025-08-05 10:20", 120,
  "is haulier portal up right now", "2025-08-05 10:21",
  "'trucker app' = haulier-portal (README), 'rn'='right now', 'working'='up'; 1 min -> hit.")
P(G, "hit", "ana", "can u show me the warn alerts for yard manager today", "2025-08-05 11:30", 1800,
  "YMS warning alerts so far today pls", "2025-08-05 11:40",
  "YMS = yard-mgr; 'today'='so far today'; 10 min end shift << 1.7h -> hit.")
P(G, "hit", "ana", "what was the avg memory of customs-bridge pods over last 12h?", "2025-08-05 12:00", 1800,
  "avarage mem usage customs bridge pods past 12 hours", "2025-08-05 12:10",
  "avg=average (same statistic); 10 min shift < 108 min -> hit.")
P(G, "hit", "ana", "list the deploys of billing this week", "2025-08-05 13:00", 3600,
  "wich deploys went out for tariff engine since monday", "2025-08-05 13:15",
  "'this week'='since Monday' (ISO week), billing = tariff engine = billing-tariff -> hit.")
P(G, "hit", "ana", "count of 503 on haulier portal last 30 min", "2025-08-05 13:30", 300,
  "how many 503s did VBS return in past half hour?", "2025-08-05 13:33",
  "VBS = haulier-portal; same status code; 3 min shift < 5 min -> hit.")
P(G, "hit", "ana", "any crashlooping pods in the landside namespace now?", "2025-08-05 14:00", 180,
  "are there pods in CrashLoopBackOff in ns landside at the moment", "2025-08-05 14:02",
  "same state/namespace, now-range, 2 min -> hit.")
P(G, "hit", "ana", "show me reefer alarms from last night", "2025-08-05 08:30", 3600,
  "reefers alarms overnight?", "2025-08-05 08:40",
  "'last night'='overnight' = [22:00 prev, 06:00]; identical range; fresh -> hit.")
P(G, "hit", "ana", "error logs of ais ingest since 2pm", "2025-08-05 16:00", 900,
  "ais-ingest logs level=error from 14:00 till now", "2025-08-05 16:05",
  "same start 14:00 local, end moves 5 min -> hit.")
# Tom, London, Thu 2025-06-19
P(G, "hit", "tom", "How many incidents did we have on the gate this week?", "2025-06-19 10:00", 3600,
  "Number of gate OCR incidents since Monday, please.", "2025-06-19 10:20",
  "'the gate' = gate-ocr; this week = since Mon 00:00; 20 min end shift << 8h tolerance -> hit.")
P(G, "hit", "tom", "How many critical alerts did production have yesterday?", "2025-06-19 09:00", 86400,
  "Yesterday's count of crit alerts in prod?", "2025-06-19 11:00",
  "same day range (Jun 18), fresh (TTL 1 day) -> hit.")
P(G, "hit", "tom", "Is crane telemetry reporting properly right now?", "2025-06-19 11:30", 300,
  "Is crane-telemetry healthy at the moment?", "2025-06-19 11:32",
  "status of crane-telemetry now; 2 min -> hit.")
P(G, "hit", "tom", "What's the trend in invoice generation errors over the last month?", "2025-06-19 12:00", 21600,
  "Show me how billing's 5xx on /invoices/generate have trended over the past 30 days", "2025-06-19 13:00",
  "'invoice generation' = /invoices/generate of billing-tariff; errors=5xx; last month=30d; 1h shift << 4.5d -> hit.")
P(G, "hit", "tom", "Which services paged us most this week?", "2025-06-19 14:00", 3600,
  "Top services by number of pages since Monday", "2025-06-19 14:30",
  "ranking by service, same week range; 30 min shift -> hit.")
P(G, "hit", "tom", "How many reefer alarms this morning?", "2025-06-19 11:00", 1800,
  "Reefer monitor alarm count since 6am today", "2025-06-19 11:10",
  "'this morning' asked 11:00 = [06:00,11:00]; 'since 6am' = [06:00,11:10]; 10 min < 45 min -> hit.")
P(G, "hit", "tom", "How is the EDI gateway doing in staging right now?", "2025-06-19 15:00", 120,
  "EDI gateway on stg - healthy at the moment?", "2025-06-19 15:01",
  "status now, stg=staging; 1 min -> hit.")
P(G, "hit", "tom", "What was the peak AIS ingest lag over the past 24 hours?", "2025-06-19 16:00", 1800,
  "Max AIS ingest lag, last day", "2025-06-19 16:15",
  "peak=max, past day=24h; 15 min shift << 3.6h -> hit.")
P(G, "hit", "tom", "Give me the number of customs declarations rejected last week.", "2025-06-19 16:30", 7200,
  "Customs bridge rejections over the past 7 days - how many?", "2025-06-19 17:30",
  "last week = rolling 7d; 1h shift << 25h -> hit.")
# Mei, Singapore, Tue 2025-07-22
P(G, "hit", "mei", 'sum(rate(http_requests_total{service="haulier-portal",code=~"5.."}[5m])) for the last 1h', "2025-07-22 09:00", 600,
  "haulier portal 5xx request rate, past hour", "2025-07-22 09:02",
  "pasted PromQL vs words, same series/filter/stat; 2 min shift -> hit.")
P(G, "hit", "mei", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="customs-bridge"}[5m]))) last 30m', "2025-07-22 09:30", 300,
  "p99 latency customs bridge last 30 minutes", "2025-07-22 09:32",
  "quantile 0.99 = p99; 2 min < 5 min floor -> hit.")
P(G, "hit", "mei", '{namespace="integrations", app="edi-gateway"} |= "timeout"   (last 1h)', "2025-07-22 10:00", 600,
  "edi-gateway logs containing timeout in the past hour", "2025-07-22 10:03",
  "LogQL line filter |= = 'containing'; edi-gateway only lives in integrations ns; 3 min -> hit.")
P(G, "hit", "mei", 'count_over_time({app="gate-ocr"} | json | level="error" [24h])', "2025-07-22 10:30", 1800,
  "how many gate ocr error log lines in the last 24h", "2025-07-22 10:40",
  "[24h] range in LogQL = last 24h; count both; 10 min shift -> hit.")
P(G, "hit", "mei", 'ALERTS{alertstate="firing", severity="critical"} now', "2025-07-22 11:00", 120,
  "what crit alerts are firing right now", "2025-07-22 11:01",
  "same state+severity, now; 1 min -> hit.")
P(G, "hit", "mei", 'avg(container_memory_working_set_bytes{namespace="yard"}) last 6h', "2025-07-22 11:30", 900,
  "average memory working set in yard ns past 6 hours", "2025-07-22 11:35",
  "same metric/stat/ns; 5 min shift -> hit.")
P(G, "hit", "mei", 'topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="vessel-ops"}[5m]))) now', "2025-07-22 12:00", 180,
  "top 5 cpu pods in vessel-ops right now", "2025-07-22 12:02",
  "topk(5) by pod = top 5 pods; now; 2 min -> hit.")
P(G, "hit", "mei", 'kube_pod_status_ready{namespace="landside", condition="false"} right now', "2025-07-22 12:30", 120,
  "which landside pods are not ready atm", "2025-07-22 12:31",
  "condition=false = not ready on both sides; 1 min -> hit.")
P(G, "hit", "mei", "sum(increase(reefer_alarm_total[24h]))", "2025-07-22 13:00", 1800,
  "total reefer alarms over past 24h", "2025-07-22 13:10",
  "increase over [24h] = total in last 24h; 10 min shift -> hit.")
# Jake, New York, Tue 2025-06-03 (night shift)
P(G, "hit", "jake", "show crit alerts last 15m", "2025-06-03 01:00", 300,
  "critical alerts past fifteen minutes, list them", "2025-06-03 01:02",
  "show = list; 2 min < 5 min floor -> hit.")
P(G, "hit", "jake", "count gate ocr 5xx last hr", "2025-06-03 01:20", 600,
  "5xx count gate-ocr past hour", "2025-06-03 01:23",
  "hr = hour; 3 min shift -> hit.")
P(G, "hit", "jake", "tail customs-bridge errors last 10 min", "2025-06-03 01:40", 180,
  "customs bridge error logs, past 10 minutes", "2025-06-03 01:42",
  "'tail ... errors' = error log lines; 2 min < 5 min floor -> hit.")
P(G, "hit", "jake", "who's firing in prod rn", "2025-06-03 02:00", 120,
  "list firing alerts production atm", "2025-06-03 02:01",
  "firing alerts in prod now; 1 min -> hit.")
P(G, "hit", "jake", "deploys last 2h prod", "2025-06-03 02:10", 900,
  "what got deployed to production in the past two hours", "2025-06-03 02:15",
  "5 min shift < 18 min -> hit.")
P(G, "hit", "jake", "disk latency node kht-prod-north-07 last 1h", "2025-06-03 02:30", 600,
  "kht-prod-north-07 disk latency, past 60 min", "2025-06-03 02:33",
  "same host/metric; 3 min -> hit.")
P(G, "hit", "jake", "since 11pm, how many alerts for EDI", "2025-06-03 02:00", 900,
  "EDI gateway alert count since 23:00", "2025-06-03 02:05",
  "11pm = 23:00 yesterday local, same start; end +5 min -> hit.")
P(G, "hit", "jake", "incidents opened overnight", "2025-06-03 07:30", 3600,
  "list incidents opened last night", "2025-06-03 07:40",
  "overnight = last night = [22:00, 06:00]; fresh -> hit.")
P(G, "hit", "jake", "count restarts of haulier-portal pods today", "2025-06-03 05:00", 600,
  "how many times did VBS pods restart since midnight", "2025-06-03 05:03",
  "today = since midnight; VBS = haulier-portal; 3 min -> hit.")
# Kirra, Sydney, Tue 2025-08-12
P(G, "hit", "kirra", "Hey, quick one - how many critical alerts have we had across the whole terminal since 6am?", "2025-08-12 10:00", 1800,
  "Sorry, me again, what was the crit alert count since 6 this morning? all services", "2025-08-12 10:10",
  "same start 06:00 local, all services both; 10 min end shift < 36 min -> hit.")
P(G, "hit", "kirra", "Could you check whether the reefer monitor is all good right now?", "2025-08-12 10:30", 300,
  "Is RM healthy at the moment? cheers", "2025-08-12 10:32",
  "RM = reefer-monitor (README); status now; 2 min -> hit.")
P(G, "hit", "kirra", "What did the berth planner's solver timeouts look like over the last week?", "2025-08-12 11:00", 7200,
  "BerthPlannerSolverTimeout trend for past 7 days please", "2025-08-12 11:30",
  "'look like over' = trend; solver timeouts = alertname BerthPlannerSolverTimeout; 30 min << 25h -> hit.")
P(G, "hit", "kirra", "Can you pull up the list of incidents from yesterday for the yard?", "2025-08-12 12:00", 14400,
  "yard manager incidents yesterday - list please", "2025-08-12 13:00",
  "'the yard' = yard-mgr; same day; fresh -> hit.")
P(G, "hit", "kirra", "How many trucks failed the OCR at the gate in the last hour?", "2025-08-12 13:00", 600,
  "gate OCR failed reads count past 60 mins", "2025-08-12 13:03",
  "failed OCR = ocr_reads_total{result=fail}; 3 min -> hit.")
P(G, "hit", "kirra", "Has anything been deployed to staging this arvo?", "2025-08-12 15:00", 1800,
  "deploys to stg since noon today?", "2025-08-12 15:05",
  "arvo = afternoon = [12:00, min(t,18:00)] = since noon; 5 min end shift -> hit.")
P(G, "hit", "kirra", "How's the AIS feed latency looking, median over the last 3 hours?", "2025-08-12 15:30", 900,
  "p50 AIS ingest lag, past 3h", "2025-08-12 15:35",
  "median = p50, feed latency = ais_ingest_lag_seconds; 5 min shift -> hit.")
P(G, "hit", "kirra", "What were the top 3 alerts by count this month?", "2025-08-12 16:00", 21600,
  "This month's three most common alertnames?", "2025-08-12 17:00",
  "same ranking, same calendar month; 1h shift << 15% of 11.7d -> hit.")
# Luis, Los Angeles, Tue 2025-09-16
P(G, "hit", "luis", "how much errors have the customs bridge in last 1 hour?", "2025-09-16 09:00", 600,
  "customs bridge, number of 5xx in the past hour please", "2025-09-16 09:03",
  "errors of a service = 5xx; grammar ignored; 3 min -> hit.")
P(G, "hit", "luis", '{app="edi-gateway"} |= "BAPLIE" |= "rejected"  last 2h', "2025-09-16 09:30", 900,
  "logs of edi gateway where BAPLIE is rejected, last two hours", "2025-09-16 09:35",
  "same two line filters in words; 5 min < 18 min -> hit.")
P(G, "hit", "luis", "the EDIQueueBacklog alert, is firing now?", "2025-09-16 10:00", 120,
  "is EDIQueueBacklog firing at this moment", "2025-09-16 10:01",
  "same alertname/state, now; 1 min -> hit.")
P(G, "hit", "luis", "give me p90 of the latency for /declarations/submit in the last 30 minutes", "2025-09-16 10:30", 300,
  "90th percentile latency customs-bridge /declarations/submit past half hour", "2025-09-16 10:32",
  "p90 = 90th percentile; endpoint only exists on customs-bridge; 2 min -> hit.")
P(G, "hit", "luis", "which endpoints of customs api have more 5xx today? top 5", "2025-09-16 14:00", 1800,
  "top 5 customs-bridge endpoints by 5xx since midnight", "2025-09-16 14:10",
  "today = since midnight; same top-5 ranking -> hit.")
P(G, "hit", "luis", "memory of the edi pods in staging, last 24 hours", "2025-09-16 14:30", 1800,
  "stg edi-gateway pods memory usage past day", "2025-09-16 14:40",
  "past day = 24h; stg = staging; 10 min shift -> hit.")
P(G, "hit", "luis", "how many messages EDI processed since 8 in the morning?", "2025-09-16 12:00", 900,
  "EDI gateway message count from 08:00 today", "2025-09-16 12:05",
  "same start 08:00 local; end +5 min -> hit.")
P(G, "hit", "luis", "crane feed stale alerts last 6h how many", "2025-09-16 15:00", 900,
  "count of CraneTelemetryStale over past six hours", "2025-09-16 15:05",
  "'crane feed stale' = alertname CraneTelemetryStale (README); 5 min shift -> hit.")

# =====================================================================
# NEAR_MISS (70) - one thing differs; B asked a few minutes later, fresh
# =====================================================================
G = "near_miss"
# Rutger, Tue 2025-05-20
P(G, "miss", "rutger", "crit alerts last hour crane telemetry, count", "2025-05-20 10:00", 600,
  "warn alerts last hour crane telemetry, count", "2025-05-20 10:02",
  "sibling severity critical vs warning -> rule 2 miss.")
P(G, "miss", "rutger", "cpu usage reefer-monitor pods last 6h", "2025-05-20 10:10", 900,
  "memory usage reefer-monitor pods last 6h", "2025-05-20 10:11",
  "measured quantity cpu vs memory = different subject -> rule 1 miss.")
P(G, "partial", "rutger", "count alerts on yard-mgr last 24h", "2025-05-20 10:20", 900,
  "count critical alerts on yard-mgr last 24h", "2025-05-20 10:21",
  "all severities contains critical: nested filter -> rule 4 partial.")
P(G, "partial", "rutger", "p50 latency tariff engine last 30m", "2025-05-20 10:30", 300,
  "p99 latency tariff engine last 30m", "2025-05-20 10:31",
  "another statistic of the same latency series -> rule 4 partial.")
P(G, "miss", "rutger", "pods NOT ready in ns yard atm", "2025-05-20 10:40", 120,
  "pods ready in ns yard atm", "2025-05-20 10:41",
  "NOT ready vs ready = complement -> rule 2 miss.")
P(G, "miss", "rutger", "deploys to prod today", "2025-05-20 11:00", 1800,
  "alerts in prod today", "2025-05-20 11:02",
  "deploys vs alerts = different subject -> miss.")
P(G, "miss", "rutger", "disk read iops kht-prod-south nodes last 1h", "2025-05-20 11:10", 600,
  "disk write iops kht-prod-south nodes last 1h", "2025-05-20 11:11",
  "read vs write is a different measured quantity -> rule 1 miss.")
P(G, "partial", "rutger", "count firing alerts prod now", "2025-05-20 11:20", 120,
  "list firing alerts prod now", "2025-05-20 11:21",
  "count vs list over the same data = different intent -> partial.")
P(G, "hit", "rutger", "crane telemetry errors last 1h", "2025-05-20 11:30", 600,
  "crane telemetry 5xx last 1h", "2025-05-20 11:32",
  "looks like a subject change but spec says errors of a service = 5xx; same range, fresh -> hit.")
# Priya, Tue 2025-06-24
P(G, "miss", "priya", "Kindly tell how many critical alerts for customs bridge in last 2 hours", "2025-06-24 09:00", 600,
  "Kindly tell how many non-critical alerts for customs bridge in last 2 hours", "2025-06-24 09:02",
  "non-critical = negation of critical -> rule 2 miss.")
P(G, "partial", "priya", "Please count 5xx errors on haulier portal for last 1 hour", "2025-06-24 09:10", 600,
  "Please count 503 errors on haulier portal for last 1 hour", "2025-06-24 09:11",
  "5xx contains 503: nested -> partial.")
P(G, "miss", "priya", "Please list open incidents for EDI gateway now", "2025-06-24 09:20", 300,
  "Please list resolved incidents for EDI gateway now", "2025-06-24 09:21",
  "open vs resolved = sibling/complementary incident state -> miss.")
P(G, "miss", "priya", "May I know the error rate of haulier portal for last 1 hour?", "2025-06-24 09:30", 600,
  "May I know the request rate of haulier portal for last 1 hour?", "2025-06-24 09:31",
  "error rate vs throughput = different measured quantity -> miss.")
P(G, "partial", "priya", "Please show CPU usage trend of berth planner for last 7 days", "2025-06-24 09:40", 3600,
  "Please tell the average CPU usage of berth planner for last 7 days", "2025-06-24 09:42",
  "trend vs one average over the same series and range: different intent/statistic -> partial.")
P(G, "miss", "priya", "Kindly give top 3 hosts by disk latency in production for last hour", "2025-06-24 10:00", 600,
  "Kindly give top 3 hosts by disk latency in staging for last hour", "2025-06-24 10:01",
  "production vs staging = sibling env -> miss.")
P(G, "miss", "priya", "Please fetch error logs from edi-gateway for past 15 min", "2025-06-24 10:10", 300,
  "Please fetch warning logs from edi-gateway for past 15 min", "2025-06-24 10:11",
  "log level error vs warning = sibling -> miss.")
P(G, "partial", "priya", "Count of ReeferTempExcursion alerts yesterday please", "2025-06-24 10:20", 7200,
  "Count of ReeferTempExcursion alerts yesterday for North Quay only please", "2025-06-24 10:22",
  "whole port contains North Quay: nested (a filter no parser knows is still a filter) -> partial.")
P(G, "miss", "priya", "Please tell the number of rejected customs declarations since 9 am", "2025-06-24 11:00", 900,
  "Please tell the number of accepted customs declarations since 9 am", "2025-06-24 11:02",
  "rejected vs accepted = sibling status -> miss.")
# Ana, Tue 2025-08-19
P(G, "miss", "ana", "how many alerts did gate ocr fire last 3h", "2025-08-19 10:00", 900,
  "how many incidents did gate ocr have last 3h", "2025-08-19 10:02",
  "alerts vs incidents = different subject -> miss.")
P(G, "miss", "ana", "is haulier portal up in prod rn", "2025-08-19 10:10", 120,
  "is haulier portal up in staging rn", "2025-08-19 10:11",
  "prod vs staging sibling -> miss.")
P(G, "partial", "ana", "warn alerts for yard manager today", "2025-08-19 10:20", 1800,
  "warn alerts for yard manager and gate ocr today", "2025-08-19 10:22",
  "B's service set contains A's: nested -> partial.")
P(G, "partial", "ana", "avg memory of customs-bridge pods last 12h", "2025-08-19 10:30", 1800,
  "max memory of customs-bridge pods last 12h", "2025-08-19 10:31",
  "avg vs max = another statistic of the same series -> partial.")
P(G, "partial", "ana", "list deploys of billing this week", "2025-08-19 10:40", 3600,
  "how many deploys of billing this week", "2025-08-19 10:42",
  "list vs count = different intent, same data -> partial.")
P(G, "miss", "ana", "count 503 on haulier portal last 30 min", "2025-08-19 11:00", 300,
  "count 504 on haulier portal last 30 min", "2025-08-19 11:01",
  "503 vs 504 sibling codes -> miss.")
P(G, "partial", "ana", "crashlooping pods in landside ns now", "2025-08-19 11:10", 180,
  "crashlooping pods in landside ns now, but only the gate ocr ones", "2025-08-19 11:11",
  "landside ns holds gate-ocr and haulier-portal: nested -> partial.")
P(G, "partial", "ana", "reefer alarms from last night", "2025-08-19 11:20", 3600,
  "reefer alarms from last night, only critical ones", "2025-08-19 11:21",
  "all severities contains critical -> nested partial.")
P(G, "hit", "ana", "error logs of ais ingest since 2pm", "2025-08-19 16:00", 900,
  "error logs of vessel tracking since 2pm", "2025-08-19 16:02",
  "looks like a sibling service but 'vessel tracking' is a README alias of ais-ingest -> same question, hit.")
# Tom, Thu 2025-07-10
P(G, "miss", "tom", "How many incidents on the gate this week?", "2025-07-10 09:00", 3600,
  "How many incidents on the truck booking portal this week?", "2025-07-10 09:02",
  "gate-ocr vs haulier-portal: sibling services of the same team -> miss.")
P(G, "partial", "tom", "How many critical alerts did production have yesterday?", "2025-07-10 09:10", 86400,
  "Which service had the most critical alerts in production yesterday?", "2025-07-10 09:12",
  "count vs top/ranking over the same alerts -> partial.")
P(G, "miss", "tom", "Is crane telemetry reporting properly right now?", "2025-07-10 09:20", 300,
  "Is the reefer monitor reporting properly right now?", "2025-07-10 09:21",
  "different service (sibling) -> miss.")
P(G, "miss", "tom", "What's the trend in invoice generation errors over the last month?", "2025-07-10 09:30", 21600,
  "What's the trend in invoice generation latency over the last month?", "2025-07-10 09:35",
  "errors vs latency = different subject -> miss.")
P(G, "partial", "tom", "Which services paged us most this week?", "2025-07-10 09:40", 3600,
  "Which teams got paged most this week?", "2025-07-10 09:42",
  "same pages, ranked by team instead of by service: different grouping of the same data -> partial (README choice).")
P(G, "partial", "tom", "How many reefer alarms this morning?", "2025-07-10 11:00", 1800,
  "How many reefer alarms this morning on Nordline's boxes?", "2025-07-10 11:01",
  "customer filter Nordline nested inside all -> partial.")
P(G, "miss", "tom", "How is the EDI gateway doing in staging right now?", "2025-07-10 11:10", 120,
  "How is the EDI gateway doing outside staging right now?", "2025-07-10 11:11",
  "'outside staging' = complement -> miss.")
P(G, "partial", "tom", "What was the peak AIS ingest lag over the past 24 hours?", "2025-07-10 11:20", 1800,
  "What was the average AIS ingest lag over the past 24 hours?", "2025-07-10 11:21",
  "max vs avg of the same series -> partial.")
P(G, "partial", "tom", "How many customs declarations were rejected last week?", "2025-07-10 11:30", 7200,
  "What were the main reasons customs declarations got rejected last week?", "2025-07-10 11:35",
  "count vs top reasons over the same rejections = different intent -> partial.")
# Mei, Tue 2025-07-29
P(G, "miss", "mei", 'sum(rate(http_requests_total{service="haulier-portal",code=~"5.."}[5m])) last 1h', "2025-07-29 09:00", 600,
  'sum(rate(http_requests_total{service="haulier-portal",code=~"4.."}[5m])) last 1h', "2025-07-29 09:01",
  "5xx vs 4xx sibling code classes -> miss.")
P(G, "partial", "mei", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="customs-bridge"}[5m]))) last 30m', "2025-07-29 09:10", 300,
  'histogram_quantile(0.50, sum by (le) (rate(http_request_duration_seconds_bucket{service="customs-bridge"}[5m]))) last 30m', "2025-07-29 09:11",
  "p99 vs p50 = another statistic -> partial.")
P(G, "miss", "mei", '{namespace="integrations", app="edi-gateway"} |= "timeout"   last 1h', "2025-07-29 09:20", 600,
  '{namespace="integrations", app="edi-gateway"} != "timeout"   last 1h', "2025-07-29 09:21",
  "|= vs != : negated line filter = complement -> miss.")
P(G, "partial", "mei", 'count_over_time({app="gate-ocr"} | json | level="error" [24h])', "2025-07-29 09:30", 1800,
  '{app="gate-ocr"} | json | level="error"   over the last 24h', "2025-07-29 09:31",
  "count vs the log lines themselves = different intent over same data -> partial.")
P(G, "miss", "mei", 'ALERTS{alertstate="firing", severity="critical"} now', "2025-07-29 09:40", 120,
  'ALERTS{alertstate="pending", severity="critical"} now', "2025-07-29 09:41",
  "firing vs pending = sibling state -> miss.")
P(G, "partial", "mei", 'avg(container_memory_working_set_bytes{namespace="landside"}) last 6h', "2025-07-29 10:00", 900,
  'avg(container_memory_working_set_bytes{namespace="landside", app="gate-ocr"}) last 6h', "2025-07-29 10:01",
  "landside ns contains gate-ocr: nested -> partial.")
P(G, "miss", "mei", 'topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="vessel-ops"}[5m]))) now', "2025-07-29 10:10", 180,
  'topk(5, sum by (pod) (container_memory_working_set_bytes{namespace="vessel-ops"})) now', "2025-07-29 10:11",
  "cpu vs memory = different subject -> miss.")
P(G, "miss", "mei", 'kube_pod_status_ready{namespace="landside", condition="false"} right now', "2025-07-29 10:20", 120,
  'kube_pod_status_ready{namespace="landside", condition="true"} right now', "2025-07-29 10:21",
  "not ready vs ready complement -> miss.")
P(G, "partial", "mei", "sum(increase(reefer_alarm_total[24h]))", "2025-07-29 10:30", 1800,
  "sum by (terminal) (increase(reefer_alarm_total[24h]))", "2025-07-29 10:31",
  "total vs breakdown by terminal of the same series = different intent -> partial.")
# Jake, Thu 2025-06-12
P(G, "partial", "jake", "show crit alerts last 15m", "2025-06-12 01:00", 300,
  "show crit alerts last 15m on kht-prod-south only", "2025-06-12 01:01",
  "all clusters contains kht-prod-south: nested -> partial.")
P(G, "miss", "jake", "count gate ocr 5xx last hr", "2025-06-12 01:10", 600,
  "count gate ocr 4xx last hr", "2025-06-12 01:11",
  "5xx vs 4xx sibling -> miss.")
P(G, "miss", "jake", "tail customs-bridge errors last 10 min", "2025-06-12 01:20", 180,
  "tail edi-gateway errors last 10 min", "2025-06-12 01:21",
  "sibling service (same team, other app) -> miss.")
P(G, "partial", "jake", "deploys last 2h prod", "2025-06-12 01:40", 900,
  "failed deploys last 2h prod", "2025-06-12 01:41",
  "failed deploys are a subset of deploys: nested -> partial.")
P(G, "miss", "jake", "disk latency node kht-prod-north-07 last 1h", "2025-06-12 02:00", 600,
  "disk iops node kht-prod-north-07 last 1h", "2025-06-12 02:01",
  "disk latency vs disk IOPS = different quantity -> miss.")
P(G, "partial", "jake", "EDI alert count since 23:00", "2025-06-12 02:10", 900,
  "EDI alert list since 23:00", "2025-06-12 02:11",
  "count vs list -> partial.")
P(G, "miss", "jake", "incidents opened overnight", "2025-06-12 07:30", 3600,
  "incidents resolved overnight", "2025-06-12 07:31",
  "opened vs resolved = different event/state -> miss.")
P(G, "partial", "jake", "count restarts haulier-portal pods today", "2025-06-12 05:00", 600,
  "which haulier-portal pod restarted most today", "2025-06-12 05:01",
  "count vs top over same restarts -> partial.")
# Kirra, Wed 2025-08-20
P(G, "partial", "kirra", "How many crit alerts across the whole terminal since 6am?", "2025-08-20 10:00", 1800,
  "How many crit alerts since 6am, but just the ones that actually paged someone?", "2025-08-20 10:02",
  "paged alerts are a subset of all critical alerts: nested -> partial.")
P(G, "partial", "kirra", "Are the reefers all good right now?", "2025-08-20 10:10", 300,
  "Are the reefers on South Quay all good right now?", "2025-08-20 10:11",
  "whole port contains South Quay -> nested partial.")
P(G, "partial", "kirra", "What did berth planner solver timeouts look like over the last week?", "2025-08-20 10:20", 7200,
  "How many berth planner solver timeouts in total over the last week?", "2025-08-20 10:22",
  "trend vs total count of the same alerts -> partial.")
P(G, "miss", "kirra", "Can you pull up the list of incidents from yesterday for the yard?", "2025-08-20 10:30", 14400,
  "Can you pull up the list of deploys from yesterday for the yard?", "2025-08-20 10:31",
  "incidents vs deploys = different subject -> miss.")
P(G, "miss", "kirra", "How many trucks failed OCR at the gate in the last hour?", "2025-08-20 10:40", 600,
  "How many trucks passed OCR at the gate in the last hour?", "2025-08-20 10:41",
  "failed vs passed = complement -> miss.")
P(G, "miss", "kirra", "Anything deployed to staging this arvo?", "2025-08-20 15:00", 1800,
  "Anything deployed to prod this arvo?", "2025-08-20 15:01",
  "staging vs prod sibling -> miss.")
P(G, "miss", "kirra", "Median AIS ingest lag over the last 3 hours?", "2025-08-20 15:10", 900,
  "Median AIS message throughput over the last 3 hours?", "2025-08-20 15:11",
  "lag vs throughput = different measured quantity -> miss.")
P(G, "partial", "kirra", "Top 3 alerts by count this month?", "2025-08-20 15:20", 21600,
  "Top 10 alerts by count this month?", "2025-08-20 15:22",
  "top-3 is contained in top-10 of the same ranking -> partial (README choice).")
# Luis, Tue 2025-09-23
P(G, "partial", "luis", "how much errors have customs bridge in last 1 hour", "2025-09-23 09:00", 600,
  "how much errors have customs bridge in last 1 hour on /declarations/status", "2025-09-23 09:01",
  "all endpoints contains /declarations/status: nested -> partial.")
P(G, "miss", "luis", '{app="edi-gateway"} |= "BAPLIE" |= "rejected"  last 2h', "2025-09-23 09:10", 900,
  '{app="edi-gateway"} |= "COPRAR" |= "rejected"  last 2h', "2025-09-23 09:11",
  "BAPLIE vs COPRAR sibling message types -> miss.")
P(G, "miss", "luis", "the EDIQueueBacklog alert, is firing now?", "2025-09-23 09:20", 120,
  "the CustomsBridgeRejectSpike alert, is firing now?", "2025-09-23 09:21",
  "different alertname (sibling) -> miss.")
P(G, "partial", "luis", "p90 latency for /declarations/submit last 30 minutes", "2025-09-23 09:30", 300,
  "p90 latency for /declarations/submit last 30 minutes, only requests from Nordline", "2025-09-23 09:31",
  "customer filter nested inside all -> partial.")
P(G, "partial", "luis", "top 5 customs endpoints by 5xx today", "2025-09-23 14:00", 1800,
  "top 5 customs endpoints by 5xx today, in the DR cluster", "2025-09-23 14:01",
  "all clusters contains kht-dr: nested -> partial.")
P(G, "miss", "luis", "memory of edi pods in staging, last 24 hours", "2025-09-23 14:10", 1800,
  "cpu of edi pods in staging, last 24 hours", "2025-09-23 14:11",
  "memory vs cpu -> miss.")
P(G, "partial", "luis", "how many messages EDI processed since 8 in the morning?", "2025-09-23 12:00", 900,
  "how many BAPLIE messages EDI processed since 8 in the morning?", "2025-09-23 12:01",
  "all message types contains BAPLIE: nested -> partial.")
P(G, "partial", "luis", "CraneTelemetryStale count last 6h", "2025-09-23 15:00", 900,
  "CraneTelemetryStale count last 6h only for the RTGs", "2025-09-23 15:01",
  "all cranes contains RTG yard cranes: nested -> partial.")
P(G, "hit", "luis", "p95 of /tariffs/quote latency last 1h", "2025-09-23 15:10", 600,
  "95th percentile latency of the tariff quote endpoint, last hour", "2025-09-23 15:12",
  "looks like endpoint/statistic change but p95 = 95th percentile and 'tariff quote endpoint' = /tariffs/quote -> hit.")

# =====================================================================
# TIME (50) - same substance, the range or the freshness changes
# first 30 ordinary days, then 20 on 2025 DST-transition days
# =====================================================================
G = "time"
P(G, "partial", "rutger", "crit alerts last 24h", "2025-05-14 10:00", 1800,
  "crit alerts today", "2025-05-14 10:05",
  "rolling vs calendar: [May13 10:00, 10:00] vs [00:00, 10:05]; overlap 100% of shorter, ratio 2.4; start differs 14h -> partial.")
P(G, "partial", "rutger", "deploys prod this week", "2025-05-14 16:00", 1800,
  "deploys prod last 7d", "2025-05-14 16:10",
  "this week from Mon 00:00 = 64h vs rolling 168h: overlap 100%, ratio 2.6, starts differ 3.5 d -> partial.")
P(G, "partial", "priya", "Kindly tell the count of critical alerts for yesterday.", "2025-06-10 10:00", 3600,
  "Kindly once again, yesterday's critical alert count?", "2025-06-10 18:00",
  "same range (Jun 9 IST) but 8h later > TTL 1h -> stale same question -> partial.")
P(G, "miss", "priya", "Kindly tell the count of critical alerts for yesterday.", "2025-06-10 23:50", 3600,
  "Sorry, again - count of critical alerts for yesterday please.", "2025-06-11 00:10",
  "midnight crossed: 'yesterday' moves from Jun 9 to Jun 10, overlap 0; calendar question, not rolling -> miss.")
P(G, "partial", "ana", "how many alerts from gate ocr in the last hour", "2025-08-05 14:00", 900,
  "alerts gate ocr last hour how many?", "2025-08-05 14:12",
  "same rolling question, 12 min later: fresh (TTL 15 min) but shift 12 min > 9 min tolerance; overlap 80% -> partial.")
P(G, "miss", "ana", "how many alerts from gate ocr in the last hour", "2025-08-05 14:00", 900,
  "alerts gate ocr last hour how many?", "2025-08-05 16:30",
  "2.5h later: ranges do not overlap and TTL expired, so rule-3 exception does not apply -> miss.")
P(G, "partial", "ana", "haulier portal up rn?", "2025-08-05 09:00", 600,
  "is haulier portal up now?", "2025-08-05 09:08",
  "now ranges [08:55,09:00] vs [09:03,09:08] do not overlap, but same 'now' question re-asked while fresh (8 min < 10) -> partial.")
P(G, "miss", "ana", "haulier portal up rn?", "2025-08-05 09:00", 120,
  "is haulier portal up now?", "2025-08-05 09:08",
  "same as previous but TTL 2 min expired, no overlap -> miss.")
P(G, "hit", "tom", "How many incidents since 9am?", "2025-06-18 11:00", 1800,
  "Incidents since 08:00 UTC - how many?", "2025-06-18 11:05",
  "London is BST (+01:00) in June: 9am local = 08:00 UTC, same start -> hit.")
P(G, "partial", "tom", "How many incidents since 9am?", "2025-06-18 11:00", 1800,
  "How many incidents since 9am UTC?", "2025-06-18 11:05",
  "9am UTC = 10:00 BST: [09:00,11:00] vs [10:00,11:05]; overlap 92% of shorter; start off 60 min > 10 min -> partial.")
P(G, "hit", "mei", "crit alerts between 10:00 and 12:00", "2025-07-22 13:00", 3600,
  "crit alerts between 02:00 and 04:00 UTC", "2025-07-22 13:10",
  "Singapore +08:00: 10-12 SGT = 02-04 UTC same day -> hit.")
P(G, "partial", "mei", "crit alerts between 10:00 and 12:00", "2025-07-22 13:00", 3600,
  "crit alerts between 11:30 and 13:00", "2025-07-22 13:05",
  "shifted clock range: overlap 30 min / shorter 90 min = 33% >= 25% -> partial.")
P(G, "miss", "mei", "crit alerts between 10:00 and 12:00", "2025-07-22 13:00", 3600,
  "crit alerts between 11:45 and 13:00", "2025-07-22 13:06",
  "overlap 15 min / shorter 75 min = 20% < 25% -> miss.")
P(G, "partial", "jake", "5xx gate ocr last 24h", "2025-06-03 08:00", 3600,
  "5xx gate ocr last 30 days", "2025-06-03 08:10",
  "24h vs 720h: ratio 30 <= 31, overlap 100% of shorter -> partial.")
P(G, "miss", "jake", "5xx gate ocr last hour", "2025-06-03 08:20", 3600,
  "5xx gate ocr last 7 days", "2025-06-03 08:21",
  "1h vs 168h: lengths differ 168x > 31x -> miss.")
P(G, "hit", "jake", "incidents overnight", "2025-06-03 07:00", 3600,
  "incidents since 10pm yesterday", "2025-06-03 07:05",
  "[22:00,06:00] 8h vs [22:00,07:05]: same start, end +65 min <= 72 min (15% of 8h) -> hit.")
P(G, "miss", "jake", "deploys today", "2025-06-04 23:55", 1800,
  "deploys today", "2025-06-05 00:05",
  "midnight: 'today' becomes Jun 5 [00:00,00:05], no overlap with Jun 4; calendar, not rolling -> miss.")
P(G, "hit", "jake", "deploys last 24h", "2025-06-04 23:55", 1800,
  "deploys in the past day", "2025-06-05 00:05",
  "rolling 24h across midnight: 10 min shift << 3.6h, fresh -> hit.")
P(G, "partial", "kirra", "How many alerts did we get over the weekend?", "2025-08-11 08:30", 7200,
  "How many alerts since Friday 6pm?", "2025-08-11 08:40",
  "weekend = [Sat 00:00, Mon 00:00] 48h vs [Fri 18:00, Mon 08:40]: overlap 100%, start 30h off -> partial.")
P(G, "hit", "kirra", "How many alerts did we get over the weekend?", "2025-08-11 08:30", 7200,
  "Alert count for Saturday and Sunday?", "2025-08-11 08:35",
  "asked on Monday: weekend = Sat+Sun, identical range -> hit.")
P(G, "miss", "kirra", "Any reefer alarms this morning?", "2025-08-13 11:00", 3600,
  "Any reefer alarms this arvo?", "2025-08-13 15:00",
  "[06:00,11:00] vs [12:00,15:00]: no overlap (and stale) -> miss.")
P(G, "hit", "kirra", "Any reefer alarms this morning?", "2025-08-13 13:00", 7200,
  "reefer alarms between 6 and 12 today?", "2025-08-13 13:30",
  "asked after noon: this morning = [06:00,12:00] = the clock range -> hit.")
P(G, "partial", "luis", "customs 5xx last month", "2025-09-16 10:00", 21600,
  "customs 5xx this month", "2025-09-16 10:30",
  "30d rolling vs [Sep 1 00:00, now] 15.4d: overlap 100%, ratio 1.9 -> partial.")
P(G, "partial", "luis", "edi errors since 8 am", "2025-09-16 12:00", 1800,
  "edi errors since 8 am Eastern", "2025-09-16 12:05",
  "8am ET = 5am PT: [08:00,12:00] vs [05:00,12:05]; overlap 100% of shorter, start 3h off -> partial.")
P(G, "miss", "luis", "edi errors from 2am to 4am", "2025-09-16 09:00", 3600,
  "edi errors from 2am to 4am", "2025-09-17 09:10",
  "clock range with no day = today: Sep 16 vs Sep 17 windows, no overlap, stale -> miss.")
P(G, "hit", "rutger", "warn alerts stg since Apr 20", "2025-05-14 12:00", 3600,
  "warn alerts stg last 4 weeks", "2025-05-14 12:05",
  "[Apr 20 00:00, May14 12:00] 24.5d vs 28d rolling: start 3.5d off <= 15% of 24.5d (3.7d) -> hit.")
P(G, "partial", "priya", "Please count alerts of the yard this week.", "2025-06-16 09:00", 3600,
  "Please count alerts of the yard last week.", "2025-06-16 09:05",
  "asked Monday: this week = 9h, last week = rolling 7d; ratio 18.7, overlap 100% -> partial.")
P(G, "partial", "tom", "How many critical alerts this quarter?", "2025-07-03 10:00", 7200,
  "How many critical alerts last month?", "2025-07-03 10:10",
  "this quarter from Jul 1 = 58h vs 720h: ratio 12.4, overlap 100% -> partial.")
P(G, "partial", "mei", "max(ais_ingest_lag_seconds) last 6h", "2025-07-22 15:00", 900,
  "max AIS ingest lag over the last 6 hours", "2025-07-22 15:40",
  "ranges match (40 min shift < 54 min) but 40 min > TTL 15 min: stale -> partial.")
P(G, "hit", "ana", "gate ocr alerts yesterday", "2025-08-05 10:00", 86400,
  "gate ocr alerts on monday", "2025-08-05 15:00",
  "asked Tuesday Aug 5: yesterday = Monday Aug 4 -> same range, fresh -> hit.")
# ---- 20 pairs on 2025 DST-transition days in the asker's zone ----
P(G, "partial", "rutger", "crit alerts today, how many", "2025-03-30 04:00", 900,
  "count crit alerts last 4h", "2025-03-30 04:02",
  "DST Amsterdam spring-forward: today = [23:00Z,02:00Z] = 3h real; last 4h starts 22:02Z; 58 min off > 27 min -> partial (wall-clock would say hit).")
P(G, "hit", "rutger", "how many crit alerts so far today", "2025-03-30 04:10", 900,
  "crit alerts last 3h, count", "2025-03-30 04:11",
  "DST Amsterdam spring-forward: today = 3h10 real [23:00Z,02:10Z]; last 3h [23:11Z,02:11Z]; 11 min <= 27 min -> hit.")
P(G, "hit", "rutger", "alert count between 01:00 and 04:00", "2025-10-26 04:05", 1800,
  "alert count last 4h", "2025-10-26 04:06",
  "DST Amsterdam fall-back: 01:00 CEST-04:00 CET = [23:00Z,03:00Z] 4h real; last 4h [23:06Z,03:06Z] -> hit.")
P(G, "hit", "rutger", "pod restarts ns yard today", "2025-10-26 06:00", 900,
  "restarts in yard namespace, past 7h", "2025-10-26 06:01",
  "DST Amsterdam fall-back: today = [22:00Z,05:00Z] = 7h real (25h day) -> last 7h matches within 1 min -> hit.")
P(G, "partial", "tom", "How many incidents since midnight?", "2025-03-30 06:00", 1800,
  "And over the last six hours, how many incidents?", "2025-03-30 06:01",
  "DST London spring-forward: since midnight = [00:00Z,05:00Z] 5h; last 6h starts 23:01Z; 59 min > 45 min -> partial.")
P(G, "hit", "tom", "How many incidents since 9am?", "2025-03-30 11:00", 1800,
  "Incidents since 08:00 UTC, how many?", "2025-03-30 11:04",
  "DST London: 9am on Mar 30 is already BST (+01:00) = 08:00Z -> same start -> hit.")
P(G, "miss", "tom", "How many incidents today?", "2025-03-30 23:50", 1800,
  "Incident count for today?", "2025-03-31 00:10",
  "DST London day (23h): at 00:10 'today' is Mar 31, no overlap with Mar 30; calendar question -> miss.")
P(G, "partial", "tom", "How many incidents since midnight?", "2025-10-26 05:00", 1800,
  "Incidents in the past 5 hours?", "2025-10-26 05:01",
  "DST London fall-back: since midnight = [23:00Z,05:00Z] 6h real; last 5h starts 00:01Z; 61 min > 45 min -> partial.")
P(G, "hit", "jake", "list pages overnight", "2025-03-09 07:00", 3600,
  "list pages 03:00-10:00 UTC", "2025-03-09 07:05",
  "DST New York spring-forward: 22:00 EST = 03:00Z, 06:00 EDT = 10:00Z (7h night) -> same range -> hit.")
P(G, "partial", "jake", "count 5xx gate-ocr between 1am and 4am", "2025-03-09 04:02", 900,
  "count 5xx gate-ocr last 3h", "2025-03-09 04:03",
  "DST New York: 1am EST-4am EDT = [06:00Z,08:00Z] 2h; last 3h [05:03Z,08:03Z]; 57 min off > 18 min -> partial.")
P(G, "partial", "jake", "page count last 30 min", "2025-03-09 01:50", 1800,
  "page count past 30m", "2025-03-09 03:10",
  "DST New York: 01:50 EST -> 03:10 EDT is 20 min real: fresh; overlap 33%, shift 20 min > 5 min -> rolling re-ask while fresh -> partial.")
P(G, "partial", "jake", "count alerts from midnight to 3am", "2025-11-02 03:04", 600,
  "alert count last 3h", "2025-11-02 03:05",
  "DST New York fall-back: 00:00 EDT-03:00 EST = [04:00Z,08:00Z] 4h; last 3h starts 05:05Z; 65 min > 27 min -> partial.")
P(G, "hit", "jake", "list alerts midnight to 3am", "2025-11-02 03:06", 600,
  "list alerts last 4 hours", "2025-11-02 03:07",
  "DST New York fall-back: window is 4h real [04:00Z,08:00Z]; last 4h [04:07Z,08:07Z] -> hit.")
P(G, "hit", "luis", "customs errors from midnight to 3am", "2025-11-02 08:00", 3600,
  "customs 5xx between 07:00 and 11:00 UTC", "2025-11-02 08:05",
  "DST Los Angeles fall-back: 00:00 PDT = 07:00Z, 03:00 PST = 11:00Z; errors=5xx -> hit.")
P(G, "partial", "luis", "customs errors today how much", "2025-11-02 05:00", 900,
  "customs errors last 5 hours", "2025-11-02 05:01",
  "DST Los Angeles fall-back: today = [07:00Z,13:00Z] 6h real; last 5h starts 08:01Z; 61 min > 45 min -> partial.")
P(G, "miss", "luis", "customs errors last hour", "2025-11-02 00:50", 7200,
  "customs errors last hour", "2025-11-02 02:05",
  "DST Los Angeles: 00:50 PDT -> 02:05 PST is 2h15 real > TTL 2h; ranges disjoint -> miss (wall clock would say fresh).")
P(G, "partial", "kirra", "Any reefer alarms between 1am and 4am?", "2025-04-06 04:10", 1800,
  "Reefer alarms in the last 3 hours?", "2025-04-06 04:11",
  "DST Sydney fall-back: 1am AEDT-4am AEST = [14:00Z,18:00Z] 4h; last 3h starts 15:11Z; 71 min > 27 min -> partial.")
P(G, "hit", "kirra", "Any reefer alarms between 1am and 4am?", "2025-04-06 04:20", 1800,
  "Reefer alarms over the past 4 hours?", "2025-04-06 04:21",
  "DST Sydney fall-back: window 4h real; last 4h [14:21Z,18:21Z]; 21 min <= 36 min -> hit.")
P(G, "partial", "kirra", "Crit alerts since midnight?", "2025-10-05 05:00", 1800,
  "Crit alerts in the past 5 hours?", "2025-10-05 05:02",
  "DST Sydney spring-forward: since midnight = [14:00Z,18:00Z] 4h real; last 5h starts 13:02Z; 58 min > 36 min -> partial.")
P(G, "hit", "kirra", "How many crit alerts since midnight?", "2025-10-05 05:10", 1800,
  "Crit alerts last 4h?", "2025-10-05 05:11",
  "DST Sydney spring-forward: since midnight = 4h10 real; last 4h [14:11Z,18:11Z]; 11 min -> hit.")

# =====================================================================
# SCOPE (50) - filters no parser could know (see README table)
# =====================================================================
G = "scope"
# Rutger, Wed 2025-11-12
P(G, "miss", "rutger", "alerts for team landside last 24h, count", "2025-11-12 10:00", 900,
  "alerts for team quayside last 24h, count", "2025-11-12 10:01",
  "sibling teams -> miss.")
P(G, "partial", "rutger", "alerts for team landside last 24h, count", "2025-11-12 10:10", 900,
  "gate-ocr alerts last 24h, count", "2025-11-12 10:11",
  "landside owns gate-ocr + haulier-portal: nested -> partial.")
P(G, "miss", "rutger", "haulier portal 5xx in eu-west-1 last hour", "2025-11-12 10:20", 600,
  "haulier portal 5xx in eu-central-1 last hour", "2025-11-12 10:21",
  "sibling regions -> miss.")
P(G, "hit", "rutger", "haulier portal 5xx primary region last hour", "2025-11-12 10:30", 600,
  "haulier portal 5xx eu-west-1 last hour", "2025-11-12 10:31",
  "primary region = eu-west-1 (README): equal scope -> hit.")
P(G, "partial", "rutger", "nodes above 80% cpu on kht-prod-north now", "2025-11-12 10:40", 120,
  "nodes above 90% cpu on kht-prod-north now", "2025-11-12 10:41",
  ">90% is contained in >80%: nested threshold -> partial.")
P(G, "miss", "rutger", "nodes above 80% cpu on kht-prod-north now", "2025-11-12 10:50", 120,
  "nodes below 80% cpu on kht-prod-north now", "2025-11-12 10:51",
  "above vs below the same threshold = complement -> miss.")
# Priya, Wed 2025-12-03
P(G, "miss", "priya", "Kindly count customs declarations rejected for Nordline today.", "2025-12-03 11:00", 900,
  "Kindly count customs declarations rejected for Coral Star Lines today.", "2025-12-03 11:02",
  "sibling customers -> miss.")
P(G, "partial", "priya", "Kindly count customs declarations rejected for Nordline today.", "2025-12-03 11:10", 900,
  "Kindly count customs declarations rejected today, for all shipping lines.", "2025-12-03 11:12",
  "all lines contains Nordline: nested -> partial.")
P(G, "miss", "priya", "Please show p95 latency of /declarations/submit for last hour.", "2025-12-03 11:20", 600,
  "Please show p95 latency of /declarations/status for last hour.", "2025-12-03 11:21",
  "sibling endpoints -> miss.")
P(G, "hit", "priya", "Kindly show alerts owned by team bridgework in last 6 hours.", "2025-12-03 11:30", 900,
  "Kindly show alerts of customs bridge and EDI gateway in last 6 hours.", "2025-12-03 11:32",
  "bridgework owns exactly customs-bridge + edi-gateway (README): equal scope -> hit.")
P(G, "hit", "priya", "Please list reefers with temperature deviation more than 2 degrees at present.", "2025-12-03 11:40", 300,
  "Kindly list cold boxes deviating above 2 C from setpoint now.", "2025-12-03 11:41",
  "cold boxes = reefers; same threshold; now -> hit.")
P(G, "partial", "priya", "Please list reefers with temperature deviation more than 2 degrees at present.", "2025-12-03 11:50", 300,
  "Please list reefers with temperature deviation more than 5 degrees at present.", "2025-12-03 11:51",
  ">5 is contained in >2: nested threshold -> partial.")
P(G, "partial", "priya", "Kindly count yard boxes with dwell time above 7 days today.", "2025-12-03 12:00", 1800,
  "Kindly count yard boxes with dwell time above 10 days today.", "2025-12-03 12:02",
  "dwell >10d contained in >7d: nested threshold (not a time range) -> partial.")
# Ana, Tue 2025-10-14
P(G, "miss", "ana", "5xx on /api/bookings last hour", "2025-10-14 10:00", 600,
  "5xx on /api/slots last hour", "2025-10-14 10:01",
  "sibling endpoints of haulier-portal -> miss.")
P(G, "miss", "ana", "haulier portal 5xx for Bramwell Haulage last 1h", "2025-10-14 10:10", 600,
  "haulier portal 5xx for Ostend Express last 1h", "2025-10-14 10:11",
  "sibling tenants -> miss.")
P(G, "partial", "ana", "haulier portal 5xx for Bramwell Haulage last 1h", "2025-10-14 10:20", 600,
  "haulier portal 5xx all hauliers last 1h", "2025-10-14 10:21",
  "all tenants contains Bramwell: nested -> partial.")
P(G, "partial", "ana", "gate lanes 1 to 4 ocr fails last 3h", "2025-10-14 10:30", 900,
  "gate lane 3 ocr fails last 3h", "2025-10-14 10:31",
  "lane 3 is inside lanes 1-4: nested -> partial.")
P(G, "miss", "ana", "gate lanes 1 to 4 ocr fails last 3h", "2025-10-14 10:40", 900,
  "gate lanes 5 to 8 ocr fails last 3h", "2025-10-14 10:41",
  "disjoint sibling lane groups -> miss.")
P(G, "hit", "ana", "in-gate ocr fails last 3h", "2025-10-14 10:50", 900,
  "ocr fails lanes 1-4 last 3h", "2025-10-14 10:52",
  "in-gate = lanes 1-4 (README): equal scope -> hit.")
# Tom, Thu 2025-11-20
P(G, "miss", "tom", "How many incidents for South Quay this week?", "2025-11-20 09:00", 3600,
  "How many incidents for North Quay this week?", "2025-11-20 09:02",
  "sibling terminals -> miss.")
P(G, "hit", "tom", "How many incidents for North Quay this week?", "2025-11-20 09:10", 3600,
  "How many incidents for T1 this week?", "2025-11-20 09:12",
  "T1 = North Quay (README) -> hit.")
P(G, "partial", "tom", "How many incidents across the whole port this week?", "2025-11-20 09:20", 3600,
  "How many North Quay incidents this week?", "2025-11-20 09:22",
  "port contains North Quay: nested -> partial.")
P(G, "partial", "tom", "How many Nordline containers had reefer alarms yesterday?", "2025-11-20 09:30", 14400,
  "How many Nordline and Coral Star containers had reefer alarms yesterday?", "2025-11-20 09:33",
  "B's customer set contains A's: nested -> partial.")
P(G, "partial", "tom", "How many incidents lasted longer than 30 minutes this month?", "2025-11-20 09:40", 7200,
  "How many incidents lasted longer than 2 hours this month?", "2025-11-20 09:42",
  ">2h contained in >30min: nested threshold -> partial.")
P(G, "miss", "tom", "How many incidents lasted longer than 30 minutes this month?", "2025-11-20 09:50", 7200,
  "How many incidents were shorter than 30 minutes this month?", "2025-11-20 09:52",
  "longer vs shorter than the same threshold = complement -> miss.")
P(G, "miss", "tom", "How many of Nordline's containers went past demurrage free time this week?", "2025-11-20 10:00", 3600,
  "How many of Nordline's containers are still within demurrage free time this week?", "2025-11-20 10:02",
  "past vs within free time = complement -> miss.")
# Mei, Wed 2025-10-08
P(G, "miss", "mei", 'sum(rate(http_requests_total{service="billing-tariff",endpoint="/tariffs/quote",code=~"5.."}[5m])) last 1h', "2025-10-08 09:00", 600,
  'sum(rate(http_requests_total{service="billing-tariff",endpoint="/invoices/generate",code=~"5.."}[5m])) last 1h', "2025-10-08 09:01",
  "sibling endpoints -> miss.")
P(G, "miss", "mei", 'sum(rate(http_requests_total{service="customs-bridge",tenant="kestrel-brokers"}[5m])) last 1h', "2025-10-08 09:10", 600,
  'sum(rate(http_requests_total{service="customs-bridge",tenant!="kestrel-brokers"}[5m])) last 1h', "2025-10-08 09:11",
  "= vs != on tenant = complement -> miss.")
P(G, "partial", "mei", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="haulier-portal",region="eu-west-1"}[5m]))) last 1h', "2025-10-08 09:20", 600,
  'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="haulier-portal"}[5m]))) last 1h', "2025-10-08 09:21",
  "all regions contains eu-west-1: nested -> partial.")
P(G, "partial", "mei", "count(reefer_setpoint_deviation_celsius > 3) now", "2025-10-08 09:30", 120,
  "count(abs(reefer_setpoint_deviation_celsius) > 3) now", "2025-10-08 09:31",
  "abs() adds the too-cold side: A's set is contained in B's -> nested partial.")
P(G, "partial", "mei", '{app="gate-ocr", lane="7"} | json | level="error"   last 30m', "2025-10-08 09:40", 300,
  '{app="gate-ocr", lane=~"7|8"} | json | level="error"   last 30m', "2025-10-08 09:41",
  "lane 7 contained in lanes 7|8: nested -> partial.")
P(G, "miss", "mei", 'sum(rate(ais_messages_ingested_total{source="terrestrial"}[5m])) last 1h', "2025-10-08 09:50", 600,
  'sum(rate(ais_messages_ingested_total{source="satellite"}[5m])) last 1h', "2025-10-08 09:51",
  "sibling AIS sources -> miss.")
# Jake, Tue 2025-12-09
P(G, "miss", "jake", "alerts for team hoist last 12h", "2025-12-09 01:00", 900,
  "alerts for team coldchain last 12h", "2025-12-09 01:01",
  "sibling teams -> miss.")
P(G, "hit", "jake", "alerts for team hoist last 12h", "2025-12-09 01:10", 900,
  "crane-telemetry alerts last 12h", "2025-12-09 01:12",
  "hoist owns only crane-telemetry (README): equal scope -> hit.")
P(G, "partial", "jake", "requests slower than 2s on /api/bookings last 1h", "2025-12-09 01:20", 600,
  "requests slower than 5s on /api/bookings last 1h", "2025-12-09 01:21",
  ">5s contained in >2s: nested -> partial.")
P(G, "miss", "jake", "requests slower than 2s on /api/bookings last 1h", "2025-12-09 01:30", 600,
  "requests faster than 2s on /api/bookings last 1h", "2025-12-09 01:31",
  "slower vs faster than the same threshold = complement -> miss.")
P(G, "hit", "jake", "5xx on DR cluster last hour", "2025-12-09 01:40", 600,
  "5xx on kht-dr last hour", "2025-12-09 01:42",
  "DR cluster = kht-dr (README) -> hit.")
P(G, "miss", "jake", "5xx on DR cluster last hour", "2025-12-09 01:50", 600,
  "5xx on both prod clusters last hour", "2025-12-09 01:51",
  "kht-dr vs kht-prod-north+south: disjoint siblings -> miss.")
# Kirra, Wed 2025-11-26
P(G, "partial", "kirra", "How many Coral Star reefers are alarming on South Quay right now?", "2025-11-26 10:00", 300,
  "How many Coral Star reefers are alarming anywhere right now?", "2025-11-26 10:01",
  "anywhere contains South Quay: nested -> partial.")
P(G, "miss", "kirra", "Any AIS gaps for feeder vessels in the last 6 hours?", "2025-11-26 10:10", 900,
  "Any AIS gaps for deep-sea vessels in the last 6 hours?", "2025-11-26 10:11",
  "sibling vessel classes -> miss.")
P(G, "partial", "kirra", "Show me Nordline's berth windows this week", "2025-11-26 10:20", 3600,
  "Show me the berth windows for Nordline's Atlantic loop this week", "2025-11-26 10:22",
  "Atlantic loop is one of Nordline's services: nested -> partial.")
P(G, "partial", "kirra", "How many box moves were delayed today?", "2025-11-26 10:30", 1800,
  "How many hazmat box moves were delayed today?", "2025-11-26 10:32",
  "hazmat (IMDG) moves are a subset: nested -> partial.")
P(G, "miss", "kirra", "Alerts on the quay cranes in the last 24 hours?", "2025-11-26 10:40", 1800,
  "Alerts on the yard cranes in the last 24 hours?", "2025-11-26 10:41",
  "quay cranes (STS) vs yard cranes (RTG): sibling equipment -> miss.")
P(G, "partial", "kirra", "Alerts on STS-04 in the last 24 hours?", "2025-11-26 10:50", 1800,
  "Alerts on all the STS cranes in the last 24 hours?", "2025-11-26 10:51",
  "STS-04 inside all STS: nested -> partial.")
# Luis, Tue 2025-10-21
P(G, "miss", "luis", "customs bridge 5xx for tenant kestrel-brokers last 2h", "2025-10-21 09:00", 900,
  "customs bridge 5xx for tenant dockside-clearing last 2h", "2025-10-21 09:01",
  "sibling tenants -> miss.")
P(G, "miss", "luis", "customs bridge 5xx for all brokers except kestrel-brokers, last 2h", "2025-10-21 09:10", 900,
  "customs bridge 5xx for kestrel-brokers, last 2h", "2025-10-21 09:11",
  "'except X' vs X = complement -> miss.")
P(G, "partial", "luis", "customs declarations stuck more than 1 hour, right now", "2025-10-21 09:20", 300,
  "customs declarations stuck more than 15 minutes, right now", "2025-10-21 09:21",
  "stuck >1h contained in stuck >15m: nested threshold -> partial.")
P(G, "hit", "luis", "p95 latency of /release-notes endpoint last 1h", "2025-10-21 09:30", 600,
  "p95 latency release notes API of customs bridge, last hour", "2025-10-21 09:32",
  "'release notes API' = /release-notes of customs-bridge -> hit.")
P(G, "partial", "luis", "EDI messages from Halden Feeder last 24h", "2025-10-21 09:40", 1800,
  "EDI messages from Halden Feeder and Pacifica last 24h", "2025-10-21 09:42",
  "B's sender set contains A's: nested -> partial.")
P(G, "miss", "luis", "EDI messages through the AS2 channel last 24h", "2025-10-21 09:50", 1800,
  "EDI messages through the SFTP channel last 24h", "2025-10-21 09:51",
  "sibling channels -> miss.")


def main():
    out = []
    pos = {}
    for i, p in enumerate(PAIRS, 1):
        name, style, tz = VOICES[p["voice"]]
        pos[p["group"]] = pos.get(p["group"], 0) + 1
        split = "dev15" if pos[p["group"]] % 2 == 1 else "test15"
        out.append({
            "id": f"p15-{i:04d}",
            "group": p["group"],
            "split": split,
            "expect": p["expect"],
            "a": {"q": p["aq"], "at": iso(p["a_at"], tz), "tz": tz, "ttl": p["ttl"]},
            "b": {"q": p["bq"], "at": iso(p["b_at"], tz), "tz": tz},
            "note": f"{name} ({style}, {tz}): {p['note']}",
        })
    with open("pairs.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs to pairs.jsonl")


if __name__ == "__main__":
    main()
