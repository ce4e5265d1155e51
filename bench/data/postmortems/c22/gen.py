#!/usr/bin/env python3
"""Writer c22: hand-typed problem reports -> queries.jsonl.

Every report is typed below as data. gen.py only numbers them, assigns splits
(odd position = dev, even = test) and refuses any report that contains a word
from GLOBAL_AVOID or from its case's AVOID list (case-insensitive, word boundaries).
"""
import json
import re
import sys

OUT = "queries.jsonl"

# Company, product, vendor and brand names (plus a few strongly identifying product terms).
GLOBAL_AVOID = [
    "google", "gmail", "youtube", "android", "chrome", "chromium", "amazon", "aws", "ec2", "ebs", "s3", "rds",
    "dynamodb", "elb", "azure", "microsoft", "windows", "notepad", "rdp", "cloudflare", "github", "gitlab", "git",
    "travis", "heroku", "allegro", "gocardless", "netflix", "instagram", "pinterest", "basecamp", "bitly",
    "browserstack", "dropbox", "fortnite", "epic", "eslint", "npm", "node_modules", "nodejs", "gentoo", "ebuild",
    "gliffy", "homebrew", "brew", "instapaper", "joyent", "manta", "mandrill", "mailchimp", "medium", "parity",
    "ethereum", "eth", "reddit", "salesforce", "sentry", "shapeshift", "strava", "twilio", "steam", "valve",
    "monzo", "zalando", "appnexus", "at&t", "4ess", "webkit", "svn", "subversion", "apache", "twitter",
    "facebook", "wikipedia", "mac", "macos", "linux", "ubuntu", "postgres", "postgresql", "mysql", "redis",
    "mongodb", "mongo", "cassandra", "memcached", "zookeeper", "kubernetes", "k8s", "coredns", "jenkins",
    "rsync", "pastebin", "slack", "juniper", "mesos", "marathon", "pacemaker", "bitcoin", "visa", "mastercard",
    "stackoverflow", "stack overflow", "stack exchange", "knight", "impbus", "web role",
]

