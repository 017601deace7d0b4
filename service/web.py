"""Request rules that hold for every route: JSON parsing limits, media types and CORS."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, request
from flask.json.provider import DefaultJSONProvider
from flask_cors import CORS
from flask_cors.core import (
    ACL_ORIGIN,
    ACL_REQUEST_HEADER_PRIVATE_NETWORK,
    FLASK_CORS_EVALUATED,
)
from marshmallow import missing
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.routing import BaseConverter

from service.errors import Problem

_BODY_METHODS = {"POST", "PUT", "PATCH"}
_JSON_TYPES = {"application/json", "application/merge-patch+json"}
READ_METHODS = ["GET", "HEAD", "POST", "OPTIONS"]
WRITE_METHODS = ["PUT", "PATCH", "DELETE"]
_MAX_CORS_DECISIONS = 256
_PRIVATE_NETWORK_ENVIRON = "HTTP_" + ACL_REQUEST_HEADER_PRIVATE_NETWORK.upper().replace("-", "_")
EXPOSED_HEADERS = ["ETag", "Location", "Retry-After", "X-Request-ID", "X-Cache"]


class DomainConverter(BaseConverter):
    """A path segment that can be a host name (it has a dot), so /v1/outlets/lookup and
    /v1/outlets/snapshot never also match /v1/outlets/<domain>."""

    regex = r"[^/]*\.[^/]*"


class SafeJSONProvider(DefaultJSONProvider):
    """JSON bodies: deep nesting is a client error (Python's parser would hit its recursion
    limit and fail as a 500), and so are NaN and Infinity, which are not JSON."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return strict_json_loads(s, **kwargs)


def strict_json_loads(s: str | bytes, **kwargs: Any) -> Any:
    """json.loads that refuses, as JSONDecodeError (a 400): bytes that are not UTF-8, NaN and
    Infinity, nesting too deep for the parser and integers too long to convert; and as a 422,
    lone surrogate escapes (valid JSON, but text that can be neither stored nor sent back)."""
    if isinstance(s, bytes):
        try:
            s = s.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise json.JSONDecodeError(f"not UTF-8: {exc.reason}", "<body>", exc.start) from None
    try:
        value = json.loads(s, parse_constant=_reject_constant, **kwargs)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", "<body>", 0) from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise json.JSONDecodeError(str(exc).split(";")[0], "<body>", 0) from None
    if _SURROGATE_ESCAPE.search(s):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            # Valid JSON, but not text: it could be neither stored nor sent back.
            raise Problem(422, "invalid-text", "The body holds a lone surrogate escape "
                          f"(U+{ord(exc.object[exc.start]):04X}), which is not Unicode text.",
                          errors={"_body": ["lone surrogate escape"]}) from None
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _reject_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not valid JSON", name, 0)


class StrictBodyParser(FlaskParser):
    """webargs' parser with the same strict JSON reading as the rest of the service."""

    def _raw_load_json(self, req: Any) -> Any:
        if not is_json_request(req):
            return missing
        data = req.get_data(cache=True)
        limit = req.max_content_length
        if req.content_length is None and limit is not None and len(data) >= limit:
            # A body without Content-Length (chunked) is cut at the limit by the stream; a cut
            # body is a body too large, not a malformed one.
            raise RequestEntityTooLarge()
        return strict_json_loads(data)


CORS_EXTENSION = "cors_decisions"


