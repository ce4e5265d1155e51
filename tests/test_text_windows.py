"""Long texts read whole: windows that fit the model, a text that fits left alone."""

from __future__ import annotations

import numpy as np

from bench.text_windows import MAX_PIECES, MAX_WINDOWS, embed_whole, pieces, windows


def fake_embedder(calls):
    def embed(texts):
        calls.append(list(texts))
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, len(t) % 4] = 1.0
        return out
    return embed


def test_a_text_that_fits_is_one_window_and_its_vector_is_the_models_own():
    calls = []
    text = "Mail client crashes when I open a PDF attachment."
    assert windows(text) == [(text, pieces(text))]
    got = embed_whole([text], fake_embedder(calls))
    assert calls == [[text]]
    assert np.array_equal(got[0], fake_embedder([])([text])[0])


def test_a_long_report_is_cut_at_sentence_ends_into_windows_that_fit_and_all_are_embedded_in_one_call():
    sentence = "The address book lost every contact after the sync with the server finished. "
    text = sentence * 40
    parts = windows(text)
    assert 1 < len(parts) <= MAX_WINDOWS
    assert all(n <= MAX_PIECES and w.endswith(".") for w, n in parts)
    calls = []
    got = embed_whole([text, "short one."], fake_embedder(calls))
    assert len(calls) == 1 and len(calls[0]) == len(parts) + 1
    assert np.isclose(np.linalg.norm(got[0]), 1.0)


def test_one_sentence_longer_than_a_window_is_cut_at_word_pieces_and_a_huge_paste_reads_at_most_four():
    text = " ".join(f"token{i}" for i in range(3000))
    parts = windows(text)
    assert len(parts) == MAX_WINDOWS
    assert all(n <= MAX_PIECES for _, n in parts)
    assert parts[0][0].startswith("token0 ")
