"""The time range an ops question is about, resolved to absolute UTC bounds at the moment it was asked.

A cached answer to "errors in the last 24 hours" asked yesterday is wrong today, so the question
cache compares resolved ranges, not the words. Resolution needs two things the words lack: the
moment of asking (``now``) and the asker's time zone (``tz``), because "yesterday", "this morning"
and "since 9am" begin at local midnight or a local wall-clock time, and a day across a DST change
is 23 or 25 hours long.

Reading rules (decided here, so every caller reads the same way):

* "last/past N <unit>", "in/over the last <unit>" move with ``now``: ``relative=True``, ``end == now``.
  A month is 30 days and a year 365 days, so shifting ``now`` shifts the range exactly.
* "last week" and "past week" are the last 7 days and "last month" the last 30 (rolling, as the
  query-memory specification of issue 15 reads them); "last year" (no number, no "the") is the
  previous calendar year.
* Calendar phrases ("today", "yesterday", "this morning", "since 9am", "on May 1") are fixed
  (``relative=False``); when they reach the present their end is ``now`` and ``until_now=True``.
  A range never ends after ``now``; one that would start after ``now`` is empty and not returned.
* Chat shorthands are written out first (``_SHORTHANDS``): "this wk", "yday", "rn", "mtd", "start of
  the week", "an hour and a half", "9-11am", "01:00-03:00"; a bare "24h" / "7d" is the last 24 hours /
  7 days (issue 15's spec), except after a comparison ("over 5m", "more than 2h": a threshold).
* "few" reads as 3 and "several" as 5, marked ``approximate=True`` with a note.
* A bare hour with no am/pm ("at 3", "since 9") is ambiguous: no range, and a note says so.
* Clock ranges ("between 2pm and 3pm", "at 3pm") are today's, or yesterday's when today's has not
  begun. "at 3pm" is the hour centred on it (14:30-15:30).
* Parts of the day, local time: morning 06-12, afternoon 12-18, evening 18-24, night 22-06.
* Only when none of the patterns here match is ``dateparser`` tried (it costs milliseconds and
  reads relative phrases loosely), on the words after "on", "since" or "after" that contain a
  digit or a month or day name; slash dates are read month first, as dateparser does for English.

Pure functions, no I/O. Text never raises: what cannot be read gives ``None`` and a note.

Examples
--------
>>> from datetime import datetime, timezone
>>> now = datetime(2024, 5, 10, 10, 0, tzinfo=timezone.utc)
>>> r = parse_time_range("errors in the last 24 hours", now)
>>> (r.start.isoformat(), r.end == now, r.relative, r.duration_seconds)
('2024-05-09T10:00:00+00:00', True, True, 86400.0)
>>> parse_time_range("alerts yesterday", now, tz="Europe/Berlin").start.isoformat()
'2024-05-08T22:00:00+00:00'
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "TimeParse",
    "TimeRange",
    "normalise_text",
    "parse_time",
    "parse_time_range",
    "parse_time_ranges",
    "parse_times",
    "time_expression_spans",
    "QuestionTime",
    "read_time",
    "zone",
]

#: Seconds per unit for relative ranges. Months and years are fixed lengths on purpose: a range that
#: moves with ``now`` must keep its length, or "past month" asked on the 1st and the 2nd would differ.
UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "fortnight": 14 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}
#: Local hours (start, end) of the parts of a day; end 24 is the next midnight, night crosses midnight.
DAY_PARTS = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (22, 30)}
#: What a vague count reads as; the range is then marked approximate.
VAGUE_COUNTS = {"few": 3, "a few": 3, "several": 5}
#: Longest range accepted; past it the text is more likely a typo than a question (and datetimes overflow).
MAX_RANGE = timedelta(days=366 * 20)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_ALIASES = {
    "second": ("seconds", "second", "secs", "sec", "s"),
    "minute": ("minutes", "minute", "mins", "min", "m"),
    "hour": ("hours", "hour", "hrs", "hr", "h"),
    "day": ("days", "day", "d"),
    "week": ("weeks", "week", "wks", "wk", "w"),
    "fortnight": ("fortnights", "fortnight"),
    "month": ("months", "month", "mths", "mth", "mos", "mo"),
    "year": ("years", "year", "yrs", "yr", "y"),
}
_UNIT_OF = {alias: unit for unit, aliases in _UNIT_ALIASES.items() for alias in aliases}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}


def _alt(words) -> str:
    """Longest first, so "minutes" is not read as "m" followed by junk."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUM_WORD = _alt(_NUMBER_WORDS)
_QTY = (
    rf"(?:\d+(?:\.\d+)?|(?:{_alt(_TENS)})[- ](?:{_alt(list(_NUMBER_WORDS)[:9])})|{_NUM_WORD}"
    r"|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several|half\s+an?|half|an|a)"
)
_UNIT = rf"(?:{_alt(_UNIT_OF)})"
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)}|{_alt(_WEEKDAY_ABBR)})"
_FULL_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)})"
_MONTH = rf"(?:{_alt(_MONTHS)}|{_alt(_MONTH_ABBR)})\.?"
_ORD = r"(?:st|nd|rd|th)?"
_ISO_DATE = r"\d{4}-\d{1,2}-\d{1,2}"
_ISO_TS = r"\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?"
_DATE = (
    rf"(?:{_ISO_DATE}|{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?"
    rf"|(?:the\s+)?\d{{1,2}}{_ORD}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?)"
)
_CLOCK = r"(?:noon|midnight|\d{1,2}(?:[:h]\d{2})?\s*(?:am|pm)?)"
#: Where a time phrase may end: not inside a word, a number or a clock time ("at 10" in "at 10:30"); a colon after a
#: word is punctuation ("over the last 3 hours: <query>").
_END = r"(?!\w|(?<=\d):|[./-]\w)"
#: After a bare number, words that show it is a quantity ("at 5 ms", "between 2 and 3 pods"), not a time.
_NOT_QTY = (r"(?!\s*(?:%|percent|ms|milliseconds?|seconds?|secs?|s\b|[kmgt]i?b|errors?|requests?|times"
            r"|x\b|cores?|pods?|replicas?|nodes?|hosts?|alerts?|incidents?|events?|per\b))")
_DAY_QUALIFIER = rf"(?:today|yesterday|(?:on\s+)?(?:last\s+)?{_WEEKDAY}|(?:on\s+)?{_DATE})"
#: A clock time after "since": not the day of a date written day first ("since 15 June", "since Monday 15 June").
_SINCE_CLOCK = rf"{_CLOCK}(?!{_ORD}\s+(?:of\s+)?{_MONTH}(?!\w))"


@dataclass(frozen=True)
class TimeRange:
    """A resolved time range, tz-aware UTC, ``start < end <= now``.

    Attributes
    ----------
    start, end : datetime
        Bounds in UTC; ``end`` is exclusive.
    expression : str
        The phrase that was read, in normalised (lower-case) text, e.g. ``"in the last 24 hours"``.
    relative : bool
        True when the range moves with ``now`` ("last 24h"): the same words asked later mean a later
        range. False for calendar-anchored ranges ("yesterday", "since 9am"), even when they end at now.
    until_now : bool
        True when ``end`` is the moment of asking, so an answer about it goes stale as new data
        arrives (all relative ranges, and "today", "since 9am", "this week" ...).
    approximate : bool
        True when the words were vague ("last few hours") and a length was chosen for them.
    """

    start: datetime
    end: datetime
    expression: str
    relative: bool
    until_now: bool = False
    approximate: bool = False

    @property
    def duration_seconds(self) -> float:
        """Length in seconds; elapsed time, so a local day across a DST change is 23 or 25 hours."""
        return (self.end - self.start).total_seconds()

    def same_window(self, other: TimeRange, tolerance_seconds: float = 60.0) -> bool:
        """Whether an answer computed for ``other`` can stand for this range (both bounds within tolerance).

        This is the cache's test: "last 24 hours" asked at 10:00 and at 10:00:30 share an answer,
        asked today and yesterday do not.
        """
        tol = timedelta(seconds=tolerance_seconds)
        return abs(self.start - other.start) <= tol and abs(self.end - other.end) <= tol


@dataclass(frozen=True)
class TimeParse:
    """The outcome of reading one question: the range (if any) and what a reader should know.

    Attributes
    ----------
    time_range : TimeRange or None
        None when no time expression was found, or it was ambiguous, empty or out of range.
    notes : tuple of str
        Why there is no range, or how vague words were read, e.g. ``"ambiguous time: 'at 3'"``.
    """

    time_range: TimeRange | None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Ctx:
    now: datetime  # UTC
    zone: tzinfo

    @property
    def local_now(self) -> datetime:
        return self.now.astimezone(self.zone)

    @property
    def today(self) -> date:
        return self.local_now.date()

    def at(self, day: date, hour: int = 0, minute: int = 0) -> datetime:
        """Local wall-clock time on ``day`` in UTC; ``hour`` may exceed 23 to reach into the next day."""
        day = day + timedelta(days=hour // 24)
        return datetime.combine(day, time(hour % 24, minute), tzinfo=self.zone).astimezone(UTC)


@dataclass(frozen=True)
class _Span:
    """A resolved range before clipping to now; ``relative`` only for ranges that move with now."""

    start: datetime
    end: datetime
    relative: bool = False
    approximate: bool = False
    note: str | None = None


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Ctx], _Span | str]  # a str is a note: nothing resolved


