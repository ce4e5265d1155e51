"""Whether a word a person writes is a short form of one part of a hyphenated name ("gw" for gateway in ocpp-gateway).

People write a service's id apart and shorten a part of it: "OCPP gw" for ocpp-gateway, "roam hub" for
roaming-hub, "tolvane sched" for tolvane-scheduler. A part is shortened in three ways only, each told apart from a
word that is another thing by its shape, not by a list of names:

* cut short: the word is the part's start, and what is cut off is an inflection ("roam" + "ing", "alert" + "s"), or
  the word is a clipping no dictionary has and the rest no word either ("sched" + "uler", "notif" + "ications"); a
  word left over ("web" + "hook", "gate" + "way", "ald" + "grave") makes the part a compound of two words, and its
  first word alone is another name, as a dictionary word cut short is ("cat" is no catalog, "sub" no subscription);
* inflected: the part is the word's start, and the rest is an inflection ("roam" / "roaming", "pager" / "pagers"),
  not a derivation ("payer", "streamer", "sender", "portal" are other things);
* abbreviated: two letters, no word of the language, the first letters of the two words the part is made of ("gw":
  gate + way). Other letters of a part in order are no abbreviation: "pkg" fits package and parking, "ctl" control and
  catalog, "gy" any part with a g and a y (round 17's review, F10); such short forms are the org's alias table's.

Only a name with every part so written next to each other, in its order, and at least one part written whole, is
joined (`detectors.query_compare`): "checkout" alone is never checkout-canary. Pure functions, no I/O.
"""

from __future__ import annotations

from detectors.word_lists import is_word

__all__ = ["clipped", "short_form", "written_out"]

#: Inflections: endings that make a word another form of the same word ("ing" is in the word list). Not the endings
#: that derive another word ("er", "ion", "ment", "al": a payer, a streamer, a portal are other things than pay,
#: stream, port: round 17's review, F5).
_ENDINGS = frozenset({"s", "es", "ed", "ing", "ings"})


def _abbreviates(word: str, part: str) -> bool:
    """Two letters, no word, the first letters of the two words the part is made of ("gw": gate + way)."""
    if len(word) != 2 or word[0] != part[0] or is_word(word):
        return False
    return any(part[i] == word[1] and is_word(part[:i]) and is_word(part[i:]) for i in range(3, len(part) - 2))


def short_form(word: str, part: str) -> bool:
    """True when ``word`` is ``part`` cut short, inflected or abbreviated (module docstring); both lower case
    letters. Equal words are not short forms (the caller matches those first)."""
    if word == part or not (word.isalpha() and part.isalpha()):
        return False
    if part.startswith(word):
        rest = part[len(word):]
        # a word of its own cut short stands for more only before an inflection ("roam" + "ing"); "cat" is no catalog
        return len(word) >= 3 and (rest in _ENDINGS or not (is_word(rest) or is_word(word)))
    if word.startswith(part):
        return len(part) >= 3 and word[len(part):] in _ENDINGS
    return _abbreviates(word, part)


def clipped(word: str, part: str) -> bool:
    """True when ``word`` is a short form of ``part`` by a cut ("prod" for product, "sched" for scheduler) or by two
    letters ("gw"), not by an inflection ("roam" / roaming, "pagers" / pager): an inflected word is the part written
    out, a clipping is a guess from its shape ("prod api" is production's api as often as product-api's: round 20's
    review, R1)."""
    if not short_form(word, part):
        return False
    return not (word.startswith(part) or (part.startswith(word) and part[len(word):] in _ENDINGS))


def written_out(word: str, part: str) -> bool:
    """True when ``word`` is ``part`` itself or inflected ("roam" / roaming, "loans" / loan): the part written out. A
    stem the two share is not enough: "production" and product, "notif" and notification stem alike (review R1)."""
    return word == part or any(a.startswith(b) and a[len(b):] in _ENDINGS for a, b in ((word, part), (part, word)))
