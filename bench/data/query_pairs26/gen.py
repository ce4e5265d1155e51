#!/usr/bin/env python3
"""Writer 26 generator: builds history.jsonl, pairs.jsonl, aliases.json, topology.json from hand-typed data
(company.py, history_data.py, pairs_data.py). Every label is re-derived from spec.md rules (engine.py) and
must be stable when the spec's numbers are nudged; any mismatch aborts without writing."""
import json, re, sys, os
from datetime import datetime, timedelta, date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine, company, history_data, pairs_data

DATASOURCES = {"prometheus", "loki", "alertmanager", "tempo", "kubernetes", "argocd", "incidents"}
GROUP_COUNTS = {"paraphrase": 70, "near": 70, "time": 50, "scope": 50}


def alias_regex(alias):
    return re.compile(r"(?<![A-Za-z0-9_-])" + re.escape(alias) + r"(?![A-Za-z0-9_-])", re.I)


def is_dst_day(d, tzname):
    a = engine.at_midnight(d, tzname)
    b = engine.at_midnight(d + timedelta(days=1), tzname)
    return (b - a) != 86400


def b_time(spec, ta, tzb):
    m = re.fullmatch(r"\+(\d+)([mh])", spec)
    if m:
        return ta + int(m.group(1)) * (60 if m.group(2) == "m" else 3600)
    return engine.parse_local(spec, tzb)


def build_pairs(errors):
    topo = company.topo_maps()
    out, meta = [], []
    groups_seen = []
    for i, row in enumerate(pairs_data.PAIRS, 1):
        (group, expect, av, aat, ttl, ar, asem, aq, bv, bat, br, bsem, bq, note) = row
        pid = "p26-%04d" % i
        tza, tzb = company.VOICES[av][0], company.VOICES[bv][0]
        br = ar if br == "=" else br
        bsem = asem if bsem == "=" else bsem
        try:
            ta = engine.parse_local(aat, tza)
            tb = b_time(bat, ta, tzb)
            if tb < ta:
                raise ValueError("b asked before a")
            ra = engine.resolve(ar, ta, tza)
            rb = engine.resolve(br, tb, tzb)
            sa, sb = engine.parse_sem(asem), engine.parse_sem(bsem)
            for s in (sa, sb):
                for k in ("svc",):
                    v = s[2].get(k)
                    if v and v.lstrip("!") not in topo["svc"]:
                        raise ValueError("unknown service " + v)
                for k, tab in (("host", topo["host"]), ("cluster", topo["cluster"])):
                    v = s[2].get(k)
                    if v and v.lstrip("!") not in tab:
                        raise ValueError("unknown %s %s" % (k, v))
            (nom, why), labels = engine.robust_label(sa, sb, ra, rb, ta, tb, ttl, ar, br, topo)
        except Exception as e:
            errors.append("%s: %s" % (pid, e))
            continue
        if len(labels) != 1:
            errors.append("%s: label sits on an edge, flips under nudged spec numbers: %s (%s)" % (pid, sorted(labels), note))
        if nom != expect:
            errors.append("%s: typed %s but spec gives %s by %s (%s) ranges a=%s b=%s" % (
                pid, expect, nom, why, note, fmt_r(ra, tza), fmt_r(rb, tzb)))
        dst = is_dst_day(datetime.fromtimestamp(ta, ZoneInfo(tza)).date(), tza) or \
              is_dst_day(datetime.fromtimestamp(tb, ZoneInfo(tzb)).date(), tzb)
        rec = {"id": pid, "group": group, "split": "dev26" if i % 2 else "test26", "expect": expect,
               "a": {"q": aq, "at": engine.iso(ta, tza), "tz": tza, "ttl": ttl},
               "b": {"q": bq, "at": engine.iso(tb, tzb), "tz": tzb},
               "note": note}
        out.append(rec)
        meta.append({"id": pid, "dst": dst, "rule": why, "cross": tza != tzb, "ta": ta, "tb": tb})
        groups_seen.append(group)
    # group order and counts
    order = [g for g in GROUP_COUNTS]
    idx = [order.index(g) for g in groups_seen]
    if idx != sorted(idx):
        errors.append("pairs not in group order")
    for g, n in GROUP_COUNTS.items():
        if groups_seen.count(g) != n:
            errors.append("group %s has %d pairs, want %d" % (g, groups_seen.count(g), n))
    return out, meta


def fmt_r(r, tz):
    return "[%s, %s] %.2fh" % (engine.iso(r[0], tz), engine.iso(r[1], tz), (r[1] - r[0]) / 3600)


