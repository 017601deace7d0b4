"""The live parts the browser tests share: where things are, and a gunicorn serving the service."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from support import REPO, free_port

SCREENSHOTS = REPO / "screenshots" / "ui"
EXTENSION = REPO / "extension"
DRONES = REPO / "tests" / "fixtures" / "drones-article.txt"
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


class Served:
    """A gunicorn serving the whole service on a free port."""

    def __init__(self, workdir: Path, database_url: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / "gunicorn.log"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(workdir),
            "DATA_DIR": str(workdir),
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "WARNING",
            "ACCESS_LOG": "false",
            "WEB_CONCURRENCY": "2",
            "BIND": f"127.0.0.1:{self.port}",
            "PROMETHEUS_MULTIPROC_DIR": str(workdir / "metrics"),
        }
        (workdir / "metrics").mkdir(exist_ok=True)
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [GUNICORN, "-c", "python:service.gunicorn_conf", "service.wsgi:app"],
                env=env, cwd=workdir, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError("gunicorn did not start: "
                                         + self.log.read_text(errors="replace")[-3000:]) from None
                time.sleep(0.1)

    def get(self, path: str) -> tuple[dict[str, str], Any]:
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return dict(response.headers), json.loads(response.read())

    def post(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(self.url + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
