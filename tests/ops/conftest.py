"""Fixtures of the ops tests: a real gunicorn started per test and stopped after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gunicorn_server import Gunicorn
from ops.serving import ARTICLE, base_env


@pytest.fixture
def gunicorn(tmp_path: Path, sqlite_url: str) -> Iterator[Callable[..., Gunicorn]]:
    """Start a gunicorn with the environment the test adds to a SQLite copy; stopped after."""
    started: list[Gunicorn] = []

    def start(**env: str) -> Gunicorn:
        server = Gunicorn(tmp_path, base_env(tmp_path, sqlite_url, **env))
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def article() -> dict[str, str]:
    """A small article of our own; its quoted sentence must never reach a log line."""
    return dict(ARTICLE)
