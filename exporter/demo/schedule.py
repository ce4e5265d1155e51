"""When each session happens: people's working days, the planted habits, the recurring problems,
the pasted secrets and the weekly knowledge gap."""

from __future__ import annotations

import calendar
import random
from datetime import UTC, datetime

from exporter.demo.orgs import _midnight, _poisson, _weekday_hour
from exporter.demo.planted import _SECRETS, DAY, HOUR, PLANTED, WEEK
from exporter.demo.sessions import _OrgWriter, _Session


def _work_time(rng: random.Random, around: float, start: float, now: float) -> float | None:
    """A weekday, mid-day time near `around`, inside the window with room for a session to finish."""
    day = _midnight(around)
    for step in (0, -1, 1, -2, 2, -3, 3):
        d = day + step * DAY
        if _weekday_hour(d)[0] < 5:
            t = d + rng.uniform(10, 15.5) * HOUR
            if start + HOUR <= t <= now - 2 * HOUR:
                return t
    return None


def _month_ends(start: float, now: float, last_days: int) -> list[float]:
    """Midnights of the last `last_days` days of every month inside the window."""
    out = []
    d = _midnight(start) + DAY
    while d < now:
        dt = datetime.fromtimestamp(d, UTC)
        if dt.day > calendar.monthrange(dt.year, dt.month)[1] - last_days:
            out.append(d)
        d += DAY
    return out


#: The everyday questions and how often each is asked relative to the others.
_INTENTS = (
    "critical_alerts_24h",
    "top_noisy_week",
    "service_errors",
    "host_errors",
    "p99_latency",
    "error_rate",
    "disk_space",
    "slow_traces",
    "my_silences",
)
_WEIGHTS = (5, 3, 5, 3, 4, 2, 1.5, 1.5, 0.7)


def _schedule(w: _OrgWriter, weeks: int) -> None:
    """Every session of the org, in the order the seeded stream draws them (which fixes the output)."""
    _working_days(w)
    _habits(w, weeks)
    _troubleshooting(w, weeks)
    _pasted_secrets(w, weeks)


def _working_days(w: _OrgWriter) -> None:
    """Each person's questions and chats on each day, fewer at weekends."""
    rng, org, start, now = w.rng, w.org, w.start, w.now
    month_end = PLANTED["habits"]["month_end_disk"]
    day = _midnight(start)
    while day < now:
        wd, _ = _weekday_hour(day)
        for user in org.users:
            n = _poisson(rng, user.sessions_per_day * (1.0 if wd < 5 else 0.08))
            for _ in range(n):
                t = day + (user.start_hour + rng.uniform(0, 9)) * HOUR
                roll = rng.random()
                if roll < 0.72:
                    intent = rng.choices(_INTENTS, _WEIGHTS)[0]
                    if intent == "disk_space" and user.id == month_end["user"]:
                        intent = (
                            "error_rate"  # keeps the month-end habit the only source of their disk questions
                        )
                    w.query_session(user, t, intent)
                else:
                    w.chat_session(
                        user, t, "learning" if roll < 0.82 else "form_assistance" if roll < 0.9 else "general"
                    )
        day += DAY


def _habits(w: _OrgWriter, weeks: int) -> None:
    """The planted habits: Monday-morning alert questions, and disk questions at every month end."""
    rng, org, start, now = w.rng, w.org, w.start, w.now
    habit, month_end = PLANTED["habits"]["monday_alerts"], PLANTED["habits"]["month_end_disk"]
    if org.name == habit["org"]:
        user = w.users[habit["user"]]
        for k in range(weeks):
            if k in habit["absent_weeks_ago"]:
                continue
            week_start = now - (k + 1) * WEEK
            monday = _midnight(week_start) + ((habit["weekday"] - _weekday_hour(week_start)[0]) % 7) * DAY
            t = monday + habit["hour"] * HOUR + rng.gauss(0, 600)
            # both questions each Monday (weekend summary, then the criticals): one a week among a
            # busy person's ~25 questions on the same topic does not beat the habit detector's null
            for i, intent in enumerate(habit["intents"]):
                if start <= t + i * 240:
                    w.query_session(user, t + i * 240, intent, repeat=False)
    if org.name == month_end["org"]:
        user = w.users[month_end["user"]]
        for d in _month_ends(start, now, month_end["last_days_of_month"]):
            for _ in range(rng.randint(1, 2)):
                w.query_session(user, d + rng.uniform(10, 16) * HOUR, "disk_space", repeat=False)


