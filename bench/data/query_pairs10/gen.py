#!/usr/bin/env python3
"""Hand-written cache-decision pairs for Emberfall Interactive (Skyforge Arena game backend).

Every question, label and note below is typed literally. The script only converts local
wall-clock times to ISO 8601 with the real UTC offset (zoneinfo), assigns ids and splits,
and writes pairs.jsonl.
"""
import json
import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

VOICES = {
    "ravi": "Asia/Kolkata",
    "mia": "Australia/Sydney",
    "tomasz": "Europe/Warsaw",
    "jess": "America/Los_Angeles",
    "kenji": "Asia/Tokyo",
    "lucas": "America/Sao_Paulo",
    "aoife": "Europe/Dublin",
    "farah": "America/St_Johns",
}

ROWS = []


def P(group, expect, voice, aq, aat, ttl, bq, bat, note):
    ROWS.append((group, expect, voice, aq, aat, ttl, bq, bat, note))


def iso(local, tzname):
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    aware = naive.replace(tzinfo=ZoneInfo(tzname))
    # reject wall-clock times that do not exist (spring-forward gap)
    back = aware.astimezone(timezone.utc).astimezone(ZoneInfo(tzname))
    if back.replace(tzinfo=None) != naive:
        raise SystemExit(f"non-existent local time {local} in {tzname}")
    return aware.isoformat()


# ---------------------------------------------------------------- paraphrase (70, all hit)
G = "paraphrase"
P(G, "hit", "ravi",
  "any crit alerts firing on skf-prod-eu1 rn??", "2026-01-07 03:14", 300,
  "r there critical alerts active in prod eu1 cluster right now", "2026-01-07 03:16",
  "crit=critical, rn=right now, eu1 prod cluster = skf-prod-eu1; both 'now' ranges, 2 min apart (<5 min tolerance), fresh -> rule 5 hit")
P(G, "hit", "mia",
  "Could you tell me how many incidents the social team has opened this week?", "2026-01-08 10:05", 1800,
  "How many incidents has team-social raised since Monday, please?", "2026-01-08 10:20",
  "this week = since Monday 00:00 (Thu Jan 8), end differs 15 min on a 3.4-day range; same count of team-social incidents -> rule 5 hit")
P(G, "hit", "tomasz",
  "replication lag on pg-profiles-02 over the last hour", "2026-01-09 14:00", 600,
  "pg-profiles-02: how far behind the primary has it been in the past 60 minutes?", "2026-01-09 14:04",
  "'how far behind the primary' is replication lag of the replica; last hour = past 60 minutes, shifted 4 min (tolerance 9 min) -> rule 5 hit")
P(G, "hit", "jess",
  "Are players having trouble buying things in the shop right now?", "2026-01-12 09:30", 300,
  "Right now, are people running into problems when they try to purchase items in the in-game store?", "2026-01-12 09:33",
  "the shop = the in-game store (store-api); purchase failures now vs now, 3 min apart -> rule 5 hit")
P(G, "hit", "kenji",
  "matchmaker p99 latency in ap-northeast for last 30 minutes please", "2026-01-13 21:00", 300,
  "please show me mm 99th percentile latency, ap-northeast, past 30 min", "2026-01-13 21:03",
  "mm = matchmaker (company alias), p99 = 99th percentile; 30 min range shifted 3 min (tolerance 5 min) -> rule 5 hit")
P(G, "hit", "lucas",
  'histogram_quantile(0.95, sum by (le) (rate(http_server_requests_seconds_bucket{service="auth-gateway",cluster="skf-prod-sa1"}[5m]))) last 6h', "2026-01-14 15:00", 900,
  "p95 latency for auth-gateway on skf-prod-sa1 over the past 6 hours", "2026-01-14 15:10",
  "PromQL 0.95 quantile of the latency histogram = p95 latency; same service and cluster; 6h shifted 10 min (tolerance 54 min) -> rule 5 hit")
P(G, "hit", "aoife",
  "List the deploys to the commerce namespace in production yesterday.", "2026-01-15 09:10", 3600,
  "What got deployed into prod, commerce ns, yesterday? I need the list.", "2026-01-15 09:40",
  "prod=production, ns=namespace; yesterday is the same local day; list intent both -> rule 5 hit")
P(G, "hit", "farah",
  "how many match disconnects have we had today?", "2026-01-16 13:00", 900,
  "count of match disconnects since midnight pls", "2026-01-16 13:05",
  "today = since midnight; end shifts 5 min on a 13h range -> rule 5 hit")
P(G, "hit", "ravi",
  "top 5 pods by mem in ns gameservers on na1 last 1h", "2026-01-19 02:40", 300,
  "which 5 pods in gameservers namespace on skf-prod-na1 use the most memory, past hour", "2026-01-19 02:43",
  "top-5 by memory, ns=namespace, na1 = skf-prod-na1; 1h shifted 3 min (tolerance 9 min) -> rule 5 hit")
P(G, "hit", "mia",
  "Is chat-relay healthy at the moment?", "2026-01-20 16:00", 120,
  "Could you check whether the chat relay is up right now?", "2026-01-20 16:01",
  "'is X healthy' and 'is X up' are both status now [t-5min,t]; 1 min apart, within 120 s TTL -> rule 5 hit")
P(G, "hit", "tomasz",
  "List slow queries on pg-commerce since 08:00", "2026-01-21 11:30", 1200,
  "Which queries ran slow on pg-commerce since 8 this morning?", "2026-01-21 11:40",
  "since 08:00 = since 8am; [08:00,11:30] vs [08:00,11:40], end diff 10 min < 15% of 3.5h -> rule 5 hit")
P(G, "hit", "jess",
  "How many players couldn't log in over the past day?", "2026-01-22 17:00", 1800,
  "Number of failed logins in the last 24 hours?", "2026-01-22 17:12",
  "couldn't log in = failed logins; past day = 24h; shift 12 min (tolerance 3.6h) -> rule 5 hit")
P(G, "hit", "kenji",
  "Is there any warning alert for matchmaker now?", "2026-01-23 10:00", 180,
  "matchmaker has warn alerts firing at this moment?", "2026-01-23 10:02",
  "warn=warning; now vs at this moment, 2 min apart -> rule 5 hit")
P(G, "hit", "lucas",
  'sum(kafka_consumergroup_lag{topic="match-results",consumergroup="leaderboard-svc"}) now', "2026-01-26 19:20", 120,
  "current consumer lag of leaderboard-svc group on topic match-results", "2026-01-26 19:21",
  "same consumer group and topic, total lag, now vs current, 1 min apart -> rule 5 hit")
P(G, "hit", "aoife",
  "Can I get the timeline of INC-2291?", "2026-01-27 11:00", 600,
  "Walk me through the sequence of events for INC-2291.", "2026-01-27 11:06",
  "timeline = sequence of events of the same incident; no time range; fresh -> rule 5 hit")
P(G, "hit", "farah",
  "Were there any incidents over the weekend?", "2026-02-02 08:15", 3600,
  "did we have any incidents on Saturday or Sunday?", "2026-02-02 08:25",
  "asked Monday Feb 2: over the weekend = Sat Jan 31 00:00 to Mon 00:00 = Saturday+Sunday -> identical ranges -> rule 5 hit")
P(G, "hit", "ravi",
  "5xx on auth-gateway lst 15m", "2026-02-03 22:10", 120,
  "auth-gateway errors past 15 min", "2026-02-03 22:11",
  "errors of a service = 5xx (spec); 15 min shifted 1 min (tolerance 5 min) -> rule 5 hit")
P(G, "hit", "mia",
  "Would you mind listing the alerts that fired for party-svc overnight?", "2026-02-04 08:30", 3600,
  "Which alerts went off for the party service last night?", "2026-02-04 08:50",
  "overnight = last night = [22:00 prev day, 06:00]; party service = party-svc -> rule 5 hit")
P(G, "hit", "tomasz",
  "Active connections on pg-profiles-01 right now", "2026-02-05 09:45", 120,
  "pg-profiles-01: how many connections are currently active?", "2026-02-05 09:46",
  "right now = currently; 60 s apart, within 120 s TTL -> rule 5 hit")
P(G, "hit", "jess",
  "Did we release anything to the live game today?", "2026-02-06 15:00", 1800,
  "Have there been any production deploys so far today?", "2026-02-06 15:10",
  "'release to the live game' = production deploy (plain words vs jargon); today = so far today -> rule 5 hit")
P(G, "hit", "kenji",
  "How many matchmaking tickets timed out in last 24h in eu-central?", "2026-02-09 18:00", 900,
  "eu-central, count of timed out mm tickets for the past day", "2026-02-09 18:07",
  "past day = 24h; mm = matchmaker; count both -> rule 5 hit")
P(G, "hit", "lucas",
  'rate(redis_evicted_keys_total{instance="redis-sessions"}[5m]) last 3h', "2026-02-10 11:00", 600,
  "eviction rate on redis-sessions over the past 3 hours", "2026-02-10 11:05",
  "same metric (eviction rate), same instance, 3h shifted 5 min (tolerance 27 min) -> rule 5 hit")
P(G, "hit", "aoife",
  "Which incidents are currently open for team-platform?", "2026-02-11 14:20", 300,
  "Open incidents owned by the platform team right now?", "2026-02-11 14:22",
  "state open, team-platform = platform team, currently = right now -> rule 5 hit")
