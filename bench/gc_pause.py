"""How long a full garbage collection holds the GIL in a server worker, before and after the worker freezes
what start-up built (`exporter/server.py`). Every request thread waits while a collection runs, so this is a
tail-latency figure, not a throughput one.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/gc_pause.py
"""

from __future__ import annotations

import gc
import statistics
import tempfile
import time
from pathlib import Path

from exporter.app import create_app
from exporter.config import Settings
from exporter.privacy import person_names
from exporter.service import Services
from exporter.text import embeddings


def _full_ms(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        gc.collect()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{Path(tmp) / 'gc.db'}")
        person_names.warm()
        svc = Services.build(settings)
        create_app(settings, services=svc)
        embeddings.embed_one("how many critical alerts fired in the last hour")  # the model, as after a first lookup
        print(f"tracked objects after start-up: {len(gc.get_objects()):,}")
        print(f"full collection, nothing frozen: median {_full_ms():.1f} ms")
        gc.collect()
        gc.freeze()
        print(f"full collection, start-up frozen ({gc.get_freeze_count():,} objects): median {_full_ms():.1f} ms")
        svc.store.close()


if __name__ == "__main__":
    main()
