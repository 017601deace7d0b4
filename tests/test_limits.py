"""Rate limits per client and per token, as 429 problems with Retry-After."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter
from support import ADMIN_TOKEN, OTHER_TOKEN, RedisServer, auth, make_app, problem

from service.limits import LocalFixedWindows


def test_limit_per_client_gives_429_problem_with_retry_after(sqlite_url: str,
                                                             tmp_path: Path) -> None:
    client = make_app(sqlite_url, tmp_path, RATE_LIMIT_DEFAULT="3 per minute").test_client()
    for _ in range(3):
        assert client.get("/v1/outlets/nypost.com").status_code == 200
    limited = client.get("/v1/outlets/nypost.com")
    body = problem(limited, 429)
    assert int(limited.headers["Retry-After"]) > 0
    assert body["type"].endswith("/rate-limited")
    # Another client address has its own counter; health is never limited.
    other = client.get("/v1/outlets/nypost.com", environ_base={"REMOTE_ADDR": "10.9.9.9"})
    assert other.status_code == 200
    assert client.get("/healthz").status_code == 200


def test_limit_per_token_and_per_route(sqlite_url: str, tmp_path: Path) -> None:
    client = make_app(sqlite_url, tmp_path, RATE_LIMIT_DEFAULT="2 per minute",
                      RATE_LIMIT_SCORE="1 per minute").test_client()
    assert client.post("/v1/score", json={"text": "The mayor said so."}).status_code == 200
    problem(client.post("/v1/score", json={"text": "The mayor said so."}), 429)
    # The look-up route still has its own allowance.
    assert client.get("/v1/outlets/bbc.com").status_code == 200
    # Each token is counted on its own, whatever address it comes from.
    for token in (ADMIN_TOKEN, OTHER_TOKEN):
        assert client.get("/v1/outlets/cnn.com", headers=auth(token)).status_code == 200
        assert client.get("/v1/outlets/cnn.com", headers=auth(token)).status_code == 200
        problem(client.get("/v1/outlets/cnn.com", headers=auth(token)), 429)


def test_counters_live_in_redis_when_configured(sqlite_url: str, tmp_path: Path,
                                                redis_url: str) -> None:
    one = make_app(sqlite_url, tmp_path, REDIS_URL=redis_url,
                   RATE_LIMIT_DEFAULT="2 per minute").test_client()
    two = make_app(sqlite_url, tmp_path, REDIS_URL=redis_url,
                   RATE_LIMIT_DEFAULT="2 per minute").test_client()
    assert one.get("/v1/outlets/nypost.com").status_code == 200
    assert two.get("/v1/outlets/nypost.com").status_code == 200
    # Two workers share one counter: the third request, on either, is over the limit.
    problem(one.get("/v1/outlets/nypost.com"), 429)
    keys = redis.Redis.from_url(redis_url).keys("*ratelimit*")
    assert keys and not any(ADMIN_TOKEN.encode() in k for k in keys)


def test_counting_falls_back_to_memory_when_redis_is_gone(sqlite_url: str,
                                                          tmp_path: Path) -> None:
    """A Redis that refuses connections: requests are still counted (in memory) and limited,
    never failed."""
    server = RedisServer(tmp_path)
    server.start()
    url = server.url
    client = make_app(sqlite_url, tmp_path, REDIS_URL=url,
                      RATE_LIMIT_DEFAULT="2 per minute").test_client()
    assert client.get("/v1/outlets/nypost.com").status_code == 200  # counted in Redis
    server.stop()
    assert client.get("/v1/outlets/nypost.com").status_code == 200  # in memory from here
    assert client.get("/v1/outlets/nypost.com").status_code == 200
    problem(client.get("/v1/outlets/nypost.com"), 429)


def test_local_windows_count_as_the_library_counts() -> None:
    """LocalFixedWindows (the in-process counters) allow and refuse exactly as limits' fixed
    window over its own memory storage does, per key and per limit."""
    five, two = parse("5 per minute"), parse("2 per second")
    ours, library = LocalFixedWindows(), FixedWindowRateLimiter(MemoryStorage())
    for item, key in ((five, "a"), (five, "b"), (two, "a"), (five, "a")):
        for _ in range(7):
            assert ours.hit(item, "ratelimit", key) == library.hit(item, "ratelimit", key)
    stats = ours.get_window_stats(five, "ratelimit", "a")
    assert stats.remaining == 0 and 0 < stats.reset_time - time.time() <= 60
    assert ours.get_window_stats(five, "ratelimit", "c") == (pytest.approx(time.time(), abs=1),
                                                            5)


def test_local_windows_reopen_after_their_period_and_forget_closed_ones() -> None:
    now = [1000.0]
    windows = LocalFixedWindows(clock=lambda: now[0])
    limit = parse("2 per minute")
    assert [windows.hit(limit, "k") for _ in range(3)] == [True, True, False]
    assert windows.get_window_stats(limit, "k").reset_time == 1060.0
    now[0] = 1059.9
    assert not windows.hit(limit, "k")  # the same window: still over
    now[0] = 1060.0
    assert windows.hit(limit, "k") and windows.hit(limit, "k") and not windows.hit(limit, "k")
    for client in range(100):
        windows.hit(limit, f"client-{client}")
    assert len(windows) == 101
    now[0] = 1000.0 + 2 * LocalFixedWindows.SWEEP_SECONDS + 1  # every window has closed
    windows.hit(limit, "late")
    assert len(windows) == 1
