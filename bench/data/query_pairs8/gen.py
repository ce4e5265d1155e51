#!/usr/bin/env python3
"""Hand-written answer-cache test pairs for the "Tramline" transport/ticketing operator.

Every question, label and note below is written literally by hand.
The script only: converts local wall times to ISO 8601 with the real UTC
offset (zoneinfo), refusing wall times that fall in a DST gap or fold;
assigns ids; assigns splits (alternating dev8/test8 inside each group).
"""
import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

MAD = "Europe/Madrid"
BER = "Europe/Berlin"
LON = "Europe/London"
LIS = "Europe/Lisbon"
VIE = "Europe/Vienna"
NYC = "America/New_York"
TYO = "Asia/Tokyo"
MEL = "Australia/Melbourne"

GROUP_SLUG = {
    "paraphrase": "paraphrase", "asked_later": "later", "relative_vs_absolute": "relabs",
    "filter_refinement": "refine", "range_length": "rangelen", "shifted_range": "shift",
    "expired_ttl": "expired", "different_filter": "difffilter", "negation": "negation",
    "different_subject": "diffsubj", "different_intent": "diffintent", "time_zones": "tz",
    "unrelated": "unrelated", "hard_negatives": "hardneg",
}

PAIRS = []


def iso(local, tz):
    """'2026-04-14 10:00' in zone tz -> ISO string with the real offset.
    Refuses wall times that do not exist (DST gap) or exist twice (DST fold)."""
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    z = ZoneInfo(tz)
    d0 = naive.replace(tzinfo=z, fold=0)
    d1 = naive.replace(tzinfo=z, fold=1)
    back = d0.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None)
    if back != naive:
        raise ValueError(f"{local} does not exist in {tz} (DST gap)")
    if d0.utcoffset() != d1.utcoffset():
        raise ValueError(f"{local} is ambiguous in {tz} (DST fold)")
    return d0.isoformat()


def P(group, expect, tz, a_at, ttl, a_q, b_at, b_q, note, btz=None):
    PAIRS.append(dict(group=group, expect=expect, tz=tz, a_at=a_at, ttl=ttl, a_q=a_q,
                      b_at=b_at, b_q=b_q, note=note, btz=btz or tz))

# ---------------------------------------------------------------- paraphrase (50: 50 hit)
G = "paraphrase"
P(G, "hit", MAD, "2026-04-14 10:00", 1800,
  "How many critical alerts fired for fare-api in prod in the last 24 hours?",
  "2026-04-14 10:07",
  "Over the past day, what's the count of crit-severity alerts raised by the fare API in production?",
  "Same count/alerts/critical/fare-api/prod. A [04-13 10:00, 04-14 10:00], B [04-13 10:07, 04-14 10:07]; shift 7 min <= tol 3.6 h; age 7 min < ttl 30 min.")
P(G, "hit", BER, "2026-04-14 09:12", 600,
  "p99 fare-api 1h?",
  "2026-04-14 09:15",
  "What was the 99th-percentile response time of the fare API across the past sixty minutes?",
  "p99 latency of fare-api, 1 h rolling both. Shift 3 min <= tol max(9,5)=9 min; age 3 min < 10 min.")
P(G, "hit", LON, "2026-04-15 13:20", 1800,
  "Graph inbound bps on ae0 of core-sw-hbf-01 over the last 6 hours.",
  "2026-04-15 13:31",
  "Traffic coming into the ae0 bundle on core-sw-hbf-01: rx throughput for the previous six hours, please.",
  "Inbound (rx) traffic on the same interface, trend over 6 h. Shift 11 min <= tol 54 min; age 11 min < 30 min.")
P(G, "hit", LON, "2026-04-16 08:40", 3600,
  "How many card top-ups failed yesterday?",
  "2026-04-16 09:05",
  "For yesterday, what's the number of top-up payments that didn't go through?",
  "Both 'yesterday' = 2026-04-15 00:00-24:00 Europe/London, identical ranges; count of failed top-ups; age 25 min < 60 min.")
P(G, "hit", BER, "2026-04-15 11:00", 3600,
  "Which deploys have we this week to the journey planner in staging made?",
  "2026-04-15 11:20",
  "List jp-router deployments to stg since Monday.",
  "Journey planner = jp-router, stg = staging. 'this week' and 'since Monday' both start Mon 04-13 00:00; ends differ 20 min <= 15% of 59 h; age 20 min < 1 h.")
P(G, "hit", MAD, "2026-04-17 17:02", 300,
  "how many fair gates are off line right now",
  "2026-04-17 17:04",
  "count of fare gates currently offline",
  "Speech-to-text 'fair gates'/'off line' = fare gates offline. now ranges [16:57,17:02] vs [16:59,17:04]: overlap 3/5 min, shift 2 min <= 5 min; age 2 min < 5 min.")
P(G, "hit", VIE, "2026-04-20 14:00", 900,
  "Gates / Tap-to-open latency p95 (ms) [tl-prod-eu1] last 3h",
  "2026-04-20 14:06",
  "In tl-prod-eu1, how long does it take from a card tap until the gate opens, 95th percentile, over the past three hours?",
  "Panel title vs descriptive wording, same series and statistic. Shift 6 min <= tol 27 min; age 6 min < 15 min.")
P(G, "hit", LON, "2026-04-21 10:30", 1200,
  "index=tvm sourcetype=tvm-agent \"PRINTER_JAM\" earliest=-4h | stats count by host",
  "2026-04-21 10:38",
  "Per ticket machine host, how many printer-jam log events were there in the last four hours?",
  "Splunk syntax vs plain English: count of PRINTER_JAM lines in tvm-agent logs by host, 4 h rolling. Shift 8 min <= tol 36 min; age 8 min < 20 min.")
P(G, "hit", LIS, "2026-04-22 09:10", 1800,
  "Hi! Sorry if this is a basic one, I only joined team-realtime last week and my lead wants a number for standup: over the last 2 hours, how far behind real time has the AVL vehicle position feed been, i.e. the age of the newest position we ingested?",
  "2026-04-22 09:18",
  "Asking again for the standup slide: during the past two hours, how stale were the real-time vehicle locations coming into avl-ingest (age of the freshest position)?",
  "Same quantity (newest-position age of the AVL feed), 2 h rolling. Shift 8 min <= tol 18 min; age 8 min < 30 min.")
P(G, "hit", BER, "2026-04-22 15:40", 300,
  "crashloops ns gates?",
  "2026-04-22 15:41",
  "Which pods in the gates namespace are in CrashLoopBackOff at the moment?",
  "List of crashlooping pods, ns=namespace gates, 'now' both: shift 1 min <= 5 min, overlap 4/5; age 1 min < 5 min.")
P(G, "hit", NYC, "2026-04-23 08:15", 1800,
  "avg:system.cpu.user{service:jp-router,env:prod} by {host} last 1h",
  "2026-04-23 08:21",
  "Average user-space CPU per host for jp-router in production, past hour.",
  "Datadog query vs English, same metric/filters/grouping. Shift 6 min <= tol 9 min; age 6 min < 30 min.")
P(G, "hit", MAD, "2026-04-23 12:00", 3600,
  "Were there any incidents opened for the topup service today?",
  "2026-04-23 12:30",
  "Since midnight, has anyone opened an incident against topup-svc?",
  "'today' = 'since midnight' = [00:00, t]; ends differ 30 min <= 15% of 12 h = 1.8 h; age 30 min < 1 h.")
P(G, "hit", LON, "2026-04-24 16:00", 1800,
  "What share of contactless payments at the ticket machines got declined this afternoon?",
  "2026-04-24 16:12",
  "From noon until now, what percentage of tap-to-pay transactions on the TVMs were refused?",
  "'this afternoon' at 16:00 = [12:00,16:00]; 'from noon until now' = [12:00,16:12]; end shift 12 min <= 36 min; decline rate of contactless on TVMs both; age 12 min < 30 min.")
P(G, "hit", LON, "2026-04-24 07:30", 1800,
  "Packet drops on xe-0/0/3 of depot-n-sw02 overnight?",
  "2026-04-24 07:45",
  "Did port xe-0/0/3 on depot-n-sw02 discard any frames between 22:00 last night and 06:00 this morning?",
  "'overnight' = [04-23 22:00, 04-24 06:00] = the explicit range; drops = discards on the same interface; age 15 min < 30 min.")
P(G, "hit", BER, "2026-04-27 09:00", 3600,
  "Has the ledger over the weekend problems with replication lag had?",
  "2026-04-27 09:20",
  "Any replica lag on ticketing-ledger during Saturday and Sunday?",
  "Asked on Monday: 'over the weekend' = Sat 04-25 00:00 - Mon 04-27 00:00 = Saturday and Sunday. Same metric (replication lag of ticketing-ledger); age 20 min < 1 h.")
P(G, "hit", MAD, "2026-04-27 18:10", 900,
  "whats the error rate on the top up service last thirty minutes",
  "2026-04-27 18:13",
  "five hundreds as a percentage of requests for top up over the past half hour",
  "'errors' of a service = 5xx, so error rate = 5xx share. 30 min rolling, shift 3 min <= 5 min; age 3 min < 15 min.")
P(G, "hit", VIE, "2026-04-28 11:00", 1200,
  "Planner / Route compute time - p50 [prod] (last 12h)",
  "2026-04-28 11:09",
  "Median time jp-router spends computing a route in production over the past 12 hours.",
  "p50 = median, same series. Shift 9 min <= tol 1.8 h; age 9 min < 20 min.")
P(G, "hit", LON, "2026-04-28 15:00", 1800,
  "index=k8s sourcetype=kube:events namespace=avl reason=OOMKilling earliest=-24h | stats count",
  "2026-04-28 15:20",
  "How many times did Kubernetes report a container being OOM-killed in the avl namespace during the last day?",
  "Count of OOMKilling k8s events in ns avl, 24 h. Shift 20 min <= 3.6 h; age 20 min < 30 min.")
P(G, "hit", BER, "2026-04-29 10:00", 600,
  "redis hit ratio stop-lookup cache now",
  "2026-04-29 10:02",
  "Currently, what fraction of reads on the stop-lookup cache are answered straight from Redis?",
  "Cache hit ratio described in words. now [09:55,10:00] vs [09:57,10:02]: shift 2 <= 5 min, overlap 60%; age 2 min < 10 min.")
P(G, "hit", BER, "2026-04-29 13:15", 900,
  "k8s events warn ns fares 2h",
  "2026-04-29 13:19",
  "Show me Warning-type Kubernetes events in the fares namespace for the past two hours.",
  "warn = Warning, ns = namespace. Shift 4 min <= 18 min; age 4 min < 15 min.")
P(G, "hit", VIE, "2026-04-30 16:30", 1800,
  "So customer care says riders in Linz were complaining the journey planner felt slow this afternoon and I honestly don't know where to look. Could you show me how the latency of /v2/journeys developed this afternoon?",
  "2026-04-30 16:40",
  "Trend of response times for the /v2/journeys endpoint from 12:00 until now.",
  "'this afternoon' at 16:30 = [12:00,16:30]; B [12:00,16:40]; end shift 10 min <= 40 min; latency trend of the same endpoint; age 10 min < 30 min.")
