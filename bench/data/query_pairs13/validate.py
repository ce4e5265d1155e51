#!/usr/bin/env python3
"""Validate pairs.jsonl: shape, offsets vs IANA zone (reject non-existent/ambiguous wall times),
split rule (odd position in group -> dev13, even -> test13), ids; print group x label table and per-split counts."""
import json, os, sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = {"paraphrase": 70, "near_miss": 70, "time": 50, "scope": 50}
LABELS = ("hit", "partial", "miss")
errs = []

def check_at(s, tz, where):
    try:
        d = datetime.fromisoformat(s)
    except Exception as e:
        errs.append(f"{where}: bad ISO {s!r}: {e}"); return None
    if d.utcoffset() is None:
        errs.append(f"{where}: no offset in {s}"); return None
    z = ZoneInfo(tz)
    naive = d.replace(tzinfo=None)
    d0, d1 = naive.replace(tzinfo=z, fold=0), naive.replace(tzinfo=z, fold=1)
    if any(x.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None) != naive for x in (d0, d1)):
        errs.append(f"{where}: non-existent wall time {naive} in {tz}")
    elif d0.utcoffset() != d1.utcoffset():
        errs.append(f"{where}: ambiguous wall time {naive} in {tz}")
    if d0.utcoffset() != d.utcoffset():
        errs.append(f"{where}: offset {d.utcoffset()} != real {d0.utcoffset()} for {tz}")
    return d

rows = [json.loads(l) for l in open(os.path.join(HERE, "pairs.jsonl"), encoding="utf-8") if l.strip()]
pos = Counter(); ids = set(); tab = defaultdict(Counter); split = defaultdict(Counter); people = Counter()
for i, r in enumerate(rows, 1):
    w = f"line {i} {r.get('id')}"
    if set(r) != {"id", "group", "split", "expect", "a", "b", "note"}:
        errs.append(f"{w}: keys {sorted(r)}"); continue
    if set(r["a"]) != {"q", "at", "tz", "ttl"} or set(r["b"]) != {"q", "at", "tz"}:
        errs.append(f"{w}: a/b keys")
        continue
    if r["id"] in ids: errs.append(f"{w}: duplicate id")
    ids.add(r["id"])
    if r["group"] not in GROUPS: errs.append(f"{w}: group {r['group']}")
    if r["expect"] not in LABELS: errs.append(f"{w}: expect {r['expect']}")
    if r["group"] == "paraphrase" and r["expect"] != "hit": errs.append(f"{w}: paraphrase must be hit")
    if not (isinstance(r["a"]["ttl"], int) and r["a"]["ttl"] > 0): errs.append(f"{w}: ttl")
    for k in ("q",): 
        if not r["a"][k].strip() or not r["b"][k].strip(): errs.append(f"{w}: empty q")
    if r["a"]["q"].strip() == r["b"]["q"].strip() and r["group"] != "time":
        errs.append(f"{w}: identical questions outside time group")
    if r["a"]["tz"] != r["b"]["tz"]: errs.append(f"{w}: A and B tz differ")
    if not r["note"].strip(): errs.append(f"{w}: empty note")
    da = check_at(r["a"]["at"], r["a"]["tz"], w + " a.at")
    db = check_at(r["b"]["at"], r["b"]["tz"], w + " b.at")
    if da and db and db < da: errs.append(f"{w}: B asked before A")
    pos[r["group"]] += 1
    want = "dev13" if pos[r["group"]] % 2 == 1 else "test13"
    if r["split"] != want: errs.append(f"{w}: split {r['split']} != {want}")
    tab[r["group"]][r["expect"]] += 1
    split[r["split"]][r["expect"]] += 1
    people[r["a"]["tz"]] += 1
for g, n in GROUPS.items():
    if pos[g] != n: errs.append(f"group {g}: {pos[g]} pairs, want {n}")

print(f"{'group':<11}" + "".join(f"{l:>9}" for l in LABELS) + f"{'total':>9}")
tot = Counter()
for g in GROUPS:
    print(f"{g:<11}" + "".join(f"{tab[g][l]:>9}" for l in LABELS) + f"{sum(tab[g].values()):>9}")
    tot.update(tab[g])
n = sum(tot.values())
print(f"{'all':<11}" + "".join(f"{tot[l]:>9}" for l in LABELS) + f"{n:>9}")
print(f"{'share':<11}" + "".join(f"{100*tot[l]/max(n,1):>8.1f}%" for l in LABELS))
print()
for s in sorted(split):
    print(f"{s:<11}" + "".join(f"{split[s][l]:>9}" for l in LABELS) + f"{sum(split[s].values()):>9}")
print()
print("pairs per zone:", dict(people))
if errs:
    print(f"\n{len(errs)} ERRORS"); [print(" ", e) for e in errs[:50]]; sys.exit(1)
print("\nOK: all checks passed")
