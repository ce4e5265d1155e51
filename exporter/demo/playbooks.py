"""Commands, believable output excerpts and the fix for each recurring problem in `PLANTED`."""

from __future__ import annotations

import random

from exporter.demo.planted import _SECRETS, PLANTED


def _high_cpu(host: str, env: str, rng: random.Random, fix: str, load: str) -> dict:
    """A backup agent spinning on a failed upload pins the CPU."""
    pid = rng.randint(2000, 9000)
    return {
        "problem": (
            f"high CPU on {host}",
            f"{host} is at 100% CPU, load average {load}",
            f"CPU alert firing for {host}, what is eating it?",
        ),
        "opening": f"Let's find the top CPU consumers on {host} first.",
        "diagnose": [
            (
                "top -b -n1 | head -15",
                f"load average: {load}\n  PID USER     %CPU COMMAND\n {pid} backup   388.0 backup-agent\n  912 www-data  12.3 nginx",
                True,
                "Check the top CPU consumers",
            ),
            (
                "ps aux --sort=-%cpu | head -5",
                f"backup {pid} 388 2.1 /opt/backup-agent/bin/backup-agent --upload s3://acme-backups",
                True,
                "See the full command line",
            ),
            (
                "journalctl -u backup-agent --since '1 hour ago' | tail -5",
                f"backup-agent[{pid}]: upload failed: connection reset by peer, retrying immediately (attempt {rng.randint(9000, 40000)})",
                True,
                "Read the agent's recent log",
            ),
        ],
        "detour": ("systemctl restart nginx", "", True, "Restart nginx in case it is the web tier"),
        "fix": [
            (fix, "", True, "Restart the stuck agent"),
            (
                "uptime",
                f"load average: 0.{rng.randint(40, 99)}, 3.12, 9.40",
                True,
                "Confirm the load drops",
            ),
        ],
        "hint": "backup-agent is spinning in a retry loop after a failed upload",
        "confirm": (f"that fixed it, CPU on {host} is back to normal", "fixed - load is under 1 again"),
    }


def _oom_killed(host: str, env: str, rng: random.Random, fix: str, load: str) -> dict:
    """payments-api's heap outgrows its memory limit."""
    pod = f"payments-api-7d9f8c6b5-{''.join(rng.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
    return {
        "problem": ("payments-api pods OOMKilled", "payments-api keeps restarting with OOMKilled"),
        "opening": "Let's look at the pod status and why the container was terminated.",
        "diagnose": [
            (
                "kubectl get pods -n payments -l app=payments-api",
                f"{pod}   0/1   CrashLoopBackOff   6 (2m ago)   14m",
                True,
                "List the pods",
            ),
            (
                f"kubectl describe pod {pod} -n payments",
                "Last State: Terminated\n  Reason: OOMKilled\n  Exit Code: 137\nLimits:\n  memory: 512Mi",
                True,
                "Describe the crashing pod",
            ),
            (
                f"kubectl logs {pod} -n payments --previous | tail -3",
                "java.lang.OutOfMemoryError: Java heap space\n\tat com.acme.payments.ledger.Batch.load",
                True,
                "Read the previous container's log",
            ),
        ],
        "detour": (
            "kubectl rollout restart deployment/payments-api -n payments",
            "deployment.apps/payments-api restarted",
            True,
            "Try a rolling restart",
        ),
        "fix": [
            (
                fix,
                "deployment.apps/payments-api resource requirements updated",
                True,
                "Raise the memory limit",
            ),
            (
                "kubectl rollout status deployment/payments-api -n payments",
                'deployment "payments-api" successfully rolled out',
                True,
                "Wait for the rollout",
            ),
        ],
        "hint": "the heap outgrew the 512Mi limit",
        "confirm": ("pods are stable now, that fixed it", "fixed, no restarts for 20 minutes"),
    }


def _econnrefused(host: str, env: str, rng: random.Random, fix: str, load: str) -> dict:
    """orders-service cannot reach orders-db: pgbouncer died (prod) or the database was scaled to zero (dev)."""
    ip = _SECRETS["ip"] if env == "prod" else "10.60.3.25"
    ns = "orders" if env == "prod" else "orders-dev"
    common = [
        (
            f"kubectl logs deploy/orders-service -n {ns} --tail=20",
            f"Error: connect ECONNREFUSED {ip}:6432\n    at TCPConnectWrap.afterConnect [as oncomplete]",
            True,
            "Read orders-service's log",
        ),
        (
            f"PGPASSWORD={_SECRETS['password']} psql -h {ip} -p 6432 -U orders_app -d orders -c 'select 1'",
            f'psql: error: connection to server at "{ip}", port 6432 failed: Connection refused',
            False,
            "Try the database port directly",
        ),
    ]
    if env == "prod":
        diagnose = common + [
            (
                "ssh orders-db-0 systemctl status pgbouncer --no-pager",
                "Active: failed (Result: exit-code)\npgbouncer: accept() failed: Too many open files",
                True,
                "Check pgbouncer on the primary",
            )
        ]
        after = [
            ("ssh orders-db-0 systemctl is-active pgbouncer", "active", True, "Confirm pgbouncer is up")
        ]
        hint = "pgbouncer on orders-db-0 died on its open-files limit"
    else:
        diagnose = common + [
            (
                "kubectl get pods -n orders-dev -l app=orders-db",
                "No resources found in orders-dev namespace.",
                True,
                "Look for the database pod",
            ),
            (
                "kubectl get statefulset orders-db -n orders-dev",
                "NAME        READY   AGE\norders-db   0/0     41d",
                True,
                "Check the StatefulSet",
            ),
        ]
        after = [
            (
                "kubectl rollout status statefulset/orders-db -n orders-dev",
                "partitioned roll out complete: 1 new pods have been updated",
                True,
                "Wait for the pod",
            )
        ]
        hint = "the nightly cost-saver scaled orders-db in dev to zero replicas"
    return {
        "problem": (
            "ECONNREFUSED from orders-service to orders-db",
            f"orders-service can't reach orders-db: connect ECONNREFUSED {ip}:6432",
        ),
        "opening": "Let's confirm what refuses the connection: the pooler or the database itself.",
        "diagnose": diagnose,
        "fix": [
            (
                fix,
                "" if env == "prod" else "statefulset.apps/orders-db scaled",
                True,
                "Bring the endpoint back",
            )
        ]
        + after,
        "hint": hint,
        "confirm": ("orders-service connects again, that fixed it", "fixed - checkout works again"),
    }


