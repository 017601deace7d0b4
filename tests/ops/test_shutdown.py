"""SIGTERM under load: gunicorn stops taking new connections, and the requests it is serving
finish with their full answers before the workers exit."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

ITEMS = [f"https://www.bbc.co.uk/news/world-{i}" for i in range(1000)]


def slow_lookup(
    port: int, sent_half: threading.Barrier, release: threading.Event, out: list[Any]
) -> None:
    """POST a bulk look-up whose body arrives in two halves, the second only on ``release``:
    the request is in a worker's hands, unfinished, for as long as the test wants."""
    body = json.dumps({"items": ITEMS}).encode()
    head = (
        "POST /v1/outlets/lookup HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(head + body[: len(body) // 2])
            sent_half.wait(10)
            release.wait(30)
            sock.sendall(body[len(body) // 2 :])
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        finished = time.monotonic()
        raw = b"".join(chunks)
        header, _, payload = raw.partition(b"\r\n\r\n")
        status = int(header.split(b" ", 2)[1])
        out.append((status, json.loads(payload), finished))
    except Exception as exc:  # reported by the test's assertion
        out.append(exc)


def steady_load(port: int, stop: threading.Event, out: list[Any]) -> None:
    """Quick look-ups, one after the other, until told to stop or the server is gone."""
    while not stop.is_set():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/v1/outlets/lookup?url=https://www.reuters.com/x")
            response = conn.getresponse()
            out.append((response.status, response.read()))
        except OSError as exc:  # refused or reset once the server closed its socket
            out.append(exc)
            return
        finally:
            conn.close()


@pytest.mark.serving
@pytest.mark.parametrize("threads", ["1", "4"], ids=["sync", "gthread"])
def test_sigterm_lets_requests_in_flight_finish(
    gunicorn: Callable[..., Any], threads: str
) -> None:
    server = gunicorn(
        WEB_CONCURRENCY="2", GUNICORN_THREADS=threads, GUNICORN_GRACEFUL_TIMEOUT="20",
        RATE_LIMIT_ENABLED="false",
    )
    in_flight = 2 * int(threads)  # every worker (thread) busy with one slow request
    sent_half = threading.Barrier(in_flight + 1)
    release, stop_load = threading.Event(), threading.Event()
    slow_results: list[Any] = []
    load_results: list[Any] = []
    slow = [threading.Thread(target=slow_lookup,
                             args=(server.port, sent_half, release, slow_results))
            for _ in range(in_flight)]
    load = [threading.Thread(target=steady_load, args=(server.port, stop_load, load_results))
            for _ in range(2)]
    for thread in load + slow:
        thread.start()
    try:
        sent_half.wait(10)
        time.sleep(1.0)  # the workers have accepted the slow requests and wait for their bodies
        sigterm_at = time.monotonic()
        server.terminate()
        time.sleep(1.5)  # shutdown has begun: the master closed its socket, workers are draining
        assert server.process is not None and server.process.poll() is None
        release.set()
        code = server.wait(timeout=30)
    finally:
        release.set()
        stop_load.set()
        for thread in slow + load:
            thread.join(30)

    assert code == 0, server.logs()
    errors = [r for r in slow_results if isinstance(r, BaseException)]
    assert not errors, (errors, server.logs())
    assert len(slow_results) == in_flight
    for status, body, finished in slow_results:
        assert status == 200
        assert len(body["results"]) == len(ITEMS)
        assert "BBC" in body["results"][0]["outlet"]["name"]
        assert finished > sigterm_at + 1.0  # answered during the shutdown, not before it
    # The steady load was answered in full until the socket closed; never a 5xx.
    answered = [r for r in load_results if not isinstance(r, BaseException)]
    assert answered and all(status == 200 for status, _ in answered)
    assert "Shutting down: Master" in server.stdout()
