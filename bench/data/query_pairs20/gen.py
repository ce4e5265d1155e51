#!/usr/bin/env python3
"""Writer 20 (Kilnworks pottery-studio platform): 240 hand-typed cache question pairs -> pairs.jsonl."""
import json, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VOICES = {
    "CH": "America/Chicago",      # Dmitri, SRE, terse shorthand
    "MA": "Europe/Madrid",        # Lucia, ops engineer, non-native English
    "YA": "Asia/Yangon",          # Thiha, support engineer, very polite (+06:30)
    "LA": "America/Los_Angeles",  # Karen, engineering manager, prose
    "LO": "Europe/London",        # Owen, platform engineer, pastes PromQL/LogQL
    "TO": "Asia/Tokyo",           # Haruto, DBA, formal, ISO/UTC timestamps
    "ME": "Australia/Melbourne",  # Jaz, night on-call, typos and chat slang
    "NA": "Africa/Nairobi",       # Wanjiru, SRE lead, lowercase one-liners
}

# (voice, expect, a_q, a_wall, a_ttl_s, b_q, b_wall ("HH:MM" = same date as a), note)
PARAPHRASE = [
 ("CH","hit","how many crit alerts kilnsched last 1h?","2026-02-10 09:00",600,"# critical alerts firing-scheduler past hour","09:04","kilnsched=firing-scheduler, crit=critical, 1h=past hour; 4 min later, fresh (600s), shift 4 min <= max(9,5) min"),
 ("CH","hit","prod 5xx glaze-catalog 24h","2026-02-10 14:20",3600,"glaze shop errors in production, past day","14:50","'errors' of a service = 5xx, prod=production, past day=24h; shift 30 min <= 3.6 h, fresh"),
 ("CH","partial","deploys to booker 7d","2026-02-11 08:00",1800,"studio-booking deploys last week","09:15","booker=studio-booking, last week=rolling 7d; ranges match but 75 min > 1800s TTL -> stale same question = partial"),
 ("CH","hit","kt p95 ingest latency 6h","2026-04-14 11:00",900,"95th percentile ingest latency on telemetry, last 6 hours","11:10","kt=telemetry=kiln-telemetry, p95=95th percentile; shift 10 min <= 54 min, fresh"),
 ("CH","partial","queue depth firing-scheduler now","2026-04-14 16:00",600,"kilnsched queue depth rn","16:08","same 'now' question 8 min later: windows [t-5m,t] don't overlap, but answer still fresh (600s) -> rule 3 exception = partial"),
 ("MA","hit","How many alerts critical has the scheduler of firings in the last hour, please?","2026-05-06 10:00",900,"Critical alerts for firing-scheduler in last 60 minutes, how many?","10:05","same count, 'scheduler of firings'=firing-scheduler; shift 5 min <= 9 min, fresh"),
 ("MA","hit","Which deploys were made on the glazes service yesterday?","2026-05-06 09:30",86400,"Give me the list of deploys of glaze-catalog from yesterday","17:00","glazes=glaze-catalog; both 'yesterday' = May 5 local, same list, fresh (86400s)"),
 ("MA","partial","How many incidents had the payments yesterday?","2026-05-07 09:00",3600,"Incidents count for clay-payments yesterday?","13:00","same question and same day (May 6), but 4 h > 3600s TTL -> partial"),
 ("MA","hit","Is up the booking service now?","2026-05-07 12:00",120,"studio-booking is healthy at this moment?","12:01","status now both, 'is X up'='is X healthy'; 1 min later, windows match within 5 min, fresh"),
 ("MA","hit","The error rate of checkout endpoint in claypay for the last 30 minutes","2026-06-02 15:00",600,"clay-payments /checkout error rate last half hour","15:03","claypay=clay-payments, half hour=30 min; shift 3 min <= max(4.5,5) min, fresh"),
 ("YA","hit","Could you kindly tell me how many warning alerts the notifier raised today?","2026-01-20 11:00",1800,"Good morning, may I please know the count of warn alerts for class-notify so far today?","11:20","notifier=class-notify, warn=warning, today=so far today; end differs 20 min <= 15% of 11 h, fresh"),
 ("YA","hit","Would you please list the open incidents for the glaze catalog over the past 24 hours?","2026-01-20 14:00",3600,"Sorry to bother again - which incidents are still open on glaze-catalog in the last 24h?","14:30","same list of open incidents; shift 30 min <= 3.6 h, fresh"),
 ("YA","partial","May I ask for the memory usage trend of kiln-telemetry over the last 7 days?","2026-01-21 09:00",7200,"Kindly show the memory trend for telemetry for the past week","12:00","same trend, past week=7d, ranges match but 3 h > 7200s TTL -> partial"),
 ("YA","hit","Please could you count the deploys to production this week?","2026-01-22 16:00",3600,"Could you tell me how many prod deploys we have had since Monday?","16:25","this week = since Monday (Mon Jan 19 00:00); end shift 25 min, fresh"),
 ("YA","partial","Kindly tell me the 5xx count for studio-booking in the last 1 hour","2026-01-22 10:00",3600,"Please, how many 5xx for the booking service in the past hour?","10:30","same question, fresh, but 1 h window moved 30 min > max(9,5) min (overlap 50%) -> partial"),
 ("LA","hit","Can someone give me a count of critical incidents on the payments service over the last 30 days?","2026-07-13 09:00",21600,"For my monthly review: number of critical incidents for claypay in the last month?","13:00","last month = 30 d rolling; shift 4 h <= 4.5 d, fresh (21600s)"),
 ("LA","hit","I'd like to understand how many deploys the booking service shipped last week.","2026-07-13 10:00",7200,"How many times did we deploy studio-booking over the past 7 days?","11:30","last week = rolling 7 d; shift 90 min, fresh"),
 ("LA","partial","What's the p99 latency been looking like for the glaze search endpoint over the last 24 hours?","2026-07-14 08:00",1800,"Where is p99 latency on /glazes/search for the past day?","09:00","same endpoint and statistic, 24h=past day, but 1 h > 1800s TTL -> partial"),
 ("LA","hit","Give me a sense of how many alerts fired for the firing scheduler this morning.","2026-07-14 11:30",1800,"Roughly how many alerts did kilnsched fire since 6am?","11:40","this morning = [06:00, 11:30]; since 6am = [06:00, 11:40]; end shift 10 min <= 50 min, fresh"),
 ("LA","hit","Are there any open incidents right now across production?","2026-07-15 17:00",300,"Currently, any open prod incidents?","17:02","right now = currently; 2 min later within 5 min tolerance and 300s TTL"),
 ("LO","hit",'sum(rate(http_requests_total{service="glaze-catalog",code=~"5.."}[5m])) over the last 3h',"2026-09-08 13:00",900,"glaze-catalog 5xx request rate, past 3 hours","13:10","same 5xx rate of glaze-catalog; shift 10 min <= 27 min, fresh"),
 ("LO","hit",'{app="kiln-telemetry"} |= "error" - count of error log lines last 1h',"2026-09-08 14:00",600,"how many error lines in the kt logs in the past 60m","14:05","same log stream and filter, count; shift 5 min <= 9 min, fresh"),
 ("LO","partial",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="studio-booking"}[5m]))) last 24h',"2026-09-09 09:00",3600,"95th percentile latency for bookings over past day","11:00","same p95 latency of studio-booking; 2 h > 3600s TTL -> partial"),
 ("LO","hit",'max(container_memory_working_set_bytes{namespace="shop"}) right now',"2026-09-09 10:00",120,"peak working-set memory in ns shop atm","10:01","max=peak, ns=namespace, atm=now; 1 min later, fresh"),
 ("LO","partial",'count_over_time({app="class-notify"} |= "bounce" [1h]) for the last hour',"2026-09-10 16:00",1800,"class emails bounce log lines in the last hour?","16:25","class emails=class-notify; fresh but 1 h window moved 25 min > 9 min (overlap 58%) -> partial"),
 ("TO","hit","Please report the number of KilnOverTemp alerts since 2026-03-02T00:00Z.","2026-03-02 15:00",1800,"How many KilnOverTemp alerts have fired since 9:00 this morning?","15:10","00:00Z = 09:00 JST: both [09:00 JST, t]; end shift 10 min <= 54 min, fresh"),
 ("TO","hit","I would like the list of deployments to raku-us-1 yesterday.","2026-03-03 10:00",43200,"Please enumerate yesterday's deployments on cluster raku-us-1.","14:00","same list, yesterday = Mar 2 JST both times, fresh"),
 ("TO","partial","Kindly provide the CPU utilisation trend of pg-shop-primary for the last 12 hours.","2026-03-03 20:00",1800,"What is the CPU usage trend on the pg-shop-primary host over the past 12h?","21:00","same trend; 1 h > 1800s TTL -> partial"),
 ("TO","hit","Please state the current status of the firing-scheduler.","2026-03-04 08:00",180,"Is the firing queue service up at present?","08:02","firing queue=firing-scheduler, status now both; 2 min later, fresh"),
 ("TO","hit","Please count the acknowledged alerts for team-ember in the past 24 hours.","2026-03-04 12:00",3600,"Number of acked alerts, team-ember, last 24h.","12:40","acked=acknowledged; shift 40 min <= 3.6 h, fresh"),
 ("ME","hit","yo hw many crit alrts on telemtry last 2 hrs","2026-08-18 10:00",900,"kt critical alerts past 2h pls","10:08","typos ignored, telemtry=kt=kiln-telemetry; shift 8 min <= 18 min, fresh"),
 ("ME","hit","any deploys 2 the glaze shop 2day??","2026-08-18 15:00",1800,"any glaze-catalog deploys so far today?","15:10","glaze shop=glaze-catalog, 2day=today; end shift 10 min, fresh"),
 ("ME","partial","is claypay up rn","2026-08-19 09:00",600,"clay-payments healthy atm?","09:09","same status-now question 9 min later: windows don't overlap but answer fresh -> rule 3 exception = partial"),
 ("ME","hit","top 5 alertnames 4 booker last 24h lol","2026-08-19 11:00",3600,"wat r the top 5 alerts by name on studio-booking past day","11:45","same ranking; shift 45 min <= 3.6 h, fresh"),
 ("ME","partial","notify errors last 6h?","2026-08-20 08:00",1200,"class-notify 5xx past 6 hours","08:30","errors=5xx, same question, shift ok but 30 min > 1200s TTL -> partial"),
 ("NA","hit","warning alerts on bisque-eu-1 since 06:00 utc","2026-10-13 12:00",900,"warn alerts bisque-eu-1 since 9am","12:05","06:00 UTC = 09:00 EAT (+03:00): same start; end shift 5 min, fresh"),
 ("NA","hit","list firing alerts for the scheduler right now","2026-10-13 13:00",120,"what alerts are firing on firing-scheduler currently","13:01","right now=currently, same list; 1 min later, fresh"),
 ("NA","partial","pod restarts for kiln-telemetry last 24h","2026-10-14 08:00",3600,"how many times did kt pods restart in the past 24 hours","12:00","same question; 4 h later: stale (3600s) and shift 4 h > 3.6 h (overlap 83%) -> partial"),
 ("NA","hit","count of 503s on /checkout last 15m","2026-10-14 16:00",300,"/checkout 503 count past 15 minutes","16:03","shift 3 min <= max(2.25,5) min, fresh"),
 ("NA","hit","incidents opened this week for team-wedge","2026-10-16 10:00",3600,"team-wedge: incidents opened since monday","10:30","this week = since Monday (Oct 12 00:00); end shift 30 min, fresh"),
 ("CH","hit","slip team alerts 12h","2026-02-12 07:00",1800,"alerts for team-slip, last 12 hours","07:20","slip team=team-slip; shift 20 min <= 108 min, fresh"),
 ("CH","hit","pg repl lag pg-shop-replica-1 last 30m max","2026-02-12 21:00",300,"max replication lag on pg-shop-replica-1 past half hour","21:04","same max of replication lag; shift 4 min <= 5 min, fresh"),
 ("CH","partial","deploys prod today","2026-02-13 09:00",900,"production deploys today?","15:00","today [00:00,09:00] vs [00:00,15:00]: end off 6 h > 81 min and stale -> same question = partial"),
 ("MA","hit","How many PodCrashLooping alerts are active now in namespace firing?","2026-05-08 11:00",180,"Active PodCrashLooping alerts in ns firing at this moment, how much?","11:02","ns=namespace, now=at this moment; 2 min later, fresh"),
 ("MA","hit","The disk latency of pg-shop-primary during the last 2 hours, please","2026-05-08 18:00",600,"pg-shop-primary disk latency last 120 minutes","18:06","2 hours = 120 min; shift 6 min <= 18 min, fresh"),
 ("MA","partial","Show me the logs of error from glaze-catalog in the last 15 minutes","2026-06-03 12:00",600,"error logs for glazes, last 15 min","12:09","fresh (540s) but window moved 9 min > max(2.25,5) min, overlap 40% -> partial"),
 ("YA","hit","Would you be so kind as to list the deploys to staging yesterday?","2026-01-23 09:00",86400,"May I please see the stg deployments from Thursday?","10:00","asked Friday: yesterday = Thursday Jan 22, stg=staging; fresh"),
 ("YA","hit","Could you please tell me the ThermoIngestLag alerts count in the last 48 hours?","2026-01-26 10:00",3600,"I would be grateful to know how many ThermoIngestLag alerts fired over the past 2 days.","10:30","48 h = 2 days; shift 30 min <= 7.2 h, fresh"),
 ("YA","partial","Please may I know the current queue depth of the firing scheduler?","2026-01-26 14:00",60,"Sorry, again: firing-scheduler queue depth right now?","14:03","windows match (3 min <= 5 min) but answer older than 60s TTL -> partial"),
 ("LA","hit","What did the on-call see in terms of alerts on the booking platform overnight?","2026-07-16 08:30",7200,"Recap for me: alerts on studio-booking last night, between 10pm and 6am.","09:00","overnight = last night = [Jul 15 22:00, Jul 16 06:00]; fresh"),
 ("LA","hit","How is the error rate trending for the payments service this afternoon?","2026-07-16 15:00",900,"Trend of clay-payments error rate since noon?","15:10","this afternoon = [12:00,15:00]; since noon = [12:00,15:10]; end shift 10 min <= 27 min, fresh"),
 ("LA","partial","How many incidents did we have in production this month?","2026-07-20 09:00",3600,"Production incident count month-to-date?","2026-07-21 09:00","this month = month-to-date, ranges within tolerance (24 h <= 15% of ~19 d) but a day old > TTL -> partial"),
 ("LO","hit",'topk(3, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="firing"}[5m]))) right now',"2026-09-11 10:00",120,"top 3 pods by CPU in the firing namespace at the moment","10:02","same top-3 ranking, now; 2 min later, fresh"),
 ("LO","hit",'{namespace="studio", app="studio-booking"} |= "timeout" - count of lines in the last 30m',"2026-09-11 11:00",600,"booker logs containing timeout, past half hour, how many lines","11:04","booker=studio-booking, 30m=half hour; shift 4 min <= 5 min, fresh"),
 ("LO","partial",'rate(payment_auth_failures_total{service="clay-payments"}[5m]) over the last 6h',"2026-09-14 09:00",1800,"claypay auth failure rate, last 6 hours","10:10","same series; 70 min > 1800s TTL -> partial"),
 ("TO","hit","Please provide the count of resolved incidents for glaze-catalog between 09:00 and 12:00 today.","2026-03-05 13:00",3600,"How many glaze-catalog incidents were resolved from 9am to noon today?","13:30","same fixed range [09:00,12:00] JST, fresh"),
 ("TO","hit","Kindly list all alerts for host kt-ingest-03 since 2026-03-05T22:00Z.","2026-03-06 09:00",900,"Alerts on kt-ingest-03 since 7am JST, please list.","09:05","22:00Z = 07:00 JST next day: same start; end shift 5 min, fresh"),
 ("TO","partial","What is the 50th percentile response time of /api/v2/firings over the past hour?","2026-03-09 10:00",3600,"Median latency for /api/v2/firings, last hour, please.","10:20","median = p50; fresh but window moved 20 min > 9 min -> partial"),
 ("ME","hit","hw many warn alrts on the notifier ovr the weekend","2026-08-24 09:00",7200,"class-notify warning alerts sat+sun?","09:30","asked Monday: weekend = Sat Aug 22 00:00 - Mon 00:00 = sat+sun; fresh"),
 ("ME","hit","bookings p95 15 min","2026-08-24 13:00",300,"studio-booking 95th pctl latency last 15 mins","13:03","p95 = 95th percentile; shift 3 min <= 5 min, fresh"),
 ("ME","partial","r there any open incidents 4 kt atm","2026-08-25 10:00",900,"kiln-telemetry open incidents rn?","10:12","same 'now' question re-asked 12 min later while fresh: no overlap, rule 3 exception -> partial"),
 ("NA","hit","deploys to raku-us-1 in the past 6h","2026-10-19 15:00",1200,"raku-us-1 deployments last six hours","15:15","shift 15 min <= 54 min, fresh"),
 ("NA","hit","ns shop memory trend last 3 days","2026-10-20 09:00",3600,"memory trend for namespace shop, past 72h","09:45","3 days = 72 h; shift 45 min, fresh"),
 ("NA","partial","how many FiringQueueBacklog alerts today","2026-10-20 06:00",1800,"firingqueuebacklog alert count so far today","10:00","case ignored; today [00:00,06:00] vs [00:00,10:00]: end off 4 h > 54 min, and stale -> partial"),
 ("CH","hit","catalog 5xx 01:00-03:00","2026-02-14 08:00",3600,"glaze-catalog errors between 1am and 3am","08:30","catalog=glaze-catalog, errors=5xx; same range [01:00,03:00] today, fresh"),
 ("MA","hit","How much incidents we had in staging the last 14 days?","2026-06-04 10:00",7200,"Incidents in stg, last two weeks, the count","11:00","stg=staging, 14 d = two weeks; shift 1 h, fresh"),
 ("YA","hit","May I kindly have the list of currently firing alerts in region ap-east?","2026-01-27 15:00",120,"Could you show which alerts are firing in ap-east at the moment, please?","15:01","currently = at the moment; 1 min later, fresh"),
 ("LA","partial","What's our alert volume for the ember team over the last 24 hours?","2026-07-21 10:00",3600,"Alert count for team-ember in the past 24h?","14:30","same question; stale and window moved 4.5 h > 3.6 h (overlap 81%) -> partial"),
 ("TO","hit","Please give the maximum kiln_temp_celsius for Kiln 14 in the last 4 hours.","2026-03-10 18:00",600,"Highest temperature recorded by Kiln 14 over the past four hours?","18:08","max = highest of the kiln temperature series; shift 8 min <= 36 min, fresh"),
 ("ME","partial","clay pay /checkout 5xx last 1h","2026-08-26 20:00",3600,"claypay checkout errors past hour","20:40","fresh but window moved 40 min > 9 min (overlap 33%) -> partial"),
]

