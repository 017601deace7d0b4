"""A name given after a description ("His Tanzanian counterpart, Agriculture Minister Rehema
Mwakyusa, said"; "The Prefect of the department, Emmanuel Abessolo, who went to the scene,
told"; "the agent, Simon Achterberg of the Halloway Agency"), a relative aside naming whom a
report cites ("The report, which cited two people briefed on the meeting, said"), a signer's
appositive inside a record's aside, the thing forecast as no source, a trade's bare plural as
vague, and a street that is no person a "he" refers to. Found with the seventy-third and
seventy-fourth wire batches (twenty-seventh session)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract


def found(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def claims(text: str) -> list[dict[str, Any]]:
    return [a for a in found(text) if a["claim"]]


def chain_of(text: str, claim_words: str, directory: OutletDirectory | None = None
             ) -> list[tuple[str, str]]:
    """(role, kind) of every hop after the publisher on the chain of the claim holding the
    words."""
    result = extract(text, directory=directory).to_dict()
    chain = next(c for c in result["chains"] if claim_words in c["claim"]["text"])
    return [(h["role"], h["kind"]) for h in chain["hops"][1:]]


@pytest.mark.parametrize(("text", "source", "kind"), [
    # a capitalised office, its portfolio first, after a description
    ("His Tanzanian counterpart, Agriculture Minister Rehema Mwakyusa, said the permit rule had "
     "been introduced to protect reserves.", "Agriculture Minister Rehema Mwakyusa",
     "named_official"),
    ("Her deputy, Finance Minister Rehema Mwakyusa, said the rule was old.",
     "Finance Minister Rehema Mwakyusa", "named_official"),
    # a relative clause about the name, after it
    ("The Prefect of the Sanaga-Maritime department, Emmanuel Ndongo Abessolo, who went to the "
     "scene on Saturday morning, told the press that the toll stood at 14.",
     "Emmanuel Ndongo Abessolo", "named_official"),
    # the name with the body it works for
    ("Oyelaran's literary agent, Simon Achterberg of the Halloway Agency, confirmed that the "
     "release had been a red line for the author.",
     "Simon Achterberg of the Halloway Agency", "named_expert"),
    # a name inside the aside of the name before it is not the subject ...
    ("Justice Meenakshi Arora, allowing an election petition filed by the runner-up, Suresh "
     "Kumar Meena of the Rashtriya Samata Dal, held that the non-disclosure amounted to a "
     "corrupt practice.", "Justice Meenakshi Arora", "named_official"),
    # ... while a description's own post-modifier keeps its name
    ("At trial, a hydrogeologist called by the plaintiffs, Laura Chen-Whitaker, testified that "
     "the wells matched the plant's solvents.", "Laura Chen-Whitaker", "named_person"),
    # the record speaks; the appositive describes who signed it
    ("The subpoena, signed by Vail, the Oklahoma Republican who chairs the House Science, Space "
     "and Technology Committee, demands that the agency turn over grant files.",
     "The subpoena", "document"),
    # a trade at large, bare: vague; counted: particular people, unnamed
    ("Criminologists say the figures are rising.", "Criminologists", "vague"),
    ("Sociologists say the figures are rising.", "Sociologists", "vague"),
    ("Two criminologists said the figures are rising.", "Two criminologists",
     "anonymous_described"),
])
def test_the_source_phrase_and_its_kind(text: str, source: str, kind: str) -> None:
    said = [(a["source"]["text"], a["source"]["kind"]) for a in claims(text)]
    assert (source, kind) in said
    # the phrase before the first comma is the source itself or no source at all
    opening = text.split(",")[0]
    assert opening == source or opening not in [words for words, _ in said]


def test_his_counterpart_alone_is_no_name() -> None:
    assert [a["source"]["text"] for a in claims("His counterpart said the toll was 14.")] == [
        "His counterpart"]


@pytest.mark.parametrize(("text", "hops"), [
    ("The report, which cited two people briefed on the meeting, said senior aides left the "
     "session convinced.", [("speaker", "document"), ("origin", "anonymous_described")]),
    ("The Washington Post, which cited two people briefed on the meeting, reported that senior "
     "aides left the session convinced.", [("relay", "outlet"), ("origin", "anonymous_described")]),
])
def test_a_relative_aside_names_whom_the_report_cites(
        text: str, hops: list[tuple[str, str]], directory: OutletDirectory) -> None:
    assert chain_of(text, "senior aides left the session", directory) == hops
    # the aside is no claim of its own: the people cited are not what the report "cited"
    assert not any(a["content"]["text"].startswith("two people") for a in claims(text))


def test_a_quoted_person_in_an_aside_is_the_origin() -> None:
    text = "Smith, who quoted the minister, said the plan was dead."
    assert [role for role, _ in chain_of(text, "the plan was dead")] == ["speaker", "origin"]


@pytest.mark.parametrize("text", [
    "Snow was forecast for Friday.",
    "Rain is forecast for parts of the north on Thursday.",
])
def test_what_is_forecast_is_no_source(text: str) -> None:
    assert claims(text) == []
    assert all(a["source"] is None for a in found(text))


def test_forecasters_forecasting_stay_the_source() -> None:
    assert [(a["source"]["text"], a["source"]["kind"]) for a in claims(
        "Forecasters forecast rain for Friday.")] == [("Forecasters", "vague")]


def test_a_street_is_no_person_a_pronoun_means() -> None:
    text = ("Dale Whitcomb, 67, who left his house on Birch Lane with his two dogs, said the fire "
            "moved fast.\n\n\"The sky went orange in maybe ten minutes,\" he said.")
    result = extract(text).to_dict()
    entities = {c["claim"]["text"]: c["hops"][-1]["entity"] for c in result["chains"]}
    assert set(entities.values()) == {"dale-whitcomb"}


@pytest.mark.parametrize(("text", "record", "outlet_words"), [
    ("North Korea's foreign ministry said in a statement carried by The Washington Post that "
     "the drills were a rehearsal.", "a statement", "The Washington Post"),
    ("In a memo to employees seen by Reuters, Chief Executive Camilla Stray said the merger "
     "would create a leader.", "a memo to employees", "Reuters"),
])
def test_a_record_an_outlet_carried_is_two_hops(
        text: str, record: str, outlet_words: str, directory: OutletDirectory) -> None:
    result = extract(text, directory=directory).to_dict()
    hops = result["chains"][0]["hops"][1:]
    assert [(h["role"], h["kind"]) for h in hops] == [
        ("venue", "outlet"), ("venue", "document"), ("origin", "named_official")]
    assert [h["span"]["text"] for h in hops[:2]] == [outlet_words, record]
    for hop in hops[:2]:
        assert text[hop["span"]["start"]:hop["span"]["end"]] == hop["span"]["text"]


def test_an_outlet_s_acronym_belongs_to_the_venue() -> None:
    said = claims("The QCB said in a statement carried by the Qatar News Agency (QNA) that the "
                  "ratio stood at 19.4 per cent.")
    assert [a["content"]["text"] for a in said] == ["that the ratio stood at 19.4 per cent"]
    assert said[0]["venue"]["text"].endswith("(QNA)")


@pytest.mark.parametrize(("text", "record", "hops"), [
    ("According to The Washington Post, the monitoring data showed copper concentrations "
     "rising.", "the monitoring data", [("relay", "outlet"), ("origin", "document")]),
    ("He said the study found that costs rose.", "the study",
     [("speaker", "unresolved"), ("origin", "document")]),
])
def test_a_record_s_finding_inside_a_report_is_its_origin(
        text: str, record: str, hops: list[tuple[str, str]],
        directory: OutletDirectory) -> None:
    assert record in [a["source"]["text"] for a in claims(text)]
    assert chain_of(text, "rising" if "rising" in text else "costs rose", directory) == hops


def test_a_view_inside_a_speaker_s_words_is_still_dropped() -> None:
    # "voters know" is what she says of them, not a source of hers
    assert [a["source"]["text"] for a in found("She said voters know the truth.")] == ["She"]


@pytest.mark.parametrize(("text", "source", "kind"), [
    # the circle of one person speaks unnamed; the critics of a cause are anybody
    ("Allies of the minister said the cuts were unfair.", "Allies of the minister",
     "anonymous_described"),
    ("Friends of the ambassador said he was angry.", "Friends of the ambassador",
     "anonymous_described"),
    ("Allies of Mr Tolley said he was angry.", "Allies of Mr Tolley", "anonymous_described"),
    ("Critics of the plan said it was unfair.", "Critics of the plan", "vague"),
    ("Friends of the victims said they were angry.", "Friends of the victims", "vague"),
    # "aware of" as "familiar with"
    ("The company is in talks to sell a stake, people aware of the development said.",
     "people aware of the development", "anonymous_described"),
    ("Two officials aware of the deliberations said the plan was cleared.",
     "Two officials aware of the deliberations", "anonymous_described"),
    # the kind of outlet, capitalised as the sentence opens, before the outlet's name
    ("Newspaper El Heraldo del Sur reported that the harvest fell.",
     "Newspaper El Heraldo del Sur", "outlet"),
    ("Newspaper Association of America said sales fell.", "Newspaper Association of America",
     "named_official"),
])
def test_circles_awareness_and_outlet_kinds(text: str, source: str, kind: str) -> None:
    assert [(a["source"]["text"], a["source"]["kind"]) for a in claims(text)] == [
        (source, kind)]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("It is also understood that party staff have been told to keep September clear.", "It",
     "vague"),
    # members of a chamber: a group like "lawmakers"; counted, particular people
    ("MPs said the plan was flawed.", "MPs", "vague"),
    ("Many MPs said the plan was flawed.", "Many MPs", "vague"),
    ("Two Conservative MPs said the plan was flawed.", "Two Conservative MPs",
     "anonymous_described"),
])
def test_the_lobby_s_words(text: str, source: str, kind: str) -> None:
    assert (source, kind) in [(a["source"]["text"], a["source"]["kind"]) for a in claims(text)]


@pytest.mark.parametrize("text", [
    "Farm groups have pressed the government for months for broader tax relief.",
    "Lawmakers from New England have pressed for relief.",
    "He pushed for a vote.",
])
def test_pressing_for_something_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_headline_s_members_are_the_body_the_lead_names() -> None:
    text = ("England's schools face the worst teacher shortage in a generation, a cross-party "
            "committee of MPs has warned.")
    result = extract(text, headline="Teacher shortage is worst in a generation, MPs warn")
    headline = [a for a in result.to_dict()["attributions"] if a["field"] == "headline"]
    body = [a for a in result.to_dict()["attributions"] if a["field"] == "text"]
    assert headline[0]["source"]["entity"] == body[0]["source"]["entity"]
    assert headline[0]["source"]["kind"] != "vague"