P(G, "hit", "farah",
  "Is voice chat working ok right now in Oceania?", "2026-02-12 20:00", 300,
  "voice-relay in the oce region healthy atm?", "2026-02-12 20:03",
  "voice chat = voice-relay, Oceania = oce region (company naming), atm = right now -> rule 5 hit")
P(G, "hit", "ravi",
  "crashlooping pods on skf-prod-na2?", "2026-02-13 04:05", 120,
  "any pods in CrashLoopBackOff on prod na2 rn", "2026-02-13 04:06",
  "crashlooping = CrashLoopBackOff, both current state of skf-prod-na2, 1 min apart -> rule 5 hit")
P(G, "hit", "mia",
  "Could you give me the error rate for friends-api over the last 4 hours?", "2026-02-16 12:00", 900,
  "What percentage of friends-api requests failed in the past four hours?", "2026-02-16 12:10",
  "error rate = percentage of failed requests; 4h shifted 10 min (tolerance 36 min) -> rule 5 hit")
P(G, "hit", "tomasz",
  "How many deadlocks on pg-commerce this week?", "2026-02-18 16:00", 1800,
  "Deadlock count for pg-commerce since Monday", "2026-02-18 16:15",
  "this week = since Monday (Wed Feb 18); end shift 15 min on 2.7 days -> rule 5 hit")
P(G, "hit", "jess",
  "How many purchases failed in the shop yesterday?", "2026-02-19 10:00", 3600,
  "What was yesterday's failed purchase count for the in-game store?", "2026-02-19 10:30",
  "shop = in-game store; yesterday same local day; within 1h TTL -> rule 5 hit")
P(G, "hit", "kenji",
  "please list warden alerts firing now", "2026-02-20 13:00", 300,
  "what alerts are active for anti-cheat at the moment", "2026-02-20 13:02",
  "warden is the anti-cheat service (company uses both names); list of firing alerts now -> rule 5 hit")
P(G, "hit", "lucas",
  'avg by (pod) (rate(container_cpu_usage_seconds_total{namespace="matchmaking",cluster="skf-prod-eu1"}[5m])) last 1h', "2026-02-23 09:00", 600,
  "average cpu per pod in ns matchmaking on eu1, past hour", "2026-02-23 09:06",
  "avg CPU by pod, same ns and cluster; 1h shifted 6 min (tolerance 9 min) -> rule 5 hit")
P(G, "hit", "aoife",
  "Which services has team-commerce deployed in the last 7 days?", "2026-02-24 17:00", 3600,
  "Over the past week, which services did team-commerce push deploys to?", "2026-02-24 17:20",
  "last week = rolling 7 days; same team, same list of services -> rule 5 hit")
P(G, "hit", "farah",
  "Any open incidents for auth-gateway right now?", "2026-02-25 11:00", 600,
  "are there incidents currently open against auth-gateway?", "2026-02-25 11:04",
  "open incidents of auth-gateway, now, 4 min apart -> rule 5 hit")
P(G, "hit", "ravi",
  "kafka lag telemetry-raw consumer grp telemetry-ingest last 30m", "2026-02-26 01:30", 600,
  "consumer lag for telemetry-ingest on telemetry-raw, past half hour", "2026-02-26 01:33",
  "half hour = 30 min; shift 3 min (tolerance 5 min) -> rule 5 hit")
P(G, "hit", "mia",
  "How many alerts has team-social received so far today?", "2026-03-02 09:00", 1800,
  "Could you count the alerts routed to the social team since midnight?", "2026-03-02 09:15",
  "so far today = since midnight; alerts for team-social; count -> rule 5 hit")
P(G, "hit", "tomasz",
  "Disk IOPS on pg-profiles-03 for the last 2 hours", "2026-03-03 13:00", 900,
  "I/O operations per second on pg-profiles-03, past two hours", "2026-03-03 13:08",
  "IOPS spelled out; 2h shifted 8 min (tolerance 18 min) -> rule 5 hit")
P(G, "hit", "jess",
  "Is the leaderboard working right now?", "2026-03-04 14:00", 600,
  "Are the leaderboards up at the moment?", "2026-03-04 14:03",
  "status of leaderboard-svc now, 3 min apart -> rule 5 hit")
P(G, "hit", "kenji",
  "Give me logs of party-svc with level error in last 1 hour on ap1", "2026-03-05 11:30", 1200,
  "ap1 party-svc error level logs, past 60 minutes, please", "2026-03-05 11:36",
  "same log stream and level; 1h shifted 6 min (tolerance 9 min) -> rule 5 hit")
P(G, "hit", "lucas",
  'agones_gameservers_count{type="Ready",fleet="arena-ranked",cluster="skf-prod-sa1"} now', "2026-03-06 16:45", 300,
  "how many ready game servers in the arena-ranked fleet on sa1 currently", "2026-03-06 16:47",
  "same metric, type Ready, fleet and cluster; now vs currently -> rule 5 hit")
P(G, "hit", "aoife",
  "Top 5 alertnames by firing count in prod over the last 24 hours", "2026-03-09 10:00", 900,
  "Which five alerts fired the most in production in the past day?", "2026-03-09 10:10",
  "top-5 ranking by firing count, prod=production, past day = 24h -> rule 5 hit")
P(G, "hit", "farah",
  "How many incidents did we have yesterday that affected players?", "2026-03-10 15:00", 1800,
  "yesterday's count of player-impacting incidents", "2026-03-10 15:20",
  "affected players = player-impacting; yesterday; count -> rule 5 hit")
P(G, "hit", "ravi",
  "OOMKilled in ns social last 1h?", "2026-03-11 23:50", 300,
  "any oom kills in social namespace past hr", "2026-03-11 23:52",
  "OOMKilled = oom kills; 1h shifted 2 min -> rule 5 hit")
P(G, "hit", "mia",
  "Could you show me the deploys of chat-relay during the last week?", "2026-03-12 11:00", 3600,
  "What deployments did chat-relay have in the past 7 days, please?", "2026-03-12 11:30",
  "last week = rolling 7 days (spec) = past 7 days -> rule 5 hit")
P(G, "hit", "tomasz",
  "Is autovacuum running on pg-commerce now?", "2026-03-13 08:30", 600,
  "pg-commerce: any autovacuum workers active at the moment?", "2026-03-13 08:33",
  "now = at the moment; same db -> rule 5 hit")
P(G, "hit", "jess",
  "How long did it take for the store page to load for players this morning?", "2026-03-16 11:00", 1800,
  "What was the loading time of the shop page this morning?", "2026-03-16 11:10",
  "shop = store; this morning [06:00,11:00] vs [06:00,11:10], tolerance 45 min -> rule 5 hit")
P(G, "hit", "kenji",
  "session-broker pods not ready in ap1 now?", "2026-03-17 20:00", 300,
  "now any session-broker pod which is NOT ready on skf-prod-ap1?", "2026-03-17 20:01",
  "both ask NOT ready (same negation); ap1 = skf-prod-ap1 -> rule 5 hit")
P(G, "hit", "lucas",
  'sum by (code) (rate(http_server_requests_seconds_count{service="inventory-api",code=~"5.."}[5m])) last 2h', "2026-03-18 14:00", 900,
  "inventory-api 5xx rate broken down by status code, last 2 hours", "2026-03-18 14:08",
  "same breakdown by code of 5xx rate; 2h shifted 8 min (tolerance 18 min) -> rule 5 hit")
P(G, "hit", "aoife",
  "Show acknowledged alerts for team-matchmaking right now", "2026-03-19 09:00", 1200,
  "Which of team-matchmaking's alerts are currently acked?", "2026-03-19 09:04",
  "acked = acknowledged; now -> rule 5 hit")
P(G, "hit", "farah",
  "Is ranked matchmaking broken in South America right now?", "2026-03-20 19:00", 600,
  "right now, is ranked matchmaking working in sa-east?", "2026-03-20 19:02",
  "status question either way (broken/working), South America = sa-east, ranked filter kept -> rule 5 hit")
P(G, "hit", "ravi",
  "node disk pressure on skf-prod-na1 last 6h?", "2026-03-23 05:15", 600,
  "skf-prod-na1 nodes w/ DiskPressure in past 6 hrs", "2026-03-23 05:25",
  "same condition, cluster; 6h shifted 10 min (tolerance 54 min) -> rule 5 hit")
P(G, "hit", "mia",
  "What incidents did team-social have in March so far?", "2026-03-24 13:00", 3600,
  "Could you list team-social's incidents this month?", "2026-03-24 13:30",
  "asked in March: 'March so far' = this month -> rule 5 hit")
P(G, "hit", "tomasz",
  "Replication lag right now on pg-profiles-03", "2026-03-25 10:00", 300,
  "current replica lag, pg-profiles-03", "2026-03-25 10:04",
  "replica lag = replication lag; now vs current 4 min apart (tolerance 5 min) -> rule 5 hit")
P(G, "hit", "jess",
  "How many new players signed up today?", "2026-03-26 16:00", 900,
  "Today's count of new account registrations?", "2026-03-26 16:10",
  "signed up = registrations; today -> rule 5 hit")
P(G, "hit", "kenji",
  "show me traces of matchmaker slower than 2s in last 15 min", "2026-03-27 09:00", 600,
  "matchmaker traces which take more than 2 seconds, last 15 minutes", "2026-03-27 09:03",
  "slower than 2s = more than 2 seconds (same threshold and direction); shift 3 min -> rule 5 hit")
P(G, "hit", "lucas",
  'max_over_time(pg_replication_lag_seconds{instance="pg-profiles-02"}[24h])', "2026-03-30 10:00", 1800,
  "what was the max replication lag on pg-profiles-02 in the past day", "2026-03-30 10:20",
  "max over 24h = max in past day; shift 20 min (tolerance 3.6h) -> rule 5 hit")
