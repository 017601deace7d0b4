"""What a larger ratings table costs a worker: the old bundled table against the new, in one run.

    .venv/bin/python bench/ratings_table.py [--before REF] [--after FILE] [--rounds 3]
                                            [--postgres URL]

For each table, in a fresh process per round (so memory figures do not mix), rounds
interleaved so that other load on the machine falls on both alike:
- seeding: migrate a fresh SQLite file (and PostgreSQL with --postgres: its public schema is
  dropped and made again, so give it a database of its own) and load the table, as the service
  does on first start (validation included);
- start-up: ``create_app`` on the seeded database, the snapshot loaded, the outlet directory
  (Aho-Corasick) built: what a new worker does before its first answer;
- memory: the worker's resident set (VmRSS) after start-up, one look-up and one extraction,
  and its growth over the process before ``create_app`` (imports only);
- look-up (after ``gc.freeze``, as ``service/wsgi.py`` does in a worker): ``Snapshot.lookup``
  over the same 20,000 URLs for both tables, with the same answers (half on outlets both tables
  rate, half on hosts neither knows), after a warm-up pass, and 2,000 GET /v1/outlets/lookup
  through the app's test client (no network), also warmed;
- extraction: ``extract`` per article with each table's directory, on the PolNeAR dev split
  when present plus the test fixtures (median of the fastest of three runs per article);
- the gzip snapshot for extensions (``/v1/outlets/snapshot``), in bytes.
Prints medians over rounds and the ratio after/before. Limits the issue sets: look-up
throughput no lower, extraction at most 10 % slower, memory at most +40 MB per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUNDLED = ROOT / "service" / "ratings" / "data" / "outlets.jsonl"
POLNEAR_DEV = ROOT.parent / "shared" / "reference" / "polnear" / "dev"
FIXTURES = ROOT / "tests" / "attribution" / "fixtures"


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _articles() -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    paths = sorted(POLNEAR_DEV.rglob("*.txt")) if POLNEAR_DEV.is_dir() else []
    paths += sorted(FIXTURES.glob("*.txt"))
    for path in paths:
        head, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append((head.strip() or None, body))
    return out


def _seed(url: str, records: list[dict[str, Any]]) -> float:
    """Migrate and load, as `prepare` does on first start; seconds."""
    import sqlalchemy as sa

    from service.ratings.model import OutletRecordSchema, SourceKindRecordSchema
    from service.ratings.schema import upgrade
    from service.ratings.store import RatingsStore, create_db_engine

    engine = create_db_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    kinds_file = ROOT / "service" / "ratings" / "data" / "source_kinds.json"
    began = time.perf_counter()
    upgrade(engine)
    outlets = OutletRecordSchema(many=True).load(records)
    kinds = SourceKindRecordSchema(many=True).load(json.loads(kinds_file.read_text()))
    RatingsStore(engine).replace_all(outlets, kinds, actor="bench", reason="bench seed")
    seconds = time.perf_counter() - began
    engine.dispose()
    return seconds


def child(table: Path, urls_file: Path, postgres: str | None) -> dict[str, float]:
    """One table's figures, in this (fresh) process."""
    records = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    urls = json.loads(urls_file.read_text())
    figures: dict[str, float] = {"records": len(records)}
    with tempfile.TemporaryDirectory() as folder:
        sqlite_url = f"sqlite:///{folder}/ratings.sqlite3"
        figures["seed_sqlite_s"] = _seed(sqlite_url, records)
        if postgres:
            figures["seed_postgres_s"] = _seed(postgres, records)
        del records
        import gc

        from service import create_app
        from service.attribution import extract
        gc.collect()
        base_rss = _rss_mb()
        began = time.perf_counter()
        app = create_app({"DATABASE_URL": sqlite_url, "DATA_DIR": folder, "LOG_LEVEL": "ERROR",
                          "RATE_LIMIT_ENABLED": "false"})
        holder = app.extensions["service"].holder
        snapshot = holder.current()
        directory = snapshot.directory
        figures["startup_s"] = time.perf_counter() - began
        gc.collect()  # as service/wsgi.py does in a worker once its snapshot is in place
        gc.freeze()
        began = time.perf_counter()
        figures["snapshot_gzip_bytes"] = len(snapshot.compact)
        figures["compact_build_s"] = time.perf_counter() - began

        for url in urls:  # warm: parsed hosts and outlet JSON cached, as in a running worker
            snapshot.lookup(url)
        began = time.perf_counter()
        for url in urls:
            snapshot.lookup(url)
        figures["lookup_us"] = (time.perf_counter() - began) / len(urls) * 1e6

        client = app.test_client()
        sample = urls[:2000]
        for url in sample:
            client.get("/v1/outlets/lookup", query_string={"url": url})
        began = time.perf_counter()
        for url in sample:
            client.get("/v1/outlets/lookup", query_string={"url": url})
        figures["http_lookup_per_s"] = len(sample) / (time.perf_counter() - began)

        per_article = []
        for head, body in _articles():
            best = min(_timed(extract, body, head, directory) for _ in range(3))
            per_article.append(best)
        figures["extract_ms"] = statistics.median(per_article)
        figures["articles"] = len(per_article)
        gc.collect()
        figures["rss_mb"] = _rss_mb()
        figures["rss_growth_mb"] = figures["rss_mb"] - base_rss
        app.extensions["service"].store.engine.dispose()
    return figures


