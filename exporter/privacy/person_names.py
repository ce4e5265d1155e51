"""Person names in ops text, from name lists rather than a statistical entity recogniser.

The statistical recognisers that could be installed (spaCy's English pipelines as third-party
re-uploads on PyPI, Presidio on top of them; GLiNER, Flair and Stanza load weights from a hub at
run time) cost milliseconds per event against a budget of tens of microseconds, and one measured
here took product names (`Grafana`, `Kafka`, `maxSurge`) for people in one ordinary ops line in nine.
Ops text names people in few shapes, so listed names and the places people are named do most of the
work (`name_lists`: the US Census lists, Faker's lists of some eighty locales, and an English word
list that tells `Bridge` or `Edit` from a name):

- a given name followed by a surname, both listed, with initials, a nickname in brackets, middle
  names or a particle between (`Richard M. Nixon`, `Jan van der Berg`, `Seán Ó Briain`), double
  surnames after it (`María José García López`), in any Latin script (`Trần Quốc Bảo`). Both words
  capitalised and not all capitals (`ANNA SCHMIDT` is a heading or a constant); the given name is no
  function word or month, so `Victoria Metrics` or `Kafka Connect` stay: one of the two is no name.
  A given name no list holds counts before a listed surname when it is no English word either
  (`Haruto Yamamoto`, not `Apache Kafka`'s kind of pair: `Apache` is a word).
- the places that name a person, with the capitalised words after them: git trailers
  (`Reviewed-by:`), `reported by`, `assigned to`, a handoff (`handoff from`, `paging`, `escalated
  to`), a greeting or copy (`thanks`, `cc`), a header-like field (`Author:`, `Owner:`, `captain:`),
  the display name of an e-mail address (`Ngozi Eze <ngozi@...>`), a person field in JSON
  (`"assignee":{"summary":"..."}`), a chat nick (`<Marek>`), whose number it is (`Folasade's
  number`, `Tomás, mobile +55...`). After a field, a team (`Database Reliability`, `Payments
  Platform`) is told from a person by its words: every one is an English word.
- a listed given name and surname written in lower case, in chat (`aisha bello`), when neither is
  an English word.
- one word where only a person stands (`Hi Pekka,`, `Ifeoma is on PTO`, `-- Tanvir`), a listed
  given name after `ping` or `asked`, before a speech verb or with a person's
  things (`Aino's laptop`), a given name and an initial (`Karthikeyan S.`), a surname written first
  (`NGUYEN Van Duc`, `Tanaka Hiroshi`, `Park Ji-hoon`, `Tan Wei Ming`), and logins built from names
  where an account is named (`user j.virtanen`, `IAM user mkowalczyk`, `for olamide.f from`).

Names the lists do not hold and no place introduces (`Kenji` alone in prose) are missed: that is the
price of not taking every capitalised pair in a log line for a person.
"""

from __future__ import annotations

import re

from detectors.word_lists import word_shares
from exporter.privacy.chat_speakers import speaker_handle
from exporter.privacy.legal_forms import lowered
from exporter.privacy.name_lists import Names, fold, german_words, name_lists
from exporter.privacy.rule_engine import Span, placeholder_for, replaced_texts
from exporter.privacy.street_addresses import pick_person_address

