#!/usr/bin/env python3
"""Writer c12: 90 hand-typed problem reports against public postmortems.

Reports are typed as data below. Running this file writes queries.jsonl
deterministically (ids and splits are assigned by position).
Each entry: (case_id, voice, per-case AVOID list, text).
"""
import json
import os

GLOBAL_AVOID = [
    "amazon", "aws", "google", "gcp", "gce", "azure", "microsoft", "windows", "mac", "macos",
    "linux", "android", "ios", "cloudflare", "akamai", "fastly", "github", "gitlab", "bitbucket",
    "heroku", "kubernetes", "k8s", "docker", "postgres", "postgresql", "mysql", "sql server",
    "mssql", "redis", "mongodb", "mongo", "cassandra", "zookeeper", "etcd", "consul", "nginx",
    "haproxy", "envoy", "linkerd", "istio", "elb", "s3", "ec2", "ebs", "rds", "dynamodb",
    "route 53", "cloudfront", "kafka", "rabbitmq", "memcached", "elasticsearch", "solr",
    "jenkins", "travis", "circleci", "npm", "slack", "discord", "facebook", "instagram",
    "whatsapp", "youtube", "gmail", "chrome", "firefox", "mozilla", "netflix", "reddit",
    "stack overflow", "stack exchange", "dropbox", "java", "jvm", "oracle", "juniper", "cisco",
    "pacemaker", "orchestrator", "nyse", "nasdaq", "bash",
]

