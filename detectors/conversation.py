"""Conversational turns: what a person says to the assistant that is not a question about their systems.

"ok", "thanks, that fixed it", "tl;dr", "go on" are signals (an acknowledgement, a wish for less or
more detail) and never questions: counted as questions they became knowledge gaps ("write a guide
for 'Ok that worked'"), habits and the top entry of an org's top questions. A turn is classified
by its words alone, in order:

``less_detail``   asks for a shorter answer ("tl;dr", "summarise please", "too long")
``more_detail``   asks for more of the same answer ("explain more", "go on", "why?")
``ack``           thanks, acknowledges or reports success, and carries nothing else
``question``      anything else

A short turn is conversational only when nothing about systems is left in it once the
conversational words are taken out: "thanks, why is checkout slow" is a question. A style request
appended to a real question ("p95 of checkout (keep it brief)") leaves a question and a
``less_detail`` signal (`style_request`). Pure, no I/O.
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "classify", "style_request"]

KINDS = ("question", "ack", "more_detail", "less_detail")
MAX_WORDS = 9  # a conversational turn is short; a long message is a question even with "thanks" in it

_LESS = re.compile(
    r"\b(tl;?\s?dr|brief(ly)?|short(er| version| answer)?|gist|nutshell|summar(y|ise|ize)|in (one|a) "
    r"(line|sentence|word)|one[- ]liner?|bullet(s| points?)?|concise|no essay|too (long|wordy|verbose|much)|"
    r"wall of text|less detail|verbose|wordy|lengthy|just (give me )?the (answer|number|facts))\b",
    re.I,
)
_MORE = re.compile(
    r"\b(explain|elaborate|expand|more (detail|depth|info)|in (more )?depth|deeper|go on|keep going|continue|"
    r"tell me more|say more|unpack|step[- ]by[- ]step|walk me through|details?|why( though| so| is that)?|"
    r"how come|and then|what else)\b",
    re.I,
)
#: Words a turn may consist of and still say nothing about anyone's systems.
_CHAT_WORDS = (
    "ok okay k kk okey alright all right fine sure yes yeah yep yup no nope nah np hmm hm ah oh ooh wow "
    "lol haha thanks thank thx ty tysm tyvm cheers ta thankyou much so very lot really many a the you u "
    "it that this those these is was are were be been works worked working work fixed fix fixes solved "
    "sorted resolved done did do does trick helped helps help helpful useful great perfect cool nice good "
    "awesome amazing excellent brilliant lovely super neat sweet splendid fantastic wonderful appreciated "
    "appreciate appreciate understood understand makes make sense clear got get gotcha roger noted copy "
    "one mate man guys all again now just exactly indeed right correct true agreed for me my i i'm im we "
    "our that's thats it's its please pls plz and but then well bye later see cya have day ok. bingo yay "
)
_CHAT = frozenset(_CHAT_WORDS.split())
_WORD = re.compile(r"[a-z0-9][a-z0-9'._-]*", re.I)
_TRAILING_STYLE = (
    re.compile(r"\s*[\(\[]([^)\]]{1,60})[\)\]]\s*$"),  # "... (keep it brief)"
    re.compile(r"(?:\s+[-–—]|[,;:])\s*([^,;:()]{1,40})$"),  # "... - tl;dr", "..., short answer"
)


def classify(text: str) -> str:
    """The kind of one turn (see module docstring)."""
    t = text.strip()
    words = _WORD.findall(t.lower())
    if not words:
        return "ack"  # emoji, punctuation: a reaction, not a question
    if len(words) > MAX_WORDS:
        return "question"
    rest = [w for w in words if w.strip("'.") not in _CHAT]
    if _LESS.search(t):
        left = _LESS.sub(" ", t.lower())
        if not [w for w in _WORD.findall(left) if w not in _CHAT and w not in _FILLER]:
            return "less_detail"
    if _MORE.search(t):
        left = _MORE.sub(" ", t.lower())
        if not [w for w in _WORD.findall(left) if w not in _CHAT and w not in _FILLER]:
            return "more_detail"
    return "ack" if not rest else "question"


#: Words that only carry a request's grammar ("can you ... a bit", "what does that mean in ...").
_FILLER_WORDS = (
    'can could would will you someone please pls a bit bit little more less on about over into in to of '
    'it that this me us give keep make put what does mean meaning only with without too way version '
    'answer again further dig overly would have been nicer better '
)
_FILLER = frozenset(_FILLER_WORDS.split())


def style_request(text: str) -> tuple[str, str | None]:
    """A question with a trailing style request split off: ``(question, "less_detail" | "more_detail" | None)``."""
    for pattern in _TRAILING_STYLE:
        m = pattern.search(text)
        if m:
            kind = classify(m.group(1))
            head = text[: m.start()].strip()
            if kind in ("less_detail", "more_detail") and head:
                return head, kind
    return text, None
