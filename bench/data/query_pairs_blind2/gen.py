#!/usr/bin/env python3
"""Hand-written blind evaluation pairs (theme: the "Skyhook" observatory network).
Every question, label and 'why' below was written by hand; this script only
renders local wall-clock times to ISO 8601 with the correct zoneinfo offset."""
import json, datetime as dt
from zoneinfo import ZoneInfo
from collections import Counter

PAIRS = []
_n = Counter()

def iso(local, tz):
    t = dt.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return t.isoformat()

def P(group, expect, why, aq, at, tz, ttl, bq, bt, btz=None):
    _n[group] += 1
    PAIRS.append({
        "id": f"{group}-{_n[group]:02d}", "group": group, "split": "blind2",
        "expect": expect, "why": why,
        "a": {"q": aq, "at": iso(at, tz), "tz": tz, "ttl": ttl},
        "b": {"q": bq, "at": iso(bt, btz or tz), "tz": btz or tz},
    })

B, NY, SYD, HNL, KOL, UTC, SCL, CAN = ("Europe/Berlin", "America/New_York", "Australia/Sydney",
    "Pacific/Honolulu", "Asia/Kolkata", "UTC", "America/Santiago", "Atlantic/Canary")

# ---------------------------------------------------------------- paraphrase (40)
g = "paraphrase"
P(g, "hit", "rule5 same q (crit=critical, 24h=past day); ranges shift 4m <= 15%*24h=216m; fresh 240s<900",
  "how many critical alerts fired in the last 24h on kepler-prod?", "2026-04-14 09:10", B, 900,
  "count of crit alerts on kepler-prod past day", "2026-04-14 09:14")
P(g, "hit", "rule5 today=since midnight; [00:00,11:20] vs [00:00,11:23], end diff 3m <= 102m; fresh 180<600",
  "list open incidents for team-parallax today", "2026-05-06 11:20", NY, 600,
  "Which incidents are open for team-parallax since midnight?", "2026-05-06 11:23")
P(g, "hit", "rule5 'healthy'='up right now' both [t-5m,t]; shift 1m <= 5m; fresh 60<120",
  "is dome-ctl healthy?", "2026-07-02 21:05", HNL, 120,
  "dome-ctl up right now??", "2026-07-02 21:06")
P(g, "hit", "rule5 p95=95th percentile, last hour=past 60 minutes; shift 3m <= 9m; fresh 180<300",
  "p95 latency of /v2/catalog/cone-search over the last hour", "2026-02-11 14:00", UTC, 300,
  "95th percentile latency for /v2/catalog/cone-search, past 60 minutes", "2026-02-11 14:03")
P(g, "hit", "rule5 errors of a service=5xx, 6 hours=6h; shift 5m <= 54m; fresh 300<900",
  "how many errors did spectra-ingest throw in the last 6 hours", "2026-09-17 16:40", KOL, 900,
  "count of 5xx responses from spectra-ingest over past 6h", "2026-09-17 16:45")
P(g, "hit", "rule5 k8s events, ns=namespace, 30 min=half hour; shift 2m <= max(4.5m,5m); fresh 120<300",
  "k8s events in ns photometry last 30 min", "2026-08-20 10:30", SYD, 300,
  "kubernetes events in the photometry namespace over the past half hour", "2026-08-20 10:32")
P(g, "hit", "rule5 acked=acknowledged, this week=since Monday; [Mon 06-08 00:00, Thu 15:00]=87h, end diff 10m <= 13h; fresh 600<1800",
  "acked alerts for team-zenith this week", "2026-06-11 15:00", B, 1800,
  "which alerts are acknowledged for team-zenith since monday", "2026-06-11 15:10")
P(g, "hit", "rule5 typos don't matter; yesterday=Mar 9 for both; fresh 1200<3600",
  "how many deploys to plate-solver yesterday", "2026-03-10 08:00", NY, 3600,
  "how mnay deplyos to plate-sovler yesterday", "2026-03-10 08:20")
P(g, "hit", "rule5 case, prod=production, atm=right now; now ranges shift 1m <= 5m; fresh 60<180",
  "show me all critical alerts in production right now", "2026-01-22 03:40", SCL, 180,
  "CRITICAL ALERTS IN PROD ATM???", "2026-01-22 03:41")
P(g, "hit", "rule5 'since one hour'=last hour, top 5 by cpu; shift 2m <= 9m; fresh 120<300",
  "top 5 hosts by cpu usage on tycho-prod last 1 hour", "2026-03-03 18:20", UTC, 300,
  "please can you give me which 5 host are using most of cpu in tycho-prod since one hour", "2026-03-03 18:22")
P(g, "hit", "rule5 memory avg of ccd-node-07 24h written as PromQL; shift 6m <= 216m; fresh 360<1800",
  "avg memory usage of ccd-node-07 over the last 24 hours", "2026-10-06 07:15", CAN, 1800,
  'avg_over_time(node_memory_used_bytes{host="ccd-node-07"}[24h])', "2026-10-06 07:21")
P(g, "hit", "rule5 SQL-ish, stg=staging, 7d; shift 10m <= 25h; fresh 600<3600",
  "count deploys of ephemeris-svc in staging over the past 7 days", "2026-11-18 13:00", B, 3600,
  "SELECT count(*) FROM deploys WHERE service='ephemeris-svc' AND env='stg' AND time > now() - 7d", "2026-11-18 13:10")
P(g, "hit", "rule5 manager phrasing, this week=since Monday (Mon 08-17); end diff 15m <= 15% of ~57h; fresh 900<3600",
  "trend of exposure_queue_depth in atacama-1 this week", "2026-08-19 09:00", SCL, 3600,
  "Hi team, could someone pull together how the exposure queue depth has been trending in atacama-1 since Monday? Thanks!", "2026-08-19 09:15")
P(g, "hit", "rule5 voice style, GuideStarLost spoken, two hours=2h; shift 3m <= 18m; fresh 180<600",
  "list firing GuideStarLost alerts last 2 hours", "2026-05-28 23:10", HNL, 600,
  "uh list the guide star lost alerts that are firing um over the last like two hours", "2026-05-28 23:13")
P(g, "hit", "rule5 status of fits-store-12 disk latency now, rn=right now; shift 2m <= 5m; fresh 120<240",
  "is fits-store-12 disk latency ok right now?", "2026-12-01 16:00", NY, 240,
  "fits-store-12 disk latency rn 🤔 all good?", "2026-12-01 16:02")
P(g, "hit", "rule5 word order, warn=warning, 12h; shift 4m <= 108m; fresh 240<900",
  "warning alerts kepler-stg last 12h", "2026-02-24 20:00", B, 900,
  "last 12h on kepler-stg: warn alerts", "2026-02-24 20:04")
P(g, "hit", "rule5 last week=rolling 7d=past 7 days; shift 20m <= 25h; fresh 1200<7200",
  "incidents for the cryo-pump service last week", "2026-07-09 10:00", B, 7200,
  "cryo-pump incidents in the past 7 days", "2026-07-09 10:20")
P(g, "hit", "rule5 last month=30d; shift 1h <= 4.5d; fresh 3600<21600",
  "how many incidents did team-nebula have last month", "2026-09-30 12:00", SYD, 21600,
  "team-nebula incident count, last 30 days", "2026-09-30 13:00")
P(g, "hit", "rule5 dome-ctl log stream errors, past hour=60 minutes, pls; shift 3m <= 9m; fresh 180<300",
  "show error logs from the dome-ctl stream in the past hour", "2026-04-02 02:30", KOL, 300,
  "dome-ctl log stream, errors, last 60 minutes pls", "2026-04-02 02:33")
P(g, "hit", "rule5 yesterday (asked Wed Oct 14) = named day Tuesday Oct 13; identical ranges; fresh 900<3600",
  "deploys to starcat-index yesterday", "2026-10-14 09:00", NY, 3600,
  "what got deployed to starcat-index on Tuesday", "2026-10-14 09:15")
P(g, "hit", "rule5 this morning at 10:30=[06:00,10:30] vs since 6am=[06:00,10:33]; end diff 3m <= 40m; fresh 180<600",
  "alerts for seeing-monitor this morning", "2026-06-23 10:30", CAN, 600,
  "seeing-monitor alerts since 6am", "2026-06-23 10:33")
P(g, "hit", "rule5 last night=overnight=[22:00 prev,06:00], identical; fresh 900<3600",
  "did anything page team-zenith last night", "2026-03-17 08:00", B, 3600,
  "overnight pages for team-zenith?", "2026-03-17 08:15")
