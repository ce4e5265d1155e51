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

import numpy as np

from exporter.learning.series import GroupKey
from exporter.store import Store, from_json

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
#: A case belongs to a burst when it was opened from an hour before it until six hours after it:
#: later than that it is more likely about something else on the same service.
CASE_BEFORE, CASE_AFTER = 3600.0, 6 * 3600.0


class Causes:
    """The cause lookups of one org's learning pass, from two reads instead of two per recommendation.

    A pass over a thousand groups asks for hundreds of causes; reading each group's alert history
    per question cost about 50 ms each (most of a one-minute pass). Here the org's alert times
    are read once into per-group arrays (for the in/out counts) and only alerts that carry
    annotations keep their text; cases are read once. Answers are memoised per question.
    """

    def __init__(self, store: Store, org: str, since: float, redact) -> None:
        self.store, self.org, self.since, self.redact = store, org, since, redact
        self._times: dict[str, np.ndarray] | None = None
        self._notes: dict[str, list[tuple[float, dict]]] = {}
        self._cases: list[dict] | None = None
        self._memo: dict[tuple, dict | None] = {}

    def recorded_cause(self, groups: Sequence[str], windows: Sequence[tuple[float, float]]) -> dict | None:
        """The best-known cause of alerts of `groups` within `windows` ([start, end) epoch pairs), or None.

        Returns {"source": "case"|"annotation", "text": ..., "case_id": ...}; text is redacted.
        """
        if not windows or not groups:
            return None
        key = (tuple(groups), tuple(windows))
        if key not in self._memo:
            found = self._from_cases(groups, windows) or self._from_annotations(groups, windows)
            if found is not None:
                found["text"] = self.redact(found["text"])
            self._memo[key] = found
        found = self._memo[key]
        return None if found is None else dict(found)

    def _load_alerts(self) -> None:
        rows = self.store.query(
            "SELECT alertname, severity, service, starts_at, annotations FROM alert_events "
            "WHERE org_id = :o AND starts_at >= :lo ORDER BY starts_at",
            {"o": self.org, "lo": self.since},
        )
        times: dict[str, list[float]] = {}
        for row in rows:
            label = f"{row['alertname']}/{row['severity']}/{row['service']}"
            times.setdefault(label, []).append(float(row["starts_at"]))
            raw = row["annotations"]
            if raw and raw not in ("{}", "null"):
                notes = from_json(raw, {}) or {}
                if notes:
                    self._notes.setdefault(label, []).append((float(row["starts_at"]), notes))
        self._times = {label: np.asarray(t) for label, t in times.items()}

    def _from_cases(self, groups: Sequence[str], windows: Sequence[tuple[float, float]]) -> dict | None:
        if self._cases is None:
            self._cases = self.store.query(
                "SELECT id, title, root_cause, search_text, created_at FROM cases WHERE org_id = :o "
                "AND scope <> 'user' AND status = 'active' AND created_at >= :lo ORDER BY created_at",
                {"o": self.org, "lo": self.since - CASE_BEFORE},
            )
        keys = [k for g in groups if (k := GroupKey.parse(g)) is not None]
        for row in self._cases:
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

    def _from_annotations(self, groups: Sequence[str], windows: Sequence[tuple[float, float]]) -> dict | None:
        """Alerts of the groups from four weeks before the first window to the end of the last one."""
        if self._times is None:
            self._load_alerts()
        assert self._times is not None
        lo, hi = min(w[0] for w in windows) - 28 * 86400, max(w[1] for w in windows)
        n_in = n_all = 0
        for g in set(groups):
            t = self._times.get(g)
            if t is None:
                continue
            t = t[np.searchsorted(t, lo): np.searchsorted(t, hi)]
            n_all += len(t)
            n_in += int(np.any([(t >= a) & (t < b) for a, b in windows], axis=0).sum()) if len(t) else 0
        n_out = n_all - n_in
        inside: Counter = Counter()
        outside: Counter = Counter()
        for g in set(groups):
            for ts, notes in self._notes.get(g, ()):
                if not lo <= ts < hi:
                    continue
                hit = any(a <= ts < b for a, b in windows)
                if hit:
                    for key in ("cause", "root_cause"):
                        if notes.get(key):
                            return {"source": "annotation", "text": str(notes[key])}
                sentences = {s.strip() for s in _SENTENCE.split(str(notes.get("description", ""))) if len(s.strip()) > 12}
                (inside if hit else outside).update(sentences)
        if n_in < 2:
            return None
        for sentence, k in inside.most_common():
            if k < 0.5 * n_in:
                break
            if outside[sentence] <= 0.1 * max(n_out, 1):
                return {"source": "annotation", "text": sentence}
        return None
