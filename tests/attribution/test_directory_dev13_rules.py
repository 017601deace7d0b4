"""Rules of the outlet directory found with the thirteenth mention set (dev13, thirty-fourth
session): a name followed by a verb of a match and a score ("El Nacional beat Barcelona SC
2-1") is the team; a name called out alone in quotation marks with an exclamation mark
("Axios!") is a word, no outlet; a hyphen gluing the name to a capitalised word ("La
Croix-Valmer", "RT-PCR") makes another name, unless a poll follows ("a Washington Post-ABC News
poll"). Each one keeps the outlet where the text names it."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "el-nacional.com", "name": "El Nacional", "aliases": []},
    {"domain": "axios.com", "name": "Axios", "aliases": []},
    {"domain": "bloomberg.com", "name": "Bloomberg", "aliases": []},
    {"domain": "la-croix.com", "name": "La Croix", "aliases": []},
    {"domain": "rt.com", "name": "RT", "aliases": []},
    {"domain": "washingtonpost.com", "name": "The Washington Post",
     "aliases": ["Washington Post"]},
    {"domain": "postcourier.com.pg", "name": "Post-Courier", "aliases": ["Post-Courier"]},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "El Nacional beat Barcelona SC 2-1 in Quito on Sunday to move into second place.",
    "El Nacional drew 1-1 with Barcelona in Guayaquil and remain bottom of the table.",
    "The congregation answered \"Axios!\" three times as the new bishop was vested.",
    "The crowd chanted 'Axios!' as the new bishop was enthroned.",
    # a hyphen gluing the name to a capitalised word makes another name
    "Wildfires forced the evacuation of campsites near La Croix-Valmer on Tuesday.",
    "Travellers must show a negative RT-PCR result.",
])
def test_a_team_with_its_score_or_a_word_called_out_is_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("El Nacional reported that the match would be replayed on Sunday.", "El Nacional"),
    ("Bloomberg drew 13 percentage points from Sanders, the poll found.", "Bloomberg"),
    ("Axios reported the deal first!", "Axios"),
    # the outlet's poll with its partner, and a masthead made of masthead words
    ("A Washington Post-ABC News poll found that 44 percent approved.", "Washington Post"),
    ("The Post-Courier reported that the minister had resigned.", "Post-Courier"),
])
def test_the_outlet_stays_where_the_text_names_it(text: str, name: str) -> None:
    assert found(text) == [name]
