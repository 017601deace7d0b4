"""Rate limits per client and per token (flask-limiter), counters in Redis or in-process.

A request with a bearer token is counted against the token (so one newsroom's integration behind
a shared proxy address is limited as itself); any other request against its client address.
The score routes and the admin writes have limits of their own (RATE_LIMIT_SCORE,
RATE_LIMIT_WRITE); every other route has RATE_LIMIT_DEFAULT. Health and metrics are exempt.
When Redis fails, the counters fall back to memory instead of failing the request.
"""

from __future__ import annotations

import hashlib
from typing import Any

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from service.config import Settings

_EXEMPT = {"/healthz", "/readyz", "/metrics"}
_SCORE_PATHS = ("/v1/score", "/score", "/v1/attributions")
_WRITE_METHODS = {"PUT", "PATCH", "DELETE"}


def client_key() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        # The token itself never reaches a key, a log line or Redis: only its digest.
        return "token:" + hashlib.sha256(token.strip().encode()).hexdigest()[:24]
    return "ip:" + (get_remote_address() or "unknown")


def register_limits(app: Flask, settings: Settings) -> Limiter | None:
    if not settings.RATE_LIMIT_ENABLED:
        return None

    def limit_for_request() -> str:
        if request.method in _WRITE_METHODS:
            return settings.RATE_LIMIT_WRITE
        if request.path.startswith(_SCORE_PATHS):
            return settings.RATE_LIMIT_SCORE
        return settings.RATE_LIMIT_DEFAULT

    storage_options: dict[str, Any] = {}
    if settings.REDIS_URL:
        storage_options = {"socket_timeout": settings.REDIS_SOCKET_TIMEOUT,
                           "socket_connect_timeout": settings.REDIS_SOCKET_TIMEOUT}
    limiter = Limiter(
        key_func=client_key,
        app=app,
        storage_uri=settings.REDIS_URL or "memory://",
        storage_options=storage_options,
        default_limits=[limit_for_request],
        default_limits_exempt_when=lambda: request.path in _EXEMPT,
        headers_enabled=True,
        swallow_errors=True,
        in_memory_fallback_enabled=True,
        strategy="fixed-window",
        key_prefix="ratelimit",
    )
    return limiter
