#!/usr/bin/env python3
"""Writer 21: hand-typed answer-cache question pairs for Cairnline (see README.md).

Every pair below is typed by hand. Besides the label, each pair carries the writer's reading of
both time ranges and of how the two questions' substance relates; build() re-derives the label
from spec.md rules 1-5 and stops if it disagrees with the hand label or if the case is borderline.
Usage: python3 gen.py [outdir]
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VOICES = {
    'zu': 'Europe/Zurich',
    'me': 'America/Argentina/Mendoza',
    'th': 'Asia/Thimphu',
    'ed': 'America/Edmonton',
    'bh': 'Australia/Broken_Hill',
    'tb': 'Asia/Tbilisi',
    'so': 'Europe/Sofia',
    'va': 'America/Vancouver',
}

H, P_, M = 'hit', 'partial', 'miss'

# ---- range readings (resolved in the asker's zone at the asking moment) ----
def L(d=0, h=0, m=0): return ('L', d * 86400 + h * 3600 + m * 60)   # last/past N
N = ('N',)            # now / right now / currently / is X up
T = ('T',)            # today / since midnight
def D(k): return ('D', k)                                           # yesterday (-1) / named day
def S(hm, k=0): return ('S', hm, k)                                 # since HH:MM (day offset k)
def C(h1, h2, k=0): return ('C', h1, h2, k)                         # clock range HH:MM-HH:MM
def A(s, e, z): return ('A', s, e, z)                               # absolute range in zone z
def SD(day): return ('SD', day)                                     # since <date> 00:00 local
W = ('W',)            # this week / since Monday
MO = ('MO',)          # this month
Q = ('Q',)            # this quarter
AM = ('AM',)          # this morning
PM = ('PM',)          # this afternoon
ON = ('ON',)          # last night / overnight
WE = ('WE',)          # over the weekend (asked Monday)

GROUPS = {'paraphrase': [], 'near': [], 'time': [], 'scope': []}
_cur = []


def group(name):
    global _cur
    _cur = GROUPS[name]


def P(exp, who, at_a, ttl, qa, ra, at_b, qb, rb, rel, note, who_b=None, tags=''):
    _cur.append(dict(exp=exp, who=who, at_a=at_a, ttl=ttl, qa=qa, ra=ra, at_b=at_b, qb=qb, rb=rb,
                     rel=rel, note=note, who_b=who_b or who, tags=tags))


# =====================================================================================
group('paraphrase')   # same question in other words: hit while fresh, partial once stale
# =====================================================================================
P(H, 'zu', '2025-05-12 09:40', 900, '# crit alerts permits 1h', L(h=1),
  '09:46', 'how many critical alerts on passbook in the past hour', L(h=1), 'same',
  'passbook=permit-gateway, crit=critical; 6 min later, fresh, ranges within 9 min')
P(H, 'me', '2025-05-14 15:20', 1800, 'How many deploys was made to hut-reservations today?', T,
  '15:35', 'Please tell me number of deployments for bunkbook since midnight', T, 'same',
  'bunkbook=hut-reservations, today=since midnight; fresh')
P(H, 'th', '2025-06-03 10:05', 21600, 'Could you please list the incidents that were opened yesterday for the trail-report service?', D(-1),
  '11:30', 'Would you kindly show me which incidents were raised against trailcast yesterday? Thank you so much.', D(-1), 'same',
  'trailcast=trail-report, same day range; within TTL')
P(H, 'ed', '2025-06-05 08:15', 3600, 'Can you walk me through how the error rate for guide-market has trended over the past 24 hours?', L(h=24),
  '08:50', "I'd like a picture of how the guides service's 5xx rate has moved across the last day.", L(h=24), 'same',
  'errors=5xx, guides=guide-market, past day=24h; shift 35 min < 3.6 h; fresh')
P(H, 'bh', '2025-07-08 13:10', 1800, 'sum(rate(http_requests_total{service="beacon-ingest",code=~"5.."}[5m])) for the last 6h - how is that trending?', L(h=6),
  '13:25', 'how has the beacons 5xx rate trended over the last 6 hours?', L(h=6), 'same',
  'PromQL = beacons 5xx rate trend, 6h; 15 min later, fresh')
P(H, 'tb', '2025-07-09 16:40', 7200, 'Provide the count of warning-severity alerts for notify-relay between 2025-07-09T06:00Z and 2025-07-09T12:00Z.', A('2025-07-09 06:00', '2025-07-09 12:00', 'UTC'),
  '17:20', 'Report the number of warn alerts raised by the notifier from 10:00 to 16:00 Tbilisi time on 9 July 2025.', A('2025-07-09 10:00', '2025-07-09 16:00', 'Asia/Tbilisi'), 'same',
  '10:00-16:00 +04 = 06-12Z; warn=warning, notifier=notify-relay; fresh')
P(H, 'so', '2025-08-11 14:02', 300, 'yo hw many pods crashloopin in ns field rn??', N,
  '14:04', 'how many pods are crashlooping in the field namespace right now', N, 'same',
  'rn=right now, ns=namespace; 2 min later within 5-min tolerance and TTL')
P(H, 'va', '2025-08-12 10:10', 600, 'p95 latency for permit-gateway last 30m', L(m=30),
  '10:13', 'permits 95th percentile latency past half hour', L(m=30), 'same',
  'p95=95th percentile, half hour=30m; 3 min shift <= 5 min; fresh')
P(P_, 'zu', '2025-05-19 08:00', 3600, 'deploys hutres 24h, list', L(h=24),
  '11:30', 'list deployments to hut-reservations in the past day', L(h=24), 'same',
  'same question but asked 3.5 h later, TTL 1 h passed -> partial')
P(P_, 'me', '2025-05-20 09:00', 1800, 'Which alerts fired today for notify-relay?', T,
  '11:00', 'Please list the alerts of pigeon from today', T, 'same',
  'pigeon=notify-relay; 2 h later: stale and end moved beyond 15% -> partial')
P(H, 'th', '2025-06-17 14:10', 300, 'Would you be so kind as to tell me the current memory usage of the beacon-ingest pods?', N,
  '14:12', 'May I please know how much memory the beacons pods are using at the moment?', N, 'same',
  'current = at the moment; beacons alias; 2 min, fresh')
P(P_, 'ed', '2025-06-18 09:00', 7200, 'For my weekly review, how many incidents did team scree have this week?', W,
  '15:30', 'Give me the count of incidents owned by scree since Monday.', SD('2025-06-16'), 'same',
  'this week = since Monday; 6.5 h later, TTL 2 h passed -> partial')
P(H, 'bh', '2025-07-14 11:00', 900, 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="hut-reservations",route="/api/availability"}[5m]))) last 1h?', L(h=1),
  '11:05', 'p99 latency of /api/availability on hutres over the last hour', L(h=1), 'same',
  'PromQL p99 of same route; hutres alias; 5 min later, fresh')
P(P_, 'tb', '2025-07-15 10:00', 3600, 'State the number of SEV1 incidents recorded between 2025-07-01T00:00Z and 2025-07-14T23:59Z.', A('2025-07-01 00:00', '2025-07-14 23:59', 'UTC'),
  '14:30', 'Report the count of SEV1 incidents for 1-14 July 2025 (UTC).', A('2025-07-01 00:00', '2025-07-15 00:00', 'UTC'), 'same',
  'same fixed range; re-asked after 4.5 h, TTL 1 h passed -> partial')
P(H, 'so', '2025-08-13 16:20', 1800, 'wat errors r showing in guide-market logs last 15 mins', L(m=15),
  '16:23', 'show me error logs from guides for the past 15 minutes', L(m=15), 'same',
  'typos; guides alias; 3 min shift <= 5 min; fresh')
P(H, 'va', '2025-08-14 07:50', 1800, 'any deploys to trail-report overnight', ON,
  '08:10', 'did trailcast get deployed last night', ON, 'same',
  'overnight = last night 22:00-06:00; trailcast alias; fresh', tags='cal')
P(H, 'zu', '2025-09-01 08:30', 3600, 'alerts over weekend, team switchback, list', WE,
  '09:00', 'list alerts team switchback sat+sun', A('2025-08-30 00:00', '2025-09-01 00:00', 'Europe/Zurich'), 'same',
  'asked Monday: weekend = Sat+Sun (across month start); fresh', tags='cal')
P(H, 'me', '2025-09-02 11:10', 900, 'How much CPU is using the permit-gateway in the last 1 hour?', L(h=1),
  '11:14', 'Please the cpu usage of passbook in last hour', L(h=1), 'same',
  'passbook=permit-gateway; 4 min shift within 9 min; fresh')
P(P_, 'th', '2025-09-03 13:00', 3600, 'Could you kindly show me the Kafka consumer lag for beacon-ingest over the past hour?', L(h=1),
  '13:35', 'If it is not too much trouble, what has the consumer lag for beacons looked like over the last hour?', L(h=1), 'same',
  'same question, fresh, but window moved 35 min > max(9 min, 5 min) -> partial')
P(H, 'ed', '2025-09-04 16:00', 7200, 'Before the ops review, I need the list of deployments that went to production this week.', W,
  '16:45', 'Could you pull together every prod deployment since Monday for me?', SD('2025-09-01'), 'same',
  'prod=production, since Monday = this week; fresh')
P(P_, 'bh', '2025-10-13 09:00', 1800, '`{app="notify-relay"} |= "provider timeout"` - how many of those in the last 24h?', L(h=24),
  '12:00', 'count of "provider timeout" lines in pigeon logs, past day', L(h=24), 'same',
  'same count; 3 h later, TTL 30 min passed -> partial')
P(H, 'tb', '2025-10-14 12:00', 600, 'Provide the list of hosts in cluster rky-prod-1 with filesystem usage above 85% as of now.', N,
  '12:03', 'List rky-prod-1 nodes currently exceeding 85% filesystem utilisation.', N, 'same',
  'same threshold filter, now; 3 min later, fresh')
P(P_, 'so', '2025-10-15 10:00', 600, 'how many 5xx on hutres tday lol', T,
  '10:40', 'how many 5xx errors for hut-reservations today', T, 'same',
  'same count; 40 min later, TTL 10 min passed -> partial')
P(H, 'va', '2025-10-16 15:00', 300, 'list firing alerts for lantern right now', N,
  '15:02', "what's firing for team lantern atm", N, 'same',
  'atm=right now; 2 min later; fresh')
P(H, 'zu', '2025-10-26 10:00', 3600, 'pod restarts hutres today?', T,
  '10:20', 'pod restarts bunkbook since 00:00', T, 'same',
  'DST day (25 h day) but both are since local midnight; fresh', tags='dst')
P(P_, 'me', '2025-10-27 09:00', 3600, 'Which services had more errors in the last 7 days? Give me the top 3.', L(d=7),
  '17:00', 'Top 3 services by 5xx during the last week please', L(d=7), 'same',
  'last week = rolling 7d, errors=5xx; 8 h later, stale -> partial')
P(H, 'th', '2025-11-04 10:00', 3600, 'Would you please show me the traces slower than 2 seconds for guide-market /checkout in the last 30 minutes?', L(m=30),
  '10:04', 'Might I kindly see traces over 2s on the guides checkout endpoint for the past half hour?', L(m=30), 'same',
  'same threshold and endpoint; 4 min shift <= 5 min; fresh')
P(P_, 'ed', '2025-11-05 08:00', 3600, 'What did our alert volume look like yesterday across all services? I want the total count.', D(-1),
  '13:00', 'Total number of alerts yesterday, all services - can you confirm?', D(-1), 'same',
  'same day; 5 h later, TTL 1 h passed -> partial')
P(H, 'bh', '2025-11-10 10:30', 600, 'max by (instance) (1 - node_filesystem_avail_bytes / node_filesystem_size_bytes) for and-prod-1 nodes right now?', N,
  '10:33', 'current disk usage per node in and-prod-1', N, 'same',
  'PromQL = disk usage per node now; 3 min later; fresh')
P(P_, 'tb', '2025-11-11 09:00', 1800, 'Provide the p95 latency of permit-gateway GET /v2/quota from 2025-11-11T00:00Z to 2025-11-11T04:00Z.', A('2025-11-11 00:00', '2025-11-11 04:00', 'UTC'),
  '11:30', 'Report the 95th-percentile latency of GET /v2/quota on permits for 00:00-04:00 UTC today.', A('2025-11-11 00:00', '2025-11-11 04:00', 'UTC'), 'same',
  'identical UTC range; 2.5 h later, TTL 30 min passed -> partial')
P(H, 'so', '2025-11-12 21:00', 1800, 'any incidnts on trailcast since 6pm?', S('18:00'),
  '21:05', 'were there incidents for trail-report since 18:00', S('18:00'), 'same',
  '6pm=18:00, trailcast alias; fresh')
P(P_, 'va', '2025-11-13 09:00', 900, 'error logs for beacons last 2h', L(h=2),
  '09:40', 'beacon-ingest error logs past 2 hours', L(h=2), 'same',
  '40 min later: stale (TTL 15 min) and window moved > 18 min -> partial')
P(H, 'zu', '2025-12-01 08:05', 300, 'SmsDeliveryFailing firing? now', N,
  '08:07', 'is SmsDeliveryFailing currently firing', N, 'same',
  'status now, same alertname; 2 min; fresh')
P(H, 'me', '2025-12-02 14:00', 1800, 'Show me the k8s events for the namespace bookings in last 1 hour please', L(h=1),
  '14:05', 'Please show kubernetes events of ns bookings from past hour', L(h=1), 'same',
  'k8s=kubernetes, ns=namespace; 5 min shift within 9 min; fresh')
P(P_, 'th', '2025-12-03 09:00', 3600, 'Could you kindly tell me how many alerts notify-relay has raised this month?', MO,
  '15:00', 'I would be grateful to know the number of alerts from the notifier so far this month.', MO, 'same',
  'same month-to-date count; 6 h later, TTL 1 h passed -> partial')
P(H, 'ed', '2025-12-04 11:00', 3600, 'Can you summarise the incidents we had in the andes region over the last 7 days?', L(d=7),
  '11:30', 'Give me the rundown of incidents in andes during the past week.', L(d=7), 'same',
  'past week = 7d rolling; same region; fresh')
P(H, 'bh', '2026-01-12 10:00', 900, '`sum by (code) (rate(http_requests_total{service="guide-market",route="/payouts"}[5m]))` last 1h - breakdown by status code?', L(h=1),
  '10:05', 'guides /payouts requests by status code, past hour', L(h=1), 'same',
  'same breakdown by code; 5 min later; fresh')
P(H, 'tb', '2026-01-13 10:00', 3600, 'Provide all deployment events for hut-reservations between 2026-01-12T18:00Z and 2026-01-13T06:00Z.', A('2026-01-12 18:00', '2026-01-13 06:00', 'UTC'),
  '10:30', 'List deployments of hutres from 22:00 on 12 January to 10:00 on 13 January 2026, Tbilisi time.', A('2026-01-12 22:00', '2026-01-13 10:00', 'Asia/Tbilisi'), 'same',
  '22:00-10:00 +04 = 18Z-06Z across midnight; fresh', tags='cal')
P(H, 'so', '2026-01-14 11:00', 900, 'memry of guide-market pods lst 1h pls', L(h=1),
  '11:04', 'memory usage for guides pods last hour', L(h=1), 'same',
  'typos; guides alias; 4 min shift; fresh')
P(H, 'va', '2026-01-15 16:00', 1800, 'warning alerts on rky-prod-1 today', T,
  '16:10', 'warn alerts in rky-prod-1 so far today', T, 'same',
  'warn=warning; today; fresh')
P(P_, 'zu', '2026-02-02 09:00', 7200, '5xx count permits 3h', L(h=3),
  '10:00', '5xx count passbook last 3h', L(h=3), 'same',
  'fresh but the 3 h window moved 1 h > 27 min -> partial')
P(H, 'me', '2026-02-03 18:00', 3600, 'How many times restarted the pods of notify-relay since 9am?', S('09:00'),
  '18:10', 'Please count pod restarts for pigeon from 9 in the morning until now', S('09:00'), 'same',
  'pigeon alias; since 09:00; fresh')
P(H, 'th', '2026-02-04 08:30', 3600, 'Would you be kind enough to show me any critical alerts on the field namespace during last night?', ON,
  '09:00', 'Might I ask which critical alerts fired in namespace field overnight?', ON, 'same',
  'last night = overnight; fresh', tags='cal')
P(P_, 'ed', '2026-02-05 09:00', 3600, 'I need the number of prod deployments this quarter for the board deck.', Q,
  '2026-02-06 10:00', 'How many production deploys have we done so far this quarter?', Q, 'same',
  'same quarter-to-date; next day, TTL 1 h passed -> partial', tags='cal')
P(H, 'bh', '2026-02-09 14:00', 1800, '`avg(rate(container_cpu_usage_seconds_total{namespace="field"}[5m]))` across the last 12h?', L(h=12),
  '14:20', 'avg cpu in the field namespace over last 12 hours', L(h=12), 'same',
  'same average over 12 h; 20 min later, fresh')
P(H, 'tb', '2026-03-02 09:00', 300, 'Provide the current status of the PgReplicationLag alert for pg-alp-02.', N,
  '09:02', 'State whether PgReplicationLag is presently firing on host pg-alp-02.', N, 'same',
  'status now; 2 min; fresh')
P(H, 'so', '2026-03-03 13:00', 600, 'hutres avail endpoint slow?? p95 last 10 min', L(m=10),
  '13:03', 'p95 of /api/availability on hut-reservations for the last 10 mins', L(m=10), 'same',
  'avail endpoint=/api/availability; 3 min shift <= 5 min; fresh')
P(P_, 'va', '2026-03-04 10:00', 600, 'beacon ingest lag last 30m', L(m=30),
  '10:15', 'beacons lag past 30 min', L(m=30), 'same',
  '15 min later: TTL 10 min passed -> partial')
P(H, 'zu', '2025-03-30 09:00', 1800, 'warn alerts alp-prod-2 today', T,
  '09:15', 'warning alerts in alp-prod-2 since midnight', T, 'same',
  'DST day (23 h): both since local midnight; fresh', tags='dst')
P(H, 'ed', '2025-03-09 10:00', 3600, 'Can you tell me how many alerts the switchback services raised overnight?', ON,
  '10:30', 'How many alerts did team switchback get last night?', ON, 'same',
  'DST night (7 h real); same overnight window; fresh', tags='dst cal')
P(P_, 'me', '2025-04-07 09:00', 3600, 'What was the error rate of guide-market yesterday?', D(-1),
  '16:00', 'Please the error rate for guides during yesterday', D(-1), 'same',
  'same day; 7 h later, TTL 1 h passed -> partial')
P(H, 'th', '2025-04-08 10:00', 1800, 'May I kindly ask for the top five endpoints by request count on permit-gateway over the past 24 hours?', L(h=24),
  '10:20', 'Could you please rank the five busiest permits endpoints by requests in the last day?', L(h=24), 'same',
  'top 5 ranking both; last day=24h; fresh')
P(H, 'bh', '2025-04-09 09:00', 900, '`{app="trail-report"} |= "segment not found"` last 1h - list the lines?', L(h=1),
  '09:06', 'show trail-report log lines containing "segment not found" from the past hour', L(h=1), 'same',
  'LogQL = same filter; 6 min shift within 9 min; fresh')
P(P_, 'tb', '2025-04-10 12:00', 3600, 'Provide the count of pods in CrashLoopBackOff in namespace comms on 2025-04-09, Tbilisi time.', D(-1),
  '18:00', 'Report the number of CrashLoopBackOff pods in the comms namespace for 9 April 2025 (local time).', D(-1), 'same',
  'same local day; 6 h later, stale -> partial')
P(H, 'so', '2025-04-14 09:00', 3600, 'sup w alerts ovr the wknd for guides?', WE,
  '09:10', 'list alerts for guide-market over the weekend', WE, 'same',
  'asked Monday; wknd=weekend, guides alias; fresh', tags='cal')
P(H, 'va', '2025-04-15 11:00', 900, 'top 5 noisiest alerts last 24h', L(h=24),
  '11:10', 'five most frequent alerts in the past day', L(h=24), 'same',
  'top-5 ranking; past day=24h; fresh')
P(H, 'zu', '2025-04-16 14:00', 1800, 'disk IOPS pg-alp-01 2h', L(h=2),
  '14:10', 'disk iops on pg-alp-01 past 2 hours', L(h=2), 'same',
  '10 min shift < 18 min; fresh')
P(H, 'me', '2025-04-17 10:00', 300, 'Is there incidents open now for beacon-ingest?', N,
  '10:02', 'Are any incidents currently open on sos ingest?', N, 'same',
  'sos ingest=beacon-ingest; now; 2 min; fresh')
P(P_, 'th', '2025-04-22 09:00', 7200, 'Could you kindly show the request rate of notify-relay /send/sms over the past 2 hours?', L(h=2),
  '10:00', 'I would appreciate the request rate for the sms relay /send/sms endpoint across the last two hours, please.', L(h=2), 'same',
  'fresh, but 2 h window moved 1 h > 18 min -> partial')
P(H, 'ed', '2025-05-05 09:00', 3600, 'Please give me the count of critical incidents across prod this month so far.', MO,
  '09:45', 'How many critical production incidents have we logged since the first of the month?', SD('2025-05-01'), 'same',
  'since the 1st = this month; prod=production; fresh')
P(P_, 'bh', '2025-04-06 09:00', 1800, '`increase(kube_pod_container_status_restarts_total{namespace="market"}[24h])` - restarts in market over the last 24h?', L(h=24),
  '12:00', 'pod restarts in the market namespace, last 24 hours', L(h=24), 'same',
  'DST-end day; same 24 h count; 3 h later, stale -> partial', tags='dst')
P(H, 'tb', '2025-05-06 15:00', 3600, 'Provide a list of alerts of severity critical that fired between 2025-05-06T06:00:00Z and 2025-05-06T09:00:00Z.', A('2025-05-06 06:00', '2025-05-06 09:00', 'UTC'),
  '15:20', 'List critical alerts raised from 10:00 to 13:00 Tbilisi time today.', C('10:00', '13:00'), 'same',
  '10-13 +04 = 06-09Z; fresh')
P(H, 'so', '2025-05-07 20:00', 1800, 'how many deploys 2day on permits? boss askin', T,
  '20:20', 'permit-gateway deploy count today', T, 'same',
  '2day=today; end moved 20 min < 15% of 20 h; fresh')
P(H, 'va', '2025-05-08 12:00', 600, 'is hutres healthy', N,
  '12:03', 'hut-reservations up?', N, 'same',
  'healthy/up = status now; 3 min; fresh')
P(H, 'zu', '2025-05-09 07:00', 1800, 'incidents 7d, team lantern, list', L(d=7),
  '07:20', 'list lantern incidents past week', L(d=7), 'same',
  'past week = 7d; fresh')
P(H, 'me', '2025-05-13 10:00', 300, 'Which hosts in alp-prod-1 have memory over 90% now?', N,
  '10:02', 'Please list hosts of alp-prod-1 using more than 90% memory at the moment', N, 'same',
  'same 90% threshold; now; fresh')
P(P_, 'th', '2025-05-15 09:00', 1800, 'Would you be so kind as to tell me whether beacon-ingest is healthy right now?', N,
  '09:20', 'Could I trouble you to check if the beacons service is up at the moment?', N, 'same',
  'same "now" question re-asked while fresh: windows do not overlap -> partial (rule 3 exception)')
P(P_, 'ed', '2025-05-16 08:00', 3600, 'What was our p99 latency on guide-market checkout over the last week? I need it for the SLA report.', L(d=7),
  '14:00', 'Can you pull the 99th percentile latency for /checkout on the guides service, past 7 days?', L(d=7), 'same',
  'p99=99th percentile; 6 h later, TTL passed -> partial')
P(H, 'bh', '2025-06-09 10:00', 1800, '`sum(increase(notify_sms_failed_total[1h])) by (provider)` - failures per provider in the last hour?', L(h=1),
  '10:05', 'sms delivery failures per provider over the last hour', L(h=1), 'same',
  'same breakdown; 5 min later; fresh')
P(P_, 'tb', '2025-06-10 10:00', 1800, 'Provide the number of BeaconIngestLag alert firings during 2025-06-09 (UTC).', A('2025-06-09 00:00', '2025-06-10 00:00', 'UTC'),
  '14:00', 'State how many times BeaconIngestLag fired on 9 June 2025, UTC.', A('2025-06-09 00:00', '2025-06-10 00:00', 'UTC'), 'same',
  'same UTC day; 4 h later, stale -> partial')

# =====================================================================================
group('near')   # one-token flips: subject, sibling, complement, intent, nested, statistic
# =====================================================================================
P(M, 'zu', '2025-05-21 10:00', 900, 'cpu permits 1h', L(h=1),
  '10:03', 'mem permits 1h', L(h=1), 'subject', 'cpu vs memory: different measured quantity')
P(M, 'me', '2025-05-22 11:00', 900, 'What is the latency of hut-reservations in the last hour?', L(h=1),
  '11:02', 'What is the error rate of hut-reservations in the last hour?', L(h=1), 'subject', 'latency vs error rate')
P(M, 'th', '2025-05-23 09:00', 1800, 'Could you kindly show me the disk IOPS on pg-alp-01 over the past 6 hours?', L(h=6),
  '09:03', 'Could you kindly show me the disk latency on pg-alp-01 over the past 6 hours?', L(h=6), 'subject', 'disk IOPS vs disk latency')
P(M, 'ed', '2025-05-26 14:00', 1800, 'How much read throughput have the Kafka brokers in rky-prod-1 been handling over the last 3 hours?', L(h=3),
  '14:04', 'How much write throughput have the Kafka brokers in rky-prod-1 been handling over the last 3 hours?', L(h=3), 'subject', 'read vs write')
P(M, 'bh', '2025-05-27 10:00', 900, 'rate(node_disk_reads_completed_total{instance="pg-alp-02"}[5m]) over the last 3h?', L(h=3),
  '10:02', 'rate(node_disk_writes_completed_total{instance="pg-alp-02"}[5m]) over the last 3h?', L(h=3), 'subject', 'read IOPS vs write IOPS')
P(M, 'tb', '2025-05-28 12:00', 3600, 'Provide the number of incidents recorded for guide-market on 2025-05-27 (Tbilisi time).', D(-1),
  '12:05', 'Provide the number of alerts recorded for guide-market on 2025-05-27 (Tbilisi time).', D(-1), 'subject', 'incidents vs alerts')
P(M, 'so', '2025-05-29 15:00', 1800, 'any deploys 2 trailcast today?', T,
  '15:03', 'any alerts on trailcast today?', T, 'subject', 'deploys vs alerts')
P(M, 'va', '2025-06-02 09:00', 900, 'notify-relay app logs last 1h', L(h=1),
  '09:02', 'notify-relay ingress access logs last 1h', L(h=1), 'subject', 'app log stream vs ingress access log stream')
P(M, 'zu', '2025-06-04 16:00', 900, 'traces guides /checkout 30m', L(m=30),
  '16:02', 'logs guides /checkout 30m', L(m=30), 'subject', 'traces vs logs')
P(M, 'me', '2025-06-06 10:00', 900, 'Show me k8s events in namespace field in last hour', L(h=1),
  '10:02', 'Show me alerts in namespace field in last hour', L(h=1), 'subject', 'k8s events vs alerts')
P(M, 'ed', '2025-06-09 09:00', 1800, "How far behind is the beacon-ingest Kafka consumer group? I'd like the consumer lag over the past 2 hours.", L(h=2),
  '09:05', 'What has the end-to-end ingest lag in seconds looked like for beacon-ingest over the past 2 hours?', L(h=2), 'subject',
  'kafka consumer lag (messages) vs beacon_ingest_lag_seconds: different metric')
P(M, 'bh', '2025-06-11 13:00', 900, 'container_memory_working_set_bytes{namespace="market"} over the last 6h - any growth?', L(h=6),
  '13:03', 'increase(kube_pod_container_status_restarts_total{namespace="market"}[6h]) - restarts in the last 6h?', L(h=6), 'subject',
  'memory vs pod restarts')
P(M, 'tb', '2025-06-12 10:00', 1800, 'Provide the request rate of POST /v2/permits on permit-gateway between 2025-06-12T04:00Z and 2025-06-12T06:00Z.', A('2025-06-12 04:00', '2025-06-12 06:00', 'UTC'),
  '10:04', 'Provide the error rate of POST /v2/permits on permit-gateway between 2025-06-12T04:00Z and 2025-06-12T06:00Z.', A('2025-06-12 04:00', '2025-06-12 06:00', 'UTC'), 'subject',
  'request rate vs error rate')
P(M, 'so', '2025-06-13 18:00', 900, 'replication lag on pg-alp-02 lst 2h??', L(h=2),
  '18:02', 'disk usage on pg-alp-02 lst 2h??', L(h=2), 'subject', 'replication lag vs disk usage')
P(M, 'zu', '2025-10-26 09:00', 900, 'crit alerts hutres today', T,
  '09:02', 'warn alerts hutres today', T, 'sibling', 'critical vs warning (DST day irrelevant)', tags='dst')
P(M, 'me', '2025-06-16 12:00', 1800, 'How many 500 errors had permit-gateway today?', T,
  '12:03', 'How many 503 errors had permit-gateway today?', T, 'sibling', '500 vs 503')
P(M, 'th', '2025-06-17 10:00', 1800, 'Might I kindly see the alerts for hut-reservations from the past 24 hours?', L(h=24),
  '10:04', 'Might I kindly see the alerts for guide-market from the past 24 hours?', L(h=24), 'sibling', 'sibling service')
P(M, 'ed', '2025-06-18 11:00', 3600, 'How many incidents did we have in the rockies region this week?', W,
  '11:05', 'How many incidents did we have in the andes region this week?', W, 'sibling', 'sibling region')
P(M, 'bh', '2025-06-19 09:00', 900, 'sum(increase(http_requests_total{service="guide-market",code="502"}[1h])) - 502s in the last hour?', L(h=1),
  '09:02', 'sum(increase(http_requests_total{service="guide-market",code="504"}[1h])) - 504s in the last hour?', L(h=1), 'sibling', '502 vs 504')
P(M, 'tb', '2025-06-20 14:00', 1800, 'List the firing alerts for notify-relay between 2025-06-20T06:00Z and 2025-06-20T09:00Z.', A('2025-06-20 06:00', '2025-06-20 09:00', 'UTC'),
  '14:03', 'List the resolved alerts for notify-relay between 2025-06-20T06:00Z and 2025-06-20T09:00Z.', A('2025-06-20 06:00', '2025-06-20 09:00', 'UTC'), 'sibling',
  'state firing vs resolved')
P(M, 'so', '2025-06-23 10:00', 3600, 'how many sev1 incidnts this wk', W,
  '10:02', 'how many sev2 incidnts this wk', W, 'sibling', 'SEV1 vs SEV2')
P(M, 'va', '2025-06-24 13:00', 600, 'pending alerts for beacons now', N,
  '13:02', 'firing alerts for beacons now', N, 'sibling', 'alert state pending vs firing')
P(M, 'zu', '2025-06-25 09:00', 900, 'p95 /v2/permits 1h', L(h=1),
  '09:02', 'p95 /v2/quota 1h', L(h=1), 'sibling', 'sibling endpoint')
P(M, 'me', '2025-06-26 16:00', 1800, 'How many deploys was in staging today?', T,
  '16:02', 'How many deploys was in production today?', T, 'sibling', 'staging vs production')
P(M, 'ed', '2025-06-27 08:00', 3600, 'How many times did BeaconIngestLag fire at critical severity yesterday?', D(-1),
  '08:04', 'How many times did BeaconIngestLag fire at warning severity yesterday?', D(-1), 'sibling', 'critical vs warning')
P(M, 'bh', '2025-06-30 10:00', 1800, 'sum(increase(notify_sms_failed_total{provider="sendwave"}[24h])) - failures in the last 24h?', L(h=24),
  '10:03', 'sum(increase(notify_sms_failed_total{provider="textfox"}[24h])) - failures in the last 24h?', L(h=24), 'sibling', 'sibling provider label')
P(M, 'tb', '2025-07-01 11:00', 3600, 'Provide the count of NodeDiskFilling alerts between 2025-07-01T00:00Z and 2025-07-01T06:00Z.', A('2025-07-01 00:00', '2025-07-01 06:00', 'UTC'),
  '11:05', 'Provide the count of PodCrashLooping alerts between 2025-07-01T00:00Z and 2025-07-01T06:00Z.', A('2025-07-01 00:00', '2025-07-01 06:00', 'UTC'), 'sibling',
  'sibling alertname')
P(M, 'so', '2025-07-02 17:00', 900, 'pigeon /send/sms failin? errors last 30 min', L(m=30),
  '17:02', 'pigeon /send/push failin? errors last 30 min', L(m=30), 'sibling', '/send/sms vs /send/push')
P(M, 'va', '2025-07-03 10:00', 900, 'error logs on alp1-node-03 past hour', L(h=1),
  '10:02', 'error logs on alp1-node-04 past hour', L(h=1), 'sibling', 'sibling host')
P(M, 'zu', '2025-07-04 11:00', 1800, 'non-crit alerts permits today', T,
  '11:02', 'crit alerts permits today', T, 'complement', 'non-critical vs critical')
P(M, 'me', '2025-07-07 09:00', 300, 'How many pods are not ready in namespace bookings now?', N,
  '09:02', 'How many pods are ready in namespace bookings now?', N, 'complement', 'NOT ready vs ready')
P(M, 'th', '2025-07-08 10:00', 600, 'Could you please list the hosts with disk usage above 85% right now?', N,
  '10:02', 'Could you please list the hosts with disk usage below 85% right now?', N, 'complement', 'above vs below threshold')
P(M, 'ed', '2025-07-09 15:00', 3600, 'Can you count the incidents this month excluding guide-market?', MO,
  '15:05', "Can you count this month's incidents for guide-market?", MO, 'complement', 'excluding X vs X')
P(M, 'bh', '2025-07-10 12:00', 900, 'sum(increase(http_requests_total{service="trail-report",code!~"5.."}[1h])) - last 1h', L(h=1),
  '12:02', 'sum(increase(http_requests_total{service="trail-report",code=~"5.."}[1h])) - last 1h', L(h=1), 'complement', 'non-5xx vs 5xx')
P(M, 'tb', '2025-07-11 09:00', 3600, 'Provide the number of alerts raised outside production on 2025-07-10 (UTC).', A('2025-07-10 00:00', '2025-07-11 00:00', 'UTC'),
  '09:05', 'Provide the number of alerts raised in production on 2025-07-10 (UTC).', A('2025-07-10 00:00', '2025-07-11 00:00', 'UTC'), 'complement',
  'outside prod vs prod')
P(M, 'so', '2025-07-14 14:00', 1800, 'faild deploys 2day?', T,
  '14:02', 'succesful deploys 2day?', T, 'sibling', 'deploy state failed vs succeeded')
P(M, 'va', '2025-07-15 10:00', 1800, 'unacked alerts for scree today', T,
  '10:02', 'acked alerts for scree today', T, 'complement', 'unacknowledged vs acknowledged')
P(M, 'zu', '2025-07-16 09:00', 900, 'traces guides /checkout >2s 30m', L(m=30),
  '09:02', 'traces guides /checkout <2s 30m', L(m=30), 'complement', 'above vs below 2 s')
P(M, 'me', '2025-07-17 10:00', 3600, 'Please list alerts for all services except notify-relay this week', W,
  '10:04', 'Please list alerts for notify-relay this week', W, 'complement', 'excluding notify-relay vs notify-relay')
P(P_, 'zu', '2025-07-18 10:00', 900, '# crit alerts permits 1h', L(h=1),
  '10:02', 'list crit alerts permits 1h', L(h=1), 'intent', 'count vs list of the same alerts')
P(P_, 'me', '2025-07-21 15:00', 3600, 'How many deploys had guide-market this week?', W,
  '15:03', 'Which deploys had guide-market this week? Give me the list', W, 'intent', 'count vs list')
P(P_, 'th', '2025-07-22 09:00', 3600, 'Could you kindly list the incidents for trail-report this month?', MO,
  '09:04', 'Would you please show how the number of trail-report incidents has trended day by day this month?', MO, 'intent', 'list vs trend')
P(P_, 'ed', '2025-07-23 10:00', 3600, "What's the total number of alerts we've taken across all services over the last 7 days?", L(d=7),
  '10:05', 'Which five services generated the most alerts over the last 7 days?', L(d=7), 'intent', 'total count vs top-5 ranking')
P(P_, 'bh', '2025-07-24 11:00', 1800, 'sum(rate(http_requests_total{service="beacon-ingest",code=~"5.."}[5m])) over the last 6h - trend?', L(h=6),
  '11:03', 'sum(increase(http_requests_total{service="beacon-ingest",code=~"5.."}[6h])) - total 5xx in the last 6h?', L(h=6), 'intent', 'trend vs total count')
P(P_, 'tb', '2025-07-25 10:00', 900, 'Provide the list of hosts in cluster alp-prod-2 whose CPU utilisation is above 90% at present.', N,
  '10:02', 'State the number of hosts in cluster alp-prod-2 whose CPU utilisation is above 90% at present.', N, 'intent', 'list vs count')
P(P_, 'so', '2025-07-28 16:00', 1800, 'how many error logs on guides 2day', T,
  '16:03', 'show me the error logs on guides 2day', T, 'intent', 'count vs list of log lines')
P(P_, 'va', '2025-07-29 12:00', 600, 'how many alerts firing for hutres rn', N,
  '12:02', 'list alerts firing for hutres rn', N, 'intent', 'count vs list')
P(P_, 'ed', '2025-07-30 09:00', 3600, "How does switchback's incident count this month compare with lantern's?", MO,
  '09:05', 'How many incidents has switchback had this month?', MO, 'intent', 'compare vs count; b is a part of the compared data')
P(P_, 'zu', '2025-07-31 10:00', 1800, 'alerts hutres 24h, count', L(h=24),
  '10:03', 'alerts hutres 24h, hourly trend', L(h=24), 'intent', 'count vs trend')
P(P_, 'zu', '2025-08-01 09:00', 900, '# alerts permits 1h', L(h=1),
  '09:02', '# crit alerts permits 1h', L(h=1), 'nested', 'all severities contains critical')
P(P_, 'me', '2025-08-04 12:00', 1800, 'How many 5xx errors had hut-reservations today?', T,
  '12:03', 'How many 503 errors had hut-reservations today?', T, 'nested', '5xx contains 503')
P(P_, 'th', '2025-08-05 10:00', 3600, 'Could you kindly list all alerts for beacon-ingest over the past 24 hours?', L(h=24),
  '10:04', 'Could you kindly list only the BeaconIngestLag alerts over the past 24 hours?', L(h=24), 'nested', 'all beacon-ingest alerts contain BeaconIngestLag')
P(P_, 'ed', '2025-08-06 09:00', 3600, 'How many incidents did we open over the last week, all severities?', L(d=7),
  '09:05', 'How many SEV1 incidents did we open over the last week?', L(d=7), 'nested', 'all severities contain SEV1')
P(P_, 'bh', '2025-08-07 10:00', 900, 'sum(increase(http_requests_total{service="permit-gateway",code=~"5.."}[1h])) - last hour?', L(h=1),
  '10:02', 'sum(increase(http_requests_total{service="permit-gateway",code="500"}[1h])) - last hour?', L(h=1), 'nested', '5xx contains 500')
P(P_, 'tb', '2025-08-08 11:00', 3600, 'List all deployments of permit-gateway between 2025-08-01T00:00Z and 2025-08-08T00:00Z.', A('2025-08-01 00:00', '2025-08-08 00:00', 'UTC'),
  '11:05', 'List the failed deployments of permit-gateway between 2025-08-01T00:00Z and 2025-08-08T00:00Z.', A('2025-08-01 00:00', '2025-08-08 00:00', 'UTC'), 'nested',
  'all deploys contain failed deploys')
P(P_, 'so', '2025-08-11 09:00', 900, 'k8s events in field ns last hr', L(h=1),
  '09:02', 'only Warning k8s events in field ns last hr', L(h=1), 'nested', 'all events contain Warning-type events')
P(P_, 'va', '2025-08-12 10:00', 600, 'disk usage on all rky-prod-1 nodes now', N,
  '10:02', 'rky-prod-1 nodes with disk above 85% now', N, 'nested', 'all nodes contain nodes above 85%')
P(P_, 'zu', '2025-08-13 14:00', 900, 'traces guides /checkout 30m', L(m=30),
  '14:02', 'traces guides /checkout >2s 30m', L(m=30), 'nested', 'all traces contain slow (>2s) traces')
P(P_, 'me', '2025-08-14 17:00', 1800, 'Which alerts had permit-gateway today?', T,
  '17:03', 'Which alerts of permit-gateway from today are still firing?', T, 'nested', 'all alerts contain still-firing alerts')
P(P_, 'ed', '2025-11-02 10:00', 1800, "What has the median latency on permit-gateway been since midnight?", T,
  '10:04', "What has the p99 latency on permit-gateway been since midnight?", T, 'stat', 'p50 vs p99 of the same series (DST day)', tags='dst')
P(P_, 'th', '2025-08-18 10:00', 1800, 'Could you kindly tell me the average response time of guide-market over the last 3 hours?', L(h=3),
  '10:03', 'Could you kindly tell me the 95th percentile response time of guide-market over the last 3 hours?', L(h=3), 'stat', 'average vs p95')
P(P_, 'bh', '2025-08-19 09:00', 900, 'histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket{service="trail-report"}[5m]))) last 1h', L(h=1),
  '09:02', 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="trail-report"}[5m]))) last 1h', L(h=1), 'stat', 'p90 vs p99')
P(P_, 'tb', '2025-08-20 12:00', 1800, 'Provide the maximum CPU utilisation of alp1-node-02 between 2025-08-20T04:00Z and 2025-08-20T07:00Z.', A('2025-08-20 04:00', '2025-08-20 07:00', 'UTC'),
  '12:03', 'Provide the average CPU utilisation of alp1-node-02 between 2025-08-20T04:00Z and 2025-08-20T07:00Z.', A('2025-08-20 04:00', '2025-08-20 07:00', 'UTC'), 'stat',
  'max vs average')
P(P_, 'so', '2025-08-21 15:00', 900, 'hutres p95 lst 1h', L(h=1),
  '15:02', 'hutres p99 lst 1h', L(h=1), 'stat', 'p95 vs p99')
P(P_, 'va', '2025-08-22 11:00', 900, 'median latency beacons ingest last 2h', L(h=2),
  '11:02', 'p90 latency beacons ingest last 2h', L(h=2), 'stat', 'p50 vs p90')
P(P_, 'zu', '2025-08-25 10:00', 1800, 'avg mem beacons 6h', L(h=6),
  '10:02', 'peak mem beacons 6h', L(h=6), 'stat', 'average vs max')
P(H, 'me', '2025-08-26 10:00', 1800, 'How many errors had guide-market in the last 2 hours?', L(h=2),
  '10:05', 'How many 5xx had guide-market in the last 2 hours?', L(h=2), 'same', 'errors of a service = 5xx; fresh')
P(H, 'so', '2025-08-27 11:00', 1800, 'acked alerts 4 lantern 2day', T,
  '11:10', 'acknowledged alerts for lantern today', T, 'same', 'acked = acknowledged; fresh')
P(H, 'th', '2025-08-28 09:00', 1800, 'Could you kindly show me the k8s events in ns comms for the past hour?', L(h=1),
  '09:05', 'Could you kindly show me the k8s events in the comms namespace for the past hour?', L(h=1), 'same', 'ns = namespace; fresh')
P(H, 'va', '2025-08-29 14:00', 1800, 'deploys to prod today', T,
  '14:05', 'deploys to production today', T, 'same', 'prod = production; fresh')

# =====================================================================================
group('time')   # same substance, different time expressions
# =====================================================================================
P(H, 'zu', '2025-03-30 11:00', 1800, '# alerts alp-prod-1 today', T,
  '11:05', '# alerts alp-prod-1 since 00:00', S('00:00'), 'same', 'today = since 00:00 on the 23 h DST day; fresh', tags='dst')
P(H, 'va', '2025-09-08 09:00', 3600, 'hutres 5xx count last 24h', L(h=24),
  '09:10', 'hutres 5xx count past day', L(h=24), 'same', 'past day = 24 h; fresh')
P(H, 'ed', '2025-09-11 10:00', 3600, 'How many deployments has the lantern team shipped this week?', W,
  '10:20', 'How many deploys has lantern done since Monday?', SD('2025-09-08'), 'same', 'this week = since Monday 00:00; fresh')
P(H, 'tb', '2025-09-12 15:00', 3600, 'Provide the count of critical alerts between 2025-09-12T08:00Z and 2025-09-12T10:00Z.', A('2025-09-12 08:00', '2025-09-12 10:00', 'UTC'),
  '15:10', 'State the number of critical alerts from 12:00 to 14:00 local time today.', C('12:00', '14:00'), 'same', '12-14 +04 = 08-10Z; fresh')
P(H, 'me', '2025-09-15 13:00', 1800, 'How many pod restarts had beacon-ingest since 9am?', S('09:00'),
  '13:05', 'Please the number of restarts of the beacons pods in the last 4 hours', L(h=4), 'same', 'since 9am at 13:00 ~ last 4 h at 13:05; fresh')
P(H, 'so', '2025-09-16 10:00', 3600, 'incidnts for guides last 7d?', L(d=7),
  '10:20', 'guides incidents last week', L(d=7), 'same', 'last week = rolling 7 d; fresh')
P(H, 'th', '2025-09-17 09:00', 7200, 'Could you kindly tell me how many alerts notify-relay raised last month?', L(d=30),
  '09:30', 'May I know the number of notifier alerts in the past 30 days, please?', L(d=30), 'same', 'last month = 30 d; fresh')
P(H, 'bh', '2025-09-22 09:00', 21600, '`count_over_time({app="hut-reservations"} |= "overbooked" [1d])` - how many yesterday?', D(-1),
  '10:00', 'how many "overbooked" log lines from hutres on Sunday?', D(-1), 'same', 'asked Monday: Sunday = yesterday; fresh', tags='cal')
P(H, 'zu', '2025-10-14 23:55', 3600, 'deploys permits today?', T,
  '2025-10-15 00:10', 'deploys permits yesterday?', D(-1), 'same', 'today at 23:55 vs yesterday after midnight: end differs 5 min; fresh', tags='cal')
P(H, 'va', '2025-10-16 13:00', 3600, 'trail-report alerts this morning', AM,
  '13:10', 'trailcast alerts between 6 and 12 today', C('06:00', '12:00'), 'same', 'this morning = 06:00-12:00; fresh')
P(H, 'ed', '2025-10-20 08:30', 7200, 'What did the weekend look like for switchback - how many alerts did they get over the weekend?', WE,
  '09:00', 'How many alerts did switchback take from Saturday through Sunday?', A('2025-10-18 00:00', '2025-10-20 00:00', 'America/Edmonton'), 'same',
  'asked Monday: weekend = Sat 00:00-Mon 00:00; fresh', tags='cal')
P(H, 'tb', '2025-08-05 10:00', 7200, 'Provide the number of deployments since 2025-08-01T00:00Z.', A('2025-08-01 00:00', 'now', 'UTC'),
  '10:30', 'State the number of deployments this month.', MO, 'same', 'start differs 4 h, within 15% of ~4 days; fresh')
P(H, 'ed', '2025-03-09 04:00', 1800, "I'm up early with the incident - how many alerts has switchback raised since midnight?", T,
  '04:05', 'How many switchback alerts have come in over the last 3 hours?', L(h=3), 'same',
  'spring-forward: midnight to 04:00 MDT is only 3 h, so the ranges match; fresh', tags='dst')
P(H, 'bh', '2025-10-05 06:00', 1800, 'sum(increase(http_requests_total{service="permit-gateway",code=~"5.."}[5h])) - 5xx in the last 5 hours?', L(h=5),
  '06:05', '5xx count for permits since midnight', T, 'same',
  'DST starts: midnight ACST to 06:00 ACDT = 5 h; fresh', tags='dst')
P(H, 'bh', '2025-04-06 05:00', 1800, '5xx count for beacons since midnight', T,
  '05:05', 'sum(increase(http_requests_total{service="beacon-ingest",code=~"5.."}[6h])) - last 6 hours?', L(h=6), 'same',
  'DST ends: midnight ACDT to 05:00 ACST = 6 h; fresh', tags='dst')
P(H, 'th', '2025-10-21 10:00', 1800, 'Could you kindly show me the error logs for hut-reservations for the last 2 hours?', L(h=2),
  '10:05', 'Might I see the hutres error logs since 8am, please?', S('08:00'), 'same', 'last 2 h at 10:00 = since 08:00; fresh')
P(H, 'bh', '2025-06-16 13:00', 3600, 'max_over_time(beacon_ingest_lag_seconds[2h]) between 01:00 and 03:00 UTC today?', A('2025-06-16 01:00', '2025-06-16 03:00', 'UTC'),
  '13:10', 'max beacon ingest lag from 10:30 to 12:30 today', C('10:30', '12:30'), 'same', '10:30-12:30 ACST (+09:30) = 01-03Z; fresh')
P(H, 'va', '2025-10-23 08:00', 3600, 'hutres incidents since 6pm yesterday', S('18:00', -1),
  '08:05', 'hutres incidents last 14 hours', L(h=14), 'same', 'since 18:00 yesterday at 08:00 = 14 h; fresh', tags='cal')
P(H, 'ed', '2025-07-01 09:00', 3600, 'How many production incidents have we had so far this quarter?', Q,
  '09:15', 'How many production incidents have we logged today?', T, 'same', 'on Jul 1 this quarter = today; fresh', tags='cal')
P(H, 'so', '2025-09-01 10:00', 1800, 'how many alerts dis month 4 comms ns', MO,
  '10:05', 'alerts in comms ns since midnite, how many', T, 'same', 'on the 1st this month = since midnight; fresh', tags='cal')
P(H, 'zu', '2025-12-31 22:00', 14400, '# incidents today', T,
  '2026-01-01 00:30', '# incidents yesterday', D(-1), 'same', 'across new year: end differs 2 h < 15% of 22 h; within 4 h TTL', tags='cal')
P(H, 'tb', '2025-06-02 18:00', 7200, 'Provide the count of alerts for hut-reservations between 2025-06-01T06:00Z and 2025-06-01T10:00Z.', A('2025-06-01 06:00', '2025-06-01 10:00', 'UTC'),
  '2025-06-02 16:30', '# alerts hutres 1 Jun 08:00-12:00', A('2025-06-01 08:00', '2025-06-01 12:00', 'Europe/Zurich'), 'same',
  'cross-zone: 08-12 CEST = 06-10Z; fresh', who_b='zu')
P(P_, 'va', '2025-11-02 03:00', 1800, 'on call here - alerts for beacons since midnight', T,
  '03:05', 'beacons alerts last 3 hours', L(h=3), 'same',
  'fall-back: since midnight is 4 h real, last 3 h starts 65 min later (> 36 min) -> partial', tags='dst')
P(P_, 'zu', '2025-03-30 05:00', 1800, 'alerts beacons since 00:00', T,
  '05:01', 'alerts beacons last 5h', L(h=5), 'same',
  'spring-forward: since 00:00 is 4 h real; last 5 h starts ~1 h earlier (> 45 min) -> partial', tags='dst')
P(P_, 'so', '2025-03-30 05:00', 1800, 'hutres alerts since midnite?? how many', T,
  '05:01', 'how many hutres alerts last 5 hrs', L(h=5), 'same',
  'spring-forward: midnight to 05:00 EEST = 4 h; 5 h window starts ~1 h earlier -> partial', tags='dst')
P(P_, 'zu', '2025-10-26 04:00', 1800, '# alerts permits since 00:00', T,
  '04:01', '# alerts permits last 4h', L(h=4), 'same',
  'fall-back: since 00:00 is 5 h real; 4 h window starts ~1 h later -> partial', tags='dst')
P(P_, 'va', '2025-03-09 05:00', 1800, 'guides 5xx between midnight and 5am', C('00:00', '05:00'),
  '05:02', 'guides 5xx last 5 hours', L(h=5), 'same',
  'spring-forward: 00:00-05:00 is 4 h real; 5 h window starts ~1 h earlier -> partial', tags='dst')
P(P_, 'zu', '2025-06-10 18:00', 3600, '# alerts team scree today', T,
  '2025-06-10 09:10', 'how many alerts for team scree today', T, 'same',
  'cross-zone: Zurich today starts 9 h before Vancouver today; overlap full -> partial', who_b='va')
P(P_, 'me', '2025-10-27 15:00', 3600, 'How many alerts had trail-report in the last 24 hours?', L(h=24),
  '15:05', 'How many alerts had trail-report in the last 7 days?', L(d=7), 'same', '24 h inside 7 d, ratio 7 -> partial')
P(P_, 'th', '2025-10-30 10:00', 3600, 'Could you please tell me how many deployments guide-market had today?', T,
  '10:05', 'Could you please tell me how many deployments guide-market had this week?', W, 'same', 'today inside this week (Thu), ratio ~8 -> partial')
P(P_, 'va', '2025-10-31 15:00', 3600, 'pigeon alerts last hour', L(h=1),
  '15:05', 'pigeon alerts today', T, 'same', '1 h inside today, ratio 15 -> partial')
P(P_, 'ed', '2025-11-03 11:00', 3600, 'How many alerts did hut-reservations throw since 9am?', S('09:00'),
  '11:05', 'How many alerts came from hut-reservations this morning?', AM, 'same', 'this morning starts 06:00, 3 h earlier -> partial')
P(P_, 'tb', '2025-11-05 10:00', 7200, 'Provide the number of alerts for beacon-ingest on 2025-11-04 (local time).', D(-1),
  '10:05', 'Provide the number of alerts for beacon-ingest in the last 24 hours.', L(h=24), 'same', 'yesterday vs last 24 h: 58% overlap, edges 10 h apart -> partial')
P(P_, 'bh', '2025-11-06 10:00', 3600, '`{app="guide-market"} |= "payout failed"` - how many this week?', W,
  '10:05', '`{app="guide-market"} |= "payout failed"` count over the last 7 days?', L(d=7), 'same', 'this week (Thu) inside last 7 d -> partial')
P(P_, 'me', '2025-11-14 12:00', 7200, 'How many incidents had notify-relay this month?', MO,
  '12:10', 'How many incidents had notify-relay in the last month?', L(d=30), 'same', 'last month = 30 d, this month = 14 d -> partial')
P(P_, 'th', '2025-11-18 07:00', 3600, 'Would you kindly tell me how many alerts fired for permit-gateway overnight?', ON,
  '07:05', 'Would you kindly tell me how many alerts fired for permit-gateway since midnight?', T, 'same',
  'overnight 22:00-06:00 vs 00:00-07:05: edges ~2 h apart -> partial', tags='cal')
P(P_, 'ed', '2025-11-20 12:00', 3600, 'How many alerts has the scree team received since Tuesday 6pm?', A('2025-11-18 18:00', 'now', 'America/Edmonton'),
  '12:05', 'How many alerts has scree received in the last 72 hours?', L(h=72), 'same', 'since Tue 18:00 (42 h) inside last 72 h -> partial', tags='cal')
P(P_, 'zu', '2025-11-21 13:00', 3600, '5xx guides 10:00-12:00', C('10:00', '12:00'),
  '13:05', '5xx guides 11:00-13:00', C('11:00', '13:00'), 'same', 'half overlap, edges 1 h apart -> partial')
P(P_, 'so', '2025-04-28 11:00', 3600, 'deploys since apr 20??', SD('2025-04-20'),
  '11:05', 'deploys this month?', MO, 'same', 'since Apr 20 inside this month -> partial')
P(P_, 'tb', '2025-04-29 10:00', 3600, 'Provide the count of alerts for guide-market between 2025-04-29T00:00Z and 2025-04-29T04:00Z.', A('2025-04-29 00:00', '2025-04-29 04:00', 'UTC'),
  '10:05', 'Provide the count of alerts for guide-market between 02:00 and 08:00 Tbilisi time today.', C('02:00', '08:00'), 'same',
  '02-08 +04 = 22Z-04Z: starts 2 h earlier -> partial')
P(M, 'va', '2025-05-05 23:50', 900, 'hutres 5xx count today', T,
  '2025-05-06 00:20', 'hutres 5xx count today', T, 'same', 'after midnight "today" is a new day; no overlap and stale -> miss', tags='cal')
P(M, 'me', '2025-05-06 10:00', 3600, 'How many alerts had beacon-ingest yesterday?', D(-1),
  '10:05', 'How many alerts had beacon-ingest today?', T, 'same', 'yesterday vs today: no overlap')
P(M, 'th', '2025-05-07 15:00', 3600, 'Could you kindly list the deployments to permit-gateway this morning?', AM,
  '15:05', 'Could you kindly list the deployments to permit-gateway this afternoon?', PM, 'same', 'morning vs afternoon: no overlap')
P(M, 'so', '2025-05-08 14:00', 1800, 'guides 5xx lst 30 min', L(m=30),
  '14:05', 'guides 5xx lst 24h', L(h=24), 'same', 'lengths differ 48x > 31x')
P(M, 'ed', '2025-03-31 16:00', 3600, 'How many SEV2 incidents have we had this quarter?', Q,
  '2025-04-01 09:00', 'How many SEV2 incidents have we had this quarter?', Q, 'same', 'Q1 vs Q2 after quarter start: no overlap -> miss', tags='cal')
P(M, 'zu', '2025-01-31 17:00', 3600, '# deploys hutres this month', MO,
  '2025-02-01 10:00', '# deploys hutres this month', MO, 'same', 'January vs February: no overlap -> miss', tags='cal')
P(M, 'bh', '2025-07-15 13:00', 3600, 'alerts on and-prod-1 this morning - count?', AM,
  '2025-07-14 20:40', 'count of alerts on and-prod-1 this morning', AM, 'same',
  'cross-zone: Broken_Hill morning and Vancouver morning do not overlap -> miss', who_b='va', tags='cal')
P(M, 'tb', '2025-05-12 10:00', 300, 'State whether notify-relay is currently healthy.', N,
  '10:30', 'Confirm whether notify-relay is healthy at this moment.', N, 'same', '"now" re-asked after TTL: windows disjoint, not fresh -> miss')
P(M, 'va', '2025-05-13 09:00', 3600, 'beacons lag last week', L(d=7),
  '09:05', 'beacons lag last 4 hours', L(h=4), 'same', 'lengths differ 42x > 31x')
P(M, 'me', '2025-05-14 16:00', 3600, 'How many alerts had hut-reservations between 01:00 and 03:00?', C('01:00', '03:00'),
  '16:05', 'How many alerts had hut-reservations between 13:00 and 15:00?', C('13:00', '15:00'), 'same', 'disjoint clock ranges')

# =====================================================================================
group('scope')   # team/service, region/cluster, namespace/service, env, hosts, endpoints
# =====================================================================================
P(H, 'zu', '2025-02-10 10:00', 900, '# alerts passbook 1h', L(h=1),
  '10:04', '# alerts permit-gateway 1h', L(h=1), 'same', 'passbook is the old name of permit-gateway; fresh')
P(H, 'me', '2025-02-11 11:00', 1800, 'Show me warning events in namespace bookings today', T,
  '11:05', 'Show me warning events in ns bookings today', T, 'same', 'ns = namespace; fresh')
P(H, 'ed', '2025-02-12 09:00', 3600, 'How many incidents have hit production this week?', W,
  '09:20', 'How many prod incidents so far this week?', W, 'same', 'prod = production; fresh')
P(H, 'va', '2025-02-13 14:00', 1800, 'ridgeline deploys today', T,
  '14:05', 'guide-market deploys today', T, 'same', 'ridgeline is the old name of guide-market; fresh')
P(H, 'so', '2025-02-14 16:00', 1800, 'pigeon alerts lst 3h??', L(h=3),
  '16:05', 'notify-relay alerts last 3 hours', L(h=3), 'same', 'pigeon = notify-relay; fresh')
P(H, 'th', '2025-02-17 10:00', 600, 'Could you kindly tell me the current CPU usage of host alp1-node-03?', N,
  '10:02', 'May I ask how busy the CPU is on node alp1-node-03 right now?', N, 'same', 'same host; now; fresh')
P(H, 'bh', '2025-02-18 10:00', 900, 'sum(rate(container_cpu_usage_seconds_total{namespace="field"}[5m])) over the last 1h?', L(h=1),
  '10:05', 'cpu usage of the field namespace, past hour', L(h=1), 'same', 'same namespace; fresh')
P(H, 'tb', '2025-02-19 12:00', 3600, 'Provide the list of alerts for sos ingest between 2025-02-19T04:00Z and 2025-02-19T07:00Z.', A('2025-02-19 04:00', '2025-02-19 07:00', 'UTC'),
  '12:10', 'List the alerts for beacon-ingest from 04:00 to 07:00 UTC on 19 February 2025.', A('2025-02-19 04:00', '2025-02-19 07:00', 'UTC'), 'same',
  'sos ingest = beacon-ingest; fresh')
P(P_, 'zu', '2025-02-20 09:00', 1800, 'alerts team switchback 24h', L(h=24),
  '09:02', 'alerts permits 24h', L(h=24), 'nested', 'team switchback contains permit-gateway')
P(P_, 'me', '2025-02-21 10:00', 1800, 'How many alerts had team scree today?', T,
  '10:03', 'How many alerts had beacon-ingest today?', T, 'nested', 'team scree contains beacon-ingest')
P(P_, 'th', '2025-02-24 11:00', 3600, 'Could you kindly list the incidents for the lantern team this month?', MO,
  '11:04', 'Could you kindly list the incidents for the notifier this month?', MO, 'nested', 'team lantern contains notify-relay')
P(P_, 'ed', '2025-02-25 09:00', 3600, 'How many deploys did the switchback team ship yesterday?', D(-1),
  '09:05', 'How many deploys did hut-reservations get yesterday?', D(-1), 'nested', 'team switchback contains hut-reservations')
P(P_, 'bh', '2025-02-26 10:00', 900, '`{namespace="bookings"} |= "level=error"` - error logs, last 1h', L(h=1),
  '10:02', '`{namespace="bookings", app="hut-reservations"} |= "level=error"` - error logs, last 1h', L(h=1), 'nested', 'namespace bookings contains hut-reservations')
P(P_, 'tb', '2025-02-27 12:00', 3600, 'Provide the count of pod restarts in namespace field on 2025-02-26 (local time).', D(-1),
  '12:04', 'Provide the count of pod restarts for trail-report on 2025-02-26 (local time).', D(-1), 'nested', 'namespace field contains trail-report')
P(P_, 'so', '2025-03-03 10:00', 1800, 'memry usage in ns bookings lst 6h', L(h=6),
  '10:02', 'memory of permits lst 6h', L(h=6), 'nested', 'namespace bookings contains permit-gateway')
P(P_, 'va', '2025-03-04 11:00', 1800, 'alerts in alps today', T,
  '11:02', 'alerts in alp-prod-1 today', T, 'nested', 'region alps contains cluster alp-prod-1')
P(P_, 'zu', '2025-03-05 14:00', 1800, 'incidents rockies 7d', L(d=7),
  '14:02', 'incidents rky-prod-1 7d', L(d=7), 'nested', 'region rockies contains rky-prod-1')
P(P_, 'me', '2025-03-06 09:00', 3600, 'How many alerts was in alps region last 24 hours?', L(h=24),
  '09:03', 'How many alerts was in cluster alp-prod-2 last 24 hours?', L(h=24), 'nested', 'region alps contains alp-prod-2')
P(P_, 'ed', '2025-03-07 10:00', 600, 'Which alerts are firing on alp-prod-1 right now?', N,
  '10:02', 'Which alerts are firing on alp1-node-02 right now?', N, 'nested', 'cluster alp-prod-1 contains host alp1-node-02')
P(P_, 'bh', '2025-03-10 12:00', 900, 'sum(rate(node_disk_written_bytes_total{cluster="rky-prod-1"}[5m])) over the last 3h', L(h=3),
  '12:02', 'rate(node_disk_written_bytes_total{instance="kafka-rky-01"}[5m]) over the last 3h', L(h=3), 'nested', 'cluster rky-prod-1 contains kafka-rky-01')
P(P_, 'tb', '2025-03-11 09:00', 3600, 'Provide the p95 latency of guide-market between 2025-03-11T00:00Z and 2025-03-11T04:00Z.', A('2025-03-11 00:00', '2025-03-11 04:00', 'UTC'),
  '09:04', 'Provide the p95 latency of POST /checkout on guide-market between 2025-03-11T00:00Z and 2025-03-11T04:00Z.', A('2025-03-11 00:00', '2025-03-11 04:00', 'UTC'), 'nested',
  'service contains its /checkout endpoint')
P(P_, 'so', '2025-03-12 15:00', 1800, 'permits 5xx lst 2h', L(h=2),
  '15:02', 'permits /v2/quota 5xx lst 2h', L(h=2), 'nested', 'service contains /v2/quota')
P(P_, 'va', '2025-03-13 10:00', 1800, 'hutres request rate last hour', L(h=1),
  '10:02', 'hutres /api/availability request rate last hour', L(h=1), 'nested', 'service contains /api/availability')
P(P_, 'zu', '2025-03-14 09:00', 1800, 'crit alerts prod today', T,
  '09:02', 'crit alerts and-prod-1 today', T, 'nested', 'prod contains cluster and-prod-1')
P(P_, 'th', '2025-03-17 10:00', 3600, 'Could you please list the deployments to production over the past 24 hours?', L(h=24),
  '10:03', 'Could you please list the deployments to the rky-prod-1 cluster over the past 24 hours?', L(h=24), 'nested', 'production contains rky-prod-1')
P(P_, 'ed', '2025-03-18 09:00', 3600, 'How many incidents did we have across all services last week?', L(d=7),
  '09:04', 'How many incidents did guide-market have last week?', L(d=7), 'nested', 'all services contain guide-market')
P(P_, 'me', '2025-03-19 14:00', 600, 'List all alerts firing now in all services', N,
  '14:02', 'List alerts firing now for trail-report', N, 'nested', 'all services contain trail-report')
P(P_, 'bh', '2025-03-20 11:00', 1800, 'sum by (service) (increase(http_requests_total{code=~"5.."}[1h])) - 5xx per service, last hour', L(h=1),
  '11:02', 'sum(increase(http_requests_total{service="notify-relay",code=~"5.."}[1h])) - last hour', L(h=1), 'nested',
  'per-service breakdown contains notify-relay')
P(P_, 'tb', '2025-03-21 10:00', 3600, 'Provide the number of alerts for team lantern between 2025-03-21T00:00Z and 2025-03-21T05:00Z.', A('2025-03-21 00:00', '2025-03-21 05:00', 'UTC'),
  '10:04', 'Provide the number of alerts for POST /send/sms on notify-relay between 2025-03-21T00:00Z and 2025-03-21T05:00Z.', A('2025-03-21 00:00', '2025-03-21 05:00', 'UTC'), 'nested',
  'team lantern contains notify-relay /send/sms')
P(P_, 'so', '2025-10-26 11:00', 1800, 'alerts alps region 2day?', T,
  '11:03', 'alerts alp2-node-01 2day?', T, 'nested', 'region alps contains host alp2-node-01 (DST day)', tags='dst')
P(M, 'zu', '2025-04-01 10:00', 900, 'alerts team switchback 1h', L(h=1),
  '10:02', 'alerts team lantern 1h', L(h=1), 'sibling', 'sibling team')
P(M, 'me', '2025-04-02 11:00', 1800, 'How many incidents had team scree this week?', W,
  '11:03', 'How many incidents had team switchback this week?', W, 'sibling', 'sibling team')
P(M, 'th', '2025-04-03 09:00', 3600, 'Could you kindly list the alerts for passbook over the last 24 hours?', L(h=24),
  '09:04', 'Could you kindly list the alerts for bunkbook over the last 24 hours?', L(h=24), 'sibling', 'passbook=permit-gateway vs bunkbook=hut-reservations')
P(M, 'ed', '2025-04-04 10:00', 1800, 'How many deploys did trailcast have today?', T,
  '10:04', 'How many deploys did the beacons pipeline have today?', T, 'sibling', 'trail-report vs beacon-ingest')
P(M, 'bh', '2025-04-07 10:00', 900, '`{namespace="market"} |= "level=error"` - error logs last 1h', L(h=1),
  '10:02', '`{namespace="comms"} |= "level=error"` - error logs last 1h', L(h=1), 'sibling', 'sibling namespace')
P(M, 'tb', '2025-04-08 12:00', 3600, 'Provide the count of pod restarts in namespace field on 2025-04-07 (local time).', D(-1),
  '12:03', 'Provide the count of pod restarts in namespace bookings on 2025-04-07 (local time).', D(-1), 'sibling', 'sibling namespace')
P(M, 'so', '2025-04-09 15:00', 1800, 'incidnts in rockies 2day', T,
  '15:02', 'incidnts in andes 2day', T, 'sibling', 'sibling region')
P(M, 'va', '2025-04-10 10:00', 1800, 'alerts in alps last 6h', L(h=6),
  '10:02', 'alerts in andes last 6h', L(h=6), 'sibling', 'sibling region')
P(M, 'zu', '2025-04-11 09:00', 900, 'cpu alp-prod-1 1h', L(h=1),
  '09:02', 'cpu alp-prod-2 1h', L(h=1), 'sibling', 'sibling cluster')
P(M, 'me', '2025-04-14 12:00', 1800, 'How many alerts had cluster rky-prod-1 today?', T,
  '12:03', 'How many alerts had cluster rky-stg-1 today?', T, 'sibling', 'sibling cluster (prod vs staging)')
P(M, 'th', '2025-04-15 10:00', 600, 'Could you kindly tell me the memory usage on host alp2-node-01 at the moment?', N,
  '10:02', 'Could you kindly tell me the memory usage on host alp2-node-02 at the moment?', N, 'sibling', 'sibling host')
P(M, 'ed', '2025-04-16 09:00', 3600, 'How has disk usage on kafka-rky-01 trended over the last 24 hours?', L(h=24),
  '09:04', 'How has disk usage on kafka-rky-02 trended over the last 24 hours?', L(h=24), 'sibling', 'sibling host')
P(M, 'bh', '2025-04-17 10:00', 900, 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="hut-reservations",route="/api/bookings"}[5m]))) last 1h', L(h=1),
  '10:02', 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="hut-reservations",route="/api/availability"}[5m]))) last 1h', L(h=1), 'sibling',
  'sibling endpoint')
P(M, 'tb', '2025-04-18 11:00', 3600, 'Provide the error rate of POST /send/sms on notify-relay between 2025-04-18T02:00Z and 2025-04-18T06:00Z.', A('2025-04-18 02:00', '2025-04-18 06:00', 'UTC'),
  '11:04', 'Provide the error rate of POST /send/email on notify-relay between 2025-04-18T02:00Z and 2025-04-18T06:00Z.', A('2025-04-18 02:00', '2025-04-18 06:00', 'UTC'), 'sibling',
  'sibling endpoint')
P(M, 'so', '2025-04-22 14:00', 1800, 'deploys in staging 2day', T,
  '14:02', 'deploys in dev 2day', T, 'sibling', 'staging vs dev')
P(M, 'va', '2025-04-23 10:00', 1800, 'prod alerts for guides today', T,
  '10:02', 'staging alerts for guides today', T, 'sibling', 'prod vs staging')
P(M, 'zu', '2025-04-24 09:00', 1800, 'alerts outside prod today', T,
  '09:02', 'alerts prod today', T, 'complement', 'outside prod vs prod')
P(M, 'ed', '2025-04-25 10:00', 3600, 'How many incidents did we have this week excluding the alps region?', W,
  '10:04', 'How many incidents did we have this week in the alps region?', W, 'complement', 'excluding alps vs alps')
P(M, 'me', '2025-04-28 10:00', 1800, 'How many alerts had team lantern today?', T,
  '10:03', 'How many alerts had trail-report today?', T, 'sibling', 'trail-report belongs to scree, disjoint from lantern')
P(M, 'th', '2025-04-29 11:00', 3600, 'Could you kindly count the alerts in the alps region over the past 24 hours?', L(h=24),
  '11:03', 'Could you kindly count the alerts on the rky-prod-1 cluster over the past 24 hours?', L(h=24), 'sibling',
  'rky-prod-1 is in rockies, disjoint from alps')


# =====================================================================================
# build
# =====================================================================================
UTC = timezone.utc


def local(zone, s, fold=0):
    """Parse 'YYYY-MM-DD HH:MM' as wall time in zone; refuse gaps and folds."""
    naive = datetime.strptime(s, '%Y-%m-%d %H:%M')
    Z = ZoneInfo(zone)
    d0 = naive.replace(tzinfo=Z, fold=0)
    d1 = naive.replace(tzinfo=Z, fold=1)
    if d0.utcoffset() != d1.utcoffset():
        raise SystemExit(f'ambiguous or non-existent wall time {s} in {zone}')
    back = d0.astimezone(UTC).astimezone(Z).replace(tzinfo=None)
    if back != naive:
        raise SystemExit(f'non-existent wall time {s} in {zone}')
    return d0


def wall(zone, day, hm):
    return local(zone, f'{day.isoformat()} {hm}').astimezone(UTC)


def resolve(spec, t, zone):
    """Absolute [start, end] (aware datetimes) for a range reading asked at t in zone."""
    Z = ZoneInfo(zone)
    t = t.astimezone(UTC)          # all arithmetic in UTC (same-tzinfo arithmetic is wall-clock in Python)
    today = t.astimezone(Z).date()
    k = spec[0]
    if k == 'L':
        return t - timedelta(seconds=spec[1]), t
    if k == 'N':
        return t - timedelta(minutes=5), t
    if k == 'T':
        return wall(zone, today, '00:00'), t
    if k == 'D':
        d = today + timedelta(days=spec[1])
        return wall(zone, d, '00:00'), wall(zone, d + timedelta(days=1), '00:00')
    if k == 'S':
        return wall(zone, today + timedelta(days=spec[2]), spec[1]), t
    if k == 'C':
        d = today + timedelta(days=spec[3])
        s, e = wall(zone, d, spec[1]), wall(zone, d, spec[2])
        if e <= s:
            e = wall(zone, d + timedelta(days=1), spec[2])
        assert e <= t, ('clock range ends in the future', spec, t)
        return s, e
    if k == 'A':
        s = local(spec[3], spec[1]).astimezone(UTC)
        e = t if spec[2] == 'now' else local(spec[3], spec[2]).astimezone(UTC)
        assert e <= t
        return s, e
    if k == 'SD':
        return wall(zone, datetime.strptime(spec[1], '%Y-%m-%d').date(), '00:00'), t
    if k == 'W':
        return wall(zone, today - timedelta(days=today.weekday()), '00:00'), t
    if k == 'MO':
        return wall(zone, today.replace(day=1), '00:00'), t
    if k == 'Q':
        return wall(zone, today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1), '00:00'), t
    if k == 'AM':
        s, e = wall(zone, today, '06:00'), wall(zone, today, '12:00')
        assert t > s
        return s, min(t, e)
    if k == 'PM':
        s, e = wall(zone, today, '12:00'), wall(zone, today, '18:00')
        assert t > s
        return s, min(t, e)
    if k == 'ON':
        s, e = wall(zone, today - timedelta(days=1), '22:00'), wall(zone, today, '06:00')
        assert t >= e
        return s, e
    if k == 'WE':
        assert today.weekday() == 0, 'weekend is asked on Monday'
        return wall(zone, today - timedelta(days=2), '00:00'), wall(zone, today, '00:00')
    raise ValueError(spec)


def derive(rel, ra, rb, rolling, elapsed, ttl, k_ov=0.25, k_ratio=31.0, k_tol=0.15, k_ttl=1.0, tol_len='min'):
    """Spec rules 1-5 applied to the writer's readings."""
    if rel in ('subject', 'sibling', 'complement'):
        return M                                                   # rules 1, 2
    (sa, ea), (sb, eb) = ra, rb
    la, lb = (ea - sa).total_seconds(), (eb - sb).total_seconds()
    ov = max(0.0, (min(ea, eb) - max(sa, sb)).total_seconds())
    short, longer = min(la, lb), max(la, lb)
    fresh = elapsed <= ttl * k_ttl
    if ov < k_ov * short or longer > k_ratio * short:               # rule 3
        return P_ if (rel == 'same' and rolling and fresh) else M
    if rel in ('intent', 'nested', 'stat'):
        return P_                                                  # rule 4
    assert rel == 'same', rel
    L0 = short if tol_len == 'min' else longer
    tol = max(k_tol * L0, 300 * (k_tol / 0.15))
    match = abs((sa - sb).total_seconds()) <= tol and abs((ea - eb).total_seconds()) <= tol
    return H if (fresh and match) else P_                          # rule 5


