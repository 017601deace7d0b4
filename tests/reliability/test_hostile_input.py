"""Bad input: each a clear 4xx problem (or a right 200), never a 5xx.

The families of reliability/hostile.py go through the in-process API (every answer is checked
against openapi.yaml by the ContractClient); bench/hostile_input.py times the same at n and 2n
(linear time: a ratio near 2, bar 3).
The body-size limit is checked on a real gunicorn: a body over MAX_BODY_BYTES is refused before
the client has sent it.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from reliability.hostile import FAMILIES, Family
from reliability.serving import serving
from support import auth, make_app, problem


def _send(client: FlaskClient, family: Family, n: int, salt: int = 0) -> Any:
    return client.open(family.path, method=family.method, data=family.body(n, salt),
                       content_type="application/json")


def _check(response: Any, family: Family) -> None:
    assert response.status_code in family.ok, (family.name, response.get_data(as_text=True)[:300])
    if response.status_code >= 400:
        problem(response, response.status_code)


@pytest.mark.parametrize("family", FAMILIES, ids=[f.name for f in FAMILIES])
def test_hostile_family_is_answered(client: FlaskClient, family: Family) -> None:
    """The right status, and a problem body when refused, at the family's full size and half.

    How the time grows with the size is a benchmark's business (bench/hostile_input.py prints
    t(2n)/t(n) for every family): a wall-clock ratio in a unit test fails on a busy machine."""
    for salt, size in enumerate((max(1, family.n // 2), family.n), start=1):
        _check(_send(client, family, size, salt=salt), family)


# -- small cases: unknown fields, wrong types, numbers, encodings -------------------------------

SCORE = "/v1/score"
BULK = "/v1/outlets/lookup"

BAD_BODIES: list[tuple[str, str, bytes, int]] = [
    ("unknown field", SCORE, b'{"text": "He said so.", "extra": 1}', 422),
    ("unknown field (bulk)", BULK, b'{"items": ["nypost.com"], "limit": 5}', 422),
    ("unknown field (batch)", "/v1/score/batch", b'{"articles": [], "x": 1}', 422),
    ("text is a number", SCORE, b'{"text": 12}', 422),
    ("text is a list", SCORE, b'{"text": ["a"]}', 422),
    ("items is a string", BULK, b'{"items": "nypost.com"}', 422),
    ("items of numbers and null", BULK, b'{"items": [1, null, true]}', 422),
    ("body is a list", SCORE, b"[]", 422),
    ("body is a string", SCORE, b'"text"', 422),
    ("body is null", SCORE, b"null", 422),
    ("empty body", SCORE, b"", 422),
    ("truncated JSON", SCORE, b'{"text": "He sa', 400),
    ("NaN", SCORE, b'{"text": NaN}', 400),
    ("Infinity", BULK, b'{"items": [Infinity]}', 400),
    ("1e309 (overflows to infinity)", BULK, b'{"items": [1e309]}', 422),
    ("invalid UTF-8", SCORE, b'{"text": "caf\xe9 said"}', 400),
    ("UTF-16 body", SCORE, '{"text": "He said so."}'.encode("utf-16"), 400),
    ("BOM then JSON", SCORE, b'\xef\xbb\xbf{"text": "He said so."}', 400),
    ("NUL in text", SCORE, b'{"text": "a\\u0000b said"}', 422),
    ("escape character in headline", SCORE, b'{"text": "x said", "headline": "\\u001b[31m"}', 422),
    ("lone surrogate in text", SCORE, b'{"text": "\\ud800 said"}', 422),
    ("text over MAX_TEXT_CHARS", SCORE, json.dumps({"text": "a" * 1_000_001}).encode(), 413),
]


@pytest.mark.parametrize(("path", "body", "status"), [case[1:] for case in BAD_BODIES],
                         ids=[case[0] for case in BAD_BODIES])
def test_bad_body_is_a_clear_problem(client: FlaskClient, path: str, body: bytes,
                                     status: int) -> None:
    response = client.post(path, data=body, content_type="application/json")
    problem(response, status)


BAD_QUERIES = [
    "/v1/outlets?page=abc",
    "/v1/outlets?per_page=1" + "0" * 30,
    "/v1/outlets?page=" + "9" * 5000,
    "/v1/outlets?min_reliability=1e309",
    "/v1/outlets?min_reliability=nan",
    "/v1/outlets/lookup?url=nypost.com%00",
    "/v1/outlets/lookup?url=%ff%fe",
    "/v1/outlets/lookup?url=%ed%a0%80.com",
    "/v1/outlets/lookup?name=" + "x" * 300,
    "/v1/outlets/nypost.com/history?per_page=-1",
]


@pytest.mark.parametrize("path", BAD_QUERIES, ids=[p[:60] for p in BAD_QUERIES])
def test_bad_query_is_a_clear_problem(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500, (path, response.status_code)
    problem(response, response.status_code)


# -- found by these tests (5xx on hostile values, fixed since; see docs/reliability.md) ---------

HUGE_INT = b"9" * 5000  # Python refuses int() of more than 4300 digits with a ValueError


@pytest.mark.parametrize(("path", "body"), [
    (SCORE, b'{"text": ' + HUGE_INT + b"}"),
    (BULK, b'{"items": [' + HUGE_INT + b"]}"),
    ("/v1/score/batch", b'{"articles": [' + HUGE_INT + b"]}"),
], ids=["score", "bulk-lookup", "batch"])
def test_integer_of_5000_digits_is_a_4xx(client: FlaskClient, path: str, body: bytes) -> None:
    response = client.post(path, data=body, content_type="application/json")
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)[:300]


def test_lone_surrogate_in_bulk_lookup_is_a_4xx(client: FlaskClient) -> None:
    # Valid JSON ("\ud800" is a legal escape) decoding to a string that is not valid Unicode;
    # echoing it back in the results fails to encode.
    response = client.post(BULK, data=b'{"items": ["\\ud800.com", "nypost.com"]}',
                           content_type="application/json")
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)[:300]


@pytest.mark.parametrize(("field", "value"), [
    ("notes", "a\u0000b"), ("reason", "desk\u0000review"), ("notes", "\ud800"),
    ("aliases", ["NY\u0000Post"]), ("notes", "bell \u0007 and escape \u001b[2J"),
], ids=["NUL in notes", "NUL in reason", "lone surrogate in notes", "NUL in an alias",
        "control characters in notes"])
def test_invalid_characters_in_a_correction_are_a_422(
    tmp_path: Path, database_url: str, field: str, value: Any
) -> None:
    """Written fields get the same character rules as article text: PostgreSQL cannot store a
    NUL (it was a 500), SQLite stored it (a 200), a lone surrogate failed to encode (a 500)."""
    client = make_app(database_url, tmp_path).test_client()
    etag = client.get("/v1/outlets/nypost.com").headers["ETag"]
    body = {"reason": "desk review", field: value}
    if field == "reason":
        body["notes"] = "reviewed"
    raw = json.dumps(body).encode()  # ensure_ascii: the surrogate travels as a JSON escape
    response = client.patch("/v1/outlets/nypost.com", data=raw, content_type="application/json",
                            headers=auth(**{"If-Match": etag}))
    problem(response, 422)
    assert client.get("/v1/outlets/nypost.com").headers["ETag"] == etag, "the write went through"


# -- the body-size limit, on a real gunicorn ----------------------------------------------------


@pytest.mark.serving
def _read_answer(sock: socket.socket) -> bytes:
    """One whole HTTP answer: the head, then as many body bytes as Content-Length says (a
    threaded worker may send them in separate packets)."""
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(65536)
        if not chunk:
            return answer
        answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def test_body_over_the_limit_is_refused_before_it_is_read(tmp_path: Path,
                                                          sqlite_url: str) -> None:
    limit = 100_000
    with serving(tmp_path, sqlite_url, MAX_BODY_BYTES=str(limit), WEB_CONCURRENCY="1") as server:
        # Announced too large: the answer comes while 99.9 % of the body was never sent.
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            sock.sendall(b"POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
                         + b'{"text": "' + b"a" * 40_000)
            started = time.monotonic()
            answer = _read_answer(sock)
            waited = time.monotonic() - started
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 413"), answer[:300]
        assert b"application/problem+json" in head
        assert json.loads(body)["status"] == 413
        assert waited < 5

        # Not announced (chunked): reading stops at the limit, and the answer says why (werkzeug's
        # LimitedStream hands the first MAX_BODY_BYTES over without an error: the service must
        # notice the cut itself, not answer the cut JSON with 400 "not valid JSON").
        chunk = b"a" * 50_000
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            sock.sendall(b"POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                for _ in range(40):  # 2 MB offered, 20 times the limit
                    sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sock.sendall(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered and closed before taking it all: what we want
            answer = _read_answer(sock)
        assert answer.startswith(b"HTTP/1.1 413"), answer[:300]
        assert server.request("GET", "/healthz")[0] == 200
