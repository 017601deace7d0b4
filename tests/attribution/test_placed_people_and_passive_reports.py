"""People placed before what describes them ("A diplomat in London familiar with the
preparations"), trades and party members as groups ("Employers in the care sector", "Senior
Tories"), and the agent of "It was reported by RTÉ News that". Found with the ninety-third to
ninety-sixth wire batches' dev articles (twenty-ninth session)."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "rte.ie", "name": "RTÉ", "aliases": ["RTÉ News"], "kind": "broadcaster"},
    {"domain": "irishtimes.com", "name": "The Irish Times", "aliases": ["Irish Times"],
     "kind": "newspaper"},
])


def source_of(text: str, cue: str) -> tuple[str, str] | None:
    """(text, kind) of the source of the attribution whose cue is `cue`."""
    for a in extract(text, directory=DIRECTORY).to_dict()["attributions"]:
        if a["cue"]["text"] == cue:
            return (a["source"]["text"], a["source"]["kind"]) if a["source"] else None
    raise AssertionError(f"no attribution with the cue {cue!r}")


@pytest.mark.parametrize(("text", "source"), [
    ("A diplomat in London familiar with the preparations said the visit would go ahead.",
     "A diplomat in London familiar with the preparations"),
    ("An official in New York who was not authorized to speak publicly said the talks had "
     "stalled.", "An official in New York who was not authorized to speak publicly"),
])
def test_a_person_placed_then_described_is_one_unnamed_source(text: str, source: str) -> None:
    assert source_of(text, "said") == (source, "anonymous_described")


@pytest.mark.parametrize(("text", "source"), [
    ("Employers in the care sector said the rules would cause shortages.",
     "Employers in the care sector"),
    ("Employers said the rules would cause shortages.", "Employers"),
    ("Senior Tories said the plan was doomed.", "Senior Tories"),
    ("Tories said the plan was doomed.", "Tories"),
])
def test_trades_and_party_members_are_vague_groups(text: str, source: str) -> None:
    assert source_of(text, "said") == (source, "vague")


def test_a_named_party_member_stays_named() -> None:
    assert source_of("Tory MP Jane Hill said the plan was doomed.", "said") == (
        "Tory MP Jane Hill", "named_official")


@pytest.mark.parametrize(("text", "outlet"), [
    ("It was reported by RTÉ News last week that the department was considering a new "
     "scheme.", "RTÉ News"),
    ("It was reported by the Irish Times on Monday that the minister would resign.",
     "the Irish Times"),
])
def test_the_agent_of_it_was_reported_is_the_source(text: str, outlet: str) -> None:
    assert source_of(text, "was reported") == (outlet, "outlet")


def test_it_was_reported_without_an_agent_stays_vague() -> None:
    assert source_of("It was reported that the department was considering a new scheme.",
                     "was reported") == ("It", "vague")


def test_an_outlets_report_is_the_outlet_speaking() -> None:
    directory = OutletDirectory([
        {"domain": "nypost.com", "name": "New York Post", "aliases": ["the New York Post"],
         "kind": "newspaper"},
        {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "agency"},
    ])

    def kind(text: str) -> tuple[str, str]:
        found = extract(text, directory=directory).to_dict()["attributions"][0]["source"]
        return found["text"], found["kind"]

    assert kind("The plant closed, according to the New York Post report.") == (
        "the New York Post report", "outlet")
    assert kind("The plant closed, according to a Reuters report.") == (
        "a Reuters report", "outlet")
    # a masthead the directory does not hold, named in full after "in the"
    assert kind("The plant closed, according to a report in the Business Post.") == (
        "a report in the Business Post", "unnamed_outlet")
    # an outlet's investigation is as often the publisher's own work: a record
    assert kind("Donors broke the rules, a Reuters investigation found.")[1] == "document"


def test_a_description_and_its_acronym_in_parentheses_is_the_body() -> None:
    text = "Schools were closed, the U.N. agency for Palestinian refugees (UNRWA) said on Monday."
    found = extract(text).to_dict()["attributions"][0]["source"]
    assert found["text"] == "the U.N. agency for Palestinian refugees (UNRWA)"
    assert found["kind"] not in {"vague", "anonymous", "anonymous_described", "unresolved"}


@pytest.mark.parametrize(("text", "cue", "source", "kind"), [
    ("The bank will cut jobs, according to people briefed on the plans.", "according to",
     "people briefed on the plans", "anonymous_described"),
    ("The bank will cut jobs, according to two people knowledgeable about the talks.",
     "according to", "two people knowledgeable about the talks", "anonymous_described"),
    # people inside a body are insiders, people of a place a community
    ("People at the company said the bank would cut jobs.", "said", "People at the company",
     "anonymous_described"),
    ("People in the ministry said the plan was dead.", "said", "People in the ministry",
     "anonymous_described"),
    ("People in the town said prices would rise.", "said", "People in the town", "vague"),
    ("Contacts in the industry said prices would rise.", "said", "Contacts in the industry",
     "anonymous_described"),
])
def test_insiders_and_communities(text: str, cue: str, source: str, kind: str) -> None:
    assert source_of(text, cue) == (source, kind)


@pytest.mark.parametrize(("text", "body"), [
    ("\"It was a scheme,\" the U.S. Attorney's Office for the Southern District of New York "
     "said in a statement.", "the U.S. Attorney's Office for the Southern District of New York"),
    ("The plan is unlawful, the Commissioner for Human Rights said.",
     "the Commissioner for Human Rights"),
])
def test_a_bodys_name_runs_on_after_for_or_of(text: str, body: str) -> None:
    found = extract(text).to_dict()["attributions"][0]["source"]
    assert found["text"] == body
    assert found["kind"] not in {"vague", "anonymous", "anonymous_described", "unresolved"}


@pytest.mark.parametrize(("text", "name"), [
    ("\"Private ones have a conscience,\" van Eerden wrote on X.", "van Eerden"),
    ("\"Private ones have a conscience,\" de Souza said.", "de Souza"),
])
def test_a_surname_opening_on_its_particle_after_a_quote(text: str, name: str) -> None:
    found = extract(text).to_dict()["attributions"][0]["source"]
    assert (found["text"], found["kind"]) == (name, "named_person")


@pytest.mark.parametrize(("text", "cue", "person"), [
    ("A man who said he owned a roofing business in town said the storm hit at noon.", "said",
     "A man who said he owned a roofing business in town"),
    ("A person who said they had attended the principals' meeting told the paper that permits "
     "would stop.", "told", "A person who said they had attended the principals' meeting"),
])
def test_what_a_relative_clause_says_describes_the_person(text: str, cue: str,
                                                          person: str) -> None:
    # the clause's own "who said" is the same person's, shown from the phrase it stands for;
    # the main verb's speaker is the whole described phrase
    found = [(a["source"]["text"], a["source"]["kind"])
             for a in extract(text).to_dict()["attributions"]
             if a["cue"]["text"] == cue and a["source"]]
    assert found[-1] == (person, "anonymous_described")
    assert all(kind == "anonymous_described" for _text, kind in found)
    assert len(found) == (2 if cue == "said" else 1)
