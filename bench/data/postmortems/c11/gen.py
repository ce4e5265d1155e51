#!/usr/bin/env python3
"""c11: hand-written problem reports. Writes queries.jsonl deterministically (stdlib only).
Split rule: odd position (1-based) -> dev, even -> test."""
import json, os

GLOBAL_AVOID = [
    "google", "gmail", "youtube", "chrome", "chromium", "gce", "gcs", "amazon", "aws", "s3", "ec2", "ebs", "rds",
    "dynamodb", "elb", "sqs", "cloudwatch", "azure", "microsoft", "windows", "cloudflare", "github", "gitlab",
    "heroku", "travis", "circleci", "buildkite", "stack overflow", "stackoverflow", "stack exchange",
    "stackexchange", "sentry", "tarsnap", "yeller", "flowdock", "stackdriver", "etsy", "skyliner", "basecamp",
    "37signals", "strava", "mandrill", "mailchimp", "mailgun", "twilio", "stripe", "square", "slack", "spotify",
    "netflix", "dropbox", "instapaper", "pinterest", "joyent", "kickstarter", "medium", "parity", "ethereum",
    "reddit", "salesforce", "shapeshift", "zerodha", "monzo", "linkerd", "kubernetes", "k8s", "etcd", "postgres",
    "postgresql", "mysql", "redis", "cassandra", "mongodb", "memcached", "zookeeper", "consul", "kafka", "docker",
    "linux", "juniper", "cisco", "firefox", "mozilla", "knight", "nyse", "at&t", "gocardless", "pacemaker",
    "fortnite", "epic", "eslint", "npm", "gentoo", "homebrew", "browserstack", "bitly", "appnexus", "bbc",
    "iplayer", "subversion", "svn", "webkit", "hacker news", "pagerduty", "discord", "eve online", "bungie",
    "steam", "valve", "allegro", "facebook", "instagram", "linode", "solr", "nginx", "haproxy", "rabbitmq",
    "sql server", "ubuntu", "apple", "macos", "java", "jvm", "jenkins", "gliffy", "atlassian", "confluence",
    "akamai", "garmin", "vzaar", "saltside", "salemove", "airmap", "universe", "civis", "chef", "pythonanywhere",
]

