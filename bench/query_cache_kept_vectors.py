"""bench/query_cache.py with each question's embedding kept on disk between runs, for the quality part on a loaded
machine: embedding the ~12,000 distinct questions of every released split costs minutes per run and gives the same
vectors each time (one model, one text), so a second tree's run (``--code``) reuses the first's. Decisions are the
bench's own; the speed part must not use it (a kept vector is no embedding call).

    PYTHONPATH=. .venv/bin/python bench/query_cache_kept_vectors.py [--kept FILE] <bench/query_cache.py arguments>
"""

from __future__ import annotations

import pickle
import runpy
import sys
from pathlib import Path


def _take_kept(argv: list[str]) -> tuple[Path, list[str]]:
    """``--kept FILE`` (default /tmp/query_cache_vectors.pkl) out of the arguments, the rest for the bench."""
    if "--kept" in argv:
        i = argv.index("--kept")
        return Path(argv[i + 1]), argv[:i] + argv[i + 2:]
    return Path("/tmp/query_cache_vectors.pkl"), argv


def main() -> None:
    kept_path, rest = _take_kept(sys.argv[1:])
    skipped = rest[rest.index("--skip") + 1].split(",") if "--skip" in rest[:-1] else []
    if "speed" not in skipped:
        sys.exit("the speed part times embedding calls: pass --skip speed,replay")
    bench = Path(__file__).resolve().parent / "query_cache.py"
    sys.argv = [str(bench), *rest]
    code = next((rest[i + 1] for i, a in enumerate(rest[:-1]) if a == "--code"), None)
    sys.path.insert(0, str(Path(code).resolve() if code else bench.parent.parent))
    sys.path.insert(1, str(bench.parent))
    import numpy as np

    import exporter.text.embeddings as embeddings

    kept = pickle.loads(kept_path.read_bytes()) if kept_path.exists() else {}
    model_embed = embeddings.embed

    def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
        new = sorted({t for t in texts if t not in kept})
        if new:
            kept.update(zip(new, model_embed(new, batch_size), strict=True))
            kept_path.write_bytes(pickle.dumps(kept))
        return np.stack([kept[t] for t in texts]) if texts else model_embed(texts, batch_size)

    embeddings.embed, embeddings.embed_one = embed, lambda text: embed([text])[0]
    runpy.run_path(str(bench), run_name="__main__")


if __name__ == "__main__":
    main()