# Latin letters beyond ASCII (`José`, `Łukasz`, `Søren`, `Nguyễn`): names from many languages are
# written with them, and an ASCII-only pattern would cut `García` to `Garc`.
_LATIN = [chr(c) for r in ((0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*r)]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LO = "a-z" + "".join(c for c in _LATIN if c.islower())
LATIN_UPPER, LATIN_LOWER = _UP, _LO  # (for the record rules: a name's letters in a character class)
# A capitalised word: `Smith`, `O'Brien`, `Smith-Jones`, `McDonald`, `García`, `Jean-Luc`, `D'Angelo`.
# (A possessive is no part of the name: `Okafor's account` is `Okafor`'s; nor is a contraction: `Don't`.)
_WORD_TAIL = rf"(?:['’][{_UP}])?[{_LO}]+(?:[{_UP}][{_LO}]+)?(?:['’-](?!(?:s|t|ll|re|ve|d|m)(?![{_LO}]))[{_UP}]?[{_LO}]+)?"
_WORD = rf"[{_UP}]" + _WORD_TAIL
# Particles between a given name and a surname.
_PARTICLE = r"(?:[ÓÒ]|N[ií]|Nic|Ua|van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ter|ten|bin|binti|ibn|al|el|ben)"
_BETWEEN = rf"(?:[{_UP}]\.|\([{_UP}][{_LO}]+\)|{_PARTICLE}(?=[ \t]+[{_UP}])|{_WORD})"
# The end of a name: not inside a longer word, path or address; a possessive may follow (`Volkov's`).
# (A straight quote with no letter after it closes a quoted name: `VALUES ('Thomas Berg', ...)`.)
_END = r"(?=['’]s(?!\w)|'(?!\w)|(?![\w@/'’-]))"
# A run of two or more capitalised words on one line; `pick_full_name` finds the name inside it.
# (The first letter comes before the look-behind: Python's engine is much faster on a pattern that
# starts with a character than with a look-behind.)
# (A first word in capitals is a surname written first, as forms and rosters write it: `NGUYEN Van Duc`.)
CAPITALISED_RUN = (
    rf"[{_UP}](?<![\w@./’-][{_UP}])(?<!\w'[{_UP}])(?:{_WORD_TAIL}|[{_UP}]+(?=[ \t]+[{_UP}][{_LO}]))(?:[ \t]+{_BETWEEN})+{_END}"
)
_CAPS_HEAD = re.compile(rf"[{_UP}]{{2,}}(?=[ \t])")
_TOKEN = re.compile(_BETWEEN)
_PARTICLES = frozenset(["Ó", "Ò", "Ní", "Ni", "Nic", "Ua", "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "bin", "binti", "ibn", "al", "el", "ben"])

_HISTORY = ("edited", "created", "modified", "updated", "triggered", "merged", "opened", "closed", "resolved",
            "submitted", "filed", "raised")
_FIELDS = (
    r"(?:[A-Z][a-z]{1,20}-){1,3}(?:[a-z]{1,20}-)?by:"  # git trailers: Signed-off-by:, Reviewed-by:, Co-authored-by:
    r"|(?<![A-Za-z])(?i:reported by|assigned to|assignee|reviewer|thanks(?: to)?|thank you(?: to)?|cc|paging|paged|escalated to"
    r"|hand(?:off|over|ed over|ing over)(?: from| to)?|spoke (?:to|with)"
    r"|(?:approved|requested|acked|acknowledged|maintained|owned|written|authored"
    # a record's history names who acted on it (`last edited by`, `triggered by`, `resolved by`)
    r"|" + "|".join(_HISTORY) + ") by"
    r")(?![a-z])"
    # verbs whose object is a person (`ping Pekka`, `asked Pekka to`), not inside a name (`Tzu-ping Chung`)
    r"|(?<![\w-])(?i:ping|pinged|pinging|ask|asked|asking|tell|told|remind|reminded|nudge|nudged|dm)(?![\w-])"
)
NAME_AFTER_FIELD = rf"(?:{_FIELDS}):?[ \t]+(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}){_END}"


def field_gate(hay: str) -> bool:
    """Substring tests on the lower-cased text: an IGNORECASE regex here would cost more than all the
    rest of this module."""
    low = hay.lower()
    return (
        "by" in low or "assign" in low or "review" in low or "thank" in low or "cc" in low or "paging" in low
        or "paged" in low or "hand" in low or "escalat" in low or "spoke" in low
        or (" ping" in low or " ask" in low or " tell" in low or " told" in low or " remind" in low or " nudg" in low
            or " dm " in low or low.startswith(_VERB_STARTS))
    )


_VERB_STARTS = ("ping", "ask", "tell", "told", "remind", "nudg", "dm ")



# A header-like field that holds a person (`Author: `, `From: `, `Owner: `, `Release captain: `), found
# from its colon (a literal start is fast) and told by the word before it.
NAME_AFTER_HEADER = rf":[ \t]+(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}){_END}"
_HEADER_WORD = re.compile(
    r"(?<![A-Za-z])(?i:authors?|from|owners?|captain|sign-off|on-?call|primary|secondary|requester|reporter|approver|contact"
    r"|assignees?|reviewers?|maintainers?|contributors?)\Z"
)


def header_gate(hay: str) -> bool:
    if ": " not in hay:
        return False
    low = hay.lower()
    return any(word in low for word in _HEADER_NEEDLES)


_HEADER_NEEDLES = ("author:", "authors:", "from:", "owner:", "owners:", "captain:", "sign-off:", "call:", "primary:",
                   "secondary:", "requester:", "reporter:", "approver:", "contact:", "assignee:", "assignees:", "reviewer:",
                   "reviewers:", "maintainer:", "maintainers:", "contributors:")


def pick_name_after_header(m: re.Match, text: str, floor: int) -> Span | None:
    if _HEADER_WORD.search(text, max(0, m.start() - 12), m.start()) is None or _organisation_follows(text, m.end("name")):
        return None
    if _system_sender_follows(text, m.end("name")):
        return None
    a, b = m.span("name")
    words = m["name"].split()
    if len(words) > 2 and _NEXT_LABEL.match(text, b):
        # `Author: Ana Lima   Email: ...`: a header line of several fields; the last word is the next one's label
        words.pop()
        b = text.rindex(words[-1], a, b) + len(words[-1])
    return (a, b) if _person_words(words, _names()) else None


_NEXT_LABEL = re.compile(r"[ \t]*:[ \t]")


# A chat line's speaker after its time or channel in brackets (`[09:15] Ana Lima: ...`, `[#ops] Ana Lima: ...`),
# as chat exports and copied threads write it. A log line has the same shape with a level or a component's tag in
# the brackets (`[ERROR] Hikari Pool: ...`, `[deploy] Argo Rollouts: ...`), so only a clock time or a `#channel`
# opens the rule, and the words must be a person's by the lists (`person_words_listed`: `[10:02] Terraform Cloud:`
# and `[10:02] Hugo Server:` end in English words). The clock as clients of other locales print it: its parts split by a
# dot (`[08.05] Asep Saepudin:`) and the day before it (`[16.05.24 08:11] Sri Wahyuni:`, as a phone's chat export
# writes it; writers 24 and 25).
CHAT_SPEAKER = (
    rf"(?m:^)[ \t]*\[(?:(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}},?[ \t]+)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:[ \t]?[AaPp][Mm])?"
    rf"|#[\w.-]{{1,40}})\][ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}):[ \t]"
)


def speaker_gate(hay: str) -> bool:
    return "] " in hay and ": " in hay


def pick_chat_speaker(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("name")
    words = m["name"].split()
    if len(words) < 2 or _organisation_follows(text, b):
        return None  # one word is a nick or a tool (`[10:02] Jenkins: build 41 green`)
    return (a, b) if person_words_listed(words, _names()) else None


# The address a display name stands before, when it is an account a mail system sends as (cron and the
# MTA as `root`, RFC 5321's `postmaster`, `MAILER-DAEMON`, a no-reply sender): the name then names that
# system (`From: Cron Daemon <root@host>`), not a person. The address rule keeps such addresses too.
# (The local part is at most 64 characters (RFC 5321 4.5.3.1.1), so the runs around `noreply` are bounded
# and a long `<noreply.noreply...` costs no more than 64 characters' backtracking.)
_SYSTEM_SENDER = re.compile(
    r"[ \t]{0,8}<(?i:(?:[\w.+-]{0,64}[._-])?(?:no-?reply|do-?not-?reply)(?:[._+-][\w.+-]{0,64})?"
    r"|root|postmaster|mailer-daemon)@"
)


def _system_sender_follows(text: str, end: int) -> bool:
    return _SYSTEM_SENDER.match(text, end) is not None


# The display name of an e-mail address: `Ngozi Eze <ngozi.eze@acme.io>`.
# (The address rule runs first, so the address may be its placeholder by now: `To: Ngozi Eze <<redacted:email>>`.)
NAME_BEFORE_ADDRESS = rf"(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}})[ \t]*<(?:[^<>\s@]+@|<redacted:email>>)"
# A person field in JSON, the name as its value or as its `summary`/`name` (PagerDuty, Opsgenie, Jira).
JSON_PERSON = (
    r'"(?i:assignee|agent|requester|reporter|owner|author|creator|approver|reviewer|responder|acknowledger'
    r'|assigned_to|on_call|oncall|user|contact|maintainer|employee|passenger|patient|traveller|traveler)"'
    r'[ \t]*:[ \t]*\{?[ \t]*'
    rf'(?:"(?:summary|name|display_?name|full_?name)"[ \t]*:[ \t]*)?"(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}})"'
)
# A person attribute (`LABEL maintainer="..."`, `author='...'`), found from its `r=` (a literal start is fast).
PERSON_ATTRIBUTE = rf"""r=["'](?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}})["']"""
_PERSON_ATTRIBUTE_KEY = re.compile(r"(?<![\w.-])(?i:maintainer|author|owner)\Z")


def pick_person_attribute(m: re.Match, text: str, floor: int) -> Span | None:
    if _PERSON_ATTRIBUTE_KEY.search(text, max(0, m.start() - 10), m.start() + 1) is None:
        return None
    return pick_named_group(m, text, floor)
# A chat nick (`09:14 <Marek>`); whose number it is (`Folasade's backup number`, `Tomás, mobile ...`).
CHAT_NICK = rf"<(?P<nick>{_WORD})>"
CONTACT_OWNER = (
    rf"(?P<owner>{_WORD}(?:[ \t]+{_WORD})?)(?:['’]s[ \t]+(?:[a-z]+[ \t]+)?|,[ \t]+)"
    r"(?=(?:number|cell|phone|mobile|landline|e-?mail|extension|tel)\b)"
)


def contact_gate(hay: str) -> bool:
    return "number" in hay or "phone" in hay or "mobile" in hay or "cell" in hay or "mail" in hay or "tel" in hay
# A given name and a surname written in lower case (`aisha bello`), found from the given name.
# (Not code: `elif len(x)` holds the given name `Elif`.)
LOWER_NAME = (
    rf"(?<![\w@./'’$-])(?P<first>[{_LO}]{{2,}})[ \t]+(?P<last>[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?)(?![\w@/'’(\[=-])"
)


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
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
))
_EXCLUDED = _FUNCTION_WORDS | _CALENDAR
EXCLUDED_WORDS = _EXCLUDED  # (for the rules outside this module: a function word or a month is no name)
# Products of operations named after a person or a figure of myth whom the name lists hold as a given name: in a
# config's comment or a service account's login they name the product (`# Loki alerts page this number`,
# `{"actor":"loki.ingester"}`, `owner: mimir.compactor`; reviews R6, R7 of round 28).
OPS_PRODUCTS = frozenset((
    "loki", "mimir", "tempo", "hermes", "aurora", "nova", "octavia", "athena", "atlas", "cassandra", "hugo", "luigi",
    "thanos", "cinder", "luna", "vera", "iris", "ariel", "jenkins", "selene", "diana", "juno", "apollo", "minerva",
    "vesta", "flora", "zeus", "orion", "helios", "artemis", "hera", "consul", "nomad", "argo", "flux", "envoy",
    "celery", "sentry", "harbor", "calico", "rancher", "ansible", "keystone", "magnum", "trove", "sahara", "zaqar",
))


_LOADED: list[Names] = []


def _names() -> Names:
    """The lists, read on first use (a second or so) and kept: this is called once per candidate."""
    if not _LOADED:
        _LOADED.append(name_lists(_EXCLUDED))
    return _LOADED[0]


def warm() -> None:
    """Build the lists now (seconds: Faker's locales and the word frequencies), so that a server worker
    pays for them before it takes requests instead of inside its first one."""
    _names()


# Legal forms (exporter/privacy/legal_forms.py), which end a company's name however many words stand between
# (`Ana Lopez Platform Team` is a person and her team; `Kestrel Lane Studios Europe S.L.` a company).
_LEGAL_FORMS = lowered("p")
# What ends an organisation's name, not a person's (`Amazon Web Services`, `Python Software Foundation`,
# `Acme Widgets GmbH`): legal forms and the nouns organisations and projects name themselves with (a department's
# word, `Priya Sharma Media will join`, is no such noun).
_ORGANISATION = _LEGAL_FORMS | frozenset((
    "corporation", "company", "co.", "foundation",
    "services", "systems", "technologies", "software", "labs", "laboratories", "group", "holdings", "team", "project", "authors", "contributors",
    "developers", "maintainers", "community", "university", "institute", "association", "consortium",
    "organization", "organisation", "authority", "partners", "solutions", "international", "networks",
    "consulting", "bank",
))
ORGANISATION_WORDS = _ORGANISATION  # (for the rules outside this module: an organisation's noun is no person's name)
_ORGANISATION_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z.]*)")


def _organisation_follows(text: str, end: int) -> bool:
    """`Charles Schwab Corporation`, `Acme Widgets GmbH`: the words are an organisation's name (written
    capitalised, as names are: `Maria Garcia team lead` is a person and her role)."""
    for k in range(3):  # `Kestrel Lane Studios Europe S.L.`: a legal form may follow a place or a noun
        m = _ORGANISATION_AFTER.match(text, end)
        if m is None or not m[1][0].isupper():
            return False
        if m[1].lower() in (_ORGANISATION if k == 0 else _LEGAL_FORMS):
            return True
        end = m.end()
    return False


def _not_a_persons(words: list[str], text: str, end: int) -> bool:
    """Words that open with a function or calendar word (`The`, `Monday`) or end as an organisation's
    name does (`Acme Bank`, `Acme Widgets GmbH` after them) name no person, whatever stands before them."""
    return words[0].lower() in _EXCLUDED or words[-1].lower() in _ORGANISATION or _organisation_follows(text, end)


def _plain_word(token: str) -> bool:
    return not (token.endswith(".") or token.startswith("(") or token in _PARTICLES)


def pick_full_name(m: re.Match, text: str, floor: int) -> Span | None:
    """A given name followed (after at most two initials, nicknames, middle names or particles) by a
    surname; from the given name to the surname and any surname right after it, and a short surname
    right before it (`Tan Wei Ming`). Failing that, a surname written first (`_surname_first`), or a
    given name and an initial (`Karthikeyan S.`)."""
    names = _names()
    tokens = list(_TOKEN.finditer(text, m.start(), m.end()))
    caps = _CAPS_HEAD.match(text, m.start())
    if caps is not None:
        return _surname_first(text, caps, tokens, names, capitals=True)
    for i, t in enumerate(tokens):
        if fold(t[0]) in _SAINT:
            return None  # `Santa Clara`, `San Jose`: a place named after a saint
        if not _plain_word(t[0]) or t[0].lower() in _EXCLUDED:
            continue
        if not names.given(t[0]):
            continue
        end = _surname_after(tokens, i, names)
        if end is not None and not (names.given(t[0], known=True) or (
                names.surname(tokens[end][0], known=True) and not names.word(tokens[end][0]))):
            # `Cahaya Indah`, `Demir Çelik`: neither role from the census or Faker, names-dataset's alone; `Hikari
            # Pool`: a names-dataset given name wants a surname that is no English word
            continue
        if end is not None:
            while end + 1 < len(tokens) and _plain_word(tokens[end + 1][0]) and names.surname(tokens[end + 1][0]):
                end += 1  # a second surname: `García López`
            if _organisation_follows(text, tokens[end].end()):
                return None
            a = t.start()
            before = tokens[i - 1][0] if i > 0 else ""
            if (before and _plain_word(before) and before.lower() not in _EXCLUDED and fold(before) not in _SAINT
                    and names.surname(before) and (len(before) <= 5 or _no_word(names, before))):
                a = tokens[i - 1].start()  # `Tan Wei Ming`, `Trương Thị Lan`: a surname written first
            return a, tokens[end].end()
    for i, t in enumerate(tokens[:-1]):
        if _plain_word(t[0]) and t[0].lower() not in _EXCLUDED and _plain_word(tokens[i + 1][0]):
            # (the words a name can have, not the whole run: a slice to the run's end per word made a 20 KB run
            # of capitalised words quadratic, in the round-14 redactor too)
            span = _surname_first(text, t, tokens[i + 1 : i + 1 + _NAME_WORDS], names, capitals=False)
            if span is not None:
                return span
    for i, t in enumerate(tokens[:-1]):
        span = _name_with_unlisted_half(text, t, tokens[i + 1], names)
        if span is not None:
            return span
    for i, t in enumerate(tokens[:-1]):
        initial = tokens[i + 1]
        if (initial[0].endswith(".") and len(initial[0]) == 2 and _INITIAL_ENDS.match(text, initial.end())
                and _plain_word(t[0]) and len(t[0]) >= 4 and t[0].lower() not in _EXCLUDED and _no_word(names, t[0])
                and (names.given(t[0]) or not names.surname(t[0]))):
            return t.start(), initial.end()  # `Karthikeyan S. approved`, `thanks Wanjiru K.`
    return None


