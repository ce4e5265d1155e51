#!/usr/bin/env python3
"""Writer c18: hand-typed problem reports -> queries.jsonl.

Reports are data typed by hand below. build() returns the list of records;
running the script writes queries.jsonl. Refuses any report that contains a
GLOBAL_AVOID word or a word from the case's AVOID list (case-insensitive,
word boundaries), that has fewer than 2 or more than 6 sentences, or that
breaks the "at most twice per case, two different voices" rule.
"""
import json
import random
import re
import sys

SEED = 1818

GLOBAL_AVOID = [
    # companies / products / brands of the incidents (and close relatives)
    "Google", "Gmail", "YouTube", "GCE", "Compute Engine", "GCP",
    "Amazon", "AWS", "EC2", "S3", "EBS", "ELB", "RDS", "DynamoDB", "SQS", "CloudWatch",
    "Microsoft", "Azure", "Windows", "Cloudflare", "GitHub", "GitLab", "Facebook", "Meta",
    "Instagram", "WhatsApp", "Travis", "Basecamp", "37signals", "Dropbox", "Reddit",
    "Twilio", "Mozilla", "Firefox", "Chrome", "Steam", "Valve", "Strava", "Instapaper",
    "Pinterest", "Joyent", "Manta", "Sentry", "Mandrill", "Mailchimp", "Medium", "Parity",
    "Ethereum", "Knight", "AT&T", "Salesforce", "ShapeShift", "Monzo", "Zalando",
    "Fortnite", "Epic", "Homebrew", "ESLint", "npm", "Gentoo", "Gliffy", "Confluence",
    "Atlassian", "BrowserStack", "AppNexus", "GoCardless", "Netflix", "Subversion", "svn",
    "WebKit", "Linux", "Ubuntu", "Java", "MySQL", "Postgres", "PostgreSQL", "Redis",
    "MongoDB", "Cassandra", "Kubernetes", "memcached", "HAProxy", "Jenkins", "Twitter",
    "Bitcoin", "NYSE", "PagerDuty", "Stack Overflow", "Stack Exchange", "Garmin",
    "Juniper", "Akamai",
]

