"""Bringing a database to the current schema (Alembic) and, on first start, the bundled data."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine

from service.ratings.store import RatingsStore


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "service:migrations")
    return config


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied (idempotent)."""
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def is_current(engine: Engine) -> bool:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head


_MIGRATION_LOCK = 0x5352_5301  # any constant shared by every replica of the service


def prepare(engine: Engine, *, seed: bool = True) -> bool:
    """Upgrade the schema, then seed an empty table with the bundled ratings. True if seeded.

    On PostgreSQL, replicas starting together take turns (a session advisory lock), so only the
    first migrates and seeds and the others find the work done."""
    if engine.dialect.name != "postgresql":
        upgrade(engine)
        return RatingsStore(engine).seed_if_empty() if seed else False
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        try:
            upgrade(engine)
            return RatingsStore(engine).seed_if_empty() if seed else False
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})


def prepare_embedded(engine: Engine, data_dir: str, *, seed: bool = True) -> bool:
    """`prepare` for the embedded SQLite default, under a file lock in `data_dir`, so that the
    workers of a `gunicorn service.wsgi:app` started without the service's gunicorn settings
    take turns: the first migrates and seeds, the others find the work done."""
    import fcntl
    import os

    os.makedirs(data_dir, exist_ok=True)
    with open(os.path.join(data_dir, ".prepare.lock"), "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return prepare(engine, seed=seed)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