P(G, "hit", "aoife",
  "Is INC-2317 resolved yet?", "2026-03-31 12:00", 600,
  "What's the current status of INC-2317, still open or closed?", "2026-03-31 12:05",
  "status of the same incident now -> rule 5 hit")
P(G, "hit", "farah",
  "did voice chat have problems last night?", "2026-04-01 10:30", 1200,
  "any voice-relay issues overnight?", "2026-04-01 10:45",
  "voice chat = voice-relay; last night = overnight -> rule 5 hit")
P(G, "hit", "ravi",
  "lobby-svc up?", "2026-04-02 03:00", 180,
  "is lobby-svc healthy rn", "2026-04-02 03:01",
  "'is X up' = 'is X healthy' = status now -> rule 5 hit")
P(G, "hit", "mia",
  "Could you tell me how many warning alerts chat-relay raised over the weekend?", "2026-04-06 09:30", 1800,
  "How many warn-level alerts did chat-relay fire on Saturday and Sunday?", "2026-04-06 09:45",
  "asked Monday: weekend = Sat Apr 4 + Sun Apr 5 (25h Sunday, Sydney DST end) in both; warn=warning -> rule 5 hit")
P(G, "hit", "tomasz",
  "Top 10 queries by total time on pg-commerce, last 24h", "2026-04-07 15:00", 900,
  "which ten queries consumed the most total execution time on pg-commerce in the past day", "2026-04-07 15:12",
  "same ranking by total time, top 10, past day = 24h -> rule 5 hit")
P(G, "hit", "jess",
  "Are there any critical alerts right now?", "2026-04-08 12:00", 600,
  "Are there any critical problems being flagged at the moment?", "2026-04-08 12:02",
  "critical problems being flagged = critical alerts; now -> rule 5 hit")
P(G, "hit", "kenji",
  "What is the memory usage of redis-leaderboard now?", "2026-04-09 17:00", 600,
  "redis-leaderboard current memory used?", "2026-04-09 17:03",
  "memory now, 3 min apart -> rule 5 hit")
P(G, "hit", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="store-api",code=~"5.."}[5m])) last 15m', "2026-04-10 08:00", 300,
  "store-api 5xx rate, last 15 min (again)", "2026-04-10 08:04",
  "same rolling question re-asked 4 min later: 15 min ranges shifted 4 min (<5 min tolerance), fresh -> rule 5 hit")
P(G, "hit", "aoife",
  "How many critical alerts fired in production in the past 24 hours?", "2026-04-13 09:00", 3600,
  "Re-checking: critical alerts fired in prod, past 24h, how many?", "2026-04-13 09:45",
  "same rolling question 45 min later, 24h ranges shifted 45 min (tolerance 3.6h), fresh -> rule 5 hit")
P(G, "hit", "farah",
  "Are any game servers down in Europe right now?", "2026-04-14 14:00", 900,
  "right now, any game servers down in eu-central?", "2026-04-14 14:03",
  "Europe = eu-central (the only EU region); now -> rule 5 hit")
P(G, "hit", "ravi",
  "pg-profiles conn saturation alerts today?", "2026-04-15 21:00", 1200,
  "PgConnectionsSaturated alerts for pg-profiles since 00:00", "2026-04-15 21:10",
  "conn saturation alerts = alertname PgConnectionsSaturated; today = since 00:00 -> rule 5 hit")
P(G, "hit", "mia",
  "Is party-svc healthy right now?", "2026-04-16 10:00", 600,
  "Sorry, just checking again: is party-svc healthy?", "2026-04-16 10:04",
  "same 'now' question re-asked 4 min later (now ranges within 5 min tolerance), fresh -> rule 5 hit")
P(G, "hit", "tomasz",
  "Lock waits longer than 30s on pg-commerce in the last 3 hours", "2026-04-17 11:00", 1800,
  "pg-commerce lock waits over 30 seconds, past three hours", "2026-04-17 11:15",
  "same threshold/direction; 3h shifted 15 min (tolerance 27 min) -> rule 5 hit")
P(G, "hit", "jess",
  "Were there any failed deploys yesterday?", "2026-04-20 13:00", 1800,
  "Did any release go wrong yesterday?", "2026-04-20 13:20",
  "release gone wrong = failed deploy; yesterday -> rule 5 hit")
P(G, "hit", "kenji",
  "How many 4xx for friends-api in sa-east last 6h", "2026-04-21 08:00", 900,
  "friends-api, sa-east, 4xx count, past six hours", "2026-04-21 08:10",
  "same code class, region; 6h shifted 10 min -> rule 5 hit")
P(G, "hit", "lucas",
  'topk(5, sum by (pod) (container_memory_working_set_bytes{namespace="telemetry",cluster="skf-prod-sa1"}))', "2026-04-22 18:00", 600,
  "top 5 pods by working set memory in ns telemetry, skf-prod-sa1, right now", "2026-04-22 18:03",
  "instant topk = top 5 now; 3 min apart -> rule 5 hit")

# ---------------------------------------------------------------- near_miss (70)
G = "near_miss"
P(G, "miss", "ravi",
  "crit alerts on skf-prod-eu1 rn", "2026-05-04 02:10", 300,
  "any warn alerts firing in eu1 prod right now", "2026-05-04 02:12",
  "severity critical vs warning: sibling value -> rule 2 miss")
P(G, "miss", "mia",
  "Could you show me the error rate of chat-relay over the last hour?", "2026-05-04 11:00", 900,
  "Could you show me the latency of chat-relay over the last hour, please?", "2026-05-04 11:03",
  "error rate vs latency: different measured quantity -> rule 1 miss")
P(G, "miss", "tomasz",
  "replication lag on pg-profiles-02 last hour", "2026-05-05 14:00", 600,
  "Replication lag over the last hour on pg-profiles-03, please", "2026-05-05 14:02",
  "host pg-profiles-02 vs pg-profiles-03: sibling -> rule 2 miss")
P(G, "miss", "jess",
  "How many purchases failed in the shop today?", "2026-05-05 15:00", 900,
  "How many purchases went through successfully in the shop today?", "2026-05-05 15:04",
  "failed vs successful purchases: complementary state -> rule 2 miss")
P(G, "partial", "kenji",
  "matchmaker p99 latency in ap-northeast last 30 min", "2026-05-06 21:00", 600,
  "matchmaker p50 latency in ap-northeast last 30 min", "2026-05-06 21:02",
  "p99 vs p50 of the same latency series -> rule 4 partial")
P(G, "miss", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="auth-gateway",code="503"}[5m])) last 1h', "2026-05-06 10:00", 600,
  "auth-gateway rate of 502 responses over the last hour", "2026-05-06 10:03",
  "status code 503 vs 502: sibling -> rule 2 miss")
P(G, "miss", "aoife",
  "List the deploys to the commerce namespace in production yesterday.", "2026-05-07 09:00", 3600,
  "List yesterday's deploys to the commerce namespace in staging.", "2026-05-07 09:05",
  "environment production vs staging: sibling -> rule 2 miss")
P(G, "miss", "farah",
  "how many match disconnects in sa-east today?", "2026-05-07 13:00", 900,
  "how many match disconnects today everywhere except sa-east?", "2026-05-07 13:04",
  "'everywhere except sa-east' is the complement of sa-east -> rule 2 miss")
P(G, "miss", "ravi",
  "top 5 pods by mem ns gameservers na1 last 1h", "2026-05-08 03:00", 300,
  "top 5 pods by cpu gameservers ns na1 past hr", "2026-05-08 03:02",
  "memory vs CPU: different measured quantity -> rule 1 miss")
P(G, "partial", "mia",
  "How many alerts did team-social get this week?", "2026-05-08 10:00", 1800,
  "Could you list the alerts team-social got this week?", "2026-05-08 10:06",
  "count vs list over the same alerts and range: different intent -> rule 4 partial")
P(G, "miss", "tomasz",
  "Read IOPS on pg-commerce for the last 2 hours", "2026-05-11 12:00", 900,
  "pg-commerce write IOPS, past 2h", "2026-05-11 12:03",
  "read vs write IOPS: different measured quantity -> rule 1 miss")
P(G, "miss", "jess",
  "Are players on the east coast servers having trouble logging in right now?", "2026-05-11 08:00", 300,
  "Are players on the west coast servers having trouble logging in right now?", "2026-05-11 08:02",
  "east coast (na-east) vs west coast (na-west): sibling region -> rule 2 miss")
P(G, "miss", "kenji",
  "how many matchmaking tickets timeout in last 24h in eu-central", "2026-05-12 18:00", 900,
  "in the last 24h, how many matchmaking tickets in eu-central got matched successfully", "2026-05-12 18:05",
  "ticket outcome timed out vs matched: sibling state -> rule 2 miss")
P(G, "miss", "lucas",
  'sum(rate(container_network_receive_bytes_total{namespace="gameservers",cluster="skf-prod-na1"}[5m])) last 30m', "2026-05-12 15:00", 600,
  "outbound network throughput for gameservers ns on skf-prod-na1, last 30 min", "2026-05-12 15:03",
  "receive (inbound) vs outbound bytes: direction -> rule 1/2 miss")
P(G, "miss", "aoife",
  "Which incidents are open for team-platform right now?", "2026-05-13 14:00", 600,
  "Which incidents are open right now for every team other than team-platform?", "2026-05-13 14:03",
  "'other than team-platform' is the complement -> rule 2 miss")
