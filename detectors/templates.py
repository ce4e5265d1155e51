"""Question templates: the same question about another host, number or time reads the same.

"Frequent questions" analytics counts templates, not texts: "errors on server-03 in the last hour"
and "errors on web-7 in the last 2 hours" are one question asked twice. Slots replace what varies
from one asking to the next:

========== =====================================================================
``{range}`` a time phrase the time parser reads ("in the last 2 hours", "since 9am")
``{text}``  a quoted string
``{url}``   a URL
``{id}``    UUIDs, long hex ids, ticket ids ("INC-1234", "#1234"), numbers of 6+ digits
``{host}``  IP addresses and host-like names ("server-03", "web-7", "db01.prod")
``{num}``   any other number, with its unit kept ("{num}ms", "{num}%")
``{service}`` ``{database}`` ``{queue}`` ``{namespace}`` (and ``{host}``): names the org uses, when the
            caller passes them (`detectors.entities`: from alert labels and question history)
========== =====================================================================

The rest is lower-cased, stripped of punctuation and spaced singly. Pure, no I/O, never raises.

Examples
--------
>>> question_template("Errors on server-03 in the last hour?")
'errors on {host} {range}'
>>> question_template("errors on web-7 in the last 2 hours")
'errors on {host} {range}'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from detectors.entities import slot_entities
from detectors.query_intent import host_spans
from detectors.timerange import normalise_text, time_expression_spans

__all__ = ["SLOTS", "question_template"]

SLOTS = ("{range}", "{text}", "{url}", "{id}", "{host}", "{num}")

_QUOTED = re.compile(r"\"[^\"]*\"|`[^`]*`|(?<!\w)'[^']*'(?!\w)|\u201c[^\u201d]*\u201d")
_REDACTED = re.compile(r"<redacted:\w+>")
_URL = re.compile(r"\b(?:https?|wss?|ftp)://\S+|\bwww\.\S+")
_IDS = (
    re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
    re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b"),
    re.compile(r"\b(?:inc|incident|chg|change|req|ticket|case|jira|pd|task|bug|issue|pr)[-#]?\d+\b"),
    re.compile(r"#\d+\b"),
    re.compile(r"\b\d{6,}\b"),
)
#: Kubernetes pod names ("payments-api-7d9f8c6b5-2cw2c"): a host whose hash must not read as an id.
_POD = re.compile(r"(?<![\w.-])[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*-(?=[a-z]*\d)[a-z0-9]{6,10}-[a-z0-9]{5}(?![\w-])")
_NUMBER = re.compile(r"(?<![\w{])[-+]?\d+(?:[.,]\d+)*")
_PUNCT = re.compile(r"[^\w\s{}\-%]|(?<![\w])-|-(?![\w])")
_SLOT_MARK = "\x00"
#: "now" phrases the time grammar leaves alone (they name no span) but that vary like one.
_NOW = re.compile(r"\b(?:right now|currently|at the moment|as of now|just now)\b")


def _replace_spans(text: str, spans: list[tuple[int, int]], slot: str) -> str:
    """Replace non-overlapping spans, from the right so earlier positions stay valid."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + f" {_SLOT_MARK}{slot}{_SLOT_MARK} " + text[end:]
    return text


def _sub(pattern: re.Pattern[str], slot: str, text: str) -> str:
    return pattern.sub(f" {_SLOT_MARK}{slot}{_SLOT_MARK} ", text)


def question_template(text: str, entities: Mapping[str, str] | None = None) -> str:
    """The template of ``text``: varying parts replaced by slots (see module docstring).

    Order matters: quotes and URLs first (they may hold anything), then time phrases (which hold
    numbers), UUIDs and pod names before other ids (their parts look like hex ids), ids before
    hosts (a hex id can look like a host), hosts before bare numbers.
    """
    out = normalise_text(text)
    out = _sub(_QUOTED, "{text}", out)
    out = _sub(_REDACTED, "{redacted}", out)
    out = _sub(_URL, "{url}", out)
    out = re.sub(r"\s+", " ", out).strip()  # time spans are positions in normalised text
    out = _replace_spans(out, time_expression_spans(out), "{range}")
    out = _sub(_NOW, "{range}", out)
    out = _sub(_IDS[0], "{id}", out)
    out = _sub(_POD, "{host}", out)
    for pattern in _IDS[1:]:
        out = _sub(pattern, "{id}", out)
    out = _replace_spans(out, host_spans(out), "{host}")
    out = _NUMBER.sub("{num}", out)
    out = _PUNCT.sub(" ", out.replace(_SLOT_MARK, " "))
    out = re.sub(r"\s+", " ", out).strip()
    return slot_entities(out, entities) if entities else out
