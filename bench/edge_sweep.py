"""Every route x every planted bad value, once and in a fixed order: how many answers are 5xx.

The values are the ones that broke the server before issue 13 (tests/test_edge_fuzz.py: NaN,
1e308, 2**64, NUL, lone surrogates, JSON nested 10,000 deep, times with no UTC equivalent, long
strings), planted in each body field, each query parameter and each path segment of one valid
request per route. Run against any checkout to compare (the "before" figure ran it on the parent
commit with this file and tests/test_edge_fuzz.py copied in).

    PYTHONPATH=. python bench/edge_sweep.py [DATABASE_URL]   # default: a fresh SQLite file
"""

from __future__ import annotations

import collections
import json
import sys
import tempfile

from exporter.app import create_app
from exporter.config import Settings
from exporter.store import migrate, open_store
from tests.conftest import TOKENS, auth
from tests.test_edge_fuzz import NASTY_JSON, NASTY_TEXT, VALID, _encode, _leaves, _replace

DEEP = ("[" * 10_000 + "]" * 10_000).encode()


def requests_to_send() -> list[tuple[str, str, bytes | None]]:
    out: list[tuple[str, str, bytes | None]] = []
    for method, path, body in VALID:
        raw = None if body is None else _encode(body)
        if body is not None:
            out += [(method, path, _encode(_replace(body, leaf, bad))) for leaf in _leaves(body) for bad in NASTY_JSON]
            out.append((method, path, DEEP))
        base, _, query = path.partition("?")
        pairs = [p.split("=", 1) for p in query.split("&") if p]
        segments = base.split("/")
        for text in NASTY_TEXT:
            for i in range(len(pairs)):
                q = [list(p) for p in pairs]
                q[i][1] = text
                out.append((method, base + "?" + "&".join("=".join(p) for p in q), raw))
            for i in range(4, len(segments)):
                s = list(segments)
                s[i] = text or "x"
                out.append((method, "/".join(s), raw))
    return out


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{tempfile.mkdtemp()}/sweep.db"
    migrate(url)
    store = open_store(url)
    app = create_app(Settings(database_url=url, tokens=json.dumps(TOKENS), archive_dir=tempfile.mkdtemp()), store=store)
    client = app.test_client()
    headers = {**auth("tok-acme-admin"), "Content-Type": "application/json"}
    classes: collections.Counter = collections.Counter()
    server_errors: collections.Counter = collections.Counter()
    sent = requests_to_send()
    for method, path, raw in sent:
        try:
            code = client.open(path, method=method, data=raw, headers=headers).status_code
        except Exception:  # an exception escaping the app is a server error too
            code = 599
        classes[f"{code // 100}xx"] += 1
        if code >= 500:
            server_errors[f"{method} {path.split('?')[0][:40]}"] += 1
    print(json.dumps({"requests": len(sent), "by_class": dict(sorted(classes.items())),
                      "5xx_routes": dict(server_errors.most_common(12))}))


if __name__ == "__main__":
    main()
