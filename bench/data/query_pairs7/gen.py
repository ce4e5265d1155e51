#!/usr/bin/env python3
"""Hand-written answer-cache pairs, batch 7, theme: Harbor (logistics / shipping).

Every question text, label and explanation below is written by hand.  The only
thing this script computes is the conversion of a local wall-clock time in the
asker's IANA zone into ISO 8601 with the real UTC offset (via zoneinfo), plus
the id / split bookkeeping.  Split rule (fixed before writing): inside each
group, pairs alternate dev7, test7, dev7, ... in the order written.
"""
import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

MAD, SIN, CHI, JNB, SAO, AKL, UTC = ("Europe/Madrid", "Asia/Singapore", "America/Chicago",
                                     "Africa/Johannesburg", "America/Sao_Paulo",
                                     "Pacific/Auckland", "UTC")

PAIRS = []


def P(group, expect, aq, at, atz, ttl, bq, bt, btz=None, note=""):
    PAIRS.append(dict(group=group, expect=expect, aq=aq, at=at, atz=atz, ttl=ttl,
                      bq=bq, bt=bt, btz=btz or atz, note=note))


def iso(local, tz):
    """'YYYY-MM-DD HH:MM' wall clock in tz -> ISO 8601 with that zone's real offset."""
    z = ZoneInfo(tz)
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    dt = naive.replace(tzinfo=z)
    # refuse wall times that do not exist or are ambiguous (DST gaps / folds)
    back = dt.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None)
    other = naive.replace(tzinfo=z, fold=1)
    if back != naive or other.utcoffset() != dt.utcoffset():
        raise ValueError(f"non-existent or ambiguous wall time {local} in {tz}")
    return dt.isoformat()


# ---------------------------------------------------------------- paraphrase (50, all hit)
G = "paraphrase"
P(G, "hit", "How many critical alerts fired for berth-scheduler in the last 2 hours?", "2026-04-14 10:00", MAD, 900,
  "berth-scheduler → count of crit alerts over the past 120 min, pls", "2026-04-14 10:06", note=
  "r5 hit: A [08:00,10:00] B [08:06,10:06] CEST; tol max(15%*2h=18m,5m)=18m, both ends shift 6m; B-A=360s<ttl 900")
P(G, "hit", "What's the current status of customs-gw?", "2026-02-03 14:20", SIN, 300,
  "IC HERE. CUSTOMS-GW — UP OR DOWN, RIGHT NOW. NEED IT IN 30 SEC.", "2026-02-03 14:22", note=
  "r5 hit: now-window A [14:15,14:20] B [14:17,14:22] SGT; tol 5m, shift 2m; B-A=120s<300")
P(G, "hit", "List today's deployments of manifest-api to prod.", "2026-05-06 15:30", CHI, 1800,
  "Hi! Product here, sorry if this is a silly question 🙈 which new versions of manifest-api did we release to production since midnight? Just a list is perfect", "2026-05-06 15:41", note=
  "r5 hit: A [00:00,15:30] B [00:00,15:41] CDT; end diff 11m <= tol 15%*15.5h=2.3h; prod=production; B-A=660s<1800")
P(G, "hit", "Show me error logs from the customs-gw pods in the customs namespace over the last 30 minutes", "2026-03-10 11:00", MAD, 600,
  "Please, I need see the logs of errors of customs-gw, in the ns customs, from the last half hour. Thank you!", "2026-03-10 11:04", note=
  "r5 hit: A [10:30,11:00] B [10:34,11:04] CET; tol max(4.5m,5m)=5m, shift 4m; B-A=240s<600")
P(G, "hit", "What is the p95 latency of tracking-ingest over the last hour?", "2026-06-09 09:15", SAO, 900,
  "whats the 95th percentile latency on tracking ingest last hr? on my phone, ducking autocorrect", "2026-06-09 09:19", note=
  "r5 hit: A [08:15,09:15] B [08:19,09:19] BRT; tol 9m, shift 4m; p95=95th percentile; B-A=240s<900")
P(G, "hit", "How many incidents has team-yard opened this week?", "2026-07-09 16:00", JNB, 3600,
  "select count(*) from incidents where owner_team = 'team-yard' and opened_at >= date_trunc('week', now())  -- can u run this", "2026-07-09 16:20", note=
  "r5 hit: Thu; A [Mon 07-06 00:00, 07-09 16:00] B [Mon 00:00, 16:20] SAST; end diff 20m <= tol 15%*88h=13.2h; B-A=1200s<3600")
P(G, "hit", "What's the 5xx rate on manifest-api over the last 15 minutes?", "2026-08-18 13:00", UTC, 300,
  'sum(rate(manifest_api_requests_total{code=~"5.."}[15m])) — what does that come out to?', "2026-08-18 13:03", note=
  "r5 hit: A [12:45,13:00] B [12:48,13:03] UTC (the [15m] window evaluated at ask time); tol 5m, shift 3m; B-A=180s<300")
P(G, "hit", "Did /track/{awb} on tracking-api return any 5xx yesterday?", "2026-09-15 10:00", AKL, 86400,
  'Customer ticket #88213 (Kiwi Fresh Exports) says: "your tracking page was throwing errors all day yesterday". Can you check whether tracking-api /track/{awb} served 5xx yesterday?', "2026-09-15 10:30", note=
  "r5 hit: both yesterday = [09-14 00:00, 09-15 00:00] NZST; identical; B-A=1800s<86400")
P(G, "hit", "Which alerts are currently firing in the reefer namespace?", "2026-01-21 03:10", CHI, 300,
  "wat alrts r firign rn in ns reefer.. pls", "2026-01-21 03:12", note=
  "r5 hit: now A [03:05,03:10] B [03:07,03:12] CST; tol 5m, shift 2m; typos ignored; B-A=120s<300")
P(G, "hit", "list crit incidents last month", "2026-10-01 09:00", JNB, 86400,
  "Kindly provide an enumeration of all incidents classified as critical during the preceding thirty (30) days.", "2026-10-01 09:45", note=
  "r5 hit: last month=30d; A [09-01 09:00,10-01 09:00] B [09-01 09:45,10-01 09:45] SAST; tol 4.5d, shift 45m; B-A=2700s<86400")
P(G, "hit", "Top 5 noisiest alertnames across prod this week", "2026-11-04 11:00", SIN, 3600,
  "Since Monday, which five alert rules fired the most in production?", "2026-11-04 11:15", note=
  "r5 hit: Wed; A [Mon 11-02 00:00, 11:00] B [Mon 00:00, 11:15] SGT; end diff 15m <= tol 8.8h; B-A=900s<3600")
P(G, "hit", "Is the berth-scheduler queue depth trending up over the last 6 hours?", "2026-05-12 18:00", MAD, 1800,
  "berth_queue_depth over 6h — climbing, or flat/down?", "2026-05-12 18:10", note=
  "r5 hit: A [12:00,18:00] B [12:10,18:10] CEST; tol 54m, shift 10m; B-A=600s<1800")
P(G, "hit", "Show Kubernetes events for the crane-dispatch pods in namespace berthing from the past hour", "2026-02-17 13:00", AKL, 600,
  "k8s events, ns=berthing, pods crane-dispatch-*, last 60m?", "2026-02-17 13:05", note=
  "r5 hit: A [12:00,13:00] B [12:05,13:05] NZDT; tol 9m, shift 5m; B-A=300s<600")
P(G, "hit", "How many warning-level ReeferTempDrift alerts have fired today?", "2026-03-18 17:00", SAO, 1800,
  "ReeferTempDrift sev=warn — count since 00:00 local", "2026-03-18 17:12", note=
  "r5 hit: A [00:00,17:00] B [00:00,17:12] BRT; end diff 12m <= tol 2.55h; warn=warning; B-A=720s<1800")
P(G, "hit", "Compare the error rate of customs-gw in prod-eu vs prod-ap over the last 24 hours", "2026-06-22 08:00", UTC, 3600,
  "customs-gw errors side by side: prod-ap against prod-eu, past day", "2026-06-22 08:30", note=
  "r5 hit: A [06-21 08:00,06-22 08:00] B [06-21 08:30,06-22 08:30] UTC; tol 3.6h, shift 30m; B-A=1800s<3600")
P(G, "hit", "List deploys of eta-predictor to stg in the last 7 days", "2026-07-14 10:00", CHI, 7200,
  "what got shipped to staging for eta-predictor over the past week?", "2026-07-14 10:40", note=
  "r5 hit: past week = rolling 7d; A [07-07 10:00,07-14 10:00] B [07-07 10:40,07-14 10:40] CDT; tol 25.2h, shift 40m; B-A=2400s<7200")
P(G, "hit", "Are any nodes NotReady in cluster quay-prod-ap right now?", "2026-08-05 22:00", SIN, 120,
  "quay-prod-ap: is there currently a node in NotReady state?", "2026-08-05 22:01", note=
  "r5 hit: now A [21:55,22:00] B [21:56,22:01] SGT; tol 5m, shift 1m; B-A=60s<120")
P(G, "hit", "Show logs from host edi-relay-03 between 01:00 and 03:00", "2026-04-28 08:00", JNB, 3600,
  "can you pull edi-relay-03's host logs for 1am to 3am today?", "2026-04-28 08:20", note=
  "r5 hit: both [04-28 01:00,03:00] SAST; identical; B-A=1200s<3600")
P(G, "hit", "What was the average CPU usage of route-optimizer over the last 3 hours?", "2026-09-08 16:00", MAD, 900,
  "Quick one from product 😊 how busy were the route-optimizer servers' processors, on average, these past three hours?", "2026-09-08 16:05", note=
  "r5 hit: A [13:00,16:00] B [13:05,16:05] CEST; tol 27m, shift 5m; B-A=300s<900")
P(G, "hit", "How many pod restarts were there in namespace lastmile in the last 24h?", "2026-10-13 12:00", SAO, 1800,
  "Hello, how many restarts of pods had the namespace lastmile during the last day? Thanks!", "2026-10-13 12:25", note=
  "r5 hit: A [10-12 12:00,10-13 12:00] B [+25m] BRT; tol 3.6h, shift 25m; B-A=1500s<1800")
P(G, "hit", "Give me all unacknowledged critical alerts for crane-dispatch from the last 30 minutes", "2026-11-17 02:00", UTC, 300,
  "CRANE-DISPATCH. CRIT. NOT ACKED. LAST HALF HOUR. LIST. GO.", "2026-11-17 02:03", note=
  "r5 hit: A [01:30,02:00] B [01:33,02:03] UTC; tol 5m, shift 3m; not acked=unacknowledged; B-A=180s<300")
P(G, "hit", "How many 5xx responses has label-printer-svc returned since 9am?", "2026-05-20 11:00", AKL, 900,
  "label printer svc 5xx count since nine this morning pls (typing w one thumb)", "2026-05-20 11:08", note=
  "r5 hit: A [09:00,11:00] B [09:00,11:08] NZST; end diff 8m <= tol 18m; B-A=480s<900")
