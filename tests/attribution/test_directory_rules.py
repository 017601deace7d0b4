"""General rules of the outlet directory found with the second mention set (dev2): each test
writes the case as news writes it and asserts the domain resolved, or that nothing resolves."""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory


def _resolved(records: list[dict[str, Any]], text: str) -> list[tuple[str, str]]:
    directory = OutletDirectory(records)
    return [(text[m.start:m.end], m.outlet.domain) for m in directory.find(text)
            if not m.ambiguous]


COURIER_JOURNAL = {"domain": "courier-journal.com", "name": "The Courier-Journal",
                   "aliases": ["Courier-Journal", "the Courier-Journal"]}
BLOOMBERG = {"domain": "bloomberg.com", "name": "Bloomberg"}


def test_a_city_before_a_hyphenated_masthead_is_no_first_name() -> None:
    # "Jackson", "Eugene", "Louisville": a city that could be a first name, before a masthead
    text = "The Louisville Courier-Journal first reported the settlement."
    assert _resolved([COURIER_JOURNAL], text) == [("Courier-Journal", "courier-journal.com")]
    # a one-word name after a first name is still a surname
    assert _resolved([BLOOMBERG], "Michael Bloomberg said it.") == []
    zeta = {"domain": "zeta-jones.example", "name": "Zeta-Jones"}
    assert _resolved([zeta], "Catherine Zeta-Jones said it.") == []
