"""An org's own names for its things, learned from what its people asked beside what the helper ran.

"errors on passbook today" was answered by `sum(rate(http_requests_total{service="permit-gateway",code=~"5.."}[5m]))`:
the question names the thing by what people call it, the executed query by its canonical label value. No word
list knows that passbook is permit-gateway and admins rarely write alias tables, but an org's history says it,
again and again: this module reads that history and proposes ``alias -> canonical value`` pairs.

The evidence rule (precision first: a wrong alias makes a sibling read as the same service, i.e. a wrong hit):

* Canonical values come only from the executed queries' positive equality matchers (``service="x"``,
  ``namespace = 'x'``, bare as Argo CD's and kubectl's filters write them, ``app=x``, ``kubectl -n x``,
  ``deployment/x``, ``pod=~"x-.*"``, a regex matcher with no regex syntax) of the kinds the reader compares (service,
  namespace, cluster, team, region; `KINDS`), and a container's or another Kubernetes object's name
  (``container="x"``, ``name=x``, ``involvedObject=x``, ``job_name=~"x-.*"``) where the history names service x by a
  service key too (`named_values`). Negative matchers and regex alternatives (``!=``, ``=~"a|b"``)
  name no one value and are skipped.
* A candidate phrase is one content term of the question or two written next to each other, read the way the
  reader reads a question (`query_compare.read_facts`), so the phrase learned is the phrase a lookup finds. Not
  candidates: the redaction's stand-ins, the reader's subject words (`SUBJECT_TERMS`: cpu, memory, pods: asked of
  one thing, still not its name) and terms starting with a digit. (`job` is no kind: it names Prometheus's scrape
  job, `node`, `kube-state-metrics`, which every host or pod query carries whatever it asks.)
* A question is evidence for (phrase, value) of a kind only when its executed queries name exactly one value of
  that kind, the question does not write that value itself (by its id or all of its parts), and its own queries do
  not write the phrase outside the names of things (`measure_terms`: a metric name's part, ``refunds_failed_total``;
  a line filter's text; an endpoint's route ``route="/v2/refunds"``): then some phrase of the question must stand
  for the value, and a word the query measured or filtered on is explained by that (review R8).
* A question that writes a word where a person stands ("ping kwozniak", "kwozniak asked for ..."; `persons`) is no
  evidence for a phrase holding it, and counts against its share.
* Questions are counted once each (`question_ids`): one text re-sent is one question, and one person asking the same
  reading again (another range, a typo fixed) is one question.
* A phrase is kept for a value when it is not a known name, holds no identifier the queries name (a cluster's
  ``prod-sae1-a`` written beside the nickname), nor is all inside one other than the value's own (a value of
  any label any executed query filters on, by any operator, ``kiln="14"``, ``namespace=~"shop|print"``; a label key,
  ``reader``; an identifier a question writes; a sibling's name: "checkout" of checkout-worker beside checkout-api:
  once the history names the sibling, the next pass drops the part), while a part of its own name is learnable ("the
  portal" for customer-portal), and so is a part of an identifier that is the value's own (`_owners`: its hosts
  ``kt-ingest-02``, a consumer group ``resale-market-listings``, a longer id people write for it only); it is
  evidence in at least `question_bar` distinct questions (`MIN_QUESTIONS` in a history of up to `SIZE_REF`, one more per doubling;
  `PLAIN_EXTRA` more for a phrase written only in words of the language, a part of its own name included) by at
  least `MIN_PEOPLE` people (a history that names no one needs twice the questions); at least `MIN_SHARE` of all the
  distinct questions that write it are such evidence for that value (a word asked about every service, "errors", or
  written beside the name itself, "permit-gateway quota", fails the share); and its evidence is unlikely under the
  value's base rate (`chance` at most `ALPHA`): a value every query carries (the one production cluster) is named
  beside any phrase, so nothing is learned for it, while the most-asked service still is.
* A phrase kept for two values is dropped (the history cannot say which one it means), and so is a two-term
  phrase whose terms are each kept alone for the same value (it adds nothing). Terms that start with a digit, the
  reader's subject words, the redaction's stand-ins and an endpoint's path or method are never candidates.

`examine` returns every (phrase, value) with the rule that drops it, so an admin or a bench can see why a name
people use was not learned.

Pure functions over texts, no I/O: the caller gathers an org's recent summaries.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scipy.stats import binom

from detectors.org_names import names_in
from detectors.query_compare import SUBJECT_TERMS, Facts, read_facts
from detectors.query_selectors import MATCHER, MAX_QUERY, matchers
from detectors.word_lists import is_word

__all__ = ["KINDS", "Evidence", "Exchange", "LearnedAlias", "Verdict", "canonical_values", "chance", "evidence_of",
           "examine", "filtered_words", "learn_aliases", "measure_terms", "named_values", "persons", "question_bar",
           "question_ids", "reading"]

#: Label keys (lower case, the last dotted or underscored part for OpenTelemetry's ``service.name``) and the kind
#: of thing each names: the kinds the reader compares as filters.
KINDS = {"service": "service", "svc": "service", "app": "service", "application": "service",
         "service_name": "service", "service.name": "service", "namespace": "namespace", "ns": "namespace",
         "k8s_namespace_name": "namespace", "k8s.namespace.name": "namespace", "kubernetes_namespace": "namespace",
         "cluster": "cluster", "k8s_cluster_name": "cluster", "k8s.cluster.name": "cluster", "team": "team",
         "squad": "team", "owner": "team", "region": "region"}
_KUBECTL_NS = re.compile(r"(?:^|\s)(?:-n|--namespace)(?:\s{1,3}|=)([a-z0-9][a-z0-9-]{0,62})(?![\w-])")
#: ``kubectl rollout status deployment/permit-gateway``: a deployment is named after its service.
_KUBECTL_DEPLOYMENT = re.compile(r"(?<![\w-])(?:deployment|deploy)/([a-z][a-z0-9-]{0,62})(?![\w-])")
#: ``pod=~"permit-gateway-.*"``: the pods of one deployment, named after its service.
_POD_KEYS = frozenset(("pod", "pod_name", "involvedobject.name", "k8s.pod.name", "k8s_pod_name"))
#: ``container="session-api"``: a container of a pod (cAdvisor's and kube-state-metrics' label) is named in its
#: deployment's spec, after its service by convention but not always (``app``, ``istio-proxy``, ``coredns``); read as
#: the service only where the history names that service by a service key too (`named_values`). So is another
#: Kubernetes object a query names (``kind=HorizontalPodAutoscaler name=waitroom``, an event's
#: ``involvedObject=seatmap-api``, a job's pods ``job_name=~"billing-engine-.*"``; writers 19, 23, 27): its name is the
#: service's where the history names that service by a service key.
_CONTAINER_KEYS = frozenset(("container", "container_name", "k8s.container.name", "k8s_container_name",
                             "name", "involvedobject", "involvedobject.name", "job_name"))
_POD_PATTERN = re.compile(r"\^?([a-z][a-z0-9-]{0,62}[a-z0-9])-?\.[*+]\$?")
#: A regex matcher whose value has no regex syntax (``service=~"permit-gateway"``) matches that one value.
_LITERAL = re.compile(r"[a-z0-9_-]+")
_VALUE = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")
_PARTS = re.compile(r"[-_.]")
#: A regex matcher's literal piece (``refunds`` and ``payouts`` of ``refunds|payouts.*``), bounded by the value's own
#: 100 characters.
_REGEX_PIECE = re.compile(r"[a-z0-9/][a-z0-9_/-]*")
#: A word of query text (a metric name's part, a function, a line filter's text), bounded.
#: A term the reader made of a path or an HTTP method.
_ENDPOINT = re.compile(r"/|^http-")
_QUERY_WORD = re.compile(r"[a-z][a-z0-9]{0,63}")
#: The gate's typed placeholders (`<redacted:email>`), bounded.
_STAND_IN = re.compile(r"<redacted:[a-z0-9_]{1,40}>")
#: A threshold's direction as the reader writes it ("slower than", "over", ">" -> above; "under" -> below).
_DIRECTIONS = frozenset().union(*(read_facts(w).terms for w in ("above", "below")))

#: The evidence a phrase needs (module docstring). Round 22 fixed 3 questions by 2 people and an 80% share from the
#: brief's wording before any history existed; round 23 chose the question bar, the people, the share and `ALPHA`
#: leave-one-org-out over the four released histories (bench/history_alias_audit.py --loo, bench/plans/qlearn.md:
#: each held-out org's choice, the value most folds chose), for a history of up to `SIZE_REF` distinct questions
#: (`SIZE_REF` is not tuned: every released history has 80). Each doubling of
#: the history beyond it adds one question to the bar (`question_bar`): a history twice as long tests about twice as
#: many phrases, and one more question makes a chance run of evidence about as rare again as before.
MIN_QUESTIONS = 2
SIZE_REF = 100
MIN_PEOPLE = 2
MIN_SHARE = 0.7
#: The phrase's evidence must be unlikely under the value's own base rate (the share of the questions naming its kind
#: that name it): a one-sided binomial tail of at most `ALPHA`. A value every query carries (the one production
#: cluster) reaches any share by chance, so nothing is learned for it; the most-asked service is learned for a phrase
#: that names it more often than its popularity explains (review R6: a flat cut at half the exchanges left it none).
ALPHA = 0.05
#: A phrase written only in words of the language ("burnt batches", "late", "the portal") needs this many more
#: questions than the bar: two people asking about burnt batches of the one oven service say what they measured, not
#: what they call it (review R1), while a coined word ("rp", "kilnsched") seen twice is a name. Round 22's bar of 3
#: for ordinary words, from the reviewer's finding, not tuned.
PLAIN_EXTRA = 1


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
    """The kind a label key names ("resource.service.name" -> service, Prometheus's ``exported_service`` for a target's
    own label renamed on a clash -> service), None for keys that name no thing."""
    low = key.lower().removeprefix("exported_")
    pieces = low.split(".")
    return KINDS.get(low) or KINDS.get(".".join(pieces[-2:])) or KINDS.get(pieces[-1])


def canonical_values(query: str) -> set[tuple[str, str]]:
    """(kind, value) pairs one executed query names by a positive equality matcher, quoted or bare (``app=pay-hub``,
    `matchers`); a container's name as kind ``container`` (`named_values` decides whether it is a service's)."""
    found = set()
    for _, _, key, op, raw in matchers(query):
        kind, value = _kind(key), raw.strip().lower()
        pattern = _POD_PATTERN.fullmatch(value) if op == "=~" else None
        named = pattern[1] if pattern is not None and _VALUE.fullmatch(pattern[1]) else None
        if key.lower() in _CONTAINER_KEYS:
            kind = "container"
            if named:  # a job's pods, ``job_name=~"billing-engine-.*"``
                found.add(("container", named))
        if named and key.lower() in _POD_KEYS:
            found.add(("service", named))
        literal = op in ("=", "==") or (op == "=~" and _LITERAL.fullmatch(value) is not None)
        if kind and literal and 2 <= len(value) <= 64 and _VALUE.fullmatch(value):
            found.add((kind, value))
    low = query.lower()
    found |= {("namespace", m[1]) for m in _KUBECTL_NS.finditer(low)}
    found |= {("service", m[1]) for m in _KUBECTL_DEPLOYMENT.finditer(low)}
    return found


def named_values(history: Sequence[Exchange]) -> list[set[tuple[str, str]]]:
    """Per exchange, the (kind, value) pairs its executed queries name (`canonical_values`), a container's name read
    as a service's where some query of the history names that service by a service key (``container="plate-reader"``
    beside ``service="plate-reader"`` elsewhere), and dropped otherwise (``container="coredns"``, ``"app"``: a name no
    service key confirms says nothing of which service)."""
    per = [{kv for q in ex.executed for kv in canonical_values(q)} for ex in history]
    services = {v for kvs in per for k, v in kvs if k == "service"}
    return [{("service", v) if k == "container" else (k, v) for k, v in kvs if k != "container" or v in services}
            for kvs in per]


def filtered_words(query: str) -> set[str]:
    """What one executed query filters by, any label: its keys (``kiln``, ``route``: a dimension's name) and the
    values of its matchers, positive or not, and the literal pieces of a regex one (``kiln="14"``,
    ``route!="/refunds"``, ``endpoint=~"refunds|payouts"``: each names a thing of its own label). Known names, so
    never learned as an alias (review R8's second guard: a word the queries write inside another label's value)."""
    found = set()
    for _, _, key, op, raw in matchers(query):
        found.add(key.lower())
        value = raw.strip().lower()
        found |= {value} if op in ("=", "==", "!=") else {p.strip("-_") for p in _REGEX_PIECE.findall(value)}
    return found


def measure_terms(query: str) -> frozenset[str]:
    """The terms one executed query writes outside the names of the things it is about: its metric names' parts
    (``refunds_failed_total`` -> refund, fail, total), functions, a LogQL line filter's text, and the values of labels
    that are no kind and no pod (``route="/refunds"``, ``handler="/glazes/search"``: an endpoint of the thing). A
    question's word its own query writes there is explained by what the query measured or filtered, not by the thing
    (a service's nickname is written only as its canonical label value), so that question is no evidence for it
    (review R8: "refunds" asked only of payment-gateway). Read by the question's reading (`read_facts`), so "refunds"
    in a question is the same term as here."""
    low = _outside_names(str(query)[:MAX_QUERY]).lower()
    low = _KUBECTL_DEPLOYMENT.sub(" ", _KUBECTL_NS.sub(" ", low))
    return frozenset(t for t in read_facts(" ".join(_QUERY_WORD.findall(low))).terms if not t.startswith("!"))


def _outside_names(query: str) -> str:
    """The query as `measure_terms` reads it: each matcher (`matchers`, quoted or bare) by its key, and by its value too
    unless the label names a thing of a kind, a pod or a container."""
    out, at = [], 0
    for m in matchers(query):
        named = _kind(m.key) is not None or m.key.lower() in _POD_KEYS | _CONTAINER_KEYS
        out += [query[at:m.start], f" {m.key} " if named else f" {m.key} {m.value} "]
        at = m.end
    return "".join([*out, query[at:]])


#: Where a word stands for a person, as the redaction gate reads it (exporter/privacy/person_names.py, issue 13,
#: chosen on the redaction writers' batches, not on a query history): after a verb whose object is a person ("ping
#: kwozniak", "asked dkrol", "cc", "thanks") or before a verb of speech ("kwozniak asked", "mwojcik said"). The gate's
#: "paging"/"paged" (alerts page a service, "what's paging envstore") and the speech verbs that also say a thing's state
#: ("alert acked", "deploy approved", "payment confirmed", "noted", "agreed") are left out. An @-mention is no term of
#: the reader at all, so it is never a candidate.
_PERSON_PLACE = re.compile(
    r"(?<![\w-])(?:ping|pinged|pinging|ask|asked|asking|tell|told|remind|reminded|nudge|nudged|dm|cc|thanks|thx)"
    r"[ \t]{1,3}@?([a-z][\w.-]{0,63})(?![\w@])"
    r"|(?<![\w@.-])([a-z][\w.-]{0,63})[ \t]{1,3}(?:said|says|asked|mentioned|wrote|replied|thinks|thought|suggested"
    r"|promised|volunteered)(?![\w-])")


def persons(question: str) -> frozenset[str]:
    """The terms a question writes where a person stands (`_PERSON_PLACE`): "ping kwozniak", "kwozniak asked for the
    error rate". Beside a paste and in plain questions alike people write who asked or whom to tell (round 29 review
    R1: a handle written so beside three pastes and in two plain questions was learned as the service's name), so such
    a question is no evidence that the word names the value it asked of, and counts against the word's share, plain
    or beside a paste (it shows the word a person's: "cc dmarek" beside two "dmarek: p99 ..."; round 30 review R2). A
    word written once so among its ordinary questions ("can you ping quillo from the bastion" beside three "quillo
    ...") keeps its share. Read in linear time: one bounded pattern over the question."""
    found = _PERSON_PLACE.finditer(question[:MAX_QUERY].lower())
    return frozenset(t for m in found for t in reading((m[1] or m[2]).strip(".-")).terms)


def reading(question: str) -> Facts:
    """A question as the learner reads it (the reader's reading, the redaction's stand-ins blanked), once."""
    return read_facts(_STAND_IN.sub(" ", question))


def _phrases(question: str, facts: Facts | None = None) -> dict[frozenset[str], str]:
    """The question's candidate phrases: each content term and each pair written next to each other, with how
    the question wrote it. Not candidates: the redaction's stand-ins (``<redacted:email>``: they stand for anything),
    what the reader reads as the measured or listed subject (`SUBJECT_TERMS`: cpu, memory, pods, queue ...: asked of
    one thing, still not its name), terms that start with a digit ("14", "5xx") and an endpoint's path or method
    (``/v2/pickups``, ``POST`` read as ``http-post``: a thing of its own kind, never a service's name)."""
    facts = facts or reading(question)
    terms = {t for t in facts.terms
             if t[:1].isalpha() and t not in SUBJECT_TERMS | _DIRECTIONS and not _ENDPOINT.search(t)}
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


def _base_rates(rows: list[tuple[QuestionId, set[tuple[str, str]]]]) -> dict[tuple[str, str], float]:
    """Per (kind, value): the share of the distinct questions whose queries name that kind at all that name it."""
    per_kind: dict[str, set[QuestionId]] = {}
    per_value: dict[tuple[str, str], set[QuestionId]] = {}
    for qid, kvs in rows:
        for kind in {k for k, _ in kvs}:
            per_kind.setdefault(kind, set()).add(qid)
        for kv in kvs:
            per_value.setdefault(kv, set()).add(qid)
    return {kv: len(q) / len(per_kind[kv[0]]) for kv, q in per_value.items()}


def chance(k: int, n: int, p: float) -> float:
    """P(at least ``k`` of ``n`` questions name a value by chance) when a question names it with probability ``p``:
    the binomial survival function, computed in floating point for any history size (review R3: the exact sum of
    binomial coefficients overflowed a float from ~1,030 questions on)."""
    return float(binom.sf(k - 1, n, p))


def question_bar(questions: int) -> int:
    """The distinct questions a phrase needs in a history of ``questions`` distinct questions (`MIN_QUESTIONS` up to
    `SIZE_REF`, one more per doubling beyond it)."""
    return MIN_QUESTIONS + max(0, int(math.log2(max(questions, 1) / SIZE_REF)))


#: One question as evidence: who asked it (None: unknown) and its reading.
QuestionId = tuple[str | None, frozenset[str]]


def question_ids(history: Sequence[Exchange], readings: Sequence[Facts] | None = None,
                 pastes: Sequence[tuple[str | None, tuple[tuple[str, str, str], ...]]] | None = None
                 ) -> list[QuestionId]:
    """What makes two questions one piece of evidence: one text sent again by anyone (a retry, a pasted line) is the
    first sender's question; one person asking the same reading again (its content terms and how it asks, so a typo
    fixed, a "pls" added, the words reordered or another time range) is that person's one question. Two people
    asking alike are two: each of them uses the name. A question that pastes a query is read by its prose
    (`said`) and the matchers it pastes, so two pastes that differ only in a matcher stay two questions.
    ``readings``, ``pastes``: the questions' `said` readings and `said` themselves, when read already."""
    first: dict[str, str | None] = {}
    out = []
    for i, ex in enumerate(history):
        who = first.setdefault(" ".join(ex.question.lower().split()), ex.who)
        words, pasted = pastes[i] if pastes is not None else said(ex.question)
        facts = readings[i] if readings is not None else reading(ex.question if words is None else words)
        out.append((who, frozenset(facts.terms) | {f"?{facts.intent}"} | {f"={k}{op}{v}" for k, op, v in pasted}))
    return out


@dataclass(frozen=True)
class Evidence:
    """A question's part in the evidence for its phrases: per kind its executed queries name, the one value it is
    evidence for, or why it is none (``several``: more than one value; ``written``: the question writes it)."""

    chosen: dict[str, str]
    not_chosen: dict[str, str]


def said(question: str) -> tuple[str | None, tuple[tuple[str, str, str], ...]]:
    """The question without the quoted matchers it pastes (``sum(rate(http_requests_total{service="envelope-store"}
    [5m])) -- envstore 500s last 30m``), None when it pastes none, and the matchers it pastes (key, operator, value;
    key and value lower case). People paste the query they ran and say in their own words what it is about (writers
    19, 24, 25 and 26): the pasted matcher writes the canonical value because the query does, not because the asker
    calls the thing so: the learner reads only the prose around it, for the question's phrases and for whether it
    writes the value itself (`evidence_of`), and reads it once: the prose is the question's one reading. A value
    written in the prose too ("permit-gateway quota") still is."""
    found = list(MATCHER.finditer(question[:MAX_QUERY]))
    if not found:
        return None, ()
    out, at = [], 0
    for m in found:
        out += [question[at:m.start()], " "]
        at = m.end()
    return "".join([*out, question[at:]]), tuple((m[1].lower(), m[2], m[4].strip().lower()) for m in found)


def evidence_of(question: str, q_terms: frozenset[str], kvs: set[tuple[str, str]],
                name_terms: dict[str, frozenset[str]]) -> Evidence:
    """Which value of each kind one question is evidence for (module docstring)."""
    low = question.lower()
    chosen, not_chosen = {}, {}
    for kind in sorted({k for k, _ in kvs}):
        values = sorted(v for k, v in kvs if k == kind)
        if len(values) != 1:
            not_chosen[kind] = "several"
        elif _writes(q_terms, low, values[0], name_terms[values[0]]):
            not_chosen[kind] = "written"
        else:
            chosen[kind] = values[0]
    return Evidence(chosen, not_chosen)


@dataclass(frozen=True)
class Verdict:
    """One (phrase, value) the history offers as evidence, with the rule that drops it (None: learned)."""

    phrase: frozenset[str]
    alias: LearnedAlias
    dropped: str | None


def _verdict(p: frozenset[str], canonical: str, asked: set[QuestionId], seen: int,
             context: tuple[int, float, dict[str, frozenset[str]], frozenset[str], dict[str, dict[str, frozenset[str]]]],
             plain: bool) -> str | None:
    """The first rule that drops ``p`` as an alias of ``canonical`` (module docstring), None when none does;
    ``plain``: the phrase is written in words of the language only."""
    bar, base, name_terms, identifiers, owners = context
    people = {w for w, _ in asked if w is not None}
    if any(p <= t and not p <= owners.get(n, {}).get(canonical, frozenset())
           for n, t in name_terms.items() if n != canonical) or p & identifiers - {canonical}:
        return "known name"
    if len(asked) < (bar if people else 2 * bar):
        return "questions"
    if plain and len(asked) < (bar + PLAIN_EXTRA if people else 2 * (bar + PLAIN_EXTRA)):
        return "plain words"
    if people and len(people) < MIN_PEOPLE:
        return "people"
    if len(asked) / seen < MIN_SHARE:
        return "share"
    if chance(len(asked), seen, base) > ALPHA:
        return "base rate"
    return None


def _owners(named: list[set[tuple[str, str]]], written: list[set[str]], names: set[str], asked: set[str],
            pods: set[str], name_terms: dict[str, frozenset[str]]) -> dict[str, dict[str, frozenset[str]]]:
    """Per identifier that names no thing of a kind (``kt-ingest-02``, a host; ``gridlink-api``, a name people write;
    ``resale-market-listings``, a consumer group), the values whose own it is and the terms of it that name them.
    People and teams name a service's hosts, consumer groups and longer ids after the service or its nickname
    (writers 20, 23, 25, 29), so a phrase of those terms names no other thing, and the identifier does not make it a
    known name for that value: an identifier that extends a value's id names it by that id's terms only (``resale`` of
    ``resale-market-listings``; the rest is a component of its own, a canary, a worker, its Redis: round 31 review
    R1), and one that extends none, written (in a question or a query's filters) only by exchanges whose queries name
    the value alone among its kind, and written by people in their questions too (``asked``), names it by all of its
    terms ("kt" of the hosts ``kt-ingest-02``, ``kt-ingest-03`` people write beside kiln-telemetry; a host only the
    queries filter by may be a dependency's, ``cache-redis-01``: review R1). A pod's or a container's name is its own workload's (``edge-nginx-7c9d``: review R1), a
    value of a kind is a thing of its own ("checkout" of the sibling checkout-worker stays known), and so is a route.
    ``named``, ``written``: per exchange, the (kind, value) pairs its queries name and the identifiers it writes;
    ``pods``: the values the queries filter pods and containers by."""
    ids = {n for n in names if _PARTS.search(n) and "/" not in n}
    values = {v for kvs in named for _, v in kvs}
    out = {n: {v: name_terms[v] & name_terms[n] for v in values if len(n) > len(v) + 1 and n.startswith(v)
               and n[len(v)] in "-_."} for n in ids}
    alone: dict[str, set[str]] = {}
    for kvs, words in zip(named, written, strict=True):
        kinds = [k for k, _ in kvs]
        one = {v for k, v in kvs if kinds.count(k) == 1}
        for n in ids & words - pods:
            alone[n] = alone[n] & one if n in alone else one
    for n, vs in alone.items():
        out[n] = out[n] or (dict.fromkeys(vs, name_terms[n]) if n in asked else {})
    return {n: by for n, by in out.items() if by}


def _plain(written: str) -> bool:
    """Whether a phrase is written in ordinary words of the language only ("burnt batches", "the portal"), not with
    a coined one ("kilnsched", "rp", "sms relay")."""
    return all(w.isalpha() and is_word(w) for w in written.split())


def examine(history: Iterable[Exchange], known: Sequence[str] = ()) -> list[Verdict]:
    """Every (phrase, value) the history offers as evidence, each with the rule that drops it (module docstring);
    `learn_aliases` keeps those none drops. The admin (and bench/history_alias_audit.py) can see why a name people
    use was not learned."""
    history = list(history)
    pastes = [said(ex.question) for ex in history]
    readings = [reading(ex.question if words is None else words) for ex, (words, _) in zip(history, pastes, strict=True)]
    rows = [(ex, _phrases(ex.question, facts), kvs, qid) for ex, facts, kvs, qid in
            zip(history, readings, named_values(history), question_ids(history, readings, pastes), strict=True)]
    filtered = [{w for q in ex.executed for w in filtered_words(q)} for ex, _, _, _ in rows]
    in_questions = [names_in(ex.question) for ex, _, _, _ in rows]
    names = {v for _, _, kvs, _ in rows for _, v in kvs} | {n.lower() for n in known}
    names |= set().union(*filtered)
    identifiers = frozenset(n for n in names if _PARTS.search(n))
    names |= set().union(*in_questions)
    name_terms = {n: _terms_of(n) for n in names}
    pods = {m.value.strip().lower() for ex, _, _, _ in rows for q in ex.executed for m in matchers(q)
            if m.key.lower() in _POD_KEYS | _CONTAINER_KEYS}
    owners = _owners([kvs for _, _, kvs, _ in rows], [f | q for f, q in zip(filtered, in_questions, strict=True)],
                     names - {v for _, _, kvs, _ in rows for _, v in kvs} - {n.lower() for n in known},
                     set().union(*in_questions), pods, name_terms)
    seen: dict[frozenset[str], set[QuestionId]] = {}
    evidence: dict[tuple[frozenset[str], str, str], set[QuestionId]] = {}
    shared: dict[tuple[frozenset[str], str, str], set[QuestionId]] = {}
    written: dict[frozenset[str], str] = {}
    plainly: dict[tuple[frozenset[str], str, str], set[QuestionId]] = {}
    for (ex, phrases, kvs, qid), (words, pasted), held in zip(rows, pastes, filtered, strict=True):
        q_terms = frozenset(t for p in phrases for t in p)
        among, left = _among(words or ex.question, q_terms, kvs, ex.executed, name_terms)
        person = persons(ex.question)
        for p, text in phrases.items():
            seen.setdefault(p, set()).add(qid)
            written.setdefault(p, text.lower())
            for kind, value in among:
                shared.setdefault((p, kind, value), set()).add(qid)
        measured = frozenset().union(*map(measure_terms, ex.executed), person)
        chosen = {k: (v, words is not None) for k, v in left.items()}
        chosen |= _chosen(ex.question, words, pasted, q_terms, kvs, name_terms)
        for kind, (value, only) in chosen.items():
            # (a word its queries filter on inside an identifier of the value's own, the host ``kt-ingest-03``, says
            # what the query filtered, as `measure_terms` does: review R1's pods)
            explained = measured.union(*(name_terms[n] - name_terms[value] for n in held if n in owners))
            for p in (p for p in phrases if not p & explained and not (only and _plain(phrases[p]))):
                evidence.setdefault((p, kind, value), set()).add(qid)
                if not only:
                    plainly.setdefault((p, kind, value), set()).add(qid)
    context = (question_bar(len({qid for *_, qid in rows})), _base_rates([(qid, kvs) for _, _, kvs, qid in rows]),
               name_terms, identifiers, owners)
    return _ambiguous(_verdicts(evidence, seen, shared, written, plainly, context),
                      {(p, value): asked for (p, _, value), asked in evidence.items()})


def _chosen(question: str, words: str | None, pasted: tuple[tuple[str, str, str], ...], q_terms: frozenset[str],
            kvs: set[tuple[str, str]], name_terms: dict[str, frozenset[str]]) -> dict[str, tuple[str, bool]]:
    """Per kind, the value a question is evidence for (`evidence_of`, on its prose when it pastes a query) and
    whether only its prose makes it so (the whole question writes the value: its id, or its parts across the prose
    and the pasted matchers' values). Such a question is evidence for a coined phrase only: what people write beside
    a query they paste is often when, who wants it or why ("any timeouts since the new release?", "finance asked"),
    so a phrase in words of the language there says nothing of the value's name (review R3 of round 27), while a
    coined one ("envstore", "pdfr") is one. The paste is not read again: its values' parts are the names' terms the
    learner read already (``name_terms``)."""
    chosen = evidence_of(words if words is not None else question, q_terms, kvs, name_terms).chosen
    if words is None:
        return {k: (v, False) for k, v in chosen.items()}
    low = question.lower()
    terms = q_terms.union(*(name_terms.get(v, ()) for _, _, v in pasted))
    return {k: (v, _writes(terms, low, v, name_terms[v])) for k, v in chosen.items()}


def _verdicts(evidence: dict[tuple[frozenset[str], str, str], set[QuestionId]],
              seen: dict[frozenset[str], set[QuestionId]], shared: dict[tuple[frozenset[str], str, str], set[QuestionId]],
              written: dict[frozenset[str], str], plainly: dict[tuple[frozenset[str], str, str], set[QuestionId]],
              context: tuple[int, dict[tuple[str, str], float], dict[str, frozenset[str]], frozenset[str],
                             dict[str, dict[str, frozenset[str]]]]) -> list[Verdict]:
    """Each (phrase, kind, value)'s verdict (`_verdict`): its share counts the distinct questions writing the phrase,
    less those about several values by other names that are not its evidence (`_among`). Beside a paste people write
    who asked, where and why as often as what they call the thing (``up{service="ledger-api"} euw1?``, "ping
    mwojcik", review R1 of round 28), so a paste naming the value only backs a phrase people also use with none
    (``plainly``: its evidence questions with no paste naming the value): in as many distinct questions as the bar
    asks of any phrase (review R2 of round 28: one plain question beside four pastes learned a person's handle).
    None such is "pasted only", fewer than the bar "pasted mostly"."""
    bar, base, name_terms, identifiers, owners = context
    out = []
    for (p, kind, value), asked in evidence.items():
        count = len(seen[p] - (shared.get((p, kind, value), set()) - asked))
        # (a value the history names only in a regex alternative has no base rate to beat: as if every question
        # named it, so its evidence is never told from chance (round 29 review R2: a KeyError failed the pass))
        why = _verdict(p, value, asked, count, (bar, base.get((kind, value), 1.0), name_terms, identifiers, owners),
                       _plain(written[p]))
        alone = plainly.get((p, kind, value), set())
        if why is None and len(alone) < (bar if any(w is not None for w, _ in asked) else 2 * bar):
            why = "pasted mostly" if alone else "pasted only"
        people = len({w for w, _ in asked if w is not None})
        out.append(Verdict(p, LearnedAlias(written[p], value, kind, len(asked), people,
                                        round(len(asked) / count, 3)), why))
    return out


def _among(question: str, q_terms: frozenset[str], kvs: set[tuple[str, str]], executed: Iterable[str],
           name_terms: dict[str, frozenset[str]]) -> tuple[set[tuple[str, str]], dict[str, str]]:
    """The (kind, value) pairs an exchange's queries name among others of their kind (a regex alternative of plain
    names, ``service=~"sign-api|envelope-store"``, or two values named apart) while its question writes none of them
    by its own name. Such a question ("crit alerts 24h inkwell+docvault") is about each of them by other names, so a
    phrase it writes may name either: it counts neither for nor against a phrase's share for any of them (writers 19,
    24, 26). One that writes them ("slow requests on checkout and payments") still counts against its other words.
    And per kind, the one value such a question leaves unwritten when it writes every other by its name: "deploys
    routey + pickup-scheduler" ran ``application=~"route-planner|pickup-scheduler"``, so its other words name
    route-planner, as a question about one value does (writers 19, 26, 27 ask so)."""
    values = {kv for q in executed for kv in alternatives(q)}
    kinds = [k for k, _ in kvs]
    values |= {(k, v) for k, v in kvs if kinds.count(k) > 1}
    low = question.lower()
    named = {(k, v) for k, v in values if _writes(q_terms, low, v, name_terms.get(v) or _terms_of(v))}
    written = {k for k, _ in named}
    left: dict[str, list[str]] = {}
    for k, v in values - named:
        left.setdefault(k, []).append(v)
    return {(k, v) for k, v in values if k not in written}, {k: v[0] for k, v in left.items() if k in written
                                                              and len(v) == 1}


def alternatives(query: str) -> set[tuple[str, str]]:
    """(kind, value) pairs one query names by a regex alternative of plain names, ``service=~"a|b"`` (a label of a
    kind the reader compares, every piece a plain name)."""
    found = set()
    for m in matchers(query):
        kind, pieces = _kind(m.key), m.value.strip().lower().split("|")
        if kind and m.op == "=~" and len(pieces) > 1 and all(
                2 <= len(x) <= 64 and _VALUE.fullmatch(x) for x in pieces):
            found |= {(kind, x) for x in pieces}
    return found


def _ambiguous(verdicts: list[Verdict], support: dict[tuple[frozenset[str], str], set[QuestionId]]) -> list[Verdict]:
    """Drop a phrase kept for two values (the history cannot say which one it means: "two values"), a term kept alone
    whose every question wrote it inside one kept two-term phrase for the same value ("door" of "the door scanners":
    people wrote the pair, "inside a kept pair"), and a two-term phrase whose terms are each kept alone for the same
    value (they were written apart too, so it adds nothing: "pair of kept terms"). ``support``: the distinct questions
    that are evidence for each (phrase, value)."""
    kept: dict[frozenset[str], list[Verdict]] = {}
    for v in verdicts:
        if v.dropped is None:
            kept.setdefault(v.phrase, []).append(v)
    unique = {(p, a[0].alias.canonical) for p, a in kept.items() if len(a) == 1}
    inside = {(p, c) for p, c in unique if len(p) == 1 and any(
        len(q) == 2 and p < q and c == d and support[(q, d)] == support[(p, c)] for q, d in unique)}
    single = {(next(iter(p)), c) for p, c in unique - inside if len(p) == 1}
    out = []
    for v in verdicts:
        p, why = v.phrase, v.dropped
        if why is None and len(kept[p]) > 1:
            why = "two values"
        elif why is None and (p, v.alias.canonical) in inside:
            why = "inside a kept pair"
        elif why is None and len(p) == 2 and all((t, v.alias.canonical) in single for t in p):
            why = "pair of kept terms"
        out.append(Verdict(p, v.alias, why))
    return out


def learn_aliases(history: Iterable[Exchange], known: Sequence[str] = ()) -> list[LearnedAlias]:
    """Proposals from an org's history (module docstring: the evidence rule); ``known`` adds names the org knows
    from elsewhere (alert label values), which are never learned as aliases. Sorted by canonical, then alias."""
    return sorted((v.alias for v in examine(history, known) if v.dropped is None), key=lambda a: (a.canonical, a.alias))
