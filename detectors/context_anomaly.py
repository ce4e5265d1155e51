"""Contextual anomaly score: a re-implementation of CAD OSE (Smirnov's Contextual Anomaly Detector).

Source of the algorithm: M. Smirnov, "CAD: Contextual Anomaly Detector, Open Source Edition"
(https://github.com/smirmik/CAD), as run by the Numenta Anomaly Benchmark
(numenta/NAB, ``nab/detectors/context_ose``), where it was the open-source winner of the NAB
competition. This module is written anew from that description (and a reading of how NAB's
code runs it); no AGPL code is copied.

Why it is here: CAD OSE is the best peer on the project's 35 NAB files (77.0 standard), and the
project's robust-z views (:mod:`detectors.anomaly`) ask "is this value far from the usual?" where CAD
asks "was this value *predicted* by the recent sequence?". Round 11 measured it (bench/RESULTS.md):
with each file's range it reproduces the published figure (76.9), but causal, with a running range,
it scores 53.0 at its best in-sample threshold, and beside the views it did not hold out on the
leave-one-category-out run; so the product does not run it. bench/nab.py ``--cad`` reports it.

How a sample is scored (each step uses this and earlier samples only):

1. The value is quantised into ``2 ** bits`` bins of a value range (``bits`` 3: 8 bins) and
   written as ``bits`` *facts*, one per binary digit of the bin number (digit position and its
   0/1 value). NAB's run gives CAD the whole file's min and max (``inputMin`` / ``inputMax`` of
   NAB's base detector), which a live service never knows; :class:`ContextAnomalyDetector`
   keeps a running min/max when no range is given (the bins then widen as new extremes arrive).
2. A *context* pairs a left *semi-context* (a set of facts: the previous sample's facts plus the
   ids of the contexts that were active then, the "neurons") with a right semi-context (the
   facts of the sample that followed). Each step the pair (previous left group, current facts)
   is stored as a zero-level context if new. Semi-contexts are shared between contexts, and
   contexts are found by crossing the current facts with every stored semi-context.
3. For the left semi-contexts fully contained in the previous left group ("selected"
   contexts), each context counts how many of its right facts it expected and how many came;
   a context whose right facts all came is *active*. Partial matches of zero-level contexts
   propose new, smaller contexts (left part at most ``max_left`` facts), stored at the end of
   the step when a new zero-level context was stored.
4. The ``max_active`` most often active contexts become the neurons of the next left group;
   the contexts fully selected by that group whose hit ratio is the highest predict the next
   facts.
5. Anomaly: 0 when every current fact was predicted; otherwise
   ``(1 - active / selected + new / potential) / 2``, high when few selected contexts came true
   and many of the candidate contexts are new.
6. Rest period: after a raw score of at least ``base_threshold`` (0.75), nothing scores for
   ``rest`` samples (NAB's run uses a fifth of its probationary period; the first ``rest``
   samples score 0 too).

One detail of the published code is kept because it changes which contexts count: the context
created in the current step is skipped in step 3, and so is the context with id 0 on every step
without a new zero-level context (the published code compares the id with ``False``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["ContextAnomalyDetector", "context_scores", "rest_period"]

_SENSOR_BASE = 1 << 16  # fact ids of the value's binary digits
_NEURON_BASE = 1 << 31  # fact ids of the active contexts fed back as facts


def rest_period(n_samples: int) -> int:
    """NAB's rest period for a file of ``n_samples``: a fifth of its probationary period.

    The probationary period is 15% of the file, at most 750 samples (NAB v1.1).
    """
    return max(1, int(min(int(0.15 * n_samples), 750) / 5.0))


class _Semi:
    """A semi-context: its facts, how many of them the current input crossed, and its contexts."""

    __slots__ = ("order", "size", "key", "crossed", "contexts")

    def __init__(self, order: int, facts: tuple[int, ...]) -> None:
        self.order = order  # creation order: the published code walks semi-contexts in it
        self.size = len(facts)
        self.key = hash(facts)
        self.crossed: list[int] = []
        self.contexts: dict[int, int] = {}  # left side only: right semi id -> context id


class _Context:
    """A context's counters: facts it expected, facts that came, times it was fully active."""

    __slots__ = ("expected", "hits", "active", "right", "zero_level", "left_key", "right_key")

    def __init__(self, right: tuple[int, ...], zero_level: bool, left_key: int, right_key: int) -> None:
        self.expected = 0
        self.hits = 0
        self.active = 0
        self.right = right
        self.zero_level = zero_level
        self.left_key = left_key
        self.right_key = right_key


