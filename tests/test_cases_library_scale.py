"""The lexical weights chosen by each library from its own cases, through the API (round 24, issue 17; reverted).

One fixed fusion served neither kind of library: on SeaMonkey's bug reports the words every report shares with many
others cost ~0.07 MRR against the cosine alone, on the hand-written postmortem libraries the same words are what the
margin over the plain baselines is made of (bench/RESULTS.md, round 23). Round 24 let a library choose: its
own cases cut into two halves, one asked against the other, and the scale of the lexical weights under which it
finds them best is the one its matches are ranked with.

The libraries here are built so the answer is known: a model whose vectors follow a hidden topic per case (each
sentence of a case names its topic by a different word, so the two halves share it in meaning, not in words), and
decoy words a case shares with its neighbour. Where the decoys are all the words share, the library finds its own
cases by meaning and chooses a small lexical scale; where each case repeats a word of its own and the meaning points
to the neighbour, it keeps the full scale.

Round 24 shipped the choice (`exporter/cases/fusion_choice.py`: odd and even sentences, one half asked against the
other) and reverted it by its ship rule: on the real libraries no way of cutting a case tells SeaMonkey from the
postmortem libraries (SeaMonkey chose the full scale too; bench/RESULTS.md round 24, `bench/case_fusion_choice.py`).
The test that needed the choice was a strict xfail naming that defect; since round 26 it passes through the report's
own nearness in meaning (`matching.meaning_sure_scale`); its twin passes either way.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from bench import case_fusion_choice as instrument
from exporter.text import embeddings
from tests.conftest import auth

N = 12
TOPIC_WORDS = ("vex", "mor", "tal", "pin", "zed")  # the topic's five names; the fifth no case uses
COMMON = 2.0  # every vector's shared part: cosine 1 for the same topic, 0.8 for another


def letters(i: int) -> str:
    return chr(ord("b") + i) * 2


def topic(word: str, i: int) -> str:
    return f"{word}{letters(i)}"


class TopicModel:
    """The real model's tokenizer (for the windows), vectors by topic: the sum of the topics named, plus COMMON."""

    def __init__(self, real):
        self._real = real
        self.topics = {topic(w, i): i for i in range(N) for w in TOPIC_WORDS}

    def encode(self, texts, **options):
        out = []
        for t in [texts] if isinstance(texts, str) else texts:
            v = np.zeros(embeddings.DIM, np.float32)
            v[embeddings.DIM - 1] = COMMON
            for w in re.findall(r"[a-z]+", t.lower()):
                if w in self.topics:
                    v[self.topics[w]] += 1.0
            out.append(v / np.linalg.norm(v))
        return np.stack(out)

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.fixture
def topic_model(monkeypatch):
    real = embeddings.model()
    fake = TopicModel(real)
    monkeypatch.setattr(embeddings, "model", lambda: fake)
    return fake


def decoy(i: int) -> str:
    return f"dek{letters(i % N)}"


def own(i: int) -> str:
    return f"kilo{letters(i)}"


def misleading_case(i: int) -> str:
    """Four sentences naming topic i by four words; the odd ones hold decoy i, the even ones decoy i - 1."""
    return (f"The {topic('vex', i)} service {decoy(i)} stopped answering requests. "
            f"Operators saw {topic('mor', i)} alarms {decoy(i - 1)} on the dashboard. "
            f"Logs mention {topic('tal', i)} and {decoy(i)} repeatedly overnight. "
            f"The team restarted {topic('pin', i)} with {decoy(i - 1)} twice.")


def telling_case(i: int) -> str:
    """Four sentences that each repeat case i's own word, while their topic words name case i + 1's topic."""
    j = (i + 1) % N
    return (f"The {own(i)} service {topic('vex', j)} stopped answering requests. "
            f"Operators saw {own(i)} alarms {topic('mor', j)} on the dashboard. "
            f"Logs mention {own(i)} and {topic('tal', j)} repeatedly overnight. "
            f"The team restarted {own(i)} with {topic('pin', j)} twice.")


def record(client, statements):
    ids = []
    for i, text in enumerate(statements):
        r = client.post("/api/v1/cases", json={"title": f"case {i}", "problem": {"statement": text},
                                               "solution": {"immediate_fix": "restart it"}}, headers=auth("tok-acme"))
        assert r.status_code == 201, r.get_json()
        ids.append(r.get_json()["id"])
    return ids


def first(client, problem):
    r = client.post("/api/v1/cases/match", json={"problem": problem}, headers=auth("tok-acme"))
    assert r.status_code == 200, r.get_json()
    return r.get_json()["matches"][0]["case_id"]


def test_a_library_whose_words_mislead_its_own_cases_ranks_by_meaning(client, topic_model):
    # Case 3's topic by its unused fifth name, and case 7's decoy twice: under the full lexical weights the decoy's
    # case (7 or 8, which hold it) was first. Round 24's library choice that was to fix it was reverted; since round 26
    # the report's own nearness in meaning does (cosine 0.8 to case 3, in `matching.SURE_MEANING`'s range: the words
    # weigh 0.625 of their full weight), so case 3 is first. (A strict xfail until round 26.)
    ids = record(client, [misleading_case(i) for i in range(N)])
    report = f"The {topic('zed', 3)} service is down, {decoy(7)} everywhere, {decoy(7)} errors in every log."
    assert first(client, report) == ids[3]


def test_a_library_whose_words_find_its_own_cases_keeps_them_weighing(client, topic_model):
    # The twin: here each case's own word finds its halves and the meaning points to the neighbour, so the full
    # lexical weights stay and the case that holds the report's word is first, though another is closer in meaning.
    ids = record(client, [telling_case(i) for i in range(N)])
    report = f"The {topic('zed', 3)} service is down, {own(7)} everywhere, {own(7)} errors in every log."
    assert first(client, report) == ids[7]


def test_halves_are_a_cases_odd_and_even_sentences_and_need_four():
    assert instrument.halves(["a b c", "d e f", "g h i", "j k l", "m n o"]) == ("a b c\ng h i\nm n o",
                                                                                 "d e f\nj k l")
    assert instrument.halves(["a b c", "d e f", "g h i"]) is None


def test_a_tie_keeps_the_fixed_fusion():
    assert instrument.choose({0.25: 0.9, 0.5: 0.9, 1.0: 0.9}) == 1.0
    assert instrument.choose({0.25: 0.9, 0.5: 0.95, 1.0: 0.9}) == 0.5
    assert instrument.choose({}) == 1.0