def build_history(errors, first_pair_t):
    rows = []
    al = company.aliases()
    for at, voice, q, executed in history_data.HISTORY:
        tz = company.VOICES[voice][0]
        t = engine.parse_local(at, tz)
        rows.append((t, at, voice, tz, q, executed))
    rows.sort(key=lambda r: r[0])
    out = []
    for n, (t, at, voice, tz, q, executed) in enumerate(rows, 1):
        hid = "h26-%03d" % n
        if not (first_pair_t - 28 * 86400 <= t < first_pair_t):
            errors.append("%s: not in the 4 weeks before the first pair" % hid)
        if not executed or len(executed) > 2:
            errors.append("%s: executed must hold 1-2 queries" % hid)
        for ds, query in executed:
            if ds not in DATASOURCES:
                errors.append("%s: bad datasource %s" % (hid, ds))
            for a in [x for names in al.values() for x in names] + list(company.INFRA_SHORT):
                if alias_regex(a).search(query):
                    errors.append("%s: executed query names alias %r" % (hid, a))
        out.append({"id": hid, "at": engine.iso(t, tz), "tz": tz, "voice": voice, "question": q,
                    "executed": [{"datasource": ds, "query": qq} for ds, qq in executed]})
    if len(out) != 100:
        errors.append("history has %d rows, want 100" % len(out))
    return out


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def build():
    """Return ({filename: text}, meta, errors)."""
    errors = []
    pairs, meta = build_pairs(errors)
    first = min(min(m["ta"], m["tb"]) for m in meta) if meta else 0
    hist = build_history(errors, first)
    files = {
        "pairs.jsonl": jsonl(pairs),
        "history.jsonl": jsonl(hist),
        "aliases.json": json.dumps(company.aliases(), indent=2, ensure_ascii=False) + "\n",
        "topology.json": json.dumps({"alerts": company.topology_alerts()}, indent=1, ensure_ascii=False) + "\n",
    }
    return files, meta, errors


def stats(files, meta):
    from collections import Counter
    pairs = [json.loads(l) for l in files["pairs.jsonl"].splitlines()]
    c = Counter((p["group"], p["expect"]) for p in pairs)
    lines = []
    for g in GROUP_COUNTS:
        lines.append("%-10s hit=%d partial=%d miss=%d" % (g, c[(g, "hit")], c[(g, "partial")], c[(g, "miss")]))
    lines.append("labels: %s" % dict(Counter(p["expect"] for p in pairs)))
    lines.append("splits: %s" % dict(Counter((p["split"], p["expect"]) for p in pairs)))
    lines.append("dst pairs (asked on a DST change day in the asker's zone): %d -> %s" % (
        sum(m["dst"] for m in meta), ",".join(m["id"] for m in meta if m["dst"])))
    lines.append("cross-zone-noted: %d" % sum("cross-zone" in p["note"] for p in pairs))
    lines.append("rules: %s" % dict(Counter(m["rule"] for m in meta)))
    hist = [json.loads(l) for l in files["history.jsonl"].splitlines()]
    al = company.aliases()
    used = Counter()
    nick_q = 0
    nonick = 0
    canon_only = 0
    nonick_ids = []
    infra_used = Counter()
    for h in hist:
        found = [a for s, names in al.items() for a in names if alias_regex(a).search(h["question"])]
        canon = [s for s in al if alias_regex(s).search(h["question"])]
        infra = [x for x in company.INFRA_SHORT if alias_regex(x).search(h["question"])]
        if found:
            nick_q += 1
            used.update(a.lower() for a in found)
        if infra:
            infra_used.update(infra)
        if not (found or canon or infra):
            nonick += 1
            nonick_ids.append(h["id"])
        elif not found and canon:
            canon_only += 1
    lines.append("history: %d questions use a nickname/old name/description; %d are about things with no nickname" % (nick_q, nonick))
    lines.append("history nicknames used: %s" % dict(used))
    lines.append("history: %d name services by canonical id only; no-nickname rows: %s" % (canon_only, ",".join(nonick_ids)))
    lines.append("history cluster/region short forms used: %s" % dict(infra_used))
    lines.append("history voices: %s" % dict(Counter(h["voice"] for h in hist)))
    lines.append("history two-query rows: %d" % sum(len(h["executed"]) == 2 for h in hist))
    return "\n".join(lines)


def main():
    files, meta, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("gen.py: %d errors, nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    if "--stats" in sys.argv:
        print(stats(files, meta))
    print("gen.py: wrote %s" % ", ".join(files))


if __name__ == "__main__":
    main()