_INITIAL_ENDS = re.compile(r"[ \t]+[a-z(]|[ \t]*[,;)\n]|[ \t]*\Z")


_NAME_WORDS = 8  # the most words after a surname written first that `_surname_first` reads (`Tan Wei Ming`: 2)


def _name_with_unlisted_half(text: str, first: re.Match, second: re.Match, names: Names) -> Span | None:
    """Two capitalised words, neither an English word, a listed given name first and a word in no list at all
    second: `Priya Raghunathan`, `Haruto Yamamoto`. No list holds
    every family's names; a listed half and an unlisted half that is no English word either is how a person
    no list knows is written, where a product's name pairs a word with a word (`Kafka Connect`)."""
    a, b = first[0], second[0]
    if not (_plain_word(a) and _plain_word(b) and _TITLE.fullmatch(a) and _TITLE.fullmatch(b)):
        return None
    if any(fold(w.split("-")[0]) in _SAINT for w in (a, b)):
        return None  # `Boulevard Saint-Laurent`: a place named after a saint
    if a.lower() in _EXCLUDED or b.lower() in _EXCLUDED or not (_no_word(names, a) and _no_word(names, b)):
        return None
    # A listed given name first: a listed surname after an unlisted word is as often a vendor and its site or a city
    # and its district (`Equinix Ashburn`, `Bengaluru Whitefield`, `Debezium Kafka`).
    if not (names.given(a, known=True) and not (names.given(b) or names.surname(b)) and _in_no_list(b)):
        return None
    if _organisation_follows(text, second.end()) or _PLACE_BEFORE.search(text, max(0, first.start() - 8), first.start()):
        return None  # `to Aurora Postgres`, `The Sofia Mladost office`: a product or a place after where/the
    return first.start(), second.end()


# A chat mention of one person by a given name (`@Tomasz please don't paste that`, `@chiara`): `@` opens a word
# (an address's domain, a package scope `@angular/core`, a digest `image@sha256` do not), and the word is a
# listed given name that is no English word (`@here`, `@channel`, `@Grace` stay).
MENTION = r"@(?<![\w.@/:+-]@)(?P<name>[A-Za-z][a-z]{2,19})(?![\w@/-]|\.\w)"


def pick_mention(m: re.Match, text: str, floor: int) -> Span | None:
    word = m["name"]
    names = _names()
    if word.lower() in _EXCLUDED or not names.given(word, known=True) or not _no_word(names, word):
        return None
    if word.islower() and speaker_handle(text, m.start(), m.end()):
        return None  # `[09:12] @hakon: ...`: the account a chat export prints as the message's author
    return m.span("name")


def pick_speaker_address(m: re.Match, text: str, floor: int) -> Span | None:
    """A street address after a chat speaker whose handle is a given name (`[10:16] @marte: my address is ...`): the
    handle is kept, but it names the person as a redacted name does. A bot's or a team's handle (`@ops`,
    `@dispatch`) names none, and the company's own address after it stays (review R45, round 19)."""
    handle = m["handle"]
    names = _names()
    as_mention = handle not in _EXCLUDED and names.given(handle) and _no_word(names, handle)
    as_login = handle in names.lower_first and fold(handle) not in german_words()
    # (the handles `pick_mention` and `_pick_login` would take, were it not the speaker column)
    return pick_person_address(m, text, floor) if as_mention or as_login else None


_NOBILIARY = frozenset(("von", "van", "de", "di", "du", "da", "dos", "della", "ter", "ten", "bin", "binti", "ibn"))
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?i:at|in|on|to|into|onto|from|via|near|the)[ \t]+\Z")


def _in_no_list(word: str) -> bool:
    """In no list at all, not even the word list's rare words (`Renderer`, `Foundry`, `Houdini` are there):
    a product's name is made of words, a family name from another language is in no English list."""
    return all(fold(part) not in word_shares() for part in word.split("-"))


# A name's word: a capital, then lower-case letters (a hyphenated second part allowed: `Ben-David`).
_TITLE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,20}(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]{1,20})?")


def _surname_after(tokens: list[re.Match], i: int, names: Names) -> int | None:
    irish = False
    u_nobiliary = False
    for k in range(i + 1, min(i + 4, len(tokens))):
        u = tokens[k][0]
        if u in _PARTICLES:
            # `Seán Ó Briain`, `Friederike von Arnim`: a surname follows a particle (not an article that is one in
            # some names: `Öffnen Sie das Menü`)
            # (after a lower-case particle the word must be in the name lists: `Rosa de Producción`, `Maria de
            # Suporte` name a team, and no English list holds the words of other languages)
            irish = u[0].isupper() or u in _NOBILIARY
            u_nobiliary = not u[0].isupper()
            continue
        if not _plain_word(u):
            continue
        if u.lower() in _CALENDAR:
            return None  # `Tue Jun 11`: a date
        if names.surname(u) or (irish and (names.given(u) if u_nobiliary else not names.word(u))):
            return k  # `Seán Ó Briain`: `Ó`, `Ní`, `Nic` are no words, a surname follows them
    return None


def _person_words(words: list[str], names: Names) -> bool:
    """Words after a place that names a person: a listed given name, or two or more words not all of
    them English words (`Aigerim Bekova`, not `Database Reliability`), the last a surname or no English
    word, and no organisation's."""
    if not words or words[0].lower() in _FUNCTION_WORDS or words[-1].lower() in _ORGANISATION:
        return False
    if names.given(words[0]):
        return True
    if names.word(words[0]):
        return False  # `THANKS: Add Eric S. Raymond`, `Database Reliability`: a person's name starts no sentence with a word
    plain = [w for w in words if _plain_word(w)]
    if len(plain) < 2 or (names.word(plain[-1]) and not names.surname(plain[-1])):
        return False  # `Opsgenie Heartbeat`, `Security Tools`: a product's or a team's name ends in a word (`Kees Cook` a surname)
    return any(not names.word(w) or names.surname(w) for w in plain)


def pick_name_after_field(m: re.Match, text: str, floor: int) -> Span | None:
    """A git trailer names a person whatever follows; after another field the words must look like a
    person's (`_person_words`)."""
    a, b = m.span("name")
    words = m["name"].split()
    if words[0].lower() in _FUNCTION_WORDS or (words[0] in HONORIFIC_NEEDLES and text.startswith(".", b)):
        return None  # (`Dr.` opens a name the title rule reads whole)
    field = text[m.start() : a].rstrip(": \t").lower()
    # a record's history (`Created by`) names a tool as often as a person: its words must look like one
    trailer = field.endswith("by") and text[m.start()].isupper() and not field.startswith(_HISTORY)
    if _organisation_follows(text, b):
        return None
    return (a, b) if trailer or _person_words(words, _names()) else None


def pick_named_group(m: re.Match, text: str, floor: int) -> Span | None:
    """The display name of an address or a JSON person field's value, when it looks like a person's."""
    if _system_sender_follows(text, m.end("name")):
        return None
    return m.span("name") if _person_words(m["name"].split(), _names()) else None


# The next item of a list that names people (`cc: A, B; C`, `handing over to A (primary) and B`), right
# after a name already replaced: found from the placeholder, one item a round (`rule_runner` repeats).
NEXT_IN_LIST = (
    r"(?<=<redacted:person_name>)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:[,;]|[ \t]and(?=[ \t])|[ \t]&(?=[ \t]))[ \t]+"
    rf"@?(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}){_END}"
    # ... and the item ends where the list goes on or stops, not in a clause (`and Kafka Connect is down`)
    r"(?=['’]s(?!\w)|[ \t]*(?:[,;(\n—–]|-[ \t]|and[ \t]|&|\.?[ \t]*\Z|\.[ \t]))"
)
# What makes a list one of people: the field or verb that opened it, earlier on the same line.
_LIST_OPENER = re.compile(
    rf"(?:{_FIELDS}|(?<![A-Za-z])(?i:authors?|owners?|assignees?|reviewers?|maintainers?|contributors?|attendees"
    r"|participants|bcc|to|with)(?:[ \t]*:|[ \t]))"
)


# Where the last search for a list's opener left off: (text, searched up to, its line's start, opened).
# The items of one list are picked left to right in one text, so each is asked only about the text since
# the previous one; searching from the line's start for every item made a long list quadratic (a 20 KB
# line of names took 3.4 s).
_OPENER_SEEN: list = [None, 0, 0, False]
_OPENER_LONGEST = 160  # an opener straddling where the last search stopped is found again from this far back


