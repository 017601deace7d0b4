"""Outlet names that are something else where they stand (outlet mention set dev11,
twenty-ninth session): "CCTV footage" (closed-circuit television, not China's broadcaster) and
"UPI transactions" (India's payments interface, not the wire) before the nouns of their common
sense; a hyphenated name heading a hospital's or a hotel's own name ("the Al-Thawra Hospital"),
and a name of several words heading a hotel's ("the New Yorker Hotel"). Elsewhere each stays
the outlet."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "cctv.com", "name": "China Central Television", "aliases": ["CCTV"],
     "kind": "broadcaster"},
    {"domain": "upi.com", "name": "United Press International", "aliases": ["UPI"],
     "kind": "news agency"},
    {"domain": "althawrah.ye", "name": "Al-Thawra", "aliases": [], "kind": "newspaper"},
    {"domain": "newyorker.com", "name": "The New Yorker", "aliases": ["New Yorker"],
     "kind": "magazine"},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "CCTV footage showed the suspect leaving the station shortly before midnight.",
    "Police are checking CCTV cameras along the route.",
    "UPI transactions in India topped 18 billion in October.",
    "Doctors at the Al-Thawra Hospital in Hodeidah said the generators had run out of diesel.",
    "Guests at the New Yorker Hotel in Midtown were evacuated after a small kitchen fire.",
])
def test_the_common_thing_of_the_same_name_is_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("China's CCTV reported that the launch had succeeded.", "CCTV"),
    ("UPI reported that the strike had ended.", "UPI"),
    ("The Yemeni daily Al-Thawra reported the clashes on Sunday.", "Al-Thawra"),
    ("A profile in the New Yorker described her childhood.", "the New Yorker"),
])
def test_the_outlet_stays_the_outlet(text: str, name: str) -> None:
    assert found(text) == [name]
