"""A long report is read whole: past the model's 256 word pieces, its steps, error output and last findings still
count in the match's meaning (`embeddings.whole_text_vectors`, round 21, issue 17), for the case recorded and for the
report matched alike; a report or case within the window keeps the model's own vector."""

from __future__ import annotations

import random

import numpy as np

from exporter.text import embeddings
from tests.test_cases_api import case, match, post_case


def _timeline(seed: int = 21, lines: int = 14) -> str:
    """A long on-call timeline that says nothing about the cause: what every report of the night opens with."""
    rng = random.Random(seed)
    checks = ["the load balancer dashboard", "the queue depth graph", "the node exporter panel", "the deploy log",
              "the error budget page", "the database connection graph", "the CDN status page"]
    return " ".join(f"At 02:{rng.randrange(60):02d} the on-call engineer opened {rng.choice(checks)} and saw "
                    f"nothing unusual, so {rng.choice(['she', 'he', 'they'])} kept watching." for _ in range(lines))


OPENING = _timeline()
DISK = "Then the nightly backup filled the data volume and the database stopped accepting writes."
CERT = "Then browsers refused the site: the TLS certificate on the ingress had expired at midnight."
REPORT = OPENING + " In the end customers saw security warnings because the HTTPS cert on the edge had lapsed."


def test_the_opening_alone_fills_the_models_window():
    assert len(embeddings.model().tokenizer(OPENING, add_special_tokens=False)["input_ids"]) > embeddings.WINDOW


def test_a_long_reports_ending_decides_which_case_it_means(client):
    post_case(client, case(f"{OPENING} {DISK}", "free space on the data volume", cause="backup wrote to the data disk"))
    post_case(client, case(f"{OPENING} {CERT}", "renew the certificate", cause="certificate renewal job had failed"))
    by_cause = {m["root_cause"]["issue"]: m["why"]["semantic_similarity"] for m in match(client, REPORT)}
    cert, disk = by_cause["certificate renewal job had failed"], by_cause["backup wrote to the data disk"]
    assert cert > disk + 0.005  # cut at the window, both cases and the report are the same timeline: equal


def test_a_long_texts_vector_holds_its_ending_where_the_cut_one_does_not():
    whole = embeddings.whole_text_vectors([REPORT])[0]
    cut = embeddings.embed([REPORT])[0]
    ending = embeddings.embed([REPORT[len(OPENING):]])[0]
    assert float(whole @ ending) > float(cut @ ending) + 0.05
    assert abs(float(np.linalg.norm(whole)) - 1.0) < 1e-5


def test_a_report_within_the_window_keeps_the_models_own_vector():
    short = "Customers see certificate warnings on the shop since midnight; the ingress cert looks expired."
    assert np.array_equal(embeddings.whole_text_vectors([short])[0], embeddings.embed([short])[0])
    assert embeddings.windows(short) == [(short, embeddings.WINDOW)]


def test_the_windows_cover_the_text_in_order_each_within_the_window():
    parts = embeddings.windows(REPORT)
    assert len(parts) >= 2 and all(0 < n <= embeddings.WINDOW for _, n in parts)
    assert REPORT.startswith(parts[0][0]) and REPORT.endswith(parts[-1][0])
    pieces = embeddings.model().tokenizer(REPORT, add_special_tokens=False)["input_ids"]
    assert sum(n for _, n in parts) == len(pieces)


def test_a_very_long_report_is_read_over_a_bounded_number_of_windows():
    """A 64 KB report costs the model what its first windows do, not a call per 254 pieces (review R1)."""
    huge = _timeline(lines=2000)[:64_000]
    parts = embeddings.windows(huge)
    assert len(parts) == embeddings.MAX_WINDOWS and all(n == embeddings.WINDOW for _, n in parts)
    assert huge.startswith(parts[0][0])


def test_a_long_reports_short_tail_is_not_padded_to_a_full_window():
    """Each model call holds one window rank: the first window of a 260-piece report and its short tail in one batch
    were both padded to 254 pieces, twice one embedding's cost (round 22: the match p99 at 100k cases)."""
    calls: list[list[str]] = []

    def recording(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return embeddings.embed(texts)

    report = OPENING + " " + CERT
    parts = embeddings.windows(report)
    assert len(parts) == 2 and parts[1][1] < embeddings.WINDOW // 2
    embeddings.whole_text_vectors([report], recording)
    assert calls == [[parts[0][0]], [parts[1][0]]]


def test_windows_embedded_apart_give_the_one_batch_vector_within_float_noise():
    parts = embeddings.windows(REPORT)
    together = embeddings.embed([w for w, _ in parts])
    weights = np.array([n for _, n in parts], dtype=np.float64)
    weights[0] *= embeddings.FIRST_WINDOW
    mean = (weights[:, None] * together).sum(axis=0)
    assert np.allclose(embeddings.whole_text_vectors([REPORT])[0], mean / np.linalg.norm(mean), atol=1e-6)


def test_a_batch_of_short_and_long_texts_gives_each_its_own_vector():
    texts = ["Disk full on the database host.", REPORT, OPENING + " " + DISK, "TLS certificate expired at midnight."]
    together = embeddings.whole_text_vectors(texts)
    alone = np.stack([embeddings.whole_text_vectors([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-6)
