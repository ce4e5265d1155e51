#!/usr/bin/env python3
"""Validate queries.jsonl written by gen.py (writer c13). Prints OK or the list of problems."""
import collections
import csv
import json
import os
import re
import sys

import gen

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "split", "expected", "text"}
N = 90
MIN_S, MAX_S = 2, 6
MAX_PER_CASE = 2
MIN_VOICES = 6


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if re.search(r"\w", p)]


def hits(text, words):
    found = []
    for w in words:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.IGNORECASE):
            found.append(w)
    return found


def main():
    errs = []
    with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
        known = {r["case_id"] for r in csv.DictReader(f, delimiter="\t")}

    path = os.path.join(HERE, "queries.jsonl")
    with open(path, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != gen.serialize(gen.build()):
        errs.append("queries.jsonl differs from gen.build(); re-run gen.py")
    rows = [json.loads(line) for line in on_disk.splitlines() if line.strip()]
    if len(rows) != N:
        errs.append("expected %d rows, got %d" % (N, len(rows)))
    if len(gen.REPORTS) != len(rows):
        errs.append("REPORTS and rows differ in length")

    per_case = collections.defaultdict(list)
    for i, row in enumerate(rows, start=1):
        if set(row) != FIELDS:
            errs.append("row %d: fields %s" % (i, sorted(row)))
            continue
        want_id = "c13-%03d" % i
        if row["id"] != want_id:
            errs.append("row %d: id %r != %r" % (i, row["id"], want_id))
        want_split = "dev" if i % 2 == 1 else "test"
        if row["split"] != want_split:
            errs.append("%s: split %r != %r" % (row["id"], row["split"], want_split))
        exp = row["expected"]
        if not (isinstance(exp, list) and len(exp) == 1 and isinstance(exp[0], str)):
            errs.append("%s: expected must be a one-item list" % row["id"])
            continue
        case = exp[0]
        if case not in known:
            errs.append("%s: unknown case %s" % (row["id"], case))
        text = row["text"]
        if not isinstance(text, str) or not text.strip():
            errs.append("%s: empty text" % row["id"])
            continue
        n = len(sentences(text))
        if not MIN_S <= n <= MAX_S:
            errs.append("%s: %d sentences" % (row["id"], n))
        g = hits(text, gen.GLOBAL_AVOID)
        if g:
            errs.append("%s: global avoid words %s" % (row["id"], g))
        if case not in gen.AVOID or not gen.AVOID[case]:
            errs.append("%s: no AVOID list for %s" % (row["id"], case))
        else:
            c = hits(text, gen.AVOID[case])
            if c:
                errs.append("%s: case avoid words %s" % (row["id"], c))
        rcase, voice, rtext = gen.REPORTS[i - 1]
        if rcase != case or rtext != text:
            errs.append("%s: row does not match REPORTS entry" % row["id"])
        if not voice:
            errs.append("%s: no voice" % row["id"])
        per_case[case].append(voice)

    for case, voices in sorted(per_case.items()):
        if len(voices) > MAX_PER_CASE:
            errs.append("%s: %d reports (max %d)" % (case, len(voices), MAX_PER_CASE))
        if len(voices) != len(set(voices)):
            errs.append("%s: repeated voice %s" % (case, voices))
    all_voices = {v for vs in per_case.values() for v in vs}
    if len(all_voices) < MIN_VOICES:
        errs.append("only %d voices" % len(all_voices))
    unused = set(gen.AVOID) - set(per_case)
    if unused:
        errs.append("AVOID lists for unused cases: %s" % sorted(unused))
    texts = [r.get("text") for r in rows]
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")

    if errs:
        print("FAIL (%d problems)" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("OK: %d reports, %d cases, %d voices" % (len(rows), len(per_case), len(all_voices)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