def _list_opened(text: str, start: int) -> bool:
    """A list opener (`_LIST_OPENER`) ends before `start` on `start`'s line."""
    seen, upto, line, opened = _OPENER_SEEN
    if seen is not text or start < upto or text.find("\n", upto, start) >= 0:
        line = text.rfind("\n", 0, start) + 1  # a new text, or a new line: read from the line's start
        upto, opened = line, False
    if not opened:
        opened = _LIST_OPENER.search(text, max(line, upto - _OPENER_LONGEST), start) is not None
    _OPENER_SEEN[:] = [text, start, line, opened]
    return opened


def pick_next_in_list(m: re.Match, text: str, floor: int) -> Span | None:
    """A list item is a person when the list was opened by a place that names people, and the item has
    a listed name in it or is no English word (`Zhang Wei (DBA)`, `Oyelaran`, not `Platform Team`)."""
    if not _list_opened(text, m.start()) or _organisation_follows(text, m.end("name")):
        return None
    names = _names()
    words = [w for w in m["name"].split() if _plain_word(w)]
    if not words or words[0].lower() in _EXCLUDED or words[-1].lower() in _ORGANISATION:
        return None
    listed = any(names.given(w) or names.surname(w) for w in words)
    if all(names.word(w) for w in words) or not (listed or len(words) == 1):
        return None
    return m.span("name")


# A login built from a person's names (`priya.venkataraman`, `@tuan.pham`, `hiroshi-tanaka`): a given
# name that is no English word, a separator, a listed surname that is none either; a whole token, not
# part of a path, a domain or a longer name (`anna-smith-7d9f8b6c5d-x2k4p`).
# (Before `@host`, a login on a host, which the e-mail rule left: `ssh m.okafor@sftp-eu-1`.)
LOGIN_NAME = r"(?<![\w./@$%{-])@?(?P<first>[a-z]+)[._-](?P<last>[a-z]{2,})(?![\w/(=-]|\.\w|@(?![a-z0-9]))"


def login_name_gate(hay: str) -> bool:
    """A set test on words made of two lower-case parts and one separator (`priya.venkataraman`,
    `@tuan.pham`, `user=kwame.mensah,`), before any pattern with a look-behind: this runs on almost every
    text, so it splits at whitespace (C speed) and looks only at words with exactly one separator."""
    if "." not in hay and "-" not in hay and "_" not in hay:
        return False
    names = _names()
    first, last = names.lower_first, names.last
    # (a record written without spaces, `{"actor":"noor.haddad","action":...}`, is split at its quotes and commas
    # too: round 28, batches 25 and 27)
    words = hay.split() if '"' not in hay else _RECORD_SPLIT.split(hay)
    for word in words:
        if "." not in word and "-" not in word and "_" not in word:
            continue
        word = word.rstrip(_TRAILING).rpartition("=")[2].rpartition(":")[2].lstrip(_LEADING)
        if "@" in word:
            word = word.partition("@")[0]  # `ssh m.okafor@sftp-eu-1`: the login before a host
        if word.count(".") + word.count("-") + word.count("_") == 1:
            head = word.partition(".")[0].partition("-")[0].partition("_")[0]
            if head in first or (len(head) == 1 and len(word) >= 7 and word[1] != "-" and word[2:].isalpha()
                                 and fold(word[2:]) in last):
                return True  # (`j.virtanen`: an initial and a surname)
            if "." in word and len(head) > 1 and names.given(head, known=True):
                return True  # (`tom.whitfield`: a given name that is also a word, `_dotted_login`)
    return False


_TRAILING = ",.;:!?)]}>\"'`"
# Where an account is named right before a login: a mention's `@`, a chat export's speaker column (`[10:07] `), or a
# key or word for a user, an actor or an owner with its `:`, `=` or quote (`"actor":"`, `Owner = "`, `IAMUser "`,
# `silencedBy":"`, `approved by `, `cust:`; not a bare `by`: `scraped by loki.querier`). Read in the 24 characters
# before the login, up to its first letter.
_ACCOUNT_BEFORE = re.compile(
    r"(?:@|\][ \t]|(?i:(?:silenced|created|approved|updated|requested|assigned|reviewed|edited)[_ ]?by|user(?:name)?|login|actor|owner|author|assignee|account|member|reviewer|approver|cust"
    r"|customer|handle|nick)[\"']?[ \t]*[:=]?[ \t]*[\"']?)[a-z]\Z"
)
_RECORD_SPLIT = re.compile(r"[\s\",{}\[\]]+")
# A login's second part that is a file's, a format's, a program's or an environment's word, not a surname nobody's
# list holds (`dex.config`, `sys.argv`, `nina.prod`): the words of code that the English word list does not hold.
_CODE_PARTS = frozenset((
    "config", "conf", "cfg", "argv", "argc", "args", "kwargs", "json", "yaml", "toml", "html", "bash", "java", "orig",
    "info", "init", "impl", "util", "utils", "vars", "repo", "proto", "grpc", "http", "https", "sock", "conn", "auth",
    "oauth", "tmpl", "jinja", "prod", "stag", "qa", "uat", "dev", "svc", "api", "cli", "sdk", "tmp", "bak", "xml",
    "csv", "tsv", "sql", "log", "logs", "local", "lan", "corp", "intra", "internal", "localhost", "docker", "kube",
))
_LEADING = "@([{<\"'`"


def pick_login_name(m: re.Match, text: str, floor: int) -> Span | None:
    names = _names()
    first, last = m["first"], m["last"]
    if len(first) == 1:  # `j.virtanen`, `j_virtanen`: an initial and a surname
        return m.span() if m[0][1 + (m[0][0] == "@")] != "-" and _initial_surname(m[0].lstrip("@"), names) else None
    if text[m.end("first")] == ".":
        account = _ACCOUNT_BEFORE.search(text, max(floor, m.start() - 24), m.start("first") + 1) is not None
        if _dotted_login(first, last, names, account):
            return m.span()
    if first not in names.lower_first or not names.surname(last) or names.word(last):
        return None
    return None if fold(first) in german_words() else m.span()


def _dotted_login(first: str, last: str, names: Names, account: bool) -> bool:
    """`first.last` as a person builds a login, read where the general rule asks more (round 28: batches 11, 21, 22,
    25-28 wrote `tom.whitfield`, `grace.odonnell`, `dilan.kerim`, `hana.kralowa`, `eleanor.whitcombe`): a given name
    that is also an English word (`tom`, `grace`) before a listed surname that is none; or, where an account is named
    (`account`: `_ACCOUNT_BEFORE`), a given name that is no English word before a second part of four letters or more
    that is no English word and no word of code (a surname no list holds: `kralowa`). Without the account's place a
    product's component has that shape (`nova.compute`, `loki.querier`, `octavia.amphora`: the word list holds few
    words of code), and no product of operations is a person (`OPS_PRODUCTS`: `{"actor":"loki.ingester"}`). A dot
    joins the parts: `max-connections`, `ray_tune` are names of things."""
    if first in _EXCLUDED or last in _EXCLUDED or names.word(last) or last in _CODE_PARTS or first in OPS_PRODUCTS:
        return False
    if first in names.lower_first and fold(first) not in german_words():
        # (a surname no list holds, not an agent noun of software: `hermes.mailer`, `mimir.compactor`, review R7)
        return names.surname(last) or (account and len(last) >= 4 and not last.endswith(("er", "or")))
    return names.given(first, known=True) and names.surname(last, known=True)


def pick_name_by_itself(m: re.Match, text: str, floor: int) -> Span | None:
    """A nick or a contact's owner: a listed given name, or a name that is no English word."""
    group = "nick" if "nick" in m.re.groupindex else "owner"
    words = m[group].split()
    names = _names()
    if words[0].lower() in _EXCLUDED or names.word(words[-1]):
        return None
    if names.given(words[0]) or len(words) > 1 or (group == "owner" and not names.surname(words[0])):
        return m.span(group)  # a listed given name, or no English word whose number or nick it is
    return None


def lower_name_gate(hay: str) -> bool:
    """Text written all in lower case (who writes names so writes everything so), one word of which is
    a given name that is no English word: a set test, before any regex."""
    return " " in hay and hay.islower() and not _names().lower_first.isdisjoint(hay.split())


def pick_lower_name(m: re.Match, text: str, floor: int) -> Span | None:
    names = _names()
    first, last = m["first"], m["last"]
    if first in _EXCLUDED or not names.given(first) or names.word(first) or fold(first) in german_words():
        return None
    if not names.surname(last) or names.word(last):
        return None
    return m.start("first"), m.end("last")


# --- A person named by the grammar around one word, a surname written first, and logins (round 10) ---

def _no_word(names: Names, word: str) -> bool:
    """No common English word: a word written with letters beyond ASCII (`Hằng`) is not the English
    word its folded form spells (`hang`)."""
    return not word.isascii() or not names.word(word)


# The places that name one person by a single word: a greeting at the start of a message or line
# (`Hi Pekka,`, `thanks Ama`), a signature (`-- Tanvir`, `Cheers,\nAma`), and after the word a person's
# state, speech or things (`Ifeoma is on PTO`, `Kofi said`, `Aino's laptop`). Products take speech and
# things too (`Jenkins said`, `Aurora's failover`), so there the word must be a listed given name; the
# places only people stand in (greetings, `on PTO`, signatures) take any capitalised word that is no
# English word (`Olamide`, whom no list holds). A verb whose object is a person (`ping`, `asked`) is one
# of `_FIELDS`; logins where an account is named (`user j.virtanen`, `IAM user mkowalczyk`, `@jvirtanen`)
# follow. (A rule for verbs and capitalised @-mentions of its own cost ~4% of ingest throughput, and
# found nothing on the dev halves that the fields do not.)


# One such word after its capital (`Pekka`, `Ji-Hoon`), and what must not follow it: more of a word, an
# address, a path or a quote other than a possessive.
_ONE_TAIL = rf"[{_LO}]{{2,}}(?:-[{_UP}]?[{_LO}]{{2,}})?"
_ONE_END = r"(?![\w@/.-]|\.\w|['’](?!s(?!\w)))"
_ONE_WORD = re.compile(rf"[{_UP}]{_ONE_TAIL}{_ONE_END}")


