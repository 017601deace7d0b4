"""Twentieth wire batch, dev (eleventh session): "People say ..." is people, not the magazine
"People" (whose verb would agree with one); "its leader", "its director" are the one person
heading the body named before (named); a unit or a division of a body speaks for it; a
yearbook is a record; townspeople, hoteliers and parishioners are people ("Some townspeople",
"Hoteliers" are vague)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract

RECORDS: list[dict[str, Any]] = [
    {"domain": "people.com", "name": "People", "ambiguous_aliases": ["People"]},
]


@pytest.fixture(scope="module")
def directory() -> OutletDirectory:
    return OutletDirectory(RECORDS)


def sources(text: str, directory: OutletDirectory | None = None) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text, directory=directory
                                                            ).attributions
            if a.source is not None]


def test_people_say_is_no_magazine(directory: OutletDirectory) -> None:
    assert sources("People say the bishop wants to sell the land.", directory) == [
        ("People", "vague")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Its leader said the party would quit the coalition.", ("Its leader", "named_official")),
    ("Its chief executive said profits fell.", ("Its chief executive", "named_official")),
    ("The state glacier monitoring unit said the glacier lost more ice.",
     ("The state glacier monitoring unit", "named_expert")),
    ("The number of priests has fallen to 41, according to the Vatican's statistical "
     "yearbook.", ("the Vatican's statistical yearbook", "document")),
    ("Some townspeople said the dam had struggled.", ("Some townspeople", "vague")),
    ("Hoteliers said cancellations began in late June.", ("Hoteliers", "vague")),
])
def test_heads_units_records_and_people(text: str, expected: tuple[str, str]) -> None:
    assert sources(text) == [expected]


@pytest.mark.parametrize(("text", "source"), [
    ("Doug Pettigrew, who farms about 4,000 hectares near Merredin, east of Perth, said he was "
     "harvesting half his usual yield.", "Doug Pettigrew"),
    ("Maria Lopes, a farmer in Vila Nova, about 40 km north of the capital, said the rains came "
     "late.", "Maria Lopes"),
])
def test_a_place_placed_in_an_aside_is_no_speaker(text: str, source: str) -> None:
    assert [s for s, _ in sources(text)] == [source]


def test_its_director_is_the_post_of_the_body_named_before() -> None:
    found = extract("The Museu Etnografico said on Tuesday it would return the figures. Its "
                    "director said the return was overdue.").attributions
    director = next(a.source for a in found if a.source is not None
                    and a.source.text == "Its director")
    assert director.kind == "named_official"
    assert "director" in (director.entity.name or "")


def test_a_coastguard_and_a_port_speak_as_bodies() -> None:
    text = ("The Dutch coastguard said the fire was under control. The coastguard said the "
            "vessel would be towed.\n\nThe Port of Lewiston handled more cargo this year. The "
            "port said it handled a record 412,000 units.")
    kinds = [a["source"]["kind"] for a in extract(text).to_dict()["attributions"]]
    assert kinds == ["named_official"] * 3


def test_two_modifiers_joined_by_and_describe_one_body() -> None:
    # sixty-fifth wire batch (twenty-third session): "trucking and warehousing company" is one
    # company, the one named before, and so is the "It" after it
    found = sources("Norhaul Logistics said on Monday it had restored its systems. The "
                    "Chicago-based trucking and warehousing company said the attack began on "
                    "July 2. It said no customer data was taken.")
    assert found == [("Norhaul Logistics", "named_expert"),
                     ("The Chicago-based trucking and warehousing company", "named_expert"),
                     ("It", "named_expert")]
    assert sources("The Oslo-based oil and gas producer said output rose.") == [
        ("The Oslo-based oil and gas producer", "named_expert")]


def test_a_ministry_named_for_its_fields_is_one_name() -> None:
    assert sources("South Korea's Ministry of Trade, Industry and Energy said exports rose.") == [
        ("South Korea's Ministry of Trade, Industry and Energy", "named_official")]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The man was arrested on arrival, police and the airline said.", "police and the airline",
     "named_official"),
    ("Farmers and ranchers said the drought was the worst in decades.", "Farmers and ranchers",
     "vague"),
])
def test_two_bodies_joined_by_and_are_identifiable_when_each_is(text: str, source: str,
                                                                 kind: str) -> None:
    assert sources(text) == [(source, kind)]
