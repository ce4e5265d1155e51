"""Whether the words around a value are a sentence of another language, not English ops prose.

Round 28 (issue 13, review R2 and R3 of redcred5). A value handed over in a language no list holds has only its
sentence to say so, and one word missing from the English list says little: ops prose is full of tools', vendors'
and fields' names and abbreviations no list holds (`sidekiq jid <id>`, `youtube <id>`, `OTP 482913 reqs`). So a run
of words counts as another language's when a word of it is written in another script or with letters English does
not use (`серсүз`, `nyaéta`, `पठौलक`), or when at least two of its words of four letters or more with a vowel, and more
than half of those, are no English word nor one inflected from an English word (`ezali`, `ngai`, `tigusara`; `queued`
and `embeds` are English; `vid`, `apm`, `msgs` abbreviations).
"""

from __future__ import annotations

import re

from exporter.privacy.person_names import english_word

_WORD = re.compile(r"[^\W\d_]+")
_INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"))
_LEAST_FOREIGN = 2
# Words of three letters or fewer, or with no vowel, are read as abbreviations (`vid`, `apm`, `msgs`, `rcvd`: review
# R5), not as words of a language: only the others are counted.
_SHORTEST = 4
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_ID_WORD = re.compile(r"([a-z]{4,})ids?")
_LONGEST_GLUED = 40  # letters: two or three words of a name, far past the longest English word
_PART = 4  # (a glued word's parts: shorter words split other languages' words, `pa+sword`, `co+dice`, `dub+are`)


def english(word: str) -> bool:
    """An English word, or one inflected from it (`queued`, `embeds`): the list holds lemmas mostly."""
    if not word.isascii():
        return False
    low = word.lower()
    stems = [low] + [low[: -len(end)] + add for end, add in _INFLECTIONS if low.endswith(end) and len(low) > len(end) + 2]
    return any(english_word(stem) for stem in stems) or glued(low)


def glued(low: str) -> bool:
    """English words glued as code and brands name things (`clientsecret`, `pagerduty`, `videoid`): two English
    words of four letters or more, or one and the `id` an identifier's name ends in (review R5 of round 28: `youtube
    videoid <id>` read as two words of another language, and the id after them as a password handed over)."""
    if len(low) > _LONGEST_GLUED:
        return False  # (each split is looked up: a 20 KB run of letters after `OTP <code>` made it quadratic)
    id_word = _ID_WORD.fullmatch(low)
    if id_word is not None and english_word(id_word[1]):
        return True
    return any(english_word(low[:i]) and english_word(low[i:]) for i in range(_PART, len(low) - _PART + 1))


def another_language(words: list[str]) -> bool:
    """`words` (a few words of a sentence, in order) read as another language's (the module's doc)."""
    if any(not w.isascii() for w in words):
        return True
    full = [w for w in words if len(w) >= _SHORTEST and _VOWEL.search(w)]
    foreign = sum(not english(w) for w in full)
    return foreign >= _LEAST_FOREIGN and 2 * foreign > len(full)


def words_before(text: str, a: int, most: int = 8, look: int = 80) -> list[str]:
    """The last `most` words before `a` on its line."""
    lo = max(text.rfind("\n", max(0, a - look), a) + 1, a - look, 0)
    return _WORD.findall(text, lo, a)[-most:]


def words_after(text: str, b: int, most: int = 8, look: int = 80) -> list[str]:
    """The first `most` words after `b` on its line."""
    newline = text.find("\n", b, b + look)
    return _WORD.findall(text, b, newline if newline >= 0 else min(len(text), b + look))[:most]