P(G, "hit", NYC, "2026-05-04 09:00", 3600,
  "top 10 hosts by sum:tvm.print.failures{env:prod} over the past 7d",
  "2026-05-04 09:30",
  "Which ten ticket-machine hosts had the most print failures in production during the last week?",
  "Top-10 ranking, same metric and env. 'last week' = rolling 7 d; shift 30 min <= 25.2 h; age 30 min < 1 h.")
P(G, "hit", MAD, "2026-05-04 11:45", 1800,
  "Is avl-ingest healthy right now?",
  "2026-05-04 11:47",
  "At this moment, is the vehicle-position ingest service up and OK?",
  "Status of avl-ingest, 'now' both; shift 2 min <= 5 min, overlap 60%; age 2 min < 30 min.")
P(G, "hit", LON, "2026-05-05 17:30", 3600,
  "How much money in top-ups was refused by the bank since 9am?",
  "2026-05-05 17:50",
  "Total value of card top-ups declined by card issuers from nine this morning until now?",
  "Sum of declined top-up value. A [09:00,17:30], B [09:00,17:50]; end shift 20 min <= 76 min; age 20 min < 1 h.")
P(G, "hit", LON, "2026-05-05 20:00", 900,
  "How many CRC errors on the uplink te1/1/1 of stn-sw-westbhf-03, last 30 min?",
  "2026-05-05 20:03",
  "Count of FCS/checksum errors on te1/1/1 (the uplink) of stn-sw-westbhf-03 in the past half hour.",
  "CRC = FCS checksum errors, same interface. Shift 3 min <= 5 min; age 3 min < 15 min.")
P(G, "hit", BER, "2026-05-06 08:00", 1800,
  "How much memory uses the gatekeeper in tl-prod-eu2 since 06:00?",
  "2026-05-06 08:10",
  "gatekeeper memory usage in tl-prod-eu2 from 6am onwards",
  "A [06:00,08:00], B [06:00,08:10]; end shift 10 min <= 18 min; age 10 min < 30 min.")
P(G, "hit", MAD, "2026-05-06 12:20", 600,
  "are there any pager duty incidents open for ticketing right now",
  "2026-05-06 12:22",
  "Does team-ticketing currently have any open PagerDuty incidents?",
  "Dictated 'pager duty' = PagerDuty; team ticketing both; state open; now windows shift 2 min; age 2 min < 10 min.")
P(G, "hit", VIE, "2026-05-07 10:00", 1800,
  "Depot / SCADA bridge - Modbus poll errors/s - depot-north (24h)",
  "2026-05-07 10:15",
  "Per-second rate of failed Modbus polls on depot-scada-bridge at the north depot over the last day.",
  "Same series, 24 h. Shift 15 min <= 3.6 h; age 15 min < 30 min.")
P(G, "hit", LON, "2026-05-07 14:00", 1200,
  "index=fares sourcetype=fare-api status>=500 earliest=-2h | timechart span=5m count",
  "2026-05-07 14:05",
  "5xx responses from fare-api over time in 5-minute buckets, last two hours.",
  "Trend of fare-api 5xx, 2 h. Shift 5 min <= 18 min; age 5 min < 20 min.")
P(G, "hit", BER, "2026-05-08 09:30", 900,
  "gc pauses topup 1h",
  "2026-05-08 09:36",
  "How long were the stop-the-world garbage collections in topup-svc over the last hour?",
  "GC pause time of topup-svc, 1 h. Shift 6 min <= 9 min; age 6 min < 15 min.")
P(G, "hit", BER, "2026-05-08 16:00", 900,
  "rollout status jp-router prod",
  "2026-05-08 16:02",
  "Has the jp-router Deployment in production finished rolling out yet?",
  "Current rollout status, now windows shift 2 min; age 2 min < 15 min.")
P(G, "hit", LIS, "2026-05-11 10:10", 3600,
  "Hey, I'm writing the weekly ops report for the first time and I don't want to get it wrong: how many alerts did we get in total across all services last week? A rolling seven days is fine.",
  "2026-05-11 10:25",
  "Total number of alerts over every service for the past 7 days.",
  "Count of all alerts, rolling 7 d both. Shift 15 min <= 25.2 h; age 15 min < 1 h.")
P(G, "hit", NYC, "2026-05-11 13:00", 1800,
  "max:kafka.consumer.lag{consumer_group:avl-positions} last 4h",
  "2026-05-11 13:10",
  "Peak consumer lag of the avl-positions Kafka group during the past four hours.",
  "max = peak; same group. Shift 10 min <= 36 min; age 10 min < 30 min.")
P(G, "hit", MAD, "2026-05-12 08:50", 1800,
  "How many TVMs reported their cash box full this morning?",
  "2026-05-12 09:00",
  "Since 6 am, how many ticket vending machines have raised TVMCashboxFull?",
  "Description vs alert name. 'this morning' at 08:50 = [06:00,08:50]; B [06:00,09:00]; end shift 10 min <= 25 min; age 10 min < 30 min.")
P(G, "hit", LON, "2026-05-12 15:00", 3600,
  "Which payment provider had the most failed card payments today?",
  "2026-05-12 15:30",
  "Since midnight, rank the card acquirers by how many transactions failed - who's on top?",
  "Top-ranking of acquirers by failed card payments; [00:00,15:00] vs [00:00,15:30]; end shift 30 min <= 2.25 h; age 30 min < 1 h.")
P(G, "hit", LON, "2026-05-13 11:00", 900,
  "Utilisation of the MPLS link between Hbf and the north depot, in vs out, last hour",
  "2026-05-13 11:05",
  "last 60 min: rx and tx load on the Hbf to depot-north MPLS circuit",
  "Both directions requested in both (in=rx, out=tx). Shift 5 min <= 9 min; age 5 min < 15 min.")
P(G, "hit", BER, "2026-05-13 14:30", 1800,
  "Which alerts are at the moment for the gates in prod firing?",
  "2026-05-13 14:32",
  "List the alerts currently firing for gatekeeper in production.",
  "gates = gatekeeper (gate controller service); state firing; now windows shift 2 min; age 2 min < 30 min.")
P(G, "hit", MAD, "2026-05-14 07:45", 1800,
  "did the journey planner go down over night",
  "2026-05-14 07:55",
  "was jp-router unavailable at any point between ten pm and six am",
  "'overnight' = [05-13 22:00, 05-14 06:00] = explicit range; availability of jp-router; age 10 min < 30 min.")
P(G, "hit", VIE, "2026-05-14 13:00", 900,
  "Ledger / Postgres connection pool - active vs max (HikariCP) [ledger-db-primary] 1h",
  "2026-05-14 13:05",
  "How full is ticketing-ledger's Hikari pool towards ledger-db-primary: active connections against the pool maximum, past hour?",
  "Same series pair (active vs max). Shift 5 min <= 9 min; age 5 min < 15 min.")
P(G, "hit", LON, "2026-05-15 10:00", 1800,
  "index=topup \"card_top_up\" result=DECLINED earliest=@d | stats count by decline_reason",
  "2026-05-15 10:12",
  "Today so far, break declined card top-ups down by decline reason, with counts.",
  "earliest=@d = today; [00:00,10:00] vs [00:00,10:12]; end shift 12 min <= 1.5 h; age 12 min < 30 min.")
P(G, "hit", BER, "2026-05-15 18:00", 600,
  "disk iops ledger-db-primary 30m",
  "2026-05-15 18:03",
  "Disk operations per second (reads plus writes) on ledger-db-primary over the past half hour.",
  "IOPS = read+write ops/s, not latency. Shift 3 min <= 5 min; age 3 min < 10 min.")
P(G, "hit", BER, "2026-05-18 09:00", 1800,
  "node NotReady events tl-prod-eu1 since 07:00",
  "2026-05-18 09:10",
  "Show k8s events about nodes going NotReady in cluster tl-prod-eu1 from seven o'clock on.",
  "A [07:00,09:00], B [07:00,09:10]; end shift 10 min <= 18 min; age 10 min < 30 min.")
P(G, "hit", LIS, "2026-05-18 14:00", 1800,
  "Um, the depot folks say the overnight vehicle-wash scheduling job didn't run and they asked me to look at logs, which I've never done for that one: can you pull the error logs from the depot-scheduler cronjob for last night?",
  "2026-05-18 14:15",
  "Error lines in the depot-scheduler cron job logs between 22:00 yesterday and 06:00 today.",
  "'last night' = [05-17 22:00, 05-18 06:00] = explicit range; same log stream and level; age 15 min < 30 min.")
P(G, "hit", NYC, "2026-05-19 12:00", 900,
  "p95:trace.http.request{service:gtfs-rt-publisher,resource_name:get_/gtfs-rt/vehicle-positions} last 1h",
  "2026-05-19 12:04",
  "95th percentile latency of GET /gtfs-rt/vehicle-positions on gtfs-rt-publisher from APM traces, past hour.",
  "Shift 4 min <= 9 min; age 4 min < 15 min.")
P(G, "hit", MAD, "2026-05-19 16:40", 1800,
  "Was anything deployed to production yesterday?",
  "2026-05-19 16:55",
  "Yesterday, did any release go out to prod?",
  "Both = 05-18 00:00-24:00; deploys to prod; age 15 min < 30 min.")
P(G, "hit", LON, "2026-05-20 10:00", 3600,
  "How many top-ups were charged twice this week?",
  "2026-05-20 10:40",
  "Count of double-charged top-ups since Monday.",
  "Wed 05-20: 'this week' = 'since Monday' = [05-18 00:00, t]; end shift 40 min <= 5.1 h; age 40 min < 1 h.")
P(G, "hit", LON, "2026-05-20 22:00", 900,
  "BGP session flaps on edge-rtr-01 and edge-rtr-02 in the last 3h",
  "2026-05-20 22:10",
  "How often did the BGP neighbours on edge-rtr-01/02 drop and re-establish over the past three hours?",
  "Flap = session down/up. Shift 10 min <= 27 min; age 10 min < 15 min.")
P(G, "hit", BER, "2026-05-21 07:20", 1800,
  "How is the hit ratio of the fare quote cache since 05:00 been?",
  "2026-05-21 07:25",
  "share of /fares/quote cache lookups that were hits, from 5 am",
  "A [05:00,07:20], B [05:00,07:25]; end shift 5 min <= max(21,5); age 5 min < 30 min.")
P(G, "hit", MAD, "2026-05-21 19:00", 1200,
  "show me the cue depth for the gate tap events queue past two hours",
  "2026-05-21 19:08",
  "how many messages have been waiting in gate-tap-events over the last 2 hours",
  "'cue' = queue (dictation); backlog of waiting messages = queue depth. Shift 8 min <= 18 min; age 8 min < 20 min.")
P(G, "hit", VIE, "2026-05-22 08:00", 1800,
  "AVL / Positions ingested per second - by operator region [prod] - 6h",
  "2026-05-22 08:12",
  "Rate at which avl-ingest takes in vehicle positions in prod, split per operator region, past six hours.",
  "Shift 12 min <= 54 min; age 12 min < 30 min.")