_GREETINGS = ("hi", "hey", "hello", "morning", "thanks", "thank you", "thx", "cheers", "ty", "dear")
_SPEECH = ("said", "says", "asked", "mentioned", "wrote", "replied", "thinks", "thought", "agreed", "confirmed",
           "suggested", "promised", "volunteered", "noted", "acked", "approved", "signed off")
_THINGS = ("laptop", "phone", "PR", "MR", "desk", "manager", "shift", "account", "calendar", "approval", "review",
           "branch", "handover", "notes", "login", "credentials", "access", "mailbox", "inbox", "machine",
           "workstation", "home", "team", "pager", "rotation", "query", "dashboard", "script", "fork", "change",
           "commit", "comment")
# Found in the lower-cased text from the words around the name (literal starts, which Python's engine
# scans for quickly, behind one needle test); the name itself is read in the text as written, after or
# before them.
# (Each pattern starts with a literal or one character class and no group, so Python's engine scans
# for its first character instead of trying every alternative at every position: no needle test needed.)
NAME_BEFORE_PLACE = (
    rf"[{_UP}](?<![\w@./'’-][{_UP}]){_ONE_TAIL}"
    r"(?=[ \t]+(?:is|was|'s|will be|has been|are)[ \t]+(?P<state>on[ \t]+(?:PTO|pto|leave|vacation|holiday"
    r"|parental|paternity|maternity|sick|annual|sabbatical)|OOO|ooo|out[ \t]+(?:sick|today|tomorrow|until|this|next|on|for)"
    r"|off[ \t]+(?:sick|today|tomorrow|until|this|next)|away[ \t]+(?:until|this|today)|back[ \t]+(?:on|from|tomorrow))"
    r"|[ \t]+(?:" + "|".join(_SPEECH) + r"|will (?:ask|check|look|follow up|review|handle|take))(?![\w-])"
    r"|['’]s[ \t]+(?:(?:old|new|own|work|personal|team|backup|corporate)[ \t]+)?(?:" + "|".join(_THINGS)
    + r")s?(?![\w-]))"
)


def pick_name_before_place(m: re.Match, text: str, floor: int) -> Span | None:
    if not _ONE_WORD.match(text, m.start()):
        return None  # part of a longer word or a path
    return _pick_one_name(text, m.span(), strict=m["state"] is None)


# A login where an account is named (`user j.virtanen`, `IAM user mkowalczyk`, `publickey for olamide.f
# from`, `@thanhnguyen`), found from the place in the lower-cased text.
LOGIN_IN_PLACE = (
    r"(?:@|user-?name|user|login|account|for)(?:(?<=@)|[ \t]*[ \t:=][ \t]*)"
    r"[a-z]{2,20}(?:[._][a-z]{1,20})?(?:-[a-z0-9]{1,10})?(?![\w@/(=-]|\.\w)"
)
_LOGIN_START = re.compile(r"[a-z]{2,20}(?:[._][a-z]{1,20})?(?:-[a-z0-9]{1,10})?\Z")


def login_place_gate(hay: str) -> bool:
    return "@" in hay or "user" in hay or "login" in hay or "account" in hay or "from " in hay


def pick_login_in_place(m: re.Match, text: str, floor: int) -> Span | None:
    before = text[m.start() - 1] if m.start() else " "
    login = _LOGIN_START.search(m[0])
    if login is None:
        return None  # the match was made on case-folded text that is not the text's own (`İ` folds to two letters)
    start = login.start() + m.start()
    place = m[0][: start - m.start()].rstrip(" \t:=")
    flag = before == "-" and text[m.start() - 2 : m.start() - 1] in ("", "-", " ", "\t")  # `--user-name X`
    if before.isalnum() or (before in "_-@." and not flag) or not text[start].islower():
        return None  # inside a word (`superuser`), an address or a path; a capitalised word (`Author: Amazon`)
    return _pick_login(text, start, m.end(), place)


# A greeting at the start of the text or a line (`[09:14] hey Olamide -`), and a signature (`-- Tanvir`,
# `Cheers,\nAma`): places only people stand in, found from the line's start.
GREETING_OR_SIGNATURE = (
    r"(?:^|(?<=\n))[ \t]*(?:\[[\d:]+\][ \t]*|<[^<>\n]{1,30}>[ \t]*)?(?i:" + "|".join(_GREETINGS) + r")[ \t,]+"
    + rf"(?P<n_g>[{_UP}]{_ONE_TAIL}){_ONE_END}(?=[ \t]*(?:[,!:;.?\n—–-]|\Z)|[ \t]+[{_UP}]\.)"
    + r"|(?:(?:^|(?<=\n))[ \t]*(?:--|—|–|~)[ \t]*|(?i:regards|cheers|thanks|best|thank you|br|sincerely),?[ \t]*\n[ \t]*)"
    + rf"(?P<n_s>{_WORD}(?:[ \t]+{_BETWEEN}){{0,2}})(?=[ \t]*(?:[,(|]|\n|\Z))"
)


def greeting_gate(hay: str) -> bool:
    """A line that starts with a greeting, a closing word or a dash (split only when there are lines)."""
    if "\n" not in hay:
        return hay.lstrip("[]0123456789:<> ").lower().startswith(_LINE_STARTS)
    return any(line.lstrip("[]0123456789:<> ").lower().startswith(_LINE_STARTS) for line in hay.split("\n"))


_LINE_STARTS = (*_GREETINGS, "regards", "best", "sincerely", "br", "-", "—", "–", "~")


def pick_greeting_or_signature(m: re.Match, text: str, floor: int) -> Span | None:
    if m["n_g"] is not None:
        return _pick_one_name(text, m.span("n_g"), strict=False)
    words = m["n_s"].split()
    if len(words) == 1:
        return m.span("n_s") if _one_word_person(words[0], _names(), strict=False) else None
    return m.span("n_s") if _person_words(words, _names()) else None


def _one_word_person(word: str, names: Names, strict: bool) -> bool:
    """One word alone as a person, by the census's and Faker's lists only: names-dataset ranks too many words of too
    many languages as names for one word to rest on (`Okonkwo's dashboard`, `Thanos`)."""
    if word.lower() in _EXCLUDED or word.isupper():
        return False
    if names.given(word, known=True) and _no_word(names, word):
        return True
    if strict:
        return False
    return (_no_word(names, word) and not names.surname(word.split("-")[0], known=True)
            or names.given(word, known=True))


def one_word_person(word: str, names: Names) -> bool:
    """One word alone as a person by the lists only (`_one_word_person`, strict), for rules outside this module."""
    return _one_word_person(word, names, strict=True)


def _pick_one_name(text: str, span: Span, strict: bool) -> Span | None:
    """One word where a person stands, with an initial or a listed surname after it (`Karthikeyan S.`)."""
    names = _names()
    a, b = span
    if not _one_word_person(text[a:b], names, strict) or _organisation_follows(text, b):
        return None
    tail = _AFTER_ONE.match(text, b)
    if tail is not None and (tail["initial"] or (names.surname(tail["last"]) and _no_word(names, tail["last"]))):
        b = tail.end()
    return a, b


_AFTER_ONE = re.compile(rf"[ \t]+(?:(?P<initial>[{_UP}]\.)(?![\w.])|(?P<last>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)(?![\w@/.-]))")


# A surname written first (`Tanaka Hiroshi`, `NGUYEN Van Duc`, `Nguyễn Thị Hằng`, `Dang Thi Thu Trang`,
# `Park Ji-hoon`): a listed surname (in capitals, as many forms and rosters write it, or no English
# word), then a listed given name that is no English word, or a romanised Korean given name (two short
# syllables joined by a hyphen); further given or middle names may follow.
_KOREAN_GIVEN = re.compile(rf"[{_UP}][{_LO}]{{1,3}}-[{_LO}]{{2,4}}\Z")
# A saint's title before a given name makes a place (`São Paulo`, `Santa Clara`, `San Jose`, `St. Louis`).
_SAINT = frozenset(("sao", "san", "santa", "santo", "saint", "sainte", "sankt", "st", "ste"))
SAINT_WORDS = _SAINT  # (for the rules outside this module: a place named after a saint is no person)


def _surname_first(text: str, head: re.Match, tokens: list[re.Match], names: Names, capitals: bool) -> Span | None:
    """`head` a surname, `tokens` the words after it: the span of the name, or None."""
    last = head[0]
    rest = [t[0] for t in tokens if t.start() >= head.end()]
    if not rest:
        return None
    first = rest[0]
    # (a surname written first, and the given name after it, from the census's or Faker's lists only: names-dataset
    # ranks `Cahaya` "light" as a surname and `Bauer`, `Wagner` as given names, `Cahaya Indah`, `Koch Bauer` stay)
    if (last.lower() in _EXCLUDED or first.lower() in _EXCLUDED or fold(last) in _SAINT
            or not names.surname(last, known=True)):
        return None
    korean = _KOREAN_GIVEN.match(first) is not None and len(last) <= 5
    if not korean:
        if names.given(last) and not capitals and names.surname(first):
            return None  # a given name and a surname: the order `pick_full_name` reads first
        if not _plain_word(first):
            return None
        if capitals:  # `NGUYEN Van Duc`: after a surname in capitals, a listed name or a particle
            if not (names.given(first, known=True) or names.surname(first, known=True) or first.lower() in _PARTICLES):
                return None
        elif not names.given(first, known=True) or not _no_word(names, first):
            return None
    # middle and further given names: each a listed name or no English word; stop at the first other word
    end = 1
    while end < len(rest) and rest[end].lower() not in _FUNCTION_WORDS and _plain_word(rest[end]) and (
        names.given(rest[end]) or names.surname(rest[end]) or not rest[end].isascii()
    ) and (rest[end].lower() not in _CALENDAR or end + 1 < len(rest)):
        end += 1
    if not capitals and not korean and not _no_word(names, last) and end < 2:
        return None  # `Park Avenue`, `Tan` before one given name: a word first wants more names after it
    after = [t for t in tokens if t.start() >= head.end()][end - 1].end()
    if _organisation_follows(text, after):
        return None
    return head.start(), after