NEAR = [
 ("CH","miss","crit alerts kilnsched 1h","2026-02-16 10:00",900,"warn alerts kilnsched 1h","10:02","sibling severity critical vs warning"),
 ("CH","partial","crit alerts kilnsched 1h","2026-02-16 11:00",900,"all alerts kilnsched 1h","11:02","nested filter: all severities contain critical"),
 ("CH","miss","non-crit alerts telemetry 24h","2026-02-16 12:00",3600,"crit alerts telemetry 24h","12:05","complement: non-critical vs critical"),
 ("CH","miss","cpu kt-ingest-02 6h","2026-02-17 09:00",900,"mem kt-ingest-02 6h","09:03","different measured quantity: cpu vs memory"),
 ("CH","partial","p50 booker latency 1h","2026-02-17 14:00",600,"p99 booker latency 1h","14:02","another statistic of the same latency series"),
 ("CH","miss","500s on /checkout 30m","2026-02-17 16:00",600,"503s on /checkout 30m","16:02","sibling status code 500 vs 503"),
 ("CH","partial","5xx /checkout 30m","2026-02-18 16:00",600,"503s /checkout 30m","16:03","nested: 5xx contains 503"),
 ("MA","miss","How many alerts firing had clay-payments in the last 24 hours?","2026-05-11 10:00",3600,"And how many alerts resolved in the last 24 hours for clay-payments?","10:03","sibling alert state firing vs resolved"),
 ("MA","partial","List me the incidents of glaze-catalog this week","2026-05-13 11:00",3600,"How many incidents glaze-catalog has this week?","11:05","different intent (list vs count) over the same data"),
 ("MA","miss","Deploys of glaze-catalog yesterday","2026-05-13 09:00",86400,"Incidents of glaze-catalog yesterday","09:10","different subject: deploys vs incidents"),
 ("MA","miss","Alerts of firing-scheduler excluding the FiringQueueBacklog, last 6 hours","2026-05-14 15:00",900,"Only the FiringQueueBacklog alerts of firing-scheduler, last 6 hours","15:05","complement: excluding FiringQueueBacklog vs only FiringQueueBacklog"),
 ("MA","partial","Error logs of class-notify last 2 hours","2026-05-14 17:00",900,"Error logs of class-notify last 2 hours, only the ones with 'smtp timeout'","17:04","nested filter: error logs contain those matching 'smtp timeout'"),
 ("YA","miss","Could you kindly tell me the read IOPS on pg-shop-primary over the last hour?","2026-01-28 10:00",900,"And may I please know the write IOPS on pg-shop-primary over the last hour?","10:03","read vs write are different quantities"),
 ("YA","miss","Could you please tell me disk IOPS for pg-shop-replica-1 in the past 3 hours?","2026-01-28 13:00",900,"May I also know the disk latency for pg-shop-replica-1 in the past 3 hours?","13:04","disk IOPS vs disk latency: different subject"),
 ("YA","partial","Would you kindly show the trend of critical alerts for kiln-telemetry over the past 7 days?","2026-01-29 09:00",7200,"May I know the total number of critical alerts for kiln-telemetry over the past 7 days?","09:20","different intent (trend vs count) over the same data"),
 ("YA","miss","Please, which pods are NOT ready in namespace studio right now?","2026-01-29 14:00",120,"Please, which pods are ready in namespace studio right now?","14:01","negation: NOT ready vs ready"),
 ("YA","partial","Kindly list warning-and-above alerts for glaze-catalog today","2026-01-30 11:00",1800,"Could you list only the critical alerts for glaze-catalog today?","11:10","nested: warning-and-above contains critical"),
 ("LA","miss","How many incidents did the Wedge team own this month?","2026-07-22 10:00",3600,"How many incidents did the Slip team own this month?","10:05","sibling team"),
 ("LA","partial","What were the top 5 noisiest alerts for payments last week?","2026-07-22 11:00",7200,"How many alerts did payments get last week in total?","11:10","ranking vs count over the same alerts"),
 ("LA","miss","Which kilns ran above 1300C in the last 24 hours?","2026-07-23 09:00",3600,"Which kilns stayed below 1300C in the last 24 hours?","09:05","above vs below a threshold is a complement"),
 ("LA","miss","Give me the deploy count for production this week.","2026-07-23 15:00",3600,"Give me the deploy count outside production this week.","15:05","complement: outside prod"),
 ("LA","partial","How many deploys did we do this week, all environments?","2026-07-24 10:00",3600,"How many of this week's deploys went to production?","10:05","nested: all environments contain production"),
 ("LO","miss",'rate(http_requests_total{service="glaze-catalog",code="500"}[5m]) last 1h',"2026-09-15 10:00",600,'rate(http_requests_total{service="glaze-catalog",code="502"}[5m]) last 1h',"10:02","sibling status code 500 vs 502"),
 ("LO","partial",'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="clay-payments"}[5m]))) last 30m',"2026-09-15 11:00",300,'histogram_quantile(0.90, sum by (le) (rate(http_request_duration_seconds_bucket{service="clay-payments"}[5m]))) last 30m',"11:02","p99 vs p90: another statistic of the same series"),
 ("LO","miss",'count_over_time({app="glaze-catalog", stream="access"}[15m])',"2026-09-15 12:00",300,'count_over_time({app="glaze-catalog", stream="error"}[15m])',"12:02","different log stream: access vs error"),
 ("LO","miss",'sum(rate(container_cpu_usage_seconds_total{namespace="shop"}[5m])) last 2h',"2026-09-16 09:00",600,'sum(container_memory_working_set_bytes{namespace="shop"}) last 2h',"09:03","cpu vs memory"),
 ("LO","partial",'{app="kiln-telemetry"} |= "error" last 1h - count',"2026-09-16 10:00",600,'{app="kiln-telemetry"} |= "error" |= "thermocouple" last 1h - count',"10:04","nested: extra line filter narrows the same error stream"),
 ("LO","miss","k8s events type=Warning in namespace firing, last 1h","2026-09-16 11:00",600,'ALERTS{namespace="firing", severity="warning"} last 1h',"11:03","different subject: k8s events vs alerts"),
 ("TO","miss","Please list traces slower than 2s for /api/v2/firings in the past hour.","2026-03-11 10:00",600,"Please list error logs for /api/v2/firings in the past hour.","10:04","different subject: traces vs logs"),
 ("TO","partial","Please provide the number of alerts in namespace firing for the past 12 hours.","2026-03-11 14:00",1800,"Please list the alerts in namespace firing for the past 12 hours.","14:05","count vs list over the same data"),
 ("TO","miss","What is the error rate of /glazes/search over the last 6 hours?","2026-03-12 09:00",900,"What is the latency of /glazes/search over the last 6 hours?","09:04","error rate vs latency"),
 ("TO","partial","How many alerts has kt-ingest-01 produced, all severities, in the last 24 hours?","2026-03-12 12:00",3600,"How many warning alerts has kt-ingest-01 produced in the last 24 hours?","12:10","nested: all severities contain warning"),
 ("TO","miss","Number of unacknowledged alerts for team-slip in the past 24 hours, please.","2026-03-13 09:00",3600,"Number of acknowledged alerts for team-slip in the past 24 hours, please.","09:05","complement: unacknowledged vs acknowledged"),
 ("ME","miss","how many deploys 2 glaze shop 2day","2026-08-27 14:00",1800,"how many incidents on glaze shop 2day","14:04","different subject: deploys vs incidents"),
 ("ME","miss","any KilnOverTemp alerts firing rn??","2026-08-27 16:00",120,"any ThermoIngestLag alerts firing rn??","16:01","sibling alertname"),
 ("ME","partial","list crit alrts telemetry 6h","2026-08-28 09:00",900,"how many crit alrts telemetry 6h","09:05","list vs count over the same alerts"),
 ("ME","partial","p95 bookings last 1h","2026-08-28 10:00",600,"avg latency bookings last 1h","10:02","average vs p95: another statistic of the same latency series"),
 ("ME","miss","notify errs last 1h","2026-08-28 11:00",600,"notify 4xx last 1h","11:02","errors = 5xx; 4xx is a sibling status class"),
 ("NA","miss","kilns with kiln_temp_celsius above 1250 in the last 12h","2026-10-21 10:00",1800,"kilns with kiln_temp_celsius below 1250 in the last 12h","10:05","above vs below the threshold"),
 ("NA","partial","kilns with kiln_temp_celsius above 1250 in the last 12h","2026-10-21 12:00",1800,"kilns above 1300 celsius last 12h","12:05","nested threshold: above 1300 is contained in above 1250"),
 ("NA","miss","prod deploys last 24h","2026-10-22 09:00",3600,"staging deploys last 24h","09:05","sibling environment"),
 ("NA","partial","open incidents class-notify last 7d","2026-10-22 10:00",3600,"all incidents class-notify last 7d","10:10","nested: all incidents contain open ones"),
 ("NA","miss","top 5 endpoints by 5xx on clay-payments last 6h","2026-10-22 14:00",900,"top 5 endpoints by latency on clay-payments last 6h","14:03","5xx vs latency: different measured quantity"),
 ("CH","miss","deploys kilnsched 24h","2026-02-19 10:00",1800,"deploys glaze-catalog 24h","10:02","sibling service"),
 ("CH","partial","kilnsched alerts 24h count","2026-02-19 11:00",1800,"kilnsched alerts 24h trend","11:04","count vs trend over the same alerts"),
 ("CH","hit","warn alerts telemetry 2h","2026-02-19 15:00",600,"warning alerts kiln-telemetry past 2 hours","15:03","warn=warning, telemetry=kiln-telemetry: same question; shift 3 min, fresh"),
 ("MA","miss","How many alerts critical in the last hour for kiln-telemetry?","2026-06-08 10:00",600,"How many incidents critical in the last hour for kiln-telemetry?","10:02","different subject: alerts vs incidents"),
 ("MA","partial","How many 5xx had glaze-catalog in the last 3 hours?","2026-06-08 12:00",900,"What is the trend of 5xx in glaze-catalog in the last 3 hours?","12:05","count vs trend over the same series"),
 ("MA","hit","Alerts of priority critical for the scheduler in last 2 hours","2026-06-08 15:00",900,"crit alerts firing-scheduler last 2 hours","15:05","same severity (critical) and service; shift 5 min <= 18 min, fresh"),
 ("YA","miss","Could you please list the deploys that failed for studio-booking this week?","2026-02-04 10:00",3600,"Could you please list the deploys that succeeded for studio-booking this week?","10:05","sibling deploy state failed vs succeeded"),
 ("YA","partial","Might I ask for all deploys to studio-booking this week?","2026-02-04 11:00",3600,"Might I ask for the failed deploys to studio-booking this week?","11:05","nested: all deploys contain failed ones"),
 ("YA","miss","Kindly tell me the incoming request rate to /checkout for the last 30 minutes.","2026-02-05 09:00",600,"Kindly tell me the error rate of /checkout for the last 30 minutes.","09:02","request rate vs error rate"),
 ("YA","partial","Could you please tell me the average CPU of kt-ingest-04 over the past 6 hours?","2026-02-05 10:00",900,"And the peak (max) CPU of kt-ingest-04 over the past 6 hours, please?","10:03","average vs max of the same cpu series"),
 ("LA","miss","How many incidents were opened against clay-payments in the last 30 days?","2026-07-27 09:00",21600,"How many alerts fired for clay-payments in the last 30 days?","09:30","incidents vs alerts"),
 ("LA","partial","List every incident we had on studio-booking over the last 14 days.","2026-07-27 10:00",7200,"What's the incident trend for studio-booking over the last two weeks?","10:20","list vs trend over the same incidents"),
 ("LA","miss","How many SEV1 incidents this quarter?","2026-07-28 09:00",21600,"How many SEV2 incidents this quarter?","09:10","sibling severity"),
 ("LO","partial",'sum by (code) (rate(http_requests_total{service="studio-booking",code=~"5.."}[5m])) last 1h',"2026-09-17 10:00",600,'rate(http_requests_total{service="studio-booking",code="504"}[5m]) last 1h',"10:02","nested: 5xx contains 504"),
 ("LO","miss",'rate(node_disk_reads_completed_total{instance="pg-shop-primary"}[5m]) last 3h',"2026-09-17 11:00",900,'rate(node_disk_writes_completed_total{instance="pg-shop-primary"}[5m]) last 3h',"11:03","disk reads vs writes"),
 ("LO","miss",'ALERTS{alertstate="firing", namespace="studio"} now',"2026-09-17 12:00",120,'ALERTS{alertstate="pending", namespace="studio"} now',"12:01","sibling alert state firing vs pending"),
 ("LO","hit",'{app="clay-payments"} |= "declined" - count, last 2h',"2026-09-18 09:00",900,"count of log lines with declined in claypay logs, past two hours","09:06","same stream and filter; shift 6 min <= 18 min, fresh"),
 ("TO","partial","Please list the alerts for the platform namespace from 08:00 to 11:00 today.","2026-03-16 12:00",3600,"Please count the alerts for the platform namespace from 08:00 to 11:00 today.","12:10","list vs count over the same alerts"),
 ("TO","miss","Please provide p95 latency for glaze-catalog reads in the last 2 hours.","2026-03-16 14:00",600,"Please provide p95 latency for glaze-catalog writes in the last 2 hours.","14:03","read vs write"),
 ("TO","miss","Critical alerts in production over the past 24 hours, please.","2026-03-17 09:00",3600,"Critical alerts excluding production over the past 24 hours, please.","09:05","complement: excluding production"),
 ("ME","partial","all alerts on the notifier 2day","2026-08-31 13:00",1800,"crit alerts on the notifier 2day","13:05","nested: all alerts contain critical"),
 ("ME","miss","wats the p95 on bookings last hr","2026-08-31 14:00",600,"wats the error rate on bookings last hr","14:02","latency vs error rate"),
 ("ME","miss","list acked alerts kt 12h","2026-09-01 09:00",900,"list unacked alerts kt 12h","09:03","complement: acknowledged vs unacknowledged"),
 ("NA","partial","5xx count for glaze-catalog last 6h","2026-10-23 09:00",900,"top endpoints by 5xx for glaze-catalog last 6h","09:04","count vs ranking over the same 5xx data"),
 ("NA","miss","disk latency pg-shop-primary last hour","2026-10-23 11:00",600,"disk iops pg-shop-primary last hour","11:02","disk latency vs disk IOPS"),
 ("NA","hit","number of 5xx for class-notify last 45m","2026-10-23 13:00",600,"class-notify errors last 45 minutes, count","13:04","errors = 5xx; shift 4 min <= max(6.75,5) min, fresh"),
 ("CH","partial","p95 kt ingest lag 12h","2026-02-20 08:00",900,"max kt ingest lag 12h","08:05","p95 vs max of the same ingest-lag series"),
]

