#!/usr/bin/env python3
"""gen.py (writer 27): builds history.jsonl, pairs.jsonl, aliases.json, topology.json from the hand-typed data below."""
# Hand-typed data, part 1: the company ("Parlando", a live language-tutoring marketplace) and its question history.
# Written before any pair. Year is 2025 throughout; times are the asker's local wall-clock.

VOICES = {
    # key: (IANA zone, style)
    "amelie":  ("Europe/Paris",          "terse shorthand"),
    "ravi":    ("Asia/Calcutta",         "non-native English"),          # +05:30, backward link of Asia/Kolkata
    "bronwyn": ("Australia/Yancowinna",  "very polite"),                 # southern DST, +10:30/+09:30, link of Broken_Hill
    "deborah": ("America/Toronto",       "manager prose"),
    "tane":    ("Antarctica/McMurdo",    "pastes PromQL/LogQL"),         # southern DST, link of Pacific/Auckland
    "siti":    ("Asia/Jakarta",          "formal with ISO/UTC timestamps"),
    "kev":     ("Canada/Newfoundland",   "typos and chat slang"),        # -03:30/-02:30, link of St_Johns
    "zsofi":   ("Europe/Budapest",       "lowercase one-liners"),
}

SERVICES = {
    # canonical id: (other names people use, team, namespace, what it is)
    "lesson-booking":    (["booker", "scheduler", "calendar service"], "tutor-ops", "booking",
                          "books, moves and cancels lessons; 'scheduler' is its old name"),
    "video-bridge":      (["vbridge", "classroom", "webrtc relay"], "learner-xp", "live",
                          "WebRTC SFU that runs the live lesson rooms"),
    "tutor-payouts":     (["paymaster", "tutor pay", "payout run"], "payments", "money",
                          "nightly/ad-hoc batches paying tutors; 'paymaster' is its old name"),
    "learner-billing":   (["wallet", "subs", "subscription service"], "payments", "money",
                          "learner subscriptions, lesson-pack charges, refunds; 'wallet' is its old name"),
    "match-engine":      (["matcher", "cupid", "tutor search"], "tutor-ops", "discovery",
                          "tutor search and recommendations; 'cupid' is its original codename"),
    "notify-hub":        (["pinger", "reminders", "notif"], "platform", "comms",
                          "email/SMS/push sender, lesson reminders"),
    "transcript-worker": (["txw", "scribe", "captions job"], "learner-xp", "live",
                          "lesson recording transcription and captions; 'scribe' is its old name"),
}

TEAMS = {
    "tutor-ops":  "tutor side: booking and search",
    "learner-xp": "learner side: live classroom and captions",
    "payments":   "money in and money out",
    "platform":   "SRE, clusters, ingress, databases, notifications",
}

REGIONS = {
    # region: {cluster: [hosts]}
    "eu-west-1":    {"prd-euw1-a": ["euw1a-node-01", "euw1a-node-02", "euw1a-node-03", "euw1a-node-04"],
                     "prd-euw1-b": ["euw1b-node-01", "euw1b-node-02", "euw1b-node-03"],
                     "stg-euw1":   ["stgeuw1-node-01", "stgeuw1-node-02"]},
    "ap-south-1":   {"prd-aps1-a": ["aps1a-node-01", "aps1a-node-02", "aps1a-node-03"],
                     "prd-aps1-b": ["aps1b-node-01", "aps1b-node-02"]},
    "ca-central-1": {"prd-cac1-a": ["cac1a-node-01", "cac1a-node-02"]},
}
ENV_OF_CLUSTER = {"stg-euw1": "staging"}  # every other cluster is production
# where each service runs (stg-euw1 runs everything)
PLACEMENT = {
    "lesson-booking":    ["prd-euw1-a", "prd-euw1-b", "prd-aps1-a", "prd-aps1-b", "prd-cac1-a", "stg-euw1"],
    "video-bridge":      ["prd-euw1-a", "prd-euw1-b", "prd-aps1-a", "prd-aps1-b", "prd-cac1-a", "stg-euw1"],
    "tutor-payouts":     ["prd-euw1-a", "stg-euw1"],
    "learner-billing":   ["prd-euw1-a", "prd-euw1-b", "prd-aps1-a", "stg-euw1"],
    "match-engine":      ["prd-euw1-a", "prd-euw1-b", "prd-aps1-a", "prd-aps1-b", "prd-cac1-a", "stg-euw1"],
    "notify-hub":        ["prd-euw1-b", "prd-aps1-b", "stg-euw1"],
    "transcript-worker": ["prd-euw1-a", "prd-aps1-a", "stg-euw1"],
}
ENDPOINTS = {
    "lesson-booking":  ["/v2/lessons", "/v2/slots", "/v2/reschedule"],
    "learner-billing": ["/api/charge", "/api/refund", "/api/plans"],
    "match-engine":    ["/search", "/recommend"],
    "video-bridge":    ["/rooms/join", "/rooms/leave"],
    "tutor-payouts":   ["/payouts/run"],
}
METRICS = [
    "http_requests_total{service,route,code,cluster}",
    "http_request_duration_seconds_bucket{service,route,cluster}",
    "webrtc_session_packet_loss_ratio{service,cluster}", "webrtc_session_jitter_seconds{service,cluster}",
    "video_bridge_active_rooms{cluster}",
    "payout_batches_total{result}", "payout_failures_total{bank}", "payout_batch_last_success_timestamp_seconds",
    "billing_charge_attempts_total{result,decline_reason}",
    "match_engine_query_latency_seconds_bucket{index}", "match_engine_cache_hits_total",
    "notify_messages_sent_total{channel,template,status}", "notify_queue_depth",
    "transcript_jobs_queue_depth", "transcript_job_duration_seconds_bucket",
    "container_cpu_usage_seconds_total", "container_memory_working_set_bytes",
    "kube_pod_container_status_restarts_total",
    "node_cpu_seconds_total{host}", "node_filesystem_avail_bytes{host}", "node_disk_reads_completed_total{host}",
    "node_disk_read_time_seconds_total{host}", "node_disk_writes_completed_total{host}",
    "pg_replication_lag_seconds{cluster}", "pg_stat_activity_count{datname}", "redis_evicted_keys_total{cluster}",
    "nginx_ingress_controller_requests{status,cluster}", "coredns_dns_responses_total{rcode,cluster}",
]
ALERTS = [
    # alertname, expression summary, severities/thresholds
    ("HighErrorRate", "5xx / all requests per service over 5m", "warning > 2%, critical > 5%"),
    ("LatencyP95High", "p95 of http_request_duration_seconds per service for 10m", "warning > 800ms, critical > 2s"),
    ("VideoPacketLossHigh", "avg webrtc_session_packet_loss_ratio for 5m", "critical > 3%"),
    ("PayoutBatchFailed", "increase(payout_failures_total[15m]) > 0", "critical"),
    ("ChargeDeclineSpike", "declined / attempts over 15m", "warning > 15%"),
    ("TranscriptBacklog", "transcript_jobs_queue_depth for 15m", "warning > 500, critical > 2000"),
    ("NotifyQueueStuck", "notify_queue_depth for 10m", "critical > 10000"),
    ("PodCrashLooping", "increase(kube_pod_container_status_restarts_total[15m])", "warning > 3"),
    ("NodeCPUHigh", "node cpu busy for 15m", "warning > 80%, critical > 90%"),
    ("NodeFilesystemAlmostFull", "node_filesystem_avail_bytes / size", "warning < 20% free, critical < 10% free"),
    ("KubeNodeNotReady", "node Ready condition false for 5m", "critical"),
    ("PostgresReplicationLag", "pg_replication_lag_seconds", "warning > 30s, critical > 120s"),
    ("CertificateExpiringSoon", "cert-manager certificate expiry", "warning < 14d"),
]

