"""The in-process learning pass runs as background work of the serving process (issue 13: ingest
p99 and a PostgreSQL 503 while a pass ran in the same process)."""

from __future__ import annotations

import os
import sys
import threading

import torch

from exporter import jobs
from exporter.scaleout.priority import PASS_NICE, background_pass


def test_pass_thread_is_niced_torch_single_threaded_and_gil_handed_over_sooner() -> None:
    tid = threading.get_native_id()
    nice0, torch0, switch0 = os.getpriority(os.PRIO_PROCESS, tid), torch.get_num_threads(), sys.getswitchinterval()
    seen: dict[str, object] = {}
    with background_pass():
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, tid)
        seen["torch"] = torch.get_num_threads()
        seen["switch"] = sys.getswitchinterval()
        # other threads of the process keep their priority: only the pass's thread is niced
        other: dict[str, int] = {}
        t = threading.Thread(target=lambda: other.update(nice=os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        t.start()
        t.join()
    assert seen["nice"] == min(nice0 + PASS_NICE, 19)
    assert seen["torch"] == 1
    assert seen["switch"] < switch0
    assert other["nice"] in (nice0, seen["nice"])  # a new thread inherits its creator's value on Linux
    assert sys.getswitchinterval() == switch0
    assert torch.get_num_threads() == torch0
    if os.geteuid() == 0:  # lowering the nice value again needs the privilege
        assert os.getpriority(os.PRIO_PROCESS, tid) == nice0


def test_scheduled_pass_runs_inside_the_background_context(monkeypatch) -> None:
    seen: list[int] = []

    def fake_run_learning(svc, now):
        seen.append(torch.get_num_threads())
        return {"result": "success"}

    monkeypatch.setattr(jobs, "run_learning", fake_run_learning)
    before = torch.get_num_threads()
    assert jobs._scheduled_pass(object(), lambda: 0.0) == {"result": "success"}
    assert seen == [1]
    assert torch.get_num_threads() == before
