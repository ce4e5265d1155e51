#!/usr/bin/env python3
"""Writer c19: hand-typed problem reports -> queries.jsonl.

Every report is typed by hand below as data (case id, voice, text).  The
script only orders them deterministically, assigns ids and splits, and refuses
any report that contains a GLOBAL_AVOID word or a word from its case's AVOID
list (case-insensitive, whole-word match).  Python 3 standard library only.
"""
import json
import random
import re
import sys

OUT = "queries.jsonl"
PREFIX = "c19"
SEED = 1919

# Company, product, vendor and brand names (plus a few technology product names
# that would name the failing component).  Checked against every report.
GLOBAL_AVOID = [
    "allegro", "cloudflare", "etsy", "thousandeyes", "facebook", "gocardless",
    "google", "gmail", "youtube", "chrome", "chromium", "heroku", "azure",
    "microsoft", "windows", "apple", "mac", "macos", "iphone", "android",
    "stack exchange", "stackexchange", "stack overflow", "stackoverflow",
    "sentry", "travis", "travis-ci", "steam", "valve", "aws", "amazon", "s3",
    "ec2", "ebs", "rds", "dynamodb", "elb", "github", "gitlab", "knight",
    "nyse", "subversion", "svn", "webkit", "mozilla", "firefox", "basecamp",
    "bbc", "bintray", "bitly", "bit.ly", "browserstack", "buildkite", "bungie",
    "eve", "chef", "circleci", "discord", "dropbox", "duo", "epic", "fortnite",
    "eslint", "npm", "flowdock", "gentoo", "gliffy", "homebrew", "brew",
    "instapaper", "joyent", "manta", "kickstarter", "mailgun", "mailchimp",
    "mandrill", "medium", "netflix", "pagerduty", "parity", "ethereum",
    "ether", "eth", "reddit", "salesforce", "shapeshift", "skyliner", "slack",
    "spotify", "square", "stackdriver", "strava", "stripe", "tarsnap",
    "twilio", "vzaar", "yeller", "zerodha", "skyscanner", "moonlight",
    "zalando", "target", "monzo", "airmap", "saltside", "salemove", "at&t",
    "lucent", "akamai", "jenkins", "java", "jvm", "mysql", "postgres",
    "postgresql", "redis", "mongodb", "mongo", "cassandra", "kafka", "consul",
    "zookeeper", "puppet", "kubernetes", "k8s", "kubectl", "linux", "solr",
    "bittorrent", "memcached", "coredns", "pacemaker", "nginx", "juniper",
    "bitcoin",
]