def _initial_surname(login: str, names: Names) -> bool:
    """`j.virtanen`, `j_virtanen`, `jvirtanen`: one letter, then a listed surname of five or more letters
    that is no English word (nor is the whole login)."""
    body = login[2:] if login[1:2] in "._" else login[1:]
    if len(body) < 5 or not body.isalpha() or names.word(login) or names.word(body):
        return False
    if login.endswith(_CREDENTIAL_WORDS):
        return False  # `apikey`, `oauth2accesstoken`: the literal user name a service documents for key logins
    return names.surname(body, known=True) and fold(body) not in german_words()


_CREDENTIAL_WORDS = ("key", "token", "secret", "password", "passwd")


def _pick_login(text: str, a: int, b: int, place: str) -> Span | None:
    """A login built from a person's names where an account is named (`user j.virtanen`, `IAM user
    mkowalczyk`, `publickey for olamide.f from`, `@thanhnguyen`); the accounts systems make (`root`,
    `mysql`, `ci-deployer`, `www-data`) are built from words."""
    names = _names()
    login = text[a:b].split("-")[0]
    head, sep, tail = login.replace("_", ".").partition(".")
    if sep and len(tail) == 1:  # `olamide.f`: a given name and an initial
        ok = len(head) >= 4 and not names.word(head) and fold(head) not in german_words()
    elif place == "@" and not sep:
        if speaker_handle(text, a - 1, b) and not _glued_name(login, names):
            return None  # `[09:12] @hakon: ...`: the account a chat export prints as the speaker, one given name
        ok = (head in names.lower_first and fold(head) not in german_words()  # `@karthikeyan`... when listed
              or _glued_name(login, names))  # (`@browser`: one letter and a surname is too weak here)
    elif sep:
        ok = _initial_surname(login, names)
    else:  # `mkowalczyk`, `thanhnguyen`: glued, so only where an account is named
        ok = _initial_surname(login, names) or _glued_name(login, names)
    if ok and place[:3] == "for" and not text.startswith(" from ", b):
        return None  # `for` names an account in sshd's `for X from`, not in `a travel alert for france`
    return (a, b) if ok else None


def _glued_name(login: str, names: Names) -> bool:
    """A given name and a surname written as one word (`thanhnguyen`), neither an English word."""
    if names.word(login) or len(login) < 7:
        return False
    for i in range(3, len(login) - 2):
        head, tail = login[:i], login[i:]
        if head in names.lower_first and names.surname(tail) and not names.word(tail):
            return True
    return False




# --- A person named by the role beside the name (round 11) ---

# Nouns that name what a person does at work (not `contact`: in ops text mostly the act, `contact
# support`, `contact ops@...`, and a `contact:` header is a person field of its own). Beside a capitalised
# word in apposition (`our DBA, Kenji`, `the relationship manager is Adaeze Nwosu`, `Kenji, our DBA,`,
# `Kenji (DBA)`) they say the word is a person even when no list holds it: products and teams stand
# beside them too, but as English words (`Payments Platform`), organisations (`Acme Corp`) or capitals
# (`DBA Team`), which the checks of a name after a field already refuse.
_ROLES = (
    "dba", "sre", "engineer", "developer", "manager", "lead", "commander", "scribe", "admin",
    "administrator", "architect", "intern", "contractor", "colleague", "teammate", "coworker", "co-worker",
    "director", "cto", "ceo", "cfo", "coo", "ciso", "analyst", "approver", "requester", "representative",
    "liaison", "coordinator", "officer", "specialist", "consultant", "auditor", "accountant", "controller",
    "operator", "sysadmin", "counsel", "supervisor", "technician", "responder", "on-call", "oncall",
    "underwriter", "banker", "trader", "dealer", "clerk", "secretary", "assistant",
    # a person's family, named beside them in tickets and records (`contact daughter Emi Watanabe`)
    "daughter", "son", "wife", "husband", "spouse", "mother", "father", "sister", "brother", "guardian",
)


def _trie(words: list[str]) -> str:
    """An alternation of words written as a trie (`a(?:dmin(?:istrator)?|nalyst)|...`): Python's engine
    tries each alternative of a flat alternation at every position, and a trie only the branch of the
    letter it reads (a quarter of the time on ops text)."""
    tree: dict = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_ROLE_ALT = _trie([*_ROLES, "team", "side", "desk"])
# Found from the role's word in the lower-cased text (an alternation of literals with nothing before it,
# which Python's engine scans for by first character), behind a set test on the text's words; the name is
# then read beside it in the text as written:
# - after it: `our DBA, Kenji`, `the on-call engineer is Kenji`, `relationship manager at the bank:
#   Adaeze Nwosu`, `account manager at the CDN is Haruto Yamamoto`;
# - before it: `Kenji, our DBA`, `Kenji (DBA)`, `Kenji from the payments team`.
ROLE_APPOSITION = rf"(?:{_ROLE_ALT})s?(?![\w-])"
_AFTER_ROLE = re.compile(
    r"(?:[ \t]+(?i:at|for|on|from|of|in|with)[ \t]+(?i:the[ \t]+|our[ \t]+|their[ \t]+)?[A-Za-z0-9&.-]+)?"
    r"(?:[ \t]*(?:,|:|—|–|-(?=[ \t]))[ \t]*|[ \t]+(?i:is|was|will be|today is|this week is)[ \t]+|[ \t]+)"
)
_BEFORE_ROLE = re.compile(
    r"(?:,[ \t]+(?i:our|the|their|your|his|her|a|an)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}|[ \t]+\((?:[A-Za-z-]+[ \t]+){0,2})\Z"
)
_FROM_TEAM = re.compile(r"[ \t]+(?i:from)[ \t]+(?i:the|our|their)[ \t]+[\w&-]+(?:[ \t]+[\w&-]+)?[ \t]+\Z")
_TEAM_WORDS = frozenset(("team", "teams", "side", "sides", "desk", "desks"))
_ROLE_WORDS = frozenset(r for role in _ROLES for r in (role, role + "s")) | _TEAM_WORDS
ROLE_WORDS = _ROLE_WORDS  # (for the rules outside this module: a role is no person's name)
# Each role's word as a whitespace split leaves it beside punctuation (`DBA,`, `(SRE)`, `manager:`).
_ROLE_TOKENS = frozenset(
    f"{head}{word}{tail}" for word in _ROLE_WORDS for head in ("", "(") for tail in ("", ",", ":", ")", "),", "):", ";")
)
_NAME_AT = re.compile(rf"{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}{_END}")
_NAME_ENDS_AT = re.compile(rf"(?<![\w@./'’-]){_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}\Z")


def role_gate(hay: str) -> bool:
    """A role's word among the words of the lower-cased text: a set test after a split (C speed), which
    costs a third of a needle search over fifty words; the set holds each word with the punctuation a
    split leaves beside it (`DBA,`, `(SRE)`)."""
    return not _ROLE_TOKENS.isdisjoint(hay.split())


def _role_name(text: str, a: int, b: int, kin: bool = False) -> Span | None:
    """Capitalised words beside a role: a person's (`_person_words`), or one word that is a listed given
    name or no English word and no listed surname (`Kenji`, not `Jenkins` or `Grafana Cloud`)."""
    names = _names()
    words = text[a:b].split()
    if words[-1].endswith("'s") or words[-1].endswith("’s"):
        words[-1] = words[-1][:-2]
        b -= 2
    if not words or _organisation_follows(text, b) or words[-1].lower() in _ORGANISATION or text.startswith("(", b):
        return None  # (`ThreadpoolController()`: a call)
    if len(words) == 1:
        if _VERSION_AFTER.match(text, b):
            return None  # `our DBA, Postgres 15`: a product and its version
        if "-" in words[0] and all(names.word(part) for part in words[0].split("-")):
            return None  # `support engineer, Indian-English email`: words joined, no name
        # (beside a family word one word must be a listed given name: `his daughter Grafana` is a product's nickname)
        return (a, b) if _one_word_person(words[0], names, strict=kin) else None
    last = words[-1]
    if not (names.given(words[0]) or names.surname(last) or _no_word(names, last)):
        return None  # `contact: Grafana Cloud`: a product's name ends in a word
    return (a, b) if _person_words(words, names) else None


_VERSION_AFTER = re.compile(r"[ \t]+v?\d")


