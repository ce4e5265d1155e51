#!/usr/bin/env python3
"""Validate queries.jsonl: shape, ids exist in addresses.tsv, split rule, AVOID list; print counts."""
import json, re, sys, collections

# Company / product / write-up names and outright cause words that must not appear in report texts.
AVOID = [
    # companies / products / write-up names
    "allegro", "cloudflare", "etsy", "thousandeyes", "facebook", "instagram", "whatsapp", "gocardless",
    "google", "gmail", "youtube", "chrome", "chromium", "heroku", "azure", "microsoft", "stack exchange",
    "stackexchange", "stack overflow", "stackoverflow", "sentry", "travis", "steam", "valve", "amazon", "aws",
    "s3", "ec2", "ebs", "elb", "dynamodb", "us-east-1", "github", "pythonanywhere", "knight", "subversion",
    "svn", "webkit", "mozilla", "firefox", "add-on", "addon", "appnexus", "at&t", "4ess", "basecamp", "bbc",
    "bintray", "bitly", "bit.ly", "browserstack", "buildkite", "bungie", "eve online", "chef", "circleci",
    "discord", "dropbox", "duo", "fortnite", "epic", "eslint", "npm", "flowdock", "foursquare", "mongo",
    "gentoo", "ebuild", "gitlab", "gliffy", "homebrew", "brew", "instapaper", "joyent", "manta", "kickstarter",
    "mailgun", "mandrill", "mailchimp", "medium", "netflix", "pagerduty", "parity", "reddit", "salesforce",
    "shapeshift", "skyliner", "slack", "spotify", "square", "stackdriver", "strava", "stripe", "tarsnap",
    "twilio", "vzaar", "yeller", "zerodha", "skyscanner", "moonlight", "gke", "civis", "zalando", "airmap",
    "monzo", "linkerd", "saltside", "salemove", "juniper", "pacemaker", "orchestrator", "prolexic", "akamai",
    # outright cause words
    "wraparound", "wrap-around", "leap", "backtracking", "catastrophic", "bit flip", "bitflip", "flowspec",
    "shellshock", "split-brain", "split brain", "power peg", "shattered", "collision", "amplification",
    "expired", "expiry", "typo", "overflow", "infinite loop", "double free", "memory leak", "ddos",
    "fat finger", "fat-finger", "race condition", "root cause",
]

def avoid_hits(text):
    t = text.lower()
    hits = []
    for w in AVOID:
        if re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", t):
            hits.append(w)
    return hits

def main():
    ids = set()
    with open("addresses.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0].strip())
    errors = []
    recs = []
    with open("queries.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append("line %d: bad json %s" % (n, e)); continue
            recs.append(r)
            if set(r) != {"id", "split", "expected", "text"}:
                errors.append("line %d: keys %s" % (n, sorted(r)))
            if r.get("id") != "c5-%02d" % n:
                errors.append("line %d: id %r not in writing order" % (n, r.get("id")))
            want = "dev" if n % 2 == 1 else "test"
            if r.get("split") != want:
                errors.append("line %d: split %r, rule says %s" % (n, r.get("split"), want))
            exp = r.get("expected")
            if not isinstance(exp, list) or not exp or len(set(exp)) != len(exp):
                errors.append("line %d: expected must be non-empty unique list" % n)
            else:
                for e in exp:
                    if e not in ids:
                        errors.append("line %d: unknown case id %s" % (n, e))
            text = r.get("text", "")
            if not isinstance(text, str) or not text.strip():
                errors.append("line %d: empty text" % n)
            else:
                sents = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Za-z`])", text.strip()) if s]
                if not 2 <= len(sents) <= 6:
                    errors.append("line %d: %d sentences" % (n, len(sents)))
                h = avoid_hits(text)
                if h:
                    errors.append("line %d: AVOID words %s" % (n, h))
    split_c = collections.Counter(r["split"] for r in recs)
    prim = collections.Counter(r["expected"][0] for r in recs)
    allids = set(e for r in recs for e in r["expected"])
    multi = sum(1 for r in recs if len(r["expected"]) > 1)
    print("reports: %d  dev: %d  test: %d" % (len(recs), split_c["dev"], split_c["test"]))
    print("distinct primary cases: %d  distinct cases referenced: %d  of %d in addresses.tsv" % (len(prim), len(allids), len(ids)))
    print("multi-id reports: %d  cases with 2+ reports as primary: %d" % (multi, sum(1 for v in prim.values() if v > 1)))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