P(g, "hit", "rule5 politeness ignored, 3 hours=3h, warning, mauna-2; shift 2m <= 27m; fresh 120<600",
  "Could you please tell me how many warning alerts mauna-2 had in the last 3 hours? Thank you so much!", "2026-01-09 05:00", HNL, 600,
  "warning alerts mauna-2 3h count", "2026-01-09 05:02")
P(g, "hit", "rule5 currently=right now, ns adaptive-optics; shift 1m <= 5m; fresh 60<120",
  "which pods are crashlooping in ns adaptive-optics currently", "2026-05-15 14:44", UTC, 120,
  "crashlooping pods in the adaptive-optics namespace right now", "2026-05-15 14:45")
P(g, "hit", "rule5 write IOPS same measure, 4 hours=4h; shift 5m <= 36m; fresh 300<600",
  "write IOPS on fits-store-12 last 4 hours", "2026-08-04 11:00", NY, 600,
  "fits-store-12: disk write iops, past 4h", "2026-08-04 11:05")
P(g, "hit", "rule5 non-native wording, prod=production, now; shift 2m <= 5m; fresh 120<180",
  "how much alerts is firing for plate-solver in prod now?", "2026-10-27 07:30", B, 180,
  "firing alerts for plate-solver, production, right now", "2026-10-27 07:32")
P(g, "hit", "rule5 label-selector vs prose, critical tycho-prod 2h; shift 3m <= 18m; fresh 180<600",
  'alerts{severity="critical", cluster="tycho-prod"} last 2h', "2026-03-12 22:00", UTC, 600,
  "critical alerts on the tycho-prod cluster over the past 2 hours", "2026-03-12 22:03")
P(g, "hit", "rule5 top 10 endpoints by error rate, today=so far today; end diff 4m; fresh 240<900",
  "top 10 endpoints by error rate on spectra-ingest today", "2026-06-30 15:00", SYD, 900,
  "which 10 spectra-ingest endpoints have the highest error rate so far today", "2026-06-30 15:04")
P(g, "hit", "rule5 compare cpu of two hosts, past day=24h; shift 5m; fresh 300<1800",
  "compare cpu of ccd-node-07 and ccd-node-08 over the past day", "2026-02-02 12:00", SCL, 1800,
  "ccd-node-07 vs ccd-node-08 CPU, last 24h", "2026-02-02 12:05")
P(g, "hit", "rule5 slowest traces of endpoint, 15 minutes=15 min; shift 2m <= 5m; fresh 120<300",
  "slowest traces for /v1/ephemeris/lookup in the last 15 minutes", "2026-07-21 19:45", KOL, 300,
  "show the slowest /v1/ephemeris/lookup traces from the past 15 min", "2026-07-21 19:47")
P(g, "hit", "rule5 since 9am = since 09:00 today; [09:00,12:00] vs [09:00,12:04], end diff 4m <= 27m; fresh 240<600",
  "incidents since 9am", "2026-09-14 12:00", CAN, 600,
  "any incidents since 09:00 today?", "2026-09-14 12:04")
P(g, "hit", "rule5 half hour=30 min, alertname FocuserStuck; shift 2m <= 5m; fresh 120<600",
  "FocuserStuck alerts in the last half hour", "2026-11-05 01:10", NY, 600,
  "FocuserStuck alerts past 30 min", "2026-11-05 01:12")
P(g, "hit", "rule5 caps + rn, count of open incidents now; shift 1m <= 5m; fresh 60<120",
  "HOW MANY INCIDENTS OPEN FOR TEAM-NEBULA RN", "2026-04-21 17:00", B, 120,
  "number of open team-nebula incidents right now", "2026-04-21 17:01")
P(g, "hit", "rule5 503 count for endpoint, 24h=past day; shift 10m <= 216m; fresh 600<3600",
  "number of 503s from /v2/exposures in the last 24h", "2026-12-10 08:00", UTC, 3600,
  "how many 503 responses did /v2/exposures return in the past day", "2026-12-10 08:10")
P(g, "hit", "rule5 RAM=memory, last 7 days=past week; shift 15m <= 25h; fresh 900<3600",
  "RAM usage trend for mirror-ctl-03 over the last 7 days", "2026-01-28 10:00", SYD, 3600,
  "how has memory usage on mirror-ctl-03 trended over the past week", "2026-01-28 10:15")
P(g, "hit", "rule5 stg=staging, list today's deploys; end diff 5m; fresh 300<900",
  "list deploys to stg today", "2026-05-19 16:30", NY, 900,
  "today's staging deploys, list please", "2026-05-19 16:35")
P(g, "hit", "rule5 p99=99th percentile ccd_readout_seconds, 6h; shift 3m <= 54m; fresh 180<600",
  "p99 ccd_readout_seconds on tycho-prod over the last 6 hours", "2026-08-26 03:00", SCL, 600,
  "99th percentile of ccd_readout_seconds, tycho-prod, past 6h", "2026-08-26 03:03")
P(g, "hit", "rule5 'over 80%'='above 80%' same threshold, atm=right now; shift 2m <= 5m; fresh 120<180",
  "hosts with cpu above 80% in lapalma-1 right now", "2026-10-01 13:00", CAN, 180,
  "which lapalma-1 hosts are over 80% CPU atm", "2026-10-01 13:02")
P(g, "hit", "rule5 voice transcription 'siding spring one'=siding-spring-1, past hour; shift 2m <= 9m; fresh 120<300",
  "how many critical alerts in siding spring one in the last hour", "2026-06-05 06:30", SYD, 300,
  "critical alerts siding-spring-1 past hour count", "2026-06-05 06:32")
P(g, "hit", "rule5 since Tuesday 6pm identical in both; [Tue 18:00, Wed 09:00]=15h, end diff 6m; fresh 360<1800",
  "resolved incidents for dome-ctl since Tuesday 6pm", "2026-03-25 09:00", B, 1800,
  "dome-ctl incidents that got resolved since tuesday 18:00 🙏", "2026-03-25 09:06")

# ---------------------------------------------------------------- asked_later (13)
g = "asked_later"
P(g, "hit", "rule5 same rolling 24h; shift 90m <= 216m (15% of 24h); fresh 5400<7200",
  "critical alerts on kepler-prod in the last 24 hours", "2026-04-07 09:00", B, 7200,
  "critical alerts on kepler-prod in the last 24 hours", "2026-04-07 10:30")
P(g, "partial", "rule5 same q fresh (1500<3600) but 1h window shifted 25m > 9m tolerance; overlap 35/60 >= 25%",
  "critical alerts on kepler-prod in the last hour", "2026-04-07 09:00", B, 3600,
  "critical alerts on kepler-prod in the last hour", "2026-04-07 09:25")
P(g, "partial", "rule3 exception: same 'now' q re-asked while fresh (1200<3600); [11:55,12:00] vs [12:15,12:20] no overlap -> partial",
  "is dome-ctl up?", "2026-07-14 12:00", HNL, 3600,
  "is dome-ctl up?", "2026-07-14 12:20")
P(g, "partial", "rule5 today [00:00,10:00] vs [00:00,13:00]; end diff 180m > 15%*13h=117m; fresh 10800<14400",
  "how many incidents today for team-parallax", "2026-02-18 10:00", NY, 14400,
  "how many incidents today for team-parallax", "2026-02-18 13:00")
P(g, "hit", "rule5 today [00:00,16:00] vs [00:00,16:45]; end diff 45m <= 144m; fresh 2700<3600",
  "spectra-ingest deploys today?", "2026-09-09 16:00", KOL, 3600,
  "spectra-ingest deploys today?", "2026-09-09 16:45")
P(g, "hit", "rule5 7d shifted 9h <= 25.2h; fresh 32400<43200",
  "deploys to tycho-prod over the last 7 days", "2026-05-04 09:00", SYD, 43200,
  "deploys to tycho-prod over the last 7 days", "2026-05-04 18:00")
P(g, "partial", "rule3 15m windows shifted 12m overlap 3/15=20% <25% would miss, but same rolling q re-asked fresh (720<900) -> partial",
  "error logs for plate-solver last 15 minutes", "2026-11-11 10:00", UTC, 900,
  "error logs for plate-solver last 15 minutes", "2026-11-11 10:12")
P(g, "hit", "rule5 yesterday is the same day (Jun 15) at 08:00 and 17:00; fresh 32400<86400",
  "how many deploys hit kepler-prod yesterday", "2026-06-16 08:00", B, 86400,
  "how many deploys hit kepler-prod yesterday", "2026-06-16 17:00")
