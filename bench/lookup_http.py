"""Outlet look-ups over HTTP under gunicorn, against a bare Flask endpoint, in one run.

    .venv/bin/python bench/lookup_http.py [--seconds 10] [--connections 16] [--workers 2]
                                          [--rounds 3]

All servers are up at once and the loads run interleaved, --rounds times (see
harness.interleaved); prints the median requests/s, the median ratio to the bare endpoint with
its range over the rounds, and p50/p90/p99 latency for: the bare endpoint returning the same
JSON, the service's GET /v1/outlets/lookup (rate limits off), the same with rate limiting on
(the default; a limit too high to trigger, to measure its cost), and POST /v1/outlets/lookup
with 100 URLs, each with the server's CPU time per request and its CPU ratio to the bare
endpoint (see harness.interleaved).
Target: the look-up at >= 0.8 of the bare endpoint's requests per second.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
import urllib.request
from pathlib import Path

from harness import gunicorn, interleaved, prepared_database, print_rows, wrk

URL = "/v1/outlets/lookup?url=https%3A%2F%2Fm.nypost.com%2F2022%2F08%2F05%2Fsome-story%2F"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    load = {"seconds": args.seconds, "connections": args.connections}
    items = {"items": [f"https://www.site{i}.example.com/a" for i in range(50)]
             + ["https://m.nypost.com/x", "bbc.co.uk"] * 25}
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        database = prepared_database(Path(tmp))
        env = {"DATABASE_URL": database, "RATE_LIMIT_ENABLED": "false"}
        plain = stack.enter_context(gunicorn("service.wsgi:app", workers=args.workers, env=env))
        # The default configuration: rate limits on (in-process counters, no REDIS_URL), with a
        # limit too high to trigger, so the row shows what counting costs.
        limited = stack.enter_context(gunicorn(
            "service.wsgi:app", workers=args.workers,
            env={**env, "RATE_LIMIT_ENABLED": "true",
                 "RATE_LIMIT_DEFAULT": "100000000 per minute"}))
        answer = urllib.request.urlopen(plain + URL).read().decode()
        bare = stack.enter_context(gunicorn("bench.bare_app:app", workers=args.workers,
                                            env={"BARE_LOOKUP_JSON": answer}))
        for base, path in ((plain, URL), (limited, URL), (bare, "/bare/lookup")):
            wrk(base + path, seconds=2, connections=4)  # warm-up
        runs = {
            "bare Flask, same JSON": lambda: wrk(bare + "/bare/lookup", **load),
            "service GET lookup": lambda: wrk(plain + URL, **load),
            "service GET lookup, rate limits on": lambda: wrk(limited + URL, **load),
            "service POST lookup x100": lambda: wrk(plain + "/v1/outlets/lookup", body=items,
                                                    **load),
        }
        rows = interleaved(runs, rounds=args.rounds, baseline="bare Flask, same JSON")
    print_rows(rows, f"workers={args.workers} connections={args.connections} "
                     f"seconds={args.seconds} rounds={args.rounds} (medians over rounds)")
    by_name = {row["name"]: row for row in rows}
    plain_row, limited_row = by_name["service GET lookup"], by_name[
        "service GET lookup, rate limits on"]
    print(json.dumps({"lookup_vs_bare": round(plain_row["ratio"], 3),
                      "lookup_rate_limited_vs_bare": round(limited_row["ratio"], 3),
                      "lookup_cpu_ratio": round(plain_row["cpu_ratio"], 3),
                      "lookup_rate_limited_cpu_ratio": round(limited_row["cpu_ratio"], 3)}))


if __name__ == "__main__":
    main()