@functools.lru_cache(maxsize=64)
def normalise_text(text: str) -> str:
    """Lower case, one space between words, "a.m." as "am": the form every pattern here is written for.

    Callers that slot time phrases out of text (``templates``) work on this form too, so positions
    from :func:`time_expression_spans` refer to it. The last few results are kept: reading one question
    normalises the same text seven times over (its time, its intent and its terms each start here), each
    about forty substitutions (bench/RESULTS.md, round 14, engineer qspeed).
    """
    text = re.sub(r"\b(Not|Non)(?=[A-Z][a-z])", r"\1 ", text)  # "NotReady" (Kubernetes-style state names)
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\b([ap])\.\s?m\.?(?!\w)", r"\1m", text)
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, repl in _SHORTHAND_RES:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()  # once more: positions must not move when the text is read again


def _am_pm_range(m: re.Match[str]) -> str:
    """"9-11am" is 9am-11am; "10-2pm" is left alone (the hour is then read as written)."""
    a, b, half = m[1], m[2], m[3]
    return f"{a}{half}-{b}{half}" if int(a) < int(b) <= 12 else m[0]


def _overnight_range(m: re.Match[str]) -> str:
    """"between 22:00 yesterday and 06:00 this morning" is the clock range 22:00-06:00 that ends today, which is
    how a range whose end is not after its start is read; left alone when it would not cross midnight."""
    a, b = _clock(m[2]), _clock(m[4])
    if a is None or b is None or not (a[2] and b[2]) or (b[0], b[1]) > (a[0], a[1]):
        return m[0]
    return f"{m[1]} {m[2]} {m[3]} {m[4]}"


_SELECTOR = r"\[\s*(\d+)\s*([smhdw])\s*\]"
#: A bare duration ("crit alerts 24h", "errors in 7d") is a rolling range; not after a comparison ("over 5m", "more
#: than 2h": a threshold), a number, "per"/"every" (a rate), or before "ago".
_BARE_DURATION = (r"(?<![\w.:/%[-])(?<!last )(?<!past )(?<!previous )(?<!over )(?<!under )(?<!above )(?<!below )"
                  r"(?<!than )(?<!every )(?<!per )(?<!for )(?<!> )(?<!< )(?<!least )(?<!most )(?<!exceeding )"
                  r"(?:(?:in|within)\s+)?(\d+(?:\.\d+)?)\s?(m|mins?|h|hrs?|d|w|wks?)(?![\w%/.]|\s+ago\b)")


@functools.lru_cache(maxsize=8)
def _words_name_a_range(text: str) -> bool:
    """Whether ``text`` names a range in words once its PromQL range selectors are taken out.

    Asked once for every selector in the text and the answer is the text's, not the selector's: kept, so a
    question of many selectors is read once, not once a selector (quadratic: 6 s for 8 KB of "x[2h]")."""
    rest = re.sub(_SELECTOR, " ", text)
    return bool(re.search(_BARE_DURATION, rest) or _non_overlapping(rest) or _SPECIAL.search(rest))


