"""The SQL store on SQLite and PostgreSQL: versions, audit, preconditions, all-or-nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from marshmallow import ValidationError

from service.ratings.model import OutletRecordSchema
from service.ratings.store import (
    Conflict,
    NotFound,
    PreconditionFailed,
    RatingsStore,
    create_db_engine,
    record_etag,
)


@pytest.fixture
def store(database_url: str) -> Iterator[RatingsStore]:
    store = RatingsStore(create_db_engine(database_url))
    yield store
    store.engine.dispose()


def _set(field: str, value: Any):  # type: ignore[no-untyped-def]
    def update(current: dict[str, Any] | None) -> dict[str, Any]:
        assert current is not None
        record = {**current, field: value}
        record.pop("updated_at"), record.pop("updated_by")
        return OutletRecordSchema().load(record)  # type: ignore[no-any-return]

    return update


def test_seeded_with_bundled_ratings(store: RatingsStore) -> None:
    version, outlets, kinds = store.load_all()
    assert version >= 1
    assert len(outlets) >= 400
    assert {k["kind"] for k in kinds} >= {"vague", "anonymous", "named_official"}


def test_write_bumps_version_and_appends_audit(store: RatingsStore) -> None:
    version, audits = store.version(), store.audit_count()
    current = store.get_outlet("nypost.com")
    assert current is not None
    change = store.save_outlet("nypost.com", _set("notes", "checked"),
                               if_match=record_etag(current), actor="ed", reason="check",
                               require_existing=True)
    assert change.version == version + 1 == store.version()
    assert store.audit_count() == audits + 1
    _total, rows = store.history("outlet", "nypost.com", limit=10, offset=0)
    assert rows[0]["after"]["notes"] == "checked" and rows[0]["actor"] == "ed"
    assert rows[0]["ratings_version"] == change.version


def test_failed_precondition_and_validation_leave_nothing(store: RatingsStore) -> None:
    version, audits = store.version(), store.audit_count()
    before = store.get_outlet("nypost.com")
    with pytest.raises(PreconditionFailed):
        store.save_outlet("nypost.com", _set("notes", "x"), if_match='"stale"', actor="ed",
                          reason="r", require_existing=True)
    with pytest.raises(ValidationError):
        store.save_outlet("nypost.com", _set("reliability", 2.0),
                          if_match=record_etag(before or {}), actor="ed", reason="r",
                          require_existing=True)
    with pytest.raises(Conflict):
        store.save_outlet("nypost.com", _set("siblings", ["bbc.co.uk"]),
                          if_match=record_etag(before or {}), actor="ed", reason="r",
                          require_existing=True)
    with pytest.raises(NotFound):
        store.save_outlet("nowhere-zz.com", _set("notes", "x"), if_match="*", actor="ed",
                          reason="r", require_existing=True)
    assert store.version() == version and store.audit_count() == audits
    assert store.get_outlet("nypost.com") == before


def test_concurrent_writers_with_one_etag_one_wins(store: RatingsStore) -> None:
    current = store.get_outlet("bbc.com")
    assert current is not None
    etag = record_etag(current)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(n: int) -> None:
        try:
            store.save_outlet("bbc.com", _set("notes", f"writer {n}"), if_match=etag,
                              actor=f"w{n}", reason="race", require_existing=True)
            result = "won"
        except PreconditionFailed:
            result = "stale"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stale"] * 7 + ["won"]
    _total, rows = store.history("outlet", "bbc.com", limit=50, offset=0)
    races = [r for r in rows if r["reason"] == "race"]
    assert len(races) == 1
    assert store.get_outlet("bbc.com")["notes"] == races[0]["after"]["notes"]  # type: ignore[index]


def test_replace_all_is_idempotent_and_audited(store: RatingsStore) -> None:
    _version, outlets, kinds = store.load_all()
    _new_version, plan = store.replace_all(outlets, kinds, actor="t", reason="same again")
    assert all(not v for v in plan.values())
    changed = [dict(o) for o in outlets]
    changed[0]["notes"] = "bulk change"
    audits = store.audit_count()
    _, plan = store.replace_all(changed[1:] + changed[:1], kinds, actor="t", reason="one")
    assert plan["changed"] == [changed[0]["domain"]]
    assert store.audit_count() == audits + 1
