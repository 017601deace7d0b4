"""Thin stories on hearsay (wire batches 34-36, fourteenth session): "reports in Polish media"
and "reports from the region" are what the press or nobody in particular says (vague, as
"reports" is), a headline's "X feared to be ..." and "X blamed for ..." are hearsay whose
subject is what the claim is about, a verb a gerund cue follows ("whether to stop writing new
policies") is never its source, and a thing "added to" a list says nothing."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str, headline: str | None = None) -> list[tuple[str, str]]:
    found = extract(text, headline=headline).to_dict()["attributions"]
    return [(a["source"]["text"], a["source"]["kind"]) for a in found if a["source"]]


@pytest.mark.parametrize("text", [
    "The theatre will close, according to reports in Czech media.",
    "The ministry is weighing a four-day week, according to reports in the British press.",
    "The pest has spread, according to reports from the region.",
])
def test_reports_of_the_press_or_of_nowhere_are_vague(text: str) -> None:
    assert [kind for _, kind in sources(text)] == ["vague"]


def test_reports_from_a_named_body_stay_its_records() -> None:
    text = "The pest has spread, according to reports from the Agriculture Ministry."
    assert [kind for _, kind in sources(text)] == ["document"]


@pytest.mark.parametrize("headline", [
    "Fall armyworm feared to be spreading across Kenya's maize belt",
    "Mine runoff blamed for mass fish deaths in southern Chilean lake",
])
def test_a_headline_passive_of_hearsay_has_a_vague_source(headline: str) -> None:
    found = extract("The fish died.", headline=headline).to_dict()["attributions"]
    heads = [a for a in found if a["field"] == "headline"]
    assert [a["source"]["kind"] for a in heads] == ["vague"]
    assert heads[0]["content"]["text"] == headline  # its subject inside the claim


def test_the_verb_a_gerund_follows_is_no_source() -> None:
    text = "Several insurers are weighing whether to stop writing new policies in the region."
    assert sources(text) == []
    assert sources("He spoke to reporters saying the deal was done.") == [("He", "unresolved")]


def test_a_thing_added_to_a_list_is_no_claim() -> None:
    text = "Czech puppetry was added to UNESCO's list of intangible heritage in 2016."
    chains = extract(text).to_dict()["chains"]
    assert [c for c in chains if len(c["hops"]) > 1] == []


def test_a_headline_suspicion_is_hearsay() -> None:
    headline = "Arson suspected as wildfire burns into third day in central Portugal"
    found = extract("The fire burned.", headline=headline).to_dict()["attributions"]
    assert [(a["source"]["kind"], a["content"]["text"]) for a in found
            if a["field"] == "headline"] == [("vague", headline)]


@pytest.mark.parametrize(("text", "source"), [
    ("VELDRA, Croatia, Aug 12 - Summer bookings have fallen sharply, with many in the local "
     "tourism trade blaming rumours that the water is unsafe.", "many in the local tourism trade"),
    ("Shares fell 4 percent, with analysts saying the results disappointed.", "analysts"),
])
def test_with_a_group_giving_a_reason_the_group_is_the_source(text: str, source: str) -> None:
    assert sources(text) == [(source, "vague")]


def test_an_industry_at_large_is_vague() -> None:
    headline = "Croatian coast faces summer booking slump as prices bite, industry says"
    assert sources("Bookings fell.", headline=headline) == [("industry", "vague")]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The delay has been caused by quality problems, according to market talk.", "market talk",
     "vague"),
    ("The summary said rainfall was 38% below average.", "The summary", "document"),
    ("Agents in the central districts of Principe Real, Chiado and Alfama say interest has "
     "picked up.", "Agents in the central districts of Principe Real, Chiado and Alfama",
     "anonymous_described"),
])
def test_trade_talk_a_summary_and_a_placed_group(text: str, source: str, kind: str) -> None:
    assert sources(text) == [(source, kind)]


def test_a_house_of_the_arts_speaks_as_a_body() -> None:
    assert sources("The playhouse said ticket holders would receive full refunds.")[0][1] in {
        "named_expert", "named_official", "named_person"}


@pytest.mark.parametrize("text", [
    "Several delegates stood and applauded when the result was read out.",
    "Buildings listed as historic monuments cannot be sold at all.",
])
def test_an_act_at_a_moment_and_a_register_are_no_claims(text: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert [c for c in chains if len(c["hops"]) > 1] == []


def test_a_when_clause_before_according_to_stays_the_claim() -> None:
    text = ("When this training is tailored to the veteran, it can be effective, according to "
            "Craig Bryan.")
    chains = extract(text).to_dict()["chains"]
    assert [len(c["hops"]) for c in chains] == [2]


@pytest.mark.parametrize("text", [
    "Talks have accelerated in recent weeks and a deal could come before Christmas, it is "
    "understood.",
    "The unit could attract interest from Indian and Japanese drugmakers, it is understood.",
])
def test_it_is_understood_after_the_clause_is_its_vague_source(text: str) -> None:
    result = extract(text).to_dict()
    assert [(a["source"]["text"], a["source"]["kind"]) for a in result["attributions"]] == [
        ("it", "vague")]
    # the claim is the clause before it, not nothing
    claims = [c["claim"]["text"] for c in result["chains"] if len(c["hops"]) > 1]
    assert len(claims) == 1 and claims[0].split()[0] in {"Talks", "The"}



def test_a_headline_source_is_the_one_after_a_features_scene_setting_opening() -> None:
    headline = "Harwick Town owners in talks to move club out of town, source says"
    body = ("Under the floodlights at Mill Lane on Saturday, about 1,100 supporters watched "
            "Harwick Town grind out a goalless draw.\n\n"
            "The club's owners are in advanced talks to move the side to a new stadium in "
            "Corrington, according to a person familiar with the discussions, who spoke on "
            "condition of anonymity.")
    found = extract(body, headline=headline).to_dict()["attributions"]
    head = next(a for a in found if a["field"] == "headline")
    person = next(a for a in found if a["field"] == "text")
    # the headline's "source" is that person, one confidential source, not a second one
    assert head["source"]["entity"] == person["source"]["entity"]


@pytest.mark.parametrize(("text", "source", "claim"), [
    ("Talk on the wharf is that a rolling series of stoppages is the most likely option.",
     "Talk on the wharf", "a rolling series of stoppages is the most likely option"),
    ("Word in the industry is that exporters are increasingly nervous.",
     "Word in the industry", "exporters are increasingly nervous"),
    ("The talk among traders is that the bank will cut rates.",
     "The talk among traders", "the bank will cut rates"),
])
def test_what_a_place_or_a_trade_says_is_that_is_vague(text: str, source: str,
                                                         claim: str) -> None:
    result = extract(text).to_dict()
    assert sources(text) == [(source, "vague")]
    assert [c["claim"]["text"] for c in result["chains"] if len(c["hops"]) > 1] == [claim]


def test_talk_that_is_no_hearsay_has_no_source() -> None:
    assert sources("Talk is cheap in a town that has heard it all before.") == []


def test_the_one_said_to_have_told_is_the_teller() -> None:
    # the hearsay keeps its vague source; the subject it is said of told the inner claim
    found = extract("Some airline executives are said to have told state officials they "
                    "would add routes.").to_dict()["attributions"]
    pairs = [(a["cue"]["text"], a["source"]["text"] if a["source"] else None) for a in found]
    assert ("said", "said") in pairs
    assert ("told", "Some airline executives") in pairs