# history: (voice, "MM-DD HH:MM", question as typed, [(datasource, executed query), ...])
HISTORY = [
 ("siti", "02-28 08:00", "Please list all firing alerts for transcript-worker in region ap-south-1 as of 2025-02-28T00:00Z.",
  [("alertmanager", 'service="transcript-worker",region="ap-south-1",state="active" at=2025-02-28T00:00:00Z')]),
 ("zsofi", "02-28 10:05", "booker 5xx last hour",
  [("prometheus", 'sum(increase(http_requests_total{service="lesson-booking",code=~"5.."}[1h]))')]),
 ("ravi", "02-28 11:20", "Kindly check why matcher is giving slow results from today morning, users are complaining tutor search is taking long time.",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="match-engine",route="/search"}[5m])))'),
   ("loki", '{namespace="discovery", service="match-engine"} |= "timeout"')]),
 ("tane", "02-28 14:02", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="video-bridge",route="/rooms/join",cluster="prd-aps1-a"}[5m]))) is over 4s, is that the relay or the node?',
  [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="video-bridge",route="/rooms/join",cluster="prd-aps1-a"}[5m])))'),
   ("kubernetes", 'cluster=prd-aps1-a namespace=live type=Warning since=2h')]),
 ("amelie", "02-28 15:10", "txw job dur p95 3h",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(transcript_job_duration_seconds_bucket{service="transcript-worker"}[3h])))')]),
 ("deborah", "02-28 16:30", "Could you give me an overview of how many incidents the payments team had in February, and how many of those were about the paymaster?",
  [("incidents", 'team="payments" from=2025-02-01T00:00:00-05:00 to=2025-02-28T16:30:00-05:00'),
   ("incidents", 'service="tutor-payouts" from=2025-02-01T00:00:00-05:00 to=2025-02-28T16:30:00-05:00')]),
 ("kev", "02-28 20:15", "is pinger borked?? sms not goin out lol",
  [("prometheus", 'sum by (channel) (rate(notify_messages_sent_total{service="notify-hub",channel="sms"}[5m]))')]),
 ("bronwyn", "03-01 09:40", "Good morning! Sorry to bother you on a Saturday, but could you please check whether the payout run finished overnight? Thank you so much.",
  [("prometheus", 'time() - payout_batch_last_success_timestamp_seconds{service="tutor-payouts"}'),
   ("loki", '{namespace="money", service="tutor-payouts"} |= "batch complete"')]),
 ("siti", "03-01 09:00", "Please list all critical alerts for learner-billing between 2025-02-28T22:00Z and 2025-03-01T02:00Z.",
  [("alertmanager", 'service="learner-billing",severity="critical" from=2025-02-28T22:00:00Z to=2025-03-01T02:00:00Z')]),
 ("amelie", "03-03 08:50", "pods restarting in live ns? 6h",
  [("prometheus", 'sum by (pod) (increase(kube_pod_container_status_restarts_total{namespace="live"}[6h])) > 0')]),
 ("zsofi", "03-03 09:30", "ingress 499s since midnight",
  [("prometheus", 'sum(increase(nginx_ingress_controller_requests{namespace="ingress-nginx",status="499"}[9h30m]))')]),
 ("deborah", "03-03 10:00", "Before our planning meeting I'd like to know how often we deployed lesson booking over the last week, and whether any of those rollouts were rolled back.",
  [("argocd", 'app=lesson-booking since=7d'), ("argocd", 'app=lesson-booking operation=rollback since=7d')]),
 ("tane", "03-03 11:00", 'increase(kube_pod_container_status_restarts_total{namespace="comms"}[1h]) -- pinger pods restart-looping?',
  [("prometheus", 'increase(kube_pod_container_status_restarts_total{namespace="comms",container="notify-hub"}[1h])')]),
 ("ravi", "03-03 12:10", "What is the disk usage of aps1a-node-02? NodeFilesystemAlmostFull warning is coming since yesterday.",
  [("prometheus", '1 - node_filesystem_avail_bytes{host="aps1a-node-02",mountpoint="/"} / node_filesystem_size_bytes{host="aps1a-node-02",mountpoint="/"}'),
   ("alertmanager", 'alertname="NodeFilesystemAlmostFull",host="aps1a-node-02" since=yesterday')]),
 ("tane", "03-04 08:15", 'sum by (code) (rate(http_requests_total{service="learner-billing",route="/api/charge"}[5m])) -- 503s climbing since ~07:50, anything deployed to wallet?',
  [("prometheus", 'sum by (code) (rate(http_requests_total{service="learner-billing",route="/api/charge"}[5m]))'),
   ("argocd", 'app=learner-billing since=2h')]),
 ("kev", "03-04 09:00", "anyone else seein scribe backlog?? queue huge",
  [("prometheus", 'transcript_jobs_queue_depth{service="transcript-worker"}')]),
 ("siti", "03-04 14:00", "Please provide the p95 latency of match-engine for the /recommend endpoint from 2025-03-04T00:00Z to 2025-03-04T06:00Z, per cluster.",
  [("prometheus", 'histogram_quantile(0.95, sum by (le, cluster) (rate(http_request_duration_seconds_bucket{service="match-engine",route="/recommend"}[6h] @ 1741068000)))')]),
 ("deborah", "03-04 16:00", "Can you tell me whether the subscription service outage this morning is tracked as an incident, and who is leading it?",
  [("incidents", 'service="learner-billing" since=2025-03-04T06:00:00-05:00')]),
 ("bronwyn", "03-05 10:15", "Hello, would you be able to show me the error logs for the captions job from the last two hours, please? Many thanks.",
  [("loki", '{namespace="live", service="transcript-worker"} |= "level=error"')]),
 ("amelie", "03-05 11:00", "cert expiry warn? which ingresses",
  [("alertmanager", 'alertname="CertificateExpiringSoon",severity="warning" state=active'),
   ("kubernetes", 'namespace=cert-manager kind=Certificate condition=Ready=False')]),
 ("zsofi", "03-05 15:40", "pg replication lag now",
  [("prometheus", 'max by (cluster) (pg_replication_lag_seconds)')]),
 ("ravi", "03-06 10:30", "How many times the cupid pods restarted this week? I am getting PodCrashLooping mail.",
  [("prometheus", 'sum(increase(kube_pod_container_status_restarts_total{namespace="discovery",container="match-engine"}[3d10h]))'),
   ("alertmanager", 'alertname="PodCrashLooping",namespace="discovery" since=2025-03-03T00:00:00+05:30')]),
 ("bronwyn", "03-06 10:00", "Hi! Could you please check the 5xx rate for the booker in ap-south-1 since 9am? Thank you very much.",
  [("prometheus", 'sum(rate(http_requests_total{service="lesson-booking",region="ap-south-1",code=~"5.."}[5m]))')]),
 ("deborah", "03-06 13:00", "I keep hearing that the classroom had a rough Tuesday. Can you summarise the video-bridge incidents on March 4th and their impact?",
  [("incidents", 'service="video-bridge" from=2025-03-04T00:00:00-05:00 to=2025-03-05T00:00:00-05:00')]),
 ("tane", "03-06 21:30", '{service="notify-hub"} |= "provider=twilio" |= "status=failed" -- count by minute, last 3h pls',
  [("loki", 'sum(count_over_time({namespace="comms", service="notify-hub"} |= "provider=twilio" |= "status=failed" [1m]))')]),
 ("kev", "03-07 08:20", "vbridge packet loss spikin again or is it just me lmao",
  [("prometheus", 'avg by (cluster) (webrtc_session_packet_loss_ratio{service="video-bridge"})'),
   ("alertmanager", 'alertname="VideoPacketLossHigh" state=active')]),
 ("siti", "03-07 08:00", "Please state whether any deployments of tutor-payouts occurred between 2025-03-06T00:00Z and 2025-03-07T00:00Z.",
  [("argocd", 'app=tutor-payouts from=2025-03-06T00:00:00Z to=2025-03-07T00:00:00Z')]),
 ("ravi", "03-07 09:40", "Payments team alerts are too many from yesterday, please give count by alertname.",
  [("alertmanager", 'team="payments" since=2025-03-06T00:00:00+05:30 group_by=alertname')]),
 ("bronwyn", "03-07 16:00", "Hi! Could you kindly tell me if any nodes in prd-aps1-b went NotReady today? Thank you!",
  [("kubernetes", 'cluster=prd-aps1-b kind=Node reason=NodeNotReady since=2025-03-07T00:00:00+10:30'),
   ("alertmanager", 'alertname="KubeNodeNotReady",cluster="prd-aps1-b" since=2025-03-07T00:00:00+10:30')]),
 ("amelie", "03-07 17:30", "subs charge declines >15% today?",
  [("prometheus", 'sum(increase(billing_charge_attempts_total{service="learner-billing",result="declined"}[17h30m])) / sum(increase(billing_charge_attempts_total{service="learner-billing"}[17h30m])) > 0.15')]),
 ("zsofi", "03-08 11:00", "any firing alerts for txw",
  [("alertmanager", 'service="transcript-worker" state=active')]),
 ("ravi", "03-10 09:45", "Please check the coredns errors in prd-aps1-a cluster, many services are getting DNS timeout since 9 AM.",
  [("prometheus", 'sum(rate(coredns_dns_responses_total{cluster="prd-aps1-a",rcode="SERVFAIL"}[5m]))'),
   ("loki", '{cluster="prd-aps1-a", namespace="kube-system", app="coredns"} |= "timeout"')]),
 ("siti", "03-10 07:30", "Please provide the HTTP 5xx ratio for video-bridge in cluster prd-aps1-a for the window 2025-03-09T12:00Z to 2025-03-09T18:00Z.",
  [("prometheus", 'sum(increase(http_requests_total{service="video-bridge",cluster="prd-aps1-a",code=~"5.."}[6h] @ 1741543200)) / sum(increase(http_requests_total{service="video-bridge",cluster="prd-aps1-a"}[6h] @ 1741543200))')]),
 ("kev", "03-10 10:00", "did the paymaster run blow up last nite? got paged at like 3",
  [("alertmanager", 'alertname="PayoutBatchFailed",service="tutor-payouts" from=2025-03-09T22:00:00-02:30 to=2025-03-10T06:00:00-02:30'),
   ("loki", '{namespace="money", service="tutor-payouts"} |= "batch failed"')]),
 ("deborah", "03-10 11:15", "Please prepare a short summary of critical alerts by team for the last week. I want to see which team carried the most pages.",
  [("alertmanager", 'severity="critical" since=7d group_by=team')]),
 ("tane", "03-11 09:00", 'topk(5, sum by (route) (rate(http_request_duration_seconds_sum{service="lesson-booking"}[5m])) / sum by (route) (rate(http_request_duration_seconds_count{service="lesson-booking"}[5m]))) -- which route is the slow one on the scheduler?',
  [("prometheus", 'topk(5, sum by (route) (rate(http_request_duration_seconds_sum{service="lesson-booking"}[5m])) / sum by (route) (rate(http_request_duration_seconds_count{service="lesson-booking"}[5m])))')]),
 ("siti", "03-11 10:00", "Kindly report the number of HighErrorRate alerts with severity critical for the payments team from 2025-03-10T00:00Z to 2025-03-11T00:00Z.",
  [("alertmanager", 'alertname="HighErrorRate",severity="critical",team="payments" from=2025-03-10T00:00:00Z to=2025-03-11T00:00:00Z')]),
 ("bronwyn", "03-11 12:30", "Sorry to ask again, is the matcher healthy right now? A tutor emailed us that search results look empty. Thank you kindly.",
  [("prometheus", 'up{service="match-engine"}'),
   ("prometheus", 'sum(rate(http_requests_total{service="match-engine",code=~"5.."}[5m]))')]),
 ("amelie", "03-11 14:00", "argocd out-of-sync apps prd-euw1-b?",
  [("argocd", 'cluster=prd-euw1-b sync=OutOfSync')]),
 ("zsofi", "03-12 09:05", "notif email vs push sent yesterday",
  [("prometheus", 'sum by (channel) (increase(notify_messages_sent_total{service="notify-hub",channel=~"email|push"}[1d] @ 1741734000))')]),
 ("amelie", "03-12 08:40", "booker pods on euw1b-node-02? disk almost full there",
  [("kubernetes", 'cluster=prd-euw1-b namespace=booking kind=Pod node=euw1b-node-02'),
   ("prometheus", 'node_filesystem_avail_bytes{host="euw1b-node-02",mountpoint="/"} / node_filesystem_size_bytes{host="euw1b-node-02",mountpoint="/"}')]),
 ("deborah", "03-12 12:00", "How many incidents did we declare over the last month in total, and what was the mean time to resolve?",
  [("incidents", 'since=30d stats=count,mttr')]),
 ("ravi", "03-12 15:00", "tutor pay service is showing 'connection refused' to bank API, can you check logs from last 30 min?",
  [("loki", '{namespace="money", service="tutor-payouts"} |= "connection refused"')]),
 ("kev", "03-12 19:40", "how many 5xx did booker throw today, ballpark is fine thx",
  [("prometheus", 'sum(increase(http_requests_total{service="lesson-booking",code=~"5.."}[19h40m]))')]),
 ("deborah", "03-13 09:30", "What's the trend on the tutor search latency over the past month? Is it getting better since the index rework?",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="match-engine"}[1d])))  # range 30d step 1d')]),
 ("tane", "03-13 10:20", '{service="video-bridge", cluster="prd-euw1-a"} |~ "ICE (failed|disconnected)" vs the same on prd-euw1-b, last 1h',
  [("loki", 'sum(count_over_time({service="video-bridge", cluster="prd-euw1-a"} |~ "ICE (failed|disconnected)" [1h]))'),
   ("loki", 'sum(count_over_time({service="video-bridge", cluster="prd-euw1-b"} |~ "ICE (failed|disconnected)" [1h]))')]),
 ("siti", "03-13 11:00", "Please list Kubernetes warning events in namespace money between 2025-03-13T02:00Z and 2025-03-13T03:00Z.",
  [("kubernetes", 'namespace=money type=Warning from=2025-03-13T02:00:00Z to=2025-03-13T03:00:00Z')]),
 ("bronwyn", "03-13 17:45", "Hi, I hope you're well. Could you please show me the traces slower than 2 seconds for the calendar service this afternoon? Much appreciated.",
  [("tempo", '{ resource.service.name = "lesson-booking" && duration > 2s }')]),
 ("amelie", "03-14 09:00", "ChargeDeclineSpike fired 3x overnight, real or noise?",
  [("alertmanager", 'alertname="ChargeDeclineSpike" from=2025-03-13T22:00:00+01:00 to=2025-03-14T06:00:00+01:00'),
   ("prometheus", 'sum(rate(billing_charge_attempts_total{service="learner-billing",result="declined"}[15m])) / sum(rate(billing_charge_attempts_total{service="learner-billing"}[15m]))')]),
 ("zsofi", "03-14 10:10", "vbridge cpu on euw1a-node-03",
  [("prometheus", 'sum(rate(container_cpu_usage_seconds_total{namespace="live",container="video-bridge",node="euw1a-node-03"}[5m]))')]),
 ("bronwyn", "03-14 09:00", "Good morning, might I ask you to look at the cupid logs for any 'index not ready' messages since midnight? Thank you!",
  [("loki", '{namespace="discovery", service="match-engine"} |= "index not ready"')]),
 ("ravi", "03-14 13:00", "Today morning we did release of notify-hub v3.4, can you confirm rollout is completed in all clusters?",
  [("argocd", 'app=notify-hub since=2025-03-14T00:00:00+05:30'),
   ("kubernetes", 'namespace=comms kind=Deployment name=notify-hub condition=Progressing')]),
 ("kev", "03-14 14:30", "wallet latency p99 lookin sus since lunch??",
  [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="learner-billing"}[5m])))')]),
 ("tane", "03-15 09:00", 'rate(notify_messages_sent_total{service="notify-hub",channel="sms",status="failed"}[5m]) -- why non-zero since 07:00?',
  [("prometheus", 'sum by (template) (rate(notify_messages_sent_total{service="notify-hub",channel="sms",status="failed"}[5m]))'),
   ("loki", '{namespace="comms", service="notify-hub"} |= "channel=sms" |= "status=failed"')]),
 ("deborah", "03-17 10:00", "Give me the open incidents across all services right now, with owners, so I can walk through them in stand-up.",
  [("incidents", 'status=open fields=service,owner')]),
 ("tane", "03-17 09:00", 'sum(rate(container_cpu_usage_seconds_total{namespace="live", container="transcript-worker"}[5m])) by (pod) -- which pod is hot?',
  [("prometheus", 'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="live",container="transcript-worker"}[5m]))')]),
 ("siti", "03-17 08:30", "Please provide the count of pods in CrashLoopBackOff in cluster prd-aps1-a as of 2025-03-17T01:30Z.",
  [("kubernetes", 'cluster=prd-aps1-a kind=Pod reason=CrashLoopBackOff at=2025-03-17T01:30:00Z')]),
 ("kev", "03-17 13:00", "matcher p95 now?? feels slow af",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="match-engine"}[5m])))')]),
 ("bronwyn", "03-18 09:20", "Good morning! Would you mind checking if the reminders went out for the 9am lessons? A few learners said they didn't get one. Thanks ever so much.",
  [("prometheus", 'sum by (channel, status) (increase(notify_messages_sent_total{service="notify-hub",template="lesson_reminder"}[1h]))')]),
 ("siti", "03-18 09:00", "Please list traces for learner-billing with status error between 2025-03-18T01:00Z and 2025-03-18T02:00Z.",
  [("tempo", '{ resource.service.name = "learner-billing" && status = error }  start=2025-03-18T01:00:00Z end=2025-03-18T02:00:00Z')]),
 ("ravi", "03-18 14:30", "Video bridge is fine or not? Teachers are saying class is freezing in India.",
  [("prometheus", 'avg by (cluster) (webrtc_session_packet_loss_ratio{service="video-bridge",region="ap-south-1"})'),
   ("alertmanager", 'service="video-bridge",region="ap-south-1" state=active')]),
 ("zsofi", "03-18 16:00", "vbridge rooms active now",
  [("prometheus", 'sum(video_bridge_active_rooms{service="video-bridge"})')]),
 ("ravi", "03-19 11:00", "Why LatencyP95High alert is firing for lesson-booking in ap-south-1? Please check since 10 AM.",
  [("alertmanager", 'alertname="LatencyP95High",service="lesson-booking",region="ap-south-1" since=2025-03-19T10:00:00+05:30'),
   ("prometheus", 'histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{service="lesson-booking",region="ap-south-1"}[5m])))')]),
 ("zsofi", "03-19 10:20", "kube warnings money ns today",
  [("kubernetes", 'namespace=money type=Warning since=2025-03-19T00:00:00+01:00')]),
 ("kev", "03-19 12:00", "scribe pods OOMing?? saw OOMKilled in slack",
  [("kubernetes", 'namespace=live kind=Pod reason=OOMKilled name=~transcript-worker since=2h'),
   ("prometheus", 'max by (pod) (container_memory_working_set_bytes{namespace="live",container="transcript-worker"})')]),
 ("deborah", "03-19 15:00", "For the quarterly review, how many critical alerts has learner billing had since the start of the quarter? Compare with tutor payouts if you can.",
  [("alertmanager", 'service="learner-billing",severity="critical" since=2025-01-01T00:00:00-05:00'),
   ("alertmanager", 'service="tutor-payouts",severity="critical" since=2025-01-01T00:00:00-05:00')]),
 ("tane", "03-20 08:45", 'sum(rate(payout_failures_total{service="tutor-payouts"}[15m])) by (bank) -- is it one bank or all?',
  [("prometheus", 'sum by (bank) (rate(payout_failures_total{service="tutor-payouts"}[15m]))')]),
 ("siti", "03-20 09:15", "Please list deployments to namespace discovery between 2025-03-19T00:00Z and 2025-03-20T00:00Z, with revision numbers.",
  [("argocd", 'namespace=discovery from=2025-03-19T00:00:00Z to=2025-03-20T00:00:00Z fields=revision')]),
 ("deborah", "03-20 09:00", "Roughly how many payout batches have run this month and how many failed? Finance is asking.",
  [("prometheus", 'sum by (result) (increase(payout_batches_total{service="tutor-payouts"}[19d13h]))')]),
 ("bronwyn", "03-20 11:00", "Hello again! Could you please let me know whether the ingress controller in ap-south-1 had any 5xx errors this morning? Thank you!",
  [("prometheus", 'sum(increase(nginx_ingress_controller_requests{namespace="ingress-nginx",region="ap-south-1",status=~"5.."}[5h]))')]),
 ("amelie", "03-20 13:40", "KubeNodeNotReady euw1? since 12:00",
  [("alertmanager", 'alertname="KubeNodeNotReady",region="eu-west-1" since=2025-03-20T12:00:00+01:00')]),
 ("zsofi", "03-21 09:00", "cupid errors since monday",
  [("prometheus", 'sum(increase(http_requests_total{service="match-engine",code=~"5.."}[4d9h]))')]),
 ("ravi", "03-21 10:15", "Please give the top 5 slow endpoints of subscription service for last 24 hours.",
  [("prometheus", 'topk(5, histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{service="learner-billing"}[24h]))))')]),
 ("amelie", "03-21 11:00", "HighErrorRate crit vs warn count this wk",
  [("alertmanager", 'alertname="HighErrorRate" since=2025-03-17T00:00:00+01:00 group_by=severity')]),
 ("kev", "03-21 16:00", "any deploys today?? smth feels off w/ the calendar service",
  [("argocd", 'app=lesson-booking since=2025-03-21T00:00:00-02:30')]),
 ("deborah", "03-21 17:00", "How did the classroom hold up this week overall? I'd like uptime and any incidents before I send the weekly update.",
  [("prometheus", 'avg_over_time(up{service="video-bridge"}[4d17h])'),
   ("incidents", 'service="video-bridge" since=2025-03-17T00:00:00-04:00')]),
 ("tane", "03-22 10:00", '{namespace="money"} |= "idempotency key conflict" -- since 06:00, both services?',
  [("loki", 'sum by (service) (count_over_time({namespace="money"} |= "idempotency key conflict" [4h]))')]),
 ("siti", "03-24 08:00", "Please report the maximum PostgreSQL replication lag in cluster prd-euw1-a between 2025-03-23T18:00Z and 2025-03-24T00:00Z.",
  [("prometheus", 'max_over_time(pg_replication_lag_seconds{cluster="prd-euw1-a"}[6h] @ 1742774400)')]),
 ("bronwyn", "03-24 10:00", "Hi there, could you please tell me how many tutor payout failures we had over the weekend? Thanks so much!",
  [("prometheus", 'sum(increase(payout_failures_total{service="tutor-payouts"}[48h] @ 1742740200))'),
   ("alertmanager", 'alertname="PayoutBatchFailed" from=2025-03-22T00:00:00+10:30 to=2025-03-24T00:00:00+10:30')]),
 ("amelie", "03-24 09:15", "pinger queue depth >10k? NotifyQueueStuck flapping",
  [("prometheus", 'max_over_time(notify_queue_depth{service="notify-hub"}[1h]) > 10000'),
   ("alertmanager", 'alertname="NotifyQueueStuck" since=1h')]),
 ("tane", "03-24 12:00", '{service="lesson-booking"} | json | latency_ms > 2000 -- since 10:00, slots endpoint only',
  [("loki", '{namespace="booking", service="lesson-booking"} | json | route="/v2/slots" | latency_ms > 2000')]),
 ("zsofi", "03-24 14:00", "booker deploys this week",
  [("argocd", 'app=lesson-booking since=2025-03-24T00:00:00+01:00')]),
 ("ravi", "03-25 09:30", "Is TranscriptBacklog alert resolved? Captions job queue was more than 500 yesterday evening.",
  [("alertmanager", 'alertname="TranscriptBacklog",service="transcript-worker" since=24h'),
   ("prometheus", 'transcript_jobs_queue_depth{service="transcript-worker"}')]),
 ("bronwyn", "03-25 09:00", "Hello! Would you mind listing any Argo CD syncs that failed yesterday? Thank you ever so much.",
  [("argocd", 'sync=Failed from=2025-03-24T00:00:00+10:30 to=2025-03-25T00:00:00+10:30')]),
 ("kev", "03-25 11:00", "ok who broke stg lol, booker in stg-euw1 throwin 500s",
  [("prometheus", 'sum(rate(http_requests_total{service="lesson-booking",cluster="stg-euw1",code="500"}[5m]))'),
   ("argocd", 'app=lesson-booking cluster=stg-euw1 since=6h')]),
 ("deborah", "03-25 14:00", "Which of our services had the most warning alerts over the last two weeks? A ranked list is fine.",
  [("alertmanager", 'severity="warning" since=14d group_by=service sort=desc')]),
 ("tane", "03-26 07:30", 'sum by (le) (rate(match_engine_query_latency_seconds_bucket{index="tutors"}[5m])) -- heatmap looks bimodal, is that cupid\'s cache?',
  [("prometheus", 'sum by (le) (rate(match_engine_query_latency_seconds_bucket{service="match-engine",index="tutors"}[5m]))'),
   ("prometheus", 'sum(rate(match_engine_cache_hits_total{service="match-engine"}[5m]))')]),
 ("siti", "03-26 09:00", "Please provide the list of incidents with status resolved for team tutor-ops between 2025-03-17T00:00Z and 2025-03-24T00:00Z.",
  [("incidents", 'team="tutor-ops" status=resolved from=2025-03-17T00:00:00Z to=2025-03-24T00:00:00Z')]),
 ("kev", "03-26 10:00", "subs checkout p95 rn?",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="learner-billing",route="/api/charge"}[5m])))')]),
 ("zsofi", "03-26 13:00", "wallet pg connections maxed?",
  [("prometheus", 'sum by (cluster) (pg_stat_activity_count{datname="learner_billing"})')]),
 ("bronwyn", "03-26 15:30", "Would you kindly check the memory usage of the video-bridge pods in prd-aps1-a over the last 6 hours? Thank you!",
  [("prometheus", 'sum by (pod) (container_memory_working_set_bytes{cluster="prd-aps1-a",namespace="live",container="video-bridge"})  # range 6h')]),
 ("amelie", "03-26 16:00", "coredns p99 euw1-b",
  [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(coredns_dns_request_duration_seconds_bucket{cluster="prd-euw1-b"}[5m])))')]),
 ("siti", "03-27 07:00", "Please provide the number of active alerts for notify-hub per cluster as of 2025-03-27T00:00Z.",
  [("alertmanager", 'service="notify-hub" state=active at=2025-03-27T00:00:00Z group_by=cluster')]),
 ("zsofi", "03-27 08:30", "matcher crit alerts overnight",
  [("alertmanager", 'service="match-engine",severity="critical" from=2025-03-26T22:00:00+01:00 to=2025-03-27T06:00:00+01:00')]),
 ("kev", "03-27 09:10", "wallet /api/refund 502s? customer support pingin me",
  [("prometheus", 'sum(rate(http_requests_total{service="learner-billing",route="/api/refund",code="502"}[5m]))')]),
 ("deborah", "03-27 09:00", "Quick one: is there anything currently on fire for tutor search or lesson booking before our partner demo at 10?",
  [("alertmanager", 'service=~"match-engine|lesson-booking" state=active'),
   ("incidents", 'service=~"match-engine|lesson-booking" status=open')]),
 ("ravi", "03-27 12:00", "Last 7 days how many deploy happened for transcript-worker and any failed?",
  [("argocd", 'app=transcript-worker since=7d'), ("argocd", 'app=transcript-worker sync=Failed since=7d')]),
 ("zsofi", "03-20 15:30", "scheduler reschedule endpoint 4xx today",
  [("prometheus", 'sum(increase(http_requests_total{service="lesson-booking",route="/v2/reschedule",code=~"4.."}[15h30m]))')]),
 ("tane", "03-19 09:30", 'sum(rate(http_requests_total{service="match-engine",route="/recommend",code=~"5.."}[5m])) -- spiky since the 08:00 deploy?',
  [("prometheus", 'sum(rate(http_requests_total{service="match-engine",route="/recommend",code=~"5.."}[5m]))'),
   ("argocd", 'app=match-engine since=2h')]),
 ("kev", "03-13 15:20", "paymaster deploy went out? tutors askin bout late $$",
  [("argocd", 'app=tutor-payouts since=24h')]),
]