#: Chat and report shorthands for time words, written out so the patterns below see one spelling:
#: "this wk", "yday", "rn", "mtd", "start of week", "an hour and a half", "quarter hour", bare "24h" (the issue's
#: spec reads "24h", "7d" as the last 24 hours, 7 days), a clock range without "between".
_SHORTHANDS = (
    (r"\b(this|last|past|previous|current|prev)\s+(?:wk)\b", r"\1 week"),
    (r"\b(this|last|past|previous|current|prev)\s+(?:mo|mth)\b", r"\1 month"),
    (r"\b(this|last|past|previous|current|prev)\s+(?:yr)\b", r"\1 year"),
    (r"\bprev\b", "previous"),
    # a clock time spoken and transcribed: "nine a m", "9 p m", "nine am" -> "9am"
    (rf"\b(\d{{1,2}}|{_alt(list(_NUMBER_WORDS)[:12])})\s*([ap])\s?m\b(?!')",
     lambda m: f"{_NUMBER_WORDS.get(m[1], m[1])}{m[2]}m"),
    # "the last quarter hour" is 15 minutes, not the previous calendar quarter
    (r"\bthree[- ]quarters?[- ]of[- ]an?[- ]hour\b", "45 minutes"),
    (r"\b(?:a[- ])?quarter[- ](?:of[- ]an?[- ])?hour\b", "15 minutes"),
    (r"\bmid-?day\b", "noon"), (r"\bthis am\b", "this morning"), (r"\bthis pm\b", "this afternoon"),
    (r"\b(since|from)\s+(?:the\s+)?(morning|afternoon|evening)\b", r"\1 this \2"),
    # other ways to write a clock time: "6.30am" (a dot for the colon), "0800" after a time word (military), "half past
    # six", "quarter past 9", "quarter to 10"; and "7-9 this morning" is 7am-9am
    (r"\b(\d{1,2})\.([0-5]\d)\s*(am|pm)\b", r"\1:\2\3"),
    (r"\b(since|from|after|before|until|till|to|and|between|at)\s+([01]\d|2[0-3])([0-5]\d)(?:\s*h(?:rs|ours)?)?(?![\w:/.%-])"
     r"(?!\s*(?:ms|s)\b)",
     r"\1 \2:\3"),
    (rf"\b(half|quarter)\s+past\s+(\d{{1,2}}|{_alt(list(_NUMBER_WORDS)[:12])})\b",
     lambda m: f"{_NUMBER_WORDS.get(m[2], m[2])}:{'30' if m[1] == 'half' else '15'}"),
    (rf"\bquarter\s+to\s+(\d{{1,2}}|{_alt(list(_NUMBER_WORDS)[:12])})\b",
     lambda m: f"{(int(_NUMBER_WORDS.get(m[1], m[1])) - 2) % 12 + 1}:45"),
    (r"\b(1[0-2]|[1-9])\s*-\s*(1[0-2]|[1-9])\s+(?:this|in the)\s+(morning|afternoon|evening)\b",
     lambda m: f"{m[1]}{'am' if m[3] == 'morning' else 'pm'}-{m[2]}{'am' if m[3] == 'morning' else 'pm'}"),
    # "8 this morning", "9 in the morning", "nine this morning": a clock time (1-11 in the morning, 1-11 after noon),
    # its hour in digits or in words as "half past six" and "nine a m" are read; "this" names today, so "since nine this
    # evening" asked at 17:00 is a time to come (no range), never yesterday's 21:00 as a bare "since 9pm" would be
    (rf"\b(since|from|at|after|before|until|till|to|and|between)\s+(1[0-1]|[1-9]|{_alt(list(_NUMBER_WORDS)[:11])})"
     r"(?::([0-5]\d))?\s+(?:o'?clock\s+)?(this|in the|of the)\s+(morning|afternoon|evening)\b",
     lambda m: f"{m[1]} {_NUMBER_WORDS.get(m[2], m[2])}{':' + m[3] if m[3] else ''}"
               f"{'am' if m[5] == 'morning' else 'pm'}{' today' if m[4] == 'this' else ''}"),
    # "from 2pm till now", "between 09:00 and now": since 2pm, since 09:00
    (r"\bfrom\s+(.{1,30}?)\s+(?:to|till|til|until|up\s+(?:un)?til|through)\s+(?:right\s+)?now\b", r"since \1"),
    (r"\bbetween\s+((?:\d{1,2}(?::[0-5]\d)?\s*(?:am|pm)?|noon|midnight)(?:\s+(?:today|yesterday))?)\s+and\s+(?:right\s+)?now\b",
     r"since \1"),
    # "from 9am" / "from 12:00 today" that ends its sentence (nothing after it: no end, no duration, no arrow, and no
    # end in the next clause) is "since" that time
    (r"\bfrom\s+((?:\d{1,2}(?::[0-5]\d)?\s*(?:am|pm)|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight)(?:\s+(?:today|yesterday))?)"
     r"(?=\s*(?:[.?!]|$))", r"since \1"),
    # "lst 2h", "lst 15 min": last (a chat spelling before a duration only)
    (r"\blst\s+(?=\d|(?:hour|hr|day|week|wk|min|month)s?\b)", "last "),
    (r"\b(?:yday|yest|ystd|yesterdays)\b", "yesterday"), (r"\b(?:tdy|tday|2day)\b", "today"),
    # chat spellings of time words (issue 15: typos do not matter): "midnite", "last nite", "dis month"
    (r"\b(mid|to|last\s+)?nite\b", lambda m: f"{m[1] or ''}night"),
    (r"\bdis\s+(?=(?:week|wk|month|quarter|year|morning|afternoon|evening)\b)", "this "),
    # a clock hour said with "o'clock" is the hour ("since 8 o'clock", "from seven o'clock on")
    (rf"\b(\d{{1,2}}|{_alt(list(_NUMBER_WORDS)[:12])})\s+o'?\s?clock\b", lambda m: str(_NUMBER_WORDS.get(m[1], m[1]))),
    # "from 6am onwards", "from 7 on": since that time
    (r"\bfrom\s+(\d{1,2}(?::[0-5]\d)?\s*(?:am|pm)?|noon|midnight)\s+(?:on(?:wards?)?|and\s+later)(?=\s*(?:[.?!,]|$))",
     r"since \1"),
    # "b/w 01:00 and 03:00" is between (only before a clock time: "b/w" alone may be bandwidth)
    (r"(?<![\w/])b/w\s+(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s+and\b|noon|midnight)", "between "),
    # "the first of the month" is the month's start; "thirty (30) days" says its number once
    (r"\bthe\s+(?:1st|first)\s+(?:day\s+)?of\s+(?:the\s+|this\s+)?month\b", "this month"),
    (rf"\b({_NUM_WORD})\s+\(\d+\)", r"\1"),
    # SQL time filters: "ts >= date_trunc('week', now())" is this week, "ts >= current_date" today, and "ts >= '<ISO>'
    # and ts < '<ISO>'" the range between the two timestamps
    (r"\b([a-z_]*)\s*>=?\s*date_trunc\s*\(\s*'(day|week|month|quarter|year)'\s*,\s*(?:now\s*\(\s*\)|current_date"
     r"|current_timestamp)\s*\)", lambda m: f"{m[1]} " + ("today" if m[2] == "day" else f"since this {m[2]}")),
    (r"\b([a-z_]*)\s*>=?\s*current_date\b", r"\1 today"),
    (rf"\b([a-z_]*)\s*>=?\s*'({_ISO_TS})'\s+and\s+[a-z_]*\s*<=?\s*'({_ISO_TS})'", r"\1 between \2 and \3"),
    # "arvo" is Australian and New Zealand English for the afternoon, after the day it is in ("this arvo", "Sunday arvo",
    # "yesterday arvo"; "team arvo", "the arvo team" are names)
    (rf"\b(this|yesterday|today|tomorrow|{_WEEKDAY})\s+arvo(?![\w-])", r"\1 afternoon"),
    (r"\b(?:rn|rite now|as we speak)\b", "right now"),
    (r"\b(?:(week|month|quarter|year)[- ]to[- ]date|(w|m|q|y)td)\b",
     lambda m: "so far this " + (m[1] or {"w": "week", "m": "month", "q": "quarter", "y": "year"}[m[2]])),
    (r"\bso far this (week|month|quarter|year)\b", r"this \1"),
    (r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(week|month|quarter|year|day)\b",
     lambda m: "today" if m[1] == "day" else f"this {m[1]}"),
    (r"\b(?:(an?|one|\d+)\s+)?(hour|day|week)s?\s+and\s+a\s+half\b",
     lambda m: f"{(int(m[1]) if m[1] and m[1].isdigit() else 1) + 0.5:g} {m[2]}s"),
    # "three and a half hours", "2 and a half days": the number and a half, before its unit
    (rf"\b(\d+|{_alt(list(_NUMBER_WORDS)[:12])})\s+and\s+a\s+half\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\b",
     lambda m: f"{int(_NUMBER_WORDS.get(m[1], m[1])) + 0.5:g} {m[2]}"),
    # hours spelled out in a clock range: "between one and three a.m." is "between 1 and 3am", "from nine to
    # eleven" "from 9 to 11" (read as any bare hours are)
    (rf"\b(between|from)\s+({_alt(list(_NUMBER_WORDS)[:12])})\s+(and|to|till|until|through)\s+"
     rf"({_alt(list(_NUMBER_WORDS)[:12])}|\d{{1,2}}(?:am|pm)?)\b",
     lambda m: f"{m[1]} {_NUMBER_WORDS[m[2]]} {m[3]} {_NUMBER_WORDS.get(m[4], m[4])}"),
    # "Monday through Wednesday", "mon-wed": a range of days, as "from Monday to Wednesday" is read
    (rf"(?<!between )(?<!from )\b({_WEEKDAY})\s*(?:through|thru|to|till|until|-)\s*({_WEEKDAY})\b", r"from \1 to \2"),
    # "the week so far" is this week; "earlier today" is today; "half-hour" is 30 minutes; an ISO-style "07:00Z"
    # is UTC; "8am local (time)" is the asker's zone, which is what a clock time without a zone means anyway
    (r"\b(?:for\s+)?(?:the\s+)?(week|month|quarter|year)\s+so\s+far\b", r"this \1"),
    (r"\bearlier\s+(?=today\b|this\s+(?:week|month|quarter|year|morning|afternoon)\b)", ""),
    (r"\bhalf[- ](?:an?[- ])?(?:hour|hr)\b", "30 minutes"),
    (r"(?<![\d:])\b(\d{1,2}:\d{2})(?::\d{2})?z\b", r"\1 utc"),
    (r"(?:(?<=\d)|(?<=\d[ap]m))\s+local(?:\s+time)?\b", ""),
    # the same after a date or a clock time in brackets ("on 2025-11-04 (local time)"), and "local" before a clock time
    # ("since local midnight", "local 09:00"): the asker's zone, which a time without a zone is read in anyway
    (r"(?<=\d)\s*,?\s*\(\s*local(?:\s+time)?\s*\)", ""),
    (r"\blocal\s+(?=midnight\b|noon\b|\d{1,2}:\d{2}(?!\d)|\d{1,2}\s*(?:am|pm)\b)", ""),
    (r"\b(\d{1,2})\s*-\s*(\d{1,2})\s*(am|pm)\b", _am_pm_range),
    # "between 22:00 yesterday and 06:00 this morning": a clock range across midnight, each end with its day
    (rf"\b(between|from)\s+({_CLOCK})\s+(?:yesterday|last\s+night)\s+(and|to|till|until)\s+({_CLOCK})\s+"
     r"(?:today|this\s+morning)\b", _overnight_range),
    (r"(?<![\w:/.-])(?<!between )(?<!from )(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midnight)\s*-\s*"
     r"(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon)(?![\w:])", r"between \1 and \2"),
    # the same with a word between the two clock times ("9am to 11am", "09:00 till 11:00", "midnight to 3am": noon and
    # midnight are clock times as well, midnight only as a start: "9pm to midnight" ends at the next midnight, which the
    # clock range would read as this morning's); bare numbers ("2 to 4 pods") are no clock times
    (r"(?<![\w:/.-])(?<!between )(?<!from )(?<!since )(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midnight)\s+"
     r"(?:to|till|til|until|through|thru)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon)(?![\w:])",
     r"between \1 and \2"),
    # a SQL time filter: "ts > now() - interval '6 hours'" is the last 6 hours
    (r"\b[a-z_]*\s*>=?\s*now\s*\(\s*\)\s*-\s*interval\s*'\s*(\d+)\s*([a-z]+)\s*'", r"in the last \1 \2"),
    # a PromQL range selector ("rate(x[15m])") asked as an instant query is the last 15 minutes; beside a range
    # written in words ("last 3 hours: sum(rate(x[5m]))") it is only the rate's window, and the words say the range
    (_SELECTOR, lambda m: " " if _words_name_a_range(m.string) else f" in the last {m[1]}{m[2]}"),
    # an aggregate over a length of time ("count over 24h", "p99 over 6h") is its window, not a threshold
    (r"\b(count|total|sum|average|avg|mean|max|min|rate|p\d+)\s+over\s+(?=\d+(?:\.\d+)?\s?(?:h|hrs?|hours?|d|days?|w)\b)",
     r"\1 in the last "),
    (_BARE_DURATION, r"last \1\2"),
)
_SHORTHAND_RES = tuple((re.compile(p), r) for p, r in _SHORTHANDS)


# ---------------------------------------------------------------- small readers


def _quantity(word: str | None) -> tuple[float, bool] | None:
    """Number from digits or words, and whether it was vague; None when it is not a usable number."""
    if word is None:
        return 1.0, False
    word = re.sub(r"\s+", " ", word.strip())
    if word in VAGUE_COUNTS:
        return float(VAGUE_COUNTS[word]), True
    if word in ("a", "an"):
        return 1.0, False
    if word.startswith("half"):
        return 0.5, False
    if "couple" in word:
        return 2.0, False
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word), False
    parts = re.split(r"[- ]", word)
    if all(p in _NUMBER_WORDS for p in parts):
        return float(sum(_NUMBER_WORDS[p] for p in parts)), False
    return None


def _clock(text: str) -> tuple[int, int, bool] | None:
    """(hour, minute, unambiguous) of a clock time; a bare 1-12 without am/pm is ambiguous."""
    text = text.strip()
    if text == "noon":
        return 12, 0, True
    if text == "midnight":
        return 0, 0, True
    m = re.fullmatch(r"(\d{1,2})(?:[:h](\d{2}))?\s*(am|pm)?", text)
    if not m:
        return None
    hour, minute, meridiem = int(m[1]), int(m[2] or 0), m[3]
    if minute > 59 or hour > 24 or (meridiem and not 1 <= hour <= 12):
        return None
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
        return hour, minute, True
    clear = m[2] is not None or hour == 0 or hour >= 13
    return hour % 24, minute, clear


def _weekday(word: str) -> int:
    word = word.strip().rstrip(".")
    return _WEEKDAYS.index(word) if word in _WEEKDAYS else _WEEKDAY_ABBR[word]


def _month(word: str) -> int:
    word = word.strip().rstrip(".")
    return _MONTHS.index(word) + 1 if word in _MONTHS else _MONTH_ABBR[word]


def _date(text: str, ctx: _Ctx) -> date | str:
    """A calendar date from ISO or month-name text; without a year, the latest one not in the future."""
    text = text.strip()
    if re.fullmatch(_ISO_DATE, text):
        y, mo, d = (int(p) for p in text.split("-"))
        return _safe_date(y, mo, d, text)
    m = re.fullmatch(rf"({_MONTH})\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?", text) or re.fullmatch(
        rf"(?:the\s+)?(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH})(?:,?\s+(\d{{4}}))?", text
    )
    if not m:
        return f"unreadable date: '{text}'"
    month_word, day_word = (m[1], m[2]) if not m[1][0].isdigit() else (m[2], m[1])
    month, day = _month(month_word), int(day_word)
    if m[3]:
        return _safe_date(int(m[3]), month, day, text)
    found = _safe_date(ctx.today.year, month, day, text)
    if isinstance(found, date) and found > ctx.today:
        found = _safe_date(ctx.today.year - 1, month, day, text)
    return found


