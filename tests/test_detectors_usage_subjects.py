"""Conversational turns, the org's names, and subjects: the pure parts of reading questions as people mean them."""

import numpy as np
import pytest

from detectors.conversation import classify, style_request
from detectors.entities import from_labels, learn_from_questions, slot_entities
from detectors.subjects import group_subjects, reading
from detectors.templates import question_template


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ok that worked", "ack"),
        ("thanks, that fixed it", "ack"),
        ("🙏", "ack"),
        ("tl;dr", "less_detail"),
        ("too long", "less_detail"),
        ("explain more", "more_detail"),
        ("can you elaborate?", "more_detail"),
        ("thanks, why is checkout slow", "question"),
        ("why is checkout slow", "question"),
        ("explain the p99 of checkout", "question"),
        ("ok so what about the orders database", "question"),
    ],
)
def test_small_talk_and_follow_ups_are_signals_and_questions_stay_questions(text, kind):
    assert classify(text) == kind


def test_a_style_request_is_split_off_its_question_even_after_hyphenated_names():
    assert style_request("why is order-created not emptying (shorter)") == ("why is order-created not emptying",
                                                                            "less_detail")
    assert style_request("errors on web-1, today") == ("errors on web-1, today", None)


def test_names_come_from_alert_labels_then_from_where_they_stand_in_questions():
    known = from_labels([{"service": "pricing", "instance": "node-a17:9100"}, {"job": "reporting"}])
    assert known == {"pricing": "service", "node-a17": "host", "reporting": "service"}
    history = [question_template(t) for t in (
        "error rate for pricing today", "error rate for reporting today", "error rate for basket today",
        "how slow is pricing", "how busy is pricing",
    )]
    learned = learn_from_questions(history, known)
    assert learned == {"basket": "service"}, "a word where known names stand is a name; 'slow' and 'busy' are not"
    names = {**known, **learned}
    assert question_template("Error rate for Basket in the last hour", names) == "error rate for {service} {range}"
    assert slot_entities("{range} on pricing", names) == "{range} on {service}"


def test_today_and_right_now_are_ranges_in_a_template():
    assert question_template("what was deployed today") == question_template("what was deployed in the last 2 hours")
    assert question_template("is pricing laggy right now") == "is pricing laggy {range}"


def test_subjects_group_close_readings_and_keep_far_ones_apart():
    rng = np.random.default_rng(0)
    centres = np.eye(3, 16)
    x = np.concatenate([c + 0.1 * rng.standard_normal((5, 16)) for c in centres])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    g = group_subjects(x, np.arange(15, 0, -1, dtype=float))
    assert g.count == 3
    assert len({tuple(g.labels[i * 5 : i * 5 + 5]) for i in range(3)}) == 3
    assert all(len(set(g.labels[i * 5 : i * 5 + 5])) == 1 for i in range(3))
    assert g.labels[0] == 0, "the most asked subject comes first"
    assert reading("how slow is {service} {range}") == "how slow is service"


def test_broad_groups_are_the_same_tree_cut_higher_and_nest_subjects():
    """Two wordings of one thing that MiniLM keeps apart (jargon) are two subjects but one broad group;
    a far subject stays its own broad group too."""
    rng = np.random.default_rng(1)
    a = np.eye(1, 16)[0]
    b = a + 1.2 * np.eye(1, 16, 1)[0]  # near a, beyond the subject cut (cosine distance ~0.36 + spread)
    far = np.eye(1, 16, 2)[0]
    x = np.concatenate([c + 0.05 * rng.standard_normal((4, 16)) for c in (a, b, far)])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    g = group_subjects(x, np.ones(12), cut=0.3, broad_cut=0.6)
    assert len(set(g.labels.tolist())) == 3
    group = g.broad[g.labels]
    assert group[0] == group[4] != group[8], (g.labels, g.broad)
    wider = group_subjects(x, np.ones(12), cut=0.3, broad_cut=0.3)
    assert len(set(wider.broad.tolist())) == 3, "cut at the subject level, broad groups are the subjects"