P(g, "hit", "rule5 this week from Mon 00:00: [Mon,Tue 10:00]=34h vs [Mon,Tue 14:00]=38h; end diff 4h <= 5.1h; fresh 14400<21600",
  "incidents this week in mauna-2", "2026-09-22 10:00", HNL, 21600,
  "incidents this week in mauna-2", "2026-09-22 14:00")
P(g, "hit", "rule5 30m window shifted 3m <= 5m; fresh 180<600",
  "exposure_queue_depth max last 30 minutes", "2026-03-31 21:00", SCL, 600,
  "exposure_queue_depth max last 30 minutes", "2026-03-31 21:03")
P(g, "partial", "rule5 2h window shifted 40m > 18m tol; overlap 80/120 >= 25%; fresh 2400<3600",
  "warning alerts for seeing-monitor past 2h", "2026-01-13 14:00", CAN, 3600,
  "warning alerts for seeing-monitor past 2h", "2026-01-13 14:40")
P(g, "hit", "rule5 since 2pm yesterday: [Mon 14:00,Tue 09:00]=19h vs end 11:00; end diff 2h <= 2.85h; fresh 7200<10800",
  "FitsWriteBacklog alerts since 2pm yesterday", "2026-10-20 09:00", NY, 10800,
  "FitsWriteBacklog alerts since 2pm yesterday", "2026-10-20 11:00")
P(g, "hit", "rule5 last month=30d shifted 2d <= 4.5d; fresh 172800<259200",
  "how many incidents did the cryo-pump service have last month", "2026-08-03 12:00", B, 259200,
  "how many incidents did the cryo-pump service have last month", "2026-08-05 12:00")

# ---------------------------------------------------------------- range_length (13)
g = "range_length"
P(g, "partial", "rule5 same q, 24h inside 7d: overlap 100% of shorter, ratio 7 <=31; ranges differ -> partial",
  "critical alerts for team-nebula last 24h", "2026-02-05 10:00", B, 1800,
  "critical alerts for team-nebula last 7 days", "2026-02-05 10:05")
P(g, "miss", "rule3 1h vs 7d: ratio 168 > 31",
  "deploys to plate-solver in the last hour", "2026-06-18 15:00", NY, 1800,
  "deploys to plate-solver in the last 7 days", "2026-06-18 15:02")
P(g, "miss", "rule3 30m vs 24h: ratio 48 > 31",
  "dome-ctl error logs past 30 min", "2026-09-01 08:00", UTC, 600,
  "dome-ctl error logs past 24 hours", "2026-09-01 08:01")
P(g, "partial", "rule5 6h vs 12h: overlap 100% of shorter, ratio 2; start diff 6h > 108m",
  "p95 latency of /v2/exposures last 6 hours", "2026-04-28 18:00", SYD, 900,
  "p95 latency of /v2/exposures last 12 hours", "2026-04-28 18:03")
P(g, "partial", "rule5 1h vs 24h: ratio 24 <= 31, overlap 100% of shorter; ranges differ",
  "warning alerts in atacama-1 last hour", "2026-12-14 22:00", SCL, 1200,
  "warning alerts in atacama-1 last 24 hours", "2026-12-14 22:04")
P(g, "partial", "rule5 status now [t-5m,t] vs last hour: ratio 12, overlap 100% of shorter; ranges differ",
  "is ephemeris-svc healthy right now?", "2026-03-19 11:00", KOL, 300,
  "was ephemeris-svc healthy over the last hour?", "2026-03-19 11:02")
P(g, "miss", "rule3 now 5m vs today [00:00,15:00]=15h: ratio 180 > 31",
  "are there critical alerts on mirror-ctl-03 right now", "2026-07-07 15:00", CAN, 300,
  "are there critical alerts on mirror-ctl-03 today", "2026-07-07 15:01")
P(g, "partial", "rule5 last week 7d vs last month 30d: ratio 4.3, overlap 100% of shorter",
  "incidents in lapalma-1 last week", "2026-10-08 09:00", B, 3600,
  "incidents in lapalma-1 last month", "2026-10-08 09:10")
P(g, "miss", "rule3 15m vs 12h: ratio 48 > 31",
  "FocuserStuck alerts last 15 minutes", "2026-05-26 04:00", HNL, 600,
  "FocuserStuck alerts last 12 hours", "2026-05-26 04:02")
P(g, "partial", "rule5 this morning [06:00,11:00]=5h vs 24h: ratio 4.8, overlap 100% of shorter",
  "how many k8s events in ns astrometry this morning", "2026-01-30 11:00", NY, 1800,
  "how many k8s events in ns astrometry in the last 24 hours", "2026-01-30 11:05")
P(g, "miss", "rule3 10m vs 6h: ratio 36 > 31",
  "cpu usage on ccd-node-08 last 10 minutes", "2026-08-12 13:00", SYD, 300,
  "cpu usage on ccd-node-08 last 6 hours", "2026-08-12 13:01")
P(g, "partial", "rule5 3h vs 4h: start diff 60m > max tol 36m (15% of 4h); overlap 100% of shorter",
  "503s from starcat-index last 3 hours", "2026-11-24 17:00", UTC, 900,
  "503s from starcat-index last 4 hours", "2026-11-24 17:02")
P(g, "hit", "rule5 23h vs 24h asked 2m later: start diff 58m <= 207m (15% of 23h); end diff 2m; fresh 120<1800",
  "how many deploys to kepler-stg in the last 23 hours", "2026-02-27 12:00", B, 1800,
  "how many deploys to kepler-stg in the past day", "2026-02-27 12:02")

# ---------------------------------------------------------------- shifted_range (13)
g = "shifted_range"
P(g, "partial", "rule5 10-12 vs 11-13 (2h each): overlap 60m=50% >=25%; shift 60m > 18m",
  "critical alerts between 10:00 and 12:00 on tycho-prod", "2026-03-04 14:00", UTC, 3600,
  "critical alerts between 11:00 and 13:00 on tycho-prod", "2026-03-04 14:05")
P(g, "miss", "rule3 10:00-12:00 vs 11:40-13:40: overlap 20m/120m=16.7% < 25%",
  "deploys to spectra-ingest between 10:00 and 12:00", "2026-04-16 15:00", B, 3600,
  "deploys to spectra-ingest between 11:40 and 13:40", "2026-04-16 15:05")
P(g, "miss", "rule3 yesterday (asked Wed 05-13) = Tue 05-12 vs Monday 05-11: disjoint",
  "incidents for team-zenith yesterday", "2026-05-13 09:00", NY, 7200,
  "incidents for team-zenith on Monday", "2026-05-13 09:10")
P(g, "hit", "rule5 02:00-04:00 vs 02:10-04:10: shift 10m <= 18m; fresh 300<3600",
  "cryo-pump logs from 2am to 4am", "2026-06-24 09:00", SYD, 3600,
  "cryo-pump logs from 2:10am to 4:10am", "2026-06-24 09:05")
P(g, "partial", "rule5 this afternoon at 19:00=[12,18] vs [13,19]: shift 60m > 54m (15% of 6h); overlap 5/6",
  "dome humidity alerts this afternoon", "2026-08-11 19:00", CAN, 3600,
  "dome humidity alerts between 13:00 and 19:00", "2026-08-11 19:05")
P(g, "hit", "rule5 this morning at 13:00=[06,12] vs [05:30,11:30]: shift 30m <= 54m; fresh 300<3600",
  "how many plate-solver errors this morning", "2026-02-16 13:00", B, 3600,
  "how many plate-solver errors between 05:30 and 11:30", "2026-02-16 13:05")
P(g, "miss", "rule3 Apr 20 vs Apr 21 full days: disjoint",
  "deploys to starcat-index on Apr 20", "2026-04-22 10:00", KOL, 7200,
  "deploys to starcat-index on Apr 21", "2026-04-22 10:03")
P(g, "partial", "rule5 since 9am [9,12] vs since 10am [10,12:05]: start diff 60m > 27m; overlap 2h/2h05 >= 25%",
  "warning alerts in mauna-2 since 9am", "2026-10-29 12:00", HNL, 1800,
  "warning alerts in mauna-2 since 10am", "2026-10-29 12:05")
P(g, "miss", "rule3 01:00-03:00 vs 03:00-05:00: touching, overlap 0",
  "exposure_queue_depth 01:00-03:00", "2026-07-29 08:00", SCL, 3600,
  "exposure_queue_depth 03:00-05:00", "2026-07-29 08:02")
