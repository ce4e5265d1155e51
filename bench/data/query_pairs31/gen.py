#!/usr/bin/env python3
"""Writer 31 generator: builds history.jsonl, pairs.jsonl, aliases.json, topology.json from hand-typed data.
Every question, time, TTL, semantic tag and expected label is typed by hand (hist_data.py, pairs_data.py);
this script resolves both ranges in the asker's zone, re-derives every label from spec.md's rules
(engine.py), and refuses to write if any label disagrees or flips under the spec's nudges."""
import json
import re
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from engine import (ALIASES, SERVICES, CLUSTERS, UTC, parse_sem, relation, resolve, robust_label, local_dt)
from hist_data import H
from pairs_data import PARA, NEAR, TIME, SCOPE

VOICES = {
    # key: (letter, IANA zone, style)
    "tarek": ("T", "Africa/Tunis", "terse shorthand"),
    "dilnoza": ("D", "Asia/Tashkent", "non-native English"),
    "margaret": ("M", "Australia/Victoria", "very polite"),
    "conrad": ("C", "Canada/Atlantic", "manager prose"),
    "keanu": ("K", "Australia/LHI", "pastes PromQL/LogQL/TraceQL"),
    "ines": ("I", "Europe/Malta", "formal with ISO/UTC timestamps"),
    "diego": ("G", "America/Guatemala", "typos and chat slang"),
    "wing": ("W", "Asia/Hong_Kong", "lowercase one-liners"),
}
BY_LETTER = {v[0]: k for k, v in VOICES.items()}
GROUPS = [("paraphrase", PARA, 70), ("near", NEAR, 70), ("time", TIME, 50), ("scope", SCOPE, 50)]


def parse_local(s, tz):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return local_dt(d, d.hour, d.minute, tz)


def rel_time(s, base, tz):
    m = re.fullmatch(r"\+(\d+)([mhd])", s)
    if m:
        n = int(m.group(1)) * {"m": 60, "h": 3600, "d": 86400}[m.group(2)]
        return (base.astimezone(UTC) + timedelta(seconds=n)).astimezone(tz)
    return parse_local(s, tz)


def iso(dt):
    return dt.isoformat()


def build_pairs(strict=True):
    out, errors, meta = [], [], []
    n = 0
    for group, rows, want in GROUPS:
        if len(rows) != want:
            errors.append("%s has %d rows, want %d" % (group, len(rows), want))
        for r in rows:
            n += 1
            pid = "p31-%04d" % n
            exp, va, ata, ttl, qa, wa, sa, vb, atb, qb, wb, sb, note = r
            try:
                tza = ZoneInfo(VOICES[BY_LETTER[va]][1])
                tzb = ZoneInfo(VOICES[BY_LETTER[vb]][1])
                ta = parse_local(ata, tza)
                tb = rel_time(atb, ta, tzb)
                for q, w in ((qa, wa), (qb, wb)):
                    if w.lower() not in q.lower():
                        raise ValueError("time phrase %r not in question %r" % (w, q))
                semA = parse_sem(sa)
                semB = semA if sb == "=" else parse_sem(sb)
                rel = relation(semA, semB)
                ra = resolve(wa, ta)
                rb = resolve(wb, tb)
                age = tb.timestamp() - ta.timestamp()
                if age < 0:
                    raise ValueError("b asked before a")
                base, labels = robust_label(rel, ra, rb, age, ttl)
                if base != exp:
                    raise ValueError("label %s but spec gives %s (rel=%s, ra=%s, rb=%s)" % (exp, base, rel, ra, rb))
                if len(labels) != 1:
                    raise ValueError("label flips under nudges: %s" % sorted(labels))
                explicit = lambda w: "utc" in w.lower() or re.search(r"\dz", w.lower())
                crosszone = tza.key != tzb.key and any(r[2] == "abs" and not explicit(w) for r, w in ((ra, wa), (rb, wb)))
                if crosszone and "cross-zone" not in note:
                    raise ValueError("zones differ on local ranges but note lacks cross-zone")
                # name check: any service nickname used must be for the tagged service
                for q, sem in ((qa, semA), (qb, semB)):
                    for svc, al in ALIASES.items():
                        for a in al:
                            if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(a), q.lower()):
                                if sem[2].get("svc", "").lstrip("!") != svc and not any(
                                        sem[2].get(k) for k in ("team", "ns")):
                                    raise ValueError("nickname %r in %r but sem has no svc %s" % (a, q, svc))
            except Exception as e:  # noqa
                errors.append("%s [%s] %s | %s" % (pid, group, e, qa[:50]))
                continue
            out.append({
                "id": pid, "group": group, "split": "dev31" if n % 2 else "test31", "expect": exp,
                "a": {"q": qa, "at": iso(ta), "tz": tza.key, "ttl": ttl},
                "b": {"q": qb, "at": iso(tb), "tz": tzb.key},
                "note": note,
            })
            meta.append({"id": pid, "group": group, "dst": is_dst_day(ta) or is_dst_day(tb),
                         "cross": "cross-zone" in note})
    return out, errors, meta


