"""Rules of the outlet directory found with the ninth mention set (dev9, sixteenth session,
written to stress precision): a name made like a word for a person that "who" follows ("The
Scotsman, who led") or that "the lifelong" counts is a person; an index named after an outlet
("the Caixin manufacturing PMI") is a market figure; a nickname after plain "known as" is the
person it names, while an outlet's own former name ("once known as CNN Headline News") stays
the outlet; an acronym abbreviating the lowercase words before it ("a complete blood count, or
CBC") is that term."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "scotsman.com", "name": "The Scotsman", "aliases": ["Scotsman"]},
    {"domain": "tennessean.com", "name": "The Tennessean", "aliases": ["Tennessean"]},
    {"domain": "oklahoman.com", "name": "The Oklahoman", "aliases": ["Oklahoman"]},
    {"domain": "caixinglobal.com", "name": "Caixin", "aliases": ["Caixin"]},
    {"domain": "motherjones.com", "name": "Mother Jones", "aliases": []},
    {"domain": "cnn.com", "name": "CNN", "aliases": ["CNN Headline News"]},
    {"domain": "cbc.ca", "name": "CBC", "aliases": ["CBC News"]},
    {"domain": "humanrightswatch.example", "name": "Human Rights Watch", "aliases": []},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text) if m.outlet]


@pytest.mark.parametrize("text", [
    "The Scotsman, who led by two shots overnight, closed with a 68 to win by three.",
    "The lifelong Tennessean said he had never seen floodwater so high on his street.",
    "He became the first Oklahoman to win the title since 1987.",
    "The Caixin manufacturing PMI rose to 51.2 in May, beating forecasts.",
    "An exhibition traces the life of Mary Harris Jones, known as Mother Jones.",
    "A complete blood count, or CBC, showed the patient's white cell count was low.",
])
def test_a_person_an_index_a_nickname_or_a_term_is_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("The Scotsman, which first reported the closure, said the mill would shut.",
     "The Scotsman"),
    ("The Tennessean reported that the mayor would not run again.", "The Tennessean"),
    ("Caixin reported that the regulator had opened an inquiry.", "Caixin"),
    ("HLN, once known as CNN Headline News, parted ways with its chief.", "CNN Headline News"),
    ("CBC reported that the premier would resign.", "CBC"),
    ("Human Rights Watch, who documented the abuses, called for an inquiry.",
     "Human Rights Watch"),
])
def test_the_outlet_itself_is_still_found(text: str, name: str) -> None:
    assert name in found(text)