P(G, "miss", "farah",
  "Is voice chat ok in Oceania right now?", "2026-05-13 20:00", 300,
  "Is text chat ok in Oceania right now?", "2026-05-13 20:02",
  "voice-relay vs chat-relay: sibling service -> rule 2 miss")
P(G, "miss", "ravi",
  "pods NOT ready in ns matchmaking on ap1", "2026-05-14 04:00", 300,
  "ready pods in matchmaking ns ap1 rn", "2026-05-14 04:02",
  "NOT ready vs ready: negation -> rule 2 miss")
P(G, "miss", "mia",
  "Could you list the alerts that fired for party-svc last night?", "2026-05-14 08:30", 3600,
  "Sorry to bother you, when you have a moment could you list the alerts that fired last night for friends-api, since the team mentioned something odd at standup?", "2026-05-14 08:40",
  "service party-svc vs friends-api (hidden mid-sentence): sibling -> rule 2 miss")
P(G, "partial", "tomasz",
  "Average query latency on pg-profiles-01 over the last hour", "2026-05-15 11:00", 600,
  "p99 query latency on pg-profiles-01 over the last hour", "2026-05-15 11:03",
  "average vs p99 of the same query-latency series -> rule 4 partial")
P(G, "partial", "jess",
  "How many players were in matches at the peak yesterday?", "2026-05-15 10:00", 3600,
  "How many players were in matches at the lowest point yesterday?", "2026-05-15 10:05",
  "peak (max) vs lowest point (min) of the same concurrent-players series: another statistic -> rule 4 partial")
P(G, "miss", "kenji",
  "error logs for lobby-svc in ap1 last 1 hour", "2026-05-18 11:00", 900,
  "warning logs for lobby-svc in ap1 last 1 hour", "2026-05-18 11:03",
  "log level error vs warning: sibling -> rule 2 miss")
P(G, "miss", "lucas",
  'rate(redis_evicted_keys_total{instance="redis-sessions"}[5m]) last 3h', "2026-05-18 09:00", 600,
  'rate(redis_evicted_keys_total{instance="redis-leaderboard"}[5m]) last 3h', "2026-05-18 09:01",
  "instance redis-sessions vs redis-leaderboard inside the label set: sibling -> rule 2 miss")
P(G, "miss", "aoife",
  "How many critical alerts fired in production in the past 24 hours?", "2026-05-19 09:00", 1800,
  "How many critical alerts fired in the past 24 hours outside production?", "2026-05-19 09:05",
  "'outside production' is the complement of production -> rule 2 miss")
P(G, "miss", "farah",
  "how many incidents hit ranked matches this week?", "2026-05-19 12:00", 1800,
  "how many incidents hit casual matches this week?", "2026-05-19 12:04",
  "ranked vs casual: sibling mode -> rule 2 miss")
P(G, "miss", "ravi",
  "5xx auth-gateway lst 15m", "2026-05-20 22:00", 120,
  "4xx auth-gateway last 15m", "2026-05-20 22:01",
  "5xx vs 4xx: sibling status class -> rule 2 miss")
P(G, "miss", "mia",
  "Could you tell me the CPU usage of friends-api over the last 4 hours?", "2026-05-20 13:00", 900,
  "Could you tell me the memory usage of friends-api over the last 4 hours?", "2026-05-20 13:02",
  "CPU vs memory: different measured quantity -> rule 1 miss")
P(G, "miss", "tomasz",
  "When today were connections on pg-commerce above 80% of max_connections?", "2026-05-21 16:00", 1800,
  "When today were connections on pg-commerce below 80% of max_connections?", "2026-05-21 16:03",
  "above vs below the same threshold -> rule 2 miss")
P(G, "miss", "jess",
  "Which releases went out to the store service yesterday?", "2026-05-21 11:00", 3600,
  "Which releases went out yesterday to every service apart from the store?", "2026-05-21 11:10",
  "'apart from the store' is the complement -> rule 2 miss")
P(G, "partial", "kenji",
  "how many warden alerts firing now", "2026-05-22 13:00", 300,
  "please list warden alerts firing now", "2026-05-22 13:02",
  "count vs list of the same firing warden alerts -> rule 4 partial")
P(G, "miss", "lucas",
  'avg(rate(container_cpu_usage_seconds_total{namespace="matchmaking",cluster="skf-prod-eu1"}[5m])) last 1h', "2026-05-22 09:00", 600,
  'avg(rate(container_cpu_usage_seconds_total{namespace="social",cluster="skf-prod-eu1"}[5m])) last 1h', "2026-05-22 09:02",
  "namespace matchmaking vs social: sibling -> rule 2 miss")
P(G, "miss", "aoife",
  "Which services has team-commerce deployed in the last 7 days?", "2026-05-25 17:00", 3600,
  "Which services has team-anticheat deployed in the last 7 days?", "2026-05-25 17:05",
  "team-commerce vs team-anticheat: sibling team -> rule 2 miss")
P(G, "miss", "farah",
  "Which incidents for auth-gateway are still open?", "2026-05-25 11:00", 600,
  "Which incidents for auth-gateway are already resolved?", "2026-05-25 11:03",
  "state open vs resolved: sibling -> rule 2 miss")
P(G, "miss", "ravi",
  "kafka lag topic telemetry-raw grp telemetry-ingest last 30m", "2026-05-26 01:30", 600,
  "kafka lag topic telemetry-enriched grp telemetry-ingest last 30m", "2026-05-26 01:32",
  "topic telemetry-raw vs telemetry-enriched: sibling -> rule 2 miss")
P(G, "partial", "mia",
  "How many alerts has team-social received so far today?", "2026-05-26 09:00", 1800,
  "Could you show me how the number of alerts for team-social has trended through today?", "2026-05-26 09:05",
  "count vs trend of the same alerts today: different intent -> rule 4 partial")
P(G, "miss", "tomasz",
  "Disk IOPS on pg-profiles-03 last 2 hours", "2026-05-27 13:00", 900,
  "Disk latency on pg-profiles-03 last 2 hours", "2026-05-27 13:02",
  "disk IOPS vs disk latency: different quantity -> rule 1 miss")
P(G, "miss", "jess",
  "Is the leaderboard working right now?", "2026-05-27 14:00", 600,
  "Is the friends list working right now?", "2026-05-27 14:01",
  "leaderboard-svc vs friends-api: sibling service -> rule 2 miss")
P(G, "miss", "kenji",
  "error logs of party-svc in ap1 last 1 hour", "2026-05-28 11:30", 1200,
  "error logs of party-svc in eu1 last 1 hour", "2026-05-28 11:32",
  "cluster ap1 vs eu1: sibling -> rule 2 miss")
P(G, "partial", "lucas",
  'histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{service="store-api"}[5m]))) last 6h', "2026-05-28 15:00", 900,
  'histogram_quantile(0.5, sum by (le) (rate(http_server_requests_seconds_bucket{service="store-api"}[5m]))) last 6h', "2026-05-28 15:02",
  "quantile 0.99 vs 0.5 of the same histogram: another statistic -> rule 4 partial")
P(G, "miss", "aoife",
  "Top 5 alertnames by firing count in prod over the last 24 hours", "2026-05-29 10:00", 900,
  "Top 5 alertnames by firing count in staging over the last 24 hours", "2026-05-29 10:03",
  "prod vs staging: sibling -> rule 2 miss")
P(G, "miss", "farah",
  "How many incidents yesterday affected players?", "2026-05-29 15:00", 1800,
  "How many incidents yesterday did NOT affect players?", "2026-05-29 15:05",
  "negation of player impact -> rule 2 miss")
P(G, "miss", "ravi",
  "OOMKilled ns social last 1h", "2026-06-01 23:50", 300,
  "OOMKilled ns commerce last 1h", "2026-06-01 23:52",
  "namespace social vs commerce: sibling -> rule 2 miss")
P(G, "miss", "mia",
  "Could you show me the deploys of chat-relay during the last week?", "2026-06-01 11:00", 3600,
  "I'm preparing the weekly review for leadership, so could you please show me every deploy that went out during the last week for all services except chat-relay?", "2026-06-01 11:20",
  "'all services except chat-relay' (hidden in a long sentence) is the complement -> rule 2 miss")
P(G, "miss", "tomasz",
  "Is autovacuum running on pg-commerce now?", "2026-06-02 08:30", 600,
  "Is autovacuum running on pg-profiles-01 now?", "2026-06-02 08:31",
  "database pg-commerce vs pg-profiles-01: sibling -> rule 2 miss")
P(G, "partial", "jess",
  "How long did the shop page take to load for a typical player this morning, on average?", "2026-06-02 11:00", 1800,
  "This morning, how slow was the shop page for the slowest 1% of players?", "2026-06-02 11:05",
  "average vs p99 (slowest 1%) of the same page-load series -> rule 4 partial")
P(G, "miss", "kenji",
  "session-broker pods not ready in ap1 now?", "2026-06-03 20:00", 300,
  "session-broker pods not ready in sa1 now?", "2026-06-03 20:01",
  "cluster ap1 vs sa1: sibling -> rule 2 miss")
P(G, "miss", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="inventory-api",code=~"5.."}[5m])) last 2h', "2026-06-03 14:00", 900,
  'sum(rate(http_server_requests_seconds_count{service="inventory-api",code!~"5.."}[5m])) last 2h', "2026-06-03 14:02",
  "=~ vs !~ on 5..: negated matcher (non-5xx) -> rule 2 miss")
