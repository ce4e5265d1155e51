#!/usr/bin/env python3
"""gen.py - writer 24. Builds history.jsonl, pairs.jsonl, aliases.json, topology.json.

Company: Curbwise, a city parking-payments platform (street meters, licence-plate
cameras, garage barrier gates, resident permits, enforcement officers' handhelds).
Everything below is typed by hand; the engine at the bottom re-derives every label
from spec.md and refuses to write if a typed label disagrees or flips when the
spec's numbers are nudged.
"""

# voice -> (IANA zone, style)
VOICES = {
    "kiana":   ("America/Anchorage",   "terse shorthand"),
    "rodrigo": ("America/Asuncion",    "non-native English"),
    "eleni":   ("Europe/Athens",       "very polite"),
    "dario":   ("Europe/Rome",         "manager prose"),
    "jiwoo":   ("Asia/Seoul",          "pastes PromQL/LogQL"),
    "farah":   ("Asia/Dubai",          "formal with ISO/UTC timestamps"),
    "memo":    ("America/Mexico_City", "typos and chat slang"),
    "nurul":   ("Indian/Cocos",        "lowercase one-liners"),
}

# canonical service id -> team, namespace, clusters it runs in, other names
SERVICES = {
    "meter-gateway": {"team": "team-curb", "ns": "curb-edge",
                      "clusters": ["prod-eus1-a", "prod-eus1-b", "prod-mec1-a", "prod-sae1-a", "stg-eus1"],
                      "aliases": ["meters", "coinbox-api", "the meter bridge"],
                      "what": "bridge to the street parking meters (heartbeats, coin/card events)"},
    "plate-reader":  {"team": "team-vision", "ns": "vision",
                      "clusters": ["prod-eus1-a", "prod-mec1-a", "prod-sae1-a", "stg-eus1"],
                      "aliases": ["lpr", "anpr", "the camera service"],
                      "what": "licence-plate recognition from garage and patrol-car cameras"},
    "session-api":   {"team": "team-money", "ns": "money",
                      "clusters": ["prod-eus1-a", "prod-eus1-b", "prod-mec1-a", "prod-sae1-a", "stg-eus1"],
                      "aliases": ["sessions", "park-svc", "the parking timer"],
                      "what": "starts/extends/stops parking sessions"},
    "pay-hub":       {"team": "team-money", "ns": "money",
                      "clusters": ["prod-eus1-a", "prod-eus1-b", "prod-mec1-a", "prod-sae1-a", "stg-eus1"],
                      "aliases": ["payments", "wallet-core", "billing"],
                      "what": "card/wallet authorisation and settlement"},
    "permit-portal": {"team": "team-residents", "ns": "residents",
                      "clusters": ["prod-eus1-b", "prod-mec1-a", "stg-eus1"],
                      "aliases": ["permits", "zonepass", "the resident portal"],
                      "what": "web portal for resident and business parking permits"},
    "enforce-app":   {"team": "team-curb", "ns": "enforcement",
                      "clusters": ["prod-eus1-a", "prod-sae1-a", "stg-eus1"],
                      "aliases": ["warden api", "citations", "the enforcement backend"],
                      "what": "backend for enforcement officers' handhelds (checks, citations)"},
    "garage-gate":   {"team": "team-vision", "ns": "curb-edge",
                      "clusters": ["prod-eus1-b", "prod-mec1-a", "prod-sae1-a", "stg-eus1"],
                      "aliases": ["gates", "gatekeeper", "barrier service"],
                      "what": "garage barrier-gate controller (opens on plate/session match)"},
}

TEAMS = ["team-curb", "team-vision", "team-money", "team-residents"]
NAMESPACES = ["curb-edge", "vision", "money", "residents", "enforcement"]

# cluster -> region, env, hosts. People say "milan" for eu-south-1, "uae"/"dubai" for
# me-central-1, "brazil"/"sao paulo" for sa-east-1 (region nicknames, not service aliases).
CLUSTERS = {
    "prod-eus1-a": {"region": "eu-south-1",   "env": "prod",    "hosts": ["eus1a-n01", "eus1a-n02", "eus1a-n03"]},
    "prod-eus1-b": {"region": "eu-south-1",   "env": "prod",    "hosts": ["eus1b-n01", "eus1b-n02"]},
    "stg-eus1":    {"region": "eu-south-1",   "env": "staging", "hosts": ["stg-n01"]},
    "prod-mec1-a": {"region": "me-central-1", "env": "prod",    "hosts": ["mec1a-n01", "mec1a-n02"]},
    "prod-sae1-a": {"region": "sa-east-1",    "env": "prod",    "hosts": ["sae1a-n01", "sae1a-n02"]},
}

METRICS = [
    ("http_requests_total", "counter; labels service, endpoint, code, cluster"),
    ("http_request_duration_seconds_bucket", "histogram; labels service, endpoint, cluster"),
    ("container_cpu_usage_seconds_total", "counter; labels namespace, pod, container, cluster"),
    ("container_memory_working_set_bytes", "gauge; labels namespace, pod, container, cluster"),
    ("kube_pod_container_status_restarts_total", "counter; labels namespace, pod, container"),
    ("node_disk_reads_completed_total / node_disk_writes_completed_total", "IOPS; labels instance, device"),
    ("node_disk_read_time_seconds_total / node_disk_write_time_seconds_total", "disk latency; labels instance"),
    ("meter_heartbeat_missing_ratio", "gauge; share of street meters silent > 10 min; labels city, cluster"),
    ("ocr_read_confidence_bucket", "histogram of plate-read confidence; labels camera_group"),
    ("ocr_frames_queue_depth", "gauge; frames waiting for OCR"),
    ("gate_open_duration_seconds", "gauge; how long each barrier has been open; labels garage, gate_id"),
    ("payment_authorizations_total", "counter; labels service, psp, result"),
    ("kafka_consumergroup_lag", "gauge; labels consumergroup, topic"),
]

# alertname, severity, condition/threshold
ALERTS = [
    ("HighErrorRate", "critical", "5xx ratio > 2% for 5m (per service)"),
    ("HighLatencyP95", "warning", "p95 http latency > 800ms for 10m"),
    ("HighLatencyP99", "critical", "p99 http latency > 2s for 10m"),
    ("PodCrashLooping", "warning", "> 3 restarts in 15m"),
    ("HighMemoryUsage", "warning", "working set > 85% of limit for 15m"),
    ("NodeDiskIOSaturated", "warning", "disk io time > 90% for 15m"),
    ("MeterHeartbeatLost", "critical", "meter_heartbeat_missing_ratio > 0.05 for 10m"),
    ("PaymentAuthFailures", "critical", "declined+error authorizations > 5% for 5m"),
    ("OCRQueueBacklog", "warning", "ocr_frames_queue_depth > 5000 for 10m"),
    ("GateStuckOpen", "critical", "gate_open_duration_seconds > 120"),
    ("KafkaConsumerLag", "warning", "kafka_consumergroup_lag > 20000 for 10m"),
    ("CertificateExpiringSoon", "warning", "cert expires in < 14d"),
]

DATASOURCES = ("prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents")

INTENTS = ("count", "list", "top", "trend", "compare", "status", "value")
SUBJECTS = ("alerts", "incidents", "deploys", "logs:app", "logs:access", "logs:audit", "traces", "k8s_events",
            "health", "metric:latency", "metric:requests", "metric:error_ratio", "metric:cpu", "metric:memory",
            "metric:disk_iops", "metric:disk_latency", "metric:restarts", "metric:kafka_lag",
            "metric:meter_heartbeat", "metric:ocr_queue", "metric:ocr_confidence", "metric:gate_open",
            "metric:auth")
STATS = ("p50", "p90", "p95", "p99", "avg", "max", "rate", "sum")
# filter keys: own axis svc/team/ns, location axis env/region/cluster/host, the rest plain values
FILTER_KEYS = ("svc", "team", "ns", "env", "region", "cluster", "host", "sev", "code", "ep", "alert",
               "state", "level", "thr", "reason", "status", "psp", "result", "dir", "garage")

GROUP_COUNTS = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}

