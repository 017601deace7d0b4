"""Rules of the outlet directory found with the tenth mention set (dev10, twentieth session):
an age before a name made like a word for a person ("The 34-year-old Oklahoman finished
third") counts a person; a sports side or club before a name ("Quito side El Nacional") is the
team; a name of several words before a company's trade ("Al Ahram Beverages") heads the
company's name; a staging or screening of a name ("a new staging of Vanity Fair") is the work.
Each one keeps the outlet where the text names it."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "oklahoman.com", "name": "The Oklahoman", "aliases": ["Oklahoman"]},
    {"domain": "el-nacional.com", "name": "El Nacional", "aliases": []},
    {"domain": "ahram.org.eg", "name": "Al Ahram", "aliases": ["Al-Ahram"]},
    {"domain": "vanityfair.com", "name": "Vanity Fair", "aliases": []},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "The 34-year-old Oklahoman finished third in the bull-riding final.",
    "A 19-year-old Oklahoman was among the finalists.",
    "Quito side El Nacional were relegated after a 2-0 defeat on the final day.",
    "Al Ahram Beverages, the country's largest brewer, said it would raise prices.",
    "The theatre's new staging of Vanity Fair opens on Thursday with a cast of nine.",
])
def test_a_person_a_team_a_company_or_a_work_is_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("The Oklahoman reported that the 34-year-old suspect had been released.", "The Oklahoman"),
    ("Venezuelan daily El Nacional reported that the side had been sold.", "El Nacional"),
    ("Al Ahram reported that the brewer would raise prices.", "Al Ahram"),
    ("Vanity Fair reported that the staging had been cancelled.", "Vanity Fair"),
])
def test_the_outlet_itself_is_still_found(text: str, name: str) -> None:
    assert name in found(text)
