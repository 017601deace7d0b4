"""A wire service copy names by its bare letters ("AFP reported", "told PTI") is another body
with "the" before it and no media noun after (outlet mention sets dev12, dev18 and dev19,
forty-fourth session): "The AFP said" is the Australian Federal Police, "the AAP would
contest" India's Aam Aadmi Party, "supporters of the PTI" Pakistan's party. "The AFP news
agency" and "the PTI report" stay the wire."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "afp.com", "name": "Agence France-Presse", "aliases": ["AFP"],
     "kind": "news agency"},
    {"domain": "aap.com.au", "name": "Australian Associated Press", "aliases": ["AAP"],
     "kind": "news agency"},
    {"domain": "ptinews.com", "name": "Press Trust of India", "aliases": ["PTI"],
     "kind": "news agency"},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "The AFP said the 29-year-old would appear in Downing Centre Local Court on Friday.",
    "In a televised address, the party chief said the AAP would contest all 40 seats.",
    "Supporters of the PTI blocked the motorway outside Lahore, demanding the release of "
    "their leader.",
])
def test_the_letters_with_an_article_are_another_body(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("AFP reported that the ferry had been delayed by the storm.", "AFP"),
    ("The talks had stalled, the AFP news agency reported on Monday.", "AFP"),
    ("The minister told PTI that the rail link would open in March.", "PTI"),
    ("According to the PTI report, the bridge had been closed since May.", "PTI"),
    ("An AAP photographer at the scene saw three ambulances leave.", "AAP"),
])
def test_the_bare_letters_stay_the_wire(text: str, name: str) -> None:
    assert found(text) == [name]
