"""/v1/score speed, in process and over HTTP under gunicorn against a bare Flask endpoint.

    .venv/bin/python bench/score_speed.py [--seconds 10] [--connections 8] [--workers 2]

In process (no HTTP): the median time to score the example-style test article (target
<= 2 ms) and a 100 KB article (target <= 100 ms), with the score cache bypassed.
Over HTTP: POST /v1/score of the test article with a different body on every request (wrk
writes a counter into the text, so every request misses the cache), the same article sent
again and again (every request after the first is a cache hit), and a bare Flask endpoint
that parses the same JSON bodies. Targets: misses >= 0.5 of the bare endpoint's requests/s,
hits >= 0.8.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from harness import REPO, gunicorn, median, prepared_database, wrk

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
    args = parser.parse_args()
    load = {"seconds": args.seconds, "connections": args.connections}
    body = article_body()
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        database = prepared_database(Path(tmp))
        lines = in_process(database)
        env = {"DATABASE_URL": database, "RATE_LIMIT_ENABLED": "false"}
        varied = {**body, "text": body["text"] + "\n\nEdition __N__."}
        with gunicorn("service.wsgi:app", workers=args.workers, env=env) as base:
            wrk(base + "/v1/score", body=body, seconds=2, connections=2)
            rows["service /v1/score, every request a miss"] = wrk(
                base + "/v1/score", body=varied, vary=True, **load)
            rows["service /v1/score, cache hits"] = wrk(base + "/v1/score", body=body, **load)
        with gunicorn("bench.bare_app:app", workers=args.workers) as base:
            wrk(base + "/bare/parse", body=body, seconds=2, connections=2)
            rows["bare Flask parsing the same bodies"] = wrk(
                base + "/bare/parse", body=varied, vary=True, **load)
    bare = rows["bare Flask parsing the same bodies"]["rps"]
    print(f"workers={args.workers} connections={args.connections} seconds={args.seconds}")
    for line in lines:
        print(line)
    print(f"{'endpoint':40} {'req/s':>9} {'ratio':>6} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7}")
    for name, row in rows.items():
        print(f"{name:40} {row['rps']:9.0f} {row['rps'] / bare:6.2f} {row['p50_ms']:7.2f} "
              f"{row['p90_ms']:7.2f} {row['p99_ms']:7.2f}"
              + (f"  non-2xx={row['non_2xx']:.0f}" if row["non_2xx"] else ""))


if __name__ == "__main__":
    main()
