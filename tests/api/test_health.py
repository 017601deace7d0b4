"""/healthz, /readyz and /openapi.yaml, with a real Redis that the test stops."""

from __future__ import annotations

from pathlib import Path

import yaml
from support import RedisServer, make_app


def test_healthz_and_readyz_embedded(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "ready" and ready["database"] == "ok"
    assert ready["cache"] == "embedded"
    assert ready["ratings"]["outlets"] >= 400


def test_readyz_degraded_while_redis_is_down_and_lookups_still_work(
    sqlite_url: str, tmp_path: Path, redis_server: RedisServer, redis_url: str
) -> None:
    app = make_app(sqlite_url, tmp_path, REDIS_URL=redis_url, RATINGS_REFRESH_SECONDS="0.05")
    client = app.test_client()
    assert client.get("/readyz").get_json()["cache"] == "ok"
    redis_server.stop()
    try:
        ready = client.get("/readyz")
        assert ready.status_code == 200
        assert ready.get_json()["status"] == "degraded"
        assert ready.get_json()["cache"] == "down"
        outlet = client.get("/v1/outlets/lookup?url=nypost.com").get_json()["outlet"]
        assert outlet["domain"] == "nypost.com"
    finally:
        redis_server.start()
    assert client.get("/readyz").get_json()["status"] == "ready"


def test_readyz_unavailable_without_database_or_cache(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path}/missing/dir/none.sqlite3", tmp_path)
    client = app.test_client()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "unavailable"


def test_served_openapi_document_parses(client) -> None:  # type: ignore[no-untyped-def]
    document = yaml.safe_load(client.get("/openapi.yaml").data)
    assert "/v1/outlets/lookup" in document["paths"]


def test_a_database_without_tables_says_which_command_fixes_it(tmp_path: Path) -> None:
    """An explicit DATABASE_URL nobody migrated (a PostgreSQL created but never upgraded): not
    "try again shortly", since waiting changes nothing, but the command that does."""
    empty = tmp_path / "empty.sqlite3"
    app = make_app(f"sqlite:///{empty}", tmp_path / "data")
    client = app.test_client()
    looked = client.get("/v1/outlets/nypost.com")
    assert looked.status_code == 503 and looked.mimetype == "application/problem+json"
    problem = looked.get_json()
    assert problem["type"].endswith("not-migrated")
    assert "srs db upgrade" in problem["detail"] and "shortly" not in problem["detail"]
    assert "Retry-After" not in looked.headers
    ready = client.get("/readyz")
    assert ready.status_code == 503
    body = ready.get_json()
    assert body["database"] == "not_migrated" and "srs db upgrade" in body["hint"]
