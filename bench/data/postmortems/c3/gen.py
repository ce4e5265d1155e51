#!/usr/bin/env python3
"""Hand-written problem reports for the troubleshooting-memory eval (cases3).

Each entry: (expected case ids, text). Texts are written by hand from memory of
the public write-ups listed in addresses.tsv. Split rule (fixed before writing):
alternate dev, test in the order written.
"""
import json

R = []


def q(expected, text):
    R.append((expected, " ".join(text.split())))


# 1
q(["pm-038"], """ops ran the usual capacity-removal command to take a handful of hosts out of
the storage billing pool (it was running slow, we were debugging it). within a minute every
GET/PUT/LIST against our blob store in the main region returns 503. the index and placement
services both report way fewer hosts than they should and are now doing a full cold restart
that nobody has done in years. our status page is also broken because its images live in the
same store. how bad is this""")
# 2
q(["pm-029"], """Around 22:52 UTC the network team swapped an optical link between our east DC and
the hub; the link was down for under a minute. Since then our MySQL failover tooling has promoted
primaries in the west region for several clusters, and the east side apparently took some writes
during those seconds too. The app is up but extremely slow because every request in east now
crosses the country to write, and we have rows on each side that the other doesn't have. Do we
fail back or not?""")
# 3
q(["pm-071"], """URGENT. Replication to our secondary Postgres was lagging, the engineer tried to
re-seed it and wiped the data directory on the PRIMARY by mistake - his terminal was on the wrong
host. ~300GB gone before he hit ctrl-c. Trying to restore: the nightly dump files in the bucket
are a few bytes each, disk snapshots were never enabled on db hosts. Only thing we have is a 6h
old copy someone made for staging. Any other options??""")
# 4
q(["pm-032"], """After this morning's rollout of the order router to our 8 production trading
servers, one box is firing child orders like crazy right from the open - millions of shares,
buying high and selling low over and over. The other 7 look normal. There's no per-server kill
switch. We rolled the new code back on all 8 and it got WORSE. Position exposure is growing by
the minute.""")
# 5
q(["pm-042"], """Storage nodes of our internal key-value database keep dropping out of service.
Their logs show timeouts fetching their partition membership list from the metadata service,
then retry, retry, retry. Metadata service CPU is at 100% and not recovering even when we shed
load. The only recent change I can think of: customers started using the new secondary-index
feature heavily, which made those membership lists a lot bigger. Error rate high for all tables
in the region since 09:20 UTC.""")
# 6
q(["pm-040"], """a network change in one zone pushed primary traffic onto the low-capacity backup
network by mistake. it was reverted fast, but now a huge number of our block-storage nodes lost
contact with their mirrors and are ALL re-mirroring at once. free space in the cluster is gone,
nodes keep searching for replicas forever, volumes are stuck, and the control-plane API is
backing up for the whole region. any instance with a volume attached hangs on I/O.""")
# 7
q(["pm-058", "pm-100"], """Every edge proxy worldwide at 100% CPU since ~13:42 UTC, 502s
everywhere. We pushed an update to the request-inspection rules a few minutes before, but the new
rule was in log-only mode so we assumed it couldn't hurt. perf top on a proxy shows nearly all
time inside the pattern-matching library. Rolling back via the dashboard is slow because the
dashboard sits behind the same proxies.""")
# 8
q(["pm-100", "pm-058"], """homepage down. LB marks all web servers unhealthy because the health
check hits / and it times out. web tier CPU pinned. we traced it to a single user post that is
currently on the front page - a code snippet with ~20,000 consecutive whitespace characters in
one line. every render of that post spends seconds inside our text-trimming helper. nothing
deployed today.""")
# 9
q(["pm-083", "pm-092"], """Postgres just started refusing every write on our main events DB:
`ERROR: database is not accepting commands to avoid ...` and a HINT to stop the postmaster and
vacuum in single-user mode. Reads still OK. Apparently there have been WARNINGs in the log for
days saying it "must be vacuumed within N transactions" that nobody saw. Single-user VACUUM is
running on a 2TB table. Any way to estimate how long, or to get writes back sooner?""")
# 10
q(["pm-046", "pm-103"], """Since 14:00 every new record creation fails - API returns 500s for
anything that inserts, reads work fine. Log:
`ActiveModel::RangeError: 2147483648 is out of range for ActiveModel::Type::Integer with limit 4 bytes`.
Nobody deployed anything today. Putting the app in read-only mode for now.""")
# 11
q(["pm-034"], """Starting exactly at 00:00 UTC, new VM creations and live migrations in our private
cloud all fail. The guest agent on every new VM fails during init - its log says it could not
create the transfer certificate, "invalid date". Running VMs are fine. The host fabric retries
three times and then marks the host as faulty, so we are losing healthy hosts fast across all
clusters. Nothing shipped tonight.""")
# 12
q(["pm-036", "pm-035"], """Right after midnight UTC, dozens of our Java app servers and MySQL boxes
went to 100% CPU at the same moment, across different datacenters. Nothing was deployed. Load
average enormous but the processes aren't making progress - strace shows mostly futex calls
spinning. ntpd logged something at the same second. Rebooting a box fixes it, restarting the
process alone does not.""")
# 13
q(["pm-037"], """Our desktop app refuses to load every third-party plugin since about 00:00 UTC:
"signature verification failed: certificate chain not valid". ALL plugins, including ones signed
years ago. Nothing was released in the last week. Reinstalling the plugin doesn't help. Support
queue is exploding.""")
# 14
q(["pm-057"], """A researcher sent us a screenshot: a page served through our reverse-proxy/CDN
layer has random chunks of somebody ELSE's HTTP traffic in it - cookies, auth headers, POST
bodies from another customer's site - appended after the page. Search engine caches have copies
too. It seems to only happen on pages with malformed HTML (unclosed tag at end of file) and only
on zones where the newer HTML rewriting features are enabled.""")
# 15
q(["pm-002"], """We pushed a firewall filter to all edge routers to drop a specific attack
signature (packets of one odd, very large size). Within seconds every router in every POP stopped
forwarding - BGP sessions dropping, routers eating all their memory and crashing, and even the
out-of-band console is dead on many. Entire network offline. Do we need remote hands in every DC
to power cycle?""")
# 16
q(["pm-022"], """Backbone incident: ~21:12 we edited a routing policy on one router in the
southeast to relieve congestion on a link. Right after, it looks like the whole backbone is
pulling traffic toward that single router; it's saturated and dropping, roughly half our edge
locations unreachable or throwing 502s. Reverting is slow because the router CLI keeps timing
out.""")
# 17
q(["pm-006"], """Every external IP of our customer VMs is unreachable from the internet, ALL
regions, since ~19:09. Internal traffic fine. Network automation was removing an unused IP block
from our announcements; there's a canary step that seems to have failed but the rollout continued
and now it looks like all of our blocks are withdrawn.""")
# 18
q(["pm-004"], """Our whole domain stopped resolving from everywhere. Our authoritative nameservers
are running but unreachable, and our prefixes seem to be gone from the global routing table.
Internal tools are down too, and people can't even badge into the datacenter because the door
system is on the same network. Started right after a backbone maintenance command.""")
# 19
q(["pm-012"], """Heavy packet loss out of our east US regions since ~11:45 PT. Several of our
consumer apps are slow, cloud customers report timeouts, and cross-region traffic has dropped to
a fraction. The network control-plane jobs in those regions look like they were descheduled -
there was a maintenance event for a few machines that might have hit more than intended. The
engineers debugging say their own tools are slow because of the same congestion.""")
# 20
q(["pm-014"], """Blob storage front-ends in every region went into a tight CPU loop at the same
time and stopped serving. We had deployed a performance config change for the front-ends; it
looked good in the test cluster, and then it went everywhere at once instead of region by region.
VMs whose disks live in blob storage are now hanging or rebooting.""")
# 21
q(["pm-007"], """~11:00 PT: about half of requests fail on several unrelated user-facing services
(mail, profiles, calendar). Only common factor I can find: they all get runtime config from our
internal config-generation system, which pushed a fresh set about ten minutes before. Users see
500 pages, rollback of that system in progress?""")
# 22
q(["pm-009"], """Every single search result now shows our "this site may be dangerous" warning
interstitial - including our own pages and totally benign sites. Started around 6:30 this morning
right after the periodic update of the bad-URL list we consume. Click-through dropped to
basically zero.""")
# 23
q(["pm-008"], """Crash reports from our desktop client spiking - huge numbers of users at once,
stack is in the sync module. The backend quota service for sync started returning errors after
a load-balancing config change on shared infra, and it looks like the client doesn't handle that
response and crashes on startup.""")
# 24
q(["pm-044"], """Our telephone switches are crashing in a wave. One switch did a routine recovery
reset; when it came back and sent its "I'm back in service" messages, the neighbouring switches
crashed and reset too, then THEY crashed their neighbours. It keeps rippling across the whole
network every few seconds and call completion is about half. A software update went out to all
switches about a month ago.""")
# 25
q(["pm-039"], """Our object store cluster is in trouble: servers are spending nearly all their
time on inter-server state messages, gossip traffic is exploding, customer requests failing
across the board. We can't find a single bad host - it looks like some bad state keeps getting
passed around between servers and never dies out. Restarting individual nodes doesn't help.""")
# 26
q(["pm-041"], """Christmas Eve, our load balancers in one region are misbehaving: newly created LBs
work, but many existing ones have lost their configuration and drop traffic, and API calls to
modify them error out. Someone ran a maintenance job this afternoon, possibly against the
production state data.""")
# 27
q(["pm-025", "pm-085"], """Block storage volumes in one zone getting stuck, I/O hangs. Storage
servers are falling over one by one, and memory is climbing steadily in the reporting agent on
each of them. We replaced a data-collection server last week and the DNS update didn't reach all
storage nodes. Services that live only in that zone are down.""")
# 28
q(["pm-024"], """Big thunderstorm overnight. DC lost utility power, generators in one room failed
to pick up and the UPS drained. Servers came back but lots of block volumes are inconsistent, and
the control plane is swamped with requests from people trying to launch elsewhere; load
balancers in the region are also failing to register new instances.""")
# 29
q(["pm-026"], """Quick power blip in the primary DC (~10 seconds). About a quarter of hosts
rebooted. A big chunk of them now can't find their disks after reboot. Our Redis cluster, which
every app server needs in order to boot, is on those machines so the app won't start. Site
fully down.""")
# 30
q(["pm-061"], """We pushed an OS upgrade script across the fleet. It was supposed to only touch
idle hosts, but it ran on a number of live database servers and reinstalled them. Primaries AND
replicas for several shards are gone. Restoring from backups, hours per shard; site down.""")
# 31
q(["pm-080"], """Operator ran the tool to reboot a set of hosts for an upgrade, typo in the
argument, and every compute node in the datacenter rebooted simultaneously. Now they're all
booting at the same time, the boot/DHCP service is overwhelmed, and customer instances are
coming up very slowly.""")
# 32
q(["pm-090"], """The autoscaler just terminated most of our app servers. We were in the middle of
migrating the config store and had turned the autoscaler off, but config management turned it
back on. It read from the half-migrated store, saw partial data, and decided we needed way fewer
servers. Site down.""")
# 33
q(["pm-106"], """Customers are reporting their cards being charged over and over, and their
account balance shows $0. Our billing Redis had a network blip, the replicas all tried to resync
from the master at once, and the master got restarted - it came back with no data. Auto-recharge
is now firing for everyone whose balance looks empty.""")
# 34
q(["pm-078"], """MySQL on our managed DB instance: INSERTs into our main table fail with
`ERROR 1114 (HY000): The table 'bookmarks' is full`. The volume has plenty of free space. The
instance was created years ago. Reads work, everything that saves something is broken.""")
# 35
q(["pm-079"], """Our metadata Postgres: queries piling up in lock waits. pg_stat_activity shows
an autovacuum on the biggest table that has been running for hours (we killed it and it restarted
right away), one ordinary query that wants an exclusive lock is waiting behind it, and every other
query on that table is queued behind that one. The object API is timing out.""")
# 36
q(["pm-030"], """Deployed a migration adding a foreign key. The migration hung, and immediately
the whole API started timing out - even simple reads on the parent table. DB CPU is low.
pg_locks shows a big queue behind an ACCESS EXCLUSIVE lock request that itself is waiting on a
long-running reporting query.""")
# 37
q(["pm-005"], """Primary Postgres host lost its disk array (RAID controller died). We expected
the cluster manager to promote the sync replica; it didn't - it refuses to start postgres
anywhere. API and dashboard down 20+ minutes. Safe to promote manually behind its back?""")
# 38
q(["pm-020"], """Lots of users suddenly logged out, repo lists empty, build history missing. Looks
like someone ran the test suite locally with the DB url env var pointing at production, and the
test setup truncates all tables. What's the fastest way back - PITR?""")
# 39
q(["pm-018"], """For the last hour all our CI jobs fail to boot: "image not found". A cleanup job
for old VM images was running in the background and seems to have deleted images that were still
referenced by the job config. Rebuilding images takes hours.""")
# 40
q(["pm-033"], """Our central version-control server (the old centralized kind, not git) is broken
after someone committed two PDF files as a test case for a hash-function project. Checkouts fail
with checksum mismatch errors, and the repository's dedup cache seems to have stored the two
different files as one. Mirroring to the other replicas also stopped.""")
# 41
q(["pm-068"], """Our org on the code hosting site got taken over: someone got into an admin
account, pushed commits that add `rm -rf /*` to build scripts in several repos, and removed the
other maintainers. Anyone who synced from our repos in the last hour may have pulled it. How do we lock this
down and tell users?""")
# 42
q(["pm-069"], """Inbound traffic spiked to over 1 Tbps, nearly all UDP from source port 11211 from
tens of thousands of IPs. Edge links saturated, site up and down for the last few minutes. Should
we swing traffic to the scrubbing provider now?""")
# 43
q(["pm-045"], """Got an email from someone demanding a few bitcoin or they'll keep knocking us
offline, and a minute later inbound traffic went to ~20 Gbps of reflected UDP. Our upstream links
are completely full. ISP says they can't filter that much for us.""")
# 44
q(["pm-050"], """Our users just got an email from our own domain saying we're shutting down and
their data isn't safe. We didn't send it. Looking at logs, someone logged into an old unpatched
prototype box we'd forgotten about and found cloud API keys on it, then used them to reach our
mailing setup.""")
# 45
q(["pm-064"], """Build machines are making outbound requests to a pastebin site during
`npm install`. Traced it to a new patch release of one of the linter's dependencies published
about an hour ago - it has a postinstall script that reads ~/.npmrc and sends it off.""")
# 46
q(["pm-077"], """A security researcher emailed us: a personal access token with push rights to
our main repos is visible in our public CI build logs. It belongs to a bot account. No idea how
long it's been exposed.""")
# 47
q(["pm-088"], """Someone called a function on our multi-signature wallet contract that we thought
could only run during construction, made themselves owner, and drained ~150k ETH from three
wallets. The same shared library contract backs a lot of other wallets. What do we do for those
right now?""")
# 48
q(["pm-063"], """We hit a new record for concurrent players tonight and the login/profile backend
falls over: the main document DB is at max write throughput, latency through the roof, the
presence/chat service disconnects everyone and they all reconnect at once. We've put up a login
queue. Cache hit rate also dropped.""")
# 49
q(["pm-067"], """One of our Mongo shards grew past available RAM - data is uneven because new
check-ins all land on the same shard. It's disk-bound and the whole app is timing out. Added a new
shard but migrating chunks off makes it worse, and memory on the old shard doesn't go down after
moving data (fragmentation?).""")
# 50
q(["pm-072"], """While cleaning up after a backup job, our sysadmin dropped the production database
by accident. We have a backup, but the restore on current hardware is estimated at 2-3 days. Users
can't log in or open their documents. Any way to speed this up?""")
# 51
q(["pm-075"], """After rolling a new base image with an updated kernel to our container hosts,
customer apps report random "Input/output error" and corrupted files on their local filesystem -
sqlite files broken, tar extraction fails. Only on hosts running the new image.""")
# 52
q(["pm-081"], """Replicas are silently drifting from the primary in MySQL - some rows have
different values on replicas although replication status is fine, no errors. Noticed when
read-after-write gave wrong totals to users. We run statement-based replication.""")
# 53
q(["pm-084"], """bug from users with a Central European keyboard layout: they can't type one
specific accented capital letter in our editor. pressing the key combo does nothing, or triggers
some other action instead. other diacritics fine, Windows only it seems.""")
# 54
q(["pm-091"], """Power failure in one datacenter hosting our largest tenant instance; we failed
the DB over to the secondary site, and then the storage array there hit a firmware problem and
started throwing write errors. Now there's a data integrity worry and we may need to restore to a
point before and lose hours of customer data. Outage is 12+ hours now.""")
# 55
q(["pm-097"], """Auth service p99 exploded, the Redis behind it is pinned at 100% CPU. Clients keep
retrying auth calls with no backoff. Started right after a deploy of a change that does more
Redis transactions per call.""")
# 56
q(["pm-104"], """Payments API latency through the roof, primary DB CPU 100%. An hour ago we ran a
planned change to drop an index we believed was redundant (its replacement was supposed to be
built already). Queries are now doing full scans. Rebuilding the index is going to take a while -
what can we do in the meantime?""")
# 57
q(["pm-107"], """A user says running our game launcher wiped their entire home directory,
including a mounted backup drive. They had moved the install folder somewhere else, then launched
it. The launcher's shell wrapper does some cleanup with rm on a path built from a variable.""")
# 58
q(["pm-112"], """After merging a small change to a templating line in our cluster-config repo,
the deploy pipeline deleted nearly every namespace in production clusters. All services gone.
Rendering locally, a value came out empty and the resource list ended up very different from
what we thought.""")
# 59
q(["pm-116"], """Cluster-wide DNS failing: pods get intermittent "i/o timeout" resolving internal
service names, and external names too. CoreDNS pods getting OOMKilled and restarting in a loop.
Started when a batch job scaled out massively.""")
# 60
q(["pm-117"], """Worker nodes in our k8s cluster going NotReady one after another. A node runs out
of memory, kubelet dies, its pods get rescheduled onto the other nodes which then run out of
memory too. Most of our pods don't have memory limits.""")
# 61
q(["pm-118"], """During a routine node drain in our cluster, external traffic to several services
dropped for minutes. Our cloud load balancer still sent connections to the drained nodes, and the
services use externalTrafficPolicy: Local. Happened again on the next node.""")
# 62
q(["pm-119"], """It started with one team's logging sidecars failing to ship logs after an upgrade
of the message bus they write to. Then service-discovery agents on all nodes got starved, health
checks started flapping, and the whole k8s cluster fell over with apps losing their upstreams.""")
# 63
q(["pm-123"], """After a routine deploy, a bunch of internal RPC calls fail with "no hosts
available" even though the pods are healthy and Ready. Our service-mesh proxies seem to have
cached an empty endpoint list for that service and never refreshed it. Card payments failing for
some customers.""")
# 64
q(["pm-001"], """Big promo went live at 10:00 and traffic tripled. One core service slowed down,
its callers timed out and retried, thread pools got exhausted all over. We tried to scale out
but the container cluster has no free resources, new instances stay pending. Whole site
returning errors.""")
# 65
q(["pm-043"], """All of our ad-serving processes crashed within a minute of each other, in every
DC - segfault. No deploy. When we restart them, they crash again as soon as they load the latest
data update from the central distributor.""")
# 66
q(["pm-051"], """Since ~9am US our API is crawling and agents can't pick up jobs. DB CPU is at 100%.
Last week we resized the Postgres instance down a class to cut costs and it was fine over the
weekend.""")
# 67
q(["pm-029"], """failover tool promoted our MySQL primaries cross-country after a <1min network
blip. writes now landing in west, east has some writes that aren't in west. split brain? fail
back or not?""")
# 68
q(["pm-071"], """Hello, we have a big problem. Our engineer deleted the data directory on the main
database server, he thought it was the replica. We try to restore and all our backups are 0 bytes,
the backup job was failing silently since months because of version mismatch of the dump tool.
Please, what can we do?""")
# 69
q(["pm-032"], """Pre-market our router emailed ops dozens of internal error messages that nobody
read. At the open one of the servers started sending far more child orders than parent orders;
within 30 minutes we have huge unintended positions in ~150 symbols. The flag for a new order
type seems to mean something different on that one box.""")
# 70
q(["pm-035"], """exactly at 23:59:60 UTC four of our DB servers hard-locked. last thing on console
is a kernel message about the clock. nothing in logs after. had to power cycle.""")
# 71
q(["pm-092", "pm-083"], """Our main Postgres suddenly rejects all writes, reads OK. The log tells us
to stop the postmaster and vacuum the database in single-user mode. The table is ~1B rows with
a high write rate and autovacuum has been struggling to keep up for weeks.""")
# 72
q(["pm-103", "pm-046"], """Users can't save new activities since this morning, mobile apps show a
generic "upload failed". Nothing deployed. DB error:
`ERROR: nextval: reached maximum value of sequence "uploads_id_seq" (2147483647)`.""")
# 73
q(["pm-058", "pm-100"], """edge CPU 100% globally, all 502s. started within a minute of a ruleset
update. rollback tooling is served through the same edge so it's slow.""")
# 74
q(["pm-037"], """Heads-up for leadership: since Friday night all installed extensions across our
entire user base got disabled at the same time, including ones from years ago. No release went
out. Team is looking at the signature verification path. We need comms out quickly.""")
# 75
q(["pm-034"], """VM deployments started failing at exactly 4pm Pacific. Guest agent errors about
certificate creation. Hosts that fail three times get marked unhealthy, and the automation keeps
marking more and more hosts bad across clusters. It's the last day of February.""")
# 76
q(["pm-040"], """Our instances in one zone can't read/write their network disks, they just hang on
I/O. API calls to create new volumes are timing out across the whole region, even in other zones.
Started around 00:47 PT.""")
# 77
q(["pm-042"], """Our managed NoSQL store in the main region has been throwing errors on every table
for hours, and a bunch of other managed services that sit on top of it (queues, autoscaling,
metrics) are erroring too. Retrying makes no difference.""")
# 78
q(["pm-085", "pm-025"], """Our cloud provider is having a storage problem in one zone: about half
our instances there have stuck volumes, and our load balancers keep sending traffic to that zone.
Services that are spread across three zones are surviving; should we evacuate the zone entirely?""")
# 79
q(["pm-057"], """security report: our edge proxy is leaking uninitialized memory into responses -
random other customers' data appended after </html>. only some zones. could have been going on
for months.""")
# 80
q(["pm-002"], """ALL edge routers crashed/unreachable right after we pushed a new packet filter
rule to them. Rebooting doesn't stick - they crash again once the rule is reloaded.""")
# 81
q(["pm-044"], """Our long-distance network's call completion dropped to ~50% for hours. Switches
keep resetting, and each reset seems to trigger resets in the neighbouring switches.""")
# 82
q(["pm-090"], """All our app servers got terminated by the autoscaler at once - site down. A config
store migration was in progress.""")
# 83
q(["pm-106"], """hey all, looks like a lot of customers got auto-recharged many times in the last
hour?? support has like 200 tickets. balances show zero in the dashboard even for people who
topped up yesterday. infra says the billing redis master restarted after replicas went crazy
resyncing during a network hiccup.""")
# 84
q(["pm-061"], """Several of our database servers were just reimaged by the OS upgrade automation
while they were serving traffic. Some shards have lost both primary and replica.""")
# 85
q(["pm-078"], """One table is right around 2TB in size and every INSERT now fails with "table is
full" - disk has space. Old MySQL instance created years ago. Options?""")
# 86
q(["pm-079"], """Postgres: an autovacuum on a huge table can't be killed, it keeps coming back. A
schema change is waiting behind it and now blocks everyone else on that table.""")
# 87
q(["pm-026"], """After power was restored in our main DC, many servers boot but don't detect their
drives at all. Our cache cluster lives on those machines and the app can't start without it.""")
# 88
q(["pm-116"], """DNS lookups inside k8s timing out intermittently everywhere, apps logging "no such
host" and timeouts. The DNS pods keep getting OOMKilled and restarted. What should I check first?""")
# 89
q(["pm-123"], """our mesh proxies keep routing to nowhere for one service after a deploy, "no hosts
available" while all pods are healthy. restarting the proxies fixes it. payments failing.""")
# 90
q(["pm-022"], """after a config change on one backbone router, most traffic in our private
backbone got pulled toward that router and it's saturated; about half our POPs are dropping
traffic. Rolling back on that router is slow, its CLI keeps timing out.""")


def main():
    out = []
    for i, (exp, text) in enumerate(R, 1):
        out.append({
            "id": f"c3-{i:02d}",
            "split": "dev" if i % 2 == 1 else "test",
            "expected": exp,
            "text": text,
        })
    with open("queries.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} queries")


if __name__ == "__main__":
    main()
