"""gunicorn settings (``gunicorn -c python:service.gunicorn_conf``); the repository's
gunicorn.conf.py imports this module so a bare ``gunicorn service.wsgi:app`` uses it too.

Every value comes from the environment (docs/deploy.md lists them). A bad value stops the master
before any worker starts, with a message naming the variable. The master then prepares the
Prometheus multiprocess folder, migrates the database, loads the bundled ratings on a first
start and imports the workers' modules; each worker builds the app after the fork. Logs,
gunicorn's own included, are JSON lines on stdout.

gunicorn itself reads WEB_CONCURRENCY before this module, and rejects a negative one with a
message that does not name it; ``python -m service.gunicorn_conf gunicorn ...`` (the image's
entry point) checks every variable first, then becomes the command it was given.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import sys
import tempfile
from datetime import timedelta
from typing import Any

from gunicorn.glogging import Logger

from service.config import ConfigError, Settings


def _int_env(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name}={raw!r} is not valid: must be a whole number") from None
    if value < minimum:
        raise SystemExit(f"{name}={raw!r} is not valid: must be >= {minimum}")
    return value


def available_cpus() -> int:
    """CPUs this process may use: its affinity, capped by a cgroup v2 quota (docker --cpus)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as f:
            quota, period = f.read().split()[:2]
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cpus)


# Each worker holds its own ratings snapshot and extractor automaton (tens of MB), so the default
# follows the CPUs (2 per CPU + 1, the usual for CPU-bound sync workers) but stops at 12: beyond
# that, add replicas rather than workers.
bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = _int_env("WEB_CONCURRENCY", min(2 * available_cpus() + 1, 12), 1)
threads = _int_env("GUNICORN_THREADS", 2, 1)
worker_class = "gthread" if threads > 1 else "sync"
# Recycle workers now and then (a slow leak stays bounded); the jitter keeps them from all
# restarting at once.
max_requests = _int_env("GUNICORN_MAX_REQUESTS", 10000, 0)
max_requests_jitter = _int_env("GUNICORN_MAX_REQUESTS_JITTER", 1000, 0)
timeout = _int_env("GUNICORN_TIMEOUT", 30, 1)
# On SIGTERM, requests in flight get this long to finish before their worker is killed; keep it
# under the orchestrator's stop grace period (docker stop: 10 s unless stop_grace_period is set).
graceful_timeout = _int_env("GUNICORN_GRACEFUL_TIMEOUT", 25, 1)
keepalive = _int_env("GUNICORN_KEEPALIVE", 5, 0)
# No request-line limit in gunicorn: its own 414 page is HTML, outside the API's contract. The
# application refuses an over-long look-up URL (more than 4,096 characters) as a 422 problem.
limit_request_line = 0
accesslog = "-" if os.environ.get("ACCESS_LOG", "true").lower() not in ("0", "false") else None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").strip().lower() or "info"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn >= 24 opens a control socket in $HOME by default: nothing here uses it, and masters
# sharing a home (tests, several services on one host) would fight over the one path.
control_socket_disable = True


class JsonLogger(Logger):
    """gunicorn's logger with the service's JSON lines on stdout, for the error log and an access
    record of fields (no query string, no request header but the id the app echoed)."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        from service.logging import json_formatter

        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                if not getattr(handler, "_gunicorn", False):
                    continue
                if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
                    handler.setStream(sys.stdout)
                handler.setFormatter(json_formatter())

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: timedelta) -> None:
        if not self.access_log_enabled:
            return
        headers = dict((name.lower(), value) for name, value in resp.headers)
        status = resp.status_code
        self.access_log.info(
            "%s %s %s", req.method, req.path, status,
            extra={
                "method": req.method,
                "path": req.path,
                "status": status,
                "bytes": getattr(resp, "sent", None),
                "duration_ms": round(request_time.total_seconds() * 1000, 2),
                "request_id": headers.get("x-request-id"),
                "remote": environ.get("REMOTE_ADDR"),
            },
        )


logger_class = JsonLogger

_own_metrics_dir: str | None = None


def checked_settings() -> Settings:
    """The service's settings, or SystemExit with the message naming the bad variable."""
    try:
        return Settings.from_env()
    except ConfigError as exc:
        raise SystemExit(f"configuration error: {exc}") from None


def on_starting(server: Any) -> None:
    """In the master, before any worker: fail fast on bad configuration, prepare the metrics
    folder, migrate and (on a first start) seed the database, then import what workers use."""
    settings = checked_settings()
    _prepare_metrics_dir()
    from service.ratings.schema import prepare
    from service.ratings.store import create_db_engine

    engine = create_db_engine(settings.DATABASE_URL)
    prepare(engine, seed=settings.SEED_ON_EMPTY)
    engine.dispose()
    _import_worker_modules()


def _import_worker_modules() -> None:
    """Import in the master the modules every worker imports, so that each worker, started or
    recycled after max_requests, inherits them through the fork instead of importing them
    again: about a third of a second of CPU per worker start, paid once per about 10,000
    requests (docs/benchmarks.md). Modules only: the app, its clients and its metrics are
    still built in each worker, after the fork (service.wsgi). After _prepare_metrics_dir:
    prometheus_client chooses its multiprocess storage when imported."""
    import service.api
    import service.pipeline
    import service.ui  # noqa: F401


def when_ready(server: Any) -> None:
    """Say where to open the service, once it accepts connections: a person who started it
    (`scripts/run`, `... serve`) is told the address, on the JSON log as every line is."""
    for address in server.cfg.address:
        if isinstance(address, tuple):
            host, port = address[0], address[1]
            shown = "127.0.0.1" if host in ("0.0.0.0", "") else (
                f"[{host}]" if ":" in host else host)
            server.log.info("ready: open http://%s:%s/ in a browser", shown, port)


def _prepare_metrics_dir() -> None:
    """The folder workers share metrics through; set before any worker imports prometheus_client.

    A folder given in PROMETHEUS_MULTIPROC_DIR is emptied of a previous run's samples (counts
    restart with the master, as Prometheus expects); otherwise a fresh one is made and removed on
    exit.
    """
    global _own_metrics_dir
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        os.makedirs(directory, exist_ok=True)
        for name in os.listdir(directory):
            if name.endswith(".db"):
                os.unlink(os.path.join(directory, name))
    else:
        directory = tempfile.mkdtemp(prefix="srs-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
        _own_metrics_dir = directory


def child_exit(server: Any, worker: Any) -> None:
    """A worker ended (stopped, recycled by max_requests, or killed): drop its live gauges."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)


def on_exit(server: Any) -> None:
    """The master stops: remove the metrics folder it made (never one it was given)."""
    if _own_metrics_dir:
        shutil.rmtree(_own_metrics_dir, ignore_errors=True)


def main(argv: list[str]) -> None:
    """``python -m service.gunicorn_conf COMMAND [ARG...]``: check the environment (this module's
    gunicorn values were read on import, the service's settings here), then exec COMMAND."""
    checked_settings()
    if not argv:
        raise SystemExit("usage: python -m service.gunicorn_conf COMMAND [ARG...]")
    # The virtualenv's own scripts are found even when its bin folder is not on PATH.
    program = shutil.which(argv[0]) or os.path.join(os.path.dirname(sys.executable), argv[0])
    os.execv(program, argv)


if __name__ == "__main__":
    main(sys.argv[1:])
