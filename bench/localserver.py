"""The real exporter on a free 127.0.0.1 port for one benchmark run (shared by the bench scripts that
measure through HTTP, so each starts and waits for it the same way)."""

from __future__ import annotations

import socket
import subprocess
import time

import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(cmd: list[str], env: dict[str, str], port: int, log, cwd, tries: int = 600) -> subprocess.Popen:
    """Start `cmd` and return once `/readyz` answers 200; the server is killed if it never does.

    `tries` polls 0.2 s apart: the default allows two minutes, for a start that loads the model on a
    loaded machine."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log, cwd=cwd)
    for _ in range(tries):
        try:
            if requests.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code == 200:
                return proc
        except requests.RequestException:
            pass  # still starting
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not become ready")
