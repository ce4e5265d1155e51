#!/usr/bin/env python3
"""Writes queries.jsonl (c9 report set). Every report is typed here by hand.
Split rule (fixed before writing): odd writing position -> dev, even -> test."""
import json

GLOBAL_AVOID = [
    "Allegro", "Cloudflare", "Etsy", "Facebook", "Instagram", "WhatsApp", "Messenger", "GoCardless",
    "Google", "Gmail", "Chrome", "Chromium", "YouTube", "GCE", "GKE", "GCP", "Azure", "Microsoft",
    "Heroku", "Sentry", "Travis", "ThousandEyes", "Steam", "Valve", "Amazon", "AWS", "S3", "EC2",
    "EBS", "ELB", "RDS", "DynamoDB", "GitHub", "PythonAnywhere", "Knight", "Subversion", "svn",
    "WebKit", "CollabNet", "Linux", "Mozilla", "Firefox", "AppNexus", "AT&T", "Basecamp", "BBC",
    "iPlayer", "Bintray", "Bitly", "BrowserStack", "Buildkite", "Bungie", "Destiny", "EVE",
    "Chef", "Supermarket", "CircleCI", "Discord", "Dropbox", "Duo", "Epic", "Fortnite", "ESLint",
    "npm", "Flowdock", "Gentoo", "GitLab", "Gliffy", "Homebrew", "Instapaper", "Joyent", "Manta",
    "Kickstarter", "Mailgun", "Mailchimp", "Mandrill", "Medium", "Netflix", "PagerDuty", "Parity",
    "Ethereum", "Reddit", "Salesforce", "ShapeShift", "Skyliner", "Slack", "Spotify", "Square",
    "Stackdriver", "Stack Overflow", "Stack Exchange", "StackOverflow", "Strava", "Stripe",
    "Tarsnap", "Twilio", "vzaar", "Yeller", "Zerodha", "Kite", "Skyscanner", "Moonlight",
    "Civis", "Zalando", "AirMap", "Monzo", "Universe", "Saltside", "SaleMove", "Hacker News",
    "Minecraft", "Mojang",
]

R = []  # (case_id, avoid_words, text)

def add(case, avoid, text):
    R.append((case, avoid, " ".join(text.split())))

# ---------------- priority ids (uncovered / covered once) ----------------
A021 = ["DDoS", "attack", "flood", "flooded"]
add("pm-021", A021, """Page from edge monitoring: synthetic checks against the game store and community pages are
failing from every vantage point we have, US, EU and APAC at once. Path traces show packets entering the
platform's transit provider and then dying at the last hops before their data centers. Every agent sees 100% loss
at the same edge, so it's not our ISP. Players in our support queue say the client shows offline and the shop won't load.""")
add("pm-021", A021, """Can't log into the PC game client since about an hour ago, friends list is empty and the store
pages just spin. My mates in Germany and Australia have the same thing so it's not my router. Their support site
times out too. Is the whole platform down?""")

A062 = ["database", "capacity", "bug", "deploy"]
add("pm-062", A062, """Helpdesk is drowning: nobody can get through two-factor this morning. Push approvals never
arrive on phones, and the passcode option spins until the VPN login times out. The MFA vendor's status page says
'investigating' for one of their deployments. Anyone already on VPN is fine, new logins are blocked.""")
add("pm-062", A062, """Summary for leadership: starting around 9:00 ET staff could not complete second-factor
authentication through our hosted MFA provider; prompts timed out for SSO and VPN. Because our integration is set
to fail closed, nobody could reach email or payroll. We are weighing switching to fail-open until the provider recovers.""")

A110 = ["vendor", "bug", "database", "OMS"]
add("pm-110", A110, """It's monthly F&O expiry day and your trading app has been stuck since the open: my orders
show 'open pending' and I can't exit my index options positions. Calls to your desk go unanswered. If I take losses
because I couldn't close them out, I expect to be compensated.""")
add("pm-110", A110, """Ops channel: order placement latency through web and mobile terminals went from sub-second to
30+ seconds right after market open on expiry day. A chunk of orders sits pending at our end with no exchange order
id. Support has 4k tickets already; holdings and margin pages are fine, it's only orders.""")

