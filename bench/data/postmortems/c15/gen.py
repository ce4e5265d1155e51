#!/usr/bin/env python3
"""Writer c15: hand-typed problem reports -> queries.jsonl.

Each report is (case_id, voice, text). Reports are typed by hand below as data.
Ids are assigned in list order (c15-001 ...); odd positions are dev, even are test.
Paired reports of the same case are adjacent so each paired case lands once in dev
and once in test. The avoid lists are checked case-insensitively at word boundaries;
any hit aborts the build.
"""
import json
import re
import sys

OUT = "queries.jsonl"
PREFIX = "c15"

# Company, product, vendor and brand names (and a few give-away phrases) that no
# report may contain.
GLOBAL_AVOID = [
    "root cause", "postmortem", "post-mortem", "post mortem",
    "cloudflare", "google", "gmail", "youtube", "amazon", "aws", "s3", "ec2", "ebs", "elb",
    "rds", "dynamodb", "github", "gitlab", "azure", "microsoft", "windows", "facebook",
    "instagram", "whatsapp", "messenger", "travis", "slack", "stripe", "heroku", "joyent",
    "manta", "basecamp", "gentoo", "homebrew", "eslint", "npm", "mozilla", "firefox",
    "chrome", "chromium", "knight", "fortnite", "epic", "monzo", "salesforce", "medium",
    "gliffy", "browserstack", "buildkite", "gocardless", "twilio", "strava", "dropbox",
    "sentry", "mandrill", "mailchimp", "instapaper", "reddit", "stack overflow",
    "stackoverflow", "stack exchange", "stackexchange", "steam", "valve", "parity",
    "zalando", "shapeshift", "bitcoin", "btc", "ethereum", "eth", "ether", "at&t", "att",
    "juniper", "subversion", "svn", "webkit", "linux", "java", "jvm", "mysql", "postgres",
    "postgresql", "redis", "cassandra", "kubernetes", "k8s", "zookeeper", "memcached",
    "mongodb", "mongo", "jenkins", "pacemaker", "coredns", "haproxy", "nginx", "unicorn",
    "orchestrator", "thousandeyes", "akamai", "prolexic", "pagerduty", "netflix", "bitly",
    "mac", "macbook", "iphone", "ios", "android", "apple", "paypal", "visa", "mastercard",
    "ubuntu", "debian", "lkml", "git", "gce", "gcp", "gcs", "na14", "xmpp",
]

