"""Text normalisation for matching problem reports: the same problem on another host reads the same.

"high CPU on server-03" must find the case recorded as "high CPU on server-01", and a pod called
``payments-api-7d9f8c6b5-2cw2c`` is the ``payments-api`` deployment whatever its hash. So instance
numbers, pod hashes, IP addresses, UUIDs, long numbers and redaction placeholders are reduced to
what they name before the text is tokenised (lexical matching) or embedded (semantic matching),
while exact error tokens such as ``OOMKilled`` or ``ECONNREFUSED`` are kept whole.

Pure functions, no I/O.

Examples
--------
>>> normalize("CPU alert on server-03 (10.0.0.7), pod payments-api-7d9f8c6b5-2cw2c")
'CPU alert on server (ipaddr), pod payments-api'
>>> tokens("payments-api keeps restarting with OOMKilled")
['payments-api', 'payments', 'api', 'keeps', 'restarting', 'oomkilled']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.word_runs import WordRunPattern

_REDACTED = re.compile(r"<redacted:(\w+)>(?::\d{1,5}\b)?")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b")
_HEXID = re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b", re.I)
# A name followed by instance suffixes: "-01", "-0", "_3", ".2", or a hash segment with a digit. The name is tried
# once per run of name parts (``WordRunPattern``): ``re`` retried it after every dash of a long name, each try reading
# to the name's end (a second for 4 KB of "a-a-a-"). A later start in the run matching would make the run's first
# start match too (the name may begin earlier, the suffix being the same), so a run whose first start fails is skipped.
_NAME_SUFFIX = WordRunPattern(
    r"\b([a-z][a-z0-9]*(?:[-_][a-z][a-z0-9]*)*?)((?:[-_.](?=[a-z0-9]{0,10}\b)(?=[a-z]*\d)[a-z0-9]{1,10})+)\b",
    start=r"\b[a-z]", run=r"[a-z][a-z0-9]*(?:[-_][a-z][a-z0-9]*)*", flags=re.I,
)
_GLUED_NUMBER = re.compile(r"\b([a-z]{3,})(\d{2,})\b", re.I)  # server01 -> server; ipv6, s3, ext4 stay
_LONG_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)+(?![\w.])|(?<![\w.])\d{4,}(?![\w.])")
_SPACES = re.compile(r"[ \t]+")
# A browser's user-agent string, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like
# Gecko) Chrome/91.0 Safari/537.36": the build of the browser the reporter used, pasted by bug-report
# forms into every report; machine text like a hash, it names no problem.
_USER_AGENT = re.compile(r"\bMozilla/\d(?:\.\d+)* \([^()]*\)(?:\s+[A-Za-z][\w.-]*/[\w.+-]+(?:\s+\([^()]*\))?)*")
# Pod and replica-set hashes: trailing segments mixing letters and at least two digits, e.g. the
# "-7d9f8c6b5-2cw2c" of payments-api-7d9f8c6b5-2cw2c. Versions (1.24, 8u151) have no such segment. Tried once per run
# of name parts, as ``_NAME_SUFFIX`` is.
_POD_HASH = WordRunPattern(
    r"\b([a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*?)((?:-(?=(?:\d*[a-z]){2})(?=(?:[a-z]*\d){2})[a-z0-9]{5,10})+)\b",
    start=r"\b[a-z]", run=r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*", flags=re.I,
)

_WORD = re.compile(r"[a-z0-9_]+(?:[-.][a-z0-9_]+)*")
_STOPWORD_TEXT = (
    """a an the and or but if of on in at to for from by with without into onto is are was were be been
    being it its this that these those there here i you we they he she me my our your their them us
    do does did doing done have has had having not no so than then too very can could should would will
    just also only what which who whom when where why how all any some each after before again about
    while because as until once get got"""
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def normalize(text: str) -> str:
    """`text` with hosts, ids and numbers reduced to what they name; case and punctuation kept.

    Parameters
    ----------
    text : str
        A problem statement, log excerpt or command.

    Returns
    -------
    str
        The same text with ``server-03`` -> ``server``, pod/container hashes and instance numbers
        dropped, IPv4 addresses and redaction placeholders -> a word naming their type, UUIDs and
        long numbers removed.
    """
    out = _REDACTED.sub(lambda m: _placeholder_word(m.group(1)), text)
    out = _UUID.sub("", out)
    out = _IPV4.sub("ipaddr", out)
    out = _HEXID.sub("", out)
    out = _NAME_SUFFIX.sub(_strip_suffix, out)
    out = _GLUED_NUMBER.sub(r"\1", out)
    out = _LONG_NUMBER.sub("", out)
    return _SPACES.sub(" ", out).strip()


def denoise(text: str) -> str:
    """`text` with only what is noise for matching removed; identifiers, versions and codes kept.

    Unlike `normalize`, this keeps version numbers (``1.24``, ``8u151``), long numbers and issue
    keys (``2147483647``, ``CVE-2021-44228``), glued codes (``sha256``, ``int32``) and instance
    names (``server-03``, whose word part still matches ``server-01``): on real duplicate reports
    those are often the strongest evidence (`bench/case_match.py`). Removed: UUIDs, long hex ids,
    pod hashes and browser user-agent strings (reporting forms paste them into every report; in the
    SeaMonkey reports they took a quarter of what the embedding model reads); IPv4 addresses and
    redaction placeholders become a word naming their type.

    >>> denoise("pod payments-api-7d9f8c6b5-2cw2c on 10.0.0.7 after the 1.23 -> 1.24 upgrade")
    'pod payments-api on ipaddr after the 1.23 -> 1.24 upgrade'
    """
    out = _REDACTED.sub(lambda m: _placeholder_word(m.group(1)), text)
    out = _USER_AGENT.sub("", out)
    out = _UUID.sub("", out)
    out = _IPV4.sub("ipaddr", out)
    out = _HEXID.sub("", out)
    out = _POD_HASH.sub(r"\1", out)
    return _SPACES.sub(" ", out).strip()


def tokens(text: str, *, normalized: bool = False) -> list[str]:
    """Lower-case lexical tokens of `text` for BM25, stopwords dropped.

    A hyphenated or dotted name yields itself and its parts (``payments-api``, ``payments``,
    ``api``), so both the exact name and its words can match. Set `normalized` when `text` has
    already been through `normalize`.
    """
    text = (text if normalized else normalize(text)).lower()
    out: list[str] = []
    for word in _WORD.findall(text):
        if _keep(word):
            out.append(word)
        if "-" in word or "." in word or "_" in word:
            out.extend(p for p in re.split(r"[-._]", word) if _keep(p))
    return out


# Not read by the matcher: wired in as `matching.ID_PARTS` in round 22, it was level on the released writers and its
# ship rule (pooled writers up) failed, so the matcher was reverted; `bench/case_r22_variants.py` reads it (RESULTS.md).
# Words written in humps: ``OutOfMemoryError``, ``nsIFoo``, ``getElementById``, ``XMLHttpRequest``, ``VMs``. A run of
# letters and digits (`_RUN`) holds a hump where a lower-case letter or digit meets a capital, or capitals meet a
# capitalised word (`_HUMP`); it is cut there (`_HUMP_CUT`), except before a plural's "s" (``VMs``, ``APIs``), which
# `_PLURAL_ACRONYM` then reads as the acronym. Each pattern is one character class run or fixed-width lookarounds, so
# every one runs in linear time (no run is rescanned from a later start).
_RUN = re.compile(r"[A-Za-z0-9]+")
_HUMP = re.compile(r"[a-z0-9][A-Z]|[A-Z][A-Z][a-z]")
_HUMP_CUT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])(?![A-Z]s(?![a-z]))")
_PLURAL_ACRONYM = re.compile(r"([A-Z]{2,})s")
# An identifier is read in its parts from this many humps on. Two humps are mostly a product's name, whose halves are
# no words of the problem (``MySQL`` and ``PostgreSQL`` would share "sql", ``JavaScript`` "java" with Java, ``macOS``
# "os" with ``iOS``, ``SeaMonkey`` "sea" and "monkey" with every report of the browser) or a fault's name whose own
# token already matches it (``ConnectionRefused``); three or more are a phrase written as a name (``CrashLoopBackOff``,
# ``NullPointerException``, ``XMLHttpRequest``). Chosen on released data only (2 / 3 / 4: bench/case_r22_variants.py,
# bench/RESULTS.md round 22).
MIN_HUMPS = 3


def identifier_parts(text: str, min_humps: int = MIN_HUMPS) -> list[str]:
    """The words inside identifiers written in humps, lower-cased, each time the identifier is written.

    `tokens` reads a name joined by dots, dashes or underscores both whole and in its parts; this does the same for
    names joined by case, which `tokens` sees only whole once lower-cased: ``CrashLoopBackOff`` holds "crash",
    "loop", "back", "off"; ``java.lang.OutOfMemoryError`` holds "memory", "error" (and "out"; "of" is a
    stopword); ``IPs`` is "ip". A report that says "out of memory" or "crash loop" then shares that evidence with the
    case that quoted the identifier. Names of fewer than `min_humps` humps, runs with a digit (versions, hashes,
    base64), parts equal to the whole word, single characters and stopwords give no parts.

    >>> identifier_parts("pod in CrashLoopBackOff, java.lang.OutOfMemoryError on two VMs; MySQL, JavaScript stay")
    ['crash', 'loop', 'back', 'off', 'out', 'memory', 'error', 'vm']
    """
    return [part for _, parts in humped_words(text, min_humps) for part in parts]


def humped_words(text: str, min_humps: int = MIN_HUMPS) -> Iterator[tuple[str, list[str]]]:
    """Each identifier written in humps, lower-cased, with its parts (`identifier_parts`), in the order written; one
    of fewer than `min_humps` humps, or with a digit, is yielded with no parts (a plural acronym, ``VMs``, is one hump
    whose part is the acronym, "vm")."""
    for run in _RUN.finditer(text):
        word = run.group(0)
        if not _HUMP.search(word):
            continue
        whole = word.lower()  # once per word: lowering it per part made a long run of humps quadratic
        humps = [] if any(c.isdigit() for c in word) else _HUMP_CUT.split(word)
        parts: list[str] = []
        for part in humps if len(humps) >= min_humps or len(humps) == 1 else ():
            plural = _PLURAL_ACRONYM.fullmatch(part)
            part = (plural.group(1) if plural else part).lower()
            if part != whole and _keep(part):
                parts.append(part)
        yield whole, parts


def _keep(word: str) -> bool:
    """Drop stopwords, single characters and short numbers; keep codes such as 137 or 502."""
    return len(word) > 1 and word not in STOPWORDS and not (word.isdigit() and len(word) < 3)


def _placeholder_word(kind: str) -> str:
    return {"ipv4": "ipaddr", "ipv6": "ipaddr", "email": "emailaddr"}.get(kind, "secret")


def _strip_suffix(m: re.Match) -> str:
    """Keep the name, drop instance suffixes; a bare version such as "v1.2" keeps its text."""
    return m.group(1)
