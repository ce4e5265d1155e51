#!/usr/bin/env python3
"""Write set c7: problem reports typed literally, written from memory.

Split rule (fixed before writing): odd writing position -> dev, even -> test.
"""
import json

R = []


def add(expected, text):
    if isinstance(expected, str):
        expected = [expected]
    R.append((expected, text))


# 1
add("pm-002", "PAGE: edge routers in every PoP dropping off the network, BGP sessions flapping worldwide. "
    "Started about two minutes after netops pushed a new DDoS mitigation filter matching a weird packet length. "
    "Routers that stay up show memory exhausted and then crash; we only reach them via out-of-band console. "
    "Whole site plus authoritative DNS unreachable globally.")
# 2
add("pm-009", "hey is anyone else seeing this?? every single result on our search page now has the 'dangerous site' "
    "warning interstitial, even our own docs and wikipedia. started around 6:30 in the morning PT and the support "
    "queue is exploding. the periodic blocklist data push went out about the same time, not sure if related")
# 3
add("pm-032", "At market open (9:30 ET) our equity order router started firing a massive volume of child orders for a "
    "handful of client parent orders, buying high and selling low across about 150 symbols. "
    "Traders noticed positions ballooning within minutes and we have lost an estimated several hundred million dollars "
    "in under an hour. A new release was rolled out to the 8 routing servers overnight, and rolling it back made things worse. "
    "We need to stop all routing immediately.")
# 4
add("pm-023", "Evening of Aug 7: one availability zone in our European (Dublin) cloud region went completely dark after a "
    "power event, all instances there gone. Power is reportedly back, but hours later many of our block storage volumes "
    "are still stuck in 'recovering' and the regional API calls are slow or erroring. "
    "Now the provider also mailed us that some of our volume snapshots may have missing blocks.")
# 5
add("pm-029", "We had a 43-second network blip between our east coast DC and the network hub around 22:52 UTC. "
    "Afterwards our MySQL topology manager had promoted west coast replicas to primaries for several clusters, and some "
    "writes that landed on the east primaries never replicated. "
    "Now the app in the east talks to primaries across the country, latency is terrible and background jobs are queued for hours. "
    "We paused webhooks; not sure how to reconcile the two sets of writes.")
# 6
add("pm-071", "jr on-call here, sorry if unclear: the secondary Postgres was lagging so I was trying to resync it, wiped "
    "the data directory and ran pg_basebackup again a few times. Now the site shows no projects at all and the primary's "
    "data dir has only a few files left?? We tried to grab the nightly dump from object storage but the bucket is empty, "
    "looks like backups were failing silently. Latest copy we have is a staging snapshot from about 6 hours ago.")
# 7
add("pm-036", "Since 00:00 UTC July 1 a lot of our hosts have load spiking: every Java process (Hadoop, Cassandra, Tomcat) "
    "and mysqld sit at 100% CPU doing nothing. No deploy, no traffic change. "
    "Restarting the JVM doesn't help, rebooting the box does. "
    "Someone on IRC says just running date -s \"$(date)\" fixes it??")
# 8
add("pm-037", "Saturday morning all my browser extensions were disabled at once, including my password manager and ad "
    "blocker, and the add-ons page says they 'could not be verified for use' with no way to re-enable them. "
    "Reinstalling from the official store fails with a download error. "
    "My whole team is affected, on every OS. This is unacceptable for a browser we rely on for work.")
# 9
add(["pm-041", "pm-085"], "Ticket: many block storage volumes in one of the us-east availability zones are stuck with "
    "extreme I/O latency since about 10:00 PT and a lot of our instances are unresponsive. "
    "The provider's storage API is slow and throttled, so we can't detach and move volumes elsewhere. "
    "Load balancers in that zone are misbehaving too and our DB replica on the affected volumes is hung.")
# 10
add(["pm-085", "pm-041"], "Tonight the block storage in one zone of our main cloud region degraded and our stateful "
    "services there got slow. We evacuated traffic from that zone and mostly kept streaming up, but some load balancers "
    "kept sending traffic into the bad zone for a while and the provider's control API was throttled, which slowed our failover. "
    "Members in some regions saw playback errors for about 20 minutes.")
# 11
add("pm-040", "Around 1am PDT lots of block storage volumes in one US-East availability zone went stuck: reads and writes "
    "hang, and the control API for creating volumes is timing out region-wide. "
    "Instances attached to these volumes are frozen and our managed database instances in that zone are also stuck. "
    "Hours later it's getting worse, not better; provider says storage nodes are 'busy looking for free capacity'.")