# Each case: id, AVOID (words that would give the cause away), reports as (voice, text).
CASES = [
    {"case": "pm-023", "avoid": ["power", "lightning", "transformer", "generator", "electrical", "snapshot",
                                  "snapshots", "utility", "outage of the grid"],
     "reports": [
        ("chat", "anyone else seeing this? every instance we have in one of the Ireland zones dropped off at the "
                 "same moment early Sunday evening, no health checks, no ssh, but the console still lists them as "
                 "running. replacement instances I launched hang with their volumes stuck in 'attaching', and create "
                 "calls to the regional API time out about half the time. other two zones look ok so far but our db "
                 "primary lives in the dead one"),
        ("handover", "Handover, day 2 of the Dublin zone problem. Roughly 60% of our affected block volumes are back; "
                     "the rest still show 'impaired' and the provider says they are coming back one by one with no "
                     "ETA. Two of the recovered volumes have blocks that fail fsck, so verify anything before you "
                     "trust it. Launches in the healthy zones work again but were throttled most of yesterday. Keep "
                     "the EU database on the standby in the other zone until further notice."),
     ]},
    {"case": "pm-025", "avoid": ["power", "storm", "weather", "generator", "rain", "utility", "breaker",
                                  "electrical"],
     "reports": [
        ("status", "Investigating - Since Sunday afternoon Sydney time, a portion of customers hosted in our "
                   "Australian region cannot reach their dashboards and API calls are timing out. The problem appears "
                   "to be limited to servers in one availability zone of our hosting provider. We are moving workloads "
                   "to the remaining zones, but starting new servers anywhere in the region is currently failing or "
                   "very slow. Next update in 30 minutes."),
     ]},
    {"case": "pm-011", "avoid": ["config", "configuration", "metadata", "blob", "resource", "resources",
                                  "quota"],
     "reports": [
        ("ticket", "Since roughly 18:40 Pacific yesterday (Tuesday) reads and writes to our buckets started failing "
                   "with 503 and 'backendError' responses, close to a third of requests at the worst point. Our users "
                   "also said email attachments and photo uploads in the same provider's consumer apps were broken "
                   "at the same time, so it doesn't look like it's just us. Retrying with backoff helped a little but "
                   "errors didn't fully clear for about four hours. Can you confirm whether objects we wrote during "
                   "that window are durable?"),
     ]},
    {"case": "pm-049", "avoid": ["credential", "credentials", "token", "tokens", "employee", "source code",
                                  "repository", "compromised", "stolen", "leaked", "phishing"],
     "reports": [
        ("shiftlog", "02:10 - Billing alert on the offsite storage account: about 40 GB of egress in one hour, and "
                     "none of our jobs were scheduled. 02:25 - Access log shows listing and downloading of the "
                     "nightly user-database dumps from an IP range we have never used. 02:40 - Revoked what we "
                     "could and the downloads stopped; no idea yet how they got in. Escalated to the security lead "
                     "because those dumps hold user emails and hashed passwords."),
     ]},
    {"case": "pm-093", "avoid": ["employee", "insider", "staff", "private key", "keys", "stole", "theft",
                                  "inside job", "rogue"],
     "reports": [
        ("exec", "Summary for the board: over the past three weeks the exchange's hot wallets were emptied on three "
                 "separate occasions, roughly $230k in total across several coins. After the first event we rebuilt "
                 "every server from scratch with a new hosting provider and replaced all wallet secrets, yet funds "
                 "left again within days. Each time the outgoing transactions were validly signed, and there were no "
                 "alarms, failed logins or odd shell sessions on our machines. Trading stays paused while an outside "
                 "firm reviews everything."),
        ("chat", "hot wallet just went to zero AGAIN. that's three times. brand new infra, new everything, and a sweep "
                 "tx went out at 04:12 to an address we've never seen, properly signed. auth logs clean, no sessions, "
                 "nothing. halting all withdrawals now, need everyone on a call"),
     ]},
    {"case": "pm-001", "avoid": ["autoscaling", "autoscaler", "scale", "scaling", "capacity", "retries",
                                  "retry", "resources", "quota", "cluster"],
     "reports": [
        ("nonnative", "Hello, I am seller on your marketplace. Today exactly when the big promotion was starting, the "
                      "site stop working: first the offers load very slow, then I get only error page that something "
                      "went wrong. My buyers could not pay for the things in the basket for more than one hour and I "
                      "lose many sales. Please say me if orders made in this time are valid."),
     ]},
    {"case": "pm-116", "avoid": ["oom", "oomkilled", "memory", "ndots", "dnsmasq", "limit", "limits",
                                  "overload", "overloaded"],
     "reports": [
        ("chat", "multiple clusters, multiple teams: name lookups failing all over the place. seeing `dial tcp: lookup "
                 "orders-api.default.svc.cluster.local: i/o timeout` and `no such host` on maybe 20% of requests since "
                 "about 10:00, internal AND external names. restarting our app pods changes nothing. who owns cluster "
                 "networking today?"),
     ]},
    {"case": "pm-024", "avoid": ["power", "storm", "generator", "generators", "derecho", "weather", "thunderstorm",
                                  "electrical", "utility"],
     "reports": [
        ("forum", "Title: a whole zone in the Virginia region went dark Friday night? Late Friday evening Eastern every "
                  "instance we had in one availability zone stopped responding at the same moment, and their volumes "
                  "went with them. Launching replacements elsewhere in the region either failed or sat pending for "
                  "ages, and our load balancers kept sending traffic to the dead zone. Our site was down for hours and "
                  "half the consumer web (photo sharing, video streaming) seemed to be down with us. Is anyone getting "
                  "real answers on when the volumes come back?"),
        ("handover", "Handover Sat 06:00: everything in zone B of the east region dropped at once late last night. About "
                     "two thirds of our instances there are back after a reboot, but a dozen block volumes are still "
                     "stuck and two DB replicas came up with inconsistent data. The regional API was mostly useless for "
                     "the first couple of hours (create calls timed out), so we failed over by DNS. The load balancers "
                     "were also slow to pick up the new backends. Do not decommission anything in the old zone yet."),
     ]},
    {"case": "pm-077", "avoid": ["token", "tokens", "ci", "log", "logs", "personal access", "leaked", "exposed",
                                  "build", "builds", "formula", "formulae"],
     "reports": [
        ("secres", "Hi maintainers, I'm an independent security researcher. Within about half an hour of poking at your "
                   "public infrastructure I obtained the ability to push commits directly to your main repositories, "
                   "including the one every user's client pulls package definitions from on update. I confirmed the "
                   "access level without changing anything. Given how many machines auto-update from that branch, "
                   "I'd like a private channel to share details today."),
     ]},
    {"case": "pm-005", "avoid": ["raid", "controller", "disk", "disks", "pacemaker", "hardware", "constraint"],
     "reports": [
        ("status", "We are experiencing a full outage of our API and merchant dashboard; all requests are currently "
                   "returning errors. Payments already submitted are not affected, but you will be unable to create or "
                   "view customers, mandates or payments until service is restored. Our engineers are actively "
                   "working on it and we will post updates every 15 minutes."),
        ("chat", "primary db box stopped answering ~10 min ago, connections just hang. the HA manager noticed but did "
                 "NOT promote either replica, both are sitting there healthy as standbys. api + dashboard 100% 500s. "
                 "I want to promote the sync replica by hand, objections? need a second pair of eyes"),
     ]},
    {"case": "pm-008", "avoid": ["sync", "synchronization", "load balancing", "overload", "overloaded", "server",
                                  "servers", "backend"],
     "reports": [
        ("junior", "Browser crashes about a minute after launch, every time, since Monday morning US time. Happens on "
                   "three of my machines with different operating systems, all signed in to my account; a colleague "
                   "who never signed in has no problem. A brand-new profile that isn't signed in works fine. The crash "
                   "reporter dialog appears each time."),
     ]},
    {"case": "pm-043", "avoid": ["double free", "free", "memory", "bug", "deletion", "delete", "deleted",
                                  "object", "data distribution"],
     "reports": [
        ("alert", "[CRIT] adserve process exit: signal 11 (SIGSEGV) on 100% of ad-serving hosts, all datacenters "
                  "(NYM, LAX, AMS, FRA) -- comment: every serving box everywhere segfaulted in the same minute and they "
                  "die again seconds after restart; bid volume is at zero."),
     ]},
    {"case": "pm-084", "avoid": ["shortcut", "shortcuts", "hotkey", "altgr", "alt", "ctrl", "control",
                                  "key combination", "modifier"],
     "reports": [
        ("nonnative", "Hello, I write my posts in Polish and since few days the letter \u015b is disappearing. I type "
                      "'\u015broda' and in the editor appear only 'roda', but other letters with accent (\u0105, \u0119, "
                      "\u0107, \u017c) are OK. On other websites and in text editor on my computer \u015b works normal. "
                      "Please fix, it is very annoying."),
        ("junior", "Bug: Polish users can't type the character \u015b in the post editor. Repro: desktop PC, Polish "
                   "(Programmer) layout, open a draft, type \u015b -> nothing is inserted; \u00f3, \u0142, \u017a all "
                   "insert fine. Same result in two different browsers. Couldn't reproduce on my own laptop (other "
                   "OS)."),
     ]},
    {"case": "pm-088", "avoid": ["initwallet", "init", "delegatecall", "library", "fallback", "unprotected",
                                  "public function", "constructor", "visibility"],
     "reports": [
        ("forum", "Our multisig contract wallet was emptied about an hour ago: around 26k coins left in a single "
                  "transaction to an address none of us control. Right before that, an unknown address sent a "
                  "transaction that replaced the owner list and set required confirmations to 1, so the withdrawal "
                  "only needed their signature. All three of our real signers are accounted for and none of us "
                  "approved anything. At least two other big wallets created with the same client show the exact "
                  "same pattern today."),
        ("exec", "This afternoon our treasury wallet, which required two of three signatures, was drained of its "
                 "entire balance (about 44,000 units of the chain's native currency). None of our signers authorised "
                 "it and none of their devices show signs of intrusion. On-chain data shows that an outside address "
                 "took over ownership of the wallet minutes before the transfer. A volunteer group is now moving funds "
                 "out of other wallets of the same type."),
     ]},
    {"case": "pm-091", "avoid": ["power", "circuit", "breaker", "firmware", "storage array", "array", "corrupt",
                                  "corruption", "failover"],
     "reports": [
        ("email", "Our whole sales team hasn't been able to log in to the CRM since late yesterday US time; we get a "
                  "maintenance page or a timeout. When it briefly came back this morning it was so slow that reports "
                  "wouldn't load, and then it went away again. Quarter end is next week, so what is the ETA, and is "
                  "our data safe?"),
        ("ticket", "After this week's outage on our instance, every opportunity, case and activity our users created "
                   "during a roughly four-hour window on Tuesday morning is gone. The history shows edits up to the "
                   "start of that window and then nothing until after it; records before and after are fine. Three "
                   "business units have confirmed the gap. We need to know whether these records will be recovered "
                   "or whether we must re-enter them."),
     ]},
    {"case": "pm-006", "avoid": ["bgp", "route", "routes", "routing", "advertise", "advertised", "announcement",
                                  "ip block", "ip blocks", "config", "configuration", "propagation", "prefix"],
     "reports": [
        ("alert", "ALERT ext-probe: 0/18 HTTP probes succeeding to lb.prod (us-central, europe-west, asia-east), "
                  "19:09 PT -- every region at once from the outside, yet the VMs can still reach each other "
                  "internally, so this is the provider, not us."),
        ("exec", "Yesterday evening, around 7pm Pacific, our product was unreachable for every customer worldwide for "
                 "about 18 minutes. All of our cloud provider's regions lost internet connectivity at the same time, "
                 "while traffic between our own servers inside the provider kept flowing, so no data was lost. We "
                 "took no action and service recovered on its own. We have asked the provider for a formal incident "
                 "report."),
     ]},
    {"case": "pm-007", "avoid": ["config", "configuration", "internal system", "generated"],
     "reports": [
        ("email", "Hi, for about half an hour today from around 11:00 Pacific, none of my staff could open work email, "
                  "shared documents or calendars; they just got an error page saying the server had a problem and to "
                  "try again. Some people were fine after 25 minutes, others still had errors close to an hour later. "
                  "We pay for the business plan, so what happened and will there be a credit?"),
        ("chat", "fyi the email+docs suite we use for SSO is throwing 502s for most of the office since 11:02. their "
                 "status page is still green. people's personal accounts are broken too, so not our domain"),
     ]},
    {"case": "pm-014", "avoid": ["configuration", "config", "infinite", "loop", "flight", "flighting",
                                  "front-end", "frontend", "deployment", "deployed", "rollout", "performance"],
     "reports": [
        ("status", "Starting at approximately 00:50 UTC, customers in multiple regions across the US, Europe and Asia "
                   "may experience failures accessing blob storage, and virtual machines that rely on storage-backed "
                   "disks may be unreachable or fail to start. Websites and other services built on storage are also "
                   "affected. Engineers are engaged and investigating. Next update within 60 minutes."),
        ("shiftlog", "01:05 UTC - VMs in West Europe and East US stopped responding to remote desktop and ssh; the "
                     "portal still shows them 'running'. 01:20 - blob GETs on our storage account return 500 or time "
                     "out, table storage too. 03:00 - most storage back, but 6 VMs stuck at boot because their disk "
                     "won't attach. 10:30 - last two VMs finally boot after support intervened, so roughly 10 hours "
                     "of impact for those."),
     ]},
    {"case": "pm-018", "avoid": ["delete", "deleted", "deletion", "cleanup", "clean", "garbage", "removed",
                                  "automation", "automated"],
     "reports": [
        ("forum", "All my jobs on the sudo-enabled VM environment have failed since this morning before my script even "
                  "starts: 'Error: the worker could not boot a VM: image not found'. Restarting them a few times didn't "
                  "help. Jobs on the container-based environment run fine. Is anyone else seeing this?"),
        ("chat", "worker logs full of `The resource 'projects/<proj>/global/images/<stable-image>' was not found` since "
                 "~08:00. every sudo-enabled job fails to boot, backlog at ~3k and climbing. container stack is fine. "
                 "any idea why the image lookups 404?"),
     ]},
    {"case": "pm-020", "avoid": ["truncate", "truncated", "truncation", "test", "tests", "environment variable",
                                 "env", "local", "locally", "script", "laptop"],
     "reports": [
        ("email", "Hi, since about an hour ago your dashboard says I have no repositories and asks me to start "
                  "onboarding from scratch. My build history, settings and encrypted variables are all gone, and pushes "
                  "don't trigger builds anymore. People in my organization see the same thing. Is our data lost?"),
        ("junior", "Lots of users (50+ tickets in half an hour) say they got logged out, and after logging back in "
                   "their account is empty: no repos, no orgs, no build history. New signups seem to work normally. "
                   "Not sure if this is related to anything deployed today, nothing was on the deploy calendar."),
     ]},
    {"case": "pm-022", "avoid": ["backbone", "atlanta", "router", "routers", "route", "routing", "configuration",
                                  "config", "bgp", "prefix", "prefixes"],
     "reports": [
        ("alert", "[PAGE] edge-availability < 50% 21:13 UTC, 28 PoPs (ord, iad, sea, lhr, ams, fra ...) returning "
                  "502/timeouts -- half the planet at once, started two minutes ago, nothing deployed on our side."),
        ("email", "Our site and API, which sit behind your proxy service, returned 502 errors and your branded error "
                  "page for about 25 minutes starting just after 21:10 UTC. Users in Chicago, London and Frankfurt were "
                  "affected while Sydney and Tokyo looked normal. Your dashboard and public DNS resolver were also "
                  "failing for us during that time. Please explain what happened."),
     ]},
    {"case": "pm-030", "avoid": ["lock", "locks", "locking", "locked", "access exclusive", "alter", "foreign key",
                                  "long-running", "transaction", "transactions", "queue", "queued"],
     "reports": [
        ("handover", "Heads-up for the next shift: during this afternoon's deploy, every request touching the payments "
                     "table hung for a short while and the API answered 504s across the board, then everything "
                     "recovered by itself. DB CPU and IO were flat the whole time, but connection count shot up to the "
                     "pool limit. It lined up with the deploy step that changes the schema, which normally takes "
                     "milliseconds. Please keep an eye on the next deploy."),
     ]},
    {"case": "pm-033", "avoid": ["sha1", "sha-1", "collision", "collide", "shattered", "rep-sharing",
                                  "deduplication", "dedup", "pdf", "pdfs", "hash"],
     "reports": [
        ("chat", "our mirror of the main repo stopped updating at one revision from this morning. fetching it dies with "
                 "'Checksum mismatch while reading representation', and a fresh checkout of trunk fails the same way. "
                 "that revision only adds two small binary test files for a new security check. can someone with "
                 "server access take a look?"),
        ("forum", "Anyone else unable to update their working copy of the project today? `update` fails with E200014 "
                  "checksum mismatch in a folder of layout tests added in the latest commit. I deleted the working "
                  "copy and checked out again: same error. The web viewer shows the files without any problem."),
     ]},
    {"case": "pm-035", "avoid": ["leap", "ntp", "inserted", "xtime", "printk", "time adjustment", "deadlock",
                                  "clock"],
     "reports": [
        ("shiftlog", "00:00 UTC Jan 1 - four database servers and two app servers stopped responding at the same moment: "
                     "no ping, serial console frozen, nothing printed on screen. 00:20 - power-cycled the first two and "
                     "they came back fine. Only the boxes on newer kernels seem to be hit; the older ones kept running. "
                     "Note for morning shift: nothing was deployed and nobody was logged in."),
     ]},
    {"case": "pm-039", "avoid": ["gossip", "bit", "corruption", "corrupt", "corrupted", "checksum", "single bit",
                                  "state"],
     "reports": [
        ("forum", "Since around 8:40 AM Pacific this Sunday every request to the US endpoint of our object store fails: "
                  "PUTs and GETs both return 500 InternalError or just hang. It's been over six hours now. We serve all "
                  "product images from it, so our storefront shows broken images everywhere, and the only update so far "
                  "is 'we are investigating'."),
        ("exec", "Sunday's eight-hour storefront degradation happened because our storage provider's US service was "
                 "entirely unavailable from mid-morning until late afternoon Pacific time. Image and download requests "
                 "failed with server errors throughout; orders could still be placed but conversion fell about 40%. We "
                 "had no workaround because every static asset lives with that single provider. We recommend adding a "
                 "second storage location."),
     ]},
    {"case": "pm-041", "avoid": ["state data", "deleted", "delete", "deletion", "maintenance process", "developer",
                                  "state", "missing data"],
     "reports": [
        ("chat", "happy holidays lol. ~40% of requests through our east load balancers are erroring since ~12:30 PT. "
                 "some LBs are fine, others return 503 with zero healthy backends even though the instances are "
                 "healthy. describe calls show the listener setup looking odd/incomplete. creating a brand new LB "
                 "works. users say the big TV streaming app is down too"),
        ("handover", "Handover, 24 Dec evening: a subset of our load balancers in the Virginia region has been "
                     "misbehaving since lunchtime; they accept connections but return errors or send traffic nowhere. "
                     "The provider's API also refuses changes to the affected LBs, so we can't just re-register "
                     "instances. What works: create new LBs and flip DNS; done for checkout and login, search is still "
                     "on the old one. Expect this to run into Christmas Day."),
     ]},
    {"case": "pm-042", "avoid": ["metadata", "membership", "storage servers", "partition", "partitions", "index",
                                  "indexes", "gsi", "secondary index"],
     "reports": [
        ("alert", "[CRITICAL] kv-store error rate us-east 34% (InternalServerError / ServiceUnavailable) 02:24 PDT -- "
                  "it's 2am on a Sunday and the managed key-value DB is failing on reads AND writes; our queue consumers "
                  "and metrics calls are erroring too, looks provider-wide."),
        ("handover", "Overnight: the region's managed NoSQL table service returned 5xx on a large share of calls from "
                     "about 02:20 to 07:10 Pacific. Knock-on effects: our instance autoscaling didn't react, metrics went "
                     "blank and message queue calls timed out, because those provider services were failing as well. We "
                     "paused batch jobs and served cached data; as far as we can tell nothing was lost. The provider is "
                     "still rejecting some table create/update calls, so hold off on schema changes."),
     ]},
    {"case": "pm-044", "avoid": ["break", "software", "update", "code", "bug", "signaling", "ss7", "recovery message",
                                  "upgrade", "patch"],
     "reports": [
        ("shiftlog", "14:25 - Network management wall turning red: the New York toll switch resets, then its neighbours "
                     "start dropping and resetting one after another. 14:40 - over 100 toll switches cycling "
                     "repeatedly; about half of long-distance calls get 'all circuits are busy'. 16:00 - load "
                     "reduced, no improvement. Each switch seems to knock the others over within seconds of coming "
                     "back."),
        ("exec", "On Monday afternoon our long-distance network failed to complete roughly half of attempted calls for "
                 "about nine hours. Our 114 toll switching centres went through repeated resets, each one apparently "
                 "tripping its neighbours as it came back into service. Around 50 million calls were blocked, including "
                 "airline reservation lines and toll-free numbers. Service normalised late in the evening, and no "
                 "equipment damage has been found."),
     ]},
    {"case": "pm-045", "avoid": ["ddos", "denial", "botnet", "attack", "attacker", "attackers", "extortion",
                                  "ransom", "blackmail"],
     "reports": [
        ("chat", "our uplinks are saturated since ~8:45 Central, inbound is ~20 Gbps of junk at the edge vs a normal ~1. "
                 "site unreachable for everyone, customers yelling at us on social media. looping in the ISP now, nothing we can do "
                 "at the app layer"),
     ]},
    {"case": "pm-050", "avoid": ["shellshock", "bash", "prototype", "old machine", "key", "keys", "credentials",
                                  "api key", "iam", "hacked", "hacker", "attacker", "vulnerability"],
     "reports": [
        ("email", "Hi, I just got an email that looks like it came from you, to the address I only use for your "
                  "service, saying the company is shutting down and that our data and passwords are stored in plain "
                  "text and aren't secure. Is this real? My coworkers with accounts got it too. Please confirm whether "
                  "my account is safe."),
        ("chat", "we're getting dozens of replies to a mass email we never sent, 'we are shutting down', went out "
                 "through our own mail provider account around 23:30 IST to ~5k users. also seeing a console login to "
                 "our cloud account at odd hours from an IP none of us recognise. who has access to the mailer?"),
     ]},
    {"case": "pm-061", "avoid": ["upgrade", "os", "operating system", "script", "reinstall", "reinstalled",
                                  "install", "wiped", "provisioning"],
     "reports": [
        ("appstore", "\u2605\u2606\u2606\u2606\u2606 Haven't been able to get to my files since Friday evening. The app "
                     "just spins on 'Connecting...' and the website shows an error page. Saturday it partly came back "
                     "but my photos tab is still empty. Paying customer, not happy."),
        ("handover", "Handover Sat 02:00 PT: site and API returning 5xx since about 17:30 Friday. A big chunk of the DB "
                     "tier stopped answering within the same few minutes and those hosts don't come back on reboot. "
                     "Restores are running host by host and it's slow. Photos and camera-upload backends are lowest "
                     "priority and will stay dark longest; file blocks themselves look fine."),
     ]},
    {"case": "pm-063", "avoid": ["database", "xmpp", "mcp", "connection", "connections", "account service",
                                  "cache"],
     "reports": [
        ("forum", "Can't log in all weekend, stuck on 'Waiting in queue' and then kicked back to the menu with 'Login "
                  "failed'. When I finally got in my friends list was empty and my party disbanded every match. "
                  "Matchmaking took 10+ min then errored. Anyone else? EU here."),
        ("status", "We're aware that many players are unable to log in or are waiting in a long login queue, and that "
                   "parties and friends lists are failing to load for those who do get in. Matchmaking is temporarily "
                   "disabled while we work on this. The problems began this afternoon at peak play time. Next update in "
                   "one hour."),
     ]},
    {"case": "pm-068", "avoid": ["password", "passwords", "guessed", "credentials", "admin account", "compromised",
                                  "takeover", "2fa", "two-factor"],
     "reports": [
        ("nonnative", "PSA: the mirror repositories of the distribution on the code hosting site look like tampered. I "
                      "pulled the main package tree mirror one hour ago and several package recipes now have 'rm -rf /*' "
                      "inside, and the README of another repo is replaced with offensive text. Please don't sync from "
                      "that mirror until the developers confirm. The project's own mirrors look not affected."),
        ("chat", "all of us just got kicked out of our org on the hosting site, I'm no longer a member and neither is "
                 "anyone I've checked. commits are appearing on master of several repos by an author none of us know. "
                 "can anyone still reach the org settings??"),
     ]},
    {"case": "pm-072", "avoid": ["deleted", "delete", "deletion", "drop", "dropped", "backup", "backups",
                                  "administrator", "admin", "sysadmin"],
     "reports": [
        ("email", "Our team's diagrams haven't loaded since yesterday; the editor just says it can't open the document, "
                  "and earlier the whole site showed an outage notice. Several wiki pages embed these diagrams and now "
                  "show broken placeholders. We have a product review on Monday, so when will our diagrams be back, "
                  "and will recent edits survive?"),
        ("status", "We are continuing to work on restoring service. Rebuilding diagram storage is taking longer than "
                   "planned and we now estimate at least another 24 hours. When the site returns, some diagrams may be "
                   "temporarily unavailable or show an older version. We are very sorry for the disruption."),
     ]},
    {"case": "pm-079", "avoid": ["autovacuum", "vacuum", "wraparound", "lock", "locks", "exclusive", "metadata",
                                  "postgres", "shard"],
     "reports": [
        ("alert", "[CRIT] objstore-front: 95% of object PUT/GET -> 503, p99 latency 30s -- the index databases have "
                  "every connection busy waiting while CPU sits idle, and there was no deploy today."),
     ]},
    {"case": "pm-080", "avoid": ["operator", "typo", "reboot command", "command", "human error", "mistake", "tool",
                                  "tooling", "accidentally"],
     "reports": [
        ("email", "Every one of our instances in your US-East datacenter rebooted at the same moment this afternoon, and "
                  "we lost connectivity for well over an hour; API calls to provision replacements just hung. Uptime on "
                  "each machine reset to zero in the exact same minute, so this wasn't individual hardware. Please "
                  "explain what happened and whether we should expect it again."),
        ("shiftlog", "15:41 - alarms: every compute node in the east DC shows uptime under a minute. 15:45 - "
                     "provisioning API unresponsive, lots of nodes slow to finish booting. 16:30 - about half the fleet "
                     "up and customer VMs starting. 17:40 - most nodes back; a handful need hands-on recovery."),
     ]},
    {"case": "pm-123", "avoid": ["cassandra", "nodes", "node", "scale", "scaling", "cluster", "config",
                                  "configuration", "token ranges", "new servers"],
     "reports": [
        ("appstore", "1 star for today. Card declined twice at the shop even though I had money, then the app showed my "
                     "balance as \u00a30 and half my transactions gone. A transfer to my landlord failed too. It all came "
                     "back later but I had no way to pay for about an hour and a half."),
        ("chat", "card auths failing ~30% since about 20 min ago, and the feed service returns EMPTY transaction lists "
                 "for a chunk of users, not errors, just empty. balance reads flap between the real value and nothing. "
                 "inbound bank transfers failing too. declaring a major incident"),
     ]},
    {"case": "pm-012", "avoid": ["configuration", "config", "maintenance", "control plane", "automation",
                                  "job", "capacity"],
     "reports": [
        ("forum", "Sunday around noon Pacific our video calls, the big video site and our cloud VMs in the eastern US "
                  "regions all slowed to a crawl at once. Between our east VMs and anything outside we saw 30-50% packet "
                  "loss and latency measured in seconds; west coast and Europe VMs were mostly fine unless they talked "
                  "to the east. It lasted about four hours. Has anyone heard anything?"),
        ("exec", "On Sunday our platform was degraded for roughly four hours for customers in the eastern US and for "
                 "anyone whose traffic passed through that area. Our cloud provider's network there was dropping a "
                 "large share of traffic, so API requests timed out and uploads failed, with error rates peaking near "
                 "40%. Several of the provider's own consumer services were visibly affected at the same time. We made "
                 "no changes; service recovered when the provider's network did."),
     ]},
    {"case": "pm-057", "avoid": ["parser", "parsing", "buffer", "overrun", "overflow", "ragel", "obfuscation",
                                  "server-side excludes", "rewrite", "rewriting", "html", "pointer", "leak"],
     "reports": [
        ("secres", "Urgent: please have someone from your security team contact me. While testing something unrelated I "
                   "noticed that responses from sites behind your edge occasionally contain chunks of data belonging "
                   "to other customers: request headers, cookies, POST bodies, private messages, even auth data from a "
                   "dating site. Search engine caches have already stored some of these pages. This is happening right "
                   "now."),
        ("email", "We noticed that a search engine's cached copy of one of our pages has garbage at the bottom: pieces "
                  "of someone else's request headers, a session cookie and what looks like part of a hotel booking. "
                  "None of that is ours, and fetching the page straight from our origin is clean. It only shows up on "
                  "some responses served through your network. Could our own users' data be showing up on other "
                  "people's pages?"),
     ]},
    {"case": "pm-064", "avoid": ["token", "tokens", "npmrc", "credential", "credentials", "malicious", "compromised",
                                  "hijack", "hijacked", "stolen", "exfiltrate", "exfiltration"],
     "reports": [
        ("junior", "CI lint job fails after a fresh install today with `SyntaxError: Unexpected end of input` thrown from "
                   "our linter's scope-analysis dependency (new patch version 3.7.2, published a few hours ago). Pinning "
                   "the previous patch version makes it pass. Looking at the file, there's code at the end that "
                   "downloads something from a paste site and evals it, which seems weird for a lint library?"),
        ("secres", "Heads up to anyone who installed JS dependencies in the last few hours: a fresh patch release of a "
                   "very widely used linter dependency has an extra block appended at the end that fetches a remote "
                   "script and runs it. The script reads a dotfile from the user's home directory and sends its "
                   "contents to a page-view counter URL. It crashes on some machines, which is how it got noticed."),
     ]},
    {"case": "pm-078", "avoid": ["2tb", "terabyte", "terabytes", "file size", "limit", "ext3", "disk", "full",
                                  "filesystem"],
     "reports": [
        ("appstore", "Can't save anything! For the past day every article I try to save fails and the app says the "
                     "service is unavailable, and now even my existing list won't load. A read-later app that can't "
                     "save or show what I saved. 2 stars only because I love it when it works."),
        ("chat", "every insert into bookmarks fails since around lunchtime, reads are fine, replica is fine, CPU fine. "
                 "mobile save endpoint at 100% 500s. nothing deployed today. restarting the app tier didn't change "
                 "anything"),
     ]},
    {"case": "pm-090", "avoid": ["autoscaler", "autoscaling", "zookeeper", "puppet", "migration", "migrate",
                                  "migrating"],
     "reports": [
        ("alert", "[CRIT] app-pool healthy hosts 12/240 (was 240 at 15:59), load balancer 503 rate 98% -- the cloud "
                  "console shows ~200 app servers going to 'terminated' within a couple of minutes, and nobody here "
                  "did that."),
        ("forum", "Site has been down for over an hour with the 'all of our servers are busy right now' page. Before it "
                  "went completely down, pages loaded only partially and comments wouldn't post. Same on the mobile "
                  "app and desktop. Is it just me?"),
     ]},
    {"case": "pm-009", "avoid": ["malware", "stopbadware", "blacklist", "list", "slash", "pattern", "human error"],
     "reports": [
        ("forum", "Every single result on the search engine now has 'This site may harm your computer' under it, "
                  "including the search engine's own pages and big encyclopedias. Clicking a result takes me to a "
                  "warning page instead of the site. Started maybe 15 minutes ago, around 6:30 AM Pacific. Different "
                  "browsers, different computers, same thing."),
        ("chat", "traffic from search down ~80% in the last 20 min, starting 06:30 PT, Saturday. searching our own "
                 "name shows us flagged with a 'may harm your computer' warning, but so is literally every other "
                 "site. not us. watching"),
     ]},
    {"case": "pm-034", "avoid": ["leap", "certificate", "certificates", "cert", "february 29", "29th", "feb 29",
                                  "date calculation", "one year", "expiry", "valid"],
     "reports": [
        ("status", "Beginning at approximately 4:00 PM PST on 28 February, customers may be unable to deploy new hosted "
                   "services or scale existing ones, and some instances may fail to start after being moved. The "
                   "management portal and service management API may return errors. Existing running applications "
                   "are unaffected in most regions. We are investigating."),
        ("shiftlog", "16:05 PST - scale-out of web tier from 4 to 8 instances stuck at 'initializing'; new instances "
                     "never reach ready. 17:30 - hotfix deploy to the staging slot fails the same way. 22:00 - portal "
                     "shows 'service management currently unavailable' for our subscription. 02:00 - still can't "
                     "deploy; running instances are fine as long as nothing restarts them."),
     ]},
    {"case": "pm-040", "avoid": ["network change", "re-mirror", "remirror", "remirroring", "mirror", "mirroring",
                                  "capacity", "network configuration", "traffic shift", "storm"],
     "reports": [
        ("forum", "Since about 1am Pacific Thursday a large share of our block volumes in the Virginia region are "
                  "stuck: I/O just hangs, instances using them are unresponsive, and any API call to create, attach or "
                  "detach volumes times out. Our managed relational DB instances there are unreachable too. Tried "
                  "launching in another zone but that's slow and erroring as well. Going on 12 hours now."),
        ("exec", "Our service was down for about 40 hours from Thursday to Saturday because our cloud provider's block "
                 "storage in its eastern region stopped responding for a large share of volumes. Early attempts to "
                 "move to other zones failed because the provider's management API was also impaired. Most volumes "
                 "came back over three days; a small number could not be recovered and we restored those from our "
                 "own copies."),
     ]},
    {"case": "pm-069", "avoid": ["memcached", "amplification", "ddos", "denial", "attack", "reflection", "11211",
                                  "botnet", "reflected"],
     "reports": [
        ("alert", "[PAGE] edge inbound 1.3 Tbps (baseline ~100 Gbps), UDP from >100k source IPs, 17:21 UTC -- transit "
                  "links pegged and the site unreachable from outside, calling the upstreams now."),
        ("forum", "The code hosting site was completely unreachable for me for about 5 minutes around 17:20 UTC, then "
                  "flaky for a few more. Pushes and clones failed with timeouts and the web UI wouldn't load. It's back "
                  "now, but what happened?"),
     ]},
    {"case": "pm-083", "avoid": ["wraparound", "vacuum", "transaction id", "xid", "autovacuum", "freeze",
                                  "protect"],
     "reports": [
        ("email", "Since yesterday afternoon our transactional emails (password resets, receipts) sent through your API "
                  "are either rejected with a 500 or accepted and never delivered. Your status page says only some "
                  "accounts are affected, but it's been over 20 hours for us and we've had to move critical mail to a "
                  "backup provider. When will our account's queued messages go out?"),
        ("chat", "one of the DB shards stopped accepting writes ~2pm, reads still fine. everything on that shard is "
                 "broken: sends rejected, webhooks stalled, search empty. other shards healthy. restarting app servers "
                 "did nothing, load looks normal"),
     ]},
    {"case": "pm-107", "avoid": ["rm", "rm -rf", "steamroot", "variable", "script", "empty", "unset", "bash"],
     "reports": [
        ("nonnative", "After I moved the game client folder to another drive and started it, it crashed and then "
                      "everything owned by my user was gone: the whole home directory AND the external backup disk "
                      "mounted under /media. Documents, photos, configs, all of it. Nothing strange in terminal except "
                      "the client starting. Somebody saw this before?"),
        ("junior", "Title: client wiped user's files on launch. Reported steps: user relocated the client's install "
                   "directory under ~/.local/share to another disk, then launched it from a terminal. Expected: client "
                   "starts. Actual: every file writable by the user was removed, including on mounted drives. Two more "
                   "users in the comments report the same after similar moves."),
     ]},
    {"case": "pm-106", "avoid": ["redis", "partition", "replica", "replication", "master", "slave", "restart",
                                  "restarted", "sync"],
     "reports": [
        ("email", "Our credit card was charged our auto-recharge amount five times in the last hour, yet the account "
                  "balance still shows zero in your console and our messaging has been suspended. That's a few thousand "
                  "dollars of charges we didn't expect. Please stop the charges, refund the duplicates and restore our "
                  "account."),
        ("chat", "payments: card processor shows a burst of recharge charges for ~1.4k accounts starting 01:30 PT, some "
                 "charged over and over. balances for those accounts read as 0 in the billing store even after the "
                 "charge succeeds. support queue exploding"),
     ]},
    {"case": "pm-071", "avoid": ["rm", "deleted", "delete", "directory", "replication", "backup", "backups", "spam",
                                  "lag", "snapshot"],
     "reports": [
        ("forum", "The hosted service was offline most of the night, and now that it's back the issues and merge "
                  "requests my team opened yesterday afternoon are gone. A colleague who signed up yesterday doesn't "
                  "have an account anymore. The repositories themselves look fine. Everything from roughly a six-hour "
                  "window seems to be missing."),
     ]},
    {"case": "pm-026", "avoid": ["power", "redis", "firmware", "boot", "datacenter power", "electrical"],
     "reports": [
        ("chat", "code host is down hard since ~00:25 UTC: web UI, API, pushes and clones over ssh and https all failing, "
                 "their status page barely loads. our deploys pull from it so every deploy is blocked. about an hour in, "
                 "no ETA"),
     ]},
    {"case": "pm-002", "avoid": ["flowspec", "router", "routers", "rule", "99971", "packet size", "memory",
                                 "crash", "crashed"],
     "reports": [
        ("alert", "[CRIT] ext-monitor: www + api + dns unreachable from all 12 probe locations, 09:48 UTC Sun -- our DNS "
                  "and proxy provider looks offline everywhere, not just for us; their own homepage won't resolve "
                  "either."),
     ]},
    {"case": "pm-092", "avoid": ["wraparound", "vacuum", "transaction id", "xid", "autovacuum", "freeze"],
     "reports": [
        ("status", "We are currently experiencing an outage affecting event ingestion. Events sent over the past few "
                   "hours are being rejected or dropped, and the web interface is effectively read-only. Our primary "
                   "database is online but is not accepting new writes, and we expect an extended recovery. We will "
                   "post updates as we have them."),
     ]},
]