class _Memory:
    """The context memory: semi-contexts on both sides, their facts index, and the contexts."""

    def __init__(self, max_left: int) -> None:
        self.max_left = max_left
        self.ids: list[dict[tuple[int, ...], int]] = [{}, {}]  # facts -> semi id, per side
        self.semis: list[list[_Semi]] = [[], []]
        self.by_fact: list[dict[int, list[_Semi]]] = [{}, {}]
        self.crossed: list[list[_Semi]] = [[], []]
        self.contexts: list[_Context] = []
        self.new_id: int | None = None

    def _semi(self, side: int, facts: tuple[int, ...]) -> int:
        ids = self.ids[side]
        sid = ids.get(facts)
        if sid is None:
            sid = ids[facts] = len(self.semis[side])
            semi = _Semi(sid, facts)
            self.semis[side].append(semi)
            for f in facts:
                self.by_fact[side].setdefault(f, []).append(semi)
        return sid

    def store(self, pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]], zero_level: bool = False):
        """Store contexts not yet known. Zero level (one pair): True if it was new; else how many were."""
        added = 0
        for left, right in pairs:
            lid, rid = self._semi(0, left), self._semi(1, right)
            lsemi = self.semis[0][lid]
            cid = lsemi.contexts.get(rid)
            if cid is None:
                cid = lsemi.contexts[rid] = len(self.contexts)
                self.contexts.append(_Context(right, zero_level, hash(left), hash(right)))
                added += 1
                if zero_level:
                    self.new_id = cid
                    return True
            elif zero_level:
                self.contexts[cid].zero_level = True
                return False
        return added

    def cross(self, side: int, facts: Sequence[int]) -> None:
        """Mark, on every semi-context of ``side``, which of ``facts`` it contains."""
        for semi in self.crossed[side]:
            semi.crossed = []
        touched: dict[int, _Semi] = {}
        index = self.by_fact[side]
        for f in facts:
            for semi in index.get(f, ()):
                semi.crossed.append(f)
                touched[semi.order] = semi
        self.crossed[side] = [touched[k] for k in sorted(touched)]

    def update_and_activate(self, new_flag: bool):
        """Count expectations of the selected contexts; return (active, n selected, proposals)."""
        active, selected, proposals = [], 0, []
        skip = 0 if self.new_id is None else self.new_id  # the published code's False == 0
        rights = self.semis[1]
        for lsemi in self.crossed[0]:
            full = lsemi.size == len(lsemi.crossed)
            small = len(lsemi.crossed) <= self.max_left
            for rid, cid in lsemi.contexts.items():
                if cid == skip:
                    continue
                ctx = self.contexts[cid]
                rsemi = rights[rid]
                came = len(rsemi.crossed)
                if full:
                    selected += 1
                    ctx.expected += rsemi.size
                    if came:
                        ctx.hits += came
                        if came == rsemi.size:
                            ctx.active += 1
                            active.append((ctx.active, ctx.left_key, ctx.right_key, cid))
                        elif ctx.zero_level and new_flag and small:
                            proposals.append((tuple(lsemi.crossed), tuple(rsemi.crossed)))
                elif ctx.zero_level and new_flag and came and small:
                    proposals.append((tuple(lsemi.crossed), tuple(rsemi.crossed)))
        self.new_id = None
        return active, selected, proposals

    def predict(self) -> set[int]:
        """Right facts of the fully crossed left semi-contexts' contexts with the best hit ratio."""
        best, chosen = 0.0, []
        for lsemi in self.crossed[0]:
            if lsemi.size != len(lsemi.crossed):
                continue
            for cid in lsemi.contexts.values():
                ctx = self.contexts[cid]
                w = ctx.hits / ctx.expected if ctx.expected > 0 else 0.0
                if w > best:
                    best, chosen = w, [ctx]
                elif w == best:
                    chosen.append(ctx)
        out: set[int] = set()
        for ctx in chosen:
            out.update(ctx.right)
        return out


