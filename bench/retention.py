"""Retention at scale on the real PostgreSQL: archiving millions of audit events, and delete-my-data.

Part 1, per size (each in its own process, so peak memory is that size's alone): N audit events
past their warm period are generated server-side in a private schema, then
- the baseline: a plain `COPY (SELECT row_to_json(t) ...) TO STDOUT` of the same rows into a file;
- the archive: `Archive.archive_before` per org (write compressed NDJSON, flush, verify the checksum,
  delete the rows in the same transaction), as the retention job runs it.
Part 2: one person with 100,000 audit events plus rows in every other personal table and in the
archive, then `forget()` end to end (journal, tables, hot tier, archive rewrite).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/retention.py [--sizes 1000000,5000000] [--layouts arrival,shuffled]
        [--forget-events 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exporter.config import Settings  # noqa: E402
from exporter.service import Services  # noqa: E402
from exporter.store import migrate, open_store  # noqa: E402
from exporter.tiers.archive import Archive  # noqa: E402

PG = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
DAY = 86400.0
ORGS = 5


def _schema_url(schema: str) -> str:
    return f"{PG}{'&' if '?' in PG else '?'}options={quote(f'-csearch_path={schema}')}"


class Schema:
    def __enter__(self) -> str:
        self.name = f"bench_ret_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{self.name}"')
        self.url = _schema_url(self.name)
        migrate(self.url)
        return self.url

    def __exit__(self, *exc) -> None:
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{self.name}" CASCADE')


def generate(url: str, n: int, now: float, user_every: int = 2000, first: int = 1, user: str | None = None,
             layout: str = "shuffled") -> float:
    """N audit events between 400 and 100 days old, spread over ORGS orgs and 2,000 people.

    `arrival`: rows stored in time order, as ingest appends them. `shuffled`: timestamps scattered
    over the heap (a backfill in random order), the worst case for a walk in time order.
    """
    span = 300 * DAY
    order = " ORDER BY (g::bigint * 7919) %% 1000003" if layout == "arrival" else ""
    who = f"'u' || (g %% {user_every})" if user is None else f"'{user}'"
    org = f"'org-' || (g %% {ORGS})" if user is None else "'org-0'"
    t0 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, text, data, "
            f"scope, ingested_at) SELECT {org}, 'e' || g, {who}, 's' || (g %% 50000), 'general', 'user_query', "
            "%(t0)s + ((g::bigint * 7919) %% 1000003) * %(step)s, 'how many critical alerts in the last 24 hours on host-' || (g %% 300), "
            "'{\"model\": \"gpt-4o\"}', 'user', %(t0)s FROM generate_series(%(a)s::int, %(b)s::int) g" + order,
            {"t0": now - 400 * DAY, "step": span / 1000003, "a": first, "b": first + n - 1},
        )
        conn.execute("ANALYZE audit_events")
    return time.perf_counter() - t0


def one_size(n: int, layout: str) -> dict:
    now = time.time()
    with Schema() as url, tempfile.TemporaryDirectory() as tmp:
        gen_s = generate(url, n, now, layout=layout)
        out = Path(tmp) / "copy.ndjson"
        t0 = time.perf_counter()
        with (psycopg.connect(url) as conn, conn.cursor() as cur, out.open("wb") as f,
              cur.copy("COPY (SELECT row_to_json(t)::text FROM audit_events t) TO STDOUT") as copy):
            for block in copy:
                f.write(block)
        copy_s = time.perf_counter() - t0
        copy_bytes = out.stat().st_size
        out.unlink()
        store = open_store(url)
        settings = Settings(database_url=url, archive_dir=Path(tmp) / "archive")
        archive = Archive.from_settings(store, settings)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        moved = files = size = 0
        for org in archive.orgs_with_rows_before("audit_events", "ts", now - 90 * DAY):
            r = archive.archive_before("audit_events", "ts", org, now - 90 * DAY, ["user_id"])
            moved, files, size = moved + r.rows, files + r.files, size + r.bytes
        archive_s = time.perf_counter() - t0
        left = store.scalar("SELECT COUNT(*) AS n FROM audit_events")
        store.close()
        return {
            "rows": n, "generate_s": round(gen_s, 1), "copy_s": round(copy_s, 2),
            "copy_rows_per_s": round(n / copy_s), "copy_mib": round(copy_bytes / 2**20),
            "archive_s": round(archive_s, 2), "archive_rows_per_s": round(moved / archive_s), "moved": moved,
            "files": files, "archive_mib": round(size / 2**20, 1), "rows_left": left,
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "rss_before_archive_mib": round(rss_before / 1024),
        }


def forget_part(events: int) -> dict:
    now = time.time()
    with Schema() as url, tempfile.TemporaryDirectory() as tmp:
        generate(url, 200_000, now)  # bystanders
        generate(url, events, now, first=10_000_000, user="victim")
        store = open_store(url)
        settings = Settings(database_url=url, archive_dir=Path(tmp) / "archive", archive_rows_per_file=20_000)
        svc = Services.build(settings, store)
        # a third of the victim's history is already archived, with bystanders' rows in the same files
        archive = Archive.from_settings(store, settings)
        archive.archive_before("audit_events", "ts", "org-0", now - 300 * DAY, ["user_id"])
        for i in range(2000):
            store.execute(
                "INSERT INTO query_executions (org_id, user_id, scope, external_id, query_text, executed_at, "
                "expires_at) VALUES ('org-0', 'victim', 'user', :x, 'disk on host-1', :t, :t)",
                {"x": f"q{i}", "t": now - i * 60},
            )
            if i % 4 == 0:
                store.execute(
                    "INSERT INTO feedback (org_id, user_id, target, target_id, rating, ts) "
                    "VALUES ('org-0', 'victim', 'query', :x, 'helpful', :t)", {"x": f"q{i}", "t": now - i})
        live = store.scalar("SELECT COUNT(*) AS n FROM audit_events WHERE user_id = 'victim'")
        archived = int(store.scalar("SELECT COALESCE(SUM(row_count), 0) AS n FROM archive_manifest"))
        t0 = time.perf_counter()
        receipt = svc_forget(svc)
        took = time.perf_counter() - t0
        left = store.scalar("SELECT COUNT(*) AS n FROM audit_events WHERE user_id = 'victim'")
        store.close()
        return {"victim_events": events, "live_before": live, "archived_rows_before": archived,
                "forget_s": round(took, 2), "victim_rows_left": left, "receipt": receipt.get("counts", receipt)}


def svc_forget(svc) -> dict:
    from exporter.privacy import forget

    return forget(svc, "org-0", "victim", requested_by="bench")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000000,5000000")
    ap.add_argument("--forget-events", type=int, default=100_000)
    ap.add_argument("--layouts", default="arrival,shuffled", help="row order in the heap: arrival, shuffled")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--layout", default="arrival", help=argparse.SUPPRESS)
    ap.add_argument("--forget-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.layout)))
        return
    if args.forget_only:
        print(json.dumps(forget_part(args.forget_events), default=str))
        return
    print(f"{'layout':>9} {'rows':>9} {'COPY rows/s':>12} {'archive rows/s':>15} {'ratio':>6} {'archive s':>10} "
          f"{'files':>6} {'MiB (copy/archive)':>19} {'peak RSS MiB':>13}")
    runs = [(layout, int(n)) for layout in args.layouts.split(",") for n in args.sizes.split(",")]
    for layout, n in runs:
        done = subprocess.run([sys.executable, __file__, "--one", str(n), "--layout", layout],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        assert r["rows_left"] == 0 and r["moved"] == n, r
        print(f"{layout:>9} {n:>9,} {r['copy_rows_per_s']:>12,} {r['archive_rows_per_s']:>15,} "
              f"{r['archive_rows_per_s'] / r['copy_rows_per_s']:>6.2f} {r['archive_s']:>10.1f} {r['files']:>6} "
              f"{r['copy_mib']:>9}/{r['archive_mib']:<9} {r['peak_rss_mib']:>13}", flush=True)
    done = subprocess.run([sys.executable, __file__, "--forget-only", "--forget-events", str(args.forget_events)],
                          capture_output=True, text=True, check=True)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\ndelete-my-data: {r['victim_events']:,} events ({r['live_before']:,} live, "
          f"{r['archived_rows_before']:,} rows in archive files incl. bystanders) forgotten in {r['forget_s']} s; "
          f"left: {r['victim_rows_left']}; receipt: {r['receipt']}")


if __name__ == "__main__":
    main()
