"""Hostile input, timed: each family at size n and 2n through the in-process API.

    .venv/bin/python bench/hostile_input.py [--repeat 3] [--scale 1.0]

For each family of tests/reliability/hostile.py (deep JSON, invalid UTF-8, NUL and control
characters, huge numbers, HTML nesting and entities, runs built to make each of the extractor's
regular expressions backtrack, unicode whitespace, a 1 MB line) it sends the body built at n and
at 2n to an app made by create_app (SQLite copy, in-process cache) and prints the best of
``--repeat`` times, the ratio t(2n)/t(n) (linear time gives about 2; the bar is 3) and the
statuses. Exits 1 when a ratio reaches 3 or a status is not one the family allows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from reliability.hostile import FAMILIES, Family  # noqa: E402

from service import create_app  # noqa: E402
from service.ratings.schema import prepare  # noqa: E402
from service.ratings.store import create_db_engine  # noqa: E402

RATIO_BAR = 3.0
JUDGED_FROM = 0.010  # seconds


def _time(client: object, family: Family, n: int, repeat: int) -> tuple[float, int, int]:
    best, status, size = float("inf"), 0, 0
    for attempt in range(repeat):
        body = family.body(n, salt=n * 100 + attempt + 1)
        size = len(body)
        started = time.perf_counter()
        response = client.open(family.path, method=family.method,  # type: ignore[attr-defined]
                                data=body, content_type="application/json")
        best = min(best, time.perf_counter() - started)
        status = response.status_code
    return best, status, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every family's n")
    parser.add_argument("--only", default="", help="families whose name contains this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/ratings.sqlite3"
        engine = create_db_engine(url)
        prepare(engine)
        engine.dispose()
        app = create_app({"DATABASE_URL": url, "DATA_DIR": tmp, "LOG_LEVEL": "ERROR",
                          "RATE_LIMIT_ENABLED": False})
        client = app.test_client()
        client.get("/v1/outlets/nypost.com")  # snapshot and automaton built before timing
        failures = 0
        print(f"{'family':44} {'n':>8} {'bytes(2n)':>10} {'t(n) ms':>9} {'t(2n) ms':>9} "
              f"{'ratio':>6}  status")
        for family in FAMILIES:
            if args.only and args.only.lower() not in family.name.lower():
                continue
            n = max(1, int(family.n * args.scale))
            t1, s1, _ = _time(client, family, n, args.repeat)
            t2, s2, size = _time(client, family, 2 * n, args.repeat)
            ratio = t2 / t1 if t1 > 0 else float("inf")
            # Under JUDGED_FROM the ratio is noise (refusals before any work): not judged.
            judged = t2 >= JUDGED_FROM
            bad = (judged and ratio >= RATIO_BAR) or s1 not in family.ok or s2 not in family.ok
            failures += bad
            shown = ratio if judged else float("nan")
            print(f"{family.name:44} {n:>8} {size:>10} {t1 * 1000:>9.1f} {t2 * 1000:>9.1f} "
                  f"{shown:>6.2f}  {s1}/{s2}{'  <-- FAIL' if bad else ''}")
        print(f"\n{failures} failing famil{'y' if failures == 1 else 'ies'} "
              f"(ratio bar {RATIO_BAR}, best of {args.repeat}; 'nan': answered in under "
              f"{JUDGED_FROM * 1000:.0f} ms at 2n, not judged)")
        app.extensions["service"].store.engine.dispose()
        return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