def _timed(extract: Any, body: str, head: str | None, directory: Any) -> float:
    began = time.perf_counter()
    extract(body, headline=head, directory=directory)
    return (time.perf_counter() - began) * 1000


def _before_table(ref: str, folder: Path) -> Path:
    text = subprocess.run(["git", "-C", str(ROOT), "show",
                           f"{ref}:service/ratings/data/outlets.jsonl"],
                          check=True, capture_output=True, text=True).stdout
    path = folder / "before.jsonl"
    path.write_text(text, encoding="utf-8")
    return path


def _urls(before: Path, after: Path) -> list[str]:
    """The same inputs, with the same answers, for both tables: hosts of outlets both tables
    rate (the old table's, all in the new one) and hosts neither knows, half and half."""
    import random

    rng = random.Random(7)

    def domains(table: Path) -> set[str]:
        lines = table.read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["domain"] for line in lines if line.strip()}

    both = sorted(domains(before) & domains(after))
    urls = [f"https://www.{host}/2024/05/story-{i}" for i, host in
            enumerate(rng.choices(both, k=10_000))]
    urls += [f"https://news.site{i}.example.com/a/{i}" for i in range(10_000)]
    rng.shuffle(urls)
    return urls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="5004229",
                        help="git revision whose bundled table is 'before'")
    parser.add_argument("--after", default=str(BUNDLED), help="the table to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", default=None,
                        help="a PostgreSQL URL whose public schema may be dropped")
    parser.add_argument("--child", nargs=2, metavar=("TABLE", "URLS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]), args.postgres)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tables = {"before": _before_table(args.before, folder), "after": Path(args.after)}
        urls_file = folder / "urls.json"
        urls_file.write_text(json.dumps(_urls(tables["before"], tables["after"])))
        runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            for name, table in tables.items():
                cmd = [sys.executable, __file__, "--child", str(table), str(urls_file)]
                if args.postgres:
                    cmd += ["--postgres", args.postgres]
                out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                                     env={**os.environ, "PYTHONHASHSEED": "0"}).stdout
                runs[name].append(json.loads(out.strip().splitlines()[-1]))
    keys = list(runs["after"][0])
    print(f"tables: before = {args.before}:outlets.jsonl, after = {args.after}; "
          f"{args.rounds} rounds, medians")
    print(f"{'figure':<22}{'before':>14}{'after':>14}{'after/before':>14}")
    for key in keys:
        before = statistics.median(r[key] for r in runs["before"])
        after = statistics.median(r[key] for r in runs["after"])
        ratio = after / before if before else float("nan")
        print(f"{key:<22}{before:>14.3f}{after:>14.3f}{ratio:>14.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