P(G, "miss", "aoife",
  "Show acknowledged alerts for team-matchmaking right now", "2026-06-04 09:00", 1200,
  "Show unacknowledged alerts for team-matchmaking right now", "2026-06-04 09:02",
  "acknowledged vs unacknowledged: complement -> rule 2 miss")
P(G, "miss", "farah",
  "Is ranked matchmaking working in South America right now?", "2026-06-04 19:00", 600,
  "Is ranked matchmaking working in Oceania right now?", "2026-06-04 19:02",
  "sa-east vs oce: sibling region -> rule 2 miss")
P(G, "partial", "ravi",
  "how many nodes w DiskPressure on na1 last 6h", "2026-06-05 05:15", 600,
  "which nodes had DiskPressure on na1 last 6h", "2026-06-05 05:18",
  "count vs list of the same nodes -> rule 4 partial")
P(G, "miss", "mia",
  "Could you list team-social's incidents this month?", "2026-06-05 13:00", 3600,
  "Could you list team-social's incidents this month that were not sev1?", "2026-06-05 13:10",
  "'not sev1' is a negation filter (spec lists non-critical style as complement) -> rule 2 miss, before rule 4")
P(G, "miss", "tomasz",
  "Replication lag right now on pg-profiles-03", "2026-06-08 10:00", 300,
  "Replication lag right now on pg-commerce-02", "2026-06-08 10:01",
  "replica pg-profiles-03 vs pg-commerce-02: sibling host -> rule 2 miss")
P(G, "miss", "jess",
  "How many new players signed up today?", "2026-06-08 16:00", 900,
  "How many players deleted their accounts today?", "2026-06-08 16:03",
  "sign-ups vs account deletions: different subject -> rule 1 miss")
P(G, "miss", "kenji",
  "traces of matchmaker slower than 2s in last 15 min", "2026-06-09 09:00", 600,
  "traces of matchmaker faster than 2s in last 15 min", "2026-06-09 09:02",
  "above vs below the 2s threshold -> rule 2 miss")
P(G, "partial", "lucas",
  'max_over_time(pg_replication_lag_seconds{instance="pg-profiles-02"}[24h])', "2026-06-09 10:00", 1800,
  'avg_over_time(pg_replication_lag_seconds{instance="pg-profiles-02"}[24h])', "2026-06-09 10:03",
  "max vs avg over the same series and window: another statistic -> rule 4 partial")
P(G, "miss", "aoife",
  "Status of INC-2317?", "2026-06-10 12:00", 600,
  "Status of INC-2371?", "2026-06-10 12:02",
  "incident id 2317 vs 2371 (transposed digits, different incident): sibling -> rule 2 miss")
P(G, "miss", "farah",
  "did voice chat have problems last night?", "2026-06-10 10:30", 1200,
  "did voice chat have problems last night anywhere other than Europe?", "2026-06-10 10:35",
  "'other than Europe' adds a complement filter -> rule 2 miss")
P(G, "miss", "ravi",
  "lobby-svc up in na1?", "2026-06-11 03:00", 180,
  "lobby-svc up in na2?", "2026-06-11 03:01",
  "cluster na1 vs na2: sibling -> rule 2 miss")
P(G, "partial", "mia",
  "Could you tell me how many warning alerts chat-relay raised over the weekend?", "2026-05-11 09:30", 1800,
  "Which warning alert fired most often for chat-relay over the weekend?", "2026-05-11 09:40",
  "count vs top-1 ranking over the same weekend alerts (asked Monday): different intent -> rule 4 partial")
P(G, "miss", "tomasz",
  "Top 10 queries by total time on pg-commerce last 24h", "2026-06-12 15:00", 900,
  "Top 10 queries by number of calls on pg-commerce last 24h", "2026-06-12 15:02",
  "ranked by total time vs by call count: different measured quantity -> rule 1 miss")
P(G, "miss", "jess",
  "Are there any critical problems being flagged right now?", "2026-06-12 12:00", 600,
  "Are there any problems being flagged right now that aren't critical?", "2026-06-12 12:02",
  "non-critical is the complement of critical -> rule 2 miss")
P(G, "miss", "kenji",
  "memory usage of redis-leaderboard now", "2026-06-15 17:00", 600,
  "CPU usage of redis-leaderboard now", "2026-06-15 17:01",
  "memory vs CPU -> rule 1 miss")
P(G, "miss", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="store-api",region="na-east",code=~"5.."}[5m])) last 15m', "2026-06-15 08:00", 300,
  'sum(rate(http_server_requests_seconds_count{service="store-api",region="na-west",code=~"5.."}[5m])) last 15m', "2026-06-15 08:01",
  "region na-east vs na-west buried in the selector: sibling -> rule 2 miss")
P(G, "miss", "aoife",
  "How many critical alerts fired in production in the past 24 hours?", "2026-06-16 09:00", 3600,
  "How many critical alerts were resolved in production in the past 24 hours?", "2026-06-16 09:05",
  "fired vs resolved: sibling state -> rule 2 miss")
P(G, "miss", "farah",
  "Are any game servers down in Europe right now?", "2026-06-16 14:00", 900,
  "Are any game servers down right now besides the ones in Europe?", "2026-06-16 14:02",
  "'besides Europe' is the complement -> rule 2 miss")
P(G, "miss", "ravi",
  "PgConnectionsSaturated alerts today", "2026-06-17 21:00", 1200,
  "PgReplicationLagHigh alerts today", "2026-06-17 21:02",
  "alertname sibling -> rule 2 miss")
P(G, "miss", "mia",
  "Is party-svc healthy in production right now?", "2026-06-17 10:00", 600,
  "Is party-svc healthy in staging right now?", "2026-06-17 10:01",
  "production vs staging: sibling -> rule 2 miss")
P(G, "miss", "tomasz",
  "Lock waits over 30s on pg-commerce last 3h", "2026-06-18 11:00", 1800,
  "Lock waits under 30s on pg-commerce last 3h", "2026-06-18 11:02",
  "over vs under the threshold -> rule 2 miss")
P(G, "miss", "jess",
  "Were there any failed deploys yesterday?", "2026-06-18 13:00", 1800,
  "Were there any deploys yesterday that went through fine?", "2026-06-18 13:04",
  "failed vs successful deploys: complement -> rule 2 miss")
P(G, "miss", "kenji",
  "how many 4xx for friends-api in sa-east last 6h", "2026-06-19 08:00", 900,
  "how many 4xx for friends-api in sa-east last 6h, except 404", "2026-06-19 08:02",
  "'except 404' is a negation filter -> rule 2 miss")
P(G, "partial", "lucas",
  'topk(5, sum by (pod) (container_memory_working_set_bytes{namespace="telemetry",cluster="skf-prod-sa1"}))', "2026-06-19 18:00", 600,
  'sum(container_memory_working_set_bytes{namespace="telemetry",cluster="skf-prod-sa1"})', "2026-06-19 18:02",
  "top-5 pods vs total over the same series: different intent over the same data -> rule 4 partial")

# ---------------------------------------------------------------- time (50)
G = "time"
P(G, "hit", "ravi",
  "list alerts fired on skf-prod-ap1 between 02:00 and 04:00 UTC today", "2026-06-02 11:00", 1800,
  "alerts on ap1 frm 07:30 to 09:30, list pls", "2026-06-02 11:10",
  "02:00-04:00 UTC = 07:30-09:30 IST (+05:30); identical ranges, fresh -> rule 5 hit")
P(G, "partial", "mia",
  "Could you tell me how many alerts chat-relay raised in the last 24 hours?", "2026-06-03 09:00", 900,
  "Could you tell me again how many alerts chat-relay has raised in the last 24 hours?", "2026-06-03 11:00",
  "same question 2h later, TTL 15 min expired; ranges overlap 22/24h -> rule 5 partial (stale)")
P(G, "hit", "tomasz",
  "Replication lag on pg-profiles-02 since 1am", "2026-03-29 04:00", 900,
  "pg-profiles-02 replication lag over the last 2 hours", "2026-03-29 04:05",
  "Warsaw DST start day: 01:00 CET=00:00Z, 04:00 CEST=02:00Z so 'since 1am' is 2h; B [00:05Z,02:05Z], 5 min off (tol 18 min) -> rule 5 hit")
P(G, "miss", "jess",
  "How many purchases failed in the shop today?", "2026-06-04 17:00", 600,
  "How many purchases are failing in the shop right now?", "2026-06-04 17:03",
  "today = 17h vs now = 5 min: lengths differ 204x (>31x) -> rule 3 miss")
P(G, "partial", "kenji",
  "matchmaker queue wait time for last 1 hour in ap-northeast", "2026-06-05 20:00", 1800,
  "ap-northeast matchmaker queue wait time last 1 hour, again please", "2026-06-05 20:20",
  "fresh re-ask 20 min later: [19:00,20:00] vs [19:20,20:20] shift 20 min > tol 9 min, overlap 67% -> rule 5 partial")
P(G, "miss", "lucas",
  "error ratio for store-api between 10:00 and 12:00", "2026-06-08 14:00", 1200,
  "store-api error ratio from 11:45 to 13:45", "2026-06-08 14:05",
  "overlap 11:45-12:00 = 15 min of 120 = 12.5% < 25% -> rule 3 miss")
P(G, "partial", "aoife",
  "What's firing in prod right now?", "2026-06-09 10:00", 900,
  "Right now, what alerts are firing in production?", "2026-06-09 10:12",
  "now re-asked 12 min later: [09:55,10:00] vs [10:07,10:12] no overlap, but fresh (TTL 15 min) -> rule 3 exception partial")
