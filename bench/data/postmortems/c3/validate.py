#!/usr/bin/env python3
"""Validate queries.jsonl for cases3."""
import csv, json, re, sys

# Names (companies / products / write-up-specific terms) deliberately avoided in texts.
AVOID = [
    "Allegro", "Cloudflare", "ThousandEyes", "Facebook", "Meta", "GoCardless", "Google", "Gmail",
    "YouTube", "Chrome", "Chromium", "GCE", "GCP", "GKE", "Heroku", "Azure", "Microsoft",
    "Stack Exchange", "StackExchange", "Stack Overflow", "StackOverflow", "Sentry", "Travis",
    "Steam", "Valve", "Amazon", "AWS", "S3", "EBS", "ELB", "EC2", "RDS", "DynamoDB", "GitHub",
    "PythonAnywhere", "Knight", "Power Peg", "Subversion", "SVN", "CollabNet", "SHAttered",
    "Mozilla", "Firefox", "add-on", "Armagadd", "AT&T", "4ESS", "Basecamp", "37signals", "BBC",
    "Bintray", "Bitly", "BrowserStack", "Shellshock", "Buildkite", "Bungie", "Destiny", "EVE Online",
    "CCP", "Chef", "Supermarket", "CircleCI", "Discord", "Dropbox", "Duo", "Fortnite", "Epic",
    "ESLint", "eslint-scope", "Etsy", "Flowdock", "Gentoo", "ebuild", "GitLab", "Gliffy",
    "Homebrew", "Instapaper", "Joyent", "Manta", "Kickstarter", "Mailgun", "Mandrill", "Mailchimp",
    "Medium", "Netflix", "PagerDuty", "Parity", "Reddit", "Salesforce", "NA14", "ShapeShift",
    "Skyliner", "Slack", "Spotify", "Square", "Multipass", "Stackdriver", "Strava", "Stripe",
    "Tarsnap", "Twilio", "vzaar", "Yeller", "Zerodha", "Skyscanner", "Moonlight", "Civis",
    "Zalando", "AirMap", "Monzo", "linkerd", "Universe", "Saltside", "SaleMove", "Foursquare",
    "Mojang", "Minecraft", "orchestrator", "Linux", "lkml", "memcached", "Flowspec", "Juniper",
    "leap", "wraparound", "wrap-around", "backtracking", "regex", "Cloudbleed", "ZooKeeper",
    "Pacemaker",
]
URL_RE = re.compile(r"(https?://|www\.|\b[a-z0-9-]+\.(com|net|org|io|se|de|nl|tech|sh)\b)", re.I)


def main():
    ids = set()
    with open("addresses.tsv") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ids.add(row["case_id"].strip())
    errs = []
    rows = []
    with open("queries.jsonl") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {n}: parse error {e}")
    if len(rows) != 90:
        errs.append(f"expected 90 lines, got {len(rows)}")
    seen_ids, seen_txt = set(), set()
    split = {"dev": 0, "test": 0}
    for r in rows:
        if set(r) != {"id", "split", "expected", "text"}:
            errs.append(f"{r.get('id')}: bad keys {sorted(r)}")
        if r["id"] in seen_ids:
            errs.append(f"dup id {r['id']}")
        seen_ids.add(r["id"])
        if r["split"] not in split:
            errs.append(f"{r['id']}: bad split")
        else:
            split[r["split"]] += 1
        if not r["expected"] or not isinstance(r["expected"], list):
            errs.append(f"{r['id']}: empty expected")
        for e in r["expected"]:
            if e not in ids:
                errs.append(f"{r['id']}: unknown case {e}")
        t = r["text"].strip()
        if not t:
            errs.append(f"{r['id']}: empty text")
        if t.lower() in seen_txt:
            errs.append(f"{r['id']}: duplicate text")
        seen_txt.add(t.lower())
        if URL_RE.search(t):
            errs.append(f"{r['id']}: URL-like string {URL_RE.search(t).group(0)!r}")
        for name in AVOID:
            if re.search(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", t, re.I):
                errs.append(f"{r['id']}: contains avoided name {name!r}")
    if split != {"dev": 45, "test": 45}:
        errs.append(f"split counts {split}")
    if errs:
        print("FAIL")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    cases = {e for r in rows for e in r["expected"]}
    print(f"OK: {len(rows)} queries, dev={split['dev']} test={split['test']}, "
          f"{len(cases)} distinct expected cases")


if __name__ == "__main__":
    main()