def _troubleshooting(w: _OrgWriter, weeks: int) -> None:
    """Each planted problem, on the hosts and in the weeks it recurs; the second time with a detour."""
    rng, org, start, now = w.rng, w.org, w.start, w.now
    for problem, spec in PLANTED["troubleshooting"].items():
        if spec["org"] != org.name:
            continue
        if spec["occurrences"] == "month_end":
            ends = _month_ends(start, now, 1)
            occurrences = [
                (spec["hosts"][i % len(spec["hosts"])], "prod", d - DAY) for i, d in enumerate(ends)
            ]
        else:
            occurrences = [
                (h, e, now - k * WEEK - rng.uniform(2, 5) * DAY)
                for h, e, k in spec["occurrences"]
                if k < weeks
            ]
        for i, (host, env, around) in enumerate(occurrences):
            t = _work_time(rng, around, start, now)
            if t is not None:
                w.troubleshoot(problem, host, env, t, w.users[rng.choice(org.ops)], detour=i == 1)


def _pasted_secrets(w: _OrgWriter, weeks: int) -> None:
    """Secrets and a person's details pasted into questions, spread over the window."""
    rng, org, start, now = w.rng, w.org, w.start, w.now
    if org.name == "acme":
        ask = w.users["u-acme-07"]
        pasted = [
            (
                f"alert emails to {_SECRETS['email']} bounce since yesterday, can you check the contact point?",
                "The contact point's SMTP relay rejects the address; check the recipient list in Alerting > Contact points.",
            ),
            (
                f"is {_SECRETS['ip']} still the orders-db primary?",
                "Yes: pg_replication_is_primary reports orders-db-0 as primary.",
            ),
            (
                f"why does curl -H 'Authorization: Bearer {_SECRETS['bearer_jwt']}' https://grafana.acme.example/api/dashboards/uid/chk-ovw return 403?",
                "That token's role is Viewer on a folder it cannot see; ask for folder access instead of a new token.",
            ),
        ]
    else:
        ask = w.users["u-globex-04"]
        pasted = [
            (
                f"curl -H 'Authorization: Bearer {_SECRETS['grafana_token']}' https://grafana.globex.example/api/search says 401, why?",
                "The service-account token was revoked; create a new one and keep it out of chats.",
            )
        ]
    for i, (text, answer) in enumerate(pasted):
        t = _work_time(rng, now - (i + 1) * (weeks * WEEK) / (len(pasted) + 1), start, now)
        if t is not None:
            w.secret_session(ask, t, text, answer)


def _knowledge_gap_sessions(writer: _OrgWriter, rng: random.Random, weeks: int) -> None:
    """The planted knowledge gap: the same unanswerable question every week, slow and mostly unhelpful answers."""
    spec = PLANTED["knowledge_gap"]
    if writer.org.name != spec["org"]:
        return
    low, high = spec["answer_seconds"]
    for week in range(weeks):
        for _ in range(spec["per_week"]):
            day = writer.start + week * WEEK + rng.randrange(5) * DAY
            t = _midnight(day) + (8 + writer.org.peak_shift) * HOUR + rng.uniform(0, 8 * HOUR)
            if not writer.start <= t <= writer.now - HOUR:
                continue
            user = rng.choice(writer.org.users)
            s = _Session(user.id, "general", t)
            question = rng.choice(spec["questions"])
            s.add("user_query", question)
            model = user.model or "gpt-4o"
            s.add("llm_request", f"question: {question}", 1.0, model=model, data_sources=["loki"])
            took = round(rng.uniform(low, high), 3)
            answer = s.add(
                "llm_response", spec["answer"], took, model=model, data_sources=["loki"],
                execution_time_seconds=took, success=True,
            )
            bad = rng.random() < spec["not_helpful_share"]
            s.add(
                "feedback", "didn't help" if bad else "", rng.uniform(20, 120),
                rating="not_helpful" if bad else "partially_helpful", target="answer", _target=answer,
            )
            writer.sessions.append(s)
