import json, datetime as dt
from zoneinfo import ZoneInfo
from collections import defaultdict

BER="Europe/Berlin"; NY="America/New_York"; CHI="America/Chicago"; KOL="Asia/Kolkata"
SYD="Australia/Sydney"; UTC="UTC"; LIS="Europe/Lisbon"; SGP="Asia/Singapore"; LON="Europe/London"
TOK="Asia/Tokyo"; LA="America/Los_Angeles"; HNL="Pacific/Honolulu"; KIR="Pacific/Kiritimati"
AKL="Pacific/Auckland"; SAO="America/Sao_Paulo"; WAW="Europe/Warsaw"

rows=[]; cnt=defaultdict(int)
def P(group, expect, why, aq, aat, atz, ttl, bq, b, btz=None):
    """aat: local 'YYYY-MM-DD HH:MM' in atz. b: minutes after A (int/float) or local string in btz."""
    btz = btz or atz
    a = dt.datetime.fromisoformat(aat).replace(tzinfo=ZoneInfo(atz))
    if isinstance(b,(int,float)):
        bi = (a + dt.timedelta(minutes=b)).astimezone(ZoneInfo(btz))
    else:
        bi = dt.datetime.fromisoformat(b).replace(tzinfo=ZoneInfo(btz))
    cnt[group]+=1
    rows.append({"id":f"blind-{group}-{cnt[group]:02d}","group":group,"split":"blind","expect":expect,"why":why,
        "a":{"q":aq,"at":a.isoformat(),"tz":atz,"ttl":ttl},
        "b":{"q":bq,"at":bi.isoformat(),"tz":btz}})

# ---------------- paraphrase (all hit: same substance, fresh, ranges within tolerance) ----------------
g="paraphrase"
P(g,"hit","rule 5: same count of critical lanternd alerts, crit=critical, 24h=past day; 5 min later, fresh, shift 5 min <= 3.6 h",
  "how many critical alerts fired for lanternd in the last 24h?","2026-02-11 09:14",BER,900,
  "lanternd crit alerts past day, count pls",5)
P(g,"hit","rule 5: same list of deploys, ns=namespace, 6h=6 hours; fresh, shift 4 min",
  "show me deploys to the harbour-prod namespace in the last 6 hours","2026-06-03 16:40",BER,600,
  "what got deployed in ns harbour-prod over the past 6h?",4)
P(g,"hit","rule 5: 'healthy' and 'up atm' are both status over [t-5min,t]; 1 min later, fresh",
  "Is foghorn-relay healthy?","2026-01-19 03:12",CHI,120,
  "foghorn-relay up atm?",1)
P(g,"hit","rule 5: p95 = 95th percentile, same endpoint and service, 1h = 60 min; fresh",
  "What's the p95 latency of sextant-index on /v2/soundings over the last hour?","2026-05-13 11:02",KOL,300,
  "95th percentile latency for /v2/soundings on sextant-index, past 60 minutes",2)
P(g,"hit","rule 5: typos, warn=warning, prod=production; both since local midnight, 3 min apart, fresh",
  "list warning alerts on tidewatch in prod since midnight","2026-09-16 08:20",BER,900,
  "lsit warn alerst tidewatch production since midnigth",3)
P(g,"hit","rule 5: politeness and word order do not matter; same ISO week, fresh",
  "Could you please tell me how many incidents the Halyard team has had this week?","2026-06-03 15:00",LON,3600,
  "halyard team incidents this week - how many?",20)
P(g,"hit","rule 5: label-selector vs prose, same severity/service/env filters, 12h; fresh",
  'alerts{severity="critical",service="bosun-scheduler",env="prod"} last 12h',"2026-04-15 22:10",SGP,1200,
  "critical alerts for bosun-scheduler in production over the last 12 hours",6)
P(g,"hit","rule 5: SQL-ish count vs prose count, same ns and reason, 2h; fresh",
  "SELECT count(*) FROM k8s_events WHERE namespace='dredge' AND reason='OOMKilled' AND time > now() - 2h","2026-07-15 13:30",SYD,600,
  "how many OOMKilled events in the dredge namespace in the last 2 hours",3)
P(g,"hit","rule 5: non-native phrasing, same list of restarting pods, ns=namespace, 3h; fresh",
  "please which pods are restarting in harbour-stg namespace last 3 hour?","2026-03-17 10:05",WAW,900,
  "list pods restarting in ns harbour-stg, last 3h",7)
P(g,"hit","rule 5: 'errors' of a service = 5xx, 30 min = half hour; fresh, shift 2 min",
  "how many errors did gulliver-gw return in the last 30 min","2026-02-24 14:48",NY,300,
  "count of 5xx responses from gulliver-gw, past half hour",2)
P(g,"hit","rule 5: acked = acknowledged, same service, today; fresh",
  "show acked alerts for barnacle-cache today","2026-08-06 17:30",SAO,1800,
  "which barnacle-cache alerts were acknowledged today?",10)
P(g,"hit","rule 5: same top-5 ranking by CPU, word order irrelevant, 4h; fresh",
  "top 5 hosts by cpu usage in nordsee-1 last 4h","2026-10-07 09:00",BER,900,
  "last 4h, nordsee-1: which 5 hosts had the highest CPU?",8)
P(g,"hit","rule 5: same error-level log stream of cormorant-ingest, 15m; 2 min later, within 5 min tolerance",
  "error logs from cormorant-ingest in the last 15 minutes","2026-11-12 02:41",UTC,180,
  "cormorant-ingest ERROR-level log lines past 15m",2)
P(g,"hit","rule 5: same traces, same endpoint, same >2s threshold, past hour; fresh",
  "show slow traces for /tides/forecast over 2s in the last hour","2026-05-28 19:15",CHI,600,
  "traces slower than 2 seconds on the /tides/forecast endpoint, past hour",5)
P(g,"hit","rule 5: 'last week' is rolling 7 d = past 7 days; same memory trend; fresh",
  "trend of memory usage on flint-db-03 over the past 7 days","2026-12-01 08:00",BER,7200,
  "how has flint-db-03 memory been trending last week?",30)
P(g,"hit","rule 5: 'right now' and 'currently' both [t-5min,t]; same alertname, same status/list; fresh",
  "any TideGaugeStale alerts firing right now?","2026-01-27 23:58",LIS,120,
  "is TideGaugeStale currently firing anywhere?",1)
P(g,"hit","rule 5: same compare intent, same two regions, 24h = past day; fresh",
  "compare error rate of keelhaul-sync between nordsee-1 and nordsee-2 over the last 24 hours","2026-03-04 12:00",BER,1800,
  "keelhaul-sync error rate: nordsee-1 vs nordsee-2, past day",9)