# ---------------------------------------------------------------------------
# HISTORY: 100 exchanges, 2024-02-23 .. 2024-03-21 (before every pair).
# voice ;; local time ;; question as typed ;; datasource ;; executed query [;; datasource ;; query]
# ---------------------------------------------------------------------------
HISTORY = """
kiana ;; 2024-02-23 07:40 ;; crit alerts pay-hub overnight? ;; alertmanager ;; service="pay-hub",severity="critical" since=2024-02-22T22:00-09:00 until=2024-02-23T06:00-09:00
farah ;; 2024-02-23 10:15 ;; Please list all incidents opened for service garage-gate between 2024-02-22T00:00Z and 2024-02-23T00:00Z. ;; incidents ;; service="garage-gate" opened>=2024-02-22T00:00Z opened<2024-02-23T00:00Z
memo ;; 2024-02-23 12:05 ;; yo is the meter bridge ok?? dashbord looks weird lol ;; prometheus ;; sum by (cluster) (up{service="meter-gateway"})
eleni ;; 2024-02-23 18:20 ;; Good evening, could you kindly tell me how many warning alerts the permits service had today? Thank you! ;; alertmanager ;; service="permit-portal",severity="warning" since=2024-02-23T00:00+02:00
nurul ;; 2024-02-24 09:30 ;; any deploys to lpr this week ;; argocd ;; app=plate-reader since=2024-02-19T00:00+06:30
jiwoo ;; 2024-02-24 14:10 ;; is this right? `sum(rate(http_requests_total{service="pay-hub",code=~"5.."}[5m]))` shows 0 for an hour ;; prometheus ;; sum(rate(http_requests_total{service="pay-hub",code=~"5.."}[5m]))
rodrigo ;; 2024-02-24 11:45 ;; Hello, the sessions service have errors today? I see some complain from users in Brazil ;; prometheus ;; sum(increase(http_requests_total{service="session-api",cluster="prod-sae1-a",code=~"5.."}[11h45m]))
dario ;; 2024-02-26 09:05 ;; Could you summarise the incidents the payments service had over the weekend, and who was paged? I need it for the Monday stand-up. ;; incidents ;; service="pay-hub" since=2024-02-24T00:00+01:00 until=2024-02-26T00:00+01:00
farah ;; 2024-02-26 13:40 ;; Kindly provide the p95 latency of pay-hub in cluster prod-mec1-a from 2024-02-26T06:00Z to 2024-02-26T09:00Z. ;; prometheus ;; histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="pay-hub",cluster="prod-mec1-a"}[5m])))
memo ;; 2024-02-26 16:30 ;; wallet-core throwing 503s rn?? pls check ;; prometheus ;; sum(rate(http_requests_total{service="pay-hub",code="503"}[5m]))
eleni ;; 2024-02-27 10:10 ;; Good morning! Would you be so kind as to show me the error logs of zonepass from the last hour? Many thanks. ;; loki ;; {namespace="residents", service="permit-portal"} |= "level=error"
nurul ;; 2024-02-27 15:20 ;; cert expiry warnings? ;; alertmanager ;; alertname="CertificateExpiringSoon"
jiwoo ;; 2024-02-27 17:45 ;; `{service="plate-reader"} |= "timeout"` returns too much, can you count per cluster last 6h ;; loki ;; sum by (cluster) (count_over_time({service="plate-reader"} |= "timeout" [6h]))
dario ;; 2024-02-27 11:30 ;; I would like to understand whether the billing platform met its latency objective last week; please give me the p99 for the seven days. ;; prometheus ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="pay-hub",env="prod"}[7d])))
rodrigo ;; 2024-02-27 09:20 ;; Good morning, the park-svc was deployed yesterday? I want to know the version please ;; argocd ;; app=session-api since=2024-02-26T00:00-03:00 until=2024-02-27T00:00-03:00
kiana ;; 2024-02-27 13:10 ;; node disk iops eus1a-n02 1h ;; prometheus ;; sum(rate(node_disk_reads_completed_total{instance="eus1a-n02"}[5m]) + rate(node_disk_writes_completed_total{instance="eus1a-n02"}[5m]))
farah ;; 2024-02-28 08:30 ;; Please report all GateStuckOpen alerts for service garage-gate that fired since 2024-02-27T00:00Z, with the garage label. ;; alertmanager ;; alertname="GateStuckOpen",service="garage-gate" since=2024-02-27T00:00Z
eleni ;; 2024-02-28 14:00 ;; Hello, I hope you are well. Could you please check whether the enforcement backend is healthy right now? ;; prometheus ;; up{service="enforce-app"}
nurul ;; 2024-02-28 20:10 ;; lpr ocr queue backlog now? ;; prometheus ;; max(ocr_frames_queue_depth{service="plate-reader"})
jiwoo ;; 2024-02-29 10:25 ;; why `histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{service="session-api"}[5m])))` jumps at 09:00? ;; prometheus ;; histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{service="session-api"}[5m]))) ;; argocd ;; app=session-api since=2024-02-29T08:30+09:00 until=2024-02-29T09:30+09:00
dario ;; 2024-02-29 16:20 ;; Please tell me how many critical alerts billing and the parking timer have received so far this month, compared with last month. ;; alertmanager ;; service=~"pay-hub|session-api",severity="critical" since=2024-02-01T00:00+01:00 ;; alertmanager ;; service=~"pay-hub|session-api",severity="critical" since=2024-01-01T00:00+01:00 until=2024-02-01T00:00+01:00
rodrigo ;; 2024-02-29 15:00 ;; Hi, the citations api is slow for the wardens in Sao Paulo, can you check the latency of last 2 hours? ;; prometheus ;; histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="enforce-app",cluster="prod-sae1-a"}[5m])))
kiana ;; 2024-03-01 08:15 ;; MeterHeartbeatLost firing for meters? ;; alertmanager ;; alertname="MeterHeartbeatLost",service="meter-gateway",state="firing"
memo ;; 2024-03-01 11:50 ;; how many 5xx did gatekeeper throw yesterday?? ;; prometheus ;; sum(increase(http_requests_total{service="garage-gate",code=~"5.."}[24h] offset 11h50m))
farah ;; 2024-03-01 09:00 ;; Please list the Kubernetes events with reason BackOff for service pay-hub in namespace money from 2024-02-29T18:00Z to 2024-03-01T04:00Z. ;; kubernetes ;; namespace=money app=pay-hub reason=BackOff since=2024-02-29T18:00Z until=2024-03-01T04:00Z
eleni ;; 2024-03-01 12:30 ;; Dear helper, may I ask for the top 5 endpoints by error count on pay-hub today? Thank you kindly. ;; prometheus ;; topk(5, sum by (endpoint) (increase(http_requests_total{service="pay-hub",code=~"5.."}[12h30m])))
nurul ;; 2024-03-02 08:40 ;; coredns errors last 24h ;; loki ;; {namespace="kube-system", container="coredns"} |= "SERVFAIL"
jiwoo ;; 2024-03-02 13:00 ;; pasted from grafana: `sum by (pod)(rate(container_cpu_usage_seconds_total{cluster="prod-eus1-b",container="garage-gate"}[5m]))` which gatekeeper pod is highest now? ;; prometheus ;; topk(1, sum by (pod)(rate(container_cpu_usage_seconds_total{cluster="prod-eus1-b",container="garage-gate"}[5m])))
dario ;; 2024-03-04 09:15 ;; Good morning. Before the leadership review, I need a short view of all incidents for the curb side of the business (meters and the enforcement backend) since 1 February. ;; incidents ;; service=~"meter-gateway|enforce-app" since=2024-02-01T00:00+01:00
rodrigo ;; 2024-03-03 18:30 ;; Hello, the gates in the garages of Asuncion... sorry, I mean the barrier service in sa-east-1, have many alerts in the weekend? ;; alertmanager ;; service="garage-gate",region="sa-east-1" since=2024-03-02T00:00-03:00
kiana ;; 2024-03-04 09:30 ;; argo sync fails 7d ;; argocd ;; status=Failed since=7d
memo ;; 2024-03-04 10:10 ;; bro the anpr pods r crashlooping again?? ;; kubernetes ;; namespace=vision reason=BackOff since=1h
farah ;; 2024-03-04 16:45 ;; Provide the count of HighErrorRate alerts per service between 2024-03-04T00:00Z and 2024-03-04T12:00Z. ;; alertmanager ;; alertname="HighErrorRate" since=2024-03-04T00:00Z until=2024-03-04T12:00Z group_by=service
eleni ;; 2024-03-05 09:40 ;; Good morning! Could you please show me the memory usage of the resident portal pods over the last 24 hours? Thank you very much. ;; prometheus ;; sum by (pod) (container_memory_working_set_bytes{namespace="residents",container="permit-portal"})
nurul ;; 2024-03-05 12:15 ;; kafka lag anpr consumer ;; prometheus ;; max by (topic) (kafka_consumergroup_lag{consumergroup="plate-reader-ocr"})
jiwoo ;; 2024-03-05 15:30 ;; `{service="pay-hub"} |= "psp_timeout"` count by psp for today? ;; loki ;; sum by (psp) (count_over_time({service="pay-hub"} |= "psp_timeout" [15h30m]))
dario ;; 2024-03-05 17:50 ;; Could you tell me whether the payments team had any failed deployments this week? ;; argocd ;; app=~"pay-hub|session-api" status=Failed since=2024-03-04T00:00+01:00
rodrigo ;; 2024-03-05 08:10 ;; Hi, for the park-svc in prod-sae1-a, how much is the cpu in last 6 hours please? ;; prometheus ;; sum(rate(container_cpu_usage_seconds_total{namespace="money",container="session-api",cluster="prod-sae1-a"}[5m]))
kiana ;; 2024-03-05 14:20 ;; warn alerts lpr today ;; alertmanager ;; service="plate-reader",severity="warning" since=2024-03-05T00:00-09:00
memo ;; 2024-03-06 09:30 ;; is billing down or is it just me lmao ;; prometheus ;; up{service="pay-hub"} ;; alertmanager ;; service="pay-hub",state="firing"
farah ;; 2024-03-06 11:00 ;; Please provide the error ratio for service session-api in region me-central-1 for the period 2024-03-06T00:00Z to 2024-03-06T06:00Z. ;; prometheus ;; sum(rate(http_requests_total{service="session-api",region="me-central-1",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="session-api",region="me-central-1"}[5m]))
eleni ;; 2024-03-06 16:25 ;; Hello again, sorry to bother you: were there any PodCrashLooping alerts for garage-gate since this morning? ;; alertmanager ;; alertname="PodCrashLooping",service="garage-gate" since=2024-03-06T06:00+02:00
nurul ;; 2024-03-06 19:05 ;; node eus1b-n01 memory ;; prometheus ;; 1 - node_memory_MemAvailable_bytes{instance="eus1b-n01"} / node_memory_MemTotal_bytes{instance="eus1b-n01"}
jiwoo ;; 2024-03-06 11:40 ;; trace for slow `POST /v1/authorize` on pay-hub > 2s in last 30m? traceql: `{ resource.service.name = "pay-hub" && span.http.route = "/v1/authorize" && duration > 2s }` ;; tempo ;; { resource.service.name = "pay-hub" && span.http.route = "/v1/authorize" && duration > 2s }
dario ;; 2024-03-07 10:30 ;; I'd appreciate a summary of the open incidents affecting the camera service, with their current owners. ;; incidents ;; service="plate-reader" status=open
rodrigo ;; 2024-03-07 13:15 ;; Hello, please, which are the top 3 pods of the meters that restart more this week? ;; prometheus ;; topk(3, sum by (pod) (increase(kube_pod_container_status_restarts_total{namespace="curb-edge",container="meter-gateway"}[3d13h])))
memo ;; 2024-03-07 19:40 ;; coinbox-api logs w/ "heartbeat timeout" last 2h?? ;; loki ;; {service="meter-gateway"} |= "heartbeat timeout"
farah ;; 2024-03-08 09:20 ;; Please list deployments of service permit-portal between 2024-03-01T00:00Z and 2024-03-08T00:00Z. ;; argocd ;; app=permit-portal since=2024-03-01T00:00Z until=2024-03-08T00:00Z
eleni ;; 2024-03-08 11:15 ;; Good morning, would you kindly compare the p95 latency of the resident portal between prod-eus1-b and prod-mec1-a over the last 6 hours? ;; prometheus ;; histogram_quantile(0.95, sum by (le, cluster) (rate(http_request_duration_seconds_bucket{service="permit-portal",cluster=~"prod-eus1-b|prod-mec1-a"}[5m])))
nurul ;; 2024-03-08 08:50 ;; ingress-nginx 502s today ;; prometheus ;; sum(increase(nginx_ingress_controller_requests{status="502"}[14h50m]))
jiwoo ;; 2024-03-08 16:05 ;; what threshold does `NodeDiskIOSaturated` use? it fired on eus1a-n03 ;; alertmanager ;; alertname="NodeDiskIOSaturated",instance="eus1a-n03" ;; prometheus ;; rate(node_disk_io_time_seconds_total{instance="eus1a-n03"}[5m])
dario ;; 2024-03-11 09:10 ;; Could you give me the weekend's alert volume for wallet-core across all prod clusters, broken down by severity? ;; alertmanager ;; service="pay-hub",env="prod" since=2024-03-09T00:00+01:00 until=2024-03-11T00:00+01:00 group_by=severity
rodrigo ;; 2024-03-10 20:30 ;; Hello, today the wallet-core have declined payments more than normal? I think the psp have problem ;; prometheus ;; sum by (psp, result) (increase(payment_authorizations_total{service="pay-hub"}[20h30m]))
kiana ;; 2024-03-11 07:20 ;; restarts plate-reader overnight ;; prometheus ;; sum(increase(kube_pod_container_status_restarts_total{namespace="vision",container="plate-reader"}[8h] offset 1h20m))
memo ;; 2024-03-11 13:35 ;; yo gates alerts in dubai cluster today?? ;; alertmanager ;; service="garage-gate",cluster="prod-mec1-a" since=2024-03-11T00:00-06:00
farah ;; 2024-03-11 14:00 ;; Please provide the count of critical alerts for service session-api in region me-central-1 between 2024-03-11T04:00Z and 2024-03-11T10:00Z. ;; alertmanager ;; service="session-api",region="me-central-1",severity="critical" since=2024-03-11T04:00Z until=2024-03-11T10:00Z
eleni ;; 2024-03-12 09:00 ;; Good morning, I hope all is well! Could you please tell me if there were any deploys to anpr yesterday? ;; argocd ;; app=plate-reader since=2024-03-11T00:00+02:00 until=2024-03-12T00:00+02:00
nurul ;; 2024-03-12 10:30 ;; stg permits pods not ready ;; kubernetes ;; cluster=stg-eus1 namespace=residents condition=Ready=false
jiwoo ;; 2024-03-12 13:20 ;; `sum(rate(http_requests_total{service="enforce-app"}[5m])) by (endpoint)` — which endpoint is busiest last hour? ;; prometheus ;; topk(1, sum by (endpoint) (rate(http_requests_total{service="enforce-app"}[1h])))
dario ;; 2024-03-12 15:40 ;; Please prepare an overview of how the resident portal has performed since the permit renewal campaign started on 1 March: incidents, error rate and latency. ;; incidents ;; service="permit-portal" since=2024-03-01T00:00+01:00 ;; prometheus ;; sum(rate(http_requests_total{service="permit-portal",code=~"5.."}[1h])) / sum(rate(http_requests_total{service="permit-portal"}[1h]))
rodrigo ;; 2024-03-12 10:40 ;; Good morning, can you show the logs of error of the meters in sa-east-1 from last 30 minutes? ;; loki ;; {service="meter-gateway", cluster="prod-sae1-a"} |= "level=error"
kiana ;; 2024-03-12 11:45 ;; 5xx by endpoint permit-portal 24h ;; prometheus ;; sum by (endpoint) (increase(http_requests_total{service="permit-portal",code=~"5.."}[24h]))
memo ;; 2024-03-13 08:20 ;; who acked the billing PaymentAuthFailures page last nite?? ;; alertmanager ;; alertname="PaymentAuthFailures",service="pay-hub" since=2024-03-12T22:00-06:00 until=2024-03-13T06:00-06:00 ;; incidents ;; alertname="PaymentAuthFailures" service="pay-hub" since=2024-03-12T22:00-06:00
farah ;; 2024-03-13 10:30 ;; Please list traces for service session-api with status error between 2024-03-13T05:00Z and 2024-03-13T06:00Z. ;; tempo ;; { resource.service.name = "session-api" && status = error }
eleni ;; 2024-03-13 17:10 ;; Hello, could you kindly check how many meters have lost their heartbeat in the Milan region right now? Thank you in advance. ;; prometheus ;; max(meter_heartbeat_missing_ratio{region="eu-south-1"})
nurul ;; 2024-03-13 21:00 ;; disk latency mec1a-n02 last 6h ;; prometheus ;; rate(node_disk_read_time_seconds_total{instance="mec1a-n02"}[5m]) / rate(node_disk_reads_completed_total{instance="mec1a-n02"}[5m])
jiwoo ;; 2024-03-14 09:35 ;; `histogram_quantile(0.5, sum by (le)(rate(ocr_read_confidence_bucket[10m])))` dropped overnight, any deploy to plate-reader? ;; argocd ;; app=plate-reader since=2024-03-13T22:00+09:00 ;; prometheus ;; histogram_quantile(0.5, sum by (le)(rate(ocr_read_confidence_bucket[10m])))
dario ;; 2024-03-14 10:20 ;; Which of our curb services, the meters or the warden api, has more open incidents at the moment? ;; incidents ;; service=~"meter-gateway|enforce-app" status=open group_by=service
rodrigo ;; 2024-03-14 16:50 ;; Hi, there is KafkaConsumerLag alert now? the park-svc events are late ;; alertmanager ;; alertname="KafkaConsumerLag",state="firing"
kiana ;; 2024-03-14 15:30 ;; argocd deploys park-svc prod-sae1-a today ;; argocd ;; app=session-api cluster=prod-sae1-a since=2024-03-14T00:00-08:00
memo ;; 2024-03-15 12:00 ;; sessions p99 sooo slow today, is it just mexico or everywhere?? ;; prometheus ;; histogram_quantile(0.99, sum by (le, cluster) (rate(http_request_duration_seconds_bucket{service="session-api"}[5m])))
farah ;; 2024-03-15 09:10 ;; Please provide the number of HighMemoryUsage alerts for service plate-reader from 2024-03-08T00:00Z to 2024-03-15T00:00Z. ;; alertmanager ;; alertname="HighMemoryUsage",service="plate-reader" since=2024-03-08T00:00Z until=2024-03-15T00:00Z
eleni ;; 2024-03-15 13:30 ;; Good afternoon! Might I ask you for the list of incidents for zonepass this month? I'm very grateful. ;; incidents ;; service="permit-portal" since=2024-03-01T00:00+02:00
nurul ;; 2024-03-15 18:20 ;; argocd itself healthy? ;; kubernetes ;; namespace=argocd kind=Pod condition=Ready=false
jiwoo ;; 2024-03-16 11:00 ;; `sum by (code)(increase(http_requests_total{service="garage-gate"}[24h]))` looks off — 4xx vs 5xx split pls ;; prometheus ;; sum by (code)(increase(http_requests_total{service="garage-gate",code=~"4..|5.."}[24h]))
rodrigo ;; 2024-03-16 09:30 ;; Hello, sorry for the weekend, the permit-portal is up? the users say they cannot renew ;; prometheus ;; up{service="permit-portal"} ;; alertmanager ;; service="permit-portal",state="firing"
kiana ;; 2024-03-16 10:40 ;; crashloop events warden api 12h ;; kubernetes ;; namespace=enforcement app=enforce-app reason=BackOff since=12h
dario ;; 2024-03-18 08:45 ;; Over the weekend, did anything happen to payments that I should know about before the 10 o'clock meeting? ;; incidents ;; service="pay-hub" since=2024-03-16T00:00+01:00 until=2024-03-18T00:00+01:00 ;; alertmanager ;; service="pay-hub",severity="critical" since=2024-03-16T00:00+01:00 until=2024-03-18T00:00+01:00
memo ;; 2024-03-18 10:15 ;; wut deployed to the parking timer this morning?? smth broke ;; argocd ;; app=session-api since=2024-03-18T06:00-06:00
farah ;; 2024-03-18 12:00 ;; Please list all alerts with severity critical for service meter-gateway on cluster prod-eus1-a between 2024-03-18T00:00Z and 2024-03-18T06:00Z. ;; alertmanager ;; service="meter-gateway",cluster="prod-eus1-a",severity="critical" since=2024-03-18T00:00Z until=2024-03-18T06:00Z
eleni ;; 2024-03-18 15:50 ;; Hello, would you be able to show me the trend of 5xx errors for warden api over the past 7 days? Thank you so much. ;; prometheus ;; sum(increase(http_requests_total{service="enforce-app",code=~"5.."}[1h]))
nurul ;; 2024-03-18 07:45 ;; cpu throttling lpr ;; prometheus ;; sum(rate(container_cpu_cfs_throttled_seconds_total{namespace="vision",container="plate-reader"}[5m]))
jiwoo ;; 2024-03-19 10:30 ;; LogQL `{service="pay-hub"} | json | level="error" | line_format "{{.psp}}"` — top psp by errors since 09:00? ;; loki ;; topk(3, sum by (psp) (count_over_time({service="pay-hub"} | json | level="error" [1h30m])))
rodrigo ;; 2024-03-18 14:00 ;; Hi! The enforce-app have alerts warning in last 24 hours? Is normal? ;; alertmanager ;; service="enforce-app",severity="warning" since=24h
kiana ;; 2024-03-19 08:25 ;; p99 meter-gateway prod-eus1-a 1h ;; prometheus ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="meter-gateway",cluster="prod-eus1-a"}[5m])))
memo ;; 2024-03-19 17:30 ;; how many incidents r still open for lpr lol ;; incidents ;; service="plate-reader" status=open
dario ;; 2024-03-19 12:10 ;; I'd like to see the deployment frequency of the parking timer this month versus February. ;; argocd ;; app=session-api since=2024-03-01T00:00+01:00 ;; argocd ;; app=session-api since=2024-02-01T00:00+01:00 until=2024-03-01T00:00+01:00
eleni ;; 2024-03-19 10:05 ;; Good morning! Could you kindly list the Kubernetes events for the billing pods in prod-mec1-a since 06:00? Thanks a lot. ;; kubernetes ;; namespace=money app=pay-hub cluster=prod-mec1-a since=2024-03-19T06:00+02:00
nurul ;; 2024-03-19 22:40 ;; gatekeeper errors now ;; loki ;; {service="garage-gate"} |= "level=error"
jiwoo ;; 2024-03-20 09:15 ;; `max_over_time(gate_open_duration_seconds{service="garage-gate"}[1h]) > 120` — which garages? ;; prometheus ;; max by (garage) (max_over_time(gate_open_duration_seconds{service="garage-gate"}[1h])) > 120
rodrigo ;; 2024-03-19 19:10 ;; Hello, please the top 5 endpoints more slow of the sessions in the last 24 hours ;; prometheus ;; topk(5, histogram_quantile(0.95, sum by (le, endpoint) (rate(http_request_duration_seconds_bucket{service="session-api"}[24h]))))
kiana ;; 2024-03-20 12:30 ;; node disk pressure events 24h ;; kubernetes ;; reason=NodeHasDiskPressure since=24h
dario ;; 2024-03-20 16:00 ;; Could you draft a short note on the PaymentAuthFailures alerts on wallet-core since Monday, with the card providers involved? ;; alertmanager ;; alertname="PaymentAuthFailures",service="pay-hub" since=2024-03-18T00:00+01:00
farah ;; 2024-03-20 08:40 ;; Please provide the number of warning alerts for service meter-gateway between 2024-03-19T00:00Z and 2024-03-20T00:00Z. ;; alertmanager ;; service="meter-gateway",severity="warning" since=2024-03-19T00:00Z until=2024-03-20T00:00Z
eleni ;; 2024-03-20 14:45 ;; Hello, sorry to trouble you again: is the TLS certificate for the permits site close to expiring? ;; alertmanager ;; alertname="CertificateExpiringSoon",namespace="residents"
nurul ;; 2024-03-21 08:05 ;; pending pods prod-mec1-a ;; kubernetes ;; cluster=prod-mec1-a phase=Pending
jiwoo ;; 2024-03-21 14:20 ;; `rate(node_disk_writes_completed_total{instance="sae1a-n01"}[5m])` high since noon — who writes? ;; prometheus ;; topk(5, sum by (namespace) (rate(container_fs_writes_total{instance="sae1a-n01"}[5m])))
rodrigo ;; 2024-03-21 09:00 ;; Hello, can you tell me how many alerts critical the gates had this week in sa-east-1? ;; alertmanager ;; service="garage-gate",region="sa-east-1",severity="critical" since=2024-03-18T00:00-03:00
kiana ;; 2024-03-21 10:10 ;; traces pay-hub >1s 30m ;; tempo ;; { resource.service.name = "pay-hub" && duration > 1s }
memo ;; 2024-03-21 12:30 ;; meters heartbeat lost alerts in brazil rn? ;; alertmanager ;; alertname="MeterHeartbeatLost",region="sa-east-1",state="firing"
"""

