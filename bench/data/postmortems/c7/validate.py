#!/usr/bin/env python3
"""Validate queries.jsonl for set c7."""
import collections
import json
import re
import sys

# Company / product names (incl. common-word names), checked in every report.
AVOID_GLOBAL = [
    "Allegro", "Cloudflare", "Etsy", "Facebook", "ThousandEyes", "GoCardless", "Google", "Gmail", "YouTube",
    "Chrome", "Chromium", "Heroku", "dyno", "dynos", "Azure", "Microsoft", "Stack Exchange", "Stack Overflow",
    "StackOverflow", "stackstatus", "Sentry", "Travis", "Steam", "Valve", "Amazon", "AWS", "EC2", "EBS", "ELB",
    "S3", "DynamoDB", "RDS", "GitHub", "PythonAnywhere", "Knight", "CollabNet", "Mozilla", "Firefox", "AppNexus",
    "AT&T", "Basecamp", "37signals", "BBC", "iPlayer", "Bintray", "Bitly", "BrowserStack", "Buildkite", "Bungie",
    "Destiny", "EVE", "CCP", "Chef", "Supermarket", "CircleCI", "Discord", "Dropbox", "Duo", "Epic", "Fortnite",
    "ESLint", "Flowdock", "Gentoo", "GitLab", "Gliffy", "Homebrew", "brew", "Instapaper", "Joyent", "Manta",
    "Kickstarter", "Mailgun", "Mailchimp", "Mandrill", "Medium", "Netflix", "PagerDuty", "Parity", "Reddit",
    "subreddit", "Salesforce", "NA14", "ShapeShift", "Skyliner", "Slack", "Spotify", "Square", "Stackdriver",
    "Strava", "Stripe", "Tarsnap", "Twilio", "vzaar", "Yeller", "Zerodha", "Skyscanner", "Moonlight", "Civis",
    "Zalando", "Monzo", "Saltside", "SaleMove", "AirMap", "Universe", "Foursquare", "Akamai", "GKE",
    "Compute Engine", "Cloud Storage", "Persistent Disk", "Windows Azure", "WebKit", "Apache",
]

# Distinctive cause words per case (checked in reports whose expected list contains the case).
AVOID_CASE = {
    "pm-001": ["Mesos", "quota"],
    "pm-002": ["flowspec", "Juniper", "99,971"],
    "pm-003": ["BitTorrent", "torrent"],
    "pm-005": ["Pacemaker", "RAID"],
    "pm-006": ["IP block", "propagation"],
    "pm-008": ["sync server"],
    "pm-009": ["slash", "StopBadware", "harm", "malware"],
    "pm-012": ["descheduled", "control plane"],
    "pm-014": ["infinite loop", "flighting", "blob front-end"],
    "pm-018": ["cleanup", "clean-up", "garbage"],
    "pm-020": ["truncate", "truncated", "truncation", "DATABASE_URL"],
    "pm-022": ["Atlanta"],
    "pm-023": ["lightning", "transformer", "snapshot bug"],
    "pm-024": ["derecho", "generator", "generators"],
    "pm-025": ["DRUPS", "UPS", "rotary"],
    "pm-026": ["firmware"],
    "pm-027": ["lightning"],
    "pm-029": ["Orchestrator", "cross-country"],
    "pm-030": ["foreign key", "ACCESS EXCLUSIVE"],
    "pm-032": ["Power Peg", "SMARS", "RLP", "flag", "repurposed", "dead code"],
    "pm-033": ["collision", "SHA1", "SHA-1", "SHAttered"],
    "pm-034": ["leap", "February 29", "Feb 29", "certificate"],
    "pm-035": ["leap", "leap second"],
    "pm-036": ["leap", "leap second", "hrtimer"],
    "pm-037": ["certificate", "expired", "expiry", "intermediate", "signing", "armagadd-on"],
    "pm-038": ["typo", "playbook", "index subsystem", "placement subsystem"],
    "pm-039": ["gossip", "bit flip", "corrupted message"],
    "pm-040": ["re-mirroring", "mirroring", "network change"],
    "pm-041": ["memory leak", "data collection agent"],
    "pm-042": ["global secondary index", "GSI", "membership"],
    "pm-043": ["double free", "ImpBus"],
    "pm-044": ["4ESS", "break statement"],
    "pm-046": ["integer", "overflow", "2147483647", "32-bit", "bigint"],
    "pm-050": ["Shellshock", "prototype"],
    "pm-057": ["Cloudbleed", "Ragel", "parser", "buffer", "overrun", "memory leak"],
    "pm-058": ["regex", "regular expression", "backtracking", "WAF"],
    "pm-061": ["upgrade", "upgrade script"],
    "pm-063": ["MCP", "XMPP", "3.4M"],
    "pm-064": ["eslint-scope", "eslint-config-eslint"],
    "pm-068": ["password"],
    "pm-069": ["memcached", "11211", "amplification"],
    "pm-071": ["rm -rf", "db1", "db2"],
    "pm-075": ["kernel", "overlay", "aufs"],
    "pm-077": ["Jenkins", "personal access token"],
    "pm-078": ["ext3", "2TB", "2 TB", "file size limit"],
    "pm-079": ["vacuum", "autovacuum", "wraparound"],
    "pm-080": ["typo", "operator error"],
    "pm-083": ["vacuum", "wraparound", "wrap around", "XID", "transaction ID"],
    "pm-084": ["AltGr", "shortcut", "Ctrl+Alt"],
    "pm-086": ["peering"],
    "pm-088": ["initWallet", "multisig", "multi-sig", "library"],
    "pm-090": ["autoscaler", "ZooKeeper"],
    "pm-091": ["firmware", "circuit breaker"],
    "pm-092": ["vacuum", "wraparound", "wrap around", "XID", "transaction ID"],
    "pm-093": ["insider", "employee", "rogue"],
    "pm-095": ["Transit Gateway", "TGW"],
    "pm-097": ["Multipass"],
    "pm-100": ["regex", "regular expression", "backtracking", "whitespace", "trim"],
    "pm-103": ["integer", "overflow", "2147483647", "32-bit", "bigint"],
    "pm-104": ["index"],
    "pm-106": ["Redis"],
    "pm-107": ["STEAMROOT", "rm -rf", "empty variable"],
    "pm-112": ["template", "templating", "namespace", "namespaces", "Helm"],
    "pm-116": ["CoreDNS", "kube-dns"],
    "pm-123": ["linkerd", "Cassandra"],
}


