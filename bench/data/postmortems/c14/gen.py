#!/usr/bin/env python3
"""Writer c14: hand-typed problem reports against public postmortems.
Reports are data below; running this file writes queries.jsonl."""
import json, os

GLOBAL_AVOID = [
    "allegro", "cloudflare", "gocardless", "google", "gmail", "chrome", "chromium", "youtube", "heroku",
    "azure", "microsoft", "windows", "stack overflow", "stack exchange", "stackoverflow", "sentry", "travis",
    "amazon", "aws", "s3", "ec2", "ebs", "dynamodb", "github", "gitlab", "pythonanywhere", "knight",
    "subversion", "svn", "apache", "linux", "mozilla", "firefox", "appnexus", "att", "basecamp", "bbc",
    "bintray", "bitly", "browserstack", "buildkite", "bungie", "eve online", "ccp", "circleci", "discord",
    "dropbox", "fortnite", "epic games", "eslint", "npm", "etsy", "flowdock", "gentoo", "gliffy", "homebrew",
    "instapaper", "joyent", "kickstarter", "mailgun", "mailchimp", "mandrill", "netflix", "pagerduty",
    "parity", "ethereum", "reddit", "salesforce", "shapeshift", "skyliner", "slack", "spotify", "stackdriver",
    "strava", "stripe", "tarsnap", "twilio", "steam", "valve", "vzaar", "zerodha", "skyscanner", "kubernetes",
    "k8s", "monzo", "mysql", "postgres", "postgresql", "redis", "mongodb", "cassandra", "java", "jenkins",
    "twitter", "android", "ios", "iphone", "mac", "macos", "ubuntu", "garmin", "nyse", "juniper", "zookeeper",
    "puppet", "pastebin", "bitcoin", "quora", "trello", "pinterest", "instagram", "medium", "square",
]