P(G, "hit", "Top 10 booking-portal endpoints by number of errors in the last 6 hours", "2026-06-02 14:00", CHI, 1800,
  "select endpoint, count(*) errs from booking_portal_requests where status >= 500 and ts > now() - interval '6 hours' group by endpoint order by errs desc limit 10", "2026-06-02 14:20", note=
  "r5 hit: errors=5xx (status>=500); A [08:00,14:00] B [08:20,14:20] CDT; tol 54m, shift 20m; B-A=1200s<1800")
P(G, "hit", "Memory usage of the eta-predictor pods over the last hour?", "2026-03-03 09:00", SIN, 600,
  'container_memory_working_set_bytes{pod=~"eta-predictor-.*"} over the past 1h — how does it look?', "2026-03-03 09:05", note=
  "r5 hit: A [08:00,09:00] B [08:05,09:05] SGT; tol 9m, shift 5m; B-A=300s<600")
P(G, "hit", "Were there any incidents affecting booking-portal yesterday?", "2026-07-22 09:00", SAO, 86400,
  'Customer (Andes Cold Chain) on chat: "was your booking site down yesterday? we could not book slots". Did booking-portal have any incident yesterday?', "2026-07-22 11:00", note=
  "r5 hit: both [07-21 00:00,07-22 00:00] BRT; B-A=7200s<86400")
P(G, "hit", "Is the disk on db-manifest-01 filling up right now?", "2026-01-13 03:40", MAD, 300,
  "db-manifest-01 disk getting full rn?? 😴 pager wont shut up", "2026-01-13 03:43", note=
  "r5 hit: now A [03:35,03:40] B [03:38,03:43] CET; tol 5m, shift 3m; B-A=180s<300")
P(G, "hit", "list acked alerts for customs-gw on Monday", "2026-02-10 10:00", MAD, 86400,
  "For audit purposes, please furnish the list of customs-gw alerts that were acknowledged during Monday, 9 February 2026.", "2026-02-10 10:30", note=
  "r5 hit: asked Tue 02-10; Monday = [02-09 00:00,02-10 00:00] CET both; acked=acknowledged; B-A=1800s<86400")
P(G, "hit", "How many ReeferTempDrift alerts fired this morning?", "2026-08-25 11:00", JNB, 1800,
  "count ReeferTempDrift firings between 6am and now", "2026-08-25 11:05", note=
  "r5 hit: A this morning [06:00,11:00] B [06:00,11:05] SAST; end diff 5m <= tol 45m; B-A=300s<1800")
P(G, "hit", "Show the slowest traces for POST /v2/manifests over the last 30 min", "2026-12-01 15:00", UTC, 600,
  "any really slow traces on POST /v2/manifests in the past half hour? show me the worst ones", "2026-12-01 15:03", note=
  "r5 hit: A [14:30,15:00] B [14:33,15:03] UTC; tol 5m, shift 3m; B-A=180s<600")
P(G, "hit", "What's the error rate of customs-gw in stg right now?", "2026-02-24 11:30", CHI, 300,
  "staging customs-gw — current 5xx %?", "2026-02-24 11:33", note=
  "r5 hit: now A [11:25,11:30] B [11:28,11:33] CST; errors=5xx, stg=staging; tol 5m, shift 3m; B-A=180s<300")
P(G, "hit", "List incidents for team-lastmile over the weekend", "2026-03-09 08:30", AKL, 7200,
  "which incidents landed on team-lastmile on Saturday and Sunday?", "2026-03-09 08:50", note=
  "r5 hit: asked Mon; both [Sat 03-07 00:00, Mon 03-09 00:00] NZDT; B-A=1200s<7200")
P(G, "hit", "Which OOMKilled events happened in ns forecast today?", "2026-10-20 15:00", SIN, 1800,
  "list pls: today, namespace forecast, k8s events with reason OOMKilled", "2026-10-20 15:10", note=
  "r5 hit: A [00:00,15:00] B [00:00,15:10] SGT; end diff 10m <= tol 2.25h; B-A=600s<1800")
P(G, "hit", "What was booking-portal's availability over the last 7 days?", "2026-06-30 10:00", MAD, 3600,
  "For my QBR slide: what % of the time was the booking website (booking-portal) up during the past week?", "2026-06-30 10:30", note=
  "r5 hit: rolling 7d; A [06-23 10:00,06-30 10:00] B [+30m] CEST; tol 25.2h; B-A=1800s<3600")
P(G, "hit", "Show me deploys across all services in the last 2 hours", "2026-04-07 19:00", UTC, 600,
  "WHAT SHIPPED IN THE LAST 2H?? EVERY SERVICE. LIST IT.", "2026-04-07 19:02", note=
  "r5 hit: A [17:00,19:00] B [17:02,19:02] UTC; tol 18m, shift 2m; B-A=120s<600")
P(G, "hit", "How many 503s did dock-door-api return between 14:00 and 15:00?", "2026-09-29 16:00", CHI, 3600,
  "dock-door-api, status=503, count for the 2pm–3pm hour", "2026-09-29 16:10", note=
  "r5 hit: both [14:00,15:00] CDT; B-A=600s<3600")
P(G, "hit", "Show error logs for tracking-ingest in prod in the last 15 minutes", "2026-05-26 21:00", JNB, 600,
  '{app="tracking-ingest", env="prod"} |= "level=error"  — last 15m', "2026-05-26 21:04", note=
  "r5 hit: A [20:45,21:00] B [20:49,21:04] SAST; tol 5m, shift 4m; B-A=240s<600")
P(G, "hit", "Which alerts did team-customs acknowledge yesterday?", "2026-11-25 09:00", MAD, 43200,
  "Yesterday the team-customs, which alerts they have acknowledged?", "2026-11-25 09:20", note=
  "r5 hit: both [11-24 00:00,11-25 00:00] CET; B-A=1200s<43200")
P(G, "hit", "Is crane-dispatch healthy?", "2026-07-01 07:45", AKL, 300,
  "crane dispatch ok atm? 🙏", "2026-07-01 07:47", note=
  "r5 hit: now A [07:40,07:45] B [07:42,07:47] NZST; tol 5m, shift 2m; B-A=120s<300")
P(G, "hit", "How many failed prod deploys have we had this quarter?", "2026-03-31 17:00", UTC, 86400,
  "Please state the number of unsuccessful production deployments recorded since 1 January 2026.", "2026-03-31 17:30", note=
  "r5 hit: Q1: A [01-01 00:00,03-31 17:00] B [01-01 00:00,03-31 17:30] UTC; end diff 30m; B-A=1800s<86400")
P(G, "hit", "Which alerts paged the on-call in the last hour?", "2026-04-16 03:20", SAO, 600,
  "ugh whch alerts paged me in teh last hr", "2026-04-16 03:22", note=
  "r5 hit: asker is the on-call; A [02:20,03:20] B [02:22,03:22] BRT; tol 9m, shift 2m; B-A=120s<600")
P(G, "hit", "How has CPU throttling for route-optimizer pods in ns planning trended over the last 24h?", "2026-12-08 10:00", SIN, 3600,
  "route-optimizer, namespace planning: throttling of cpu, past day — going up or down?", "2026-12-08 10:30", note=
  "r5 hit: A [12-07 10:00,12-08 10:00] B [+30m] SGT; tol 3.6h; B-A=1800s<3600")
P(G, "hit", "Number of alerts per severity for reefer-telemetry today", "2026-02-12 14:00", JNB, 1800,
  "select severity, count(*) from alerts where service = 'reefer-telemetry' and fired_at >= current_date group by severity", "2026-02-12 14:15", note=
  "r5 hit: A [00:00,14:00] B [00:00,14:15] SAST; end diff 15m <= tol 2.1h; B-A=900s<1800")
P(G, "hit", "Did notify-hub log any email send errors since 8am?", "2026-10-06 12:00", CHI, 1800,
  'Support here, customer quote: "we have not received a single delivery email from you since 8 this morning". Any email sending errors in notify-hub since 8?', "2026-10-06 12:20", note=
  "r5 hit: A [08:00,12:00] B [08:00,12:20] CDT; end diff 20m <= tol 36m; B-A=1200s<1800")
P(G, "hit", "Show disk write IOPS on db-manifest-02 for the past 2 hours", "2026-05-05 06:00", UTC, 900,
  "db-manifest-02: how many write ops per second has its disk been doing over the last 120 minutes?", "2026-05-05 06:10", note=
  "r5 hit: A [04:00,06:00] B [04:10,06:10] UTC; tol 18m, shift 10m; B-A=600s<900")
P(G, "hit", "Is there an open incident for customs-gw?", "2026-08-11 14:00", MAD, 180,
  "DO WE HAVE AN INCIDENT OPEN ON CUSTOMS-GW RIGHT NOW. Y/N.", "2026-08-11 14:01", note=
  "r5 hit: now A [13:55,14:00] B [13:56,14:01] CEST; tol 5m, shift 1m; B-A=60s<180")
P(G, "hit", "How many alerts did berth-scheduler fire last week?", "2026-11-10 09:00", AKL, 7200,
  "Roughly how many times did the berth scheduling system (berth-scheduler) raise alarms in the past 7 days?", "2026-11-10 09:40", note=
  "r5 hit: last week = rolling 7d; A [11-03 09:00,11-10 09:00] B [+40m] NZDT; tol 25.2h; B-A=2400s<7200")
P(G, "hit", "List pods in CrashLoopBackOff in ns customs right now", "2026-01-27 18:00", SIN, 300,
  "currently crashlooping pods in the customs namespace?", "2026-01-27 18:03", note=
  "r5 hit: now A [17:55,18:00] B [17:58,18:03] SGT; tol 5m, shift 3m; B-A=180s<300")
P(G, "hit", "p99 latency of customs-gw /declarations over the last 6h", "2026-09-22 14:00", SAO, 1800,
  'histogram_quantile(0.99, sum by (le) (rate(customs_gw_request_duration_seconds_bucket{route="/declarations"}[5m]))) over the past 6h', "2026-09-22 14:20", note=
  "r5 hit: A [08:00,14:00] B [08:20,14:20] BRT; tol 54m, shift 20m; B-A=1200s<1800")
P(G, "hit", "Which hosts had disk usage above 85% today?", "2026-03-24 16:00", UTC, 1800,
  "Today, which are the hosts with the disk more full than 85%?", "2026-03-24 16:05", note=
  "r5 hit: A [00:00,16:00] B [00:00,16:05] UTC; same threshold; B-A=300s<1800")
P(G, "hit", "List every billing-ledger deploy between June 1 and June 15", "2026-06-16 09:00", MAD, 86400,
  "Please enumerate all deployments of billing-ledger performed from 1 June 2026 through 15 June 2026 inclusive.", "2026-06-16 11:00", note=
  "r5 hit: A [06-01 00:00, 06-15 00:00 or 06-16 00:00] B [06-01 00:00,06-16 00:00] CEST; worst end diff 24h <= tol 15%*14d=50h; B-A=7200s<86400")

# ---------------------------------------------------------------- asked_later (20)
G = "asked_later"
P(G, "hit", "How many critical alerts has customs-gw raised in the last 24 hours?", "2026-04-21 08:00", MAD, 14400,
  "customs-gw crit alerts, count, past 24h?", "2026-04-21 11:00", note=
  "r5 hit: A [04-20 08:00,04-21 08:00] B [04-20 11:00,04-21 11:00] CEST; shift 3h <= tol 3.6h; B-A=10800s<14400")
