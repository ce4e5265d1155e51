#!/usr/bin/python3
"""Writer c20: hand-typed problem reports -> queries.jsonl.

Every report is typed by hand below as data. This script only numbers them,
assigns splits (odd positions dev, even positions test), checks the avoid
lists (case-insensitive, word boundaries) and writes queries.jsonl.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "queries.jsonl")

# Company, product, vendor and brand names (and close variants) that must never appear.
GLOBAL_AVOID = [
    "allegro", "cloudflare", "etsy", "thousandeyes", "facebook", "gocardless", "google", "gmail",
    "youtube", "gce", "gcp", "gcs", "heroku", "dyno", "dynos", "azure", "microsoft", "windows",
    "amazon", "aws", "s3", "ec2", "ebs", "elb", "rds", "dynamodb", "github", "gitlab", "git",
    "travis", "knight", "nyse", "subversion", "svn", "webkit", "mozilla", "firefox", "chrome",
    "chromium", "linux", "lkml", "kernel.org", "mac", "macos", "ios", "android", "iphone",
    "at&t", "att", "basecamp", "bbc", "iplayer", "bintray", "bitly", "bit.ly", "browserstack",
    "buildkite", "bungie", "eve online", "chef", "circleci", "discord", "dropbox", "duo", "epic",
    "fortnite", "eslint", "npm", "gentoo", "gliffy", "homebrew", "brew", "instapaper", "joyent",
    "manta", "kickstarter", "mailgun", "mailchimp", "mandrill", "medium", "netflix", "pagerduty",
    "parity", "ethereum", "ether", "eth", "bitcoin", "btc", "reddit", "salesforce", "sentry",
    "shapeshift", "skyliner", "slack", "spotify", "square", "stackdriver", "stack exchange",
    "stackexchange", "stack overflow", "stackoverflow", "serverfault", "strava", "stripe",
    "tarsnap", "twilio", "steam", "valve", "vzaar", "yeller", "zerodha", "skyscanner",
    "kubernetes", "k8s", "gke", "zalando", "target", "monzo", "foursquare", "appnexus",
    "postgres", "postgresql", "mysql", "redis", "mongodb", "mongo", "cassandra", "solr",
    "lucene", "juniper", "memcached", "zookeeper", "jenkins", "kafka", "consul", "docker",
    "java", "jvm", "oracle", "pacemaker", "akamai", "tesco", "apple", "twitter", "pastebin",
    "youtube", "instagram", "pinterest", "ubuntu", "debian",
]

# Per-case words that would give the cause (or the fix) away.
AVOID = {
    "pm-001": ["cpu", "throttling", "throttled", "capacity", "resources", "mesos", "autoscaling", "misconfiguration", "limit", "limits"],
    "pm-002": ["flowspec", "99971", "attack", "ddos", "filter", "rule", "packet size"],
    "pm-003": ["bittorrent", "torrent", "peer", "peers", "p2p", "swarm"],
    "pm-005": ["raid", "controller", "constraint", "promote", "promotion", "crm", "migration-threshold"],
    "pm-006": ["bgp", "announce", "announcement", "withdraw", "withdrawn", "configuration", "config", "canary", "propagation", "ip block", "ip blocks"],
    "pm-007": ["configuration", "config", "bug"],
    "pm-008": ["sync", "synchronization", "load balancer", "load balancing", "quota", "overload"],
    "pm-009": ["malware", "stopbadware", "slash", "list", "human error", "pattern"],
    "pm-011": ["metadata", "blob", "configuration", "config"],
    "pm-012": ["configuration", "config", "maintenance", "control plane", "descheduled", "jobs"],
    "pm-014": ["table", "infinite loop", "loop", "front-end", "frontend", "performance update", "flighting", "deployment"],
    "pm-018": ["deleted", "deletion", "images", "image", "cleanup", "garbage"],
    "pm-020": ["truncate", "truncated", "test", "tests", "database", "tables", "production", "environment variable"],
    "pm-022": ["atlanta", "backbone", "router", "configuration", "config", "bgp", "prefix", "prefixes"],
    "pm-024": ["storm", "power", "generator", "generators", "electrical", "ups", "utility", "lightning", "derecho", "weather"],
    "pm-026": ["power", "firmware", "disk", "disks", "drive", "drives"],
    "pm-027": ["lightning", "strike", "strikes", "power", "grid", "battery", "storm"],
    "pm-029": ["partition", "failover", "orchestrator", "cross-country", "west coast", "east coast", "replication", "fiber", "optical", "43"],
    "pm-030": ["lock", "locks", "locking", "alter", "migration", "ddl", "schema", "queue", "queued"],
    "pm-032": ["power peg", "smars", "flag", "repurposed", "dead code", "deployment", "eighth", "server"],
    "pm-033": ["sha1", "sha-1", "collision", "hash", "shattered", "pdf"],
    "pm-034": ["leap", "february", "feb", "29", "certificate", "cert", "valid-to", "guest agent", "date"],
    "pm-035": ["leap", "ntp", "xtime", "printk", "deadlock", "clock", "time"],
    "pm-036": ["leap", "ntp", "hrtimer", "futex", "clock", "timer", "time"],
    "pm-037": ["certificate", "cert", "expired", "expiry", "expire", "signing", "signature", "intermediate"],
    "pm-038": ["typo", "command", "playbook", "billing", "capacity", "index", "placement", "restart", "removed"],
    "pm-039": ["bit", "corruption", "corrupted", "gossip", "checksum", "flip"],
    "pm-040": ["network change", "re-mirroring", "mirror", "mirroring", "race", "router", "re-mirror"],
    "pm-041": ["deleted", "deletion", "state data", "maintenance process", "developer"],
    "pm-042": ["membership", "metadata", "storage servers", "partition", "partitions", "secondary index", "gsi"],
    "pm-043": ["double free", "free", "memory", "object deletion", "delete", "deleted"],
    "pm-044": ["break", "switch statement", "software update", "4ess", "bug", "code"],
    "pm-045": ["ddos", "denial", "attack", "extortion", "botnet", "ransom", "blackmail", "flood"],
    "pm-046": ["integer", "int", "primary key", "2147483647", "overflow", "max", "id", "ids"],
    "pm-047": ["database", "metadata", "cache", "caching", "cached"],
    "pm-049": ["source code", "repository", "employee", "2fa", "two-factor", "compromised"],
    "pm-050": ["shellshock", "bash", "prototype", "keys", "iam", "backup", "vulnerable", "hacked", "hacker"],
    "pm-057": ["parser", "buffer", "overrun", "overflow", "html rewriting", "obfuscation", "ragel", "memory", "leak"],
    "pm-058": ["regex", "regular expression", "waf", "backtracking", "rule", "rules", "firewall"],
    "pm-061": ["upgrade", "os", "script", "operating system", "reinstall"],
    "pm-063": ["database", "mcp", "xmpp", "connection pool", "cache"],
    "pm-064": ["token", "tokens", "npmrc", "malicious", "compromised", "password", "2fa", "account", "hijacked"],
    "pm-067": ["shard", "shards", "sharding", "chunk", "chunks", "fragmentation", "fragmented", "rebalance", "ram", "memory"],
    "pm-068": ["password", "compromised", "admin", "credentials", "credential", "hijacked", "guessed"],
    "pm-069": ["amplification", "ddos", "udp", "11211", "reflection", "reflected", "attack", "attacker"],
    "pm-071": ["rm", "deleted", "deletion", "replication", "replica", "pg_basebackup", "backup", "backups", "spam", "wrong"],
    "pm-072": ["deleted", "deletion", "admin", "backup", "backups", "restore", "restoring"],
    "pm-075": ["filesystem", "corruption", "corrupt", "corrupted", "kernel", "overlay"],
    "pm-077": ["token", "jenkins", "personal access", "environment variable", "leaked", "leak"],
    "pm-078": ["2tb", "file size", "ext3", "limit", "terabytes"],
    "pm-079": ["vacuum", "autovacuum", "wraparound", "lock", "locks", "transaction id", "xid"],
    "pm-080": ["typo", "command", "operator", "human error", "tool", "mistake"],
    "pm-083": ["wraparound", "transaction id", "xid", "vacuum"],
    "pm-084": ["alt", "altgr", "ctrl", "control key", "shortcut", "key binding", "keybinding"],
    "pm-085": ["chaos", "bug", "leak"],
    "pm-088": ["initwallet", "init", "library", "delegatecall", "owner", "ownership", "fallback", "constructor"],
    "pm-090": ["autoscaler", "migration", "puppet", "terminated", "termination"],
    "pm-091": ["circuit breaker", "breaker", "firmware", "storage array", "power"],
    "pm-092": ["wraparound", "transaction id", "xid", "vacuum"],
    "pm-093": ["employee", "insider", "stole", "stolen", "theft", "hacker", "hacked"],
    "pm-097": ["multipass", "deploy", "deployed", "retry", "retries", "thundering"],
    "pm-100": ["regex", "regular expression", "whitespace", "backtracking", "trim"],
    "pm-103": ["integer", "int", "overflow", "primary key", "id", "2147483647", "32-bit", "signed"],
    "pm-104": ["index", "indexes", "database", "migration"],
    "pm-106": ["master", "slave", "resync", "resynchronization", "recharge"],
    "pm-107": ["rm", "rm -rf", "steamroot", "variable", "script", "sh"],
    "pm-116": ["coredns", "dnsmasq", "oom", "memory", "ndots"],
    "pm-118": ["externaltrafficpolicy", "health check", "healthcheck", "local", "cluster policy"],
    "pm-119": ["log", "logs", "logging", "sidecar", "message bus"],
    "pm-123": ["nodes", "database", "scaling"],
}

# (case, voice, text) -- typed by hand.
REPORTS = [
    ("pm-027", "support ticket",
     "Since about 16:00 UTC a subset of our persistent disks in europe-west1-b are returning I/O errors. Two of the VMs "
     "using them have remounted their root volume read-only and one database replica refuses to start. Snapshots of the "
     "affected disks fail with an internal error; disks in the other zones look fine. Can you tell us whether the data on "
     "these volumes is at risk and whether we should rebuild elsewhere?"),
    ("pm-067", "on-call chat",
     "check-ins are timing out for basically everyone since ~11am ET. one of the data nodes is way hotter than the rest, "
     "iowait pinned at 90%+ and it's doing far more disk reads than its siblings. we bounced it, it came back for a few "
     "minutes and fell over again. tried pointing reads elsewhere, no change. anyone have ideas before we just take the "
     "site down?"),
    ("pm-003", "on-call chat",
     "search index push is taking 40+ minutes again. the indexing master's outbound NIC is flat at line rate the whole time "
     "while the ~20 search replicas all pull the new copy from it at once, and results on the site are stale until the "
     "last one finishes. adding more replicas just made it slower. is anyone else touching that box?"),
    ("pm-047", "customer email",
     "Dear team, since earlier today the catch-up TV player on my tablet shows an error for every programme I try, and "
     "the main website is either blank or extremely slow. My neighbours have the same problem, so I don't think it's my "
     "broadband. It has been like this for over two hours now. Could you tell me when it will be back?"),
    ("pm-075", "support ticket",
     "Some of our app containers on your platform crash on boot with errors like 'invalid ELF header' or Ruby syntax errors "
     "inside gems we haven't changed in months. The same release runs fine on other containers at the same moment. "
     "Restarting the process usually lands it somewhere healthy and the errors stop for a while. We've seen this about a "
     "dozen times since yesterday. Please investigate - it's not our code."),
    ("pm-097", "customer email",
     "Your point-of-sale app logged me out right in the middle of lunch rush and would not let me back in, it just said "
     "something went wrong. I tried the second device and the website too, same thing. We couldn't take cards for nearly "
     "two hours and had to turn people away. What happened and will it happen again?"),
    ("pm-093", "on-call chat",
     "hot wallet doesn't reconcile. ledger says we should hold a few hundred more coins than the wallet actually has, and the "
     "outgoing transfers that make up the difference don't match any customer orders. no alerts fired. freezing "
     "withdrawals until someone explains these tx - who has had access to the wallet hosts this week?"),
    ("pm-001", "non-native English speaker",
     "Hello, today exactly when the big sale started I try to buy, but the page show error 'something went wrong' "
     "and mobile app also not open the offers. I try many times during one hour, also from other computer. My friend "
     "have the same. Please tell me if the discount will be still valid after you repair it."),
    ("pm-077", "security researcher",
     "While browsing the output of your public CI server I noticed a long string in one of the build jobs that looked like "
     "an API secret. I checked it against the code host's API with a read-only call: it is live and has push access to "
     "your core repositories and the main package recipe repo. I have not pushed anything. Please treat this as urgent; "
     "happy to share exact job URLs privately."),
    ("pm-024", "on-call chat",
     "fri ~23:00 ET: a big chunk of our instances in one AZ of us-east-1 went dark at the same time, status checks failing. "
     "the volumes attached to the ones that survived show 'impaired' and IO is hung. trying to launch replacements in the "
     "other zones but API calls are hanging or erroring, and our load balancers in the region are flaky too. site is "
     "mostly down, paging everyone."),
    ("pm-002", "status-page draft",
     "Investigating - We are seeing a complete loss of reachability to all of our edge locations worldwide. Websites that "
     "use our network are returning connection timeouts from every region we've tested, and our own dashboard and API are "
     "also unreachable. Several edge devices are not responding on their management ports. Next update in 30 minutes."),
    ("pm-005", "on-call chat",
     "api is hard down, every request 500ing and the dashboard is stuck on a spinner. primary db host stopped answering "
     "about 20 min ago and the logs on it are full of IO errors. the HA manager should have moved the floating IP to the sync "
     "standby by now but both standbys are still just sitting there as replicas and the cluster status shows every "
     "resource stopped. anyone know how to get it going without making it worse?"),
    ("pm-006", "pasted alert",
     "[FIRING] ext-probe-http: 0/14 probe regions can reach any public IP of our VMs (all regions, started 19:09 PT)\n"
     "^ every instance we have at this cloud provider is unreachable from the internet at once, but VM-to-VM traffic "
     "inside the project still works. anyone else seeing this?"),
    ("pm-007", "customer email",
     "Hi, at about 11:00 this morning nobody in our office could get into email, the shared calendar or our online "
     "documents. We just got a server error page asking us to try again in a few seconds. It was fine again after "
     "roughly half an hour but we missed two client calls. Was this on your side, and can you confirm no messages were "
     "lost?"),
    ("pm-008", "forum post",
     "My browser keeps crashing every couple of minutes since this afternoon, on both my work laptop and my home PC. It "
     "only happens in the profile where I'm signed in with my account; a guest window stays open fine. Reinstalling made "
     "no difference. Web mail from the same company was also erroring at the same time, not sure if related."),
    ("pm-009", "support ticket",
     "Since about 40 minutes ago every result that links to our site - and as far as I can see every result for every "
     "site, including yours - carries a warning that visiting it might damage the visitor's computer. Clicking through "
     "lands on a warning page instead of our site. Our inbound search traffic has dropped to almost zero. We have scanned "
     "our servers and found nothing. Please advise."),
    ("pm-011", "SRE handover note",
     "Handover: cloud object storage has been throwing elevated 503s on both reads and uploads since early evening, in several "
     "regions, not just ours. Retries with backoff mostly get through but p99 latency is awful and the nightly export job "
     "failed twice. Attachments in the office mail suite were also failing to open. Provider status page acknowledges "
     "'elevated error rates', no ETA. Export is paused; rerun once errors drop below 1%."),
    ("pm-012", "on-call chat",
     "heads up: seeing 30-40% packet loss from our VMs in the us-east regions to anything outside, latency all over the "
     "place. central looks better. video calls and the streaming site are also broken for half the office, same provider. "
     "nothing changed on our side since friday. going to fail the frontend over to europe unless someone objects."),
    ("pm-014", "support ticket",
     "Around 01:00 UTC all of our VMs in West Europe and East US became unreachable and blob downloads started timing out. "
     "Several VMs came back after we restarted them from the portal but two now hang at boot with disk errors, and we "
     "cannot RDP into them. Our web sites hosted on your platform are also returning errors. This is affecting production "
     "for multiple customers; please escalate."),
    ("pm-018", "junior bug report",
     "Summary: every CI build fails before any of our steps run.\nSince this morning all jobs that use the full-VM build "
     "environment die right at the start, before cloning the repo, with a message that the worker could not boot an "
     "instance, and then they get requeued and fail again. Container-based jobs in another project still pass. We didn't "
     "change our config file. Is this something on our side?"),
    ("pm-020", "forum post",
     "Logged into the CI dashboard this morning and it says I have no repositories enabled - all of them are gone, along "
     "with the build history for our whole organization. It also signed me out and made me authorize the app again. "
     "Anyone else seeing an empty account?"),
    ("pm-022", "status-page draft",
     "Investigating - Starting at approximately 21:12 UTC, traffic served from many of our locations in North America and "
     "Europe is failing. Customers may see 502 errors, timeouts or very slow page loads, and our public DNS resolver is "
     "also failing for some users. We are working to isolate the affected locations. Next update in 15 minutes."),
    ("pm-026", "shift log",
     "00:23 site-wide 5xx, app workers timing out.\n00:25 roughly a quarter of hosts in the primary DC unreachable, came back "
     "on their own within minutes but with fresh uptimes.\n00:40 app hosts fine, but several cache-tier boxes stuck during "
     "boot and won't come up; app can't start without them.\n01:30 still hard down, building replacement cache hosts."),
    ("pm-029", "customer email",
     "Since last night webhooks haven't fired for our organization and pull request pages show stale state - pushes we "
     "made two hours ago aren't visible in the web UI even though the push succeeded from the command line. Our static "
     "site builds are stuck as well. Your status page says 'degraded' but gives no timeline. When will things catch up?"),
    ("pm-030", "junior bug report",
     "During today's 14:02 deploy the API stopped answering for about 15 seconds: every request hung and then they all "
     "completed at once. Database CPU was basically idle the whole time, but the number of connections jumped to the max. "
     "It only happens on some deploys, not all of them. I attached the latency graph and the deploy log."),
    ("pm-032", "shift log",
     "09:31 our automated market-making system starts sending a huge volume of child orders in ~150 listed names.\n09:35 "
     "positions building very fast, we're buying at the offer and selling at the bid on the same stocks, over and over.\n"
     "09:45 nobody can find how to stop it; the exchange is calling us.\n10:15 finally halted. Net position several "
     "billion dollars, losses unknown but large."),
    ("pm-033", "forum post",
     "After a colleague committed two small test files for a browser regression test, our version-control server started "
     "returning 'Checksum mismatch' for that revision on checkout and update, and our read-only mirror that follows trunk "
     "is stuck on it. Fresh checkouts of trunk fail for everyone. Reverting the commit didn't help since the revision is "
     "still in history. Has anyone seen this?"),
    ("pm-034", "customer email",
     "Since about 4pm Pacific yesterday, new deployments and scale-up operations for our cloud service hang at 'starting "
     "role' and eventually time out. Existing instances keep running, but any that were moved to a new host after a "
     "hardware problem never came back up. The management portal is also very slow. We are unable to deploy a critical "
     "fix; please tell us what is going on."),
    ("pm-035", "shift log",
     "Jan 1, 00:00:0x UTC: 3 db boxes and a file server stopped answering ping at the same instant. Console frozen, no "
     "panic message, magic SysRq does nothing. Power-cycled one - boots clean, nothing in the logs. Other machines on the "
     "same hardware and same build are fine. Not touching the rest until day shift."),
    ("pm-036", "forum post",
     "Is anyone else seeing this? Since just after midnight UTC our app-server processes on about half the fleet are "
     "pegging 100% CPU, and so are the database daemons, even though load is normal and nothing was deployed. Restarting "
     "the process doesn't help; the CPU comes straight back. A full reboot of the box fixes it. Different hardware, same "
     "distro."),
    ("pm-037", "app-store review",
     "1 star. Woke up and every single one of my browser extensions is disabled - ad blocker, password manager, all of "
     "them. It says they couldn't be verified for use and I can't reinstall them from the official site either, the "
     "install button just errors. Didn't change anything. Please fix asap."),
    ("pm-038", "pasted alert",
     "CRITICAL object-store-errors: PUT/GET 5xx rate 100% for us-east-1 buckets (threshold 5%) since 09:37 PT\n"
     "everything that serves images or static assets from the bucket is broken, and even the provider's own status "
     "dashboard isn't updating."),
    ("pm-039", "forum post",
     "Is the hosted object storage down for everyone in the US? For the last couple of hours every request returns "
     "'service unavailable', both reads and writes, from several of our servers. All the images on our shop are gone and "
     "customers are complaining. The provider forum only says they are investigating. No ETA at all."),
    ("pm-040", "SRE handover note",
     "Storage volumes in one AZ in us-east-1 are stuck: any IO to them hangs and the instance attached hangs with it. "
     "Create/attach volume API calls time out across the whole region, so we can't even rebuild in the other zones. Our "
     "managed DB instances in that zone are unreachable. It has been ~12h; provider updates say recovery of the stuck "
     "volumes is slow. Don't reboot any more instances there, they don't come back."),
    ("pm-041", "on-call chat",
     "some of our load balancers in us-east-1 started returning errors / dropping requests this afternoon while others in "
     "the same region are fine. api calls to modify the broken ones just error out. streaming starts on TV devices are "
     "failing for a big chunk of users. of all days, christmas eve."),
    ("pm-042", "status-page draft",
     "Investigating - Beginning at 2:19 AM PDT we are seeing elevated error rates for requests to our hosted key-value "
     "database in US-EAST-1. Other regional services that depend on it, including queues, instance auto-scaling and "
     "metrics, are also experiencing increased errors and latency. We are working to recover."),
    ("pm-043", "shift log",
     "15:19 all impression-serving hosts in every datacenter crash within seconds of each other.\n15:22 restarted a "
     "batch, they come up, serve for a minute or two, crash again. Core files all show the same stack.\n15:40 still zero "
     "bids going out globally. Nothing deployed today."),
    ("pm-044", "exec summary",
     "Starting at about 2:25 this afternoon, completion for long-distance calls across the national network dropped to "
     "roughly half. Our switching centers are taking themselves out of service and back in, and the resets appear to be "
     "spreading from one center to the next in a wave. The problem has continued for several hours; customers are "
     "getting 'all circuits busy'."),
    ("pm-045", "customer email",
     "We can't load any of our projects - the site has been timing out for the last hour or so, and your status page is "
     "very slow too. Our whole company runs on this, so please let us know what's going on and whether our data is "
     "safe."),
    ("pm-046", "support ticket",
     "We can read all our projects, but nothing can be posted: every new comment, to-do or file upload fails with a "
     "message that the app is in read-only mode. This started around 09:00 our time and has lasted several hours. Your "
     "status page says 'investigating'. Our team is blocked - when can we write again?"),
    ("pm-049", "security researcher",
     "Our monitoring flagged reads of our offsite archive storage from an address range we have never used. The objects "
     "fetched include a copy of the user table: email addresses, salted password hashes and connected social-network "
     "login grants. We're trying to establish what was taken, when, and how the requests were authorized."),
    ("pm-050", "customer email",
     "I just received an email from your domain saying the service is shutting down and that you've been lying about "
     "how you handle customer data. Several people on my team got the same message. Is this real? If not, how did it "
     "get sent to your customer list?"),
    ("pm-057", "security researcher",
     "While fuzzing I noticed that responses from some sites behind your reverse proxy contain chunks of unrelated data "
     "after the page: HTTP headers, cookies, POST bodies and auth fragments that clearly belong to other customers' "
     "sites. Search engines have cached some of these pages already. Please contact me urgently; I can share samples."),
    ("pm-058", "pasted alert",
     "ALERT edge-cpu-util > 95% on 100% of locations for 5m\n"
     "every edge box in every city pegged at once a couple of minutes ago, customers getting 502s everywhere."),
    ("pm-061", "app-store review",
     "The website wouldn't let me log in Friday evening and now it's Sunday and my photos tab still doesn't load. The "
     "desktop app says everything is up to date but new files aren't showing on my phone. Paying customer, very "
     "disappointed."),
    ("pm-063", "forum post",
     "Stuck on the 'logging in' screen for half an hour, then it put me in a queue. When I finally got in my friends list "
     "was empty and party invites didn't work, and matchmaking failed twice. Anyone else on this busy Saturday night?"),
    ("pm-064", "junior bug report",
     "After a fresh install this afternoon our CI builds fail with a SyntaxError coming from the scope-analysis package "
     "that the linter depends on (new patch release). I opened the file and it makes an HTTP request to an external paste "
     "site and evals whatever comes back. Pinning the previous version makes the build pass. Is this expected?"),
    ("pm-068", "forum post",
     "The mirror of our distro's package tree on the code hosting site has commits I don't recognize, and some of the "
     "package recipes now contain commands that would wipe the filesystem. "
     "Please don't sync from that mirror until someone figures out what's going on."),
    ("pm-069", "pasted alert",
     "[CRIT] edge-ingress: inbound 1.3 Tbps, transit links saturated (all sites)\n"
     "site intermittently unreachable for the last few minutes; almost all of this traffic is coming from a single source "
     "port."),
    ("pm-071", "customer email",
     "The site was down most of the night, and now that it's back, issues and merge requests our team created yesterday "
     "afternoon are gone, and two projects we set up at around 5pm no longer exist. Code we pushed seems fine. Can you "
     "tell us if the rest of that data is coming back?"),
    ("pm-072", "customer email",
     "Our whole team hasn't been able to open any of our diagrams for two days - the editor shows a maintenance page and "
     "the online-help link is dead too. We have a deliverable due tomorrow. Is our work safe, and is there any way to at "
     "least export it?"),
    ("pm-078", "app-store review",
     "Can't save new articles at all since yesterday - my existing list loads but everything new just fails. Now the app "
     "won't even sync and I can't reach my archive. This is the only read-later app I use."),
    ("pm-079", "on-call chat",
     "object store writes are hanging for a large slice of keys - PUTs time out or come back 500, GETs mostly fine. all "
     "the bad ones map to the same metadata shard. the db on that shard has hundreds of queries sitting in 'waiting' but "
     "cpu and disk are low. started about 40 mins ago, nothing deployed."),
    ("pm-080", "customer email",
     "Every one of our instances in your us-east-1 datacenter went down at the same moment this evening. They came "
     "back over the next hour or so with uptimes showing a fresh boot, some much later than others. Nothing in our other "
     "region was affected. Please explain what happened."),
    ("pm-083", "support ticket",
     "Our transactional emails (password resets, receipts) are delayed by hours and roughly a fifth of API sends return "
     "errors since last night. Searching the activity log shows nothing newer than yesterday. Webhooks also stopped. "
     "Please escalate - our customers cannot log in without the reset mails."),
    ("pm-084", "non-native English speaker",
     "Hello, when I write my story in Polish on your editor, the letter ś is disappearing - I press it and nothing appears. "
     "Other letters like ą, ę, ł are working. In a normal text editor on the same computer it works. Please can you check, "
     "I must now write 'sa' and change later."),
    ("pm-085", "SRE handover note",
     "Storage volumes in one zone of our primary US region have been degraded since ~10:00 PT; instances backed by them "
     "hang and the load balancers in that zone are misbehaving. We shifted traffic to the other two zones; streaming "
     "starts look normal, but a few internal services that can't run outside that zone are still erroring."),
    ("pm-088", "security researcher",
     "Three multi-signature wallets, each requiring 2-of-3 approvals, were drained within minutes by transactions sent from "
     "one unknown address - about 150k coins in total. Each drain was done with a single transaction, with no co-signer "
     "involved. Other wallets deployed from the same code look exposed. Needs attention immediately."),
    ("pm-090", "on-call chat",
     "site is 503 everywhere. half the app server pool is gone from the cloud console - not unhealthy, gone, no "
     "instances. nobody in here touched them? caches are cold so the rest fall over as soon as we point traffic at them."),
    ("pm-091", "exec summary",
     "Our CRM instance on one of the vendor's pods was unavailable for most of a business day. After it came back, records "
     "our sales team entered during a window of about four hours earlier that day are missing, and the vendor says that "
     "data can't be recovered. Performance stayed poor for days afterwards."),
    ("pm-092", "status-page draft",
     "Investigating - We are currently not accepting new events. The primary datastore behind ingestion has stopped "
     "accepting writes. Events sent during this time may be dropped. "
     "Dashboards remain readable."),
    ("pm-100", "pasted alert",
     "CRIT web-tier: CPU 100% on all web servers, LB marking every backend unhealthy, home page 503\n"
     "nothing deployed in the last hour; went from fine to dead in about a minute."),
    ("pm-103", "app-store review",
     "Finished a 90km ride and the app won't upload it - 'upload error' every time since yesterday evening. Tried "
     "re-syncing from my bike computer and uploading through the website, same failure. Rides and data are safe on the "
     "device but my streak is gone."),
    ("pm-104", "support ticket",
     "Ticket: checkout failing. Our checkout was failing for about 30 minutes this afternoon; your payments API returned 500s and timeouts for most "
     "of our charge requests, and the dashboard was very slow. We lost sales. Please send us an incident report and "
     "confirm that no charges went through twice."),
    ("pm-106", "customer email",
     "My card was charged for an account top-up over and over this morning - 11 times in one hour - and yet the account "
     "shows a zero balance and outgoing SMS were suspended. Our app can't send verification codes. Please stop charging "
     "me and restore our service."),
    ("pm-107", "forum post",
     "After I moved the game client's folder to a different drive and started it, it deleted everything in my home "
     "directory, including an external backup drive mounted under /media. Years of files gone. Has anyone else had this "
     "happen? I'm afraid to start it again."),
    ("pm-116", "on-call chat",
     "lots of services in several clusters throwing 'temporary failure in name resolution' / UnknownHostException this "
     "morning, intermittent but heavy. internal and external names both affected, retries sometimes work. "
     "anyone deploy anything cluster-wide this morning?"),
    ("pm-118", "non-native English speaker",
     "Hello, we have problem: when we drain a node for maintenance, during some seconds our service behind the cloud load "
     "balancer give connection timeouts and some 502 to the users. Pods are moved correctly to the other nodes and are "
     "ready. It happens every time we do drain, also with only 1 node. What we do wrong?"),
    ("pm-119", "shift log",
     "02:40 CPU on dozens of container worker nodes climbing "
     "to 100%.\n03:05 service-registration health checks flapping, services dropping out of discovery, deploys failing.\n"
     "03:30 container runtime on several nodes unresponsive; paging platform team."),
    ("pm-123", "app-store review",
     "Card declined twice at the supermarket and the app won't load my balance, just says something went wrong. A bank "
     "transfer I sent this afternoon hasn't arrived either. Had to borrow money to pay. Been like this for hours."),
    # second reports of low-count cases, different voices
    ("pm-027", "SRE handover note",
     "EU zone b still not right: 3 of our 40 persistent disks still report read errors a day after yesterday afternoon's "
     "event, and the provider says recovery is ongoing. One db replica's disk came back with unreadable blocks - we "
     "rebuilt it from the primary. Don't trust any snapshot of zone-b disks taken yesterday afternoon; other zones were "
     "never affected."),
    ("pm-067", "app-store review",
     "Couldn't check in anywhere all day, the app just says it's having trouble. It came back in the evening and died "
     "again about an hour later. Lost my streak. Fix your servers!"),
    ("pm-003", "junior bug report",
     "Search results on the site lag behind new listings by an hour or more on busy days. I looked at the indexing job: "
     "building the index is fast, but copying it out to all the search replicas takes most of the time, and the copy "
     "gets slower every time we add a replica. During the copy the master's network graph is maxed out. Attaching the "
     "timing breakdown."),
    ("pm-047", "shift log",
     "14:10 catch-up player returning errors for all programmes, front page intermittent.\n14:25 request rate to the "
     "programme-information backend way above normal, response times climbing.\n15:00 news and sport pages also failing "
     "to render.\n16:30 still degraded, some pages served, video mostly not. Escalated to duty manager."),
    ("pm-075", "forum post",
     "Anyone else seeing weird crashes on the hosted app platform? Since yesterday our workers occasionally segfault at "
     "start and one boot failed because a compiled library file was zero bytes. The same build runs fine on the next "
     "restart. Nothing changed in our app or buildpack."),
    ("pm-097", "pasted alert",
     "[PAGE] seller-login error rate 62%, p99 31s (threshold 5% / 2s)\n"
     "sellers being logged out of every app and can't log back in; payments failing as a result."),
    ("pm-093", "exec summary",
     "For the second time in a few weeks, funds have left our hot wallets without corresponding customer orders, this "
     "time shortly after we rebuilt the infrastructure. Trading has been halted and the exchange is in maintenance mode "
     "while we audit every system and access path. Customer balances held in the wallets are affected."),
    ("pm-001", "on-call chat",
     "main site is throwing 5xx for a big share of users since the big promo went live, checkout and listing pages worst. "
     "one of the backend services in the chain has p99 over 10s and its instances keep getting killed and restarted. "
     "we're trying to add instances but they don't seem to come up. marketing is asking for an ETA."),
    ("pm-077", "on-call chat",
     "someone just emailed security@ saying they could push to our main repo and the formula repo. they say they didn't. "
     "can we check every commit on master from the last few weeks against the maintainer list? also who has admin on the "
     "CI server"),
    ("pm-024", "exec summary",
     "Late Friday night our main hosting region lost a large fraction of servers in one availability zone at once, taking "
     "down our photo feed and new registrations for about six hours. Recovery was slowed because the provider's management API was "
     "also impaired, so we could not quickly move to other zones. Several other large consumer sites were down at the "
     "same time."),
    # second reports of other cases
    ("pm-008", "junior bug report",
     "Title: browser crashes on startup for many staff.\nSince ~10:30 about a third of our office reports the browser "
     "closing itself within a minute of opening, sometimes immediately. Only users who are signed into the browser with "
     "their account are affected. Clearing the cache and reinstalling didn't help. Crash reports attached."),
    ("pm-043", "exec summary",
     "Our ad-serving platform stopped delivering ads globally for about two hours this afternoon. Every serving host "
     "crashed repeatedly at the same time across all datacenters; restarts did not hold. Publishers saw blank slots and "
     "we expect a significant revenue impact for the day."),
    ("pm-091", "support ticket",
     "Our org on the NA pod has been unreachable since this morning. Earlier it was up but extremely slow, then "
     "everything went down. Integrations are failing and users get a maintenance page. We need an estimate and "
     "confirmation of whether any data entered today will be lost."),
    ("pm-005", "exec summary",
     "For roughly 90 minutes this afternoon merchants could not reach our API or dashboard and no payment submissions "
     "were accepted. Engineering reports that the primary database server became unresponsive and the automated standby "
     "did not take over as designed, so the team restored service manually. No data loss currently known."),
    ("pm-088", "customer email",
     "Our token sale's multi-signature wallet shows a zero balance this morning. We didn't authorize any withdrawal and "
     "the other key holders confirm they didn't sign anything. We have your wallet software's latest version. Please "
     "tell us what is happening."),
    ("pm-007", "non-native English speaker",
     "Hello, since maybe twenty minutes I cannot open my mail and also calendar, it show an error page and say try again "
     "later. My colleague in other country have the same. Is the problem only with me or is it general?"),
    ("pm-033", "on-call chat",
     "repo server is broken after r184xxx. anyone doing a fresh checkout of trunk gets a checksum mismatch error and the "
     "mirror sync job is stuck on that revision. the commit only added two small binary test files. builders are all "
     "red."),
    ("pm-063", "SRE handover note",
     "New weekend record for concurrent players and it hurt: login service p99 over 20s, profile service erroring, so we "
     "turned on the login queue. Friends list / presence down for a big share of players. Matchmaking partially working. "
     "Next peak is tomorrow afternoon; we need more headroom before then."),
    ("pm-068", "on-call chat",
     "I just got removed from our project's organization on the code hosting site, and so did every other developer. "
     "repo descriptions and content were changed to offensive text. we don't control it anymore. who has the owner "
     "login?"),
    ("pm-079", "status-page draft",
     "Investigating - Some object uploads and deletes are failing or timing out in our US-East region. Reads of existing "
     "objects are unaffected. Compute jobs that write output are also failing. We have identified the affected component "
     "and are working to restore full service."),
]


def check_avoid(case, text):
    problems = []
    for word in GLOBAL_AVOID + AVOID.get(case, []):
        pat = r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
        if re.search(pat, text, re.IGNORECASE):
            problems.append(word)
    return problems


def build():
    rows = []
    bad = []
    for i, (case, voice, text) in enumerate(REPORTS, start=1):
        hits = check_avoid(case, text)
        if hits:
            bad.append((i, case, hits))
        rows.append({
            "id": "c20-%03d" % i,
            "split": "dev" if i % 2 == 1 else "test",
            "expected": [case],
            "text": text,
        })
    return rows, bad


def main():
    rows, bad = build()
    if bad:
        for i, case, hits in bad:
            print("REFUSED c20-%03d (%s): contains %s" % (i, case, ", ".join(hits)))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d reports to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
