"""Auth on a real gunicorn: no write without a token whatever the trick, 401 versus 403, tokens
never in a log line, compared in constant time, and no cross-site preflight for writes."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from reliability.serving import Gunicorn, serving
from support import ADMIN_TOKEN, OTHER_TOKEN, make_app

pytestmark = pytest.mark.serving

PATCH_BODY = json.dumps({"notes": "written without a token", "reason": "auth trick"}).encode()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Gunicorn]:
    tmp = tmp_path_factory.mktemp("auth")
    shutil.copy(sqlite_template, tmp / "ratings.sqlite3")
    with serving(tmp, f"sqlite:///{tmp}/ratings.sqlite3", ACCESS_LOG="true", LOG_LEVEL="DEBUG",
                 WEB_CONCURRENCY="2") as started:
        yield started


def _version(server: Gunicorn) -> int:
    return int(server.json("GET", "/readyz")[2]["ratings"]["version"])


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0


def _raw_write(server: Gunicorn, method: str, target: str, etag: str,
               extra: str = "") -> bytes:
    head = (f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Content-Type: application/json\r\nIf-Match: {etag}\r\n{extra}"
            f"Content-Length: {len(PATCH_BODY)}\r\nConnection: close\r\n\r\n")
    return server.raw(head.encode("latin-1") + PATCH_BODY)


PATH_TRICKS = [
    "/v1/outlets/nypost.com", "/v1/outlets/nypost.com/", "//v1/outlets/nypost.com",
    "/v1//outlets/nypost.com", "/v1/outlets/./nypost.com", "/v1/outlets/../outlets/nypost.com",
    "/v1/outlets/%6eypost.com", "/v1/outlets/NYPOST.COM", "/V1/outlets/nypost.com",
    "/v1/outlets/nypost.com%2f", "/v1/outlets/nypost.com;admin=1", "/v1/outlets/www.nypost.com",
    "/v1/outlets/nypost.com?token=" + ADMIN_TOKEN, "/v1/outlets/nypost.com%00",
    "/v1/outlets/nypost.com/history", "/score/../v1/outlets/nypost.com",
    "/v1/outlets/nypost.com/%2e%2e/nypost.com", "http://127.0.0.1/v1/outlets/nypost.com",
    "/v1/source-kinds/vague", "/v1/source-kinds/vague/",
]
OVERRIDES = ["X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"]


def test_no_write_without_a_token_whatever_the_trick(server: Gunicorn) -> None:
    etag = server.request("GET", "/v1/outlets/nypost.com")[1]["ETag"]
    version = _version(server)
    outcomes: dict[str, int] = {}
    for path in PATH_TRICKS:
        for method in ("PATCH", "PUT", "DELETE", "patch"):
            outcomes[f"{method} {path}"] = _status(_raw_write(server, method, path, etag))
        for header in OVERRIDES:
            for method in ("POST", "GET"):
                answer = _raw_write(server, method, path, etag, f"{header}: PATCH\r\n")
                outcomes[f"{method} {path} {header}"] = _status(answer)
        outcomes[f"POST {path}?_method=PATCH"] = _status(
            _raw_write(server, "POST", path + ("&" if "?" in path else "?") + "_method=PATCH",
                       etag))
        # A token in the wrong place, or in a form that is not a bearer token.
        for header in (f"Authorization: Basic {base64.b64encode(ADMIN_TOKEN.encode()).decode()}",
                       f"Authorization: {ADMIN_TOKEN}", f"X-Api-Key: {ADMIN_TOKEN}",
                       f"Cookie: token={ADMIN_TOKEN}", "Authorization: Bearer",
                       f"Authorization: Bearer {OTHER_TOKEN}"):
            outcomes[f"PATCH {path} {header[:20]}"] = _status(
                _raw_write(server, "PATCH", path, etag, header + "\r\n"))
    # A GET with an override header is answered as the read it is; no write method is ever
    # answered 2xx, nothing is ever a 5xx or a dropped connection, and the version never moves.
    written = {k: v for k, v in outcomes.items()
               if v == 0 or v >= 500 or (200 <= v < 300 and not k.startswith("GET "))}
    assert not written, written
    assert _version(server) == version, "a write went through"
    assert len(outcomes) == len(PATH_TRICKS) * 16


def test_401_without_a_token_403_with_a_wrong_one(server: Gunicorn) -> None:
    etag = server.request("GET", "/v1/outlets/nypost.com")[1]["ETag"]
    body = {"notes": "x", "reason": "auth check"}
    status, headers, problem = server.json("PATCH", "/v1/outlets/nypost.com", body,
                                           {"If-Match": etag})
    assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
    assert headers["Content-Type"] == "application/problem+json" and problem["status"] == 401
    for bad in ("Bearer ", "Basic abc", "Token " + ADMIN_TOKEN):
        assert server.json("PATCH", "/v1/outlets/nypost.com", body,
                           {"If-Match": etag, "Authorization": bad})[0] == 401, bad
    for wrong in (OTHER_TOKEN, ADMIN_TOKEN[:-1], ADMIN_TOKEN + "x", ADMIN_TOKEN.upper()):
        status, headers, problem = server.json(
            "PATCH", "/v1/outlets/nypost.com", body,
            {"If-Match": etag, "Authorization": f"Bearer {wrong}"})
        assert status == 403 and problem["status"] == 403, wrong
    # The scheme is case-insensitive (RFC 9110); the token is not.
    status, _, _ = server.json("PATCH", "/v1/outlets/nypost.com", body,
                               {"If-Match": etag, "Authorization": f"bearer {ADMIN_TOKEN}"})
    assert status == 200


def test_cross_site_preflight_for_writes_is_refused_by_default(server: Gunicorn) -> None:
    for method in ("PATCH", "PUT", "DELETE"):
        _, headers, _ = server.request("OPTIONS", "/v1/outlets/nypost.com", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, if-match, content-type"})
        allowed = headers.get("Access-Control-Allow-Methods", "")
        assert method not in allowed, (method, headers)
        assert "authorization" not in headers.get("Access-Control-Allow-Headers", "").lower()
    # Reads across sites stay open (browser extensions).
    _, headers, _ = server.request("OPTIONS", "/v1/outlets/lookup", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert headers.get("Access-Control-Allow-Origin") == "*"


def test_tokens_never_reach_a_log_line(server: Gunicorn) -> None:
    """Run last in this module: the log holds every request the tests above made with both
    tokens (good and wrong, in headers, in a query string, base64-encoded)."""
    etag = server.request("GET", "/v1/outlets/nypost.com")[1]["ETag"]
    server.request("PATCH", "/v1/outlets/nypost.com", {"notes": "\ud800", "reason": "a 5xx?"},
                   {"If-Match": etag, "Authorization": f"Bearer {ADMIN_TOKEN}"})
    server.request("GET", f"/v1/outlets/lookup?url=nypost.com&token={ADMIN_TOKEN}")
    logs = server.output()
    assert len(logs.splitlines()) > 100, "the access log is not on"
    for secret in (ADMIN_TOKEN, OTHER_TOKEN, base64.b64encode(ADMIN_TOKEN.encode()).decode(),
                   ADMIN_TOKEN[:16]):
        assert secret not in logs, f"a token reached the logs: {secret[:6]}..."


def test_tokens_are_compared_in_constant_time(tmp_path: Path, sqlite_url: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every configured token is compared with hmac.compare_digest, even after a match: the
    time never tells which token, or how much of one, was right."""
    import service.api.http as http

    tokens = [ADMIN_TOKEN, "second-token-0123456789abcdef", "third-token-0123456789abcdef"]
    app = make_app(sqlite_url, tmp_path,
                   ADMIN_TOKENS=",".join(f"actor{i}:{t}" for i, t in enumerate(tokens)))
    client: FlaskClient = app.test_client()
    calls: list[tuple[Any, Any]] = []
    real = http.hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(http.hmac, "compare_digest", spy)
    etag = client.get("/v1/outlets/nypost.com").headers["ETag"]
    for presented in (tokens[0], tokens[2], "wrong-token-0123456789abcdef"):
        calls.clear()
        client.patch("/v1/outlets/nypost.com", json={"notes": "x", "reason": "timing"},
                     headers={"Authorization": f"Bearer {presented}", "If-Match": etag})
        assert len(calls) == len(tokens), (presented, len(calls))
        assert all(isinstance(a, bytes) and isinstance(b, bytes) for a, b in calls)