P(G, "partial", "How many critical alerts has manifest-api raised in the last 24 hours?", "2026-04-22 08:00", MAD, 21600,
  "again pls: number of critical alerts for manifest-api over the last 24h", "2026-04-22 13:00", note=
  "r5 partial: A [04-21 08:00,04-22 08:00] B [04-21 13:00,04-22 13:00]; shift 5h > tol 3.6h; overlap 19h/24h; fresh (18000<21600) but range moved")
P(G, "hit", "How many 5xx has booking-portal served today?", "2026-05-13 09:00", CHI, 7200,
  "booking-portal errors so far today — how many?", "2026-05-13 10:00", note=
  "r5 hit: A [00:00,09:00] B [00:00,10:00] CDT; end diff 60m <= tol 15%*9h=81m; B-A=3600s<7200")
P(G, "partial", "how many 5xx on booking-portal since midnight", "2026-05-14 03:00", CHI, 7200,
  "ok and now — booking-portal 5xx total for today?", "2026-05-14 04:00", note=
  "r5 partial: A [00:00,03:00] B [00:00,04:00] CDT; end diff 60m > tol 27m (36m even on B's 4h); fresh 3600<7200 but range grew too much")
P(G, "hit", "Give me the incident count per team for the last 7 days", "2026-06-15 10:00", JNB, 90000,
  "incidents per team, past week — count", "2026-06-16 10:00", note=
  "r5 hit: A [06-08 10:00,06-15 10:00] B [06-09 10:00,06-16 10:00] SAST; shift 24h <= tol 25.2h; B-A=86400s<90000")
P(G, "partial", "What's the p95 latency of customs-gw over the last hour?", "2026-07-07 14:00", SIN, 3600,
  "customs-gw p95, last hour, again", "2026-07-07 14:20", note=
  "r5 partial: A [13:00,14:00] B [13:20,14:20] SGT; shift 20m > tol 9m; overlap 40/60; fresh 1200<3600")
P(G, "hit", "What's the p95 latency of eta-predictor over the last hour?", "2026-07-08 14:00", SIN, 900,
  "eta-predictor 95th pct latency, past 60 min?", "2026-07-08 14:08", note=
  "r5 hit: A [13:00,14:00] B [13:08,14:08] SGT; shift 8m <= tol 9m; B-A=480s<900")
P(G, "hit", "Is tracking-ingest healthy right now?", "2026-08-12 10:00", SAO, 600,
  "tracking-ingest ok currently?", "2026-08-12 10:04", note=
  "r5 hit: now A [09:55,10:00] B [09:59,10:04] BRT; shift 4m <= tol 5m; B-A=240s<600")
P(G, "partial", "Is route-optimizer healthy right now?", "2026-08-13 10:00", SAO, 600,
  "and route-optimizer now? healthy?", "2026-08-13 10:07", note=
  "r3 exception -> partial: A [09:55,10:00] B [10:02,10:07] BRT, overlap 0; same 'now' question re-asked while fresh (420<600) => partial")
P(G, "hit", "How many deploys to prod this week?", "2026-09-01 12:00", AKL, 21600,
  "prod deploy count for this week?", "2026-09-01 16:00", note=
  "r5 hit: Tue; A [Mon 08-31 00:00, 09-01 12:00]=36h B [.., 16:00]=40h NZST; end diff 4h <= tol 5.4h; B-A=14400s<21600")
P(G, "partial", "List the alerts on crane-dispatch since 9am", "2026-09-09 10:00", UTC, 3600,
  "crane-dispatch alerts since 09:00, list again", "2026-09-09 10:30", note=
  "r5 partial: A [09:00,10:00] B [09:00,10:30] UTC; end diff 30m > tol 9m (13.5m on 1.5h); fresh 1800<3600")
P(G, "hit", "How many incidents has team-quayside had this month?", "2026-06-25 12:00", MAD, 172800,
  "team-quayside incident count, month to date?", "2026-06-26 12:00", note=
  "r5 hit: A [06-01 00:00,06-25 12:00]=24.5d B [06-01 00:00,06-26 12:00]; end diff 24h <= tol 3.7d; B-A=86400s<172800")
P(G, "hit", "Top 5 alertnames by firing count over the last 30 days", "2026-10-05 09:00", CHI, 302400,
  "top five alerts by how often they fired, past 30 days", "2026-10-08 09:00", note=
  "r5 hit: A [09-05 09:00,10-05 09:00] B [09-08 09:00,10-08 09:00] CDT; shift 72h <= tol 108h; B-A=259200s<302400")
P(G, "partial", "Average memory usage of berth-scheduler over the last 6 hours?", "2026-11-03 12:00", JNB, 7200,
  "berth-scheduler avg mem, last 6h?", "2026-11-03 13:00", note=
  "r5 partial: A [06:00,12:00] B [07:00,13:00] SAST; shift 60m > tol 54m; fresh 3600<7200")
P(G, "hit", "Average memory usage of crane-dispatch over the last 6 hours?", "2026-11-04 12:00", JNB, 3600,
  "crane-dispatch mean memory over the past six hours", "2026-11-04 12:50", note=
  "r5 hit: A [06:00,12:00] B [06:50,12:50] SAST; shift 50m <= tol 54m; B-A=3000s<3600")
P(G, "hit", "Which alerts fired on reefer-telemetry yesterday?", "2026-12-15 09:00", SIN, 86400,
  "yesterday's reefer-telemetry alerts — list", "2026-12-15 18:00", note=
  "r5 hit: both [12-14 00:00,12-15 00:00] SGT; B-A=32400s<86400")
P(G, "partial", "How many ReeferTempDrift alerts this morning?", "2026-10-14 10:00", AKL, 7200,
  "ReeferTempDrift count for this morning?", "2026-10-14 11:30", note=
  "r5 partial: A [06:00,10:00] B [06:00,11:30] NZDT; end diff 90m > tol 36m (49.5m on 5.5h); fresh 5400<7200")
P(G, "hit", "List the alerts that fired overnight", "2026-01-20 07:00", MAD, 28800,
  "list last night's alerts pls", "2026-01-20 09:30", note=
  "r5 hit: both [01-19 22:00,01-20 06:00] CET; B-A=9000s<28800")
P(G, "hit", "How many pages has the on-call received since Monday?", "2026-02-18 09:00", CHI, 28800,
  "on-call page count since monday?", "2026-02-18 15:00", note=
  "r5 hit: Wed; A [Mon 02-16 00:00, 09:00]=57h B [.., 15:00]=63h CST; end diff 6h <= tol 8.55h; B-A=21600s<28800")
P(G, "partial", "How many critical alerts fired across prod in the last 24 hours?", "2026-03-17 10:00", UTC, 86400,
  "prod crit alerts in the last 24h — count?", "2026-03-18 09:00", note=
  "r3 exception -> partial: A [03-16 10:00,03-17 10:00] B [03-17 09:00,03-18 09:00]; overlap 1h/24h=4%<25%, but same rolling question re-asked while fresh (82800<86400)")

# ---------------------------------------------------------------- relative_vs_absolute (22)
G = "relative_vs_absolute"
P(G, "hit", "How many 5xx did customs-gw return in the last 2 hours?", "2026-05-19 15:00", MAD, 900,
  "customs-gw 5xx since 13:00?", "2026-05-19 15:02", note=
  "r5 hit: A [13:00,15:00] B [13:00,15:02] CEST; end diff 2m; B-A=120s<900")
P(G, "partial", "How many 5xx did manifest-api return since 13:00?", "2026-05-20 15:00", MAD, 1800,
  "manifest-api 5xx in the last 3 hours, how many", "2026-05-20 15:05", note=
  "r5 partial: A [13:00,15:00] B [12:05,15:05] CEST; start diff 55m > tol 18m (27m on 3h); overlap 100% of A")
P(G, "hit", "Which deploys went out yesterday?", "2026-04-15 09:00", SIN, 86400,
  "Can you list the deploys from Tuesday?", "2026-04-15 09:30", note=
  "r5 hit: asked Wed; yesterday = Tuesday = [04-14 00:00,04-15 00:00] SGT; B-A=1800s<86400")
P(G, "miss", "What deploys happened yesterday?", "2026-04-16 09:00", SIN, 86400,
  "list the Tuesday deploys pls", "2026-04-16 09:30", note=
  "r3 miss: asked Thu; A = Wed [04-15 00:00,04-16 00:00], B = Tue [04-14 00:00,04-15 00:00] SGT; overlap 0")
P(G, "hit", "How many alerts has team-yard received since midnight?", "2026-06-03 13:00", CHI, 1800,
  "team-yard alert count for today", "2026-06-03 13:10", note=
  "r5 hit: A [00:00,13:00] B [00:00,13:10] CDT; end diff 10m; B-A=600s<1800")
P(G, "partial", "How many incidents were opened in the last 24 hours?", "2026-07-21 09:00", JNB, 3600,
  "How many incidents were opened yesterday?", "2026-07-21 09:05", note=
  "r5 partial: A [07-20 09:00,07-21 09:00] B [07-20 00:00,07-21 00:00] SAST; overlap 15h/24h=62.5%; start diff 9h > tol 3.6h")
P(G, "hit", "Any errors in the notify-hub SMS logs this morning?", "2026-08-04 10:30", SAO, 1800,
  "notify-hub sms log errors since 6am?", "2026-08-04 10:35", note=
  "r5 hit: A [06:00,10:30] B [06:00,10:35] BRT; end diff 5m; B-A=300s<1800")
P(G, "partial", "What errors showed up in notify-hub's SMS logs this morning?", "2026-08-05 14:00", SAO, 1800,
  "notify-hub sms errors, last 8 hours", "2026-08-05 14:01", note=
  "r5 partial: A this morning asked 14:00 = [06:00,12:00] B [06:01,14:01] BRT; end diff 2h01 > tol 54m (72m on 8h)")
P(G, "hit", "Anything alert on crane-dispatch last night?", "2026-05-27 07:00", AKL, 21600,
  "crane-dispatch alerts between 22:00 yesterday and 06:00 this morning?", "2026-05-27 08:10", note=
  "r5 hit: both [05-26 22:00,05-27 06:00] NZST; B-A=4200s<21600")
P(G, "hit", "How many deploys since Monday?", "2026-06-10 12:00", UTC, 7200,
  "deploy count this week", "2026-06-10 12:20", note=
  "r5 hit: Wed; A [Mon 06-08 00:00,12:00] B [Mon 00:00,12:20] UTC; end diff 20m; B-A=1200s<7200")
P(G, "partial", "How many deploys last week?", "2026-06-11 10:00", MAD, 7200,
  "how many deploys this week?", "2026-06-11 10:05", note=
  "r5 partial: last week = rolling 7d A [06-04 10:00,06-11 10:00]=168h; B this week [Mon 06-08 00:00,06-11 10:05]=82h CEST; overlap 100% of B; start diff 86h > tol 12.3h")
