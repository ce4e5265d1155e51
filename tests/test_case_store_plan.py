"""Reading a match's candidates must stay a keyed lookup as an org's library grows: a plan that walks
the org's cases costs 140 ms per match at 100k cases (bench/case_match.py --speed)."""

from __future__ import annotations

import re

from exporter.cases import repo
from exporter.scoping import Principal
from exporter.store import migrate, open_store


def test_the_candidate_read_looks_cases_up_by_id(tmp_path):
    url = f"sqlite:///{tmp_path}/plan.db"
    migrate(url)
    store = open_store(url)
    seen: list[tuple[str, dict]] = []
    real_query = store.query

    def recording(sql, params=None):
        seen.append((sql, dict(params or {})))
        return real_query(sql, params)

    store.query = recording
    for who in (Principal("acme", None, "service"), Principal("acme", "alice", "user")):
        seen.clear()
        repo.visible_rows(store, who, [f"case-{i}" for i in range(30)])
        (sql, params), = seen
        plan = " | ".join(r["detail"] for r in real_query(f"EXPLAIN QUERY PLAN {sql}", params))
        assert re.search(r"[(\s]id=\?", plan), plan  # the id itself is a search term, not only org_id
    store.close()