# per-case words that would give the cause away
AVOID = {
    "pm-001": ["mesos", "capacity", "autoscaling", "resources", "misconfiguration", "limit"],
    "pm-002": ["flowspec", "packet size", "rule", "ddos", "firmware"],
    "pm-005": ["raid", "controller", "pacemaker", "constraint", "hardware"],
    "pm-006": ["ip block", "withdrawn", "advertise", "announce", "bgp", "configuration", "propagation"],
    "pm-007": ["configuration", "config", "internal system", "bug"],
    "pm-008": ["sync", "quota", "load balancing", "backend"],
    "pm-009": ["slash", "blacklist", "list", "stopbadware", "human error"],
    "pm-011": ["metadata", "blob", "configuration", "capacity"],
    "pm-012": ["configuration", "maintenance", "control plane", "capacity", "automation"],
    "pm-014": ["performance update", "deployment", "flighting", "infinite loop", "front-end", "frontend"],
    "pm-018": ["image", "images", "deleted", "cleanup", "garbage"],
    "pm-020": ["truncate", "truncated", "test", "tests", "database url", "environment variable"],
    "pm-022": ["backbone", "router", "atlanta", "route", "configuration"],
    "pm-023": ["power", "lightning", "transformer", "generator", "generators"],
    "pm-024": ["power", "storm", "generator", "derecho", "electrical"],
    "pm-025": ["power", "storm", "ups", "generator", "utility", "weather"],
    "pm-026": ["power", "firmware", "disk", "disks"],
    "pm-027": ["lightning", "power", "battery", "storm"],
    "pm-029": ["partition", "failover", "orchestrator", "west coast", "topology", "promoted", "connectivity"],
    "pm-030": ["lock", "exclusive", "long-running", "queue", "foreign key", "migration"],
    "pm-031": ["metadata", "configuration", "network manager", "programming"],
    "pm-032": ["power peg", "flag", "repurposed", "dead code", "eighth", "smars"],
    "pm-033": ["sha1", "sha-1", "collision", "hash", "shattered", "identical"],
    "pm-034": ["leap", "certificate", "february 29", "date", "expiry"],
    "pm-035": ["leap", "ntp", "clock", "deadlock"],
    "pm-036": ["leap", "futex", "hrtimer", "ntp", "clock", "timer"],
    "pm-037": ["certificate", "expired", "expiry", "signing", "signature", "intermediate"],
    "pm-038": ["typo", "playbook", "command", "index", "placement", "capacity"],
    "pm-039": ["gossip", "bit", "corruption", "checksum"],
    "pm-040": ["network change", "re-mirroring", "mirror", "mirroring", "routing", "capacity"],
    "pm-041": ["memory leak", "leak", "agent", "dns", "data collection"],
    "pm-042": ["metadata", "membership", "index", "gsi"],
    "pm-043": ["double free", "double-free", "deleted", "data update", "line item"],
    "pm-044": ["software", "bug", "break statement", "switch statement", "code"],
    "pm-045": ["denial of service", "botnet", "extortion", "attack"],
    "pm-046": ["integer", "int", "overflow", "2147483647", "primary key", "bigint", "max", "limit"],
    "pm-049": ["backup", "backups", "offsite", "source code", "employee", "two-factor"],
    "pm-050": ["shellshock", "prototype", "keys", "bash"],
    "pm-051": ["downgrade", "smaller", "instance size", "cost", "resize"],
    "pm-057": ["buffer", "overrun", "parser", "rewriting", "obfuscation"],
    "pm-058": ["regex", "regular expression", "backtracking", "waf", "rule", "firewall"],
    "pm-061": ["upgrade", "os", "operating system", "script", "master", "replica"],
    "pm-063": ["mongo", "database", "xmpp", "mcp", "memcached"],
    "pm-064": ["password", "reuse", "2fa", "two-factor", "maintainer account", "compromised"],
    "pm-068": ["password", "guessed", "credentials", "compromised"],
    "pm-069": ["ddos", "memcached", "amplification", "attack", "udp"],
    "pm-071": ["rm", "deleted", "delete", "backup", "backups", "pg_dump", "replication", "db2"],
    "pm-072": ["deleted", "database", "backup", "administrator"],
    "pm-075": ["kernel", "driver", "overlay"],
    "pm-077": ["environment variable", "misconfigured", "verbose"],
    "pm-078": ["2tb", "terabyte", "file size", "ext3", "filesystem", "limit"],
    "pm-079": ["vacuum", "wraparound", "lock", "transaction", "metadata"],
    "pm-080": ["operator", "typo", "command", "tool", "human error"],
    "pm-083": ["wraparound", "transaction id", "vacuum", "shard", "database"],
    "pm-084": ["shortcut", "ctrl", "control", "save", "hotkey", "keybinding"],
    "pm-086": ["peering", "provider", "common dependency"],
    "pm-088": ["initwallet", "delegatecall", "library", "fallback", "init", "initialization"],
    "pm-090": ["autoscaler", "migration", "configuration", "autoscaling"],
    "pm-091": ["power", "circuit breaker", "firmware", "storage", "disaster recovery"],
    "pm-092": ["wraparound", "transaction id", "xid", "vacuum", "single-user"],
    "pm-093": ["employee", "insider", "private key", "stolen"],
    "pm-100": ["regex", "regular expression", "backtracking", "whitespace", "trim"],
    "pm-103": ["integer", "int", "overflow", "2147483647", "32-bit", "signed", "limit", "max"],
    "pm-106": ["master", "slave", "replica", "partition", "resync", "cache"],
    "pm-107": ["rm", "rm -rf", "empty variable", "steamroot", "unset", "script"],
    "pm-123": ["linkerd", "etcd", "service discovery", "cluster"],
}

SKIPPED = {
    "pm-010": "cannot recall which 2017 compute incident this id is",
    "pm-016": "2016 security incident details not recalled with confidence",
    "pm-017": "cannot map this status-page id to a specific CI incident",
    "pm-019": "cannot map this status-page id to a specific CI incident",
    "pm-048": "package-hosting incident not recalled",
    "pm-052": "game-service article contents not recalled with confidence",
    "pm-053": "long game-server downtime details not recalled",
    "pm-054": "'Sleeping Beauty' dev blog contents not recalled",
    "pm-059": "cannot tell apart the two chat-service status incidents",
    "pm-060": "cannot tell apart the two chat-service status incidents",
    "pm-070": "forum thread contents not recalled",
    "pm-073": "gist contents not recalled",
    "pm-074": "status incident 642 not recalled",
    "pm-087": "status incident not recalled",
    "pm-089": "'August incident' write-up not recalled",
    "pm-108": "video-hosting Monday outage details not recalled",
    "pm-115": "cluster breakage details not recalled with confidence",
    "pm-124": "ticketing status incident not recalled",
    "pm-125": "first cluster outage details not recalled with confidence",
    "pm-126": "migration failure details not recalled with confidence",
    "pm-127": "status incident not recalled",
}

