#!/usr/bin/env python3
"""Batch 13: hand-written answer-cache pairs for Kestrel & Alder Rail (KAR).
Every question below is typed literally. Standard library only; zoneinfo only converts
local wall times to ISO 8601 with the real offset. Writes pairs.jsonl next to this file."""
import json, os
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

TZ = {
    "ing": "Europe/Oslo",        # Ingrid, SRE lead, terse
    "mar": "America/Chicago",    # Marcus, platform eng, pastes PromQL
    "pri": "Asia/Kolkata",       # Priya, EDI support, very polite (+05:30)
    "tom": "Europe/Warsaw",      # Tomasz, yard systems dev, non-native English
    "aro": "Pacific/Auckland",   # Aroha, terminal-iot on-call, typos, lowercase
    "dan": "America/New_York",   # Dana, head of ops, manager language
    "ken": "Asia/Tokyo",         # Kenji, observability, pastes LogQL
    "bel": "Australia/Adelaide", # Bella, k8s admin, kubectl-speak + Aussie slang (+09:30/+10:30)
}

def to_iso(local, tz):
    z = ZoneInfo(tz)
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    d0, d1 = naive.replace(tzinfo=z, fold=0), naive.replace(tzinfo=z, fold=1)
    for d in (d0, d1):
        if d.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None) != naive:
            raise ValueError(f"non-existent wall time {local} {tz}")
    if d0.utcoffset() != d1.utcoffset():
        raise ValueError(f"ambiguous wall time {local} {tz}")
    return d0.isoformat()

