"""Two acronyms of the outlet table that are something else before what follows them (outlet
mention sets, twenty-first session): an outlet name that is also a currency code, before an
amount ("NPR 180", Nepalese rupees), and the Associated Press's "AP" before a school subject
("AP Biology", an Advanced Placement course). Elsewhere both stay the outlet."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

RECORDS: list[dict[str, Any]] = [
    {"domain": "npr.org", "name": "NPR", "aliases": ["National Public Radio"]},
    {"domain": "apnews.com", "name": "Associated Press", "aliases": ["AP"]},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "A kilo of tomatoes sold for NPR 180 at Kalimati market in Kathmandu on Monday.",
    "Fares rose to NPR1,500 on the Pokhara route.",
    "Enrollment in AP Biology fell by a third after the district cut a lab period.",
    "Students sitting AP Calculus exams this spring may use graphing calculators.",
])
def test_money_and_courses_are_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("NPR reported that the talks had stalled.", "NPR"),
    ("The senator told NPR in 2019 that he would not run.", "NPR"),
    ("AP reported that the vote had been delayed.", "AP"),
    ("An AP analysis of court records found 40 such cases.", "AP"),
])
def test_the_outlet_stays_where_the_text_names_it(text: str, name: str) -> None:
    assert found(text) == [name]
