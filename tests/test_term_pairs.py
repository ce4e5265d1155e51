"""Pairing two questions' unmatched terms without a scan of every pair, with the scan's pairs (issue 15, round 16)."""

from __future__ import annotations

import random

import pytest

from detectors import query_compare as qc
from detectors.query_compare import Facts, read_facts, relate
from detectors.term_pairs import pair_first
from detectors.timerange import normalise_text


def full_scan(one: set[str], other: set[str], match) -> list[tuple[str, str]]:
    """The loop `relate` had: every pair in sorted order, the first partner taking each term."""
    pairs = []
    for x in sorted(one):
        for y in sorted(other):
            if x in one and y in other and match(x, y):
                one.discard(x)
                other.discard(y)
                pairs.append((x, y))
    return pairs


def _slip(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    return rng.choice([word[:i] + word[i + 1:], word[:i] + "q" + word[i:], word[:i] + "z" + word[i + 1:],
                       word[:i] + word[i + 1:i + 2] + word[i:i + 1] + word[i + 2:], word + "s", word + "ing"])


def _terms(rng: random.Random, n: int) -> set[str]:
    """Invented names with slips, numbered members, environments, regions and status codes, so that many pairs
    match and several partners compete for one term."""
    stems = ["vortalin", "quesmerak", "plindor", "brauxel", "tessarunovikelmarquistadorbel", "ombrel"]
    out = set()
    for _ in range(n):
        w = rng.choice(stems)
        out.add(rng.choice([w, _slip(rng, w), _slip(rng, _slip(rng, w)), f"{w}-{rng.randrange(12)}",
                            f"{w}-db", f"{w}-db-{rng.randrange(1000)}", f"prod-{w}", f"eu-{w}-1", "prod", "emea",
                            "eu", "5xx", "4xx", f"5{rng.randrange(100):02d}", f"4{rng.randrange(100):02d}"]))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_the_indexed_pairing_takes_the_full_scans_pairs(seed):
    rng = random.Random(seed)
    one, other = _terms(rng, 30), _terms(rng, 30)
    cases = [
        (lambda x, y: qc._typo(x, y), qc._typo_keys, qc._typo_keys),
        (lambda x, y: qc._narrows(x, y) or qc._narrows(y, x), qc._either_keys, qc._either_keys_other),
    ]
    for match, keys_one, keys_other in cases:
        a1, b1, a2, b2 = set(one), set(other), set(one), set(other)
        assert pair_first(a1, b1, keys_one, keys_other, match) == full_scan(a2, b2, match)
        assert (a1, b1) == (a2, b2)


def test_long_words_one_slip_apart_pair_as_short_ones_do():
    """Past the length where words are keyed by their halves, and across it (one letter either side)."""
    for n in (qc._SHORT_WORD - 1, qc._SHORT_WORD, qc._SHORT_WORD + 1, qc._SHORT_WORD + 2, 60):
        word = ("brauxelmorvantique" * 4)[:n]
        for slip in (word[:5] + word[6:], word[:-3] + "q" + word[-3:], word[:9] + "z" + word[10:],
                     word[:1] + word[2] + word[1] + word[3:], word + "s"):
            assert qc._typo(word, slip)
            assert qc._typo_keys(word) & qc._typo_keys(slip)
            one, other = {word}, {slip}
            assert pair_first(one, other, qc._typo_keys, qc._typo_keys, qc._typo) == full_scan({word}, {slip}, qc._typo)


class CountingSurface(dict):
    """A term's surface, counting how often `relate` looks one up: a check of every pair looks up both per pair."""

    lookups = 0

    def get(self, *args):
        CountingSurface.lookups += 1
        return super().get(*args)


def _many_names(n: int) -> str:
    """The review's shape: many distinct names and their heads ("h0q-canary h0q h1q-canary h1q ...")."""
    return " ".join(f"h{i:x}q-canary h{i:x}q vemtoral{i:x}ik" for i in range(n))


def test_relate_looks_up_each_term_a_bounded_number_of_times():
    """Near-linear in the unmatched terms, without timing: a scan of every pair looks up ~n**2 surfaces."""
    text = _many_names(400)
    a, b = read_facts(normalise_text("x " + text)), read_facts(normalise_text("y " + text[::-1]))
    a = Facts(a.intent, a.stat, a.terms, a.mentioned, CountingSurface(a.surface), a.runs)
    b = Facts(b.intent, b.stat, b.terms, b.mentioned, CountingSurface(b.surface), b.runs)
    CountingSurface.lookups = 0
    relate(a, b)
    relate(b, a)
    assert len(a.terms) > 700
    assert CountingSurface.lookups < 40 * (len(a.terms) + len(b.terms))


def test_the_narrowing_check_runs_a_bounded_number_of_times(monkeypatch):
    calls = []
    real = qc._narrows
    monkeypatch.setattr(qc, "_narrows", lambda broad, narrow: calls.append(1) or real(broad, narrow))
    text = _many_names(400)
    a, b = read_facts(normalise_text("x " + text)), read_facts(normalise_text("y " + text[::-1]))
    relate(a, b)
    assert len(calls) < 10 * (len(a.terms) + len(b.terms))
