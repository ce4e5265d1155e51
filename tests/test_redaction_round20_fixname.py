"""Round 20, engineer fixname (review R7): a firm or a place named like a person is not a person's name.

The round's field rule (field_names.py) read two listed names filling any label's field as a person; firms named
for their founders and places named for saints fit that shape. Every line is invented. Each look-alike is kept at
the round start (`cfa4a42`) and was redacted by the field rule before this fix; each twin (a person under a
person's label, in the same languages) was missed at the round start and is redacted now.
"""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor
from tests.redaction_probes import assert_new_at_round_start, leaked

R = Redactor()

KEPT = [
    # review R7's lines (reviewer rev's probes)
    "Dostawca: Hewlett Packard",
    "Partner: Goldman Sachs",
    "Region: São Paulo",
    "Región: Sao Paulo",
    # the same shapes in other languages: a supplier's label, a place's label, a legal form, a listed place
    "Proveedor: Hewlett Packard",
    "Leverancier: Goldman Sachs",
    "Município: Porto Alegre",
    "Zleceniodawca: Kowalski Nowak SA",
    "Destino: São Paulo",
]

FOUND = [
    # a person's label, or a person's role in a label that also names a firm
    ("Kontakt: Bartosz Kowalczyk", ["Bartosz Kowalczyk"]),
    ("Kontakt dostawcy: Bartosz Kowalczyk", ["Bartosz Kowalczyk"]),
    ("Contacto del proveedor: Bartosz Kowalczyk", ["Bartosz Kowalczyk"]),
    ("Przedstawiciel: Bartosz Kowalczyk", ["Bartosz Kowalczyk"]),
]


@pytest.mark.parametrize("line", KEPT)
def test_a_firm_or_a_place_named_like_a_person_stays(line: str) -> None:
    assert R.redact(line).text == line


@pytest.mark.parametrize(("line", "gone"), FOUND)
def test_a_person_under_a_persons_label_is_still_redacted(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []


def test_look_alikes_kept_and_twins_missed_at_the_round_start() -> None:
    assert_new_at_round_start("cfa4a42", FOUND, KEPT)


def test_each_look_alike_was_read_as_a_person_by_the_field_rule_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import exporter.privacy.field_names as field_names

    for name in ("thing_label", "legal_form", "known_place"):
        monkeypatch.setattr(field_names, name, lambda *a: False)
    assert [line for line in KEPT if R.redact(line).text == line] == []