VOICES = {
    "chat": "on-call chat", "email": "customer email", "forum": "forum post", "exec": "exec summary",
    "status": "status-page draft", "handover": "SRE handover note", "junior": "junior bug report",
    "ticket": "support ticket", "appstore": "app-store review", "secres": "security researcher",
    "nonnative": "non-native English speaker", "alert": "pasted alert + one-line comment", "shiftlog": "shift log",
}


def find_hits(text, words):
    hits = []
    for w in words:
        if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, flags=re.IGNORECASE):
            hits.append(w)
    return hits


def build():
    """Return the list of query records (and raise on any avoid-list hit)."""
    records, problems = [], []
    pos = 0
    for c in CASES:
        for voice, text in c["reports"]:
            pos += 1
            if voice not in VOICES:
                problems.append("c22-%03d: unknown voice %s" % (pos, voice))
            hits = find_hits(text, GLOBAL_AVOID) + find_hits(text, c["avoid"])
            if hits:
                problems.append("c22-%03d (%s): contains %s" % (pos, c["case"], ", ".join(sorted(set(hits)))))
            records.append({"id": "c22-%03d" % pos, "split": "dev" if pos % 2 == 1 else "test",
                            "expected": [c["case"]], "text": text})
    if problems:
        raise SystemExit("gen.py refuses:\n  " + "\n  ".join(problems))
    return records


def voice_of():
    out, pos = {}, 0
    for c in CASES:
        for voice, _ in c["reports"]:
            pos += 1
            out["c22-%03d" % pos] = voice
    return out


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    records = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(render(records))
    print("wrote %d reports to %s" % (len(records), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