P(g, "miss", "rule3 14:00-16:00 yesterday vs 14:00-16:00 today: disjoint",
  "p99 latency of /v2/exposures between 14:00 and 16:00 yesterday", "2026-12-03 17:00", NY, 3600,
  "p99 latency of /v2/exposures between 14:00 and 16:00", "2026-12-03 17:05")
P(g, "hit", "rule5 08:00-20:00 vs 09:00-21:00: shift 60m <= 108m (15% of 12h); fresh 600<3600",
  "resolved alerts for team-parallax between 08:00 and 20:00", "2026-09-16 21:30", B, 3600,
  "resolved alerts for team-parallax between 09:00 and 21:00", "2026-09-16 21:40")
P(g, "partial", "rule5 Tuesday [00,24] vs since Tuesday 6pm (asked Wed 10:00) [Tue 18:00, Wed 10:00]=16h: overlap 6h/16h=37.5%; ranges differ",
  "GuideStarLost alerts on Tuesday", "2026-01-14 10:00", UTC, 3600,
  "GuideStarLost alerts since Tuesday 6pm", "2026-01-14 10:04")

P(g, "partial", "rule5 00:00-06:00 vs 04:00-10:00 (6h each): overlap 2h/6h=33% >=25%; shift 4h > 54m",
  "CryoTempDrift alerts between 00:00 and 06:00", "2026-05-08 11:00", KOL, 3600,
  "CryoTempDrift alerts between 04:00 and 10:00", "2026-05-08 11:04")

# ---------------------------------------------------------------- expired_ttl (13)
g = "expired_ttl"
P(g, "partial", "rule5 same q, shift 2h <= 216m but stale 7200>=3600 -> partial",
  "critical alerts on kepler-prod last 24h", "2026-03-02 08:00", B, 3600,
  "critical alerts on kepler-prod last 24h", "2026-03-02 10:00")
P(g, "miss", "rule3 now windows [t-5m,t] 10 min apart don't overlap; stale 600>60 so no exception",
  "is dome-ctl up", "2026-05-11 12:00", HNL, 60,
  "is dome-ctl up", "2026-05-11 12:10")
P(g, "partial", "rule5 same day yesterday, identical range, but stale 10800>3600",
  "deploys to plate-solver yesterday", "2026-06-02 09:00", NY, 3600,
  "deploys to plate-solver yesterday", "2026-06-02 12:00")
P(g, "partial", "rule5 today [0,10:00] vs [0,10:20] match, but stale 1200>600",
  "incidents today for team-nebula", "2026-07-22 10:00", SYD, 600,
  "incidents today for team-nebula", "2026-07-22 10:20")
P(g, "miss", "rule3 last hour at 09:00 vs at 12:00: disjoint; stale 10800>300, no exception",
  "error logs for spectra-ingest last hour", "2026-08-18 09:00", KOL, 300,
  "error logs for spectra-ingest last hour", "2026-08-18 12:00")
P(g, "partial", "rule5 7d shifted 1d <= 25.2h tol but stale 86400>1800",
  "deploys to tycho-prod last 7 days", "2026-09-03 10:00", UTC, 1800,
  "deploys to tycho-prod last 7 days", "2026-09-04 10:00")
P(g, "partial", "rule5 now windows 3m apart overlap 2/5=40%; within tol but stale 180>120",
  "any firing alerts for cryo-pump right now", "2026-10-13 16:00", CAN, 120,
  "any firing alerts for cryo-pump right now", "2026-10-13 16:03")
P(g, "partial", "rule5 30m windows shifted 12m overlap 18/30; stale 720>600",
  "FitsWriteBacklog alerts last 30 min", "2026-11-02 07:00", NY, 600,
  "FitsWriteBacklog alerts last 30 min", "2026-11-02 07:12")
P(g, "partial", "rule5 this week Wed: [Mon,10:00] vs [Mon,15:00]; stale 18000>3600",
  "incidents this week for team-zenith", "2026-12-09 10:00", B, 3600,
  "incidents this week for team-zenith", "2026-12-09 15:00")
P(g, "partial", "rule5 30d shifted 3d (overlap 27/30), within tol 4.5d but stale 259200>86400",
  "how many deploys to kepler-prod last month", "2026-01-05 09:00", SCL, 86400,
  "how many deploys to kepler-prod last month", "2026-01-08 09:00")
P(g, "miss", "rule3 15m windows 13m apart overlap 2/15=13% <25%; stale 780>300 so no exception",
  "pod restarts in ns photometry last 15 minutes", "2026-02-19 23:00", SYD, 300,
  "pod restarts in ns photometry last 15 minutes", "2026-02-19 23:13")
P(g, "miss", "rule3 yesterday at Jun 10 = Jun 9 vs at Jun 12 = Jun 11: disjoint; stale 172800>86400",
  "incidents in siding-spring-1 yesterday", "2026-06-10 09:00", SYD, 86400,
  "incidents in siding-spring-1 yesterday", "2026-06-12 09:00")
P(g, "partial", "rule5 since 9am [9,10:00] vs [9,10:30]: end diff 30m > 9m tol, stale 1800>900; overlap 100% of shorter",
  "warning alerts in lapalma-1 since 9am", "2026-04-09 10:00", CAN, 900,
  "warning alerts in lapalma-1 since 9am", "2026-04-09 10:30")

# ---------------------------------------------------------------- different_filter (13)
g = "different_filter"
P(g, "miss", "rule2 sibling severity critical vs warning",
  "critical alerts on kepler-prod last 24h", "2026-03-05 09:00", B, 1800,
  "warning alerts on kepler-prod last 24h", "2026-03-05 09:02")
P(g, "miss", "rule2 sibling region atacama-1 vs mauna-2",
  "incidents in atacama-1 this week", "2026-06-17 11:00", SCL, 3600,
  "incidents in mauna-2 this week", "2026-06-17 11:03")
P(g, "miss", "rule2 sibling host ccd-node-07 vs ccd-node-08",
  "memory usage of ccd-node-07 past 6 hours", "2026-08-07 14:00", UTC, 900,
  "memory usage of ccd-node-08 past 6 hours", "2026-08-07 14:01")
P(g, "miss", "rule2 sibling status code 500 vs 503",
  "how many 500s did /v2/exposures return today", "2026-02-12 16:00", NY, 900,
  "how many 503s did /v2/exposures return today", "2026-02-12 16:02")
P(g, "miss", "rule2 sibling team team-nebula vs team-parallax (unknown team names still filters)",
  "open incidents for team-nebula", "2026-05-21 10:00", KOL, 600,
  "open incidents for team-parallax", "2026-05-21 10:01")
P(g, "miss", "rule2 sibling cluster kepler-prod vs tycho-prod",
  "deploys to kepler-prod yesterday", "2026-07-08 08:30", SYD, 3600,
  "deploys to tycho-prod yesterday", "2026-07-08 08:35")
P(g, "miss", "rule2 sibling namespace photometry vs astrometry",
  "k8s events in namespace photometry last 2h", "2026-09-29 13:00", B, 600,
  "k8s events in namespace astrometry last 2h", "2026-09-29 13:01")
P(g, "miss", "rule2 sibling endpoint /v2/exposures vs /v2/catalog/cone-search",
  "p95 latency for /v2/exposures last hour", "2026-10-22 18:00", CAN, 300,
  "p95 latency for /v2/catalog/cone-search last hour", "2026-10-22 18:02")
P(g, "miss", "rule2 sibling alertname DomeHumidityHigh vs CryoTempDrift",
  "how many times did DomeHumidityHigh fire in the last 7 days", "2026-11-16 09:00", HNL, 3600,
  "how many times did CryoTempDrift fire in the last 7 days", "2026-11-16 09:05")
P(g, "miss", "rule2 sibling environment prod vs staging",
  "failed deploys in prod today", "2026-01-26 17:00", NY, 900,
  "failed deploys in staging today", "2026-01-26 17:03")
P(g, "miss", "rule2 sibling state firing vs resolved",
  "firing alerts for seeing-monitor last 12 hours", "2026-04-23 20:00", B, 1800,
  "resolved alerts for seeing-monitor last 12 hours", "2026-04-23 20:04")
P(g, "miss", "rule2 sibling service spectra-ingest vs plate-solver",
  "error rate of spectra-ingest past 30 min", "2026-06-26 12:00", UTC, 300,
  "error rate of plate-solver past 30 min", "2026-06-26 12:01")
