"""Sources joined by "and" after one "according to" each vouch for the content: a second,
independent chain, never relayed by the first source's outlet."""

from __future__ import annotations

from typing import Any

from service.attribution import extract


def found(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def test_a_second_source_after_and_is_its_own_attribution() -> None:
    out = found("The deal is off, according to a company filing and two people familiar with "
                "the matter.")
    assert [(a["source"]["text"], a["source"]["kind"], a["parent"]) for a in out] == [
        ("a company filing", "document", None),
        ("two people familiar with the matter", "anonymous_described", None)]
    assert out[0]["content"] == out[1]["content"]


def test_the_relay_of_the_first_source_does_not_carry_the_second() -> None:
    text = ("Prosecutors are investigating the contracts, according to a grand jury subpoena "
            "obtained by The Star-Ledger and two officials who spoke on condition of anonymity.")
    out = {a["source"]["text"]: a for a in found(text)}
    relay = out["The Star-Ledger"]
    assert out["a grand jury subpoena"]["parent"] == relay["id"]
    assert out["two officials"]["parent"] is None


def test_names_joined_by_and_stay_one_source() -> None:
    out = found("The deal is off, according to Reuters and Bloomberg.")
    assert [a["source"]["text"] for a in out] == ["Reuters and Bloomberg"]


def test_a_record_a_body_speaks_through_is_a_venue_hop() -> None:
    for text in ("Its subscriber base shrank by 3% last year, the company said in its annual "
                 "report.",
                 "The regulator said in the resolution that the mine had breached its permit."):
        chains = extract(text).to_dict()["chains"]
        assert [[h["role"] for h in c["hops"]] for c in chains] == [
            ["publisher", "venue", "origin"]], text
        assert chains[0]["hops"][1]["kind"] == "document"


def test_a_possessive_claim_ends_where_the_main_clause_begins() -> None:
    text = ("In response to Sanders' charge that she has been weak on climate change, she said "
            "she and Obama had made progress.")
    out = {a["cue"]["text"]: a for a in found(text)}
    assert out["charge"]["content"]["text"] == "that she has been weak on climate change"
    assert out["said"]["parent"] is None
    assert out["said"]["content"]["text"] == "she and Obama had made progress"


def test_a_comparison_with_what_someone_expected_is_no_attribution() -> None:
    # the turnout is the news, measured against the analysts' forecast: not their claim (the
    # wire readers label no source there; PolNeAR's annotators do, and its train split loses
    # 15 of 16,350 predictions for it, F1 unchanged); the speaker before it keeps its own
    text = ("Many speculated that he might fail to turn out his supporters, but the turnout in "
            "Iowa was higher than most analysts had forecast.")
    out = {a["cue"]["text"]: a for a in found(text)}
    assert "forecast" not in out
    assert out["speculated"]["parent"] is None
    assert "turnout" not in out["speculated"]["content"]["text"]


def test_a_list_of_names_inside_an_aside_does_not_end_it() -> None:
    """The commas of "Ireland, Britain and France" belong to the list, not to the aside: the
    speaker is the name before the aside."""
    cases = {
        "Solway, which flies to Ireland, Britain and France, said the fleet was ageing.": "Solway",
        "Mark Ellis, a partner at Smith, Jones and Brown, said the deal was done.": "Mark Ellis",
        "The company, which has plants in Ohio, Texas and Mexico, said it would cut jobs.":
            "The company",
    }
    for text, source in cases.items():
        assert [a["source"]["text"] for a in found(text)] == [source], text


def test_a_list_of_names_opening_the_clause_is_one_source() -> None:
    cases = {
        "Senators Smith, Jones and Brown said the bill would fail.":
            "Senators Smith, Jones and Brown",
        "Officials in Ireland, Britain and France said the fleet was ageing.":
            "Officials in Ireland, Britain and France",
        "Germany, France and Italy said on Monday they would block the deal.":
            "Germany, France and Italy",
        # a place fronted before the subject is no item of it
        "In Paris, Smith and Jones said the bill would fail.": "Smith and Jones",
    }
    for text, source in cases.items():
        assert [a["source"]["text"] for a in found(text)] == [source], text


def test_a_named_party_and_a_group_are_one_named_source() -> None:
    cases = {
        "Smith and other officials said the plan would go ahead.":
            ("Smith and other officials", "named_person"),
        "NOAA and state officials said a tornado hit.": ("NOAA and state officials", None),
        # no named party: one group, whatever the conjunction
        "Residents and shopkeepers said the water was brown.":
            ("Residents and shopkeepers", "vague"),
        "Regulators and environmental groups said the deal was unfair.":
            ("environmental groups", None),
    }
    for text, (source, kind) in cases.items():
        out = found(text)
        assert [a["source"]["text"] for a in out] == [source], text
        if kind is not None:
            assert out[0]["source"]["kind"] == kind, text
    assert found("NOAA and state officials said a tornado hit.")[0]["source"]["kind"] in {
        "named_expert", "named_official", "named_person"}
    assert found("State and local leaders said help was on the way.")[0]["source"]["kind"] not in {
        "named_expert", "named_official", "named_person"}