# Hand-typed data, part 2: the 240 pairs.  Written after data_org.py (the history).
# (group, a_voice, a_local, ttl_s, a_range, a_q, b_voice or "" (= a's), b_local, b_range, b_q, relation, expect, note)
# relation: same | sib (sibling value) | neg (complement/negation) | diff (other subject) | nest (nested filter)
#           | intent (other intent, same data) | stat (other statistic, same series)
# range grammar (resolved in the asker's zone by gen.py): now | last:Nm/Nh/Nd | today | yesterday | day:MM-DD |
#   days:MM-DD..MM-DD | morning | afternoon | overnight | week | month | quarter | weekend | since:HH:MM |
#   since:MM-DD HH:MM | clock:HH:MM-HH:MM[@Zone] | abs:YYYY-MM-DDTHH:MM/YYYY-MM-DDTHH:MM[@Zone]
PAIRS = [
# ---------------- paraphrase (70) ----------------
("paraphrase","amelie","03-28 09:10",900,"last:1h","5xx booker last 1h","","03-28 09:14","last:1h","lesson-booking 5xx past hour?","same","hit","booker=lesson-booking; fresh"),
("paraphrase","ravi","03-28 10:00",1800,"today","How many critical alerts fired for matcher today?","","03-28 10:20","today","Today how many crit alerts for match-engine, please tell.","same","hit","matcher=match-engine; crit=critical"),
("paraphrase","bronwyn","03-28 11:00",3600,"last:24h","Hello! Could you please tell me how many payout failures the paymaster had in the last 24 hours? Thank you!","","03-28 11:25","last:24h","Hi again, sorry to bother you: what was the tutor-payouts failure count over the past day?","same","hit","paymaster=tutor-payouts; past day=24h"),
("paraphrase","deborah","03-28 09:00",3600,"week","Can you summarise the incidents for tutor search this week?","","03-28 09:30","week","I'd like a summary of this week's match-engine incidents.","same","hit","tutor search=match-engine"),
("paraphrase","tane","03-28 10:00",600,"last:15m",'sum(rate(http_requests_total{service="video-bridge",code=~"5.."}[5m])) over the last 15m?',"","03-28 10:03","last:15m","vbridge 5xx rate, last 15 min","same","hit","PromQL vs nickname"),
("paraphrase","siti","03-28 09:00",3600,"abs:2025-03-28T00:00/2025-03-28T02:00@UTC","Please list critical alerts for learner-billing between 2025-03-28T00:00Z and 2025-03-28T02:00Z.","","03-28 09:40","clock:00:00-02:00@UTC","Kindly provide the critical alerts of the wallet service from 00:00 to 02:00 UTC today.","same","hit","wallet=learner-billing; ISO Z vs UTC clock"),
("paraphrase","kev","03-28 11:00",900,"now","is pinger borked rn?","","03-28 11:03","now","notify-hub up atm?","same","hit","pinger=notify-hub; now within 5 min"),
("paraphrase","zsofi","03-28 14:00",1800,"today","cupid p95 today","","03-28 14:10","since:00:00","match-engine p95 since midnight","same","hit","cupid old codename; today=since midnight"),
("paraphrase","amelie","03-28 15:00",900,"last:1h","subs decline ratio last 1h","","03-28 15:20","last:1h","learner-billing charge decline rate, past hour","same","partial","stale (20m > ttl 15m)"),
("paraphrase","ravi","03-28 12:00",3600,"last:30m","tutor pay logs with 'connection refused' for last 30 min please","","03-28 12:02","last:30m","Please show tutor-payouts logs containing connection refused, past half hour.","same","hit","tutor pay=tutor-payouts; half hour=30m"),
("paraphrase","bronwyn","03-29 10:00",1800,"morning","Good morning! Would you mind checking the captions job error logs from this morning? Thanks so much.","","03-29 10:15","since:06:00","Hi, could I please see transcript-worker errors since 6am? Cheers!","same","hit","this morning=[06:00,t]"),
("paraphrase","deborah","03-31 09:00",3600,"weekend","Were there any incidents for the classroom over the weekend?","","03-31 09:20","days:03-29..03-30","Any video-bridge incidents on Saturday or Sunday?","same","hit","weekend asked Monday = Sat+Sun"),
("paraphrase","tane","03-31 09:00",1800,"since:07:00",'{service="notify-hub"} |= "status=failed" since 07:00?',"","03-31 09:05","since:07:00","pinger failed sends in the logs since 7","same","hit","LogQL vs nickname"),
("paraphrase","siti","03-31 08:00",7200,"yesterday","Please report the number of HighErrorRate alerts for lesson-booking yesterday, 2025-03-30.","","03-31 09:30","day:03-30","Kindly state how many HighErrorRate alerts the booker raised on 30 March.","same","hit","yesterday=named day"),
("paraphrase","kev","03-31 10:00",1800,"today","how many 5xx did booker throw today, ballpark","","03-31 11:00","today","yo lesson-booking 5xx count so far today?","same","partial","stale (1h > ttl 30m)"),
("paraphrase","zsofi","03-31 09:00",900,"now","vbridge rooms active now","","03-31 09:02","now","video-bridge active rooms rn","same","hit","rn=now"),
("paraphrase","amelie","03-31 10:00",1800,"last:6h","pods restarting in live ns? 6h","","03-31 10:10","last:6h","restarts ns live past 6h","same","hit","ns=namespace"),
("paraphrase","ravi","03-31 11:00",3600,"last:24h","Please give top 5 slow endpoints of subscription service for last 24 hours.","","03-31 11:30","last:24h","Top 5 slowest routes of learner-billing in past day, kindly.","same","hit","subscription service=learner-billing"),
("paraphrase","bronwyn","03-31 13:00",600,"now","Hello! Is the matcher healthy right now? Thank you kindly.","","03-31 13:30","now","Sorry to ask again, is tutor search up at the moment?","same","miss","now re-asked after ttl: no overlap"),
("paraphrase","deborah","03-31 14:00",3600,"last:7d","Which team carried the most critical pages over the last week?","","03-31 16:00","last:7d","Rank the teams by critical alerts in the past 7 days, please.","same","partial","stale (2h > ttl 1h)"),
("paraphrase","tane","04-01 08:00",900,"last:1h",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="match-engine"}[5m]))) last hour',"","04-01 08:04","last:1h","cupid p95 latency past hour","same","hit","PromQL vs codename"),
("paraphrase","siti","04-01 10:00",3600,"abs:2025-04-01T01:00/2025-04-01T03:00@UTC","Please list Kubernetes warning events in namespace money between 2025-04-01T01:00Z and 2025-04-01T03:00Z.","","04-01 10:20","clock:08:00-10:00","Kindly list warning events for the money namespace from 08:00 to 10:00 this morning.","same","hit","UTC ISO vs local clock (+07:00)"),
("paraphrase","kev","04-01 09:00",1800,"since:08:00","wallet latency p99 lookin sus since 8??","","04-01 09:05","since:08:00","learner-billing p99 since 8am?","same","hit","wallet old name"),
("paraphrase","zsofi","04-01 10:00",1800,"week","booker deploys this week","","04-01 10:05","week","lesson-booking deploys since monday","same","hit","this week=since Monday"),
("paraphrase","amelie","04-01 11:00",1800,"today","argocd syncs vbridge today","","04-01 11:50","today","video-bridge argo syncs so far today","same","partial","stale (50m > ttl 30m)"),
("paraphrase","ravi","04-01 15:00",7200,"since:10:00","Why LatencyP95High is firing for lesson-booking in ap-south-1? Please check since 10 AM.","","04-01 15:30","since:10:00","LatencyP95High alerts for booker in ap-south-1 from 10 AM, please explain.","same","hit","booker=lesson-booking"),
("paraphrase","bronwyn","04-01 16:00",3600,"last:6h","Would you kindly check memory usage of the video-bridge pods over the last 6 hours? Thank you!","","04-01 16:20","last:6h","Could you please show me how much memory the classroom pods have been using in the past six hours?","same","hit","classroom=video-bridge"),
("paraphrase","deborah","04-01 16:00",86400,"month","How many incidents have we declared this month so far?","","04-01 16:30","since:04-01 00:00","How many incidents since April 1?","same","hit","this month=since Apr 1"),
("paraphrase","tane","04-02 09:00",1800,"last:3h",'{namespace="money"} |= "idempotency key conflict" last 3h',"","04-02 09:10","last:3h","idempotency key conflicts in money ns logs, past 3 hours","same","hit","LogQL vs prose"),
("paraphrase","siti","04-02 08:00",3600,"yesterday","Please provide the maximum replication lag for PostgreSQL in cluster prd-euw1-a for 2025-04-01.","","04-02 08:30","yesterday","Kindly report yesterday's peak Postgres replication lag on prd-euw1-a.","same","hit","no nickname; max=peak"),
("paraphrase","kev","04-02 10:00",900,"last:30m","scribe pods OOMing?? last 30m","","04-02 10:12","last:30m","any OOMKilled transcript-worker pods past half hr","same","partial","fresh but window moved 12m > 5m"),
("paraphrase","zsofi","04-02 11:00",1800,"overnight","matcher crit alerts overnight","","04-02 11:10","overnight","match-engine critical alerts last night","same","hit","overnight=last night"),
("paraphrase","amelie","04-02 14:00",3600,"last:24h","HighErrorRate crit count 24h, payments team","","04-02 14:05","last:24h","crit HighErrorRate for team payments, past day","same","hit","word order"),
("paraphrase","ravi","04-02 12:00",1800,"today","Today how many times notify-hub pods restarted?","","04-02 13:00","today","Pinger pod restarts count for today please.","same","partial","stale (1h > ttl 30m)"),
("paraphrase","bronwyn","04-02 09:00",3600,"last:2h","Hi, would you be able to show me the error logs for the captions job from the last two hours?","","04-02 11:30","last:2h","Hello again, could I please see the latest two hours of transcript-worker error logs?","same","miss","re-asked after ttl: windows disjoint"),
("paraphrase","deborah","04-02 15:00",3600,"last:14d","Which services had the most warning alerts over the last two weeks?","","04-02 15:15","last:14d","Give me a ranked list of services by warning alerts, past 14 days.","same","hit","two weeks=14d"),
("paraphrase","tane","04-03 08:00",900,"now",'notify_queue_depth{service="notify-hub"} right now?',"","04-03 08:02","now","pinger queue depth atm","same","hit","atm=now"),
("paraphrase","siti","04-03 09:00",3600,"abs:2025-04-02T00:00/2025-04-03T00:00@UTC","Please list deployments to namespace discovery between 2025-04-02T00:00Z and 2025-04-03T00:00Z.","","04-03 09:20","abs:2025-04-02T07:00/2025-04-03T07:00","Kindly list discovery namespace deployments from 07:00 yesterday to 07:00 today (WIB).","same","hit","UTC vs WIB wall clock"),
("paraphrase","kev","04-03 10:00",1800,"today","any deploys today?? smth off w/ the calendar service","","04-03 10:08","today","did lesson-booking get deployed today","same","hit","calendar service=lesson-booking"),
("paraphrase","zsofi","04-03 09:30",600,"now","pg replication lag now","","04-03 09:33","now","postgres repl lag atm","same","hit","no nickname"),
("paraphrase","amelie","04-03 10:00",1800,"last:1h","txw queue depth 1h","","04-03 10:40","last:1h","transcript-worker backlog last hour","same","partial","stale (40m > ttl 30m), overlap 33%"),
("paraphrase","ravi","04-03 11:00",3600,"last:7d","Last 7 days how many deploy happened for transcript-worker?","","04-03 11:20","last:7d","In past one week how many deployments for captions job?","same","hit","captions job=transcript-worker"),
("paraphrase","bronwyn","04-03 14:00",3600,"afternoon","Could you please show me the traces slower than 2 seconds for the calendar service this afternoon?","","04-03 14:10","since:12:00","Hi, might I see lesson-booking traces over 2s since noon, please?","same","hit","this afternoon=since noon"),
("paraphrase","deborah","04-03 17:00",3600,"quarter","How many critical alerts has learner billing had since the start of the quarter?","","04-03 17:10","since:04-01 00:00","Since April 1st, how many critical alerts for the wallet?","same","hit","Q2 starts Apr 1; wallet old name"),
("paraphrase","tane","04-04 09:00",1800,"since:06:00",'sum(rate(payout_failures_total{service="tutor-payouts"}[15m])) by (bank) since 06:00',"","04-04 09:05","since:06:00","paymaster failures by bank since 6am","same","hit","paymaster old name"),
("paraphrase","siti","04-04 10:00",7200,"abs:2025-04-03T18:00/2025-04-04T00:00@UTC","Please report the 95th percentile latency of video-bridge between 2025-04-03T18:00Z and 2025-04-04T00:00Z.","","04-04 10:30","abs:2025-04-03T18:00/2025-04-04T00:00@UTC","Kindly provide the p95 latency for vbridge from 18:00 UTC yesterday until 00:00 UTC today.","same","hit","p95=95th percentile"),
("paraphrase","kev","04-04 11:00",900,"last:1h","vbridge packet loss spikin last hr?","","04-04 11:25","last:1h","video-bridge packet loss past hour","same","partial","stale (25m > ttl 15m)"),
("paraphrase","zsofi","04-04 15:00",1800,"today","notif email vs push sent today","","04-04 16:00","since:00:00","notify-hub email vs push since midnight","same","partial","stale (1h > ttl 30m)"),
("paraphrase","amelie","04-04 16:00",3600,"week","HighErrorRate crit vs warn count this wk","","04-04 16:20","week","HighErrorRate by severity since mon","same","hit","wk=week"),
("paraphrase","ravi","04-04 09:30",3600,"yesterday","How many times TranscriptBacklog fired yesterday?","","04-04 09:45","yesterday","Yesterday TranscriptBacklog alert count please.","same","hit","word order"),
("paraphrase","bronwyn","04-05 10:00",86400,"last:7d","Hi! Could you kindly list any incidents for the payout run over the last week? Thank you!","","04-05 18:00","last:7d","Hello, sorry to bother: tutor-payouts incidents in the past 7 days, please?","same","hit","8h shift within 15% of 7d; ttl 1d"),
("paraphrase","deborah","04-07 09:00",3600,"weekend","Did the payments team get any alerts over the weekend?","","04-07 09:10","days:04-05..04-06","Were there any alerts for the payments team on Saturday or Sunday?","same","hit","weekend=Sat+Sun"),
("paraphrase","tane","04-07 10:00",900,"last:30m",'{service="lesson-booking"} | json | latency_ms > 2000 last 30m',"","04-07 10:04","last:30m","booker slow requests >2s in logs, past 30 min","same","hit","LogQL vs nickname"),
("paraphrase","siti","04-07 08:00",3600,"last:24h","Please provide the count of alerts for notify-hub per cluster in the last 24 hours.","","04-07 08:30","last:24h","Kindly give the pinger's alert count by cluster over the past day.","same","hit","pinger=notify-hub"),
("paraphrase","kev","04-07 13:00",1800,"since:12:00","wallet /api/refund 502s since noon?","","04-07 14:00","since:12:00","learner-billing refund 502 count since 12","same","partial","stale (1h > ttl 30m)"),
("paraphrase","zsofi","04-07 09:00",1800,"weekend","cupid errors over the weekend","","04-07 09:05","days:04-05..04-06","match-engine 5xx sat+sun","same","hit","errors=5xx"),
("paraphrase","amelie","04-07 10:00",600,"now","KubeNodeNotReady firing euw1 atm?","","04-07 10:02","now","any node NotReady alerts in eu-west-1 right now","same","hit","no nickname; euw1=eu-west-1"),
("paraphrase","ravi","04-07 12:00",3600,"since:09:00","From 9 AM onwards, how many 5xx errors for video bridge in ap-south-1?","","04-07 12:10","since:09:00","vbridge 5xx in ap-south-1 since 9 please","same","hit","vbridge=video-bridge"),
("paraphrase","bronwyn","04-07 11:00",1800,"morning","Good morning! Could you please check whether the reminders went out this morning? Thanks!","","04-07 11:20","since:06:00","Hi again, could you check whether notify-hub sent its messages since 6am, please?","same","hit","reminders=notify-hub"),
("paraphrase","deborah","04-07 15:00",3600,"last:30d","What's the trend on tutor search latency over the past month?","","04-07 17:30","last:30d","Show me how match-engine latency has trended over the last 30 days.","same","partial","stale (2.5h > ttl 1h)"),
("paraphrase","tane","04-08 09:00",1800,"last:1h",'sum(rate(container_cpu_usage_seconds_total{namespace="live",container="transcript-worker"}[5m])) by (pod) last 1h',"","04-08 09:03","last:1h","txw cpu by pod past hour","same","hit","txw=transcript-worker"),
("paraphrase","siti","04-08 08:00",3600,"yesterday","Please list traces for learner-billing with status error for 2025-04-07.","","04-08 08:10","abs:2025-04-06T17:00/2025-04-07T17:00@UTC","Kindly list error traces of learner-billing between 2025-04-06T17:00Z and 2025-04-07T17:00Z.","same","hit","local day in UTC"),
("paraphrase","kev","04-08 10:00",900,"now","matcher p95 rn?? slow af","","04-08 10:30","now","cupid p95 now","same","miss","now re-asked after ttl: no overlap"),
("paraphrase","zsofi","04-08 10:00",1800,"today","kube warnings money ns today","","04-08 10:20","today","warning events namespace money so far today","same","hit","no nickname"),
("paraphrase","amelie","04-08 11:00",1800,"last:24h","redis evictions prd-euw1-a 24h","","04-08 11:05","last:24h","prd-euw1-a redis evicted keys, past day","same","hit","no nickname"),
("paraphrase","ravi","04-08 14:00",3600,"last:2h","What is packet loss for video bridge in last 2 hours?","","04-08 16:30","last:2h","Classroom packet loss last 2 hours please","same","miss","re-asked after ttl: windows disjoint"),
("paraphrase","bronwyn","04-08 10:00",3600,"since:04-07 14:00","Hello! Could you please list ingress 5xx errors in ap-south-1 since 2pm yesterday?","","04-08 10:15","since:04-07 14:00","Sorry, ingress-nginx 5xx in ap-south-1 from 2pm yesterday, please?","same","hit","no nickname"),
("paraphrase","deborah","04-08 09:00",3600,"now","Is there anything currently on fire for the booker?","","04-08 09:03","now","Any active alerts on lesson-booking right now?","same","hit","on fire=active alerts"),
("paraphrase","tane","04-08 14:00",1800,"since:13:00",'{service="notify-hub"} |= "provider=twilio" |= "status=failed" since 13:00',"","04-08 14:20","since:13:00","pinger twilio failures since 1pm","same","partial","fresh but end moved 20m > 15% of 1h"),
("paraphrase","kev","04-08 15:00",1800,"today","how many payout failures today lol","","04-08 15:10","today","tutor pay failure count so far today","same","hit","tutor pay=tutor-payouts"),
# ---------------- near (70) ----------------
("near","amelie","03-28 09:00",900,"last:1h","crit alerts booker 1h","","03-28 09:02","last:1h","warn alerts booker 1h","sib","miss","critical vs warning"),
("near","ravi","03-28 10:00",1800,"today","How many critical alerts for tutor pay today?","","03-28 10:05","today","How many critical alerts for wallet today?","sib","miss","tutor-payouts vs learner-billing"),
("near","bronwyn","03-28 11:00",1800,"last:1h","Could you kindly show me the 503 errors for the calendar service over the last hour?","","03-28 11:05","last:1h","Could you kindly show me the 500 errors for the calendar service over the last hour?","sib","miss","503 vs 500"),
("near","deborah","03-28 12:00",3600,"week","How many incidents are still open for the classroom this week?","","03-28 12:10","week","How many incidents have been resolved for the classroom this week?","sib","miss","open vs resolved"),
("near","tane","03-28 13:00",900,"last:1h",'sum(rate(http_requests_total{service="match-engine",code=~"5.."}[5m])) last 1h',"","03-28 13:02","last:1h",'sum(rate(http_requests_total{service="match-engine",code!~"5.."}[5m])) last 1h',"neg","miss","=~ vs !~ (non-5xx)"),
("near","siti","03-28 09:00",3600,"abs:2025-03-28T00:00/2025-03-28T02:00@UTC","Please list critical alerts for learner-billing between 2025-03-28T00:00Z and 2025-03-28T02:00Z.","","03-28 09:05","abs:2025-03-28T00:00/2025-03-28T02:00@UTC","Please list all alerts for learner-billing between 2025-03-28T00:00Z and 2025-03-28T02:00Z.","nest","partial","all alerts contains critical"),
("near","kev","03-28 10:00",900,"last:30m","booker 5xx last 30m","","03-28 10:02","last:30m","booker 503s last 30m","nest","partial","5xx contains 503"),
("near","zsofi","03-28 11:00",1800,"today","cupid p95 today","","03-28 11:03","today","cupid p99 today","stat","partial","p95 vs p99"),
("near","amelie","03-28 14:00",1800,"last:6h","vbridge cpu 6h","","03-28 14:02","last:6h","vbridge mem 6h","diff","miss","cpu vs memory"),
("near","ravi","03-28 15:00",1800,"last:24h","How many deployments for notify-hub in last 24 hours?","","03-28 15:05","last:24h","List the deployments for pinger in last 24 hours.","intent","partial","count vs list"),
("near","bronwyn","03-29 10:00",1800,"morning","Would you mind telling me how many errors the payout run logged this morning?","","03-29 10:05","morning","Would you mind showing me the error log lines from the payout run this morning?","intent","partial","count vs list"),
("near","deborah","03-31 09:00",3600,"weekend","How many critical alerts did the payments team get over the weekend?","","03-31 09:05","weekend","How many non-critical alerts did the payments team get over the weekend?","neg","miss","non-critical"),
("near","tane","03-31 09:00",900,"last:1h",'histogram_quantile(0.5, sum by (le) (rate(match_engine_query_latency_seconds_bucket{service="match-engine"}[5m]))) last 1h',"","03-31 09:03","last:1h",'histogram_quantile(0.99, sum by (le) (rate(match_engine_query_latency_seconds_bucket{service="match-engine"}[5m]))) last 1h',"stat","partial","0.5 vs 0.99 quantile"),
("near","siti","03-31 10:00",3600,"yesterday","Please report the disk IOPS for host aps1a-node-02 for 2025-03-30.","","03-31 10:10","yesterday","Please report the disk latency for host aps1a-node-02 for 2025-03-30.","diff","miss","IOPS vs latency"),
("near","kev","03-31 11:00",900,"last:1h","wallet 5xx last hr","","03-31 11:02","last:1h","crit alerts wallet last hr","diff","miss","5xx metric vs alerts"),
("near","zsofi","03-31 12:00",1800,"today","txw warn alerts today","","03-31 12:05","today","txw crit alerts today","sib","miss","warning vs critical"),
("near","amelie","03-31 15:00",1800,"since:09:00","booker db read latency since 9","","03-31 15:02","since:09:00","booker db write latency since 9","diff","miss","read vs write"),
("near","ravi","03-31 16:00",1800,"last:6h","Please give trend of match-engine p95 for last 6 hours.","","03-31 16:05","now","What is current match-engine p95?","intent","miss","6h vs 5min: lengths 72x apart"),
("near","bronwyn","04-01 09:00",1800,"last:2h","Could you please show the error logs for the captions job from the last two hours?","","04-01 09:05","last:2h","Could you please show the logs for the captions job from the last two hours, excluding errors?","neg","miss","excluding errors"),
("near","deborah","04-01 10:00",3600,"last:7d","How many incidents did tutor search have in the past week?","","04-01 10:10","last:7d","Can you rank all our services by number of incidents over the past week?","nest","partial","one service vs ranking over all"),
("near","tane","04-01 11:00",900,"last:30m",'sum(rate(notify_messages_sent_total{service="notify-hub",channel="sms"}[5m])) last 30m',"","04-01 11:02","last:30m",'sum(rate(notify_messages_sent_total{service="notify-hub",channel="email"}[5m])) last 30m',"sib","miss","sms vs email"),
("near","siti","04-01 09:00",3600,"abs:2025-04-01T00:00/2025-04-01T01:00@UTC","Please list warning alerts for video-bridge between 2025-04-01T00:00Z and 2025-04-01T01:00Z.","","04-01 09:05","abs:2025-04-01T00:00/2025-04-01T01:00@UTC","Please list warning alerts for video-bridge in staging between 2025-04-01T00:00Z and 2025-04-01T01:00Z.","nest","partial","all envs contains staging"),
("near","kev","04-01 12:00",600,"now","scribe pods NOT ready rn?","","04-01 12:02","now","scribe pods ready rn?","neg","miss","NOT ready vs ready"),
("near","zsofi","04-01 13:00",1800,"today","cupid deploys today","","04-01 13:02","today","cupid failed deploys today","nest","partial","all deploys contains failed"),
("near","amelie","04-01 14:00",1800,"last:1h","subs 5xx 1h","","04-01 14:02","last:1h","subs 4xx 1h","sib","miss","5xx vs 4xx"),
("near","ravi","04-01 15:00",1800,"last:24h","Average job duration of transcript-worker for last 24 hours please.","","04-01 15:05","last:24h","p95 job duration of transcript-worker in last 24 hours?","stat","partial","avg vs p95"),
("near","bronwyn","04-01 16:00",1800,"today","Hello! How many alerts has the matcher raised today?","","04-01 16:05","today","Hello! How many critical alerts has the matcher raised today?","nest","partial","all contains critical"),
("near","deborah","04-01 17:00",3600,"month","How many incidents this month for tutor payouts?","","04-01 17:05","month","How many incidents this month for everything except tutor payouts?","neg","miss","excluding tutor-payouts"),
("near","tane","04-02 09:00",900,"last:1h",'sum(rate(http_requests_total{service="video-bridge",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="video-bridge"}[5m])) last 1h',"","04-02 09:02","last:1h",'sum(rate(http_requests_total{service="video-bridge"}[5m])) last 1h',"diff","miss","error ratio vs request rate"),
("near","siti","04-02 08:00",3600,"yesterday","Please list critical alerts for tutor-payouts on 2025-04-01.","","04-02 08:05","yesterday","Please list crit alerts for tutor-payouts for 2025-04-01.","same","hit","crit=critical"),
("near","kev","04-02 10:00",900,"last:1h","prod booker 5xx last hr","","04-02 10:02","last:1h","production lesson-booking 5xx past hour","same","hit","prod=production"),
("near","zsofi","04-02 11:00",1800,"today","acked alerts notify-hub today","","04-02 11:02","today","unacked alerts notify-hub today","neg","miss","acked vs unacked"),
("near","amelie","04-02 12:00",1800,"last:6h","restarts ns live 6h","","04-02 12:02","last:6h","restarts ns comms 6h","sib","miss","live vs comms"),
("near","ravi","04-02 14:00",1800,"since:10:00","How many 5xx for subscription service since 10 AM?","","04-02 14:05","since:10:00","Which endpoint has most 5xx for subscription service since 10 AM?","intent","partial","count vs top"),
("near","bronwyn","04-02 15:00",1800,"afternoon","Could you please check the p95 latency of tutor search this afternoon?","","04-02 15:05","afternoon","Could you please check the p50 latency of tutor search this afternoon?","stat","partial","p95 vs p50"),
("near","deborah","04-02 16:00",3600,"last:7d","How many times did we deploy lesson booking in the past week?","","04-02 16:10","last:7d","Were any lesson booking deploys in the past week rolled back?","nest","partial","all deploys contains rollbacks"),
("near","tane","04-03 09:00",900,"last:1h",'sum(rate(container_cpu_usage_seconds_total{namespace="money",container="tutor-payouts"}[5m])) last 1h',"","04-03 09:02","last:1h",'sum(container_memory_working_set_bytes{namespace="money",container="tutor-payouts"}) last 1h',"diff","miss","cpu vs memory"),
("near","siti","04-03 08:00",3600,"abs:2025-04-03T00:00/2025-04-03T01:00@UTC","Please report the number of alerts with severity warning for lesson-booking between 2025-04-03T00:00Z and 2025-04-03T01:00Z.","","04-03 08:05","abs:2025-04-03T00:00/2025-04-03T01:00@UTC","Please report the number of alerts with severity other than warning for lesson-booking between 2025-04-03T00:00Z and 2025-04-03T01:00Z.","neg","miss","other than warning"),
("near","kev","04-03 10:00",900,"now","vbridge packet loss rn","","04-03 10:02","now","vbridge jitter rn","diff","miss","packet loss vs jitter"),
("near","zsofi","04-03 11:00",1800,"today","booker 5xx today","","04-03 11:02","today","booker errors today","same","hit","errors=5xx"),
("near","amelie","04-03 12:00",1800,"last:24h","nodes cpu > 80% euw1 24h","","04-03 12:02","last:24h","nodes cpu < 80% euw1 24h","neg","miss","above vs below"),
("near","ravi","04-03 14:00",1800,"today","Today how many payout batches failed?","","04-03 14:05","today","Today how many payout batches succeeded?","sib","miss","failed vs succeeded"),
("near","bronwyn","04-03 15:00",3600,"last:24h","Would you kindly list the incidents for the wallet in the last 24 hours?","","04-03 15:05","last:24h","Would you kindly count the incidents for the wallet in the last 24 hours?","intent","partial","list vs count"),
("near","deborah","04-03 16:00",3600,"week","How are match-engine error rates trending this week?","","04-03 16:05","week","How are match-engine latencies trending this week?","diff","miss","error rate vs latency"),
("near","tane","04-04 09:00",900,"last:3h",'{service="transcript-worker"} |= "level=error" last 3h',"","04-04 09:02","last:3h",'{service="transcript-worker"} |= "level=warn" last 3h',"sib","miss","error vs warn lines"),
("near","siti","04-04 08:00",3600,"yesterday","Please provide the 99th percentile latency of match-engine for 2025-04-03.","","04-04 08:05","yesterday","Please provide the p99 latency of match-engine for 2025-04-03.","same","hit","p99=99th percentile"),
("near","kev","04-04 10:00",900,"last:1h","wallet charge declines last hr","","04-04 10:02","last:1h","wallet charge declines last hr NOT incl insufficient funds","neg","miss","excluding a reason"),
("near","zsofi","04-04 11:00",1800,"today","pinger sms sent today","","04-04 11:02","today","pinger msgs sent today","nest","partial","all channels contains sms"),
("near","amelie","04-04 12:00",1800,"last:1h","txw queue depth avg 1h","","04-04 12:02","last:1h","txw queue depth max 1h","stat","partial","avg vs max"),
("near","ravi","04-04 14:00",1800,"since:09:00","Please list warning events in namespace live since 9 AM.","","04-04 14:05","since:09:00","Please list events in namespace live since 9 AM which are not Warning.","neg","miss","not Warning"),
("near","bronwyn","04-04 16:00",1800,"last:2h","Could you please show me the traces with errors for the calendar service in the last two hours?","","04-04 16:05","last:2h","Could you please show me all traces for the calendar service in the last two hours?","nest","partial","all traces contains error traces"),
("near","deborah","04-04 17:00",3600,"today","How many alerts did tutor payouts fire today?","","04-04 17:05","since:04-03 00:00","How does today's alert count for tutor payouts compare with yesterday's?","intent","partial","count vs compare; covers today"),
("near","tane","04-07 09:00",900,"last:1h",'sum(rate(http_requests_total{service="learner-billing",route="/api/charge",code="503"}[5m])) last 1h',"","04-07 09:02","last:1h",'sum(rate(http_requests_total{service="learner-billing",route="/api/charge",code="502"}[5m])) last 1h',"sib","miss","503 vs 502"),
("near","siti","04-07 08:00",3600,"abs:2025-04-06T18:00/2025-04-07T00:00@UTC","Please list acknowledged alerts for match-engine between 2025-04-06T18:00Z and 2025-04-07T00:00Z.","","04-07 08:05","abs:2025-04-06T18:00/2025-04-07T00:00@UTC","Please list acked alerts for match-engine between 2025-04-06T18:00Z and 2025-04-07T00:00Z.","same","hit","acked=acknowledged"),
("near","kev","04-07 10:00",900,"now","how many pinger pods running rn","","04-07 10:02","now","list pinger pods running rn","intent","partial","count vs list"),
("near","zsofi","04-07 11:00",1800,"today","cupid 5xx today","","04-07 11:02","today","cupid 5xx today by endpoint","intent","partial","total vs breakdown"),
("near","amelie","04-07 12:00",1800,"last:6h","vbridge mem 6h","","04-07 12:02","last:6h","vbridge memory 6h","same","hit","mem=memory"),
("near","ravi","04-07 14:00",1800,"last:24h","How many critical alerts for learner-billing in last 24 hours?","","04-07 14:05","last:24h","How many critical alerts for learner-billing in last 24 hours, other than ChargeDeclineSpike?","neg","miss","excluding an alertname"),
("near","bronwyn","04-07 15:00",1800,"afternoon","Could you please tell me the read IOPS on the postgres primary this afternoon?","","04-07 15:02","afternoon","Could you please tell me the write IOPS on the postgres primary this afternoon?","diff","miss","read vs write"),
("near","deborah","04-07 16:00",3600,"last:30d","How many incidents did the classroom have over the last month?","","04-07 16:10","last:30d","What was the mean time to resolve for classroom incidents over the last month?","intent","partial","count vs MTTR, same incidents"),
("near","tane","04-08 09:00",900,"last:1h",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="lesson-booking",route="/v2/slots"}[5m]))) last 1h',"","04-08 09:02","last:1h",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="lesson-booking",route="/v2/lessons"}[5m]))) last 1h',"sib","miss","/v2/slots vs /v2/lessons"),
("near","siti","04-08 08:00",3600,"yesterday","Please provide the count of PodCrashLooping alerts in namespace money for 2025-04-07.","","04-08 08:05","yesterday","Please provide the count of PodCrashLooping alerts in namespace money for 2025-04-07, excluding tutor-payouts.","neg","miss","excluding a service"),
("near","kev","04-08 10:00",900,"last:1h","booker p95 last hr","","04-08 10:02","last:1h","booker avg latency last hr","stat","partial","p95 vs mean"),
("near","zsofi","04-08 11:00",1800,"today","notify-hub warn alerts today","","04-08 11:02","today","notify-hub warning alerts today","same","hit","warn=warning"),
("near","amelie","04-08 12:00",1800,"last:24h","subs deploys 24h","","04-08 12:02","last:24h","subs deploys 24h failed only","nest","partial","all contains failed"),
("near","ravi","04-08 14:00",1800,"last:24h","How many OOMKilled events for transcript-worker in last 24 hours?","","04-08 14:05","last:24h","How many OOMKilled events for transcript-worker in last 24 hours? Please give per pod.","intent","partial","total vs per pod"),
("near","bronwyn","04-08 15:00",1800,"last:6h","Hello! Could you please check the 5xx rate for the matcher over the last six hours?","","04-08 15:05","last:6h","Hello! Could you please check the request rate for the matcher over the last six hours?","diff","miss","error rate vs throughput"),
("near","deborah","04-08 16:00",3600,"week","How many critical alerts has the payments team had this week?","","04-08 16:05","week","Which payments-team service had the most critical alerts this week?","intent","partial","count vs top"),
("near","tane","04-08 17:00",900,"last:30m",'sum(rate(payout_failures_total{service="tutor-payouts",bank="bnz"}[5m])) last 30m',"","04-08 17:02","last:30m",'sum(rate(payout_failures_total{service="tutor-payouts",bank="anz"}[5m])) last 30m',"sib","miss","bnz vs anz"),
("near","kev","04-08 18:00",900,"last:1h","booker 5xx last hr all envs","","04-08 18:02","last:1h","booker 5xx last hr stg only","nest","partial","all envs contains staging"),
# ---------------- time (50) ----------------
("time","amelie","03-30 04:10",1800,"since:00:00","booker 5xx since midnight","","03-30 04:12","last:4h","booker 5xx last 4h","same","partial","DST: midnight-04:10 is 3h10 real, 4h starts 48m earlier"),
("time","zsofi","03-30 09:00",1800,"today","cupid 5xx today","","03-30 09:05","last:8h","cupid 5xx last 8h","same","hit","DST: today is 8h real at 09:00"),
("time","zsofi","03-30 11:00",1800,"today","pinger failed sends today","","03-30 11:04","last:13h","pinger failed sends last 13h","same","partial","DST: today is 10h real"),
("time","amelie","03-30 06:30",1800,"overnight","HighErrorRate overnight?","","03-30 06:35","last:7h","HighErrorRate last 7h","same","hit","DST: 22:00-06:00 is 7h real"),
("time","amelie","03-30 06:40",1800,"overnight","crit alerts overnight","","03-30 06:45","last:10h","crit alerts last 10h","same","partial","DST: overnight 7h vs 10h"),
("time","zsofi","03-30 12:00",1800,"clock:01:00-04:00","booker deploys between 01:00 and 04:00","","03-30 12:05","clock:00:00-02:00@UTC","booker deploys 00:00-02:00 utc","same","hit","DST: 01:00 CET-04:00 CEST = 00-02Z"),
("time","tane","04-06 05:00",1800,"since:00:00",'sum(increase(payout_failures_total{service="tutor-payouts"}[6h])) since midnight',"","04-06 05:03","last:6h","paymaster failures last 6h","same","hit","DST: midnight NZDT to 05:00 NZST is 6h"),
("time","tane","04-06 05:10",1800,"since:00:00",'sum(rate(http_requests_total{service="video-bridge",code=~"5.."}[5m])) since midnight',"","04-06 05:13","last:5h","vbridge 5xx last 5h","same","partial","DST: since midnight is 6h10 real"),
("time","bronwyn","04-06 09:00",1800,"today","Good morning! Could you please tell me how many alerts the wallet has raised today?","","04-06 09:10","last:10h","Hello, and how many learner-billing alerts over the last 10 hours, please?","same","hit","DST: today is 10h real at 09:00"),
("time","bronwyn","04-06 09:30",1800,"overnight","Would you kindly list the payout run errors from overnight?","","04-06 09:35","clock:01:00-06:00","Would you kindly list tutor-payouts errors from 1am to 6am?","same","partial","DST: overnight 9h real vs 6h"),
("time","tane","04-06 06:30",1800,"overnight",'{service="video-bridge"} |= "ICE failed" overnight',"","04-06 06:35","last:9h","vbridge ICE failures last 9h","same","hit","DST: 22:00-06:00 is 9h real"),
("time","tane","04-06 10:00",3600,"clock:01:00-04:00",'{namespace="money"} |= "timeout" between 01:00 and 04:00',"","04-06 10:05","abs:2025-04-05T12:00/2025-04-05T16:00@UTC",'{namespace="money"} |= "timeout" 12:00-16:00 UTC yesterday',"same","hit","DST: 01:00 NZDT-04:00 NZST = 12-16Z"),
("time","bronwyn","04-06 04:00",1800,"since:01:00","Hello, sorry for the early message: could you check the captions job backlog since 1am?","","04-06 04:02","last:4h","And the transcript-worker backlog for the last 4 hours, please?","same","hit","DST: 01:00 ACDT-04:00 ACST is 4h"),
("time","bronwyn","04-06 04:10",1800,"since:01:00","Could you please show the scribe queue depth since 1am?","","04-06 04:12","last:3h","Could you please show the transcript-worker queue depth for the last 3 hours?","same","partial","DST: since 1am is 4h10 real"),
("time","amelie","03-30 10:00",1800,"since:01:00","booker deploys since 1am","","03-30 10:02","last:8h","lesson-booking deploys last 8h","same","hit","DST: 01:00-10:00 is 8h real"),
("time","zsofi","03-30 23:30",1800,"today","pinger sms today","","03-30 23:35","last:24h","pinger sms last 24h","same","hit","DST: 23h day, today=22h30"),
("time","tane","04-06 23:00",1800,"today",'sum(increase(http_requests_total{service="match-engine",code=~"5.."}[24h])) today',"","04-06 23:05","last:24h","cupid 5xx last 24h","same","hit","DST: 25h day, today at 23:00 is 24h"),
("time","zsofi","03-30 23:50",1800,"today","cupid crit alerts today","","03-31 00:10","yesterday","cupid crit alerts yesterday","same","hit","midnight: today@23:50 = yesterday@00:10; DST day"),
("time","amelie","03-30 23:50",1800,"today","subs 5xx today","","03-31 00:10","today","subs 5xx today","same","miss","midnight: new day, 10m window; DST day"),
("time","amelie","03-31 09:00",3600,"yesterday","crit alerts subs yesterday","","03-31 09:05","last:24h","crit alerts subs last 24h","same","partial","yesterday (23h DST day) vs rolling 24h"),
("time","zsofi","03-31 08:00",3600,"weekend","notify-hub failures over the weekend","","03-31 08:05","last:3d","notify-hub failures last 3 days","same","partial","weekend 47h vs 72h"),
("time","kev","03-28 09:00",1800,"last:24h","booker 5xx last 24h","","03-28 09:05","since:03-27 09:00","booker 5xx since yesterday 9am","same","hit","relative vs absolute"),
("time","deborah","03-28 10:00",3600,"last:7d","How many incidents did we have over the last week?","","03-28 10:05","week","How many incidents have we had this week?","same","partial","rolling 7d vs since Monday"),
("time","ravi","03-28 11:00",3600,"clock:02:00-04:00","match-engine 5xx from 2am to 4am","","03-28 11:05","abs:2025-03-27T20:30/2025-03-27T22:30@UTC","match-engine 5xx between 20:30 and 22:30 UTC yesterday","same","hit","IST clock = UTC clock"),
("time","amelie","03-28 09:00",3600,"today","booker 5xx today","ravi","03-28 13:35","today","How many 5xx for lesson-booking today?","same","partial","cross-zone: Paris vs IST midnight"),
("time","siti","03-31 14:00",3600,"abs:2025-03-31T05:00/2025-03-31T07:00@UTC","Please list warning alerts for notify-hub between 2025-03-31T05:00Z and 2025-03-31T07:00Z.","amelie","03-31 09:05","last:2h","warn alerts pinger last 2h","same","hit","cross-zone: WIB ISO vs Paris rolling"),
("time","deborah","03-28 20:00",3600,"today","How many critical alerts did the payments team have today?","tane","03-29 13:10","today",'count(ALERTS{team="payments",severity="critical"}) today?',"same","partial","cross-zone: Toronto vs NZ today"),
("time","bronwyn","03-28 19:00",3600,"since:09:00","Could you please list the incidents for the matcher since 9am?","kev","03-28 06:05","today","cupid incidents today?","same","partial","cross-zone: Yancowinna 9am vs Newfoundland midnight"),
("time","amelie","03-31 10:30",3600,"clock:09:00-10:00","booker 5xx 09:00-10:00","ravi","03-31 14:30","clock:09:00-10:00","lesson-booking 5xx between 09:00 and 10:00","same","miss","cross-zone: same clock, 3h30 apart"),
("time","bronwyn","03-31 10:00",3600,"since:03-27 18:00","Could you please count the payout failures since Thursday 6pm?","","03-31 10:05","weekend","Could you please count the payout failures over the weekend?","same","partial","88h vs 48h"),
("time","deborah","03-31 09:00",3600,"last:30d","How many incidents did we have last month?","","03-31 09:05","month","How many incidents have we had this month?","same","hit","last month=30d ~ March"),
("time","amelie","04-01 10:00",3600,"last:7d","subs 5xx 7d","","04-01 10:05","today","subs 5xx today","same","partial","7d vs 10h: 17x"),
("time","amelie","04-01 10:30",3600,"last:30d","subs 5xx 30d","","04-01 10:35","today","subs 5xx today","same","miss","30d vs 10h: 68x"),
("time","zsofi","04-01 09:00",3600,"last:7d","booker p95 last 7d","","04-01 09:05","now","booker p95 now","same","miss","7d vs 5min"),
("time","kev","04-01 08:00",1800,"last:2h","wallet 5xx last 2h","","04-01 08:05","since:06:00","wallet 5xx since 6","same","hit","relative vs clock"),
("time","siti","04-01 09:00",3600,"abs:2025-04-01T00:00/2025-04-01T01:00@UTC","Please report the p95 latency of match-engine between 2025-04-01T00:00Z and 2025-04-01T01:00Z.","","04-01 09:10","abs:2025-04-01T01:00/2025-04-01T02:00@UTC","Please report the p95 latency of match-engine between 2025-04-01T01:00Z and 2025-04-01T02:00Z.","same","miss","adjacent hours, no overlap"),
("time","siti","04-01 10:30",3600,"abs:2025-04-01T00:00/2025-04-01T02:00@UTC","Please report the 5xx count of video-bridge between 2025-04-01T00:00Z and 2025-04-01T02:00Z.","","04-01 10:40","abs:2025-04-01T01:00/2025-04-01T03:00@UTC","Please report the 5xx count of video-bridge between 2025-04-01T01:00Z and 2025-04-01T03:00Z.","same","partial","50% overlap"),
("time","tane","04-02 09:00",1800,"since:08:00",'sum(increase(http_requests_total{service="learner-billing",code=~"5.."}[1h])) since 08:00',"","04-02 09:05","last:30m","wallet 5xx last 30m","same","partial","1h vs 30m"),
("time","deborah","04-02 09:00",3600,"week","Give me the payments team alerts since Monday.","","04-02 09:05","last:36h","Give me the payments team alerts for the last 36 hours.","same","partial","57h vs 36h"),
("time","bronwyn","04-02 14:00",3600,"morning","Could you please list the matcher's warning alerts from this morning?","","04-02 14:05","afternoon","Could you please list the matcher's warning alerts from this afternoon?","same","miss","morning vs afternoon: disjoint"),
("time","amelie","04-02 18:00",3600,"since:04-01 14:00","HighErrorRate since 2pm yesterday","","04-02 18:05","last:12h","HighErrorRate last 12h","same","partial","28h vs 12h"),
("time","zsofi","04-03 08:00",1800,"overnight","pinger errors last night","","04-03 08:05","abs:2025-04-02T22:00/2025-04-03T06:00","pinger errors 22:00-06:00","same","hit","overnight = 22-06"),
("time","kev","04-03 09:00",3600,"since:04-01 18:00","booker 5xx since tuesday 6pm","","04-03 09:05","last:48h","booker 5xx last 2 days","same","partial","39h vs 48h, start 9h apart"),
("time","tane","04-03 11:00",900,"last:1h",'sum(rate(http_requests_total{service="notify-hub",code=~"5.."}[5m])) last 1h',"","04-03 11:12","last:1h",'sum(rate(http_requests_total{service="notify-hub",code=~"5.."}[5m])) last 1h',"same","partial","fresh, window moved 12m > 15%"),
("time","zsofi","04-04 10:00",900,"now","booker 5xx rate now","","04-04 10:08","now","booker 5xx rate now","same","partial","same now re-asked while fresh (rule 3 exception)"),
("time","ravi","04-04 12:00",1800,"last:15m","Last 15 minutes 5xx for video bridge?","","04-04 12:25","last:15m","Last 15 minutes 5xx for video bridge?","same","partial","rolling re-asked while fresh, no overlap"),
("time","amelie","04-04 13:00",3600,"clock:10:00-12:00","subs 5xx 10:00-12:00","","04-04 14:05","clock:10:00-12:00@UTC","subs 5xx 10-12 utc","same","miss","local 10-12 CEST vs 10-12 UTC: disjoint"),
("time","siti","04-07 08:00",3600,"since:04-07 00:00@UTC","Please list critical alerts since 2025-04-07T00:00Z.","","04-07 08:05","today","Please list critical alerts since midnight today (WIB).","same","partial","1h vs 8h"),
("time","bronwyn","04-07 09:00",3600,"yesterday","Could you please list the alerts for the wallet yesterday?","","04-07 09:05","last:24h","Could you please list the alerts for the wallet in the last 24 hours?","same","partial","yesterday was a 25h DST day"),
("time","tane","04-07 09:00",3600,"weekend",'ALERTS{service="video-bridge"} over the weekend',"","04-07 09:05","last:48h","vbridge alerts last 48h","same","partial","weekend is 49h (DST), start 10h apart"),
# ---------------- scope (50) ----------------
("scope","amelie","03-28 10:00",900,"last:1h","crit alerts prd-euw1-a 1h","","03-28 10:02","last:1h","crit alerts prd-euw1-b 1h","sib","miss","cluster siblings"),
("scope","amelie","03-28 11:00",900,"last:1h","crit alerts eu-west-1 1h","","03-28 11:02","last:1h","crit alerts prd-euw1-a 1h","nest","partial","region contains cluster"),
("scope","ravi","03-28 12:00",1800,"today","How many 5xx for lesson-booking in ap-south-1 today?","","03-28 12:05","today","How many 5xx for lesson-booking in eu-west-1 today?","sib","miss","region siblings"),
("scope","ravi","03-28 13:00",1800,"today","Alerts for team payments today please.","","03-28 13:05","today","Alerts for learner-billing today please.","nest","partial","team payments contains learner-billing"),
("scope","bronwyn","03-28 14:00",1800,"last:24h","Could you please list the alerts for the payments team over the last 24 hours?","","03-28 14:05","last:24h","Could you please list the alerts for the tutor-ops team over the last 24 hours?","sib","miss","team siblings"),
("scope","deborah","03-28 15:00",86400,"month","How many incidents has the payments team had this month?","","03-28 15:10","month","How many incidents have tutor payouts had this month?","nest","partial","team contains service"),
("scope","tane","03-31 09:00",1800,"last:6h",'sum(increase(kube_pod_container_status_restarts_total{namespace="live"}[6h]))',"","03-31 09:02","last:6h",'sum(increase(kube_pod_container_status_restarts_total{namespace="money"}[6h]))',"sib","miss","namespace siblings"),
("scope","tane","03-31 10:00",1800,"last:6h",'sum(increase(kube_pod_container_status_restarts_total{namespace="live"}[6h]))',"","03-31 10:02","last:6h",'sum(increase(kube_pod_container_status_restarts_total{namespace="live",container="transcript-worker"}[6h]))',"nest","partial","namespace contains container"),
("scope","siti","03-31 09:00",3600,"yesterday","Please report the disk utilisation of host aps1a-node-02 for 2025-03-30.","","03-31 09:05","yesterday","Please report the disk utilisation of host aps1a-node-03 for 2025-03-30.","sib","miss","host siblings"),
("scope","siti","03-31 10:00",3600,"yesterday","Please report the disk utilisation of host aps1a-node-02 for 2025-03-30.","","03-31 10:05","yesterday","Please report the disk utilisation across cluster prd-aps1-a for 2025-03-30.","nest","partial","cluster contains host"),
("scope","kev","03-31 11:00",900,"last:1h","booker /v2/slots 5xx last hr","","03-31 11:02","last:1h","booker /v2/lessons 5xx last hr","sib","miss","endpoint siblings"),
("scope","kev","03-31 12:00",900,"last:1h","booker 5xx last hr","","03-31 12:02","last:1h","booker /v2/slots 5xx last hr","nest","partial","service contains endpoint"),
("scope","zsofi","03-31 13:00",1800,"today","nodes cpu > 80% today","","03-31 13:02","today","nodes cpu > 90% today","nest","partial","above 80 contains above 90"),
("scope","zsofi","03-31 14:00",1800,"today","nodes cpu > 80% today","","03-31 14:02","today","nodes cpu below 80% today","neg","miss","above vs below"),
("scope","amelie","04-01 09:00",1800,"last:24h","hosts euw1 disk free < 10% 24h","","04-01 09:02","last:24h","hosts euw1 disk free < 20% 24h","nest","partial","<20% contains <10%"),
("scope","ravi","04-01 10:00",1800,"last:6h","When transcript queue was above 500 in last 6 hours?","","04-01 10:05","last:6h","When transcript queue was above 1000 in last 6 hours?","nest","partial","above 500 contains above 1000"),
("scope","bronwyn","04-01 11:00",1800,"today","Could you please list today's alerts in the money namespace?","","04-01 11:05","today","Could you please list today's alerts for the wallet?","nest","partial","namespace money contains learner-billing"),
("scope","deborah","04-01 12:00",3600,"today","How many critical alerts in production for the classroom today?","","04-01 12:10","today","How many crit alerts in prod for the classroom today?","same","hit","prod=production, crit=critical"),
("scope","tane","04-01 13:00",900,"last:1h",'sum(rate(http_requests_total{service="match-engine",cluster="prd-aps1-a",code=~"5.."}[5m])) last 1h',"","04-01 13:02","last:1h",'sum(rate(http_requests_total{service="match-engine",region="ap-south-1",code=~"5.."}[5m])) last 1h',"nest","partial","region contains cluster"),
("scope","siti","04-01 09:00",3600,"abs:2025-04-01T00:00/2025-04-01T02:00@UTC","Please list critical alerts in region eu-west-1 between 2025-04-01T00:00Z and 2025-04-01T02:00Z.","","04-01 09:05","abs:2025-04-01T00:00/2025-04-01T02:00@UTC","Please list critical alerts in region ap-south-1 between 2025-04-01T00:00Z and 2025-04-01T02:00Z.","sib","miss","region siblings"),
("scope","kev","04-01 14:00",900,"last:1h","stg booker 500s last hr","","04-01 14:02","last:1h","prod booker 500s last hr","sib","miss","staging vs production"),
("scope","zsofi","04-01 15:00",1800,"today","booker deploys today","","04-01 15:02","today","booker deploys today outside prod","neg","miss","outside prod"),
("scope","amelie","04-02 09:00",1800,"last:24h","team learner-xp alerts 24h","","04-02 09:02","last:24h","vbridge alerts 24h","nest","partial","team contains video-bridge"),
("scope","ravi","04-02 10:00",1800,"today","Tutor-ops team alerts count today?","","04-02 10:05","today","Learner-xp team alerts count today?","sib","miss","team siblings"),
("scope","bronwyn","04-02 11:00",1800,"last:6h","Could you please check the memory of host euw1a-node-01 over the last six hours?","","04-02 11:05","last:6h","Could you please check the memory of the nodes in cluster prd-euw1-b over the last six hours?","sib","miss","host is in prd-euw1-a, not prd-euw1-b"),
("scope","deborah","04-02 12:00",3600,"week","How many errors has the wallet returned on /api/charge this week?","","04-02 12:05","week","How many errors has the wallet returned on /api/refund this week?","sib","miss","endpoint siblings"),
("scope","tane","04-02 13:00",900,"last:1h",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="match-engine"}[5m]))) > 0.8 last 1h',"","04-02 13:02","last:1h","cupid p95 above 800ms in the last hour?","same","hit","0.8s=800ms; cupid=match-engine"),
("scope","siti","04-02 08:00",3600,"yesterday","Please list warning events in namespace discovery for 2025-04-01.","","04-02 08:05","yesterday","Please list warning events in namespace discovery for 2025-04-01, excluding match-engine pods.","neg","miss","excluding"),
("scope","kev","04-02 14:00",600,"now","prd-aps1-b nodes NotReady rn?","","04-02 14:02","now","prd-aps1-a nodes NotReady rn?","sib","miss","cluster siblings"),
("scope","zsofi","04-02 15:00",1800,"today","euw1 crit alerts today","","04-02 15:02","today","eu-west-1 critical alerts today","same","hit","euw1=eu-west-1"),
("scope","amelie","04-02 16:00",1800,"last:6h","payments team alerts 6h","","04-02 16:02","last:6h","alerts team=payments 6h","same","hit","same filter, other spelling"),
("scope","ravi","04-03 09:00",1800,"today","Video bridge 5xx in ap-south-1 today?","","04-03 09:05","today","Video bridge 5xx in prd-aps1-b today?","nest","partial","region contains cluster"),
("scope","bronwyn","04-03 10:00",1800,"last:1h","Could you please check the matcher's /search latency for the last hour?","","04-03 10:05","last:1h","Could you please check the matcher's /recommend latency for the last hour?","sib","miss","endpoint siblings"),
("scope","deborah","04-03 11:00",3600,"week","How many alerts did everything the learner-xp team owns raise this week?","","04-03 11:10","week","How many alerts did the captions job raise this week?","nest","partial","team contains transcript-worker"),
("scope","tane","04-03 12:00",900,"last:1h",'sum(rate(node_cpu_seconds_total{cluster="prd-euw1-a",host="euw1a-node-03",mode!="idle"}[5m])) last 1h',"","04-03 12:02","last:1h",'sum(rate(node_cpu_seconds_total{cluster="prd-euw1-a",mode!="idle"}[5m])) last 1h',"nest","partial","cluster contains host"),
("scope","siti","04-03 08:00",3600,"yesterday","Please list alerts with severity critical or warning for notify-hub on 2025-04-02.","","04-03 08:05","yesterday","Please list alerts with severity critical for notify-hub on 2025-04-02.","nest","partial","critical+warning contains critical"),
("scope","kev","04-03 13:00",900,"last:1h","wallet error rate above 2% last hr?","","04-03 13:02","last:1h","wallet error rate above 5% last hr?","nest","partial","above 2% contains above 5%"),
("scope","zsofi","04-03 14:00",1800,"today","pods restarting >3 times today","","04-03 14:02","today","pods restarting <=3 times today","neg","miss","complement threshold"),
("scope","amelie","04-03 15:00",1800,"last:6h","alerts ns live 6h","","04-03 15:02","last:6h","alerts ns live excl txw 6h","neg","miss","excluding"),
("scope","ravi","04-04 09:00",1800,"today","Match-engine 5xx in all regions today?","","04-04 09:05","today","Match-engine 5xx in ap-south-1 today?","nest","partial","all regions contains ap-south-1"),
("scope","bronwyn","04-04 10:00",1800,"last:6h","Could you please check the memory of host aps1b-node-01 over the last six hours?","","04-04 10:05","last:6h","Could you please check the memory of host aps1b-node-02 over the last six hours?","sib","miss","host siblings"),
("scope","deborah","04-04 11:00",3600,"week","How many critical alerts did the payments and tutor-ops teams have this week?","","04-04 11:10","week","How many critical alerts did the payments team have this week?","nest","partial","two teams contain one"),
("scope","tane","04-04 12:00",900,"last:1h",'sum(rate(http_requests_total{service="lesson-booking",route=~"/v2/.*",code=~"5.."}[5m])) last 1h',"","04-04 12:02","last:1h",'sum(rate(http_requests_total{service="lesson-booking",route="/v2/reschedule",code=~"5.."}[5m])) last 1h',"nest","partial","/v2/.* contains /v2/reschedule"),
("scope","siti","04-04 08:00",3600,"yesterday","Please list deployments to cluster stg-euw1 on 2025-04-03.","","04-04 08:05","yesterday","Please list deployments to cluster prd-euw1-a on 2025-04-03.","sib","miss","cluster siblings"),
("scope","kev","04-07 10:00",900,"last:1h","booker 5xx in prod last hr","","04-07 10:02","last:1h","booker 5xx in prd-euw1-a last hr","nest","partial","prod contains one prod cluster"),
("scope","zsofi","04-07 11:00",1800,"today","txw queue > 500 today","","04-07 11:02","today","txw queue < 500 today","neg","miss","above vs below"),
("scope","amelie","04-07 12:00",1800,"last:24h","warn alerts euw1a-node-03 + euw1a-node-04 24h","","04-07 12:02","last:24h","warn alerts euw1a-node-03 24h","nest","partial","two hosts contain one"),
("scope","ravi","04-07 13:00",1800,"last:24h","Match-engine /search p95 for last 24 hours?","","04-07 13:05","last:24h","Match-engine p95 for last 24 hours?","nest","partial","service contains endpoint"),
("scope","bronwyn","04-07 14:00",1800,"today","Hello! Could you please list the critical alerts for the calendar service in ca-central-1 today?","","04-07 14:05","today","Hello! Could you please list the critical alerts for the calendar service in ap-south-1 today?","sib","miss","region siblings"),
("scope","deborah","04-07 15:00",3600,"today","Are there any critical alerts for the classroom in eu-west-1 today?","","04-07 15:10","today","Any critical alerts for vbridge in euw1 today?","same","hit","vbridge=classroom=video-bridge; euw1=eu-west-1"),
]

