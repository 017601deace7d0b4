"""Court stories in wire copy (wire dev, tenth session): the dateline ("PHOENIX, May 8 (Wire) -
") is no subject of a participle later in the sentence; a court or judge that decides a case
("A federal judge ... ruling that", "An Ohio appeals court ruled", "A jury found") is named,
as both readers of the wire set read it, unless the article withholds a name ("A judge who
asked not to be named"); "the town" inside a clause is no venue ("a town hall" still is)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict]:
    return list(extract(text).to_dict()["attributions"])


@pytest.mark.parametrize(("text", "source"), [
    ("PHOENIX, May 8 (Wire) - A federal judge on Wednesday blocked the town from enforcing its "
     "ban on home rentals, ruling that the ordinance likely violates the Constitution.",
     "A federal judge"),
    ("MARLOW, Ohio (Reuters) - A state judge on Tuesday blocked a rise in water rates, ruling "
     "that county officials had not given the notice required by law.", "A state judge"),
    ("COLUMBUS, Ohio, June 3 - An Ohio appeals court on Tuesday reinstated a verdict, ruling "
     "that a trial judge was wrong to throw out the award.", "An Ohio appeals court"),
])
def test_the_dateline_is_no_subject_and_a_deciding_court_is_named(text: str, source: str
                                                                  ) -> None:
    found = attributions(text)
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [
        (source, "named_official")], found
    assert all(a.get("venue") is None for a in found)  # "on Wednesday blocked the town ..."


def test_a_jury_finding_is_named() -> None:
    found = attributions("A jury found that the firm knew of the leak for two years.")
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [
        ("A jury", "named_official")]


@pytest.mark.parametrize("text", [
    "A judge who asked not to be named said the case was weak.",
    "A judge familiar with the case said it was weak.",
])
def test_a_judge_whose_name_is_withheld_stays_unnamed(text: str) -> None:
    said = [a for a in attributions(text) if a["cue"]["text"] == "said"]
    assert [a["source"]["kind"] for a in said] == ["anonymous_described"]


def test_a_town_hall_is_still_a_venue() -> None:
    found = attributions("Clinton said at a town hall in Iowa that she would win.")
    assert found[0]["venue"]["text"] == "at a town hall in Iowa"


@pytest.mark.parametrize(("text", "kind"), [
    ("The fire brigade said it would resume aerial operations at first light.", "named_expert"),
    ("On Monday, analysts at brokerage Brennan & Co said the company had high costs.",
     "named_expert"),
    ("Health authorities in Calder County said the outbreak had grown.", "named_official"),
])
def test_bodies_and_a_named_firms_analysts_are_identifiable(text: str, kind: str) -> None:
    assert [a["source"]["kind"] for a in attributions(text)] == [kind]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Argentina's agriculture secretariat on Thursday cut its forecast for the wheat harvest "
     "by 18% to 15.2 million tonnes.", "cut its forecast", "Argentina's agriculture secretariat"),
    ("The bank raised its estimate of growth next year to 2.1%.", "raised its estimate",
     "The bank"),
])
def test_a_revised_forecast_is_the_bodys_claim(text: str, cue: str, source: str) -> None:
    found = attributions(text)
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found] == [(cue, source)]
    assert found[0]["source"]["kind"].startswith("named_")