# (case ids, voice, text)
REPORTS = [
    (["pm-002"], "on-call chat",
     "all our edge locations just dropped off at once, every single PoP failing health checks. sites behind us "
     "return nothing, not even our own error page, and our dashboard + API are unreachable too. edge routers in "
     "lots of cities look like they are crashing and restarting over and over. started ~09:47 UTC, anyone on "
     "the network team awake??"),
    (["pm-009"], "junior bug report",
     "Every result on the search page now shows the warning 'This site may harm your computer', even for our own "
     "homepage and big news sites. Clicking a result goes to a warning interstitial instead of the site. Started "
     "around 6:30 this morning Pacific and reproduces in three browsers. Steps: search for anything, click any result."),
    (["pm-029"], "on-call chat",
     "site is serving stale data?? pushes succeed but the web ui doesn't show the new commits, webhooks not firing, "
     "pages builds stuck. started ~23:00 UTC right after a short blip on network monitoring. db folks say replicas "
     "are lagging like crazy and some writes from the last hour look inconsistent."),
    (["pm-032"], "exec summary",
     "Within roughly 45 minutes of this morning's market open, our automated equity order router sent millions of "
     "unintended orders, building large unwanted positions in about 150 stocks. The estimated pre-tax loss is around "
     "460 million dollars, which threatens the firm's capital position. Trading was halted manually once the scale "
     "became clear. The cause is under investigation."),
    (["pm-037"], "forum post",
     "PSA: all extensions got disabled at once about an hour ago, around midnight UTC friday night. every one says it "
     "'could not be verified for use and has been disabled'. happens on several machines and on fresh profiles too. "
     "can't reinstall from the add-on gallery either, same error. anyone know whats going on?"),
    (["pm-038"], "status-page draft",
     "We are investigating increased error rates for object storage requests in the US-EAST-1 region. Customers may be "
     "unable to read or write objects. Other services in the region that depend on it, such as new instance launches, "
     "are also impaired. Our own status dashboard may not reflect the current state while we work on this."),
    (["pm-040"], "on-call chat",
     "block volumes in us-east-1 are stuck, every read/write hangs and the instances using them are wedged. started ~1am "
     "PT. cant detach, cant create new volumes, the volume API calls just time out. half the sites i know that run "
     "there are down too. our db boxes are toast until this clears."),
    (["pm-044"], "exec summary",
     "Starting mid-afternoon on Monday, roughly half of the long-distance calls placed on our network failed to "
     "complete, for about nine hours. Switching centers across the country were going out of service and coming back "
     "one after another, in waves. Local calling was not affected. Customers, including large toll-free businesses, "
     "lost a full day of calls."),
    (["pm-046"], "customer email",
     "Hi, since this morning I can read all my projects but I can't post anything. Every comment, to-do and upload "
     "fails, and a banner says the app is in read-only mode. My whole team is blocked. How long will this last?"),
    (["pm-057"], "security researcher",
     "While fuzzing I noticed pages in public search engine caches that contain chunks of memory clearly belonging to "
     "other sites: HTTP headers, cookies, POST bodies, even private messages. All the affected pages are served "
     "through your reverse proxy network. The fragments of random users' requests appear after the end of the "
     "legitimate page. This looks severe; I need an urgent contact on your security team."),
    (["pm-058"], "on-call chat",
     "CPU on every edge machine just went to 100%, globally, at 13:42 UTC. customers getting 502 bad gateway everywhere "
     "and traffic dropped like 80%. our own dashboard and API also down. nothing obvious in the deploy log yet, "
     "all hands please."),
    (["pm-064"], "security researcher",
     "A patch release of a widely used JavaScript scope-analysis package, published a few hours ago, runs code at "
     "install time that reads the user's registry auth config from the home directory and sends it to a remote paste "
     "site. Anyone who installed it today may have leaked their publishing token. The release has no matching tag or "
     "commit in the source repository. Please pull it immediately."),
    (["pm-071"], "status-page draft",
     "We are performing emergency database maintenance and the site is offline. Some data created in the last several "
     "hours, including issues, merge requests, comments and new users, may not be present once the site is back. "
     "Git repositories and wikis are not affected. We will post updates here and in our live document."),
    (["pm-084"], "non-native English speaker",
     "Hello, I write in Polish language and in your editor I cannot type the letter ś. When I press right Alt and S, "
     "nothing appear and the letter is missing from my text. Other Polish letters like ą, ę, ł are working fine. "
     "In other websites the same keyboard is working good."),
    (["pm-106"], "customer email",
     "We were charged our auto-recharge amount over and over this morning; our card shows about a dozen charges in one "
     "hour. Yet the account balance in the dashboard is negative and our account got suspended, so our calls and SMS "
     "stopped. Please stop the charges and refund us."),
    (["pm-107"], "forum post",
     "After I moved the game client's folder to another place and launched it, it deleted everything owned by my user. "
     "My entire home directory is gone, and also everything on the external backup drive that was mounted. The client "
     "then just asked to reinstall itself. Has anyone else seen this??"),
    (["pm-036"], "on-call chat",
     "every app server and our database hosts went to 100% cpu at the same time, right around midnight UTC. load is "
     "through the roof but nothing is actually doing work. restarting the processes doesn't help, they spin again "
     "immediately. rebooting the whole box does fix it. nobody deployed anything this weekend."),
    (["pm-012"], "on-call chat",
     "heads up, massive packet loss to everything in the us-east regions. our VMs there can talk to each other but "
     "anything leaving the region is timing out. the big video site and webmail are choking for ppl on the east coast "
     "too. console is super slow, can't even open the network page. started ~11:45 PT."),
    (["pm-026"], "on-call chat",
     "site is returning 500s on everything, started 00:23 UTC. a huge chunk of the fleet in the main DC rebooted all at "
     "once and lots of hosts aren't coming back. the app servers that did come up crash while booting. paging "
     "everybody."),
    (["pm-078"], "mobile-app store review",
     "Can't save anything since yesterday. Every article I add fails with an error and now the app won't even load my "
     "list. Two days without my reading queue as a paying subscriber, very disappointed."),
    (["pm-103"], "mobile-app store review",
     "Uploads of my ride fail since yesterday evening, it keeps saying 'upload failed, try again later'. Lost my whole "
     "race from Sunday. Two stars until this works again."),
    (["pm-100"], "on-call chat",
     "homepage timing out, web tier CPU pegged at 100% on all servers. started 14:44 UTC. the LB health check hits the "
     "homepage so servers are getting pulled out of rotation one by one. no deploy in the last hour."),
    (["pm-061"], "forum post",
     "Files not syncing since friday evening, the website just says something went wrong. some people on social media "
     "claim hackers took it down?? my uploads are stuck at 'connecting' on both my laptop and phone."),
    (["pm-063"], "forum post",
     "cant get in at all tonight, stuck at 'waiting in queue' and then it kicks me back to the login screen. friends "
     "who got in say matchmaking keeps failing. this happened on the weekend too when everyone was online."),
    (["pm-090"], "mobile-app store review",
     "App has been down for over an hour, just says it can't connect, and the website is down too. Happens way too "
     "often lately."),
    (["pm-001"], "status-page draft",
     "We are experiencing problems with the availability of our marketplace. Shortly after today's big promotional "
     "campaign went live, many buyers see error pages or very slow loading of offers. Both the website and the mobile "
     "apps are affected. Our engineers are working to restore full service."),
    (["pm-005"], "SRE handover note",
     "Handover: API and dashboard were hard down for roughly an hour and a half this afternoon, every request touching "
     "the database errored. The primary DB host went unhealthy and the cluster did not promote a replica on its own, "
     "even though the synchronous replica looked fine. We brought things back by hand. Payment submissions were "
     "blocked for the whole window, so expect merchant tickets."),
    (["pm-006"], "status-page draft",
     "We are investigating a loss of external network connectivity for virtual machine instances in all regions. "
     "Traffic from the internet to instances and network load balancers is not reaching them. Traffic between "
     "instances inside the network may be unaffected. We will provide an update within 30 minutes."),
    (["pm-007"], "customer email",
     "Hi, since late this morning our whole office can't get into email, calendar or the shared documents. We get a "
     "server error page and some people were logged out. It's not only us, friends at other companies have the same "
     "problem. Is there something on our side we should restart?"),
    (["pm-008"], "forum post",
     "my browser keeps crashing every couple of minutes since this afternoon, on two different computers. both are "
     "signed in with my account; my friend who uses it without signing in has no problem. tried disabling extensions "
     "and reinstalling, still crashes. the webmail was flaky at the same time, coincidence?"),
    (["pm-011"], "support ticket",
     "For the last hour our uploads to the object storage bucket fail with HTTP 503 most of the time, and reads of "
     "recently written objects are slow. Retries with backoff help a little but the error rate is still high. Our "
     "staff also cannot attach files in your mail product or upload to your drive app. Please advise."),
    (["pm-014"], "forum post",
     "Is anyone else's storage down? Since around 01:00 UTC our blobs return 500s or time out, and our VMs in both "
     "West Europe and US East went unresponsive, remote desktop is dead. Portal shows everything green. Restarting "
     "the VM just hangs. It seems to be many regions at once, which I have never seen before."),
    (["pm-018"], "junior bug report",
     "All our jobs on the default environment fail since this morning before the first command runs; the log just says "
     "the build environment could not be started. Restarting the job gives the same thing. Jobs on the other OS still "
     "work. I tried a minimal config file, same result."),
    (["pm-020"], "customer email",
     "Hello, I got signed out this morning, and after signing in again all my repositories are gone from my dashboard. "
     "It asks me to activate them like a brand new account. Build history and my secret settings seem to be missing "
     "too, and my colleagues see the same. Did we lose everything?"),
    (["pm-022"], "status-page draft",
     "We are investigating widespread errors for traffic served through several of our locations, including major "
     "cities in North America and Europe. Customers may see 502 errors or be unable to reach their sites. The issue "
     "began at approximately 21:12 UTC. Our public DNS resolver is also affected."),
    (["pm-023"], "on-call chat",
     "everything in one of the dublin zones just vanished, instances unreachable and volumes stuck. API calls to launch "
     "replacements in the other zones are super slow or erroring out. our managed db failover didnt kick in either. "
     "anyone have a status link that isn't green?"),
    (["pm-024"], "SRE handover note",
     "Late Friday evening a large chunk of our instances in one zone of the US East region went dark all at once, "
     "together with their attached volumes. Load balancers kept sending traffic to dead backends for a while, and "
     "launching replacements in other zones was slow because the provider's API was backed up. Several big consumer "
     "sites were down at the same time. Most instances are back but some volumes still need consistency checks."),
    (["pm-025"], "forum post",
     "sydney region down? half our instances in one AZ just stopped responding about 10 min ago, status page only says "
     "'increased error rates'. attached volumes stuck as well and the API is crawling when we try to launch in the "
     "other AZ."),
    (["pm-027"], "support ticket",
     "Since Thursday some of our persistent disks in europe-west1-b report I/O errors, and a few show read errors on "
     "specific blocks. Two instances had their filesystems go read-only and one database file appears corrupted. "
     "Snapshots taken before Thursday are fine. Is there a known issue in this zone?"),
    (["pm-030"], "SRE handover note",
     "During this morning's deploy the API returned errors and timeouts for about 15 seconds, then recovered by itself. "
     "Every request touching the payments table seemed to hang at the same moment. The deploy itself reported success. "
     "Nothing obvious in CPU or disk graphs, so please watch the next deploy closely."),
    (["pm-031"], "status-page draft",
     "We are investigating an issue where newly created virtual machine instances do not get network connectivity. "
     "Existing instances are not affected. Newly created VPN tunnels and network load balancers are also not passing "
     "traffic. We will provide more information shortly."),
    (["pm-033"], "junior bug report",
     "After a colleague committed two small PDF files for a test, checkouts of trunk from our version control server "
     "fail with a checksum mismatch error. The read-only mirror also stopped updating at that revision. The server's "
     "verify command errors too. Steps: check out trunk at or after that commit."),
    (["pm-034"], "support ticket",
     "Since about 5 PM Pacific yesterday none of our new role instances start; they sit in a starting state and then "
     "recycle. Existing instances keep running, but scaling out or deploying an update fails. The management portal "
     "also shows errors for service management operations. This is blocking our release."),
    (["pm-035"], "forum post",
     "several of our servers froze solid right at midnight UTC on new year's night, no ping, nothing on the console, "
     "needed a hard reset. different hardware, same kernel series. anyone else see this?"),
    (["pm-039"], "forum post",
     "is the storage service down for everyone? since this morning (sunday) every request returns a 500 or service "
     "unavailable. our whole photo site is dead because all images live there. status page is not saying much."),
    (["pm-041"], "support ticket",
     "Starting around 10:00 Pacific, a growing number of our block storage volumes in one US East zone became slow and "
     "then stuck, and the instances using them stopped responding. Our load balancers in the region also misbehaved "
     "when we tried to shift traffic away. We cannot launch replacements reliably. Please prioritise."),
    (["pm-042"], "SRE handover note",
     "Sunday early morning Pacific, the managed key-value database in us-east-1 returned elevated errors for several "
     "hours; our reads and writes got throttled or 500s even under normal load. Other managed services there that "
     "depend on it, like queues, autoscaling and metrics, were also degraded. Retries made it worse for us, so we "
     "turned on backoff. Provider says recovering; keep an eye on the backlog."),
    (["pm-043"], "on-call chat",
     "all impression bus boxes crashed basically at the same moment, in every datacenter. they restart and crash again "
     "within a minute. no deploy since yesterday. ad serving is down globally."),
    (["pm-045"], "on-call chat",
     "inbound links are pegged at 100%, every app is unreachable from outside. also someone just emailed support "
     "demanding money to make it stop. calling our network provider now."),
    (["pm-049"], "exec summary",
     "We have reason to believe that user account credentials may have been exposed. There is no indication so far "
     "that any accounts were accessed without permission. As a precaution we disconnected linked social network "
     "accounts and are asking all users to reset their passwords and API keys."),
    (["pm-050"], "customer email",
     "Hi, I just got an email from you saying you are shutting down and that our data was never safe with you. Is "
     "that real? It came from your official address and went to my whole team. The language is very odd and it "
     "accuses you of lying about security. Should we rotate our credentials?"),
    (["pm-051"], "SRE handover note",
     "During today's peak hours the dashboard and agent API became very slow and then timed out. Agents could not pick "
     "up jobs and queues backed up for hours. Main database CPU sat at 100% the whole time. Traffic looked no "
     "different from last week's peak."),
    (["pm-068"], "forum post",
     "Heads up: the project's mirror repository on the big code hosting site has content I don't recognize. Several "
     "package build files now contain 'rm -rf /*' and the README was replaced. The org page also lists different "
     "people as owners. Don't pull from it!"),
    (["pm-069"], "status-page draft",
     "We are investigating reports of the site being unavailable. Between 17:21 and 17:26 UTC both web and git "
     "requests failed, with intermittent issues continuing until about 17:30 UTC. We will follow up with more."),
    (["pm-072"], "customer email",
     "Our company's diagrams have been inaccessible for days now; the online editor only shows a maintenance page. "
     "Documentation embedded in our wiki is broken. Can you tell us whether our diagrams still exist and when we'll "
     "have access again?"),
    (["pm-075"], "support ticket",
     "Some of our app containers occasionally see corrupted files: reads fail with I/O errors and the app crashes "
     "on boot. Restarting the container usually makes it go away until it shows up on another one. We made no code "
     "changes in the last week."),
    (["pm-077"], "security researcher",
     "While browsing your public CI server I found a build log that contains an API token for a bot account in "
     "plain text. The token appears to have push access to your core package repositories. I have not used it beyond "
     "confirming its scopes. Please revoke it as soon as possible."),
    (["pm-079"], "status-page draft",
     "Our object storage service is currently unable to complete most write requests, and some reads are slow or "
     "failing. Compute jobs that write their output are also failing. We are investigating and will post an update "
     "within the hour."),
    (["pm-080"], "on-call chat",
     "every compute node in us-east-1 just rebooted at the same time??? all customer instances down. they're coming "
     "back slowly and the boot storm is hammering the head node. nobody scheduled a reboot of this whole DC."),
    (["pm-083"], "customer email",
     "Hello, since yesterday a portion of our transactional emails are not being sent. The API accepts some calls but "
     "many return errors, and queued messages are delayed by many hours. Other senders we know are fine, so it seems "
     "to be only some accounts. Password reset emails for our users are affected, which is critical."),
    (["pm-086"], "support ticket",
     "We had a production incident this afternoon and nobody was paged. The alert shows in our monitoring tool but no "
     "SMS or phone call came for a long time, and your web app and API were not loading either. Our escalation "
     "policies have not changed."),
    (["pm-088"], "security researcher",
     "Several multi-signature wallets deployed by the same popular client appear to have had their owners replaced in "
     "the last hour by a single address, which then drained them, over 150,000 coins of the chain's native currency so far. The same "
     "pattern is repeating against other wallets of that type. A volunteer group is racing to move funds out of the "
     "remaining ones."),
    (["pm-091"], "customer email",
     "Our CRM instance has been unavailable since late yesterday; users get a maintenance page or it loads read-only. "
     "We were told it would come back shortly but it has now been almost a day. Today we also noticed that records "
     "our sales team entered yesterday afternoon are missing. Please escalate."),
    (["pm-092"], "SRE handover note",
     "Event ingestion stopped around 14:00: the primary database started refusing all writes with an error about "
     "shutting down to avoid data loss. Reads still work. The ingestion queue is backing up and we paused the workers."),
    (["pm-093"], "exec summary",
     "Unauthorised withdrawals drained our hot wallets on several occasions within a few weeks. After the first "
     "incident we rebuilt the infrastructure, but funds disappeared again afterwards. The exchange has been taken "
     "offline while we investigate."),
    (["pm-123"], "mobile-app store review",
     "Card got declined at the shop twice this evening and the app wouldn't load my balance. Had to pay cash. "
     "Not what I expect from my bank."),
    (["pm-009"], "customer email",
     "Dear team, since this morning your results page labels our small shop as harmful and visitors are warned away. "
     "We have scanned our server and found nothing. The same warning seems to appear on every site I check, including "
     "yours. Please tell us how to get this removed, we are losing sales."),
    (["pm-029"], "customer email",
     "Hi, since last night our pull requests show outdated commits, CI statuses never arrive and some issues I created "
     "have disappeared from the list. Your status page has said degraded for almost a day now. Is our data safe? We "
     "have a release blocked on this."),
    (["pm-032"], "on-call chat",
     "something is flooding the exchange with child orders, way more executions than the parent orders should ever "
     "produce. started right at the 9:30 open. volumes in a bunch of names are crazy and we're on the other side of "
     "all of it. tried rolling back the new code on the servers and it got WORSE."),
    (["pm-037"], "mobile-app store review",
     "1 star. Since last night all my add-ons are disabled, including the ad blocker and password manager. The app "
     "says they could not be verified. Reinstalling does not work, please fix this asap."),
    (["pm-038"], "on-call chat",
     "all our images and static assets in the us-east-1 bucket are 500ing, like half the internet is broken rn, random "
     "sites missing pictures everywhere. started ~9:37 PT. can't even launch new instances to work around it."),
    (["pm-040"], "exec summary",
     "Since early Thursday our product has been degraded because a large fraction of block storage volumes in one "
     "region of our cloud provider became stuck. Database servers relying on those volumes cannot read or write, and "
     "the provider's APIs for that region are also impaired, so we could not move quickly. For some volumes this has "
     "lasted well over a day, and a small amount of data may not be recoverable."),
    (["pm-044"], "customer email",
     "Our toll-free sales line has been failing since around 2:30 this afternoon; customers hear a fast busy signal or "
     "the 'all circuits are busy' recording. Our branch offices can still call each other locally. This is costing "
     "us a whole day of bookings."),
    (["pm-046"], "on-call chat",
     "inserts into the events table are all failing, every write path touching it errors out. started this morning. we "
     "flipped the app to read-only so people can at least see their stuff. reads look totally fine."),
    (["pm-057"], "customer email",
     "Hello, one of our users found cached copies of pages from our site that contain data from someone else's site, "
     "session tokens and headers we have never seen. We are a customer of your proxy service. Are our users' data "
     "leaking into other people's pages as well?"),
    (["pm-058"], "forum post",
     "Half the sites I visit show a 502 Bad Gateway page from the same provider, started maybe 20 min ago. checked "
     "from my phone on mobile data too, same thing. is the internet broken?"),
    (["pm-064"], "junior bug report",
     "After running install this morning our CI logs show an outbound request to an unknown host during installation "
     "of the linter's dependencies. The version of the scope-analysis dependency jumped to a patch release published "
     "today. The build passes otherwise. Is this expected?"),
    (["pm-071"], "customer email",
     "Hi, I opened several merge requests and issues yesterday evening. Today the site is back but those issues, the "
     "comments and a project I created are gone. The repositories themselves look intact. Is there any way to get "
     "that data back?"),
    (["pm-084"], "junior bug report",
     "Users with a Polish keyboard layout report that 'ś' never appears in the story editor. Repro: switch to the "
     "Polish programmer layout, press AltGr+S in the editor, nothing is inserted and there is no error in the console. "
     "Other diacritics like AltGr+A and AltGr+E work. I can only reproduce it on one desktop OS."),
    (["pm-106"], "on-call chat",
     "billing is charging customers again and again, balances dropping to zero or negative and accounts getting "
     "auto-suspended. support queue is exploding. can we turn off auto-recharge right now?"),
    (["pm-107"], "junior bug report",
     "Steps: 1) move the game client's data directory somewhere else, 2) start the client from the launcher. Expected: "
     "client starts or complains. Actual: every file the user owns is removed, including external drives mounted for "
     "that user. Reproduced once on a VM, lost the whole home directory."),
    (["pm-036"], "non-native English speaker",
     "Hello, this night at 00:00 UTC all our servers go to 100% CPU in the same moment. The processes are spinning but "
     "make no work, and restart of the process do not help. Only reboot of the machine is helping. We did not change "
     "anything, and I read other companies have the same problem at the same minute."),
    (["pm-012"], "exec summary",
     "On Sunday afternoon our customer-facing services hosted in the eastern US regions of our cloud provider degraded "
     "for about four hours. Cross-region and internet traffic saw heavy packet loss and latency, while traffic inside "
     "a region mostly worked. Several large consumer services were affected at the same time, which points to a "
     "provider-wide problem. No data was lost."),
    (["pm-026"], "exec summary",
     "On Thursday evening Pacific our code hosting site was unavailable for about two hours. A large fraction of "
     "servers in the primary datacenter restarted simultaneously and many of them did not return to service. The "
     "application could not start until enough machines were brought back by hand. No customer data was lost."),
    (["pm-078"], "SRE handover note",
     "Since Wednesday afternoon every insert into the bookmarks table fails with 'The table is full'. Reads still work "
     "for now, so users can see old articles but cannot save new ones. Nothing changed in the schema or the app this "
     "week."),
    (["pm-103"], "on-call chat",
     "all activity uploads failing since last night, every insert into the uploads table errors out. reads fine, "
     "website and feed look normal. no deploy in the last day."),
    (["pm-100"], "exec summary",
     "The Q&A sites were unavailable for about 34 minutes on Wednesday afternoon because the web servers ran out of "
     "CPU. No traffic spike or deploy preceded it. The load balancer removed servers from rotation as they failed "
     "health checks on the home page."),
    (["pm-061"], "exec summary",
     "From Friday evening through Sunday our file sync service was unavailable and then degraded. Users could not sign "
     "in or sync, and photo features stayed down longer than core sync. No user files appear to have been lost or "
     "exposed."),
    (["pm-063"], "SRE handover note",
     "Peak concurrency hit a new record of about 3.4 million players this weekend and several backend services fell "
     "over: login, accounts and matchmaking. Backend latency spiked across many services at once and client retries "
     "snowballed. We turned on the login queue to throttle new players; expect it again at tonight's peak."),
    (["pm-090"], "on-call chat",
     "our app server fleet is disappearing, instances getting terminated and nobody on the team is touching them. "
     "site is 503 everywhere. who has console access, we need to stop whatever is killing them."),
]


def build():
    rows = []
    for i, (exp, voice, text) in enumerate(REPORTS, 1):
        rows.append({
            "id": "c14-%03d" % i,
            "split": "dev" if i % 2 == 1 else "test",
            "expected": list(exp),
            "text": text,
        })
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "queries.jsonl"), "w", encoding="utf-8") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
