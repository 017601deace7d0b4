"""Rules of the outlet directory found with the seventh mention set (dev7, fourteenth session):
an acronym a party or a state goes by ("AAP leader", "the ruling PAP", "the AP chief
minister") is not the news agency sharing its letters, while the agency's own chief stays the
agency; an apposition calling a name a town or an operator makes it that town or company."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

AP = {"domain": "apnews.com", "name": "The Associated Press", "aliases": ["AP", "the AP"]}
AAP = {"domain": "aap.com.au", "name": "Australian Associated Press", "aliases": ["AAP"]}
PAP = {"domain": "pap.pl", "name": "Polish Press Agency", "aliases": ["PAP"]}
FORBES = {"domain": "forbes.com", "name": "Forbes", "aliases": ["Forbes"]}
NOS = {"domain": "nos.nl", "name": "NOS", "aliases": ["NOS"]}
RECORDS: list[dict[str, Any]] = [AP, AAP, PAP, FORBES, NOS]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text) if m.outlet]


@pytest.mark.parametrize("text", [
    "AAP leader Arvind Kejriwal addressed a rally in east Delhi on Sunday.",
    "Singapore's ruling PAP retained all but ten of the 97 seats.",
    "The AP chief minister inaugurated the new secretariat building in Amaravati.",
    "Forbes, a farming town in central New South Wales, recorded 40 millimetres of rain.",
    "NOS, the Portuguese telecom operator, said fourth-quarter revenue rose 3 percent.",
])
def test_a_party_a_state_a_town_or_an_operator_is_no_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("AP chief Daisy Veerasingham said the agency would expand.", "AP"),
    ("PAP reported that the minister had resigned.", "PAP"),
    ("The story was first reported by Forbes, the business magazine.", "Forbes"),
])
def test_the_agency_keeps_its_name(text: str, name: str) -> None:
    assert found(text) == [name]


def test_the_bundled_table_names_the_drudge_report() -> None:
    """Lin et al. rate drudgereport.com; the table now also knows the name news writes."""
    import json
    from pathlib import Path
    data = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"
    records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    text = "Within minutes the link sat at the top of the Drudge Report."
    matches = OutletDirectory(records).find(text)
    assert [(text[m.start:m.end], m.outlet.domain) for m in matches if m.outlet] == [
        ("the Drudge Report", "drudgereport.com")]



MOTHER_JONES = {"domain": "motherjones.com", "name": "Mother Jones", "aliases": ["Mother Jones"]}
INDIAN_EXPRESS = {"domain": "indianexpress.com", "name": "The Indian Express",
                  "aliases": ["Indian Express", "The Indian Express"]}


def test_a_person_s_calling_or_a_longer_masthead_before_a_name_is_not_the_outlet() -> None:
    # dev8 (fifteenth session): "the labor organizer Mother Jones" is the person; "The New
    # Indian Express" is a paper the table does not hold, never The Indian Express
    directory = OutletDirectory([MOTHER_JONES, INDIAN_EXPRESS])
    for text in ("A statue of the labor organizer Mother Jones was unveiled in Mount Olive.",
                 "The plan was criticized in an editorial in The New Indian Express."):
        assert directory.find(text) == []
    assert [m.outlet.domain for m in directory.find(
        "The plan was criticized in an editorial in The Indian Express.")] == [
        "indianexpress.com"]
    assert [m.outlet.domain for m in directory.find(
        "Mother Jones reported that the fund had been closed.")] == ["motherjones.com"]