def build(outdir):
    rows, errors, meta = [], [], []
    n = 0
    for gname in ('paraphrase', 'near', 'time', 'scope'):
        for p in GROUPS[gname]:
            n += 1
            pid = f'p21-{n:04d}'
            za, zb = VOICES[p['who']], VOICES[p['who_b']]
            ta = local(za, p['at_a'])
            bs = p['at_b'] if len(p['at_b']) > 5 else p['at_a'][:11] + p['at_b']
            tb = local(zb, bs)
            elapsed = (tb.astimezone(UTC) - ta.astimezone(UTC)).total_seconds()
            if elapsed <= 0:
                errors.append(f'{pid}: b not after a')
            ra, rb = resolve(p['ra'], ta, za), resolve(p['rb'], tb, zb)
            rolling = p['ra'][0] in ('L', 'N') and p['rb'] == p['ra']   # the same rolling/now question
            base = derive(p['rel'], ra, rb, rolling, elapsed, p['ttl'])
            if base != p['exp']:
                errors.append(f'{pid}: hand label {p["exp"]} but rules give {base} :: {p["qa"]} || {p["qb"]}')
            # robustness: the decision must not flip when thresholds are nudged
            for kw in (dict(k_ov=0.2), dict(k_ov=0.3), dict(k_ratio=27), dict(k_ratio=35),
                       dict(k_tol=0.15 * 0.85), dict(k_tol=0.15 * 1.15), dict(tol_len='max'),
                       dict(k_ttl=0.95), dict(k_ttl=1.05)):
                if derive(p['rel'], ra, rb, rolling, elapsed, p['ttl'], **kw) != base:
                    errors.append(f'{pid}: borderline under {kw} :: {p["qa"]} || {p["qb"]}')
            if za != zb and 'cross-zone' not in p['note']:
                errors.append(f'{pid}: zones differ without cross-zone note')
            rows.append({
                'id': pid, 'group': gname, 'split': 'dev21' if n % 2 else 'test21', 'expect': p['exp'],
                'a': {'q': p['qa'], 'at': ta.isoformat(timespec='seconds'), 'tz': za, 'ttl': p['ttl']},
                'b': {'q': p['qb'], 'at': tb.isoformat(timespec='seconds'), 'tz': zb},
                'note': p['note'],
            })
            meta.append((pid, p['tags'], za, zb, ta, tb))
    if errors:
        print('\n'.join(errors))
        raise SystemExit(1)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'pairs.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'aliases.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(ALIASES, f, indent=2, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(outdir, 'topology.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(TOPOLOGY, f, indent=2, ensure_ascii=False)
        f.write('\n')
    return rows, meta


# ---- company description (from README.md) ----
ALIASES = {
    'permit-gateway': ['permits', 'pgw', 'passbook'],
    'hut-reservations': ['hutres', 'bunkbook', 'hut booking'],
    'trail-report': ['trailcast', 'trail conditions', 'conditions'],
    'beacon-ingest': ['beacons', 'sos ingest', 'tracker pipeline'],
    'guide-market': ['guides', 'guide marketplace', 'ridgeline'],
    'notify-relay': ['notifier', 'pigeon', 'sms relay'],
}


def _topology():
    al = []
    for svc, team, ns in [('permit-gateway', 'switchback', 'bookings'), ('hut-reservations', 'switchback', 'bookings'),
                          ('trail-report', 'scree', 'field'), ('beacon-ingest', 'scree', 'field'),
                          ('guide-market', 'lantern', 'market'), ('notify-relay', 'lantern', 'comms')]:
        al.append({'service': svc, 'team': team})
        al.append({'service': svc, 'namespace': ns})
    clusters = [('alp-prod-1', 'alps', 'prod'), ('alp-prod-2', 'alps', 'prod'), ('alp-stg-1', 'alps', 'staging'),
                ('alp-dev-1', 'alps', 'dev'), ('rky-prod-1', 'rockies', 'prod'), ('rky-stg-1', 'rockies', 'staging'),
                ('and-prod-1', 'andes', 'prod')]
    for c, r, env in clusters:
        al.append({'cluster': c, 'region': r})
    hosts = ([(f'alp1-node-{i:02d}', 'alp-prod-1') for i in range(1, 7)] + [('pg-alp-01', 'alp-prod-1'), ('pg-alp-02', 'alp-prod-1')]
             + [(f'alp2-node-{i:02d}', 'alp-prod-2') for i in range(1, 5)]
             + [('stg-node-01', 'alp-stg-1'), ('stg-node-02', 'alp-stg-1'), ('dev-node-01', 'alp-dev-1')]
             + [(f'rky1-node-{i:02d}', 'rky-prod-1') for i in range(1, 6)] + [(f'kafka-rky-{i:02d}', 'rky-prod-1') for i in range(1, 4)]
             + [('rkystg-node-01', 'rky-stg-1')]
             + [(f'and1-node-{i:02d}', 'and-prod-1') for i in range(1, 4)])
    for h, c in hosts:
        al.append({'host': h, 'cluster': c})
    return {'alerts': al}



TOPOLOGY = _topology()

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows, meta = build(out)
    if len(sys.argv) == 1:
        from collections import Counter
        c = Counter((r['group'], r['expect']) for r in rows)
        for g in ('paraphrase', 'near', 'time', 'scope'):
            print(g, sum(v for (gg, _), v in c.items() if gg == g), {k: c[(g, k)] for k in (H, P_, M)})
        dst = [m[0] for m in meta if 'dst' in m[1]]
        cal = [m[0] for m in meta if 'cal' in m[1]]
        print('dst-tagged', len(dst), dst)
        print('cal-tagged', len(cal), cal)
        print('wrote', len(rows), 'pairs')
