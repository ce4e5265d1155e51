"""An org's own names for its things, learned from what its people asked beside what the helper ran.

"errors on passbook today" was answered by `sum(rate(http_requests_total{service="permit-gateway",code=~"5.."}[5m]))`:
the question names the thing by what people call it, the executed query by its canonical label value. No word
list knows that passbook is permit-gateway and admins rarely write alias tables, but an org's history says it,
again and again: this module reads that history and proposes ``alias -> canonical value`` pairs.

The evidence rule (precision first: a wrong alias makes a sibling read as the same service, i.e. a wrong hit):

* Canonical values come only from the executed queries' positive equality matchers (``service="x"``,
  ``namespace = 'x'``, ``kubectl -n x``, ``deployment/x``, ``pod=~"x-.*"``, a regex matcher with no regex syntax) of the
  kinds the reader compares (service, namespace, cluster, team, region; `KINDS`). Negative matchers and regex
  alternatives (``!=``, ``=~"a|b"``) name no one value and are skipped.
* A candidate phrase is one content term of the question or two written next to each other, read the way the
  reader reads a question (`query_compare.read_facts`), so the phrase learned is the phrase a lookup finds. Not
  candidates: the redaction's stand-ins, the reader's subject words (`SUBJECT_TERMS`: cpu, memory, pods: asked of
  one thing, still not its name) and terms starting with a digit. (`job` is no kind: it names Prometheus's scrape
  job, `node`, `kube-state-metrics`, which every host or pod query carries whatever it asks.)
* A question is evidence for (phrase, value) of a kind only when its executed queries name exactly one value of
  that kind and the question does not write that value itself (by its id or all of its parts): then some
  phrase of the question must stand for it.
* A phrase is kept for a value when it is not itself a known name (all its terms inside one name any executed
  query or identifier of the history writes: a value of any label the queries filter on, ``kiln="14"``, or a label
  key, ``reader``, which names a dimension, not a thing), it is evidence in at least `MIN_QUESTIONS` distinct
  questions (one text re-sent is one question) by at least `MIN_PEOPLE` people (a history that names no one needs
  twice the questions), and at least `MIN_SHARE` of all the distinct questions that write it are such evidence for
  that value: a word asked about every service ("errors", "latency") or written beside the name itself (an
  endpoint of it: "permit-gateway quota") fails the share.
* A value named in more than `MAX_BASE_RATE` of the exchanges whose queries name its kind (the one production
  cluster every query is scoped to) is not chosen by the question: no evidence for it.
* A phrase any of whose terms an executed query writes outside its label values (`measure_terms`: a metric
  name's part, ``refunds_failed_total``; a line filter's text) names a measure, not a thing: never an alias.
* A phrase kept for two values is dropped (the history cannot say which one it means), and so is a two-term
  phrase whose terms are each kept alone for the same value (it adds nothing).

Pure functions over texts, no I/O: the caller gathers an org's recent summaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from detectors.org_names import names_in
from detectors.query_compare import SUBJECT_TERMS, read_facts

__all__ = ["KINDS", "Exchange", "LearnedAlias", "canonical_values", "filtered_words", "learn_aliases",
           "measure_terms"]

#: Label keys (lower case, the last dotted or underscored part for OpenTelemetry's ``service.name``) and the kind
#: of thing each names: the kinds the reader compares as filters.
KINDS = {"service": "service", "svc": "service", "app": "service", "application": "service",
         "service_name": "service", "service.name": "service", "namespace": "namespace", "ns": "namespace",
         "k8s_namespace_name": "namespace", "k8s.namespace.name": "namespace", "kubernetes_namespace": "namespace",
         "cluster": "cluster", "k8s_cluster_name": "cluster", "k8s.cluster.name": "cluster", "team": "team",
         "squad": "team", "owner": "team", "region": "region"}
#: ``key="value"`` / ``key = 'value'`` / ``key==value``-free SQL and PromQL/LogQL/TraceQL matchers; bounded runs
#: only (the key at most 64 characters, the value at most 100), so a long query is read in linear time.
_MATCHER = re.compile(r"(?<![\w.])([A-Za-z_][\w.]{0,63})\s{0,3}(!=|=~|!~|==|=)\s{0,3}([\"'`])([^\"'`\n]{1,100})\3")
_KUBECTL_NS = re.compile(r"(?:^|\s)(?:-n|--namespace)(?:\s{1,3}|=)([a-z0-9][a-z0-9-]{0,62})(?![\w-])")
#: ``kubectl rollout status deployment/permit-gateway``: a deployment is named after its service.
_KUBECTL_DEPLOYMENT = re.compile(r"(?<![\w-])(?:deployment|deploy)/([a-z][a-z0-9-]{0,62})(?![\w-])")
#: ``pod=~"permit-gateway-.*"``: the pods of one deployment, named after its service.
_POD_KEYS = frozenset(("pod", "pod_name", "involvedobject.name", "k8s.pod.name", "k8s_pod_name"))
_POD_PATTERN = re.compile(r"\^?([a-z][a-z0-9-]{0,62}[a-z0-9])-?\.[*+]\$?")
#: A regex matcher whose value has no regex syntax (``service=~"permit-gateway"``) matches that one value.
_LITERAL = re.compile(r"[a-z0-9_-]+")
_VALUE = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")
_PARTS = re.compile(r"[-_.]")
#: A word of query text (a metric name's part, a function, a line filter's text), bounded.
_QUERY_WORD = re.compile(r"[a-z][a-z0-9]{0,63}")
#: The gate's typed placeholders (`<redacted:email>`), bounded.
_STAND_IN = re.compile(r"<redacted:[a-z0-9_]{1,40}>")

#: The evidence a phrase needs (module docstring). Chosen before any run on the released histories, from the
#: brief's wording ("more than one question, ideally more than one person ... rarely with others"), not tuned.
MIN_QUESTIONS = 3
MIN_PEOPLE = 2
MIN_SHARE = 0.8
#: A value the queries name in more than this share of the exchanges that name its kind at all (the org's one
#: production cluster, which the helper always scopes to) is not chosen by the question: it is no evidence.
MAX_BASE_RATE = 0.5


@dataclass(frozen=True)
class Exchange:
    """One past exchange: the (redacted) question, who asked (None: unknown), the queries the helper ran."""

    question: str
    who: str | None
    executed: tuple[str, ...]


@dataclass(frozen=True)
class LearnedAlias:
    """A proposal: ``alias`` (as people wrote it) reads as ``canonical``, a value of label kind ``kind``.

    ``questions`` and ``people`` count the evidence, ``share`` the part of the questions writing the alias that are
    evidence for this value."""

    alias: str
    canonical: str
    kind: str
    questions: int
    people: int
    share: float


def _kind(key: str) -> str | None:
    """The kind a label key names ("resource.service.name" -> service), None for keys that name no thing."""
    low = key.lower()
    pieces = low.split(".")
    return KINDS.get(low) or KINDS.get(".".join(pieces[-2:])) or KINDS.get(pieces[-1])


def canonical_values(query: str) -> set[tuple[str, str]]:
    """(kind, value) pairs one executed query names by a positive equality matcher."""
    found = set()
    for m in _MATCHER.finditer(query):
        kind, op, value = _kind(m[1]), m[2], m[4].strip().lower()
        pods = op == "=~" and m[1].lower() in _POD_KEYS and (pod := _POD_PATTERN.fullmatch(value)) is not None
        if pods and _VALUE.fullmatch(pod[1]):
            found.add(("service", pod[1]))
        literal = op in ("=", "==") or (op == "=~" and _LITERAL.fullmatch(value) is not None)
        if kind and literal and 2 <= len(value) <= 64 and _VALUE.fullmatch(value):
            found.add((kind, value))
    low = query.lower()
    found |= {("namespace", m[1]) for m in _KUBECTL_NS.finditer(low)}
    found |= {("service", m[1]) for m in _KUBECTL_DEPLOYMENT.finditer(low)}
    return found


def filtered_words(query: str) -> set[str]:
    """What one executed query filters by, any label: its keys (``kiln``, ``route``: a dimension's name) and the
    values of its positive matchers (``kiln="14"``). Known names, so never learned as an alias."""
    found = set()
    for m in _MATCHER.finditer(query):
        found.add(m[1].lower())
        if m[2] in ("=", "=="):
            found.add(m[4].strip().lower())
    return found


def measure_terms(query: str) -> frozenset[str]:
    """The terms one executed query writes outside its label values: its metric names' parts
    (``refunds_failed_total`` -> refund, fail, total), functions, a LogQL line filter's text. What a query writes
    there names what it measures, never the thing measured (a service's nickname is written only as its canonical
    label value), so a question's word found here is no alias (review R8: "refunds" asked only of payment-gateway).
    Read by the question's reading (`read_facts`), so "refunds" in a question is the same term as here."""
    low = _MATCHER.sub(lambda m: f" {m[1]} ", query).lower()
    low = _KUBECTL_DEPLOYMENT.sub(" ", _KUBECTL_NS.sub(" ", low))
    return frozenset(t for t in read_facts(" ".join(_QUERY_WORD.findall(low))).terms if not t.startswith("!"))


def _phrases(question: str) -> dict[frozenset[str], str]:
    """The question's candidate phrases: each content term and each pair written next to each other, with how
    the question wrote it. Not candidates: the redaction's stand-ins (``<redacted:email>``: they stand for anything),
    what the reader reads as the measured or listed subject (`SUBJECT_TERMS`: cpu, memory, pods, queue ...: asked of
    one thing, still not its name) and terms that start with a digit ("14", "5xx")."""
    facts = read_facts(_STAND_IN.sub(" ", question))
    terms = {t for t in facts.terms if t[:1].isalpha() and t not in SUBJECT_TERMS}
    out = {frozenset((t,)): facts.surface.get(t, t) for t in terms}
    for run in facts.runs:
        x, _, y = run.partition(" ")
        if x in terms and y in terms and x != y:
            out[frozenset((x, y))] = f"{facts.surface.get(x, x)} {facts.surface.get(y, y)}"
    return out


def _terms_of(name: str) -> frozenset[str]:
    """A name's terms as a question reads its parts written apart ("permit-gateway" -> permit, gateway)."""
    return frozenset(t for t in read_facts(" ".join(_PARTS.split(name))).terms if not t.startswith("!"))


def _writes(question_terms: frozenset[str], low: str, value: str, value_terms: frozenset[str]) -> bool:
    """Whether a question writes ``value`` itself: its id, or every one of its parts."""
    return value in low or (bool(value_terms) and value_terms <= question_terms)


def _chosen(named: list[set[tuple[str, str]]]) -> set[tuple[str, str]]:
    """The (kind, value) pairs a question can be said to choose: named in at most `MAX_BASE_RATE` of the exchanges
    whose queries name that kind at all."""
    per_kind: dict[str, int] = {}
    per_value: dict[tuple[str, str], int] = {}
    for kvs in named:
        for kind in {k for k, _ in kvs}:
            per_kind[kind] = per_kind.get(kind, 0) + 1
        for kv in kvs:
            per_value[kv] = per_value.get(kv, 0) + 1
    return {kv for kv, n in per_value.items() if n <= MAX_BASE_RATE * per_kind[kv[0]]}


def _enough(asked: dict[str, str | None], seen: int) -> bool:
    """The evidence rule's counts: distinct questions (``asked``: text -> who asked it first), the people among them
    (a history that names no one needs twice the questions instead), the share of all questions writing the phrase."""
    people = {w for w in asked.values() if w is not None}
    wanted = MIN_QUESTIONS if len(people) >= MIN_PEOPLE else 2 * MIN_QUESTIONS if not people else None
    return wanted is not None and len(asked) >= wanted and len(asked) / seen >= MIN_SHARE


def learn_aliases(history: Iterable[Exchange], known: Sequence[str] = ()) -> list[LearnedAlias]:
    """Proposals from an org's history (module docstring: the evidence rule); ``known`` adds names the org knows
    from elsewhere (alert label values), which are never learned as aliases. Sorted by canonical, then alias."""
    rows = [(ex, _phrases(ex.question), {kv for q in ex.executed for kv in canonical_values(q)}) for ex in history]
    names = {v for _, _, kvs in rows for _, v in kvs} | {n.lower() for n in known}
    names |= {w for ex, _, _ in rows for q in ex.executed for w in filtered_words(q)}
    names |= {n for ex, _, _ in rows for n in names_in(ex.question)}
    name_terms = {n: _terms_of(n) for n in names}
    measured = frozenset().union(*(measure_terms(q) for ex, _, _ in rows for q in ex.executed))
    chosen = _chosen([kvs for _, _, kvs in rows])
    seen: dict[frozenset[str], set[str]] = {}
    evidence: dict[tuple[frozenset[str], str, str], dict[str, str | None]] = {}
    written: dict[frozenset[str], str] = {}
    for ex, phrases, kvs in rows:
        low = ex.question.lower()
        text_id = " ".join(low.split())  # one question re-sent (a retry) is one question
        q_terms = frozenset(t for p in phrases for t in p)
        for p, text in phrases.items():
            seen.setdefault(p, set()).add(text_id)
            written.setdefault(p, text.lower())
        for kind in {k for k, _ in kvs}:
            values = [v for k, v in kvs if k == kind]
            if len(values) != 1 or (kind, values[0]) not in chosen or _writes(q_terms, low, values[0],
                                                                              name_terms[values[0]]):
                continue
            for p in phrases:
                evidence.setdefault((p, kind, values[0]), {}).setdefault(text_id, ex.who)
    kept: dict[frozenset[str], list[LearnedAlias]] = {}
    for (p, kind, value), asked in evidence.items():
        if not _enough(asked, len(seen[p])) or p & measured or any(p <= t for t in name_terms.values()):
            continue
        people = len({w for w in asked.values() if w is not None})
        kept.setdefault(p, []).append(LearnedAlias(written[p], value, kind, len(asked), people,
                                                   round(len(asked) / len(seen[p]), 3)))
    single = {(next(iter(p)), a[0].canonical) for p, a in kept.items() if len(p) == 1 and len(a) == 1}
    out = [a[0] for p, a in kept.items() if len(a) == 1
           and not (len(p) == 2 and all((t, a[0].canonical) in single for t in p))]
    return sorted(out, key=lambda a: (a.canonical, a.alias))
