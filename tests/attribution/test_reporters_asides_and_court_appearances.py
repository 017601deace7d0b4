"""Seventeenth session, wire dev (the fifty-first and fifty-second batches read for the first
time): a clause the reporter adds after a reported one ("..., as shipping lines began
diverting vessels"; "..., according to LSEG data, while the index edged up") is no part of
the claim; a defendant appearing in court states nothing; a quoted "does not comment" is a
refusal, unless a second clause is reported beside it."""

from __future__ import annotations

import pytest

from service.attribution import extract


def contents(text: str) -> list[str]:
    return [c["claim"]["text"] for c in extract(text).to_dict()["chains"] if len(c["hops"]) > 1]


@pytest.mark.parametrize(("text", "claim"), [
    ("Noordhaven Terminals said on Thursday that the strike had halted work, as shipping lines "
     "began diverting vessels to Antwerp.", "that the strike had halted work"),
    ("Shares rose 1.2 percent, according to LSEG data, while the Hang Seng Index edged up 0.3 "
     "percent.", "Shares rose 1.2 percent, according to LSEG data"),
    ("Environmental groups say the field will harm cod, though no independent study of the "
     "water has been published.", "the field will harm cod"),
])
def test_the_reporters_aside_after_a_comma_is_no_part_of_the_claim(text: str,
                                                                  claim: str) -> None:
    assert contents(text) == [claim]


@pytest.mark.parametrize(("text", "claim"), [
    # "as" in a fixed phrase, or with no comma, belongs to what was said
    ("The minister said prices would fall, as expected, by the end of the year.",
     "prices would fall, as expected, by the end of the year"),
    ("The minister said prices fell as demand weakened.", "prices fell as demand weakened"),
    # an aside inside the quotation is the speaker's
    ("\"Prices will fall, while wages rise,\" the minister said.",
     "\"Prices will fall, while wages rise,\""),
])
def test_what_the_source_said_keeps_its_own_clauses(text: str, claim: str) -> None:
    assert contents(text) == [claim]


@pytest.mark.parametrize("text", [
    "He appeared briefly before Geelong Magistrates' Court on Monday and did not apply for bail.",
    "Farrah appeared before a district judge by video link from the county jail.",
    "A spokesperson for the immigration minister said the office \"does not comment on "
    "speculation.\"",
    "The state Department of Financial Institutions does not comment on individual banks' "
    "examinations, spokesman Trevor Nakamura said.",
])
def test_a_court_appearance_and_a_refusal_state_nothing(text: str) -> None:
    assert contents(text) == []


def test_a_refusal_beside_a_reported_clause_stays_a_claim() -> None:
    text = ("Solvana said in a statement that it \"does not comment on individual customer "
            "relationships\" and that demand for its products remained \"fundamentally intact\".")
    assert len(contents(text)) == 1
    # appearing on air is a venue for what is said, not a court appearance
    assert contents("The minister appeared on state television to say the talks had failed.")


@pytest.mark.parametrize("text", [
    "Washington and Seoul say the rocket uses missile technology.",
    "Moscow and Beijing said the plan was dead.",
])
def test_capitals_joined_are_named_governments(text: str) -> None:
    sources = [a["source"] for a in extract(text).to_dict()["attributions"]]
    assert [s["kind"] for s in sources] == ["named_person"]
    # a plural of a sort stays what it was
    vague = extract("Republicans and Democrats said the plan was dead.").to_dict()
    assert [a["source"]["kind"] for a in vague["attributions"]] == ["vague"]


@pytest.mark.parametrize("text", [
    # fifty-third batch, dev: no answer given, and a period of mourning declared
    "Caldwell said she could not confirm that report.",
    "Asked whether the company had a record of the call, Mertz said he did not know.",
    "The regional government has declared three days of official mourning.",
])
def test_no_answer_and_mourning_declared_state_nothing(text: str) -> None:
    assert contents(text) == []


def test_what_could_not_be_confirmed_or_was_not_known_of_something_stays_a_claim() -> None:
    assert contents("The ministry said it could not confirm that the ship had sunk.")
    assert contents("He said he did not know the suspect well.")


@pytest.mark.parametrize("text", [
    "Analysts at Madrid brokerage Renta Iberica said in a note that the results were weak.",
    "Analysts at broker Fenwick Stuart said the sale made sense.",
    "The virus spread, according to researchers at the Amsterdam-based cybersecurity firm "
    "Hexline.",
    "Researchers at the Noorderveld Institute for Soil Research said the soil was clean.",
])
def test_a_named_firms_research_desk_speaks_for_the_firm(text: str) -> None:
    sources = [a["source"] for a in extract(text).to_dict()["attributions"]]
    assert [s["kind"] for s in sources] == ["named_expert"]


def test_researchers_at_an_unnamed_lab_stay_unnamed() -> None:
    found = extract("Researchers at the Miami lab said the virus spread.").to_dict()
    assert [a["source"]["kind"] for a in found["attributions"]] == ["anonymous_described"]


def test_a_clause_joined_after_according_to_is_the_reporters() -> None:
    text = ("Bolivian imports rose 4 percent, according to figures from Chile's central bank, and "
            "much of Bolivia's cargo moves through Arica.")
    assert contents(text) == [
        "Bolivian imports rose 4 percent, according to figures from Chile's central bank"]


def test_counters_after_a_noun_are_no_cue() -> None:
    assert contents("A handful of passengers at the check-in counters were studying notices.") == []