# ---------------------------------------------------------------- asked_later (20: 12 hit, 8 partial)
G = "asked_later"
P(G, "hit", MAD, "2026-04-14 08:00", 14400,
  "How many critical alerts did fare-api fire in the last 24 hours?",
  "2026-04-14 10:30",
  "How many critical alerts did fare-api fire in the last 24 hours?",
  "Same question 2.5 h later. 24 h rolling: shift 2.5 h <= tol 3.6 h; age 2.5 h < ttl 4 h.")
P(G, "hit", LON, "2026-04-15 14:00", 7200,
  "How many card top-ups failed today?",
  "2026-04-15 15:30",
  "how many card top-ups failed today?",
  "'today' [00:00,14:00] vs [00:00,15:30]: start equal, end shift 1.5 h <= 15% of 14 h = 2.1 h; age 1.5 h < 2 h.")
P(G, "hit", BER, "2026-04-20 09:00", 43200,
  "deploys last 7 days, all envs",
  "2026-04-20 15:00",
  "deploys last 7 days, all envs",
  "Rolling 7 d: shift 6 h <= 25.2 h; age 6 h < 12 h.")
P(G, "hit", MAD, "2026-04-21 09:00", 28800,
  "Which gates at Plaza Mayor station went offline yesterday?",
  "2026-04-21 16:00",
  "Which gates at Plaza Mayor station went offline yesterday?",
  "'yesterday' = 04-20 both (same local day): identical range; age 7 h < 8 h.")
P(G, "hit", BER, "2026-04-21 10:00", 900,
  "p99 jp-router 1h",
  "2026-04-21 10:08",
  "p99 jp-router 1h",
  "Shift 8 min <= tol 9 min (15% of 60); overlap 52/60; age 8 min < 15 min.")
P(G, "hit", BER, "2026-04-22 11:30", 300,
  "pods pending ns topup?",
  "2026-04-22 11:32",
  "pods pending ns topup?",
  "'now' [11:25,11:30] vs [11:27,11:32]: overlap 3/5 min, shift 2 <= 5 min; age 2 min < 5 min.")
P(G, "hit", LON, "2026-04-23 09:00", 21600,
  "How many chargebacks on top-ups since Monday?",
  "2026-04-23 13:00",
  "How many chargebacks on top-ups since Monday?",
  "Thu: [Mon 04-20 00:00, 09:00] = 81 h vs [.., 13:00]; end shift 4 h <= 12.2 h; age 4 h < 6 h.")
P(G, "hit", VIE, "2026-04-24 08:00", 172800,
  "Fares / Quote API availability SLO - 30d",
  "2026-04-25 08:00",
  "Fares / Quote API availability SLO - 30d",
  "30 d rolling: shift 24 h <= 4.5 d; age 24 h < ttl 48 h.")
P(G, "hit", LIS, "2026-04-24 09:00", 86400,
  "Sorry to ask again, but for the postmortem draft: which pods were evicted in the depot-ops namespace between 02:00 and 04:00?",
  "2026-04-24 11:30",
  "Sorry to ask again, but for the postmortem draft: which pods were evicted in the depot-ops namespace between 02:00 and 04:00?",
  "Fixed range 04-24 02:00-04:00 both: identical; age 2.5 h < 24 h.")
P(G, "hit", NYC, "2026-04-27 12:00", 3600,
  "sum:avl.positions.dropped{env:prod} last 6h",
  "2026-04-27 12:45",
  "sum:avl.positions.dropped{env:prod} last 6h",
  "Shift 45 min <= 54 min; age 45 min < 1 h.")
P(G, "hit", MAD, "2026-05-12 10:00", 43200,
  "What's the total refunded amount for tickets this month?",
  "2026-05-12 17:00",
  "What's the total refunded amount for tickets this month?",
  "[05-01 00:00, t]: 11.4 d vs 11.7 d; end shift 7 h <= 1.7 d; age 7 h < 12 h.")
P(G, "hit", LON, "2026-05-12 21:00", 600,
  "Interface errors on core-sw-hbf-02 ae1, last 15 minutes?",
  "2026-05-12 21:04",
  "Interface errors on core-sw-hbf-02 ae1, last 15 minutes?",
  "Shift 4 min <= 5 min; overlap 11/15; age 4 min < 10 min.")
P(G, "partial", BER, "2026-04-28 10:00", 3600,
  "error rate gatekeeper last hour",
  "2026-04-28 10:25",
  "error rate gatekeeper last hour",
  "Fresh (25 min < 1 h) but shift 25 min > tol 9 min; overlap 35/60 >= 25% -> same question, ranges differ -> partial.")
P(G, "partial", MAD, "2026-04-28 13:00", 1800,
  "is the journey planner up right now",
  "2026-04-28 13:12",
  "is the journey planner up right now",
  "'now' [12:55,13:00] vs [13:07,13:12]: no overlap, but same 'now' question re-asked while fresh (12 min < 30 min) -> rule-3 exception -> partial.")
P(G, "partial", LON, "2026-04-29 16:00", 3600,
  "Declined contactless payments at the TVMs in the last 30 minutes?",
  "2026-04-29 16:20",
  "Declined contactless payments at the TVMs in the last 30 minutes?",
  "Shift 20 min > tol 5 min; overlap 10/30 = 33% >= 25%; fresh -> partial.")
P(G, "partial", BER, "2026-04-29 18:00", 1800,
  "5xx topup-svc 15m",
  "2026-04-29 18:14",
  "5xx topup-svc 15m",
  "Overlap 1/15 min < 25%, but the same rolling question re-asked while fresh (14 < 30 min) -> partial by the rule-3 exception.")
P(G, "partial", VIE, "2026-04-30 07:00", 21600,
  "Gates / Offline gate count - this morning",
  "2026-04-30 11:00",
  "Gates / Offline gate count - this morning",
  "'this morning' [06:00,07:00] vs [06:00,11:00]: end differs 4 h > tol; overlap 1 h = 100% of shorter, 5x length; fresh (4 h < 6 h) -> partial.")
P(G, "partial", NYC, "2026-05-04 08:00", 28800,
  "count of monitors in Alert state for team:realtime last 24h",
  "2026-05-04 13:00",
  "count of monitors in Alert state for team:realtime last 24h",
  "Shift 5 h > tol 3.6 h; overlap 19/24; fresh (5 h < 8 h) -> partial.")
P(G, "partial", MAD, "2026-05-05 02:00", 36000,
  "Any incidents today on the ticket machines?",
  "2026-05-05 09:00",
  "Any incidents today on the ticket machines?",
  "'today' [00:00,02:00] vs [00:00,09:00]: end differs 7 h > tol; overlap 100% of shorter, 4.5x; fresh (7 h < 10 h) -> partial.")
P(G, "partial", LIS, "2026-05-06 15:00", 7200,
  "Could you check again how many gate-tap-events messages got dead-lettered in the last 2 hours? The depot team keeps asking me.",
  "2026-05-06 16:00",
  "Could you check again how many gate-tap-events messages got dead-lettered in the last 2 hours? The depot team keeps asking me.",
  "Shift 1 h > tol 18 min; overlap 60/120 = 50%; fresh (1 h < 2 h) -> partial.")
# ---------------------------------------------------------------- relative_vs_absolute (22: 11 hit, 9 partial, 2 miss)
G = "relative_vs_absolute"
P(G, "hit", MAD, "2026-04-14 14:00", 1800,
  "How many 5xx did the journey planner return in the last 2 hours?",
  "2026-04-14 14:05",
  "How many 5xx did the journey planner return between 12:00 and 14:00?",
  "A [12:00,14:00]; B [12:00,14:00] today: identical; age 5 min < 30 min.")
P(G, "hit", BER, "2026-04-15 09:00", 3600,
  "Welche Deploys gab es yesterday on fare-api, in prod?",
  "2026-04-15 09:20",
  "List the fare-api production deploys of Tuesday.",
  "Asked Wed 04-15: 'yesterday' = Tuesday 04-14 00:00-24:00 = named day; age 20 min < 1 h.")
P(G, "hit", LON, "2026-04-15 10:00", 1800,
  "Total top-up volume in pounds so far today?",
  "2026-04-15 10:10",
  "Total top-up volume in pounds since 00:00?",
  "'so far today' [00:00,10:00] vs 'since 00:00' [00:00,10:10]; end shift 10 min <= 1.5 h; age 10 min < 30 min.")
P(G, "hit", VIE, "2026-04-16 00:05", 3600,
  "TVM / Banknote reader faults - sum - last 24h",
  "2026-04-16 00:10",
  "TVM / Banknote reader faults - sum - Apr 15",
  "A [04-15 00:05, 04-16 00:05]; B [04-15 00:00, 04-16 00:00]; shift 5 min <= 3.6 h; age 5 min < 1 h.")
P(G, "hit", BER, "2026-04-16 11:00", 1800,
  "cpu throttling gatekeeper since 9",
  "2026-04-16 11:05",
  "cpu throttling gatekeeper last 2h",
  "A [09:00,11:00]; B [09:05,11:05]; shift 5 min <= 18 min; age 5 min < 30 min.")
P(G, "hit", LON, "2026-04-15 10:00", 3600,
  "How many incidents has team-realtime had this week?",
  "2026-04-15 10:30",
  "How many incidents has team-realtime had since April 13?",
  "Wed: 'this week' starts Mon 04-13 00:00 = 'since April 13'; end shift 30 min; age 30 min < 1 h.")
P(G, "hit", MAD, "2026-04-27 09:00", 7200,
  "did the fare gates at Atocha throw errors over the weekend",
  "2026-04-27 09:30",
  "did the fare gates at Atocha throw errors on Saturday and Sunday the 25th and 26th",
  "Asked Monday 04-27: weekend = [04-25 00:00, 04-27 00:00] = Sat+Sun 25-26; age 30 min < 2 h.")
P(G, "hit", NYC, "2026-05-11 00:30", 7200,
  "sum:topup.declines{*} by {acquirer} past 7 days",
  "2026-05-11 00:40",
  "sum:topup.declines{*} by {acquirer} from May 4 through May 10",
  "A [05-04 00:30, 05-11 00:30]; B [05-04 00:00, 05-11 00:00] (whole days 4-10); shifts 30/40 min <= 25.2 h; age 10 min < 2 h.")
P(G, "hit", LIS, "2026-05-12 13:00", 3600,
  "I'm trying to line this up with the ticket complaints we got: how many journey-planner requests timed out this morning?",
  "2026-05-12 13:10",
  "I'm trying to line this up with the ticket complaints we got: how many journey-planner requests timed out between 06:00 and 12:00 today?",
  "'this morning' asked at 13:00 = [06:00,12:00] = explicit range; age 10 min < 1 h.")
P(G, "hit", LON, "2026-05-13 09:00", 1800,
  "Refund requests at the TVMs in the past 3 hours?",
  "2026-05-13 09:05",
  "Refund requests at the TVMs since 6am?",
  "A [06:00,09:00]; B [06:00,09:05]; end shift 5 min <= 27 min; age 5 min < 30 min.")
