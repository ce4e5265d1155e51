"""What the demo plants and where: the window's units, the secrets pasted into chats, and `PLANTED`.

Tests and demos of later features assert against `PLANTED`; the generator reads its parameters
from here too, so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import timedelta

DEMO_ORGS = ("acme", "globex")

HOUR = 3600
DAY = 24 * HOUR
WEEK = 7 * DAY
FIRING_ENDS_AT = "0001-01-01T00:00:00Z"
EXTERNAL_URL = "http://alertmanager.example:9093"
RECEIVER = "learning-exporter"

_SECRETS = {
    "email": "priya.natarajan@acme-corp.com",
    "ip": "10.42.7.19",
    "password": "Wint3r-Sun-42!",  # used as PGPASSWORD=... in a psql command
    "bearer_jwt": (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LWFjbWUtMDciLCJvcmciOiJhY21lIn0"
        ".Qm9ndXNEZW1vU2lnbmF0dXJlRm9yUmVkYWN0aW9u"
    ),
    "grafana_token": "glsa_7fQz2LmXc9RtY4bVn8KpW3sHdJ6aE1uG_3c9d2e7a",
}

#: What was planted and where, so tests and demos of later features can assert against it.
#: The generator reads its parameters from here too, so this cannot drift from the data.
PLANTED: dict = {
    "friday_peak": {
        "org": "acme",
        "group": {"alertname": "DBSlowQueries", "service": "orders-db", "severity": "warning"},
        "weekday": 4,
        "hour": 15,
        "extra_alerts": (2, 3),  # on top of a baseline of about 0.7 in that hour: 4-5x
        "absent_weeks_ago": (5,),
        "cause": "the weekly reports job (CronJob weekly-reports, application_name weekly-reports) "
        "runs heavy aggregate queries on orders-db every Friday at 15:00 UTC",
    },
    "monday_spike": {
        "org": "acme",
        "weekday": 0,
        "hours": (8, 9),
        "extra_alerts_per_hour": (1, 2),  # per group, on top of a baseline of about 0.1 per hour
        "groups": (
            {"alertname": "HighErrorRate", "service": "payments-api", "severity": "warning"},
            {"alertname": "HighLatency", "service": "api-gateway", "severity": "warning"},
            {"alertname": "PodCrashLooping", "service": "search-indexer", "severity": "warning"},
            {"alertname": "KafkaConsumerLag", "service": "orders-service", "severity": "warning"},
        ),
        "absent_weeks_ago": (3,),
        # This week's burst is an incident on top of the usual Monday ramp: a weekly burst alone is
        # seasonality to a self-calibrating detector, so the latest one is made several times larger
        # (spread evenly over each planted hour, drawing nothing from the seeded generator).
        "latest_extra_alerts_per_hour": 6,
        "cause": "Monday-morning traffic ramp meets cold caches and the weekend's queued batch work",
    },
    "level_shift": {
        "org": "acme",
        "group": {"alertname": "HighLatency", "service": "checkout-api", "severity": "warning"},
        "starts_before_now": timedelta(weeks=3),
        "factor": 2.0,
        "cause": "checkout-api v2.14.0 deploy (synchronous fraud check added to the payment path)",
    },
    "habits": {
        "monday_alerts": {
            "org": "acme",
            "user": "u-acme-01",
            "weekday": 0,
            "hour": 9,
            "absent_weeks_ago": (6,),
            "intents": ("weekend_alerts", "critical_alerts_24h"),
        },
        "month_end_disk": {
            "org": "acme",
            "user": "u-acme-05",
            "last_days_of_month": 3,
            "intents": ("disk_space",),
        },
    },
    "preferences": {
        "u-acme-02": {"model": "claude-sonnet"},
        "u-acme-03": {"answer_length": "short", "marker": "(short answer please)"},
        "u-acme-04": {"follow_up": "explain more"},
        "u-globex-01": {"model": "llama3-70b"},
    },
    "questions": {
        "critical_alerts_24h": (
            "how many critical alerts in the last 24 hours",
            "critical alerts in the past day",
            "how many critical alerts fired in the last 24h?",
            "count of critical alerts over the last day",
        ),
        "weekend_alerts": (
            "what alerts fired over the weekend",
            "any alerts since Friday evening?",
            "summarize the weekend's alerts",
        ),
        "top_noisy_week": (
            "top noisy alerts this week",
            "which alerts fired the most this week",
            "noisiest alerts this week",
        ),
        "service_errors": (
            "show errors for {service} in the last hour",
            "errors from {service} in the past hour",
            "{service} errors last hour",
        ),
        "host_errors": ("errors on {host} in the last hour", "errors on {host} in the last 2 hours"),
        "p99_latency": (
            "what's the p99 latency of {service} today",
            "p99 latency for {service} today",
            "how slow is {service} today at p99?",
        ),
        "error_rate": ("error rate of {service} over the last 6 hours", "{service} 5xx rate, last 6 hours"),
        "disk_space": (
            "which volumes are above 85% disk usage",
            "how much disk is left on {host}",
            "disk space on {host}",
        ),
        "slow_traces": (
            "slowest traces for {service} in the last 30 minutes",
            "show slow {service} traces, last 30m",
        ),
        "my_silences": ("which of my silences expire today", "my silences ending today"),
    },
    "troubleshooting": {
        "high_cpu": {
            "org": "acme",
            "occurrences": (("server-01", "prod", 7), ("server-03", "prod", 4), ("server-06", "prod", 1)),
            "root_cause": "backup-agent stuck in a tight retry loop after a failed S3 upload",
            "fix": {"prod": "systemctl restart backup-agent"},
        },
        "oom_killed": {
            "org": "acme",
            "occurrences": (("payments-api", "prod", 6), ("payments-api", "prod", 2)),
            "root_cause": "payments-api heap outgrew its 512Mi memory limit",
            "fix": {"prod": "kubectl set resources deployment/payments-api -n payments --limits=memory=1Gi"},
        },
        "econnrefused": {
            "org": "acme",
            "occurrences": (
                ("orders-db-0", "prod", 5),
                ("orders-db", "dev", 3),
                ("orders-db-0", "prod", 1),
                ("orders-db", "dev", 0),
            ),
            "root_cause": {
                "prod": "pgbouncer on orders-db-0 died (open-files limit)",
                "dev": "the nightly cost-saver scaled the orders-db StatefulSet to zero",
            },
            "fix": {
                "prod": "ssh orders-db-0 sudo systemctl restart pgbouncer",
                "dev": "kubectl scale statefulset/orders-db -n orders-dev --replicas=1",
            },
        },
        "disk_full": {
            "org": "acme",
            "occurrences": "month_end",
            "hosts": ("logs-01", "logs-02"),
            "root_cause": "month-end exports inflate app logs; logrotate has no size trigger",
            "fix": {"prod": "journalctl --vacuum-size=2G && logrotate -f /etc/logrotate.d/app"},
        },
        "php_cpu": {
            "org": "globex",
            "occurrences": (("shop-web-1", "prod", 6), ("shop-web-2", "prod", 2)),
            "root_cause": "the hourly reindex cron pins php-fpm workers",
            "fix": {"prod": "systemctl restart php-fpm"},
        },
        "wal_full": {
            "org": "globex",
            "occurrences": (("pg-main", "prod", 5), ("pg-main", "prod", 1)),
            "root_cause": "an abandoned replication slot keeps WAL from being recycled",
            "fix": {"prod": "psql -c \"select pg_drop_replication_slot('old_replica')\""},
        },
    },
    "secrets": dict(_SECRETS),  # kind -> exact value, for "never reaches the store" tests
    # A question asked every week that the knowledge base cannot answer: slow, mostly unhelpful answers.
    # Generated with its own random stream after everything else, so nothing above changes.
    "knowledge_gap": {
        "org": "globex",
        "per_week": 6,
        "questions": (
            "why does inventory-api return 503 right after a deploy?",
            "inventory-api 503s after every deploy, why?",
            "why do we get 503 from inventory-api after a rollout",
        ),
        "answer": "I found nothing about 503s after deploys in the runbooks or past cases; "
        "the pod events of inventory-api may tell more.",
        "answer_seconds": (12.0, 20.0),
        "not_helpful_share": 0.6,
    },
}
