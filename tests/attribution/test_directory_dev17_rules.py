"""Rules of the outlet directory found with the seventeenth mention set (dev17, thirty-seventh
session): a writer's or performer's other name ("wrote under the pen name Clarín") is no
outlet, and the running-text names the team added for state agencies the table held only by
their letters resolve ("the Ghana News Agency said")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.attribution import OutletDirectory

BUNDLED = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"

RECORDS: list[dict[str, Any]] = [
    {"domain": "clarin.com", "name": "Clarín", "aliases": ["Clarín", "Clarin"]},
]


def found(text: str, records: list[dict[str, Any]] = RECORDS) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.outlet.domain) for m in OutletDirectory(records).find(text)
            if m.outlet and not m.ambiguous]


@pytest.mark.parametrize("text", [
    "Leopoldo Alas, who wrote under the pen name Clarín, published La Regenta in 1884.",
    "She performed for a decade under the stage name Clarin before she turned to painting.",
])
def test_another_name_of_a_person_is_no_outlet(text: str) -> None:
    assert found(text) == []


def test_the_paper_itself_is_still_found() -> None:
    assert found("Clarín reported that the minister had resigned.") == [("Clarín", "clarin.com")]


@pytest.mark.parametrize(("text", "domain"), [
    ("The Ghana News Agency said 14 illegal mining sites had been shut down.", "gna.org.gh"),
    ("The Ethiopian News Agency said the turbine had begun generating power.", "ena.et"),
    ("In Lusaka, ZNBC broadcast the results constituency by constituency.", "znbc.co.zm"),
    ("Fraternité Matin, the country's oldest daily, endorsed the candidate.", "fratmat.info"),
])
def test_the_bundled_table_knows_agencies_by_their_running_text_names(text: str, domain: str
                                                                        ) -> None:
    bundled = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()]
    assert domain in {d for _, d in found(text, bundled)}
