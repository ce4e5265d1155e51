"""A person's street address whose postcode's shape names its country, where no name was redacted right before it.

`street_addresses` takes an address only right after a person's redacted data, because a street, a number, a postcode
and a town are also how a company's seat, a venue, a site or a test fixture is written. That misses the addresses
people write of themselves or a clerk writes of a customer further along the line: `confirmed her shipping address as
27 Lindley Road, Huddersfield HD3 3AT`, `(home 88 Orchard St, Dayton OH 45402)`, `the owner's home address, 41
Belvedere Road, Bristol BS6 7JL`, `the delivery address 16 Bussell Highway, Cowaramup WA 6284`, `-- address: 9 Kelham
Square, Sheffield S3 8SD; dob <date of birth>` (round 28: lines of batches 20, 21, 25, 27 and 28).

Three things must hold together. The shape: the English-speaking countries' order (the house number, a street's name
ending in a street-type word, a comma, the town) and a postcode no other ops text has (a UK postcode `LS6 1DX`, a US
state's code and ZIP code `OH 45402`, an Australian or New Zealand town and its four digits `Cowaramup WA 6284`). Bare
five-digit postcodes (Europe's) stay with the person-gated rules. The owner: the line says the address is a person's,
either by their other redacted data near it (a name, phone, id, card, IBAN or birth date; not an e-mail alone, which a
team's mailbox is too) or by a person's words right before the street (`_PERSONS`: `her shipping address as`, `(home`,
`lives at`, `I'm at`; review R5: a word further back owns a team, a page or a desk). A venue's, a department's, a site's or a fixture's address has neither (review R1:
`The conference venue is 747 Howard St, San Francisco CA 94103`, `Test fixture uses 221B Baker Street, London NW1
6XE`). And nothing before the street says a company's or a site's (`EMPLOYER`, `SITE`, `_BUSINESS`).

The pattern opens at the comma before the town (a literal, so the rule costs a substring scan on text without one)
and the street is read back from there in a window of `_BACK` characters, so the rule is linear in the text.
"""

from __future__ import annotations

import re

from exporter.privacy.street_addresses import (
    AU_TOWN_POSTCODE,
    EMPLOYER,
    NAMED_ENDS,
    SITE,
    STREET_WORD,
    TOWN,
    UK_POSTCODE,
    US_STATES,
)

Span = tuple[int, int]

_BACK = 80
# How far the line is read around the address for a person's or a company's word and a person's data: a long line's
# far end is another record's (and reading a whole line per comma made a line of commas quadratic).
_AROUND = 200
# The US Postal Service's codes of its territories, beside the states' (`Hagåtña, GU 96910`).
_US_CODES = US_STATES + "|GU|PR|VI|AS|MP"
# After the street's comma: at most one segment (a suburb, `Roysambu,`), the town, then the postcode; a UK postcode
# may stand without its town (`3 Ecclesall Rd, S11 8HY`); four digits only after a town (`Auckland 2022`).
STANDALONE_ADDRESS = (
    r",[ \t]+(?:(?P<seg>[^,\n<]{1,30}),[ \t]+)?"
    r"(?:(?:(?P<town>" + TOWN + r"),?[ \t]+)?(?P<post>" + UK_POSTCODE + r"|(?:" + _US_CODES + r")[ \t]+\d{5}(?:-\d{4})?)"
    r"|" + AU_TOWN_POSTCODE + r")"
    r"(?![\w’-])"
)
STANDALONE_ADDRESS_NEEDLES = (",",)
# The street ending where the comma stands: a house number (or a flat's and a house's, `12/48`), then its name's
# words, the last of them a street-type word (`Lane`, `St`), and a US flat after it (`Unit 3`).
_STREET_BEFORE = re.compile(
    r"(?<![^\W_])(?P<num>\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?)[ \t]"
    r"(?P<named>(?:" + STREET_WORD + r"[ \t]){0,3}" + STREET_WORD + r")"
    r"(?:[ \t](?:Apt|Unit|#)\.?[ \t]?[A-Za-z0-9]{1,5})?\Z"
)
# Words a business uses of itself before its own address (`Marrowfield Seed Co-op, 4 Mill Lane, ...`, `Registered
# address:`): the company's published address is nobody's personal data.
_BUSINESS = re.compile(
    r"(?i)(?<![^\W\d_])(?:co-?op(?:erative)?|co-operative|company|business|shop|store|showroom|registered)"
    r"(?![^\W\d_])"
)
# A person's redacted data near the address on its line: their name, phone, id, card, IBAN or birth date (not an e-mail
# address alone: a team's mailbox is written the same way, review R5).
_PERSONAL_DATUM = re.compile(
    r"<redacted:(?:person_name|phone|national_id|date_of_birth|card_number|iban)>"
)
# Right before the street, the words that make the address a person's (review R5: a word further back owns a team, a
# page or a desk, `My team's standup is in the room at`, `Home page banner shows the old address`): a person's
# address or home (`her shipping address as`, `the owner's home address,`, `(home `, `the delivery address`), where
# one lives or is (`lives at`, `I'm at`), each with at most three linking words after it (`changed to`, `is now`).
_PERSONS = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:my|her|his|their|[^\W\d_]+['’]s)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:address|home|flat|house)"
    r"|(?:shipping|billing|delivery|postal|mailing|home|residential)[ \t]+address|(?:lives?|living|i[ \t]+live)[ \t]+at"
    r"|i['’]m[ \t]+at|i[ \t]+am[ \t]+at|\(home)"
    r"(?:[ \t]+(?:is|was|as|to|now|changed|confirmed|at)){0,3}[ \t]*[:,]?[ \t]*\Z"
)


def _street(text: str, start: int, end: int) -> int | None:
    """Where a street ending at `end` starts, searched from `start`, when its last word is a street-type word."""
    m = _STREET_BEFORE.search(text, start, end)
    if m is None or m["named"].split()[-1].lower() not in NAMED_ENDS:
        return None
    return m.start()


def pick_standalone_address(m: re.Match, text: str, floor: int) -> Span | None:
    """The address from its house number to its postcode, when the street is read back from the comma (or from the
    end of what the pattern took for a segment: `the 9th of March 1968, and I'm at 3 Cardigan Lane, Leeds LS6 1DX`),
    the line says whose it is, and nothing before it says a company's or a site's (both read within `_AROUND`
    characters)."""
    reach = max(floor, m.start() - _AROUND)
    line = text.rfind("\n", reach, m.start()) + 1 or reach
    start = _street(text, max(line, m.start() - _BACK), m.start())
    if start is None and m["seg"] is not None:
        start = _street(text, m.start("seg"), m.end("seg"))
    if start is None:
        return None
    before = text[line:start]
    if EMPLOYER.search(before) or SITE.search(before) or _BUSINESS.search(before):
        return None
    end = text.find("\n", m.end(), m.end() + _AROUND)
    owned = _PERSONS.search(text, max(line, start - 60), start)
    if owned is None and _PERSONAL_DATUM.search(text, line, m.end() + _AROUND if end < 0 else end) is None:
        return None
    return start, m.end()
