"""A person's street address with no label before it, found by its structure and by whose it is.

A full postal address has a shape no other ops text has in one piece: a street (a street-type word such as
`ul.`, `Via`, `Rua`, `...straße`, `gate`), its house number, a comma, a postcode and its town
(`ul. Zabłocie 9/12, 30-701 Kraków`, `Rua XV de Novembro 1299, apto 804, 80060-000 Curitiba`). The shape alone
does not say the address is a person's: a company's seat in a signature or a workshop's delivery address is
written the same way and is ordinary text (round 17's structure rule lost such lines). So the address is taken
only when a person was just named before it on the same line (the name already redacted): `rented to <name> ...
visit booked at <address>`, `| <name> | <e-mail> | <address> |`, `name = "<name>", street = "<address>"`.
A signature's separators (` — `, ` · `) or a company's legal form between the name and the address say the
address is the employer's, and it stays. Round 21: the person's other redacted data (e-mail, phone, IBAN, card, id,
birth date) names them too, when the address is the record's next field after it or written just before it on the
line (`ADDRESS_BEFORE_PERSON`), and no site's word (an office, a data centre, a router) says it is a place of work.

The pattern opens right after the placeholder (its needle gates the rule), reads at most `_GAP` characters to the street and bounded
runs after it, so the cost per placeholder is fixed and the rule is linear in the text.
"""

from __future__ import annotations

import re

from exporter.privacy.legal_forms import alternation

Span = tuple[int, int]

_GAP = 80
# A word of a street's name: letters first, no space, comma or digit (`Karl-Heine-Straße`, `ul.`, `XV`).
_WORD = r"[^\W\d_][^\s,\d<]{0,30}"
_TOWN = r"[^\W\d_][\w’-]{1,30}(?:[ \t][A-ZÀ-ÞΑ-Ω][\w’-]{1,30})?"  # (`São Paulo`, `Victoria Island`)
# A UK postcode: its outward code, then the inward code's digit and two letters of Royal Mail's alphabet (never C, I,
# K, M, O, V), and not a size's or a unit's letters (`M2 8GB`, `C5 4XL`: an instance, review R7).
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d(?!GB|TB|PB|XL|XS)[ABD-HJLNP-UW-Z]{2}"
_US_STATES = ("A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT"
              "|V[AT]|W[AIVY]")