# per-case words that would give the cause (or the write-up's vocabulary) away
AVOID = {
    "pm-002": ["Juniper", "flowspec", "packet size", "rule", "filter", "DDoS", "attack", "router"],
    "pm-004": ["BGP", "route", "routes", "withdrawn", "withdrawal", "backbone", "configuration",
               "maintenance", "audit", "command", "Oculus"],
    "pm-005": ["pacemaker", "RAID", "disk", "array", "controller", "promote", "promotion",
               "hardware", "failover", "cluster manager"],
    "pm-006": ["IP block", "configuration", "propagation", "propagated", "canary", "announce",
               "announcement", "BGP", "routes"],
    "pm-007": ["configuration", "config", "internal system", "generates", "bug"],
    "pm-009": ["blacklist", "StopBadware", "malware list", "slash", "human error", "list"],
    "pm-011": ["blob storage", "metadata", "configuration", "config", "resource usage"],
    "pm-012": ["configuration", "config", "congestion", "control plane", "management software",
               "maintenance", "capacity"],
    "pm-014": ["infinite loop", "loop", "deployment", "performance update", "flighting",
               "front-end", "update"],
    "pm-018": ["deleted", "deletion", "delete", "cleanup", "clean-up", "garbage", "removed"],
    "pm-020": ["truncate", "truncated", "truncation", "database", "environment variable",
               "production", "script", "test suite"],
    "pm-022": ["Atlanta", "router", "backbone", "configuration", "config", "prefix", "BGP",
               "1.1.1.1"],
    "pm-024": ["power", "generator", "generators", "storm", "electrical", "utility", "derecho",
               "outage of power"],
    "pm-025": ["power", "storm", "diesel", "utility", "generator", "breaker"],
    "pm-026": ["power", "firmware", "datacenter", "data center", "boot", "reboot"],
    "pm-029": ["orchestrator", "partition", "failover", "replication", "west coast",
               "east coast", "connectivity"],
    "pm-030": ["lock", "locks", "locking", "foreign key", "ALTER", "constraint", "migration",
               "schema", "exclusive"],
    "pm-032": ["Power Peg", "SMARS", "flag", "repurposed", "deployment", "deploy",
               "eighth server", "dead code", "old code"],
    "pm-033": ["SHA-1", "SHA1", "collision", "PDF", "shattered", "hash", "deduplication",
               "rep-cache"],
    "pm-034": ["leap", "certificate", "transfer certificate", "February 29", "29th",
               "date calculation", "guest agent", "year"],
    "pm-035": ["leap", "ntp", "ntpd", "deadlock", "xtime", "printk", "second inserted",
               "time sync"],
    "pm-036": ["leap", "hrtimer", "futex", "ntp", "ntpd", "clock", "timer"],
    "pm-037": ["certificate", "expired", "expiry", "signing", "signature", "intermediate"],
    "pm-038": ["typo", "playbook", "subsystem", "index", "placement", "capacity", "command",
               "billing"],
    "pm-039": ["gossip", "bit", "corruption", "corrupted", "MD5", "server state", "flipped"],
    "pm-040": ["re-mirror", "remirror", "re-mirroring", "mirroring", "network change",
               "race condition", "capacity", "traffic shift"],
    "pm-041": ["state data", "deleted", "deletion", "maintenance process", "maintenance"],
    "pm-042": ["metadata", "membership", "storage servers", "global secondary", "GSI",
               "index", "capacity"],
    "pm-043": ["double free", "impression bus", "data update", "memory", "object", "freed",
               "deleted"],
    "pm-044": ["4ESS", "break statement", "software", "update", "SS7", "code", "bug"],
    "pm-045": ["DDoS", "denial", "attack", "attacker", "botnet", "reflection", "amplification"],
    "pm-046": ["integer", "overflow", "primary key", "bigint", "2147483647", "maximum",
               "id column"],
    "pm-050": ["shellshock", "bash", "keys", "credentials", "prototype", "hacked", "hacker",
               "breach", "unpatched"],
    "pm-057": ["parser", "Ragel", "buffer", "overrun", "overflow", "email obfuscation",
               "uninitialized", "pointer", "bug"],
    "pm-058": ["regex", "regular expression", "WAF", "firewall", "rule", "backtracking",
               "CPU"],
    "pm-061": ["upgrade", "operating system", "OS", "script", "database", "wiped",
               "reinstall", "reinstalled"],
    "pm-063": ["MCP", "XMPP", "database", "DB", "overloaded"],
    "pm-064": ["eslint-scope", "compromised", "password", "token", "tokens", "2FA",
               "reused", "account takeover", "maintainer"],
    "pm-068": ["password", "admin", "account", "compromised", "guessed", "guessing"],
    "pm-069": ["DDoS", "attack", "UDP", "11211", "amplification", "Prolexic", "scrubbing",
               "reflection"],
    "pm-071": ["rm -rf", "backup", "backups", "replication", "db1", "db2", "pg_dump",
               "database", "spam", "deleted"],
    "pm-072": ["deleted", "delete", "backup", "restore", "restoring", "database",
               "administrator"],
    "pm-077": ["environment variable", "build log", "misconfiguration", "scope"],
    "pm-078": ["file size", "2TB", "2 TB", "limit", "ext3", "terabyte"],
    "pm-079": ["autovacuum", "vacuum", "wraparound", "lock", "locks", "trigger", "drop"],
    "pm-080": ["operator", "typo", "human error", "command", "tool", "input", "mistake"],
    "pm-083": ["wraparound", "transaction", "vacuum", "XID", "shard", "database"],
    "pm-084": ["shortcut", "Ctrl", "keybinding", "hotkey", "key binding", "AltGr"],
    "pm-088": ["initWallet", "library", "delegatecall", "fallback", "owner", "ownership",
               "unprotected", "initialize", "initialise", "ETH", "ether"],
    "pm-090": ["autoscaler", "autoscaling", "Zookeeper", "migration", "Puppet", "scaling"],
    "pm-091": ["power", "circuit breaker", "firmware", "storage array", "database", "NA14",
               "Washington"],
    "pm-092": ["wraparound", "transaction", "vacuum", "XID", "single-user"],
    "pm-093": ["employee", "insider", "private key", "stolen key", "Bob"],
    "pm-100": ["regex", "regular expression", "whitespace", "backtracking", "post body"],
    "pm-103": ["integer", "primary key", "32-bit", "2147483647", "id", "ids", "overflow"],
    "pm-106": ["master", "slave", "replica", "partition", "billing database", "resync",
               "restart"],
    "pm-107": ["rm", "STEAMROOT", "variable", "script", "empty"],
    "pm-116": ["CoreDNS", "OOM", "memory", "dnsmasq", "kube-dns", "conntrack", "ndots",
               "limits"],
    "pm-123": ["linkerd", "etcd", "service discovery", "endpoints", "mesh"],
}