P(G, "hit", MAD, "2026-04-30 12:00", 86400,
  "What was the average gate tap success rate over the last month?",
  "2026-04-30 12:20",
  "What was the average gate tap success rate since April 1?",
  "'last month' = 30 d = [03-31 12:00, 04-30 12:00]; B [04-01 00:00, 04-30 12:20]; start shift 12 h <= 15% of 29.5 d = 4.4 d; age 20 min < 24 h.")
P(G, "partial", MAD, "2026-04-14 09:00", 3600,
  "How many alerts did depot-scada-bridge raise in the last 24h?",
  "2026-04-14 09:05",
  "How many alerts did depot-scada-bridge raise yesterday?",
  "A [04-13 09:00, 04-14 09:00]; B [04-13 00:00, 04-14 00:00]; shift 9 h > 3.6 h; overlap 15 h/24 h = 62% -> partial.")
P(G, "partial", LON, "2026-04-17 18:00", 3600,
  "How many top-ups were declined today?",
  "2026-04-17 18:05",
  "How many top-ups were declined since 9am?",
  "A [00:00,18:00]; B [09:00,18:05]; start shift 9 h > tol (15% of 9 h = 81 min); overlap 9 h = 100% of shorter -> partial.")
P(G, "partial", BER, "2026-04-20 10:00", 900,
  "heap usage topup-svc last hour",
  "2026-04-20 10:02",
  "heap usage topup-svc between 09:30 and 10:00",
  "A [09:00,10:00]; B [09:30,10:00]; start shift 30 min > tol; overlap 30 min = 100% of shorter, 2x -> partial.")
P(G, "partial", LON, "2026-04-16 12:00", 3600,
  "Which acquirer caused the most failed payments this week?",
  "2026-04-16 12:05",
  "Which acquirer caused the most failed payments in the last 7 days?",
  "Thu: 'this week' [Mon 04-13 00:00, 04-16 12:00] = 84 h; 'last 7 days' [04-09 12:05, 04-16 12:05]; start shift 3.5 d > tol; overlap 84 h = 100% of shorter -> partial.")
P(G, "partial", VIE, "2026-04-21 14:00", 1800,
  "Planner / GTFS import duration - last 3h",
  "2026-04-21 14:05",
  "Planner / GTFS import duration - since noon",
  "A [11:00,14:00]; B [12:00,14:05]; start shift 1 h > 27 min; overlap 2 h/2 h05 = 96% -> partial.")
P(G, "partial", MAD, "2026-04-22 08:00", 3600,
  "were there disk latency spikes on the depot nas last night",
  "2026-04-22 08:10",
  "were there disk latency spikes on the depot nas between midnight and 6am",
  "'last night' [04-21 22:00, 04-22 06:00]; B [00:00,06:00]; start shift 2 h > tol (72 min / 54 min); overlap 6/6 h -> partial.")
P(G, "partial", NYC, "2026-05-12 09:00", 7200,
  "count of APM error traces for service:topup-svc, last 30 days",
  "2026-05-12 09:10",
  "count of APM error traces for service:topup-svc this month",
  "A [04-12 09:00, 05-12 09:00]; B [05-01 00:00, 05-12 09:10]; start shift 19 d > tol; overlap 11.4 d = 100% of shorter, 2.6x -> partial.")
P(G, "partial", LIS, "2026-05-14 10:00", 3600,
  "So for my incident timeline, how many GateOfflineBurst alerts fired yesterday? Just the number is fine.",
  "2026-05-14 10:05",
  "So for my incident timeline, how many GateOfflineBurst alerts fired in the last 48 hours? Just the number is fine.",
  "A [05-13 00:00, 05-14 00:00] 24 h; B [05-12 10:05, 05-14 10:05] 48 h; overlap 24 h = 100% of shorter, 2x; not matching -> partial.")
P(G, "partial", BER, "2026-05-15 09:00", 3600,
  "restarts ns avl since 2pm yesterday",
  "2026-05-15 09:05",
  "restarts ns avl last 12h",
  "A [05-14 14:00, 05-15 09:00] 19 h; B [05-14 21:05, 05-15 09:05] 12 h; overlap 11.9 h/12 h; start shift 7 h > tol -> partial.")
P(G, "miss", MAD, "2026-04-23 14:00", 1800,
  "How many 5xx did the journey planner return in the last 2 hours?",
  "2026-04-23 14:05",
  "How many 5xx did the journey planner return between 08:00 and 10:00?",
  "A [12:00,14:00]; B [08:00,10:00] today: no overlap (< 25%) -> miss; not the same rolling question, so no exception.")
P(G, "miss", LON, "2026-05-19 10:00", 3600,
  "How much did we refund on tickets yesterday?",
  "2026-05-19 10:05",
  "How much did we refund on tickets since 06:00 today?",
  "A [05-18 00:00, 05-19 00:00]; B [05-19 06:00, 10:05]: no overlap -> miss.")
# ---------------------------------------------------------------- filter_refinement (22: 2 hit, 19 partial, 1 miss)
G = "filter_refinement"
P(G, "hit", BER, "2026-04-14 11:00", 1800,
  "errors fare-api last hour",
  "2026-04-14 11:04",
  "5xx responses of fare-api in the last hour",
  "Looks narrower but 'errors' of a service = 5xx by the spec: same filter. Shift 4 min <= 9 min; age 4 min < 30 min -> hit.")
P(G, "hit", MAD, "2026-04-14 16:00", 1800,
  "How many alerts did topup-svc fire in prod in the last 24 hours?",
  "2026-04-14 16:06",
  "How many alerts did topup-svc fire in production in the last 24 hours, all severities together?",
  "'all severities' adds no restriction (= no severity filter), prod = production; shift 6 min; age 6 min < 30 min -> hit.")
P(G, "partial", LON, "2026-04-15 09:00", 1800,
  "How many alerts fired in the last 24 hours?",
  "2026-04-15 09:03",
  "How many critical alerts fired in the last 24 hours?",
  "Nested filter: all alerts contains critical. Same range, fresh -> partial.")
P(G, "partial", BER, "2026-04-15 13:00", 900,
  "5xx fare-api 1h",
  "2026-04-15 13:02",
  "503s fare-api 1h",
  "Nested status filter 5xx contains 503; same range, fresh -> partial.")
P(G, "partial", BER, "2026-04-16 10:00", 1800,
  "pod restarts tl-prod-eu1 today",
  "2026-04-16 10:05",
  "pod restarts tl-prod-eu1 ns gates today",
  "B adds namespace gates inside the same cluster: nested -> partial.")
P(G, "partial", LON, "2026-04-16 15:00", 3600,
  "How many top-ups failed today?",
  "2026-04-16 15:10",
  "How many top-ups paid with Visa cards failed today?",
  "B restricts to card scheme Visa (subset of all failed top-ups): nested -> partial.")
P(G, "partial", MAD, "2026-04-17 12:00", 3600,
  "what got deployed to prod this week",
  "2026-04-17 12:10",
  "what got deployed to prod this week by team ticketing",
  "Team filter added (team-ticketing subset of all prod deploys): nested -> partial.")
P(G, "partial", LON, "2026-04-17 16:00", 1200,
  "index=tvm sourcetype=tvm-agent log_level=ERROR earliest=-2h",
  "2026-04-17 16:04",
  "index=tvm sourcetype=tvm-agent log_level=ERROR host=tvm-hbf-* earliest=-2h",
  "Host glob narrows to Hauptbahnhof machines: nested -> partial.")
P(G, "partial", NYC, "2026-04-20 10:00", 1800,
  "p95:trace.http.request{service:jp-router} last 3h",
  "2026-04-20 10:05",
  "p95:trace.http.request{service:jp-router,resource_name:get_/v2/journeys} last 3h",
  "Endpoint filter added (one resource of the service): nested -> partial.")
P(G, "partial", MAD, "2026-04-21 10:00", 900,
  "Which critical alerts are firing in prod right now?",
  "2026-04-21 10:02",
  "Which critical alerts are firing in tl-prod-eu1 right now?",
  "prod contains the prod cluster tl-prod-eu1: nested; now windows overlap 3/5 -> partial.")
P(G, "partial", BER, "2026-04-21 14:00", 1800,
  "cpu gatekeeper pods last 30m",
  "2026-04-21 14:03",
  "gatekeeper pods with cpu above 80% last 30m",
  "Threshold filter 'above 80%' narrows the pod set: a filter even if unparsed -> nested -> partial.")
P(G, "partial", BER, "2026-04-22 09:00", 1800,
  "503s topup last 30m",
  "2026-04-22 09:03",
  "all 5xx topup last 30m",
  "Broadening: 5xx contains 503 (B wider than A): nested -> partial.")
P(G, "partial", LON, "2026-04-22 11:00", 3600,
  "How many incidents did team-realtime have this week?",
  "2026-04-22 11:15",
  "How many SEV1 incidents did team-realtime have this week?",
  "Severity filter added: nested -> partial.")
P(G, "partial", BER, "2026-04-23 15:00", 900,
  "k8s events ns avl 1h",
  "2026-04-23 15:04",
  "k8s Warning events ns avl 1h",
  "Event type Warning added: nested (all events contain Warning ones) -> partial.")
P(G, "partial", LON, "2026-04-23 17:00", 1800,
  "Any packet discards on core-sw-hbf-01 in the last 6 hours?",
  "2026-04-23 17:05",
  "Any packet discards on core-sw-hbf-01 ae0 in the last 6 hours?",
  "Whole switch contains interface ae0: nested -> partial.")
P(G, "partial", VIE, "2026-04-24 08:30", 600,
  "Alerting / Firing alerts - now",
  "2026-04-24 08:32",
  "Alerting / Firing alerts - service=depot-scada-bridge - now",
  "Service filter added to all firing alerts: nested -> partial.")
P(G, "partial", LON, "2026-04-24 10:00", 3600,
  "How many ticket payments failed yesterday?",
  "2026-04-24 10:20",
  "How many ticket payments made in the mobile app failed yesterday?",
  "Sales channel filter (mobile app) narrows: nested -> partial.")
P(G, "partial", BER, "2026-04-27 10:00", 900,
  "gc pauses topup-svc 1h",
  "2026-04-27 10:03",
  "gc pauses over 200ms topup-svc 1h",
  "Threshold filter on pause duration narrows the set: nested -> partial.")
P(G, "partial", NYC, "2026-04-27 14:00", 1800,
  "error traces for jp-router, last hour",
  "2026-04-27 14:05",
  "error traces for jp-router in eu-central-1, last hour",
  "Region filter added: nested -> partial.")
P(G, "partial", LIS, "2026-04-28 09:00", 1800,
  "I'm new to Kafka, sorry: what's the consumer lag across all consumer groups on the avl-kafka cluster over the past hour?",
  "2026-04-28 09:05",
  "I'm new to Kafka, sorry: what's the consumer lag of just the gtfs-rt-publisher consumer group on the avl-kafka cluster over the past hour?",
  "One group out of all groups: nested -> partial.")
P(G, "partial", MAD, "2026-04-28 12:00", 3600,
  "list the unacknowledged alerts for gatekeeper today",
  "2026-04-28 12:05",
  "list the unacknowledged critical alerts for gatekeeper today",
  "Same state filter, severity added: nested -> partial.")