# An Australian or New Zealand town and its four-digit postcode, the state's code between (`Tanunda SA 5352`).
_AU_TOWN_POSTCODE = r"(?P<autown>" + _TOWN + r")[ \t]+(?:(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+)?\d{4}"
# A person's data already redacted just before: their name, or their e-mail, phone, account, card, id or birth date
# (`| <phone> | 14 Adeola Odeku Street, ...`, `<iban>, heimili Breiðumörk 21, 810 Hveragerði`): each is one person's,
# and a street with its number, a postcode and a town after it on the same line is where that person lives. A
# company's seat is written after its own legal form or a signature's separators (`_EMPLOYER`), and a company's
# switchboard or role mailbox is no redacted personal data. One look-behind of each placeholder's last six characters
# (Python's look-behind takes one width; no other kind ends so), after a cheap one for the closing `>` (review R3: seven
# look-behinds doubled the cost of a line of e-mails).
_PERSONAL_KINDS = ("person_name", "email", "phone", "iban", "card_number", "national_id", "date_of_birth")
_AFTER_PERSON = r"(?<=>)(?<=" + "|".join(re.escape(f"<redacted:{kind}>"[-6:]) for kind in _PERSONAL_KINDS) + ")"
# The street, then its number (`ul. Długa 14/3`, `Keizersgracht 412-II`), or the number first (`22 Elm Grove`).
_STREET = (
    r"(?:(?P<street>(?:" + _WORD + r"[ \t]){1,5})(?P<num>\d{1,4}[A-Za-z]?(?:/\d{1,4}|-[A-Za-z0-9]{1,4})?)"
    r"|(?P<first>\d{1,4}[A-Za-z]?)[ \t](?P<named>(?:" + _WORD + r"[ \t]){0,3}" + _WORD + r")"
    r"(?:[ \t](?:Apt|Unit|#)\.?[ \t]?[A-Za-z0-9]{1,5})?)"  # (a US flat: `55 Oak Ave. Apt 4B,`)
)
# A postcode then its town (`30-701 Kraków`, `1016 GC Amsterdam`). (Not three digits alone: `Nginx 1, 404 Errors`.)
_POSTCODE_TOWN = (
    r"(?P<post>\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}(?![\w’-])|\d{4,5})"
    r"[ \t]+(?P<town>" + _TOWN + r")"
)
# After a name, up to `_GAP` characters to the street (round 19's rule); after the person's other data, the address
# follows as the next field of a record or a sentence (`<e-mail>, morada <address>`), within `_OWNED_GAP`: each
# placeholder tries the street at every word start in its gap, and a line of e-mails made the wider gap cost 2x
# (review R3).
_OWNED_GAP = 32
_GAPS = (
    r"(?:(?<=<redacted:person_name>)(?P<gap>(?:[^\n<]|<redacted:[a-z_]{1,24}>){0," + str(_GAP) + r"}?)"
    r"|" + _AFTER_PERSON + r"(?<!_name>)(?P<owned>(?:[^\n<]|<redacted:[a-z_]{1,24}>){0," + str(_OWNED_GAP) + r"}?))"
)
PERSON_ADDRESS = (
    _GAPS + r"(?<![^\W\d_])"
    + _STREET + r",[ \t]+(?:(?P<seg>[^,\n<]{1,30}),[ \t]+)?"
    # a postcode then its town, or a town then a UK postcode (`Bristol BS7 8PQ`)
    r"(?:" + _POSTCODE_TOWN + r"|(?P<uktown>" + _TOWN + r")[ \t]+(?P<ukpost>" + _UK_POSTCODE + r")"
    # a UK postcode alone (`3 Ecclesall Rd, S11 8HY`), or a town then an Australian or New Zealand postcode, the
    # state's code between (`14 Inkerman Street, Renwick 7204`, `22 Chapel Street, Tanunda SA 5352`)
    r"|(?P<lonepost>" + _UK_POSTCODE + r")"
    r"|" + _AU_TOWN_POSTCODE +
    # a US state's code and its ZIP code after the town (`1234 Elm St, Springfield, IL 62704`; round 19)
    r"|(?P<state>" + _US_STATES + r")[ \t]+(?P<zip>\d{5}(?:-\d{4})?))(?![\w’-])"
)
PERSON_ADDRESS_NEEDLES = ("<redacted:",)
# The same address written before the person's other data on its line (`Ulica kralja Zvonimira 44, 21000 Split
# Mobitel: <phone>`, `η διεύθυνσή μου είναι <address> και το τηλέφωνό μου <phone>`). The pattern is the postcode and
# its town (a digit opens it, far rarer than a letter); the pick looks at most `_AHEAD` characters on for the
# placeholder and reads the street back from the postcode in a window of `_BACK` characters, so the rule stays linear.
_AHEAD = 60
_BACK = 100
ADDRESS_BEFORE_PERSON = r"(?<![\w.,:/-])" + _POSTCODE_TOWN + r"(?![\w’-])"
_PERSON_AHEAD = re.compile(r"[^\n<]{0," + str(_AHEAD) + r"}<redacted:(?:" + "|".join(_PERSONAL_KINDS) + r")>")
_SEGMENT_BEFORE = re.compile(r",[ \t]+[^,\n<]{1,30},[ \t]+\Z")
_STREET_BACK = re.compile(r"(?<![^\W\d_])" + _STREET + r",[ \t]+(?:(?P<seg>[^,\n<]{1,30}),[ \t]+)?\Z")
# A chat export's speaker column (`[10:16] @marte: ... my home address is <address>`): the handle the client prints is
# kept (`person_names.speaker_handle`), but when it is a listed given name it names the person whose address follows,
# as a redacted name does (`chat_speakers.pick_speaker_address` checks the handle). Anchored at a line's start, so
# each line is tried once.
SPEAKER_ADDRESS = (
    r"(?:^|(?<=\n))\[\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\][ \t]?@(?P<handle>[a-z]{2,20}):"
    + r"(?P<gap>(?:[^\n<]|<redacted:[a-z_]{1,24}>){0," + str(_GAP) + r"}?)" + PERSON_ADDRESS[len(_GAPS) :]
)
SPEAKER_ADDRESS_NEEDLES = ("] @",)
# A postcode alone as a record's cell or field right after the person's other data (`| <name> | <e-mail> | <phone> |
# HR4 8LP`): the UK's and Canada's postcodes have a shape of their own (letters and digits in a fixed order, a space),
# which a count, a version or an id has not; other countries' postcodes are bare numbers and are left alone.
POSTCODE_CELL = (
    _AFTER_PERSON + r"[ \t]*[|,;][ \t]*(?P<val>" + _UK_POSTCODE + r"|[A-Z]\d[A-Z][ \t]\d[A-Z]\d)"
    r"(?=[ \t]*(?:[|,;\n]|\Z))"
)