# ---------------------------------------------------------------------------
# PAIRS. Per pair three lines:
#   a: voice ;; local time ;; ttl s ;; range key ;; substance ;; question
#   b: voice|= ;; local time|+delay ;; range key|= ;; substance|= ;; question
#   =: expected label ;; note
# substance = "<intent> <subject> [statistic] | filters" with canonical values
# ---------------------------------------------------------------------------
PAIRS = """
## paraphrase
a: kiana ;; 2024-03-22 09:10 ;; 1800 ;; last:24h ;; count alerts | sev=critical svc=pay-hub ;; crit alerts pay-hub 24h
b: = ;; +10m ;; = ;; = ;; how many critical alerts did payments fire in the past day?
=: hit ;; crit=critical, payments=pay-hub, past day=24h, 10 min later
a: rodrigo ;; 2024-03-22 10:00 ;; 900 ;; now ;; status health | svc=session-api ;; Hello, the sessions service is up now?
b: = ;; +2m ;; = ;; = ;; is session-api healthy right now
=: hit ;; sessions=session-api, up=healthy, 4 min later
a: memo ;; 2024-03-22 11:20 ;; 3600 ;; last:1h ;; count metric:requests | svc=pay-hub code=503 ;; how many 503s did wallet-core throw in the last hour??
b: = ;; +6m ;; = ;; = ;; 503 count for pay-hub, past 60 min
=: hit ;; wallet-core old name of pay-hub, 60 min=1h
a: eleni ;; 2024-03-22 09:30 ;; 3600 ;; today ;; list incidents | svc=permit-portal ;; Good morning! Could you kindly list today's incidents for the resident portal? Thank you.
b: = ;; +20m ;; = ;; = ;; Incidents for zonepass so far today, please.
=: hit ;; resident portal and zonepass both = permit-portal
a: dario ;; 2024-03-22 16:00 ;; 7200 ;; week ;; count deploys | team=team-money ;; How many deployments has the money team shipped this week? I need the figure for the weekly report.
b: = ;; +40m ;; = ;; = ;; Number of argocd syncs for team-money since Monday, please.
=: hit ;; this week = since Monday (ISO week)
a: jiwoo ;; 2024-03-22 14:00 ;; 1800 ;; last:6h ;; trend metric:latency p95 | svc=plate-reader ;; graph `histogram_quantile(0.95, sum by (le)(rate(http_request_duration_seconds_bucket{service="plate-reader"}[5m])))` over last 6h?
b: = ;; +25m ;; = ;; = ;; plot p95 latency of lpr for the past 6 hours
=: hit ;; PromQL paste vs words; lpr=plate-reader
a: farah ;; 2024-03-22 10:00 ;; 3600 ;; abs:2024-03-22T00:00Z/2024-03-22T06:00Z ;; list alerts | sev=critical cluster=prod-mec1-a ;; Please list critical alerts for cluster prod-mec1-a between 2024-03-22T00:00Z and 2024-03-22T06:00Z.
b: = ;; +30m ;; clock:00:00-06:00@UTC ;; = ;; Provide the critical alerts in prod-mec1-a from 00:00 to 06:00 UTC today.
=: hit ;; ISO Z range = clock range with UTC
a: nurul ;; 2024-03-22 09:00 ;; 600 ;; now ;; status health | svc=garage-gate ;; are the gates ok
b: = ;; +8m ;; = ;; = ;; gatekeeper healthy?
=: partial ;; same now-question re-asked 8 min later while fresh: no overlap, rule 3 exception
a: kiana ;; 2024-03-23 08:00 ;; 3600 ;; last:12h ;; count k8s_events | ns=enforcement reason=BackOff ;; backoff events enforcement ns 12h
b: = ;; +20m ;; = ;; = ;; crashloop back-off events in the enforcement namespace, last 12 hours
=: hit ;; ns=namespace
a: memo ;; 2024-03-23 12:00 ;; 1800 ;; last:30m ;; list logs:app | svc=meter-gateway level=error ;; coinbox-api error logs last 30 min pls
b: = ;; +3m ;; = ;; = ;; show me error logs from meter-gateway in the past half hour
=: hit ;; coinbox-api old name; half hour=30m
a: rodrigo ;; 2024-03-23 10:00 ;; 3600 ;; today ;; count alerts | sev=warning svc=enforce-app ;; Hello, how many warning alerts have the citations api today?
b: = ;; +15m ;; = ;; = ;; count of warn alerts for enforce-app since midnight
=: hit ;; citations=enforce-app, today=since midnight, warn=warning
a: dario ;; 2024-03-25 09:00 ;; 7200 ;; weekend ;; list incidents ;; Could you summarise the incidents we had over the weekend? I would like them before the stand-up.
b: = ;; +30m ;; = ;; = ;; List all incidents from Saturday and Sunday, please.
=: hit ;; over the weekend asked Monday = Sat+Sun
a: eleni ;; 2024-03-25 11:00 ;; 3600 ;; last:24h ;; trend metric:memory avg | svc=permit-portal ;; Could you kindly show me the memory usage of zonepass pods over the last 24 hours? Many thanks.
b: = ;; +2h ;; = ;; = ;; permit-portal memory trend, last day please
=: partial ;; same question but asked 2h later, TTL 1h: stale
a: jiwoo ;; 2024-03-25 10:00 ;; 900 ;; last:1h ;; top metric:requests rate | svc=enforce-app ;; `topk(1, sum by (endpoint)(rate(http_requests_total{service="enforce-app"}[5m])))` busiest endpoint last hour?
b: = ;; +5m ;; = ;; = ;; which endpoint of the warden api gets the most traffic, past hour
=: hit ;; warden api=enforce-app
a: farah ;; 2024-03-25 09:00 ;; 86400 ;; day:2024-03-24 ;; count alerts | alert=HighErrorRate ;; Please provide the count of HighErrorRate alerts for 2024-03-24 (local date).
b: = ;; +2h ;; yesterday ;; = ;; How many HighErrorRate alerts fired yesterday?
=: hit ;; named date = yesterday in Dubai
a: nurul ;; 2024-03-25 08:00 ;; 1800 ;; now ;; value metric:ocr_queue max ;; ocr queue depth now
b: = ;; +3m ;; = ;; = ;; how deep is the ocr backlog atm
=: hit ;; atm=now, 4 min later
a: kiana ;; 2024-03-25 07:30 ;; 3600 ;; lastnight ;; count metric:restarts | svc=plate-reader ;; restarts plate-reader overnight
b: = ;; +20m ;; = ;; = ;; how many times did anpr pods restart last night
=: hit ;; anpr=plate-reader, overnight=last night
a: memo ;; 2024-03-25 13:00 ;; 3600 ;; today ;; list deploys | svc=session-api ;; wut got deployed to park-svc today??
b: = ;; +10m ;; = ;; = ;; list today's deploys of session-api
=: hit ;; park-svc old name of session-api
a: rodrigo ;; 2024-03-25 15:00 ;; 1800 ;; last:2h ;; value metric:latency p95 | svc=enforce-app cluster=prod-sae1-a ;; Hi, the latency p95 of citations in the Sao Paulo cluster last 2 hours, please?
b: = ;; +10m ;; = ;; = ;; 95th percentile latency for enforce-app on prod-sae1-a over the past 2h
=: hit ;; p95=95th percentile; Sao Paulo cluster=prod-sae1-a
a: dario ;; 2024-03-26 10:00 ;; 3600 ;; month ;; count incidents | team=team-curb ;; How many incidents has the curb team had this month?
b: = ;; +45m ;; since:2024-03-01 ;; = ;; Number of incidents for team-curb since 1 March.
=: hit ;; this month = since Mar 1
a: eleni ;; 2024-03-26 09:15 ;; 7200 ;; since:06:00 ;; list k8s_events | ns=money cluster=prod-mec1-a ;; Could you kindly list the Kubernetes events for the money namespace in prod-mec1-a since 06:00? Thanks a lot.
b: = ;; +20m ;; = ;; = ;; Events in ns money, cluster prod-mec1-a, since 6am please.
=: hit ;; 06:00=6am, end moves 20 min on 3h15 range
a: jiwoo ;; 2024-03-26 15:00 ;; 3600 ;; last:24h ;; count logs:app | svc=plate-reader level=error ;; `sum(count_over_time({service="plate-reader"} | json | level="error" [24h]))` ?
b: = ;; +90m ;; = ;; = ;; how many error lines did the camera service log in the last 24h
=: partial ;; same question, 90 min later with 1h TTL: stale
a: farah ;; 2024-03-26 11:00 ;; 3600 ;; abs:2024-03-26T04:00Z/2024-03-26T07:00Z ;; list traces | svc=session-api status=error ;; Please list error traces for service session-api between 2024-03-26T04:00Z and 2024-03-26T07:00Z.
b: = ;; +25m ;; clock:08:00-11:00 ;; = ;; List error traces of the parking timer from 08:00 to 11:00 today.
=: hit ;; 08-11 Dubai = 04-07Z; parking timer=session-api
a: nurul ;; 2024-03-26 20:00 ;; 3600 ;; last:6h ;; value metric:disk_latency avg | host=mec1a-n02 ;; disk latency mec1a-n02 6h
b: = ;; +15m ;; = ;; = ;; avg disk latency on node mec1a-n02 past 6 hours
=: hit ;; no nickname; same range 15 min later
a: kiana ;; 2024-03-26 10:00 ;; 1800 ;; last:30m ;; list traces | svc=pay-hub thr=gt1 ;; traces pay-hub >1s 30m
b: = ;; +4m ;; = ;; = ;; slow traces (over 1 second) for wallet-core, last half hour
=: hit ;; >1s = over 1 second
a: memo ;; 2024-03-26 18:00 ;; 900 ;; now ;; list alerts | state=firing svc=pay-hub ;; is billing on fire rn?? what alerts r firing
b: = ;; +12m ;; = ;; = ;; what alerts are firing for pay-hub atm
=: partial ;; now-question re-asked 12 min later, still fresh: rule 3 exception
a: rodrigo ;; 2024-03-27 09:00 ;; 3600 ;; week ;; count alerts | sev=critical region=sa-east-1 ;; Hello, how many alerts critical there was this week in sa-east-1?
b: = ;; +20m ;; = ;; = ;; count of critical alerts in the brazil region since monday
=: hit ;; brazil region = sa-east-1
a: dario ;; 2024-03-27 11:00 ;; 3600 ;; last:7d ;; value metric:latency p99 | svc=pay-hub env=prod ;; What was the p99 latency of the payments platform in production over the last seven days?
b: = ;; +30m ;; = ;; = ;; p99 of pay-hub in prod, past week
=: hit ;; last week = rolling 7d; prod=production
a: eleni ;; 2024-03-27 10:00 ;; 1800 ;; now ;; value metric:meter_heartbeat max | region=eu-south-1 ;; Hello, could you kindly check how many meters have lost their heartbeat in the Milan region right now?
b: = ;; +3m ;; = ;; = ;; Would you kindly check the current meter heartbeat loss in eu-south-1?
=: hit ;; Milan region = eu-south-1
a: jiwoo ;; 2024-03-27 09:30 ;; 1800 ;; last:1h ;; trend metric:cpu rate | ns=vision ;; `sum(rate(container_cpu_usage_seconds_total{namespace="vision"}[5m]))` for the last hour
b: = ;; +5m ;; = ;; = ;; cpu of the vision namespace over the past 60 minutes
=: hit ;; PromQL vs words
a: farah ;; 2024-03-27 08:00 ;; 86400 ;; abs:2024-03-20T00:00Z/2024-03-27T00:00Z ;; count alerts | alert=HighMemoryUsage ns=vision ;; Please provide the number of HighMemoryUsage alerts for namespace vision from 2024-03-20T00:00Z to 2024-03-27T00:00Z.
b: = ;; +3h ;; = ;; = ;; How many HighMemoryUsage alerts did namespace vision have in the seven days ending 2024-03-27T00:00Z?
=: hit ;; same absolute week, TTL 1 day
a: memo ;; 2024-03-27 12:00 ;; 600 ;; now ;; list alerts | sev=warning state=firing region=me-central-1 ;; warn alerts firing in uae rn?
b: = ;; +3m ;; = ;; = ;; warning alerts currently firing in me-central-1
=: hit ;; uae = me-central-1
a: kiana ;; 2024-03-27 14:00 ;; 3600 ;; today ;; count deploys | cluster=prod-sae1-a ;; argocd deploys prod-sae1-a today
b: = ;; +30m ;; = ;; = ;; how many deploys hit the sao paulo cluster today
=: hit ;; sao paulo cluster = prod-sae1-a
a: memo ;; 2024-03-27 10:00 ;; 3600 ;; last:2h ;; list logs:app | svc=meter-gateway level=error ;; meter bridge error logs last 2h??
b: = ;; +10m ;; = ;; = ;; errors in the coinbox-api logs, past two hours
=: hit ;; meter bridge / coinbox-api both = meter-gateway
a: rodrigo ;; 2024-03-28 11:00 ;; 1800 ;; last:30m ;; list logs:app | svc=meter-gateway region=sa-east-1 level=error ;; Good morning, can you show the logs of error of the meters in sa-east-1 from last 30 minutes?
b: = ;; +2m ;; = ;; = ;; meter-gateway error logs in sa-east-1, last 30 min
=: hit ;; meters=meter-gateway
a: dario ;; 2024-03-28 09:30 ;; 7200 ;; now ;; list incidents | status=open ;; Which incidents are currently open? A one-line summary each would be ideal.
b: = ;; +20m ;; = ;; = ;; Could you list the incidents that are open right now?
=: partial ;; now-question 20 min later, fresh: rule 3 exception
a: eleni ;; 2024-03-28 15:00 ;; 3600 ;; last:7d ;; trend metric:requests | svc=enforce-app code=5xx ;; Hello, would you be able to show me the trend of 5xx errors for the warden api over the past 7 days? Thank you so much.
b: = ;; +30m ;; = ;; = ;; Could you chart the errors of enforce-app for the last week, please?
=: hit ;; errors of a service = 5xx; last week = 7d
a: jiwoo ;; 2024-03-28 10:00 ;; 1800 ;; since:09:00 ;; top logs:app | svc=pay-hub level=error ;; LogQL `topk(3, sum by (psp)(count_over_time({service="pay-hub"} | json | level="error" [1h])))` since 09:00?
b: = ;; +5m ;; = ;; = ;; which card providers cause the most pay-hub error logs since 9am
=: hit ;; 09:00=9am
a: farah ;; 2024-03-28 09:00 ;; 3600 ;; abs:2024-03-28T00:00Z/2024-03-28T04:00Z ;; count alerts | sev=critical cluster=prod-eus1-a ;; Please count alerts with severity critical for cluster prod-eus1-a between 2024-03-28T00:00Z and 2024-03-28T04:00Z.
b: = ;; +4h ;; = ;; = ;; Kindly provide the number of critical alerts on prod-eus1-a for 2024-03-28 00:00-04:00 UTC.
=: partial ;; same question 4h later, TTL 1h: stale
a: nurul ;; 2024-03-28 21:00 ;; 900 ;; now ;; list logs:app | svc=garage-gate level=error ;; gatekeeper errors now
b: = ;; +30m ;; = ;; = ;; barrier service error logs now
=: miss ;; now-question 30 min later, TTL 15 min: no overlap and stale
a: kiana ;; 2024-03-28 08:00 ;; 3600 ;; last:24h ;; count alerts | alert=HighLatencyP95 svc=session-api ;; HighLatencyP95 session-api 24h count
b: = ;; +2h ;; = ;; = ;; how many HighLatencyP95 alerts did sessions have in the last 24h
=: partial ;; stale after 2h (TTL 1h)
a: memo ;; 2024-03-28 13:00 ;; 1800 ;; today ;; count incidents | svc=plate-reader ;; how many lpr incidents today lol
b: = ;; +10m ;; = ;; = ;; count of plate-reader incidents so far today
=: hit ;; lpr=plate-reader
a: rodrigo ;; 2024-03-29 10:00 ;; 3600 ;; last:24h ;; top metric:latency p95 | svc=session-api ;; Hello, please the top 5 endpoints more slow of the sessions in the last 24 hours
b: = ;; +15m ;; = ;; = ;; top 5 slowest session-api endpoints by p95, past 24h
=: hit ;; non-native wording, same ranking
a: dario ;; 2024-03-29 17:00 ;; 3600 ;; week ;; list deploys | status=failed team=team-money ;; Did the money team have any failed deployments this week?
b: = ;; +20m ;; = ;; = ;; List failed argocd syncs for team-money since Monday.
=: hit ;; since Monday = this week
a: eleni ;; 2024-03-29 09:00 ;; 3600 ;; yesterday ;; list deploys | svc=plate-reader ;; Good morning! Could you please tell me if there were any deploys to anpr yesterday?
b: = ;; +2h ;; = ;; = ;; Yesterday's plate-reader deployments, please.
=: partial ;; same question 2h later, TTL 1h
a: jiwoo ;; 2024-03-29 16:00 ;; 900 ;; last:1h ;; list metric:gate_open max | thr=gt120 ;; `max by (garage)(max_over_time(gate_open_duration_seconds[1h])) > 120` which garages?
b: = ;; +5m ;; = ;; = ;; garages with a barrier open longer than 2 minutes in the last hour
=: hit ;; >120 s = longer than 2 minutes
a: farah ;; 2024-03-29 12:00 ;; 3600 ;; since:2024-03-25 ;; list incidents | team=team-residents ;; Please list incidents for team-residents since 2024-03-25T00:00+04:00.
b: = ;; +20m ;; week ;; = ;; List the team-residents incidents for this week.
=: hit ;; since Monday 25 Mar local = this week
a: kiana ;; 2024-03-29 11:00 ;; 3600 ;; last:6h ;; value metric:cpu avg | svc=session-api cluster=prod-sae1-a ;; park-svc cpu sae1 6h avg
b: = ;; +40m ;; = ;; = ;; average cpu of session-api in prod-sae1-a over the last 6 hours
=: hit ;; 40 min shift on 6h is within 15%
a: memo ;; 2024-03-29 20:00 ;; 3600 ;; last:24h ;; count metric:requests | svc=garage-gate code=5xx ;; how many 5xx did gatekeeper throw in the last 24h?? lol
b: = ;; +3h ;; = ;; = ;; 5xx count for the barrier service over the past day
=: partial ;; same question 3h later, TTL 1h
a: rodrigo ;; 2024-03-30 09:00 ;; 3600 ;; now ;; status health | svc=permit-portal ;; Hello, sorry for the weekend, the permit-portal is up?
b: = ;; +2m ;; = ;; = ;; is zonepass healthy now?
=: hit ;; zonepass=permit-portal
a: dario ;; 2024-04-01 09:00 ;; 7200 ;; weekend ;; count alerts | sev=critical env=prod ;; Could you give me the number of critical alerts across production over the weekend?
b: = ;; +30m ;; = ;; = ;; How many crit alerts in prod on Saturday and Sunday?
=: hit ;; weekend spans the 23h DST Sunday in Rome; same range both
a: eleni ;; 2024-04-01 10:00 ;; 3600 ;; last:24h ;; list alerts | svc=garage-gate alert=PodCrashLooping ;; Hello, were there any PodCrashLooping alerts for garage-gate in the last 24 hours?
b: = ;; +15m ;; = ;; = ;; Kindly list the crash-looping pod alerts for the barrier service, past day.
=: hit ;; barrier service=garage-gate
a: jiwoo ;; 2024-04-01 11:00 ;; 1800 ;; last:30m ;; value metric:latency p99 | svc=session-api ;; `histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{service="session-api"}[5m])))` last 30m?
b: = ;; +3m ;; = ;; = ;; p99 of the parking timer, past half hour
=: hit ;; parking timer=session-api
a: farah ;; 2024-04-01 08:00 ;; 86400 ;; abs:2024-03-31T00:00Z/2024-04-01T00:00Z ;; list alerts | alert=OCRQueueBacklog ;; Kindly report the OCRQueueBacklog alert history between 2024-03-31T00:00Z and 2024-04-01T00:00Z.
b: = ;; +1h ;; = ;; = ;; List the OCRQueueBacklog alerts for 31 March 2024, UTC day.
=: hit ;; same UTC day
a: nurul ;; 2024-04-01 09:30 ;; 1800 ;; last:1h ;; count alerts | team=team-vision ;; team-vision alerts last hour
b: = ;; +4m ;; = ;; = ;; vision team alert count past 60 min
=: hit ;; same team, same hour
a: kiana ;; 2024-04-01 07:00 ;; 3600 ;; lastnight ;; list alerts | sev=critical svc=pay-hub ;; crit alerts pay-hub overnight?
b: = ;; +10m ;; = ;; = ;; critical wallet-core alerts last night
=: hit ;; overnight=last night
a: memo ;; 2024-04-01 12:00 ;; 1800 ;; last:1h ;; value metric:auth rate | svc=pay-hub result=declined ;; declined payments per sec last hr for billing??
b: = ;; +5m ;; = ;; = ;; rate of declined authorizations on pay-hub, past hour
=: hit ;; billing=pay-hub
a: rodrigo ;; 2024-04-01 16:00 ;; 3600 ;; today ;; value metric:error_ratio | svc=session-api region=sa-east-1 ;; Hi, the error rate of sessions in Brazil today, please?
b: = ;; +20m ;; = ;; = ;; session-api error ratio in sa-east-1 since midnight
=: hit ;; today = since midnight
a: dario ;; 2024-04-02 10:00 ;; 7200 ;; month ;; count deploys | team=team-money ;; How many deployments has team-money made this month so far?
b: = ;; +1h ;; = ;; = ;; Number of team-money deploys so far this month, please.
=: hit ;; month = since Apr 1
a: eleni ;; 2024-04-02 09:00 ;; 3600 ;; since:06:00 ;; count alerts | sev=warning svc=permit-portal ;; Good morning! Could you please tell me how many warning alerts the permits service had since 6am?
b: = ;; +5m ;; = ;; = ;; Number of warn alerts for permit-portal since 06:00, kindly.
=: hit ;; permits=permit-portal
a: farah ;; 2024-04-02 09:00 ;; 1800 ;; abs:2024-04-02T03:00Z/2024-04-02T05:00Z ;; list k8s_events | reason=BackOff ns=money ;; Please list the Kubernetes events with reason BackOff in namespace money from 2024-04-02T03:00Z to 2024-04-02T05:00Z.
b: = ;; +10m ;; clock:07:00-09:00 ;; = ;; BackOff events in namespace money, 07:00 to 09:00 this morning.
=: hit ;; 07-09 Dubai = 03-05Z
a: nurul ;; 2024-04-02 19:00 ;; 3600 ;; last:6h ;; trend metric:kafka_lag max ;; kafka lag ocr consumer 6h
b: = ;; +20m ;; = ;; = ;; ocr consumer lag past 6 hours
=: hit ;; no nickname
a: kiana ;; 2024-04-02 09:00 ;; 1800 ;; last:1h ;; value metric:latency p99 | svc=meter-gateway cluster=prod-eus1-a ;; p99 meter-gateway prod-eus1-a 1h
b: = ;; +35m ;; = ;; = ;; p99 of the meters on prod-eus1-a, past hour
=: partial ;; re-asked 35 min later, TTL 30 min: stale, ranges still overlap 42%
a: memo ;; 2024-04-02 15:00 ;; 3600 ;; today ;; list alerts | svc=garage-gate cluster=prod-mec1-a ;; yo gates alerts in dubai cluster today??
b: = ;; +10m ;; = ;; = ;; alerts for garage-gate on prod-mec1-a so far today
=: hit ;; dubai cluster = prod-mec1-a
a: rodrigo ;; 2024-04-03 09:00 ;; 3600 ;; last:24h ;; list alerts | sev=warning svc=enforce-app ;; Hi! The enforce-app have alerts warning in last 24 hours? Is normal?
b: = ;; +10m ;; = ;; = ;; list warning alerts of the warden api, past 24h
=: hit ;; warden api=enforce-app
a: dario ;; 2024-04-03 11:00 ;; 3600 ;; now ;; top incidents | status=open ;; Could you let me know which team has the most open incidents at the moment?
b: = ;; +3m ;; = ;; = ;; Rank the teams by currently open incidents, please.
=: hit ;; at the moment = now
a: eleni ;; 2024-04-03 14:00 ;; 3600 ;; last:6h ;; compare metric:latency p95 | svc=permit-portal cluster=prod-eus1-b,prod-mec1-a ;; Good afternoon, would you kindly compare the p95 latency of the resident portal between prod-eus1-b and prod-mec1-a over the last 6 hours?
b: = ;; +2h ;; = ;; = ;; Could you compare zonepass p95 on eus1-b versus mec1-a for the last 6h, please?
=: partial ;; same question 2h later, TTL 1h
a: jiwoo ;; 2024-04-03 10:00 ;; 1800 ;; last:1h ;; count logs:access | svc=pay-hub code=503 ;; `sum(count_over_time({service="pay-hub", stream="access"} |= " 503 " [1h]))`
b: = ;; +4m ;; = ;; = ;; how many 503 lines in the wallet-core access log past hour
=: hit ;; LogQL vs words
a: eleni ;; 2024-03-30 10:00 ;; 3600 ;; yesterday ;; count incidents | team=team-residents ;; Good morning, may I kindly ask how many incidents the residents team had yesterday?
b: = ;; +30m ;; day:2024-03-29 ;; = ;; Number of team-residents incidents on Friday 29 March, please.
=: hit ;; yesterday = Friday
a: farah ;; 2024-03-30 13:00 ;; 3600 ;; abs:2024-03-30T06:00Z/2024-03-30T08:00Z ;; list alerts | svc=enforce-app ;; Please list alerts for service enforce-app between 2024-03-30T06:00Z and 2024-03-30T08:00Z.
b: = ;; +15m ;; clock:10:00-12:00 ;; = ;; List alerts for the enforcement backend between 10:00 and 12:00 today.
=: hit ;; 10-12 Dubai = 06-08Z
## near
a: kiana ;; 2024-03-22 10:00 ;; 3600 ;; last:24h ;; count alerts | sev=critical svc=pay-hub ;; crit alerts pay-hub 24h
b: = ;; +5m ;; = ;; count alerts | sev=warning svc=pay-hub ;; warn alerts pay-hub 24h
=: miss ;; one-token flip crit->warn: sibling severity
a: rodrigo ;; 2024-03-22 11:00 ;; 3600 ;; last:1h ;; count metric:requests | svc=session-api code=500 ;; Hello, how many 500 errors the sessions have in the last hour?
b: = ;; +5m ;; = ;; count metric:requests | svc=session-api code=503 ;; And how many 503 errors the sessions have in the last hour?
=: miss ;; 500 vs 503 sibling codes
a: memo ;; 2024-03-22 12:00 ;; 1800 ;; last:1h ;; value metric:cpu avg | svc=plate-reader ;; lpr cpu last hr??
b: = ;; +5m ;; = ;; value metric:memory avg | svc=plate-reader ;; lpr memory last hr??
=: miss ;; cpu vs memory: different measured quantity
a: eleni ;; 2024-03-22 10:00 ;; 3600 ;; last:6h ;; value metric:latency p95 | svc=permit-portal ;; Could you kindly tell me the p95 latency of the permits service over the last 6 hours?
b: = ;; +5m ;; = ;; value metric:latency p99 | svc=permit-portal ;; Could you kindly tell me the p99 latency of the permits service over the last 6 hours?
=: partial ;; other statistic of the same series
a: dario ;; 2024-03-22 15:00 ;; 7200 ;; week ;; count incidents | team=team-money ;; How many incidents has team-money had this week?
b: = ;; +10m ;; = ;; list incidents | team=team-money ;; Please list this week's team-money incidents with a one-line summary each.
=: partial ;; count vs list: other intent, same data
a: jiwoo ;; 2024-03-22 16:00 ;; 1800 ;; last:1h ;; value metric:disk_iops rate | host=eus1a-n02 ;; `rate(node_disk_reads_completed_total{instance="eus1a-n02"}[5m]) + rate(node_disk_writes_completed_total{instance="eus1a-n02"}[5m])` last 1h?
b: = ;; +5m ;; = ;; value metric:disk_latency avg | host=eus1a-n02 ;; disk latency on eus1a-n02 last 1h?
=: miss ;; disk IOPS vs disk latency
a: farah ;; 2024-03-22 09:00 ;; 3600 ;; abs:2024-03-22T00:00Z/2024-03-22T04:00Z ;; count alerts | sev=critical region=me-central-1 ;; Please provide the count of critical alerts in region me-central-1 between 2024-03-22T00:00Z and 2024-03-22T04:00Z.
b: = ;; +10m ;; = ;; count alerts | sev=!critical region=me-central-1 ;; Please provide the count of non-critical alerts in region me-central-1 for the same window, 2024-03-22T00:00Z to 04:00Z.
=: miss ;; complement: non-critical
a: nurul ;; 2024-03-22 10:00 ;; 1800 ;; last:24h ;; count alerts | svc=garage-gate ;; gates alerts 24h
b: = ;; +5m ;; = ;; count alerts | sev=critical svc=garage-gate ;; critical gates alerts 24h
=: partial ;; nested: all alerts contains critical
a: kiana ;; 2024-03-23 09:00 ;; 3600 ;; last:1h ;; count metric:requests | svc=pay-hub code=5xx ;; 5xx pay-hub 1h
b: = ;; +5m ;; = ;; count metric:requests | svc=pay-hub code=503 ;; 503 pay-hub 1h
=: partial ;; nested: 5xx contains 503
a: memo ;; 2024-03-23 13:00 ;; 3600 ;; last:2h ;; count metric:requests | svc=pay-hub code=5xx ;; how many 5xx on wallet-core last 2h
b: = ;; +5m ;; = ;; count metric:requests | svc=pay-hub code=4xx ;; how many 4xx on wallet-core last 2h
=: miss ;; 5xx vs 4xx siblings
a: rodrigo ;; 2024-03-23 10:30 ;; 3600 ;; today ;; list deploys | svc=session-api ;; Hello, which deploys of the park-svc were today?
b: = ;; +5m ;; = ;; list deploys | svc=pay-hub ;; Hello, which deploys of the payments were today?
=: miss ;; sibling service session-api vs pay-hub
a: eleni ;; 2024-03-23 11:00 ;; 3600 ;; last:24h ;; list alerts | sev=warning svc=permit-portal ;; Could you kindly list the warning alerts for the permits service in the last 24 hours?
b: = ;; +5m ;; = ;; list alerts | sev=!warning svc=permit-portal ;; Could you kindly list the permits service alerts in the last 24 hours, excluding warnings?
=: miss ;; negation: excluding warnings
a: dario ;; 2024-03-25 10:00 ;; 7200 ;; last:7d ;; value metric:latency p99 | svc=pay-hub env=prod ;; What was the p99 latency of billing in production over the last seven days?
b: = ;; +10m ;; = ;; value metric:latency p99 | svc=pay-hub env=staging ;; What was the p99 latency of billing in staging over the last seven days?
=: miss ;; prod vs staging siblings
a: jiwoo ;; 2024-03-25 11:00 ;; 1800 ;; last:1h ;; value metric:disk_iops rate | host=sae1a-n01 dir=write ;; `rate(node_disk_writes_completed_total{instance="sae1a-n01"}[5m])` last hour
b: = ;; +5m ;; = ;; value metric:disk_iops rate | host=sae1a-n01 dir=read ;; `rate(node_disk_reads_completed_total{instance="sae1a-n01"}[5m])` last hour
=: miss ;; write vs read IOPS
a: farah ;; 2024-03-25 10:00 ;; 3600 ;; abs:2024-03-25T02:00Z/2024-03-25T05:00Z ;; list traces | svc=pay-hub thr=gt2 ;; Please list traces of pay-hub with duration above 2 seconds between 2024-03-25T02:00Z and 2024-03-25T05:00Z.
b: = ;; +10m ;; = ;; list traces | svc=pay-hub thr=lt2 ;; Please list traces of pay-hub with duration below 2 seconds between 2024-03-25T02:00Z and 2024-03-25T05:00Z.
=: miss ;; above vs below a threshold
a: nurul ;; 2024-03-25 12:00 ;; 1800 ;; now ;; list alerts | state=firing cluster=prod-mec1-a ;; firing alerts prod-mec1-a now
b: = ;; +2m ;; = ;; list alerts | state=firing cluster=prod-sae1-a ;; firing alerts prod-sae1-a now
=: miss ;; sibling cluster
a: kiana ;; 2024-03-25 08:00 ;; 3600 ;; last:12h ;; count k8s_events | ns=enforcement reason=BackOff ;; backoff events enforcement 12h
b: = ;; +5m ;; = ;; count k8s_events | ns=enforcement reason=OOMKilled ;; oomkilled events enforcement 12h
=: miss ;; sibling event reason
a: memo ;; 2024-03-25 14:00 ;; 3600 ;; last:1h ;; count alerts | svc=meter-gateway ;; how many alerts on the meter bridge last hr
b: = ;; +5m ;; = ;; list alerts | svc=meter-gateway ;; which alerts on the meter bridge last hr? list em
=: partial ;; count vs list
a: rodrigo ;; 2024-03-25 09:00 ;; 3600 ;; last:24h ;; count alerts | sev=critical region=sa-east-1 ;; Good morning, how many critical alerts in sa-east-1 last 24 hours?
b: = ;; +5m ;; = ;; count alerts | sev=critical region=me-central-1 ;; Good morning, how many critical alerts in me-central-1 last 24 hours?
=: miss ;; sibling region
a: eleni ;; 2024-03-25 13:00 ;; 3600 ;; last:24h ;; trend metric:memory avg | svc=permit-portal ;; Would you please show the memory trend of zonepass for the last 24 hours?
b: = ;; +5m ;; = ;; trend metric:cpu avg | svc=permit-portal ;; Would you please show the cpu trend of zonepass for the last 24 hours?
=: miss ;; memory vs cpu
a: dario ;; 2024-03-26 09:00 ;; 7200 ;; month ;; count incidents | team=team-curb ;; How many incidents has team-curb had this month?
b: = ;; +10m ;; = ;; count incidents | team=team-vision ;; And how many incidents has team-vision had this month?
=: miss ;; sibling team
a: jiwoo ;; 2024-03-26 10:00 ;; 1800 ;; last:1h ;; value metric:latency p50 | svc=plate-reader ;; `histogram_quantile(0.5, sum by (le)(rate(http_request_duration_seconds_bucket{service="plate-reader"}[5m])))` last 1h
b: = ;; +5m ;; = ;; value metric:latency p99 | svc=plate-reader ;; `histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{service="plate-reader"}[5m])))` last 1h
=: partial ;; p50 vs p99: other statistic
a: farah ;; 2024-03-26 09:00 ;; 3600 ;; abs:2024-03-25T00:00Z/2024-03-26T00:00Z ;; count alerts | alert=HighErrorRate ;; Please provide the number of HighErrorRate alerts between 2024-03-25T00:00Z and 2024-03-26T00:00Z.
b: = ;; +10m ;; = ;; count alerts | alert=HighLatencyP95 ;; Please provide the number of HighLatencyP95 alerts between 2024-03-25T00:00Z and 2024-03-26T00:00Z.
=: miss ;; sibling alertname
a: nurul ;; 2024-03-26 11:00 ;; 1800 ;; last:6h ;; value metric:disk_latency avg | host=mec1a-n02 ;; disk latency mec1a-n02 6h
b: = ;; +5m ;; = ;; value metric:disk_latency avg | host=mec1a-n01 ;; disk latency mec1a-n01 6h
=: miss ;; sibling host
a: kiana ;; 2024-03-26 12:00 ;; 3600 ;; last:24h ;; count metric:requests | svc=permit-portal code=5xx ;; 5xx permit-portal 24h
b: = ;; +5m ;; = ;; top metric:requests | svc=permit-portal code=5xx ;; top endpoints by 5xx permit-portal 24h
=: partial ;; count vs ranking
a: memo ;; 2024-03-26 15:00 ;; 1800 ;; last:30m ;; list logs:app | svc=meter-gateway level=error ;; coinbox-api error logs last 30m
b: = ;; +3m ;; = ;; list logs:app | svc=meter-gateway level=warn ;; coinbox-api warn logs last 30m
=: miss ;; log level error vs warn
a: rodrigo ;; 2024-03-26 10:00 ;; 3600 ;; last:2h ;; value metric:latency p95 | svc=enforce-app cluster=prod-sae1-a ;; Hi, the latency p95 of citations in prod-sae1-a last 2 hours?
b: = ;; +5m ;; = ;; value metric:error_ratio | svc=enforce-app cluster=prod-sae1-a ;; Hi, the error rate of citations in prod-sae1-a last 2 hours?
=: miss ;; latency vs error rate
a: eleni ;; 2024-03-26 16:00 ;; 3600 ;; today ;; list alerts | svc=garage-gate alert=PodCrashLooping ;; Hello, were there any PodCrashLooping alerts for garage-gate today?
b: = ;; +5m ;; = ;; list alerts | svc=garage-gate ;; Hello, could you list all of today's alerts for garage-gate?
=: partial ;; nested: all alerts contains PodCrashLooping
a: dario ;; 2024-03-27 09:30 ;; 7200 ;; today ;; list incidents | status=open ;; Which of today's incidents are still open?
b: = ;; +10m ;; = ;; list incidents | status=resolved ;; Which of today's incidents have been resolved?
=: miss ;; open vs resolved siblings
a: jiwoo ;; 2024-03-27 11:00 ;; 1800 ;; last:1h ;; value metric:requests rate | svc=enforce-app ep=/v1/citations ;; `sum(rate(http_requests_total{service="enforce-app",endpoint="/v1/citations"}[5m]))` last hour
b: = ;; +5m ;; = ;; value metric:requests rate | svc=enforce-app ep=/v1/checks ;; `sum(rate(http_requests_total{service="enforce-app",endpoint="/v1/checks"}[5m]))` last hour
=: miss ;; sibling endpoint
a: farah ;; 2024-03-27 10:00 ;; 3600 ;; abs:2024-03-26T00:00Z/2024-03-27T00:00Z ;; count alerts | sev=warning svc=meter-gateway ;; Please provide the number of warning alerts for service meter-gateway between 2024-03-26T00:00Z and 2024-03-27T00:00Z.
b: = ;; +10m ;; = ;; count alerts | sev=critical svc=meter-gateway ;; Please provide the number of critical alerts for service meter-gateway between 2024-03-26T00:00Z and 2024-03-27T00:00Z.
=: miss ;; warning vs critical
a: nurul ;; 2024-03-27 09:00 ;; 1800 ;; last:1h ;; count logs:access | svc=garage-gate ;; gatekeeper access log lines 1h
b: = ;; +3m ;; = ;; count logs:app | svc=garage-gate ;; gatekeeper app log lines 1h
=: miss ;; other log stream: access vs app
a: kiana ;; 2024-03-27 07:00 ;; 3600 ;; lastnight ;; count metric:restarts | svc=plate-reader ;; restarts lpr overnight
b: = ;; +5m ;; = ;; count metric:restarts | svc=garage-gate ;; restarts gates overnight
=: miss ;; sibling service
a: memo ;; 2024-03-27 11:00 ;; 3600 ;; last:1h ;; count metric:requests | svc=pay-hub code=503 ;; 503s on billing last hr?
b: = ;; +5m ;; = ;; count metric:requests | svc=pay-hub code=5xx ;; all 5xx on billing last hr?
=: partial ;; nested: 503 inside 5xx
a: rodrigo ;; 2024-03-27 14:00 ;; 3600 ;; last:6h ;; value metric:cpu avg | svc=session-api cluster=prod-sae1-a ;; Hello, the average cpu of park-svc in prod-sae1-a the last 6 hours?
b: = ;; +5m ;; = ;; value metric:cpu max | svc=session-api cluster=prod-sae1-a ;; And the maximum cpu of park-svc in prod-sae1-a the last 6 hours?
=: partial ;; avg vs max: other statistic
a: eleni ;; 2024-03-27 12:00 ;; 3600 ;; last:24h ;; list deploys | ns=residents ;; Could you please list the deployments to the residents namespace in the last 24 hours?
b: = ;; +5m ;; = ;; list deploys | ns=residents status=failed ;; Could you please list only the failed deployments to the residents namespace in the last 24 hours?
=: partial ;; nested: failed inside all deploys
a: dario ;; 2024-03-28 10:00 ;; 7200 ;; week ;; count alerts | env=prod sev=critical ;; How many critical alerts have we had in production this week?
b: = ;; +10m ;; = ;; count alerts | env=!prod sev=critical ;; How many critical alerts have we had outside production this week?
=: miss ;; complement: outside prod
a: jiwoo ;; 2024-03-28 13:00 ;; 1800 ;; last:1h ;; count logs:app | svc=pay-hub level=error ;; `sum(count_over_time({service="pay-hub"} | json | level="error" [1h]))`
b: = ;; +5m ;; = ;; count logs:app | svc=pay-hub level=!error ;; `sum(count_over_time({service="pay-hub"} | json | level!="error" [1h]))`
=: miss ;; negation level!=error
a: farah ;; 2024-03-28 11:00 ;; 3600 ;; abs:2024-03-28T00:00Z/2024-03-28T06:00Z ;; list k8s_events | ns=money reason=BackOff ;; Please list the Kubernetes events with reason BackOff in namespace money between 2024-03-28T00:00Z and 2024-03-28T06:00Z.
b: = ;; +10m ;; = ;; list k8s_events | ns=money ;; Please list all Kubernetes events in namespace money between 2024-03-28T00:00Z and 2024-03-28T06:00Z.
=: partial ;; nested: all events contains BackOff
a: nurul ;; 2024-03-28 10:00 ;; 1800 ;; now ;; list alerts | state=firing svc=plate-reader ;; which lpr alerts firing now
b: = ;; +2m ;; = ;; count alerts | state=firing svc=plate-reader ;; how many lpr alerts firing now
=: partial ;; list vs count
a: kiana ;; 2024-03-28 09:00 ;; 3600 ;; last:24h ;; count alerts | alert=HighLatencyP95 svc=session-api ;; HighLatencyP95 session-api 24h
b: = ;; +5m ;; = ;; count alerts | alert=HighLatencyP99 svc=session-api ;; HighLatencyP99 session-api 24h
=: miss ;; one-token flip P95->P99 alertname: sibling alerts
a: memo ;; 2024-03-28 16:00 ;; 3600 ;; today ;; list deploys | svc=session-api status=failed ;; failed deploys park-svc today?
b: = ;; +5m ;; = ;; list deploys | svc=session-api status=succeeded ;; successful deploys park-svc today?
=: miss ;; failed vs succeeded
a: rodrigo ;; 2024-03-28 10:00 ;; 3600 ;; last:24h ;; top metric:latency p95 | svc=session-api ;; Hello, the endpoints more slow of sessions last 24 hours?
b: = ;; +5m ;; = ;; top metric:requests rate | svc=session-api ;; Hello, the endpoints more busy of sessions last 24 hours?
=: miss ;; slowest vs busiest: latency vs request rate
a: eleni ;; 2024-03-28 14:00 ;; 3600 ;; last:6h ;; compare metric:latency p95 | svc=permit-portal cluster=prod-eus1-b,prod-mec1-a ;; Would you kindly compare the p95 latency of the resident portal between prod-eus1-b and prod-mec1-a over the last 6 hours?
b: = ;; +5m ;; = ;; value metric:latency p95 | svc=permit-portal cluster=prod-eus1-b ;; Would you kindly give me just the p95 latency of the resident portal on prod-eus1-b over the last 6 hours?
=: partial ;; compare vs single value, nested cluster
a: dario ;; 2024-03-29 10:00 ;; 7200 ;; month ;; count incidents | svc=plate-reader ;; How many incidents has the camera service had this month?
b: = ;; +10m ;; = ;; trend incidents | svc=plate-reader ;; How has the number of camera-service incidents developed over this month, week by week?
=: partial ;; count vs trend
a: jiwoo ;; 2024-03-29 11:00 ;; 1800 ;; last:1h ;; list metric:gate_open max | thr=gt120 ;; `max by (garage)(max_over_time(gate_open_duration_seconds[1h])) > 120`
b: = ;; +5m ;; = ;; list metric:gate_open max | thr=gt300 ;; `max by (garage)(max_over_time(gate_open_duration_seconds[1h])) > 300`
=: partial ;; nested threshold: >300 inside >120
a: farah ;; 2024-03-29 09:00 ;; 3600 ;; abs:2024-03-29T00:00Z/2024-03-29T04:00Z ;; list alerts | sev=critical cluster=prod-eus1-a ;; Please list all alerts with severity critical for cluster prod-eus1-a between 2024-03-29T00:00Z and 2024-03-29T04:00Z.
b: = ;; +10m ;; = ;; list alerts | sev=critical cluster=prod-eus1-b ;; Please list all alerts with severity critical for cluster prod-eus1-b between 2024-03-29T00:00Z and 2024-03-29T04:00Z.
=: miss ;; one-token cluster flip a->b
a: nurul ;; 2024-03-29 20:00 ;; 1800 ;; last:24h ;; count metric:requests | svc=garage-gate code=502 ;; gatekeeper 502s 24h
b: = ;; +5m ;; = ;; count metric:requests | svc=garage-gate code=504 ;; gatekeeper 504s 24h
=: miss ;; 502 vs 504
a: kiana ;; 2024-03-29 13:00 ;; 3600 ;; last:6h ;; value metric:memory avg | svc=session-api ;; mem avg session-api 6h
b: = ;; +5m ;; = ;; value metric:memory max | svc=session-api ;; mem peak session-api 6h
=: partial ;; avg vs max
a: memo ;; 2024-03-29 10:00 ;; 1800 ;; last:1h ;; value metric:auth rate | svc=pay-hub result=declined ;; declined auths on billing last hr
b: = ;; +5m ;; = ;; value metric:auth rate | svc=pay-hub result=approved ;; approved auths on billing last hr
=: miss ;; declined vs approved
a: rodrigo ;; 2024-03-30 10:00 ;; 3600 ;; today ;; count alerts | svc=permit-portal sev=critical ;; Hello, how many critical alerts have the permits today?
b: = ;; +5m ;; = ;; count incidents | svc=permit-portal sev=critical ;; Hello, how many critical incidents have the permits today?
=: miss ;; alerts vs incidents: different subject
a: eleni ;; 2024-04-01 09:00 ;; 3600 ;; last:24h ;; list alerts | svc=garage-gate sev=critical ;; Good morning, might I see the critical alerts for the barrier service in the last 24 hours?
b: = ;; +5m ;; = ;; list alerts | svc=garage-gate sev=!critical ;; Good morning, might I see the non-critical alerts for the barrier service in the last 24 hours?
=: miss ;; complement non-critical
a: dario ;; 2024-04-01 10:00 ;; 7200 ;; weekend ;; count alerts | env=prod sev=critical ;; How many critical production alerts did we have over the weekend?
b: = ;; +10m ;; = ;; list alerts | env=prod sev=critical ;; Please list the critical production alerts from the weekend.
=: partial ;; count vs list
a: jiwoo ;; 2024-04-01 10:00 ;; 1800 ;; last:1h ;; value metric:latency p95 | svc=pay-hub ep=/v1/authorize ;; p95 of `POST /v1/authorize` on pay-hub last 1h
b: = ;; +5m ;; = ;; value metric:latency p95 | svc=pay-hub ep=/v1/capture ;; p95 of `POST /v1/capture` on pay-hub last 1h
=: miss ;; sibling endpoint
a: farah ;; 2024-04-01 09:00 ;; 3600 ;; abs:2024-04-01T00:00Z/2024-04-01T04:00Z ;; count alerts | region=me-central-1 sev=critical ;; Please provide the count of critical alerts in region me-central-1 between 2024-04-01T00:00Z and 2024-04-01T04:00Z.
b: = ;; +10m ;; = ;; count alerts | region=me-central-1 ;; Please provide the count of all alerts in region me-central-1 between 2024-04-01T00:00Z and 2024-04-01T04:00Z.
=: partial ;; nested severity
a: nurul ;; 2024-04-01 08:00 ;; 1800 ;; last:1h ;; list k8s_events | cluster=stg-eus1 ;; k8s events stg 1h
b: = ;; +3m ;; = ;; list k8s_events | cluster=prod-eus1-a ;; k8s events prod-eus1-a 1h
=: miss ;; staging vs prod cluster
a: kiana ;; 2024-04-01 10:00 ;; 3600 ;; last:24h ;; count metric:requests | svc=pay-hub code=5xx ;; 5xx pay-hub 24h
b: = ;; +5m ;; = ;; top metric:requests | svc=pay-hub code=5xx ;; which cluster most 5xx pay-hub 24h
=: partial ;; count vs ranking
a: memo ;; 2024-04-01 14:00 ;; 3600 ;; today ;; list alerts | svc=garage-gate ;; gates alerts today?
b: = ;; +5m ;; = ;; list alerts | svc=plate-reader ;; lpr alerts today?
=: miss ;; sibling service
a: rodrigo ;; 2024-04-01 15:00 ;; 3600 ;; last:2h ;; list logs:app | svc=enforce-app level=error ;; Hello, the logs of error of enforce-app in last 2 hours?
b: = ;; +5m ;; = ;; list traces | svc=enforce-app status=error ;; Hello, the traces with error of enforce-app in last 2 hours?
=: miss ;; logs vs traces
a: eleni ;; 2024-04-02 10:00 ;; 3600 ;; last:24h ;; trend metric:requests | svc=enforce-app code=5xx ;; Could you kindly show me the trend of the warden api errors over the last 24 hours?
b: = ;; +5m ;; = ;; count metric:requests | svc=enforce-app code=5xx ;; Could you kindly tell me the total number of warden api errors over the last 24 hours?
=: partial ;; trend vs count
a: dario ;; 2024-04-02 11:00 ;; 7200 ;; month ;; count deploys | team=team-money ;; How many deployments has team-money made this month?
b: = ;; +10m ;; = ;; count deploys | team=team-money status=failed ;; How many of team-money's deployments this month failed?
=: partial ;; nested: failed inside all deploys
a: jiwoo ;; 2024-04-02 09:00 ;; 1800 ;; last:30m ;; value metric:ocr_confidence p50 ;; `histogram_quantile(0.5, sum by (le)(rate(ocr_read_confidence_bucket[5m])))` last 30m
b: = ;; +3m ;; = ;; value metric:ocr_confidence p90 ;; `histogram_quantile(0.9, sum by (le)(rate(ocr_read_confidence_bucket[5m])))` last 30m
=: partial ;; p50 vs p90
a: farah ;; 2024-04-02 10:00 ;; 3600 ;; abs:2024-04-01T00:00Z/2024-04-02T00:00Z ;; list alerts | alert=GateStuckOpen ;; Please list all GateStuckOpen alerts between 2024-04-01T00:00Z and 2024-04-02T00:00Z.
b: = ;; +10m ;; = ;; list alerts | alert=GateStuckOpen state=resolved ;; Please list only the resolved GateStuckOpen alerts between 2024-04-01T00:00Z and 2024-04-02T00:00Z.
=: partial ;; nested: resolved inside all
a: nurul ;; 2024-04-02 12:00 ;; 1800 ;; last:24h ;; count alerts | team=team-vision sev=warning ;; vision team warn alerts 24h
b: = ;; +5m ;; = ;; count alerts | team=team-vision sev=critical ;; vision team crit alerts 24h
=: miss ;; warning vs critical
a: kiana ;; 2024-04-02 10:00 ;; 3600 ;; last:1h ;; list traces | svc=pay-hub thr=gt1 ;; traces pay-hub >1s 1h
b: = ;; +5m ;; = ;; list traces | svc=pay-hub thr=gt2 ;; traces pay-hub >2s 1h
=: partial ;; nested threshold: >2s inside >1s
a: memo ;; 2024-04-02 17:00 ;; 3600 ;; last:2h ;; value metric:latency p99 | svc=session-api ;; sessions p99 last 2h?
b: = ;; +5m ;; = ;; value metric:requests rate | svc=session-api ;; sessions req/s last 2h?
=: miss ;; latency vs request rate
a: rodrigo ;; 2024-04-03 10:00 ;; 3600 ;; last:24h ;; count metric:requests | svc=session-api code=4xx ;; Hello, how many 4xx errors the sessions have in last 24 hours?
b: = ;; +5m ;; = ;; count metric:requests | svc=session-api code=404 ;; Hello, and how many are 404 in last 24 hours for the sessions?
=: partial ;; nested: 404 inside 4xx
a: eleni ;; 2024-04-03 11:00 ;; 3600 ;; today ;; list incidents | team=team-residents ;; Could you kindly list today's incidents for team-residents?
b: = ;; +5m ;; = ;; count incidents | team=team-residents ;; Could you kindly tell me how many incidents team-residents had today?
=: partial ;; list vs count
a: dario ;; 2024-04-03 09:00 ;; 7200 ;; yesterday ;; count alerts | svc=pay-hub ;; How many alerts did the payments service raise yesterday?
b: = ;; +10m ;; = ;; count incidents | svc=pay-hub ;; How many incidents did the payments service have yesterday?
=: miss ;; alerts vs incidents
a: jiwoo ;; 2024-04-03 15:00 ;; 1800 ;; last:1h ;; value metric:disk_latency avg | host=sae1a-n01 dir=write ;; `rate(node_disk_write_time_seconds_total{instance="sae1a-n01"}[5m]) / rate(node_disk_writes_completed_total{instance="sae1a-n01"}[5m])` last 1h
b: = ;; +5m ;; = ;; value metric:disk_latency avg | host=sae1a-n01 dir=read ;; `rate(node_disk_read_time_seconds_total{instance="sae1a-n01"}[5m]) / rate(node_disk_reads_completed_total{instance="sae1a-n01"}[5m])` last 1h
=: miss ;; write vs read latency
## time
a: rodrigo ;; 2024-03-23 23:30-03:00 ;; 7200 ;; since:22:00 ;; count alerts | svc=session-api ;; Hello, how many alerts the sessions have since 10pm?
b: = ;; 2024-03-23 23:30-04:00 ;; = ;; = ;; Hi again, the session-api alerts since 22:00 please?
=: partial ;; DST: same wall clock 23:30 but in the repeated hour, 1h later; 1.5h vs 2.5h range
a: rodrigo ;; 2024-03-23 23:20-04:00 ;; 3600 ;; last:1h ;; list logs:app | svc=meter-gateway level=error ;; Hello, the logs of error of the meters in the last hour, please
b: = ;; +2m ;; since:22:20 ;; = ;; The meters error logs since 22:20 please
=: partial ;; DST: since 22:20 is 2h ago after fall-back, not 1h
a: rodrigo ;; 2024-03-23 23:40-04:00 ;; 3600 ;; today ;; count alerts | sev=critical ;; Hello, how many alerts critical today?
b: = ;; +5m ;; last:24h ;; = ;; And critical alerts in the last 24 hours?
=: hit ;; DST: today is 24h40m on the 25h day; within 15%
a: rodrigo ;; 2024-03-23 23:45-04:00 ;; 3600 ;; last:2h ;; list alerts | svc=garage-gate ;; Hello, the alerts of the barrier service in last 2 hours?
b: = ;; +3m ;; since:22:00 ;; = ;; The garage-gate alerts since 22:00, please
=: partial ;; DST: since 22:00 is 2h48m after the repeated hour
a: rodrigo ;; 2024-03-23 23:30-04:00 ;; 3600 ;; today ;; count alerts | sev=critical ;; Hello, how many critical alerts we had today?
b: kiana ;; 2024-03-23 19:35 ;; today ;; = ;; crit alerts today
=: partial ;; cross-zone: Asuncion today (24.5h, DST day) vs Anchorage today (19.6h)
a: dario ;; 2024-03-31 04:00 ;; 3600 ;; today ;; count alerts | env=prod ;; I'm on call tonight: how many production alerts have we had since midnight?
b: = ;; +2m ;; last:4h ;; = ;; And how many production alerts in the past four hours?
=: partial ;; DST: since midnight is only 3h at 04:00 CEST; last 4h starts 1h earlier
a: dario ;; 2024-03-31 04:00 ;; 3600 ;; today ;; count alerts | env=prod ;; Quick one: how many prod alerts since midnight?
b: = ;; +2m ;; last:3h ;; = ;; How many production alerts have fired in the last three hours?
=: hit ;; DST: since midnight at 04:00 CEST = 3h
a: dario ;; 2024-03-31 09:00 ;; 3600 ;; morning ;; list incidents ;; Please summarise this morning's incidents for me.
b: = ;; +3m ;; last:3h ;; = ;; List the incidents of the last three hours, please.
=: hit ;; DST day; this morning 06:00-09:00 = last 3h
a: dario ;; 2024-03-31 04:10 ;; 7200 ;; clock:01:00-04:00 ;; list alerts | sev=critical ;; Could you list the critical alerts between 1am and 4am?
b: = ;; +3m ;; last:2h ;; = ;; List the critical alerts of the last two hours, please.
=: hit ;; DST: 01:00-04:00 on spring-forward night is 2h
a: eleni ;; 2024-03-31 05:00 ;; 3600 ;; today ;; count alerts | svc=permit-portal ;; Good morning, sorry for the early hour: how many alerts has the resident portal had since midnight?
b: = ;; +1m ;; last:5h ;; = ;; Could you also tell me the resident portal alerts in the last 5 hours?
=: partial ;; DST: since midnight is 4h at 05:00 EEST; 5h window starts 1h earlier
a: eleni ;; 2024-03-31 05:00 ;; 3600 ;; today ;; count alerts | svc=permit-portal ;; Hello, how many alerts has zonepass had so far today?
b: = ;; +1m ;; last:4h ;; = ;; And zonepass alerts over the last 4 hours, please?
=: hit ;; DST: today at 05:00 EEST = 4h
a: eleni ;; 2024-03-31 08:00 ;; 3600 ;; lastnight ;; list alerts | svc=garage-gate ;; Good morning! Could you kindly list last night's alerts for the barrier service?
b: = ;; +2m ;; clock:22:00-06:00 ;; = ;; Garage-gate alerts between 22:00 and 06:00, please.
=: hit ;; DST night is 7h; same range both
a: eleni ;; 2024-03-31 08:00 ;; 3600 ;; lastnight ;; list alerts | svc=garage-gate ;; Hello, might I see the gatekeeper alerts from overnight?
b: = ;; +2m ;; last:10h ;; = ;; Gatekeeper alerts in the last 10 hours, kindly.
=: partial ;; overnight 7h (DST) inside a 10h window
a: dario ;; 2024-03-31 23:30 ;; 3600 ;; today ;; count deploys ;; How many deployments did we do today, Easter Sunday notwithstanding?
b: = ;; +5m ;; last:24h ;; = ;; How many deployments in the last 24 hours?
=: hit ;; DST: today is 22.5h; 24h window within 15%
a: dario ;; 2024-03-31 10:00 ;; 3600 ;; today ;; count incidents ;; How many incidents have been opened today?
b: eleni ;; +5m ;; today ;; = ;; Could you kindly tell me how many incidents were opened today?
=: hit ;; cross-zone Rome/Athens on DST day: midnights 1h apart, within 15% of 9h
a: dario ;; 2024-03-31 03:30 ;; 3600 ;; since:01:00 ;; count alerts | svc=pay-hub ;; How many billing alerts since 1am?
b: = ;; +2m ;; last:90m ;; = ;; Billing alerts in the last 90 minutes?
=: hit ;; DST: 01:00 CET to 03:30 CEST is 1.5h
a: dario ;; 2024-03-31 03:30 ;; 3600 ;; since:01:00 ;; count alerts | svc=pay-hub ;; How many payments alerts since 1am?
b: = ;; +2m ;; last:2.5h ;; = ;; Payments alerts in the last two and a half hours?
=: partial ;; DST: since 1am is 1.5h, not 2.5h
a: eleni ;; 2024-03-31 12:00 ;; 3600 ;; morning ;; count alerts | svc=enforce-app ;; Good afternoon! How many alerts did the enforcement backend have this morning?
b: = ;; +3m ;; since:06:00 ;; = ;; Could you kindly count the enforce-app alerts since 06:00?
=: hit ;; DST day; this morning = since 06:00 until noon
a: eleni ;; 2024-03-31 05:00 ;; 3600 ;; since:02:00 ;; count alerts | sev=critical ;; Hello, how many critical alerts since 2am, please?
b: = ;; +1m ;; last:3h ;; = ;; And the critical alerts of the last 3 hours?
=: partial ;; DST: since 2am at 05:00 EEST is 2h
a: rodrigo ;; 2024-03-23 21:00 ;; 3600 ;; afternoon ;; count alerts | svc=pay-hub ;; Hello, how many alerts the payments had this afternoon?
b: = ;; +5m ;; clock:12:00-18:00 ;; = ;; The pay-hub alerts between 12:00 and 18:00 please
=: hit ;; on Asuncion's 25h DST day, before the repeated hour
a: kiana ;; 2024-03-22 09:00 ;; 3600 ;; today ;; count alerts | sev=critical ;; crit alerts today
b: = ;; +5m ;; last:24h ;; = ;; crit alerts 24h
=: partial ;; today is 9h, 24h starts 15h earlier
a: memo ;; 2024-03-22 10:00 ;; 3600 ;; last:1h ;; count metric:requests | svc=pay-hub code=5xx ;; 5xx on billing last hr?
b: = ;; +5m ;; since:09:00 ;; = ;; billing 5xx since 9am?
=: hit ;; since 9 at 10:05 vs last hour at 10:00
a: farah ;; 2024-03-22 11:00 ;; 3600 ;; abs:2024-03-22T05:00Z/2024-03-22T07:00Z ;; list alerts | svc=session-api ;; Please list alerts for service session-api between 2024-03-22T05:00Z and 2024-03-22T07:00Z.
b: = ;; +5m ;; last:2h ;; = ;; Please list session-api alerts for the last 2 hours.
=: hit ;; absolute vs relative, 5 min apart
a: farah ;; 2024-03-25 12:00 ;; 3600 ;; abs:2024-03-25T00:00Z/2024-03-25T06:00Z ;; count alerts | svc=meter-gateway ;; Please count alerts for meter-gateway between 2024-03-25T00:00Z and 2024-03-25T06:00Z.
b: = ;; +10m ;; clock:04:00-10:00 ;; = ;; Count meter-gateway alerts from 04:00 to 10:00 local time today.
=: hit ;; 04-10 Dubai = 00-06Z
a: jiwoo ;; 2024-03-25 10:00 ;; 3600 ;; last:24h ;; count alerts | svc=plate-reader ;; `count(ALERTS{service="plate-reader"})` over the last 24h?
b: = ;; +5m ;; yesterday ;; = ;; plate-reader alert count for yesterday
=: partial ;; yesterday vs last 24h overlap 14h of 24
a: nurul ;; 2024-03-25 09:00 ;; 1800 ;; last:30d ;; count alerts | svc=garage-gate ;; gates alerts 30d
b: = ;; +5m ;; last:30m ;; = ;; gates alerts 30m
=: miss ;; length ratio 1440x
a: dario ;; 2024-03-22 09:00 ;; 7200 ;; month ;; count incidents ;; How many incidents have we had this month?
b: = ;; +10m ;; last:30d ;; = ;; How many incidents in the last 30 days?
=: partial ;; this month 21 days vs 30 days
a: eleni ;; 2024-03-26 15:00 ;; 3600 ;; afternoon ;; list alerts | svc=permit-portal ;; Hello, could you kindly list this afternoon's alerts for the permits service?
b: = ;; +5m ;; since:12:00 ;; = ;; Permit-portal alerts since noon, please.
=: hit ;; this afternoon = since 12:00
a: rodrigo ;; 2024-03-26 08:00 ;; 3600 ;; lastnight ;; list alerts | svc=meter-gateway ;; Good morning, the alerts of the meters in the last night?
b: = ;; +5m ;; clock:22:00-06:00 ;; = ;; The meter-gateway alerts from 22:00 to 06:00 please
=: hit ;; last night = 22:00-06:00
a: memo ;; 2024-03-26 09:00 ;; 3600 ;; day:2024-03-24 ;; count alerts | svc=plate-reader ;; lpr alerts on sunday?
b: = ;; +5m ;; yesterday ;; = ;; lpr alerts yesterday?
=: miss ;; Sunday vs Monday: no overlap
a: jiwoo ;; 2024-03-26 14:00 ;; 3600 ;; since:09:00 ;; count alerts | svc=session-api ;; `count_over_time(ALERTS{service="session-api"}[5h])` since 09:00
b: = ;; +5m ;; morning ;; = ;; session-api alerts this morning
=: partial ;; 09-14 vs 06-12 overlap 3h
a: farah ;; 2024-03-26 14:00 ;; 3600 ;; clock:07:00-09:00@UTC ;; list alerts | svc=pay-hub ;; Please list pay-hub alerts between 07:00 and 09:00 UTC today.
b: = ;; +5m ;; clock:11:00-13:00 ;; = ;; Please list pay-hub alerts between 11:00 and 13:00 today.
=: hit ;; 11-13 Dubai = 07-09 UTC
a: kiana ;; 2024-03-27 10:00 ;; 1800 ;; now ;; list alerts | state=firing svc=pay-hub ;; firing pay-hub now
b: = ;; +2m ;; last:15m ;; = ;; pay-hub firing alerts last 15m
=: partial ;; now (5 min) vs 15 min window
a: memo ;; 2024-03-27 12:00 ;; 3600 ;; today ;; count alerts | svc=session-api ;; park-svc alerts today?
b: = ;; +5m ;; last:12h ;; = ;; park-svc alerts last 12 hrs?
=: hit ;; at noon today = last 12h
a: rodrigo ;; 2024-03-27 16:00 ;; 3600 ;; since:2024-03-25 ;; count alerts | svc=enforce-app ;; Hello, how many alerts of enforce-app since Monday?
b: = ;; +5m ;; week ;; = ;; And the enforce-app alerts this week?
=: hit ;; since Monday = this week
a: dario ;; 2024-03-27 17:00 ;; 7200 ;; week ;; count alerts | sev=critical ;; How many critical alerts this week so far?
b: = ;; +5m ;; last:7d ;; = ;; How many critical alerts over the last seven days?
=: partial ;; this week (2d17h) inside rolling 7 days
a: eleni ;; 2024-03-27 09:00 ;; 3600 ;; yesterday ;; count alerts | svc=garage-gate ;; Good morning, how many alerts did garage-gate have yesterday?
b: = ;; +5m ;; day:2024-03-26 ;; = ;; How many garage-gate alerts on Tuesday, please?
=: hit ;; yesterday = Tuesday
a: jiwoo ;; 2024-03-28 09:00 ;; 3600 ;; last:48h ;; count alerts | svc=pay-hub ;; `count_over_time(ALERTS{service="pay-hub"}[48h])`
b: = ;; +5m ;; since:2024-03-26T09:00 ;; = ;; pay-hub alerts since Tuesday 9am
=: hit ;; 48h = since Tue 09:00
a: nurul ;; 2024-03-28 22:00 ;; 3600 ;; since:14:00@-1 ;; count alerts | svc=plate-reader ;; lpr alerts since 2pm yesterday
b: = ;; +5m ;; last:32h ;; = ;; lpr alerts last 32h
=: hit ;; since 2pm yesterday at 22:00 = 32h
a: kiana ;; 2024-03-28 09:00 ;; 3600 ;; last:7d ;; count alerts | svc=meter-gateway ;; meters alerts 7d
b: = ;; +5m ;; last:1h ;; = ;; meters alerts 1h
=: miss ;; 7d vs 1h ratio 168
a: farah ;; 2024-03-28 15:00 ;; 3600 ;; clock:09:00-10:00@UTC ;; list alerts | svc=enforce-app ;; Please list enforce-app alerts between 09:00 and 10:00 UTC today.
b: = ;; +5m ;; clock:09:00-10:00 ;; = ;; Please list enforce-app alerts between 09:00 and 10:00 today.
=: miss ;; 09-10 UTC vs 09-10 Dubai: no overlap
a: memo ;; 2024-03-29 10:00 ;; 900 ;; last:1h ;; count alerts | svc=pay-hub ;; billing alerts last hr
b: = ;; +2h ;; = ;; = ;; billing alerts last hr
=: miss ;; rolling re-asked 2h later, stale, no overlap
a: rodrigo ;; 2024-03-29 11:00 ;; 7200 ;; last:1h ;; count alerts | svc=session-api ;; Hello, how many alerts of the sessions in the last hour?
b: = ;; +50m ;; = ;; = ;; Again, how many alerts of the sessions in the last hour?
=: partial ;; rolling re-asked while fresh: overlap 17% but rule 3 exception
a: dario ;; 2024-03-29 09:00 ;; 86400 ;; yesterday ;; count alerts | svc=pay-hub ;; How many alerts did billing have yesterday?
b: = ;; +1d ;; = ;; = ;; How many alerts did billing have yesterday?
=: miss ;; same words a day later: different day
a: eleni ;; 2024-03-29 11:00 ;; 3600 ;; last:6h ;; count alerts | svc=permit-portal ;; Hello, how many permit-portal alerts over the last 6 hours?
b: = ;; +30m ;; = ;; = ;; Could you tell me again the permit-portal alerts over the last 6 hours?
=: hit ;; 30 min shift on 6h
a: jiwoo ;; 2024-03-29 09:00 ;; 3600 ;; today ;; count alerts | svc=pay-hub ;; pay-hub alert count today
b: memo ;; 2024-03-28 18:05 ;; today ;; = ;; billing alerts today??
=: partial ;; cross-zone: Seoul today 9h vs Mexico City today 18h
a: jiwoo ;; 2024-04-02 13:00 ;; 86400 ;; morning ;; count alerts | svc=session-api ;; session-api alerts this morning?
b: memo ;; 2024-04-02 12:00 ;; morning ;; = ;; sessions alerts this morning??
=: miss ;; cross-zone: Seoul morning and Mexico City morning do not overlap
a: farah ;; 2024-03-27 13:00 ;; 3600 ;; abs:2024-03-27T04:00Z/2024-03-27T08:00Z ;; count alerts | svc=garage-gate ;; Please count garage-gate alerts between 2024-03-27T04:00Z and 2024-03-27T08:00Z.
b: dario ;; +5m ;; clock:05:00-09:00 ;; = ;; How many gatekeeper alerts between 5 and 9 this morning?
=: hit ;; cross-zone: 05-09 Rome (CET) = 04-08Z
a: eleni ;; 2024-04-02 10:00 ;; 3600 ;; since:08:00 ;; count alerts | svc=meter-gateway ;; Good morning, how many meter-gateway alerts since 8am?
b: dario ;; +3m ;; since:08:00 ;; = ;; How many meter alerts since 8am?
=: partial ;; cross-zone: 8am Athens vs 8am Rome are an hour apart
a: rodrigo ;; 2024-03-24 06:05 ;; 3600 ;; lastnight ;; list alerts | svc=garage-gate ;; Good morning, the alerts of the gates in the last night?
b: = ;; +2m ;; last:9h ;; = ;; The garage-gate alerts in last 9 hours
=: hit ;; night after fall-back is 9h long
## scope
a: kiana ;; 2024-03-22 11:00 ;; 3600 ;; last:24h ;; count alerts | team=team-money ;; alerts team-money 24h
b: = ;; +5m ;; = ;; count alerts | svc=pay-hub ;; alerts pay-hub 24h
=: partial ;; nested: team-money owns pay-hub and session-api
a: dario ;; 2024-03-22 14:00 ;; 7200 ;; week ;; count incidents | team=team-money ;; How many incidents has the money team had this week?
b: = ;; +10m ;; = ;; count incidents | team=team-residents ;; How many incidents has the residents team had this week?
=: miss ;; sibling team
a: eleni ;; 2024-03-22 12:00 ;; 3600 ;; today ;; count alerts | ns=money ;; Could you kindly count today's alerts in the money namespace?
b: = ;; +5m ;; = ;; count alerts | svc=session-api ;; Could you kindly count today's alerts for the parking timer?
=: partial ;; nested: session-api runs in ns money
a: rodrigo ;; 2024-03-22 13:00 ;; 3600 ;; last:6h ;; list alerts | region=eu-south-1 ;; Hello, the alerts in eu-south-1 last 6 hours?
b: = ;; +5m ;; = ;; list alerts | cluster=prod-eus1-a ;; Hello, the alerts in prod-eus1-a last 6 hours?
=: partial ;; nested: cluster inside region
a: memo ;; 2024-03-22 15:00 ;; 3600 ;; last:1h ;; count alerts | cluster=prod-eus1-a ;; alerts on prod-eus1-a last hr?
b: = ;; +5m ;; = ;; count alerts | cluster=prod-eus1-b ;; alerts on prod-eus1-b last hr?
=: miss ;; sibling cluster
a: jiwoo ;; 2024-03-22 17:00 ;; 1800 ;; last:1h ;; value metric:cpu rate | cluster=prod-eus1-b ;; `sum(rate(container_cpu_usage_seconds_total{cluster="prod-eus1-b"}[5m]))` last 1h
b: = ;; +5m ;; = ;; value metric:cpu rate | host=eus1b-n01 ;; `sum(rate(container_cpu_usage_seconds_total{cluster="prod-eus1-b",instance="eus1b-n01"}[5m]))` last 1h
=: partial ;; nested: host inside cluster
a: farah ;; 2024-03-22 12:00 ;; 3600 ;; abs:2024-03-22T00:00Z/2024-03-22T06:00Z ;; count alerts | region=me-central-1 ;; Please count alerts in region me-central-1 between 2024-03-22T00:00Z and 2024-03-22T06:00Z.
b: = ;; +10m ;; = ;; count alerts | region=eu-south-1 ;; Please count alerts in region eu-south-1 between 2024-03-22T00:00Z and 2024-03-22T06:00Z.
=: miss ;; sibling region
a: nurul ;; 2024-03-22 13:00 ;; 1800 ;; last:1h ;; list alerts | host=eus1a-n03 ;; alerts eus1a-n03 1h
b: = ;; +3m ;; = ;; list alerts | host=eus1a-n02 ;; alerts eus1a-n02 1h
=: miss ;; sibling host
a: kiana ;; 2024-03-25 11:00 ;; 3600 ;; last:24h ;; count metric:requests | svc=permit-portal code=5xx ;; 5xx permit-portal 24h
b: = ;; +5m ;; = ;; count metric:requests | svc=permit-portal code=5xx ep=/v1/renewals ;; 5xx permit-portal /v1/renewals 24h
=: partial ;; nested: one endpoint of the service
a: dario ;; 2024-03-25 14:00 ;; 7200 ;; week ;; count alerts | env=prod ;; How many production alerts this week?
b: = ;; +10m ;; = ;; count alerts | env=prod region=eu-south-1 ;; How many production alerts this week in the Milan region?
=: partial ;; nested: prod-eu inside prod
a: eleni ;; 2024-03-25 15:00 ;; 3600 ;; last:6h ;; value metric:latency p95 | svc=permit-portal ep=/v1/renewals ;; Could you kindly tell me the p95 latency of /v1/renewals on the resident portal over the last 6 hours?
b: = ;; +5m ;; = ;; value metric:latency p95 | svc=permit-portal ep=/v1/applications ;; And the p95 latency of /v1/applications on the resident portal over the last 6 hours?
=: miss ;; sibling endpoint
a: rodrigo ;; 2024-03-25 17:00 ;; 3600 ;; last:24h ;; count alerts | svc=meter-gateway region=sa-east-1 ;; Hello, how many alerts of the meters in sa-east-1 in last 24 hours?
b: = ;; +5m ;; = ;; count alerts | svc=meter-gateway ;; And the meters alerts in all regions, last 24 hours?
=: partial ;; nested: one region inside all
a: memo ;; 2024-03-25 16:00 ;; 3600 ;; last:1h ;; list metric:memory max | ns=vision thr=gt80 ;; which vision pods over 80% mem last hr
b: = ;; +5m ;; = ;; list metric:memory max | ns=vision thr=gt90 ;; which vision pods over 90% mem last hr
=: partial ;; nested threshold: >90 inside >80
a: jiwoo ;; 2024-03-25 15:00 ;; 1800 ;; last:1h ;; list metric:cpu rate | ns=money thr=gt80 ;; pods in `namespace="money"` with cpu above 80% of limit, last 1h
b: = ;; +5m ;; = ;; list metric:cpu rate | ns=money thr=lt20 ;; pods in `namespace="money"` with cpu below 20% of limit, last 1h
=: miss ;; above vs below
a: farah ;; 2024-03-25 13:00 ;; 3600 ;; abs:2024-03-18T00:00Z/2024-03-25T00:00Z ;; list deploys | ns=residents ;; Please list deployments to namespace residents between 2024-03-18T00:00Z and 2024-03-25T00:00Z.
b: = ;; +10m ;; = ;; list deploys | ns=vision ;; Please list deployments to namespace vision between 2024-03-18T00:00Z and 2024-03-25T00:00Z.
=: miss ;; sibling namespace
a: nurul ;; 2024-03-25 14:00 ;; 1800 ;; last:6h ;; count alerts | env=staging ;; stg alerts 6h
b: = ;; +3m ;; = ;; count alerts | env=prod ;; prod alerts 6h
=: miss ;; staging vs prod
a: kiana ;; 2024-03-26 09:00 ;; 3600 ;; last:12h ;; count k8s_events | cluster=prod-mec1-a ;; k8s events prod-mec1-a 12h
b: = ;; +5m ;; = ;; count k8s_events | ns=money cluster=prod-mec1-a ;; k8s events ns money prod-mec1-a 12h
=: partial ;; nested: one namespace of the cluster
a: dario ;; 2024-03-26 11:00 ;; 7200 ;; month ;; count incidents | team=team-vision ;; How many incidents has the vision team had this month?
b: = ;; +10m ;; = ;; count incidents | svc=garage-gate ;; How many incidents has the barrier service had this month?
=: partial ;; nested: team-vision owns garage-gate
a: eleni ;; 2024-03-26 13:00 ;; 3600 ;; today ;; list alerts | ns=curb-edge ;; Could you please list today's alerts in the curb-edge namespace?
b: = ;; +5m ;; = ;; list alerts | svc=garage-gate ;; Could you please list today's alerts for gatekeeper?
=: partial ;; nested: garage-gate runs in curb-edge
a: rodrigo ;; 2024-03-26 15:00 ;; 3600 ;; today ;; list alerts | ns=curb-edge ;; Hello, the alerts of namespace curb-edge today?
b: = ;; +5m ;; = ;; list alerts | ns=enforcement ;; Hello, the alerts of namespace enforcement today?
=: miss ;; sibling namespace
a: memo ;; 2024-03-26 17:00 ;; 3600 ;; last:2h ;; count metric:requests | svc=pay-hub ep=/v1/authorize code=5xx ;; 5xx on wallet-core /v1/authorize last 2h?
b: = ;; +5m ;; = ;; count metric:requests | svc=pay-hub code=5xx ;; 5xx on wallet-core overall last 2h?
=: partial ;; nested: endpoint inside service
a: jiwoo ;; 2024-03-26 16:00 ;; 1800 ;; last:30m ;; value metric:latency p95 | svc=pay-hub ep=/v1/* ;; p95 of pay-hub `endpoint=~"/v1/.*"` last 30m
b: = ;; +3m ;; = ;; value metric:latency p95 | svc=pay-hub ep=/v1/authorize ;; p95 of pay-hub `endpoint="/v1/authorize"` last 30m
=: partial ;; nested endpoint
a: farah ;; 2024-03-26 14:00 ;; 3600 ;; abs:2024-03-26T00:00Z/2024-03-26T08:00Z ;; count alerts | sev=critical env=prod ;; Please count critical alerts across all production clusters between 2024-03-26T00:00Z and 2024-03-26T08:00Z.
b: = ;; +10m ;; = ;; count alerts | sev=critical cluster=prod-mec1-a ;; Please count critical alerts for cluster prod-mec1-a between 2024-03-26T00:00Z and 2024-03-26T08:00Z.
=: partial ;; nested: one prod cluster
a: nurul ;; 2024-03-26 12:00 ;; 1800 ;; last:1h ;; value metric:disk_iops rate | cluster=prod-sae1-a ;; disk iops prod-sae1-a 1h
b: = ;; +3m ;; = ;; value metric:disk_iops rate | host=sae1a-n02 ;; disk iops sae1a-n02 1h
=: partial ;; nested host
a: kiana ;; 2024-03-27 13:00 ;; 3600 ;; last:24h ;; count alerts | svc=plate-reader cluster=prod-mec1-a ;; lpr alerts mec1 24h
b: = ;; +5m ;; = ;; count alerts | svc=plate-reader cluster=prod-sae1-a ;; lpr alerts sae1 24h
=: miss ;; sibling cluster
a: dario ;; 2024-03-27 15:00 ;; 7200 ;; week ;; count alerts | team=team-money sev=critical ;; How many critical alerts has team-money had this week?
b: = ;; +10m ;; = ;; count alerts | team=team-money region=me-central-1 sev=critical ;; And how many of team-money's critical alerts this week were in the UAE region?
=: partial ;; nested region
a: eleni ;; 2024-03-27 14:00 ;; 3600 ;; last:24h ;; list alerts | svc=permit-portal env=staging ;; Could you kindly list the staging alerts of the resident portal in the last 24 hours?
b: = ;; +5m ;; = ;; list alerts | svc=permit-portal env=prod ;; Could you kindly list the production alerts of the resident portal in the last 24 hours?
=: miss ;; staging vs production
a: rodrigo ;; 2024-03-27 11:00 ;; 3600 ;; last:2h ;; count alerts | svc=enforce-app region=sa-east-1 ;; Hello, how many alerts of citations in the Brazil region last 2 hours?
b: = ;; +5m ;; = ;; = ;; enforce-app alerts count in sa-east-1, past 2 hours
=: hit ;; Brazil region = sa-east-1; citations = enforce-app
a: memo ;; 2024-03-27 15:00 ;; 3600 ;; last:1h ;; list alerts | region=me-central-1 ;; alerts in me-central-1 last hr
b: = ;; +5m ;; = ;; = ;; uae region alerts past hr
=: hit ;; uae region = me-central-1
a: jiwoo ;; 2024-03-27 13:00 ;; 1800 ;; last:1h ;; count alerts | alert=NodeDiskIOSaturated host=eus1a-n03 ;; `ALERTS{alertname="NodeDiskIOSaturated",instance="eus1a-n03"}` last 1h count
b: = ;; +5m ;; = ;; count alerts | alert=NodeDiskIOSaturated cluster=prod-eus1-a ;; `ALERTS{alertname="NodeDiskIOSaturated",cluster="prod-eus1-a"}` last 1h count
=: partial ;; nested: host inside cluster
a: farah ;; 2024-03-27 11:00 ;; 3600 ;; abs:2024-03-27T00:00Z/2024-03-27T06:00Z ;; list k8s_events | ns=vision cluster=prod-eus1-a ;; Please list Kubernetes events for namespace vision in cluster prod-eus1-a between 2024-03-27T00:00Z and 2024-03-27T06:00Z.
b: = ;; +10m ;; = ;; list k8s_events | ns=vision cluster=stg-eus1 ;; Please list Kubernetes events for namespace vision in cluster stg-eus1 between 2024-03-27T00:00Z and 2024-03-27T06:00Z.
=: miss ;; sibling cluster
a: nurul ;; 2024-03-27 15:00 ;; 1800 ;; last:6h ;; count alerts | team=team-curb ;; team-curb alerts 6h
b: = ;; +3m ;; = ;; count alerts | team=team-vision ;; team-vision alerts 6h
=: miss ;; sibling team
a: kiana ;; 2024-03-28 10:00 ;; 3600 ;; last:24h ;; list metric:latency p95 | svc=session-api thr=gt0.8 ;; session-api endpoints p95 >800ms 24h
b: = ;; +5m ;; = ;; list metric:latency p95 | svc=session-api thr=gt0.5 ;; session-api endpoints p95 >500ms 24h
=: partial ;; nested threshold: >800ms inside >500ms
a: dario ;; 2024-03-28 12:00 ;; 7200 ;; week ;; count incidents | region=eu-south-1 ;; How many incidents have touched the Milan region this week?
b: = ;; +10m ;; = ;; count incidents | region=eu-south-1 env=prod ;; How many incidents this week in Milan production only?
=: partial ;; nested: region includes staging
a: eleni ;; 2024-03-28 11:00 ;; 3600 ;; last:6h ;; value metric:error_ratio | svc=garage-gate cluster=prod-mec1-a ;; Would you kindly check the error rate of garage-gate on prod-mec1-a over the last 6 hours?
b: = ;; +5m ;; = ;; value metric:error_ratio | svc=garage-gate cluster=prod-eus1-b ;; Would you kindly check the error rate of garage-gate on prod-eus1-b over the last 6 hours?
=: miss ;; sibling cluster
a: rodrigo ;; 2024-03-28 15:00 ;; 3600 ;; today ;; list alerts | ns=money region=sa-east-1 ;; Hello, the alerts of namespace money in sa-east-1 today?
b: = ;; +5m ;; = ;; list alerts | svc=pay-hub region=sa-east-1 ;; And only of the payments in sa-east-1 today?
=: partial ;; nested: pay-hub inside ns money
a: memo ;; 2024-03-28 12:00 ;; 1800 ;; last:1h ;; count metric:requests | svc=session-api ep=/v1/sessions/start code=5xx ;; 5xx on park-svc /v1/sessions/start last hr
b: = ;; +5m ;; = ;; count metric:requests | svc=session-api ep=/v1/sessions/stop code=5xx ;; 5xx on park-svc /v1/sessions/stop last hr
=: miss ;; sibling endpoint
a: jiwoo ;; 2024-03-28 14:00 ;; 1800 ;; last:1h ;; list metric:memory max | ns=vision thr=gt85 ;; pods in `namespace="vision"` above 85% memory last 1h
b: = ;; +5m ;; = ;; list metric:memory max | ns=vision thr=lt85 ;; pods in `namespace="vision"` below 85% memory last 1h
=: miss ;; above vs below
a: farah ;; 2024-03-28 10:00 ;; 3600 ;; abs:2024-03-27T00:00Z/2024-03-28T00:00Z ;; count alerts | region=sa-east-1 sev=warning ;; Please provide the number of warning alerts in region sa-east-1 between 2024-03-27T00:00Z and 2024-03-28T00:00Z.
b: = ;; +10m ;; = ;; = ;; Kindly report the count of warning-severity alerts for the São Paulo region, 2024-03-27T00:00Z to 2024-03-28T00:00Z.
=: hit ;; São Paulo region = sa-east-1
a: nurul ;; 2024-03-28 16:00 ;; 1800 ;; last:24h ;; count alerts | team=team-vision ;; team-vision alerts 24h
b: = ;; +3m ;; = ;; count alerts | ns=vision ;; vision ns alerts 24h
=: partial ;; nested: ns vision holds only plate-reader, team-vision also owns garage-gate
a: kiana ;; 2024-03-29 09:00 ;; 3600 ;; last:12h ;; count alerts | cluster=stg-eus1 ;; alerts stg-eus1 12h
b: = ;; +5m ;; = ;; count alerts | env=prod ;; alerts prod 12h
=: miss ;; staging cluster vs prod
a: dario ;; 2024-03-29 14:00 ;; 7200 ;; week ;; count deploys | team=team-curb ;; How many deployments has the curb team made this week?
b: = ;; +10m ;; = ;; count deploys | svc=enforce-app ;; How many of this week's deployments were to the enforcement backend?
=: partial ;; nested: team-curb owns enforce-app
a: eleni ;; 2024-03-29 13:00 ;; 3600 ;; today ;; list alerts | svc=permit-portal host=eus1b-n02 ;; Could you kindly list today's zonepass alerts on node eus1b-n02?
b: = ;; +5m ;; = ;; list alerts | svc=permit-portal host=mec1a-n01 ;; Could you kindly list today's zonepass alerts on node mec1a-n01?
=: miss ;; sibling host
a: rodrigo ;; 2024-03-29 14:00 ;; 3600 ;; last:6h ;; count alerts | svc=meter-gateway env=prod ;; Hello, how many alerts of meter-gateway in prod last 6 hours?
b: = ;; +5m ;; = ;; = ;; The meters alerts in production, last 6 hours, how many?
=: hit ;; prod = production
a: memo ;; 2024-03-29 15:00 ;; 3600 ;; last:2h ;; value metric:latency p99 | svc=session-api region=me-central-1 ;; sessions p99 in uae last 2h?
b: = ;; +5m ;; = ;; value metric:latency p99 | svc=session-api region=eu-south-1 ;; sessions p99 in milan last 2h?
=: miss ;; sibling region
a: jiwoo ;; 2024-04-01 09:00 ;; 1800 ;; last:1h ;; count metric:requests | svc=pay-hub ep=/v1/* code=5xx ;; 5xx of pay-hub `endpoint=~"/v1/.*"` last 1h
b: = ;; +5m ;; = ;; count metric:requests | svc=pay-hub ep=/v2/* code=5xx ;; 5xx of pay-hub `endpoint=~"/v2/.*"` last 1h
=: miss ;; sibling endpoint prefix
a: farah ;; 2024-04-01 10:00 ;; 3600 ;; abs:2024-04-01T00:00Z/2024-04-01T05:00Z ;; list alerts | ns=money sev=critical ;; Please list critical alerts in namespace money between 2024-04-01T00:00Z and 2024-04-01T05:00Z.
b: = ;; +10m ;; = ;; = ;; Provide the list of critical-severity alerts for the money namespace, 2024-04-01T00:00Z to 05:00Z.
=: hit ;; same scope reworded
a: nurul ;; 2024-04-01 11:00 ;; 1800 ;; last:6h ;; count alerts | host=mec1a-n01 ;; alerts mec1a-n01 6h
b: = ;; +3m ;; = ;; count alerts | cluster=prod-mec1-a ;; alerts prod-mec1-a 6h
=: partial ;; nested: host inside cluster
a: kiana ;; 2024-04-02 08:00 ;; 3600 ;; last:24h ;; count alerts | svc=garage-gate ;; gates alerts 24h
b: = ;; +5m ;; = ;; count alerts | team=team-vision ;; team-vision alerts 24h
=: partial ;; nested: garage-gate inside team-vision
a: dario ;; 2024-04-02 15:00 ;; 7200 ;; month ;; count incidents | env=prod ;; How many production incidents so far this month?
b: = ;; +10m ;; = ;; count incidents | env=prod sev=critical ;; How many critical production incidents so far this month?
=: partial ;; nested severity
"""

