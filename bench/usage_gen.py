"""An audit log planted from what people do, for judging the usage-pattern pass from the outside.

Written before the pass was tuned, in words the product code never contains. The unit of
planting is a person's behaviour, never the product's unit of analysis:

- a *habit*: one person asks about one subject (latency, disk, certificates ...) on one weekday
  around one local time in most weeks, each time in different words, about a different service
  or host, with a different time range;
- a *month-end spike*: a person asks about one subject several times in the last three local days
  of every month;
- a *knowledge gap*: an org asks about one subject twenty-odd times a week, in troubleshooting
  sessions, and gets slow answers that are often rated not helpful;
- a *model preference*, a *detail level* (short: says so and dislikes long answers; detailed: keeps
  asking for more), an *expertise* (advanced: runs diagnostic commands and speaks in metrics;
  beginner: asks what things mean);
- a *recurring question form*: one wording asked by several people about varying services and
  ranges (the org's top questions should hold it once, not once per service).

Around them: people with working hours, weekday rhythm and their own subject mix, in orgs in six
time zones over four months that cross the spring DST changes (north and south), small talk and
acknowledgements ("cheers, sorted"), a frequently asked but well-served look-up subject (not a
gap), one-day bursts (not habits), and people with no stated preference (their labels are unknown).

Every word list is split in two: dev seeds draw from one half, test seeds from the other, so a
rule written from dev wording meets unseen wording on test. The *null twin* of a seed has the same
people, rhythm, noise and small talk with nothing planted. Ground truth is written by this module
(`Log.truth`), keyed by subject and person, never by anything the product computes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

DEV_SEEDS = (101, 102, 103)
# More dev seeds (dev half of every word list), added in round 5 for more habit examples to learn from.
DEV2_SEEDS = (111, 112, 113, 114, 115, 116)
TEST_SEEDS = (201, 202, 203)
# Fresh test seeds (test half of every word list), added before round 3 changed anything: 201-203
# had been run and read several times, so these are the only test logs nobody has looked at.
FRESH_TEST_SEEDS = (301, 302, 303)
# Second fresh test seeds, added before round 4 changed anything (301-303 were run in round 3).
FRESH2_TEST_SEEDS = (401, 402, 403)
# Third fresh test seeds, added before round 5 changed anything (401-403 were run once in round 4).
FRESH3_TEST_SEEDS = (501, 502, 503)
# Many more dev seeds (dev half of every word list), added in round 6 before any rule change: 16 null
# twins to measure how often the pass reports something where nothing was planted (one org in ~50 is
# too rare to see on three seeds), each with its planted log.
DEV3_SEEDS = tuple(range(121, 137))
# Fourth fresh test seeds, added before round 6 changed anything (501-503 were run once in round 5).
FRESH4_TEST_SEEDS = (601, 602, 603)
ALL_TEST_SEEDS = TEST_SEEDS + FRESH_TEST_SEEDS + FRESH2_TEST_SEEDS + FRESH3_TEST_SEEDS + FRESH4_TEST_SEEDS
START = datetime(2026, 1, 26, tzinfo=UTC)  # a Monday; four months cross March/April DST changes
WEEKS = 17
NOW = START + timedelta(weeks=WEEKS)
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata")

# Subjects: each with wordings (slots: {svc} {host} {db} {queue} {ns} {when}). Halves: even index
# wordings for dev, odd for test (see `_half`).
SUBJECTS: dict[str, list[str]] = {
    "latency": [
        "how slow is {svc} {when}",
        "response times of {svc} {when}?",
        "is {svc} laggy {when}",
        "p95 for {svc} {when}",
        "why are requests to {svc} taking so long {when}",
        "tail latency {svc} {when}",
        "{svc} round trip time {when}",
        "has {svc} gotten slower {when}",
    ],
    "errors": [
        "how many failures did {svc} throw {when}",
        "{svc} error ratio {when}",
        "are there 500s coming out of {svc} {when}",
        "failed calls on {svc} {when}",
        "exceptions logged by {svc} {when}",
        "did {svc} start failing {when}",
        "what fraction of {svc} requests errored {when}",
        "show me {svc} faults {when}",
    ],
    "disk": [
        "free space left on {host}",
        "is {host} running out of disk",
        "volume usage on {host} {when}",
        "which mount is filling up on {host}",
        "how full is the disk of {host}",
        "inode exhaustion on {host}?",
        "storage headroom {host}",
        "{host} disk almost full?",
    ],
    "certs": [
        "when does the tls cert for {svc} expire",
        "is the certificate on {svc} about to lapse",
        "{svc} ssl expiry date",
        "cert renewal status for {svc}",
        "days until {svc} certificate runs out",
        "did the {svc} cert rotate",
        "check x509 validity of {svc}",
        "expiring certificates around {svc}",
    ],
    "queue": [
        "how deep is the {queue} backlog",
        "messages waiting in {queue} {when}",
        "is {queue} draining",
        "consumer lag on {queue} {when}",
        "{queue} piling up?",
        "unacked messages {queue}",
        "why is {queue} not emptying",
        "{queue} depth trend {when}",
    ],
    "db_conns": [
        "connection count on {db} {when}",
        "is {db} out of connections",
        "how many clients are attached to {db}",
        "{db} pool exhausted?",
        "too many connections error on {db}",
        "active sessions {db} {when}",
        "who is holding connections on {db}",
        "{db} max_connections reached {when}",
    ],
    "restarts": [
        "why does {svc} keep restarting in {ns}",
        "crashlooping pods in {ns}",
        "restart count of {svc} {when}",
        "{svc} getting killed in {ns}?",
        "pods bouncing in {ns} {when}",
        "what is rebooting {svc}",
        "container exits for {svc} {when}",
        "{ns} pods unstable {when}",
    ],
    "deploys": [
        "what shipped to {svc} {when}",
        "recent rollouts of {svc}",
        "who released {svc} {when}",
        "which version of {svc} is live",
        "was {svc} redeployed {when}",
        "changes pushed to {ns} {when}",
        "last release of {svc}",
        "did anything go out for {svc} {when}",
    ],
    "cost": [
        "what did we spend on {ns} {when}",
        "cloud bill for {svc} {when}",
        "how much does {svc} cost us",
        "spend breakdown for {ns}",
        "are we over budget on {ns}",
        "invoice estimate {svc} {when}",
        "compute charges of {ns} {when}",
        "why is the {svc} bill so high",
    ],
    "replication": [
        "replica delay on {db} {when}",
        "is the {db} standby behind",
        "how far back is the {db} follower",
        "{db} replication falling behind?",
        "lag between primary and replica of {db}",
        "{db} secondary catching up {when}",
        "replica apply delay {db}",
        "is {db} replica in sync",
    ],
    "memory": [
        "memory use of {svc} {when}",
        "is {svc} leaking ram",
        "{svc} getting oom killed {when}",
        "rss growth for {svc} {when}",
        "how much heap does {svc} hold",
        "{svc} memory pressure {when}",
        "out of memory on {host}",
        "ram headroom on {host}",
    ],
    "dns": [
        "is name resolution broken for {svc}",
        "{svc} hostname not resolving",
        "dns lookups failing {when}",
        "resolver timeouts on {host}",
        "nxdomain for {svc} {when}",
        "why can't {host} resolve {svc}",
        "dns errors in {ns} {when}",
        "coredns trouble in {ns}",
    ],
    "backups": [
        "did last night's backup of {db} finish",
        "{db} snapshot status",
        "when was {db} last backed up",
        "backup job for {db} failed?",
        "restore points available for {db}",
        "is the {db} dump complete",
        "backup size {db} {when}",
        "verify {db} backups {when}",
    ],
    "traffic": [
        "request volume for {svc} {when}",
        "how busy is {svc} {when}",
        "rps of {svc} {when}",
        "traffic spike on {svc}?",
        "throughput {svc} {when}",
        "calls per second hitting {svc}",
        "load on {svc} {when}",
        "did {svc} traffic drop {when}",
    ],
}
# Entity names, split by org (each org has its own; halves by index parity per split).
SERVICES = [
    "pricing", "reporting", "ledger", "checkout", "catalog", "invoicer", "notifier", "search-api", "gateway",
    "profile-svc", "basket", "shipping", "fraud-check", "recommender", "auth-proxy", "media-store", "tax-engine",
    "geo-lookup", "scheduler", "mailer", "onboarding", "loyalty", "quotes", "warehouse-sync",
]
HOSTS = [
    "node-a17", "web-eu-4", "batch-02", "cache-9", "ip-worker-11", "edge-fra-3", "db-host-6", "build-7",
    "ingest-5", "vm-lon-22", "k8s-node-31", "compute-13", "gpu-box-2", "runner-8", "proxy-15", "store-3",
]
DBS = ["orders-db", "users-pg", "billingdb", "analytics-mysql", "events-pg", "sessions-db", "inventory-pg", "audit-db"]
QUEUES = [
    "email-jobs", "payments-events", "resize-tasks", "webhook-out", "order-created", "audit-stream", "sms-outbox",
    "index-updates",
]
NAMESPACES = ["payments", "storefront", "data-platform", "internal-tools", "mobile-backend", "ml-serving", "edge", "ops"]
WHEN = [
    "today", "in the last hour", "since this morning", "over the past 2 hours", "yesterday", "this week",
    "in the last 30 minutes", "since midnight", "last night", "over the last 3 days", "right now", "past 24 hours",
    "for the last 15 minutes", "since monday",
]
SMALL_TALK = [
    "ok", "thanks!", "that worked", "cheers, sorted", "great thx", "perfect", "got it", "nice one", "ty",
    "thank you so much", "awesome, fixed", "makes sense", "cool", "that did the trick", "appreciated",
    "okay thanks", "lovely", "brilliant, that fixed it", "understood", "👍",
]
MORE_PLEASE = [
    "explain more", "go on", "can you elaborate", "say more about that", "expand on that please", "more detail?",
    "dig deeper", "walk me through it step by step", "why though?", "keep going", "unpack that a bit",
    "what does that mean in more depth",
]
SHORT_PLEASE = [
    "tl;dr", "keep it brief", "just the gist", "one line please", "short version?", "no essay please",
    "in a nutshell", "summarise in a sentence", "shorter", "bullet points only",
]
TOO_WORDY = [
    "too long", "way too wordy", "wall of text", "too much text", "could be shorter", "just give me the answer",
    "tldr would have been nicer", "overly verbose",
]
BEGINNER_LEADS = [
    "what does {term} mean", "sorry if this is basic, how do i see {term}", "what is a {term}",
    "i'm new here, where do i find {term}", "can someone explain {term} to me", "is it bad if {term} is high",
    "noob question: what's {term}", "how would i even check {term}",
]
BEGINNER_TERMS = ["p99", "an error budget", "a crashloop", "consumer lag", "replica lag", "an oom kill", "a 502", "a span"]
ADVANCED_CMDS = [
    "kubectl top pods -n {ns}", "psql -c 'select * from pg_stat_activity'", "ss -tlnp", "iostat -x 1 5",
    "kubectl describe pod {svc}", "dig +trace {svc}.internal", "openssl s_client -connect {svc}:443", "vmstat 1",
    "redis-cli info memory", "journalctl -u {svc} --since -1h", "perf top", "tcpdump -i eth0 port 5432",
    "curl -w '%{{time_total}}' -so /dev/null https://{svc}", "lsof -p 1", "strace -c -p 1", "kubectl rollout history deploy/{svc}",
]
PLAIN_CMDS = ["ls", "pwd", "cat README", "echo hi", "whoami", "date", "uptime", "clear"]
ADVANCED_PHRASES = [
    "{svc} p99 vs p50 divergence {when}", "saturation on {host} cpu run queue", "gc pause histogram {svc}",
    "{db} wal write amplification", "cgroup throttling on {svc}", "slo burn rate for {svc} {when}",
    "{queue} consumer rebalance storms", "tcp retransmits on {host}",
]
MODELS = ("model-alpha", "model-beta", "model-gamma", "model-delta")


def _half(items: list, split: str) -> list:
    """Dev takes even positions, test odd: a rule learned from one half meets new words on the other."""
    return items[0::2] if split == "dev" else items[1::2]


@dataclass
class Person:
    org: str
    user: str
    start_hour: float
    span_hours: float
    rate: float  # questions per working day
    mix: dict[str, float]
    model_mix: dict[str, float]
    habit: tuple | None = None  # (subject, weekday, minute of day)
    month_end: str | None = None
    model: str | None = None
    detail: str | None = None
    expertise: str | None = None


@dataclass
class Log:
    seed: int
    split: str
    null: bool
    events: list[dict] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)
    zones: dict[str, str] = field(default_factory=dict)
    truth: dict = field(default_factory=dict)
    meaning: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # text -> (kind, subject, wording)


class _Writer:
    def __init__(self, log: Log, rng: random.Random, split: str, ents: dict[str, dict[str, list[str]]], tag: str):
        self.log, self.rng, self.split, self.ents, self.tag = log, rng, split, ents, tag
        self.n = 0

    def _id(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.tag}{self.log.seed}-{self.n}"

    def event(self, p: Person, sid: str, stype: str, kind: str, at: datetime, text: str = "", **extra) -> str:
        eid = self._id("e")
        ev = {"id": eid, "timestamp": at.isoformat(), "user": p.user, "org": p.org, "session_id": sid,
              "session_type": stype, "kind": kind, "text": text, **extra}
        self.log.events.append(ev)
        return eid

    def question(self, p: Person, subject: str, wording: int | None = None) -> str:
        words = _half(SUBJECTS[subject], self.split)
        w = self.rng.randrange(len(words)) if wording is None else wording
        e = self.ents[p.org]
        text = words[w].format(
            svc=self.rng.choice(e["svc"]), host=self.rng.choice(e["host"]), db=self.rng.choice(e["db"]),
            queue=self.rng.choice(e["queue"]), ns=self.rng.choice(e["ns"]), when=self.rng.choice(_half(WHEN, self.split)),
        ).strip()
        self.log.meaning.setdefault(text, ("question", subject, w))
        return text

    def session(self, p: Person, at: datetime, subject: str, *, stype: str | None = None, wording: int | None = None,
                slow: bool = False, unhelpful: float = 0.1, text: str | None = None) -> None:
        rng = self.rng
        sid = self._id("s")
        stype = stype or ("troubleshooting" if rng.random() < 0.15 else "general")
        q = text or self.question(p, subject, wording)
        if p.detail == "short" and rng.random() < 0.35:
            q = f"{q} ({rng.choice(_half(SHORT_PLEASE, self.split))})"
        if p.expertise == "beginner" and rng.random() < 0.4:
            term = rng.choice(BEGINNER_TERMS)
            q = rng.choice(_half(BEGINNER_LEADS, self.split)).format(term=term)
            self.log.meaning.setdefault(q, ("question", "beginner", 0))
        if p.expertise == "advanced" and rng.random() < 0.35:
            e = self.ents[p.org]
            q = rng.choice(ADVANCED_PHRASES).format(svc=rng.choice(e["svc"]), host=rng.choice(e["host"]),
                                                   db=rng.choice(e["db"]), queue=rng.choice(e["queue"]),
                                                   when=rng.choice(_half(WHEN, self.split)))
            self.log.meaning.setdefault(q, ("question", "advanced", 0))
        t = at
        self.event(p, sid, stype, "user_query", t, q)
        model = p.model if p.model and rng.random() < 0.85 else _pick(rng, p.model_mix)
        t += timedelta(seconds=rng.uniform(0.5, 2))
        self.event(p, sid, stype, "llm_request", t, "", model=model, prompt_tokens=rng.randint(200, 4000),
                   data_sources=[rng.choice(["prometheus", "loki", "tempo", "k8s-events"])])
        secs = rng.uniform(14, 45) if slow else rng.uniform(1.5, 7)
        t += timedelta(seconds=secs)
        long_answer = rng.random() < 0.5
        answer = ("Here is what I found. " * (rng.randint(12, 30) if long_answer else rng.randint(1, 4))).strip()
        rid = self.event(p, sid, stype, "llm_response", t, answer, model=model, execution_time_ms=int(secs * 1000),
                         output_tokens=rng.randint(20, 900), ref_id=self._id("r"))
        if rng.random() < 0.25 and (p.expertise == "advanced" or rng.random() < 0.15):
            cmds = ADVANCED_CMDS if p.expertise == "advanced" else PLAIN_CMDS
            e = self.ents[p.org]
            cmd = rng.choice(cmds).format(ns=rng.choice(e["ns"]), svc=rng.choice(e["svc"]))
            t += timedelta(seconds=rng.uniform(5, 60))
            self.event(p, sid, stype, "action", t, "", command=cmd, action_type="run_command")
        # ratings: feedback without target_id, right after the answer it is about
        rating = None
        if rng.random() < 0.3:
            if rng.random() < unhelpful or (p.detail == "short" and long_answer and rng.random() < 0.7):
                rating = "not_helpful"
            else:
                rating = "helpful"
            comment = ""
            if p.detail == "short" and rating == "not_helpful" and long_answer:
                comment = rng.choice(_half(TOO_WORDY, self.split))
            t += timedelta(seconds=rng.uniform(3, 40))
            self.event(p, sid, stype, "feedback", t, comment, rating=rating)
        _ = rid
        # small talk and follow-ups
        more = 0.45 if p.detail == "detailed" else 0.04
        if rng.random() < more:
            t += timedelta(seconds=rng.uniform(10, 90))
            follow = rng.choice(_half(MORE_PLEASE, self.split))
            self.log.meaning.setdefault(follow, ("small_talk", "", 0))
            self.event(p, sid, stype, "user_query", t, follow)
            t += timedelta(seconds=rng.uniform(2, 8))
            self.event(p, sid, stype, "llm_response", t, "More: " + "detail " * 80, model=model)
        if rng.random() < 0.18:
            t += timedelta(seconds=rng.uniform(10, 300))
            talk = rng.choice(_half(SMALL_TALK, self.split))
            self.log.meaning.setdefault(talk, ("small_talk", "", 0))
            self.event(p, sid, stype, "user_query", t, talk)
        if rng.random() < 0.02:
            t += timedelta(seconds=rng.uniform(1, 10))
            talk = rng.choice(_half(SHORT_PLEASE, self.split))
            self.log.meaning.setdefault(talk, ("small_talk", "", 0))
            self.event(p, sid, stype, "user_query", t, talk)


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _local(tz: str, day: datetime, minute: float) -> datetime:
    """A local wall-clock time on a local date, as UTC (DST handled by zoneinfo)."""
    z = ZoneInfo(tz)
    base = datetime(day.year, day.month, day.day, tzinfo=z)
    return (base + timedelta(minutes=minute)).replace(tzinfo=None).replace(tzinfo=z).astimezone(UTC)


def generate(seed: int, *, null: bool = False, orgs: int = 6, people: int = 10, scale: float = 1.0) -> Log:
    """One log; ``null=True`` gives its twin (same rng draws for the noise, nothing planted)."""
    split = "test" if seed in ALL_TEST_SEEDS else "dev"
    log = Log(seed, split, null)
    rng = random.Random(seed)
    plant = random.Random(seed * 7919)  # planting draws from its own stream so the noise stays the same
    ents: dict[str, dict[str, list[str]]] = {}
    persons: list[Person] = []
    subjects = list(SUBJECTS)
    truth: dict = {k: [] for k in ("habit", "month_end", "model", "detail", "expertise", "gap", "top")}
    for o in range(orgs):
        org = f"org{seed}-{o}"
        tz = ZONES[(o + seed) % len(ZONES)]
        log.zones[org] = tz
        ents[org] = {
            "svc": rng.sample(_half(SERVICES, split), 6), "host": rng.sample(_half(HOSTS, split), 4),
            "db": rng.sample(_half(DBS, split), 3), "queue": rng.sample(_half(QUEUES, split), 3),
            "ns": rng.sample(_half(NAMESPACES, split), 3),
        }
        org_models = dict(zip(MODELS, [0.55, 0.3, 0.1, 0.05], strict=True))
        for i in range(people):
            mix_raw = {s: rng.gammavariate(0.7, 1.0) for s in subjects}
            tot = sum(mix_raw.values())
            p = Person(org, f"{org}-u{i}", rng.uniform(7.5, 10), rng.uniform(7, 9.5), rng.uniform(2, 6) * scale,
                       {s: v / tot for s, v in mix_raw.items()}, org_models)
            persons.append(p)
        # planted, per org (drawn from `plant` so the twin's noise is identical)
        members = [p for p in persons if p.org == org]
        roles = plant.sample(members, len(members))
        if not null:
            h1, h2, me, mp, ds, dd, ea, eb = roles[:8]
            for hp in (h1, h2):
                hp.habit = (plant.choice(subjects), plant.randrange(5), plant.randrange(8 * 60, 16 * 60))
                truth["habit"].append({"org": org, "user": hp.user, "subject": hp.habit[0], "weekday": hp.habit[1],
                                       "minute": hp.habit[2]})
            me.month_end = plant.choice(["cost", "backups", "traffic", "deploys"])
            truth["month_end"].append({"org": org, "user": me.user, "subject": me.month_end})
            mp.model = plant.choice(["model-gamma", "model-delta"])
            truth["model"].append({"org": org, "user": mp.user, "value": mp.model})
            ds.detail, dd.detail = "short", "detailed"
            truth["detail"] += [{"org": org, "user": ds.user, "value": "short"},
                                {"org": org, "user": dd.user, "value": "detailed"}]
            ea.expertise, eb.expertise = "advanced", "beginner"
            truth["expertise"] += [{"org": org, "user": ea.user, "value": "advanced"},
                                   {"org": org, "user": eb.user, "value": "beginner"}]
    w = _Writer(log, rng, split, ents, "n")
    wp = _Writer(log, plant, split, ents, "p")  # planted sessions draw from their own stream
    gap_of: dict[str, str] = {}
    form_of: dict[str, list[tuple[str, int]]] = {}
    lookup_of: dict[str, str] = {}
    for o in range(orgs):
        org = f"org{seed}-{o}"
        lookup_of[org] = subjects[(o * 5 + seed) % len(subjects)]
        gap = plant.choice([s for s in subjects if s != lookup_of[org]])
        forms = [(plant.choice(subjects), plant.randrange(4)) for _ in range(2)]
        if not null:
            gap_of[org] = gap
            truth["gap"].append({"org": org, "subject": gap})
            form_of[org] = forms
            truth["top"] += [{"org": org, "subject": s, "wording": k} for s, k in forms]
    days = WEEKS * 7
    for d in range(days):
        for p in persons:
            tz = log.zones[p.org]
            z = ZoneInfo(tz)
            local_day = (START + timedelta(days=d)).astimezone(z)
            wd = local_day.weekday()
            active = rng.random() < (0.92 if wd < 5 else 0.08)
            n = _poisson(rng, p.rate) if active else 0
            for _ in range(n):
                minute = (p.start_hour + rng.random() * p.span_hours) * 60
                w.session(p, _local(tz, local_day, minute), _pick(rng, p.mix))
            # decoy: a one-day burst about one subject (an incident), not a habit
            if rng.random() < 0.004:
                s = rng.choice(subjects)
                for _ in range(6):
                    w.session(p, _local(tz, local_day, p.start_hour * 60 + rng.uniform(0, 120)), s,
                              stype="troubleshooting")
            if p.habit and p.habit[1] == wd and plant.random() < 0.85:
                for _ in range(plant.choice([1, 1, 2])):
                    wp.session(p, _local(tz, local_day, p.habit[2] + plant.gauss(0, 7)), p.habit[0])
            if p.month_end:
                last = (local_day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                if last.day - local_day.day < 3:
                    for _ in range(plant.choice([1, 2, 2, 3])):
                        wp.session(p, _local(tz, local_day, p.start_hour * 60 + plant.uniform(0, 420)), p.month_end)
        for o in range(orgs):
            org = f"org{seed}-{o}"
            tz = log.zones[org]
            local_day = (START + timedelta(days=d)).astimezone(ZoneInfo(tz))
            if local_day.weekday() >= 5:
                continue
            members = [p for p in persons if p.org == org]
            # the well-served look-up subject every org asks a lot (noise in both twins)
            for _ in range(_poisson(rng, 4.0 * scale)):
                p = rng.choice(members)
                w.session(p, _local(tz, local_day, (p.start_hour + rng.random() * p.span_hours) * 60),
                          lookup_of[org], stype="general", unhelpful=0.05)
            if org in gap_of:
                for _ in range(_poisson(plant, 5.0 * scale)):
                    p = plant.choice(members)
                    wp.session(p, _local(tz, local_day, (p.start_hour + plant.random() * p.span_hours) * 60),
                               gap_of[org], stype="troubleshooting", slow=True, unhelpful=0.55)
            for s, k in form_of.get(org, []):
                for _ in range(_poisson(plant, 2.5 * scale)):
                    p = plant.choice(members)
                    wp.session(p, _local(tz, local_day, (p.start_hour + plant.random() * p.span_hours) * 60), s,
                               wording=k)
    for org, e in ents.items():
        for i, svc in enumerate(e["svc"]):
            log.alerts.append({
                "status": "resolved", "fingerprint": f"{org}-{i}",
                "labels": {"alertname": "HighLatency", "service": svc, "instance": e["host"][i % len(e["host"])],
                           "namespace": e["ns"][i % len(e["ns"])], "queue": e["queue"][i % len(e["queue"])],
                           "database": e["db"][i % len(e["db"])]},
                "startsAt": (START + timedelta(days=i)).isoformat(), "endsAt": (START + timedelta(days=i, hours=1)).isoformat(),
            })
    log.events.sort(key=lambda ev: ev["timestamp"])
    log.truth = truth
    return log


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method: small rates only (a person's questions in a day)."""
    import math

    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