# Words per case that would give the cause (or the fix) away.
AVOID = {
    "pm-001": ["mesos", "marathon", "resources", "resource", "capacity", "memory", "quota", "limits"],
    "pm-002": ["flowspec", "rule", "packet", "packets", "router", "routers", "juniper", "ddos", "attack", "size"],
    "pm-003": ["torrent", "peer", "p2p", "swarm", "seed", "seeding", "tracker"],
    "pm-005": ["raid", "pacemaker", "corosync", "controller", "disk", "failover", "promote"],
    "pm-006": ["bgp", "announce", "announcement", "block", "canary", "propagation", "config", "configuration"],
    "pm-007": ["config", "configuration", "generator", "identity", "auth", "authentication"],
    "pm-008": ["sync", "load balancing", "lock", "quota", "overload"],
    "pm-009": ["slash", "list", "blacklist", "blocklist", "stopbadware", "human error", "file"],
    "pm-012": ["maintenance", "control plane", "scheduler", "descheduled", "automation", "config", "configuration"],
    "pm-014": ["update", "performance", "loop", "flighting", "config", "configuration", "deployment", "bug"],
    "pm-018": ["deleted", "delete", "cleanup", "clean-up", "removed", "script", "not found"],
    "pm-020": ["truncate", "truncated", "database", "test", "tests", "local", "environment", "variable"],
    "pm-022": ["atlanta", "atl", "backbone", "router", "config", "configuration", "prefix", "term"],
    "pm-023": ["lightning", "power", "generator", "generators", "transformer", "utility", "electrical", "plc", "ups"],
    "pm-024": ["storm", "power", "generator", "generators", "electrical", "weather", "derecho", "ups", "utility"],
    "pm-026": ["power", "firmware", "hardware", "outage at the facility", "electrical", "ups"],
    "pm-029": ["partition", "orchestrator", "failover", "replication", "database", "coast", "west", "east", "connectivity"],
    "pm-030": ["lock", "locks", "foreign key", "alter", "migration", "exclusive", "constraint", "long-running"],
    "pm-032": ["power peg", "peg", "flag", "repurposed", "eighth", "dead code", "manual", "deployment"],
    "pm-033": ["sha1", "sha-1", "collision", "shattered", "hash", "pdf", "pdfs", "identical", "deduplication", "rep-sharing"],
    "pm-034": ["leap", "certificate", "cert", "date", "february", "29", "29th", "year", "expiry", "expire", "expired"],
    "pm-035": ["leap", "ntp", "printk", "xtime", "clock", "deadlock", "second"],
    "pm-036": ["leap", "ntp", "hrtimer", "futex", "clock", "date", "second", "timer"],
    "pm-037": ["certificate", "cert", "expired", "expire", "signing", "signature", "intermediate"],
    "pm-038": ["typo", "command", "playbook", "subsystem", "index", "placement", "capacity", "removal", "removed"],
    "pm-039": ["gossip", "bit", "corrupt", "corruption", "checksum", "md5", "state"],
    "pm-040": ["network", "mirror", "re-mirror", "remirroring", "race", "capacity", "cluster"],
    "pm-041": ["memory", "leak", "dns", "agent", "collection", "reporting"],
    "pm-042": ["metadata", "membership", "partition", "partitions", "index", "indexes", "gsi", "secondary"],
    "pm-043": ["double", "free", "delete", "deletion", "memory", "object", "campaign", "data update"],
    "pm-044": ["break", "software", "update", "code", "recovery message", "4ess", "signaling", "bug"],
    "pm-045": ["ddos", "denial", "botnet", "attack", "extortion", "blackmail", "ransom"],
    "pm-046": ["integer", "int", "overflow", "limit", "id", "2147483647", "bigint", "maximum", "max"],
    "pm-049": ["source code", "repository", "employee", "2fa", "two-factor", "code hosting"],
    "pm-050": ["shellshock", "bash", "prototype", "unpatched", "vulnerability", "cve", "patch"],
    "pm-051": ["downsize", "downsized", "downgrade", "downgraded", "smaller", "instance size", "cost", "costs", "savings", "resized"],
    "pm-057": ["parser", "buffer", "overrun", "overflow", "ragel", "rewrite", "rewriting", "obfuscation", "html", "pointer"],
    "pm-058": ["regex", "regular", "expression", "waf", "rule", "rules", "backtracking", "firewall"],
    "pm-061": ["upgrade", "os", "operating system", "script", "reinstall", "reimage"],
    "pm-063": ["database", "mcp", "xmpp", "ccu", "capacity", "concurrent", "load", "record"],
    "pm-064": ["token", "compromised", "maintainer", "account", "password", "hijack", "hijacked", "malicious", "stolen"],
    "pm-068": ["password", "guess", "guessed", "admin", "compromised", "credentials", "account"],
    "pm-069": ["amplification", "reflection", "11211", "ddos", "attack", "scrubbing"],
    "pm-071": ["rm", "delete", "deleted", "backup", "backups", "replication", "spam", "database", "db1", "db2", "restore", "restored"],
    "pm-072": ["deleted", "delete", "backup", "database", "admin", "restore", "restoration", "administrator"],
    "pm-078": ["full", "limit", "2tb", "file size", "ext3", "table", "disk"],
    "pm-079": ["vacuum", "autovacuum", "wraparound", "lock", "locks", "schema", "transaction"],
    "pm-080": ["operator", "typo", "command", "human", "mistake", "tool", "fat-finger", "error by"],
    "pm-083": ["wraparound", "transaction", "xid", "vacuum", "shard", "database"],
    "pm-084": ["shortcut", "alt", "altgr", "ctrl", "control", "hotkey", "save", "combination"],
    "pm-088": ["initwallet", "delegatecall", "fallback", "library", "constructor", "init", "unprotected", "public function"],
    "pm-090": ["autoscaler", "autoscaling", "migration", "scaling", "stale", "alien"],
    "pm-091": ["power", "firmware", "storage", "array", "circuit", "breaker", "backup", "restore", "database"],
    "pm-092": ["wraparound", "transaction", "xid", "vacuum", "single-user", "autovacuum"],
    "pm-093": ["insider", "employee", "bob", "staff", "credentials", "inside job"],
    "pm-100": ["regex", "regular", "expression", "whitespace", "backtracking", "trim", "spaces", "pattern"],
    "pm-103": ["integer", "int", "overflow", "id", "primary key", "2147483647", "limit", "32-bit"],
    "pm-104": ["index", "indexes", "query", "queries", "scan", "migration", "database"],
    "pm-106": ["replica", "resync", "master", "slave", "restart", "read-only", "failover"],
    "pm-107": ["rm", "steamroot", "variable", "script", "empty", "bash", "shell"],
    "pm-112": ["template", "templating", "templated", "helm", "jinja", "variable", "range", "string", "typo"],
    "pm-116": ["oom", "oomkilled", "memory", "limit", "ndots", "conntrack", "overload"],
    "pm-118": ["unschedulable", "cordon", "cordoned", "uncordon", "externaltrafficpolicy", "exclude", "label", "service controller"],
    "pm-119": ["broker", "brokers", "log pipeline", "retry", "retries", "docker"],
    "pm-123": ["node", "nodes", "scale", "scaling", "bootstrap", "bootstrapping", "linkerd", "cluster"],
}

