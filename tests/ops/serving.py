"""The environment and the test article of the ops tests (launcher: tests/gunicorn_server.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from support import ADMIN_TOKEN

SERVICE_CLI = str(Path(sys.executable).with_name("srs"))


def base_env(tmp_path: Path, database_url: str, **overrides: str) -> dict[str, str]:
    """The environment of a served process: only what the test chooses, nothing inherited but
    PATH (so a developer's own DATABASE_URL or REDIS_URL never leaks in)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DATA_DIR": str(tmp_path),
        "DATABASE_URL": database_url,
        "ADMIN_TOKENS": f"editor:{ADMIN_TOKEN}",
        "LOG_LEVEL": "INFO",
        "WEB_CONCURRENCY": "2",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"),
    }
    env.update(overrides)
    return env


ARTICLE = {
    "headline": "Minister says the bridge will reopen in May",
    "url": "https://www.reuters.com/world/bridge-reopens",
    "text": (
        "The transport minister said on Tuesday that the bridge would reopen in May. "
        '"We are on schedule with the quietly humming girders," she told reporters. '
        "According to the BBC, engineers had warned of delays. A council official, who asked "
        "not to be named, said costs had doubled."
    ),
}
