"""Text whose case-folded form is longer than itself (Turkish capital İ folds to two letters): a rule matched on
folded text must not read the original at the folded offsets. Round 17's review (rrev F33) found the login pick
raising AttributeError on such a mention, a 500 at every door that redacts."""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor

REDACTOR = Redactor()


@pytest.mark.parametrize("text", ["cc @İLKER lütfen bak", "@İSTANBUL ekibi: DİKKAT", "@ALİ pin 1234", "@KEMAL İNCE",
                                  "@İPTAL", "user@İSTANBUL-01", "@Iİ"])
def test_mentions_with_dotted_capital_i_are_redacted_without_error(text):
    assert isinstance(REDACTOR.redact(text).text, str)


def test_a_login_mention_beside_them_still_goes():
    out = REDACTOR.redact("cc @İLKER, login for ops: user=ilker.kaya pass=Zx81!qpLw0vv").text
    assert "Zx81!qpLw0vv" not in out