P(g, "miss", "rule2 sibling status code 502 vs 504 on starcat-index",
  "count 502 from starcat-index since midnight", "2026-12-17 06:00", SCL, 900,
  "count 504 from starcat-index since midnight", "2026-12-17 06:02")

# ---------------------------------------------------------------- negation (12)
g = "negation"
P(g, "miss", "rule2 complement critical vs non-critical",
  "critical alerts for team-zenith today", "2026-03-09 14:00", B, 900,
  "non-critical alerts for team-zenith today", "2026-03-09 14:02")
P(g, "miss", "rule2 negation ready vs NOT ready",
  "pods ready in ns adaptive-optics right now", "2026-05-07 09:00", SYD, 120,
  "pods NOT ready in ns adaptive-optics right now", "2026-05-07 09:01")
P(g, "miss", "rule2 complement 'excluding plate-solver' vs plate-solver",
  "alerts for plate-solver last 6h", "2026-07-16 15:00", NY, 900,
  "alerts last 6h excluding plate-solver", "2026-07-16 15:03")
P(g, "miss", "rule2 complement prod vs outside prod",
  "incidents in prod this week", "2026-08-27 10:00", UTC, 3600,
  "incidents outside prod this week", "2026-08-27 10:05")
P(g, "miss", "rule2 threshold above vs below 80%",
  "hosts in kepler-prod with cpu above 80% right now", "2026-10-05 11:00", CAN, 180,
  "hosts in kepler-prod with cpu below 80% right now", "2026-10-05 11:01")
P(g, "miss", "rule2 complement acknowledged vs unacknowledged",
  "acknowledged alerts for team-parallax last 24h", "2026-11-09 08:00", KOL, 1800,
  "unacknowledged alerts for team-parallax last 24h", "2026-11-09 08:02")
P(g, "miss", "rule2 complement silenced vs NOT silenced",
  "silenced alerts in mauna-2", "2026-02-25 19:00", HNL, 300,
  "alerts in mauna-2 that are not silenced", "2026-02-25 19:01")
P(g, "miss", "rule2 complement 5xx vs non-5xx",
  "5xx responses from /v1/ephemeris/lookup last hour", "2026-04-30 13:00", B, 600,
  "non-5xx responses from /v1/ephemeris/lookup last hour", "2026-04-30 13:02")
P(g, "miss", "rule2 complement region atacama-1 vs everything except atacama-1",
  "how many hosts in atacama-1 are down right now", "2026-06-12 22:00", SCL, 120,
  "how many hosts outside atacama-1 are down right now", "2026-06-12 22:01")
P(g, "miss", "rule2 complement ns photometry vs namespaces other than photometry",
  "pod restarts in the photometry namespace last 3 hours", "2026-09-10 07:00", SYD, 900,
  "pod restarts in namespaces other than photometry last 3 hours", "2026-09-10 07:03")
P(g, "miss", "rule2 threshold 'slower than 2s' vs 'faster than 2s' (above vs below)",
  "requests to /v2/catalog/cone-search slower than 2s today", "2026-12-07 15:00", NY, 900,
  "requests to /v2/catalog/cone-search faster than 2s today", "2026-12-07 15:04")
P(g, "miss", "rule2 complement team-zenith vs everyone except team-zenith",
  "incidents owned by team-zenith last month", "2026-01-19 10:00", UTC, 7200,
  "incidents owned by everyone except team-zenith last month", "2026-01-19 10:05")

# ---------------------------------------------------------------- different_subject (13)
g = "different_subject"
P(g, "miss", "rule1 subject cpu vs memory",
  "cpu usage of mirror-ctl-03 last 24h", "2026-03-16 10:00", B, 1800,
  "memory usage of mirror-ctl-03 last 24h", "2026-03-16 10:01")
P(g, "miss", "rule1 subject disk IOPS vs disk latency",
  "disk iops on fits-store-12 past hour", "2026-05-12 02:00", KOL, 300,
  "disk latency on fits-store-12 past hour", "2026-05-12 02:01")
P(g, "miss", "rule1 subject latency vs error rate",
  "latency of spectra-ingest last 6h", "2026-07-23 16:00", NY, 900,
  "error rate of spectra-ingest last 6h", "2026-07-23 16:02")
P(g, "miss", "rule1 subject read vs write throughput",
  "read throughput on fits-store-12 today", "2026-09-24 12:00", CAN, 900,
  "write throughput on fits-store-12 today", "2026-09-24 12:03")
P(g, "miss", "rule1 subject alerts vs incidents",
  "how many alerts for dome-ctl this week", "2026-11-19 09:00", SYD, 3600,
  "how many incidents for dome-ctl this week", "2026-11-19 09:02")
P(g, "miss", "rule1 subject deploys vs incidents",
  "deploys to ephemeris-svc yesterday", "2026-01-15 08:00", SCL, 3600,
  "incidents on ephemeris-svc yesterday", "2026-01-15 08:04")
P(g, "miss", "rule1 subject: different log streams (audit vs error) of dome-ctl",
  "dome-ctl audit log last 2 hours", "2026-02-09 11:00", UTC, 600,
  "dome-ctl error log last 2 hours", "2026-02-09 11:01")
P(g, "miss", "rule1 subject traces vs logs",
  "traces for plate-solver last 30 minutes", "2026-04-27 21:00", HNL, 300,
  "logs for plate-solver last 30 minutes", "2026-04-27 21:02")
P(g, "miss", "rule1 subject k8s events vs alerts",
  "k8s events in ns astrometry today", "2026-06-29 14:00", B, 900,
  "alerts in ns astrometry today", "2026-06-29 14:01")
P(g, "miss", "rule1 subject network received vs transmitted bytes",
  "network bytes received by ccd-node-07 last 12h", "2026-08-31 18:00", NY, 900,
  "network bytes transmitted by ccd-node-07 last 12h", "2026-08-31 18:03")
P(g, "miss", "rule1 subject metric exposure_queue_depth vs ccd_readout_seconds",
  "exposure_queue_depth on tycho-prod last 3h", "2026-10-15 05:00", SYD, 600,
  "ccd_readout_seconds on tycho-prod last 3h", "2026-10-15 05:01")
P(g, "miss", "rule1 subject request rate vs error rate",
  "request rate for /v2/exposures right now", "2026-12-02 10:00", KOL, 120,
  "error rate for /v2/exposures right now", "2026-12-02 10:01")
P(g, "miss", "rule1 subject disk space used vs disk IOPS",
  "disk usage % on fits-store-12 last 7 days", "2026-03-26 09:00", CAN, 3600,
  "disk iops on fits-store-12 last 7 days", "2026-03-26 09:05")

# ---------------------------------------------------------------- different_intent (12)
g = "different_intent"
P(g, "partial", "rule4 count vs list of same alerts, ranges match (shift 2m), fresh",
  "how many critical alerts on tycho-prod last 24h", "2026-02-03 09:00", B, 1800,
  "list the critical alerts on tycho-prod last 24h", "2026-02-03 09:02")
P(g, "partial", "rule4 list vs top-5 ranking of same hosts cpu data",
  "cpu usage per host in lapalma-1 last hour", "2026-04-13 15:00", CAN, 600,
  "top 5 hosts by cpu in lapalma-1 last hour", "2026-04-13 15:02")
P(g, "partial", "rule4 list vs count of the same team-nebula incidents, same this-week range, fresh",
  "list incidents for team-nebula this week", "2026-06-03 12:00", NY, 3600,
  "how many incidents did team-nebula have this week", "2026-06-03 12:05")
P(g, "partial", "rule4 another statistic p50 vs p99 of same latency series",
  "p50 latency of /v2/catalog/cone-search last 6h", "2026-08-13 10:00", UTC, 900,
  "p99 latency of /v2/catalog/cone-search last 6h", "2026-08-13 10:03")
P(g, "partial", "rule4 another statistic max vs avg cpu of ccd-node-08",
  "max cpu on ccd-node-08 over the past day", "2026-10-19 08:00", SCL, 1800,
  "average cpu on ccd-node-08 over the past day", "2026-10-19 08:02")
P(g, "partial", "rule4 trend vs count of deploys to kepler-prod, same 7d",
  "how many deploys to kepler-prod in the last 7 days", "2026-12-08 11:00", SYD, 3600,
  "trend of deploys to kepler-prod per day over the last 7 days", "2026-12-08 11:05")
P(g, "partial", "rule4 ranking vs count of same 5xx data",
  "how many 5xx did spectra-ingest serve today", "2026-01-21 14:00", KOL, 900,
  "which spectra-ingest endpoints had the most 5xx today", "2026-01-21 14:03")