P(G, "hit", "farah",
  "any incidents between 1am and 4am?", "2026-03-08 09:00", 1800,
  "were there incidents between 04:30 and 06:30 UTC today?", "2026-03-08 09:10",
  "St John's DST start: 01:00 NST(-03:30)=04:30Z, 04:00 NDT(-02:30)=06:30Z; identical -> rule 5 hit")
P(G, "partial", "ravi",
  "crit alerts on na1 today", "2026-06-10 10:00", 600,
  "crit alerts na1 today", "2026-06-10 11:30",
  "same question 90 min later, TTL 10 min expired; [00:00,10:00] inside [00:00,11:30] -> rule 5 partial (stale)")
P(G, "miss", "mia",
  "How many alerts did chat-relay raise on Monday?", "2026-06-11 10:00", 1800,
  "How many alerts did chat-relay raise on Tuesday?", "2026-06-11 10:05",
  "asked Thu: Monday Jun 8 vs Tuesday Jun 9, no overlap -> rule 3 miss")
P(G, "partial", "tomasz",
  "How many checkpoints has pg-commerce done since midnight?", "2026-10-25 03:30", 900,
  "pg-commerce checkpoints in the last 3 hours?", "2026-10-25 03:35",
  "Warsaw DST end: midnight CEST=22:00Z, 03:30 CET=02:30Z so today is 4.5h; B [23:35Z,02:35Z] start off 95 min > tol 40 min; overlap 97% -> rule 5 partial")
P(G, "hit", "jess",
  "How many purchases failed in the shop since midnight?", "2026-03-08 09:00", 900,
  "How many shop purchases failed in the last 8 hours?", "2026-03-08 09:05",
  "LA DST start: midnight PST=08:00Z, 09:00 PDT=16:00Z so since midnight is 8h; B [08:05Z,16:05Z] -> rule 5 hit")
P(G, "miss", "kenji",
  "how many matchmaker pods restarted in last 1 hour", "2026-06-12 15:00", 600,
  "how many matchmaker pods restarted in last 7 days", "2026-06-12 15:02",
  "1h vs 7d: lengths differ 168x -> rule 3 miss")
P(G, "hit", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="store-api",code=~"5.."}[5m])) between 12:00 and 15:00 UTC', "2026-06-15 16:00", 1800,
  "store-api 5xx rate from 9am to 12pm", "2026-06-15 16:10",
  "Sao Paulo is UTC-3: 09:00-12:00 local = 12:00-15:00Z, identical -> rule 5 hit")
P(G, "miss", "aoife",
  "How many alerts fired in prod in the last 30 minutes?", "2026-06-16 18:00", 600,
  "How many alerts fired in prod today?", "2026-06-16 18:02",
  "30 min vs today [00:00,18:02] = 1082 min: 36x > 31x -> rule 3 miss")
P(G, "partial", "farah",
  "how many match disconnects between 10:00 and 12:00?", "2026-06-17 14:00", 1800,
  "how many match disconnects between 11:00 and 13:00?", "2026-06-17 14:05",
  "overlap 1h of 2h = 50%; starts differ 60 min > tol 18 min -> rule 5 partial")
P(G, "hit", "ravi",
  "auth-gateway 5xx last 2h", "2026-06-18 03:05", 600,
  "auth-gateway 5xx since 01:00", "2026-06-18 03:07",
  "[01:05,03:05] vs [01:00,03:07]: 5 and 2 min off, tol 18 min -> rule 5 hit")
P(G, "partial", "mia",
  "Could you list the incidents team-social had yesterday?", "2026-06-19 10:00", 1800,
  "Could you list the incidents team-social had in the last 48 hours?", "2026-06-19 10:05",
  "yesterday (24h) fully inside last 48h, 2x length; ranges do not match -> rule 5 partial")
P(G, "miss", "tomasz",
  "Lock waits on pg-commerce between 01:00 and 03:00", "2026-06-22 09:00", 1800,
  "Lock waits on pg-commerce between 03:00 and 05:00", "2026-06-22 09:03",
  "adjacent windows, no overlap -> rule 3 miss")
P(G, "partial", "jess",
  "How many purchases failed this week?", "2026-06-26 14:00", 1800,
  "How many purchases failed today?", "2026-06-26 14:05",
  "Fri: this week = 110h, today = 14h inside it (7.9x < 31x); ranges differ -> rule 5 partial")
P(G, "hit", "kenji",
  "how many matchmaker 5xx yesterday?", "2026-06-16 10:00", 3600,
  "matchmaker 5xx count for June 15 please", "2026-06-16 10:10",
  "asked Jun 16: yesterday = June 15 local day, identical -> rule 5 hit")
P(G, "partial", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="friends-api",code=~"5.."}[5m])) last 15m', "2026-06-23 11:00", 3600,
  "friends-api 5xx rate, last 15m (refresh)", "2026-06-23 11:40",
  "rolling 15m re-asked 40 min later: no overlap, but answer fresh (TTL 1h) -> rule 3 exception partial")
P(G, "hit", "aoife",
  "Alerts fired in prod since 08:00 UTC?", "2026-07-01 11:00", 1200,
  "Which alerts have fired in production since 9am?", "2026-07-01 11:05",
  "Dublin summer time UTC+1: 08:00Z = 09:00 local; same start, end 5 min apart -> rule 5 hit")
P(G, "miss", "farah",
  "any incidents yesterday?", "2026-06-11 12:00", 900,
  "any incidents on June 2?", "2026-06-11 12:03",
  "June 10 vs June 2: no overlap -> rule 3 miss")
P(G, "miss", "ravi",
  "lobby-svc pods crashlooping rn?", "2026-07-02 02:00", 300,
  "lobby-svc pods crashlooping now?", "2026-07-02 02:30",
  "now re-asked 30 min later after TTL 5 min expired: no overlap and not fresh, exception does not apply -> rule 3 miss")
P(G, "hit", "mia",
  "Could you list alerts for party-svc since 9am?", "2026-07-07 12:00", 1800,
  "Could you list party-svc alerts since 23:00 UTC on July 6?", "2026-07-07 12:10",
  "Sydney winter UTC+10: 09:00 Jul 7 local = 23:00Z Jul 6; same start -> rule 5 hit")
P(G, "partial", "tomasz",
  "How many deadlocks on pg-commerce this week?", "2026-07-08 12:00", 1800,
  "How many deadlocks on pg-commerce last week?", "2026-07-08 12:05",
  "spec: 'last week' = rolling 7d [Jul 1 12:05, Jul 8 12:05] which contains this week [Mon Jul 6 00:00, 12:00] (2.8x) -> rule 5 partial")
P(G, "miss", "jess",
  "How many players had trouble logging in this morning?", "2026-07-09 16:00", 1800,
  "How many players had trouble logging in this afternoon?", "2026-07-09 16:02",
  "[06:00,12:00] vs [12:00,16:02]: no overlap -> rule 3 miss")
P(G, "partial", "kenji",
  "how many deploys to ap1 today", "2026-07-10 18:00", 1800,
  "how many deploys to ap1 this afternoon", "2026-07-10 18:03",
  "this afternoon [12:00,18:00] inside today [00:00,18:00], 3x -> rule 5 partial")
P(G, "hit", "lucas",
  "error ratio store-api last 90m", "2026-07-13 16:00", 900,
  "store-api error ratio since 14:30", "2026-07-13 16:04",
  "[14:30,16:00] vs [14:30,16:04], tol 13.5 min -> rule 5 hit")
P(G, "hit", "aoife",
  "How many alerts fired in prod overnight?", "2026-10-25 07:00", 1800,
  "How many alerts fired in prod in the last 10 hours?", "2026-10-25 07:10",
  "Dublin DST end: overnight = 22:00 IST (21:00Z) to 06:00 GMT (06:00Z) = 9h; B [21:10Z,07:10Z]: 10 and 70 min off, tol 81 min -> rule 5 hit")
P(G, "partial", "farah",
  "how many incidents over the weekend?", "2026-07-13 10:00", 1800,
  "how many incidents in the last 3 days?", "2026-07-13 10:05",
  "Mon: weekend [Sat 00:00, Mon 00:00] = 48h inside last 72h -> rule 5 partial")
P(G, "miss", "ravi",
  "kafka lag telemetry-raw last 15m", "2026-07-14 23:00", 300,
  "kafka lag telemetry-raw last 24h", "2026-07-14 23:02",
  "15 min vs 24h: 96x -> rule 3 miss")
P(G, "hit", "mia",
  "How many alerts has chat-relay raised since midnight?", "2026-10-04 08:00", 900,
  "How many alerts has chat-relay raised in the last 7 hours?", "2026-10-04 08:05",
  "Sydney DST start: midnight AEST=14:00Z, 08:00 AEDT=21:00Z so today = 7h; B [14:05Z,21:05Z] -> rule 5 hit")
P(G, "partial", "tomasz",
  "Slow queries on pg-profiles-01 since 9am", "2026-07-15 15:00", 1800,
  "Slow queries on pg-profiles-01 between 12:00 and 15:00", "2026-07-15 15:05",
  "[12:00,15:00] inside [09:00,15:00], start 3h off -> rule 5 partial")
P(G, "hit", "jess",
  "How many purchases failed this morning?", "2026-07-16 11:30", 1200,
  "How many purchases failed between 6am and 11:30?", "2026-07-16 11:35",
  "this morning at 11:30 = [06:00,11:30] = identical -> rule 5 hit")