# 12
add("pm-038", "Object storage in us-east-1 returns 503s for GET/PUT/LIST since 9:40 PT. "
    "Everything that touches it is down: image uploads, static assets, and even the provider's own status dashboard shows "
    "green because it apparently can't update. Other regions look fine. No ETA from the provider.")
# 13
add("pm-058", "ALL edge nodes pegged at 100% CPU right after the 13:42 UTC rules release, we're serving 502s for every "
    "customer zone worldwide. Traffic down ~80%. "
    "There is no quick rollback path for the filtering package, we need a global kill switch for that feature now.")
# 14
add("pm-057", "Security report from an external researcher: pages served through our reverse proxy contain random chunks "
    "of other customers' traffic appended, like HTTP headers, cookies, auth tokens and POST bodies. "
    "Some of these pages are already cached by search engines. "
    "It seems to happen only on pages with malformed HTML and when certain rewriting features (email obfuscation, "
    "automatic HTTPS rewrites) are switched on.")
# 15
add("pm-061", "db fleet: about half of our MySQL hosts went down within minutes around 5:30pm PT on Friday, primaries and "
    "replicas alike. Looks like they received a scheduled machine-image reinstall that should only ever hit idle hosts. "
    "Site and API are down; we are restoring from backups plus binlogs, which will take hours for the big shards.")
# 16
add("pm-078", "MySQL error on our primary bookmarks table since this morning: ERROR 1114 (HY000): The table 'bookmarks' "
    "is full. Reads work, all inserts fail, so users can't save articles. "
    "It's a managed DB instance created years ago and there is plenty of free disk on the volume. "
    "Dumping and reloading into a new instance looks like it will take days.")
# 17
add("pm-090", "During a migration of our config/coordination service, an automated fleet manager decided a big chunk of "
    "our app servers shouldn't exist and terminated them. Site went 503 at ~15:30 PT. "
    "We disabled the automation and are re-provisioning by hand, but caches are cold and the DB is under pressure so "
    "recovery is slow.")
# 18
add("pm-095", "Monday after the holidays, ~7am PT: massive packet loss between our VPCs, API latency through the roof, "
    "users can't connect. Our autoscaling tries to add web servers but the provisioning service is itself failing "
    "because it can't reach its dependencies. Dashboards and monitoring are flaky too since they use the same network path. "
    "The cloud provider says their inter-VPC networking layer is 'scaling up'.")
# 19
add("pm-106", "Customers report being charged on their credit cards over and over: the automatic top-up fired repeatedly "
    "and some accounts were charged 10+ times in an hour. Balances in the app show zero even after the charges. "
    "It started after a brief network hiccup in our billing datastore cluster, when replicas resynced and the primary restarted. "
    "We turned auto top-up off.")
# 20
add("pm-107", "Bug report: I moved the client's install folder to another drive and launched it. "
    "It deleted everything owned by my user on the whole system, including my home directory and a mounted external backup drive. "
    "The launcher shell script ran for a second, then everything was gone.")
# 21
add("pm-001", "Flash sale started at 12:00 sharp and within minutes the marketplace was down. "
    "Our cluster scheduler couldn't give the hot services more instances because the cluster had no free resources, and "
    "the instances that were running got CPU-throttled to death. "
    "Timeouts cascaded into services that aren't even related to the sale. "
    "We tried scaling manually but deployments stayed pending.")
# 22
add("pm-003", "Our search master pushes the fresh index (several GB) to ~50 search replicas on every update, and the "
    "master's NIC is saturated for most of the cycle. Replicas fall behind and serve stale results, and each new push "
    "overlaps the previous one. Adding more replicas makes it worse, roughly linearly.")
# 23
add("pm-005", "Primary Postgres node in our payments DB cluster went down hard (disk controller errors) at 15:10. "
    "The cluster manager did NOT promote the synchronous replica, it keeps saying the resource cannot run anywhere. "
    "API and dashboard fully down; we're trying to promote manually but the cluster software keeps fighting us.")
# 24
add("pm-006", "Every VM in every region lost external ingress at ~19:09 PT: inbound traffic from the internet is dropped "
    "while internal traffic works. Looking glasses show our cloud provider's IP ranges withdrawn from the internet. "
    "Provider status says 'networking issue', no details yet.")
# 25
add("pm-007", "Many of our user-facing products started returning errors at 11:00 PT, mail, calendar and docs all at once; "
    "roughly 40% of requests failed for about 25 minutes and then recovered. "
    "None of the product teams deployed anything. "
    "The common element is the shared internal system that generates settings for all services.")