# Words that open a street's name, lower case (Polish, Italian, Portuguese, Spanish, Catalan, French, Greek, English).
_OPENS = frozenset((
    "ul.", "al.", "os.", "pl.", "ulica", "aleja", "via", "viale", "corso", "piazza", "largo", "rua", "avenida",
    "av.", "travessa", "praça", "calle", "carrer", "paseo", "rambla", "rue", "avenue", "boulevard", "bd",
    "λεωφόρος", "οδός", "οδό", "οδού", "am", "chemin", "impasse", "allée",
))
# Words that end a street's name written after its number (`22 Elm Grove`, `14 Rowan Close`), whole words only.
_NAMED_ENDS = frozenset(("street", "road", "lane", "avenue", "drive", "grove", "close", "terrace", "gardens",
                         "crescent", "square", "place", "court", "way", "mews", "row", "walk", "hill", "park",
                         # the US Postal Service's abbreviations (`Elm St`, `Oak Ave.`)
                         "st", "st.", "ave", "ave.", "blvd", "blvd.", "rd", "rd.", "dr", "dr.", "ln", "ln.", "ct", "ct.",
                         "pl", "pl.", "pkwy", "hwy", "boulevard", "parkway", "highway"))
# Endings of a street's name, lower case: a word of its own (`Thereses gate`, `Gohliser Straße`) or a compound's
# end (`Karl-Heine-Straße`, `Birkenweg`).
_ENDS = ("straße", "strasse", "str.", "str", "weg", "gasse", "allee", "platz", "damm", "ufer", "gate", "veien", "vei",
         "vegen", "vegur", "gade", "vej", "stræde",  # (Norwegian Nynorsk, Icelandic and Faroese, Danish)
         "gata", "gatan", "vägen", "straat", "laan", "plein", "gracht", "street", "road", "lane", "drive")
# Between the name and the address: a signature's separators, a company's legal form or an office's floor or suite
# say the address is the employer's (`<name> — Cantabile Strings — Via dei Liutai 3, 26100 Cremona`, `| 3rd Floor,`).
_EMPLOYER = re.compile(
    rf"[—·]|(?<![^\W_])(?:{alternation('e')}|(?i:floor|suite|etage|piso))(?![^\W_])"
)


# A site's word on the line before the street: the address is a data centre's, an office's, a router's or a
# warehouse's, which a sentence places a thing at, even beside the on-call person's contact (review R2:
# `Datacenter visit: Kronprinsensgade 12, 1114 København, contact <e-mail>`).
_SITE = re.compile(
    r"(?i)(?<![^\W\d_])(?:data[ \t-]?cent(?:er|re)s?|rechenzentrum|dc|colo(?:cation)?|office|offices|büro|kontor"
    r"|warehouse|lager|depot|router|rack|cage|hall|site|server|plant|factory|campus|facility|building"
    r"|equinix|hq|headquarters|clinic|hospital|school|station|oficina|sede|bureau|siège|kantoor|biuro|escritório"
    r"|ufficio|filiale|niederlassung|kancelář|iroda|γραφείο|офис|офіс)(?![^\W\d_])"
)
# After the person's e-mail, phone, account or id, their address is the record's next field: separators and at most
# one word (`<e-mail>, morada <address>`, `<phone> | <address>`).
_WORDS = re.compile(r"[^\W\d_]+")
# Between an address and the person's data after it: a new clause (`;`, a sentence's end) says they are not one record.
_NEW_CLAUSE = re.compile(r";|[.!?][ \t]+[A-Z]")

