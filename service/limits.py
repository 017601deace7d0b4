"""Rate limits per client and per token: the ``limits`` library's counters, in Redis or in-process.

A request with a bearer token is counted against the token (so one newsroom's integration behind
a shared proxy address is limited as itself); any other request against its client address.
The score routes and the admin writes have limits of their own (RATE_LIMIT_SCORE,
RATE_LIMIT_WRITE); every other route has RATE_LIMIT_DEFAULT. Each route counts on its own
(the key holds the URL rule). Health and metrics are exempt; so are CORS preflights.

With Redis, the counting, the windows and the storage are the ``limits`` library's (its fixed
window over Redis); this module only decides, per request, which limit and which key. It replaced
flask-limiter, which did the same through a general mechanism (decorators, blueprint scopes,
dynamic limits) that cost about 140 µs on every request: as much as the whole outlet look-up
(docs/benchmarks.md). Without Redis (and while Redis is away) the counters are
`LocalFixedWindows`, the same fixed windows counted in the process at a tenth of the cost of the
library's in-memory storage (see there).

When Redis fails the counters fall back to memory for ``_RETRY_REDIS_AFTER`` seconds instead of
failing the request; when counting fails altogether the request goes through.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, cast

from flask import Flask, request
from limits import RateLimitItem, WindowStats, parse
from limits.storage import Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter

from service.config import Settings
from service.errors import Problem

log = logging.getLogger(__name__)

_EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})
_SCORE_PATHS = ("/v1/score", "/score", "/v1/attributions")
_WRITE_METHODS = frozenset({"PUT", "PATCH", "DELETE"})
_PREFIX = "ratelimit"
_RETRY_REDIS_AFTER = 5.0
_UNMATCHED = "<unmatched>"


EXTENSION = "rate_limits"


def client_key(environ: dict[str, Any]) -> str:
    """Whom a request is counted against: its bearer token's digest, else its address."""
    header = environ.get("HTTP_AUTHORIZATION", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        # The token itself never reaches a key, a log line or Redis: only its digest.
        return "token:" + hashlib.sha256(token.strip().encode()).hexdigest()[:24]
    return "ip:" + (environ.get("REMOTE_ADDR") or "unknown")


def _storage_uri(redis_url: str) -> str:
    # The service accepts unix:// for a Redis socket (as redis-py does); limits names it so.
    return "redis+unix://" + redis_url[len("unix://"):] if redis_url.startswith("unix://") \
        else redis_url


class Limiter(Protocol):
    """What RateLimits asks of its counters: limits' FixedWindowRateLimiter or LocalFixedWindows."""

    def hit(self, item: RateLimitItem, *identifiers: str) -> bool: ...

    def get_window_stats(self, item: RateLimitItem, *identifiers: str) -> WindowStats: ...


class LocalFixedWindows:
    """Fixed windows counted in this process, as limits' FixedWindowRateLimiter counts them over
    its MemoryStorage: a key's window opens at its first hit and lasts the limit's period; a hit
    is allowed while the count, this hit included, is within the limit; the window's reset time
    is when it closes.

    The library's MemoryStorage expires its keys from a timer thread that it starts anew (a
    thread start and a sweep of every key) whenever 10 ms have gone by since the last, so under
    steady traffic every worker starts about a hundred threads a second: 20-60 µs a request on
    a 2-core machine, more than the look-up itself. Here a window is a [closes at, count] pair
    that the first hit after it closed replaces, and closed windows are swept at most once a
    minute, by a request, so memory follows the clients of the last minutes.
    """

    SWEEP_SECONDS = 60.0

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._windows: dict[tuple[Any, ...], list[Any]] = {}
        self._lock = threading.Lock()
        self._next_sweep = clock() + self.SWEEP_SECONDS

    def hit(self, item: RateLimitItem, *identifiers: str) -> bool:
        now = self._clock()
        key = (item, *identifiers)
        with self._lock:
            window = self._windows.get(key)
            if window is None or window[0] <= now:
                if now >= self._next_sweep:
                    self._sweep(now)
                window = self._windows[key] = [now + item.get_expiry(), 0]
            window[1] += 1
            return bool(window[1] <= item.amount)

    def get_window_stats(self, item: RateLimitItem, *identifiers: str) -> WindowStats:
        now = self._clock()
        window = self._windows.get((item, *identifiers))
        if window is None or window[0] <= now:
            return WindowStats(now, item.amount)
        return WindowStats(window[0], max(0, item.amount - window[1]))

    def __len__(self) -> int:
        return len(self._windows)

    def _sweep(self, now: float) -> None:
        self._windows = {k: w for k, w in self._windows.items() if w[0] > now}
        self._next_sweep = now + self.SWEEP_SECONDS


@dataclass
class RateLimits:
    """The three limits and where their counters live."""

    default: RateLimitItem
    score: RateLimitItem
    write: RateLimitItem
    primary: Limiter
    fallback: Limiter | None
    failed_at: float | None = None

    def limit_for(self, method: str, path: str) -> tuple[str, RateLimitItem]:
        if method in _WRITE_METHODS:
            return "write", self.write
        if path.startswith(_SCORE_PATHS):
            return "score", self.score
        return "default", self.default

    def _limiter(self) -> Limiter:
        if self.failed_at is not None and self.fallback is not None:
            if time.monotonic() - self.failed_at < _RETRY_REDIS_AFTER:
                return self.fallback
            self.failed_at = None
        return self.primary

    def count(self, method: str, path: str, route: str,
              environ: dict[str, Any]) -> tuple[bool, RateLimitItem, float]:
        """Count one request to ``route`` (its URL rule) against its client: whether it is
        within the limit, the limit, and when the window resets (epoch s; 0 when within)."""
        group, item = self.limit_for(method, path)
        allowed, reset = self.hit(item, _PREFIX, client_key(environ), group, route)
        return allowed, item, reset

    def hit(self, item: RateLimitItem, *key: str) -> tuple[bool, float]:
        """Whether the request is within the limit, and when its window resets (epoch s)."""
        limiter = self._limiter()
        try:
            allowed = limiter.hit(item, *key)
            reset = 0.0 if allowed else limiter.get_window_stats(item, *key).reset_time
            return allowed, reset
        except Exception as exc:  # a storage error must not fail the request it counts
            if limiter is self.fallback or self.fallback is None:
                log.warning("rate limit counting failed", extra={"error": str(exc)[:200]})
                return True, 0.0
            log.warning("rate limit storage unavailable; counting in memory",
                        extra={"error": str(exc)[:200]})
            self.failed_at = time.monotonic()
            return self.hit(item, *key)


def _options(settings: Settings) -> dict[str, Any]:
    if not settings.REDIS_URL:
        return {}
    return {"socket_timeout": settings.REDIS_SOCKET_TIMEOUT,
            "socket_connect_timeout": settings.REDIS_SOCKET_TIMEOUT}


def register_limits(app: Flask, settings: Settings) -> RateLimits | None:
    if not settings.RATE_LIMIT_ENABLED:
        return None
    primary: Limiter
    fallback: Limiter | None
    if settings.REDIS_URL:
        # A synchronous URI gives a synchronous storage (the async ones need an async+ scheme).
        storage = cast(Storage, storage_from_string(_storage_uri(settings.REDIS_URL),
                                                    **_options(settings)))
        primary, fallback = FixedWindowRateLimiter(storage), LocalFixedWindows()
    else:
        primary, fallback = LocalFixedWindows(), None
    limits = RateLimits(
        default=parse(settings.RATE_LIMIT_DEFAULT),
        score=parse(settings.RATE_LIMIT_SCORE),
        write=parse(settings.RATE_LIMIT_WRITE),
        primary=primary,
        fallback=fallback,
    )

    app.extensions[EXTENSION] = limits

    @app.before_request
    def _count_request() -> None:
        req = request._get_current_object()  # type: ignore[attr-defined]
        if req.path in _EXEMPT or req.method == "OPTIONS":
            return
        rule = req.url_rule
        allowed, item, reset = limits.count(req.method, req.path,
                                            rule.rule if rule is not None else _UNMATCHED,
                                            req.environ)
        if not allowed:
            wait = max(1, math.ceil(reset - time.time()))
            raise Problem(429, "rate-limited",
                          f"Over the limit of {item} for this client; try again in {wait} s.",
                          headers={"Retry-After": str(wait)})

    return limits
