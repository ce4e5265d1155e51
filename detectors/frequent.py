"""Frequent questions: the top templates of a window, with counts and whether they are rising.

Questions are normalised by `detectors.templates.question_template` (time ranges, hosts, ids and
numbers become slots), so "errors on server-03 in the last hour" and "errors on web-7 in the last
2 hours" count as one question. The trend compares the window's second half with its first: under
"steady" the split of a template's count between the halves is binomial(n, 1/2), so a trend is
called only when that split is unlikely (two-sided, ``alpha``) and the change is at least 1.5x.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import binomtest

from detectors.templates import question_template

__all__ = ["FrequentQuestion", "top_questions"]


@dataclass(frozen=True)
class FrequentQuestion:
    """One template's standing in the window.

    Attributes
    ----------
    template : str
        The normalised question, e.g. ``"errors on {host} {range}"``.
    example : str
        The most common original wording.
    count, first_half, second_half : int
        Questions in the window, and in its earlier and later half.
    trend : str
        ``rising``, ``steady`` or ``falling``.
    share : float
        Share of all questions in the window.
    """

    template: str
    example: str
    count: int
    first_half: int
    second_half: int
    trend: str
    share: float


def top_questions(
    texts: Sequence[str],
    ts: np.ndarray,
    start: float,
    end: float,
    *,
    top: int = 10,
    min_count: int = 2,
    alpha: float = 0.05,
    templates: Sequence[str] | None = None,
) -> list[FrequentQuestion]:
    """The ``top`` most asked templates among questions with ``start <= ts < end``.

    ``templates`` may be passed when the caller already normalised the texts (one per text).
    """
    ts = np.asarray(ts, dtype=np.float64)
    inside = np.flatnonzero((ts >= start) & (ts < end))
    if len(inside) == 0:
        return []
    mid = start + (end - start) / 2
    counts: dict[str, list] = {}
    for i in inside.tolist():
        tpl = templates[i] if templates is not None else question_template(texts[i])
        entry = counts.setdefault(tpl, [0, 0, {}])
        entry[0 if ts[i] < mid else 1] += 1
        wording = entry[2]
        wording[texts[i]] = wording.get(texts[i], 0) + 1
    total = len(inside)
    ranked = sorted(counts.items(), key=lambda kv: (-(kv[1][0] + kv[1][1]), kv[0]))
    out = []
    for tpl, (a, b, wording) in ranked:
        n = a + b
        if n < min_count or len(out) >= top:
            break
        out.append(
            FrequentQuestion(
                template=tpl,
                example=max(sorted(wording), key=wording.get),
                count=n,
                first_half=a,
                second_half=b,
                trend=_trend(a, b, alpha),
                share=round(n / total, 4),
            )
        )
    return out


def _trend(first: int, second: int, alpha: float) -> str:
    n = first + second
    if n < 4 or binomtest(second, n, 0.5).pvalue >= alpha:
        return "steady"
    if second >= 1.5 * max(first, 1):
        return "rising"
    if first >= 1.5 * max(second, 1):
        return "falling"
    return "steady"