P(G, "miss", "kenji",
  "matchmaker ticket timeout count last 15 minutes", "2026-07-17 09:00", 600,
  "again, matchmaker ticket timeout count last 15 minutes", "2026-07-17 09:45",
  "rolling 15 min re-asked 45 min later after TTL 10 min: no overlap, not fresh -> rule 3 miss")
P(G, "partial", "lucas",
  'max(pg_replication_lag_seconds{instance="pg-profiles-03"}) last 3h', "2026-07-20 10:00", 600,
  'max(pg_replication_lag_seconds{instance="pg-profiles-03"}) last 1h', "2026-07-20 10:02",
  "1h inside 3h (3x), ranges differ -> rule 5 partial")
P(G, "partial", "aoife",
  "Give me the list of incidents from yesterday.", "2026-07-21 09:00", 3600,
  "List yesterday's incidents for me, please.", "2026-07-21 11:00",
  "identical range but asked 2h later, TTL 1h expired -> rule 5 partial (stale)")
P(G, "hit", "farah",
  "any incidents overnight?", "2026-11-01 10:00", 1800,
  "any incidents between 00:30 and 09:30 UTC today?", "2026-11-01 10:10",
  "St John's DST end: 22:00 NDT(-02:30)=00:30Z, 06:00 NST(-03:30)=09:30Z; identical -> rule 5 hit")
P(G, "partial", "ravi",
  "oomkills ns social last 6h", "2026-07-22 04:00", 600,
  "oomkills ns social last 24h", "2026-07-22 04:02",
  "6h inside 24h (4x) -> rule 5 partial")
P(G, "miss", "mia",
  "Could you list the incidents from yesterday?", "2026-04-05 09:00", 1800,
  "Could you list today's incidents so far?", "2026-04-05 09:05",
  "Sydney DST end day: yesterday (Apr 4) vs today (Apr 5, 25h day): no overlap -> rule 3 miss")
P(G, "miss", "tomasz",
  "Replication lag on pg-profiles-02 last night", "2026-07-23 10:00", 1800,
  "Replication lag on pg-profiles-02 this morning", "2026-07-23 10:05",
  "[22:00,06:00] vs [06:00,10:05]: no overlap -> rule 3 miss")
P(G, "partial", "jess",
  "How many purchases failed this month?", "2026-07-20 13:00", 3600,
  "How many purchases failed in the last 30 days?", "2026-07-20 13:10",
  "this month [Jul 1, Jul 20 13:00] (19.5d) inside last 30d; start 10.5d off -> rule 5 partial")
P(G, "hit", "kenji",
  "how many deploys of matchmaker in last week", "2026-07-24 11:00", 1800,
  "matchmaker deploys count in the last 7 days", "2026-07-24 11:05",
  "last week = rolling 7 days (spec) -> rule 5 hit")
P(G, "miss", "lucas",
  'avg_over_time(pg_replication_lag_seconds{instance="pg-profiles-02"}[30d])', "2026-07-27 09:00", 1800,
  "average replication lag on pg-profiles-02 over the last 12h", "2026-07-27 09:03",
  "30d vs 12h: 60x > 31x -> rule 3 miss")
P(G, "partial", "aoife",
  "Which alerts fired in prod since Tuesday 6pm?", "2026-07-30 09:00", 1800,
  "Which alerts fired in prod in the last 24 hours?", "2026-07-30 09:05",
  "Thu: since Tue 18:00 = 39h contains last 24h; start 15h off -> rule 5 partial")
P(G, "partial", "farah",
  "how many matches crashed today?", "2026-07-31 12:00", 1800,
  "how many matches crashed so far today?", "2026-07-31 14:00",
  "same question 2h later, TTL 30 min expired; [00:00,12:00] inside [00:00,14:00] -> rule 5 partial (stale)")
P(G, "hit", "ravi",
  "crit alerts prod last 24h", "2026-08-03 01:00", 3600,
  "again: crit alerts in prod past 24 hrs", "2026-08-03 01:50",
  "rolling 24h re-asked 50 min later, shift 50 min < tol 3.6h, fresh -> rule 5 hit")
P(G, "partial", "jess",
  "How many shop purchases have failed since midnight?", "2026-11-01 09:00", 900,
  "Failed purchases in the shop over the past 8 hours?", "2026-11-01 09:05",
  "LA DST end: midnight PDT=07:00Z, 09:00 PST=17:00Z so today = 10h; B [09:05Z,17:05Z] start 125 min off > tol 90 min -> rule 5 partial")

# ---------------------------------------------------------------- scope (50)
G = "scope"
P(G, "partial", "ravi",
  "alerts firing on skf-prod-na1 rn", "2026-08-04 02:00", 300,
  "crit alerts firing on na1 rn", "2026-08-04 02:02",
  "all alerts contains critical: nested filter -> rule 4 partial")
P(G, "partial", "mia",
  "How many 5xx errors did friends-api return in the last hour?", "2026-08-04 11:00", 900,
  "How many 503s did friends-api return in the last hour?", "2026-08-04 11:03",
  "5xx contains 503: nested -> rule 4 partial")
P(G, "partial", "tomasz",
  "List slow queries on pg-commerce today", "2026-08-05 15:00", 1800,
  "How many slow queries on pg-commerce today?", "2026-08-05 15:05",
  "list vs count of the same data -> rule 4 partial")
P(G, "partial", "jess",
  "How many purchases failed today?", "2026-08-05 16:00", 1800,
  "How many purchases failed today in Europe?", "2026-08-05 16:04",
  "all regions contain eu-central: nested -> rule 4 partial")
P(G, "partial", "kenji",
  "Please list all alerts in skf-prod-ap1 now", "2026-08-06 10:00", 300,
  "list alerts in namespace matchmaking of skf-prod-ap1 now", "2026-08-06 10:02",
  "cluster contains its namespace: nested -> rule 4 partial")
P(G, "partial", "lucas",
  'sum(rate(http_server_requests_seconds_count{service="store-api"}[5m])) last 1h', "2026-08-06 14:00", 600,
  'sum(rate(http_server_requests_seconds_count{service="store-api",endpoint="/v1/purchase"}[5m])) last 1h', "2026-08-06 14:02",
  "all endpoints contain /v1/purchase: nested -> rule 4 partial")
P(G, "partial", "aoife",
  "How many incidents did we have this week?", "2026-08-07 10:00", 1800,
  "Show me the trend of incidents per day this week", "2026-08-07 10:05",
  "count vs trend over the same incidents -> rule 4 partial")
P(G, "partial", "farah",
  "Are there any incidents open right now?", "2026-08-07 18:00", 600,
  "Any sev1 incidents open right now?", "2026-08-07 18:02",
  "all open incidents contain sev1: nested -> rule 4 partial")
P(G, "partial", "ravi",
  "top 5 noisiest alerts in prod last 24h", "2026-08-10 01:00", 900,
  "how many alerts fired in prod last 24h", "2026-08-10 01:04",
  "top-5 vs count: different intent over same alerts -> rule 4 partial")
P(G, "partial", "mia",
  "Could you list the deploys this week?", "2026-08-11 12:00", 1800,
  "Could you list the deploys for team-social this week?", "2026-08-11 12:05",
  "all teams contain team-social: nested -> rule 4 partial")
P(G, "partial", "tomasz",
  "Replication lag on all pg-profiles replicas, last hour", "2026-08-11 10:00", 600,
  "Replication lag on pg-profiles-02, last hour", "2026-08-11 10:03",
  "all replicas contain pg-profiles-02: nested -> rule 4 partial")
P(G, "partial", "jess",
  "How many players had trouble logging in today?", "2026-08-12 15:00", 1800,
  "Which hours today had the most login problems?", "2026-08-12 15:05",
  "count vs ranking by hour of the same failed logins -> rule 4 partial")
P(G, "partial", "kenji",
  "how many errors in matchmaker logs last 1h", "2026-08-12 19:00", 900,
  "show me matchmaker error logs last 1h", "2026-08-12 19:03",
  "count vs list of the same error log lines -> rule 4 partial")
P(G, "partial", "lucas",
  'sum(increase(kube_pod_container_status_restarts_total{cluster="skf-prod-sa1"}[6h]))', "2026-08-13 09:00", 900,
  'sum(increase(kube_pod_container_status_restarts_total{cluster="skf-prod-sa1",namespace="commerce"}[6h]))', "2026-08-13 09:03",
  "cluster contains namespace commerce: nested -> rule 4 partial")
P(G, "partial", "aoife",
  "List all alerts that fired in prod yesterday", "2026-08-13 09:30", 3600,
  "List the critical alerts that fired in prod yesterday", "2026-08-13 09:40",
  "all contains critical: nested -> rule 4 partial")
P(G, "partial", "farah",
  "how many matches crashed today?", "2026-08-14 13:00", 900,
  "how many ranked matches crashed today?", "2026-08-14 13:03",
  "all matches contain ranked: nested -> rule 4 partial")
P(G, "partial", "ravi",
  "5xx on auth-gateway last 30m", "2026-08-17 22:00", 600,
  "5xx on auth-gateway /v2/token last 30m", "2026-08-17 22:02",
  "all endpoints contain /v2/token: nested -> rule 4 partial")
P(G, "partial", "mia",
  "Could you tell me how many alerts fired for chat-relay last night?", "2026-08-18 08:00", 3600,
  "Could you show me how chat-relay's alert count changed hour by hour last night?", "2026-08-18 08:10",
  "count vs hourly trend of the same alerts -> rule 4 partial")
