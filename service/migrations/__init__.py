"""Alembic migrations of the ratings tables; run with `service db upgrade`."""
