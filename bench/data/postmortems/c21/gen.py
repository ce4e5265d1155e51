#!/usr/bin/env python3
"""Writer c21: hand-typed problem reports -> queries.jsonl.

Each report is typed below as data: (case_id, voice, text). Reports describe
symptoms only, as someone would write them when the problem happens again,
before the cause is known. build() checks every report against GLOBAL_AVOID
and the per-case AVOID list (case-insensitive, word boundaries) and refuses
to build if any word appears. Python 3 standard library only.
"""
import json
import re
import sys

OUT = "queries.jsonl"
PREFIX = "c21"

# Company, product, vendor and brand names (incl. common tech brands) that
# must never appear in a report.
GLOBAL_AVOID = [
    "allegro", "cloudflare", "etsy", "solr", "thousandeyes", "facebook", "gocardless",
    "google", "gmail", "youtube", "chrome", "chromium", "heroku", "azure", "microsoft",
    "windows", "stackexchange", "stack exchange", "stackoverflow", "stack overflow",
    "stackstatus", "sentry", "travis", "steam", "valve", "amazon", "aws", "ec2", "ebs",
    "s3", "elb", "rds", "dynamodb", "dynamo", "github", "gitlab", "git", "pythonanywhere",
    "knight", "subversion", "svn", "webkit", "mozilla", "firefox", "lkml", "linux",
    "appnexus", "at&t", "att", "basecamp", "bbc", "iplayer", "bintray", "bitly",
    "browserstack", "buildkite", "bungie", "destiny", "eve", "ccp", "chef", "circleci",
    "discord", "dropbox", "duo", "epic", "fortnite", "eslint", "npm", "flowdock",
    "flow", "flows", "hacker news", "gentoo", "gliffy", "homebrew", "brew", "instapaper",
    "joyent", "manta", "kickstarter", "backer", "backers", "mailgun", "mailchimp",
    "mandrill", "medium", "netflix", "pagerduty", "parity", "reddit", "salesforce",
    "shapeshift", "skyliner", "slack", "spotify", "square", "stackdriver", "strava",
    "stripe", "tarsnap", "twilio", "vzaar", "yeller", "zerodha", "kite", "skyscanner",
    "moonlight", "gke", "civis", "zalando", "airmap", "monzo", "universe", "saltside",
    "salemove", "mysql", "postgres", "postgresql", "pgbouncer", "redis", "cassandra",
    "mongodb", "mongo", "kafka", "zookeeper", "kubernetes", "k8s", "memcached", "nginx",
    "haproxy", "jenkins", "pacemaker", "juniper", "ethereum", "bitcoin", "btc", "eth",
    "java", "jvm", "hadoop", "twitter", "apple", "android", "ios", "adobe",
]