P(G, "miss", BER, "2026-04-29 09:00", 3600,
  "5xx gatekeeper yesterday",
  "2026-04-29 09:05",
  "503s gatekeeper today",
  "Filter is nested (5xx contains 503) but A [04-28 00:00, 24:00] and B [04-29 00:00, 09:05] do not overlap -> rule 3 miss before rule 4.")
# ---------------------------------------------------------------- range_length (14: 2 hit, 6 partial, 6 miss)
G = "range_length"
P(G, "hit", LON, "2026-04-14 12:00", 3600,
  "How many gate-offline alerts in the last 24 hours?",
  "2026-04-14 12:05",
  "How many gate-offline alerts in the last 22 hours?",
  "A [04-13 12:00, 12:00] 24 h; B [04-13 14:05, 12:05] 22 h; start shift 2h05 <= tol 3.3 h (15% of 22 h); end 5 min; age 5 min < 1 h -> hit.")
P(G, "hit", BER, "2026-04-14 18:00", 1800,
  "jp-router 5xx rate last 2h",
  "2026-04-14 18:02",
  "jp-router 5xx rate last 110 min",
  "A [16:00,18:00]; B [16:12,18:02]; start shift 12 min <= tol 16.5 min (15% of 110); end 2 min -> hit.")
P(G, "partial", BER, "2026-04-15 10:00", 1800,
  "p99 fare-api 1h",
  "2026-04-15 10:02",
  "p99 fare-api 24h",
  "1 h vs 24 h: 24x (<= 31x), overlap 100% of shorter; not matching -> partial.")
P(G, "partial", LON, "2026-04-15 11:00", 3600,
  "Total chargeback amount on top-ups over the last 7 days?",
  "2026-04-15 11:10",
  "Total chargeback amount on top-ups over the last 30 days?",
  "7 d vs 30 d: 4.3x, overlap 100% -> partial.")
P(G, "partial", MAD, "2026-04-16 09:00", 900,
  "what's the error rate on fare api right now",
  "2026-04-16 09:01",
  "what's the error rate on fare api over the last hour",
  "now = 5 min vs 1 h: 12x, overlap 100% of shorter -> partial.")
P(G, "partial", VIE, "2026-04-16 15:00", 3600,
  "Depot / Charger faults (e-bus) - count - last 24h",
  "2026-04-16 15:05",
  "Depot / Charger faults (e-bus) - count - last 30d",
  "24 h vs 30 d = 30x (not more than 31x), overlap 100% -> partial.")
P(G, "partial", LON, "2026-04-16 12:00", 3600,
  "How many refunds did we issue today?",
  "2026-04-16 12:10",
  "How many refunds did we issue this week?",
  "Thu: today [00:00,12:00] 12 h vs this week [Mon 04-13 00:00, 12:10] 84 h: 7x, overlap 100% -> partial.")
P(G, "partial", BER, "2026-04-17 20:00", 900,
  "avl-ingest memory 15m",
  "2026-04-17 20:02",
  "avl-ingest memory 6h",
  "15 min vs 6 h: 24x, overlap 100% -> partial.")
P(G, "miss", BER, "2026-04-20 10:00", 3600,
  "pod restarts ns fares last hour",
  "2026-04-20 10:03",
  "pod restarts ns fares last 7 days",
  "1 h vs 168 h: 168x > 31x -> miss.")
P(G, "miss", MAD, "2026-04-20 13:00", 900,
  "is the top up service healthy right now",
  "2026-04-20 13:01",
  "how healthy has the top up service been over the last 24 hours",
  "now 5 min vs 24 h: 288x > 31x -> miss.")
P(G, "miss", NYC, "2026-04-21 09:00", 1800,
  "avg:redis.stats.keyspace_hits{cache:stop-lookup} last 1h",
  "2026-04-21 09:05",
  "avg:redis.stats.keyspace_hits{cache:stop-lookup} last 2d",
  "1 h vs 48 h: 48x > 31x -> miss.")
P(G, "miss", LON, "2026-04-21 16:00", 900,
  "Input errors on ae0 of core-sw-hbf-01, last 15 minutes?",
  "2026-04-21 16:02",
  "Input errors on ae0 of core-sw-hbf-01, last 24 hours?",
  "15 min vs 24 h: 96x > 31x -> miss.")
P(G, "miss", LIS, "2026-05-20 10:00", 1800,
  "Quick one before I go into the retro: how many tickets were bought through the journey planner app in the last 30 minutes?",
  "2026-05-20 10:05",
  "Quick one before I go into the retro: how many tickets were bought through the journey planner app this month?",
  "30 min vs this month [05-01 00:00, 10:05] = 19.4 d: ~930x > 31x -> miss.")
P(G, "miss", MAD, "2026-04-22 09:20", 1800,
  "How many fare gates went offline since 9am?",
  "2026-04-22 09:25",
  "How many fare gates went offline in the last 24 hours?",
  "Asked at 09:20, 'since 9am' is only 20 min; vs 24 h = 72x > 31x -> miss, though it reads like a small change.")
# ---------------------------------------------------------------- shifted_range (14: 2 hit, 5 partial, 7 miss)
G = "shifted_range"
P(G, "hit", MAD, "2026-04-14 13:00", 3600,
  "How many gate tap rejections between 10:00 and 12:00?",
  "2026-04-14 13:05",
  "How many gate tap rejections between 10:15 and 12:15?",
  "2 h windows shifted 15 min <= tol 18 min on both sides; age 5 min < 1 h -> hit.")
P(G, "hit", LON, "2026-04-15 09:00", 7200,
  "Failed top-up authorisations yesterday?",
  "2026-04-15 09:10",
  "Failed top-up authorisations from 01:00 yesterday to 01:00 today?",
  "A [04-14 00:00, 04-15 00:00]; B [04-14 01:00, 04-15 01:00]; shift 1 h <= 3.6 h; age 10 min < 2 h -> hit.")
P(G, "partial", MAD, "2026-04-15 14:00", 3600,
  "How many gate tap rejections between 10:00 and 12:00?",
  "2026-04-15 14:05",
  "How many gate tap rejections between 11:00 and 13:00?",
  "Shift 1 h > 18 min; overlap 1 h/2 h = 50% -> partial.")
P(G, "partial", BER, "2026-04-16 15:00", 7200,
  "alerts fired yesterday, count",
  "2026-04-16 15:05",
  "alerts fired from yesterday noon to today noon, count",
  "A [04-15 00:00, 24:00]; B [04-15 12:00, 04-16 12:00]; overlap 12/24 = 50% -> partial.")
P(G, "partial", LON, "2026-04-17 10:00", 3600,
  "Which acquirers had outages from Monday to Wednesday?",
  "2026-04-17 10:05",
  "Which acquirers had outages from Tuesday to Thursday?",
  "A Mon 04-13 00:00 - Thu 04-16 00:00 (3 d); B Tue 04-14 00:00 - Fri 04-17 00:00 (3 d); overlap 2/3 -> partial.")
P(G, "partial", VIE, "2026-04-20 10:00", 3600,
  "Depot / Yard network - packet loss % - 02:00-06:00",
  "2026-04-20 10:05",
  "Depot / Yard network - packet loss % - 04:00-08:00",
  "4 h windows shifted 2 h; overlap 50% -> partial.")
P(G, "partial", MAD, "2026-04-20 16:00", 3600,
  "show me the memory of avl ingest this morning",
  "2026-04-20 16:05",
  "show me the memory of avl ingest between nine and three",
  "A 'this morning' [06:00,12:00]; B [09:00,15:00]; overlap 3 h/6 h = 50% -> partial.")
P(G, "miss", LON, "2026-04-21 18:00", 3600,
  "How many contactless payments failed yesterday?",
  "2026-04-21 18:05",
  "How many contactless payments failed today?",
  "A [04-20 00:00, 24:00]; B [04-21 00:00, 18:05]: no overlap -> miss.")
P(G, "miss", MAD, "2026-04-22 17:00", 3600,
  "How many gate tap rejections between 10:00 and 12:00?",
  "2026-04-22 17:05",
  "How many gate tap rejections between 14:00 and 16:00?",
  "Disjoint 2 h windows -> miss.")
P(G, "miss", BER, "2026-04-23 16:00", 3600,
  "node pressure events tl-prod-eu2 last night",
  "2026-04-23 16:05",
  "node pressure events tl-prod-eu2 this afternoon",
  "A [04-22 22:00, 04-23 06:00]; B [12:00,16:00]: no overlap -> miss.")
P(G, "miss", LON, "2026-04-23 09:00", 86400,
  "List the journey planner deploys on Monday.",
  "2026-04-23 09:05",
  "List the journey planner deploys on Tuesday.",
  "Mon 04-20 vs Tue 04-21: adjacent, disjoint days -> miss.")
P(G, "miss", BER, "2026-04-24 16:00", 3600,
  "topup 5xx 08:00-12:00",
  "2026-04-24 16:02",
  "topup 5xx 11:30-15:30",
  "Overlap 30 min of 4 h = 12.5% < 25% -> miss.")
P(G, "miss", NYC, "2026-04-24 12:00", 86400,
  "sum:gates.taps.rejected{env:prod} from Apr 1 to Apr 7",
  "2026-04-24 12:05",
  "sum:gates.taps.rejected{env:prod} from Apr 8 to Apr 14",
  "Consecutive disjoint weeks -> miss.")
P(G, "miss", LIS, "2026-04-20 12:00", 7200,
  "Could you tell me how many vehicle positions were rejected as out-of-order between 00:00 and 06:00 today? I'm comparing it with the GPS vendor's maintenance window.",
  "2026-04-20 12:05",
  "Could you tell me how many vehicle positions were rejected as out-of-order between 05:00 and 11:00 today? I'm comparing it with the GPS vendor's maintenance window.",
  "6 h windows, overlap 1 h = 16.7% < 25% -> miss.")
# ---------------------------------------------------------------- expired_ttl (14: 10 partial, 4 miss)
G = "expired_ttl"
P(G, "partial", MAD, "2026-04-14 09:00", 900,
  "How many critical alerts in the last 24 hours?",
  "2026-04-14 10:00",
  "How many critical alerts in the last 24 hours?",
  "Ranges within tol (shift 1 h <= 3.6 h) but age 60 min > ttl 15 min -> stale -> partial.")
P(G, "partial", LON, "2026-04-14 09:00", 3600,
  "Which services were deployed to prod yesterday?",
  "2026-04-14 12:00",
  "Which services were deployed to prod yesterday?",
  "Identical range (04-13) but age 3 h > ttl 1 h -> partial.")
P(G, "partial", LON, "2026-04-15 11:00", 600,
  "Number of failed top-ups today?",
  "2026-04-15 11:30",
  "Number of failed top-ups today?",
  "[00:00,11:00] vs [00:00,11:30]: within tol; age 30 min > ttl 10 min -> partial.")
P(G, "partial", BER, "2026-04-15 14:00", 300,
  "p99 jp-router 1h",
  "2026-04-15 14:08",
  "p99 jp-router 1h",
  "Shift 8 min <= 9 min would match, but age 8 min > ttl 5 min -> partial.")
