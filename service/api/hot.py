"""The two requests clients make most, answered below Flask: a look-up by one URL or name, and
a score the cache already holds.

A browser extension looks up every link it shows and a CMS re-scores an unchanged article on
every save, so these two answers are paid for millions of times. Through Flask each costs its
dispatch (request and app contexts, URL matching, hooks, flask-smorest's wrappers, response
object) on top of the work, which is a dictionary read; here the same answer is written
straight to the WSGI server. `HotPaths` sits outermost around the app and takes a request
only when every part of its answer is already known to be the ordinary one:

- ``GET /v1/outlets/lookup`` with a single ``url=`` or ``name=`` of a valid length whose URL is
  a web address, and ``POST /v1/score`` or ``POST /score`` with a JSON body (its length given)
  whose score the cache holds;
- CORS: the headers flask-cors gives this Origin are already worked out (service.web's
  CorsDecisions), and the Origin is not one allowed to write;
- the client is within its rate limit.

Everything else, and anything unexpected on the way, goes to Flask unchanged: HEAD and
preflights, an invalid URL (its 422), a score the cache lacks, a request over its limit (its
429; that request is then counted once more, which changes nothing for a client already over),
errors. The answer is the one Flask gives, byte for byte but the request id (tests/api/
test_hot_paths.py compares the two): built by the same functions (``outlets.lookup_answer``,
``articles.cached_payload``), with the same headers in the same order (ETag and
Cache-Control, or X-Cache; CORS; X-Request-ID), the 304 on If-None-Match, the same request id
rules, and the same metrics (``http_requests_total`` and the latency histogram under the URL
rule, ``score_cache_total{result="hit"}``).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.http import parse_etags

from service.api import articles, outlets
from service.errors import Problem
from service.limits import EXTENSION as LIMITS_EXTENSION
from service.logging import REQUEST_ID_ENVIRON, REQUEST_ID_HEADER, clean_request_id, hot_request_id
from service.metrics import EXTENSION as METRICS_EXTENSION
from service.metrics import STARTED_ENVIRON
from service.ratings.store import Unavailable
from service.web import CORS_EXTENSION

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
LOOKUP_ROUTE = "/v1/outlets/lookup"
SCORE_ROUTES = frozenset({"/v1/score", "/score"})  # URL rules, the same as their paths
_JSON = "application/json"


class HotPaths:
    """WSGI middleware: the hot requests answered here, every other one by ``inner``."""

    def __init__(self, app: Flask, inner: WSGIApp) -> None:
        services = app.extensions["service"]
        self.inner = inner
        self.holder = services.holder
        self.cache = services.cache
        self.max_body = services.settings.MAX_BODY_BYTES
        self.cache_control = (f"public, max-age={services.settings.HTTP_MAX_AGE}, "
                              "stale-while-revalidate=60")
        self.metrics = app.extensions.get(METRICS_EXTENSION)
        self.limits = app.extensions.get(LIMITS_EXTENSION)
        self.cors = app.extensions.get(CORS_EXTENSION)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO")
        if self.cors is not None and (
            (method == "GET" and path == LOOKUP_ROUTE)
            or (method == "POST" and path in SCORE_ROUTES)
        ):
            cors = self.cors.known(environ)
            if cors is not None:
                return self._answer(environ, start_response, method, path, cors)
        return self.inner(environ, start_response)

    def _answer(self, environ: dict[str, Any], start_response: Callable[..., Any], method: str,
                path: str, cors: list[tuple[str, Any]]) -> Any:
        # The clock and the id are set once: a request left to Flask keeps both (the metrics
        # and request-id wrappers take them from the environ).
        environ[STARTED_ENVIRON] = started = time.perf_counter()
        request_id = clean_request_id(environ.get("HTTP_X_REQUEST_ID"))
        environ[REQUEST_ID_ENVIRON] = request_id
        token = hot_request_id.set(request_id)  # log lines written on the way carry it
        answer = None
        try:
            answer = self._lookup(environ) if method == "GET" else self._score(environ)
            if answer is not None and self.limits is not None:
                if not self.limits.count(method, path, path, environ)[0]:
                    answer = None  # Flask answers the 429
        except Exception:
            answer = None  # Flask answers it, with its error handling and its log line
        finally:
            hot_request_id.reset(token)
        if answer is None:
            return self.inner(environ, start_response)
        status, headers, body = answer
        headers.extend(cors)
        headers.append((REQUEST_ID_HEADER, request_id))
        start_response(_STATUS_LINES[status], headers)
        if self.metrics is not None:
            self.metrics.count_request(method, path, status, started)
            if method == "POST":
                self.metrics.score_cache_hit(True)
        return [body]

    def _lookup(self, environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes] | None:
        """``Lookup.get`` for a plain query (outlets.one_lookup_pair), or None."""
        query = environ.get("QUERY_STRING", "").encode("latin-1")
        args = outlets.one_lookup_pair(query)
        if args is None:
            return None
        try:
            snapshot = self.holder.current()
        except Unavailable:
            return None
        try:
            text, etag = outlets.lookup_answer(snapshot, args, query)
        except Problem:
            return None
        headers = [("ETag", etag), ("Cache-Control", self.cache_control)]
        sent = environ.get("HTTP_IF_NONE_MATCH")
        if sent:
            tags = parse_etags(sent)
            if tags.star_tag or tags.contains(etag.strip('"')):
                return 304, headers, b""
        body = text.encode()
        headers += [("Content-Type", _JSON), ("Content-Length", str(len(body)))]
        return 200, headers, body

    def _score(self, environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes] | None:
        """``Score.post`` for a JSON body whose score the cache holds, or None (and the body
        read is put back for Flask)."""
        media_type = environ.get("CONTENT_TYPE", "").partition(";")[0].strip().lower()
        length = environ.get("CONTENT_LENGTH", "")
        if media_type != _JSON or not length.isdigit() or not 0 < int(length) <= self.max_body:
            return None
        data = environ["wsgi.input"].read(int(length))
        environ["wsgi.input"] = io.BytesIO(data)
        try:
            snapshot = self.holder.current()
        except Unavailable:
            return None
        payload = articles.cached_payload(data, snapshot, self.cache)
        if payload is None:
            return None
        return 200, [("X-Cache", "hit"), ("Content-Type", _JSON),
                     ("Content-Length", str(len(payload)))], payload


_STATUS_LINES = {200: "200 OK", 304: "304 NOT MODIFIED"}


def install(app: Flask) -> None:
    """Put HotPaths outermost around the app's WSGI chain (call after every other part that
    wraps it or that it reads: request ids, metrics, CORS, rate limits)."""
    app.wsgi_app = HotPaths(app, app.wsgi_app)  # type: ignore[method-assign]