# ---------------------------------------------------------------------------
# engine: parsing the hand-typed rows, resolving ranges, re-deriving labels
# ---------------------------------------------------------------------------
import json, re, sys, itertools
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

UTC = timezone.utc


class Refuse(Exception):
    pass


def zone_of(voice):
    return VOICES[voice][0]


def parse_at(text, tzname, base=None):
    """local wall time 'YYYY-MM-DD HH:MM' (optionally with explicit offset for
    ambiguous hours) or '+NNm/+Nh/+Nd' relative to base (an aware UTC dt)."""
    tz = ZoneInfo(tzname)
    text = text.strip()
    m = re.fullmatch(r"\+(\d+)([mhd])", text)
    if m:
        n, u = int(m.group(1)), m.group(2)
        d = {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[u]
        return base + d
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\d\d:\d\d)([+-]\d\d:\d\d)?", text)
    if not m:
        raise Refuse("bad time %r" % text)
    naive = datetime.fromisoformat(m.group(1) + "T" + m.group(2))
    if m.group(3):
        aware = datetime.fromisoformat(m.group(1) + "T" + m.group(2) + m.group(3))
        real = aware.astimezone(tz)
        if real.replace(tzinfo=None) != naive:
            raise Refuse("offset %s not real for %s at %s" % (m.group(3), tzname, text))
        return aware.astimezone(UTC)
    return wall(naive, tz)


