"""A load generator run as a process of its own (so the server's faults are not its faults).

    python loadgen.py --base http://127.0.0.1:PORT --specs specs.json --seconds 20 \
        --concurrency 4 --max-requests 100000 --out stats.json

Each spec is ``{"name", "method", "path", "body"?, "headers"?, "sha"?, "ignore"?}``. Threads
cycle through the specs over keep-alive connections until the time or the request budget is
spent, and count, per spec, every status, every connection error, and every 200 whose body's
SHA-256 differs from the spec's ``sha`` (a wrong answer; top-level keys named in ``ignore`` are
left out). A per-second timeline of statuses shows the fault's window.
Only the standard library: it runs with any Python.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import threading
import time
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit


def answer_digest(body: bytes, ignore: list[str] | None = None) -> str:
    """SHA-256 of an answer; with ``ignore``, of its JSON without those top-level keys."""
    if ignore:
        try:
            document = json.loads(body)
        except ValueError:
            return "not json: " + hashlib.sha256(body).hexdigest()
        for key in ignore:
            document.pop(key, None)
        body = json.dumps(document, sort_keys=True).encode()
    return hashlib.sha256(body).hexdigest()


def run(base: str, specs: list[dict[str, Any]], seconds: float, concurrency: int,
        max_requests: int) -> dict[str, Any]:
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    lock = threading.Lock()
    statuses: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: Counter[str] = Counter()
    wrong_samples: dict[str, str] = {}
    timeline: dict[int, Counter[str]] = defaultdict(Counter)
    latencies: list[float] = []
    sent = [0]
    start = time.monotonic()
    deadline = start + seconds
    encoded = [
        (spec, None if spec.get("body") is None else json.dumps(spec["body"]).encode())
        for spec in specs
    ]

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=10)
        i = offset
        while time.monotonic() < deadline:
            with lock:
                if sent[0] >= max_requests:
                    break
                sent[0] += 1
            spec, body = encoded[i % len(encoded)]
            i += 1
            headers = dict(spec.get("headers") or {})
            if body is not None:
                headers.setdefault("Content-Type", "application/json")
            t0 = time.monotonic()
            try:
                conn.request(spec.get("method", "GET"), spec["path"], body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                outcome = str(response.status)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=10)
                outcome, data = f"error:{type(exc).__name__}", b""
            elapsed = time.monotonic() - t0
            second = int(t0 - start)
            bad = (outcome == "200" and spec.get("sha")
                   and answer_digest(data, spec.get("ignore")) != spec["sha"])
            with lock:
                statuses[spec["name"]][outcome] += 1
                timeline[second][outcome] += 1
                latencies.append(elapsed)
                if bad:
                    wrong[spec["name"]] += 1
                    wrong_samples.setdefault(spec["name"], data[:500].decode(errors="replace"))
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 30)
    latencies.sort()
    total: Counter[str] = Counter()
    for counts in statuses.values():
        total.update(counts)

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2)

    return {
        "requests": sum(total.values()),
        "seconds": round(time.monotonic() - start, 2),
        "statuses": dict(total),
        "by_spec": {name: dict(counts) for name, counts in statuses.items()},
        "wrong": dict(wrong),
        "wrong_samples": wrong_samples,
        "timeline": {str(s): dict(c) for s, c in sorted(timeline.items())},
        "latency_ms": {"p50": pct(0.5), "p99": pct(0.99), "max": pct(1.0)} if latencies else {},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True)
    parser.add_argument("--specs", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.specs, encoding="utf-8") as f:
        specs = json.load(f)
    stats = run(args.base, specs, min(args.seconds, 600), max(1, min(args.concurrency, 64)),
                args.max_requests)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(stats, f)


if __name__ == "__main__":
    main()
