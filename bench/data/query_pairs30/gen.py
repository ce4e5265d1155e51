#!/usr/bin/env python3
"""Writer 30 (Purlwise): builds history.jsonl and pairs.jsonl from hand-typed data.

Every question, local time, TTL, meaning annotation and expected label below is typed by hand.
gen.py resolves both ranges in the asker's zone (engine.resolve), re-derives each label from spec.md's
rules (engine.label, first rule that applies) and refuses to write if a typed label disagrees or if the
label flips when the spec's numbers are nudged (engine.robust_label).

Meaning annotation ("sem"): "<intent> <subject> key=value ... @ <time phrase>".
The time phrase must appear verbatim in the question; a leading "~" marks a normalised reading
of slang/implicit time ("~now" for "rn", "is X up").
"""
import json
import sys
from datetime import timedelta

import engine as E

VOICES = {
    # key: (IANA zone, who, style)
    "terse":     ("Europe/Tallinn",     "Kaarel, SRE (storefront on-call)",   "terse shorthand"),
    "nonnative": ("Europe/Zagreb",      "Ivana, backend dev (makers)",        "non-native English"),
    "polite":    ("Australia/Tasmania", "Meredith, support lead",             "very polite"),
    "manager":   ("Asia/Shanghai",      "Wei, engineering manager",           "manager prose"),
    "promql":    ("Europe/Copenhagen",  "Mads, observability engineer",       "pastes PromQL/LogQL"),
    "formal":    ("Atlantic/Bermuda",   "Ellis, compliance/ops analyst",      "formal, ISO/UTC timestamps"),
    "slang":     ("NZ-CHAT",            "Tama, night-shift ops (Chatham Is.)", "typos and chat slang"),
    "lower":     ("Australia/North",    "Jess, platform engineer (Darwin)",   "lowercase one-liners"),
}

