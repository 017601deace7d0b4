"""The per-worker snapshot and its refresh by version, across two apps on one DB and Redis."""

from __future__ import annotations

import time
from pathlib import Path

from support import auth, make_app

from service.cache import LocalCache
from service.ratings.snapshot import Snapshot, SnapshotHolder
from service.ratings.store import RatingsStore, create_db_engine


def test_holder_refreshes_only_after_the_bound(sqlite_url: str, request) -> None:  # type: ignore[no-untyped-def]
    now = [100.0]
    store = RatingsStore(create_db_engine(sqlite_url))
    request.addfinalizer(store.engine.dispose)
    holder = SnapshotHolder(store, LocalCache(), refresh_seconds=1.0, clock=lambda: now[0])
    first = holder.current()
    current = store.get_outlet("nypost.com")
    assert current is not None
    from service.ratings.store import record_etag

    def bump(rec):  # type: ignore[no-untyped-def]
        rec = dict(rec)
        rec["notes"] = "moved"
        return rec

    store.save_outlet("nypost.com", bump, if_match=record_etag(current), actor="t",
                      reason="r", require_existing=True)
    now[0] += 0.5
    assert holder.current() is first  # within the bound: no database round trip
    now[0] += 0.6
    refreshed = holder.current()
    assert refreshed.version == first.version + 1
    assert refreshed.outlets["nypost.com"]["notes"] == "moved"


def test_snapshot_blob_round_trip(sqlite_url: str) -> None:
    store = RatingsStore(create_db_engine(sqlite_url))
    version, outlets, kinds = store.load_all()
    store.engine.dispose()
    snapshot = Snapshot(version, outlets, kinds)
    again = Snapshot.from_blob(snapshot.to_blob())
    assert again.outlets == snapshot.outlets and again.kinds == snapshot.kinds
    # ETags are made on first use; the same record gives the same ETag in either copy
    assert all(again.etags[d] == snapshot.etags[d] for d in snapshot.outlets)
    assert again.etags.get("no-such-outlet.example", "") == ""


def _two_apps(database_url: str, redis_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    one = make_app(database_url, tmp_path, REDIS_URL=redis_url, RATINGS_REFRESH_SECONDS="0.2")
    two = make_app(database_url, tmp_path, REDIS_URL=redis_url, RATINGS_REFRESH_SECONDS="0.2")
    return one.test_client(), two.test_client()


def test_write_through_one_app_is_served_by_the_other(
    database_url: str, redis_url: str, tmp_path: Path
) -> None:
    writer, reader = _two_apps(database_url, redis_url, tmp_path)
    assert reader.get("/v1/outlets/nypost.com").get_json()["reliability"] != 0.123
    etag = writer.get("/v1/outlets/nypost.com").headers["ETag"]
    written = writer.patch("/v1/outlets/nypost.com",
                           json={"reliability": 0.123, "reason": "cross-worker test"},
                           headers=auth(**{"If-Match": etag}))
    assert written.status_code == 200
    # The staleness bound is 0.2 s here; the deadline is wide so a busy machine cannot fail it,
    # and it still fails when the reader never looks again.
    started = time.monotonic()
    while reader.get("/v1/outlets/nypost.com").get_json()["reliability"] != 0.123:
        assert time.monotonic() - started < 5, "the reader never took the new snapshot"
        time.sleep(0.02)
    # The second app took the new snapshot from Redis, built once by whoever saw it first.
    assert reader.get("/v1/outlets/nypost.com").headers["ETag"] == written.headers["ETag"]


def test_no_cache_reads_past_the_workers_snapshot(
    database_url: str, redis_url: str, tmp_path: Path
) -> None:
    # A bound of a minute: without no-cache the reader keeps its snapshot for the whole test.
    writer, reader = (
        make_app(database_url, tmp_path, REDIS_URL=redis_url, RATINGS_REFRESH_SECONDS="60")
        .test_client() for _ in range(2)
    )
    stale = reader.get("/v1/outlets/nypost.com")
    written = writer.patch("/v1/outlets/nypost.com",
                           json={"notes": "read past the snapshot", "reason": "no-cache test"},
                           headers=auth(**{"If-Match": stale.headers["ETag"]}))
    assert written.status_code == 200
    cached = reader.get("/v1/outlets/nypost.com")
    assert cached.headers["ETag"] == stale.headers["ETag"]  # within the bound: the old record
    fresh = reader.get("/v1/outlets/nypost.com", headers={"Cache-Control": "no-cache"})
    assert fresh.get_json()["notes"] == "read past the snapshot"
    assert fresh.headers["ETag"] == written.headers["ETag"]
    # ... and the reader's next write with that ETag succeeds where the stale one gets 412
    refused = reader.patch("/v1/outlets/nypost.com", json={"notes": "x", "reason": "stale"},
                           headers=auth(**{"If-Match": stale.headers["ETag"]}))
    assert refused.status_code == 412 and "no-cache" in refused.get_json()["detail"]
    accepted = reader.patch("/v1/outlets/nypost.com", json={"notes": "y", "reason": "fresh"},
                            headers=auth(**{"If-Match": fresh.headers["ETag"]}))
    assert accepted.status_code == 200


def test_snapshot_survives_database_loss(sqlite_url: str, tmp_path: Path) -> None:
    app = make_app(sqlite_url, tmp_path, RATINGS_REFRESH_SECONDS="0.01")
    client = app.test_client()
    assert client.get("/v1/outlets/nypost.com").status_code == 200
    app.extensions["service"].store.engine.dispose()
    db_file = sqlite_url.split("sqlite:///", 1)[1]
    Path(db_file).rename(db_file + ".away")
    try:
        time.sleep(0.02)
        assert client.get("/v1/outlets/nypost.com").get_json()["domain"] == "nypost.com"
        assert client.get("/readyz").get_json()["status"] == "degraded"
        etag = client.get("/v1/outlets/nypost.com").headers["ETag"]
        response = client.patch("/v1/outlets/nypost.com", json={"notes": "x", "reason": "down"},
                                headers=auth(**{"If-Match": etag}))
        assert response.status_code == 503
        assert response.mimetype == "application/problem+json"
    finally:
        Path(db_file + ".away").rename(db_file)


def test_a_worker_started_during_an_outage_serves_the_last_snapshot_on_disk(
    sqlite_url: str, tmp_path: Path
) -> None:
    first = make_app(sqlite_url, tmp_path)
    assert first.test_client().get("/v1/outlets/nypost.com").status_code == 200
    assert (tmp_path / "ratings-snapshot.json.gz").exists()
    # A new worker on the same host, with the database gone and no Redis.
    gone = f"sqlite:///{tmp_path}/elsewhere/missing.sqlite3"
    later = make_app(gone, tmp_path).test_client()
    outlet = later.get("/v1/outlets/nypost.com")
    assert outlet.status_code == 200 and outlet.get_json()["domain"] == "nypost.com"
    assert later.get("/readyz").get_json()["status"] == "degraded"
    # Without the disk copy it would have nothing to serve.
    (tmp_path / "ratings-snapshot.json.gz").unlink()
    assert make_app(gone, tmp_path).test_client().get("/v1/outlets/nypost.com").status_code == 503