# Per-case words that would give the cause (or the fix) away.
AVOID = {
    "pm-001": ["mesos", "resources", "resource", "limits", "limit", "autoscaling",
               "autoscaler", "cpu", "memory", "cluster", "capacity"],
    "pm-002": ["flowspec", "rule", "rules", "packet length", "attack", "ddos",
               "router bug", "filter"],
    "pm-003": ["bittorrent", "torrent", "torrents", "peer-to-peer", "p2p", "tracker",
               "seeding", "swarm"],
    "pm-005": ["raid", "controller", "hardware", "disk", "constraint", "failover",
               "promote", "promotion"],
    "pm-006": ["withdraw", "withdrawn", "withdrawal", "announce", "announced",
               "announcement", "advertise", "advertised", "bgp", "ip block",
               "configuration", "config", "prefix"],
    "pm-007": ["configuration", "config", "quota"],
    "pm-008": ["sync", "syncing", "synchronization", "load balancing",
               "load balancer", "server", "servers"],
    "pm-009": ["slash", "blocklist", "blacklist", "list", "stopbadware",
               "human error", "typo"],
    "pm-011": ["metadata", "configuration", "config", "overload", "overloaded",
               "lookup", "capacity"],
    "pm-012": ["control plane", "configuration", "config", "maintenance", "automation",
               "descheduled"],
    "pm-014": ["loop", "infinite loop", "performance update", "update", "flighting",
               "deployment", "rollout"],
    "pm-015": ["firewall", "acl", "rule", "rules", "iptables", "asa"],
    "pm-018": ["delete", "deleted", "deletion", "cleanup", "garbage", "removed"],
    "pm-020": ["truncate", "truncated", "truncation", "test", "tests", "suite",
               "environment", "variable", "production"],
    "pm-022": ["atlanta", "prefix", "route", "routes", "routing", "bgp", "config",
               "configuration", "backbone"],
    "pm-026": ["power", "firmware", "brownout", "electrical", "outage of power"],
    "pm-027": ["lightning", "power", "storm", "grid", "utility", "battery",
               "batteries", "electrical"],
    "pm-030": ["lock", "locks", "alter", "exclusive", "queue", "queued", "migration",
               "ddl", "schema"],
    "pm-033": ["sha1", "sha-1", "collision", "shattered", "hash", "rep-sharing",
               "identical", "duplicate"],
    "pm-034": ["leap", "certificate", "certificates", "cert", "february", "feb",
               "29", "date"],
    "pm-035": ["leap", "ntp", "printk", "deadlock", "lock"],
    "pm-036": ["leap", "hrtimer", "ntp", "timer"],
    "pm-037": ["certificate", "cert", "expired", "expiry", "expiration",
               "intermediate", "signing", "signature"],
    "pm-039": ["gossip", "bit", "corruption", "corrupted", "single-bit", "checksum"],
    "pm-040": ["mirror", "mirroring", "re-mirroring", "network change", "capacity",
               "storm"],
    "pm-042": ["metadata", "membership", "gsi", "secondary index", "indexes",
               "partition", "partitions"],
    "pm-043": ["double", "double free", "update", "delete", "deletion", "deleted",
               "free", "memory"],
    "pm-044": ["break", "software update", "bug", "code", "patch"],
    "pm-045": ["ddos", "attack", "attacker", "extortion", "ransom", "botnet",
               "criminal", "criminals"],
    "pm-047": ["database", "throttle", "throttled", "throttling", "cache", "cached",
               "caching"],
    "pm-049": ["source code", "repository", "repo", "employee", "credentials",
               "hosted code"],
    "pm-050": ["shellshock", "bash", "prototype", "keys", "credentials", "hacker",
               "breach", "vulnerability", "old server"],
    "pm-051": ["downgrade", "downgraded", "downsize", "downsized", "smaller", "cost",
               "costs", "spend", "resize", "resized", "savings"],
    "pm-053": ["log", "logging", "logs", "channel"],
    "pm-056": ["database", "lock", "locks", "contention", "surge", "influx", "flood",
               "load"],
    "pm-057": ["parser", "buffer", "overrun", "overflow", "ragel", "obfuscation",
               "memory", "leak", "leaking"],
    "pm-061": ["upgrade", "script", "reimage", "reimaged", "operating system", "os",
               "reinstall", "reinstalled"],
    "pm-062": ["database", "queue", "underprovisioned", "capacity"],
    "pm-063": ["database", "xmpp", "cache"],
    "pm-064": ["compromised", "account", "password", "reuse", "token", "tokens",
               "malicious", "hijacked"],
    "pm-066": ["cpu", "load", "usage", "pandemic", "covid", "remote", "home"],
    "pm-068": ["password", "passwords", "guessed", "guessing", "admin account",
               "credentials"],
    "pm-069": ["11211", "amplification", "reflection", "reflected"],
    "pm-072": ["delete", "deleted", "deletion", "admin", "backup", "backups",
               "replication", "restore"],
    "pm-077": ["environment", "env", "masking", "masked", "mask", "plugin"],
    "pm-078": ["limit", "file size", "2tb", "terabyte", "ext3", "table"],
    "pm-079": ["vacuum", "autovacuum", "wraparound", "lock", "locks"],
    "pm-080": ["typo", "operator", "command", "human", "tool", "mistake"],
    "pm-081": ["order", "ordering", "sort", "sorted", "statement-based", "binlog",
               "limit", "nondeterministic", "non-deterministic", "bug"],
    "pm-082": ["secondary", "secondaries", "primary", "replica", "replicas", "reads"],
    "pm-083": ["wraparound", "transaction id", "xid", "vacuum", "shard", "sharded"],
    "pm-084": ["shortcut", "ctrl", "control", "alt", "altgr", "save", "hotkey",
               "keybinding"],
    "pm-086": ["quorum", "peering", "partition", "network", "region", "regions",
               "datacenter"],
    "pm-088": ["initwallet", "owner", "ownership", "fallback", "delegatecall",
               "library", "unprotected", "public function"],
    "pm-090": ["autoscaler", "autoscaling", "puppet", "migration", "config"],
    "pm-091": ["power", "breaker", "firmware", "storage", "failover", "fail over",
               "data center", "datacenter", "secondary"],
    "pm-092": ["wraparound", "xid", "transaction id", "vacuum", "freeze"],
    "pm-093": ["employee", "insider", "staff", "ex-employee", "rogue", "stole",
               "theft"],
    "pm-096": ["backoff", "retry", "retries", "exponential", "jitter"],
    "pm-097": ["retry", "retries", "deploy", "deployment"],
    "pm-098": ["queue", "blocking", "blocked", "block", "backpressure"],
    "pm-099": ["egg", "game", "april", "fools", "ddos", "polling", "poll"],
    "pm-102": ["bugcheck", "bsod", "blue screen"],
    "pm-103": ["overflow", "integer", "32-bit", "int", "max value", "2147483647",
               "signed"],
    "pm-104": ["index", "indexes", "manual", "migration", "operator", "drop",
               "dropped"],
    "pm-105": ["disk", "log", "logs", "logfile", "full", "space", "filesystem",
               "cleanup", "inode"],
    "pm-106": ["replica", "replication", "master", "slave", "restart", "restarted"],
    "pm-107": ["rm", "steamroot", "script", "variable"],
    "pm-109": ["partition", "network", "split", "restart", "rolling"],
    "pm-111": ["penny", "illiquid", "split", "trades", "vendor", "fills"],
    "pm-123": ["linkerd", "etcd", "discovery", "endpoints", "endpoint"],
}

