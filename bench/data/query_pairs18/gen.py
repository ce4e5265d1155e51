#!/usr/bin/env python3
"""pairs18 generator. Every question, wall time, TTL, label and note below is typed by hand.
The script only: converts local wall times to ISO-8601 with the zone's real offset (stops on
ambiguous / non-existent wall times), numbers ids, applies the split rule, writes pairs.jsonl."""
import json, sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

VOICES = {
    "sre": "Pacific/Chatham",        # terse SRE
    "polite": "Australia/Adelaide",  # very polite formal writer
    "junior": "Pacific/Auckland",    # junior, typos and chat abbreviations
    "mgr": "Europe/Helsinki",        # manager, full sentences
    "promql": "Asia/Colombo",        # engineer pasting PromQL / LogQL
    "night": "America/St_Johns",     # night on-call, imperative one-liners
    "chatty": "Australia/Eucla",     # chatty, Australian slang
    "nonnat": "America/Bogota",      # non-native English writer
}

PAIRS = []
def P(group, expect, voice, aq, aat, ttl, bq, bat, note):
    PAIRS.append((group, expect, voice, aq, aat, ttl, bq, bat, note))

def iso(wall, tz):
    naive = datetime.strptime(wall, "%Y-%m-%d %H:%M")
    z = ZoneInfo(tz)
    d0 = naive.replace(tzinfo=z, fold=0)
    d1 = naive.replace(tzinfo=z, fold=1)
    if d0.utcoffset() != d1.utcoffset():
        sys.exit("ambiguous or non-existent wall time %s in %s" % (wall, tz))
    back = d0.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None)
    if back != naive:
        sys.exit("non-existent wall time %s in %s" % (wall, tz))
    return d0.isoformat()

# ---------------------------------------------------------------- paraphrase (70)
G = "paraphrase"
P(G,"hit","sre","count crit alerts firing prod last 1h","2025-05-12 09:10",300,
  "how many critical alerts firing in production over the past hour","2025-05-12 09:12",
  "crit=critical, prod=production, 1h=past hour; same count; fresh, 2 min shift")
P(G,"hit","polite","Could you please tell me how many deploys were made to loan-service today?","2025-06-03 14:00",600,
  "Good afternoon. How many deployments has the loans service had so far today, if you would be so kind?","2025-06-03 14:04",
  "loans = loan-service; today = so far today; end differs 4 min; fresh")
P(G,"hit","junior","how many 5xx on loans api last 30 mins","2025-07-15 11:20",300,
  "hw many errors on borrow-api in teh last half hour??","2025-07-15 11:22",
  "errors of a service = 5xx; borrow-api = loan-service; half hour = 30 min; typos ignored; fresh")
P(G,"hit","mgr","How many incidents were opened for the reader gateway yesterday?","2025-08-19 09:00",1800,
  "Yesterday, how many incidents did we open against rgw?","2025-08-19 09:10",
  "rgw = reader-gateway; same day; word order; fresh")
P(G,"hit","promql",'sum(rate(http_requests_total{service="catalog-search",code=~"5.."}[5m])) over the last 6h',"2025-03-04 16:00",600,
  "5xx request rate for catsearch, last 6 hours","2025-03-04 16:05",
  "PromQL pasted = same trend of 5xx request rate; catsearch = catalog-search; 5 min shift of 6h; fresh")
P(G,"hit","night","show firing alerts on hold-queue now","2025-10-10 03:12",120,
  "list alerts firing for holds right now","2025-10-10 03:13",
  "holds = hold-queue; now = right now; 1 min shift <= 5 min; fresh")
P(G,"hit","chatty","G'day, reckon you could show me the error logs for the ingester from the last 2 hours?","2025-02-11 10:00",300,
  "mate, chuck us the ingest-worker error logs for the last 2 hrs, ta","2025-02-11 10:03",
  "ingester = ingest-worker; same log stream and range; slang/politeness ignored; fresh")
P(G,"hit","nonnat","Please, which pods of patron-auth was restarted in last 3 hours?","2025-09-02 15:30",600,
  "Which pods from the login service had restarts during the last three hours, please?","2025-09-02 15:33",
  "login service = patron-auth; same list of restarted pods; fresh")
P(G,"hit","sre","p95 latency /v2/loans/checkout prod 24h","2025-05-20 13:00",900,
  "prod /v2/loans/checkout 95th percentile latency past day","2025-05-20 13:05",
  "p95 = 95th percentile; 24h = past day; word order")
P(G,"partial","polite","Would you be so kind as to list the critical alerts for catalog-search over the last 24 hours?","2025-06-10 10:00",300,
  "Kindly list the critical alerts on the catalog search service for the past day.","2025-06-10 10:20",
  "same question, ranges match (20 min of 24h) but asked 20 min after a 5 min TTL -> stale -> partial")
P(G,"hit","junior","any warn alerts on pauth in stg last 1h","2025-04-14 16:40",300,
  "any warning alrets for patron-auth staging past hr??","2025-04-14 16:41",
  "warn=warning, stg=staging, pauth=patron-auth; typos; fresh")
P(G,"partial","mgr","How many deploys did the discovery team ship this week?","2025-11-13 10:00",1800,
  "Please list the deploys the discovery team shipped this week.","2025-11-13 10:02",
  "count vs list over the same data -> different intent -> partial")
P(G,"hit","promql",'histogram_quantile(0.99, sum by (le)(rate(reader_page_render_seconds_bucket{cluster="prod-syd-1"}[5m]))) last 2h',"2025-01-21 12:00",600,
  "p99 page render time for the reader on prod-syd-1, last 2 hours","2025-01-21 12:03",
  "the reader = reader-gateway render metric; p99 = quantile 0.99; same cluster and range")
P(G,"hit","night","count restarts holds pods last 30m","2025-03-18 02:40",300,
  "how many hold-queue pod restarts in the past 30 minutes","2025-03-18 02:41",
  "holds = hold-queue; 30m = 30 minutes; count both")
P(G,"partial","chatty","Any chance of the top 5 endpoints by 5xx on loans for the last hour, legend?","2025-08-05 13:00",300,
  "top 5 endpoints throwing 5xx on the lending service past hour, cheers","2025-08-05 13:25",
  "same ranking; stale (25 min > 5 min TTL) and rolling range shifted 25 min > 9 min -> partial (overlap 58%)")
P(G,"hit","nonnat","How many alerts critical we have for hold-queue today?","2025-10-21 11:00",900,
  "Today, the number of critical alerts of holds service, please?","2025-10-21 11:04",
  "holds = hold-queue; count; today; non-native word order ignored")
P(G,"hit","sre","list open incidents circulation now","2025-06-25 08:00",180,
  "open incidents owned by circulation atm","2025-06-25 08:02",
  "now = atm; same team and state; fresh")
P(G,"hit","polite","May I ask whether the reader gateway is healthy at the moment?","2025-07-08 09:30",120,
  "Is rgw up right now, please?","2025-07-08 09:31",
  "healthy/up = status over [t-5m,t]; rgw = reader-gateway; fresh")
P(G,"hit","junior","wats the cpu of ingest pods last 3h","2025-02-26 13:15",600,
  "cpu usage for ingest-worker pods in the last 3 hours","2025-02-26 13:18",
  "ingest = ingest-worker; typo; same metric and range")
P(G,"hit","mgr","What was the memory usage trend for the catalog over the last 7 days?","2025-05-06 15:00",3600,
  "Show me how catalog-search memory usage has trended over the past week.","2025-05-06 15:10",
  "the catalog = catalog-search; last week = rolling 7 d; trend")
