"""Which one of the org's own names a word stands for, told by the name's shape: a part of it, or the name contracted.

People call loan-service "loans", ingest-worker "ingest", reader-gateway "rgw", patron-auth "pauth" and catalog-search
"catsearch". No word list knows an org's names, and an embedding scores such pairs no higher than a one-token flip.
The org's own inventory does know the names (`detectors.org_names.vocabulary`: identifiers in its recorded questions,
its alerts' label values), and each of these short forms has a shape that points at exactly one of them:

* a part: the word is the one distinctive part of the name, or that part inflected (the same stem: "loans" /
  loan-service), and every other part says only what kind of component it is (`COMPONENT_KINDS`: service, api,
  worker ...). "checkout" is no checkout-canary (a canary is another deployment of checkout), "orders" no orders-db
  (a service's database is another thing), "catalog" no catalog-search (search is a feature, not a kind);
* a contraction: the word, no word of the language and no known name itself, is every part of the name in order,
  each cut to a start of one letter or more, a compound part possibly as the first letters of its two words, and at
  least one part written whole or so ("pauth" = p + auth, "catsearch" = cat + search, "rgw" = r + g(ate) w(ay); not
  "slo" = s + lo for silo-loader: a word cut at every part spells the trade's short words, slo, redis, oauth, as often).

Either way no other known name may fit the same word (an org running loan-service and loan-db has no "loans"),
and only names of letters in two to five parts are read: numbered names ("prod-syd-1") come as siblings, and a
word that is a part of one is a region or a place as often as a name. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from detectors.word_lists import is_word

__all__ = ["COMPONENT_KINDS", "TRADE_WORDS", "NameForms", "contracts", "name_forms"]

#: Parts that say what kind of component a name is, not which one: beside one distinctive part they add nothing a
#: person says ("the loans service" / loan-service). Chosen from what services are generally called; a database, a
#: queue, a cache, a proxy, a canary or a replica is another thing than the service it serves ("orders" is no
#: orders-db, nor orders-queue), so none is here. "queue" was in the first draft, written after reading batch 18's
#: hold-queue / "holds": a word grown from one writer's names, taken out (bench/RESULTS.md, round 19).
COMPONENT_KINDS = frozenset((
    "service", "services", "svc", "api", "app", "server", "worker", "workers", "gateway", "gw", "daemon", "backend",
    "engine"))

#: The trade's own short words, which a contraction of some org's name can spell with one part whole ("oauth" = o +
#: auth for org-auth, "memcache" = mem + cache for member-cache: round 19's review, S30) and which mean the technology
#: wherever they stand: never read as a contraction. Software, protocols and measures that no dictionary holds.
_TRADE_TEXT = (
    "oauth oidc saml sso mfa jwt ldap iam rbac memcache memcached redis etcd nginx haproxy envoy kafka rabbitmq zookeeper "
    "mysql psql postgres pgbouncer nosql mongo mongodb cassandra elasticsearch opensearch clickhouse sqlite graphql "
    "grpc rpc http https smtp imap sftp ftp ssh ssl tls dns cdn vpn vpc nat elb alb nlb waf ddos slo slos sli slis "
    "sla slas sre devops gitops cicd syslog journald systemd fluentd logstash kibana grafana prometheus loki jaeger "
    "otel statsd apm siem kubelet kubectl kube k8s coredns containerd dockerd helm argocd terraform ansible jenkins "
    "github gitlab webapi webhook webhooks websocket websockets cron crontab cpu gpu ram ssd hdd nvme jvm iops rps "
    "qps tps oom etl npm yaml json csv sql mqtt amqp wal ttl")
TRADE_WORDS = frozenset(_TRADE_TEXT.split())

#: Longest word read as a contraction (a short form is short: review S28), most parts of a name read.
_LONGEST, _MOST_PARTS = 12, 5
#: Known names a contraction could open alike (`NameForms.by_start`) past which it is ambiguous.
_CROWD = 64


@lru_cache(maxsize=8192)
def _compound_initials(part: str) -> str:
    """"gateway" -> "gw": the first letters of the two words of the language a part is made of, when there is one
    such split; "" otherwise."""
    splits = [i for i in range(3, len(part) - 2) if is_word(part[:i]) and is_word(part[i:])]
    return part[0] + part[splits[0]] if len(splits) == 1 else ""


def contracts(word: str, parts: tuple[str, ...]) -> bool:
    """Whether ``word`` is every one of ``parts`` in order, each cut to a start of one letter or more or written as
    the initials of its two words ("rgw" for reader + gateway), with at least one part written whole or so: "pauth"
    (p + auth), "catsearch", "rgw"; not "slo" (s + lo) for silo-loader, "redis" (re + dis) for reefer-dispatch, "oauth"
    (o + auth) for order-authorizer, whose every piece is a cut, which spells the short words of the trade as often
    (round 19's review, S24); initials alone ("hq") are `org_names`' reading. Each part extends every place the word
    can be read up to by the letters it shares with the word there: linear in the word's length times the parts'."""
    reach = {(0, False)}  # (letters read, a part read whole or as its two words' initials)
    for part in parts:
        two = _compound_initials(part)
        after: set[tuple[int, bool]] = set()
        for i, whole in reach:
            k = 0
            while k < len(part) and i + k < len(word) and word[i + k] == part[k]:
                k += 1
            after.update((i + n, whole or n == len(part)) for n in range(1, k + 1))
            if two and word.startswith(two, i):
                after.add((i + 2, True))
        reach = after
        if not reach:
            return False
    return (len(word), True) in reach


class NameForms:
    """The org's letter names indexed once: by the stem of each part, and by the two letters a contraction of the name
    can open with (the first part's first two, the first part's first and the second part's first, or the first part's
    two words' initials: "re", "rg" for reader-gateway)."""

    def __init__(self, names: frozenset[str], stem: Callable[[str], str]) -> None:
        self.names = names
        self.by_part: dict[str, set[str]] = {}
        self.by_start: dict[str, set[str]] = {}
        for name in names:
            parts = tuple(name.split("-"))
            if not (2 <= len(parts) <= _MOST_PARTS and all(p.isalpha() for p in parts)):
                continue
            for start in {parts[0][:2], parts[0][0] + parts[1][0], _compound_initials(parts[0])} - {""}:
                self.by_start.setdefault(start, set()).add(name)
            for p in parts:
                self.by_part.setdefault(stem(p), set()).add(name)

    def parts_fit(self, term: str) -> set[str]:
        """Known names one of whose parts has ``term``'s stem (whether the rest are kinds is `stands_for`'s)."""
        return self.by_part.get(term, set())

    def contracted(self, word: str) -> set[str] | None:
        """Known names ``word`` contracts (`contracts`); None when too many open alike to tell (a look-up and at most
        `_CROWD` tries per word, never a scan of the names: linear in the question)."""
        bucket = self.by_start.get(word[:2], set())
        if len(bucket) > _CROWD:
            return None
        return {n for n in bucket if contracts(word, tuple(n.split("-")))}


@lru_cache(maxsize=16)
def name_forms(names: frozenset[str], stem: Callable[[str], str]) -> NameForms:
    """The index of one org's names (once per vocabulary)."""
    return NameForms(names, stem)


def stands_for(term: str, word: str, forms: NameForms, extra: NameForms, stem: Callable[[str], str]) -> str | None:
    """The one known name (in ``forms`` or the pair's own ``extra``) that ``word`` (its stem ``term``) is a part or a
    contraction of, or None: none, or more than one. A word that is a known name itself stands for no other."""
    if word in forms.names or word in extra.names or not word.isalpha() or len(word) > 2 * _LONGEST:
        return None
    fits: set[str] = set()
    if len(word) >= 3 and word not in COMPONENT_KINDS:
        by_part = forms.parts_fit(term) | extra.parts_fit(term)
        if by_part:
            fits |= by_part  # every name with the part counts against uniqueness, kinds or not
            if len(by_part) == 1 and not all(p in COMPONENT_KINDS or stem(p) == term for p in next(iter(by_part)).split("-")):
                return None
    if 2 <= len(word) <= _LONGEST and not is_word(word) and word not in TRADE_WORDS:
        known, own = forms.contracted(word), extra.contracted(word)
        if known is None or own is None:
            return None  # too many names alike to tell them apart by shape
        fits |= known | own
    return next(iter(fits)) if len(fits) == 1 else None
