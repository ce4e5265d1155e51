"""The AI helper's sessions for one org: questions with answers the alert history agrees with,
chats, pasted secrets and troubleshooting sessions, as the audit events and query summaries it sends."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from exporter.demo.alerts import _AlertIndex
from exporter.demo.orgs import _iso, _midnight, _Org, _pick, _User, _weekday_hour
from exporter.demo.planted import DAY, HOUR, PLANTED
from exporter.demo.playbooks import _playbook


@dataclass
class _Session:
    user: str
    type: str
    t: float
    events: list[dict] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)

    def add(self, kind: str, text: str = "", dt: float = 0.0, **fields) -> dict:
        self.t += dt
        ev = {
            "_t": self.t,
            "user": self.user,
            "session_type": self.type,
            "kind": kind,
            "text": text,
            **fields,
        }
        self.events.append(ev)
        return ev


@dataclass
class _Answer:
    summary: str
    headline: float | None
    insights: list[str]
    sources: list[str]
    relative: str | None
    range_start: float
    range_end: float
    success: bool = True
    personal: bool = False


_LATENCY = {
    "checkout-api": 0.42,
    "payments-api": 0.31,
    "api-gateway": 0.18,
    "orders-service": 0.25,
    "search-indexer": 0.9,
    "orders-db": 0.05,
    "shop-web": 0.6,
    "inventory-api": 0.22,
    "redis-cache": 0.004,
    "pg-main": 0.03,
}
_ERROR_MSGS = (
    "upstream request timeout",
    "connection reset by peer",
    "context deadline exceeded",
    "NullPointerException in OrderMapper",
    "too many open files",
)


#: Which method of `_OrgWriter` answers each kind of question.
_ANSWERS = {
    "critical_alerts_24h": "_answer_critical_alerts_24h",
    "weekend_alerts": "_answer_weekend_alerts",
    "top_noisy_week": "_answer_top_noisy_week",
    "service_errors": "_answer_errors",
    "host_errors": "_answer_errors",
    "p99_latency": "_answer_p99_latency",
    "error_rate": "_answer_error_rate",
    "disk_space": "_answer_disk_space",
    "slow_traces": "_answer_slow_traces",
    "my_silences": "_answer_my_silences",
}


#: Questions people ask to learn the tools, with the answer the helper gives.
_LEARNING_QA = (
    (
        "what does rate() do in PromQL",
        "rate() gives the per-second average increase of a counter over the range.",
    ),
    (
        "explain histogram_quantile",
        "It estimates a quantile from cumulative histogram buckets, per label set.",
    ),
    (
        "difference between irate and rate",
        "irate uses the last two samples only; rate averages the whole range.",
    ),
    (
        "how do recording rules work",
        "Prometheus evaluates them on a schedule and stores the result as a new series.",
    ),
    (
        "how does the logfmt parser work in LogQL",
        "| logfmt turns key=value pairs into labels you can filter on.",
    ),
)


def _form_qa(svc: str) -> tuple[tuple[str, str], ...]:
    """Help filling in a form (a new alert rule) about one of the person's services, and the answers."""
    return (
        (
            f"help me write an alert for 5xx rate above 5% on {svc}",
            f'sum(rate(http_requests_total{{service="{svc}",code=~"5.."}}[5m])) / sum(rate(http_requests_total{{service="{svc}"}}[5m])) > 0.05, for: 10m',
        ),
        (
            f"what threshold should I use for HighLatency on {svc}",
            "p99 above 0.5s for 10m matches your SLO; 0.3s would page daily.",
        ),
        (
            "fill in the summary annotation for this rule",
            "summary: '{{ $labels.service }} p99 latency above 500ms'",
        ),
        (
            "help me write an alert for disk usage above 90% on logs hosts",
            'node_filesystem_avail_bytes{service="logs",mountpoint="/"} / node_filesystem_size_bytes < 0.1, for: 15m',
        ),
    )


def _general_qa(svc: str) -> tuple[tuple[str, str], ...]:
    """General questions (silences, on-call, an empty panel) and the answers."""
    return (
        (
            "how do I silence an alert in alertmanager",
            "Open Alerting > Silences, match on alertname and service, set an end time.",
        ),
        (
            f"who is on call for {svc}?",
            f"The {svc} rotation in the on-call schedule; the dashboard header links to it.",
        ),
        (
            "why is this panel empty",
            "The panel's query filters on a label that no series has in this time range.",
        ),
    )