def pick_role_apposition(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span()
    if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_-"):
        return None  # inside a word (`unmanaged`, `pre-sales`)
    line = max(text.rfind("\n", 0, a) + 1, floor)
    if m[0].lower() in _TEAM_WORDS:
        before = _FROM_TEAM.search(text, line, a)
    else:
        sep = _AFTER_ROLE.match(text, b)
        name = _NAME_AT.match(text, sep.end()) if sep is not None else None
        kin = m[0].lower().rstrip("s") in _KIN
        before_kin = _KIN_BEFORE if m[0].lower() in ("son", "sons") else _KIN_OR_LIST_BEFORE
        if kin and before_kin.search(text, max(line, a - 12), a) is None:
            return None  # `Los nodos afectados son Nova y Hera`: Spanish `son` is "are"; a family word has its owner
        span = _role_name(text, name.start(), name.end(), kin) if name is not None else None
        if span is not None:
            return span
        near = text[max(line, a - 40) : a]
        before = _BEFORE_ROLE.search(text, line, a) if "(" in near or ", " in near else None
    if before is None:
        return None
    name = _NAME_ENDS_AT.search(text, line, before.start())
    return None if name is None else _role_name(text, name.start(), name.end(), m[0].lower().rstrip("s") in _KIN)


_KIN = frozenset(("daughter", "son", "wife", "husband", "spouse", "mother", "father", "sister", "brother", "guardian"))
# what stands before a family word in English: whose (`my son`, `the customer's wife`) or a label (`contact daughter`)
_KIN_BEFORE = re.compile(r"(?i:\b(?:my|his|her|their|our|your|the|a|an|contact)|['’]s|\()[ \t]*\Z")
_KIN_OR_LIST_BEFORE = re.compile(r"(?i:\b(?:my|his|her|their|our|your|the|a|an|contact)|['’]s|\(|,)[ \t]*\Z")  # `(age 12), guardian X`


# --- Titles, handles beside a name, nicks before a colon, person fields by their key (round 11) ---

# A title before a name (`Dear Mr. Oyelaran-Smith`, `Dr Ana Lima`): what follows is a surname or a full
# name whatever the lists say (`Mr. Smith`: `Smith` is an English word too).
HONORIFIC = rf"(?<![\w.-])(?:Mrs?|Ms|Mx|Dr|Prof|Herr|Frau|Mme|Mlle)\.?[ \t]+(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}){_END}"
HONORIFIC_NEEDLES = ("Mr", "Ms", "Mx", "Dr", "Prof", "Herr", "Frau", "Mme", "Mlle")


def pick_honorific(m: re.Match, text: str, floor: int) -> Span | None:
    words = m["name"].split()
    if _not_a_persons(words, text, m.end("name")):
        return None
    names = _names()
    if len(words) == 1 and names.word(words[0]) and not names.surname(words[0]):
        return None  # `Mr Robot`: a title on a word that is no surname is a show's or a product's name
    return m.span("name")


# A login in brackets right after a name already replaced (`Ngozi Adeyemi-Okafor (nadeyemi)`): the same
# person's handle, when it is no English word and no role (`(primary)`, `(dba)`, `(contractor)` stay).
HANDLE_AFTER_NAME = r"(?<=<redacted:person_name>)[ \t]*\(@?(?P<login>[a-z][a-z._-]{2,30}[0-9]{0,4})\)"


def pick_handle_after_name(m: re.Match, text: str, floor: int) -> Span | None:
    login = m["login"]
    names = _names()
    parts = [p for p in re.split(r"[._-]", login) if p]
    if login in _ROLE_WORDS or any(names.word(p) or p in _ROLE_WORDS for p in parts):
        return None
    return m.span("login")


# A nick before a colon in brackets (`Review (Kofi): who added ...`), as a chat nick in angle brackets.
# (Not a base class: `class _PgConn(Conn):`.)
BRACKET_NICK = rf"\((?<![\w.]\()(?P<nick>{_WORD})\):"

# A person field named by its key (`beneficiary_name: Dubois, Amélie`, `"fullName": "Ana Lima"`): the
# key names a person; the value is a name, a surname written first with a comma (`Dubois, Amélie`) too.
NAME_KEY_VALUE = (
    r"[Nn]ame[\"']?[ \t]*[:=][ \t]*[\"']?"
    rf"(?P<name>{_WORD}(?:[ \t]+{_BETWEEN}){{0,3}}(?:,[ \t]+{_WORD}(?:[ \t]+{_BETWEEN}){{0,2}})?){_END}"
)
_PERSON_KEY = re.compile(
    r"(?<![A-Za-z])(?i:beneficiary|customer|payee|payer|holder|cardholder|account_?holder|full|first|last|given"
    r"|family|contact|employee|sender|recipient|debtor|creditor|remitter|applicant|legal|display|person|client"
    r"|driver|passenger|consignee|shipper|signatory|patient|guest|member)[_-]?\Z"
    # git's identity (`user.name = Sanne de Wit`, `GIT_AUTHOR_NAME=`): the name a commit is signed with is a person's
    r"|(?<![A-Za-z])(?P<git>user\.|(?i:git_author_|git_committer_|author[_-]?|committer[_-]?))\Z"
)
_MACHINE_IDENTITY = re.compile(r"(?i:bot|ci|cd|build|builds|pipeline|release|deploy|deployer|automation|service|team"
                               r"|admin|robot|runner|actions|jenkins|renovate|dependabot|.*\[bot\])")


def name_key_gate(hay: str) -> bool:
    """A key that names a person is a word before `name` (`beneficiary_name`, `fullName`, `FullName`)."""
    return ("_name" in hay or "Name" in hay or "-name" in hay or "llname" in hay or "stname" in hay
            or "user.name" in hay or "_NAME" in hay)


def pick_name_key_value(m: re.Match, text: str, floor: int) -> Span | None:
    key = _PERSON_KEY.search(text, max(0, m.start() - 16), m.start())
    if key is None:
        return None
    names = _names()
    head, comma, tail = m["name"].partition(",")
    words = head.split() + tail.split()
    if _not_a_persons(words, text, m.end("name")):
        return None
    if key["git"] is not None and any(_MACHINE_IDENTITY.fullmatch(w) for w in words):
        return None  # a commit identity is as often a bot's or a pipeline's (`Bergmoor Build Bot`: review R50)
    plain = [w for w in words if _plain_word(w)]
    if not comma:
        return m.span("name") if _person_words(words, names) or (len(plain) == 1 and _one_word_person(plain[0], names, False)) else None
    # `Dubois, Amélie`: a surname written first; a listed name on either side, or no English word at all
    if any(names.given(w) or names.surname(w) for w in plain) and not all(names.word(w) and w.isascii() for w in plain):
        return m.span("name")
    return None


# --- The same person elsewhere in the text ---
#
# Once a rule has found a person's full name, the text names the same person wherever it writes a login
# built from that name (`@katie-orourke-vmc` beside `(Katie O'Rourke)`, `identity/entity/name/nadia.petrova`
# beside `full_name:Nadia Petrova`): given name and surname joined by `.`, `-` or `_`, either order, or the
# initial, a separator and the surname (`n.petrova`). That needs no list: the name was found, so its parts
# are a person's. Glued forms (`tomrust`, `trust`) are taken only with digits on them (`tomrust42`) and
# never when the letters are an English word: "Tom Rust" must not take `trust`, nor "Sam Pike" `spike`.
# Only names of two or more words of three letters or more are used; the login is replaced up to the next
# `.`, `/` or space (`<person>.github.io` keeps the host's domain). Lone given names or surnames are not
# propagated: one wrongly found name would then spread over every mention of a product sharing a word.
#
# Linear by construction: the found names are recovered by finding each literal piece of the output in
# the input in order (`str.find` from where the last ended), and the logins by one pass over runs of login
# characters, each run's parts compared with a set of pairs.

_PERSON_PLACEHOLDER = placeholder_for("person_name")
_PLACEHOLDER = re.compile(r"(<redacted:[a-z0-9_]+>)")
_LETTERS = re.compile(r"[^a-z]+")
_LOGIN_RUN = re.compile(r"[A-Za-z0-9_.-]+")
_LOGIN_PART = re.compile(r"[A-Za-z0-9]+")
_CORE = re.compile(r"(\d*)([a-z]+)(\d*)")
_NAME_MAX = 100  # a found name longer than this (or across a line break) is an alignment gone wrong


def _found_names(original: str, redacted: str) -> list[str]:
    """The original text of every person-name placeholder in `redacted` (`rule_engine.replaced_texts`)."""
    return [found for placeholder, found in replaced_texts(original, redacted)
            if placeholder == _PERSON_PLACEHOLDER and len(found) <= _NAME_MAX and "\n" not in found]


def found_names(original: str, redacted: str) -> list[str]:
    """The original text of every person-name placeholder `original` became in `redacted` (for other modules)."""
    return _found_names(original, redacted) if _PERSON_PLACEHOLDER in redacted else []


def _name_pairs(names: list[str]) -> tuple[set[tuple[str, str]], set[str]]:
    """The (first part, second part) pairs a login joins with a separator, and the glued forms."""
    pairs: set[tuple[str, str]] = set()
    glued: set[str] = set()
    for name in names:
        words = [_LETTERS.sub("", fold(w).lower()) for w in re.split(r"[\s,]+", name) if w[:1].isupper()]
        words = [w for w in words if len(w) >= 3]
        if len(words) < 2:
            continue
        given, surname = words[0], words[-1]
        pairs |= {(given, surname), (surname, given)}
        glued |= {given + surname, surname + given}
        if len(surname) >= 4:
            pairs.add((given[0], surname))
            glued.add(given[0] + surname)
    return pairs, glued


def _logins_in(piece: str, pairs: set[tuple[str, str]], glued: set[str], names: Names) -> list[Span]:
    spans: list[Span] = []
    for run in _LOGIN_RUN.finditer(piece):
        base = run.start()
        word = run.group()
        parts = [(p.start(), p.end(), _CORE.fullmatch(p.group().lower())) for p in _LOGIN_PART.finditer(word)]
        for k, (a, b, core) in enumerate(parts):
            hit = None
            if core is not None and (core[1] or core[3]) and core[2] in glued and not names.word(core[2]):
                hit = (a, b)  # `tomrust42`: glued, with digits, and no English word
            elif core is not None and k + 1 < len(parts):
                c, d, nxt = parts[k + 1]
                if nxt is not None and c - b == 1 and (core[2], nxt[2]) in pairs:
                    hit = (a, d)  # `nadia.petrova`, `katie-orourke-vmc`, `n_petrova`
            if hit is not None:
                # out to the login's own ends: the `-`/`_`-joined segment, not past a `.` of a host
                start = word.rfind(".", 0, hit[0]) + 1
                stop = word.find(".", hit[1])
                spans.append((base + start, base + (len(word) if stop < 0 else stop)))
    return spans


def same_person_elsewhere(original: str, redacted: str) -> tuple[str, int]:
    """`redacted` with the logins built from the found people's names replaced too, and how many."""
    if _PERSON_PLACEHOLDER not in redacted:
        return redacted, 0
    pairs, glued = _name_pairs(_found_names(original, redacted))
    if not pairs:
        return redacted, 0
    names = _names()
    pieces = _PLACEHOLDER.split(redacted)
    found = 0
    for i in range(0, len(pieces), 2):
        spans = _logins_in(pieces[i], pairs, glued, names)
        if not spans:
            continue
        out, last = [], 0
        for a, b in sorted(spans):
            if a < last:  # overlaps the previous login (one run, two pairs): already replaced
                continue
            out += [pieces[i][last:a], _PERSON_PLACEHOLDER]
            last = b
            found += 1
        out.append(pieces[i][last:])
        pieces[i] = "".join(out)
    return "".join(pieces), found


# --- Whose personal data it is ---
#
# A line that gives a phone number, an e-mail address, a national id, a card or an IBAN (data that belongs
# to a person; a host's address mostly belongs to a host, and products stand in its place: `Loki's
# ingester at 10.0.0.5`) often names whose it is, and then in one of three places: the owner in the possessive (`Santi's backup number`,
# `Jonas' home office`), the subject that opens the line (`Haruto prefers phone: ...`), or a field of the
# same delimited record (`20417,Rosa,Delgado,<ssn>,lift operator`). Only on a line where such data was
# found, and only a capitalised word the name lists hold (as the line's subject: a listed given name that
# is no English word), since products stand in the same places (`Opsgenie calls +1 …`, `Grafana sends
# the alert to oncall@…`: a word no list holds stays). (The line is redacted already, so this never touches
# a line that held nothing personal.)

_PII_PLACEHOLDER = re.compile(r"<redacted:(?:email|phone|national_id|date_of_birth|postal_address|card_number|iban)>")
_POSSESSIVE = re.compile(rf"(?<![\w@./'’-])([{_UP}][{_LO}]{{2,}}(?:-[{_UP}][{_LO}]{{2,}})?)(?:['’]s|(?<=s)['’])(?![\w'’])")
# What a possessive owns when it is personal data (`Ann's phone is`, `Santi's backup number while
# travelling:`), not a product's part (`Slack's email bridge`, `Docker's support line is`): a data noun
# (two words may qualify it), then a function word or no word: not a further noun it names a part of.
_POSSESSED_DATA = re.compile(
    r"(?P<qualifiers>(?:[ \t]+[a-z]{2,12}){0,2}?)[ \t]+"
    r"(?:phone|mobile|cell|e-?mail|address|contact|number|landline|card|iban|ssn|details|extension"
    r"|(?P<account>account)|(?:desk|office|direct|phone|home|work)[ \t]+line)s?"
    r"(?:[ \t]+(?:number|address|details)s?)?"
    r"(?=[ \t]*(?:$|[^a-z \t]|(?:is|was|are|at|on|via|and|or|while|when|during|for|if|until|to)(?![a-z])))"
)
# What a possessive owns beside a host's address when the address is a person's: their home, or the address itself
# named after it (`Sophie's home`, `Jonas' home office`, `Thomas's home IP`), not a product's part (`Loki's ingester
# at 10.0.0.5`, `Jenkins' home directory`): the home's noun, then no further noun. An office is as often a city's or a
# firm's site (`Sydney's office IP`, review R4): not read.
_POSSESSED_PLACE = re.compile(
    r"[ \t]+(?:home|house|flat|apartment)(?:[ \t]+(?:office|IP|IPv4|IPv6|ip|address|network|router|line))?"
    r"(?=[ \t]*(?:$|[^a-z \t]|(?:is|was|are|at|on|via|and|or|while|when|during|for|if|until|to)(?![a-z])))"
)
_HOST_PLACEHOLDER = re.compile(r"<redacted:ipv[46]>")
# A name given the data directly: `Ann: x`, `Ann (x)`, `Ann (mail: x)`, `Ann - x`, `Ann at x`, `Ann on x`.
_LABELLED_OWNER = re.compile(
    rf"(?<![\w@./'’-])([{_UP}][{_LO}]{{2,}})[ \t]*(?:[:(–—-]|(?:at|on|via)(?![\w]))[ \t]*"
    r"(?:(?:e-?mail|mail|phone|mobile|tel|cell)[ \t]*:?[ \t]*)?(?=<redacted:(?:email|phone|national_id|date_of_birth|postal_address|card_number|iban)>)"
)
# A line's subject given the data by its verb: `Mireille calls x`, `Mireille prefers mail: x`; not a subject
# whose data sits further on (`Hermes sends the digest to x`, `Aurora fails over; the pager is x`).
_SUBJECT_OWNER = re.compile(
    rf"\A[ \t]*(?:[>*•-][ \t]*)?([{_UP}][{_LO}]{{2,}})[ \t]+[{_LO}]{{2,}}[ \t]+(?:(?:at|on|via|to)[ \t]+)?"
    r"(?:(?:e-?mail|mail|phone|mobile|tel|cell)[ \t]*:?[ \t]*)?(?=<redacted:(?:email|phone|national_id|date_of_birth|postal_address|card_number|iban)>)"
)
# A record's fields: the cells between delimiters, each read once (a tab is a delimiter, so a run of tabs
# is many empty cells, not one run a pattern backtracks over).
_CELL = re.compile(r"[^,;\t|]+")
_FIELD_NAME = re.compile(rf"[{_UP}][{_LO}]{{2,}}(?:-[{_UP}][{_LO}]{{2,}})?")


def listed_names() -> Names:
    """The name lists, for rules outside this module."""
    return _names()


def person_words_listed(words: list[str], names: Names) -> bool:
    """Two or three words that are a person's name by the lists alone, with no place around them to say so (a
    record's field, a chat line's speaker): a person's words (`_person_words`), the last a listed surname, and none an
    English word unless a listed given name (`Nkechi Eze`, `Quispe Mamani`, `Thomas Berg`; not `Chief Officer`,
    `Line Maintenance`, `Nova Compute`)."""
    if not 2 <= len(words) <= 3 or any(fold(w.split("-")[0]) in _SAINT for w in words):
        return False
    if not names.surname(words[-1]):
        return False  # a given name and a word no list holds is as often a bot or a product (`Argo Rollouts`, `Ruby Sidekiq`)
    if any(names.word(w) and not names.given(w) for w in words):
        return False
    return _person_words(words, names)


def english_word(word: str) -> bool:
    """A common English word (the name lists' word list), for rules outside this module."""
    return _names().word(word)


def _owner_word(word: str, names: Names) -> bool:
    if word.lower() in _EXCLUDED:
        return False
    return names.given(word) or names.surname(word)


def _possessed_data(line: str, end: int, english: bool) -> bool:
    """An owner that is also an English word (`Maria`, `Docker`) owns only the data noun itself (`Maria's
    phone`), not one behind qualifying words (`Docker's support line`), which a product's part has."""
    owned = _POSSESSED_DATA.match(line, end)
    # (an account is a bank's or a firm's as often as a person's, `Wise's account details`, `Chase's account number`:
    # review R5; only an owner that is no English word owns one)
    return owned is not None and not (english and (owned["qualifiers"] or owned["account"]))


def _place_owners(lines: list[str], i: int, names: Names) -> int:
    """Line `i`, which holds a host's address and no other personal data, with the owner of the home or office the
    address is replaced (`# Sophie's home`), and how many."""
    line = lines[i]
    spans = [m.span(1) for m in _POSSESSIVE.finditer(line) if _owner_word(m[1], names) and _POSSESSED_PLACE.match(line, m.end())]
    for a, b in reversed(spans):
        line = line[:a] + _PERSON_PLACEHOLDER + line[b:]
    lines[i] = line
    return len(spans)


def owner_of_personal_data(redacted: str) -> tuple[str, int]:
    """`redacted` with the owner named beside personal data on its line replaced too, and how many."""
    if _PII_PLACEHOLDER.search(redacted) is None and _HOST_PLACEHOLDER.search(redacted) is None:
        return redacted, 0
    names = _names()
    lines = redacted.split("\n")
    found = 0
    for i, line in enumerate(lines):
        if _PII_PLACEHOLDER.search(line) is None:
            if _HOST_PLACEHOLDER.search(line) is not None:
                found += _place_owners(lines, i, names)
            continue
        # One capitalised word is a person only where the line gives it one's context: it owns the data by
        # name (`Ann's phone is x`, `Ann: x`, `Ann calls x`), or its record has a second name beside it (`Ann |
        # Lee | x`). A product the name lists hold (`Kafka's alerts go to x`, `| Kafka | data-platform | x |`,
        # `Aurora fails over; pager x`, `Hermes sends the digest to x`) is given none.
        spans = [
            m.span(1) for m in _POSSESSIVE.finditer(line)
            if _owner_word(m[1], names) and _possessed_data(line, m.end(), names.word(m[1]))
        ]
        spans += [m.span(1) for m in _LABELLED_OWNER.finditer(line) if _one_word_person(m[1], names, strict=True)]
        subject = _SUBJECT_OWNER.match(line)
        if subject is not None and _one_word_person(subject[1], names, strict=True):
            spans.append(subject.span(1))
        if sum(line.count(c) for c in ",;\t|") >= 3:
            cells = [(cell, cell.group().strip(" ")) for cell in _CELL.finditer(line)]
            named = [
                _FIELD_NAME.fullmatch(word) is not None and _owner_word(word, names) and not names.word(word)
                for _, word in cells
            ]
            for k, (cell, word) in enumerate(cells):
                if named[k] and ((k > 0 and named[k - 1]) or (k + 1 < len(cells) and named[k + 1])):
                    a = cell.start() + len(cell.group()) - len(cell.group().lstrip(" "))
                    spans.append((a, a + len(word)))
        # The line is built once from its pieces: cutting it once per span made a line of many owners
        # (`Ann's Ann's ...` and a phone) quadratic.
        pieces, end = [], 0
        for a, b in sorted(set(spans)):
            if a < end:
                continue  # overlapping spans: the first one already covers this
            pieces += [line[end:a], _PERSON_PLACEHOLDER]
            end = b
            found += 1
        lines[i] = "".join(pieces) + line[end:]
    return "\n".join(lines), found
