"""The names an org's questions are about: services, hosts, databases, queues, namespaces.

"error rate for pricing today" and "error rate for reporting today" are one question about two
services; counted apart they split every top question, habit and gap by service. The names are
learned, not listed: first from the org's own alert labels (Alertmanager labels say which label
is a service, an instance, a namespace ...), then from its question history, where a word that
fills the same place in otherwise identical questions as names already known (``how slow is _
today`` with pricing, checkout and ledger) is a name of the same kind. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

__all__ = ["SLOTS", "from_labels", "learn_from_questions", "slot_entities", "tokens"]

#: Alert label names and the slot their values fill.
LABEL_SLOTS = {
    "service": "service", "job": "service", "app": "service", "application": "service", "deployment": "service",
    "container": "service", "component": "service", "workload": "service", "service_name": "service",
    "instance": "host", "host": "host", "hostname": "host", "node": "host", "nodename": "host", "server": "host",
    "pod": "host", "namespace": "namespace", "kubernetes_namespace": "namespace", "ns": "namespace",
    "queue": "queue", "topic": "queue", "consumer_group": "queue", "exchange": "queue", "stream": "queue",
    "database": "database", "db": "database", "datname": "database", "cluster": "database",
}
SLOTS = ("service", "host", "database", "queue", "namespace")
_SLOT = re.compile(r"(\{[a-z_]+\})")
_TOKEN = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?", re.I)
_STOP_WORDS = (
    "a an the of for on in at to from by with and or is are was were be been it its this that these those "
    "what which who whom why how when where whats show me my our us we i you your any all some no not do "
    "does did has have had can could would should will just now today yesterday last past since over hour "
    "hours minute minutes day days week weeks month months latest recent errors error latency up down "
    "slow fast high low there here out into about is? much many more less "
)
_STOP = frozenset(_STOP_WORDS.split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _name(value: str) -> str | None:
    """A label value usable as a name: lower-case, port and domain stripped, not a stop word or number."""
    v = value.strip().lower()
    v = re.sub(r":\d+$", "", v)
    if not v or len(v) > 80 or v.isdigit() or v in _STOP or len(v) < 2:
        return None
    return v


def from_labels(labels: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """Names and their slot from alert label sets (the first slot a name is seen in wins)."""
    out: dict[str, str] = {}
    for ls in labels:
        for key, value in ls.items():
            slot = LABEL_SLOTS.get(key.lower())
            if slot is None or not isinstance(value, str):
                continue
            name = _name(value)
            if name:
                out.setdefault(name, slot)
                short = name.split(".")[0]  # db01.prod.example -> db01
                if short != name and _name(short):
                    out.setdefault(short, slot)
    return out


def learn_from_questions(
    texts: Iterable[str], known: Mapping[str, str], *, min_known: int = 2, max_new_share: float = 0.5
) -> dict[str, str]:
    """Names learned from the question history: a word in the same place as known names.

    For each question and each position, the context is the question with that word blanked. A
    context filled by at least ``min_known`` known names of one slot makes its other fillers names
    of that slot too, unless they are stop words or the unknown fillers outnumber the known ones by
    more than ``1 / max_new_share`` (then the place is not a name's place: "how slow is _").
    """
    fillers: dict[tuple, Counter] = defaultdict(Counter)
    for text in set(texts):
        toks = tokens(text)
        if len(toks) < 2 or len(toks) > 25:
            continue
        for i, tok in enumerate(toks):
            fillers[(*toks[:i], "_", *toks[i + 1 :])][tok] += 1
    learned: dict[str, str] = {}
    for cnt in fillers.values():
        if len(cnt) < 2:
            continue
        slots = Counter(known[w] for w in cnt if w in known)
        if not slots:
            continue
        slot, k = slots.most_common(1)[0]
        if k < min_known:
            continue
        new = [w for w in cnt if w not in known and w not in _STOP and not w.isdigit()]
        if len(new) > max(1, k / max_new_share):
            continue
        for w in new:
            learned.setdefault(w, slot)
    return learned


def slot_entities(text: str, entities: Mapping[str, str]) -> str:
    """``text`` with every known name replaced by its slot (``{service}``, ``{host}`` ...)."""
    if not entities:
        return text

    def repl(m: re.Match[str]) -> str:
        slot = entities.get(m.group(0).lower())
        return "{" + slot + "}" if slot else m.group(0)

    # slots already in the text ("{range}") are kept as they are
    parts = _SLOT.split(text)
    return "".join(p if _SLOT.fullmatch(p) else _TOKEN.sub(repl, p) for p in parts)
