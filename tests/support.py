"""Helpers the tests import by name (pytest puts tests/ on the path)."""

from __future__ import annotations

import functools
import io
import json
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from werkzeug.wrappers import Request

from service import create_app

REPO = Path(__file__).resolve().parent.parent
ADMIN_TOKEN = "editor-token-0123456789abcdef"
OTHER_TOKEN = "wrong-token-0123456789abcdef00"
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """A redis-server process of the test's own, which a test may stop and start again."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed (apt-get install redis-server)")
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


def make_app(database_url: str, tmp_path: Path, **config: Any) -> Flask:
    settings: dict[str, Any] = {
        "DATA_DIR": str(tmp_path),
        "DATABASE_URL": database_url,
        "ADMIN_TOKENS": f"editor:{ADMIN_TOKEN}",
        "LOG_LEVEL": "WARNING",
    }
    settings.update(config)
    app = create_app(settings)
    app.test_client_class = ContractClient
    CREATED_APPS.append(app)
    return app


CREATED_APPS: list[Flask] = []


def dispose_apps() -> None:
    """Close every pooled connection of the apps a test made (no connection outlives it)."""
    while CREATED_APPS:
        CREATED_APPS.pop().extensions["service"].store.engine.dispose()


def auth(token: str = ADMIN_TOKEN, **headers: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **headers}


class ContractClient(FlaskClient):
    """A test client that checks every answer against the committed openapi.yaml."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        response = super().open(*args, **kwargs)
        check_contract(response)
        return response


@functools.lru_cache(maxsize=1)
def contract() -> OpenAPI:
    config = Config(
        extra_media_type_deserializers={"application/problem+json": json.loads}
    )
    return OpenAPI.from_file_path(str(REPO / "openapi.yaml"), config=config)


def check_contract(response: Any) -> None:
    request = response.request
    if request.method in ("OPTIONS", "HEAD"):
        return
    # The view consumed the body; response validation needs only the method, path and query.
    bodiless = Request({**request.environ, "wsgi.input": io.BytesIO(b""), "CONTENT_LENGTH": "0"})
    try:
        contract().validate_response(
            WerkzeugOpenAPIRequest(bodiless), WerkzeugOpenAPIResponse(response)
        )
    except (PathNotFound, OperationNotFound):
        # Only unknown routes and methods may be missing from the contract.
        assert response.status_code in (404, 405), response.status_code


def problem(response: Any, status: int) -> dict[str, Any]:
    """Assert the answer is an RFC 9457 problem with this status, and return it."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["type"].startswith("https://") and body["title"] and body["detail"]
    return body  # type: ignore[no-any-return]
