"""What the store already knows about why a past burst of alerts happened.

Two sources, in order of trust: a case (a solved problem someone recorded) whose time and text
match the burst, and the alerts' own annotations. For annotations only an explicit
`cause`/`root_cause` annotation, or a sentence that is distinctive of the burst (in most of its
alerts and in almost none of the same groups' other alerts, like "the weekly reports job is
running"), counts: the templated rest of a description says what fired, not why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from exporter.learning.series import GroupKey
from exporter.store import Store, from_json

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
#: A case belongs to a burst when it was opened from an hour before it until six hours after it:
#: later than that it is more likely about something else on the same service.
CASE_BEFORE, CASE_AFTER = 3600.0, 6 * 3600.0


def _group_filter(groups: Sequence[str], params: dict) -> str:
    parts = []
    for i, label in enumerate(groups):
        key = GroupKey.parse(label)
        if key is None:
            continue
        params.update({f"a{i}": key.alertname, f"v{i}": key.severity, f"s{i}": key.service})
        parts.append(f"(alertname = :a{i} AND severity = :v{i} AND service = :s{i})")
    return "(" + " OR ".join(parts) + ")" if parts else "1 = 0"


def recorded_cause(
    store: Store, org: str, groups: Sequence[str], windows: Sequence[tuple[float, float]], redact
) -> dict | None:
    """The best-known cause of alerts of `groups` within `windows` ([start, end) epoch pairs), or None.

    Returns {"source": "case"|"annotation", "text": ..., "case_id": ...}; text is redacted.
    """
    if not windows or not groups:
        return None
    found = _from_cases(store, org, groups, windows) or _from_annotations(store, org, groups, windows)
    if found is not None:
        found["text"] = redact(found["text"])
    return found


def _from_cases(store: Store, org: str, groups: Sequence[str], windows: Sequence[tuple[float, float]]) -> dict | None:
    lo = min(w[0] for w in windows) - CASE_BEFORE
    hi = max(w[1] for w in windows) + CASE_AFTER
    rows = store.query(
        "SELECT id, title, root_cause, search_text, created_at FROM cases WHERE org_id = :o AND scope <> 'user' "
        "AND status = 'active' AND created_at >= :lo AND created_at < :hi ORDER BY created_at",
        {"o": org, "lo": lo, "hi": hi},
    )
    keys = [k for g in groups if (k := GroupKey.parse(g)) is not None]
    for row in rows:
        if not any(lo_w - CASE_BEFORE <= row["created_at"] < hi_w + CASE_AFTER for lo_w, hi_w in windows):
            continue
        # Same service and same alert: a case about the service's OOM kills opened an hour after a
        # burst of its error-rate alerts is more often a neighbour than the cause.
        haystack = f"{row['title']} {row['search_text']}".lower()
        if not any(k.alertname.lower() in haystack and k.service.lower() in haystack for k in keys):
            continue
        root = from_json(row["root_cause"], {})
        text = (root.get("issue") or root.get("reason")) if isinstance(root, dict) else root
        if text:
            return {"source": "case", "text": str(text), "case_id": row["id"]}
    return None


def _from_annotations(
    store: Store, org: str, groups: Sequence[str], windows: Sequence[tuple[float, float]]
) -> dict | None:
    params: dict = {"o": org, "lo": min(w[0] for w in windows) - 28 * 86400, "hi": max(w[1] for w in windows)}
    rows = store.query(
        "SELECT starts_at, annotations FROM alert_events WHERE org_id = :o AND starts_at >= :lo AND starts_at < :hi "
        f"AND {_group_filter(groups, params)}",
        params,
    )
    inside: Counter = Counter()
    outside: Counter = Counter()
    n_in = n_out = 0
    for row in rows:
        notes = from_json(row["annotations"], {}) or {}
        hit = any(a <= row["starts_at"] < b for a, b in windows)
        if hit:
            for key in ("cause", "root_cause"):
                if notes.get(key):
                    return {"source": "annotation", "text": str(notes[key])}
        sentences = {s.strip() for s in _SENTENCE.split(str(notes.get("description", ""))) if len(s.strip()) > 12}
        if hit:
            n_in += 1
            inside.update(sentences)
        else:
            n_out += 1
            outside.update(sentences)
    if n_in < 2:
        return None
    for sentence, k in inside.most_common():
        if k < 0.5 * n_in:
            break
        if outside[sentence] <= 0.1 * max(n_out, 1):
            return {"source": "annotation", "text": sentence}
    return None
