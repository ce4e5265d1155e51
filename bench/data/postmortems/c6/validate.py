#!/usr/bin/env python3
"""Validate queries.jsonl for set c6 (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Company / product / write-up names, plus distinctive cause words of the write-ups.
AVOID = [
    # companies, products, write-up names
    "Allegro", "Cloudflare", "Etsy", "Solr", "Facebook", "Instagram", "ThousandEyes", "GoCardless",
    "Google", "Gmail", "YouTube", "Chrome", "Chromium", "GCE", "GKE", "GCS", "Heroku", "dyno", "dynos",
    "Azure", "Microsoft", "Stack Exchange", "Stack Overflow", "StackOverflow", "Sentry", "Travis",
    "Steam", "Valve", "AWS", "Amazon", "EC2", "EBS", "ELB", "S3", "RDS", "DynamoDB", "SimpleDB",
    "us-east-1", "europe-west1", "GitHub", "PythonAnywhere", "Knight", "Subversion", "svn", "CollabNet",
    "WebKit", "LKML", "Mozilla", "Firefox", "AppNexus", "AT&T", "Basecamp", "37signals", "BBC", "iPlayer",
    "Bintray", "Bitly", "BrowserStack", "Buildkite", "Bungie", "Destiny", "EVE Online", "CCP", "Chef",
    "Supermarket", "CircleCI", "Discord", "Dropbox", "Duo", "Fortnite", "Epic", "ESLint", "Flowdock",
    "Hacker News", "Gentoo", "GitLab", "Gliffy", "Mojang", "Minecraft", "Homebrew", "Instapaper",
    "Joyent", "Manta", "Kickstarter", "Mailgun", "Mailchimp", "Mandrill", "Medium", "Netflix",
    "PagerDuty", "Parity", "Reddit", "Salesforce", "NA14", "ShapeShift", "Skyliner", "Slack", "Spotify",
    "Square", "Stackdriver", "Strava", "Stripe", "Tarsnap", "Twilio", "vzaar", "Yeller", "Zerodha",
    "Kite", "Skyscanner", "Moonlight", "deploy.live", "Civis", "Zalando", "Target", "AirMap", "Monzo",
    "Universe", "Saltside", "SaleMove", "Ethereum",
    # distinctive cause / mechanism words
    "leap", "leap second", "leap day", "leap year", "wraparound", "wrap-around", "transaction ID", "xid",
    "memcached", "amplification", "11211", "backtracking", "regex", "regular expression",
    "Power Peg", "SMARS", "repurposed", "dead code", "SHA-1", "SHA1", "collision", "SHAttered",
    "Flowspec", "Juniper", "Cloudbleed", "Ragel", "buffer overrun", "typo", "autovacuum",
    "orchestrator", "split-brain", "split brain", "Pacemaker", "crm", "rm -rf", "STEAMROOT",
    "truncate", "truncated", "DATABASE_URL", "infinite loop", "Zookeeper", "autoscaler", "2TB", "ext3",
    "overflow", "32-bit", "2147483647", "max int", "Mesos", "Marathon", "BitTorrent", "torrent", "linkerd",
    "eslint-scope", "initWallet", "delegatecall", "shellshock", "lightning", "double free", "double-free",
    "insider", "transfer certificate", "4ESS", "SS7", "Atlanta", "intermediate certificate",
    "signing certificate", "Multipass", "StackEgg", "MCP", "shortcut", "Ctrl+Alt", "ndots", "conntrack",
    "peering", "memory leak", "leak", "leaked", "Consul", "Kafka",
]

def load_cases():
    ids = set()
    with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.rstrip("\n")
            if line:
                ids.add(line.split("\t")[0])
    return ids

def sentences(text):
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=\S)", text.strip()) if p.strip()]
    return len(parts)

def main():
    cases = load_cases()
    errors, warnings = [], []
    recs = []
    with open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append("line %d: parse error %s" % (n, e))
    ids = Counter(r.get("id") for r in recs)
    for i, c in ids.items():
        if c > 1:
            errors.append("duplicate id %s" % i)
    pats = [(w, re.compile(r"(?<![\w])" + re.escape(w) + r"(?![\w])", re.I)) for w in AVOID]
    for pos, r in enumerate(recs, 1):
        for k in ("id", "split", "expected", "text"):
            if k not in r:
                errors.append("%s: missing %s" % (r.get("id"), k))
        want = "dev" if pos % 2 == 1 else "test"
        if r.get("split") != want:
            errors.append("%s: split %s, expected %s by position" % (r["id"], r.get("split"), want))
        exp = r.get("expected") or []
        if not exp:
            errors.append("%s: empty expected" % r["id"])
        if len(set(exp)) != len(exp):
            errors.append("%s: repeated expected id" % r["id"])
        for e in exp:
            if e not in cases:
                errors.append("%s: expected id %s not in addresses.tsv" % (r["id"], e))
        for w, p in pats:
            m = p.search(r["text"])
            if m:
                errors.append("%s: AVOID term %r found: ...%s..." % (r["id"], w, r["text"][max(0, m.start()-20):m.end()+20]))
        ns = sentences(r["text"])
        if ns < 2 or ns > 6:
            warnings.append("%s: %d sentences (approx.)" % (r["id"], ns))
    splits = Counter(r["split"] for r in recs)
    primaries = Counter(r["expected"][0] for r in recs)
    all_ids = set(e for r in recs for e in r["expected"])
    multi = [r for r in recs if len(r["expected"]) > 1]
    print("reports:", len(recs))
    print("splits:", dict(splits))
    print("distinct primary cases:", len(primaries))
    print("distinct cases (any position):", len(all_ids))
    print("cases with two reports as primary:", sorted(k for k, v in primaries.items() if v > 1))
    print("multi-id reports:", len(multi))
    groups = Counter(tuple(sorted(r["expected"])) for r in multi)
    for g, c in sorted(groups.items()):
        print("  group", ",".join(g), "x%d" % c)
    print("cases never used:", len(cases - all_ids))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
