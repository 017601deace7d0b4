"""Extracts on several threads at once: results stay right and the garbage collector ends on."""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from service.attribution import OutletDirectory, extract

RECORDS = [
    {"domain": "nypost.com", "name": "New York Post"},
    {"domain": "1tv.ru", "name": "Channel One Russia", "aliases": ["Channel One"],
     "state_affiliation": "state_controlled", "country": "RU"},
]
extract_module = importlib.import_module("service.attribution.extract")
TEXT = ("Igor Korotchenko, a Russian military specialist, stated on Channel One that "
        "North Korea is ready to send troops. According to the New York Post, he said more.")


@pytest.fixture
def always_pause() -> Iterator[None]:
    """The collector on at the start, and as it was at the end."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


class _BlockingDirectory(OutletDirectory):
    """A directory whose `find` waits for a go-ahead: lets a test interleave two extracts."""

    def __init__(self, entered: threading.Event, release: threading.Event) -> None:
        super().__init__(RECORDS)
        self.entered, self.release = entered, release

    def find(self, text: str):  # type: ignore[no-untyped-def]
        self.entered.set()
        assert self.release.wait(10)
        return super().find(text)


def test_overlapping_extracts_keep_the_collector_paused_until_the_last_ends(
        always_pause: None) -> None:
    entered_a, release_a = threading.Event(), threading.Event()
    entered_b, release_b = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def run(name: str, directory: OutletDirectory) -> None:
        results[name] = extract(TEXT, directory=directory)

    a = threading.Thread(target=run, args=("a", _BlockingDirectory(entered_a, release_a)))
    b = threading.Thread(target=run, args=("b", _BlockingDirectory(entered_b, release_b)))
    a.start()
    assert entered_a.wait(10)
    assert not gc.isenabled()  # A paused it
    b.start()
    assert entered_b.wait(10)
    release_a.set()  # A ends first, while B still runs
    a.join(10)
    assert "a" in results
    assert not gc.isenabled()  # B still runs: still paused
    release_b.set()
    b.join(10)
    assert "b" in results
    assert gc.isenabled()  # the last one out turned it back on


def test_collector_is_on_after_many_concurrent_extracts(always_pause: None) -> None:
    directory = OutletDirectory(RECORDS)
    start = threading.Barrier(8)

    def work(_: int) -> list[tuple[str, str | None]]:
        start.wait(10)
        out = []
        for _ in range(25):
            result = extract(TEXT, headline="Troops to Ukraine: Russian state media",
                             directory=directory)
            out.append((result.attributions[0].cue.text,
                        result.attributions[0].source.entity.id
                        if result.attributions[0].source else None))
        return out

    with ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(pool.map(work, range(8)))
    assert gc.isenabled()
    assert all(r == [(":", "1tv.ru")] * 25 for r in runs)


def test_a_collector_turned_off_by_the_caller_stays_off(always_pause: None) -> None:
    gc.disable()
    try:
        extract(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_long_pause_is_not_joined(always_pause: None,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Under overlapping traffic the collector still gets to run: a call arriving when the
    pause is older than the limit runs without joining it, so the pause ends with the calls
    already inside it."""
    monkeypatch.setattr(extract_module, "GC_PAUSE_MAX_SECONDS", 0.0)
    entered, release = threading.Event(), threading.Event()
    inner: dict[str, bool] = {}

    def slow() -> None:
        extract(TEXT, directory=_BlockingDirectory(entered, release))

    thread = threading.Thread(target=slow)
    thread.start()
    assert entered.wait(10)
    assert not gc.isenabled()
    # A second extract now does not join the (too old) pause and does not end it either.
    inner["paused"] = extract_module._pause_gc()
    assert inner["paused"] is False
    extract(TEXT)
    assert not gc.isenabled()
    release.set()
    thread.join(10)
    assert gc.isenabled()
