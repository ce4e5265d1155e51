"""`relate` both ways on 2 ... 20 KB question pairs of six shapes (issue 15, round 16; sizes in KBS).

    PYTHONPATH=. .venv/bin/python bench/relate_speed.py TREE [shape ...]
"""
import os
import sys
import time

sys.path.insert(0, sys.argv[1])
from detectors.org_names import vocabulary  # noqa: E402
from detectors.query_compare import relate  # noqa: E402
from exporter.querymem.reading import read_question  # noqa: E402

T0 = 1773144000.0
SYL = ["ka", "lo", "vi", "ren", "tu", "sa", "mor", "qe", "bri", "zan", "pel", "ox"]


def heads(n):  # the reviewer's: many distinct hyphenated names and their heads
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"h{i:x}q-canary h{i:x}q ")
        i += 1
    return "".join(out)[:n]


def invented(i, syllables):  # the i-th invented alpha word of so many syllables
    w = ""
    for _ in range(syllables):
        w += SYL[i % len(SYL)]
        i //= len(SYL)
    return w


def words(n):  # many distinct invented alpha words (typo and compound loops)
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(invented(i, 4) + "x ")
        i += 1
    return "".join(out)[:n]


def members(n):  # numbered members of named groups on one side, the groups on the other ("prod" parts too)
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"g{i}-db-{i % 7} prod-g{i} ")
        i += 1
    return "".join(out)[:n]


def short(n):  # round 17: hyphenated names and their parts written apart and shortened ("s1q-gateway" / "s1q gw")
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"s{i:x}q-gateway s{i:x}q gw gx{i:x} ")
        i += 1
    return "".join(out)[:n]


def regions(n):  # round 18: values under a region key and names with a member's suffix, cloud regions and zones
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"region r{i:x}k r{i:x}k-a eu-w{i:x}k-1 eu-w{i:x}k-1b ")
        i += 1
    return "".join(out)[:n]


def teams(n):  # round 19: teams under their key and the services the org's topology says they hold
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"team t{i:x}k t{i:x}k-svc ns n{i:x}k ")
        i += 1
    return "".join(out)[:n]


def forms(n):  # round 19: letter names beside a kind, and their parts and contractions ("kalo-service" / "kalos" / "kaservice")
    out, i = [], 0
    while sum(map(len, out)) < n:
        w = invented(i, 3)
        out.append(f"{w}-service {w}s {w[:2]}service {w[0]}s ")
        i += 1
    return "".join(out)[:n]


SHAPES = {"heads": heads, "words": words, "members": members, "short": short, "regions": regions, "teams": teams,
          "forms": forms}


def topology_of(text):
    """Round 19's shape "teams": an org topology holding every service the text names (alerts labelled team, namespace
    and service); None for a tree without topologies."""
    try:
        from detectors.org_topology import learn_topology
    except ImportError:
        return None
    count = text.count("team ")
    return learn_topology([{"team": f"t{i:x}k", "namespace": f"n{i:x}k", "service": f"t{i:x}k-svc"}
                           for i in range(count)])


def t_relate(text, shape=""):
    a = read_question("x " + text, T0, "UTC").facts
    b = read_question("y " + text[::-1] + " " + text[: len(text) // 2], T0, "UTC").facts
    names = vocabulary([text])
    held = {"topology": topology_of(text)} if shape == "teams" and topology_of(text) is not None else {}
    best = 9e9
    for _ in range(int(os.environ.get("REPS", 2))):
        t = time.perf_counter()
        relate(a, b, names, **held)
        relate(b, a, names, **held)
        best = min(best, time.perf_counter() - t)
    return best * 1000


print("load", os.getloadavg())
for name in sys.argv[2:] or list(SHAPES):
    row = {kb: t_relate(SHAPES[name](kb * 1024), name) for kb in [int(k) for k in os.environ.get("KBS", "2,4,8,10,16,20").split(",")]}
    cells = " ".join(f"{kb}KB {ms:9.1f}ms" for kb, ms in row.items())
    ratio = row[20] / row[10] if 20 in row else float("nan")
    print(f"{name:8s} {cells}  20/10 x{ratio:.2f}", flush=True)