P(G, "hit", "How many incidents since Apr 20?", "2026-04-23 06:00", CHI, 3600,
  "incidents in the last 3 days — how many?", "2026-04-23 06:10", note=
  "r5 hit: A [04-20 00:00,04-23 06:00]=78h B [04-20 06:10,04-23 06:10]=72h CDT; start diff 6h10m <= tol 10.8h; end diff 10m; B-A=600s<3600")
P(G, "partial", "incident count since April 20th", "2026-04-25 06:00", CHI, 3600,
  "how many incidents in the last 3 days?", "2026-04-25 06:10", note=
  "r5 partial: A [04-20 00:00,04-25 06:00]=126h B [04-22 06:10,04-25 06:10]=72h CDT; overlap ~100% of B; start diff 54h > tol 10.8h")
P(G, "hit", "Total alerts for team-customs this month?", "2026-05-30 12:00", SIN, 86400,
  "team-customs alerts over the last 30 days, total", "2026-05-30 12:05", note=
  "r5 hit: A [05-01 00:00,05-30 12:00]=29.5d B [04-30 12:05,05-30 12:05]=30d SGT; start diff 11h55m <= tol 4.4d; B-A=300s<86400")
P(G, "partial", "Total alerts for team-ledger this month?", "2026-05-12 12:00", SIN, 86400,
  "team-ledger total alerts, last 30 days", "2026-05-12 12:05", note=
  "r5 partial: A [05-01 00:00,05-12 12:00]=11.5d B [04-12 12:05,05-12 12:05]=30d; overlap 100% of A; start diff 18.5d > tol 1.7d")
P(G, "hit", "Were there any incidents over the weekend?", "2026-08-10 09:00", JNB, 43200,
  "any incidents Saturday or Sunday?", "2026-08-10 09:20", note=
  "r5 hit: asked Mon; both [Sat 08-08 00:00, Mon 08-10 00:00] SAST; B-A=1200s<43200")
P(G, "partial", "What alerts fired over the weekend?", "2026-08-17 10:55", JNB, 43200,
  "list alerts since Friday 18:00", "2026-08-17 11:00", note=
  "r5 partial: A [Sat 08-15 00:00, Mon 08-17 00:00]=48h B [Fri 08-14 18:00, Mon 11:00]=65h SAST; start diff 6h, end diff 11h > tol 7.2h (9.75h on 65h)")
P(G, "hit", "How many 504s on customs-gw between 10:00 and 12:00?", "2026-09-16 12:01", UTC, 900,
  "customs-gw 504 count, last 2h", "2026-09-16 12:03", note=
  "r5 hit: A [10:00,12:00] B [10:03,12:03] UTC; shift 3m <= tol 18m; B-A=120s<900")
P(G, "miss", "How many 504s on manifest-api between 10:00 and 12:00?", "2026-09-17 16:00", UTC, 3600,
  "manifest-api 504s over the last two hours?", "2026-09-17 16:02", note=
  "r3 miss: A [10:00,12:00] B [14:02,16:02] UTC; overlap 0; A is absolute so the re-ask exception does not apply")
P(G, "hit", "List the pod evictions in ns yard since 2pm yesterday", "2026-10-07 09:00", MAD, 3600,
  "evicted pods in namespace yard, past 20h", "2026-10-07 09:02", note=
  "r5 hit: A [10-06 14:00,10-07 09:00]=19h B [10-06 13:02,10-07 09:02]=20h CEST; start diff 58m <= tol 2.85h; B-A=120s<3600")
P(G, "partial", "What deploys went out since Tuesday 6pm?", "2026-10-15 09:00", CHI, 7200,
  "deploys in the last 48 hours?", "2026-10-15 09:03", note=
  "r5 partial: Thu; A [Tue 10-13 18:00, 10-15 09:00]=39h B [10-13 09:03, 10-15 09:03]=48h CDT; start diff 8h57m > tol 5.85h (7.2h on 48h)")
P(G, "partial", "Show EdiRelayLagHigh alerts from 01:00-03:00", "2026-11-18 08:00", AKL, 21600,
  "EdiRelayLagHigh alerts last night?", "2026-11-18 08:10", note=
  "r5 partial: A [11-18 01:00,03:00]=2h B [11-17 22:00,11-18 06:00]=8h NZDT; overlap 100% of A, ratio 4; start diff 3h > tol 18m")

# ---------------------------------------------------------------- filter_refinement (22)
G = "filter_refinement"
P(G, "partial", "How many alerts did customs-gw fire in the last 2 hours?", "2026-01-15 11:00", MAD, 900,
  "how many of customs-gw's alerts in the past 2h were critical?", "2026-01-15 11:03", note=
  "r4 partial: all ⊃ critical; ranges [09:00,11:00] vs [09:03,11:03] CET match")
P(G, "partial", "How many critical alerts did berth-scheduler fire in the last 2 hours?", "2026-01-16 11:00", MAD, 900,
  "berth-scheduler — total alerts, any severity, past 2h?", "2026-01-16 11:03", note=
  "r4 partial (reverse): critical ⊂ all; ranges [09:00,11:00] vs [09:03,11:03] CET")
P(G, "partial", "5xx count on manifest-api in the last hour?", "2026-02-19 20:00", SIN, 600,
  "how many 503 Service Unavailable from manifest-api last hour?", "2026-02-19 20:02", note=
  "r4 partial: 5xx ⊃ 503; ranges [19:00,20:00] vs [19:02,20:02] SGT")
P(G, "partial", "How many 503s did booking-portal return in the last hour?", "2026-02-20 20:00", SIN, 600,
  "booking-portal — all server errors (5xx) in the past hour?", "2026-02-20 20:02", note=
  "r4 partial (reverse): 503 ⊂ 5xx; ranges [19:00,20:00] vs [19:02,20:02] SGT")
P(G, "partial", "Error rate of tracking-ingest in prod over the last 24h", "2026-03-12 10:00", CHI, 1800,
  "tracking-ingest error rate just for prod-eu, last 24 hours", "2026-03-12 10:10", note=
  "r4 partial: prod ⊃ prod-eu; ranges [03-11 10:00,03-12 10:00] vs +10m CDT")
P(G, "partial", "Error rate of eta-predictor in prod-eu over the last 24h", "2026-03-13 10:00", CHI, 1800,
  "eta-predictor error rate across all of prod, past day", "2026-03-13 10:10", note=
  "r4 partial (reverse): prod-eu ⊂ prod; ranges [03-12 10:00,03-13 10:00] vs +10m CDT")
P(G, "partial", "Alerts on reefer-telemetry in the last 6 hours?", "2026-04-09 16:00", JNB, 900,
  "any alerts specifically on host reefer-coll-12 (reefer-telemetry) in the last 6h?", "2026-04-09 16:10", note=
  "r4 partial: all hosts ⊃ host reefer-coll-12; ranges [10:00,16:00] vs [10:10,16:10] SAST")
P(G, "partial", "List team-yard alerts from yesterday", "2026-04-30 09:00", SAO, 3600,
  "which of team-yard's alerts yesterday were on yard-mgmt?", "2026-04-30 09:15", note=
  "r4 partial: team-yard ⊃ its service yard-mgmt; both [04-29 00:00,04-30 00:00] BRT")
P(G, "partial", "Which hosts had CPU above 80% in the last hour?", "2026-05-21 12:00", UTC, 600,
  "hosts with cpu > 90% over the past 60 min?", "2026-05-21 12:04", note=
  "r4 partial: '>90%' ⊂ '>80%' (nested threshold, same direction); ranges [11:00,12:00] vs [11:04,12:04] UTC")
P(G, "hit", "How many errors did manifest-api throw in the last 30 minutes?", "2026-06-04 15:00", AKL, 900,
  "manifest-api 5xx count, last 30m", "2026-06-04 15:03", note=
  "r5 hit: 'errors' of a service = 5xx (equal, not nested); A [14:30,15:00] B [14:33,15:03] NZST; tol 5m; B-A=180s<900")
P(G, "hit", "How many incidents were opened today?", "2026-06-18 10:00", MAD, 1800,
  "incident count for today across every team and every environment", "2026-06-18 10:05", note=
  "r5 hit: 'every team/env' = no filter, same set; A [00:00,10:00] B [00:00,10:05] CEST; B-A=300s<1800")
P(G, "partial", "p95 latency of customs-gw over the last hour", "2026-07-02 13:00", SIN, 900,
  "p95 latency of customs-gw's /declarations endpoint over the last hour", "2026-07-02 13:04", note=
  "r4 partial: all endpoints ⊃ /declarations; ranges [12:00,13:00] vs [12:04,13:04] SGT")
P(G, "partial", "How many alerts did reefer-telemetry fire today?", "2026-07-23 22:00", CHI, 1800,
  "ReeferTempDrift alerts on reefer-telemetry today — how many?", "2026-07-23 22:10", note=
  "r4 partial: all alertnames ⊃ ReeferTempDrift; ranges [00:00,22:00] vs [00:00,22:10] CDT")
P(G, "partial", "List incidents for crane-dispatch this week", "2026-08-06 09:00", JNB, 3600,
  "just the still-open crane-dispatch incidents from this week", "2026-08-06 09:10", note=
  "r4 partial: all states ⊃ open; Thu, ranges [Mon 08-03 00:00,09:00] vs [.., 09:10] SAST")
P(G, "partial", "How many 4xx on booking-portal in the last 3 hours?", "2026-08-27 18:00", SAO, 900,
  "booking-portal 429 Too Many Requests count, past 3h", "2026-08-27 18:05", note=
  "r4 partial: 4xx ⊃ 429; ranges [15:00,18:00] vs [15:05,18:05] BRT")
P(G, "partial", "Show k8s events in ns customs over the last hour", "2026-09-03 07:00", UTC, 600,
  "only the Warning-type k8s events in ns customs, last hour", "2026-09-03 07:03", note=
  "r4 partial: all event types ⊃ Warning; ranges [06:00,07:00] vs [06:03,07:03] UTC")
P(G, "partial", "Failed deploys in the last 7 days?", "2026-09-24 17:00", AKL, 3600,
  "all deploys in the past 7 days", "2026-09-24 17:20", note=
  "r4 partial (reverse): failed ⊂ all deploys; ranges [09-17 17:00,09-24 17:00] vs +20m NZST")
P(G, "partial", "Show traces for crane-dispatch in the last 30 min", "2026-10-22 11:00", MAD, 900,
  "crane-dispatch traces with errors only, last 30 min", "2026-10-22 11:02", note=
  "r4 partial: all traces ⊃ error traces; ranges [10:30,11:00] vs [10:32,11:02] CEST")
P(G, "partial", "How many critical alerts for yard-mgmt in the last 24h?", "2026-11-12 09:00", SIN, 600,
  "yard-mgmt alerts last 24h, all severities, count", "2026-11-12 11:00", note=
  "r4 partial: critical ⊂ all; A [11-11 09:00,11-12 09:00] B [11-11 11:00,11-12 11:00] overlap 22h/24h; also stale (7200>600) but r4 already partial")
P(G, "miss", "How many 5xx did manifest-api serve yesterday?", "2026-11-19 10:00", CHI, 86400,
  "manifest-api 503s today, how many so far?", "2026-11-19 10:05", note=
  "r3 miss (before r4): A [11-18 00:00,11-19 00:00] B [11-19 00:00,10:05] CST; overlap 0 even though 503 ⊂ 5xx")
