#!/usr/bin/env python3
"""Writer c13: hand-typed problem reports against public postmortems.

Every report below was typed by hand from memory of the public write-up.
Reports describe symptoms only (no root cause, no fix, no brand names).
Run: python3 gen.py  -> writes queries.jsonl
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "queries.jsonl")
PREFIX = "c13"

# Brand / company / product names that must never appear (word-boundary, case-insensitive).
GLOBAL_AVOID = [
    # cloud / infra vendors and products
    "aws", "amazon", "ec2", "s3", "ebs", "elb", "rds", "dynamodb", "sqs",
    "google", "gce", "gke", "gcp", "gmail", "youtube", "chrome", "chromium",
    "azure", "microsoft", "windows", "cloudflare", "akamai", "fastly",
    "facebook", "instagram", "whatsapp", "meta", "twitter", "apple", "mac",
    "macos", "iphone", "android",
    # software products
    "linux", "ubuntu", "debian", "centos", "docker", "kubernetes", "k8s",
    "kubelet", "kube-dns", "coredns", "linkerd", "istio", "helm",
    "postgres", "postgresql", "mysql", "redis", "cassandra", "mongodb",
    "memcached", "zookeeper", "elasticsearch", "solr", "lucene",
    "sql server", "mssql", "nginx", "haproxy", "varnish", "java", "jvm",
    "ruby", "rails", "python", "jenkins", "pacemaker", "juniper", "cisco",
    "puppet", "mesos", "kafka", "consul", "bittorrent", "subversion", "svn",
    "webkit", "npm", "eslint", "firefox", "ethereum", "ether", "bitcoin",
    # companies of the case library
    "allegro", "gocardless", "heroku", "dyno", "travis", "circleci", "steam",
    "valve", "github", "gitlab", "pythonanywhere", "knight", "knight capital",
    "collabnet", "mozilla", "appnexus", "at&t", "basecamp", "bbc", "iplayer",
    "bintray", "bitly", "browserstack", "buildkite", "bungie", "destiny",
    "eve online", "chef", "supermarket", "discord", "dropbox", "duo",
    "fortnite", "epic", "etsy", "flowdock", "gentoo", "gliffy", "homebrew",
    "brew", "instapaper", "joyent", "manta", "kickstarter", "mailgun",
    "mandrill", "mailchimp", "medium", "netflix", "pagerduty", "parity",
    "reddit", "salesforce", "sentry", "shapeshift", "skyliner", "slack",
    "spotify", "square", "stackdriver", "stackoverflow", "stack overflow",
    "stack exchange", "stackexchange", "stackegg", "strava", "stripe",
    "tarsnap", "twilio", "vzaar", "yeller", "zerodha", "skyscanner",
    "moonlight", "civis", "zalando", "target", "airmap", "monzo", "universe",
    "saltside", "salemove", "mojang", "minecraft", "thousandeyes",
]

# Per case: words that would give the root cause (or the fix) away.
AVOID = {
    "pm-001": ["capacity", "resources", "autoscaling", "cascading", "cascade", "quota"],
    "pm-002": ["flowspec", "rule", "filter", "packet size", "packet length", "oversized", "99971"],
    "pm-003": ["torrent", "peer", "peers", "p2p", "multicast", "swarm", "tracker", "seeding"],
    "pm-004": ["bgp", "withdrawn", "withdraw", "advertise", "advertisement", "backbone",
               "prefix", "prefixes", "audit", "maintenance"],
    "pm-005": ["raid", "controller", "cluster manager", "constraint", "constraints",
               "promote", "promotion", "hardware"],
    "pm-006": ["ip block", "blocks", "bgp", "propagation", "configuration", "config",
               "canary", "announce", "withdrawn"],
    "pm-007": ["configuration", "config", "generated", "internal system"],
    "pm-008": ["load balancing", "load balancer", "configuration", "config"],
    "pm-009": ["slash", "blocklist", "blacklist", "list", "human error"],
    "pm-012": ["configuration", "config", "control plane", "automation", "descheduled",
               "maintenance"],
    "pm-013": ["certificate", "cert", "expired", "expiry", "expire", "rotation", "rotate",
               "manual", "renew", "renewal", "credential"],
    "pm-014": ["infinite loop", "loop", "configuration", "config", "flighting", "deployment",
               "front-end", "frontend"],
    "pm-018": ["deleted", "delete", "removed", "image", "images", "cleanup", "human"],
    "pm-020": ["truncate", "truncated", "test", "tests", "local", "environment variable", "env"],
    "pm-022": ["atlanta", "backbone", "router", "route", "routing", "prefix", "policy", "term"],
    "pm-023": ["lightning", "transformer", "power", "generator", "plc", "snapshot", "snapshots"],
    "pm-024": ["storm", "power", "generator", "electrical", "weather", "derecho", "utility"],
    "pm-026": ["power", "electrical", "firmware", "hardware", "boot"],
    "pm-028": ["raid", "drive", "disk", "volume", "volumes"],
    "pm-029": ["partition", "failover", "failed over", "orchestrator", "replication",
               "topology", "split-brain", "split brain"],
    "pm-030": ["lock", "locks", "locking", "exclusive", "queue", "queued"],
    "pm-032": ["power peg", "flag", "repurposed", "dead code", "deploy", "deployment",
               "eighth", "manual"],
    "pm-033": ["sha1", "sha-1", "collision", "hash", "shattered", "checksum"],
    "pm-034": ["leap", "february", "feb", "certificate", "cert", "date", "year", "2013"],
    "pm-035": ["leap", "ntp", "printk", "xtime", "time daemon"],
    "pm-036": ["leap", "ntp", "hrtimer", "futex", "clock"],
    "pm-037": ["certificate", "cert", "expired", "expiry", "intermediate", "signing",
               "signature"],
    "pm-038": ["typo", "command", "playbook", "removed", "subsystem", "index", "placement",
               "restart"],
    "pm-039": ["bit", "corruption", "corrupted", "gossip", "checksum", "flipped", "state"],
    "pm-040": ["network change", "traffic shift", "mirror", "re-mirror", "remirroring",
               "race", "capacity"],
    "pm-041": ["deleted", "delete", "maintenance", "state data", "developer", "operator"],
    "pm-042": ["metadata", "membership", "index", "indexes", "gsi", "secondary", "capacity"],
    "pm-043": ["double free", "free", "memory", "bug", "deletion", "delete", "data update"],
    "pm-044": ["software", "bug", "break statement", "switch statement", "code", "upgrade",
               "recovery message"],
    "pm-045": ["ddos", "denial", "extortion", "ransom", "blackmail", "attack", "botnet"],
    "pm-046": ["integer", "int", "2147483647", "overflow", "limit", "maximum", "bigint",
               "primary key", "32-bit"],
    "pm-047": ["database", "overload", "overloaded", "cache", "caching"],
    "pm-049": ["credential", "credentials", "compromised", "leaked", "source code",
               "repository", "employee", "backup"],
    "pm-050": ["shellshock", "bash", "unpatched", "prototype", "keys", "credentials",
               "vulnerability"],
    "pm-051": ["downgrade", "downsize", "downsized", "instance size", "cost", "smaller",
               "capacity"],
    "pm-055": ["memory", "leak", "worker", "workers"],
    "pm-057": ["buffer", "overrun", "overflow", "parser", "html", "uninitialized", "leak",
               "obfuscation"],
    "pm-058": ["regex", "regular expression", "backtracking", "waf", "rule", "rules"],
    "pm-061": ["upgrade", "script", "reimage", "reinstall", "wiped", "operating system"],
    "pm-063": ["database", "connection", "connections", "xmpp", "cache"],
    "pm-064": ["password", "reuse", "reused", "token", "tokens", "compromised",
               "account takeover", "2fa", "npmrc"],
    "pm-065": ["integer", "int", "signed", "32-bit", "overflow", "maximum", "limit",
               "2147483647"],
    "pm-066": ["cpu", "database", "load", "traffic", "pandemic"],
    "pm-068": ["password", "guessed", "admin", "compromised", "account", "credentials"],
    "pm-069": ["amplification", "udp", "ddos", "reflection", "11211", "attack"],
    "pm-071": ["rm", "deleted", "delete", "wrong host", "backup", "backups", "pg_dump",
               "replication", "spam"],
    "pm-072": ["deleted", "delete", "administrator", "admin", "backup", "mistakenly",
               "accidental", "accidentally"],
    "pm-075": ["upgrade", "check", "disabled", "safeguard"],
    "pm-076": ["apt", "package", "packages", "pinned", "pin", "upstream", "upgrade",
               "base image"],
    "pm-077": ["token", "leaked", "log", "logs", "environment", "ci", "personal access"],
    "pm-078": ["2tb", "2 tb", "file size", "ext3", "limit", "disk", "filesystem"],
    "pm-079": ["vacuum", "autovacuum", "wraparound", "xid", "transaction id", "lock"],
    "pm-080": ["typo", "operator", "command", "tool", "input", "validation", "human"],
    "pm-083": ["wraparound", "transaction id", "xid", "vacuum", "freeze"],
    "pm-084": ["altgr", "alt gr", "shortcut", "hotkey", "ctrl", "keybinding"],
    "pm-085": ["ebs", "volume", "volumes", "memory leak", "agent", "dns"],
    "pm-086": ["peering", "quorum", "cassandra"],
    "pm-088": ["delegatecall", "initwallet", "init", "fallback", "unprotected",
               "public function", "library"],
    "pm-090": ["autoscaler", "autoscaling", "migration", "scaling"],
    "pm-091": ["power", "circuit breaker", "firmware", "storage array", "failover",
               "corruption", "corrupted"],
    "pm-092": ["wraparound", "xid", "transaction id", "vacuum", "freeze"],
    "pm-095": ["transit gateway", "tgw", "autoscaling", "provision", "provisioning",
               "file descriptor", "file descriptors"],
    "pm-096": ["backoff", "back off", "exponential", "retry", "retries", "thundering"],
    "pm-097": ["retry", "retries", "loop", "cascading", "multipass"],
    "pm-099": ["april fools", "egg", "game", "joke", "load balancer"],
    "pm-100": ["regex", "regular expression", "backtracking", "whitespace", "trim"],
    "pm-101": ["port", "ported", "porting", "legacy", "careers", "old code", "migration",
               "migrated", "refactor"],
    "pm-102": ["bugcheck", "bug check", "assertion", "dump"],
    "pm-103": ["integer", "int", "signed", "32-bit", "overflow", "2147483647", "limit",
               "max"],
    "pm-104": ["index", "indexes", "manual", "operator", "dependency", "dropped", "removed"],
    "pm-106": ["replication", "slave", "resync", "master", "restart", "restarted"],
    "pm-107": ["rm", "variable", "empty", "unset", "script"],
    "pm-116": ["oom", "memory", "ndots", "cronjob", "batch"],
    "pm-118": ["unschedulable", "cordon", "cordoned", "exclude", "excluded"],
    "pm-119": ["sidecar", "logging", "log", "logs", "pipeline"],
    "pm-122": ["autoscaler", "scale set", "scale down", "deleted", "delete"],
    "pm-123": ["service discovery", "etcd", "stale", "endpoints", "service mesh"],
}

# (case_id, voice, text) in output order.  Two reports of one case use different voices.
REPORTS = [
    # ---------------- priority cases first ----------------
    ("pm-003", "on-call chat",
     "anyone else seeing this? every time our indexer publishes a fresh search index (several GB) "
     "the 40-odd read replicas all pull it from the one master box at once and its NIC sits pinned "
     "at line rate for ages. replicas serve stale results for an hour+ and the master gets sluggish "
     "answering anything else. we tried staggering the pulls with a sleep but then the last replicas "
     "are even further behind"),
    ("pm-013", "status-page draft",
     "Investigating: customers with applications in our US region are currently unable to scale, stop "
     "or restart their app processes. HTTP requests to some US-hosted apps are failing at the routing "
     "layer. Deploys are failing for all customers regardless of region. Running apps in other regions "
     "continue to serve traffic and we will post another update in 30 minutes."),
    ("pm-076", "forum post",
     "Since this morning our worker processes crash on boot with 'bash: /dev/null: Permission denied' "
     "and a couple of libs complain they can't open /dev/urandom. Nothing changed in our code, we just "
     "restarted the app after changing a config var. Rolling back to the previous release doesnt help, "
     "same error on any freshly started container. Anyone else on the shared platform hitting this?"),
    ("pm-101", "forum post",
     "I just opened my public CV page in a logged-out browser and it shows information I had explicitly "
     "marked as private in my settings. This only started with the new timeline-style profile that "
     "shipped this week. Two colleagues checked theirs and see the same thing. Please pull this until "
     "it's fixed, this is personal data."),
    ("pm-102", "on-call chat",
     "all the Q&A sites flipped to read-only mode by themselves mid afternoon, banner is up and every "
     "write throws an error. the engine process on the primary db node restarted itself, error log is "
     "full of severe errors right before that. now reads are timing out too and we're at full 503s. "
     "secondary is up but nobody has made the call yet"),
    ("pm-065", "on-call chat",
     "new listings and some user actions started failing sitewide at roughly the same time, inserts into "
     "a couple of our biggest tables error out while reads are fine. the id values on those tables are "
     "huge, nobody has looked at them in years. nothing deployed in the last couple hours, rollback of "
     "the last push changed nothing"),
    ("pm-096", "on-call chat",
     "one small backend service hiccuped for maybe a minute and now every client is hammering it at once, "
     "request rate is 10x normal and it can't come back up. each time we bring an instance back it gets "
     "flattened within seconds. knock-on effects on login and other features that call it, users in "
     "several countries complaining"),
    ("pm-047", "forum post",
     "The whole public broadcaster website and its catch-up TV player have been down for most of the "
     "afternoon, just error pages or endless loading. News pages work now and then, the player not at all. "
     "It's a Saturday so no idea when anyone will fix it, has anyone heard anything?"),
    ("pm-055", "support ticket",
     "The community cookbook site keeps going unresponsive for a few minutes at a time throughout the "
     "day: pages hang and our CI jobs that resolve dependencies from its API time out. Then it comes "
     "back for a while and everything is normal. This has been happening on and off since the new site "
     "launched. Can you look into it?"),
    ("pm-028", "forum post",
     "My web apps have been down for hours and the consoles won't open either, just says it can't "
     "connect. The files page doesnt load at all. It's the whole hosted service not just my account, "
     "the forums are full of people asking. Any ETA?"),
    ("pm-066", "support ticket",
     "Our team chat has been completely unavailable for more than a day now, web and mobile apps cannot "
     "connect at all. Now that it is partially back, a lot of messages from the last few days seem to be "
     "missing from our channels. We have 200 people depending on this tool. Please tell us whether the "
     "missing messages can be recovered."),
    ("pm-122", "on-call chat",
     "every node in our prod container cluster is gone, the VMs just aren't there anymore in the cloud "
     "console, disappeared one by one over a few minutes. all services down, pods pending with nothing "
     "to run on. nobody on the team touched the cluster today"),
    ("pm-013", "support ticket",
     "Our production app in the US region started returning router errors about 20 minutes ago and now "
     "I can't even restart it, the restart command just hangs then errors out. I tried to push a hotfix "
     "and the build fails at the release step. Our EU staging app is still serving fine but we can't "
     "deploy to it either. Is this on your side?"),
    ("pm-003", "junior bug report",
     "Bug: search results are out of date on some hosts after the nightly full reindex. Steps: run the "
     "full index build, wait for the followers to copy the new index files over HTTP from the leader. "
     "Expected all followers to have the new index within minutes, but copy time grows roughly linearly "
     "with the number of followers and the leader's outbound bandwidth graph is a flat line at max the "
     "whole time. Adding more followers made it worse, not better."),
    ("pm-076", "on-call chat",
     "heads up: new containers on our hosting platform come up with broken perms on /dev, writes to "
     "/dev/null fail with EACCES while old long-running containers are fine. looks like anything "
     "restarted in the last hour or so is affected, across multiple unrelated apps. opened a ticket w/ "
     "the provider, no response yet"),
    ("pm-101", "security researcher",
     "Reporting a privacy exposure on your new profile/CV feature. Fields flagged as private in account "
     "settings are rendered in the public page and in the JSON the page loads, so anyone can read them "
     "without logging in. I verified on my own account and on two test accounts created today. I have "
     "not shared this publicly and will hold for 30 days."),
    ("pm-102", "exec summary",
     "This afternoon our public Q&A sites first went into read-only mode and then became fully "
     "unavailable for a period. The problem started on the main database cluster: the primary instance "
     "stopped serving requests and the sites' automatic read-only protection kicked in. Engineering is "
     "still investigating why the process on the primary terminated. Customer impact was no posting for "
     "the whole window and a shorter span of complete unavailability."),
    # ---------------- other cases ----------------
    ("pm-001", "exec summary",
     "Shortly after a major marketing campaign went live, our marketplace became unavailable for most "
     "users for well over an hour. One backend service became overwhelmed by the spike and failures "
     "spread to the services that call it. Attempts to add more instances of that service were slow and "
     "several never started. We are still collecting the timeline."),
    ("pm-002", "on-call chat",
     "our whole edge network just dropped off the internet everywhere at once, every PoP, not one region. "
     "edge routers unreachable over the mgmt network too, the ones we can get console on are rebooting "
     "or wedged. only thing in the change log is a network team push a few minutes before. we need remote "
     "hands in every datacenter for power cycles"),
    ("pm-004", "forum post",
     "The giant social network plus its photo app and its messaging app are all down for us, and our "
     "app's social login buttons stopped working too. The weird part is their domains don't even "
     "resolve, dig returns SERVFAIL and their authoritative nameservers don't answer at all. Been going "
     "on for over an hour on every ISP we tried. Anyone know anything?"),
    ("pm-005", "status-page draft",
     "We are experiencing a full outage of our API and dashboard. Our primary database node failed and "
     "the standby nodes have not taken over as expected, so the database cluster is currently refusing "
     "connections. We are working to bring a database back online and will update in 30 minutes."),
    ("pm-006", "on-call chat",
     "all our VMs in every region of the cloud provider just became unreachable from the internet, "
     "simultaneously, not one zone. traffic between VMs inside the provider still works and their console "
     "loads. external probes from 3 continents all failed in the same minute. opened a P1 with the "
     "provider"),
    ("pm-007", "customer",
     "Webmail, calendar and the online docs suite are all throwing 500 errors for our whole office at the "
     "same time, and their social network thing too. Started about 20 minutes ago and it's intermittent, "
     "some refreshes work. Other websites load fine so it's not our internet."),
    ("pm-008", "junior bug report",
     "The browser keeps crashing on every machine in the office about a minute after launch. It only "
     "happens for profiles signed in to an account, guest profiles are fine. Started at the same time "
     "the provider's webmail had an outage this afternoon. Reinstalling the browser didn't help."),
    ("pm-009", "forum post",
     "Every single search result, including our own site and huge obviously-legit sites, now has the "
     "warning 'This site may harm your computer' and clicking goes to a warning page instead. Started "
     "maybe half an hour ago on a Saturday morning. Our traffic from search dropped to almost nothing. "
     "Is the search engine broken or were we hacked?"),
    ("pm-012", "on-call chat",
     "heavy packet loss between regions on our cloud provider, everything touching the eastern US is "
     "crawling. the provider's own video site and mail are slow for us too. some regions look fine, US "
     "east is awful, started around noon pacific. provider console itself is slow to load"),
    ("pm-014", "status-page draft",
     "We are investigating an issue affecting object storage in multiple regions. Customers may see failed "
     "requests or timeouts when accessing stored data, and virtual machines whose disks live on this "
     "storage may become unresponsive or fail to restart. Websites and other services that depend on "
     "storage may also be impacted. Next update within 60 minutes."),
    ("pm-018", "forum post",
     "All of our CI jobs on the hosted full-VM build environment have been stuck queued or erroring since "
     "this afternoon, the few that start fail right away before running any of our commands. Jobs on the "
     "container-based environment still run. The provider's status page has said 'investigating degraded "
     "builds' for hours now. Any workaround?"),
    ("pm-020", "on-call chat",
     "users reporting their repos and build history vanished from the dashboard, logged-in users are "
     "getting logged out. db shows several core tables suddenly empty, rows just gone, nothing in the "
     "app logs. happened maybe 10 minutes ago, all at once. starting restore planning"),
    ("pm-022", "status-page draft",
     "We are seeing elevated errors and unreachable sites in several of our data centers across North "
     "America and Europe, affecting roughly half of our global traffic. Traffic at affected locations is "
     "being sent into our private network and dropped there. One location is receiving far more traffic "
     "than expected and we are investigating."),
    ("pm-023", "support ticket",
     "Almost all of our instances and attached block volumes in one availability zone of the EU region "
     "went dark at once late Sunday evening. API calls to launch replacements in the other zones are "
     "timing out or erroring. Several volumes that came back show as impaired and our managed database "
     "instance there is stuck. Can we get an ETA?"),
    ("pm-024", "on-call chat",
     "friday night, lots of our instances in one AZ in us-east just dropped. load balancers in the region "
     "are stuck and won't shift traffic away from the dead zone, cant register new instances to them "
     "either. a bunch of big consumer sites on the same provider are down too"),
    ("pm-026", "status-page draft",
     "We are investigating a major outage; the website and git operations are unavailable. A large "
     "portion of servers in our primary facility restarted unexpectedly at the same time. Some backend "
     "cache and queue servers have not come back online, and application servers fail to start without "
     "them. We will update as we restore service."),
    ("pm-029", "exec summary",
     "Last night a network blip of under a minute between our US data centers left the service degraded "
     "for roughly a day. Users saw stale or inconsistent data on the website, and webhooks and builds "
     "were delayed for hours. We found some recently written records present in one data center's "
     "databases but not the other's. We are prioritising data integrity over speed, so background "
     "processing stays paused while we reconcile."),
    ("pm-030", "junior bug report",
     "During today's deploy our schema migration, which only adds a nullable column to the payments "
     "table, hung, and for about 15 seconds every API request touching that table timed out. The same "
     "migration is instant on staging. There was a long-running reporting query on the primary at the "
     "time. As soon as the migration was cancelled everything recovered."),
    ("pm-032", "exec summary",
     "Within the first 45 minutes after the market opened, our automated order router sent millions of "
     "unintended orders into the market across roughly 150 stocks. We accumulated multi-billion dollar "
     "positions we never meant to hold before staff halted the system. The behaviour coincided with new "
     "functionality for a retail liquidity program going live this morning. Losses are still being "
     "calculated but are material."),
    ("pm-033", "forum post",
     "Our version control server's main repo is broken after someone committed two PDF files from that "
     "new crypto research paper to write a test. Every checkout or update now aborts with a mismatch "
     "error on one of those two files, and our read-only mirror sync died at the same revision. Removing "
     "the files in a later commit doesnt help since history still has them. Help??"),
    ("pm-034", "on-call chat",
     "since about midnight UTC new VM deployments and scale-outs on our cloud provider fail: instances sit "
     "in 'starting' for ages and then go unhealthy. existing running VMs are ok but any that get moved "
     "by the host end up stuck too. multiple regions. provider has now disabled service management so we "
     "can't do anything at all"),
    ("pm-035", "forum post",
     "Several of our boxes hard-locked at the same moment right at midnight UTC on New Year's Eve. All "
     "run the same kernel series, no oops on the console, just frozen solid, needed a power cycle. "
     "Machines in other racks with a different role were fine. Has anyone seen this?"),
    ("pm-036", "on-call chat",
     "weird one: right at 00:00 UTC saturday CPU on lots of our app servers went to 100%, mostly the "
     "managed-runtime app processes and the database daemons, doing nothing useful. load graphs jumped "
     "in the same minute across all datacenters. restarting the apps doesnt help, cpu spikes again "
     "immediately"),
    ("pm-037", "customer",
     "Since around midnight every one of my browser extensions got disabled at once, including the ad "
     "blocker and the password manager. The browser says they could not be verified for use and have "
     "been disabled. Reinstalling from the add-ons site fails with a download error. Same thing on "
     "three different computers at home and work."),
    ("pm-038", "on-call chat",
     "object storage in us-east returning errors on everything since ~9:40 PT, GETs, PUTs, listings. "
     "half the internet's static assets are broken, our images and build artifacts too. the provider's "
     "own status page still shows green, probably depends on the same thing lol. other regions ok"),
    ("pm-039", "support ticket",
     "Our object storage requests in the US have been failing since early this morning: every request "
     "returns a 500 or times out, for several hours now. Your status page says you are recovering but "
     "error rates come back each time. This is the second major outage this year for us. Please advise an "
     "ETA."),
    ("pm-040", "on-call chat",
     "block volumes in one us-east zone are stuck, all IO hangs, processes in D state, can't detach. "
     "API calls to create new volumes are erroring even in the other zones. our managed relational db "
     "instances are down too. this is now ~6 hrs and counting"),
    ("pm-041", "support ticket",
     "Since the afternoon of Christmas Eve several of our load balancers in us-east are misbehaving: some "
     "show zero registered backends even though we changed nothing, others return errors. Newly created "
     "load balancers work fine. Customers can't start video playback on some devices."),
    ("pm-042", "on-call chat",
     "key-value store in us-east throwing massive error rates since early sunday morning, reads and "
     "writes both. and it's spreading: the provider's queueing, autoscaling and metrics services are "
     "erroring too. console barely loads. our own client retries are making it worse, dialing them down"),
    ("pm-043", "on-call chat",
     "every single ad serving node across all our datacenters segfaulted within the same couple of "
     "minutes, and they crash again right after restart. no code push today. it's worldwide, we're "
     "serving zero impressions"),
    ("pm-044", "exec summary",
     "Starting mid-afternoon our long-distance network began failing about half of all calls. Switching "
     "centres across the country were resetting themselves repeatedly, and each time one came back up "
     "its neighbours went down. The problem spread across all 114 centres within minutes and lasted "
     "about nine hours."),
    ("pm-045", "status-page draft",
     "Our apps are unreachable for most customers right now. Our network is being flooded with traffic "
     "far beyond what our links can handle, and shortly before it started we received an email demanding "
     "payment to make it stop. We are working with our network providers to restore access; your data is "
     "safe."),
    ("pm-046", "on-call chat",
     "the legacy product flipped itself to read-only a bit after 8am, any write fails with a db error on "
     "the events table, reads are fine. nothing deployed since yesterday. error on insert is 'Out of "
     "range value for column id at row 1'"),
    ("pm-049", "exec summary",
     "Our security team detected that a copy of our user data was accessed from an unknown IP address in "
     "one of our cloud storage accounts. As a precaution we are asking users to reset passwords and "
     "reconnect their linked social accounts. How the access was obtained is still under investigation."),
    ("pm-050", "customer",
     "I just got an email that looks like it's from my browser testing vendor, sent to all users, claiming "
     "they are shutting down and that they store passwords in plain text. Their website is down too. Is "
     "this real or did somebody hijack their mailing? Should I change my password there?"),
    ("pm-051", "status-page draft",
     "We are investigating severely degraded performance of our web dashboard and agent API. Agents may "
     "fail to pick up jobs and builds are queuing. Our primary database is reporting very high CPU and "
     "query latency. We'll update shortly."),
    ("pm-057", "security researcher",
     "While fuzzing I noticed that responses from sites behind a large reverse-proxy provider occasionally "
     "contain chunks of data that clearly belong to other sites: HTTP headers, cookies, auth tokens, "
     "private messages from unrelated domains. It reproduces on a handful of pages with particular "
     "malformed markup. Some of this data is already cached by search engines. Requesting urgent contact "
     "with your security team."),
    ("pm-058", "on-call chat",
     "every proxy box on the edge pegged at 100% CPU worldwide in the same minute, customers getting 502s "
     "on everything. started right after a routine change went out globally. can't even get into the "
     "dashboard to roll back because it sits behind the same edge"),
    ("pm-061", "customer",
     "The file sync website and desktop client have been down for me since Friday evening, the app just "
     "says connecting. Still not fully back on Saturday, photos and some shared folders are missing from "
     "the web view. Files on my laptop seem fine. Anyone know whats happening?"),
    ("pm-063", "forum post",
     "Login queue has been stuck for hours tonight, during the biggest player peak the game has ever had. "
     "Friends list and party invites don't work, matchmaking times out, and the launcher keeps kicking me "
     "back to the login screen. Their status page says multiple services degraded."),
    ("pm-064", "security researcher",
     "The latest patch release of a widely used code linter's scope-analysis dependency, published "
     "this morning, contains an obfuscated postinstall step that reads the user's registry config file "
     "and sends its contents to a paste site. The version does not correspond to any tag in the "
     "project's git repo. Anyone who installed dependencies in the last few hours should treat their "
     "registry credentials as exposed."),
    ("pm-068", "security researcher",
     "Heads up: the official mirror repositories of an open-source distribution's package tree on a big "
     "code hosting site were changed about an hour ago. New commits add 'rm -rf' style payloads to build "
     "recipes, and repository names and descriptions were vandalised. Do not pull from that mirror until "
     "the project confirms."),
    ("pm-069", "on-call chat",
     "inbound at our edge spiked to over a terabit per second with zero warning, links saturated, site "
     "intermittently down for ~10 min. all the junk has the same source port, coming from tens of "
     "thousands of unique hosts"),
    ("pm-071", "status-page draft",
     "We are performing emergency database maintenance and the site is offline. Issues, merge requests, "
     "comments and users created in the last several hours may be lost. We are still determining what "
     "data can be recovered and will stream our progress live."),
    ("pm-072", "customer",
     "The diagram tool we use has been down for over a day now and we have a deliverable tomorrow. The "
     "status page keeps saying they're restoring and it will take several more hours. Does anyone know "
     "if our diagrams are lost?"),
    ("pm-075", "forum post",
     "For a couple of days some of our app containers on the shared platform randomly fail with read "
     "errors on files in the app directory, and a few crashed with 'Structure needs cleaning'. Restarting "
     "moves the app to a new container and it goes away for a while. Multiple apps owned by different "
     "teams see it."),
    ("pm-077", "security researcher",
     "While looking at your public build server I was able to obtain a credential granting push access to "
     "your main repositories on the code host. It took about 30 minutes from starting to look. I have not "
     "used it beyond confirming access. Please treat this as urgent."),
    ("pm-078", "on-call chat",
     "saves failing for everyone, our biggest table won't accept inserts: 'ERROR 1114: The table is "
     "full'. free space on the volume looks fine, plenty of room. reads still work. it's a managed db "
     "service so we can't shell into the box"),
    ("pm-079", "on-call chat",
     "our object store's metadata tier just stopped answering, every request touching the main metadata "
     "table blocks forever. the db activity view shows a background maintenance worker on that table "
     "and everything else waiting behind it. it started by itself, no one ran anything, and it looks like "
     "it will take hours"),
    ("pm-080", "status-page draft",
     "All compute nodes in one of our data centers rebooted at approximately the same moment. Customer "
     "instances in that region are unavailable while servers come back up, and some may take longer "
     "because of the number of machines booting at once. We will update as instances recover."),
    ("pm-083", "support ticket",
     "For the past day a fifth or so of our API calls to your transactional email service fail, and our "
     "scheduled sends are not going out. Your status page mentions a database shard in a protective "
     "read-only mode. We are a paying customer and this is blocking our password reset emails."),
    ("pm-084", "junior bug report",
     "Bug: users writing in Polish report that the letter 's' with acute accent disappears when typed in "
     "the editor. Other Polish letters like a and e with ogonek work fine. It is only reported by users "
     "on one desktop OS and I can't reproduce it on my machine."),
    ("pm-085", "exec summary",
     "Yesterday our cloud provider's block storage service degraded in one zone of its eastern US region. "
     "Our streaming service stayed up for members, with a brief error spike on a subset of devices. A "
     "few internal tools and a small number of services tied to the affected storage were degraded for "
     "several hours."),
    ("pm-086", "on-call chat",
     "our notification pipeline stopped sending pages around 21:00 and our multi-AZ data store can't form "
     "a majority, two of the three sites can't see each other. cloud provider just says network issue "
     "affecting connectivity in the region. outbound alerts delayed ~20 min and counting"),
    ("pm-088", "security researcher",
     "Three high-value multi-signature wallets were drained of roughly 150,000 units of the chain's native "
     "token in the last hour. The attacker's transactions first made themselves the sole owner of each "
     "wallet and then transferred the full balance. All affected wallets were deployed from the same "
     "client's wallet code version. Other wallets of that type are at risk right now."),
    ("pm-090", "on-call chat",
     "most of our app servers just got terminated out from under us, all at once, nobody issued a "
     "shutdown. site throwing errors everywhere. the thing that manages fleet size thinks we should "
     "have almost nothing running. we were in the middle of planned work on the coordination cluster"),
    ("pm-091", "support ticket",
     "Our CRM instance in the North America region was unavailable since last night, and now that it is "
     "back in degraded mode we are missing all changes our users made in a roughly four hour window "
     "before the outage. Your status page says data for that window cannot be recovered. Please confirm "
     "what happened to our records."),
    ("pm-092", "on-call chat",
     "primary db stopped accepting writes, every insert gets an error telling us to shut down the "
     "server and run a maintenance command in single-user mode. reads still work. event ingestion has "
     "been dropping everything since"),
    ("pm-095", "status-page draft",
     "Customers may have trouble loading channels, sending messages or connecting at all. The issue began "
     "this morning as people came back to work after the new year break, and affects all regions. We are "
     "investigating with the highest priority."),
    ("pm-097", "customer",
     "None of our card readers can log in this morning, staff are stuck at the sign-in screen and we "
     "can't take card payments. The seller dashboard website won't let me log in either. Our other shop "
     "across town reports the same."),
    ("pm-099", "on-call chat",
     "Q&A sites erroring and slow everywhere, our front-end proxies are at max connections and CPU. "
     "traffic pattern looks like every logged-in page is polling one endpoint every few seconds. request "
     "volume is several times a normal peak"),
    ("pm-100", "on-call chat",
     "load balancer pulled all web servers out of rotation, site is down. web servers at 100% CPU, all "
     "threads stuck in string processing while rendering the same question page, which is linked from "
     "the home page right now. restarting a server brings it back for seconds before it's pegged again"),
    ("pm-103", "forum post",
     "Can't upload any activities since this afternoon, from the phone app or the website, upload just "
     "spins and then says it failed. Friends have the same issue. Viewing old activities works fine. Is "
     "it just us?"),
    ("pm-104", "on-call chat",
     "API latency through the roof and nearly all charge requests timing out as of a few min ago. main "
     "db CPU pegged, queries on a hot table that normally take milliseconds are taking seconds. nothing "
     "deployed by the app teams today"),
    ("pm-106", "customer",
     "We just got several credit card charges from our telecom API provider within a few minutes, each "
     "for our auto-recharge amount, and our account balance still shows near zero. Other users on the "
     "forum are reporting the same. Please stop charging our card!"),
    ("pm-107", "junior bug report",
     "After launching the game client on my desktop, everything owned by my user was deleted, my home "
     "directory and even a mounted external backup drive. I had moved the client's install folder to a "
     "different location before this. Reproduced on a second machine, it just wipes files."),
    ("pm-116", "on-call chat",
     "DNS resolution inside several of our container clusters failing intermittently, apps logging 'no "
     "such host' for internal and external names. the cluster DNS pods are restarting constantly. "
     "started around the same time as the nightly data jobs kicked off"),
    ("pm-118", "on-call chat",
     "we were doing rolling node maintenance and the cloud load balancer in front of our ingress "
     "suddenly had zero healthy backends, even though the ingress pods were still running on nodes we "
     "hadn't touched. traffic dropped to nothing for several minutes. the backend pool in the cloud "
     "console literally shrank as we went"),
    ("pm-119", "exec summary",
     "Over the course of an afternoon, application rollouts across our in-store container clusters began "
     "failing and service registration in many stores went unhealthy. CPU on nodes climbed sharply and "
     "container runtimes became unresponsive. The impact spread across most of our locations before "
     "stabilising."),
    ("pm-123", "customer",
     "Card payments got declined at two shops and the app won't load my balance, just spins. Transfers to "
     "friends failed too. My app-only bank's status page says payments may fail. Is everyone having this?"),
    ("pm-002", "customer",
     "Every site we have behind our proxy and security provider is unreachable right now, and so is "
     "their own dashboard and status API. DNS resolves fine but connections to the anycast IPs time out "
     "from every country we tested. Started about 10 minutes ago. Is anyone else seeing a total outage?"),
    ("pm-004", "exec summary",
     "Our company's public nameservers became unreachable from the outside, so every one of our domains "
     "stopped resolving worldwide at the same moment. Internally it is worse: badge readers, internal "
     "tools and remote access are down, so staff cannot easily get in to look. It started during a "
     "planned network job and all our data centers appear isolated from each other."),
    ("pm-006", "support ticket",
     "Our load balancer's external IP and every instance's public IP stopped responding about 15 minutes "
     "ago in the US, Europe and Asia. Traceroutes from outside die before they reach your network. "
     "Internal traffic between our instances is fine. Please advise, this is a global production outage."),
]

VOICES = sorted({v for _, v, _ in REPORTS})


def build():
    rows = []
    for i, (case, _voice, text) in enumerate(REPORTS, start=1):
        rows.append({
            "id": "%s-%03d" % (PREFIX, i),
            "split": "dev" if i % 2 == 1 else "test",
            "expected": [case],
            "text": text,
        })
    return rows


def serialize(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(serialize(build()))
    print("wrote %d reports to %s" % (len(REPORTS), OUT))


if __name__ == "__main__":
    main()
