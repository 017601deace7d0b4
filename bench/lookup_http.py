"""The paths every client hits, over HTTP under gunicorn, against a bare Flask endpoint, in one run.

    .venv/bin/python bench/lookup_http.py [--seconds 10] [--connections 16] [--workers 2]
                                          [--rounds 3] [--no-access-log] [--skip-bulk]

All servers are up at once and the loads run interleaved, --rounds times (see
harness.interleaved); prints every round (requests/s ratio, server CPU per request of the row
and of its bare endpoint, CPU ratio), then the medians and p50/p90/p99 latency, for:

- the bare endpoint returning the look-up's JSON, and the service's GET /v1/outlets/lookup?url=
  with rate limits off, and with rate limits on (in-process counters; a limit too high to
  trigger, so the row shows what counting costs);
- a bare endpoint parsing the score request's JSON body, and the service's POST /v1/score of
  that same body (every request after the first a cache hit);
- POST /v1/outlets/lookup with 100 URLs (unless --skip-bulk), against the bare look-up.

Every server runs the default configuration of the service's gunicorn settings: the JSON access
log on (to /dev/null here; --no-access-log turns it off for all of them), Prometheus metrics in
multiprocess mode, LOG_LEVEL INFO. The bare app runs under the same settings, so the yardstick
pays gunicorn's own costs (the access line included) just as the service does.
Targets (issue 13): CPU ratio >= 0.90 for the look-up and the cached score, >= 0.85 for the
look-up with rate limits on, median over at least 3 rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
import urllib.request
from collections.abc import Callable
from pathlib import Path

from harness import REPO, gunicorn, interleaved, prepared_database, print_rows, wrk

URL = "/v1/outlets/lookup?url=https%3A%2F%2Fm.nypost.com%2F2022%2F08%2F05%2Fsome-story%2F"
ARTICLE = REPO / "tests" / "fixtures" / "drones-article.txt"

BARE_LOOKUP = "bare Flask, same JSON"
BARE_PARSE = "bare Flask parsing the score body"
LOOKUP = "service GET lookup"
LOOKUP_LIMITED = "service GET lookup, rate limits on"
SCORE_HIT = "service POST /v1/score, cache hits"
BULK = "service POST lookup x100"
# Each service row is compared with its own bare endpoint.
BASELINE = {LOOKUP: BARE_LOOKUP, LOOKUP_LIMITED: BARE_LOOKUP, BULK: BARE_LOOKUP,
            SCORE_HIT: BARE_PARSE}


def article_body() -> dict[str, str]:
    headline, _, text = ARTICLE.read_text(encoding="utf-8").partition("\n")
    return {"headline": headline.strip(), "text": text.strip(),
            "url": "https://www.dailymail.co.uk/news/article-1/drones.html"}


def recorded(results: dict[str, list[dict[str, float]]], name: str,
             run: Callable[[], dict[str, float]]) -> Callable[[], dict[str, float]]:
    """``run``, keeping every round's figures under ``name`` for the per-round table."""

    def once() -> dict[str, float]:
        figures = run()
        results.setdefault(name, []).append(figures)
        return figures

    return once