A111 = ["vendor", "bug", "database", "OMS"]
add("pm-111", A111, """Traders are reporting orders placed this afternoon that are neither executed nor rejected; they
just hang as 'open' with no exchange confirmation, and cancel requests hang too. Some clients re-placed the same
order and now hold double positions. Our order book view disagrees with what the exchange shows.""")
add("pm-111", A111, """Placed a sell at 2:40 pm on your broking platform, app says pending, exchange shows nothing,
can't cancel, can't modify. By the close I had no idea whether I still held the stock. Worst trading day I've had
with any broker.""")

A114 = ["bug", "surge", "quota", "PodDisruptionBudget"]
add("pm-114", A114, """We kicked off the managed control plane and node pool upgrade on our production cluster this
afternoon, the version bump the cloud console kept nagging about. Halfway through, most pods are stuck Pending or
CrashLoopBackOff and the ingress returns 502 for every service. The recreated nodes come up Ready but workloads
don't land on them. There's no rollback offered for the control plane, help.""")
add("pm-114", A114, """Status page draft: our platform is currently unavailable following scheduled maintenance on
our container cluster. The maintenance replaced all worker machines and applications have not come back up on the
new ones. Engineers are working to restore service and no customer data is affected.""")

add("pm-028", ["RAID", "disk failure", "volume", "EBS"], """Since about 10:00 UTC every user's hosted Python web app
returns our 'something went wrong' page and browser consoles never open. The web servers themselves are up, but
any access to users' home directories hangs. Processes on every machine that mounts the shared file storage are
stuck in D state.""")

add("pm-052", ["rollback", "bug", "database"], """Players are reporting that after logging in today their characters
are missing items and progress from the last few hours: exotics gone, bounties reset. Reports are coming in from
all platforms. Community team needs to know whether to tell people to stop playing right now.""")

add("pm-066", ["database", "storage", "disk"], """Our team chat has been unreachable for most of the day: the web app
spins on 'connecting', and when it does load, the flows show messages from hours ago and new posts never appear.
The desktop client says offline. The vendor's status page only says they're investigating degraded performance.""")

# ---------------- other ids ----------------
A002 = ["router", "routers", "flowspec", "Juniper", "rule", "packet"]
add("pm-002", A002, """Pager storm: every customer site we front is timing out, and so are our own dashboard and
authoritative DNS. It's not one PoP; all 23 locations dropped off monitoring within a minute of each other.
Out-of-band consoles to edge gear are unresponsive in several cities.""")
add("pm-002", A002, """My website and basically every other site on your CDN has been unreachable for the last 30
minutes, including your status page apparently. DNS for my domain doesn't resolve either. Is this an attack on you?""")

A004 = ["BGP", "withdraw", "withdrawn", "route", "routes", "backbone", "audit"]
add("pm-004", A004, """None of our apps load: the main social app, the photo app, the messaging app, for users
everywhere. From outside, our authoritative nameservers aren't answering and dig returns SERVFAIL. Internally the
badge readers and internal tools are failing too, so people can't even get into some buildings.""")
add("pm-004", A004, """ISP NOC: customer calls spiking, users say the biggest social network and its chat apps are
down. Our recursive resolvers see a huge spike of retried queries for their domains, all SERVFAIL. Traceroutes to
their name server addresses go nowhere; nothing is wrong on our side.""")

A008 = ["sync", "load balancer", "quota", "backend"]
add("pm-008", A008, """Half the office just had their web browser crash at the same moment, and it keeps crashing on
restart for anyone signed into their account in the browser. People using guest profiles are fine. Webmail from
the same vendor is also failing intermittently with 502s.""")
add("pm-008", A008, """Bug report: browser crashes within seconds of startup on Windows and Mac, started about 20
minutes ago. Many users on the help forum report the same thing. It only happens with a signed-in profile.""")

A009 = ["slash", "blacklist", "list", "human error"]
add("pm-009", A009, """Every search result, including our own homepage and the search engine's own properties, now
shows 'This site may harm your computer' and clicking through lands on a warning interstitial. Started around
14:30 UTC. Customers are calling us thinking our site is infected.""")
add("pm-009", A009, """Webmaster here: our organic traffic dropped to near zero in the last half hour. Search results
for our brand all carry the malware warning label, but so does Wikipedia and everyone else I try. Surely this is on
the search engine's side?""")

