"""One library, one ranking, whatever batch or process reads it (round 30, issue 17: SeaMonkey's MRR moved 0.635 /
0.640 between runs of one tree).

Two causes, each pinned here with its twin:
- the model pads a batch to its longest text, and a padded text's vector differs from its own in the last bits; texts
  of one length get other bits in a batch of two than alone too (review R1). So the bench's vectors depended on the
  texts embedded with them (a cache filled in another order). The bench (`case_match.embed`) now embeds every text
  alone on one torch thread; the product's bulk paths stay batched (review R2). Twin: the product's embedding of one
  text is the model's own.
- bm25s numbered an index's terms in the order of a Python set (the string hash, different in every process), and
  the term ids order the sums of a report's evidence. `matching.term_ids` numbers them by first occurrence. Twin: an
  index read twice in one process ranks alike (it always did).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from bench import case_match as cm
from exporter.cases import matching
from exporter.text import embeddings

ROOT = Path(__file__).resolve().parent.parent

SHORT = "Printing hangs at page two"
MIDDLE = "The mail client freezes for a minute whenever I drag a folder onto another folder"
LONG = ("After the last update the calendar reminders pop up twice, once at the right time and once an hour later, "
        "and snoozing the first one does not silence the second; it began when daylight saving time ended")


def own(text: str) -> bytes:
    """The text's vector embedded alone on one torch thread, the model's own call."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return embeddings.model().encode([text], batch_size=1, normalize_embeddings=True, convert_to_numpy=True,
                                         show_progress_bar=False)[0].astype(np.float32).tobytes()
    finally:
        torch.set_num_threads(before)


def test_the_bench_embeds_a_text_beside_longer_ones_as_it_embeds_it_alone():
    together = cm.embed([SHORT, LONG, MIDDLE])
    for row, text in enumerate([SHORT, LONG, MIDDLE]):
        assert together[row].tobytes() == own(text), text


def test_the_bench_embeds_texts_of_one_length_as_it_embeds_each_alone():
    """Review R1: no padding, but a batch of two or more runs another kernel than a batch of one."""
    a, b = "the lamp service on node 4 stalled", "the pump service on node 4 stalled"
    tok = embeddings.model().tokenizer
    assert len(tok(a)["input_ids"]) == len(tok(b)["input_ids"])
    pair = cm.embed([a, b])
    assert (pair[0].tobytes(), pair[1].tobytes()) == (own(a), own(b))


def test_a_bench_cache_filled_in_another_order_holds_the_same_vectors(tmp_path, monkeypatch):
    line = "The sidebar flickers and the folder pane redraws itself on every new message."
    report, longer = " ".join([line] * 20), " ".join([line.replace("sidebar", "toolbar")] * 28)
    assert [len(embeddings.windows(t)) for t in (report, longer)] == [2, 2]
    got = []
    for name, first in (("one", [report, longer]), ("two", [MIDDLE, report])):  # its tail padded, then alone
        monkeypatch.setattr(cm, "_CACHE", {})
        monkeypatch.setattr(cm, "_CACHE_FILE", None)
        cm.use_cache(tmp_path / f"{name}.pkl")
        embeddings.whole_text_vectors(first, cm.embed)
        got.append(embeddings.whole_text_vectors([report], cm.embed)[0].tobytes())  # read from the cache
    assert got[0] == got[1]


def test_twin_the_products_embedding_of_one_text_is_the_models_own():
    raw = embeddings.model().encode([MIDDLE], batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)
    assert embeddings.embed([MIDDLE]).tobytes() == np.asarray(raw, dtype=np.float32).tobytes()


def test_the_empty_batch_is_still_an_empty_matrix():
    assert cm.embed([]).shape == (0, embeddings.DIM)


READ = """
import json, sys
import numpy as np
from bench import case_match as cm
from exporter.cases import matching
texts = json.loads(sys.argv[1])
index = matching.CaseIndex([f"c{i}" for i in range(len(texts))], texts, np.zeros((len(texts), matching.DIM), np.float32))
s = index.read(sys.argv[2], None, [sys.argv[2]])
print(json.dumps({"vocab": list(index.bm25.vocab_dict.items()),
                  "relevance": [float(x).hex() for x in index.relevance(s)],
                  "case_weight": [float(x).hex() for x in index.case_weight],
                  "top": [p for p, *_ in index.top(s)]}))
"""

CASES = ["queue consumer lag grows after the broker restart, offsets stuck",
         "broker restart drops the consumer group, lag alarm fires",
         "TLS handshake fails after the certificate rotation on the gateway",
         "gateway returns 502 while the certificate rotation runs",
         "nightly backup job fills the disk and the database stops writing",
         "disk pressure evicts pods on the storage nodes"]
REPORT = "consumer lag alarm after we restarted the broker; offsets not moving"


def read_in_process(seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", READ, json.dumps(CASES), REPORT], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_an_index_numbers_its_terms_alike_in_every_process():
    first, second = read_in_process("1"), read_in_process("2")
    assert first["vocab"] == second["vocab"]
    assert first["case_weight"] == second["case_weight"]
    assert first["relevance"] == second["relevance"]


def test_twin_an_index_read_twice_in_one_process_ranks_alike():
    zeros = np.zeros((len(CASES), matching.DIM), np.float32)
    one = matching.CaseIndex([f"c{i}" for i in range(len(CASES))], CASES, zeros)
    two = matching.CaseIndex([f"c{i}" for i in range(len(CASES))], CASES, zeros)
    s1, s2 = one.read(REPORT, None, [REPORT]), two.read(REPORT, None, [REPORT])
    assert one.relevance(s1).tobytes() == two.relevance(s2).tobytes()
    assert [p for p, *_ in one.top(s1)][:2] == [0, 1]


def test_terms_are_numbered_in_the_order_they_first_occur():
    ids, vocab = matching.term_ids([["lag", "broker", "lag"], ["disk", "broker"]])
    assert vocab == {"lag": 0, "broker": 1, "disk": 2}
    assert ids == [[0, 1, 0], [2, 1]]
