"""JSON logs to standard output, one object per line, each with the request id.

No article text and no token ever reaches a log line: views log ids, sizes and outcomes only, and
the access log leaves out the Authorization header.
"""

from __future__ import annotations

import logging
import os
import random
import sys
from contextvars import ContextVar
from typing import Any

from flask import Flask, has_request_context, request
from pythonjsonlogger.json import JsonFormatter

REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID_ENVIRON = "service.request_id"
_MAX_REQUEST_ID = 128


# The id of a request answered below Flask (service.api.hot), where there is no request
# context to read it from; set for the length of that answer only.
hot_request_id: ContextVar[str | None] = ContextVar("hot_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being served (None outside a request)."""
    if has_request_context():
        return request.environ.get(REQUEST_ID_ENVIRON)
    return hot_request_id.get()


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id()
        return True


def json_formatter() -> JsonFormatter:
    return JsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        timestamp=False,
        datefmt="%Y-%m-%dT%H:%M:%S%z",
    )


def configure_logging(level: int) -> None:
    """Route the root logger to stdout as JSON (idempotent: one handler however often called)."""
    root = logging.getLogger()
    handler = next((h for h in root.handlers if getattr(h, "_service_json", False)), None)
    if handler is None:
        handler = logging.StreamHandler(sys.stdout)
        handler._service_json = True  # type: ignore[attr-defined]
        handler.setFormatter(json_formatter())
        handler.addFilter(RequestIdFilter())
        root.addHandler(handler)
    root.setLevel(level)


_ids = random.Random()
os.register_at_fork(after_in_child=_ids.seed)  # forked workers must not share a sequence


def clean_request_id(raw: str | None) -> str:
    """The client's X-Request-ID when it is sane (printable ASCII, at most 128 characters),
    else a fresh one."""
    if raw and len(raw) <= _MAX_REQUEST_ID and raw.isprintable() and raw.isascii():
        return raw
    # A request id only has to be unique, not secret: 128 bits of a PRNG seeded from the OS (at
    # import and again in every forked worker) cost a tenth of a uuid4, which asks the kernel
    # for fresh bytes on every request.
    return f"{_ids.getrandbits(128):032x}"


def register_request_ids(app: Flask) -> None:
    """Give every request an id (the client's X-Request-ID when it is sane) and echo it.

    Done around the WSGI call rather than in Flask hooks: it costs one environ entry and one
    header, and every answer carries it, errors raised before any hook ran included."""
    inner = app.wsgi_app

    def with_request_id(environ: dict[str, Any], start_response: Any) -> Any:
        # An id the hot paths (service.api.hot) already gave a request they left to Flask
        request_id = environ.get(REQUEST_ID_ENVIRON) or clean_request_id(
            environ.get("HTTP_X_REQUEST_ID"))
        environ[REQUEST_ID_ENVIRON] = request_id
        header = (REQUEST_ID_HEADER, request_id)

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            headers.append(header)
            return start_response(status, headers, exc_info)

        return inner(environ, start)

    app.wsgi_app = with_request_id  # type: ignore[method-assign]