class _OrgWriter:
    def __init__(self, org: _Org, rng: random.Random, start: float, now: float, index: _AlertIndex):
        self.org, self.rng, self.start, self.now, self.index = org, rng, start, now, index
        self.sessions: list[_Session] = []
        self.users = {u.id: u for u in org.users}

    # -- answers ------------------------------------------------------------------------------------

    def _alert_summary(self, t0: float, t1: float, critical_only: bool) -> tuple[int, Counter, Counter]:
        hits = [
            a for a in self.index.between(t0, t1) if not critical_only or a.labels["severity"] == "critical"
        ]
        return len(hits), Counter(a.labels["service"] for a in hits), Counter(a.group for a in hits)

    def answer(self, intent: str, t: float, p: dict) -> _Answer:
        # whole seconds, so quoted ranges match the ISO strings exactly
        return getattr(self, _ANSWERS[intent])(float(math.floor(t)), p)

    def _answer_critical_alerts_24h(self, t: float, p: dict) -> _Answer:
        n, svc, grp = self._alert_summary(t - DAY, t, True)
        prev, _, _ = self._alert_summary(t - 2 * DAY, t - DAY, True)
        top = svc.most_common(1)
        summary = f"{n} critical alerts, {top[0][1]} from {top[0][0]}" if top else "no critical alerts"
        insights = [f"previous 24 hours: {prev}"] + [
            f"{a} on {s}: {c}" for (a, s), c in grp.most_common(2)
        ]
        return _Answer(summary, float(n), insights, ["prometheus"], "last 24 hours", t - DAY, t)

    def _answer_weekend_alerts(self, t: float, p: dict) -> _Answer:
        wd, _ = _weekday_hour(t)
        since = _midnight(t) - ((wd - 4) % 7) * DAY + 18 * HOUR
        n, _, grp = self._alert_summary(since, t, False)
        crit, _, _ = self._alert_summary(since, t, True)
        top = grp.most_common(1)
        summary = f"{n} alerts since Friday 18:00, {crit} critical" + (
            f"; noisiest {top[0][0][0]} on {top[0][0][1]} ({top[0][1]})" if top else ""
        )
        return _Answer(
            summary,
            float(n),
            [f"{a} on {s}: {c}" for (a, s), c in grp.most_common(3)],
            ["prometheus"],
            "since Friday 18:00",
            since,
            t,
        )

    def _answer_top_noisy_week(self, t: float, p: dict) -> _Answer:
        wd, _ = _weekday_hour(t)
        since = _midnight(t) - wd * DAY
        n, _, grp = self._alert_summary(since, t, False)
        top = grp.most_common(3)
        if not top:
            return _Answer("no alerts so far this week", 0.0, [], ["prometheus"], "this week", since, t)
        summary = f"{top[0][0][0]} on {top[0][0][1]} fired {top[0][1]} times of {n} alerts this week"
        return _Answer(
            summary,
            float(top[0][1]),
            [f"{a} on {s}: {c}" for (a, s), c in top],
            ["prometheus"],
            "this week",
            since,
            t,
        )

    def _answer_errors(self, t: float, p: dict) -> _Answer:
        rng = self.rng
        span = p.get("hours", 1)
        who = p.get("service") or p.get("host")
        n = int(rng.lognormvariate(math.log(60 * span), 0.8))
        msg = rng.choice(_ERROR_MSGS)
        rel = "last hour" if span == 1 else f"last {span} hours"
        return _Answer(
            f"{n} error lines from {who}, mostly '{msg}' ({int(n * rng.uniform(0.4, 0.8))})",
            float(n),
            [
                f"peak at {_iso(t - rng.uniform(0, span * HOUR))[11:16]} UTC",
                f"{rng.randint(1, 4)} pods affected",
            ],
            ["loki"],
            rel,
            t - span * HOUR,
            t,
        )

    def _answer_p99_latency(self, t: float, p: dict) -> _Answer:
        rng = self.rng
        s = p["service"]
        shift = PLANTED["level_shift"]
        value = _LATENCY.get(s, 0.3) * rng.lognormvariate(0, 0.12)
        deployed = self.now - shift["starts_before_now"].total_seconds()
        if self.org.name == shift["org"] and s == shift["group"]["service"] and t >= deployed:
            value *= shift["factor"]
        insights = [
            f"SLO is 0.5s: {'breached' if value > 0.5 else 'within budget'}",
            f"p50 {value / rng.uniform(3, 6):.2f}s",
        ]
        return _Answer(
            f"p99 latency of {s} today: {value:.2f}s",
            round(value, 3),
            insights,
            ["prometheus"],
            "today",
            _midnight(t),
            t,
        )

    def _answer_error_rate(self, t: float, p: dict) -> _Answer:
        rng = self.rng
        value = rng.lognormvariate(math.log(0.008), 0.7)
        return _Answer(
            f"{p['service']} 5xx rate over 6h: {value:.2%}, peak {value * rng.uniform(1.5, 4):.2%}",
            round(value, 5),
            ["mostly 502 from the upstream"],
            ["prometheus"],
            "last 6 hours",
            t - 6 * HOUR,
            t,
        )

    def _answer_disk_space(self, t: float, p: dict) -> _Answer:
        rng = self.rng
        month_end = datetime.fromtimestamp(t, UTC).day > 25
        top = rng.uniform(0.88, 0.97) if month_end else rng.uniform(0.72, 0.9)
        host = p.get("host", "logs-01")
        summary = (
            f"{host} root filesystem is {top:.0%} used"
            if "host" in p
            else f"{1 + month_end * 2} volumes above 85%, highest {host}:/ at {top:.0%}"
        )
        return _Answer(
            summary,
            round(top * 100, 1),
            ["/var/log/app grows ~4G a day at month end" if month_end else "growth is flat this week"],
            ["prometheus"],
            None,
            t - HOUR,
            t,
        )

    def _answer_slow_traces(self, t: float, p: dict) -> _Answer:
        rng = self.rng
        value = rng.uniform(1.5, 9)
        return _Answer(
            f"slowest {p['service']} trace took {value:.1f}s (span 'db.query' {value * 0.7:.1f}s)",
            round(value, 2),
            ["3 of the 5 slowest wait on orders-db"],
            ["tempo"],
            "last 30 minutes",
            t - 1800,
            t,
        )

    def _answer_my_silences(self, t: float, p: dict) -> _Answer:
        rng = self.rng
        n = rng.randint(0, 3)
        return _Answer(
            f"{n} of your silences expire today",
            float(n),
            [],
            ["grafana"],
            "today",
            _midnight(t),
            t,
            personal=True,
        )

    # -- session kinds -------------------------------------------------------------------------------

    def _model(self, user: _User) -> str:
        return user.model or _pick(self.rng, self.org.models)

    def _llm(
        self, s: _Session, model: str, prompt: str, answer: str, sources: list[str], dt: float = 1.0
    ) -> dict:
        base = {"gpt-4o": 2.4, "claude-sonnet": 3.0, "llama3-70b": 4.4}[model]
        took = round(base * self.rng.lognormvariate(0, 0.35), 3)
        ok = self.rng.random() > 0.02
        s.add("llm_request", prompt, dt, model=model, data_sources=sources)
        return s.add(
            "llm_response",
            answer if ok else "the model timed out; please retry",
            took,
            model=model,
            data_sources=sources,
            execution_time_seconds=took,
            success=ok,
        )

    def _feedback(self, s: _Session, target: dict, bias: float = 0.0, short_pref: bool = False) -> None:
        roll = self.rng.random() + bias
        long_answer = len(target["text"]) > 140
        if short_pref and long_answer:
            rating, text = "not_helpful", "too long"
        elif roll < 0.7:
            rating, text = "helpful", self.rng.choice(("", "", "thanks", "spot on", "exactly what I needed"))
        elif roll < 0.88:
            rating, text = (
                "partially_helpful",
                self.rng.choice(("", "close, but wrong time range", "missing the top service")),
            )
        else:
            rating, text = "not_helpful", self.rng.choice(("", "wrong service", "numbers look off"))
        s.add("feedback", text, self.rng.uniform(20, 240), rating=rating, target="answer", _target=target)

    def _page(self, s: _Session, dt: float = 0.0, env: str | None = None, host: str | None = None) -> None:
        uid, slug, title = self.rng.choice(self.org.dashboards)
        if host:
            uid, slug, title = "node-full", "node-exporter-full", "Node Exporter Full"
        url = f"https://grafana.{self.org.name}.example/d/{uid}/{slug}?orgId=1&from=now-6h&to=now"
        if host:
            url += f"&var-instance={host}&var-env={env}"
        page = {"url": url, "title": title + (f" ({env})" if env else ""), "dashboard_uid": uid}
        s.add("page_context", f"Viewing {page['title']}", dt, page=page)

    def _question(self, intent: str, user: _User, phrasing: int | None = None, params: dict | None = None):
        rng = self.rng
        options = PLANTED["questions"][intent]
        if phrasing is None:
            phrasing = 0 if rng.random() < 0.5 else rng.randrange(len(options))
        if params is None:
            params = {}
            if "{service}" in " ".join(options):
                params["service"] = (
                    rng.choice(user.services) if rng.random() < 0.7 else rng.choice(self.org.services)
                )
            if "{host}" in " ".join(options):
                params["host"] = rng.choice(self.org.hosts)
        text = options[phrasing].format(**params)
        used = {k: v for k, v in params.items() if "{" + k + "}" in options[phrasing]}
        if intent == "host_errors":
            used["hours"] = 2 if "2 hours" in text else 1
        return text, phrasing, params, used

    def query_session(
        self,
        user: _User,
        t: float,
        intent: str,
        phrasing: int | None = None,
        params: dict | None = None,
        repeat: bool = True,
    ) -> None:
        rng = self.rng
        s = _Session(user.id, "general", t)
        if rng.random() < 0.35:
            self._page(s)
        text, phrasing, params, used = self._question(intent, user, phrasing, params)
        if user.short and rng.random() < 0.6:
            text += " " + PLANTED["preferences"][user.id]["marker"]
        s.add("user_query", text, rng.uniform(2, 20) if s.events else 0.0)
        ans = self.answer(intent, s.t + 1, used)
        took = round(rng.lognormvariate(math.log(0.6), 0.6), 3)
        ok = ans.success and rng.random() > 0.03
        q = {
            "user": user.id,
            "query_text": text,
            "relative_expression": ans.relative,
            "range_start": _iso(ans.range_start),
            "range_end": _iso(ans.range_end),
            "result_summary": ans.summary if ok else "query timed out after 30s",
            "headline_value": ans.headline if ok else None,
            "key_insights": ans.insights if ok else [],
            "data_sources": ans.sources,
            "execution_time_seconds": took,
            "success": ok,
            "executed_at": _iso(s.t + 1 + took),
            "personal": ans.personal,
            "_t": s.t + 1 + took,
        }
        s.queries.append(q)
        model = self._model(user)
        style = "short" if user.short else "normal"
        prompt = f"question: {text} | result: {q['result_summary']} | style: {style}"
        if ok:
            reply = ans.summary + "."
            if not user.short and ans.insights:
                reply += " Details: " + "; ".join(ans.insights) + ". Want me to open the matching dashboard?"
        else:
            reply = "The query timed out; try a shorter range."
        resp = self._llm(s, model, prompt, reply, ans.sources, dt=1 + took)
        if rng.random() < user.follow_up:
            ask = rng.choice(("explain more", "can you explain more?", "explain more - why is that?"))
            s.add("user_query", ask, rng.uniform(15, 90))
            resp = self._llm(
                s,
                model,
                f"follow-up: {ask} | previous answer: {reply[:80]}",
                f"{ans.summary}. The main driver is "
                f"{rng.choice(ans.insights) if ans.insights else 'steady background noise'}; "
                "compare with the same hour last week to see whether it is unusual.",
                ans.sources,
            )
        if rng.random() < (0.7 if user.short else 0.35):
            self._feedback(s, resp, short_pref=user.short)
        self.sessions.append(s)
        if repeat and rng.random() < 0.25:
            who = user if rng.random() < 0.3 else rng.choice(self.org.users)
            if intent == "disk_space" and who.id == PLANTED["habits"]["month_end_disk"]["user"]:
                who = user  # their disk questions come from the month-end habit only
            same = rng.random() < 0.6
            self.query_session(
                who, t + rng.uniform(300, 3 * HOUR), intent, phrasing if same else None, params, repeat=False
            )

    def chat_session(self, user: _User, t: float, kind: str) -> None:
        rng = self.rng
        svc = rng.choice(user.services)
        if kind == "learning":
            q, a = rng.choice(_LEARNING_QA)
            s, sources = _Session(user.id, "learning", t), ["prometheus"]
        elif kind == "form_assistance":
            q, a = rng.choice(_form_qa(svc))
            s, sources = _Session(user.id, "form_assistance", t), ["grafana", "prometheus"]
            page = {
                "url": f"https://grafana.{self.org.name}.example/alerting/new/alerting",
                "title": "New alert rule",
            }
            s.add("page_context", "Editing a new alert rule", 0.0, page=page)
        else:
            q, a = rng.choice(_general_qa(svc))
            s, sources = _Session(user.id, "general", t), ["grafana"]
            if rng.random() < 0.6:
                self._page(s)
        s.add("user_query", q, rng.uniform(3, 30) if s.events else 0.0)
        model = self._model(user)
        resp = self._llm(
            s, model, f"question: {q} | style: {'short' if user.short else 'normal'}", a, sources
        )
        if rng.random() < user.follow_up:
            s.add("user_query", "explain more", rng.uniform(15, 90))
            resp = self._llm(
                s,
                model,
                f"follow-up: explain more | previous answer: {a[:80]}",
                a + " In practice, start from the dashboard and change one thing at a time.",
                sources,
            )
        if rng.random() < 0.3:
            self._feedback(s, resp, short_pref=user.short)
        self.sessions.append(s)

    def secret_session(self, user: _User, t: float, text: str, answer: str) -> None:
        """Someone pastes a secret or a person's details into a question, as happens in real chats."""
        s = _Session(user.id, "general", t)
        s.add("user_query", text)
        self._llm(s, self._model(user), f"question: {text}", answer, ["grafana"])
        self.sessions.append(s)

    def troubleshoot(self, problem: str, host: str, env: str, t: float, user: _User, detour: bool) -> None:
        rng = self.rng
        pb = _playbook(problem, host, env, rng)
        s = _Session(user.id, "troubleshooting", t)
        self._page(s, env=env, host=host if problem in ("high_cpu", "disk_full", "php_cpu") else None)
        s.add("user_query", rng.choice(pb["problem"]) + f" ({env})", rng.uniform(5, 40))
        model = self._model(user)
        self._llm(
            s,
            model,
            f"troubleshooting: {pb['problem'][0]} | env: {env}",
            pb["opening"],
            ["prometheus", "loki"],
        )
        diagnose = [(step, "diagnose") for step in pb["diagnose"]]
        if detour and pb.get("detour"):
            diagnose.insert(1, (pb["detour"], "detour"))  # a guess that does not help, as real sessions have
        steps = diagnose + [(step, "fix") for step in pb["fix"]]
        for i, ((cmd, out, ok, why), stage) in enumerate(steps):
            s.add("action", f"{why}: `{cmd}`", rng.uniform(10, 60), command=cmd)
            took = round(rng.uniform(0.05, 3.0), 3)
            s.add(
                "execution_result",
                out,
                took + rng.uniform(1, 20),
                command=cmd,
                success=ok,
                execution_time_seconds=took,
            )
            if stage == "detour":
                s.add(
                    "user_query",
                    rng.choice(("no change, still the same", "didn't help")),
                    rng.uniform(60, 240),
                )
                self._llm(
                    s, model, "user reports no change", "Then it is not that; let's keep looking.", ["loki"]
                )
            elif i == len(diagnose) - 1:
                self._llm(
                    s,
                    model,
                    f"interpret output of `{cmd}`",
                    f"That points at {pb['hint']}. Suggested fix: `{pb['fix'][0][0]}`.",
                    ["loki"],
                    dt=2,
                )
            elif rng.random() < 0.4:
                reply = (
                    "Nothing conclusive yet; one more check."
                    if stage == "diagnose"
                    else "Looks good; see if the symptom clears."
                )
                self._llm(s, model, f"interpret output of `{cmd}`", reply, ["loki"], dt=2)
        s.add("user_query", rng.choice(pb["confirm"]), rng.uniform(60, 600))
        resp = self._llm(
            s,
            model,
            "user confirms the fix",
            f"Great. Root cause: {pb['hint']}. I saved this as a known fix.",
            ["loki"],
        )
        self._feedback(s, resp, bias=0.1 if detour else -0.3)
        self.sessions.append(s)
