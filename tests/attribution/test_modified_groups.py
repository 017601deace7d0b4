"""Who a post-modified source phrase is: the head noun, not a name inside the modifier
("Sources close to the Kremlin" are unnamed people, not the Kremlin), and people someone
interviewed are particular people, not a vague collective."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.attribution.directory import OutletDirectory

KREMLIN = {"domain": "kremlin.ru", "name": "Kremlin", "kind": "government", "country": "RU",
           "aliases": ["Kremlin", "the Kremlin"]}


def source(text: str) -> tuple[str, str]:
    found = extract(text, directory=OutletDirectory([KREMLIN])).to_dict()["attributions"]
    assert len(found) == 1
    return found[0]["source"]["text"], found[0]["source"]["kind"]


@pytest.mark.parametrize(("text", "span"), [
    ("Sources close to the Kremlin said the talks had stalled.", "Sources close to the Kremlin"),
    ("A diplomat based in Geneva said the talks had stalled.", "A diplomat based in Geneva"),
    ("Two officials briefed on talks with Iran said a deal was close.",
     "Two officials briefed on talks with Iran"),
    ("Several orchard workers interviewed outside a packhouse in Hastings said they had not "
     "been told.", "Several orchard workers interviewed outside a packhouse in Hastings"),
])
def test_a_name_inside_the_modifier_of_unnamed_people(text: str, span: str) -> None:
    assert source(text) == (span, "anonymous_described")


@pytest.mark.parametrize(("text", "kind"), [
    ("The Kremlin said the talks had stalled.", "named_official"),
    ("The head of MI6 said the threat had grown.", "named_official"),
    ("Robert Antonacci of the New York delegation said he would vote.", "named_person"),
])
def test_a_named_body_or_a_knowable_office_stays_named(text: str, kind: str) -> None:
    assert source(text)[1] == kind


def test_an_uncounted_class_stays_vague() -> None:
    assert source("Residents living near the plant said the air smelled of sulphur.") == (
        "Residents living near the plant", "vague")
    assert source("Human rights advocates said the cap would push workers into informal "
                  "jobs.") == ("Human rights advocates", "vague")


def test_some_members_of_a_community_are_vague() -> None:
    assert source("Some residents of Los Maquis, a farming village downstream, said the river "
                  "had turned grey.") == ("Some residents of Los Maquis", "vague")
    assert source("Many voters in the district said they would stay home.") == (
        "Many voters in the district", "vague")
    # counted ones are particular people
    assert source("Two residents of Los Maquis said the river had turned grey.")[1] == (
        "anonymous_described")


@pytest.mark.parametrize(("text", "span"), [
    ("Farm organisations in the county say the co-op is slow to pass on price increases.",
     "Farm organisations in the county"),
    ("Business groups in the region said the tax would cost jobs.",
     "Business groups in the region"),
    ("Workers leaving the early shift on Tuesday said they had learned of it from their phones.",
     "Workers leaving the early shift on Tuesday"),
])
def test_a_group_of_a_place_or_people_coming_and_going_are_the_whole_phrase(
        text: str, span: str) -> None:
    # not the place ("the county") nor what they leave ("the early shift")
    assert source(text) == (span, "vague")


def test_one_of_a_group_the_analysis_did_not_place_is_one_unidentified_person() -> None:
    text = "Workers at the plant were angry. One of them said the plant would close."
    found = extract(text).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [
        ("One of them", "anonymous_described")]


@pytest.mark.parametrize("text", [
    "Political observers in the state said deferrals on such grounds were not unusual.",
    "Observers of rural Catholic life say the plan mirrors consolidations elsewhere.",
    "Political analysts in Zagreb said the coalition would survive the vote.",
])
def test_a_trades_commentators_of_a_place_or_a_field_are_vague(text: str) -> None:
    assert source(text)[1] == "vague"


def test_analysts_at_a_named_firm_stay_its_research() -> None:
    assert source("Analysts at Bernheim Securities said the deal was cheap.")[1] == (
        "named_expert")


@pytest.mark.parametrize(("text", "kind"), [
    ("The storm crossed the county at 60 mph, said meteorologist Karen Holloway of the weather "
     "service's Indianapolis office.", "named_expert"),
    ("Meteorologist Karen Holloway of the weather service said the storm had passed.",
     "named_expert"),
])
def test_a_titled_name_with_its_workplace_is_the_named_person(text: str, kind: str) -> None:
    assert source(text)[1] == kind


@pytest.mark.parametrize("text", [
    "Fishermen in the nearby port of Lauwersoog said an exclusion zone had kept them away.",
    "Islanders say the weekend ferry is the only way to reach the mainland.",
])
def test_people_of_a_place_by_their_trade_or_origin_are_a_community(text: str) -> None:
    assert source(text)[1] == "vague"


def test_many_of_a_place_is_that_community_not_the_place() -> None:
    assert source("Many on Main Street say the city has become harder to deal with.") == (
        "Many on Main Street", "vague")


def test_people_the_story_calls_unnamed_are_unnamed_not_a_collective() -> None:
    assert source("Unnamed people at the company said the plant would close.")[1] == (
        "anonymous_described")
