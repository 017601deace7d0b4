"""Logs under gunicorn: one JSON object per line on stdout, each request's id on its lines, the
id echoed to the client, and never a token or an article's text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import ADMIN_TOKEN, OTHER_TOKEN, free_port


@pytest.mark.serving
def test_json_lines_with_request_ids_and_nothing_secret(
    gunicorn: Callable[..., Any], tmp_path: Path, article: dict[str, str]
) -> None:
    # A Redis nobody listens on: the service degrades and logs a warning inside requests (the
    # circuit closes again at once, so every request tries Redis and logs).
    server = gunicorn(REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
                      REDIS_RETRY_SECONDS="0.001")

    status, headers, _ = server.request(
        "GET", "/v1/outlets/lookup?url=https://www.bbc.co.uk/news/1",
        headers={"X-Request-ID": "newsroom-cms-42"},
    )
    assert status == 200 and headers["X-Request-ID"] == "newsroom-cms-42"

    status, headers, _ = server.request("GET", "/healthz")
    generated = headers["X-Request-ID"]
    assert status == 200 and re.fullmatch(r"[0-9a-f]{32}", generated)

    status, headers, _ = server.request(
        "POST", "/v1/score", article,
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}", "X-Request-ID": "score-1"},
    )
    assert status == 200 and headers["X-Request-ID"] == "score-1"
    status, _, _ = server.request("POST", "/v1/attributions", article)
    assert status == 200
    status, _, _ = server.request(
        "PATCH", "/v1/outlets/bbc.co.uk", {"notes": "x"},
        headers={"Authorization": f"Bearer {OTHER_TOKEN}", "If-Match": '"x"',
                 "X-Request-ID": "bad-token"},
    )
    assert status in (401, 403)
    server.stop()

    lines = [line for line in server.stdout().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    # the address to open is said once the service is up
    assert any(re.fullmatch(r"ready: open http://127\.0\.0\.1:\d+/ in a browser",
                            r.get("message", "")) for r in records)
    assert all(isinstance(r, dict) and r["level"] and r["logger"] for r in records)
    access = {r["request_id"]: r for r in records if r["logger"] == "gunicorn.access"}
    assert access["newsroom-cms-42"]["path"] == "/v1/outlets/lookup"
    assert access["newsroom-cms-42"]["status"] == 200
    assert access[generated]["path"] == "/healthz"
    assert access["score-1"]["status"] == 200
    assert access["bad-token"]["status"] in (401, 403)
    # The app's own lines carry the id of the request they were written in (a worker's start,
    # which loads its ratings before any request, has none to carry).
    degraded = [r for r in records if r["message"] == "redis unavailable, degrading"]
    assert any(r["request_id"] for r in degraded)
    assert all(r["request_id"] in access for r in degraded if r["request_id"])
    assert any(r["logger"] == "gunicorn.error" and "Booting worker" in r["message"]
               for r in records)

    everything = server.stdout() + server.stderr()
    for secret in (ADMIN_TOKEN, OTHER_TOKEN, "Bearer"):
        assert secret not in everything
    for sentence in (article["text"][:40], "quietly humming girders", "engineers had warned"):
        assert sentence not in everything
    # Nothing but JSON on stderr either (warnings, tracebacks would be plain text).
    assert [line for line in server.stderr().splitlines() if line.strip()] == []
