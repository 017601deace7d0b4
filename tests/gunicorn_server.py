"""A real gunicorn (``-c python:service.gunicorn_conf``) on a free port, for the tests that are
about serving (ops, reliability, the page): one launcher for all of them."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from support import free_port

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


class Gunicorn:
    """One gunicorn master (``-c python:service.gunicorn_conf``) and its workers, in a
    process group of their own, on a free loopback port; stdout and stderr kept in files."""

    def __init__(self, tmp_path: Path, env: dict[str, str], *, plain: bool = False) -> None:
        self.port = free_port()
        self.env = {**env, "BIND": f"127.0.0.1:{self.port}"}
        # plain: `gunicorn service.wsgi:app` as anyone would type it, no service settings
        self.argv = [GUNICORN, "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
                     "service.wsgi:app"] if plain else [
            GUNICORN, "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
        self.stdout_path = tmp_path / "gunicorn.stdout"
        self.stderr_path = tmp_path / "gunicorn.stderr"
        self.cwd = tmp_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> Gunicorn:
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(
                self.argv, env=self.env, cwd=self.cwd, stdout=out, stderr=err,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited {self.process.returncode}: {self.logs()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        raise AssertionError(f"gunicorn did not answer within {timeout} s: {self.logs()}")

    def terminate(self) -> None:
        """SIGTERM to the master: what docker stop and Kubernetes send."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)

    def wait(self, timeout: float) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stdout(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def output(self) -> str:
        """Everything the master and its workers wrote."""
        return self.stdout() + self.stderr()

    def logs(self) -> str:
        return self.output()[-6000:]

    def worker_pids(self) -> list[int]:
        """The workers: children of the master, read from /proc."""
        assert self.process is not None
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # Field 4 (after the parenthesised command name) is the parent pid.
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == self.process.pid:
                found.append(int(entry.name))
        return sorted(found)

    def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
        timeout: float = 30,
    ) -> tuple[int, dict[str, str], bytes]:
        data = None if body is None else json.dumps(body).encode()
        all_headers = dict(headers or {})
        if data is not None:
            all_headers.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers=all_headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, dict(exc.headers), exc.read()

    def json(self, method: str, path: str, body: Any = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
        status, response_headers, raw = self.request(method, path, body, headers)
        return status, response_headers, json.loads(raw) if raw else None

    def raw(self, data: bytes, timeout: float = 10) -> bytes:
        """Send bytes exactly as given (paths no client library would send); the answer."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            sock.sendall(data)
            chunks = []
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    chunk = sock.recv(65536)
                except TimeoutError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
