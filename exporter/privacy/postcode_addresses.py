"""A street address whose postcode's shape names its country, taken without a person named before it.

`street_addresses` takes an address only after a person's redacted data on its line, because a street, a number, a
postcode and a town are also how a company's seat or a workshop's delivery address is written. That misses the
addresses people write of themselves, in every writer's set from batch 20 on: `I'm at 3 Cardigan Lane, Leeds LS6
1DX`, `confirmed her shipping address as 27 Lindley Road, Huddersfield HD3 3AT`, `(home 88 Orchard St, Dayton OH
45402)`, `Kuv chaw nyob yog 1047 Arcade St, Saint Paul, MN 55106` (round 28: 19 lines of batches 20-28 the round start
left, none of them after a redacted name).

Two things together say a person's address rather than any number and words: the English-speaking countries' order
(the house number, a street's name ending in a street-type word, a comma, the town) and a postcode of a shape no
other ops text has: a UK postcode (`LS6 1DX`), a US state's code and its ZIP code (`OH 45402`), or an Australian or New
Zealand town then its four digits (`Glebe NSW 2037`, `Auckland 2022`). Bare five-digit postcodes (Europe's) stay with
the person-gated rules: a workshop's `Spinnereistraße 7, 04179 Leipzig` is written the same way (batch 18). A
company's seat is still told by what stands before the street on its line: a legal form or a signature's separators
(`street_addresses._EMPLOYER`), a site's word (`_SITE`), or the words a business uses of itself (`_BUSINESS`).

The pattern opens at the comma before the town (a literal, so the rule costs a substring scan on text without one)
and the street is read back from there in a window of `_BACK` characters, so the rule is linear in the text.
"""

from __future__ import annotations

import re

from exporter.privacy.street_addresses import (
    _EMPLOYER,
    _NAMED_ENDS,
    _SITE,
    _TOWN,
    _UK_POSTCODE,
    _US_STATES,
    _WORD,
)

Span = tuple[int, int]

_BACK = 80
# The US Postal Service's codes of its territories, beside the states' (`Hagåtña, GU 96910`).
_US_CODES = _US_STATES + "|GU|PR|VI|AS|MP"
_AU_STATES = "NSW|VIC|QLD|SA|WA|TAS|NT|ACT"
# After the street's comma: at most one segment (a suburb, `Roysambu,`), the town, then the postcode; a UK postcode
# may stand without its town (`3 Ecclesall Rd, S11 8HY`); four digits only after a town (`Auckland 2022`).
STANDALONE_ADDRESS = (
    r",[ \t]+(?:(?P<seg>[^,\n<]{1,30}),[ \t]+)?"
    r"(?:(?:(?P<town>" + _TOWN + r"),?[ \t]+)?(?P<post>" + _UK_POSTCODE + r"|(?:" + _US_CODES + r")[ \t]+\d{5}(?:-\d{4})?)"
    r"|(?P<autown>" + _TOWN + r")[ \t]+(?:(?:" + _AU_STATES + r")[ \t]+)?\d{4})"
    r"(?![\w’-])"
)
STANDALONE_ADDRESS_NEEDLES = (",",)
# The street ending where the comma stands: a house number (or a flat's and a house's, `12/48`), then its name's
# words, the last of them a street-type word (`Lane`, `St`), and a US flat after it (`Unit 3`).
_STREET_BEFORE = re.compile(
    r"(?<![^\W_])(?P<num>\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?)[ \t](?P<named>(?:" + _WORD + r"[ \t]){0,3}" + _WORD + r")"
    r"(?:[ \t](?:Apt|Unit|#)\.?[ \t]?[A-Za-z0-9]{1,5})?\Z"
)
# Words a business uses of itself before its own address (`Marrowfield Seed Co-op, 4 Mill Lane, ...`, `Registered
# address:`): the company's published address is nobody's personal data.
_BUSINESS = re.compile(
    r"(?i)(?<![^\W\d_])(?:co-?op(?:erative)?|co-operative|company|business|shop|store|showroom|registered)"
    r"(?![^\W\d_])"
)


def _street(text: str, start: int, end: int) -> int | None:
    """Where a street ending at `end` starts, searched from `start`, when its last word is a street-type word."""
    m = _STREET_BEFORE.search(text, start, end)
    if m is None or m["named"].split()[-1].lower() not in _NAMED_ENDS:
        return None
    return m.start()


def pick_standalone_address(m: re.Match, text: str, floor: int) -> Span | None:
    """The address from its house number to its postcode, when the street is read back from the comma (or from the
    end of what the pattern took for a segment: `the 9th of March 1968, and I'm at 3 Cardigan Lane, Leeds LS6 1DX`)
    and nothing before it on the line says the address is a company's or a site's."""
    line = max(text.rfind("\n", 0, m.start()) + 1, floor)
    start = _street(text, max(line, m.start() - _BACK), m.start())
    if start is None and m["seg"] is not None:
        start = _street(text, m.start("seg"), m.end("seg"))
    if start is None:
        return None
    before = text[line:start]
    if _EMPLOYER.search(before) or _SITE.search(before) or _BUSINESS.search(before):
        return None
    return start, m.end()
