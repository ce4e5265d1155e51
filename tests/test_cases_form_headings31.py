"""A reporting form's section headings are not evidence of a problem (round 31, issue 17).

Bug trackers' and support forms' templates write the same headings into every report filed through them ("Steps to
reproduce:", "Actual results:", "Expected results:", "> **Steps to Reproduce**:", "**Environment:**"); 741 of
SeaMonkey's 1,076 reports hold such a line alone. Two reports filed through one form share them whatever their
problems. `c090fec` made `denoise` drop a heading alone on its line before the matcher reads or embeds a text, as it
drops the user-agent string the same forms paste; on SeaMonkey's dev pairs it lowered the product 0.677 -> 0.662
(the cosines of one form's reports fell together: 1619123 5 -> 7, 1619142 2 -> 4), so it was withdrawn before the
ship run (bench/plans/fuse8.md, clause 1: the gain). The positives are strict xfails naming that; the twins hold on
the round start and would hold with the change: a line with words after its colon keeps them, a sentence ending in a
colon keeps its words, and no hand-written report or case of the released writers holds a heading alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detectors.text_normalize import denoise
from exporter.cases import matching

ROOT = Path(__file__).resolve().parent.parent

HEADING = re.compile(r"(?:^|(?<=\| ))[ \t>*#_`-]*(?:[A-Za-z][A-Za-z'()/-]*[ \t]+){0,3}[A-Za-z][A-Za-z'()/-]*"
                     r"[ \t*_`]*:[ \t*_`]*$", re.M)  # c090fec's heading line, kept here for the twin below

FORM = ("Archive button does nothing\n"
        "User Agent: Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Firefox/60.0 SeaMonkey/2.53.8\n\n"
        "Steps to reproduce:\n\nSelect a message and press the archive button.\n\n"
        "Actual results:\n\nThe message stays in the inbox.\n\n"
        "Expected results:\n\nThe message moves to the archive folder.")


@pytest.mark.xfail(strict=True, reason="withdrawn (c090fec): SeaMonkey dev 0.677 -> 0.662, plan clause 1 (gain)")
def test_a_forms_section_headings_are_dropped_from_what_the_matcher_reads():
    words = matching.lexical_tokens(FORM)
    assert not {"steps", "reproduce", "actual", "expected", "results", "user", "agent"} & set(words)
    assert {"archive", "button", "inbox", "folder", "message"} <= set(words)


@pytest.mark.xfail(strict=True, reason="withdrawn (c090fec): SeaMonkey dev 0.677 -> 0.662, plan clause 1 (gain)")
def test_headings_written_in_markdown_or_quoted_by_a_form_are_dropped():
    text = ("> **Steps to Reproduce**:\n> Open the page.\n**Actual Behavior:**\nThe page is blank.\n"
            "### Environment:\nSeaMonkey 2.53.18\nAdditional info:\nnone")
    assert [x for x in denoise(text).split("\n") if x] == ["> Open the page.", "The page is blank.", "SeaMonkey 2.53.18",
                                                         "none"]


@pytest.mark.xfail(strict=True, reason="withdrawn (c090fec): SeaMonkey dev 0.677 -> 0.662, plan clause 1 (gain)")
def test_a_cases_statement_that_opens_with_a_heading_loses_it_after_the_title():
    """`repo.embedding_text` joins title and statement with " | ": the statement's first heading follows it."""
    assert denoise("Archive broken | Steps to reproduce:\nPress A.") == "Archive broken | \nPress A."


@pytest.mark.xfail(strict=True, reason="withdrawn (c090fec): SeaMonkey dev 0.677 -> 0.662, plan clause 1 (gain)")
def test_two_reports_of_other_problems_through_one_form_share_no_evidence_from_it():
    other = FORM.replace("Archive button does nothing", "Printing hangs").replace(
        "Select a message and press the archive button.", "Print any page.").replace(
        "The message stays in the inbox.", "The print dialog never closes.").replace(
        "The message moves to the archive folder.", "The page prints.")
    shared = set(matching.lexical_tokens(FORM)) & set(matching.lexical_tokens(other))
    assert "reproduce" not in shared and "results" not in shared


def test_twin_a_line_with_words_after_its_colon_keeps_them():
    assert denoise("Error: connection refused\nStatus: 503") == "Error: connection refused\nStatus: 503"


@pytest.mark.xfail(strict=True, reason="withdrawn (c090fec): SeaMonkey dev 0.677 -> 0.662, plan clause 1 (gain)")
def test_a_heading_alone_is_dropped_and_the_line_it_labels_kept():
    assert denoise("Error:\nOOMKilled") == "OOMKilled"


def test_twin_a_sentence_ending_in_a_colon_keeps_its_words():
    text = "After the upgrade the workers restarted with:\nexit code 137"
    assert denoise(text) == text


def test_twin_no_released_writers_text_holds_a_heading_alone():
    """The hand-written sets (postmortem cases and every writer's reports) read exactly as before."""
    texts = []
    for path in sorted((ROOT / "bench" / "data").glob("postmortems*/*.jsonl")):
        for line in path.read_text().splitlines():
            doc = json.loads(line)
            texts += [v for v in doc.values() if isinstance(v, str)]
            texts += [x for v in doc.values() if isinstance(v, list) for x in v if isinstance(x, str)]
    assert len(texts) > 2000
    assert not [t for t in texts if HEADING.search(t)]