def _safe_date(year: int, month: int, day: int, text: str) -> date | str:
    try:
        return date(year, month, day)
    except ValueError:
        return f"no such date: '{text}'"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _recent_weekday(ctx: _Ctx, weekday: int, strictly_before_today: bool) -> date:
    back = (ctx.today.weekday() - weekday) % 7
    if back == 0 and strictly_before_today:
        back = 7
    return ctx.today - timedelta(days=back)


def _month_start(year: int, month: int) -> date:
    while month < 1:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, 1)


def _day(ctx: _Ctx, day: date) -> _Span:
    return _Span(ctx.at(day), ctx.at(day + timedelta(days=1)))


# ---------------------------------------------------------------- rule handlers


def _relative(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"last 24 hours", "past week", "last week" (7 days); "last year" without a number is the calendar year."""
    unit = _UNIT_OF[m["unit"]]
    if m["qty"] is None and unit == "year" and m["dir"] in ("last", "previous", "prior") \
            and not m["the"]:
        return _calendar_previous(ctx, unit)
    qty = _quantity(m["qty"])
    if qty is None or qty[0] <= 0:
        return f"empty time range: '{m[0].strip()}'"
    seconds = qty[0] * UNIT_SECONDS[unit]
    if seconds > MAX_RANGE.total_seconds():
        return f"time range too long: '{m[0].strip()}'"
    length = timedelta(seconds=seconds)
    note = f"approximate time: '{m[0].strip()}' read as {qty[0]:g} {unit}s" if qty[1] else None
    return _Span(ctx.now - length, ctx.now, relative=True, approximate=qty[1], note=note)


def _ago(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"since 3 hours ago" moves with now just like "last 3 hours"."""
    return _relative(m, ctx)


def _days_ago(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"2 days ago", "a week ago": the local day that many days back, as a named day is read."""
    qty = _quantity(m["qty"])
    if qty is None or qty[0] <= 0 or qty[0] != int(qty[0]):
        return f"time not understood: '{m[0].strip()}'"
    days = int(qty[0]) * (7 if _UNIT_OF[m["unit"]] == "week" else 1)
    if days > MAX_RANGE.days:
        return f"time range too long: '{m[0].strip()}'"
    return _day(ctx, ctx.today - timedelta(days=days))


def _ordinal_day(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"on the 3rd", "since the 1st": that day of this month, or of the last month when it is still to come."""
    day, first = int(m["day"]), ctx.today.replace(day=1)
    month = first if day <= ctx.today.day else _month_start(first.year, first.month - 1)
    try:
        start = month.replace(day=day)
    except ValueError:
        return f"no such day: '{m[0].strip()}'"
    if m["kw"] == "since":
        return _Span(ctx.at(start), ctx.now)
    return _day(ctx, start)


def _calendar_previous(ctx: _Ctx, unit: str) -> _Span:
    today = ctx.today
    if unit == "week":
        this = _monday(today)
        return _Span(ctx.at(this - timedelta(days=7)), ctx.at(this))
    if unit == "month":
        this = today.replace(day=1)
        return _Span(ctx.at(_month_start(today.year, today.month - 1)), ctx.at(this))
    return _Span(ctx.at(date(today.year - 1, 1, 1)), ctx.at(date(today.year, 1, 1)))


def _calendar_current(ctx: _Ctx, unit: str) -> _Span:
    today = ctx.today
    first = {"day": today, "week": _monday(today), "month": today.replace(day=1),
             "year": date(today.year, 1, 1)}[unit]
    return _Span(ctx.at(first), ctx.now)


def _day_part(ctx: _Ctx, day: date, part: str) -> _Span:
    lo, hi = DAY_PARTS[part]
    return _Span(ctx.at(day, lo), ctx.at(day, hi))


def _night(ctx: _Ctx) -> _Span:
    """"Last night", "overnight": 22:00 the previous day - 06:00, at any hour. Asked at 23:00 the night that has
    just begun is "tonight", not "last night"."""
    return _day_part(ctx, ctx.today - timedelta(days=1), "night")


def _tonight(ctx: _Ctx) -> _Span | str:
    """"Tonight": the night that begins at 22:00 today, read only once it has begun. Asked earlier in the day it
    names a night still to come, which no answer about the past can answer; asked after midnight it is the night in
    progress or the coming one. Either way it is a note (an unclear time, never a hit), so "tonight" never
    reads as last night's range."""
    if ctx.local_now.hour < DAY_PARTS["night"][0]:
        return "a night still to come or ambiguous: 'tonight'"
    return _day_part(ctx, ctx.today, "night")


def _weekend(ctx: _Ctx, previous: bool) -> _Span:
    saturday = _recent_weekday(ctx, 5, strictly_before_today=False)
    if previous and ctx.today.weekday() >= 5:
        saturday -= timedelta(days=7)
    return _Span(ctx.at(saturday), ctx.at(saturday + timedelta(days=2)))


def _named(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """Calendar words: today, yesterday, this morning, tonight, this week, on monday, on May 1 ..."""
    return _anchor_span(m["what"], ctx)


def _anchor_span(what: str, ctx: _Ctx) -> _Span | str:
    what = re.sub(r"^(?:on|during|over)\s+(?:the\s+)?", "", what.strip())
    today, yesterday = ctx.today, ctx.today - timedelta(days=1)
    if what in ("today", "so far today", "today so far"):
        return _calendar_current(ctx, "day")
    if what == "yesterday":
        return _day(ctx, yesterday)
    if what == "day before yesterday":
        return _day(ctx, today - timedelta(days=2))
    m = re.fullmatch(r"(this|yesterday|last)\s+(morning|afternoon|evening|night)", what)
    if m:
        if m[2] == "night" or (m[1] == "last" and m[2] == "evening"):
            return _night(ctx) if m[2] == "night" else _day_part(ctx, yesterday, "evening")
        return _day_part(ctx, today if m[1] == "this" else yesterday, m[2])
    m = re.fullmatch(rf"(last\s+)?({_WEEKDAY})\s+(morning|afternoon|evening|night)", what)
    if m:
        return _day_part(ctx, _recent_weekday(ctx, _weekday(m[2]), strictly_before_today=bool(m[1])), m[3])
    if what == "tonight":
        return _tonight(ctx)
    if what == "overnight":
        return _night(ctx)
    m = re.fullmatch(r"(this|last|previous|current)\s+(week|month|year)", what)
    if m:
        unit = m[2]
        return _calendar_current(ctx, unit) if m[1] in ("this", "current") else _calendar_previous(ctx, unit)
    if what.endswith("weekend"):
        return _weekend(ctx, previous=what.startswith(("last", "previous")))
    m = re.fullmatch(rf"(last\s+|this\s+|past\s+)?({_WEEKDAY})", what)
    if m:
        return _day(ctx, _recent_weekday(ctx, _weekday(m[2]), strictly_before_today=bool(m[1])
                                         and m[1].strip() in ("last", "past")))
    m = re.fullmatch(rf"(?:in\s+|during\s+)?({_MONTH})(?:\s+(\d{{4}}))?", what)
    if m:
        return _month_span(ctx, _month(m[1]), int(m[2]) if m[2] else None)
    found = _date(what, ctx)
    if isinstance(found, str):
        return found
    if found > today:
        return f"date in the future: '{what}'"
    return _day(ctx, found)


def _month_span(ctx: _Ctx, month: int, year: int | None) -> _Span:
    if year is None:
        year = ctx.today.year if month <= ctx.today.month else ctx.today.year - 1
    first = date(year, month, 1)
    return _Span(ctx.at(first), ctx.at(_month_start(year, month + 1)))


def _since(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"since X": from the start of X until now."""
    what = m["what"].strip()
    clock = re.fullmatch(rf"(?:(today|yesterday)\s+(?:at\s+)?)?({_CLOCK})(?:\s+(today|yesterday))?", what)
    if clock:
        return _since_clock(ctx, clock[2], clock[1] or clock[3], m[0].strip())
    if what == "midnight":
        return _calendar_current(ctx, "day")
    if what in ("this morning", "morning"):
        return _Span(_day_part(ctx, ctx.today, "morning").start, ctx.now)
    anchored = _anchor_span(what, ctx)
    if isinstance(anchored, str):
        return anchored
    return _Span(anchored.start, ctx.now)


def _since_clock(ctx: _Ctx, text: str, day_word: str | None, phrase: str) -> _Span | str:
    parsed = _clock(text)
    if parsed is None:
        return f"unreadable time: '{phrase}'"
    hour, minute, clear = parsed
    if not clear and (day_word is not None or not _morning_hours(ctx, ctx.today, hour, hour)):
        return f"ambiguous time: '{phrase}'"
    day = ctx.today - timedelta(days=1) if day_word == "yesterday" else ctx.today
    start = ctx.at(day, hour, minute)
    if start > ctx.now and day_word is None:
        start = ctx.at(day - timedelta(days=1), hour, minute)
    return _Span(start, ctx.now)


def _morning_hours(ctx: _Ctx, day: date, first: int, last: int) -> bool:
    """Whether bare hours 6-12 ("since 9", "between 6 and 12", "from 9 to 10") can only be the morning's on ``day``:
    the morning reading has begun and the evening one (12 hours on) has not. A question about the past is not about a
    range still to come, so asked at 14:00 "between 6 and 12" is 06:00-12:00; asked at 21:00 it stays ambiguous, and
    so do the night hours 1-5 ("between 2 and 3": 2-3am or 2-3pm) at any hour."""
    return 6 <= first <= last <= 12 and ctx.at(day, first) <= ctx.now < ctx.at(day, first + 12)


def _qualified_day(ctx: _Ctx, qualifier: str) -> date | str:
    """The day a clock range's qualifier names ("yesterday", "on Monday", "May 3"), today without one; a note if none."""
    if not qualifier:
        return ctx.today
    day_span = _anchor_span(qualifier, ctx)
    return day_span if isinstance(day_span, str) else day_span.start.astimezone(ctx.zone).date()


def _morning_range(ctx: _Ctx, qualifier: str, a: int, b: int) -> bool:
    """`_morning_hours` for a clock range of two bare hours on its day (the named one, else today)."""
    day = _qualified_day(ctx, qualifier)
    return a < b and isinstance(day, date) and _morning_hours(ctx, day, a, b)


def _between(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"between 2pm and 3pm", "from 14:00 to 15:30 yesterday", "from May 1 to May 3"."""
    phrase = m[0].strip()
    a, b = m["a"].strip(), m["b"].strip()
    qualifier = (m["qa"] or m["qb"] or "").strip()
    if re.fullmatch(_DATE, a) and re.fullmatch(_DATE, b):
        first, last = _date(a, ctx), _date(b, ctx)
        if isinstance(first, str) or isinstance(last, str):
            return first if isinstance(first, str) else last
        if last < first:
            return f"range ends before it starts: '{phrase}'"
        return _Span(ctx.at(first), ctx.at(last + timedelta(days=1)))
    if re.fullmatch(_WEEKDAY, a) and re.fullmatch(_WEEKDAY, b):
        # "from Monday to Wednesday": the most recent Monday that has begun, through the Wednesday after it
        first = _recent_weekday(ctx, _weekday(a), strictly_before_today=False)
        last = first + timedelta(days=(_weekday(b) - _weekday(a)) % 7)
        return _Span(ctx.at(first), ctx.at(last + timedelta(days=1)))
    pa, pb = _clock(a), _clock(b)
    if pa is None or pb is None:
        return f"unreadable time: '{phrase}'"
    (ha, ma, clear_a), (hb, mb, clear_b) = pa, pb
    hb = 24 if re.fullmatch(r"24(?::00)?", b) else hb  # "between 00:00 and 24:00": the whole day
    if not clear_a and clear_b and "pm" in b and ha < 12 and ha + 12 <= hb:
        ha, clear_a = ha + 12, True  # "between 2 and 3pm"
    elif not clear_a and clear_b:
        clear_a = True  # "between 11 and 1pm", "from 9 to 17:00": the hour is read as written
    if not clear_b and clear_a and "pm" in a and hb < 12:
        hb, clear_b = hb + 12, True  # "between 2pm and 4"
    elif not clear_b and clear_a:
        clear_b = True
    if not (clear_a or clear_b) and _morning_range(ctx, qualifier, ha, hb):
        clear_a = clear_b = True
    if not (clear_a and clear_b):
        return f"ambiguous time: '{phrase}'"
    return _clock_window(ctx, qualifier, (ha, ma), (hb, mb), phrase)


def _clock_window(ctx: _Ctx, qualifier: str, a: tuple[int, int], b: tuple[int, int], phrase: str) -> _Span | str:
    """Clock times on the qualified day, or today, or yesterday when today's has not begun."""
    day = _qualified_day(ctx, qualifier)
    if isinstance(day, str):
        return day
    crosses_midnight = b <= a
    start_day = day - timedelta(days=1) if crosses_midnight else day
    start, end = ctx.at(start_day, *a), ctx.at(day, *b)
    if start > ctx.now and not qualifier:
        start, end = ctx.at(start_day - timedelta(days=1), *a), ctx.at(day - timedelta(days=1), *b)
    return _Span(start, end)


def _at(m: re.Match[str], ctx: _Ctx) -> _Span | str:
    """"at 3pm", "around 14:00": the hour centred on that time, today's unless it has not begun."""
    parsed = _clock(m["a"])
    phrase = m[0].strip()
    if parsed is None:
        return f"unreadable time: '{phrase}'"
    hour, minute, clear = parsed
    if not clear:
        return f"ambiguous time: '{phrase}'"
    qualifier = (m["qa"] or m["qb"] or "").strip()
    day = ctx.today - timedelta(days=1) if qualifier == "yesterday" else ctx.today
    half = timedelta(minutes=30)
    point = ctx.at(day, hour, minute)
    if point - half > ctx.now and not qualifier:
        point = ctx.at(day - timedelta(days=1), hour, minute)
    return _Span(point - half, point + half)


_LEAD = r"(?:(?:in|over|during|within|for|from)\s+)?"
_RULES: tuple[_Rule, ...] = (
    _Rule("since_ago", re.compile(
        rf"\b(?:since|from|after)\s+(?P<qty>{_QTY})\s*(?P<unit>{_UNIT})\s+ago{_END}"
        r"(?P<dir>)(?P<the>)"), _ago),
    _Rule("days_ago", re.compile(
        rf"\b(?:(?:on|from)\s+)?(?P<qty>{_QTY})\s*(?P<unit>days?|d|weeks?|wks?|w)\s+ago{_END}"), _days_ago),
    _Rule("ordinal_day", re.compile(
        rf"\b(?P<kw>on|since|from)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th){_END}"
        rf"(?!\s+(?:of\s+)?{_MONTH})"), _ordinal_day),
    _Rule("relative", re.compile(
        rf"\b{_LEAD}(?P<the>the\s+)?(?P<dir>last|past|previous|prior|preceding)\s+"
        rf"(?:(?P<qty>{_QTY})\s*)?(?P<unit>{_UNIT}){_END}"), _relative),
    _Rule("between", re.compile(
        rf"\b(?:(?P<qa>{_DAY_QUALIFIER})\s+)?(?:between|from)\s+(?P<a>{_DATE}|{_WEEKDAY}|{_CLOCK})\s*"
        rf"(?:and|to|until|till|through|thru|-)\s*(?P<b>{_DATE}|{_WEEKDAY}|{_CLOCK}){_END}{_NOT_QTY}(?:\s+(?P<qb>{_DAY_QUALIFIER}){_END})?"),
        _between),
    _Rule("at", re.compile(
        rf"\b(?:(?P<qa>today|yesterday)\s+)?(?:at|around)\s+(?P<a>{_CLOCK}){_END}{_NOT_QTY}"
        rf"(?:\s+(?P<qb>today|yesterday){_END})?"), _at),
    _Rule("since", re.compile(
        rf"\b(?:since|after)\s+(?:the\s+)?(?:start\s+of\s+)?(?P<what>"
        rf"(?:(?:today|yesterday)\s+(?:at\s+)?)?{_SINCE_CLOCK}(?:\s+(?:today|yesterday))?"
        rf"|{_DATE}|(?:this|last|previous|current)\s+(?:week|month|year|weekend|morning|night)"
        rf"|(?:last\s+)?{_WEEKDAY}|(?:yesterday|this)\s+(?:morning|afternoon|evening)|yesterday|today"
        rf"|{_MONTH}(?:\s+\d{{4}})?){_END}"), _since),
    _Rule("named", re.compile(
        rf"\b(?P<what>(?:(?:on|during|over)\s+(?:the\s+)?)?(?:(?:this|yesterday|last)\s+(?:morning|afternoon|evening|night)"
        rf"|(?:last\s+|on\s+)?{_FULL_WEEKDAY}\s+(?:morning|afternoon|evening|night)"
        rf"|day\s+before\s+yesterday|yesterday|today\s+so\s+far|so\s+far\s+today|today|tonight|overnight"
        rf"|(?:this|last|previous|current)\s+(?:week|month|year)|(?:this|last|previous)?\s*weekend"
        rf"|(?:last\s+|this\s+|past\s+|on\s+){_WEEKDAY}|{_FULL_WEEKDAY}|{_DATE}|(?:in|during)\s+{_MONTH}(?:\s+\d{{4}})?"
        rf"|{_MONTH}\s+\d{{4}})){_END}"), _named),
)
_FALLBACK = re.compile(r"\b(?P<kw>on|since|after)\s+(?P<rest>[^?!;,]{1,60})")
_FALLBACK_STOP = re.compile(r"\s(?:for|in|with|where|and|by|from|to|on|at|which|that|of\s+the)\s")
_DATEISH = re.compile(rf"\d|\b(?:{_MONTH}|{_WEEKDAY})\b")
#: Words dateparser may see: dates, ordinals, month and day names, clock times; not "web-7" or "v1.2".
_DATE_WORD = re.compile(
    rf"\d{{1,4}}(?:[/.]\d{{1,4}}){{0,2}}|\d{{1,2}}{_ORD}|{_MONTH},?|{_WEEKDAY}|the|of|last|ago|at|am|pm"
    rf"|\d{{1,2}}:\d{{2}}(?:am|pm)?|\d{{1,2}}(?:am|pm)|{_UNIT}|{_NUM_WORD}"
)


def _zone(tz: str) -> tzinfo:
    try:
        return UTC if tz.upper() == "UTC" else ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone: {tz!r}") from exc


def _as_utc(now: datetime) -> datetime:
    """A naive ``now`` is taken as UTC, the unit every stored timestamp here is in."""
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def _candidates(text: str) -> list[tuple[int, int, int, _Rule, re.Match[str]]]:
    found = []
    for order, rule in enumerate(_RULES):
        for m in rule.pattern.finditer(text):
            if m[0].strip():
                found.append((m.start(), -(m.end() - m.start()), order, rule, m))
    found.sort(key=lambda c: c[:3])
    return found


@functools.lru_cache(maxsize=64)
def _non_overlapping(text: str) -> tuple[tuple[_Rule, re.Match[str]], ...]:
    """Earliest phrase first, longest at the same place: "since yesterday" wins over "yesterday".

    Kept for the last few texts (a tuple: shared by every caller): one question's time phrases are found
    four times over (its range, its spans, and again for its intent), each a pass of every rule's pattern."""
    chosen, last_end = [], -1
    for start, _neg_len, _order, rule, m in _candidates(text):
        if start >= last_end:
            chosen.append((rule, m))
            last_end = m.end()
    return tuple(chosen)


def time_expression_spans(text: str) -> list[tuple[int, int]]:
    """Where time phrases are in ``normalise_text(text)``, without resolving them (no clock needed).

    Used to slot time phrases out of question templates; only the fast patterns, no dateparser.
    """
    norm = normalise_text(text)
    spans = []
    for _rule, m in _non_overlapping(norm):
        lead = len(m[0]) - len(m[0].lstrip())
        spans.append((m.start() + lead, m.end()))
    return spans


def _finish(span: _Span | str, expression: str, ctx: _Ctx) -> TimeParse:
    """Clip to now and turn empty or impossible ranges into notes."""
    if isinstance(span, str):
        return TimeParse(None, (span,))
    notes = (span.note,) if span.note else ()
    end, until_now = span.end, span.relative
    if end >= ctx.now:
        end, until_now = ctx.now, True
    if span.start >= end:
        return TimeParse(None, notes + (f"empty time range at the time asked: '{expression}'",))
    rng = TimeRange(span.start, end, expression, span.relative, until_now, span.approximate)
    return TimeParse(rng, notes)


#: A length of time counted from a time phrase: "the 2 hours before the last hour", "the hour before the deploy at
#: 14:10", "30 minutes after 9am" ("the day before yesterday" is a rule of its own, matched first). "the hour" is one;
#: "per hour after 9am" is a rate, not a length.
_OFFSET = re.compile(r"\b(?:(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty)\s*|the\s+)"
                     r"(minutes?|mins?|hours?|hrs?|days?)\s+(?:(before|prior\s+to|leading\s+up\s+to|after)\s+"
                     r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?)?$")  # "before the deploy at 14:10": an event at a time
_OFFSET_NUMBERS = {"a": 1, "an": 1, **_NUMBER_WORDS}
_OFFSET_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


#: "since the deploy at 14:10", "after the failover at 2am": from an event's time until now.
_SINCE_EVENT = re.compile(r"\b(?:since|after)\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:[a-z][\w-]*\s+){1,2}$")


#: How far before a time phrase the words that qualify it ("2 hours before", "since the deploy", "not in") are
#: looked for. Those patterns end at the phrase and span a handful of words (at most eight), so a match longer than
#: this needs words of thirty-odd letters each; searching from the text's start instead made every phrase cost the
#: whole text before it, quadratic in a long question (bench/RESULTS.md, round 14, engineer tlin).
LOOK_BACK = 300


def _offset(span: _Span | str, m: re.Match[str], rule: _Rule, ctx: _Ctx) -> _Span | str:
    """The time counted from a phrase, not the phrase's own range: "2 hours before the last hour" is the two
    hours that end where the last hour begins, and "since the deploy at 14:10" runs from 14:10 until now; read
    as the phrase alone, either would match a question about the phrase's own range. The point of "at 14:10" is
    its middle; "after 9am" (the since rule) counts from 9am."""
    back = max(0, m.start() - LOOK_BACK)  # the words just before the phrase, not the whole text before it
    if rule.name == "at" and not isinstance(span, str) and _SINCE_EVENT.search(m.string, back, m.start()):
        return _Span(span.start + (span.end - span.start) / 2, ctx.now)  # "since the deploy at 14:10"
    lead = re.match(r"\s*(before|after)\b", m[0])
    counted = _OFFSET.search(m.string, back, m.start())
    if counted is None or isinstance(span, str) or (counted[3] is None) == (lead is None):
        return span
    direction = counted[3] or lead[1]
    amount = _OFFSET_NUMBERS.get(counted[1] or "one") or float(counted[1])
    length = timedelta(**{_OFFSET_UNITS[counted[2][0]]: amount})
    if rule.name == "at":
        point = span.start + (span.end - span.start) / 2
    else:
        point = span.end if direction == "after" and lead is None else span.start
    if direction == "after":
        return _Span(point, point + length, False, span.approximate, span.note)
    return _Span(point - length, point, False, span.approximate, span.note)


def _resolve(rule: _Rule, m: re.Match[str], ctx: _Ctx) -> TimeParse:
    expression = m[0].strip()
    try:
        return _finish(_offset(rule.resolve(m, ctx), m, rule, ctx), expression, ctx)
    except (OverflowError, ValueError):
        return TimeParse(None, (f"time out of range: '{expression}'",))


def _dateparser_fallback(text: str, ctx: _Ctx) -> TimeParse | None:
    """Dates the patterns do not know ("on 03/05/2024", "since the 3rd of march 2024"), via dateparser."""
    for m in _FALLBACK.finditer(text):
        rest = _FALLBACK_STOP.split(" " + m["rest"] + " ", maxsplit=1)[0].strip()
        words = []
        for word in rest.split()[:5]:
            if not _DATE_WORD.fullmatch(word):
                break
            words.append(word)
        while words and _DATEISH.search(" ".join(words)):
            phrase = " ".join(words)
            found = _dateparser_parse(phrase, ctx)
            if found is not None:
                return _fallback_span(m["kw"], phrase, found, ctx)
            words = words[:-1]
    return None


def _dateparser_parse(phrase: str, ctx: _Ctx) -> datetime | None:
    import dateparser  # imported here: most questions never need it and it is slow to load

    try:
        settings = {
            "RELATIVE_BASE": ctx.local_now.replace(tzinfo=None),
            "TIMEZONE": str(ctx.zone),
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
        }
        found = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd text; text must never raise
        return None
    # "since 0800" read as the year 800: a date more than ten years back is no reading of an ops question
    if found is not None and found.year < ctx.local_now.year - 10:
        return None
    return found


def _fallback_span(keyword: str, phrase: str, found: datetime, ctx: _Ctx) -> TimeParse:
    expression = f"{keyword} {phrase}"
    note = f"time read by dateparser: '{expression}'"
    local = found.astimezone(ctx.zone)
    if keyword == "on":
        span: _Span | str = _day(ctx, local.date())
    else:
        span = _Span(local.astimezone(UTC), ctx.now)
    parsed = _finish(span, expression, ctx)
    return TimeParse(parsed.time_range, (note,) + parsed.notes)


def _parse_all(text: str, now: datetime, tz: str, first_only: bool) -> list[TimeParse]:
    ctx = _Ctx(_as_utc(now), _zone(tz))
    norm = normalise_text(text)
    results = []
    for rule, m in _non_overlapping(norm):
        results.append(_resolve(rule, m, ctx))
        if first_only:
            break
    if not results:
        try:
            fallback = _dateparser_fallback(norm, ctx)
        except (OverflowError, ValueError):
            fallback = TimeParse(None, ("time out of range",))
        if fallback is not None:
            results.append(fallback)
    return results


def parse_time(text: str, now: datetime, tz: str = "UTC") -> TimeParse:
    """The first time phrase in ``text`` resolved at ``now``, with notes on anything unclear.

    Parameters
    ----------
    text : str
        The question, any case.
    now : datetime
        The moment of asking; naive values are taken as UTC.
    tz : str
        IANA zone for calendar phrases ("yesterday", "since 9am"); an unknown zone raises ValueError.
    """
    results = _parse_all(text, now, tz, first_only=True)
    if not results:
        return TimeParse(None, ("no time range found",))
    return results[0]


def parse_time_range(text: str, now: datetime, tz: str = "UTC") -> TimeRange | None:
    """The first time range in ``text`` at ``now``, or None (see :func:`parse_time` for why)."""
    return parse_time(text, now, tz).time_range


def parse_times(text: str, now: datetime, tz: str = "UTC") -> tuple[TimeParse, ...]:
    """Every time phrase in order, each with its notes; empty when there is none."""
    return tuple(_parse_all(text, now, tz, first_only=False))


def parse_time_ranges(text: str, now: datetime, tz: str = "UTC") -> tuple[TimeRange, ...]:
    """Every readable time range in order: "errors today vs yesterday" gives today, then yesterday."""
    return tuple(p.time_range for p in parse_times(text, now, tz) if p.time_range)


# ---------------------------------------------------------------- a question's time, with zones and "now"

#: Zone words people put after a clock time. Abbreviations that name a season ("CET", "PST") are
#: fixed offsets; the region ones ("PT", "ET") follow daylight saving, as people mean them.
ZONE_WORDS = {
    "utc": "UTC", "gmt": "UTC", "z": "UTC", "cet": "Etc/GMT-1", "cest": "Etc/GMT-2", "bst": "Etc/GMT-1",
    "eet": "Etc/GMT-2", "pt": "America/Los_Angeles", "pst": "Etc/GMT+8", "pdt": "Etc/GMT+7",
    "mt": "America/Denver", "ct": "America/Chicago", "cst": "Etc/GMT+6", "cdt": "Etc/GMT+5",
    "et": "America/New_York", "est": "Etc/GMT+5", "edt": "Etc/GMT+4", "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo", "aest": "Etc/GMT-10", "aedt": "Etc/GMT-11", "nzst": "Etc/GMT-12", "nzdt": "Etc/GMT-13",
}
#: "now" and point-in-time questions ("is X up") cover the last five minutes.
NOW_SECONDS = 300
#: A zone named by its city, as the IANA database spells it ("9am London time", "10:00 New York time", "noon Sao
#: Paulo time"), or by a US region ("9am Eastern", "noon Pacific time"): "time" after a city, which may be a service's
#: name, is required. Built from the zone database itself, so every IANA city reads.
ZONE_PLACES = {
    **{name.rsplit("/", 1)[-1].replace("_", " ").lower() + " time": name for name in sorted(available_timezones())
       if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")) and name.rsplit("/", 1)[-1].isascii()},
    **{f"{region}{suffix}": zone for region, zone in (("eastern", "America/New_York"), ("central", "America/Chicago"),
                                                     ("mountain", "America/Denver"), ("pacific", "America/Los_Angeles"))
       for suffix in ("", " time")},
}
_ZONE_NAMES = {**ZONE_WORDS, **ZONE_PLACES}
_ZONE_AFTER_CLOCK = re.compile(
    rf"(?:(?<=[\dmn])|(?<=midnight))\s+({_alt([z for z in _ZONE_NAMES if z != 'z'])}){_END}"  # "08:00 utc", "8am cet",
    # "noon pt", "midnight utc"
)
#: Words for a day or a part of one (not a greeting: "good morning"); left unread, the question names some time.
_DAY_WORD = re.compile(
    rf"(?<!good )\b(?:morning|afternoon|evening|night|tonight|overnight|noon|midnight|lunch(?:time)?|yesterday|today"
    rf"|weekend|{_FULL_WEEKDAY}|{_alt([m for m in _MONTHS if m != 'may'])})\b")
#: Other words that name a time no rule reads: a length of time ago ("3 hours ago"), hours named by what happens in
#: them ("business hours", "the small hours"), the end of a day, a shift. Left unread, they name some time, not now.
_TIME_NAMED = re.compile(
    rf"\b(?:{_QTY})\s*{_UNIT}\s+ago\b|\b(?:business|working|office|opening|wee|small|early|late|peak|off-peak|"
    r"after|out-of|out\s+of)\s+hours\b|\bend\s+of\s+(?:the\s+)?(?:day|shift|business)\b|\beod\b|\bshift\b")
#: A clock time ("3am", "14:30", "3 p.m." once normalised); seen anywhere, the question names some time of day.
_CLOCK_WORD = re.compile(r"(?<![\w:./-])(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|(?:[01]?\d|2[0-3]):[0-5]\d)(?![\w:])")
#: Two hours of a day joined by "to" / "till" / a dash ("errors 10 to 11", "9–10"), no unit and no count before them
#: ("top 10 to 20", "the last 5 to 10"): left unread, the question names a time of day, not "now".
_HOUR_RANGE = re.compile(r"(?<![\w:./#-])(?<!top )(?<!first )(?<!last )(?<!next )(?<!past )(?<!from )"
                         r"(?:[01]?\d|2[0-3])\s*(?:to|till|til|until|thru|through|\u2013|\u2014)\s*(?:[01]?\d|2[0-3])"
                         r"(?![\w:.%])(?!\s*(?:percent|pct|per\b|times\b|x\b))")
#: (two timestamps joined by "to" need no "from" before them: "for 2025-03-27T00:00Z to 2025-03-28T00:00Z", writers 24,
#: 26, 28, 29, 30, round 31; "and" still needs its "between")
_ISO_RANGE = re.compile(rf"\b(?:between|from)\s+({_ISO_TS})\s+(?:and|to|until|-)\s+({_ISO_TS})"
                        rf"|(?<![\w:.-])({_ISO_TS})\s+(?:to|until|till|through|thru)\s+({_ISO_TS})(?![\w:])")
_ISO_SINCE = re.compile(rf"\b(?:since|after)\s+({_ISO_TS})")
_NOW = re.compile(
    r"\b(?:right now|now|currently|current|atm|at the moment|at present|as of now)\b"
    r"|\b(?:is|are)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?\s+(?:up|down|healthy|unhealthy|ok|okay|alive|running)\b"
    r"|\bstatus\b"
)
_QUARTER = re.compile(r"\b(this|current|last|previous)\s+quarter\b")
#: "between 14 and 7 days ago": the stretch between two lengths of time back from now (a fixed range, not rolling)
_AGO_RANGE = re.compile(rf"\b(?:between|from)\s+(?P<qa>{_QTY})\s+(?:and|to)\s+(?P<qb>{_QTY})\s*(?P<unit>{_UNIT})\s+ago{_END}")
#: A calendar year named alone ("in 2025", "during the year 2024"): that year, to now if it is this one
_YEAR = re.compile(r"\b(?:in|during|for|over)\s+(?:the\s+(?:year\s+)?)?((?:19|20)\d{2})(?![\w:./-])" + _NOT_QTY)
_TWO_DAYS = re.compile(rf"\b(?:on\s+)?({_WEEKDAY})(?:\s*[&+]\s*|\s+(?:and|or|n)\s+)({_WEEKDAY}){_END}")
_SINCE_DATE_CLOCK = re.compile(
    rf"\b(?:since|after)\s+({_DATE}|(?:last\s+)?{_WEEKDAY})\s+(?:at\s+)?({_SINCE_CLOCK}){_END}"
)
#: A clock range with a day at each end, before or after its clock time ("from Sat 00:00 to Sun 23:59", "between 10pm
#: Saturday and 6am Sunday", "between 23:00 on 25 October and 03:00 on 26 October", "from 22:00 yesterday to 06:00 today")
_DAY_NAME = rf"(?:today|yesterday|(?:last\s+)?{_WEEKDAY}|{_DATE})"
_DAYED_CLOCK = rf"(?:(?:on\s+)?({_DAY_NAME})\s+(?:at\s+)?)?({_CLOCK})(?:\s+(?:on\s+)?({_DAY_NAME}))?"
_DAY_CLOCKS = re.compile(rf"\b(?:from|between)\s+{_DAYED_CLOCK}\s+(?:to|and|until|till|-)\s+{_DAYED_CLOCK}{_END}")
_PART_HOURS = re.compile(r"\bbetween\s+(\d{1,2})\s+and\s+(\d{1,2})\s+(this|yesterday)\s+(morning|afternoon|evening)\b")
#: Every phrase ``_special`` reads.
_SPECIAL = re.compile("|".join((_ISO_SINCE.pattern, _ISO_TS, _QUARTER.pattern, _TWO_DAYS.pattern, _SINCE_DATE_CLOCK.pattern,
                                _DAY_CLOCKS.pattern, _PART_HOURS.pattern, _AGO_RANGE.pattern, _YEAR.pattern)))



@dataclass(frozen=True)
class QuestionTime:
    """What a question's time words mean at the moment of asking, in the zone that applies.

    Attributes
    ----------
    time_range : TimeRange or None
        The first range, or None when the words could not be resolved (see ``notes``).
    zone : str
        The zone the clock words were read in: a zone named in the question ("08:00 UTC",
        "noon PT", ISO with Z), else the asker's.
    spans : tuple of (int, int)
        Where time words are in ``normalise_text(text)``, so a caller can read the rest.
    implicit_now : bool
        True when the question names no time and is read as "now" (a point-in-time question).
    notes : tuple of str
    """

    time_range: TimeRange | None
    zone: str
    spans: tuple[tuple[int, int], ...]
    implicit_now: bool = False
    notes: tuple[str, ...] = ()


def zone(tz: str) -> str:
    """``tz`` when it is a known IANA zone name; ValueError otherwise (callers turn it into a 4xx)."""
    _zone(tz)
    return tz


def _now_range(ctx: _Ctx, expression: str) -> TimeRange:
    return TimeRange(ctx.now - timedelta(seconds=NOW_SECONDS), ctx.now, expression, True, True)


def _iso(text: str) -> datetime:
    found = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def _named_day(word: str, ctx: _Ctx, after: date | None) -> date | None:
    """The day a word names in a clock range: a weekday is the latest one begun (or, for the range's end, the first on
    or after its start), a date its day; None when it names none."""
    word = word.strip()
    if word in ("today", "yesterday"):
        return ctx.today - timedelta(days=word == "yesterday")
    if re.fullmatch(rf"(?:last\s+)?{_WEEKDAY}", word):
        weekday = _weekday(word.split()[-1])
        if after is not None:
            return after + timedelta(days=(weekday - after.weekday()) % 7)
        return _recent_weekday(ctx, weekday, strictly_before_today=word.startswith("last"))
    found = _date(word, ctx)
    return found if isinstance(found, date) else None


def _day_clocks(m: re.Match[str] | None, ctx: _Ctx) -> TimeRange | None:
    """`_DAY_CLOCKS`: each end its own day and clock time; both clock times unambiguous, "24:00" the day's end."""
    if m is None or not (m[1] or m[3]) or not (m[4] or m[6]):
        return None
    a, b = _clock(m[2]), _clock(m[5])
    if not (a and b and a[2] and b[2]):
        return None
    first = _named_day(m[1] or m[3], ctx, None)
    last = _named_day(m[4] or m[6], ctx, first)
    if first is None or last is None:
        return None
    if ctx.at(first, a[0], a[1]) > ctx.now and re.fullmatch(_WEEKDAY, (m[1] or m[3]).strip()):
        first, last = first - timedelta(days=7), last - timedelta(days=7)  # "from Sat 22:00" asked Saturday morning
    start = ctx.at(first, a[0], a[1])
    end = min(ctx.at(last, 24 if m[5].startswith("24") else b[0], b[1]), ctx.now)
    return TimeRange(start, end, m[0], False, end >= ctx.now) if start < end else None


def _ago_range(m: re.Match[str] | None, ctx: _Ctx) -> TimeRange | None:
    """`_AGO_RANGE`: from the longer length back to the shorter one, in either order."""
    qa, qb = (_quantity(m["qa"]), _quantity(m["qb"])) if m else (None, None)
    if not (qa and qb) or qa[0] == qb[0]:
        return None
    seconds = UNIT_SECONDS[_UNIT_OF[m["unit"]]]
    if max(qa[0], qb[0]) * seconds > MAX_RANGE.total_seconds():
        return None
    far, near = (timedelta(seconds=q * seconds) for q in sorted((qa[0], qb[0]), reverse=True))
    return TimeRange(ctx.now - far, ctx.now - near, m[0], False, False)


def _year(m: re.Match[str] | None, ctx: _Ctx) -> TimeRange | None:
    """`_YEAR`: the calendar year in the asker's zone, up to now when it is the current one; a year to come is none."""
    if m is None or not 1970 <= int(m[1]) <= ctx.today.year:
        return None
    start, end = ctx.at(date(int(m[1]), 1, 1)), min(ctx.at(date(int(m[1]) + 1, 1, 1)), ctx.now)
    return TimeRange(start, end, m[0], False, end >= ctx.now)


def _special(norm: str, ctx: _Ctx) -> TimeRange | None:
    """Phrases the rule table does not cover: ISO timestamps, quarters, "on Saturday and Sunday"."""
    m = _ISO_RANGE.search(norm)
    if m:
        first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
        start, end = _iso(first).astimezone(UTC), min(_iso(second).astimezone(UTC), ctx.now)
        return TimeRange(start, end, m[0], False, end >= ctx.now) if start < end else None
    m = _ISO_SINCE.search(norm)
    if m:
        start = _iso(m[1]).astimezone(UTC)
        return TimeRange(start, ctx.now, m[0], False, True) if start < ctx.now else None
    m = _TWO_DAYS.search(norm)
    if m:
        first = _recent_weekday(ctx, _weekday(m[1]), strictly_before_today=False)
        second = _recent_weekday(ctx, _weekday(m[2]), strictly_before_today=False)
        if first <= second:
            end = min(ctx.at(second + timedelta(days=1)), ctx.now)
            return TimeRange(ctx.at(first), end, m[0], False, end >= ctx.now)
    m = _SINCE_DATE_CLOCK.search(norm)
    day = None
    if m and re.fullmatch(rf"(?:last\s+)?{_WEEKDAY}", m[1]):
        day = _recent_weekday(ctx, _weekday(m[1].split()[-1]), strictly_before_today=m[1].startswith("last"))
    elif m and isinstance(_date(m[1], ctx), date):
        day = _date(m[1], ctx)
    if m and day is not None and _clock(m[2]) and _clock(m[2])[2]:
        hour, minute, _ = _clock(m[2])
        start = ctx.at(day, hour, minute)
        if start >= ctx.now and re.fullmatch(_WEEKDAY, m[1]):  # "since Tuesday 6pm" asked Tuesday morning
            start = ctx.at(day - timedelta(days=7), hour, minute)
        return TimeRange(start, ctx.now, m[0], False, True) if start < ctx.now else None
    found = _day_clocks(_DAY_CLOCKS.search(norm), ctx)
    if found is not None:
        return found
    m = _PART_HOURS.search(norm)
    if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 12:
        pm = 0 if m[4] == "morning" else 12
        day = ctx.today if m[3] == "this" else ctx.today - timedelta(days=1)
        start, end = ctx.at(day, int(m[1]) % 12 + pm, 0), min(ctx.at(day, int(m[2]) % 12 + pm, 0), ctx.now)
        return TimeRange(start, end, m[0], False, end >= ctx.now) if start < end else None
    found = _ago_range(_AGO_RANGE.search(norm), ctx) or _year(_YEAR.search(norm), ctx)
    if found is not None:
        return found
    m = _QUARTER.search(norm)
    if m:
        q_start = date(ctx.today.year, 3 * ((ctx.today.month - 1) // 3) + 1, 1)
        if m[1] in ("this", "current"):
            return TimeRange(ctx.at(q_start), ctx.now, m[0], False, True)
        prev = _month_start(q_start.year, q_start.month - 3)
        return TimeRange(ctx.at(prev), ctx.at(q_start), m[0], False, False)
    return None


def _cut_zones(norm: str, zones: list[re.Match[str]]) -> tuple[str, tuple[list[int], list[int]]]:
    """``norm`` without the zone words of ``zones`` (their leading blank too), and the cuts: where each is in the
    text left and how much was cut up to it, for `_unshift_all`. One pass: a question of many "08:00 utc" is linear."""
    pieces, starts, totals, last, removed = [], [], [], 0, 0
    for m in zones:
        pieces.append(norm[last:m.start()])
        starts.append(m.start() - removed)
        removed += m.end() - m.start()
        totals.append(removed)
        last = m.end()
    return "".join(pieces) + norm[last:], (starts, totals)


def _unshift_all(span: tuple[int, int], cuts: tuple[list[int], list[int]]) -> tuple[int, int]:
    """``span`` of the text `_cut_zones` left, in the text before the cuts (a position at a cut is after it)."""
    starts, totals = cuts
    return tuple(p + (totals[i - 1] if (i := bisect_right(starts, p)) else 0) for p in span)  # type: ignore[return-value]


def read_time(text: str, now: datetime, tz: str = "UTC") -> QuestionTime:
    """The range a question is about, resolved at ``now`` in the zone its clock words are in.

    A zone written after a clock time ("since 08:00 UTC", "8am CET", "noon PT") replaces the
    asker's ``tz`` for the whole question; ISO timestamps carry their own offset. A question with
    no time words, or with "now", "currently", "atm", "is X up", is about the last five minutes.
    An unknown ``tz`` raises ValueError.
    """
    norm = normalise_text(text)
    zones = list(_ZONE_AFTER_CLOCK.finditer(norm))
    named = zones[0] if zones else None
    asked_zone = _ZONE_NAMES[named[1]] if named else tz
    ctx = _Ctx(_as_utc(now), _zone(asked_zone))
    spans = [m.span() for m in _SPECIAL.finditer(norm)]  # before the zone word is cut
    # read without the zone word, and without the same zone written after each clock time of a range ("between
    # 23:00 utc yesterday and 03:00 utc today"); positions after a cut are shifted back below
    zones = zones if all(_ZONE_NAMES[z[1]] == asked_zone for z in zones) else zones[:1]
    spans += [m.span(1) for m in zones]
    norm, cuts = _cut_zones(norm, zones)
    spans += [_unshift_all(span, cuts) for span in time_expression_spans(norm)]
    if len(zones) > 1:  # a phrase only the cuts let read ("between 23:00 yesterday and 03:00 today")
        spans += [_unshift_all(m.span(), cuts) for m in _SPECIAL.finditer(norm)]
    notes: tuple[str, ...] = ()
    try:
        found = _special(norm, ctx)
    except (OverflowError, ValueError):
        found, notes = None, ("time out of range",)
    if found is None and not notes:
        parsed = _parse_all(norm, ctx.now, asked_zone, first_only=True)
        if parsed:
            found, notes = parsed[0].time_range, parsed[0].notes
    now_words = list(_NOW.finditer(norm))
    spans += [_unshift_all(m.span(), cuts) for m in now_words if not m[0].startswith(("is ", "are "))]
    implicit = False
    # a zone written after a clock time no rule read ("10 to 11 utc") says a time was named: it was not read
    unread = (_CLOCK_WORD.search(norm) or _DAY_WORD.search(norm) or _TIME_NAMED.search(norm)
              or (None if now_words else _HOUR_RANGE.search(norm)) or named) \
        if found is None and not notes else None
    if unread:
        # a clock time or a part of a day no rule could read ("between 1 and 3am" in a wording the rules miss,
        # "during the morning rush"): the question is about some time, not now, so it must not be compared as "now"
        notes = (f"time not understood: '{unread[0]}'",)
    if found is None and not notes:
        implicit = not now_words
        found = _now_range(ctx, now_words[0][0] if now_words else "")
    if named:
        notes += (f"clock times read in {asked_zone} ('{named[1]}')",)
    return QuestionTime(found, asked_zone, tuple(sorted(spans)), implicit, notes)
