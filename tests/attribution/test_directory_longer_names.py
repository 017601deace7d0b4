"""A one-word name that is ambiguous alone ("Union", the Grass Valley paper's short name) is
the last word of a longer name when a capitalised word stands right before it ("the Rail
Engineering and Signal Workers' Union"), and the outlet where it stands alone or after "the"
(wire dev, tenth session)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "theunion.com", "name": "The Union (Grass Valley)", "aliases": [],
     "ambiguous_aliases": ["Union", "the Union"]},
]


@pytest.fixture(scope="module")
def directory() -> OutletDirectory:
    return OutletDirectory(RECORDS)


@pytest.mark.parametrize("text", [
    "The Rail Engineering and Signal Workers' Union (RESWU) said members backed a strike.",
    "Officials at the Farmers Union said the harvest was late.",
])
def test_the_tail_of_a_longer_name_is_no_outlet(text: str, directory: OutletDirectory) -> None:
    assert directory.find(text) == []


@pytest.mark.parametrize("text", [
    "The Union reported that the council had voted.",
    "The council vote was first reported by the Union on Friday.",
])
def test_the_name_standing_alone_is_still_found(text: str, directory: OutletDirectory) -> None:
    assert [m.outlet.domain for m in directory.find(text)] == ["theunion.com"]