P(g,"hit","rule 5: same count of incidents opened on the same local yesterday; fresh",
  "how many incidents were opened yesterday","2026-06-18 10:00",SGP,3600,
  "number of incidents opened yesterday?",20)
P(g,"hit","rule 5: warn=warning, stg=staging, 48h = 2 days; fresh",
  "# of warn alerts in stg for fathom-search, 48h","2026-04-02 16:00",KOL,1800,
  "how many warning alerts did fathom-search have in staging over the last 2 days",15)
P(g,"hit","rule 5: same measured quantity (disk write IOPS), same host, 2h; fresh",
  "disk write IOPS on wick-07 last 2h","2026-08-21 04:30",UTC,600,
  "wick-07: write IOPS on disk, past two hours",3)
P(g,"hit","rule 5: 'most 503s' = top endpoints by 503 count; same service, 6h; fresh",
  "Which endpoints on marlinspike-auth had the most 503s in the last 6h?","2026-02-05 07:45",CHI,900,
  "top endpoints by 503 count for marlinspike-auth, last six hours",4)
P(g,"hit","rule 5: case and punctuation do not matter; today; fresh",
  "LANTERND DEPLOYS TODAY??","2026-10-14 13:10",BER,600,
  "lanternd deploys today",2)
P(g,"hit","rule 5: same >85% CPU threshold, same region, 1h = 60 min; fresh",
  "hosts with cpu above 85% in ap-tasman-1 over the last hour","2026-07-02 21:20",SYD,300,
  "which ap-tasman-1 hosts were over 85% CPU in the past 60 min",2)
P(g,"hit","rule 5: manager long-form vs terse, both status now; 2 min later, fresh",
  "Can someone give me a quick status on whether the beacon-ledger service is healthy at the moment?","2026-05-06 09:31",LON,300,
  "beacon-ledger healthy?",2)
P(g,"hit","rule 5: same count of BackOff events, ns=namespace, 24h = past day; fresh",
  "count k8s events with reason BackOff in ns skerry last 24h","2026-09-09 18:00",NY,1200,
  "how many BackOff events in the skerry namespace over the past day",10)
P(g,"hit","rule 5: p99 = 99th percentile, both since 09:00 local; end moves 5 min of a 2 h range (<= 18 min); fresh",
  "p99 latency for tidewatch since 9am","2026-11-19 11:00",BER,900,
  "tidewatch 99th percentile latency since 09:00",5)
P(g,"hit","rule 5: alertname filter + region identical, both 'now'; fresh",
  "list firing alerts with alertname=KeelDriftHigh in us-gulf-2 right now","2026-03-25 15:05",CHI,180,
  "KeelDriftHigh alerts currently firing in us-gulf-2?",1)
P(g,"hit","rule 5: this morning = [06:00, t]; end moves 10 min of 5.5 h (<= 49 min); fresh",
  "how many pods got OOMKilled in harbour-prod this morning","2026-06-24 11:30",BER,1800,
  "OOMKilled pod count, harbour-prod namespace, this morning",10)
P(g,"hit","rule 5: 'sev crit' abbreviation = critical, same team filter, 7d = last week rolling; fresh",
  "# of sev crit pages for team gannet, 7d?","2026-01-08 06:40",AKL,3600,
  "How many critical alerts paged the Gannet team during the last week?",12)

# ---------------- asked_later (hit: asked later, still covered and fresh) ----------------
g="asked_later"
P(g,"hit","rule 5: 'yesterday' is the same local day at 08:00 and 17:30; fresh (ttl 12 h)",
  "how many critical alerts did lanternd have yesterday?","2026-02-12 08:00",BER,43200,
  "lanternd critical alert count for yesterday",570)
P(g,"hit","rule 5: rolling 7 d shifted 3 h, within 15% of 7 d (25.2 h); fresh (ttl 4 h)",
  "list incidents for fathom-search in the last 7 days","2026-05-13 09:00",KOL,14400,
  "fathom-search incidents past 7 days?",180)
P(g,"hit","rule 5: 'this month' end moves 4 h of a 13.4 d range; fresh (ttl 6 h)",
  "how many deploys to harbour-prod this month","2026-04-14 10:00",BER,21600,
  "deploy count harbour-prod this month",240)
P(g,"hit","rule 5: rolling 24 h shifted 90 min, within 3.6 h; fresh (ttl 2 h)",
  "top 3 alertnames in nordsee-2 last 24h","2026-08-11 07:00",BER,7200,
  "what were the 3 most frequent alertnames in nordsee-2 over the past 24 hours",90)
P(g,"hit","rule 5: named day 'Tuesday' resolves to the same local Tuesday on Wed and Thu; fresh (ttl 2 d)",
  "show 503s from gulliver-gw on Tuesday between 14:00 and 16:00","2026-06-03 09:00",NY,172800,
  "gulliver-gw 503 responses Tuesday 14:00-16:00",1500)
P(g,"hit","rule 5: 'since Monday' end moves 2 h of ~2.4 d (tolerance ~8.5 h); fresh (ttl 3 h)",
  "how many BilgePumpBacklog alerts since Monday?","2026-09-16 09:00",BER,10800,
  "BilgePumpBacklog alert count since monday",120)
P(g,"hit","rule 5: 30 d rolling shifted 10 h, within 108 h; fresh (ttl 1 d)",
  "trend of disk read latency on flint-db-03 over the last 30 days","2026-07-20 08:00",SGP,86400,
  "flint-db-03 disk read latency trend, last 30 days",600)
P(g,"hit","rule 5: 'over the weekend' asked on the same Monday, same Sat-Sun range; fresh (ttl 10 h)",
  "any incidents for skerry-sre over the weekend?","2026-05-11 08:30",LON,36000,
  "did skerry-sre have incidents over the weekend",390)
P(g,"hit","rule 5: 'last night' = 22:00-06:00, same window at 07:00 and 13:00; fresh (ttl 8 h)",
  "what alerts fired on cormorant-ingest last night","2026-03-18 07:00",WAW,28800,
  "cormorant-ingest alerts overnight?",360)
P(g,"hit","rule 5: '01:00-03:00' is today's fixed window at both times; fresh (ttl 1 d)",
  "error logs for keelhaul-sync between 01:00 and 03:00","2026-10-21 09:00",BER,86400,
  "keelhaul-sync error logs 01:00-03:00",420)
P(g,"hit","rule 5: 'since Apr 20' end moves 6 h of 7 d; fresh (ttl 12 h)",
  "how many TideGaugeStale alerts since Apr 20?","2026-04-27 09:00",CHI,43200,
  "TideGaugeStale alert count since April 20",360)
P(g,"hit","rule 5: rolling 12 h shifted 50 min, within 108 min; fresh (ttl 1 h)",
  "p95 latency of sextant-index over the last 12 hours","2026-12-03 16:00",UTC,3600,
  "sextant-index 95th percentile latency last 12h",50)