def wall(naive, tz):
    """a local wall time that must exist exactly once"""
    a = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    b = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if a != b:
        raise Refuse("ambiguous wall time %s in %s" % (naive, tz))
    if a.astimezone(tz).replace(tzinfo=None) != naive:
        raise Refuse("non-existent wall time %s in %s" % (naive, tz))
    return a


def day_start(d, tz):
    return wall(datetime(d.year, d.month, d.day), tz)


def day_len_hours(d, tz):
    return (day_start(d + timedelta(days=1), tz) - day_start(d, tz)).total_seconds() / 3600


UNITS = {"m": 60, "h": 3600, "d": 86400}
ZONE_WORDS = {"UTC": "UTC", "Z": "UTC"}


def resolve(key, t, tzname):
    """returns (start_utc, end_utc, rolling) for a range key, asked at t (UTC)"""
    tz = ZoneInfo(tzname)
    loc = t.astimezone(tz)
    today = loc.date()
    k = key.strip()
    m = re.fullmatch(r"last:(\d+(?:\.\d+)?)([mhd])", k)
    if m:
        return t - timedelta(seconds=float(m.group(1)) * UNITS[m.group(2)]), t, True
    if k == "now":
        return t - timedelta(minutes=5), t, True
    if k == "today":
        return day_start(today, tz), t, False
    if k == "yesterday":
        y = today - timedelta(days=1)
        return day_start(y, tz), day_start(today, tz), False
    m = re.fullmatch(r"day:(\d{4}-\d\d-\d\d)", k)
    if m:
        d = date.fromisoformat(m.group(1))
        if d >= today:
            raise Refuse("named day not in the past")
        return day_start(d, tz), day_start(d + timedelta(days=1), tz), False
    if k in ("morning", "afternoon"):
        h0, h1 = (6, 12) if k == "morning" else (12, 18)
        s = wall(datetime(today.year, today.month, today.day, h0), tz)
        e = wall(datetime(today.year, today.month, today.day, h1), tz)
        if t <= s:
            raise Refuse("%s asked before it began" % k)
        return s, min(t, e), False
    if k == "lastnight":
        y = today - timedelta(days=1)
        s = wall(datetime(y.year, y.month, y.day, 22), tz)
        e = wall(datetime(today.year, today.month, today.day, 6), tz)
        if t < e:
            raise Refuse("last night asked before 06:00")
        return s, e, False
    if k == "week":
        mon = today - timedelta(days=today.weekday())
        return day_start(mon, tz), t, False
    if k == "month":
        return day_start(today.replace(day=1), tz), t, False
    if k == "weekend":
        if today.weekday() != 0:
            raise Refuse("weekend only asked on Monday")
        return day_start(today - timedelta(days=2), tz), day_start(today, tz), False
    m = re.fullmatch(r"since:(\d\d):(\d\d)(@-1)?", k)
    if m:
        d = today - timedelta(days=1) if m.group(3) else today
        s = wall(datetime(d.year, d.month, d.day, int(m.group(1)), int(m.group(2))), tz)
        if s >= t:
            raise Refuse("since in the future")
        return s, t, False
    m = re.fullmatch(r"since:(\d{4}-\d\d-\d\d)(?:T(\d\d):(\d\d))?", k)
    if m:
        d = date.fromisoformat(m.group(1))
        hh, mm = (int(m.group(2)), int(m.group(3))) if m.group(2) else (0, 0)
        s = wall(datetime(d.year, d.month, d.day, hh, mm), tz)
        return s, t, False
    m = re.fullmatch(r"clock:(\d\d):(\d\d)-(\d\d):(\d\d)(?:@([A-Za-z_/]+))?(@-1)?", k)
    if m:
        ztz = ZoneInfo(ZONE_WORDS.get(m.group(5), m.group(5))) if m.group(5) else tz
        d = t.astimezone(ztz).date()
        if m.group(6):
            d = d - timedelta(days=1)
        s = wall(datetime(d.year, d.month, d.day, int(m.group(1)), int(m.group(2))), ztz)
        e = wall(datetime(d.year, d.month, d.day, int(m.group(3)), int(m.group(4))), ztz)
        if e <= s:   # crosses midnight: starts the day before
            s = wall(datetime(d.year, d.month, d.day, int(m.group(1)), int(m.group(2))) - timedelta(days=1), ztz)
        if e > t:
            raise Refuse("clock range ends in the future: %s" % key)
        return s, e, False
    m = re.fullmatch(r"abs:(\S+)/(\S+)", k)
    if m:
        s = datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).astimezone(UTC)
        e = datetime.fromisoformat(m.group(2).replace("Z", "+00:00")).astimezone(UTC)
        if e > t:
            raise Refuse("absolute range ends in the future")
        return s, e, False
    raise Refuse("unknown range key %r" % key)