# 26
add("pm-008", "Since ~10:00 PT our desktop browser crashes on startup for users who are signed in to an account, while "
    "signed-out users are fine. The account settings backend is returning errors after a load balancing change, and the "
    "client apparently crashes instead of handling it. Thousands of crash reports per minute.")
# 27
add("pm-011", "Object storage in multiple regions: elevated error rates on uploads and some reads since ~18:40 PT, four "
    "hours and counting. Mail attachments and photo uploads in our apps fail. "
    "Provider says the issue is in their metadata layer. Retries help a little.")
# 28
add("pm-012", "Heavy packet loss and congestion in our us-east cloud regions since ~11:45 PT Sunday; video, mail and the "
    "cloud console are all slow. Traffic between regions is dropping by something like 30%. "
    "Even the provider's own tooling to fix it seems hit by the congestion. Looks related to a maintenance event in one zone.")
# 29
add("pm-014", "Blob storage requests timing out in basically every region at once since ~00:50 UTC. "
    "Storage front-end CPU pegged, and VMs whose disks live on blob storage are hanging or rebooting. "
    "Provider did a 'performance update' rollout earlier in the evening.")
# 30
add("pm-018", "all CI jobs on Linux fail to start with 'image not found' when creating the build VMs, for about an hour now. "
    "The image family we boot from has been wiped from the cloud project, only a few old ones left. "
    "Nobody intentionally deleted anything. We're rebuilding images with packer but that takes hours.")
# 31
add("pm-020", "Customers report they got logged out, and when logging back in their repositories and settings are gone; "
    "our users table looks basically empty. Happened around 14:00 UTC. "
    "A dev was running the test suite locally right before that, could the environment settings be shared? "
    "We're looking at restoring from the last backup.")
# 32
add("pm-022", "Traffic through about half of our PoPs dropped to near zero at 21:12 UTC, 502s and timeouts for many customers. "
    "On our private backbone it looks like everything got routed into one city's routers, which are overloaded. "
    "Netops was changing config on a link there to fix congestion a few minutes before.")
# 33
add("pm-025", "Instances and volumes in one zone of the Australian region lost power during a big storm on Sunday. "
    "API calls to launch replacements in the other zones were also slow and erroring for a while. "
    "After power was restored, a large number of our instances stayed stuck and didn't come back for hours.")
# 34
add("pm-026", "At ~00:23 UTC a short power disruption in our primary DC rebooted about a quarter of our servers. "
    "Most came back, but our Redis cache and queue hosts won't come up because they don't see their disks after restart. "
    "App servers can't start without Redis so the whole site returns 500s. "
    "We're trying to rebuild Redis on other hardware.")
# 35
add("pm-027", "Block storage volumes in one European zone are giving I/O errors after a series of power interruptions "
    "at the datacenter this afternoon. A small percentage of disks report read errors and some data seems lost. "
    "Other zones are fine.")
# 36
add("pm-030", "We ran a schema migration adding a constraint between the payments and mandates tables. "
    "For about 15 seconds every API request touching either table hung and then timed out. "
    "pg_stat_activity showed a huge queue of waiting queries behind the migration, which itself was waiting on a "
    "long-running analytics query. It recovered when the analytics query finished.")
# 37
add("pm-033", "our svn server is broken after a dev committed two PDF files from a recent research paper as part of a test. "
    "Now svn checkout fails with checksum mismatch errors and our git mirror sync is broken. "
    "Reverting the commit does not fix it.")
# 38
add("pm-034", "Since ~16:00 PT Feb 28, new VM deployments and service healing fail across many clusters. "
    "The guest agent in each VM never reports ready, and host nodes mark themselves faulty after three tries. "
    "The fabric then tries to move VMs elsewhere, which spreads the problem. "
    "Management portal can't create or scale anything.")
# 39
add("pm-035", "Several of our Linux servers hard-locked exactly at midnight UTC on December 31, no panic message, just "
    "frozen; they needed a power cycle. The ones that survived show an odd NTP-related kernel message in dmesg. "
    "Only machines running ntpd appear affected.")
# 40
add("pm-042", "Our key-value store calls in us-east-1 time out en masse since 2:19 PT Sunday, error rate around 55%. "
    "Then other managed services that depend on it (queues, autoscaling, metrics) also started degrading. "
    "Provider says an internal metadata service is overloaded and they cannot add capacity because that is overloaded too.")
