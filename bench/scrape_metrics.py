"""What computing the store-derived figures at scrape costs: /metrics with and without the cache.

Store-derived families are computed from the store when a scrape finds them older than
`SNAPSHOT_MAX_AGE_SECONDS` (exporter.metrics). This loads the demo history (8 weeks, two orgs),
runs one learning pass, then times GET /metrics through the Flask test client:

- cached: the figures were computed less than the cache age ago (what most scrapes of a
  15-30 s scrape interval with several Prometheus servers see is one miss per interval);
- uncached: every scrape recomputes every producer (max_age 0), the worst case;
- per producer: the time each capability's figures take from the store.

Run: PYTHONPATH=. HF_HUB_OFFLINE=1 python bench/scrape_metrics.py [--database-url URL] [--scrapes N]
Absolute times depend on the machine's load; the cached/uncached ratio is measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--scrapes", type=int, default=30)
    args = parser.parse_args()

    from exporter.app import create_app
    from exporter.config import Settings
    from exporter.demo import load_demo

    tmp = Path(tempfile.mkdtemp())
    url = args.database_url or f"sqlite:///{tmp / 'bench.db'}"
    app = create_app(Settings(database_url=url, archive_dir=tmp / "archive"))
    svc = app.extensions["learning"]
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=1)
    t0 = time.perf_counter()
    load_demo(svc, now=now)  # runs one learning pass at `now` too
    print(f"demo loaded and learned in {time.perf_counter() - t0:.1f} s ({svc.store.dialect})")
    client = app.test_client()

    def timed(n: int) -> list[float]:
        out = []
        for _ in range(n):
            start = time.perf_counter()
            answer = client.get("/metrics")
            out.append(time.perf_counter() - start)
            assert answer.status_code == 200
        return out

    body = client.get("/metrics").get_data(as_text=True)
    series = sum(1 for line in body.splitlines() if line and not line.startswith("#"))
    notices = sum(1 for line in body.splitlines() if line.startswith("aihelper_recommendation_created_timestamp_seconds{"))
    svc.snapshot.max_age = 3600.0
    cached = timed(args.scrapes)
    svc.snapshot.max_age = 0.0
    uncached = timed(args.scrapes)
    per_producer = []
    for producer in svc.snapshot._producers:
        start = time.perf_counter()
        list(producer())
        name = getattr(producer, "__qualname__", type(producer).__name__)
        per_producer.append((f"{getattr(producer, '__module__', '')}.{name}", time.perf_counter() - start))
    c, u = statistics.median(cached), statistics.median(uncached)
    print(f"series on /metrics: {series} (notice series: {notices})")
    print(f"scrape, figures cached:     median {c * 1000:.1f} ms, max {max(cached) * 1000:.1f} ms")
    print(f"scrape, figures recomputed: median {u * 1000:.1f} ms, max {max(uncached) * 1000:.1f} ms")
    print(f"recompute / cached: {u / c:.1f}x")
    for name, seconds in sorted(per_producer, key=lambda p: -p[1]):
        print(f"  producer {name}: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