# ---------------- range_length ----------------
g="range_length"
P(g,"partial","rule 5: same question, 24 h inside 7 d (ratio 7, overlap 100% of shorter) but ranges differ",
  "how many critical alerts for beacon-ledger in the last 24h","2026-02-17 10:00",BER,3600,
  "how many critical alerts for beacon-ledger in the last 7 days",5)
P(g,"miss","rule 3: 1 h vs 30 d, lengths differ 720x (>31x)",
  "foghorn-relay 5xx count last 1h","2026-03-03 14:00",NY,1800,
  "foghorn-relay 5xx count last 30 days",3)
P(g,"partial","rule 5: 15 min vs 6 h, ratio 24 (<=31), nested ranges, not matching",
  "error logs from bosun-scheduler last 15 minutes","2026-05-19 12:00",KOL,600,
  "error logs from bosun-scheduler last 6 hours",2)
P(g,"miss","rule 3: 'now' = 5 min vs 3 h, ratio 36 (>31x)",
  "is marlinspike-auth healthy right now?","2026-06-09 08:00",LON,300,
  "was marlinspike-auth healthy over the last 3 hours?",2)
P(g,"partial","rule 5: 'now' = 5 min vs 2 h, ratio 24 (<=31), nested, not matching",
  "is marlinspike-auth healthy right now?","2026-06-09 08:00",LON,300,
  "was marlinspike-auth healthy over the last 2 hours?",2)
P(g,"partial","rule 5: today (18 h) inside this week (Mon 00:00 to Fri 18:00, 4.75 d), ratio 6.3",
  "deploys to harbour-prod today","2026-06-05 18:00",BER,1800,
  "deploys to harbour-prod this week",5)
P(g,"partial","rule 5: 1 d vs last month (30 d), ratio 30 (<=31), nested",
  "how many incidents did team halyard have in the past day","2026-08-31 09:00",SGP,3600,
  "how many incidents did team halyard have in the last month",10)
P(g,"miss","rule 3: 1 h vs 48 h, ratio 48 (>31x)",
  "OOMKilled events in ns dredge last hour","2026-09-02 11:00",CHI,600,
  "OOMKilled events in ns dredge last 48 hours",3)
P(g,"partial","rule 5: 2 h vs 3 h, start differs 1 h (> 18-27 min tolerance), overlap 100% of shorter",
  "p95 latency of tidewatch in the last 2h","2026-10-13 15:00",BER,900,
  "p95 latency of tidewatch in the last 3h",4)
P(g,"hit","rule 5: 24 h vs 25 h, start differs 1 h (<= 15% of 24 h = 3.6 h), ends equal; fresh",
  "count warning alerts in nordsee-1 over the last 24 hours","2026-11-24 10:00",BER,1800,
  "count warning alerts in nordsee-1 over the last 25 hours",2)
P(g,"partial","rule 5: 90 min vs 2 h, start differs 30 min (> 13.5-18 min tolerance)",
  "cpu of wick-08 for the last 90 minutes","2026-01-13 22:00",UTC,600,
  "cpu of wick-08 for the last 2 hours",3)
P(g,"miss","rule 3: 6 h vs 10 d, ratio 40 (>31x)",
  "deploy list for keelhaul-sync last 6h","2026-02-26 13:00",CHI,1800,
  "deploy list for keelhaul-sync last 10 days",5)
P(g,"partial","rule 5: spec says 'last week' = rolling 7 d, which contains 'this week' (Mon 00:00-Wed 12:00, 2.5 d); ratio 2.8, not matching",
  "incidents for lanternd this week","2026-04-15 12:00",BER,3600,
  "incidents for lanternd last week",10)

# ---------------- shifted_range ----------------
g="shifted_range"
P(g,"miss","rule 3: yesterday vs today do not overlap",
  "how many warning alerts for gulliver-gw yesterday","2026-03-12 23:00",NY,3600,
  "how many warning alerts for gulliver-gw today",3)
P(g,"partial","rule 5: 10:00-12:00 vs 11:00-13:00, overlap 50% (>=25%), shift 1 h > 18 min",
  "fathom-search 5xx between 10:00 and 12:00","2026-05-20 14:00",KOL,7200,
  "fathom-search 5xx between 11:00 and 13:00",5)
P(g,"miss","rule 3: 10:00-12:00 vs 11:45-13:45, overlap 15 min = 12.5% (<25%)",
  "fathom-search 5xx between 10:00 and 12:00","2026-05-20 14:00",KOL,7200,
  "fathom-search 5xx between 11:45 and 13:45",5)
P(g,"hit","rule 5: 14:00-16:00 vs 14:10-16:10, shift 10 min <= 18 min on both sides; fresh",
  "traces with errors for beacon-ledger from 14:00 to 16:00","2026-07-08 17:00",BER,7200,
  "traces with errors for beacon-ledger from 14:10 to 16:10",4)
P(g,"miss","rule 3: named days Monday vs Tuesday do not overlap",
  "list deploys to harbour-stg on Monday","2026-09-17 10:00",BER,86400,
  "list deploys to harbour-stg on Tuesday",5)
P(g,"partial","rule 5: 01:00-03:00 vs 02:00-04:00, overlap 50%",
  "OOMKilled count in ns dredge 01:00-03:00","2026-01-22 09:00",SYD,86400,
  "OOMKilled count in ns dredge 02:00-04:00",5)
P(g,"miss","rule 3: yesterday 09:00-17:00 vs today 09:00-17:00, no overlap",
  "bosun-scheduler p99 latency yesterday between 09:00 and 17:00","2026-10-09 18:00",LON,3600,
  "bosun-scheduler p99 latency today between 09:00 and 17:00",3)
P(g,"partial","rule 5: from 2am to 4am vs 3am to 5am, overlap 50%",
  "cormorant-ingest error logs from 2am to 4am","2026-12-02 08:00",CHI,86400,
  "cormorant-ingest error logs from 3am to 5am",10)
P(g,"partial","rule 5: last 24h at 10:00 vs yesterday: overlap 14 h = 58% (>=25%), shift 10 h",
  "critical alerts for tidewatch in the last 24 hours","2026-04-22 10:00",BER,3600,
  "critical alerts for tidewatch yesterday",3)
P(g,"miss","rule 3: 08:00-09:00 vs 09:00-10:00 only touch, 0% overlap",
  "deploys to harbour-prod between 08:00 and 09:00","2026-08-19 11:00",BER,7200,
  "deploys to harbour-prod between 09:00 and 10:00",2)
P(g,"partial","rule 5: yesterday 06:00-18:00 vs 09:00-21:00, overlap 75%, shift 3 h > 1.8 h",
  "how many KeelDriftHigh alerts yesterday between 06:00 and 18:00","2026-02-19 09:00",CHI,86400,
  "how many KeelDriftHigh alerts yesterday between 09:00 and 21:00",6)
