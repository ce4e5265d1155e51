#!/usr/bin/env python3
"""Writer 25 generator: builds history.jsonl, pairs.jsonl, aliases.json, topology.json from hand-typed data.
Re-derives every pair label from spec.md's rules (engine.decide) and refuses to write on any mismatch or on a
label that flips when the spec's numbers are nudged. Python 3 standard library only."""
import json, os, re, sys
from datetime import timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine as E
from history_data import H
from pairs_data import P

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = [("paraphrase", 70), ("near", 70), ("time", 50), ("scope", 50)]


def build_history():
    out = []
    for voice, local, q, ex in H:
        zone = E.VOICES[voice][0]
        t = E.parse_local(zone, local)
        out.append((t, {"at": t.isoformat(timespec="seconds"), "tz": zone, "voice": voice, "question": q,
                        "executed": [{"datasource": d, "query": x} for d, x in ex]}))
    out.sort(key=lambda r: r[0])
    rows = []
    for i, (_, r) in enumerate(out, 1):
        rows.append(dict([("id", "h25-%03d" % i)] + list(r.items())))
    return rows


def b_time(ta, bv, bat):
    m = re.fullmatch(r"\+(\d+)m", bat)
    if m:
        return (ta.astimezone(E.UTC) + timedelta(minutes=int(m.group(1)))).astimezone(E.ZoneInfo(E.VOICES[bv][0]))
    return E.parse_local(E.VOICES[bv][0], bat)


def build_pairs():
    errors, rows = [], []
    order = [g for g, _ in GROUPS]
    items = sorted(enumerate(P), key=lambda x: (order.index(x[1][0]), x[0]))
    for n, (_, p) in enumerate(items, 1):
        g, exp, av, aat, ttl, aq, asem, arng, bv, bat, bq, bsem, brng, note = p
        za, zb = E.VOICES[av][0], E.VOICES[bv][0]
        try:
            ta = E.parse_local(za, aat)
            tb = b_time(ta, bv, bat)
            bsem2 = asem if bsem == "=" else bsem
            brng2 = arng if brng == "=" else brng
            label, why = E.decide_robust(asem, arng, ta, za, ttl, bsem2, brng2, tb, zb)
        except Exception as e:  # noqa
            errors.append("p25-%04d %s: %s" % (n, aq[:50], e)); continue
        if label != exp:
            errors.append("p25-%04d typed %s but the rules give %s (%s): %s | %s" % (n, exp, label, why, aq[:60], bq[:60]))
        rows.append({"id": "p25-%04d" % n, "group": g, "split": "dev25" if n % 2 else "test25", "expect": exp,
                     "a": {"q": aq, "at": ta.isoformat(timespec="seconds"), "tz": za, "ttl": ttl},
                     "b": {"q": bq, "at": tb.isoformat(timespec="seconds"), "tz": zb}, "note": note})
    for g, c in GROUPS:
        k = sum(1 for r in rows if r["group"] == g)
        if k != c:
            errors.append("group %s has %d pairs, want %d" % (g, k, c))
    return rows, errors


def dumps_lines(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def build_all():
    hist = build_history()
    pairs, errors = build_pairs()
    if len(hist) != 100:
        errors.append("history has %d rows" % len(hist))
    rx = E.alias_regex()
    for h in hist:
        for x in h["executed"]:
            m = rx.search(E.mask_canonical(x["query"]))
            if m:
                errors.append("%s executed query names alias %r" % (h["id"], m.group(0)))
    return {"history.jsonl": dumps_lines(hist), "pairs.jsonl": dumps_lines(pairs),
            "aliases.json": json.dumps(E.ALIASES, indent=2) + "\n",
            "topology.json": json.dumps(E.topology(), indent=1) + "\n"}, errors, hist, pairs


def main():
    files, errors, hist, pairs = build_all()
    if errors:
        print("\n".join(errors)); print("REFUSED: %d problems" % len(errors)); sys.exit(1)
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %d history rows, %d pairs" % (len(hist), len(pairs)))


if __name__ == "__main__":
    main()