# 41
add("pm-043", "All ad-serving frontends crashed within the same minute at 21:00 UTC and keep segfaulting on restart. "
    "No code deploy, but the nightly data push delivered an object deletion update at that same moment. "
    "Bids are failing, revenue is zero.")
# 42
add("pm-044", "Long-distance switches across our network are resetting one after another in a wave: when one switch "
    "recovers and sends its 'I'm back' messages, its neighbours crash and reboot too. "
    "Call completion dropped to ~50% nationwide since 14:25. "
    "A software update was loaded on all switches a few weeks ago.")
# 43
add("pm-045", "We're being hit by a huge DDoS (20+ Gbps) since 8:46 CT and the whole app is unreachable. "
    "At the same time we got an email demanding bitcoin to stop it. "
    "Upstream provider is trying to filter; customer data is not affected as far as we can tell.")
# 44
add(["pm-046", "pm-103"], "App went read-only for writes on one core table: every INSERT fails with Out of range value "
    "for column 'id' at row 1. Reads are OK. This table has been around for 10+ years. "
    "Doing an ALTER TABLE on billions of rows will take hours.")
# 45
add("pm-049", "Security alert: login to our off-site storage account from an unknown IP using one of our engineers' "
    "credentials, and a copy of our database backup was pulled. "
    "We're rotating all creds and forcing password resets plus OAuth token invalidation for users.")
# 46
add("pm-050", "Our users are receiving an email from our own address saying we're shutting down and that their data is "
    "insecure. Looks like someone got into an old, forgotten test VM that was never patched for that 2014 bash "
    "vulnerability, found cloud API keys on it and used our mail provider. "
    "We're revoking keys and checking what else they touched.")
# 47
add("pm-051", "Primary DB CPU at 100% since 08:00 UTC Monday, queries timing out, agents can't pick up jobs and the "
    "dashboard throws 502s. Traffic looks normal for a Monday. "
    "We resized DB instances last week during infra changes. Failing over to a bigger replica takes ages.")
# 48
add("pm-063", "record player concurrency tonight (~3.3 million) and the backend is melting. "
    "The main profile/matchmaking database has super high latency, the chat/presence service is disconnecting players, "
    "and the login queue keeps growing. We added more app servers but that made the DB load worse.")
# 49
add("pm-064", "CI alert: a patch release of a popular JS linter dependency, published 40 min ago, contains a snippet "
    "that reads ~/.npmrc and sends the auth token to a paste site. Our builds installed it. "
    "The maintainer's account appears compromised.")
# 50
add("pm-068", "Our code-hosting org was taken over at ~20:20 UTC: repos force-pushed with malicious content (a script "
    "that deletes files), org admins removed, descriptions changed. We've lost control of the org; the mirror on our own "
    "infra is fine. Contacting the hosting provider's support.")
# 51
add("pm-069", "Inbound traffic spiked to ~1.3 Tbps at 17:21 UTC, UDP from tens of thousands of sources. "
    "Our edge links are saturated and the site is intermittently unreachable. "
    "Moved traffic to our DDoS mitigation provider after about 10 minutes.")
# 52
add("pm-072", "Our production database was accidentally dropped by a sysadmin while working on the backup system. "
    "We are restoring from the last full backup and replaying transaction logs, estimated several days because of the size. "
    "Service fully down, showing a maintenance page.")
# 53
add("pm-075", "Customers report files written to local disk by their apps come back corrupted or with wrong contents. "
    "It seems to happen only on hosts with the new host stack we rolled out last week, not on older hosts. "
    "Some customers' apps crash with checksum errors in SQLite files.")
# 54
add("pm-077", "A security researcher notified us that a CI access credential with push rights to all our main "
    "repositories was visible in the public build logs of our CI server. Unknown how long it was exposed. "
    "We revoked it and are checking git history for unauthorized commits.")
# 55
add("pm-079", "Our metadata Postgres shard stopped responding to writes at 07:05 and all object PUTs are timing out. "
    "pg_locks shows a background maintenance process holding a lock and a queue of queries waiting behind a simple DDL. "
    "We can't cancel the maintenance job, it comes right back.")
# 56
add("pm-080", "Every compute node in the us-east datacenter rebooted simultaneously at ~21:00 UTC. "
    "All customer VMs went down; the boot storm is slow, the headnode is overloaded and some nodes are stuck. "
    "An operator was doing maintenance on a few nodes with the admin tool just before.")