P(g,"partial","rule 3 exception: same rolling 1 h question re-asked 50 min later (overlap 17%) while fresh -> partial",
  "error rate of marlinspike-auth in the last hour","2026-06-16 10:00",SGP,3600,
  "error rate of marlinspike-auth in the last hour",50)
P(g,"partial","rule 5: rolling 1 h re-asked 20 min later, fresh, but shift 20 min > 9 min tolerance",
  "5xx count for gulliver-gw last 60 min","2026-11-04 16:00",NY,3600,
  "5xx count for gulliver-gw last 60 min",20)

# ---------------- expired_ttl ----------------
g="expired_ttl"
P(g,"partial","rule 5: same question, ranges within tolerance (shift 1 h <= 3.6 h) but answer older than ttl 5 min",
  "how many critical alerts in nordsee-1 in the last 24h?","2026-02-03 09:00",BER,300,
  "how many critical alerts in nordsee-1 in the last 24h?",60)
P(g,"miss","rule 3: 'now' windows 2 h apart do not overlap, and the answer is stale so the fresh re-ask exception does not apply",
  "is lanternd healthy?","2026-03-10 10:00",BER,60,
  "is lanternd healthy?",120)
P(g,"partial","rule 5: same 'yesterday' range, but ttl 1 h passed (asked 3 h later)",
  "list incidents opened yesterday for beacon-ledger","2026-05-05 09:00",LON,3600,
  "list incidents opened yesterday for beacon-ledger",180)
P(g,"partial","rule 5: rolling 1 h re-asked 30 min later, overlap 50%, stale (ttl 10 min)",
  "error logs from tidewatch in the last hour","2026-06-23 14:00",KOL,600,
  "error logs from tidewatch in the last hour",30)
P(g,"miss","rule 3: rolling 1 h re-asked 50 min later overlaps only 17%; stale (ttl 10 min), so no re-ask exception",
  "error logs from tidewatch in the last hour","2026-06-23 14:00",KOL,600,
  "error logs from tidewatch in the last hour",50)
P(g,"partial","rule 5: today at 09:00 (9 h) vs today at 17:00 (17 h), overlap 100% of shorter; ttl 30 min passed",
  "deploys today for keelhaul-sync","2026-07-14 09:00",BER,1800,
  "deploys today for keelhaul-sync",480)
P(g,"partial","rule 5: 7 d trend re-asked a day later, overlap 6/7, stale (ttl 1 h)",
  "memory trend on flint-db-03 over the last 7 days","2026-08-04 08:00",SGP,3600,
  "memory trend on flint-db-03 over the last 7 days",1440)
P(g,"partial","rule 5: 'now' re-asked 3 min later: windows overlap 2/5 = 40%, but ttl 30 s passed",
  "any FoghornSilent alerts firing right now?","2026-09-22 03:00",CHI,30,
  "any FoghornSilent alerts firing right now?",3)
P(g,"miss","rule 3: 'now' re-asked 8 min later: no overlap, stale (ttl 30 s)",
  "any FoghornSilent alerts firing right now?","2026-09-22 03:00",CHI,30,
  "any FoghornSilent alerts firing right now?",8)
P(g,"partial","rule 5: 30 d re-asked 2 days later, overlap 28/30, stale (ttl 1 d)",
  "how many incidents for team gannet in the last 30 days","2026-10-05 10:00",AKL,86400,
  "how many incidents for team gannet in the last 30 days",2880)
P(g,"partial","rule 5: since 9am at 09:30 vs 09:45, overlap 100% of shorter, stale (ttl 5 min)",
  "5xx on /tides/forecast since 9am","2026-11-10 09:30",BER,300,
  "5xx on /tides/forecast since 9am",15)
P(g,"miss","rule 3: rolling 24 h re-asked 20 h later overlaps 4 h = 17% (<25%); stale (ttl 1 h)",
  "warning alerts count for bosun-scheduler last 24h","2026-12-07 08:00",NY,3600,
  "warning alerts count for bosun-scheduler last 24h",1200)

# ---------------- different_filter (sibling values) ----------------
g="different_filter"
P(g,"miss","rule 2: severity sibling critical vs warning",
  "how many critical alerts for lanternd in the last 24h","2026-02-09 10:00",BER,1800,
  "how many warning alerts for lanternd in the last 24h",3)
P(g,"miss","rule 2: service sibling lanternd vs foghorn-relay",
  "deploys for lanternd today","2026-03-19 15:00",BER,1800,
  "deploys for foghorn-relay today",2)
P(g,"miss","rule 2: region sibling nordsee-1 vs nordsee-2",
  "p95 latency of sextant-index in nordsee-1 last hour","2026-04-08 11:00",BER,600,
  "p95 latency of sextant-index in nordsee-2 last hour",2)
P(g,"miss","rule 2: status code sibling 500 vs 503",
  "count of 500s on gulliver-gw in the last 6h","2026-05-14 09:00",NY,900,
  "count of 503s on gulliver-gw in the last 6h",3)
P(g,"miss","rule 2: namespace sibling harbour-prod vs harbour-stg",
  "k8s warning events in ns harbour-prod last 2h","2026-06-11 13:00",SYD,600,
  "k8s warning events in ns harbour-stg last 2h",3)
P(g,"miss","rule 2: team sibling halyard vs gannet (unknown team names are still filters)",
  "open incidents assigned to team halyard","2026-07-21 10:00",LON,600,
  "open incidents assigned to team gannet",2)
P(g,"miss","rule 2: endpoint sibling /tides/forecast vs /tides/history",
  "slow traces on /tides/forecast last 30 min","2026-08-26 17:00",KOL,300,
  "slow traces on /tides/history last 30 min",1)
P(g,"miss","rule 2: alertname sibling LanternDim vs FoghornSilent",
  "how many times did LanternDim fire this week","2026-09-10 12:00",BER,3600,
  "how many times did FoghornSilent fire this week",5)
P(g,"miss","rule 2: host sibling wick-07 vs wick-08",
  "disk latency on wick-07 past 4 hours","2026-10-20 06:00",UTC,900,
  "disk latency on wick-07 past 4 hours".replace("wick-07","wick-08"),2)
P(g,"miss","rule 2: alert state sibling firing vs resolved",
  "list firing alerts for barnacle-cache in the last 12h","2026-11-03 20:00",CHI,900,
  "list resolved alerts for barnacle-cache in the last 12h",3)
P(g,"miss","rule 2: environment sibling staging vs production",
  "error logs from fathom-search in staging last 1h","2026-12-09 10:00",SGP,600,
  "error logs from fathom-search in production last 1h",2)
P(g,"miss","rule 2: k8s event reason sibling OOMKilled vs BackOff",
  "count OOMKilled events in ns dredge today","2026-01-29 16:00",BER,1800,
  "count BackOff events in ns dredge today",4)
