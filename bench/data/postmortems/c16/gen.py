#!/usr/bin/env python3
"""Writer c16: hand-typed problem reports -> queries.jsonl.

Each report is typed by hand below as data (case id, voice, text). Running this
script checks every report against GLOBAL_AVOID and the per-case AVOID lists
(case-insensitive, word boundaries) and writes queries.jsonl.
Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "queries.jsonl")

# Company / product / vendor / brand names that must never appear in a report.
GLOBAL_AVOID = [
    "cloudflare", "google", "gcp", "gce", "gcs", "gke", "gmail", "youtube", "amazon", "aws", "ec2", "ebs",
    "elb", "s3", "rds", "dynamodb", "azure", "microsoft", "github", "gitlab", "travis", "stripe", "twilio",
    "reddit", "netflix", "heroku", "dyno", "dynos", "kickstarter", "foursquare", "bbc", "iplayer",
    "stack overflow", "stackoverflow", "stack exchange", "stackegg", "strava", "mandrill", "mailchimp",
    "mailgun", "pagerduty", "parity", "ethereum", "eth", "homebrew", "eslint", "npm", "salesforce",
    "monzo", "zalando", "fortnite", "epic games", "gentoo", "ebuild", "basecamp", "browserstack",
    "buildkite", "circleci", "dropbox", "gliffy", "instapaper", "joyent", "manta", "knight", "AT&T",
    "subversion", "svn", "webkit", "chrome", "chromium", "mozilla", "firefox", "steam", "valve", "sentry",
    "appnexus", "bitly", "shapeshift", "zerodha", "kite", "yeller", "kubernetes", "k8s", "kubectl",
    "mysql", "postgres", "postgresql", "cassandra", "mongodb", "mongo", "redis", "zookeeper", "memcached",
    "linkerd", "coredns", "kube-dns", "etcd", "juniper", "cisco", "haproxy", "jenkins", "pacemaker",
    "ubuntu", "windows", "linux", "macos", "twitter", "facebook", "tesco", "ntp", "ntpd", "rabbitmq",
    "unicorn", "nginx", "refinitiv", "thomson reuters", "square inc", "openstack", "mesos",
]

# Per-case words that would give the cause (or the fix) away.
AVOID = {
    "pm-002": ["router", "routers", "flowspec", "rule", "packet size", "ddos", "attack"],
    "pm-005": ["raid", "disk", "failover", "fail over", "cluster manager", "replica", "controller"],
    "pm-006": ["ip block", "bgp", "announce", "announcement", "withdrawn", "withdraw", "configuration", "config", "canary", "rollout"],
    "pm-007": ["configuration", "config", "quota"],
    "pm-008": ["sync", "synchronization", "load balancing", "quota", "lock"],
    "pm-011": ["metadata", "configuration", "config", "capacity"],
    "pm-012": ["configuration", "config", "control plane", "maintenance", "descheduled", "congestion"],
    "pm-014": ["infinite loop", "loop", "update", "flighting", "deployment", "rollout", "performance change"],
    "pm-018": ["image", "images", "deleted", "delete", "cleanup", "clean-up", "garbage"],
    "pm-020": ["truncate", "truncated", "database", "test suite", "tests", "tables", "environment variable"],
    "pm-022": ["atlanta", "backbone", "router", "configuration", "config", "prefix"],
    "pm-023": ["state data", "deleted", "delete", "maintenance process", "developer", "maintenance"],
    "pm-024": ["power", "generator", "generators", "storm", "storms", "electrical", "utility", "ups", "derecho"],
    "pm-026": ["power", "firmware", "outage of electricity", "brownout"],
    "pm-027": ["lightning", "storm", "power", "grid", "battery", "strike", "strikes", "electrical"],
    "pm-030": ["lock", "locks", "locking", "locked", "queue", "queued", "long-running", "access exclusive", "foreign key"],
    "pm-033": ["sha1", "sha-1", "collision", "hash", "shattered", "rep-sharing", "deduplication"],
    "pm-034": ["leap", "certificate", "certificates", "cert", "february 29", "feb 29", "expiry", "expiration", "date"],
    "pm-035": ["leap", "time daemon", "clock adjustment", "inserted second"],
    "pm-039": ["gossip", "bit", "corruption", "corrupted", "checksum", "single-bit", "bit flip"],
    "pm-040": ["network change", "re-mirror", "remirror", "re-mirroring", "mirroring", "race condition", "traffic shift"],
    "pm-041": ["memory", "leak", "agent", "dns", "data collection"],
    "pm-042": ["metadata", "membership", "storage servers", "timeouts on retrieval", "index"],
    "pm-043": ["double free", "free", "memory", "deletion", "database update", "delay", "timer"],
    "pm-044": ["software update", "bug", "break statement", "recovery message", "upgrade"],
    "pm-045": ["ddos", "denial", "attack", "extortion", "ransom", "flood"],
    "pm-047": ["database", "cache", "cached", "caching", "throttle", "throttling", "throttled", "overload", "overloaded"],
    "pm-049": ["source code", "repository", "repo", "committed", "credentials", "backup", "backups"],
    "pm-050": ["shellshock", "prototype", "unpatched", "keys", "credentials", "old machine", "hacker", "attacker", "breach"],
    "pm-051": ["downgrade", "downgraded", "downsize", "downsized", "smaller instance", "instance size", "cost", "costs", "resize"],
    "pm-056": ["transaction", "transactions", "database", "table", "one per minute"],
    "pm-057": ["parser", "ragel", "buffer overrun", "overflow", "overrun", "obfuscation", "html rewriting"],
    "pm-061": ["upgrade", "operating system", "script", "database", "os"],
    "pm-063": ["database", "mcp", "xmpp", "connection pool", "cache", "overload"],
    "pm-064": ["compromised", "account takeover", "password", "reused", "2fa", "two-factor", "maintainer account"],
    "pm-067": ["shard", "shards", "sharding", "memory", "ram", "fragmentation", "fragmented", "imbalance"],
    "pm-069": ["ddos", "denial", "attack", "amplification", "flood", "traffic spike", "udp"],
    "pm-068": ["password", "guessed", "credentials", "admin account", "brute"],
    "pm-072": ["delete", "deleted", "deletion", "database", "backup", "backups", "restore", "restoring", "admin", "administrator"],
    "pm-075": ["kernel", "overlay", "ext4", "upgrade", "filesystem", "file system"],
    "pm-077": ["jenkins", "log", "logs", "environment", "build logs", "ci", "leaked", "leak"],
    "pm-078": ["2tb", "limit", "file size", "ext3", "terabytes", "size limit"],
    "pm-079": ["vacuum", "wraparound", "lock", "locks", "metadata", "autovacuum"],
    "pm-080": ["operator", "typo", "command", "human error", "mistake", "reboot command"],
    "pm-081": ["order by", "ordering", "limit", "binlog", "statement-based", "bug", "nondeterministic", "non-deterministic"],
    "pm-082": ["secondary", "secondaries", "primary", "replica", "replicas", "read preference"],
    "pm-083": ["wraparound", "transaction id", "xid", "vacuum", "shard"],
    "pm-084": ["shortcut", "shortcuts", "altgr", "alt", "ctrl", "control", "hotkey", "key combination"],
    "pm-085": ["memory", "leak", "agent", "dns", "data collection"],
    "pm-086": ["partition", "partitioned", "peering", "quorum", "cassandra"],
    "pm-088": ["initwallet", "library", "delegatecall", "fallback", "public function", "visibility", "owner", "owners"],
    "pm-090": ["autoscaler", "auto-scaler", "puppet", "migration", "coordination service"],
    "pm-091": ["power", "circuit", "breaker", "storage", "firmware", "array", "failover", "fail over"],
    "pm-092": ["wraparound", "transaction id", "xid", "vacuum", "freeze"],
    "pm-093": ["employee", "insider", "stole", "stolen", "hacker", "rogue", "staff"],
    "pm-097": ["retry", "retries", "cascading", "roster", "multipass", "auth service", "deploy"],
    "pm-099": ["egg", "game", "april", "widget", "polling", "fools"],
    "pm-103": ["integer", "primary key", "32-bit", "2147483647", "overflow", "int"],
    "pm-104": ["index", "indexes", "database", "manual", "migration", "operation"],
    "pm-106": ["master", "slave", "replication", "resync", "restart", "empty"],
    "pm-107": ["rm", "rm -rf", "script", "variable", "empty path"],
    "pm-109": ["partition", "partitioned", "rolling restart", "split brain"],
    "pm-110": ["penny", "oms", "vendor", "split", "trades", "order management"],
    "pm-111": ["leased line", "backup line", "link", "exchange connectivity", "ctcl"],
    "pm-116": ["oom", "memory", "killed", "limits", "resources"],
    "pm-117": ["memory", "limits", "requests", "reserved", "oom", "resource", "resources"],
    "pm-118": ["cordon", "cordoned", "unschedulable", "exclude", "label", "externaltrafficpolicy", "service controller"],
    "pm-123": ["etcd", "service discovery", "endpoints", "proxy", "upgrade"],
}

# (case id, voice, text) -- typed by hand. Order here is the output order.
REPORTS = [
    ("pm-047", "status-page draft",
     "Investigating: since late morning the on-demand video player and large parts of the public website are failing "
     "to load for a big share of visitors. Some pages come up with blank panels where schedules and episode lists "
     "should be; others just time out. Live radio and TV streams are also patchy. Next update in 30 minutes."),
    ("pm-067", "app-store review",
     "1 star. Been trying to check in all evening and the app just spins and then says something went wrong. "
     "The website is down too, just a cartoon error page. Lost my streak because of this, fix it!!"),
    ("pm-081", "junior bug report",
     "Possible issue: a reporting query fails on the read copy with 'Duplicate entry' but the exact same query works on the main "
     "server. I compared the pledges table between them and a few hundred rows have different position values on the "
     "copy. Nothing in this week's deploys touches that table. Not sure how long it has been like this."),
    ("pm-027", "customer email",
     "Hello, since Thursday afternoon several of our VMs in your Belgian zone have been misbehaving: two restarted with "
     "no notice and one attached persistent volume now returns read errors. fsck found damaged blocks, and a few files "
     "we wrote shortly before the restarts are missing or zero-filled. Did something happen on your side in that zone, "
     "and can the data be recovered?"),
    ("pm-056", "support ticket",
     "Our builds have been sitting in 'queued' for over two hours. Pushes from this morning show up in the UI but "
     "nothing actually runs, and we have plenty of unused containers on our plan. The code host had its own trouble "
     "earlier but they've been green since about 10am. Is there an incident on your side?"),
    ("pm-075", "forum post",
     "Weird one: after a routine restart our app crashed loading a library, with 'invalid byte sequence' in a .rb file we "
     "never touched. Redeploying the identical commit fixed it on some instances and not others. A coworker has a Python "
     "service that died with 'bad marshal data' on a compiled file. Anyone else seeing files inside their containers come "
     "up garbled since yesterday?"),
    ("pm-086", "customer email",
     "Last night our monitoring fired at 01:12, but our on-call engineer's phone didn't ring until almost 01:40, and "
     "two other alerts never produced a page at all. Your web UI showed those incidents as triggered within seconds. "
     "We depend on you for paging; what happened and is it fixed?"),
    ("pm-104", "on-call chat",
     "checkout is failing hard - every charge call to our payment provider comes back 5xx or times out since about "
     "19:10 UTC. their status page was green for the first 20 min. retrying doesn't help, we're just queueing orders. "
     "anyone else integrated with them seeing this?"),
    ("pm-011", "junior bug report",
     "Uploads to our bucket started failing around 18:40 UTC with 503 and 'backendError'; reading existing objects "
     "mostly still works. With exponential backoff some writes get through after 4-5 tries. Unrelated maybe, but I also "
     "can't attach files in my work email right now."),
    ("pm-118", "non-native English speaker",
     "Hello, today we make maintenance on our cluster and drain the worker nodes one after the other to patch them. "
     "Suddenly the whole website is not reachable from outside, but inside the cluster all pods are Running and ready "
     "and curl to the service works. The cloud load balancer shows all instances as OutOfService. After we finish the "
     "maintenance it stays broken some minutes more. Why the external access breaks when the pods are fine?"),
    ("pm-099", "forum post",
     "Is the site down for everyone? I get 'Service Unavailable' on nearly every page, on desktop and phone, and when "
     "a question does load it takes 30+ seconds. Chat and the other sites in the network are just as bad. Started "
     "about twenty minutes ago."),
    ("pm-023", "customer email",
     "Since around midday Pacific on the 24th, a number of our load balancers in us-east-1 have stopped routing "
     "properly. Some return 503 without reaching any backend, and one shows no listeners at all in the console even "
     "though nobody here touched it. The instances behind them are healthy when we hit them directly, and new load "
     "balancers we create work fine. Holiday traffic is at its peak; please escalate."),
    ("pm-043", "pasted alert + comment",
     "PAGE bidgw-fleet: healthy hosts 100% -> 0% in 90s; process exited, core dumped, on every host in every DC. "
     "All of them at once and again right after each restart; nothing deployed in three days."),
    ("pm-051", "forum post",
     "Our agents show as connected but jobs aren't getting picked up, and the web dashboard takes 30 seconds per page or "
     "throws a 502. Started right around 9am Pacific on a Monday, which is our busiest time. Anyone else's pipelines "
     "stuck?"),
    ("pm-091", "customer email",
     "Our org has been unavailable since yesterday evening US time: login works intermittently and then we get an "
     "error page. It's back now but slow, and opportunities our reps entered between roughly 2am and 6am UTC yesterday "
     "are nowhere to be found. Other instances seem fine per your trust page. We need to know whether those records "
     "will come back."),
    ("pm-116", "on-call chat",
     "name resolution is failing cluster-wide - 'no such host' and 'i/o timeout' on lookups from every namespace, "
     "internal and external names alike. the resolver pods keep restarting. started ~15 min ago and nothing was "
     "deployed to kube-system today. half the apps are 5xx-ing."),
    ("pm-085", "status-page draft",
     "Some members may see errors when starting playback or browsing titles on certain devices. Most members are not "
     "affected. We are shifting traffic and expect improvement shortly."),
    ("pm-077", "security researcher",
     "Hi, private disclosure. I have come into possession of a token that grants push access to your core package "
     "repositories, obtained without any login from something your project exposes publicly. I verified its scope without writing "
     "anything and have not shared it. Please revoke it as a priority; I'm happy to explain how I got it over a "
     "private channel."),
    ("pm-049", "customer email",
     "I got an email from you saying I need to change my password and that my connected social accounts were "
     "disconnected. Sure enough the link to my social profile is gone from settings. Is this legit or a phishing email? "
     "Nothing looks wrong with my links or their click stats."),
    ("pm-084", "non-native English speaker",
     "Hello, when I write my story in Polish, the letter ś disappear. I type it and it is simply not there, other Polish "
     "letters like ą, ę, ć, ż are okay. It happens only in your editor, in other text programs and in the browser "
     "address bar the same letter is fine. Please help, my readers think I make spelling errors."),
    ("pm-063", "app-store review",
     "Can't log in AT ALL, stuck on 'Connecting' then 'Login failed'. When I finally got in my friends list was empty, "
     "party invites didn't work and matchmaking took forever before kicking me. Every weekend the servers die. "
     "Refund my battle pass."),
    ("pm-068", "forum post",
     "Heads-up: the mirror of the package tree on the public code-hosting site looks tampered with. I pulled this "
     "evening and got commits that add 'rm -rf' into several package recipes, and the README was replaced with an "
     "insulting message. Some developers also seem to have vanished from the org page. Do NOT sync from that mirror "
     "right now."),
    ("pm-024", "on-call chat",
     "us-east-1 one AZ just went dark for us - basically every instance in that zone unreachable at once, around 20:04 "
     "PT Friday. the ones coming back have volumes flagged impaired. also can't register new instances with our load "
     "balancers anywhere in the region, API calls hang."),
    ("pm-047", "SRE handover note",
     "Handover 18:00 Sat: public sites still patchy. Odd pattern: components that normally run for hours without "
     "touching origin started failing en masse, and the error rate climbed over the morning rather than stepping. "
     "Anything driven by programme data (schedules, episode pages, playback start) is worst; static page furniture is "
     "fine. Restarting the render tier buys ~10 minutes each time. Content API p99 went from 80ms to 9s at 10:40."),
    ("pm-067", "on-call chat",
     "site's been hard down for ~2h. app servers are fine and mostly idle, but every request that touches check-ins "
     "waits on the datastore and times out. one of the storage boxes is pegged on disk IO while the others are bored. "
     "we brought up an extra node an hour ago, no improvement, maybe worse. ideas before we go read-only?"),
    ("pm-081", "forum post",
     "Has anyone seen replicas silently drift from the primary with zero errors? Lag is 0, both replication threads "
     "running, yet a checksum comparison shows the same set of rows differs on every single replica in the same way. "
     "We only noticed because an insert blew up on one copy. How do I even figure out when this started?"),
    ("pm-027", "shift log",
     "Thu 16:10 - alerts: read errors on 3 db hosts in zone b, same region. 16:15 - two instances restarted by the "
     "platform, no maintenance notice. 17:00 - one volume fails to reattach after restart. 18:20 - this morning's "
     "snapshots restore fine; diff shows the last minutes of writes before 16:05 are gone on vol-07. 18:30 - P1 raised "
     "with provider."),
    ("pm-056", "exec summary",
     "For most of the business day our build service accepted work but ran almost none of it. Customer builds piled up "
     "into a backlog of tens of thousands while build machines sat idle; at the worst point the whole fleet was "
     "starting a handful of builds per minute. Impact began shortly after the source-hosting integration we depend on "
     "recovered from its own outage. No root cause yet."),
    ("pm-075", "support ticket",
     "Since around Feb 14 we see intermittent failures on random instances of our web process: files from our build "
     "artifact read back with garbage in them, and their checksums no longer match the build. Restarting an instance "
     "usually moves the problem somewhere else. No code change on our side for a week. This is production, please "
     "investigate."),
    ("pm-086", "pasted alert + comment",
     "[CRIT] notify-pipeline: delivery_lag_p95=1430s (thr 120s), write timeouts to event store from 2 of 3 sites, "
     "dispatch workers backing off. Lag growing since 22:05 UTC and nothing was deployed today."),
    ("pm-104", "status-page draft",
     "We are seeing elevated error rates and latency across API requests, including charge creation, beginning at "
     "19:08 UTC. The dashboard may also be slow or unavailable. Engineers are engaged. It is safe to retry failed "
     "requests with the same idempotency key."),
    ("pm-011", "exec summary",
     "For about four hours on Tuesday our media pipeline could not reliably store new files with our cloud storage "
     "provider: roughly a third of write requests failed and listings were slow. Customer photo uploads queued on our "
     "side and were processed late, with no data lost. The provider's own email, drive and photo products showed "
     "problems at the same time."),
    ("pm-118", "SRE handover note",
     "Handover: 25 min external outage during planned node patching this morning. Internal service-to-service traffic "
     "was fine throughout; only traffic via the cloud LB failed. The LB's target list emptied as we worked through the "
     "drain, not just the node being patched, and pods never went unready. Someone needs to dig into this before "
     "Thursday's patch window."),
    ("pm-099", "pasted alert + comment",
     "ALERT lb-front: CPU 98% on lb01/lb02, HTTP 5xx 41%, active conns 3x baseline, web tier CPU 20%. The load "
     "balancers are melting while the web servers look bored."),
    ("pm-023", "on-call chat",
     "video playback failing for a chunk of users on TVs and consoles, web player mostly ok. the device API endpoints "
     "sit behind the provider's LBs in us-east and those LBs are throwing errors; describe calls return weird, "
     "half-empty config. and of course it's christmas eve."),
    ("pm-043", "exec summary",
     "Our ad-serving edge stopped processing auctions globally for a little over an hour, so revenue for the window was "
     "close to zero. Every serving process in every region crashed at nearly the same moment and kept crashing shortly "
     "after each restart. There was no code release that day; the last one passed staging several days earlier. "
     "Root cause still being investigated."),
    ("pm-051", "SRE handover note",
     "Handover: web and API latency fell apart at the weekday morning peak. Primary datastore CPU pinned at 100% from "
     "~08:50 local, query p99 over 20s, connections at max. Adding app servers made it worse. Nothing deployed since "
     "Friday. Next shift: watch tomorrow's peak closely."),
    ("pm-091", "exec summary",
     "Our CRM was unavailable for most of a business day, came back slow with intermittent errors, and a few hours of "
     "sales activity entered while the service was limping cannot be found. The vendor reports the problem as "
     "limited to a single instance, which is the one we're on. We have asked for a timeline for any data recovery."),
    ("pm-116", "shift log",
     "10:02 5xx spike across many apps in prod cluster. 10:05 app logs full of DNS lookup timeouts. 10:09 resolver pods "
     "in CrashLoopBackOff; restarted, healthy for a minute, then down again. 10:20 query rate to the resolver ~10x "
     "normal. 10:30 still broken, escalating to platform team."),
    ("pm-077", "on-call chat",
     "heads up: we got a private report that someone outside could push to our main repos. audit trail shows no odd pushes "
     "in the last 30 days that I can find, but I want every token the bot account holds rotated now, then we go "
     "through what else might be exposed."),
    ("pm-049", "security team note",
     "On-call security note: our offsite store shows list and download requests for the user table dump on two "
     "consecutive nights from an address outside all our ranges, authenticated as our own service identity. No job on "
     "our side ran at those times. Treating the user data as exposed until proven otherwise."),
    ("pm-084", "junior bug report",
     "Bug: Polish writers say one specific accented letter (s with acute) vanishes while typing in the post editor. "
     "I switched my keyboard layout to Polish (Programmers) and could reproduce it in a draft: the character never "
     "appears and the cursor doesn't move. All other diacritics work, and the same letter types fine into the response "
     "box."),
    ("pm-063", "on-call chat",
     "we're past 3.3M concurrent and the login queue keeps growing. profile service latency through the roof, social "
     "and presence connections dropping users in waves, each wave followed by a reconnect spike. matchmaking "
     "backing up too. turning on the waiting room now."),
    ("pm-068", "shift log",
     "20:20 UTC alerts: unexpected force-pushes to the mirrored repos in the hosting org. 20:30 several developers "
     "removed from the org; we can no longer manage it ourselves. 20:40 contacted hosting provider support to freeze "
     "the org. 20:55 our own sync infrastructure checked: signatures intact, unaffected."),
    ("pm-024", "exec summary",
     "Friday night Pacific, a large share of our infrastructure in one availability zone of our main US-East region "
     "went offline abruptly; recovery took hours and some block volumes needed consistency checks. Load-balancer and "
     "control-plane actions across the whole region were delayed as well, which stopped our failover to other zones "
     "from working as designed."),
    # ---- singles ----
    ("pm-097", "support ticket",
     "Since about 10:30 ET none of our registers can sign in; they show 'Unable to log in, please try again'. Registers "
     "already signed in can still take cards, but employee clock-in fails and the online dashboard won't log us in. "
     "Lunch rush starts in an hour, please help."),
    ("pm-110", "non-native English speaker",
     "Sir, since morning today I am not able to place orders in web platform and mobile app both, orders are showing "
     "pending and positions are not updating. Market is open and I am losing money every minute. Customer care number "
     "is always busy. Kindly resolve urgent."),
    ("pm-111", "forum post",
     "Bracket and cover orders placed after about 11am are stuck in 'open pending', can't modify or exit them, and the "
     "stop-loss legs aren't showing. Normal orders seem to go through intermittently. Anyone else seeing this today?"),
    ("pm-109", "customer email",
     "Notifications for exceptions our app raised this morning only arrived this afternoon, six to seven hours late, "
     "although the counts on your dashboard look right now. A few came through on time and others out of order. "
     "Can you tell us what happened and whether anything was dropped?"),
    ("pm-082", "on-call chat",
     "outbound mail through our email API provider is crawling - send calls take 10-30s and some return 5xx, event "
     "webhooks are ~40 min behind, and the logs page in their UI won't load at all. started about 2h ago and getting "
     "worse."),
    ("pm-005", "support ticket",
     "For the last hour calls to your API from our integration are timing out or returning 503, and the dashboard won't "
     "load. We have a payment run going out today. Can you confirm that mandates and payments we submitted this "
     "morning are safe and don't need resubmitting?"),
    ("pm-006", "pasted alert + comment",
     "[CRIT] ext-probe: internet reachability of VMs = 0% in ALL regions (7/7 vantage points) since 19:09 PT. "
     "Every instance we run at that cloud dropped off the internet in the same minute, VM-to-VM traffic still fine."),
    ("pm-007", "forum post",
     "Webmail says 'Temporary Error (500)' and the calendar and documents won't open either. Started about 20 minutes "
     "ago, same on another browser and on my phone. Is it just me?"),
    ("pm-008", "forum post",
     "My browser keeps crashing a few seconds after I open it, on my laptop and on my desktop, and a colleague on a "
     "different OS has the same thing. Guest mode stays up fine. Started this afternoon and I didn't install any update."),
    ("pm-012", "exec summary",
     "On Sunday afternoon US Eastern our services hosted in the eastern US regions saw heavy packet loss and latency "
     "for about four hours; the provider's own video and mail services were degraded for many users too. Cross-region "
     "traffic was hit hardest, and the provider's console and APIs were hard to reach, which slowed our mitigation."),
    ("pm-014", "on-call chat",
     "blob storage in our region is timing out on every request since ~00:50 UTC, and VMs whose disks live there are "
     "hanging, several stuck in 'starting'. portal stayed green for the first hour. people in other regions are "
     "posting the same thing."),
    ("pm-018", "support ticket",
     "All my jobs that need the full VM with sudo error out within a minute with 'could not boot the build machine', "
     "while the container-based jobs run fine. Reproduced on three repositories since this morning, no changes to our "
     "config. Our release is blocked."),
    ("pm-020", "customer email",
     "I was logged out, and when I logged back in the dashboard says I have no repositories. Our whole build history "
     "is gone and the badge on our README shows 'unknown'. My colleagues see the same. Pushes don't seem to trigger "
     "anything either."),
    ("pm-022", "status-page draft",
     "Investigating - We are seeing elevated errors and timeouts for traffic served by a number of our locations, "
     "mainly in North America and Europe, since 21:12 UTC. Our public DNS resolver is also affected. Visitors to "
     "customer sites may see 5xx errors or fail to connect."),
    ("pm-026", "SRE handover note",
     "Handover: site hard down since 00:23 UTC after roughly a quarter of the fleet in the main facility rebooted at "
     "once. Most of it is back, but a group of cache-tier hosts won't come up: they hang at boot without seeing their "
     "disks. Apps that need those caches are erroring. Hands on site are working through the racks."),
    ("pm-030", "on-call chat",
     "API returned errors for ~15s during the deploy; every request touching payments hung and then 500'd. the schema "
     "change itself was a tiny column add that took milliseconds in staging. db showed a big pile of queries all "
     "waiting, then it cleared by itself."),
    ("pm-033", "forum post",
     "Our version-control mirror stopped syncing after someone committed two PDF test files. Checkouts of that "
     "revision now fail with 'Checksum mismatch while reading representation', and the git bridge can't fetch past it "
     "either. The two PDFs are visibly different files. Every later revision is stuck behind it."),
    ("pm-034", "on-call chat",
     "new VM deployments and scale-outs in our subscription are all failing since ~16:00 PT; existing roles keep "
     "running but any instance that restarts never comes back, stuck initializing and then marked unhealthy. "
     "management portal shows service management degraded in several regions."),
    ("pm-035", "shift log",
     "00:00 UTC New Year: several hosts hard-locked within the same minute, no console output, ping dead, power cycle "
     "needed. After reboot all fine. Different hardware, same distro release. 00:20 no further occurrences, watching."),
    ("pm-039", "customer email",
     "Since early morning Pacific every request from our app to your object storage fails, PUTs and GETs alike, with "
     "500s or timeouts. Your status page says 'elevated error rates' but for us it is 100% for several hours now. "
     "Every product image on our store is broken."),
    ("pm-040", "SRE handover note",
     "Handover Thursday: in us-east a large number of our block volumes in one zone are stuck, with I/O hanging and "
     "detach and snapshot calls not completing. Creating new volumes in that zone fails and API calls for the whole "
     "region are slow. Several managed database instances there are unreachable too."),
    ("pm-041", "on-call chat",
     "a slowly growing share of our attached volumes in one us-east zone is degrading - latency in seconds, then flipped "
     "to 'impaired'. started around 10:00 PT and it keeps getting worse instead of better. launches in that zone "
     "erroring too."),
    ("pm-042", "pasted alert + comment",
     "[CRIT] us-east-1 kv-store: 5xx 55% on GetItem/PutItem, p99 9.1s, since 02:19 PT Sun. And the queue and "
     "metrics services in the same region are erroring at the same time."),
    ("pm-044", "exec summary",
     "From mid-afternoon on Monday a large fraction of long-distance calls across our network failed to connect; "
     "callers heard 'all circuits are busy'. Switching centers were resetting themselves over and over, and the resets "
     "appeared to spread from one office to its neighbours within seconds. Local calls were unaffected. Engineers are "
     "working to stabilise the network."),
    ("pm-045", "customer email",
     "Your project site has been unreachable for us since shortly before 9 this morning Central; pages just time out. "
     "Colleagues on other networks see the same. We have a client deadline today, please let us know what's going "
     "on."),
    ("pm-050", "customer email",
     "I just got an email that looks like it came from you, saying you are shutting down and can't protect our data. "
     "Is this real?? Your site also seems to be down right now. We have a team plan renewing next week."),
    ("pm-057", "security researcher",
     "While fuzzing something unrelated I noticed that responses from sites behind a large CDN sometimes carry extra "
     "data after the closing tag: HTTP headers, cookies and POST bodies belonging to other sites' visitors. It "
     "reproduces on certain pages, and search engine caches already hold copies. Please contact me urgently."),
    ("pm-061", "app-store review",
     "Files haven't synced since Friday evening. The app says 'Connecting...' forever and the website shows an error "
     "page. Paying customer here, not impressed."),
    ("pm-064", "on-call chat",
     "our CI egress monitor just flagged a dependency install making an outbound request to a paste site. it's the "
     "scope-analysis package that comes in with our linter, patch version published today. anyone who installed this "
     "morning: assume your registry auth token is gone and rotate it."),
    ("pm-069", "non-native English speaker",
     "Hello, around 17:20 UTC the code hosting website was not loading for me for some minutes, and git push was "
     "failing with 'The requested URL returned error: 503'. After maybe ten minutes it works again but slow. My "
     "colleagues in other country had the same. Is it only us or was there a problem?"),
    ("pm-072", "customer email",
     "We can't open any of our diagrams. The app shows an error and your status message just says you're working on "
     "it. It's been more than a day. Are our diagrams safe? We present tomorrow."),
    ("pm-078", "app-store review",
     "Saved articles won't load and I can't save new ones, every action shows an error. It's been over a day! Only the "
     "stuff I had already downloaded for offline reading still opens."),
    ("pm-079", "on-call chat",
     "object store is returning 503 on most PUTs and lots of GETs since ~10:30 PT, latency through the roof. even "
     "listing directories fails. anyone else on that region seeing it?"),
    ("pm-080", "support ticket",
     "All of our instances in your east-1 datacenter rebooted at the same moment about 20 minutes ago. They are slowly "
     "coming back but some still show 'provisioning'. We had no maintenance notice. What is going on?"),
    ("pm-083", "customer email",
     "Transactional emails sent through your API since yesterday afternoon are partly missing: the API says 'queued' "
     "but recipients never receive them, and outbound activity search shows nothing after 14:00 UTC. Some sends fail "
     "outright with 5xx."),
    ("pm-088", "security researcher",
     "Alert: three large multi-signature wallet contracts, one of them an ICO treasury, were emptied within hours by "
     "the same address, roughly 150k coins in total. In each case the draining transfer came minutes after an unusual "
     "call to the wallet from that same address. Other wallets deployed from the same client release may be at risk; "
     "move funds if you can."),
    ("pm-090", "shift log",
     "15:17 a large share of app and cache instances terminated within about two minutes, none of it by us. Site "
     "serving 5xx. 15:25 relaunching capacity by hand. 15:40 the cluster that hands out config looks wrong, its nodes "
     "disagree with each other. 16:30 partial recovery, front page loads."),
    ("pm-106", "customer email",
     "My card was charged for account top-ups six times within an hour this morning, yet the balance in the dashboard "
     "shows zero and our calls were suspended. Please refund the extra charges and explain what happened."),
    ("pm-107", "forum post",
     "After I moved the game client's folder to another drive and launched it, it wiped everything my user owns: "
     "documents, photos, all of it. A backup disk I had mounted under my home directory is empty too. Anyone else?"),
    ("pm-123", "app-store review",
     "Card declined twice at the supermarket tonight, a transfer to my flatmate failed with 'something went wrong', "
     "and the app wouldn't load my balance for over an hour. This is my only bank account!"),
    ("pm-092", "on-call chat",
     "primary db suddenly stopped accepting writes at 14:05; reads are fine. event ingestion is backing up in the "
     "buffer. restarting the db didn't help and the disk is nowhere near full. need a DBA on the bridge."),
    ("pm-002", "on-call chat",
     "every site we have behind the CDN is down and we can't even resolve the domains; their nameservers time out too. "
     "the provider's own homepage is down. started ~09:47 UTC."),
    ("pm-103", "app-store review",
     "Finished a 100km ride and the upload fails every time, 'Upload failed, try again later'. Tried the website too, "
     "same thing. My segments!!"),
    ("pm-117", "on-call chat",
     "prod cluster nodes going NotReady one after another: first one, its pods get rescheduled onto the rest, then "
     "those drop too. can't ssh into the sick ones, totally unresponsive. the node autoscaling adds machines but they "
     "go the same way within minutes."),
    ("pm-093", "exec summary",
     "Over recent weeks our hot wallet balances have repeatedly come up short at reconciliation: several discrete "
     "outgoing transfers we cannot tie to any customer order, the largest around 300 BTC, at odd hours. We have moved "
     "most funds to cold storage and paused trading while we investigate."),
]


def _pattern(word):
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])", re.IGNORECASE)


def check(case, text):
    problems = []
    for w in GLOBAL_AVOID + AVOID.get(case, []):
        if _pattern(w).search(text):
            problems.append(w)
    return problems


def build():
    rows = []
    for i, (case, voice, text) in enumerate(REPORTS, start=1):
        rows.append({"id": "c16-%03d" % i, "split": "dev" if i % 2 == 1 else "test",
                     "expected": [case], "text": text})
    return rows


def main():
    bad = 0
    for case, voice, text in REPORTS:
        p = check(case, text)
        if p:
            bad += 1
            print("REFUSED %s (%s): %s" % (case, voice, ", ".join(p)), file=sys.stderr)
    if bad:
        sys.exit(1)
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d reports to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