P(G,"hit","promql",'{namespace="access", app="patron-auth"} |= "error"  last 1h',"2025-09-16 18:00",300,
  "error logs from patron-auth in the access namespace over the past hour","2025-09-16 18:02",
  "LogQL pasted = same error log stream, same namespace, same range")
P(G,"partial","night","disk latency shelfdb now","2025-12-02 04:00",60,
  "shelfdb disk latency right now","2025-12-02 04:03",
  "same 'now' question, ranges within 5 min, but 3 min > 60 s TTL -> stale -> partial")
P(G,"hit","chatty","how many alerts fired on the holds service this arvo?","2025-03-27 16:00",900,
  "number of hold-queue alerts since midday","2025-03-27 16:05",
  "arvo = this afternoon [12:00,t]; since midday = since 12:00; holds = hold-queue")
P(G,"partial","nonnat","How many deploys had loan-service yesterday?","2025-04-09 10:00",1800,
  "Which was the deploys of loan-service yesterday? a list please","2025-04-09 10:01",
  "count vs list of the same deploys -> different intent -> partial")
P(G,"hit","sre","k8s events ns circ warning last 1h","2025-08-27 21:00",300,
  "warning k8s events in namespace circ past 60m","2025-08-27 21:01",
  "ns = namespace; 1h = 60m; word order")
P(G,"hit","polite","Could you please show the traces slower than 2 seconds for /opds/feed over the last hour?","2025-11-18 11:00",600,
  "I would appreciate the traces above 2s on the /opds/feed endpoint from the past 60 minutes.","2025-11-18 11:04",
  "slower than 2 seconds = above 2s; same endpoint and range")
P(G,"partial","junior","how many incidents r open rn for pauth","2025-06-17 15:00",120,
  "hw many open incidents on login service now","2025-06-17 15:04",
  "same question, 'now' ranges within 5 min, but 4 min > 2 min TTL -> stale -> partial")
P(G,"hit","mgr","Did the NSC tenant see any 5xx from the loans service today?","2025-02-04 14:00",900,
  "Today, were there any errors from loan-service for the Northern Shelves Consortium tenant?","2025-02-04 14:03",
  "NSC = Northern Shelves Consortium; errors of a service = 5xx; today")
P(G,"hit","promql","sum(increase(ingest_jobs_failed_total[24h]))","2025-07-29 07:00",900,
  "how many ingest jobs failed over the past day","2025-07-29 07:05",
  "increase over [24h] = count over past day; same metric")
P(G,"hit","night","ack'd alerts on rgw last 2h","2025-01-14 01:30",300,
  "acknowledged reader-gateway alerts past 2 hours","2025-01-14 01:31",
  "acked = acknowledged; rgw = reader-gateway")
P(G,"partial","chatty","what's topping the alert charts on the ingester overnight?","2025-09-10 07:30",900,
  "how many alerts did the ingest worker fire overnight, mate?","2025-09-10 07:33",
  "top/ranking vs count over the same alerts -> different intent -> partial")
P(G,"hit","nonnat","Show me the logs of error of hold-queue in the last 15 minutes","2025-12-09 17:00",300,
  "holds service error logs, last 15 min please","2025-12-09 17:01",
  "holds = hold-queue; same stream and range")
P(G,"hit","sre","deploys prod-syd-1 since 9am","2025-04-23 11:00",600,
  "deployments on prod-syd-1 since 09:00","2025-04-23 11:02",
  "9am = 09:00; deploys = deployments")
P(G,"hit","polite","Would you kindly list the incidents for the discovery team during the past 24 hours?","2025-08-12 09:00",1800,
  "Please list the discovery team's incidents from the last day.","2025-08-12 09:06",
  "past 24 hours = last day; politeness ignored")
P(G,"hit","junior","is holds ok atm?","2025-10-28 12:00",120,
  "hold-queue healthy rn?","2025-10-28 12:01",
  "status now; ok = healthy; rn = atm = now")
P(G,"partial","mgr","How many critical incidents have we had this month?","2025-09-15 10:00",1800,
  "What is the number of critical incidents so far this month?","2025-09-15 12:00",
  "same question, ranges match (2 h of 14 d), but 2 h > 30 min TTL -> stale -> partial")
P(G,"hit","promql",'rate(container_cpu_usage_seconds_total{namespace="disco",pod=~"catalog-search.*"}[5m]) last 1h',"2025-06-24 10:00",300,
  "catalog-search cpu usage in disco ns over the last hour","2025-06-24 10:02",
  "PromQL = cpu usage of catalog-search pods in ns disco")
P(G,"hit","night","count 5xx /v1/holds last 15m","2025-05-27 23:10",120,
  "how many 5xx on /v1/holds in the past 15 minutes","2025-05-27 23:11",
  "same endpoint, same count, 1 min shift")
P(G,"hit","chatty","reckon the login service is up right now?","2025-11-04 08:00",120,
  "is pauth healthy atm, mate?","2025-11-04 08:01",
  "login service = pauth = patron-auth; status now")
P(G,"partial","nonnat","How much memory is using shelfdb in the last 6 hours?","2025-03-11 09:00",600,
  "Memory that shelfdb use in the last 6 hours?","2025-03-11 09:45",
  "same question, 45 min shift within 15% of 6h, but 45 min > 10 min TTL -> stale -> partial")
P(G,"hit","sre","top 5 endpoints by p99 loans 1h","2025-07-02 14:00",300,
  "loan-service endpoints ranked by 99th percentile latency, top 5, past hour","2025-07-02 14:01",
  "p99 = 99th percentile; loans = loan-service; same ranking")
P(G,"hit","polite","Could you tell me the disk IOPS on the shelfdb primary over the last 12 hours, please?","2025-01-28 20:00",900,
  "Please show me the disk IOPS for the primary over the past 12 hours.","2025-01-28 20:05",
  "'the primary' = shelfdb primary (named entity nickname); same metric")
P(G,"hit","junior","wat deploys went out 2 rgw yday","2025-10-15 09:00",1800,
  "list deploys to reader gateway yesterday","2025-10-15 09:02",
  "yday = yesterday; rgw = reader gateway; list")
P(G,"hit","mgr","Which alerts fired for the Kettlewell branch tenant since Monday?","2025-06-19 16:00",1800,
  "Since Monday, what alerts have fired for the Kettle tenant?","2025-06-19 16:05",
  "Kettle = Kettlewell branch; since Monday both; word order")
P(G,"partial","promql",'sum(count_over_time({app="loan-service"} |= "timeout" [1h]))',"2025-02-18 11:00",300,
  "how many timeout log lines did loan-service write in the last hour?","2025-02-18 11:30",
  "same count; stale (30 min > 5 min TTL) and rolling 1h shifted 30 min (> 9 min, overlap 50%) -> partial")
P(G,"hit","night","list pending pods ns access now","2025-08-21 02:20",120,
  "pods stuck Pending in access namespace right now","2025-08-21 02:21",
  "ns = namespace; now; same state filter")
P(G,"hit","chatty","how'd the holds queue depth look this arvo, mate?","2025-04-30 15:00",600,
  "hold_queue_depth trend since noon","2025-04-30 15:02",
  "arvo = afternoon [12:00,t] = since noon; queue depth trend")
P(G,"hit","nonnat","Give me please the incidents of severity critical in the last 7 days","2025-05-14 08:00",1800,
  "critical incidents from last week, please","2025-05-14 08:03",
  "last week = rolling 7 d; same list")
P(G,"partial","sre","count 5xx loans prod 1h","2025-09-24 10:00",300,
  "5xx trend loans prod 1h","2025-09-24 10:01",
  "count vs trend of the same series -> different intent -> partial")
P(G,"hit","polite","Might I see the warning-level Kubernetes events for the circ namespace since 2pm?","2025-12-16 16:00",900,
  "Please show the warn k8s events in ns circ since 14:00.","2025-12-16 16:02",
  "warning = warn; 2pm = 14:00; ns = namespace")
