"""A report in other inflections than the case ("replicas lagging" against "replica lag") shares its evidence through
the stems reading (`matching.STEMS`, round 18, issue 17); a word shared as written still counts for more, and
identifiers, versions and codes are never stemmed."""

from __future__ import annotations

import numpy as np
import pytest

from exporter.cases import matching
from exporter.cases.matching import CaseIndex, stemmed
from tests.test_cases_api import case, match, post_case

FILLER = [
    "printer out of toner on floor three", "office wifi drops every afternoon", "badge reader rejects cards",
    "calendar invites arrive twice", "projector in room B flickers", "vpn client asks for the password again",
]
QUERY = np.eye(384, dtype=np.float32)[0]


def index(texts: list[str], stems: float) -> CaseIndex:
    """Every case at the same cosine to the report, so only the lexical signals order them."""
    vecs = np.zeros((len(texts), 384), np.float32)
    vecs[:, 0] = 0.5
    vecs[np.arange(len(texts)), np.arange(len(texts)) + 1] = np.sqrt(0.75)
    return CaseIndex([f"c{i}" for i in range(len(texts))], texts, vecs, stems=stems)


def ranked(ix: CaseIndex, report: str) -> list[str]:
    return [ix.ids[pos] for pos, *_ in ix.search(report, QUERY, lines=matching.report_lines(report))]


CASES = ["standby replica lag grows while connection pool refuses new sessions",
         "search index replicas rebuilt after lagging behind on connections to the old cluster", *FILLER]
REPORT = "Replicas lagging behind and the pool refusing connections, sessions pile up on the standby."


def test_a_report_in_other_inflections_covers_the_cases_words_with_stems():
    with_stems, words_only = index(CASES, 0.5), index(CASES, 0.0)
    assert with_stems.coverage(REPORT)[0] > words_only.coverage(REPORT)[0] + 0.05
    assert with_stems.overlap(matching.lexical_tokens(REPORT))[0] > words_only.overlap(
        matching.lexical_tokens(REPORT))[0]


def test_the_case_in_other_inflections_outranks_one_sharing_more_words_as_written_but_less_of_the_story():
    assert ranked(index(CASES, 0.5), REPORT)[0] == "c0"
    assert ranked(index(CASES, 0.0), REPORT)[0] == "c1"  # words alone: "replicas", "lagging", "connections" decide


def test_without_stems_the_same_report_reads_only_the_words_as_written():
    ix = index(CASES, 0.0)
    assert ix.stems is None
    assert ix.coverage("replicas lagging refusing connections")[0] == 0.0


def test_a_word_shared_as_written_outweighs_its_stem_in_another_inflection():
    ix = index(["replication lagging on the standby", "replication lag on the standby", *FILLER], 0.5)
    cov = ix.coverage("replication lagging")
    assert cov[0] > cov[1] > 0.0


@pytest.mark.parametrize("token", ["payments-api", "v1.2", "http2", "java.lang.outofmemoryerror", "502", "oom_score"])
def test_identifiers_versions_and_codes_are_never_stemmed(token):
    assert stemmed([token]) == [token]


def test_login_never_joins_logs():
    assert stemmed(["login"]) != stemmed(["logs"])
    ix = index(["login page rejects every password", "logs fill the disk on the api nodes", *FILLER], 0.5)
    assert ix.coverage("login fails")[1] == 0.0


def test_a_report_in_other_inflections_finds_the_case_through_the_api_naming_the_words_it_wrote(client,
                                                                                               monkeypatch):
    monkeypatch.setattr(matching, "STEMS", 0.5)
    post_case(client, case(CASES[0], "raise the pool size", cause="replay stalls on a long query"))
    post_case(client, case(CASES[1], "rebuild the index", cause="the old cluster dropped connections"))
    top = match(client, REPORT)[0]
    assert top["root_cause"]["issue"] == "replay stalls on a long query"
    assert {"replica", "lag", "connection"} <= set(top["why"]["shared_terms"])
