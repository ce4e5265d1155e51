"""The question reader on long adversarial questions: ms at two sizes and their ratio, so a quadratic look-back
shows as ~4x per doubling where a linear one shows ~2x. A question may be 8,192 characters through the API; round
14's review found readers that looked back from every time phrase to the text's start (6 s at 8 KB), round 15 patterns
retried from every dot of a long word (15 s at 20 KB). Timing lives here, not in the suite: a busy machine can make a
timed unit test fail without a fault.

    PYTHONPATH=. .venv/bin/python bench/reader_speed.py [--kb 20] [--reps 3]
"""

from __future__ import annotations

import argparse
import os
import time

from exporter.querymem.reading import read_question

T0 = 1773144000.0  # 2026-03-10 12:00 UTC
#: One long dotted word ("a.a.a...") and one long dashed name ("a-a-a..."): round 15 found five patterns headed by
#: ``\b[a-z][\w.-]*`` (and the numbered-name one by ``[a-z][a-z0-9-]*-``) tried from every dot or dash, each try read to
#: the word's end (15 s at 20 KB); ``detectors.word_runs`` tries each word once.
#: Round 17: the same zone after each clock time is cut in one pass ("23:00 utc ..."), and "between 9 and now", "owned
#: by", the asker's polite request and a name's short form ("ocpp gw" / ocpp-gateway) read once per phrase or word.
#: Round 18: a threshold's seconds ("above 120s") against a status code's plural ("503s"), one look-behind per number;
#: "which ..., in order" (one anchored try, a comma per step back), gratitude and "may i ask for", and "may i request
#: the five most ..." (a bounded run of words after each request).
#: Round 20: a paste's request counters under rate() (the status-class check once per text, not once per counter),
#: kube-state-metrics names and gauges in bytes, and prose "5xx request rate".
#: Round 21: incidents opened (a bounded run of words between the noun and its verb, tried from every "incidents"),
#: CamelCase alert names (one long run of capitalised parts, failing at its end), k8s events by reason, and a paste's
#: ratio and trailing grouping; a namespace key before blanks and a state ("ns   = ns firing", one try per key), paths
#: and a region's clusters ("/a/b eu-west x-eu-1").
UNITS = ("max_over_time(x_celsius[2h]) ", "a 4 b ", "not in the last hour ", "how many errors on web-1 ", "a.", "a-",
         "between 23:00 utc and 03:00 utc ", "may i request the count owned by x between 9 and now ", "aq-gateway aq gw ",
         "above 503s 120s ", "which x, in order ", "most grateful may i ask for may i request the five most ",
         "rate(a_b_requests_total[5m]) ", "kube_pod_x_bytes 5xx request rate ", "incidents did a b new incidents ",
         "AbAbAbAbAbAbAbAbAb", "k8s warning events with reason x ", "sum(a) by (b) / sum(c) ",
         "ns   = ns firing /a/b eu-west x-eu-1 ")


def _rep(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def best_ms(text: str, reps: int) -> float:
    """Min over runs, each on a text of its own, so no result the reader keeps is reused."""
    best = float("inf")
    for run in range(reps):
        t = time.perf_counter()
        read_question(f"q{run} {text}", T0, "UTC")
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=int, default=20, help="the larger size in KB; the smaller is half")
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    big = args.kb * 1024
    print(f"load average {os.getloadavg()}; min of {args.reps} runs")
    print(f"{'input':<34} {'ms at ' + str(args.kb // 2) + ' KB':>12} {'ms at ' + str(args.kb) + ' KB':>12} {'ratio':>7}")
    for unit in UNITS:
        small_ms, big_ms = best_ms(_rep(unit, big // 2), args.reps), best_ms(_rep(unit, big), args.reps)
        print(f"{unit.strip():<34} {small_ms:>12.1f} {big_ms:>12.1f} {big_ms / small_ms:>7.2f}")


if __name__ == "__main__":
    main()