P(G,"hit","junior","how many crit alerts 4 catsearch this morning","2025-03-25 11:00",600,
  "crit alerts count catalog search since 6am","2025-03-25 11:02",
  "this morning at 11:00 = [06:00,11:00] = since 6am")
P(G,"partial","mgr","What is the error rate of the reader gateway right now?","2025-07-23 13:00",60,
  "What is rgw's error rate at the moment?","2025-07-23 13:03",
  "same 'now' question, ranges within 5 min, but 3 min > 60 s TTL -> stale -> partial")
P(G,"hit","promql",'max_over_time(hold_queue_depth{cluster="prod-sto-1"}[30m])',"2025-10-07 19:00",300,
  "peak hold queue depth on prod-sto-1 in the last 30 minutes","2025-10-07 19:01",
  "max_over_time = peak; same cluster and window")
P(G,"hit","night","is HoldQueueBacklog firing now","2025-11-25 04:10",120,
  "HoldQueueBacklog firing atm?","2025-11-25 04:11",
  "status of the same alertname now")
P(G,"partial","chatty","any crit incidents for the access mob today?","2025-05-22 09:00",600,
  "crit incidents for the access team so far today?","2025-05-22 10:00",
  "access mob = access team; ranges within 15% (1 h of 9 h) but 1 h > 10 min TTL -> stale -> partial")
P(G,"hit","nonnat","The catalog search, it have high latency now?","2025-01-08 10:00",120,
  "catsearch latency is high at this moment?","2025-01-08 10:01",
  "catsearch = catalog-search; status of latency now")
P(G,"hit","sre","oomkills ns disco 24h","2025-08-06 06:00",900,
  "OOMKilled events in disco namespace past day","2025-08-06 06:03",
  "oomkills = OOMKilled events; 24h = past day")
P(G,"partial","polite","Would you please compare the p95 latency of loan-service today against yesterday?","2025-04-16 15:00",900,
  "Please show me the p95 latency of loan-service today.","2025-04-16 15:02",
  "compare vs trend over the same series -> different intent -> partial")
P(G,"hit","junior","hey can u show me ingest error logs from 2am-4am","2025-11-11 09:00",1800,
  "ingest-worker error logs between 02:00 and 04:00 pls","2025-11-11 09:05",
  "2am-4am today = 02:00-04:00 today")
P(G,"hit","mgr","How many deployments did the circulation team make in the last 30 days?","2025-03-19 11:00",3600,
  "In the past month, how many deploys did circulation ship?","2025-03-19 11:15",
  "last month = 30 d; deployments = deploys")
P(G,"hit","promql",'sum by (code)(rate(http_requests_total{service="patron-auth",endpoint="/auth/token"}[5m])) last 3h',"2025-06-11 14:00",600,
  "request rate by status code for /auth/token on patron-auth, past 3 hours","2025-06-11 14:02",
  "PromQL = per-code request rate trend of the same endpoint")
P(G,"partial","night","list crit alerts prod-ore-1 last 1h","2025-02-20 03:00",300,
  "critical alerts on prod-ore-1 in the past hour","2025-02-20 03:12",
  "same question; stale (12 min > 5 min) and shift 12 min > 9 min -> partial")
P(G,"hit","chatty","what's the p50 on the reader's page render, last 4 hours, ta","2025-07-31 12:00",600,
  "median page render time for rgw over the past 4h","2025-07-31 12:04",
  "p50 = median; the reader = rgw = reader-gateway")
P(G,"partial","nonnat","Which pods of ingest-worker had more restarts in last 24 hours? the top 3","2025-10-01 08:00",900,
  "How many restarts had the ingest-worker pods in last 24 hours?","2025-10-01 08:02",
  "top 3 ranking vs total count -> different intent -> partial")
P(G,"hit","sre","resolved incidents loans 7d","2025-12-10 10:00",1800,
  "incidents resolved for loan-service last week","2025-12-10 10:04",
  "7d = last week (rolling); loans = loan-service")
P(G,"hit","polite","Could you show me the write IOPS on shelfdb for the past 2 hours?","2025-05-28 09:00",600,
  "Please show shelfdb write IOPS for the last 120 minutes.","2025-05-28 09:01",
  "2 hours = 120 minutes; write IOPS both")
P(G,"partial","junior","wats the queue depth on holds rn","2025-09-30 14:00",60,
  "hold-queue depth now??","2025-09-30 14:02",
  "same 'now' question, 2 min within 5 min, but 2 min > 60 s TTL -> stale -> partial")
P(G,"hit","mgr","Were there any critical alerts on the epub pipeline overnight?","2025-02-13 08:00",1800,
  "Did ingest-worker have any critical alerts last night?","2025-02-13 08:05",
  "epub pipeline = ingest-worker; overnight = last night")
P(G,"hit","promql",'sum(rate(http_requests_total{service="reader-gateway",code="503"}[5m])) for the last 45m',"2025-08-26 17:00",300,
  "503 rate on reader gateway over the past 45 minutes","2025-08-26 17:01",
  "PromQL = 503 rate of reader-gateway")
P(G,"hit","chatty","any deploys to pauth since 8am?","2025-11-27 10:00",600,
  "has the login service had any deploys since 08:00, mate?","2025-11-27 10:02",
  "pauth = login service; 8am = 08:00")

# ---------------------------------------------------------------- near_miss (70)
G = "near_miss"
P(G,"miss","sre","count crit alerts prod 1h","2025-01-09 09:00",300,
  "count warn alerts prod 1h","2025-01-09 09:01","severity sibling critical vs warning")
P(G,"miss","polite","Could you please tell me how many deploys were made to loan-service today?","2025-02-05 13:00",600,
  "Could you please tell me how many deploys were made to hold-queue today?","2025-02-05 13:01","service sibling loan-service vs hold-queue")
P(G,"miss","junior","5xx on loans in ap-southeast-2 last hr","2025-03-06 10:00",300,
  "5xx on loans in eu-north-1 last hr","2025-03-06 10:01","region sibling")
P(G,"miss","mgr","How many incidents did the circulation team have this week?","2025-04-10 15:00",1800,
  "How many alerts did the circulation team have this week?","2025-04-10 15:02","subject incidents vs alerts")
P(G,"miss","promql",'sum(rate(http_requests_total{service="loan-service",code="500"}[5m])) last 1h',"2025-05-07 12:00",300,
  'sum(rate(http_requests_total{service="loan-service",code="503"}[5m])) last 1h',"2025-05-07 12:01","status code sibling 500 vs 503")
P(G,"miss","night","list NOT ready pods ns circ now","2025-06-12 03:00",120,
  "list ready pods ns circ now","2025-06-12 03:01","negation: NOT ready vs ready")
P(G,"miss","chatty","how's the cpu on the ingester over the last 3 hours?","2025-07-09 14:00",600,
  "how's the memory on the ingester over the last 3 hours?","2025-07-09 14:01","measured quantity cpu vs memory")
P(G,"miss","nonnat","Show me the disk IOPS of shelfdb in the last 2 hours please","2025-08-13 11:00",600,
  "Show me the disk latency of shelfdb in the last 2 hours please","2025-08-13 11:01","disk IOPS vs disk latency")
P(G,"partial","sre","list crit alerts prod 1h","2025-09-03 08:00",300,
  "list crit alerts prod loans 1h","2025-09-03 08:01","nested filter: all services superset of loan-service")
P(G,"partial","polite","Could you kindly show me the p50 latency of /v2/loans/checkout over the last hour?","2025-10-08 10:00",600,
  "Could you kindly show me the p99 latency of /v2/loans/checkout over the last hour?","2025-10-08 10:01","another statistic of the same series p50 vs p99")
