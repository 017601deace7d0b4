"""Outlet names that are something else where they stand (outlet mention sets, twenty-first
session): an outlet name that is also a currency code, before an amount ("NPR 180", Nepalese
rupees); the Associated Press's "AP" before a school subject ("AP Biology", an Advanced
Placement course); a news outlet's acronym described as another kind of body ("the CBS, the
Dutch statistics office") or named after a company's trade ("telecom operator NOS").
Elsewhere each stays the outlet, and a think tank of the table described as a group stays
itself."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "npr.org", "name": "NPR", "aliases": ["National Public Radio"]},
    {"domain": "apnews.com", "name": "Associated Press", "aliases": ["AP"]},
    {"domain": "cbsnews.com", "name": "CBS News", "aliases": ["CBS"], "kind": "broadcaster"},
    {"domain": "nos.nl", "name": "NOS", "aliases": [], "kind": "broadcaster"},
    {"domain": "ajc.com", "name": "The Atlanta Journal-Constitution", "aliases": ["AJC"],
     "kind": "newspaper"},
    {"domain": "afp.com", "name": "AFP", "aliases": ["Agence France-Presse"],
     "kind": "news agency"},
    {"domain": "cato.org", "name": "Cato Institute", "aliases": [], "kind": "think tank"},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "A kilo of tomatoes sold for NPR 180 at Kalimati market in Kathmandu on Monday.",
    "Fares rose to NPR1,500 on the Pokhara route.",
    "Enrollment in AP Biology fell by a third after the district cut a lab period.",
    "Students sitting AP Calculus exams this spring may use graphing calculators.",
    "Figures from the CBS, the Dutch statistics office, showed inflation slowed in March.",
    "The AJC, a Jewish advocacy group, condemned the graffiti and offered a reward.",
    "Portuguese telecom operator NOS said it would spend 200 million euros on fibre.",
])
def test_money_and_courses_are_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("NPR reported that the talks had stalled.", "NPR"),
    ("The senator told NPR in 2019 that he would not run.", "NPR"),
    ("AP reported that the vote had been delayed.", "AP"),
    ("An AP analysis of court records found 40 such cases.", "AP"),
    ("AFP, the French news agency, said its reporter had been released.", "AFP"),
    ("The AJC, the city's largest newspaper, reported the closure.", "AJC"),
    ("Dutch broadcaster NOS said the vote had been delayed.", "NOS"),
    ("Tom Fitton of the Cato Institute, a libertarian policy group, disagreed.",
     "Cato Institute"),
])
def test_the_outlet_stays_where_the_text_names_it(text: str, name: str) -> None:
    assert found(text) == [name]