def print_rounds(results: dict[str, list[dict[str, float]]]) -> dict[str, list[float]]:
    """One line per service row and round; returns the CPU ratios of each row by round."""
    print("per round: req/s ratio, CPU us/req (row vs its bare endpoint), CPU ratio")
    ratios: dict[str, list[float]] = {}
    for name, baseline in BASELINE.items():
        if name not in results:
            continue
        for index, (mine, base) in enumerate(zip(results[name], results[baseline],
                                                 strict=True)):
            cpu_ratio = base["cpu_us"] / mine["cpu_us"] if mine["cpu_us"] else 0.0
            ratios.setdefault(name, []).append(cpu_ratio)
            print(f"  {name:40} round {index + 1}: req/s {mine['rps']:7.0f} / "
                  f"{base['rps']:7.0f} = {mine['rps'] / base['rps']:.2f}   CPU "
                  f"{mine['cpu_us']:6.0f} vs {base['cpu_us']:6.0f} us = {cpu_ratio:.2f}"
                  + (f"  non-2xx={mine['non_2xx']:.0f}" if mine["non_2xx"] else ""))
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-access-log", action="store_true",
                        help="turn gunicorn's access log off on every server")
    parser.add_argument("--skip-bulk", action="store_true",
                        help="leave out POST /v1/outlets/lookup with 100 URLs")
    args = parser.parse_args()
    load = {"seconds": args.seconds, "connections": args.connections}
    items = {"items": [f"https://www.site{i}.example.com/a" for i in range(50)]
             + ["https://m.nypost.com/x", "bbc.co.uk"] * 25}
    body = article_body()
    defaults = {"ACCESS_LOG": "false" if args.no_access_log else "true", "LOG_LEVEL": "INFO"}
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        database = prepared_database(Path(tmp))
        env = {**defaults, "DATABASE_URL": database, "RATE_LIMIT_ENABLED": "false"}
        plain = stack.enter_context(gunicorn("service.wsgi:app", workers=args.workers, env=env))
        # The default configuration: rate limits on (in-process counters, no REDIS_URL), with a
        # limit too high to trigger, so the row shows what counting costs.
        limited = stack.enter_context(gunicorn(
            "service.wsgi:app", workers=args.workers,
            env={**env, "RATE_LIMIT_ENABLED": "true",
                 "RATE_LIMIT_DEFAULT": "100000000 per minute"}))
        answer = urllib.request.urlopen(plain + URL).read().decode()
        bare = stack.enter_context(gunicorn("bench.bare_app:app", workers=args.workers,
                                            env={**defaults, "BARE_LOOKUP_JSON": answer}))
        for base, path in ((plain, URL), (limited, URL), (bare, "/bare/lookup")):
            wrk(base + path, seconds=2, connections=4)  # warm-up
        for base, path in ((plain, "/v1/score"), (bare, "/bare/parse")):
            wrk(base + path, body=body, seconds=2, connections=4)  # warm-up, fills the cache
        results: dict[str, list[dict[str, float]]] = {}
        loads: dict[str, Callable[[], dict[str, float]]] = {
            BARE_LOOKUP: lambda: wrk(bare + "/bare/lookup", **load),
            LOOKUP: lambda: wrk(plain + URL, **load),
            LOOKUP_LIMITED: lambda: wrk(limited + URL, **load),
            BARE_PARSE: lambda: wrk(bare + "/bare/parse", body=body, **load),
            SCORE_HIT: lambda: wrk(plain + "/v1/score", body=body, **load),
        }
        if not args.skip_bulk:
            loads[BULK] = lambda: wrk(plain + "/v1/outlets/lookup", body=items, **load)
        runs = {name: recorded(results, name, run) for name, run in loads.items()}
        rows = interleaved(runs, rounds=args.rounds, baseline=BARE_LOOKUP)
    by_name = {row["name"]: row for row in rows}
    # interleaved() takes one baseline; the score rows are read against the bare parse.
    parse_cpu = by_name[BARE_PARSE]["cpu_us"]
    for name in (BARE_PARSE, SCORE_HIT):
        row = by_name[name]
        row["cpu_ratio"] = parse_cpu / row["cpu_us"] if row["cpu_us"] else 0.0
        ratios = [mine["rps"] / base["rps"]
                  for mine, base in zip(results[name], results[BARE_PARSE], strict=True)]
        row["ratio"], row["ratio_low"], row["ratio_high"] = (
            sorted(ratios)[len(ratios) // 2], min(ratios), max(ratios))
    print(f"workers={args.workers} connections={args.connections} seconds={args.seconds} "
          f"rounds={args.rounds} access log {'off' if args.no_access_log else 'on'}")
    round_ratios = print_rounds(results)
    print_rows(rows, "medians over rounds (score rows against the bare parse)")
    print(json.dumps({
        "lookup_vs_bare": round(by_name[LOOKUP]["ratio"], 3),
        "lookup_rate_limited_vs_bare": round(by_name[LOOKUP_LIMITED]["ratio"], 3),
        "score_hit_vs_bare": round(by_name[SCORE_HIT]["ratio"], 3),
        "lookup_cpu_ratio": round(by_name[LOOKUP]["cpu_ratio"], 3),
        "lookup_rate_limited_cpu_ratio": round(by_name[LOOKUP_LIMITED]["cpu_ratio"], 3),
        "score_hit_cpu_ratio": round(by_name[SCORE_HIT]["cpu_ratio"], 3),
        "median_of_round_cpu_ratios": {
            name: round(sorted(values)[len(values) // 2], 3)
            for name, values in round_ratios.items()},
    }))


if __name__ == "__main__":
    main()