# Per-case words that would give the cause (or the fix) away.
AVOID = {
    "pm-002": ["router", "routers", "flowspec", "rule", "packet size", "ddos", "attack"],
    "pm-004": ["bgp", "route", "routes", "routing", "withdraw", "withdrawn", "withdrawal",
               "prefix", "prefixes", "backbone", "maintenance", "audit", "command"],
    "pm-005": ["raid", "disk", "disks", "array", "controller", "hardware", "constraint",
               "misconfiguration", "misconfigured", "cluster manager"],
    "pm-006": ["bgp", "ip block", "ip blocks", "announce", "announcement", "withdraw",
               "withdrawn", "propagate", "propagated", "configuration", "config"],
    "pm-007": ["configuration", "config", "internal system"],
    "pm-008": ["sync server", "server-side", "backend", "load balancing", "quota"],
    "pm-009": ["slash", "list", "blacklist", "human error", "file", "pattern", "stopbadware"],
    "pm-011": ["metadata", "configuration", "config", "blob", "rollback", "change"],
    "pm-012": ["congestion", "configuration", "config", "control plane", "maintenance",
               "automation", "capacity"],
    "pm-014": ["infinite loop", "loop", "update", "deployment", "deploy", "flighting",
               "performance update"],
    "pm-018": ["deleted", "delete", "cleanup", "clean-up", "removed", "image", "images",
               "garbage"],
    "pm-020": ["truncate", "truncated", "test suite", "tests", "local", "developer",
               "wiped", "wipe"],
    "pm-022": ["atlanta", "backbone", "router", "configuration", "config", "prefix", "bgp"],
    "pm-026": ["power", "firmware", "data center", "datacenter", "reboot", "rebooted",
               "utility", "brownout"],
    "pm-029": ["partition", "failover", "failed over", "west", "coast", "topology",
               "replication", "43", "consistency"],
    "pm-030": ["lock", "locks", "locking", "alter", "foreign key", "constraint", "exclusive"],
    "pm-032": ["power peg", "flag", "repurposed", "dead code", "deployment", "deployed",
               "eighth", "server", "servers", "smars"],
    "pm-033": ["sha1", "sha-1", "sha", "collision", "identical", "shattered", "hash",
               "dedup", "deduplication", "rep-sharing"],
    "pm-034": ["leap", "certificate", "cert", "date", "29", "february", "year", "expiry",
               "validity"],
    "pm-035": ["leap", "second", "seconds", "ntp", "ntpd", "23:59:60"],
    "pm-036": ["leap", "ntp", "ntpd", "futex", "hrtimer", "clock"],
    "pm-037": ["certificate", "cert", "expired", "expiry", "signing", "signature",
               "intermediate", "chain"],
    "pm-038": ["typo", "command", "playbook", "removed", "index", "placement", "subsystem",
               "capacity", "billing"],
    "pm-039": ["bit", "corruption", "corrupted", "gossip", "checksum", "md5", "flipped"],
    "pm-040": ["network change", "re-mirror", "remirror", "mirroring", "race",
               "capacity", "traffic shift"],
    "pm-041": ["deleted", "delete", "state data", "developer", "maintenance", "process"],
    "pm-042": ["metadata", "membership", "index", "secondary", "gsi", "partition",
               "partitions"],
    "pm-044": ["software", "bug", "break", "code", "update", "upgrade", "patch",
               "recovery message"],
    "pm-045": ["ddos", "denial", "attack", "attacker", "extortion", "ransom", "botnet",
               "flood", "amplification"],
    "pm-046": ["integer", "int", "id", "ids", "primary key", "overflow", "limit",
               "2147483647", "32-bit", "bigint"],
    "pm-050": ["shellshock", "bash", "prototype", "credentials", "keys", "key", "backup",
               "hacker", "attacker", "vulnerability", "unpatched", "breach"],
    "pm-051": ["downsize", "downsized", "downgrade", "downgraded", "smaller", "instance size",
               "cost", "costs", "resized", "instance type"],
    "pm-057": ["memory", "leak", "leaking", "parser", "buffer", "overrun", "overflow", "html",
               "obfuscation", "uninitialized"],
    "pm-058": ["regex", "regular expression", "waf", "backtracking", "rule", "firewall"],
    "pm-061": ["upgrade", "os", "script", "reinstall", "wiped", "database", "maintenance"],
    "pm-063": ["database", "cache", "caching", "overload", "overloaded"],
    "pm-064": ["token", "tokens", "credential", "credentials", "password", "account",
               "compromised", "malicious", "stolen", "reuse", "2fa"],
    "pm-068": ["password", "compromised", "admin", "attacker", "hacked", "guessed", "2fa",
               "credentials"],
    "pm-069": ["amplification", "ddos", "attack", "11211", "reflection", "botnet"],
    "pm-071": ["rm", "deleted", "delete", "directory", "backup", "backups", "pg_dump",
               "lvm", "snapshot", "replication", "wrong host"],
    "pm-072": ["deleted", "delete", "admin", "administrator", "backup", "database",
               "accidentally", "mistake"],
    "pm-075": ["kernel", "bug", "ext4", "upgrade", "patch", "overlay", "aufs"],
    "pm-078": ["2tb", "terabyte", "file size", "limit", "ext3", "table"],
    "pm-079": ["autovacuum", "vacuum", "wraparound", "lock", "locks", "transaction", "xid"],
    "pm-080": ["typo", "operator", "command", "tool", "human"],
    "pm-083": ["wraparound", "transaction id", "xid", "vacuum"],
    "pm-084": ["alt", "altgr", "shortcut", "ctrl", "control", "keybinding", "hotkey", "save"],
    "pm-088": ["initwallet", "init", "initialize", "library", "owner", "ownership",
               "delegatecall", "fallback", "unprotected", "modifier", "kill"],
    "pm-090": ["autoscaler", "auto-scaler", "autoscaling", "migration", "scaled",
               "terminated", "scaling"],
    "pm-091": ["power", "circuit", "breaker", "firmware", "storage", "array", "database",
               "corruption", "failover", "data center"],
    "pm-092": ["wraparound", "transaction", "xid", "vacuum", "freeze"],
    "pm-093": ["employee", "insider", "theft", "stolen", "hacker", "attacker", "breach",
               "compromised", "private key", "keys"],
    "pm-095": ["transit", "gateway", "tgw", "scaling", "autoscaling", "cache", "caches",
               "cold", "provisioning", "capacity"],
    "pm-100": ["regex", "regular expression", "backtracking", "whitespace", "spaces"],
    "pm-103": ["integer", "int", "id", "ids", "limit", "overflow", "2147483647", "signed",
               "32-bit"],
    "pm-106": ["replica", "master", "slave", "resync", "failover"],
    "pm-107": ["rm", "variable", "script", "steamroot", "moved", "empty"],
    "pm-116": ["oom", "memory", "limit", "limits", "ndots"],
    "pm-123": ["nodes", "scaling", "scale", "configuration", "config", "token", "bootstrap",
               "streaming"],
}

