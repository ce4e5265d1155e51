"""A memorable password by its shape: two or three words joined, then a few digits, then one typed symbol.

Round 26 (issue 13). Writers 25 and 26 hand over passwords of the shape a password manager's "memorable" generator
and a person obeying a password policy both write: dictionary words, capitalised and joined by `.`, `_`, `-` or
`!`, then one to four digits, then one symbol (`Tundra_Birch9331#`, `Glacier.saffron97!`, `Prism-Marigold7822^`,
`Lantern!Quartz7236!`), in a sentence of a language no list holds (Sardinian, Chichewa, Tongan, Tswana, Luganda,
Oromo, Scottish Gaelic). `typed_passwords` leaves them on purpose: words joined by symbols are a title's or a
shortcut's parts there (`Fix#42&Retry!Now`, `Ctrl+Shift+I`). What no title or shortcut does is end its last word
in digits and then one symbol, which is the policy's "a digit and a symbol" put where people put it, at the end.
No count of digits is chosen: they are whatever the policy made the person add. Left out (round 26 review R1):
words glued by case with no separator (`HighCpu90%`, `PlayStation5!`, `ReleaseTrain7!`: products, alert rules and
cheers name themselves so); `%`, `$` and `+` after digits (a share, an amount, a version "or later":
`Windows-Server2019+`, `Ubuntu-Server2204+`); `!` after one digit or a year (`Release-Train7!`, `Hack-Week2024!`
cheer); a setting's name before `=` and its value (`pin-sha256="..."`: a capital must open the first word, the `=`
must end the token).
"""

from __future__ import annotations

import re

from exporter.privacy.rule_engine import make_rule

Span = tuple[int, int]

# A capitalised word of three letters or more; a second (and a third) after a separator; the digits;
# the symbol; then the token ends (a sentence's `,;.)` may follow).
MEMORABLE_PASSWORD = (
    r"(?<![^\s\"'`(])(?P<val>[A-Z][a-z]{2,}(?:[._!-][A-Za-z][a-z]{2,}){1,2}"
    r"(?P<digits>\d{1,4})(?P<symbol>[!#^&*=~]))(?=[\s,;.)\]]|[\"'`](?![\w=])|\Z)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# (the rule reads only a text where a letter, digits and the symbol meet: most ops text has none)
GATE = re.compile(r"[a-z]\d{1,4}[!#^&*=~]")


def pick_memorable_password(m: re.Match, text: str, floor: int) -> Span | None:
    """The value unless its end reads as a cheer (the module's doc)."""
    if m["symbol"] == "!" and (len(m["digits"]) < 2 or _YEAR.fullmatch(m["digits"])):
        return None  # (`Release-Train7!`, `Hack-Week2024!`)
    return m.span("val")


RULE = make_rule("password", MEMORABLE_PASSWORD, gate=GATE.search, pick=pick_memorable_password, cased=True)
