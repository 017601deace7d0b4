"""Request mixes whose right answers are known beforehand, for the load under faults."""

from __future__ import annotations

from typing import Any

from reliability.loadgen import answer_digest
from reliability.serving import Gunicorn

NYPOST_LOOKUP = "/v1/outlets/lookup?url=https://m.nypost.com/2022/08/05/some-story/"
ARTICLE = {
    "headline": "Bridge to reopen in May, minister says",
    "text": (
        "The transport minister said on Tuesday that the bridge would reopen in May, according "
        "to Reuters. The New York Post reported that a council official, who asked not to be "
        "named, said costs had doubled. Sources say the contractor was paid twice."
    ),
    "publisher": "bbc.com",
}


def read_mix() -> list[dict[str, Any]]:
    """What browser extensions and the CMS send all day: look-ups, search and scores."""
    return [
        {"name": "lookup-url", "method": "GET", "path": NYPOST_LOOKUP},
        {"name": "lookup-name", "method": "GET",
         "path": "/v1/outlets/lookup?name=the%20New%20York%20Post"},
        {"name": "outlet", "method": "GET", "path": "/v1/outlets/nypost.com"},
        {"name": "bulk-lookup", "method": "POST", "path": "/v1/outlets/lookup",
         "body": {"items": ["https://www.bbc.co.uk/news/x", "nypost.com", "unknown.example"]}},
        {"name": "search", "method": "GET", "path": "/v1/outlets?q=post&country=US"},
        {"name": "score", "method": "POST", "path": "/v1/score", "body": ARTICLE},
        {"name": "score-html", "method": "POST", "path": "/v1/score",
         "body": {"html": "<p>Officials said the deal is off, according to the BBC.</p>",
                  "publisher": "nypost.com"}},
    ]


def with_expected_answers(server: Gunicorn, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each spec with the SHA-256 of its answer now, asked twice (both must agree)."""
    out = []
    for spec in specs:
        digests = set()
        for _ in range(2):
            status, _, body = server.request(spec["method"], spec["path"], spec.get("body"))
            assert status == 200, (spec, status, body[:300])
            digests.add(answer_digest(body, spec.get("ignore")))
        assert len(digests) == 1, f"{spec['name']} answers differ between two calls"
        out.append({**spec, "sha": digests.pop()})
    return out
