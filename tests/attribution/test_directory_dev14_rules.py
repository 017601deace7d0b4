"""Rules of the outlet directory found with the fourteenth mention set (dev14, thirty-fifth
session): capital letters after "a case of" or "diagnosed with" are an illness ("every case of
AFP", acute flaccid paralysis), never the outlet; a name run on by a German particle ("Zeit im
Bild", "Spiegel im Spiegel") is a word of a longer name; and a domain a record lists among its
aliases ("news.com.au") is a name it goes by in print, where a record named only by its domain
still adds no name. Each one keeps the outlet where the text names it."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "afp.com", "name": "AFP", "aliases": ["Agence France-Presse"]},
    {"domain": "svt.se", "name": "SVT", "aliases": []},
    {"domain": "bild.de", "name": "Bild", "aliases": ["Bild am Sonntag"]},
    {"domain": "spiegel.de", "name": "Der Spiegel", "aliases": ["Spiegel"]},
    {"domain": "orf.at", "name": "ORF", "aliases": ["Zeit im Bild"]},
    {"domain": "news.com.au", "name": "news.com.au", "aliases": ["news.com.au"]},
    {"domain": "kansascity.com", "name": "kansascity.com", "aliases": []},
]


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.outlet.domain) for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "Surveillance teams investigate every case of AFP in children under 15.",
    "Two more cases of AFP were reported in the district last week.",
    "The runner was diagnosed with SVT after collapsing at the finish.",
    "The orchestra closed the concert with Arvo Pärt's Spiegel im Spiegel.",
    "The figures were on the website of kansascity.com on Tuesday.",
])
def test_no_outlet_is_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two men were charged on Friday, AFP reported.", [("AFP", "afp.com")]),
    ("SVT said the studio had been evacuated.", [("SVT", "svt.se")]),
    ("Zeit im Bild led with the floods in Lower Austria.", [("Zeit im Bild", "orf.at")]),
    ("An INSA poll for Bild am Sonntag showed 61% support.",
     [("Bild am Sonntag", "bild.de")]),
    ("Der Spiegel reported that the ministry had known for months.",
     [("Der Spiegel", "spiegel.de")]),
    ("A spokeswoman told news.com.au that the flight had been diverted.",
     [("news.com.au", "news.com.au")]),
])
def test_the_outlet_is_still_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