P(G,"miss","junior","non-crit alerts on rgw today","2025-11-05 16:00",600,
  "crit alerts on rgw today","2025-11-05 16:01","complement non-critical vs critical")
P(G,"miss","mgr","Which catalog-search pods have run with cpu above 80% in the last 6 hours?","2025-12-03 11:00",900,
  "Which catalog-search pods have run with cpu below 80% in the last 6 hours?","2025-12-03 11:02","threshold direction above vs below")
P(G,"miss","promql",'rate(node_disk_reads_completed_total{instance="shelfdb-1"}[5m]) last 2h',"2025-01-15 09:00",300,
  'rate(node_disk_writes_completed_total{instance="shelfdb-1"}[5m]) last 2h',"2025-01-15 09:01","read vs write IOPS")
P(G,"miss","night","firing alerts prod-syd-1 now","2025-02-12 02:00",120,
  "firing alerts prod-syd-2 now","2025-02-12 02:01","cluster sibling")
P(G,"miss","chatty","chuck us the error logs for loans from the last hour, mate","2025-03-12 13:00",300,
  "chuck us the audit logs for loans from the last hour, mate","2025-03-12 13:01","different log stream error vs audit")
P(G,"miss","nonnat","Which is the latency of /v2/loans/checkout in last hour?","2025-04-02 09:00",300,
  "Which is the latency of /v2/loans/return in last hour?","2025-04-02 09:01","endpoint sibling")
P(G,"partial","sre","avg cpu catsearch 6h","2025-05-13 10:00",600,
  "max cpu catsearch 6h","2025-05-13 10:01","another statistic avg vs max of the same series")
P(G,"miss","polite","Could you please list this week's incidents excluding catalog-search?","2025-06-05 09:00",1800,
  "Could you please list this week's incidents for catalog-search?","2025-06-05 09:02","complement: excluding X vs X")
P(G,"miss","junior","any alerts in stg last 1h?","2025-07-16 11:00",300,
  "any alerts in prod last 1h?","2025-07-16 11:01","environment sibling staging vs production")
P(G,"miss","mgr","How many deploys did the discovery team ship yesterday?","2025-08-20 10:00",1800,
  "How many deploys did the access team ship yesterday?","2025-08-20 10:01","team sibling")
P(G,"miss","promql",'histogram_quantile(0.95, sum by (le)(rate(http_request_duration_seconds_bucket{service="reader-gateway"}[5m]))) last 3h',"2025-09-17 15:00",600,
  "error rate of reader-gateway last 3h","2025-09-17 15:02","latency vs error rate")
P(G,"miss","night","list firing alerts holds last 2h","2025-10-22 01:00",300,
  "list resolved alerts holds last 2h","2025-10-22 01:01","state sibling firing vs resolved")
P(G,"miss","chatty","any acked alerts on the lending service today?","2025-11-12 14:00",600,
  "any unacked alerts on the lending service today?","2025-11-12 14:01","complement acknowledged vs unacknowledged")
P(G,"partial","nonnat","How many 5xx have loan-service in the last hour?","2025-12-04 10:00",300,
  "How many 503 have loan-service in the last hour?","2025-12-04 10:01","nested status filter 5xx superset of 503")
P(G,"miss","sre","k8s events ns circ 1h","2025-01-22 07:00",300,
  "k8s events ns disco 1h","2025-01-22 07:01","namespace sibling")
P(G,"miss","polite","May I see the traces slower than 2 seconds for /search over the last hour?","2025-02-19 10:00",600,
  "May I see the traces faster than 2 seconds for /search over the last hour?","2025-02-19 10:01","threshold direction slower vs faster")
P(G,"miss","junior","hw many HoldQueueBacklog alerts today","2025-03-13 15:00",600,
  "hw many CatalogIndexLag alerts today","2025-03-13 15:01","alertname sibling")
P(G,"miss","mgr","How many incidents outside production did we have this month?","2025-04-24 09:00",3600,
  "How many incidents in production did we have this month?","2025-04-24 09:02","complement outside prod vs prod")
P(G,"partial","promql",'histogram_quantile(0.5, sum by (le)(rate(http_request_duration_seconds_bucket{service="catalog-search"}[5m]))) last 1h',"2025-05-21 13:00",300,
  'histogram_quantile(0.95, sum by (le)(rate(http_request_duration_seconds_bucket{service="catalog-search"}[5m]))) last 1h',"2025-05-21 13:01","another statistic p50 vs p95")
P(G,"miss","night","show k8s events rgw last 30m","2025-06-18 04:00",120,
  "show logs rgw last 30m","2025-06-18 04:01","subject k8s events vs logs")
P(G,"miss","chatty","how many loans pods got restarted since brekkie, say 7am?","2025-07-24 10:00",600,
  "how many holds pods got restarted since brekkie, say 7am?","2025-07-24 10:01","service sibling")
P(G,"miss","nonnat","Alerts of severity warning for patron-auth today, please","2025-08-28 12:00",600,
  "Alerts of severity info for patron-auth today, please","2025-08-28 12:01","severity sibling warning vs info")
P(G,"partial","sre","incidents disco 7d","2025-09-25 09:00",1800,
  "critical incidents disco 7d","2025-09-25 09:01","nested: all incidents superset of critical")
P(G,"miss","polite","Could you please show CPU usage on prod-ore-1 over the last hour?","2025-10-16 14:00",300,
  "Could you please show CPU usage on stg-ore-1 over the last hour?","2025-10-16 14:01","cluster sibling (prod vs staging cluster)")
P(G,"miss","junior","how many 5xx on /search last 1h","2025-11-19 10:00",300,
  "how many 4xx on /search last 1h","2025-11-19 10:01","status class sibling 5xx vs 4xx")
P(G,"miss","mgr","What was the memory usage of the hold-queue service yesterday?","2025-12-11 09:00",1800,
  "What was the memory usage of the loans service yesterday?","2025-12-11 09:01","service sibling")
P(G,"miss","promql",'{app="loan-service"} |= "timeout" last 1h',"2025-01-29 16:00",300,
  '{app="loan-service"} != "timeout" last 1h',"2025-01-29 16:01","negation |= vs !=")
P(G,"miss","night","list pods CrashLoopBackOff ns circ now","2025-02-27 03:30",120,
  "list pods ImagePullBackOff ns circ now","2025-02-27 03:31","state sibling")
P(G,"miss","chatty","what's the disk read latency on shelfdb been like the last 6 hours?","2025-03-20 12:00",600,
  "what's the disk write latency on shelfdb been like the last 6 hours?","2025-03-20 12:01","read vs write")
P(G,"partial","nonnat","Which is the average latency of catsearch in the last 2 hours?","2025-04-17 11:00",600,
  "Which is the p99 latency of catsearch in the last 2 hours?","2025-04-17 11:01","another statistic avg vs p99")
P(G,"miss","sre","holds queue depth above 5000 24h","2025-05-29 08:00",900,
  "holds queue depth below 5000 24h","2025-05-29 08:01","threshold direction")
P(G,"miss","polite","Could you list the alerts raised in ap-southeast-2 today, please?","2025-06-26 10:00",900,
  "Could you list the alerts raised in us-west-2 today, please?","2025-06-26 10:01","region sibling")
P(G,"miss","junior","any deploys 2 pauth today?","2025-07-30 13:00",600,
  "any incidents on pauth today?","2025-07-30 13:01","subject deploys vs incidents")
P(G,"partial","mgr","How many alerts did the circulation team receive this week?","2025-08-07 16:00",1800,
  "How many critical alerts did the circulation team receive this week?","2025-08-07 16:02","nested: all severities superset of critical")
