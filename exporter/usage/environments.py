"""Environment-specific solutions: the same problem, fixed one way in production and another in development.

Cases are grouped by problem (embedding similarity of their problem text, single-link at
``SAME_PROBLEM``); a group whose cases come from more than one environment and whose fixes differ
in kind (restart, scale, resources, cleanup, configuration, debugging) becomes one org pattern
that says so, with the commands and the cases behind it as evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np

from exporter.store import from_json
from exporter.store.base import Conn
from exporter.text import embeddings
from exporter.usage.repo import Pattern, shared_cases

SAME_PROBLEM = 0.75
FIX_KINDS = (
    ("restart", re.compile(r"\b(restart|reload|rollout restart|kill|pkill)\b", re.I)),
    ("scaling", re.compile(r"\bscale\b|--replicas", re.I)),
    ("resources", re.compile(r"set resources|--limits|--requests|resize", re.I)),
    ("cleanup", re.compile(r"--vacuum|logrotate|\brm\b|truncate|pg_drop_|\bdelete\b", re.I)),
    ("configuration", re.compile(r"\b(apply|patch|edit|set)\b", re.I)),
)
ENV_WORDS = {"prod": "production", "dev": "development", "staging": "staging", "test": "test"}


def fix_kind(commands: list[str]) -> str:
    """What kind of fix a list of commands is; no mutating command means it was solved by debugging."""
    joined = "\n".join(commands)
    for name, pattern in FIX_KINDS:
        if pattern.search(joined):
            return name
    return "debugging"


def environment_patterns(conn: Conn, org: str) -> list[Pattern]:
    rows = shared_cases(conn, org, "c.id, c.title, c.problem, c.solution, c.embedding")
    cases = []
    for r in rows:
        vec = embeddings.from_blob(r["embedding"])
        env = (from_json(r["problem"], {}).get("context") or {}).get("environment")
        if vec is None or len(vec) != embeddings.DIM or not env:
            continue
        commands = from_json(r["solution"], {}).get("commands") or []
        cases.append({"id": r["id"], "title": r["title"], "env": env, "commands": commands, "vec": vec})
    if len(cases) < 2:
        return []
    groups = _groups(np.stack([c["vec"] for c in cases]))
    out = []
    for members in groups:
        by_env: dict[str, list[dict]] = defaultdict(list)
        for i in members:
            by_env[cases[i]["env"]].append(cases[i])
        if len(by_env) < 2:
            continue
        summary = {}
        for env, items in by_env.items():
            kinds = Counter(fix_kind(c["commands"]) for c in items)
            kind, n = kinds.most_common(1)[0]
            example = next((c["commands"][0] for c in items if c["commands"] and fix_kind(c["commands"]) == kind), None)
            summary[env] = {"fix_kind": kind, "cases": len(items), "agreeing": n, "example_command": example}
        if len({s["fix_kind"] for s in summary.values()}) < 2:
            continue
        title = Counter(cases[i]["title"] for i in members).most_common(1)[0][0]
        order = sorted(summary, key=lambda e: (e != "prod", e))
        text = "; ".join(
            f"in {ENV_WORDS.get(e, e)} the fix was {_phrase(summary[e]['fix_kind'])}"
            + (f" ({summary[e]['example_command']})" if summary[e]["example_command"] else "")
            for e in order
        )
        agreeing = sum(s["agreeing"] for s in summary.values()) / sum(s["cases"] for s in summary.values())
        support = min(1.0, len(members) / 6)
        out.append(
            Pattern(
                org_id=org,
                type="environment",
                key="problem:" + min(str(cases[i]["id"]) for i in members),
                data={"problem": title, "environments": summary, "description": f"{title}: {text[0].upper()}{text[1:]}"},
                evidence={"cases": sorted(str(cases[i]["id"]) for i in members)},
                confidence=round(agreeing * (0.5 + 0.5 * support), 3),
            )
        )
    return out


def _phrase(kind: str) -> str:
    return {"restart": "a restart", "scaling": "scaling up", "resources": "raising resource limits",
            "cleanup": "a cleanup", "configuration": "a configuration change", "debugging": "debugging"}[kind]


def _groups(vecs: np.ndarray) -> list[list[int]]:
    """Connected components of the "same problem" graph (single link at SAME_PROBLEM)."""
    n = len(vecs)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims = vecs @ vecs.T
    for a, b in zip(*np.nonzero(np.triu(sims >= SAME_PROBLEM, k=1)), strict=True):
        parent[find(int(a))] = find(int(b))
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        comps[find(i)].append(i)
    return [m for m in comps.values() if len(m) > 1]
