"""The hot paths (service.api.hot): the look-up and the cached score answered below Flask give
the answer Flask gives, headers, 304, CORS, request ids, rate limits and metrics included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families
from support import make_app, problem

from service.api.hot import HotPaths

LOOKUP = "/v1/outlets/lookup?url=https%3A%2F%2Fm.nypost.com%2F2022%2F08%2F05%2Fsome-story%2F"
ARTICLE = {"headline": "Bridge to reopen", "text": "The mayor said the bridge would reopen.",
           "url": "https://www.reuters.com/world/bridge"}


class Spy:
    """Records which requests the hot paths left to Flask (every other one they answered)."""

    def __init__(self, app: Flask) -> None:
        hot = app.wsgi_app
        assert isinstance(hot, HotPaths)
        self.hot, self.inner = hot, hot.inner
        self.to_flask: list[str] = []
        self.ids: list[str | None] = []

        def inner(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
            self.to_flask.append(environ["PATH_INFO"])
            self.ids.append(environ.get("service.request_id"))
            return self.inner(environ, start_response)

        hot.inner = inner

    def flask_only(self, app: Flask) -> Callable[[], None]:
        """Route every request past the hot paths until the returned function is called."""
        app.wsgi_app = self.inner  # type: ignore[method-assign]

        def restore() -> None:
            app.wsgi_app = self.hot  # type: ignore[method-assign]

        return restore


def _answer(response: Any) -> tuple[int, list[tuple[str, str]], bytes]:
    return response.status_code, list(response.headers.items()), response.get_data()


def _samples(client: FlaskClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    plain = FlaskClient(client.application, client.application.response_class)
    text = plain.get("/metrics").get_data(as_text=True)  # not part of the API contract
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _requests(values: dict[Any, float], method: str, route: str, status: int) -> float:
    return values.get(("http_requests_total", (("method", method), ("route", route),
                                                ("status", str(status))),), 0.0)


@pytest.fixture
def served(sqlite_url: str, tmp_path: Path) -> tuple[Flask, FlaskClient, Spy]:
    app = make_app(sqlite_url, tmp_path, CORS_WRITE_ORIGINS="https://desk.example")
    return app, app.test_client(), Spy(app)


# Requests the hot paths answer once the CORS headers of their Origin are known.
HOT_REQUESTS: list[tuple[str, str, dict[str, str], Any]] = [
    ("GET", LOOKUP, {}, None),
    ("GET", LOOKUP, {"Origin": "chrome-extension://abc"}, None),
    ("GET", "/v1/outlets/lookup?url=bbc.co.uk", {}, None),
    ("GET", "/v1/outlets/lookup?url=https://no-such-outlet-here.com/x", {}, None),
    ("GET", "/v1/outlets/lookup?name=the+New+York+Post", {}, None),
    ("GET", "/v1/outlets/lookup?name=Channel%20One", {}, None),
    ("POST", "/v1/score", {}, ARTICLE),
    ("POST", "/score", {"Origin": "https://cms.example"}, ARTICLE),
]


@pytest.mark.parametrize(("method", "path", "headers", "body"), HOT_REQUESTS)
def test_hot_answer_equals_flasks(served: tuple[Flask, FlaskClient, Spy], method: str,
                                  path: str, headers: dict[str, str], body: Any) -> None:
    app, client, spy = served
    headers = {**headers, "X-Request-ID": "same-id"}
    # The first request of an Origin (and a score's first, a miss) is Flask's; then it is hot.
    client.open(path, method=method, headers=headers, json=body)
    assert spy.to_flask == [path.partition("?")[0]]
    hot = client.open(path, method=method, headers=headers, json=body)
    assert spy.to_flask == [path.partition("?")[0]], "the hot paths left it to Flask"

    restore = spy.flask_only(app)
    try:
        flask = client.open(path, method=method, headers=headers, json=body)
    finally:
        restore()
    assert _answer(hot) == _answer(flask)
    names = {name for name, _ in hot.headers.items()}
    assert {"Content-Type", "Content-Length", "Access-Control-Allow-Origin",
            "Access-Control-Expose-Headers", "X-Request-ID"} <= names
    if method == "GET":
        assert {"ETag", "Cache-Control"} <= names
    else:
        assert hot.headers["X-Cache"] == "hit"


def test_if_none_match_is_a_304_on_the_hot_path(served: tuple[Flask, FlaskClient, Spy]) -> None:
    _, client, spy = served
    etag = client.get(LOOKUP).headers["ETag"]
    for sent in (etag, f'W/"x", {etag}', "*"):
        answer = client.get(LOOKUP, headers={"If-None-Match": sent})
        assert answer.status_code == 304 and answer.get_data() == b""
        assert answer.headers["ETag"] == etag and "Content-Type" not in answer.headers
        assert answer.headers["Access-Control-Allow-Origin"] == "*"
        assert "max-age" in answer.headers["Cache-Control"]
    assert client.get(LOOKUP, headers={"If-None-Match": '"v0-other"'}).status_code == 200
    assert spy.to_flask == ["/v1/outlets/lookup"]  # only the very first, for its CORS headers


def test_what_the_hot_paths_leave_to_flask(served: tuple[Flask, FlaskClient, Spy]) -> None:
    _, client, spy = served
    client.get(LOOKUP)
    spy.to_flask.clear()
    # An invalid URL: Flask's 422 problem.
    problem(client.get("/v1/outlets/lookup?url=javascript:alert(1)"), 422)
    # Two arguments, or none: the schema's 422.
    problem(client.get("/v1/outlets/lookup?url=bbc.co.uk&name=BBC"), 422)
    # A score the cache lacks: computed by Flask, a miss.
    assert client.post("/v1/score", json=ARTICLE).headers["X-Cache"] == "miss"
    # A body that is not JSON: Flask's 415.
    problem(client.post("/v1/score", data="text", content_type="text/plain"), 415)
    # An origin allowed to write gets Flask's extra CORS headers.
    desk = client.get(LOOKUP, headers={"Origin": "https://desk.example"})
    assert "PATCH" in desk.headers["Access-Control-Allow-Methods"]
    assert client.get(LOOKUP, headers={"Origin": "https://desk.example"}).headers[
        "Access-Control-Allow-Origin"] == "https://desk.example"
    # A preflight is flask-cors'.
    preflight = client.options(LOOKUP, headers={"Origin": "chrome-extension://abc",
                                                "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200 and preflight.headers["Access-Control-Allow-Origin"]
    assert spy.to_flask == ["/v1/outlets/lookup"] * 2 + ["/v1/score"] * 2 + [
        "/v1/outlets/lookup"] * 3


def test_a_request_left_to_flask_keeps_the_id_it_was_given(
    served: tuple[Flask, FlaskClient, Spy],
) -> None:
    _, client, spy = served
    client.get(LOOKUP)
    spy.ids.clear()
    # A score miss goes through the hot path (which gives it an id) and then to Flask.
    answer = client.post("/v1/score", json={**ARTICLE, "headline": "Another"})
    assert answer.headers["X-Cache"] == "miss"
    assert spy.ids == [answer.headers["X-Request-ID"]]
    assert answer.headers.getlist("X-Request-ID") == [spy.ids[0]]
    # Ids given by the hot path: fresh each time, or the client's own when sane.
    ids = {client.get(LOOKUP).headers["X-Request-ID"] for _ in range(3)}
    assert len(ids) == 3 and all(len(i) == 32 for i in ids)
    assert client.get(LOOKUP, headers={"X-Request-ID": "ext-7"}).headers["X-Request-ID"] == (
        "ext-7")
    assert client.get(LOOKUP, headers={"X-Request-ID": "x" * 129}).headers[
        "X-Request-ID"] != "x" * 129


def test_metrics_count_hot_answers(served: tuple[Flask, FlaskClient, Spy]) -> None:
    _, client, spy = served
    before = _samples(client)
    client.get(LOOKUP)
    etag = client.get(LOOKUP).headers["ETag"]
    client.get(LOOKUP, headers={"If-None-Match": etag})
    client.post("/v1/score", json=ARTICLE)  # miss
    client.post("/v1/score", json=ARTICLE)  # hit
    client.post("/score", json=ARTICLE)  # hit
    after = _samples(client)
    assert spy.to_flask == ["/metrics", "/v1/score", "/metrics"]  # the miss is Flask's

    def grew(*key: Any) -> float:
        return _requests(after, *key) - _requests(before, *key)

    assert grew("GET", "/v1/outlets/lookup", 200) == 2
    assert grew("GET", "/v1/outlets/lookup", 304) == 1
    assert grew("POST", "/v1/score", 200) == 2
    assert grew("POST", "/score", 200) == 1
    latency = ("http_request_duration_seconds_count",
               (("method", "GET"), ("route", "/v1/outlets/lookup")))
    assert after[latency] - before.get(latency, 0.0) == 3
    hits = ("score_cache_total", (("result", "hit"),))
    misses = ("score_cache_total", (("result", "miss"),))
    assert after[hits] - before[hits] == 2 and after[misses] - before[misses] == 1


def test_rate_limit_holds_on_the_hot_path(sqlite_url: str, tmp_path: Path) -> None:
    app = make_app(sqlite_url, tmp_path, RATE_LIMIT_DEFAULT="3 per minute",
                   RATE_LIMIT_SCORE="2 per minute")
    client, spy = app.test_client(), Spy(app)
    for _ in range(3):
        assert client.get(LOOKUP).status_code == 200
    assert spy.to_flask == ["/v1/outlets/lookup"]  # the rest were hot, and counted
    limited = client.get(LOOKUP, headers={"X-Request-ID": "too-many"})
    body = problem(limited, 429)
    assert body["type"].endswith("/rate-limited") and body["request_id"] == "too-many"
    assert int(limited.headers["Retry-After"]) > 0
    assert limited.headers["X-Request-ID"] == "too-many"
    assert limited.headers["Access-Control-Allow-Origin"] == "*"
    # Another client, and another route, have their own counters.
    assert client.get(LOOKUP, environ_base={"REMOTE_ADDR": "10.9.9.9"}).status_code == 200
    assert client.post("/v1/score", json=ARTICLE).status_code == 200  # miss, Flask
    assert client.post("/v1/score", json=ARTICLE).headers["X-Cache"] == "hit"  # hot
    problem(client.post("/v1/score", json=ARTICLE), 429)


@pytest.mark.parametrize("origin", ["https://a.example", "https://other.example", None])
def test_hot_answer_equals_flasks_with_origins_listed_and_metrics_and_limits_off(
    sqlite_url: str, tmp_path: Path, origin: str | None
) -> None:
    app = make_app(sqlite_url, tmp_path, CORS_ORIGINS="https://a.example",
                   METRICS_ENABLED=False, RATE_LIMIT_ENABLED=False)
    client, spy = app.test_client(), Spy(app)
    headers = {"X-Request-ID": "same-id", **({"Origin": origin} if origin else {})}
    client.get(LOOKUP, headers=headers)
    hot = client.get(LOOKUP, headers=headers)
    assert spy.to_flask == ["/v1/outlets/lookup"]
    restore = spy.flask_only(app)
    try:
        flask = client.get(LOOKUP, headers=headers)
    finally:
        restore()
    assert _answer(hot) == _answer(flask)
    if origin is not None:  # a listed origin is allowed, another is not
        allowed = hot.headers.get("Access-Control-Allow-Origin")
        assert allowed == (origin if origin == "https://a.example" else None)