# ======================================================================================================
# Logic: resolve ranges in the asker's zone, re-derive each label from spec.md, refuse on any mismatch.
# ======================================================================================================
import json, re, sys, itertools, os
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

YEAR = 2025
HERE = os.path.dirname(os.path.abspath(__file__))


class Refuse(Exception):
    pass


def wall(d, h, m, zone):
    """UTC timestamp of a local wall-clock time; refuse times that do not exist or exist twice."""
    z = ZoneInfo(zone)
    a = datetime(d.year, d.month, d.day, h, m, tzinfo=z)
    b = a.replace(fold=1)
    if a.utcoffset() != b.utcoffset():
        raise Refuse(f"ambiguous or non-existent local time {d} {h:02d}:{m:02d} in {zone}")
    back = datetime.fromtimestamp(a.timestamp(), z)
    if (back.hour, back.minute, back.date()) != (h, m, d):
        raise Refuse(f"non-existent local time {d} {h:02d}:{m:02d} in {zone}")
    return a.timestamp()


def parse_local(s):
    """'MM-DD HH:MM' -> (date, h, m)"""
    md, hm = s.split()
    mo, dd = map(int, md.split("-"))
    h, m = map(int, hm.split(":"))
    return date(YEAR, mo, dd), h, m


def asked(voice, s):
    tz = VOICES[voice][0]
    d, h, m = parse_local(s)
    return wall(d, h, m, tz), tz