def has_term(text, term):
    pat = r"(?<![\w])" + re.escape(term) + r"(?![\w])"
    return re.search(pat, text, flags=re.IGNORECASE) is not None


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    return [p for p in parts if re.search(r"\w", p)]


def main():
    ok = True
    cases = set()
    with open("addresses.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                cases.add(line.split("\t")[0].strip())
    ids = set()
    split_n = collections.Counter()
    per_case = collections.Counter()
    n = 0
    two_ok = 0
    with open("queries.jsonl", encoding="utf-8") as f:
        for pos, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                print("line %d: bad JSON: %s" % (pos, e)); ok = False; continue
            n += 1
            if set(r) != {"id", "split", "expected", "text"}:
                print("%s: wrong keys %s" % (r.get("id"), sorted(r))); ok = False
            rid = r["id"]
            if rid in ids:
                print("duplicate id %s" % rid); ok = False
            ids.add(rid)
            if rid != "c7-%03d" % pos:
                print("%s: id does not match position %d" % (rid, pos)); ok = False
            want = "dev" if pos % 2 == 1 else "test"
            if r["split"] != want:
                print("%s: split %s, expected %s" % (rid, r["split"], want)); ok = False
            split_n[r["split"]] += 1
            exp = r["expected"]
            if not isinstance(exp, list) or not 1 <= len(exp) <= 2 or len(set(exp)) != len(exp):
                print("%s: bad expected %r" % (rid, exp)); ok = False
            for c in exp:
                if c not in cases:
                    print("%s: unknown case %s" % (rid, c)); ok = False
            per_case[exp[0]] += 1
            if len(exp) == 2:
                two_ok += 1
            text = r["text"]
            terms = list(AVOID_GLOBAL)
            for c in exp:
                terms += AVOID_CASE.get(c, [])
            for t in terms:
                if has_term(text, t):
                    print("%s: AVOID term %r present" % (rid, t)); ok = False
            ns = len(sentences(text))
            if not 2 <= ns <= 6:
                print("%s: %d sentences" % (rid, ns)); ok = False
    twice = sorted(c for c, k in per_case.items() if k > 1)
    print("reports: %d  dev: %d  test: %d" % (n, split_n["dev"], split_n["test"]))
    print("distinct primary cases: %d  cases with 2 reports: %d" % (len(per_case), len(twice)))
    print("covered twice: %s" % ", ".join(twice))
    print("with second acceptable id: %d" % two_ok)
    if not ok:
        print("VALIDATION FAILED"); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
