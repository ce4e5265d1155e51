"""Whether a change to the redactor changed its output: the redactor at a git revision and the one in this
tree, run over the same texts, must give byte-identical text and identical counts (a speed-up must be
invisible).

Texts: every line of the dev halves (`bench/data/redaction/*dev*.tsv`; the released test halves only with
`--test-halves`, for a change meant to change nothing; blind corpora are never read here), the demo generator's events (as ingest redacts them, whole events), bench/ingest.py's
texts, every string constant in the redaction and privacy tests, texts drawn from the redaction tests'
hypothesis strategies, and every line (and every run of three lines) of this repository's Markdown and
Python files. Each text goes through the default redactor, one with every class, and one that keeps
private addresses.

    PYTHONPATH=$PWD .venv/bin/python bench/redaction_identity.py --rev 22760d2
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from redaction import DATA, baseline_module, events_text, load  # noqa: E402

TEST_FILES = ("test_redaction.py", "test_redaction_gate.py", "test_redaction_principles.py",
              "test_privacy_controls.py", "test_privacy_forget.py", "test_edge_fuzz.py")


def dev_lines() -> list[str]:
    paths = sorted(DATA.glob("*dev*.tsv"))
    assert not any("test" in p.name or "blind" in p.name for p in paths)
    return [text for path in paths for _kind, text, _gone, _family in load(path.name)]


def test_half_lines() -> list[str]:
    """The released test halves (`--test-halves`: for a change that must change nothing, every released line is
    evidence; the blind corpora stay unread)."""
    paths = sorted(p for p in DATA.glob("*test*.tsv") if "blind" not in p.name)
    return [text for path in paths for _kind, text, _gone, _family in load(path.name)]


def test_constants() -> list[str]:
    out = []
    for name in TEST_FILES:
        tree = ast.parse((ROOT / "tests" / name).read_text())
        out.extend(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return out


def hypothesis_texts(n: int) -> list[str]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, str(ROOT / "tests"))
    import test_redaction as t

    drawn: list[str] = []
    strategy = st.one_of(
        st.tuples(t.safe_text, t.embedded_secret(), t.safe_text).map(lambda p: f"{p[0]} {p[1][0]} {p[2]}"),
        t.safe_text,
        st.tuples(st.lists(t._fragment, max_size=6), st.sampled_from(["", " ", "\n", "=", ": ", "@", "/", '"']))
        .map(lambda p: p[1].join(p[0])),
        st.text(max_size=80),
    )

    @settings(max_examples=n, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def draw(text: str) -> None:
        drawn.append(text)

    draw()
    return drawn


def repository_texts() -> list[str]:
    files = subprocess.run(["git", "ls-files", "*.md", "*.py"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    out = []
    for name in files:
        if name.startswith("bench/data/") or "blind" in name or name.endswith("gen.py"):
            continue
        lines = (ROOT / name).read_text(errors="replace").splitlines()
        out.extend(lines)
        out.extend("\n".join(lines[i : i + 3]) for i in range(0, len(lines), 3))
    return out


class _Raised:
    """What a redactor that raised returns here, so that raising on one side and not the other differs."""

    def __init__(self, exc: Exception):
        self.text, self.counts = f"raised {type(exc).__name__}", {}


def _run(redactor, text: str):
    try:
        return redactor.redact(text)
    except Exception as exc:  # noqa: BLE001 (any exception is a difference to report)
        return _Raised(exc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", default="22760d2", help="the redactor to compare against (a git revision)")
    parser.add_argument("--hypothesis", type=int, default=3000, help="texts drawn from the tests' strategies")
    parser.add_argument("--test-halves", action="store_true",
                        help="also every released test half (for a change meant to change nothing; never blind)")
    args = parser.parse_args()
    from exporter.privacy.redaction import REDACTION_TYPES, Redactor

    old_cls = baseline_module(args.rev).Redactor
    pairs = [(Redactor(), old_cls()), (Redactor(REDACTION_TYPES), old_cls(REDACTION_TYPES))]
    try:
        pairs.append((Redactor(keep_private_addresses=True), old_cls(keep_private_addresses=True)))
    except TypeError:
        print(f"(the redactor at {args.rev} has no keep_private_addresses: two redactors compared)")
    from ingest import TEXTS

    sources = {
        "dev lines": dev_lines(),
        **({"released test-half lines": test_half_lines()} if args.test_halves else {}),
        "bench/ingest.py texts": list(TEXTS),
        "test string constants": test_constants(),
        "hypothesis draws": hypothesis_texts(args.hypothesis),
        "repository lines and 3-line runs": repository_texts(),
    }
    total = differ = 0
    for label, texts in sources.items():
        bad = 0
        for text in texts:
            for new, old in pairs:
                a, b = _run(new, text), _run(old, text)
                if (a.text, a.counts) != (b.text, b.counts):
                    bad += 1
                    if not label.endswith("lines"):  # (a corpus line is counted, never printed)
                        print(f"  DIFFERS ({label}): {text[:200]!r}\n    new {a.text[:200]!r}\n    old {b.text[:200]!r}")
        print(f"{label}: {len(texts)} texts, {bad} differ")
        total += len(texts)
        differ += bad
    events = events_text(100_000)
    bad = 0
    for ev in events:
        for new, old in pairs:
            ca: Counter = Counter()
            cb: Counter = Counter()
            if new.redact_value(ev, ca) != old.redact_value(ev, cb) or ca != cb:
                bad += 1
    print(f"demo events (whole events): {len(events)} events, {bad} differ")
    total += len(events)
    differ += bad
    print(f"\n{total} texts and events compared against {args.rev}, each through {len(pairs)} redactors: {differ} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
