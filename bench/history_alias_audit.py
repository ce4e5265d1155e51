"""Which of each writer's aliases an org's history uses, how often, by whom, and which evidence rule drops each;
and the question bar chosen leave-one-org-out over the released histories (bench/plans/qlearn.md).

    PYTHONPATH=. python bench/history_alias_audit.py [--loo]

Each released history (data/query_histories22/org19-21, data/query_pairs22/history.jsonl) is read through the
product's path (`history_aliases.stored_exchanges`: QuerySummary -> gate -> store -> the learner's read) and examined
by `detectors.learned_aliases.examine`. For each alias of the writer's aliases.json: the distinct questions writing it
(as the learner counts them), the people, what each of those questions is evidence for (the alias's own name ``E``,
another value ``O``, none as its own queries write the phrase outside their label values ``M``, no value of the kind ``N``, several ``S``, the question writes the name itself ``W``) and the
learner's verdict. The writer's tables are read only here, to score; the learner never sees them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from history_aliases import history_of, precision, stored_exchanges  # noqa: E402

from detectors import learned_aliases as la  # noqa: E402
from detectors.org_aliases import phrase_of  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
ORGS = ("query_pairs19", "query_pairs20", "query_pairs21", "query_pairs22", "query_pairs23", "query_pairs24",
        "query_pairs25", "query_pairs26", "query_pairs27", "query_pairs28", "query_pairs29",
        "query_pairs30")
#: The constants chosen leave-one-org-out and the values each may take.
GRID = {"MIN_QUESTIONS": (2, 3), "MIN_PEOPLE": (1, 2), "MIN_SHARE": (0.6, 0.7, 0.8), "ALPHA": (0.01, 0.05, 0.1)}


def _writer(folder: Path) -> dict[str, list[str]]:
    return json.loads((history_of(folder).parent / "aliases.json").read_text())


def audit(org: str, exchanges: list) -> list[str]:
    """Markdown rows: each writer alias of the org, its use in the history and the learner's verdict."""
    writer = _writer(DATA / org)
    verdicts = {(v.phrase, v.alias.canonical): v for v in la.examine(exchanges)}
    ids = la.question_ids(exchanges)
    rows = []
    values = la.named_values(exchanges)
    for name, also in writer.items():
        for alias in also:
            p = phrase_of(alias)
            terms = p.terms if p is not None else frozenset()
            kinds: Counter = Counter()
            qids, people = set(), set()
            for ex, qid, kvs in zip(exchanges, ids, values, strict=True):
                said = la.said(ex.question)[0] or ex.question
                phrases = la._phrases(said)
                if not terms or terms not in phrases:
                    continue
                qids.add(qid)
                people.add(ex.who)
                ev = la.evidence_of(said, frozenset(t for ph in phrases for t in ph), kvs,
                                    {v: la._terms_of(v) for _, v in kvs})
                got = ev.chosen.get("service")
                measured = frozenset().union(*map(la.measure_terms, ex.executed))
                kinds["M" if got and terms & measured else "E" if got == name else "O" if got else {"several": "S", "written": "W"}.get(
                    ev.not_chosen.get("service", ""), "N")] += 1
            v = verdicts.get((terms, name))
            verdict = "no evidence" if v is None else v.dropped or "**learned**"
            tally = " ".join(f"{k}{n}" for k, n in sorted(kinds.items()))
            rows.append(f"| {org[-2:]} | {alias} = {name} | {len(qids)} | {len(people)} | {tally} | {verdict} |")
    return rows


def score(exchanges: list, writer: dict[str, list[str]], constants: dict) -> Counter:
    """The learned aliases' counts against the writer's table under ``constants``."""
    saved = {k: getattr(la, k) for k in constants}
    try:
        for k, v in constants.items():
            setattr(la, k, v)
        listing = [{"alias": a.alias, "canonical": a.canonical} for a in la.learn_aliases(exchanges)]
    finally:
        for k, v in saved.items():
            setattr(la, k, v)
    return precision(listing, writer)


def _gain(c: Counter) -> float:
    """What a choice is worth on training orgs: right aliases, each wrong or unlisted one costing three."""
    return c["right"] - 3 * (c["wrong"] + c["unlisted"])


def leave_one_out(histories: dict[str, list]) -> list[str]:
    """For each org held out: the constants that score best on the other three (ties: the stricter choice, the
    earlier in `GRID`'s order reversed), and what they learn on the held-out org."""
    choices = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    scored = {org: [score(ex, _writer(DATA / org), c) for c in choices] for org, ex in histories.items()}
    lines = []
    for held in histories:
        train = [o for o in histories if o != held]
        best = max(range(len(choices)), key=lambda i: (sum(_gain(scored[o][i]) for o in train), _strict(choices[i])))
        c = scored[held][best]
        lines.append(f"| {held[-2:]} | {choices[best]} | right {c['right']} (exact {c['exact']}), wrong {c['wrong']}, "
                     f"unlisted {c['unlisted']} |")
    return lines


def _strict(c: dict) -> tuple:
    return (c["MIN_QUESTIONS"], c["MIN_PEOPLE"], c["MIN_SHARE"], -c["ALPHA"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loo", action="store_true", help="also choose the constants leave-one-org-out")
    args = parser.parse_args()
    histories = {org: stored_exchanges(history_of(DATA / org), org) for org in ORGS}
    print("| org | writer's alias | questions | people | what they are evidence for | verdict |\n|---|---|---|---|---|---|")
    for org, ex in histories.items():
        print("\n".join(audit(org, ex)))
    for org, ex in histories.items():
        learned = la.learn_aliases(ex)
        c = precision([{"alias": a.alias, "canonical": a.canonical} for a in learned], _writer(DATA / org))
        print(f"{org}: learned {len(learned)}: right {c['right']} (exact {c['exact']}) wrong {c['wrong']} unlisted "
              f"{c['unlisted']}: " + ", ".join(f"{a.alias}={a.canonical} ({a.questions}q/{a.people}p)" for a in learned))
    if args.loo:
        print("\n| held out | chosen on the other three | on the held-out org |\n|---|---|---|")
        print("\n".join(leave_one_out(histories)))


if __name__ == "__main__":
    main()