# The shapes and the words that say an address is a company's or a site's, for the rule that takes an address with no
# person named before it (postcode_addresses.py).
EMPLOYER, SITE, NAMED_ENDS, TOWN, UK_POSTCODE, US_STATES, AU_TOWN_POSTCODE, STREET_WORD = (
    _EMPLOYER, _SITE, _NAMED_ENDS, _TOWN, _UK_POSTCODE, _US_STATES, _AU_TOWN_POSTCODE, _WORD)


def _street_start(words: list[str]) -> int | None:
    """Index of the word the street's name opens with, or None when no word says street."""
    for i, word in enumerate(words):
        low = word.lower()
        if low in _OPENS:
            return i
        if low.endswith(_ENDS) and word[0].isupper() or low in ("gate", "vei", "straße", "strasse", "street", "road"):
            # the capitalised words right before a street-type word are its name (`Gohliser Straße`)
            j = i
            while j > 0 and j > i - 2 and words[j - 1][:1].isupper():
                j -= 1
            return j if j < i or word[0].isupper() else None
    return None


def _street_from(m: re.Match, text: str) -> int | None:
    """Where the street of a matched address starts, when a street-type word opens or ends it; else None. (A street
    of capitalised words alone was read too in this round's first commits: a product's version, a count and a noun
    have that shape, `Postgres 16, 1200 Connections`, `Bäckerei-App 2, 4000 Bestellungen`: review R1, R6.)"""
    if m["named"] is not None:
        low = m["named"].lower().split()
        return m.start("first") if low[0] in _OPENS or low[-1] in _NAMED_ENDS else None
    words = m["street"].split()
    first = _street_start(words)
    if first is None:
        return None
    start = m.start("street")
    for word in words[:first]:
        start = text.index(word, start) + len(word)
    return text.index(words[first], start)


def pick_person_address(m: re.Match, text: str, floor: int) -> Span | None:
    """The address from its street's first word to its postcode or town (`_street_from`), when the town is
    capitalised and nothing between the person's data and the address says it is an employer's."""
    town = m["town"] or m["uktown"] or m["autown"] or m["seg"] or m["lonepost"]
    owned = m.groupdict().get("owned")  # (the speaker rule has a name's gap only)
    gap = m["gap"] if m["gap"] is not None else owned
    if town is None or not town.strip()[:1].isupper() or _EMPLOYER.search(gap):
        return None  # (a US address's town is the segment before its state)
    start = _street_from(m, text)
    if start is None:
        return None
    between = text[m.start("gap") if m["gap"] is not None else m.start("owned") : start]  # (the street's own words too)
    if _SITE.search(between):
        return None  # (`<name>, on-call for the Oslo office, Storgata 5, ...`: the office's)
    if owned is not None and len(_WORDS.findall(between.rsplit(">", 1)[-1])) > 1:
        return None  # (`<e-mail> en la oficina de <address>`: a sentence places a thing there; review R8)
    return start, m.end()


def pick_address_before_person(m: re.Match, text: str, floor: int) -> Span | None:
    """The street read back from a postcode and its town that the person's other data follows on the line; not when
    the line before the street names a company, a signature's separator (`_EMPLOYER`) or a site (`_SITE`), nor when
    a new clause opens between the address and the person's data."""
    if not m["town"][:1].isupper():
        return None
    # (a substring search first: a regex look-ahead at every postcode cost 2.7x on a line of postcodes and e-mails,
    # review R3)
    ahead = text.find("<redacted:", m.end(), m.end() + _AHEAD)
    if ahead < 0 or _PERSON_AHEAD.match(text, m.end()) is None:
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    back = max(line, m.start() - _BACK, floor)
    if "," not in text[max(back, m.start() - 3) : m.start()] and not _SEGMENT_BEFORE.search(text, back, m.start()):
        return None  # (a comma ends the street or the segment before a postcode: a cheap test before the window's)
    street = _STREET_BACK.search(text, back, m.start())
    if street is None:
        return None
    start = _street_from(street, text)
    if start is None or _EMPLOYER.search(text, line, start) or _SITE.search(text, line, start):
        return None
    if _NEW_CLAUSE.search(text, m.end(), ahead):
        return None  # (`Storgata 5, 0155 Oslo reboots nightly; owner <e-mail>`: the person is another clause's)
    return start, m.end()