def iso_at(ts, tz):
    return datetime.fromtimestamp(ts, ZoneInfo(tz)).isoformat()


DUR = {"m": 60, "h": 3600, "d": 86400}


def resolve(spec, t, tz):
    """Return (start, end, rolling) as UTC timestamps for a range spec asked at t in zone tz."""
    z = ZoneInfo(tz)
    lt = datetime.fromtimestamp(t, z)
    today = lt.date()
    if spec == "now":
        return t - 300, t, True
    m = re.fullmatch(r"last:(\d+)([mhd])", spec)
    if m:
        return t - int(m.group(1)) * DUR[m.group(2)], t, True
    if spec == "today":
        return wall(today, 0, 0, tz), t, False
    if spec == "yesterday":
        y = today - timedelta(days=1)
        return wall(y, 0, 0, tz), wall(today, 0, 0, tz), False
    m = re.fullmatch(r"day:(\d\d)-(\d\d)", spec)
    if m:
        d = date(YEAR, int(m.group(1)), int(m.group(2)))
        return wall(d, 0, 0, tz), wall(d + timedelta(days=1), 0, 0, tz), False
    m = re.fullmatch(r"days:(\d\d)-(\d\d)\.\.(\d\d)-(\d\d)", spec)
    if m:
        d1 = date(YEAR, int(m.group(1)), int(m.group(2)))
        d2 = date(YEAR, int(m.group(3)), int(m.group(4)))
        return wall(d1, 0, 0, tz), wall(d2 + timedelta(days=1), 0, 0, tz), False
    if spec == "morning":
        return wall(today, 6, 0, tz), min(t, wall(today, 12, 0, tz)), False
    if spec == "afternoon":
        return wall(today, 12, 0, tz), min(t, wall(today, 18, 0, tz)), False
    if spec == "overnight":
        return wall(today - timedelta(days=1), 22, 0, tz), wall(today, 6, 0, tz), False
    if spec == "week":
        mon = today - timedelta(days=today.weekday())
        return wall(mon, 0, 0, tz), t, False
    if spec == "month":
        return wall(today.replace(day=1), 0, 0, tz), t, False
    if spec == "quarter":
        q = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return wall(q, 0, 0, tz), t, False
    if spec == "weekend":
        if today.weekday() != 0:
            raise Refuse("'over the weekend' must be asked on a Monday")
        return wall(today - timedelta(days=2), 0, 0, tz), wall(today, 0, 0, tz), False
    m = re.fullmatch(r"since:(?:(\d\d)-(\d\d) )?(\d\d):(\d\d)(?:@(.+))?", spec)
    if m:
        zz = m.group(5) or tz
        d = date(YEAR, int(m.group(1)), int(m.group(2))) if m.group(1) else datetime.fromtimestamp(t, ZoneInfo(zz)).date()
        return wall(d, int(m.group(3)), int(m.group(4)), zz), t, False
    m = re.fullmatch(r"since:(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)@(.+)", spec)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return wall(d, int(m.group(4)), int(m.group(5)), m.group(6)), t, False
    m = re.fullmatch(r"clock:(\d\d):(\d\d)-(\d\d):(\d\d)(?:@(.+))?", spec)
    if m:
        zz = m.group(5) or tz
        d = datetime.fromtimestamp(t, ZoneInfo(zz)).date()   # "today" in the zone the clock is given in
        return wall(d, int(m.group(1)), int(m.group(2)), zz), wall(d, int(m.group(3)), int(m.group(4)), zz), False
    m = re.fullmatch(r"abs:(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?:@(.+))?", spec)
    if m:
        g = [int(x) if x and x.isdigit() else x for x in m.groups()]
        zz = g[10] or tz
        return (wall(date(g[0], g[1], g[2]), g[3], g[4], zz),
                wall(date(g[5], g[6], g[7]), g[8], g[9], zz), False)
    raise Refuse(f"unknown range spec {spec!r}")