P(G, "partial", "Alerts for customs-gw since 9am", "2026-12-03 15:00", JNB, 1800,
  "critical customs-gw alerts in the last 4 hours", "2026-12-03 15:05", note=
  "r4 partial: all ⊃ critical; A [09:00,15:00]=6h B [11:05,15:05]=4h SAST; overlap 100% of B (>=25%), ratio 1.5")
P(G, "partial", "Critical alerts on berth-scheduler in the last 12 hours?", "2026-12-10 06:00", UTC, 900,
  "berth-scheduler crit alerts nobody has acked yet, last 12h", "2026-12-10 06:05", note=
  "r4 partial: critical ⊃ critical & unacknowledged; ranges [18:00,06:00] vs [18:05,06:05] UTC")

# ---------------------------------------------------------------- range_length (14)
G = "range_length"
P(G, "miss", "How many 5xx on customs-gw in the last hour?", "2026-02-05 10:00", MAD, 3600,
  "customs-gw 5xx count over the last 7 days", "2026-02-05 10:02", note=
  "r3 miss: 1h vs 168h = 168x > 31x")
P(G, "partial", "How many incidents in the last 24 hours?", "2026-03-05 10:00", SIN, 3600,
  "how many incidents in the last 30 days?", "2026-03-05 10:05", note=
  "r5 partial: 24h vs 720h = 30x (not > 31x); overlap 100% of A; start diff 29d > tol")
P(G, "miss", "Deploy count for manifest-api over the last 30 days", "2026-04-02 14:00", CHI, 3600,
  "manifest-api deploys, past 20 hours?", "2026-04-02 14:03", note=
  "r3 miss: 720h vs 20h = 36x > 31x")
P(G, "miss", "Is booking-portal throwing errors right now?", "2026-05-07 14:00", JNB, 300,
  "has booking-portal thrown errors today?", "2026-05-07 14:02", note=
  "r3 miss: A now [13:55,14:00]=5m B today [00:00,14:02]=842m SAST; 168x > 31x")
P(G, "partial", "Memory usage of tracking-ingest in the last 2 hours?", "2026-06-11 16:00", SAO, 900,
  "tracking-ingest memory, last 6h", "2026-06-11 16:03", note=
  "r5 partial: A [14:00,16:00] B [10:03,16:03] BRT; ratio 3; overlap 100% of A; start diff ~4h > tol 18m")
P(G, "partial", "List the alerts on edi-relay-03 in the last hour", "2026-07-09 09:00", UTC, 900,
  "edi-relay-03 alerts over the past 75 minutes — the mess started around quarter to eight", "2026-07-09 09:01", note=
  "r5 partial: A [08:00,09:00] B [07:46,09:01] UTC; start diff 14m > tol 9m (11.25m on 75m)")
P(G, "miss", "How many alerts did team-quayside get this week?", "2026-08-10 10:00", AKL, 3600,
  "how many alerts has team-quayside had over the last 2 weeks?", "2026-08-10 10:05", note=
  "r3 miss: Mon; A [Mon 00:00,10:00]=10h B 14d=336h NZST; 33.6x > 31x")
P(G, "partial", "How many alerts did team-lastmile get this week?", "2026-08-11 10:00", AKL, 3600,
  "alerts for team-lastmile over the last two weeks — count?", "2026-08-11 10:05", note=
  "r5 partial: Tue; A [Mon 08-10 00:00, 08-11 10:00]=34h B 336h; 9.9x; overlap 100% of A; start diff huge")
P(G, "partial", "Are there 5xx on dock-door-api right now?", "2026-09-15 12:00", MAD, 300,
  "did dock-door-api return any 5xx in the last 2 hours?", "2026-09-15 12:02", note=
  "r5 partial: A now [11:55,12:00]=5m B [10:02,12:02]=120m CEST; 24x <= 31x; overlap 100% of A; start diff 113m > tol")
P(G, "miss", "Are there 5xx on label-printer-svc right now?", "2026-09-16 12:00", MAD, 300,
  "did label-printer-svc return any 5xx in the last 3 hours?", "2026-09-16 12:02", note=
  "r3 miss: A now 5m vs B 180m = 36x > 31x")
P(G, "partial", "Error logs for customs-gw in the last 15 minutes", "2026-10-08 08:00", SIN, 600,
  "customs-gw error logs for the last 4 hours", "2026-10-08 08:02", note=
  "r5 partial: 15m vs 240m = 16x; overlap 100% of A; start diff 3h47m > tol")
P(G, "miss", "Error logs for manifest-api in the last 15 minutes", "2026-10-09 08:00", SIN, 600,
  "manifest-api error logs over the last 12 hours", "2026-10-09 08:02", note=
  "r3 miss: 15m vs 720m = 48x > 31x")
P(G, "hit", "How many pod restarts in ns berthing in the last 24 hours?", "2026-11-12 09:00", CHI, 1800,
  "berthing namespace pod restarts, last 26h (the incident began ~26h ago)", "2026-11-12 09:05", note=
  "r5 hit: A [11-11 09:00,11-12 09:00] B [11-11 07:05,11-12 09:05] CST; start diff 1h55m <= tol 3.6h; end diff 5m; B-A=300s<1800")
P(G, "hit", "Top 5 alerts by count over the last 7 days", "2026-12-14 09:00", JNB, 7200,
  "top five alerts by count, past 8 days", "2026-12-14 09:10", note=
  "r5 hit: A [12-07 09:00,12-14 09:00] B [12-06 09:10,12-14 09:10] SAST; start diff 23h50m <= tol 25.2h; B-A=600s<7200")

# ---------------------------------------------------------------- shifted_range (14)
G = "shifted_range"
P(G, "partial", "How many 5xx on customs-gw between 10:00 and 12:00?", "2026-02-11 14:00", MAD, 3600,
  "customs-gw 5xx count between 11:00 and 13:00?", "2026-02-11 14:05", note=
  "r5 partial: A [10:00,12:00] B [11:00,13:00] CET; overlap 60/120=50%; shift 60m > tol 18m")
P(G, "miss", "How many 5xx on manifest-api between 10:00 and 12:00?", "2026-02-12 14:00", MAD, 3600,
  "manifest-api 5xx count from 11:40 to 13:40?", "2026-02-12 14:05", note=
  "r3 miss: A [10:00,12:00] B [11:40,13:40] CET; overlap 20/120=16.7% < 25%")
P(G, "hit", "How many 5xx on booking-portal between 10:00 and 12:00?", "2026-02-13 14:00", MAD, 3600,
  "booking-portal 5xx from 10:10 to 12:10?", "2026-02-13 14:05", note=
  "r5 hit: A [10:00,12:00] B [10:10,12:10] CET; shift 10m <= tol 18m; B-A=300s<3600")
P(G, "miss", "List incidents for team-customs yesterday", "2026-03-19 10:00", SIN, 86400,
  "list team-customs incidents today", "2026-03-19 10:05", note=
  "r3 miss: A [03-18 00:00,03-19 00:00] B [03-19 00:00,10:05] SGT; overlap 0")
P(G, "miss", "Alerts on crane-dispatch last night?", "2026-04-08 10:00", CHI, 21600,
  "crane-dispatch alerts this morning?", "2026-04-08 10:05", note=
  "r3 miss: A [04-07 22:00,04-08 06:00] B [06:00,10:05] CDT; overlap 0")
P(G, "miss", "What did reefer-telemetry alert on Tuesday?", "2026-05-14 09:00", JNB, 86400,
  "reefer-telemetry alerts on Wednesday?", "2026-05-14 09:10", note=
  "r3 miss: Thu; A Tue [05-12 00:00,05-13 00:00] B Wed [05-13 00:00,05-14 00:00] SAST; overlap 0")
P(G, "partial", "Show EdiRelayLagHigh alerts between 02:00 and 04:00", "2026-06-17 08:00", SAO, 3600,
  "EdiRelayLagHigh alerts between 03:00 and 05:00?", "2026-06-17 08:03", note=
  "r5 partial: A [02:00,04:00] B [03:00,05:00] BRT; overlap 50%; shift 60m > tol 18m")
P(G, "partial", "How many incidents this week?", "2026-07-15 12:00", UTC, 7200,
  "how many incidents last week?", "2026-07-15 12:05", note=
  "r5 partial: Wed; A [Mon 07-13 00:00,12:00]=60h; B last week = rolling 7d [07-08 12:05,07-15 12:05]; overlap 100% of A; start diff 4.5d > tol 9h")
P(G, "partial", "p99 latency of eta-predictor between 14:00 and 15:00", "2026-08-19 17:00", AKL, 3600,
  "eta-predictor p99 from 14:30 to 15:30", "2026-08-19 17:04", note=
  "r5 partial: A [14:00,15:00] B [14:30,15:30] NZST; overlap 50%; shift 30m > tol 9m")
P(G, "miss", "p99 latency of route-optimizer between 14:00 and 15:00", "2026-08-20 17:00", AKL, 3600,
  "route-optimizer p99 14:50–15:50", "2026-08-20 17:04", note=
  "r3 miss: A [14:00,15:00] B [14:50,15:50] NZST; overlap 10/60=16.7% < 25%")
P(G, "partial", "p99 latency of customs-gw between 14:00 and 15:00", "2026-08-21 17:00", AKL, 3600,
  "customs-gw p99 between 14:40 and 15:40", "2026-08-21 17:04", note=
  "r5 partial: A [14:00,15:00] B [14:40,15:40] NZST; overlap 20/60=33% >= 25%; shift 40m > tol 9m")
P(G, "miss", "Deploys between 08:00 and 09:00 UTC?", "2026-09-10 11:00", UTC, 3600,
  "deploys between 09:00 and 10:00 UTC?", "2026-09-10 11:02", note=
  "r3 miss: A [08:00,09:00] B [09:00,10:00] UTC; adjacent, overlap 0")
P(G, "hit", "Alerts on db-manifest-01 from 01:00 to 03:00", "2026-10-28 09:00", MAD, 7200,
  "db-manifest-01 alerts 01:15–03:15", "2026-10-28 09:05", note=
  "r5 hit: A [01:00,03:00] B [01:15,03:15] CET; shift 15m <= tol 18m; B-A=300s<7200")
P(G, "miss", "Error logs for notify-hub in the last 2 hours", "2026-12-09 12:00", CHI, 3600,
  "notify-hub error logs between 08:00 and 10:00", "2026-12-09 12:05", note=
  "r3 miss: A [10:00,12:00] B [08:00,10:00] CST; overlap 0")

# ---------------------------------------------------------------- expired_ttl (14, all stale)
G = "expired_ttl"
P(G, "partial", "How many critical alerts in the last 24 hours?", "2026-01-22 08:00", MAD, 900,
  "crit alerts, past 24h, count?", "2026-01-22 08:30", note=
  "r5 partial: ranges within tol (shift 30m <= 3.6h) but stale: B-A=1800s > ttl 900")
P(G, "partial", "Is customs-gw up right now?", "2026-02-26 21:00", SIN, 60,
  "customs-gw still up?", "2026-02-26 21:03", note=
  "r5 partial: A [20:55,21:00] B [20:58,21:03] SGT; overlap 2/5=40%; stale B-A=180s > 60")
