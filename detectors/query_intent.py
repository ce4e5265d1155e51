"""What an ops question asks for: a kind of answer, a subject, filters and a time range.

The question cache must tell "how many critical alerts in the last 24 hours" and "critical alerts
in the past day" apart from "warning alerts in the last 7 days" without an embedding: the intent
key (type, subject, filters) says whether two questions ask the same thing, and the resolved time
range says whether an earlier answer still covers the same window. Everything here is a fast
lexical reading with fixed vocabularies; what it cannot read is left out and said in ``notes``,
and ``confidence`` tells the caller how much of the question was understood structurally.

Reading rules:

* Type, first that applies: compare ("vs", "than yesterday"), trend ("over time", "increasing"),
  top ("top", "noisiest"), count ("how many", "are there any"), status ("is X up", "healthy"),
  list ("show", "which"). A question with none of these words ("critical alerts in the past
  day") is read as a count, with a note: its answer is a number, and it must share a key with
  "how many critical alerts ...".
* Subject: explicit plural nouns ("alerts", "errors", "logs", "traces", "incidents") win over
  qualifiers ("cpu", "error", "firing"), and the first mentioned wins among equals, so "cpu alerts"
  is about alerts and "error logs" about logs.
* Filters hold lower-case values; severity is one of ``critical``, ``high``, ``warning``, ``info``.

Examples
--------
>>> from datetime import datetime, timezone
>>> q = parse_question("How many critical alerts on web-7 in the last 24 hours?",
...                    datetime(2024, 5, 8, 10, 0, tzinfo=timezone.utc))
>>> q.key(), q.time_range.duration_seconds
('count:alerts;host=web-7;severity=critical', 86400.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from detectors.timerange import TimeRange, normalise_text, parse_times, time_expression_spans
from detectors.word_runs import WordRunPattern

__all__ = [
    "FILTER_KEYS",
    "HOST_PATTERN",
    "INTENT_TYPES",
    "QueryIntent",
    "SEVERITIES",
    "SUBJECTS",
    "host_spans",
    "parse_question",
]

INTENT_TYPES = ("count", "list", "top", "trend", "compare", "status")
SUBJECTS = ("alerts", "errors", "logs", "metrics", "traces", "incidents")
SEVERITIES = ("critical", "high", "warning", "info")
FILTER_KEYS = ("severity", "service", "host", "environment", "status_code", "namespace", "alertname")



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Host names as people type them: IPv4, "server-03", "web-7.prod", "db01", "ip-10-0-0-1".
HOST_PATTERN = (
    r"(?<![\w.-])(?:\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?"
    r"|[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z0-9]*(?:[.-][a-z0-9]+)*"
    r"|[a-z]{2,}\d+[a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9-]*)*)(?![\w-])"
)
#: Tokens shaped like hosts that are not: severities, percentiles, versions of things, cloud products.
_NOT_HOSTS = _words(
    "sev0 sev1 sev2 sev3 sev4 sev5 sev-0 sev-1 sev-2 sev-3 sev-4 ec2 http2 http3 ipv4 ipv6 utf8 utf-8 "
    "base64 amd64 arm64 x86-64 sha1 sha256 md5 log4j oauth2 gp2 gp3 io1 io2 tls1 ssl3 h2 s3 k8s "
    "covid-19 iso-8601 rfc-3339 top10 top5 top3 p50 p90 p95 p99 p999"
)
_HOST_RE = re.compile(HOST_PATTERN)
#: Cloud regions ("eu-west-1", "us-central1") have the shape of a host name.
_REGION = re.compile(r"(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central)\w*-?\d")

_TYPE_PATTERNS = (
    ("compare", r"\b(?:compare[sd]?|comparing|comparison|vs|versus|relative to|than (?:usual|normal|before|"
                r"yesterday|last|the previous|previous|the day before|the week before)|against (?:yesterday|last))\b"),
    ("trend", r"\b(?:trends?|trending|over time|increas\w*|decreas\w*|rising|growing|grow|dropping|declin\w*|"
              r"(?:going|gone|went|trending) (?:up|down)|graph\w*|chart|plot|timeline|time series|spik\w*)\b"),
    ("top", r"\b(?:top|most(?! recent)|noisiest|busiest|loudest|worst|highest|biggest|largest|heaviest|slowest|"
            r"leading|rank\w*)\b"),
    ("count", r"\b(?:how many|how much|count|counts|number of|total|how often|tally|are there any|"
              r"is there any|were there any|any new)\b"),
    ("status", r"\b(?:status|health|healthy|unhealthy|alive|reachable|degraded|"
               r"(?:is|are) (?:the )?[\w.-]+(?: (?:service|svc|api|app|host|server|node))? "
               r"(?:up|down|ok|okay|running|working|responding|broken)|up\?|down\?)"),
    ("list", r"\b(?:why|list|show|display|which|what|whats|give me|get|find|fetch|see|tell me|view|print)\b"),
)
_TYPE_RES = tuple((name, re.compile(p)) for name, p in _TYPE_PATTERNS)

# (subject, strong?, pattern): strong words are the nouns a question is about, weak ones qualify them.
_SUBJECT_PATTERNS = (
    ("errors", True, r"stack ?traces?|errors|exceptions|failures|crashes|[1-5]xx|[1-5]\d\ds"),
    ("alerts", True, r"alerts?|alarms?|alerting|pages"),
    ("incidents", True, r"incidents?|outages?|postmortems?|post-mortems?"),
    ("logs", True, r"logs|log (?:lines|entries|messages)|logging"),
    ("traces", True, r"traces?|spans?|tracing"),
    ("metrics", True, r"metrics?"),
    ("errors", False, r"error|exception|failure|failed|failing|crash\w*|panics?|oom\w*|timeouts?"),
    ("alerts", False, r"firing|fired|paged|page|notifications?"),
    ("logs", False, r"log"),
    ("metrics", False, r"cpu|memory|mem|ram|latency|latencies|disk|throughput|qps|rps|request rate|"
                      r"p50|p90|p95|p99|load|saturation|utili[sz]ation|bandwidth|network|iops|"
                      r"response times?|usage"),
)
_SUBJECT_RES = tuple((s, strong, re.compile(rf"\b(?:{p})\b")) for s, strong, p in _SUBJECT_PATTERNS)

_SEVERITY_WORDS = (
    ("critical", r"critical|crit|fatal|emergency|p0|p1|sev ?-?[01]|severity ?[01]"),
    ("high", r"(?:high|major)(?:[- ](?:severity|sev|priority))?|p2|sev ?-?2|severity ?2"),
    ("warning", r"warnings?|warn|minor|p3|sev ?-?3|severity ?3"),
    ("info", r"info|informational|(?:low)[- ](?:severity|sev|priority)|p4|p5|sev ?-?[45]|severity ?[45]"),
)
_SEVERITY_RES = tuple((s, re.compile(rf"\b(?:{p})\b")) for s, p in _SEVERITY_WORDS)
_HIGH_NEEDS_CUE = re.compile(r"\b(?:high|major)\b(?![- ](?:severity|sev|priority|alerts?|incidents?))")

_ENVIRONMENTS = {
    "prod": "production", "production": "production", "prd": "production", "live": "production",
    "staging": "staging", "stage": "staging", "stg": "staging", "preprod": "preprod", "pre-prod": "preprod",
    "dev": "development", "development": "development", "qa": "qa", "uat": "uat", "sandbox": "sandbox",
}
_ENV_RE = re.compile(rf"(?<![\w.-])(?:env(?:ironment)?\s*[=:]\s*)?({'|'.join(_ENVIRONMENTS)})(?![\w-])")
_ENV_EXPLICIT = re.compile(r"\benv(?:ironment)?\s*[=:]\s*([\w.-]+)")

_NAME = r"[a-z0-9][\w.-]*[a-z0-9]|[a-z0-9]"
#: Words that follow "service" or precede "up" without naming anything.
_STOP = _words(
    "a an the this that these those it its is are was were be been any all some my our your their which what "
    "who how when where why status health level levels errors error alerts alert logs log metrics traces "
    "incidents requests request calls call latency cpu memory up down ok okay there here now today one "
    "each every other same new old and or for of in on at to by with from not no has had have does did do "
    "can will should would could throws threw returns returned keeps kept having running since last past "
    "between during over within yesterday tonight overnight hours days minutes weeks pod pods container"
)
_SERVICE_RES = (
    re.compile(rf"\b(?:service|svc|app|application|job|deployment)\s*[=:]\s*({_NAME})"),
    # a name before its kind: tried once per word (``WordRunPattern``), the name's end deciding the match
    WordRunPattern(rf"\b({_NAME})\s+(?:service|svc|microservice|app|api|deployment)(?![\w-])", start=r"\b[a-z0-9]",
                   run=r"[\w.-]*"),
    re.compile(rf"\b(?:service|svc|microservice)\s+({_NAME})"),
    re.compile(r"(?<![\w.-])([a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:api|svc|service|app|worker|gateway|frontend|backend))"
               r"(?![\w.-])"),
)
_STATUS_SUBJECT = re.compile(
    rf"\b(?:is|are)\s+(?:the\s+)?({_NAME})(?:\s+(?:service|svc|api|app|host|server|node))?\s+"
    r"(?:up|down|healthy|unhealthy|ok|okay|alive|running|working|responding|degraded|reachable|broken)\b"
)
_HOST_EXPLICIT = re.compile(rf"\b(?:host|hostname|node|instance|machine|vm)\s*(?:[=:]\s*|\s+)({_NAME})")
_NAMESPACE_RES = (
    re.compile(rf"\b(?:namespace|ns)\s*[=:]\s*({_NAME})"),
    re.compile(rf"\bnamespace\s+({_NAME})"),
    WordRunPattern(rf"\b({_NAME})\s+namespace\b", start=r"\b[a-z0-9]", run=r"[\w.-]*"),
    re.compile(rf"(?:^|\s)-n\s+({_NAME})"),
)
_STATUS_CODE_RES = (
    re.compile(r"\b([1-5]xx)\b"),
    re.compile(r"\b([1-5]\d\d)s\b"),
    re.compile(r"\b(?:http|status|code|status code|response|responses|returning|returned|returns)\s+([1-5]\d\d)\b"),
    re.compile(r"\b([1-5]\d\d)\s+(?:errors?|responses?|status|codes?)\b"),
)
_ALERTNAME_EXPLICIT = re.compile(r"\balert(?:name)?\s*[=:]\s*[\"']?([A-Za-z][\w:.-]*)")
_CAMEL = re.compile(r"(?<![\w-])([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[A-Z]{2,}[a-z]+[A-Za-z0-9]*)(?![\w-])")
#: CamelCase product names that are not alert names.
_NOT_ALERTNAMES = _words(
    "postgresql mysql github gitlab javascript typescript mongodb dynamodb opensearch elasticsearch pagerduty "
    "cloudwatch rabbitmq graphql oauth nodejs youtube linkedin wordpress devops openshift opentelemetry "
    "cloudfront coredns cloudflare grafana prometheus alertmanager kubernetes redis kafka sqlserver "
    "bigquery clickhouse victoriametrics jaeger opsgenie servicenow"
)


@dataclass(frozen=True)
class QueryIntent:
    """A structured reading of one question.

    Attributes
    ----------
    type : str
        One of ``INTENT_TYPES``.
    subject : str or None
        One of ``SUBJECTS``, or None when no subject word was found.
    filters : dict of str to str
        Keys among ``FILTER_KEYS``, lower-case values; read-only by convention.
    time_range : TimeRange or None
        The first time phrase, resolved at the moment of asking.
    confidence : float
        0..1, how much of the question the structured reading covers (type word, subject, time,
        filters); a heuristic for deciding whether to trust the parse over semantic matching.
    notes : tuple of str
        What was unclear or assumed.
    compare_to : TimeRange or None
        For comparisons, the second time phrase ("today vs yesterday" -> yesterday).
    """

    type: str
    subject: str | None
    filters: dict[str, str] = field(hash=False)
    time_range: TimeRange | None
    confidence: float
    notes: tuple[str, ...] = ()
    compare_to: TimeRange | None = None

    def key(self) -> str:
        """Type, subject and sorted filters, without the time: equal keys ask the same thing.

        Whether the same answer still holds is a separate test on the time ranges
        (:meth:`TimeRange.same_window`), since the key must match across days.
        """
        parts = [f"{self.type}:{self.subject or '*'}"]
        parts += [f"{k}={v}" for k, v in sorted(self.filters.items())]
        return ";".join(parts)

    def same_question(self, other: QueryIntent, tolerance_seconds: float = 60.0) -> bool:
        """Whether an answer to ``other`` answers this: same key and the same windows, or both without one."""
        if self.key() != other.key():
            return False
        return all(
            (a is None and b is None) or (a is not None and b is not None and a.same_window(b, tolerance_seconds))
            for a, b in ((self.time_range, other.time_range), (self.compare_to, other.compare_to))
        )


def _intent_type(text: str) -> str | None:
    for name, pattern in _TYPE_RES:
        if pattern.search(text):
            return name
    return None


def _subject(text: str) -> str | None:
    """First strong subject word, else first weak one (see module docstring)."""
    for want_strong in (True, False):
        hits = [(m.start(), subject) for subject, strong, pattern in _SUBJECT_RES if strong == want_strong
                for m in [pattern.search(text)] if m]
        if hits:
            return min(hits)[1]
    return None


def _severity(text: str) -> str | None:
    for name, pattern in _SEVERITY_RES:
        for m in pattern.finditer(text):
            if name == "high" and _HIGH_NEEDS_CUE.match(text, m.start()):
                continue  # "high cpu" is not a severity; "high severity", "major incidents" are
            return name
    return None


def _hosts(text: str) -> list[re.Match[str]]:
    return [m for m in _HOST_RE.finditer(text) if m[0] not in _NOT_HOSTS and not _REGION.fullmatch(m[0])]


def host_spans(text: str) -> list[tuple[int, int]]:
    """Where host-like tokens are in already-normalised ``text`` (shared with ``templates``)."""
    return [m.span() for m in _hosts(text)]


def _first(patterns, text: str, reject=_STOP) -> str | None:
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = m[1].strip(".-")
            if value and value not in reject:
                return value
    return None


def _filters(norm: str, original: str, subject: str | None, time_spans: list[tuple[int, int]]) -> dict[str, str]:
    out: dict[str, str] = {}
    severity = _severity(norm)
    if severity:
        out["severity"] = severity
    hosts = [m for m in _hosts(norm) if not any(a <= m.start() < b for a, b in time_spans)]
    host = hosts[0][0] if hosts else _first((_HOST_EXPLICIT,), norm)
    status_match = _STATUS_SUBJECT.search(norm)
    service = _first(_SERVICE_RES, norm)
    if service is None and status_match and status_match[1] not in _STOP and status_match[1] != host:
        service = None if _HOST_RE.fullmatch(status_match[1]) else status_match[1]
    if host:
        out["host"] = host
    if service and service != host:
        out["service"] = service
    environment = _environment(norm, [m.span() for m in hosts])
    if environment:
        out["environment"] = environment
    namespace = _first(_NAMESPACE_RES, norm)
    if namespace:
        out["namespace"] = namespace
    code = _first(_STATUS_CODE_RES, norm, reject=frozenset())
    if code:
        out["status_code"] = code
    alertname = _alertname(original, subject)
    if alertname:
        out["alertname"] = alertname
    return out


def _environment(norm: str, host_spans_: list[tuple[int, int]]) -> str | None:
    explicit = _ENV_EXPLICIT.search(norm)
    if explicit:
        return _ENVIRONMENTS.get(explicit[1], explicit[1])
    for m in _ENV_RE.finditer(norm):
        if not any(a <= m.start() < b for a, b in host_spans_):
            return _ENVIRONMENTS[m[1]]
    return None


def _alertname(original: str, subject: str | None) -> str | None:
    """``alertname=X``, or a CamelCase word (``KubePodCrashLooping``) in a question about alerts."""
    explicit = _ALERTNAME_EXPLICIT.search(original)
    if explicit and explicit[1].lower() not in _STOP:
        return explicit[1].lower()
    if subject != "alerts":
        return None
    for m in _CAMEL.finditer(original):
        if m[1].lower() not in _NOT_ALERTNAMES:
            return m[1].lower()
    return None


def _confidence(type_found: bool, kind: str, subject: str | None, filters: dict[str, str],
                has_range: bool, has_time_words: bool, unclear: int) -> float:
    """Weights: type word .25, subject .35, time .25, any filter .15; each unclear point costs .1.

    A status question needs no time ("is checkout up") and names its subject as a service or host.
    """
    subject_ok = subject is not None or (kind == "status" and ("service" in filters or "host" in filters))
    time_ok = has_range or (kind == "status" and not has_time_words)
    score = 0.25 * type_found + 0.35 * subject_ok + 0.25 * time_ok + 0.15 * bool(filters) - 0.1 * unclear
    return round(min(1.0, max(0.0, score)), 3)


def parse_question(text: str, now: datetime, tz: str = "UTC") -> QueryIntent:
    """Read an ops question; never raises on any text (an unknown ``tz`` raises ValueError).

    Parameters
    ----------
    text : str
        The question as asked.
    now : datetime
        The moment of asking (naive is taken as UTC); time phrases are resolved against it.
    tz : str
        IANA zone of the asker, for calendar phrases ("yesterday", "since 9am").
    """
    norm = normalise_text(text)
    times = parse_times(text, now, tz)
    found_type = _intent_type(norm)
    kind = found_type or "count"
    subject = _subject(norm)
    notes: list[str] = []
    for parsed in times:
        notes += parsed.notes
    time_range = next((p.time_range for p in times if p.time_range), None)
    compare_to = None
    if kind == "compare":
        ranges = [p.time_range for p in times if p.time_range]
        compare_to = ranges[1] if len(ranges) > 1 else None
        if compare_to is not None:
            notes.append(f"compared with: '{compare_to.expression}'")
    if not times:
        notes.append("no time range found: semantic match only")
    elif time_range is None:
        notes.append("no usable time range: semantic match only")
    if found_type is None:
        notes.append("no question word: read as count")
    filters = _filters(norm, text, subject, time_expression_spans(norm))
    if subject is None and "alertname" in filters:
        subject = "alerts"
    if subject is None and not (kind == "status" and filters):
        notes.append("no subject found")
    unclear = sum(n.startswith(("ambiguous", "approximate", "unreadable")) for n in notes)
    confidence = _confidence(found_type is not None, kind, subject, filters, time_range is not None,
                             bool(times), unclear)
    return QueryIntent(kind, subject, filters, time_range, confidence, tuple(notes), compare_to)