# ---- substance ------------------------------------------------------------
OWN_KEYS = ("svc", "team", "ns")
LOC_KEYS = ("env", "region", "cluster", "host")


def parse_sem(s):
    head, _, filt = s.partition("|")
    parts = head.split()
    if len(parts) not in (2, 3):
        raise Refuse("bad sem %r" % s)
    intent, subject = parts[0], parts[1]
    stat = parts[2] if len(parts) == 3 else None
    if intent not in INTENTS:
        raise Refuse("unknown intent %r" % intent)
    if subject not in SUBJECTS:
        raise Refuse("unknown subject %r" % subject)
    if stat is not None and stat not in STATS:
        raise Refuse("unknown statistic %r" % stat)
    f = {}
    for tok in filt.split():
        k, _, v = tok.partition("=")
        if k not in FILTER_KEYS:
            raise Refuse("unknown filter key %r" % k)
        f[k] = v
    return {"intent": intent, "subject": subject, "stat": stat, "f": f}


def own_set(f):
    sets = []
    for k in OWN_KEYS:
        if k in f:
            s = set()
            neg = f[k].startswith("!")
            for v in f[k].lstrip("!").split(","):
                if k == "svc":
                    if v not in SERVICES:
                        raise Refuse("unknown service %r" % v)
                    s.add(v)
                elif k == "team":
                    s |= {x for x, d in SERVICES.items() if d["team"] == v}
                else:
                    s |= {x for x, d in SERVICES.items() if d["ns"] == v}
            if neg:
                s = set(SERVICES) - s
            if not s:
                raise Refuse("empty scope %s=%s" % (k, f[k]))
            sets.append(s)
    if not sets:
        return None
    r = set(SERVICES)
    for s in sets:
        r &= s
    return r


