"""Make an in-process learning pass yield to the requests served by the same process.

Without Celery workers the server runs its learning pass on a scheduler thread of the serving
process. That pass is CPU-heavy (embedding, clustering, per-org analysis) and, on a small node,
competes with the request threads for both cores and for the interpreter lock: ingest p99 went
past 1 s and a PostgreSQL request overran its 3 s statement budget while a pass ran. A request
is worth more than a pass finishing a little sooner, so for the pass's duration:

- its thread runs at a lower scheduling priority (a higher nice value, for that thread only: on
  Linux `setpriority(PRIO_PROCESS, tid)` applies to one thread), so the kernel runs request
  threads first when both are runnable;
- torch uses one intra-op thread, leaving the other cores to requests instead of an OpenMP pool
  that spins on all of them (torch is not imported for this; a process without it is untouched);
- the interpreter hands its lock over every 1 ms instead of 5 ms, so a request thread that wakes
  on its socket waits less for the pass's Python loops.

Everything is restored afterwards, except the nice value when the process may not lower it again
(raising priority needs a privilege); the scheduler's thread runs only passes, so that is fine.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

PASS_NICE = 10  # added to the thread's nice value: lower priority than request threads, not idle
PASS_SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005


@contextmanager
def background_pass() -> Iterator[None]:
    """Run the body (one learning pass) as background work of the serving process."""
    tid = threading.get_native_id()
    nice_before = _nice(tid)
    if nice_before is not None:
        _set_nice(tid, nice_before + PASS_NICE)
    torch = sys.modules.get("torch")
    torch_threads = torch.get_num_threads() if torch is not None else None
    if torch is not None:
        torch.set_num_threads(1)
    switch_before = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_before, PASS_SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(switch_before)
        if torch is not None and torch_threads is not None:
            torch.set_num_threads(torch_threads)
        if nice_before is not None:
            _set_nice(tid, nice_before)


def _nice(tid: int) -> int | None:
    try:
        return os.getpriority(os.PRIO_PROCESS, tid)
    except (AttributeError, OSError):
        return None  # not a POSIX system: run at normal priority


def _set_nice(tid: int, value: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, tid, min(value, 19))
    except PermissionError:
        log.debug("cannot set the learning thread's nice value back to %d without privilege", value)
    except (AttributeError, OSError):
        pass