# (who, expect, A question, A local time, A ttl s, B question, B local time, note)
PARAPHRASE = [
("ing","hit","crit alerts YMS prod 1h","2025-02-11 08:40",900,"yardmaster critical alerts, production, last hour","2025-02-11 08:44","r5: same q (crit=critical, YMS=yardmaster, prod=production); A [07:40,08:40] B [07:44,08:44] shift 4m<=9m; fresh 4m<900s"),
("ing","hit","trainwatch up?","2025-02-11 09:15",300,"is train-tracker healthy rn","2025-02-11 09:17","r5: status now; A [09:10,09:15] B [09:12,09:17] shift 2m<=5m; fresh"),
("ing","hit","kafka lag train.positions now","2025-04-02 13:00",300,"consumer lag on train.positions atm","2025-04-02 13:03","r5: now=atm; A [12:55,13:00] B [12:58,13:03] shift 3m<=5m; fresh"),
("ing","hit","deploys billing today","2025-05-20 15:10",1800,"billing-engine deployments so far today","2025-05-20 15:25","r5: today; A [00:00,15:10] B [00:00,15:25] end shift 15m<=2.3h; fresh"),
("ing","hit","yarddb repl lag max 6h","2025-06-03 07:30",900,"max replication lag yarddb past 6 hours","2025-06-03 07:38","r5: A [01:30,07:30] B [01:38,07:38] shift 8m<=54m; fresh"),
("ing","hit","open incidents network-ops","2025-06-17 10:00",600,"network-ops: incidents still open?","2025-06-17 10:04","r5: state now open; A [09:55,10:00] B [09:59,10:04] shift 4m<=5m; fresh"),
("ing","hit","gate ocr low confidence alerts yesterday BRK","2025-09-09 08:00",43200,"GateOcrLowConfidence yesterday at Brackwater","2025-09-09 09:10","r5: BRK=Brackwater; both 2025-09-08 local day; fresh 70m<12h"),
("ing","hit","5xx portal prod 30m","2025-11-18 11:20",600,"booking-portal errors in production over the last half hour","2025-11-18 11:24","r5: errors=5xx; A [10:50,11:20] B [10:54,11:24] shift 4m<=5m; fresh"),
("ing","hit","top 5 pods by restarts ns yard 24h","2025-12-02 14:00",1800,"which 5 pods in yard namespace restarted the most, last 24h","2025-12-02 14:12","r5: top5 ranking; A [12-01 14:00,14:00] B +12m <=3.6h; fresh"),
("mar","hit",'p95 latency portal prod last 30m: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="booking-portal",env="prod"}[5m])))',"2025-01-21 14:10",600,"what's the 95th percentile response time for the booking portal in production, past 30 minutes","2025-01-21 14:13","r5: p95=95th percentile; A [13:40,14:10] B [13:43,14:13] shift 3m<=5m; fresh"),
("mar","hit",'rejected EDI message rate, last hour: sum(rate(edi_messages_total{status="rejected"}[5m]))',"2025-02-04 10:00",900,"rate of rejected EDI messages over the past 60m?","2025-02-04 10:06","r5: A [09:00,10:00] B [09:06,10:06] shift 6m<=9m; fresh"),
("mar","hit",'max(max_over_time(crane_hoist_motor_temp_celsius{terminal="PAL"}[2h]))',"2025-04-15 16:30",900,"hottest hoist motor temp at Port Alder in the past two hours","2025-04-15 16:36","r5: max=hottest, PAL=Port Alder; A [14:30,16:30] B [14:36,16:36] shift 6m<=18m; fresh"),
("mar","hit",'kafka_consumergroup_lag{group="yard-ingest"} right now',"2025-05-13 09:00",120,"current lag for the yard-ingest consumer group","2025-05-13 09:01","r5: now; shift 1m<=5m; fresh 60s<120s"),
("mar","hit","count of firing alerts with severity critical in cluster prd-kestrel right now","2025-06-24 20:00",300,'count(ALERTS{alertstate="firing",severity="critical",cluster="prd-kestrel"}) - how many currently?',"2025-06-24 20:02","r5: same filters in PromQL; now; shift 2m; fresh"),
("mar","hit","avg CPU for billing-engine pods in prod yesterday","2025-07-08 08:15",43200,'avg(rate(container_cpu_usage_seconds_total{env="prod",pod=~"billing-engine-.*"}[5m])) for yesterday','2025-07-08 08:40',"r5: both 2025-07-07 local day; fresh"),
("mar","hit","train_position_age_seconds p99 last 15 min","2025-08-12 13:45",300,"99th percentile of train position staleness, past 15m","2025-08-12 13:48","r5: p99; A [13:30,13:45] B [13:33,13:48] shift 3m<=5m; fresh"),
("mar","hit",'increase(billing_invoices_total{env="prod"}[24h])',"2025-10-14 07:00",3600,"how many invoices did billing generate in prod over the last day","2025-10-14 07:20","r5: past day=24h; shift 20m<=3.6h; fresh"),
("mar","hit","which alerts fired for rail-dispatch since 6am?","2025-12-09 09:30",900,"list of RDS alerts that fired since 06:00","2025-12-09 09:35","r5: RDS=rail-dispatch; A [06:00,09:30] B [06:00,09:35] end 5m<=31m; fresh"),
("pri","hit","Could you please tell me how many EDI messages were rejected by customs yesterday?","2025-01-15 10:05",86400,"Kindly share the count of customs-rejected EDI messages for yesterday.","2025-01-15 11:30","r5: both 2025-01-14 local day; fresh"),
("pri","hit","Good morning, may I know if the booking portal is up at the moment?","2025-02-19 09:00",300,"Hello, is the BP currently healthy please?","2025-02-19 09:03","r5: BP=booking-portal, up=healthy; now; shift 3m; fresh"),
("pri","hit","Please list the incidents raised for the finance-systems team this week.","2025-03-19 17:00",3600,"Could you share the incidents for finance-systems team since Monday, thank you.","2025-03-19 17:25","r5: this week=since Monday; A [03-17 00:00,17:00] B +25m <=7.8h; fresh"),
("pri","hit","Kindly let me know the error count for edi-gateway in production in the last 2 hours.","2025-04-23 11:00",900,"How many 5xx has the EDI gw thrown in prod in the past two hours, please?","2025-04-23 11:10","r5: errors=5xx; A [09:00,11:00] B [09:10,11:10] shift 10m<=18m; fresh"),
("pri","hit","May I please see the trend of yard_moves_pending over the last 7 days?","2025-06-11 12:00",3600,"Could you show how the pending yard moves have trended during the past week?","2025-06-11 12:30","r5: last week=rolling 7d; shift 30m; fresh"),
("pri","hit","Please tell me which deployments happened in staging this morning.","2025-07-16 11:40",1800,"What all got deployed to stg since 6 am today? Thanks in advance.","2025-07-16 11:50","r5: this morning [06:00,11:40] vs since 6am [06:00,11:50]; 10m<=51m; fresh"),
("pri","hit","Kindly share the top 3 services by alert count today.","2025-08-27 16:00",1800,"Which three services have had the most alerts so far today, please?","2025-08-27 16:15","r5: top3; today [00:00,16:00] vs [00:00,16:15]; fresh"),
("pri","hit","Could you check the disk latency of the billingdb primary over the last hour?","2025-10-08 15:00",600,"Please let me know the billingdb primary's disk latency, past 60 minutes.","2025-10-08 15:04","r5: A [14:00,15:00] B [14:04,15:04] 4m<=9m; fresh"),
("pri","hit","Please confirm how many warning alerts are firing in terminal-iot namespace right now.","2025-11-26 10:30",300,"Kindly tell the number of warn alerts currently active in ns terminal-iot.","2025-11-26 10:32","r5: warn=warning, ns; now shift 2m; fresh"),
("tom","hit","Is the trainwatch up now in prod?","2025-01-08 09:00",300,"train-tracker in production is healthy in this moment?","2025-01-08 09:02","r5: now; shift 2m; fresh"),
("tom","hit","How much alerts for crane feed we had in last 24 hours?","2025-02-26 08:00",1800,"Please count alerts of crane-telemetry in past day.","2025-02-26 08:10","r5: crane feed=crane-telemetry; 24h; shift 10m; fresh"),
("tom","hit","Give me errors of yardmaster from logs in last 1 hour, only prod","2025-03-12 14:00",600,"yardmaster prod, error logs, last one hour please","2025-03-12 14:05","r5: A [13:00,14:00] B [13:05,14:05] 5m<=9m; fresh"),
("tom","hit","What was deployed on billing yesterday?","2025-04-29 09:15",43200,"Which deploys was done for billing-engine yesterday?","2025-04-29 10:00","r5: both 2025-04-28; fresh"),
("tom","hit","The memory of rail-dispatch pods in last 3 hours, how it is trending?","2025-05-27 16:00",900,"trend of memory usage for RDS pods past 3h","2025-05-27 16:05","r5: trend; A [13:00,16:00] B +5m<=27m; fresh"),
("tom","hit","How many pods are not ready in namespace customs now?","2025-07-01 11:00",300,"count of NOT ready pods in customs ns currently","2025-07-01 11:03","r5: both ask not-ready (no flip); now shift 3m; fresh"),
("tom","hit","Incidents for gate cams, which are still open?","2025-08-20 13:00",600,"open incidents on gate-ocr?","2025-08-20 13:04","r5: gate cams=gate-ocr; open = state now; A [12:55,13:00] B [12:59,13:04] shift 4m<=5m; fresh"),
("tom","hit","How many IFTMIN messages we received today on EDI gateway?","2025-09-16 15:00",1800,"count of inbound IFTMIN on edi gw since midnight","2025-09-16 15:20","r5: received=inbound; today=since midnight; fresh"),
("tom","hit","Show me the top 10 slow endpoints of portal in last hour","2025-11-04 10:00",900,"10 slowest endpoints on booking-portal, past 60 min","2025-11-04 10:07","r5: A [09:00,10:00] B [09:07,10:07] 7m<=9m; fresh"),
("aro","hit","how many crane telemtry gaps today at port alder","2025-01-28 13:20",1800,"cranetel gap alerts so far tday, Port Alder?","2025-01-28 13:31","r5: typos; today [00:00,13:20] vs [00:00,13:31]; fresh"),
("aro","hit","is the booking portal ok rn","2025-03-18 08:00",300,"portal healthy atm?","2025-03-18 08:02","r5: status now; shift 2m; fresh"),
("aro","hit","yardmaster crashloops last 6hrs?","2025-04-22 10:00",900,"any PodCrashLooping for yms in past 6 hours","2025-04-22 10:12","r5: A [04:00,10:00] B +12m<=54m; fresh"),
("aro","hit","billing run faild last nite?","2025-05-14 08:30",21600,"did the BillingRunFailed alert fire overnight","2025-05-14 09:00","r5: last night=overnight [05-13 22:00,06:00]; fresh"),
("aro","hit","p99 latnecy edi gw prod last 1h","2025-06-18 14:00",600,"edi-gateway 99th pctile latency in production, past hour","2025-06-18 14:05","r5: A [13:00,14:00] B +5m<=9m; fresh"),
("aro","hit","deploys to prd-alder this wk","2025-07-23 12:00",3600,"what went out to the prd-alder cluster since monday","2025-07-23 12:30","r5: this week=since Monday 07-21 00:00; fresh"),
("aro","hit","errors in gate ocr logs last 30 mins","2025-08-06 11:00",600,"gate-ocr log errors, past half hr","2025-08-06 11:03","r5: A [10:30,11:00] B +3m<=5m; fresh"),
("aro","hit","how many TrainPositionStale alerts yday","2025-10-21 09:00",43200,"count of train position stale alerts yesterday pls","2025-10-21 09:40","r5: both 2025-10-20 NZDT day; fresh"),
("aro","hit","crit alerts acked in the last 24h","2025-12-16 17:00",1800,"critical alerts that were acknowledged, last 24 hrs","2025-12-16 17:10","r5: acked=acknowledged; shift 10m; fresh"),
("dan","hit","Give me the number of incidents opened against billing this week.","2025-01-22 16:00",3600,"How many billing-engine incidents have we had since Monday?","2025-01-22 16:20","r5: this week=since Monday 01-20 00:00; fresh"),
("dan","hit","Can I get a quick health check on the yard system right now? Need it for the exec sync.","2025-02-12 09:55",300,"Is yardmaster healthy at the moment? Prepping for leadership sync.","2025-02-12 09:58","r5: yard system=yardmaster; now; shift 3m; fresh"),
("dan","hit","What's our incident count for the customs integration team this month?","2025-03-20 11:00",3600,"How many incidents has customs-integration owned month to date?","2025-03-20 11:15","r5: this month=MTD [03-01,t]; fresh"),
("dan","hit","High-level: how many deploys did we ship to prod yesterday across the board?","2025-05-07 08:30",43200,"Total production deployments yesterday, all services?","2025-05-07 09:00","r5: 2025-05-06 local day; fresh"),
("dan","hit","Give me the top 3 noisiest alerts over the past 7 days so I can prioritise.","2025-06-09 10:00",3600,"Which three alerts fired the most in the last week? Want to set priorities.","2025-06-09 10:20","r5: last week=7d rolling; shift 20m; fresh"),
("dan","hit","Where are we on the booking portal error rate for the last hour?","2025-08-14 15:00",600,"Booking portal error rate, past 60 mins - what's the number?","2025-08-14 15:05","r5: A [14:00,15:00] B +5m<=9m; fresh"),
("dan","hit","Do we have any critical alerts open on billing right now?","2025-09-30 17:45",300,"Any crit alerts currently firing for billing-engine?","2025-09-30 17:48","r5: open=firing; now shift 3m; fresh"),
("dan","hit","Quick pulse: average ETA prediction error this quarter?","2025-11-12 10:00",86400,"What's the mean ETA model error quarter to date?","2025-11-12 10:30","r5: this quarter=QTD [10-01,t]; fresh"),
("dan","hit","How many customs messages got rejected on Monday?","2025-12-03 09:00",86400,"Rejected customs EDI count for Dec 1?","2025-12-03 09:20","r5: Monday=2025-12-01 local day, relative vs absolute; fresh"),
("ken","hit",'count_over_time({namespace="customs",app="edi-gateway"} |= "ACK timeout" [1h])',"2025-01-14 11:00",600,"how many ACK timeout lines in edi-gateway logs (customs ns), past 60 minutes","2025-01-14 11:04","r5: A [10:00,11:00] B +4m<=9m; fresh"),
("ken","hit",'{app="yardmaster",env="prod"} |= "level=error" last 15m',"2025-02-25 16:00",300,"yardmaster prod error-level logs, past 15 minutes","2025-02-25 16:02","r5: list logs; shift 2m<=5m; fresh"),
("ken","hit",'sum by (crane) (count_over_time({app="crane-telemetry"} |= "frame dropped" [6h]))',"2025-04-08 09:00",900,"dropped frames per crane from cranetel logs, last 6 hours","2025-04-08 09:10","r5: A [03:00,09:00] B +10m<=54m; fresh"),
("ken","hit",'sum(rate({app="gate-ocr"} |= "low confidence" [5m])) over the last 3h',"2025-05-20 13:00",900,"gate-ocr low confidence log rate, past 3 hours","2025-05-20 13:05","r5: shift 5m<=27m; fresh"),
("ken","hit",'topk(5, sum by (pod) (count_over_time({namespace="tracking"} |= "OOMKilled" [24h])))',"2025-07-29 10:00",1800,"Top 5 pods in tracking namespace by OOMKilled log lines, last 24h","2025-07-29 10:15","r5: top5; shift 15m; fresh"),
("ken","hit",'{app="billing-engine"} |~ "invoice .* failed" today',"2025-08-26 18:00",1800,"billing engine failed invoice logs since midnight","2025-08-26 18:10","r5: today=since midnight; fresh"),
("ken","hit","k8s events type=Warning in ns portal last 1h","2025-09-24 14:00",600,"kubernetes warning events, portal namespace, past hour","2025-09-24 14:06","r5: shift 6m<=9m; fresh"),
("ken","hit",'count_over_time({app="rail-dispatch"} |= "route conflict" [30m])',"2025-10-28 08:30",600,"route conflict lines in RDS logs, how many in the last half hour","2025-10-28 08:33","r5: shift 3m<=5m; fresh"),
("ken","hit",'{cluster="prd-alder",app="crane-telemetry"} |= "MQTT disconnect" since 09:00',"2025-12-10 11:00",900,"cranetel MQTT disconnect logs on prd-alder since 9am","2025-12-10 11:05","r5: [09:00,11:00] vs [09:00,11:05]; fresh"),
("bel","hit","deploys to yardmaster in prod in the last 24h?","2025-01-29 09:30",1800,"which YMS releases went out to production over the past day","2025-01-29 09:41","r5: past day=24h; shift 11m; fresh"),
("bel","hit","how many pods CrashLoopBackOff in ns billing rn","2025-03-04 10:00",300,"kubectl get pods -n billing | grep -c CrashLoopBackOff - count atm?","2025-03-04 10:02","r5: now; shift 2m; fresh"),
("bel","hit","nodes NotReady on prd-kestrel right now?","2025-05-06 14:00",300,"any prd-kestrel nodes currently not ready","2025-05-06 14:03","r5: now; shift 3m; fresh"),
("bel","hit","PVC usage yarddb over last 7d, trend","2025-06-10 09:00",3600,"how's the yarddb volume filling up over the past week","2025-06-10 09:30","r5: 7d rolling; fresh"),
("bel","hit","KafkaConsumerLagHigh firing for crane.telemetry since 2pm?","2025-07-15 16:00",900,"has KafkaConsumerLagHigh on crane.telemetry been firing since 14:00","2025-07-15 16:08","r5: [14:00,16:00] vs [14:00,16:08] 8m<=18m; fresh"),
("bel","hit","top 5 namespaces by memory in stg now","2025-08-19 11:00",300,"which 5 ns use the most mem in staging atm","2025-08-19 11:02","r5: stg=staging; now; fresh"),
("bel","hit","evictions in prd-alder this arvo","2025-11-25 16:30",1800,"pod evictions on prd-alder this afternoon","2025-11-25 16:40","r5: arvo=afternoon [12:00,16:30] vs [12:00,16:40]; fresh"),
]

