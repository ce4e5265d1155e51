#!/usr/bin/env python3
"""Hand-written problem reports for c10. Writes queries.jsonl deterministically."""
import json, os

GLOBAL_AVOID = [
    "Allegro", "Cloudflare", "Etsy", "ThousandEyes", "Facebook", "GoCardless", "Google", "Gmail",
    "YouTube", "Chrome", "Chromium", "Heroku", "Azure", "Microsoft", "Stack Exchange", "Stack Overflow",
    "StackOverflow", "Sentry", "Travis", "Steam", "Valve", "AWS", "Amazon", "S3", "EBS", "ELB", "EC2",
    "DynamoDB", "GitHub", "Orchestrator", "PythonAnywhere", "Knight", "CollabNet", "Subversion", "SVN",
    "WebKit", "Mozilla", "Firefox", "AT&T", "Basecamp", "37signals", "Bintray", "Bitly", "BrowserStack",
    "Buildkite", "Bungie", "EVE Online", "CCP", "Chef", "CircleCI", "Discord", "Dropbox", "Duo",
    "Epic Games", "Fortnite", "ESLint", "Flowdock", "Hacker News", "Y Combinator", "Gentoo", "GitLab",
    "Gliffy", "Minecraft", "Mojang", "Homebrew", "Instapaper", "Joyent", "Manta", "Kickstarter",
    "Mailgun", "Mailchimp", "Mandrill", "Medium", "Netflix", "PagerDuty", "Parity", "Reddit",
    "Salesforce", "ShapeShift", "Skyliner", "Slack", "Spotify", "Square", "Stackdriver", "Strava",
    "Stripe", "Tarsnap", "Twilio", "vzaar", "Yeller", "Zerodha", "Skyscanner", "Moonlight", "Civis",
    "Zalando", "AirMap", "Monzo", "Universe", "Saltside", "SaleMove", "AppNexus", "BBC", "iPlayer",
    "Juniper", "Akamai", "Prolexic",
]

