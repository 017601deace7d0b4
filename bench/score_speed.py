"""/v1/score speed, in process and over HTTP under gunicorn against a bare Flask endpoint.

    .venv/bin/python bench/score_speed.py [--seconds 10] [--connections 8] [--workers 2]
                                          [--rounds 3] [--skip-in-process]

In process (no HTTP): the median time to score the example-style test article (target
<= 2 ms) and a 100 KB article (target <= 100 ms), with the score cache bypassed.
Over HTTP: POST /v1/score of the test article with a different body on every request (wrk
writes a counter into the text, so every request misses the cache), the same article sent
again and again (every request after the first is a cache hit), and a bare Flask endpoint
that parses the same JSON bodies, all servers up at once and the loads interleaved, --rounds
times, each with the server's CPU time per request and its CPU ratio to the bare endpoint (see
harness.interleaved). Targets: misses >= 0.5 of the bare endpoint's requests/s, hits >= 0.8.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from pathlib import Path

from harness import (
    REPO,
    gunicorn,
    interleaved,
    machine_reference,
    median,
    prepared_database,
    print_rows,
    wrk,
)

ARTICLE = REPO / "tests" / "fixtures" / "drones-article.txt"


def article_body() -> dict[str, str]:
    headline, _, text = ARTICLE.read_text(encoding="utf-8").partition("\n")
    return {"headline": headline.strip(), "text": text.strip(),
            "url": "https://www.dailymail.co.uk/news/article-1/drones.html"}


def in_process(database: str) -> list[str]:
    from service import create_app, pipeline

    app = create_app({"DATABASE_URL": database, "LOG_LEVEL": "ERROR"})
    snapshot = app.extensions["service"].holder.current()
    body = article_body()
    snapshot.directory  # noqa: B018  (built once per ratings version, not per request)

    def run(payload: dict[str, str], repeat: int) -> list[float]:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            pipeline.score(pipeline.read_article(payload, snapshot, max_chars=10**7), snapshot)
            times.append((time.perf_counter() - start) * 1000)
        return times

    run(body, 20)
    small = run(body, 300)
    paragraphs = body["text"].split("\n\n")
    big_text = ""
    while len(big_text.encode()) < 100_000:
        big_text += "\n\n".join(paragraphs) + "\n\n"
    big = run({"headline": body["headline"], "text": big_text}, 15)
    return [
        machine_reference(),
        f"in process, test article ({len(body['text'])} chars): median {median(small):.2f} ms,"
        f" p90 {sorted(small)[int(len(small) * 0.9)]:.2f} ms  (target <= 2 ms)",
        f"in process, 100 KB article ({len(big_text):,} chars): median {median(big):.1f} ms"
        "  (target <= 100 ms)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-in-process", action="store_true")
    args = parser.parse_args()
    load = {"seconds": args.seconds, "connections": args.connections}
    body = article_body()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        database = prepared_database(Path(tmp))
        lines = [] if args.skip_in_process else in_process(database)
        env = {"DATABASE_URL": database, "RATE_LIMIT_ENABLED": "false"}
        varied = {**body, "text": body["text"] + "\n\nEdition __N__."}
        service = stack.enter_context(gunicorn("service.wsgi:app", workers=args.workers, env=env))
        bare = stack.enter_context(gunicorn("bench.bare_app:app", workers=args.workers))
        wrk(service + "/v1/score", body=body, seconds=2, connections=2)  # warm-up
        wrk(bare + "/bare/parse", body=body, seconds=2, connections=2)
        runs = {
            "bare Flask parsing the same bodies": lambda: wrk(
                bare + "/bare/parse", body=varied, vary=True, **load),
            "service /v1/score, every request a miss": lambda: wrk(
                service + "/v1/score", body=varied, vary=True, **load),
            "service /v1/score, cache hits": lambda: wrk(service + "/v1/score", body=body, **load),
        }
        rows = interleaved(runs, rounds=args.rounds, baseline="bare Flask parsing the same bodies")
    for line in lines:
        print(line)
    print_rows(rows, f"workers={args.workers} connections={args.connections} "
                     f"seconds={args.seconds} rounds={args.rounds} (medians over rounds)")


if __name__ == "__main__":
    main()