def _disk_full(host: str, env: str, rng: random.Random, fix: str, load: str) -> dict:
    """Month-end exports fill the logs hosts' disks."""
    return {
        "problem": (f"disk full on {host}", f"{host} root filesystem at 99%"),
        "opening": f"Let's see what fills / on {host}.",
        "diagnose": [
            (
                "df -h /",
                "Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1       100G   99G  1.2G  99% /",
                True,
                "Check the filesystem",
            ),
            (
                "du -sh /var/log/* | sort -h | tail -3",
                "2.1G\t/var/log/nginx\n41G\t/var/log/journal\n52G\t/var/log/app",
                True,
                "Find the biggest log directories",
            ),
        ],
        "detour": ("rm -f /var/log/nginx/*.gz", "", True, "Drop old compressed nginx logs"),
        "fix": [
            (
                fix,
                "Vacuuming done, freed 39.1G of archived journals from /var/log/journal.",
                True,
                "Trim the journal and rotate app logs",
            ),
            ("df -h /", "/dev/sda1       100G   45G   55G  45% /", True, "Check the space again"),
        ],
        "hint": "month-end exports inflated the app logs and the journal",
        "confirm": (f"{host} has space again, that fixed it", "fixed, 55G free now"),
    }


def _php_cpu(host: str, env: str, rng: random.Random, fix: str, load: str) -> dict:
    """The hourly reindex cron pins php-fpm workers."""
    return {
        "problem": (f"high CPU on {host}", f"{host} is pegged, load average {load}"),
        "opening": f"Let's see which processes use the CPU on {host}.",
        "diagnose": [
            (
                "top -b -n1 | head -15",
                f"load average: {load}\n  PID USER  %CPU COMMAND\n 3301 www   97.0 php-fpm: pool shop\n 3302 www   96.1 php-fpm: pool shop",
                True,
                "Check the top CPU consumers",
            ),
            (
                "tail -n 5 /var/log/php-fpm/slow.log",
                "script_filename = /srv/shop/cron/reindex.php\n[0x00007f] reindexAll() /srv/shop/lib/Search.php:212",
                True,
                "Read the php-fpm slow log",
            ),
        ],
        "fix": [
            (fix, "", True, "Restart the php-fpm pool"),
            ("uptime", "load average: 1.10, 6.20, 12.85", True, "Confirm the load drops"),
        ],
        "hint": "the hourly reindex cron pins every php-fpm worker",
        "confirm": ("that fixed it, shop is fast again", "fixed, load is back to normal"),
    }


def _wal_full(host: str, env: str, rng: random.Random, fix: str, load: str) -> dict:
    """An abandoned replication slot keeps WAL from being recycled."""
    return {
        "problem": (f"disk full on {host}", f"{host} data volume at 97%, postgres about to stop"),
        "opening": "Let's see whether WAL is what fills the volume.",
        "diagnose": [
            (
                "df -h /var/lib/postgresql",
                "/dev/nvme1n1  200G  194G  6.0G  97% /var/lib/postgresql",
                True,
                "Check the data volume",
            ),
            (
                "du -sh /var/lib/postgresql/16/main/pg_wal",
                "61G\t/var/lib/postgresql/16/main/pg_wal",
                True,
                "Measure the WAL directory",
            ),
            (
                'psql -c "select slot_name, active from pg_replication_slots"',
                " slot_name   | active\n-------------+--------\n old_replica | f",
                True,
                "Look for inactive replication slots",
            ),
        ],
        "fix": [
            (
                fix,
                " pg_drop_replication_slot\n--------------------------\n \n(1 row)",
                True,
                "Drop the abandoned slot",
            ),
            (
                "df -h /var/lib/postgresql",
                "/dev/nvme1n1  200G  131G   69G  66% /var/lib/postgresql",
                True,
                "Check the volume again",
            ),
        ],
        "hint": "an abandoned replication slot keeps WAL from being recycled",
        "confirm": ("that fixed it, WAL is being recycled again", "fixed - 69G free on pg-main"),
    }


_PLAYBOOKS = {
    "high_cpu": _high_cpu,
    "oom_killed": _oom_killed,
    "econnrefused": _econnrefused,
    "disk_full": _disk_full,
    "php_cpu": _php_cpu,
    "wal_full": _wal_full,
}


def _playbook(problem: str, host: str, env: str, rng: random.Random) -> dict:
    """Commands, believable output excerpts and the fix for each recurring problem in PLANTED."""
    fix = PLANTED["troubleshooting"][problem]["fix"][env]
    load = f"{rng.uniform(18, 32):.2f}"
    return _PLAYBOOKS[problem](host, env, rng, fix, load)