P(G, "partial", MAD, "2026-04-16 09:00", 1800,
  "how many incidents have we had this week",
  "2026-04-16 14:00",
  "how many incidents have we had this week",
  "Thu: [Mon 00:00, 09:00] vs [Mon 00:00, 14:00]; overlap 100% of shorter; age 5 h > ttl 30 min -> partial.")
P(G, "partial", BER, "2026-04-16 08:00", 3600,
  "evictions ns depot-ops 02:00-04:00",
  "2026-04-16 12:00",
  "evictions ns depot-ops 02:00-04:00",
  "Same fixed range today; age 4 h > ttl 1 h -> partial (stale answer still useful context).")
P(G, "partial", BER, "2026-04-17 10:00", 60,
  "gatekeeper ready replicas now",
  "2026-04-17 10:02",
  "gatekeeper ready replicas now",
  "now windows overlap 3/5 min, shift 2 min <= 5; but age 2 min > ttl 1 min -> partial.")
P(G, "partial", NYC, "2026-04-20 09:00", 3600,
  "top 5 services by error count last 7d",
  "2026-04-21 09:00",
  "top 5 services by error count last 7d",
  "Shift 24 h <= 25.2 h and overlap 6/7 d, but age 24 h > ttl 1 h -> partial.")
P(G, "partial", VIE, "2026-04-21 07:30", 1800,
  "Gates / Firmware watchdog resets - last night",
  "2026-04-21 11:00",
  "Gates / Firmware watchdog resets - last night",
  "'last night' = [04-20 22:00, 04-21 06:00] both; age 3.5 h > ttl 30 min -> partial.")
P(G, "partial", LON, "2026-04-21 12:00", 900,
  "Bytes out on the Internet transit port xe-1/0/0 of edge-rtr-01, last 6 hours?",
  "2026-04-21 15:00",
  "Bytes out on the Internet transit port xe-1/0/0 of edge-rtr-01, last 6 hours?",
  "A [06:00,12:00], B [09:00,15:00]: overlap 50% >= 25%; age 3 h > ttl 15 min -> partial.")
P(G, "miss", MAD, "2026-04-22 10:00", 300,
  "is the journey planner up right now",
  "2026-04-22 10:40",
  "is the journey planner up right now",
  "now windows [09:55,10:00] vs [10:35,10:40]: no overlap; age 40 min > ttl 5 min so the 'fresh re-ask' exception does not apply -> miss.")
P(G, "miss", BER, "2026-04-22 09:00", 600,
  "5xx fare-api 1h",
  "2026-04-22 12:00",
  "5xx fare-api 1h",
  "[08:00,09:00] vs [11:00,12:00]: no overlap; age 3 h > ttl 10 min -> miss.")
P(G, "miss", LON, "2026-04-22 17:00", 3600,
  "How much was topped up on cards today?",
  "2026-04-23 09:00",
  "How much was topped up on cards today?",
  "'today' moved to the next day: A [04-22 00:00, 17:00], B [04-23 00:00, 09:00]: no overlap; stale -> miss.")
P(G, "miss", LIS, "2026-04-23 15:00", 900,
  "Sorry, me again: how many AVL positions were dropped by the validator in the last 15 minutes?",
  "2026-04-23 15:20",
  "Sorry, me again: how many AVL positions were dropped by the validator in the last 15 minutes?",
  "[14:45,15:00] vs [15:05,15:20]: no overlap; age 20 min > ttl 15 min, exception needs fresh -> miss.")
# ---------------------------------------------------------------- different_filter (14: 14 miss)
G = "different_filter"
P(G, "miss", MAD, "2026-04-14 10:00", 1800,
  "How many critical alerts fired for gatekeeper today?",
  "2026-04-14 10:03",
  "How many warning alerts fired for gatekeeper today?",
  "Sibling severity critical vs warning -> miss.")
P(G, "miss", BER, "2026-04-14 15:00", 900,
  "pods not running ns gates",
  "2026-04-14 15:01",
  "pods not running ns fares",
  "Sibling namespace gates vs fares -> miss.")
P(G, "miss", BER, "2026-04-15 09:30", 1800,
  "node cpu tl-prod-eu1 last 1h",
  "2026-04-15 09:32",
  "node cpu tl-prod-eu2 last 1h",
  "Sibling cluster eu1 vs eu2 -> miss.")
P(G, "miss", LON, "2026-04-15 12:00", 1200,
  "index=fares sourcetype=fare-api status=500 earliest=-1h | stats count",
  "2026-04-15 12:03",
  "index=fares sourcetype=fare-api status=503 earliest=-1h | stats count",
  "Sibling status code 500 vs 503 -> miss.")
P(G, "miss", NYC, "2026-04-16 08:00", 1800,
  "avg:aws.rds.read_latency{region:eu-central-1,dbinstanceidentifier:ledger-db} last 4h",
  "2026-04-16 08:04",
  "avg:aws.rds.read_latency{region:eu-west-1,dbinstanceidentifier:ledger-db} last 4h",
  "Sibling region eu-central-1 vs eu-west-1 -> miss.")
P(G, "miss", LON, "2026-04-16 14:00", 3600,
  "How many incidents did team-ticketing handle this week?",
  "2026-04-16 14:05",
  "How many incidents did team-realtime handle this week?",
  "Sibling team -> miss.")
P(G, "miss", VIE, "2026-04-17 09:00", 900,
  "Planner / Request latency p95 - /v2/journeys - 1h",
  "2026-04-17 09:03",
  "Planner / Request latency p95 - /v2/stops - 1h",
  "Sibling endpoint /v2/journeys vs /v2/stops -> miss.")
P(G, "miss", MAD, "2026-04-17 13:00", 1800,
  "show me the error logs of ticket machine tvm-hbf-07 for the last two hours",
  "2026-04-17 13:02",
  "show me the error logs of ticket machine tvm-hbf-08 for the last two hours",
  "Sibling host tvm-hbf-07 vs -08 -> miss.")
P(G, "miss", BER, "2026-04-20 11:00", 3600,
  "How often has GateOfflineBurst today fired?",
  "2026-04-20 11:04",
  "How often has GateTamperDetected today fired?",
  "Sibling alertname -> miss.")
P(G, "miss", LON, "2026-04-20 16:00", 3600,
  "List the alerts for topup-svc that are firing, last 24 hours.",
  "2026-04-20 16:05",
  "List the alerts for topup-svc that are resolved, last 24 hours.",
  "Sibling state firing vs resolved -> miss.")
P(G, "miss", LON, "2026-04-21 10:00", 3600,
  "How many Visa top-ups were declined yesterday?",
  "2026-04-21 10:05",
  "How many Mastercard top-ups were declined yesterday?",
  "Sibling card scheme -> miss.")
P(G, "miss", MAD, "2026-04-21 17:00", 1800,
  "what did we deploy to staging today",
  "2026-04-21 17:03",
  "what did we deploy to production today",
  "Sibling environment staging vs production -> miss.")
P(G, "miss", LON, "2026-04-22 13:00", 900,
  "Output drops on ae0 of core-sw-hbf-01 in the past hour?",
  "2026-04-22 13:02",
  "Output drops on ae1 of core-sw-hbf-01 in the past hour?",
  "Sibling interface ae0 vs ae1 -> miss.")
P(G, "miss", LIS, "2026-04-22 10:00", 1800,
  "My mentor told me to watch this one: what's the consumer lag for the avl-positions group over the last 3 hours?",
  "2026-04-22 10:05",
  "My mentor told me to watch this one: what's the consumer lag for the gtfs-rt-publisher group over the last 3 hours?",
  "Sibling consumer group -> miss.")
# ---------------------------------------------------------------- negation (14: 14 miss)
G = "negation"
P(G, "miss", MAD, "2026-04-23 10:00", 1800,
  "How many critical alerts on fare-api today?",
  "2026-04-23 10:02",
  "How many non-critical alerts on fare-api today?",
  "Complement of the severity filter -> miss.")
P(G, "miss", BER, "2026-04-23 12:00", 300,
  "nodes ready tl-prod-eu1",
  "2026-04-23 12:01",
  "nodes NOT ready tl-prod-eu1",
  "Ready vs NOT ready: complement -> miss.")
P(G, "miss", LON, "2026-04-23 15:00", 1800,
  "Which services had 5xx errors in the last hour?",
  "2026-04-23 15:03",
  "Which services had 5xx errors in the last hour, excluding fare-api?",
  "'excluding X' -> complement/negation rule -> miss, even though it looks like a subset.")
P(G, "miss", MAD, "2026-04-24 09:00", 3600,
  "list all deploys this week",
  "2026-04-24 09:05",
  "list all deploys this week outside prod",
  "'outside prod' negates the environment -> miss.")
P(G, "miss", BER, "2026-04-24 11:00", 900,
  "gatekeeper pods cpu above 80% 30m",
  "2026-04-24 11:02",
  "gatekeeper pods cpu below 80% 30m",
  "above vs below the threshold -> miss.")
P(G, "miss", LON, "2026-04-24 14:00", 3600,
  "How many top-ups succeeded today?",
  "2026-04-24 14:05",
  "How many top-ups did not succeed today?",
  "Successful vs unsuccessful: complement -> miss.")
P(G, "miss", VIE, "2026-04-27 08:00", 1800,
  "Alerting / Alerts acknowledged - gates - 24h",
  "2026-04-27 08:03",
  "Alerting / Alerts NOT acknowledged - gates - 24h",
  "acknowledged vs not acknowledged -> miss.")
P(G, "miss", NYC, "2026-04-27 11:00", 1800,
  "count of requests to jp-router with status:5xx last 1h",
  "2026-04-27 11:02",
  "count of requests to jp-router with -status:5xx last 1h",
  "Datadog '-' negation: non-5xx requests -> complement -> miss.")
P(G, "miss", MAD, "2026-04-27 16:00", 3600,
  "which ticket machines are reporting in right now",
  "2026-04-27 16:01",
  "which ticket machines are not reporting in right now",
  "Complement state -> miss.")
P(G, "miss", BER, "2026-04-28 10:00", 1800,
  "Which k8s events have we today in namespace gates gehabt?",
  "2026-04-28 10:04",
  "Which k8s events have we today in every namespace except gates gehabt?",
  "'except gates' = complement of the namespace -> miss.")
P(G, "miss", LON, "2026-04-28 13:00", 3600,
  "Which acquirers were healthy yesterday?",
  "2026-04-28 13:02",
  "Which acquirers were unhealthy yesterday?",
  "healthy vs unhealthy -> complement -> miss.")
P(G, "miss", LIS, "2026-04-28 16:00", 3600,
  "For the capacity review: which traces of gtfs-rt-publisher in the last 6 hours contained errors?",
  "2026-04-28 16:05",
  "For the capacity review: which traces of gtfs-rt-publisher in the last 6 hours completed without errors?",
  "With errors vs without errors -> complement -> miss.")
P(G, "miss", LON, "2026-04-29 09:00", 1800,
  "Interfaces on stn-sw-westbhf-03 that are up, last 15 minutes?",
  "2026-04-29 09:02",
  "Interfaces on stn-sw-westbhf-03 that are not up, last 15 minutes?",
  "oper state up vs not up -> miss.")
