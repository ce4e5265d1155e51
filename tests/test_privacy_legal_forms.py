"""The legal forms' one table (exporter/privacy/legal_forms.py): each form written once, read by known rules."""

import re

from exporter.privacy import legal_forms


def test_each_legal_form_is_written_once_with_known_readers():
    forms = [form for form, _ in legal_forms._rows()]
    assert len(forms) == len(set(forms))
    assert all(readers and readers <= legal_forms.READERS for _, readers in legal_forms._rows())


def test_a_form_of_several_words_keeps_its_spaces():
    assert "sp. z o.o." in legal_forms.forms("e")
    assert re.fullmatch(legal_forms.alternation("e"), "sp. z o.o.")
    assert not re.fullmatch(legal_forms.alternation("e"), "sp.zo.o.")  # (as written: spaces are kept)


def test_the_any_case_reading_takes_a_form_without_its_dots_and_spaces():
    pattern = re.compile(rf"(?:{legal_forms.any_case_alternation('v')})\.?", re.IGNORECASE)
    assert all(pattern.fullmatch(s) for s in ("SP. Z O.O.", "sp.z o.o", "spzoo", "S.A.", "gmbh"))
    assert not any(pattern.fullmatch(s) for s in ("Limited", "e.V.", "sp z"))  # (forms rule v does not read)
