"""The shared cache: Redis when REDIS_URL is set, an in-process store otherwise.

Both backends answer the same small interface (bytes in, bytes out, with a time to live), so the
ratings snapshot and the score cache never know which one they talk to. Redis is an accelerator,
never the truth: `degrades` is the one place that decides a Redis failure turns into a miss
instead of an error, and after a failure Redis is left alone for REDIS_RETRY_SECONDS so a dead
server costs one timeout, not one per request.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import cachetools
import redis

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cache(Protocol):
    name: str

    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes, ttl: int) -> None: ...

    def state(self) -> str:
        """'ok', 'embedded' (in-process) or 'down'."""
        ...


class LocalCache:
    """In-process backend: a bounded LRU with a time to live per entry, safe across threads."""

    name = "embedded"

    def __init__(self, max_items: int = 2048) -> None:
        self._items: cachetools.LRUCache[str, tuple[float, bytes]] = cachetools.LRUCache(max_items)
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                return None
            expires, value = entry
            if expires < time.monotonic():
                del self._items[key]
                return None
            return value

    def set(self, key: str, value: bytes, ttl: int) -> None:
        with self._lock:
            self._items[key] = (time.monotonic() + ttl, value)

    def state(self) -> str:
        return "embedded"


def degrades(default: Any) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Turn a Redis failure into ``default`` and open the circuit for a while."""

    def wrap(method: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(method)
        def guarded(self: RedisCache, *args: Any, **kwargs: Any) -> T:
            if time.monotonic() < self._down_until:
                return default
            try:
                return method(self, *args, **kwargs)
            except (redis.RedisError, OSError) as exc:
                self._down_until = time.monotonic() + self._retry_seconds
                self.failures += 1
                log.warning("redis unavailable, degrading", extra={"error": str(exc)[:200]})
                return default

        return guarded

    return wrap


class RedisCache:
    """Redis backend; every call has a short timeout and degrades to a miss."""

    name = "redis"

    def __init__(self, client: redis.Redis, retry_seconds: float = 2.0) -> None:
        self.client = client
        self._retry_seconds = retry_seconds
        self._down_until = 0.0
        self.failures = 0

    @classmethod
    def from_url(cls, url: str, *, timeout: float, retry_seconds: float) -> RedisCache:
        client = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            health_check_interval=30,
            retry_on_timeout=False,
        )
        return cls(client, retry_seconds)

    @degrades(default=None)
    def get(self, key: str) -> bytes | None:
        value = self.client.get(key)
        return value if value is None else bytes(value)

    @degrades(default=None)
    def set(self, key: str, value: bytes, ttl: int) -> None:
        self.client.set(key, value, ex=ttl)

    def state(self) -> str:
        """Asks Redis directly (readiness must notice recovery even while the circuit is open)."""
        try:
            self.client.ping()
        except (redis.RedisError, OSError):
            return "down"
        self._down_until = 0.0
        return "ok"


def build_cache(redis_url: str, *, timeout: float, retry_seconds: float, max_items: int) -> Cache:
    if redis_url:
        return RedisCache.from_url(redis_url, timeout=timeout, retry_seconds=retry_seconds)
    return LocalCache(max_items)
