"""Concurrent corrections against a real gunicorn (4 workers x 4 threads), SQLite and PostgreSQL.

1. 50 PATCHes released together, all with the same If-Match: exactly one wins, 49 get 412, and
   the audit history holds exactly the winning change.
2. 20 editors each add their own alias, re-reading the record (Cache-Control: no-cache) after
   every 412: no update is lost
   (20 aliases at the end, 20 audit rows, each row's ``before`` the previous row's ``after``).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from reliability.serving import Gunicorn, serving
from support import auth

pytestmark = pytest.mark.serving

RACERS = 50
EDITORS = 20
REFRESH_BOUND = 1.2  # RATINGS_REFRESH_SECONDS (1 s) and a margin: the documented staleness
REASON_RACE = "reliability: same If-Match race"
REASON_EDIT = "reliability: concurrent editors"


def _history(server: Gunicorn, domain: str, reason: str) -> list[dict[str, Any]]:
    status, _, page = server.json("GET", f"/v1/outlets/{domain}/history?per_page=200")
    assert status == 200 and page["total"] == len(page["items"])
    return [row for row in reversed(page["items"]) if row["reason"] == reason]


def _race(server: Gunicorn, domain: str) -> None:
    status, headers, _ = server.json("GET", f"/v1/outlets/{domain}")
    assert status == 200
    etag = headers["ETag"]
    barrier = threading.Barrier(RACERS, timeout=30)

    def patch(n: int) -> tuple[int, str]:
        barrier.wait()
        status, _, _body = server.request(
            "PATCH", f"/v1/outlets/{domain}",
            {"notes": f"racer {n}", "reason": REASON_RACE}, auth(**{"If-Match": etag}),
        )
        return status, f"racer {n}"

    with ThreadPoolExecutor(RACERS) as pool:
        outcomes = list(pool.map(patch, range(RACERS)))
    statuses = Counter(status for status, _ in outcomes)
    assert statuses == {200: 1, 412: RACERS - 1}, statuses
    winner = next(note for status, note in outcomes if status == 200)
    rows = _history(server, domain, REASON_RACE)
    assert [row["after"]["notes"] for row in rows] == [winner]
    time.sleep(REFRESH_BOUND)
    assert server.json("GET", f"/v1/outlets/{domain}")[2]["notes"] == winner


def _editors(server: Gunicorn, domain: str) -> dict[str, int]:
    before = server.json("GET", f"/v1/outlets/{domain}")[2]["aliases"]
    barrier = threading.Barrier(EDITORS, timeout=30)
    tries: Counter[str] = Counter()

    def add_alias(n: int) -> str:
        alias = f"Reliability Editor {n:02d}"
        barrier.wait()
        deadline = time.monotonic() + 60
        for _ in range(500):
            assert time.monotonic() < deadline, f"{alias}: no write within 60 s"
            # no-cache: read the stored record, not a worker's snapshot of up to 1 s ago
            status, headers, record = server.json("GET", f"/v1/outlets/{domain}",
                                                  headers={"Cache-Control": "no-cache"})
            assert status == 200
            status, _, _ = server.request(
                "PATCH", f"/v1/outlets/{domain}",
                {"aliases": [*record["aliases"], alias], "reason": REASON_EDIT},
                auth(**{"If-Match": headers["ETag"]}),
            )
            tries[str(status)] += 1
            if status == 200:
                return alias
            assert status == 412, status
        raise AssertionError(f"{alias}: 500 attempts without a write")

    with ThreadPoolExecutor(EDITORS) as pool:
        added = list(pool.map(add_alias, range(EDITORS)))
    rows = _history(server, domain, REASON_EDIT)
    assert len(rows) == EDITORS, [row["after"]["aliases"][-3:] for row in rows]
    for previous, row in itertools.pairwise(rows):
        assert row["before"] == previous["after"], "audit rows do not chain"
    assert sorted(rows[-1]["after"]["aliases"]) == sorted([*before, *added]), "an update was lost"
    time.sleep(REFRESH_BOUND)  # every worker has seen the last write by now
    for _ in range(8):  # several workers answer
        final = server.json("GET", f"/v1/outlets/{domain}")[2]["aliases"]
        assert sorted(final) == sorted([*before, *added]), "a worker serves a lost update"
    return dict(tries)


def test_same_if_match_and_no_lost_update(tmp_path: Path, database_url: str) -> None:
    with serving(tmp_path, database_url, WEB_CONCURRENCY="4", GUNICORN_THREADS="4") as server:
        started = time.monotonic()
        _race(server, "nypost.com")
        race_seconds = time.monotonic() - started
        started = time.monotonic()
        tries = _editors(server, "dw.com")
        print(f"\n{database_url.split(':')[0]}: {RACERS} racers -> 1 x 200 + "
              f"{RACERS - 1} x 412 in {race_seconds:.2f} s; {EDITORS} editors, no lost update, "
              f"attempts {tries} in {time.monotonic() - started:.2f} s")
