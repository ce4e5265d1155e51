"""Replay the demo's questions through the query memory of an older commit; writes its decisions per question.

    git archive c931fb3 | tar -x -C /tmp/c931fb3
    HF_HUB_OFFLINE=1 .venv/bin/python bench/replay_before.py /tmp/c931fb3 bench/data/query_pairs/before_replay.json

The questions come from this tree's demo generator (so `org:n` keys match `query_cache.py`'s replay),
the decisions from the old tree's `QueryMemory` (lookup, then record, as the replay does). Each distinct
text is embedded once (the demo repeats a few hundred texts; same text, same vector): decisions only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

_OLD = r'''
import json, sys, tempfile
from datetime import datetime
old, questions, out = sys.argv[1:4]
sys.path.insert(0, old)
import numpy as np
import exporter.embeddings as emb
_memo, _embed = {}, emb.embed
def embed_one(text):
    if text not in _memo:
        _memo[text] = _embed([text])[0]
    return _memo[text]
emb.embed_one = embed_one
emb.embed = lambda texts: np.stack([embed_one(t) for t in texts]) if len(texts) else _embed(texts)
from exporter.config import Settings
from exporter.querymem.memory import QueryMemory
from exporter.querymem.policy import MemoryPolicy
from exporter.redaction import Redactor
from exporter.scoping import Principal
from exporter.store import migrate, open_store
sys.path.insert(0, old + "/bench")
from query_cache import _row
lookups = {}
with tempfile.TemporaryDirectory() as tmp:
    url = f"sqlite:///{tmp}/replay.db"
    migrate(url)
    store = open_store(url)
    settings = Settings(database_url=url)
    redactor = Redactor(settings.redaction_class_set())
    memory = QueryMemory(store, lambda _org: redactor, MemoryPolicy.from_settings(settings))
    for org, qs in json.load(open(questions)).items():
        who = Principal(org_id=org, user_id=None, role="service")
        for n, q in enumerate(qs):
            asked = datetime.fromisoformat(q["executed_at"]).timestamp() - q["execution_time_seconds"]
            r = memory.lookup(who, q["user"], q["query_text"], asked)
            lookups[f"{org}:{n}"] = {"decision": r.decision, "temporal": r.reading.time_state == "range",
                                     "cached": r.best.row["query_text"] if r.best else None,
                                     "cached_at": r.best.row["executed_at"] if r.best else None}
            row = _row(q["query_text"], datetime.fromisoformat(q["executed_at"]).timestamp(), 0)
            row.update(org_id=org, user_id=q["user"], scope="user" if q.get("personal") else "org",
                       external_id=None, headline_value=q.get("headline_value"),
                       result_summary=q["result_summary"], success=1 if q["success"] else 0,
                       execution_time_seconds=q["execution_time_seconds"],
                       range_start=datetime.fromisoformat(q["range_start"]).timestamp(),
                       range_end=datetime.fromisoformat(q["range_end"]).timestamp())
            with store.transaction() as conn:
                memory.record(conn, [row])
    store.close()
json.dump({"lookups": lookups}, open(out, "w"))
'''


def main() -> None:
    old, out = sys.argv[1], sys.argv[2]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from exporter.demo_data import generate_demo

    data = generate_demo(datetime(2024, 5, 10, 9, 0, tzinfo=UTC), seed=42, weeks=8)
    questions = {org: sorted(({k: v for k, v in q.items() if not k.startswith("_")} for q in demo.queries),
                             key=lambda q: q["executed_at"]) for org, demo in data.orgs.items()}
    with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
        json.dump(questions, f)
        f.flush()
        env = {**os.environ, "PYTHONPATH": old, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        subprocess.run([sys.executable, "-c", _OLD, old, f.name, out], check=True, env=env)


if __name__ == "__main__":
    main()