A020 = ["truncate", "truncated", "local", "environment variable"]
add("pm-020", A020, """Users are being logged out of the CI dashboard, and when they log back in their repository list
is empty. Build history pages 404 and some orgs look as if they just signed up. Webhook-triggered builds aren't
starting because the repos can't be found.""")
add("pm-020", A020, """All my projects have disappeared from your hosted CI dashboard and I had to re-authorize with my
code host. My build history is gone and my env settings too. What happened to my data?""")

A026 = ["power", "Redis", "firmware", "rebooted", "reboot"]
add("pm-026", A026, """Site returning 503 pages for all users. In the primary datacenter a large share of hosts
dropped off monitoring at the same instant and are now coming back, but several cache hosts hang at boot without
seeing their disks. App servers are stuck on startup waiting for those.""")
add("pm-026", A026, """Status page draft: we're investigating a major service outage; all web and git operations are
currently failing. Our on-site team reports a large number of servers in our primary facility went offline at the
same moment. Next update in 15 minutes.""")

A029 = ["partition", "failover", "failed over", "orchestrator", "replication"]
add("pm-029", A029, """Since about 23:00 UTC the code hosting site is up but serving stale data: new issues and pushes
aren't showing, webhooks are hours behind and static site builds are queued. The database topology view shows
primaries sitting in the West Coast facility instead of the East Coast. Write latency went through the roof.""")
add("pm-029", A029, """I pushed commits an hour ago and the web UI still shows the old state; PRs I merged show as
unmerged. Our CI webhooks aren't firing at all. Is there data loss?""")

A030 = ["lock", "locks", "ALTER", "migration", "queue", "queued"]
add("pm-030", A030, """Right after today's deploy every API request hangs for about 15 seconds and then times out.
Postgres shows hundreds of connections in 'waiting' state, all on statements touching the payments table. The
deploy itself looks like it's still in its pre-release step.""")
add("pm-030", A030, """Junior eng here: I shipped a PR that adds a column to the payments table, and as soon as it
started running the API dashboard went red. CPU on the DB is low but nothing on that table completes. Should I
kill the deploy?""")

A032 = ["Power Peg", "flag", "repurposed", "eighth", "not deployed", "dead code"]
add("pm-032", A032, """At 9:30 our order router started firing child orders nonstop in about 150 NYSE names; we're
accumulating huge positions nobody intended. Before the open we got dozens of automated emails with an error
referencing an old internal system. Cancelling on the router doesn't stop it; orders keep coming.""")
add("pm-032", A032, """Exchange surveillance: one member firm has been sending massive volumes of marketable orders in
dozens of listed names since the open, moving prices wildly. Volume in some names is many times the daily average.
We've called their desk and they don't know the source yet.""")

A033 = ["SHA-1", "SHA1", "collision", "hash", "shattered"]
add("pm-033", A033, """Our version control server's repository is broken: checkouts and updates fail with checksum
mismatch errors in a test directory. It started right after someone committed two PDF files for a new test case.
The mirroring job died with the same error.""")
add("pm-033", A033, """Pasted from the build bot: 'Checksum mismatch while reading representation: expected ...
actual ...'. Every bot fails at the same revision. Did someone corrupt the central repo?""")

A034 = ["leap", "February 29", "Feb 29", "certificate", "certificates", "date"]
add("pm-034", A034, """Since around midnight UTC our cloud service deployments are failing: new VM instances never
reach ready state, they sit in 'initializing' while the platform retries. Running roles seem OK but any scale-out
or redeploy hangs. The management portal shows service management degraded in several regions.""")
add("pm-034", A034, """Our web role redeploy has been 'busy' for three hours and we can't scale up. Support says
they're investigating a platform issue. We have no extra capacity for today's traffic.""")

A036 = ["leap", "hrtimer", "futex", "clock", "NTP"]
add("pm-036", A036, """Right at midnight UTC, CPU went to 100% on most of our Java app servers and database hosts.
Nothing changed, no deploy, request load is normal. Restarting the JVM doesn't help but rebooting the box does.""")
add("pm-036", A036, """Hadoop nodes across the cluster pegged at full CPU since 00:00 UTC, and even idle processes are
spinning. Our hosting provider says many customers reported the same thing at the same moment.""")

