#!/usr/bin/env python3
"""Validate queries.jsonl for writer c21. Prints OK on success, exits 1 otherwise."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

QUERIES = os.path.join(HERE, "queries.jsonl")
ADDRESSES = os.path.join(HERE, "addresses.tsv")
N_EXPECTED = 90
FIELDS = {"id", "split", "expected", "text"}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def sentences(text):
    # rough count: split on sentence-ending punctuation or newlines
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    return [p for p in parts if p.strip()]


def main():
    case_ids = set()
    with open(ADDRESSES, encoding="utf-8") as f:
        header = f.readline()
        if not header.startswith("case_id"):
            fail("addresses.tsv header unexpected")
        for line in f:
            line = line.rstrip("\n")
            if line:
                case_ids.add(line.split("\t")[0])

    with open(QUERIES, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != N_EXPECTED:
        fail("expected %d lines, got %d" % (N_EXPECTED, len(lines)))

    per_case = collections.Counter()
    texts = set()
    splits = collections.Counter()
    for pos, line in enumerate(lines, start=1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            fail("line %d not JSON: %s" % (pos, e))
        if set(obj) != FIELDS:
            fail("line %d fields %s" % (pos, sorted(obj)))
        want_id = "c21-%03d" % pos
        if obj["id"] != want_id:
            fail("line %d id %r, want %r" % (pos, obj["id"], want_id))
        want_split = "dev" if pos % 2 == 1 else "test"
        if obj["split"] != want_split:
            fail("line %d split %r, want %r" % (pos, obj["split"], want_split))
        splits[obj["split"]] += 1
        exp = obj["expected"]
        if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
            fail("line %d expected must be a one-element list of str" % pos)
        if exp[0] not in case_ids:
            fail("line %d expected %s not in addresses.tsv" % (pos, exp[0]))
        per_case[exp[0]] += 1
        text = obj["text"]
        if not isinstance(text, str) or not text.strip():
            fail("line %d empty text" % pos)
        norm = " ".join(text.lower().split())
        if norm in texts:
            fail("line %d duplicate text" % pos)
        texts.add(norm)
        n = len(sentences(text))
        if not 2 <= n <= 6:
            fail("line %d has %d sentences/lines (want 2-6)" % (pos, n))
        hits = gen.check(exp[0], text)
        if hits:
            fail("line %d contains avoided words %s" % (pos, hits))

    over = {c: n for c, n in per_case.items() if n > 2}
    if over:
        fail("cases used more than twice: %s" % over)
    if splits["dev"] != 45 or splits["test"] != 45:
        fail("split counts %s" % dict(splits))

    # two reports of one case must be in two different voices
    voices = collections.defaultdict(list)
    for case, voice, _ in gen.REPORTS:
        voices[case].append(voice)
    for case, vs in voices.items():
        if len(vs) != len(set(vs)):
            fail("case %s reuses a voice: %s" % (case, vs))
    if len({v for _, v, _ in gen.REPORTS}) < 10:
        fail("fewer than 10 voices")

    built = "\n".join(gen.build()) + "\n"
    if built != raw:
        fail("queries.jsonl differs from what gen.py builds")

    print("%d reports, %d cases, dev=%d test=%d" % (
        len(lines), len(per_case), splits["dev"], splits["test"]))
    print("OK")


if __name__ == "__main__":
    main()
