#!/usr/bin/env python3
"""Writer c17: hand-typed problem reports for the incident case library.

Every report below was typed by hand. This script only orders them, assigns
ids and splits, checks them against the avoid lists, and writes queries.jsonl.
Python 3 standard library only.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "queries.jsonl")
WRITER = "c17"
SEED = 80  # fixed shuffle; chosen so every voice appears in both splits

# Company, product, vendor and brand names (and tell-tale product terms).
# Entries ending in "*" match as a word prefix; all others as whole words.
GLOBAL_AVOID = [
    "google", "gmail", "youtube", "chrome", "chromium", "android", "alphabet",
    "amazon", "aws", "ec2", "s3", "ebs", "elb", "dynamodb", "sqs", "rds", "cloudwatch",
    "azure", "microsoft", "windows", "apple", "mac", "macos", "ios", "iphone", "linux", "ubuntu",
    "cloudflare", "akamai", "prolexic", "github", "gitlab", "git", "svn", "subversion",
    "facebook", "instagram", "whatsapp", "messenger", "oculus", "meta",
    "travis", "heroku", "basecamp", "37signals", "dropbox", "netflix", "reddit", "stripe",
    "twilio", "steam", "valve", "salesforce", "monzo", "zalando", "mozilla", "firefox",
    "knight", "at&t", "att", "etsy", "solr", "lucene", "bitly", "bit.ly", "browserstack",
    "buildkite", "mandrill", "mailchimp", "sentry", "instapaper", "joyent", "manta",
    "medium", "parity", "ethereum", "ether", "eth", "shapeshift", "bitcoin", "btc",
    "strava", "gentoo", "homebrew", "brew", "eslint", "npm", "node.js", "nodejs", "fortnite", "epic",
    "flowdock", "gliffy", "pagerduty", "bbc", "iplayer", "allegro", "appnexus",
    "gocardless", "postgres", "postgresql", "mysql", "redis", "cassandra", "mongodb", "mongo",
    "kubernetes", "k8s", "jenkins", "java", "jvm", "hadoop", "memcached", "nginx", "haproxy",
    "pastebin", "slack", "stack", "stackoverflow", "discord", "oracle", "juniper", "cisco",
    "pacemaker", "zookeeper", "linkerd", "coredns", "mesos", "unicorn",
]

# Per-case words that would give the cause (or the fix) away.
AVOID = {
    "pm-001": ["mesos", "capacity", "resource*", "autoscal*", "cascad*", "limit*", "quota*"],
    "pm-003": ["torrent*", "bittorrent", "peer*", "p2p", "swarm*", "multicast"],
    "pm-004": ["bgp", "withdr*", "route*", "routing", "backbone", "prefix*", "maintenance",
               "audit*", "command"],
    "pm-005": ["pacemaker", "raid", "controller", "constraint*", "disk*", "array", "battery"],
    "pm-006": ["ip", "block*", "propagat*", "configuration", "config", "canary", "announce*",
               "advertis*", "bgp"],
    "pm-007": ["configuration", "config", "internal", "bug", "generat*"],
    "pm-008": ["quota*", "load", "balanc*", "server*"],
    "pm-009": ["slash", "list", "human", "error", "malware", "stopbadware"],
    "pm-012": ["configuration", "config", "maintenance", "control", "capacity", "automat*",
               "job*"],
    "pm-014": ["update*", "loop", "infinite", "flight*", "front-end*", "frontend*", "deploy*",
               "rollout", "roll"],
    "pm-018": ["delet*", "cleanup", "clean-up", "garbage", "automat*", "script*", "removed"],
    "pm-020": ["truncat*", "test*", "local*", "database_url", "environment", "developer*"],
    "pm-022": ["backbone", "router*", "atlanta", "prefix*", "bgp", "config*"],
    "pm-026": ["firmware", "power", "bios", "outage", "electric*", "ups"],
    "pm-029": ["partition*", "orchestrator", "failover", "fail-over", "replica*", "replicat*",
               "network", "coast", "cross-country", "region*"],
    "pm-030": ["lock*", "alter", "exclusive", "queue*", "ddl"],
    "pm-032": ["power", "peg", "flag*", "repurpos*", "eighth", "dead", "smars", "deploy*",
               "8th"],
    "pm-033": ["sha1", "sha-1", "sha", "collision*", "collid*", "shattered", "hash*", "dedup*",
               "rep-sharing", "identical"],
    "pm-034": ["leap", "certificate*", "cert*", "expir*", "date", "february", "29th", "feb"],
    "pm-036": ["leap", "clock*", "ntp", "futex*", "hrtimer*", "kernel", "second"],
    "pm-037": ["certificate*", "cert", "expir*", "signing", "intermediate"],
    "pm-038": ["typo", "playbook", "command", "remov*", "index", "placement", "subsystem*",
               "debug*"],
    "pm-039": ["gossip", "bit", "corrupt*", "checksum*", "md5", "state"],
    "pm-040": ["network", "mirror*", "re-mirror*", "traffic", "race"],
    "pm-041": ["delet*", "state", "developer*", "maintenance", "process*", "data"],
    "pm-042": ["metadata", "membership", "secondary", "gsi", "storage", "index*"],
    "pm-043": ["double", "free", "memory", "update*", "object*", "heap", "delete*"],
    "pm-044": ["break", "bug", "software", "update*", "code", "recovery", "4ess", "message*"],
    "pm-045": ["ddos", "denial", "botnet", "reflect*", "amplif*", "ntp", "attack*"],
    "pm-047": ["database*", "overload*", "cache*", "caching"],
    "pm-049": ["source", "code", "repository", "repo", "two-factor", "2fa", "employee*",
               "phished", "phishing"],
    "pm-050": ["shellshock", "bash", "prototype", "old", "key*", "unpatched", "vulnerab*",
               "patch*"],
    "pm-051": ["downgrad*", "downsiz*", "smaller", "cost*", "instance", "resiz*", "size*",
               "saving*"],
    "pm-057": ["parser", "parsing", "buffer", "overrun", "overflow", "ragel", "obfuscat*",
               "rewrit*", "pointer"],
    "pm-061": ["upgrad*", "operating", "os", "script*", "maintenance", "reinstall*"],
    "pm-063": ["memcache*", "xmpp", "database*", "presence", "cache"],
    "pm-064": ["compromis*", "account*", "maintainer*", "reuse*", "reused", "password*", "2fa",
               "credential*"],
    "pm-066": ["covid*", "pandemic", "home", "remote", "usage", "growth", "cpu", "high load",
               "heavy load", "traffic", "demand"],
    "pm-068": ["password*", "guess*", "admin*", "2fa", "ebuild*", "credential*"],
    "pm-069": ["memcache*", "amplif*", "reflect*", "ddos", "attack*", "botnet"],
    "pm-072": ["delet*", "admin*", "mistake*", "accident*", "drop*", "wiped"],
    "pm-077": ["environment", "env", "scrub*", "mask*", "variable*"],
    "pm-078": ["2tb", "ext3", "file", "filesystem", "limit*", "terabyte*"],
    "pm-079": ["wraparound", "vacuum*", "autovacuum", "xid", "transaction", "lock*"],
    "pm-080": ["operator*", "typo", "command", "tool*", "sdc", "human", "mistake*"],
    "pm-083": ["wraparound", "wrap", "xid", "vacuum*", "transaction", "shard*"],
    "pm-084": ["shortcut*", "altgr", "alt", "ctrl", "control", "hotkey*", "keybinding*",
               "key"],
    "pm-085": ["memory", "leak", "dns", "agent*", "collection"],
    "pm-086": ["peering", "quorum", "datacenter*", "data", "network*", "provider*"],
    "pm-088": ["initwallet", "delegatecall", "fallback", "library", "visibility", "public",
               "internal", "function*"],
    "pm-090": ["autoscal*", "zookeeper", "puppet", "migrat*", "maintenance"],
    "pm-091": ["power", "circuit*", "breaker", "firmware", "storage", "array", "na14"],
    "pm-092": ["wraparound", "wrap", "vacuum*", "xid", "transaction*"],
    "pm-093": ["employee*", "insider*", "sold", "staff", "private"],
    "pm-103": ["integer", "overflow", "primary", "int", "id", "ids", "2147483647", "limit*",
               "kudos"],
    "pm-104": ["index*", "drop*", "remov*", "ticket", "manual*", "migration*", "scan*"],
    "pm-106": ["master", "slave", "replica*", "timeout*", "cluster"],
    "pm-107": ["rm", "steamroot", "variable*", "script*", "empty", "bash"],
    "pm-116": ["dnsmasq", "ndots", "oom*", "memory", "conntrack", "limit*"],
    "pm-118": ["externaltrafficpolicy", "kube-proxy", "health", "healthcheck*", "nodeport",
               "policy"],
    "pm-123": ["service", "discovery", "etcd", "upgrade*", "deploy*"],
}

# (case, voice, text). Voices: chat, email, forum, exec, status, handover, junior,
# ticket, review, researcher, nonnative, alert, shiftlog.
REPORTS = [
    # pm-001
    ("pm-001", "chat",
     "anyone else seeing this? the second the big discount campaign went live, offer pages "
     "started throwing 503s and the homepage only half renders. p99 at the front gateway went "
     "from ~300ms to 20s+ inside two minutes and traffic is roughly triple a normal weekday. we "
     "haven't shipped anything today, so there's nothing to roll back."),
    ("pm-001", "exec",
     "Summary for leadership: during today's flash-sale campaign the marketplace was largely "
     "unusable for about an hour. Buyers saw error pages or endless spinners on listings, the "
     "basket and checkout, and orders in that window came in far below forecast. Engineers "
     "restarted several services, but error rates only settled once the campaign rush eased. "
     "Analysis is ongoing."),
    # pm-003
    ("pm-003", "handover",
     "Handover: pushing the search index is still the slow part. Every new build is several GB "
     "and the master box copies it out to each search replica over HTTP; tonight's push took "
     "well over an hour with the master's NIC flat at line rate the whole time. Replicas that "
     "finish late keep serving yesterday's listings, so results differ depending on which node "
     "you hit. Staggering the pulls only made the total longer."),
    ("pm-003", "forum",
     "Our search tier has grown to dozens of replica nodes, and getting a fresh index onto all "
     "of them is now the slowest step in the whole pipeline. The single indexing host maxes "
     "out its uplink while the replicas download one after another, so distribution takes "
     "longer than building the index. Compressing the files barely helped. Has anyone else "
     "hit this wall once the index got into the multi-gigabyte range?"),
    # pm-004
    ("pm-004", "nonnative",
     "Hello, since around 17:40 our time the big social network, its photo app and its chat "
     "app all not working for us, not only in our office but also my family in other country. "
     "Browser say the address cannot be found, like the domain not exist anymore. Our web shop "
     "use their login button, so now nobody can sign in to our site. Is the problem on our "
     "side or theirs? Please help."),
    ("pm-004", "alert",
     "[ALERT] synthetic-check social-login-provider FAILED from 14/14 locations: lookups for "
     "the provider's domains return SERVFAIL, authoritative nameservers not answering on any "
     "address. -- not us; their whole estate, including the photo and chat apps, looks like it "
     "fell off the internet and our sign-in funnel is at zero."),
    # pm-005
    ("pm-005", "chat",
     "API is 500ing on basically every request since just after 3pm and the dashboard won't "
     "load. app servers can't reach the primary db at all. the standby looks healthy and is "
     "caught up, but it has NOT been promoted, the cluster manager just sits there reporting "
     "the database as stopped. trying to understand why before anyone touches it by hand."),
    ("pm-005", "email",
     "Hi, our collection run failed this afternoon. Every call to your payments API between "
     "roughly 3pm and 5pm came back with a server error, and our finance team couldn't log in "
     "to the dashboard to check mandates either. We didn't receive any notice. Can you confirm "
     "whether any submissions from that window went through, or do we need to resend them?"),
    # pm-006
    ("pm-006", "status",
     "Investigating: we are seeing loss of inbound connectivity to virtual machines and load "
     "balancers in all regions, starting a few minutes ago. Traffic between instances inside "
     "the same network appears unaffected. Customer VPN tunnels are also down. Next update "
     "within 30 minutes."),
    ("pm-006", "email",
     "All of our public endpoints hosted with you dropped off the internet at the same moment, "
     "in three different regions, for about 18 minutes last night. Outside monitoring saw "
     "100% packet loss to every external address, while the instances themselves stayed up "
     "and could still talk to each other. How can a multi-region deployment go dark all at "
     "once? We owe our own customers an explanation."),
    # pm-007
    ("pm-007", "forum",
     "Is the webmail down for everyone? I'm getting 'Temporary Error (502)' and the calendar "
     "tab won't load either. Shared docs open but won't save. Started maybe 20 minutes ago, "
     "the phone app is stuck on loading too."),
    ("pm-007", "exec",
     "Brief for the leadership call: for roughly half an hour this morning a large share of "
     "staff could not reach their hosted email, calendar or shared documents, and the "
     "provider's pages returned server errors. Some people were back after about 25 minutes, "
     "others only after closer to an hour. No data loss reported on our side; we are waiting "
     "for the provider's statement."),
    # pm-008
    ("pm-008", "junior",
     "Title: browser crashes over and over after startup. Steps: open the browser while "
     "signed in to my account. Expected: it stays open; actual: the window comes up and then "
     "dies within a minute or two, on my desktop and my laptop, since this afternoon. A "
     "colleague says webmail is acting weird at the same time. I haven't changed any extensions."),
    # pm-009
    ("pm-009", "junior",
     "Bug: every single search result has the 'This site may harm your computer' warning "
     "under it, even our own homepage and huge well-known sites. Clicking a result lands on a "
     "warning page instead of the site. It started around 6:30 this morning Pacific. I tried "
     "two browsers, at home and at the office, same thing. Not sure if it's us or them?"),
    # pm-012
    ("pm-012", "chat",
     "heads up, us-east is a mess. heavy packet loss between our east-coast VMs and anything "
     "outside the region, and the cloud console and API are timing out so we can't even look "
     "at the project. video streaming and webmail at home are stuttering for people on the "
     "east coast too, so it's bigger than us. started around 11:50 PT, on a Sunday of course."),
    ("pm-012", "exec",
     "Executive summary: for about four hours on Sunday afternoon our east-region workloads "
     "at the cloud provider suffered heavy latency and packet loss. A large share of customer requests to that region failed or timed out; the west region was fine but did "
     "not absorb the load on its own. The provider's own tooling was mostly unreachable "
     "during the event, which slowed our diagnosis."),
    # pm-014
    ("pm-014", "ticket",
     "Severity A. Since about 00:50 UTC our blob accounts in West Europe and US East time out "
     "on reads and writes. VMs whose disks live in those accounts have gone unresponsive and "
     "two refuse to boot. The web apps on top are returning 500s, yet the service health page "
     "is still green."),
    ("pm-014", "status",
     "We are investigating an issue affecting the storage service in multiple regions. "
     "Customers may be unable to reach blobs and tables, and virtual machines and websites "
     "that depend on storage may be unavailable or fail to restart. Engineers are engaged. "
     "We will report again within the hour."),
    # pm-018
    ("pm-018", "forum",
     "All my full-VM jobs started erroring before they run a single command this afternoon. "
     "The log just says the worker couldn't boot a build machine, the job gets requeued, then "
     "errors again. The container-based jobs seem fine. Several repos across two orgs, so I "
     "don't think it's my config. Is the hosted CI down?"),
    ("pm-018", "shiftlog",
     "14:05 spike in job errors, all on the full-VM queue. 14:12 worker logs show 'unable to "
     "create instance: source image not found' for every boot attempt. 14:20 paused pickup on "
     "that queue; container queue unaffected. 14:40 still no bootable build environment, "
     "backlog around 3k jobs."),
    # pm-020
    ("pm-020", "nonnative",
     "Hello, this morning I open the CI dashboard and I am logged out without reason. After I "
     "sign in again, all my repositories are gone from the list and the build history of our "
     "organisation is empty. Is our account deleted? We change nothing on our side, and my "
     "friend in other company see the same."),
    # pm-022
    ("pm-022", "alert",
     "[CRIT] external-probe shop-frontend: 502/timeout from 11 of 20 vantage points (US east, "
     "EU central, ...), since 21:12 UTC. -- origin is healthy, it's the CDN edge; lots of "
     "unrelated sites are down the same way right now."),
    ("pm-022", "handover",
     "Handover: about 27 minutes of partial outage tonight, not ours. Roughly half of the "
     "requests through the CDN in North America and Europe failed with 502s or connection "
     "timeouts, and other sites behind the same provider were down at the same moment. Our "
     "origins and DNS records were untouched and it recovered on its own. Morning shift: "
     "answer customer emails and watch for the provider's write-up."),
    # pm-026
    ("pm-026", "handover",
     "Handover: site was hard down about two hours this evening. A big slice of the fleet in "
     "the primary DC rebooted at once for reasons we don't have yet. Most hosts came back, "
     "but a batch of the cache/queue boxes hang during boot and never get to the OS; the "
     "remote console just sits there. App servers are up but erroring because they can't "
     "reach that batch, and we're building replacements on spare hardware."),
    ("pm-026", "junior",
     "Bug report: can't push or pull anything and the website shows the 'this page is taking "
     "way too long to load' error for every repo. Started around 16:30 PST on Thursday and "
     "it's still going more than an hour later. I tried both ssh and https and two different "
     "networks. Coworkers in another city see the same."),
    # pm-029
    ("pm-029", "ticket",
     "Our org's repository pages show stale data. I pushed commits an hour ago, the push "
     "succeeded on the command line, but the web UI doesn't show them, new pull requests "
     "don't appear in the list, and our deploy webhooks haven't fired since late last night "
     "UTC. Some teammates see the new commits and others don't. The status page says "
     "degraded, but it's been like this for many hours now."),
    # pm-030
    ("pm-030", "chat",
     "weird one: right after the deploy that added a column, every API request hung for about "
     "15s, then it all drained and recovered by itself. during the spike pg_stat_activity "
     "showed hundreds of sessions waiting, and a long-running reporting query was busy on the "
     "same table. no errors in the deploy output, it just paused the world."),
    # pm-032
    ("pm-032", "shiftlog",
     "09:30 open. 09:31 the order router on the equities desk is sending child orders far "
     "beyond what the parent orders asked for, across about 150 symbols. 09:35 positions "
     "ballooning, buying at the offer and selling at the bid over and over. Later we rolled "
     "back the week's release on the routers and the rate got worse, not better. ~10:15 the "
     "system is finally halted; the desk puts the loss in the hundreds of millions."),
    # pm-033
    ("pm-033", "forum",
     "After a contributor committed two sample PDFs for a research demo, our central "
     "version-control repository started failing. Checkouts and updates abort with "
     "'Checksum mismatch' on one of those files, and our read-only mirror is stuck at that "
     "revision. Has anyone seen "
     "a single commit of two files break a server like this?"),
    # pm-034
    ("pm-034", "ticket",
     "Since roughly 16:00 Pacific yesterday, every attempt to create or scale out our hosted "
     "compute roles fails. New instances sit in 'initializing' and then get marked unhealthy; "
     "existing ones keep serving, but anything that restarts doesn't come back. The "
     "management portal errors out on some operations too. We have a release blocked on this."),
    # pm-036
    ("pm-036", "shiftlog",
     "00:00 UTC: load alarms on most of the app fleet at once. 00:05 the managed-runtime "
     "services and the database hosts pinned at 100% CPU with threads spinning, but no "
     "increase in traffic. 00:20 restarting the processes doesn't help; a full host reboot "
     "does. 00:40 rebooting in batches; nothing deployed since Friday."),
    # pm-037
    ("pm-037", "forum",
     "All of my browser extensions got disabled tonight at the same moment: ad blocker, "
     "password manager, everything. The add-ons page says they could not be verified for use "
     "and have been disabled, and reinstalling fails with a message that the download is "
     "corrupt. Happened on two computers around midnight UTC, Friday into Saturday. Anyone "
     "else?"),
    # pm-038
    ("pm-038", "alert",
     "[CRIT] asset-pipeline: object store us-east-1 GET/PUT 503 rate 100% since 17:37 UTC; "
     "downstream thumbnailer and exports failing. -- half the internet's images are broken "
     "too and the provider's status dashboard is still all green."),
    # pm-039
    ("pm-039", "exec",
     "Summary: our customer site lost all uploaded images and downloads for most of Sunday, "
     "about eight hours from mid-morning US time. The hosted storage service we rely on "
     "returned errors for every request, in both its US and European locations, and we had no "
     "fallback. Customers were told via a banner; revenue impact is being estimated."),
    ("pm-039", "forum",
     "Is anyone else getting 'Service Unavailable' on every single request to the "
     "storage API since this morning? PUTs and GETs both fail, on the US and the EU endpoints "
     "alike. Your status page has said 'elevated error rates' for hours now. Any ETA?"),
    # pm-040
    ("pm-040", "handover",
     "Handover, day two: in the affected zone our block-storage volumes are still stuck. Any "
     "instance with a volume there hangs on I/O and can't be stopped cleanly, and creating or "
     "attaching volumes anywhere in the region returns API errors. Our database primary there "
     "is gone; we promoted the replica in another zone yesterday. The provider says some "
     "volumes may not come back, so we're rebuilding from snapshots."),
    # pm-041
    ("pm-041", "status",
     "We are aware that some members cannot start streaming on many TV devices and game "
     "consoles this afternoon (Christmas Eve, US Pacific). Computers and some phones are less "
     "affected. The problem appears to sit with load balancing at our hosting provider in one "
     "US region, and we are working to move traffic."),
    # pm-042
    ("pm-042", "alert",
     "[ALERT] orders-api: key-value store error rate 47% (threshold 1%) in us-east-1, 09:21 "
     "UTC Sunday. -- not just our reads; queue consumers and autoscaling calls are failing "
     "too, and the provider's metrics graphs have gaps."),
    ("pm-042", "chat",
     "morning. the managed NoSQL service in us-east-1 has been throwing 500s and throttles "
     "since about 2:20am Pacific and backing off our retries changes nothing. the provider's "
     "message queue and metrics service are erroring as well, and we can't even edit our "
     "scaling groups. are we the only ones?"),
    # pm-043
    ("pm-043", "chat",
     "every ad-serving box in every DC crashed within the same couple of minutes. supervisors "
     "restart them and they fall over again 30-60s later. the cores all segfault in the same "
     "spot. no deploy today, and the revenue graph is flat zero."),
    ("pm-043", "exec",
     "Summary: on Tuesday we served no ads for roughly two hours. All serving processes in all "
     "regions terminated at nearly the same moment and kept terminating after restart, with no "
     "release having gone out. Buyers and publishers saw zero volume. Why every site failed "
     "together is still being investigated."),
    # pm-044
    ("pm-044", "shiftlog",
     "14:25 the long-distance switching centre in New York took itself out of service "
     "and came back about four seconds later. 14:26 its neighbours start doing the same, one "
     "after another, spreading across the country. 15:00 about half of long-distance calls "
     "getting 'all circuits are busy'. Restoring one office just sets off the next. Nobody has "
     "touched the network today."),
    ("pm-044", "exec",
     "Summary for the board: for about nine hours on Monday roughly half of the long-distance "
     "and toll-free calls placed on our network failed to connect. Our switching centres kept "
     "resetting one another across the whole country in waves. Toll-free reservation lines of "
     "airlines and hotels were among the worst hit. Engineers are still working out what "
     "started it."),
    # pm-045
    ("pm-045", "chat",
     "site's unreachable from outside and our uplinks are pinned: the inbound graph shows "
     "about 20Gbps of junk, mostly UDP, against a normal of a tiny fraction of that. support "
     "just forwarded an email from someone asking for money to make it stop. looping in the "
     "network provider now."),
    # pm-047
    ("pm-047", "email",
     "Hello, on Saturday evening your website and the on-demand TV player were either not "
     "loading at all or showing error pages for several hours, and my household missed the "
     "programme we'd been waiting for. The news pages came and went. Is there a known "
     "problem? I pay the licence fee like everyone else."),
    # pm-049
    ("pm-049", "researcher",
     "Security triage note: our offsite backup store logged a large read of the user "
     "database backup at 03:12 UTC from an address that isn't ours, made with valid access "
     "credentials. Nobody on the team ran a restore or a copy. The backup holds emails, salted "
     "password hashes and tokens for linked social-media accounts."),
    ("pm-049", "exec",
     "Summary: we have evidence that an outside party took a copy of our user data from "
     "backup storage. The exposed data includes email addresses, hashed passwords and tokens "
     "for connected social accounts. How the "
     "party got access is still unknown, and user communications are being drafted."),
    # pm-050
    ("pm-050", "email",
     "I just received an email from you saying you're shutting down and that my data isn't "
     "safe with you. Is this real? Your site is showing an error page now as well. We have a "
     "release tomorrow that depends on your cross-browser testing, please tell us what's going "
     "on."),
    ("pm-050", "chat",
     "someone sent a mass email to our entire user list late tonight claiming we're "
     "closing and that we aren't secure. we didn't send it. also seeing cloud console API "
     "calls from an IP we don't recognise, and some of our instances and volumes have been "
     "touched. taking the site down while we look."),
    # pm-051
    ("pm-051", "email",
     "Hi, our agents have been sitting idle for a couple of hours even though dozens of "
     "builds are queued. The web dashboard takes 30+ seconds to load when it loads at all, "
     "and the agent logs show repeated timeouts talking to your API. Is there an incident? "
     "It's the middle of our working day and nothing is shipping."),
    ("pm-051", "chat",
     "db CPU has been flat at 100% since the US morning ramp and query latencies are 10-50x "
     "normal. web and agent API both timing out, job dispatch basically stopped. no big "
     "deploy and no schema change today. killing long queries buys us a minute at a time."),
    # pm-057
    ("pm-057", "researcher",
     "While working on something unrelated I noticed that responses from several sites behind "
     "your edge network carry garbage after the closing HTML: pieces of other people's "
     "traffic, including HTTP headers, cookies, auth tokens, POST bodies and bits of private "
     "messages from unrelated sites. I've found more of the same in search-engine caches, so "
     "this has been going on for a while. Please contact me urgently; I can share samples "
     "privately."),
    # pm-061
    ("pm-061", "review",
     "1 star. Files haven't synced since Friday evening and the website just showed an error "
     "page for hours. Now most things are back but the photos tab is still blank two days "
     "later. I pay for this!"),
    # pm-063
    ("pm-063", "review",
     "1 star. Weekend event and I can't get in: 40 minutes in the login queue, then "
     "'servers are experiencing high demand', and when I finally got in matchmaking just "
     "spins. Friends list shows everyone offline even though we're in a party together. Fix "
     "your servers."),
    ("pm-063", "chat",
     "concurrent players just crossed a new record and everything is degrading: account "
     "store query latency is through the roof, matchmaking requests time out, and the "
     "friends/status service drops connections in waves, then every client reconnects at "
     "once. we already throttled the login queue hard and we're still seeing errors."),
    # pm-064
    ("pm-064", "researcher",
     "Heads-up: the newest patch release of a very widely used JavaScript linter dependency "
     "ships an install hook that downloads code from a paste site and runs it. The payload "
     "reads the user's package-registry config file and sends the auth token it finds to an "
     "outside host. The previous patch release is clean. Anyone who installed in the last few "
     "hours should treat their publish token as exposed."),
    # pm-066
    ("pm-066", "email",
     "Hi, our team chat has been unusable since yesterday afternoon. The web and desktop apps "
     "either don't load or load without any messages, and anything we send just spins. It's "
     "now been almost a full day. When it comes back, will yesterday's conversations still be "
     "there? Several of us remember posting things we can't find any more."),
    ("pm-066", "status",
     "Investigating: users cannot load conversations or post messages. The issue began on "
     "the afternoon of 21 April (UTC) and is ongoing. Our primary data store is not responding "
     "reliably and we are working to restore service. We will post an update every two hours."),
    # pm-068
    ("pm-068", "researcher",
     "FYI, the code-hosting mirror organisation of a major source-based distro "
     "looks hijacked right now. The org name was changed, READMEs were replaced with abusive "
     "text, and new commits to the package-recipe repository add 'rm -rf /*' to build "
     "scripts. The usual maintainers seem to have been removed from the org. The distro's own "
     "servers look unaffected; it's just the mirror."),
    ("pm-068", "forum",
     "Don't sync from the distro's mirror on the big code host today! My morning pull picked "
     "up commits that would wipe the system when a package gets built. The org page has a "
     "different name and the member list is almost empty. I switched back to the project's "
     "own rsync mirror for now."),
    # pm-069
    ("pm-069", "alert",
     "[CRIT] edge-transit ingress 1.3 Tbps (baseline ~100 Gbps), UDP from source port 11211, "
     "tens of thousands of source addresses; site intermittently unreachable since 17:21 UTC. "
     "-- this isn't organic, it's all from one source port, who's on?"),
    # pm-072
    ("pm-072", "email",
     "Our team hasn't been able to open or save a single diagram since yesterday. The editor "
     "shows an error and the app's banner just says service is being restored. It's been over "
     "24 hours, and all the diagrams embedded in our wiki show as broken images. Please tell "
     "us whether our existing diagrams are safe."),
    ("pm-072", "status",
     "Update: the service remains unavailable. We are restoring production data from our "
     "backups, and because of the size of the data this is taking far longer than planned "
     "and may need several more days. We are very sorry for the disruption."),
    # pm-077
    ("pm-077", "researcher",
     "Hi, while reading your public CI server's build logs I found a personal access token "
     "for your code-hosting account printed in plain text. A single read-only API call shows "
     "it has write scopes on your core repositories, so anyone could push to the package "
     "formula repository and to the main tool. Please revoke it as soon as possible; happy to "
     "coordinate disclosure."),
    # pm-078
    ("pm-078", "junior",
     "Bug: saving articles fails for all users since about 12:30 PT; web and apps show "
     "'could not save'. The backend log has `ERROR 1114 (HY000): The table 'bookmarks' is "
     "full` on every INSERT. Reads still work, so people see their old saves but nothing new "
     "gets in. Nothing was deployed today."),
    # pm-079
    ("pm-079", "handover",
     "Handover: object-store writes and most reads have been hanging since mid-morning. The "
     "front doors are up, but requests time out waiting on the metadata tier. On the shard "
     "primaries hundreds of queries against one table are waiting, and the oldest has been "
     "waiting for hours. Cancelling client queries does nothing, and it doesn't look like "
     "hardware."),
    ("pm-079", "email",
     "Our batch jobs against your object storage service started failing this morning. PUTs "
     "and many GETs hang until our client gives up after 60 seconds, and runs that normally "
     "take ten minutes haven't finished in hours. Directory listings hang too. Is there a "
     "service issue in the east region? Nothing changed on our side."),
    # pm-080
    ("pm-080", "email",
     "Every one of our instances in your east data centre rebooted at the same moment today, "
     "with no notice. Some came back within minutes, others took over an hour, and our "
     "database took ages to recover. We spread them across hosts precisely to avoid this. "
     "What happened?"),
    ("pm-080", "shiftlog",
     "T+0 every compute node in the east DC dropped at once. T+3min zero hosts answering "
     "pings, then nodes start trickling back. T+20 customer instances booting slowly, lots of "
     "contention on shared storage as everything starts together. T+60 still a tail of "
     "nodes and customer VMs not up."),
    # pm-083
    ("pm-083", "ticket",
     "Priority: urgent. Since yesterday a portion of our transactional emails are not arriving. The API "
     "accepts some send calls and returns errors for others, and the activity search for our "
     "account is empty for the last day. Other accounts I manage on your service look fine. "
     "Password-reset emails to our customers are stuck, so this is urgent."),
    # pm-084
    ("pm-084", "nonnative",
     "Hello, I write my posts in Polish. When I type the letter ś in your editor, nothing "
     "appear, the letter just disappear. Other Polish letters like ą, ę, ł, ż works good. On "
     "other websites ś is typing OK, and on my home laptop also OK, only in your editor on my "
     "office PC. Please fix it, my texts look very bad without ś."),
    # pm-085
    ("pm-085", "chat",
     "east region looking sick: block volumes in one zone are getting stuck, a bunch of our "
     "instances there are failing checks, and the cloud API is slow to answer. playback "
     "errors climbing on some device families. started ~10am Pacific."),
    ("pm-085", "exec",
     "Summary: on Monday members saw elevated streaming errors for several hours, mostly on "
     "certain devices, while our hosting provider reported degraded block storage in one "
     "zone of its eastern region. Services pinned to that zone degraded; services spread "
     "across zones held up better. Impact was partial but visible to customers."),
    # pm-086
    ("pm-086", "email",
     "Our on-call engineers didn't get paged for a long stretch on Saturday. Events we sent "
     "to your API were either accepted or timed out, and the notifications only arrived much "
     "later. The web UI was also throwing errors. You are our alerting "
     "path, so please explain what happened."),
    # pm-088
    ("pm-088", "researcher",
     "Urgent: the multisig wallet contract shipped with a popular client is being drained on "
     "mainnet right now. Three large wallets (token-sale treasuries) lost roughly 150k coins "
     "in the last hour. The attacker's transactions first make their own address the only "
     "owner of each wallet and then withdraw everything. Any wallet deployed from the same "
     "contract code is exposed."),
    ("pm-088", "forum",
     "Our project's treasury multisig is empty. None of us signed anything, the owner list on "
     "the contract now shows an address we've never seen, and the whole balance went out to "
     "it in one transaction this afternoon. The block explorer shows the same pattern on two "
     "other well-known projects' wallets. Is this a client bug?"),
    # pm-090
    ("pm-090", "chat",
     "site is down hard, 5xx everywhere. a big chunk of app and cache servers got terminated "
     "in the last 10 minutes and nobody here clicked anything. instance count for the app "
     "tier is dropping toward zero and the boxes that remain are melting. who is touching "
     "the fleet right now?"),
    # pm-091
    ("pm-091", "email",
     "Our production org has been unavailable since late yesterday, US Pacific time: the "
     "login page loads and then errors. It's been almost a full day. Now that it's partly "
     "back, our sales team says opportunities and cases they entered yesterday afternoon are "
     "missing. We need to know what data was lost and how to get it back."),
    ("pm-091", "exec",
     "Executive note: our CRM vendor had a prolonged outage on our instance, close to 20 "
     "hours end to end. When access returned, records entered during a window of roughly "
     "four hours were gone, and the vendor says they can't be recovered. Sales ops is "
     "rebuilding entries from email threads."),
    # pm-092
    ("pm-092", "ticket",
     "Ticket: since this morning none of our errors show up in your hosted error tracker. Our "
     "SDKs get errors back when sending events, and the web UI throws 500s. Our own checks "
     "say your ingestion endpoint is refusing writes, and it's been several hours. Are events "
     "being queued or dropped?"),
    # pm-093
    ("pm-093", "exec",
     "Summary: over the past few weeks our exchange's hot wallets have been emptied on three "
     "separate occasions, across several coins. Each time the funds moved to addresses we "
     "don't control, signed by our own wallet servers, with no obvious intrusion in the "
     "perimeter logs. We rebuilt the wallet infrastructure after the first event and it still "
     "happened again."),
    # pm-103
    ("pm-103", "review",
     "Uploads broken since yesterday afternoon. My ride recorded fine on the bike computer "
     "but the app says upload failed; I tried the phone and the website, same thing. Friends' "
     "uploads are failing too. The feed and comments still work, just nothing new gets in."),
    # pm-104
    ("pm-104", "ticket",
     "Severity 1: charges through your API started timing out for us about half an hour ago, and "
     "the ones that get through take 20-30 seconds. Our checkout is effectively down and your "
     "dashboard is very slow as well. This is our busiest time of day, please advise."),
    ("pm-104", "chat",
     "api p99 went from 300ms to >30s, error rate 60%+. it's concentrated on requests that "
     "touch one core table, and the db cluster holding it is pegged at 100% CPU with queries "
     "that normally take milliseconds taking seconds. nothing was deployed to the API in the "
     "last few hours."),
    # pm-106
    ("pm-106", "email",
     "Your billing charged my credit card $50 over and over this morning for auto-recharge, "
     "at least ten times, and then my account got suspended for a negative balance?! My app's "
     "text messages stopped going out because of the suspension. Refund the duplicate charges "
     "and reactivate my account immediately."),
    # pm-107
    ("pm-107", "forum",
     "WARNING: starting the game client wiped my home directory. I had moved the client's "
     "folder to another drive; after launching it, it said it was updating and then every "
     "file I own was gone, including a backup drive mounted under my user. Only the client's "
     "own files came back when it reinstalled itself. Anyone else?"),
    # pm-116
    ("pm-116", "chat",
     "lots of apps in the prod clusters are throwing 'no such host' and 'i/o timeout' on "
     "lookups for internal services and external APIs since about lunch. the cluster DNS "
     "pods keep restarting, and query rate is way up compared with last week. name "
     "resolution latency is 5s+, which is basically the resolver timeout."),
    ("pm-116", "handover",
     "Handover: intermittent name-resolution failures across several of our container "
     "clusters today, hitting many teams' services at once. Symptoms were random 5-second "
     "stalls and 'temporary failure in name resolution' errors, worst at peak traffic. "
     "Mostly stable now, but not understood."),
    # pm-118
    ("pm-118", "handover",
     "Handover: during this afternoon's node rotation for the cluster upgrade, customers saw "
     "connection resets and 503s on the public site every time we drained a node, for a "
     "minute or two each time, even though the pods had already moved elsewhere. The cloud "
     "load balancer kept sending traffic to the drained nodes. Rotation paused with two nodes "
     "left."),
    # pm-123
    ("pm-123", "nonnative",
     "Hello, today my card is declined two times in the supermarket and the app not load my "
     "balance, only spinning. I must pay with cash I almost not have. My friend with the same "
     "bank has same problem. After around one and half hour it works again but nobody explain "
     "anything."),
]


def _pattern(word):
    w = word.lower()
    if w.endswith("*"):
        return re.compile(r"(?<![a-z0-9])" + re.escape(w[:-1]), re.I)
    return re.compile(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", re.I)


def check_text(case, text):
    """Return the list of avoid-list words found in text."""
    hits = []
    for w in GLOBAL_AVOID + AVOID.get(case, []):
        if _pattern(w).search(text):
            hits.append(w)
    return hits


def sentence_count(text):
    parts = re.split(r"(?<=[.!?])\s+|\s--\s", text.strip())
    return len([p for p in parts if p.strip()])


def load_case_ids():
    ids = set()
    with open(os.path.join(HERE, "addresses.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0])
    return ids


def build():
    """Return the list of JSON lines (strings) that queries.jsonl must contain."""
    problems = []
    known = load_case_ids()
    for case, voice, text in REPORTS:
        if case not in known:
            problems.append("%s: unknown case" % case)
        if case not in AVOID:
            problems.append("%s: no per-case AVOID list" % case)
        hits = check_text(case, text)
        if hits:
            problems.append("%s (%s): contains avoided words %s" % (case, voice, hits))
        n = sentence_count(text)
        if not 2 <= n <= 6:
            problems.append("%s (%s): %d sentences" % (case, voice, n))
    if problems:
        raise SystemExit("gen.py refused:\n  " + "\n  ".join(problems))
    order = list(range(len(REPORTS)))
    random.Random(SEED).shuffle(order)
    lines = []
    for pos, idx in enumerate(order, start=1):
        case, _voice, text = REPORTS[idx]
        rec = {
            "id": "%s-%03d" % (WRITER, pos),
            "split": "dev" if pos % 2 == 1 else "test",
            "expected": [case],
            "text": text,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    return lines


def voice_of_id():
    """Map report id -> voice (for the README counts)."""
    order = list(range(len(REPORTS)))
    random.Random(SEED).shuffle(order)
    return {"%s-%03d" % (WRITER, pos): REPORTS[idx][1]
            for pos, idx in enumerate(order, start=1)}


def main():
    lines = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d reports to %s" % (len(lines), os.path.basename(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
