"""Round 30 (redpii8, issue 13): the speaker column's rule runs only on a text where some line opens with a time.

The gate is a speed fix (redpii7's clause 6): it must change no output. These lines put the speaker column after a
first line, behind spaces and after a day, where the new pre-check has to find it; the twins have a time that does not
open its line, where the column's pattern finds nothing with or without the gate. Written in my own words with
invented people (no corpus line copied).
"""

from __future__ import annotations

import pytest

from exporter.privacy.speaker_names import speaker_column_gate
from tests.redaction_probes import through_gate

_PERSON = "<redacted:person_name>"

# (text, the speaker that must vanish): the column on a line after the first, or indented, or after a day and a dash
SPEAKERS_PAST_THE_FIRST_LINE = [
    ("export: kiln chat, night of the 4th\n21:47 Nadia Rahman: boiler two is cold again", "Nadia Rahman"),
    ("log: relay room\n  06:05 Tomasz Wilk: fuse replaced, lights back", "Tomasz Wilk"),
    ("chat: crew 3\n03/11/25, 22:10 - Salvo Ferrante: gate code changed", "Salvo Ferrante"),
]
# The twins: the same words with the time inside the line, not at its start
TIME_INSIDE_THE_LINE = [
    "export: kiln chat, night of the 4th\nsaw at 21:47 Nadia Rahman: boiler two is cold again",
    "pw: Ab1!x then 06:05 Tomasz Wilk: fuse replaced",
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS_PAST_THE_FIRST_LINE)
def test_a_speaker_column_after_the_first_line_is_still_read(text: str, speaker: str) -> None:
    assert speaker_column_gate(text)
    out = through_gate(text)
    assert speaker not in out and _PERSON + ":" in out


@pytest.mark.parametrize("text", TIME_INSIDE_THE_LINE)
def test_a_time_inside_a_line_does_not_open_the_speaker_column(text: str) -> None:
    assert not speaker_column_gate(text)


def test_a_long_line_with_a_label_and_no_time_skips_the_speaker_column() -> None:
    assert not speaker_column_gate("pw: Ab1!x İ " * 1700)