NEAR_MISS = [
("ing","miss","crit alerts YMS prod 1h","2025-02-13 08:40",900,"warn alerts YMS prod 1h","2025-02-13 08:42","r2: severity sibling critical vs warning"),
("ing","partial","5xx portal prod 30m","2025-02-13 10:00",600,"503 portal prod 30m","2025-02-13 10:03","r4: nested 5xx ⊃ 503; ranges match, fresh"),
("ing","miss","kafka lag train.positions now","2025-04-09 13:00",300,"kafka lag crane.telemetry now","2025-04-09 13:01","r2: sibling topic"),
("ing","partial","yarddb repl lag max 6h","2025-06-05 07:30",900,"yarddb repl lag avg 6h","2025-06-05 07:33","r4: another statistic (max vs avg) of same series"),
("ing","miss","cpu billing prod 1h","2025-06-19 10:00",600,"mem billing prod 1h","2025-06-19 10:01","r1: cpu vs memory, different quantity"),
("ing","miss","deploys prd-kestrel today","2025-09-10 12:00",1800,"deploys prd-alder today","2025-09-10 12:02","r2: sibling cluster"),
("ing","miss","pods not ready ns tracking","2025-10-01 09:00",300,"pods ready ns tracking","2025-10-01 09:01","r2: negation NOT ready vs ready"),
("ing","partial","count crit alerts 24h","2025-11-20 14:00",1800,"list crit alerts 24h","2025-11-20 14:05","r4: count vs list, same data"),
("ing","miss","disk read iops yarddb 1h","2025-12-04 16:00",600,"disk write iops yarddb 1h","2025-12-04 16:02","r1: read vs write"),
("mar","partial",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="booking-portal",env="prod"}[5m]))) last 30m',"2025-01-23 14:10",600,'histogram_quantile(0.50, sum by (le) (rate(http_request_duration_seconds_bucket{service="booking-portal",env="prod"}[5m]))) last 30m',"2025-01-23 14:12","r4: p95 vs p50 same series"),
("mar","miss",'sum(rate(http_requests_total{service="edi-gateway",code="500"}[5m])) last hour',"2025-02-06 10:00",600,'sum(rate(http_requests_total{service="edi-gateway",code="503"}[5m])) last hour',"2025-02-06 10:02","r2: status code sibling 500 vs 503"),
("mar","miss",'inbound EDI rate last 6h: sum(rate(edi_messages_total{direction="inbound"}[5m]))',"2025-03-11 10:00",900,'outbound EDI rate last 6h: sum(rate(edi_messages_total{direction="outbound"}[5m]))',"2025-03-11 10:01","r2: direction sibling"),
("mar","miss",'max_over_time(crane_hoist_motor_temp_celsius{crane="STS-03"}[2h])',"2025-04-17 16:30",900,'max_over_time(crane_hoist_motor_temp_celsius{crane="STS-04"}[2h])',"2025-04-17 16:31","r2: sibling crane"),
("mar","miss","pods in ns yard using above 80% of their memory limit right now","2025-05-15 09:00",300,"pods in ns yard using below 80% of their memory limit right now","2025-05-15 09:01","r2: above vs below threshold"),
("mar","miss",'count(ALERTS{alertstate="firing",severity="critical",cluster="prd-kestrel"}) currently',"2025-06-26 20:00",300,'count(ALERTS{alertstate="pending",severity="critical",cluster="prd-kestrel"}) currently',"2025-06-26 20:01","r2: state sibling firing vs pending"),
("mar","partial","avg CPU for billing-engine pods in prod yesterday","2025-07-10 08:15",43200,"peak CPU for billing-engine pods in prod yesterday","2025-07-10 08:20","r4: avg vs max statistic"),
("mar","miss","train_position_age_seconds p99 last 15m","2025-08-14 13:45",300,"train_position_age_seconds p99 last 15m excluding the Brackwater line","2025-08-14 13:46","r2: 'excluding X' is a complement filter"),
("mar","miss",'increase(billing_invoices_total{env="prod"}[24h])',"2025-10-16 07:00",3600,'increase(billing_invoices_total{env="staging"}[24h])',"2025-10-16 07:02","r2: env sibling"),
("pri","miss","Could you please tell me how many EDI messages were rejected by customs yesterday?","2025-01-17 10:05",86400,"Could you please tell me how many EDI messages were accepted by customs yesterday?","2025-01-17 10:10","r2: status sibling rejected vs accepted"),
("pri","miss","May I know if the booking portal is up at the moment?","2025-02-21 09:00",300,"May I know if the billing engine is up at the moment?","2025-02-21 09:01","r2: sibling service"),
("pri","miss","Please list the incidents raised for the finance-systems team this week.","2025-03-26 17:00",3600,"Please list the incidents raised for the commercial-web team this week.","2025-03-26 17:02","r2: sibling team (unknown filter still a filter)"),
("pri","miss","Kindly let me know the error count for edi-gateway in production in the last 2 hours.","2025-04-25 11:00",900,"Kindly let me know the error count for edi-gateway in production in the last 2 hours, excluding 504s.","2025-04-25 11:02","r2: 'excluding 504' complement filter"),
("pri","partial","May I please see the trend of yard_moves_pending over the last 7 days?","2025-06-13 12:00",3600,"May I please know the average yard_moves_pending over the last 7 days?","2025-06-13 12:05","r4: trend vs single statistic of same series"),
("pri","miss","Please tell me which deployments happened in staging this morning.","2025-07-18 11:40",1800,"Please tell me which deployments happened in dev this morning.","2025-07-18 11:42","r2: env sibling staging vs dev"),
("pri","partial","Kindly share the top 3 services by alert count today.","2025-08-29 16:00",1800,"Kindly share the total alert count today.","2025-08-29 16:03","r4: ranking vs count over same data"),
("pri","miss","Could you check the disk latency of the billingdb primary over the last hour?","2025-10-10 15:00",600,"Could you check the disk IOPS of the billingdb primary over the last hour?","2025-10-10 15:01","r1: disk latency vs IOPS"),
("pri","miss","Please confirm how many warning alerts are firing in terminal-iot namespace right now.","2025-11-28 10:30",300,"Please confirm how many alerts other than warnings are firing in terminal-iot namespace right now.","2025-11-28 10:31","r2: complement (non-warning)"),
("tom","miss","Is the trainwatch up now in prod?","2025-01-10 09:00",300,"Is the trainwatch up now in staging?","2025-01-10 09:01","r2: env sibling"),
("tom","miss","How much alerts for crane feed we had in last 24 hours?","2025-02-28 08:00",1800,"How much incidents for crane feed we had in last 24 hours?","2025-02-28 08:02","r1: alerts vs incidents"),
("tom","miss","Give me errors of yardmaster from logs in last 1 hour, only prod","2025-03-14 14:00",600,"Give me warnings of yardmaster from logs in last 1 hour, only prod","2025-03-14 14:01","r2: log level sibling"),
("tom","partial","What was deployed on billing yesterday?","2025-05-02 09:15",43200,"How many deploys was on billing yesterday?","2025-05-02 09:20","r4: list vs count"),
("tom","miss","The memory of rail-dispatch pods in last 3 hours, how it is trending?","2025-05-29 16:00",900,"The CPU of rail-dispatch pods in last 3 hours, how it is trending?","2025-05-29 16:01","r1: memory vs cpu"),
("tom","partial","How many pods are not ready in namespace customs now?","2025-07-03 11:00",300,"Which pods are not ready in namespace customs now?","2025-07-03 11:01","r4: count vs list"),
("tom","miss","Incidents for gate cams, which are still open?","2025-08-22 13:00",600,"Incidents for gate cams, which are closed already?","2025-08-22 13:01","r2: state sibling open vs closed"),
("tom","miss","How many IFTMIN messages we received today on EDI gateway?","2025-09-18 15:00",1800,"How many COPARN messages we received today on EDI gateway?","2025-09-18 15:02","r2: message type sibling"),
("tom","miss","Show me the top 10 slow endpoints of portal in last hour","2025-11-06 10:00",900,"Show me the top 10 endpoints of portal with most errors in last hour","2025-11-06 10:02","r1: latency vs error rate"),
("aro","miss","how many crane telemtry gaps today at port alder","2025-01-30 13:20",1800,"how many crane telemtry gaps today at brackwater","2025-01-30 13:21","r2: terminal sibling"),
("aro","miss","is the booking portal ok rn","2025-03-20 08:00",300,"is the booking portal db ok rn","2025-03-20 08:01","r1: service vs its database (different subject)"),
("aro","miss","yardmaster crashloops last 6hrs?","2025-04-24 10:00",900,"yardmaster oomkills last 6hrs?","2025-04-24 10:01","r1: CrashLoop vs OOMKilled events"),
("aro","miss","billing run faild last nite?","2025-05-16 08:30",21600,"billing run succeded last nite?","2025-05-16 08:31","r2: negation/complement failed vs succeeded (hard: one answer implies the other; spec says miss)"),
("aro","partial","p99 latnecy edi gw prod last 1h","2025-06-20 14:00",600,"p90 latnecy edi gw prod last 1h","2025-06-20 14:01","r4: another statistic"),
("aro","miss","deploys to prd-alder this wk","2025-07-23 12:00",3600,"deploys outside prd-alder this wk","2025-07-23 12:02","r2: outside = complement"),
("aro","miss","errors in gate ocr logs last 30 mins","2025-08-08 11:00",600,"errors in gate ocr traces last 30 mins","2025-08-08 11:01","r1: logs vs traces"),
("aro","partial","how many TrainPositionStale alerts yday","2025-10-23 09:00",43200,"TrainPositionStale alerts yday hourly trend","2025-10-23 09:10","r4: count vs trend"),
("aro","miss","crit alerts acked in the last 24h","2025-12-18 17:00",1800,"crit alerts NOT acked in the last 24h","2025-12-18 17:01","r2: negation"),
("dan","miss","Give me the number of incidents opened against billing this week.","2025-01-29 16:00",3600,"Give me the number of incidents closed against billing this week.","2025-01-29 16:02","r2: opened vs closed"),
("dan","miss","Can I get a quick health check on the yard system right now?","2025-02-14 09:55",300,"Can I get a quick health check on the train tracker right now?","2025-02-14 09:56","r2: sibling service"),
("dan","miss","What's our incident count for the customs integration team this month?","2025-03-21 11:00",3600,"What's our incident count for every team except customs integration this month?","2025-03-21 11:02","r2: except = complement"),
("dan","partial","High-level: how many deploys did we ship to prod yesterday across the board?","2025-05-09 08:30",43200,"Which 5 services shipped the most prod deploys yesterday?","2025-05-09 08:40","r4: count vs top-5 ranking"),
("dan","miss","Give me the top 3 noisiest alerts over the past 7 days so I can prioritise.","2025-06-11 10:00",3600,"Give me the top 3 noisiest incident types over the past 7 days so I can prioritise.","2025-06-11 10:02","r1: alerts vs incidents"),
("dan","miss","Where are we on the booking portal error rate for the last hour?","2025-08-18 15:00",600,"Where are we on the booking portal request rate for the last hour?","2025-08-18 15:01","r1: error rate vs request rate"),
("dan","partial","Do we have any critical alerts open on billing right now?","2025-10-02 17:45",300,"List the critical alerts open on billing right now and who acked them.","2025-10-02 17:46","r4: yes/no status vs detailed list"),
("dan","partial","Quick pulse: average ETA prediction error this quarter?","2025-11-14 10:00",86400,"Quick pulse: worst ETA prediction error this quarter?","2025-11-14 10:05","r4: avg vs max"),
("dan","miss","How many customs messages got rejected on Monday?","2025-12-03 09:00",86400,"How many customs messages timed out on Monday?","2025-12-03 09:02","r2: outcome sibling rejected vs timed out"),
("ken","miss",'count_over_time({namespace="customs",app="edi-gateway"} |= "ACK timeout" [1h])',"2025-01-16 11:00",600,'count_over_time({namespace="customs",app="edi-gateway"} != "ACK timeout" [1h])',"2025-01-16 11:01","r2: negated line filter"),
("ken","partial",'{app="yardmaster",env="prod"} |= "level=error" last 15m',"2025-02-27 16:00",300,'sum(count_over_time({app="yardmaster",env="prod"} |= "level=error" [15m]))',"2025-02-27 16:01","r4: list vs count"),
("ken","miss",'sum by (crane) (count_over_time({app="crane-telemetry"} |= "frame dropped" [6h]))',"2025-04-10 09:00",900,'sum by (crane) (count_over_time({app="crane-telemetry"} |= "frame delayed" [6h]))',"2025-04-10 09:01","r2: different line filter value (sibling event)"),
("ken","partial",'sum(rate({app="gate-ocr"} |= "low confidence" [5m])) over the last 3h',"2025-05-22 13:00",900,'sum(rate({app="gate-ocr",lane="4"} |= "low confidence" [5m])) over the last 3h',"2025-05-22 13:01","r4: nested, all lanes ⊃ lane 4"),
("ken","miss",'topk(5, sum by (pod) (count_over_time({namespace="tracking"} |= "OOMKilled" [24h])))',"2025-07-31 10:00",1800,'topk(5, sum by (pod) (count_over_time({namespace="yard"} |= "OOMKilled" [24h])))',"2025-07-31 10:01","r2: namespace sibling"),
("ken","miss",'{app="billing-engine"} |~ "invoice .* failed" today',"2025-08-28 18:00",1800,"traces for billing-engine invoice failures today","2025-08-28 18:02","r1: logs vs traces"),
("ken","miss","k8s events type=Warning in ns portal last 1h","2025-09-26 14:00",600,"k8s events type=Normal in ns portal last 1h","2025-09-26 14:01","r2: sibling event type"),
("ken","partial",'count_over_time({app="rail-dispatch"} |= "route conflict" [30m])',"2025-10-30 08:30",600,'route conflict trend per minute, last 30m: sum(count_over_time({app="rail-dispatch"} |= "route conflict" [1m]))',"2025-10-30 08:31","r4: count vs trend"),
("ken","miss",'{cluster="prd-alder",app="crane-telemetry"} |= "MQTT disconnect" since 09:00',"2025-12-12 11:00",900,'{cluster="prd-kestrel",app="crane-telemetry"} |= "MQTT disconnect" since 09:00',"2025-12-12 11:01","r2: cluster sibling"),
("bel","partial","deploys to yardmaster in prod in the last 24h?","2025-01-31 09:30",1800,"failed deploys to yardmaster in prod in the last 24h?","2025-01-31 09:32","r4: nested all deploys ⊃ failed"),
("bel","miss","how many pods CrashLoopBackOff in ns billing rn","2025-03-06 10:00",300,"how many pods Pending in ns billing rn","2025-03-06 10:01","r2: pod state sibling"),
("bel","miss","nodes NotReady on prd-kestrel right now?","2025-05-08 14:00",300,"nodes with DiskPressure on prd-kestrel right now?","2025-05-08 14:01","r2: node condition sibling"),
("bel","miss","PVC usage yarddb over last 7d, trend","2025-06-12 09:00",3600,"PVC usage billingdb over last 7d, trend","2025-06-12 09:01","r2: sibling database"),
("bel","miss","KafkaConsumerLagHigh firing for crane.telemetry since 2pm?","2025-07-17 16:00",900,"KafkaConsumerLagHigh resolved for crane.telemetry since 2pm?","2025-07-17 16:01","r2: state sibling firing vs resolved"),
("bel","miss","top 5 namespaces by memory in stg now","2025-08-21 11:00",300,"top 5 namespaces by cpu in stg now","2025-08-21 11:01","r1: memory vs cpu"),
("bel","partial","list evictions in prd-alder this arvo","2025-11-27 16:30",1800,"how many evictions in prd-alder this arvo","2025-11-27 16:31","r4: list vs count"),
]

