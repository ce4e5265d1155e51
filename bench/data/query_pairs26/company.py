"""Quillmark (e-signature / document-notarisation SaaS): hand-typed theme tables."""

VOICES = {
    # key: (IANA zone, style)
    "radu":   ("Europe/Bucharest",   "terse shorthand"),
    "linh":   ("Asia/Ho_Chi_Minh",   "non-native English"),
    "thiri":  ("Asia/Rangoon",       "very polite"),
    "dana":   ("America/Phoenix",    "manager prose"),
    "milos":  ("Europe/Belgrade",    "pastes PromQL/LogQL"),
    "gudrun": ("Atlantic/Reykjavik", "formal with ISO/UTC timestamps"),
    "kez":    ("Australia/Canberra", "typos and chat slang"),
    "santi":  ("America/Montevideo", "lowercase one-liners"),
}

# canonical service id -> (team, namespace, other names people use, description)
SERVICES = {
    "sign-api":        ("team-core",  "signing", ["inkwell", "signing api", "signapi"],
                        "public REST API that creates envelopes and collects signatures; 'inkwell' was its old name"),
    "envelope-store":  ("team-core",  "signing", ["envstore", "docvault", "envelope db"],
                        "stores envelopes and signed PDFs; was called docvault"),
    "usage-meter":     ("team-core",  "billing", ["tallyman", "metering", "billing counter"],
                        "counts signatures per customer for invoicing; old name tallyman"),
    "identity-verify": ("team-trust", "trust",   ["idv", "kyc check", "passport scanner"],
                        "ID-document / KYC checks via external vendors"),
    "audit-trail":     ("team-trust", "trust",   ["chronicle", "audit log", "atrail"],
                        "append-only evidence log of every signing event; old name chronicle"),
    "pdf-render":      ("team-docs",  "docflow", ["render farm", "rasterizer", "pdfr"],
                        "workers that flatten and stamp PDFs; old name rasterizer"),
    "webhook-relay":   ("team-docs",  "docflow", ["hookshot", "callback sender", "whr"],
                        "delivers customer webhooks/callbacks; old name hookshot"),
}

TEAMS = {
    "team-core": "sign-api, envelope-store, usage-meter",
    "team-trust": "identity-verify, audit-trail",
    "team-docs": "pdf-render, webhook-relay",
    "team-platform": "nodes, clusters, ingress (no service label)",
}

NAMESPACES = ["signing", "billing", "trust", "docflow", "ingress", "monitoring"]

# cluster -> region ; host -> cluster
CLUSTERS = {"qm-euc1-a": "eu-central-1", "qm-euc1-b": "eu-central-1",
            "qm-apse2-a": "ap-southeast-2", "qm-usw2-a": "us-west-2"}
HOSTS = {"euc1a-n01": "qm-euc1-a", "euc1a-n03": "qm-euc1-a", "euc1a-n05": "qm-euc1-a",
         "euc1b-n02": "qm-euc1-b", "euc1b-n04": "qm-euc1-b",
         "apse2a-n01": "qm-apse2-a", "apse2a-n02": "qm-apse2-a",
         "usw2a-n01": "qm-usw2-a", "usw2a-n06": "qm-usw2-a"}

METRICS = {
    "http_requests_total{service,namespace,cluster,code,endpoint}": "request rate; 5xx ratio = errors",
    "http_request_duration_seconds_bucket{service,endpoint,le}": "latency histogram (p50/p95/p99)",
    "container_cpu_usage_seconds_total{namespace,pod,container,cluster}": "cpu",
    "container_memory_working_set_bytes{namespace,pod,container,cluster}": "memory",
    "node_cpu_seconds_total{host,mode}": "node cpu",
    "node_memory_MemAvailable_bytes{host}": "node memory",
    "node_disk_reads_completed_total / node_disk_writes_completed_total{host,device}": "disk IOPS (read/write)",
    "node_disk_read_time_seconds_total / node_disk_write_time_seconds_total{host,device}": "disk latency",
    "node_filesystem_avail_bytes{host,mountpoint}": "disk used %",
    "pdf_render_queue_depth{cluster}": "render backlog",
    "webhook_delivery_attempts_total{result,cluster}": "webhook delivery failures",
    "usage_meter_lag_seconds{cluster}": "metering lag",
    "identity_vendor_request_duration_seconds_bucket{vendor}": "KYC vendor latency",
    "kube_pod_container_status_restarts_total{namespace,pod}": "restarts",
}

# alertname -> (severity, expression summary, threshold, owning service or None)
ALERTS = {
    "SignApiHighErrorRate":         ("critical", "5xx / all requests of sign-api", "> 2% for 5m", "sign-api"),
    "SignApiLatencyHigh":           ("warning",  "p95 http_request_duration_seconds sign-api", "> 800ms for 10m", "sign-api"),
    "EnvelopeStoreDiskLatencyHigh": ("warning",  "disk read latency on envelope-store hosts", "> 20ms for 10m", "envelope-store"),
    "IdentityVendorTimeouts":       ("critical", "vendor timeouts / checks", "> 5% for 5m", "identity-verify"),
    "PdfRenderQueueBacklog":        ("warning",  "pdf_render_queue_depth", "> 500 for 15m", "pdf-render"),
    "PdfRenderQueueCritical":       ("critical", "pdf_render_queue_depth", "> 2000 for 10m", "pdf-render"),
    "WebhookDeliveryFailures":      ("warning",  "failed / all webhook attempts", "> 10% for 10m", "webhook-relay"),
    "UsageMeterLagHigh":            ("critical", "usage_meter_lag_seconds", "> 300 for 10m", "usage-meter"),
    "AuditTrailWriteErrors":        ("critical", "audit-trail write errors", "> 0 for 5m", "audit-trail"),
    "NodeCPUHigh":                  ("warning",  "node cpu busy", "> 85% for 15m", None),
    "NodeMemoryHigh":               ("warning",  "node memory used", "> 90% for 10m", None),
    "NodeDiskAlmostFull":           ("critical", "filesystem used", "> 90% for 5m", None),
    "KubePodCrashLooping":          ("warning",  "restarts in 10m", "> 3", None),
}


def topology_alerts():
    out = []
    regions = {}
    for svc, (team, ns, _, _) in SERVICES.items():
        for an, (sev, _, thr, owner) in ALERTS.items():
            if owner == svc:
                for cl, rg in CLUSTERS.items():
                    out.append({"alertname": an, "severity": sev, "service": svc, "team": team,
                                "namespace": ns, "cluster": cl, "region": rg})
    for host, cl in HOSTS.items():
        for an in ("NodeCPUHigh", "NodeMemoryHigh", "NodeDiskAlmostFull"):
            out.append({"alertname": an, "severity": ALERTS[an][0], "team": "team-platform",
                        "host": host, "cluster": cl, "region": CLUSTERS[cl]})
    return out


def topo_maps():
    svc = {s: {"team": t, "ns": n} for s, (t, n, _, _) in SERVICES.items()}
    cluster = {c: {"region": r} for c, r in CLUSTERS.items()}
    host = {h: {"cluster": c} for h, c in HOSTS.items()}
    return {"svc": svc, "cluster": cluster, "host": host}


def aliases():
    return {s: list(v[2]) for s, v in SERVICES.items()}

# informal short forms people use for clusters/regions (not service aliases; kept out of executed queries too)
INFRA_SHORT = {"euc1-a": "qm-euc1-a", "euc1-b": "qm-euc1-b", "euc1": "eu-central-1",
               "apse2": "ap-southeast-2", "au": "ap-southeast-2", "sydney region": "ap-southeast-2",
               "usw2": "us-west-2"}
