"""Prometheus metrics on ``GET /metrics``, correct across gunicorn's worker processes.

Under gunicorn, ``service.gunicorn_conf`` sets PROMETHEUS_MULTIPROC_DIR before any worker imports
prometheus_client: every worker then writes its samples to files in that folder, and a scrape,
whichever worker answers it, adds them up (prometheus_client's multiprocess mode; a dead worker's
gauges are dropped in gunicorn's ``child_exit`` hook). Without that variable (tests, ``flask run``)
each app counts in a registry of its own.

What is measured:

- ``http_requests_total{method, route, status}``: the route is the URL rule
  (``/v1/outlets/<string:domain>``), never the raw path, so the label set stays small; requests
  matching no route count under ``route="<unmatched>"``; ``/metrics`` itself is left out;
- ``http_request_duration_seconds{method, route}``: a latency histogram;
- ``score_cache_total{result="hit|miss"}``: the score views call :func:`record_score_cache`;
- ``ratings_snapshot_refreshes_total{origin="database|cache|disk"}``: a worker took a new ratings
  version, building it from the SQL table or reading the one another worker shared in the cache;
- ``ratings_version``: the newest ratings version a live worker serves;
- ``ratings_snapshot_age_seconds``: seconds since that snapshot was built (it grows while the
  ratings do not change; a worker checks the version at least every RATINGS_REFRESH_SECONDS
  before it answers), computed at scrape time from
  ``ratings_snapshot_loaded_timestamp_seconds``.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, Response, current_app, has_app_context, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from service.ratings.snapshot import Snapshot
from service.ratings.store import Unavailable

EXTENSION = "metrics"
METRICS_PATH = "/metrics"
UNMATCHED = "<unmatched>"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Look-ups answer in about a millisecond, a long article's score in about a second.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_LOADED = "ratings_snapshot_loaded_timestamp_seconds"
_MAX_CHILDREN = 4096


def multiprocess_dir() -> str | None:
    """The folder the workers share their samples through, when running under gunicorn."""
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


@dataclass
class Metrics:
    """The metric objects of one app (one registry; files shared by workers under gunicorn)."""

    registry: CollectorRegistry
    requests: Counter
    latency: Histogram
    score_cache: Counter
    refreshes: Counter
    ratings_version: Gauge
    snapshot_loaded: Gauge
    score_cache_children: dict[bool, Any] = field(default_factory=dict)
    # The labelled children, looked up once per (method, route, status) and (method, route):
    # ``labels()`` costs more than the increment itself. Routes are URL rules and methods are
    # from a fixed set, so these stay small (statuses are the few the service answers).
    _counters: dict[tuple[str, str, int], Any] = field(default_factory=dict)
    _histograms: dict[tuple[str, str], Any] = field(default_factory=dict)

    @classmethod
    def create(cls) -> Metrics:
        registry = CollectorRegistry(auto_describe=True)
        metrics = cls(
            registry=registry,
            requests=Counter(
                "http_requests", "HTTP requests answered, by route (URL rule) and status.",
                ["method", "route", "status"], registry=registry,
            ),
            latency=Histogram(
                "http_request_duration_seconds", "Time to answer a request, by route.",
                ["method", "route"], buckets=LATENCY_BUCKETS, registry=registry,
            ),
            score_cache=Counter(
                "score_cache", "Article scores served from the score cache (hit) or computed "
                "(miss).", ["result"], registry=registry,
            ),
            refreshes=Counter(
                "ratings_snapshot_refreshes", "Ratings snapshots a worker took, by where it "
                "came from: built from the SQL table (database) or shared by another worker "
                "(cache).", ["origin"], registry=registry,
            ),
            ratings_version=Gauge(
                "ratings_version", "The newest ratings version a live worker serves.",
                registry=registry, multiprocess_mode="livemax",
            ),
            snapshot_loaded=Gauge(
                _LOADED, "Unix time the newest ratings snapshot of a live worker was built.",
                registry=registry, multiprocess_mode="livemax",
            ),
        )
        for result in ("hit", "miss"):
            metrics.score_cache_children[result == "hit"] = metrics.score_cache.labels(
                result=result
            )
        for origin in ("database", "cache", "disk"):
            metrics.refreshes.labels(origin=origin)
        return metrics

    def count_request(self, method: str, route: str, status: int, started: float | None) -> None:
        """Count one answered request under its URL rule, and its latency since ``started``
        (a ``time.perf_counter()`` reading; None leaves the histogram alone)."""
        if method not in _METHODS:
            method = "OTHER"
        counter = self._counters.get((method, route, status))
        if counter is None:
            counter = self.requests.labels(method=method, route=route, status=str(status))
            if len(self._counters) < _MAX_CHILDREN:
                self._counters[(method, route, status)] = counter
        counter.inc()
        if started is not None:
            histogram = self._histograms.get((method, route))
            if histogram is None:
                histogram = self.latency.labels(method=method, route=route)
                if len(self._histograms) < _MAX_CHILDREN:
                    self._histograms[(method, route)] = histogram
            histogram.observe(time.perf_counter() - started)

    def score_cache_hit(self, hit: bool) -> None:
        self.score_cache_children[hit].inc()

    def snapshot_taken(self, snapshot: Snapshot, origin: str) -> None:
        """The SnapshotHolder's on_refresh hook."""
        self.refreshes.labels(origin=origin).inc()
        self.ratings_version.set(snapshot.version)
        self.snapshot_loaded.set(snapshot.loaded_at)

    def exposition(self) -> bytes:
        directory = multiprocess_dir()
        if directory is None:
            return generate_latest(_WithAge(self.registry))
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=directory)
        return generate_latest(_WithAge(registry))