A037 = ["certificate", "expired", "expiry", "signing", "intermediate"]
add("pm-037", A037, """Since around midnight UTC every one of my browser extensions is disabled with a message that
they could not be verified for use. Reinstalling from the official add-on gallery fails with a 'download failed,
corrupt' error. Password manager and ad blocker both dead.""")
add("pm-037", A037, """Support chat: we're swamped with tickets from users of the open-source browser; all their
add-ons got turned off at once on Friday night, on every OS. Nobody changed anything on their machines. Is the
add-on store down?""")

A038 = ["typo", "command", "capacity", "subsystem", "index", "placement", "removed"]
add("pm-038", A038, """Object storage in us-east-1 is returning errors for every GET and PUT. Half the internet seems
broken: our image uploads, third-party widgets, even the provider's own health dashboard isn't updating. Started
around 9:40 PT.""")
add("pm-038", A038, """Our app's static assets and user uploads all 503 since this morning, and listing the bucket times
out. The cloud provider's health dashboard still shows green. Other regions are fine.""")

A039 = ["gossip", "bit", "corrupted", "corruption", "single-bit"]
add("pm-039", A039, """Hosted object storage is returning 500s on every request for us since about 8:40 am PT, on
both the US and EU endpoints. Retrying doesn't help. Provider status page says elevated error rates, no ETA.""")
add("pm-039", A039, """Photo sharing startup here: all our images kept in the hosted storage service fail to load and
uploads fail. It's been down for five-plus hours on a Sunday. Is anybody else seeing this?""")

A040 = ["network change", "re-mirror", "re-mirroring", "mirroring", "traffic shift", "storm"]
add("pm-040", A040, """In us-east-1 a large number of our block storage volumes in one zone went stuck: I/O hangs and
instances using them are unresponsive. API calls to create or attach volumes time out region-wide. Our managed
databases in that zone are stuck too.""")
add("pm-040", A040, """Hours into this: block volumes in one availability zone still 'impaired', console operations
slow across the whole region. We're launching replacements in other zones but the control-plane calls error out.""")

A041 = ["state data", "deleted", "maintenance process", "developer"]
add("pm-041", A041, """December 24 page, holiday skeleton crew: a subset of our load balancers in US-East are dropping traffic, and the
provider's API shows some of them with odd configuration, backends missing. Other load balancers are fine. Video
playback on TVs is failing for many of our customers.""")
add("pm-041", A041, """Load balancer endpoints for two of our services stopped passing traffic this afternoon although
the instances behind them are healthy. Recreating a balancer takes forever as the API is slow. Support says they
know about load balancer issues in the region.""")

A042 = ["metadata", "membership", "index", "GSI", "overload", "overloaded"]
add("pm-042", A042, """Since 2:20 am PDT our calls to the managed NoSQL key-value service in us-east-1 are throwing
errors at a high rate. Knock-on: the queue service, autoscaling and metrics APIs in the region are also erroring.
Retries make it worse.""")
add("pm-042", A042, """Early Sunday morning page: reads and writes to the hosted key-value store return 5xx and
throttling, even on tables with tiny traffic. The provider console fails to load table details too.""")

A046 = ["integer", "overflow", "2147483647", "int", "maximum", "primary key"]
add("pm-046", A046, """Our project management app is effectively read-only for all customers: any attempt to post a
message, upload or comment fails. Error logs show inserts into the events table failing while reads are fine.
Nothing was deployed this morning.""")
add("pm-046", A046, """Since this morning I can read everything in our account but can't post a single to-do or
comment; it shows an error banner. Our whole agency runs on this. When will it be writable again?""")

A050 = ["Shellshock", "bash", "vulnerability", "prototype", "hacked", "breach", "credentials"]
add("pm-050", A050, """Customers are forwarding us an email sent from our own domain to our user list claiming we're
shutting down and that their data is insecure. Our cloud account shows unfamiliar activity and some infrastructure
got stopped. Testing sessions are partially down.""")
add("pm-050", A050, """Just got a mass email from your cross-browser testing company saying you're closing and that you
lied about security; is this real? Our test runs aren't starting either.""")

A057 = ["parser", "buffer", "overrun", "overflow", "memory leak", "leak", "leaked"]
add("pm-057", A057, """Security researcher report: in search-engine cached copies of random websites I'm finding chunks
of data that don't belong there, HTTP headers, session cookies, POST bodies and API keys from other sites, all
fronted by your reverse proxy. It seems to happen on pages with malformed HTML. Please get in touch urgently.""")
add("pm-057", A057, """Our ops lead noticed our site's responses occasionally end with garbage bytes that look like
fragments of other companies' requests. We only see it through the CDN; origin responses are clean.""")