TIME = [
 # DST change days in the asker's zone
 ("CH","hit","crit alerts kilnsched since 1am","2026-03-08 03:30",900,"crit alerts kilnsched last 90m","03:35","DST start: 01:00 CST -> 03:30 CDT is 1.5 h real; last 90m matches within max(13.5,5) min"),
 ("CH","partial","crit alerts kilnsched since 1am","2026-03-08 03:30",900,"crit alerts kilnsched last 2.5h","03:32","DST start: since 1am is only 1.5 h real; 2.5 h window starts 58 min earlier > 22.5 min tolerance; overlap 100% -> partial"),
 ("LA","hit","How many deploys have gone out since midnight?","2026-03-08 03:30",1800,"And over the past 2.5 hours, how many deploys?","03:34","DST start: since midnight = 2.5 h real, same as the 2.5 h window (shift 4 min), fresh"),
 ("CH","hit","5xx glaze-catalog since midnight","2026-11-01 02:30",900,"5xx glaze-catalog last 3.5h","02:35","DST end: 00:00 CDT -> 02:30 CST is 3.5 h real; windows match (5 min), fresh"),
 ("CH","partial","5xx glaze-catalog since midnight","2026-11-01 02:30",900,"5xx glaze-catalog last 2.5h","02:33","DST end: since midnight = 3.5 h real; 2.5 h window starts 63 min later > tolerance; overlap 100% of shorter -> partial"),
 ("LA","hit","What did the Wedge team's alert volume look like between midnight and 3am today?","2026-11-01 03:02",600,"team-wedge alert count over the last 4 hours?","03:05","DST end: 00:00 PDT-03:00 PST is 4 h real = last 4 h (shift 5 min), fresh"),
 ("MA","hit","How many alerts had the scheduler from 00:00 to 04:00 today?","2026-03-29 04:02",900,"Alerts of firing-scheduler in the last 3 hours, how many?","04:06","DST start: 00:00 CET-04:00 CEST is 3 h real; last 3 h shifted 6 min <= 27 min, fresh"),
 ("LO","partial",'count_over_time({app="clay-payments"} |= "declined") since midnight',"2026-03-29 03:00",900,'same query, {app="clay-payments"} |= "declined" count over the last 3 hours',"03:04","DST start: midnight GMT -> 03:00 BST is 2 h real; 3 h window starts 56 min earlier > 18 min -> partial"),
 ("LO","hit",'{app="class-notify"} |= "bounce" - count since midnight',"2026-10-25 06:00",900,"notify bounce lines, last 7 hours","06:05","DST end: 00:00 BST -> 06:00 GMT is 7 h real = last 7 h (shift 5 min), fresh"),
 ("MA","partial","The 5xx of glaze-catalog today until now","2026-10-25 04:00",900,"5xx glaze-catalog last 4 hours","04:03","DST end: today = 00:00 CEST-04:00 CET = 5 h real; 4 h window starts 63 min later > 36 min -> partial"),
 ("ME","hit","kt alerts since midnite","2026-04-05 05:00",900,"telemetry alerts past 6 hrs","05:04","DST end (Melbourne): 00:00 AEDT -> 05:00 AEST is 6 h real = past 6 h, fresh"),
 ("ME","partial","deploys 2 booker since midnite","2026-10-04 04:00",900,"studio-booking deploys last 4 hrs","04:03","DST start (Melbourne): since midnight = 3 h real; 4 h window starts 57 min earlier > 27 min -> partial"),
 ("MA","hit","How much deploys in production this morning?","2026-03-29 11:00",1800,"Production deploys in the last 5 hours?","11:05","DST day, after the change: this morning = [06:00,11:00] CEST = 5 h; shift 5 min, fresh"),
 ("LO","hit",'rate(http_requests_total{service="studio-booking",code=~"5.."}[5m]) from 00:00 to 02:00 today',"2026-10-25 02:02",1800,"booking 5xx rate, last 3 hours","02:05","DST end: 00:00 BST-02:00 GMT is 3 h real = last 3 h (shift 5 min), fresh"),
 ("ME","hit","p95 bookings 1am-4am 2day","2026-04-05 04:01",1800,"bookings p95 last 4 hrs","04:04","DST end (Melbourne): 01:00 AEDT-04:00 AEST is 4 h real; shift 4 min, fresh"),
 ("NA","hit","raku-us-1 alerts since 1am pt","2026-03-08 13:00",900,"raku-us-1 alerts last 60 min","13:04","01:00 PT on Mar 8 is still PST (-08) = 09:00Z = 12:00 EAT; 1 h window, shift 4 min"),
 # calendar boundaries
 ("CH","miss","crit alerts prod today","2026-02-23 23:50",300,"crit alerts prod today","2026-02-24 00:10","'today' crossed midnight: ranges don't overlap and answer stale -> miss"),
 ("LA","partial","How many incidents did we have today?","2026-07-26 21:00",3600,"How many incidents did we have yesterday?","2026-07-27 08:00","both cover Jul 26 (21 h vs 24 h, overlap 100%), but answer stale -> partial"),
 ("NA","miss","deploys this week","2026-10-18 22:00",3600,"deploys this week","2026-10-19 09:00","ISO week rolled over on Monday: Oct 12-18 vs Oct 19 00:00-09:00, no overlap"),
 ("YA","miss","Could you tell me the number of deploys this month?","2026-01-31 23:00",1800,"How many deploys this month, please?","2026-02-01 08:00","month rolled over: January vs Feb 1 00:00-08:00, no overlap"),
 ("TO","hit","Please give the number of alerts over the weekend.","2026-03-23 09:00",7200,"Please give the number of alerts on Saturday and Sunday.","09:30","asked Monday: weekend = Sat Mar 21 00:00 - Mon 00:00 = Saturday+Sunday; fresh"),
 ("TO","partial","Please give the number of alerts over the weekend.","2026-03-23 09:00",7200,"Please give the number of alerts for yesterday.","09:10","yesterday (Sunday) is half the weekend: overlap 100% of shorter, start 24 h off -> partial"),
 ("MA","hit","How many incidents this week?","2026-06-15 10:00",3600,"How many incidents today?","10:05","asked Monday: this week and today both start Mon 00:00; end shift 5 min"),
 ("ME","partial","kt alerts last 7 days","2026-09-07 09:00",3600,"kt alerts this week","09:05","asked Monday 09:00: this week = 9 h inside the 7 d window (ratio 18.7 < 31) -> partial"),
 ("CH","hit","kilnsched alerts this week","2026-02-22 20:00",7200,"kilnsched alerts last week","20:30","asked Sunday 20:00: this week = 164 h; rolling 7 d starts 20.5 h earlier <= 15% (24.6 h); fresh"),
 ("LA","miss","How many SEV1 incidents this month?","2026-08-01 09:00",3600,"How many SEV1 incidents in the last month?","09:05","asked on the 1st: this month = 9 h vs last month = 30 d; lengths differ 80x > 31x"),
 ("NA","partial","notify alerts since midnight","2026-10-26 00:20",900,"class-notify alerts last hour","00:25","since midnight = 20 min inside the hour window crossing midnight (ratio 3, overlap 100%) -> partial"),
 ("YA","hit","May I please know the warning alerts since 10pm yesterday?","2026-02-02 01:00",900,"Could you tell me the warning alerts in the last 3 hours?","01:05","since 22:00 yesterday = 3 h crossing midnight = last 3 h (shift 5 min), fresh"),
 ("LO","miss",'sum(increase(http_requests_total{service="glaze-catalog",code=~"5.."}[1d])) for yesterday',"2026-09-01 08:00",86400,"glaze-catalog 5xx this month","08:05","asked Sep 1: yesterday = Aug 31, this month = Sep 1 00:00-08:05, no overlap"),
 ("ME","hit","hw many deploys yday","2026-08-31 10:00",86400,"deploys on sunday?","2026-09-01 09:00","both = Sun Aug 30 (most recent Sunday, across month start); 23 h < 86400s TTL"),
 ("TO","miss","Please provide the critical alert count for yesterday.","2026-03-31 23:30",1800,"Critical alert count for yesterday, please.","2026-04-01 00:10","'yesterday' moved from Mar 30 to Mar 31 at midnight: no overlap, and answer stale (40 min > 1800s)"),
 ("CH","hit","5xx kilnsched since 6pm","2026-02-24 23:58",1800,"5xx kilnsched since 6pm yesterday","2026-02-25 00:05","after midnight, 'since 6pm yesterday' = same Feb 24 18:00 start; end shift 7 min, fresh"),
 # zones named in the question
 ("CH","hit","kilnsched alerts since 08:00 UTC","2026-04-20 10:00",1800,"kilnsched alerts since 3am","10:10","08:00 UTC = 03:00 CDT: same start; end shift 10 min, fresh"),
 ("CH","partial","kilnsched alerts since 08:00 UTC","2026-04-20 10:00",1800,"kilnsched alerts since 8am","10:05","8am local = 13:00 UTC: 2 h vs 7 h, overlap 100% of shorter -> partial"),
 ("YA","partial","Could you please tell me the platform namespace alert count since 00:00 UTC?","2026-01-14 08:30",1800,"May I know the platform namespace alert count since 6am today?","08:35","00:00 UTC = 06:30 MMT (+06:30): 2 h vs 2 h 35 m, start 30 min off > 18 min -> partial"),
 ("YA","hit","Could you please tell me the platform namespace alert count since 00:00 UTC?","2026-01-14 08:30",1800,"Kindly, the alert count for namespace platform since 6:30 this morning?","08:40","00:00 UTC = 06:30 local (+06:30): same start, end shift 10 min, fresh"),
 ("TO","hit","Please list alerts between 2026-03-18T00:00Z and 2026-03-18T03:00Z.","2026-03-18 14:00",3600,"Please list alerts between 09:00 and 12:00 today.","14:10","00:00Z-03:00Z = 09:00-12:00 JST: same range, fresh"),
 ("NA","hit","booking alerts since 12:00 utc","2026-07-08 23:00",900,"booking alerts since 3pm","23:05","12:00 UTC = 15:00 EAT: same start, end shift 5 min, fresh"),
 ("LO","partial","ALERTS{namespace=\"shop\"} count since 09:00Z","2026-07-14 12:00",900,"shop namespace alert count since 9am","12:03","London is BST in July: 9am = 08:00Z; start 60 min off > 18 min tolerance -> partial"),
 # ranges
 ("CH","miss","crit alerts 1h","2026-04-21 10:00",300,"crit alerts 1h","12:00","same rolling hour 2 h later: no overlap and stale -> miss"),
 ("CH","partial","5xx kilnsched 2h","2026-04-21 14:00",7200,"5xx kilnsched 2h","15:45","same rolling 2 h re-asked while fresh: overlap 12.5% < 25% but rule 3 exception -> partial"),
 ("NA","miss","5xx on clay-payments last 2h","2026-10-28 10:00",1800,"5xx on clay-payments last 2h","11:45","same rolling 2 h but stale: overlap 12.5% < 25% -> miss"),
 ("LA","miss","How many alerts did payments generate in the last hour?","2026-07-29 10:00",600,"How many alerts did payments generate over the last 7 days?","10:05","1 h vs 7 d: lengths differ 168x > 31x"),
 ("TO","partial","Number of deploys in the last 24 hours, please.","2026-03-19 10:00",3600,"Number of deploys in the last 30 days, please.","10:05","24 h vs 30 d: ratio 30 <= 31, overlap 100% of shorter -> partial"),
 ("YA","partial","Could you tell me the alerts between 10:00 and 12:00 today?","2026-02-03 13:00",3600,"May I know the alerts from 11:00 to 13:00 today?","13:05","overlap 1 h of 2 h = 50%, start 60 min off > 18 min -> partial"),
 ("LO","partial","ALERTS count for namespace studio this afternoon","2026-09-21 17:00",1800,"ALERTS count for namespace studio since 1pm","17:05","this afternoon [12:00,17:00] vs [13:00,17:05]: start 60 min off > 45 min -> partial"),
 ("LO","hit","ALERTS count for namespace studio this morning","2026-09-21 14:00",1800,"ALERTS count for namespace studio between 6am and noon","14:10","asked after noon: this morning = [06:00,12:00] = 6am-noon, fresh"),
 ("ME","partial","deploys since tues 6pm","2026-09-03 09:00",1800,"deploys last 2 days","09:10","since Tue 18:00 = 39 h vs 48 h: start 8 h 50 m off > 15% -> partial"),
 ("NA","miss","glaze-catalog 5xx from 2am to 4am","2026-10-29 09:00",1800,"glaze-catalog 5xx between 02:00 and 04:00 yesterday","09:05","today's 02:00-04:00 vs yesterday's: no overlap"),
 ("CH","partial","kilnsched alerts yesterday","2026-04-22 09:00",86400,"kilnsched alerts last 24h","09:05","yesterday vs rolling 24 h: 9 h shift > 3.6 h, overlap 62% -> partial"),
]

