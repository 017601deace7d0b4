"""A bad setting stops the process before it serves, with a message naming the variable.

Three ways in: bare gunicorn with the service's config module, the image's entry point
(``python -m service.gunicorn_conf gunicorn ...``) and ``srs serve``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from gunicorn_server import GUNICORN
from ops.serving import SERVICE_CLI, base_env
from support import free_port

SERVICE_SETTINGS = [
    ("DATABASE_URL", "mysql://db.internal/ratings"),
    ("DATABASE_URL", "postgresql:///no-host"),
    ("REDIS_URL", "http://cache:6379"),
    ("REDIS_URL", "redis://cache:port"),
    ("LOG_LEVEL", "LOUD"),
    ("RATINGS_REFRESH_SECONDS", "-5"),
]
GUNICORN_SETTINGS = [
    ("WEB_CONCURRENCY", "-1"),
    ("WEB_CONCURRENCY", "many"),
    ("GUNICORN_THREADS", "0"),
    ("GUNICORN_GRACEFUL_TIMEOUT", "soon"),
]
GUNICORN_ARGS = ["-c", "python:service.gunicorn_conf", "service.wsgi:app"]


def run(command: list[str], tmp_path: Path, sqlite_url: str, name: str, value: str) -> str:
    env = base_env(tmp_path, sqlite_url, BIND=f"127.0.0.1:{free_port()}", **{name: value})
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0, result.stdout[-2000:]
    assert "Booting worker" not in result.stdout
    return result.stderr


@pytest.mark.serving
@pytest.mark.parametrize(("name", "value"), SERVICE_SETTINGS + GUNICORN_SETTINGS)
def test_the_image_entry_point_names_the_variable(
    name: str, value: str, tmp_path: Path, sqlite_url: str
) -> None:
    command = [sys.executable, "-m", "service.gunicorn_conf", GUNICORN, *GUNICORN_ARGS]
    stderr = run(command, tmp_path, sqlite_url, name, value)
    assert name in stderr and "Traceback" not in stderr, stderr[-2000:]


@pytest.mark.serving
@pytest.mark.parametrize(("name", "value"), SERVICE_SETTINGS + GUNICORN_SETTINGS[2:])
def test_gunicorn_names_the_variable(
    name: str, value: str, tmp_path: Path, sqlite_url: str
) -> None:
    stderr = run([GUNICORN, *GUNICORN_ARGS], tmp_path, sqlite_url, name, value)
    assert name in stderr and "Traceback" not in stderr, stderr[-2000:]


@pytest.mark.serving
def test_gunicorn_itself_refuses_a_negative_worker_count(tmp_path: Path, sqlite_url: str) -> None:
    """gunicorn reads WEB_CONCURRENCY before any config module and words the refusal its own
    way; the image's entry point (above) names the variable."""
    stderr = run([GUNICORN, *GUNICORN_ARGS], tmp_path, sqlite_url, "WEB_CONCURRENCY", "-1")
    assert "-1" in stderr


@pytest.mark.serving
@pytest.mark.parametrize(("name", "value"), SERVICE_SETTINGS)
def test_serve_names_the_variable(name: str, value: str, tmp_path: Path, sqlite_url: str) -> None:
    stderr = run([SERVICE_CLI, "serve", "--port", str(free_port())], tmp_path, sqlite_url,
                 name, value)
    assert name in stderr and "Traceback" not in stderr, stderr[-2000:]


@pytest.mark.serving
def test_serve_stops_on_a_negative_worker_count(tmp_path: Path, sqlite_url: str) -> None:
    run([SERVICE_CLI, "serve", "--port", str(free_port())], tmp_path, sqlite_url,
        "WEB_CONCURRENCY", "-1")


def test_plain_gunicorn_on_a_fresh_data_folder_prepares_its_database(tmp_path: Path) -> None:
    """`gunicorn service.wsgi:app` without the service's settings, nothing set: the embedded
    database prepares itself (its two workers taking turns) and every look-up answers."""
    import json
    import urllib.request

    from gunicorn_server import Gunicorn

    data = tmp_path / "fresh"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "DATA_DIR": str(data)}
    server = Gunicorn(tmp_path, env, plain=True).start()
    try:
        with urllib.request.urlopen(f"{server.url}/v1/outlets/lookup?url=https://nypost.com/x",
                                    timeout=10) as response:
            assert json.load(response)["outlet"]["domain"] == "nypost.com"
        with urllib.request.urlopen(f"{server.url}/readyz", timeout=10) as response:
            ready = json.load(response)
        assert (ready["status"], ready["database"]) == ("ready", "ok")
    finally:
        server.stop()
    assert (data / "ratings.sqlite3").exists()