A058 = ["regex", "regular expression", "WAF", "backtracking", "rule", "firewall"]
add("pm-058", A058, """All edge machines globally just spiked to 100% CPU and we're serving 502s for nearly all
customer traffic. It started within seconds across every PoP. Nothing unusual in traffic volume.""")
add("pm-058", A058, """Every site behind your proxy returns 'Bad gateway' right now; our origin is fine and reachable
directly. Your dashboard is slow as well.""")

A061 = ["upgrade", "OS", "script", "operating system"]
add("pm-061", A061, """File-sync site and API down since about 17:30 PT; a large set of database primaries and replicas
went offline at once during the planned maintenance window. Desktop clients say 'connecting' forever. Rumours
online say we got hacked.""")
add("pm-061", A061, """Your file syncing service has been down for hours, the website says 'we're sorry' and the app
won't sync. Someone on a forum claims hackers took it down. Are my files safe?""")

A064 = ["malicious", "token", "tokens", "compromised", "stolen", "credentials"]
add("pm-064", A064, """Our CI just flagged that installing the JS linter's scope-analysis dependency at a new patch
version ran an install script that reads ~/.npmrc and makes an HTTP request to a paste site. That version was
published an hour ago and has no matching commit in the project's repo.""")
add("pm-064", A064, """Sandboxed builds are failing because a linter dependency tries to reach a paste site during
install. We just reverted our lockfile update. Who published this version?""")

A069 = ["memcached", "amplification", "DDoS", "attack"]
add("pm-069", A069, """Code hosting site intermittently unreachable for everyone, about 10 minutes so far. Edge routers
report inbound traffic around 1.3 Tbps, mostly UDP from source port 11211, coming from tens of thousands of hosts.
Transit links are saturated.""")
add("pm-069", A069, """Git pushes and the website dropped out at 17:21 UTC for a few minutes, then came back slowly.
Anyone know if the code host is down?""")

A071 = ["rm -rf", "deleted", "removed", "backup", "backups", "wrong"]
add("pm-071", A071, """DB primary under heavy load from what looks like spam accounts; replication lag on the secondary
kept climbing and now the secondary refuses to resume, saying WAL segments are gone. Trying to resync, and
pg_basebackup just hangs silently.""")
add("pm-071", A071, """Status draft: we are performing emergency database maintenance and the site is offline. Issues,
merge requests and comments created in the past several hours may be affected. Git repositories themselves are
not affected.""")

A072 = ["deleted", "delete", "administrator", "mistake"]
add("pm-072", A072, """Our diagramming app has been down for all users since last night; the main production database
is simply gone rather than unhealthy. We're restoring from the last backup, but given its size the restore will
take days.""")
add("pm-072", A072, """Your online diagram tool has been down for two days now and all my team's diagrams are
inaccessible. Will we lose work?""")

A078 = ["2TB", "file size", "ext3", "limit"]
add("pm-078", A078, """Since this afternoon users can't save new articles; the app says 'failed to save'. MySQL logs:
ERROR 1114 (HY000): The table 'bookmarks' is full. Reading existing articles works.""")
add("pm-078", A078, """Read-later app refuses to save anything since yesterday, on phone and web. My old articles also
don't show up on a fresh install.""")

A080 = ["typo", "operator", "command", "human error"]
add("pm-080", A080, """Every instance we have in the eastern region of our cloud provider restarted at the same moment
about 10 minutes ago, and some haven't come back. Other regions are unaffected. The provider's API in that region
is returning errors too.""")
add("pm-080", A080, """All 40 of our containers in your eastern datacenter went down simultaneously. Some are still
booting slowly after 40 minutes. This wasn't scheduled maintenance, was it?""")

A088 = ["initWallet", "library", "unprotected", "fallback", "hack", "hacked", "exploit"]
add("pm-088", A088, """Our token sale multi-signature wallet balance dropped from about 44k to zero in one transaction.
On-chain, an unknown address first became the sole owner of the wallet, then withdrew everything. None of the
owners signed anything.""")
add("pm-088", A088, """Alert: the same pattern across three multisig contracts deployed with the same client software:
ownership changed by an outside address, then funds drained. Millions gone. Should every project move funds now?""")

