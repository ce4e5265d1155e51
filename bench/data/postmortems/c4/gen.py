#!/usr/bin/env python3
"""Batch c4: hand-written problem reports. Each entry: (expected case ids, text).
Split is fixed by writing order: odd position -> dev, even position -> test."""
import json, os

R = []
def r(expected, text):
    R.append((expected, " ".join(text.split())))

# 1
r(["pm-036", "pm-035"], """PAGE: right after 00:00 UTC every JVM in the search tier (srch-01..srch-40) went to 100% CPU and
stayed there. Traffic is flat, nothing deployed. Restarting the java process doesn't help, it comes back pegged within
seconds. The mysqld hosts are doing the same thing. strace on a hot thread is just futex calls over and over.""")
# 2
r(["pm-035", "pm-036"], """happy new year... several of our db hosts froze solid exactly at midnight UTC. no panic on the console,
no ssh, no response to sysrq, only a power cycle brings them back. every box that hung runs ntpd; the ones with ntp
disabled are fine. kernel 2.6.2x on all of them. anybody else seeing this tonight?""")
# 3
r(["pm-002"], """Every edge router in every one of our 20+ PoPs dropped off the network within about a minute of each
other. The ones we can reach on console show them running out of memory and rebooting in a loop. Just before, our attack
mitigation tooling auto-pushed a new filter to all routers for a flood we were seeing, matching on a packet length in the
90,000s, which no real packet has. Remote hands are power-cycling but they fall over again when they rejoin.""")
# 4
r(["pm-004"], """Our entire domain stopped resolving around 15:40 UTC, every app and the API. Our authoritative
nameservers are unreachable from every vantage point, and public route collectors show the prefixes that cover them have
simply disappeared from the internet. Internal tooling is down too so nobody can get into the datacenter network
remotely, and the door badges in the office aren't working either.""")
# 5
r(["pm-005"], """Postgres primary (pg-main-a) lost its RAID controller at 15:09 and the cluster manager did NOT promote the
synchronous replica. crm_mon shows every resource stopped, both standbys refusing to take over. API and merchant dashboard
are returning 500 on anything touching the DB. We're about to try promoting by hand; has anyone seen the HA stack just
give up like this with a healthy sync replica?""")
# 6
r(["pm-006"], """All inbound traffic to our VMs in every region went dark at 19:09 PT. Internal traffic between VMs is
fine. Looking glasses show our public IP blocks being withdrawn one after another over a few minutes. The only change
was a routine network config cleanup that was supposed to retire one unused address block; the canary check complained
but the rollout went on anyway.""")
# 7
r(["pm-007"], """Users seeing 500s on mail, calendar and docs, all regions at once, for ~30 minutes now. Error rate jumped
from 0.1% to roughly half of requests in the same minute for every product, no app team deployed anything. Whatever this
is, it's in something shared by all of them -- the services that consume generated config are the only common piece.""")
# 8
r(["pm-008"], """Support escalation, sev1: since about 10:00 PT thousands of users say our desktop browser crashes a few
seconds after they sign in. Users who are signed out are fine. Every crash report points at the sync client while it
handles a response from our backend. On the server side the per-user quota service is erroring on most requests since
a load-balancer change this morning.""")
# 9
r(["pm-009"], """Every single result on our search page is showing the 'this site may harm your computer' warning,
including our own homepage and obvious sites like news outlets. Started around 06:30 PT. The only thing that changed is the
regular update of the bad-sites list that ships to the frontends. Clicking through gets the interstitial on all of them.""")
# 10
r(["pm-012"], """Massive packet loss and latency for anything in or out of the east regions. Video and storage traffic
throughput collapsed, a lot of services timing out. Looks like the network control plane in several regions went away at
the same time right after a maintenance job that was only supposed to touch a few machines in one zone. Our own engineers
can't reach the tooling to fix it because it sits behind the same congested network.""")
# 11
r(["pm-014"], """Blob storage front-ends in basically every region stopped answering around 00:50 UTC and every VM whose
disk lives there is hung. Earlier today we rolled a performance config change to the storage front-end fleet, and it went
to all regions at once instead of through the usual staged rollout. Front-end processes are pinned at 100% CPU and not
serving anything. Rolling the config back does not unstick the ones already spinning.""")
# 12
r(["pm-018"], """No CI jobs are starting for any Linux build. Workers log `image not found: ci-build-2016-09-*` for
every job. The image project in our cloud account is nearly empty -- the scheduled cleanup job ran at 15:00 and the images
that the build config currently points to are gone along with the old ones.""")
# 13
r(["pm-020"], """At 18:50 UTC all our users got logged out, and when they log back in their repo list is empty and build
history is gone. In the main production DB the users, repositories and builds tables exist but have zero rows, sequences
are still at their old high values. No migration was running, no deploy. Restoring from the latest snapshot now.""")
# 14
r(["pm-022"], """Roughly half our network traffic dropped for about 25 minutes. One backbone site (ATL) suddenly started
attracting traffic from all the others and its links went to 100%. That router was exporting way more routes than normal.
An engineer had been editing the backbone routing policy on it just a couple of minutes before; we deactivated that router
and things recovered.""")
# 15
r(["pm-023"], """Utility transformer failure took out power to one of our datacenters in the zone; the backup generators
never came online because their control system couldn't get them in phase. Most instances and block volumes in that zone
are down. Now that power is back a lot of volumes are coming back weird and some snapshots seem to be missing blocks that
should still be referenced.""")
# 16
r(["pm-025"], """Big thunderstorm here, datacenter lost utility power twice. One generator couldn't give stable voltage so the
UPS drained and a bunch of racks went dark around 20:00 PT. Power was back in about 10 minutes, but now the load balancer
control plane is so backlogged that new LBs can't be created and scaling requests wait for hours; some of our multi-zone
databases also never failed over.""")
# 17
r(["pm-024"], """Christmas Eve, of course. A subset of our load balancers in the east region started returning errors or routing to
nothing at about 12:24 PT. The LB control plane shows their configs as partially missing. Someone had been running a
maintenance process against the LB state store earlier in the day. Recreating the missing state by hand is slow, traffic
for those customers is down.""")
# 18
r(["pm-026"], """Brief power disruption at our primary DC at 00:23 UTC; about a quarter of the fleet rebooted. Most came back
but the whole in-memory cache cluster didn't -- those hosts sit at boot not seeing their disks. And the app servers won't
start because they refuse to boot without the cache. Site is serving 503s to everyone.""")
# 19
r(["pm-029"], """We lost connectivity between our east coast DC and the east hub for 43 seconds during optical equipment
replacement. In that window our MySQL topology manager promoted primaries in the west DC for several clusters. Now the old
east primaries have writes that never replicated and the west ones have new writes on top. Site degraded, webhooks and
pages showing stale data. Do we fail back and lose the west writes, or stay?""")
# 20
r(["pm-030", "pm-079"], """A routine migration adding a nullable column to `payments` froze the API for about 15 seconds.
pg_locks shows the ALTER TABLE waiting for its lock, and every plain SELECT on payments queued behind it. The thing it was
waiting on was a long-running reporting query. No unusual load otherwise.""")
# 21
r(["pm-032"], """Market open, 09:30: one of our eight order router servers is spraying child orders into the market, thousands
a second, buying at the offer and selling at the bid on ~150 symbols. The new release went out overnight; ops now says 7 of
8 boxes got it. We pulled the new code from the 7 and it got WORSE. Position is already in the hundreds of millions, need
a hard stop NOW.""")
# 22
r(["pm-033"], """After someone committed two PDF test fixtures to the central repo (different content, same size), the version
control server errors on checkout of that directory and our git mirror is stuck fetching that revision:
`E200014: Checksum mismatch for 'tests/fixtures/doc-2.pdf'`. Other paths are fine. Can we just remove the revision?""")
# 23
r(["pm-034"], """From 00:00 UTC new VMs fail to start and hosts are being marked unhealthy in batches. The guest agent never
reports ready; the cert it requests at startup fails to be created and the agent logs an invalid date error. After three
retries the host gets flagged as faulty and its VMs migrate elsewhere, where the same thing happens. Spreading cluster to
cluster.""")
# 24
r(["pm-037"], """Since around midnight UTC every extension on every user's install shows 'could not be verified for use'
and has been disabled. Nobody shipped anything, it affects all versions and all platforms. Users lost their password
manager and ad blockers, support queue is exploding.""")
# 25
r(["pm-038"], """Object storage in us-east returning 503 for everything, GETs and PUTs. Lots of other consoles broken too
because they store their assets there, even our own status page. An engineer was running the playbook to take a few
servers out of the billing subsystem around 09:37 PT; shortly after, the index and placement services went down and they
need a full restart that will take hours.""")
# 26
r(["pm-039"], """Object store error rates climbing across the whole cluster. Nodes keep marking each other dead and alive,
the inter-server state-exchange traffic is way above normal and nobody can agree who's up. We pulled a few suspect nodes
and it didn't help. Some of the state messages we captured have garbage in fields that should be well-formed.""")
# 27
r(["pm-040"], """Huge number of block volumes in one AZ stuck, I/O hangs. It started right after the early-morning network
change; storage nodes apparently lost contact with their mirrors and all of them are hunting for free space to
re-replicate at the same moment. The volume API in the whole region is timing out as well.""")
# 28
r(["pm-041", "pm-085"], """Storage servers in one zone slowly running out of memory over several days, now volumes are going
stuck. The top consumer is our data-collection agent, RSS just keeps growing. Its log is full of connection attempts to a
collector host that was decommissioned last week.""")
# 29
r(["pm-085", "pm-041"], """Our cloud provider's east region has degraded network block storage in one zone; instances backed
by those volumes hang and the load balancers in that zone are flaky. We're evacuating traffic to the other two zones. The
stateless tier moved fine, but our Cassandra nodes in the bad zone are lagging and we're wondering whether to kill them.""")
# 30
r(["pm-042", "pm-025", "pm-023"], """Severe storm, our region lost utility power and the power redundancy gear didn't switch
over the way it should. A big chunk of instances in one AZ dropped at once. After power came back a bunch of instances are
still stuck because their volumes won't reattach.""")
# 31
r(["pm-043"], """All ad-serving front-end processes crashed within a minute of each other in every DC. Core dumps all show
`*** Error in 'adsrv': free(): invalid pointer` during object cleanup. Right before it, a data update that deleted a batch of
line items went out through the data distribution pipeline that feeds every server. They crash again as soon as they
reload the data.""")
# 32
r(["pm-044"], """Our switching nodes are crashing and recovering in a wave across the whole network. Each node that comes back
up sends its 'I'm back in service' messages and then its neighbours crash too, and so on. Only nodes running last month's
software update are affected. Call completion has dropped to around half nationally.""")
# 33
r(["pm-045", "pm-069"], """we're getting flooded, 20Gbps+ at the edge, site down for everyone. just got an email demanding
bitcoin to make it stop. upstream is trying to filter. do NOT reply to the email.""")
# 34
r(["pm-046", "pm-103"], """App is effectively read-only: every insert into the events table fails with
`Duplicate entry '2147483647' for key 'PRIMARY'`. Reads work. Started this morning, nothing deployed. The table is very
old and very large.""")
# 35
r(["pm-103", "pm-046"], """Uploads failing since this afternoon, everything else fine. The upload processor writes a row to
the uploads table and the insert blows up; the id it's trying to use is 2147483647 every time. Users are retrying and
filling the queue.""")
# 36
r(["pm-050"], """Customers are forwarding us an email sent from our own mail service saying we're shutting down and their
data isn't safe. Our cloud account shows instances launched by an unknown key from an unknown IP. The key seems to have
been taken from an old prototype VM from years ago that was never patched and still had credentials on it.""")
# 37
r(["pm-051"], """Primary DB pinned at 100% CPU since the morning rush, agents queueing jobs, API timing out. We moved the
database to a smaller instance class last week to cut costs. Scaling it back up means hours of downtime because of its
size. Ideas for shedding load in the meantime?""")
# 38
r(["pm-056"], """After our upstream git host recovered from its outage we got an enormous flood of push webhooks. Since then
our build queue processes about one job per minute and the queue DB is thrashing. Builds not starting for anyone.""")
# 39
r(["pm-057"], """Security report from a researcher: search engine caches contain pages served through our reverse proxy with
random chunks of OTHER customers' data in them -- HTTP headers, cookies, bits of POST bodies. Only pages with broken HTML
at the end, and only when the email-obfuscation or automatic rewrite features are on.""")
# 40
r(["pm-058", "pm-100"], """Every edge server globally at 100% CPU, customers getting 502s. Started the moment the new
firewall ruleset was deployed (the new rule was even in log-only mode!). perf shows basically all time inside the rule
matching engine.""")
# 41
r(["pm-100", "pm-058"], """Homepage timing out and the load balancer has marked all web servers down. Web tier CPU is 100%.
Every stack trace is in the string trimming helper on one single post, which has a line of ~20,000 whitespace characters in
a comment. That post is on the homepage, which is also what the LB health check hits.""")
# 42
r(["pm-061"], """Scheduled OS upgrade of the database fleet went bad. The script was supposed to touch only inactive
machines, but it reinstalled some live ones. Several master/replica pairs are both gone, site is down. Restoring from
backups looks like hours.""")
# 43
r(["pm-063"], """We hit a new peak of concurrent players tonight; login queue backed up and matchmaking failing. Profile DB
latency spiked, connection pools maxed, then the presence/chat service fell over and every client reconnected at once.
Auth tokens failing validation under load.""")
# 44
r(["pm-064"], """Heads up from CI: the newest patch version of one of our lint dependencies contains code that reads ~/.npmrc
and sends it to a pastebin. The maintainer says they didn't publish it. Anything that installed in the last hour may have
leaked registry tokens.""")
# 45
r(["pm-067"], """One of our mongo shards grew past RAM and started paging; check-in latency exploded and the whole site
went down. We added a new shard and moved chunks off the hot one, but its memory use didn't go down at all -- the documents
are small and spread across pages so nothing gets freed.""")
# 46
r(["pm-068"], """Someone got admin on our public code hosting organization. Several repos now have a commit that adds
destructive commands to the build scripts, and the other members were removed from the org. Please do not pull anything
from there until further notice.""")
# 47
r(["pm-069", "pm-045"], """17:21 UTC: 1.3 Tbps inbound, all UDP from source port 11211. Edge links saturated, site
unreachable. Moving traffic to our scrubbing provider now.""")
# 48
r(["pm-071"], """Replication lag on the secondary Postgres after a spam wave; an engineer was resyncing the secondary and had
terminals open on both db hosts. Now the primary's data directory is almost empty, about 4 GB left of ~300 GB. Checking the
backups: the nightly dump files are only a few bytes.""")
# 49
r(["pm-072"], """Our production database is gone -- it disappeared while an admin was doing maintenance on the backup system.
Restoring from backups, but the import alone is multi-day at this size. Customers can't open their documents.""")
# 50
r(["pm-075"], """Customers reporting random file corruption inside running containers: files with zeroed blocks, apps
crashing on corrupt assets. Only containers that were already running on a host when a new deploy landed on that same host.
Started after last week's platform upgrade.""")
# 51
r(["pm-076"], """After the nightly base image rebuild, apps fail with `Permission denied` writing to /dev/null and /dev/shm.
Packages we had pinned were replaced with upstream versions. Only containers built from today's image are affected.""")
# 52
r(["pm-077"], """Security report: a personal access token with push access to all our main repos was visible in plaintext in
a public CI build log. It belongs to our bot user. Revoking now, but we need to know if anyone pushed with it.""")
# 53
r(["pm-078"], """Primary MySQL for bookmarks rejecting inserts since this morning: `ERROR 1114 (HY000): The table 'bookmarks'
is full`. Disk has plenty of free space. The DB instance was launched back in 2013 and never rebuilt.""")
# 54
r(["pm-079", "pm-030"], """Our object metadata tier on Postgres stopped serving writes; queries pile up waiting for locks.
There's a vacuum process on the main table that has been running for hours, an exclusive lock request sitting behind it,
and everything else queued behind that.""")
# 55
r(["pm-080"], """Every compute node in the east zone rebooted at the same time. An operator was using the fleet management
CLI to reboot a handful of nodes for maintenance. Now the whole zone's VMs are trying to boot simultaneously and the boot
server is overloaded.""")
# 56
r(["pm-081"], """Our MySQL replicas have silently drifted from the primary: some rows on replicas have different values than on
the master. Replication status is OK, no errors anywhere. We only found it because reports run on the read replicas don't
match the numbers in the admin UI.""")
# 57
r(["pm-083", "pm-092"], """One of our postgres shards stopped accepting writes. Log: `HINT: Stop the postmaster and vacuum
that database in single-user mode.` Emails for about 20% of customers are queuing and it will take hours. Can we do
anything faster?""")
# 58
r(["pm-092", "pm-083"], """Main postgres switched to refusing writes. Turns out the log had warnings for days saying
'database must be vacuumed within N transactions' and we missed them. Event ingest backlog growing by the minute.""")
# 59
r(["pm-084"], """Polish users report they can't type the letter ś in our editor -- the keystroke is swallowed, nothing
appears. Other diacritics like ą are fine. Only happens on Windows.""")
# 60
r(["pm-086"], """Notification pipeline stalled: the Cassandra cluster spread over three datacenters keeps losing quorum.
Latency between DC-A and DC-B is spiking. Both route through the same upstream peering point.""")
# 61
r(["pm-088"], """Three of our multisig wallets were drained within minutes. The on-chain trace shows the attacker first
calling the init method through the wallet's fallback, which made them sole owner, and then calling execute to send
everything out.""")
# 62
r(["pm-090"], """Our autoscaler just terminated most of the app servers and cache hosts. Config management had been paused
during a migration of the coordination cluster. Site is down. Bringing back capacity by hand.""")
# 63
r(["pm-091"], """Circuit breaker failure in the DC took down NA-east; we failed over to the secondary site. After the
failover the storage array on the secondary started throwing write errors. We're restoring the DB to a point about four
hours ago; customer data in that window is lost.""")
# 64
r(["pm-093"], """Hot wallet funds leaving in transactions nobody authorized. The withdrawals were signed with valid internal credentials, and
none of our intrusion alerts fired.""")
# 65
r(["pm-099"], """Every web server is fine on CPU, but the load balancers are saturated ever since we enabled the April 1st
joke widget for all users. It polls our backend every few seconds.""")
# 66
r(["pm-104"], """API returning errors and timeouts; the charges DB CPU is pinned. About 20 minutes ago a schema change script
ran on the main database, and now most queries show full table scans in EXPLAIN. Rebuilding takes a long time.""")
# 67
r(["pm-106"], """Customers' cards are being charged again and again for auto top-ups, but their balance still shows zero.
A short network blip hit the balance cache cluster right before this started; the cache primary restarted and the
balance keys are all missing.""")
# 68
r(["pm-107"], """A user reports that after they moved our launcher's install folder and started it, every file their user
owned was deleted -- including a mounted external backup drive. The launcher log ends right after a line about
resetting its install directory. Can't reproduce yet.""")
# 69
r(["pm-112"], """Every namespace in every k8s cluster, all regions, got deleted within minutes of a merge to the cluster
config repo. The change was a one-line edit in a template.""")
# 70
r(["pm-116"], """Cluster-wide DNS resolution failing. CoreDNS pods are getting OOMKilled again and again, and one app is
sending a huge number of queries.""")
# 71
r(["pm-117"], """Nodes in our k8s cluster go NotReady one after another; pods get evicted and rescheduled onto the remaining
nodes, which then fail too. Many pods have no memory limits.""")
# 72
r(["pm-118"], """We cordoned and drained most of our nodes for maintenance and suddenly all external traffic dropped, even though the
pods were rescheduled fine onto the new nodes. The cloud load balancer shows zero healthy backends.""")
# 73
r(["pm-123"], """Payments failing. Internal RPC between services returns 'no endpoints available'. The service mesh proxies
lost their endpoint lists right after we added nodes to the etcd cluster.""")
# 74
r(["pm-001"], """Start of our big sale campaign at 10:00, traffic 3x. Services tried to scale out but the cluster scheduler
reports no resources available. The existing instances got overloaded and the failures cascaded.""")
# 75
r(["pm-049"], """Our offsite backup storage credentials were exposed: an employee's account on our code host was
compromised, and one repo had the credentials in it. The attacker got to the user DB backup.""")
# 76
r(["pm-036", "pm-035"], """Exec summary for the weekend: at midnight UTC Saturday our Hadoop cluster and the Cassandra nodes
all started burning CPU at once with no change in load. Java processes looked busy but did no work. Rebooting fixed each
box, and so did setting the system clock by hand. No data loss, ~2 hours of degraded batch processing.""")
# 77
r(["pm-037"], """Escalating from support: dozens of tickets in the last hour, all the same -- 'all my add-ons vanished / say
they can't be verified'. Customers on every OS. Reinstalling an add-on from our store fails with a signing error. This is
our whole user base, not a subset.""")
# 78
r(["pm-038"], """sev1 obj-store us-east 503 on all ops. index svc + placement svc down after capacity-removal cmd. restart in
progress, eta unknown. downstream: image uploads, consoles, our status page.""")
# 79
r(["pm-071"], """Manager update: the primary database lost most of its data while the on-call engineer was working on replication lag
late at night; about 6 hours of user data looks lost. None of the backups we expected to have are usable; we're copying a
staging snapshot from 6 hours ago back to production. Copy speed is very slow, ETA 18h.""")
# 80
r(["pm-032"], """Summary for the board: this morning a software deployment problem at market open caused our automated
router to send millions of unintended orders over 45 minutes. Only one of the eight servers behaved this way; the other seven traded
normally. We have a very large unwanted position to unwind.""")
# 81
r(["pm-058"], """all edge CPU 100% globally since 13:42 UTC, 502 everywhere. right after WAF rules deploy. kill switch for
that rule set?""")
# 82
r(["pm-092", "pm-083"], """Hello, we have a problem with our Postgres since one hour. Database not accept any new write,
it say must vacuum in single user mode. Our table is very big (few TB) and vacuum will take very long time. Is there some
way to make faster or workaround? Our service is down for write.""")
# 83
r(["pm-046", "pm-103"], """Mysql2::Error on every write to the activity table, `Duplicate entry '2147483647' for key
'PRIMARY'`. We switched the app to read-only mode to stop the errors. How fast can you alter a column on a table with
billions of rows?""")
# 84
r(["pm-009"], """Customer support escalation: every link in our search results is being flagged as malicious, including
links to our own help center. Users can't get to any site from search without clicking through a warning. Started about
40 minutes ago and it is every query, every country.""")
# 85
r(["pm-029"], """Incident summary: a 43-second network partition during planned maintenance led our automated failover to
move MySQL writes across the country. Latency to the new primaries made the app unusable, and data written in those
seconds exists only in the old DC. We are in degraded mode until we reconcile, likely 24h.""")
# 86
r(["pm-002"], """rtr-edge-* across all PoPs down at the same time. console: out of memory, reboot loop. the last change was an
automatic filter rule push from the attack mitigation system. we need to get that rule off the routers before they come
back up.""")
# 87
r(["pm-020"], """Hi, our app says I have no repositories anymore and my build history is empty, and I was logged out for no
reason. A colleague has the same problem. Did you delete our account? We are a paying customer.""")
# 88
r(["pm-034"], """Hello team, since midnight UTC we cannot create any new VM and many hosts going to 'unhealthy'. The agent
in the VM not start, in log I see it fails to create the certificate with a date that is not valid. It happen in many
clusters now, it is spreading.""")
# 89
r(["pm-014"], """Storage front-ends in all regions unresponsive at once after a config change; VMs hung. The change was
supposed to be deployed region by region but went everywhere at once. Front-end CPU 100%.""")
# 90
r(["pm-040"], """Manager summary: a network change in one availability zone this morning sent traffic to the wrong network;
storage nodes lost their mirrors and all started re-mirroring at once, so many volumes got stuck. The region's control API
is also slow. Recovery is going to take days for some volumes.""")

assert len(R) == 90, len(R)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "queries.jsonl"), "w", encoding="utf-8") as f:
    for i, (exp, text) in enumerate(R, 1):
        obj = {"id": "c4-%02d" % i, "split": "dev" if i % 2 == 1 else "test", "expected": exp, "text": text}
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", len(R), "queries")