class _WithAge(CollectorRegistry):
    """A registry's metrics plus the snapshot age, derived from the load time when scraped."""

    def __init__(self, registry: Collector) -> None:
        super().__init__(auto_describe=False)
        self.registry = registry

    def collect(self) -> Iterator[Metric]:
        loaded = 0.0
        for metric in self.registry.collect():
            if metric.name == _LOADED:
                loaded = max((s.value for s in metric.samples), default=0.0)
            yield metric
        age = GaugeMetricFamily(
            "ratings_snapshot_age_seconds",
            "Seconds since the newest ratings snapshot of a live worker was built.",
        )
        if loaded > 0:
            age.add_metric([], max(0.0, time.time() - loaded))
        yield age


STARTED_ENVIRON = "service.metrics.started"


def register_metrics(app: Flask) -> None:
    """Count every request, hook the ratings snapshot, and serve ``GET /metrics``."""
    services = app.extensions["service"]
    if not services.settings.METRICS_ENABLED:
        return
    metrics = Metrics.create()
    app.extensions[EXTENSION] = metrics
    services.holder.on_refresh.append(metrics.snapshot_taken)

    # The clock starts when the WSGI call does (one environ entry, cheaper than a hook), so
    # the latency also covers Flask's own request set-up.
    inner = app.wsgi_app

    def timed(environ: dict[str, Any], start_response: Any) -> Any:
        # (kept when the hot paths, service.api.hot, started it and left the request to Flask)
        environ.setdefault(STARTED_ENVIRON, time.perf_counter())
        return inner(environ, start_response)

    app.wsgi_app = timed  # type: ignore[method-assign]

    @app.after_request
    def _count(response: Response) -> Response:
        rule = request.url_rule
        route = rule.rule if rule is not None else UNMATCHED
        if route != METRICS_PATH:
            metrics.count_request(request.method, route, response.status_code,
                                  request.environ.get(STARTED_ENVIRON))
        return response

    def metrics_view() -> Response:
        """Prometheus metrics (text exposition format) of every worker of this process group."""
        with contextlib.suppress(Unavailable):
            # A worker that has served nothing yet still reports the ratings it would serve.
            services.holder.current()
        return Response(
            metrics.exposition(), content_type=CONTENT_TYPE_LATEST,
            headers={"Cache-Control": "no-store"},
        )

    app.add_url_rule(METRICS_PATH, "metrics", metrics_view, methods=["GET"])


def record_score_cache(hit: bool) -> None:
    """Count one article score as a cache hit or miss (no-op when metrics are off).

    Called by the score views, inside a request, once per article scored (batch items included).
    """
    metrics: Any = current_app.extensions.get(EXTENSION) if has_app_context() else None
    if metrics is not None:
        metrics.score_cache_children[bool(hit)].inc()
