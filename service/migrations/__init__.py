"""Alembic migrations of the ratings tables; run with `srs db upgrade`."""