P(G, "partial", "tomasz",
  "Top 5 slowest queries on pg-profiles-01 today", "2026-08-18 14:00", 1800,
  "List every query on pg-profiles-01 today that took longer than 1s", "2026-08-18 14:05",
  "top-5 ranking vs full list above a threshold over the same query stats: different intent -> rule 4 partial")
P(G, "partial", "jess",
  "Were there any releases today?", "2026-08-19 12:00", 1800,
  "How many releases went out today?", "2026-08-19 12:03",
  "existence/list vs count of the same deploys -> rule 4 partial")
P(G, "partial", "kenji",
  "k8s warning events in ap1 last 1h", "2026-08-19 20:00", 600,
  "k8s warning events in ap1 last 1h for namespace social", "2026-08-19 20:02",
  "cluster contains namespace social: nested -> rule 4 partial")
P(G, "partial", "lucas",
  'sum(kafka_consumergroup_lag{consumergroup="telemetry-ingest"})', "2026-08-20 11:00", 300,
  'sum(kafka_consumergroup_lag{consumergroup="telemetry-ingest",topic="telemetry-raw"})', "2026-08-20 11:01",
  "group over all topics contains topic telemetry-raw: nested -> rule 4 partial")
P(G, "partial", "aoife",
  "How many incidents have we had this month?", "2026-08-20 16:00", 3600,
  "Which team owned the most incidents this month?", "2026-08-20 16:10",
  "count vs top-1 ranking by team -> rule 4 partial")
P(G, "partial", "farah",
  "any game servers down right now?", "2026-08-21 15:00", 300,
  "any game servers down right now in Oceania?", "2026-08-21 15:02",
  "all regions contain oce: nested -> rule 4 partial")
P(G, "partial", "ravi",
  "pods not ready on skf-prod-na2 rn", "2026-08-24 04:00", 300,
  "count of not-ready pods on na2 rn", "2026-08-24 04:01",
  "list vs count of the same pods -> rule 4 partial")
P(G, "partial", "mia",
  "How many incidents has team-social had this quarter?", "2026-08-25 10:00", 3600,
  "How many sev1 incidents has team-social had this quarter?", "2026-08-25 10:05",
  "all severities contain sev1: nested -> rule 4 partial")
P(G, "partial", "tomasz",
  "ERROR-level lines in the pg-commerce log, last 2 hours", "2026-08-25 13:00", 900,
  "'deadlock detected' errors in the pg-commerce log, last 2 hours", "2026-08-25 13:03",
  "all ERROR lines contain deadlock errors: nested -> rule 4 partial")
P(G, "partial", "jess",
  "How many purchases failed this week?", "2026-08-26 11:00", 1800,
  "Are failed purchases going up or down this week?", "2026-08-26 11:05",
  "count vs trend of the same failed purchases -> rule 4 partial")
P(G, "partial", "kenji",
  "alerts for matchmaker in all regions now", "2026-08-26 09:00", 300,
  "alerts for matchmaker in ap-northeast now", "2026-08-26 09:01",
  "all regions contain ap-northeast: nested -> rule 4 partial")
P(G, "partial", "lucas",
  'sum by (service) (rate(http_server_requests_seconds_count{code=~"5.."}[5m])) last 1h', "2026-08-27 17:00", 600,
  'topk(3, sum by (service) (rate(http_server_requests_seconds_count{code=~"5.."}[5m]))) last 1h', "2026-08-27 17:02",
  "breakdown of all services vs top-3: different intent over same data -> rule 4 partial")
P(G, "partial", "aoife",
  "Show deploys in prod in the last 24h", "2026-08-27 12:00", 1800,
  "Show deploys in prod in the last 24h that were rolled back", "2026-08-27 12:05",
  "all deploys contain rolled-back ones: nested -> rule 4 partial")
P(G, "partial", "farah",
  "how many player-impacting incidents this week", "2026-08-28 09:00", 1800,
  "list the player-impacting incidents this week", "2026-08-28 09:05",
  "count vs list -> rule 4 partial")
P(G, "partial", "ravi",
  "traces auth-gateway >1s last 15m", "2026-08-31 03:00", 300,
  "traces auth-gateway >1s last 15m w/ status error", "2026-08-31 03:02",
  "all slow traces contain the errored ones: nested -> rule 4 partial")
P(G, "partial", "mia",
  "Could you list alerts that fired in the social namespace today?", "2026-09-01 14:00", 1800,
  "Could you list alerts that fired today in the social namespace on the Sydney cluster?", "2026-09-01 14:05",
  "all clusters contain skf-prod-oc1 (Sydney): nested -> rule 4 partial")
P(G, "partial", "tomasz",
  "Connections on pg-commerce right now", "2026-09-01 09:00", 300,
  "Connections on pg-commerce from user store_api right now", "2026-09-01 09:01",
  "all connections contain those of user store_api: nested -> rule 4 partial")
P(G, "partial", "jess",
  "Which incidents this month hurt purchases?", "2026-09-02 13:00", 3600,
  "How many incidents this month hurt purchases?", "2026-09-02 13:10",
  "list vs count -> rule 4 partial")
P(G, "partial", "kenji",
  "how many 5xx in matchmaker last 6h", "2026-09-02 18:00", 900,
  "matchmaker 5xx trend last 6h, per hour please", "2026-09-02 18:04",
  "count vs trend -> rule 4 partial")
P(G, "partial", "lucas",
  'count(kube_pod_status_ready{condition="false",cluster="skf-prod-eu1"} == 1)', "2026-09-03 10:00", 300,
  'kube_pod_status_ready{condition="false",cluster="skf-prod-eu1",namespace="gameservers"} == 1', "2026-09-03 10:02",
  "count over cluster vs list in one namespace: nested + intent -> rule 4 partial")
P(G, "miss", "ravi",
  "crit alerts on na1 rn", "2026-09-07 02:00", 300,
  "deploys on na1 last 1h", "2026-09-07 02:03",
  "alerts vs deploys: different subject -> rule 1 miss")
P(G, "miss", "mia",
  "Could you list the incidents for team-social this week?", "2026-09-08 10:00", 1800,
  "Could you show me chat-relay's CPU usage this week?", "2026-09-08 10:05",
  "incidents vs CPU metric: unrelated -> rule 1 miss")
P(G, "miss", "tomasz",
  "Replication lag on pg-profiles-02, last hour", "2026-09-08 15:00", 600,
  "Failed logins on auth-gateway, last hour", "2026-09-08 15:04",
  "unrelated subject -> rule 1 miss")
P(G, "miss", "jess",
  "How many purchases failed today?", "2026-09-09 16:00", 1800,
  "How many new players signed up today?", "2026-09-09 16:05",
  "failed purchases vs sign-ups: different subject -> rule 1 miss")
P(G, "miss", "kenji",
  "matchmaker error logs last 1h", "2026-09-09 11:00", 900,
  "matchmaker slow traces last 1h", "2026-09-09 11:02",
  "logs vs traces: different subject -> rule 1 miss")
P(G, "miss", "lucas",
  'rate(container_cpu_usage_seconds_total{namespace="commerce"}[5m]) last 1h', "2026-09-10 14:00", 600,
  'kube_deployment_status_replicas_available{namespace="commerce"} last 1h', "2026-09-10 14:02",
  "CPU usage vs available replicas: different quantity -> rule 1 miss")
P(G, "miss", "aoife",
  "How many incidents this week?", "2026-09-10 09:00", 1800,
  "How many alerts this week?", "2026-09-10 09:03",
  "incidents vs alerts: different subject -> rule 1 miss")
P(G, "miss", "farah",
  "any game servers down right now?", "2026-09-11 15:00", 300,
  "any voice chat issues right now?", "2026-09-11 15:02",
  "game servers vs voice-relay: unrelated -> rule 1 miss")
P(G, "miss", "ravi",
  "k8s events on na1 last 1h", "2026-09-14 03:00", 600,
  "logs on na1 last 1h", "2026-09-14 03:02",
  "k8s events vs logs: different subject -> rule 1 miss")
P(G, "miss", "mia",
  "Could you show me the deploys of party-svc this week?", "2026-09-15 11:00", 1800,
  "Could you show me the alerts of party-svc this week?", "2026-09-15 11:04",
  "deploys vs alerts: different subject -> rule 1 miss")
P(G, "miss", "tomasz",
  "Is autovacuum running on pg-commerce now?", "2026-09-15 08:00", 300,
  "How deep is the reward-grants queue in RabbitMQ now?", "2026-09-15 08:02",
  "unrelated subject -> rule 1 miss")
P(G, "miss", "kenji",
  "How many tickets are in the matchmaker queue now?", "2026-09-16 21:00", 300,
  "How many game servers are ready in ap1 now?", "2026-09-16 21:01",
  "queue tickets vs ready game servers: different subject -> rule 1 miss")


def main():
    counters = {}
    out = []
    for (group, expect, voice, aq, aat, ttl, bq, bat, note) in ROWS:
        tz = VOICES[voice]
        counters[group] = counters.get(group, 0) + 1
        n = counters[group]
        split = "dev10" if n % 2 == 1 else "test10"
        out.append({
            "id": f"{group}-b10-{n:02d}",
            "group": group,
            "split": split,
            "expect": expect,
            "a": {"q": aq, "at": iso(aat, tz), "tz": tz, "ttl": ttl},
            "b": {"q": bq, "at": iso(bat, tz), "tz": tz},
            "note": note,
        })
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pairs.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} pairs to {path}")


if __name__ == "__main__":
    main()