SCOPE = [
 ("CH","partial","team-ember alerts 24h","2026-02-25 09:00",1800,"kilnsched alerts 24h","09:05","team-ember owns firing-scheduler: team contains service -> nested"),
 ("CH","miss","team-ember alerts 24h","2026-02-25 10:00",1800,"team-slip alerts 24h","10:05","sibling team"),
 ("CH","hit","alerts on kt 6h","2026-02-25 11:00",900,"alerts kiln-telemetry 6h","11:05","kt is an alias of kiln-telemetry; shift 5 min, fresh"),
 ("MA","partial","Alerts in the region eu-west last 3 hours","2026-05-18 10:00",900,"Alerts in bisque-eu-1 last 3 hours","10:04","bisque-eu-1 is in eu-west: region contains cluster"),
 ("MA","miss","Alerts in bisque-eu-1 last 3 hours","2026-05-18 11:00",900,"Alerts in bisque-eu-2 last 3 hours","11:04","sibling cluster"),
 ("MA","miss","Alerts in eu-west region today","2026-05-18 12:00",1800,"Alerts in us-central region today","12:05","sibling region"),
 ("YA","partial","Could you list the warning alerts in namespace shop over the past 12 hours?","2026-02-09 10:00",1800,"May I see the warning alerts for glaze-catalog over the past 12 hours?","10:05","glaze-catalog runs in namespace shop: nested"),
 ("YA","miss","Could you list the warning alerts in namespace shop over the past 12 hours?","2026-02-09 11:00",1800,"Could you list the warning alerts in namespace studio over the past 12 hours?","11:05","sibling namespace"),
 ("YA","hit","Might I see the alerts for ns shop in the last 4 hours?","2026-02-09 13:00",900,"Please, the alerts for namespace shop over the past 4 hours.","13:06","ns = namespace; shift 6 min <= 36 min, fresh"),
 ("LA","partial","How many incidents did production have last week?","2026-07-30 09:00",7200,"How many incidents did production in eu-west have last week?","09:10","nested: production contains production in eu-west"),
 ("LA","miss","How many incidents did staging have last week?","2026-07-30 10:00",7200,"How many incidents did production have last week?","10:05","sibling environment"),
 ("LA","hit","How many incidents did prod have last week?","2026-07-30 11:00",7200,"Count of production incidents over the past 7 days?","11:20","prod = production, last week = 7 d; fresh"),
 ("LO","partial",'sum(rate(http_requests_total{service="clay-payments",code=~"5.."}[5m])) last 1h',"2026-09-22 10:00",600,'sum(rate(http_requests_total{service="clay-payments",handler="/checkout",code=~"5.."}[5m])) last 1h',"10:02","service contains its /checkout endpoint: nested"),
 ("LO","miss",'sum(rate(http_requests_total{handler="/checkout",code=~"5.."}[5m])) last 1h',"2026-09-22 11:00",600,'sum(rate(http_requests_total{handler="/refunds",code=~"5.."}[5m])) last 1h',"11:02","sibling endpoint"),
 ("LO","miss",'node_load1{instance="kt-ingest-01"} last 2h',"2026-09-22 12:00",600,'node_load1{instance="kt-ingest-02"} last 2h',"12:02","sibling host"),
 ("LO","partial",'sum(rate(container_cpu_usage_seconds_total{namespace="firing"}[5m])) last 2h',"2026-09-22 13:00",600,'sum(rate(container_cpu_usage_seconds_total{namespace="firing", pod=~"firing-scheduler-.*"}[5m])) last 2h',"13:03","namespace firing contains firing-scheduler's pods: nested"),
 ("TO","partial","Please list alerts for kiln-telemetry in the past 6 hours.","2026-03-24 10:00",900,"Please list alerts for host kt-ingest-03 in the past 6 hours.","10:05","kt-ingest-03 is a kiln-telemetry host: service contains host"),
 ("TO","miss","Please list alerts for cluster celadon-ap-1 in the past 6 hours.","2026-03-24 11:00",900,"Please list alerts for cluster celadon-ap-3 in the past 6 hours.","11:05","sibling cluster"),
 ("TO","partial","Please count alerts in region ap-east for today.","2026-03-24 12:00",1800,"Please count alerts on cluster celadon-ap-2 for today.","12:05","celadon-ap-2 is in ap-east: nested"),
 ("ME","partial","all alrts team wedge 2day","2026-09-08 10:00",1800,"claypay alrts 2day","10:05","team-wedge owns clay-payments: nested"),
 ("ME","miss","booker alerts 2day","2026-09-08 11:00",1800,"claypay alerts 2day","11:03","sibling services (both team-wedge, different service)"),
 ("ME","hit","booker alerts 2day","2026-09-08 12:00",1800,"studio-booking alerts today","12:05","booker = studio-booking, 2day = today; fresh"),
 ("NA","miss","staging deploys glaze-catalog 24h","2026-10-30 09:00",3600,"dev deploys glaze-catalog 24h","09:05","sibling environment"),
 ("NA","partial","glaze-catalog deploys 24h, every env","2026-10-30 10:00",3600,"prod deploys glaze-catalog 24h","10:05","nested: all environments contain prod"),
 ("CH","partial","alerts ns firing 12h","2026-02-26 09:00",1800,"kilnsched alerts 12h","09:05","firing-scheduler runs in namespace firing: nested"),
 ("CH","miss","alerts ns firing 12h","2026-02-26 10:00",1800,"alerts ns platform 12h","10:05","sibling namespace"),
 ("MA","partial","Latency p95 of studio-booking last hour","2026-05-19 10:00",600,"Latency p95 of /bookings/wheel last hour","10:02","/bookings/wheel is a studio-booking endpoint: nested"),
 ("MA","miss","Latency p95 of /bookings/wheel last hour","2026-05-19 11:00",600,"Latency p95 of /bookings/classes last hour","11:02","sibling endpoint"),
 ("YA","partial","Could you kindly list the incidents for team-slip this week?","2026-02-11 10:00",3600,"Could you kindly list the incidents for class-notify this week?","10:05","team-slip owns class-notify: nested"),
 ("YA","miss","Could you kindly list the incidents for team-slip this week?","2026-02-11 11:00",3600,"Could you kindly list the incidents for team-wedge this week?","11:05","sibling team"),
 ("LA","hit","How many alerts has the Ember team had today?","2026-07-31 14:00",1800,"team-ember alert count so far today","14:10","Ember team = team-ember, today = so far today; fresh"),
 ("LA","partial","How many alerts across all teams today?","2026-07-31 15:00",1800,"How many of today's alerts were for team-ember?","15:05","nested: all teams contain team-ember"),
 ("LO","partial",'count(ALERTS{cluster="bisque-eu-2"}) last 6h',"2026-09-23 10:00",900,'count(ALERTS{cluster="bisque-eu-2", namespace="shop"}) last 6h',"10:04","nested: extra namespace filter inside the cluster"),
 ("LO","miss",'count(ALERTS{cluster="bisque-eu-2", namespace="shop"}) last 6h',"2026-09-23 11:00",900,'count(ALERTS{cluster="bisque-eu-2", namespace!="shop"}) last 6h',"11:03","negation: namespace != shop"),
 ("TO","miss","Please list alerts for host pg-shop-primary in the past 24 hours.","2026-03-25 10:00",3600,"Please list alerts for host pg-shop-replica-1 in the past 24 hours.","10:05","sibling host"),
 ("TO","partial","Please list alerts in region eu-west for the past 24 hours.","2026-03-25 11:00",3600,"Please list alerts on host bastion-eu-1 for the past 24 hours.","11:05","bastion-eu-1 sits in bisque-eu-1, eu-west: region contains host"),
 ("ME","miss","kt alerts bisque-eu-1 3h","2026-09-09 10:00",900,"kt alerts bisque-eu-2 3h","10:03","sibling cluster"),
 ("ME","partial","kt alerts eu-west 3h","2026-09-09 11:00",900,"kt alerts bisque-eu-2 3h","11:03","bisque-eu-2 is in eu-west: nested"),
 ("NA","hit","alerts in namespace studio last 2h","2026-10-30 12:00",900,"ns studio alerts past 2 hours","12:06","ns = namespace; shift 6 min <= 18 min, fresh"),
 ("NA","miss","alerts in namespace studio last 2h","2026-10-30 13:00",900,"alerts outside namespace studio last 2h","13:04","complement: outside namespace studio"),
 ("CH","partial","5xx prod all services 1h","2026-02-26 14:00",600,"5xx prod glaze-catalog 1h","14:03","nested: all services contain glaze-catalog"),
 ("MA","hit","Deploys of the notifier in the namespace studio, last 24 hours","2026-05-19 15:00",3600,"class-notify deploys in ns studio past day","15:10","notifier = class-notify, ns = namespace, past day = 24 h; fresh"),
 ("YA","partial","Could you kindly show the 5xx count for the shop namespace in the past hour?","2026-02-12 10:00",900,"May I see the 5xx count for /checkout in the past hour?","10:03","/checkout belongs to clay-payments in namespace shop: nested"),
 ("LA","miss","How many alerts did the eu-west region raise this week?","2026-08-05 10:00",3600,"How many alerts did ap-east raise this week?","10:05","sibling region"),
 ("LO","hit",'ALERTS{namespace="platform", severity="critical"} last 30m',"2026-09-23 14:00",300,"critical alerts in ns platform, past half hour","14:03","same filters; shift 3 min <= 5 min, fresh"),
 ("TO","partial","Please list incidents for team-slip this month.","2026-03-26 10:00",3600,"Please list incidents for glaze-catalog this month.","10:05","team-slip owns glaze-catalog: nested"),
 ("ME","miss","p95 on /glazes/search last hr","2026-09-10 10:00",600,"p95 on /glazes/{id} last hr","10:02","sibling endpoint"),
 ("NA","partial","alerts in ap-east last 24h","2026-10-30 15:00",3600,"alerts in celadon-ap-3 last 24h","15:05","celadon-ap-3 is in ap-east: nested"),
 ("CH","miss","deploys celadon-ap-1 24h","2026-02-27 09:00",1800,"deploys celadon-ap-2 24h","09:03","sibling cluster"),
 ("LA","partial","How many alerts has the wedge team seen this week?","2026-08-05 11:00",3600,"How many alerts has studio-booking seen this week?","11:05","team-wedge owns studio-booking: nested"),
]