P(G,"miss","promql",'sum(rate(container_cpu_cfs_throttled_seconds_total{namespace="circ"}[5m])) last 1h',"2025-09-11 10:00",300,
  'sum(rate(container_cpu_usage_seconds_total{namespace="circ"}[5m])) last 1h',"2025-09-11 10:01","different quantity: cpu throttling vs cpu usage")
P(G,"miss","night","list alerts NSC tenant last 1h","2025-10-23 02:00",300,
  "list alerts Kettlewell tenant last 1h","2025-10-23 02:01","tenant sibling")
P(G,"miss","chatty","any traces with errors on checkout in the last hour, legend?","2025-11-20 15:00",300,
  "any traces without errors on checkout in the last hour, legend?","2025-11-20 15:01","negation with vs without errors")
P(G,"miss","nonnat","Which nodes have disk used more than 90% now?","2025-12-18 09:00",120,
  "Which nodes have disk used less than 90% now?","2025-12-18 09:01","threshold direction")
P(G,"partial","sre","deploys prod today","2025-01-23 12:00",600,
  "deploys prod-syd-1 today","2025-01-23 12:01","nested: prod superset of prod-syd-1")
P(G,"miss","polite","Could you list the incidents assigned to the discovery team this week?","2025-02-06 10:00",1800,
  "Could you list the incidents not assigned to the discovery team this week?","2025-02-06 10:01","negation")
P(G,"miss","junior","how many ingest jobs failed last 24h","2025-03-27 09:00",900,
  "how many ingest jobs succeeded last 24h","2025-03-27 09:01","state sibling failed vs succeeded")
P(G,"miss","mgr","How many critical alerts did the loans service raise this week?","2025-04-03 14:00",1800,
  "How many critical incidents did the loans service raise this week?","2025-04-03 14:01","subject alerts vs incidents")
P(G,"partial","promql","avg_over_time(hold_queue_depth[1h])","2025-05-15 18:00",300,
  "max_over_time(hold_queue_depth[1h])","2025-05-15 18:01","another statistic avg vs max")
P(G,"miss","night","count 5xx loans last 1h","2025-06-19 01:00",300,
  "count 5xx holds last 1h","2025-06-19 01:01","service sibling")
P(G,"miss","chatty","catsearch cpu been above 70% this arvo?","2025-07-17 16:00",600,
  "catsearch cpu been below 70% this arvo?","2025-07-17 16:01","threshold direction")
P(G,"miss","nonnat","The logs of level error of patron-auth in last hour","2025-08-14 10:00",300,
  "The logs of level warning of patron-auth in last hour","2025-08-14 10:01","log level sibling")
P(G,"miss","sre","alerts all envs except stg 24h","2025-09-18 08:00",900,
  "alerts stg 24h","2025-09-18 08:01","complement excluding staging vs staging")
P(G,"partial","polite","Could you list the pods with memory above 80% right now?","2025-10-09 11:00",120,
  "Could you list the pods with memory above 90% right now?","2025-10-09 11:01","nested threshold: above 90% is a subset of above 80%")
P(G,"miss","junior","network in bytes on rgw last 1h","2025-11-13 13:00",300,
  "network out bytes on rgw last 1h","2025-11-13 13:01","different quantity inbound vs outbound")
P(G,"miss","mgr","Which deploys to the reader gateway were rolled back this week?","2025-12-17 10:00",1800,
  "Which deploys to the reader gateway succeeded this week?","2025-12-17 10:01","deploy state sibling rolled back vs succeeded")
P(G,"miss","promql",'{app="hold-queue"} |= "error" last 30m',"2025-01-30 11:00",300,
  '{app="loan-service"} |= "error" last 30m',"2025-01-30 11:01","service sibling in LogQL")
P(G,"miss","night","list warn alerts catsearch now","2025-02-13 04:00",120,
  "list crit alerts catsearch now","2025-02-13 04:01","severity sibling")
P(G,"miss","chatty","any 503s on the reader today, mate?","2025-03-05 09:00",600,
  "any 502s on the reader today, mate?","2025-03-05 09:01","status code sibling")
P(G,"partial","nonnat","Incidents of the circulation team in last 7 days, please","2025-04-08 10:00",1800,
  "Incidents of hold-queue in last 7 days, please","2025-04-08 10:01","nested: team circulation owns hold-queue")
P(G,"miss","sre","p95 /auth/token 1h","2025-05-08 09:00",300,
  "error rate /auth/token 1h","2025-05-08 09:01","latency vs error rate")
P(G,"miss","polite","Would you kindly show the Kubernetes events in the access namespace over the last hour?","2025-06-09 10:00",300,
  "Would you kindly show the Kubernetes events in every namespace except access over the last hour?","2025-06-09 10:01","complement excluding X")
P(G,"miss","junior","alerts on prod-sto-1 last 1h","2025-07-10 12:00",300,
  "alerts on prod-syd-1 last 1h","2025-07-10 12:01","cluster sibling")
P(G,"miss","mgr","How many incidents were escalated to the on-call manager this month?","2025-08-21 09:00",3600,
  "How many incidents were not escalated to the on-call manager this month?","2025-08-21 09:01","negation")
P(G,"partial","promql",'histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{service="patron-auth"}[5m]))) last 1h',"2025-09-22 14:00",300,
  'histogram_quantile(0.9, sum by (le)(rate(http_request_duration_seconds_bucket{service="patron-auth"}[5m]))) last 1h',"2025-09-22 14:01","another statistic p99 vs p90")
P(G,"miss","chatty","how's the holds queue depth going this arvo?","2025-10-30 15:00",600,
  "how's the holds consumer lag going this arvo?","2025-10-30 15:01","different metric queue depth vs consumer lag")

# ---------------------------------------------------------------- time (50)
G = "time"
# DST-change days of the asker's zone
P(G,"hit","mgr","How many deploys went to production today?","2025-03-30 09:00",600,
  "How many production deploys in the last 8 hours?","2025-03-30 09:03",
  "DST start Helsinki: today = [Mar 29 22:00Z, 06:00Z] is 8 h real; last 8h within 3 min")
P(G,"partial","mgr","How many deploys went to production today?","2025-03-30 09:00",600,
  "How many production deploys in the last 10 hours?","2025-03-30 09:03",
  "DST start Helsinki: today is 8 h; last 10h starts 2 h earlier > 15% -> same question, range mismatch -> partial")
P(G,"hit","mgr","How many incidents have we had today?","2025-10-26 10:00",1800,
  "How many incidents in the last 11 hours?","2025-10-26 10:02",
  "DST end Helsinki: today = [Oct 25 21:00Z, 08:00Z] is 11 h real; last 11h matches")
P(G,"hit","polite","Could you please list the critical alerts between 01:00 and 05:00 today?","2025-04-06 10:00",1800,
  "Could you please list the critical alerts between 14:30 and 19:30 UTC on 5 April?","2025-04-06 10:02",
  "DST end Adelaide: 01:00 (+10:30) = 14:30Z, 05:00 (+09:30) = 19:30Z; same range")
P(G,"hit","junior","how many alerts since midnight","2025-09-28 08:00",600,
  "how many alerts in the last 7 hrs","2025-09-28 08:01",
  "DST start Auckland: midnight (+12) to 08:00 (+13) is 7 h real; last 7 h matches")
P(G,"partial","night","count alerts since midnight","2025-03-09 06:00",600,
  "count alerts last 6h","2025-03-09 06:02",
  "DST start St Johns: since midnight is 5 h real; last 6h starts 58 min earlier > 45 min (15%) -> partial")