# ---- the spec's decision, with its numbers as parameters so that nudged variants can be checked ----
BASE = dict(ov=0.25, ratio=31.0, pct=0.15, floor=300.0, ttlk=1.0, tolbase="a")
NUDGES = dict(ov=(0.20, 0.25, 0.30), ratio=(27.0, 31.0, 35.0), pct=(0.1275, 0.15, 0.1725),
              floor=(255.0, 300.0, 345.0), ttlk=(0.95, 1.0, 1.05), tolbase=("a", "b", "short", "long"))


def decide(rel, ra, rb, ta, tb, ttl, same_spec, P):
    if rel == "diff":
        return "miss", 1
    if rel in ("sib", "neg"):
        return "miss", 2
    la, lb = ra[1] - ra[0], rb[1] - rb[0]
    short, long_ = min(la, lb), max(la, lb)
    inter = max(0.0, min(ra[1], rb[1]) - max(ra[0], rb[0]))
    fresh = (tb - ta) <= ttl * P["ttlk"]
    if inter < P["ov"] * short or long_ > P["ratio"] * short:
        if rel == "same" and same_spec and ra[2] and rb[2] and fresh:
            return "partial", 3
        return "miss", 3
    if rel in ("nest", "intent", "stat"):
        return "partial", 4
    if rel != "same":
        raise Refuse(f"unknown relation {rel}")
    L = {"a": la, "b": lb, "short": short, "long": long_}[P["tolbase"]]
    tol = max(P["pct"] * L, P["floor"])
    if fresh and abs(ra[0] - rb[0]) <= tol and abs(ra[1] - rb[1]) <= tol:
        return "hit", 5
    return "partial", 5


