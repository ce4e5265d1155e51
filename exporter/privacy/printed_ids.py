"""Personal ids told by the printed form only their scheme uses, with the scheme's own check, whatever the label.

A writer names an id in their own language (`numèro de seguretat sociala`, `Àireamh Àrachais Nàiseanta`) or not at all
(a record's cell, `| <name> | 482.917.305-04 |`), and no label list holds every language. Some schemes are printed in
a form nothing else in ops text has, and carry a check: Brazil's CPF as its card prints it (`482.917.305-04`: three
dotted groups of three, a dash, two check digits; python-stdnum's `br.cpf`), France's NIR spaced as the carte Vitale
prints it (`2 87 06 31 555 082 86`: sex, year, month, department, commune, order, and a mod-97 key; `fr.nir`), and the
UK's National Insurance number spaced in pairs as HMRC prints it (`JT 48 31 92 C`: two prefix letters of the issued
series, three pairs, a suffix A-D; no check digit, so only this spaced form, never six bare digits). The form and the
check together decide; a number of the form that fails its check (`123.456.789-00`) stays.

The pattern is the form alone (bounded, no repetition), so the rule is linear in the text.
"""

from __future__ import annotations

import re

from stdnum.br import cpf
from stdnum.fr import nir

from exporter.privacy.identity_numbers import nino
from exporter.privacy.rule_engine import Span

PRINTED_ID = (
    r"(?<![\w.,/:-])(?:(?P<cpf>\d{3}\.\d{3}\.\d{3}-\d{2})"
    r"|(?P<nir>[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2})"
    r"|(?P<nino>[A-Z]{2} \d{2} \d{2} \d{2} [A-D]))(?![\w/:-]|[.,]\d|[ \t]\d)"
)
PRINTED_ID_GATE = re.compile(r"\d\.\d{3}\.\d{3}-\d|\d \d\d \d\d |[A-Z] \d\d \d\d \d\d [A-D]").search


def pick_printed_id(m: re.Match, text: str, floor: int) -> Span | None:
    compact = m[0].replace(" ", "").replace(".", "").replace("-", "")
    if len(set(c for c in compact if c.isdigit())) < 3:
        return None  # (`111.111.111-11` passes the CPF's sums: a fixture's filler)
    if m["cpf"] is not None:
        ok = cpf.is_valid(compact)
    elif m["nir"] is not None:
        ok = nir.is_valid(compact)
    else:
        ok = nino(compact)
    return m.span() if ok else None
