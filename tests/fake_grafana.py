"""A local stand-in for Grafana's HTTP API, checking requests the way Grafana documents them.

No Grafana server can run here, so this one listens on 127.0.0.1 and implements only what the
exporter calls, strictly: the bearer token, POST /api/dashboards/db
(https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/#create--update-dashboard)
and POST /api/annotations
(https://grafana.com/docs/grafana/latest/developers/http_api/annotations/#create-annotation),
with the documented success and error bodies. A request that breaks the documented shape gets
400 and is kept in `problems`, so a test can assert there were none.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DASHBOARD_BODY_KEYS = {"dashboard", "folderId", "folderUid", "overwrite", "message"}
ANNOTATION_BODY_KEYS = {"dashboardUID", "dashboardId", "panelId", "time", "timeEnd", "tags", "text"}


class FakeGrafana:
    def __init__(self, token: str = "glsa_test_token"):
        self.token = token
        self.dashboards: dict[str, dict[str, Any]] = {}
        self.versions: dict[str, int] = {}
        self.annotations: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str, dict[str, Any] | None]] = []
        self.problems: list[str] = []
        self.folders = {"ai-helper"}
        self.fail_next = 0  # answer the next N requests with 503, as a Grafana restarting would
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeGrafana:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- the API ---------------------------------------------------------------------------------

    def _dashboard(self, body: Any) -> tuple[int, dict[str, Any]]:
        if not isinstance(body, dict) or "dashboard" not in body:
            return self._bad("dashboards/db: body must be an object with a 'dashboard'")
        unknown = set(body) - DASHBOARD_BODY_KEYS
        if unknown:
            return self._bad(f"dashboards/db: unknown body keys {sorted(unknown)}")
        dash = body["dashboard"]
        if not isinstance(dash, dict) or not isinstance(dash.get("title"), str) or not dash["title"]:
            return self._bad("dashboards/db: dashboard.title is required")
        uid = dash.get("uid")
        if not isinstance(uid, str) or not (0 < len(uid) <= 40):
            return self._bad("dashboards/db: dashboard.uid must be a string of at most 40 characters")
        if dash.get("id") is not None:
            return self._bad("dashboards/db: dashboard.id must be null to create or match by uid")
        if "overwrite" in body and not isinstance(body["overwrite"], bool):
            return self._bad("dashboards/db: overwrite must be a boolean")
        if "folderUid" in body and body["folderUid"] not in self.folders:
            return 400, {"message": "folder not found", "status": "folder-not-found"}
        if uid in self.dashboards and not body.get("overwrite", False):
            return 412, {"message": "A dashboard with the same uid already exists", "status": "name-exists"}
        version = self.versions.get(uid, 0) + 1
        self.versions[uid] = version
        self.dashboards[uid] = {"dashboard": dash, "folderUid": body.get("folderUid"), "message": body.get("message")}
        slug = dash["title"].lower().replace(" / ", "-").replace(" ", "-")
        return 200, {"id": list(self.dashboards).index(uid) + 1, "uid": uid, "url": f"/d/{uid}/{slug}",
                     "status": "success", "version": version, "slug": slug}

    def _annotation(self, body: Any) -> tuple[int, dict[str, Any]]:
        if not isinstance(body, dict):
            return self._bad("annotations: body must be an object")
        unknown = set(body) - ANNOTATION_BODY_KEYS
        if unknown:
            return self._bad(f"annotations: unknown body keys {sorted(unknown)}")
        if not isinstance(body.get("text"), str) or not body["text"]:
            return self._bad("annotations: text is required")
        for key in ("time", "timeEnd"):
            # Epoch milliseconds: a seconds value would land in January 1970.
            if key in body and not (isinstance(body[key], int) and body[key] > 10**12):
                return self._bad(f"annotations: {key} must be epoch milliseconds")
        if "time" not in body:
            return self._bad("annotations: time is required here (Grafana would default it to now)")
        if "timeEnd" in body and body["timeEnd"] < body["time"]:
            return self._bad("annotations: timeEnd before time")
        tags = body.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            return self._bad("annotations: tags must be a list of strings")
        if "panelId" in body and not isinstance(body["panelId"], int):
            return self._bad("annotations: panelId must be an integer")
        self.annotations.append(body)
        return 200, {"message": "Annotation added", "id": len(self.annotations)}

    def _bad(self, problem: str) -> tuple[int, dict[str, Any]]:
        self.problems.append(problem)
        return 400, {"message": problem}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                with fake._lock:
                    try:
                        body = json.loads(raw) if raw else None
                    except ValueError:
                        body = None
                    fake.requests.append((self.command, self.path, body))
                    if fake.fail_next > 0:
                        fake.fail_next -= 1
                        return self._answer(503, {"message": "Service unavailable"})
                    if self.headers.get("Authorization") != f"Bearer {fake.token}":
                        return self._answer(401, {"message": "Unauthorized"})
                    if not (self.headers.get("Content-Type") or "").startswith("application/json"):
                        return self._answer(*fake._bad("Content-Type must be application/json"))
                    if self.path == "/api/dashboards/db":
                        return self._answer(*fake._dashboard(body))
                    if self.path == "/api/annotations":
                        return self._answer(*fake._annotation(body))
                    return self._answer(404, {"message": "Not found"})

        return Handler