# 57
add("pm-081", "Reports from users of inconsistent data: amounts on replica-backed pages differ from the primary. "
    "Checksums show replicas silently drifted from the primary with no replication errors. "
    "It started after our MySQL minor version change.")
# 58
add(["pm-083", "pm-092"], "Outbound mail stuck in queue for one shard: the Postgres primary for that shard stopped "
    "accepting writes and tells us to stop the postmaster and run maintenance in single-user mode. "
    "Mail for customers on that shard has been queued for hours. "
    "The required maintenance is estimated to take about a day.")
# 59
add("pm-084", "Support ticket: users in Poland say that when they type the letter ś in our editor, nothing appears, while "
    "other accented letters (ą, ę) work fine. Only on Windows. "
    "Posts in Polish show words with this letter missing.")
# 60
add("pm-086", "Two of our three datacenters (different providers) stopped reaching each other at the same time, so our "
    "quorum-based notification pipeline can't commit. Alerts have not been sent for ~20 min. "
    "Individually each DC looks healthy.")
# 61
add("pm-088", "Our wallet contract, and many others deployed from the same tool, got drained. "
    "Someone called a setup function on it, made themselves owner, then transferred almost all the ETH out in a few "
    "transactions over minutes. We never called that function after deployment.")
# 62
add("pm-091", "After a power event in our primary DC, the database cluster for one instance failed over, then started "
    "throwing errors and we see corrupted blocks. We switched to the DR site, but customers report missing data from "
    "the last several hours of writes. The instance has been read-only for many hours.")
# 63
add(["pm-092", "pm-083"], "Our main Postgres refuses all writes since ~13:00; logs tell us to shut down and run a "
    "maintenance command in single-user mode. Reads still work. "
    "The database is large and that maintenance will take many hours, and incoming events are being dropped.")
# 64
add("pm-093", "Hot wallet funds drained in several transactions over a few weeks, ~200 BTC missing. "
    "No sign of external intrusion on the servers; the discrepancy was noticed during reconciliation. "
    "After we rebuilt the infrastructure, more funds vanished.")
# 65
add("pm-097", "Auth/session service error rates spiked after a 10:00 PT deploy, and clients retrying aggressively are "
    "hammering our cache store. Rolling back did not fix it because the retry storm keeps the store overloaded. "
    "Merchants can't log in or take card payments.")
# 66
add("pm-100", "Home page and some question pages time out; web server CPU is at 100% on all nodes and the load balancer "
    "marks them unhealthy and pulls them. It seems triggered by rendering one specific post that contains a weird long "
    "run of spaces. Removing that post from the homepage list fixed it in ~10 min.")
# 67
add(["pm-103", "pm-046"], "Uploads failing since ~12:00: the API throws Out of range value for column 'id' on insert into "
    "the activities table. The mobile app shows 'upload failed' for every workout. "
    "Other writes work. We're looking at migrating the column but the table is huge.")
# 68
add("pm-104", "API latency exploded at ~20:00 UTC and most requests time out; the DB shows full table scans on a hot table. "
    "An engineer made a schema change earlier today that was believed to be safe. "
    "Reverting the schema change takes a long time on a table this size.")
# 69
add("pm-112", "Every k8s cluster across all regions: our app deployments are disappearing one after another, services "
    "gone, pods terminating. This happened right after merging a small config change to our cluster-level deploy repo. "
    "Site down globally.")
# 70
add("pm-116", "DNS lookups timing out across the whole cluster at ~10:00: cluster DNS pods are OOMKilled and restarting "
    "in a loop, apps fail with 'no such host'. We increased replicas but they still get killed. "
    "Query rate to DNS jumped several times over normal.")
# 71
add("pm-117", "Nodes in our k8s cluster are going NotReady one by one, pods get evicted and rescheduled to the remaining "
    "nodes, which then also tip over. Kubelet unresponsive, memory on nodes at 100%. "
    "Some pods have no memory limits set.")
# 72
add("pm-118", "hi, we drain some worker nodes for maintenance, after this the service is not reachable from outside "
    "anymore although the pods are running fine on other nodes. The cloud load balancer shows the backend nodes as unhealthy. "
    "Uncordon of the nodes helps.")
# 73
add("pm-123", "Card payments and in-app transfers failing since ~15:00; services can't reach each other and RPC calls "
    "route to endpoints that don't exist anymore. It started after we deployed a change on k8s. "
    "Our service mesh proxy seems to have stale or empty discovery data.")