P(g, "partial", "rule4 list vs top-by-alertname ranking of firing alerts now",
  "list firing alerts in mauna-2 right now", "2026-03-18 20:00", HNL, 180,
  "top alertnames firing in mauna-2 right now", "2026-03-18 20:01")
P(g, "partial", "rule4 count vs show of dome-ctl error logs last hour",
  "count dome-ctl error log lines last hour", "2026-05-25 06:00", B, 300,
  "show me dome-ctl error log lines last hour", "2026-05-25 06:02")
P(g, "partial", "rule4 another statistic peak vs trend of exposure_queue_depth 6h",
  "peak exposure_queue_depth in atacama-1 last 6h", "2026-07-27 23:00", SCL, 900,
  "exposure_queue_depth trend in atacama-1 last 6h", "2026-07-27 23:04")
P(g, "partial", "rule4 list vs count of hosts above 80% cpu now",
  "which hosts are above 80% cpu on kepler-prod now", "2026-09-15 12:00", NY, 180,
  "how many hosts are above 80% cpu on kepler-prod now", "2026-09-15 12:01")
P(g, "partial", "rule4 compare vs trend of the same two hosts' memory over the same 12h, fresh",
  "compare memory of ccd-node-07 and ccd-node-08 last 12h", "2026-11-26 16:00", UTC, 900,
  "memory trend of ccd-node-07 and ccd-node-08 last 12h", "2026-11-26 16:02")

# ---------------------------------------------------------------- relative_absolute (13)
g = "relative_absolute"
P(g, "hit", "rule5 last 2h at 14:30=[12:30,14:30] vs between 12:30 and 14:30 (asked 14:32); identical; fresh 120<600",
  "critical alerts for cryo-pump last 2 hours", "2026-02-17 14:30", B, 600,
  "critical alerts for cryo-pump between 12:30 and 14:30", "2026-02-17 14:32")
P(g, "hit", "rule5 yesterday asked May 13 = May 12 = 'on May 12'; fresh 600<3600",
  "deploys to ephemeris-svc yesterday", "2026-05-13 09:00", NY, 3600,
  "deploys to ephemeris-svc on May 12", "2026-05-13 09:10")
P(g, "hit", "rule5 since midnight = since 00:00; end diff 2m; fresh 120<600",
  "incidents in tycho-prod since midnight", "2026-08-06 07:00", SYD, 600,
  "incidents in tycho-prod since 00:00", "2026-08-06 07:02")
P(g, "hit", "rule5 last 24h at 10:00 vs since 10am yesterday at 10:05 = [y10:00,10:05]; end diff 5m <= 216m; fresh 300<1800",
  "warning alerts for team-parallax last 24h", "2026-10-28 10:00", CAN, 1800,
  "warning alerts for team-parallax since 10am yesterday", "2026-10-28 10:05")
P(g, "hit", "rule5 this week (Thu Jun 11) = since June 8 (Monday) 00:00; end diff 5m; fresh 300<3600",
  "how many deploys to kepler-stg this week", "2026-06-11 16:00", B, 3600,
  "how many deploys to kepler-stg since June 8", "2026-06-11 16:05")
P(g, "hit", "rule5 past 3h at 16:00=[13,16] vs from 1pm to 4pm; identical; fresh 180<900",
  "p95 ccd_readout_seconds past 3 hours", "2026-12-15 16:00", SCL, 900,
  "p95 ccd_readout_seconds from 1pm to 4pm", "2026-12-15 16:03")
P(g, "miss", "rule3 last hour at 09:00=[08,09] vs between 07:00 and 08:00: touching, overlap 0",
  "GuideStarLost alerts last hour", "2026-03-23 09:00", HNL, 600,
  "GuideStarLost alerts between 07:00 and 08:00", "2026-03-23 09:02")
P(g, "partial", "rule5 today at 18:00=[0,18] vs since 6am=[6,18:02]: start diff 6h > 2.7h; overlap 100% of shorter",
  "error logs for starcat-index today", "2026-04-24 18:00", KOL, 1800,
  "error logs for starcat-index since 6am", "2026-04-24 18:02")
P(g, "hit", "rule5 Berlin CEST: last 6h at 12:00=[04:00Z,10:00Z] vs since 04:00 UTC at 12:03=[04:00Z,10:03Z]; fresh 180<900",
  "incidents in lapalma-1 in the last 6 hours", "2026-07-01 12:00", B, 900,
  "incidents in lapalma-1 since 04:00 UTC", "2026-07-01 12:03")
P(g, "partial", "rule5 yesterday=[Nov 3 00,Nov 4 00] vs since yesterday 00:00 at 09:00=[Nov 3 00,09:00]: end diff 9h > 3.6h; overlap 100% of shorter",
  "deploys to seeing-monitor yesterday", "2026-11-04 09:00", NY, 3600,
  "deploys to seeing-monitor since yesterday 00:00", "2026-11-04 09:02")
P(g, "hit", "rule5 last 7 days at Wed Apr 15 12:00=[Apr 8 12:00,..] vs since Apr 8=[Apr 8 00:00,..]: start diff 12h <= 25.2h; fresh 300<3600",
  "incidents for team-zenith last 7 days", "2026-04-15 12:00", UTC, 3600,
  "incidents for team-zenith since Apr 8", "2026-04-15 12:05")
P(g, "partial", "rule5 since April 1 at Apr 2 10:00 = 34h vs last 30 days: ratio 21 <=31, overlap 100% of shorter",
  "deploys to dome-ctl since April 1", "2026-04-02 10:00", B, 3600,
  "deploys to dome-ctl in the last 30 days", "2026-04-02 10:05")
P(g, "hit", "rule5 this afternoon at 15:00=[12,15] vs since noon=[12,15:02]; end diff 2m; fresh 120<900",
  "FocuserStuck alerts this afternoon", "2026-09-25 15:00", SYD, 900,
  "FocuserStuck alerts since noon", "2026-09-25 15:02")

# ---------------------------------------------------------------- time_zones (13)
g = "time_zones"
P(g, "hit", "rule5 since 07:00 UTC is absolute: both [07:00Z,t]; A 10:00 CEST=08:00Z, B 04:05 EDT=08:05Z; end diff 5m; fresh 300<900",
  "alerts for plate-solver since 07:00 UTC", "2026-06-10 10:00", B, 900,
  "alerts for plate-solver since 07:00 UTC", "2026-06-10 04:05", NY)
P(g, "partial", "rule5 today in Berlin at 08:00 CEST=[Jun 9 22:00Z,06:00Z] vs today in NY at 02:05 EDT=[04:00Z,06:05Z]: overlap 2h of 2h05; start diff 6h -> partial",
  "deploys today to kepler-prod", "2026-06-10 08:00", B, 1800,
  "deploys today to kepler-prod", "2026-06-10 02:05", NY)
P(g, "partial", "rule5 yesterday Sydney (AEST+10) Jul 14=[Jul13 14:00Z,Jul14 14:00Z] vs Berlin (CEST) Jul 14=[Jul13 22:00Z,Jul14 22:00Z]: overlap 16h/24h; shift 8h > 3.6h",
  "incidents for team-zenith yesterday", "2026-07-15 09:00", SYD, 86400,
  "incidents for team-zenith yesterday", "2026-07-15 01:10", B)
P(g, "hit", "rule5 DST Berlin Mar 29: 01:00 CET-04:00 CEST=[00:00Z,02:00Z] (2h) vs last 2h at 04:12 CEST=[00:12Z,02:12Z]; shift 12m <= 18m; fresh 120<1800",
  "deploys to spectra-ingest between 01:00 and 04:00", "2026-03-29 04:10", B, 1800,
  "deploys to spectra-ingest in the last 2 hours", "2026-03-29 04:12")
P(g, "partial", "rule5 DST Berlin Mar 29: 01:00-04:00=[00:00Z,02:00Z] is only 2h vs last 3h at 04:05 CEST=[23:05Z,02:05Z]: start diff 55m > 27m",
  "CryoTempDrift alerts from 1am to 4am", "2026-03-29 04:03", B, 1800,
  "CryoTempDrift alerts last 3 hours", "2026-03-29 04:05")
P(g, "hit", "rule5 DST NY fall-back: yesterday Nov 1 = 25h [04:00Z,Nov2 05:00Z] vs last 24h at 00:25 EST=[Nov1 05:25Z,Nov2 05:25Z]: start diff 85m, end diff 25m <= 216m; fresh 300<3600",
  "incidents in mauna-2 yesterday", "2026-11-02 00:20", NY, 3600,
  "incidents in mauna-2 in the last 24 hours", "2026-11-02 00:25")
