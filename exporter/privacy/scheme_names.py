"""The names a country writes its personal id under, as python-stdnum's own module for the scheme gives them.

Each python-stdnum module opens its docstring with the scheme's names before a bracket (`OIB (Osobni identifikacijski
broj, Croatian identification number).`, `VNR, SVNR, VSNR (Versicherungsnummer, ...)`, `Codice Fiscale (Italian tax
code for individuals).`). Read from the library, those names carry to every country it keeps a personal id for,
where a list written from one batch's languages did not (round 19's lesson; review R6, ids behind ASCII labels):
`OIB: 48271059360` is Croatian, but the rule knows it because python-stdnum does. A value under such a name still
has to pass the scheme's own check (`identity_numbers.pick_labelled_id`), so the name alone redacts nothing.

Only schemes for persons are read (the modules below: an id card's, a citizen's, a social security or an individual's
tax number, each with a check digit or a date inside); a company's, a VAT or a bank's scheme is not. A name of two
letters (`CC`, `CI`, `NI`), an English word (`Cedula` is none, `PIN` is) or one another rule reads already is left
out: `CC` is a mail's copy, `PIN` a card's code.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator

from detectors.word_lists import is_word

# python-stdnum's modules for a person's id, each with a check (or a date) the value must pass. (Peru's CUI is left
# out: its check digit is optional, so any eight digits pass, and `cui` is Italian for "whom".)
_PERSONAL_SCHEMES = (
    "at.vnr", "bg.egn", "cr.cpf", "dk.cpr", "do.cedula", "ee.ik", "fi.hetu", "gr.amka", "hr.oib", "id.nik", "ie.pps",
    "is_.kennitala", "it.codicefiscale", "lt.asmens", "mx.curp", "my.nric", "pk.cnic", "ro.cnp", "si.emso",
)
# Bare names that are ordinary abbreviations too, under schemes whose check a date-like number passes one time in
# eleven: German `VNr` (Versand-, Vertragsnummer), `pps` (packets per second), `CPR`, `NIK` (review R5). Their longer
# names (`SVNR`, `VSNR`, `Kennitala`) are still read.
_ORDINARY = frozenset(("vnr", "pps", "cpr", "nik"))
_TRAILING = re.compile(r"(?i)[ \t]+(?:no\.?|number)\Z")  # `PPS No`, `CNIC number`, `NRIC No.`: the scheme's name


def _names(doc: str) -> Iterator[str]:
    """The names before the docstring's first bracket, and any name in capitals inside it (`ЕГН`)."""
    head, _, inside = doc.strip().split("\n")[0].partition("(")
    for name in head.split(","):
        yield _TRAILING.sub("", name.strip())
    for name in inside.split(","):
        name = name.strip(" ).")
        if name.isupper() and not name.isascii():
            yield name


def scheme_labels(known: Callable[[str], bool]) -> list[tuple[str, str, Callable[[str], bool], str]]:
    """(label pattern in lower case, the value's shape, the scheme's check, the label's first word as the rule's
    needle) for each name of each personal scheme that `known` (the labels written by hand) does not already read."""
    out = []
    for path in _PERSONAL_SCHEMES:
        module = importlib.import_module(f"stdnum.{path}")
        for name in _names(module.__doc__ or ""):
            low = name.lower()
            if len(low) < 3 or low in _ORDINARY or known(low) or (" " not in low and is_word(low)):
                continue
            label = r"[ \t]+".join(re.escape(word) for word in low.split())
            out.append((label, r"(?i:[A-Z0-9]{6,18})", module.is_valid, low.split()[0]))
    return out