GROUPS = [("paraphrase", PARAPHRASE, 70), ("near", NEAR, 70), ("time", TIME, 50), ("scope", SCOPE, 50)]


def to_iso(wall, tz):
    zi = ZoneInfo(tz)
    naive = datetime.strptime(wall, "%Y-%m-%d %H:%M")
    d0, d1 = naive.replace(tzinfo=zi, fold=0), naive.replace(tzinfo=zi, fold=1)
    if d0.utcoffset() != d1.utcoffset():
        sys.exit(f"ambiguous wall time {wall} in {tz}")
    back = d0.astimezone(timezone.utc).astimezone(zi).replace(tzinfo=None)
    if back != naive:
        sys.exit(f"non-existent wall time {wall} in {tz}")
    return d0.isoformat()


def main():
    out, n = [], 0
    for gname, rows, want in GROUPS:
        if len(rows) != want:
            sys.exit(f"group {gname}: {len(rows)} rows, want {want}")
        for voice, expect, aq, aw, ttl, bq, bw, note in rows:
            n += 1
            tz = VOICES[voice]
            if len(bw) == 5:
                bw = aw[:10] + " " + bw
            a_at, b_at = to_iso(aw, tz), to_iso(bw, tz)
            if datetime.fromisoformat(b_at) <= datetime.fromisoformat(a_at):
                sys.exit(f"p20-{n:04d}: b not after a")
            out.append({"id": f"p20-{n:04d}", "group": gname, "split": "dev20" if n % 2 else "test20",
                        "expect": expect, "a": {"q": aq, "at": a_at, "tz": tz, "ttl": ttl},
                        "b": {"q": bq, "at": b_at, "tz": tz}, "note": note})
    with open("pairs.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs")


if __name__ == "__main__":
    main()
