"""Turn a batch's hand-written pairsN.txt into one .jsonl per group and fix its devN/testN split once.

Shared by the batches written in the compact notation (query_pairs2 to query_pairs5): it only expands
defaults, local wall times and "+5m" offsets; every question and every expected decision is typed by
hand in the batch's text file, and an optional tenth field (the labeller's reasoning, batch 5 on) is kept as `note`. The split is by SHA-1 of the pair's id within its group, alternating, as
for the first batch. Each batch's build.py runs this once; the .jsonl files are what the bench reads.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo


def when(text: str, tz: str, base: datetime | None) -> datetime:
    m = re.fullmatch(r"\+(\d+)([mh])", text)
    if m:
        return base + timedelta(minutes=int(m[1]) * (60 if m[2] == "h" else 1))
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


def build(here: Path, batch: int, default_at: str) -> None:
    by_group: dict[str, list[dict]] = defaultdict(list)
    for line in (here / f"pairs{batch}.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        f = (f + [""] * 10)[:10]
        group, expect, aq, aat, atz, ttl, bq, bat, btz, note = f
        atz = atz or "UTC"
        btz = btz or atz
        a_at = when(aat or default_at, atz, None)
        b_at = when(bat or "+5m", btz, a_at).astimezone(ZoneInfo(btz))
        n = len(by_group[group]) + 1
        by_group[group].append({
            "id": f"{group}-b{batch}-{n:02d}", "group": group, "expect": expect,
            "a": {"q": aq, "at": a_at.isoformat(), "tz": atz, "ttl": int(ttl or 3600)},
            "b": {"q": bq, "at": b_at.isoformat(), "tz": btz}, **({"note": note} if note else {})})
    for group, pairs in by_group.items():
        order = sorted(pairs, key=lambda p: hashlib.sha1(p["id"].encode()).hexdigest())
        for i, p in enumerate(order):
            p["split"] = f"dev{batch}" if i % 2 == 0 else f"test{batch}"
        with (here / f"{group}.jsonl").open("w") as out:
            for p in pairs:
                out.write(json.dumps({k: p[k] for k in ("id", "group", "split", "expect", "a", "b", "note") if k in p}) + "\n")

