"""Counts of pairs decided differently in two `bench/query_cache.py --dump-quality` files (no pair is printed): python bench/quality_dump_diff.py A.json B.json"""
import json
import sys


def load(path: str) -> dict:
    with open(path) as f:
        return json.load(f)


a, b = (load(p) for p in sys.argv[1:3])
keys = a.keys() | b.keys()
missing = len(a.keys() ^ b.keys())
decision = sum(1 for k in keys if k in a and k in b and a[k][0] != b[k][0])
record = sum(1 for k in keys if k in a and k in b and a[k] != b[k])
print(f"pairs {len(keys)}  missing on one side {missing}  decision differs {decision}  decision or rule differs {record}")
