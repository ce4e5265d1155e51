"""Companies' legal forms (`GmbH`, `Ltd`, `S.A.`, `sp. z o.o.`, `ООО`), written once for every rule that reads them.

A legal form beside a name says the name is a company's: the address after it is an employer's, the labelled value
a business's, the capitalised words before it an organisation's and no person's. Six rules read the forms, each its
own way (as written or in any case; bounded by letters, by spaces or by a comma), and each reads the forms it was
measured with: their lists grew apart review by review, and round 22 brought them into this one table without
changing what any rule finds. A rule should take a form it does not read today only with a measurement (many forms
are words somewhere else: `SIA`, `Co`, `SE`, `AS`).

The readers, one letter each in the table:
- e: street_addresses, a legal form between a name and an address (the address is the employer's);
- f: identity_numbers, an address that opens with a company's name (words ending in a legal form, then a comma);
- l: labelled_values, a legal form in a labelled value (a business's address, `Cruxline Finland Oy, ...`);
- n: native_addresses, a legal form before the label on its line (`ООО «Молоко», ...`);
- p: person_names, the word after capitalised words, read in lower case (`Acme Widgets GmbH`);
- v: org_place_fields, a word of a firm field's value or what follows it, in any case, a final dot optional.
"""

from __future__ import annotations

import re
from functools import cache

# form as written, then the readers (see above) that read it
_TABLE = """
Inc         e f l n p v
Inc.        f p v
LLC         e f l n p v
LLP         p v
Ltd         e f l n p v
Ltd.        f p v
Limited     e f p
PLC         e f l p v
plc         e f p v
Corp        p v
Corp.       p v
Co          v
Pty         l p v
Pvt         v
GmbH        e f l n p v
AG          e f l p v
KG          e v
OHG         v
UG          v
e.V.        p
SE          v
S.A.        e f l p v
SA          l v
S.A.S.      p
SAS         e f v
SARL        e f p v
S.L.        e f l p
SL          l v
S.L.U.      p
S.p.A.      e f p v
SpA         l v
S.r.l.      e p v
Srl         e l p v
Lda         l
Ltda        e
B.V.        e f p
BV          l p v
N.V.        e f p
NV          l p v
AS          e f l v
ASA         e f l v
A/S         e l p
AB          e f l v
Ab          l v
Oy          e f l p v
Oyj         e l v
ApS         e f l p v
ehf         e
Sp. z o.o.  l v
sp. z o.o.  e f v
s.r.o.      l v
sro         v
a.s.        l v
Kft         l v
Zrt         l v
OÜ          l
UAB         l
SIA         l
A.Ş.        e
K.K.        p
KK          v
有限公司      n
주식회사      n
㈜          n
ООО         n v
ОАО         n v
ЗАО         n v
ПАО         n v
АО          n v
ТОВ         n
ПрАТ        n
ТОО         n
"""
READERS = frozenset("eflnpv")


@cache
def _rows() -> tuple[tuple[str, frozenset[str]], ...]:
    """The table's rows: each form (two spaces end it: `sp. z o.o.` has single ones) with its readers."""
    rows = []
    for line in _TABLE.strip().splitlines():
        form, readers = re.split(r" {2,}", line, maxsplit=1)
        rows.append((form, frozenset(readers.split())))
    return tuple(rows)


def forms(reader: str) -> tuple[str, ...]:
    """The forms `reader` (one letter of READERS) reads, as written."""
    assert reader in READERS, reader
    return tuple(form for form, readers in _rows() if reader in readers)


def _alternatives(patterns: set[str]) -> str:
    return "|".join(sorted(patterns, key=lambda p: (-len(p), p)))  # (the longest first: no form cut short)


def alternation(reader: str) -> str:
    """The forms `reader` reads, as a regex alternation that matches them as written (bounds are the reader's)."""
    return _alternatives({re.escape(form) for form in forms(reader)})


def lowered(reader: str) -> frozenset[str]:
    """The forms `reader` reads, in lower case, for a reader that compares a word's lower case."""
    return frozenset(form.lower() for form in forms(reader))


def any_case_alternation(reader: str) -> str:
    """The forms `reader` reads, as an alternation for a pattern compiled with re.IGNORECASE that adds an optional
    final dot itself: each form without its final dots, a form of several words with its dots and spaces optional
    (`sp. z o.o.`, `sp.z o.o`, `spzoo`)."""
    out = set()
    for form in forms(reader):
        core = form.lower().rstrip(".")
        if " " in core:
            core = re.sub(r"\. ?| ", lambda m: r"\.? ?" if m[0][0] == "." else " ?", core)
        else:
            core = re.escape(core)
        out.add(core)
    return _alternatives(out)
