"""The top of `exporter/` stays a short list of the service's frame; everything else lives in a package
named for what it does, so a newcomer finds a capability by its folder, not in a flat list."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "exporter"
FRAME = {"__init__", "app", "capabilities", "config", "inputs", "jobs", "metrics", "scoping", "server", "service"}


def test_exporter_top_level_holds_only_the_frame():
    assert {p.stem for p in ROOT.glob("*.py")} <= FRAME
    assert len(FRAME) <= 10


def test_every_folder_of_exporter_is_a_package_but_the_migration_scripts():
    folders = [p for p in ROOT.rglob("*") if p.is_dir() and p.name not in ("__pycache__", "migrations")
               and any(p.glob("*.py"))]  # migrations are yoyo scripts, read by path
    assert [str(p.relative_to(ROOT)) for p in folders if not (p / "__init__.py").exists()] == []
