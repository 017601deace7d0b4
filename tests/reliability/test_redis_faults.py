"""Redis fails under load: no 5xx, right answers, /readyz degraded then ready, caches refill.

A 2-worker gunicorn uses a redis-server of this test's own (snapshot, score cache and the rate
limiter's counters, with limits high enough never to trigger); a second process sends a steady
mix of look-ups, searches and scores. Redis is stopped (connections refused) or paused with
SIGSTOP (connections hang until the socket timeout) for 10 s, then comes back.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
import redis
from reliability.mixes import read_mix, with_expected_answers
from reliability.serving import Gunicorn, LoadGenerator, serving, wait_for
from support import RedisServer

pytestmark = pytest.mark.serving

OUTAGE_SECONDS = 10
LOAD_SECONDS = 24
BEFORE_FAULT_SECONDS = 4


def _ready_status(server: Gunicorn) -> str:
    try:
        status, _, body = server.json("GET", "/readyz")
    except OSError:
        return "no answer"
    return str(body["status"]) if status == 200 else f"{status}"


def _saw(server: Gunicorn, wanted: str, timeout: float) -> bool:
    return wait_for(lambda: _ready_status(server) == wanted, timeout, interval=0.2)


def _assert_served_through(stats: dict[str, Any]) -> None:
    detail = json.dumps({k: stats[k] for k in ("statuses", "wrong", "wrong_samples",
                                                "latency_ms")}, indent=1)
    fives = {s: n for s, n in stats["statuses"].items() if not s[0].isdigit() or s >= "500"}
    assert not fives, f"5xx or connection errors under the Redis fault: {detail}"
    assert set(stats["statuses"]) == {"200"}, detail
    assert not stats["wrong"], f"wrong answers under the Redis fault: {detail}"
    # Served all along: every second of the run answered requests.
    quiet = [s for s, counts in stats["timeline"].items()
             if sum(counts.values()) == 0 and int(s) < LOAD_SECONDS - 1]
    assert not quiet, f"seconds without a single answer: {quiet}"


@pytest.mark.parametrize("fault", ["stopped", "paused"])
def test_redis_outage_under_load(tmp_path: Path, sqlite_url: str, fault: str) -> None:
    redis_dir = tmp_path / "redis"
    redis_dir.mkdir()
    server_process = RedisServer(redis_dir)
    server_process.start()
    client = redis.Redis.from_url(server_process.url, socket_timeout=2)
    limits = "1000000 per minute"
    try:
        with serving(tmp_path, sqlite_url, REDIS_URL=server_process.url,
                     RATE_LIMIT_ENABLED="true", RATE_LIMIT_DEFAULT=limits,
                     RATE_LIMIT_SCORE=limits) as server:
            specs = with_expected_answers(server, read_mix())
            assert _ready_status(server) == "ready"
            with LoadGenerator(tmp_path, server.url, specs, seconds=LOAD_SECONDS,
                               concurrency=4) as load:
                time.sleep(BEFORE_FAULT_SECONDS)
                assert client.exists("ratings:current"), "the snapshot was never published"
                assert client.keys("score:*"), "no score was cached before the fault"
                assert client.keys("ratingslimit*") or client.keys("LIMITS*"), (
                    "the rate limiter keeps no counters in Redis", client.keys("*")[:20])

                assert server_process.process is not None
                paused_pid = server_process.process.pid
                if fault == "stopped":
                    server_process.stop()
                else:
                    os.kill(paused_pid, signal.SIGSTOP)
                outage_start = time.monotonic()
                degraded = _saw(server, "degraded", timeout=5)
                time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - outage_start)))
                if fault == "stopped":
                    server_process.start()  # a fresh, empty Redis: nothing survives
                else:
                    os.kill(paused_pid, signal.SIGCONT)
                ready_again = _saw(server, "ready", timeout=10)
                stats = load.result()

            assert degraded, "/readyz never said degraded while Redis was down"
            assert ready_again, "/readyz never said ready after Redis came back"
            _assert_served_through(stats)
            assert stats["requests"] > 500, stats["requests"]

            # The score cache fills again (a fresh Redis after a stop).
            fresh = {**read_mix()[5]["body"], "headline": f"After the outage ({fault})"}
            for _ in range(2):
                status, _, _ = server.request("POST", "/v1/score", fresh)
                assert status == 200
            assert wait_for(lambda: bool(client.keys("score:*")), timeout=5)
            print(f"\nredis {fault} {OUTAGE_SECONDS} s under load: {stats['requests']} requests, "
                  f"statuses {stats['statuses']}, latency {stats['latency_ms']}, "
                  f"readyz degraded then ready")
    finally:
        if server_process.process is not None:
            os.kill(server_process.process.pid, signal.SIGCONT)
        server_process.stop()


def test_snapshot_is_published_again_after_redis_restarts_empty(
    tmp_path: Path, sqlite_url: str
) -> None:
    """A Redis restarted without persistence is empty: the workers must publish the ratings
    snapshot there again (workers started later read it instead of the database)."""
    redis_dir = tmp_path / "redis"
    redis_dir.mkdir()
    server_process = RedisServer(redis_dir)
    server_process.start()
    client = redis.Redis.from_url(server_process.url, socket_timeout=2)
    try:
        with serving(tmp_path, sqlite_url, REDIS_URL=server_process.url,
                     WEB_CONCURRENCY="1") as server:
            assert server.request("GET", "/v1/outlets/nypost.com")[0] == 200
            assert client.exists("ratings:current")
            client.flushall()  # what a restart without persistence leaves
            deadline = time.monotonic() + 4  # four times RATINGS_REFRESH_SECONDS
            while time.monotonic() < deadline and not client.exists("ratings:current"):
                assert server.request("GET", "/v1/outlets/nypost.com")[0] == 200
                time.sleep(0.1)
            assert client.exists("ratings:current"), (
                "the ratings snapshot was never published to the emptied Redis "
                f"(keys now: {client.keys('*')[:10]})"
            )
    finally:
        server_process.stop()
