"""Whether words in a script other than Latin read as a person's name by their form alone, where the place around
them already says a person (a chat line's speaker column).

No list holds the names people write in their own script in most of the world's scripts (`প্ৰাঞ্জল বৰুৱা`,
`Италмас Шутова`, `ਹਰਪ੍ਰੀਤ ਕੌਰ`), so the form is read: two or three words of one script (a role or a system is one
word, `Оператор`, `فروشگاه`, or mixes a Latin brand in, `Cruxline Улаанбаатар`), each capitalised where the script has
case (`Часова лінія` is a label). Latin words are the name lists' business (`person_words_listed`), never read here.
"""

from __future__ import annotations

import unicodedata


def reads_as_script_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 3:
        return False
    scripts = {script_of(w) for w in words}
    if len(scripts) != 1 or None in scripts or "LATIN" in scripts:
        return False
    return all(w[0].lower() == w[0].upper() or w[0].isupper() for w in words)


def script_of(word: str) -> str | None:
    """The one script a word's letters are written in (`CYRILLIC`, `BENGALI`), None if it mixes them or has none."""
    found = None
    for c in word:
        if not c.isalpha():
            continue
        script = unicodedata.name(c, "?").split(" ")[0]
        if found not in (None, script):
            return None
        found = script
    return found