P(G, "miss", "Is manifest-api up right now?", "2026-02-27 21:00", SIN, 60,
  "manifest-api up now?", "2026-02-27 23:00", note=
  "r3 miss: A [20:55,21:00] B [22:55,23:00] SGT; overlap 0; stale (7200>60) so the re-ask exception does not apply")
P(G, "partial", "Which alerts fired on berth-scheduler yesterday?", "2026-03-26 09:00", CHI, 3600,
  "berth-scheduler alerts from yesterday?", "2026-03-26 14:00", note=
  "r5 partial: same range [03-25 00:00,03-26 00:00] CDT; stale B-A=18000s > 3600")
P(G, "partial", "5xx count for booking-portal in the last 24h", "2026-04-23 10:00", JNB, 3600,
  "booking-portal 5xx last 24 hours", "2026-04-23 12:00", note=
  "r5 partial: shift 2h <= tol 3.6h but stale B-A=7200s > 3600")
P(G, "miss", "How many errors did tracking-ingest log in the last hour?", "2026-05-28 09:00", SAO, 300,
  "tracking-ingest error count last hour?", "2026-05-28 12:00", note=
  "r3 miss: A [08:00,09:00] B [11:00,12:00] BRT; overlap 0; stale (10800>300) so no exception")
P(G, "partial", "How many deploys today?", "2026-06-24 11:00", UTC, 1800,
  "deploy count so far today?", "2026-06-24 12:00", note=
  "r5 partial: A [00:00,11:00] B [00:00,12:00]; within tol (60m <= 99m) but stale B-A=3600s > 1800")
P(G, "partial", "Which services deployed this week?", "2026-07-29 15:00", AKL, 600,
  "this week's deploys — which services?", "2026-07-30 15:00", note=
  "r5 partial: A [Mon 07-27 00:00, Wed 15:00]=63h B [.., Thu 15:00]=87h NZST; stale B-A=86400s > 600")
P(G, "miss", "Any pods NotReady in ns customs right now?", "2026-08-20 13:00", MAD, 120,
  "ns customs: NotReady pods right now?", "2026-08-20 13:04", note=
  "r3 miss: A [12:55,13:00] B [12:59,13:04] CEST; overlap 1/5=20% < 25%; stale (240>120) so no re-ask exception")
P(G, "partial", "Top 10 alertnames over the last 7 days", "2026-09-02 10:00", CHI, 3600,
  "ten noisiest alerts in the past 7 days?", "2026-09-03 10:00", note=
  "r5 partial: shift 24h <= tol 25.2h but stale B-A=86400s > 3600")
P(G, "partial", "504s on customs-gw between 10:00 and 12:00?", "2026-10-21 13:00", JNB, 600,
  "customs-gw 504 between 10 and 12", "2026-10-21 15:00", note=
  "r5 partial: same range [10:00,12:00] SAST; stale B-A=7200s > 600")
P(G, "partial", "Error logs for crane-dispatch in the last 30 minutes", "2026-11-26 16:00", SIN, 300,
  "crane-dispatch error logs last 30 min", "2026-11-26 16:20", note=
  "r5 partial: A [15:30,16:00] B [15:50,16:20] SGT; overlap 10/30=33%; stale B-A=1200s > 300")
P(G, "miss", "Error logs for label-printer-svc in the last 30 minutes", "2026-11-27 16:00", SIN, 300,
  "label-printer-svc error logs, last half hour", "2026-11-27 16:25", note=
  "r3 miss: A [15:30,16:00] B [15:55,16:25] SGT; overlap 5/30=16.7% < 25%; stale 1500>300")
P(G, "partial", "How many incidents this month?", "2026-12-10 09:00", SAO, 86400,
  "incident count month-to-date?", "2026-12-12 09:00", note=
  "r5 partial: A [12-01 00:00,12-10 09:00] B [12-01 00:00,12-12 09:00] BRT; stale B-A=172800s > 86400")

# ---------------------------------------------------------------- different_filter (14, sibling values)
G = "different_filter"
P(G, "miss", "How many critical alerts did customs-gw fire in the last 2 hours?", "2026-01-28 10:00", MAD, 900,
  "how many warning alerts did customs-gw fire in the last 2 hours?", "2026-01-28 10:03", note=
  "r2 miss: critical vs warning (siblings); ranges [08:00,10:00] vs [08:03,10:03]")
P(G, "miss", "p95 latency of customs-gw over the last hour", "2026-02-25 16:00", SIN, 900,
  "p95 latency of manifest-api over the last hour", "2026-02-25 16:02", note=
  "r2 miss: service customs-gw vs manifest-api; ranges [15:00,16:00] vs [15:02,16:02]")
P(G, "miss", "Error rate of tracking-ingest in ap-sin-1 over the last hour", "2026-03-25 11:00", CHI, 600,
  "tracking-ingest error rate in ap-sin-2, last hour", "2026-03-25 11:03", note=
  "r2 miss: region ap-sin-1 vs ap-sin-2; ranges [10:00,11:00] vs [10:03,11:03] CDT")
P(G, "miss", "How many 500s did booking-portal return in the last 3 hours?", "2026-04-29 15:00", JNB, 900,
  "booking-portal 503 count over the past 3h?", "2026-04-29 15:04", note=
  "r2 miss: status 500 vs 503; ranges [12:00,15:00] vs [12:04,15:04]")
P(G, "miss", "Deploys to prod-eu today?", "2026-05-27 12:00", SAO, 1800,
  "deploys to prod-ap today?", "2026-05-27 12:05", note=
  "r2 miss: prod-eu vs prod-ap; ranges [00:00,12:00] vs [00:00,12:05] BRT")
P(G, "miss", "Incidents assigned to team-yard this week", "2026-06-25 09:00", UTC, 3600,
  "incidents for team-quayside this week", "2026-06-25 09:05", note=
  "r2 miss: team-yard vs team-quayside; ranges [Mon 06-22 00:00,09:00] vs [.., 09:05]")
P(G, "miss", "Pod restarts in ns reefer in the last hour", "2026-07-16 14:00", AKL, 600,
  "pod restarts in ns tracking in the last hour", "2026-07-16 14:02", note=
  "r2 miss: namespace reefer vs tracking; ranges [13:00,14:00] vs [13:02,14:02]")
P(G, "miss", "Disk latency on db-manifest-01 last 30m?", "2026-08-26 03:00", MAD, 600,
  "disk latency db-manifest-02 last 30m?", "2026-08-26 03:02", note=
  "r2 miss: host db-manifest-01 vs db-manifest-02; ranges [02:30,03:00] vs [02:32,03:02]")
P(G, "miss", "p99 of POST /v2/manifests over the last hour", "2026-09-23 10:00", SIN, 900,
  "p99 of GET /v2/manifests over the last hour", "2026-09-23 10:03", note=
  "r2 miss: endpoint method POST vs GET (sibling endpoints); ranges [09:00,10:00] vs [09:03,10:03]")
P(G, "miss", "How many times did BerthQueueBacklog fire yesterday?", "2026-10-28 08:00", CHI, 3600,
  "how many times did CraneDispatchStalled fire yesterday?", "2026-10-28 08:10", note=
  "r2 miss: alertname BerthQueueBacklog vs CraneDispatchStalled; both [10-27 00:00,10-28 00:00]")
P(G, "miss", "Error logs for customs-gw in stg in the last hour", "2026-11-11 11:00", JNB, 900,
  "error logs for customs-gw in prod, last hour", "2026-11-11 11:02", note=
  "r2 miss: environment stg vs prod; ranges [10:00,11:00] vs [10:02,11:02]")
P(G, "miss", "List firing alerts for yard-mgmt in the last 6 hours", "2026-12-02 17:00", SAO, 900,
  "list resolved alerts for yard-mgmt in the last 6 hours", "2026-12-02 17:05", note=
  "r2 miss: state firing vs resolved; ranges [11:00,17:00] vs [11:05,17:05]")
P(G, "miss", "How many warning alerts today?", "2026-01-29 10:00", UTC, 1800,
  "how many info alerts today?", "2026-01-29 10:05", note=
  "r2 miss: severity warning vs info; ranges [00:00,10:00] vs [00:00,10:05]")
P(G, "miss", "How many SEV1 incidents last month?", "2026-02-18 09:00", AKL, 86400,
  "SEV2 incident count last month?", "2026-02-18 09:10", note=
  "r2 miss: severity SEV1 vs SEV2; ranges 30d, shift 10m")

# ---------------------------------------------------------------- negation (14)
G = "negation"
P(G, "miss", "How many critical alerts on berth-scheduler in the last 24h?", "2026-02-02 10:00", MAD, 900,
  "how many non-critical alerts on berth-scheduler in the last 24h?", "2026-02-02 10:05", note=
  "r2 miss: critical vs non-critical (complement); ranges match")
P(G, "miss", "Which pods in ns customs are NOT ready right now?", "2026-03-11 15:00", SIN, 300,
  "which pods in ns customs are ready right now?", "2026-03-11 15:02", note=
  "r2 miss: NOT ready vs ready (complement); now [14:55,15:00] vs [14:57,15:02]")
P(G, "miss", "Alerts today excluding customs-gw", "2026-04-01 13:00", CHI, 1800,
  "customs-gw alerts today", "2026-04-01 13:05", note=
  "r2 miss: excluding customs-gw vs only customs-gw (complement); ranges [00:00,13:00] vs [00:00,13:05]")
P(G, "miss", "5xx errors outside prod in the last 24h", "2026-05-06 09:00", JNB, 3600,
  "5xx errors in prod in the last 24h", "2026-05-06 09:05", note=
  "r2 miss: outside prod vs prod (complement)")
P(G, "miss", "How many non-2xx responses did manifest-api return in the last hour?", "2026-06-03 11:00", SAO, 900,
  "how many 2xx responses did manifest-api return in the last hour?", "2026-06-03 11:02", note=
  "r2 miss: non-2xx vs 2xx (complement)")
P(G, "miss", "Unacknowledged alerts for reefer-telemetry in the last 12h", "2026-07-01 08:00", UTC, 900,
  "acknowledged alerts for reefer-telemetry, last 12h", "2026-07-01 08:03", note=
  "r2 miss: unacked vs acked (complement)")
P(G, "miss", "Alerts that did NOT auto-resolve yesterday", "2026-08-05 12:00", AKL, 3600,
  "alerts that auto-resolved yesterday", "2026-08-05 12:05", note=
  "r2 miss: NOT auto-resolved vs auto-resolved (complement); both [08-04 00:00,08-05 00:00]")
P(G, "miss", "Failed deploys this week", "2026-09-02 16:00", MAD, 3600,
  "successful deploys this week", "2026-09-02 16:10", note=
  "r2 miss: failed vs successful (complement of deploy outcome)")
P(G, "miss", "Which nodes in quay-prod-ap are NotReady right now?", "2026-10-14 02:00", SIN, 300,
  "which nodes in quay-prod-ap are not in NotReady right now?", "2026-10-14 02:02", note=
  "r2 miss: NotReady vs not NotReady (negation); now [01:55,02:00] vs [01:57,02:02]")
