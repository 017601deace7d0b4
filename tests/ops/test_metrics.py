"""GET /metrics: Prometheus text, counted per URL rule, adding up across gunicorn workers."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families
from support import make_app

from service import create_app
from service.metrics import record_score_cache


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of an exposition, keyed by name and sorted labels."""
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def by_route(values: dict[Any, float], name: str, *keep: str) -> dict[tuple[str, ...], float]:
    totals: dict[tuple[str, ...], float] = {}
    for (sample_name, labels), value in values.items():
        if sample_name == name:
            label_map = dict(labels)
            key = tuple(label_map[k] for k in keep)
            totals[key] = totals.get(key, 0.0) + value
    return {k: v for k, v in totals.items() if v}


def outlet_rule() -> str:
    """The URL rule of one outlet (its converter is the API's business, not this test's)."""
    app = create_app({"DATABASE_URL": "sqlite:///:memory:", "LOG_LEVEL": "ERROR"})
    try:
        return next(r.rule for r in app.url_map.iter_rules()
                    if r.rule.startswith("/v1/outlets/<") and r.rule.count("/") == 3)
    finally:
        app.extensions["service"].store.engine.dispose()


def plain_client(tmp_path: Path, sqlite_url: str, **config: Any) -> FlaskClient:
    app = make_app(sqlite_url, tmp_path, **config)
    app.test_client_class = FlaskClient  # /metrics is not part of the API contract
    return app.test_client()


def test_routes_are_labelled_by_rule_and_metrics_itself_is_left_out(
    tmp_path: Path, sqlite_url: str
) -> None:
    client = plain_client(tmp_path, sqlite_url)
    rule = outlet_rule()
    for domain in ("bbc.co.uk", "reuters.com", "no-such-outlet.example"):
        client.get(f"/v1/outlets/{domain}")
    client.get("/no/such/path")
    client.get("/metrics")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.content_type.startswith("text/plain; version=")
    values = samples(response.get_data(as_text=True))
    assert by_route(values, "http_requests_total", "route", "status") == {
        (rule, "200"): 2,
        (rule, "404"): 1,
        ("<unmatched>", "404"): 1,
    }
    assert by_route(values, "http_request_duration_seconds_count", "route") == {
        (rule,): 3, ("<unmatched>",): 1,
    }
    assert values[("ratings_snapshot_refreshes_total", (("origin", "database"),))] == 1
    assert values[("ratings_version", ())] >= 1
    assert 0 <= values[("ratings_snapshot_age_seconds", ())] < 60


def test_score_cache_counts_hits_and_misses(tmp_path: Path, sqlite_url: str) -> None:
    client = plain_client(tmp_path, sqlite_url)
    with client.application.test_request_context():
        record_score_cache(True)
        record_score_cache(False)
        record_score_cache(False)
    values = samples(client.get("/metrics").get_data(as_text=True))
    assert values[("score_cache_total", (("result", "hit"),))] == 1
    assert values[("score_cache_total", (("result", "miss"),))] == 2
    record_score_cache(True)  # outside any app: nothing to count, and no error


def test_metrics_can_be_turned_off(tmp_path: Path, sqlite_url: str) -> None:
    client = plain_client(tmp_path, sqlite_url, METRICS_ENABLED=False)
    assert client.get("/metrics").status_code == 404
    with client.application.test_request_context():
        record_score_cache(True)


@pytest.mark.serving
def test_counts_add_up_across_two_gunicorn_workers(
    gunicorn: Callable[..., Any], tmp_path: Path, article: dict[str, str]
) -> None:
    server = gunicorn(WEB_CONCURRENCY="2", RATE_LIMIT_ENABLED="false")
    rule = outlet_rule()
    bulk = {"items": [f"https://www.bbc.co.uk/news/{i}" for i in range(300)]}
    traffic: list[tuple[str, str, Any, str, int]] = [
        ("GET", "/v1/outlets/lookup?url=https://www.reuters.com/x", None,
         "/v1/outlets/lookup", 200),
        ("POST", "/v1/outlets/lookup", bulk, "/v1/outlets/lookup", 200),
        ("GET", "/v1/outlets/bbc.co.uk", None, rule, 200),
        ("GET", "/v1/outlets/no-such-outlet.example", None, rule, 404),
        ("GET", "/nowhere", None, "<unmatched>", 404),
    ]
    # What the fixture's start-up probes left counted, before this test's traffic.
    _, _, before = server.request("GET", "/metrics")
    baseline = by_route(samples(before.decode()), "http_requests_total", "method", "route",
                        "status")
    expected: Counter[tuple[str, str, str]] = Counter(
        {key: int(n) for key, n in baseline.items()}  # type: ignore[misc]
    )
    scores = 0

    def send(item: tuple[str, str, Any, str, int]) -> tuple[str, str, str]:
        method, path, body, route, status = item
        got, _, _ = server.request(method, path, body)
        assert got == status, (method, path, got)
        return method, route, str(status)

    # Concurrent rounds until both workers have served (each writes its own sample file).
    metrics_dir = Path(server.env["PROMETHEUS_MULTIPROC_DIR"])
    with ThreadPoolExecutor(8) as pool:
        for _ in range(20):
            expected.update(pool.map(send, traffic * 8))
            pids = {m.group(1) for f in metrics_dir.glob("counter_*.db")
                    if (m := re.match(r"counter_(\d+)\.db", f.name))}
            if len(pids) >= 2:
                break
    assert len(pids) >= 2, "one worker served everything; the test proves nothing"
    for _ in range(2):
        status, headers, _ = server.request("POST", "/v1/score", article)
        assert status == 200
        expected[("POST", "/v1/score", "200")] += 1
        scores += 1

    ready = server.request("GET", "/readyz")
    expected[("GET", "/readyz", str(ready[0]))] += 1
    version = json.loads(ready[2])["ratings"]["version"]
    total = sum(expected.values())

    # Every scrape, whichever worker answers it, reports the same totals.
    for _ in range(6):
        status, headers, raw = server.request("GET", "/metrics")
        assert status == 200 and headers["Content-Type"].startswith("text/plain")
        values = samples(raw.decode())
        counted = by_route(values, "http_requests_total", "method", "route", "status")
        assert counted == dict(expected)
        assert sum(counted.values()) == total
        latency = by_route(values, "http_request_duration_seconds_count", "method", "route")
        per_route: Counter[tuple[str, str]] = Counter()
        for (method, route, _status), n in expected.items():
            per_route[(method, route)] += n
        assert latency == dict(per_route)
        assert sum(by_route(values, "score_cache_total", "result").values()) == scores
        refreshes = by_route(values, "ratings_snapshot_refreshes_total", "origin")
        assert sum(refreshes.values()) >= 2  # each worker took the ratings once at least
        assert values[("ratings_version", ())] == version
        assert 0 <= values[("ratings_snapshot_age_seconds", ())] < 120
