"""An answer recorded under older reading rules is compared under the rules that read the new question."""

from __future__ import annotations

import json

from exporter.querymem.reading import READER_VERSION, read_question, stored_reading

ASKED_AT = 1_780_000_000.0
QUESTION = "5xx on checkout where env!=prod in the last hour"


def _row(saved: dict) -> dict:
    return {"query_text": QUESTION, "executed_at": ASKED_AT, "intent": json.dumps(saved),
            "range_start": None, "range_end": None}


def test_a_reading_saved_by_older_rules_is_read_again():
    current = read_question(QUESTION, ASKED_AT, "Europe/Berlin")
    older = current.as_dict() | {"key": "read-by-older-rules", "filters": {"env": "prod"}}
    older.pop("reader")
    reading, window = stored_reading(_row(older))
    assert reading.key == current.key and reading.filters == current.filters
    assert reading.tz == "Europe/Berlin", "read again in the zone it was asked in"
    assert window == current.window


def test_a_reading_saved_by_the_current_rules_is_used_as_saved():
    saved = read_question(QUESTION, ASKED_AT, "UTC").as_dict() | {"key": "as-saved"}
    assert saved["reader"] == READER_VERSION
    reading, _ = stored_reading(_row(saved))
    assert reading.key == "as-saved"
