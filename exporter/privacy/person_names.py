"""Person names in ops text, from a name list rather than a statistical entity recogniser.

The statistical recognisers that could be installed (spaCy's English pipelines as third-party
re-uploads on PyPI, Presidio on top of them; GLiNER, Flair and Stanza load weights from a hub at
run time) cost milliseconds per event against a budget of tens of microseconds, and one measured
here took product names (`Grafana`, `Kafka`, `maxSurge`) for people in one ordinary ops line in nine.
Ops text names people in few shapes, so two cheap, listed signals do most of the work:

- a first name followed by a surname, both in the US Census name lists that the `names` package
  ships (1990 census: 3,049 first names kept, 88,799 surnames; no download at run time), with
  initials, a nickname in brackets or one middle name between: `David Johnson`, `Richard M. Nixon`. Both words must be
  capitalised and not all capitals (`ANNA SCHMIDT` is a heading or a constant), and the first must
  not be an English function word or a month (`May`, `Will`), so `Victoria Metrics` or `Kafka
  Connect` stay: one of the two is not a name.
- a field that always names a person, with any capitalised words after it: git trailers
  (`Reviewed-by:`, `Co-authored-by:`), `reported by`, `assigned to`, `assignee`, `reviewer`, and a
  greeting or copy (`thanks`, `cc`) followed by a listed first name or by two capitalised words.

Names the lists do not hold and no field introduces (`Kenji`, `Olusegun` alone in prose) are missed:
that is the price of not taking every capitalised pair in a log line for a person.
"""

from __future__ import annotations

import re
from functools import cache

from exporter.privacy.rule_engine import Span

# A capitalised word: `Smith`, `O'Brien`, `Smith-Jones`, `McDonald`.
_WORD_TAIL = r"[a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)?"
_WORD = r"[A-Z]" + _WORD_TAIL
_BETWEEN = rf"(?:[A-Z]\.|\([A-Z][a-z]+\)|{_WORD})"  # an initial, a nickname, a middle name
# A run of two or more capitalised words on one line; `pick_full_name` finds the name inside it.
# (The first letter comes before the look-behind: Python's engine is much faster on a pattern that
# starts with a character than with a look-behind.)
CAPITALISED_RUN = rf"[A-Z](?<![\w@./'’-][A-Z]){_WORD_TAIL}(?:[ \t]+{_BETWEEN})+(?![\w@/'’-])"
_TOKEN = re.compile(_BETWEEN)

_FIELDS = (
    r"(?:[A-Z][a-z]+-)+(?:[a-z]+-)?by:"  # git trailers: Signed-off-by:, Reviewed-by:, Co-authored-by:
    r"|(?i:reported by|assigned to|assignee|reviewer|thanks|thank you|cc)(?![a-z])"
)
NAME_AFTER_FIELD = rf"(?:{_FIELDS}):?[ \t]+(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,2}})(?![\w@/'’-])"


def field_gate(hay: str) -> bool:
    """Substring tests on the lower-cased text: an IGNORECASE regex here would cost more than all the
    rest of this module."""
    low = hay.lower()
    return "by" in low or "assign" in low or "review" in low or "thank" in low or "cc" in low

_FUNCTION_WORDS = frozenset((
    "a", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do",
    "does", "for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "may", "me", "might", "must", "my", "no", "nor", "not", "of", "on", "or",
    "our", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "to", "too", "up", "us", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you",
    "your",
))
_CALENDAR = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames, lower-cased, read once from the `names` package's census files."""
    import names

    def read(key: str, top: int | None = None) -> frozenset[str]:
        with open(names.FILES[key], encoding="ascii") as f:
            rows = [line.split() for line in f if line.strip()]
        return frozenset(row[0].lower() for row in rows if top is None or int(row[3]) <= top)

    # The female list's tail (past rank 2,000: some 4% of the women counted) is as often a word
    # (`See`, `Page`, `China`, `Golden`) as a name; the male list has 1,219 names, all kept.
    first = (read("first:male") | read("first:female", top=2000)) - _FUNCTION_WORDS - _CALENDAR
    return first, read("last")


def _plain(word: str) -> str:
    return word.replace("'", "").replace("’", "").lower()


def pick_full_name(m: re.Match, text: str, floor: int) -> Span | None:
    """The first listed first name in the run followed (after at most two initials, nicknames or
    middle names) by a listed surname; from the first name to the surname."""
    first_names, surnames = _lists()
    tokens = [t for t in _TOKEN.finditer(text, m.start(), m.end())]
    for i, t in enumerate(tokens):
        if t[0].endswith(".") or t[0].startswith("(") or _plain(t[0]) not in first_names:
            continue
        for u in tokens[i + 1 : i + 4]:
            if not u[0].endswith(".") and not u[0].startswith("(") and _plain(u[0]) in surnames:
                return t.start(), u.end()
    return None


def pick_name_after_field(m: re.Match, text: str, floor: int) -> Span | None:
    """A git trailer names a person whatever follows; after a greeting or a ticket field the words
    must be a listed first name or two capitalised words (`Thanks Rahul Mehta`, not `Thanks Team`)."""
    first_names, _ = _lists()
    a, b = m.span("name")
    words = m["name"].split()
    if _plain(words[0]) in _FUNCTION_WORDS:
        return None
    trailer = text[m.start() : a].rstrip(": \t").lower().endswith("by")
    if trailer or _plain(words[0]) in first_names or len(words) >= 2:
        return a, b
    return None