def loc_set(f):
    sets = []
    for k in LOC_KEYS:
        if k in f:
            s = set()
            neg = f[k].startswith("!")
            for v in f[k].lstrip("!").split(","):
                for cl, d in CLUSTERS.items():
                    if (k == "cluster" and cl == v) or (k == "region" and d["region"] == v) or \
                       (k == "env" and d["env"] == v):
                        s |= set(d["hosts"])
                    if k == "host" and v in d["hosts"]:
                        s.add(v)
            if neg:
                s = {h for d in CLUSTERS.values() for h in d["hosts"]} - s
            if not s:
                raise Refuse("empty location %s=%s" % (k, f[k]))
            sets.append(s)
    if not sets:
        return None
    r = set()
    for d in CLUSTERS.values():
        r |= set(d["hosts"])
    for s in sets:
        r &= s
    return r


def cmp_sets(a, b):
    if a is None and b is None:
        return "eq"
    if a is None or b is None:
        return "nested"
    if a == b:
        return "eq"
    if a < b or b < a:
        return "nested"
    if not (a & b):
        return "sibling"
    raise Refuse("partly overlapping scopes %s / %s" % (sorted(a), sorted(b)))


def contains(k, big, small):
    """True if value `big` strictly contains value `small` for key k"""
    if k == "code":
        return big[1:] == "xx" and small[0] == big[0] and small[1:] != "xx"
    if k == "ep":
        return big.endswith("*") and small.startswith(big[:-1]) and small != big
    if k == "thr":
        if big[:2] == small[:2]:
            bv, sv = float(big[2:]), float(small[2:])
            return (bv < sv) if big[:2] == "gt" else (bv > sv)
    return False