P(G, "miss", "All alerts in the last 6 hours", "2026-11-04 10:00", CHI, 1800,
  "all alerts in the last 6 hours except ReeferTempDrift", "2026-11-04 10:05", note=
  "r2 miss (spec lists 'excluding X' under r2, which precedes r4 nesting); ranges [04:00,10:00] vs [04:05,10:05]")
P(G, "miss", "DEBUG-level logs from eta-predictor in the last 30 min", "2026-12-16 14:00", JNB, 600,
  "eta-predictor logs from the last 30 min, without the DEBUG noise", "2026-12-16 14:02", note=
  "r2 miss: DEBUG vs excluding DEBUG (complement)")
P(G, "miss", "Incidents owned by team-yard yesterday", "2026-01-14 09:00", SAO, 86400,
  "incidents not owned by team-yard yesterday", "2026-01-14 09:10", note=
  "r2 miss: team-yard vs not team-yard (complement)")
P(G, "miss", "Error traces for customs-gw in the last hour", "2026-02-04 12:00", UTC, 900,
  "customs-gw traces that did not error, last hour", "2026-02-04 12:03", note=
  "r2 miss: error vs non-error traces (complement)")
P(G, "miss", "Warning events from prod clusters today", "2026-03-04 10:00", AKL, 3600,
  "warning events from non-prod clusters today", "2026-03-04 10:05", note=
  "r2 miss: prod vs non-prod (complement)")

# ---------------------------------------------------------------- different_subject (14)
G = "different_subject"
P(G, "miss", "How many alerts did customs-gw have in the last 24h?", "2026-03-03 10:00", MAD, 900,
  "how many incidents did customs-gw have in the last 24h?", "2026-03-03 10:04", note=
  "r1 miss: alerts vs incidents")
P(G, "miss", "Deploys in ns berthing in the last 2 hours", "2026-04-02 11:00", SIN, 900,
  "k8s events in ns berthing in the last 2 hours", "2026-04-02 11:03", note=
  "r1 miss: deploys vs k8s events")
P(G, "miss", "CPU usage of route-optimizer over the last hour", "2026-05-04 14:00", CHI, 600,
  "memory usage of route-optimizer over the last hour", "2026-05-04 14:02", note=
  "r1 miss: cpu vs memory")
P(G, "miss", "Disk IOPS on db-manifest-01 over the last 30 minutes", "2026-06-08 03:00", JNB, 600,
  "disk latency on db-manifest-01 over the last 30 minutes", "2026-06-08 03:02", note=
  "r1 miss: disk IOPS vs disk latency")
P(G, "miss", "Latency of manifest-api over the last hour", "2026-07-06 10:00", SAO, 900,
  "error rate of manifest-api over the last hour", "2026-07-06 10:03", note=
  "r1 miss: latency vs error rate")
P(G, "miss", "Access logs of customs-gw for the last 2 hours", "2026-08-03 09:00", UTC, 1800,
  "audit logs of customs-gw for the last 2 hours", "2026-08-03 09:05", note=
  "r1 miss: access log stream vs audit log stream")
P(G, "miss", "Traces for POST /bookings over the last 30 min", "2026-09-07 15:00", AKL, 900,
  "logs for POST /bookings over the last 30 min", "2026-09-07 15:03", note=
  "r1 miss: traces vs logs")
P(G, "miss", "berth_queue_depth for berth-scheduler over the last 6h", "2026-10-05 12:00", MAD, 900,
  "berth-scheduler job processing rate over the last 6h", "2026-10-05 12:05", note=
  "r1 miss: queue depth vs processing rate (different measured quantity)")
P(G, "miss", "Pod restarts for crane-dispatch in the last hour", "2026-11-02 08:00", SIN, 600,
  "number of running crane-dispatch pods in the last hour", "2026-11-02 08:02", note=
  "r1 miss: restart count vs pod count")
P(G, "miss", "Alerts for tracking-ingest today", "2026-12-07 16:00", CHI, 1800,
  "silences for tracking-ingest today", "2026-12-07 16:05", note=
  "r1 miss: alerts vs silences")
P(G, "miss", "k8s events for the eta-predictor pods in the last hour", "2026-01-19 10:00", JNB, 900,
  "container logs of the eta-predictor pods in the last hour", "2026-01-19 10:02", note=
  "r1 miss: k8s events vs container logs")
P(G, "miss", "Request throughput of booking-portal over the last 3 hours", "2026-02-09 13:00", SAO, 900,
  "request latency of booking-portal over the last 3 hours", "2026-02-09 13:04", note=
  "r1 miss: throughput vs latency")
P(G, "miss", "GC pause time for eta-predictor over the last hour", "2026-03-09 11:00", UTC, 900,
  "heap usage for eta-predictor over the last hour", "2026-03-09 11:02", note=
  "r1 miss: GC pause time vs heap usage")
P(G, "miss", "TLS handshake errors on customs-gw in the last 24h", "2026-04-13 09:00", AKL, 3600,
  "TLS certificate renewals for customs-gw in the last 24h", "2026-04-13 09:05", note=
  "r1 miss: handshake errors vs certificate renewals")

# ---------------------------------------------------------------- different_intent (14, all partial)
G = "different_intent"
P(G, "partial", "How many critical alerts fired in the last 2 hours?", "2026-04-06 10:00", MAD, 900,
  "list the critical alerts from the last 2 hours", "2026-04-06 10:03", note=
  "r4 partial: count vs list; ranges [08:00,10:00] vs [08:03,10:03]")
P(G, "partial", "How many alerts has reefer-telemetry raised today?", "2026-05-11 12:00", SIN, 1800,
  "top 5 reefer-telemetry alerts by count today", "2026-05-11 12:05", note=
  "r4 partial: count vs top-5 ranking; ranges [00:00,12:00] vs [00:00,12:05]")
P(G, "partial", "How is customs-gw p95 trending over the last 6h?", "2026-06-16 15:00", CHI, 1800,
  "what's the average p95 of customs-gw over the last 6h?", "2026-06-16 15:05", note=
  "r4 partial: trend vs single aggregate; ranges [09:00,15:00] vs [09:05,15:05]")
P(G, "partial", "List deploys of manifest-api this week", "2026-07-13 11:00", JNB, 3600,
  "how many times was manifest-api deployed this week?", "2026-07-13 11:10", note=
  "r4 partial: list vs count; Mon, ranges [07-13 00:00,11:00] vs [.., 11:10]")
P(G, "partial", "List all incidents this week", "2026-08-19 10:00", SAO, 3600,
  "which service had the most incidents this week?", "2026-08-19 10:05", note=
  "r4 partial: list vs top/ranking; Wed, ranges [Mon 08-17 00:00,10:00] vs [.., 10:05]")
P(G, "partial", "Is manifest-api serving any 5xx right now?", "2026-09-14 09:00", UTC, 300,
  "how many 5xx per second is manifest-api serving right now?", "2026-09-14 09:02", note=
  "r4 partial: status (yes/no) vs rate value; now [08:55,09:00] vs [08:57,09:02]")
P(G, "partial", "Trend of memory usage for route-optimizer over the last 24h", "2026-10-19 16:00", AKL, 1800,
  "peak memory of route-optimizer over the last 24h", "2026-10-19 16:10", note=
  "r4 partial: trend vs max statistic of the same series; ranges match")
P(G, "partial", "Did BerthQueueBacklog fire yesterday?", "2026-11-09 09:00", MAD, 86400,
  "list every time BerthQueueBacklog fired yesterday, with timestamps", "2026-11-09 09:10", note=
  "r4 partial: yes/no vs list; both [11-08 00:00,11-09 00:00]")
P(G, "partial", "How many OOMKilled events in ns forecast today?", "2026-12-02 14:00", SIN, 1800,
  "which pods got OOMKilled in ns forecast today?", "2026-12-02 14:05", note=
  "r4 partial: count vs list; ranges [00:00,14:00] vs [00:00,14:05]")
P(G, "partial", "Total alert count for today", "2026-01-08 13:00", CHI, 1800,
  "today's alerts broken down by severity", "2026-01-08 13:05", note=
  "r4 partial: total vs breakdown; ranges [00:00,13:00] vs [00:00,13:05]")
P(G, "partial", "Show error logs from customs-gw in the last hour", "2026-02-16 10:00", JNB, 900,
  "what's the most common error message in customs-gw's logs in the last hour?", "2026-02-16 10:03", note=
  "r4 partial: list vs top; ranges [09:00,10:00] vs [09:03,10:03]")
P(G, "partial", "berth_queue_depth trend over the last hour", "2026-03-16 18:00", SAO, 900,
  "max berth_queue_depth in the last hour", "2026-03-16 18:02", note=
  "r4 partial: trend vs max; ranges [17:00,18:00] vs [17:02,18:02]")
P(G, "partial", "Which hosts have disk usage above 85% right now?", "2026-04-20 07:00", UTC, 300,
  "how many hosts have disk usage above 85% right now?", "2026-04-20 07:02", note=
  "r4 partial: list vs count; now [06:55,07:00] vs [06:57,07:02]")
P(G, "partial", "List acknowledged alerts from yesterday", "2026-05-25 09:00", AKL, 86400,
  "which person acked the most alerts yesterday?", "2026-05-25 09:30", note=
  "r4 partial: list vs ranking of ackers; both [05-24 00:00,05-25 00:00]")

# ---------------------------------------------------------------- time_zones (14)
G = "time_zones"
P(G, "hit", "How many 5xx has manifest-api returned since 13:00?", "2026-06-03 15:00", MAD, 900,
  "manifest-api 5xx in the last 2 hours?", "2026-06-03 13:02", UTC, note=
  "r5 hit: A since 13:00 CEST = [11:00Z,13:00Z]; B [11:02Z,13:02Z]; shift 2m; B-A=120s<900")
P(G, "partial", "How many incidents did team-quayside open yesterday?", "2026-06-10 09:00", SIN, 86400,
  "team-quayside incidents opened yesterday — count?", "2026-06-09 20:10", CHI, note=
  "r5 partial: A SGT yesterday 06-09 = [06-08 16:00Z,06-09 16:00Z]; B at 06-10 01:10Z, CDT yesterday 06-08 = [06-08 05:00Z,06-09 05:00Z]; overlap 13h/24h=54%; shift 11h > tol")
P(G, "partial", "How many alerts has berth-scheduler fired today?", "2026-07-15 10:00", AKL, 3600,
  "berth-scheduler alert count today?", "2026-07-14 22:05", UTC, note=
  "r5 partial: A NZST today = [07-14 12:00Z,22:00Z]=10h; B UTC today = [07-14 00:00Z,22:05Z]; overlap 100% of A; start diff 12h > tol")
P(G, "hit", "Deploys between 09:00 and 10:00?", "2026-05-14 12:00", JNB, 3600,
  "deploys between 07:00 and 08:00 UTC?", "2026-05-14 07:10", SAO, note=
  "r5 hit: A 09-10 SAST = [07:00Z,08:00Z]; B explicit UTC [07:00Z,08:00Z]; B at 10:10Z, B-A=600s<3600")