# (case_id, per-case AVOID list, text)
R = [
 # ---- priority cases ----
 ("pm-031", ["Compute Engine", "GCE", "metadata"],
  "Since roughly lunchtime every VM we create in our cloud project boots with no working network: no SSH, no outbound, health checks red. "
  "Instances that were already running before that are totally fine. "
  "A VPN tunnel and a network load balancer we set up in the same window also never start passing traffic. "
  "Provider status page just says 'investigating', it's been about two hours."),
 ("pm-082", ["MongoDB secondary", "read preference"],
  "Our transactional mail through the sending API has been timing out or returning 5xx for the last hour. "
  "Password reset and receipt emails are not reaching customers, and the logs/events page in the provider's control panel won't load. "
  "Is there an outage on your side?"),
 ("pm-082", ["read preference"],
  "ops: the Mongo secondaries were pegged on CPU, so while debugging we pushed a change and now ALL reads are landing on the primary. "
  "Primary is drowning too, queue depth climbing, API latency through the roof. "
  "Can someone revert that routing change before we lose the primary completely?"),
 ("pm-047", ["throttl"],
  "Saturday night and the catch-up TV player won't start any programme, plus several news and sport pages are erroring. "
  "The shared database tier that sits behind most of the site is overloaded and is rejecting requests, so anything without a good cache in front is failing. "
  "Some sections stay up only because they serve stale cached copies. "
  "Escalating to the platform on-call."),
 ("pm-101", ["Developer Story", "Careers"],
  "Bug report: after my old job-seeker profile was migrated to the new public developer profile page, information I had marked private is now visible to anyone. "
  "I checked logged out in a private window and can see it. "
  "Other users on meta say the same, it seems to affect everyone who had a profile on the old jobs product."),
 ("pm-013", ["apt", "pinned"],
  "Since an overnight platform stack update our app containers are crashing at boot with 'Permission denied' errors writing to files under /dev. "
  "Nothing changed in our code or buildpack, and a restart doesn't help. "
  "Several other customers on the forum are hitting the same thing."),
 # ---- other cases ----
 ("pm-001", ["Smart", "offer"],
  "The marketplace is throwing 5xx on almost every page just minutes after the big promotional sale went live. "
  "Traffic spiked far beyond normal and the service that renders item listings is out of CPU, and its slowness is cascading into everything that calls it. "
  "Autoscaling in the cluster isn't keeping up. "
  "Customers can't browse or buy."),
 ("pm-002", ["FlowSpec", "Flowspec", "router rule"],
  "We are completely dark on every edge location at once, all sites behind us are unreachable. "
  "Looks like our edge routers are crashing and rebooting in a loop right after we pushed a filter rule to drop a DDoS pattern of oddly large packets. "
  "Console access is flaky because the routers keep eating their memory. "
  "Need someone with out-of-band access to each POP now."),
 ("pm-002", ["FlowSpec", "Flowspec"],
  "Customer here: my website and DNS both went unreachable worldwide at around 09:47 UTC, traceroutes die at the proxy provider's network. "
  "It's been about an hour and the status page only says 'network issue'."),
 ("pm-005", ["Pacemaker"],
  "Payments API and merchant dashboard are both returning errors, nothing is being processed. "
  "The primary Postgres box had a hardware/disk controller failure and the cluster manager did NOT fail over to the replica as designed; it's stuck. "
  "We're trying to manually promote but the cluster software keeps fighting us."),
 ("pm-006", ["IP block", "network configuration management"],
  "All of our VMs across every region in the public cloud became unreachable from the internet at the same moment. "
  "Internal traffic between instances still works, but inbound from outside is simply gone, like the provider withdrew our external IP ranges. "
  "It lasted around 18 minutes and then came back on its own."),
 ("pm-007", ["configuration generation"],
  "Users report webmail, calendar and the social network are all showing error pages or 'temporary error 502' at once. "
  "It started around 11:00 Pacific and it's hitting users worldwide. "
  "Looks like something internal pushed bad config to many services simultaneously."),
 ("pm-008", ["sync server", "lock service", "quota"],
  "Browser bookmark/settings sync is failing for a huge number of users and clients are hammering the backend with retries. "
  "The sync servers are getting rejected by a shared internal dependency after a limits/config change there, and the retry storm is making it worse. "
  "Sync errors started showing up in the browser's settings page for everyone."),
 ("pm-009", ["harm your computer", "StopBadware", "malware"],
  "Every single search result, including for totally benign sites, now carries a warning that the site could damage your computer and clicking goes to an interstitial. "
  "Started around 6:30am Pacific on Saturday. "
  "It looks like the list of flagged sites contains a bare '/' entry, which matches every URL."),
 ("pm-011", ["blob", "metadata"],
  "Object uploads and reads in the US multi-region are failing with elevated 5xx errors since this morning. "
  "Our app attachments won't upload and several downstream managed services that store files there are degraded too. "
  "Retries sometimes work but error rate is well above 10%."),
 ("pm-012", ["network control plane", "maintenance"],
  "Sunday afternoon: huge packet loss and latency between our cloud regions in the eastern US, and many consumer apps hosted there (video, mail, chat apps) are down for users. "
  "Looks like the provider's network lost a large chunk of capacity; traffic is badly congested. "
  "Our own dashboards are also slow because the provider's console is affected. "
  "Ongoing for over three hours."),
 ("pm-014", ["Blob", "infinite loop", "front-end"],
  "Storage accounts in multiple regions are timing out; object reads/writes hang and many dependent VMs and websites are down. "
  "It started shortly after what looks like a performance config rollout that went to all regions at once instead of in flights. "
  "The storage web tier servers seem to be spinning at 100% CPU and not serving anything."),
 ("pm-018", ["images"],
  "Every Linux build on the CI service is failing immediately because the VM can't boot: the boot source is not found. "
  "Seems like the base disks our job VMs boot from have been deleted from the cloud project by some cleanup job. "
  "No builds are running at all; users are flooding support."),
 ("pm-020", ["truncat", "DATABASE_URL"],
  "Users are suddenly logged out of the CI website and when they log back in their repositories and build history are gone. "
  "Looks like the production database tables were emptied, possibly by a test suite that ran pointed at the production DB by mistake. "
  "Builds aren't triggering because the repo records are missing."),
 ("pm-022", ["Atlanta", "backbone"],
  "We just saw about half our edge traffic vanish for ~25 minutes across many cities. "
  "A router config change on our private inter-city network made one site attract all of that network's traffic and it got overwhelmed. "
  "Customers are reporting 502 and 'unreachable' everywhere, plus DNS resolver timeouts."),
 ("pm-023", ["Dublin", "lightning", "transformer"],
  "Our whole stack in the European region is down after a power loss at the provider's data center. "
  "Instances are coming back slowly but block storage volumes are stuck and many are in an impaired state. "
  "We also noticed some of our snapshots look broken, missing blocks. "
  "ETA from the provider is hours."),
 ("pm-024", ["derecho", "storm", "generator"],
  "Friday night, severe thunderstorms in Virginia and our US-East availability zone lost power. "
  "Instances in one zone are dead, and load balancers in the region are misbehaving so failover to other zones isn't working. "
  "Big consumer apps are down too. "
  "Volumes are stuck in recovery after power comes back."),
 ("pm-025", ["metadata", "global secondary index", "membership"],
  "The managed key-value database in us-east-1 is returning massive error rates since early Sunday morning. "
  "Everything that depends on it internally (queues, autoscaling, metrics) is also degraded, so lots of apps are falling over. "
  "Storage servers apparently can't fetch their partition assignments from the internal config service fast enough and keep taking themselves offline."),
 ("pm-026", ["power", "firmware", "Redis"],
  "The site is down for everyone: unicorn pages everywhere, git pushes fail. "
  "There was a brief electrical disruption in the primary data center and a large number of servers didn't come back up after reboot. "
  "Our in-memory cache/queue clusters lost most of their hosts and the app can't boot without them. "
  "Going on two hours."),
 ("pm-027", ["lightning", "Belgium", "persistent disk"],
  "Several of our VMs in the Europe-west zone report I/O errors on their persistent disks after a storm hit the data center's power. "
  "Most disks recovered, but a few of ours have unreadable blocks and data loss on recent writes. "
  "Provider says repeated strikes during a thunderstorm hit the local grid."),
 ("pm-029", ["43 seconds", "orchestrator", "Orchestrator"],
  "Webhooks delayed, issues and PRs showing stale or missing data, and writes failing on the site. "
  "After a brief network blip between our East Coast hub and the primary data center, the MySQL failover tooling promoted primaries on the West Coast, and now writes are split across both coasts. "
  "We can't simply fail back without losing writes. "
  "Plan is to restore from backup and replay, this will take many hours."),
 ("pm-029", ["orchestrator"],
  "Status draft: users may see out of date information on the site and delayed webhooks and static-site builds. "
  "We are degrading some features to protect data integrity while we recover our database clusters. "
  "No data has been lost but recovery will take a significant amount of time."),
 ("pm-030", ["lock queue", "ACCESS EXCLUSIVE"],
  "API latency went vertical and requests are timing out as soon as the migration started. "
  "The ALTER TABLE is waiting for a lock behind a long-running transaction, and every normal query on that table is queued behind the ALTER. "
  "Connection pool is exhausted. "
  "Kill the migration?"),
 ("pm-032", ["Power Peg", "SMARS", "RLP"],
  "Our order router is firing a flood of market orders on NYSE names that nobody entered, and we're accumulating a huge unwanted position. "
  "The new release went out this morning, but one of the eight servers still has old code that reads the reused flag as the old test order logic. "
  "We're losing millions per minute; pull the plug now."),
 ("pm-032", ["Power Peg"],
  "Exec summary: in the first 45 minutes after the market opened, automated trading software sent millions of erroneous orders, and we ended up with a loss of about $440 million. "
  "The cause was a deployment that missed one server plus a repurposed configuration flag."),
 ("pm-033", ["SHA-1", "SHA1", "SHAttered", "collision"],
  "Our central version-control server's repository is broken after someone committed the two sample PDFs from the new hash research paper as a test case. "
  "Checkouts and syncs now fail with checksum mismatch errors and the mirror can't sync. "
  "The two files have the same hash but different contents and the dedup cache treats them as the same."),
 ("pm-034", ["leap day", "February 29", "Feb 29"],
  "New VM deployments and service scaling are failing across the cloud, and existing hosts are being marked unhealthy. "
  "The guest agent can't create its transfer certificate because the expiry date it computes, one year from today, doesn't exist. "
  "It started right at midnight UTC today, which is the 29th of February."),
 ("pm-035", ["leap second"],
  "Several of our Linux servers hard locked up right at midnight UTC on New Year's Eve. "
  "Console shows nothing useful; the ones running ntpd are the ones that hung. "
  "Rebooting fixes it."),
 ("pm-036", ["leap second", "hrtimer"],
  "After midnight UTC on June 30 CPU on a ton of our servers jumped to 100%; Java processes and MySQL are spinning without doing work. "
  "Looks like everything blocked in futex/timers is waking constantly. "
  "Setting the system date manually (date -s \"$(date)\") makes the load drop instantly."),
 ("pm-036", ["leap second"],
  "Our hosting provider's Hadoop and Cassandra boxes went to full CPU overnight all at the same time, no deploys happened. "
  "Several sites that run on Java are slow or down this morning."),
 ("pm-037", ["intermediate", "add-on", "addon", "Armagadd"],
  "All my browser extensions got disabled at once and now show as 'could not be verified'. "
  "I can't reinstall them either, the store gives an error. "
  "Started Friday evening, happening to everyone I know using the browser."),
 ("pm-037", ["Armagadd"],
  "The certificate in the chain used to sign all extensions expired at midnight UTC, so the browser's signature check now fails and disables every extension. "
  "We need to ship a new cert to clients quickly, maybe via the studies system."),
 ("pm-038", ["us-east-1", "billing", "playbook"],
  "Object storage in the big US-East region is returning errors for everything, and half the internet's websites have broken images and failing uploads. "
  "Even the provider's own status dashboard can't update its icons. "
  "Someone on the team says an engineer's command to remove a few servers took out way more capacity than intended, including the index subsystem."),
 ("pm-038", ["typo"],
  "Our app is down because we can't read anything from the bucket in Virginia, every GET/PUT returns 503. "
  "Other regions work fine. "
  "Started around 9:37am Pacific."),
 ("pm-039", ["gossip", "bit"],
  "Object storage has been returning errors for all requests for hours in the US and Europe. "
  "Internal servers seem unable to agree on which other servers are alive; state messages between them are garbled. "
  "They shut down the whole fleet to clear the bad state and are bringing it back slowly."),
 ("pm-040", ["re-mirror", "remirror", "network change"],
  "Block storage volumes in one US-East availability zone are stuck, I/O hangs on any instance that uses them. "
  "A router change in the morning routed primary traffic to a lower-capacity network, and now the storage nodes are all trying to re-replicate at once. "
  "The API calls to create volumes are failing across the whole region. "
  "Big sites are down."),
 ("pm-041", ["Christmas", "maintenance process"],
  "December 24th: load balancers in US-East are dropping traffic and new ones can't be configured. "
  "A maintenance job apparently ran against the production load balancer state data and deleted some of it. "
  "The video streaming service is down for lots of customers on TV devices."),
 ("pm-043", ["double free", "impbus"],
  "All of our ad servers crashed simultaneously and won't stay up after restart. "
  "It seems a routine data update pushed to every server (a deleted object) triggers a memory bug that crashes the process. "
  "We're serving zero impressions globally."),
 ("pm-044", ["4ESS", "break statement"],
  "Long distance calls across the country are failing for about half of callers. "
  "Our switches keep resetting and each reset message sent to neighbours causes them to crash and reset too, spreading through the network. "
  "This started after a software update rolled out to the switches last month."),
 ("pm-045", ["blackmail", "extort"],
  "Our project management app is unreachable; the network is getting flooded with a massive DDoS. "
  "We got an email demanding money to stop the attack. "
  "Upstream providers are working on filtering but it's overwhelming our links."),
 ("pm-046", ["integer", "read-only", "2147483647"],
  "The app stopped accepting any changes this morning: users can view projects but can't post messages, to-dos or comments. "
  "Insert errors in the logs say 'Out of range value for column id' on one big events table. "
  "We need to change the primary key column type to bigint on a huge table, and that will take hours."),
 ("pm-046", ["integer"],
  "Customer here: I can't add anything in any of our projects today, everything says the account can only be viewed right now. "
  "Is this a billing issue on our side?"),
 ("pm-049", ["credentials", "source code repository"],
  "We've detected that our offsite database backups were accessed from an unknown location. "
  "Looks like an employee's account on the code hosting service was compromised, and from the source code the attacker took keys for the backup storage. "
  "We need to force reset users' passwords and rotate OAuth tokens for connected social accounts."),
 ("pm-050", ["Shellshock", "prototype"],
  "Customers just received an email claiming our testing service is shutting down and their data is insecure, sent from our own mailing account. "
  "An attacker got into an old unused test server that was never patched and found cloud API keys there. "
  "They spun up instances and used our mail integration."),
 ("pm-051", ["downsized", "cost"],
  "The CI web dashboard and agent API are timing out; agents can't pick up jobs. "
  "We recently scaled the main database down to a cheaper instance to save money, and now it's at 100% CPU under normal weekday load. "
  "Scaling it back up requires downtime."),
 ("pm-056", ["GitHub outage"],
  "After the code host came back from its outage, a huge backlog of push hooks hit us and our build queue is stuck. "
  "The database holding build queue records is overloaded with contention and builds aren't starting. "
  "Customers see builds queued for hours."),
 ("pm-057", ["Cloudbleed", "parser", "email obfuscation"],
  "Project Zero researcher here: I'm seeing random chunks of other sites' HTTP traffic (cookies, auth tokens, POST bodies) embedded in responses from sites behind your proxy. "
  "Search engine caches have indexed pages containing this leaked memory. "
  "It looks like an HTML-rewriting feature is reading past the end of a buffer."),
 ("pm-058", ["WAF", "regular expression", "regex"],
  "All our edge machines worldwide just hit 100% CPU and customers are getting 502 errors everywhere. "
  "It started right after the managed rules update went out globally; one of the new patterns seems to backtrack catastrophically. "
  "Kill the rules globally right now."),
 ("pm-058", ["WAF"],
  "Every website on our proxy provider started returning 'Bad Gateway' around 13:42 UTC. "
  "It lasted about half an hour then recovered."),
 ("pm-061", ["operating system upgrade"],
  "The file sync site is down and clients can't sync. "
  "A routine OS upgrade script reinstalled a number of machines that were active production database servers instead of idle ones. "
  "We have to restore those databases from backups and replay binlogs, which will take a long time."),
 ("pm-063", ["MCP", "CCU"],
  "Record number of concurrent players this weekend, and now logins fail and everyone is stuck in queue. "
  "The account/profile service's database is overloaded, the XMPP presence service is collapsing under reconnects, and matchmaking is down. "
  "We've turned on the login queue and throttled."),
 ("pm-064", ["eslint-scope", "eslint", "ESLint"],
  "Heads up: a new patch release of a popular JS linter's scope-analysis dependency contains code that reads ~/.npmrc and sends the npm token to a remote server. "
  "The maintainer's npm account looks compromised and was used to publish it. "
  "We're revoking all npm tokens just in case."),
 ("pm-068", ["Gentoo"],
  "Someone has taken over our distro's organization on the code host: repos were force-pushed with content that would rm -rf everything, and the README replaced with a message. "
  "Admin password of one of the org owners appears to have been guessed. "
  "Our official tree on our own infrastructure is fine but people syncing from the mirror are at risk."),
 ("pm-069", ["memcached", "1.35"],
  "Massive inbound flood on port 11211 UDP, peaking over 1 Tbps; site intermittently unavailable. "
  "It's a reflection/amplification attack from open caching servers. "
  "We've routed traffic through our DDoS scrubbing provider; it's mostly mitigated after about 10 minutes."),
 ("pm-070", ["SSD"],
  "The tech news forum has been down for several hours. "
  "Moderators say the disk on the single main server failed and they're restoring to new hardware from the backup, so some posts and comments from the last hours may be lost."),
 ("pm-071", ["team-member-1", "db1", "db2"],
  "I ran rm -rf on the data directory while trying to fix replication, and I was on the primary, not the secondary. "
  "About 300GB is gone. "
  "And our backups look empty: pg_dump has been failing silently. "
  "The only copy is a staging snapshot about six hours old."),
 ("pm-071", ["backup"],
  "Customer: the code hosting site is down and when it comes back, issues and merge requests I created this afternoon are missing. "
  "Repos seem fine but comments are gone."),
 ("pm-072", ["turtle", "hare"],
  "Our diagram web app is down: while fixing a problem with database replication, an admin accidentally deleted the production database. "
  "We have backups but restoring them will take a very long time because of their size. "
  "Customers can't open any of their diagrams."),
 ("pm-077", ["Jenkins", "token"],
  "A security researcher reports that a personal API key with push rights to our package manager's main repositories was visible in our CI logs. "
  "That key could have been used to push malicious code to every user's install. "
  "We revoked it within hours; checking history for tampering."),
 ("pm-078", ["2TB", "ext3", "RDS"],
  "The read-it-later app is down: any new article save fails. "
  "The MySQL database is returning 'table is full' errors on the bookmarks table. "
  "We think we hit a filesystem file size limit on the managed database instance; the only fix is to dump and restore to a new instance."),
 ("pm-078", ["2TB"],
  "User: I can't save anything to my reading list and my archive is empty since yesterday. "
  "The app says it's in limited service mode. "
  "Is my saved stuff gone?"),
 ("pm-079", ["wraparound", "autovacuum"],
  "Our object storage metadata tier is stalling: PUTs and GETs hang. "
  "A Postgres anti-XID-exhaustion vacuum is holding a lock, and a routine query waiting for a stronger lock is now blocking everything behind it. "
  "Service basically unavailable for writes."),
 ("pm-080", ["reboot", "typo"],
  "Every server in our us-east data center just rebooted at once. "
  "An operator running a command meant for a few nodes mistyped it and the tool didn't ask for confirmation. "
  "All customer instances are down while the servers boot and come back."),
 ("pm-083", ["wraparound", "XID"],
  "Outbound transactional email is not being sent; the API is accepting some calls but queued mail isn't going out. "
  "One Postgres shard has stopped accepting writes and logs say the database must be vacuumed to avoid running out of transaction IDs. "
  "The vacuum on that shard will take many hours."),
 ("pm-084", ["Polish", "AltGr"],
  "Users in Poland on Windows report that one accented letter (typed with right Alt + S) disappears when they type in our editor. "
  "Instead of inserting the character, the editor fires a keyboard shortcut because right Alt is seen as Ctrl+Alt."),
 ("pm-086", ["peering"],
  "Alert notifications are being delayed or not sent at all. "
  "A network degradation at an interconnect shared by our providers is affecting two of our three data centers at the same time, and our Cassandra cluster lost quorum. "
  "Customers are not getting paged."),
 ("pm-088", ["initWallet", "multi-sig", "multisig"],
  "Around 150,000 ETH have been drained from three multi-owner wallets created with our client. "
  "Attacker called the initialization function through the fallback/delegatecall and made himself owner, then withdrew everything. "
  "White hats are draining other vulnerable wallets to protect them."),
 ("pm-090", ["Zookeeper", "ZooKeeper", "autoscaler"],
  "The site is down: app servers are being terminated en masse. "
  "During a migration of our scaling service config, it read stale data from the coordination service and decided most of the app fleet wasn't needed. "
  "We're relaunching instances but caches are cold and it will take a while."),
 ("pm-091", ["NA14", "firmware"],
  "Our CRM instance on the NA pod has been unavailable for most of the day. "
  "After a power failure in the data center they failed over, but then the storage array had a problem that corrupted the database. "
  "They're restoring and say data written during a window of about four hours may be lost."),
 ("pm-092", ["wraparound", "XID"],
  "Our error-tracking service stopped ingesting events. "
  "Postgres refuses writes with 'database is not accepting commands to avoid ... data loss' and a hint to run VACUUM. "
  "We need a full vacuum on a huge table; customers will see a long gap in event data."),
 ("pm-093", ["insider", "hot wallet"],
  "Funds from our online (internet-connected) wallet are being stolen repeatedly; we've lost several hundred BTC over a few weeks. "
  "It looks like someone with inside access to our servers leaked private keys, and even after rebuilding the attacker got in again. "
  "The exchange service is paused."),
 ("pm-095", ["Transit Gateway", "TGW", "holiday"],
  "First working day after the holidays and our chat app is failing to load messages for many users; everyone reconnects at once. "
  "Inside our VPC network we see packet loss between services, and the cloud provider's managed network hub between VPCs apparently didn't scale fast enough. "
  "Autoscaling can't even provision new servers because the provisioning service itself is hitting the network problems."),
 ("pm-099", ["bugcheck", "read-only"],
  "The Q&A sites stopped accepting edits and then went completely down. "
  "The primary SQL Server crashed with a memory dump / stack error in the engine process, and failing over to the secondary isn't clean. "
  "Users see the 'offline' error page."),
 ("pm-100", ["regex", "backtracking", "whitespace"],
  "The whole Q&A network is returning 503 from the load balancers. "
  "Web servers are at 100% CPU; profiling shows all time spent in a pattern match that trims trailing spaces, running against one post containing about 20,000 consecutive spaces. "
  "That post is on the home page so health checks hit it and fail."),
 ("pm-100", ["regex"],
  "Junior: all the sites went down for about half an hour, the web tier CPUs were pegged, and it stopped when someone edited a single post. "
  "I don't understand how one post took everything down."),
 ("pm-103", ["32-bit", "int"],
  "Activity uploads from the fitness app and GPS devices are all failing. "
  "Inserts into the activities table blow up because the id column hit the max value of a signed integer. "
  "Uploads will need to be queued while we change the key type."),
 ("pm-104", ["index"],
  "Payments API latency exploded and a big chunk of requests are erroring. "
  "A database lookup structure got removed during an operation on the cluster and now a hot query is doing full scans. "
  "Rebuilding it will take a while."),
 ("pm-106", ["Redis", "auto-recharge"],
  "Customers are reporting they were charged multiple times for account recharges today, and some accounts show zero or negative balances. "
  "The in-memory store holding account balances lost its data after a replica resync failure and a master restart, and the billing system kept re-charging cards. "
  "We've disabled billing updates."),
 ("pm-106", ["Redis"],
  "Customer: my credit card got charged over and over for the telephony API account recharge, and my balance shows empty. "
  "Please refund."),
 ("pm-107", ["STEAMROOT", "rm -rf"],
  "After launching the game client on Linux it deleted everything owned by my user, including my home directory and a mounted backup drive. "
  "I had moved the client's folder, and the launcher script ran a delete on a path variable that ended up empty, so it ran on '/*'."),
 ("pm-107", ["STEAMROOT"],
  "Bug: moved my game library folder to another disk, client started, and my whole home dir is gone. "
  "The shell script does rm -rf \"$VAR/\"* and $VAR was empty."),
 ("pm-112", ["templat", "namespace"],
  "Every service in our Kubernetes clusters has just disappeared; deployments and namespaces were deleted across clusters. "
  "A change to a config template used by our cluster management pipeline generated a value that matched everything. "
  "We're recreating namespaces and redeploying hundreds of services."),
 ("pm-116", ["CoreDNS"],
  "Cluster-wide DNS resolution failures in our production Kubernetes clusters, pods can't resolve service names or external hosts. "
  "The DNS pods are getting OOM killed under a spike in query volume and restarting in a loop. "
  "Many apps are failing requests as a result."),
 ("pm-120", ["ndots", "storm"],
  "DNS in the cluster is melting: the DNS pods are at full CPU and lookups time out intermittently. "
  "Every external lookup turns into several queries because of the search domains in resolv.conf, and some clients fail. "
  "Latency is up everywhere."),
 ("pm-123", ["linkerd", "Linkerd"],
  "Card payments and transfers for our bank customers are failing since this afternoon. "
  "The service mesh lost track of where the backends are after a change to the cluster, so requests get routed to nowhere. "
  "App is also failing to load balances."),
]

def main():
    out = []
    for i, (cid, avoid, text) in enumerate(R, start=1):
        out.append({"id": "c10-%03d" % i, "split": "dev" if i % 2 == 1 else "test",
                    "expected": [cid], "text": text})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "queries.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "reports")

if __name__ == "__main__":
    main()
