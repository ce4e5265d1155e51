#!/usr/bin/env python3
"""Checks pairs.jsonl of batch 14 and prints counts."""
import json
import os
import sys
from collections import Counter
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

EXPECTED_GROUPS = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
EXPECTS = {"hit", "partial", "miss"}


def check_at(s, tzname):
    """ISO timestamp must carry an explicit offset equal to the zone's real offset at that instant."""
    d = datetime.fromisoformat(s)
    if d.utcoffset() is None:
        return "no offset"
    real = d.astimezone(timezone.utc).astimezone(ZoneInfo(tzname))
    if real.utcoffset() != d.utcoffset():
        return f"offset {d.utcoffset()} != real {real.utcoffset()}"
    if real.replace(tzinfo=None) != d.replace(tzinfo=None):
        return "wall time mismatch"
    return None


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pairs.jsonl")
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: does not parse: {e}")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    pos = Counter()
    ge, gs, sp = Counter(), Counter(), Counter()
    for r in rows:
        rid = r.get("id")
        for k in ("id", "group", "split", "expect", "a", "b", "note"):
            if k not in r:
                errors.append(f"{rid}: missing {k}")
        g = r.get("group")
        if g not in EXPECTED_GROUPS:
            errors.append(f"{rid}: unknown group {g}")
            continue
        pos[g] += 1
        want = "dev14" if pos[g] % 2 == 1 else "test14"
        if r.get("split") != want:
            errors.append(f"{rid}: split {r.get('split')} but position {pos[g]} in {g} wants {want}")
        if r.get("expect") not in EXPECTS:
            errors.append(f"{rid}: bad expect {r.get('expect')}")
        a, b = r.get("a", {}), r.get("b", {})
        for side, o, keys in (("a", a, ("q", "at", "tz", "ttl")), ("b", b, ("q", "at", "tz"))):
            for k in keys:
                if k not in o:
                    errors.append(f"{rid}: {side} missing {k}")
            if not str(o.get("q", "")).strip():
                errors.append(f"{rid}: {side}.q empty")
            try:
                msg = check_at(o["at"], o["tz"])
                if msg:
                    errors.append(f"{rid}: {side}.at {o['at']} in {o['tz']}: {msg}")
            except Exception as e:  # noqa: BLE001
                errors.append(f"{rid}: {side}.at unreadable: {e}")
        if a.get("tz") != b.get("tz"):
            errors.append(f"{rid}: a.tz != b.tz")
        if not isinstance(a.get("ttl"), int) or a.get("ttl", 0) <= 0:
            errors.append(f"{rid}: ttl must be a positive int")
        try:
            dt = (datetime.fromisoformat(b["at"]) - datetime.fromisoformat(a["at"])).total_seconds()
            if dt < 0:
                errors.append(f"{rid}: B asked before A")
            if g == "paraphrase" and dt > a["ttl"]:
                errors.append(f"{rid}: paraphrase B outside A's TTL")
        except Exception:  # noqa: BLE001
            pass
        if g == "paraphrase" and r.get("expect") != "hit":
            errors.append(f"{rid}: paraphrase must be hit")
        if a.get("q") == b.get("q") and g != "time":
            errors.append(f"{rid}: identical questions outside time group")
        ge[(g, r.get("expect"))] += 1
        gs[g] += 1
        sp[r.get("split")] += 1
    for g, n in EXPECTED_GROUPS.items():
        if gs[g] != n:
            errors.append(f"group {g}: {gs[g]} pairs, want {n}")
    print(f"{len(rows)} pairs")
    print(f"{'group':<12}{'hit':>6}{'partial':>9}{'miss':>6}{'total':>7}")
    for g in EXPECTED_GROUPS:
        print(f"{g:<12}{ge[(g, 'hit')]:>6}{ge[(g, 'partial')]:>9}{ge[(g, 'miss')]:>6}{gs[g]:>7}")
    print(f"{'all':<12}{sum(v for (g, e), v in ge.items() if e == 'hit'):>6}"
          f"{sum(v for (g, e), v in ge.items() if e == 'partial'):>9}"
          f"{sum(v for (g, e), v in ge.items() if e == 'miss'):>6}{len(rows):>7}")
    print("splits:", dict(sorted(sp.items())))
    gsp = Counter((r.get("group"), r.get("split")) for r in rows)
    for g in EXPECTED_GROUPS:
        print(f"  {g:<12} dev14={gsp[(g, 'dev14')]} test14={gsp[(g, 'test14')]}")
    tzs = Counter(r["a"]["tz"] for r in rows)
    print("time zones:", dict(tzs))
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
