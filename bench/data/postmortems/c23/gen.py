#!/usr/bin/env python3
"""Writer c23: hand-typed problem reports -> queries.jsonl.

Every report is data typed by hand below. The script only numbers them, assigns
splits (odd position = dev, even = test), checks the avoid lists and writes the file.
Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "queries.jsonl")
PREFIX = "c23"

# Company / product / vendor / brand names (and close giveaways) that no report may contain.
GLOBAL_AVOID = [
    "Allegro", "Cloudflare", "Etsy", "ThousandEyes", "Facebook", "GoCardless", "Google", "Gmail", "Chrome",
    "Chromium", "Heroku", "Azure", "Microsoft", "Stack Exchange", "Stack Overflow", "StackOverflow", "Sentry",
    "Travis", "TravisCI", "AWS", "Amazon", "EC2", "EBS", "S3", "ELB", "RDS", "DynamoDB", "GitHub", "GitLab",
    "PythonAnywhere", "Subversion", "SVN", "Linux", "Windows", "macOS", "Mac", "iOS", "Android", "Mozilla",
    "Firefox", "AppNexus", "AT&T", "Basecamp", "BBC", "iPlayer", "Bintray", "Bitly", "bit.ly", "BrowserStack",
    "Buildkite", "Bungie", "EVE", "CCP", "Tranquility", "CircleCI", "Discord", "Dropbox", "Duo", "Fortnite",
    "Epic", "ESLint", "npm", "Flowdock", "Hacker News", "Gentoo", "Gliffy", "Homebrew", "Instapaper", "Joyent",
    "Manta", "Triton", "SmartOS", "Kickstarter", "Mailgun", "Mailchimp", "Mandrill", "Medium", "Netflix",
    "PagerDuty", "Ethereum", "ether", "ETH", "Bitcoin", "BTC", "Reddit", "Salesforce", "NA14", "ShapeShift",
    "Skyliner", "Slack", "Spotify", "Stackdriver", "Strava", "Stripe", "Tarsnap", "Twilio", "Steam", "Valve",
    "vzaar", "Yeller", "Zerodha", "Kite", "Skyscanner", "Moonlight", "Zalando", "Monzo", "Civis", "Saltside",
    "SaleMove", "AirMap", "Kubernetes", "k8s", "GKE", "Juniper", "Oracle", "Postgres", "PostgreSQL", "MySQL",
    "Redis", "Cassandra", "MongoDB", "Mongo", "Kafka", "Consul", "CoreDNS", "kube-dns", "dnsmasq", "Solr",
    "Jenkins", "Docker", "Ubuntu", "Pacemaker", "Refinitiv", "Thomson Reuters", "Twitter", "Visa",
    "Mastercard", "Lucent", "4ESS", "Knight", "Nginx", "HAProxy",
]

# Per-case words that would give the cause (or the fix) away.
AVOID = {
    "pm-001": ["asynchronous", "async", "distributed", "task", "tasks", "Mesos", "Marathon", "quota", "resources",
               "cluster"],
    "pm-005": ["RAID", "controller", "hardware", "disk", "bug", "synchronous", "fencing", "Pacemaker"],
    "pm-014": ["infinite loop", "loop", "configuration", "config", "performance", "update", "flighting",
               "rollout", "incremental", "front-end", "frontend", "table"],
    "pm-018": ["deleted", "delete", "deletion", "cleanup", "clean-up", "garbage", "retention", "image", "images"],
    "pm-022": ["router", "BGP", "backbone", "Atlanta", "config", "configuration", "prefix", "prefixes", "route",
               "routes"],
    "pm-023": ["lightning", "transformer", "generator", "generators", "power", "PLC", "utility", "electrical",
               "snapshot", "snapshots"],
    "pm-024": ["storm", "weather", "power", "generator", "generators", "derecho", "electrical", "utility"],
    "pm-025": ["memory", "leak", "DNS", "agent", "data collection", "replacement", "hardware"],
    "pm-027": ["lightning", "strike", "strikes", "power", "battery", "batteries", "electrical", "storm",
               "weather"],
    "pm-030": ["lock", "locks", "locking", "exclusive", "queue", "queued", "foreign key", "long-running",
               "lock_timeout", "ALTER"],
    "pm-039": ["gossip", "bit", "corrupt", "corrupted", "corruption", "checksum", "MD5", "state"],
    "pm-041": ["deleted", "delete", "state data", "maintenance process", "developer", "human", "accidental",
               "accidentally"],
    "pm-042": ["metadata", "membership", "secondary index", "secondary indexes", "GSI", "storage servers",
               "partition", "partitions"],
    "pm-043": ["double free", "free", "freed", "database update", "delete", "deleted", "staging", "memory",
               "object"],
    "pm-044": ["break", "statement", "software", "release", "upgrade", "code", "bug", "signaling load"],
    "pm-045": ["DDoS", "denial", "attack", "attacker", "attackers", "extortion", "ransom", "blackmail",
               "botnet", "criminal", "criminals", "flood", "flooded"],
    "pm-047": ["database", "throttle", "throttled", "throttling", "cache", "caching", "cached", "overloaded"],
    "pm-049": ["backup", "backups", "credential", "credentials", "source code", "repository", "repo", "breach",
               "hack", "hacked", "compromised", "compromise", "employee", "offsite"],
    "pm-050": ["shellshock", "bash", "prototype", "keys", "attacker", "hack", "hacked", "breach",
               "credentials", "vulnerability"],
    "pm-051": ["database", "downgrade", "downgraded", "downsize", "downsized", "capacity", "instance size",
               "cost", "costs", "spend"],
    "pm-053": ["log", "logs", "logging", "logger", "channel", "channels"],
    "pm-056": ["queue", "queueing", "database", "transaction", "transactions", "load"],
    "pm-057": ["parser", "parsing", "buffer", "overrun", "overflow", "Ragel", "rewriting", "obfuscation",
               "memory", "uninitialized"],
    "pm-061": ["upgrade", "OS", "operating system", "script", "master", "replica", "database"],
    "pm-062": ["database", "DB", "queue", "capacity", "insufficient", "overload", "overloaded"],
    "pm-065": ["upgrade", "upgraded", "package", "overflow", "32-bit", "integer", "int", "signed", "maximum",
               "2147483647"],
    "pm-066": ["covid", "pandemic", "remote", "surge", "spike", "CPU", "database", "usage", "traffic"],
    "pm-072": ["delete", "deleted", "deletion", "backup", "backups", "administrator", "admin", "database",
               "restore", "restored"],
    "pm-079": ["vacuum", "autovacuum", "wraparound", "lock", "locks", "shard", "metadata", "transaction",
               "database"],
    "pm-080": ["operator", "typo", "command", "human", "mistake", "tool", "tooling", "accidental",
               "accidentally"],
    "pm-081": ["order by", "ordering", "sort", "sorted", "bug", "nondeterministic", "non-deterministic"],
    "pm-082": ["secondary", "secondaries", "primary", "replica", "replicas", "database", "overloaded",
               "config", "configuration"],
    "pm-084": ["AltGr", "alt", "ctrl", "control", "shortcut", "shortcuts", "keydown", "hotkey", "save",
               "saving", "key combination"],
    "pm-086": ["peering", "quorum", "data center", "datacenter", "provider", "upstream", "shared"],
    "pm-088": ["initWallet", "library", "delegatecall", "fallback", "owner", "owners", "unprotected",
               "initialize", "initialization", "Parity"],
    "pm-091": ["power", "circuit", "breaker", "firmware", "storage array", "database", "failover",
               "Washington", "Chicago", "site switch"],
    "pm-093": ["employee", "insider", "stole", "stolen", "theft", "thief", "hack", "hacker", "hacked"],
    "pm-094": ["memory", "leak", "library", "heap", "RSS", "OOM", "swap", "swapping", "third-party",
               "third party"],
    "pm-095": ["database", "capacity", "thundering herd", "cascading", "cascade"],
    "pm-096": ["backoff", "exponential", "retry", "retries", "retrying", "cascade", "cascading"],
    "pm-097": ["retry", "retries", "roster", "multipass", "overloaded", "cascading", "cascade", "adjacent",
               "Square"],
    "pm-098": ["message bus", "bus", "blocking", "blocked", "queue", "insert", "inserts", "crash", "crashed"],
    "pm-104": ["index", "indexes", "database", "manual", "migration", "dependency", "operator"],
    "pm-105": ["disk", "filesystem", "full", "log", "logs", "logfile", "space", "batch", "cleanup",
               "garbage", "blocks"],
    "pm-109": ["partition", "partitioned", "network partition", "route", "routes", "routing", "cache",
               "cached", "restart", "rolling"],
    "pm-110": ["penny", "units", "split", "trades", "order management", "OMS", "vendor", "1M", "million"],
    "pm-111": ["leased", "CTCL", "link", "connectivity", "backup", "line", "lines"],
    "pm-116": ["OOM", "OOMKilled", "memory", "killed", "limit", "limits", "ndots"],
    "pm-119": ["logging", "log", "logs", "sidecar", "sidecars", "upgrade", "Target"],
    "pm-123": ["service discovery", "cluster", "proxy"],
}

# (case_id, voice, text) -- typed by hand. Pairs of one case are adjacent so they fall in different splits.
REPORTS = [
    # ---- pm-053
    ("pm-053", "shift log",
     "11:00 daily restart window opened, new build pushed to the servers. 11:25 began bringing the world "
     "back up. 11:40 nodes dropping out one after another while the startup sequence runs, about a third gone "
     "before the rest finished loading. 12:10 second attempt, same pattern, and the nodes die at different "
     "points each time. 12:45 still no player logins; extending the maintenance notice with no ETA."),
    ("pm-053", "forum post",
     "Anyone know what's going on? Downtime after the patch was supposed to be the normal short one, but the "
     "server has been offline for about three hours now and the launcher just says it isn't accepting "
     "connections. Devs posting on social media say it 'keeps falling over while starting up' and that's all "
     "we've got. Fleet op tonight is probably cancelled lol."),
    # ---- pm-094
    ("pm-094", "on-call chat",
     "heads up, we're down again - health check timing out, console just spins. exact same picture as "
     "thursday: the boxes are up, ssh works, but the web processes quietly stop answering after a while. "
     "bounced them and it came back like last time, but I hate that we still have no idea why."),
    ("pm-094", "customer email",
     "Hi, for the second time in a few days your console was unreachable for us. Last Thursday afternoon our "
     "deploys just hung and the dashboard returned gateway errors, and this morning (Monday) it happened "
     "again. We didn't change anything on our side. Are these two related, and what should we expect going "
     "forward?"),
    # ---- pm-110
    ("pm-110", "app-store review",
     "1 star. Market open, I try to exit my intraday position and the order just sits there as open/pending. "
     "Could not modify it, could not cancel it, for most of an hour while price went against me. Customer "
     "care number was busy the whole time. Unacceptable for a trading app."),
    ("pm-110", "exec summary",
     "For leadership: during market hours this afternoon our order flow stalled for every client segment. "
     "New orders, modifications and cancellations all hung in pending and clients could not exit positions; "
     "the support desk was overwhelmed within minutes. Engineering restarted the affected components and "
     "processing resumed, but what triggered the stall is not known yet. Expect a spike in complaints and "
     "compensation requests tomorrow."),
    # ---- pm-111
    ("pm-111", "support ticket",
     "Subject: bracket order stuck, stop loss not triggered. I placed a bracket order this morning, entry got "
     "filled but the target and stop-loss legs are still showing pending and did not execute even though the "
     "price crossed my SL. My cover order is also not exiting. Please square off manually and explain who "
     "pays for this loss."),
    ("pm-111", "SRE handover note",
     "Handing over at 11:30. Since roughly 10:00 orders going out to the exchange get intermittent rejects or "
     "no acknowledgement at all; plain orders mostly succeed on resubmission but the second legs of "
     "bracket/cover orders are hanging in pending. It got better for a few minutes around 10:40, then worse "
     "again. Network team is looking. Open item: reconcile every hanging BO/CO position before the 15:15 "
     "auto square-off."),
    # ---- pm-062
    ("pm-062", "pasted alert",
     "[CRIT] auth-api p99 latency 14.2s (threshold 2s) | deployment-1 | push approval success 61% (10m)\n"
     "^ flapping since about 9am eastern; helpdesk says people's phones just never get the push, or it shows "
     "up after they already gave up."),
    ("pm-062", "non-native English speaker",
     "Hello, since this morning our employees cannot connect to the VPN because the second factor is not "
     "coming. Sometime the notification on phone arrive after two minute, sometime never, and the login page "
     "say timeout. Also the SMS code is very slow. We did not change nothing on our side, is it problem on "
     "your side?"),
    # ---- pm-065
    ("pm-065", "exec summary",
     "Short version for the board: the marketplace was offline for several hours yesterday. It began shortly "
     "after what should have been a small routine fix went out in the afternoon; the team then saw the data "
     "servers behaving unexpectedly and took the site down on purpose to verify nothing had been damaged "
     "before letting shoppers back in. No evidence of lost orders so far; a fuller review will follow."),
    ("pm-065", "junior bug report",
     "Bug: since about 2pm new rows in one of our busiest tables won't save. Steps: sign in, do the action "
     "that creates one, get the generic error page. The app error output shows the write being rejected by "
     "the database because of the value in the id column; reading existing rows works fine. Seems to hit "
     "everyone, not a specific account."),
    # ---- pm-066
    ("pm-066", "app-store review",
     "Team chat has been completely dead for almost a whole day. Desktop app opens, shows the sidebar, then "
     "sits on 'reconnecting' forever and no messages load, web version same. Our company uses this for "
     "everything. One star until it works and someone explains."),
    ("pm-066", "status-page draft",
     "Investigating - Users are currently unable to load conversations or send messages, and clients may "
     "repeatedly try to reconnect. Our team is working to restore service. Update (+6h): service is still "
     "unavailable; recovery work continues and we'll share a timeline as soon as we have one. We apologise "
     "for the disruption."),
    # ---- pm-105
    ("pm-105", "pasted alert",
     "ALERT: service health check failed - storage server not accepting client sessions (3 consecutive)\n"
     "Woke up to this; every archive write from customers has been erroring since about 02:00 and nothing "
     "was deployed overnight."),
    ("pm-105", "customer email",
     "My nightly cron run failed with 'error communicating with server', and a retry an hour later failed "
     "the same way. Default config, nothing changed on my machine. Is the service down? I'd also like to "
     "know whether any archives from the past few days are at risk."),
    # ---- pm-109
    ("pm-109", "forum post",
     "Is anyone else seeing hugely delayed error notifications? Exceptions we raised this morning only hit "
     "our inbox and the dashboard six or seven hours later, all in one burst. The ingest endpoint returned "
     "200 the whole time, so our client never complained, and the status page was green all day."),
    ("pm-109", "on-call chat",
     "so incoming events are accepted fine at the edge but a chunk of them just... don't come out the other "
     "side. a few nodes have a backlog hours deep, others are empty. no errors, no crashes, cpu normal. "
     "anyone want to pair before we start poking nodes?"),
    # ---- pm-098
    ("pm-098", "SRE handover note",
     "Handover: metric ingestion stalled around 01:30. The write API still accepts connections but calls "
     "hang until clients time out, and all the ingest workers are stuck waiting. Graphs for every customer "
     "flatline from that point. A few storage nodes are flapping; can't tell yet whether that's cause or "
     "effect. If it's not recovered by 07:00, page the data team."),
    ("pm-098", "junior bug report",
     "Bug: the dashboard shows no data for any of my test hosts since last night. The agent on my box says "
     "it's sending fine (no errors), but every chart is empty after ~1am. Alerts also didn't fire for a host "
     "I shut down on purpose. Tried another browser, same thing."),
    # ---- pm-081
    ("pm-081", "on-call chat",
     "weird one: a report query that runs fine on the primary is erroring on every read replica. compared a "
     "few rows by hand and they don't match - same ids, different values on the replicas. replication isn't "
     "lagging and never threw an error. how long has it been like this??"),
    ("pm-081", "junior bug report",
     "Issue report: a backer's pledge shows one amount on the project page and a different amount in their "
     "account settings, and refreshing a few times sometimes flips it. I think the two pages read from "
     "different servers? Not sure if it's some stale caching thing. Screenshots attached."),
    # ---- pm-082
    ("pm-082", "status-page draft",
     "Investigating - We are seeing elevated API latency and intermittent timeouts for message submission and "
     "event queries; some outbound mail is delayed. Engineers are engaged. Update: latency worsened over the "
     "last 30 minutes and the control panel is now slow to load too. We are continuing to investigate."),
    ("pm-082", "support ticket",
     "Priority: High. Since ~14:00 UTC our transactional sends take 20-40 seconds per API call and roughly "
     "1 in 5 return a 5xx. Password reset emails are arriving 30+ minutes late and the events tab in the "
     "dashboard won't load at all. Please advise urgently."),
    # ---- pm-095
    ("pm-095", "app-store review",
     "2 stars. App kept saying 'connecting...' for about two hours this morning and messages wouldn't load, "
     "while colleagues on the same workspace were fine, which made it worse. Force quit, reinstalled, logged "
     "out and in - nothing helped until it suddenly started working on its own."),
    ("pm-095", "exec summary",
     "Summary: for roughly two hours this morning a minority of users, early estimate around 5%, could not "
     "connect at all; their clients sat in a reconnect loop. Engineers saw a sharp drop in connected clients "
     "followed by a wave of reconnection attempts that never settled. Everyone else was unaffected. We don't "
     "yet know why the affected users couldn't get back in."),
    # ---- pm-096
    ("pm-096", "non-native English speaker",
     "Hi all, music app logged me out and now when I try to log in it says 'something went wrong, try again "
     "later'. Offline playlist is still playing but search and browse not working. It is like this about one "
     "hour already, my friends in other country have same problem. Is it down for everybody?"),
    ("pm-096", "on-call chat",
     "request rate to the login/session backend just went 10x and keeps climbing even though real user "
     "traffic is flat. everything that depends on it is timing out now and throwing errors of its own. "
     "restarting the instances buys us two minutes, then it's right back."),
    # ---- pm-097
    ("pm-097", "support ticket",
     "Our register app logged out every device in both our stores around lunch, and none of us can sign back "
     "in - it spins and then says 'unable to sign in, try again'. We took cash only for about two hours. What "
     "happened, and will we be compensated for the card sales we lost?"),
    ("pm-097", "status-page draft",
     "Investigating - Some sellers are unable to log in to the point-of-sale app and the online dashboard. "
     "Devices that are already signed in may still be able to take payments. We're working on a fix. Update: "
     "sign-in success rates are improving and we're continuing to monitor."),
    # ---- pm-104
    ("pm-104", "pasted alert",
     "[P1] checkout: payment provider create-charge error rate 71% (5m window)\n"
     "Not us this time I think - their API is failing most create calls with 500s/timeouts and we haven't "
     "deployed since yesterday."),
    ("pm-104", "exec summary",
     "This morning our card payments failed for about 90 minutes: every charge request to our payments "
     "provider either timed out or came back with a server error, so customers could not complete checkout. "
     "The provider's status page was slow to acknowledge it. We've asked them for a written incident summary "
     "and are estimating the lost revenue."),
    # ---- pm-116
    ("pm-116", "on-call chat",
     "half our services in the prod cluster are throwing 'dial tcp: lookup ...: i/o timeout' and 'no such "
     "host' when calling each other or anything outside. started ~10 min ago, looks like every namespace. "
     "we didn't deploy anything. is the platform team on it?"),
    ("pm-116", "SRE handover note",
     "Name resolution inside the clusters broke for most workloads around 16:00 and took about an hour to "
     "settle. The resolver pods kept restarting; scaling them out helped only briefly. Services with "
     "client-side lookup caching mostly survived, everything else errored. Trigger still unknown - please "
     "watch the resolver dashboards overnight."),
    # ---- pm-047
    ("pm-047", "forum post",
     "Is the catch-up TV player down for everyone? I just get a 'sorry, something went wrong' page, and the "
     "news and sport pages are half loading with empty boxes where the stories should be. It's been like "
     "this most of the evening on the laptop and the smart TV."),
    ("pm-047", "status-page draft",
     "We're aware that parts of our website and the TV and radio catch-up apps are unavailable or showing "
     "errors. Teams are working to restore them as quickly as possible. Update: some programme pages are "
     "back, but playback is still intermittent. Sorry for the disruption."),
    # ---- pm-056
    ("pm-056", "customer email",
     "Our builds have been sitting in 'queued' for over three hours. It started right after the git hosting "
     "service came back from its own outage this morning; nothing runs, not even a trivial branch push. We "
     "have a release today - is there any workaround?"),
    ("pm-056", "on-call chat",
     "pending builds at 40k and growing. the scheduler is alive but it's picking up like one build a minute. "
     "started when the wave of webhooks arrived after the git host recovered. adding more builder machines "
     "doesn't change anything."),
    # ---- pm-027
    ("pm-027", "pasted alert",
     "CRITICAL: disk I/O errors on db-replica-2 (west-Europe zone b) - EXT4-fs error: unable to read block "
     "on /dev/sdb\nA whole bunch of our VMs in that one zone started throwing these in the last few minutes; "
     "other zones are clean."),
    ("pm-027", "non-native English speaker",
     "Dear support, since Thursday several of our instances in your Belgian zone have read and write errors "
     "on the attached disks. Two volumes after reboot came back with broken files. In other zones "
     "everything is ok. Please confirm which of our disks are affected and if the data can be recovered."),
    # ---- pm-025
    ("pm-025", "SRE handover note",
     "Starting late morning Pacific, more and more of our block volumes in one Virginia zone got stuck - I/O "
     "just hangs while instance status checks still pass. It spread slowly through the afternoon, no cliff. "
     "Managed databases in that zone are struggling too, and the provider's API is rate-limiting us when we "
     "try to launch replacements elsewhere. Web tier moved out; DB move is the open item."),
    ("pm-025", "forum post",
     "Anyone else seeing volumes degrade in one of the east-coast zones today? About a third of ours went "
     "'impaired' over a few hours, and the load balancer in front started acting strange. Can't even create "
     "new instances because the API calls get throttled."),
    # ---- pm-023
    ("pm-023", "shift log",
     "Sun 18:50 IST all instances in EU zone A stopped answering health checks at once. 19:05 block volumes "
     "in that zone showing 'impaired'; console slow. 19:30 regional API calls timing out intermittently, "
     "can't reliably launch in the other zones. 23:00 some instances back, volumes still stuck. Mon 09:00 "
     "~30% of our volumes in that zone still not recovered."),
    ("pm-023", "support ticket",
     "Severity: urgent. Since Sunday evening two of our production volumes in the Ireland region have been "
     "stuck in recovery; this is day three. All our instances in that zone went away at the same moment. We "
     "need to know whether the data on these volumes is coming back or whether we should rebuild from our "
     "own copies."),
    # ---- pm-024
    ("pm-024", "forum post",
     "Friday night and everything we had in one Virginia zone just dropped - instances and volumes both. The "
     "load balancers keep sending traffic into the dead zone, and launch calls in the other zones just hang. "
     "Half the internet seems to be down with us, judging by social media. Anyone got a working failover?"),
    ("pm-024", "exec summary",
     "Late Friday our primary hosting region lost one of its zones and our site was down about three hours "
     "for US customers. Failover to the healthy zones did not happen on its own: the provider's load "
     "balancing kept steering traffic to the failed zone and new capacity could not be started for a while. "
     "We are reviewing why our multi-zone design didn't protect us."),
    # ---- pm-043
    ("pm-043", "pasted alert",
     "[PAGE] adserver fleet: 0/N hosts healthy - process exited on signal 11 (SIGSEGV)\n"
     "All of them, in every datacenter, within the same minute. Restarted ones come up and die again."),
    ("pm-043", "exec summary",
     "Impact summary: we served essentially no ad impressions for roughly two hours this afternoon. Every "
     "serving host crashed at effectively the same moment in all regions, and restarts did not hold at "
     "first. No code had been deployed in the preceding hours. Revenue impact estimate to follow."),
    # ---- pm-045
    ("pm-045", "status-page draft",
     "We're currently unreachable for most customers. Our network links are completely saturated with "
     "inbound traffic and we're working with our network providers to get things back online. Your data is "
     "not affected. We'll keep posting updates here and on social media."),
    ("pm-045", "app-store review",
     "Tried to check our projects on the way to a client meeting and the app just timed out, same on the "
     "office wifi and on the laptop. Over an hour now with no way to see our files or messages. Three stars "
     "because it's normally rock solid, but today of all days."),
    # ---- pm-049
    ("pm-049", "customer email",
     "I got a message telling me to change my password, and when I logged back in all my linked social "
     "accounts had been disconnected. My API integration also started failing with an auth error. Was my "
     "account broken into? Nothing in my settings explains it."),
    ("pm-049", "SRE handover note",
     "Security on-call note: storage access records show reads from an IP range we don't own against the "
     "bucket where the database dumps live, spread over the last few days. The access keys used are valid "
     "ones. Nothing fired on the production side. Rotating everything is on the table, but I want a second "
     "pair of eyes before we wake the whole company."),
    # ---- pm-001
    ("pm-001", "non-native English speaker",
     "Hello, I am seller and since morning I cannot change prices in bulk, I mark 300 offers and the job "
     "stay 'in progress' many hours. Also my buyers write me that they cannot buy few items together from "
     "basket, only one by one. Support is not answering. Is it only me?"),
    ("pm-001", "on-call chat",
     "background job processing is way behind: multi-item checkout fails, bulk offer edits never finish, "
     "today's newsletter only partly went out and some internal admin screens time out. it all started "
     "around the traffic peak from the promo campaign. adding workers isn't moving the needle."),
    # ---- pm-051
    ("pm-051", "support ticket",
     "Our agents have been idle for 40 minutes while 60 builds are waiting. The web UI takes 30s+ to open a "
     "pipeline page when it opens at all, and agent output shows 'HTTP 502' and '504 Gateway Timeout' on "
     "its API calls. It started right as our US team came online."),
    ("pm-051", "pasted alert",
     "WARN: api p95 latency 18s, error rate 22% - endpoint: agent ping\n"
     "Fired at 9:02 ET as the morning ramp began; UI is crawling as well and nothing has been deployed since "
     "yesterday."),
    # ---- pm-005
    ("pm-005", "shift log",
     "14:09 primary DB host stopped responding completely. 14:11 API and dashboard returning 5xx. 14:15 "
     "both standbys healthy but the cluster manager hasn't promoted either; it reports their resources as "
     "stopped and refuses to start them. 14:40 manual promotion attempts refused too. 15:20 still hard "
     "down, failover tooling experts pulled in."),
    ("pm-005", "customer email",
     "Our payment submission calls to your API have been failing with 503s for about an hour and a half, "
     "and your dashboard won't load. This is our monthly collection run, so it's critical. Please confirm "
     "whether anything we submitted during this window was received."),
    # ---- pm-030
    ("pm-030", "junior bug report",
     "While our deploy with the schema change was running, every API request hung for maybe 10-20 seconds "
     "and a bunch of them timed out. The migration itself took a second on staging data. Once it finished "
     "everything went back to normal. Should I be worried about the next migration?"),
    ("pm-030", "SRE handover note",
     "FYI for tonight: prod API froze for ~15s during this afternoon's deploy - requests piled up and all of "
     "them were waiting on the DB. The DB activity view showed a heap of sessions in a waiting state, even "
     "plain selects on the payments table. Cleared by itself once the migration step finished. Nothing "
     "else odd since."),
    # ---- pm-079
    ("pm-079", "status-page draft",
     "We are investigating elevated error rates and latency for object storage requests. Many reads and "
     "writes are hanging or returning errors. Compute jobs that read from storage may also be affected. "
     "Next update in 30 minutes."),
    ("pm-079", "support ticket",
     "For a few hours today most of our object PUTs and GETs to your storage service hung and then came back "
     "with 500s. Our client retries didn't help. Nothing changed on our side. Can you tell us what happened "
     "and whether any writes that returned errors were partially stored?"),
    # ---- pm-084
    ("pm-084", "non-native English speaker",
     "Hello, I write my articles in polish language and when I type the letter ś it disappear, just nothing "
     "appear. Other special letters like ą, ę, ł work normal. It happen only in your editor, in notepad is "
     "ok. Please fix, I cannot write words like 'ściana' or 'śmiech'."),
    ("pm-084", "junior bug report",
     "Bug: 'ś' gets eaten in the post editor. Repro: PC, Polish (programmer) keyboard layout, type ś anywhere "
     "in the body - nothing is inserted and the cursor doesn't move. Other Polish diacritics are fine, and "
     "typing the same letter in the comment box works."),
    # ---- pm-086
    ("pm-086", "app-store review",
     "Two stars. Tonight our on-call got the alert push, call and text 10-20 minutes late, and a couple of "
     "alerts came through twice. For an app whose one job is to wake people up, that's scary. Nothing in the "
     "app said anything was wrong."),
    ("pm-086", "SRE handover note",
     "Notification sends are delayed. Two of our three hosting sites have shown heavy packet loss and "
     "latency between each other since ~19:00; the third looks clean. Writes to the notification store are "
     "timing out and the ingest API intermittently 500s. The hosts say nothing is wrong on their side."),
    # ---- pm-091
    ("pm-091", "support ticket",
     "Our org has been close to unusable since last night: logins work on and off, and pages then hang or "
     "fail to save. It's now past 12 hours. Worse, records our reps entered yesterday afternoon seem to be "
     "missing. We need to know exactly what data we've lost."),
    ("pm-091", "exec summary",
     "Our CRM was unavailable or read-only for most of a business day. Sales couldn't update opportunities, "
     "and the vendor's status page posted several partial restorations that didn't last. They now say some "
     "records written during a window on the first night may not be recoverable, and we're auditing what "
     "our teams need to re-enter."),
    # ---- pm-093
    ("pm-093", "shift log",
     "02:14 reconciliation alert: hot wallet balance short against the ledger. 02:30 confirmed several "
     "outgoing transfers to addresses that are not in any customer withdrawal. 02:45 trading halted, "
     "wallets frozen. 04:00 wallet service rebuilt on fresh servers with new keys. Keep a close eye on "
     "balances for the next few days."),
    ("pm-093", "security researcher",
     "I track exchange wallet clusters on-chain. Over the past several days I've seen two separate waves of "
     "unexplained outflows from your operational hot wallets to addresses with no history, the second one "
     "after your wallets had apparently been moved to new addresses. Happy to share the transaction list "
     "privately."),
    # ---- pm-039
    ("pm-039", "forum post",
     "Is the object storage service dead for everybody? Every request has been erroring since this morning, "
     "PUTs and GETs alike, from several different servers of ours. It's Sunday and it's been hours; all the "
     "images on our site are broken."),
    ("pm-039", "pasted alert",
     "CRITICAL: static asset origin 5xx rate 100% (15m) - object store endpoint, US\n"
     "No change on our side; provider dashboard only just started admitting errors."),
    # ---- pm-041
    ("pm-041", "shift log",
     "15:30 error rates up on two of our load balancers in the east region; part of the traffic just "
     "dropped. 16:10 API still lists them, but their settings look wrong for one of them. 17:00 creating a "
     "fresh balancer works but takes ages. 18:30 provider confirms degradation, recovering balancers in "
     "batches."),
    ("pm-041", "SRE handover note",
     "Holiday handover: load balancers in the east region degraded since mid-afternoon, video customers "
     "complaining loudly. I rebuilt two of them by hand in the west region and shifted DNS, which is "
     "holding. Provider recovery is slow. Watch error rates overnight and don't touch the east ones."),
    # ---- pm-080
    ("pm-080", "non-native English speaker",
     "Hello, all our instances in your east datacenter restart in same time this afternoon, uptime shows all "
     "of them started in the same minute. Some need more than one hour to boot again. We did not get any "
     "notice about maintenance. Please explain what was happen."),
    ("pm-080", "forum post",
     "Heads up if you host in this provider's east region: every one of our machines went down together a "
     "couple of hours ago and they're coming back slowly, some still booting. Support reply only says "
     "they're 'investigating a wide-scale reboot'."),
    # ---- pm-014
    ("pm-014", "status-page draft",
     "We're investigating an issue affecting blob storage in multiple regions. Customers may see errors or "
     "timeouts accessing storage, and virtual machines that depend on it may be unreachable. This status "
     "dashboard may be slow to reflect the current state."),
    ("pm-014", "non-native English speaker",
     "For us the storage is down in US and Europe both, so multi-region did not help. VM disks hanging, "
     "some VMs rebooted and not come back, cannot RDP or ssh. Status page was green maybe 40 minutes before "
     "they say something."),
    # ---- pm-018
    ("pm-018", "support ticket",
     "All our jobs on the full-VM build environment have failed to start for about three hours: they go "
     "straight to 'errored' saying no VM could be booted for the job. Jobs on the container-based "
     "environment are fine. We haven't changed our build config."),
    ("pm-018", "junior bug report",
     "Bug?: all our CI builds errored this morning before running a single step. The output only says the "
     "worker couldn't start the environment, and it retried a few times. Restarting the build didn't help. "
     "Did we break something in our CI yaml?"),
    # ---- singles
    ("pm-119", "shift log",
     "06:10 store ops report apps unreachable at multiple stores. 06:25 node CPU pinned near 100% across many "
     "store clusters, not just one region. 06:40 service registry shows health checks failing for huge "
     "numbers of services; registry agents unresponsive on the hot nodes. 07:15 rebooting nodes helps for a "
     "few minutes, then CPU climbs again."),
    ("pm-042", "shift log",
     "Sun 02:20 PT key-value store in the east region: reads and writes returning 500s, error rate ~55%. "
     "02:45 our message queueing and metrics providers in the same region degraded as well. 04:00 still "
     "bad; provider throttling new requests. 07:00 error rate finally dropping."),
    ("pm-123", "app-store review",
     "Card declined at the grocery store twice tonight, and the app wouldn't even open, just a spinner. Had "
     "to pay with another bank's card. About an hour and a half of this and no notification explaining "
     "anything. Two stars because it's usually great."),
    ("pm-061", "app-store review",
     "Sync has been stuck on 'connecting' since Friday evening and the website shows a maintenance page. "
     "Some stuff came back on Saturday but the photos tab still won't load. Paying customer here, and the "
     "only update is 'we're working on it'."),
    ("pm-072", "customer email",
     "Our team hasn't been able to open any of our diagrams for two days. The editor loads with an empty "
     "canvas and our saved documents list is blank, and the diagrams embedded in our wiki show broken "
     "placeholders. Please tell us whether our diagrams still exist."),
    ("pm-022", "pasted alert",
     "[ALERT] synthetic check homepage: 9 of 14 probe locations failing - 502 / connect timeout via CDN edge\n"
     "~25 min so far; origin is healthy when hit directly, so the CDN is having a bad evening."),
    ("pm-044", "shift log",
     "14:25 trunk alarms across the network; call completion falling fast. 14:40 switching offices "
     "resetting themselves one after another, and each one coming back seems to knock over its neighbours. "
     "15:30 more than half of long-distance attempts failing nationwide, local calls fine. 17:00 no "
     "improvement yet."),
    ("pm-088", "security researcher",
     "Flagging something I'm watching on-chain right now: three large multi-signature contract wallets have "
     "had their whole balances moved to the same unknown address within the last hour. Each wallet received "
     "a call from that address shortly before its funds moved. Other wallets deployed from the same code "
     "may be exposed - please treat as urgent."),
    ("pm-057", "security researcher",
     "Urgent, please get in touch: while working on something unrelated I started seeing responses from "
     "sites behind your edge network with garbage appended after the page. That garbage contains fragments "
     "of other people's traffic - HTTP headers, cookies, session tokens, POST bodies from unrelated domains. "
     "Search-engine caches have already stored some of these pages. I can share samples over a secure "
     "channel."),
    ("pm-050", "customer email",
     "I just received an email that appears to come from you, saying the service is shutting down and that "
     "my data isn't safe with you. Your site isn't loading right now either. Is this real? We're on a paid "
     "team plan and need to know whether to worry about our account."),
]


# Pairs typed above whose two reports are written out in swapped order, so that every voice is spread
# roughly evenly over dev and test (chosen once by a small hill-climb; kept here as plain data).
FLIP = {"pm-005", "pm-014", "pm-024", "pm-041", "pm-045", "pm-047", "pm-053", "pm-062", "pm-065", "pm-066",
        "pm-080", "pm-084", "pm-091", "pm-095", "pm-096", "pm-109", "pm-116"}


def ordered_reports():
    """REPORTS with the FLIP pairs swapped; pairs stay adjacent so each pair spans dev and test."""
    out = list(REPORTS)
    i = 0
    while i < len(out) - 1:
        if out[i][0] == out[i + 1][0]:
            if out[i][0] in FLIP:
                out[i], out[i + 1] = out[i + 1], out[i]
            i += 2
        else:
            i += 1
    return out


def load_cases():
    cases = {}
    with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0]:
                cases[parts[0]] = parts[1]
    return cases


def avoid_hits(case_id, text):
    hits = []
    for w in GLOBAL_AVOID + AVOID.get(case_id, []):
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, flags=re.IGNORECASE):
            hits.append(w)
    return hits


def build():
    """Return the list of query records (dicts) in file order, or raise on a rule violation."""
    cases = load_cases()
    problems = []
    out = []
    for i, (cid, voice, text) in enumerate(ordered_reports(), start=1):
        if cid not in cases:
            problems.append(f"#{i}: unknown case {cid}")
        hits = avoid_hits(cid, text)
        if hits:
            problems.append(f"#{i} {cid} ({voice}): contains avoided words {hits}")
        out.append({
            "id": f"{PREFIX}-{i:03d}",
            "split": "dev" if i % 2 == 1 else "test",
            "expected": [cid],
            "text": text,
        })
    if problems:
        raise SystemExit("gen.py refused:\n  " + "\n  ".join(problems))
    return out


def serialize(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    records = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(serialize(records))
    print(f"wrote {len(records)} reports to {OUT}")


if __name__ == "__main__":
    main()