class ContextAnomalyDetector:
    """Streaming CAD OSE score (module docstring); ``update`` takes one value, returns its score.

    Parameters
    ----------
    value_range : (float, float) or None
        Fixed (min, max) for the bins, as NAB gives the file's; None keeps a running min/max of
        the values seen so far (causal).
    rest : int
        Samples with no score after a raw score of at least ``base_threshold``.
    base_threshold, max_left, max_active, bits : published defaults (0.75, 7, 15, 3).
    """

    def __init__(self, value_range: tuple[float, float] | None = None, rest: int = 30, base_threshold: float = 0.75,
                 max_left: int = 7, max_active: int = 15, bits: int = 3) -> None:
        self.rest = max(1, int(rest))
        self.base_threshold = base_threshold
        self.max_active = max_active
        self.bits = bits
        self._top_bin = 2**bits - 1
        self._range = value_range
        self._lo = self._hi = None
        self._memory = _Memory(max_left)
        self._left: tuple[int, ...] = ()
        self._predicted: set[int] = set()
        self._raw_recent = [1.0]  # the published code starts resting: the first `rest` samples score 0

    def _facts(self, value: float) -> frozenset[int]:
        if self._range is None:
            self._lo = value if self._lo is None else min(self._lo, value)
            self._hi = value if self._hi is None else max(self._hi, value)
            lo, hi = self._lo, self._hi
        else:
            lo, hi = self._range
        span = hi - lo
        step = (span if span != 0 else self._top_bin) / self._top_bin
        b = min(max(int((value - lo) / step), 0), self._top_bin)
        return frozenset(_SENSOR_BASE + 2 * k + ((b >> k) & 1) for k in range(self.bits))

    def _step(self, facts: tuple[int, ...]) -> tuple[set[int], float, float]:
        mem = self._memory
        proposals_seen: set = set()
        new_flag = False
        if self._left and facts:
            pair = (self._left, facts)
            proposals_seen.add(pair)
            new_flag = bool(mem.store([pair], zero_level=True))
        mem.cross(1, facts)
        active, selected, proposals = mem.update_and_activate(new_flag)
        proposals_seen.update(proposals)
        share_active = len(active) / selected if selected else 0.0
        active.sort()
        neurons = {_NEURON_BASE + a[3] for a in active[-self.max_active:]}
        self._left = tuple(sorted(set(facts) | neurons))
        n_new = mem.store(proposals) if proposals else 0
        mem.cross(0, self._left)
        predicted = mem.predict()
        n_new += 1 if new_flag else 0
        share_new = n_new / len(proposals_seen) if new_flag and proposals_seen else 0.0
        return predicted, share_active, share_new

    def update(self, value: float) -> float:
        """Score ``value`` given the values before it; 0 during a rest and for NaN gaps."""
        if value is None or value != value:
            return 0.0
        facts = self._facts(float(value))
        unexpected = any(f not in self._predicted for f in facts)
        self._predicted, share_active, share_new = self._step(tuple(sorted(facts)))
        raw = (1.0 - share_active + share_new) / 2.0 if unexpected else 0.0
        score = raw if max(self._raw_recent) < self.base_threshold else 0.0
        self._raw_recent.append(raw)
        if len(self._raw_recent) > self.rest:
            del self._raw_recent[0]
        return score


def context_scores(values: Sequence[float] | np.ndarray, rest: int | None = None,
                   value_range: tuple[float, float] | None = None) -> np.ndarray:
    """CAD OSE scores of a whole series (causal unless ``value_range`` is given).

    ``rest`` defaults to NAB's rule for a file of this length (:func:`rest_period`); a live
    series, whose length is not known, should pass its own.
    """
    x = np.asarray(values, dtype=float).reshape(-1)
    det = ContextAnomalyDetector(value_range, rest_period(len(x)) if rest is None else rest)
    return np.fromiter((det.update(v) for v in x.tolist()), dtype=float, count=len(x))
