"""The hot paths (service.api.hot) under a real gunicorn in the default configuration: every
header the contract promises, the 304, and the JSON access line with the request id."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

LOOKUP = "/v1/outlets/lookup?url=https%3A%2F%2Fm.nypost.com%2F2022%2F08%2F05%2Fsome-story%2F"


@pytest.mark.serving
def test_hot_answers_under_gunicorn_carry_every_header_and_an_access_line(
    gunicorn: Callable[..., Any], redis_url: str, article: dict[str, str]
) -> None:
    # Redis shares the score cache, so the second score is a hit whichever worker answers.
    server = gunicorn(REDIS_URL=redis_url)
    origin = {"Origin": "chrome-extension://abc"}
    for attempt in range(6):  # each worker sees an Origin first through Flask, then hot
        status, headers, raw = server.request(
            "GET", LOOKUP, headers={**origin, "X-Request-ID": f"look-{attempt}"})
        assert status == 200 and json.loads(raw)["outlet"]["domain"] == "nypost.com"
        assert re.fullmatch(r'"v\d+-[0-9a-f]{12}"', headers["ETag"])
        assert "max-age=" in headers["Cache-Control"]
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert "X-Request-ID" in headers["Access-Control-Expose-Headers"]
        assert headers["X-Request-ID"] == f"look-{attempt}"
        assert headers["Content-Type"] == "application/json"
    status, headers, raw = server.request(
        "GET", LOOKUP, headers={**origin, "If-None-Match": headers["ETag"],
                                "X-Request-ID": "revalidate"})
    assert status == 304 and raw == b"" and headers["X-Request-ID"] == "revalidate"

    for attempt in range(4):
        status, headers, raw = server.request(
            "POST", "/v1/score", article, headers={"X-Request-ID": f"score-{attempt}"})
        assert status == 200 and headers["X-Request-ID"] == f"score-{attempt}"
        assert headers["X-Cache"] == ("miss" if attempt == 0 else "hit")
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert json.loads(raw)["score"]["label"]
    server.stop()

    records = [json.loads(line) for line in server.stdout().splitlines() if line.strip()]
    access = {r["request_id"]: r for r in records if r["logger"] == "gunicorn.access"}
    for request_id, path, status in (
        *((f"look-{i}", "/v1/outlets/lookup", 200) for i in range(6)),
        ("revalidate", "/v1/outlets/lookup", 304),
        *((f"score-{i}", "/v1/score", 200) for i in range(4)),
    ):
        line = access[request_id]
        assert (line["path"], line["status"], line["method"]) == (
            path, status, "GET" if path.startswith("/v1/outlets") else "POST")
        assert line["duration_ms"] >= 0 and line["remote"] == "127.0.0.1"
        assert "?" not in line["path"]  # no query string in the access log
    assert [line for line in server.stderr().splitlines() if line.strip()] == []
