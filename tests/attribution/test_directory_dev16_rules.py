"""Rules of the outlet directory found with the sixteenth mention set (dev16, thirty-sixth
session): a call sign placed by its city before what it did ("KSL in Salt Lake City reported")
is the station; a venue named after a paper ("the Post-Gazette Pavilion") and a statistics
office's short name after its description ("Dutch statistics office CBS said") are no outlet."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "ksl.com", "name": "KSL", "aliases": ["KSL"]},
    {"domain": "wbez.org", "name": "WBEZ", "aliases": ["WBEZ"]},
    {"domain": "post-gazette.com", "name": "Pittsburgh Post-Gazette",
     "aliases": ["Post-Gazette", "the Post-Gazette"]},
    {"domain": "cbsnews.com", "name": "CBS News", "aliases": ["CBS"]},
]


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.outlet.domain) for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize(("text", "name", "domain"), [
    ("KSL in Salt Lake City reported that avalanche danger would remain high.", "KSL",
     "ksl.com"),
    ("WBEZ in Chicago reported that the district had missed its target.", "WBEZ", "wbez.org"),
    ("The Post-Gazette reported the concert was sold out.", "The Post-Gazette",
     "post-gazette.com"),
    ("CBS reported that the statistics office had revised its figures.", "CBS", "cbsnews.com"),
])
def test_the_outlet_is_found(text: str, name: str, domain: str) -> None:
    assert (name, domain) in found(text)


@pytest.mark.parametrize("text", [
    "The band played to a sellout crowd at the Post-Gazette Pavilion on Friday.",
    "Dutch statistics office CBS said inflation eased to 2.7 percent in October.",
    "KSL in Salt Lake City is a ski area code, the brochure explained.",
])
def test_no_outlet_is_found(text: str) -> None:
    assert found(text) == []