# (case_id, voice, text) -- typed by hand.
REPORTS = [
    # ---- pm-001
    ("pm-001", "exec summary",
     "Summary for leadership: the moment our big discount campaign went live, the marketplace started failing "
     "for a large share of buyers. Error rates on listing and offer pages climbed within minutes and large parts of the "
     "site were unusable for well over an hour. Several backend services tried to add instances to absorb the rush, but "
     "the new instances never became healthy. Revenue impact is significant given the timing; engineering is still "
     "working out why the surge got the better of us."),
    ("pm-001", "on-call chat",
     "anyone else seeing this?? promo kicked off at the top of the hour, traffic is way above a normal day and now about half "
     "the frontend calls come back 500. the orchestrator keeps trying to start more copies of the offer service but they "
     "sit in pending or get killed a few seconds after starting. no deploy today. paging the platform team"),
    # ---- pm-002
    ("pm-002", "status-page draft",
     "Investigating: starting shortly before 10:00 UTC this Sunday, all of our edge locations stopped answering at the "
     "same moment. Sites that use us and our authoritative name service are unreachable worldwide, not just in one "
     "region. Several of our edge devices are not responding to remote management, so staff are heading on-site. "
     "Next update in 30 minutes."),
    # ---- pm-003
    ("pm-003", "SRE handover note",
     "Handover: the search index push to the read fleet keeps getting slower; tonight's full copy took just under an "
     "hour to reach the last replica, and new items were not searchable until then. The indexing master's network "
     "interface sits flat at line rate for the whole copy while every replica pulls the same multi-gigabyte files from "
     "it. Adding more replicas last month made it noticeably worse. Nothing is broken yet, but freshness is drifting "
     "past what product expects."),
    ("pm-003", "junior bug report",
     "Bug: items I create don't show up in search for a long time (30-60 min). I checked and the item is in the main "
     "store right away, it's only search that lags. In the graphs the box that builds the search index has its network "
     "maxed out every time a new index gets copied out, not sure if related. Steps: create item, search for the exact "
     "title, wait."),
    # ---- pm-005
    ("pm-005", "status-page draft",
     "We are investigating an issue affecting our API and merchant dashboard. Since earlier this afternoon, API requests "
     "are failing and the dashboard will not load for any merchant. Payments already submitted are safe and will be "
     "processed. We will post another update within 30 minutes."),
    ("pm-005", "on-call chat",
     "primary db host started spewing I/O errors in the kernel log and stopped answering. the cluster manager has NOT "
     "moved the primary role to either standby - status shows both standbys stopped and it's been 10+ min. API and "
     "dashboard hard down, everything 500s. do we intervene by hand or keep waiting for the automation?"),
    # ---- pm-006
    ("pm-006", "pasted alert + comment",
     "[CRITICAL] external-probe: 0/6 regions reachable - HTTP checks to all public VM addresses timing out "
     "(last success 19:09 PT)\n^ every region at the same time; VM-to-VM traffic inside the project looks fine, only "
     "inbound from the internet is dead."),
    # ---- pm-007
    ("pm-007", "forum post",
     "Is webmail down for anyone else? Since about 11:00 Pacific I get a server error page every time I open my inbox, "
     "and the calendar won't load either. My coworker on the same network is fine, so it's not every account. Cleared "
     "cache, tried another browser, same thing."),
    ("pm-007", "exec summary",
     "Brief for the exec team: for roughly half an hour late Friday morning Pacific time, a slice of our users, around "
     "one in ten, got error pages across mail, calendar, documents and the social product. Everyone else was "
     "completely unaffected, and a few users saw errors for closer to an hour. No user data was lost. Engineering is "
     "reviewing what changed just before it started."),
    # ---- pm-008
    ("pm-008", "forum post",
     "My browser crashes a few seconds after every start today, on two different machines with different operating "
     "systems. The crash reporter pops up, I reopen, it dies again. It only happens on the profile where I'm signed in "
     "with my account; a fresh guest profile works. Everyone in our office has it since about twenty minutes ago."),
    ("pm-008", "support ticket",
     "Ticket: company-wide browser crashes. Around 300 desktops affected - the browser closes unexpectedly within a "
     "minute of launching and again on every relaunch. Users who never signed in to the browser with a personal "
     "account are not affected. Our webmail was throwing errors at the same time, could the two be related?"),
    # ---- pm-009
    ("pm-009", "forum post",
     "Every single search result this morning has the warning line underneath saying the site may damage my computer "
     "- including huge news sites and the search engine's own pages. Clicking a result just lands on an interstitial "
     "warning page instead of the site. Started maybe 15 minutes ago, Saturday morning. My virus scan is clean so I "
     "don't think it's me."),
    # ---- pm-012
    ("pm-012", "shift log",
     "Sun ~11:50 PT - latency alarms for video and webmail from East Coast users. 12:10 - cloud VMs in the eastern US "
     "regions seeing heavy packet loss to the outside, internal tools slow. 12:45 - still degraded across many products "
     "at once, the pattern follows geography rather than service. 15:30 - not recovered yet, error rates falling slowly. "
     "Escalated to vendor TAM."),
    # ---- pm-014
    ("pm-014", "customer email",
     "Subject: all our VMs and blob storage unreachable since last night. Since about 5pm Pacific yesterday our storage "
     "calls time out and VMs in two regions won't come back after a restart. The portal showed green for hours. We run "
     "production in both US and European regions and have been down more than 8 hours - please give us an ETA."),
    # ---- pm-018
    ("pm-018", "on-call chat",
     "heads up: every job that needs a full VM instead of a container errors out at boot since this morning. container "
     "jobs are fine. worker logs say it can't create the instance from the standard build image. reruns fail the same "
     "way, for every language."),
    ("pm-018", "forum post",
     "Since yesterday all my builds that ask for a full virtual machine never start - they sit in the queue, then error "
     "out with no build log at all. Builds in the container environment are green. My config hasn't changed in months, "
     "is something wrong on your side?"),
    # ---- pm-020
    ("pm-020", "support ticket",
     "I was suddenly logged out, and when I signed back in my account shows no repositories and my build history is "
     "empty. Colleagues in our organisation see the same thing. Pushes still seem to trigger something, but nothing "
     "shows on our dashboard. Has our organisation been removed?"),
    # ---- pm-022
    ("pm-022", "pasted alert + comment",
     "ALERT edge-5xx-ratio > 40% in sjc, lax, ord, iad, ewr, lhr, ams, fra (started 21:12 UTC)\npublic resolver "
     "timing out from here too - some cities totally fine, others black-holing."),
    ("pm-022", "non-native English speaker",
     "Hello, our website behind your proxy was giving 502 errors for maybe 25-30 minutes late this evening (European "
     "time). Also the public DNS resolver we use in the office stop to answer in the same time. From our monitoring the "
     "problem was only in some cities, Frankfurt and Amsterdam fail but other locations ok. Can you explain please what "
     "happened?"),
    # ---- pm-023
    ("pm-023", "status-page draft",
     "We are experiencing an outage affecting all services hosted in our Ireland region. Since early Sunday evening "
     "Irish time, our application servers and their attached volumes in one availability zone are unreachable, and our "
     "cloud provider's API returns errors for the whole region. Customers in Europe cannot log in. We will post again "
     "within the hour."),
    ("pm-023", "SRE handover note",
     "Handover, day 3 of the Europe-zone event: most instances are back, but a long tail of our volumes are still stuck "
     "and won't attach; the provider says they're recovering them one by one. Two snapshots taken before the incident "
     "now report as unusable - raise this with the account team. The DB replica in that zone is still unreachable, we're "
     "running on the other zone. Don't restart anything there without checking with me."),
    # ---- pm-024
    ("pm-024", "on-call chat",
     "friday ~8pm pacific and everything in one of our us-east zones just went dark - instances unreachable, volumes "
     "hung, and the load balancer in front of the site returns 503s even though we have healthy hosts in the other "
     "zones. provider console barely loads. anyone else? half the photo apps on my phone are down too"),
    ("pm-024", "exec summary",
     "Saturday update: our platform was unavailable for most of Friday night when a large part of our cloud provider's "
     "machines in one East Coast zone went offline at once. Instances there rebooted or disappeared, some attached "
     "volumes came back needing consistency checks, and the provider's APIs for launching replacements were backed up "
     "for hours, so our automatic move to another zone stalled. Most of the service was back in the early hours of "
     "Saturday."),
    # ---- pm-026
    ("pm-026", "shift log",
     "00:23 UTC - site serving the error page for every request, pushes and pulls failing over both protocols. 00:30 - "
     "a large number of machines in the main facility rebooted at the same moment; most come back, but several cache "
     "hosts won't boot at all. 01:10 - bringing replacement machines online for the cache tier. 02:29 - site back, "
     "watching queues drain."),
    # ---- pm-029
    ("pm-029", "customer email",
     "Since last night (around 7pm Eastern) the site is acting weird: commits I pushed don't appear in the pull request, "
     "a comment I wrote vanished, and our webhooks to CI arrive hours late or not at all. The status page says degraded "
     "but it's been almost a day. Is our data safe?"),
    # ---- pm-030
    ("pm-030", "on-call chat",
     "we just had ~15s where every API request hung, then everything recovered by itself. it lines up exactly with the "
     "deploy that touched the payments table. the DB session list during the blip showed hundreds of sessions sitting "
     "in a waiting state. nobody killed anything, it just cleared - can we find out why before the next deploy?"),
    # ---- pm-032
    ("pm-032", "shift log",
     "09:30 open - our order router is firing far more child orders than the parent flow justifies, in about 150 "
     "listed names. 09:35 - positions ballooning, we keep buying at the offer and selling at the bid in the same names. "
     "09:50 - rolled back this morning's release on the router boxes; the flood got worse, not better. 10:15 - finally "
     "stopped by pulling the system entirely. P&L is catastrophic."),
    # ---- pm-033
    ("pm-033", "junior bug report",
     "Since this morning's commit that added a couple of test files, our read-only mirror sync fails and fresh checkouts of "
     "trunk die partway with \"E200014: Checksum mismatch\" on one of those files. Running cleanup doesn't help, and "
     "anyone who updated past that revision is stuck. Steps: check out trunk at HEAD."),
    # ---- pm-034
    ("pm-034", "SRE handover note",
     "Handover (Tuesday night PT): since about 4pm Pacific, which is midnight UTC, no new VM or role instance starts "
     "anywhere - they sit in initializing and then the host gets flagged as faulty. Running instances are mostly fine "
     "unless they get moved. Service management (deploy, scale, config update) has been switched off in most regions. "
     "Keep customers off new deployments until we understand this."),
    # ---- pm-035
    ("pm-035", "forum post",
     "Several of our boxes hard-locked right as the new year started at midnight UTC - nothing on the console, no response to "
     "SysRq, we had to power cycle them. They all run 2.6.2x kernels on different hardware. Other machines in the same "
     "racks kept going. Anyone else seen this?"),
    # ---- pm-036
    ("pm-036", "on-call chat",
     "just after 00:00 UTC (saturday evening here) basically every app server, the search nodes and the DB daemons went "
     "to 100% CPU and stayed there, traffic totally normal. restarting the process doesn't help - it comes back "
     "spinning. rebooting the box fixes it. load average through the roof on hundreds of hosts. what happened at "
     "midnight??"),
    # ---- pm-037
    ("pm-037", "app-store review",
     "1 star. Woke up Saturday and every single extension I had - ad blocker, password manager, container tabs - was "
     "disabled with a message saying it couldn't be verified. I can't reinstall them either, the add-on store says the "
     "download failed. Been using this browser for ten years, this is ridiculous."),
    # ---- pm-038
    ("pm-038", "on-call chat",
     "object storage in the virginia region is returning 503 on everything - GET, PUT, LIST - since ~9:40 PT. half the "
     "internet's images are broken, our upload queue is backing up, and the provider's own health dashboard still shows "
     "green. other regions OK. we can't even fail over because our deploy config lives in a bucket there"),
    # ---- pm-039
    ("pm-039", "shift log",
     "Sun 08:40 PT - object store requests erroring at a high rate on both US and EU endpoints. 09:10 - total failure, "
     "nothing in or out; thumbnails and downloads all down. 12:00 - provider reports the whole service is offline while "
     "they work on it, no ETA. 16:30 - partial return, requests still failing now and then. 17:00 - back to normal."),
    # ---- pm-040
    ("pm-040", "junior bug report",
     "Our site is down because the DB instance's volume in the east region won't respond - every query hangs, iostat "
     "shows 100% util with zero throughput. I tried creating a fresh volume to attach instead, but the API call has sat "
     "at 'creating' for an hour. Started around 1am Pacific on Thursday. Managed DB instances in that zone are stuck "
     "too."),
    # ---- pm-041
    ("pm-041", "status-page draft",
     "Since late Monday morning Pacific time, a growing number of storage volumes in one of our cloud provider's East "
     "Coast zones have degraded performance, causing slow pages and failed requests for some customers. Load balancers "
     "in that zone are also slow to react to changes, and the provider is throttling API calls, which makes moving "
     "workloads harder. We are shifting traffic to other zones."),
    # ---- pm-042
    ("pm-042", "pasted alert + comment",
     "PAGE: kv-table error rate 68% (threshold 1%) region=virginia - 02:20 PDT Sun\nwoke up to this; every read and "
     "write to the managed key-value tables gets 500s, and the provider's queue service and metrics are failing too."),
    ("pm-042", "SRE handover note",
     "Handover: the managed key-value store in the Virginia region returned errors from about 2:20am until after 7am PT "
     "Sunday; the provider throttled table operations while recovering. Knock-on: their queueing and instance "
     "auto-adjust services degraded too, so our workers never grew. We paused consumers because roughly half of writes "
     "failed. Recovered now, backlog draining."),
    # ---- pm-043
    ("pm-043", "on-call chat",
     "ALL ad-serving processes just died. every DC, same minute. restarted a few by hand - they come up, serve for a few "
     "seconds, and segfault again. no release went out today. we are serving zero impressions globally right now"),
    ("pm-043", "exec summary",
     "Summary: on Tuesday our ad-serving tier stopped serving in every data center for roughly two hours. All serving "
     "processes crashed at nearly the same moment and crashed again right after each restart, so no traffic could be "
     "handled. Nothing had been released that day. Investigation is ongoing."),
    # ---- pm-044
    ("pm-044", "shift log",
     "14:25 - switching center in New York dropped out of service and came back; within seconds neighbouring centers "
     "began dropping and restarting too. 14:40 - wave of resets spreading across the whole long-distance network, "
     "about half of calls getting the all-circuits-busy announcement. 17:00 - still bouncing. 23:30 - stable at last."),
    # ---- pm-045
    ("pm-045", "status-page draft",
     "We are currently unreachable for all customers. Our network links are saturated by a flood of incoming traffic "
     "far beyond anything we have seen before, and we are working with our upstream providers to get it under control. "
     "Your data is safe. We will post an update every 30 minutes."),
    # ---- pm-046
    ("pm-046", "support ticket",
     "Since this morning I can open all my projects and read everything, but nothing I post saves - new to-dos, "
     "comments and file uploads all fail with a 'something went wrong' message. My whole team has the same problem. Is "
     "the app in some kind of read-only maintenance?"),
    # ---- pm-049
    ("pm-049", "customer email",
     "I got an email from you this morning telling me to change my password, and my connected social accounts have been "
     "disconnected and need to be linked again. There's no explanation of why. Has someone got into my account? Were my "
     "short links or click stats changed?"),
    ("pm-049", "security researcher",
     "Access logs on our offsite storage show the bucket holding our nightly user-table dumps was read in full from an "
     "address range we don't own, using a valid key. Nobody internal can account for it. Rotating the key and "
     "invalidating sessions and connected-app tokens now; need help working out where that key could have been "
     "exposed."),
    # ---- pm-050
    ("pm-050", "customer email",
     "I just received an email that claims to be from your company saying you're shutting down, that my password is "
     "stored in plain text and that I should delete my account. Is this real?? It came from your usual address. "
     "Several people on my team got it too."),
    ("pm-050", "SRE handover note",
     "Handover: the mass email to roughly 5k users went out through our own mail-provider account, from an IP we don't "
     "recognise. Around the same time a cloud instance nobody launched appeared in our account, with one of our old "
     "volumes attached. Instance killed and keys rotated; we still don't know how they got in."),
    # ---- pm-051
    ("pm-051", "on-call chat",
     "dashboard timing out and agents aren't getting jobs. db CPU pinned at 100% since traffic ramped this morning, "
     "query latency 10x normal. no deploy since yesterday. killing the slowest queries by hand but it keeps climbing"),
    ("pm-051", "support ticket",
     "Our builds have been stuck in 'scheduled' for over an hour and the web UI throws 502s on and off. Our agents are "
     "online and polling, they just never get any work. This is blocking a release today."),
    # ---- pm-057
    ("pm-057", "security researcher",
     "While testing something unrelated I found responses from several unrelated sites, all behind the same "
     "reverse-proxy provider, containing chunks of what looks like other customers' traffic: request headers, auth "
     "tokens, cookies, even POST bodies. It reproduces on certain pages, and some of these leaked blobs are already "
     "sitting in public search engine caches. Please contact me urgently."),
    # ---- pm-058
    ("pm-058", "pasted alert + comment",
     "CRIT: edge CPU > 95% on 100% of machines across all PoPs; 502 rate 80% (13:42 UTC)\nno traffic spike, literally "
     "every box at once, a few minutes after a routine push."),
    # ---- pm-061
    ("pm-061", "app-store review",
     "Haven't been able to sign in or sync since Friday evening. The desktop app just says connecting, the website shows "
     "an error, and today my photos still won't load on mobile. Three days of this for a service I pay for, and almost "
     "no communication."),
    # ---- pm-063
    ("pm-063", "forum post",
     "Can't log in since this afternoon - stuck on the logging-in screen forever, then dropped into a waiting queue. "
     "When I do get in, matchmaking fails, my friends list is empty and party invites don't work. Same thing happened "
     "yesterday at about the same time."),
    # ---- pm-064
    ("pm-064", "junior bug report",
     "Installing our project's dependencies started failing today on CI with `SyntaxError: Unexpected end of input` "
     "coming from a postinstall step inside the linter's scope-analysis dependency (3.7.2). I don't remember that "
     "package ever having a postinstall. The step seems to download something from a paste site. Pinning the previous "
     "version makes install pass."),
    ("pm-064", "security researcher",
     "Heads-up: a freshly published patch release of a widely used linter dependency contains an install hook that "
     "fetches remote code. When that code runs, it reads the user's package-manager credentials file and sends the "
     "contents to an external server. The release does not match any commit or tag in the project's repo."),
    # ---- pm-068
    ("pm-068", "security researcher",
     "Reporting: the distro's package tree mirror on a public code-hosting site just received several commits from a "
     "user I don't recognise, and one of them adds `rm -rf /*` to a build script. The organisation's member list has "
     "also been emptied of the usual developers. I have not pulled anything, but anyone syncing from that mirror should "
     "be warned."),
    ("pm-068", "status-page draft",
     "Notice: at approximately 20:20 UTC today, our repositories on the third-party code hosting mirror began showing "
     "content we did not author, and all of our developers were removed from the organisation there. Do not use "
     "anything pulled from those mirrors until further notice. Our own primary infrastructure appears unaffected."),
    # ---- pm-069
    ("pm-069", "pasted alert + comment",
     "[PAGE] edge-ingress 1.35 Tbps inbound (baseline ~100 Gbps), 126.9M pps, UDP, sources: tens of thousands of hosts\n"
     "site intermittently unreachable since 17:21 UTC."),
    # ---- pm-071
    ("pm-071", "customer email",
     "Your site was down most of yesterday, and now that it's back, the issues and merge requests our team created "
     "yesterday afternoon are simply gone, along with their comments. A project we created around 6pm UTC doesn't exist. "
     "Webhooks we received in that window reference things that no longer exist. Can any of this be recovered?"),
    # ---- pm-072
    ("pm-072", "customer email",
     "Our team hasn't been able to open any of our diagrams for two days now. The editor shows a maintenance page and "
     "every status update says 'hopefully tomorrow'. We have client deliverables stuck in there. When it comes back, "
     "will our latest edits still be there?"),
    # ---- pm-078
    ("pm-078", "app-store review",
     "Can't save anything to my reading list since yesterday - the share button says it failed and the browser "
     "extension just spins. Articles I saved before still open fine. It's been more than a day."),
    # ---- pm-079
    ("pm-079", "support ticket",
     "Since this morning our uploads to and downloads from your object storage are failing - PUTs time out and GETs return "
     "500 or 503 for most keys. Our batch compute jobs can't read their inputs. Nothing changed on our side. Any ETA?"),
    ("pm-079", "SRE handover note",
     "Handover: object store front doors returning errors since the morning. All metadata database hosts are up, but "
     "queries against them just queue until they time out and connection counts are pinned at max. Restarting the API "
     "tier didn't help. Leaving the DB processes alone until the DB team looks."),
    # ---- pm-080
    ("pm-080", "forum post",
     "All of our instances in the east datacenter rebooted in the same minute - uptime shows an identical boot time on "
     "every one, and from what I read here other accounts got it too. Several took over an hour to come back because "
     "they seemed to wait in a queue. No maintenance notice was sent."),
    # ---- pm-083
    ("pm-083", "customer email",
     "Our transactional emails (password resets, receipts) stopped going out yesterday - the API accepts some calls but "
     "many fail, and what does get queued shows as delayed for hours. Some of our other accounts on your platform work "
     "fine, which is odd. It's been over 20 hours now."),
    # ---- pm-084
    ("pm-084", "non-native English speaker",
     "Hello, I write my posts in polish language and since some time I can not type the letter ś in your editor. When I "
     "press the keys for it, nothing appear and the cursor not move. Other letters like ą, ę, ł, ż are working normal. In "
     "notepad and in the browser address bar the ś works, only in your editor is the problem."),
    ("pm-084", "junior bug report",
     "Bug: the character 'ś' cannot be entered in the post editor. Repro: Polish (programmer) layout on a PC, open the "
     "editor, type ś. Expected: ś inserted. Actual: nothing inserted, no error in the console. Users with the same "
     "layout on other operating systems say it works."),
    # ---- pm-088
    ("pm-088", "security researcher",
     "Alert: three multi-signature contract wallets belonging to token-sale projects were emptied within minutes of "
     "each other, roughly 150k coins in total. In each case the same address first sent a transaction that made itself "
     "the only owner, then immediately withdrew everything. All three used the standard multisig code shipped with a "
     "popular client, so every wallet deployed from that version may be exposed."),
    ("pm-088", "exec summary",
     "Board update: our project's multisig treasury was drained yesterday afternoon. Ownership of the wallet changed to "
     "an unknown address in one transaction and all funds moved out in the next; none of our keyholders signed either. "
     "A volunteer group has since moved funds out of other similar wallets as a precaution. We are working with the "
     "wallet developers."),
    # ---- pm-090
    ("pm-090", "non-native English speaker",
     "Hello team, many of our app and cache servers are suddenly terminated - in the cloud console they show as "
     "terminated, not crashed. Now the site give the error page to all users. Nobody from us did terminate them by "
     "hand. Who is having access to the console right now?"),
    # ---- pm-091
    ("pm-091", "customer email",
     "Our org's instance has been unavailable since Monday evening Pacific, now more than 12 hours. Sales can't log in "
     "at all, and the vendor status page only says 'service disruption'. We need an ETA and to know whether anything "
     "entered on Monday is at risk."),
    ("pm-091", "support ticket",
     "Our instance came back after the long outage, but records our users created in a window of several hours during "
     "the incident are missing - opportunities, cases and notes are gone, and reports show gaps. The audit trail shows "
     "no deletions. Please confirm whether this data can be recovered."),
    # ---- pm-092
    ("pm-092", "shift log",
     "T+0 - ingestion backlog climbing, every insert to the primary DB fails. T+10m - primary still serves reads but "
     "refuses all writes; its log warns it won't accept commands until maintenance is done. T+1h - decided to drop "
     "incoming events instead of queueing them. T+6h - still not accepting writes."),
    # ---- pm-093
    ("pm-093", "shift log",
     "Night shift - hot wallet balance dropped sharply in a few outbound transactions, none matching a customer order. "
     "+20 min - halted withdrawals, swept the remainder to cold storage. Later - rebuilt the servers from scratch with fresh keys. "
     "Weeks later - another unexplained outflow, this time from a brand-new hot wallet for a different coin."),
    ("pm-093", "exec summary",
     "Summary for the board: over about four weeks we've had three separate unauthorized withdrawals from our hot "
     "wallets, across different coins. After the first one we rebuilt infrastructure and rotated keys, yet funds left "
     "again. Each time, monitoring raised nothing before the money moved."),
    # ---- pm-100
    ("pm-100", "non-native English speaker",
     "Hi all, from 14:44 UTC all our web servers have CPU at 100% and the home page and question pages not load, only "
     "timeout. The load balancer is removing servers because the health check fail. We did not deploy nothing today. I "
     "see that when one particular post is opened, the CPU go up immediately."),
    # ---- pm-103
    ("pm-103", "app-store review",
     "Finished a 100 km ride today and the upload fails every time - the phone says error and the website upload just "
     "hangs. Older activities are all fine. Reinstalled the app, still failing, and my friends have the same problem."),
    # ---- pm-104
    ("pm-104", "support ticket",
     "Our payment API calls started failing this evening - charge requests return 500s or hang until timeout, and the "
     "dashboard is slow too. Retries fail as well. This cost us sales for over half an hour, please explain what "
     "happened."),
    # ---- pm-106
    ("pm-106", "customer email",
     "My credit card was charged the auto-recharge amount over and over today - I count 7 charges in an hour - and yet "
     "my account now shows a zero balance and got suspended, so our SMS alerts stopped. Please refund the extra "
     "charges and restore our service immediately."),
    ("pm-106", "SRE handover note",
     "Handover: customer accounts across the board have shown a $0 balance since the early hours, which made the "
     "automatic top-up charge cards again and again and suspended prepaid accounts whose top-up failed. We've turned "
     "the auto top-up job off. Still to do: reconcile duplicate charges and put balances back from the ledger."),
    # ---- pm-107
    ("pm-107", "forum post",
     "Moved the game client's folder to another drive, launched it, and it immediately started wiping my home "
     "directory. Everything owned by my user is gone, including the backup drive I had mounted. It happened within "
     "seconds and I didn't confirm anything. Disks are healthy."),
    # ---- pm-112
    ("pm-112", "on-call chat",
     "something just wiped every workload in every one of our container clusters, all regions at once. `get "
     "namespaces` shows only the system ones, all our service namespaces are gone. website down globally. last thing "
     "merged was a small change to the cluster-wide base config repo"),
    ("pm-112", "exec summary",
     "Summary: our website and apps were fully unavailable for several hours. Nearly all of our services, in every "
     "region, disappeared from our compute platform within minutes and had to be redeployed one by one. Customer data "
     "was not affected. We are reviewing the change that rolled out immediately beforehand."),
    # ---- pm-116
    ("pm-116", "pasted alert + comment",
     "[FIRING] DNSLookupErrors cluster=prod-eu-1: 32% of lookups SERVFAIL/timeout (5m)\nsame on three other clusters; "
     "pods restarting on connection errors to internal services."),
    ("pm-116", "support ticket",
     "Our services get intermittent 'no such host' errors and name-resolution timeouts when calling other internal "
     "services and external APIs, since this morning. Restarting our pods helps for a few minutes. Other teams in the "
     "same cluster report the same thing."),
    # ---- pm-118
    ("pm-118", "shift log",
     "Start of node patching window - draining nodes in batches. A few minutes in - all external traffic through the "
     "ingress fails with connection timeouts, although the pods rescheduled fine and are healthy on the remaining "
     "nodes. +15 min - cloud load balancer shows zero healthy backends. +40 min - window aborted, traffic recovering."),
    # ---- pm-119
    ("pm-119", "SRE handover note",
     "Handover: since mid-morning, CPU on nodes in most of our container clusters is pegged, and the per-pod logging "
     "sidecars sit at the top of every process list. Service-discovery agents on those nodes keep failing health checks, "
     "so services flap in and out of the catalog, and now the discovery server cluster itself is struggling. Rebooting "
     "single nodes buys a few minutes. Seen across datacenters."),
    ("pm-119", "non-native English speaker",
     "Hi team, from this morning many of our apps in the clusters are marked unhealthy and going in and out. When I look "
     "on the nodes, the CPU is almost full and the logging sidecar containers are using the most of it, in every pod. "
     "Our service discovery also is very slow to answer. Is there a problem on platform side?"),
    # ---- pm-123
    ("pm-123", "app-store review",
     "Card declined at the supermarket and then at the petrol station, and the app showed my balance as blank and my "
     "feed empty for over an hour on Friday. Couldn't even pay for fuel. It came back eventually, but that's scary for "
     "my main account."),
]


