"""A worker's start, paid again each time max_requests recycles one: the master imports the
workers' modules once, after preparing the metrics folder, and builds nothing of theirs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MASTER = """
import json, os, sys
from service import gunicorn_conf
before = {m: m in sys.modules for m in ("service.api", "service.pipeline", "flask_smorest")}
gunicorn_conf.on_starting(None)
from prometheus_client import values
print(json.dumps({
    "before": before,
    "after": {m: m in sys.modules for m in ("service.api", "service.pipeline", "flask_smorest")},
    "multiprocess": values.ValueClass is not values.MutexValue,
    "app_built": "service.wsgi" in sys.modules,
}))
"""


def test_the_master_imports_the_worker_modules_after_the_metrics_folder(
    tmp_path: Path, sqlite_url: str
) -> None:
    env = {"DATABASE_URL": sqlite_url, "DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "LOG_LEVEL": "WARNING"}  # no PROMETHEUS_MULTIPROC_DIR given
    done = subprocess.run([sys.executable, "-c", MASTER], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert not any(found["before"].values())
    assert all(found["after"].values())
    # prometheus_client picked its multiprocess storage: the folder was set before the import
    assert found["multiprocess"]
    assert not found["app_built"]  # each worker still builds its own app after the fork
