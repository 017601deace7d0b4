"""Fixtures for attribution tests: a small hand-written outlet directory and test articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.attribution import OutletDirectory, OutletRef

FIXTURES = Path(__file__).parent / "fixtures"
SEED_ARTICLE = Path("/work/shared/examples/seed-article.txt")

RECORDS: list[dict[str, Any]] = [
    {"domain": "nypost.com", "name": "New York Post", "aliases": ["NY Post"],
     "ambiguous_aliases": ["the Post"], "kind": "tabloid", "country": "US",
     "state_affiliation": "none", "reliability": 0.55},
    {"domain": "washingtonpost.com", "name": "The Washington Post",
     "aliases": ["Washington Post"], "ambiguous_aliases": ["the Post"], "kind": "newspaper",
     "country": "US", "state_affiliation": "none", "reliability": 0.8},
    {"domain": "1tv.ru", "name": "Channel One Russia",
     "aliases": ["Channel One", "Russian Channel One", "Pervy Kanal"], "ambiguous_aliases": [],
     "kind": "broadcaster", "country": "RU", "state_affiliation": "state_controlled",
     "reliability": 0.1},
    {"domain": "cfr.org", "name": "Council on Foreign Relations", "aliases": ["CFR"],
     "ambiguous_aliases": [], "kind": "think tank", "country": "US",
     "state_affiliation": "none", "reliability": 0.9},
    {"domain": "chosun.com", "name": "Chosun Ilbo", "aliases": ["The Chosun Ilbo"],
     "ambiguous_aliases": [], "kind": "newspaper", "country": "KR",
     "state_affiliation": "none", "reliability": 0.7},
    {"domain": "presstv.ir", "name": "Press TV", "aliases": [], "ambiguous_aliases": [],
     "kind": "broadcaster", "country": "IR", "state_affiliation": "state_controlled",
     "reliability": 0.1},
    {"domain": "telegraph.co.uk", "name": "The Daily Telegraph",
     "aliases": ["Daily Telegraph", "The Telegraph"], "ambiguous_aliases": [],
     "kind": "newspaper", "country": "GB", "state_affiliation": "none", "reliability": 0.7},
    {"domain": "iiss.org", "name": "International Institute for Strategic Studies",
     "aliases": ["IISS"], "ambiguous_aliases": [], "kind": "think tank", "country": "GB",
     "state_affiliation": "none", "reliability": 0.85},
    {"domain": "reuters.com", "name": "Reuters", "aliases": [], "ambiguous_aliases": [],
     "kind": "wire service", "country": "GB", "state_affiliation": "none",
     "reliability": 0.9},
    {"domain": "ft.com", "name": "Financial Times", "aliases": ["The Financial Times", "FT"],
     "ambiguous_aliases": [], "kind": "newspaper", "country": "GB",
     "state_affiliation": "none", "reliability": 0.88},
    {"domain": "thepaper.cn", "name": "The Paper", "aliases": ["The Paper"],
     "ambiguous_aliases": ["The Paper"], "kind": "news_website", "country": "CN",
     "state_affiliation": "state_controlled", "reliability": 0.3},
    {"domain": "independent.co.uk", "name": "The Independent",
     "aliases": ["the Independent"], "ambiguous_aliases": ["Independent"],
     "kind": "newspaper", "country": "GB", "state_affiliation": "none", "reliability": 0.75},
    {"domain": "tass.ru", "name": "TASS", "aliases": ["Tass"], "ambiguous_aliases": [],
     "kind": "wire service", "country": "RU", "state_affiliation": "state_controlled",
     "reliability": 0.2},
]


def split_article(raw: str) -> tuple[str, str]:
    """Headline (first line) and body (the rest) of an article file."""
    head, _, body = raw.partition("\n")
    return head.strip(), body.lstrip("\n")


@pytest.fixture
def directory() -> OutletDirectory:
    return OutletDirectory(RECORDS)


@pytest.fixture
def publisher() -> OutletRef:
    return OutletRef(domain="example-news.com", name="Example News", reliability=0.6,
                     state_affiliation="none", kind="newspaper", country="GB")


@pytest.fixture
def seed_article() -> tuple[str, str]:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not present at {SEED_ARTICLE}")
    return split_article(SEED_ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture
def drones_article() -> tuple[str, str]:
    return split_article((FIXTURES / "drones-article.txt").read_text(encoding="utf-8"))


@pytest.fixture
def harbour_article() -> tuple[str, str]:
    return split_article((FIXTURES / "harbour-article.txt").read_text(encoding="utf-8"))
