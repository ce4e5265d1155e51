"""No import circle inside the service, and the dependency directions the layout promises.

The graph is built from module-level imports (imports inside functions, which defer a heavy or
optional dependency, and `if TYPE_CHECKING:` blocks do not run at import time and are left out).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _target(name: str) -> str | None:
    """The module an import names, if it is one of ours (`from pkg import sub` names pkg.sub)."""
    base = ROOT / Path(*name.split("."))
    if base.with_suffix(".py").exists() or (base / "__init__.py").exists():
        return name
    return None


def graph(packages: tuple[str, ...] = ("exporter", "detectors")) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for package in packages:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            edges: set[str] = set()
            for node in ast.parse(path.read_text()).body:
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
                else:
                    continue
                for name in names:
                    if name.split(".")[0] in packages:
                        target = _target(name)
                        if target is not None:
                            edges.add(target)
            module = _module(path)
            edges.discard(module)
            out[module] = edges
    return out


def _cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def _is_package_edge(a: str, b: str) -> bool:
    """A package's `__init__` re-exporting its own submodule, and the submodule importing a sibling
    through the package: Python resolves both (the package is already in sys.modules)."""
    return a.startswith(b + ".") or b.startswith(a + ".")


def test_no_import_circle():
    g = graph()
    real = {v: {w for w in ws if not _is_package_edge(v, w)} for v, ws in g.items()}
    assert _cycles(real) == []


def test_detectors_never_import_the_service_and_domains_never_import_the_http_layer():
    g = graph()
    assert {v: sorted(w for w in ws if w.startswith("exporter")) for v, ws in g.items()
            if v.startswith("detectors") and any(w.startswith("exporter") for w in ws)} == {}
    http = {v: sorted(w for w in ws if w.startswith("exporter.api")) for v, ws in g.items()
            if not v.startswith(("exporter.api", "exporter.app")) and any(w.startswith("exporter.api") for w in ws)}
    assert http == {}