P(g,"miss","rule 2: cluster sibling kelp-a vs kelp-b",
  "node NotReady events in cluster kelp-a over the last day","2026-03-31 08:00",BER,1800,
  "node NotReady events in cluster kelp-b over the last day",3)

# ---------------- negation ----------------
g="negation"
P(g,"miss","rule 2: complement 'non-critical' vs critical",
  "critical alerts on tidewatch last 24h","2026-02-16 09:00",BER,1800,
  "non-critical alerts on tidewatch last 24h",2)
P(g,"miss","rule 2: 'NOT ready' is the complement of ready",
  "which pods in ns harbour-prod are ready?","2026-03-05 11:00",BER,120,
  "which pods in ns harbour-prod are NOT ready?",1)
P(g,"miss","rule 2: 'excluding lanternd' is the complement of lanternd",
  "alerts for lanternd in the last 6h","2026-04-09 14:00",CHI,900,
  "all alerts excluding lanternd in the last 6h",2)
P(g,"miss","rule 2: 'outside prod' vs 'in prod'",
  "how many deploys in prod this week","2026-05-27 17:00",LON,3600,
  "how many deploys outside prod this week",4)
P(g,"miss","rule 2: threshold direction above vs below 80%",
  "hosts in ap-tasman-1 with cpu above 80% last hour","2026-06-17 10:00",SYD,600,
  "hosts in ap-tasman-1 with cpu below 80% last hour",2)
P(g,"miss","rule 2: unacked (unacknowledged) is the complement of acked",
  "acked alerts for keelhaul-sync today","2026-07-29 15:00",BER,1200,
  "unacked alerts for keelhaul-sync today",3)
P(g,"miss","rule 2: non-5xx is the complement of 5xx",
  "5xx responses from gulliver-gw in the last 30 min","2026-08-13 09:30",NY,300,
  "non-5xx responses from gulliver-gw in the last 30 min",1)
P(g,"miss","rule 2: deploys that did not succeed vs succeeded (complement state)",
  "deploys to harbour-prod that succeeded today","2026-09-24 18:00",BER,1800,
  "deploys to harbour-prod that did not succeed today",5)
P(g,"miss","rule 2: 'not in nordsee-1' is the complement of nordsee-1",
  "warning alerts in nordsee-1 last 12h","2026-10-28 08:00",BER,1800,
  "warning alerts not in nordsee-1 last 12h",3)
P(g,"miss","rule 2: 'excluding DEBUG' vs DEBUG logs",
  "DEBUG logs from cormorant-ingest last 15m","2026-11-17 13:00",UTC,300,
  "cormorant-ingest logs excluding DEBUG, last 15m",1)
P(g,"miss","rule 2: incidents not owned by skerry-sre is the complement of skerry-sre's",
  "incidents owned by skerry-sre this month","2026-12-10 10:00",BER,3600,
  "incidents not owned by skerry-sre this month",5)
P(g,"miss","rule 2: 'without' an alertname is the complement of 'with'",
  "which hosts have TideGaugeStale firing right now","2026-01-15 07:00",LIS,120,
  "which hosts have no TideGaugeStale firing right now",1)

# ---------------- different_subject ----------------
g="different_subject"
P(g,"miss","rule 1: alerts vs incidents",
  "how many critical alerts for beacon-ledger today","2026-02-18 16:00",BER,1800,
  "how many critical incidents for beacon-ledger today",2)
P(g,"miss","rule 1: logs vs traces",
  "error logs for sextant-index last hour","2026-03-26 10:00",KOL,600,
  "error traces for sextant-index last hour",2)
P(g,"miss","rule 1: cpu vs memory",
  "cpu usage on flint-db-03 last 6h","2026-04-23 09:00",SGP,900,
  "memory usage on flint-db-03 last 6h",2)
P(g,"miss","rule 1: disk IOPS vs disk latency",
  "disk IOPS on wick-07 last 2h","2026-05-21 14:00",BER,600,
  "disk latency on wick-07 last 2h",2)
P(g,"miss","rule 1: latency vs error rate",
  "p95 latency of marlinspike-auth in the last 24h","2026-06-25 08:00",NY,1800,
  "error rate of marlinspike-auth in the last 24h",3)
P(g,"miss","rule 1: read vs write IOPS",
  "read IOPS on flint-db-03 past hour","2026-07-16 22:00",UTC,600,
  "write IOPS on flint-db-03 past hour",1)
P(g,"miss","rule 1: deploys vs k8s events",
  "deploys in ns dredge today","2026-08-20 12:00",BER,1800,
  "k8s events in ns dredge today",3)
P(g,"miss","rule 1: different log streams (access vs audit)",
  "access logs for gulliver-gw last 30 min","2026-09-03 10:00",CHI,300,
  "audit logs for gulliver-gw last 30 min",1)
P(g,"miss","rule 1: network ingress vs egress bytes are different quantities",
  "network ingress bytes for barnacle-cache last 4h","2026-10-01 15:00",SYD,900,
  "network egress bytes for barnacle-cache last 4h",2)
P(g,"miss","rule 1: incidents vs deploys",
  "incidents for keelhaul-sync this week","2026-11-11 09:00",BER,3600,
  "deploys for keelhaul-sync this week",5)
P(g,"miss","rule 1: pod restart k8s events vs alerts",
  "pod restarts in harbour-stg last 12h","2026-12-15 11:00",LON,1200,
  "alerts in harbour-stg last 12h",3)
P(g,"miss","rule 1: request rate vs latency",
  "request rate for /v2/soundings last hour","2026-01-21 18:00",KOL,600,
  "latency for /v2/soundings last hour",2)

# ---------------- different_intent (partial) ----------------
g="different_intent"
P(g,"partial","rule 4: count vs list over the same alerts and range",
  "how many critical alerts for fathom-search in the last 24h","2026-02-25 09:00",BER,1800,
  "list the critical alerts for fathom-search in the last 24h",3)
P(g,"partial","rule 4: list vs top-5 ranking of the same events",
  "list BackOff events in ns skerry last 6h","2026-03-11 14:00",NY,900,
  "top 5 pods by BackOff events in ns skerry last 6h",2)
P(g,"partial","rule 4: count vs trend of the same incidents",
  "how many incidents for team halyard in the last 30 days","2026-04-29 10:00",LON,3600,
  "trend of incidents for team halyard over the last 30 days",5)
P(g,"partial","rule 4: yes/no status vs list of the same firing LanternDim alerts, both now",
  "is LanternDim firing right now?","2026-05-07 03:00",SGP,120,
  "list the LanternDim alerts firing right now, with hosts",1)