A090 = ["autoscaler", "Zookeeper", "migration", "terminated", "terminate"]
add("pm-090", A090, """Site down; our app servers are disappearing from the fleet, the cloud console shows instances
shutting down in bulk that nobody on the team touched. The load balancer has almost no healthy backends. This began
shortly after planned maintenance on our infrastructure coordination services.""")
add("pm-090", A090, """The link aggregator I use has been showing the 'all of our servers are busy' page for the last
hour. The apps don't load either.""")

A092 = ["wraparound", "transaction ID", "XID", "vacuum", "autovacuum"]
add("pm-092", A092, """Our error-tracking service stopped accepting events: the Postgres primary refuses writes with
'database is not accepting commands to avoid data loss' and a hint about single-user mode. Reads work and the
ingestion backlog is growing into the millions.""")
add("pm-092", A092, """Our exceptions stopped appearing in the hosted error-tracker dashboard about two hours ago and the
SDK gets 503 on submit. Status page says ingestion is delayed.""")

A100 = ["regex", "regular expression", "backtracking", "whitespace"]
add("pm-100", A100, """All web servers at 100% CPU and the load balancer marked every one of them down, so the Q&A site
shows the error page. Profiling shows threads stuck inside post rendering for the homepage. Started 14:44 UTC with
no deploy.""")
add("pm-100", A100, """The programming Q&A site was down for about 30 minutes for us, then came back. Anybody know what
happened?""")

A103 = ["integer", "overflow", "32-bit", "int", "limit", "2147483647"]
add("pm-103", A103, """Activity uploads failing for all athletes since this morning: the upload API returns 500 and
the workers log an out-of-range error when inserting new rows. Viewing existing activities works.""")
add("pm-103", A103, """My morning ride won't sync from my GPS watch to the fitness app; it keeps saying upload failed.
Tried the website, same thing. Friends have the same problem.""")

A106 = ["Redis", "balance data", "recharge", "cache", "failover"]
add("pm-106", A106, """Customers report their credit cards got charged the auto-top-up amount several times in an hour,
and some accounts got suspended for low balance despite the charges. Balances in the dashboard show 0 or negative.
Billing wants to know whether to stop all charging.""")
add("pm-106", A106, """Your telephony API charged my card five times for $500 this morning and then suspended my
account. Our SMS alerts are down. Fix this now.""")

A107 = ["rm -rf", "STEAMROOT", "empty variable", "variable", "script"]
add("pm-107", A107, """I moved the game client's folder to an external drive and symlinked it, then launched the client.
It seemed to fail to start and now my whole home directory is empty; everything owned by my user is gone, including
the backup drive mounted under /media. Anyone else?""")
add("pm-107", A107, """Bug: launching the game client after a reinstall wiped all user files on my machine. I'm on
Ubuntu. Please, this is catastrophic.""")

A120 = ["ndots", "conntrack", "race", "search domain"]
add("pm-120", A120, """Services in our k8s cluster intermittently take exactly 5 seconds longer on outbound calls.
tcpdump shows DNS queries for lots of names with cluster suffixes appended, and some A/AAAA queries never get a
response. Load on the DNS pods is high.""")
add("pm-120", A120, """Random 5-second latencies and occasional 'could not resolve host' errors from pods talking to
external APIs. Resolution from the nodes themselves is fine.""")

A123 = ["linkerd", "service discovery", "Kubernetes", "endpoints", "etcd"]
add("pm-123", A123, """Card payments are being declined and the app won't load accounts for many customers. Internally,
calls between services fail with 'no hosts available' even though the target pods are healthy. Started shortly
after a deploy of a small service.""")
add("pm-123", A123, """My card got declined at the grocery store twice and the banking app just shows a spinner. Is the
bank down?""")

add("pm-083", ["wraparound", "transaction ID", "XID", "vacuum"], """Transactional email API is timing out and sends
are queued for hours on several of our shards, while other shards are fine. The databases for those shards stopped
accepting writes. Customers' password reset emails aren't arriving.""")


def main():
    with open("queries.jsonl", "w", encoding="utf-8") as f:
        for i, (case, avoid, text) in enumerate(R, 1):
            rec = {"id": "c9-%03d" % i, "split": "dev" if i % 2 else "test", "expected": [case], "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d reports" % len(R))

if __name__ == "__main__":
    main()