# ---- second reports, different voices ----
# 74
add("pm-002", "Status page draft: We are currently experiencing a global network outage affecting all customer "
    "websites and DNS. Routers across all of our data centers stopped processing traffic. "
    "We have identified the trigger and are restoring each location; some require a manual power cycle by on-site staff.")
# 75
add("pm-009", "Manager summary: for about 40 minutes this morning our search results labelled every site on the web as "
    "potentially harmful and blocked click-through with a warning page. "
    "Root cause is under investigation; a periodic data file update from the safety team went out right before it started.")
# 76
add("pm-029", "Summary for execs: a less than one-minute network interruption last night caused our database failover "
    "automation to move primary databases to the other coast. Since then the site is up but slow, and some data written "
    "in that window is inconsistent. Engineers are restoring from backups and replaying writes; expect about 24h of "
    "degraded service.")
# 77
add("pm-032", "09:30:01 ET order volume 4,000/s (normal 50/s), all from router host #8. "
    "09:31 net positions +3.5B long, -3.1B short across 154 symbols. "
    "Rolled back the other 7 hosts at 09:58 and volume went UP. Please page the CTO.")
# 78
add("pm-037", "Hello, since this night all extensions in the browser on all our company machines are disabled, the "
    "message say it cannot be verified. We did not change anything. "
    "Also new install of extensions is not possible. Please, when is fix?")
# 79
add("pm-038", "lol is the whole internet broken? our CDN origin bucket in us-east-1 is 503ing and half the SaaS tools we "
    "use are down too. provider status page still all green. "
    "any workaround besides failing over to another region (we don't replicate)?")
# 80
add("pm-040", "Our app has been down for 12+ hours. Our database instance in us-east is 'stuck', we can't take a snapshot, "
    "can't detach the volume, and can't start a new instance from backup because API calls time out. "
    "Your status page says 'increased latency' but this is not latency, we are completely down.")
# 81
add("pm-057", "sec incident: found other sites' session cookies and private messages inside the search-engine cached "
    "copies of our pages. Our origin is not emitting them. "
    "The reverse proxy service in front of us is the common factor, and it may have been going on for months.")
# 82
add("pm-058", "Every site we host behind your CDN is showing '502 Bad Gateway' from your edge since 13:45 UTC. "
    "Bypassing the CDN and hitting origin directly works. Please help urgently.")
# 83
add("pm-061", "Friday evening our service went down and stayed down for most of the weekend. "
    "Database servers were unexpectedly reinstalled by our own automation, and recovering each one from backup is slow. "
    "User files are safe, just not accessible.")
# 84
add("pm-071", "We are performing emergency database maintenance. "
    "Some data (projects, comments, merge requests, users) created in the last ~6 hours may be lost. "
    "Our backup procedures did not work as expected, and we are restoring from a staging copy of the database.")
# 85
add("pm-095", "our whole team can't send messages in the chat app this morning, first workday of the year. "
    "messages spin and then fail, and the app won't even load for some people. is this on your side?")
# 86
add("pm-106", "Billing incident: ~1.4% of customers were charged multiple times by automatic top-up over about an hour. "
    "Account balances were reset to zero by a datastore fault. "
    "We've disabled auto top-up and will refund everyone affected.")
# 87
add("pm-107", "PSA: don't move your game library folder. A friend did and the client's startup script nuked his entire "
    "home dir plus his external drive. No idea why yet.")
# 88
add("pm-090", "PAGE: 70% of app hosts terminated in the last 5 min, not by us. "
    "Coordination cluster migration in progress. Site serving 503s.")
# 89
add("pm-012", "Customer complaint: our VMs in two US East regions can't talk to our users, latency is horrible and half "
    "of the packets get lost since lunchtime Sunday. Your status page says 'network congestion'. "
    "We cannot even open the web console to move things.")
# 90
add("pm-024", "Big thunderstorm over northern Virginia tonight; around 20:00 ET one whole availability zone in US-East "
    "dropped, instances down and volumes stuck. Power came back later, but many of our instances rebooted into "
    "'impaired' volumes and the load balancers were slow to shift traffic away. "
    "The provider's regional control API is backlogged, so launching replacements elsewhere is taking forever.")

def main():
    with open("queries.jsonl", "w", encoding="utf-8") as f:
        for i, (exp, text) in enumerate(R, 1):
            rec = {"id": "c7-%03d" % i, "split": "dev" if i % 2 == 1 else "test", "expected": exp, "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d reports to queries.jsonl" % len(R))


if __name__ == "__main__":
    main()