P(g,"partial","rule 4: count vs ranking of the same deploys today",
  "how many deploys happened today","2026-06-10 17:00",BER,1800,
  "which services were deployed the most today",4)
P(g,"partial","rule 4: trend vs single value of the same p95 series over 24h",
  "trend of p95 latency for tidewatch in the last 24 hours","2026-07-22 12:00",KOL,1800,
  "what was the p95 latency of tidewatch over the last 24 hours",3)
P(g,"partial","rule 4: list vs count of the same k8s events",
  "list k8s events in ns dredge last hour","2026-08-27 08:00",BER,600,
  "count k8s events in ns dredge last hour",1)
P(g,"partial","rule 4: top error messages vs listing the same error logs",
  "top error messages in cormorant-ingest logs last 6h","2026-09-30 20:00",CHI,900,
  "show cormorant-ingest error logs last 6h",2)
P(g,"partial","rule 4: count vs list of the same incidents this week",
  "how many incidents this week for skerry-sre","2026-10-22 11:00",BER,3600,
  "list incidents this week for skerry-sre",4)
P(g,"partial","rule 4: compare vs trend of the same two CPU series",
  "compare cpu of wick-07 and wick-08 over the last 24h","2026-11-25 07:00",UTC,1800,
  "trend of cpu on wick-07 and wick-08 over the last 24h",3)
P(g,"partial","rule 4: breakdown by severity vs total count of the same alerts",
  "count alerts by severity for lanternd last 24h","2026-12-16 09:00",BER,1800,
  "total number of alerts for lanternd last 24h",2)
P(g,"partial","rule 4: ranking of hosts vs list of the same alerts",
  "which hosts have the most BilgePumpBacklog alerts this week","2026-01-07 15:00",AKL,3600,
  "list BilgePumpBacklog alerts this week",5)

# ---------------- relative_absolute ----------------
g="relative_absolute"
P(g,"hit","rule 5: last 2 hours at 14:00 = 12:00-14:00 local; 2 min later, fresh",
  "foghorn-relay 5xx in the last 2 hours","2026-02-10 14:00",BER,900,
  "foghorn-relay 5xx between 12:00 and 14:00",2)
P(g,"hit","rule 5: today = since midnight; fresh",
  "alerts for sextant-index today","2026-03-24 15:00",KOL,1200,
  "alerts for sextant-index since midnight",3)
P(g,"hit","rule 5: asked on 2026-05-13, yesterday = May 12 local; fresh",
  "incidents for beacon-ledger yesterday","2026-05-13 10:00",LON,7200,
  "incidents for beacon-ledger on May 12",10)
P(g,"hit","rule 5: since 9am at 12:00 = last 3 hours; fresh",
  "deploys for marlinspike-auth since 9am","2026-06-30 12:00",CHI,1800,
  "deploys for marlinspike-auth in the last 3 hours",1)
P(g,"hit","rule 5: last 24h at 10:00 = since 10:00 yesterday; fresh",
  "warning alerts for keelhaul-sync in the last 24h","2026-07-09 10:00",BER,1800,
  "warning alerts for keelhaul-sync since 10:00 yesterday",2)
P(g,"hit","rule 5: 'this morning' asked at 14:00 = 06:00-12:00; fresh",
  "OOMKilled events in ns harbour-prod this morning","2026-08-18 14:00",BER,3600,
  "OOMKilled events in ns harbour-prod between 06:00 and 12:00 today",5)
P(g,"hit","rule 5: 'last night' = 22:00 yesterday to 06:00 today; fresh",
  "what alerts fired for barnacle-cache last night","2026-09-15 08:00",SGP,7200,
  "alerts for barnacle-cache from 22:00 yesterday to 06:00 today",10)
P(g,"partial","rule 5: past hour at 15:40 = 14:40-15:40 vs since 15:00; start differs 20 min (> 9 min), overlap 100% of shorter",
  "error logs of fathom-search past hour","2026-10-06 15:40",BER,900,
  "error logs of fathom-search since 15:00",2)
P(g,"partial","rule 5: last 7 days (from previous Wed 10:00) vs this week (from Mon 00:00), nested, ranges differ",
  "how many incidents in the last 7 days","2026-11-18 10:00",NY,3600,
  "how many incidents this week",5)
P(g,"hit","rule 5: ISO 'since 2026-03-03T08:00Z' = last 4 hours at 12:00 UTC (Lisbon is UTC+0 in March); fresh",
  "tidewatch p99 latency since 2026-03-03T08:00Z","2026-03-03 12:00",LIS,900,
  "tidewatch p99 latency last 4 hours",2)
P(g,"hit","rule 5: last 48h asked Fri 09:00 = since Wednesday 09:00; fresh",
  "BackOff events in ns skerry last 48h","2026-04-24 09:00",BER,1800,
  "BackOff events in ns skerry since Wednesday 09:00",3)
P(g,"hit","rule 5: at 00:30, yesterday vs last 24 hours shift 30 min (<= 3.6 h); fresh",
  "how many critical alerts yesterday for gulliver-gw","2026-05-22 00:30",CHI,3600,
  "how many critical alerts in the last 24 hours for gulliver-gw",1)
P(g,"partial","rule 5: this month (Feb 1-Feb 10) vs last 30 days (Jan 11-Feb 10), nested, ratio 3.3",
  "deploy count for lanternd this month","2026-02-10 12:00",BER,3600,
  "deploy count for lanternd over the last 30 days",5)

# ---------------- time_zones ----------------
g="time_zones"
P(g,"partial","rule 5: 'today' in Berlin (CET, from 23:00Z) vs New York (EDT since Mar 8, from 04:00Z): overlap 100% of shorter, starts 5 h apart",
  "how many alerts for lanternd today","2026-03-10 15:00",BER,1800,
  "how many alerts for lanternd today","2026-03-10 10:03",NY)
P(g,"miss","rule 3: at 12:00Z Jan 20 'yesterday' is Jan 19 in both zones, but Tokyo's is Jan 18 15:00Z-Jan 19 15:00Z and Honolulu's Jan 19 10:00Z-Jan 20 10:00Z: overlap 5 h = 21% (<25%)",
  "incidents for tidewatch yesterday","2026-01-20 21:00",TOK,86400,
  "incidents for tidewatch yesterday","2026-01-20 02:05",HNL)
P(g,"partial","rule 5: 'yesterday' Tokyo (Jan 18 15:00Z-Jan 19 15:00Z) vs Los Angeles (Jan 18 08:00Z-Jan 19 08:00Z): overlap 17 h = 71%, not matching",
  "incidents for tidewatch yesterday","2026-01-20 12:00",TOK,86400,
  "incidents for tidewatch yesterday","2026-01-19 19:05",LA)
P(g,"hit","rule 5: explicit '07:00 UTC' is the same instant for Berlin and New York askers; fresh",
  "error logs from keelhaul-sync since 07:00 UTC","2026-02-04 10:00",BER,1800,
  "error logs from keelhaul-sync since 07:00 UTC","2026-02-04 04:05",NY)
