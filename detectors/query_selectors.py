"""The label sets an executed query selects by, one per selector: what one alert's labels say, read from a query.

An org's helper writes `sum(rate(gp_http_requests_total{service="order-api",namespace="commerce"}[5m]))` because
order-api runs in namespace commerce: matchers written together in one selector name one thing's labels, as one
alert's labels do (`detectors.org_topology` learns what holds what from those). A new org has few alerts but asks
many questions, so its executed queries (`QuerySummary.executed`) are a second source of the same fact.

Read strictly (a wrong containment turns two siblings into a nested pair, a partial where a miss was right):

* only equality matchers (``key="value"``, ``key = 'value'``, ``key==value`` quoted); a negated matcher
  (``!=``, ``!~``) says what the thing is not, and a regex matcher (``=~"a|b"``, ``pod=~"x-.*"``) names no one
  value: neither is read;
* a selector is a brace group (PromQL, LogQL, TraceQL: ``{...}``); a query without braces (Alertmanager,
  incidents, Argo CD and Kubernetes filters: ``service="x",severity="critical"``) is one selector per piece between
  lines, ``;``, ``|``, parentheses and ``UNION`` (two statements, two calls, two pipeline stages are two filters);
* a selector that joins its matchers by ``||`` or `` or `` (TraceQL, SQL) names alternatives, and one that negates
  part of itself (``!(team="web")``, ``NOT team = 'web'``) names what a thing is not: neither is read at all (the
  words are looked for outside quoted values: ``msg="or else"`` is a value).

Pure functions over text, no I/O; bounded regexes only (linear in the query's length).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["BARE_MATCHER", "MATCHER", "MAX_QUERY", "Matcher", "matchers", "selector_labels"]

#: A query longer than this is read up to here (QuerySummary bounds a query at 8,192 characters).
MAX_QUERY = 8192
#: ``key="value"`` and the other operators, so that a negated or regex matcher is seen and skipped, not misread as
#: an equality. Key at most 64 characters, value at most 100, no nested quantifiers. The one reading of a matcher:
#: the alias learner (`detectors.learned_aliases`) reads executed queries with it too.
MATCHER = re.compile(r"(?<![\w.])([A-Za-z_][\w.]{0,63})\s{0,3}(!=|=~|!~|==|=)\s{0,3}([\"'`])([^\"'`\n]{1,100})\3")
#: ``key=value`` unquoted, as Argo CD's and kubectl's filters and label selectors write it (``app=session-api
#: cluster=prod-sae1-a``, ``-l app=pay-hub,tier=api``): read on the query with its quoted values masked, so a quoted
#: value's own text (``|= "level=error"``) is no matcher; a value followed by another ``=`` (``condition=Ready=false``)
#: is none either. Same bounds as `MATCHER`. `selector_labels` does not read it (its containment stays strict); the alias
#: learner does (`matchers`).
BARE_MATCHER = re.compile(r"(?<![\w.\"'`=!~<>-])([A-Za-z_][\w.]{0,63})\s{0,3}(!=|=~|!~|==|=)\s{0,3}"
                          r"([A-Za-z0-9][\w.:/-]{0,99})(?![\w.:/=\"'`-])")
#: A brace group without braces inside it (``{{.route}}`` of a line_format is two groups, both without matchers).
_SELECTOR = re.compile(r"\{([^{}]{0,2000})\}")
#: Alternatives or a negation inside one selector (``!=`` and ``!~`` are matchers, read one by one).
_EITHER = re.compile(r"\|\||\bor\b|\bnot\b|!\s{0,3}[(A-Za-z_]", re.IGNORECASE)
#: A quoted value, masked before `_EITHER` and `_PIECES` look at a text (its words and separators are a value's).
_QUOTED = re.compile(r"([\"'`])[^\"'`\n]{0,100}\1")
#: Where a query without braces holds more than one filter.
_PIECES = re.compile(r"[\n;|()]|\bunion\b", re.IGNORECASE)


def _masked(text: str) -> str:
    """``text`` with every quoted value's characters replaced by ``x``, the same length (positions kept)."""
    return _QUOTED.sub(lambda m: m[1] + "x" * (len(m[0]) - 2) + m[1], text)


def _pieces(text: str) -> list[str]:
    """A query without braces cut where it holds more than one filter (`_PIECES`, outside quoted values)."""
    cuts = [0, *(i for m in _PIECES.finditer(_masked(text)) for i in m.span()), len(text)]
    return [text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)]


def _one(selector: str) -> dict[str, str]:
    """The equality matchers of one selector, key (lower case) -> value; the first written wins a repeated key."""
    if _EITHER.search(_masked(selector)):
        return {}
    found: dict[str, str] = {}
    for m in MATCHER.finditer(selector):
        if m[2] in ("=", "=="):
            found.setdefault(m[1].lower(), m[4].strip())
    return found


class Matcher(NamedTuple):
    """One matcher of a query: where it is written (``start``, ``end``), its key, operator and value."""

    start: int
    end: int
    key: str
    op: str
    value: str


def matchers(query: str) -> list[Matcher]:
    """Every matcher ``query`` writes, quoted (`MATCHER`) or bare (`BARE_MATCHER`), in the order written; the query
    is read up to `MAX_QUERY`."""
    text = str(query)[:MAX_QUERY]
    found = [Matcher(m.start(), m.end(), m[1], m[2], m[4]) for m in MATCHER.finditer(text)]
    found += [Matcher(m.start(), m.end(), m[1], m[2], text[m.start(3):m.end(3)])
              for m in BARE_MATCHER.finditer(_masked(text))]
    return sorted(found)


def selector_labels(query: str) -> list[dict[str, str]]:
    """The label sets ``query`` selects by (module docstring), each with at least one equality matcher."""
    text = str(query)[:MAX_QUERY]
    if "{" not in text and _EITHER.search(_masked(text)):
        return []  # (a negation or an alternative anywhere in a filter without braces: which piece it binds is unsure)
    groups = _SELECTOR.findall(text) if "{" in text else _pieces(text)
    return [labels for g in groups if (labels := _one(g))]