# (case, voice, avoid, text)
REPORTS = [
    # ---- priority cases ----
    ("pm-102", "status-page draft", ["sql server", "bugcheck", "crash dump"],
     "Our Q&A sites are currently in read-only mode: you can browse questions and answers, but you cannot post, "
     "vote, or comment. We are investigating a problem with our primary database server. "
     "We will restore full functionality as soon as possible and post updates here."),
    ("pm-031", "support ticket", ["network programming", "configuration"],
     "Since this morning every VM instance we create in your cloud boots fine but has no network connectivity at all, "
     "while instances created before today keep working normally. New VPN tunnels and new network load balancers we set up "
     "also never start passing traffic. We tried several zones and two regions with the same result. "
     "Please advise, since our autoscaling is adding capacity that is useless."),
    ("pm-102", "on-call chat", ["sql server", "bugcheck"],
     "Primary DB process just died on us and left a dump file behind; the cluster did not hand over cleanly to the secondary. "
     "We flipped the sites to read-only, but now the web tier is timing out on everything, including reads. "
     "Restarting the database service on the primary is taking forever and no deploy went out today."),

    # ---- doubles ----
    ("pm-002", "on-call chat", ["flowspec", "packet size", "memory", "ram", "filter rule"],
     "Every edge router we own just fell over within the same couple of minutes, in every location worldwide. "
     "They are not just dropping sessions, they are hanging hard and some need a physical power cycle by remote hands. "
     "This began a few minutes after we pushed an attack mitigation for one customer. "
     "Customers say their sites and our DNS service are completely unreachable."),
    ("pm-002", "forum post", ["flowspec", "router", "routers", "packet size"],
     "Our site and every other site behind our reverse-proxy and DNS provider went dark on Sunday morning for about an hour. "
     "Even the provider's own homepage and nameservers were unresolvable, so it was not just our account. "
     "We could not move DNS elsewhere because their nameservers were the ones down. Anyone have details?"),
    ("pm-004", "exec summary", ["bgp", "withdraw", "withdrawn", "withdrawal", "audit", "backbone", "command"],
     "For roughly six hours our social apps and messaging products were completely unreachable worldwide. "
     "Name lookups for all of our domains failed, so clients could not even find our servers. "
     "Internal tools and even badge access at some offices were also affected, which slowed recovery because engineers had "
     "to go to the data centers in person. The event started during routine network work."),
    ("pm-004", "forum post", ["bgp", "withdraw", "withdrawn", "withdrawal", "routes", "prefixes"],
     "Is anyone else unable to reach the big social network, its photo app and its chat app? "
     "Lookups for their domains return SERVFAIL from every public resolver I try. "
     "The public resolvers are also reporting a huge spike in retry traffic. "
     "It looks like their authoritative nameservers have vanished from the internet entirely."),
    ("pm-006", "status-page draft", ["ip blocks", "ip block", "announce", "announcements", "advertise", "bgp", "configuration"],
     "We are investigating a loss of inbound internet connectivity to virtual machine instances in all regions. "
     "Traffic from the internet to instances and to network load balancers is failing, while traffic inside a project "
     "appears unaffected. We are working to restore service and will update shortly."),
    ("pm-006", "support ticket", ["ip blocks", "announce", "advertise", "bgp", "configuration"],
     "All our VMs in every region became unreachable from the internet at the same moment for about 18 minutes. "
     "Nothing changed on our side; the instances stayed up and could still talk to each other internally. "
     "We deliberately spread across multiple regions to avoid exactly this, so we would like a full explanation."),
    ("pm-009", "forum post", ["blacklist", "blocklist", "slash", "stopbadware", "human error"],
     "Every single search result now carries a warning that the site may harm your computer, even huge legitimate sites. "
     "Clicking a result takes me to a warning page instead of the site. "
     "It started around 6:30 on a Saturday morning Pacific time. Is the search engine broken or is my machine infected?"),
    ("pm-009", "support ticket", ["blacklist", "blocklist", "slash", "stopbadware"],
     "Our organic search traffic dropped to almost nothing for about 40 minutes on Saturday morning. "
     "Users told us our listing was flagged as dangerous, but so was every other site, including the search engine's own pages. "
     "The non-profit that the warnings link to for details also went down under the load. We want to know how to avoid this."),
    ("pm-012", "exec summary", ["configuration", "maintenance", "control plane", "scheduler", "automation"],
     "For about four hours on a Sunday afternoon, users in the eastern US saw heavy slowness and errors across our video, "
     "email and cloud products. Network capacity in several regions dropped sharply and traffic queued up, with error rates "
     "that varied by product. Our engineers' own tooling was hampered by the same congestion, which slowed mitigation."),
    ("pm-012", "on-call chat", ["configuration", "maintenance", "control plane", "scheduler"],
     "Our instances in the two US east regions are up, but cross-region calls time out and packet loss is through the roof. "
     "The provider's status page says multiple services in the eastern US are impacted, including their own video site. "
     "It started around noon Pacific and we cannot even reach the web console reliably."),
    ("pm-014", "customer", ["infinite loop", "flighting", "configuration", "performance update"],
     "Our blob storage in several regions started timing out at the same time on Tuesday evening Pacific, and VMs whose "
     "disks live on that storage went unresponsive or rebooted. The outage spans the US, Europe and Asia at once, so "
     "failing over to another region does not help. The provider's own status dashboard was also stale for a while."),
    ("pm-014", "on-call chat", ["infinite loop", "flighting", "configuration", "performance"],
     "Storage front-end servers across many regions are pegged and basically not answering requests. "
     "It hit region after region within minutes of each other shortly after a routine update window. "
     "Virtual machines with disks on blob storage are failing to boot, and restarting front-ends only helps briefly."),
    ("pm-018", "customer", ["deleted", "cleanup", "garbage", "images"],
     "All our hosted CI builds on the full-VM environment started failing at VM startup this morning, before the "
     "repo is even cloned. It is not our config: every public and private project we know of fails the same way. "
     "The status page says builds are failing on that infrastructure but gives no ETA."),
    ("pm-018", "on-call chat", ["deleted", "cleanup", "garbage", "automation"],
     "Workers cannot boot job VMs: the machine template they request comes back as not found. "
     "This is across all the sudo-enabled build environments, not one region. "
     "Retries do not help and the job queue is backing up fast."),
    ("pm-026", "status-page draft", ["power", "firmware", "utility"],
     "We are investigating a major service outage; the website, API and code push and pull are unavailable for all users. "
     "A large number of servers in our primary data center did not come back after a brief disruption in the facility. "
     "We are working to bring systems back online and will provide updates."),
    ("pm-026", "junior bug report", ["power", "firmware", "utility"],
     "After the facility hiccup last night, a big chunk of our servers rebooted but their data drives are not showing up in the OS. "
     "The machines that came back fine seem to be a different hardware model. "
     "Our in-memory cache clusters are down as a result, and the application will not start without them."),
    ("pm-029", "exec summary", ["failover", "partition", "raft", "replication"],
     "For about 24 hours our site showed stale and inconsistent data: users saw outdated information, webhooks and "
     "page builds were delayed, and some pushes did not appear. It began with a network blip of under a minute during "
     "routine maintenance. We chose to prioritize data integrity over faster restoration, which prolonged the degradation."),
    ("pm-029", "on-call chat", ["failover", "partition", "raft", "replication"],
     "Since a 43-second network blip between our east coast sites, database writes are suddenly very slow, like "
     "cross-country slow. The topology tool shows our primary databases sitting somewhere we did not put them. "
     "Some writes from the minute of the blip look missing, so we cannot just flip things back."),
    ("pm-030", "junior bug report", ["foreign key", "lock", "locks", "lock queue", "access exclusive", "lock_timeout"],
     "During a deploy I ran a schema migration that adds a constraint on a big table, and API requests started timing out "
     "across the board. Even endpoints that do not write to that table were stuck. The migration itself was supposed to be "
     "instant, but it just sat there. Connections piled up until we killed it, then everything recovered."),
    ("pm-030", "on-call chat", ["foreign key", "lock", "locks", "lock queue", "access exclusive"],
     "Every query against the payments table is waiting and the connection pool is exhausted. "
     "The only thing that changed is a migration that has been running for 40 seconds without doing any work. "
     "There is also a long analytics report query that has been running for a while."),
    ("pm-032", "exec summary", ["smars", "power peg", "flag", "repurposed", "dead code", "eighth server"],
     "Within minutes of the market open, our automated order router sent millions of unintended orders into the market. "
     "We accumulated large positions in about 150 stocks and lost hundreds of millions of dollars in under an hour. "
     "Staff struggled to identify which system was responsible, and an attempted rollback made matters worse."),
    ("pm-032", "on-call chat", ["smars", "power peg", "flag", "repurposed", "eighth server"],
     "Something is firing child orders nonstop since the open and we cannot find which box; the parent orders are tiny. "
     "There were automated emails about one component before the open but nobody read them. "
     "We pulled the new code off the servers and the volume went up, not down."),
    ("pm-034", "status-page draft", ["leap", "certificate", "certificates", "date", "29"],
     "Starting at about 4pm Pacific on February 28, some customers are unable to deploy or scale hosted services, and newly "
     "started VMs fail to initialize. Existing running services are mostly unaffected. "
     "We have disabled service management operations worldwide while we investigate."),
    ("pm-034", "customer", ["leap", "certificate", "certificates", "date", "29"],
     "Since yesterday evening we cannot deploy anything, and some of our running roles went down and never came back healthy. "
     "Support says it is a platform problem affecting multiple regions. "
     "In a few clusters it got worse after the provider's fix rolled out, when even running apps lost networking."),
    ("pm-036", "forum post", ["leap", "hrtimer", "ntp", "futex", "kernel"],
     "At midnight UTC going into July 1 a bunch of our app servers and database servers went to 100% CPU at the same instant, "
     "on different hardware. Nothing was deployed. Restarting the apps does not help, but rebooting the box does. "
     "Several big sites reported similar problems that same night."),
    ("pm-036", "junior bug report", ["leap", "hrtimer", "ntp", "futex", "kernel"],
     "Since Saturday night every server in the fleet is running hot, with application processes spinning on timers even when idle. "
     "CPU graphs jumped all at once, not gradually. Someone on a mailing list said that setting the system clock manually "
     "fixes it without a reboot, and that seems to work for us."),
    ("pm-037", "customer", ["certificate", "expired", "expiry", "signing", "intermediate"],
     "All my browser extensions got disabled at once on Friday evening, including my ad blocker and password manager, with a "
     "message saying they could not be verified. Reinstalling from the official add-on site fails with a download-corrupt error. "
     "Friends on other computers have the same problem."),
    ("pm-037", "status-page draft", ["certificate", "expired", "expiry", "signing", "intermediate"],
     "Starting just after midnight UTC on Saturday, extensions were disabled for nearly all desktop and mobile users, and new "
     "installs fail. No server is down; the failure is happening inside the browser itself. "
     "We are preparing a fix delivered through our studies system and a point release."),
    ("pm-038", "customer", ["typo", "playbook", "command", "index subsystem", "placement subsystem"],
     "Since about 9:40 Pacific, object storage GETs and PUTs in the main US east region fail with 5xx errors, and half the "
     "internet's images are broken. Bucket listings in the console do not load either. "
     "The provider's status page stayed green for a long time."),
    ("pm-038", "on-call chat", ["typo", "playbook", "command", "subsystem"],
     "Our deploys and autoscaling are failing because new instances cannot launch in the Virginia region and the object store "
     "API is down. Other provider services in that region that depend on object storage are degraded too. "
     "It has been more than two hours."),
    ("pm-046", "customer", ["integer", "int", "overflow", "bigint", "2147483647", "primary key"],
     "Since this morning our project management app lets us read everything, but any attempt to post, comment or upload "
     "fails with a read-only notice. It has been hours and our whole team is stuck."),
    ("pm-046", "on-call chat", ["integer", "int", "overflow", "bigint", "2147483647", "primary key"],
     "Inserts into the events table are all failing with an out-of-range error, so we put the app into read-only mode. "
     "That table is the one every user action writes to. Nothing was deployed today."),
    ("pm-057", "security researcher", ["parser", "buffer", "overrun", "overflow", "ragel", "obfuscation"],
     "While working on something unrelated, I noticed search engine caches containing chunks of random web pages with "
     "other people's session cookies, API tokens and private messages. The fragments were appended after legitimate HTML "
     "in responses served through one large CDN. It seems to affect only certain pages with particular features enabled."),
    ("pm-057", "support ticket", ["parser", "buffer", "overrun", "ragel", "obfuscation"],
     "We received a notice that some of our users' private data may have been exposed in responses our edge provider served "
     "for unrelated sites, and then cached by search engines. What exactly was exposed, and during which dates? "
     "We need this for our disclosure obligations."),
    ("pm-058", "on-call chat", ["regex", "regular expression", "waf", "backtracking", "rule"],
     "Every proxy machine globally is at 100% CPU and returning 502s for all customer sites. "
     "It began at 13:42 UTC and hit every location within a couple of minutes. Our own dashboard and API are also hard to reach."),
    ("pm-058", "customer", ["regex", "regular expression", "waf", "backtracking", "rule"],
     "Every site we have behind our CDN returned 502 Bad Gateway for about 30 minutes this afternoon. "
     "Our origin servers were fine and barely saw any traffic. Lots of other big sites were down at the same time."),
    ("pm-061", "customer", ["upgrade", "script", "operating system"],
     "The file sync app has been stuck on connecting since Friday evening and the website is down. "
     "Now on Saturday some things work, but photos and some shared folders still do not load. Are my files safe?"),
    ("pm-061", "exec summary", ["upgrade", "script", "operating system"],
     "On Friday evening our service was unavailable for several hours, with degraded features over the weekend. "
     "A number of our database servers went offline at the same time during planned maintenance, and restoring them "
     "from backups took a long time because of the data size. No user files were lost."),
    ("pm-071", "status-page draft", ["rm", "deleted", "wrong server", "db1", "db2", "pg_dump"],
     "The website is down for emergency database maintenance. We are restoring from a backup taken about six hours ago, so "
     "issues, merge requests, comments and users created since then may be lost. Git repositories and wikis are not affected."),
    ("pm-071", "on-call chat", ["rm", "deleted", "wrong server", "db1", "db2", "pg_dump"],
     "Replication to the secondary broke during a load spike from spammers and I am trying to re-seed it from scratch. "
     "The sync tool keeps complaining that the data directory is not empty, so I have been clearing it out. "
     "Also the scheduled backup bucket looks empty, so we may not have any recent dumps at all."),
    ("pm-078", "customer", ["2tb", "ext3", "file size", "limit"],
     "The read-later app has not saved any new articles since Wednesday; everything just errors. "
     "Now it is back, but my archive of older articles is missing. What is going on?"),
    ("pm-078", "on-call chat", ["2tb", "ext3", "file size", "limit"],
     "Writes to the bookmarks table on our managed database instance all fail with a table-is-full error. "
     "Reads still work. The console shows the instance has plenty of free storage."),
    ("pm-090", "customer", ["migration", "autoscaler", "puppet"],
     "The site has been down for about 90 minutes, showing the all-servers-busy page. "
     "The mobile app will not load either. It is a Thursday afternoon so traffic is not unusual."),
    ("pm-090", "on-call chat", ["migration", "paused", "puppet"],
     "Our scaling service just terminated most of the app fleet within a few minutes, and the load balancers have nothing "
     "healthy behind them. Nobody triggered a scale-down and traffic is normal. "
     "We did have maintenance on an internal coordination service planned for today."),
    ("pm-099", "on-call chat", ["egg", "ddos", "april fools"],
     "Our load balancers are saturated and the sites intermittently throw errors. "
     "The traffic looks like a flood of small AJAX POSTs every few seconds from logged-in users' own browsers, not outside attackers. "
     "It started the day we enabled a new fun feature for everyone."),
    ("pm-099", "customer", ["egg", "ddos", "april fools"],
     "The site is really slow today and sometimes shows the something-went-wrong page. "
     "It seems to happen more when I leave the little game widget open in a tab, and lots of people on the meta site report the same."),
    ("pm-100", "on-call chat", ["regex", "regular expression", "backtracking", "trim"],
     "All the web servers got pulled out of load balancer rotation because the health check page was timing out. "
     "CPU on the whole web tier is pegged. It started at about 14:44 UTC and has lasted half an hour."),
    ("pm-100", "junior bug report", ["regex", "regular expression", "backtracking", "trim"],
     "One question page takes forever to render and pins a CPU core while it does. "
     "The post has a very long run of whitespace characters in it. "
     "Because it was linked from the home page, every server got stuck rendering it."),

    # ---- singles ----
    ("pm-001", "exec summary", ["resources", "mesos", "marathon", "capacity"],
     "During our big marketing campaign starting at 10:00, the shop became unavailable for most users for about an hour. "
     "Traffic spiked well above forecasts and several services began timing out one after another. "
     "Attempts to add more service instances did not help."),
    ("pm-005", "status-page draft", ["raid", "constraint", "migration-threshold", "corosync"],
     "Our payments API and merchant dashboard have been fully down since mid-afternoon on Tuesday. "
     "The primary database node developed a disk array problem, and the cluster manager that should move the primary to a "
     "healthy replica did not do so. Manual attempts to promote a replica are being refused by the cluster software."),
    ("pm-007", "exec summary", ["configuration", "config"],
     "For roughly half an hour on Friday morning, users of our email, social network, calendar and documents products got "
     "error messages or could not sign in. A large share of requests failed across all regions simultaneously. "
     "Users reported it widely on social media."),
    ("pm-008", "support ticket", ["load balancing", "load balancer", "server-side"],
     "Our whole office's browsers started crashing on launch this morning, on every desktop OS we use, at the same time a webmail outage was being reported. "
     "Signing the browser out of its sync account stops the crashes. Reinstalling the browser did not help."),
    ("pm-022", "on-call chat", ["backbone", "prefix", "router", "atlanta", "configuration"],
     "From about 21:12 UTC roughly half our traffic disappeared, and users in North America and Europe cannot reach sites behind our edge network. "
     "One of our US locations is suddenly receiving far more traffic than its share and falling over. "
     "The whole thing has lasted about 25 minutes so far."),
    ("pm-023", "customer", ["transformer", "generator", "power", "plc", "snapshot"],
     "On Sunday evening all of our instances in one availability zone of the European region went down at once, and block "
     "storage volumes there are stuck. The provider first mentioned a lightning strike near the facility. "
     "Many volumes took days to come back, and some of our backup copies appear damaged."),
    ("pm-024", "customer", ["power", "generator", "derecho", "storm"],
     "On Friday night a chunk of our instances in one availability zone in the US east region rebooted or went unreachable. "
     "Our managed databases in that zone did not fail over, and the region's management APIs were slow for hours. "
     "Several big streaming and social apps were down at the same time."),
    ("pm-033", "forum post", ["sha1", "sha-1", "collision", "subversion", "svn", "webkit", "shattered", "hash"],
     "Since someone committed a couple of test PDF files to our browser engine's repository, checkouts fail with checksum "
     "mismatch errors and the repository looks corrupted. Our mirror to another version control system stopped syncing as well. "
     "The two files look different when you open them."),
    ("pm-035", "forum post", ["leap", "printk", "xtime", "ntp", "deadlock", "kernel"],
     "Several of our servers locked up hard right around midnight UTC at the turn of the year. "
     "The console was unresponsive and there was no panic message. "
     "It only seems to have affected machines that were syncing their clocks over the network."),
    ("pm-039", "customer", ["gossip", "bit", "corruption", "checksum"],
     "Since about 8:40 Pacific on Sunday morning, our object storage requests in both the US and EU are failing. "
     "The provider says its servers are having trouble communicating with each other and that they had to take the whole "
     "service down to recover. It has been down for hours."),
    ("pm-040", "customer", ["mirroring", "re-mirroring", "network change", "race condition"],
     "Since early Thursday morning, many block storage volumes in one availability zone in US east are stuck, with I/O hanging. "
     "Creating new volumes or launching instances in the region also times out, even in other zones. "
     "Our database instances are unrecoverable and support cannot give an ETA. Some volumes seem to be gone for good after several days."),
    ("pm-041", "on-call chat", ["deleted", "state data", "developer", "maintenance process"],
     "On Christmas Eve afternoon our load balancers in US east started returning errors, and some are misconfigured or missing in the console. "
     "Video playback on customers' TV devices broke on one of our busiest nights. "
     "Other load balancers in the region look fine."),
    ("pm-042", "on-call chat", ["metadata", "membership", "secondary index", "gsi"],
     "Before dawn on Sunday Pacific time, calls to our managed key-value tables in US east started erroring massively. "
     "Dependent provider services in the region, like queues, autoscaling and metrics, are failing too. "
     "The provider says error rates are elevated and they are throttling some internal traffic to recover."),
    ("pm-043", "on-call chat", ["double free", "impression bus", "staging", "memory"],
     "All of our ad-serving front-end servers crashed at about the same time, worldwide, and serving has been down since. "
     "They had been running fine for a while after the last data update went out. "
     "The same build passed our pre-production tests."),
    ("pm-044", "exec summary", ["break statement", "4ess", "ss7", "software update", "recovery message"],
     "Starting in the afternoon, about half of long-distance calls across the country failed with an all-circuits-busy message. "
     "Switching centers kept resetting themselves one after another, and the problem spread across the network for about nine hours. "
     "No hardware appeared to be broken."),
    ("pm-045", "customer", ["ddos", "denial", "botnet", "reflection", "extortion"],
     "Our web app was unreachable for about two hours on Monday morning because our network links were flooded. "
     "We received an email demanding payment to make it stop. "
     "Our upstream providers tried filtering, but the traffic pattern kept changing."),
    ("pm-049", "support ticket", ["backup", "two-factor", "2fa", "credentials"],
     "We were told our link-shortener account may be compromised and that our connected social media accounts need to be reconnected. "
     "The vendor reset our API keys with little notice and our integrations broke. "
     "We would like to know exactly what data was accessed."),
    ("pm-050", "customer", ["shellshock", "prototype", "access key", "keys"],
     "Late last night thousands of users received an email claiming our testing service is shutting down and that their data is unsafe. "
     "The email was sent through our own email provider account. "
     "We also found cloud instances that we did not launch."),
    ("pm-056", "customer", ["queue table", "transactions"],
     "After the code hosting provider recovered from its own outage, builds on our CI service stopped starting. "
     "The build queue grew to hours and the web UI is very slow. "
     "The status page says their database is barely processing anything."),
    ("pm-063", "forum post", ["mcp", "xmpp", "database", "connection"],
     "During a record peak of concurrent players over the weekend, nobody could log in, matchmaking failed, and friend lists and party chat stopped working. "
     "The studio added a login queue, but every wave of reconnects seemed to knock things over again. "
     "It went on for most of the weekend."),
    ("pm-064", "junior bug report", ["eslint-scope", "npmrc", "pastebin", "token", "tokens"],
     "After a routine dependency update, our CI build started making an outbound request to a text-sharing site. "
     "The suspicious code lives in a scope-analysis package used by our JavaScript linter, in a version published about an hour earlier. "
     "Several developers noticed their package registry logins stopped working."),
    ("pm-068", "status-page draft", ["password", "rm", "admin"],
     "Our project's mirror organization on the public code hosting site was taken over this evening. "
     "Repository contents were replaced with commits that add destructive commands to build scripts, and maintainers were locked out. "
     "Do not pull from those mirrors; our primary infrastructure is not affected."),
    ("pm-069", "status-page draft", ["11211", "amplification", "reflection", "ddos"],
     "Between 17:21 and 17:30 UTC the site was intermittently unavailable. "
     "Inbound traffic to our edge jumped to over a terabit per second of UDP from tens of thousands of sources. "
     "We moved traffic to our mitigation provider and service recovered."),
    ("pm-077", "security researcher", ["log", "logs", "personal access token", "environment variable"],
     "I found I could obtain a token with push access to the package manager's core repositories. "
     "The token was visible to anyone browsing a particular page of their public build server. "
     "I reported it within half an hour of finding it."),
    ("pm-079", "on-call chat", ["wraparound", "vacuum", "autovacuum", "lock"],
     "Object store writes and metadata operations have hung for over an hour, and many reads of existing objects fail too. "
     "The metadata database shards show lots of queries waiting and none finishing. "
     "It started soon after a long-running maintenance task kicked in on those databases."),
    ("pm-080", "exec summary", ["typo", "operator", "command"],
     "Every server in one of our cloud regions rebooted at once, taking down all customer instances there. "
     "Recovery took over an hour because so many machines booting at the same time overwhelmed the boot infrastructure. "
     "No power or hardware alarms fired."),
    ("pm-081", "junior bug report", ["order by", "bug", "statement-based"],
     "I found that a replica's data silently differs from the primary, and the same is true on every replica. "
     "We only noticed because a query returned different results depending on which server handled it. "
     "Replication status shows healthy with no errors, and nobody can tell when it started."),
    ("pm-082", "status-page draft", ["secondary", "secondaries", "read preference"],
     "Our email API is returning timeouts and messages are being queued for a long time. "
     "Our read replica database nodes became overloaded first, and then the primary also became unresponsive. "
     "An emergency change pushed while troubleshooting made things worse right after it went out."),
    ("pm-083", "support ticket", ["wraparound", "transaction id", "xid", "vacuum"],
     "Our transactional email account has not been able to send since yesterday; API calls error out, while colleagues on "
     "other accounts are fine. The provider says one database shard stopped accepting writes. "
     "It has been over a day and we are still seeing delays."),
    ("pm-084", "support ticket", ["altgr", "ctrl", "alt", "shortcut", "shortcuts"],
     "Polish users of our writing platform report that one specific accented letter cannot be typed in the editor; it just disappears. "
     "Other Polish letters work fine. It only happens on one desktop operating system."),
    ("pm-086", "exec summary", ["peering", "common provider"],
     "Our alert notifications were delayed or failed for a while even though we run three independent deployments in separate data centers. "
     "Two of the three began seeing high network latency and connection failures simultaneously, which broke our quorum. "
     "We had believed the deployments were fully independent."),
    ("pm-092", "on-call chat", ["wraparound", "transaction id", "xid", "vacuum"],
     "Our error tracking service stopped accepting new events; the database refuses writes and tells us to run maintenance in single-user mode. "
     "We are a very write-heavy system with a huge events table. This is going to take most of the day."),
    ("pm-095", "exec summary", ["transit gateway", "gateway", "provider networking"],
     "On the first working day of the new year, our chat app failed to load for many users during the US morning. "
     "Our servers were fine CPU-wise, but lots of requests between them timed out or saw packet loss. "
     "Scaling up the web tier made things worse, and our provisioning service struggled as well."),
    ("pm-098", "status-page draft", ["message bus", "blocking"],
     "Our monitoring service stopped ingesting data for several hours. "
     "The storage cluster behind ingestion went down, and then every service feeding data into the pipeline hung as well. "
     "Even parts of the app unrelated to storage stopped responding."),
    ("pm-103", "on-call chat", ["integer", "int", "overflow", "2147483647"],
     "Since this afternoon, all activity uploads fail, but the rest of the site works. "
     "The database rejects inserts into the uploads table. Nothing was deployed."),
    ("pm-105", "customer", ["log", "logs", "s3"],
     "The backup service has not accepted new backups for about a day; my client just gets connection errors. "
     "The operator says the main server's disk filled up and many writes failed. "
     "A background cleanup job had been running before it happened."),
    ("pm-106", "support ticket", ["read-only", "slave", "master", "resync"],
     "Our account was charged repeatedly by auto-recharge within minutes, and some of our sub-accounts were suspended for a zero balance. "
     "Other customers are reporting the same thing. Please refund and explain what happened."),
    ("pm-107", "forum post", ["rm", "steamroot", "variable", "script"],
     "I moved the game store client's folder to another drive and launched it, and it deleted every file on my machine owned by my user. "
     "That included a mounted external backup drive. Several other people report the same thing after moving the folder."),
    ("pm-123", "customer", ["service mesh", "endpoints", "discovery"],
     "Since late afternoon my card keeps getting declined and transfers fail with an error in the banking app. "
     "The app sometimes will not load my balance either. Support chat says it is a wider problem."),
]


def build():
    rows = []
    for i, (case, voice, avoid, text) in enumerate(REPORTS, start=1):
        rows.append({
            "id": "c12-%03d" % i,
            "split": "dev" if i % 2 == 1 else "test",
            "expected": [case],
            "text": " ".join(text.split()),
        })
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "queries.jsonl"), "w", encoding="utf-8") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d reports" % len(REPORTS))


if __name__ == "__main__":
    main()