P(g,"hit","rule 5: London 'since 8am' (GMT) = Berlin 'since 9am' (CET) = 08:00Z; fresh",
  "5xx for gulliver-gw since 8am","2026-01-14 11:00",LON,1800,
  "5xx for gulliver-gw since 9am","2026-01-14 12:03",BER)
P(g,"partial","rule 5: on the Berlin spring-forward day at 03:30 CEST, since midnight = 2.5 h (23:00Z-01:30Z) but 'last 3.5 hours' starts 22:00Z; start differs 1 h > 22-31 min",
  "BilgePumpBacklog alerts in the last 3.5 hours","2026-03-29 03:30",BER,900,
  "BilgePumpBacklog alerts since midnight",2)
P(g,"hit","rule 5: DST day in Berlin: at 10:00 CEST only 9 h have elapsed since local midnight (23:00Z), so 'last 9 hours' = 'today'; fresh",
  "deploys to harbour-prod in the last 9 hours","2026-03-29 10:00",BER,1800,
  "deploys to harbour-prod today",3)
P(g,"hit","rule 5: Oct 25 2026 (fall-back) is a 25 h day in Berlin; at 00:10 CET 'yesterday' = 22:00Z-23:00Z vs last 24 h = 23:10Z-23:10Z; starts differ 70 min, ends 10 min, both <= 3.6 h; fresh",
  "how many critical alerts yesterday in nordsee-1","2026-10-26 00:10",BER,3600,
  "how many critical alerts in nordsee-1 in the last 24 hours",1)
P(g,"hit","rule 5: New York spring-forward day 2026-03-08: 01:00 EST = 06:00Z, 04:00 EDT = 08:00Z, the same as 06:00-08:00 UTC; fresh",
  "sextant-index 5xx between 01:00 and 04:00 today","2026-03-08 09:00",NY,7200,
  "sextant-index 5xx between 06:00 and 08:00 UTC today",4)
P(g,"partial","rule 5: 'today' in Sydney (from 14:00Z, 9 h) vs UTC (from 00:00Z, 23 h): overlap 100% of shorter, ratio 2.6, starts differ",
  "critical alerts for fathom-search today","2026-07-15 09:00",SYD,1800,
  "critical alerts for fathom-search today",2,UTC)
P(g,"hit","rule 5: Kolkata midnight = 18:30Z the previous day, the same as 'since 18:30 UTC yesterday' asked at 00:02Z; fresh",
  "since midnight how many deploys to harbour-stg","2026-09-01 05:30",KOL,1800,
  "how many deploys to harbour-stg since 18:30 UTC yesterday",2,UTC)
P(g,"hit","rule 5: both local dates are Apr 15, so noon PT yesterday = 19:00Z Apr 14 for both; fresh",
  "beacon-ledger error rate since noon PT yesterday","2026-04-15 18:00",BER,3600,
  "beacon-ledger error rate since noon yesterday","2026-04-15 09:05",LA)
P(g,"hit","rule 5: Honolulu (Feb 2, 01:00) and Kiritimati (Feb 3, 01:00) name different dates but 'yesterday' is 10:00Z Feb 1-10:00Z Feb 2 for both; fresh",
  "list incidents for cormorant-ingest yesterday","2026-02-02 01:00",HNL,7200,
  "list incidents for cormorant-ingest yesterday",5,KIR)
P(g,"hit","rule 5: '8am CET' = 07:00Z = 2am EST for a New York asker in January; fresh",
  "alerts for bosun-scheduler since 8am CET","2026-01-28 14:00",BER,1800,
  "alerts for bosun-scheduler since 2am","2026-01-28 08:05",NY)
P(g,"partial","rule 5: 'yesterday' in Auckland (NZDT, 11:00Z-11:00Z) vs UTC: overlap 13 h = 54%, not matching",
  "count warning alerts yesterday for lanternd","2026-01-06 09:00",AKL,86400,
  "count warning alerts yesterday for lanternd",10,UTC)

# ---------------- unrelated ----------------
g="unrelated"
P(g,"miss","rule 1: deploy list vs memory metric of another service",
  "what was deployed to harbour-prod today","2026-02-20 10:00",BER,1800,
  "memory usage of flint-db-03 last hour",5)
P(g,"miss","rule 1: incidents vs k8s events",
  "how many incidents did team gannet have this month","2026-03-13 09:00",AKL,3600,
  "any CrashLoopBackOff in ns dredge right now?",3)
P(g,"miss","rule 1: alert status vs trace search",
  "is LanternDim firing?","2026-04-16 22:00",BER,120,
  "show slowest traces for /v2/soundings/bulk last 15 min",1)
P(g,"miss","rule 1: log search vs disk IOPS",
  "grep cormorant-ingest logs for 'checksum mismatch' last 2h","2026-05-08 11:00",KOL,600,
  "write IOPS on wick-08 last 2h",2)
P(g,"miss","rule 1: error rate vs on-call/incident ownership",
  "error rate of gulliver-gw in us-gulf-2 over the past day","2026-06-12 16:00",CHI,1800,
  "who acked the last incident for skerry-sre?",4)
P(g,"miss","rule 1: pod restarts vs deploy count",
  "which pods restarted in harbour-stg overnight","2026-07-23 08:00",LON,3600,
  "how many deploys did team halyard ship this week",5)
P(g,"miss","rule 1: cpu ranking vs alert count",
  "top 10 hosts by cpu in ap-tasman-1 last 24h","2026-08-14 10:00",SYD,1800,
  "how many TideGaugeStale alerts today",3)
P(g,"miss","rule 1: latency percentile vs log volume",
  "p50 latency of marlinspike-auth last hour","2026-09-18 14:00",BER,600,
  "log volume of keelhaul-sync last hour",2)
P(g,"miss","rule 1: k8s node events vs incidents",
  "NodeNotReady events in cluster kelp-a today","2026-10-15 12:00",SGP,1800,
  "open sev2 incidents for beacon-ledger",4)
P(g,"miss","rule 1: status check vs trend of a different metric",
  "is fathom-search up?","2026-11-26 07:00",UTC,120,
  "trend of bilge_queue_depth over the last 7 days",1)
P(g,"miss","rule 1: traces vs alerts, different services",
  "error traces for sextant-index since 9am","2026-12-17 11:00",NY,1800,
  "warning alerts for foghorn-relay since 9am",2)

# ---------------- hard_negatives (one-token flips) ----------------
g="hard_negatives"
P(g,"miss","rule 2: one token critical->warning is a sibling severity",
  "how many critical alerts for barnacle-cache in the last 24h","2026-02-23 09:00",BER,1800,
  "how many warning alerts for barnacle-cache in the last 24h",2)