def is_dst_day(t):
    tz = t.tzinfo
    d = t.date()
    a = datetime(d.year, d.month, d.day, tzinfo=tz).utcoffset()
    b = datetime(d.year, d.month, d.day, 23, 59, tzinfo=tz).utcoffset()
    return a != b


def build_history():
    out, errors = [], []
    rows = []
    for at, voice, q, ex in H:
        tz = ZoneInfo(VOICES[voice][1])
        t = parse_local(at, tz)
        rows.append((t.timestamp(), t, tz, voice, q, ex))
    rows.sort(key=lambda x: x[0])
    for i, (_, t, tz, voice, q, ex) in enumerate(rows, 1):
        out.append({"id": "h31-%03d" % i, "at": iso(t), "tz": tz.key, "voice": voice, "question": q,
                    "executed": [{"datasource": d, "query": qq} for d, qq in ex]})
    return out, errors


def topology():
    alerts = []
    for svc, (team, ns, _) in SERVICES.items():
        for cl, (region, env, hosts) in CLUSTERS.items():
            for h in hosts[:1]:
                alerts.append({"service": svc, "team": team, "namespace": ns, "cluster": cl, "region": region,
                               "env": env, "instance": h})
    for cl, (region, env, hosts) in CLUSTERS.items():
        for h in hosts:
            alerts.append({"alertname": "NodeDiskLatencyHigh", "severity": "warning", "instance": h, "cluster": cl,
                           "region": region, "env": env})
    return {"alerts": alerts}


def dumps_lines(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def build_all():
    pairs, perr, meta = build_pairs()
    hist, herr = build_history()
    errs = perr + herr
    first_pair = min(datetime.fromisoformat(p["a"]["at"]).astimezone(UTC) for p in pairs) if pairs else None
    for h in hist:
        if first_pair and datetime.fromisoformat(h["at"]).astimezone(UTC) >= first_pair:
            errs.append("history %s not before first pair" % h["id"])
        for e in h["executed"]:
            for svc, al in ALIASES.items():
                for a in al:
                    if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(a), e["query"].lower()):
                        errs.append("history %s executed names alias %r" % (h["id"], a))
    files = {
        "pairs.jsonl": dumps_lines(pairs),
        "history.jsonl": dumps_lines(hist),
        "aliases.json": json.dumps(ALIASES, indent=2, ensure_ascii=False) + "\n",
        "topology.json": json.dumps(topology(), indent=1, ensure_ascii=False) + "\n",
    }
    return files, errs, meta


if __name__ == "__main__":
    import os
    files, errs, meta = build_all()
    if errs:
        for e in errs:
            print("REFUSE:", e)
        print("%d problems; nothing written" % len(errs))
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    for name, text in files.items():
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote", ", ".join(files), "| DST pairs:", sum(m["dst"] for m in meta), "| cross-zone:", sum(m["cross"] for m in meta))
