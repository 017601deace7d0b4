"""Rules of the outlet directory found with the fifteenth mention set (dev15, thirty-sixth
session): an outlet's name heading an event it runs ("the Hindustan Times Leadership Summit",
"the BBC Proms"); a company's trade before the name ("French sneaker maker Veja"); a body's
description set before the name as its apposition ("Nigeria's broadcasting regulator, the
NBC,"); and a title that runs on in the language of its article ("Le Temps des cerises",
"Die Welt als Wille und Vorstellung"). Each one keeps the outlet where the text names it."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "hindustantimes.com", "name": "Hindustan Times", "aliases": ["Hindustan Times"]},
    {"domain": "bbc.com", "name": "BBC", "aliases": ["BBC"]},
    {"domain": "veja.abril.com.br", "name": "Veja", "aliases": ["Veja"]},
    {"domain": "nbcnews.com", "name": "NBC", "aliases": ["NBC"]},
    {"domain": "letemps.ch", "name": "Le Temps", "aliases": ["Le Temps"]},
    {"domain": "welt.de", "name": "Die Welt", "aliases": ["Die Welt"]},
]


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.outlet.domain) for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "The minister will speak at the Hindustan Times Leadership Summit next month.",
    "Tickets for the last night of the BBC Proms sold out within two hours.",
    "The French sneaker maker Veja said it would buy more rubber from cooperatives.",
    "Nigeria's broadcasting regulator, the NBC, fined three radio stations.",
    "The choir closed the evening with Le Temps des cerises.",
    "Schopenhauer's Die Welt als Wille und Vorstellung first appeared in 1818.",
])
def test_no_outlet_is_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name", "domain"), [
    ("The Hindustan Times reported the summit would be held in March.", "Hindustan Times",
     "hindustantimes.com"),
    ("The BBC reported that the Proms had sold out.", "BBC", "bbc.com"),
    ("The magazine Veja said the minister had resigned.", "Veja", "veja.abril.com.br"),
    ("The regulator told NBC that the fine would stand.", "NBC", "nbcnews.com"),
    ("Le Temps reported on Monday that the bank would close.", "Le Temps", "letemps.ch"),
    ("Die Welt and Der Spiegel both ran the story.", "Die Welt", "welt.de"),
])
def test_the_outlet_is_still_found(text: str, name: str, domain: str) -> None:
    assert (name, domain) in found(text)