P(g, "hit", "rule5 DST Sydney Apr 5 fall-back: today=[00:00 AEDT=Apr4 13:00Z,02:00Z]=13h vs since 1am=[14:00Z,02:05Z]: start diff 60m <= 108m; fresh 300<1800",
  "k8s events in ns photometry today", "2026-04-05 12:00", SYD, 1800,
  "k8s events in ns photometry since 1am", "2026-04-05 12:05")
P(g, "miss", "rule3 midnight NY: today at 23:50 [Jul 7] vs today at 00:10 [Jul 8]: disjoint, ratio 143; stale 1200>600",
  "alerts today for ephemeris-svc", "2026-07-07 23:50", NY, 600,
  "alerts today for ephemeris-svc", "2026-07-08 00:10")
P(g, "miss", "rule3 midnight Berlin: yesterday at Sep 8 23:55 = Sep 7 vs at Sep 9 00:05 = Sep 8: disjoint (calendar day, not rolling)",
  "deploys to starcat-index yesterday", "2026-09-08 23:55", B, 86400,
  "deploys to starcat-index yesterday", "2026-09-09 00:05")
P(g, "hit", "rule5 Kolkata since 09:00 IST=03:30Z at 12:00 IST=06:30Z vs UTC since 03:30 UTC at 06:35Z: end diff 5m; fresh 300<900",
  "error logs from dome-ctl since 09:00", "2026-09-17 12:00", KOL, 900,
  "error logs from dome-ctl since 03:30 UTC", "2026-09-17 06:35", UTC)
P(g, "partial", "rule5 Honolulu today at Feb10 20:00 HST=[Feb10 10:00Z,Feb11 06:00Z] vs UTC yesterday at 06:10Z=[Feb10 00:00Z,Feb11 00:00Z]: overlap 14h/20h; differ",
  "critical alerts in mauna-2 today", "2026-02-10 20:00", HNL, 3600,
  "critical alerts in mauna-2 yesterday", "2026-02-11 06:10", UTC)
P(g, "hit", "rule5 since noon PT (PDT)=19:00Z at 17:00 EDT=21:00Z vs Berlin last 2h at 23:03 CEST=21:03Z=[19:03Z,21:03Z]; shift 3m; fresh 180<900",
  "p95 latency for /v2/exposures since noon PT", "2026-06-22 17:00", NY, 900,
  "p95 latency for /v2/exposures last 2 hours", "2026-06-22 23:03", B)
P(g, "hit", "rule5 winter: since 8am CET = 07:00Z asked 10:00Z vs Berlin since 8am at 11:05 CET=[07:00Z,10:05Z]; end diff 5m; fresh 300<900",
  "warning alerts for seeing-monitor since 8am CET", "2026-01-20 10:00", UTC, 900,
  "warning alerts for seeing-monitor since 8am", "2026-01-20 11:05", B)

# ---------------------------------------------------------------- filter_refinement (20)
g = "filter_refinement"
P(g, "partial", "rule4 nested: all alerts ⊃ critical alerts, same 24h, fresh",
  "alerts on kepler-prod last 24h", "2026-02-06 09:00", B, 1800,
  "critical alerts on kepler-prod last 24h", "2026-02-06 09:02")
P(g, "partial", "rule4 nested 5xx ⊃ 503",
  "5xx from /v2/exposures in the last hour", "2026-03-13 14:00", UTC, 600,
  "503s from /v2/exposures in the last hour", "2026-03-13 14:02")
P(g, "partial", "rule4 nested prod ⊃ prod+service plate-solver",
  "alerts in prod today", "2026-04-20 11:00", NY, 900,
  "alerts in prod today for plate-solver", "2026-04-20 11:01")
P(g, "partial", "rule4 nested all incidents ⊃ team-zenith incidents",
  "incidents this week", "2026-05-14 10:00", SYD, 3600,
  "incidents this week owned by team-zenith", "2026-05-14 10:05")
P(g, "partial", "rule4 nested all deploys ⊃ staging deploys",
  "deploys yesterday", "2026-06-09 08:00", CAN, 3600,
  "staging deploys yesterday", "2026-06-09 08:04")
P(g, "partial", "rule4 nested cluster kepler-prod ⊃ kepler-prod ns photometry",
  "warning alerts on kepler-prod last 6 hours", "2026-07-20 15:00", B, 900,
  "warning alerts on kepler-prod in ns photometry last 6 hours", "2026-07-20 15:02")
P(g, "partial", "rule4 nested dome-ctl error logs ⊃ dome-ctl error logs on host mirror-ctl-03",
  "dome-ctl error logs past 2h", "2026-08-24 09:00", KOL, 600,
  "dome-ctl error logs past 2h on host mirror-ctl-03", "2026-08-24 09:01")
P(g, "partial", "rule4 nested cluster-wide k8s events ⊃ ns adaptive-optics events",
  "k8s events on tycho-prod last 30 minutes", "2026-09-08 20:00", SCL, 300,
  "k8s events on tycho-prod in namespace adaptive-optics last 30 minutes", "2026-09-08 20:02")
P(g, "partial", "rule4 nested team-nebula alerts ⊃ critical firing team-nebula alerts",
  "alerts for team-nebula right now", "2026-10-12 13:00", HNL, 180,
  "critical firing alerts for team-nebula right now", "2026-10-12 13:01")
P(g, "partial", "rule4 nested spectra-ingest latency ⊃ its /v2/exposures endpoint latency",
  "p95 latency of spectra-ingest last hour", "2026-11-03 17:00", NY, 600,
  "p95 latency of spectra-ingest on /v2/exposures last hour", "2026-11-03 17:03")
P(g, "partial", "rule4 nested (broader B): critical ⊂ all alerts in atacama-1",
  "critical alerts in atacama-1 since midnight", "2026-12-11 10:00", SCL, 900,
  "all alerts in atacama-1 since midnight", "2026-12-11 10:02")
P(g, "partial", "rule4 nested 4xx ⊃ 404 on /v2/catalog/cone-search",
  "4xx on /v2/catalog/cone-search today", "2026-01-27 16:00", B, 900,
  "404s on /v2/catalog/cone-search today", "2026-01-27 16:04")
P(g, "partial", "rule4 nested atacama-1 incidents ⊃ atacama-1 cryo-pump incidents",
  "incidents in atacama-1 last 7 days", "2026-02-23 09:00", SCL, 3600,
  "incidents in atacama-1 for cryo-pump last 7 days", "2026-02-23 09:05")
P(g, "partial", "rule4 nested hosts >80% cpu ⊃ same in lapalma-1",
  "hosts above 80% cpu now", "2026-03-30 12:00", CAN, 180,
  "hosts above 80% cpu in lapalma-1 now", "2026-03-30 12:01")
P(g, "partial", "rule4 nested firing alerts ⊃ firing FocuserStuck alerts",
  "firing alerts last 3h", "2026-04-29 22:00", SYD, 900,
  "firing FocuserStuck alerts last 3h", "2026-04-29 22:03")
P(g, "partial", "rule4 nested prod deploys ⊃ prod deploys by team-parallax",
  "deploys to production this week", "2026-05-27 14:00", NY, 3600,
  "deploys to production this week by team-parallax", "2026-05-27 14:05")
P(g, "partial", "rule4 nested ephemeris-svc traces ⊃ /v1/ephemeris/lookup traces with status 500",
  "traces for ephemeris-svc last 15 min", "2026-06-15 11:00", UTC, 300,
  "traces for ephemeris-svc on /v1/ephemeris/lookup with status 500 last 15 min", "2026-06-15 11:02")
P(g, "partial", "rule4 nested ns photometry restarts ⊃ restarts on node ccd-node-07 in ns photometry",
  "pod restarts in ns photometry today", "2026-07-30 18:00", B, 900,
  "pod restarts in ns photometry on ccd-node-07 today", "2026-07-30 18:03")
P(g, "partial", "rule4 nested mauna-2 alerts ⊃ warning alerts mauna-2",
  "mauna-2 alerts past 12h", "2026-08-19 06:00", HNL, 1800,
  "mauna-2 alerts past 12h severity=warning", "2026-08-19 06:02")
P(g, "partial", "rule4 nested errors (5xx) of starcat-index ⊃ 502s",
  "errors from starcat-index in the last 24 hours", "2026-09-18 10:00", KOL, 1800,
  "502s from starcat-index in the last 24 hours", "2026-09-18 10:04")