# (case, voice, text) -- typed by hand
REPORTS = [
    # ---------------- pm-002
    ("pm-002", "shift log",
     "09:47 UTC: every edge location dropped off our external probes at the same moment, not one "
     "site reachable anywhere. 09:52: out-of-band console to two of the border boxes, one is "
     "cycling through restarts and the other does not answer on serial at all. 10:05: customer "
     "sites behind us time out worldwide, incident bridge at 200 people. 10:20: remote hands in "
     "three metros asked to power-cycle, units come up and fall over again. 10:40: boxes "
     "finally staying up one by one after hard resets."),
    # ---------------- pm-004
    ("pm-004", "on-call chat",
     "anyone else seeing the big social network and its chat app totally gone?? our login-with "
     "button throws, and dig against their domains returns SERVFAIL from every resolver we tried. "
     "even their own nameservers don't answer, traceroute just dies at their edge. started around "
     "15:40 UTC and our SDK retries are eating all the workers, ok to kill the social-login flag?"),
    ("pm-004", "exec summary",
     "Summary for leadership: on Monday 4 October, from about 15:40 to 21:30 UTC, the largest "
     "social platform and its photo and messaging sister apps were unreachable for everyone, "
     "worldwide. All our paid campaigns there stopped delivering and the client dashboards fed "
     "by their APIs went blank. Engineering confirmed the fault was not ours: the platform's "
     "domain names simply stopped resolving anywhere on the internet. We paused spend reporting "
     "and notified the twelve affected clients; no data lost on our side."),
    # ---------------- pm-005
    ("pm-005", "SRE handover note",
     "Handover: API and merchant dashboard were hard down for just under two hours on Tuesday "
     "afternoon. Every API call returned 500 or timed out; the dashboard login page rendered "
     "but nothing behind it loaded. The primary database node stopped answering queries and "
     "the standby never picked up on its own, even though that's exactly what it's meant to "
     "do. We got service back with manual steps I've listed in the doc; please don't touch the "
     "cluster until the vendor call at 09:00."),
    # ---------------- pm-006
    ("pm-006", "pasted alert",
     "[FIRING] external-probe-availability 0/12 regions reachable (us-central1, us-east1, "
     "europe-west1, asia-east1, ...) since 19:09 PT; vpn-tunnel-status DOWN x6.\n"
     "Every VM in every zone at once, internal east-west traffic still looks fine, so not "
     "something we shipped."),
    ("pm-006", "forum post",
     "Were all your cloud VMs unreachable for roughly twenty minutes last night? Ours in three "
     "different regions dropped off together: SSH hung, the load balancer stopped answering and "
     "every uptime monitor we have went red. The instances themselves kept running, uptime "
     "didn't reset and logs kept writing, they just couldn't be reached from outside. It came "
     "back by itself after about 18 minutes, and the status page only said something once it "
     "was already over."),
    # ---------------- pm-007
    ("pm-007", "customer email",
     "Hi, since about 11am Pacific I can't get into my work email or calendar, I just get a "
     "page saying there's a temporary 500 error and to try again in 30 seconds. I have tried "
     "again many, many times. My colleague says the shared documents do the same thing and the "
     "phone app says it can't connect. Is this our office network? I have a client call in 40 "
     "minutes and the agenda is in one of those documents."),
    ("pm-007", "status-page draft",
     "Investigating: We're aware of a problem affecting sign-in and access to mail, calendar, "
     "and the social and document apps for a large share of users. Affected users see an error "
     "page or a page that never finishes loading. The issue began at approximately 11:00 PT "
     "and does not appear tied to any particular region, browser or device. Next update within "
     "30 minutes."),
    # ---------------- pm-009
    ("pm-009", "forum post",
     "Is it just me?? Every search I do this morning has the red warning under EVERY link, "
     "that the site might damage my computer, even for wikipedia, my bank and the search "
     "engine's own help pages. Clicking a result sends me to a warning page instead of the site. "
     "Started around 6:30 Saturday morning Pacific. Did I get a virus or is it them?"),
    # ---------------- pm-011
    ("pm-011", "support ticket",
     "Severity 2. For the past hour roughly one in three uploads to our storage buckets fails "
     "with 503, and large downloads stall halfway; our mobile app users can't attach photos. "
     "Same provider's mail and file-sharing products are also refusing attachments for people "
     "in our office, so this doesn't look specific to our project. Retries with backoff help "
     "only a little. Please advise on scope and ETA."),
    # ---------------- pm-012
    ("pm-012", "app-store review",
     "Video app just spins forever, Sunday afternoon and nothing plays past the first couple "
     "of seconds. Restarted my phone twice and switched from wifi to LTE, same thing. The email "
     "app from the same company is crawling too. One star until it works again."),
    ("pm-012", "on-call chat",
     "our us-east4 VMs are seeing 20-30% packet loss to anything outside the region since about "
     "11:50 PT, intra-zone looks fine. cloud console is crawling and the provider's own video "
     "and mail sites are slow for half the team too. API p99 went from 120ms to 4s. going to "
     "shift traffic to us-central1 now, shout if you object."),
    # ---------------- pm-014
    ("pm-014", "SRE handover note",
     "Handover 02:00 UTC: the cloud's object/blob storage stopped answering in most regions "
     "(we saw US East, North Europe, West Europe and Southeast Asia) from about 00:50 UTC. "
     "Knock-on: our VM disks live there, so half the fleet is hung or never came back after "
     "restart, and the web roles return 503. The provider's own status page was flaky for a "
     "while as well. Some regions recovering, but about 20% of VMs still won't take a remote "
     "desktop session; I left them alone, please don't rebuild yet."),
    ("pm-014", "non-native English speaker",
     "Hello, from last night our cloud storage account is not responding, all request give "
     "timeout or error 500. Also our virtual machines not start, they hang on the boot screen. "
     "We are in West Europe datacenter but my friend in Asia have the same problem. Please what "
     "is happening and when it will be fixed, our online shop is closed now."),
    # ---------------- pm-018
    ("pm-018", "junior bug report",
     "Title: CI jobs that need a full VM all error out before running. Steps: push any commit to "
     "a repo whose config asks for sudo. Expected: the job boots and runs our tests. Actual: it "
     "sits in 'booting' for a few minutes, then shows an error, and there is no output from our "
     "script at all. Container-based jobs from the same repo pass fine, and it happens on all "
     "four repos I tried since this afternoon."),
    ("pm-018", "on-call chat",
     "worker logs across every VM pool: instance create fails with 'resource not found' for the "
     "boot image on every stack we use for the sudo builds. first one around 17:00 UTC, backlog "
     "at 3k jobs and climbing. container queues unaffected. did anybody touch the images "
     "project today?"),
    # ---------------- pm-020
    ("pm-020", "forum post",
     "Just got logged out of my CI dashboard, and when I sign back in through the code host it "
     "says I have no repositories. My org's repos show as not set up and the README badges say "
     "'unknown'. Hitting 'sync account' spins for minutes and then lists only a handful. Anyone "
     "else, or did I break something?"),
    ("pm-020", "support ticket",
     "Priority: high. Everyone on our team was signed out at around the same time this "
     "afternoon. After logging back in our accounts look brand new: no repositories enabled, "
     "our repository settings and secret env vars are gone, and there is no build history. New "
     "pushes do not trigger anything. We ship today, so please tell us whether the settings "
     "will come back or we need to re-enter every secret."),
    # ---------------- pm-022
    ("pm-022", "pasted alert",
     "CRITICAL synthetic-checks: 502/timeout via CDN edge from 18 of 40 vantage points (SJC, "
     "IAD, ORD, LHR, FRA, AMS ...) since 21:13 UTC.\n"
     "and my laptop's lookups through the CDN's public resolver are dead too, so this is "
     "bigger than us."),
    ("pm-022", "shift log",
     "21:12 UTC: requests from the CDN to our origins fell by half in under a minute. 21:15: "
     "users in several US and European cities report 502s and timeouts, Asia-Pacific looks "
     "normal. 21:20: name resolution via the CDN's public resolver failing from the office as "
     "well. 21:39: traffic snapped back to baseline. No change on our side, nothing done except "
     "customer comms."),
    # ---------------- pm-024
    ("pm-024", "shift log",
     "Fri 20:05 PT: monitoring lost about 40% of our us-east hosts at once, all in one zone. "
     "20:20: everything with block volumes in that zone is stuck, volume status 'impaired', the "
     "other zones are fine. 20:45: the load balancer is still sending some traffic into the "
     "dead zone, pulled it by hand. 22:30: instances coming back, but databases need recovery "
     "and API calls to launch replacements keep timing out. Sat 09:00: several volumes still "
     "won't attach."),
    ("pm-024", "exec summary",
     "On Friday night our app went offline together with a couple of well-known streaming and "
     "photo-sharing services that share the same cloud provider. One availability zone in the "
     "provider's Virginia region stopped working for several hours, and instances and disks "
     "there were unreachable. Our failover to the other zones only half worked because the "
     "provider's regional control APIs were too slow to launch replacements. Full recovery took "
     "until Saturday afternoon; no customer data was lost."),
    # ---------------- pm-025
    ("pm-025", "support ticket",
     "Since about 3:30pm AEST on Sunday a large share of our instances in the Sydney region, "
     "all in one availability zone, are unreachable and failing status checks. Their attached "
     "volumes show as impaired. Launching replacements in the other zones keeps failing or "
     "timing out, so we can't route around it. Our site for Australian customers is down; "
     "please escalate."),
    # ---------------- pm-026
    ("pm-026", "on-call chat",
     "the code host is serving its 'no server is currently available' error page for every "
     "page, API returns 503 and git push just hangs. all our CI webhooks are dead too. been "
     "about 40 minutes now and their status page says major outage. anyone know an ETA?"),
    # ---------------- pm-029
    ("pm-029", "customer email",
     "Since last night, pushes to our repositories show up on the command line but the website "
     "still shows yesterday's commits, and our pull requests don't update. Webhooks to our "
     "deploy system haven't fired in about 12 hours, so nothing has shipped today. A teammate "
     "says an issue she opened yesterday evening disappeared and then came back. Is our data "
     "safe?"),
    # ---------------- pm-030
    ("pm-030", "pasted alert",
     "[PAGE] api-5xx-rate 42% (threshold 1%) and p99 latency 15s, window 14:03:12-14:03:27 UTC, "
     "self-resolved.\n"
     "Lined up exactly with a step in the release pipeline; app logs only show statement "
     "timeouts on the payments endpoints, need eyes on this before the next release goes out."),
    # ---------------- pm-032
    ("pm-032", "shift log",
     "09:30 open: our market-making engine starts firing child orders at rates we have never "
     "seen, across roughly 150 listed names. 09:31: risk screens show positions piling up in "
     "names we barely trade. 09:35: the buying and selling looks pointless, we're paying the "
     "spread over and over. 09:45: nobody can find a single switch to stop it, calls to the "
     "exchange and the vendors. 10:15: finally halted, net exposure in the billions."),
    # ---------------- pm-033
    ("pm-033", "junior bug report",
     "Checking out our main repository has failed since this morning with a checksum mismatch "
     "on two small files under the layout tests directory that were added in yesterday's "
     "commit. The git mirror of the repo also stopped updating at exactly that revision. I "
     "tried cleanup and a completely fresh checkout, same error. Other developers on the team "
     "see the same thing."),
    ("pm-033", "forum post",
     "Our central version-control server got into a strange state after a developer committed "
     "two small binary test files. Anyone updating past that revision now fails with a "
     "checksum mismatch, and the nightly dump-and-verify job errors at the same revision. The "
     "two files are visibly different from each other, yet the server complains whenever it "
     "serves the second one. Is there any safe way to get the repository healthy again?"),
    # ---------------- pm-034
    ("pm-034", "support ticket",
     "Starting around 4:00pm PST on the 28th, new role instances in our hosted service will "
     "not start. Deployments sit at 'waiting for host' or 'initializing' and eventually time "
     "out. Running instances keep working, but any that recycled never came back. The service "
     "management API is also timing out for us. Nothing changed on our side."),
    # ---------------- pm-035
    ("pm-035", "forum post",
     "Several of our servers hard-locked at exactly midnight UTC on New Year's Eve, which was "
     "7pm local. No oops, no panic on the console, the magic SysRq keys did nothing, they were "
     "just frozen. Only boxes on a couple of recent kernel releases were hit, older ones were "
     "fine. Power cycling brought them back. Anyone else, or do we have a haunted rack?"),
    ("pm-035", "shift log",
     "Jan 1 00:00 UTC: 3 of our 40 compute nodes stop reporting, the rest fine. 00:10: serial "
     "console on node 17 shows nothing new, no keyboard response. 00:25: hard reset, boots "
     "clean, nothing in the logs before the hang. 00:40: same on the other two; all three on the "
     "newer kernel. Leaving a note for the day shift."),
    # ---------------- pm-036
    ("pm-036", "on-call chat",
     "anyone else's JVM services pegged at 100% CPU since around midnight UTC? load went from 2 "
     "to 40 across the fleet, the database daemons are spinning too. nothing deployed, it's "
     "saturday evening. restarting the process doesn't help, rebooting the box does."),
    # ---------------- pm-037
    ("pm-037", "forum post",
     "Friday night every one of my browser extensions was switched off at once, ad blocker, "
     "password manager, everything, with a note that they could not be verified for use and "
     "have been disabled. Trying to reinstall them from the official extensions site fails "
     "with a download error. Happens on three machines with two different operating systems. "
     "What is going on?"),
    # ---------------- pm-038
    ("pm-038", "pasted alert",
     "ALERT asset-upload-worker: error rate 100% (503 / InternalError from object storage in "
     "us-east-1) since 17:37 UTC.\n"
     "provider dashboard still all green which is clearly wrong, half the internet's images "
     "are broken right now."),
    # ---------------- pm-039
    ("pm-039", "forum post",
     "Our buckets have returned errors for every single request since about 8:40 this morning "
     "Pacific, PUTs and GETs alike, and every image on our site is broken. The status page says "
     "'elevated error rates' but it isn't elevated, it's 100%. At least it's a Sunday so "
     "traffic is low. Second big outage this year; anyone heard anything official?"),
    ("pm-039", "customer email",
     "Dear support, our product photos and downloadable files have been unavailable all day, "
     "since the morning US time, and our customers only get error pages. We pay for your "
     "storage service and expect it to work. Please tell us when it will be back and whether "
     "any of our files were lost."),
    # ---------------- pm-040
    ("pm-040", "SRE handover note",
     "Thursday, from about 01:00 PT a big chunk of our block volumes in us-east went stuck: "
     "I/O hangs, processes sit in D state, volume status shows impaired. It's not one zone "
     "cleanly, we have stuck volumes in two. Our managed relational DB instances there are "
     "unreachable as well, and creating new volumes or snapshots in the region just hangs. Read "
     "traffic moved to the west replica, writes still down; expect this to drag on."),
    ("pm-040", "status-page draft",
     "Degraded service: Since early Thursday morning a portion of our customer databases and "
     "file uploads are unavailable because our hosting provider's block storage in its US East "
     "region is not responding. Sites that rely on those databases may show errors or be "
     "read-only. We are moving affected customers to another region where we can, but that is "
     "slow because new storage cannot be provisioned there right now. We will update every two "
     "hours."),
    # ---------------- pm-041
    ("pm-041", "on-call chat",
     "since about 12:30 PT some of our load balancers in us-east are behaving oddly, they "
     "return 503 as if no backends were registered while the instances behind them are healthy. "
     "API calls to modify or create load balancers error out too, others in the same region are "
     "fine. it's christmas eve, who's around?"),
    # ---------------- pm-042
    ("pm-042", "pasted alert",
     "[P1] orders-api: writes to managed key-value store failing, InternalServerError 500, "
     "error rate 54% in us-east-1 since 09:20 UTC.\n"
     "the queue service and the autoscaling API are throwing too and metric graphs have gaps, "
     "so it's not us."),
    ("pm-042", "status-page draft",
     "Investigating: Since about 2:20 AM PT this Sunday some customers cannot log in or save "
     "changes. Our hosted database provider's US East region is returning elevated errors, and "
     "its queueing and metrics services are delayed as well. Reads from cache keep working, so "
     "existing pages may load. We'll post another update within the hour."),
    # ---------------- pm-043
    ("pm-043", "on-call chat",
     "every ad server process in every DC just died within about ten seconds of each other. "
     "restarted a few by hand, they come up, take traffic and segfault again inside a minute. "
     "bid requests out to partners are at zero. no release from our side today, what changed?"),
    ("pm-043", "exec summary",
     "On Tuesday our ad serving stopped completely worldwide: every serving process crashed at "
     "nearly the same moment and kept crashing on restart. Revenue during the window was "
     "effectively zero and partners saw no bid requests from us. Engineering had to bring "
     "capacity back in stages before traffic returned to normal. A full review is under way; "
     "clients will get a written account this week."),
    # ---------------- pm-044
    ("pm-044", "exec summary",
     "Beginning around 2:25 pm Eastern on Monday, January 15, about half of all long-distance "
     "calls placed on our network failed to complete. Switching centers across the country "
     "took themselves out of service, came back, and dropped again in waves that spread from "
     "one center to the next. Local calls and other carriers were not affected. Network "
     "managers worked for about nine hours before completion rates returned to normal late that "
     "night."),
    ("pm-044", "customer email",
     "To the long distance company: on Monday afternoon I tried again and again to call my "
     "mother in California from New Jersey and only ever got the recording that all circuits "
     "are busy. My office could not reach a single customer out of state all afternoon either. "
     "We lost business because of this and I want to know what happened and whether we will "
     "be credited."),
    # ---------------- pm-045
    ("pm-045", "customer email",
     "Your project management site has been unreachable for my whole team all morning. We keep "
     "getting timeouts, and now and then a page loads halfway and stops. Our clients can't see "
     "their projects either. Not a great way to start a Monday, can you tell us what's "
     "happening?"),
    ("pm-045", "on-call chat",
     "inbound on both uplinks is pegged, and none of it looks like our usual user agents. site "
     "unreachable from outside since 8:46. also, support got an email an hour ago demanding "
     "payment to 'make it stop'. forwarding it to legal, calling the upstream provider now."),
    # ---------------- pm-046
    ("pm-046", "support ticket",
     "Since this morning our project app lets us read everything but we can't post messages, "
     "add to-dos, comment or upload files. There's a banner saying the app is in read-only "
     "mode. The whole team is affected, in both browsers and the mobile app. How long will this "
     "last?"),
    # ---------------- pm-050
    ("pm-050", "customer email",
     "I just received an email, apparently from you, saying your company is shutting down and "
     "that my data isn't safe with you. Is this real? It came from your usual address and was "
     "sent to the work email I only use for your testing service. My subscription renews next "
     "week, should I cancel? Your site also seems to be down right now."),
    ("pm-050", "forum post",
     "Did anyone else get the 'we are shutting down' email from the cross-browser testing "
     "service this morning? Looks like it went to their whole customer list. Their site is "
     "throwing errors and their social accounts haven't said a word yet. Not sure whether to "
     "rotate anything or just wait."),
    # ---------------- pm-057
    ("pm-057", "security researcher",
     "While looking through a corpus of crawled pages I found responses served by a large "
     "reverse-proxy CDN that carry chunks of data that clearly belong to other sites: HTTP "
     "headers, cookies, POST bodies and auth headers for unrelated domains, appended after "
     "the legitimate HTML. It's not one customer, I have samples from many, and search engine "
     "caches hold copies. Please contact me urgently through a secure channel, this needs "
     "immediate attention."),
    # ---------------- pm-058
    ("pm-058", "status-page draft",
     "We're seeing 502 Bad Gateway errors for all visitors to our website and API since 13:42 "
     "UTC. The errors come from our CDN provider's edge, not from our servers, which are idle "
     "right now. The provider has acknowledged a global issue on their side. We'll update here "
     "as soon as they do."),
    # ---------------- pm-061
    ("pm-061", "app-store review",
     "Since Friday evening the sync app says 'connecting...' forever and the website won't "
     "load. It's Sunday now and some of my photos still haven't shown up on my other laptop. "
     "Shared links I sent to clients open an error page. Paying customer, very disappointed."),
    # ---------------- pm-063
    ("pm-063", "app-store review",
     "Can't log in all weekend, stuck in the login queue for 40 minutes and then 'please try "
     "again later'. When I finally get in my friends list is empty, party invites don't work "
     "and matchmaking fails. Bought the battle pass yesterday and can't even use it. Fix your "
     "servers!!"),
    ("pm-063", "SRE handover note",
     "Handover, Saturday night: concurrent players hit a new peak around 3.4M and everything "
     "started sliding. Account and profile calls went from tens of milliseconds to several "
     "seconds, the friends/presence service keeps dropping connections, matchmaking error rate "
     "around 30%. We switched on the login queue and throttled new sessions, which stopped the "
     "bleeding but the queue is long. Expect more of this tomorrow at peak."),
    # ---------------- pm-064
    ("pm-064", "security researcher",
     "Heads-up: the patch release published a few hours ago of the scope-analysis package "
     "used by a very popular JavaScript linter downloads code from a paste site at install "
     "time. That code reads the installing user's registry credentials file and sends it to a "
     "remote server. The previous version is clean, and the published tarball contains code "
     "that is not in the repository at the release tag. Pin the older version and rotate your "
     "registry credentials."),
    ("pm-064", "junior bug report",
     "Our CI started failing during dependency install this afternoon with a weird error that "
     "comes from one of the linter's dependencies. It looks like the install step is trying to "
     "make an HTTP request to an outside site, which our sandboxed runners block. Locking that "
     "dependency to the previous patch version makes the install pass. Not sure if this is a "
     "real bug or just our network."),
    # ---------------- pm-068
    ("pm-068", "forum post",
     "PSA: the official mirror organisation of my distro on the big code hosting site looks "
     "defaced. Repo descriptions and READMEs were changed to something offensive, and the main "
     "package tree got new commits that add a destructive delete-everything command to the "
     "build recipes. If you sync from that mirror rather than the distro's own servers, stop "
     "syncing NOW."),
    ("pm-068", "security researcher",
     "Reporting suspicious activity on your distribution's mirror organisation, observed over "
     "the last hour. Several repositories received force pushes that rewrote history, and the "
     "new commits insert a command that would wipe the filesystem into package build files. "
     "Collaborators on the organisation also seem to have changed. I have not run any of it; "
     "hashes and screenshots are attached."),
    # ---------------- pm-069
    ("pm-069", "on-call chat",
     "edge ingress just went vertical, 1.3 Tbps inbound at peak, far beyond anything we've "
     "ever seen, and transit links are saturated. site unreachable for users since 17:21 UTC. "
     "this isn't organic traffic. paging the network team and calling the upstream providers."),
    ("pm-069", "forum post",
     "Was the big code host down for anyone else around 17:20 UTC? git fetch timed out and the "
     "website wouldn't load for about five minutes, then it flapped for a few more. All our CI "
     "jobs failed while cloning. Seems back now."),
    # ---------------- pm-071
    ("pm-071", "forum post",
     "The hosted code platform was down for most of the night and now it's back, but the "
     "issues and merge requests I created yesterday afternoon are gone. A project I made "
     "yesterday vanished too, plus some comments. My git repos are fine, all commits are "
     "there, but roughly six hours of web-side work before the outage just isn't there. The "
     "site was also really slow earlier that evening."),
    # ---------------- pm-072
    ("pm-072", "customer email",
     "Our team's diagrams have been inaccessible for two days now. The online diagram editor "
     "shows a maintenance page, and the diagrams embedded in our wiki pages show as broken "
     "images. We need to know whether our diagrams still exist. Can we at least export what "
     "we have?"),
    ("pm-072", "exec summary",
     "Our diagramming SaaS vendor has been down for more than 48 hours. Impact: around 30 "
     "product and architecture documents reference diagrams hosted there, and nobody can open "
     "or change them. The vendor posts periodic updates but gives no ETA. We have asked for "
     "a data export and are evaluating alternatives."),
    # ---------------- pm-077
    ("pm-077", "security researcher",
     "While browsing the publicly readable console output of the CI server used by a popular "
     "macOS package manager, I found a credential string printed in plain text. It grants "
     "push access to the project's core repositories, which means anyone reading it could "
     "ship changes to every user. I have not used it beyond confirming what it can access. "
     "Please revoke it and check the history of those repositories."),
    # ---------------- pm-078
    ("pm-078", "app-store review",
     "Can't save any articles since Wednesday afternoon and the app won't load my reading "
     "list, just 'something went wrong'. It's now Thursday evening. I pay for premium. Please "
     "at least tell us what's happening."),
    # ---------------- pm-079
    ("pm-079", "SRE handover note",
     "Object store outage in the east region for about an hour and a half: PUTs and GETs "
     "returned 503 or hung. Narrowed it to one metadata shard whose database stopped "
     "answering; connections piled up to the max and every query just sat there. No hardware "
     "errors, disk and CPU unremarkable. Bouncing the front-end proxies did nothing. Need a "
     "proper look tomorrow at what that shard was doing."),
    # ---------------- pm-080
    ("pm-080", "support ticket",
     "All 14 of our instances in your US-East datacenter rebooted at the same second a few "
     "minutes ago, according to uptime. Several are still not back, and the ones that came up "
     "took a very long time. We made no changes. Was this planned, and why weren't we told?"),
    ("pm-080", "status-page draft",
     "Investigating: All instances in the US-East-1 data center restarted at the same time. "
     "Most are booting now; because so many started at once, some will take longer than "
     "usual, and the API may be slow or return errors. Other data centers are not affected. "
     "We will post an update in 30 minutes."),
    # ---------------- pm-083
    ("pm-083", "customer email",
     "Our order confirmations and password reset emails have been delayed for hours, some "
     "arrived ten hours late and some never arrived. The sending API also returns errors now "
     "and then. The outbound activity page shows a pile of messages stuck as queued. Is this a "
     "widespread problem, and will the queued mail still go out?"),
    # ---------------- pm-084
    ("pm-084", "non-native English speaker",
     "Hello, I am writing articles in Polish and I cannot type the letter ś in your editor. "
     "When I press right Alt + S the letter not appear, instead the editor do something "
     "strange. All other Polish letters (ą, ę, ł, ż) works normal. In other sites and other "
     "text programs I can type ś without problem, please help."),
    ("pm-084", "support ticket",
     "Writers on our team who use the Polish keyboard layout report that one specific accented "
     "letter, ś, never appears in the post editor; every other diacritic works. It happens in "
     "several browsers and for new and old drafts alike. Pasting the character in works, "
     "typing it does not. This makes the editor unusable for us."),
    # ---------------- pm-088
    ("pm-088", "exec summary",
     "This afternoon our project's multi-signature treasury wallet was emptied: the entire "
     "balance was moved to an unknown address in a single transfer. None of our signers "
     "approved any transaction. At least two other projects using the same wallet software "
     "report the same thing today. We have informed exchanges and are preparing a statement "
     "for our community."),
    ("pm-088", "security researcher",
     "I'm watching a pattern on-chain over the last hour: three large multisig wallets built "
     "with the same wallet software drained by one address. Each drain is preceded by a call "
     "from that same address to the wallet, with no signer confirmation anywhere in between. "
     "Anyone holding funds in wallets of that family should assume they are exposed right now."),
    # ---------------- pm-090
    ("pm-090", "app-store review",
     "App just says 'cannot connect' and the website shows the 'all of our servers are busy "
     "right now' page. Been like this for over an hour on a Thursday afternoon. I have "
     "nothing else to do at work, please fix."),
    ("pm-090", "on-call chat",
     "app server pool just dropped from a thousand-plus to a handful, instances are "
     "terminating on their own, and nobody shipped anything. cache and db look fine, the load "
     "balancer is 503ing everything. can someone check what is killing the boxes?"),
    # ---------------- pm-091
    ("pm-091", "customer email",
     "Our CRM was unavailable for most of yesterday; the whole sales team in North America "
     "could not log in at all. It's back now, but records our reps entered yesterday morning "
     "are missing: opportunities, call notes, a couple of new accounts. We need to know "
     "whether that data can be recovered or if we have to re-enter it."),
    ("pm-091", "exec summary",
     "The CRM outage on our instance lasted nearly a full business day, followed by a further "
     "period of slowness. When service returned, several hours' worth of entries made that "
     "morning had vanished. Sales ops is reconstructing records from email and call logs. We "
     "are requesting a formal explanation and a credit from the vendor."),
    # ---------------- pm-092
    ("pm-092", "shift log",
     "14:00 ingest: SDKs still get 200 back, but no new events appear in the issue stream. "
     "14:20 processing workers are erroring on every write to the main database, reads work "
     "normally. 14:45 restarted workers and the db service, no change. 15:30 queue backlog "
     "at 8M and growing, paged the DB lead."),
    # ---------------- pm-093
    ("pm-093", "exec summary",
     "Over the past weeks our exchange's hot wallet has been drained on three separate "
     "occasions. Reconciliation shows the balance dropping with no matching customer trades, "
     "and the outgoing transfers went to addresses we don't control. Customer funds in cold "
     "storage are unaffected. We have taken the service offline while we investigate."),
    # ---------------- pm-100
    ("pm-100", "pasted alert",
     "[CRIT] lb health check on home page: 0/11 web servers healthy since 14:44 UTC; web tier "
     "CPU 100% on every node.\n"
     "question pages still render if you hit a server directly, the front page just never "
     "comes back."),
    # ---------------- pm-103
    ("pm-103", "junior bug report",
     "Went for a ride this morning and the app says the upload failed, try again later. Tried "
     "five times, and syncing from my GPS watch fails too. The website loads fine and shows "
     "all my older rides. Friends have the same problem since this morning."),
    # ---------------- pm-106
    ("pm-106", "customer email",
     "Our card was charged six times within an hour for the $500 auto-recharge, and our "
     "account was suspended for a negative balance anyway, so all our SMS stopped. Please "
     "refund the extra charges and reinstate the account immediately. We have customers "
     "waiting on verification codes."),
    ("pm-106", "forum post",
     "Anyone else's messaging API account suspended today? Our balance went to zero out of "
     "nowhere, auto-recharge fired again and again on the credit card, and the account still "
     "shows as suspended. Support queue says 4 hours. Screenshot of the billing page attached."),
    # ---------------- pm-107
    ("pm-107", "forum post",
     "After I moved my game launcher's folder to another drive and started it again, it wiped "
     "EVERYTHING owned by my user: the whole home directory, and also my external backup drive "
     "that was mounted. Then the launcher just downloaded itself again and asked me to log in. "
     "Has anyone seen this? Don't move the folder until someone explains it."),
    ("pm-107", "non-native English speaker",
     "Hello, after I start the game client on my laptop (before I was moved its folder) all my "
     "files is gone! Nothing inside home folder, also my backup disk which was connected. Only the "
     "client come back and ask me to login again. Please, is there some way to recover the "
     "files?"),
    # ---------------- pm-116
    ("pm-116", "on-call chat",
     "dns lookups are timing out in basically every cluster, apps everywhere logging "
     "'temporary failure in name resolution' and 'no such host', ingress 5xx way up. it's "
     "intermittent, a retry often works. we doubled the dns pods and it helped for a few "
     "minutes then went bad again. who's on platform?"),
    # ---------------- pm-123
    ("pm-123", "app-store review",
     "Card declined at the supermarket, the app wouldn't load my balance and I couldn't send "
     "money to my flatmate. Friday evening of all times. Had to borrow cash from a stranger."),
    ("pm-123", "forum post",
     "Anyone else? Bank transfers out fail with 'something went wrong', my card got declined "
     "twice at the pub and the app's feed doesn't load at all. The status page just says "
     "investigating. Is our money safe?"),
]