def _pattern(word):
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)


def violations(case_id, text):
    """Return the avoid-list words found in text."""
    words = list(GLOBAL_AVOID) + list(AVOID.get(case_id, []))
    return sorted({w for w in words if _pattern(w).search(text)})


def build():
    """Return the list of JSON lines (without newline) for queries.jsonl."""
    errors = []
    for case_id, voice, text in REPORTS:
        bad = violations(case_id, text)
        if bad:
            errors.append("%s [%s]: avoid words %s in: %s" % (case_id, voice, bad, text[:70]))
    if errors:
        raise SystemExit("REFUSED:\n" + "\n".join(errors))
    order = list(range(len(REPORTS)))
    random.Random(SEED).shuffle(order)
    lines = []
    for pos, idx in enumerate(order, start=1):
        case_id, _voice, text = REPORTS[idx]
        obj = {
            "id": "%s-%03d" % (PREFIX, pos),
            "split": "dev" if pos % 2 == 1 else "test",
            "expected": [case_id],
            "text": text,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


def voice_of():
    """Map query id -> voice (for README counts); same order as build()."""
    order = list(range(len(REPORTS)))
    random.Random(SEED).shuffle(order)
    return {"%s-%03d" % (PREFIX, pos): REPORTS[idx][1] for pos, idx in enumerate(order, start=1)}


def main():
    lines = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d reports to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
