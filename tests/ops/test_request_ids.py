"""Every answer carries a request id: the client's when it is sane, else a fresh one."""

from __future__ import annotations

from pathlib import Path

from support import make_app, problem


def test_request_id_echoed_generated_and_in_problems(sqlite_url: str, tmp_path: Path) -> None:
    client = make_app(sqlite_url, tmp_path).test_client()
    sent = client.get("/v1/outlets/nypost.com", headers={"X-Request-ID": "cms-save-7"})
    assert sent.headers["X-Request-ID"] == "cms-save-7"

    first = client.get("/healthz").headers["X-Request-ID"]
    second = client.get("/healthz").headers["X-Request-ID"]
    assert len(first) == 32 and int(first, 16) >= 0 and first != second

    # Unprintable or oversized ids are replaced, never echoed.
    for bad in ("a\u00e9b", "x" * 129):
        echoed = client.get("/healthz", headers={"X-Request-ID": bad}).headers["X-Request-ID"]
        assert echoed != bad and len(echoed) == 32

    # A problem names the id of its request, also for a route that does not exist.
    missing = client.get("/no/such/route", headers={"X-Request-ID": "lost-1"})
    assert missing.headers["X-Request-ID"] == "lost-1"
    assert problem(missing, 404)["request_id"] == "lost-1"
    refused = client.post("/v1/score", json={"text": 5}, headers={"X-Request-ID": "bad-body"})
    assert problem(refused, 422)["request_id"] == "bad-body"
    assert refused.headers.getlist("X-Request-ID") == ["bad-body"]
