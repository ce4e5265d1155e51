"""What the redaction rounds' probe tests share: a line's values left in clear, and the round start's verdict.

Each round's test file holds invented positives that the redactor at the round's start missed and twins it kept;
`assert_new_at_round_start` checks both against that revision (bench/redaction.py's `baseline_module`), so a test
that could not fail is caught.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def through_gate(text: str) -> str:
    """The text as the gate's text door stores it (every entry point's one gate, with the service's redactor)."""
    from exporter.privacy.gate import Gate
    from exporter.privacy.redaction import Redactor

    return Gate(Redactor()).text(text)


def leaked(redactor, line: str, gone: list[str]) -> list[str]:
    """The values of `gone` still in the redacted line."""
    out = redactor.redact(line).text
    return [value for value in gone if value in out]


def round_start_redactor(rev: str):
    """The redactor at `rev`, every privacy module from that revision (skipped where the tree has no git history)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        from redaction import baseline_module

        return baseline_module(rev).Redactor()
    except Exception as exc:  # (no git history in an exported tree)
        pytest.skip(f"round start not readable: {exc}")


def assert_new_at_round_start(rev: str, found: list[tuple[str, list[str]]], kept: list[str]) -> None:
    """Every positive was missed at `rev` and every twin kept there (skipped where the tree has no git history)."""
    start = round_start_redactor(rev)
    assert [line for line, gone in found if not leaked(start, line, gone)] == [], (
        "found at the round start already"
    )
    assert [line for line in kept if start.redact(line).text != line] == []


def assert_kept_or_twin(start, now, line: str, value: str | None) -> None:
    """A kept line (`value` None) comes out of `now` as written where `start` changed it; a twin loses `value`
    under both (so neither half of the pair could pass without the change)."""
    before, after = start.redact(line).text, now.redact(line).text
    if value is None:
        assert (after, before != line) == (line, True)
    else:
        assert value not in after and value not in before


class GateRedactor:
    """The gate's text door as `assert_kept_or_twin` calls a redactor: the new tree is read through the gate
    (rounds 24 and 27)."""

    def __init__(self) -> None:
        from exporter.privacy.gate import Gate
        from exporter.privacy.redaction import Redactor

        self._gate = Gate(Redactor())

    def redact(self, text: str):
        return _Text(self._gate.text(text))


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text
