#!/usr/bin/env python3
"""Writes queries.jsonl for set c6. Every report is typed literally below, in writing order.
Split rule (fixed before writing): odd writing position -> dev, even -> test."""
import json, os

R = []
def q(expected, text):
    R.append((expected, text))

# 1
q(["pm-038"], "PAGE sev1: blob-store east returning 503 on GET/PUT/LIST for every bucket since 17:37. Ops ran the capacity-removal runbook against the billing sub-fleet at 17:35 and the host count of the metadata lookup tier dropped by far more than planned. Restart of the lookup tier is in progress, but it has not been cold-started in years and is doing full integrity checks, ETA unknown. Note: our status page pulls its icons from the same store, so it still shows green.")
# 2
q(["pm-032"], "Summary for leadership: at the 09:30 open our new order router began sending a flood of child orders on roughly 150 symbols, buying at the ask and selling at the bid over and over. Only one of the eight router servers was misbehaving; the other seven looked normal. We rolled the new release back on all eight and the order rate got worse, not better. Trading was halted at 10:15 and the open position is in the hundreds of millions. Before the open the router had sent dozens of automated emails with an odd error nobody read.")
# 3
q(["pm-058", "pm-100"], "hey all - right after the 13:42 firewall-rules push every edge box went to 100% CPU and the proxies are returning 502 everywhere, all PoPs at the same moment. it's not traffic, rps is flat. perf on a box shows basically all the time inside the rule-matching engine evaluating one of the new rules. can we kill the whole managed ruleset globally? the normal rollback pipeline takes too long")
# 4
q(["pm-009"], "Ticket from support: since about 14:30 UTC every single result in our web search shows the 'this link may be dangerous' interstitial, including our own homepage and obviously safe sites. Customers are calling in a panic and click-through has dropped to nearly zero. The ranking code did not change, but the harmful-sites list was republished at 14:27. Can someone look at what is in the latest list file?")
# 5
q(["pm-036", "pm-035"], "Hi, not sure if this is related but right at 00:00 UTC a lot of our Java services and the MySQL boxes jumped to 100% CPU and stayed there. Nothing was deployed and traffic is normal, but load average is through the roof. Restarting the Java app does not help, someone said just setting the date again fixes it?? dmesg has a 'Clock: inserting ...' line at exactly that moment.")
# 6
q(["pm-029"], "Status draft: We are investigating degraded service. Since 23:00 UTC some users see out-of-date information: recently pushed commits, comments and issues are missing or inconsistent, and webhooks and page builds are delayed. To protect data integrity we have paused background job processing. (Internal: 43 s loss of connectivity between the east DC and the network hub at 22:52; the DB topology tool now shows several cluster primaries in the west DC.)")
# 7
q(["pm-071"], "Hello, our main postgres replica stop replicating since 21:00, lag is growing many GB. We see very heavy load from spam accounts and the primary sometimes lock up. We try to resync the replica with base backup but it hang without any output, and there is error about max_wal_senders. Also we want to check last night dump but the dump job seem to fail silently, the notification mails never arrive.")
# 8
q(["pm-034"], "Since 00:00 UTC every newly started VM fails to come up: the guest agent initialization times out during the certificate setup step, the host retries three times and then marks the whole node as needing human investigation. Nodes are dropping out in batches across many clusters, so we disabled the service management API everywhere to stop the spread. VMs that were already running are fine so far.")
# 9
q(["pm-037"], "Status draft: Starting around midnight UTC, users of our desktop app report that all of their installed plugins were disabled at once, with a message that the plugin 'could not be verified'. It affects plugins from every developer, including ones installed years ago. Reinstalling from the catalogue fails with the same message. We are investigating and will update within the hour.")
# 10
q(["pm-107"], "Customer escalation: after moving the install folder of our game launcher to another drive and starting it, the user's entire home directory was wiped: documents, photos, everything owned by their account, including an external backup disk that was mounted. It happened the moment the launcher ran its startup/self-update shell script. This is the second report like this today. Please treat as sev1.")
# 11
q(["pm-046", "pm-103"], "Inserts failing on projects DB: \"Out of range value for column 'id' at row 1\". Everything that creates events is returning 500, reads are fine. Started 10:05. Putting the app into read-only mode until we understand it.")
# 12
q(["pm-103", "pm-046"], "uploads are failing for everyone since about 15:00. the upload workers die on the insert into the uploads table with \"Out of range value for column 'id'\", retries do the same. nothing deployed today, the table just keeps growing like always. mobile app shows 'upload failed' for every activity.")
# 13
q(["pm-044"], "Our long-distance voice network has been failing calls since 14:25; about half of all calls get a busy/all-trunks-busy tone. One core switch reset itself, and when it came back and announced itself to its neighbours those neighbours reset too, and now resets are rolling across all of the ~100 core switches every few seconds. A software update went to every core switch a few weeks ago. Engineers are trying to cut signalling load to stop the waves.")
# 14
q(["pm-069", "pm-045"], "edge-in bps: 17:21:00 3.1G -> 17:21:30 ~1.3T. inbound UDP from tens of thousands of source IPs, all with the same source port, big packets. site unreachable, transit links saturated. swinging traffic to the scrubbing provider now.")
# 15
q(["pm-045", "pm-069"], "Heads up: the app has been unreachable since 08:46 because our upstream links are completely full of junk traffic, around 20 Gbps. At the same time the founders received an email demanding bitcoin to make it stop. Our network provider is working on filtering. No sign so far that any data was accessed.")
# 16
q(["pm-020"], "uhh, everyone just got logged out of the dashboard and users say their repository list is empty. the users, repos and builds tables in prod have zero rows as of 11:27, but the schema is still there. no migration was deployed. incoming webhooks are failing with 'repository not found'.")
# 17
q(["pm-018"], "Builds on the Linux VM infrastructure fail before any step runs: 'image not found' when booting the job VM. It began about ten minutes after the nightly image-cleanup job ran. The current stable build images, not just old ones, are gone from the cloud project's image list.")
# 18
q(["pm-061"], "Sev1: site down. About a dozen DB hosts, including several primaries, rebooted at 17:30 and came back as freshly imaged machines with empty data disks. Nothing was planned for prod tonight; the provisioning system shows a reimage job ran against them. Restoring from backups plus binlogs, looks like many hours.")
# 19
q(["pm-090"], "something is terminating our app servers. the cloud console shows ~80% of the web fleet terminated within 2 minutes at 15:20, and new instances get killed shortly after we launch them. we are in the middle of migrating the scaling service's coordination cluster and config management was disabled on those boxes. 5xx everywhere.")
# 20
q(["pm-014"], "We are investigating an issue affecting blob storage in multiple regions simultaneously, starting 00:50 UTC. Requests to storage endpoints hang or time out, and virtual machines whose disks live on that storage are becoming unresponsive. A performance update to the storage front-ends was rolled out to all regions earlier this evening.")
# 21
q(["pm-006"], "All external ingress to VMs in every region dropped at 19:09 and stayed down for 18 min. Internal traffic fine. Our prefixes disappeared from public looking glasses at the same minute. Network config management had pushed a change a few minutes before.")
# 22
q(["pm-012"], "Multiple customers in the eastern US report very slow video and 30-50% packet loss to our services since 11:45 PT; other regions are normal. Our backbone dashboards show the east region links above 100% with large drops, and several network control-plane jobs in the east were descheduled by a maintenance event. Even our own network tooling is slow to respond.")
# 23
q(["pm-022"], "21:12 502 spike on PoPs in ~20 cities (US + EU). backbone traffic map shows everything converging on one router in the southeast, its CPU at 100%, BGP sessions flapping. change log: routing policy edit on that router at 21:10. pulling it out of the backbone now.")
# 24
q(["pm-002"], "All edge routers worldwide unresponsive or rebooting since 09:47, sites dark globally. The routers run out of memory and crash right after we pushed a filter rule to drop an attack pattern matching unusual packet lengths. Need console access to power cycle, only the out-of-band network works.")
# 25
q(["pm-057"], "Message from an external security researcher: they are seeing chunks of random memory in some HTTP responses served by our proxies: other customers' cookies, auth headers, POST bodies. Some of it is already cached by search engines. It only seems to happen on pages with malformed HTML, unclosed tags at the very end. Sample attached, triaging as critical.")
# 26
q(["pm-023"], "Not sure what's happening: a lot of block storage volumes in zone C are 'stuck': I/O hangs and instances attached to them freeze. The storage control API also throws errors when we create new volumes, even in the other zones. It started after a network change in that zone at 00:47. All the storage nodes seem to be trying to re-copy their data at the same time.")
# 27
q(["pm-041", "pm-085"], "storage-node memory, zone B: steady climb over the last ~week, now ~95%; nodes starting to fall over and volumes going stuck. the climb started after one data-collection server was replaced and its DNS name updated. per-node reporting agent process is the biggest RSS on every box.")
# 28
q(["pm-085", "pm-041"], "Our cloud provider is having block storage problems in one availability zone since about 10:30 local; volumes hang and some instances are unreachable. Our stateless tier is fine and we are shifting traffic out of that zone; the Cassandra nodes there are degraded but the rings still have quorum. Customer impact minimal so far.")
# 29
q(["pm-040"], "Load balancers in the east region: many of them suddenly have no backends or route traffic wrongly, customer traffic failing since 12:24 PT. The LB control plane shows state data missing for a subset of load balancers. A maintenance process was run against prod by a developer earlier this afternoon. Creating new LBs works, existing ones are broken.")
# 30
q(["pm-042"], "kv-store in east region throwing errors on ~55% of requests since 02:19. storage nodes are failing their membership/partition-assignment requests to the metadata service (timeouts), then take themselves out of serving and retry, so load on the metadata service is through the roof. the membership lists got much bigger recently since customers adopted the new secondary index feature.")
# 31
q(["pm-039"], "11:40 object store error rate climbing in all regions. internal gossip traffic between storage nodes is 10x normal and nodes spend most of their CPU processing state messages instead of serving requests. some state messages contain garbled server names. restarting a node doesn't help, it relearns the bad state from its peers.")
# 32
q(["pm-026"], "At 00:23 UTC a brief power disruption in our main DC rebooted roughly a quarter of our servers. Many did not come back: they sit at boot without detecting their disks. That includes most of the cache and job-queue cluster hosts, and the app servers will not start without them, their health checks fail on boot. Site is down.")
# 33
q(["pm-024"], "Severe storm hit the region around 20:00. One of our datacenters lost utility power and the generators in one building did not pick up the load; the UPS ran down about 7 minutes later and everything in that room lost power. Since power came back, volume recovery is slow and the load balancer control plane is backlogged, so customers cannot create or scale LBs even in the other zones.")
# 34
q(["pm-027"], "Customer reports I/O errors and one unreadable persistent disk on VMs in our EU zone b. There were repeated grid power interruptions from a thunderstorm near that site this afternoon; the backup power should have covered it. Other customers in the same zone see elevated disk errors too.")
# 35
q(["pm-005"], "Primary DB host lost its disk array at 15:09 (RAID controller errors in dmesg, then the filesystem went read-only). The cluster manager should have promoted the sync replica but it refuses: the resource shows as failed and will not move. API and dashboard fully down. Do we promote by hand?")
# 36
q(["pm-030"], "During the deploy at 14:02 the API went fully unresponsive for ~15 seconds: all requests queued, then timed out. pg_stat_activity showed hundreds of queries waiting on the payments table, behind our migration that adds a foreign key, and the migration itself was waiting behind a long-running analytics query. It recovered on its own when the long query finished. Is this a DB bug?")
# 37
q(["pm-092", "pm-083"], "ERROR: database is not accepting commands to avoid [...] data loss in database \"app\" / HINT: Stop the postmaster and vacuum that database in single-user mode. All writes to main postgres failing since 09:12, reads OK. Write volume has been very high lately and vacuum on the big events table never seems to finish.")
# 38
q(["pm-083", "pm-092"], "One of our Postgres shards stopped accepting writes at about 06:00, so roughly a fifth of customers cannot send and queued outbound mail is piling up. The DB says it must be vacuumed in single-user mode before it accepts writes again, and the estimate is many hours given the table size.")
# 39
q(["pm-079"], "object store metadata writes hanging on 3 shards since 18:02. pg_stat_activity: a maintenance vacuum on the main table has been running for hours (cancel it and it comes straight back), one statement waiting for an exclusive lock, and every normal query queued behind that one. latency through the roof, front-ends timing out.")
# 40
q(["pm-043"], "All ad-serving nodes segfaulted within ~2 minutes of each other at 09:19 and crash again right after restart. Core dumps all show the same stack in the object-update code path. The last data push included the deletion of a single campaign line item. Ad serving at zero.")
# 41
q(["pm-064"], "Report from a user: the new patch release of one of our linting packages (published 2 hours ago, not by our release process) has a postinstall step that downloads a script from a paste site and sends the contents of the user's ~/.npmrc to a remote host. The maintainer account that published it had no 2FA. Unpublishing now.")
# 42
q(["pm-068"], "Our organization on the public code host was taken over at about 20:20 UTC: all developers were removed from the org, the main repositories were force-pushed with commits that add a recursive delete of the whole filesystem to build scripts, and the README was replaced. Our self-hosted primary repos are untouched. One org admin's password may have been guessed.")
# 43
q(["pm-077"], "Bug bounty submission: a researcher found a personal access token with push rights to our core package repositories printed in plain text in the public logs of our CI server. They confirmed they could have pushed a commit. The token belongs to a bot account and has been visible for months.")
# 44
q(["pm-049"], "Security alert: our offsite backup database of user records shows access from an unknown IP range last night. The credentials used were stored in a repository on our hosted source code account, and one employee's account on that code host shows logins we can't explain. Rotating everything, planning forced password resets for users.")
# 45
q(["pm-050"], "Customers are forwarding an email they got 'from us' at 23:30 saying we are shutting down and their data is insecure. It was sent through our mail provider with our own API credentials. The cloud console shows an unknown instance started tonight and API calls with our root keys; the keys were on an old prototype server that was never patched.")
# 46
q(["pm-051"], "Pipelines dashboard and the agent API are super slow since the morning peak (9am US east), DB CPU at 100% and connections maxed. We did resize the managed database to a smaller instance class yesterday to save costs... could that be related? Agents can't pick up jobs.")
# 47
q(["pm-056"], "After the code host's outage ended at 18:00 we received a huge backlog of push webhooks all at once. Our build queue database has been crawling since, roughly one queue transaction per minute, and nothing is starting. Customer builds are delayed more than two hours.")
# 48
q(["pm-063"], "new concurrent-player record tonight and now: login queue stuck, profile DB (mongo) p99 10s+, write queue growing, account service threads exhausted. chat/presence servers disconnecting everybody and the reconnect wave is making it worse. matchmaking failing.")
# 49
q(["pm-082"], "mongo secondaries overloaded since 14:00, read latency terrible. we pushed a config change to move reads around, and now ALL reads go to the primary and it's on fire too. sending API returning 5xx. revert??")
# 50
q(["pm-098"], "Ingestion down. Cassandra nodes crashing / long GC pauses since 03:10; the bus consumers can't write, queues are full, and now every producer service is blocked on publish, so the API and UI hang as well.")
# 51
q(["pm-105"], "Service down since 06:00. / on the main server is 100% full. Biggest file: the log of the nightly batch job that frees unused blocks in the object store, growing GBs per hour with the same delete failing and retrying over and over. All other writes fail with ENOSPC.")
# 52
q(["pm-106"], "Multiple customers say their cards were charged again and again in the last hour for auto-recharge, and their account balances show zero. It started right after a network blip in the billing cluster and a restart of the primary balance store node; the replicas resynced from it at that time.")
# 53
q(["pm-123"], "card payments failing since 14:10 and the app can't load the feed. the mesh proxies on every node log 'No hosts are available' for a bunch of services, even though the pods are running and healthy. happened after we redeployed some services; the kube API shows the endpoints fine.")
# 54
q(["pm-117"], "Kubernetes nodes going NotReady one by one since about 13:00. When one goes NotReady its pods get rescheduled onto others and then those go NotReady too. On a node I could still ssh into, the kubelet and docker were being OOM killed, and some of our pods have no memory limits set. Is this a cluster bug?")
# 55
q(["pm-116", "pm-120"], "Cluster-wide DNS lookups failing or timing out ('no such host', 'i/o timeout') since 16:20. CoreDNS pods in CrashLoopBackOff with OOMKilled; as soon as one restarts it gets hammered. Query rate is 10x normal.")
# 56
q(["pm-112"], "URGENT all clusters: namespaces are in Terminating state everywhere, across all regions, services are disappearing. Coincides with a merge to the cluster-config repo 5 minutes ago that touched one line in a template file; the CD pipeline applied it to every cluster at once.")
# 57
q(["pm-119"], "Starting around 10:00 our in-store app clusters began degrading across hundreds of stores. The logging pipeline's message cluster had a problem, and the logging sidecars on every pod started retrying and eating CPU. Then nodes saw container runtime stalls and the service discovery agents started flapping, which took down services that have nothing to do with logging.")
# 58
q(["pm-118"], "Whenever we drain a Kubernetes node for maintenance, we get a spike of connection resets and 503s at the cloud load balancer for 1-2 minutes, even though all pods moved fine. The load balancer keeps sending traffic to the drained node until its health check fails.")
# 59
q(["pm-097"], "We are investigating an issue preventing sellers from logging in to the point-of-sale app and the dashboard. Since 10:40, login and session checks fail with timeouts. Internally, the authentication service is retrying heavily against its backing data store, which is overloaded, following a deploy at 10:35.")
# 60
q(["pm-099"], "we turned on the little april-fools game widget for all users at 14:00 and the load balancers went to 100% CPU, site slowed to a crawl. every page view now fires a bunch of extra polling requests. it's like we DDoSed ourselves")
# 61
q(["pm-100", "pm-058"], "web tier CPU 100% on all 11 web servers from 14:44; the LB marked them all down because the home page health check times out. Hot stack on every box: the string-trimming helper. A new post that is currently on the home page contains ~20k consecutive whitespace characters.")
# 62
q(["pm-104"], "API p99 went from 200ms to timeouts at 23:20; DB CPU pegged on the charges cluster. The query planner is doing full scans for a very common lookup. An engineer dropped what looked like an unused index by hand 20 minutes ago as part of a cleanup.")
# 63
q(["pm-075"], "Several customers report random file corruption inside their app containers since the host fleet rollout last week: zeros in the middle of files, SQLite databases corrupted, compiled assets cut short. Only on hosts running the new kernel version; can't reproduce on old hosts.")
# 64
q(["pm-078"], "bookmark saving broken: MySQL error 1114 \"The table 'bookmarks' is full\" since 12:30. The volume still has plenty of free space. This DB instance is an old one created years ago on the managed service.")
# 65
q(["pm-080"], "Every compute node in the east DC rebooted at 20:50, all at the same time. An operator was running an upgrade command meant for a few nodes. Nodes are coming back slowly because the boot storm is saturating the boot/image servers; customer instances down.")
# 66
q(["pm-033"], "Our old centralized version control server is broken for the main repository since 16:00: checkouts and updates fail with 'Checksum mismatch' on one revision, and the read-only mirrors refuse to sync. That revision only added two small PDF files as test fixtures. Can't revert it because any operation touching it errors out.")
# 67
q(["pm-084"], "Hello, many users from Poland write us that when they write a post in the editor, the letter 'ś' disappear. Other Polish letters (ą, ę, ł) are OK. They type it with right Alt + s. Only in our editor, in other websites it's ok.")
# 68
q(["pm-088"], "Huge outflows from several multisig contract wallets built from our wallet library, ~150k coins gone in minutes. The attacker's transactions first call the setup function on each wallet, which makes them an owner, and then execute a transfer. These wallets were deployed months ago.")
# 69
q(["pm-093"], "Third time in a month our hot wallet balance came up short: funds moved to unknown addresses overnight. No sign of external intrusion in our logs; the transfers used valid internal credentials. Checking who had access to the wallet servers.")
# 70
q(["pm-094"], "deploy API OOMing every few hours since last week's dependency bump; memory graph is a sawtooth climbing to the limit, then restart. Two outages so far (Thursday and Monday).")
# 71
q(["pm-109"], "Some exception notifications are being delivered 6-7 hours late. Ingest is fine, but some nodes of the processing cluster can't see each other: the member list differs depending on which node you ask.")
# 72
q(["pm-086"], "Notification delivery degraded from 22:48: alerts delayed or dropped. Two of our three DCs (different providers) lost connectivity to each other at the same time with heavy packet loss on the path between them, so our quorum-based store can't reach quorum.")
# 73
q(["pm-091"], "We are investigating a service disruption for customers on one of our North America instances. After a power failure in the primary data center at 01:00 the instance was failed over to the secondary site, but performance has been degraded and database writes are now failing with storage errors. We may need to restore from backup.")
# 74
q(["pm-047"], "Homepage, video player and news pages serving errors since 14:00 Saturday. The metadata databases behind the page assembly API are overloaded; our clients retry on timeout, and cached fragments are expiring so even more traffic hits the DBs.")
# 75
q(["pm-001"], "At 12:00 the flash-sale email went out and traffic jumped about 3x. Services tried to scale out but the new instances sat pending because the cluster had no CPU/memory left to allocate. Existing instances hit CPU throttling, latencies went up, retries piled up and it cascaded across services. Site down for about an hour.")
# 76
q(["pm-003"], "Search index distribution takes hours now: after the nightly rebuild all 30+ search replicas pull the multi-GB index from the master at once, the master's NIC is pinned at line rate. Searches on the replicas that are still waiting serve stale results or time out.")
# 77
q(["pm-007"], "11:02: several user-facing services (mail, calendar, docs) returning errors for a large share of users. It started right after the internal config-generation service pushed new configs to those services. Rolling the generated config back now.")
# 78
q(["pm-008"], "Desktop client crash reports spiked 100x at 09:00 UTC, all regions. Crashes happen at startup inside the sync module; at the same time our sync backend started returning errors after a load balancer config change. Webmail also partially down.")
# 79
q(["pm-011"], "Object storage returning elevated 5xx on uploads since 18:40 in multiple regions; other products that store files in it (mail attachments, photo uploads) are failing too. A config change to reduce resource usage of the metadata store was rolled out at about 18:30.")
# 80
q(["pm-072"], "App down since 22:00: the production database server has no tables left. Tonight's maintenance was an admin working on the backup system. The latest full backup is a few days old and restoring it will take days.")
# 81
q(["pm-035", "pm-036"], "new year's eve, exactly at the midnight UTC rollover: several of our hosts froze completely, no ping, console dead. all of them run the same kernel version and ntpd. hard reset brings them back.")
# 82
q(["pm-032"], "Desk: router server #8 is hammering the market with orders in ~150 names since the open, our volume is 10x normal in those. Positions ballooning. Kill it!")
# 83
q(["pm-037"], "um, I think something broke on the client side: lots of forum posts since ~00:00 UTC saying ALL their extensions got disabled at once, every vendor, the message says they 'could not be verified'. Nothing was released by us today. Is this something on the signing side?")
# 84
q(["pm-058", "pm-100"], "Status draft: We are aware of 502 errors for all sites behind our proxy network, starting 13:42 UTC. We are seeing CPU exhaustion across our whole network following a rules deployment. We have globally disabled the affected ruleset and traffic is recovering.")
# 85
q(["pm-029"], "why does the DB topology tool say the primary is now in the West DC? we had a ~43 second link flap at 22:52 and now writes go cross-country, +60ms per query, pages timing out. some rows written in the east just before the flap are not on the new primary.")
# 86
q(["pm-071"], "Status draft: We are experiencing issues with our production database replication and are taking the site down for emergency maintenance. Some data created in the last six hours may be lost. We will share updates as we restore from the most recent usable copy.")
# 87
q(["pm-107"], "I ran the client after moving its folder and it deleted everything owned by my user under /, also my backup drive mounted in /media. the script printed nothing. please do not run this if you moved the folder!!")
# 88
q(["pm-034"], "Customers from many regions say they can't deploy new apps or scale up since midnight UTC; running apps are fine. The service management portal shows 'temporarily unavailable' and host nodes keep flipping to an unhealthy state.")
# 89
q(["pm-044"], "NOC: core switches resetting in waves, each reset triggers its neighbours. ~50% call failure nationwide since 14:25.")
# 90
q(["pm-009"], "Hi! On our search page every result get a warning that the site is harmful, even big well-known sites. Our team says the harm list was updated at 06:27. Please help, users think we are hacked")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "queries.jsonl"), "w", encoding="utf-8") as f:
        for i, (exp, text) in enumerate(R, 1):
            rec = {"id": "c6-%02d" % i, "split": "dev" if i % 2 == 1 else "test",
                   "expected": exp, "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d reports" % len(R))

if __name__ == "__main__":
    main()
