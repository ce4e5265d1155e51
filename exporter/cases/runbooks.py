"""Runbooks: proven cases turned into Markdown, grouped by problem and versioned.

This is the permanent knowledge tier, built only from fixes that worked. A case is proven when it
records a fix (an immediate or permanent fix, or fix commands), its fix was applied again and
resolved the problem at least `MIN_REUSE` times (a confirmed success), no failed outcome is newer
than its last success (`quality.contradicted`), and its decayed quality is at least `MIN_QUALITY`.
A runbook whose cases were all proven and then contradicted is still served and exported, marked
stale with the failure's date at its top, so people who bookmarked it are warned at once.
Proven cases are grouped by their normalised root cause (the title when no root cause was
recorded): the runbook's id is that text as a slug, so it stays stable as cases are added.

The Markdown is deterministic (no export time inside it), so exporting again yields the same
text unless the knowledge changed; `export_runbooks` stores a new version only then and returns a
unified diff against the previous one, which is what "re-export shows what changed" means.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from detectors.text_normalize import normalize
from exporter.cases import repo
from exporter.cases.matching import duration
from exporter.cases.quality import QualityPolicy, contradicted, quality
from exporter.scoping import Principal, visible
from exporter.store import Store, from_json, to_json

MIN_QUALITY = 0.4
MIN_REUSE = 1


def runbook_key(row: dict[str, Any]) -> str:
    cause = (from_json(row["root_cause"], {}) or {}).get("issue") or row["title"]
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(cause).lower()).strip("-")
    return slug[:80].rstrip("-") or "untitled"


@dataclass
class Runbook:
    key: str
    title: str
    cases: list[dict[str, Any]] = field(default_factory=list)  # rows, best first
    markdown: str = ""
    stale: bool = False  # every case behind it has a failure newer than its last success

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.markdown.encode()).hexdigest()


def has_fix(row: dict[str, Any]) -> bool:
    solution = from_json(row["solution"], {}) or {}
    return bool(solution.get("immediate_fix") or solution.get("permanent_fix") or solution.get("commands"))


def _candidates(store: Store, principal: Principal, min_reuse: int) -> list[dict[str, Any]]:
    """Cases with a fix that resolved the problem again at least `min_reuse` times, contradicted or not."""
    where, params = visible(principal, alias="c")
    rows = store.query(f"SELECT {', '.join('c.' + f for f in repo.FIELDS.split(', '))} FROM cases c "
                       f"WHERE {where} AND c.status = 'active' AND c.reuse_count >= :r", {**params, "r": min_reuse})
    return [r for r in rows if has_fix(r)]


def build_runbooks(rows: list[dict[str, Any]], now: float, policy: QualityPolicy,
                   stale_rows: list[dict[str, Any]] = ()) -> dict[str, Runbook]:
    """Proven rows grouped by problem; groups with only contradicted rows become stale runbooks."""
    groups: dict[str, Runbook] = {}
    for row in sorted(rows, key=lambda r: (-quality(r, now, policy).score, r["id"])):
        key = runbook_key(row)
        book = groups.setdefault(key, Runbook(key, (from_json(row["root_cause"], {}) or {}).get("issue") or row["title"]))
        book.cases.append(row)
    for row in sorted(stale_rows, key=lambda r: r["id"]):
        key = runbook_key(row)
        if key in groups and not groups[key].stale:
            continue
        book = groups.setdefault(key, Runbook(key, (from_json(row["root_cause"], {}) or {}).get("issue") or row["title"],
                                              stale=True))
        book.cases.append(row)
    for book in groups.values():
        book.markdown = render_markdown(book, policy, now)
    return groups


def runbooks_for(store: Store, principal: Principal, now: float, policy: QualityPolicy) -> dict[str, Runbook]:
    candidates = _candidates(store, principal, MIN_REUSE)
    proven = [r for r in candidates if not contradicted(r) and quality(r, now, policy).effective >= MIN_QUALITY]
    return build_runbooks(proven, now, policy, [r for r in candidates if contradicted(r)])


def render_markdown(book: Runbook, policy: QualityPolicy, now: float) -> str:
    """The runbook text: symptoms seen, how to confirm, the fix that worked, and its track record.

    Sections with nothing to say are left out (a runbook never shows an empty Confirm or Fix), and
    only context that was stated is listed under "Seen on".
    """
    lead = book.cases[0]
    steps = [s for s in from_json(lead["steps"], []) if s.get("found") is not False]
    solution = from_json(lead["solution"], {}) or {}
    reuses = sum(int(r["reuse_count"]) for r in book.cases)
    failures = sum(int(r.get("failure_count") or 0) for r in book.cases)
    resolved = [r["resolution_seconds_total"] / r["resolution_count"] for r in book.cases if r["resolution_count"]]
    contexts: Counter = Counter()
    for r in book.cases:
        ctx = (from_json(r["problem"], {}) or {}).get("context", {}) or {}
        contexts.update(f"{k}: {v}" for k, v in ctx.items()
                        if k in ("environment", "os", "platform", "service_type") and v not in (None, ""))
    lines = [f"# {_sentence(book.title)}", ""]
    if book.stale:
        last = max(float(r["last_failed_at"]) for r in book.cases)
        day = datetime.fromtimestamp(last, UTC).strftime("%Y-%m-%d")
        lines += [f"> **Stale:** this fix failed on {day} and has not worked since. Check before applying it.", ""]
    lines += ["## Symptoms", ""]
    for statement in sorted({normalize(from_json(r["problem"], {})["statement"]) for r in book.cases}):
        lines.append(f"- {statement}")
    if contexts:
        lines += ["", "Seen on: " + ", ".join(f"{k} ({n})" for k, n in sorted(contexts.items()))]
    if steps:
        lines += ["", "## Confirm", ""]
        for i, s in enumerate(steps, start=1):
            lines.append(f"{i}. `{s['command']}`")
            if s.get("output"):
                lines += ["", "   ```", *("   " + x for x in s["output"].splitlines()[:6]), "   ```"]
    lines += ["", "## Fix", ""]
    commands = list(solution.get("commands") or [])
    if solution.get("immediate_fix"):
        lines.append(f"Immediate: `{solution['immediate_fix']}`")
        commands = [c for c in commands if c != solution["immediate_fix"]]
    for cmd in commands:
        lines.append(f"- `{cmd}`" if not solution.get("immediate_fix") else f"- then `{cmd}`")
    if solution.get("permanent_fix"):
        lines += ["", f"Permanent: {solution['permanent_fix']}"]
    lines += ["", "## Track record", ""]
    record = f"- cases: {len(book.cases)}, fix worked again {reuses} time(s)"
    lines.append(record + (f", failed {failures} time(s)" if failures else ""))
    if resolved:
        lines.append(f"- typical time to resolution: {duration(sorted(resolved)[len(resolved) // 2])}")
    lines.append("- cases: " + ", ".join(r["id"] for r in sorted(book.cases, key=lambda r: r["id"])))
    return "\n".join(lines) + "\n"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def latest_versions(store: Store, org: str) -> dict[str, dict[str, Any]]:
    rows = store.query(
        "SELECT v.runbook_key, v.version, v.content_hash, v.content, v.created_at FROM runbook_versions v "
        "JOIN (SELECT runbook_key, MAX(version) AS version FROM runbook_versions WHERE org_id = :org "
        "GROUP BY runbook_key) m ON m.runbook_key = v.runbook_key AND m.version = v.version WHERE v.org_id = :org",
        {"org": org},
    )
    return {r["runbook_key"]: r for r in rows}


def get_runbook(store: Store, principal: Principal, runbook_id: str, now: float, policy: QualityPolicy) -> dict | None:
    """A runbook by its id, or the runbook a given case belongs to; None when not visible or not proven."""
    books = runbooks_for(store, principal, now, policy)
    book = books.get(runbook_id) or next(
        (b for b in books.values() if any(r["id"] == runbook_id for r in b.cases)), None
    )
    if book is None:
        return None
    latest = latest_versions(store, principal.require_org()).get(book.key)
    return {
        "id": book.key,
        "title": book.title,
        "markdown": book.markdown,
        "case_ids": [r["id"] for r in book.cases],
        "stale": book.stale,
        "exported_version": latest["version"] if latest else None,
        "changed_since_export": latest is None or latest["content_hash"] != book.content_hash,
    }


def export_runbooks(store: Store, org: str, out_dir: Path, policy: QualityPolicy, now: float | None = None) -> dict:
    """Write every proven runbook of `org` to `out_dir/<org>/<id>.md`, recording a version when it changed.

    Returns ``{"new": [...], "changed": {id: diff}, "unchanged": [...], "stale": [...], "retired": [...]}``;
    a runbook whose fix failed after it was proven is written with its stale warning and listed as
    stale; one whose cases are no longer there at all is listed as retired and its file is left in place.
    """
    now = time.time() if now is None else now
    principal = Principal(org_id=org, user_id=None, role="service")
    books = runbooks_for(store, principal, now, policy)
    folder = out_dir / org
    folder.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"new": [], "changed": {}, "unchanged": [], "stale": [], "retired": []}
    with store.transaction() as conn:
        latest = latest_versions(store, org)
        for key, book in sorted(books.items()):
            prev = latest.get(key)
            version = 1 if prev is None else int(prev["version"]) + (prev["content_hash"] != book.content_hash)
            if prev is None or prev["content_hash"] != book.content_hash:
                conn.execute(
                    "INSERT INTO runbook_versions (org_id, runbook_key, version, content_hash, content, case_ids, "
                    "created_at) VALUES (:org, :key, :v, :h, :c, :ids, :now) ON CONFLICT DO NOTHING",
                    {"org": org, "key": key, "v": version, "h": book.content_hash, "c": book.markdown,
                     "ids": to_json([r["id"] for r in book.cases]), "now": now},
                )
            if book.stale:
                result["stale"].append(key)
            if prev is None:
                result["new"].append(key)
            elif prev["content_hash"] != book.content_hash:
                result["changed"][key] = "".join(difflib.unified_diff(
                    prev["content"].splitlines(keepends=True), book.markdown.splitlines(keepends=True),
                    f"{key}.md (v{prev['version']})", f"{key}.md (v{version})",
                ))
            else:
                result["unchanged"].append(key)
            (folder / f"{key}.md").write_text(f"<!-- runbook {key}, version {version} -->\n" + book.markdown)
        result["retired"] = sorted(set(latest) - set(books))
    return result