P(G, "miss", MAD, "2026-04-29 12:00", 1800,
  "how many incidents did we have today that were caused by a deploy",
  "2026-04-29 12:03",
  "how many incidents did we have today that were not caused by a deploy",
  "Negated cause -> miss.")
# ---------------------------------------------------------------- different_subject (14: 14 miss)
G = "different_subject"
P(G, "miss", BER, "2026-05-04 10:00", 900,
  "cpu gatekeeper tl-prod-eu1 1h",
  "2026-05-04 10:02",
  "memory gatekeeper tl-prod-eu1 1h",
  "cpu vs memory: different measured quantity -> miss.")
P(G, "miss", NYC, "2026-05-04 13:00", 1800,
  "avg:system.io.r_s{host:ledger-db-primary} + w_s last 4h (IOPS)",
  "2026-05-04 13:03",
  "avg:system.io.await{host:ledger-db-primary} last 4h (disk latency)",
  "Disk IOPS vs disk latency -> miss.")
P(G, "miss", VIE, "2026-05-05 09:00", 900,
  "Fares / Quote API - p95 latency - 1h",
  "2026-05-05 09:02",
  "Fares / Quote API - error rate - 1h",
  "latency vs error rate -> miss.")
P(G, "miss", BER, "2026-05-05 14:00", 1800,
  "disk read throughput depot-nas-01 6h",
  "2026-05-05 14:03",
  "disk write throughput depot-nas-01 6h",
  "read vs write -> miss.")
P(G, "miss", LON, "2026-05-06 10:00", 900,
  "Inbound traffic on edge-rtr-02 xe-1/0/0 over the last hour?",
  "2026-05-06 10:02",
  "Outbound traffic on edge-rtr-02 xe-1/0/0 over the last hour?",
  "network in vs out -> miss.")
P(G, "miss", MAD, "2026-05-06 12:00", 3600,
  "how many alerts did the top up service have today",
  "2026-05-06 12:04",
  "how many incidents did the top up service have today",
  "alerts vs incidents -> miss.")
P(G, "miss", BER, "2026-05-07 09:00", 1800,
  "deploys ns planner since yesterday 18:00",
  "2026-05-07 09:02",
  "k8s events ns planner since yesterday 18:00",
  "deploys vs k8s events -> miss.")
P(G, "miss", LON, "2026-05-07 15:00", 1200,
  "index=tvm sourcetype=tvm-agent ERROR earliest=-2h",
  "2026-05-07 15:02",
  "index=tvm sourcetype=tvm-audit ERROR earliest=-2h",
  "Different log stream (application log vs audit log of the TVMs) -> miss.")
P(G, "miss", LIS, "2026-05-08 11:00", 1800,
  "The planner team asked me to look for slow stuff: can you show me the traces for jp-router in the last hour that took longer than 2 seconds?",
  "2026-05-08 11:03",
  "The planner team asked me to look for slow stuff: can you show me the logs for jp-router in the last hour that mention taking longer than 2 seconds?",
  "traces vs logs -> miss.")
P(G, "miss", BER, "2026-05-08 16:00", 900,
  "gc pause time topup-svc 1h",
  "2026-05-08 16:02",
  "heap used topup-svc 1h",
  "GC pause duration vs heap usage -> miss.")
P(G, "miss", NYC, "2026-05-11 09:00", 1800,
  "avg:redis.stats.keyspace_hits ratio {cache:stop-lookup} last 3h",
  "2026-05-11 09:02",
  "sum:redis.keys.evicted{cache:stop-lookup} last 3h",
  "cache hit ratio vs evictions -> miss.")
P(G, "miss", VIE, "2026-05-11 14:00", 900,
  "Ledger / HikariCP - active connections - 1h",
  "2026-05-11 14:01",
  "Ledger / HikariCP - connection acquire wait time - 1h",
  "Pool active count vs wait time (saturation vs latency) -> miss.")
P(G, "miss", MAD, "2026-05-12 11:00", 1800,
  "how deep is the gate tap events queue over the last hour",
  "2026-05-12 11:02",
  "how fast are consumers draining the gate tap events queue over the last hour",
  "queue depth vs consumer throughput -> miss.")
P(G, "miss", LON, "2026-05-12 19:00", 900,
  "Discarded packets on ae0 of core-sw-hbf-01, past 30 minutes?",
  "2026-05-12 19:02",
  "CRC errors on ae0 of core-sw-hbf-01, past 30 minutes?",
  "discards vs CRC errors: different counters -> miss.")
# ---------------------------------------------------------------- different_intent (14: 14 partial)
G = "different_intent"
P(G, "partial", MAD, "2026-05-13 10:00", 1800,
  "How many critical alerts did fare-api fire today?",
  "2026-05-13 10:03",
  "List the critical alerts fare-api fired today.",
  "count vs list over the same data -> partial.")
P(G, "partial", BER, "2026-05-13 13:00", 900,
  "restarts per pod ns gates 6h",
  "2026-05-13 13:02",
  "top 3 pods by restarts ns gates 6h",
  "list/breakdown vs top ranking -> partial.")
P(G, "partial", LON, "2026-05-14 09:00", 3600,
  "How many top-ups failed yesterday?",
  "2026-05-14 09:05",
  "How did failed top-ups trend hour by hour yesterday?",
  "count vs trend, same data -> partial.")
P(G, "partial", VIE, "2026-05-14 15:00", 900,
  "Planner / Route compute p50 - 3h",
  "2026-05-14 15:02",
  "Planner / Route compute p99 - 3h",
  "Another statistic of the same series (p50 vs p99) -> partial.")
P(G, "partial", NYC, "2026-05-15 08:00", 1800,
  "avg:avl.feed.age_seconds{env:prod} last 2h",
  "2026-05-15 08:03",
  "max:avl.feed.age_seconds{env:prod} last 2h",
  "avg vs max of the same series -> partial.")
P(G, "partial", LON, "2026-05-15 12:00", 3600,
  "What was the payment decline rate on the TVMs this morning?",
  "2026-05-15 12:05",
  "Was the payment decline rate on the TVMs this morning higher than on the website this morning?",
  "Rate vs comparison: B needs A's data plus the website's -> different intent -> partial.")
P(G, "partial", BER, "2026-05-18 10:00", 1800,
  "deploys jp-router this week count",
  "2026-05-18 10:02",
  "deploys jp-router this week list",
  "count vs list -> partial. Mon 05-18: 'this week' [05-18 00:00, t] both.")
P(G, "partial", MAD, "2026-05-18 14:00", 1800,
  "which gates at Sol station had errors in the last 2 hours",
  "2026-05-18 14:03",
  "which gate at Sol station had the most errors in the last 2 hours",
  "list vs top-1 ranking -> partial.")
P(G, "partial", LIS, "2026-05-19 09:00", 3600,
  "I need this for a ticket I'm writing: how many AVL feed stale alerts were there overnight?",
  "2026-05-19 09:05",
  "I need this for a ticket I'm writing: at what times overnight did the AVL feed stale alerts fire, in order?",
  "count vs timeline list -> partial. Overnight [05-18 22:00, 05-19 06:00] both.")
P(G, "partial", LON, "2026-05-19 14:00", 1200,
  "index=topup sourcetype=topup-svc level=ERROR earliest=-4h | stats count",
  "2026-05-19 14:03",
  "index=topup sourcetype=topup-svc level=ERROR earliest=-4h | stats count by error_code | sort -count | head 5",
  "Total count vs top 5 breakdown, same events -> partial.")
P(G, "partial", BER, "2026-05-20 09:00", 600,
  "ledger-db replication lag now",
  "2026-05-20 09:02",
  "is ledger-db replication lag getting worse or better right now",
  "current value vs trend/direction -> partial.")
P(G, "partial", VIE, "2026-05-20 16:00", 900,
  "Gates / Tap-to-open latency p95 [tl-prod-eu1] - 1h",
  "2026-05-20 16:02",
  "Gates / Tap-to-open latency mean [tl-prod-eu1] - 1h",
  "p95 vs mean of the same series -> partial.")
P(G, "partial", NYC, "2026-05-21 10:00", 1800,
  "count of jp-router traces with errors, last 1h",
  "2026-05-21 10:03",
  "which jp-router error traces in the last 1h had the longest duration? show the 10 slowest",
  "count vs top-10 list of the same traces -> partial.")
P(G, "partial", MAD, "2026-05-21 18:00", 3600,
  "how much money did card top ups bring in today",
  "2026-05-21 18:04",
  "how many card top ups did we do today",
  "sum of amount vs count of the same top-ups (another statistic) -> partial.")
# ---------------------------------------------------------------- time_zones (14: 7 hit, 5 partial, 2 miss)
G = "time_zones"
P(G, "hit", NYC, "2026-05-12 15:00", 1800,
  "sum:fares.quote.errors{env:prod} since 9am",
  "2026-05-12 15:05",
  "sum:fares.quote.errors{env:prod} since 13:00 UTC",
  "EDT = UTC-4: 09:00 EDT = 13:00Z. A [13:00Z,19:00Z], B [13:00Z,19:05Z]; end shift 5 min; age 5 min < 30 min -> hit.")
P(G, "hit", MAD, "2026-04-14 12:00", 1800,
  "How many gate tap rejections between 07:00 and 09:00 UTC?",
  "2026-04-14 12:05",
  "How many gate tap rejections between 09:00 and 11:00?",
  "Madrid is CEST (UTC+2) in April: 07:00-09:00Z = 09:00-11:00 local, identical -> hit.")
P(G, "hit", TYO, "2026-04-15 10:00", 3600,
  "How many AVL feed stale alerts did we have yesterday?",
  "2026-04-15 10:05",
  "How many AVL feed stale alerts did we have from 2026-04-13T15:00Z to 2026-04-14T15:00Z?",
  "Tokyo UTC+9: yesterday = 04-14 00:00-24:00 JST = [04-13 15:00Z, 04-14 15:00Z], identical -> hit.")
P(G, "hit", BER, "2026-03-30 09:00", 3600,
  "Wie viele Alerts have we yesterday for the gates gehabt?",
  "2026-03-30 09:05",
  "How many alerts for the gates between 2026-03-28T23:00Z and 2026-03-29T22:00Z?",
  "DST day: Sun 03-29 in Berlin starts 00:00 CET (=03-28 23:00Z) and ends 24:00 CEST (=03-29 22:00Z), 23 h long. B is exactly that range -> hit.")
P(G, "hit", MEL, "2026-04-22 10:00", 1800,
  "Depot-south charger faults between 2026-04-21T16:00Z and 2026-04-22T00:00Z?",
  "2026-04-22 10:05",
  "Depot-south charger faults between 2am and 10am today?",
  "Melbourne is AEST (UTC+10) after 04-05: 02:00-10:00 local on 04-22 = 04-21 16:00Z - 04-22 00:00Z -> identical -> hit.")
P(G, "hit", LON, "2026-10-26 09:00", 7200,
  "How many top-ups failed yesterday?",
  "2026-10-26 09:05",
  "How many top-ups failed on Oct 25 between 00:00 and 24:00 UTC?",
  "DST end: Sun 10-25 London = [00:00 BST = 10-24 23:00Z, 10-26 00:00Z], 25 h. B [10-25 00:00Z, 10-26 00:00Z]: start shift 1 h <= 3.6 h, end equal; fresh -> hit.")
