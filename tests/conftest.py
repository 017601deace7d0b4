"""Real parts for every test: a redis-server on a free port, SQLite files, PostgreSQL.

PostgreSQL is the server named by TEST_POSTGRES_URL (default: the local one .ci/run starts);
each test that asks for it gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from support import RedisServer, dispose_apps, make_app

from service.ratings.schema import prepare
from service.ratings.store import create_db_engine

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    if redis_server.process is None:
        redis_server.start()
    redis.Redis.from_url(redis_server.url).flushall()
    return redis_server.url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated and seeded SQLite file; each test copies it instead of seeding again."""
    path = tmp_path_factory.mktemp("template") / "ratings.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    prepare(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "ratings.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def _pg_admin_url() -> str:
    return os.environ.get("TEST_POSTGRES_URL", DEFAULT_PG)


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[sa.Engine]:
    url = _pg_admin_url().replace("postgresql://", "postgresql+psycopg://", 1)
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
    except sa.exc.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at {_pg_admin_url()} ({exc.orig}); "
                    "set TEST_POSTGRES_URL or run .ci/run, which starts it")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_template(postgres_admin: sa.Engine) -> Iterator[str]:
    """One migrated and seeded database; each test gets a copy (CREATE DATABASE ... TEMPLATE)."""
    name = f"srs_template_{uuid.uuid4().hex[:10]}"
    with postgres_admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = postgres_admin.url.set(database=name).render_as_string(hide_password=False)
    engine = create_db_engine(url)
    prepare(engine)
    engine.dispose()
    yield name
    with postgres_admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def postgres_url(postgres_admin: sa.Engine, postgres_template: str) -> Iterator[str]:
    name = f"srs_test_{uuid.uuid4().hex[:10]}"
    with postgres_admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"'))
    yield postgres_admin.url.set(database=name).render_as_string(hide_password=False)
    with postgres_admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def app(sqlite_url: str, tmp_path: Path) -> Flask:
    return make_app(sqlite_url, tmp_path)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()




@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """The same test on both engines the service supports."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(name))


@pytest.fixture(autouse=True)
def _dispose_apps() -> Iterator[None]:
    yield
    dispose_apps()
