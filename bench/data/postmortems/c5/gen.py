#!/usr/bin/env python3
"""Write queries.jsonl for c5. Every report is typed literally below, in writing order.
Split rule (fixed before writing): position 1,3,5,... -> dev ; 2,4,6,... -> test."""
import json

REPORTS = [
    # 1
    (["pm-058", "pm-100"],
     "PAGE: edge proxy fleet CPU pinned at 100% on every PoP at the same time, started 13:42 UTC a couple of minutes after the managed firewall rules release went out. "
     "502s everywhere, even our internal dashboard is unreachable so we can't roll back through the normal path. "
     "No traffic spike on ingress graphs. perf top on a random box shows nearly all time inside the regex engine's match function."),
    # 2
    (["pm-002"],
     "Border routers in every one of our sites started crashing and rebooting one after another around 09:47. "
     "Minutes before, a NOC engineer pushed a filter rule to drop attack traffic matching a weird packet length (around 99,9xx bytes, larger than any MTU) and it got distributed to all routers via BGP. "
     "The routers eat all their memory and fall over; some never come back and need a console power cycle. Whole network dark for about an hour."),
    # 3
    (["pm-029"],
     "hey, after the ~40 second blip on the link between our east DC and the network hub last night, the MySQL topology manager promoted the west coast replicas to primary. "
     "now we have writes that landed in east and never replicated, plus new writes in west. "
     "app latency is awful because every query crosses the country. can we just fail back without losing data??"),
    # 4
    (["pm-071", "pm-072"],
     "While fixing a lagging Postgres replica late at night, an engineer ran rm -rf on the data directory and realized a few seconds later the terminal was on the primary, not the replica. ~300GB gone. "
     "Then we found our nightly pg_dump backups were zero-byte files for months (a version mismatch error went to an email nobody got), disk snapshots were off. "
     "Best copy we have is a 6 hour old snapshot someone took for staging."),
    # 5
    (["pm-036", "pm-035"],
     "Hello, since 00:00 UTC tonight many of our servers have java and mysqld processes using 100% CPU, load very high, but nothing changed from our side. "
     "Restart of the java app not help, it go again to full CPU. "
     "One colleague say running `date -s \"$(date)\"` fix it immediately without reboot?? Kernel is 2.6.32 and ntpd is running. Please what is this."),
    # 6
    (["pm-037"],
     "Support escalation: since roughly 00:00 UTC Saturday every customer on the desktop app reports ALL installed extensions disabled at once, marked 'could not be verified for use'. "
     "Reinstalling from our catalog fails with the same message. We shipped nothing on Friday and clocks on affected machines are correct."),
    # 7
    (["pm-092", "pm-083"],
     "Postgres primary for event ingestion started rejecting every write at 02:10. Log: `WARNING: database \"events\" must be vacuumed within 998123 transactions` "
     "followed by `HINT: To avoid a database shutdown, execute a database-wide VACUUM in that database.` and now it refuses commands outright. "
     "Reads still work. The table takes a very high insert rate and autovacuum was throttled way down months ago. How long does a single-user VACUUM take on 4TB?"),
    # 8
    (["pm-046", "pm-103"],
     "Manager summary: the app was effectively read-only this morning for ~5 hours. Creating anything new failed with `Out of range value for column 'id' at row 1`; "
     "the busiest table had just passed about 2.1 billion rows. Reads were fine the whole time. Engineers are running a schema change on a huge table to get us back."),
    # 9
    (["pm-032"],
     "Trading desk escalation: at market open our order router started blasting huge numbers of child orders into the market for ~150 symbols, way beyond any parent order. "
     "We rolled a new release to 8 hosts last night and reused an old config flag for the new feature. "
     "Rolling the new code back made it worse, not better. 45 minutes before we killed it, enormous unwanted positions."),
    # 10
    (["pm-038", "pm-080"],
     "During routine debugging of our object store billing subsystem an operator ran the capacity-removal tool with one input wrong and far more hosts than intended were removed, including the index and placement layers. "
     "Now the whole region's object API returns 503 for GET/PUT/LIST, and restarting the index service takes hours because it hasn't been fully restarted in years at this size. "
     "Our status page icons are hosted in that same store so it still shows green."),
    # 11
    (["pm-001"],
     "Big flash sale started at 10:00 and within minutes listing and checkout pages started timing out. "
     "We tried to scale out the slow services but the cluster scheduler couldn't place new instances, no free CPU/memory left in the cluster. "
     "Existing instances were throttled, latency kept climbing and services calling them began failing too. About an hour until we freed capacity."),
    # 12
    (["pm-003"],
     "Shipping our new ~20GB search index from the indexing master to 30+ search replicas saturates the master's NIC and the rack uplinks. "
     "The copy takes hours, some replicas time out mid-transfer and start over, and query latency on the site goes up while it runs. "
     "Is there a better way than every replica pulling over HTTP from one box?"),
    # 13
    (["pm-004"],
     "Pager: every app and website of ours unreachable from outside since 15:40 UTC. Public resolvers return SERVFAIL for all our domains; our authoritative nameserver IPs don't answer, traceroute dies at our edge and our prefixes seem gone from the global table. "
     "Internal tools are down too, so remote access and even badge readers fail and people can't get in to fix it."),
    # 14
    (["pm-005"],
     "Payments API and dashboard fully down. The primary Postgres node lost its disk array (RAID controller errors in dmesg), but the cluster manager did NOT promote the synchronous replica; "
     "the database resource shows stopped/failed on every node. We had to bypass the cluster manager by hand to get a primary up. Roughly two hours of downtime."),
    # 15
    (["pm-006"],
     "At 19:09 our route announcements for every customer IP block were withdrawn from all edge sites at once, right after ops removed one unused IP block from the network config. "
     "The canary site looked fine before the rollout continued. External connectivity to every customer VM in every region dropped for ~18 min; VM-to-VM internal traffic was fine."),
    # 16
    (["pm-007"],
     "Mail, calendar and docs all started returning 500s for about half of users at 11:00, lasted ~25 minutes. "
     "Just before, an internal system that generates configuration pushed a new config to lots of services at once. Rolling that config back fixed it."),
    # 17
    (["pm-008"],
     "Desktop browser clients stormed our sync backend today: every sync request rejected with quota errors, clients retried aggressively, frontends fell over and took the mail frontends on shared infra down with them. "
     "The quota-enforcement backend had a load balancing config change shortly before."),
    # 18
    (["pm-009"],
     "Every single search result is now flagged with a 'this site may be dangerous' interstitial, even our own pages and big news sites. "
     "Started around 14:30, right after the periodic update of the malware URL list. Someone spotted that the new list has an entry that is just '/'."),
    # 19
    (["pm-011"],
     "Object storage and the mail attachment service both throwing elevated 5xx and very high latency for ~4 hours; uploads/downloads of large blobs fail. "
     "It started right after a config change to the blob metadata service meant to reduce its resource usage, and the rollback was slow because the metadata tier was already overloaded."),
    # 20
    (["pm-012"],
     "Multi-region congestion: heavy packet loss between several east regions, video playback and object storage slow, for ~4 hours. "
     "Our automation descheduled the network control plane jobs in several regions at once during maintenance that was meant for a handful of machines. "
     "Engineers can't even use their tooling because it rides the same congested links."),
    # 21
    (["pm-014"],
     "Blob storage in many regions stopped responding at about 00:50 and VMs with disks on it hung or rebooted. "
     "A performance update to the storage frontends had been rolled to all regions at once instead of incrementally. "
     "Frontend processes sit at 100% CPU and stop serving; rolling back config alone didn't help until they were restarted."),
    # 22
    (["pm-018"],
     "All Linux CI jobs failing with 'image not found' when booting build VMs. "
     "Our nightly cleanup job for old VM images ran and removed images that are still in use, including the current ones. Rebuilding images takes hours."),
    # 23
    (["pm-020"],
     "Users suddenly logged out and their repo settings and build history are gone. Production DB tables look empty, row counts 0 on users and repositories. "
     "Postgres logs show a burst of TRUNCATE statements at 11:02 from an IP that turns out to be a developer laptop running the test suite."),
    # 24
    (["pm-022"],
     "~50% of traffic dropped across our edge network at 21:12 for about 25 minutes. "
     "Graphs show one backbone site (ATL) suddenly pulling in huge volume from every other PoP and its links are saturated. "
     "A routing policy change was made on that site's router minutes earlier."),
    # 25
    (["pm-023"],
     "Many existing load balancers in our main east region started dropping or misrouting traffic and the LB control API throws errors, while the instances behind them are healthy. "
     "Some LBs look like their configuration state is simply gone. It's Christmas Eve; an engineer ran a maintenance process against the LB state earlier today."),
    # 26
    (["pm-024"],
     "Our primary DC lost utility power at about 18:40 and the backup generators never picked up the load, UPS ran down and most hosts went down hard. "
     "Block volumes came back inconsistent and many are stuck in recovery, some snapshots now have missing blocks, and the control-plane API is erroring because everyone is retrying."),
    # 27
    (["pm-025"],
     "Severe storm hit the region overnight, utility power dropped at one facility and part of the power equipment failed to transfer, so a large batch of instances lost power. "
     "After power came back, a lot of instances didn't recover on their own and the API for launching replacements was erroring for hours."),
    # 28
    (["pm-026"],
     "A short power disruption in our primary DC rebooted ~25% of servers. Most came back, but the entire Redis tier didn't: the hosts boot but can't see their disks. "
     "App servers refuse to start because they hard-fail when Redis is unreachable, so the site has been fully down for 2 hours."),
    # 29
    (["pm-027"],
     "Persistent disks in one zone returning I/O errors after several lightning strikes on the utility grid near the datacenter. "
     "Most recovered after a while, but a small fraction of disks lost recently written data."),
    # 30
    (["pm-030", "pm-079"],
     "Ran a migration adding a foreign key column to the payments table during business hours. It should take milliseconds, but the whole API started timing out and the connection pool maxed out. "
     "pg_stat_activity shows hundreds of queries waiting on a lock behind our ALTER TABLE, which itself is waiting on a long running analytics query."),
    # 31
    (["pm-033"],
     "After someone committed the two public 'same hash, different content' PDF files as a test case to our central version control server, the repository broke: "
     "checkouts fail with 'Checksum mismatch', and our mirror sync jobs stop. Other repos on the server are fine."),
    # 32
    (["pm-034"],
     "Feb 29: new VM deployments failing across clusters and hosts getting marked unhealthy and pulled out of rotation one after another. "
     "The guest agent fails at startup while creating its transfer certificate, 'invalid date' in its log. Started exactly at 00:00 UTC."),
    # 33
    (["pm-035", "pm-036"],
     "Several boxes hard-locked right at New Year midnight UTC; console frozen, no panic message, only a power cycle helped. "
     "Kernel 2.6.2x with ntpd. Only servers synced to NTP were affected."),
    # 34
    (["pm-039"],
     "Object store in every region returning errors; internal nodes can't agree on cluster state, gossip traffic exploded and servers keep marking each other down. "
     "We removed load but the status gossip alone kept it overwhelmed. In the end we had to shut the whole system down and clear the state."),
    # 35
    (["pm-040"],
     "One zone's block storage went into a stuck state after a network change shifted traffic onto the low-capacity backup network. "
     "Storage nodes lost contact with their replicas and all started searching for new space to re-mirror at once, the cluster ran out of free capacity and volumes are stuck. "
     "The control plane for the whole region is slow too."),
    # 36
    (["pm-041", "pm-085"],
     "Block volumes in one AZ degrading one by one over several hours; storage servers slowly running out of memory. Nothing was deployed. "
     "Someone noticed the monitoring agent on storage hosts keeps trying to reach a data collection server that was replaced last week, DNS on some hosts still points at the old one."),
    # 37
    (["pm-085", "pm-041"],
     "Heads-up from the streaming team: our cloud provider's east region had one zone with block volume problems and the regional load balancers also misbehaved. "
     "Services on volume-backed instances in that zone stalled, so we evacuated traffic out of the zone; the stateless tier was fine."),
    # 38
    (["pm-042"],
     "Managed key-value store in the east region: huge error rates on reads and writes for ~4 hours. Storage nodes can't fetch their partition membership from the metadata service, requests time out, they retry, and the retries keep the metadata service pegged. "
     "Recent growth of secondary indexes made the membership responses much larger."),
    # 39
    (["pm-043"],
     "All ad-serving processes across every datacenter crashed within the same minute and keep crashing on restart (SIGSEGV / glibc abort inside free()). "
     "Seems triggered by a data update pushed to all servers after an object got deleted from the campaign data."),
    # 40
    (["pm-044"],
     "Our telephone switches are rebooting in a chain reaction: one switch reset and recovered, and when it sent 'back in service' messages to its neighbors, they crashed and reset, then crashed their neighbors. "
     "A software update went to all switches a few weeks ago. About half of long distance calls failing for 9 hours."),
    # 41
    (["pm-045", "pm-069"],
     "We're getting hit with ~20Gbps of junk UDP traffic and got an email demanding bitcoin to make it stop. "
     "Upstream links saturated, site unreachable for everybody. Working with our providers on filtering."),
    # 42
    (["pm-069", "pm-045"],
     "Inbound traffic spiked past 1 Tbps for ~10 minutes, mostly UDP from source port 11211 from tens of thousands of IPs. "
     "Edge saturated, site intermittently unreachable. We swung traffic to our scrubbing provider via BGP and it calmed down within ~10 min."),
    # 43
    (["pm-049"],
     "Security notice draft: we found unauthorized access to our offsite backup storage holding user database dumps. "
     "The access used credentials that were stored in our source code repo; an employee's account on the code hosting service was compromised. Forcing password resets for all users."),
    # 44
    (["pm-050"],
     "At 23:30 many of our users got an email from our own domain saying we're shutting down and their data is insecure. "
     "Investigating: an old, never-patched prototype server had a remotely exploitable bash bug; the attacker found cloud API keys on it, launched instances, and tried to reach our DB backups."),
    # 45
    (["pm-051"],
     "CI coordination API super slow and then down since the peak hour. DB CPU at 100%. "
     "Two weeks ago we downsized the main DB instance to save money and dashboards looked fine then. Upsizing now needs a failover which is slow under load."),
    # 46
    (["pm-056"],
     "After the upstream git host recovered from its outage we got a huge flood of webhooks/build triggers and our build queue basically stopped, dequeuing about one job per minute, backlog in the thousands. "
     "DB shows heavy lock contention on the queue table."),
    # 47
    (["pm-057"],
     "A bug bounty reporter sent us search-engine cached pages from random sites behind our reverse proxy that contain chunks of memory: other customers' HTTP headers, cookies, auth tokens, POST bodies. "
     "Seems to happen only on pages with malformed HTML at the end of the document and only when certain rewrite features (email obfuscation etc.) are on."),
    # 48
    (["pm-061"],
     "Primaries AND replicas of several DB clusters went offline at once during a routine OS upgrade window. "
     "The upgrade script was supposed to touch only idle machines but it reinstalled active ones. Restoring from backups, hours per cluster."),
    # 49
    (["pm-062"],
     "Auth push service timing out for all customers. The request queue grew faster than the database could drain it; once it backed up, DB capacity was exhausted and everything timed out. "
     "Traffic has been growing steadily and no capacity alert fired."),
    # 50
    (["pm-063"],
     "Launch weekend, 3.4M concurrent players: login queue stalled, profile service timing out, DB shards at 100% write load with connections spiking. "
     "The XMPP presence service also fell over and clients keep reconnecting, which makes it worse."),
    # 51
    (["pm-064"],
     "Our CI went red: a transitive dependency of our JS linter got a new patch release, and its install step reads the registry auth token file from the home directory and sends it to a paste site. "
     "The maintainer says they never published that version."),
    # 52
    (["pm-067"],
     "Check-in database is sharded and one shard grew larger than RAM, started hitting disk, latency through the roof. "
     "We added a new shard and migrated chunks off, but memory use on the old shard didn't drop because the records are small and scattered and the pages are still touched. Site down for ~11 hours."),
    # 53
    (["pm-068"],
     "Our org's repos on the public code host got force-pushed with malicious commits that add `rm -rf` to build scripts. "
     "An org admin account was taken over, password apparently guessed, and the attacker removed the other admins."),
    # 54
    (["pm-075"],
     "After the platform rolled a new base image and kernel, customers report random file corruption inside their containers: files written and read back with zeros or garbage, sqlite DBs 'malformed'. "
     "Only on newly provisioned containers."),
    # 55
    (["pm-077"],
     "Security: a researcher reported that a personal access token with org-wide push rights was visible in our public CI job logs. "
     "It had commit access to the core repos. Revoked it, auditing whether anything got pushed."),
    # 56
    (["pm-078"],
     "MySQL writes failing: `ERROR 1114 (HY000): The table 'bookmarks' is full`. Disk has plenty of free space. "
     "Managed DB instance created back in 2014; only our one large table (~2TB data file) is affected."),
    # 57
    (["pm-079", "pm-030"],
     "Metadata tier on Postgres stalled, every query waiting on locks. pg_stat_activity shows an autovacuum on our largest table that's been running for hours and won't cancel, "
     "one query wants an exclusive lock and is queued behind it, and everything else is queued behind that query."),
    # 58
    (["pm-080", "pm-038"],
     "An operator meant to reboot a few hosts for an upgrade, but the command hit every compute node in the DC and they all rebooted simultaneously. "
     "All customer VMs down, and the boot storm overloaded the head node serving images so recovery is slow."),
    # 59
    (["pm-081"],
     "Our MySQL replicas have silently diverged from the primary: some rows differ, counts don't match. No replication errors, SHOW SLAVE STATUS says all fine. "
     "We read from replicas, so users see inconsistent data."),
    # 60
    (["pm-083", "pm-092"],
     "Status for leadership: transactional email API down for a subset of customers for ~30 hours. One of our Postgres shards stopped accepting writes and told us to vacuum in single-user mode; "
     "that vacuum on a huge table has been running for over a day. Sends queue up and some will be lost."),
    # 61
    (["pm-084"],
     "Bug from users in Poland: typing certain accented letters (ś) in our rich text editor on Windows, the letter doesn't appear and instead an editor shortcut fires. "
     "Other letters like ą, ę work fine. On Mac it's OK."),
    # 62
    (["pm-086"],
     "Our notification dispatch cluster spans 3 zones and it lost quorum: two zones had connectivity trouble at the same time through a shared upstream provider. "
     "Notifications delayed ~20 minutes."),
    # 63
    (["pm-088"],
     "Smart contract wallets: an unknown address called the init function on several of our multi-signature wallets, made itself owner and drained the funds. "
     "The init function lives in the shared library contract and we assumed it could only ever be called once."),
    # 64
    (["pm-090"],
     "Most of our app servers got terminated by our own autoscaler around 15:00 during a ZooKeeper migration. Site down ~1.5h. "
     "The autoscaler reads the list of hosts from ZK, and ops had paused config management for the migration."),
    # 65
    (["pm-091"],
     "Main production instance down after a circuit breaker failure at the primary DC. We failed over to the secondary, but then the storage array there started returning write errors and DB files became inconsistent. "
     "Restoring from backup means losing ~4 hours of customer data."),
    # 66
    (["pm-093"],
     "Hot wallet drained three times in a month. Evidence now points to an insider who had access to the wallet keys and sold the access info to an outside party."),
    # 67
    (["pm-097"],
     "Merchant login service overloaded from 10:05, latency up and lots of 503s. "
     "An adjacent service had a bad deploy and its callers started retrying in a tight loop, hammering our auth service and its Redis."),
    # 68
    (["pm-098"],
     "Our metrics pipeline stalled completely: the Cassandra cluster under it fell over, then every producer service blocked on publishing to the message bus as the queues filled up. "
     "Even services unrelated to metrics hung."),
    # 69
    (["pm-099"],
     "We launched a fun interactive game widget on every page for April 1st and the load balancers got crushed, CPU 100%. "
     "The widget polls an endpoint from every open tab."),
    # 70
    (["pm-100", "pm-058"],
     "Web tier health checks failing, LB pulled every server, full outage for 34 minutes with CPU 100% on web nodes. "
     "Traced to rendering one specific user post that's linked on the home page; it contains ~20,000 consecutive whitespace characters and our trim regex takes forever on it."),
    # 71
    (["pm-101"],
     "After we launched the new profile/CV feature, users report that fields they had marked private on the old jobs profile are now shown publicly on their new profile page. "
     "We haven't found the cause yet; the migration job that copied old profile data ran last night."),
    # 72
    (["pm-103", "pm-046"],
     "Activity uploads failing for all users since 20:00 with `Out of range value for column 'id'`. "
     "The upload ID just hit 2147483647. Everything else (reads, feeds) works fine."),
    # 73
    (["pm-104"],
     "Payments API down about 90 minutes. Right before, an engineer ran a manual operation on the primary DB removing an index that was believed unused; "
     "queries now do full scans and DB CPU is pegged."),
    # 74
    (["pm-106"],
     "Customers complaining their prepaid balances dropped to zero and their cards got charged again and again by auto-recharge. "
     "Our billing Redis master lost its replicas briefly, they all tried to full-resync at once, then the master was restarted and came up with an empty dataset."),
    # 75
    (["pm-107"],
     "User reports: after moving the game client's install directory and running the launcher, it deleted everything owned by the user, whole home dir gone including mounted external drives. "
     "The launcher shell script contains `rm -rf \"$ROOT/\"*`."),
    # 76
    (["pm-112"],
     "All namespaces and workloads vanished from every Kubernetes cluster at once about 10 minutes after a small change to our cluster-config template was merged. "
     "The templated list of namespaces rendered to empty and our reconciler applied it."),
    # 77
    (["pm-116"],
     "Cluster DNS failing: apps logging `dial tcp: lookup orders.default.svc.cluster.local: i/o timeout`. "
     "CoreDNS pods keep getting OOMKilled and restarting; query rate went up ~10x after an app deploy. Services all over the cluster fail."),
    # 78
    (["pm-117"],
     "Kubernetes worker nodes flipping NotReady one after another. Pods without memory limits ate all the memory, kubelet/docker got OOM-killed, "
     "pods rescheduled onto the other nodes, which then died too."),
    # 79
    (["pm-118"],
     "We ran `kubectl drain` on nodes for maintenance and the cloud load balancer in front of our ingress suddenly had zero healthy backends. "
     "All cordoned nodes got removed from the pool, even the ones still running ingress pods. 502 for all traffic."),
    # 80
    (["pm-119"],
     "Started with our log-shipping Kafka cluster having trouble; then CPU spikes on nodes across our store Kubernetes clusters, service discovery agents flapping, "
     "and now deploys are failing everywhere. "
     "Nothing was changed on the clusters themselves today."),
    # 81
    (["pm-123"],
     "Card payments failing: internal RPC calls fail with 'no hosts available' from our service mesh proxy after we redeployed one service. "
     "Endpoint lists in the proxy are empty even though the pods are running. Restarting the proxies fixes it."),
    # 82
    (["pm-058", "pm-100"],
     "Customer-facing summary: from 13:42 to 14:09 UTC every site behind our reverse-proxy service returned 502 errors worldwide. "
     "Engineering says a new firewall rule was deployed globally at once and CPU on every machine went to 100%. We recovered by disabling the whole rule set with a global kill switch."),
    # 83
    (["pm-029"],
     "DB topology manager failed over east->west cross-country after 43s link loss. writes now on both sides, ~40min of unreplicated writes stuck in east. "
     "site degraded, webhooks queued. need plan to reconcile before failing back."),
    # 84
    (["pm-071", "pm-072"],
     "Hi, we lost production database because admin deleted data directory by mistake on wrong server. "
     "Then we try restore and find the scheduled dumps are all only few bytes, snapshots disabled, replication was broken. "
     "We restore from 6 hours old copy from staging. Any advise how to verify backups?"),
    # 85
    (["pm-072", "pm-071"],
     "Sysadmin was fixing an issue with our backup system and accidentally deleted the production database. "
     "We do have backups, but restoring a multi-hundred-GB DB is taking days and the app is offline meanwhile."),
    # 86
    (["pm-036", "pm-035"],
     "top on all app hosts since 00:00:00 UTC July 1: java 800% CPU, mysqld 400%. "
     "strace shows futex(..., FUTEX_WAIT_PRIVATE, ...) = -1 ETIMEDOUT repeating as fast as it can. No deploy, no traffic change. Reboot fixes a host."),
    # 87
    (["pm-037"],
     "every extension in the browser got disabled for every user at midnight UTC. "
     "console says signature verification failed on all of them, including ones untouched for years. anyone on the release team awake?"),
    # 88
    (["pm-032"],
     "Management update: we lost roughly $440M in 45 minutes this morning. The order router sent millions of unintended orders after market open. "
     "Deployment of the new release last night; one of the eight servers turns out to still run the old code."),
    # 89
    (["pm-038"],
     "Our app images and uploads all failing: object storage in the cloud's main east region returns 503 on everything since 17:37 UTC, and half the SaaS tools we use are broken too. "
     "Provider dashboard still green. Nothing we can do but wait?"),
    # 90
    (["pm-057"],
     "Customer escalation: a security researcher found our users' session cookies and API tokens in search engine caches of totally unrelated websites. "
     "All of those sites sit behind the same CDN/reverse proxy provider we use. How long has this been leaking?"),
]


def main():
    with open("queries.jsonl", "w", encoding="utf-8") as f:
        for i, (expected, text) in enumerate(REPORTS, start=1):
            split = "dev" if i % 2 == 1 else "test"
            rec = {"id": "c5-%02d" % i, "split": split, "expected": expected, "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d reports to queries.jsonl" % len(REPORTS))


if __name__ == "__main__":
    main()