def alias_re(name):
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.I)


def services_in(text):
    found = set()
    for canon, (aliases, *_rest) in SERVICES.items():
        for n in [canon, canon.replace("-", " ")] + aliases:
            if alias_re(n).search(text):
                found.add(canon)
    return found


def build():
    errors = []
    # ---------------- history ----------------
    hist = []
    for voice, when, q, execd in HISTORY:
        t, tz = asked(voice, when)
        hist.append((t, {"tz": tz, "voice": voice, "question": q,
                         "executed": [{"datasource": ds, "query": qq} for ds, qq in execd], "_t": t}))
    hist.sort(key=lambda x: x[0])
    hrows = []
    for i, (t, row) in enumerate(hist, 1):
        rec = {"id": f"h27-{i:03d}", "at": iso_at(t, row["tz"]), "tz": row["tz"], "voice": row["voice"],
               "question": row["question"], "executed": row["executed"]}
        hrows.append(rec)
        for e in rec["executed"]:
            stripped = e["query"]
            for canon in SERVICES:
                stripped = stripped.replace(canon, "")
            for canon, (aliases, *_r) in SERVICES.items():
                for al in aliases:
                    if alias_re(al).search(stripped):
                        errors.append(f"{rec['id']}: executed query names alias {al!r}")
    # ---------------- pairs ----------------
    prows = []
    for i, p in enumerate(PAIRS, 1):
        g, av, at, ttl, ar, aq, bv, bt, br, bq, rel, expect, note = p
        bv = bv or av
        pid = f"p27-{i:04d}"
        try:
            ta, tza = asked(av, at)
            tb, tzb = asked(bv, bt)
            ra = resolve(ar, ta, tza)
            rb = resolve(br, tb, tzb)
        except Refuse as e:
            errors.append(f"{pid}: {e}")
            continue
        if tb < ta:
            errors.append(f"{pid}: b asked before a")
        for r, t, side in ((ra, ta, "a"), (rb, tb, "b")):
            if not (r[0] < r[1] <= t + 1):
                errors.append(f"{pid}: range of {side} is empty or in the future")
        if (tza != tzb) != ("cross-zone" in note):
            errors.append(f"{pid}: cross-zone note mismatch")
        if rel == "same":
            sa, sb = services_in(aq), services_in(bq)
            if sa and sb and sa != sb:
                errors.append(f"{pid}: 'same' but services differ {sa} vs {sb}")
        same_spec = (ar == br)
        labels = set()
        for combo in itertools.product(*NUDGES.values()):
            P = dict(zip(NUDGES.keys(), combo))
            labels.add(decide(rel, ra, rb, ta, tb, ttl, same_spec, P)[0])
        base = decide(rel, ra, rb, ta, tb, ttl, same_spec, BASE)[0]
        if len(labels) > 1:
            errors.append(f"{pid}: label flips under nudged numbers {sorted(labels)}")
        if base != expect:
            errors.append(f"{pid}: typed {expect}, spec gives {base} ({g}: {aq!r} / {bq!r})")
        split = "dev27" if i % 2 else "test27"
        prows.append({"id": pid, "group": g, "split": split, "expect": expect,
                      "a": {"q": aq, "at": iso_at(ta, tza), "tz": tza, "ttl": ttl},
                      "b": {"q": bq, "at": iso_at(tb, tzb), "tz": tzb},
                      "note": note})
    if prows and hrows:
        first_pair = min(min(datetime.fromisoformat(r["a"]["at"]), datetime.fromisoformat(r["b"]["at"])) for r in prows)
        last_hist = max(datetime.fromisoformat(r["at"]) for r in hrows)
        if not last_hist < first_pair:
            errors.append("history is not entirely before the pairs")
        if (first_pair - last_hist).days > 2 or (first_pair - min(datetime.fromisoformat(r["at"]) for r in hrows)).days > 29:
            errors.append("history is not the 4 weeks before the pairs")
    aliases = {c: v[0] for c, v in SERVICES.items()}
    topo = {"alerts": []}
    region_of = {c: r for r, cl in REGIONS.items() for c in cl}
    for svc, (als, team, ns, _d) in SERVICES.items():
        for cl in PLACEMENT[svc]:
            for host in REGIONS[region_of[cl]][cl]:
                topo["alerts"].append({"service": svc, "team": team, "namespace": ns, "cluster": cl,
                                       "region": region_of[cl], "host": host,
                                       "env": ENV_OF_CLUSTER.get(cl, "production")})
    return hrows, prows, aliases, topo, errors


def dumps_jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    hrows, prows, aliases, topo, errors = build()
    if errors:
        print("REFUSING TO WRITE:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "history.jsonl"), "w", encoding="utf-8") as f:
        f.write(dumps_jsonl(hrows))
    with open(os.path.join(HERE, "pairs.jsonl"), "w", encoding="utf-8") as f:
        f.write(dumps_jsonl(prows))
    with open(os.path.join(HERE, "aliases.json"), "w", encoding="utf-8") as f:
        json.dump(aliases, f, indent=2, ensure_ascii=False); f.write("\n")
    with open(os.path.join(HERE, "topology.json"), "w", encoding="utf-8") as f:
        json.dump(topo, f, indent=1, ensure_ascii=False); f.write("\n")
    print(f"wrote {len(hrows)} history rows, {len(prows)} pairs")


if __name__ == "__main__":
    main()