P(g,"miss","rule 2: 500 -> 502 sibling status code",
  "count 500 responses on /v2/soundings last hour","2026-03-16 10:00",NY,600,
  "count 502 responses on /v2/soundings last hour",1)
P(g,"miss","rule 2: nordsee-1 -> nordsee-2 sibling region",
  "error rate of tidewatch in nordsee-1 past 6h","2026-04-20 15:00",BER,900,
  "error rate of tidewatch in nordsee-2 past 6h",2)
P(g,"miss","rule 2: above -> below threshold is a complement",
  "hosts with memory above 90% right now","2026-05-25 03:00",SGP,120,
  "hosts with memory below 90% right now",1)
P(g,"miss","rule 1: read -> write disk IOPS is a different measured quantity",
  "disk read IOPS on flint-db-03 last 2h","2026-06-15 08:00",UTC,600,
  "disk write IOPS on flint-db-03 last 2h",1)
P(g,"miss","rule 3: today (18 h) -> yesterday, no overlap",
  "deploys to harbour-stg today","2026-07-27 18:00",BER,1800,
  "deploys to harbour-stg yesterday",2)
P(g,"miss","rule 1: cpu -> memory",
  "cpu of wick-07 last 4h","2026-08-24 11:00",CHI,900,
  "memory of wick-07 last 4h",1)
P(g,"miss","rule 2: firing -> resolved sibling state",
  "firing alerts for keelhaul-sync today","2026-09-21 16:00",BER,1200,
  "resolved alerts for keelhaul-sync today",2)
P(g,"partial","rule 4: p95 -> p99 is another statistic of the same latency series",
  "p95 latency for marlinspike-auth last 24h","2026-10-19 09:00",KOL,1800,
  "p99 latency for marlinspike-auth last 24h",2)
P(g,"miss","rule 2: staging -> production sibling environment",
  "error logs for bosun-scheduler in staging last 30 min","2026-11-09 13:00",LON,300,
  "error logs for bosun-scheduler in production last 30 min",1)
P(g,"miss","rule 1: ingress -> egress different measured quantity",
  "ingress traffic for gulliver-gw last hour","2026-12-14 20:00",SYD,600,
  "egress traffic for gulliver-gw last hour",1)
P(g,"hit","control, rule 5: crit -> critical is equal in meaning; fresh, same range",
  "crit alerts for sextant-index last 6h","2026-01-12 10:00",BER,1800,
  "critical alerts for sextant-index last 6h",2)
P(g,"partial","rule 5: hour -> day: 1 h vs 24 h, ratio 24 (<=31), nested",
  "OOMKilled events in ns dredge in the last 1 hour","2026-02-27 12:00",BER,900,
  "OOMKilled events in ns dredge in the last 1 day",2)
P(g,"miss","rule 3: minutes -> hours: 30 min vs 30 h, ratio 60 (>31x)",
  "5xx on fathom-search in the last 30 minutes","2026-03-20 14:00",CHI,600,
  "5xx on fathom-search in the last 30 hours",1)
P(g,"miss","rule 2: host wick-07 -> wick-70 is a sibling host",
  "disk latency on wick-07 last hour","2026-04-06 09:00",UTC,600,
  "disk latency on wick-70 last hour",1)
P(g,"partial","rule 5: am -> pm: at 23:00 since 9am (14 h) contains since 9pm (2 h), ratio 7, not matching",
  "how many warning alerts for lanternd since 9am","2026-05-18 23:00",BER,1800,
  "how many warning alerts for lanternd since 9pm",2)

# ---------------- filter_refinement (partial, nested) ----------------
g="filter_refinement"
P(g,"partial","rule 4: all alerts contains critical alerts (nested severity)",
  "alerts for tidewatch in the last 24h","2026-02-02 10:00",BER,1800,
  "critical alerts for tidewatch in the last 24h",3)
P(g,"partial","rule 4: 5xx contains 503",
  "5xx responses from gulliver-gw last 6h","2026-03-09 12:00",NY,900,
  "503 responses from gulliver-gw last 6h",2)
P(g,"partial","rule 4: production contains production in nordsee-1 (added region)",
  "deploys to production today","2026-04-13 16:00",BER,1800,
  "deploys to production in nordsee-1 today",2)
P(g,"partial","rule 4: lanternd alerts contain lanternd critical alerts in nordsee-2",
  "lanternd alerts this week","2026-05-15 10:00",BER,3600,
  "lanternd critical alerts in nordsee-2 this week",5)
P(g,"partial","rule 4: all cormorant-ingest logs contain its ERROR logs",
  "cormorant-ingest logs last 15 min","2026-06-22 14:00",KOL,300,
  "cormorant-ingest ERROR logs last 15 min",1)
P(g,"partial","rule 4: events in ns dredge contain events for pods dredge-worker-* in it",
  "k8s events in ns dredge last 2h","2026-07-06 09:00",SGP,600,
  "k8s events for pods dredge-worker-* in ns dredge last 2h",2)
P(g,"partial","rule 4: prod deploys contain prod deploys by team halyard",
  "deploys to prod last 24h","2026-08-10 11:00",LON,1800,
  "deploys to prod by team halyard last 24h",3)
P(g,"partial","rule 4: all incidents contain sev1 incidents",
  "incidents for beacon-ledger this month","2026-09-14 10:00",CHI,3600,
  "sev1 incidents for beacon-ledger this month",4)
P(g,"partial","rule 4 (interpretation): hosts above 90% CPU are a subset of hosts above 80%; same direction, nested thresholds",
  "hosts with cpu above 80% in ap-tasman-1 last hour","2026-10-12 08:00",SYD,600,
  "hosts with cpu above 90% in ap-tasman-1 last hour",1)
P(g,"partial","rule 4: sextant-index traces contain those for endpoint /v2/soundings",
  "traces for sextant-index last 30 min","2026-11-16 15:00",BER,300,
  "traces for sextant-index on /v2/soundings last 30 min",1)
P(g,"partial","rule 4: B is broader: all alerts in ap-tasman-1 contain the critical ones A asked about",
  "critical alerts in ap-tasman-1 today","2026-12-08 13:00",SYD,1800,
  "all alerts in ap-tasman-1 today",2)
P(g,"partial","rule 4: 'errors' of fathom-search = all its 5xx, which contain the 5xx of one endpoint (/search/charts)",
  "errors for fathom-search in the last hour","2026-01-26 10:00",BER,600,
  "5xx on fathom-search endpoint /search/charts in the last hour",2)
P(g,"partial","rule 4: 4xx contains 404",
  "4xx on marlinspike-auth last 6h","2026-02-13 17:00",BER,900,
  "404s on marlinspike-auth last 6h",2)

with open("/work/wt/qwriter/pairs.jsonl","w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(rows))