P(G, "hit", BER, "2026-03-29 09:00", 1800,
  "pod restarts ns fares last 8h",
  "2026-03-29 09:05",
  "pod restarts ns fares since midnight",
  "DST start day: 09:00 CEST = 07:00Z, minus 8 h = 03-28 23:00Z = 00:00 CET = local midnight. Both start 23:00Z (only 8 real hours since midnight); end shift 5 min -> hit.")
P(G, "partial", NYC, "2026-05-13 15:00", 1800,
  "sum:fares.quote.errors{env:prod} since 9am",
  "2026-05-13 15:05",
  "sum:fares.quote.errors{env:prod} since 9am UTC",
  "A [09:00 EDT=13:00Z, 19:00Z] 6 h; B [09:00Z, 19:05Z]; start shift 4 h > tol; overlap 100% of shorter -> partial.")
P(G, "partial", MAD, "2026-04-16 10:00", 1800,
  "how many ticket machines went offline today",
  "2026-04-16 10:05",
  "how many ticket machines went offline since midnight UTC",
  "A today = [04-15 22:00Z, 08:00Z] 10 h; B [04-16 00:00Z, 08:05Z]; start shift 2 h > 1.5 h; overlap 8 h = 100% of shorter -> partial.")
P(G, "partial", TYO, "2026-04-16 14:00", 1800,
  "jp-router 5xx between 09:00 and 12:00",
  "2026-04-16 14:05",
  "jp-router 5xx between 01:00 and 04:00 UTC",
  "A 09-12 JST = [00:00Z,03:00Z]; B [01:00Z,04:00Z]; shift 1 h > 27 min; overlap 2/3 -> partial.")
P(G, "partial", MEL, "2026-04-23 14:00", 3600,
  "Depot-south charger faults this morning?",
  "2026-04-23 14:05",
  "Depot-south charger faults from 2026-04-22T20:00Z to 2026-04-23T04:00Z?",
  "A [06:00,12:00] AEST = [20:00Z, 02:00Z]; B = 06:00-14:00 AEST; end shift 2 h > tol; overlap 6 h = 100% of shorter -> partial.")
P(G, "partial", LON, "2026-05-14 10:00", 1800,
  "Card top-up declines since 07:00 UTC?",
  "2026-05-14 10:05",
  "Card top-up declines since 7am?",
  "London is BST in May: 07:00Z = 08:00 local. A [08:00,10:00]; B [07:00,10:05]; start shift 1 h > 18 min; overlap 100% of shorter -> partial.")
P(G, "miss", NYC, "2026-05-14 18:00", 1800,
  "count of gtfs-rt-publisher 5xx between noon and 2pm PT",
  "2026-05-14 18:05",
  "count of gtfs-rt-publisher 5xx between noon and 2pm",
  "A 12-14 PDT = 15:00-17:00 EDT; B 12:00-14:00 EDT: disjoint -> miss.")
P(G, "miss", TYO, "2026-04-17 14:00", 1800,
  "jp-router 5xx between 01:00 and 03:00 UTC",
  "2026-04-17 14:05",
  "jp-router 5xx between 01:00 and 03:00",
  "A 01-03Z = 10:00-12:00 JST; B 01:00-03:00 JST: disjoint -> miss.")
# ---------------------------------------------------------------- unrelated (10: 10 miss)
G = "unrelated"
P(G, "miss", MAD, "2026-05-04 10:00", 1800,
  "How many critical alerts fired for fare-api today?",
  "2026-05-04 10:05",
  "What's the disk latency on the depot NAS over the last hour?",
  "Different subject, service, range -> miss.")
P(G, "miss", BER, "2026-05-04 14:00", 900,
  "crashloops ns gates?",
  "2026-05-04 14:02",
  "bgp flaps edge-rtr-01 24h",
  "Unrelated -> miss.")
P(G, "miss", LON, "2026-05-05 11:00", 3600,
  "How much money did we refund on tickets last week?",
  "2026-05-05 11:10",
  "Which interfaces on core-sw-hbf-02 are flapping right now?",
  "Unrelated -> miss.")
P(G, "miss", VIE, "2026-05-05 15:00", 900,
  "AVL / Positions ingested per second - 6h",
  "2026-05-05 15:03",
  "Ledger / Postgres vacuum duration - 7d",
  "Unrelated -> miss.")
P(G, "miss", NYC, "2026-05-06 09:00", 1800,
  "p95:trace.http.request{service:jp-router} last 1h",
  "2026-05-06 09:04",
  "list monitors muted by team:ticketing",
  "Unrelated -> miss.")
P(G, "miss", LIS, "2026-05-06 13:00", 1800,
  "Sorry, quick one: how many vehicle positions did avl-ingest drop this morning?",
  "2026-05-06 13:05",
  "Sorry, quick one: who deployed the depot-scheduler cronjob last Friday and what changed?",
  "Unrelated -> miss.")
P(G, "miss", MAD, "2026-05-07 08:00", 3600,
  "is the journey planner up right now",
  "2026-05-07 08:01",
  "how many fare gates at Atocha were opened for free in emergency mode yesterday",
  "Unrelated -> miss.")
P(G, "miss", LON, "2026-05-07 12:00", 1200,
  "index=tvm sourcetype=tvm-agent PRINTER_JAM earliest=-4h | stats count by host",
  "2026-05-07 12:02",
  "index=k8s sourcetype=kube:events reason=FailedScheduling earliest=-4h | stats count by namespace",
  "Different index, stream and subject -> miss.")
P(G, "miss", BER, "2026-05-08 10:00", 600,
  "p99 fare-api 1h?",
  "2026-05-08 10:01",
  "cert expiry gtfs-rt-publisher ingress?",
  "Unrelated -> miss.")
P(G, "miss", LON, "2026-05-08 17:00", 3600,
  "What share of top-ups were paid by Apple Pay this week?",
  "2026-05-08 17:05",
  "How many SEV2 incidents did team-realtime close this week?",
  "Unrelated -> miss.")
# ---------------------------------------------------------------- hard_negatives (14: 3 partial, 11 miss)
G = "hard_negatives"
P(G, "partial", BER, "2026-05-11 10:00", 900,
  "p95 tap-to-open latency gatekeeper prod 1h",
  "2026-05-11 10:01",
  "p99 tap-to-open latency gatekeeper prod 1h",
  "One character: p95 vs p99 = another statistic of the same series -> partial (not miss, not hit).")
P(G, "partial", MAD, "2026-05-11 12:00", 1800,
  "How many critical alerts has topup-svc fired today?",
  "2026-05-11 12:02",
  "Which critical alerts has topup-svc fired today?",
  "How many vs Which: count vs list -> partial.")
P(G, "partial", LON, "2026-05-11 15:00", 900,
  "5xx on fare-api in prod in the last 30 minutes?",
  "2026-05-11 15:02",
  "5xx on fare-api in tl-prod-eu1 in the last 30 minutes?",
  "prod contains the prod cluster tl-prod-eu1: nested -> partial.")
P(G, "miss", BER, "2026-05-12 09:00", 900,
  "disk read iops ledger-db-primary 1h",
  "2026-05-12 09:01",
  "disk write iops ledger-db-primary 1h",
  "read vs write: different quantity -> miss.")
P(G, "miss", MAD, "2026-05-12 13:00", 1800,
  "How many critical alerts for the gates in the last 24 hours?",
  "2026-05-12 13:01",
  "How many non-critical alerts for the gates in the last 24 hours?",
  "'non-' prefix = complement -> miss.")
P(G, "miss", BER, "2026-05-12 16:00", 300,
  "pods ready ns fares",
  "2026-05-12 16:01",
  "pods not ready ns fares",
  "One word 'not' -> complement -> miss.")
P(G, "miss", LON, "2026-05-13 10:00", 1200,
  "index=fares sourcetype=fare-api uri=/fares/quote status=500 earliest=-1h | stats count",
  "2026-05-13 10:01",
  "index=fares sourcetype=fare-api uri=/fares/quote status=503 earliest=-1h | stats count",
  "One digit: 500 vs 503 sibling status -> miss.")
P(G, "miss", VIE, "2026-05-13 14:00", 900,
  "Gates / CPU throttling - gatekeeper - [tl-prod-eu1] - 1h",
  "2026-05-13 14:01",
  "Gates / CPU throttling - gatekeeper - [tl-prod-eu2] - 1h",
  "eu1 vs eu2 sibling cluster -> miss.")
P(G, "miss", MAD, "2026-05-13 17:00", 3600,
  "how many top up errors were there between one and three a.m.",
  "2026-05-13 17:02",
  "how many top up errors were there between one and three p.m.",
  "01:00-03:00 vs 13:00-15:00 today: disjoint -> miss.")
P(G, "miss", LON, "2026-05-14 11:00", 900,
  "Traffic in on ae0 of core-sw-hbf-01 over the last hour?",
  "2026-05-14 11:01",
  "Traffic out on ae0 of core-sw-hbf-01 over the last hour?",
  "in vs out -> different subject -> miss.")
P(G, "miss", BER, "2026-05-14 13:00", 900,
  "gatekeeper tap latency above 500ms 1h",
  "2026-05-14 13:01",
  "gatekeeper tap latency below 500ms 1h",
  "above vs below -> complement -> miss.")
P(G, "miss", LON, "2026-05-15 09:00", 3600,
  "How many incidents were opened today for team-ticketing?",
  "2026-05-15 09:01",
  "How many incidents were resolved today for team-ticketing?",
  "opened vs resolved: sibling state -> miss.")
P(G, "miss", NYC, "2026-05-15 11:00", 1800,
  "avg:trace.http.request.errors{service:jp-router,region:eu-central-1} last 1h",
  "2026-05-15 11:01",
  "avg:trace.http.request.errors{service:jp-router,region:eu-central-2} last 1h",
  "eu-central-1 vs eu-central-2: sibling region -> miss.")
P(G, "miss", MAD, "2026-05-15 16:00", 3600,
  "list the prod deploys this week that were rolled back",
  "2026-05-15 16:02",
  "list the prod deploys this week that were not rolled back",
  "One word 'not' -> complement -> miss.")


# ---------------------------------------------------------------- output
def main():
    split_names = ("dev8", "test8")
    counters = {}
    with open("pairs.jsonl", "w", encoding="utf-8") as f:
        for p in PAIRS:
            g = p["group"]
            i = counters.get(g, 0)
            counters[g] = i + 1
            rec = {
                "id": f"{GROUP_SLUG[g]}-b8-{i + 1:02d}",
                "group": g,
                "split": split_names[i % 2],
                "expect": p["expect"],
                "a": {"q": p["a_q"], "at": iso(p["a_at"], p["tz"]), "tz": p["tz"], "ttl": p["ttl"]},
                "b": {"q": p["b_q"], "at": iso(p["b_at"], p["btz"]), "tz": p["btz"]},
                "note": p["note"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(PAIRS)} pairs to pairs.jsonl")


if __name__ == "__main__":
    main()