# ============================================================== Part 1: the org's question history
# (voice, local time 2025-MM-DD HH:MM, question as typed, [(datasource, query the helper ran)])
H = [
 ("terse", "02-28 09:12", "till 5xx last 1h?",
  [("prometheus", 'sum(rate(http_requests_total{service="checkout-svc",code=~"5.."}[5m]))')]),
 ("formal", "02-28 08:40", "Please list all critical alerts firing for dyelot-tracker as of 2025-02-28T12:30Z.",
  [("alertmanager", 'service="dyelot-tracker",severity="critical",state="firing"')]),
 ("slang", "03-01 10:05", "yo is postie sending stuff rn? feels slow af",
  [("prometheus", 'sum(rate(parcel_notifier_emails_sent_total{service="parcel-notifier"}[5m]))')]),
 ("lower", "03-01 08:30", "any crashloops for mailbird",
  [("kubernetes", 'namespace=fulfil app=parcel-notifier reason=BackOff since=1h')]),
 ("terse", "03-01 13:00", "postie bounces 24h",
  [("prometheus", 'sum(increase(parcel_notifier_bounces_total{service="parcel-notifier"}[24h]))')]),
 ("manager", "03-02 14:00", "Can you give me a summary of incidents affecting checkout over the past week, with how many were SEV1?",
  [("incidents", 'service="checkout-svc" since=7d'), ("incidents", 'service="checkout-svc",severity="SEV1" since=7d')]),
 ("promql", "03-02 11:20", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m]))) -- is this above 800ms over the last 6h?',
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m])))')]),
 ("lower", "03-02 09:10", "deploys to skeinbase this week",
  [("argocd", 'app=yarn-catalog since=2025-02-24T00:00+09:30')]),
 ("nonnative", "03-03 09:45", "Hello, the chartbox is giving error when customers download pdf, can you see the logs from this morning?",
  [("loki", '{namespace="shop", app="pattern-store"} |= "error" |~ "(?i)pdf"')]),
 ("polite", "03-03 10:15", "Good morning! Would you mind checking whether the catalogue had any deploys yesterday? Thank you so much.",
  [("argocd", 'app=yarn-catalog since=2025-03-02T00:00+11:00 until=2025-03-03T00:00+11:00')]),
 ("terse", "03-03 16:02", "node mem euw1 prod >90%?",
  [("prometheus", '1 - node_memory_MemAvailable_bytes{cluster="purl-euw1-prod"} / node_memory_MemTotal_bytes{cluster="purl-euw1-prod"} > 0.9')]),
 ("formal", "03-03 07:10", "Report the count of HighErrorRate alerts for stitch-gateway between 2025-03-02T00:00Z and 2025-03-03T00:00Z.",
  [("alertmanager", 'alertname="HighErrorRate",service="stitch-gateway" from=2025-03-02T00:00Z to=2025-03-03T00:00Z')]),
 ("slang", "03-04 09:30", "whats up w/ the vats queue lol its huge",
  [("prometheus", 'sum(dyelot_queue_depth{service="dyelot-tracker"})')]),
 ("lower", "03-04 11:00", "certs expiring soon?",
  [("alertmanager", 'alertname="CertExpiringSoon",state="firing"')]),
 ("manager", "03-04 17:30", "Which storefront service had the most alerts last week - the catalogue, the finder or the front door? I'd like a ranking for the ops review.",
  [("alertmanager", 'service=~"yarn-catalog|swatch-search|stitch-gateway" since=7d group_by=service sort=count_desc')]),
 ("promql", "03-04 09:55", '{namespace="fulfil", app="checkout-svc"} |= "payment declined" -- since midnight?',
  [("loki", 'sum(count_over_time({namespace="fulfil", app="checkout-svc"} |= "payment declined" [1h]))')]),
 ("promql", "03-05 13:05", '{namespace="fulfil", app="parcel-notifier"} |= "bounce" -- how many lines since 9am?',
  [("loki", 'sum(count_over_time({namespace="fulfil", app="parcel-notifier"} |= "bounce" [4h]))')]),
 ("nonnative", "03-05 15:20", "Please, is the finder slow today? Customers say search take long time.",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m])))')]),
 ("polite", "03-06 09:00", "Hi there, could you possibly tell me whether any pods of the catalogue were OOMKilled overnight? Many thanks.",
  [("kubernetes", 'namespace=shop app=yarn-catalog reason=OOMKilling since=2025-03-05T22:00+11:00')]),
 ("terse", "03-06 10:40", "sg p99 24h",
  [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="stitch-gateway"}[5m])))')]),
 ("formal", "03-06 12:00", "Provide the list of incidents with status acknowledged for checkout-svc, as of 2025-03-06T16:00Z.",
  [("incidents", 'service="checkout-svc",status="acknowledged"')]),
 ("nonnative", "03-06 16:30", "Please tell me top 3 endpoints with most errors on till in last 2 hours.",
  [("prometheus", 'topk(3, sum by (endpoint) (rate(http_requests_total{service="checkout-svc",code=~"5.."}[5m])))')]),
 ("slang", "03-07 08:15", "did basket-api get deployed again?? smth broke",
  [("argocd", 'app=checkout-svc since=24h')]),
 ("lower", "03-07 13:45", "disk latency on use2-prod-n02",
  [("prometheus", 'rate(node_disk_read_time_seconds_total{instance="use2-prod-n02"}[5m]) / rate(node_disk_reads_completed_total{instance="use2-prod-n02"}[5m])')]),
 ("manager", "03-07 16:10", "How did the front door hold up during yesterday's promo? Error rate and latency please.",
  [("prometheus", 'sum(rate(http_requests_total{service="stitch-gateway",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="stitch-gateway"}[5m]))'),
   ("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="stitch-gateway"}[5m])))')]),
 ("promql", "03-08 10:30", 'sum by (code) (rate(http_requests_total{service="checkout-svc"}[5m])) -- breakdown for last 30m',
  [("prometheus", 'sum by (code) (rate(http_requests_total{service="checkout-svc"}[5m]))')]),
 ("nonnative", "03-08 11:00", "The lotkeeper have warning alerts from the weekend? I am not sure if it is still firing.",
  [("alertmanager", 'service="dyelot-tracker",severity="warning" since=2025-03-08T00:00+01:00')]),
 ("formal", "03-08 14:00", "State whether any critical alerts fired for swatch-search in region ap-southeast-2 between 2025-03-08T00:00Z and 2025-03-08T12:00Z.",
  [("alertmanager", 'service="swatch-search",region="ap-southeast-2",severity="critical" from=2025-03-08T00:00Z to=2025-03-08T12:00Z')]),
 ("polite", "03-08 18:10", "Could you kindly check the cpu usage for chartbox this evening? Thank you!",
  [("prometheus", 'sum(rate(container_cpu_usage_seconds_total{namespace="shop",container="pattern-store"}[5m]))')]),
 ("polite", "03-09 08:20", "Sorry to bother you on a Sunday - is the PDF shop healthy right now?",
  [("prometheus", 'up{service="pattern-store"}'),
   ("prometheus", 'sum(rate(http_requests_total{service="pattern-store",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="pattern-store"}[5m]))')]),
 ("formal", "03-09 09:30", "State the number of PodCrashLooping alerts for parcel-notifier (mailbird) in cluster purl-use2-prod since 2025-03-09T00:00Z.",
  [("alertmanager", 'alertname="PodCrashLooping",service="parcel-notifier",cluster="purl-use2-prod" since=2025-03-09T00:00Z')]),
 ("terse", "03-09 19:00", "sg deploys stg today",
  [("argocd", 'app=stitch-gateway cluster=purl-euw1-stg since=2025-03-09T00:00+02:00')]),
 ("slang", "03-10 07:50", "mailbird bouncing emails again?? pls check",
  [("prometheus", 'sum(rate(parcel_notifier_bounces_total{service="parcel-notifier"}[15m]))')]),
 ("lower", "03-10 10:10", "p95 latency skeinbase last 2h",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="yarn-catalog"}[5m])))')]),
 ("manager", "03-10 15:30", "I'd like to understand the trend of payment failures on the checkout service since the start of the month.",
  [("prometheus", 'sum(rate(checkout_payment_failures_total{service="checkout-svc"}[1h]))')]),
 ("promql", "03-11 09:00", 'rate(kube_pod_container_status_restarts_total{namespace="edge", container="stitch-gateway"}[15m]) > 0 -- which pods?',
  [("prometheus", 'rate(kube_pod_container_status_restarts_total{namespace="edge",container="stitch-gateway"}[15m]) > 0')]),
 ("nonnative", "03-11 14:40", "Can you check the memory of swatch-search pods? I think they are growing since monday.",
  [("prometheus", 'sum by (pod) (container_memory_working_set_bytes{namespace="edge",container="swatch-search"})')]),
 ("polite", "03-11 16:00", "Would it be possible to see the traces slower than two seconds for the till this afternoon? Thank you kindly.",
  [("tempo", '{resource.service.name="checkout-svc" && duration > 2s}')]),
 ("formal", "03-12 11:15", "Enumerate Kubernetes Warning events for pattern-store (namespace shop) between 2025-03-12T06:00Z and 2025-03-12T12:00Z.",
  [("kubernetes", 'namespace=shop app=pattern-store type=Warning from=2025-03-12T06:00Z to=2025-03-12T12:00Z')]),
 ("terse", "03-12 09:30", "firing crit now",
  [("alertmanager", 'severity="critical",state="firing"')]),
 ("manager", "03-12 10:30", "Is the front door's error budget for March still healthy? I need to brief leadership.",
  [("prometheus", '1 - sum(increase(http_requests_total{service="stitch-gateway",code=~"5.."}[30d])) / sum(increase(http_requests_total{service="stitch-gateway"}[30d]))')]),
 ("slang", "03-12 12:20", "swatchy 404s r thru the roof?? or is it just me",
  [("prometheus", 'sum(rate(http_requests_total{service="swatch-search",code="404"}[5m]))')]),
 ("lower", "03-13 09:05", "error logs dye tracker since 8am",
  [("loki", '{namespace="fulfil", app="dyelot-tracker"} | json | level="error"')]),
 ("manager", "03-13 18:00", "Could you compare the error rates of the catalogue and pattern store this week? Storefront and makers both claim it's the other side.",
  [("prometheus", 'sum(rate(http_requests_total{service="yarn-catalog",code=~"5.."}[1h])) / sum(rate(http_requests_total{service="yarn-catalog"}[1h]))'),
   ("prometheus", 'sum(rate(http_requests_total{service="pattern-store",code=~"5.."}[1h])) / sum(rate(http_requests_total{service="pattern-store"}[1h]))')]),
 ("promql", "03-13 14:15", 'ALERTS{alertname="LatencyP95High", alertstate="firing"} -- anything from stitch-gateway in the last 24h?',
  [("alertmanager", 'alertname="LatencyP95High",service="stitch-gateway" since=24h')]),
 ("slang", "03-13 22:10", "omg finder latency spiking again??",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m])))')]),
 ("nonnative", "03-14 10:30", "What is the cpu usage of skeinbase pods in eu-west-1 today? It look high.",
  [("prometheus", 'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="shop",container="yarn-catalog",region="eu-west-1"}[5m]))')]),
 ("polite", "03-14 12:45", "Could you kindly let me know if there are any open incidents for the dye tracker? Much appreciated.",
  [("incidents", 'service="dyelot-tracker",status="open"')]),
 ("formal", "03-14 08:00", "Provide the 99th percentile of pattern_pdf_render_seconds for pattern-store over the 24 hours ending 2025-03-14T12:00Z.",
  [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(pattern_pdf_render_seconds_bucket{service="pattern-store"}[24h])))')]),
 ("terse", "03-14 08:05", "k8s evts vats 2h",
  [("kubernetes", 'namespace=fulfil app=dyelot-tracker since=2h')]),
 ("slang", "03-15 09:40", "front door throwing 502s or nah",
  [("prometheus", 'sum(rate(http_requests_total{service="stitch-gateway",code="502"}[5m]))')]),
 ("terse", "03-15 11:11", "dyelot deploys 7d",
  [("argocd", 'app=dyelot-tracker since=7d')]),
 ("lower", "03-15 14:00", "kafka lag for postie",
  [("prometheus", 'sum(kafka_consumergroup_lag{consumergroup="parcel-notifier"})')]),
 ("manager", "03-16 10:00", "Over the last 30 days, how many SEV1 and SEV2 incidents did we have across the platform?",
  [("incidents", 'severity=~"SEV1|SEV2" since=30d')]),
 ("promql", "03-16 15:30", 'sum(rate(container_cpu_usage_seconds_total{namespace="shop", container="yarn-catalog"}[5m])) -- vs requests, are we throttled?',
  [("prometheus", 'sum(rate(container_cpu_usage_seconds_total{namespace="shop",container="yarn-catalog"}[5m]))'),
   ("prometheus", 'sum(rate(container_cpu_cfs_throttled_periods_total{namespace="shop",container="yarn-catalog"}[5m])) / sum(rate(container_cpu_cfs_periods_total{namespace="shop",container="yarn-catalog"}[5m]))')]),
 ("lower", "03-16 19:20", "any pending pods in purl-apse2-prod",
  [("kubernetes", 'cluster=purl-apse2-prod reason=FailedScheduling since=1h')]),
 ("nonnative", "03-17 08:50", "Good morning, the till have alerts now? Payment team is asking me.",
  [("alertmanager", 'service="checkout-svc",state="firing"')]),
 ("polite", "03-17 09:30", "Hello! Might you check whether the edge proxy restarted overnight? Thank you ever so much.",
  [("prometheus", 'sum(increase(kube_pod_container_status_restarts_total{namespace="edge",container="stitch-gateway"}[8h]))')]),
 ("formal", "03-17 13:00", "List all resolved alerts for cluster purl-apse2-prod between 2025-03-16T00:00Z and 2025-03-17T00:00Z.",
  [("alertmanager", 'cluster="purl-apse2-prod",state="resolved" from=2025-03-16T00:00Z to=2025-03-17T00:00Z')]),
 ("promql", "03-17 12:40", 'sum(dyelot_queue_depth{service="dyelot-tracker"}) by (cluster) -- why is euw1 so much higher than use2?',
  [("prometheus", 'sum by (cluster) (dyelot_queue_depth{service="dyelot-tracker"})')]),
 ("slang", "03-18 08:05", "chartbox deploy went out?? ppl saying patterns page is borked",
  [("argocd", 'app=pattern-store since=24h'), ("loki", '{namespace="shop", app="pattern-store"} |= "error"')]),
 ("terse", "03-18 10:20", "DiskLatencyHigh euw1 24h",
  [("alertmanager", 'alertname="NodeDiskLatencyHigh",region="eu-west-1" since=24h')]),
 ("lower", "03-18 12:30", "is checkout-svc ok",
  [("prometheus", 'up{service="checkout-svc"}'),
   ("prometheus", 'sum(rate(http_requests_total{service="checkout-svc",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="checkout-svc"}[5m]))')]),
 ("manager", "03-18 17:45", "What's the overall picture for the till this week - alerts and incidents? Just the headline numbers.",
  [("alertmanager", 'service="checkout-svc" since=2025-03-17T00:00+08:00'), ("incidents", 'service="checkout-svc" since=2025-03-17T00:00+08:00')]),
 ("promql", "03-19 09:10", 'topk(5, sum by (endpoint) (rate(http_requests_total{service="stitch-gateway", code=~"5.."}[1h])))',
  [("prometheus", 'topk(5, sum by (endpoint) (rate(http_requests_total{service="stitch-gateway",code=~"5.."}[1h])))')]),
 ("nonnative", "03-19 13:00", "There is many 429 on the gateway since lunch, you can check which endpoint?",
  [("prometheus", 'topk(5, sum by (endpoint) (rate(http_requests_total{service="stitch-gateway",code="429"}[5m])))')]),
 ("nonnative", "03-19 08:40", "The product-api is answering 503 this morning, is it because of the deploy?",
  [("prometheus", 'sum(rate(http_requests_total{service="yarn-catalog",code="503"}[5m]))'), ("argocd", 'app=yarn-catalog since=2025-03-19T06:00+01:00')]),
 ("polite", "03-19 15:20", "If it isn't too much trouble, could you show me the p50 and p99 latency for swatchy over the past hour?",
  [("prometheus", 'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m])))'),
   ("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m])))')]),
 ("formal", "03-20 10:00", "Report all deployments of pattern-store to production clusters between 2025-03-19T00:00Z and 2025-03-20T00:00Z.",
  [("argocd", 'app=pattern-store env=production from=2025-03-19T00:00Z to=2025-03-20T00:00Z')]),
 ("slang", "03-20 07:30", "lol y is skeinbase eating so much ram",
  [("prometheus", 'sum by (pod) (container_memory_working_set_bytes{namespace="shop",container="yarn-catalog"})')]),
 ("terse", "03-20 14:50", "vats backlog >500?",
  [("prometheus", 'sum(dyelot_queue_depth{service="dyelot-tracker"}) > 500')]),
 ("polite", "03-20 11:00", "Hello, sorry to trouble you - were there any warning alerts on the pdf shop overnight?",
  [("alertmanager", 'service="pattern-store",severity="warning" from=2025-03-19T22:00+11:00 to=2025-03-20T06:00+11:00')]),
 ("manager", "03-20 09:00", "Can you tell me how many deploys chartbox and the vats shipped this month? Trying to get a sense of the makers team's velocity.",
  [("argocd", 'app=pattern-store since=2025-03-01T00:00+08:00'), ("argocd", 'app=dyelot-tracker since=2025-03-01T00:00+08:00')]),
 ("lower", "03-21 09:15", "traces for parcel-notifier erroring today",
  [("tempo", '{resource.service.name="parcel-notifier" && status=error}')]),
 ("manager", "03-21 16:30", "Please summarise the incidents on the front door this month and how long they took to resolve.",
  [("incidents", 'service="stitch-gateway" since=2025-03-01T00:00+08:00')]),
 ("promql", "03-21 11:45", 'count_over_time({namespace="edge", app="swatch-search"} |= "timeout" [1h])',
  [("loki", 'count_over_time({namespace="edge", app="swatch-search"} |= "timeout" [1h])')]),
 ("nonnative", "03-22 10:10", "Hi, the node euw1-prod-n02 is NotReady? I see strange events.",
  [("kubernetes", 'node=euw1-prod-n02 reason=NodeNotReady since=6h')]),
 ("polite", "03-22 11:30", "Would you be able to tell me how many warning alerts the dye tracker raised this week? Thank you.",
  [("alertmanager", 'service="dyelot-tracker",severity="warning" since=2025-03-17T00:00+11:00')]),
 ("formal", "03-22 09:00", "Provide the HTTP 5xx ratio for basket-api (checkout-svc) in us-east-2 for the hour ending 2025-03-22T13:00Z.",
  [("prometheus", 'sum(rate(http_requests_total{service="checkout-svc",region="us-east-2",code=~"5.."}[1h])) / sum(rate(http_requests_total{service="checkout-svc",region="us-east-2"}[1h]))')]),
 ("slang", "03-23 09:20", "any1 know if sg got rolled back? argocd looks weird",
  [("argocd", 'app=stitch-gateway since=24h')]),
 ("terse", "03-23 12:00", "pattern-store 5xx 6h",
  [("prometheus", 'sum(rate(http_requests_total{service="pattern-store",code=~"5.."}[5m]))')]),
 ("formal", "03-23 08:30", "Report the count of open incidents with severity SEV2 as of 2025-03-23T12:00Z.",
  [("incidents", 'severity="SEV2",status="open"')]),
 ("lower", "03-23 15:40", "alerts for team platform today",
  [("alertmanager", 'team="platform" since=2025-03-23T00:00+09:30')]),
 ("manager", "03-24 09:30", "Give me a view of the top five noisiest alerts over the last fortnight so we can prune them.",
  [("alertmanager", 'since=14d group_by=alertname sort=count_desc limit=5')]),
 ("promql", "03-24 10:05", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout-svc", endpoint="/api/checkout/pay"}[5m])))',
  [("prometheus", 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout-svc",endpoint="/api/checkout/pay"}[5m])))')]),
 ("nonnative", "03-24 14:20", "Is possible to see the deploys of mailbird in last 3 days? I want check the version.",
  [("argocd", 'app=parcel-notifier since=3d')]),
 ("slang", "03-24 18:00", "paybox p95 is kinda cooked today ngl",
  [("prometheus", 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout-svc"}[5m])))')]),
 ("polite", "03-25 08:45", "Good morning! Could you please check whether the search box is up at the moment?",
  [("prometheus", 'up{service="swatch-search"}')]),
 ("formal", "03-25 12:30", "Enumerate EmailBounceRate alerts for parcel-notifier with severity warning since 2025-03-24T00:00Z.",
  [("alertmanager", 'alertname="EmailBounceRate",service="parcel-notifier",severity="warning" since=2025-03-24T00:00Z')]),
 ("slang", "03-25 08:00", "ugh pagerduty woke me, whats critical on postie rn",
  [("alertmanager", 'service="parcel-notifier",severity="critical",state="firing"')]),
 ("terse", "03-25 17:10", "catalog err logs 30m",
  [("loki", '{namespace="shop", app="yarn-catalog"} | json | level="error"')]),
 ("lower", "03-26 08:30", "cpu throttling for finder pods",
  [("prometheus", 'sum by (pod) (rate(container_cpu_cfs_throttled_periods_total{namespace="edge",container="swatch-search"}[5m]))')]),
 ("manager", "03-26 13:15", "Could I get the week-over-week trend of checkout requests? Sales wants to know if the spring campaign is landing.",
  [("prometheus", 'sum(rate(http_requests_total{service="checkout-svc"}[1h]))'),
   ("prometheus", 'sum(rate(http_requests_total{service="checkout-svc"}[1h] offset 1w))')]),
 ("promql", "03-26 16:00", 'sum(rate(http_requests_total{service="pattern-store", code=~"5.."}[5m])) by (cluster)',
  [("prometheus", 'sum by (cluster) (rate(http_requests_total{service="pattern-store",code=~"5.."}[5m]))')]),
 ("lower", "03-26 20:30", "traces over 5s for edge proxy last hour",
  [("tempo", '{resource.service.name="stitch-gateway" && duration > 5s}')]),
 ("nonnative", "03-27 09:00", "The vats has PodCrashLooping alert, since when is it firing?",
  [("alertmanager", 'alertname="PodCrashLooping",service="dyelot-tracker",state="firing"')]),
 ("polite", "03-27 10:30", "Sorry for the late question - could you tell me whether any incidents were opened for the catalogue yesterday?",
  [("incidents", 'service="yarn-catalog" from=2025-03-26T00:00+11:00 to=2025-03-27T00:00+11:00')]),
 ("formal", "03-27 07:45", "Provide disk IOPS for host euw1-prod-n01 from 2025-03-27T00:00Z to 2025-03-27T06:00Z.",
  [("prometheus", 'sum(rate(node_disk_reads_completed_total{instance="euw1-prod-n01"}[5m]) + rate(node_disk_writes_completed_total{instance="euw1-prod-n01"}[5m]))')]),
 ("slang", "03-27 11:50", "is lotkeeper even alive lmao",
  [("prometheus", 'up{service="dyelot-tracker"}')]),
 ("terse", "03-27 15:30", "chartbox mem top5 pods",
  [("prometheus", 'topk(5, sum by (pod) (container_memory_working_set_bytes{namespace="shop",container="pattern-store"}))')]),
]

# ============================================================== Part 2: pairs
# P(group, expect, note, a_voice, a_local, ttl_s, a_q, a_sem, b_voice ("" = same), b_at ("+Nm"/"+Nh"/"+Nd" real
#   elapsed, or "MM-DD HH:MM" local; "|0"/"|1" picks the first/second of a repeated fall-back hour), b_q, b_sem)
PAIRS = []


def P(group, expect, note, av, aat, ttl, aq, asem, bv, bat, bq, bsem):
    PAIRS.append(dict(group=group, expect=expect, note=note, av=av, aat=aat, ttl=ttl, aq=aq, asem=asem,
                      bv=bv or av, bat=bat, bq=bq, bsem=bsem))


# ---------------------------------------------------------------- paraphrase (70)
G = "paraphrase"
P(G, "hit", "alias till = checkout-svc; 1h = past hour", "terse", "03-28 09:10", 1800,
  "till 5xx last 1h", "count metric:requests svc=checkout-svc code=5xx @ last 1h",
  "", "+6m", "checkout-svc 5xx count, past hour", "count metric:requests svc=checkout-svc code=5xx @ past hour")
P(G, "hit", "vats = dyelot-tracker; today = so far today", "nonnative", "03-28 10:00", 3600,
  "How many critical alerts has the vats today?", "count alerts sev=critical svc=dyelot-tracker @ today",
  "", "+10m", "dyelot-tracker crit alerts count so far today please", "count alerts sev=critical svc=dyelot-tracker @ so far today")
P(G, "hit", "search box = swatch-search; now re-asked 3 min later", "polite", "03-28 09:30", 900,
  "Would you kindly tell me whether the search box is up at the moment?", "status metric:up svc=swatch-search @ at the moment",
  "", "+3m", "Is swatch-search healthy right now? Thanks so much.", "status metric:up svc=swatch-search @ right now")
P(G, "hit", "till = checkout service; this week = since Monday", "manager", "03-28 14:00", 3600,
  "Could you list the incidents opened for the checkout service this week?", "list incidents svc=checkout-svc @ this week",
  "", "+20m", "Which incidents have been raised against the till since Monday?", "list incidents svc=checkout-svc @ since Monday")
P(G, "hit", "PromQL vs words; finder = swatch-search", "promql", "03-28 11:00", 1800,
  'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="swatch-search"}[5m]))) over the last 6h',
  "trend metric:latency svc=swatch-search stat=p95 @ last 6h",
  "", "+15m", "p95 latency for finder, last 6 hours", "trend metric:latency svc=swatch-search stat=p95 @ last 6 hours")
P(G, "hit", "mailbird/postie = parcel-notifier; same UTC day", "formal", "03-28 08:00", 7200,
  "Report the number of warning alerts for parcel-notifier between 2025-03-27T00:00Z and 2025-03-28T00:00Z.",
  "count alerts sev=warning svc=parcel-notifier @ between 2025-03-27T00:00Z and 2025-03-28T00:00Z",
  "", "+30m", "Warn alert count for postie, 2025-03-27T00:00Z to 2025-03-28T00:00Z, please.",
  "count alerts sev=warning svc=parcel-notifier @ 2025-03-27T00:00Z to 2025-03-28T00:00Z")
P(G, "hit", "rn = atm = now; ns spelled out", "slang", "03-28 10:00", 1800,
  "yo any pods crashloopin in fulfil rn", "list k8s_events ns=fulfil reason=BackOff @ ~now",
  "", "+2m", "r there crashlooping pods in the fulfil namespace atm", "list k8s_events ns=fulfil reason=BackOff @ atm")
P(G, "hit", "skeinbase = yarn-catalog", "lower", "03-28 09:00", 3600,
  "deploys for skeinbase yesterday", "list deploys svc=yarn-catalog @ yesterday",
  "", "+25m", "yarn-catalog deploys yesterday?", "list deploys svc=yarn-catalog @ yesterday")
P(G, "partial", "stale: 40 min > 10 min TTL; sg = stitch-gateway", "terse", "03-28 15:00", 600,
  "sg p99 24h", "trend metric:latency svc=stitch-gateway stat=p99 @ 24h",
  "", "+40m", "stitch-gateway p99 latency last 24h", "trend metric:latency svc=stitch-gateway stat=p99 @ last 24h")
P(G, "hit", "chartbox = pattern-store", "nonnative", "03-28 16:00", 3600,
  "Please show me error logs of chartbox from this afternoon", "list logs:app svc=pattern-store level=error @ this afternoon",
  "", "+10m", "pattern-store error logs this afternoon, please", "list logs:app svc=pattern-store level=error @ this afternoon")
P(G, "hit", "front door = stitch-gateway; politeness", "polite", "03-29 10:00", 1800,
  "Could you possibly count the 429 responses from the front door over the past hour?", "count metric:requests svc=stitch-gateway code=429 @ past hour",
  "", "+5m", "How many 429s has stitch-gateway returned in the last hour, if you don't mind?", "count metric:requests svc=stitch-gateway code=429 @ last hour")
P(G, "partial", "stale: 2h > 1h TTL; past week = last 7 days", "manager", "03-29 11:00", 3600,
  "What's the trend of payment failures for the till over the last 7 days?", "trend metric:payment_failures svc=checkout-svc @ last 7 days",
  "", "+2h", "Show me how checkout-svc payment failures have moved over the past week.", "trend metric:payment_failures svc=checkout-svc @ past week")
P(G, "hit", "PromQL 5xx rate vs chartbox nickname", "promql", "03-29 09:30", 1800,
  'sum(rate(http_requests_total{service="pattern-store", code=~"5.."}[5m])) for the last 3h',
  "trend metric:requests svc=pattern-store code=5xx @ last 3h",
  "", "+10m", "chartbox 5xx rate, past 3 hours", "trend metric:requests svc=pattern-store code=5xx @ past 3 hours")
P(G, "hit", "as of now = at present", "formal", "03-29 09:00", 3600,
  "Enumerate open incidents for team makers as of now.", "list incidents team=makers state=open @ now",
  "", "+3m", "Please list the makers team's open incidents at present.", "list incidents team=makers state=open @ ~now")
P(G, "hit", "mailbird = postie; 30 mins = half hour", "slang", "03-29 12:00", 1800,
  "postie bouncin emails last 30 mins??", "count metric:bounces svc=parcel-notifier @ last 30 mins",
  "", "+3m", "how many bounces from mailbird in the past half hour", "count metric:bounces svc=parcel-notifier @ past half hour")
P(G, "hit", "dye tracker = vats", "lower", "03-29 08:00", 3600,
  "cpu for vats pods last 2h", "trend metric:cpu svc=dyelot-tracker @ last 2h",
  "", "+8m", "dye tracker cpu usage past 2 hours", "trend metric:cpu svc=dyelot-tracker @ past 2 hours")
P(G, "hit", "crit = critical; now = atm", "terse", "03-29 13:00", 1800,
  "crit firing now", "list alerts sev=critical state=firing @ now",
  "", "+2m", "critical alerts firing atm?", "list alerts sev=critical state=firing @ atm")
P(G, "partial", "same 'now' question re-asked 8 min later, still fresh (rule 3 exception)", "nonnative", "03-29 14:00", 900,
  "The till has PaymentFailureRate alert firing now?", "status alerts svc=checkout-svc alert=PaymentFailureRate state=firing @ now",
  "", "+8m", "is PaymentFailureRate firing for checkout-svc right now?", "status alerts svc=checkout-svc alert=PaymentFailureRate state=firing @ right now")
P(G, "hit", "this afternoon = since 12:00", "polite", "03-29 15:00", 3600,
  "Might I see the traces slower than 2 seconds for the till this afternoon?", "list traces svc=checkout-svc thr=>2 @ this afternoon",
  "", "+15m", "Could you show checkout-svc traces over 2s since 12:00, please?", "list traces svc=checkout-svc thr=>2 @ since 12:00")
P(G, "hit", "team makers = pattern-store + dyelot-tracker (topology)", "manager", "03-29 16:00", 7200,
  "How many deploys did the makers team ship this week?", "count deploys team=makers @ this week",
  "", "+1h", "Count of this week's deploys for pattern-store and dyelot-tracker?", "count deploys svc=pattern-store+dyelot-tracker @ this week")
P(G, "hit", "LogQL vs words; 9am = 09:00", "promql", "03-31 10:00", 1800,
  '{namespace="fulfil", app="parcel-notifier"} |= "bounce" count since 9am', "count logs:app svc=parcel-notifier match=bounce @ since 9am",
  "", "+5m", "how many bounce lines in postie logs since 09:00", "count logs:app svc=parcel-notifier match=bounce @ since 09:00")
P(G, "hit", "chartbox; p99 = 99th percentile; past day = 24 hours", "formal", "03-31 09:00", 3600,
  "Provide the 99th percentile pattern render time for pattern-store over the last 24 hours.", "trend metric:render_time svc=pattern-store stat=p99 @ last 24 hours",
  "", "+20m", "State p99 of pattern_pdf_render_seconds for chartbox, past day.", "trend metric:render_time svc=pattern-store stat=p99 @ past day")
P(G, "hit", "basket-api = checkout-svc (old name)", "slang", "03-31 09:00", 3600,
  "did basket-api get deployed today or nah", "list deploys svc=checkout-svc @ today",
  "", "+10m", "any checkout-svc deploys today??", "list deploys svc=checkout-svc @ today")
P(G, "hit", "dye tracker; 8am = 08:00", "lower", "03-31 10:30", 1800,
  "error logs dye tracker since 8am", "list logs:app svc=dyelot-tracker level=error @ since 8am",
  "", "+5m", "dyelot-tracker errors in logs since 08:00", "list logs:app svc=dyelot-tracker level=error @ since 08:00")
P(G, "partial", "stale: 70 min > 1h TTL", "terse", "03-31 11:00", 3600,
  "k8s evts fulfil 2h", "list k8s_events ns=fulfil @ 2h",
  "", "+70m", "fulfil ns events last 2h", "list k8s_events ns=fulfil @ last 2h")
P(G, "hit", "swatchy = swatch-search", "nonnative", "03-31 12:00", 1800,
  "Please, the memory of swatchy pods in last 6 hours?", "trend metric:memory svc=swatch-search @ last 6 hours",
  "", "+10m", "swatch-search memory usage past 6h", "trend metric:memory svc=swatch-search @ past 6h")
P(G, "hit", "overnight = last night; pdf shop = pattern-store", "polite", "03-31 09:00", 3600,
  "Good morning! Were there any warning alerts on the pdf shop overnight?", "list alerts sev=warning svc=pattern-store @ overnight",
  "", "+15m", "Could you list pattern-store warnings from last night, please?", "list alerts sev=warning svc=pattern-store @ last night")
P(G, "hit", "team storefront = catalogue + finder + front door (topology)", "manager", "03-31 09:30", 3600,
  "Please summarise the incidents the storefront team handled over the weekend.", "list incidents team=storefront @ over the weekend",
  "", "+30m", "What incidents did the catalogue, the finder and the front door have over the weekend?",
  "list incidents svc=yarn-catalog+swatch-search+stitch-gateway @ over the weekend")
P(G, "hit", "ALERTS{} paste vs edge proxy nickname", "promql", "03-31 14:00", 900,
  'ALERTS{alertname="LatencyP95High", alertstate="firing", service="stitch-gateway"} right now',
  "list alerts alert=LatencyP95High svc=stitch-gateway state=firing @ right now",
  "", "+2m", "which LatencyP95High alerts are firing for the edge proxy currently",
  "list alerts alert=LatencyP95High svc=stitch-gateway state=firing @ currently")
P(G, "hit", "same UTC window reworded", "formal", "03-31 08:00", 3600,
  "Report all deployments to production clusters between 2025-03-30T00:00Z and 2025-03-31T00:00Z.",
  "list deploys env=production @ between 2025-03-30T00:00Z and 2025-03-31T00:00Z",
  "", "+45m", "List production deploys for 2025-03-30T00:00Z to 2025-03-31T00:00Z.",
  "list deploys env=production @ 2025-03-30T00:00Z to 2025-03-31T00:00Z")
P(G, "hit", "finder = swatchy; last hr = past hour", "slang", "04-01 09:00", 1800,
  "swatchy 404s thru the roof?? last hr", "count metric:requests svc=swatch-search code=404 @ ~last hour",
  "", "+5m", "how many 404s from finder in the past hour lol", "count metric:requests svc=swatch-search code=404 @ past hour")
P(G, "hit", "till = checkout-svc; ok = healthy = up", "lower", "04-01 10:00", 3600,
  "is checkout-svc ok", "status metric:up svc=checkout-svc @ ~now",
  "", "+3m", "till healthy?", "status metric:up svc=checkout-svc @ ~now")
P(G, "hit", ">500 = above 500; now = atm", "terse", "04-01 10:30", 1800,
  "vats backlog >500 now?", "status metric:queue_depth svc=dyelot-tracker thr=>500 @ now",
  "", "+3m", "dyelot-tracker queue depth above 500 atm?", "status metric:queue_depth svc=dyelot-tracker thr=>500 @ atm")
P(G, "hit", "errors = 5xx; top 3", "nonnative", "04-01 11:00", 3600,
  "Can you give top 3 endpoints with most 5xx on till in last 2 hours?", "top metric:requests svc=checkout-svc code=5xx @ last 2 hours",
  "", "+12m", "Top three checkout-svc endpoints by errors, past 2h", "top metric:requests svc=checkout-svc code=5xx @ past 2h")
P(G, "partial", "stale: 2h > 30 min TTL", "polite", "04-01 09:00", 1800,
  "Might you check whether the edge proxy restarted overnight? Thank you ever so much.", "count metric:restarts svc=stitch-gateway @ overnight",
  "", "+2h", "Sorry to ask again - did stitch-gateway restart overnight?", "count metric:restarts svc=stitch-gateway @ overnight")
P(G, "hit", "this month = since Apr 1 (asked Apr 1)", "manager", "04-01 17:00", 3600,
  "How many SEV1 incidents have we had this month across the platform?", "count incidents isev=SEV1 @ this month",
  "", "+15m", "What's our SEV1 count since Apr 1?", "count incidents isev=SEV1 @ since Apr 1")
P(G, "hit", "topk paste vs words; sg", "promql", "04-01 15:00", 1800,
  'topk(5, sum by (endpoint) (rate(http_requests_total{service="stitch-gateway", code=~"5.."}[1h]))) last 1h',
  "top metric:requests svc=stitch-gateway code=5xx @ last 1h",
  "", "+5m", "top 5 endpoints by 5xx on sg, past hour", "top metric:requests svc=stitch-gateway code=5xx @ past hour")
P(G, "hit", "same UTC window reworded", "formal", "04-01 10:00", 3600,
  "Enumerate Kubernetes Warning events in namespace shop between 2025-04-01T06:00Z and 2025-04-01T12:00Z.",
  "list k8s_events ns=shop type=Warning @ between 2025-04-01T06:00Z and 2025-04-01T12:00Z",
  "", "+20m", "List Warning-type k8s events for ns shop from 2025-04-01T06:00Z to 2025-04-01T12:00Z.",
  "list k8s_events ns=shop type=Warning @ from 2025-04-01T06:00Z to 2025-04-01T12:00Z")
P(G, "miss", "stale re-ask of a 30m rolling window 45 min later: ranges disjoint, not fresh", "slang", "04-01 20:00", 900,
  "omg finder latency spiking?? p95 last 30m", "trend metric:latency svc=swatch-search stat=p95 @ last 30m",
  "", "+45m", "swatch-search p95 last 30 min", "trend metric:latency svc=swatch-search stat=p95 @ last 30 min")
P(G, "hit", "edge proxy = stitch-gateway; over 5s = slower than 5s", "lower", "04-02 09:00", 3600,
  "traces over 5s for edge proxy last hour", "list traces svc=stitch-gateway thr=>5 @ last hour",
  "", "+5m", "stitch-gateway traces slower than 5s past hour", "list traces svc=stitch-gateway thr=>5 @ past hour")
P(G, "hit", "postie; 24h = 24 hours", "terse", "04-02 09:30", 3600,
  "postie bounces 24h", "count metric:bounces svc=parcel-notifier @ 24h",
  "", "+30m", "parcel-notifier bounce count last 24 hours", "count metric:bounces svc=parcel-notifier @ last 24 hours")
P(G, "hit", "product-api = yarn-catalog (old name)", "nonnative", "04-02 10:00", 1800,
  "The product-api is answering 503 this morning?", "count metric:requests svc=yarn-catalog code=503 @ this morning",
  "", "+10m", "How many 503 from yarn-catalog this morning please", "count metric:requests svc=yarn-catalog code=503 @ this morning")
P(G, "partial", "stale: next day; this week still overlaps fully", "polite", "04-02 14:00", 3600,
  "Would you be able to tell me how many warning alerts the dye tracker raised this week? Thank you.", "count alerts sev=warning svc=dyelot-tracker @ this week",
  "", "+1d", "Could you tell me the number of dyelot-tracker warning alerts this week?", "count alerts sev=warning svc=dyelot-tracker @ this week")
P(G, "hit", "noisiest = fired most", "manager", "04-02 09:00", 7200,
  "Give me the top five noisiest alerts over the last 14 days.", "top alerts @ last 14 days",
  "", "+30m", "Which five alerts fired most in the past 14 days?", "top alerts @ past 14 days")
P(G, "hit", "container cpu paste vs skeinbase", "promql", "04-02 11:00", 1800,
  'sum(rate(container_cpu_usage_seconds_total{namespace="shop", container="yarn-catalog"}[5m])) last 2h', "trend metric:cpu svc=yarn-catalog @ last 2h",
  "", "+5m", "skeinbase cpu, last 2 hours", "trend metric:cpu svc=yarn-catalog @ last 2 hours")
P(G, "hit", "since ISO instant reworded", "formal", "04-02 12:00", 3600,
  "State the count of PodCrashLooping alerts in cluster purl-use2-prod since 2025-04-02T00:00Z.",
  "count alerts alert=PodCrashLooping cluster=purl-use2-prod @ since 2025-04-02T00:00Z",
  "", "+10m", "Report how many PodCrashLooping alerts cluster purl-use2-prod has had since 2025-04-02T00:00Z.",
  "count alerts alert=PodCrashLooping cluster=purl-use2-prod @ since 2025-04-02T00:00Z")
P(G, "hit", "ram = memory; rn = atm", "slang", "04-02 13:00", 1800,
  "lol y is skeinbase eating so much ram rn", "status metric:memory svc=yarn-catalog @ ~now",
  "", "+2m", "yarn-catalog memory atm?", "status metric:memory svc=yarn-catalog @ atm")
P(G, "hit", "kafka lag = consumer lag; postie", "lower", "04-02 12:00", 3600,
  "kafka lag for postie last 3h", "trend metric:kafka_lag svc=parcel-notifier @ last 3h",
  "", "+15m", "parcel-notifier consumer lag past 3 hours", "trend metric:kafka_lag svc=parcel-notifier @ past 3 hours")
P(G, "hit", "catalog = yarn-catalog; 30m", "terse", "04-03 09:00", 1800,
  "catalog err logs 30m", "list logs:app svc=yarn-catalog level=error @ 30m",
  "", "+2m", "yarn-catalog error logs last 30 min", "list logs:app svc=yarn-catalog level=error @ last 30 min")
P(G, "hit", "gateway = front door; 9:00 = 9am", "nonnative", "04-03 10:00", 3600,
  "There is many 429 on the gateway since 9:00, which endpoint?", "top metric:requests svc=stitch-gateway code=429 @ since 9:00",
  "", "+4m", "Top endpoints by 429 on the front door since 9am", "top metric:requests svc=stitch-gateway code=429 @ since 9am")
P(G, "partial", "same 'now' question re-asked 40 min later within 1h TTL (rule 3 exception)", "polite", "04-03 09:30", 3600,
  "Could you kindly check if there are any open incidents for the makers team right now?", "list incidents team=makers state=open @ right now",
  "", "+40m", "Are there open makers incidents at the moment, please?", "list incidents team=makers state=open @ at the moment")
P(G, "hit", "catalogue/chartbox nicknames in a compare", "manager", "04-03 16:00", 3600,
  "Could you compare the error rates of the catalogue and the pattern store today?", "compare metric:error_rate svc=yarn-catalog+pattern-store @ today",
  "", "+20m", "Compare yarn-catalog vs chartbox error rate so far today.", "compare metric:error_rate svc=yarn-catalog+pattern-store @ so far today")
P(G, "hit", "by (cluster) paste vs per cluster; vats", "promql", "04-03 14:00", 1800,
  'sum(dyelot_queue_depth{service="dyelot-tracker"}) by (cluster) last 1h', "compare metric:queue_depth svc=dyelot-tracker @ last 1h",
  "", "+5m", "vats queue depth per cluster, past hour", "compare metric:queue_depth svc=dyelot-tracker @ past hour")
P(G, "hit", "same UTC window reworded", "formal", "04-03 08:00", 3600,
  "Provide disk IOPS for host euw1-prod-n01 from 2025-04-03T00:00Z to 2025-04-03T06:00Z.",
  "trend metric:disk_iops host=euw1-prod-n01 @ from 2025-04-03T00:00Z to 2025-04-03T06:00Z",
  "", "+15m", "Report the disk I/O operations per second on euw1-prod-n01 between 2025-04-03T00:00Z and 2025-04-03T06:00Z.",
  "trend metric:disk_iops host=euw1-prod-n01 @ between 2025-04-03T00:00Z and 2025-04-03T06:00Z")
P(G, "hit", "paybox = checkout-svc; p95 = 95th percentile", "slang", "04-03 19:00", 3600,
  "paybox p95 is kinda cooked today ngl", "trend metric:latency svc=checkout-svc stat=p95 @ today",
  "", "+10m", "whats the 95th percentile latency for checkout-svc today", "trend metric:latency svc=checkout-svc stat=p95 @ today")
P(G, "hit", "word order", "lower", "04-03 20:00", 3600,
  "alerts for team platform today", "list alerts team=platform @ today",
  "", "+10m", "platform team alerts today?", "list alerts team=platform @ today")
P(G, "hit", "ns = namespace; mem = memory", "terse", "04-04 09:00", 3600,
  "ns shop mem top5 pods 1h", "top metric:memory ns=shop @ 1h",
  "", "+5m", "top 5 pods by memory in shop namespace last hour", "top metric:memory ns=shop @ last hour")
P(G, "hit", "mailbird = parcel-notifier; 3 days = 3d", "nonnative", "04-04 10:00", 1800,
  "Is possible to see the deploys of mailbird in last 3 days?", "list deploys svc=parcel-notifier @ last 3 days",
  "", "+15m", "parcel-notifier deploys past 3d", "list deploys svc=parcel-notifier @ past 3d")
P(G, "partial", "same 'now' status re-asked 12 min later within TTL (rule 3 exception)", "polite", "04-04 10:00", 900,
  "Good morning! Could you please check whether the search box is up at the moment?", "status metric:up svc=swatch-search @ at the moment",
  "", "+12m", "Just checking again - is swatch-search up right now?", "status metric:up svc=swatch-search @ right now")
P(G, "hit", "vats = dye tracker", "manager", "04-04 15:00", 3600,
  "What did the vats' error rate look like yesterday?", "trend metric:error_rate svc=dyelot-tracker @ yesterday",
  "", "+25m", "Please show me yesterday's error rate trend for the dye tracker.", "trend metric:error_rate svc=dyelot-tracker @ yesterday")
P(G, "hit", "restarts paste vs sg", "promql", "04-04 11:00", 1800,
  'rate(kube_pod_container_status_restarts_total{namespace="edge", container="stitch-gateway"}[15m]) > 0 in the past 6h',
  "list metric:restarts svc=stitch-gateway @ past 6h",
  "", "+10m", "which sg pods restarted in the last 6 hours", "list metric:restarts svc=stitch-gateway @ last 6 hours")
P(G, "partial", "stale: 3h > 1h TTL, fixed window", "formal", "04-04 09:00", 3600,
  "Enumerate EmailBounceRate alerts for parcel-notifier with severity warning between 2025-04-03T00:00Z and 2025-04-04T00:00Z.",
  "list alerts alert=EmailBounceRate svc=parcel-notifier sev=warning @ between 2025-04-03T00:00Z and 2025-04-04T00:00Z",
  "", "+3h", "List the warning EmailBounceRate alerts of parcel-notifier from 2025-04-03T00:00Z to 2025-04-04T00:00Z.",
  "list alerts alert=EmailBounceRate svc=parcel-notifier sev=warning @ from 2025-04-03T00:00Z to 2025-04-04T00:00Z")
P(G, "hit", "rolled back = deploys; sg", "slang", "04-04 12:00", 1800,
  "did sg get rolled back today?? argocd looks weird", "list deploys svc=stitch-gateway @ today",
  "", "+5m", "any stitch-gateway deploys or rollbacks today", "list deploys svc=stitch-gateway @ today")
P(G, "hit", "skeinbase = yarn-catalog", "lower", "04-04 12:00", 3600,
  "p95 latency skeinbase last 2h", "trend metric:latency svc=yarn-catalog stat=p95 @ last 2h",
  "", "+10m", "yarn-catalog p95 past 2 hours", "trend metric:latency svc=yarn-catalog stat=p95 @ past 2 hours")
P(G, "hit", "stg = staging; weekend asked Monday", "terse", "04-07 09:00", 3600,
  "sg deploys stg weekend", "list deploys svc=stitch-gateway env=staging @ weekend",
  "", "+10m", "stitch-gateway staging deploys over the weekend", "list deploys svc=stitch-gateway env=staging @ over the weekend")
P(G, "hit", "since Friday = since Apr 4", "nonnative", "04-07 10:00", 3600,
  "Please show the open incidents for the till, since Friday", "list incidents svc=checkout-svc state=open @ since Friday",
  "", "+5m", "open checkout-svc incidents since Apr 4", "list incidents svc=checkout-svc state=open @ since Apr 4")
P(G, "hit", "front door; crit = critical", "polite", "04-07 09:00", 3600,
  "Would you mind counting the critical alerts for the front door this morning?", "count alerts sev=critical svc=stitch-gateway @ this morning",
  "", "+10m", "How many crit alerts has stitch-gateway had this morning, please?", "count alerts sev=critical svc=stitch-gateway @ this morning")
P(G, "partial", "stale: next day; 7-day windows overlap 6/7", "manager", "04-07 11:00", 3600,
  "How is the checkout service's request volume trending over the last 7 days?", "trend metric:requests svc=checkout-svc @ last 7 days",
  "", "+1d", "Show me the till's request trend for the past week.", "trend metric:requests svc=checkout-svc @ past week")
P(G, "hit", "endpoint p99 paste vs paybox nickname", "promql", "04-08 10:00", 1800,
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout-svc", endpoint="/api/checkout/pay"}[5m]))) last 1h',
  "trend metric:latency svc=checkout-svc ep=/api/checkout/pay stat=p99 @ last 1h",
  "", "+5m", "p99 of /api/checkout/pay on paybox, past hour", "trend metric:latency svc=checkout-svc ep=/api/checkout/pay stat=p99 @ past hour")
P(G, "hit", "lotkeeper = dyelot-tracker; alive = up", "slang", "04-08 09:00", 3600,
  "is lotkeeper even alive lmao", "status metric:up svc=dyelot-tracker @ ~now",
  "", "+3m", "dyelot-tracker up rn?", "status metric:up svc=dyelot-tracker @ ~now")
# ---------------------------------------------------------------- near (70)
G = "near"
P(G, "miss", "one-token flip critical -> warning", "terse", "03-28 09:20", 1800,
  "crit alerts till 1h", "count alerts sev=critical svc=checkout-svc @ 1h",
  "", "+3m", "warn alerts till 1h", "count alerts sev=warning svc=checkout-svc @ 1h")
P(G, "partial", "nested: all alerts contain critical", "nonnative", "03-28 11:00", 3600,
  "How many critical alerts has the vats today?", "count alerts sev=critical svc=dyelot-tracker @ today",
  "", "+5m", "How many alerts has the vats today, all severities?", "count alerts svc=dyelot-tracker @ today")
P(G, "partial", "other statistic p95 -> p99", "polite", "03-28 10:00", 1800,
  "Could you tell me the p95 latency for the catalogue over the past hour?", "trend metric:latency svc=yarn-catalog stat=p95 @ past hour",
  "", "+4m", "Could you tell me the p99 latency for the catalogue over the past hour?", "trend metric:latency svc=yarn-catalog stat=p99 @ past hour")
P(G, "partial", "other intent count -> list", "manager", "03-28 15:00", 3600,
  "How many incidents did the checkout service have this week?", "count incidents svc=checkout-svc @ this week",
  "", "+10m", "List this week's incidents for the till, please.", "list incidents svc=checkout-svc @ this week")
P(G, "miss", "sibling status code 500 -> 503", "promql", "03-28 12:00", 1800,
  'sum(rate(http_requests_total{service="checkout-svc", code="500"}[5m])) last 1h', "trend metric:requests svc=checkout-svc code=500 @ last 1h",
  "", "+3m", 'sum(rate(http_requests_total{service="checkout-svc", code="503"}[5m])) last 1h', "trend metric:requests svc=checkout-svc code=503 @ last 1h")
P(G, "miss", "other measured quantity cpu -> memory", "formal", "03-28 09:00", 3600,
  "Report CPU usage for host euw1-prod-n02 between 2025-03-28T06:00Z and 2025-03-28T12:00Z.",
  "trend metric:cpu host=euw1-prod-n02 @ between 2025-03-28T06:00Z and 2025-03-28T12:00Z",
  "", "+10m", "Report memory usage for host euw1-prod-n02 between 2025-03-28T06:00Z and 2025-03-28T12:00Z.",
  "trend metric:memory host=euw1-prod-n02 @ between 2025-03-28T06:00Z and 2025-03-28T12:00Z")
P(G, "miss", "other subject logs -> traces", "slang", "03-28 11:00", 1800,
  "postie logs any errors last hr", "list logs:app svc=parcel-notifier level=error @ ~last hour",
  "", "+3m", "postie traces w errors last hr", "list traces svc=parcel-notifier status=error @ ~last hour")
P(G, "miss", "sibling env prod -> staging", "lower", "03-28 10:00", 3600,
  "deploys to prod today", "list deploys env=production @ today",
  "", "+5m", "deploys to staging today", "list deploys env=staging @ today")
P(G, "miss", "negation non-critical vs critical", "terse", "03-28 16:00", 1800,
  "non-crit alerts sg 6h", "list alerts sev=!critical svc=stitch-gateway @ 6h",
  "", "+3m", "crit alerts sg 6h", "list alerts sev=critical svc=stitch-gateway @ 6h")
P(G, "miss", "disk IOPS vs disk latency", "nonnative", "03-28 17:00", 3600,
  "Disk read IOPS on euw1-prod-n01 last 3 hours?", "trend metric:disk_iops dir=read host=euw1-prod-n01 @ last 3 hours",
  "", "+5m", "Disk read latency on euw1-prod-n01 last 3 hours?", "trend metric:disk_latency dir=read host=euw1-prod-n01 @ last 3 hours")
P(G, "partial", "nested: team orders contains the till", "polite", "03-29 09:00", 3600,
  "Would you mind listing the firing alerts for the orders team right now?", "list alerts team=orders state=firing @ right now",
  "", "+2m", "Would you mind listing the firing alerts for the till right now?", "list alerts svc=checkout-svc state=firing @ right now")
P(G, "miss", "request rate vs error rate", "manager", "03-29 10:00", 3600,
  "What's the trend of requests to the front door over the last 24 hours?", "trend metric:requests svc=stitch-gateway @ last 24 hours",
  "", "+10m", "What's the trend of the error rate of the front door over the last 24 hours?", "trend metric:error_rate svc=stitch-gateway @ last 24 hours")
P(G, "miss", "negation |= vs != timeout", "promql", "03-29 11:00", 1800,
  'count_over_time({namespace="edge", app="swatch-search"} |= "timeout" [1h]) last 1h', "count logs:app svc=swatch-search match=timeout @ last 1h",
  "", "+3m", 'count_over_time({namespace="edge", app="swatch-search"} != "timeout" [1h]) last 1h', "count logs:app svc=swatch-search match=!timeout @ last 1h")
P(G, "miss", "sibling state acknowledged -> open", "formal", "03-29 08:00", 3600,
  "List incidents with status acknowledged for team orders as of now.", "list incidents team=orders state=acknowledged @ now",
  "", "+3m", "List incidents with status open for team orders as of now.", "list incidents team=orders state=open @ now")
P(G, "partial", "nested: 5xx contains 503", "slang", "03-29 13:00", 1800,
  "finder 5xx last 2h??", "count metric:requests svc=swatch-search code=5xx @ last 2h",
  "", "+2m", "finder 503s last 2h??", "count metric:requests svc=swatch-search code=503 @ last 2h")
P(G, "miss", "memory -> cpu", "lower", "03-29 11:00", 3600,
  "memory for chartbox pods last 2h", "trend metric:memory svc=pattern-store @ last 2h",
  "", "+3m", "cpu for chartbox pods last 2h", "trend metric:cpu svc=pattern-store @ last 2h")
P(G, "partial", "other statistic p50 -> p99", "terse", "03-29 14:00", 1800,
  "sg p50 24h", "trend metric:latency svc=stitch-gateway stat=p50 @ 24h",
  "", "+2m", "sg p99 24h", "trend metric:latency svc=stitch-gateway stat=p99 @ 24h")
P(G, "miss", "above vs below a threshold", "nonnative", "03-29 15:00", 1800,
  "Is the vats queue above 500 now?", "status metric:queue_depth svc=dyelot-tracker thr=>500 @ now",
  "", "+2m", "Is the vats queue below 500 now?", "status metric:queue_depth svc=dyelot-tracker thr=<500 @ now")
P(G, "miss", "sibling service pdf shop -> dye tracker", "polite", "03-29 16:00", 3600,
  "How many deploys did the pdf shop have this week?", "count deploys svc=pattern-store @ this week",
  "", "+5m", "How many deploys did the dye tracker have this week?", "count deploys svc=dyelot-tracker @ this week")
P(G, "partial", "nested: all incidents contain SEV1", "manager", "03-29 17:00", 7200,
  "How many incidents did we have this week across the platform?", "count incidents @ this week",
  "", "+10m", "How many SEV1 incidents did we have this week?", "count incidents isev=SEV1 @ this week")
P(G, "miss", "read IOPS -> write IOPS", "promql", "03-31 09:00", 1800,
  'rate(node_disk_reads_completed_total{instance="euw1-prod-n03"}[5m]) last 1h', "trend metric:disk_iops dir=read host=euw1-prod-n03 @ last 1h",
  "", "+2m", 'rate(node_disk_writes_completed_total{instance="euw1-prod-n03"}[5m]) last 1h', "trend metric:disk_iops dir=write host=euw1-prod-n03 @ last 1h")
P(G, "miss", "sibling region eu-west-1 -> us-east-2", "formal", "03-31 10:00", 3600,
  "Report the count of firing alerts in region eu-west-1 as of now.", "count alerts region=eu-west-1 state=firing @ now",
  "", "+2m", "Report the count of firing alerts in region us-east-2 as of now.", "count alerts region=us-east-2 state=firing @ now")
P(G, "miss", "error rate metric vs error logs", "slang", "03-31 10:00", 1800,
  "till error rate last hr ugh", "trend metric:error_rate svc=checkout-svc @ ~last hour",
  "", "+2m", "till error logs last hr ugh", "list logs:app svc=checkout-svc level=error @ ~last hour")
P(G, "miss", "negation ready vs NOT ready", "lower", "03-31 11:00", 3600,
  "ready pods in fulfil ns", "list metric:pod_ready ns=fulfil ready=true @ ~now",
  "", "+2m", "pods NOT ready in fulfil ns", "list metric:pod_ready ns=fulfil ready=!true @ ~now")
P(G, "miss", "sibling 5xx -> 4xx", "terse", "03-31 13:00", 1800,
  "5xx sg 1h", "count metric:requests svc=stitch-gateway code=5xx @ 1h",
  "", "+2m", "4xx sg 1h", "count metric:requests svc=stitch-gateway code=4xx @ 1h")
P(G, "partial", "other intent list -> count", "nonnative", "03-31 14:00", 3600,
  "Please list the alerts of lotkeeper today", "list alerts svc=dyelot-tracker @ today",
  "", "+5m", "Please count the alerts of lotkeeper today", "count alerts svc=dyelot-tracker @ today")
P(G, "miss", "trend over 6h vs current value: lengths differ 72x", "polite", "03-31 10:00", 3600,
  "Could you show me the trend of memory usage for the till over the past 6 hours?", "trend metric:memory svc=checkout-svc @ past 6 hours",
  "", "+3m", "Could you tell me the till's memory usage right now?", "status metric:memory svc=checkout-svc @ right now")
P(G, "partial", "nested: all alerts contain critical (top services)", "manager", "03-31 15:00", 3600,
  "Which services had the most critical alerts this week?", "top alerts sev=critical @ this week",
  "", "+10m", "Which services had the most alerts this week?", "top alerts @ this week")
P(G, "miss", "sibling service checkout -> parcel-notifier", "promql", "03-31 16:00", 1800,
  'count_over_time({namespace="fulfil", app="checkout-svc"} |= "payment declined" [1h])', "count logs:app svc=checkout-svc match=payment_declined @ ~last 1h",
  "", "+2m", 'count_over_time({namespace="fulfil", app="parcel-notifier"} |= "payment declined" [1h])', "count logs:app svc=parcel-notifier match=payment_declined @ ~last 1h")
P(G, "partial", "other statistic p95 -> mean", "formal", "04-01 08:00", 3600,
  "Provide the p95 latency for stitch-gateway between 2025-04-01T00:00Z and 2025-04-01T06:00Z.",
  "trend metric:latency svc=stitch-gateway stat=p95 @ between 2025-04-01T00:00Z and 2025-04-01T06:00Z",
  "", "+5m", "Provide the mean latency for stitch-gateway between 2025-04-01T00:00Z and 2025-04-01T06:00Z.",
  "trend metric:latency svc=stitch-gateway stat=avg @ between 2025-04-01T00:00Z and 2025-04-01T06:00Z")
P(G, "miss", "one-token flip warn -> crit", "slang", "04-01 10:00", 1800,
  "vats warn alerts today lol", "list alerts sev=warning svc=dyelot-tracker @ today",
  "", "+2m", "vats crit alerts today lol", "list alerts sev=critical svc=dyelot-tracker @ today")
P(G, "miss", "sibling incident status open -> resolved", "lower", "04-01 11:00", 3600,
  "incidents open for checkout-svc", "list incidents svc=checkout-svc state=open @ ~now",
  "", "+2m", "incidents resolved for checkout-svc", "list incidents svc=checkout-svc state=resolved @ ~now")
P(G, "miss", "sibling endpoint /api/cart -> /api/skeins", "terse", "04-01 15:00", 1800,
  "sg 5xx /api/cart 2h", "count metric:requests svc=stitch-gateway code=5xx ep=/api/cart @ 2h",
  "", "+2m", "sg 5xx /api/skeins 2h", "count metric:requests svc=stitch-gateway code=5xx ep=/api/skeins @ 2h")
P(G, "partial", "other intent count -> trend", "nonnative", "04-01 12:00", 3600,
  "How much 5xx has chartbox in the last 3 hours?", "count metric:requests svc=pattern-store code=5xx @ last 3 hours",
  "", "+5m", "What is the trend of 5xx of chartbox in last 3 hours?", "trend metric:requests svc=pattern-store code=5xx @ last 3 hours")
P(G, "miss", "sibling event type Warning -> Normal", "polite", "04-01 14:00", 3600,
  "Might you list the k8s Warning events for the shop namespace this afternoon?", "list k8s_events ns=shop type=Warning @ this afternoon",
  "", "+3m", "Might you list the k8s Normal events for the shop namespace this afternoon?", "list k8s_events ns=shop type=Normal @ this afternoon")
P(G, "partial", "compare two teams -> count one team (nested + intent)", "manager", "04-01 16:00", 3600,
  "Please compare deploy counts of storefront and makers this week.", "compare deploys team=storefront+makers @ this week",
  "", "+5m", "How many deploys did storefront ship this week?", "count deploys team=storefront @ this week")
P(G, "partial", "other statistic avg -> max", "promql", "04-02 09:00", 1800,
  'avg(rate(container_cpu_usage_seconds_total{namespace="edge"}[5m])) last 1h', "trend metric:cpu ns=edge stat=avg @ last 1h",
  "", "+2m", 'max(rate(container_cpu_usage_seconds_total{namespace="edge"}[5m])) last 1h', "trend metric:cpu ns=edge stat=max @ last 1h")
P(G, "miss", "sibling alert state resolved -> firing", "formal", "04-02 09:00", 3600,
  "List alerts with state resolved for dyelot-tracker since 2025-04-02T00:00Z.", "list alerts svc=dyelot-tracker state=resolved @ since 2025-04-02T00:00Z",
  "", "+3m", "List alerts with state firing for dyelot-tracker since 2025-04-02T00:00Z.", "list alerts svc=dyelot-tracker state=firing @ since 2025-04-02T00:00Z")
P(G, "miss", "sibling event reason OOMKilling -> FailedScheduling", "slang", "04-02 10:00", 1800,
  "any OOMKilled in shop ns today", "list k8s_events ns=shop reason=OOMKilling @ today",
  "", "+2m", "any FailedScheduling in shop ns today", "list k8s_events ns=shop reason=FailedScheduling @ today")
P(G, "partial", "nested: all traces contain error traces", "lower", "04-02 11:00", 3600,
  "traces for parcel-notifier erroring today", "list traces svc=parcel-notifier status=error @ today",
  "", "+3m", "traces for parcel-notifier today", "list traces svc=parcel-notifier @ today")
P(G, "miss", "alerts -> incidents", "terse", "04-02 16:00", 1800,
  "crit alerts vats today", "list alerts sev=critical svc=dyelot-tracker @ today",
  "", "+2m", "crit incidents vats today", "list incidents isev=SEV1 svc=dyelot-tracker @ today")
P(G, "miss", "sibling log level error -> warn", "nonnative", "04-02 17:00", 3600,
  "Show me the error logs of finder from last 2 hours", "list logs:app svc=swatch-search level=error @ last 2 hours",
  "", "+3m", "Show me the warning logs of finder from last 2 hours", "list logs:app svc=swatch-search level=warn @ last 2 hours")
P(G, "partial", "nested: 4xx contains 404", "polite", "04-03 09:00", 3600,
  "Could you count the 404 responses from the catalogue this morning?", "count metric:requests svc=yarn-catalog code=404 @ this morning",
  "", "+4m", "Could you count the 4xx responses from the catalogue this morning?", "count metric:requests svc=yarn-catalog code=4xx @ this morning")
P(G, "partial", "other intent top -> total count", "manager", "04-03 10:00", 3600,
  "What are the top five endpoints by traffic on the front door today?", "top metric:requests svc=stitch-gateway @ today",
  "", "+5m", "What's the total traffic on the front door today?", "count metric:requests svc=stitch-gateway @ today")
P(G, "miss", "sibling consumer group", "promql", "04-03 11:00", 1800,
  'sum(kafka_consumergroup_lag{consumergroup="parcel-notifier"}) last 1h', "trend metric:kafka_lag svc=parcel-notifier @ last 1h",
  "", "+2m", 'sum(kafka_consumergroup_lag{consumergroup="dyelot-tracker"}) last 1h', "trend metric:kafka_lag svc=dyelot-tracker @ last 1h")
P(G, "miss", "sibling incident severity SEV2 -> SEV3", "formal", "04-03 12:00", 3600,
  "Enumerate incidents of severity SEV2 opened since 2025-04-01T00:00Z.", "list incidents isev=SEV2 @ since 2025-04-01T00:00Z",
  "", "+3m", "Enumerate incidents of severity SEV3 opened since 2025-04-01T00:00Z.", "list incidents isev=SEV3 @ since 2025-04-01T00:00Z")
P(G, "miss", "emails sent vs bounces", "slang", "04-03 13:00", 1800,
  "postie sent how many emails last 1h", "count metric:emails_sent svc=parcel-notifier @ last 1h",
  "", "+2m", "postie bounced how many emails last 1h", "count metric:bounces svc=parcel-notifier @ last 1h")
P(G, "partial", "nested: prod contains prod in eu", "lower", "04-03 14:00", 3600,
  "alerts firing in prod now", "list alerts env=production state=firing @ now",
  "", "+2m", "alerts firing in prod eu-west-1 now", "list alerts env=production region=eu-west-1 state=firing @ now")
P(G, "miss", "sibling alertname", "terse", "04-03 15:00", 1800,
  "NodeDiskLatencyHigh euw1 24h", "list alerts alert=NodeDiskLatencyHigh region=eu-west-1 @ 24h",
  "", "+2m", "NodeMemoryPressure euw1 24h", "list alerts alert=NodeMemoryPressure region=eu-west-1 @ 24h")
P(G, "partial", "nested: all deploys contain failed ones", "nonnative", "04-04 09:00", 3600,
  "The deploys of till yesterday, can you list them?", "list deploys svc=checkout-svc @ yesterday",
  "", "+5m", "The deploys of till yesterday which was failed, can you list them?", "list deploys svc=checkout-svc result=failed @ yesterday")
P(G, "partial", "other statistic p50 -> p95", "polite", "04-04 11:00", 3600,
  "Would you kindly show the p50 latency for swatchy over the past hour?", "trend metric:latency svc=swatch-search stat=p50 @ past hour",
  "", "+3m", "Would you kindly show the p95 latency for swatchy over the past hour?", "trend metric:latency svc=swatch-search stat=p95 @ past hour")
P(G, "miss", "sibling team makers -> orders", "manager", "04-04 16:00", 3600,
  "How many alerts did the makers team get this week?", "count alerts team=makers @ this week",
  "", "+5m", "How many alerts did the orders team get this week?", "count alerts team=orders @ this week")
P(G, "miss", "sibling cluster euw1 -> use2", "promql", "04-04 10:00", 1800,
  'sum(rate(http_requests_total{service="yarn-catalog", cluster="purl-euw1-prod"}[5m])) last 1h', "trend metric:requests svc=yarn-catalog cluster=purl-euw1-prod @ last 1h",
  "", "+2m", 'sum(rate(http_requests_total{service="yarn-catalog", cluster="purl-use2-prod"}[5m])) last 1h', "trend metric:requests svc=yarn-catalog cluster=purl-use2-prod @ last 1h")
P(G, "miss", "complement: 5xx excluding 503 vs 503", "formal", "04-04 10:00", 3600,
  "Report the count of 503 responses from stitch-gateway between 2025-04-04T00:00Z and 2025-04-04T12:00Z.",
  "count metric:requests svc=stitch-gateway code=503 @ between 2025-04-04T00:00Z and 2025-04-04T12:00Z",
  "", "+5m", "Report the count of 5xx responses excluding 503 from stitch-gateway between 2025-04-04T00:00Z and 2025-04-04T12:00Z.",
  "count metric:requests svc=stitch-gateway code=500+502+504 @ between 2025-04-04T00:00Z and 2025-04-04T12:00Z")
P(G, "miss", "sibling service sg -> finder", "slang", "04-04 13:00", 1800,
  "how many sg pods restarting rn", "count metric:restarts svc=stitch-gateway @ ~now",
  "", "+2m", "how many finder pods restarting rn", "count metric:restarts svc=swatch-search @ ~now")
P(G, "miss", "negation: except warn vs warn", "lower", "04-04 15:00", 3600,
  "warn alerts for vats today", "list alerts sev=warning svc=dyelot-tracker @ today",
  "", "+2m", "alerts for vats today except warn", "list alerts sev=!warning svc=dyelot-tracker @ today")
P(G, "partial", "nested: service contains one endpoint", "terse", "04-07 09:00", 1800,
  "till p95 1h", "trend metric:latency svc=checkout-svc stat=p95 @ 1h",
  "", "+2m", "till p95 /api/checkout/pay 1h", "trend metric:latency svc=checkout-svc stat=p95 ep=/api/checkout/pay @ 1h")
P(G, "miss", "write IOPS -> write latency", "nonnative", "04-07 10:00", 3600,
  "Please the write IOPS of euw1-prod-n02 in last 2 hours", "trend metric:disk_iops dir=write host=euw1-prod-n02 @ last 2 hours",
  "", "+3m", "Please the write latency of euw1-prod-n02 in last 2 hours", "trend metric:disk_latency dir=write host=euw1-prod-n02 @ last 2 hours")
P(G, "partial", "nested: deploys contain rollbacks", "polite", "04-07 11:00", 3600,
  "Could you list the deploys for the catalogue this week, please?", "list deploys svc=yarn-catalog @ this week",
  "", "+3m", "Could you list just the rollbacks for the catalogue this week, please?", "list deploys svc=yarn-catalog kind=rollback @ this week")
P(G, "partial", "other intent ranking -> single overall value", "manager", "04-07 14:00", 3600,
  "Could you rank our services by error rate today?", "top metric:error_rate @ today",
  "", "+5m", "What's the overall error rate across services today?", "status metric:error_rate @ today")
P(G, "miss", "sibling service in error-ratio paste", "promql", "04-07 10:00", 1800,
  'sum(rate(http_requests_total{service="checkout-svc", code=~"5.."}[5m])) / sum(rate(http_requests_total{service="checkout-svc"}[5m])) last 1h',
  "trend metric:error_rate svc=checkout-svc @ last 1h",
  "", "+2m", 'sum(rate(http_requests_total{service="parcel-notifier", code=~"5.."}[5m])) / sum(rate(http_requests_total{service="parcel-notifier"}[5m])) last 1h',
  "trend metric:error_rate svc=parcel-notifier @ last 1h")
P(G, "miss", "sibling host n01 -> n02", "formal", "04-07 09:00", 3600,
  "Provide the list of Kubernetes events for node euw1-prod-n01 between 2025-04-07T00:00Z and 2025-04-07T06:00Z.",
  "list k8s_events host=euw1-prod-n01 @ between 2025-04-07T00:00Z and 2025-04-07T06:00Z",
  "", "+3m", "Provide the list of Kubernetes events for node euw1-prod-n02 between 2025-04-07T00:00Z and 2025-04-07T06:00Z.",
  "list k8s_events host=euw1-prod-n02 @ between 2025-04-07T00:00Z and 2025-04-07T06:00Z")
P(G, "partial", "nested: all envs contain staging", "slang", "04-07 12:00", 1800,
  "chartbox deploys today?", "list deploys svc=pattern-store @ today",
  "", "+2m", "chartbox deploys today to staging?", "list deploys svc=pattern-store env=staging @ today")
P(G, "miss", "sibling alert state firing -> acknowledged", "lower", "04-07 13:00", 3600,
  "critical alerts firing for finder", "list alerts sev=critical svc=swatch-search state=firing @ ~now",
  "", "+2m", "acknowledged critical alerts for finder", "list alerts sev=critical svc=swatch-search state=acknowledged @ ~now")
P(G, "partial", "other statistic: unspecified -> max", "terse", "04-08 09:00", 1800,
  "vats queue depth 6h", "trend metric:queue_depth svc=dyelot-tracker @ 6h",
  "", "+2m", "vats queue depth max 6h", "trend metric:queue_depth svc=dyelot-tracker stat=max @ 6h")
P(G, "miss", "sibling region us-east-2 -> ap-southeast-2", "nonnative", "04-08 10:00", 3600,
  "Is the edge proxy having errors in us-east-2 now?", "status metric:error_rate svc=stitch-gateway region=us-east-2 @ now",
  "", "+2m", "Is the edge proxy having errors in ap-southeast-2 now?", "status metric:error_rate svc=stitch-gateway region=ap-southeast-2 @ now")
P(G, "miss", "over vs under a threshold", "polite", "04-08 11:00", 3600,
  "Would you mind listing the traces over 2 seconds for the till this morning?", "list traces svc=checkout-svc thr=>2 @ this morning",
  "", "+3m", "Would you mind listing the traces under 2 seconds for the till this morning?", "list traces svc=checkout-svc thr=<2 @ this morning")
P(G, "partial", "nested: production deploys contain storefront's", "manager", "04-08 15:00", 3600,
  "How many deploys went to production today?", "count deploys env=production @ today",
  "", "+5m", "How many production deploys did the storefront team make today?", "count deploys env=production team=storefront @ today")
P(G, "miss", "negation code 200 vs code != 200", "promql", "04-08 11:00", 1800,
  'sum(rate(http_requests_total{service="pattern-store", code="200"}[5m])) last 1h', "trend metric:requests svc=pattern-store code=200 @ last 1h",
  "", "+2m", 'sum(rate(http_requests_total{service="pattern-store", code!="200"}[5m])) last 1h', "trend metric:requests svc=pattern-store code=!200 @ last 1h")
P(G, "hit", "looks near but equal: crit=critical, prod=production, rn=now", "slang", "04-08 12:00", 1800,
  "crit alerts rn for prod", "list alerts sev=critical env=production state=firing @ ~now",
  "", "+2m", "critical alerts firing in production rn", "list alerts sev=critical env=production state=firing @ ~now")
# ---------------------------------------------------------------- time (50)
G = "time"
# --- DST change days: Tallinn/Zagreb/Copenhagen spring forward 2025-03-30; Tasmania and Chatham fall back 2025-04-06
P(G, "hit", "DST: 00:00-05:00 on the spring-forward day is 4 real hours = last 4h", "terse", "03-30 05:00", 1800,
  "crit alerts 00:00-05:00", "count alerts sev=critical @ 00:00-05:00",
  "", "+3m", "crit alerts last 4h", "count alerts sev=critical @ last 4h")
P(G, "partial", "DST: 'today' at 05:00 is only 4h long, last 5h starts 58 min earlier", "terse", "03-30 05:00", 1800,
  "crit alerts today", "count alerts sev=critical @ today",
  "", "+2m", "crit alerts last 5h", "count alerts sev=critical @ last 5h")
P(G, "hit", "DST: since midnight at 06:00 CEST is 5 real hours", "nonnative", "03-30 06:00", 3600,
  "Please how many alerts for till since midnight?", "count alerts svc=checkout-svc @ since midnight",
  "", "+5m", "How many alerts for till in last 5 hours?", "count alerts svc=checkout-svc @ last 5 hours")
P(G, "partial", "DST: 01:00-04:00 is 2 real hours, not 3; last 3 hours starts an hour earlier", "nonnative", "03-30 04:00", 1800,
  "Error logs of chartbox between 01:00 and 04:00, please", "list logs:app svc=pattern-store level=error @ between 01:00 and 04:00",
  "", "+2m", "chartbox error logs last 3 hours", "list logs:app svc=pattern-store level=error @ last 3 hours")
P(G, "hit", "DST: since midnight at 10:00 CEST = last 9h", "promql", "03-30 10:00", 1800,
  'sum(rate(http_requests_total{service="stitch-gateway", code=~"5.."}[5m])) since midnight', "trend metric:requests svc=stitch-gateway code=5xx @ since midnight",
  "", "+5m", 'sum(rate(http_requests_total{service="stitch-gateway", code=~"5.."}[5m])) last 9h', "trend metric:requests svc=stitch-gateway code=5xx @ last 9h")
P(G, "hit", "DST: from 01:00 to 03:30 is 90 real minutes", "promql", "03-30 03:30", 1800,
  '{namespace="fulfil", app="dyelot-tracker"} | json | level="error" from 01:00 to 03:30', "list logs:app svc=dyelot-tracker level=error @ from 01:00 to 03:30",
  "", "+1m", '{namespace="fulfil", app="dyelot-tracker"} | json | level="error" last 90m', "list logs:app svc=dyelot-tracker level=error @ last 90m")
P(G, "hit", "DST: since 02:00 EET at 04:30 EEST is 90 real minutes", "terse", "03-30 04:30", 1800,
  "vats queue depth since 02:00", "trend metric:queue_depth svc=dyelot-tracker @ since 02:00",
  "", "+1m", "vats queue depth last 90m", "trend metric:queue_depth svc=dyelot-tracker @ last 90m")
P(G, "hit", "DST: overnight 22:00-06:00 is 7 real hours in Zagreb", "nonnative", "03-30 06:00", 3600,
  "Which deploys of basket-api overnight?", "list deploys svc=checkout-svc @ overnight",
  "", "+2m", "Deploys of checkout-svc in last 7 hours?", "list deploys svc=checkout-svc @ last 7 hours")
P(G, "miss", "DST day: today vs yesterday are disjoint", "promql", "03-30 10:00", 1800,
  '{namespace="shop", app="pattern-store"} |= "error" today', "list logs:app svc=pattern-store match=error @ today",
  "", "+5m", '{namespace="shop", app="pattern-store"} |= "error" yesterday', "list logs:app svc=pattern-store match=error @ yesterday")
P(G, "partial", "DST: 'today' re-asked across the jump; end moved 35 real minutes on a 2.5h range", "terse", "03-30 02:30", 3600,
  "crit alerts today", "count alerts sev=critical @ today",
  "", "03-30 04:05", "crit alerts today", "count alerts sev=critical @ today")
P(G, "hit", "cross-zone + DST in b's zone: 02:00 EET-09:00 EEST = 00:00Z-06:00Z", "formal", "03-30 03:30", 3600,
  "Report the 5xx count for stitch-gateway between 2025-03-30T00:00Z and 2025-03-30T06:00Z.",
  "count metric:requests svc=stitch-gateway code=5xx @ between 2025-03-30T00:00Z and 2025-03-30T06:00Z",
  "terse", "03-30 09:45", "sg 5xx 02:00-09:00", "count metric:requests svc=stitch-gateway code=5xx @ 02:00-09:00")
P(G, "hit", "DST fall-back: since midnight AEDT at 05:00 AEST is 6 real hours", "polite", "04-06 05:00", 3600,
  "Could you count the warning alerts for the dye tracker since midnight, please?", "count alerts sev=warning svc=dyelot-tracker @ since midnight",
  "", "+3m", "Could you count the dye tracker's warning alerts over the last 6 hours, please?", "count alerts sev=warning svc=dyelot-tracker @ last 6 hours")
P(G, "hit", "DST fall-back: 01:00-04:00 is 4 real hours", "polite", "04-06 04:05", 3600,
  "Would you kindly list the deploys for the pdf shop between 01:00 and 04:00?", "list deploys svc=pattern-store @ between 01:00 and 04:00",
  "", "+2m", "Would you kindly list the pdf shop's deploys in the last 4 hours?", "list deploys svc=pattern-store @ last 4 hours")
P(G, "hit", "DST fall-back: overnight 22:00-06:00 is 9 real hours", "polite", "04-06 06:05", 3600,
  "Might I see the critical alerts for the catalogue overnight?", "list alerts sev=critical svc=yarn-catalog @ overnight",
  "", "+2m", "Might I see the catalogue's critical alerts over the last 9 hours?", "list alerts sev=critical svc=yarn-catalog @ last 9 hours")
P(G, "partial", "DST fall-back: same 'now' re-asked 50 real minutes later though the wall clock went back (rule 3 exception)", "polite", "04-06 02:30|0", 3600,
  "Sorry, is the till healthy right now?", "status metric:up svc=checkout-svc @ right now",
  "", "04-06 02:20|1", "Checking again - is the checkout service up at the moment?", "status metric:up svc=checkout-svc @ at the moment")
P(G, "hit", "DST fall-back Chatham (+13:45 -> +12:45): since midnight at 08:00 is 9 real hours", "slang", "04-06 08:00", 3600,
  "postie errors since midnight??", "count metric:requests svc=parcel-notifier code=5xx @ since midnight",
  "", "+4m", "postie errors last 9h", "count metric:requests svc=parcel-notifier code=5xx @ last 9h")
P(G, "hit", "DST fall-back Chatham: 01:00-05:00 is 5 real hours", "slang", "04-06 05:02", 1800,
  "finder 5xx 01:00-05:00 ugh", "count metric:requests svc=swatch-search code=5xx @ 01:00-05:00",
  "", "+2m", "finder 5xx last 5h", "count metric:requests svc=swatch-search code=5xx @ last 5h")
P(G, "hit", "DST fall-back Chatham: today at 12:00 is 13 real hours", "slang", "04-06 12:00", 3600,
  "mailbird deploys today", "list deploys svc=parcel-notifier @ today",
  "", "+5m", "mailbird deploys last 13h", "list deploys svc=parcel-notifier @ last 13h")
P(G, "partial", "DST fall-back Chatham: 03:15 (2nd) is 45 real min after 03:30 (1st); windows disjoint, fresh (rule 3 exception)", "slang", "04-06 03:30|0", 3600,
  "postie bounces last 30 min", "count metric:bounces svc=parcel-notifier @ last 30 min",
  "", "04-06 03:15|1", "postie bounce count past half hour", "count metric:bounces svc=parcel-notifier @ past half hour")
P(G, "hit", "cross-zone + DST in b's zone: 09:00-12:00 ACST = 09:30-12:30 AEST after fall-back", "lower", "04-06 12:40", 3600,
  "critical alerts for front door between 09:00 and 12:00", "list alerts sev=critical svc=stitch-gateway @ between 09:00 and 12:00",
  "polite", "04-06 13:20", "Could you list the critical alerts for stitch-gateway between 09:30 and 12:30, please?",
  "list alerts sev=critical svc=stitch-gateway @ between 09:30 and 12:30")
# --- range grammar, relative vs absolute, midnights, cross-zone
P(G, "partial", "yesterday vs last 24h at 09:00: overlap 62%", "lower", "04-02 09:00", 3600,
  "deploys yesterday", "list deploys @ yesterday",
  "", "+5m", "deploys last 24h", "list deploys @ last 24h")
P(G, "partial", "this morning inside today", "terse", "03-28 18:00", 1800,
  "crit alerts today", "count alerts sev=critical @ today",
  "", "+3m", "crit alerts this morning", "count alerts sev=critical @ this morning")
P(G, "partial", "this week (110h) vs today (14h): ratio 8", "manager", "03-28 14:00", 3600,
  "How many alerts fired this week?", "count alerts @ this week",
  "", "+5m", "How many alerts fired today?", "count alerts @ today")
P(G, "miss", "30 days vs 30 minutes: ratio 1440", "nonnative", "04-03 10:00", 3600,
  "How many incidents for the vats in the last 30 days?", "count incidents svc=dyelot-tracker @ last 30 days",
  "", "+5m", "How many incidents for the vats in the last 30 minutes?", "count incidents svc=dyelot-tracker @ last 30 minutes")
P(G, "miss", "past month vs today (12h): ratio 60", "polite", "04-02 12:00", 3600,
  "Could you count the incidents for the till over the past month?", "count incidents svc=checkout-svc @ over the past month",
  "", "+5m", "Could you count the incidents for the till today?", "count incidents svc=checkout-svc @ today")
P(G, "partial", "last 24h vs last hour: ratio 24, nested", "slang", "04-01 10:00", 1800,
  "sg 502s last 24h", "count metric:requests svc=stitch-gateway code=502 @ last 24h",
  "", "+3m", "sg 502s last hour", "count metric:requests svc=stitch-gateway code=502 @ last hour")
P(G, "miss", "7 days vs 2 hours: ratio 84", "lower", "04-03 12:00", 3600,
  "restarts for chartbox last 7 days", "count metric:restarts svc=pattern-store @ last 7 days",
  "", "+3m", "restarts for chartbox last 2 hours", "count metric:restarts svc=pattern-store @ last 2 hours")
P(G, "miss", "this morning vs yesterday: disjoint", "promql", "04-01 11:00", 1800,
  'sum(increase(parcel_notifier_bounces_total{service="parcel-notifier"}[1h])) this morning', "count metric:bounces svc=parcel-notifier @ this morning",
  "", "+2m", 'sum(increase(parcel_notifier_bounces_total{service="parcel-notifier"}[1h])) yesterday', "count metric:bounces svc=parcel-notifier @ yesterday")
P(G, "hit", "since 9am vs 09:00-12:00 asked 12:05", "terse", "04-02 12:05", 1800,
  "sg 5xx since 9am", "count metric:requests svc=stitch-gateway code=5xx @ since 9am",
  "", "+1m", "sg 5xx between 09:00 and 12:00", "count metric:requests svc=stitch-gateway code=5xx @ between 09:00 and 12:00")
P(G, "miss", "adjacent clock ranges: no overlap", "polite", "04-03 15:00", 3600,
  "Could you list the alerts for the catalogue between 10:00 and 12:00?", "list alerts svc=yarn-catalog @ between 10:00 and 12:00",
  "", "+3m", "Could you list the alerts for the catalogue between 12:00 and 14:00?", "list alerts svc=yarn-catalog @ between 12:00 and 14:00")
P(G, "miss", "UTC clock ranges overlap 15 of 120 min (12.5%)", "formal", "04-03 15:00", 3600,
  "Enumerate alerts for checkout-svc between 10:00 and 12:00 UTC today.", "list alerts svc=checkout-svc @ between 10:00 and 12:00 UTC",
  "", "+3m", "Enumerate alerts for checkout-svc between 11:45 and 13:45 UTC today.", "list alerts svc=checkout-svc @ between 11:45 and 13:45 UTC")
P(G, "hit", "this afternoon = since 12:00 (asked 16:00)", "lower", "04-03 16:00", 3600,
  "finder p95 this afternoon", "trend metric:latency svc=swatch-search stat=p95 @ this afternoon",
  "", "+3m", "finder p95 since 12:00", "trend metric:latency svc=swatch-search stat=p95 @ since 12:00")
P(G, "miss", "last night vs this morning: disjoint", "polite", "04-02 10:00", 3600,
  "Were there any deploys of the front door last night, please?", "list deploys svc=stitch-gateway @ last night",
  "", "+3m", "Were there any deploys of the front door this morning, please?", "list deploys svc=stitch-gateway @ this morning")
P(G, "partial", "since Monday (3.5d) inside last 7 days", "terse", "04-03 12:00", 3600,
  "sg incidents since monday", "list incidents svc=stitch-gateway @ since monday",
  "", "+3m", "sg incidents last 7 days", "list incidents svc=stitch-gateway @ last 7 days")
P(G, "partial", "over the weekend (48h) contains Saturday", "manager", "04-07 10:00", 3600,
  "How many alerts did the orders team get over the weekend?", "count alerts team=orders @ over the weekend",
  "", "+5m", "How many alerts did the orders team get on Saturday?", "count alerts team=orders @ on Saturday")
P(G, "hit", "last 48 hours at Monday 00:30 = over the weekend", "lower", "04-07 00:30", 3600,
  "vats alerts last 48 hours", "list alerts svc=dyelot-tracker @ last 48 hours",
  "", "+2m", "vats alerts over the weekend", "list alerts svc=dyelot-tracker @ over the weekend")
P(G, "hit", "absolute UTC window vs last 2 hours asked at its end", "formal", "04-02 14:05", 3600,
  "Report the error rate of yarn-catalog between 2025-04-02T15:00Z and 2025-04-02T17:00Z.",
  "trend metric:error_rate svc=yarn-catalog @ between 2025-04-02T15:00Z and 2025-04-02T17:00Z",
  "", "+1m", "Report the error rate of yarn-catalog for the last 2 hours.", "trend metric:error_rate svc=yarn-catalog @ last 2 hours")
P(G, "hit", "cross-zone: 08:00-10:00 Shanghai = 00:00Z-02:00Z", "manager", "04-02 10:30", 3600,
  "How many alerts did the pattern store raise between 08:00 and 10:00?", "count alerts svc=pattern-store @ between 08:00 and 10:00",
  "formal", "04-01 23:40", "Report the count of pattern-store alerts between 2025-04-02T00:00Z and 2025-04-02T02:00Z.",
  "count alerts svc=pattern-store @ between 2025-04-02T00:00Z and 2025-04-02T02:00Z")
P(G, "partial", "cross-zone: 'today' in Shanghai vs Chatham starts 5h45 apart", "manager", "04-02 18:00", 3600,
  "How many deploys went out today?", "count deploys @ today",
  "slang", "04-02 23:50", "how many deploys went out today", "count deploys @ today")
P(G, "hit", "cross-zone phrase: 07:00 UTC = 09:00 CEST", "nonnative", "04-02 11:00", 3600,
  "Please the alerts of the finder since 07:00 UTC", "list alerts svc=swatch-search @ since 07:00 UTC",
  "", "+5m", "Alerts of the finder since 09:00, please", "list alerts svc=swatch-search @ since 09:00")
P(G, "partial", "last 90 minutes vs last 2h: start 30 min apart", "slang", "04-02 11:00", 1800,
  "vats cpu last 90 minutes", "trend metric:cpu svc=dyelot-tracker @ last 90 minutes",
  "", "+2m", "vats cpu last 2h", "trend metric:cpu svc=dyelot-tracker @ last 2h")
P(G, "hit", "last week = rolling 7 days", "terse", "04-04 10:00", 3600,
  "till deploys last week", "list deploys svc=checkout-svc @ last week",
  "", "+5m", "till deploys last 7 days", "list deploys svc=checkout-svc @ last 7 days")
P(G, "partial", "this month (7.4d) inside last 30 days", "lower", "04-08 10:00", 3600,
  "incidents this month", "list incidents @ this month",
  "", "+3m", "incidents last 30 days", "list incidents @ last 30 days")
P(G, "partial", "stale: 24h window re-asked 3h later, TTL 1h", "formal", "04-03 10:00", 3600,
  "Report the number of critical alerts for parcel-notifier in the last 24 hours.", "count alerts sev=critical svc=parcel-notifier @ last 24 hours",
  "", "+3h", "Report the number of critical alerts for parcel-notifier in the last 24 hours.", "count alerts sev=critical svc=parcel-notifier @ last 24 hours")
P(G, "partial", "same rolling 1h re-asked 2h later within 3h TTL (rule 3 exception)", "terse", "04-03 10:00", 10800,
  "sg 5xx last 1h", "count metric:requests svc=stitch-gateway code=5xx @ last 1h",
  "", "+2h", "sg 5xx last 1h", "count metric:requests svc=stitch-gateway code=5xx @ last 1h")
P(G, "miss", "same rolling hour re-asked 2h later, TTL 1h: disjoint and stale", "slang", "04-03 10:00", 3600,
  "till 5xx last hour?", "count metric:requests svc=checkout-svc code=5xx @ last hour",
  "", "+2h", "till 5xx last hour?", "count metric:requests svc=checkout-svc code=5xx @ last hour")
P(G, "miss", "midnight: 'yesterday' at 23:50 and at 00:10 are different days", "lower", "04-03 23:50", 3600,
  "deploys yesterday for postie", "list deploys svc=parcel-notifier @ yesterday",
  "", "04-04 00:10", "deploys yesterday for postie", "list deploys svc=parcel-notifier @ yesterday")
P(G, "miss", "midnight: 'today' at 23:55 vs 'today' at 00:05", "polite", "04-03 23:55", 3600,
  "How many alerts has the till had today, please?", "count alerts svc=checkout-svc @ today",
  "", "04-04 00:05", "How many alerts has the till had today, please?", "count alerts svc=checkout-svc @ today")
P(G, "hit", "midnight: 'today' at 23:50 = 'yesterday' at 00:10", "manager", "04-03 23:50", 3600,
  "How many incidents did the front door have today?", "count incidents svc=stitch-gateway @ today",
  "", "04-04 00:10", "How many incidents did the front door have yesterday?", "count incidents svc=stitch-gateway @ yesterday")
P(G, "partial", "after DST: yesterday (Mar 30) was 23h; last 24h overlaps 65%", "nonnative", "03-31 09:00", 3600,
  "The alerts of chartbox yesterday, how many?", "count alerts svc=pattern-store @ yesterday",
  "", "+5m", "How many alerts of chartbox in last 24 hours?", "count alerts svc=pattern-store @ last 24 hours")
# ---------------------------------------------------------------- scope (50)
G = "scope"
P(G, "partial", "team orders contains checkout-svc", "manager", "03-28 10:00", 3600,
  "How many alerts did the orders team get today?", "count alerts team=orders @ today",
  "", "+5m", "How many alerts did the till get today?", "count alerts svc=checkout-svc @ today")
P(G, "miss", "sibling teams orders vs makers", "polite", "03-28 11:00", 3600,
  "Could you list the open incidents for the orders team right now, please?", "list incidents team=orders state=open @ right now",
  "", "+3m", "Could you list the open incidents for the makers team right now, please?", "list incidents team=makers state=open @ right now")
P(G, "miss", "team storefront does not own pattern-store", "lower", "03-28 12:00", 3600,
  "storefront team alerts today", "list alerts team=storefront @ today",
  "", "+3m", "chartbox alerts today", "list alerts svc=pattern-store @ today")
P(G, "partial", "namespace fulfil contains dyelot-tracker", "terse", "03-28 13:00", 1800,
  "fulfil ns warn events 2h", "list k8s_events ns=fulfil type=Warning @ 2h",
  "", "+2m", "vats warn events 2h", "list k8s_events svc=dyelot-tracker type=Warning @ 2h")
P(G, "miss", "sibling namespaces shop vs edge", "promql", "03-28 14:00", 1800,
  'sum(container_memory_working_set_bytes{namespace="shop"}) last 1h', "trend metric:memory ns=shop @ last 1h",
  "", "+2m", 'sum(container_memory_working_set_bytes{namespace="edge"}) last 1h', "trend metric:memory ns=edge @ last 1h")
P(G, "partial", "namespace edge contains stitch-gateway", "nonnative", "03-28 15:00", 3600,
  "Pods restarting in edge namespace today, how many?", "count metric:restarts ns=edge @ today",
  "", "+3m", "How many restarts of the front door pods today?", "count metric:restarts svc=stitch-gateway @ today")
P(G, "miss", "yarn-catalog is not in namespace fulfil", "slang", "03-28 16:00", 1800,
  "fulfil ns cpu last 1h", "trend metric:cpu ns=fulfil @ last 1h",
  "", "+2m", "skeinbase cpu last 1h", "trend metric:cpu svc=yarn-catalog @ last 1h")
P(G, "partial", "region eu-west-1 contains cluster purl-euw1-prod", "formal", "03-28 09:00", 3600,
  "Report firing alerts in region eu-west-1 as of now.", "list alerts region=eu-west-1 state=firing @ now",
  "", "+3m", "Report firing alerts in cluster purl-euw1-prod as of now.", "list alerts cluster=purl-euw1-prod state=firing @ now")
P(G, "miss", "cluster purl-use2-prod is not in eu-west-1", "lower", "03-29 09:00", 3600,
  "node cpu eu-west-1 last 2h", "trend metric:cpu region=eu-west-1 @ last 2h",
  "", "+3m", "node cpu purl-use2-prod last 2h", "trend metric:cpu cluster=purl-use2-prod @ last 2h")
P(G, "partial", "cluster contains host", "terse", "03-29 10:00", 1800,
  "euw1 prod cluster mem 1h", "trend metric:memory cluster=purl-euw1-prod @ 1h",
  "", "+2m", "euw1-prod-n02 mem 1h", "trend metric:memory host=euw1-prod-n02 @ 1h")
P(G, "miss", "sibling hosts n01 vs n03", "nonnative", "03-29 11:00", 3600,
  "Disk latency of euw1-prod-n01 in last 2 hours?", "trend metric:disk_latency host=euw1-prod-n01 @ last 2 hours",
  "", "+3m", "Disk latency of euw1-prod-n03 in last 2 hours?", "trend metric:disk_latency host=euw1-prod-n03 @ last 2 hours")
P(G, "miss", "host apse2-prod-n01 is not in purl-use2-prod", "formal", "03-29 10:00", 3600,
  "Enumerate Kubernetes events for cluster purl-use2-prod since 2025-03-29T00:00Z.", "list k8s_events cluster=purl-use2-prod @ since 2025-03-29T00:00Z",
  "", "+3m", "Enumerate Kubernetes events for node apse2-prod-n01 since 2025-03-29T00:00Z.", "list k8s_events host=apse2-prod-n01 @ since 2025-03-29T00:00Z")
P(G, "partial", "production contains ap-southeast-2 (all prod)", "polite", "03-29 12:00", 3600,
  "Could you list the firing alerts in production at the moment?", "list alerts env=production state=firing @ at the moment",
  "", "+3m", "Could you list the firing alerts in ap-southeast-2 at the moment?", "list alerts region=ap-southeast-2 state=firing @ at the moment")
P(G, "miss", "staging is not in us-east-2", "manager", "03-29 14:00", 3600,
  "How many deploys went to staging this week?", "count deploys env=staging @ this week",
  "", "+5m", "How many deploys went to us-east-2 this week?", "count deploys region=us-east-2 @ this week")
P(G, "partial", "endpoint /api/cart contains /api/cart/add", "promql", "03-29 15:00", 1800,
  'sum(rate(http_requests_total{service="checkout-svc", endpoint=~"/api/cart.*"}[5m])) last 1h', "trend metric:requests svc=checkout-svc ep=/api/cart @ last 1h",
  "", "+2m", 'sum(rate(http_requests_total{service="checkout-svc", endpoint="/api/cart/add"}[5m])) last 1h', "trend metric:requests svc=checkout-svc ep=/api/cart/add @ last 1h")
P(G, "miss", "sibling endpoints /api/cart/add vs /api/cart/remove", "slang", "03-29 16:00", 1800,
  "till /api/cart/add p95 last hr", "trend metric:latency svc=checkout-svc ep=/api/cart/add stat=p95 @ ~last hour",
  "", "+2m", "till /api/cart/remove p95 last hr", "trend metric:latency svc=checkout-svc ep=/api/cart/remove stat=p95 @ ~last hour")
P(G, "partial", "whole service contains one endpoint", "lower", "03-29 17:00", 3600,
  "finder 5xx last 3h", "count metric:requests svc=swatch-search code=5xx @ last 3h",
  "", "+3m", "finder 5xx on /api/search/suggest last 3h", "count metric:requests svc=swatch-search code=5xx ep=/api/search/suggest @ last 3h")
P(G, "partial", "threshold above 80% contains above 90%", "terse", "03-31 09:00", 1800,
  "nodes cpu >80% euw1 now", "list metric:cpu region=eu-west-1 thr=>80 @ now",
  "", "+2m", "nodes cpu >90% euw1 now", "list metric:cpu region=eu-west-1 thr=>90 @ now")
P(G, "miss", "above vs below 80%", "nonnative", "03-31 10:00", 3600,
  "Which nodes have memory above 80% now?", "list metric:memory thr=>80 @ now",
  "", "+2m", "Which nodes have memory below 80% now?", "list metric:memory thr=<80 @ now")
P(G, "partial", "no threshold contains above 500", "polite", "03-31 11:00", 3600,
  "Could you show me the dye tracker queue depth over the past 3 hours?", "trend metric:queue_depth svc=dyelot-tracker @ past 3 hours",
  "", "+3m", "Could you show me when the dye tracker queue was above 500 over the past 3 hours?", "trend metric:queue_depth svc=dyelot-tracker thr=>500 @ past 3 hours")
P(G, "miss", "sibling teams platform vs storefront", "manager", "03-31 11:00", 3600,
  "How many alerts did the platform team get today?", "count alerts team=platform @ today",
  "", "+5m", "How many alerts did the storefront team get today?", "count alerts team=storefront @ today")
P(G, "hit", "team orders = till + postie (topology)", "formal", "03-31 09:00", 3600,
  "List open incidents for team orders as of now.", "list incidents team=orders state=open @ now",
  "", "+3m", "List open incidents for checkout-svc and parcel-notifier as of now.", "list incidents svc=checkout-svc+parcel-notifier state=open @ now")
P(G, "partial", "all regions contain us-east-2", "slang", "03-31 12:00", 1800,
  "till error rate last 1h", "trend metric:error_rate svc=checkout-svc @ last 1h",
  "", "+2m", "till error rate in us-east-2 last 1h", "trend metric:error_rate svc=checkout-svc region=us-east-2 @ last 1h")
P(G, "miss", "sibling regions for the same service", "lower", "03-31 13:00", 3600,
  "till error rate us-east-2 last 2h", "trend metric:error_rate svc=checkout-svc region=us-east-2 @ last 2h",
  "", "+3m", "till error rate eu-west-1 last 2h", "trend metric:error_rate svc=checkout-svc region=eu-west-1 @ last 2h")
P(G, "partial", "threshold kept, cluster -> host in it", "promql", "03-31 14:00", 1800,
  '(1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle", cluster="purl-euw1-prod"}[5m]))) > 0.8 now',
  "list metric:cpu cluster=purl-euw1-prod thr=>80 @ now",
  "", "+2m", '(1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle", instance="euw1-prod-n01"}[5m]))) > 0.8 now',
  "list metric:cpu host=euw1-prod-n01 thr=>80 @ now")
P(G, "hit", "prod = production with region", "nonnative", "04-01 09:00", 3600,
  "The firing alerts in prod eu-west-1 now, please", "list alerts env=production region=eu-west-1 state=firing @ now",
  "", "+2m", "Firing alerts in production, region eu-west-1, now", "list alerts env=production region=eu-west-1 state=firing @ now")
P(G, "hit", "stg = staging", "terse", "04-01 10:00", 1800,
  "stg deploys today", "list deploys env=staging @ today",
  "", "+3m", "staging deploys today", "list deploys env=staging @ today")
P(G, "hit", "ns = namespace", "lower", "04-01 11:00", 3600,
  "warning events ns fulfil last 2h", "list k8s_events ns=fulfil type=Warning @ last 2h",
  "", "+3m", "warning events in the fulfil namespace last 2h", "list k8s_events ns=fulfil type=Warning @ last 2h")
P(G, "hit", "team name word order", "manager", "04-01 12:00", 3600,
  "Can you list this week's incidents for team makers?", "list incidents team=makers @ this week",
  "", "+10m", "Which incidents has the makers team had this week?", "list incidents team=makers @ this week")
P(G, "partial", "severity narrows within one team", "polite", "04-01 13:00", 3600,
  "Might you count the alerts for the makers team today?", "count alerts team=makers @ today",
  "", "+3m", "Might you count the critical alerts for the makers team today?", "count alerts team=makers sev=critical @ today")
P(G, "miss", "sibling endpoints /api/search/facets vs /api/search/suggest", "slang", "04-01 14:00", 1800,
  "finder /api/search/facets p99 last 1h", "trend metric:latency svc=swatch-search ep=/api/search/facets stat=p99 @ last 1h",
  "", "+2m", "finder /api/search/suggest p99 last 1h", "trend metric:latency svc=swatch-search ep=/api/search/suggest stat=p99 @ last 1h")
P(G, "miss", "staging host vs prod host", "formal", "04-01 09:00", 3600,
  "Report memory usage for host euw1-stg-n01 between 2025-04-01T00:00Z and 2025-04-01T06:00Z.",
  "trend metric:memory host=euw1-stg-n01 @ between 2025-04-01T00:00Z and 2025-04-01T06:00Z",
  "", "+3m", "Report memory usage for host euw1-prod-n01 between 2025-04-01T00:00Z and 2025-04-01T06:00Z.",
  "trend metric:memory host=euw1-prod-n01 @ between 2025-04-01T00:00Z and 2025-04-01T06:00Z")
P(G, "miss", "sibling envs for one service", "terse", "04-02 09:00", 1800,
  "chartbox 5xx prod 1h", "count metric:requests svc=pattern-store env=production code=5xx @ 1h",
  "", "+2m", "chartbox 5xx stg 1h", "count metric:requests svc=pattern-store env=staging code=5xx @ 1h")
P(G, "partial", "region ap-southeast-2 contains host apse2-prod-n02", "lower", "04-02 10:00", 3600,
  "disk iops ap-southeast-2 last 1h", "trend metric:disk_iops region=ap-southeast-2 @ last 1h",
  "", "+2m", "disk iops apse2-prod-n02 last 1h", "trend metric:disk_iops host=apse2-prod-n02 @ last 1h")
P(G, "partial", "namespace shop contains pattern-store", "nonnative", "04-02 11:00", 3600,
  "The deploys in shop namespace this week?", "list deploys ns=shop @ this week",
  "", "+3m", "The deploys of chartbox this week?", "list deploys svc=pattern-store @ this week")
P(G, "partial", "traces over 2s contain traces over 5s", "polite", "04-02 12:00", 3600,
  "Could you list the front door traces slower than 2 seconds this morning?", "list traces svc=stitch-gateway thr=>2 @ this morning",
  "", "+3m", "Could you list the front door traces slower than 5 seconds this morning?", "list traces svc=stitch-gateway thr=>5 @ this morning")
P(G, "miss", "over 2s vs under 0.5s: disjoint", "manager", "04-02 13:00", 3600,
  "How many checkout traces took longer than 2 seconds today?", "count traces svc=checkout-svc thr=>2 @ today",
  "", "+5m", "How many checkout traces took under half a second today?", "count traces svc=checkout-svc thr=<0.5 @ today")
P(G, "partial", "namespace + region narrows namespace", "promql", "04-02 14:00", 1800,
  'ALERTS{namespace="fulfil", severity="critical", region="eu-west-1"} last 6h', "list alerts ns=fulfil sev=critical region=eu-west-1 @ last 6h",
  "", "+2m", 'ALERTS{namespace="fulfil", severity="critical"} last 6h', "list alerts ns=fulfil sev=critical @ last 6h")
P(G, "miss", "sibling severity with same service and region", "slang", "04-02 15:00", 1800,
  "till crit alerts euw1 today", "list alerts svc=checkout-svc sev=critical region=eu-west-1 @ today",
  "", "+2m", "till warn alerts euw1 today", "list alerts svc=checkout-svc sev=warning region=eu-west-1 @ today")
P(G, "partial", "narrower on two axes: team -> service and cluster -> host", "formal", "04-02 10:00", 3600,
  "Report alerts for team storefront in cluster purl-euw1-prod since 2025-04-02T00:00Z.",
  "list alerts team=storefront cluster=purl-euw1-prod @ since 2025-04-02T00:00Z",
  "", "+3m", "Report alerts for swatch-search on host euw1-prod-n02 since 2025-04-02T00:00Z.",
  "list alerts svc=swatch-search host=euw1-prod-n02 @ since 2025-04-02T00:00Z")
P(G, "miss", "endpoint of checkout vs another service", "terse", "04-03 09:00", 1800,
  "till /api/checkout/pay 5xx 1h", "count metric:requests svc=checkout-svc ep=/api/checkout/pay code=5xx @ 1h",
  "", "+2m", "postie 5xx 1h", "count metric:requests svc=parcel-notifier code=5xx @ 1h")
P(G, "hit", "euw1 prod cluster = purl-euw1-prod", "lower", "04-03 10:00", 3600,
  "pending pods purl-euw1-prod now", "list k8s_events cluster=purl-euw1-prod reason=FailedScheduling @ now",
  "", "+2m", "pending pods in the euw1 prod cluster now", "list k8s_events cluster=purl-euw1-prod reason=FailedScheduling @ now")
P(G, "hit", "n02 in euw1 prod = euw1-prod-n02", "nonnative", "04-03 11:00", 3600,
  "The cpu of euw1-prod-n02 in last 3 hours?", "trend metric:cpu host=euw1-prod-n02 @ last 3 hours",
  "", "+5m", "Cpu of node n02 in euw1 prod, last 3 hours?", "trend metric:cpu host=euw1-prod-n02 @ last 3 hours")
P(G, "partial", "5xx on whole service contains one endpoint's 5xx", "promql", "04-03 12:00", 1800,
  'sum(rate(http_requests_total{service="stitch-gateway", code=~"5.."}[5m])) last 2h', "trend metric:requests svc=stitch-gateway code=5xx @ last 2h",
  "", "+2m", 'sum(rate(http_requests_total{service="stitch-gateway", code=~"5..", endpoint="/api/skeins"}[5m])) last 2h',
  "trend metric:requests svc=stitch-gateway code=5xx ep=/api/skeins @ last 2h")
P(G, "partial", "disk latency above 50ms contains above 100ms", "polite", "04-03 13:00", 3600,
  "Could you show which hosts had disk latency above 50ms this morning?", "list metric:disk_latency thr=>50 @ this morning",
  "", "+3m", "Could you show which hosts had disk latency above 100ms this morning?", "list metric:disk_latency thr=>100 @ this morning")
P(G, "miss", "memory above 90% vs below 50%", "slang", "04-03 14:00", 1800,
  "pods w memory above 90% in shop rn", "list metric:memory ns=shop thr=>90 @ ~now",
  "", "+2m", "pods w memory below 50% in shop rn", "list metric:memory ns=shop thr=<50 @ ~now")
P(G, "partial", "eu-west-1 contains the staging cluster", "manager", "04-04 09:00", 3600,
  "How many deploys went to eu-west-1 today?", "count deploys region=eu-west-1 @ today",
  "", "+5m", "How many deploys went to staging today?", "count deploys env=staging @ today")
P(G, "miss", "sibling clusters in different regions", "formal", "04-04 09:00", 3600,
  "Report pending pods in cluster purl-apse2-prod since 2025-04-04T00:00Z.", "list k8s_events cluster=purl-apse2-prod reason=FailedScheduling @ since 2025-04-04T00:00Z",
  "", "+3m", "Report pending pods in cluster purl-euw1-prod since 2025-04-04T00:00Z.", "list k8s_events cluster=purl-euw1-prod reason=FailedScheduling @ since 2025-04-04T00:00Z")
P(G, "partial", "team storefront contains the front door", "lower", "04-08 09:00", 3600,
  "storefront incidents this week", "list incidents team=storefront @ this week",
  "", "+3m", "front door incidents this week", "list incidents svc=stitch-gateway @ this week")
P(G, "miss", "sibling services inside namespace fulfil", "polite", "04-04 10:00", 3600,
  "Could you count the alerts for the till this morning, please?", "count alerts svc=checkout-svc @ this morning",
  "", "+3m", "Could you count the alerts for the dye tracker this morning, please?", "count alerts svc=dyelot-tracker @ this morning")

GROUP_ORDER = ["paraphrase", "near", "time", "scope"]
COUNTS = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}


def at_iso(tz, t):
    return t.astimezone(E.ZoneInfo(tz)).isoformat(timespec="seconds")


def b_instant(pr, ta):
    s = pr["bat"]
    if s.startswith("+"):
        n, u = int(s[1:-1]), s[-1]
        return ta + timedelta(minutes=n * {"m": 1, "h": 60, "d": 1440}[u])
    return E.parse_local(VOICES[pr["bv"]][0], s)


def check_phrase(q, sem):
    when = sem["when"]
    if not when.startswith("~") and when.lower() not in q.lower():
        raise ValueError("time phrase %r not in question %r" % (when, q))


def derive(pr):
    tza, tzb = VOICES[pr["av"]][0], VOICES[pr["bv"]][0]
    ta = E.parse_local(tza, pr["aat"])
    tb = b_instant(pr, ta)
    if tb <= ta:
        raise ValueError("b asked before a")
    sa, sb = E.parse_sem(pr["asem"]), E.parse_sem(pr["bsem"])
    check_phrase(pr["aq"], sa)
    check_phrase(pr["bq"], sb)
    ra = E.resolve(sa["when"], ta, tza)
    rb = E.resolve(sb["when"], tb, tzb)
    (lab, why), flip = E.robust_label(sa, ra, sb, rb, ta, tb, pr["ttl"])
    return dict(ta=ta, tb=tb, tza=tza, tzb=tzb, ra=ra, rb=rb, label=lab, why=why, flip=flip)


def build():
    errors = []
    pairs_out = []
    order = sorted(range(len(PAIRS)), key=lambda i: GROUP_ORDER.index(PAIRS[i]["group"]))
    for n, i in enumerate(order, 1):
        pr = PAIRS[i]
        try:
            d = derive(pr)
        except Exception as ex:  # noqa
            errors.append("pair #%d (%s %s): %s: %s" % (i, pr["group"], pr["aq"][:40], type(ex).__name__, ex))
            continue
        if d["label"] != pr["expect"]:
            errors.append("pair #%d (%s) typed %s but spec gives %s (%s): %s | %s" %
                          (i, pr["group"], pr["expect"], d["label"], d["why"], pr["aq"], pr["bq"]))
            continue
        if d["flip"]:
            errors.append("pair #%d (%s) label %s flips to %s under %r: %s | %s" %
                          (i, pr["group"], d["label"], d["flip"][1], d["flip"][0], pr["aq"], pr["bq"]))
            continue
        pairs_out.append({
            "id": "p30-%04d" % n, "group": pr["group"], "split": "dev30" if n % 2 else "test30",
            "expect": pr["expect"],
            "a": {"q": pr["aq"], "at": at_iso(d["tza"], d["ta"]), "tz": d["tza"], "ttl": pr["ttl"]},
            "b": {"q": pr["bq"], "at": at_iso(d["tzb"], d["tb"]), "tz": d["tzb"]},
            "note": pr["note"],
        })
    hist_out = []
    for n, (v, at, q, ex) in enumerate(sorted(H, key=lambda h: E.parse_local(VOICES[h[0]][0], h[1])), 1):
        tz = VOICES[v][0]
        hist_out.append({"id": "h30-%03d" % n, "at": at_iso(tz, E.parse_local(tz, at)), "tz": tz, "voice": v,
                         "question": q, "executed": [{"datasource": d, "query": qq} for d, qq in ex]})
    return pairs_out, hist_out, errors


ALERT_RULES = [
    # (alertname, severity, expression summary, owner: "service" = per app service, "node" = platform)
    ("HighErrorRate", "critical", "5xx ratio > 5% for 5m (warning variant > 1%)", "service"),
    ("LatencyP95High", "warning", "p95 http_request_duration_seconds > 0.8s for 10m", "service"),
    ("PodCrashLooping", "warning", "increase(kube_pod_container_status_restarts_total[15m]) > 3", "service"),
    ("DyeLotQueueBacklog", "warning", "dyelot_queue_depth > 500 for 15m (critical > 2000)", "dyelot-tracker"),
    ("PaymentFailureRate", "critical", "checkout_payment_failures_total / payment attempts > 3% for 5m", "checkout-svc"),
    ("PatternRenderSlow", "warning", "p99 pattern_pdf_render_seconds > 20s for 15m", "pattern-store"),
    ("EmailBounceRate", "warning", "parcel_notifier_bounces_total / emails_sent > 5% for 30m", "parcel-notifier"),
    ("NodeMemoryPressure", "critical", "node memory used > 90% for 5m", "node"),
    ("NodeDiskLatencyHigh", "warning", "avg disk read latency > 50ms for 10m", "node"),
    ("CertExpiringSoon", "warning", "probe_ssl_earliest_cert_expiry - time() < 14d", "node"),
]


def topology():
    rows = []
    prod = [(r, c, hs) for r, cs in E.REGIONS.items() for c, hs in cs.items()]
    for name, sev, _, owner in ALERT_RULES:
        for r, c, hs in prod:
            env = E.CLUSTER_ENV[c]
            if owner == "node":
                for h in hs:
                    rows.append({"alertname": name, "severity": sev, "team": "platform", "region": r, "cluster": c,
                                 "host": h, "env": env})
                continue
            for svc, (team, ns, _) in E.SERVICES.items():
                if owner not in ("service", svc):
                    continue
                rows.append({"alertname": name, "severity": sev, "service": svc, "team": team, "namespace": ns,
                             "region": r, "cluster": c, "env": env})
    return {"alerts": rows}


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    pairs_out, hist_out, errors = build()
    from collections import Counter
    c = Counter(p["group"] for p in PAIRS)
    for g, n in COUNTS.items():
        if c[g] != n:
            errors.append("group %s has %d pairs, want %d" % (g, c[g], n))
    if len(H) != 100:
        errors.append("history has %d rows, want 100" % len(H))
    if errors:
        for e in errors:
            print("REFUSED:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    open("pairs.jsonl", "w").write(dumps(pairs_out))
    open("history.jsonl", "w").write(dumps(hist_out))
    open("aliases.json", "w").write(json.dumps(E.ALIASES, indent=1) + "\n")
    open("topology.json", "w").write(json.dumps(topology(), indent=1) + "\n")
    print("wrote %d pairs, %d history rows" % (len(pairs_out), len(hist_out)))


if __name__ == "__main__":
    main()
