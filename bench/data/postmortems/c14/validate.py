#!/usr/bin/env python3
"""Validate queries.jsonl for writer c14; prints OK on success."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # data only; main() is not run on import

VOICES = {"on-call chat", "forum post", "status-page draft", "support ticket", "exec summary", "customer email",
          "security researcher", "junior bug report", "SRE handover note", "mobile-app store review",
          "non-native English speaker"}
errors = []


def err(msg):
    errors.append(msg)


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if re.search(r"\w", p)]


def hits(words, text):
    out = []
    for w in words:
        if re.search(r"(?<![\w])" + re.escape(w.lower()) + r"(?![\w])", text.lower()):
            out.append(w)
    return out


cases = set()
with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        if line.strip():
            cases.add(line.split("\t")[0].strip())

path = os.path.join(HERE, "queries.jsonl")
with open(path, encoding="utf-8") as f:
    raw = f.read()
expected_raw = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gen.build())
if raw != expected_raw:
    err("queries.jsonl differs from gen.py output")

rows = [json.loads(l) for l in raw.splitlines() if l.strip()]
if len(rows) != 90:
    err("expected 90 rows, got %d" % len(rows))
if len(gen.REPORTS) != len(rows):
    err("REPORTS length mismatch")

per_case = collections.defaultdict(list)
texts = set()
for i, r in enumerate(rows, 1):
    rid = "c14-%03d" % i
    if list(r.keys()) != ["id", "split", "expected", "text"]:
        err("%s: bad fields %s" % (rid, list(r.keys())))
    if r.get("id") != rid:
        err("%s: bad id %s" % (rid, r.get("id")))
    if r.get("split") != ("dev" if i % 2 else "test"):
        err("%s: bad split" % rid)
    exp = r.get("expected")
    if not isinstance(exp, list) or not 1 <= len(exp) <= 2 or len(set(exp)) != len(exp):
        err("%s: bad expected" % rid)
        exp = []
    for c in exp:
        if c not in cases:
            err("%s: unknown case %s" % (rid, c))
        if c in gen.SKIPPED:
            err("%s: uses skipped case %s" % (rid, c))
    text = r.get("text", "")
    n = len(sentences(text))
    if not 2 <= n <= 6:
        err("%s: %d sentences" % (rid, n))
    norm = re.sub(r"\W+", " ", text.lower()).strip()
    if norm in texts:
        err("%s: duplicate text" % rid)
    texts.add(norm)
    g = hits(gen.GLOBAL_AVOID, text)
    if g:
        err("%s: global avoid words %s" % (rid, g))
    for c in exp:
        if c not in gen.AVOID:
            err("%s: no AVOID list for %s" % (rid, c))
            continue
        h = hits(gen.AVOID[c], text)
        if h:
            err("%s: avoid words for %s: %s" % (rid, c, h))
    rep_exp, voice, rep_text = gen.REPORTS[i - 1]
    if voice not in VOICES:
        err("%s: unknown voice %s" % (rid, voice))
    if rep_text != text or list(rep_exp) != exp:
        err("%s: row does not match REPORTS" % rid)
    for c in exp:
        per_case[c].append(voice)

for c, vs in per_case.items():
    if len(vs) > 2:
        err("%s: %d reports" % (c, len(vs)))
    if len(set(vs)) != len(vs):
        err("%s: repeated voice %s" % (c, vs))

used_voices = {v for _, v, _ in gen.REPORTS}
if len(used_voices) < 8:
    err("only %d voices used" % len(used_voices))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
