"""Fixtures of the people-facing tests: a real gunicorn, a small web site, headless Chromium.

Screenshots land in SCREENSHOTS (gitignored) so a person can look at what the tests saw.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ui.chrome import Chrome, chromium_binary
from ui.live import DRONES, SCREENSHOTS, Served


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="module")
def served(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The service under gunicorn, on its own copy of the seeded SQLite table."""
    chromium_binary()  # skip before starting anything when there is no browser
    workdir = tmp_path_factory.mktemp("served")
    shutil.copy(sqlite_template, workdir / "ratings.sqlite3")
    server = Served(workdir, f"sqlite:///{workdir / 'ratings.sqlite3'}")
    yield server
    server.stop()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def news_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A tiny web site with one article page, on a free loopback port; yields its base URL."""
    root = tmp_path_factory.mktemp("site")
    headline, _, body = DRONES.read_text(encoding="utf-8").partition("\n")
    paragraphs = "\n".join(f"<p>{p.strip()}</p>" for p in body.split("\n\n") if p.strip())
    (root / "drones.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} | Example</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<main><article><h1>{headline}</h1>{paragraphs}</article>"
        "<aside><h2>Most read</h2><ul><li>Something else entirely</li></ul></aside></main>"
        "<footer><p>© Example News</p></footer></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def chrome() -> Iterator[Callable[..., Chrome]]:
    """Start headless Chromium with extra flags; every browser started is closed after."""
    started: list[Chrome] = []

    def start(*flags: str) -> Chrome:
        browser = Chrome(*flags)
        started.append(browser)
        return browser

    yield start
    for browser in started:
        browser.close()