TIME = [
# --- DST-transition days (15) ---
("ing","partial","YardMoveBacklogHigh alerts since midnight","2025-03-30 03:30",900,"YardMoveBacklogHigh alerts last 3h","2025-03-30 03:32","DST spring-forward Oslo: A [03-29T23:00Z,01:30Z]=2.5h real (not 3.5); B [22:32Z,01:32Z]; start off 28m > max(15%*2.5h=22.5m,5m) -> r5 partial (fresh)"),
("ing","hit","crit alerts prod since midnight","2025-03-30 04:00",900,"crit alerts prod last 3h","2025-03-30 04:03","DST spring-forward Oslo: A [23:00Z,02:00Z]=3h real; B [23:03Z,02:03Z]; shift 3m -> r5 hit (naive wall clock would say 4h vs 3h)"),
("tom","partial","How much EDI messages was rejected since midnight?","2025-10-26 05:00",900,"rejected EDI messages in last 5 hours, how much?","2025-10-26 05:02","DST fall-back Warsaw: A [10-25T22:00Z,04:00Z]=6h real; B [23:02Z,04:02Z]; start off 62m > 15%*5h=45m -> r5 partial (naive: 5h vs 5h hit)"),
("tom","hit","yardmaster restarts in last 6 hours","2025-10-26 05:10",900,"yardmaster restarts today","2025-10-26 05:14","DST fall-back Warsaw: A [22:10Z,04:10Z]; B today [22:00Z,04:14Z]=6h14m; off 10m/4m <=54m -> r5 hit"),
("mar","partial","CraneHoistOverTemp alerts between 1am and 4am today","2025-03-09 10:00",3600,"CraneHoistOverTemp alerts between 07:00 and 10:00 UTC today","2025-03-09 10:05","DST spring-forward Chicago: A 01:00 CST=07:00Z..04:00 CDT=09:00Z (2h); B [07:00Z,10:00Z] 3h; overlap 100% of shorter; end off 60m>18m -> r5 partial"),
("dan","hit","How many GateOcrLowConfidence alerts overnight?","2025-11-02 09:00",3600,"GateOcrLowConfidence count from 02:00 to 11:00 UTC today?","2025-11-02 09:10","DST fall-back New York: overnight = 11-01 22:00 EDT=02:00Z .. 06:00 EST=11:00Z (9h); B identical -> r5 hit"),
("dan","hit","How many deploys did we push to prod yesterday?","2025-11-03 00:05",43200,"Prod deploy count, last 24 hours?","2025-11-03 00:10","after fall-back NY: yesterday = 11-02 04:00Z..11-03 05:00Z (25h); B [11-02 05:10Z,11-03 05:10Z]; off 70m/10m <= 15%*24h=3.6h -> r5 hit"),
("aro","hit","crane telemtry gaps since midnight","2025-04-06 03:30",1800,"cranetel gaps last 4.5 hrs","2025-04-06 03:33","DST end Auckland: midnight NZDT=04-05T11:00Z; 03:30 NZST=15:30Z -> 4.5h real; B [11:03Z,15:33Z] -> r5 hit (naive 3.5h would be partial)"),
("aro","partial","portal 5xx today","2025-09-28 04:00",900,"portal 5xx last 4 hrs","2025-09-28 04:02","DST start Auckland: today = 09-27T12:00Z..15:00Z = 3h; B [11:02Z,15:02Z]; start off 58m > 27m -> r5 partial (naive 4h vs 4h)"),
("bel","partial","pods evicted since midnight","2025-04-06 04:00",900,"pods evicted past 4 hours","2025-04-06 04:01","DST end Adelaide: midnight ACDT=04-05T13:30Z; 04:00 ACST=18:30Z -> 5h; B [14:31Z,18:31Z]; start off 61m > 45m -> r5 partial"),
("bel","hit","deploys to prod today","2025-10-05 06:00",1800,"deploys to prod last 5h","2025-10-05 06:03","DST start Adelaide: midnight ACST=10-04T14:30Z; 06:00 ACDT=19:30Z -> 5h; B [14:33Z,19:33Z] -> r5 hit (naive 6h vs 5h)"),
("mar","partial",'sum(increase(edi_messages_total{status="rejected"}[...])) since midnight',"2025-11-02 03:00",900,'sum(increase(edi_messages_total{status="rejected"}[3h]))',"2025-11-02 03:01","DST fall-back Chicago: midnight CDT=05:00Z, 03:00 CST=09:00Z -> 4h; B [06:01Z,09:01Z]; off 61m > 36m -> r5 partial"),
("tom","partial","How much alerts for crane feed we had yesterday?","2025-03-31 09:00",43200,"alerts for crane feed in last 24 hours","2025-03-31 09:05","after spring-forward Warsaw: yesterday = 03-29T23:00Z..03-30T22:00Z (23h); B [03-30T07:05Z,03-31T07:05Z]; overlap 14.9h/23h=65%; off 8h -> r5 partial"),
("ing","partial","edi ack timeouts 01:00-04:00","2025-10-26 10:00",3600,"edi ack timeouts 01:00-04:00 UTC","2025-10-26 10:02","DST fall-back Oslo: A 01:00 CEST=10-25T23:00Z..04:00 CET=03:00Z (4h); B [01:00Z,04:00Z] 3h; overlap 2h/3h=67% -> r5 partial"),
("tom","miss","Alerts for billing today, how much?","2025-03-30 00:10",900,"billing alerts in last 24 hours, count","2025-03-30 00:12","DST day, just after midnight Warsaw: A [00:00,00:10]=10m; B 24h; ratio 144x > 31x -> r3 miss"),
# --- other time pairs (35) ---
("pri","hit","Could you please tell me how many EdiAckTimeout alerts fired since 14:30 IST?","2025-03-05 16:00",900,"Kindly share the EdiAckTimeout alert count since 09:00 UTC.","2025-03-05 16:05","zones: 14:30 IST = 09:00Z; A [09:00Z,10:30Z] B [09:00Z,10:35Z] -> r5 hit"),
("ken","hit",'sum(count_over_time({app="gate-ocr"} |= "plate unreadable" [2h])) for 07:00-09:00 UTC on 30 March',"2025-03-31 09:00",86400,'gate-ocr "plate unreadable" line count, 30 March 16:00-18:00 JST',"2025-03-31 09:10","zones: 16:00-18:00 JST = 07:00-09:00Z -> r5 hit"),
("ing","hit","BillingRunFailed yesterday?","2025-02-11 08:00",43200,"BillingRunFailed on Monday?","2025-02-11 08:20","relative vs absolute: asked Tue, yesterday = Monday 02-10 -> r5 hit"),
("mar","hit",'sum(rate(http_requests_total{service="booking-portal",code=~"5.."}[5m])) since 8am',"2025-04-15 10:05",900,'sum(rate(http_requests_total{service="booking-portal",code=~"5.."}[5m])) last 2h',"2025-04-15 10:07","A [08:00,10:05] B [08:07,10:07]; off 7m <= 18.75m -> r5 hit"),
("dan","hit","How many P1 incidents this month?","2025-04-15 11:00",3600,"How many P1 incidents this quarter?","2025-04-15 11:10","Q2 starts Apr 1 = month start: both [04-01 00:00,t] -> r5 hit"),
("bel","partial","KafkaConsumerLagHigh firing last 15 min?","2025-02-18 10:00",900,"KafkaConsumerLagHigh firing last 15 min?","2025-02-18 10:10","rolling re-ask while fresh: A [09:45,10:00] B [09:55,10:10] shift 10m > 5m -> partial (r3 exception / r5)"),
("dan","partial","How many incidents did we open on June 2?","2025-06-04 08:00",3600,"Incident count for June 2?","2025-06-04 11:00","same absolute day, answer 3h old > ttl 1h -> r5 partial (expired)"),
("aro","partial","yms 5xx last 1h","2025-03-25 14:00",900,"yms 5xx last 6 hrs","2025-03-25 14:02","range length: overlap 100% of 1h, 6x <= 31x; not matching -> r5 partial"),
("ken","partial",'sum(count_over_time({namespace="customs"} |= "schema validation" [24h]))',"2025-05-13 10:00",1800,'sum(count_over_time({namespace="customs"} |= "schema validation" [7d]))',"2025-05-13 10:03","range length 24h vs 7d (7x); overlap full -> r5 partial"),
("tom","partial","How many deploys for yardmaster this week?","2025-06-12 15:00",3600,"How many deploys for yardmaster in last 7 days?","2025-06-12 15:05","this week = Mon 06-09 00:00..Thu 15:00 (3.6d) vs 7d; overlap 100% of shorter -> r5 partial"),
("pri","partial","Please tell me how many TrainPositionStale alerts fired this morning.","2025-07-09 14:00",1800,"Please tell me how many TrainPositionStale alerts fired since 6 am.","2025-07-09 14:05","this morning [06:00,12:00] vs [06:00,14:05]; end off 2h05 > 54m -> r5 partial"),
("mar","partial",'up{job="rail-dispatch"} - is dispatch up right now?',"2025-08-05 10:00",600,"is rail-dispatch up right now","2025-08-05 10:08","now re-asked while fresh: [09:55,10:00] vs [10:03,10:08] no overlap but r3 exception -> partial"),
("ing","partial","crane feed gaps yesterday","2025-09-16 09:00",3600,"crane feed gaps 48h","2025-09-16 09:05","yesterday [09-15] vs [09-14 09:05, 09-16 09:05]; overlap 100% of 24h, 2x -> r5 partial"),
("bel","partial","BillingRunFailed last night?","2025-10-14 09:00",3600,"BillingRunFailed since 10pm yesterday?","2025-10-14 09:05","last night [22:00,06:00] vs [22:00,09:05]; end off 3h05 > 72m -> r5 partial"),
("aro","partial","gate ocr low confidence alerts 01:00-03:00","2025-11-11 10:00",3600,"gate ocr low confidence alerts 02:30-05:00","2025-11-11 10:02","boundary: overlap 30m = exactly 25% of shorter 2h, not < 25% -> r3 does not fire -> r5 partial"),
("aro","partial","how many crit alerts yday","2025-06-10 09:00",43200,"how many crit alerts 9 june 00:00-24:00 UTC","2025-06-10 09:05","zones: NZ yesterday 06-09 = [06-08T12:00Z,06-09T12:00Z]; B [06-09T00:00Z,06-10T00:00Z]; overlap 12h=50% -> r5 partial"),
("ken","partial",'sum(count_over_time({app="train-tracker"} |= "GPS fix lost" [...])) today',"2025-07-22 08:00",1800,'sum(count_over_time({app="train-tracker"} |= "GPS fix lost" [...])) since 00:00 UTC',"2025-07-22 08:05","zones: JST today = [07-21T15:00Z,23:00Z] 8h; B [07-21T00:00Z,23:05Z]; overlap 100% of shorter, 2.9x -> r5 partial"),
("pri","partial","Could you please share the number of BillingRunFailed alerts in the last month?","2025-08-12 10:00",3600,"Could you please share the number of BillingRunFailed alerts in the past day?","2025-08-12 10:04","length boundary: last month=30d vs 24h = 30x <= 31x, overlap 100% of shorter -> r3 does not fire -> r5 partial"),
("ing","miss","kafka lag yard-ingest max 1h","2025-01-14 10:00",900,"kafka lag yard-ingest max 7d","2025-01-14 10:03","range length 1h vs 7d = 168x > 31x -> r3 miss"),
("mar","miss",'invoices generated yesterday: sum(increase(billing_invoices_total[1d]))',"2025-01-28 10:00",3600,"invoices generated today so far","2025-01-28 10:05","yesterday vs today: no overlap -> r3 miss"),
("pri","miss","May I know if edi-gateway is healthy right now?","2025-02-04 09:00",300,"Is edi-gateway healthy right now, please?","2025-02-04 11:00","now asked 2h later: [08:55,09:00] vs [10:55,11:00], no overlap and stale (exception only while fresh) -> r3 miss"),
("tom","miss","How much restarts of gate-ocr pods was last night?","2025-04-01 17:00",3600,"How much restarts of gate-ocr pods this afternoon?","2025-04-01 17:05","[03-31 22:00,04-01 06:00] vs [12:00,17:00] no overlap -> r3 miss"),
("aro","miss","how many alerts today on yms","2025-05-06 00:04",600,"how many alerts on yms last 24 hrs","2025-05-06 00:06","midnight: today = 4 min vs 24h (360x) -> r3 miss"),
("dan","miss","How many deploys to prod yesterday?","2025-05-21 23:58",43200,"Prod deploys yesterday?","2025-05-22 00:03","midnight: A yesterday = May 20, B yesterday = May 21; no overlap -> r3 miss"),
("ken","miss",'{app="billing-engine"} |= "timeout" between 10:00 and 12:00',"2025-06-17 16:00",3600,'{app="billing-engine"} |= "timeout" between 13:00 and 15:00',"2025-06-17 16:02","shifted, no overlap -> r3 miss"),
("bel","miss","PodCrashLooping over the weekend","2025-03-10 12:00",3600,"PodCrashLooping today","2025-03-10 12:05","asked Monday: weekend [Sat 00:00, Mon 00:00] vs [Mon 00:00,12:05]; no overlap -> r3 miss"),
("ing","miss","edi ack timeouts 01:00-03:00","2025-11-18 10:00",3600,"edi ack timeouts 02:40-06:00","2025-11-18 10:01","overlap 20m/120m = 16.7% < 25% -> r3 miss"),
("tom","miss","Errors of booking portal between 10:00 and 12:00 UTC","2025-07-08 15:00",3600,"Errors of booking portal between 10:00 and 12:00","2025-07-08 15:03","zones: B local CEST = 08:00-10:00Z vs A 10:00-12:00Z; no overlap -> r3 miss"),
("dan","miss","How many incidents this week so far?","2025-09-29 00:10",3600,"How many incidents last week?","2025-09-29 00:12","Monday just after midnight: this week = 10m vs 7d (1008x) -> r3 miss"),
("pri","miss","Please share the count of PostgresReplicationLag alerts since Tuesday 6pm.","2025-09-10 10:00",1800,"Please share the count of PostgresReplicationLag alerts in the last 15 minutes.","2025-09-10 10:05","A [09-09 18:00,10:00]=16h vs 15m: 64x -> r3 miss"),
("mar","miss","p99 train_position_age_seconds last 30m","2025-10-21 10:00",600,"p99 train_position_age_seconds last 30m","2025-10-21 10:50","stale rolling: [09:30,10:00] vs [10:20,10:50] no overlap, ttl expired -> r3 miss"),
("ing","miss","gate ocr alerts this morning","2025-12-09 11:00",3600,"gate ocr alerts last night","2025-12-09 11:03","[06:00,11:00] vs [12-08 22:00,06:00] touch only -> r3 miss"),
("aro","miss","portal 5xx from 2am to 4am","2025-12-02 17:00",3600,"portal 5xx from 2pm to 4pm","2025-12-02 17:02","no overlap -> r3 miss"),
("tom","miss","How many alerts for EDI gateway on Monday?","2025-10-01 09:00",43200,"How many alerts for EDI gateway yesterday?","2025-10-01 09:05","asked Wed: Monday 09-29 vs yesterday Tue 09-30 -> r3 miss"),
("ken","miss",'sum(count_over_time({namespace="yard"} |= "deadlock" [7d]))',"2025-11-25 10:00",1800,'sum(count_over_time({namespace="yard"} |= "deadlock" [5m]))',"2025-11-25 10:02","7d vs 5m = 2016x -> r3 miss"),
]