P(G,"hit","night","count pod restarts since midnight","2025-11-02 05:00",600,
  "count pod restarts last 6h","2025-11-02 05:01",
  "DST end St Johns: midnight (-02:30) to 05:00 (-03:30) is 6 h real; matches")
P(G,"hit","sre","crit alerts today","2025-04-06 09:00",600,
  "crit alerts last 10h","2025-04-06 09:02",
  "DST end Chatham: midnight (+13:45) to 09:00 (+12:45) is 10 h real; matches")
P(G,"hit","sre","deploys since midnight","2025-09-28 07:00",600,
  "deploys last 6h","2025-09-28 07:01",
  "DST start Chatham: midnight (+12:45) to 07:00 (+13:45) is 6 h real; last 6h matches within 1 min")
P(G,"partial","polite","Would you kindly show the hold-queue depth between 01:00 and 04:00 today?","2025-10-05 08:00",1800,
  "Would you kindly show the hold-queue depth between 15:30 and 18:30 UTC on 4 October?","2025-10-05 08:02",
  "DST start Adelaide: 01:00-04:00 local is 15:30Z-17:30Z (2 h); B ends 1 h later -> partial")
P(G,"hit","junior","any 5xx on loans overnight??","2025-04-06 09:00",900,
  "5xx on loans between 09:00 and 18:00 UTC on Apr 5","2025-04-06 09:02",
  "DST end Auckland: 22:00 (+13) = 09:00Z, 06:00 (+12) = 18:00Z; same range")
P(G,"partial","mgr","Which critical alerts fired between 02:00 and 06:00 today?","2025-10-26 11:00",1800,
  "Which critical alerts fired between 23:00 UTC on 25 October and 03:00 UTC on 26 October?","2025-10-26 11:02",
  "DST end Helsinki: 02:00 (+03) = 23:00Z, 06:00 (+02) = 04:00Z (5 h); B ends 1 h earlier > 45 min -> partial")
# calendar boundaries
P(G,"miss","night","count 5xx holds today","2025-06-30 23:50",600,
  "count 5xx holds today","2025-07-01 00:05",
  "midnight (and month) boundary: today = Jun 30 vs Jul 1, no overlap -> miss")
P(G,"hit","mgr","How many incidents were there in the last 24 hours?","2025-07-01 00:10",1800,
  "How many incidents were there yesterday?","2025-07-01 00:12",
  "month boundary: yesterday = Jun 30 vs last 24h, 10-12 min apart on each side, within 15%")
P(G,"miss","promql","count prod deploys this quarter","2025-04-01 00:20",900,
  "count prod deploys last 30 days","2025-04-01 00:21",
  "quarter boundary: this quarter = 20 min, 30 d is > 31x longer -> miss")
P(G,"hit","polite","Could you tell me how many deploys we have had this month?","2025-09-30 23:55",900,
  "Could you tell me how many deploys we had in September?","2025-09-30 23:57",
  "month end: this month [Sep 1, 23:55] vs September [Sep 1, Oct 1 00:00]; 5 min difference")
P(G,"partial","sre","alerts this week","2025-06-16 08:00",600,
  "alerts last 7d","2025-06-16 08:01",
  "ISO week boundary: this week on Monday 08:00 = 8 h; 7 d is 21x (<31x), contains it -> partial")
P(G,"miss","sre","alerts this week","2025-06-15 23:40",3600,
  "alerts this week","2025-06-16 00:10",
  "ISO week boundary: Sunday's week vs Monday's new week, no overlap -> miss")
P(G,"hit","junior","hw many incidents this month","2025-02-28 23:50",3600,
  "hw many incidents last month","2025-03-01 00:10",
  "month boundary: last month = rolling 30 d [Jan 30 00:10, Mar 1 00:10] vs [Feb 1, Feb 28 23:50]; within 15% of 28 d; fresh")
P(G,"hit","chatty","any crit alerts overnight, mate?","2025-08-01 06:10",900,
  "crit alerts since 10pm yesterday?","2025-08-01 06:12",
  "midnight/month boundary: overnight [Jul 31 22:00, 06:00] vs [22:00, 06:12]; 12 min")
P(G,"hit","nonnat","How many errors have loans in the last hour?","2025-04-30 23:58",300,
  "How many errors have loans in the last hour?","2025-05-01 00:02",
  "month boundary irrelevant for rolling 1h: 4 min shift, fresh")
P(G,"miss","promql","deploys to prod yesterday","2025-06-30 23:30",3600,
  "deploys to prod yesterday","2025-07-01 00:30",
  "midnight boundary: yesterday = Jun 29 vs Jun 30, no overlap -> miss")
P(G,"hit","mgr","How many incidents did we have over the weekend?","2025-09-29 09:00",1800,
  "How many incidents did we have on Saturday and Sunday?","2025-09-29 09:05",
  "ISO week boundary: weekend asked on Monday = Sat 00:00 to Mon 00:00")
P(G,"partial","night","list crit alerts since 22:00 yesterday","2025-10-01 00:20",600,
  "list crit alerts last 3h","2025-10-01 00:21",
  "quarter boundary: [Sep 30 22:00, 00:20] vs [21:21, 00:21]; start 39 min apart > 21 min -> partial")
# other ranges
P(G,"partial","sre","5xx loans last 1h","2025-05-19 10:00",300,
  "5xx loans last 2h","2025-05-19 10:02",
  "longer range containing the shorter; same question, ranges differ -> partial")
P(G,"miss","polite","Could you list the deploys to patron-auth in the last 7 days?","2025-06-02 11:00",1800,
  "Could you list the deploys to patron-auth in the last 30 minutes?","2025-06-02 11:01",
  "lengths differ 336x > 31x -> miss")
P(G,"partial","junior","crit alerts last 24h","2025-07-07 14:00",600,
  "crit alerts last hr","2025-07-07 14:01",
  "24x (<31x), full overlap of the shorter -> partial")
P(G,"miss","mgr","How many incidents did we have yesterday?","2025-08-11 15:00",1800,
  "How many incidents have we had today?","2025-08-11 15:01",
  "adjacent days, no overlap -> miss")
P(G,"hit","promql","loan-service 5xx count since 07:00 UTC","2025-09-09 14:00",600,
  "loan-service 5xx count since 12:30","2025-09-09 14:01",
  "07:00 UTC = 12:30 Colombo (+05:30); same range")
P(G,"partial","night","list alerts now","2025-10-14 03:00",3600,
  "list alerts now","2025-10-14 03:15",
  "now re-asked 15 min later: no overlap but answer still fresh -> rule 3 exception -> partial")
P(G,"miss","night","list alerts now","2025-10-14 04:00",300,
  "list alerts now","2025-10-14 04:20",
  "now re-asked 20 min later, no overlap, answer stale -> miss")
P(G,"hit","chatty","any deploys since 06:00 UTC, mate?","2025-11-06 15:00",600,
  "any deploys since 2:45pm?","2025-11-06 15:01",
  "06:00 UTC = 14:45 in Eucla (+08:45); same range")
P(G,"hit","nonnat","How many errors have loans since 9am?","2025-12-01 10:00",300,
  "How many errors have loans since 14:00 UTC?","2025-12-01 10:02",
  "14:00 UTC = 09:00 Bogota (-05:00); same range")
P(G,"partial","nonnat","How many errors have loans since 8am?","2025-12-01 10:30",300,
  "How many errors have loans since 08:00 UTC?","2025-12-01 10:31",
  "08:00 UTC = 03:00 Bogota: 7.5 h vs 2.5 h (3x), overlap full -> partial")
P(G,"partial","mgr","Which alerts fired between 10:00 and 12:00 today?","2025-02-10 15:00",1800,
  "Which alerts fired between 10:00 and 12:00 CET today?","2025-02-10 15:02",
  "10-12 CET = 11-13 Helsinki (+02); overlap 50% -> partial")
