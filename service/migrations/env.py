"""Alembic environment: the connection comes from the caller (service.ratings.schema.upgrade)."""

from __future__ import annotations

from alembic import context

from service.ratings.store import metadata

target_metadata = metadata
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