def cmp_value(k, x, y):
    if x == y:
        return "eq"
    if x.startswith("!") != y.startswith("!"):
        pos, neg = (x, y[1:]) if y.startswith("!") else (y, x[1:])
        if pos == neg:
            return "complement"
        return "nested"          # "warning" inside "non-critical"
    if k == "thr" and x[:2] != y[:2]:
        return "complement"      # above vs below
    if contains(k, x, y) or contains(k, y, x):
        return "nested"
    return "sibling"


def cmp_filters(fa, fb):
    rels = [cmp_sets(own_set(fa), own_set(fb)), cmp_sets(loc_set(fa), loc_set(fb))]
    keys = (set(fa) | set(fb)) - set(OWN_KEYS) - set(LOC_KEYS)
    for k in sorted(keys):
        if k in fa and k in fb:
            rels.append(cmp_value(k, fa[k], fb[k]))
        else:
            rels.append("nested")
    for r in ("complement", "sibling", "nested"):
        if r in rels:
            return r
    return "eq"


DEFAULT = {"ov": 0.25, "ratio": 31.0, "tolp": 0.15, "tolm": 5.0, "ttl": 1.0, "base": "a"}
NUDGES = {"ov": (0.20, 0.25, 0.30), "ratio": (27.0, 31.0, 35.0), "tolp": (0.1275, 0.15, 0.1725),
          "tolm": (4.25, 5.0, 5.75), "ttl": (0.95, 1.0, 1.05), "base": ("a", "b")}


def decide(A, B, p):
    """A, B: dicts with sem, rng=(s,e,rolling), key, t; A has ttl. returns (label, rule)"""
    sa, sb = A["sem"], B["sem"]
    if sa["subject"] != sb["subject"]:
        return "miss", 1
    rel = cmp_filters(sa["f"], sb["f"])
    if rel in ("sibling", "complement"):
        return "miss", 2
    (s1, e1, r1), (s2, e2, r2) = A["rng"], B["rng"]
    l1, l2 = (e1 - s1).total_seconds(), (e2 - s2).total_seconds()
    if min(l1, l2) <= 0:
        raise Refuse("empty range")
    ov = max(0.0, (min(e1, e2) - max(s1, s2)).total_seconds()) / min(l1, l2)
    ratio = max(l1, l2) / min(l1, l2)
    age = (B["t"] - A["t"]).total_seconds()
    fresh = age <= A["ttl"] * p["ttl"]
    same = rel == "eq" and sa["intent"] == sb["intent"] and sa["stat"] == sb["stat"]
    if ov < p["ov"] or ratio > p["ratio"]:
        if same and r1 and r2 and A["key"] == B["key"] and fresh:
            return "partial", 3
        return "miss", 3
    if sa["intent"] != sb["intent"] or rel == "nested" or sa["stat"] != sb["stat"]:
        return "partial", 4
    base = l1 if p["base"] == "a" else l2
    tol = max(p["tolp"] * base, p["tolm"] * 60)
    within = abs((s1 - s2).total_seconds()) <= tol and abs((e1 - e2).total_seconds()) <= tol
    if fresh and within:
        return "hit", 5
    return "partial", 5


def decide_robust(A, B):
    label, rule = decide(A, B, DEFAULT)
    names = list(NUDGES)
    for combo in itertools.product(*(NUDGES[n] for n in names)):
        p = dict(zip(names, combo))
        l2, _ = decide(A, B, p)
        if l2 != label:
            raise Refuse("label %s flips to %s under %s" % (label, l2, p))
    return label, rule


# ---- parsing the hand-typed blocks ----------------------------------------
def parse_pairs(text):
    out, group = [], None
    lines = [ln.rstrip() for ln in text.splitlines()]
    i = 0
    cur = None
    for ln in lines:
        s = ln.strip()
        if not s or s.startswith("#!"):
            continue
        if s.startswith("## "):
            group = s[3:].strip()
            continue
        tag, _, rest = s.partition(":")
        f = [x.strip() for x in rest.split(";;")]
        if tag == "a":
            if len(f) != 6:
                raise Refuse("bad a-line %r" % s)
            cur = {"group": group, "a": f}
        elif tag == "b":
            if len(f) != 5:
                raise Refuse("bad b-line %r" % s)
            cur["b"] = f
        elif tag == "=":
            if len(f) != 2:
                raise Refuse("bad =-line %r" % s)
            cur["expect"], cur["note"] = f
            out.append(cur)
            cur = None
        else:
            raise Refuse("bad line %r" % s)
    return out


def iso(t, tzname):
    return t.astimezone(ZoneInfo(tzname)).isoformat(timespec="seconds")


def build_pairs():
    rows, info, errors = [], [], []
    for n, r in enumerate(parse_pairs(PAIRS), 1):
        pid = "p24-%04d" % n
        try:
            va, ata, ttl, ka, sema, qa = r["a"]
            vb, atb, kb, semb, qb = r["b"]
            if va not in VOICES:
                raise Refuse("unknown voice %r" % va)
            vb = va if vb == "=" else vb
            if vb not in VOICES:
                raise Refuse("unknown voice %r" % vb)
            tza, tzb = zone_of(va), zone_of(vb)
            ta = parse_at(ata, tza)
            tb = parse_at(atb, tzb, base=ta)
            if tb <= ta:
                raise Refuse("b not after a")
            kb = ka if kb == "=" else kb
            semb = sema if semb == "=" else semb
            A = {"sem": parse_sem(sema), "rng": resolve(ka, ta, tza), "key": ka, "t": ta, "ttl": int(ttl)}
            B = {"sem": parse_sem(semb), "rng": resolve(kb, tb, tzb), "key": kb, "t": tb}
            label, rule = decide_robust(A, B)
            if label != r["expect"]:
                raise Refuse("typed label %s but spec gives %s (rule %d)" % (r["expect"], label, rule))
            if (tza != tzb) != ("cross-zone" in r["note"]):
                raise Refuse("cross-zone pairs (and only those) must say cross-zone in the note")
            if r["group"] not in GROUP_COUNTS:
                raise Refuse("unknown group %r" % r["group"])
        except Refuse as e:
            errors.append("REFUSED %s (%s): %s\n  a: %s\n  b: %s" % (pid, r.get("group"), e, r["a"], r["b"]))
            continue
        rows.append({"id": pid, "group": r["group"], "split": "dev24" if n % 2 else "test24",
                     "expect": label,
                     "a": {"q": qa, "at": iso(ta, tza), "tz": tza, "ttl": int(ttl)},
                     "b": {"q": qb, "at": iso(tb, tzb), "tz": tzb},
                     "note": r["note"]})
        dst = []
        for t, z in ((ta, tza), (tb, tzb)):
            d = t.astimezone(ZoneInfo(z)).date()
            if day_len_hours(d, ZoneInfo(z)) != 24:
                dst.append("%s %s" % (z, d))
        info.append({"id": pid, "rule": rule, "dst": sorted(set(dst)), "cross": tza != tzb})
    if errors:
        raise SystemExit("\n".join(errors) + "\n%d pair(s) refused" % len(errors))
    return rows, info


def build_history():
    rows = []
    for n, ln in enumerate([x for x in HISTORY.splitlines() if x.strip()], 1):
        f = [x.strip() for x in ln.split(";;")]
        if len(f) < 5 or (len(f) - 3) % 2:
            raise SystemExit("bad history line %r" % ln)
        voice, at, q = f[0], f[1], f[2]
        ex = []
        for i in range(3, len(f), 2):
            ds, query = f[i], f[i + 1]
            if ds not in DATASOURCES:
                raise SystemExit("bad datasource in %r" % ln)
            ex.append({"datasource": ds, "query": query})
        tz = zone_of(voice)
        t = parse_at(at, tz)
        rows.append((t, {"id": None, "at": iso(t, tz), "tz": tz, "voice": voice,
                         "question": q, "executed": ex}))
    rows.sort(key=lambda r: r[0])          # ids in time order
    out = []
    for n, (t, r) in enumerate(rows, 1):
        r["id"] = "h24-%03d" % n
        out.append(r)
    return out


def alias_hits(text):
    """aliases (service nicknames/old names/descriptions) used in a text"""
    low = text.lower()
    hits = []
    for svc, names in SERVICES.items():
        for a in names["aliases"]:
            if re.search(r"(?<![a-z0-9_-])" + re.escape(a.lower()) + r"(?![a-z0-9_-])", low):
                hits.append(a)
    return hits


def topology():
    alerts = []
    for svc, d in SERVICES.items():
        for cl in d["clusters"]:
            c = CLUSTERS[cl]
            alerts.append({"service": svc, "team": d["team"], "namespace": d["ns"], "cluster": cl,
                           "region": c["region"], "env": c["env"]})
    for cl, c in CLUSTERS.items():
        for h in c["hosts"]:
            alerts.append({"instance": h, "cluster": cl, "region": c["region"], "env": c["env"]})
    for a in ALERTS:
        alerts.append({"alertname": a[0], "severity": a[1], "expr_threshold": a[2]})
    return {"alerts": alerts}


def build():
    hist = build_history()
    pairs, info = build_pairs()
    aliases = {s: list(d["aliases"]) for s, d in SERVICES.items()}
    return hist, pairs, aliases, topology(), info


def dump_jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    hist, pairs, aliases, topo, info = build()
    for g, c in GROUP_COUNTS.items():
        got = sum(1 for p in pairs if p["group"] == g)
        if got != c:
            raise SystemExit("group %s has %d pairs, want %d" % (g, got, c))
    ndst = sum(1 for i, p in zip(info, pairs) if i["dst"] and p["group"] == "time")
    if ndst < 16:
        raise SystemExit("only %d DST pairs in time group" % ndst)
    with open("history.jsonl", "w") as f:
        f.write(dump_jsonl(hist))
    with open("pairs.jsonl", "w") as f:
        f.write(dump_jsonl(pairs))
    with open("aliases.json", "w") as f:
        json.dump(aliases, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open("topology.json", "w") as f:
        json.dump(topo, f, indent=1, ensure_ascii=False)
        f.write("\n")
    if "--stats" in sys.argv:
        from collections import Counter
        print(Counter((p["group"], p["expect"]) for p in pairs))
        print(Counter(p["expect"] for p in pairs), Counter(p["split"] for p in pairs))
        print("dst pairs:", [(i["id"], i["dst"]) for i in info if i["dst"]])
        print("cross-zone:", [i["id"] for i in info if i["cross"]])
        print("rules:", Counter(i["rule"] for i in info))
    print("wrote %d history rows, %d pairs" % (len(hist), len(pairs)))


if __name__ == "__main__":
    main()