# (case_id, voice, avoid_list, text)
REPORTS = [
    # ---------------- priority ids ----------------
    ("pm-066", "support ticket", ["flowdock", "flows", "rally", "broadcom"],
     "Our whole team has not been able to send or load messages in our team chat since yesterday morning, and it "
     "is now close to a full day. The web app spins forever and the mobile app says it cannot connect. Since "
     "everyone started working from home this tool is our main channel, so we are completely stuck. When it comes "
     "back, will the messages and files we posted just before it died still be there?"),
    ("pm-066", "on-call chat", ["flowdock", "flows", "rally", "broadcom"],
     "DB primaries are pinned at 100% CPU and queries just hang instead of failing, connections pile up until the "
     "app times out. Usage has been way above normal for weeks since everybody went remote, and this morning's peak "
     "tipped it over. Restarted the app tier twice with no change, and the replica hangs the same way once traffic "
     "reaches it. If we end up restoring from backup, some of the newest messages and uploads may be gone for good."),
    ("pm-098", "status-page draft", ["stackdriver", "cassandra", "rabbitmq"],
     "We are experiencing a full outage of dashboards, metric ingestion and alerting for all customers. New data "
     "points are not being accepted and alert notifications may not be sent. The problem began in one backend "
     "data store and has spread to services that do not normally depend on it. We will post an update within 30 "
     "minutes."),
    ("pm-098", "on-call chat", ["stackdriver", "cassandra", "rabbitmq"],
     "Everything is down, not just the graphs: the collectors, the API and even the alert workers are stuck. "
     "Thread dumps show every producer blocked trying to publish onto the internal message bus, and the consumers "
     "that write into the time-series cluster are all timing out. Several nodes of that cluster are dead or "
     "flapping and the rest refuse writes. Why is one storage cluster freezing services that never talk to it "
     "directly?"),
    ("pm-105", "forum post", ["tarsnap", "s3", "amazon"],
     "Anyone else's encrypted online backups failing since last night? My nightly cron job errored out with a "
     "server-side failure on every attempt, and reruns this morning fail the same way. The operator's announcement "
     "list says the service is down and they are looking into it. I changed nothing locally, I just want to know "
     "my existing archives are safe."),
    ("pm-105", "on-call chat", ["tarsnap", "s3", "amazon"],
     "Backup service stopped accepting writes overnight: the server processes are alive but every request that "
     "has to write anything fails. The root filesystem on the main server is at 100%. The biggest thing on it is "
     "the log of the background job that frees unused blocks in cloud object storage, which has grown by tens of "
     "gigabytes and is full of the same failed retries for the same blocks. Nothing alerted; we found out from "
     "customer emails."),
    ("pm-109", "support ticket", ["yeller", "riak", "kafka"],
     "Exceptions from our app are showing up in your error tracker hours late: an error we triggered at 10:00 "
     "only appeared around 16:30. Nothing seems lost, just massively delayed, and the notifications arrive long "
     "after the fact. Is there a backlog on your side?"),
    ("pm-109", "on-call chat", ["yeller", "riak", "kafka"],
     "Part of the processing cluster can't reach the other part: some nodes see each other, some time out, yet "
     "every host is up and each node's own health check passes. Messages routed to the cut-off nodes are sitting "
     "there for six to seven hours. We don't have enough network logging to see what the routes looked like. A "
     "rolling restart of the whole cluster got everything flowing again and nobody can say why."),
    ("pm-065", "on-call chat", ["etsy"],
     "Heads up: after this morning's tiny bugfix deploy, several production database hosts are running a "
     "different server version than an hour ago and their processes restarted under live traffic. Nobody "
     "intended to touch the databases in that deploy. We are putting the marketplace into maintenance so we can "
     "run integrity checks before trusting any data."),
    ("pm-065", "junior's bug report", ["etsy"],
     "Second site-down of the week: saving some new records now fails with a database error that the value is "
     "out of range for the id column. Only brand-new rows on a few tables fail, updates to existing rows work. "
     "The ids being generated are just above 2147483647. Since we cannot rule out silent corruption, the site "
     "was taken offline again until a fix is pushed."),
    ("pm-094", "support ticket", ["skyliner"],
     "Your deployment dashboard went completely unresponsive this afternoon and none of our deploys could start. "
     "This is the second time in under a week, the same thing happened last Thursday. Both times it came back "
     "after a while without anything changing on our side. Can you tell us what is going on?"),
    ("pm-094", "on-call chat", ["skyliner"],
     "Memory on the app servers climbs steadily after every restart until they swap and requests start timing "
     "out, and a restart buys us a few hours. Same pattern as the outage four days ago that we wrote off as a "
     "one-off. None of our own code paths changed between the good week and now, though a couple of third-party "
     "libraries were bumped."),
    ("pm-015", "on-call chat", ["stack", "overflow", "asa"],
     "All of our Q&A sites went unreachable at once: browsers time out without ever getting an error page from "
     "us. Web servers, load balancers and databases look healthy from inside the datacenter and internal traffic "
     "flows fine. It started right after a network change window. Traffic from the outside simply is not getting "
     "in."),
    ("pm-102", "status-page draft", ["stack", "overflow", "bugcheck"],
     "All sites in the network are currently read-only: you can browse questions and answers, but posting, voting "
     "and editing fail. The process on our primary database server crashed with a fatal error and we are working "
     "to restore service. Shortly afterwards pages began failing entirely, and the sites are now fully "
     "unavailable. We will update as we learn more."),
    ("pm-101", "forum post", ["stack", "overflow", "careers", "developer story"],
     "Profile details that I had marked private in my old job-seeker profile are now visible on my public "
     "developer timeline page. Others in this thread report the same, for example previous employers they chose "
     "to hide. It appeared right after the new profile format replaced the old one. Please take it down before "
     "more people see it."),
    # ---------------- others, two reports ----------------
    ("pm-002", "customer", ["cloudflare", "juniper", "flowspec", "junos"],
     "Every site we have behind our CDN and DDoS-protection provider went dark at the same time, and so did the "
     "provider's own dashboard. DNS lookups for our zones time out as well. It is not one region: our monitors in "
     "the US, Europe and Asia all failed within the same minute. About an hour later things started coming back."),
    ("pm-002", "on-call chat", ["cloudflare", "juniper", "flowspec", "junos"],
     "Edge routers in every PoP fell over nearly simultaneously; some are not even reachable out-of-band, and the "
     "ones we can reach show the routing process ate all memory and crashed. It began minutes after we pushed a "
     "filter rule to drop an attack against one customer, an attack using weird packet sizes in the tens of "
     "thousands of bytes. Routers that reboot come back and crash again."),
    ("pm-005", "customer", ["gocardless", "pacemaker", "corosync", "postgres"],
     "Every call to your payments API has been failing with 5xx errors for the last 20 minutes and the merchant "
     "dashboard will not load. Nothing changed in our integration. Collections are due to be submitted today, "
     "please advise."),
    ("pm-005", "on-call chat", ["gocardless", "pacemaker", "corosync", "postgres"],
     "The primary database box just lost its disk array, the RAID controller is throwing errors and the node is "
     "gone. The cluster manager should have promoted a replica automatically but it refuses, and the resources "
     "sit in a stopped state. We are trying to force the promotion by hand, and the cluster software keeps "
     "fighting us."),
    ("pm-006", "customer", ["google", "gce"],
     "All of our VMs in every region lost external connectivity at the same moment for about 18 minutes. "
     "Traffic between instances seemed fine, but nothing from the internet reached our load-balanced IPs and our "
     "VPN tunnels dropped. It came back by itself."),
    ("pm-006", "exec summary", ["google", "gce"],
     "Our cloud provider stopped accepting inbound traffic in all of its regions at once for roughly 18 minutes "
     "this evening. During that window our public endpoints were unreachable worldwide, and nothing in our own "
     "stack had changed. About an hour earlier the provider had reported a smaller VPN problem in one region, "
     "which we did not think affected us."),
    ("pm-007", "customer", ["google", "gmail", "google+"],
     "Email, calendar and documents from our big hosted office suite are all returning error pages for everyone "
     "in our company. It started at about 11 in the morning Pacific and lasted half an hour for some of us, close "
     "to an hour for others. The same company's social network and other consumer services were broken at the "
     "same time."),
    ("pm-007", "on-call chat", ["google", "gmail", "google+"],
     "Loads of internal services suddenly reject requests from other internal services and user-facing products "
     "are showing errors. The timing matches a push from the system that generates configuration for many "
     "services, and the freshly generated config looks wrong. Errors started within minutes of the push. Rolling "
     "it back now."),
    ("pm-008", "forum post", ["chrome", "chromium", "google"],
     "My browser crashes within a few seconds of starting, every single time, on two different machines. If I "
     "sign out of my account so that sync is off, it stays up. Friends on other operating systems are seeing the "
     "same thing today, and it began for all of us within the same few minutes."),
    ("pm-008", "junior's bug report", ["chrome", "chromium", "google"],
     "Browser crashes in the sync component shortly after launch for signed-in users. It happens on every "
     "platform and started worldwide at the same time, without any client update being shipped. The crash stacks "
     "point at the handling of an error response coming back from the sync servers."),
    ("pm-009", "customer", ["google", "stopbadware"],
     "Every single search result, even for completely harmless sites, now carries a warning that the site may "
     "harm my computer. Clicking a result sends me to a warning page instead of the site. It started early this "
     "morning and lasted maybe forty minutes."),
    ("pm-009", "forum post", ["google", "stopbadware"],
     "Our traffic from the big search engine dropped to almost nothing for about an hour this morning because "
     "every result on every query was flagged as dangerous, including the search engine's own pages. The warning "
     "pointed people to a non-profit malware clearinghouse, whose site was itself buckling under the load."),
    ("pm-012", "customer", ["google", "youtube", "gmail", "gce"],
     "Video streaming and our webmail barely work this afternoon on the US east coast; pages load partially and "
     "videos buffer forever. Our cloud VMs in the eastern US regions also see massive packet loss to the outside "
     "world. It has been going on for three to four hours."),
    ("pm-012", "on-call chat", ["google", "youtube", "gmail", "gce"],
     "Huge packet loss across several US regions, usable network capacity looks like a fraction of normal. Our "
     "network management tooling is painfully slow because it sits behind the same congested links. It started "
     "right after routine maintenance began in one location. Low-priority bulk traffic is being dropped first."),
    ("pm-014", "customer", ["azure", "microsoft"],
     "Our blob storage and VMs in several regions across the US, Europe and Asia started failing shortly after "
     "midnight UTC: storage requests time out, VMs are unreachable and some will not boot. The provider's status "
     "dashboard stayed green for hours. This is clearly global, not one region."),
    ("pm-014", "on-call chat", ["azure", "microsoft"],
     "Storage front-end processes in many regions are pegged at 100% CPU and not serving requests, they look "
     "like they are spinning. This began just after a performance update was rolled out, and it went to every "
     "region at once instead of in stages. VMs whose disks live in those storage clusters are hanging or failing "
     "to restart."),
    ("pm-018", "forum post", ["travis", "gce", "google", "packer"],
     "All our builds on the hosted CI have been stuck or erroring since this morning, with a backlog of hours. "
     "Both open-source and private repos are affected. When some jobs finally started running again they were on "
     "a different, older build environment, and our builds fail because tool versions changed."),
    ("pm-018", "on-call chat", ["travis", "gce", "google", "packer"],
     "Workers cannot boot build VMs: the cloud API says the image does not exist. I checked the project and most "
     "of our build images are gone, including the ones actively in use. An automated cleanup job ran earlier. "
     "Rebuilding the images will take hours."),
    ("pm-020", "customer", ["travis", "github"],
     "I was suddenly logged out of the CI site, and after logging back in all my repositories show as not "
     "enabled and the build history looks empty. Pushes to our repos no longer trigger builds. Colleagues see "
     "the same."),
    ("pm-020", "on-call chat", ["travis", "github"],
     "Main database tables are empty: users, repositories, permissions, everything. No deploy happened. The "
     "database log shows a truncate of every table from an unexpected client a few minutes ago. We need a "
     "point-in-time restore, builds are stuck until then."),
    ("pm-022", "customer", ["cloudflare", "atlanta"],
     "Our site behind the CDN returned 502 errors and DNS resolution failed for about 25 minutes tonight, mostly "
     "from Europe and North America. Lots of other big sites on the same provider were down too. It recovered "
     "abruptly."),
    ("pm-022", "on-call chat", ["cloudflare", "atlanta"],
     "Traffic from many cities is being pulled across the private backbone into one location in the US southeast, "
     "and the router there is completely overloaded and dropping. It started right after a config change on that "
     "backbone router while we were working around congestion between two other sites. Cities that are not on "
     "the backbone are fine."),
    ("pm-025", "on-call chat", ["aws", "amazon", "ec2", "ebs"],
     "Severe storms over Sydney tonight and every instance we have in one zone of the Sydney region went dark at "
     "once. After power was restored many block volumes are stuck and some instances need manual recovery. Our "
     "failover to another zone is crawling because API calls in the region are slow and erroring."),
    ("pm-025", "exec summary", ["aws", "amazon", "ec2", "ebs"],
     "Australian customers could not use the service for around ten hours this weekend. A severe storm cut power "
     "to one of our cloud provider's data centres in Sydney and our servers there stopped. Recovery took longer "
     "than expected because several storage volumes came back in a degraded state."),
    ("pm-026", "customer", ["github", "unicorn"],
     "The code hosting site has been returning 500 errors on every page for almost two hours, and git pushes and "
     "pulls fail too. Their status notice says major service outage. Our deploys depend on it."),
    ("pm-026", "on-call chat", ["github", "unicorn"],
     "Brief power disruption in the primary datacenter and roughly a quarter of our servers rebooted. Most came "
     "back, but a whole group of hosts in the in-memory cache cluster will not boot, their firmware does not see "
     "the disks. App servers crash at startup because they cannot reach that cache."),
    ("pm-029", "customer", ["github", "orchestrator", "mysql", "pages"],
     "Since last night the site shows stale data: my latest commits and pull requests are missing from the web "
     "UI, webhooks arrive hours late and our static site builds are not publishing. Some issues I created "
     "disappeared and then came back. The status indicator has said degraded for nearly a day now."),
    ("pm-029", "on-call chat", ["github", "orchestrator", "mysql", "pages"],
     "Connectivity between the east coast hub and our primary datacenter dropped for under a minute and came "
     "back. Now several database clusters have their primaries on the west coast, and east coast app servers pay "
     "cross-country latency on every write. Worse, some writes landed on the old east coast primaries during the "
     "blip and the new primaries do not have them."),
    ("pm-032", "exec summary", ["knight", "smars", "power peg", "nyse"],
     "From the market open, our automated trading system started sending a flood of orders into about 150 "
     "stocks, buying high and selling low over and over. Within 45 minutes we had billions of dollars in "
     "unwanted positions. Staff could not find a way to stop it quickly, and the rollback attempted during the "
     "incident made it worse."),
    ("pm-032", "on-call chat", ["knight", "smars", "power peg", "nyse"],
     "Seven of the eight order routing servers look fine, but the eighth does something totally different with "
     "the newly repurposed flag on parent orders: it keeps sending child orders and never counts them as filled. "
     "We rolled the new code back on all servers and now all of them are doing it."),
    ("pm-033", "junior's bug report", ["subversion", "svn", "webkit", "shattered", "sha1", "sha-1"],
     "Our central version-control server's repository broke after someone committed the two PDF files from the "
     "recently published hash-collision research as a regression test. Checkouts and updates now fail with "
     "checksum mismatch errors, and the git mirror stopped syncing. The repository belongs to a large open-source "
     "browser engine project."),
    ("pm-033", "forum post", ["subversion", "svn", "webkit", "shattered", "sha1", "sha-1"],
     "After a colleague added two different PDFs that hash to the same fingerprint to our centralized repo, any "
     "client that updates gets a checksum mismatch and the server cannot serve that revision. Deleting the files "
     "in a later commit did not help. How do we get the repository healthy again?"),
    ("pm-034", "customer", ["azure", "microsoft"],
     "Since about 4pm Pacific on February 28th we cannot deploy or scale our cloud services. New instances "
     "never start and existing ones that recycle do not come back. The management portal shows errors in many "
     "regions."),
    ("pm-034", "on-call chat", ["azure", "microsoft"],
     "Guest agents on newly started VMs fail to initialize and the hosts mark them bad after three tries. It "
     "began exactly at 00:00 UTC on the 29th of February. The certificates generated for those VMs have a "
     "validity date that looks invalid."),
    ("pm-036", "on-call chat", ["linux", "java", "mysql", "hadoop"],
     "Right after midnight UTC, CPU on lots of our boxes jumped to 100%: database daemons and our managed-runtime "
     "app servers are spinning in futex calls. Nothing was deployed. Restarting the processes does not help, but "
     "setting the system date by hand fixes a box instantly."),
    ("pm-036", "forum post", ["linux", "java", "mysql", "hadoop"],
     "Our datacenter's power draw jumped by megawatts right after the leap second on June 30th. Lots of idle "
     "processes suddenly burn a full core, and a reboot fixes it. Is anyone else seeing this?"),
    ("pm-037", "customer", ["firefox", "mozilla", "add-on", "add-ons", "addons", "amo"],
     "All of my browser extensions were disabled at once tonight, including my ad blocker and password manager. "
     "The browser says they could not be verified for use and have been disabled, and reinstalling fails too. "
     "It is Friday night and the forums are full of people with the same thing."),
    ("pm-037", "support ticket", ["firefox", "mozilla", "add-on", "add-ons", "addons", "amo"],
     "On all of our managed desktops, every browser extension was disabled simultaneously around midnight UTC. "
     "The browser reports that they cannot be verified. Our security extensions are off fleet-wide, so we need "
     "an ETA or a workaround."),
    ("pm-038", "customer", ["aws", "amazon", "s3", "us-east-1"],
     "Half the internet seems broken: our image and file uploads fail, and so do other sites' assets. The cloud "
     "provider's status dashboard shows everything green. Objects in the main US east region return errors for "
     "both reads and writes."),
    ("pm-038", "on-call chat", ["aws", "amazon", "s3", "us-east-1"],
     "Object storage in the main US east region returns 503 on everything, and everything that depends on it "
     "fails too: launching instances, serverless functions, even the provider's own console. Started around "
     "9:40 Pacific and we are several hours in."),
    ("pm-039", "customer", ["aws", "amazon", "s3", "gossip"],
     "Every request to the provider's object store has failed all morning, in both the US and EU. It has been "
     "down for over six hours. The status page only says they are investigating elevated error rates."),
    ("pm-039", "on-call chat", ["aws", "amazon", "s3", "gossip"],
     "Storage nodes spend all their time exchanging state with each other and none serving customer requests, "
     "internal chatter is through the roof. Even with customer load shed they do not recover. Some of the state "
     "messages going around look corrupted."),
    ("pm-046", "customer", ["basecamp"],
     "Our project management app went read-only for hours today: we can read everything but cannot post "
     "messages, upload files or comment. A banner says it is a database issue. Pretty disruptive on a Friday."),
    ("pm-046", "on-call chat", ["basecamp"],
     "Inserts into the events table fail with out-of-range errors, and since nearly every action writes an event "
     "row, nothing can be saved. The max id is exactly 2147483647. Putting the app in read-only mode while we "
     "figure out how to change a huge table."),
    # ---------------- others, one report ----------------
    ("pm-011", "customer", ["google", "gcs", "gmail", "drive"],
     "Our object storage buckets returned elevated 5xx errors and very slow responses for about four hours "
     "today, in multiple regions. Uploads were worst, but some downloads failed too. Several of the provider's "
     "own consumer products, mail attachments and file sharing, seemed degraded at the same time."),
    ("pm-024", "customer", ["aws", "amazon", "ec2", "ebs", "elb", "derecho"],
     "Our instances in one availability zone of the US east region all went dark during last night's violent "
     "storm. After power came back many block volumes stayed impaired, and our load balancers kept routing to "
     "dead instances. Several popular consumer apps were down at the same time."),
    ("pm-030", "on-call chat", ["gocardless", "postgres"],
     "For about 15 seconds during today's deploy, every API request timed out, not just the ones touching the "
     "tables we were migrating. The migration only added a foreign key between two tables. A long-running "
     "reporting query was active at the time."),
    ("pm-035", "forum post", ["linux", "ntpd"],
     "Several of our servers locked up hard exactly at midnight UTC on January 1st, 2009: consoles dead, power "
     "cycle needed. They all sync time over the network and the hang coincided with the leap second. Only some "
     "kernel versions seem affected."),
    ("pm-040", "customer", ["aws", "amazon", "ebs", "rds", "ec2"],
     "Our database instances and block volumes in the US east region are stuck: volumes will not answer reads or "
     "writes, API calls to create new volumes hang, and it keeps spreading to more instances in the same zone. "
     "It started just after 1am Pacific, and our multi-zone database failover did not kick in for some instances. "
     "A day later many volumes are still stuck."),
    ("pm-042", "customer", ["dynamodb", "aws", "amazon", "sqs", "cloudwatch"],
     "Calls to our managed key-value database in the US east region have failed with internal server errors since "
     "early Sunday morning. Other services from the same provider that build on it, queues, autoscaling and "
     "metrics, also report errors. Our retries seem to make it worse."),
    ("pm-043", "on-call chat", ["appnexus", "impression bus"],
     "Every ad-serving front-end server in all our data centers crashed within minutes of each other, and "
     "restarted ones crash again. The last release went out days ago and passed staging. Core dumps show memory "
     "corruption while processing a routine data update from the database, right after an object was deleted."),
    ("pm-044", "exec summary", ["at&t", "4ess", "ss7"],
     "Since mid-afternoon, roughly half of long-distance calls across our national network are not getting "
     "through. Switching centers keep resetting and coming back, and each one seems to knock its neighbors over "
     "as it recovers. It started after a single switch in New York had a problem and recovered."),
    ("pm-045", "customer", ["basecamp", "37signals"],
     "Your project management app has been unreachable for a couple of hours this morning, connections just time "
     "out. Support says you are being hit by a huge flood of traffic and someone is demanding money to stop it. "
     "Any ETA?"),
    ("pm-050", "customer", ["browserstack"],
     "I just got an email from the cross-browser testing service I use saying they are shutting down and that my "
     "data is not secure, and their site is down too. The email came from their real domain. Is this phishing or "
     "did they get hacked?"),
    ("pm-057", "on-call chat", ["cloudflare", "cloudbleed", "google", "project zero"],
     "A security researcher sent us random chunks of other sites' data, HTTP headers, cookies and bits of private "
     "messages, embedded in pages served through our CDN and cached by search engines. It only shows up on some "
     "pages with malformed HTML. We need to find which edge feature is leaking memory into responses."),
    ("pm-058", "status-page draft", ["cloudflare", "waf"],
     "Sites using our network are returning 502 errors worldwide. CPU on our edge machines everywhere is at 100%. "
     "The issue began within minutes of a rule update to our web application firewall. We are working on "
     "mitigation."),
    ("pm-061", "customer", ["dropbox"],
     "The file sync service has been down since Friday evening: the website shows errors and the desktop client "
     "will not connect. Some features like photo uploads still fail two days later. They say it was not an "
     "attack."),
    ("pm-063", "customer", ["fortnite", "epic", "mcp", "xmpp"],
     "I cannot log in to the game at all, I sit in a login queue for an hour and then get kicked out with an "
     "error. Friends list and party chat do not work either, and some purchases disappeared. The game hit a record "
     "number of concurrent players this weekend."),
    ("pm-064", "junior's bug report", ["eslint", "eslint-scope", "npm"],
     "Our CI flagged that a new patch release of a popular JavaScript linter's scope-analysis dependency contains "
     "code that reads the package registry credentials file from the home directory and sends the token to a "
     "remote server. It was published a few hours ago and is pulled in transitively by lots of tooling."),
    ("pm-068", "forum post", ["gentoo", "github"],
     "Our source-based distribution's mirror on the big code hosting site suddenly has commits that add rm -rf "
     "to build scripts, and repository descriptions were changed to offensive text. Maintainers were removed from "
     "the organization. Do not pull from there."),
    ("pm-069", "customer", ["github", "memcached", "akamai"],
     "Our code host was unreachable for several minutes this afternoon, returning errors intermittently, and then "
     "came back. They say inbound traffic peaked above a terabit per second, coming from UDP port 11211 on tens "
     "of thousands of hosts."),
    ("pm-071", "customer", ["gitlab"],
     "The hosted git service has been down for hours and now says it is restoring from a backup that is six hours "
     "old, so issues, merge requests and comments created today are gone. They are live-streaming the recovery. "
     "Our repositories themselves seem fine."),
    ("pm-072", "customer", ["gliffy", "confluence", "atlassian"],
     "The online diagramming tool has been down for over two days now. Support says they are restoring from "
     "backup and it could take days more. Diagrams embedded in our wiki do not render."),
    ("pm-077", "support ticket", ["homebrew", "brew", "jenkins", "github"],
     "Security researcher here: I found a bot account's personal access token with push rights to your package "
     "manager's core repositories exposed in your public CI logs. Anyone could use it to push commits to the main "
     "repos. Please revoke it."),
    ("pm-078", "support ticket", ["instapaper", "pinterest"],
     "The read-later app has been down for more than a day, I cannot save articles or see my list. Now that it is "
     "back, only the last few weeks of saved articles show up and older ones are missing."),
    ("pm-080", "customer", ["joyent", "triton", "smartos"],
     "Every one of our containers and VMs in the provider's US east datacenter rebooted at the same moment, and "
     "they are taking ages to come back. The provider's API is down too. No maintenance was announced."),
    ("pm-083", "customer", ["mandrill", "mailchimp", "postgres"],
     "Our transactional emails are delayed, some by hours, and the sending API returns errors or times out for "
     "our account. Other customers of the same service send fine. The provider says one of their database shards "
     "stopped accepting writes."),
    ("pm-092", "customer", ["sentry", "postgres"],
     "The error-tracking service has failed to accept new events for most of the day; our SDKs get errors and "
     "nothing new appears in the dashboard. Older events still display fine. Their status page says the primary "
     "database refuses writes and a long maintenance operation is running."),
    ("pm-095", "customer", ["slack"],
     "First working day after the holidays and the team chat app will not load for most of our company, messages "
     "fail to send and the desktop app sits on the loading screen. It started around 7am Pacific as everyone "
     "logged back on. A few people can connect but it is extremely slow."),
    ("pm-099", "on-call chat", ["stackegg", "stack", "overflow"],
     "Since the April Fools game widget went live on every page, the load balancers are getting hammered by the "
     "requests it makes and sites time out for users. Looks like we are DDoSing ourselves. First step is turning "
     "the widget off for anonymous users."),
    ("pm-100", "on-call chat", ["stack", "overflow"],
     "The Q&A site just went down for everyone: the load balancer marked all web servers unhealthy because the "
     "home page health check times out. The web servers are at 100% CPU. It started right after a new post with "
     "a huge run of whitespace in it landed on the home page."),
    ("pm-103", "support ticket", ["strava", "garmin"],
     "Activity uploads from our GPS watches and phones have failed since this afternoon, the app just says upload "
     "failed, try again later. Everything else, the feed and viewing old activities, works."),
    ("pm-106", "customer", ["twilio"],
     "My credit card was charged for account top-ups several times within an hour, but my balance did not go up, "
     "and now my account is suspended for a negative balance. Other customers on the forum report the same. This "
     "is the telephony API provider."),
    ("pm-107", "forum post", ["steam", "valve", "steamroot"],
     "I moved the game launcher's folder to another location and started it, and it deleted every file owned by "
     "my user, including everything on an external backup drive that was mounted. Then the launcher wanted to "
     "re-download itself."),
    ("pm-123", "on-call chat", ["monzo", "linkerd", "kubernetes", "etcd"],
     "Card payments and bank transfers are failing for many customers this afternoon. Backend services report "
     "that downstream services have no available instances, even though those instances are running and "
     "healthy. It started after a routine deploy of one service."),
]


def build():
    rows = []
    for i, (case, voice, avoid, text) in enumerate(REPORTS, start=1):
        rows.append({"id": "c11-%03d" % i, "split": "dev" if i % 2 == 1 else "test",
                     "expected": [case], "text": " ".join(text.split())})
    return rows


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "queries.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d reports to %s" % (len(REPORTS), out))