P(G, "miss", "Which alerts fired between 09:00 and 10:00?", "2026-05-19 12:00", JNB, 3600,
  "alerts that fired between 07:00 and 08:00?", "2026-05-19 09:10", SAO, note=
  "r3 miss: A 09-10 SAST = [07:00Z,08:00Z]; B has no zone -> BRT 07-08 = [10:00Z,11:00Z]; overlap 0")
P(G, "hit", "How many EdiRelayLagHigh alerts since midnight?", "2026-03-29 05:00", MAD, 1800,
  "EdiRelayLagHigh alerts in the last 4 hours, count", "2026-03-29 03:10", UTC, note=
  "r5 hit (EU DST day): A midnight CET = 03-28 23:00Z to 05:00 CEST = 03:00Z (4h, not 5h); B [23:10Z,03:10Z]; tol 36m, shift 10m; B-A=600s<1800")
P(G, "partial", "How many ReeferTempDrift alerts so far today?", "2026-03-29 05:00", MAD, 1800,
  "ReeferTempDrift count over the last 5 hours", "2026-03-29 03:05", UTC, note=
  "r5 partial (EU DST day): A [03-28 23:00Z,03-29 03:00Z]=4h; B [22:05Z,03:05Z]=5h; start diff 55m > tol 36m (45m on 5h)")
P(G, "hit", "How many alerts did crane-dispatch fire in the last 24 hours?", "2026-03-09 00:05", CHI, 1800,
  "crane-dispatch alerts yesterday, how many?", "2026-03-09 00:20", note=
  "r5 hit (US DST day, just after midnight): A [03-08 05:05Z,03-09 05:05Z]; B yesterday 03-08 is 23h = [06:00Z,03-09 05:00Z]; start diff 55m, end diff 5m <= tol 3.45h; B-A=900s<1800")
P(G, "hit", "How many deploys today?", "2026-07-15 23:50", AKL, 3600,
  "how many deploys yesterday?", "2026-07-16 00:05", note=
  "r5 hit (midnight): A [07-15 00:00,23:50] B [07-15 00:00,07-16 00:00] NZST; end diff 10m <= tol 3.6h; B-A=900s<3600")
P(G, "partial", "Alerts on tracking-ingest today?", "2026-08-26 00:20", SAO, 1800,
  "tracking-ingest alerts in the last hour?", "2026-08-26 00:25", note=
  "r5 partial (midnight): A [00:00,00:20]=20m B [08-25 23:25,08-26 00:25] BRT; overlap 100% of A; start diff 35m > tol 5m")
P(G, "hit", "Any customs-gw errors this morning?", "2026-07-21 10:55", SIN, 1800,
  "customs-gw errors since midnight?", "2026-07-21 05:00", MAD, note=
  "r5 hit: A SGT morning [06:00,10:55] = [07-20 22:00Z,02:55Z]; B CEST midnight = [07-20 22:00Z,03:00Z]; end diff 5m; B-A=300s<1800")
P(G, "partial", "How many incidents on Tuesday?", "2026-09-17 08:00", CHI, 86400,
  "incident count on Tuesday?", "2026-09-17 21:10", SIN, note=
  "r5 partial: A CDT Tue 09-15 = [09-15 05:00Z,09-16 05:00Z]; B SGT Tue = [09-14 16:00Z,09-15 16:00Z]; overlap 11h/24h=46%; shift 13h > tol")
P(G, "miss", "How many 5xx has booking-portal returned since 13:00?", "2026-06-04 15:00", MAD, 900,
  "booking-portal 5xx since 13:00?", "2026-06-04 13:03", UTC, note=
  "r3 miss: A 13:00 CEST = [11:00Z,13:00Z]; B 13:00 UTC = [13:00Z,13:03Z]; overlap 0 (and 120m vs 3m = 40x)")
P(G, "hit", "Which alerts fired on customs-gw yesterday?", "2026-10-26 09:00", MAD, 86400,
  "customs-gw alerts yesterday?", "2026-10-26 10:30", JNB, note=
  "r5 hit (EU DST end): A Madrid 10-25 is 25h = [10-24 22:00Z,10-25 23:00Z]; B SAST 10-25 = [10-24 22:00Z,10-25 22:00Z]; end diff 1h <= tol 3.6h; B-A=1800s<86400")

# ---------------------------------------------------------------- unrelated (10)
G = "unrelated"
P(G, "miss", "How many critical alerts fired for customs-gw in the last hour?", "2026-01-06 10:00", MAD, 900,
  "how do I silence an alert in the console?", "2026-01-06 10:05", note="r1 miss: alert count vs how-to")
P(G, "miss", "p95 latency of booking-portal over the last 6h", "2026-02-23 14:00", SIN, 900,
  "who approved yesterday's billing-ledger deploy?", "2026-02-23 14:03", note="r1 miss: latency vs deploy approver")
P(G, "miss", "Is crane-dispatch healthy?", "2026-03-30 08:00", CHI, 300,
  "which kubernetes version is quay-prod-eu running?", "2026-03-30 08:02", note="r1 miss: service health vs cluster version")
P(G, "miss", "Error logs for notify-hub since 8am", "2026-04-24 11:00", JNB, 1800,
  "list ReeferTempDrift silences created this month", "2026-04-24 11:05", note="r1 miss: logs vs silences of another service")
P(G, "miss", "Deploys this week", "2026-05-22 16:00", SAO, 3600,
  "disk usage on edi-relay-03 right now", "2026-05-22 16:02", note="r1 miss: deploys vs host disk")
P(G, "miss", "Any incidents over the weekend?", "2026-06-29 09:00", UTC, 43200,
  "what's the p50 latency of eta-predictor in the last 15 minutes?", "2026-06-29 09:10", note="r1 miss: incidents vs latency")
P(G, "miss", "Top 5 noisiest alerts over the last 7 days", "2026-07-27 10:00", AKL, 3600,
  "is the label printer at dock door 4 out of paper? 😅", "2026-07-27 10:04", note="r1 miss: alert ranking vs physical printer question")
P(G, "miss", "Pods crashlooping in ns yard right now", "2026-08-31 02:00", MAD, 300,
  "how many containers did we move through berth 3 yesterday?", "2026-08-31 02:03", note="r1 miss: k8s state vs business throughput")
P(G, "miss", "5xx rate of manifest-api over the last 30 minutes", "2026-10-02 12:00", SIN, 600,
  "can you write me a PromQL query for the berth queue depth?", "2026-10-02 12:02", note="r1 miss: metric value vs query-writing request")
P(G, "miss", "Memory usage of route-optimizer today", "2026-11-23 15:00", CHI, 1800,
  "when is the next maintenance window for crane-gw-07?", "2026-11-23 15:05", note="r1 miss: memory vs maintenance schedule")

# ---------------------------------------------------------------- hard_negatives (14)
G = "hard_negatives"
P(G, "miss", "Read IOPS on db-manifest-01 over the last hour", "2026-05-13 10:00", MAD, 900,
  "write IOPS on db-manifest-01 over the last hour", "2026-05-13 10:02", note=
  "r1 miss: read vs write (different measured quantity)")
P(G, "partial", "p50 latency of customs-gw over the last hour", "2026-06-17 11:00", SIN, 900,
  "p99 latency of customs-gw over the last hour", "2026-06-17 11:02", note=
  "r4 partial: another statistic of the same series (p50 vs p99); ranges [10:00,11:00] vs [10:02,11:02]")
P(G, "miss", "Error rate of booking-portal in ap-sin-1 over the last 2h", "2026-07-20 09:00", CHI, 900,
  "error rate of booking-portal in ap-sin-2 over the last 2h", "2026-07-20 09:03", note=
  "r2 miss: region ap-sin-1 vs ap-sin-2")
P(G, "miss", "Hosts with CPU above 70% in the last 30 min", "2026-08-24 14:00", JNB, 600,
  "hosts with CPU below 70% in the last 30 min", "2026-08-24 14:02", note=
  "r2 miss: above vs below threshold")
P(G, "miss", "Failed inbound EDI messages on edi-relay today", "2026-09-21 10:00", SAO, 1800,
  "failed outbound EDI messages on edi-relay today", "2026-09-21 10:04", note=
  "r2 miss: direction inbound vs outbound (sibling values)")
P(G, "miss", "Network ingress bytes for customs-gw in the last hour", "2026-10-12 12:00", UTC, 900,
  "network egress bytes for customs-gw in the last hour", "2026-10-12 12:02", note=
  "r1 miss: ingress vs egress (different measured quantity)")
P(G, "partial", "p95 latency of tracking-api over the last 3 hours", "2026-11-16 15:00", AKL, 900,
  "max latency of tracking-api over the last 3 hours", "2026-11-16 15:03", note=
  "r4 partial: p95 vs max of the same latency series; ranges match")
P(G, "miss", "How many 504s did customs-gw return in the last hour?", "2026-12-14 11:00", MAD, 900,
  "how many 502s did customs-gw return in the last hour?", "2026-12-14 11:02", note=
  "r2 miss: status 504 vs 502")
P(G, "miss", "p95 of GET /bookings over the last hour", "2026-01-12 10:00", SIN, 900,
  "p95 of POST /bookings over the last hour", "2026-01-12 10:02", note=
  "r2 miss: GET vs POST endpoint")
P(G, "miss", "acked crit alerts last 4h", "2026-02-11 09:00", CHI, 900,
  "unacked crit alerts last 4h", "2026-02-11 09:02", note=
  "r2 miss: acked vs unacked (complement)")
P(G, "miss", "crane-dispatch deploys to stg today", "2026-03-23 16:00", JNB, 900,
  "crane-dispatch deploys to prod today", "2026-03-23 16:02", note=
  "r2 miss: stg vs prod")
P(G, "partial", "avg CPU of route-optimizer over the last 6h", "2026-04-27 11:00", SAO, 900,
  "p90 CPU of route-optimizer over the last 6h", "2026-04-27 11:03", note=
  "r4 partial: avg vs p90 of the same CPU series; ranges match")
P(G, "miss", "Firing alerts for berth-scheduler right now", "2026-05-18 08:00", UTC, 300,
  "pending alerts for berth-scheduler right now", "2026-05-18 08:02", note=
  "r2 miss: state firing vs pending")
P(G, "miss", "Disk usage on db-manifest-01 right now", "2026-06-29 10:00", AKL, 900,
  "disk usage on db-manifest-10 right now", "2026-06-29 10:02", note=
  "r2 miss: host db-manifest-01 vs db-manifest-10")


def main():
    counters = {}
    out = []
    for p in PAIRS:
        g = p["group"]
        counters[g] = counters.get(g, 0) + 1
        n = counters[g]
        out.append({
            "id": f"{g}-b7-{n:02d}",
            "group": g,
            "split": "dev7" if n % 2 == 1 else "test7",
            "expect": p["expect"],
            "a": {"q": p["aq"], "at": iso(p["at"], p["atz"]), "tz": p["atz"], "ttl": p["ttl"]},
            "b": {"q": p["bq"], "at": iso(p["bt"], p["btz"]), "tz": p["btz"]},
            "note": p["note"],
        })
    with open("pairs.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs")


if __name__ == "__main__":
    main()
