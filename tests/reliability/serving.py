"""Real processes for the reliability tests: gunicorn, a load generator, a PostgreSQL cluster.

Everything listens on 127.0.0.1 on a free port, is started by the test and stopped by it; every
loop here is bounded in count and in time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from gunicorn_server import Gunicorn
from support import ADMIN_TOKEN, free_port

VENV_BIN = Path(sys.executable).parent
LOADGEN = str(Path(__file__).with_name("loadgen.py"))
REPO = Path(__file__).resolve().parent.parent.parent
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def serving_env(tmp_path: Path, database_url: str, **overrides: str) -> dict[str, str]:
    """Only what the test chooses (and PATH): a developer's own REDIS_URL never leaks in."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DATA_DIR": str(tmp_path),
        "DATABASE_URL": database_url,
        "ADMIN_TOKENS": f"editor:{ADMIN_TOKEN}",
        "LOG_LEVEL": "WARNING",
        "ACCESS_LOG": "false",
        "WEB_CONCURRENCY": "2",
        "RATE_LIMIT_ENABLED": "false",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"),
        "PYTHONPATH": str(REPO),
    }
    env.update(overrides)
    return env


@contextmanager
def serving(tmp_path: Path, database_url: str, **env: str) -> Iterator[Gunicorn]:
    server = Gunicorn(tmp_path, serving_env(tmp_path, database_url, **env))
    try:
        yield server.start()
    finally:
        server.stop()


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


class LoadGenerator:
    """tests/reliability/loadgen.py in a process of its own, sending a mix of requests."""

    def __init__(self, tmp_path: Path, base_url: str, specs: list[dict[str, Any]], *,
                 seconds: float, concurrency: int = 4, max_requests: int = 1_000_000) -> None:
        self.specs_path = tmp_path / "load-specs.json"
        self.out_path = tmp_path / "load-stats.json"
        self.specs_path.write_text(json.dumps(specs))
        self.args = [sys.executable, LOADGEN, "--base", base_url, "--specs",
                     str(self.specs_path), "--seconds", str(seconds), "--concurrency",
                     str(concurrency), "--max-requests", str(max_requests), "--out",
                     str(self.out_path)]
        self.seconds = seconds
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LoadGenerator:
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def result(self) -> dict[str, Any]:
        assert self.process is not None
        output, _ = self.process.communicate(timeout=self.seconds + 60)
        assert self.process.returncode == 0, output.decode(errors="replace")[-3000:]
        result: dict[str, Any] = json.loads(self.out_path.read_text())
        return result


class PostgresCluster:
    """A throwaway PostgreSQL cluster of the test's own (stopping it hurts no other test)."""

    def __init__(self) -> None:
        self.port = free_port()
        # Not under pytest's tmp_path: the postgres user cannot enter root's 0700 folders.
        self.workdir = Path(tempfile.mkdtemp(prefix="srs-reliability-pg-"))
        self.datadir = self.workdir / "pgdata"
        self.logfile = self.workdir / "pg.log"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, *args: str, timeout: float = 60) -> None:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, timeout=timeout)
        if done.returncode != 0:
            raise AssertionError(f"{args[0]} failed: {done.stdout!r} {done.stderr!r}")

    def init(self) -> PostgresCluster:
        if not (PG_BIN / "initdb").exists():
            pytest.skip(f"no PostgreSQL server binaries in {PG_BIN}")
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                pytest.skip("running as root without runuser to drop to the postgres user")
            shutil.chown(self.workdir, "postgres", "postgres")
        self._as_postgres(str(PG_BIN / "initdb"), "-D", str(self.datadir), "-U", "postgres",
                          "--auth=trust", "--no-sync", "-E", "UTF8")
        return self

    def start(self) -> None:
        self._as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile), "-w",
            "-t", "30", "-o", f"-p {self.port} -k /tmp -c listen_addresses=127.0.0.1 "
            "-c fsync=on -c max_connections=100", "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w",
                          "-t", "30", "stop")

    def running(self) -> bool:
        return (self.datadir / "postmaster.pid").exists()

    def remove(self) -> None:
        """Stop the cluster if it runs, and delete its files."""
        try:
            if self.running():
                self.stop("fast")
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)