# ---------------------------------------------------------------- hard_negatives (20)
g = "hard_negatives"
P(g, "miss", "rule2 one token: critical->warning",
  "critical alerts tycho-prod last hour", "2026-02-04 12:00", UTC, 600,
  "warning alerts tycho-prod last hour", "2026-02-04 12:01")
P(g, "miss", "rule1 one token: read->write (subject)",
  "read iops fits-store-12 last 6h", "2026-03-11 08:00", B, 900,
  "write iops fits-store-12 last 6h", "2026-03-11 08:01")
P(g, "miss", "rule1 one token: cpu->memory",
  "cpu of ccd-node-07 past day", "2026-04-08 17:00", NY, 1800,
  "memory of ccd-node-07 past day", "2026-04-08 17:01")
P(g, "miss", "rule2 one token: above->below",
  "hosts above 90% disk in atacama-1", "2026-05-05 09:00", SCL, 300,
  "hosts below 90% disk in atacama-1", "2026-05-05 09:01")
P(g, "miss", "rule2 one char: ccd-node-07->ccd-node-08",
  "error logs on ccd-node-07 last 30m", "2026-06-01 10:00", SYD, 300,
  "error logs on ccd-node-08 last 30m", "2026-06-01 10:01")
P(g, "miss", "rule2 one token: 500->503",
  "count of 500 on /v2/exposures today", "2026-07-06 15:00", CAN, 900,
  "count of 503 on /v2/exposures today", "2026-07-06 15:01")
P(g, "miss", "rule2 one token: prod->stg",
  "deploys to prod yesterday", "2026-08-25 09:00", KOL, 3600,
  "deploys to stg yesterday", "2026-08-25 09:01")
P(g, "miss", "rule3 one token yesterday->today at 10:00: [Sep 1] vs [Sep 2 00:00,10:01] disjoint",
  "incidents for team-nebula yesterday", "2026-09-02 10:00", B, 3600,
  "incidents for team-nebula today", "2026-09-02 10:01")
P(g, "miss", "rule3 one token minutes->hours: 30m vs 30h ratio 60 > 31",
  "GuideStarLost alerts last 30 minutes", "2026-10-07 22:00", HNL, 600,
  "GuideStarLost alerts last 30 hours", "2026-10-07 22:01")
P(g, "miss", "rule2 one char: atacama-1->atacama-2 region",
  "incidents in atacama-1 this week", "2026-11-12 11:00", SCL, 3600,
  "incidents in atacama-2 this week", "2026-11-12 11:02")
P(g, "miss", "rule2 one token: ready->'not ready' (negation)",
  "how many pods are ready in ns astrometry", "2026-12-04 13:00", UTC, 120,
  "how many pods are not ready in ns astrometry", "2026-12-04 13:01")
P(g, "miss", "rule2 one token: firing->resolved state",
  "firing DomeHumidityHigh alerts today", "2026-01-12 18:00", B, 900,
  "resolved DomeHumidityHigh alerts today", "2026-01-12 18:01")
P(g, "miss", "rule1 one token: incidents->alerts",
  "incidents on kepler-prod past 24h", "2026-02-20 07:00", NY, 1800,
  "alerts on kepler-prod past 24h", "2026-02-20 07:01")
P(g, "miss", "rule1 one token: iops->latency",
  "disk iops for fits-store-12 right now", "2026-03-20 05:00", SYD, 120,
  "disk latency for fits-store-12 right now", "2026-03-20 05:01")
P(g, "miss", "rule2 one token: /v2/exposures -> /v1/exposures (sibling endpoint)",
  "p99 latency /v2/exposures last hour", "2026-04-17 14:00", CAN, 600,
  "p99 latency /v1/exposures last hour", "2026-04-17 14:01")
P(g, "miss", "rule2 one token: team-zenith->team-nebula",
  "acked alerts for team-zenith last 12h", "2026-05-18 20:00", KOL, 900,
  "acked alerts for team-nebula last 12h", "2026-05-18 20:01")
P(g, "miss", "rule2 one token alertname: DomeHumidityHigh->DomeHumidityLow (sibling alertname)",
  "how often did DomeHumidityHigh fire last week", "2026-06-19 09:00", B, 3600,
  "how often did DomeHumidityLow fire last week", "2026-06-19 09:02")
P(g, "partial", "rule5 one token am->pm: since 9am [9,22] vs since 9pm [21,22:01]: overlap 100% of shorter, ratio ~13 <=31; ranges differ",
  "warning alerts for cryo-pump since 9am", "2026-07-24 22:00", NY, 1800,
  "warning alerts for cryo-pump since 9pm", "2026-07-24 22:01")
P(g, "miss", "rule3 one token am->pm: 02:00-04:00 vs 14:00-16:00 disjoint",
  "dome-ctl logs from 2am to 4am", "2026-08-28 17:00", UTC, 3600,
  "dome-ctl logs from 2pm to 4pm", "2026-08-28 17:01")
P(g, "partial", "rule4 one token p50->p99: another statistic of same series, same 1h",
  "p50 ccd_readout_seconds on kepler-prod last hour", "2026-09-23 12:00", SCL, 600,
  "p99 ccd_readout_seconds on kepler-prod last hour", "2026-09-23 12:01")

# ---------------------------------------------------------------- unrelated (12)
g = "unrelated"
P(g, "miss", "rule1 unrelated: on-call rotation vs alert count",
  "critical alerts last hour", "2026-01-06 10:00", B, 600,
  "who is on call for team-zenith this weekend?", "2026-01-06 10:02")
P(g, "miss", "rule1 unrelated: how-to restart vs deploys",
  "deploys to dome-ctl today", "2026-02-13 11:00", NY, 900,
  "how do I restart the dome-ctl pod safely?", "2026-02-13 11:01")
P(g, "miss", "rule1 unrelated: ownership question vs latency",
  "p95 latency for starcat-index last 6h", "2026-03-27 14:00", SYD, 900,
  "who owns starcat-index", "2026-03-27 14:01")
P(g, "miss", "rule1 unrelated: weather/seeing forecast vs incidents",
  "incidents in mauna-2 this week", "2026-04-10 08:00", HNL, 3600,
  "what's the seeing forecast for mauna-2 tonight 🌌", "2026-04-10 08:05")
P(g, "miss", "rule1 unrelated: runbook link vs k8s events",
  "k8s events in ns photometry last 2h", "2026-05-22 16:00", UTC, 600,
  "link me the runbook for CryoTempDrift", "2026-05-22 16:01")
P(g, "miss", "rule1 unrelated: cost question vs cpu",
  "cpu usage on tycho-prod last 24h", "2026-06-25 09:00", CAN, 1800,
  "how much did the tycho-prod cluster cost us in June?", "2026-06-25 09:03")
P(g, "miss", "rule1 unrelated: greeting vs logs",
  "dome-ctl error logs last 30 min", "2026-07-17 07:00", KOL, 300,
  "thanks, that's all for now 👍", "2026-07-17 07:01")
P(g, "miss", "rule1 unrelated: silence creation request vs alert list",
  "firing alerts for plate-solver right now", "2026-08-14 13:00", B, 180,
  "create a 2h silence for FocuserStuck on mirror-ctl-03", "2026-08-14 13:01")
P(g, "miss", "rule1 unrelated: release notes vs incidents",
  "open incidents for team-parallax", "2026-09-11 15:00", NY, 600,
  "what changed in spectra-ingest v4.2 release notes?", "2026-09-11 15:02")
P(g, "miss", "rule1 unrelated: certificate expiry vs deploy count",
  "how many deploys to kepler-stg last week", "2026-10-23 10:00", SCL, 3600,
  "when does the TLS cert for /v2/catalog/cone-search expire?", "2026-10-23 10:01")
P(g, "miss", "rule1 unrelated: SLO definition vs error rate",
  "error rate of ephemeris-svc past hour", "2026-11-27 12:00", SYD, 600,
  "what is the SLO target for ephemeris-svc availability?", "2026-11-27 12:02")
P(g, "miss", "rule1 unrelated: disk capacity plan vs alert ranking",
  "top alertnames on tycho-prod today", "2026-12-18 09:00", UTC, 900,
  "should we order more FITS storage for lapalma-1 next quarter?", "2026-12-18 09:04")

if __name__ == "__main__":
    with open("pairs.jsonl", "w") as f:
        for p in PAIRS:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(PAIRS), Counter(p["group"] for p in PAIRS))
    print(Counter(p["expect"] for p in PAIRS))