# (case_id, voice, text). Pairs of one case are adjacent (one dev, one test).
REPORTS = [
    # ---------------- paired cases ----------------
    ("pm-004", "on-call chat",
     "heads up, the big social network plus its chat app and photo app are all dead from every "
     "probe we have, started ~15:40 UTC. Their authoritative name servers aren't answering at "
     "all, our resolvers are handing back SERVFAIL for every one of their domains. Side effect: "
     "our own resolver QPS roughly tripled because phones keep retrying. Nothing for us to fix, "
     "just don't page the DNS team for it."),
    ("pm-004", "non-native English speaker",
     "Hello, from afternoon I can not open the page of my shop on the social app, and also the "
     "chat app where my customers write me, and the photo app. All three same time not working, "
     "it say no connection but my internet is fine, other websites open normal. My cousin in "
     "other country have same problem. I lose many orders today, please when it come back?"),

    ("pm-005", "pasted alert",
     "CRIT payments-api http_5xx_ratio=0.93 (>0.05 for 5m) | merchant-dashboard /health FAIL | "
     "pg-primary-01: connection timed out. The primary box just stopped answering and nothing got "
     "promoted automatically even though the standby looks healthy, pulling in the DB on-call "
     "now."),
    ("pm-005", "exec summary",
     "Yesterday afternoon our public payments API and the merchant dashboard were unavailable for "
     "well over an hour. The main database server became unresponsive, and the standby we rely on "
     "for exactly this situation did not take over by itself, so engineers had to intervene by "
     "hand. Payment submissions during the window were rejected and had to be retried by "
     "integrators; we are not aware of lost data."),

    ("pm-006", "SRE handover note",
     "Handover: every VM we run, in every region, went dark from the internet for about 18 "
     "minutes starting a little after 19:00 Pacific. VM-to-VM traffic inside the project kept "
     "flowing and the instances themselves looked healthy; only inbound from outside died, "
     "including through the provider's global load balancer. It recovered without us touching "
     "anything and we shipped nothing today. Provider status page lagged the event by a good 20 "
     "minutes, so check it again in the morning."),
    ("pm-006", "forum post",
     "Was anyone else's stuff on the big public cloud unreachable last night for ~20 minutes? "
     "Our site runs in three regions (US, Europe, Asia) precisely so one region going down can't "
     "take us out, and all three disappeared at the same moment. Traceroutes from home died right "
     "at the provider's edge. Came back on its own; no email from them yet."),

    ("pm-007", "app-store review",
     "Mail wouldn't load for like half an hour this morning, just a server error page over and "
     "over, and the calendar was broken too. Tried phone and laptop, same thing, so it wasn't my "
     "wifi. Two stars until it stays up."),
    ("pm-007", "support ticket",
     "Priority: high. Since roughly 11:00 Pacific our ~400 staff on your hosted office suite get "
     "HTTP 502 pages on mail, calendar and documents; a few get through after several reloads. "
     "Other external sites load normally from the same network, and users at home see the same. "
     "Please confirm whether this is on your side and give an ETA."),

    ("pm-008", "junior bug report",
     "Title: browser crashes a few seconds after launch. Steps: open the browser while signed in "
     "with my account. Expected: normal start. Actual: window appears, tabs start loading, then "
     "the whole thing dies with the crash dialog; happens on both of my laptops (different OSes). "
     "If I launch with a fresh profile that isn't signed in, it stays up."),
    ("pm-008", "forum post",
     "Is it just our office or is the browser crashing for everybody right now? Roughly half the "
     "team has it closing on them every couple of minutes since this afternoon, and the webmail "
     "from the same company was throwing errors at about the same time. People who never signed "
     "into the browser seem fine. Anyone know if the two are related?"),

    ("pm-011", "on-call chat",
     "object storage writes in the US multi-region throwing 503s and timeouts since ~18:40 PT, "
     "around 1 in 5 uploads failing. reads look mostly ok from here. also hearing that the same "
     "provider's mail attachments and photo backup are broken for people, so probably not us. "
     "exponential backoff isn't buying much."),
    ("pm-011", "exec summary",
     "For about four hours on Tuesday evening Pacific time, the cloud object store underneath our "
     "upload feature returned elevated errors. Roughly a fifth of customer uploads failed and had "
     "to be retried; the provider's own consumer products (mail attachments, photo backup) "
     "appeared to be hit at the same time. We found no data loss on our side."),

    ("pm-012", "status-page draft",
     "Investigating - Since about 11:45 PT users on the US East Coast are seeing slow page loads "
     "and videos that fail to start. Our monitoring shows heavy packet loss and timeouts between "
     "our servers in the provider's eastern US regions and the rest of the internet; other "
     "regions look healthy. We are in contact with our cloud provider and will update within 30 "
     "minutes."),
    ("pm-012", "shift log",
     "12:05 PT - video site and webmail from the same provider both crawling for me; our us-east "
     "services show 30-60% loss on cross-region calls. 12:40 - the provider's own cloud console "
     "barely loads, can't open a support case through it. 14:10 - still degraded, latency into "
     "the east regions about 10x baseline. 15:55 - numbers drifting back to normal."),

    ("pm-014", "status-page draft",
     "Since about 00:50 UTC customers in several regions cannot reach blob storage - requests "
     "time out - and virtual machines whose disks sit on that storage are hanging or failing to "
     "start. We see this in the US, Europe and Asia at the same time. The management portal is "
     "also intermittently unavailable. We will post more within the hour."),
    ("pm-014", "junior bug report",
     "Our web app's file uploads time out and the VM that runs the background workers went "
     "unresponsive overnight. I restarted it from the portal and it's stuck on 'starting' for 40 "
     "minutes now. Both the US and the EU copies of the app do this. I checked our repo, nobody "
     "shipped anything since Friday."),

    ("pm-018", "support ticket",
     "All of our jobs that need the full VM environment (sudo) fail right at startup since this "
     "morning UTC; they never reach our own build steps and the log just says the worker couldn't "
     "be started. Container-based jobs on the same repository are green. We changed nothing in "
     "our config. Is something wrong on your side?"),
    ("pm-018", "on-call chat",
     "VM-based job pool is erroring out at boot, every single instance create is rejected by the "
     "cloud API saying it can't find the source we ask it to boot from. queue backing up fast, "
     "3k+ jobs waiting. container pool unaffected."),

    ("pm-020", "forum post",
     "Got logged out of the CI site, logged back in and my account looks brand new: no repos "
     "listed, no build history, settings gone. A teammate sees exactly the same, and pushes "
     "aren't triggering any builds. Is this happening to everybody or did our org get nuked?"),
    ("pm-020", "SRE handover note",
     "For the next shift: a big chunk of rows in the main app database are just gone - the users, "
     "repositories and permissions tables are near empty while job history looks intact. Every "
     "web session got invalidated so everybody was signed out. We've paused the account-sync "
     "workers and are looking at what we can restore. Expect a flood of tickets about missing "
     "repos and builds not starting."),

    ("pm-022", "pasted alert",
     "[synthetic] edge-probe FAIL 52/110 locations, HTTP timeout, worst in US-East and Europe, "
     "first failure 21:12 UTC. Half the planet can't reach us and it isn't one region, paging "
     "network on-call."),
    ("pm-022", "customer email",
     "Our online shop was unreachable for roughly 25 minutes on Friday evening (about 21:10 to "
     "21:40 UTC). Our external monitoring recorded failures from around half of its check "
     "locations across the US and Europe, and during the same window your public DNS resolver "
     "stopped answering for our office. Please explain what happened and whether this counts "
     "against our SLA."),

    ("pm-026", "status-page draft",
     "We are investigating a major service outage. As of 00:23 UTC all web requests and "
     "repository push/pull operations are failing, and a large share of our internal hosts stopped responding at the "
     "same time. Repository data is not believed to be at risk. Next update in 20 minutes."),
    ("pm-026", "shift log",
     "00:24 UTC - 100% error rate on web and on push/pull. 00:33 - about a quarter of the fleet in the "
     "primary site is unreachable, remote consoles are slow. 01:10 - most hosts answering again "
     "but the app can't reach its in-memory key-value cluster, several of those machines won't "
     "come up cleanly. 02:20 - partial service, work queues replaying."),

    ("pm-039", "forum post",
     "Images and downloads for our site live on the big cloud object store and every request "
     "has been failing since around 8:40 am Pacific this Sunday. It's been hours now, both the "
     "US and the European endpoints. The provider's status page just says they're working on "
     "it. Is anyone getting anything out of it?"),
    ("pm-039", "shift log",
     "08:40 - error rate on storage front ends jumps to near 100%, both US and EU. 09:10 - the "
     "internal node-to-node status chatter is running at many times its normal volume and hosts "
     "are spending their time on that instead of serving requests. 10:30 - restarting "
     "individual hosts doesn't help, they rejoin and go straight back into the same state."),

    ("pm-040", "on-call chat",
     "half our db volumes in one zone of the Virginia region are stuck: iowait 100%, can't "
     "detach, snapshots sit in pending. creating new volumes in that zone times out as well. "
     "started ~01:00 PT. the other zones look ok-ish but every API call to the region is crawling."),
    ("pm-040", "exec summary",
     "From early Thursday morning, a portion of the cloud block storage in one availability "
     "zone became unresponsive and stayed that way for most of the day, with a long tail into the "
     "weekend. Our database servers in that zone froze and could not be moved elsewhere because "
     "the provider's control APIs for the region were also degraded. A small number of volumes "
     "were handed back to us days later as unrecoverable."),

    ("pm-041", "support ticket",
     "Starting around 12:30 PT today (24 Dec) some of our managed load balancers in the Virginia "
     "region are dropping or misrouting traffic, and API calls to describe or modify those load "
     "balancers return errors. Other load balancers in the same account are fine. Our "
     "streaming front door is down for TV devices. Severity: urgent."),
    ("pm-041", "status-page draft",
     "We are investigating reports that some members cannot start playback on game consoles, "
     "smart TVs and set-top boxes in the Americas this Christmas Eve. Browsers and phones appear "
     "mostly unaffected. We are working with our infrastructure partner and will post an update "
     "shortly."),

    ("pm-042", "pasted alert",
     "CRITICAL kvstore GetItem/PutItem error_rate=0.55 region=us-east (virginia) since 02:19 PDT "
     "Sun. Managed key-value store is falling over and their queue, autoscaling and metrics "
     "services are erroring too, so half our dashboards are blank."),
    ("pm-042", "non-native English speaker",
     "Good morning team, on Sunday early morning (Pacific time) our application in the Virginia "
     "region have very many errors on reading and writing to the managed key-value database of "
     "the provider, during around five hours. Also the metrics and the queue service from same "
     "provider was not working, so we could not see well what happen. Can you please confirm if "
     "this was provider side?"),

    ("pm-044", "shift log",
     "14:25 EST - one of the big toll switches in Manhattan took itself out of service and came "
     "back a few seconds later. 14:31 - neighbouring switches doing the same, resets spreading "
     "across the network in waves. 15:00 - about half of long-distance call attempts blocked "
     "nationwide. 16:30 - still cycling, no switch in the fleet stays stable for long."),
    ("pm-044", "customer email",
     "For most of Monday afternoon and evening, roughly half of the long-distance and toll-free "
     "calls into our reservations center got a fast busy or an all-circuits-busy recording. "
     "Local calls worked. We estimate thousands of lost bookings. We would like to know what "
     "happened and what credit you intend to offer."),

    ("pm-045", "customer email",
     "Our team couldn't get into our project management app for over an hour this morning, the "
     "browser just spins and times out. The mobile app couldn't connect either. Are our files "
     "safe, and will this happen again?"),
    ("pm-045", "on-call chat",
     "site unreachable from outside but inside the DC everything is green - app servers idle, "
     "db idle, requests just aren't arriving. uplinks are pinned at line rate, inbound only. "
     "upstream provider says the volume toward our range is enormous. getting them on a bridge."),

    ("pm-050", "customer email",
     "I just received an email from your address saying you're shutting down and that my data "
     "was never safe with you?? Is this real? Your website isn't loading either. Please "
     "explain, we have our whole QA team on your service."),
    ("pm-050", "security researcher",
     "Heads-up to your security team: I and (judging by social media) several thousand other "
     "users just got an email from your domain announcing you're shutting down and that user "
     "data was never protected. The headers show it was genuinely sent through your normal "
     "transactional mail provider, not spoofed. Your website went offline shortly after. Happy "
     "to share the full message source."),

    ("pm-051", "support ticket",
     "Our agents are connected and idle but jobs stay 'scheduled' for 20+ minutes before anything "
     "picks them up, and pipeline pages in the web UI time out. Started about two hours ago, "
     "during our morning rush. Restarting the agents makes no difference. Is there an incident?"),
    ("pm-051", "on-call chat",
     "main db CPU pinned at 100% and read IOPS through the roof since the US morning ramp. p99 "
     "query latency is ~30x normal, no deploy today. agents hammer the API harder as their polls "
     "time out, which is making it worse."),

    ("pm-063", "app-store review",
     "Couldn't log in all weekend, stuck in the waiting line forever, and when I finally got in my "
     "friends list was empty and party invites did nothing. Matchmaking errored every second "
     "try. One star until it works."),
    ("pm-063", "SRE handover note",
     "Weekend summary: record concurrency, well over three million players at peak. Login calls timing "
     "out, the account/profile service showed multi-second latencies, and the presence/chat "
     "service kept dropping connections so friends lists came up blank. Still flapping at the "
     "evening peak, keep an eye on it."),

    ("pm-064", "junior bug report",
     "Our CI started failing today on fresh installs: a transitive dependency of our linter "
     "published a new patch version and its install hook throws an error. I opened the package "
     "and the hook script reaches out to a paste site and tries to run what it downloads. Pinning "
     "the previous patch version makes the build pass."),
    ("pm-064", "security researcher",
     "The newest patch release of a very widely used helper package for a popular JavaScript "
     "linter contains an install hook that downloads code from a paste site and evaluates it. "
     "The downloaded code reads the user's package-registry config file from the home directory "
     "and sends its contents to an external server. Anyone who installed it in the last few "
     "hours should treat their registry login as exposed."),

    ("pm-068", "forum post",
     "PSA: don't sync from our distro's mirror on the big code-hosting site right now. In the "
     "last hour it picked up commits none of us made, package build files with 'rm -rf /*' "
     "dropped in, and a bunch of our devs seem to have been kicked out of the org. Our own "
     "infrastructure mirrors look unaffected."),
    ("pm-068", "shift log",
     "20:20 UTC - devs report they've lost access to our org on the code host. 20:28 - commits "
     "appearing that none of us authored, repo names and descriptions changed. 20:40 - asked the "
     "hosting site's support to freeze the org. 21:00 - notice posted telling users not to pull "
     "from that mirror."),

    ("pm-069", "on-call chat",
     "edge just got hammered: inbound peaked around 1.3 Tbps at 17:21 UTC, site unreachable for "
     "about five minutes and flaky for a few more. it's UDP from tens of thousands of unique "
     "source addresses, nothing like our normal mix."),
    ("pm-069", "status-page draft",
     "Between 17:21 and 17:26 UTC the site was unavailable, with intermittent access until 17:30. "
     "We saw an unusually large volume of inbound traffic at our edge. No user data was "
     "affected. We are monitoring."),

    ("pm-072", "customer email",
     "Our whole team hasn't been able to open a single diagram since Friday; the web app just "
     "shows a maintenance page. It is Monday now. We need an ETA and, honestly, confirmation "
     "that our diagrams still exist somewhere."),
    ("pm-072", "exec summary",
     "Our online diagramming service was unavailable to all customers for about three days. "
     "Bringing customer data back online took far longer than our recovery plans had assumed, "
     "and customers heard too little from us while it lasted."),

    ("pm-080", "forum post",
     "Every one of our instances in the provider's eastern US datacenter rebooted at the same "
     "moment this afternoon, and some of them took over two hours to come back. No maintenance "
     "notice, nothing in our own logs beforehand. Anybody else on that region?"),
    ("pm-080", "pasted alert",
     "[CRIT] host-check: 23/23 hosts DOWN (dc=us-east-1, provider=public-cloud). "
     "All of them at once?? Provider dashboard shows nothing yet, opening a ticket."),

    ("pm-084", "non-native English speaker",
     "When I write my article in the editor, the letter Ś (and small ś) is not appear. I press "
     "the keys and nothing, but other Polish letters like ą, ę, ł work ok. On other websites "
     "the same keyboard work fine. Please help, the Polish text look very bad without this "
     "letter."),
    ("pm-084", "junior bug report",
     "Bug: typing 'ś' in the post editor inserts nothing on the Polish (programmer) keyboard "
     "layout. Repro: set the layout, open a draft, type the letter - no character and no error in "
     "the console. Pasting the character from somewhere else works fine. Only this one letter "
     "seems affected."),

    ("pm-088", "exec summary",
     "Within a short window this afternoon, several large multi-signature wallets deployed with "
     "our tooling were emptied; roughly 150,000 coins worth of funds moved to a single external "
     "address. The affected wallets belong to three token-sale projects. Other wallets of the "
     "same type are now considered at risk."),
    ("pm-088", "security researcher",
     "I'm watching three large multi-signature wallets being emptied right now. The same "
     "external address made a couple of unusual calls to each wallet minutes before the balances "
     "moved out, and none of the wallets' signers appear to have approved the transfers. "
     "Recommend every holder of this wallet type moves funds immediately."),

    ("pm-091", "support ticket",
     "Our CRM org has been unreachable since Monday. Now that it's back, records "
     "our reps entered in the few hours before it went down are missing, and the app is painfully "
     "slow - simple list views take 30+ seconds. We need to know exactly which time range is gone."),
    ("pm-091", "exec summary",
     "Our hosted CRM tenant was down for most of a day. When it returned, roughly four hours of "
     "changes made just before the outage were missing, and performance stayed degraded for "
     "several days afterwards. Sales ops is re-entering what it can from email."),

    ("pm-095", "app-store review",
     "First day back after the holidays and the app wouldn't load messages for hours. Just a "
     "spinner and 'trouble connecting', couldn't reach my team at all. Not great timing."),
    ("pm-095", "on-call chat",
     "our team chat is down for the whole company since early morning Pacific: desktop app stuck "
     "on reconnecting, web client can't load channels, calls won't connect. their status page "
     "confirms an incident. moving the incident bridge to the phone line for now."),

    ("pm-123", "app-store review",
     "Card got declined at the supermarket on Friday even though I had money in the "
     "account, and the app wouldn't load my transactions. Tried a transfer to a friend and that "
     "failed too. Sorted itself out later but pretty embarrassing at the till."),
    ("pm-123", "SRE handover note",
     "Friday evening: card authorisations failing at an elevated rate, in-app payments erroring, "
     "and a lot of internal reads returning 'not found' for accounts that definitely exist. "
     "Errors have dropped but not to zero; watch the card decline rate overnight."),

    # ---------------- single reports ----------------
    ("pm-002", "status-page draft",
     "Investigating - Since roughly 09:47 UTC every site we serve is unreachable worldwide: not "
     "slow, gone. Our edge addresses stopped answering from every probe location on every "
     "continent at the same moment, and our own dashboard is down too, so we are working over "
     "out-of-band access. Next update in 15 minutes."),
    ("pm-009", "forum post",
     "Every search I do this morning puts a warning under every single result saying visiting it "
     "could damage my computer, even the search engine's own pages and huge news sites. Clicking a "
     "result drops me on an interstitial instead of the site. Started maybe 15 minutes ago, around "
     "6:30 Pacific. Is this happening to everyone?"),
    ("pm-029", "on-call chat",
     "site's up but weird since ~23:00 UTC, right after a one-minute blip in the network alerts: "
     "new pushes show up then the commits vanish from the UI, webhooks piling up, PRs show stale "
     "state. write queries from the east app tier are way slower than normal. not declaring "
     "green until the data looks right."),
    ("pm-030", "SRE handover note",
     "Right after this afternoon's deploy the API stalled for about 15 seconds: every endpoint "
     "timed out, the request queue filled, then it cleared on its own. The DB shows a spike of "
     "sessions waiting on something and then all of them released together. Nothing in the app "
     "logs beyond the timeouts."),
    ("pm-032", "exec summary",
     "Within minutes of the opening bell our automated equity trading system began sending a "
     "torrent of orders nobody had asked for into roughly 150 listed stocks, buying high and "
     "selling low over and over. Positions worth several billion dollars built up in about 45 "
     "minutes before we managed to stop it. The estimated loss runs into the hundreds of millions."),
    ("pm-033", "forum post",
     "After someone committed two small PDF test files into our open-source project's central "
     "version-control repository, fresh checkouts started failing with a checksum mismatch "
     "error on one of those files and our read-only mirror stopped updating. Every new checkout "
     "fails at the same path. Has anyone seen a repository server get into this state?"),
    ("pm-034", "support ticket",
     "Since a little after midnight UTC we cannot deploy or scale out our hosted services: new "
     "role instances sit in an initializing state for a long time and then fail. The management "
     "portal's create/scale operations are now refused outright. Instances already running are "
     "mostly fine, but a few in one region dropped offline later in the day."),
    ("pm-035", "shift log",
     "00:00 UTC Jan 1 - several boxes on the 2.6.2x kernel series went hard-hung right at "
     "midnight, console frozen, no ping, no oops on screen. 00:20 - power-cycled them, came back "
     "fine. Other hosts on the same rack and switch unaffected. Nothing deployed over the holiday."),
    ("pm-036", "SRE handover note",
     "Handing over: at 00:00 UTC (Saturday evening for us) all our app servers and the database "
     "hosts jumped to 100% CPU at once. Traffic was normal and nothing had been deployed; the "
     "processes are spinning in user space without doing any useful work. Restarting the "
     "application processes doesn't help, and we have no idea yet why every host went at once."),
    ("pm-037", "app-store review",
     "Woke up to every single one of my browser extensions disabled and marked as unsupported or "
     "unverified, including my ad blocker and password manager. Reinstalling from the add-on "
     "store just fails with a download error. Didn't change a thing on my side."),
    ("pm-038", "pasted alert",
     "CRITICAL object-store GET/PUT error_rate=100% region=us-east (virginia) 09:40 PT. Half the "
     "internet seems to be broken with us and the provider's own status page is still showing "
     "all green."),
    ("pm-046", "app-store review",
     "Couldn't post anything for most of the workday - every message, comment and file upload "
     "failed with an error while I could still read everything fine. For a paid team tool that's "
     "a rough day."),
    ("pm-057", "security researcher",
     "While working on something unrelated I found data in search-engine cached copies of random "
     "websites that should never be there: fragments of other sites' HTTP headers, session "
     "cookies, auth headers, POST bodies, even private messages. Every affected page is served "
     "through the same large reverse-proxy/CDN provider. Please get in touch urgently."),
    ("pm-058", "status-page draft",
     "We are seeing 502 errors for all customers across our network starting at 13:42 UTC. CPU "
     "utilisation on our edge machines worldwide has gone to nearly 100%. Investigating."),
    ("pm-061", "forum post",
     "Since Friday around 5:30 pm Pacific the file-sync site won't load and the desktop client is "
     "stuck on 'connecting'. By Saturday I could log in again, but the photos tab is empty and "
     "some shared folders are missing. Files on my laptop are all still there."),
    ("pm-071", "on-call chat",
     "site in maintenance mode. earlier tonight the primary DB was buckling under spam load and "
     "the secondary fell behind; then around 23:30 UTC the primary's data came back nearly empty. "
     "looking for the most recent good copy anywhere - best we have might be ~6 hours old."),
    ("pm-075", "support ticket",
     "For the past few days some of our app containers start with broken files: reads from "
     "bundled assets return garbage or I/O errors and the process crashes at boot. Restarting "
     "usually lands it on a different host and then it works."),
    ("pm-078", "app-store review",
     "App hasn't been able to save new articles since yesterday and now my list won't load at "
     "all. When it came back after about a day and a half, my archive only showed recent stuff - "
     "older saves are missing."),
    ("pm-079", "non-native English speaker",
     "Dear support, since this morning our uploads and downloads to your object storage are "
     "hanging long time and then give 503 error. Also the compute jobs we run on the stored "
     "objects stay in queue and not start. We did not change anything in our side. Please tell "
     "us when it will work again."),
    ("pm-083", "customer email",
     "Our transactional emails (password resets, receipts) are accepted by your API but not "
     "delivered - some have been queued for hours, and some API calls now return errors outright. "
     "This has been going on since yesterday. Please advise whether we should switch providers "
     "temporarily."),
    ("pm-090", "on-call chat",
     "site down ~90 min. most of the app server fleet just vanished from the pool, instances "
     "gone, and none of us did it. bringing up replacements by hand, still working out what "
     "shut them down."),
    ("pm-092", "junior bug report",
     "Bug: event ingestion has been broken since this afternoon - every insert into the main "
     "database is rejected, but reads and the dashboards still work. The worker logs show the "
     "queue growing by thousands per minute and it will start dropping events soon. I tried "
     "restarting the database (with approval) and it still refuses writes. Not sure what else to "
     "check."),
    ("pm-093", "shift log",
     "Day 1 - hot wallet balances don't reconcile with the ledger: outbound transfers we can't "
     "match to any customer exchange. Later that day - moved remaining funds to freshly created "
     "wallets. Some days later - another set of unexplained outbound transfers, this time from "
     "the new wallets."),
    ("pm-100", "pasted alert",
     "[LB] pool web-tier: 11/11 servers DOWN (check GET / timeout) 14:44 UTC. Front page timing "
     "out for everyone and web CPU is pinned; other pages answer if you hit a server directly."),
    ("pm-103", "app-store review",
     "Synced my ride from the bike computer and it just says upload failed, tried four times. "
     "Friends in my club have the same since this afternoon. Kudos can wait, but I want my "
     "ride recorded."),
    ("pm-106", "customer email",
     "My account balance suddenly dropped to zero and my card was charged again and again - four "
     "auto-recharge charges within an hour - and then my account got suspended anyway. I've had "
     "no calls or texts going out since. Please refund the duplicate charges and restore the "
     "account."),
    ("pm-107", "forum post",
     "Launched the game client tonight and it deleted everything in "
     "my home directory that my user owns - documents, photos, even the external backup drive "
     "mounted under /media. I have nothing left."),
    ("pm-116", "non-native English speaker",
     "Hi all, since this afternoon many services in our production cluster cannot find each other "
     "by name, they log 'no such host' or lookup timeout, not always but very often. I see the "
     "pods for name resolution in the cluster are restarting again and again. When the clients "
     "retry it seem to make the number of queries even bigger. Somebody can look please?"),
]


def pattern(word):
    return re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)


def check(reports):
    problems = []
    for i, (case, voice, text) in enumerate(reports, 1):
        words = GLOBAL_AVOID + AVOID.get(case, [])
        for w in words:
            if pattern(w).search(text):
                problems.append(f"#{i} {case} ({voice}): contains avoided word '{w}'")
        if case not in AVOID:
            problems.append(f"#{i} {case}: no per-case AVOID list")
    return problems


def build():
    problems = check(REPORTS)
    if problems:
        raise SystemExit("refused:\n" + "\n".join(problems))
    rows = []
    for i, (case, voice, text) in enumerate(REPORTS, 1):
        rows.append({
            "id": f"{PREFIX}-{i:03d}",
            "split": "dev" if i % 2 == 1 else "test",
            "expected": [case],
            "text": text,
        })
    return rows


def voices():
    return [(f"{PREFIX}-{i:03d}", v) for i, (_, v, _) in enumerate(REPORTS, 1)]


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


if __name__ == "__main__":
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(render(rows))
    print(f"wrote {len(rows)} reports to {OUT}")
