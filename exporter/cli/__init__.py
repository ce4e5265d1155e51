"""The `learning-exporter` command: one click group (`main.py`) with its command groups beside it.

`main.py` holds the group and the service's own commands (serve, migrate, ingest, demo, learn);
`cases.py` (runbooks), `dashboards.py` and `privacy.py` (retention, archive, forget) add theirs.
The console script and `python -m exporter.cli` both start `main`.
"""

from exporter.cli.main import main

__all__ = ["main"]
