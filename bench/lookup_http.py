"""Outlet look-ups over HTTP under gunicorn, against a bare Flask endpoint, in one run.

    .venv/bin/python bench/lookup_http.py [--seconds 10] [--connections 16] [--workers 2]

Prints requests/s and p50/p90/p99 latency for: the bare endpoint returning the same JSON, the
service's GET /v1/outlets/lookup (rate limits off), the same with rate limiting on (a limit
too high to trigger, to measure its cost), and POST /v1/outlets/lookup with 100 URLs.
Target: the look-up at >= 0.8 of the bare endpoint's requests per second.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import urllib.request
from pathlib import Path

from harness import gunicorn, prepared_database, wrk

URL = "/v1/outlets/lookup?url=https%3A%2F%2Fm.nypost.com%2F2022%2F08%2F05%2Fsome-story%2F"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    load = {"seconds": args.seconds, "connections": args.connections}
    with tempfile.TemporaryDirectory() as tmp:
        database = prepared_database(Path(tmp))
        env = {"DATABASE_URL": database, "RATE_LIMIT_ENABLED": "false"}
        rows = {}
        with gunicorn("service.wsgi:app", workers=args.workers, env=env) as base:
            answer = urllib.request.urlopen(base + URL).read().decode()
            wrk(base + URL, seconds=2, connections=4)  # warm-up
            rows["service GET lookup"] = wrk(base + URL, **load)
            items = {"items": [f"https://www.site{i}.example.com/a" for i in range(50)]
                     + ["https://m.nypost.com/x", "bbc.co.uk"] * 25}
            rows["service POST lookup x100"] = wrk(base + "/v1/outlets/lookup", body=items,
                                                   **load)
        limited_env = {**env, "RATE_LIMIT_ENABLED": "true",
                       "RATE_LIMIT_DEFAULT": "100000000 per minute"}
        with gunicorn("service.wsgi:app", workers=args.workers, env=limited_env) as base:
            wrk(base + URL, seconds=2, connections=4)
            rows["service GET lookup, rate limits on"] = wrk(base + URL, **load)
        with gunicorn("bench.bare_app:app", workers=args.workers,
                      env={"BARE_LOOKUP_JSON": answer}) as base:
            wrk(base + "/bare/lookup", seconds=2, connections=4)
            rows["bare Flask, same JSON"] = wrk(base + "/bare/lookup", **load)
    bare = rows["bare Flask, same JSON"]["rps"]
    print(f"workers={args.workers} connections={args.connections} seconds={args.seconds}")
    print(f"{'endpoint':40} {'req/s':>9} {'ratio':>6} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7}")
    for name, row in rows.items():
        print(f"{name:40} {row['rps']:9.0f} {row['rps'] / bare:6.2f} {row['p50_ms']:7.2f} "
              f"{row['p90_ms']:7.2f} {row['p99_ms']:7.2f}"
              + (f"  non-2xx={row['non_2xx']:.0f}" if row["non_2xx"] else ""))
    print(json.dumps({"lookup_vs_bare": round(rows["service GET lookup"]["rps"] / bare, 3)}))


if __name__ == "__main__":
    main()