_SENT = re.compile(r"[.!?]+(?=\s|$)")


def _sentences(text):
    return len([s for s in _SENT.split(text) if s.strip()])


def _hits(text, words):
    out = []
    for w in words:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I):
            out.append(w)
    return out


def load_case_ids(path="addresses.tsv"):
    ids = set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0])
    return ids


def check(reports):
    errors = []
    seen_case = {}
    for case, voice, text in reports:
        bad = _hits(text, GLOBAL_AVOID) + _hits(text, AVOID.get(case, []))
        if bad:
            errors.append("%s: avoided word(s) %s in: %s" % (case, bad, text[:60]))
        if case not in AVOID:
            errors.append("%s: no AVOID list" % case)
        n = _sentences(text)
        if not 2 <= n <= 6:
            errors.append("%s: %d sentences: %s" % (case, n, text[:60]))
        seen_case.setdefault(case, []).append(voice)
    for case, voices in seen_case.items():
        if len(voices) > 2:
            errors.append("%s used %d times" % (case, len(voices)))
        if len(voices) == 2 and voices[0] == voices[1]:
            errors.append("%s: two reports in the same voice" % case)
    return errors


def build():
    errors = check(REPORTS)
    if errors:
        raise SystemExit("gen.py refused:\n" + "\n".join(errors))
    order = list(range(len(REPORTS)))
    random.Random(SEED).shuffle(order)
    records = []
    for pos, idx in enumerate(order, start=1):
        case, voice, text = REPORTS[idx]
        records.append({
            "id": "c18-%03d" % pos,
            "split": "dev" if pos % 2 == 1 else "test",
            "expected": [case],
            "text": text,
        })
    return records


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    records = build()
    with open("queries.jsonl", "w", encoding="utf-8") as f:
        f.write(dumps(records))
    print("wrote %d reports to queries.jsonl" % len(records), file=sys.stderr)


if __name__ == "__main__":
    main()
