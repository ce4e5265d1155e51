"""Patterns headed by a word run (``\\b[a-z][\\w.-]*\\s+up``) matched in linear time, with exactly ``re``'s matches.

Why: ``re`` tries a pattern at every position. A head such as ``[a-z][\\w.-]*`` eats the rest of the dotted word it
starts in before the pattern's tail can fail, and ``\\b`` holds after every dot, so a 20 KB word ``a.a.a...`` is read
once per dot: quadratic (15 s for one question). Starting the head only at a word's first character (a lookbehind)
is linear but changes matches: a word whose first character cannot start one (``.net``, ``9.x="v"``) and a search that
resumes inside a word after a match (``x in.y up``) let ``re`` start after a dot.

The exact start rule: where the head may start, and the run of characters it reads, are given with the pattern.
For a start ``p`` inside a run ending at ``e``, whether the head branch matches depends only on whether some end
``r`` in ``(p, e]`` suits what follows the head, which reads the text from ``r`` on and never the head's start. So
if the head fails at one start, it fails at every later start of the same run, and ``re`` would spend a scan to the
run's end on each of them. The scanner tries the head once per run (at the first start at or after where the search
resumes), jumps to the run's end when it fails, and takes every match from the unchanged pattern itself at the
position found, so spans, groups and the order of alternatives are ``re``'s. Each use states why its head has that
property; ``bench/word_run_equality.py`` and ``tests/test_word_runs.py`` compare it with ``re`` on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_UNSET = object()


class WordRunPattern:
    """``before|head`` as ``re`` reads it, found without retrying ``head`` inside a run it already failed in.

    Parameters
    ----------
    head : str
        The branch headed by a run (``\\b(?P<a>[a-z][\\w.-]*)\\s*->...``); it must not match the empty string.
    start : str
        A pattern matching one character at every position where ``head`` can begin (``\\b[a-z]``).
    run : str
        A pattern matched at a start where ``head`` failed (``[\\w.-]*``): ``head`` must fail at every start
        before the end of that match as well (the run the head reads, whose end decides a match).
    before : str, optional
        Branches that the pattern tries before ``head`` at each position (``re`` reads ``before|head``); they are
        searched as written, so they must be linear on their own (anchored by a keyword).
    flags : int
        ``re`` flags, for every part.
    scan_from : int
        A text with this many non-blank characters in a row is scanned; any other goes to ``re`` as it is, whose
        retries then cost at most that stretch each (``run`` never reads a blank), and whose per-match cost is a
        fifth of the scanner's Python loop on texts dense with matches ("web-01 web-02 ..."). 32: a 20 KB text of
        31-character dashed words then costs the reader no more than other 20 KB texts (round 15, engineer qlin).
    """

    def __init__(self, head: str, *, start: str, run: str, before: str | None = None, flags: int = 0,
                 scan_from: int = 32) -> None:
        self.parts = {"head": head, "start": start, "run": run, "before": before, "flags": flags,
                      "scan_from": scan_from}
        self._long = re.compile(rf"(?<!\S)\S{{{scan_from}}}")  # tried at word starts only: one pass
        self.pattern = re.compile(head if before is None else f"{before}|{head}", flags)
        self._head = re.compile(head, flags)
        self._before = re.compile(before, flags) if before is not None else None
        self._start = re.compile(start, flags)
        self._run = re.compile(run, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``self.pattern.finditer(text)`` gives, in order (each from ``self.pattern.match``)."""
        if not self._long.search(text):
            yield from self.pattern.finditer(text)
            return
        pos, dead = 0, 0  # the search resumes at pos; the head fails at every start before dead
        other: re.Match[str] | None | object = _UNSET  # the first match of ``before`` at or after pos
        start: re.Match[str] | None | object = _UNSET  # the first possible head start at or after its search point
        start_from = 0
        while pos <= len(text):
            if self._before is None:
                other = None
            elif other is _UNSET or other is not None and other.start() < pos:
                other = self._before.search(text, pos)
            limit = other.start() if other is not None else len(text) + 1
            found, p = None, max(pos, dead)
            while p < limit:
                if start is _UNSET or start_from > p or start is not None and start.start() < p:
                    start, start_from = self._start.search(text, p), p
                if start is None or start.start() >= limit:
                    break
                q = start.start()
                if self._head.match(text, q):
                    found = q
                    break
                run = self._run.match(text, q)
                dead = p = max(q + 1, run.end() if run else q)  # every later start of this run fails too
            if found is None and other is None:
                return
            # before the other branches' first match only the head can match; at it, they come first (as in re)
            m = self.pattern.match(text, found if found is not None else other.start())
            if m.end() == m.start():
                raise ValueError(f"{self.pattern.pattern!r} matched the empty string; re resumes differently then")
            yield m
            pos = m.end()

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``self.pattern.sub(repl, text)``."""
        out, last = [], 0
        for m in self.finditer(text):
            out += [text[last:m.start()], repl(m) if callable(repl) else m.expand(repl)]
            last = m.end()
        out.append(text[last:])
        return "".join(out)
