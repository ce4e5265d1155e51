"""What holds what in an org, learned from the labels of the alerts it receives: team circulation owns loan-service.

Issue 15's rule 4 reads a nested filter as a partial answer: "alerts of the circulation team" holds "alerts of
hold-queue", "alerts in ap-southeast-2" holds "alerts on prod-syd-1". Nothing in the words says so (a team and a
service, a region and a cluster, read as two sibling names: a miss), and no word list can know one org's teams.
The org's own alerts do: Alertmanager sends every alert with its labels, and one alert that says
``team=circulation, service=loan-service, namespace=circ`` says that the team and the namespace hold the service;
``region=ap-southeast-2, cluster=prod-syd-1, instance=node-7:9100`` that the region holds the cluster and the host.
Only these keys are read (`_SLOTS`), and only the directions of `_HOLDS` (a service never holds its team; two
services of one team are siblings, as before); any other label is ignored.

Pure functions, no I/O: the caller gathers the labels (`exporter.querymem.memory.QueryMemory.known`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from detectors.org_aliases import Aliases, compile_aliases
from detectors.query_compare import SLOT, Facts, marked
from detectors.word_lists import is_word

__all__ = ["MAX_PAIRS", "Topology", "learn_topology"]

#: Label key -> the slot its value fills. Keys not listed (alertname, severity, job, pod ...) are not read.
_SLOTS = {"team": "team", "squad": "team", "owner": "team", "service": "service", "svc": "service", "app": "service",
          "application": "service", "namespace": "namespace", "ns": "namespace", "region": "region",
          "cluster": "cluster", "host": "host", "hostname": "host", "node": "host", "instance": "host",
          "env": "env", "environment": "env"}
#: Slot -> the slots whose values on the same alert it holds.
_HOLDS = {"team": ("service",), "namespace": ("service",), "region": ("cluster", "host"), "cluster": ("host",),
          "env": ("cluster",)}
#: At most this many (holder, member) pairs per org, the latest alerts' first: an org's topology is small, a label
#: filled with generated values (a request id under "service") must not grow it without bound.
MAX_PAIRS = 4096
#: A value as a label names a thing: letters, digits and single separators, 2-64 characters (as `org_names` reads
#: label values); an instance's port is dropped ("node-7:9100" -> node-7).
_VALUE = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")


@dataclass(frozen=True)
class Topology:
    """An org's containment, learned (`learn_topology`).

    Attributes
    ----------
    holds : dict
        Holder value -> the member values it holds, through any chain (a region holds its clusters' hosts).
    names : Aliases
        Every value (and its parts written apart) as a phrase, to find the values a question writes.
    """

    holds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    names: Aliases = field(default_factory=Aliases)

    def __bool__(self) -> bool:
        return bool(self.holds)

    def nested(self, one: set[str], other: set[str], one_facts: Facts, other_facts: Facts,
               table: Aliases | None = None) -> list[str]:
        """A holder written on one side and a member of it on the other, among the terms each side leaves unmatched
        ("circulation team" / hold-queue, "ap-southeast-2" / prod-syd-1): nested (rule 4, a partial, never a hit).
        Both are taken out of ``one`` / ``other``; returns "holder > member" for `why`. The org's alias table
        names members too ("loans" is loan-service). Not nested: a member of another holder (a miss, as before), a
        holder whose own side also names one of its members (the members are compared, as siblings), a negated
        name, and a holder spelt in words of the language ("access", "circulation") unless written under a key
        ("the access team", ``namespace="access"``): "access logs" is no namespace."""
        found: list[str] = []
        if not one or not other:
            return found
        in_one, in_other = self._written(one_facts, table), self._written(other_facts, table)
        sides = ((one, other, one_facts, in_one, in_other), (other, one, other_facts, in_other, in_one))
        for a, b, a_facts, in_a, in_b in sides:
            if not a or not b:
                break
            names_a, names_b = set(in_a), set(in_b)
            keyed = set(marked(a_facts.mentioned, SLOT))
            # (set against set: each holder looks at the fewer of its members and the other side's names, so a long
            # question with many holders and members stays linear in its names)
            for holder, (used, written) in sorted(in_a.items()):
                held = self.holds.get(holder, frozenset())
                members = sorted(m for m in held & names_b if in_b[m][0] <= b)
                if not members or not used <= a or not held.isdisjoint(names_a) \
                        or (_plain(holder) and not used & keyed):
                    continue
                a -= used
                for m in members:
                    b -= in_b[m][0]
                found.append(f"{written} > " + " ".join(in_b[m][1] for m in members))
        return found

    def _written(self, facts: Facts, table: Aliases | None) -> dict[str, tuple[set[str], str]]:
        """The values a question writes (not negated), by the value: its own spelling, or an alias the org declared."""
        terms = [t for t in facts.terms if not t.startswith("!")]
        found = self.names.find(terms, facts.runs)
        if table:
            for canonical, hit in table.find(terms, facts.runs).items():
                found.setdefault(canonical.lower(), hit)
        return found


def _plain(value: str) -> bool:
    """Every part of the value is a word of the language ("access", "billing-core"), not a coined name or an id. A
    value that carries its own key ("team-ember", "ns-shop") is no plain word: it is written as the name it is."""
    parts = [p for p in re.split(r"[-_.]", value) if p]
    return all(p.isalpha() and is_word(p) for p in parts) and not (len(parts) > 1 and any(p in _SLOTS for p in parts))


def _value(raw: object) -> str | None:
    v = str(raw).strip().lower().split(":", 1)[0]
    return v if 2 <= len(v) <= 64 and _VALUE.fullmatch(v) else None


def _pairs(labels: Iterable[Mapping[str, str]], limit: int) -> tuple[set[tuple[str, str]], set[str]]:
    """(holder, member) pairs written on one alert, and every value read."""
    pairs: set[tuple[str, str]] = set()
    seen: set[str] = set()
    for one in labels:
        values: dict[str, str] = {}
        for key, raw in one.items():
            slot = _SLOTS.get(str(key).lower())
            if slot is not None and slot not in values and (v := _value(raw)) is not None:
                values[slot] = v
        for slot, v in values.items():
            seen.add(v)
            for member_slot in _HOLDS.get(slot, ()):
                member = values.get(member_slot)
                if member is not None and member != v and len(pairs) < limit:
                    pairs.add((v, member))
    return pairs, seen


def learn_topology(labels: Iterable[Mapping[str, str]], limit: int = MAX_PAIRS) -> Topology:
    """The containment ``labels`` (one mapping per alert, the latest first) write, closed over chains (region ->
    cluster -> host: the region holds the host). A value seen as its own holder's holder (a label set that
    contradicts another) holds nothing of that chain: neither side is trusted."""
    pairs, read = _pairs(labels, limit)
    direct: dict[str, set[str]] = {}
    for holder, member in pairs:
        direct.setdefault(holder, set()).add(member)
    holds: dict[str, frozenset[str]] = {}
    for holder in direct:
        seen: set[str] = set()
        todo = list(direct[holder])
        while todo and len(seen) < limit:
            member = todo.pop()
            if member not in seen and member != holder:
                seen.add(member)
                todo.extend(direct.get(member, ()))
        holds[holder] = frozenset(m for m in seen if holder not in direct.get(m, ()))
    members = {m for _, m in pairs}
    values = {v for v in read if v in holds or v in members}
    return Topology({h: ms for h, ms in holds.items() if ms}, compile_aliases({v: [] for v in sorted(values)}))
