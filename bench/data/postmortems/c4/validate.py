#!/usr/bin/env python3
"""Validate queries.jsonl for batch c4 (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Company names, product names and cause-revealing words that must not appear in any report text.
AVOID = [
    # companies / orgs / products
    "cloudflare", "google", "gmail", "youtube", "amazon", "aws", "ec2", "ebs", "elb", "azure", "microsoft",
    "github", "gitlab", "heroku", "dyno", "travis", "stack overflow", "stackoverflow", "stack exchange",
    "stackexchange", "basecamp", "strava", "sentry", "mandrill", "mailchimp", "knight", "dropbox", "reddit",
    "twilio", "joyent", "manta", "instapaper", "gliffy", "kickstarter", "parity", "shapeshift", "salesforce",
    "netflix", "pagerduty", "mozilla", "firefox", "chromium", "eslint", "homebrew", "gentoo", "browserstack",
    "buildkite", "circleci", "fortnite", "epic games", "foursquare", "facebook", "instagram", "whatsapp",
    "allegro", "bitly", "at&t", "webkit", "subversion", "svn", "collabnet", "zalando", "skyscanner", "monzo",
    "thousandeyes", "gocardless", "etsy", "valve", "steam", "bungie", "eve online", "orchestrator", "power peg",
    "smars", "unicorn", "s3", "gce", "gcs", "iplayer", "bbc", "pythonanywhere", "tarsnap", "mojang",
    # cause-revealing words
    "wraparound", "wrap-around", "wrap around", "leap", "backtrack", "overflow", "typo", "expired", "expiry",
    "collision", "sha-1", "sha1", "shellshock", "double free", "split-brain", "split brain", "amplification",
    "reflection", "fragmentation", "truncate", "rm -rf", "infinite loop", "memory leak", "bit flip",
    "bit corruption", "flowspec", "regex", "regular expression", "bgp", "ext3", "insider", "int32",
    "integer max", "max int", "2^31", "delegatecall", "initwallet", "typo'd", "dns propagation",
]
URL_RE = re.compile(r"(https?://|www\.|\b[\w-]+\.(com|net|org|io|tech|co\.uk|de|nl|se|blog)\b)", re.I)

def main():
    errors = []
    cases = set()
    with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == 0 or not line.strip():
                continue
            cases.add(line.split("\t")[0].strip())
    rows = []
    with open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
    if len(rows) != 90:
        errors.append("expected 90 lines, got %d" % len(rows))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    texts = [r.get("text", "").strip().lower() for r in rows]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    split = {"dev": 0, "test": 0}
    for i, r in enumerate(rows, 1):
        if set(r) != {"id", "split", "expected", "text"}:
            errors.append("%s: wrong keys %s" % (r.get("id"), sorted(r)))
        if r.get("id") != "c4-%02d" % i:
            errors.append("%s: id out of order (want c4-%02d)" % (r.get("id"), i))
        want = "dev" if i % 2 == 1 else "test"
        if r.get("split") != want:
            errors.append("%s: split %s, want %s" % (r.get("id"), r.get("split"), want))
        split[r.get("split")] = split.get(r.get("split"), 0) + 1
        exp = r.get("expected")
        if not isinstance(exp, list) or not exp:
            errors.append("%s: expected must be non-empty list" % r.get("id"))
            exp = []
        if len(set(exp)) != len(exp):
            errors.append("%s: repeated expected id" % r.get("id"))
        for c in exp:
            if c not in cases:
                errors.append("%s: unknown case id %s" % (r.get("id"), c))
        text = r.get("text", "")
        low = text.lower()
        if URL_RE.search(text):
            errors.append("%s: URL-like string %r" % (r.get("id"), URL_RE.search(text).group(0)))
        for w in AVOID:
            if re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", low):
                errors.append("%s: avoid-list word %r" % (r.get("id"), w))
        ns = len(re.findall(r"[.!?](\s|$)", text))
        if ns < 1:
            errors.append("%s: no sentence end" % r.get("id"))
    primaries = [r["expected"][0] for r in rows if r.get("expected")]
    distinct_primary = len(set(primaries))
    distinct_any = len({c for r in rows for c in r.get("expected", [])})
    multi = sum(1 for r in rows if len(r.get("expected", [])) > 1)
    print("reports: %d" % len(rows))
    print("split: dev=%d test=%d" % (split.get("dev", 0), split.get("test", 0)))
    print("distinct primary cases: %d" % distinct_primary)
    print("distinct cases referenced (any position): %d" % distinct_any)
    print("multi-id reports: %d" % multi)
    if split.get("dev") != 45 or split.get("test") != 45:
        errors.append("split not 45/45")
    for e in errors:
        print("ERROR:", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