P(G,"hit","sre","deploys yesterday","2025-05-21 09:00",1800,
  "deploys tuesday","2025-05-21 09:01",
  "asked Wednesday: yesterday = Tuesday")
P(G,"miss","sre","deploys yesterday","2025-05-21 09:00",1800,
  "deploys monday","2025-05-21 09:02",
  "asked Wednesday: yesterday = Tuesday vs Monday, no overlap -> miss")
P(G,"partial","polite","Could you show me the critical alerts from this morning?","2025-03-04 15:00",1800,
  "Could you show me the critical alerts from the last 9 hours?","2025-03-04 15:01",
  "this morning at 15:00 = [06:00,12:00]; last 9h = [06:00,15:00]; end 3 h apart -> partial")
P(G,"partial","junior","5xx on rgw last 30 mins","2025-04-15 10:00",300,
  "5xx on rgw last hr","2025-04-15 10:01",
  "2x longer, contains it -> partial")
P(G,"partial","mgr","How many incidents have we had this quarter?","2025-08-20 10:00",3600,
  "How many incidents have we had this month?","2025-08-20 10:01",
  "quarter [Jul 1, t] vs month [Aug 1, t]: 2.6x, nested -> partial")
P(G,"miss","promql","count ingest jobs failed last 90 days","2025-09-04 09:00",3600,
  "count ingest jobs failed last 1h","2025-09-04 09:01",
  "lengths differ 2160x -> miss")
P(G,"partial","night","list crit alerts since 2am","2025-10-20 05:00",600,
  "list crit alerts from 2am to 4am","2025-10-20 05:01",
  "[02:00,05:00] vs [02:00,04:00]; end 1 h apart > 18 min -> partial")
P(G,"hit","chatty","how many alerts fired this arvo?","2025-11-26 20:00",1800,
  "how many alerts fired between 12 and 6pm?","2025-11-26 20:02",
  "this afternoon asked at 20:00 = [12:00,18:00]")
P(G,"hit","nonnat","The incidents of patron-auth in last week, please","2025-12-15 09:00",1800,
  "The incidents of patron-auth in last 7 days, please","2025-12-15 09:03",
  "last week = rolling 7 d")
P(G,"partial","junior","crit alerts yday","2025-01-16 09:00",1800,
  "crit alerts last 3 days","2025-01-16 09:01",
  "yesterday inside last 3 d; 3x -> partial")
P(G,"partial","sre","deploys since apr 20","2025-04-22 10:00",1800,
  "deploys last 48h","2025-04-22 10:01",
  "[Apr 20 00:00, t] = 58 h vs 48 h; start 10 h apart > 8.7 h (15% of 58 h) -> partial")
P(G,"hit","mgr","How many deploys in the last 2 hours?","2025-06-04 14:00",600,
  "How many deploys between 12:00 and 14:00?","2025-06-04 14:01",
  "same range")
P(G,"miss","promql","5xx for loan-service in the last 6h","2025-07-22 14:00",600,
  "5xx for loan-service between 02:00 and 05:00","2025-07-22 14:01",
  "[08:00,14:00] vs [02:00,05:00]: no overlap -> miss")
P(G,"miss","chatty","how many alerts in the last hour?","2025-01-13 10:00",3600,
  "how many alerts in the last hour?","2025-01-13 11:30",
  "re-asked 90 min later: no overlap and stale -> miss")
P(G,"partial","chatty","how many alerts in the last hour?","2025-01-13 14:00",3600,
  "how many alerts in the last hour?","2025-01-13 14:50",
  "re-asked 50 min later: overlap 17% < 25% but answer still fresh -> rule 3 exception -> partial")

# ---------------------------------------------------------------- scope (50)
G = "scope"
P(G,"partial","sre","crit alerts all services 1h","2025-01-07 09:00",300,
  "crit alerts loans 1h","2025-01-07 09:01","all vs one: nested")
P(G,"partial","polite","Could you please list the alerts in ap-southeast-2 today?","2025-02-03 10:00",900,
  "Could you please list the alerts on prod-syd-1 today?","2025-02-03 10:01","cluster inside region: nested")
P(G,"partial","junior","how many 5xx on loans last hr","2025-03-03 11:00",300,
  "how many 503s on loans last hr","2025-03-03 11:01","5xx superset of 503: nested")
P(G,"partial","mgr","How many incidents did we have in production this week?","2025-04-02 15:00",1800,
  "How many incidents did we have on prod-sto-1 this week?","2025-04-02 15:01","prod superset of one prod cluster")
P(G,"partial","promql",'sum(rate(http_requests_total{namespace="circ",code=~"5.."}[5m])) last 1h',"2025-05-05 12:00",300,
  'sum(rate(http_requests_total{namespace="circ",service="hold-queue",code=~"5.."}[5m])) last 1h',"2025-05-05 12:01","namespace superset of one service in it")
P(G,"partial","night","list alerts circulation team last 1h","2025-06-06 02:00",300,
  "list alerts hold-queue last 1h","2025-06-06 02:01","team superset of one of its services")
P(G,"partial","chatty","how many deploys to prod today, mate?","2025-07-04 14:00",600,
  "how many deploys to prod-syd-2 today, mate?","2025-07-04 14:01","prod vs one prod cluster")
P(G,"partial","nonnat","The errors of all endpoints of loan-service in last hour","2025-08-01 10:00",300,
  "The errors of /v2/loans/checkout in last hour","2025-08-01 10:01","all endpoints superset of one")
P(G,"partial","sre","restarts all ns 24h","2025-09-01 08:00",900,
  "restarts ns circ 24h","2025-09-01 08:01","all namespaces superset of circ")
P(G,"miss","polite","Could you list the warning alerts in ap-southeast-2 this morning?","2025-10-02 11:00",900,
  "Could you list the warning alerts on prod-ore-1 this morning?","2025-10-02 11:01","prod-ore-1 is in us-west-2, not inside ap-southeast-2: sibling location")
P(G,"miss","junior","alerts on prod-syd-1 today","2025-11-03 12:00",600,
  "alerts on prod-syd-2 today","2025-11-03 12:01","sibling clusters")
P(G,"partial","mgr","How many incidents did the discovery team have this month?","2025-12-08 09:00",3600,
  "How many incidents did catalog-search have this month?","2025-12-08 09:01","team superset of one of its services")
P(G,"miss","promql",'sum(rate(http_requests_total{service="reader-gateway",code=~"5.."}[5m])) last 1h',"2025-01-20 15:00",300,
  'sum(rate(http_requests_total{service="reader-gateway",code=~"4.."}[5m])) last 1h',"2025-01-20 15:01","sibling status class 5xx vs 4xx")
P(G,"hit","night","list alerts prod last 1h","2025-02-24 03:00",300,
  "list alerts production last 1h","2025-02-24 03:01","prod = production, same scope")
P(G,"hit","chatty","any errors on the lending service in the last hour?","2025-03-24 10:00",300,
  "any 5xx on loans in the last hour?","2025-03-24 10:01","errors of a service = 5xx; lending = loans")
P(G,"partial","nonnat","Alerts in all regions today, please","2025-04-21 09:00",900,
  "Alerts in eu-north-1 today, please","2025-04-21 09:01","all regions superset of one")
P(G,"miss","sre","alerts prod excluding prod-syd-1 1h","2025-05-26 09:00",300,
  "alerts prod-syd-1 1h","2025-05-26 09:01","complement: excluding X vs X")
P(G,"partial","polite","Could you show all Kubernetes events in the access namespace over the last hour?","2025-06-23 10:00",300,
  "Could you show the Kubernetes events for patron-auth pods in the access namespace over the last hour?","2025-06-23 10:01","namespace superset of one service's pods")