class CorsDecisions:
    """flask-cors' answers for requests that are not preflights, remembered per Origin.

    flask-cors works out the same headers on every request (resource patterns, origin matching,
    option lists joined into strings). Here its one resource is the default ``/*``, which
    matches every path, so for a request that is not a preflight the headers it adds depend on
    the Origin and Access-Control-Request-Private-Network headers alone: they are worked out
    by flask-cors itself once per pair (a bounded number of pairs kept) and then copied, by the
    after_request function that replaces flask-cors' own and by the hot paths
    (service.api.hot), which ask ``known`` and leave a pair not yet seen to Flask.
    Preflights (OPTIONS) and responses whose CORS headers are already set go to flask-cors.
    """

    def __init__(self, original: Callable[..., Any], write_origins: set[str]) -> None:
        self.original = original
        self.write_origins = write_origins
        self._remembered: dict[tuple[str | None, str | None], list[tuple[str, Any]]] = {}

    def known(self, environ: dict[str, Any]) -> list[tuple[str, Any]] | None:
        """The CORS headers of a (non-preflight) answer to this request, if already worked out
        and complete: None for an origin allowed to write (``_write_cors`` adds more)."""
        origin = environ.get("HTTP_ORIGIN")
        if origin in self.write_origins:
            return None
        return self._remembered.get((origin, environ.get(_PRIVATE_NETWORK_ENVIRON)))

    def after_request(self, response: Response) -> Response:
        req = request._get_current_object()  # type: ignore[attr-defined]
        if req.method == "OPTIONS" or hasattr(response, FLASK_CORS_EVALUATED):
            return self.original(response)
        if response.headers.get(ACL_ORIGIN):
            return response
        environ = req.environ
        key = (environ.get("HTTP_ORIGIN"), environ.get(_PRIVATE_NETWORK_ENVIRON))
        added = self._remembered.get(key)
        if added is None:
            probe = Response()
            before = len(probe.headers)
            self.original(probe)
            added = list(probe.headers.items())[before:]
            if len(self._remembered) < _MAX_CORS_DECISIONS:
                self._remembered[key] = added
        headers = response.headers
        for name, value in added:
            headers.add(name, value)
        return response


def _cache_cors_decisions(app: Flask, write_origins: set[str]) -> None:
    """Replace flask-cors' after_request function with a CorsDecisions' (see there)."""
    funcs = app.after_request_funcs.get(None, [])
    if not funcs or funcs[-1].__name__ != "cors_after_request":
        return
    decisions = CorsDecisions(funcs[-1], write_origins)
    app.extensions[CORS_EXTENSION] = decisions

    def cors_after_request(response: Response) -> Response:
        return decisions.after_request(response)

    funcs[-1] = cors_after_request


def _fast_ensure_sync(app: Flask) -> None:
    """Flask asks, for every hook and view of every request, whether the function is a
    coroutine function (``ensure_sync``); the answer never changes, so remember it per
    function (plain functions only, a bounded number)."""
    plain: set[Any] = set()
    slow = app.ensure_sync

    def ensure_sync(func: Callable[..., Any]) -> Callable[..., Any]:
        key = getattr(func, "__func__", func)
        try:
            if key in plain:
                return func
        except TypeError:  # an unhashable callable: ask Flask every time
            return slow(func)
        wrapped = slow(func)
        if wrapped is func and len(plain) < _MAX_CORS_DECISIONS:
            plain.add(key)
        return wrapped

    app.ensure_sync = ensure_sync  # type: ignore[method-assign]


def register_http_rules(app: Flask) -> None:
    app.json_provider_class = SafeJSONProvider
    app.json = SafeJSONProvider(app)
    app.url_map.strict_slashes = False
    _fast_ensure_sync(app)
    app.url_map.converters["domain"] = DomainConverter
    settings = app.extensions["service"].settings

    @app.before_request
    def _media_type() -> None:
        if request.method in _BODY_METHODS and request.mimetype not in _JSON_TYPES:
            if request.content_length or request.mimetype:
                raise Problem(
                    415, "unsupported-media-type",
                    f"Send the body as application/json, not {request.mimetype or 'nothing'}.",
                )

    CORS(
        app,
        origins=settings.CORS_ORIGINS or [],
        methods=READ_METHODS,
        allow_headers=["Content-Type", "If-None-Match", "X-Request-ID"],
        expose_headers=EXPOSED_HEADERS,
        max_age=600,
        send_wildcard=settings.CORS_ORIGINS == ["*"],
    )
    write_origins = set(settings.CORS_WRITE_ORIGINS)
    _cache_cors_decisions(app, write_origins)

    @app.after_request
    def _write_cors(response: Response) -> Response:
        origin = request.headers.get("Origin")
        if origin and origin in write_origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Methods"] = ", ".join(
                READ_METHODS + WRITE_METHODS
            )
            response.headers["Access-Control-Allow-Headers"] = (
                "Authorization, Content-Type, If-Match, If-None-Match, X-Request-ID"
            )
            response.headers["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)
            response.vary.add("Origin")
        return response
