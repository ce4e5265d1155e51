#!/usr/bin/env python3
"""Validate queries.jsonl for writer c19. Prints OK on success."""
import collections
import csv
import json
import re
import sys

import gen

FILE = "queries.jsonl"
N = 90
FIELDS = {"id", "split", "expected", "text"}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def sentences(text):
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", text.strip()) if p.strip()]
    return len(parts)


def main():
    with open("addresses.tsv", encoding="utf-8") as f:
        known = {row["case_id"] for row in csv.DictReader(f, delimiter="\t")}

    with open(FILE, encoding="utf-8") as f:
        raw = f.read()
    expected_raw = "\n".join(gen.build()) + "\n"
    if raw != expected_raw:
        fail("queries.jsonl differs from what gen.py builds (rerun gen.py)")

    lines = raw.splitlines()
    if len(lines) != N:
        fail("expected %d lines, got %d" % (N, len(lines)))

    per_case = collections.Counter()
    texts = set()
    splits = collections.Counter()
    voices = gen.voice_of()
    case_voices = collections.defaultdict(list)
    for pos, line in enumerate(lines, start=1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            fail("line %d not JSON: %s" % (pos, e))
        if set(obj) != FIELDS:
            fail("line %d fields %s" % (pos, sorted(obj)))
        want_id = "c19-%03d" % pos
        if obj["id"] != want_id:
            fail("line %d id %r, want %r" % (pos, obj["id"], want_id))
        want_split = "dev" if pos % 2 == 1 else "test"
        if obj["split"] != want_split:
            fail("%s split %r, want %r" % (obj["id"], obj["split"], want_split))
        splits[obj["split"]] += 1
        exp = obj["expected"]
        if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
            fail("%s expected must be a one-element list" % obj["id"])
        if exp[0] not in known:
            fail("%s expected %s not in addresses.tsv" % (obj["id"], exp[0]))
        per_case[exp[0]] += 1
        case_voices[exp[0]].append(voices[obj["id"]])
        text = obj["text"]
        if not isinstance(text, str) or not text.strip():
            fail("%s empty text" % obj["id"])
        if text in texts:
            fail("%s duplicate text" % obj["id"])
        texts.add(text)
        bad = gen.violations(exp[0], text)
        if bad:
            fail("%s contains avoid words %s" % (obj["id"], bad))
        n = sentences(text)
        if not 2 <= n <= 6:
            fail("%s has %d sentences (want 2-6)" % (obj["id"], n))

    if splits["dev"] != N // 2 or splits["test"] != N // 2:
        fail("split counts %s" % dict(splits))
    over = {c: n for c, n in per_case.items() if n > 2}
    if over:
        fail("cases used more than twice: %s" % over)
    for case, vs in case_voices.items():
        if len(vs) == 2 and vs[0] == vs[1]:
            fail("%s: two reports in the same voice (%s)" % (case, vs[0]))
    if len(set(voices.values())) < 10:
        fail("fewer than 10 voices")

    print("%d reports, %d cases, dev=%d test=%d, %d voices" % (
        len(lines), len(per_case), splits["dev"], splits["test"], len(set(voices.values()))))
    print("OK")


if __name__ == "__main__":
    main()