SCOPE = [
("ing","partial","alerts prod 1h","2025-03-04 09:00",600,"crit alerts prod 1h","2025-03-04 09:02","r4: nested all ⊃ critical"),
("ing","miss","crit alerts prod team network-ops 1h","2025-03-04 11:00",600,"crit alerts prod team yard-ops 1h","2025-03-04 11:01","r2: team sibling (unknown filter)"),
("ing","hit","crit alerts prod team network-ops 1h","2025-03-06 11:00",600,"network-ops team critical alerts in production over the past hour","2025-03-06 11:03","r5: same filters reordered; shift 3m; fresh"),
("ing","partial","pods restarting prd-alder ns terminal-iot 6h","2025-05-12 08:00",900,"pods restarting prd-alder 6h","2025-05-12 08:02","r4: B wider (drops namespace)"),
("ing","miss","5xx portal prod /api/quotes 30m","2025-05-12 15:00",600,"5xx portal prod /api/bookings 30m","2025-05-12 15:01","r2: endpoint sibling"),
("ing","partial","yardmaster p95 latency prod 1h","2025-08-26 10:00",600,"yardmaster p95 latency prod+stg 1h","2025-08-26 10:01","r4: prod+staging ⊃ prod"),
("mar","partial",'sum(rate(http_requests_total{service="booking-portal",code=~"5.."}[5m])) last 1h',"2025-01-07 13:00",600,'sum(rate(http_requests_total{service="booking-portal",code="502"}[5m])) last 1h',"2025-01-07 13:01","r4: 5xx ⊃ 502"),
("mar","partial",'count(ALERTS{severity="critical",cluster="prd-kestrel"}) now',"2025-02-18 20:00",300,'count(ALERTS{severity="critical"}) across every cluster, now',"2025-02-18 20:01","r4: all clusters ⊃ prd-kestrel"),
("mar","hit",'count(max_over_time(crane_hoist_motor_temp_celsius[2h]) > 85)',"2025-04-22 16:00",900,"how many cranes went over 85C hoist motor temp in the last 2 hours","2025-04-22 16:04","r5: same threshold > 85; shift 4m; fresh"),
("mar","partial",'count(max_over_time(crane_hoist_motor_temp_celsius[2h]) > 85)',"2025-04-24 16:00",900,'count(max_over_time(crane_hoist_motor_temp_celsius[2h]) > 70)',"2025-04-24 16:01","r4: same direction, >85 ⊂ >70 -> nested (hard choice, see README)"),
("mar","partial",'kafka_consumergroup_lag{group="yard-ingest"} now',"2025-06-03 09:00",300,'kafka_consumergroup_lag{group="yard-ingest",topic="yard.moves",partition="3"} now',"2025-06-03 09:01","r4: refinement topic+partition"),
("mar","miss",'p95 booking-portal latency prod last 30m, excluding /healthz',"2025-09-09 14:00",600,"p95 booking-portal latency prod last 30m","2025-09-09 14:01","r2: 'excluding X' complement filter on A (hard: nearly same number)"),
("mar","partial",'rate(edi_messages_total{type="IFTMIN",status="rejected"}[5m]) last 6h',"2025-10-07 11:00",900,'rate(edi_messages_total{type="IFTMIN"}[5m]) last 6h',"2025-10-07 11:02","r4: all statuses ⊃ rejected"),
("pri","hit","Kindly share the count of critical alerts for the finance-systems team in production today.","2025-01-20 15:00",1800,"How many critical alerts in production today for finance-systems, please?","2025-01-20 15:05","r5: same team/sev/env; fresh"),
("pri","partial","Could you tell me the number of warning alerts in staging today?","2025-02-24 12:00",1800,"Could you tell me the number of warning alerts in all environments today?","2025-02-24 12:02","r4: all envs ⊃ staging"),
("pri","miss","Could you list the incidents for the Port Alder terminal this week, please?","2025-04-16 10:00",3600,"Could you list the incidents for the Brackwater terminal this week, please?","2025-04-16 10:02","r2: terminal sibling"),
("pri","partial","How many EDI messages were rejected by customs in prod today, please?","2025-06-25 13:00",1800,"How many CUSCAR messages were rejected by customs in prod today, please?","2025-06-25 13:03","r4: all message types ⊃ CUSCAR"),
("pri","miss","Kindly list yarddb hosts with disk usage above 90% right now.","2025-08-06 10:00",300,"Kindly list yarddb hosts with disk usage below 90% right now.","2025-08-06 10:01","r2: above vs below"),
("pri","hit","Please list slow requests over 2 seconds on the portal's /api/quotes endpoint in the last hour.","2025-10-22 16:00",900,"Please list requests slower than 2s on booking-portal /api/quotes, past hour.","2025-10-22 16:05","r5: same endpoint and threshold; shift 5m<=9m; fresh"),
("pri","hit","Kindly share warning alerts for the terminal-iot team at Port Alder in production, last 24h.","2025-12-15 09:00",1800,"Port Alder terminal-iot team warning alerts in prod, past day, please.","2025-12-15 09:10","r5: team+terminal+sev+env all equal; fresh"),
("tom","partial","Alerts for train-tracker in prod and staging, last 24h","2025-01-13 10:00",1800,"Alerts for train-tracker only in staging, last 24h","2025-01-13 10:02","r4: prod+staging ⊃ staging"),
("tom","partial","Deploys in namespace tracking today","2025-03-03 16:00",1800,"Deploys in namespace tracking today, only ones by team network-ops","2025-03-03 16:02","r4: team filter added"),
("tom","miss","Errors of edi gateway outside prod in last 1h","2025-05-05 10:00",600,"Errors of edi gateway in prod in last 1h","2025-05-05 10:01","r2: outside prod = complement"),
("tom","hit","How many containers moves are pending for Kestrel yard now?","2025-06-30 08:00",300,"pending yard moves in Kestrel Junction yard, in this moment","2025-06-30 08:02","r5: same yard, now; fresh"),
("tom","partial","CPU of yardmaster pods above 80% in last 3h","2025-09-01 13:00",900,"CPU of yardmaster pods in last 3h","2025-09-01 13:02","r4: threshold filter only on A"),
("tom","partial","Pods not ready in prd-kestrel namespace customs","2025-11-10 09:00",300,"Pods not ready in prd-kestrel","2025-11-10 09:01","r4: cluster ⊃ namespace"),
("aro","partial","crit alerts for cranes STS-01 and STS-02 today","2025-02-03 14:00",1800,"crit alerts for crane STS-02 today","2025-02-03 14:01","r4: {STS-01,STS-02} ⊃ STS-02"),
("aro","hit","crit alerts for cranes STS-01 n STS-02 today","2025-02-05 14:00",1800,"crit alerts for STS-02 and STS-01 today pls","2025-02-05 14:04","r5: same set reordered; fresh"),
("aro","miss","gate ocr errors lane 3 last 1h","2025-04-14 11:00",600,"gate ocr errors lane 5 last 1h","2025-04-14 11:01","r2: lane sibling"),
("aro","partial","alerts for all terminals 24h","2025-07-07 10:00",1800,"alerts for port alder 24h","2025-07-07 10:02","r4: all ⊃ Port Alder"),
("aro","partial","portal 5xx prod ap-southeast-2 last 30m","2025-08-11 12:00",600,"portal 5xx prod last 30m","2025-08-11 12:01","r4: region filter only on A (unknown filter is still a filter)"),
("aro","miss","portal 5xx prod ap-southeast-2 last 30m","2025-08-13 12:00",600,"portal 5xx prod eu-central-1 last 30m","2025-08-13 12:01","r2: region sibling"),
("dan","hit","How many P1 incidents did the network-ops team have this month?","2025-02-20 10:00",3600,"Network-ops P1 incident count, month to date?","2025-02-20 10:15","r5: same filters; fresh"),
("dan","partial","P1 incidents for network-ops this month, please.","2025-02-20 14:00",3600,"P1 and P2 incidents for network-ops this month.","2025-02-20 14:05","r4: P1+P2 ⊃ P1"),
("dan","miss","All incidents this month, top line number.","2025-04-10 09:00",3600,"Incidents this month excluding network-ops, top line number.","2025-04-10 09:02","r2: excluding = complement"),
("dan","partial","Deploy count for commercial-web team services in prod this week.","2025-06-18 15:00",3600,"Deploy count for the booking portal in prod this week.","2025-06-18 15:03","r4: team's services ⊃ booking-portal"),
("dan","miss","Incidents affecting the booking portal in staging this week?","2025-08-20 11:00",3600,"Incidents affecting the booking portal in prod this week?","2025-08-20 11:01","r2: env sibling"),
("dan","partial","SLA breaches on billing for EU customers, last 30 days.","2025-10-15 10:00",3600,"SLA breaches on billing, last 30 days.","2025-10-15 10:05","r4: customer-segment filter only on A"),
("ken","partial",'{namespace="tracking"} |= "error" last 1h',"2025-01-27 09:00",600,'{namespace="tracking",app="rail-dispatch"} |= "error" last 1h',"2025-01-27 09:01","r4: ns ⊃ app"),
("ken","hit",'{namespace="tracking",app="rail-dispatch"} |= "error" last 1h',"2025-03-17 09:00",600,'{app="rail-dispatch",namespace="tracking"} |= "error" last 1h',"2025-03-17 09:03","r5: label order irrelevant; fresh"),
("ken","miss",'{app="edi-gateway"} |= "CUSCAR" |= "rejected" last 6h',"2025-05-26 14:00",900,'{app="edi-gateway"} |= "COPARN" |= "rejected" last 6h',"2025-05-26 14:01","r2: message type sibling"),
("ken","partial",'{app="booking-portal"} | json | status >= 500 last 30m',"2025-07-14 10:00",600,'{app="booking-portal"} | json | status >= 500 | path="/api/bookings" last 30m',"2025-07-14 10:01","r4: endpoint refinement"),
("ken","miss",'{app="booking-portal"} | json | status >= 500 | path="/api/bookings" last 30m',"2025-07-16 10:00",600,'{app="booking-portal"} | json | status >= 500 | path!="/api/bookings" last 30m',"2025-07-16 10:01","r2: negated endpoint"),
("ken","hit",'{app="booking-portal"} | json | status >= 500 | duration > 2s last 30m',"2025-09-29 10:00",600,'{app="booking-portal"} | json | duration > 2s | status >= 500 last 30m',"2025-09-29 10:02","r5: filter order irrelevant; fresh"),
("bel","partial","pods pending in stg-kestrel ns portal rn","2025-02-10 10:00",300,"pods pending in stg-kestrel rn","2025-02-10 10:01","r4: cluster ⊃ ns"),
("bel","miss","pods pending in prd-kestrel ns portal rn","2025-02-12 10:00",300,"pods pending in stg-kestrel ns portal rn","2025-02-12 10:01","r2: cluster sibling"),
("bel","hit","nodes > 85% mem in prd-alder rn","2025-05-19 15:00",300,"prd-alder nodes using over 85% memory atm","2025-05-19 15:02","r5: same threshold/cluster; fresh"),
("bel","miss","nodes > 85% mem in prd-alder rn","2025-05-21 15:00",300,"nodes < 85% mem in prd-alder rn","2025-05-21 15:01","r2: threshold direction"),
("bel","partial","evictions all clusters this arvo","2025-09-02 15:00",1800,"evictions prd-alder this arvo","2025-09-02 15:01","r4: all ⊃ prd-alder"),
("bel","miss","deploys by team terminal-iot to prod this wk","2025-12-03 13:00",3600,"deploys by team yard-ops to prod this wk","2025-12-03 13:01","r2: team sibling"),
]

def main():
    out = []
    n = 0
    for group, rows in (("paraphrase", PARAPHRASE), ("near_miss", NEAR_MISS), ("time", TIME), ("scope", SCOPE)):
        for pos, (who, expect, aq, aat, ttl, bq, bat, note) in enumerate(rows, 1):
            n += 1
            tz = TZ[who]
            out.append({
                "id": f"p13-{n:04d}", "group": group,
                "split": "dev13" if pos % 2 == 1 else "test13",
                "expect": expect,
                "a": {"q": aq, "at": to_iso(aat, tz), "tz": tz, "ttl": ttl},
                "b": {"q": bq, "at": to_iso(bat, tz), "tz": tz},
                "note": f"[{who}] {note}",
            })
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pairs.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs to {path}")

if __name__ == "__main__":
    main()