# (case_id, voice, text). Positions 1,3,5,... are dev; 2,4,6,... are test.
REPORTS = [
    # 1
    ("pm-011", "status-page draft",
     "Investigating: beginning at approximately 18:40 US/Pacific we are seeing elevated error rates "
     "for object storage requests in multiple regions. Affected customers may receive HTTP 503 "
     "responses and increased latency, mostly on uploads; downloads are less affected. Other hosted "
     "products that keep user files, such as email attachments and photo backup, are also seeing "
     "failures. Next update within 30 minutes."),
    # 2
    ("pm-003", "SRE handover note",
     "Handover, night shift: the search fleet fell behind again after the 02:00 index build. The "
     "builder box's uplink sat flat at line rate for almost two hours while every query node pulled "
     "the new snapshot from it, and a few nodes were still answering with yesterday's data at 07:30. "
     "Query latency also jumped on the nodes that were mid-copy. Nothing changed on our side, I just "
     "let it run out."),
    # 3
    ("pm-027", "on-call chat",
     "db vm in one of our EU zones is throwing I/O errors on its attached persistent disk since "
     "~16:00, kernel remounted the fs read-only. two other VMs in the same zone had their disks go "
     "very slow and then error as well. other zones in the region look fine. provider status just "
     "says 'disk errors in a single zone'"),
    # 4
    ("pm-047", "customer email",
     "Hello, I've been trying to watch a programme on your catch-up player since this morning and it "
     "just keeps saying something went wrong, please try later. The news and sport pages open but "
     "large parts of them are empty. It has come and gone all day and it's now Saturday evening. Is "
     "anyone looking at this?"),
    # 5
    ("pm-056", "forum post",
     "Builds stuck in 'queued' for over three hours now. The code host had a wobble this morning and "
     "ever since it came back none of our pushes have started a build; the web UI shows them waiting "
     "with no containers assigned. We're on a paid plan with plenty of idle concurrency, so it's not "
     "our limit. Is anyone else seeing this?"),
    # 6
    ("pm-066", "app-store review",
     "Chat hasn't connected for 20 hours. Web app spins forever, desktop and phone just say "
     "'reconnecting'. Our whole team coordinates through this and there's been no real update. "
     "Worried the messages we posted yesterday morning are gone. One star until it works again."),
    # 7
    ("pm-081", "on-call chat",
     "heads up: replication on replica-3 just stopped with a duplicate key error applying an UPDATE "
     "from the primary. compared a few tables and some rows differ between the primary and *all* "
     "replicas, not just this one: a different row got changed on each side. looks like they've been "
     "quietly drifting for a while and nobody noticed until now"),
    # 8
    ("pm-082", "pasted alert + comment",
     "[CRITICAL] events-api p99 latency 9.8s > 5s for 10m (us region)\n"
     "[CRITICAL] send-api p99 latency 4.1s > 2s for 5m (us region)\n"
     "second page in 40 min: the first one was only the events endpoint and looked contained, now "
     "sending is degraded too and it's getting worse, not better."),
    # 9
    ("pm-098", "customer email",
     "Our monitoring dashboards stopped showing new data at around 10:00 and alerting went completely "
     "quiet. We only found out because one of our servers died and nobody got a notification. Now the "
     "web console itself won't load. What is going on, and will the gap in our metrics be backfilled?"),
    # 10
    ("pm-105", "forum post",
     "Is the service down? All of my nightly backup runs since about 03:00 UTC fail with a connection "
     "error to the server, and listing my archives fails the same way. I tried from two machines on "
     "different networks with the same result. Nothing changed on my side and my key files are fine."),
    # 11
    ("pm-111", "non-native English speaker",
     "Sir, from afternoon my orders are showing only 'open' status, not executed and not cancelled "
     "also. I try to exit my intraday position but modify and cancel both are not working, it is just "
     "loading. Now market is closing and I am sitting with big loss because of your platform. My "
     "friends using same broker also facing this. Please resolve urgent and tell who will pay the loss."),
    # 12
    ("pm-099", "on-call chat",
     "LBs are melting. cpu on both load balancer nodes pinned at 100%, all sites timing out for "
     "everyone. web tier is mostly idle which is weird. req/s at the LBs is ~5x normal and it's tons "
     "of tiny requests from logged-in browsers, not one source. started ~40 min ago, nothing odd on "
     "the upstream network graphs"),
    # 13
    ("pm-104", "support ticket",
     "For about 90 minutes this evening our checkout could not take cards: calls to your charges API "
     "hung for 30+ seconds and then returned 500s. We lost a significant number of orders. Please "
     "confirm the problem was on your side, and tell us whether any charges may have gone through that "
     "we have no record of."),
    # 14
    ("pm-093", "exec summary",
     "Summary for the board: reconciliation on Tuesday showed our hot wallet for the largest coin "
     "holding far less than our ledger says it should. The outgoing transfers do not correspond to any "
     "customer exchange and went to addresses we do not control. Two more unexplained outflows hit "
     "other currencies later in the week, after we had already rebuilt the wallet servers and issued "
     "new keys. We have no confirmed explanation yet for how the funds are being moved."),
    # 15
    ("pm-051", "customer email",
     "Our agents have been sitting idle for an hour: jobs show as scheduled in the web UI but never get "
     "picked up, and the dashboard itself takes 30+ seconds to open when it opens at all. It started "
     "right as our US team came online this morning. We haven't changed anything in our setup. Is "
     "there an incident?"),
    # 16
    ("pm-077", "security researcher",
     "Hello, while browsing your project's public CI server I was able to read the output of a build "
     "that contains a live API token for your code hosting organisation. I made one read-only call "
     "with it and confirmed it has write access to your core repositories, including the one with the "
     "main package definitions. I have not pushed or modified anything. Full details and my timeline "
     "are below; I'm reporting this privately."),
    # 17
    ("pm-043", "on-call chat",
     "every ad-serving frontend just crashed at once, all datacenters. they come back on restart, run "
     "for a minute or two, then SIGSEGV again, core dumps piling up. no code push in the last day. "
     "bids and impressions basically at zero"),
    # 18
    ("pm-091", "customer email",
     "Our CRM instance was down for most of yesterday, and now that we can log in again everything our "
     "sales team entered during several hours on Tuesday morning is gone: new leads, updated "
     "opportunities, closed cases. Records from before and after that window are there. Nobody on our "
     "side deleted anything. We need to know whether that data can be recovered."),
    # 19
    ("pm-008", "forum post",
     "My browser keeps crashing every couple of minutes since about half an hour ago, on both my laptop "
     "and my desktop. It only seems to happen in my signed-in profile; a guest window stays up. My "
     "webmail from the same company is down right now too, coincidence? Lots of people on social media "
     "saying the same thing."),
    # 20
    ("pm-011", "forum post",
     "Anyone else getting failures writing to cloud storage buckets right now? Our export job started "
     "throwing 503s on about a third of uploads around 7pm Pacific; downloads are slower but mostly "
     "work. At the same time I can't attach files in my work email and the photo backup on my phone is "
     "stuck. Feels like something big underneath the whole provider."),
    # 21
    ("pm-003", "junior bug report",
     "Bug: items listed this afternoon are not found by search until many hours later. Steps: create a "
     "listing at 14:00, search its exact title at 15:00 and again at 18:00. Expected: it shows up after "
     "the next rebuild. Actual: missing on most search nodes until almost midnight, and results differ "
     "depending on which node answers. While checking I saw the network graph for the host that builds "
     "the index pinned at the maximum the whole time."),
    # 22
    ("pm-027", "support ticket",
     "Several of our persistent disks in one European zone returned read and write errors on Thursday, "
     "and two of them still report errors now. Snapshots of one volume never complete. We need to know "
     "whether the data on these disks is intact or lost. Other zones in the same region were not "
     "affected."),
    # 23
    ("pm-047", "exec summary",
     "Summary: for much of the weekend several of our biggest online products, including the on-demand "
     "video player and parts of the news and sport pages, were unavailable or badly degraded. Failures "
     "came in waves over roughly two days. Some products held up noticeably better than others even "
     "though they share the same platform, and we do not yet understand why. Audience complaints peaked "
     "on Saturday evening."),
    # 24
    ("pm-056", "SRE handover note",
     "Handover: build dispatch has been crawling since the upstream code host recovered around 14:00. "
     "Pending backlog is well over 100k builds and growing; the dispatcher is getting through a handful "
     "of jobs per minute. Restarted the dispatcher processes twice with no change. The backing store "
     "looks fine on CPU but each take-from-queue operation is taking close to a minute."),
    # 25
    ("pm-066", "shift log",
     "09:10 chat API p99 > 10s, alerts firing. 09:25 web clients can't open any rooms. 09:40 main DB "
     "stops answering new connections, even the admin shell hangs. 11:00 still down; restart of the DB "
     "host didn't complete cleanly. 16:30 partial recovery on the standby, but some messages posted "
     "this morning are missing."),
    # 26
    ("pm-081", "junior bug report",
     "Issue: project page shows a different supporter count depending on reload. Steps: open any busy "
     "project and refresh ten times. Expected: same number every time. Actual: it alternates between "
     "e.g. 1,204 and 1,206, while the admin view (which I think reads the main database) always shows "
     "1,206. Not sure if this is a front-end thing or the data."),
    # 27
    ("pm-082", "support ticket",
     "Our transactional emails are being accepted by your API with very long delays (30-60 s per call), "
     "and the events endpoint has been timing out completely for about two hours. Password reset "
     "emails are reaching users 20+ minutes late. Nothing changed in our integration. Please advise "
     "urgently."),
    # 28
    ("pm-098", "non-native English speaker",
     "Ingestion API is timeout for all customers since 10:05. Collectors are running but not make "
     "progress, nothing is written. Storage nodes are going out and in of the ring all the morning. Web "
     "UI is dead around 20 min after the ingestion stop."),
    # 29
    ("pm-105", "shift log",
     "04:12 server stopped accepting new archives; client sessions erroring. 04:15 main daemon process "
     "is alive but every write call fails. 04:30 nightly maintenance job still running, normally done "
     "by 01:00. 04:45 reads of existing archives still work."),
    # 30
    ("pm-111", "exec summary",
     "From early afternoon until market close on Thursday, a large share of client orders on our "
     "trading platform sat in a pending state, neither confirmed nor rejected, and modifications and "
     "cancellations were stuck as well. Position and funds screens showed stale figures. The exchange "
     "itself was operating normally. We have received several hundred complaints from clients who "
     "could not exit positions."),
    # 31
    ("pm-099", "forum post",
     "Are the Q&A sites down for anyone else? For the last half hour I get 'service unavailable' on "
     "about every other page, and when a page does open it takes 20 seconds. Tried two different "
     "browsers and my phone on mobile data, same thing."),
    # 32
    ("pm-104", "pasted alert + comment",
     "PAGE: charges API success rate 41% (threshold 99.5%), 5m window, all regions\n"
     "PAGE: API p95 latency 28s\n"
     "started 23:19 UTC, nobody has shipped anything in the last hour as far as I can tell."),
    # 33
    ("pm-093", "shift log",
     "02:14 alert: hot wallet balance below threshold. 02:20 no matching customer orders for the "
     "outflows. 02:35 confirmed funds moved to addresses we don't own; withdrawals paused. 03:10 server "
     "intrusion alerts quiet, access records show nothing obvious."),
    # 34
    ("pm-051", "on-call chat",
     "api p99 20s+, agents hammering us with retries, web returning 502s. primary db at 100% cpu and "
     "the connection pool is maxed. nothing deployed today afaik. traffic is the normal weekday morning "
     "ramp, nothing crazy"),
    # 35
    ("pm-077", "SRE handover note",
     "Handover: at 11:30 we got a private disclosure that a token with write access to our org on the "
     "code host is readable on the public build server. I confirmed it by opening one of the linked "
     "build pages. No idea how long it has been visible or whether anyone else used it; commit history "
     "on the main repositories shows nothing unexpected so far. The researcher is waiting on a reply."),
    # 36
    ("pm-043", "customer email",
     "Our ad slots were blank for roughly two hours this afternoon: no bids, no impressions served on "
     "any of our sites. Our reporting shows revenue flat at zero across that whole window. We saw "
     "nothing wrong on our side. Can you explain what happened and how the lost revenue will be "
     "handled?"),
    # 37
    ("pm-091", "status-page draft",
     "We are investigating a service disruption affecting one North America instance. Customers on this "
     "instance may be unable to log in, or may see errors and very slow pages. Since partial "
     "restoration, some customers are reporting that records created or changed during a window of "
     "several hours are missing. We will provide an update within the hour."),
    # 38
    ("pm-008", "support ticket",
     "IT ticket: about 25 staff reported the browser crashing over and over this morning, all starting "
     "at roughly the same time, on different operating systems. Reinstalling didn't help. The crash "
     "reporter pops up, a relaunch works for a minute or so, then it dies again. Users who aren't "
     "signed in to the browser seem fine."),
    # 39
    ("pm-015", "on-call chat",
     "all the sites unreachable from outside since ~13:10. pings and TCP to our public IPs just time "
     "out. from inside the DC everything is healthy: web servers and load balancers answer fine if I "
     "curl them directly. no sign of a traffic spike on the graphs, inbound just... stops at the edge"),
    # 40
    ("pm-053", "forum post",
     "Patch-day downtime was supposed to be the usual short window but the server has been offline for "
     "over five hours now. The launcher shows the cluster as starting, then it drops back to offline, "
     "then starting again. Devs posted 'investigating' and nothing since. Anyone know what's happening?"),
    # 41
    ("pm-062", "support ticket",
     "Since around 09:00 Eastern our users' second-factor push approvals are timing out or arriving "
     "minutes late, so VPN and SSO logins are failing across the company. Some authentications succeed "
     "on a second attempt. Your status page only mentions 'degraded performance' for one deployment. "
     "Please escalate, this is blocking our whole workforce."),
    # 42
    ("pm-096", "SRE handover note",
     "Handover: EU backend has been unstable since about 19:00. Every time one of the core services "
     "comes back it gets flattened within a minute by clients reconnecting; the request graphs look like "
     "a saw blade. Client error rates hit roughly 30% at the worst point. We've been bouncing instances "
     "but it keeps collapsing the same way."),
    # 43
    ("pm-097", "customer email",
     "Around mid-morning our point-of-sale devices stopped letting staff sign in, and nobody could get "
     "back in for about two hours. We couldn't take card payments at all during that time and had to "
     "turn customers away. Your web dashboard wouldn't let me log in from my laptop either. What "
     "happened?"),
    # 44
    ("pm-102", "shift log",
     "14:02 sites flipped into read-only mode on their own; users can browse but can't post or vote. "
     "14:05 primary database server process stopped answering queries, dump files being written. "
     "14:20 full outage, error page on every site. 14:40 still down."),
    # 45
    ("pm-109", "non-native English speaker",
     "Hello, the error notifications from our application are coming very late, some hours. One "
     "exception we raise at 09:00 is only appearing in dashboard and in our mail at 15:30, and many from "
     "this morning are coming now slowly. New errors from last minutes arrive normal. Please check if "
     "there is delay on your side."),
    # 46
    ("pm-086", "status-page draft",
     "Investigating: phone, SMS and email alerts triggered by incoming events are delayed, and some may "
     "not have been sent. Events submitted through the API are still being accepted. If you are on call, "
     "please watch your monitoring tools directly until this is resolved. Next update in 20 minutes."),
    # 47
    ("pm-001", "non-native English speaker",
     "Hi all, today at 10:00 we started big sale action on main page and after few minutes the site "
     "start to return 5xx errors for most of users. Offer pages and search are very slow or not "
     "opening, checkout also. We try to add more instances of services but new ones are not starting or "
     "very slow to become ready. Now is 11:30 and still many errors, and the promotion is for whole day."),
    # 48
    ("pm-005", "on-call chat",
     "api and merchant dashboard both returning 500s for everyone since 15:09. app errors are all "
     "'could not connect to server' for the database. the cluster manager shows the db resource "
     "stopped on every node; primary box not responding to ssh and the standbys are just sitting there"),
    # 49
    ("pm-002", "shift log",
     "09:47 UTC every edge location dropped at the same moment; all customer sites on the network "
     "unreachable. 09:50 most edge routers not reachable on the management network either; the ones "
     "with console access show them hung or rebooting. 10:20 still dark in nearly every location. "
     "Nothing was deployed to the servers this morning."),
    # 50
    ("pm-006", "pasted alert + comment",
     "[CRITICAL] external-probe: 0/12 regions can reach lb-frontend (HTTP timeout), fired 19:09 PT\n"
     "[CRITICAL] external-probe: 0/12 regions can reach vm ssh\n"
     "outbound from inside the VMs still works, it's only inbound from the internet, in every region "
     "at once."),
    # 51
    ("pm-007", "customer email",
     "Hi, for about half an hour this morning (from around 11:00 Pacific) none of our staff could get "
     "into their work mail, calendar or shared documents; everyone got an error page. It came back by "
     "itself. We pay for this suite precisely so this doesn't happen. Can you tell us what went wrong "
     "and whether it is likely to recur?"),
    # 52
    ("pm-009", "forum post",
     "Something weird: every single search result I get right now carries the 'may be harmful' malware "
     "warning, even totally normal sites like news, my bank, even the search engine's own pages. "
     "Clicking a result takes me to the interstitial warning page instead of the site. Started maybe 15 "
     "minutes ago. Is this happening to everyone?"),
    # 53
    ("pm-012", "status-page draft",
     "We are investigating high packet loss and latency affecting networking in several US regions, "
     "starting around 11:45 US/Pacific. Customers may see connection failures and timeouts to and "
     "between instances, elevated errors from storage and other managed services, and degraded "
     "performance for some consumer products served from these regions. We will provide more "
     "information by 13:00 US/Pacific."),
    # 54
    ("pm-014", "SRE handover note",
     "Handover: since ~00:50 UTC blob storage is unreachable or extremely slow in multiple regions, US "
     "and Europe at least. VMs whose disks live on that storage are hanging or rebooting, and the "
     "provider's own status dashboard was down for a while too, so we're going off customer reports and "
     "our own probes. No ETA from the provider. Nothing on our side changed."),
    # 55
    ("pm-018", "junior bug report",
     "Bug: all our jobs on the hosted CI fail before the build even starts. The job output just says "
     "the worker couldn't boot the build environment from the requested template, then it tries again "
     "and errors again. Only jobs on the full-VM infrastructure are affected; container-based jobs run "
     "fine. Started a couple of hours ago on every repo I tried."),
    # 56
    ("pm-020", "customer email",
     "I was suddenly logged out this morning, and when I signed back in none of my repositories show up "
     "in the dashboard anymore; it looks like a brand-new account. My build history is empty and my "
     "last push didn't trigger a build. My colleagues see the same thing. Is our data gone?"),
    # 57
    ("pm-022", "on-call chat",
     "~21:12 UTC: 502s and timeouts from a big chunk of our edge locations, looks like roughly half of "
     "requests globally, mostly US and Europe. some cities totally fine, others dead. internal "
     "dashboards partly unreachable too. nobody has pushed a code release today"),
    # 58
    ("pm-026", "status-page draft",
     "We are investigating a major outage: the website and repository operations over both HTTPS and "
     "SSH are failing for all users, beginning at 00:23 UTC. A large number of hosts in our primary "
     "facility restarted at the same time and some have not come back. We will post updates every 30 "
     "minutes."),
    # 59
    ("pm-030", "pasted alert + comment",
     "[CRIT] api 5xx rate 97% over 15s window\n"
     "[CRIT] db connection pool exhausted: 0 free server connections\n"
     "hit right in the middle of the afternoon deploy and cleared up on its own about 15 seconds later."),
    # 60
    ("pm-033", "junior bug report",
     "Bug: our main source repository is broken since this afternoon. Anyone doing a fresh checkout or "
     "update gets a checksum mismatch error on two PDF files someone added to the test data directory, "
     "and the mirror that exports to our other version control system has stopped at that revision. "
     "Older revisions check out fine. I tried deleting my working copy and checking out again, same "
     "error."),
    # 61
    ("pm-034", "SRE handover note",
     "Handover: starting right around midnight UTC, new VM deployments and scale-outs are failing across "
     "several regions, and the cloud controller is marking large numbers of hosts as unhealthy at once. "
     "Existing running VMs are mostly fine, but anything that needs a new VM to start (healing, "
     "scale-out, deploys) is stuck. Management portal throwing errors too. Still spreading as of "
     "handover."),
    # 62
    ("pm-035", "shift log",
     "00:00:00 UTC New Year: four of our database boxes and two app servers locked up solid at the same "
     "moment. 00:05 no ping, no console, no keyboard response on the KVM. 00:20 still hung, nothing in "
     "the system messages before the freeze. Every affected host was on the newer kernel; older boxes "
     "are unaffected."),
    # 63
    ("pm-036", "on-call chat",
     "weird one: right after midnight UTC a bunch of our app servers and the database boxes went to "
     "100% cpu and stayed there. nothing in the app logs, no traffic change. strace shows them spinning "
     "on futex calls. batch cluster nodes doing the same thing"),
    # 64
    ("pm-037", "app-store review",
     "All my extensions got disabled at once tonight and the browser says they could not be verified. "
     "My ad blocker and password manager are gone and I can't reinstall them, same error. Happening on "
     "my desktop and my phone. One star until this is sorted."),
    # 65
    ("pm-039", "customer email",
     "Since about 09:00 Eastern every request to our object storage bucket in the US region returns "
     "errors, so all the images and downloads on our site are broken. It's been three hours with no "
     "change, and the provider's status page only says they are investigating elevated error rates. We "
     "have no way to serve these files from anywhere else. Is there any estimate?"),
    # 66
    ("pm-040", "SRE handover note",
     "Handover: in one east-coast zone a big fraction of block volumes got stuck around 01:00 local, "
     "I/O just hangs and instances using them are unresponsive. Since then API calls to create or "
     "attach volumes are slow or erroring across the whole region, not just that zone, and managed "
     "database instances on those volumes are stuck too. Provider ETA keeps slipping."),
    # 67
    ("pm-042", "pasted alert + comment",
     "[CRITICAL] managed key-value store: 5xx rate 41% in us-east for 15m (reads and writes)\n"
     "[WARNING] managed queue service: elevated send errors in us-east\n"
     "started around 02:20 PT; the second one looks like collateral, other provider services in that "
     "region are getting worse too."),
    # 68
    ("pm-044", "exec summary",
     "Summary: for about nine hours today roughly half of long-distance calls placed on our network "
     "failed to complete. Our switching centres reset themselves in waves: one goes down, recovers, and "
     "its neighbours go down shortly after, across the whole country. No single site is the source; the "
     "pattern keeps moving. Local calls are largely unaffected."),
    # 69
    ("pm-045", "status-page draft",
     "All of our web apps are currently unreachable. Our inbound network links are completely saturated "
     "with traffic from a very large number of addresses. Your data is safe and has not been accessed. "
     "We'll update here every 15 minutes."),
    # 70
    ("pm-050", "support ticket",
     "I just got an email that appears to come from you, saying your service is shutting down and that "
     "our data isn't safe with you. It went to the work address I only use for this account. Is this "
     "real? If it isn't, how did someone get hold of your customers' addresses?"),
    # 71
    ("pm-057", "security researcher",
     "Hi, over the past few days I've been finding chunks of unrelated data inside HTML pages served "
     "through your edge: HTTP headers, cookies, auth tokens and POST bodies that clearly belong to other "
     "sites' visitors. It only shows up on some sites, and the junk is appended after otherwise normal "
     "markup. Search engine caches have already picked some of it up. I can share samples over a secure "
     "channel."),
    # 72
    ("pm-061", "exec summary",
     "Summary: on Friday evening a large number of our database servers, including some replicas, went "
     "offline within minutes of each other. Since then many users have been unable to log in or get "
     "their files to update across devices, and recovery is proceeding one database at a time. The files "
     "themselves are not affected. Partial service is back but some features remain disabled into "
     "Sunday."),
    # 73
    ("pm-063", "app-store review",
     "Sat in the login queue for an hour, finally got in, then 'unable to connect to matchmaking' every "
     "single time. Friends list showed nobody online and party invites did nothing. Weekend ruined."),
    # 74
    ("pm-064", "junior bug report",
     "Bug: CI started failing this morning during dependency install with 'SyntaxError: Unexpected end "
     "of input' from a postinstall step inside the linter's scope-analysis dependency. We didn't change "
     "our lockfile; it's a transitive patch version that got picked up fresh. Reading that step, it "
     "tries to download something from a paste site and reads the user's registry config file. Is this "
     "expected?"),
    # 75
    ("pm-068", "shift log",
     "20:20 UTC our organisation's mirror repositories on the code host show new commits we didn't "
     "make; the build recipes now contain a command that wipes the filesystem. 20:25 all of our "
     "developers have been removed from the org and none of us can manage it. 20:30 org and repo "
     "descriptions defaced. Our own infrastructure and primary repos look untouched."),
    # 76
    ("pm-069", "on-call chat",
     "we're getting slammed: edge inbound went past a terabit in seconds, site and repo operations "
     "intermittently unreachable for the last ~5 minutes. traffic is UDP from tens of thousands of "
     "source IPs spread over thousands of networks. upstream sees it too"),
    # 77
    ("pm-072", "customer email",
     "Hi, we haven't been able to open any of our diagrams since Tuesday; your site only shows a "
     "maintenance page. Our whole product documentation lives in there and we have a release this week. "
     "It's now Thursday. Can you at least tell us when our data will be back and whether anything will "
     "be lost?"),
    # 78
    ("pm-078", "app-store review",
     "Can't save anything for two days. Every time I try to keep an article for later it says it failed "
     "and to try again. My existing list still opens offline but nothing new comes through. Paying user "
     "for years, please sort this out."),
    # 79
    ("pm-079", "status-page draft",
     "We're investigating elevated error rates for the object storage service in the east region. Most "
     "write requests and a large share of reads are returning 503 errors, and compute jobs that read "
     "their inputs from the service are failing. The storage nodes themselves are healthy; the problem "
     "appears to be in the tier that tracks where objects live. Next update in 30 minutes."),
    # 80
    ("pm-080", "on-call chat",
     "uh, every compute node in the east datacenter just rebooted at the same moment. all customer "
     "instances down. nodes are coming back slowly and a bunch are stuck in PXE. facilities says no "
     "power event"),
    # 81
    ("pm-083", "support ticket",
     "Since yesterday about one in ten of our transactional sends through your API fail with an internal "
     "error, and searching our outbound activity in the dashboard returns nothing for the last day. Our "
     "other accounts on your platform look fine. This is causing missed order confirmations for our "
     "customers. Please escalate."),
    # 82
    ("pm-084", "non-native English speaker",
     "Hello, I write my stories in polish language and in your editor it is not possible to type the "
     "letter \u015b. When I press the keys for it nothing appear, the letter just disappear. All other "
     "polish letters like \u0105, \u0119, \u0107, \u017c work normal. It happen in two different "
     "browsers on my laptop."),
    # 83
    ("pm-088", "security researcher",
     "Heads up: in the last hour three large multi-signature wallets built from the same widely used "
     "contract code have been drained, roughly 150k of the chain's native coin moved to one address. As "
     "far as anyone can tell the transfers were not approved by the wallets' listed signers. Other "
     "wallets of the same type look exposed too. Tracking the receiving address now."),
    # 84
    ("pm-090", "SRE handover note",
     "Handover: site is serving 503s to most users since 15:40. The app tier instance count dropped from "
     "the usual fleet to a handful within a few minutes, and no one on the team terminated anything by "
     "hand. New app instances are coming up slowly and the site is still mostly down."),
    # 85
    ("pm-092", "pasted alert + comment",
     "[CRITICAL] event-ingest: write errors 100% on primary db (5m)\n"
     "[WARNING] pending events backlog > 2M\n"
     "reads from the primary still work fine, disk isn't full, replication looks ok, it just refuses "
     "every write."),
    # 86
    ("pm-106", "support ticket",
     "Our prepaid account balance suddenly showed as zero this afternoon and auto-recharge charged our "
     "card five times within an hour. Our usage today is completely normal, and some of our calls and "
     "messages were briefly rejected for insufficient funds. Please explain what happened and reverse "
     "the duplicate charges."),
    # 87
    ("pm-107", "forum post",
     "After launching the game client this evening it wiped every file in my home directory that my "
     "user owns, documents, photos, everything, and was deleting stuff on my backup drive mounted under "
     "/media before I killed it. The only unusual thing is that yesterday I'd moved the client's install "
     "folder somewhere else. Anyone else seen this?"),
    # 88
    ("pm-123", "app-store review",
     "Card got declined at the supermarket twice tonight and the app won't even load my balance or "
     "transactions, just spins. Transfers to friends fail too. Had to leave my shopping behind."),
    # 89
    ("pm-103", "junior bug report",
     "Bug: uploads are failing for every user since about 15:30. The mobile app and the website both "
     "return a generic error after the file is sent, and new activities never appear. Existing "
     "activities load fine. The upload workers are throwing errors when saving the new activity record. "
     "Nothing was deployed today."),
    # 90
    ("pm-049", "SRE handover note",
     "Handover: security flagged unusual reads from our off-site backup storage account over the past "
     "few days, large downloads from an address we don't recognise. Those backups include the user table "
     "with hashed passwords and connected social-account tokens. We don't yet know how that access was "
     "obtained; nothing odd in our production access records. Leadership is being briefed tonight."),
]


def _pattern(word):
    # word boundary on both sides, case-insensitive; works for phrases too
    return re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)


def check(case, text):
    """Return list of forbidden words found in text."""
    hits = []
    for w in GLOBAL_AVOID + AVOID.get(case, []):
        if _pattern(w).search(text):
            hits.append(w)
    return hits


def build():
    """Return the list of JSON lines (without trailing newline). Raise on rule breaks."""
    errors = []
    lines = []
    for i, (case, voice, text) in enumerate(REPORTS, start=1):
        if case not in AVOID:
            errors.append("%s: no per-case AVOID list" % case)
        hits = check(case, text)
        if hits:
            errors.append("report %d (%s, %s): forbidden words %s" % (i, case, voice, hits))
        obj = {
            "id": "%s-%03d" % (PREFIX, i),
            "split": "dev" if i % 2 == 1 else "test",
            "expected": [case],
            "text": text,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    if errors:
        raise SystemExit("gen.py refused:\n  " + "\n  ".join(errors))
    return lines


def main():
    lines = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for ln in lines:
            f.write(ln + "\n")
    print("wrote %d reports to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
