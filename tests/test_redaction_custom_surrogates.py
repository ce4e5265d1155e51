"""An org's custom pattern on text holding a lone surrogate (round 18 review R38): RE2 cannot encode
such text, and the error escaped the gate while the built-in rules already fell back."""

from collections import Counter

from exporter.privacy.redaction import Redactor


def test_custom_pattern_redacts_around_a_lone_surrogate():
    redactor = Redactor(custom_patterns={"ferry": r"KRV-\d{4}"})
    assert redactor.redact("KRV-1234 \ud800 x KRV-5678").text == "<redacted:custom> \ud800 x <redacted:custom>"


def test_lone_surrogate_without_a_match_keeps_the_text():
    redactor = Redactor(custom_patterns={"ferry": r"KRV-\d{4}"})
    assert redactor.redact("no ticket \udfff here").text == "no ticket \udfff here"


def test_custom_pattern_in_a_structured_value_with_a_lone_surrogate():
    redactor = Redactor(custom_patterns={"ferry": r"KRV-\d{4}"})
    counts = Counter()
    assert redactor.redact_value({"note": "KRV-1234 \ud800"}, counts) == {"note": "<redacted:custom> \ud800"}
    assert counts["custom"] == 1