P(G,"partial","junior","crit alerts all teams today","2025-07-21 13:00",600,
  "crit alerts access team today","2025-07-21 13:01","all teams superset of one team")
P(G,"miss","mgr","How many incidents did all teams except access have this week?","2025-08-25 10:00",1800,
  "How many incidents did the access team have this week?","2025-08-25 10:01","complement excluding X vs X")
P(G,"miss","promql",'count(ALERTS{env="prod",alertstate="firing"}) now',"2025-09-08 11:00",120,
  'count(ALERTS{cluster="stg-ore-1",alertstate="firing"}) now',"2025-09-08 11:01","staging cluster is not inside prod: sibling environment")
P(G,"partial","night","list not ready pods all ns now","2025-10-06 04:00",120,
  "list not ready pods ns disco now","2025-10-06 04:01","all namespaces superset of disco (same NOT ready on both sides)")
P(G,"partial","chatty","show us the slow traces for the whole reader in the last hour","2025-11-10 11:00",300,
  "show us the slow traces for /opds/feed on the reader in the last hour","2025-11-10 11:01","whole service superset of one endpoint")
P(G,"partial","nonnat","How many 5xx have loans in last hour?","2025-12-12 10:00",300,
  "How many 500 have loans in last hour?","2025-12-12 10:01","5xx superset of 500")
P(G,"partial","sre","deploys ns disco 7d","2025-01-27 09:00",1800,
  "deploys ingest-worker 7d","2025-01-27 09:01","namespace disco superset of ingest-worker")
P(G,"hit","polite","Could you list the alerts across all clusters over the last hour?","2025-02-17 10:00",300,
  "Could you list the alerts on every cluster over the last hour?","2025-02-17 10:01","all clusters = every cluster")
P(G,"miss","junior","503s on rgw last 1h","2025-03-17 14:00",300,
  "502s on rgw last 1h","2025-03-17 14:01","sibling status codes")
P(G,"partial","mgr","How many incidents did we have in eu-north-1 this month?","2025-04-14 09:00",3600,
  "How many incidents did we have on prod-sto-1 this month?","2025-04-14 09:01","cluster inside region")
P(G,"partial","promql",'sum(rate(http_requests_total{service="catalog-search"}[5m])) last 3h',"2025-05-12 16:00",600,
  'sum(rate(http_requests_total{service="catalog-search",endpoint="/search"}[5m])) last 3h',"2025-05-12 16:01","service superset of one endpoint")
P(G,"miss","night","list crit alerts prod last 1h","2025-06-16 02:00",300,
  "list crit alerts outside prod last 1h","2025-06-16 02:01","complement prod vs outside prod")
P(G,"partial","chatty","how's the cpu on all the circ pods this arvo?","2025-07-14 15:00",600,
  "how's the cpu on the loans pods this arvo?","2025-07-14 15:01","namespace circ superset of loan-service pods")
P(G,"partial","nonnat","Incidents of all services in last 24 hours","2025-08-18 09:00",900,
  "Incidents of the NSC tenant in last 24 hours","2025-08-18 09:01","all incidents superset of one tenant")
P(G,"partial","sre","alerts us-west-2 1h","2025-09-15 10:00",300,
  "alerts prod-ore-1 1h","2025-09-15 10:01","cluster inside region")
P(G,"miss","polite","Could you show me the errors for the access team's services today?","2025-10-13 12:00",900,
  "Could you show me the errors for the circulation team's services today?","2025-10-13 12:01","sibling teams")
P(G,"partial","junior","alerts all envs last 1h","2025-11-17 10:00",300,
  "alerts stg last 1h","2025-11-17 10:01","all environments superset of staging")
P(G,"partial","mgr","How many 5xx errors has the whole platform returned today?","2025-12-15 14:00",900,
  "How many 503 errors has the reader gateway returned today?","2025-12-15 14:01","doubly nested: all services and 5xx superset of one service and 503")
P(G,"partial","promql",'{namespace="access"} |= "error" last 1h',"2025-01-06 13:00",300,
  '{namespace="access", app="patron-auth"} |= "error" last 1h',"2025-01-06 13:01","namespace superset of one app")
P(G,"partial","night","list alerts holds prod-syd-1 last 1h","2025-02-10 01:00",300,
  "list alerts holds prod last 1h","2025-02-10 01:01","one prod cluster inside prod (B is wider)")
P(G,"partial","chatty","any deploys to prod-syd-1 today?","2025-03-10 12:00",600,
  "any deploys to prod-syd-1 and prod-syd-2 today?","2025-03-10 12:01","one cluster inside a set of two")
P(G,"partial","nonnat","Latency of all the endpoints of patron-auth in last hour","2025-04-28 10:00",300,
  "Latency of /auth/token in last hour","2025-04-28 10:01","service superset of one endpoint")
P(G,"hit","sre","events ns circ 1h","2025-05-19 09:00",300,
  "events namespace circ 1h","2025-05-19 09:01","ns = namespace")
P(G,"hit","polite","Could you list the incidents for every team during the last day?","2025-06-30 10:00",1800,
  "Could you list the incidents for all teams during the last 24 hours?","2025-06-30 10:01","every team = all teams; last day = 24 h")
P(G,"partial","junior","warn alerts ingest last 1h","2025-07-28 11:00",300,
  "warn alerts ingest in stg last 1h","2025-07-28 11:01","no env vs staging: nested")
P(G,"miss","mgr","How many critical alerts fired on prod-sto-1 today?","2025-08-04 10:00",900,
  "How many critical alerts fired on prod-ore-1 today?","2025-08-04 10:01","sibling clusters")
P(G,"partial","promql",'sum(rate(http_requests_total{service="hold-queue",code="503"}[5m])) last 1h',"2025-09-29 12:00",300,
  'sum(rate(http_requests_total{service="hold-queue",code=~"5.."}[5m])) last 1h',"2025-09-29 12:01","503 inside 5xx (B wider)")
P(G,"miss","night","count restarts ns disco 1h","2025-10-27 03:00",300,
  "count restarts ns access 1h","2025-10-27 03:01","sibling namespaces")
P(G,"partial","chatty","any alerts for the whole NSC tenant today?","2025-11-24 09:00",600,
  "any alerts for NSC on the lending service today?","2025-11-24 09:01","tenant-wide superset of one service for that tenant")
P(G,"partial","nonnat","The errors of the team circulation today","2025-12-22 11:00",900,
  "The errors of hold-queue today","2025-12-22 11:01","team superset of one of its services")
P(G,"partial","sre","alerts prod all regions 1h","2025-01-13 09:00",300,
  "alerts prod ap-southeast-2 1h","2025-01-13 09:01","all regions superset of one")
P(G,"partial","polite","Could you list the deploys to staging this week?","2025-02-26 10:00",1800,
  "Could you list the deploys to stg-ore-1 this week?","2025-02-26 10:01","staging superset of its cluster")

SPLITS = ("dev18", "test18")

def main():
    counters = {}
    out = []
    for n, (group, expect, voice, aq, aat, ttl, bq, bat, note) in enumerate(PAIRS, 1):
        tz = VOICES[voice]
        counters[group] = counters.get(group, 0) + 1
        split = SPLITS[0] if counters[group] % 2 == 1 else SPLITS[1]
        rec = {"id": "p18-%04d" % n, "group": group, "split": split, "expect": expect,
               "a": {"q": aq, "at": iso(aat, tz), "tz": tz, "ttl": ttl},
               "b": {"q": bq, "at": iso(bat, tz), "tz": tz},
               "note": note}
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open("pairs.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d pairs: %s" % (len(out), counters))

if __name__ == "__main__":
    main()
