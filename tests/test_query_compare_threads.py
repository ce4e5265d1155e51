"""The reader's stemmer under request threads: a Snowball stemmer keeps its word in itself, so one shared by
threads hands one thread another's stem (cached for good by the reader) or raises IndexError (a 500)."""

import sys
import threading

import snowballstemmer

from detectors import query_compare

WORDS = ("connections", "latencies", "deployments", "throttling", "restarting", "memories", "acknowledged",
         "utilisation")


def test_stems_agree_across_threads():
    stem = query_compare._stem.__wrapped__  # the uncached reader: every call reaches a stemmer
    reference = {w: snowballstemmer.stemmer("english").stemWord(w) for w in WORDS}
    wrong, errors = [], []

    def run(word: str) -> None:
        try:
            for _ in range(4000):
                if stem(word) != reference[word]:
                    wrong.append(word)
        except Exception as exc:  # noqa: BLE001 - any error out of the stemmer is the defect
            errors.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=run, args=(w,)) for w in WORDS]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors and not wrong


def test_stem_keeps_short_and_non_alpha_words():
    assert query_compare._stem("p99") == "p99" and query_compare._stem("cpu") == "cpu"
    assert query_compare._stem("connections") == "connect"
